//! The few statements of signing in that are not the platform's (accounts, sessions and tokens
//! live in `platform::auth`).

use chrono::{DateTime, Utc};

use crate::platform::db::{Db, Tx};
use crate::{execute, fetch_optional, scalar, scalar_optional};

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
