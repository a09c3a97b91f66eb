//! Typed relations from verb patterns (filled in by the relation rules).

use super::RelationFact;
use crate::gazetteer::Gazetteer;
use crate::resolve::Mention;
use crate::sentence::Span;

/// One sentence with its mentions, as seen by the relation rules.
pub struct SentenceContext<'a> {
    pub gaz: &'a Gazetteer,
    pub text: &'a str,
    pub span: Span,
    pub mentions: &'a [Mention],
}

/// The compiled relation rules.
#[derive(Debug, Default)]
pub struct RelationRules {}

impl RelationRules {
    /// No typed relations: co-occurrence only.
    pub fn empty() -> Self {
        RelationRules {}
    }

    /// Loads the relation pattern files of every layer (`relations/*.tsv`).
    pub fn load_for_layers<P: AsRef<std::path::Path>>(
        _layers: &[P],
        _gaz: &Gazetteer,
    ) -> crate::Result<Self> {
        Ok(Self::empty())
    }

    /// Number of loaded patterns.
    pub fn pattern_count(&self) -> usize {
        0
    }

    /// Typed relations of one sentence.
    pub fn extract(&self, _ctx: &SentenceContext) -> Vec<RelationFact> {
        Vec::new()
    }
}
