//! Typed, directed relations from the rule files in `relations/`:
//!
//! - **verbs**: SUBJECT trigger OBJECT ("Lavrov criticized Switzerland");
//!   followed by "by" the trigger is passive and the direction flips
//!   ("Kyiv, backed by the US" = US supports Ukraine); a passive without
//!   "by" ("Labour accused of …") gives no edge;
//! - **nouns**: "X's support for Y", "support from X" (recipient = the clause
//!   subject), "criticism of Y" (source = the clause subject);
//! - **membership**: "Finland joined NATO", with an implicit object taken from
//!   the organisation named earlier ("…reinvigorated NATO, with Finland … to join");
//! - **affiliation**: titles ("Kremlin spokesman Dmitry Peskov", "Slovakia's new
//!   premier, Robert Fico") and appositions ("Charles Kupchan, senior fellow at
//!   the Council on Foreign Relations");
//! - **modifiers**: "pro-Kremlin X" (X supports the Kremlin), "anti-X Y", "X-backed Y".
//!
//! Objects are heads of noun phrases: "met his Swiss counterpart Ignazio Cassis"
//! gives Cassis, not Switzerland; coordinated entities ("Iran and North Korea")
//! all count. Negation cues before a trigger ("did not", "refused to") and
//! hedges (modals, "if"/"whether" earlier in the sentence, questions) mark the
//! fact negated or hedged: such facts are not exported.
//!
//! Confidence (0–1): titles and appositions 0.9, active and passive verbs 0.8,
//! nouns with an explicit source 0.75, implicit arguments 0.6, modifiers 0.6;
//! minus 0.02 per token between trigger and subject beyond 3, floored at 0.3.
//!
//! One sentence is one [`Extraction`]; its rules live in the submodules by what they find:
//! `verbs` and `nouns` (the triggers), `subject` and `object` (their arguments), `cues`
//! (noun or verb, negated or hedged), `accusation` (denials aimed at the accuser),
//! `affiliation`, `membership`, `labels` and `transfers` (fixed shapes), `words` (word lists).

use super::rules::{parse_cues, parse_patterns, read_optional, Construction, Cues, Pattern, PhraseSet};
use super::tokens::{tokenize, Token, TokenKind, ARMED_GROUP_ADJECTIVES};
use super::{ActKind, EarlierSentence, Relation, RelationFact, Trigger};
use crate::error::Result;
use crate::gazetteer::{AliasKind, EntityType, Gazetteer};
use crate::resolve::Mention;
use crate::sentence::Span as SentenceSpan;
use std::path::Path;
use words::*;

mod accusation;
mod affiliation;
mod cues;
mod labels;
mod membership;
mod nouns;
mod object;
mod subject;
mod transfers;
mod verbs;
pub(super) mod words;

/// One sentence with its mentions, as seen by the relation rules.
pub struct SentenceContext<'a> {
    pub gaz: &'a Gazetteer,
    pub text: &'a str,
    pub span: SentenceSpan,
    pub mentions: &'a [Mention],
    /// The accusations and deeds of the sentence before: "Russia accused Ukraine of … .
    /// Ukraine denied the charge." answers Russia; "Israel struck Beirut. Aoun condemned the
    /// strike." aims at Israel.
    pub earlier: &'a EarlierSentence,
}

/// The compiled relation rules.
#[derive(Debug, Default)]
pub struct RelationRules {
    patterns: Vec<Pattern>,
    triggers: PhraseSet,
    cues: Cues,
    /// Lower-case word → what it can be (PREP, TITLE, ROLE, TRIGGER bits): one
    /// lookup per token instead of one per list.
    word_flags: rustc_hash::FxHashMap<String, u8>,
}

const PREP: u8 = 1;
const TITLE: u8 = 2;
const ROLE: u8 = 4;
/// The first word of some trigger phrase.
const TRIGGER: u8 = 8;

const MAX_SUBJECT_DISTANCE: usize = 15;
const MAX_NOUN_RECIPIENT_DISTANCE: usize = 30;
const CUE_WINDOW: usize = 6;

impl RelationRules {
    /// No typed relations: co-occurrence only.
    pub fn empty() -> Self {
        RelationRules::default()
    }

    /// Loads `relations/patterns.tsv` and `relations/cues.tsv` of every layer
    /// (a layer's rules add to the earlier ones).
    pub fn load_for_layers<P: AsRef<Path>>(layers: &[P], _gaz: &Gazetteer) -> Result<Self> {
        let mut rules = RelationRules::default();
        for layer in layers {
            let dir = layer.as_ref();
            let dir = if dir.is_dir() {
                dir.join("relations")
            } else {
                continue;
            };
            let p = dir.join("patterns.tsv");
            if let Some(text) = read_optional(&p)? {
                parse_patterns(&p.display().to_string(), &text, &mut rules.patterns, &mut rules.triggers)?;
            }
            let c = dir.join("cues.tsv");
            if let Some(text) = read_optional(&c)? {
                parse_cues(&c.display().to_string(), &text, &mut rules.cues)?;
            }
        }
        rules.index_words();
        Ok(rules)
    }

    /// Builds `word_flags` from the cue lists and the triggers.
    fn index_words(&mut self) {
        let mut flags = rustc_hash::FxHashMap::<String, u8>::default();
        let mut mark = |w: &str, f: u8| *flags.entry(w.to_string()).or_default() |= f;
        self.cues.preposition.iter().for_each(|w| mark(w, PREP));
        self.cues.title_modifier.iter().for_each(|w| mark(w, TITLE));
        self.cues.role_words.iter().for_each(|w| mark(w, TITLE | ROLE));
        self.triggers.first_words().for_each(|w| mark(w, TRIGGER));
        self.word_flags = flags;
    }

    /// Rules from in-memory texts (tests, embedding).
    pub fn from_texts(patterns: &str, cues: &str) -> Result<Self> {
        let mut rules = RelationRules::default();
        parse_patterns("patterns.tsv", patterns, &mut rules.patterns, &mut rules.triggers)?;
        parse_cues("cues.tsv", cues, &mut rules.cues)?;
        rules.index_words();
        Ok(rules)
    }

    /// Number of loaded trigger phrases.
    pub fn pattern_count(&self) -> usize {
        self.triggers.len()
    }

    /// The single words of the role cues ("spokesman", "minister", "fellow"), lower case.
    pub fn role_words(&self) -> &rustc_hash::FxHashSet<String> {
        &self.cues.role_words
    }

    /// Typed relations of one sentence (negated and hedged ones flagged).
    pub fn extract(&self, ctx: &SentenceContext) -> Vec<RelationFact> {
        if self.patterns.is_empty() && self.cues.role_words.is_empty() {
            return Vec::new();
        }
        let lower = ctx.text[ctx.span.start..ctx.span.end].to_ascii_lowercase();
        let toks = tokenize(ctx.gaz, ctx.text, &lower, ctx.span.start, ctx.span.end, ctx.mentions);
        let question = ctx.text[ctx.span.start..ctx.span.end]
            .trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}', ')'])
            .ends_with('?');
        let mut flags: Vec<u8> =
            toks.iter().map(|t| t.word().and_then(|w| self.word_flags.get(w)).copied().unwrap_or(0)).collect();
        glue_hyphenated_titles(&toks, &mut flags);
        // the rules start from entities and trigger words: a few tokens of each sentence
        let ents: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].entity().is_some()).collect();
        let triggers: Vec<usize> = (0..toks.len()).filter(|&i| flags[i] & TRIGGER != 0).collect();
        let mut x = Extraction {
            flags,
            rules: self,
            gaz: ctx.gaz,
            toks: &toks,
            ents: &ents,
            text: ctx.text,
            question,
            title_case: std::cell::OnceCell::new(),
            accusations: &ctx.earlier.accusations,
            acts: &ctx.earlier.acts,
            out: Vec::new(),
        };
        x.titles();
        x.appositions();
        x.apposition_conjuncts();
        x.modifiers();
        x.led_by();
        x.person_of();
        x.own_party();
        x.heads();
        x.memberships();
        x.presidencies();
        x.allies();
        x.summons();
        x.phone_calls();
        x.labels();
        x.transfers();
        // the first token a trigger may start at (a trigger's words are not another's start)
        let mut next = 0;
        for i in triggers {
            // a capitalised trigger after a capitalised word is part of a name ("Grand Slam")
            if i < next || (i > 0 && x.capitalised_word(i) && x.capitalised_word(i - 1)) {
                continue;
            }
            if let Some((n, pidxs)) = self.triggers.match_all(|k| toks.get(i + k).and_then(Token::word)) {
                // a word that is both verb and noun ("support"): decide by context
                let nominal = x.looks_nominal(i, i + n);
                let pattern = pidxs
                    .iter()
                    .map(|&p| &self.patterns[p])
                    .find(|p| (p.construction == Construction::Noun) == nominal)
                    .unwrap_or(&self.patterns[pidxs[0]]);
                x.trigger(pattern, nominal, i, i + n);
                next = i + n;
            }
        }
        x.out
    }
}

/// Entities a rule found: (token index, entity index) each.
type Parties = Vec<(usize, usize)>;

/// A trigger not yet turned into strings: pattern id and token range.
#[derive(Clone, Copy)]
struct Span<'p> {
    pattern: &'p str,
    from: usize,
    to: usize,
}

struct Extraction<'a> {
    /// per token: preposition, title word, role word (looked up once)
    flags: Vec<u8>,
    rules: &'a RelationRules,
    gaz: &'a Gazetteer,
    toks: &'a [Token<'a>],
    /// Indices of the entity tokens, in order.
    ents: &'a [usize],
    text: &'a str,
    question: bool,
    /// The sentence is a headline in title case: a capital does not mark a name (see
    /// [`Extraction::title_case`]).
    title_case: std::cell::OnceCell<bool>,
    accusations: &'a [(usize, usize)],
    acts: &'a [(usize, ActKind, Relation)],
    out: Vec<RelationFact>,
}

impl<'a> Extraction<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks.get(i).and_then(Token::word)
    }

    fn entity(&self, i: usize) -> Option<(usize, EntityType, AliasKind)> {
        self.toks.get(i).and_then(Token::entity)
    }

    fn flag(&self, i: usize, f: u8) -> bool {
        self.flags.get(i).is_some_and(|x| x & f != 0)
    }

    /// Does a trigger phrase of a noun pattern start at token `i` ("support", "backing")?
    fn noun_trigger_at(&self, i: usize) -> bool {
        self.flag(i, TRIGGER)
            && self
                .rules
                .triggers
                .match_all(|k| self.word(i + k))
                .is_some_and(|(_, p)| p.iter().any(|&p| self.rules.patterns[p].construction == Construction::Noun))
    }

    fn is_prep(&self, i: usize) -> bool {
        self.flag(i, PREP)
    }

    fn is_title_word(&self, i: usize) -> bool {
        self.flag(i, TITLE)
    }

    fn is_role_word(&self, i: usize) -> bool {
        self.flag(i, ROLE)
    }

    /// Is the entity at `i` a "pro-X"/"anti-X" modifier?
    fn is_modifier(&self, i: usize) -> bool {
        i >= 2 && self.toks[i - 1].is_punct('-') && matches!(self.word(i - 2), Some("pro" | "anti"))
    }

    fn push(&mut self, source: usize, target: usize, relation: Relation, trigger: Span<'_>, confidence: f64) {
        self.push_flagged(source, target, relation, trigger, confidence, false);
    }

    /// Records a fact once per (source, target, relation, negated) in the sentence;
    /// the trigger strings are only built for facts that are kept.
    fn push_flagged(
        &mut self,
        source: usize,
        target: usize,
        relation: Relation,
        trigger: Span<'_>,
        confidence: f64,
        negated: bool,
    ) {
        if source == target {
            return;
        }
        let seen = self
            .out
            .iter()
            .any(|f| f.source == source && f.target == target && f.relation == relation && f.negated == negated);
        if seen {
            return;
        }
        let (s, e) = (self.toks[trigger.from].start, self.toks[trigger.to - 1].end);
        let trigger =
            Trigger { pattern: trigger.pattern.to_string(), text: self.text[s..e].to_string(), start: s, end: e };
        let confidence = confidence.clamp(0.3, 1.0);
        self.out.push(RelationFact { source, target, relation, trigger: Some(trigger), negated, confidence });
    }

    fn trigger_span<'p>(&self, pattern: &'p str, from: usize, to: usize) -> Span<'p> {
        Span { pattern, from, to }
    }

    /// Is the sentence a headline in title case ("Erdogan Offers to Host Talks"), where capitals
    /// say nothing? Seven in ten of its longer words capitalised (worked out once, when asked).
    fn title_case(&self) -> bool {
        *self.title_case.get_or_init(|| {
            let (long, capitalised) =
                self.toks.iter().filter(|t| t.word().is_some_and(|w| w.len() > 3)).fold((0, 0), |(n, c), t| {
                    (n + 1, c + usize::from(self.text[t.start..].starts_with(char::is_uppercase)))
                });
            long >= 3 && capitalised * 10 >= long * 7
        })
    }

    /// The first token at or after `k` that is not a quote.
    fn after_quotes(&self, mut k: usize) -> usize {
        while self.toks.get(k).is_some_and(Token::is_quote) {
            k += 1;
        }
        k
    }

    /// The first of the (at most `max`) title words right before token `k` ("opposition leader"
    /// before "Yair Lapid"), or `k` itself without any.
    fn titles_start(&self, k: usize, max: usize) -> usize {
        let mut p = k;
        while p > 0 && k - p < max && self.is_title_word(p - 1) {
            p -= 1;
        }
        p
    }

    /// The first token of the name at `k` with at most `max` title words before it and the
    /// state or body they belong to ("U.S. President Donald Trump", "Eritrea's information
    /// minister X").
    fn titled_start(&self, k: usize, max: usize) -> usize {
        let start = self.titles_start(k, max);
        if start < k {
            self.owner_start(start)
        } else {
            start
        }
    }

    /// Where the state or body owning the titles that start at `p` begins: "Indian" in
    /// "Indian Prime Minister", "Pakistan" in "Pakistan's Prime Minister"; `p` if none.
    fn owner_start(&self, p: usize) -> usize {
        let owner = |o: usize| self.entity(o).is_some_and(|(_, t, _)| t != EntityType::Actor);
        match p.checked_sub(1) {
            Some(o) if owner(o) => o,
            Some(o) if o > 0 && self.possessive_at(o) && owner(o - 1) => o - 1,
            _ => p,
        }
    }

    /// The token of the state or body whose titles (at most `max` words) stand right before the
    /// person at `t`: "Rwandan" in "Rwandan President Paul Kagame", "Eritrea" in "Eritrea's
    /// information minister X".
    fn title_owner(&self, t: usize, max: usize) -> Option<usize> {
        let p = self.titles_start(t, max);
        let o = self.owner_start(p);
        (p < t && o < p).then_some(o)
    }

    /// Is token `p` a word written with a capital ("Texaco", "Bank")?
    fn capitalised_word(&self, p: usize) -> bool {
        self.toks
            .get(p)
            .is_some_and(|t| t.word().is_some() && self.text[t.start..t.end].starts_with(|c: char| c.is_uppercase()))
    }

    /// Is the token at `k` a possessive "'s"?
    fn possessive_at(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// Is entity `e` a country or an armed group or force (whose attacks are military)?
    fn uses_force(&self, e: usize) -> bool {
        self.gaz.entities.get(e).is_some_and(|ent| ent.etype == EntityType::Country)
            || matches!(self.kind_of(e), Some("armed_group" | "military"))
    }

    /// The gazetteer `kind` of entity `e` ("party", "igo", "armed_group" …).
    fn kind_of(&self, e: usize) -> Option<&'a str> {
        self.gaz.entities.get(e).and_then(|ent| ent.attrs.get("kind")).map(String::as_str)
    }

    /// The party named at token `k`, if the entity there is one.
    fn party_at(&self, k: usize) -> Option<(usize, EntityType, AliasKind)> {
        self.entity(k).filter(|&(e, _, _)| self.kind_of(e) == Some("party"))
    }

    /// Is entity `body` an institution of the state `state` (gazetteer `country` and `kind`
    /// of a state body: "the Kremlin" for Russia)?
    fn body_of_state(&self, body: usize, state: usize) -> bool {
        let (Some(b), Some(c)) = (self.gaz.entities.get(body), self.gaz.entities.get(state)) else {
            return false;
        };
        b.etype == EntityType::Institution
            && self.kind_of(body).is_some_and(|k| crate::matcher::STATE_BODY_KINDS.contains(&k))
            && b.attrs.get("country").is_some_and(|code| c.attrs.get("cca3") == Some(code))
    }

    /// The name right before a possessive "'s" that ends at `p` ("Bellamy's claim" for `p` at
    /// "claim"): (token, entity).
    fn possessor_before(&self, p: usize) -> Option<(usize, usize)> {
        if p < 2 || !self.possessive_at(p - 1) {
            return None;
        }
        self.entity(p - 2).map(|(e, _, _)| (p - 2, e))
    }

    /// The owner named with a possessive at `k`, after an optional "the" ("the EU's plan",
    /// "Google's practices"): (token, entity).
    fn possessor_at(&self, k: usize) -> Option<(usize, usize)> {
        let p = k + usize::from(self.word(k) == Some("the"));
        self.possessor_before(p + 2)
    }

    /// The code of the country entity `e` is (`cca3`) or belongs to (its `country`).
    fn state_of(&self, e: usize) -> Option<&'a str> {
        let ent = self.gaz.entities.get(e)?;
        let key = if ent.etype == EntityType::Country { "cca3" } else { "country" };
        ent.attrs.get(key).map(String::as_str)
    }

    /// Is one of the (up to `reach`) words right before token `i`, with nothing but words
    /// between, in `list`?
    fn word_just_before(&self, i: usize, reach: usize, list: &[&str]) -> bool {
        (i.saturating_sub(reach)..i).rev().map_while(|p| self.word(p)).any(|w| list.contains(&w))
    }

    /// Is there a verb that doubts, stops or cuts ([`UNDOING_VERBS`], [`ENDING_VERBS`]) among
    /// the `reach` words right before token `i`?
    fn undoing_before(&self, i: usize, reach: usize) -> bool {
        self.word_just_before(i, reach, UNDOING_VERBS) || self.word_just_before(i, reach, ENDING_VERBS)
    }

    /// The token of "the" right before token `k`, else `k`: where the phrase of the word at
    /// `k` opens ("the EU").
    fn after_article(&self, k: usize) -> usize {
        if k > 0 && self.word(k - 1) == Some("the") {
            k - 1
        } else {
            k
        }
    }

    /// Does "each other" or "one another" start at `k`?
    fn each_other(&self, k: usize) -> bool {
        matches!((self.word(k), self.word(k + 1)), (Some("each"), Some("other")) | (Some("one"), Some("another")))
    }

    /// A word that may stand between a possessive or article and its noun ("escalating",
    /// "trade", "bitter"): a plain lower-case word, not a determiner, preposition or clause word.
    fn modifier_word(&self, w: &str, p: usize) -> bool {
        !DETERMINERS.contains(&w) && !self.is_prep(p) && !CLAUSE_WORDS.contains(&w) && self.entity(p).is_none()
    }

    /// Records each (source, target, trigger start, trigger end, negated) of a rule as a
    /// typed relation of `pattern` (confidence 0.7).
    fn typed_each(&mut self, found: Vec<(usize, usize, usize, usize, bool)>, pattern: &str, relation: Relation) {
        for (s, t, from, to, negated) in found {
            let trig = self.trigger_span(pattern, from, to);
            self.typed(s, t, relation, trig, 0.7, negated);
        }
    }

    /// Applies type constraints, then records the fact.
    fn typed(&mut self, s: usize, t: usize, relation: Relation, trig: Span<'_>, conf: f64, negated: bool) {
        let st = self.etype_of(s);
        let tt = self.etype_of(t);
        let relation = match relation {
            Relation::MemberOf if tt != Some(EntityType::Institution) => return,
            // countries and organisations join organisations, not parties or companies
            Relation::MemberOf if st != Some(EntityType::Actor) && self.kind_of(t).is_some_and(|k| k != "igo") => {
                return
            }
            Relation::MemberOf if st == Some(EntityType::Actor) => Relation::AffiliatedWith,
            // "spoke with the BBC", "was talking to Reuters": an interview is no meeting (talks
            // with a broadcaster's management are)
            Relation::Meets
                if (self.kind_of(s) == Some("media") || self.kind_of(t) == Some("media"))
                    && self.word(trig.from).is_some_and(|w| {
                        matches!(w, "spoke" | "speak" | "speaks" | "speaking" | "talk" | "talked" | "talking")
                    }) =>
            {
                return
            }
            r => r,
        };
        // "Philippine Finance Secretary Ongpin starts negotiations with the country's creditors":
        // no one meets what the sentence made them part of
        let member = |a: usize, b: usize| {
            self.out.iter().any(|f| f.relation == Relation::AffiliatedWith && f.source == a && f.target == b)
        };
        if relation == Relation::Meets && (member(s, t) || member(t, s)) {
            return;
        }
        // "the White House still backs the US's strong dollar policy": a state's own body does
        // not act on its state (what it acts on is the state's own thing)
        if relation != Relation::AffiliatedWith && (self.body_of_state(s, t) || self.body_of_state(t, s)) {
            return;
        }
        self.push_flagged(s, t, relation, trig, conf, negated);
    }

    fn etype_of(&self, entity: usize) -> Option<EntityType> {
        self.toks.iter().find_map(|t| match t.entity() {
            Some((e, ty, _)) if e == entity => Some(ty),
            _ => None,
        })
    }
}

/// A gerund or present participle ("arming", "attacking"; not "king").
fn gerund(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing")
}

/// An auxiliary: a form of "be"/"get" ([`PASSIVE_AUXILIARIES`]) or of "have".
fn auxiliary(w: &str) -> bool {
    PASSIVE_AUXILIARIES.contains(&w) || matches!(w, "has" | "have" | "had")
}

/// An adverb in "-ly" ("formally", "repeatedly"; not "rely").
fn adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// A regular past tense ("approved") or one of [`PAST_FORMS`] ("held", "met").
fn past_tense(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || PAST_FORMS.contains(&w)
}

/// Is `w` a form of selling, shipping or supplying (trade, not a gift, when money moves)?
fn selling_verb(w: &str) -> bool {
    w.starts_with("sel") || w == "sold" || w.starts_with("ship") || w.starts_with("suppl")
}

/// The token after the last of `found` (token, entity) pairs, or `otherwise` if none.
fn after_last(found: &[(usize, usize)], otherwise: usize) -> usize {
    found.iter().map(|&(t, _)| t + 1).max().unwrap_or(otherwise)
}

/// A hyphen written between two title words ("Secretary-General",
/// "Director-General", "vice-president") is part of the title.
fn glue_hyphenated_titles(toks: &[Token<'_>], flags: &mut [u8]) {
    for i in 1..toks.len().saturating_sub(1) {
        if toks[i].is_punct('-')
            && toks[i - 1].end == toks[i].start
            && toks[i].end == toks[i + 1].start
            && flags[i - 1] & TITLE != 0
            && flags[i + 1] & TITLE != 0
        {
            flags[i] |= TITLE;
        }
    }
}
