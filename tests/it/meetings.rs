//! Meetings from call to minutes, as a coordinator runs them, on both backends.

use axum::http::StatusCode;
use base64::Engine;
use chrono::{Datelike, Utc};

use crate::db_test;
use crate::support::membership::{admit_and_sign_in, apply, setup};
use crate::support::{Client, TestApp};

/// The calendar files attached to the outbox messages sent to `to`, oldest first.
async fn calendars(app: &TestApp, to: &str) -> Vec<String> {
    let rows: Vec<String> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT attachments FROM outbox WHERE recipient = $1 ORDER BY id"
    )
    .bind(to)
    .fetch_all(p)
    .await)
    .unwrap();
    rows.iter()
        .flat_map(|json| serde_json::from_str::<Vec<serde_json::Value>>(json).unwrap())
        .filter(|a| a["filename"] == "invitation.ics")
        .map(|a| {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(a["data_base64"].as_str().unwrap())
                .unwrap();
            String::from_utf8(bytes).unwrap()
        })
        .collect()
}

/// Parses calendar files with Python's `icalendar` (CI requires it; skipped with a message
/// otherwise).
fn parse_ics(files: &[String]) -> Option<Vec<serde_json::Value>> {
    let available = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        if std::env::var("SOCIUS_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") {
            panic!("python3 with icalendar is required (SOCIUS_TEST_REQUIRE_ALL=1)");
        }
        eprintln!("SKIPPED: reading calendar files needs python3 with icalendar");
        return None;
    }
    let dir = std::env::temp_dir().join(format!(
        "socius-ics-{}",
        socius::platform::auth::random_token()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let paths: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(i, ics)| {
            let path = dir.join(format!("{i}.ics"));
            std::fs::write(&path, ics).unwrap();
            path.display().to_string()
        })
        .collect();
    let output = std::process::Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/read_ics.py"
        ))
        .args(&paths)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

pub(crate) async fn plan(coordinator: &mut Client, body: i64, date: &str, time: &str) -> i64 {
    let form = format!("/fr/anderlecht/bodies/{body}/meetings/new");
    let created = coordinator
        .submit(
            &form,
            &form,
            &[
                ("title_fr", "Plénière"),
                ("title_nl", "Plenaire"),
                ("date", date),
                ("time", time),
                ("duration", "120"),
                ("place_fr", "CPAS, salle du conseil"),
                ("public", "on"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    created
        .location()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Writes a decision and an action (description, owner by name, due date) under the first part of
/// a meeting's minutes, in the minutes' one form; returns the minutes' path.
async fn write_minutes(
    coordinator: &mut Client,
    page: &str,
    decision: &str,
    (description, owner, due_on): (&str, &str, &str),
) -> String {
    let minutes = format!("{page}/minutes");
    let section = first_section(coordinator, &minutes).await;
    let saved = coordinator
        .fill(
            &minutes,
            &minutes,
            &[
                (&format!("new_decision_{section}"), decision),
                (&format!("new_action_{section}_description"), description),
                (&format!("new_action_{section}_owner_name"), owner),
                (&format!("new_action_{section}_due_on"), due_on),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    minutes
}

/// The number the first part of the minutes' form carries in its fields: its item's, or 0.
async fn first_section(coordinator: &mut Client, minutes: &str) -> String {
    let form = coordinator.get(minutes).await;
    let names = form.attrs("textarea[name^=new_decision_]", "name");
    names
        .first()
        .unwrap_or_else(|| panic!("no decision field in {}", form.body))
        .trim_start_matches("new_decision_")
        .to_string()
}

/// The plenary a coordinator calls and minutes, step by step, with the people in it.
struct Called<'a> {
    app: &'a TestApp,
    coordinator: Client,
    ines: Client,
    plenary: i64,
    year: i32,
    id: i64,
    page: String,
    /// The invitation's text as Ines received it.
    ines_invitation: String,
    /// The item Ines proposed, accepted.
    item: i64,
    /// The next plenary, planned after the minutes.
    next: i64,
}

async fn a_meeting_goes_from_call_to_minutes(app: TestApp) {
    let mut called = a_plenary_is_called(&app).await;
    a_member_proposes_an_item(&mut called).await;
    ines_answers_from_her_email(&mut called).await;
    a_change_of_time_updates_the_calendars(&mut called).await;
    attendance_is_taken_and_sent(&mut called).await;
    minutes_are_written_sent_and_published(&mut called).await;
    the_public_calendar_shows_the_meeting(&mut called).await;
    the_archive_finds_the_minutes(&mut called).await;
    the_activity_figures_count_the_meeting(&mut called).await;
    the_next_meeting_follows_up_and_reminds(&mut called).await;
    cancelling_and_feeds_follow_the_meetings(&mut called).await;
}

/// The public finds the meeting on the calendar of its month, in both languages, with its accepted
/// item (at the time it was moved to) and, the minutes being published, its decision and notes; a
/// meeting not called stays off.
async fn the_public_calendar_shows_the_meeting(c: &mut Called<'_>) {
    let (app, id, year) = (c.app, c.id, c.year);
    // Back to its date (the minutes were written as if it had taken place).
    meeting_starts(app, id, march_30(year)).await;
    let mut public = app.client();
    let month = public
        .get(&format!("/fr/anderlecht/calendar?month={year}-03"))
        .await;
    assert_eq!(month.status, StatusCode::OK);
    assert_eq!(month.texts(".events h3 a"), vec!["Plénière"]);
    assert_eq!(
        month.texts(".events time"),
        vec![format!("30 mars {year} à 10:00")]
    );
    let nl = public
        .get(&format!("/nl/anderlecht/calendar?month={year}-03"))
        .await;
    assert_eq!(nl.texts(".events h3 a"), vec!["Plenaire"]);
    assert!(public
        .get(&format!("/fr/anderlecht/calendar?month={year}-04"))
        .await
        .texts(".events h3")
        .is_empty());

    let page = public.get(&format!("/fr/anderlecht/calendar/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let items = page.texts("main ol li");
    assert!(
        items
            .iter()
            .any(|i| i.contains("Présentation de la Maison des femmes")
                && i.contains("La Maison des femmes présente ses permanences.")),
        "{items:?}"
    );
    assert!(items
        .iter()
        .any(|i| i.contains("La coordination écrit au CPAS")));
    assert!(
        !page.body.contains("ines@mdf.example"),
        "no person's address"
    );
    let nl = public.get(&format!("/nl/anderlecht/calendar/{id}")).await;
    assert!(nl
        .body
        .contains("Het Vrouwenhuis stelt zijn spreekuren voor."));

    // A meeting not called yet is not public, whatever its setting.
    let draft = plan(
        &mut c.coordinator,
        c.plenary,
        &format!("{year}-03-31"),
        "10:00",
    )
    .await;
    assert_eq!(
        public
            .get(&format!("/fr/anderlecht/calendar/{draft}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let month = public
        .get(&format!("/fr/anderlecht/calendar?month={year}-03"))
        .await;
    assert_eq!(month.texts(".events h3 a"), vec!["Plénière"]);
    socius::with_db!(app.db(), |p| sqlx::query(
        "DELETE FROM meetings WHERE id = $1"
    )
    .bind(draft)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
}

/// Anderlecht with two member organisations; a plenary in late March, across the change to summer
/// time (09:30 in Brussels is 07:30 UTC), published: every member organisation's contact is invited,
/// each in their language.
async fn a_plenary_is_called(app: &TestApp) -> Called<'_> {
    let mut coordinator = setup(app).await;
    let fr = apply(app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let nl = apply(app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let ines = admit_and_sign_in(app, &mut coordinator, fr, "ines@mdf.example").await;
    admit_and_sign_in(app, &mut coordinator, nl, "tom@haven.example").await;
    let plenary = plenary_of(app).await;
    let year = Utc::now().year() + 1;
    let id = plan(&mut coordinator, plenary, &format!("{year}-03-30"), "09:30").await;
    let page = format!("/fr/anderlecht/meetings/{id}");

    // Publishing invites every member organisation's contact, each in their language.
    let published = coordinator
        .submit(
            &page,
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let outbox = app.outbox().await;
    let to_tom = outbox
        .iter()
        .rev()
        .find(|m| m.0 == "tom@haven.example")
        .unwrap();
    assert_eq!(to_tom.1, "nl");
    assert!(
        to_tom.2.starts_with("Uitnodiging voor Plenaire"),
        "{}",
        to_tom.2
    );
    let to_ines = outbox
        .iter()
        .rev()
        .find(|m| m.0 == "ines@mdf.example")
        .unwrap();
    assert!(to_ines.2.starts_with("Invitation\u{a0}: Plénière"));
    Called {
        app,
        coordinator,
        ines,
        plenary,
        year,
        id,
        page,
        ines_invitation: to_ines.3.clone(),
        item: 0,
        next: 0,
    }
}

/// Once the meeting is called, a member proposes an item and the coordinator accepts it.
async fn a_member_proposes_an_item(c: &mut Called<'_>) {
    let app = c.app;
    let page = c.page.clone();
    let (coordinator, ines) = (&mut c.coordinator, &mut c.ines);
    let proposed = ines
        .submit(
            &page,
            &format!("{page}/items"),
            &[
                ("title_fr", "Présentation de la Maison des femmes"),
                ("kind", "presentation"),
                ("duration", "15"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER);
    let item: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM agenda_items WHERE status = 'proposed'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let accepted = coordinator
        .submit(
            &page,
            &format!("{page}/items/{item}/decide"),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    c.item = item;
}

/// Ines is excused, from the link in her email, without signing in; answering twice at once leaves one answer.
async fn ines_answers_from_her_email(c: &mut Called<'_>) {
    let app = c.app;
    let id = c.id;
    let link = c
        .ines_invitation
        .split_whitespace()
        .find(|w| w.contains("/rsvp/") && w.ends_with("answer=excused"))
        .unwrap();
    let path = link.trim_start_matches("http://socius.test");
    let mut anonymous = app.client();
    let form = anonymous.get(path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains("value=\"excused\" checked"),
        "the link's answer is preselected, not saved"
    );
    let action = path.split('?').next().unwrap();
    let answered = anonymous
        .submit(
            path,
            action,
            &[("answer", "excused"), ("representative", "Sara Ben")],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    // Answering twice at once still leaves one answer.
    let token_form = anonymous.get(path).await;
    let csrf = token_form.csrf();
    let (mut first, mut second) = (app.client_with(&anonymous), app.client_with(&anonymous));
    let answer = [("_csrf", csrf.as_str()), ("answer", "excused")];
    let (a, b) = tokio::join!(
        first.post_raw(action, &answer),
        second.post_raw(action, &answer)
    );
    assert!(a.status.is_redirection() && b.status.is_redirection());
    let rows: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM invitations WHERE meeting_id = $1 AND email = 'ines@mdf.example'"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(rows, 1);
}

/// A change of time sends an update with a higher SEQUENCE and the same UID.
async fn a_change_of_time_updates_the_calendars(c: &mut Called<'_>) {
    let app = c.app;
    let year = c.year;
    let page = c.page.clone();
    let coordinator = &mut c.coordinator;
    let edit = format!("{page}/edit");
    coordinator.fill(&edit, &edit, &[("time", "10:00")]).await;
    let update = app.last_mail_to("tom@haven.example").await;
    assert!(
        update.3.contains("Présentation de la Maison des femmes"),
        "the agenda, with the accepted proposal, is in the update: {}",
        update.3
    );
    let files = calendars(app, "tom@haven.example").await;
    assert_eq!(files.len(), 2);
    // Each names Tom, asks for his answer (none yet) and leads to the meeting's page.
    let unfolded = files[1].replace("\r\n ", "");
    assert!(
        unfolded.contains("PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tom@haven.example\r\n"),
        "{unfolded}"
    );
    assert!(unfolded.contains(&format!(
        "URL:http://socius.test/nl/anderlecht/meetings/{}\r\n",
        c.id
    )));
    if let Some(parsed) = parse_ics(&files) {
        let (first, update) = (&parsed[0]["events"][0], &parsed[1]["events"][0]);
        assert_eq!(parsed[0]["method"], "REQUEST");
        assert_eq!(first["uid"], update["uid"]);
        assert_eq!(
            (first["sequence"].as_i64(), update["sequence"].as_i64()),
            (Some(0), Some(1))
        );
        assert_eq!(first["start"], format!("{year}-03-30T07:30:00+00:00"));
        assert_eq!(update["start"], format!("{year}-03-30T08:00:00+00:00"));
    }
}

/// 30 March of `year` at 10:00 in Brussels: when the called plenary takes place.
pub(crate) fn march_30(year: i32) -> chrono::DateTime<Utc> {
    chrono::NaiveDate::from_ymd_opt(year, 3, 30)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap()
        .and_utc()
}

/// Moves a meeting's start to `at`: the tests' way of letting time pass (the list of those
/// present and the minutes belong after the start).
pub(crate) async fn meeting_starts(app: &TestApp, id: i64, at: chrono::DateTime<Utc>) {
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE meetings SET starts_at = $1 WHERE id = $2"
    )
    .bind(at)
    .bind(id)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
}

/// Attendance: Tom present; a walk-in added twice at once is one person; the list goes to those
/// present, once the meeting has started.
async fn attendance_is_taken_and_sent(c: &mut Called<'_>) {
    let app = c.app;
    let id = c.id;
    let page = c.page.clone();
    let coordinator = &mut c.coordinator;
    let attendance = format!("{page}/attendance");
    let too_early = coordinator
        .submit(&attendance, &format!("{attendance}/send"), &[])
        .await;
    assert_eq!(
        coordinator
            .get(too_early.location())
            .await
            .texts(".flash-error"),
        vec!["La réunion n'a pas encore commencé\u{a0}: cette étape vient après."]
    );
    meeting_starts(app, id, Utc::now() - chrono::Duration::hours(2)).await;
    let tom_row: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM invitations WHERE email = 'tom@haven.example'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let marked = coordinator
        .submit(
            &attendance,
            &attendance,
            &[(&format!("attendance_{tom_row}"), "present")],
        )
        .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER);
    let csrf = coordinator.get(&attendance).await.csrf();
    let walk_in = format!("{page}/walk-in");
    let fields = [
        ("_csrf", csrf.as_str()),
        ("name", "Karim Alaoui"),
        ("organization", "Service de médiation"),
        ("email", "karim@mediation.example"),
    ];
    let (mut first, mut second) = (app.client_with(coordinator), app.client_with(coordinator));
    let (a, b) = tokio::join!(
        first.post_raw(&walk_in, &fields),
        second.post_raw(&walk_in, &fields)
    );
    assert!(a.status.is_redirection() && b.status.is_redirection());
    let walk_ins: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM invitations WHERE meeting_id = $1 AND walk_in"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(walk_ins, 1);

    // The list of those present goes to them, contact details only where consented.
    let sent = coordinator
        .submit(&attendance, &format!("{attendance}/send"), &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let list = app.last_mail_to("tom@haven.example").await;
    assert!(list.2.starts_with("Aanwezigheidslijst"), "{}", list.2);
    assert!(list.3.contains("Karim Alaoui") && list.3.contains("Jeugdhuis De Haven"));
    assert!(
        list.3
            .contains("- tom@haven.example — Jeugdhuis De Haven\n"),
        "Tom did not agree to share his details: {}",
        list.3
    );
    let (_, lang, subject, _) = app.last_mail_to("karim@mediation.example").await;
    assert_eq!(
        lang, "fr",
        "the walk-in who left an address gets it, in the page's language"
    );
    assert!(subject.starts_with("Liste des présents"), "{subject}");
}

/// Minutes: a decision and an action, notes in both languages, sent, then published with the PDF.
async fn minutes_are_written_sent_and_published(c: &mut Called<'_>) {
    let app = c.app;
    let id = c.id;
    let year = c.year;
    let item = c.item;
    let page = c.page.clone();
    let (coordinator, ines) = (&mut c.coordinator, &mut c.ines);
    let minutes = write_minutes(
        coordinator,
        &page,
        "La coordination écrit au CPAS au sujet des délais.",
        (
            "Rédiger le courrier au CPAS",
            "Maison des femmes",
            &format!("{year}-04-15"),
        ),
    )
    .await;
    // Notes written in both languages: the PDF shows the reader's language, then the other.
    let noted = coordinator
        .submit(
            &minutes,
            &minutes,
            &[
                (
                    &format!("notes_fr_{item}"),
                    "La Maison des femmes présente ses permanences.",
                ),
                (
                    &format!("notes_nl_{item}"),
                    "Het Vrouwenhuis stelt zijn spreekuren voor.",
                ),
            ],
        )
        .await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);
    for step in ["send", "publish"] {
        let moved = coordinator
            .fill(&minutes, &minutes, &[("step", step)])
            .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER);
    }
    let published_mail: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT attachments FROM outbox WHERE recipient = 'tom@haven.example' ORDER BY id DESC LIMIT 1"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(published_mail.contains("application/pdf"));
    let pdf = ines
        .get(&format!("/nl/anderlecht/meetings/{id}/minutes.pdf"))
        .await;
    assert_eq!(pdf.header("content-type"), "application/pdf");
    if let Some(text) = crate::support::files::pdf_text(&pdf.bytes) {
        assert!(
            text.contains("Notulen")
                && text.contains("Het Vrouwenhuis stelt zijn spreekuren voor.")
                && text.contains("La Maison des femmes présente ses permanences.")
                && text.find("Het Vrouwenhuis") < text.find("La Maison des femmes présente")
                && text.contains("La coordination écrit au CPAS")
                && text.contains("Rédiger le courrier"),
            "{text}"
        );
    }
    assert!(
        ines.get(&minutes)
            .await
            .body
            .contains("La coordination écrit au CPAS"),
        "members read published minutes"
    );
}

/// The archive finds a meeting by its minutes' decisions and notes.
async fn the_archive_finds_the_minutes(c: &mut Called<'_>) {
    let id = c.id;
    let ines = &mut c.ines;
    let link = format!("href=\"/fr/anderlecht/meetings/{id}\"");
    for q in ["sujet+des+d%C3%A9lais", "spreekuren"] {
        let found = ines.get(&format!("/fr/anderlecht/meetings?q={q}")).await;
        assert!(found.body.contains(&link), "{q}");
    }
    let none = ines.get("/fr/anderlecht/meetings?q=zzzz").await;
    assert!(!none.body.contains(&link));
}

/// Figures for the activity report: held this year once it took place.
async fn the_activity_figures_count_the_meeting(c: &mut Called<'_>) {
    let app = c.app;
    let id = c.id;
    let year = c.year;
    let plenary = c.plenary;
    let ines = &mut c.ines;
    meeting_starts(app, id, Utc::now() - chrono::Duration::days(1)).await;
    let token = crate::api::create_token(ines).await;
    let figures = app
        .client()
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/meeting-figures",
            Some(&token),
            None,
        )
        .await
        .json();
    let plenary_figures = figures
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["body_id"] == plenary)
        .unwrap()
        .clone();
    assert_eq!(plenary_figures["meetings_held"], 1);
    assert_eq!(plenary_figures["invited"], 2);
    assert_eq!(plenary_figures["present"], 1, "Tom; Ines was excused");
    assert_eq!(plenary_figures["walk_ins"], 1);
    assert_eq!(plenary_figures["organisations_represented"], 1);
    assert!(ines
        .get("/fr/anderlecht/meetings/figures")
        .await
        .body
        .contains("50 %"));
    meeting_starts(app, id, march_30(year)).await;
}

/// The open action comes back on the next meeting's agenda by itself; reminders go out once.
async fn the_next_meeting_follows_up_and_reminds(c: &mut Called<'_>) {
    let app = c.app;
    let year = c.year;
    let plenary = c.plenary;
    let coordinator = &mut c.coordinator;
    let next = plan(coordinator, plenary, &format!("{year}-05-26"), "09:30").await;
    let next_page = coordinator
        .get(&format!("/fr/anderlecht/meetings/{next}"))
        .await;
    assert!(
        next_page.body.contains("Suivi des actions")
            && next_page.body.contains("Rédiger le courrier au CPAS")
    );

    // Reminders go out once, when the meeting is near (two days by default).
    let next_path = format!("/fr/anderlecht/meetings/{next}");
    coordinator
        .submit(
            &next_path,
            &format!("{next_path}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    assert_eq!(
        socius::features::meetings::reminders::send_due(&app.state)
            .await
            .unwrap(),
        0,
        "not due yet"
    );
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE meetings SET starts_at = $1 WHERE id = $2"
    )
    .bind(Utc::now() + chrono::Duration::hours(30))
    .bind(next)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    assert_eq!(
        socius::features::meetings::reminders::send_due(&app.state)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        socius::features::meetings::reminders::send_due(&app.state)
            .await
            .unwrap(),
        0,
        "once"
    );
    let reminder = app.last_mail_to("tom@haven.example").await;
    assert!(reminder.2.starts_with("Herinnering"), "{}", reminder.2);
    // Every email's answer link keeps working: the invitation's link still opens the page.
    let invitation = app
        .outbox()
        .await
        .into_iter()
        .rev()
        .find(|m| m.0 == "tom@haven.example" && m.2.starts_with("Uitnodiging"))
        .unwrap();
    let link = invitation
        .3
        .split_whitespace()
        .find(|w| w.contains("/rsvp/"))
        .unwrap();
    let first = app
        .client()
        .get(link.trim_start_matches("http://socius.test"))
        .await;
    assert_eq!(first.status, StatusCode::OK);
    c.next = next;
}

/// Cancelling sends METHOD:CANCEL; a private feed can be revoked; the public feed parses.
async fn cancelling_and_feeds_follow_the_meetings(c: &mut Called<'_>) {
    let app = c.app;
    let next = c.next;
    let (coordinator, ines) = (&mut c.coordinator, &mut c.ines);
    let next_path = format!("/fr/anderlecht/meetings/{next}");
    coordinator
        .submit(
            &next_path,
            &format!("{next_path}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    coordinator
        .submit(
            &next_path,
            &format!("{next_path}/cancel"),
            &[("reason", "La salle n'est pas disponible.")],
        )
        .await;
    let files = calendars(app, "ines@mdf.example").await;
    if let Some(parsed) = parse_ics(&files[files.len() - 2..]) {
        assert_eq!(parsed[1]["method"], "CANCEL");
        assert_eq!(parsed[1]["events"][0]["status"], "CANCELLED");
        assert_eq!(parsed[0]["events"][0]["uid"], parsed[1]["events"][0]["uid"]);
        assert!(
            parsed[1]["events"][0]["sequence"].as_i64()
                > parsed[0]["events"][0]["sequence"].as_i64()
        );
    }
    // A private feed lists the meetings Ines is invited to; a new one revokes it.
    let private_path = crate::support::create_calendar_feed(ines).await;
    let private = app.client().get(&private_path).await;
    assert_eq!(private.status, StatusCode::OK);
    assert!(private.body.contains("SUMMARY:Plénière"));
    ines.submit("/fr/calendar", "/fr/calendar/revoke", &[])
        .await;
    assert_eq!(
        app.client().get(&private_path).await.status,
        StatusCode::NOT_FOUND
    );
    // The public feed lists public meetings and parses.
    let feed = app.client().get("/ical/anderlecht/public.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    if let Some(parsed) = parse_ics(&[feed.body]) {
        assert_eq!(parsed[0]["events"].as_array().unwrap().len(), 2);
    }
}

db_test!(a_meeting_goes_from_call_to_minutes);

pub(crate) async fn scalar_i64(app: &TestApp, sql: &str, id: i64) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(p)
        .await)
    .unwrap()
}

/// A coordinator, a member organisation admitted with its contact signed in, and a plenary planned
/// next year.
pub(crate) struct Planned {
    pub coordinator: Client,
    pub contact: Client,
    pub membership: i64,
    pub meeting: i64,
    /// The meeting's page, in French.
    pub page: String,
}

/// [`Planned`], the plenary on `day` (`MM-DD`) at `time`.
pub(crate) async fn plenary_with_a_member(
    app: &TestApp,
    (lang, name, email): (&str, &str, &str),
    day: &str,
    time: &str,
) -> Planned {
    let mut coordinator = setup(app).await;
    let admitted = apply(app, lang, name, email, true).await;
    let contact = admit_and_sign_in(app, &mut coordinator, admitted, email).await;
    let year = Utc::now().year() + 1;
    let id = plan(
        &mut coordinator,
        plenary_of(app).await,
        &format!("{year}-{day}"),
        time,
    )
    .await;
    Planned {
        coordinator,
        contact,
        membership: admitted,
        meeting: id,
        page: format!("/fr/anderlecht/meetings/{id}"),
    }
}

pub(crate) async fn plenary_of(app: &TestApp) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE kind = 'plenary'"
    )
    .fetch_one(p)
    .await)
    .unwrap()
}

/// A series every two months on the second Tuesday, across the change to summer time: each
/// meeting keeps its Brussels hour, and one can be moved or cancelled alone.
async fn a_recurring_series_is_planned_and_one_meeting_moves(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    let plenary = plenary_of(&app).await;
    let year = Utc::now().year() + 1;
    // The second Tuesday of January of next year.
    let first =
        chrono::NaiveDate::from_weekday_of_month_opt(year, 1, chrono::Weekday::Tue, 2).unwrap();
    let form = format!("/fr/anderlecht/bodies/{plenary}/meetings/new");
    let refused = coordinator
        .submit(
            &form,
            &form,
            &[
                ("title_fr", "Plénière"),
                ("date", &first.to_string()),
                ("time", "09:30"),
                ("duration", "120"),
                ("place_fr", "CPAS"),
                ("repeat", "monthly"),
                ("interval", "2"),
                ("occurrences", "40"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("de 2 à 24 réunions"),
        "the message says why"
    );
    assert!(
        refused.body.contains("value=\"40\""),
        "what was typed is kept"
    );
    let created = coordinator
        .submit(
            &form,
            &form,
            &[
                ("title_fr", "Plénière"),
                ("date", &first.to_string()),
                ("time", "09:30"),
                ("duration", "120"),
                ("place_fr", "CPAS"),
                ("repeat", "monthly"),
                ("interval", "2"),
                ("occurrences", "3"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let rows: Vec<(i64, chrono::DateTime<Utc>, Option<i64>)> =
        socius::with_db!(app.db(), |p| sqlx::query_as(
            "SELECT id, starts_at, series_id FROM meetings ORDER BY starts_at"
        )
        .fetch_all(p)
        .await)
        .unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows[0].2.is_some() && rows.iter().all(|r| r.2 == rows[0].2));
    let local: Vec<String> = rows
        .iter()
        .map(|r| {
            r.1.with_timezone(&chrono_tz::Europe::Brussels)
                .format("%Y-%m-%d %a %H:%M")
                .to_string()
        })
        .collect();
    let march =
        chrono::NaiveDate::from_weekday_of_month_opt(year, 3, chrono::Weekday::Tue, 2).unwrap();
    let may =
        chrono::NaiveDate::from_weekday_of_month_opt(year, 5, chrono::Weekday::Tue, 2).unwrap();
    assert_eq!(
        local,
        vec![
            format!("{first} Tue 09:30"),
            format!("{march} Tue 09:30"),
            format!("{may} Tue 09:30")
        ]
    );
    // Winter 08:30 UTC, summer 07:30 UTC.
    assert_eq!(rows[0].1.format("%H:%M").to_string(), "08:30");
    assert_eq!(rows[2].1.format("%H:%M").to_string(), "07:30");

    // The page lists the series; moving the second meeting leaves the others where they were.
    let second = format!("/fr/anderlecht/meetings/{}", rows[1].0);
    let page = coordinator.get(&second).await;
    assert!(page.body.contains("Série de réunions (3)"));
    coordinator
        .fill(
            &format!("{second}/edit"),
            &format!("{second}/edit"),
            &[("time", "14:00")],
        )
        .await;
    coordinator
        .submit(
            &format!("/fr/anderlecht/meetings/{}", rows[2].0),
            &format!("/fr/anderlecht/meetings/{}/cancel", rows[2].0),
            &[("reason", "Jour férié")],
        )
        .await;
    let after: Vec<(chrono::DateTime<Utc>, String)> =
        socius::with_db!(app.db(), |p| sqlx::query_as(
            "SELECT starts_at, status FROM meetings ORDER BY id"
        )
        .fetch_all(p)
        .await)
        .unwrap();
    assert_eq!(after[0].0, rows[0].1);
    assert_eq!(
        after[1]
            .0
            .with_timezone(&chrono_tz::Europe::Brussels)
            .format("%H:%M")
            .to_string(),
        "14:00"
    );
    assert_eq!(
        (
            after[0].1.as_str(),
            after[1].1.as_str(),
            after[2].1.as_str()
        ),
        ("draft", "draft", "cancelled")
    );

    // The proposal deadline is a setting; changing it moves the deadline of meetings to come.
    let saved = coordinator
        .submit(
            "/fr/anderlecht/meetings",
            "/fr/anderlecht/meetings/settings",
            &[("proposal_days", "21"), ("reminder_days", "3")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let until: chrono::DateTime<Utc> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT proposals_until FROM meetings WHERE id = $1"
    )
    .bind(rows[0].0)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(rows[0].1 - until, chrono::Duration::days(21));
    let list = coordinator.get("/fr/anderlecht/meetings").await;
    let html = scraper::Html::parse_document(&list.body);
    let field = scraper::Selector::parse("input#field-proposal_days").unwrap();
    let shown = html
        .select(&field)
        .next()
        .and_then(|i| i.value().attr("value"));
    assert_eq!(shown, Some("21"), "the form shows the stored setting");
    let invalid = coordinator
        .submit(
            "/fr/anderlecht/meetings",
            "/fr/anderlecht/meetings/settings",
            &[("proposal_days", "-4"), ("reminder_days", "3")],
        )
        .await;
    assert_eq!(invalid.refused_field("proposal_days").1, "-4");
    let stored: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT value FROM coordination_settings WHERE name = 'meetings.proposal_days'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(stored, "21", "an invalid value changes nothing");
}

db_test!(a_recurring_series_is_planned_and_one_meeting_moves);

/// A meeting's place is written in each language; where only the French is written, a Dutch
/// reader sees it marked as French, for screen readers to pronounce it right.
async fn a_meeting_place_reads_in_each_language(app: TestApp) {
    let Planned {
        mut coordinator,
        meeting: id,
        ..
    } = plenary_with_a_member(
        &app,
        ("fr", "Maison des femmes", "ines@mdf.example"),
        "03-10",
        "09:30",
    )
    .await;
    let dutch = format!("/nl/anderlecht/meetings/{id}");
    let page = coordinator.get(&dutch).await;
    assert_eq!(page.texts("dd[lang=fr]"), vec!["CPAS, salle du conseil"]);
    let edit = format!("/fr/anderlecht/meetings/{id}/edit");
    let saved = coordinator
        .fill(&edit, &edit, &[("place_nl", "OCMW, raadzaal")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = coordinator.get(&dutch).await;
    assert!(page.texts("dd[lang]").is_empty(), "{}", page.body);
    assert!(page.texts("dd").contains(&"OCMW, raadzaal".to_string()));
    let french = coordinator
        .get(&format!("/fr/anderlecht/meetings/{id}"))
        .await;
    assert!(french
        .texts("dd")
        .contains(&"CPAS, salle du conseil".to_string()));
    // Neither the place nor the link: the form says where it is missing and keeps the rest.
    let refused = coordinator
        .fill(&edit, &edit, &[("place_fr", ""), ("place_nl", "")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attrs("#field-place_fr[aria-invalid=true]", "name"),
        vec!["place_fr"]
    );
    assert_eq!(refused.attrs("#field-title_nl", "value"), vec!["Plenaire"]);
}
db_test!(a_meeting_place_reads_in_each_language);

/// A CPAS council member seated in the steering group in their own name, whose language is not
/// known, is invited in French and Dutch; documents attached to an item reach the members; the
/// API gives decisions and actions once the minutes are sent.
async fn people_without_a_language_documents_and_the_minutes_api(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    let steering = crate::support::membership::steering_group(&app, &mut coordinator).await;
    let body = format!("/fr/anderlecht/bodies/{steering}");
    let wrong = coordinator
        .submit(
            &body,
            &format!("{body}/seats"),
            &[
                ("person_name", "Jan Raadslid"),
                ("person_email", "not an address"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("value=\"Jan Raadslid\"")
            && wrong.body.contains("value=\"not an address\""),
        "what was typed is kept"
    );
    let seated = coordinator
        .submit(
            &body,
            &format!("{body}/seats"),
            &[
                ("person_name", "Jan Raadslid"),
                ("person_email", "jan@ocmw.example"),
                ("person_lang", ""),
                ("role", "chair"),
            ],
        )
        .await;
    assert_eq!(seated.status, StatusCode::SEE_OTHER, "{}", seated.body);
    coordinator
        .submit(
            &body,
            &format!("{body}/seats"),
            &[("membership_id", &fr.to_string()), ("role", "member")],
        )
        .await;

    let year = Utc::now().year() + 1;
    let form = format!("/fr/anderlecht/bodies/{steering}/meetings/new");
    let created = coordinator
        .submit(
            &form,
            &form,
            &[
                ("title_fr", "Comité de pilotage"),
                ("title_nl", "Stuurgroep"),
                ("date", &format!("{year}-02-10")),
                ("time", "14:00"),
                ("duration", "90"),
                ("place_fr", "CPAS"),
            ],
        )
        .await;
    let id: i64 = created
        .location()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let page = format!("/fr/anderlecht/meetings/{id}");
    coordinator
        .submit(
            &page,
            &format!("{page}/items"),
            &[
                ("title_fr", "Budget 2027"),
                ("title_nl", "Begroting 2027"),
                ("kind", "decision"),
                ("duration", "30"),
            ],
        )
        .await;
    let item: i64 = scalar_i64(
        &app,
        "SELECT id FROM agenda_items WHERE meeting_id = $1",
        id,
    )
    .await;

    // A document on the item: refused in a format Socius does not take, kept as PDF.
    let csrf = coordinator.get(&page).await.csrf();
    let upload = format!("{page}/items/{item}/documents?_csrf={csrf}");
    let refused = coordinator
        .post_multipart(
            &upload,
            &[],
            &[("file", "page.html", b"<script>alert(1)</script>")],
        )
        .await;
    let (message, _) = refused.refused_field(&format!("document-{item}"));
    assert!(
        message.contains("Ce format n"),
        "the coordinator is told why: {message}"
    );
    assert_eq!(
        scalar_i64(
            &app,
            "SELECT COUNT(*) FROM agenda_documents WHERE meeting_id = $1",
            id
        )
        .await,
        0
    );
    // One byte over the limit is refused beside the field, measured on the file received.
    let mut too_large = b"%PDF-1.4 ".to_vec();
    too_large.resize(socius::platform::upload::MAX_DOCUMENT_BYTES + 1, b'x');
    let refused = coordinator
        .post_multipart(&upload, &[], &[("file", "Annexe.pdf", &too_large)])
        .await;
    let (message, _) = refused.refused_field(&format!("document-{item}"));
    assert!(message.contains("10"), "the limit is said: {message}");
    let pdf = b"%PDF-1.4 budget";
    let uploaded = coordinator
        .post_multipart(&upload, &[], &[("file", "Budget 2027 (projet).pdf", pdf)])
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER);
    let document: i64 = scalar_i64(
        &app,
        "SELECT id FROM agenda_documents WHERE meeting_id = $1",
        id,
    )
    .await;
    // Publishing the meeting invites the steering group, whose members then see the documents.
    coordinator
        .submit(
            &page,
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    let shown = ines.get(&page).await;
    assert!(
        shown.body.contains("Budget 2027 (projet).pdf"),
        "members see the item's documents"
    );
    let downloaded = ines.get(&format!("{page}/documents/{document}")).await;
    assert_eq!(downloaded.status, StatusCode::OK);
    assert_eq!(downloaded.header("content-type"), "application/pdf");
    assert!(downloaded
        .header("content-disposition")
        .starts_with("attachment"));
    assert_eq!(downloaded.bytes, pdf.to_vec());
    assert_eq!(
        app.client()
            .get(&format!("{page}/documents/{document}"))
            .await
            .status,
        StatusCode::SEE_OTHER,
        "strangers are sent to sign in"
    );

    // Publishing invited Jan in both languages and Ines in French.
    let outbox = app.outbox().await;
    let to_jan = outbox
        .iter()
        .find(|m| m.0 == "jan@ocmw.example")
        .expect("Jan is invited");
    assert!(
        to_jan.2.starts_with("Invitation\u{a0}: Comité de pilotage")
            && to_jan.2.contains(" / Uitnodiging voor Stuurgroep"),
        "{}",
        to_jan.2
    );
    assert!(
        to_jan.3.contains("Bonjour Jan Raadslid") && to_jan.3.contains("Beste Jan Raadslid"),
        "{}",
        to_jan.3
    );
    assert!(to_jan.3.contains("/fr/anderlecht/rsvp/") && to_jan.3.contains("/nl/anderlecht/rsvp/"));
    let to_ines = outbox
        .iter()
        .find(|m| m.0 == "ines@mdf.example" && m.2.contains("Comité"))
        .unwrap();
    assert!(
        !to_ines.2.contains(" / "),
        "Ines's language is known: {}",
        to_ines.2
    );

    // Minutes with a decision and an action: members see them in the API once sent.
    let minutes = write_minutes(
        &mut coordinator,
        &page,
        "Le budget est approuvé.",
        (
            "Publier le budget",
            "Coordination",
            &format!("{year}-03-01"),
        ),
    )
    .await;
    let token = crate::api::create_token(&mut ines).await;
    let path = format!("/api/v1/coordinations/anderlecht/meetings/{id}");
    let before = app
        .client()
        .api(axum::http::Method::GET, &path, Some(&token), None)
        .await
        .json();
    assert_eq!(before["agenda"][0]["title_nl"], "Begroting 2027");
    assert_eq!(
        before["decisions"].as_array().unwrap().len(),
        0,
        "draft minutes stay with the coordinator"
    );
    assert_eq!(
        before["attendance"].as_array().unwrap().len(),
        0,
        "attendance is for coordinators"
    );
    // The minutes go out once the meeting has taken place.
    meeting_starts(&app, id, Utc::now() - chrono::Duration::hours(1)).await;
    coordinator
        .fill(&minutes, &minutes, &[("step", "send")])
        .await;
    let after = app
        .client()
        .api(axum::http::Method::GET, &path, Some(&token), None)
        .await
        .json();
    assert_eq!(after["decisions"][0]["number"], 1);
    assert_eq!(after["decisions"][0]["text"], "Le budget est approuvé.");
    assert_eq!(after["actions"][0]["description"], "Publier le budget");
    assert_eq!(after["actions"][0]["due_on"], format!("{year}-03-01"));
    let open = app
        .client()
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/actions?status=open",
            Some(&token),
            None,
        )
        .await
        .json();
    assert_eq!(open.as_array().unwrap().len(), 1);
    let missing = app
        .client()
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/meetings/999999",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    // Published minutes reach Jan in both languages too, with the PDF.
    let minutes = format!("{page}/minutes");
    for step in ["approve", "publish"] {
        let moved = coordinator
            .fill(&minutes, &minutes, &[("step", step)])
            .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER);
    }
    let to_jan = app.last_mail_to("jan@ocmw.example").await;
    assert!(to_jan.2.contains(" / "), "{}", to_jan.2);
    assert!(
        to_jan.3.contains("/fr/anderlecht/meetings/")
            && to_jan.3.contains("/nl/anderlecht/meetings/"),
        "{}",
        to_jan.3
    );

    // Removing the document (audited) takes it off the page.
    coordinator
        .submit(&page, &format!("{page}/documents/{document}/remove"), &[])
        .await;
    assert_eq!(
        ines.get(&format!("{page}/documents/{document}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

db_test!(people_without_a_language_documents_and_the_minutes_api);

/// The meetings a person may open, as the list shows them: `(id, whether the minutes are linked)`.
async fn listed(client: &mut Client, coord_path: &str) -> Vec<(i64, bool)> {
    let page = client.get(&format!("{coord_path}/meetings")).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = scraper::Html::parse_document(&page.body);
    let items = scraper::Selector::parse("main li").unwrap();
    let links = scraper::Selector::parse("a").unwrap();
    html.select(&items)
        .filter_map(|li| {
            let hrefs: Vec<&str> = li.select(&links).filter_map(|a| a.attr("href")).collect();
            let id = hrefs.first()?.rsplit('/').next()?.parse::<i64>().ok()?;
            Some((id, hrefs.iter().any(|h| h.ends_with("/minutes"))))
        })
        .collect()
}

async fn api_meeting_ids(client: &mut Client, token: &str) -> Vec<i64> {
    let listed = client
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/meetings",
            Some(token),
            None,
        )
        .await;
    assert_eq!(listed.status, StatusCode::OK);
    listed
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect()
}

/// Drafts are the coordinators' alone; a closed working group's meetings are read by its seats and
/// those invited; minutes sent for comments by those invited, published minutes by the body's
/// members too; a walk-in typed with someone's address does not reach their calendar feed.
async fn meetings_are_read_only_by_those_they_concern(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let nl = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    let mut tom = admit_and_sign_in(&app, &mut coordinator, nl, "tom@haven.example").await;
    let plenary = plenary_of(&app).await;
    let year = Utc::now().year() + 1;

    // A closed working group where only the Maison des femmes sits.
    coordinator
        .submit(
            "/fr/anderlecht/bodies/new",
            "/fr/anderlecht/bodies/new",
            &[
                ("kind", "working_group"),
                ("name_fr", "GT Violences"),
                ("name_nl", "WG Geweld"),
            ],
        )
        .await;
    let group: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE name_nl = 'WG Geweld'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let body = format!("/fr/anderlecht/bodies/{group}");
    let seated = coordinator
        .submit(
            &body,
            &format!("{body}/seats"),
            &[("membership_id", &fr.to_string()), ("role", "member")],
        )
        .await;
    assert_eq!(seated.status, StatusCode::SEE_OTHER, "{}", seated.body);

    let draft = plan(&mut coordinator, plenary, &format!("{year}-05-04"), "09:30").await;
    let closed = plan(&mut coordinator, group, &format!("{year}-05-11"), "14:00").await;
    let (draft_page, closed_page) = (
        format!("/fr/anderlecht/meetings/{draft}"),
        format!("/fr/anderlecht/meetings/{closed}"),
    );

    // A draft: not listed, not found, no proposals, not in the API, for members.
    assert!(!listed(&mut ines, "/fr/anderlecht")
        .await
        .iter()
        .any(|(id, _)| *id == draft));
    assert_eq!(ines.get(&draft_page).await.status, StatusCode::NOT_FOUND);
    let proposed = ines
        .submit(
            "/fr/anderlecht/meetings",
            &format!("{draft_page}/items"),
            &[
                ("title_fr", "Un point"),
                ("kind", "information"),
                ("duration", "10"),
            ],
        )
        .await;
    assert_eq!(
        proposed.status,
        StatusCode::NOT_FOUND,
        "no proposals to a draft"
    );
    let ines_token = crate::api::create_token(&mut ines).await;
    let tom_token = crate::api::create_token(&mut tom).await;
    assert!(!api_meeting_ids(&mut ines, &ines_token)
        .await
        .contains(&draft));
    assert!(coordinator.get(&draft_page).await.status == StatusCode::OK);

    // Called: the plenary is everyone's; the closed group's meeting only its seat's.
    for page in [&draft_page, &closed_page] {
        let called = coordinator
            .submit(page, &format!("{page}/publish"), &[("empty_agenda", "yes")])
            .await;
        assert_eq!(called.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(ines.get(&draft_page).await.status, StatusCode::OK);
    assert_eq!(tom.get(&draft_page).await.status, StatusCode::OK);
    assert_eq!(ines.get(&closed_page).await.status, StatusCode::OK);
    assert_eq!(tom.get(&closed_page).await.status, StatusCode::NOT_FOUND);
    assert!(!listed(&mut tom, "/nl/anderlecht")
        .await
        .iter()
        .any(|(id, _)| *id == closed));
    assert!(api_meeting_ids(&mut ines, &ines_token)
        .await
        .contains(&closed));
    assert!(!api_meeting_ids(&mut tom, &tom_token)
        .await
        .contains(&closed));
    let one = tom
        .api(
            axum::http::Method::GET,
            &format!("/api/v1/coordinations/anderlecht/meetings/{closed}"),
            Some(&tom_token),
            None,
        )
        .await;
    assert_eq!(one.status, StatusCode::NOT_FOUND);
    let proposed = tom
        .submit(
            "/fr/anderlecht/meetings",
            &format!("{closed_page}/items"),
            &[
                ("title_fr", "Un point"),
                ("kind", "information"),
                ("duration", "10"),
            ],
        )
        .await;
    assert_eq!(
        proposed.status,
        StatusCode::NOT_FOUND,
        "no proposals to a body one may not read"
    );

    // An organisation admitted after the call is not invited: minutes sent for comments are the
    // invited's; published, they are every member's (the plenary's members).
    let late = apply(
        &app,
        "fr",
        "Épicerie sociale",
        "sara@epicerie.example",
        true,
    )
    .await;
    let mut sara = admit_and_sign_in(&app, &mut coordinator, late, "sara@epicerie.example").await;
    let minutes = write_minutes(
        &mut coordinator,
        &draft_page,
        "Le groupe écrit à la société de logement.",
        ("Écrire le courrier", "Coordination", ""),
    )
    .await;
    // The minutes go out once the meeting has taken place.
    meeting_starts(&app, draft, Utc::now() - chrono::Duration::hours(1)).await;
    let sent = coordinator
        .fill(&minutes, &minutes, &[("step", "send")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(ines.get(&minutes).await.status, StatusCode::OK);
    assert_eq!(sara.get(&minutes).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        sara.get(&format!("{minutes}.pdf")).await.status,
        StatusCode::NOT_FOUND
    );
    let published = coordinator
        .fill(&minutes, &minutes, &[("step", "publish")])
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    assert_eq!(sara.get(&minutes).await.status, StatusCode::OK);

    // Tom's feed lists the plenary he was invited to, not the closed group's meeting where a
    // coordinator typed his address as a walk-in.
    let attendance = format!("{closed_page}/attendance");
    let walked = coordinator
        .submit(
            &attendance,
            &format!("{closed_page}/walk-in"),
            &[("name", "Tom"), ("email", "tom@haven.example")],
        )
        .await;
    assert_eq!(walked.status, StatusCode::SEE_OTHER);
    let feed = crate::support::create_calendar_feed(&mut tom).await;
    let calendar = app.client().get(&feed).await;
    assert_eq!(calendar.status, StatusCode::OK);
    let uids: Vec<(i64, String)> =
        socius::with_db!(app.db(), |p| sqlx::query_as("SELECT id, uid FROM meetings")
            .fetch_all(p)
            .await)
        .unwrap();
    let uid_of = |id: i64| uids.iter().find(|(m, _)| *m == id).unwrap().1.as_str();
    assert!(calendar.body.contains(uid_of(draft)));
    assert!(!calendar.body.contains(uid_of(closed)));
    assert_eq!(
        tom.get(&closed_page).await.status,
        StatusCode::NOT_FOUND,
        "a walk-in is no invitation"
    );
}
db_test!(meetings_are_read_only_by_those_they_concern);

/// Every refused form of a meeting's pages answers 422 with the message beside the field and
/// what was typed, and stores nothing: the agenda item, the decision on a proposal, a document,
/// a walk-in, a decision, an action, notes over the limit, a contact person.
async fn refused_meeting_forms_keep_what_was_typed(app: TestApp) {
    let ines = ("fr", "Maison des femmes", "ines@mdf.example");
    let Planned {
        mut coordinator,
        contact: mut ines,
        membership: a,
        meeting: id,
        page,
    } = plenary_with_a_member(&app, ines, "03-10", "09:30").await;
    coordinator
        .submit(
            &page,
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    let count = |sql: &'static str| scalar_i64(&app, sql, id);

    let untitled = coordinator
        .submit(
            &page,
            &format!("{page}/items"),
            &[
                ("title_fr", ""),
                ("description_fr", "Les chiffres du semestre."),
                ("kind", "decision"),
                ("duration", "30"),
            ],
        )
        .await;
    untitled.refused_field("title_fr");
    assert_eq!(
        untitled.field("description_fr"),
        ("Les chiffres du semestre.".to_string(), None),
        "a valid field keeps its text and has no message"
    );
    let too_long = coordinator
        .submit(
            &page,
            &format!("{page}/items"),
            &[
                ("title_fr", "Budget"),
                ("kind", "decision"),
                ("duration", "900"),
            ],
        )
        .await;
    assert_eq!(too_long.refused_field("duration").1, "900");
    assert_eq!(
        count("SELECT COUNT(*) FROM agenda_items WHERE meeting_id = $1").await,
        0
    );

    let proposed = ines
        .submit(
            &page,
            &format!("{page}/items"),
            &[
                ("title_fr", "Logement"),
                ("kind", "discussion"),
                ("duration", "20"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
    let item = count("SELECT id FROM agenda_items WHERE meeting_id = $1").await;
    let rejected = coordinator
        .submit(
            &page,
            &format!("{page}/items/{item}/decide"),
            &[("decision", "reject"), ("reason", " ")],
        )
        .await;
    rejected.refused_field(&format!("reason-{item}"));

    let csrf = coordinator.get(&page).await.csrf();
    coordinator
        .submit(
            &page,
            &format!("{page}/items/{item}/decide"),
            &[("decision", "accept")],
        )
        .await;
    let empty = coordinator
        .post_multipart(
            &format!("{page}/items/{item}/documents?_csrf={csrf}"),
            &[],
            &[("file", "vide.pdf", b"")],
        )
        .await;
    empty.refused_field(&format!("document-{item}"));

    let attendance = format!("{page}/attendance");
    let nameless = coordinator
        .submit(
            &attendance,
            &format!("{page}/walk-in"),
            &[
                ("name", ""),
                ("email", "pas-une-adresse"),
                ("organization", "CPAS"),
            ],
        )
        .await;
    nameless.refused_field("name");
    assert_eq!(nameless.refused_field("email").1, "pas-une-adresse");

    // The minutes are one form: a refused date keeps the decision and the notes typed beside it,
    // and nothing is saved.
    let minutes = format!("{page}/minutes");
    let (new_decision, new_action) = (format!("new_decision_{item}"), format!("new_action_{item}"));
    let undated = coordinator
        .fill(
            &minutes,
            &minutes,
            &[
                (
                    &format!("notes_fr_{item}"),
                    "Notes prises pendant la réunion",
                ),
                (&new_decision, "La coordination écrit au bailleur."),
                (&format!("{new_action}_description"), "Écrire au bailleur"),
                (&format!("{new_action}_owner_name"), "Inès"),
                (&format!("{new_action}_due_on"), "demain"),
            ],
        )
        .await;
    assert_eq!(
        undated.refused_field(&format!("{new_action}_due_on")).1,
        "demain"
    );
    assert_eq!(
        undated.field(&format!("{new_action}_description")).0,
        "Écrire au bailleur",
        "the rest stays as typed"
    );
    assert_eq!(
        undated.field(&new_decision).0,
        "La coordination écrit au bailleur."
    );
    assert_eq!(
        undated.field(&format!("notes_fr_{item}")).0,
        "Notes prises pendant la réunion"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM actions WHERE meeting_id = $1").await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM decisions WHERE meeting_id = $1").await,
        0
    );
    // A decision emptied is refused: removing it is the box beside it.
    let decided = coordinator
        .fill(&minutes, &minutes, &[(&new_decision, "Une décision")])
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let decision = count("SELECT id FROM decisions WHERE meeting_id = $1").await;
    let blank = coordinator
        .fill(
            &minutes,
            &minutes,
            &[(&format!("decision_{decision}"), "  ")],
        )
        .await;
    blank.refused_field(&format!("decision_{decision}"));
    let long_notes = "x".repeat(20_001);
    let notes = coordinator
        .submit(
            &minutes,
            &minutes,
            &[
                (format!("notes_fr_{item}").as_str(), long_notes.as_str()),
                (format!("notes_nl_{item}").as_str(), "kort"),
            ],
        )
        .await;
    assert_eq!(notes.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = scraper::Html::parse_document(&notes.body);
    let kept = scraper::Selector::parse(&format!("textarea#field-notes_fr_{item}")).unwrap();
    assert_eq!(
        html.select(&kept)
            .next()
            .map(|t| t.text().collect::<String>()),
        Some(long_notes.clone())
    );

    let member = format!("/fr/anderlecht/members/{a}");
    let contact = coordinator
        .submit(
            &member,
            &format!("{member}/contacts"),
            &[
                ("contact_name", "Eva Wouters"),
                ("contact_email", "eva-at-haven"),
                ("contact_lang", "nl"),
                ("role", "delegate"),
            ],
        )
        .await;
    assert_eq!(contact.refused_field("contact_email").1, "eva-at-haven");
    assert_eq!(contact.field("contact_name").0, "Eva Wouters");
}

db_test!(refused_meeting_forms_keep_what_was_typed);

/// How many messages went to `to` whose subject starts with `prefix`.
async fn sent(app: &TestApp, to: &str, prefix: &str) -> usize {
    app.outbox()
        .await
        .iter()
        .filter(|m| m.0 == to && m.2.starts_with(prefix))
        .count()
}

/// Each step of a meeting clicked eight times at once happens once: one invitation, one update for
/// one change, one publication of the minutes, one cancellation; the other clicks are told.
async fn every_meeting_step_clicked_eight_times_at_once_happens_once(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let fr = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    admit_and_sign_in(&app, &mut coordinator, fr, "ines@mdf.example").await;
    let plenary = plenary_of(&app).await;
    let year = Utc::now().year() + 1;
    let id = plan(&mut coordinator, plenary, &format!("{year}-05-12"), "09:30").await;
    let page = format!("/fr/anderlecht/meetings/{id}");
    let to = "ines@mdf.example";
    let statuses = |answers: Vec<crate::support::TestResponse>| -> Vec<u16> {
        answers.iter().map(|r| r.status.as_u16()).collect()
    };

    let before = sent(&app, to, "Invitation\u{a0}: ").await;
    let published = coordinator
        .fill_at_once(
            &format!("{page}/publish"),
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
            8,
        )
        .await;
    assert!(statuses(published).iter().all(|s| *s == 303));
    assert_eq!(
        sent(&app, to, "Invitation\u{a0}: ").await,
        before + 1,
        "one invitation"
    );
    let invited: i64 = scalar_i64(
        &app,
        "SELECT COUNT(*) FROM invitations WHERE meeting_id = $1",
        id,
    )
    .await;
    assert_eq!(invited, 1);
    // An invitation given up on after its attempts is named on the meeting's page.
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE outbox SET status = 'failed' WHERE about_type = 'meeting' AND about_id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let shown = coordinator.get(&page).await;
    let html = scraper::Html::parse_document(&shown.body);
    let named = scraper::Selector::parse("[role=alert] li").unwrap();
    let named: Vec<String> = html.select(&named).map(|e| e.text().collect()).collect();
    assert_eq!(named, [to]);

    // The same change posted eight times is one change: one update, one new SEQUENCE.
    let edit = format!("{page}/edit");
    let edited = coordinator
        .fill_at_once(&edit, &edit, &[("time", "10:00")], 8)
        .await;
    assert!(statuses(edited).iter().all(|s| *s == 303));
    assert_eq!(
        sent(&app, to, "Modification\u{a0}: ").await,
        1,
        "one update"
    );
    assert_eq!(
        scalar_i64(&app, "SELECT sequence FROM meetings WHERE id = $1", id).await,
        1
    );
    // Saving the form unchanged sends nothing.
    coordinator.fill(&edit, &edit, &[]).await;
    assert_eq!(sent(&app, to, "Modification\u{a0}: ").await, 1);

    let minutes = write_minutes(
        &mut coordinator,
        &page,
        "La coordination écrit au CPAS.",
        (
            "Rédiger le courrier",
            "Maison des femmes",
            &format!("{year}-06-01"),
        ),
    )
    .await;
    // The minutes go out once the meeting has taken place.
    meeting_starts(&app, id, Utc::now() - chrono::Duration::hours(1)).await;
    let moved = coordinator
        .fill(&minutes, &minutes, &[("step", "send")])
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let published = coordinator
        .fill_at_once(&minutes, &minutes, &[("step", "publish")], 8)
        .await;
    assert!(statuses(published).iter().all(|s| *s == 303));
    assert_eq!(
        sent(&app, to, "Procès-verbal\u{a0}: ").await,
        1,
        "one publication"
    );

    let cancelled = coordinator
        .fill_at_once(
            &format!("{page}/cancel"),
            &format!("{page}/cancel"),
            &[("reason", "Grève")],
            8,
        )
        .await;
    assert!(statuses(cancelled).iter().all(|s| *s == 303));
    assert_eq!(
        sent(&app, to, "Annulation\u{a0}: ").await,
        1,
        "one cancellation"
    );
    assert_eq!(
        scalar_i64(&app, "SELECT sequence FROM meetings WHERE id = $1", id).await,
        2
    );
    let audited: i64 = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event IN ('meeting.published', 'meeting.cancelled')"
    )
    .fetch_one(p)
    .await
    })
    .unwrap();
    assert_eq!(audited, 2, "the losers wrote nothing");
}

db_test!(every_meeting_step_clicked_eight_times_at_once_happens_once);

/// The member area says what to do: a coordinator sees the application waiting and the next
/// meeting with its answers; a member organisation's contact sees the invitation to answer, until
/// it is answered.
async fn the_member_area_says_what_to_do(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let admitted = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, admitted, "ines@mdf.example").await;
    apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;

    let board = coordinator.get("/fr/anderlecht/dashboard").await;
    assert_eq!(
        board.texts("#todo-waiting + ul a"),
        vec!["1 demande d'adhésion à examiner"]
    );
    assert_eq!(
        board.texts("#todo-next + p"),
        vec!["Aucune réunion n'est prévue. Réunions"]
    );
    assert!(board
        .texts("main h2")
        .iter()
        .all(|h| h != "Déclaration d'accessibilité"));

    let year = Utc::now().year() + 1;
    let id = plan(
        &mut coordinator,
        plenary_of(&app).await,
        &format!("{year}-02-10"),
        "14:00",
    )
    .await;
    let page = format!("/fr/anderlecht/meetings/{id}");
    coordinator
        .submit(
            &page,
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    let board = coordinator.get("/fr/anderlecht/dashboard").await;
    assert!(board.texts("#todo-next + p")[0].starts_with("Plénière"));
    assert_eq!(
        board.texts(".answers li"),
        vec![
            "pas de réponse\u{a0}: 1",
            "présent·e\u{a0}: 0",
            "absent·e\u{a0}: 0",
            "excusé·e\u{a0}: 0"
        ]
    );

    let mine = ines.get("/fr/anderlecht/dashboard").await;
    assert_eq!(mine.texts("#todo-invitations + ul a"), vec!["Plénière"]);
    assert!(
        mine.texts("#todo-waiting").is_empty(),
        "no coordinator's list"
    );
    assert!(mine.texts("#todo-sign").is_empty(), "the charter is signed");
    assert!(mine.texts("#todo-record + p")[0].starts_with("Confirmée pour la dernière fois le"));

    // Answered, the plenary moves to the meetings of her bodies; a draft never shows there.
    plan(
        &mut coordinator,
        plenary_of(&app).await,
        &format!("{year}-03-10"),
        "14:00",
    )
    .await;
    let (.., invitation) = app.last_mail_to("ines@mdf.example").await;
    let link = invitation
        .split_whitespace()
        .find(|w| w.contains("/rsvp/") && w.ends_with("answer=yes"))
        .unwrap()
        .trim_start_matches("http://socius.test")
        .to_string();
    let action = link.split('?').next().unwrap().to_string();
    let answered = app
        .client()
        .submit(&link, &action, &[("answer", "yes")])
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let mine = ines.get("/fr/anderlecht/dashboard").await;
    assert!(mine.texts("#todo-invitations + ul a").is_empty());
    assert_eq!(mine.texts("#todo-bodies + ul a"), vec!["Plénière"]);

    // A new charter version is to be signed again.
    crate::support::membership::publish(&mut coordinator, "Charte v2", "Charter v2").await;
    let mine = ines.get("/fr/anderlecht/dashboard").await;
    assert_eq!(
        mine.texts("#todo-sign + p"),
        vec!["La charte ou le règlement a changé\u{a0}: votre organisation doit les signer à nouveau."]
    );
}
db_test!(the_member_area_says_what_to_do);

/// Coordinators shape the agenda after items are on it: start times follow the durations, an item
/// changes, moves up and down, and is removed; the open actions' follow-up becomes an item placed
/// like the others; a member's proposal is completed before it is accepted, and the organisation
/// is told, in its contact's language.
async fn coordinators_shape_the_agenda(app: TestApp) {
    let tom = ("nl", "Jeugdhuis De Haven", "tom@haven.example");
    let Planned {
        mut coordinator,
        contact: mut tom,
        page,
        ..
    } = plenary_with_a_member(&app, tom, "02-10", "14:00").await;
    for (title, minutes) in [("Accueil", "15"), ("Logement", "45"), ("Divers", "70")] {
        let added = coordinator
            .submit(
                &page,
                &format!("{page}/items"),
                &[
                    ("title_fr", title),
                    ("kind", "information"),
                    ("duration", minutes),
                ],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
    }
    let agenda = coordinator.get(&page).await;
    assert_eq!(
        agenda.texts("ol.agenda .starts"),
        vec!["14:00", "14:15", "15:00"]
    );
    assert!(agenda.texts("p.meta strong")[0].contains("10 min de plus"));
    let (housing, misc) = (
        item_titled(&app, "Logement").await,
        item_titled(&app, "Divers").await,
    );

    // Changed: the refused form keeps what was typed; the saved one shows on the agenda.
    let edit = format!("{page}/items/{housing}/edit");
    let refused = coordinator
        .submit(
            &edit,
            &edit,
            &[
                ("title_fr", "Accès au logement"),
                ("kind", "information"),
                ("duration", "0"),
            ],
        )
        .await;
    refused.refused_field("duration");
    assert_eq!(refused.field("title_fr").0, "Accès au logement");
    let saved = coordinator
        .submit(
            &edit,
            &edit,
            &[
                ("title_fr", "Accès au logement"),
                ("title_nl", "Toegang tot huisvesting"),
                ("kind", "discussion"),
                ("duration", "30"),
                ("presenter", "Sara Ben"),
            ],
        )
        .await;
    assert_eq!(saved.location(), format!("{page}#item-{housing}"));
    // Moved up, then the last one removed.
    coordinator
        .submit(
            &page,
            &format!("{page}/items/{housing}/move"),
            &[("direction", "up")],
        )
        .await;
    coordinator
        .submit(&page, &format!("{page}/items/{misc}/remove"), &[])
        .await;
    let agenda = coordinator.get(&page).await;
    assert_eq!(
        agenda.texts("ol.agenda > li > strong"),
        vec!["Accès au logement", "Accueil"]
    );
    assert_eq!(agenda.texts("ol.agenda .starts"), vec!["14:00", "14:30"]);
    assert!(agenda.texts("p.meta strong").is_empty(), "it fits now");
    let events: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event IN \
         ('agenda.item.changed', 'agenda.item.moved', 'agenda.item.removed')"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(events, 3);

    // The meeting is called; Tom's organisation proposes an item in Dutch only; the coordinator
    // adds the French title, then accepts it; Tom is told in Dutch and sees what became of it.
    coordinator
        .submit(
            &page,
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    let tom_page = page.replace("/fr/", "/nl/");
    tom.submit(
        &tom_page,
        &format!("{tom_page}/items"),
        &[
            ("title_nl", "Voorstelling van De Haven"),
            ("kind", "presentation"),
            ("duration", "10"),
        ],
    )
    .await;
    let proposal = item_titled(&app, "Voorstelling van De Haven").await;
    let edit = format!("{page}/items/{proposal}/edit");
    coordinator
        .submit(
            &edit,
            &edit,
            &[
                ("title_fr", "Présentation de De Haven"),
                ("title_nl", "Voorstelling van De Haven"),
                ("kind", "presentation"),
                ("duration", "10"),
            ],
        )
        .await;
    let accepted = coordinator
        .submit(
            &page,
            &format!("{page}/items/{proposal}/decide"),
            &[("decision", "accept")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let (_, lang, subject, body) = app.last_mail_to("tom@haven.example").await;
    assert_eq!(lang, "nl");
    assert_eq!(
        subject,
        "Uw voorstel „Voorstelling van De Haven” staat op de agenda"
    );
    assert!(body.contains("/nl/anderlecht/meetings/"), "{body}");
    let agenda = coordinator.get(&page).await;
    assert_eq!(
        agenda.texts("ol.agenda > li > strong"),
        vec!["Accès au logement", "Accueil", "Présentation de De Haven"]
    );
    assert_eq!(
        tom.get(&tom_page).await.texts("#agenda-mine + ul li"),
        vec!["Voorstelling van De Haven — aanvaard"]
    );
}
db_test!(coordinators_shape_the_agenda);

/// The agenda item with this title, in either language.
async fn item_titled(app: &TestApp, title: &str) -> i64 {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM agenda_items WHERE title_fr = $1 OR title_nl = $1"
    )
    .bind(title)
    .fetch_one(p)
    .await)
    .unwrap()
}

/// Nothing is mailed in one click: publishing shows who will be invited and the email as a French
/// and a Dutch recipient gets it, sends a test to the coordinator alone, refuses an empty agenda
/// unless confirmed, and says how many were invited; cancelling asks for the reason the email
/// gives; restoring tells everyone again, with a higher SEQUENCE.
async fn calling_and_calling_off_a_meeting_are_confirmed(app: TestApp) {
    let tom = ("nl", "Jeugdhuis De Haven", "tom@haven.example");
    let Planned {
        mut coordinator,
        meeting: id,
        page,
        ..
    } = plenary_with_a_member(&app, tom, "04-13", "10:00").await;
    let publish = format!("{page}/publish");
    let preview = coordinator.get(&publish).await;
    assert_eq!(
        preview.texts("#recipients"),
        vec!["1 personne sera invitée par e-mail\u{a0}:"]
    );
    assert_eq!(
        preview.texts("ul.recipients li"),
        vec!["tom@haven.example <tom@haven.example>"]
    );
    let samples = preview.texts("pre.mail-body");
    assert!(samples[0].contains("Vous êtes invité·e"), "{}", samples[0]);
    assert!(samples[1].contains("U bent uitgenodigd"), "{}", samples[1]);

    let tested = coordinator
        .submit(&publish, &format!("{publish}/test"), &[])
        .await;
    assert_eq!(tested.location(), publish);
    let (_, _, subject, _) = app.last_mail_to("coord@anderlecht.test").await;
    assert!(
        subject.starts_with("[Test] Invitation\u{a0}: Plénière"),
        "{subject}"
    );
    let to_tom = || async {
        app.outbox()
            .await
            .into_iter()
            .filter(|m| m.0 == "tom@haven.example")
            .map(|m| m.2)
            .collect::<Vec<_>>()
    };
    let before = to_tom().await.len();

    // An empty agenda is sent on purpose only.
    let refused = coordinator.submit(&publish, &publish, &[]).await;
    refused.refused_field("empty_agenda");
    assert_eq!(to_tom().await.len(), before, "nothing sent");
    let sent = coordinator
        .submit(&publish, &publish, &[("empty_agenda", "yes")])
        .await;
    assert_eq!(sent.location(), page);
    assert_eq!(
        coordinator.get(&page).await.texts(".flash"),
        vec!["L'ordre du jour est publié et les invitations sont parties\u{a0}: 1 personne invitée par e-mail."]
    );

    // Cancelling asks for a reason, which the cancellation carries.
    let cancel = format!("{page}/cancel");
    let form = coordinator.get(&cancel).await;
    assert_eq!(
        form.texts("#cancel-reach"),
        vec!["1 personne invitée recevra l'annulation par e-mail, avec le motif."]
    );
    let refused = coordinator
        .submit(&cancel, &cancel, &[("reason", " ")])
        .await;
    refused.refused_field("reason");
    coordinator
        .submit(&cancel, &cancel, &[("reason", "De zaal is overstroomd.")])
        .await;
    let (_, lang, subject, body) = app.last_mail_to("tom@haven.example").await;
    assert_eq!(
        (lang.as_str(), subject.as_str()),
        ("nl", "Annulering: Plenaire")
    );
    assert!(body.contains("Reden: De zaal is overstroomd."), "{body}");

    // Restored: called again, and everyone is told it takes place after all.
    let restored = coordinator
        .submit(&page, &format!("{page}/restore"), &[])
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    let (_, _, subject, _) = app.last_mail_to("tom@haven.example").await;
    assert!(subject.starts_with("Hersteld: Plenaire"), "{subject}");
    assert_eq!(
        scalar_i64(&app, "SELECT sequence FROM meetings WHERE id = $1", id).await,
        2
    );
    let status: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT status FROM meetings WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(status, "published");
}
db_test!(calling_and_calling_off_a_meeting_are_confirmed);

/// Attendance follows the answers: the excused are proposed as excused, those who said yes are
/// marked present in one click, and a representation names who represented — listed and counted
/// as represented, not present, in the minutes and the figures.
async fn representations_are_named_and_counted_apart(app: TestApp) {
    let tom = ("nl", "Jeugdhuis De Haven", "tom@haven.example");
    let Planned {
        mut coordinator,
        meeting: id,
        page,
        ..
    } = plenary_with_a_member(&app, tom, "05-11", "14:00").await;
    let ines = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    admit_and_sign_in(&app, &mut coordinator, ines, "ines@mdf.example").await;
    let publish = format!("{page}/publish");
    coordinator
        .submit(&publish, &publish, &[("empty_agenda", "yes")])
        .await;
    let row = |email: &'static str, answer: &'static str| {
        let app = &app;
        async move {
            socius::with_db!(app.db(), |p| sqlx::query_scalar::<_, i64>(
                "UPDATE invitations SET rsvp = $1 WHERE email = $2 RETURNING id"
            )
            .bind(answer)
            .bind(email)
            .fetch_one(p)
            .await)
            .unwrap()
        }
    };
    let (tom_row, ines_row) = (
        row("tom@haven.example", "yes").await,
        row("ines@mdf.example", "excused").await,
    );
    meeting_starts(&app, id, Utc::now() - chrono::Duration::hours(1)).await;

    let attendance = format!("{page}/attendance");
    let sheet = coordinator.get(&attendance).await;
    assert_eq!(
        sheet.texts(&format!("#attendance-{ines_row} option[selected]")),
        vec!["excusé·e"]
    );
    let marked = coordinator
        .submit(&attendance, &format!("{attendance}/expected"), &[])
        .await;
    assert_eq!(
        coordinator.get(marked.location()).await.texts(".flash"),
        vec!["1 personne attendue est marquée présente."]
    );

    // Represented, but by whom? The sheet comes back with the question beside Tom's row.
    let (mark, by) = (
        format!("attendance_{tom_row}"),
        format!("representative_{tom_row}"),
    );
    let refused = coordinator
        .submit(
            &attendance,
            &attendance,
            &[(&mark, "represented"), (&by, " ")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.texts(&format!("#error-representative-{tom_row}")),
        vec!["Indiquez qui a représenté l'organisation."]
    );
    assert_eq!(
        refused.texts(&format!("#attendance-{tom_row} option[selected]")),
        vec!["représenté·e"],
        "the mark stays as chosen"
    );
    coordinator
        .submit(
            &attendance,
            &attendance,
            &[(&mark, "represented"), (&by, "Sara Ben")],
        )
        .await;
    let minutes = coordinator.get(&format!("{page}/minutes")).await;
    assert!(
        minutes
            .texts("main p")
            .contains(&"Représentés\u{a0}: Jeugdhuis De Haven, par Sara Ben".to_string()),
        "{:?}",
        minutes.texts("main p")
    );
    let year = Utc::now().year();
    let figures = coordinator
        .get(&format!("/fr/anderlecht/meetings/figures?year={year}"))
        .await;
    // Held, invited, present, represented, rate, organisations, walk-ins.
    assert_eq!(
        figures.texts("tbody tr td"),
        vec!["1", "2", "0", "1", "50 %", "1", "0"]
    );
}
db_test!(representations_are_named_and_counted_apart);
