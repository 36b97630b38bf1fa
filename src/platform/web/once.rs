//! One form, one action: every rendered form that creates something carries a one-time key
//! (`_once`), and a second submission of the same rendered form — a double click, a resend after a
//! slow answer, the back button — gets the first one's answer instead of doing it again.
//!
//! The key is made when the page is rendered and written nowhere then (a public form's page
//! stores nothing); it is claimed inside the action's transaction, before its writes, so two
//! submissions at once queue on the key's row (PostgreSQL waits for the first to commit; SQLite
//! writers take turns) and the second finds it taken. The key is 128 random bits served only in
//! the page, so it is as unguessable as a signature would make it, without a secret every process
//! must share. Keys are kept a day.
//!
//! The CSRF check, which already reads the form, carries the key to the handler ([`FormOnce`]).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use rand::RngCore;
use tower_sessions::Session;

use super::{AppError, Flash, FlashKind};
use crate::platform::db::{Db, Tx};
use crate::{execute, fetch_one};

pub const FIELD: &str = "_once";
const KEY_BYTES: usize = 16;

/// A new key for one rendered form.
pub fn new_key() -> String {
    let mut bytes = [0u8; KEY_BYTES];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The key a form came back with, when it has one of ours' shape; anything else is ignored (the
/// action then simply happens, as it does for a client that sends none).
pub(super) fn parse(given: &str) -> Option<OnceKey> {
    let well_formed = given.len() == KEY_BYTES * 2 && given.bytes().all(|b| b.is_ascii_hexdigit());
    well_formed.then(|| OnceKey(given.to_ascii_lowercase()))
}

/// The key as the CSRF check found it in the form, handed on in the request's extensions.
#[derive(Clone, Debug)]
pub(super) struct OnceKey(String);

/// The one-time key of the submitted form, if it had one, with the session its answer is given
/// in (a handler taking this needs no `Session` of its own for the happy path).
#[derive(Clone, Debug)]
pub struct FormOnce {
    key: Option<String>,
    session: Session,
}

impl<S: Send + Sync> FromRequestParts<S> for FormOnce {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|(_, message)| AppError::internal(anyhow::anyhow!(message)))?;
        let key = parts.extensions.get::<OnceKey>().map(|k| k.0.clone());
        Ok(FormOnce { key, session })
    }
}

/// What the first submission of a form answered: where it led, with its message.
#[derive(Debug, sqlx::FromRow)]
struct Answered {
    location: String,
    flash: String,
}

impl Answered {
    /// The first submission's answer, given again.
    async fn again(self, session: &Session) -> Result<Response, AppError> {
        if self.location.is_empty() {
            // The action claimed the key but wrote no answer: a handler to fix, not the person.
            return Err(AppError::internal(anyhow::anyhow!(
                "a form's one-time key was claimed without an answer"
            )));
        }
        if !self.flash.is_empty() {
            super::forms::push_flash(
                session,
                Flash {
                    kind: FlashKind::Success,
                    key: self.flash,
                    count: None,
                    names: Vec::new(),
                },
            )
            .await?;
        }
        Ok(Redirect::to(&self.location).into_response())
    }
}

impl FormOnce {
    /// Opens the action's transaction with the form's key claimed in it, before the action writes
    /// anything; `Err` with the first submission's answer, given again, when there was one:
    ///
    /// ```ignore
    /// let mut tx = match once.begin(&state.db).await? {
    ///     Ok(tx) => tx,
    ///     Err(first_answer) => return Ok(first_answer),
    /// };
    /// ```
    pub async fn begin(&self, db: &Db) -> Result<Result<Tx, Response>, AppError> {
        let mut tx = db.begin().await?;
        match self.claim(&mut tx).await? {
            None => Ok(Ok(tx)),
            Some(answered) => {
                tx.rollback().await?;
                Ok(Err(answered.again(&self.session).await?))
            }
        }
    }

    /// The session the form was posted in.
    pub fn session(&self) -> &Session {
        &self.session
    }

    async fn claim(&self, tx: &mut Tx) -> Result<Option<Answered>, sqlx::Error> {
        let Some(key) = &self.key else {
            return Ok(None);
        };
        let claimed = execute!(
            &mut *tx,
            "INSERT INTO form_submissions (key, location, flash, created_at) \
             VALUES ($1, '', '', $2) ON CONFLICT (key) DO NOTHING",
            key,
            Utc::now()
        )?;
        if claimed == 1 {
            return Ok(None);
        }
        fetch_one!(
            tx,
            "SELECT location, flash FROM form_submissions WHERE key = $1",
            key
        )
        .map(Some)
    }

    /// Writes down the answer of the action that claimed the key, in its transaction.
    pub async fn answer(
        &self,
        tx: &mut Tx,
        location: &str,
        flash: crate::domain::MessageKey,
    ) -> Result<(), sqlx::Error> {
        if let Some(key) = &self.key {
            execute!(
                tx,
                "UPDATE form_submissions SET location = $1, flash = $2 WHERE key = $3",
                location,
                flash,
                key
            )?;
        }
        Ok(())
    }
}

/// Forgets keys older than a day; run by the housekeeping loop.
pub async fn forget_old(db: &Db) -> Result<u64, sqlx::Error> {
    execute!(
        db,
        "DELETE FROM form_submissions WHERE created_at < $1",
        Utc::now() - Duration::days(1)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keys_of_our_shape_are_kept() {
        let key = new_key();
        assert_eq!(parse(&key).map(|k| k.0), Some(key.clone()));
        assert!(parse(&key.to_uppercase()).is_some());
        assert!(parse("").is_none());
        assert!(parse(&key[1..]).is_none());
        assert!(parse(&format!("{}z", &key[1..])).is_none());
        assert!(parse("../../etc/passwd").is_none());
    }
}
