//! The social map's search engine: finds services from what people type, in French or Dutch.
//!
//! An in-memory tantivy index of the public services of every coordination. The database stays
//! the source of truth: Socius gives this crate the services as documents ([`ServiceDoc`]) and
//! replaces a coordination's documents whenever its content changes ([`Engine::replace`]).
//!
//! What a word of the query matches, best first (each word must match; see [`Engine::search`]):
//! - the same stem in a service's name, themes and target groups, organisation or description
//!   (French and Dutch Snowball stemmers: "logements" finds "logement"), the name weighing most;
//! - the start of a word, with one typo allowed from five letters on ("logment" finds
//!   "logement", "psycholoog" finds "psychologische", "computer" finds "computerruimte");
//! - an everyday word's synonyms ("colis" → "aide alimentaire", "dokter" → "huisarts").
//!
//! Accents and case never matter: every text is lower-cased and folded to ASCII.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Mutex;

use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur, Query, TermQuery,
    TermSetQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

pub use tantivy::TantivyError as Error;

/// The languages services are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    Nl,
}

impl Lang {
    const BOTH: [Lang; 2] = [Lang::Fr, Lang::Nl];

    fn stemmer(self) -> Language {
        match self {
            Lang::Fr => Language::French,
            Lang::Nl => Language::Dutch,
        }
    }

    fn analyzer_name(self) -> &'static str {
        match self {
            Lang::Fr => "stem_fr",
            Lang::Nl => "stem_nl",
        }
    }
}

/// What a service is found by, in one language.
#[derive(Clone, Debug, Default)]
pub struct Texts {
    pub name: String,
    pub organization: String,
    /// Its themes' names and the groups it serves.
    pub topics: String,
    pub description: String,
}

/// One public service as the engine indexes it.
#[derive(Clone, Debug)]
pub struct ServiceDoc {
    pub id: u64,
    pub coordination: u64,
    pub fr: Texts,
    pub nl: Texts,
}

/// Everyday words and the sector's words they mean ("colis" → "aide alimentaire"): a query word
/// (or a run of words) that is a synonym also finds what its meanings find.
#[derive(Clone, Debug, Default)]
pub struct Synonyms {
    meanings: HashMap<Vec<String>, Vec<Vec<String>>>,
    longest: usize,
}

impl Synonyms {
    /// `word` (one or more words) also finds `means`; both are folded as the index folds them.
    pub fn add(&mut self, word: &str, means: &str) {
        let (word, means) = (plain_words(word), plain_words(means));
        if word.is_empty() || means.is_empty() || word == means {
            return;
        }
        self.longest = self.longest.max(word.len());
        let meanings = self.meanings.entry(word).or_default();
        if !meanings.contains(&means) {
            meanings.push(means);
        }
    }

    /// How many words have synonyms.
    pub fn len(&self) -> usize {
        self.meanings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.meanings.is_empty()
    }

    /// The longest run of words from the start of `words` that has meanings, with its length.
    fn at_start(&self, words: &[String]) -> Option<(usize, &[Vec<String>])> {
        (1..=self.longest.min(words.len()))
            .rev()
            .find_map(|n| self.meanings.get(&words[..n]).map(|m| (n, m.as_slice())))
    }
}

/// Where a service's words count, and how much a match there weighs in the ranking.
#[derive(Clone, Copy)]
enum Part {
    Name,
    Topics,
    Organization,
    Description,
}

impl Part {
    const ALL: [Part; 4] = [
        Part::Name,
        Part::Topics,
        Part::Organization,
        Part::Description,
    ];

    fn weight(self) -> f32 {
        match self {
            Part::Name => 4.0,
            Part::Topics => 3.0,
            Part::Organization => 2.0,
            Part::Description => 1.0,
        }
    }

    fn text(self, texts: &Texts) -> &str {
        match self {
            Part::Name => &texts.name,
            Part::Topics => &texts.topics,
            Part::Organization => &texts.organization,
            Part::Description => &texts.description,
        }
    }

    fn field_name(self, lang: Lang) -> String {
        let part = match self {
            Part::Name => "name",
            Part::Topics => "topics",
            Part::Organization => "organization",
            Part::Description => "description",
        };
        let lang = match lang {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
        };
        format!("{part}_{lang}")
    }
}

/// A prefix or typo match weighs less than any stem match.
const LOOSE_WEIGHT: f32 = 0.5;
/// A synonym's match weighs a little less than the word typed.
const SYNONYM_WEIGHT: f32 = 0.9;
/// Words a query keeps (a pasted paragraph is not a search).
const MAX_WORDS: usize = 12;
/// A word this long may have one typo.
const TYPO_FROM: usize = 5;
/// A word this long also finds the words it starts.
const PREFIX_FROM: usize = 3;
/// Tantivy's smallest indexing arena: the index of a region's services is far smaller.
const WRITER_BUDGET: usize = 15_000_000;

struct Fields {
    id: Field,
    coordination: Field,
    /// (language, part) → its stemmed field.
    stemmed: Vec<(Lang, Part, Field)>,
    /// Every text of both languages, folded but not stemmed: for prefixes and typos.
    words: Field,
}

/// The search engine: one in-memory index for the whole installation.
pub struct Engine {
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Stemmed before folding: the Snowball stemmers know the accents of their language.
fn stem_analyzer(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(lang.stemmer()))
        .filter(AsciiFoldingFilter)
        .build()
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A text's words, lower-cased and folded, as the index keeps them.
pub fn plain_words(text: &str) -> Vec<String> {
    tokens(&mut plain_analyzer(), text)
}

thread_local! {
    /// The analyzers a query runs its words through, made once per thread (a stop-word filter
    /// holds its whole list): the French and Dutch stemmers, then the two stop-word filters.
    static QUERY_ANALYZERS: RefCell<(TextAnalyzer, TextAnalyzer, Vec<TextAnalyzer>)> = RefCell::new((
        stem_analyzer(Lang::Fr),
        stem_analyzer(Lang::Nl),
        Lang::BOTH
            .iter()
            .filter_map(|lang| StopWordFilter::new(lang.stemmer()))
            .map(|filter| TextAnalyzer::builder(SimpleTokenizer::default()).filter(filter).build())
            .collect(),
    ));
}

/// Whether a folded word is a French or Dutch stop word ("de", "la", "het", "voor").
fn is_stop_word(word: &str) -> bool {
    QUERY_ANALYZERS.with_borrow_mut(|(_, _, stop_words)| {
        stop_words
            .iter_mut()
            .any(|analyzer| tokens(analyzer, word).is_empty())
    })
}

/// A word's stem in `lang`, as the index keeps stems.
fn stem(lang: Lang, word: &str) -> Option<String> {
    QUERY_ANALYZERS.with_borrow_mut(|(fr, nl, _)| {
        let analyzer = match lang {
            Lang::Fr => fr,
            Lang::Nl => nl,
        };
        tokens(analyzer, word).into_iter().next()
    })
}

/// The words of a query that count: folded, at most [`MAX_WORDS`], stop words left out unless
/// there is nothing else.
fn query_words(text: &str) -> Vec<String> {
    let mut words = plain_words(text);
    words.truncate(MAX_WORDS);
    if words.iter().any(|w| !is_stop_word(w)) {
        words.retain(|w| !is_stop_word(w));
    }
    words
}

/// Edits (insertions, deletions, substitutions) from one word to another.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

fn text_options(analyzer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(record),
    )
}

impl Engine {
    pub fn new() -> Result<Engine, Error> {
        let mut schema = Schema::builder();
        let id = schema.add_u64_field("id", INDEXED | FAST);
        let coordination = schema.add_u64_field("coordination", INDEXED | FAST);
        let mut stemmed = Vec::new();
        for lang in Lang::BOTH {
            for part in Part::ALL {
                let options = text_options(lang.analyzer_name(), IndexRecordOption::WithFreqs);
                stemmed.push((
                    lang,
                    part,
                    schema.add_text_field(&part.field_name(lang), options),
                ));
            }
        }
        let words = schema.add_text_field("words", text_options("plain", IndexRecordOption::Basic));
        let index = Index::create_in_ram(schema.build());
        index.tokenizers().register("plain", plain_analyzer());
        for lang in Lang::BOTH {
            index
                .tokenizers()
                .register(lang.analyzer_name(), stem_analyzer(lang));
        }
        let writer = index.writer_with_num_threads(1, WRITER_BUDGET)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Engine {
            reader,
            writer: Mutex::new(writer),
            fields: Fields {
                id,
                coordination,
                stemmed,
                words,
            },
        })
    }

    /// Makes `docs` the services of `coordinations`: what the index had of them goes, in the same
    /// commit, so a search sees either all the old ones or all the new ones.
    pub fn replace(&self, coordinations: &[u64], docs: &[ServiceDoc]) -> Result<(), Error> {
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        for c in coordinations {
            writer.delete_term(Term::from_field_u64(self.fields.coordination, *c));
        }
        for doc in docs {
            writer.add_document(self.document(doc))?;
        }
        writer.commit()?;
        drop(writer);
        self.reader.reload()
    }

    fn document(&self, doc: &ServiceDoc) -> TantivyDocument {
        let mut out = TantivyDocument::default();
        out.add_u64(self.fields.id, doc.id);
        out.add_u64(self.fields.coordination, doc.coordination);
        for (lang, part, field) in &self.fields.stemmed {
            let texts = match lang {
                Lang::Fr => &doc.fr,
                Lang::Nl => &doc.nl,
            };
            out.add_text(*field, part.text(texts));
        }
        for texts in [&doc.fr, &doc.nl] {
            for part in Part::ALL {
                out.add_text(self.fields.words, part.text(texts));
            }
        }
        out
    }

    /// How many services are indexed.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The services of `coordinations` (all of them with `None`) that match every word of `text`
    /// (stop words left out unless there is nothing else), best first; equal scores by id, so the
    /// order never depends on how the index was filled.
    pub fn search(
        &self,
        coordinations: Option<&[u64]>,
        text: &str,
        synonyms: &Synonyms,
    ) -> Result<Vec<u64>, Error> {
        let words = query_words(text);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(coordinations) = coordinations {
            clauses.push((
                Occur::Must,
                Box::new(TermSetQuery::new(
                    coordinations
                        .iter()
                        .map(|c| Term::from_field_u64(self.fields.coordination, *c)),
                )),
            ));
        }
        let mut rest = words.as_slice();
        while !rest.is_empty() {
            let (taken, query) = match synonyms.at_start(rest) {
                Some((n, meanings)) => {
                    let mut options: Vec<(Occur, Box<dyn Query>)> =
                        vec![(Occur::Should, self.all_of(&rest[..n]))];
                    for meaning in meanings {
                        options.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(self.all_of(meaning), SYNONYM_WEIGHT)),
                        ));
                    }
                    (n, Box::new(BooleanQuery::new(options)) as Box<dyn Query>)
                }
                None => (1, self.word(&rest[0])),
            };
            clauses.push((Occur::Must, query));
            rest = &rest[taken..];
        }
        let searcher = self.reader.searcher();
        let limit = (searcher.num_docs() as usize).max(1);
        let found = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(limit).order_by_score(),
        )?;
        let mut ids = Vec::with_capacity(found.len());
        for (score, address) in found {
            let column = searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64("id")?;
            if let Some(id) = column.first(address.doc_id) {
                ids.push((score, id));
            }
        }
        ids.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(ids.into_iter().map(|(_, id)| id).collect())
    }

    /// What to offer when `text` finds nothing: the same query with each word that finds nothing
    /// on its own replaced by the nearest indexed word that does (two edits at most, the commonest
    /// first), if the whole then finds something.
    pub fn suggest(
        &self,
        coordinations: Option<&[u64]>,
        text: &str,
        synonyms: &Synonyms,
    ) -> Result<Option<String>, Error> {
        let words = query_words(text);
        let mut suggestion = words.clone();
        for (i, word) in words.iter().enumerate() {
            if word.chars().count() < PREFIX_FROM + 1
                || !self.search(coordinations, word, synonyms)?.is_empty()
            {
                continue;
            }
            for candidate in self.nearest_words(word)?.into_iter().take(5) {
                if !self.search(coordinations, &candidate, synonyms)?.is_empty() {
                    suggestion[i] = candidate;
                    break;
                }
            }
        }
        if suggestion == words {
            return Ok(None);
        }
        let suggestion = suggestion.join(" ");
        let finds = !self
            .search(coordinations, &suggestion, synonyms)?
            .is_empty();
        Ok(finds.then_some(suggestion))
    }

    /// Indexed words within two edits of `word`, nearest and then commonest first.
    fn nearest_words(&self, word: &str) -> Result<Vec<String>, Error> {
        let letters = word.chars().count();
        let mut found: HashMap<String, (usize, u64)> = HashMap::new();
        let searcher = self.reader.searcher();
        for segment in searcher.segment_readers() {
            let index = segment.inverted_index(self.fields.words)?;
            let mut terms = index.terms().stream()?;
            while let Some((key, info)) = terms.next() {
                let Ok(term) = std::str::from_utf8(key) else {
                    continue;
                };
                if term.chars().count().abs_diff(letters) > 2 {
                    continue;
                }
                let distance = edit_distance(word, term);
                if distance <= 2 {
                    let entry = found.entry(term.to_string()).or_insert((distance, 0));
                    entry.1 += u64::from(info.doc_freq);
                }
            }
        }
        let mut nearest: Vec<(String, (usize, u64))> = found.into_iter().collect();
        nearest.sort_by(|a, b| {
            (a.1 .0, std::cmp::Reverse(a.1 .1), &a.0).cmp(&(
                b.1 .0,
                std::cmp::Reverse(b.1 .1),
                &b.0,
            ))
        });
        Ok(nearest.into_iter().map(|(term, _)| term).collect())
    }

    fn all_of(&self, words: &[String]) -> Box<dyn Query> {
        match words {
            [one] => self.word(one),
            _ => Box::new(BooleanQuery::new(
                words.iter().map(|w| (Occur::Must, self.word(w))).collect(),
            )),
        }
    }

    /// One folded word: its stem in either language's fields, or the start of a word (with a
    /// typo from five letters), the best of these counting.
    fn word(&self, word: &str) -> Box<dyn Query> {
        let mut options: Vec<Box<dyn Query>> = Vec::new();
        let mut stems = Vec::new();
        for lang in Lang::BOTH {
            let Some(stem) = stem(lang, word) else {
                continue;
            };
            stems.push(stem.clone());
            for (field_lang, part, field) in &self.fields.stemmed {
                if *field_lang == lang {
                    options.push(Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(
                            Term::from_field_text(*field, &stem),
                            IndexRecordOption::WithFreqs,
                        )),
                        part.weight(),
                    )));
                }
            }
        }
        // The start of a word, from the word as typed and from its stems when they are long
        // enough to say something ("psychologue" → "psychologu", the start of "psychologiques").
        let mut starts = vec![word.to_string()];
        for stem in stems {
            if stem.chars().count() >= TYPO_FROM && !starts.contains(&stem) {
                starts.push(stem);
            }
        }
        for start in starts {
            let term = Term::from_field_text(self.fields.words, &start);
            let letters = start.chars().count();
            let loose: Box<dyn Query> = if letters >= TYPO_FROM {
                Box::new(FuzzyTermQuery::new_prefix(term, 1, true))
            } else if letters >= PREFIX_FROM {
                Box::new(FuzzyTermQuery::new_prefix(term, 0, true))
            } else {
                Box::new(TermQuery::new(term, IndexRecordOption::Basic))
            };
            options.push(Box::new(BoostQuery::new(loose, LOOSE_WEIGHT)));
        }
        Box::new(DisjunctionMaxQuery::with_tie_breaker(options, 0.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(
        id: u64,
        coordination: u64,
        fr: (&str, &str, &str),
        nl: (&str, &str, &str),
    ) -> ServiceDoc {
        let texts = |(name, topics, description): (&str, &str, &str)| Texts {
            name: name.into(),
            organization: String::new(),
            topics: topics.into(),
            description: description.into(),
        };
        ServiceDoc {
            id,
            coordination,
            fr: texts(fr),
            nl: texts(nl),
        }
    }

    fn engine() -> Engine {
        let engine = Engine::new().unwrap();
        engine
            .replace(
                &[1, 2],
                &[
                    service(
                        1,
                        1,
                        (
                            "Inscription pour un logement",
                            "Logement",
                            "Candidatures aux logements sociaux.",
                        ),
                        (
                            "Inschrijving voor een woning",
                            "Huisvesting",
                            "Aanvragen voor sociale woningen.",
                        ),
                    ),
                    service(
                        2,
                        1,
                        (
                            "Consultations psychologiques",
                            "Santé mentale",
                            "Psychologues et psychiatres.",
                        ),
                        (
                            "Psychologische consultaties",
                            "Geestelijke gezondheid",
                            "Psychologen en psychiaters.",
                        ),
                    ),
                    service(
                        3,
                        1,
                        (
                            "Espace public numérique",
                            "Inclusion numérique",
                            "Ordinateurs en accès libre.",
                        ),
                        (
                            "Openbare computerruimte",
                            "Digitale inclusie",
                            "Vrij toegankelijke computers.",
                        ),
                    ),
                    service(
                        4,
                        1,
                        (
                            "Repas chauds à 2 €",
                            "Aide alimentaire",
                            "Un repas chaud chaque midi.",
                        ),
                        (
                            "Warme maaltijden voor 2 €",
                            "Voedselhulp",
                            "Elke middag een warme maaltijd.",
                        ),
                    ),
                    service(
                        5,
                        2,
                        (
                            "Logement d'urgence",
                            "Logement",
                            "Hébergement pour la nuit.",
                        ),
                        ("Noodwoning", "Huisvesting", "Opvang voor de nacht."),
                    ),
                ],
            )
            .unwrap();
        engine
    }

    fn synonyms() -> Synonyms {
        let mut synonyms = Synonyms::default();
        synonyms.add("colis", "aide alimentaire");
        synonyms.add("voedselpakket", "voedselhulp");
        synonyms.add("loyer", "logement");
        synonyms
    }

    fn find(engine: &Engine, text: &str) -> Vec<u64> {
        engine.search(Some(&[1]), text, &synonyms()).unwrap()
    }

    #[test]
    fn stems_prefixes_and_one_typo_find_the_service() {
        let engine = engine();
        assert_eq!(find(&engine, "logements"), [1]);
        assert_eq!(find(&engine, "LOGEMENT"), [1]);
        assert_eq!(find(&engine, "logment"), [1], "one typo");
        assert_eq!(
            find(&engine, "psycholoog"),
            [2],
            "Dutch word, the start of a longer one"
        );
        assert_eq!(find(&engine, "psychologue"), [2]);
        assert_eq!(
            find(&engine, "computer"),
            [3],
            "the start of a Dutch compound"
        );
        assert_eq!(find(&engine, "numerique"), [3], "accents ignored");
        assert_eq!(find(&engine, "maaltijd"), [4]);
        assert!(find(&engine, "xylophone").is_empty());
    }

    #[test]
    fn every_word_counts_and_stop_words_do_not() {
        let engine = engine();
        assert_eq!(find(&engine, "repas chaud"), [4]);
        assert!(find(&engine, "repas logement").is_empty());
        assert_eq!(
            find(&engine, "un logement pour la famille").len(),
            0,
            "famille is nowhere"
        );
        assert_eq!(find(&engine, "een woning"), [1], "een is a stop word");
    }

    #[test]
    fn synonyms_find_what_their_meaning_finds() {
        let engine = engine();
        assert_eq!(find(&engine, "colis"), [4]);
        assert_eq!(find(&engine, "colis alimentaire"), [4]);
        assert_eq!(find(&engine, "voedselpakket"), [4]);
        assert_eq!(find(&engine, "loyer"), [1]);
    }

    #[test]
    fn a_word_in_the_name_ranks_above_one_in_the_description() {
        let engine = engine();
        engine
            .replace(
                &[3],
                &[
                    service(
                        30,
                        3,
                        ("Aide aux devoirs", "", "Un coin avec des ordinateurs."),
                        ("", "", ""),
                    ),
                    service(
                        31,
                        3,
                        ("Ordinateurs pour tous", "", "Aide aux devoirs."),
                        ("", "", ""),
                    ),
                ],
            )
            .unwrap();
        assert_eq!(
            engine
                .search(Some(&[3]), "ordinateur", &Synonyms::default())
                .unwrap(),
            [31, 30]
        );
    }

    #[test]
    fn a_search_that_finds_nothing_gets_a_near_one_that_does() {
        let engine = engine();
        let suggest = |text| {
            engine
                .suggest(Some(&[1]), text, &Synonyms::default())
                .unwrap()
        };
        assert_eq!(suggest("xogemenx"), Some("logement".to_string()));
        assert_eq!(
            suggest("lojemant"),
            None,
            "found already, through its stem lojem"
        );
        assert_eq!(
            suggest("repas chaux"),
            None,
            "chaux is one typo from chaud: found already"
        );
        assert_eq!(
            suggest("maaltyjdn warme"),
            Some("maaltijd warme".to_string())
        );
        assert_eq!(suggest("xylophone"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn replacing_a_coordination_leaves_the_others() {
        let engine = engine();
        let mut both = engine
            .search(None, "logement", &Synonyms::default())
            .unwrap();
        both.sort();
        assert_eq!(both, [1, 5]);
        engine.replace(&[2], &[]).unwrap();
        assert_eq!(
            engine
                .search(None, "logement", &Synonyms::default())
                .unwrap(),
            [1]
        );
        assert_eq!(engine.len(), 4);
    }
}
