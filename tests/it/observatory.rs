//! The needs observatory as partners, coordinators, the public and regional staff use it, on both
//! backends.

use axum::http::{Method, StatusCode};
use chrono::{Datelike, Duration, Utc};

use crate::db_test;
use crate::support::membership::{admit_and_sign_in, apply, setup};
use crate::support::{Client, TestApp, PASSWORD};
use socius::domain::Lang;

async fn scalar(app: &TestApp, sql: &str) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap()
}

/// Reports a need through the form; returns the response.
async fn report_need(
    client: &mut Client,
    theme: &str,
    people: &str,
    description: &str,
) -> crate::support::TestResponse {
    let form = "/fr/anderlecht/observatory/report?kind=need";
    client
        .fill(
            form,
            "/fr/anderlecht/observatory/report",
            &[
                ("theme", theme),
                ("target_group", "families"),
                ("description", description),
                ("people_count", people),
                ("trend", "growing"),
                ("severity", "3"),
            ],
        )
        .await
}

type RollupRow = (i64, i64, String, String, String, i64, i64, i64);

/// Rebuilds the rollup of these coordinations from their signals, as the demo does.
async fn rebuild_rollup(app: &TestApp, coordination_ids: &[i64]) {
    let all = socius::platform::tenancy::list(app.db()).await.unwrap();
    let mut tx = app.db().begin().await.unwrap();
    for coordination in all.iter().filter(|c| coordination_ids.contains(&c.id)) {
        let tenant = crate::support::people::admin_tenant(coordination);
        socius::features::observatory::store::rollup::refresh(&mut tx, &tenant)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The rollup kept up to date signal by signal equals one rebuilt from scratch.
async fn assert_rollup_consistent(app: &TestApp) {
    let read = || async {
        let rows: Vec<RollupRow> = socius::with_db!(app.db(), |p| sqlx::query_as(
            "SELECT coordination_id, round_id, kind, dimension, code, membership_id, signals, people FROM signal_rollup \
             ORDER BY coordination_id, round_id, kind, dimension, code, membership_id"
        )
        .fetch_all(p)
        .await)
        .unwrap();
        rows
    };
    let kept = read().await;
    let ids: Vec<i64> = socius::platform::tenancy::list(app.db())
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    rebuild_rollup(app, &ids).await;
    assert!(!kept.is_empty());
    assert_eq!(kept, read().await);
}

/// The coordination whose partners report, step by step, with the people in it.
struct Reporting<'a> {
    app: &'a TestApp,
    coordinator: Client,
    ines: Client,
    tom: Client,
    /// Tom's housing signal.
    toms: i64,
}

async fn partners_report_and_the_coordination_sees_aggregates(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let nl = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let ines = admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    let tom = admit_and_sign_in(&app, &mut coordinator, nl, "tom@haven.example").await;
    let mut reporting = Reporting {
        app: &app,
        coordinator,
        ines,
        tom,
        toms: 0,
    };
    partners_report_their_signals(&mut reporting).await;
    the_coordination_and_members_read_the_aggregates(&mut reporting).await;
    signals_become_a_need_on_an_agenda(&mut reporting).await;
    a_deleted_signal_leaves_the_aggregates(&mut reporting).await;
}

/// Partners report needs and non-take-up: text holding a national register number is refused with
/// everything typed kept; each organisation sees its own signals.
async fn partners_report_their_signals(c: &mut Reporting<'_>) {
    let app = c.app;
    let (ines, tom) = (&mut c.ines, &mut c.tom);
    let refused = report_need(
        ines,
        "housing",
        "12",
        "Madame 85.07.30-033.28 attend un logement depuis deux ans.",
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("numéro de registre national"),
        "the message says why"
    );
    assert!(
        refused.body.contains("attend un logement depuis deux ans"),
        "the text is kept"
    );
    assert!(refused.body.contains("value=\"12\""), "the count is kept");
    assert!(
        refused.body.contains("value=\"housing\" selected"),
        "the theme is kept"
    );
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM signals").await, 0);
    for (theme, people, text) in [
        ("housing", "12", "Familles en attente d'un logement social."),
        (
            "food-aid",
            "40",
            "Plus de demandes de colis en fin de mois.",
        ),
    ] {
        let saved = report_need(ines, theme, people, text).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let non_take_up = ines
        .fill(
            "/fr/anderlecht/observatory/report?kind=non_take_up",
            "/fr/anderlecht/observatory/report",
            &[
                ("right", "bim"),
                ("causes", "unaware"),
                ("target_group", "older-people"),
                (
                    "description",
                    "Des pensionnés ignorent l'intervention majorée.",
                ),
                ("people_count", "7"),
                ("outcome", "referred"),
            ],
        )
        .await;
    assert_eq!(
        non_take_up.status,
        StatusCode::SEE_OTHER,
        "{}",
        non_take_up.body
    );
    let basin: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT basin_code FROM signals WHERE theme_code = 'housing'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(
        !basin.is_empty(),
        "the care basin comes from the municipality"
    );
    let tom_need = report_need(tom, "housing", "3", "Jongeren zonder vaste woonst.").await;
    assert_eq!(tom_need.status, StatusCode::SEE_OTHER);

    // Each organisation sees its own signals, not the others'.
    let mine = ines.get("/fr/anderlecht/observatory/mine").await;
    assert!(mine.body.contains("Logement") && !mine.body.contains("Jongeren"));
    let toms: i64 = scalar(
        app,
        "SELECT id FROM signals WHERE description LIKE 'Jongeren%'",
    )
    .await;
    assert_eq!(
        ines.get(&format!("/fr/anderlecht/observatory/signals/{toms}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        ines.get("/fr/anderlecht/observatory/signals").await.status,
        StatusCode::FORBIDDEN
    );
    c.toms = toms;
}

/// The dashboard aggregates (a chart and its table) for coordinators and members, never another
/// organisation's name; the API and the exports follow the same rules.
async fn the_coordination_and_members_read_the_aggregates(c: &mut Reporting<'_>) {
    let app = c.app;
    let (coordinator, tom) = (&mut c.coordinator, &mut c.tom);
    let dashboard = coordinator.get("/fr/anderlecht/observatory").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains("role=\"img\""), "a chart");
    let housing_row = dashboard
        .body
        .split("<th scope=\"row\">Logement</th>")
        .nth(1)
        .expect("a housing row");
    let cells: Vec<&str> = housing_row
        .split("</tr>")
        .next()
        .unwrap()
        .split("<td class=\"num\">")
        .skip(1)
        .map(|c| c.split('<').next().unwrap())
        .collect();
    assert_eq!(
        cells,
        vec!["2", "15", "2"],
        "signals, people, organisations"
    );
    assert!(dashboard.body.contains("Intervention majorée"));
    // Members read the aggregates, never another organisation's name.
    let member_view = tom.get("/nl/anderlecht/observatory").await;
    assert!(
        member_view.body.contains("Huisvesting") && !member_view.body.contains("Maison des femmes")
    );

    // The API follows the same rules.
    let token = crate::api::create_token(tom).await;
    let own = app
        .client()
        .api(
            Method::GET,
            "/api/v1/coordinations/anderlecht/signals",
            Some(&token),
            None,
        )
        .await
        .json();
    assert_eq!(
        own.as_array().unwrap().len(),
        1,
        "Tom's organisation's own signal only"
    );
    let aggregates = app
        .client()
        .api(
            Method::GET,
            "/api/v1/coordinations/anderlecht/observatory?lang=nl",
            Some(&token),
            None,
        )
        .await
        .json();
    let themes = aggregates
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["dimension"] == "theme" && a["kind"] == "need")
        .unwrap();
    assert_eq!(themes["rows"][0]["label"], "Voedselhulp");
    assert_eq!(themes["rows"][0]["people"], 40);

    // Exports of the aggregates.
    let csv = coordinator
        .get("/fr/anderlecht/observatory/export/csv")
        .await;
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.contains("Logement,2,15,2"), "{}", csv.body);
    let xlsx = coordinator
        .get("/fr/anderlecht/observatory/export/xlsx")
        .await;
    assert!(xlsx.bytes.starts_with(b"PK"));
}

/// From signal to action: the coordinator groups the housing signals, puts the need on a meeting and
/// follows it; members read it, not whose signals.
async fn signals_become_a_need_on_an_agenda(c: &mut Reporting<'_>) {
    let app = c.app;
    let (coordinator, ines) = (&mut c.coordinator, &mut c.ines);
    let ids: Vec<i64> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM signals WHERE theme_code = 'housing' ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    let page = coordinator.get("/fr/anderlecht/observatory/signals").await;
    let csrf = page.csrf();
    let (a, b) = (ids[0].to_string(), ids[1].to_string());
    let refused = coordinator
        .post_raw(
            "/fr/anderlecht/observatory/signals",
            &[
                ("_csrf", &csrf),
                ("signal", &a),
                ("title_fr", "Logement — voir jean@exemple.be"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("adresse e-mail"));
    assert!(
        refused.body.contains("voir jean@exemple.be"),
        "the title is kept"
    );
    assert!(
        refused.body.contains(&format!("value=\"{a}\" checked")),
        "the ticked signal stays ticked"
    );
    let grouped = coordinator
        .post_raw(
            "/fr/anderlecht/observatory/signals",
            &[
                ("_csrf", &csrf),
                ("signal", &a),
                ("signal", &b),
                ("title_fr", "Accès au logement"),
                ("title_nl", "Toegang tot huisvesting"),
            ],
        )
        .await;
    assert_eq!(grouped.status, StatusCode::SEE_OTHER, "{}", grouped.body);
    let need_path = grouped.location().to_string();
    let plenary: i64 = scalar(app, "SELECT id FROM bodies WHERE kind = 'plenary'").await;
    let meeting_form = format!("/fr/anderlecht/bodies/{plenary}/meetings/new");
    let next_year = Utc::now().year() + 1;
    coordinator
        .submit(
            &meeting_form,
            &meeting_form,
            &[
                ("title_fr", "Plénière"),
                ("date", &format!("{next_year}-02-09")),
                ("time", "09:30"),
                ("duration", "120"),
                ("place_fr", "CPAS"),
            ],
        )
        .await;
    let meeting: i64 = scalar(app, "SELECT id FROM meetings").await;
    let on_agenda = coordinator
        .submit(
            &need_path,
            &format!("{need_path}/agenda"),
            &[("meeting_id", &meeting.to_string())],
        )
        .await;
    assert_eq!(on_agenda.status, StatusCode::SEE_OTHER);
    let meeting_page = format!("/fr/anderlecht/meetings/{meeting}");
    coordinator
        .submit(
            &meeting_page,
            &format!("{meeting_page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    assert!(ines
        .get(&meeting_page)
        .await
        .body
        .contains("Accès au logement"));
    coordinator
        .submit(
            &need_path,
            &need_path,
            &[("status", "discussed"), ("body_id", ""), ("response", "")],
        )
        .await;
    let named = "Voir avec marie.dupont@example.org";
    let refused = coordinator
        .submit(
            &need_path,
            &need_path,
            &[
                ("status", "discussed"),
                ("body_id", ""),
                ("response", named),
            ],
        )
        .await;
    assert_eq!(refused.refused_field("response").1, named);
    let need_page = ines.get(&need_path).await;
    assert!(
        need_page.body.contains("Discuté") && need_page.body.contains("ordre du jour de"),
        "status and agenda in the history"
    );
    assert!(
        !need_page.body.contains("Maison des femmes"),
        "members do not see whose signals"
    );
}

/// Tom deletes his signal (after confirming); the aggregates follow at once.
async fn a_deleted_signal_leaves_the_aggregates(c: &mut Reporting<'_>) {
    let app = c.app;
    let (coordinator, tom) = (&mut c.coordinator, &mut c.tom);
    let toms = c.toms;
    let signal_page = format!("/nl/anderlecht/observatory/signals/{toms}");
    let unconfirmed = tom
        .submit(&signal_page, &format!("{signal_page}/delete"), &[])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        scalar(app, "SELECT COUNT(*) FROM signals").await,
        4,
        "not without confirming"
    );
    tom.submit(
        &signal_page,
        &format!("{signal_page}/delete"),
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(scalar(app, "SELECT COUNT(*) FROM signals").await, 3);
    let after = coordinator
        .get("/fr/anderlecht/observatory/export/csv")
        .await;
    assert!(after.body.contains("Logement,1,12,1"), "{}", after.body);
    assert_rollup_consistent(app).await;
}

db_test!(partners_report_and_the_coordination_sees_aggregates);

async fn rounds_invite_remind_and_publish_with_small_groups_suppressed(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let nl = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    admit_and_sign_in(&app, &mut coordinator, nl, "tom@haven.example").await;
    let today = Utc::now().date_naive();
    let opened = coordinator
        .submit(
            "/fr/anderlecht/observatory/rounds",
            "/fr/anderlecht/observatory/rounds",
            &[
                ("title_fr", "Premier relevé"),
                ("title_nl", "Eerste ronde"),
                ("period_start", &(today - Duration::days(180)).to_string()),
                ("period_end", &(today - Duration::days(1)).to_string()),
                ("deadline", &(today + Duration::days(20)).to_string()),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let outbox = app.outbox().await;
    let to_tom = outbox
        .iter()
        .rev()
        .find(|m| m.0 == "tom@haven.example")
        .unwrap();
    assert!(
        to_tom
            .2
            .starts_with("Observatorium van de behoeften: Eerste ronde"),
        "{}",
        to_tom.2
    );
    let to_ines = outbox
        .iter()
        .rev()
        .find(|m| m.0 == "ines@mdf.example")
        .unwrap();
    assert!(to_ines.2.contains("Premier relevé") && to_ines.3.contains("Maison des femmes"));
    // An invitation the mail server gave up on is shown on the rounds page, which sent it.
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE outbox SET status = 'failed' WHERE recipient = 'tom@haven.example' \
         AND about_type = 'round'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let rounds = coordinator.get("/fr/anderlecht/observatory/rounds").await;
    assert_eq!(rounds.texts(".notice.error li"), vec!["tom@haven.example"]);

    // Ines reports in the round: a large group and a small one.
    report_need(
        &mut ines,
        "housing",
        "12",
        "Familles en attente d'un logement social.",
    )
    .await;
    report_need(
        &mut ines,
        "health",
        "3",
        "Délais pour un rendez-vous en santé mentale.",
    )
    .await;
    let round: i64 = scalar(&app, "SELECT id FROM collection_rounds").await;
    assert_eq!(
        scalar(
            &app,
            "SELECT COUNT(*) FROM signals WHERE round_id IS NOT NULL"
        )
        .await,
        2,
        "in the open round by default"
    );

    // Reminders go to those who reported nothing, once, when the deadline is near.
    let state = &app.state;
    assert_eq!(
        socius::features::observatory::rounds::send_due(state)
            .await
            .unwrap(),
        0,
        "not due yet"
    );
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE collection_rounds SET deadline = $1"
    )
    .bind(today + Duration::days(2))
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let before = app.outbox().await.len();
    assert_eq!(
        socius::features::observatory::rounds::send_due(state)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        socius::features::observatory::rounds::send_due(state)
            .await
            .unwrap(),
        0,
        "once"
    );
    let reminders: Vec<_> = app.outbox().await.into_iter().skip(before).collect();
    assert!(reminders
        .iter()
        .any(|m| m.0 == "tom@haven.example" && m.2.starts_with("Herinnering")));
    assert!(
        reminders.iter().all(|m| m.0 != "ines@mdf.example"),
        "Ines reported"
    );

    // Nothing public until the coordinator publishes; then small groups are suppressed.
    let public = app.client().get("/fr/anderlecht/observatory/public").await;
    assert!(public.body.contains("encore publié aucune campagne"));
    let home = app.client().get("/fr/anderlecht/").await;
    assert!(
        home.texts(".latest-round").is_empty(),
        "no figures on the home page yet"
    );
    // Published once closed: an open round offers no "publish", and a post to it changes nothing.
    let open = coordinator.get("/fr/anderlecht/observatory/rounds").await;
    assert!(open
        .attrs("form", "action")
        .iter()
        .all(|a| !a.ends_with("/publish")));
    let rounds = "/fr/anderlecht/observatory/rounds";
    let step = |word: &str| format!("{rounds}/{round}/{word}");
    coordinator.submit(rounds, &step("publish"), &[]).await;
    let still = app.client().get("/fr/anderlecht/observatory/public").await;
    assert!(still.body.contains("encore publié aucune campagne"));
    for word in ["close", "publish"] {
        coordinator.submit(rounds, &step(word), &[]).await;
    }
    let public = app.client().get("/fr/anderlecht/observatory/public").await;
    assert_eq!(public.status, StatusCode::OK);
    // The home page gives the latest published round (its totals are too small to show here).
    let home = app.client().get("/nl/anderlecht/").await;
    assert_eq!(
        home.texts(".latest-round"),
        vec!["Laatst gepubliceerde ronde: Eerste ronde."]
    );
    assert!(home.texts("ul.figures li").is_empty());
    let health = public
        .body
        .split("<th scope=\"row\">Santé</th>")
        .nth(1)
        .expect("a health row");
    assert!(
        health
            .trim_start()
            .starts_with("<td colspan=\"3\" class=\"suppressed\">"),
        "3 people: suppressed"
    );
    let housing = public
        .body
        .split("<th scope=\"row\">Logement</th>")
        .nth(1)
        .unwrap();
    assert!(
        housing
            .trim_start()
            .starts_with("<td colspan=\"3\" class=\"suppressed\">"),
        "12 people from one organisation: suppressed"
    );
    assert!(!public.body.contains("Maison des femmes"));

    // The next round starts from the last one's entries.
    coordinator
        .submit(
            "/fr/anderlecht/observatory/rounds",
            "/fr/anderlecht/observatory/rounds",
            &[
                ("title_fr", "Deuxième relevé"),
                ("period_start", &today.to_string()),
                ("period_end", &(today + Duration::days(180)).to_string()),
                ("deadline", &(today + Duration::days(30)).to_string()),
            ],
        )
        .await;
    let copied = ines
        .submit(
            "/fr/anderlecht/observatory/mine",
            "/fr/anderlecht/observatory/copy",
            &[],
        )
        .await;
    assert_eq!(copied.status, StatusCode::SEE_OTHER);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM signals s JOIN collection_rounds r ON r.id = s.round_id WHERE r.title_fr = 'Deuxième relevé'").await,
        2
    );
    let again = ines
        .submit(
            "/fr/anderlecht/observatory/mine",
            "/fr/anderlecht/observatory/copy",
            &[],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM signals").await,
        4,
        "copied once"
    );
    // An organisation corrects a copied signal: another round, another theme, another count.
    let copied_id: i64 = scalar(&app, "SELECT MAX(id) FROM signals").await;
    let edit = format!("/fr/anderlecht/observatory/signals/{copied_id}");
    let edited = ines
        .fill(
            &edit,
            &edit,
            &[("theme", "debt"), ("people_count", "9"), ("round_id", "")],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    assert_rollup_consistent(&app).await;

    // Context indicators: valid lines stored, others reported with their reason.
    let csrf = coordinator
        .get("/fr/anderlecht/observatory/context")
        .await
        .csrf();
    let csv = "nis_code,indicator,label_fr,label_nl,year,value,unit,source\n\
               21001,ris-per-1000,RIS pour 1 000 habitants,Leefloon per 1 000 inwoners,2024,\"41,5\",‰,IBSA\n\
               21011,ris-per-1000,RIS,Leefloon,2024,12,‰,IBSA\n\
               21001,bim-share,Part de BIM,Aandeel VT,2024,beaucoup,%,INAMI\n";
    let imported = coordinator
        .post_multipart(
            &format!("/fr/anderlecht/observatory/context?_csrf={csrf}"),
            &[],
            &[("file", "context.csv", csv.as_bytes())],
        )
        .await;
    assert_eq!(
        imported.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "two lines are refused"
    );
    assert!(imported.body.contains("Ligne 3") && imported.body.contains("Ligne 4"));
    assert_eq!(
        scalar(&app, "SELECT COUNT(*) FROM context_indicators").await,
        1
    );
    let dashboard = ines.get("/fr/anderlecht/observatory").await;
    assert!(dashboard.body.contains("RIS pour 1 000 habitants") && dashboard.body.contains("41,5"));
    // Excel in Belgium: Windows-1252 and semicolons, read and said; a header alone is said too.
    let excel = "nis_code;indicator;label_fr;label_nl;year;value;unit;source\r\n\
                 21001;gri-share;Part de la GRAPA, bénéficiaires;Aandeel IGO;2024;3,2;%;SPF Pensions\r\n";
    let (excel, _, _) = encoding_rs::WINDOWS_1252.encode(excel);
    let context = format!("/fr/anderlecht/observatory/context?_csrf={csrf}");
    let imported = coordinator
        .post_multipart(&context, &[], &[("file", "excel.csv", &excel)])
        .await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    let html = scraper::Html::parse_document(&imported.body);
    let notes = scraper::Selector::parse("[role=status] li").unwrap();
    let notes: Vec<String> = html.select(&notes).map(|n| n.text().collect()).collect();
    assert!(
        notes.iter().any(|n| n.contains("Windows-1252")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("points-virgules")),
        "{notes:?}"
    );
    let stored = "SELECT COUNT(*) FROM context_indicators WHERE label_fr = 'Part de la GRAPA, bénéficiaires'";
    assert_eq!(scalar(&app, stored).await, 1);
    let header_only = coordinator
        .post_multipart(
            &context,
            &[],
            &[(
                "file",
                "vide.csv",
                b"nis_code,indicator,label_fr,label_nl,year,value,unit,source\n",
            )],
        )
        .await;
    assert_eq!(header_only.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        header_only.body.contains("que la ligne d&#39;en-tête"),
        "{}",
        header_only.body
    );

    // The list of rights is extendable: the coordination adds one, partners report on it.
    coordinator
        .submit(
            "/fr/anderlecht/observatory/rounds",
            "/fr/anderlecht/observatory/rights",
            &[
                ("right_fr", "Prime à l'isolation"),
                ("right_nl", "Isolatiepremie"),
            ],
        )
        .await;
    let code: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT code FROM rights WHERE coordination_id IS NOT NULL"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(code.ends_with("-prime-a-l-isolation"), "{code}");
    let again = coordinator
        .submit(
            "/fr/anderlecht/observatory/rounds",
            "/fr/anderlecht/observatory/rights",
            &[("right_fr", "Prime à l'isolation"), ("right_nl", "")],
        )
        .await;
    let (message, typed) = again.refused_field("right_fr");
    assert!(message.contains("déjà"), "{message}");
    assert_eq!(typed, "Prime à l'isolation");
    let settings = coordinator
        .submit(
            "/fr/anderlecht/observatory/rounds",
            "/fr/anderlecht/observatory/settings",
            &[("minimum", "1"), ("organisations", "3")],
        )
        .await;
    assert_eq!(settings.refused_field("minimum").1, "1");
    let form = ines
        .get("/nl/anderlecht/observatory/report?kind=non_take_up")
        .await;
    assert!(form.body.contains("Isolatiepremie"));
    let reported = ines
        .fill(
            "/fr/anderlecht/observatory/report?kind=non_take_up",
            "/fr/anderlecht/observatory/report",
            &[
                ("right", &code),
                ("causes", "cost"),
                ("target_group", "families"),
                (
                    "description",
                    "Des propriétaires modestes renoncent à la prime.",
                ),
                ("people_count", "6"),
                ("outcome", "unresolved"),
            ],
        )
        .await;
    assert_eq!(reported.status, StatusCode::SEE_OTHER, "{}", reported.body);
    let dashboard = ines.get("/fr/anderlecht/observatory").await;
    assert!(
        dashboard.body.contains("isolation</th>"),
        "the coordination's right has its row"
    );
}

db_test!(rounds_invite_remind_and_publish_with_small_groups_suppressed);

/// Inserts a signal directly, as another coordination's partner would have reported it.
async fn signal(
    app: &TestApp,
    coordination: i64,
    membership: i64,
    kind: &str,
    code: &str,
    people: i64,
    cause: Option<&str>,
) {
    let need = kind == "need";
    let id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "INSERT INTO signals (coordination_id, membership_id, round_id, need_id, kind, theme_code, right_code, target_group, nis_code, basin_code, \
         neighbourhood, period_start, period_end, description, trend, severity, people_count, outcome, created_by, created_at, updated_at) \
         VALUES ($1, $2, NULL, NULL, $3, $4, $5, 'adults', NULL, $6, '', $7, $7, 'x', NULL, NULL, $8, NULL, NULL, $9, $9) RETURNING id"
    )
    .bind(coordination)
    .bind(membership)
    .bind(kind)
    .bind(need.then_some(code))
    .bind((!need).then_some(code))
    .bind(if coordination % 2 == 0 { "north" } else { "centre-west" })
    .bind(Utc::now().date_naive())
    .bind(people)
    .bind(Utc::now())
    .fetch_one(p)
    .await)
    .unwrap();
    if let Some(cause) = cause {
        socius::with_db!(app.db(), |p| sqlx::query(
            "INSERT INTO signal_causes (signal_id, cause_code) VALUES ($1, $2)"
        )
        .bind(id)
        .bind(cause)
        .execute(p)
        .await
        .map(|_| ()))
        .unwrap();
    }
}

async fn membership(app: &TestApp, coordination: i64, name: &str) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at) \
         VALUES ($1, NULL, 'member', $2, NULL, '', '', '', '', '', $3, $3) RETURNING id"
    )
    .bind(coordination)
    .bind(name)
    .bind(Utc::now())
    .fetch_one(p)
    .await)
    .unwrap()
}

async fn the_regional_view_adds_up_coordinations_without_naming_organisations(app: TestApp) {
    let anderlecht = app
        .coordination("anderlecht", "Anderlecht", "Anderlecht")
        .await;
    let koekelberg = app
        .coordination("koekelberg", "Koekelberg", "Koekelberg")
        .await;
    let a = membership(&app, anderlecht, "Service A d'Anderlecht").await;
    let k = membership(&app, koekelberg, "Dienst K van Koekelberg").await;
    signal(
        &app,
        anderlecht,
        a,
        "non_take_up",
        "bim",
        8,
        Some("unaware"),
    )
    .await;
    signal(
        &app,
        koekelberg,
        k,
        "non_take_up",
        "bim",
        6,
        Some("digital"),
    )
    .await;
    signal(
        &app,
        koekelberg,
        k,
        "non_take_up",
        "ris",
        2,
        Some("unaware"),
    )
    .await;
    // A third organisation, so that some figures come from enough of them to be published.
    let b = membership(&app, anderlecht, "Service B d'Anderlecht").await;
    signal(
        &app,
        anderlecht,
        b,
        "non_take_up",
        "bim",
        3,
        Some("unaware"),
    )
    .await;
    for (organisation, coordination, cases) in
        [(a, anderlecht, 4), (k, koekelberg, 3), (b, anderlecht, 2)]
    {
        signal(
            &app,
            coordination,
            organisation,
            "non_take_up",
            "grapa",
            cases,
            Some("digital"),
        )
        .await;
    }
    signal(&app, anderlecht, a, "need", "housing", 20, None).await;
    signal(&app, koekelberg, k, "need", "housing", 5, None).await;
    rebuild_rollup(&app, &[anderlecht, koekelberg]).await;

    app.user("region@socius.test", PASSWORD, Lang::Fr, false, &[])
        .await;
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE users SET is_regional_staff = TRUE WHERE email = 'region@socius.test'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    app.user(
        "coord@anderlecht.test",
        PASSWORD,
        Lang::Fr,
        false,
        &[(anderlecht, socius::platform::policy::Role::Coordinator)],
    )
    .await;
    let mut coordinator = app.client();
    coordinator.login("coord@anderlecht.test", PASSWORD).await;
    assert_eq!(
        coordinator.get("/fr/region/observatory").await.status,
        StatusCode::FORBIDDEN
    );

    let mut regional = app.client();
    regional.login("region@socius.test", PASSWORD).await;
    let page = regional.get("/fr/region/observatory").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("Service A") && !page.body.contains("Dienst K"),
        "no organisation"
    );
    // The regional totals follow the thresholds too: the needs come from two organisations only.
    let (totals, _) = published_figures(&page.body);
    let kinds: Vec<&str> = totals.iter().map(|(kind, _)| kind.as_str()).collect();
    let t = |key| socius::platform::i18n::t(Lang::Fr, key);
    assert_eq!(kinds, [t("observatory-kind-non_take_up")], "{totals:?}");
    let token = crate::api::create_token(&mut regional).await;
    let tables = app
        .client()
        .api(
            Method::GET,
            "/api/v1/region/observatory",
            Some(&token),
            None,
        )
        .await
        .json();
    let find = |kind: &str, dimension: &str| {
        tables
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["kind"] == kind && t["dimension"] == dimension)
            .unwrap()
            .clone()
    };
    let rights = find("non_take_up", "right");
    assert_eq!(rights["rows"][0]["code"], "bim");
    assert_eq!(
        rights["rows"][0]["people"], 17,
        "8 and 3 in Anderlecht, 6 in Koekelberg"
    );
    assert_eq!(rights["rows"][0]["organisations"], 3);
    let grapa = rights["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "grapa")
        .unwrap();
    assert!(
        grapa["people"].is_null(),
        "9 cases, shown alone beside the total it would give RIS away: suppressed with it"
    );
    let ris = rights["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "ris")
        .unwrap();
    assert!(
        ris["people"].is_null(),
        "2 cases: below the minimum, suppressed"
    );
    let causes = find("non_take_up", "cause");
    let unaware = causes["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "unaware")
        .unwrap();
    assert_eq!(unaware["people"], 13);
    let basins = find("need", "basin");
    let rows = basins["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter().all(|r| r["people"].is_null()),
        "each basin's 20 and 5 people come from one organisation: not published"
    );
    let csv = regional
        .get("/fr/region/observatory/export/csv?kind=non_take_up")
        .await;
    assert!(
        csv.body.contains("Intervention majorée (BIM),3,17,3"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains("Service A"));
    // A coordinator's API token is refused the regional view.
    let coordinator_token = crate::api::create_token(&mut coordinator).await;
    assert_eq!(
        app.client()
            .api(
                Method::GET,
                "/api/v1/region/observatory",
                Some(&coordinator_token),
                None
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}

db_test!(the_regional_view_adds_up_coordinations_without_naming_organisations);

/// The demo's observatory has figures from the start: its signals are in the aggregates.
async fn the_demo_observatory_shows_its_figures(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let mut coordinator = app.client();
    coordinator
        .login(
            "coordinator@anderlecht.example",
            "demo-anderlecht-coordinator",
        )
        .await;
    let dashboard = coordinator.get("/fr/anderlecht/observatory").await;
    assert!(dashboard
        .body
        .contains("<th scope=\"row\">Aide alimentaire</th>"));
    assert!(dashboard.body.contains("Intervention majorée"));
    let public = app.client().get("/nl/anderlecht/observatory/public").await;
    assert!(
        public.body.contains("<th scope=\"row\">Voedselhulp</th>"),
        "the past round is published"
    );
    // Its home page gives the published totals, each with how many organisations reported.
    let figures = app
        .client()
        .get("/fr/anderlecht/")
        .await
        .texts("ul.figures li");
    assert!(
        !figures.is_empty() && figures.iter().all(|f| f.contains(" organisations")),
        "{figures:?}"
    );
    let mut regional = app.client();
    regional
        .login("region@socius.example", "socius-demo-region")
        .await;
    let region = regional.get("/fr/region/observatory").await;
    assert!(region
        .body
        .contains("<th scope=\"row\">Aide alimentaire</th>"));
}

db_test!(the_demo_observatory_shows_its_figures);

/// The figures a published page shows, read from its tables: per table, its kind's label, whether
/// its groups add up to the kind's total (every table but the causes', a signal having several),
/// and per group `Some((signals, people))` or `None` where suppressed.
struct PublishedTable {
    kind: String,
    additive: bool,
    cells: Vec<Option<(i64, i64)>>,
}

/// A kind's published total: its label and (signals, people).
type PublishedTotal = (String, (i64, i64));

fn published_figures(html: &str) -> (Vec<PublishedTotal>, Vec<PublishedTable>) {
    let lang = Lang::Fr;
    let t = |key| socius::platform::i18n::t(lang, key);
    let number = |text: String| -> i64 {
        text.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap()
    };
    let page = scraper::Html::parse_document(html);
    let select = |s| scraper::Selector::parse(s).unwrap();
    let (tables, caption, rows, cells) = (
        select("table.data"),
        select("caption"),
        select("tbody tr"),
        select("td"),
    );
    let row_head = select("th");
    let mut totals = Vec::new();
    let mut published = Vec::new();
    for table in page.select(&tables) {
        let title: String = table.select(&caption).flat_map(|c| c.text()).collect();
        let figures = table.select(&rows).map(|row| {
            let head: String = row.select(&row_head).flat_map(|h| h.text()).collect();
            let tds: Vec<String> = row.select(&cells).map(|c| c.text().collect()).collect();
            let shown = (tds.len() == 3).then(|| (number(tds[0].clone()), number(tds[1].clone())));
            (head, shown)
        });
        if title == t("observatory-totals") {
            totals.extend(
                figures.map(|(kind, shown)| (kind, shown.expect("totals shown are figures"))),
            );
        } else {
            let (kind, by) = title
                .split_once(" — ")
                .expect("a table title: kind — dimension");
            published.push(PublishedTable {
                kind: kind.to_string(),
                additive: by != t("observatory-by-cause"),
                cells: figures.map(|(_, shown)| shown).collect(),
            });
        }
    }
    (totals, published)
}

/// The rank of a matrix of small integers (Gaussian elimination).
fn rank(mut rows: Vec<Vec<f64>>) -> usize {
    let columns = rows.first().map_or(0, Vec::len);
    let mut rank = 0;
    for column in 0..columns {
        let Some(pivot) = (rank..rows.len()).find(|&r| rows[r][column].abs() > 1e-9) else {
            continue;
        };
        rows.swap(rank, pivot);
        for r in 0..rows.len() {
            if r != rank {
                let factor = rows[r][column] / rows[rank][column];
                let pivot_row = rows[rank].clone();
                for (value, p) in rows[r].iter_mut().zip(pivot_row) {
                    *value -= factor * p;
                }
            }
        }
        rank += 1;
    }
    rank
}

/// A page's hidden figures that its published ones determine: the linear system has one unknown
/// per hidden cell (and per hidden total) and one equation per additive table (its groups add up to
/// its kind's total); an unknown is determined when its unit vector lies in the equations' span.
fn derivable(totals: &[PublishedTotal], tables: &[PublishedTable]) -> Vec<String> {
    let kinds: Vec<String> = tables.iter().map(|t| t.kind.clone()).collect();
    let mut unknowns: Vec<String> = Vec::new();
    for kind in &kinds {
        if !totals.iter().any(|(k, _)| k == kind) && !unknowns.contains(&format!("total {kind}")) {
            unknowns.push(format!("total {kind}"));
        }
    }
    for (t, table) in tables.iter().enumerate() {
        for (c, cell) in table.cells.iter().enumerate() {
            if cell.is_none() {
                unknowns.push(format!("table {t} ({}) row {c}", table.kind));
            }
        }
    }
    let equations: Vec<Vec<f64>> = tables
        .iter()
        .enumerate()
        .filter(|(_, table)| table.additive)
        .map(|(t, table)| {
            unknowns
                .iter()
                .map(|u| {
                    if *u == format!("total {}", table.kind) {
                        -1.0
                    } else if u.starts_with(&format!("table {t} ")) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect()
        })
        .collect();
    let base = rank(equations.clone());
    unknowns
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let mut with_unit = equations.clone();
            with_unit.push(
                (0..unknowns.len())
                    .map(|j| if j == *i { 1.0 } else { 0.0 })
                    .collect(),
            );
            rank(with_unit) == base
        })
        .map(|(_, u)| u.clone())
        .collect()
}

/// On the public page, no suppressed figure can be worked out from the published ones, and no
/// figure comes from fewer organisations than the setting (default 3).
async fn published_figures_hide_what_they_suppress(app: TestApp) {
    let anderlecht = app
        .coordination("anderlecht", "Anderlecht", "Anderlecht")
        .await;
    let partners = [
        membership(&app, anderlecht, "Service A").await,
        membership(&app, anderlecht, "Service B").await,
        membership(&app, anderlecht, "Service C").await,
    ];
    // Housing is large and broad; health small; mental health from one partner only.
    for (i, partner) in partners.iter().enumerate() {
        signal(
            &app,
            anderlecht,
            *partner,
            "need",
            "housing",
            4 + i as i64,
            None,
        )
        .await;
        signal(&app, anderlecht, *partner, "need", "health", 1, None).await;
        signal(
            &app,
            anderlecht,
            *partner,
            "non_take_up",
            "bim",
            3,
            Some("unaware"),
        )
        .await;
    }
    signal(&app, anderlecht, partners[0], "need", "energy", 9, None).await;
    signal(
        &app,
        anderlecht,
        partners[1],
        "non_take_up",
        "ris",
        2,
        Some("digital"),
    )
    .await;
    let today = Utc::now();
    socius::with_db!(app.db(), |p| sqlx::query(
        "INSERT INTO collection_rounds (coordination_id, title_fr, title_nl, period_start, period_end, deadline, status, published, reminded_at, created_at) \
         VALUES ($1, 'Relevé', 'Ronde', $2, $2, $2, 'closed', TRUE, NULL, $3)"
    )
    .bind(anderlecht)
    .bind(today.date_naive())
    .bind(today)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE signals SET round_id = (SELECT id FROM collection_rounds)"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    rebuild_rollup(&app, &[anderlecht]).await;

    let page = app.client().get("/fr/anderlecht/observatory/public").await;
    assert_eq!(page.status, StatusCode::OK);
    let (totals, tables) = published_figures(&page.body);
    assert!(
        tables.iter().any(|t| t.cells.iter().any(Option::is_none)),
        "small groups are hidden"
    );
    assert!(
        tables.iter().any(|t| t.cells.iter().any(Option::is_some)),
        "large ones are shown"
    );
    let found = derivable(&totals, &tables);
    assert!(
        found.is_empty(),
        "hidden figures the page gives away: {found:?}"
    );
    // Energy: 9 people, but all from Service A.
    let html = scraper::Html::parse_document(&page.body);
    let energy_row = scraper::Selector::parse("tr").unwrap();
    let energy = html
        .select(&energy_row)
        .find(|r| r.text().collect::<String>().contains("Énergie"))
        .expect("an energy row");
    assert!(
        energy.html().contains("suppressed"),
        "one organisation's figure is not published"
    );
}
db_test!(published_figures_hide_what_they_suppress);

/// The needs register lists every need with where it went, filtered by status and theme; members
/// read it; a coordinator takes a signal out of a need, which its history says.
async fn the_needs_register_follows_needs_and_a_signal_can_leave_one(app: TestApp) {
    socius::demo::seed(&app.state).await.unwrap();
    let mut member = app.client();
    member
        .login("member@anderlecht.example", "demo-anderlecht-member")
        .await;
    let register = member.get("/fr/anderlecht/observatory/needs").await;
    assert_eq!(register.status, StatusCode::OK);
    assert_eq!(
        register.texts("main tbody th a"),
        vec![
            "Délais en santé mentale",
            "Accès au logement",
            "Aide alimentaire en fin de mois"
        ],
        "observed first, then discussed, then in action"
    );
    assert_eq!(register.texts("main caption"), vec!["3 besoins"]);
    let in_action = member
        .get("/nl/anderlecht/observatory/needs?status=in_action")
        .await;
    assert_eq!(
        in_action.texts("main tbody th a"),
        vec!["Voedselhulp op het einde van de maand"]
    );
    assert!(in_action.texts("main tbody td li")[0].contains("épicerie solidaire"));
    let health = member
        .get("/fr/anderlecht/observatory/needs?theme=health")
        .await;
    assert_eq!(
        health.texts("main tbody th a"),
        vec!["Délais en santé mentale"]
    );
    let none = member
        .get("/fr/anderlecht/observatory/needs?status=answered")
        .await;
    assert!(none.texts("main tbody tr").is_empty());
    assert!(none
        .texts("main p a")
        .contains(&"Voir tous les besoins".to_string()));

    let mut coordinator = app.client();
    coordinator
        .login(
            "coordinator@anderlecht.example",
            "demo-anderlecht-coordinator",
        )
        .await;
    // The signals filter by subject and sort by the people concerned, most first.
    let housing = coordinator
        .get("/fr/anderlecht/observatory/signals?subject=housing&sort=people")
        .await;
    let subjects = housing.texts("main tbody td:nth-child(4) a");
    assert!(
        !subjects.is_empty() && subjects.iter().all(|s| s == "Logement"),
        "{subjects:?}"
    );
    let people: Vec<i64> = housing
        .texts("main tbody td.num")
        .iter()
        .map(|n| n.replace(['\u{202f}', '\u{a0}', ' '], "").parse().unwrap())
        .collect();
    assert!(people.windows(2).all(|w| w[0] >= w[1]), "{people:?}");
    let need: i64 = scalar(
        &app,
        "SELECT id FROM needs WHERE title_fr = 'Accès au logement'",
    )
    .await;
    let signal: i64 = scalar(
        &app,
        &format!("SELECT MIN(id) FROM signals WHERE need_id = {need}"),
    )
    .await;
    let before = scalar(
        &app,
        &format!("SELECT COUNT(*) FROM signals WHERE need_id = {need}"),
    )
    .await;
    let page = format!("/fr/anderlecht/observatory/needs/{need}");
    let removed = coordinator
        .fill(&page, &format!("{page}/signals/{signal}/remove"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    assert_eq!(
        scalar(
            &app,
            &format!("SELECT COUNT(*) FROM signals WHERE need_id = {need}")
        )
        .await,
        before - 1
    );
    let shown = coordinator.get(&page).await;
    assert!(shown
        .texts("main ol li")
        .iter()
        .any(|e| e.contains("Signalement retiré")));
    // A signal of another need, or none, is not this need's to give up.
    let again = coordinator
        .submit(&page, &format!("{page}/signals/{signal}/remove"), &[])
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    // The public page opens with what the coordinator wrote for the round, then the needs.
    let published: i64 = scalar(&app, "SELECT id FROM collection_rounds WHERE published AND coordination_id = (SELECT id FROM coordinations WHERE slug = 'anderlecht')").await;
    let rounds = "/fr/anderlecht/observatory/rounds";
    let action = format!("{rounds}/{published}");
    let refused = coordinator
        .submit(
            rounds,
            &action,
            &[
                ("public_text_fr", "Appelez Mme X au 0470 12 34 56."),
                ("public_text_nl", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.field(&format!("public_text_fr_{published}")).0,
        "Appelez Mme X au 0470 12 34 56."
    );
    let saved = coordinator
        .submit(
            rounds,
            &action,
            &[
                (
                    "public_text_fr",
                    "Le logement reste le premier besoin signalé.",
                ),
                ("public_text_nl", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let public = app.client().get("/nl/anderlecht/observatory/public").await;
    assert_eq!(
        public.texts(".round-text[lang=fr] p"),
        vec!["Le logement reste le premier besoin signalé."],
        "the other language, said as such: {}",
        public.body
    );
    assert_eq!(
        public.texts("ul.needs-statuses li"),
        vec![
            "Voedselhulp op het einde van de maand: In actie",
            "Toegang tot huisvesting: Besproken",
            "Wachttijden in de geestelijke gezondheidszorg: Vastgesteld"
        ]
    );
    // Members read needs but do not regroup signals.
    let refused = member
        .post_raw(&format!("{page}/signals/{signal}/remove"), &[])
        .await;
    assert_ne!(refused.status, StatusCode::SEE_OTHER);
}

db_test!(the_needs_register_follows_needs_and_a_signal_can_leave_one);
