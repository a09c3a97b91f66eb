//! Corpus input: files, directories (recursive `.txt`/`.md`/`.jsonl`), JSONL
//! (`{"id","text"}` per line) and stdin (`-`), streamed document by document.
//! Undecodable input is decoded lossily with a warning naming file and line.

use crate::error::{Error, Result};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// One document of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
}

/// Where documents come from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A plain text file and the document id to give it.
    Text { path: PathBuf, id: String },
    /// A JSON Lines file, one document per line.
    Jsonl { path: PathBuf },
    /// Standard input, one plain text document.
    Stdin,
}

/// Something skipped or repaired, reported but not fatal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning(pub String);

/// Expands the user's inputs into sources in a canonical order, so that the
/// order of arguments and of directory entries never changes the output.
pub fn collect_sources(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if meta.is_dir() {
            walk(input, input, &mut out)?;
        } else {
            out.push(file_source(input, input.display().to_string()));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn file_source(path: &Path, id: String) -> Source {
    if path.extension().is_some_and(|x| x == "jsonl") {
        Source::Jsonl { path: path.to_path_buf() }
    } else {
        Source::Text { path: path.to_path_buf(), id }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|err| Error::io(dir, err)))
        .collect::<Result<_>>()?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(root, &p, out)?;
        } else if p.extension().and_then(|x| x.to_str()).is_some_and(|x| matches!(x, "txt" | "md" | "jsonl")) {
            let id = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            out.push(file_source(&p, id));
        }
    }
    Ok(())
}

/// Decodes bytes as text: UTF-8 (BOM dropped), UTF-16 with a BOM, else lossy
/// UTF-8 with a warning. NUL bytes become spaces.
pub fn decode(bytes: &[u8], name: &str, warnings: &mut Vec<Warning>) -> String {
    let mut text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        decode_utf8(rest, name, warnings)
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        decode_utf8(bytes, name, warnings)
    };
    if text.contains('\0') {
        warnings.push(Warning(format!("{name}: NUL bytes replaced by spaces")));
        text = text.replace('\0', " ");
    }
    text
}

fn decode_utf8(bytes: &[u8], name: &str, warnings: &mut Vec<Warning>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
            warnings
                .push(Warning(format!("{name}:{line}: invalid UTF-8, decoded lossily (bad bytes replaced by U+FFFD)")));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

#[derive(serde::Deserialize)]
struct JsonlDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
}

/// A document as read, not yet decoded: JSON Lines are parsed by the worker
/// threads (`RawDoc::parse`), so reading does not bottleneck a parallel build.
#[derive(Debug, Clone)]
pub enum RawDoc {
    Ready(Document),
    JsonLine { name: std::sync::Arc<str>, line_no: usize, bytes: Vec<u8> },
}

impl RawDoc {
    /// The document, or `None` (with warnings) when the line is skipped.
    pub fn parse(self, warnings: &mut Vec<Warning>) -> Option<Document> {
        match self {
            RawDoc::Ready(d) => Some(d),
            RawDoc::JsonLine { name, line_no, bytes } => {
                // clean UTF-8 (the usual case) is parsed in place, without a copy
                let decoded;
                let line = match std::str::from_utf8(&bytes) {
                    Ok(s) if !s.starts_with('\u{feff}') && !s.contains('\0') => s,
                    _ => {
                        decoded = decode(&bytes, &format!("{name}:{line_no}"), warnings);
                        decoded.as_str()
                    }
                };
                match serde_json::from_str::<JsonlDoc>(line.trim()) {
                    Ok(JsonlDoc { id, text: Some(text) }) => {
                        let id = match id {
                            Some(serde_json::Value::String(s)) => s,
                            Some(v) if !v.is_null() => v.to_string(),
                            _ => format!("{name}:{line_no}"),
                        };
                        Some(Document { id, text })
                    }
                    Ok(_) => {
                        warnings
                            .push(Warning(format!("{name}:{line_no}: JSON object has no \"text\" string, skipped")));
                        None
                    }
                    Err(e) => {
                        warnings.push(Warning(format!("{name}:{line_no}: malformed JSON ({e}), skipped")));
                        None
                    }
                }
            }
        }
    }
}

/// Streams the raw documents of one source into `sink` (JSON Lines undecoded).
pub fn read_source_raw(
    src: &Source,
    warnings: &mut Vec<Warning>,
    mut sink: impl FnMut(RawDoc) -> Result<()>,
) -> Result<()> {
    match src {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|e| Error::io("<stdin>", e))?;
            let text = decode(&buf, "<stdin>", warnings);
            sink(RawDoc::Ready(Document { id: "stdin".into(), text }))
        }
        Source::Text { path, id } => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let text = decode(&bytes, &path.display().to_string(), warnings);
            sink(RawDoc::Ready(Document { id: id.clone(), text }))
        }
        Source::Jsonl { path } => {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
            let name: std::sync::Arc<str> = path.display().to_string().into();
            let mut line_no = 0usize;
            // one scratch line, copied out at its exact size: no growth by doubling per line
            let mut buf = Vec::new();
            loop {
                buf.clear();
                let n = reader.read_until(b'\n', &mut buf).map_err(|e| Error::io(path, e))?;
                if n == 0 {
                    break;
                }
                line_no += 1;
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                sink(RawDoc::JsonLine { name: name.clone(), line_no, bytes: buf.clone() })?;
            }
            Ok(())
        }
    }
}

/// Streams the documents of one source into `sink`, decoding on this thread.
pub fn read_source(
    src: &Source,
    warnings: &mut Vec<Warning>,
    mut sink: impl FnMut(Document) -> Result<()>,
) -> Result<()> {
    let mut pending = Vec::new();
    read_source_raw(src, warnings, |raw| {
        if let Some(d) = raw.parse(&mut pending) {
            sink(d)?;
        }
        Ok(())
    })?;
    warnings.extend(pending);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_with_warnings() {
        let cases: &[(&[u8], &str, usize)] = &[
            (b"plain", "plain", 0),
            (b"\xEF\xBB\xBFbom", "bom", 0),
            (b"a\nb\xFFc", "a\nb\u{FFFD}c", 1),
            (b"\xFF\xFEh\x00i\x00", "hi", 0),
            (b"a\x00b", "a b", 1),
        ];
        for (bytes, want, nwarn) in cases {
            let mut w = Vec::new();
            assert_eq!(decode(bytes, "f", &mut w), *want);
            assert_eq!(w.len(), *nwarn, "{bytes:?}: {w:?}");
        }
        let mut w = Vec::new();
        decode(b"ok\n\xFF", "f.txt", &mut w);
        assert!(w[0].0.starts_with("f.txt:2:"), "{:?}", w);
    }
}
