//! The few statements of signing in that are not the platform's (accounts, sessions and tokens
//! live in `platform::auth`).

use crate::platform::db::Db;
use crate::scalar_optional;

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
