//! Sentence splitting with byte offsets, in one pass over the text.
//!
//! A sentence ends at `.`, `!` or `?` (plus closing quotes/brackets) that is
//! followed by whitespace and a capital, digit or opening quote, and at blank
//! lines (paragraphs, headings). Abbreviations ("Mr.", "Jan.", "U.S.",
//! initials) do not end a sentence; a capital letter after a lower-case word
//! does when a sentence's first word follows ("World War I. But …") or it is the
//! social network ("posted on X. Altman …").

/// Byte span `[start, end)` of one sentence, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "vs", "etc", "approx", "dept", "est", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "mt", "ft", "al", "ave", "blvd", "sens", "reps", "govs", "gens", "drs", "messrs",
];

/// Abbreviations only before a number ("No. 5", "Vol. 2"): "said no." ends a sentence.
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "vol", "fig", "op", "pp", "art"];

/// Company abbreviations that often do end a sentence: split only before an opening quote.
const COMPANY_ABBREVIATIONS: &[&str] = &["inc", "corp", "co", "ltd", "plc", "llc", "bros"];

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}' | '\u{00AB}')
}

/// Splits `text` into sentence spans.
pub fn split(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // next terminator and next newline at or after `i`, found with SIMD searches
    // (usize::MAX: none left, so a text without newlines is not searched again)
    let find_term = |i: usize| memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(usize::MAX, |k| i + k);
    let find_nl = |i: usize| memchr::memchr(b'\n', &bytes[i..]).map_or(usize::MAX, |k| i + k);
    let (mut next_term, mut next_nl) = (find_term(0), find_nl(0));
    loop {
        if next_term < i {
            next_term = find_term(i);
        }
        if next_nl < i {
            next_nl = find_nl(i);
        }
        i = next_term.min(next_nl);
        if i == usize::MAX {
            break;
        }
        let b = bytes[i];
        if b == b'\n' {
            // Blank line (only whitespace up to the next newline) ends a sentence.
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push(text, &mut out, start, i);
                start = j + 1;
                i = j + 1;
            } else if let Some(after) = rule_line_end(bytes, j) {
                // a line of dashes or stars between stories ("- - - -") ends one too
                push(text, &mut out, start, i);
                start = after;
                i = after;
            } else {
                i += 1;
            }
            continue;
        }
        let mut end = i + 1;
        // absorb repeated terminators and closing quotes/brackets
        while let Some(c) = text[end..].chars().next() {
            if c == '.' || c == '!' || c == '?' || is_closer(c) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let ws = rest.len() - rest.trim_start().len();
        if ws > 0 || end == bytes.len() {
            let next = rest[ws..].chars().next();
            let starts_sentence = match next {
                None => true,
                Some(c) => c.is_uppercase() || c.is_ascii_digit() || is_opener(c),
            };
            if starts_sentence && !(b == b'.' && is_abbreviation(text, i, &rest[ws..])) {
                push(text, &mut out, start, end);
                start = end;
            }
        }
        i = end;
        if i >= bytes.len() {
            break;
        }
    }
    push(text, &mut out, start, bytes.len());
    out
}

/// When the line from byte `j` holds only a rule of three or more `-`, `*`, `=` or `_` (and
/// spaces): the byte after its newline (or the text's end).
fn rule_line_end(bytes: &[u8], j: usize) -> Option<usize> {
    let mut marks = 0;
    let mut k = j;
    while let Some(&b) = bytes.get(k) {
        match b {
            b'-' | b'*' | b'=' | b'_' => marks += 1,
            b' ' | b'\t' | b'\r' => {}
            b'\n' => break,
            _ => return None,
        }
        k += 1;
    }
    (marks >= 3).then(|| (k + 1).min(bytes.len()))
}

/// Is the word ending at the `.` at byte `dot` an abbreviation (`after`: the text from the
/// next word on)?
fn is_abbreviation(text: &str, dot: usize, after: &str) -> bool {
    let next = after.chars().next();
    let word = trailing_word(&text[..dot], |c| c.is_alphanumeric() || c == '.');
    if word.is_empty() {
        return false;
    }
    // dotted acronyms: "U.S", "U.N"
    if word.contains('.') {
        return true;
    }
    // an initial ("George W. Bush", "chairman J. Hugh Liedtke"), not a letter after a lower-case
    // word that a sentence's first word follows ("he wrote on X. The company …")
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        let head = text[..dot - word.len()].trim_end_matches(' ');
        let before = trailing_word(head, char::is_alphanumeric);
        if !before.starts_with(char::is_lowercase) {
            return true;
        }
        let first = &after[..after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len())];
        let opens = first.len() > 1
            && (crate::resolve::is_function_word(first)
                || matches!(first, "He" | "She" | "It" | "They" | "We" | "His" | "Her" | "Its" | "Their" | "This"));
        // (the social network: "posted on X. Altman replied")
        let network = word == "X" && matches!(before, "on" | "platform" | "network" | "site" | "app");
        return !(network || opens);
    }
    if word.len() > 6 {
        return false; // longer than any listed abbreviation
    }
    let mut buf = [0u8; 6];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    match ABBREVIATION_KINDS.get(&*lower) {
        Some(Abbreviation::Always) => true,
        Some(Abbreviation::BeforeNumber) => next.is_some_and(|c| c.is_ascii_digit()),
        Some(Abbreviation::Company) => !next.is_some_and(is_opener),
        None => false,
    }
}

/// Which list an abbreviation is on.
#[derive(Clone, Copy)]
enum Abbreviation {
    Always,
    BeforeNumber,
    Company,
}

/// The three lists in one table (looked up at every full stop before a capital).
static ABBREVIATION_KINDS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static [u8], Abbreviation>> =
    std::sync::LazyLock::new(|| {
        let lists = [
            (ABBREVIATIONS, Abbreviation::Always),
            (NUMBER_ABBREVIATIONS, Abbreviation::BeforeNumber),
            (COMPANY_ABBREVIATIONS, Abbreviation::Company),
        ];
        let mut table = rustc_hash::FxHashMap::default();
        for (list, kind) in lists {
            for a in list {
                table.entry(a.as_bytes()).or_insert(kind);
            }
        }
        table
    });

/// The longest run of characters satisfying `part` at the end of `s` (the word before a position).
pub fn trailing_word(s: &str, part: impl Fn(char) -> bool) -> &str {
    // ASCII characters are read as bytes; from the first other character on, decoded
    let bytes = s.as_bytes();
    let mut k = bytes.len();
    while k > 0 && bytes[k - 1].is_ascii() && part(char::from(bytes[k - 1])) {
        k -= 1;
    }
    if k == 0 || bytes[k - 1].is_ascii() {
        return &s[k..];
    }
    let start = s[..k].char_indices().rev().find(|&(_, c)| !part(c)).map_or(0, |(i, c)| i + c.len_utf8());
    &s[start..]
}

fn push(text: &str, out: &mut Vec<Span>, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    out.push(Span { start: start + lead, end: start + lead + trimmed.len() });
}

/// Index of the sentence containing byte `pos` (sentences sorted by start).
pub fn sentence_of(spans: &[Span], pos: usize) -> Option<usize> {
    let i = spans.partition_point(|s| s.start <= pos);
    if i == 0 {
        return None;
    }
    let s = spans[i - 1];
    (pos < s.end).then_some(i - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            ("Mr. Smith met Dr. Jones. Then left.", &["Mr. Smith met Dr. Jones.", "Then left."]),
            (
                "He met Sens. Patrick Moynihan and Messrs. Dodd and Bentsen. Then left.",
                &["He met Sens. Patrick Moynihan and Messrs. Dodd and Bentsen.", "Then left."],
            ),
            ("The U.S. Army and the U.N. agreed.", &["The U.S. Army and the U.N. agreed."]),
            ("On Jan. 5 talks began. Good?", &["On Jan. 5 talks began.", "Good?"]),
            ("He said “no.” Then he left!", &["He said “no.”", "Then he left!"]),
            ("Heading\n\nBody text here. More", &["Heading", "Body text here.", "More"]),
            ("a line\nwrapped here.", &["a line\nwrapped here."]),
            ("J. R. Smith spoke. Yes", &["J. R. Smith spoke.", "Yes"]),
            ("George W. Bush met Charles A. Kupchan.", &["George W. Bush met Charles A. Kupchan."]),
            ("He wrote on X. The post was backed.", &["He wrote on X.", "The post was backed."]),
            ("He took vitamin C. Then he left.", &["He took vitamin C.", "Then he left."]),
            ("Musk wrote on X. Altman replied.", &["Musk wrote on X.", "Altman replied."]),
            ("Malcolm X. Smith spoke.", &["Malcolm X. Smith spoke."]),
            (
                "Its chairman J. Hugh Liedtke and C. Itoh and Co agreed.",
                &["Its chairman J. Hugh Liedtke and C. Itoh and Co agreed."],
            ),
            ("He met chairman E. A. Smith.", &["He met chairman E. A. Smith."]),
            ("(A. Smith) said.", &["(A. Smith) said."]),
            ("at the RAND Corp. “It may be”", &["at the RAND Corp.", "“It may be”"]),
            ("Acme Corp. Chief said so.", &["Acme Corp. Chief said so."]),
            ("version 2.5 is out. 3 more.", &["version 2.5 is out.", "3 more."]),
            ("e.g. this one", &["e.g. this one"]),
            ("", &[]),
            ("  \n\n  ", &[]),
            ("Wait... What?", &["Wait...", "What?"]),
            (
                "they added.\n    - - - -\n    CHANDIGARH, India - Sikhs met.",
                &["they added.", "CHANDIGARH, India - Sikhs met."],
            ),
            ("end of story\n***\nNext story", &["end of story", "Next story"]),
            ("a line\n-- quoted dash\nmore", &["a line\n-- quoted dash\nmore"]),
            ("a rule at the end\n---", &["a rule at the end"]),
        ];
        for (text, want) in cases {
            assert_eq!(texts(text), *want, "text {text:?}");
        }
    }

    /// The character-by-character reading `trailing_word`'s byte fast path must equal.
    fn trailing_word_by_chars(s: &str, part: impl Fn(char) -> bool) -> &str {
        let start = s.char_indices().rev().find(|&(_, c)| !part(c)).map_or(0, |(i, c)| i + c.len_utf8());
        &s[start..]
    }

    #[test]
    fn trailing_words() {
        let word = |c: char| c.is_alphanumeric() || c == '-';
        let cases: &[(&str, &str)] = &[
            ("said President Putin", "Putin"),
            ("the Élysée", "Élysée"),
            ("in Zürich-Nord", "Zürich-Nord"),
            ("Mr Łukaszenka-Smith", "Łukaszenka-Smith"),
            ("naïve", "naïve"),
            ("end—Putin", "Putin"),
            ("東京", "東京"),
            ("", ""),
            ("trailing ", ""),
        ];
        for (text, want) in cases {
            assert_eq!(trailing_word(text, word), *want, "text {text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn trailing_word_same_as_by_chars(pieces in proptest::collection::vec(0usize..10, 0..12)) {
            const PIECES: &[&str] = &["Putin", " ", "-", "é", "Ł", "—", "東", "'", "3", "."];
            let text: String = pieces.iter().map(|&p| PIECES[p]).collect();
            let word = |c: char| c.is_alphanumeric() || c == '-';
            proptest::prop_assert_eq!(trailing_word(&text, word), trailing_word_by_chars(&text, word), "text {:?}", text);
        }
    }

    #[test]
    fn sentence_lookup() {
        let t = "One two. Three four.";
        let s = split(t);
        assert_eq!(sentence_of(&s, 0), Some(0));
        assert_eq!(sentence_of(&s, 9), Some(1));
        assert_eq!(sentence_of(&s, 8), None);
    }
}
