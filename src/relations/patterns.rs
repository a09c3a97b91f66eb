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

use super::rules::{parse_cues, parse_patterns, read_optional, Construction, Cues, Pattern, PhraseSet};
use super::tokens::{tokenize, Token, TokenKind};
use super::{Relation, RelationFact, Trigger};
use crate::error::Result;
use crate::gazetteer::{AliasKind, EntityType, Gazetteer};
use crate::resolve::Mention;
use crate::sentence::Span as SentenceSpan;
use std::path::Path;

/// One sentence with its mentions, as seen by the relation rules.
pub struct SentenceContext<'a> {
    pub gaz: &'a Gazetteer,
    pub text: &'a str,
    pub span: SentenceSpan,
    pub mentions: &'a [Mention],
    /// (accuser, accused) of the accusations in the sentence before: "Russia accused Ukraine of
    /// … . Ukraine denied the charge." answers Russia.
    pub accusations: &'a [(usize, usize)],
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

/// Nouns that object to or stop what follows "of" ("a critic of aid to X").
const UNDOING_NOUNS: &[&str] = &[
    "critic",
    "critics",
    "opponent",
    "opponents",
    "end",
    "halt",
    "suspension",
    "freeze",
    "cut",
    "cuts",
    "withdrawal",
    "lifting",
    "easing",
    "removal",
];

/// Verbs of having or receiving before a support noun: "has the support of X" names the giver.
const RECEIVING_VERBS: &[&str] = &[
    "has",
    "have",
    "had",
    "having",
    "won",
    "wins",
    "win",
    "winning",
    "received",
    "receives",
    "receive",
    "receiving",
    "enjoys",
    "enjoyed",
    "enjoy",
    "gained",
    "gains",
    "gain",
    "secured",
    "secures",
    "secure",
    "got",
    "gets",
    "sought",
    "seeks",
    "seek",
    "lost",
    "loses",
];

/// Nouns for a group between "X-backed" and its name ("the Iran-backed group Hezbollah").
const GROUP_NOUNS: &[&str] = &[
    "group",
    "groups",
    "militia",
    "militias",
    "movement",
    "rebels",
    "rebel",
    "faction",
    "party",
    "government",
    "regime",
    "force",
    "forces",
    "organisation",
    "organization",
    "coalition",
    "alliance",
    "administration",
];

/// Participles of the trigger verbs that do not end in "-ed" ("met by", "fought by").
const IRREGULAR_PARTICIPLES: &[&str] = &["met", "fought", "held", "stood", "beaten", "hit", "led"];

/// Verbs that doubt, stop or cut what follows ("questioned aid to Kyiv", "blocked
/// the military aid to Ukraine"): a support noun after them is not the subject's.
const UNDOING_VERBS: &[&str] = &[
    "obstructed",
    "obstructing",
    "obstruct",
    "obstructs",
    "resisted",
    "resisting",
    "resist",
    "resists",
    "questioned",
    "questioning",
    "question",
    "questions",
    "opposed",
    "opposing",
    "oppose",
    "opposes",
    "blocked",
    "blocking",
    "block",
    "blocks",
    "rejected",
    "rejecting",
    "reject",
    "rejects",
    "cut",
    "cuts",
    "cutting",
    "halted",
    "halting",
    "halt",
    "halts",
    "suspended",
    "suspending",
    "suspend",
    "suspends",
    "ended",
    "ending",
    "end",
    "ends",
    "froze",
    "frozen",
    "freezing",
    "freeze",
    "freezes",
    "slashed",
    "slashing",
    "slash",
    "halved",
    "halving",
    "halve",
    "reduced",
    "reducing",
    "reduce",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "withdraw",
    "scrapped",
    "scrapping",
    "scrap",
    "lifted",
    "lifting",
    "lift",
    "lifts",
    "eased",
    "easing",
    "ease",
    "eases",
    "removed",
    "removing",
    "remove",
    "waived",
    "waiving",
    "waive",
    "stopped",
    "stopping",
    "stop",
    "stops",
    "vetoed",
    "vetoing",
    "veto",
    "vetoes",
    "delayed",
    "delaying",
    "delay",
    "curbed",
    "curbing",
    "curb",
    "reduced",
    "reducing",
    "reduce",
    "criticised",
    "criticized",
    "criticising",
    "criticizing",
    "criticise",
    "criticize",
    "condemned",
    "condemning",
    "condemn",
    "denounced",
    "denouncing",
    "denounce",
    "refused",
    "refusing",
    "refuse",
    "doubted",
    "doubting",
    "doubt",
    "against",
    "lift",
    "lifts",
    "lifted",
    "lifting",
    "ease",
    "eases",
    "eased",
    "easing",
    "waive",
    "waived",
    "waiving",
    "relax",
    "relaxed",
    "relaxing",
];

/// Words that end the search for an object: a new clause starts.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "because", "as", "when", "where", "after", "before", "if",
    "said", "says", "say", "and", "but", "or", "to", "than", "whether", "although", "though", "since", "until",
];

/// Nouns a country's name often modifies, even in one-noun headlines ("Ruto hosts Sudan talks").
const EVENT_NOUNS: &[&str] = &[
    "talks",
    "war",
    "crisis",
    "conflict",
    "deal",
    "ceasefire",
    "truce",
    "peace",
    "summit",
    "policy",
    "envoy",
    "mission",
    "election",
    "elections",
    "border",
    "debt",
    "accord",
    "pact",
    "negotiations",
    "strategy",
];

/// What a state does to another, so that a country named before it is the agent ("the U.S.
/// strikes"), not the place ("the Gaza attack", "the Ukraine war").
const STATE_ACTION_NOUNS: &[&str] = &[
    "strikes",
    "airstrikes",
    "sanctions",
    "tariffs",
    "invasion",
    "incursion",
    "incursions",
    "raids",
    "bombing",
    "bombings",
    "shelling",
    "blockade",
    "embargo",
    "occupation",
    "aggression",
    "crackdown",
    "deployment",
    "deployments",
    "buildup",
    "intervention",
];

/// What a state's armed forces are called ("the deployment of U.S. warships").
const FORCE_NOUNS: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "warships",
    "ships",
    "vessels",
    "jets",
    "aircraft",
    "bombers",
    "drones",
    "missiles",
    "weapons",
    "submarines",
    "personnel",
    "mercenaries",
];

/// One of a state's [`FORCE_NOUNS`] ("a Chinese coast guard vessel", "a Russian drone").
const FORCE_NOUNS_SINGULAR: &[&str] = &[
    "warship",
    "ship",
    "vessel",
    "jet",
    "warplane",
    "aircraft",
    "bomber",
    "drone",
    "missile",
    "submarine",
    "frigate",
    "destroyer",
    "helicopter",
];

/// Who governs a state, named by its seat ("the government in Damascus", "the regime in
/// Tehran").
const GOVERNMENT_NOUNS: &[&str] = &["government", "regime", "authorities", "leadership", "junta"];

/// Adjectives before a stance noun ("close ally", "longtime critic").
const STANCE_ADJECTIVES: &[&str] = &[
    "close",
    "closest",
    "key",
    "longtime",
    "staunch",
    "staunchest",
    "main",
    "traditional",
    "strongest",
    "biggest",
    "firmest",
    "fierce",
    "fiercest",
    "vocal",
    "outspoken",
    "harsh",
    "harshest",
    "leading",
    "prominent",
    "frequent",
    "top",
    "loyal",
    "steadfast",
    "bitter",
];

/// The relation a stance noun gives its holder toward whom it names: an ally supports, a
/// critic criticises, an opponent opposes.
fn stance_noun(w: &str) -> Option<Relation> {
    match w {
        "ally" | "allies" | "backer" | "backers" | "supporter" | "supporters" => Some(Relation::Supports),
        "critic" | "critics" => Some(Relation::Criticises),
        "opponent" | "opponents" | "foe" | "foes" => Some(Relation::Opposes),
        "affiliate" | "affiliates" | "offshoot" => Some(Relation::AffiliatedWith),
        _ => None,
    }
}

/// Judgements after "called X('s remarks)" that criticise ("irresponsible").
const LABEL_WORDS: &[&str] = &[
    "irresponsible",
    "dangerous",
    "provocative",
    "unacceptable",
    "reckless",
    "absurd",
    "ridiculous",
    "hostile",
    "illegal",
    "outrageous",
    "shameful",
    "racist",
    "disgraceful",
    "hypocritical",
    "irrational",
    "preposterous",
    "laughable",
];

/// Judgements after "called X('s claims)" that call a charge false, and so deny it; of anything
/// else they criticise like [`LABEL_WORDS`].
const FALSITY_WORDS: &[&str] = &["baseless", "false", "groundless", "unfounded", "fake", "lies", "nonsense"];

/// Does `label` judge: a label or falsity word ("irresponsible", "baseless"), or after an
/// article an insult noun ("a dictator")?
fn judges(label: &str, article: bool) -> bool {
    if article {
        INSULT_NOUNS.contains(&label)
    } else {
        LABEL_WORDS.contains(&label) || FALSITY_WORDS.contains(&label)
    }
}

/// The second half of "X-led", "X-brokered": X owns what the compound modifies (not
/// "X-backed": the backer of a group is not the group).
const LEADING_PARTICIPLES: &[&str] =
    &["led", "brokered", "drafted", "proposed", "sponsored", "mediated", "authored", "initiated"];

/// What someone said, as a judgement names it ("remarks that Beijing called provocative").
const REMARK_NOUNS: &[&str] =
    &["remarks", "remark", "comments", "comment", "statement", "statements", "words", "speech", "claim", "claims"];

/// Judgements that are nouns after "a"/"an" ("called Zelensky a dictator").
const INSULT_NOUNS: &[&str] = &[
    "dictator",
    "liar",
    "criminal",
    "terrorist",
    "threat",
    "disgrace",
    "traitor",
    "puppet",
    "aggressor",
    "failure",
    "fraud",
    "clown",
    "fascist",
    "madman",
    "coward",
    "thug",
    "butcher",
    "hypocrite",
];

/// Verbs of giving something to a recipient named after "to".
const GIVING_VERBS: &[&str] = &[
    "sent",
    "send",
    "sends",
    "sending",
    "pledged",
    "pledge",
    "pledges",
    "pledging",
    "delivered",
    "deliver",
    "delivers",
    "delivering",
    "provided",
    "provide",
    "provides",
    "providing",
    "gave",
    "give",
    "gives",
    "giving",
    "donated",
    "donate",
    "donates",
    "shipped",
    "ship",
    "ships",
    "transferred",
    "transfer",
    "transfers",
    "handed",
    "hand",
    "hands",
    "handing",
    "supplied",
    "supply",
    "supplies",
    "supplying",
    "sold",
    "sell",
    "sells",
    "selling",
];

/// Arms given, sold or shipped by [`GIVING_VERBS`].
const ARMS_NOUNS: &[&str] = &[
    "weapons",
    "arms",
    "missiles",
    "rockets",
    "tanks",
    "jets",
    "warplanes",
    "munitions",
    "ammunition",
    "shells",
    "drones",
    "interceptors",
    "artillery",
    "howitzers",
    "patriot",
    "patriots",
    "himars",
    "atacms",
    "tomahawks",
    "taurus",
];

/// What someone does or stands for, praised or criticised in "the N of X" (not what is
/// done to X: "condemned the killing of X").
const CONDUCT_NOUNS: &[&str] = &[
    "efforts",
    "role",
    "leadership",
    "mediation",
    "policies",
    "policy",
    "stance",
    "position",
    "conduct",
    "actions",
    "behaviour",
    "behavior",
    "courage",
    "contribution",
    "commitment",
    "handling",
];

/// Words before "for"/"on" and someone's support: the subject receives it ("grateful for
/// Poland's support", "relies on U.S. aid").
const RELIANT_WORDS: &[&str] = &[
    "grateful",
    "thankful",
    "gratitude",
    "appreciation",
    "relies",
    "rely",
    "relied",
    "relying",
    "depends",
    "depend",
    "depended",
    "depending",
    "dependent",
    "reliant",
    "counts",
    "counted",
    "counting",
];

/// Help one is thanked for ("thanked Malaysia for its mediation", "for the $11 billion package").
const HELP_NOUNS: &[&str] = &[
    "help",
    "aid",
    "assistance",
    "support",
    "backing",
    "package",
    "mediation",
    "efforts",
    "solidarity",
    "loan",
    "funding",
];

/// Money given by [`GIVING_VERBS`] (not when selling or shipping: that is trade).
const MONEY_NOUNS: &[&str] = &["money", "funds", "euros", "dollars", "pounds", "billion", "million", "bn"];

/// Irregular past-tense verbs that take an object ("met Tiani", "told Reuters").
const PAST_FORMS: &[&str] =
    &["met", "told", "held", "hit", "sent", "led", "took", "gave", "saw", "beat", "left", "won"];

/// Determiners and pronouns skipped before an object.
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "these",
    "those",
    "both",
    "fellow",
    "new",
    "former",
    "key",
    "close",
    "longtime",
    "neighbouring",
    "neighboring",
    "rival",
    "embattled",
    "beleaguered",
];

/// Words that may follow an object without making it a noun modifier.
const FOLLOWERS: &[&str] = &[
    "and",
    "or",
    "nor",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "last",
    "this",
    "next",
    "again",
    "twice",
    "once",
    "too",
    "also",
    "instead",
    "earlier",
    "later",
    "now",
    "then",
    "outright",
    "themselves",
    "itself",
    "itself.",
    "over",
    "despite",
    "amid",
    "following",
    "so",
    "because",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "in",
    "on",
    "at",
    "for",
    "of",
];

/// Offices of a city: a capital before them is the city ("London mayor Ken Livingstone").
const MUNICIPAL: &[&str] =
    &["mayor", "mayoral", "councillor", "councilor", "councilman", "councilwoman", "council", "city", "borough"];

/// Words after which a present-tense trigger is a verb, not a noun ("will host").
const VERB_PRECEDERS: &[&str] = &[
    "i", "you", "we", "they", "he", "she", "it", "who", "will", "would", "can", "could", "may", "might", "must",
    "shall", "should", "do", "did", "not", "n't", "never", "also", "to", "then", "now", "often", "still", "jointly",
    "again", "always", "usually", "rarely", "once", "soon", "later", "first",
];

/// Forms of "be"/"get" that make a following participle passive ("was criticised").
const PASSIVE_AUXILIARIES: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"];

/// Prepositions that, right after a participle trigger, show it has no object:
/// a passive without its agent ("Labour accused of EU propaganda").
/// Place and time ("met in Moscow with …") are left out: they follow active verbs too.
const AGENTLESS_PREPOSITIONS: &[&str] = &["of", "over", "for", "about", "after", "as", "outside", "inside"];

/// Verbs before which "back" is a particle, not "support" ("get back", "hand back").
const PARTICLE_VERBS: &[&str] = &[
    "get", "gets", "got", "come", "comes", "came", "go", "goes", "went", "hand", "hands", "bring", "brings", "brought",
    "give", "gives", "gave", "put", "puts", "pay", "pays", "paid", "send", "sends", "sent", "take", "takes", "took",
    "win", "wins", "won", "fight", "fights", "fought", "hit", "hits", "strike", "strikes", "struck", "step", "steps",
    "look", "looks", "call", "calls", "cut", "cuts", "scale", "scales", "roll", "rolls", "pull", "pulls", "turn",
    "turns", "hold", "holds", "held", "fall", "falls", "fell", "sit", "sits", "sat", "stand", "stands", "stood", "set",
    "sets", "push", "pushes", "keep", "keeps", "kept", "beat", "beats", "drive", "drives", "drove", "throw", "throws",
    "threw", "force", "forces", "draw", "draws", "drew", "bounce", "bounces", "claw", "claws",
];

/// Nouns a demonym describes as a nationality or origin, not as the state ("the Pakistani
/// community", "French films").
const NATIONALITY_NOUNS: &[&str] = &[
    "community",
    "communities",
    "diaspora",
    "film",
    "films",
    "music",
    "art",
    "culture",
    "cuisine",
    "food",
    "tourists",
    "students",
    "fans",
    "team",
    "players",
    "athletes",
    "artists",
    "writers",
    "novel",
    "novels",
    "language",
    "citizens",
    "nationals",
    "descent",
    "origin",
    "heritage",
    "people",
    "families",
    "children",
    "women",
    "men",
    "football",
    "rugby",
    "cricket",
    "tennis",
    "partner",
    "partners",
    "tv",
    "television",
    "acts",
    "bands",
    "singers",
    "actors",
    "audiences",
    "viewers",
    "competitors",
    "rivals",
    "businessmen",
    "executives",
    "investors",
    "exporters",
    "importers",
    "farmers",
    "workers",
    "consumers",
    "shareholders",
    "bankers",
    "traders",
    "business",
    "island",
    "islands",
    "resort",
    "coast",
    "village",
    "town",
];

/// Pronouns that stand for the owner of the noun after them ("thanked X for its support").
const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their"];

/// Entities a rule found: (token index, entity index) each.
type Parties = Vec<(usize, usize)>;

/// A person's relatives and counsel: "X's father" acts for himself, not for X.
const KIN_NOUNS: &[&str] = &[
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "family", "widow", "lawyer",
    "lawyers", "children", "parents",
];

/// Nouns that describe a company before its name ("carmaker Porsche", "retail bank Absa").
const COMPANY_NOUNS: &[&str] = &[
    "bank",
    "lender",
    "firm",
    "company",
    "group",
    "giant",
    "maker",
    "carmaker",
    "automaker",
    "chipmaker",
    "carrier",
    "airline",
    "operator",
    "producer",
    "retailer",
    "insurer",
    "broker",
    "conglomerate",
    "miner",
    "manufacturer",
    "supplier",
    "startup",
    "subsidiary",
    "publisher",
    "broadcaster",
    "utility",
    "refiner",
];

/// An apposition that names the clause before it as an act ("…, a move criticised by X").
const MOVE_NOUNS: &[&str] = &["move", "step", "decision", "measure"];

/// What an accusation is called when it is denied ("…, a charge India rejected").
const CHARGE_NOUNS: &[&str] =
    &["charge", "charges", "allegation", "allegations", "accusation", "accusations", "claim", "claims", "report"];

/// What one meets besides people ("meet EC standards", "met IMF targets").
const REQUIREMENT_NOUNS: &[&str] = &[
    "standard",
    "standards",
    "target",
    "targets",
    "requirement",
    "requirements",
    "condition",
    "conditions",
    "criteria",
    "criterion",
    "demand",
    "demands",
    "deadline",
    "deadlines",
    "goal",
    "goals",
    "obligation",
    "obligations",
    "commitment",
    "commitments",
    "need",
    "needs",
    "expectations",
    "rules",
    "norms",
    "quota",
    "quotas",
];

/// "-ing" words that describe the name after them ("met visiting Chinese Premier X",
/// "backed ruling party Y"): not gerunds with an object of their own.
const ING_ADJECTIVES: &[&str] = &[
    "visiting",
    "ruling",
    "governing",
    "leading",
    "outgoing",
    "incoming",
    "neighbouring",
    "neighboring",
    "sitting",
    "acting",
    "reigning",
    "founding",
    "emerging",
    "warring",
    "opposing",
    "competing",
    "rising",
    "ailing",
    "longstanding",
    "remaining",
    "existing",
    "striking",
];

/// Conjunctions that open a subordinate clause: a verb's subject is not before them.
const SUBORDINATORS: &[&str] =
    &["after", "before", "because", "while", "when", "if", "although", "though", "since", "until", "unless", "whereas"];

/// Words allowed between a negation cue and its trigger ("did not openly criticise").
const NEGATION_GAP: &[&str] = &[
    "to",
    "be",
    "been",
    "have",
    "has",
    "had",
    "publicly",
    "openly",
    "explicitly",
    "directly",
    "formally",
    "officially",
    "yet",
    "ever",
    "even",
    "also",
    "fully",
    "really",
    "always",
    "actively",
    "immediately",
    "its",
    "their",
    "his",
    "her",
    "the",
    "any",
    "further",
    "more",
    "military",
    "financial",
    "strongly",
];

/// What one asks of another and the other can reject ("…, a demand Hezbollah rejected").
const DEMAND_NOUNS: &[&str] = &["demand", "proposal", "call", "request", "plan", "offer", "ultimatum"];

/// Agreements: named after a country ("the Iran deal"), they are not the country.
const DEAL_NOUNS: &[&str] = &["deal", "deals", "agreement", "accord", "pact", "treaty", "bargain"];

/// A country's representatives that a government summons to protest.
const ENVOY_NOUNS: &[&str] = &["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge"];

/// Nouns ending the name of a part of an organisation ("the Russia and Eurasia programme").
const UNIT_NOUNS: &[&str] = &[
    "program",
    "programme",
    "programs",
    "programmes",
    "project",
    "initiative",
    "desk",
    "team",
    "unit",
    "division",
    "studies",
    "practice",
];

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
            accusations: ctx.accusations,
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
        x.allies();
        x.summons();
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

    /// "Kremlin spokesman Dmitry Peskov", "Ukraine's President Zelenskiy",
    /// "Slovakia's new premier, Robert Fico", "Hungary's Viktor Orban".
    fn titles(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else {
                continue;
            };
            let mut k = j;
            // "Pakistan's army chief, General Asim Munir": a capitalised rank after the comma
            let mut rank = k;
            while rank > 0 && k - rank < 2 && self.capitalised_word(rank - 1) && self.is_title_word(rank - 1) {
                rank -= 1;
            }
            if rank < k && rank > 0 && self.toks[rank - 1].is_punct(',') {
                k = rank;
            }
            let comma = k > 0 && self.toks[k - 1].is_punct(',');
            if comma {
                k -= 1;
            }
            // "U.S. Ambassador to Israel Mike Huckabee", "Russia's envoy to the UN X": the
            // post's destination is no affiliation; the titles before it are
            if k >= 3 && self.entity(k - 1).is_some() {
                let mut p = k - 2;
                if self.word(p) == Some("the") {
                    p -= 1;
                }
                if p > 0 && self.word(p) == Some("to") && matches!(self.word(p - 1), Some("ambassador" | "envoy")) {
                    k = p;
                }
            }
            let end_titles = k;
            while k > 0 && self.is_title_word(k - 1) && end_titles - k < 6 {
                k -= 1;
            }
            let titles = end_titles - k;
            let has_role = (k..end_titles).any(|t| self.is_role_word(t));
            if titles > 0 && !has_role {
                continue;
            }
            if comma && titles == 0 {
                // "the Emir of Qatar, Sheikh Tamim", "a spokesman for the Kremlin, Dmitry Peskov"
                if let Some((role, org_idx)) = self.role_of_before(k) {
                    let org = self.entity(org_idx).map_or(0, |e| e.0);
                    let trig = self.trigger_span("affiliated_with:title", role, j);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                }
                continue;
            }
            // "Hungary, whose Prime Minister Viktor Orban …"
            let whose = titles > 0 && k >= 3 && self.word(k - 1) == Some("whose") && self.toks[k - 2].is_punct(',');
            // "OpenAI and its chief executive Sam Altman"
            let its = titles > 0 && k >= 3 && self.word(k - 1) == Some("its") && self.word(k - 2) == Some("and");
            let (org_idx, possessive) = if whose || its {
                (k - 3, true)
            } else if k >= 2 && self.possessive_at(k - 1) {
                (k - 2, true)
            } else if k >= 1 {
                (k - 1, false)
            } else {
                continue;
            };
            if titles == 0 && !possessive {
                continue;
            }
            if let Some((org, etype, kind)) = self.entity(org_idx) {
                let city_office = self.city_office(kind, k, end_titles);
                if etype != EntityType::Actor
                    && !self.is_modifier(org_idx)
                    && !city_office
                    && !self.country_in_name(org_idx)
                {
                    let trig = self.trigger_span("affiliated_with:title", org_idx, j);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                }
            }
        }
    }

    /// The organisation or country ending "ROLE of/for/at [the] X" right before the
    /// comma at `comma` ("the Emir of Qatar,", "a spokesman for the Kremlin,"): the
    /// tokens of the role and of the name.
    fn role_of_before(&self, comma: usize) -> Option<(usize, usize)> {
        let o = comma.checked_sub(1)?;
        let (_, etype, kind) = self.entity(o)?;
        if etype == EntityType::Actor || kind == AliasKind::Demonym || self.country_in_name(o) {
            return None;
        }
        let mut p = o.checked_sub(1)?;
        if self.word(p) == Some("the") {
            p = p.checked_sub(1)?;
        }
        let role = p.checked_sub(1)?;
        // "the Mayor of London, Ken Livingstone": the city, not the country
        let linked = matches!(self.word(p), Some("of" | "for" | "at")) && self.is_role_word(role);
        (linked && !self.city_office(kind, role, p)).then_some((role, o))
    }

    /// The person named right after the comma at `comma`, past a capitalised rank
    /// ("…, Sheikh Tamim"): its token.
    fn person_after_comma(&self, comma: usize) -> Option<usize> {
        if !self.toks.get(comma).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let mut n = comma + 1;
        while n - comma <= 2 && self.capitalised_word(n) && self.is_title_word(n) {
            n += 1;
        }
        matches!(self.entity(n), Some((_, EntityType::Actor, _))).then_some(n)
    }

    /// Is the token before `k`, one space away, a capitalised word that is not a
    /// title or a function word ("Texaco" in "Texaco Canada president"), or a named
    /// institution ("GM Canada")? Then the country is part of a company's name.
    fn capitalised_word_before(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else { return false };
        let (prev, cur) = (&self.toks[p], &self.toks[k]);
        if prev.end + 1 != cur.start {
            return false;
        }
        if let Some((_, etype, _)) = prev.entity() {
            return etype == EntityType::Institution;
        }
        self.capitalised_word(p)
            && !self.is_title_word(p)
            && !crate::resolve::is_function_word(&self.text[prev.start..prev.end])
    }

    /// Is the entity at `k` a country's name inside a longer name ("GM Canada",
    /// "Texaco Canada", "National Bank of Hungary")?
    fn country_in_name(&self, k: usize) -> bool {
        matches!(self.entity(k), Some((_, EntityType::Country, AliasKind::Name)))
            && (self.capitalised_word_before(k) || self.name_of_before(k))
    }

    /// Does the demonym at `k` open the name of something the gazetteer does not know
    /// ("the Canadian Coalition on Acid Rain", "British Printing and Communication Corp"):
    /// capitalised words that are no titles, two of them or joined by "on", "of", "for", "and"?
    fn demonym_in_name(&self, k: usize) -> bool {
        let plain = |n: usize| self.capitalised_word(n) && self.entity(n).is_none() && !self.is_title_word(n);
        matches!(self.entity(k), Some((_, _, AliasKind::Demonym)))
            && plain(k + 1)
            && self.toks[k].end + 1 == self.toks[k + 1].start
            && (plain(k + 2) || (matches!(self.word(k + 2), Some("on" | "of" | "for" | "and")) && plain(k + 3)))
    }

    /// Is the token at `k` the end of a name "X of COUNTRY" ("National Bank of
    /// Hungary", "Bank of America"), where X is a capitalised word other than a role
    /// ("President of Russia" is a title)?
    fn name_of_before(&self, k: usize) -> bool {
        k >= 2 && self.word(k - 1) == Some("of") && self.capitalised_word(k - 2) && !self.is_role_word(k - 2)
    }

    /// Do title words and links from `k` on ("of State") run into a person's name?
    fn titles_lead_to_person(&self, k: usize) -> bool {
        let mut n = k;
        while n - k < 4
            && (self.is_title_word(n) || self.word(n).is_some_and(|w| self.rules.cues.apposition_link.contains(w)))
        {
            n += 1;
        }
        matches!(self.entity(n), Some((_, EntityType::Actor, _)))
    }

    /// Is a capital (an alias of kind `kind`) named with a city's office among the
    /// words `from..to` ("London mayor", "Kyiv city council")? Then it is the city,
    /// not the country's government.
    fn city_office(&self, kind: AliasKind, from: usize, to: usize) -> bool {
        kind == AliasKind::Capital && (from..to).any(|t| self.word(t).is_some_and(|w| MUNICIPAL.contains(&w)))
    }

    /// The organisation or country (not a person, not a demonym) at token `k`:
    /// (entity, alias kind).
    fn organisation(&self, k: usize) -> Option<(usize, AliasKind)> {
        self.entity(k)
            .filter(|&(_, t, kind)| t != EntityType::Actor && kind != AliasKind::Demonym)
            .map(|(e, _, kind)| (e, kind))
    }

    /// Is token `k` a capitalised word that is no title word and no entity ("Horn", "Asia"), or a
    /// hyphen glued between such a word and the next ("Asia-Pacific")?
    fn portfolio_word(&self, k: usize) -> bool {
        let glued_hyphen = || {
            k > 0
                && self.toks.get(k).is_some_and(|t| t.is_punct('-'))
                && self.toks[k - 1].end == self.toks[k].start
                && self.toks.get(k + 1).is_some_and(|n| n.start == self.toks[k].end)
                && self.capitalised_word(k - 1)
                && self.capitalised_word(k + 1)
        };
        (self.capitalised_word(k) && !self.is_title_word(k)) || glued_hyphen()
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

    /// Is the word at `v` a participle opening a clause (", killing …", ", accusing …")?
    fn clause_participle(&self, v: usize) -> bool {
        v > 0 && self.toks[v - 1].is_punct(',') && self.word(v).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
    }

    /// The first token at or after `k` that is not a quote.
    fn after_quotes(&self, mut k: usize) -> usize {
        while self.toks.get(k).is_some_and(Token::is_quote) {
            k += 1;
        }
        k
    }

    /// Is token `p` a word written with a capital ("Texaco", "Bank")?
    fn capitalised_word(&self, p: usize) -> bool {
        self.toks
            .get(p)
            .is_some_and(|t| t.word().is_some() && self.text[t.start..t.end].starts_with(|c: char| c.is_uppercase()))
    }

    /// "Charles Kupchan, senior fellow at the Council on Foreign Relations",
    /// "Henrik Landerholm, Swedish National Security Advisor",
    /// "Fiona Hill, a former top White House official".
    fn appositions(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else {
                continue;
            };
            if !self.toks.get(j + 1).is_some_and(|t| t.is_punct(',')) {
                continue;
            }
            let mut k = j + 2;
            if matches!(self.word(k), Some("a" | "an" | "the")) {
                k += 1;
            }
            // "Mike Johnson, a Republican,", "Joe Manchin, a Democrat, said": a party alone
            let party = self.party_at(k);
            let closed = self.toks.get(k + 1).is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | ')')));
            if let (Some((org, _, _)), true, true) = (party, closed, k > j + 2) {
                let trig = self.trigger_span("affiliated_with:apposition", j, k + 1);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                continue;
            }
            let mut inner: Option<usize> = None;
            let mut inner_in_name = false;
            let mut role_after_inner = false;
            let mut last_role = false;
            let start = k;
            while k < self.toks.len() && k - start < 8 {
                if let Some((e, etype, _)) = self.entity(k) {
                    if inner.is_some() || etype == EntityType::Actor {
                        break;
                    }
                    inner = Some(e);
                    inner_in_name = self.country_in_name(k);
                    k += 1;
                    if self.possessive_at(k) {
                        k += 1;
                    }
                    last_role = false;
                    continue;
                }
                // "Horn of Africa project director at …", "chief Asia-Pacific economist at …": a
                // region or portfolio written with capitals inside the title
                if self.portfolio_word(k) {
                    // a country or demonym that opens a longer name ("US Sprint president",
                    // "Canadian Manufacturers Association president")
                    let glued_to_state = k > 0
                        && self.toks[k - 1].end + 1 == self.toks[k].start
                        && matches!(self.entity(k - 1), Some((_, EntityType::Country, kind))
                            if kind != AliasKind::Demonym || self.demonym_in_name(k - 1));
                    inner_in_name |= glued_to_state;
                    last_role = false;
                    k += 1;
                    continue;
                }
                if !self.is_title_word(k)
                    || (last_role && self.word(k).is_some_and(|w| self.rules.cues.apposition_link.contains(w)))
                {
                    break;
                }
                last_role = self.is_role_word(k);
                if last_role && inner.is_some() {
                    role_after_inner = true;
                }
                k += 1;
            }
            // "Margaret Thatcher, U.S. Secretary of State George Shultz and …": a list of
            // titled people, the titles belong to the next one
            if self.titles_lead_to_person(k) {
                continue;
            }
            // "Fiona Hill, a former White House adviser now at the Brookings Institution"
            let now_at = if self.word(k) == Some("now") { self.employer_after(k + 1) } else { None };
            if let Some((org, n)) = now_at {
                let trig = self.trigger_span("affiliated_with:apposition", j, n + 1);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
            }
            if let (Some(org), true) = (inner, role_after_inner) {
                if inner_in_name {
                    continue;
                }
                // "Richard Gowan, UN director at the International Crisis Group": the
                // organisation the person works at, not the portfolio before the role
                let (org, end) = self.employer_after(k).map_or((org, k), |(o, n)| (o, n + 1));
                let trig = self.trigger_span("affiliated_with:apposition", j, end);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                continue;
            }
            if inner.is_some() || !last_role {
                continue;
            }
            // role + link preposition + [the] [pro-X] ORG
            if !self.word(k).is_some_and(|w| self.rules.cues.apposition_link.contains(w)) {
                continue;
            }
            let mut m = k + 1;
            if matches!(self.word(m), Some("the" | "a" | "an")) {
                m += 1;
            }
            if matches!(self.word(m), Some("pro" | "anti")) && self.toks.get(m + 1).is_some_and(|t| t.is_punct('-')) {
                m += 3;
            }
            // "commander of the Kurdish-led Syrian Democratic Forces", "the Iran-backed …"
            if self.toks.get(m + 1).is_some_and(|t| t.is_punct('-'))
                && self.word(m + 2).is_some_and(|w| {
                    matches!(
                        w,
                        "led" | "backed" | "based" | "dominated" | "run" | "aligned" | "allied" | "funded" | "owned"
                    )
                })
            {
                m += 3;
            }
            // "leader of the right-wing Reform UK party", "of the opposition Labour Party"
            let modifiers = m;
            while m - modifiers < 4
                && self.is_title_word(m)
                && !self.is_role_word(m)
                && !self.is_prep(m)
                && !self.capitalised_word(m)
            {
                m += 1;
            }
            if self.entity(m).is_none() {
                m = modifiers;
            }
            // "head of Ukraine's presidential office": the country; "chairman of Russia's
            // energy giant Gazprom": the organisation named after the possessive
            if self.possessive_at(m + 1) {
                if let Some(n) = self.described_institution(m + 2) {
                    m = n;
                }
            }
            let possessor = self.possessive_at(m + 1);
            // "director of the German Marshall Fund's Indo-Pacific program": the organisation
            // owning the unit, as a country owning an office
            let owns_unit = possessor
                && matches!(self.entity(m), Some((_, EntityType::Institution, _)))
                && self.word(self.unit_words_end(m + 2)).is_some_and(|w| UNIT_NOUNS.contains(&w));
            let owner_is_country =
                owns_unit || (possessor && matches!(self.entity(m), Some((_, EntityType::Country, _))));
            // "director of the Russia and Eurasia programme at Chatham House", "a fellow
            // for Russia and Eurasia at the IISS": the name is a portfolio or a unit; the
            // organisation after it, if any, is where the person works
            let unit_end = self.unit_name_end(m);
            let named = self.entity(m).is_some() || self.capitalised_word(m);
            if named && (unit_end > m + 1 || self.employer_after(m + 1).is_some()) {
                if let Some((org, n)) = self.employer_after(unit_end) {
                    let trig = self.trigger_span("affiliated_with:apposition", j, n + 1);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                }
                continue;
            }
            // not a place in a compound ("co-founder of Amsterdam-based OneStat.com")
            if let Some((org, etype, kind)) =
                self.entity(m).filter(|_| (!possessor || owner_is_country) && !self.is_compound(m))
            {
                let city_office = self.city_office(kind, start, k);
                if etype != EntityType::Actor && !city_office {
                    let trig = self.trigger_span("affiliated_with:apposition", j, m + 1);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                }
            }
        }
    }

    /// "Alicia Garcia-Herrero, chief economist at Natixis and a senior fellow at Bruegel": the
    /// second role of an apposition, after "and", with the organisation it is at or of.
    fn apposition_conjuncts(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else { continue };
            if !self.toks.get(j + 1).is_some_and(|t| t.is_punct(',')) {
                continue;
            }
            // the first role, then "and" within the apposition (no punctuation but hyphens, and
            // no other person, between)
            // (a dot inside a name: "R.Politik")
            let inner_dot = |n: usize| {
                self.toks[n].is_punct('.')
                    && self.toks.get(n + 1).is_some_and(|x| x.start == self.toks[n].end)
                    && self.toks[n - 1].end == self.toks[n].start
            };
            let end = (j + 2..(j + 16).min(self.toks.len()))
                .find(|&n| match self.toks[n].kind {
                    TokenKind::Word(_) | TokenKind::Punct('-') => false,
                    TokenKind::Punct('.') => !inner_dot(n),
                    TokenKind::Entity { etype, .. } => etype == EntityType::Actor,
                    _ => true,
                })
                .unwrap_or_else(|| (j + 16).min(self.toks.len()));
            let Some(and) = (j + 3..end).find(|&n| self.word(n) == Some("and")) else { continue };
            if !(j + 2..and).any(|n| self.is_role_word(n)) {
                continue;
            }
            let mut k = and + 1;
            if matches!(self.word(k), Some("a" | "an" | "the")) {
                k += 1;
            }
            let titles = k;
            while k - titles < 5 && self.is_title_word(k) && self.word(k) != Some("of") {
                k += 1;
            }
            if k == titles || !self.is_role_word(k - 1) {
                continue;
            }
            let org = self.employer_after(k).or_else(|| {
                let m = if self.word(k + 1) == Some("the") { k + 2 } else { k + 1 };
                (self.word(k) == Some("of") && !self.possessive_at(m + 1) && !self.is_compound(m))
                    .then(|| self.organisation(m).map(|(o, _)| (o, m)))
                    .flatten()
            });
            if let Some((org, m)) = org {
                found.push((person, org, j, m + 1));
            }
        }
        for (person, org, from, to) in found {
            let trig = self.trigger_span("affiliated_with:apposition", from, to);
            self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
        }
    }

    /// "Nigel Farage's Reform UK party", "Keir Starmer's Labour government": a person's party
    /// (one adjective may stand between: "Orban's ruling Fidesz").
    fn own_party(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else { continue };
            if !self.possessive_at(j + 1) {
                continue;
            }
            let m = if self.entity(j + 2).is_none() && self.descriptor_word(j + 2) { j + 3 } else { j + 2 };
            let party = self.party_at(m);
            // not what the party names ("Blair's Tory 'lies'", "Sainsbury's Labour election
            // gift") nor the title of another ("Moazzam Begg's Labour MP Roger Godsiff")
            let after = m + 1;
            let describes = self.toks.get(after).is_some_and(Token::is_quote)
                || self.word(after).is_some_and(|w| {
                    matches!(
                        w,
                        "election"
                            | "campaign"
                            | "manifesto"
                            | "lies"
                            | "gift"
                            | "donation"
                            | "donor"
                            | "rivals"
                            | "critics"
                    )
                })
                || (self.is_title_word(after)
                    && (after..after + 4).any(|n| {
                        matches!(self.entity(n), Some((_, EntityType::Actor, _)))
                            || self.capitalised_word(n) && !self.is_title_word(n)
                    }));
            if let (Some((org, _, _)), false) = (party, describes) {
                found.push((person, org, j, m + 1));
            }
        }
        for (person, org, from, to) in found {
            let trig = self.trigger_span("affiliated_with:own_party", from, to);
            self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
        }
    }

    /// "John Swinney of the Scottish National Party", "Robert Mugabe of Zimbabwe": a person
    /// "of" an organisation or a country, the phrase ending there (not "reminded Biden of
    /// Ukraine's plight", "told Merkel of the EU decision").
    fn person_of(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else { continue };
            if self.word(j + 1) != Some("of") {
                continue;
            }
            let m = if self.word(j + 2) == Some("the") { j + 3 } else { j + 2 };
            // a capital is a place ("C. Robin Relph of London")
            let Some((org, _)) = self.organisation(m).filter(|&(_, kind)| kind != AliasKind::Capital) else {
                continue;
            };
            let country = matches!(self.entity(m), Some((_, EntityType::Country, _)));
            let ends = match self.toks.get(m + 1) {
                None => true,
                Some(t) => {
                    matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ')'))
                        || matches!(t.word(), Some("who" | "said" | "says" | "told" | "has" | "was" | "is"))
                        // "Allan Kaplan of Merrill Lynch and Co"; not "of the Australia and New
                        // Zealand Banking Group"
                        || (t.is_word("and") && !country)
                }
            } || self.verb_after(m);
            if ends && !self.country_in_name(m) && !self.is_compound(m) {
                let trig = self.trigger_span("affiliated_with:of", j + 1, m + 1);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
            }
        }
    }

    /// "Croatia, an EU and NATO member,", "Turkey is a NATO member", "NATO member Turkey",
    /// "EU member states Poland and Hungary": member_of the organisations before "member"
    /// (not "a former EU member", not "non-NATO member Sweden").
    fn memberships(&mut self) {
        let org_at = |k: usize| match self.entity(k) {
            Some((o, EntityType::Institution, AliasKind::Name)) => Some(o),
            _ => None,
        };
        let member_at = |k: usize| match self.entity(k) {
            Some((x, EntityType::Country | EntityType::Institution, kind)) if kind != AliasKind::Demonym => Some(x),
            _ => None,
        };
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for &j in self.ents {
            let Some(org) = org_at(j) else { continue };
            // "Finland and Sweden, NATO's newest members,", "Sweden is NATO's 32nd member"
            if self.possessive_at(j + 1) {
                let member = (j + 2..j + 5).find(|&n| matches!(self.word(n), Some("member" | "members")));
                let described = member.is_some_and(|n| {
                    (j + 2..n).all(|m| {
                        self.word(m).is_some_and(|w| {
                            !self.is_prep(m) && !CLAUSE_WORDS.contains(&w) && !matches!(w, "former" | "ex" | "non")
                        })
                    })
                });
                let linked = j >= 2
                    && (self.toks[j - 1].is_punct(',')
                        || matches!(self.word(j - 1), Some("is" | "are" | "was" | "were" | "became" | "become")));
                if let (Some(n), true, true) = (member, described, linked) {
                    if let Some(x) = member_at(j - 2) {
                        for m in self.coordination(j - 2, x).into_iter().filter_map(|(k, _)| member_at(k)) {
                            if m != org {
                                found.push((m, org, j, n + 1));
                            }
                        }
                    }
                }
                continue;
            }
            if !matches!(self.word(j + 1), Some("member" | "members")) {
                continue;
            }
            // the organisations coordinated before it ("an EU and NATO member")
            let mut orgs = vec![org];
            let mut p = j;
            while p >= 2 && self.word(p - 1) == Some("and") {
                let Some(o) = org_at(p - 2) else { break };
                orgs.push(o);
                p -= 2;
            }
            if p > 0 && self.toks[p - 1].is_punct('-') {
                continue;
            }
            // "a permanent G20 member", "a founding NATO member"
            if p >= 2
                && matches!(self.word(p - 1), Some("permanent" | "founding" | "full" | "key" | "new" | "leading"))
                && matches!(self.word(p - 2), Some("a" | "an"))
            {
                p -= 1;
            }
            let article = p >= 1 && matches!(self.word(p - 1), Some("a" | "an"));
            let linked = article
                && p >= 3
                && (self.toks[p - 2].is_punct(',')
                    || matches!(self.word(p - 2), Some("is" | "was" | "became" | "becomes" | "remains")));
            let members: Vec<usize> = if linked {
                member_at(p - 3).into_iter().collect()
            } else if article {
                Vec::new()
            } else {
                let mut n = j + 2;
                if matches!(self.word(n), Some("state" | "states" | "country" | "countries" | "nation" | "nations")) {
                    n += 1;
                }
                match member_at(n) {
                    // not the next organisation's own list ("member Turkey and EU member states …")
                    Some(_) => self
                        .objects(n)
                        .into_iter()
                        .filter(|&(k, _)| !matches!(self.word(k + 1), Some("member" | "members")))
                        .filter_map(|(k, _)| member_at(k))
                        .collect(),
                    None => Vec::new(),
                }
            };
            for x in members {
                for &o in orgs.iter().filter(|&&o| o != x) {
                    found.push((x, o, p, j + 2));
                }
            }
        }
        for (x, o, from, to) in found {
            let trig = self.trigger_span("member_of:member_noun", from, to);
            self.push(x, o, Relation::MemberOf, trig, 0.8);
        }
    }

    /// "Russia's ally Belarus", "key U.S. ally Japan", "Russian allies Belarus and Iran":
    /// the ally supports the entity before "ally"; so a critic criticises ("Kremlin critic
    /// Alexei Navalny", "James Comey, a longtime Trump critic,") and an opponent opposes.
    fn allies(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, Relation)> = Vec::new();
        for &j in self.ents {
            let Some((backed, _, _)) = self.entity(j) else { continue };
            let mut n = j + 1;
            if self.possessive_at(n) {
                n += 1;
            }
            if self.word(n).is_some_and(|w| STANCE_ADJECTIVES.contains(&w)) {
                n += 1;
            }
            let Some(relation) = self.word(n).and_then(stance_noun) else {
                continue;
            };
            let ally_noun = relation == Relation::Supports;
            match self.entity(n + 1) {
                Some((_, _, kind)) if kind != AliasKind::Demonym => {
                    found.extend(self.objects(n + 1).into_iter().map(|(_, ally)| (ally, backed, j, n + 1, relation)));
                }
                // "Hezbollah, Iran's main ally in Lebanon,": the name before the comma
                _ if j >= 2 && self.possessive_at(j + 1) && self.toks[j - 1].is_punct(',') => {
                    if let Some((ally, _, kind)) = self.entity(j - 2) {
                        if kind != AliasKind::Demonym && ally != backed {
                            found.push((ally, backed, j - 2, n + 1, relation));
                        }
                    }
                }
                // "Denmark has been one of Kyiv's strongest backers", "Japan is Washington's
                // closest ally": the subject of the linking verb
                _ if ally_noun && self.possessive_at(j + 1) => {
                    let p = if j >= 2 && self.word(j - 1) == Some("of") && self.word(j - 2) == Some("one") {
                        j - 2
                    } else {
                        j
                    };
                    let linked = p >= 1
                        && matches!(
                            self.word(p - 1),
                            Some("is" | "was" | "are" | "were" | "been" | "remains" | "remained" | "became" | "become")
                        );
                    if linked {
                        for (t, ally) in self.subject(p - 1, MAX_SUBJECT_DISTANCE, true) {
                            if ally != backed {
                                found.push((ally, backed, t, n + 1, relation));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        // "Javier Milei, a close Trump ally,", "James Comey, a longtime Trump critic,": the one
        // before the comma
        for &j in self.ents {
            let Some((_, _, kind)) = self.entity(j) else { continue };
            if kind == AliasKind::Demonym || !self.toks[j + 1..].first().is_some_and(|t| t.is_punct(',')) {
                continue;
            }
            let mut n = j + 2;
            // ("Japan and South Korea, both U.S. allies,": every one of the list)
            let both = self.word(n) == Some("both");
            if !matches!(self.word(n), Some("a" | "an" | "both")) {
                continue;
            }
            n += 1;
            if self.word(n).is_some_and(|w| STANCE_ADJECTIVES.contains(&w)) {
                n += 1;
            }
            // ("X, a vocal critic of Y" is a pattern: `critic` in patterns.tsv)
            let (Some((ally, _, _)), Some((backed, _, kind)), Some(relation)) =
                (self.entity(j), self.entity(n), self.word(n + 1).and_then(stance_noun))
            else {
                continue;
            };
            if kind == AliasKind::Demonym {
                continue;
            }
            let allies = if both { self.coordination(j, ally) } else { vec![(j, ally)] };
            for (t, ally) in allies {
                if ally != backed {
                    found.push((ally, backed, t, n + 2, relation));
                }
            }
        }
        for (ally, backed, from, to, relation) in found {
            let pattern = match relation {
                Relation::Supports => "supports:ally_title",
                Relation::Criticises => "criticises:critic_title",
                Relation::AffiliatedWith => "affiliated_with:affiliate_title",
                _ => "opposes:opponent_title",
            };
            let trig = self.trigger_span(pattern, from, to);
            self.push(ally, backed, relation, trig, 0.7);
        }
    }

    /// The entities of the subject of the verb at `v` and whether the verb is negated, or
    /// None when it is hedged (the rules that start from an entity share this ending).
    fn unhedged_subjects(&self, v: usize) -> Option<(Vec<usize>, bool)> {
        let (negated, hedged) = self.cue_flags(v);
        if hedged {
            return None;
        }
        Some((self.subject(v, MAX_SUBJECT_DISTANCE, true).into_iter().map(|(_, e)| e).collect(), negated))
    }

    /// "China summoned Japan's ambassador", "summoned the Japanese envoy": a formal
    /// protest, so the subject criticises the envoy's country.
    fn summons(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        let summon = |w: &str| matches!(w, "summon" | "summons" | "summoned" | "summoning");
        for &k in self.ents {
            let Some((country, EntityType::Country, _)) = self.entity(k) else { continue };
            // "summoned Japan's …", "summoned the Japanese …", "summoned the top U.S. diplomat":
            // the determiner before the country, one title word may stand between
            let det = if k >= 2 && self.is_title_word(k - 1) && matches!(self.word(k - 2), Some("the" | "a")) {
                Some(k - 2)
            } else if matches!(k.checked_sub(1).and_then(|p| self.word(p)), Some("the" | "a")) {
                Some(k - 1)
            } else {
                None
            };
            let i = match det {
                Some(d) if d >= 1 && self.word(d - 1).is_some_and(summon) => d - 1,
                None if k >= 1 && self.word(k - 1).is_some_and(summon) => k - 1,
                _ => continue,
            };
            let mut n = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
            while n - k < 4 && self.is_title_word(n) && !self.word(n).is_some_and(|w| ENVOY_NOUNS.contains(&w)) {
                n += 1;
            }
            if !self.word(n).is_some_and(|w| ENVOY_NOUNS.contains(&w)) {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(i) else { continue };
            for s in subjects {
                found.push((s, country, i, n + 1, negated));
            }
        }
        for (s, country, from, to, negated) in found {
            let trig = self.trigger_span("criticises:summon_envoy", from, to);
            self.typed(s, country, Relation::Criticises, trig, 0.7, negated);
        }
    }

    /// "China called Japan's remarks irresponsible", "Trump called Zelensky a dictator": the
    /// subject criticises the one named between the verb and the judgement; "Russia called
    /// the U.S. claims baseless" (a charge called false) denies it.
    fn labels(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, Relation, bool)> = Vec::new();
        let labelling = |w: &str| {
            matches!(
                w,
                "called"
                    | "calls"
                    | "calling"
                    | "described"
                    | "describes"
                    | "branded"
                    | "brands"
                    | "branding"
                    | "labelled"
                    | "labeled"
                    | "regards"
                    | "regarded"
                    | "designated"
                    | "designates"
            )
        };
        for &k in self.ents {
            let Some((target, _, kind)) = self.entity(k) else { continue };
            let v = match k.checked_sub(1).and_then(|p| self.word(p)) {
                Some(w) if labelling(w) => k - 1,
                Some("the") if k >= 2 && self.word(k - 2).is_some_and(labelling) => k - 2,
                _ => continue,
            };
            // the name alone, or what it owns or says ("Japan's remarks", "the U.S. claims")
            let mut n = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
            let owned = n;
            while n - owned < 2
                && self.common_noun_at(n)
                && !self.word(n).is_some_and(|w| {
                    LABEL_WORDS.contains(&w)
                        || FALSITY_WORDS.contains(&w)
                        || INSULT_NOUNS.contains(&w)
                        || DETERMINERS.contains(&w)
                })
            {
                n += 1;
            }
            if kind == AliasKind::Demonym && n == owned {
                continue;
            }
            // (quotes around the judgement: called Macron a "clown"; "regards NATO as a threat")
            let n = if self.word(n) == Some("as") && self.word(v).is_some_and(|w| w.starts_with("regard")) {
                n + 1
            } else {
                n
            };
            let article = matches!(self.word(self.after_quotes(n)), Some("a" | "an"));
            let at = if article { self.after_quotes(self.after_quotes(n) + 1) } else { self.after_quotes(n) };
            let Some(label) = self.word(at) else { continue };
            let falsity = FALSITY_WORDS.contains(&label);
            let charge = (owned..n).any(|p| self.word(p).is_some_and(|w| CHARGE_NOUNS.contains(&w)));
            // ("called the British allegations absurd": a charge dismissed as absurd is denied)
            let dismissed = charge && matches!(label, "absurd" | "ridiculous" | "preposterous" | "laughable");
            let relation = if (falsity || dismissed) && charge {
                Relation::Denies
            } else if judges(label, article) {
                Relation::Criticises
            } else {
                continue;
            };
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for s in subjects.into_iter().filter(|&s| s != target) {
                found.push((s, target, v, at + 1, relation, negated));
            }
        }
        // "Takaichi told parliament …, remarks that Beijing called \"provocative\"", "Takaichi's
        // comments, which Beijing called irresponsible": the one labelling criticises who spoke
        for &k in self.ents {
            let Some((labeller, _, _)) = self.entity(k) else { continue };
            // (past the labeller's titles: "a request that opposition leader Yair Lapid called …")
            let mut p = k;
            while p > 0 && k - p < 4 && self.is_title_word(p - 1) {
                p -= 1;
            }
            let (Some(rel), Some(verb)) = (p.checked_sub(1).and_then(|p| self.word(p)), self.word(k + 1)) else {
                continue;
            };
            if !matches!(rel, "that" | "which") || !labelling(verb) {
                continue;
            }
            let mut n = self.after_quotes(k + 2);
            let article = matches!(self.word(n), Some("a" | "an"));
            if article {
                n += 1;
            }
            if !self.word(n).is_some_and(|w| judges(w, article)) {
                continue;
            }
            // the remarks: right before the relative word, or before its comma
            let mut r = p - 1;
            if r > 0 && self.toks[r - 1].is_punct(',') {
                r -= 1;
            }
            let remark = r > 0 && self.word(r - 1).is_some_and(|w| REMARK_NOUNS.contains(&w));
            // ("…, a request that Lapid called a disgrace": who made the request or move)
            let demand = r > 0 && self.headed_by(r, &[DEMAND_NOUNS, MOVE_NOUNS]) && self.toks[r - 3].is_punct(',');
            if !remark && !demand {
                continue;
            }
            let noun = r - 1;
            let speakers = if demand {
                self.maker_before(r - 3)
            } else if noun >= 2 && self.possessive_at(noun - 1) {
                self.entity(noun - 2).map(|(e, _, _)| vec![(noun - 2, e)]).unwrap_or_default()
            } else if noun >= 1 && self.toks[noun - 1].is_punct(',') {
                self.claiming_verb_before(noun - 1)
                    .map_or_else(Vec::new, |v| self.subject(v, MAX_SUBJECT_DISTANCE, true))
            } else if noun >= 1 && matches!(self.word(noun - 1), Some("made" | "makes" | "gave" | "delivered")) {
                // "Takaichi made remarks that …"
                self.subject(noun - 1, MAX_SUBJECT_DISTANCE, true)
            } else {
                Vec::new()
            };
            let Some((_, negated)) = self.unhedged_subjects(k + 1) else { continue };
            for (_, speaker) in speakers.into_iter().filter(|&(_, e)| e != labeller) {
                found.push((labeller, speaker, p - 1, n + 1, Relation::Criticises, negated));
            }
        }
        for (s, t, from, to, relation, negated) in found {
            let pattern = if relation == Relation::Denies { "denies:call_false" } else { "criticises:call_names" };
            let trig = self.trigger_span(pattern, from, to);
            self.typed(s, t, relation, trig, 0.7, negated);
        }
    }

    /// "Germany sent Patriot systems to Ukraine", "pledged $2 billion to Kyiv", "North Korea
    /// has supplied missiles to Russia": giving arms or money to a named recipient supports it
    /// (aid, loans and support as nouns are the `support_noun` pattern's; troops sent are no gift).
    fn transfers(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            // (not a demonym: "sells it to Japanese consumers")
            let Some((recipient, _, kind)) = self.entity(k) else { continue };
            if kind == AliasKind::Demonym {
                continue;
            }
            let to = if self.word(k.wrapping_sub(1)) == Some("to") {
                k - 1
            } else if k >= 2 && self.word(k - 1) == Some("the") && self.word(k - 2) == Some("to") {
                k - 2
            } else {
                continue;
            };
            let Some(v) =
                (to.saturating_sub(8)..to).rev().find(|&p| self.word(p).is_some_and(|w| GIVING_VERBS.contains(&w)))
            else {
                continue;
            };
            let between = v + 1..to;
            let clause = between.clone().all(|p| !matches!(self.toks[p].kind, TokenKind::Punct(';' | ':')));
            // arms, whatever the verb; money only given, not paid for what is sold or shipped
            let arms = between.clone().any(|p| self.word(p).is_some_and(|w| ARMS_NOUNS.contains(&w)));
            let money = between.clone().any(|p| {
                self.word(p).is_some_and(|w| MONEY_NOUNS.contains(&w))
                    || matches!(self.toks[p].kind, TokenKind::Punct('$' | '\u{a3}' | '\u{20ac}'))
            });
            let selling = self.word(v).is_some_and(selling_verb);
            let gift = arms || (money && !selling);
            let noun_rule = between.clone().any(|p| {
                self.word(p).is_some_and(|w| {
                    matches!(
                        w,
                        "aid"
                            | "support"
                            | "assistance"
                            | "funding"
                            | "financing"
                            | "loan"
                            | "loans"
                            | "backing"
                            | "troops"
                            | "soldiers"
                    )
                })
            });
            if !clause
                || !gift
                || noun_rule
                || between.clone().any(|p| self.entity(p).is_some_and(|e| e.1 == EntityType::Actor))
            {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for s in subjects.into_iter().filter(|&s| s != recipient) {
                found.push((s, recipient, v, k + 1, negated));
            }
        }
        // "gave Ukraine $1 billion", "sent Russia drones", "supplied Kyiv with missiles": the
        // recipient right after the verb, then the money or arms
        for &k in self.ents {
            let v = if k >= 2 && self.word(k - 1) == Some("the") { k - 2 } else { k.wrapping_sub(1) };
            let Some(verb) = self.word(v).filter(|w| GIVING_VERBS.contains(w)) else { continue };
            if matches!(self.entity(k), Some((_, _, AliasKind::Demonym))) {
                continue;
            }
            let h = self.head_of(k);
            let from = h + 1 + usize::from(self.word(h + 1) == Some("with"));
            let arms = (from..from + 4).any(|p| self.word(p).is_some_and(|w| ARMS_NOUNS.contains(&w)));
            if !(arms || (!selling_verb(verb) && self.amount_end(from).is_some())) {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for (r, recipient) in self.objects(k) {
                for &s in subjects.iter().filter(|&&s| s != recipient) {
                    found.push((s, recipient, v, r + 1, negated));
                }
            }
        }
        let given = found.into_iter().map(|f| ("supports:give", f));
        let thanked = self.thanks_for_help().into_iter().map(|f| ("supports:thanked_for", f));
        let invested = self.investments().into_iter().map(|f| ("supports:invest", f));
        for (pattern, (s, t, from, to, negated)) in given.chain(thanked).chain(invested) {
            let trig = self.trigger_span(pattern, from, to);
            self.typed(s, t, Relation::Supports, trig, 0.7, negated);
        }
    }

    /// "Nvidia invested $5 billion in Intel", "Microsoft, which has invested more than $13 billion
    /// in OpenAI": money put into an organisation (not into a country or a place) backs it:
    /// (giver, recipient, from, to, negated) of each.
    fn investments(&self) -> Vec<(usize, usize, usize, usize, bool)> {
        let mut invested: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            if !matches!(self.entity(k), Some((_, EntityType::Institution, AliasKind::Name))) {
                continue;
            }
            let at = if k >= 2 && self.word(k - 1) == Some("the") { k - 2 } else { k.wrapping_sub(1) };
            if self.word(at) != Some("in") {
                continue;
            }
            let Some(v) = (at.saturating_sub(7)..at)
                .rev()
                .find(|&p| self.word(p).is_some_and(|w| matches!(w, "invest" | "invests" | "invested" | "investing")))
            else {
                continue;
            };
            // only the amount between the verb and "in" ("invested heavily in", "more than $13 billion")
            let amount = (v + 1..at).all(|p| {
                self.word(p).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || MONEY_NOUNS.contains(&w)
                        || matches!(
                            w,
                            "more" | "than" | "about" | "nearly" | "some" | "up" | "to" | "heavily" | "trillion"
                        )
                }) || self.toks[p].kind == TokenKind::Punct('$')
                    || self.toks[p].is_punct('.')
            });
            if !amount {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for (r, recipient) in self.objects(k) {
                for &s in subjects.iter().filter(|&&s| s != recipient) {
                    invested.push((s, recipient, v, r + 1, negated));
                }
            }
        }
        invested
    }

    /// "thanked the United States for the $11 billion package", "thanked Malaysia for its
    /// mediation": the one thanked for help gave it (support nouns after "its/their" are the
    /// `support_noun` pattern's): (giver, recipient, from, to, negated) of each.
    fn thanks_for_help(&self) -> Vec<(usize, usize, usize, usize, bool)> {
        let mut thanked: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            let v = if k >= 2 && self.word(k - 1) == Some("the") { k - 2 } else { k.wrapping_sub(1) };
            if !self.word(v).is_some_and(|w| matches!(w, "thank" | "thanks" | "thanked" | "thanking")) {
                continue;
            }
            let givers = self.objects(k);
            let Some(for_at) = givers.iter().map(|g| g.0 + 1).max().filter(|&f| self.word(f) == Some("for")) else {
                continue;
            };
            let support_noun_rule = self.word(for_at + 1).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w))
                && self.flag(for_at + 2, TRIGGER);
            let help = (for_at + 1..for_at + 6).any(|p| {
                self.word(p).is_some_and(|w| HELP_NOUNS.contains(&w) || ARMS_NOUNS.contains(&w))
                    || self.toks.get(p).is_some_and(|t| t.kind == TokenKind::Punct('$'))
            });
            if support_noun_rule || !help {
                continue;
            }
            let Some((receivers, negated)) = self.unhedged_subjects(v) else { continue };
            for &(g, giver) in &givers {
                for &r in receivers.iter().filter(|&&r| r != giver) {
                    thanked.push((giver, r, v, g + 1, negated));
                }
            }
        }
        thanked
    }

    /// "Slovakia, led by Robert Fico", "the council, chaired by Prime Minister X":
    /// the person heads the organisation or country before the comma.
    fn led_by(&mut self) {
        for &i in self.ents.iter().take_while(|&&i| i + 4 < self.toks.len()) {
            let Some((org, _)) = self.organisation(i) else {
                continue;
            };
            if !self.toks[i + 1].is_punct(',')
                || !matches!(self.word(i + 2), Some("led" | "headed" | "chaired" | "run"))
                || self.word(i + 3) != Some("by")
            {
                continue;
            }
            let mut n = i + 4;
            while self.is_title_word(n) && n - i < 10 {
                n += 1;
            }
            if let Some((person, EntityType::Actor, _)) = self.entity(n) {
                let trig = self.trigger_span("affiliated_with:led_by", i + 2, i + 4);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
            }
        }
    }

    /// "The head of the IAEA, Rafael Grossi", "Rafael Grossi, who heads the IAEA":
    /// the person is affiliated with the organisation or country.
    fn heads(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else {
                continue;
            };
            // ROLE of [the] ORG , PERSON
            if j >= 4 && self.toks[j - 1].is_punct(',') {
                let org_idx = j - 2;
                let mut k = org_idx;
                if k >= 1 && self.word(k - 1) == Some("the") {
                    k -= 1;
                }
                if let Some((org, kind)) = self.organisation(org_idx) {
                    if k >= 2
                        && self.word(k - 1) == Some("of")
                        && self.is_role_word(k - 2)
                        && !self.city_office(kind, k - 2, k - 1)
                    {
                        let trig = self.trigger_span("affiliated_with:head_of", k - 2, j);
                        self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
                    }
                }
            }
            // PERSON , who heads [the] ORG
            if self.toks.get(j + 1).is_some_and(|t| t.is_punct(','))
                && self.word(j + 2) == Some("who")
                && matches!(
                    self.word(j + 3),
                    Some("heads" | "headed" | "leads" | "led" | "chairs" | "chaired" | "runs" | "ran" | "directs")
                )
            {
                let trig = self.trigger_span("affiliated_with:heads", j + 2, j + 4);
                // not a name modifying a noun ("who chairs the Commons trade committee")
                let headed = |m: usize| {
                    let m = if self.word(m) == Some("the") { m + 1 } else { m };
                    // nor the owner of what is headed ("who heads Russia's sovereign wealth fund")
                    let noun_after = self.possessive_at(m + 1)
                        || self.word(m + 1).is_some_and(|w| !self.is_prep(m + 1) && !CLAUSE_WORDS.contains(&w));
                    self.organisation(m).filter(|_| !noun_after).map(|(org, _)| (org, m))
                };
                let first = headed(j + 4);
                // "who leads Tesla and SpaceX"
                let second = first.filter(|&(_, m)| self.word(m + 1) == Some("and")).and_then(|(_, m)| headed(m + 2));
                for (org, _) in first.into_iter().chain(second) {
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
                }
            }
        }
    }

    /// "pro-Kremlin Council" (Council supports Kremlin), "anti-NATO party",
    /// "Kremlin-backed group" (the Kremlin supports it), "Iran-aligned militia" (it
    /// supports Iran), "al Qaeda-linked group" (it is affiliated with al Qaeda).
    fn modifiers(&mut self) {
        for &i in self.ents {
            let Some((x, _, _)) = self.entity(i) else {
                continue;
            };
            if self.is_modifier(i) {
                if let Some((y, _, _)) = self.entity(i + 1) {
                    let rel = if self.word(i - 2) == Some("pro") { Relation::Supports } else { Relation::Opposes };
                    let trig = self.trigger_span("modifier:pro_anti", i - 2, i + 1);
                    self.push(y, x, rel, trig, 0.6);
                }
            }
            if !self.toks.get(i + 1).is_some_and(|t| t.is_punct('-')) {
                continue;
            }
            // (pattern id, relation, does the modified entity act?)
            let (id, relation, modified_acts) = match self.word(i + 2) {
                Some("backed" | "supported" | "funded" | "sponsored" | "armed") => {
                    ("supports:backed_modifier", Relation::Supports, false)
                }
                Some("aligned" | "allied" | "friendly") => ("supports:aligned_modifier", Relation::Supports, true),
                Some("linked" | "affiliated") => ("affiliated_with:linked_modifier", Relation::AffiliatedWith, true),
                _ => continue,
            };
            // "Iran-backed Hezbollah", or with a group noun: "the Iran-backed group Hezbollah",
            // or in an apposition: "Hezbollah, the Iranian-backed militant group,"
            let group = self.word(i + 3).is_some_and(|w| GROUP_NOUNS.contains(&w));
            let trig = self.trigger_span(id, i, i + 3);
            // ("the US-backed government in Kyiv": the state whose government it is)
            let state_body =
                matches!(self.word(i + 3), Some("government" | "regime" | "administration" | "authorities"))
                    && matches!(self.word(i + 4), Some("in" | "of"));
            let modified = match (self.entity(i + 3 + usize::from(group)), self.entity(i + 5)) {
                (Some((y, _, _)), _) => Some(y),
                (None, Some((y, EntityType::Country, _))) if state_body => Some(y),
                (None, _) => self.described_by_apposition(i),
            };
            if let Some(y) = modified {
                let (s, t) = if modified_acts { (y, x) } else { (x, y) };
                self.push(s, t, relation, trig, 0.6);
            }
        }
    }

    /// The entity an apposition opening with "X-backed" at token `i` describes
    /// ("Hezbollah, the Iranian-backed militant group,"): an entity, a comma and a
    /// determiner before it, and a group noun within two words after "backed".
    fn described_by_apposition(&self, i: usize) -> Option<usize> {
        let group_after = (i + 3..i + 5).any(|k| self.word(k).is_some_and(|w| GROUP_NOUNS.contains(&w)));
        let det = i.checked_sub(1).and_then(|d| self.word(d)).is_some_and(|w| matches!(w, "the" | "a" | "an"));
        if !group_after || !det || i < 3 || !self.toks[i - 2].is_punct(',') {
            return None;
        }
        self.entity(i - 3).map(|(y, _, _)| y)
    }

    /// Is the trigger at `i..end` used as a noun? "support from/for/of", or
    /// after a possessive or determiner ("Bern's reckless support", "other support").
    fn looks_nominal(&self, i: usize, end: usize) -> bool {
        let n = self.after_quotes(end);
        if matches!(self.word(n), Some("from" | "for" | "of" | "on" | "against")) {
            return true;
        }
        // "direct talks with": a plural after a word that is no subject is a noun
        if self.word(i) == Some("talks")
            && i > 0
            && self.word(i - 1).is_some_and(|w| {
                !self.capitalised_word(i - 1)
                    && !w.ends_with("ly")
                    && !matches!(w, "he" | "she" | "it" | "who" | "that" | "which" | "also" | "often" | "still" | "now")
            })
        {
            return true;
        }
        let mut p = i;
        while p > 0 && self.toks[p - 1].is_quote() {
            p -= 1;
        }
        p > 0
            && (self.possessive_at(p - 1)
                || matches!(
                    self.word(p - 1),
                    Some("the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "other" | "more" | "new")
                )
                // after a hyphenated pair ("the Trump-Xi meeting")
                || (p >= 3
                    && self.toks[p - 2].is_punct('-')
                    && self.entity(p - 1).is_some()
                    && self.entity(p - 3).is_some())
                // after a preposition ("a package of sanctions") other than "to", unless a
                // gerund ("after meeting X")
                || (self.is_prep(p - 1)
                    && self.word(p - 1) != Some("to")
                    && !self.word(i).is_some_and(|w| w.ends_with("ing")))
                // right after a verb in the past tense: its object ("approved sanctions against X")
                || self.word(p - 1).is_some_and(|w| past_tense(w) && !self.is_title_word(p - 1)))
    }

    /// Is the capitalised word at `k` inside a sentence a name or a month ("NEW DELHI, May 9 -",
    /// "Will Hurd"), not a cue? (After a quote, or in a title-case headline, a capital marks nothing.)
    fn cue_word_is_name(&self, k: usize) -> bool {
        k > 0 && self.capitalised_word(k) && !self.toks[k - 1].is_quote() && !self.title_case()
    }

    /// The word at `p` if it stands before `end`.
    fn word_before(&self, p: usize, end: usize) -> Option<&'a str> {
        if p < end {
            self.word(p)
        } else {
            None
        }
    }

    /// Negated or hedged by cues before the trigger at `i`?
    fn cue_flags(&self, i: usize) -> (bool, bool) {
        let from = i.saturating_sub(CUE_WINDOW);
        let mut negated = false;
        let mut hedged = self.question;
        let mut lo = from;
        // the window stops at clause punctuation
        for k in (from..i).rev() {
            if matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | '(' | ')')) {
                lo = k + 1;
                break;
            }
        }
        // "No country has backed Russia", "Not a single EU state has criticised China": a
        // negated subject at the start of the clause
        let start =
            (0..i).rev().find(|&k| matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | ','))).map_or(0, |k| k + 1);
        let opening = |k: usize| self.word(start + k);
        // ("Neither France nor Germany has recognised Palestine")
        if i - start <= 10
            && (matches!(opening(0), Some("no" | "none" | "neither"))
                || (opening(0) == Some("not") && matches!(opening(1), Some("a" | "one" | "single"))))
        {
            negated = true;
        }
        // "would not take sides and criticised X": a finite verb after "and"/"but" is outside
        // the reach of an earlier modal or negation
        if i > lo && matches!(self.word(i - 1), Some("and" | "but")) && self.word(i).is_some_and(|w| w.ends_with("ed"))
        {
            lo = i;
        }
        for k in lo..i {
            // a capitalised cue inside the sentence is a name or a month ("NEW DELHI, May 9 -",
            // "Will Hurd"), not a modal or negation
            if self.cue_word_is_name(k) {
                continue;
            }
            let at = |n: usize| self.word_before(k + n, i);
            if let Some((n, _)) = self.rules.cues.negation.match_at(at) {
                // the cue must govern the trigger: only auxiliaries/adverbs between them
                let gap = (k + n..i).all(|g| self.word(g).is_some_and(|w| NEGATION_GAP.contains(&w)));
                if gap && i - (k + n) <= 2 {
                    negated = true;
                }
            }
            if self.rules.cues.hedge.match_at(at).is_some() {
                hedged = true;
            }
        }
        // "X was due to hold talks …, before travelling to Washington": a participle after a
        // subordinator is as hedged as the main clause it hangs on
        if !hedged && i >= 2 && self.word(i).is_some_and(|w| w.ends_with("ing")) {
            let sub = i - 1;
            if self.word(sub).is_some_and(|w| SUBORDINATORS.contains(&w)) {
                let clause_start = (sub.saturating_sub(MAX_SUBJECT_DISTANCE)..sub)
                    .rev()
                    .find(|&k| matches!(self.toks[k].kind, TokenKind::Punct(';' | ':')))
                    .map_or(sub.saturating_sub(MAX_SUBJECT_DISTANCE), |k| k + 1);
                hedged = (clause_start..sub).any(|k| {
                    !self.cue_word_is_name(k)
                        && self.rules.cues.hedge.match_at(|n| self.word_before(k + n, sub)).is_some()
                });
            }
        }
        // "charges of bombing X": a claim, not the act; denied ("denied previous charges of
        // bombing X"), the act negated
        if i >= 2 && self.word(i - 1) == Some("of") && self.word(i - 2).is_some_and(|w| CHARGE_NOUNS.contains(&w)) {
            if self.word_just_before(i - 2, 3, &["deny", "denies", "denied", "denying", "rejected", "dismissed"]) {
                negated = true;
            } else {
                hedged = true;
            }
        }
        // "prevent/bar/stop X from joining"
        if i > 0 && self.word(i - 1) == Some("from") {
            let blockers = ["prevent", "bar", "block", "stop", "ban", "exclude", "keep", "deter"];
            if (lo..i).any(|k| self.word(k).is_some_and(|w| blockers.iter().any(|b| w.starts_with(b)))) {
                negated = true;
            }
        }
        // "did not join the statement condemning X": a participle after a noun phrase shares
        // the negation of the verb before that phrase
        if !negated && i >= 3 && self.word(i).is_some_and(|w| w.len() > 4 && w.ends_with("ing")) {
            let det = (i.saturating_sub(4)..i - 1).rev().find(|&d| matches!(self.word(d), Some("the" | "a" | "an")));
            if let Some(d) = det.filter(|&d| d > lo && (d + 1..i).all(|n| self.common_noun_at(n))) {
                let verb = d - 1;
                if self.word(verb).is_some_and(|w| !self.is_prep(verb) && !DETERMINERS.contains(&w)) {
                    negated = self.cue_flags(verb).0;
                }
            }
        }
        // a conditional earlier in the same stretch (not across quotes, dashes or ';')
        let mut k = i;
        while k > 0 && i - k < 25 {
            k -= 1;
            let t = &self.toks[k];
            if t.is_quote() || matches!(t.kind, TokenKind::Punct(';' | '-' | '\u{2014}' | '\u{2013}' | '(' | ')')) {
                break;
            }
            if matches!(t.word(), Some("if" | "whether" | "unless")) {
                hedged = true;
                break;
            }
        }
        (negated, hedged)
    }

    /// The subject of the clause ending at token `i`: the nearest entity to the
    /// left that is not inside a prepositional phrase, with its coordinated
    /// entities; "he"/"she" right before the trigger is the nearest person. With
    /// `reported` the search stops at a "said" that opens the trigger's clause.
    fn subject(&self, i: usize, max_distance: usize, reported: bool) -> Vec<(usize, usize)> {
        // (a participle opening a clause takes the main clause's subject, past its predicate:
        // "Mali's government on Thursday ordered the French ambassador to leave the country
        // within 72 hours, accusing Paris of …")
        let reach = if self.clause_participle(i) { 2 * max_distance } else { max_distance };
        let mut lo = i.saturating_sub(reach);
        // the first token of the name at `k` with its titles
        let name_start = |k: usize| {
            // past the titles of a person ("spoke with Sheikh Tamim", "with Secretary of State X")
            let mut k = k;
            let person = matches!(self.entity(k), Some((_, EntityType::Actor, _)));
            let name = k;
            while person && k > 0 && k < i {
                if self.is_title_word(k - 1) && (!self.is_prep(k - 1) || self.title_before(k - 1)) {
                    k -= 1;
                // and the organisation or country the titles belong to ("wrote to U.N.
                // Secretary-General Antonio Guterres", "with Iran's Foreign Minister X")
                // (not the end of a longer name: "Bank of Zambia general manager X")
                } else if k < name
                    && matches!(self.entity(k - 1), Some((_, EntityType::Country | EntityType::Institution, _)))
                    && !(k > 2 && self.word(k - 2) == Some("of") && self.capitalised_word(k - 3))
                {
                    k -= 1;
                    break;
                } else if k < name && k > 1 && self.possessive_at(k - 1) && self.entity(k - 2).is_some() {
                    k -= 2;
                    break;
                } else {
                    break;
                }
            }
            k
        };
        let after_prep = |k: usize| {
            let k = name_start(k);
            k > 0
                && (self.is_prep(k - 1)
                    || (k > 1 && matches!(self.word(k - 1), Some("the" | "a" | "an")) && self.is_prep(k - 2)))
        };
        // "European leaders, including Merz and Starmer, backed …", "countries including
        // Britain have criticised …": the examples of a subject act with it
        let example_of_subject = |first: usize, last: usize| {
            let k = name_start(first);
            k > 1
                && matches!(self.word(k - 1), Some("including"))
                && (last + 1..i).all(|p| {
                    self.toks[p].is_punct(',')
                        || self.word(p).is_some_and(|w| matches!(w, "have" | "has" | "had" | "also" | "all" | "both"))
                })
        };
        // "and its European allies", "and other Western powers": the rest of a subject
        // between an entity and the trigger
        let allies_after = |last: usize| {
            self.word(last + 1) == Some("and")
                && i - last <= 5
                && (last + 2..i).all(|p| {
                    self.word(p).is_some_and(|w| {
                        POSSESSIVE_PRONOUNS.contains(&w)
                            || matches!(w, "other" | "the")
                            || (w.ends_with('s') && !w.ends_with("ss") && w.len() > 3)
                            || self.capitalised_word(p)
                    })
                })
        };
        // "after a Chinese coast guard vessel fired …", "after Russian drones struck …": a
        // demonym's noun (at most three plain words) between it and the trigger
        let nouns_after = |last: usize| {
            matches!(self.entity(last), Some((_, _, AliasKind::Demonym)))
                && i - last <= 4
                && (last + 1..i).all(|p| {
                    self.entity(p).is_none()
                        && !self.is_prep(p)
                        && self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w) && !past_tense(w))
                })
        };
        // entities `first..=last` sit in a prepositional phrase, unless it is the absolute
        // "with X and Y joining …", whose -ing verb they are the subject of, or a clause
        // "after X (and its allies) criticised …" whose verb is the trigger
        let in_phrase = |first: usize, last: usize| {
            // (the word before the name's titles: "after Treasury Secretary Scott Bessent accused …")
            let start = name_start(first);
            let before = start.checked_sub(1).and_then(|p| self.word(p));
            let subordinator = |w: Option<&str>| w.is_some_and(|w| SUBORDINATORS.contains(&w));
            // ("the blame lay with X who had criticised Y": the relative clause's subject)
            let relative_subject =
                self.word(last + 1) == Some("who") && matches!(self.entity(last), Some((_, EntityType::Actor, _)));
            let absolute = before == Some("with")
                && self.word(last + 1).is_some_and(|w| w.ends_with("ing"))
                && !self.is_prep(last + 1);
            let clause = subordinator(before) && (last + 1 == i || allies_after(last) || nouns_after(last));
            let determined_clause = matches!(before, Some("a" | "an" | "the"))
                && start >= 2
                && subordinator(self.word(start - 2))
                && nouns_after(last);
            after_prep(first)
                && !(example_of_subject(first, last) || relative_subject || absolute || clause || determined_clause)
        };
        // a verb coordinated with an earlier one ("… and met", "… and later accused", "… and
        // was criticised by Y", "… but accused"), or a participle after a comma that shares its subject ("X
        // criticised Y, accusing Z of …")
        let coordinated_verb = (1..=3).any(|back| {
            i >= back
                && matches!(self.word(i - back), Some("and" | "but"))
                && (i - back + 1..i).all(|p| {
                    self.word(p).is_some_and(|w| {
                        matches!(w, "then" | "later" | "also" | "has" | "have" | "had" | "been")
                            || PASSIVE_AUXILIARIES.contains(&w)
                    })
                })
        }) || self.clause_participle(i);
        let mut k = i;
        while k > lo {
            k -= 1;
            let t = &self.toks[k];
            if matches!(t.kind, TokenKind::Punct(';' | ':')) {
                break;
            }
            // "Iran, which supports Hamas, condemned …": the subject stands before the
            // relative clause, not inside it
            // (its words do not count against the distance)
            if t.is_punct(',') {
                // "X approved a $1.1 billion loan to Y, a move criticised by Z": the words of
                // the apposition do not count against the distance either
                if matches!(self.word(k + 1), Some("a" | "the"))
                    && self.word(k + 2).is_some_and(|w| MOVE_NOUNS.contains(&w))
                {
                    lo = lo.min(k.saturating_sub(max_distance));
                }
                if let Some(open) = self.relative_clause_opening(k, lo.saturating_sub(max_distance)) {
                    lo = lo.saturating_sub(k - open);
                    k = open;
                    continue;
                }
            }
            // "He said the EC strongly backed China's application": the verb of a clause after
            // "said" has its own subject; without one named there, no edge. A pronoun in the
            // clause is the speaker ("X said on Monday it backed Y", "said his talks with Y"),
            // and so is the subject of a verb coordinated with "said" ("said … and praised Y")
            // or of a phrase opened by a subordinator ("said after meeting Y")
            if reported && !coordinated_verb && k + 1 < i && matches!(t.word(), Some("said" | "says")) {
                let opener = if self.word(k + 1) == Some("that") { k + 2 } else { k + 1 };
                let speaker = (k + 1..i).any(|p| {
                    matches!(self.word(p), Some("it" | "he" | "she" | "they" | "his" | "her" | "its" | "their"))
                }) || self.word(opener).is_some_and(|w| SUBORDINATORS.contains(&w));
                if !speaker {
                    break;
                }
            }
            // a finite clause opened by "after", "while" … has its own subject ("after Yukos
            // accused Gazprom"); a non-finite one takes the main clause's ("X, after meeting Y")
            if t.word().is_some_and(|w| SUBORDINATORS.contains(&w)) {
                let non_finite = k + 1 == i
                    || self.word(k + 1).is_some_and(|w| w.ends_with("ing"))
                    || (k + 2 == i && self.word(k + 1).is_some_and(|w| DETERMINERS.contains(&w)));
                if !non_finite {
                    break;
                }
                // (the distance to the main clause's subject counts from the subordinator)
                lo = lo.min(k.saturating_sub(max_distance));
            }
            // the trigger is in a relative clause: its subject is what the clause is about
            // ("the army, which is backed by Egypt": not an entity, so no edge)
            if matches!(t.word(), Some("which" | "who")) && k >= 2 && self.toks[k - 1].is_punct(',') {
                return self.antecedent(k - 1);
            }
            if matches!(t.word(), Some("he" | "she")) && i - k <= 4 {
                // not an owner ("he admired Mr Blair's leadership …, he criticised …")
                let owner = |p: usize| self.possessive_at(p + 1);
                let people =
                    || (0..k).rev().filter(|&p| matches!(self.entity(p), Some((_, EntityType::Actor, _))) && !owner(p));
                // a subject before an object ("Trump criticised Zelenskiy, but he praised …")
                let person = people().find(|&p| !self.object_of_verb(p)).or_else(|| people().next());
                return person.map(|p| vec![(p, self.entity(p).map_or(0, |e| e.0))]).unwrap_or_default();
            }
            let Some((e, _, kind)) = t.entity() else {
                continue;
            };
            // ("a Chinese coast guard vessel fired water cannon at …" is the state's)
            let indefinite = kind == AliasKind::Demonym
                && k > 0
                && matches!(self.word(k - 1), Some("a" | "an"))
                && !(k + 1..k + 4).any(|n| self.word(n).is_some_and(|w| FORCE_NOUNS_SINGULAR.contains(&w)));
            if in_phrase(k, k) || indefinite || self.is_modifier(k) || self.is_compound(k) {
                continue;
            }
            // not the subject: the title or description of a person or company the gazetteer
            // does not know ("England defender Cole met …", "German carmaker Porsche rejected
            // …"), people of a nationality ("Japanese exporters criticised …"), the owner of a
            // relative ("Mr Conlon's father was arrested when travelling to London")
            let relative = self.possessive_at(k + 1) && self.word(k + 2).is_some_and(|w| KIN_NOUNS.contains(&w));
            // "Trump envoy meets Putin", "a Putin aide said": the role's holder acts, not the person
            let persons_aide =
                matches!(t.entity(), Some((_, EntityType::Actor, _))) && k + 1 < i && self.is_role_word(k + 1);
            if self.titles_an_unknown_name(k)
                || persons_aide
                || self.describes_unknown_company(k)
                || self.demonym_in_name(k)
                || self.nationality_of_people_or_things(k)
                || relative
            {
                break;
            }
            // a title prefix of a person further right was skipped already
            let subj = self.coordination(k, e);
            let c = subj.last().map_or(k, |&(first, _)| first);
            // "the top cleric in England and Wales backed …": the whole coordination is in a phrase
            // "X visited Niamey and met Y", "X criticised Y, accusing Z": the object of the
            // verb before is not the subject
            if in_phrase(c, k) || (coordinated_verb && self.object_of_verb(c)) {
                k = c;
                continue;
            }
            let mut subj = subj;
            subj.extend(self.companions(c, k, i));
            return subj;
        }
        Vec::new()
    }

    /// Who acts with the subject `c..=k` of the trigger at `i`: "Germany, along with France,
    /// condemned", "Germany, like France, condemned", "France was joined by Germany in
    /// condemning", "Germany joined France in condemning" (the subject of "joined").
    fn companions(&self, c: usize, k: usize, i: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let the = |n: usize| if self.word(n) == Some("the") { n + 1 } else { n };
        if self.toks.get(k + 1).is_some_and(|t| t.is_punct(',')) {
            let n = match (self.word(k + 2), self.word(k + 3), self.word(k + 4)) {
                (Some("along" | "together"), Some("with"), _) => Some(k + 4),
                (Some("like"), _, _) => Some(k + 3),
                (Some("as"), Some("well"), Some("as")) => Some(k + 5),
                _ => None,
            };
            if let Some(n) = n.map(the).filter(|&n| n < i) {
                let with = self.objects(n);
                let closed = with
                    .iter()
                    .map(|&(t, _)| t)
                    .max()
                    .is_some_and(|t| self.toks.get(t + 1).is_some_and(|x| x.is_punct(',')));
                if closed {
                    out.extend(with);
                }
            }
        }
        let joined = matches!(self.word(k + 1), Some("was" | "were"))
            && self.word(k + 2) == Some("joined")
            && self.word(k + 3) == Some("by");
        if joined && (k + 4..i).any(|p| self.word(p) == Some("in")) {
            out.extend(self.objects(the(k + 4)).into_iter().filter(|&(t, _)| t < i));
        }
        if c >= 1
            && matches!(self.word(c - 1), Some("joined" | "joins" | "join"))
            && (k + 1..i).any(|p| self.word(p) == Some("in"))
        {
            out.extend(self.subject(c - 1, MAX_SUBJECT_DISTANCE, true));
        }
        out
    }

    /// Do lower-case words ending in a company noun and a capitalised word that names nothing
    /// known follow the entity at `k` ("German carmaker Porsche", "South Africa's biggest
    /// retail bank Absa")? Then the entity describes that company.
    fn describes_unknown_company(&self, k: usize) -> bool {
        let start = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
        let mut n = start;
        while n - start < 4 && self.descriptor_word(n) {
            n += 1;
        }
        n > start
            && self.word(n - 1).is_some_and(|w| COMPANY_NOUNS.contains(&w))
            && self.capitalised_word(n)
            && self.entity(n).is_none()
            && !self.is_title_word(n)
    }

    /// Do a role (with its titles) and a capitalised word that names nobody known follow the
    /// entity at `k` ("England defender Cole", "Labour MP Smith")? Then the entity describes
    /// that person, who is the one acting.
    fn titles_an_unknown_name(&self, k: usize) -> bool {
        let mut n = k + 1;
        let mut role = false;
        while n - k <= 3 && self.is_title_word(n) && !self.is_prep(n) {
            role |= self.is_role_word(n);
            n += 1;
        }
        role && self.capitalised_word(n) && !self.is_title_word(n) && self.toks[n - 1].end + 1 == self.toks[n].start
    }

    /// Is the entity phrase starting at token `c` the object of a past-tense verb right
    /// before it ("visited Niamey", "criticised Berlin", "met Tiani"), or of a participle
    /// opening a clause (", killing a senior Hezbollah commander")?
    fn object_of_verb(&self, c: usize) -> bool {
        let Some(mut v) = c.checked_sub(1) else { return false };
        // "met Sheikh Tamim", "met Secretary of State X"
        while v > 0 && c - v < 5 && self.is_title_word(v) && (!self.is_prep(v) || self.title_before(v)) {
            v -= 1;
        }
        // "praised the U.S. plan and criticised …"
        if matches!(self.word(v), Some("the" | "a" | "an")) {
            let Some(before) = v.checked_sub(1) else { return false };
            v = before;
        }
        // "fined Alphabet's Google": the owner's institution is the object too
        if v >= 2 && self.possessive_at(v) && self.entity(v - 1).is_some() && v == c - 1 {
            return self.object_of_verb(v - 1);
        }
        // "did not criticise Trump", "refused to endorse X": a trigger verb's base form
        let base_form =
            v > 0 && self.flag(v, TRIGGER) && matches!(self.word(v - 1), Some("not" | "n't" | "never" | "to"));
        self.word(v).is_some_and(|w| {
            (w.ends_with("ed") || PAST_FORMS.contains(&w) || self.clause_participle(v) || base_form)
                && !self.is_prep(v)
                && !self.is_title_word(v)
                && !DETERMINERS.contains(&w)
                && !CLAUSE_WORDS.contains(&w)
        })
    }

    /// "X sued OpenAI and Microsoft, accusing them of …", "China sanctioned Lockheed Martin,
    /// accusing it of …": a pronoun after a participle opening a clause (at `i`, the pronoun at
    /// `end`) is the object of the main clause's verb, if it agrees ("it" no person, "him" and
    /// "her" one).
    fn object_before_participle(&self, i: usize, end: usize) -> Vec<(usize, usize)> {
        let Some(pronoun) = self.word(end).filter(|w| matches!(*w, "them" | "it" | "him" | "her")) else {
            return Vec::new();
        };
        // ("accusing her government of …": a possessive)
        if !self.clause_participle(i) || self.word(end + 1).is_some_and(|w| !matches!(w, "of" | "for" | "as")) {
            return Vec::new();
        }
        let comma = i - 1;
        for k in (comma.saturating_sub(12)..comma).rev() {
            if matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | ',')) {
                break;
            }
            let Some((e, etype, _)) = self.entity(k) else { continue };
            let objs = self.coordination(k, e);
            let first = objs.last().map_or(k, |&(c, _)| c);
            if !self.object_of_verb(first) {
                continue;
            }
            let agrees = match pronoun {
                "them" => true,
                "it" => objs.len() == 1 && etype != EntityType::Actor,
                _ => objs.len() == 1 && etype == EntityType::Actor,
            };
            return if agrees { objs } else { Vec::new() };
        }
        Vec::new()
    }

    /// What the relative clause opened by the comma at `comma` is about: the entity
    /// ending the noun phrase before it ("Chad, which …"; "An IMF delegation, which
    /// …"; "the French government (15%), who …"), with the entities coordinated
    /// with it; nothing if that phrase names none ("the army, which …").
    fn antecedent(&self, comma: usize) -> Vec<(usize, usize)> {
        let mut p = comma;
        // a bracket between the phrase and the comma
        if p > 0 && self.toks[p - 1].is_punct(')') {
            match (0..p - 1).rev().find(|&q| self.toks[q].is_punct('(')) {
                Some(open) => p = open,
                None => return Vec::new(),
            }
        }
        for _ in 0..3 {
            let Some(q) = p.checked_sub(1) else { break };
            if let Some((e, _, _)) = self.entity(q) {
                return self.coordination(q, e);
            }
            match self.word(q) {
                Some(w) if !DETERMINERS.contains(&w) && !self.is_prep(q) && !CLAUSE_WORDS.contains(&w) => p = q,
                _ => break,
            }
        }
        Vec::new()
    }

    /// For the subject at `s` of the verb at `verb` in a relative clause whose pronoun is
    /// the object ("X, whom Y accuses", "X, which Y invaded", "which Y strongly opposes"): X
    /// with the names coordinated with it, when X stands right before the comma. Not a
    /// place ("drift to London, which the Bundesbank opposes" is about the drift).
    fn relative_object(&self, s: usize, verb: usize) -> Vec<(usize, usize)> {
        // auxiliaries and adverbs may stand between ("whom Trump has repeatedly attacked")
        let between = |p: usize| {
            self.word(p).is_some_and(|w| {
                matches!(w, "has" | "have" | "had" | "is" | "was" | "also" | "long" | "often")
                    || (w.ends_with("ly") && w.len() > 4)
            })
        };
        if verb > s + 5 || (verb > s + 2 && !(s + 1..verb).all(between)) {
            return Vec::new();
        }
        let s = if s > 0 && self.word(s - 1) == Some("the") { s - 1 } else { s };
        if s < 3 || !self.toks[s - 2].is_punct(',') {
            return Vec::new();
        }
        match (self.word(s - 1), self.entity(s - 3)) {
            (Some("whom"), Some((e, _, kind))) if kind != AliasKind::Demonym => self.coordination(s - 3, e),
            (Some("which"), Some((e, _, AliasKind::Name))) => self.coordination(s - 3, e),
            // "the G20 summit, which the United States boycotted": an organisation's meeting
            (Some("which"), None)
                if self.word(s - 3).is_some_and(|w| matches!(w, "summit" | "meeting" | "conference" | "forum"))
                    && matches!(self.entity(s - 4), Some((_, EntityType::Institution, AliasKind::Name))) =>
            {
                self.entity(s - 4).map(|(e, _, _)| vec![(s - 4, e)]).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    /// The comma opening a non-restrictive relative clause (", which …", ", who …"),
    /// a participle phrase after an entity ("Araqchi, speaking after meeting X,") or
    /// an apposition after one ("Iran, an OPEC member under U.S. sanctions,") that the
    /// comma at `close` ends, searching no further left than `lo`.
    fn relative_clause_opening(&self, close: usize, lo: usize) -> Option<usize> {
        let after_entity = |m: usize| m > 0 && self.entity(m - 1).is_some();
        // "Araqchi, speaking after …", "The UAE, accused by the Sudanese army of …,"
        // (a passive one after any noun: "The plan, drafted by X and Y, was welcomed by Z")
        let participle = |m: usize| {
            let passive = self.word(m + 1).is_some_and(|w| w.ends_with("ed")) && self.word(m + 2) == Some("by");
            passive || (after_entity(m) && self.word(m + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ing")))
        };
        // a determiner, or a name with a possessive ("Orban, the Kremlin's closest partner,")
        // (also right after a name nobody knows: "Elbridge Colby, the Pentagon's policy chief,
        // met"; two capitalised words, not "On Tuesday, the company's administrator, X")
        let unknown_name = |m: usize| {
            m > 1
                && self.capitalised_word(m - 1)
                && self.capitalised_word(m - 2)
                && self.word(m - 2).is_some_and(|w| !crate::resolve::is_function_word(w))
                && !(m + 1..close).any(|c| self.toks[c].is_punct(','))
        };
        let apposition = |m: usize| {
            (after_entity(m) || unknown_name(m))
                && (matches!(self.word(m + 1), Some("a" | "an" | "the"))
                    || (self.entity(m + 1).is_some() && self.possessive_at(m + 2)))
        };
        // "Mr Snow who is currently in Dublin …, has applauded": "who" without a comma
        let bare_who =
            |m: usize| self.word(m) == Some("who") && m > 0 && (self.capitalised_word(m - 1) || after_entity(m));
        (lo..close).rev().take_while(|&m| !matches!(self.toks[m].kind, TokenKind::Punct(';' | ':'))).find(|&m| {
            (self.toks[m].is_punct(',')
                && (matches!(self.word(m + 1), Some("which" | "who" | "whose" | "whom"))
                    || participle(m)
                    || apposition(m)))
                || bare_who(m)
        })
    }

    /// The entity `e` at token `k` and the entities coordinated before it, nearest
    /// first: (token, entity) pairs ("Finland and Sweden").
    fn coordination(&self, k: usize, e: usize) -> Vec<(usize, usize)> {
        let mut out = vec![(k, e)];
        let mut c = k;
        // a list ends with "and"/"or": "In Ankara, Erdogan criticised …" is no list
        let conjunction = |a: usize, b: usize| (a..b).any(|t| matches!(self.word(t), Some("and" | "or")));
        while let Some(prev) = self.coordinated_before(c).filter(|&prev| c != k || conjunction(prev, c)) {
            out.push((prev, self.entity(prev).map_or(0, |x| x.0)));
            c = prev;
        }
        out
    }

    /// Entity coordinated before the one at `k` ("Finland and Sweden").
    fn coordinated_before(&self, k: usize) -> Option<usize> {
        let mut p = k.checked_sub(1)?;
        // "Lula and Colombian President Gustavo Petro", "X and Brazil's President Lula": the
        // titles of a person after "and"
        if matches!(self.entity(k), Some((_, EntityType::Actor, _))) && self.is_title_word(p) {
            let mut q = p;
            while self.is_title_word(q) && p - q < 5 {
                q = q.checked_sub(1)?;
            }
            // "Colombian President X", "U.S. special envoy X"
            if matches!(self.entity(q), Some((_, _, AliasKind::Demonym) | (_, EntityType::Country, _))) {
                q = q.checked_sub(1)?;
            } else if self.possessive_at(q) && q >= 2 && self.entity(q - 1).is_some() {
                q -= 2;
            }
            // "Lavrov and his Chinese counterpart Wang Yi"
            if self.word(q).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w)) {
                q = q.checked_sub(1)?;
            }
            if self.word(q) == Some("and") {
                p = q;
            }
        }
        // "the United States and the European Union" (not "In London, the U.S.")
        if self.word(p) == Some("the") {
            p = p.checked_sub(1)?;
            if !matches!(self.word(p), Some("and" | "or")) {
                return None;
            }
        }
        if matches!(self.word(p), Some("and" | "or")) {
            p = p.checked_sub(1)?;
            if self.toks[p].is_punct(',') {
                p = p.checked_sub(1)?;
            }
        } else if self.toks[p].is_punct(',') {
            p = p.checked_sub(1)?;
        } else {
            return None;
        }
        if matches!(self.word(p), Some("the")) {
            p = p.checked_sub(1)?;
        }
        self.entity(p).map(|_| p)
    }

    /// Objects after token `k`: the head entity of the next noun phrase, and
    /// the entities coordinated with it.
    fn objects(&self, k: usize) -> Vec<(usize, usize)> {
        // "denied sheltering the Pakistani Taliban", "denied backing M23": what follows a
        // gerund is its object (a gerund: before an article, or a trigger verb; not an
        // adjective, "berates whingeing England")
        let gerund = self.word(k).is_some_and(|w| w.len() > 5 && w.ends_with("ing") && !ING_ADJECTIVES.contains(&w))
            && (self.flag(k, TRIGGER) || self.word(k + 1).is_some_and(|w| DETERMINERS.contains(&w)));
        if gerund {
            return Vec::new();
        }
        let mut j = k;
        let mut skipped = 0;
        loop {
            let Some(t) = self.toks.get(j) else {
                return Vec::new();
            };
            if t.entity().is_some() {
                break;
            }
            if t.is_quote() {
                j += 1;
                continue;
            }
            // "condemned what it called U.S. interference": what the subject means
            let named_as = self.word(j) == Some("what")
                && (self.entity(j + 1).is_some()
                    || matches!(self.word(j + 1), Some("he" | "she" | "it" | "they" | "we")))
                && matches!(self.word(j + 2), Some("called" | "calls" | "termed" | "terms" | "dubbed"));
            if named_as {
                j += 3;
                continue;
            }
            // "the new government in Damascus", "the regime in Tehran": the state it governs
            let governs = self.word(j).is_some_and(|w| GOVERNMENT_NOUNS.contains(&w))
                && matches!(self.word(j + 1), Some("in" | "of"))
                && matches!(self.entity(j + 2), Some((_, EntityType::Country, _)));
            if governs {
                j += 2;
                continue;
            }
            // "criticised Western countries, including Britain": the examples of the object
            let comma = usize::from(t.is_punct(','));
            if skipped > 0 && self.word(j + comma) == Some("including") {
                j += comma + 1;
                continue;
            }
            match t.word() {
                Some(w) if DETERMINERS.contains(&w) => j += 1,
                // a new clause or coordination ("rejected such action and Mexican minister X")
                Some(w) if CLAUSE_WORDS.contains(&w) => return Vec::new(),
                Some(_) if skipped < 2 && !self.is_prep(j) && !self.is_title_word(j) => {
                    skipped += 1;
                    j += 1;
                }
                // "Secretary of State X", not "the killing of X by Y"
                _ if self.is_title_word(j) && skipped < 3 && (!self.is_prep(j) || self.title_before(j)) => {
                    skipped += 1;
                    j += 1;
                }
                _ => return Vec::new(),
            }
        }
        let j = self.institution_of_state(j);
        // "denied the U.S. accusations": who makes a charge is what answering it aims at
        let charge_owner = self.word(j + 1).is_some_and(|w| CHARGE_NOUNS.contains(&w));
        // "solidarity with the Ukrainian people": a nation's people stand for it
        let nation = j > 0 && self.word(j - 1) == Some("the") && self.word(j + 1) == Some("people");
        if self.is_compound(j)
            || self.demonym_in_name(j)
            || (!charge_owner && (self.is_noun_modifier(j) || (!nation && self.nationality_of_people_or_things(j))))
        {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut cur = j;
        let mut listed = false;
        // the list ends with the item after "and"
        let mut closed = false;
        loop {
            let head = self.head_of(self.institution_of_state(cur));
            out.push((head, self.entity(head).map_or(0, |e| e.0)));
            if closed {
                break;
            }
            // coordination: "X and Y", "X, Y", "X, Y, and Z" (", and" only inside a list)
            let mut n = head + 1;
            // "fined Apple 500 million euros and Meta 200 million euros": an amount after each item
            if let Some(a) = self.amount_end(n).filter(|&a| self.word(a) == Some("and")) {
                let next = a + 1 + usize::from(self.word(a + 1) == Some("the"));
                if self.entity(next).is_some() && self.amount_end(self.head_of(next) + 1).is_some() {
                    n = a;
                }
            }
            let comma = self.toks.get(n).is_some_and(|t| t.is_punct(','));
            if comma {
                n += 1;
            }
            let last = matches!(self.word(n), Some("and" | "or"));
            if last {
                if comma && !listed {
                    break;
                }
                n += 1;
                // "spoke with Jaishankar and with Sharif": the preposition said again
                let first = out.first().map_or(j, |&(t, _)| t);
                if first > 0 && self.is_prep(first - 1) && self.word(n) == self.word(first - 1) {
                    n += 1;
                }
            } else if !comma {
                break;
            } else {
                listed = true;
            }
            if matches!(self.word(n), Some("the")) {
                n += 1;
            }
            // "sued OpenAI and its chief executive Sam Altman": a person titled by the one before
            if last && matches!(self.word(n), Some("its" | "his" | "her" | "their")) {
                let mut p = n + 1;
                while self.is_title_word(p) && p - n <= 4 {
                    p += 1;
                }
                if p > n + 1 && matches!(self.entity(p), Some((_, EntityType::Actor, _))) {
                    n = p;
                }
            }
            // "… and Y, Downing Street said": a name after the comma that speaks starts a clause;
            // "by Lars Klingbeil, the SPD co-leader": one that a noun follows describes the name before
            if self.entity(n).is_none() || (comma && !last && (self.speaks_after(n) || !self.list_goes_on(n))) {
                break;
            }
            cur = n;
            closed = last;
        }
        out
    }

    /// The end of an amount of money starting at `k` ("500 million euros", "$1.5 billion",
    /// "€2bn"), if one does.
    fn amount_end(&self, k: usize) -> Option<usize> {
        let currency = self.toks.get(k).is_some_and(|t| matches!(t.kind, TokenKind::Punct('$' | '€' | '£')));
        let digits = |p: usize| self.word(p).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let mut p = k + usize::from(currency);
        if !digits(p) {
            return None;
        }
        p += 1;
        while self.toks.get(p).is_some_and(|t| t.is_punct('.') || t.is_punct(',')) && digits(p + 1) {
            p += 2;
        }
        let number_end = p;
        while self.word(p).is_some_and(|w| MONEY_NOUNS.contains(&w) || matches!(w, "trillion" | "m" | "yuan" | "yen")) {
            p += 1;
        }
        // a bare number is no amount ("Apple 500 and Meta 200")
        (currency || p > number_end).then_some(p)
    }

    /// The institution right after the country at `j` ("the U.S. Federal Reserve": the country
    /// is its state, the institution the one named), else `j`.
    fn institution_of_state(&self, j: usize) -> usize {
        let state = matches!(self.entity(j), Some((_, EntityType::Country, _)))
            && matches!(self.entity(j + 1), Some((_, EntityType::Institution, _)))
            && self.toks[j].end + 1 == self.toks[j + 1].start;
        if state {
            j + 1
        } else {
            j
        }
    }

    /// Does a finite verb follow the entity at `k` ("Putin plans", "Israel was", "Iran ordered"),
    /// also after an apposition ("Mr Yeo, his transport spokesman, said")?
    fn verb_after(&self, k: usize) -> bool {
        let mut n = k + 1;
        if self.toks.get(n).is_some_and(|t| t.is_punct(',')) {
            match (n + 1..n + 9).find(|&c| self.toks.get(c).is_some_and(|t| t.is_punct(','))) {
                Some(close) => n = close + 1,
                None => return false,
            }
        }
        self.word(n).is_some_and(|w| {
            (w.ends_with("ed") && w.len() > 3)
                || matches!(
                    w,
                    "is" | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "would"
                        | "will"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "did"
                        | "does"
                        | "plans"
                        | "intends"
                        | "wants"
                        | "seeks"
                        | "sent"
                        | "knew"
                        | "gave"
                        | "said"
                        | "says"
                        | "told"
                        | "met"
                        | "made"
                        | "took"
                        | "went"
                        | "came"
                        | "won"
                        | "lost"
                        | "left"
                        | "got"
                        | "kept"
                )
        })
    }

    /// Does the list item at `n` (after a bare comma) end where a list goes on or ends: a
    /// comma, "and"/"or", the end of the sentence? Not before a noun ("X, the SPD co-leader").
    fn list_goes_on(&self, n: usize) -> bool {
        match self.toks.get(self.head_of(n) + 1) {
            None => true,
            Some(t) => {
                matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ')')) || matches!(t.word(), Some("and" | "or"))
            }
        }
    }

    /// Is the token before `j` a title word ("Secretary" before "of State")?
    fn title_before(&self, j: usize) -> bool {
        j > 0 && self.is_title_word(j - 1) && !self.is_prep(j - 1)
    }

    /// Is the demonym at `k` the nationality of people or things rather than the state
    /// ("visited the Pakistani community", "praised French films"; not "Pakistani air
    /// strikes", "American officials")?
    fn nationality_of_people_or_things(&self, k: usize) -> bool {
        matches!(self.entity(k), Some((_, _, AliasKind::Demonym)))
            && self.word(k + 1).is_some_and(|w| NATIONALITY_NOUNS.contains(&w))
            // (the state's "Chinese coast guard" is no coast)
            && !matches!((self.word(k + 1), self.word(k + 2)), (Some("coast"), Some("guard" | "guards")))
    }

    /// Is the entity at `k` followed by a verb of saying ("Downing Street said")?
    fn speaks_after(&self, k: usize) -> bool {
        matches!(self.word(k + 1), Some("said" | "says" | "told" | "added" | "announced" | "reported"))
    }

    /// "US-led", "UK-based": an entity glued by a hyphen to a word is a modifier.
    fn is_compound(&self, k: usize) -> bool {
        self.toks.get(k + 1).is_some_and(|t| t.is_punct('-') && t.start == self.toks[k].end)
            && self.word(k + 2).is_some()
    }

    /// "the Iraq advice", "the Rosneft announcement": a name directly followed by a
    /// common noun modifies that noun and is not itself the object. Without a
    /// determiner only a country counts (an organisation before a noun is mostly its
    /// owner: "blasts Tory spending plans" is aimed at the Tories), and only before
    /// two such words, as in headlines ("rejects Iraq advice calls"): one word may be
    /// an adverb ("backed Ukraine wholeheartedly"), unless it is a noun a country name
    /// often modifies ("hosts Sudan talks").
    fn is_noun_modifier(&self, k: usize) -> bool {
        let Some((_, etype, AliasKind::Name | AliasKind::Capital)) = self.entity(k) else {
            return false;
        };
        let determined =
            k > 0 && matches!(self.word(k - 1), Some("the" | "a" | "an" | "its" | "their" | "his" | "her"));
        if determined {
            return self.common_noun_at(k + 1);
        }
        // ("attacks on Lebanon killed five": a past tense is the verb, not a noun)
        let past = self.word(k + 1).is_some_and(|w| {
            past_tense(w) || matches!(w, "drew" | "brought" | "fell" | "rose" | "came" | "went" | "made" | "lost")
        });
        etype == EntityType::Country
            && !past
            && self.common_noun_at(k + 1)
            && (self.common_noun_at(k + 2) || self.word(k + 1).is_some_and(|w| EVENT_NOUNS.contains(&w)))
    }

    /// Can the token at `k` be a common noun that a name before it modifies?
    fn common_noun_at(&self, k: usize) -> bool {
        !self.is_title_word(k) && self.content_word(k).is_some_and(|w| w.starts_with(char::is_alphabetic))
    }

    /// Is the token at `k` a lower-case common noun or adjective that can describe a
    /// name after it ("bank", "oil", "carmaker")?
    fn descriptor_word(&self, k: usize) -> bool {
        self.content_word(k).is_some_and(|w| !DETERMINERS.contains(&w))
            && self.text[self.toks[k].start..].starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// The word at `k` unless it is a preposition, a clause word, a word that may
    /// follow an object, or an "-ly" adverb: what may be part of a noun phrase.
    fn content_word(&self, k: usize) -> Option<&'a str> {
        self.word(k)
            .filter(|w| !(self.is_prep(k) || CLAUSE_WORDS.contains(w) || FOLLOWERS.contains(w) || w.ends_with("ly")))
    }

    /// The institution at `k` or after up to three descriptive words from `k` ("energy
    /// giant Gazprom", "bank Wells Fargo").
    fn described_institution(&self, k: usize) -> Option<usize> {
        let mut m = k;
        while m - k < 3 && self.descriptor_word(m) {
            m += 1;
        }
        matches!(self.entity(m), Some((_, EntityType::Institution, _))).then_some(m)
    }

    /// The institution named by "at"/"with" [the] at `k` ("at the International Crisis
    /// Group"), not one only owning what follows ("at the UN's headquarters"):
    /// (entity, token).
    fn employer_after(&self, k: usize) -> Option<(usize, usize)> {
        if !matches!(self.word(k), Some("at" | "with")) {
            return None;
        }
        let m = if self.word(k + 1) == Some("the") { k + 2 } else { k + 1 };
        match self.entity(m) {
            Some((org, EntityType::Institution, kind))
                if kind != AliasKind::Demonym && !self.possessive_at(m + 1) && !self.is_compound(m) =>
            {
                Some((org, m))
            }
            _ => None,
        }
    }

    /// The token after the longer name an entity at `m` is part of ("Russia and
    /// Eurasia programme", "Iran project"): capitalised words and "and" up to a unit
    /// noun; `m + 1` when the entity stands alone.
    fn unit_name_end(&self, m: usize) -> usize {
        let n = self.unit_words_end(m + 1);
        if self.word(n).is_some_and(|w| UNIT_NOUNS.contains(&w)) {
            n + 1
        } else if self.employer_after(n).is_some() {
            n
        } else {
            m + 1
        }
    }

    /// The token after the capitalised words (with "and" and inner hyphens: "Indo-Pacific")
    /// that start at `from`, at most a few.
    fn unit_words_end(&self, from: usize) -> usize {
        let mut n = from;
        while n - from < 6
            && (self.word(n) == Some("and")
                || self.capitalised_word(n)
                || (n > 0
                    && self.toks.get(n).is_some_and(|t| t.is_punct('-'))
                    && self.toks[n - 1].end == self.toks[n].start
                    && self.capitalised_word(n + 1)))
        {
            n += 1;
        }
        n
    }

    /// Is the token at `k` a possessive "'s"?
    fn possessive_at(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// "Swiss counterpart Ignazio Cassis" -> Cassis; "Hungary's Viktor Orban" -> Orban.
    fn head_of(&self, j: usize) -> usize {
        if matches!(self.entity(j), Some((_, EntityType::Actor, _))) {
            return j;
        }
        let mut n = j + 1;
        let possessive = self.possessive_at(n);
        if possessive {
            n += 1;
        }
        let titles_start = n;
        // (a title does not open with a function word: "criticised Microsoft and Sam Altman")
        let opens = |n: usize| n > titles_start || !matches!(self.word(n), Some("and" | "of" | "the" | "for"));
        while self.is_title_word(n) && n - titles_start < 5 && opens(n) {
            n += 1;
        }
        let titles = n - titles_start;
        // "Qatar's emir, Sheikh Tamim"
        if titles > 0 {
            if let Some(p) = self.person_after_comma(n) {
                return p;
            }
        }
        // "the Emir of Qatar, Sheikh Tamim": the person the title of the name describes
        if titles == 0 && !possessive && self.role_of_before(j + 1).is_some_and(|(_, o)| o == j) {
            if let Some(p) = self.person_after_comma(j + 1) {
                return p;
            }
        }
        // "US bank Wells Fargo", "Russian oil company Rosneft": a country and a description
        // before the institution that is meant
        if !possessive && matches!(self.entity(j), Some((_, EntityType::Country, _))) {
            if let Some(m) = self.described_institution(j + 1).filter(|&m| m > j + 1) {
                return m;
            }
        }
        // a demonym right before a person is an adjective ("Chinese President Xi" when the
        // alias "President Xi" is the match)
        let demonym = matches!(self.entity(j), Some((_, _, AliasKind::Demonym)));
        match self.entity(n) {
            Some((_, EntityType::Actor, _)) if titles > 0 || possessive || demonym => n,
            // "fined Alphabet's Google", "Russia's Gazprom": the owner's institution (not what it
            // names: "Ukraine's NATO bid")
            Some((_, EntityType::Institution, AliasKind::Name))
                if possessive && titles == 0 && !self.common_noun_at(n + 1) && !self.is_compound(n) =>
            {
                n
            }
            _ => j,
        }
    }

    /// The facts of the trigger `pattern` at `i..end`; `nominal`: the trigger stands where a
    /// noun does ([`Extraction::looks_nominal`]).
    fn trigger(&mut self, pattern: &Pattern, nominal: bool, i: usize, end: usize) {
        let (negated, hedged) = self.cue_flags(i);
        // a meeting set for later has not happened ("when he visits Washington next month")
        if hedged || (pattern.relation == Relation::Meets && (self.future_after(end) || self.intended(i))) {
            return;
        }
        let trig = self.trigger_span(&pattern.id, i, end);
        let mut relation = pattern.relation;
        let distance_penalty = |subj_tok: usize| 0.02 * (i.saturating_sub(subj_tok + 1).saturating_sub(3)) as f64;
        match pattern.construction {
            Construction::Verb | Construction::Join => {
                if self.verb_form_as_noun(i, end) {
                    return;
                }
                // "obstructing talks with X", "suspended talks with X": no meeting; nor "rejects
                // direct talks with X" (a noun in a verb's place, a few words after the verb)
                if self.word_just_before(i, if nominal { 4 } else { 1 }, UNDOING_VERBS) {
                    return;
                }
                // "backed by X" is passive; "the first visit by X" names a visit (a noun)
                // (or a few words later after "was": "Meta was fined 798 million euros by the EC",
                // "was criticised at the time by X"; not across a clause: "is suspended and could be
                // replaced by X")
                let after_be = i > 0 && self.word(i - 1).is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w));
                let by = if self.word(end) == Some("by") {
                    Some(end)
                } else if after_be {
                    (end..end + 5)
                        .take_while(|&p| {
                            self.toks.get(p).is_some_and(|t| match t.word() {
                                // ("was criticised at the time by X")
                                Some(w) => !CLAUSE_WORDS.contains(&w),
                                // amounts ("798 million euros", "$5bn"); not clause punctuation
                                None => {
                                    !matches!(t.kind, TokenKind::Punct(',' | ';' | ':' | '.')) && t.entity().is_none()
                                }
                            })
                        })
                        .find(|&p| self.word(p) == Some("by"))
                } else {
                    None
                };
                let participle = (i..end)
                    .any(|l| self.word(l).is_some_and(|w| w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)));
                if by.is_some() && !participle {
                    return;
                }
                let passive = by.is_some();
                // "the EC was joined by the United States in criticising Brazil": company, not membership
                if passive && pattern.construction == Construction::Join {
                    return;
                }
                // "said the talks with Japan …" are the speaker's: meetings keep their subject
                // across "said"
                let reported = relation != Relation::Meets;
                // a passive without "by" names the one acted on, not who acts: no edge
                // ("a decision Israel condemned as antisemitic" is active: a noun heads the clause)
                // (also past the subject's own words: "a charge Ukraine's foreign ministry dismissed")
                let clause_subject = (i.saturating_sub(4)..i).rev().find(|&p| self.entity(p).is_some()).filter(|&p| {
                    (p + 1..i).all(|q| self.possessive_at(q) || (self.common_noun_at(q) || self.is_title_word(q)))
                });
                // ("charges that Asmara rejected as baseless")
                let relative = i >= 3
                    && clause_subject.is_some_and(|p| {
                        self.headed_by(p, &[DEMAND_NOUNS, MOVE_NOUNS, CHARGE_NOUNS])
                            || (p > 0 && matches!(self.word(p - 1), Some("that" | "which")))
                    });
                if !passive && !relative && self.agentless_passive(i, end, pattern.reciprocal) {
                    return;
                }
                // "back" is also an adverb ("get back onto …", "hit back at …"): bare, it is
                // the verb only right before its object
                if end == i + 1 && self.word(i) == Some("back") && (!self.object_starts(end) || self.particle_verb(i)) {
                    return;
                }
                if !passive && self.role_noun(i, end) {
                    return;
                }
                let accused_denying = (!passive && matches!(relation, Relation::Denies | Relation::Opposes))
                    .then(|| self.accused_denying(i))
                    .flatten();
                // the parties stand far from the verb there, as in a passive
                let near = passive || accused_denying.is_some();
                let (sources, targets, conf) = if let Some(by) = by {
                    (self.objects(by + 1), self.subject(i, MAX_SUBJECT_DISTANCE, reported), 0.8)
                } else if let Some((accused, accuser)) = accused_denying {
                    relation = Relation::Denies;
                    (accused, accuser, 0.7)
                } else {
                    let subj = self.subject(i, MAX_SUBJECT_DISTANCE, reported);
                    let mut objs = self.objects(end);
                    if objs.is_empty() {
                        objs = self.object_before_participle(i, end);
                    }
                    // "Kremlin denies Putin plans to attack NATO": a name before a verb is the
                    // subject of what is denied, not the one answered
                    if relation == Relation::Denies {
                        objs.retain(|&(o, _)| !self.verb_after(o));
                    }
                    // "He warned the Bank may run the risk …": what is warned of, not whom
                    let named = end + usize::from(self.word(end) == Some("the"));
                    if pattern.id == "criticises:warn" && self.entity(named).is_some() && self.verb_after(named) {
                        return;
                    }
                    // "rejected Washington's accusations": answering the maker's charge is denying it
                    if !objs.is_empty() && relation == Relation::Opposes && self.charge_object(end) {
                        relation = Relation::Denies;
                    }
                    // "Maduro, whom Washington accuses of …", "Ukraine, which Russia invaded":
                    // the object is the name the relative clause hangs on
                    // ("accused China of supporting Russia, which Beijing denied": the accuser)
                    if objs.is_empty() && relation == Relation::Denies {
                        objs = subj.first().map(|&(s, _)| self.accuser_of_charge(s)).unwrap_or_default();
                    }
                    if objs.is_empty() {
                        objs = subj.last().map(|&(s, _)| self.relative_object(s, i)).unwrap_or_default();
                    }
                    let mut conf = 0.8;
                    // "welcomed the U.S.-led initiative": its leader
                    if objs.is_empty() && relation == Relation::Supports {
                        objs.extend(self.led_object(end));
                    }
                    // "praised the leadership of X", "criticised the policies of X": whose they are
                    if objs.is_empty() && matches!(relation, Relation::Supports | Relation::Criticises) {
                        objs = self.conduct_of(end);
                    }
                    // "threw their support behind a European Commission plan": the plan's owner
                    if objs.is_empty() && relation == Relation::Supports {
                        objs = self.owner_of_object(end);
                    }
                    if objs.is_empty() && pattern.construction == Construction::Join {
                        objs = self.implicit_organisation(&subj);
                        conf = 0.6;
                    }
                    if objs.is_empty()
                        && matches!(relation, Relation::Criticises | Relation::Opposes | Relation::Denies)
                    {
                        objs = self.agent_of_object(end);
                        // "rejected the allegations by Ukraine": answering a charge is denying it
                        if !objs.is_empty() && relation == Relation::Opposes && self.charge_object(end) {
                            relation = Relation::Denies;
                        }
                        if objs.is_empty() {
                            objs = self.owner_of_object(end);
                        }
                        if objs.is_empty() {
                            objs = self.forces_in_object(end);
                        }
                        if objs.is_empty() && matches!(relation, Relation::Denies | Relation::Opposes) {
                            objs = subj.first().map(|&(s, _)| self.accuser_of_charge(s)).unwrap_or_default();
                            if objs.is_empty() {
                                objs = self.accuser_of_object(i, end, &subj);
                            }
                            // rejecting or dismissing a charge is denying it
                            if !objs.is_empty() {
                                relation = Relation::Denies;
                            } else {
                                objs = subj.first().map(|&(s, _)| self.maker_of_demand(s)).unwrap_or_default();
                            }
                        }
                        // "…, a decision Israel condemned"
                        if objs.is_empty() && relation == Relation::Criticises {
                            objs = subj.first().map(|&(s, _)| self.maker_of_demand(s)).unwrap_or_default();
                        }
                        conf = 0.7;
                    }
                    // "Israel and Hamas accused each other": every subject acts on every other
                    if objs.is_empty() && subj.len() > 1 && self.each_other(end) {
                        for &(_, x) in &subj {
                            for &(_, y) in subj.iter().filter(|&&(_, y)| y != x) {
                                self.typed(x, y, relation, trig, 0.7, negated);
                            }
                        }
                        return;
                    }
                    // "Macron and Starmer met in Paris": coordinated subjects meet each other
                    if objs.is_empty() && self.reciprocal_verb(pattern, i, end, &subj) {
                        self.reciprocal(&subj, relation, trig, 0.7, negated);
                        return;
                    }
                    (subj, objs, conf)
                };
                // "Ukraine strikes Turkmen gas deal", "rejected the Iran nuclear deal": one opposes
                // an agreement there, not the country it is named after (an organisation's pact
                // is its own: "voted against the EU migration pact")
                let mut targets = targets;
                if relation == Relation::Opposes && !passive {
                    targets.retain(|&(tt, _)| {
                        !matches!(self.entity(tt), Some((_, EntityType::Country, _)))
                            || !(tt + 1..tt + 4).map_while(|w| self.word(w)).any(|w| DEAL_NOUNS.contains(&w))
                    });
                }
                // "met Carr's cross", "meet the Federal Reserve's requirements", "meet EC
                // standards": one meets people and bodies, not what they own or ask for
                let owned = |tt: usize| {
                    self.possessive_at(tt + 1) || self.word(tt + 1).is_some_and(|w| REQUIREMENT_NOUNS.contains(&w))
                };
                // "received a call from OPEC to cut output": a call for something, no conversation
                let call_for = relation == Relation::Meets
                    && (i..end).any(|p| self.word(p) == Some("call"))
                    && self.word(after_last(&targets, end)) == Some("to");
                if call_for {
                    return;
                }
                let targets: Vec<(usize, usize)> = if relation == Relation::Meets && !passive {
                    targets.into_iter().filter(|&(tt, _)| !owned(tt)).collect()
                } else if pattern.possessed && !passive {
                    // one welcomes what someone did ("welcomed Germany's decision"); a welcome of
                    // a guest ("welcoming England to Lansdowne Road", "welcomed Xi Jinping") is a
                    // host's, and one of someone's aid answers the giver
                    let given = |tt: usize| {
                        (tt + 2..tt + 5).any(|w| {
                            self.word(w).is_some_and(|w| {
                                matches!(w, "support" | "backing" | "aid" | "assistance" | "help" | "funding" | "loan")
                            })
                        })
                    };
                    // (or makes: "welcomed the U.S. peace plan", "the IMF decision")
                    let owns = |tt: usize| {
                        self.possessive_at(tt + 1)
                            || self.led_object(tt).is_some()
                            || (tt > 0 && self.owner_of_object(tt - 1).iter().any(|o| o.0 == tt))
                    };
                    targets.into_iter().filter(|&(tt, _)| owns(tt) && !given(tt)).collect()
                } else {
                    targets
                };
                // "France recognised Palestine": only a state is recognised so
                let targets: Vec<(usize, usize)> = if pattern.state && !passive {
                    targets.into_iter().filter(|&(_, t)| self.etype_of(t) == Some(EntityType::Country)).collect()
                } else {
                    targets
                };
                for &(st, s) in &sources {
                    // "Trump attacked Powell" is words; "Russia attacked Ukraine" (a state or an
                    // armed group attacking) is force
                    let relation = if pattern.force && self.uses_force(s) { Relation::Opposes } else { relation };
                    for &(_, t) in &targets {
                        let penalty = if near { 0.0 } else { distance_penalty(st) };
                        self.typed(s, t, relation, trig, conf - penalty, negated);
                    }
                }
            }
            Construction::Noun if pattern.reciprocal => self.reciprocal_noun(relation, i, end, trig, negated),
            Construction::Noun => self.nominal(relation, pattern.named, i, end, trig, negated),
        }
    }

    /// "condemned a speech by X", "rejected the demand by X", "dismissed calls from X":
    /// the agent of the object noun phrase that starts at `k` with a determiner or a
    /// plural (at most three words to "by"/"from", then determiners and titles before a
    /// name that is not a demonym).
    fn agent_of_object(&self, k: usize) -> Vec<(usize, usize)> {
        let plural = |j: usize| {
            self.word(j)
                .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !self.is_prep(j) && !CLAUSE_WORDS.contains(&w))
        };
        // a determiner, or a bare plural ("dismissed calls from X", "rejected claims by X"),
        // also after adjectives ("denounced joint military drills by X")
        let first = match self.word(k) {
            Some(w) if DETERMINERS.contains(&w) => k + 1,
            Some(_) => k,
            None => return Vec::new(),
        };
        let Some(by) = (first..k + 8).find(|&j| matches!(self.word(j), Some("by" | "from"))) else {
            return Vec::new();
        };
        // (or a mass noun: "pushed back against pressure from X")
        let mass = |j: usize| matches!(self.word(j), Some("pressure" | "interference" | "aggression"));
        if first == k && !plural(k) && !plural(by - 1) && !mass(by - 1) {
            return Vec::new();
        }
        // words ("the tariffs imposed by X"), percentages ("the 50% tariffs") and compounds
        // ("a 28-point peace plan drafted by X")
        let noun_phrase = (first..by).all(|j| {
            self.toks[j].is_punct('%')
                || self.toks[j].is_punct('-')
                || self.word(j).is_some_and(|w| !self.is_prep(j) && !CLAUSE_WORDS.contains(&w) && !w.ends_with("ly"))
        });
        let mut j = by + 1;
        while self.word(j).is_some_and(|w| DETERMINERS.contains(&w)) || self.is_title_word(j) {
            j += 1;
        }
        match self.entity(j) {
            // the name and the names coordinated with it
            // (a demonym only as the title of a person: "remarks by Japanese Prime Minister X")
            Some((_, _, kind)) if noun_phrase && by > first && (kind != AliasKind::Demonym || self.head_of(j) != j) => {
                self.objects(j)
            }
            _ => Vec::new(),
        }
    }

    /// "condemned the M23 offensive", "rejected the IMF proposal": an organisation or a
    /// person named between "the" (at `k`) and a noun owns what the verb is aimed at, and
    /// so is its target (a country there is mostly a place: "the Gaza attack").
    fn owner_of_object(&self, k: usize) -> Vec<(usize, usize)> {
        if let Some(owner) = self.led_object(k) {
            return vec![owner];
        }
        if !matches!(self.word(k), Some("the" | "a" | "an")) || self.is_compound(k + 1) || !self.common_noun_at(k + 2) {
            return Vec::new();
        }
        match self.entity(k + 1) {
            Some((e, EntityType::Institution | EntityType::Actor, AliasKind::Name)) => vec![(k + 1, e)],
            // "condemned the U.S. strikes", "the US tariffs": a country before what only a state
            // does is its agent ("rejected a U.S. proposal", "the U.S. peace plan": its maker)
            Some((e, EntityType::Country, AliasKind::Name)) => {
                let n =
                    if self.word(k + 2).is_some_and(|w| matches!(w, "air" | "military" | "new" | "latest" | "peace")) {
                        k + 3
                    } else {
                        k + 2
                    };
                if self.word(n).is_some_and(|w| STATE_ACTION_NOUNS.contains(&w) || DEMAND_NOUNS.contains(&w)) {
                    vec![(k + 1, e)]
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        }
    }

    /// "praised the mediation efforts of Qatar", "criticised the policies of X": the one whose
    /// conduct the object (from `k`, "the" and at most one more word before the noun) names.
    fn conduct_of(&self, k: usize) -> Vec<(usize, usize)> {
        if self.word(k) != Some("the") {
            return Vec::new();
        }
        let Some(of) = (k + 2..k + 4)
            .find(|&p| self.word(p) == Some("of") && self.word(p - 1).is_some_and(|w| CONDUCT_NOUNS.contains(&w)))
        else {
            return Vec::new();
        };
        if (k + 1..of).any(|p| self.word(p).is_none()) {
            return Vec::new();
        }
        let mut j = of + 1;
        while self.word(j) == Some("the") || self.is_title_word(j) {
            j += 1;
        }
        match self.entity(j) {
            // (a demonym only as the title of a person: "the policies of Salvadoran President X")
            Some((_, _, kind)) if kind != AliasKind::Demonym || self.head_of(j) != j => self.objects(j),
            _ => Vec::new(),
        }
    }

    /// "welcomed the U.S.-led initiative", "criticised the Qatari-brokered deal": who leads,
    /// brokers or drafts what the object (from `k`, after "the"/"a") names owns it.
    fn led_object(&self, k: usize) -> Option<(usize, usize)> {
        let j = if matches!(self.word(k), Some("the" | "a" | "an")) { k + 1 } else { k };
        let (e, _, _) = self.entity(j)?;
        // (a name after the compound is the object: "the Iran-sponsored group Hezbollah")
        let named_after = (j + 3..j + 6).any(|n| self.entity(n).is_some());
        (self.is_compound(j) && self.word(j + 2).is_some_and(|w| LEADING_PARTICIPLES.contains(&w)) && !named_after)
            .then_some((j, e))
    }

    /// "denounced the deployment of U.S. warships", "condemned the presence of Russian
    /// troops": a country whose forces are named after "the NOUN of" at `k` acts, and so is
    /// the target.
    fn forces_in_object(&self, k: usize) -> Vec<(usize, usize)> {
        if !matches!(self.word(k), Some("the" | "a")) || !self.common_noun_at(k + 1) || self.word(k + 2) != Some("of") {
            return Vec::new();
        }
        let j = if self.word(k + 3) == Some("the") { k + 4 } else { k + 3 };
        let Some((e, EntityType::Country, _)) = self.entity(j) else {
            return Vec::new();
        };
        let n = if self.word(j + 1).is_some_and(|w| matches!(w, "military" | "naval" | "combat" | "ground")) {
            j + 2
        } else {
            j + 1
        };
        if self.word(n).is_some_and(|w| FORCE_NOUNS.contains(&w)) {
            vec![(j, e)]
        } else {
            Vec::new()
        }
    }

    /// Do "a"/"an"/"the" and a noun of one of `nouns` stand right before token `p`, heading the
    /// clause that starts there ("…, a charge India rejected", "a decision Israel condemned")?
    fn headed_by(&self, p: usize, nouns: &[&[&str]]) -> bool {
        p >= 2
            && self.word(p - 1).is_some_and(|w| nouns.iter().any(|list| list.contains(&w)))
            && matches!(self.word(p - 2), Some("a" | "an" | "the"))
    }

    /// "X said Y must disarm, a demand Y's leader Z rejected" (or "a proposal", "a call", "a
    /// decision", "a move"):
    /// for the subject at `s` of a verb right after such a phrase, who made the demand.
    fn maker_of_demand(&self, s: usize) -> Vec<(usize, usize)> {
        let mut p = s;
        // the titles and the organisation before the name ("Hezbollah leader Naim Qassem")
        while p > 0 && s - p < 4 && self.is_title_word(p - 1) {
            p -= 1;
        }
        if p < s && p > 0 && self.entity(p - 1).is_some() {
            p -= 1;
        }
        let demand = p >= 3 && self.headed_by(p, &[DEMAND_NOUNS, MOVE_NOUNS]) && self.toks[p - 3].is_punct(',');
        if !demand {
            return Vec::new();
        }
        // who said, wanted or asked it ("Trump said Ukraine should cede land, a proposal …")
        self.maker_before(p - 3)
    }

    /// Who made the demand or move named right after the comma at `comma`: the subject of
    /// the last verb of saying, wanting or asking before it, else of the clause before it.
    fn maker_before(&self, comma: usize) -> Vec<(usize, usize)> {
        let asking = |w: &str| {
            matches!(
                w,
                "said"
                    | "says"
                    | "told"
                    | "wants"
                    | "wanted"
                    | "demanded"
                    | "demands"
                    | "proposed"
                    | "proposes"
                    | "urged"
                    | "urges"
                    | "asked"
                    | "asks"
                    | "called"
                    | "calls"
                    | "suggested"
            )
        };
        match (0..comma).rev().find(|&v| self.word(v).is_some_and(asking)) {
            Some(v) => self.subject(v, MAX_SUBJECT_DISTANCE, true),
            None => self.subject(comma, MAX_SUBJECT_DISTANCE, true),
        }
    }

    /// "X accused Y of Z, a charge Y denied" (or "an allegation Y rejected"): for the subject
    /// at `s` of a verb right after such a phrase, the one who made the charge.
    fn accuser_of_charge(&self, s: usize) -> Vec<(usize, usize)> {
        let mut p = s;
        if p > 0 && self.word(p - 1) == Some("the") {
            p -= 1;
        }
        // "…, which Moscow denies"
        let which = p >= 2 && self.word(p - 1) == Some("which") && self.toks[p - 2].is_punct(',');
        if !which && p > 0 && matches!(self.word(p - 1), Some("that" | "which")) {
            p -= 1;
        }
        let charge = p >= 3 && self.headed_by(p, &[CHARGE_NOUNS]) && self.toks[p - 3].is_punct(',');
        // "…, charges that Asmara rejected": a plural without an article
        let charges = p >= 2
            && self.word(p - 1).is_some_and(|w| w.ends_with('s') && CHARGE_NOUNS.contains(&w))
            && self.toks[p - 2].is_punct(',');
        let comma = match (charge, charges, which) {
            (true, _, _) => p - 3,
            (_, true, _) | (_, _, true) => p - 2,
            _ => return Vec::new(),
        };
        match self.accusing_verb_before(comma) {
            Some(v) => self.subject(v, MAX_SUBJECT_DISTANCE, true),
            // "X said Trump ended the conflict, a claim India rejected": who said the clause
            // before made the claim (a charge needs an accuser: "Pakistan backed the TTP, a
            // charge India rejected" is the writer's)
            None if charge && matches!(self.word(p - 1), Some("claim" | "claims")) => {
                self.claiming_verb_before(comma).map_or_else(Vec::new, |v| self.subject(v, MAX_SUBJECT_DISTANCE, true))
            }
            None => Vec::new(),
        }
    }

    /// The first verb of saying or crediting before token `end` ("said", "praised X for …").
    fn claiming_verb_before(&self, end: usize) -> Option<usize> {
        (0..end).find(|&v| {
            self.word(v).is_some_and(|w| {
                matches!(
                    w,
                    "said"
                        | "says"
                        | "claimed"
                        | "claims"
                        | "insisted"
                        | "insists"
                        | "argued"
                        | "argues"
                        | "arguing"
                        | "saying"
                        | "claiming"
                        | "insisting"
                        | "told"
                        | "praised"
                        | "credited"
                        | "thanked"
                        | "suggested"
                )
            })
        })
    }

    /// "Washington accused Petro of failing to act, which he denied": for a verb at `i` after
    /// ", which" and a pronoun, the accused (who denies) and the accuser.
    /// Also ", a charge it denies" and ", a charge the group denies" (the accused by a
    /// pronoun or a description).
    fn accused_denying(&self, i: usize) -> Option<(Parties, Parties)> {
        let start = match (i.checked_sub(2).and_then(|p| self.word(p)), i.checked_sub(1).and_then(|p| self.word(p))) {
            (_, Some("he" | "she" | "it" | "they")) => i - 1,
            (Some("the"), Some("group" | "militia" | "movement" | "company" | "firm" | "government" | "country")) => {
                i - 2
            }
            _ => return None,
        };
        // the first word of the clause, after its comma
        let opening = if self.word(start.checked_sub(1)?) == Some("which") {
            start - 1
        } else if self.headed_by(start, &[CHARGE_NOUNS]) {
            start - 2
        } else {
            return None;
        };
        let comma = opening.checked_sub(1)?;
        if !self.toks[comma].is_punct(',') {
            return None;
        }
        let v = self.accusing_verb_before(comma)?;
        Some((self.objects(v + 1), self.subject(v, MAX_SUBJECT_DISTANCE, true)))
    }

    /// "India blamed Pakistan …, and Pakistan rejected the accusation", "Russia accused Ukraine
    /// of … . Ukraine denied any involvement.": for a verb at `i..end` whose object is a charge,
    /// the one who made it earlier in the sentence, or else in the sentence before against one
    /// of the verb's subjects `subj`.
    fn accuser_of_object(&self, i: usize, end: usize, subj: &[(usize, usize)]) -> Vec<(usize, usize)> {
        // ("… accused Rachel Reeves of …. Reeves denied that she had misled voters": what the
        // denier did is the charge)
        let own_act =
            self.word(end) == Some("that") && matches!(self.word(end + 1), Some("he" | "she" | "it" | "they"));
        if !self.charge_object(end) && !own_act {
            return Vec::new();
        }
        if let Some(v) = self.accusing_verb_before(i) {
            // "accused by the Sudanese army of …": the agent
            if self.word(v + 1) == Some("by") {
                return self.objects(v + 2);
            }
            return self.subject(v, MAX_SUBJECT_DISTANCE, true);
        }
        // the accused, or one titled by it ("Eritrea's information minister X dismissed the claim")
        // (or a body of the accused state: "Tusk accused Russia … . The Kremlin dismissed the
        // accusation")
        let answers = |accused: usize| {
            subj.iter()
                .any(|&(t, s)| s == accused || self.titled_by(t) == Some(accused) || self.body_of_state(s, accused))
        };
        let mut accusers: Vec<(usize, usize)> = self
            .accusations
            .iter()
            .filter(|&&(_, accused)| answers(accused))
            .map(|&(accuser, _)| (i, accuser))
            .collect();
        accusers.dedup();
        accusers
    }

    /// Is the object starting at `end` a charge: a determiner (or its maker) and a charge noun,
    /// or a bare plural ("rejected the allegations", "rejected Washington's accusations",
    /// "rejected accusations", "denied involvement")?
    fn charge_object(&self, end: usize) -> bool {
        let mut k = end;
        if self.word(k).is_some_and(|w| matches!(w, "the" | "these" | "those" | "this" | "that" | "such" | "any")) {
            k += 1;
        }
        // whose charge: "the U.S. allegations", "Washington's accusations"
        if self.entity(k).is_some() {
            k += if self.possessive_at(k + 1) { 2 } else { 1 };
        }
        self.word(k).is_some_and(|w| {
            (CHARGE_NOUNS.contains(&w) && (k > end || w.ends_with('s')))
                || matches!(w, "involvement" | "wrongdoing" | "responsibility")
        })
    }

    /// Is the meeting verb at `i` an infinitive that an invitation, plan or agreement a few words
    /// before governs ("accepted an invitation from Xi to visit Beijing in April", "agreed with
    /// Putin to meet in Budapest")? (A purpose is kept: "flew to Riyadh to meet X".)
    fn intended(&self, i: usize) -> bool {
        i >= 2
            && self.word(i - 1) == Some("to")
            && (i.saturating_sub(9)..i - 1).any(|p| {
                self.word(p).is_some_and(|w| {
                    matches!(
                        w,
                        "invitation"
                            | "invitations"
                            | "invited"
                            | "invites"
                            | "plans"
                            | "planned"
                            | "planning"
                            | "agreed"
                            | "agrees"
                            | "wants"
                            | "hopes"
                            | "hoped"
                            | "intends"
                            | "expected"
                            | "scheduled"
                            | "offered"
                            | "proposed"
                    )
                })
            })
    }

    /// Does a time in the future follow the trigger ending at `end`, in its clause ("when he
    /// visits Washington next month", "meets Xi later this week")?
    fn future_after(&self, end: usize) -> bool {
        let words = |k: usize| self.word(k);
        (end..end + 8)
            .take_while(|&k| self.toks.get(k).is_some_and(|t| !matches!(t.kind, TokenKind::Punct(',' | ';' | '.'))))
            .any(|k| {
                matches!(
                    (words(k), words(k + 1), words(k + 2)),
                    (Some("next"), Some("week" | "month" | "year" | "spring" | "summer" | "autumn" | "winter"), _)
                        | (Some("later"), Some("this" | "today"), _)
                        | (Some("this"), Some("evening" | "weekend"), _)
                        | (Some("tomorrow" | "tonight"), _, _)
                        | (Some("in"), Some("the"), Some("coming"))
                )
            })
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

    /// The organisation or country whose titles stand before the person at token `t`
    /// ("Eritrea's information minister X", "Kremlin spokesman X").
    fn titled_by(&self, t: usize) -> Option<usize> {
        let mut p = t;
        while p > 0 && t - p < 5 && self.is_title_word(p - 1) {
            p -= 1;
        }
        if p == t || p == 0 {
            return None;
        }
        let owner = if self.possessive_at(p - 1) { p.checked_sub(2)? } else { p - 1 };
        self.organisation(owner).map(|(e, _)| e)
    }

    /// The last verb of accusing before token `i`.
    fn accusing_verb_before(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&v| {
            self.word(v).is_some_and(|w| {
                matches!(w, "accused" | "accuses" | "accusing" | "alleged" | "alleges" | "blamed" | "blames")
            })
        })
    }

    /// Is one of the (up to `reach`) words right before token `i`, with nothing but words
    /// between, in `list`?
    fn word_just_before(&self, i: usize, reach: usize, list: &[&str]) -> bool {
        (i.saturating_sub(reach)..i).rev().map_while(|p| self.word(p)).any(|w| list.contains(&w))
    }

    /// Does "each other" or "one another" start at `k`?
    fn each_other(&self, k: usize) -> bool {
        matches!((self.word(k), self.word(k + 1)), (Some("each"), Some("other")) | (Some("one"), Some("another")))
    }

    /// Is the word before `i` a verb that takes "back" as a particle ("handing back", "paid back")?
    fn particle_verb(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| w.ends_with("ing") || w.ends_with("ed") || PARTICLE_VERBS.contains(&w))
    }

    /// Is the verb trigger at `i..end` used as a noun: a one-word trigger after an
    /// article or possessive pronoun ("the backs", "its hosts"; "a meeting with" still
    /// counts), glued by a hyphen to a word or name before it ("full-back", "co-hosted",
    /// "the Iran-backed group", an adjective: see `modifiers`; not "re-joined"), or followed by "of" ("Chris Hawkins, host of …", "the visit of")?
    fn verb_form_as_noun(&self, i: usize, end: usize) -> bool {
        // "a meeting with", "his talks with" keep their meaning as nouns: one-word triggers only
        let before = i.checked_sub(1).and_then(|p| self.word(p));
        let determiner_before = before
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"));
        let determined = end == i + 1 && determiner_before;
        let compound = i >= 2
            && self.toks[i - 1].is_punct('-')
            && self.toks[i - 1].end == self.toks[i].start
            && self.toks[i - 2].end == self.toks[i - 1].start
            && self.word(i - 2).is_none_or(|w| w != "re");
        // ("whom Washington accuses of …" is the verb: its object stands before)
        let of = self.word(end) == Some("of") && !self.word(i).is_some_and(|w| w.starts_with("accus"));
        // "founded by assassinated former prime minister X": a participle describing a name
        let adjective = end == i + 1
            && self.word(i).is_some_and(|w| w.ends_with("ed"))
            && i.checked_sub(1).is_some_and(|p| self.is_prep(p) || matches!(self.word(p), Some("the" | "a" | "an")))
            && (self.is_title_word(end) || self.entity(end).is_some());
        // "as protests against the ruling party entered their second year", "amid protests
        // against X": a plural opening the clause is its subject, no verb ("talks" has its own rules)
        let plural_subject = self.word(i).is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && w != "talks")
            && (determiner_before || matches!(before, Some("as" | "amid" | "despite" | "mass" | "street")));
        determined || compound || of || adjective || plural_subject
    }

    /// Is the one-word trigger at `i..end` a noun naming the person after it
    /// ("television host Lorraine Kelly", "chatshow host Mr Kilroy-Silk")? It is
    /// when a common noun precedes it: a verb in that form follows its subject, a
    /// modal, "to", a pronoun, an adverb or a role ("officials host", "will host",
    /// "today met", "the president met").
    fn role_noun(&self, i: usize, end: usize) -> bool {
        let present = end == i + 1 && self.word(i).is_some_and(|w| !w.ends_with("ed") && !w.ends_with("ing"));
        if !present {
            return false;
        }
        let mut n = end;
        let honorific =
            |n: usize| self.toks.get(n).is_some_and(|t| crate::resolve::is_title(&self.text[t.start..t.end]));
        while (self.is_title_word(n) || honorific(n)) && n - end < 3 {
            n += 1;
        }
        if !matches!(self.entity(n), Some((_, EntityType::Actor, _))) {
            return false;
        }
        // and a common noun before it
        i.checked_sub(1).and_then(|p| self.word(p)).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_alphabetic)
                && !w.ends_with('s')
                && !w.ends_with("ly")
                && !VERB_PRECEDERS.contains(&w)
                && !self.is_title_word(i - 1)
                && !FOLLOWERS.contains(&w)
                && !CLAUSE_WORDS.contains(&w)
                && !DETERMINERS.contains(&w)
        })
    }

    /// Does an object start at token `k` (an entity, or a determiner before one)?
    fn object_starts(&self, k: usize) -> bool {
        self.entity(k).is_some() || self.word(k).is_some_and(|w| DETERMINERS.contains(&w))
    }

    /// Is the verb trigger `i..end` a participle in a passive without its agent: after a form
    /// of "be" ("Russia is accused of …", "was widely criticised") or, as in headlines, right
    /// before a preposition instead of an object ("Labour accused of EU propaganda"; not for a
    /// verb without object, `intransitive`: "Britain and Japan clashed over trade")?
    fn agentless_passive(&self, i: usize, end: usize, intransitive: bool) -> bool {
        let Some(last) = end.checked_sub(1).filter(|&l| l >= i).and_then(|l| self.word(l)) else {
            return false;
        };
        let regular = last.ends_with("ed");
        let after_be = (regular || last == "met")
            && (1..=2).any(|back| {
                i >= back
                    && self.word(i - back).is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w))
                    && (back == 1 || self.word(i - 1).is_some_and(|w| w.ends_with("ly")))
            });
        after_be || (regular && !intransitive && self.word(end).is_some_and(|w| AGENTLESS_PREPOSITIONS.contains(&w)))
    }

    /// "X's support for Y", "support from X" (for the clause subject), "criticism of Y";
    /// `named`: the target only as named after the noun (the pattern's `+named`).
    fn nominal(&mut self, relation: Relation, named: bool, i: usize, end: usize, trig: Span<'_>, negated: bool) {
        // "supports any talks between X and Y", "any such meeting": none held
        if relation == Relation::Meets
            && (self.word(i.wrapping_sub(1)) == Some("any")
                || (self.word(i.wrapping_sub(1)) == Some("such") && self.word(i.wrapping_sub(2)) == Some("any")))
        {
            return;
        }
        // "Russia-Ukraine talks", "US-China trade talks": the two sides of a hyphen meet
        if relation == Relation::Meets {
            if let Some(parties) = self.hyphenated_pair(i) {
                self.reciprocal(&parties, relation, trig, 0.7, negated);
                return;
            }
        }
        // possessor: ENT ['s] [adj]{0,2} trigger
        let mut sources: Vec<(usize, usize)> = Vec::new();
        let mut k = i;
        let mut adjs = 0;
        while k > 0 && adjs <= 2 {
            let t = &self.toks[k - 1];
            if t.is_quote() {
                k -= 1;
                continue;
            }
            if let Some((e, _, _)) = t.entity() {
                let possessive = self.possessive_at(k);
                if !self.is_modifier(k - 1) && (possessive || k == i) {
                    sources.push((k - 1, e));
                }
                break;
            }
            if t.kind == TokenKind::Possessive {
                k -= 1;
                continue;
            }
            match t.word() {
                Some(w) if !CLAUSE_WORDS.contains(&w) && !self.is_prep(k - 1) && !DETERMINERS.contains(&w) => {
                    adjs += 1;
                    k -= 1;
                }
                _ => break,
            }
        }
        let explicit_source = !sources.is_empty();
        // "thanked Turkey for its support": the one thanked gave it to the one thanking
        if !explicit_source {
            if let Some((givers, thank)) = self.thanked_for(k) {
                // what the support is for, when named ("thanked X for their support of a
                // Palestinian state"), else the one thanking
                let named = match self.word(end) {
                    Some("of" | "for" | "to") => self.objects(end + 1),
                    _ => Vec::new(),
                };
                let receivers = if named.is_empty() { self.subject(thank, MAX_SUBJECT_DISTANCE, true) } else { named };
                for &(_, receiver) in &receivers {
                    for &(_, giver) in &givers {
                        self.typed(giver, receiver, relation, trig, 0.7, negated);
                    }
                }
                return;
            }
        }
        // "a critic of Western aid to Kyiv", "the end of support for X": the noun is what
        // someone else objects to or stops, so the clause subject is not its source
        // "questioned aid to Kyiv", "blocked the military aid to Ukraine": so is a noun a
        // verb near before it doubts or stops
        // (the owner may open the phrase: "the suspension of remaining U.S. sanctions on X")
        let phrase_start = sources.first().map_or(k, |&(t, _)| self.phrase_start(t));
        let undone = (phrase_start >= 2
            && self.word(phrase_start - 1) == Some("of")
            && self.word(phrase_start - 2).is_some_and(|w| UNDOING_NOUNS.contains(&w)))
            || self.word_just_before(i, 4, UNDOING_VERBS);
        // "Kuwait has the full support of Saudi Arabia": after a verb of having or
        // receiving, "of X" names the giver
        let received = self.word_just_before(k, 2, RECEIVING_VERBS);
        let mut targets: Vec<(usize, usize)> = Vec::new();
        let mut j = end;
        for _ in 0..2 {
            j = self.after_quotes(j);
            match self.word(j) {
                Some("from" | "by") if !explicit_source => {
                    sources = self.objects(j + 1);
                    j = after_last(&sources, j + 2);
                }
                Some("of") if received && !explicit_source && sources.is_empty() => {
                    sources = self.objects(j + 1);
                    j = after_last(&sources, j + 2);
                }
                // "talks with X", "on a visit to Beijing"
                Some("with") if relation == Relation::Meets => {
                    targets = self.objects(j + 1);
                    break;
                }
                Some("to") if relation == Relation::Meets && matches!(self.word(i), Some("visit")) => {
                    targets = self.objects(j + 1);
                    break;
                }
                // "talks between Russia and Ukraine"
                Some("between") if relation == Relation::Meets && sources.is_empty() => {
                    let parties = self.first_pair_or_list(self.objects(j + 1));
                    // ("the summit between X and Y was planned for May": not held)
                    if parties.len() > 1 && !self.not_yet_after(after_last(&parties, j + 2)) {
                        self.reciprocal(&parties, relation, trig, 0.7, negated);
                    }
                    return;
                }
                Some("for" | "to" | "of" | "on" | "against") if relation != Relation::Meets && targets.is_empty() => {
                    targets = self.objects(j + 1);
                    break;
                }
                _ => break,
            }
        }
        // "support for the Conservative party stood at 38 pct": a poll's share, no backing
        if relation == Relation::Supports && self.poll_share_after(after_last(&targets, end)) {
            return;
        }
        // "talks with Iran are scheduled to resume": not (yet) held
        if relation == Relation::Meets && self.not_yet_after(after_last(&targets, end)) {
            return;
        }
        let mut conf = 0.75;
        let mut negated = negated || (explicit_source && undone);
        if sources.is_empty() && !targets.is_empty() {
            if undone {
                return;
            }
            sources = self.subject(i, 8, false);
            // "proposed using frozen Russian assets to fund a loan for Ukraine": a demonym
            // before a noun gives only as the subject of a verb ("Russian officials pledged …")
            sources.retain(|&(t, _)| {
                !(matches!(self.entity(t), Some((_, _, AliasKind::Demonym)))
                    && self.common_noun_at(t + 1)
                    && !self.verb_after(t + 1))
            });
            // "Kim thanked Putin for Russia's support and pledged continued backing for …":
            // the object of an earlier verb does not give what a later noun names, unless a
            // pronoun says so ("praised Germany for its support of Ukraine")
            let pronoun = k.checked_sub(1).and_then(|p| self.word(p)).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w));
            if !pronoun && sources.last().is_some_and(|&(c, _)| self.object_of_verb(c)) {
                return;
            }
            conf = 0.6;
            // "Turkey declined to join the sanctions": a negation between subject and noun
            if let Some(first) = sources.iter().map(|s| s.0).max() {
                negated |=
                    (first + 1..i).any(|k| self.rules.cues.negation.match_at(|n| self.word_before(k + n, i)).is_some());
            }
        } else if let Some(w) = self.reliant_on(relation, explicit_source, &sources, &targets) {
            targets = self.subject(w, MAX_SUBJECT_DISTANCE, false);
            conf = 0.6;
        } else if targets.is_empty()
            && !sources.is_empty()
            && (!explicit_source || self.after_with(sources[0].0))
            // an attack is aimed at whom the text names ("attacks by Iran on …"), not at the
            // clause's subject ("Weinberger sought cover from attacks by Iran")
            && !named
        {
            // not across "that" ("told Reuters that a loan from X …": the clause has its own subject);
            // after a participle opening a clause, the main clause's subject ("X met Y in Moscow,
            // drawing criticism from Z")
            // (also past an article and adjectives: "drawing a sharp rebuke from Z")
            let anchor = self.participle_before(i, 4).unwrap_or(i);
            targets = self.subject(anchor, MAX_NOUN_RECIPIENT_DISTANCE, false);
            targets.retain(|&(t, _)| !(t + 1..i).any(|p| self.word(p) == Some("that")));
            conf = 0.6;
        }
        for &(_, s) in &sources {
            for &(_, t) in &targets {
                self.typed(s, t, relation, trig, conf, negated);
            }
        }
    }

    /// "Kyiv was grateful for Poland's support", "Israel relies on U.S. military aid": the
    /// word of thanks or reliance before a support noun whose giver is named as its owner
    /// (its subject receives it), if there is one.
    fn reliant_on(
        &self,
        relation: Relation,
        explicit_source: bool,
        sources: &[(usize, usize)],
        targets: &[(usize, usize)],
    ) -> Option<usize> {
        if relation != Relation::Supports || !explicit_source || !targets.is_empty() {
            return None;
        }
        let start = self.phrase_start(sources.first()?.0);
        (start >= 2
            && matches!(self.word(start - 1), Some("for" | "on"))
            && self.word(start - 2).is_some_and(|w| RELIANT_WORDS.contains(&w)))
        .then(|| start - 2)
    }

    /// Does a poll's figure follow at `n` ("stood at 38 pct", "rose to 41%", "was 32 per
    /// cent"): a verb of level or change, then a share within three words?
    fn poll_share_after(&self, n: usize) -> bool {
        let n = n + usize::from(self.word(n) == Some("party"));
        let level = self.word(n).is_some_and(|w| {
            matches!(
                w,
                "stood"
                    | "stands"
                    | "was"
                    | "is"
                    | "at"
                    | "rose"
                    | "rises"
                    | "fell"
                    | "falls"
                    | "dropped"
                    | "slipped"
                    | "climbed"
            )
        });
        let share = |p: usize| {
            self.toks.get(p).is_some_and(|t| t.is_punct('%'))
                || self.word(p).is_some_and(|w| matches!(w, "pct" | "percent" | "per" | "points"))
        };
        level
            && (n + 1..n + 4)
                .any(|p| self.word(p).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) && share(p + 1))
    }

    /// Does "is/was … planned, scheduled, expected, due, postponed, cancelled" start at `n`,
    /// right after a meeting's parties: the meeting has not happened?
    fn not_yet_after(&self, n: usize) -> bool {
        matches!(self.word(n), Some("is" | "was" | "are" | "were" | "has" | "have" | "had"))
            && (n + 1..n + 3).map_while(|p| self.word(p)).any(|w| {
                matches!(
                    w,
                    "planned"
                        | "scheduled"
                        | "expected"
                        | "due"
                        | "set"
                        | "postponed"
                        | "cancelled"
                        | "canceled"
                        | "delayed"
                        | "proposed"
                )
            })
    }

    /// The first token of the noun phrase whose owner stands at `t`: up to two adjectives
    /// and a determiner before it ("the remaining U.S. sanctions").
    fn phrase_start(&self, t: usize) -> usize {
        let mut k = t;
        let mut adjs = 0;
        while k > 0 && adjs < 2 {
            match self.word(k - 1) {
                Some(w) if DETERMINERS.contains(&w) => return k - 1,
                Some(w) if !CLAUSE_WORDS.contains(&w) && !self.is_prep(k - 1) && !self.flag(k - 1, TRIGGER) => {
                    adjs += 1;
                    k -= 1;
                }
                _ => break,
            }
        }
        k
    }

    /// The two names joined by a hyphen right before the noun at `i` (one topic word may stand
    /// between: "US-China trade talks").
    fn hyphenated_pair(&self, i: usize) -> Option<[(usize, usize); 2]> {
        let mut p = i;
        if self
            .word(p.checked_sub(1)?)
            .is_some_and(|w| matches!(w, "trade" | "peace" | "security" | "nuclear" | "border"))
        {
            p -= 1;
        }
        let (a, dash, b) = (p.checked_sub(3)?, p - 2, p - 1);
        let glued = self.toks[dash].is_punct('-')
            && self.toks[a].end == self.toks[dash].start
            && self.toks[dash].end == self.toks[b].start;
        match (self.entity(a), self.entity(b)) {
            (Some((x, _, _)), Some((y, _, _))) if glued && x != y => Some([(a, x), (b, y)]),
            _ => None,
        }
    }

    /// Is the possessor at `p` right after "with" ("…, with Washington's backing": what it
    /// backs is the clause's subject)?
    fn after_with(&self, p: usize) -> bool {
        p > 0 && self.word(p - 1) == Some("with")
    }

    /// "thanked X and Y for their support": for a noun whose phrase starts at `k` after
    /// "for" and a possessive pronoun, the entities thanked and the token of "thank".
    fn thanked_for(&self, k: usize) -> Option<(Vec<(usize, usize)>, usize)> {
        let pronoun = k.checked_sub(1).and_then(|p| self.word(p));
        if !pronoun.is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w)) || self.word(k.checked_sub(2)?) != Some("for") {
            return None;
        }
        let (e, _, _) = self.entity(k.checked_sub(3)?)?;
        let givers = self.coordination(k - 3, e);
        let first = givers.last().map_or(k - 3, |g| g.0);
        let thank = (first.saturating_sub(6)..first)
            .rev()
            .find(|&v| self.word(v).is_some_and(|w| matches!(w, "thank" | "thanks" | "thanked" | "thanking")))?;
        Some((givers, thank))
    }

    /// Is the verb trigger at `i..end` a meeting of its coordinated subjects `subj`
    /// ("Macron and Starmer met", "France and Germany held talks")? Only an intransitive
    /// finite form ("met", "meet", "held talks"; not "meeting", "met with", "hosted",
    /// "pushed X and Y to meet their commitments")
    /// right after a coordination ending in "and" of names (not demonyms: "U.S. and
    /// Japanese officials meet" names no one who meets).
    fn reciprocal_verb(&self, pattern: &Pattern, i: usize, end: usize, subj: &[(usize, usize)]) -> bool {
        let Some(&(nearest, _)) = subj.first() else { return false };
        subj.len() > 1
            && pattern.reciprocal
            && !self.word(i).is_some_and(|w| w.ends_with("ing"))
            && !matches!(self.word(end - 1), Some("with" | "to"))
            && self.word(i - 1) != Some("to")
            // (past a relative clause between commas: "Macron and Starmer, who lead the
            // coalition, met in Paris")
            && (i - nearest <= 3
                || (self.toks.get(nearest + 1).is_some_and(|t| t.is_punct(','))
                    && matches!(self.word(nearest + 2), Some("who" | "which"))
                    && self.toks[i - 1].is_punct(',')))
            && self.coordinated_before(nearest).is_some_and(|prev| (prev..nearest).any(|t| self.word(t) == Some("and")))
            // (demonyms only as the states whose forces act: "Pakistani and Afghan forces
            // exchanged fire"; not "Chinese and American officials met")
            && (subj.iter().all(|&(k, _)| !matches!(self.entity(k), Some((_, _, AliasKind::Demonym))))
                || self.word(nearest + 1).is_some_and(|w| FORCE_NOUNS.contains(&w)))
    }

    /// The parties of "talks between X and Y": the objects up to the one after the
    /// first "and" ("between the U.S. and Canada, Reuber said" stops at Canada),
    /// none if a demonym is among them ("between Iranian minister X and …").
    fn first_pair_or_list(&self, parties: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (k, e) in parties {
            if matches!(self.entity(k), Some((_, _, AliasKind::Demonym))) {
                return Vec::new();
            }
            out.push((k, e));
            if out.len() > 1 && k >= 1 && self.word(k - 1) == Some("and") {
                break;
            }
        }
        out
    }

    /// A relation between every two of `parties` (coordinated entities): once for a symmetric
    /// one ("X and Y met"), both ways for a directed one ("X and Y traded accusations").
    fn reciprocal(&mut self, parties: &[(usize, usize)], relation: Relation, trig: Span<'_>, conf: f64, negated: bool) {
        for (a, &(_, x)) in parties.iter().enumerate() {
            for &(_, y) in &parties[a + 1..] {
                self.typed(x, y, relation, trig, conf, negated);
                if !relation.is_symmetric() {
                    self.typed(y, x, relation, trig, conf, negated);
                }
            }
        }
    }

    /// A noun whose parties act on each other: "a row between X and Y"; "X's dispute with
    /// Y", "X is in a dispute with Y", "X … its dispute with Y" (the owner, or the subject
    /// where the noun is its own: after "in a" or a possessive pronoun).
    fn reciprocal_noun(&mut self, relation: Relation, i: usize, end: usize, trig: Span<'_>, negated: bool) {
        let j = self.after_quotes(end);
        match self.word(j) {
            Some("between") => {
                let parties = self.first_pair_or_list(self.objects(j + 1));
                if parties.len() > 1 {
                    self.reciprocal(&parties, relation, trig, 0.7, negated);
                }
            }
            Some("with") => {
                let others = self.objects(j + 1);
                // the noun's first word, past at most two modifiers ("Japan's escalating trade dispute")
                let mut k = i;
                while k > 0 && i - k < 2 && self.word(k - 1).is_some_and(|w| self.modifier_word(w, k - 1)) {
                    k -= 1;
                }
                let owner = (k > 1 && self.possessive_at(k - 1)).then(|| self.entity(k - 2)).flatten();
                let owners = if let Some((e, _, _)) = owner {
                    vec![(k - 2, e)]
                } else {
                    let own = self.word(k.wrapping_sub(1)).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w))
                        || (k >= 2 && matches!(self.word(k - 1), Some("a" | "an")) && self.word(k - 2) == Some("in"));
                    if !own {
                        return;
                    }
                    let anchor = self.participle_before(k, 3).unwrap_or(k);
                    self.subject(anchor, MAX_SUBJECT_DISTANCE, false)
                };
                for &(_, x) in &owners {
                    for &(_, y) in others.iter().filter(|&&(_, y)| y != x) {
                        self.typed(x, y, relation, trig, 0.7, negated);
                        self.typed(y, x, relation, trig, 0.7, negated);
                    }
                }
            }
            _ => {}
        }
    }

    /// A participle opening a clause within `reach` words before `i`, past plain words only
    /// ("drawing a sharp rebuke from", "deepening his feud with"): the noun at `i` aims at
    /// or belongs to the main clause's subject.
    fn participle_before(&self, i: usize, reach: usize) -> Option<usize> {
        (i.saturating_sub(reach)..i)
            .rev()
            .take_while(|&p| self.word(p).is_some_and(|w| !self.is_prep(p) && !CLAUSE_WORDS.contains(&w)))
            .find(|&p| self.clause_participle(p))
    }

    /// A word that may stand between a possessive or article and its noun ("escalating",
    /// "trade", "bitter"): a plain lower-case word, not a determiner, preposition or clause word.
    fn modifier_word(&self, w: &str, p: usize) -> bool {
        !DETERMINERS.contains(&w) && !self.is_prep(p) && !CLAUSE_WORDS.contains(&w) && self.entity(p).is_none()
    }

    /// The organisation named before the subjects ("…NATO, with Finland and Sweden … to join").
    fn implicit_organisation(&self, subjects: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let Some(first) = subjects.iter().map(|s| s.0).min() else {
            return Vec::new();
        };
        (0..first)
            .rev()
            .find(|&k| matches!(self.entity(k), Some((_, EntityType::Institution, AliasKind::Name))))
            .map(|k| vec![(k, self.entity(k).map_or(0, |e| e.0))])
            .unwrap_or_default()
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
            r => r,
        };
        self.push_flagged(s, t, relation, trig, conf, negated);
    }

    fn etype_of(&self, entity: usize) -> Option<EntityType> {
        self.toks.iter().find_map(|t| match t.entity() {
            Some((e, ty, _)) if e == entity => Some(ty),
            _ => None,
        })
    }
}

/// A regular past tense ("approved") or one of [`PAST_FORMS`] ("held", "met").
fn past_tense(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || PAST_FORMS.contains(&w)
}

/// The token after the last of `found` (token, entity) pairs, or `otherwise` if none.
/// Is `w` a form of selling, shipping or supplying (trade, not a gift, when money moves)?
fn selling_verb(w: &str) -> bool {
    w.starts_with("sel") || w == "sold" || w.starts_with("ship") || w.starts_with("suppl")
}

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
