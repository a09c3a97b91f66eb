//! Any gazetteer text: loading returns a value or a `file:line` error, never panics;
//! a loaded gazetteer compiles into a matcher that scans its own text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::matcher::Matcher;
use newsgraph::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Gazetteer::from_str("fuzz.tsv", text) {
        Ok(g) => {
            let m = Matcher::new(&g);
            let _ = m.find(text);
        }
        Err(e) => assert!(e.to_string().starts_with("fuzz.tsv:")),
    }
});
