//! The build pipeline: documents → sentences → matches → mentions →
//! relations → per-document facts, processed in parallel chunks and merged
//! in document order (so the output never depends on the thread count).
//!
//! Three stages overlap: a reader thread streams chunks of raw documents to
//! `jobs` worker threads, and the calling thread merges their results in input
//! order (a reorder buffer puts back what finished early). At most
//! [`IN_FLIGHT`] chunks of documents are between reader and merge, so
//! memory does not grow with the corpus. Workers block on channels instead
//! of spinning, so they leave the CPU to the reader and the merge.

use crate::discover::{discover, Person, MONTHS, WEEKDAYS};
use crate::error::{Error, Result};
use crate::gazetteer::{AliasKind, EntityType, Gazetteer};
use crate::graph::{DocFacts, GraphBuilder, GraphFile, MergeOptions, SentenceRef};
use crate::input::{read_source_raw, Document, RawDoc, Source, Warning};
use crate::matcher::{Matcher, RawMatch};
use crate::relations::patterns::{RelationRules, SentenceContext};
use crate::relations::tokens::{owning_pronoun, ARMED_GROUP_ADJECTIVES};
use crate::relations::{cooccur, EarlierSentence, Relation};
use crate::resolve::{resolve, Mention};
use crate::sentence;
use crate::short_names::{add_short_references, add_titled_given_names};
use std::collections::BTreeMap;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::Mutex;

/// A document after the workers: its facts (if it parsed) and its warnings.
type Processed = (Option<(Document, DocFacts)>, Vec<Warning>);

/// One unit of work: sequence number, a chunk of raw documents and the
/// warnings met while reading them (after them in the output).
type Job = (usize, Vec<RawDoc>, Vec<Warning>);

/// Documents per chunk: enough to make thread hand-overs rare, few enough
/// to keep every worker busy to the end.
const CHUNK_DOCS: usize = 32;

/// A processed chunk with its sequence number, or the error that stopped reading.
type Done = Result<(usize, (Vec<Processed>, Vec<Warning>))>;

/// Chunks between the reader and the merge at most.
const IN_FLIGHT: usize = 16;

/// A loaded gazetteer with its compiled matcher and relation rules.
pub struct Pipeline {
    pub gazetteer: Gazetteer,
    pub matcher: Matcher,
    pub rules: RelationRules,
    /// Add people found in the text but not in the gazetteer ([`crate::discover`]); on by default.
    pub discovery: bool,
}

/// Counts reported after a build.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub documents: u64,
    pub bytes: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub entities: usize,
    pub edges: usize,
    pub warnings: Vec<Warning>,
    /// Wall seconds spent reading, processing and merging documents.
    pub process_secs: f64,
    /// Wall seconds spent putting the merged graph in canonical order.
    pub finish_secs: f64,
}

impl Pipeline {
    pub fn new(gazetteer: Gazetteer, rules: RelationRules) -> Self {
        let matcher = Matcher::new(&gazetteer);
        Pipeline { gazetteer, matcher, rules, discovery: true }
    }

    /// Resolved mentions of gazetteer entities in a text, in text order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let text = joined_lines(text);
        let mut mentions = self.resolved(&text, &self.matcher.find(&text));
        add_titled_given_names(&text, &mut mentions, &self.gazetteer);
        mentions
    }

    /// The mentions of the matches `raw` in `text` (lines joined): resolved, with the short
    /// references to the institutions they name.
    fn resolved(&self, text: &str, raw: &[RawMatch]) -> Vec<Mention> {
        let mut mentions = resolve(text, raw, &self.matcher);
        add_short_references(text, &mut mentions, &self.gazetteer);
        mentions
    }

    /// Mentions of gazetteer entities and of the people discovered in the text
    /// (in text order); a mention of `people[k]` has entity index
    /// `gazetteer.entities.len() + k`.
    pub fn entities(&self, text: &str) -> (Vec<Mention>, Vec<Person>) {
        let text = joined_lines(text);
        let raw = self.matcher.find(&text);
        let mentions = self.resolved(&text, &raw);
        let (mut mentions, people) = if self.discovery {
            discover(&text, mentions, &raw, &self.matcher, self.rules.role_words(), self.gazetteer.entities.len())
        } else {
            (mentions, Vec::new())
        };
        // ("Sir Menzies" for a person found in the text too)
        add_titled_given_names(&text, &mut mentions, &self.gazetteer);
        (mentions, people)
    }

    /// Id of entity `e` of a document whose discovered people are `people`.
    pub fn entity_id<'a>(&'a self, e: usize, people: &'a [Person]) -> &'a str {
        match self.gazetteer.entities.get(e) {
            Some(ent) => &ent.id,
            None => &people[e - self.gazetteer.entities.len()].id,
        }
    }

    /// All facts of one document.
    pub fn process(&self, doc: &Document) -> DocFacts {
        let text = doc.text.as_str();
        let spans = sentence::split(text);
        let (mentions, people) = self.entities(text);
        let mut counts: Vec<(usize, u64)> = Vec::new();
        {
            let mut ents: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
            ents.sort_unstable();
            for e in ents {
                match counts.last_mut() {
                    Some((last, n)) if *last == e => *n += 1,
                    _ => counts.push((e, 1)),
                }
            }
        }
        let mut facts = DocFacts {
            doc: doc.id.clone(),
            sentences: spans.len() as u64,
            mentions: counts,
            people,
            ..DocFacts::default()
        };
        let mut mi = 0;
        let described = has_descriptions(text);
        // the person a later sentence's opening "He"/"She" stands for
        let mut antecedent: Option<usize> = None;
        // the sentence that last named or referred to `antecedent`
        let mut antecedent_at = 0;
        // where the words before `antecedent` in that sentence are (none when it was referred
        // to): did it open that sentence, as its subject? (read only when asked)
        let mut antecedent_lead_in = (0, 0);
        let mut with_references: Vec<Mention> = Vec::new();
        // the accusations and deeds of the sentence before
        let mut earlier = EarlierSentence::default();
        for (si, span) in spans.iter().enumerate() {
            while mi < mentions.len() && mentions[mi].start < span.start {
                mi += 1;
            }
            let first = mi;
            while mi < mentions.len() && mentions[mi].end <= span.end {
                mi += 1;
            }
            let mut in_sentence = &mentions[first..mi];
            // ("In a televised address tonight, he …": a pronoun after an opening phrase stands
            // only for the subject of the sentence right before: "The prime minister said …
            // But he rejected …" is not about a person named earlier)
            let pronoun = opening_pronoun(text, *span, in_sentence)
                .filter(|&(_, inner)| {
                    !inner
                        || (antecedent_at + 1 == si
                            && text[antecedent_lead_in.0..antecedent_lead_in.1]
                                .split_whitespace()
                                .all(|w| w.starts_with(|c: char| c.is_uppercase())))
                })
                .map(|(at, _)| at)
                .zip(antecedent);
            // "Petro criticised U.S. strikes. Maduro praised him.": an object pronoun stands for
            // the person of the sentence before, when no other person here could be meant: at
            // most one, another, the subject of the pronoun's own verb (a person further off may
            // be the one meant: "Campbell said TBWA was blaming him")
            let object = (!in_sentence.is_empty() && antecedent_at + 1 == si && pronoun.is_none())
                .then_some(antecedent)
                .flatten()
                .and_then(|person| object_pronoun(text, *span, in_sentence).map(|at| (at, person)))
                .filter(|&(((at, _), owner), person)| {
                    let mut people =
                        in_sentence.iter().filter(|m| self.gazetteer.etype_of(m.entity) == EntityType::Actor);
                    // ("Trump defended his remarks": an owner may be the person before it)
                    if owner {
                        let before = &text[span.start..at];
                        return !people.any(|m| m.start < at)
                            && ![" he ", " she ", "He ", "She "].iter().any(|p| before.contains(p));
                    }
                    people.clone().count() <= 1
                        && people.all(|m| {
                            let between = text.get(m.end..at).unwrap_or(",");
                            m.entity != person && !between.contains(',') && between.matches(' ').count() <= 4
                        })
                })
                .map(|((at, _), person)| (at, person));
            if pronoun.is_some() {
                antecedent_at = si;
                antecedent_lead_in = (0, 0);
            } else {
                if let Some(person) = self.speaker_or_first_person(text, in_sentence) {
                    antecedent = Some(person.entity);
                    antecedent_at = si;
                    let (start, _) = sentence_body(text, *span);
                    antecedent_lead_in = (start, person.start.max(start));
                } else if unknown_speaker(text, *span, in_sentence) {
                    // "Sheinbaum said …" (a name not resolved): a later "She" is not the person before
                    antecedent = None;
                }
            }
            // the organisation of a kind named last before `mentions[..upto]`
            let last_of_kind = |upto: usize, kinds: &[&str]| {
                let kind_of = |e: usize| self.gazetteer.entities.get(e).and_then(|ent| ent.attrs.get("kind"));
                mentions[..upto]
                    .iter()
                    .rev()
                    .find(|m| kind_of(m.entity).is_some_and(|k| kinds.contains(&k.as_str())))
                    .map(|m| m.entity)
            };
            // "The bloc criticised Hungary": the organisation of that kind named last before
            let pronoun = pronoun.or_else(|| {
                let (span, kinds) = opening_description(text, *span)?;
                let free = in_sentence.first().is_none_or(|m| m.start >= span.1);
                let org = last_of_kind(first, kinds);
                // "The company has also accused Gazprom": a description beside the name is someone else
                let named_here = org.is_some_and(|o| in_sentence.iter().any(|m| m.entity == o));
                (free && !named_here).then_some(span).zip(org)
            });
            // "Finland and Sweden, the alliance's newest members,": so is a possessive
            // description inside the sentence (the organisation named before it)
            // (a sentence that names no one else gives no edge with it)
            let owned =
                (described && !in_sentence.is_empty()).then(|| inner_descriptions(text, *span)).into_iter().flatten();
            let owned = owned.filter_map(|((start, end), kinds)| {
                let upto = first + in_sentence.iter().take_while(|m| m.end <= start).count();
                // ("… persecuted in Nigeria, after Trump threatened action against the country": the
                // one country named before it in the sentence; none when two were)
                let org = if kinds == COUNTRY_DESCRIPTION {
                    let mut countries = mentions[first..upto]
                        .iter()
                        .map(|m| m.entity)
                        .filter(|&e| self.gazetteer.etype_of(e) == EntityType::Country);
                    countries.next().filter(|&c| countries.all(|d| d == c))
                } else {
                    last_of_kind(upto, kinds)
                };
                org.map(|org| Mention { entity: org, start, end, kind: AliasKind::Name })
            });
            // "He met Secretary of State Antony Blinken": the pronoun is a mention of the
            // person named before, and a description one of its organisation (for the
            // relations only; neither is counted as a mention)
            let mut owned = owned.peekable();
            if pronoun.is_some() || object.is_some() || owned.peek().is_some() {
                with_references.clear();
                for ((start, end), person) in pronoun.into_iter().chain(object) {
                    with_references.push(Mention { entity: person, start, end, kind: AliasKind::Name });
                }
                with_references.extend_from_slice(in_sentence);
                with_references.extend(owned);
                with_references.sort_by_key(|m| m.start);
                in_sentence = &with_references;
            }
            let distinct = {
                let mut v: Vec<usize> = in_sentence.iter().map(|m| m.entity).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            // one name is enough when it may answer the accusation or an act of the sentence
            // before ("Ukraine denied the charge", "Aoun condemned the strike")
            if distinct.len() < 2 && (distinct.is_empty() || earlier.is_empty()) {
                earlier.pass();
                continue;
            }
            let ctx =
                SentenceContext { gaz: &self.gazetteer, text, span: *span, mentions: in_sentence, earlier: &earlier };
            let mut rels = cooccur::pairs(&distinct);
            rels.extend(self.rules.extract(&ctx));
            earlier.record(&rels);
            if rels.is_empty() {
                continue;
            }
            let ref_idx = facts.sentence_refs.len();
            facts.sentence_refs.push(SentenceRef { sentence: si, start: span.start, end: span.end, text: None });
            facts.relations.extend(rels.into_iter().map(|r| (r, ref_idx)));
        }
        facts
    }

    /// The person a sentence is about, for a "He"/"She" opening the next one: the
    /// person before "said"/"told" if there is one (a quote may name others first),
    /// else the first person named.
    fn speaker_or_first_person<'m>(&self, text: &str, mentions: &'m [Mention]) -> Option<&'m Mention> {
        let people = || mentions.iter().filter(|m| self.gazetteer.etype_of(m.entity) == EntityType::Actor);
        let speaker = people().find(|m| {
            let after = text[m.end..].trim_start();
            ["said", "says", "told"].iter().any(|v| after.starts_with(v))
        });
        speaker.or_else(|| people().next())
    }

    /// Processes every document of `sources` on `jobs` worker threads
    /// (0 = all cores) and hands each one's facts to `sink` in input order, on
    /// the calling thread. Reading runs on its own thread, so it overlaps
    /// processing, and so does the merge in `sink`.
    /// Returns the counts (entities and edges left at 0).
    pub fn for_each_document(
        &self,
        sources: &[Source],
        jobs: usize,
        mut sink: impl FnMut(&Document, DocFacts) -> Result<()>,
    ) -> Result<Summary> {
        let workers = match jobs {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        let mut summary = Summary::default();
        let (job_tx, job_rx) = sync_channel::<Job>(IN_FLIGHT);
        let job_rx = Mutex::new(job_rx);
        std::thread::scope(|scope| -> Result<()> {
            let (done_tx, done_rx) = channel::<Done>();
            // the merge returns one credit per merged chunk: the reader never runs
            // more than IN_FLIGHT chunks ahead of it
            let (credit_tx, credit_rx) = channel::<()>();
            let reader_done = done_tx.clone();
            // named threads: profilers and debuggers show which stage spends the time
            let spawn_failed = |e: std::io::Error| Error::Invalid(format!("cannot start a thread: {e}"));
            std::thread::Builder::new()
                .name("ng-reader".into())
                .spawn_scoped(scope, move || read_jobs(sources, &job_tx, &credit_rx, &reader_done))
                .map_err(spawn_failed)?;
            for i in 0..workers {
                let (job_rx, done_tx) = (&job_rx, done_tx.clone());
                std::thread::Builder::new()
                    .name(format!("ng-worker-{i}"))
                    .spawn_scoped(scope, move || self.work(job_rx, &done_tx))
                    .map_err(spawn_failed)?;
            }
            drop(done_tx);
            // on an early return the receivers and the credit sender are dropped,
            // which stops every thread
            let credit_tx = credit_tx;
            let mut early: BTreeMap<usize, (Vec<Processed>, Vec<Warning>)> = BTreeMap::new();
            let mut next = 0;
            for msg in done_rx {
                let (seq, chunk) = msg?;
                early.insert(seq, chunk);
                while let Some((processed, read_warnings)) = early.remove(&next) {
                    next += 1;
                    let _ = credit_tx.send(());
                    for (doc, warnings) in processed {
                        summary.warnings.extend(warnings);
                        let Some((d, f)) = doc else { continue };
                        summary.documents += 1;
                        summary.bytes += d.text.len() as u64;
                        summary.sentences += f.sentences;
                        summary.mentions += f.mentions.iter().map(|m| m.1).sum::<u64>();
                        sink(&d, f)?;
                    }
                    summary.warnings.extend(read_warnings);
                }
            }
            if !early.is_empty() {
                return Err(Error::Invalid("a worker thread stopped before finishing its chunk".into()));
            }
            Ok(())
        })?;
        Ok(summary)
    }

    /// Worker thread: decodes, parses and processes jobs until the reader is done.
    fn work(&self, jobs: &Mutex<Receiver<Job>>, done: &Sender<Done>) {
        loop {
            // a poisoned lock means another worker panicked: stop, the scope re-raises it
            let job = match jobs.lock() {
                Ok(rx) => rx.recv(),
                Err(_) => return,
            };
            let Ok((seq, chunk, read_warnings)) = job else { return };
            // a bug that panics on some document must end the build with an error, not leave
            // the merge waiting for a chunk that never comes
            let processed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                chunk
                    .into_iter()
                    .map(|raw| {
                        let mut warnings = Vec::new();
                        let doc = raw.parse(&mut warnings).map(|d| {
                            let f = self.process(&d);
                            (d, f)
                        });
                        (doc, warnings)
                    })
                    .collect()
            }))
            .map_err(|_| Error::Invalid("internal error: processing a document panicked (see above)".into()));
            if done.send(processed.map(|p| (seq, (p, read_warnings)))).is_err() {
                return; // the merge stopped
            }
        }
    }

    /// Builds the graph from sources, `jobs` threads (0 = all cores).
    /// `progress` is called after each document with (documents, bytes) so far.
    pub fn build(
        &self,
        sources: &[Source],
        opts: MergeOptions,
        jobs: usize,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<(GraphFile, Summary)> {
        let t0 = std::time::Instant::now();
        let mut builder = GraphBuilder::new(&self.gazetteer, opts);
        let (mut docs, mut bytes) = (0u64, 0u64);
        let mut summary = self.for_each_document(sources, jobs, |d, f| {
            builder.add(f, &d.text);
            docs += 1;
            bytes += d.text.len() as u64;
            if docs % 64 == 0 {
                progress(docs, bytes);
            }
            Ok(())
        })?;
        progress(docs, bytes);
        summary.process_secs = t0.elapsed().as_secs_f64();
        let graph = builder.finish();
        summary.finish_secs = t0.elapsed().as_secs_f64() - summary.process_secs;
        summary.entities = graph.nodes.len();
        summary.edges = graph.edges.len();
        Ok((graph, summary))
    }
}

/// Reader thread: streams the sources as numbered chunks, waiting for a
/// merge credit whenever [`IN_FLIGHT`] chunks are on their way.
fn read_jobs(sources: &[Source], jobs: &SyncSender<Job>, credits: &Receiver<()>, errors: &Sender<Done>) {
    let stopped = || Error::Invalid("reading stopped: the build ended early".into());
    let mut seq = 0usize;
    let mut send = |chunk: Vec<RawDoc>, warnings: Vec<Warning>| -> Result<()> {
        if seq >= IN_FLIGHT {
            credits.recv().map_err(|_| stopped())?;
        }
        jobs.send((seq, chunk, warnings)).map_err(|_| stopped())?;
        seq += 1;
        Ok(())
    };
    let mut chunk = Vec::with_capacity(CHUNK_DOCS);
    for src in sources {
        // warnings met while reading a source follow its documents
        let mut warnings = Vec::new();
        let read = read_source_raw(src, &mut warnings, |raw| {
            chunk.push(raw);
            if chunk.len() >= CHUNK_DOCS {
                send(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_DOCS)), Vec::new())?;
            }
            Ok(())
        });
        let read =
            read.and_then(|()| if warnings.is_empty() { Ok(()) } else { send(std::mem::take(&mut chunk), warnings) });
        if let Err(e) = read {
            let _ = errors.send(Err(e));
            return;
        }
    }
    if !chunk.is_empty() {
        let _ = send(chunk, Vec::new());
    }
}

/// The sentence after any opening quote, and the byte offset where that starts.
fn sentence_body(text: &str, span: sentence::Span) -> (usize, &str) {
    let s = &text[span.start..span.end];
    let body = s.trim_start_matches(['"', '\u{201C}', '\'', '\u{2018}', ' ']);
    (span.start + (s.len() - body.len()), body)
}

/// Does the sentence open with a capitalised word no mention covers, right before "said",
/// "says" or "told" ("Sheinbaum said …"): someone speaks whom the gazetteer does not resolve?
/// (Plurals and "Police" are groups: "Officials said", "Police said".)
fn unknown_speaker(text: &str, span: sentence::Span, mentions: &[Mention]) -> bool {
    let body = text[span.start..span.end].trim_start_matches(['"', '\u{201c}', '\'', ' ']);
    let start = span.end - body.len();
    let Some((word, rest)) = body.split_once(' ') else { return false };
    let name_like = word.len() > 2
        && word.starts_with(|c: char| c.is_uppercase())
        && word.chars().all(char::is_alphabetic)
        && !word.ends_with('s')
        && !matches!(word, "The" | "This" | "That" | "There" | "Police" | "He" | "She" | "It" | "They" | "We");
    name_like
        && ["said ", "says ", "told "].iter().any(|v| rest.starts_with(v))
        && !mentions.iter().any(|m| m.start < start + word.len() && m.end > start)
}

/// Byte span of a "He" or "She" opening the sentence (after any opening quote), or of a "he"/"she"
/// right after a short opening phrase that names no one ([`opening_phrase`]: "In a televised
/// address tonight, he criticised …", "On Monday he met …", "But she …"; then `true`).
fn opening_pronoun(text: &str, span: sentence::Span, mentions: &[Mention]) -> Option<((usize, usize), bool)> {
    let (start, body) = sentence_body(text, span);
    if let Some(p) = ["He ", "She "].iter().find(|p| body.starts_with(**p)) {
        return Some(((start, start + p.len() - 1), false));
    }
    let qualifies = |at: usize, len: usize| {
        let phrase = &body[..at];
        (opening_phrase(phrase)
            && !phrase.contains(" he ")
            && !phrase.contains(" she ")
            && mentions.first().is_none_or(|m| m.start >= start + at))
        .then_some(((start + at, start + at + len), true))
    };
    // only after a first word that opens such phrases (a substring search in every sentence
    // cost a tenth of the whole pipeline, a search of word lists 2%): then after the words that
    // open one without a comma, or after a comma in the first 90 bytes
    let first = body.bytes().take(14).position(|b| b == b' ').map_or("", |e| &body[..e]);
    let first = first.trim_end_matches(',');
    if !(bare_opener(first) || phrase_opener(first)) {
        return None;
    }
    // ("But he …", "Later on Monday he …": words that open a phrase without a comma)
    let mut at = 0;
    for (n, word) in body.split(' ').take(9).enumerate() {
        if n > 0 && matches!(word, "he" | "she") && body[at + word.len()..].starts_with(' ') {
            return qualifies(at, word.len());
        }
        if !bare_opener(word) {
            break;
        }
        at += word.len() + 1;
    }
    let head = body.get(..body.len().min(90)).unwrap_or(body).as_bytes();
    for comma in memchr::memchr_iter(b',', head) {
        let rest = &body.as_bytes()[comma + 1..];
        if let Some(len) = [(" he ", 2), (" she ", 3)].iter().find(|(p, _)| rest.starts_with(p.as_bytes())).map(|p| p.1)
        {
            return qualifies(comma + 2, len);
        }
    }
    None
}

/// Is `word` a first word of an opening phrase with a comma besides the [`bare_opener`]s ("In
/// a televised address tonight, he …", "Speaking to reporters, she …")? (A `match`: a search of
/// a list for every sentence cost 2% of the whole pipeline.)
fn phrase_opener(word: &str) -> bool {
    matches!(
        word,
        "In" | "At"
            | "During"
            | "After"
            | "Before"
            | "Following"
            | "Speaking"
            | "Asked"
            | "Addressing"
            | "Writing"
            | "Since"
            | "Throughout"
            | "By"
            | "With"
            | "From"
            | "For"
            | "Over"
            | "Amid"
            | "Despite"
            | "Then"
            | "Now"
            | "Under"
    )
}

/// Is `word` one that opens a short phrase without a comma before a pronoun ("But on Monday he
/// …"), in lower case or capitalised? (Matched, not searched for: this runs on every sentence.)
fn bare_opener(word: &str) -> bool {
    matches!(
        word,
        "but"
            | "and"
            | "yet"
            | "later"
            | "earlier"
            | "on"
            | "last"
            | "this"
            | "today"
            | "yesterday"
            | "tonight"
            | "meanwhile"
            | "however"
            | "separately"
            | "instead"
            | "nevertheless"
            | "also"
            | "still"
            | "week"
            | "month"
            | "year"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    ) || matches!(
        word,
        "But"
            | "And"
            | "Yet"
            | "Later"
            | "Earlier"
            | "On"
            | "Last"
            | "This"
            | "Today"
            | "Yesterday"
            | "Tonight"
            | "Meanwhile"
            | "However"
            | "Separately"
            | "Instead"
            | "Nevertheless"
            | "Also"
            | "Still"
            | "Week"
            | "Month"
            | "Year"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// Is `phrase` (the sentence up to a "he"/"she") a short opening phrase that could name no
/// one else the pronoun stands for: a few lower-case words (or months and weekdays) after a
/// capitalised first word, ending with a comma ("In a televised address tonight,") or made of
/// [`bare_opener`] words ("But on Monday", "However,")? Not a clause the pronoun is part of
/// ("When he …", "Asked whether he would …", "After Mr Smith left, he …").
fn opening_phrase(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else { return false };
    let ended = phrase.trim_end().ends_with(',') && !rest.is_empty();
    let bare = words.iter().all(|w| bare_opener(w.trim_end_matches(',')));
    words.len() <= 8
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.trim_end_matches(',').bytes().all(|b| b.is_ascii_alphabetic())
        && rest.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                || MONTHS.contains(&w)
                || WEEKDAYS.contains(&w)
        })
        && (ended || bare)
}

/// Byte span of the first "him", or "her" before punctuation or a preposition ("praised her
/// for …"), inside the sentence, or of "his"/"her" owning what one says ([`owning_pronoun`]: "rejected
/// his remarks"; then `true`); none after a quote or a person the gazetteer does not know ("Mr
/// Campbell"), who may be the one meant.
fn object_pronoun(text: &str, span: sentence::Span, mentions: &[Mention]) -> Option<((usize, usize), bool)> {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let mut from = 0;
    let pronoun = loop {
        let p = memchr::memmem::find(&bytes[from..], b" h").map(|p| from + p + 1)?;
        from = p;
        let rest = &s[p..];
        let word_end = |len: usize| !rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
        if rest.starts_with("him") && word_end(3) {
            break (p, false);
        }
        if rest.get(..3).is_some_and(|w| word_end(3) && owning_pronoun(w, &rest[3..])) {
            break (p, true);
        }
        if rest.starts_with("her") && word_end(3) {
            let next = rest[3..].trim_start();
            let before_preposition = ["for ", "over ", "as ", "on ", "in ", "at ", "after ", "to ", "and "]
                .iter()
                .any(|w| next.starts_with(w));
            if next.starts_with(|c: char| c.is_ascii_punctuation()) || next.is_empty() || before_preposition {
                break (p, false);
            }
        }
    };
    let (pronoun, owner) = pronoun;
    let before = &s[..pronoun];
    let unknown_person = ["Mr ", "Mrs ", "Ms ", "Dr "].iter().any(|h| {
        before.match_indices(h).any(|(at, _)| {
            let at = span.start + at;
            !mentions.iter().any(|m| m.start <= at + h.len() && at < m.end)
        })
    });
    let quoted = before.contains(['"', '\u{201C}', '\u{201D}']);
    (!unknown_person && !quoted).then_some(((span.start + pronoun, span.start + pronoun + 3), owner))
}

/// Byte span of a definite description opening the sentence ("The bloc", "The alliance",
/// "The group", "The paramilitary group", "The company", "The party") before a lower-case word that is not a
/// preposition, with the organisation kinds (gazetteer `kind`) it may stand for.
fn opening_description(text: &str, span: sentence::Span) -> Option<((usize, usize), &'static [&'static str])> {
    // (each after "The ")
    const DESCRIPTIONS: &[(&str, &[&str])] = &[
        ("bloc ", BLOC_KINDS),
        ("alliance ", ALLIANCE_KINDS),
        ("group ", &["armed_group", "company"]),
        ("militia ", &["armed_group"]),
        ("movement ", &["armed_group"]),
        ("company ", &["company"]),
        ("firm ", &["company"]),
        ("party ", &["party"]),
        ("think tank ", &["think_tank"]),
    ];
    const ARMED: &[&str] = &["armed_group"];
    let (start, body) = sentence_body(text, span);
    let rest = body.strip_prefix("The ")?;
    // ("The paramilitary group has been accused …": an armed group's adjective before its noun)
    let skipped = ARMED_GROUP_ADJECTIVES
        .iter()
        .find(|a| rest.strip_prefix(**a).is_some_and(|r| r.starts_with(' ')))
        .map_or(0, |a| a.len() + 1);
    let &(noun, kinds) = DESCRIPTIONS
        .iter()
        .find(|(noun, kinds)| (skipped == 0 || kinds.contains(&"armed_group")) && rest[skipped..].starts_with(noun))?;
    let kinds = if skipped > 0 { ARMED } else { kinds };
    let len = "The ".len() + skipped + noun.len();
    let next = body[len..].split(|c: char| !c.is_alphabetic()).next()?;
    let verb_like = next.starts_with(|c: char| c.is_lowercase())
        && !matches!(next, "of" | "for" | "in" | "on" | "at" | "to" | "with" | "and" | "or" | "that" | "which" | "who");
    verb_like.then_some(((start, start + len - 1), kinds))
}

/// The organisation kinds "the bloc" and "the alliance" can stand for.
const BLOC_KINDS: &[&str] = &["igo", "eu"];
const ALLIANCE_KINDS: &[&str] = &["igo"];

/// What "the country" stands for: the one country named before it in its sentence.
const COUNTRY_DESCRIPTION: &[&str] = &["country"];

/// The nouns of [`inner_descriptions`] and the organisation kinds each can stand for.
const INNER_DESCRIPTIONS: [(&str, &[&str]); 6] = [
    ("alliance", ALLIANCE_KINDS),
    ("bloc", BLOC_KINDS),
    ("group", &["armed_group"]),
    ("militia", &["armed_group"]),
    ("country", COUNTRY_DESCRIPTION),
    ("think tank", &["think_tank"]),
];
static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 6]> =
    std::sync::LazyLock::new(|| INNER_DESCRIPTIONS.map(|(noun, _)| memchr::memmem::Finder::new(noun)));

/// The words that may follow a description without a possessive: a preposition, a
/// conjunction, a verb of saying or an auxiliary ("accused the group of …", "the group said").
const AFTER_DESCRIPTION: &[&str] = &[
    "of", "for", "to", "in", "on", "at", "with", "from", "over", "after", "and", "but", "said", "says", "has", "had",
    "have", "was", "is", "would", "will", "which", "that", "who",
];

/// Does the text name any noun of [`inner_descriptions`] (a quick test before the sentences
/// are searched)?
fn has_descriptions(text: &str) -> bool {
    FINDERS.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// "the alliance's", "the bloc's", "the group", "the country" inside a sentence: the span of the
/// description (without the possessive) and the organisation kinds it can stand for.
/// (Searched for by its noun, not by "the".) After the sentence's opening words a
/// description without the possessive counts too where a word of [`AFTER_DESCRIPTION`] or
/// punctuation follows ("Israel accused the group of delaying …", "Sweden joined the
/// alliance."; not "the group stage"), as does "the militant group", "the armed group" or "the
/// paramilitary group".
fn inner_descriptions(
    text: &str,
    span: sentence::Span,
) -> impl Iterator<Item = ((usize, usize), &'static [&'static str])> + '_ {
    let s = &text[span.start..span.end];
    let (opening, _) = sentence_body(text, span);
    let opening = opening - span.start;
    FINDERS.iter().zip(INNER_DESCRIPTIONS).flat_map(move |(finder, (noun, kinds))| {
        finder.find_iter(s.as_bytes()).filter_map(move |at| {
            let rest = &s[at + noun.len()..];
            let possessive = rest.starts_with("'s ") || rest.starts_with("\u{2019}s ");
            // (capitalised only where the sentence opens: "The bloc's foreign ministers met …")
            let the = at >= 4 && (&s[at - 4..at] == "the " || (at - 4 == opening && &s[at - 4..at] == "The "));
            if possessive && the {
                return Some(((span.start + at - 4, span.start + at + noun.len()), kinds));
            }
            let before = &s[..at];
            // (past an adjective of an armed group: "the paramilitary group", "the Islamist group")
            let stem = before
                .strip_suffix(' ')
                .and_then(|b| {
                    let word = b.rsplit(' ').next()?;
                    let armed = ARMED_GROUP_ADJECTIVES.contains(&word.to_ascii_lowercase().as_str());
                    armed.then(|| &before[..b.len() - word.len()])
                })
                .unwrap_or(before);
            if !stem.ends_with("the ") {
                return None;
            }
            let from = before.len() - stem.len() + 4;
            let next = rest.trim_start_matches(' ').split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let ends = rest.starts_with([',', '.', ';', ':', ')'])
                || (rest.starts_with(' ') && AFTER_DESCRIPTION.contains(&next));
            (at - from > opening && ends).then(|| ((span.start + at - from, span.start + at + noun.len()), kinds))
        })
    })
}

/// Number of typed (non co-occurrence) edges of a graph.
pub fn typed_edge_count(g: &GraphFile) -> usize {
    g.edges.iter().filter(|e| e.relation != Relation::CoOccurs).count()
}

/// `text` with each single line break (not one of a blank line, not a CRLF) read as a
/// space, byte for byte, so that names wrapped across lines ("Sir Geoffrey\nHowe" in
/// hard-wrapped wire copy) are found; offsets are unchanged.
fn joined_lines(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let single = |i: usize| {
        b[i] == b'\n'
            && i > 0
            && !matches!(b[i - 1], b'\n' | b'\r')
            && b.get(i + 1).is_some_and(|&n| n != b'\n' && n != b'\r')
    };
    let Some(first) = memchr::memchr_iter(b'\n', b).find(|&i| single(i)) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = b.to_vec();
    for i in memchr::memchr_iter(b'\n', &b[first..]).map(|i| first + i) {
        if single(i) {
            out[i] = b' ';
        }
    }
    // replacing an ASCII byte with another keeps the text valid UTF-8
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{bare_opener, joined_lines};

    #[test]
    fn bare_openers_in_lower_case_or_capitalised() {
        let cases: &[(&str, bool)] = &[
            ("but", true),
            ("But", true),
            ("Nevertheless", true),
            ("sunday", true),
            ("Sunday", true),
            ("BUT", false),
            ("bUT", false),
            ("Butter", false),
            ("However,", false),
            ("", false),
            ("Überhaupt", false),
        ];
        for &(word, want) in cases {
            assert_eq!(bare_opener(word), want, "{word:?}");
        }
    }

    #[test]
    fn single_line_breaks_read_as_spaces() {
        let cases: &[(&str, &str)] = &[
            ("Secretary of State George\nShultz said", "Secretary of State George Shultz said"),
            ("First paragraph.\n\nSecond", "First paragraph.\n\nSecond"),
            ("windows\r\nline", "windows\r\nline"),
            ("ends with\n", "ends with\n"),
            ("\nstarts", "\nstarts"),
            ("no breaks", "no breaks"),
            ("a\nb\n\nc\nd", "a b\n\nc d"),
        ];
        for (text, want) in cases {
            let got = joined_lines(text);
            assert_eq!(&*got, *want, "text {text:?}");
            assert_eq!(got.len(), text.len());
        }
    }
}
