//! Email: a durable outbox table and a worker that delivers it over SMTP.
//!
//! Features never talk to SMTP: they [`enqueue`] a message in the same transaction as the change that
//! caused it, so a rolled-back change sends nothing and a committed one is never forgotten. Without an
//! SMTP server configured, messages wait in the outbox, where the platform admin can read them.

pub mod secrets;
mod worker;

use askama::Template;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t;
use crate::platform::personal_data::{DataSubject, Erased, PersonalData, Reach, Section};
use crate::platform::policy::Tenant;
use crate::{scalars, with_db, with_tx};

pub use worker::MailWorker;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    /// Base64, so the outbox row stays text on both backends.
    pub data_base64: String,
    /// Set for a picture the HTML part shows (`cid:…`) rather than a file to open: the
    /// coordination's logo in the signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_id: Option<String>,
}

#[derive(Clone, Debug)]
pub struct OutgoingEmail {
    pub coordination_id: Option<i64>,
    pub to: String,
    pub lang: Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<Attachment>,
    /// What the message is about (`("meeting", 42)`), so the page of that thing can say which of
    /// its messages could not be delivered.
    pub about: Option<(&'static str, i64)>,
}

impl OutgoingEmail {
    pub fn about(self, entity_type: &'static str, id: i64) -> OutgoingEmail {
        OutgoingEmail {
            about: Some((entity_type, id)),
            ..self
        }
    }
}

/// A piece of a letter, as the HTML part shows it (the text part writes each as readable lines).
#[derive(Clone, Debug)]
pub enum Block {
    /// A paragraph; its line breaks are kept.
    Text(String),
    /// A heading and its items, numbered (an agenda) or not (a list of people).
    List {
        heading: String,
        items: Vec<String>,
        numbered: bool,
    },
    /// An introduction and links shown as buttons (the answers to an invitation): (label, URL).
    Links {
        intro: String,
        links: Vec<(String, String)>,
    },
    /// A heading and a table: its columns' headers and its rows (those present, how to reach them).
    Table {
        heading: String,
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

impl Block {
    /// Paragraphs of plain text.
    pub fn texts(paragraphs: Vec<String>) -> Vec<Block> {
        paragraphs.into_iter().map(Block::Text).collect()
    }

    /// The block as the text part writes it.
    pub fn as_text(&self) -> String {
        match self {
            Block::Text(text) => text.clone(),
            Block::List {
                heading,
                items,
                numbered,
            } => {
                let lines = items.iter().enumerate().map(|(n, item)| match numbered {
                    true => format!("{}. {item}", n + 1),
                    false => format!("- {item}"),
                });
                std::iter::once(heading.clone())
                    .chain(lines)
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            Block::Links { intro, links } => std::iter::once(intro.clone())
                .chain(links.iter().map(|(label, url)| format!("{label}: {url}")))
                .collect::<Vec<_>>()
                .join("\n"),
            // A row per line, its filled cells side by side.
            Block::Table { heading, rows, .. } => std::iter::once(heading.clone())
                .chain(rows.iter().map(|row| {
                    let cells: Vec<&str> = row
                        .iter()
                        .map(String::as_str)
                        .filter(|cell| !cell.is_empty())
                        .collect();
                    format!("- {}", cells.join(" — "))
                }))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// A paragraph's lines, for the HTML part (each escaped, joined by `<br>`).
    pub fn lines(text: &str) -> Vec<&str> {
        text.lines().collect()
    }
}

/// What most Socius emails say: a greeting, paragraphs (and lists and buttons), maybe one main
/// button, a signature.
pub struct Letter<'a> {
    pub lang: Lang,
    pub subject: String,
    pub greeting_name: &'a str,
    pub paragraphs: Vec<Block>,
    pub action: Option<(String, String)>,
    pub signature: String,
}

/// One language's version of a letter, as the templates render it.
struct Part {
    lang: &'static str,
    greeting: String,
    paragraphs: Vec<Block>,
    action: Option<(String, String)>,
    signature: String,
    footer: String,
}

#[derive(Template)]
#[template(path = "platform/mail/letter.html")]
struct LetterHtml<'a> {
    lang: &'a str,
    subject: &'a str,
    parts: &'a [Part],
}

#[derive(Template)]
#[template(path = "platform/mail/letter.txt")]
struct LetterText<'a> {
    parts: &'a [Part],
}

impl Letter<'_> {
    /// Renders the letter as multipart text + HTML, addressed to `to`.
    pub fn into_email(
        self,
        to: &str,
        coordination_id: Option<i64>,
    ) -> anyhow::Result<OutgoingEmail> {
        compose(vec![self], to, coordination_id)
    }

    /// One email holding the same letter in two languages, one after the other: for a recipient
    /// whose language Socius does not know.
    pub fn bilingual(
        first: Letter<'_>,
        second: Letter<'_>,
        to: &str,
        coordination_id: Option<i64>,
    ) -> anyhow::Result<OutgoingEmail> {
        compose(vec![first, second], to, coordination_id)
    }

    /// A letter in the recipient's language, or, when Socius does not know it, in French then
    /// Dutch; `write` writes the letter in one language.
    pub fn in_their_language<'a>(
        lang: Option<Lang>,
        to: &str,
        coordination_id: Option<i64>,
        write: impl Fn(Lang) -> Letter<'a>,
    ) -> anyhow::Result<OutgoingEmail> {
        match lang {
            Some(lang) => write(lang).into_email(to, coordination_id),
            None => Letter::bilingual(write(Lang::Fr), write(Lang::Nl), to, coordination_id),
        }
    }

    fn part(self) -> (Lang, String, Part) {
        let greeting = crate::platform::i18n::t_args(
            self.lang,
            "mail-greeting",
            &[("name", self.greeting_name)],
        );
        let part = Part {
            lang: self.lang.code(),
            greeting,
            paragraphs: self.paragraphs,
            action: self.action,
            signature: self.signature,
            footer: t(self.lang, "mail-footer"),
        };
        (self.lang, self.subject, part)
    }
}

fn compose(
    letters: Vec<Letter<'_>>,
    to: &str,
    coordination_id: Option<i64>,
) -> anyhow::Result<OutgoingEmail> {
    let (langs, subjects, parts): (Vec<Lang>, Vec<String>, Vec<Part>) =
        letters.into_iter().map(Letter::part).fold(
            (Vec::new(), Vec::new(), Vec::new()),
            |(mut l, mut s, mut p), (lang, subject, part)| {
                l.push(lang);
                s.push(subject);
                p.push(part);
                (l, s, p)
            },
        );
    let lang = langs.first().copied().unwrap_or_default();
    let subject = subjects.join(" / ");
    let html = LetterHtml {
        lang: lang.code(),
        subject: &subject,
        parts: &parts,
    }
    .render()?;
    let text = LetterText { parts: &parts }.render()?;
    Ok(OutgoingEmail {
        coordination_id,
        to: to.to_string(),
        lang,
        subject,
        text,
        html,
        attachments: Vec::new(),
        about: None,
    })
}

/// The longest subject sent, in characters: what a mail client shows, and well within the line an
/// SMTP server accepts (a 1,200-character title without spaces cannot be folded and was refused).
const SUBJECT_CHARS: usize = 150;

/// A subject as sent: on one line, cut with an ellipsis when longer than [`SUBJECT_CHARS`].
fn sendable_subject(subject: &str) -> String {
    use crate::platform::typography::{NBSP, NNBSP};
    // Line breaks and runs of spaces go; French no-break spaces stay where typography put them.
    let one_line = subject
        .split(|c: char| c.is_whitespace() && c != NBSP && c != NNBSP)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if one_line.chars().count() <= SUBJECT_CHARS {
        return one_line;
    }
    let cut: String = one_line.chars().take(SUBJECT_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The colour `letter.html` draws its button and rules in: Socius's blue, which a coordination's
/// mail trades for the coordination's own accent colour (dark enough for white text, as the
/// identity form checks).
pub const LETTER_COLOUR: &str = "#00528a";

/// The letter's HTML in its coordination's colour, when it has one.
async fn in_coordination_colour(
    tx: &mut Tx,
    coordination_id: Option<i64>,
    html: String,
) -> anyhow::Result<String> {
    let colour = match coordination_id {
        Some(id) => crate::platform::tenancy::accent_colour_in(tx, id).await?,
        None => None,
    };
    Ok(match colour {
        Some(colour) => html.replace(LETTER_COLOUR, &colour.css()),
        None => html,
    })
}

/// Where a letter's sender block goes, per language part: replaced at [`enqueue`] by the
/// coordination's name, address, phone, addresses and logo (or by nothing for Socius's own mail).
fn sender_mark(lang: &str) -> (String, String) {
    (
        format!("<!--socius:sender:{lang}-->"),
        format!("\n%%socius:sender:{lang}%%"),
    )
}

/// The address the letters' HTML shows the coordination's logo by: the picture travels inside
/// the message, so mail clients that block remote images still show it.
pub const LOGO_CID: &str = "logo@socius";

/// Who a coordination's letter comes from, as its signature shows it.
#[derive(Template)]
#[template(path = "platform/mail/sender.html")]
struct Sender<'a> {
    name: &'a str,
    lines: Vec<&'a str>,
    phone: &'a str,
    /// The phone number as a `tel:` link dials it.
    tel: String,
    email: &'a str,
    website: &'a str,
    logo: bool,
}

impl<'a> Sender<'a> {
    fn of(coordination: &'a crate::platform::tenancy::Coordination, lang: Lang) -> Sender<'a> {
        Sender {
            name: lang.pick(&coordination.name_fr, &coordination.name_nl),
            lines: lang
                .pick(&coordination.address_fr, &coordination.address_nl)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect(),
            phone: &coordination.phone,
            tel: crate::platform::web::fields::tel(&coordination.phone),
            email: &coordination.email,
            website: &coordination.website,
            logo: !coordination.logo_version.is_empty(),
        }
    }

    /// The plain-text signature: one fact per line.
    fn as_text(&self) -> String {
        std::iter::once(self.name)
            .chain(self.lines.iter().copied())
            .chain([self.phone, self.email, self.website])
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A letter's HTML and text signed by `coordination`: each language part's sender block written
/// in (none for Socius's own mail). What [`enqueue`] sends, and what a preview shows.
pub fn sign(
    (html, text): (String, String),
    coordination: Option<&crate::platform::tenancy::Coordination>,
) -> anyhow::Result<(String, String)> {
    let (mut html, mut text) = (html, text);
    for lang in Lang::ALL {
        let (html_mark, text_mark) = sender_mark(lang.code());
        if !html.contains(&html_mark) && !text.contains(&text_mark) {
            continue;
        }
        let (block, plain) = match coordination {
            Some(c) => {
                let sender = Sender::of(c, lang);
                (sender.render()?, format!("\n{}", sender.as_text()))
            }
            None => (String::new(), String::new()),
        };
        html = html.replace(&html_mark, &block);
        text = text.replace(&text_mark, &plain);
    }
    Ok((html, text))
}

/// The letter signed by its coordination ([`sign`]), with the logo to send inline when its block
/// shows it.
async fn signed(
    tx: &mut Tx,
    email: &OutgoingEmail,
) -> anyhow::Result<(String, String, Option<Attachment>)> {
    let coordination = match email.coordination_id {
        Some(id) => crate::platform::tenancy::find_in(tx, id).await?,
        None => None,
    };
    let (html, text) = sign(
        (email.html.clone(), email.text.clone()),
        coordination.as_ref(),
    )?;
    let logo = match &coordination {
        Some(c) if html.contains(LOGO_CID) => {
            let png: Option<Vec<u8>> = crate::scalar_optional!(
                &mut *tx,
                "SELECT png FROM coordination_logos WHERE coordination_id = $1",
                c.id
            )?;
            png.map(|png| Attachment {
                filename: "logo.png".into(),
                content_type: "image/png".into(),
                data_base64: base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    png,
                ),
                content_id: Some(LOGO_CID.into()),
            })
        }
        _ => None,
    };
    Ok((html, text, logo))
}

#[tracing::instrument(skip_all, fields(to = %email.to))]
pub async fn enqueue(tx: &mut Tx, email: &OutgoingEmail) -> anyhow::Result<i64> {
    let (html, text, logo) = signed(tx, email).await?;
    let html = in_coordination_colour(tx, email.coordination_id, html).await?;
    let mut attachments = email.attachments.clone();
    attachments.extend(logo);
    // Replies to a coordination's letter reach the coordination, not Socius.
    let reply_to = match email.coordination_id {
        Some(id) => crate::scalar_optional!(
            &mut *tx,
            "SELECT email FROM coordinations WHERE id = $1",
            id
        )?
        .unwrap_or_default(),
        None => String::new(),
    };
    let message_id = format!("<{}@socius>", crate::platform::auth::random_token());
    let now = Utc::now();
    let id = with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO outbox (coordination_id, recipient, lang, subject, body_text, body_html, attachments, message_id, \
         status, attempts, next_attempt_at, created_at, about_type, about_id, reply_to) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $9, $10, $11, $12) RETURNING id"
    )
    .bind(email.coordination_id)
    .bind(&email.to)
    .bind(email.lang.code())
    .bind(sendable_subject(&email.subject))
    .bind(&text)
    .bind(&html)
    .bind(serde_json::to_string(&attachments)?)
    .bind(&message_id)
    .bind(now)
    .bind(email.about.map(|(entity_type, _)| entity_type))
    .bind(email.about.map(|(_, id)| id))
    .bind(&reply_to)
    .fetch_one(c)
    .await
    })?;
    Ok(id)
}

crate::vocabulary! {
    /// A message waits for its (next) attempt, was accepted by the SMTP server, or was given up.
    pub enum OutboxStatus: "outbox-status-" {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
    }
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct OutboxSummary {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

impl OutboxStatus {
    /// The state a reader is told: a pending message already tried is being retried.
    pub fn state_key(self, attempts: impl crate::platform::web::Val<i64>) -> &'static str {
        match (self, attempts.val()) {
            (OutboxStatus::Pending, 1..) => "outbox-status-retrying",
            (status, _) => status.label_key(),
        }
    }
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct OutboxMessage {
    pub id: i64,
    pub recipient: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub attachments: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

impl OutboxMessage {
    pub fn attachment_names(&self) -> Vec<String> {
        serde_json::from_str::<Vec<Attachment>>(&self.attachments)
            .map(|list| list.into_iter().map(|a| a.filename).collect())
            .unwrap_or_default()
    }
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct AttemptRow {
    pub attempted_at: DateTime<Utc>,
    pub worker: String,
    pub succeeded: bool,
    pub error: Option<String>,
}

/// Whose messages a mail log shows: every message (the platform admin's outbox), or those of one
/// coordination (its coordinators' mail log).
#[derive(Clone, Copy)]
pub enum MailScope<'a> {
    Platform,
    Coordination(&'a Tenant),
}

impl MailScope<'_> {
    fn coordination(self) -> Option<i64> {
        match self {
            MailScope::Platform => None,
            MailScope::Coordination(tenant) => Some(tenant.id()),
        }
    }
}

/// What a mail log is narrowed to: a status, and part of the recipient's address.
#[derive(Clone, Copy, Default)]
pub struct MailFilter<'a> {
    pub status: Option<OutboxStatus>,
    pub recipient: &'a str,
}

impl MailFilter<'_> {
    fn recipient_pattern(&self) -> String {
        match self.recipient.trim() {
            "" => String::new(),
            part => format!("%{}%", part.to_lowercase()),
        }
    }
}

const MAIL_LOG_WHERE: &str = "($1 IS NULL OR coordination_id = $1) AND ($2 = '' OR status = $2) \
    AND ($3 = '' OR LOWER(recipient) LIKE $3)";

pub async fn count(
    db: &Db,
    scope: MailScope<'_>,
    filter: MailFilter<'_>,
) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM outbox WHERE {MAIL_LOG_WHERE}");
    crate::scalar!(
        db,
        &sql,
        scope.coordination(),
        filter.status.map_or("", OutboxStatus::as_str),
        filter.recipient_pattern()
    )
}

pub async fn list(
    db: &Db,
    scope: MailScope<'_>,
    filter: MailFilter<'_>,
    (limit, offset): (i64, i64),
) -> Result<Vec<OutboxSummary>, sqlx::Error> {
    let sql = format!(
        "SELECT id, recipient, subject, status, attempts, created_at, sent_at, last_error \
         FROM outbox WHERE {MAIL_LOG_WHERE} ORDER BY id DESC LIMIT $4 OFFSET $5"
    );
    crate::fetch_all!(
        db,
        &sql,
        scope.coordination(),
        filter.status.map_or("", OutboxStatus::as_str),
        filter.recipient_pattern(),
        limit,
        offset
    )
}

pub async fn find(
    db: &Db,
    scope: MailScope<'_>,
    id: i64,
) -> Result<Option<(OutboxMessage, Vec<AttemptRow>)>, sqlx::Error> {
    let message: Option<OutboxMessage> = crate::fetch_optional!(
        db,
        "SELECT id, recipient, lang, subject, body_text, attachments, status, attempts, created_at, \
         sent_at, last_error FROM outbox WHERE id = $1 AND ($2 IS NULL OR coordination_id = $2)",
        id,
        scope.coordination()
    )?;
    let Some(mut message) = message else {
        return Ok(None);
    };
    // Nobody reads a working secret link here, not even the platform admin.
    message.body_text = secrets::without_tokens(&message.body_text);
    let attempts = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT attempted_at, worker, succeeded, error FROM outbox_attempts WHERE outbox_id = $1 ORDER BY id"
    )
    .bind(id)
    .fetch_all(p)
    .await
    })?;
    Ok(Some((message, attempts)))
}

/// Puts a message given up on back in the queue, to be tried again at once with a fresh count of
/// attempts; 0 when it is not (or no longer) failed, or not in the scope.
pub async fn send_again(tx: &mut Tx, scope: MailScope<'_>, id: i64) -> Result<u64, sqlx::Error> {
    crate::execute!(
        &mut *tx,
        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1 \
         WHERE id = $2 AND status = 'failed' AND ($3 IS NULL OR coordination_id = $3)",
        Utc::now(),
        id,
        scope.coordination()
    )
}

/// The addresses that messages about one thing (a meeting, …; with no id, about any thing of
/// that kind: every collection round) of a coordination could not be delivered to, given up on
/// after their attempts, oldest first: what the page that sent them shows.
pub async fn undelivered_about(
    db: &Db,
    tenant: &Tenant,
    (entity_type, id): (&str, Option<i64>),
) -> Result<Vec<String>, sqlx::Error> {
    scalars!(
        db,
        "SELECT recipient FROM outbox WHERE coordination_id = $1 AND about_type = $2 \
         AND ($3 IS NULL OR about_id = $3) AND status = 'failed' ORDER BY id",
        tenant.id(),
        entity_type,
        id
    )
}

/// Message counts by status, for `/metrics`.
pub async fn depth(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    with_db!(db, |p| sqlx::query_as(
        "SELECT status, COUNT(*) FROM outbox GROUP BY status ORDER BY status"
    )
    .fetch_all(p)
    .await)
}

/// Empties the text of the messages delivered before `before` (retention): their recipient,
/// subject and delivery stay in the mail log. `scope`: one coordination's messages, or (`None`)
/// those of no coordination (password links, platform mail).
pub async fn forget_delivered_bodies(
    tx: &mut Tx,
    scope: Option<&Tenant>,
    before: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    crate::execute!(
        &mut *tx,
        "UPDATE outbox SET body_text = '', body_html = '', attachments = '[]' \
         WHERE status = 'sent' AND sent_at < $1 AND body_text <> '' \
           AND (coordination_id = $2 OR ($2 IS NULL AND coordination_id IS NULL))",
        before,
        scope.map(Tenant::id)
    )
}

/// The mail's part in the rights of the people: the messages sent to them (subject, date,
/// delivery). Erased, the messages go: Socius keeps no mail for its own duties.
pub struct MailData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct MessageRow {
    created_at: DateTime<Utc>,
    subject: String,
    status: String,
    sent_at: Option<DateTime<Utc>>,
}

#[async_trait::async_trait]
impl PersonalData for MailData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let mut messages: Vec<MessageRow> = Vec::new();
        for email in &person.emails {
            messages.extend(crate::fetch_all!(
                &mut *tx,
                "SELECT created_at, subject, status, sent_at FROM outbox \
                 WHERE LOWER(recipient) = $1 AND ($2 IS NULL OR coordination_id = $2) ORDER BY id",
                email,
                reach.coordination()
            )?);
        }
        Ok(vec![Section::of("personal-data-messages", &messages)])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let mut removed = 0;
        for email in &person.emails {
            removed += crate::execute!(
                &mut *tx,
                "DELETE FROM outbox WHERE LOWER(recipient) = $1 \
                 AND ($2 IS NULL OR coordination_id = $2)",
                email,
                reach.coordination()
            )?;
        }
        Ok(vec![Erased::removed("personal-data-messages", removed)])
    }
}

/// The mail in the coordination export: it stays with the instance that sends it.
impl crate::platform::portable::Portable for MailData {
    fn tables(&self) -> crate::platform::portable::Tables {
        const SENT_THERE: &str = "mail of the old instance, sent or to be sent from there";
        crate::platform::portable::Tables {
            stay: &[("outbox", SENT_THERE), ("outbox_attempts", SENT_THERE)],
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_read_as_lines_in_the_text_part() {
        let agenda = Block::List {
            heading: "Ordre du jour".into(),
            items: vec!["Accueil".into(), "Logement".into()],
            numbered: true,
        };
        assert_eq!(agenda.as_text(), "Ordre du jour\n1. Accueil\n2. Logement");
        let answers = Block::Links {
            intro: "Répondez :".into(),
            links: vec![("Je viens".into(), "https://x/rsvp/t?answer=yes".into())],
        };
        assert_eq!(
            answers.as_text(),
            "Répondez :\nJe viens: https://x/rsvp/t?answer=yes"
        );
        let present = Block::List {
            heading: "Présents".into(),
            items: vec!["Anne".into()],
            numbered: false,
        };
        assert_eq!(present.as_text(), "Présents\n- Anne");
        let reachable = Block::Table {
            heading: "Présents".into(),
            columns: vec!["Nom".into(), "Organisation".into(), "E-mail".into()],
            rows: vec![
                vec!["Anne".into(), "CPAS".into(), "anne@cpas.example".into()],
                vec!["Jan".into(), String::new(), String::new()],
            ],
        };
        assert_eq!(
            reachable.as_text(),
            "Présents\n- Anne — CPAS — anne@cpas.example\n- Jan"
        );
    }

    #[test]
    fn the_letter_is_drawn_in_the_colour_a_coordination_replaces() {
        assert!(include_str!("letter.html").contains(LETTER_COLOUR));
    }

    #[test]
    fn subjects_fit_on_a_line_a_server_accepts() {
        assert_eq!(
            sendable_subject("Invitation :\r\n Plénière"),
            "Invitation : Plénière"
        );
        let long = format!("Invitation : {}", "x".repeat(1200));
        let sent = sendable_subject(&long);
        assert_eq!(sent.chars().count(), SUBJECT_CHARS);
        assert!(sent.ends_with('…') && sent.starts_with("Invitation : xxx"));
        let short = "Procès-verbal : Plénière";
        assert_eq!(sendable_subject(short), short);
    }
}
