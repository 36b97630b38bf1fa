//! Minutes as one form: decisions under their items that take effect when the minutes are
//! approved (a membership decided at a meeting), actions given to people who are told and
//! reminded, corrections after publication as new versions — on both backends.

use axum::http::StatusCode;
use chrono::{Datelike, Duration, Utc};

use crate::db_test;
use crate::meetings::{march_30, meeting_starts, plenary_with_a_member, scalar_i64, Planned};
use crate::support::membership::{apply, decide};
use crate::support::{Client, TestApp};

async fn status_of_membership(app: &TestApp, id: i64) -> String {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT status FROM memberships WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap()
}

/// How many messages went to `to` whose subject starts with `prefix`.
async fn mails(app: &TestApp, to: &str, prefix: &str) -> usize {
    app.outbox()
        .await
        .iter()
        .filter(|m| m.0 == to && m.2.starts_with(prefix))
        .count()
}

/// Takes a step of the minutes (`send`, `approve`, `publish`, `correct`) with the button of its
/// confirmation panel, which posts the whole form.
async fn step(coordinator: &mut Client, minutes: &str, step: &str, set: &[(&str, &str)]) {
    let mut fields = vec![("step", step)];
    fields.extend_from_slice(set);
    let moved = coordinator.fill(minutes, minutes, &fields).await;
    assert_eq!(
        moved.status,
        StatusCode::SEE_OTHER,
        "{step}: {}",
        moved.body
    );
}

/// An application decided at the plenary: recorded in its minutes, the membership waits; the
/// approval admits the organisation (its contact is invited to an account); after that the
/// decision no longer changes and the approved meeting takes no new one.
async fn a_membership_decided_at_a_meeting_takes_effect_at_the_minutes_approval(app: TestApp) {
    let Planned {
        mut coordinator,
        meeting,
        page,
        ..
    } = plenary_with_a_member(
        &app,
        ("fr", "Maison des femmes", "ines@maison.example"),
        "03-30",
        "10:00",
    )
    .await;
    let applicant = apply(
        &app,
        "nl",
        "Buurthuis De Linde",
        "lotte@linde.example",
        true,
    )
    .await;
    let member_page = format!("/fr/anderlecht/members/{applicant}");
    let offered = coordinator.get(&member_page).await;
    assert!(
        offered
            .attrs("#field-meeting option", "value")
            .contains(&meeting.to_string()),
        "the plenary is offered"
    );
    let meeting_id = meeting.to_string();
    let proposed = decide(
        &mut coordinator,
        applicant,
        &[("decision", "admit"), ("meeting", &meeting_id)],
    )
    .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
    assert_eq!(status_of_membership(&app, applicant).await, "applicant");
    let waiting = coordinator.get(&member_page).await;
    assert_eq!(
        waiting.texts("ul[aria-labelledby=decided-at] li").len(),
        1,
        "the member page shows the decision waiting"
    );
    let twice = decide(
        &mut coordinator,
        applicant,
        &[
            ("decision", "refuse"),
            ("reason", "Doublon"),
            ("meeting", &meeting_id),
        ],
    )
    .await;
    twice.refused_field("meeting");

    let minutes = format!("{page}/minutes");
    let form = coordinator.get(&minutes).await;
    let subject_links = form.attrs("ol.decisions a", "href");
    assert_eq!(subject_links, vec![member_page.clone()]);
    assert!(form
        .texts("ol.decisions textarea")
        .contains(&"Admission de Buurthuis De Linde comme membre.".to_string()));

    meeting_starts(&app, meeting, march_30(Utc::now().year() - 1)).await;
    step(&mut coordinator, &minutes, "send", &[]).await;
    assert_eq!(status_of_membership(&app, applicant).await, "applicant");
    step(&mut coordinator, &minutes, "approve", &[]).await;
    assert_eq!(
        status_of_membership(&app, applicant).await,
        "member",
        "the approval carries the decision out"
    );
    let invitation = app.last_mail_to("lotte@linde.example").await;
    assert_eq!(invitation.1, "nl", "the new member is invited in Dutch");
    let in_force = scalar_i64(
        &app,
        "SELECT COUNT(*) FROM decisions WHERE meeting_id = $1 AND takes_effect_at IS NOT NULL",
        meeting,
    )
    .await;
    assert_eq!(in_force, 1);

    // Approved: the decision keeps its text, whatever a stale form sends.
    let decision = scalar_i64(
        &app,
        "SELECT id FROM decisions WHERE meeting_id = $1",
        meeting,
    )
    .await;
    let stale = coordinator
        .fill(
            &minutes,
            &minutes,
            &[(&format!("decision_{decision}"), "Autre chose")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::SEE_OTHER);
    let text: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT text FROM decisions WHERE id = $1"
    )
    .bind(decision)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(text, "Admission de Buurthuis De Linde comme membre.");
    // A decision to take now needs a later meeting: the approved one is not offered, nor taken.
    let later = apply(
        &app,
        "fr",
        "ASBL Hors-champ",
        "paul@horschamp.example",
        false,
    )
    .await;
    let closed = decide(
        &mut coordinator,
        later,
        &[("decision", "admit"), ("meeting", &meeting_id)],
    )
    .await;
    assert!(!closed
        .attrs("#field-meeting option", "value")
        .contains(&meeting_id));
    closed.refused_field("meeting");

    // A later plenary replaces the decision: the earlier minutes say by which one, once it is in
    // force, and it is no longer offered for replacing.
    let next = crate::meetings::plan(
        &mut coordinator,
        crate::meetings::plenary_of(&app).await,
        &format!("{}-04-30", Utc::now().year() + 1),
        "10:00",
    )
    .await;
    meeting_starts(
        &app,
        next,
        march_30(Utc::now().year() - 1) + Duration::days(30),
    )
    .await;
    let next_minutes = format!("/fr/anderlecht/meetings/{next}/minutes");
    let offered = coordinator.get(&next_minutes).await;
    assert!(offered
        .attrs("select[name=new_decision_0_supersedes] option", "value")
        .contains(&decision.to_string()));
    let replacing = coordinator
        .fill(
            &next_minutes,
            &next_minutes,
            &[
                (
                    "new_decision_0",
                    "L'admission de Buurthuis De Linde est confirmée pour deux ans.",
                ),
                ("new_decision_0_supersedes", &decision.to_string()),
            ],
        )
        .await;
    assert_eq!(
        replacing.status,
        StatusCode::SEE_OTHER,
        "{}",
        replacing.body
    );
    step(&mut coordinator, &next_minutes, "send", &[]).await;
    step(&mut coordinator, &next_minutes, "approve", &[]).await;
    let earlier = coordinator.get(&minutes).await;
    assert_eq!(
        earlier.attrs("ol.decisions p.meta a", "href"),
        vec![next_minutes.clone()],
        "the replaced decision leads to the one that replaced it"
    );
    let later = crate::meetings::plan(
        &mut coordinator,
        crate::meetings::plenary_of(&app).await,
        &format!("{}-05-30", Utc::now().year() + 1),
        "10:00",
    )
    .await;
    let later_minutes = format!("/fr/anderlecht/meetings/{later}/minutes");
    assert!(!coordinator
        .get(&later_minutes)
        .await
        .attrs("select[name=new_decision_0_supersedes] option", "value")
        .contains(&decision.to_string()));
}

db_test!(a_membership_decided_at_a_meeting_takes_effect_at_the_minutes_approval);

/// One form holds notes, decisions and actions; an action given to a person of the coordination
/// tells them in their language and reminds them before the due date, once; a removed decision
/// leaves the others numbered from 1; after publication, a correction is a new version sent to
/// everyone with what changed.
async fn actions_are_given_reminded_and_the_minutes_corrected(app: TestApp) {
    let Planned {
        mut coordinator,
        meeting,
        page,
        ..
    } = plenary_with_a_member(
        &app,
        ("nl", "Buurthuis De Linde", "lotte@linde.example"),
        "03-30",
        "10:00",
    )
    .await;
    let called = coordinator
        .submit(
            &page,
            &format!("{page}/publish"),
            &[("empty_agenda", "yes")],
        )
        .await;
    assert_eq!(called.status, StatusCode::SEE_OTHER, "{}", called.body);
    let minutes = format!("{page}/minutes");
    let form = coordinator.get(&minutes).await;
    assert!(
        form.attrs("select[name=new_action_0_owner] option", "value")
            .contains(&"lotte@linde.example".to_string()),
        "the member's contact can be given an action"
    );
    let due = (Utc::now() + Duration::days(2)).date_naive();
    let saved = coordinator
        .fill(
            &minutes,
            &minutes,
            &[
                ("new_decision_0", "Première décision"),
                (
                    "new_action_0_description",
                    "Envoyer les chiffres du quartier",
                ),
                ("new_action_0_owner", "lotte@linde.example"),
                ("new_action_0_due_on", &due.to_string()),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let told = app.last_mail_to("lotte@linde.example").await;
    assert_eq!(told.1, "nl");
    assert!(told.2.starts_with("U krijgt een actie"), "{}", told.2);
    let day = socius::platform::i18n::format_day(socius::domain::Lang::Nl, due);
    assert!(
        told.3.contains(&day),
        "the due date reads as a date: {}",
        told.3
    );

    // A second decision, then the first removed: the other is number 1.
    let second = coordinator
        .fill(
            &minutes,
            &minutes,
            &[("new_decision_0", "Seconde décision")],
        )
        .await;
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    let first = scalar_i64(
        &app,
        "SELECT id FROM decisions WHERE meeting_id = $1 AND number = 1",
        meeting,
    )
    .await;
    let removed = coordinator
        .fill(
            &minutes,
            &minutes,
            &[(&format!("remove_decision_{first}"), "on")],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let numbered: Vec<(i64, String)> = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT number, text FROM decisions WHERE meeting_id = $1 ORDER BY number"
    )
    .bind(meeting)
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(numbered, vec![(1, "Seconde décision".to_string())]);

    // Reminded once before the due date (two runs of the housekeeping task).
    for _ in 0..2 {
        socius::features::meetings::minutes::owners::send_due(&app.state)
            .await
            .unwrap();
    }
    assert_eq!(mails(&app, "lotte@linde.example", "Herinnering").await, 1);

    // A message about the meeting the server gave up on is shown where the minutes are made.
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE outbox SET status = 'failed' WHERE recipient = 'lotte@linde.example' \
         AND subject LIKE 'Herinnering%'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    for shown in [minutes.clone(), format!("{page}/attendance")] {
        let failed = coordinator.get(&shown).await;
        assert_eq!(
            failed.texts(".notice.error li"),
            vec!["lotte@linde.example"],
            "{shown}"
        );
    }

    // Published, then corrected: a new version to everyone, saying what changed.
    meeting_starts(&app, meeting, march_30(Utc::now().year() - 1)).await;
    step(&mut coordinator, &minutes, "send", &[]).await;
    step(&mut coordinator, &minutes, "publish", &[]).await;
    let item_notes = coordinator.get(&minutes).await;
    assert!(
        item_notes
            .attrs("textarea[name=new_decision_0]", "name")
            .is_empty(),
        "published decisions are not edited"
    );
    let unexplained = coordinator
        .fill(
            &minutes,
            &minutes,
            &[("step", "correct"), ("change_note", "")],
        )
        .await;
    unexplained.refused_field("change_note");
    let before = mails(&app, "lotte@linde.example", "Verslag verbeterd").await;
    step(
        &mut coordinator,
        &minutes,
        "correct",
        &[("change_note", "Het aantal aanwezigen was fout.")],
    )
    .await;
    assert_eq!(
        mails(&app, "lotte@linde.example", "Verslag verbeterd (versie 2)").await,
        before + 1
    );
    let corrected = app.last_mail_to("lotte@linde.example").await;
    assert!(corrected.3.contains("Het aantal aanwezigen was fout."));
    let versions = coordinator.get(&minutes).await;
    assert_eq!(
        versions.texts("section[aria-labelledby=versions] li").len(),
        2
    );
}

db_test!(actions_are_given_reminded_and_the_minutes_corrected);
