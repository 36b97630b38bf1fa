//! The few statements of signing in that are not the platform's (accounts, sessions and tokens
//! live in `platform::auth`).

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::platform::db::{Db, Tx};
use crate::platform::personal_data::{DataSubject, Erased, PersonalData, Reach, Section};
use crate::{execute, fetch_all, fetch_optional, scalar, scalar_optional};

/// The coordination a person lands in after signing in: the first, by slug, where they have a
/// role.
pub async fn first_coordination(db: &Db, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    scalar_optional!(
        db,
        "SELECT c.slug FROM user_roles r JOIN coordinations c ON c.id = r.coordination_id \
         WHERE r.user_id = $1 ORDER BY c.slug LIMIT 1",
        user_id
    )
}

/// A person's second factor: the TOTP secret (base32), whether its first code confirmed it, and
/// the last time step accepted.
#[derive(Debug, sqlx::FromRow)]
pub struct SecondFactor {
    pub secret: String,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub last_step: i64,
}

pub async fn second_factor(db: &Db, user_id: i64) -> Result<Option<SecondFactor>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT secret, confirmed_at, last_step FROM second_factors WHERE user_id = $1",
        user_id
    )
}

/// A new secret waiting for its first code (one that was waiting is replaced).
pub async fn start_second_factor(
    tx: &mut Tx,
    user_id: i64,
    secret: &str,
) -> Result<(), sqlx::Error> {
    execute!(
        &mut *tx,
        "DELETE FROM second_factors WHERE user_id = $1 AND confirmed_at IS NULL",
        user_id
    )?;
    execute!(
        &mut *tx,
        "INSERT INTO second_factors (user_id, secret, confirmed_at, last_step) \
         VALUES ($1, $2, NULL, 0) ON CONFLICT (user_id) DO NOTHING",
        user_id,
        secret
    )?;
    Ok(())
}

/// Takes time step `step` as used, once: false when it (or a later one) was already taken, so
/// the same code typed twice signs in once. Confirms a waiting second factor.
pub async fn use_step(tx: &mut Tx, user_id: i64, step: i64) -> Result<bool, sqlx::Error> {
    let taken = execute!(
        &mut *tx,
        "UPDATE second_factors SET last_step = $1, confirmed_at = COALESCE(confirmed_at, $2) \
         WHERE user_id = $3 AND last_step < $1",
        step,
        Utc::now(),
        user_id
    )?;
    Ok(taken == 1)
}

/// Replaces a person's recovery codes by these (hashed).
pub async fn set_recovery_codes(
    tx: &mut Tx,
    user_id: i64,
    hashes: &[String],
) -> Result<(), sqlx::Error> {
    execute!(
        &mut *tx,
        "DELETE FROM recovery_codes WHERE user_id = $1",
        user_id
    )?;
    for hash in hashes {
        execute!(
            &mut *tx,
            "INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES ($1, $2, NULL)",
            user_id,
            hash
        )?;
    }
    Ok(())
}

/// Uses a recovery code, once: false when it is not one of the person's unused codes.
pub async fn use_recovery_code(tx: &mut Tx, user_id: i64, hash: &str) -> Result<bool, sqlx::Error> {
    let used = execute!(
        &mut *tx,
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 \
         AND used_at IS NULL",
        Utc::now(),
        user_id,
        hash
    )?;
    Ok(used == 1)
}

pub async fn unused_recovery_codes(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        user_id
    )
}

/// Turns the second factor off: its secret and recovery codes go.
pub async fn remove_second_factor(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    execute!(
        &mut *tx,
        "DELETE FROM recovery_codes WHERE user_id = $1",
        user_id
    )?;
    execute!(
        &mut *tx,
        "DELETE FROM second_factors WHERE user_id = $1",
        user_id
    )?;
    Ok(())
}

/// The account's part in the rights of the people: the account itself, its tokens and its second
/// factor. Its erasure runs last: the account goes when the request reaches everywhere, or, for a
/// coordination's request, when nothing links it to anything any more.
pub struct AccountData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct AccountRow {
    email: String,
    display_name: String,
    lang: String,
    created_at: DateTime<Utc>,
    is_platform_admin: bool,
    is_regional_staff: bool,
    second_factor: bool,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct TokenRow {
    name: String,
    prefix: String,
    created_at: DateTime<Utc>,
    last_used_at: Option<DateTime<Utc>>,
    revoked_at: Option<DateTime<Utc>>,
}

#[async_trait]
impl PersonalData for AccountData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let (Some(user), Reach::Everywhere) = (person.user_id, reach) else {
            return Ok(Vec::new());
        };
        let account: Vec<AccountRow> = fetch_all!(
            &mut *tx,
            "SELECT email, display_name, lang, created_at, is_platform_admin, is_regional_staff, \
               EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = u.id \
                       AND f.confirmed_at IS NOT NULL) AS second_factor \
             FROM users u WHERE id = $1",
            user
        )?;
        let tokens: Vec<TokenRow> = fetch_all!(
            &mut *tx,
            "SELECT name, prefix, created_at, last_used_at, revoked_at FROM api_tokens \
             WHERE user_id = $1 ORDER BY id",
            user
        )?;
        Ok(vec![
            Section::of("personal-data-account", &account),
            Section::of("personal-data-api-tokens", &tokens),
        ])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let Some(user) = person.user_id else {
            return Ok(Vec::new());
        };
        if let Reach::In(_) = reach {
            // Another coordination's role or contact record, or a platform duty, still needs it.
            let linked: bool = scalar!(
                &mut *tx,
                "SELECT EXISTS (SELECT 1 FROM user_roles WHERE user_id = $1) \
                   OR EXISTS (SELECT 1 FROM member_contacts WHERE user_id = $1) \
                   OR EXISTS (SELECT 1 FROM users WHERE id = $1 \
                              AND (is_platform_admin OR is_regional_staff))",
                user
            )?;
            if linked {
                return Ok(vec![Erased::kept(
                    "personal-data-account",
                    1,
                    "erasure-why-account-linked",
                )]);
            }
        }
        let tokens: i64 = scalar!(
            &mut *tx,
            "SELECT COUNT(*) FROM api_tokens WHERE user_id = $1",
            user
        )?;
        let factor: i64 = scalar!(
            &mut *tx,
            "SELECT COUNT(*) FROM second_factors WHERE user_id = $1",
            user
        )?;
        let feeds: i64 = scalar!(
            &mut *tx,
            "SELECT COUNT(*) FROM calendar_feeds WHERE user_id = $1",
            user
        )?;
        // Tokens, second factor, recovery codes, reset links, calendar feeds and editor rights go
        // with the account (ON DELETE CASCADE); its sessions find no account and end.
        let removed = execute!(&mut *tx, "DELETE FROM users WHERE id = $1", user)?;
        Ok(vec![
            Erased::removed("personal-data-account", removed),
            Erased::removed("personal-data-api-tokens", tokens as u64),
            Erased::removed("personal-data-second-factor", factor as u64),
            Erased::removed("personal-data-calendar-feeds", feeds as u64),
        ])
    }
}

/// Accounts in the coordination export: they travel as the file's people (address, name,
/// language), never with what signs them in.
impl crate::platform::portable::Portable for AccountData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            stay: &[
                (
                    "users",
                    "travel as the file's people, matched by their address",
                ),
                ("sessions", "signed-in browsers of the old instance"),
                ("password_resets", "secret links of the old instance"),
                ("api_tokens", "secrets: made anew on the new instance"),
                ("second_factors", "enrolled again on the new instance"),
                ("recovery_codes", "made with the second factor"),
            ],
            ..Default::default()
        }
    }
}
