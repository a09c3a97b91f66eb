//! The closed word classes the rules read: nouns, verbs and function words by the part they
//! play ("UNDOING_VERBS": block, question, veto …).

use super::Relation;

/// Nouns that object to or stop what follows "of" ("a critic of aid to X").
pub(super) const UNDOING_NOUNS: &[&str] = &[
    "critic",
    "critics",
    "opponent",
    "opponents",
    "skeptic",
    "skeptics",
    "sceptic",
    "sceptics",
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

/// People and things of a state one hosts or visits without meeting the state ("Japan hosts
/// U.S. troops", "visited American bases").
pub(super) const HOSTED_NOUNS: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "base",
    "bases",
    "weapons",
    "missiles",
    "warships",
    "jets",
    "aircraft",
    "refugees",
    "migrants",
    "tourists",
    "students",
    "nationals",
    "citizens",
    "workers",
    "companies",
    "firms",
    "investors",
];

/// Verbs of telling someone something in a meeting ("Xi told Trump in a phone call that …").
pub(super) const TELLING_VERBS: &[&str] =
    &["told", "assured", "reassured", "urged", "asked", "informed", "promised", "pressed", "warned"];

/// Hostile verbs after "threatened to" whose object is the one threatened ("threatened to
/// punish Spain").
pub(super) const HOSTILE_INFINITIVES: &[&str] = &[
    "punish", "attack", "strike", "invade", "sanction", "expel", "sue", "bomb", "annex", "seize", "block", "veto",
    "destroy", "target", "hit", "arrest", "boycott", "blockade", "fire",
];

/// Nouns that name an attack of the sentence before ("Aoun condemned the strike").
pub(super) const ATTACK_ACT_NOUNS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "bombardment",
    "raid",
    "raids",
    "offensive",
    "assault",
    "killing",
    "killings",
    "shelling",
    "incursion",
];

/// Nouns that name a measure of the sentence before ("Beijing denounced the sanctions").
pub(super) const MEASURE_ACT_NOUNS: &[&str] =
    &["sanctions", "tariffs", "tariff", "ban", "embargo", "fine", "restrictions", "suspension", "expulsion"];

/// Nouns that name any act of the sentence before ("Nigeria welcomed the decision").
pub(super) const ANY_ACT_NOUNS: &[&str] = &["decision", "move", "step", "action", "announcement"];

/// Participles that describe a noun trigger by who gave or imposed it, before "by X" or its
/// target: "sanctions imposed by Washington on Brasilia", "aid provided by X to Y".
pub(super) const GIVEN_PARTICIPLES: &[&str] = &[
    "imposed",
    "levied",
    "slapped",
    "placed",
    "announced",
    "provided",
    "offered",
    "pledged",
    "promised",
    "given",
    "sent",
    "extended",
    "approved",
    "granted",
    "supplied",
    "delivered",
];

/// Gerunds of giving or imposing whose object a noun trigger may head ("an order imposing new
/// sanctions on X", "a bill providing military aid to Y").
pub(super) const GIVING_GERUNDS: &[&str] = &[
    "imposing",
    "levying",
    "slapping",
    "announcing",
    "approving",
    "providing",
    "offering",
    "pledging",
    "sending",
    "extending",
    "granting",
];

/// Verbs of having or receiving before a support noun: "has the support of X" names the giver.
pub(super) const RECEIVING_VERBS: &[&str] = &[
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

/// Verbs that bring a reaction on their subject: "X's plan drew criticism from Y".
pub(super) const DRAWING_VERBS: &[&str] = &[
    "drew",
    "draws",
    "draw",
    "drawn",
    "drawing",
    "attracted",
    "attracts",
    "sparked",
    "sparks",
    "provoked",
    "provokes",
    "prompted",
    "prompts",
    "faced",
    "faces",
    "earned",
    "earns",
];

/// Nouns for a group between "X-backed" and its name ("the Iran-backed group Hezbollah").
pub(super) const GROUP_NOUNS: &[&str] = &[
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
pub(super) const IRREGULAR_PARTICIPLES: &[&str] = &["met", "fought", "held", "stood", "beaten", "hit", "led"];

/// Verbs that doubt, stop or cut what follows ("questioned aid to Kyiv", "blocked
/// the military aid to Ukraine"): a support noun after them is not the subject's.
/// (With [`ENDING_VERBS`], which end what the subject gives or imposes itself.)
pub(super) const UNDOING_VERBS: &[&str] = &[
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
    "vetoed",
    "vetoing",
    "veto",
    "vetoes",
    "delayed",
    "delaying",
    "delay",
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
];

/// Verbs of ending or cutting what one gives or imposes oneself ("lifted U.S. sanctions on X",
/// "halted its aid to Y"): unlike [`UNDOING_VERBS`], their subject owns the thing.
pub(super) const ENDING_VERBS: &[&str] = &[
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
    "relaxed",
    "relaxing",
    "relax",
    "ended",
    "ending",
    "end",
    "ends",
    "scrapped",
    "scrapping",
    "scrap",
    "suspended",
    "suspending",
    "suspend",
    "suspends",
    "halted",
    "halting",
    "halt",
    "halts",
    "cut",
    "cuts",
    "cutting",
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
    "froze",
    "frozen",
    "freezing",
    "freeze",
    "freezes",
    "stopped",
    "stopping",
    "stop",
    "stops",
    "curbed",
    "curbing",
    "curb",
];

/// Words that end the search for an object: a new clause starts.
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "because", "as", "when", "where", "after", "before", "if",
    "said", "says", "say", "and", "but", "or", "to", "than", "whether", "although", "though", "since", "until",
];

/// Nouns a country's name often modifies, even in one-noun headlines ("Ruto hosts Sudan talks").
pub(super) const EVENT_NOUNS: &[&str] = &[
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

/// What a state pays or sells, after its name: a thing, not the state as a party ("opposed U.S.
/// funding for these banks", "U.S. aid to X").
pub(super) const PAYMENT_NOUNS: &[&str] = &["aid", "funding", "spending", "loans", "exports", "imports"];

/// What a state does to another, so that a country named before it is the agent ("the U.S.
/// strikes"), not the place ("the Gaza attack", "the Ukraine war").
pub(super) const STATE_ACTION_NOUNS: &[&str] = &[
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

/// Hostile acts one names another's ("what Sandu called Russian interference").
pub(super) const HOSTILITY_NOUNS: &[&str] = &[
    "interference",
    "meddling",
    "aggression",
    "provocation",
    "provocations",
    "propaganda",
    "occupation",
    "blackmail",
    "bullying",
    "intimidation",
    "coercion",
    "hostility",
    "threats",
];

/// What a state's armed forces are called ("the deployment of U.S. warships").
pub(super) const FORCE_NOUNS: &[&str] = &[
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
pub(super) const FORCE_NOUNS_SINGULAR: &[&str] = &[
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
pub(super) const GOVERNMENT_NOUNS: &[&str] = &["government", "regime", "authorities", "leadership", "junta"];

/// Adjectives before a stance noun ("close ally", "longtime critic").
pub(super) const STANCE_ADJECTIVES: &[&str] = &[
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
    "largest",
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

/// Roles that name someone's peer, not someone working for them ("his counterpart", "her colleague").
pub(super) const PEER_NOUNS: &[&str] = &[
    "counterpart",
    "counterparts",
    "colleague",
    "colleagues",
    "rival",
    "rivals",
    "predecessor",
    "successor",
    "opponent",
];

/// What one calls a person to do: after "called X to", a phone call ("called Tusk to offer help").
pub(super) const CALL_PURPOSES: &[&str] = &[
    "offer",
    "discuss",
    "express",
    "convey",
    "congratulate",
    "thank",
    "brief",
    "reassure",
    "assure",
    "apologise",
    "apologize",
    "share",
];

/// The field of an alliance, between a stance adjective and the noun ("main security ally").
pub(super) const STANCE_FIELDS: &[&str] = &[
    "security",
    "military",
    "strategic",
    "regional",
    "political",
    "defence",
    "defense",
    "treaty",
    "foreign",
    "financial",
    "economic",
];

/// The relation a stance noun gives its holder toward whom it names: an ally supports, a
/// critic criticises, an opponent opposes.
pub(super) fn stance_noun(w: &str) -> Option<Relation> {
    match w {
        "ally" | "allies" | "backer" | "backers" | "supporter" | "supporters" | "investor" | "investors" => {
            Some(Relation::Supports)
        }
        "critic" | "critics" => Some(Relation::Criticises),
        "opponent" | "opponents" | "foe" | "foes" => Some(Relation::Opposes),
        "affiliate" | "affiliates" | "offshoot" => Some(Relation::AffiliatedWith),
        _ => None,
    }
}

/// Judgements after "called X('s remarks)" that criticise ("irresponsible").
pub(super) const LABEL_WORDS: &[&str] = &[
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
    "bad",
    "terrible",
    "incompetent",
    "corrupt",
    "dishonest",
    "stupid",
    "evil",
    "pathetic",
    "egregious",
    "inflammatory",
    "misguided",
    "undesirable",
    "extremist",
    "unfair",
    "unreasonable",
    "barbaric",
    "brutal",
    "cowardly",
    "heinous",
    "unjust",
    "unjustified",
    "unwarranted",
    "discriminatory",
    "counterproductive",
    "destabilising",
    "destabilizing",
    "insulting",
    "offensive",
    "arrogant",
    "crazy",
    "insane",
    "scandalous",
    "appalling",
    "deplorable",
    // "declared him persona non grata"
    "persona",
];

/// Judgements after "called X('s claims)" that call a charge false, and so deny it; of anything
/// else they criticise like [`LABEL_WORDS`].
pub(super) const FALSITY_WORDS: &[&str] = &["baseless", "false", "groundless", "unfounded", "fake", "lies", "nonsense"];

/// Nouns after an article that call a charge false ("called the accusations a provocation",
/// "a lie"); of anything else they criticise like [`INSULT_NOUNS`].
pub(super) const DISMISSAL_NOUNS: &[&str] =
    &["provocation", "lie", "fabrication", "hoax", "smear", "slander", "fiction", "fantasy", "farce"];

/// Does `label` judge: a label or falsity word ("irresponsible", "baseless"), or after an
/// article an insult noun ("a dictator")?
pub(super) fn judges(label: &str, article: bool) -> bool {
    if article {
        INSULT_NOUNS.contains(&label) || DISMISSAL_NOUNS.contains(&label)
    } else {
        LABEL_WORDS.contains(&label) || FALSITY_WORDS.contains(&label)
    }
}

/// The second half of "X-led", "X-brokered": X owns what the compound modifies (not
/// "X-backed": the backer of a group is not the group).
pub(super) const LEADING_PARTICIPLES: &[&str] =
    &["led", "brokered", "drafted", "proposed", "sponsored", "mediated", "authored", "initiated"];

/// Texts put to a vote ("abstained in a vote condemning X", "vetoed a resolution backing Y").
pub(super) const VOTE_NOUNS: &[&str] =
    &["vote", "resolution", "motion", "draft", "text", "declaration", "statement", "bill", "measure", "amendment"];

/// Harm done to someone, whose owner is its victim ("Imran Khan's arrest", "Bar's dismissal").
pub(super) const HARM_NOUNS: &[&str] = &[
    "arrest",
    "detention",
    "dismissal",
    "removal",
    "ouster",
    "sacking",
    "firing",
    "jailing",
    "imprisonment",
    "conviction",
    "sentencing",
    "expulsion",
    "exclusion",
    "suspension",
    "prosecution",
    "indictment",
    "execution",
    "persecution",
    "abduction",
    "kidnapping",
    "poisoning",
    "assassination",
    "murder",
    "killing",
    "death",
    "deportation",
    "extradition",
    "impeachment",
    "disqualification",
    "overthrow",
    "downfall",
];

/// What someone said, as a judgement names it ("remarks that Beijing called provocative").
pub(in crate::relations) const REMARK_NOUNS: &[&str] =
    &["remarks", "remark", "comments", "comment", "statement", "statements", "words", "speech", "claim", "claims"];

/// Judgements that are nouns after "a"/"an" ("called Zelensky a dictator").
pub(super) const INSULT_NOUNS: &[&str] = &[
    "dictator",
    "separatist",
    "violation",
    "atrocity",
    "massacre",
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
    "tyrant",
    "murderer",
    "warmonger",
    "gangster",
    "thief",
    "bully",
    "tool",
    "pawn",
    "lackey",
    "mouthpiece",
    "parasite",
    "menace",
];

/// Verbs of giving something to a recipient named after "to".
pub(super) const GIVING_VERBS: &[&str] = &[
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
    // ("approved a $400 million arms sale to Taiwan", "extended a $2 billion credit line to X")
    "approved",
    "approve",
    "approves",
    "approving",
    "extended",
    "extend",
    "extends",
    "extending",
];

/// Arms given, sold or shipped by [`GIVING_VERBS`].
pub(super) const ARMS_NOUNS: &[&str] = &[
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
pub(super) const CONDUCT_NOUNS: &[&str] = &[
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
pub(super) const RELIANT_WORDS: &[&str] = &[
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
pub(super) const HELP_NOUNS: &[&str] = &[
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
pub(super) const MONEY_NOUNS: &[&str] = &["money", "funds", "euros", "dollars", "pounds", "billion", "million", "bn"];

/// Irregular past-tense verbs that take an object ("met Tiani", "told Reuters").
pub(super) const PAST_FORMS: &[&str] = &[
    "met", "told", "held", "hit", "sent", "led", "took", "gave", "saw", "beat", "left", "won", "struck", "fought",
    "shot", "sold", "lost", "bought", "caught",
];

/// Determiners and pronouns skipped before an object.
pub(super) const DETERMINERS: &[&str] = &[
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
pub(super) const FOLLOWERS: &[&str] = &[
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
pub(super) const MUNICIPAL: &[&str] =
    &["mayor", "mayoral", "councillor", "councilor", "councilman", "councilwoman", "council", "city", "borough"];

/// Words after which a present-tense trigger is a verb, not a noun ("will host").
pub(super) const VERB_PRECEDERS: &[&str] = &[
    "i", "you", "we", "they", "he", "she", "it", "who", "will", "would", "can", "could", "may", "might", "must",
    "shall", "should", "do", "did", "not", "n't", "never", "also", "to", "then", "now", "often", "still", "jointly",
    "again", "always", "usually", "rarely", "once", "soon", "later", "first",
];

/// Forms of "be"/"get" that make a following participle passive ("was criticised").
pub(super) const PASSIVE_AUXILIARIES: &[&str] =
    &["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"];

/// Prepositions that, right after a participle trigger, show it has no object:
/// a passive without its agent ("Labour accused of EU propaganda").
/// Place and time ("met in Moscow with …") are left out: they follow active verbs too.
pub(super) const AGENTLESS_PREPOSITIONS: &[&str] = &["of", "over", "for", "about", "after", "as", "outside", "inside"];

/// Verbs before which "back" is a particle, not "support" ("get back", "hand back").
pub(super) const PARTICLE_VERBS: &[&str] = &[
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
pub(super) const NATIONALITY_NOUNS: &[&str] = &[
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
    "sprinters",
    "runners",
    "swimmers",
    "cyclists",
    "boxers",
    "golfers",
    "footballers",
    "footballer",
    "striker",
    "strikers",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "player",
    "athlete",
    "sprinter",
    "runner",
    "swimmer",
    "cyclist",
    "boxer",
    "golfer",
    "singer",
    "actor",
    "actress",
    "squad",
    "artists",
    "writers",
    "novel",
    "novels",
    "language",
    "citizens",
    "citizen",
    "national",
    "nationals",
    "journalist",
    "journalists",
    "tourist",
    "businessman",
    "businessmen",
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
    // groups of private people and firms ("Indian startups sued Apple", "the Venezuelan
    // opposition", "Iranian protesters condemned …")
    "opposition",
    "protesters",
    "demonstrators",
    "activists",
    "dissidents",
    "exiles",
    "rebels",
    "militants",
    "extremists",
    "refugees",
    "migrants",
    "pilgrims",
    "voters",
    "journalists",
    "analysts",
    "economists",
    "experts",
    "scholars",
    "academics",
    "scientists",
    "researchers",
    "doctors",
    "companies",
    "firms",
    "businesses",
    "startups",
    "carmakers",
    "automakers",
    "refiners",
    "miners",
    "manufacturers",
    "producers",
    "retailers",
    "brands",
    "buyers",
    "sellers",
    "makers",
    // ("Japanese trading houses"; not banks or airlines, which states own or sanction as the
    // state's: "sanctioned Iranian airlines")
    "lenders",
    "insurers",
    "trading",
    "houses",
];

/// Honorifics before a name, as tokens are read (lower case): part of the name ("Mr Sands").
pub(super) const HONORIFIC_WORDS: &[&str] = &["mr", "mrs", "ms", "dr", "lord", "lady", "sir"];

/// Pronouns that stand for the owner of the noun after them ("thanked X for its support").
pub(super) const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "its", "their"];

/// A person's relatives and counsel: "X's father" acts for himself, not for X.
pub(super) const KIN_NOUNS: &[&str] = &[
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "family", "widow", "lawyer",
    "lawyers", "children", "parents",
];

/// Nouns that describe a company before its name ("carmaker Porsche", "retail bank Absa").
pub(super) const COMPANY_NOUNS: &[&str] = &[
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

/// People sent to act for a state or a group ("officials from Egypt", "mediators from Qatar").
pub(super) const DELEGATE_NOUNS: &[&str] = &[
    "officials",
    "diplomats",
    "envoys",
    "mediators",
    "negotiators",
    "delegates",
    "delegation",
    "delegations",
    "representatives",
    "ministers",
];

/// The members of a party or body, who act for it ("lawmakers from the Democratic Party").
pub(super) const MEMBER_NOUNS: &[&str] =
    &["members", "lawmakers", "legislators", "senators", "leaders", "mps", "deputies", "officials", "ministers"];

/// Adjectives of degree before a noun that is also a verb ("full support", "strong backing").
pub(super) const DEGREE_ADJECTIVES: &[&str] = &[
    "full",
    "strong",
    "firm",
    "unwavering",
    "unconditional",
    "total",
    "complete",
    "continued",
    "continuing",
    "generous",
    "solid",
    "steadfast",
    "wholehearted",
    "unequivocal",
    "staunch",
    "unstinting",
    "unanimous",
    "broad",
    "vital",
    "crucial",
    "political",
    "diplomatic",
    "moral",
];

/// An apposition that names the clause before it as an act ("…, a move criticised by X").
pub(super) const MOVE_NOUNS: &[&str] = &[
    "move",
    "step",
    "decision",
    "measure",
    "action",
    "announcement",
    "attack",
    "strike",
    "strikes",
    "raid",
    "offensive",
    "incursion",
    "remarks",
    "comments",
];

/// What the members of an organisation of states are ("OPEC's second-largest producer", "the
/// EU's largest economy").
pub(super) const MEMBER_STATE_NOUNS: &[&str] = &[
    "producer",
    "producers",
    "exporter",
    "exporters",
    "economy",
    "economies",
    "state",
    "states",
    "country",
    "countries",
    "nation",
    "nations",
];

/// What two parties do together ("condemned the military cooperation between X and Y"; not an
/// agreement, which one may welcome without backing both sides).
pub(super) const JOINT_NOUNS: &[&str] =
    &["cooperation", "collaboration", "collusion", "alliance", "partnership", "rapprochement", "ties"];

/// Verbs that take a "that" clause, and words before a "that" that opens no relative clause
/// ("warns that", "so that"): a "that" after them is no relative pronoun.
pub(super) const CLAUSE_TAKING_VERBS: &[&str] = &[
    "say", "says", "warn", "warns", "believe", "believes", "argue", "argues", "insist", "insists", "claim", "claims",
    "fear", "fears", "hope", "hopes", "think", "thinks", "know", "knows", "suggest", "suggests", "show", "shows",
    "mean", "means", "add", "adds", "note", "notes", "so", "such",
];

/// Participles after "X-" that make X the backer of the name they modify ("the Iran-backed
/// Houthis").
pub(super) const BACKING_PARTICIPLES: &[&str] = &["backed", "supported", "funded", "sponsored", "armed"];

/// Participles after "X-" that make the name they modify a supporter of X ("Iran-aligned
/// militias").
pub(super) const ALIGNED_PARTICIPLES: &[&str] = &["aligned", "allied", "friendly"];

/// Gatherings a body holds ("a summit of the SCO", "the G20 summit, which …").
pub(super) const GATHERING_NOUNS: &[&str] = &["summit", "meeting", "conference", "forum", "session", "congress"];

/// Stems of the verbs whose object is a meeting of others ("hosted talks between X and Y").
pub(super) const HOSTING_VERBS: &[&str] = &["host", "hold", "held", "broker", "arrang", "convene", "mediat", "organi"];

/// Verbs answering a charge ("a charge India rejected", "which Beijing denied").
pub(super) const DENIAL_WORDS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "dismiss",
    "dismisses",
    "dismissed",
    "dismissing",
];

/// What an accusation is called when it is denied ("…, a charge India rejected").
pub(super) const CHARGE_NOUNS: &[&str] = &[
    "charge",
    "charges",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "report",
    "criticism",
];

/// What is said to be so, before the clause that says it ("a report that …").
pub(super) const REPORT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "suggestion",
    "suggestions",
    "speculation",
    "assertion",
    "assertions",
];

/// What one meets besides people ("meet EC standards", "met IMF targets").
pub(super) const REQUIREMENT_NOUNS: &[&str] = &[
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
    "complaint",
    "complaints",
    "concerns",
    "objections",
    "wishes",
];

/// "-ing" words that describe the name after them ("met visiting Chinese Premier X",
/// "backed ruling party Y"): not gerunds with an object of their own.
pub(super) const ING_ADJECTIVES: &[&str] = &[
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
    "pending",
    "ongoing",
    "looming",
    "growing",
    "increasing",
    "mounting",
    "continuing",
    "upcoming",
    "outstanding",
    "booming",
    "dwindling",
    "underlying",
    "prevailing",
    "dissenting",
];

/// Conjunctions that open a subordinate clause: a verb's subject is not before them.
pub(super) const SUBORDINATORS: &[&str] =
    &["after", "before", "because", "while", "when", "if", "although", "though", "since", "until", "unless", "whereas"];

/// Words allowed between a negation cue and its trigger ("did not openly criticise").
pub(super) const NEGATION_GAP: &[&str] = &[
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
    "continue",
    "continues",
    "continued",
    "continuing",
    // (what kind of talks: "ruled out direct talks with Washington")
    "direct",
    "indirect",
    "bilateral",
    // (what one fails to receive: "failed to win backing from China")
    "win",
    "get",
    "secure",
    "obtain",
    "gain",
    "receive",
];

/// Verbs of going on with what one does ("will continue to support X").
pub(super) const CONTINUE_WORDS: &[&str] =
    &["continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "keeping"];

/// What one asks of another and the other can reject ("…, a demand Hezbollah rejected").
pub(super) const DEMAND_NOUNS: &[&str] = &["demand", "proposal", "call", "request", "plan", "offer", "ultimatum"];

/// Agreements: named after a country ("the Iran deal"), they are not the country.
pub(super) const DEAL_NOUNS: &[&str] = &["deal", "deals", "agreement", "accord", "pact", "treaty", "bargain"];

/// A country's representatives that a government summons to protest.
pub(super) const ENVOY_NOUNS: &[&str] =
    &["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "charge"];

/// Nouns ending the name of a part of an organisation ("the Russia and Eurasia programme").
pub(super) const UNIT_NOUNS: &[&str] = &[
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

/// Words naming a part of a country ("in northern Israel", "north Wales councils"): the
/// region, not the state.
pub(super) const COMPASS_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Words counting people one by one ("the only Democrat to …", "three Russians"): before a
/// party's or nation's name they name members, not the whole.
pub(super) const COUNT_WORDS: &[&str] = &[
    "a", "an", "one", "another", "only", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "several",
];
