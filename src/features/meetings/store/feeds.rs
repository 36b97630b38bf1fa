//! Private calendar feeds: one secret URL per person (its hash kept here), revocable. A feed is the
//! person's own, across coordinations; what it lists is read by `invited_to`.

use chrono::Utc;

use crate::platform::auth::hash_token;
use crate::platform::db::{Db, Tx};
use crate::{execute, fetch_optional};

/// Ends the person's live feed, if any.
pub async fn revoke(tx: &mut Tx, user_id: i64) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE calendar_feeds SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        Utc::now(),
        user_id
    )
}

/// Gives the person a new feed (after [`revoke`] in the same transaction).
pub async fn create(tx: &mut Tx, user_id: i64, token: &str) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO calendar_feeds (user_id, token_hash, created_at, revoked_at) \
         VALUES ($1, $2, $3, NULL)",
        user_id,
        hash_token(token),
        Utc::now()
    )
}

/// The owner of a live feed: their account and language.
pub async fn owner(db: &Db, token: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT u.id, u.lang FROM calendar_feeds f JOIN users u ON u.id = f.user_id \
         WHERE f.token_hash = $1 AND f.revoked_at IS NULL",
        hash_token(token)
    )
}
