//! Mail delivery through a real SMTP server (aiosmtpd on loopback).

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use base64::Engine;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use socius::config::{SmtpConfig, SmtpTls};
use socius::domain::Lang;
use socius::platform::mail::{self, Attachment, Block, Letter, MailWorker};

use crate::db_test;
use crate::support::TestApp;
use axum::http::StatusCode;

pub struct SmtpSink {
    pub port: u16,
    dir: PathBuf,
    _child: Child,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpSink {
    /// Starts aiosmtpd, or says why the test is skipped (CI requires it: SOCIUS_TEST_REQUIRE_ALL=1).
    pub async fn start(temporary_failures: u32) -> Option<SmtpSink> {
        let available = std::process::Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        if !available {
            if std::env::var("SOCIUS_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") {
                panic!("aiosmtpd is required (pip install aiosmtpd)");
            }
            eprintln!("SKIPPED: python3 with aiosmtpd not found (pip install aiosmtpd)");
            return None;
        }
        let dir = std::env::temp_dir().join(format!(
            "socius-smtp-{}",
            socius::platform::auth::random_token()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let port = free_port();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/smtp_sink.py");
        let mut child = Command::new("python3")
            .args([
                script,
                dir.to_str().unwrap(),
                &port.to_string(),
                &temporary_failures.to_string(),
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start the SMTP sink");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let ready = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
            .await
            .expect("sink starts")
            .unwrap();
        assert_eq!(ready.as_deref(), Some("READY"));
        Some(SmtpSink {
            port,
            dir,
            _child: child,
        })
    }

    pub fn config(&self) -> SmtpConfig {
        smtp_config(self.port)
    }

    /// The raw messages received so far, in arrival order.
    pub fn received(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn smtp_config(port: u16) -> SmtpConfig {
    SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        username: None,
        password: None,
        tls: SmtpTls::None,
        from: "Socius <noreply@socius.test>".into(),
    }
}

fn header<'a>(message: &'a str, name: &str) -> &'a str {
    message
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no {name} header in:\n{message}"))
}

async fn enqueue_letter(app: &TestApp, to: &str, lang: Lang, attachment: Option<Attachment>) {
    let mut email = Letter {
        lang,
        subject: socius::platform::i18n::t(lang, "mail-reset-subject"),
        greeting_name: "Anne",
        paragraphs: Block::texts(vec![socius::platform::i18n::t(lang, "mail-reset-body")]),
        action: Some(("Go".into(), "http://socius.test/x".into())),
        signature: socius::platform::i18n::t(lang, "mail-signature"),
    }
    .into_email(to, None)
    .unwrap();
    email.attachments.extend(attachment);
    let mut tx = app.db().begin().await.unwrap();
    mail::enqueue(&mut tx, &email).await.unwrap();
    tx.commit().await.unwrap();
}

async fn statuses(app: &TestApp) -> Vec<(String, i64)> {
    socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT status, attempts FROM outbox ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap()
}

async fn multipart_mail_in_the_recipients_language_reaches_the_server(app: TestApp) {
    let Some(sink) = SmtpSink::start(0).await else {
        return;
    };
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    let attachment = Attachment {
        filename: "invitation.ics".into(),
        content_type: "text/calendar; method=REQUEST; charset=utf-8".into(),
        data_base64: base64::engine::general_purpose::STANDARD.encode(ics),
        content_id: None,
    };
    enqueue_letter(&app, "anne@cpas.test", Lang::Fr, Some(attachment)).await;
    enqueue_letter(&app, "jan@ocmw.test", Lang::Nl, None).await;
    let worker = MailWorker::new(app.db().clone(), &sink.config(), 60).unwrap();
    assert_eq!(worker.run_once().await.unwrap(), 2);

    let received = sink.received();
    assert_eq!(received.len(), 2);
    let fr = received
        .iter()
        .find(|m| m.contains("To: anne@cpas.test"))
        .expect("the French message");
    assert!(header(fr, "Subject").contains("nouveau mot de passe"));
    assert!(fr.contains("multipart/mixed") && fr.contains("multipart/alternative"));
    assert!(fr.contains("text/plain") && fr.contains("text/html"));
    assert!(fr.contains("filename=\"invitation.ics\"") && fr.contains("text/calendar"));
    let nl = received
        .iter()
        .find(|m| m.contains("To: jan@ocmw.test"))
        .expect("the Dutch message");
    assert!(header(nl, "Subject").contains("Kies een nieuw wachtwoord"));
    assert_ne!(header(fr, "Message-ID"), header(nl, "Message-ID"));
    assert_eq!(
        statuses(&app).await,
        [("sent".to_string(), 1), ("sent".to_string(), 1)]
    );
    let attempts: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_attempts WHERE succeeded = TRUE"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(attempts, 2, "every attempt is kept");
    assert_eq!(worker.run_once().await.unwrap(), 0, "nothing is sent twice");
}
db_test!(multipart_mail_in_the_recipients_language_reaches_the_server);

/// A server that takes connections and never says a word: a send to it hangs.
async fn silent_server() -> (u16, tokio::task::JoinHandle<()>) {
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = silent.local_addr().unwrap().port();
    let hold = tokio::spawn(async move {
        let mut held = Vec::new();
        loop {
            if let Ok((socket, _)) = silent.accept().await {
                held.push(socket);
            }
        }
    });
    (port, hold)
}

/// A send slower than the lease keeps its message with its worker (the lease is renewed while
/// sending); once that worker is gone the message goes within a lease, with the `Message-ID` it
/// was given when it was written, so a repeat after a crash is recognisable.
async fn a_slow_send_keeps_its_lease_and_a_resend_its_message_id(app: TestApp) {
    let Some(sink) = SmtpSink::start(0).await else {
        return;
    };
    enqueue_letter(&app, "slow@cpas.test", Lang::Fr, None).await;
    let (silent_port, hold) = silent_server().await;
    let slow = MailWorker::new(app.db().clone(), &smtp_config(silent_port), 1).unwrap();
    let sending = tokio::spawn(async move { slow.run_once().await });
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let other = MailWorker::new(app.db().clone(), &sink.config(), 1).unwrap();
    assert_eq!(
        other.run_once().await.unwrap(),
        0,
        "after two and a half leases the slow worker still holds it"
    );
    sending.abort();
    hold.abort();
    tokio::time::sleep(Duration::from_millis(1300)).await;
    assert_eq!(other.run_once().await.unwrap(), 1, "retaken within a lease");
    let message_id: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT message_id FROM outbox"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(header(&sink.received()[0], "Message-ID"), message_id);
}
db_test!(a_slow_send_keeps_its_lease_and_a_resend_its_message_id);

/// A worker that dies mid-send (here: stuck on a server that never answers, then killed) loses
/// nothing: its lease runs out and a restarted worker delivers the message exactly once.
async fn a_crash_mid_send_neither_loses_nor_duplicates(app: TestApp) {
    let Some(sink) = SmtpSink::start(0).await else {
        return;
    };
    for i in 0..3 {
        enqueue_letter(&app, &format!("person{i}@cpas.test"), Lang::Fr, None).await;
    }
    let (silent_port, hold) = silent_server().await;
    let doomed = MailWorker::new(app.db().clone(), &smtp_config(silent_port), 2).unwrap();
    let crashed = tokio::spawn(async move { doomed.run_once().await });
    // Wait until the doomed worker holds a message, then kill it.
    let mut claimed = false;
    for _ in 0..100 {
        let leased: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE lease_owner IS NOT NULL"
        )
        .fetch_one(p)
        .await)
        .unwrap();
        if leased == 1 {
            claimed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(claimed, "the first worker claimed a message");
    crashed.abort();
    hold.abort();

    let restarted = MailWorker::new(app.db().clone(), &sink.config(), 2).unwrap();
    assert_eq!(
        restarted.run_once().await.unwrap(),
        2,
        "the two unclaimed messages go at once"
    );
    tokio::time::sleep(Duration::from_millis(2200)).await;
    assert_eq!(
        restarted.run_once().await.unwrap(),
        1,
        "the abandoned one goes once its lease ran out"
    );
    assert_eq!(restarted.run_once().await.unwrap(), 0);
    let mut recipients: Vec<String> = sink
        .received()
        .iter()
        .map(|m| header(m, "To").to_string())
        .collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [
            "person0@cpas.test",
            "person1@cpas.test",
            "person2@cpas.test"
        ]
    );
}
db_test!(a_crash_mid_send_neither_loses_nor_duplicates);

async fn concurrent_workers_never_send_a_message_twice(app: TestApp) {
    let Some(sink) = SmtpSink::start(0).await else {
        return;
    };
    for i in 0..12 {
        enqueue_letter(&app, &format!("p{i}@cpas.test"), Lang::Nl, None).await;
    }
    let a = MailWorker::new(app.db().clone(), &sink.config(), 60).unwrap();
    let b = MailWorker::new(app.db().clone(), &sink.config(), 60).unwrap();
    let (sent_a, sent_b) = tokio::join!(a.run_once(), b.run_once());
    assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 12);
    let mut ids: Vec<String> = sink
        .received()
        .iter()
        .map(|m| header(m, "Message-ID").to_string())
        .collect();
    assert_eq!(ids.len(), 12);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "no message delivered twice");
}
db_test!(concurrent_workers_never_send_a_message_twice);

async fn temporary_failures_are_retried_later(app: TestApp) {
    let Some(sink) = SmtpSink::start(1).await else {
        return;
    };
    enqueue_letter(&app, "anne@cpas.test", Lang::Fr, None).await;
    let worker = MailWorker::new(app.db().clone(), &sink.config(), 60).unwrap();
    assert_eq!(worker.run_once().await.unwrap(), 0);
    assert_eq!(statuses(&app).await, [("pending".to_string(), 1)]);
    let (error, due): (Option<String>, chrono::DateTime<chrono::Utc>) = socius::with_db!(
        app.db(),
        |p| sqlx::query_as("SELECT last_error, next_attempt_at FROM outbox")
            .fetch_one(p)
            .await
    )
    .unwrap();
    assert!(error.unwrap().contains("451"));
    assert!(
        due > chrono::Utc::now() + chrono::Duration::seconds(20),
        "backs off before retrying"
    );
    assert_eq!(
        worker.run_once().await.unwrap(),
        0,
        "not retried before its time"
    );
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE outbox SET next_attempt_at = $1"
    )
    .bind(chrono::Utc::now())
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    assert_eq!(worker.run_once().await.unwrap(), 1);
    assert_eq!(statuses(&app).await, [("sent".to_string(), 2)]);
    assert_eq!(sink.received().len(), 1);
    let page = {
        let mut admin = app.client();
        app.user(
            "admin@socius.test",
            crate::support::PASSWORD,
            Lang::En,
            true,
            &[],
        )
        .await;
        admin
            .login("admin@socius.test", crate::support::PASSWORD)
            .await;
        let id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar("SELECT id FROM outbox")
            .fetch_one(p)
            .await)
        .unwrap();
        admin.get(&format!("/en/admin/outbox/{id}")).await
    };
    assert!(
        page.body.contains("451") && page.body.contains("Sent"),
        "the admin sees both attempts"
    );
}
db_test!(temporary_failures_are_retried_later);

/// Without SMTP, mail waits in the outbox where the platform admin reads it.
async fn without_smtp_the_admin_reads_the_outbox(app: TestApp) {
    app.world().await;
    let mut client = app.client();
    client
        .submit(
            "/fr/password/forgot",
            "/fr/password/forgot",
            &[("email", "coord@koekelberg.test")],
        )
        .await;
    let mut admin = app.client();
    admin
        .login("admin@socius.test", crate::support::PASSWORD)
        .await;
    let list = admin.get("/nl/admin/outbox").await;
    assert!(list.body.contains("coord@koekelberg.test") && list.body.contains("In wachtrij"));
    let id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar("SELECT id FROM outbox")
        .fetch_one(p)
        .await)
    .unwrap();
    let message = admin.get(&format!("/nl/admin/outbox/{id}")).await;
    assert!(
        message.body.contains("/nl/password/reset/"),
        "the admin can read the link the demo would have mailed"
    );
    let filtered = admin.get("/nl/admin/outbox?status=sent").await;
    assert!(!filtered.body.contains("coord@koekelberg.test"));
}
db_test!(without_smtp_the_admin_reads_the_outbox);

/// A secret link reaches its recipient, then no longer works from the outbox: delivered, the stored
/// bodies lose its token; before that, the admin's view already masks it.
async fn delivered_mail_keeps_no_working_secret_link(app: TestApp) {
    let Some(sink) = SmtpSink::start(0).await else {
        return;
    };
    let token = "Zq9-secret_TOKEN";
    let link = format!("http://socius.test/fr/password/reset/{token}");
    let email = Letter {
        lang: Lang::Fr,
        subject: socius::platform::i18n::t(Lang::Fr, "mail-reset-subject"),
        greeting_name: "Anne",
        paragraphs: Block::texts(vec![format!("Lien : {link}")]),
        action: Some(("Choisir".into(), link.clone())),
        signature: socius::platform::i18n::t(Lang::Fr, "mail-signature"),
    }
    .into_email("anne@cpas.test", None)
    .unwrap();
    let mut tx = app.db().begin().await.unwrap();
    let id = mail::enqueue(&mut tx, &email).await.unwrap();
    tx.commit().await.unwrap();
    app.user(
        "admin@socius.test",
        crate::support::PASSWORD,
        Lang::En,
        true,
        &[],
    )
    .await;
    let mut admin = app.client();
    admin
        .login("admin@socius.test", crate::support::PASSWORD)
        .await;
    let view = admin.get(&format!("/en/admin/outbox/{id}")).await;
    assert_eq!(view.status, axum::http::StatusCode::OK);
    assert!(
        !view.body.contains(token),
        "the admin never reads the token"
    );
    assert!(view.body.contains("/fr/password/reset/…"));

    let worker = MailWorker::new(app.db().clone(), &sink.config(), 60).unwrap();
    assert_eq!(worker.run_once().await.unwrap(), 1);
    assert!(
        sink.received()[0].contains(token),
        "the recipient gets the link"
    );
    let (text, html): (String, String) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT body_text, body_html FROM outbox WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    for body in [&text, &html] {
        assert!(!body.contains(token), "{body}");
        assert!(body.contains("/fr/password/reset/…"));
    }
    assert!(
        text.contains("Anne"),
        "the rest of the message stays for the mail log"
    );
}
db_test!(delivered_mail_keeps_no_working_secret_link);

/// Queues a letter from a coordination (by its id) to `to`; the message's id.
async fn enqueue_from(app: &TestApp, coordination: i64, to: &str) -> i64 {
    let email = Letter {
        lang: Lang::Fr,
        subject: "Invitation : plénière".into(),
        greeting_name: "Anne",
        paragraphs: Block::texts(vec!["Vous êtes invitée.".into()]),
        action: None,
        signature: "La coordination".into(),
    }
    .into_email(to, Some(coordination))
    .unwrap();
    let mut tx = app.db().begin().await.unwrap();
    let id = mail::enqueue(&mut tx, &email).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// Coordinators read their coordination's mail log, not another's: searched by recipient, each
/// message with its state and the server's answer; one given up on is sent again.
async fn coordinators_read_their_mail_log_and_send_a_failed_message_again(app: TestApp) {
    app.world().await;
    let anderlecht = crate::support::people::coordination(&app, "anderlecht")
        .await
        .id;
    let koekelberg = crate::support::people::coordination(&app, "koekelberg")
        .await
        .id;
    let failed = enqueue_from(&app, anderlecht, "anne@asbl.example").await;
    enqueue_from(&app, anderlecht, "jan@vzw.example").await;
    let theirs = enqueue_from(&app, koekelberg, "secret@koekelberg.example").await;
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE outbox SET status = 'failed', attempts = 5, \
         last_error = '550 5.1.1 mailbox unavailable' WHERE id = $1"
    )
    .bind(failed)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();

    let mut coordinator = app.client();
    coordinator
        .login("coord@anderlecht.test", crate::support::PASSWORD)
        .await;
    let log = coordinator.get("/fr/anderlecht/mail").await;
    assert_eq!(log.status, StatusCode::OK);
    let recipients = log.texts("tbody tr td:nth-child(2)");
    assert_eq!(recipients, vec!["jan@vzw.example", "anne@asbl.example"]);
    let searched = coordinator.get("/fr/anderlecht/mail?q=ANNE").await;
    assert_eq!(
        searched.texts("tbody tr td:nth-child(2)"),
        vec!["anne@asbl.example"]
    );
    assert_eq!(
        coordinator
            .get(&format!("/fr/anderlecht/mail/{theirs}"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "another coordination's message"
    );

    let page = format!("/fr/anderlecht/mail/{failed}");
    let message = coordinator.get(&page).await;
    assert!(message.texts("dd")[1].contains("550 5.1.1 mailbox unavailable"));
    let again = coordinator
        .submit(&page, &format!("{page}/retry"), &[])
        .await;
    assert_eq!(again.location(), page);
    let (status, attempts): (String, i64) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT status, attempts FROM outbox WHERE id = $1"
    )
    .bind(failed)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!((status.as_str(), attempts), ("pending", 0));
    let audited: i64 = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event = 'mail.sent_again' AND coordination_id = $1"
    )
    .bind(anderlecht)
    .fetch_one(p)
    .await
    })
    .unwrap();
    assert_eq!(audited, 1);
    // Sent again already: a second click changes nothing.
    let twice = coordinator
        .submit(&page, &format!("{page}/retry"), &[])
        .await;
    assert_eq!(
        coordinator
            .get(twice.location())
            .await
            .texts(".flash-error"),
        vec!["Ce message n'est pas en échec\u{a0}: il n'y a rien à renvoyer."]
    );
}
db_test!(coordinators_read_their_mail_log_and_send_a_failed_message_again);

/// A coordination's letter is signed with its name, address, phone and addresses, and its logo
/// travels inside the message (shown by clients that block remote pictures); Socius's own letters
/// carry no such block.
async fn a_coordinations_letter_is_signed_with_its_address_and_logo(app: TestApp) {
    let Some(sink) = SmtpSink::start(0).await else {
        return;
    };
    let world = app.world().await;
    let logo = {
        let mut bytes = Vec::new();
        image::RgbaImage::from_pixel(8, 8, image::Rgba([0, 82, 138, 255]))
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .unwrap();
        bytes
    };
    socius::with_db!(app.db(), |p| sqlx::query(
        "INSERT INTO coordination_logos (coordination_id, png, width, height, updated_at) \
         VALUES ($1, $2, 8, 8, $3)",
    )
    .bind(world.koekelberg)
    .bind(&logo)
    .bind(chrono::Utc::now())
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE coordinations SET logo_version = 'v1', phone = '02 555 12 34' WHERE id = $1",
    )
    .bind(world.koekelberg)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let id = enqueue_from(&app, world.koekelberg, "anne@cpas.test").await;
    enqueue_letter(&app, "jan@ocmw.test", Lang::Nl, None).await;
    let (html, text): (String, String) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT body_html, body_text FROM outbox WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    let page = scraper::Html::parse_document(&html);
    let block = scraper::Selector::parse("table[role=presentation] td").unwrap();
    let signature: Vec<String> = page
        .select(&block)
        .map(|td| td.text().collect::<String>())
        .collect();
    assert!(
        signature.iter().any(|s| s.contains("Rue de la Loi 1")
            && s.contains("02 555 12 34")
            && s.contains("info@koekelberg.test")),
        "{signature:?}"
    );
    let links: Vec<&str> = page
        .select(
            &scraper::Selector::parse("table[role=presentation] a, table[role=presentation] img")
                .unwrap(),
        )
        .filter_map(|e| e.value().attr("href").or(e.value().attr("src")))
        .collect();
    assert!(
        links.contains(&"tel:025551234") && links.contains(&"cid:logo@socius"),
        "{links:?}"
    );
    assert!(
        text.contains("Rue de la Loi 1, 1000 Bruxelles\n02 555 12 34\ninfo@koekelberg.test"),
        "{text}"
    );
    assert!(!html.contains("socius:sender") && !text.contains("%%"));

    let worker = MailWorker::new(app.db().clone(), &sink.config(), 60).unwrap();
    assert_eq!(worker.run_once().await.unwrap(), 2);
    let received = sink.received();
    let signed = received
        .iter()
        .find(|m| m.contains("To: anne@cpas.test"))
        .expect("the coordination's letter");
    assert!(signed.contains("multipart/related") && signed.contains("Content-ID: <logo@socius>"));
    assert!(
        !signed.contains("multipart/mixed"),
        "the logo is no attachment to open"
    );
    let own = received
        .iter()
        .find(|m| m.contains("To: jan@ocmw.test"))
        .expect("Socius's own letter");
    assert!(!own.contains("multipart/related") && !own.contains("socius:sender"));
}
db_test!(a_coordinations_letter_is_signed_with_its_address_and_logo);
