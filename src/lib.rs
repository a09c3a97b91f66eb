//! newsgraph: turn news text into a graph of who is who and who does what to whom.
//!
//! Pipeline: [`gazetteer`] (dictionaries) → [`matcher`] (Aho-Corasick with word
//! boundaries) → [`sentence`] (splitting with offsets) → [`resolve`] (canonical
//! entities, ambiguity policy; [`short_names`]: "the Commission") → [`discover`] (people the gazetteer lacks) → [`relations`] (co-occurrence and typed verb
//! patterns) → [`graph`] (merge with evidence) → [`export`] (JSON, DOT) and
//! [`query`] (paths, neighbours, evidence). [`pipeline`] ties them together.

pub mod discover;
pub mod error;
pub mod export;
pub mod facts;
pub mod gazetteer;
pub mod graph;
pub mod import;
pub mod input;
pub mod matcher;
pub mod output;
pub mod pipeline;
pub mod query;
pub mod relations;
pub mod render;
pub mod resolve;
pub mod sentence;
pub mod short_names;

pub use error::{Error, Result};
pub use gazetteer::Gazetteer;
pub use graph::GraphFile;
pub use pipeline::Pipeline;
