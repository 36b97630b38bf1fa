//! The social map's search as citizens type it: everyday words, plurals, typos, synonyms and
//! Dutch compounds, each with the demo service it must find, on both backends.

use crate::db_test;
use crate::support::people::seed_directory;
use crate::support::{Backend, TestApp};

/// (what a citizen types, the service it must find in the first five) on the French map.
const FRENCH: &[(&str, &str)] = &[
    ("colis alimentaire", "Repas chauds à 2 €"),
    ("colis", "Repas chauds à 2 €"),
    ("manger", "Repas chauds à 2 €"),
    ("nourriture", "Repas chauds à 2 €"),
    ("repas", "Repas chauds à 2 €"),
    ("aide alimentaire", "Repas chauds à 2 €"),
    ("docteur", "Consultations de médecine générale"),
    ("médecin", "Consultations de médecine générale"),
    ("medecin generaliste", "Consultations de médecine générale"),
    ("loyer", "Inscription pour un logement"),
    ("logements", "Inscription pour un logement"),
    ("logment", "Inscription pour un logement"),
    ("appartement", "Inscription pour un logement"),
    ("travail", "Recherche d'emploi accompagnée"),
    ("emploi", "Recherche d'emploi accompagnée"),
    ("boulot", "Recherche d'emploi accompagnée"),
    ("CV", "Recherche d'emploi accompagnée"),
    ("dettes", "Service de médiation de dettes"),
    ("surendettement", "Service de médiation de dettes"),
    ("médiation", "Service de médiation de dettes"),
    ("psychologue", "Consultations psychologiques"),
    ("psy", "Consultations psychologiques"),
    ("dépression", "Consultations psychologiques"),
    ("avocat", "Permanence juridique gratuite"),
    ("juridique", "Permanence juridique gratuite"),
    ("papiers", "Permanence juridique gratuite"),
    ("ordinateur", "Espace public numérique"),
    ("internet", "Espace public numérique"),
    ("numerique", "Espace public numérique"),
    ("devoirs", "Soutien scolaire"),
    ("école", "Soutien scolaire"),
    ("lire et écrire", "Cours d'alphabétisation"),
    ("cours de français", "Cours d'alphabétisation"),
    ("alphabetisation", "Cours d'alphabétisation"),
    ("dormir", "Hébergement d'urgence"),
    ("sans abri", "Hébergement d'urgence"),
    ("urgence nuit", "Hébergement d'urgence"),
    (
        "violence conjugale",
        "Écoute et accompagnement des victimes",
    ),
    ("aide à domicile", "Aide familiale à domicile"),
    ("personnes âgées", "Aide familiale à domicile"),
    ("revenu d'intégration", "Service social général"),
    ("énergie", "Service social général"),
];

/// The same on the Dutch map.
const DUTCH: &[(&str, &str)] = &[
    ("voedselpakket", "Warme maaltijden voor 2 €"),
    ("eten", "Warme maaltijden voor 2 €"),
    ("maaltijd", "Warme maaltijden voor 2 €"),
    ("voedselhulp", "Warme maaltijden voor 2 €"),
    ("dokter", "Huisartsenconsultaties"),
    ("huisarts", "Huisartsenconsultaties"),
    ("arts", "Huisartsenconsultaties"),
    ("psycholoog", "Psychologische consultaties"),
    ("psychologen", "Psychologische consultaties"),
    ("depressie", "Psychologische consultaties"),
    ("consultaties", "Psychologische consultaties"),
    ("huur", "Inschrijving voor een woning"),
    ("woningen", "Inschrijving voor een woning"),
    ("wonnig", "Inschrijving voor een woning"),
    ("werk", "Begeleid werk zoeken"),
    ("werk zoeken", "Begeleid werk zoeken"),
    ("sollicitatie", "Begeleid werk zoeken"),
    ("cv", "Begeleid werk zoeken"),
    ("schulden", "Schuldbemiddeling"),
    ("schuldbemiddeling", "Schuldbemiddeling"),
    ("advocaat", "Gratis juridische permanentie"),
    ("juridische hulp", "Gratis juridische permanentie"),
    ("papieren", "Gratis juridische permanentie"),
    ("computer", "Openbare computerruimte"),
    ("internet", "Openbare computerruimte"),
    ("huiswerk", "Huiswerkbegeleiding"),
    ("school", "Huiswerkbegeleiding"),
    ("jeugd", "Huiswerkbegeleiding"),
    ("lezen en schrijven", "Alfabetiseringslessen"),
    ("alfabetisering", "Alfabetiseringslessen"),
    ("nederlands leren", "Alfabetiseringslessen"),
    ("slapen", "Noodopvang"),
    ("daklozen", "Noodopvang"),
    ("nachtopvang", "Noodopvang"),
    ("partnergeweld", "Opvang en begeleiding van slachtoffers"),
    ("geweld", "Opvang en begeleiding van slachtoffers"),
    ("gezinshulp", "Gezinshulp aan huis"),
    ("ouderen", "Gezinshulp aan huis"),
    ("leefloon", "Algemene sociale dienst"),
    ("energie", "Algemene sociale dienst"),
    ("maatschappelijke hulp", "Algemene sociale dienst"),
];

/// The service names a map search shows, in order.
async fn found(app: &TestApp, lang: &str, query: &str) -> Vec<String> {
    let path = format!(
        "/{lang}/anderlecht/map?q={}",
        url::form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
    );
    app.client().get(&path).await.texts("ol.results h3 a")
}

/// Every query of both tables with what it found, the misses listed together.
async fn run_the_tables(app: &TestApp) -> Vec<(String, Vec<String>)> {
    let mut misses = Vec::new();
    let mut results = Vec::new();
    for (lang, table) in [("fr", FRENCH), ("nl", DUTCH)] {
        for (query, service) in table {
            let names = found(app, lang, query).await;
            if !names.iter().take(5).any(|n| n == service) {
                misses.push(format!("{lang} «{query}» → {names:?}, not {service}"));
            }
            results.push((format!("{lang} {query}"), names));
        }
    }
    assert!(
        misses.is_empty(),
        "searches that miss:\n{}",
        misses.join("\n")
    );
    results
}

async fn everyday_words_find_the_service(app: TestApp) {
    assert!(FRENCH.len() >= 40 && DUTCH.len() >= 40);
    seed_directory(&app).await;
    run_the_tables(&app).await;
    // Not everything matches everything: a word no service has finds nothing.
    assert!(found(&app, "fr", "xylophone").await.is_empty());
    assert!(found(&app, "nl", "loodgieter").await.is_empty());
}
db_test!(everyday_words_find_the_service);

/// The map's hint offers real searches: each of its examples finds a service.
async fn the_hints_examples_find_something(app: TestApp) {
    seed_directory(&app).await;
    for lang in ["fr", "nl"] {
        let page = app.client().get(&format!("/{lang}/anderlecht/map")).await;
        let hint = page.texts("#hint-q").join(" ");
        let examples = hint
            .split_once(':')
            .map(|(_, list)| list.trim().trim_end_matches('.'))
            .unwrap_or_default();
        let examples: Vec<&str> = examples.split(',').map(str::trim).collect();
        assert!(examples.len() >= 3, "{hint}");
        for example in examples {
            assert!(
                !found(&app, lang, example).await.is_empty(),
                "the {lang} hint's «{example}» finds nothing"
            );
        }
    }
}
db_test!(the_hints_examples_find_something);

/// SQLite and PostgreSQL give the very same results in the same order: the engine ranks, the
/// databases only filter.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_find_the_same_in_the_same_order() {
    let Some(postgres) = TestApp::start(Backend::Postgres).await else {
        return;
    };
    let sqlite = TestApp::start(Backend::Sqlite).await.unwrap();
    seed_directory(&sqlite).await;
    seed_directory(&postgres).await;
    assert_eq!(
        run_the_tables(&sqlite).await,
        run_the_tables(&postgres).await
    );
}

/// A search that finds nothing offers a near search that does, the themes named like it, the
/// map's facets without the words and the same words across the region.
async fn a_search_that_finds_nothing_offers_a_way_on(app: TestApp) {
    seed_directory(&app).await;
    let mut citizen = app.client();
    let page = citizen.get("/fr/anderlecht/map?q=xogemenx").await;
    assert!(page.texts("ol.results h3 a").is_empty());
    assert_eq!(page.texts(".suggestion a"), ["logement"]);
    let suggested = page.attrs(".suggestion a", "href")[0].replace("&amp;", "&");
    assert!(citizen
        .get(&suggested)
        .await
        .texts("ol.results h3 a")
        .contains(&"Inscription pour un logement".to_string()));
    assert_eq!(
        page.attrs(".region-search a", "href"),
        ["/fr/search?q=xogemenx"]
    );
    let themes = page.texts(".map-facets nav[aria-label=\"Thème\"] a");
    assert!(themes.len() > 5, "the facets stay: {themes:?}");
    assert!(
        page.attrs(".map-facets nav[aria-label=\"Thème\"] a", "href")
            .iter()
            .all(|href| !href.contains("q=")),
        "facets lead somewhere: without the words that found nothing"
    );
    let open = page.attrs(".map-facets nav[aria-label=\"Ouverture\"] a", "href");
    assert!(
        !open.is_empty() && open.iter().all(|href| !href.contains("q=")),
        "{open:?}"
    );

    let health = citizen
        .get("/fr/anderlecht/map?q=sant%C3%A9+xylophone")
        .await;
    assert!(health.texts("ol.results h3 a").is_empty());
    let named_like = health.texts(".matching-themes a");
    assert!(
        named_like.contains(&"Santé".to_string())
            && named_like.contains(&"Santé mentale".to_string()),
        "{named_like:?}"
    );
    assert!(
        health.texts(".suggestion a").is_empty(),
        "no near word finds xylophone"
    );
}
db_test!(a_search_that_finds_nothing_offers_a_way_on);

/// A result card tells where, when and how to reach the service without opening it.
async fn result_cards_show_address_hours_phone_and_themes(app: TestApp) {
    seed_directory(&app).await;
    let page = app.client().get("/nl/anderlecht/map?q=woning").await;
    let card = page
        .texts("ol.results > li")
        .into_iter()
        .find(|text| text.contains("Inschrijving voor een woning"))
        .expect("the service is found");
    assert!(card.contains("Anderlecht"), "{card}");
    assert!(
        card.contains("Vandaag: ") || card.contains("Vandaag gesloten"),
        "{card}"
    );
    assert!(card.contains("Huisvesting"), "its theme: {card}");
    assert!(page
        .attrs("ol.results .card-phone a", "href")
        .iter()
        .all(|href| href.starts_with("tel:")));
    assert!(!page.attrs("ol.results .card-phone a", "href").is_empty());
}
db_test!(result_cards_show_address_hours_phone_and_themes);

/// Coordinators see what their map's visitors searched without finding anything (how often, never
/// who) and answer it with a synonym of their own, which the search knows at once.
async fn coordinators_answer_the_searches_that_found_nothing(app: TestApp) {
    use axum::http::StatusCode;
    use socius::domain::Lang;
    use socius::platform::policy::Role;

    use crate::support::people::{coordination, person};

    seed_directory(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    person(
        &app,
        "coord@anderlecht.test",
        Lang::Fr,
        &anderlecht,
        Role::Coordinator,
    )
    .await;
    for (lang, words) in [("fr", "kot"), ("fr", "KOT "), ("nl", "loodgieter")] {
        assert!(found(&app, lang, words).await.is_empty());
    }
    app.client().get("/fr/koekelberg/map?q=plombier").await;
    let rows = || async {
        socius::scalar!(app.db(), "SELECT COUNT(*) FROM search_misses").unwrap_or(-1_i64)
    };
    assert_eq!(rows().await, 0, "counted in memory, never a row per search");

    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let page = coordinator.get("/fr/anderlecht/map/searches").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("table tbody td:first-child"),
        ["kot", "loodgieter"]
    );
    assert_eq!(page.texts("table tbody td.number"), ["2", "1"]);
    assert!(
        !page.body.contains("plombier"),
        "Koekelberg's searches stay there"
    );

    // Bad input: said beside the field, what was typed kept.
    let refused = coordinator
        .fill(
            "/fr/anderlecht/map/searches?word=kot",
            "/fr/anderlecht/map/searches/synonyms",
            &[("means", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.field("word").0, "kot");
    assert!(!refused.refused_field("means").0.is_empty());
    let same = coordinator
        .fill(
            "/fr/anderlecht/map/searches",
            "/fr/anderlecht/map/searches/synonyms",
            &[("word", "Kot"), ("means", "kot")],
        )
        .await;
    assert_eq!(same.status, StatusCode::UNPROCESSABLE_ENTITY);

    let added = coordinator
        .fill(
            "/fr/anderlecht/map/searches?word=kot",
            "/fr/anderlecht/map/searches/synonyms",
            &[("means", "logement")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    assert!(found(&app, "fr", "kot")
        .await
        .contains(&"Inscription pour un logement".to_string()));
    assert!(
        found(&app, "nl", "kot")
            .await
            .contains(&"Inschrijving voor een woning".to_string()),
        "a synonym serves both languages"
    );
    let after = coordinator.get("/fr/anderlecht/map/searches").await;
    assert_eq!(
        after.texts("table tbody td:first-child"),
        ["loodgieter"],
        "answered, gone"
    );
    assert_eq!(after.texts("ul.synonyms li").len(), 1);
    let audited: i64 = socius::scalar!(
        app.db(),
        "SELECT COUNT(*) FROM audit_log WHERE event = 'search_synonym.added'"
    )
    .unwrap();
    assert_eq!(audited, 1);
    assert!(!found(&app, "fr", "kot").await.is_empty());
    assert!(
        app.client()
            .get("/fr/koekelberg/map?q=kot")
            .await
            .texts("ol.results h3 a")
            .is_empty(),
        "Anderlecht's synonym is Anderlecht's"
    );

    let remove = after.attrs("ul.synonyms form", "action")[0].clone();
    let removed = coordinator
        .submit("/fr/anderlecht/map/searches", &remove, &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(found(&app, "fr", "kot").await.is_empty());
}
db_test!(coordinators_answer_the_searches_that_found_nothing);
