//! Typed errors of the library: every variant names what a person can fix.

use std::path::PathBuf;

/// Everything that can go wrong in the newsgraph library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gazetteer or pattern file has a malformed record.
    #[error("{file}:{line}: {message}")]
    Syntax { file: String, line: usize, message: String },
    /// An input or gazetteer path does not exist or cannot be read.
    /// (The I/O error is part of the message, not a separate `source`, so that
    /// printing the error chain does not say it twice.)
    #[error("{path}: {cause}")]
    Io { path: PathBuf, cause: std::io::Error },
    /// A graph JSON file could not be parsed.
    #[error("{path}: not a newsgraph graph JSON: {message}")]
    GraphJson { path: PathBuf, message: String },
    /// Anything else the user asked for that cannot be done.
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), cause: source }
    }

    /// The kind of the I/O error behind this one, if any (a broken pipe is not a failure).
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            Error::Io { cause, .. } => Some(cause.kind()),
            _ => None,
        }
    }

    /// A syntax error at `file:line`.
    pub fn syntax(file: impl Into<String>, line: usize, message: impl Into<String>) -> Self {
        Error::Syntax { file: file.into(), line, message: message.into() }
    }
}

/// Result alias used across the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
