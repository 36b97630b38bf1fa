//! Delivers the outbox. Each message is claimed with a lease (owner + expiry) before sending: a
//! worker that crashes mid-send loses nothing — its lease runs out and another worker takes the
//! message over — and two workers never hold the same message at once. A worker renews its lease
//! while a send is in progress, so a slow server keeps the message with its worker and a dead
//! worker's message is retaken once its lease (a minute by default) has run out. Delivery is at
//! least once: a worker dying after the server took a message and before it was recorded sends
//! it again; the message keeps its `Message-ID`, so the repeat is recognisable. Every attempt is kept.

use std::time::Duration as StdDuration;

use anyhow::Context;
use base64::Engine;
use chrono::{Duration, Utc};
use lettre::message::header::ContentType;
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio_util::sync::CancellationToken;

use super::secrets;
use super::Attachment;
use crate::config::{SmtpConfig, SmtpTls};
use crate::platform::db::{Backend, Db};
use crate::{execute, with_db, with_tx};

/// After this many failed attempts a message is marked failed and left for a person to look at.
const MAX_ATTEMPTS: i64 = 8;
/// How long the worker rests when nothing is due.
const IDLE_PAUSE: StdDuration = StdDuration::from_secs(2);

#[derive(Debug, sqlx::FromRow)]
struct Claimed {
    id: i64,
    recipient: String,
    subject: String,
    body_text: String,
    body_html: String,
    attachments: String,
    message_id: String,
    attempts: i64,
    /// Empty for Socius's own mail.
    reply_to: String,
}

pub struct MailWorker {
    db: Db,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Identifies this worker's leases.
    name: String,
    lease: Duration,
}

/// Exponential back-off: 30 s, 1 min, 2 min… capped at 6 hours.
fn backoff(attempts: i64) -> Duration {
    let exponent = (attempts - 1).clamp(0, 20) as u32;
    Duration::seconds(30i64.saturating_mul(2i64.saturating_pow(exponent))).min(Duration::hours(6))
}

impl MailWorker {
    pub fn new(db: Db, smtp: &SmtpConfig, lease_seconds: i64) -> anyhow::Result<MailWorker> {
        let builder = match smtp.tls {
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
            SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
        };
        let mut builder = builder
            .port(smtp.port)
            .timeout(Some(StdDuration::from_secs(30)));
        if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                password.expose().to_string(),
            ));
        }
        Ok(MailWorker {
            db,
            transport: builder.build(),
            from: smtp
                .from
                .parse()
                .context("the SMTP from address is not a valid mailbox")?,
            name: format!("worker-{}", &crate::platform::auth::random_token()[..12]),
            lease: Duration::seconds(lease_seconds),
        })
    }

    /// Takes the oldest due message that nobody holds, for the length of a lease.
    async fn claim(&self) -> Result<Option<Claimed>, sqlx::Error> {
        let now = Utc::now();
        // PostgreSQL lets concurrent workers skip each other's rows; SQLite serialises writers anyway.
        let skip_locked = if self.db.backend() == Backend::Postgres {
            " FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let sql = format!(
            "UPDATE outbox SET lease_owner = $1, lease_until = $2, attempts = attempts + 1 \
             WHERE id = (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $3 \
                         AND (lease_until IS NULL OR lease_until < $3) ORDER BY id LIMIT 1{skip_locked}) \
               AND status = 'pending' AND (lease_until IS NULL OR lease_until < $3) \
             RETURNING id, recipient, subject, body_text, body_html, attachments, message_id, attempts, \
               reply_to"
        );
        with_db!(&self.db, |p| sqlx::query_as(&sql)
            .bind(&self.name)
            .bind(now + self.lease)
            .bind(now)
            .fetch_optional(p)
            .await)
    }

    fn build(&self, message: &Claimed) -> anyhow::Result<Message> {
        let attachments: Vec<Attachment> = serde_json::from_str(&message.attachments)?;
        let part = |attachment: &Attachment| -> anyhow::Result<SinglePart> {
            let bytes =
                base64::engine::general_purpose::STANDARD.decode(&attachment.data_base64)?;
            let content_type = ContentType::parse(&attachment.content_type)?;
            Ok(match &attachment.content_id {
                Some(id) => LettreAttachment::new_inline(id.clone()).body(bytes, content_type),
                None => {
                    LettreAttachment::new(attachment.filename.clone()).body(bytes, content_type)
                }
            })
        };
        let (inline, files): (Vec<&Attachment>, Vec<&Attachment>) =
            attachments.iter().partition(|a| a.content_id.is_some());
        // The HTML with the pictures it shows (the logo) as one related whole, beside the text.
        let html = SinglePart::html(message.body_html.clone());
        let alternative = if inline.is_empty() {
            MultiPart::alternative()
                .singlepart(SinglePart::plain(message.body_text.clone()))
                .singlepart(html)
        } else {
            let mut related = MultiPart::related().singlepart(html);
            for attachment in inline {
                related = related.singlepart(part(attachment)?);
            }
            MultiPart::alternative()
                .singlepart(SinglePart::plain(message.body_text.clone()))
                .multipart(related)
        };
        let body = if files.is_empty() {
            alternative
        } else {
            let mut mixed = MultiPart::mixed().multipart(alternative);
            for attachment in files {
                mixed = mixed.singlepart(part(attachment)?);
            }
            mixed
        };
        let mut builder = Message::builder().from(self.from.clone());
        if let Ok(reply_to) = message.reply_to.parse() {
            builder = builder.reply_to(reply_to);
        }
        Ok(builder
            .to(message
                .recipient
                .parse()
                .context("invalid recipient address")?)
            .subject(message.subject.clone())
            .message_id(Some(message.message_id.clone()))
            .multipart(body)?)
    }

    /// Sends one claimed message and records the outcome. A message that cannot even be built (a bad
    /// address) or that the server refuses permanently fails at once; other errors are retried later.
    async fn deliver(&self, message: Claimed) -> anyhow::Result<bool> {
        let outcome = match self.build(&message) {
            Ok(email) => tokio::select! {
                sent = self.transport.send(email) => match sent {
                    Ok(_) => Ok(()),
                    Err(err) => Err((err.is_permanent(), err.to_string())),
                },
                never = self.keep_lease(message.id) => match never {},
            },
            Err(err) => Err((true, err.to_string())),
        };
        let now = Utc::now();
        let mut tx = self.db.begin().await?;
        let (succeeded, error) = match &outcome {
            Ok(()) => (true, None),
            Err((_, error)) => (false, Some(error.clone())),
        };
        with_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO outbox_attempts (outbox_id, worker, attempted_at, succeeded, error) VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(message.id)
        .bind(&self.name)
        .bind(now)
        .bind(succeeded)
        .bind(&error)
        .execute(c).await.map(|r| r.rows_affected())
        })?;
        match outcome {
            Ok(()) => {
                with_tx!(&mut tx, |c| {
                    sqlx::query(
                    "UPDATE outbox SET status = 'sent', sent_at = $1, lease_owner = NULL, lease_until = NULL, last_error = NULL, \
                     body_text = $4, body_html = $5 WHERE id = $2 AND lease_owner = $3"
                )
                .bind(now)
                .bind(message.id)
                .bind(&self.name)
                .bind(secrets::without_tokens(&message.body_text))
                .bind(secrets::without_tokens(&message.body_html))
                .execute(c).await.map(|r| r.rows_affected())
                })?;
            }
            Err((permanent, error)) => {
                let give_up = permanent || message.attempts >= MAX_ATTEMPTS;
                tracing::warn!(message = message.id, attempts = message.attempts, give_up, %error, "mail delivery failed");
                with_tx!(&mut tx, |c| {
                    sqlx::query(
                    "UPDATE outbox SET status = $1, next_attempt_at = $2, lease_owner = NULL, lease_until = NULL, last_error = $3, \
                     body_text = $6, body_html = $7 WHERE id = $4 AND lease_owner = $5"
                )
                .bind(if give_up {
                    super::OutboxStatus::Failed
                } else {
                    super::OutboxStatus::Pending
                })
                .bind(now + backoff(message.attempts))
                .bind(&error)
                .bind(message.id)
                .bind(&self.name)
                // Kept for the next attempt; a message given up on never needs its links.
                .bind(if give_up { secrets::without_tokens(&message.body_text) } else { message.body_text.clone() })
                .bind(if give_up { secrets::without_tokens(&message.body_html) } else { message.body_html.clone() })
                .execute(c).await.map(|r| r.rows_affected())
                })?;
            }
        }
        tx.commit().await?;
        Ok(succeeded)
    }

    /// Renews this worker's lease on a message while its send is in progress (a slow server keeps
    /// it); stops with the send, so a dead worker's lease runs out within one lease.
    async fn keep_lease(&self, id: i64) -> std::convert::Infallible {
        let every = (self.lease / 3)
            .to_std()
            .unwrap_or(StdDuration::from_secs(1))
            .max(StdDuration::from_millis(100));
        loop {
            tokio::time::sleep(every).await;
            let renewed = execute!(
                &self.db,
                "UPDATE outbox SET lease_until = $1 WHERE id = $2 AND lease_owner = $3",
                Utc::now() + self.lease,
                id,
                &self.name
            );
            if let Err(err) = renewed {
                tracing::warn!(message = id, error = ?err, "could not renew a mail lease");
            }
        }
    }

    /// Delivers every message due now; returns how many were sent.
    pub async fn run_once(&self) -> anyhow::Result<usize> {
        let mut sent = 0;
        while let Some(message) = self.claim().await? {
            if self.deliver(message).await? {
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Runs until `shutdown` is cancelled. Cancellation is only looked at between messages, so a send
    /// in progress always finishes and is recorded.
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!(worker = %self.name, "mail worker started");
        loop {
            loop {
                if shutdown.is_cancelled() {
                    break;
                }
                match self.claim().await {
                    Ok(Some(message)) => {
                        if let Err(err) = self.deliver(message).await {
                            tracing::error!(error = ?err, "mail worker could not record a delivery");
                        }
                    }
                    Ok(None) => break,
                    Err(err) => {
                        tracing::error!(error = ?err, "mail worker cannot read the outbox");
                        break;
                    }
                }
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(IDLE_PAUSE) => {}
            }
        }
        tracing::info!(worker = %self.name, "mail worker stopped");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_caps() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(3), Duration::seconds(120));
        assert_eq!(backoff(40), Duration::hours(6));
    }
}
