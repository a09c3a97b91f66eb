//! XML text escaping shared by the GraphML and GEXF exporters.

/// Escapes text for XML element content and attribute values; control
/// characters not allowed in XML 1.0 become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes() {
        let cases = [("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&apos;"), ("bell\u{7}", "bell "), ("Orbán", "Orbán")];
        for (i, want) in cases {
            assert_eq!(super::escape(i), want);
        }
    }
}
