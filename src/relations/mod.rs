//! Relation extraction: co-occurrence within a sentence, and typed, directed
//! relations from verb patterns (see `patterns`).

pub mod cooccur;
pub mod patterns;
pub mod rules;
pub mod tokens;

use serde::{Deserialize, Serialize};
use std::fmt;

/// The relation types of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    CoOccurs,
    Supports,
    Opposes,
    Criticises,
    Denies,
    Meets,
    AffiliatedWith,
    MemberOf,
}

impl Relation {
    pub const ALL: [Relation; 8] = [
        Relation::CoOccurs,
        Relation::Supports,
        Relation::Opposes,
        Relation::Criticises,
        Relation::Denies,
        Relation::Meets,
        Relation::AffiliatedWith,
        Relation::MemberOf,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::CoOccurs => "co_occurs",
            Relation::Supports => "supports",
            Relation::Opposes => "opposes",
            Relation::Criticises => "criticises",
            Relation::Denies => "denies",
            Relation::Meets => "meets",
            Relation::AffiliatedWith => "affiliated_with",
            Relation::MemberOf => "member_of",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        let s = match s.as_str() {
            "criticizes" => "criticises",
            "cooccurs" | "co_occurrence" => "co_occurs",
            "affiliated" => "affiliated_with",
            "member" => "member_of",
            other => other,
        }
        .to_string();
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Symmetric relations are stored with source < target.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Relation::CoOccurs | Relation::Meets)
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The words that triggered a typed relation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Trigger {
    /// Pattern id from the pattern file (e.g. `supports:backed_by`).
    pub pattern: String,
    /// Matched text.
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// One relation found in one sentence (entity indices into the gazetteer).
#[derive(Debug, Clone, PartialEq)]
pub struct RelationFact {
    pub source: usize,
    pub target: usize,
    pub relation: Relation,
    pub trigger: Option<Trigger>,
    pub negated: bool,
    pub confidence: f64,
}

/// What kind of act a typed relation reports, for a later sentence that names the act by a
/// noun ("Israel struck Beirut. Aoun condemned the strike."): see [`RelationFact::act_kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActKind {
    /// A strike, a killing, an attack ("the strike", "the attack").
    Attack,
    /// Sanctions, tariffs, a ban, an expulsion ("the sanctions", "the ban").
    Measure,
    /// Anything else one does to another ("the decision", "the move").
    Other,
}

/// What a sentence leaves for the next one to answer: the accusations made in it ("Russia
/// accused Ukraine of …" for "Ukraine denied the charge") and the deeds done in it ("Israel
/// struck Beirut" for "Aoun condemned the strike"). Both are also answered one sentence
/// later when the sentence between leaves none of its own ("Badenoch accused Reeves of … .
/// Farage said … . Reeves rejected the charge.").
#[derive(Debug, Default)]
pub struct EarlierSentence {
    /// (accuser, accused) of each accusation ([`RelationFact::is_accusation`]).
    pub accusations: Vec<(usize, usize)>,
    /// (doer, kind, relation) of each deed ([`RelationFact::act_kind`]).
    pub acts: Vec<(usize, ActKind, Relation)>,
    /// Were `accusations` made in the sentence before the last one?
    accusations_aged: bool,
    /// Were `acts` done in the sentence before the last one?
    acts_aged: bool,
}

impl EarlierSentence {
    /// Nothing to answer?
    pub fn is_empty(&self) -> bool {
        self.accusations.is_empty() && self.acts.is_empty()
    }

    /// Moves on past a sentence that leaves nothing of its own.
    pub fn pass(&mut self) {
        self.record(&[]);
    }

    /// Keeps what the relations `rels` of a sentence leave for the next one.
    pub fn record(&mut self, rels: &[RelationFact]) {
        let acts = rels.iter().filter_map(|r| r.act_kind().map(|k| (r.source, k, r.relation)));
        carry(&mut self.acts, &mut self.acts_aged, acts);
        let accusations = rels.iter().filter(|r| r.is_accusation()).map(|r| (r.source, r.target));
        carry(&mut self.accusations, &mut self.accusations_aged, accusations);
    }
}

/// Replaces `kept` by the `fresh` items of a sentence when there are any; without any, keeps
/// `kept` for one more sentence (`aged` marks that it already waited one).
fn carry<T>(kept: &mut Vec<T>, aged: &mut bool, fresh: impl Iterator<Item = T>) {
    let mut fresh = fresh.peekable();
    let any = fresh.peek().is_some();
    if any || *aged {
        kept.clear();
    }
    *aged = !any && !kept.is_empty();
    kept.extend(fresh);
}

impl RelationFact {
    /// The kind of act this relation reports, if it is a deed a later sentence may name ("the
    /// strike", "the sanctions", "the decision"): not negated, any opposes, a supports that
    /// gives or backs (not praise or a welcome), a criticises by a diplomatic step (an envoy
    /// recalled or summoned; words are answered as charges, see `is_accusation`).
    pub fn act_kind(&self) -> Option<ActKind> {
        if self.negated {
            return None;
        }
        let id = self.trigger.as_ref()?.pattern.split(':').nth(1)?;
        match (self.relation, id) {
            (Relation::Opposes, "strike" | "kill" | "fire_at" | "attack" | "attack_noun" | "launch" | "fight") => {
                Some(ActKind::Attack)
            }
            (Relation::Opposes, "sanction" | "opposition_noun" | "expel") => Some(ActKind::Measure),
            (Relation::Opposes, _)
            | (
                Relation::Supports,
                "back" | "support" | "endorse" | "recognise" | "fund" | "aid" | "arm" | "defence_pact" | "support_noun",
            )
            | (Relation::Criticises, "recall_envoy" | "summon_envoy") => Some(ActKind::Other),
            _ => None,
        }
    }

    /// Is this a charge or criticism made ("X accused/blamed/condemned Y"), which a later
    /// denial or rejection may answer? (Not a warning or a concern voiced.)
    pub fn is_accusation(&self) -> bool {
        self.relation == Relation::Criticises
            && !self.negated
            && self
                .trigger
                .as_ref()
                .is_some_and(|t| !matches!(t.pattern.as_str(), "criticises:warn" | "criticises:concern"))
    }
}
