//! With a ClamAV daemon configured, an infected upload is refused beside its field and nothing is
//! stored; while the daemon does not answer, uploads are refused rather than let through. A real
//! clamd runs the scans (support::clamd), on both backends.

use axum::http::StatusCode;
use chrono::{Datelike, Utc};

use crate::meetings::{plan, plenary_of, scalar_i64};
use crate::support::clamd::{Clamd, INFECTED};
use crate::support::membership::{admit_and_sign_in, apply, setup};
use crate::support::{Backend, TestApp};

async fn infected_uploads_are_refused(backend: Backend) {
    let Some(mut clamd) = Clamd::start().await else {
        return;
    };
    let socket = clamd.socket.clone();
    let Some(app) = TestApp::start_with(backend, |config| config.clamd_socket = Some(socket)).await
    else {
        return;
    };
    let mut coordinator = setup(&app).await;
    // The plenary comes with the first member.
    let a = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    admit_and_sign_in(&app, &mut coordinator, a, "ines@mdf.example").await;
    let next_year = Utc::now().year() + 1;
    let id = plan(
        &mut coordinator,
        plenary_of(&app).await,
        &format!("{next_year}-03-10"),
        "09:30",
    )
    .await;
    let page = format!("/fr/anderlecht/meetings/{id}");
    let added = coordinator
        .submit(
            &page,
            &format!("{page}/items"),
            &[
                ("title_fr", "Budget"),
                ("kind", "decision"),
                ("duration", "30"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let item = scalar_i64(
        &app,
        "SELECT id FROM agenda_items WHERE meeting_id = $1",
        id,
    )
    .await;
    let documents = || {
        scalar_i64(
            &app,
            "SELECT COUNT(*) FROM agenda_documents WHERE meeting_id = $1",
            id,
        )
    };
    let csrf = coordinator.get(&page).await.csrf();
    let upload = format!("{page}/items/{item}/documents?_csrf={csrf}");

    let clean = coordinator
        .post_multipart(
            &upload,
            &[],
            &[("file", "Budget.pdf", b"%PDF-1.4\nBudget 2027\n")],
        )
        .await;
    assert_eq!(clean.status, StatusCode::SEE_OTHER, "{}", clean.body);
    let infected = coordinator
        .post_multipart(&upload, &[], &[("file", "Annexe.pdf", INFECTED)])
        .await;
    let (message, _) = infected.refused_field(&format!("document-{item}"));
    assert!(message.contains("virus"), "{message}");
    assert_eq!(documents().await, 1, "the infected file is not stored");

    // A scanner that does not answer lets nothing through.
    clamd.stop();
    let unchecked = coordinator
        .post_multipart(
            &upload,
            &[],
            &[("file", "Budget.pdf", b"%PDF-1.4\nBudget 2028\n")],
        )
        .await;
    let (message, _) = unchecked.refused_field(&format!("document-{item}"));
    assert!(message.contains("pas pu être vérifié"), "{message}");
    assert_eq!(documents().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn infected_uploads_are_refused_on_sqlite() {
    infected_uploads_are_refused(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn infected_uploads_are_refused_on_postgres() {
    infected_uploads_are_refused(Backend::Postgres).await;
}
