//! Accounts, sessions and API tokens: who is making the request.

use std::net::{IpAddr, SocketAddr};

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tower_sessions::Session;

use crate::domain::{Email, Lang, Password};
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Role;
use crate::platform::web::AppError;
use crate::platform::AppState;
use crate::{with_db, with_tx};

#[derive(Clone, Debug)]
pub struct RoleGrant {
    pub coordination_id: i64,
    pub slug: String,
    pub name_fr: String,
    pub name_nl: String,
    pub role: Role,
}

/// The signed-in person, with their roles in every coordination.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub lang: Lang,
    pub is_platform_admin: bool,
    /// Regional staff read the aggregates across every coordination (the regional view).
    pub is_regional_staff: bool,
    pub roles: Vec<RoleGrant>,
}

impl CurrentUser {
    pub fn has_role(&self, coordination_id: i64, role: Role) -> bool {
        self.roles
            .iter()
            .any(|g| g.coordination_id == coordination_id && g.role == role)
    }

    pub fn has_any_role(&self, coordination_id: i64) -> bool {
        self.roles
            .iter()
            .any(|g| g.coordination_id == coordination_id)
    }

    /// The coordinations the user belongs to, each once.
    pub fn coordinations(&self) -> Vec<&RoleGrant> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for grant in &self.roles {
            if !seen.contains(&grant.coordination_id) {
                seen.push(grant.coordination_id);
                out.push(grant);
            }
        }
        out
    }

    /// How the audit log names this person.
    pub fn label(&self) -> String {
        format!("{} <{}>", self.display_name, self.email)
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub lang: String,
    pub is_platform_admin: bool,
    pub is_regional_staff: bool,
    pub active: bool,
    pub session_epoch: i64,
}

const USER_COLUMNS: &str =
    "id, email, display_name, password_hash, lang, is_platform_admin, is_regional_staff, active, session_epoch";

pub async fn find_user_by_email(db: &Db, email: &Email) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(email.as_str())
        .fetch_optional(p)
        .await)
}

/// The same, read inside a transaction (it does not wait on the pool while the transaction holds
/// SQLite's write lock).
pub async fn find_user_by_email_in(
    tx: &mut Tx,
    email: &Email,
) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
    crate::fetch_optional!(tx, &sql, email.as_str())
}

/// The account with this id (active or not).
pub async fn user_by_id(db: &Db, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    find_user(db, id).await
}

async fn find_user(db: &Db, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(p)
        .await)
}

/// The account with this id, read in the caller's transaction.
pub async fn find_user_in(tx: &mut Tx, id: i64) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    crate::fetch_optional!(tx, &sql, id)
}

#[derive(sqlx::FromRow)]
struct GrantRow {
    coordination_id: i64,
    role: String,
    slug: String,
    name_fr: String,
    name_nl: String,
}

/// The account of `row` with its roles, as it would be signed in.
pub async fn account(db: &Db, row: &UserRow) -> Result<CurrentUser, sqlx::Error> {
    load_user(db, row.clone()).await
}

async fn load_user(db: &Db, row: UserRow) -> Result<CurrentUser, sqlx::Error> {
    let grants: Vec<GrantRow> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT r.coordination_id, r.role, c.slug, c.name_fr, c.name_nl FROM user_roles r \
         JOIN coordinations c ON c.id = r.coordination_id WHERE r.user_id = $1 ORDER BY c.slug, r.role"
    )
    .bind(row.id)
    .fetch_all(p)
    .await
    })?;
    Ok(CurrentUser {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        lang: Lang::parse(&row.lang).unwrap_or_default(),
        is_platform_admin: row.is_platform_admin,
        is_regional_staff: row.is_regional_staff,
        roles: grants
            .into_iter()
            .filter_map(|g| {
                Some(RoleGrant {
                    coordination_id: g.coordination_id,
                    role: Role::parse(&g.role).ok()?,
                    slug: g.slug,
                    name_fr: g.name_fr,
                    name_nl: g.name_nl,
                })
            })
            .collect(),
    })
}

pub async fn hash_password(password: &Password) -> anyhow::Result<String> {
    let password = password.expose().to_owned();
    // Argon2 is deliberately slow: keep it off the async executor.
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
    })
    .await?
}

/// A hash of a random password, verified against when the account does not exist so that a login
/// takes as long for an unknown address as for a wrong password.
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(b"no such account here", &salt)
        .expect("hashing works")
        .to_string()
});

async fn verify_password(hash: Option<String>, candidate: String) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.clone());
        let parsed =
            PasswordHash::new(&hash).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
        Ok(Argon2::default()
            .verify_password(candidate.as_bytes(), &parsed)
            .is_ok())
    })
    .await?
}

/// The active account with this email and password, if any.
#[tracing::instrument(skip_all)]
pub async fn authenticate(
    db: &Db,
    email: &Email,
    password: &str,
) -> Result<Option<UserRow>, AppError> {
    let row = find_user_by_email(db, email).await?;
    let hash = row
        .as_ref()
        .filter(|r| r.active)
        .and_then(|r| r.password_hash.clone());
    let ok = verify_password(hash.clone(), password.to_owned()).await?;
    Ok(row.filter(|_| ok && hash.is_some()))
}

#[derive(Debug, Serialize, Deserialize)]
struct SessionAuth {
    uid: i64,
    epoch: i64,
    auth_at: DateTime<Utc>,
}

const AUTH_KEY: &str = "auth";

/// Signs the user in: a fresh session id (no fixation), and the user's session epoch so that a
/// password change signs out every other session.
pub async fn start_session(session: &Session, user: &UserRow) -> Result<(), AppError> {
    session.cycle_id().await?;
    // A token an attacker planted before sign-in (or read from the anonymous session) must not
    // carry over into the signed-in one: the next page gets a fresh token.
    crate::platform::web::forget_csrf_token(session).await?;
    session
        .insert(
            AUTH_KEY,
            SessionAuth {
                uid: user.id,
                epoch: user.session_epoch,
                auth_at: Utc::now(),
            },
        )
        .await?;
    Ok(())
}

pub async fn end_session(session: &Session) -> Result<(), AppError> {
    session.flush().await?;
    Ok(())
}

#[derive(Clone)]
struct CachedUser(Option<CurrentUser>);

/// The signed-in user of this request, loaded once per request.
pub async fn current_user(
    parts: &mut Parts,
    state: &AppState,
) -> Result<Option<CurrentUser>, AppError> {
    if let Some(CachedUser(user)) = parts.extensions.get::<CachedUser>() {
        return Ok(user.clone());
    }
    let session = Session::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::Internal(anyhow::anyhow!("session layer missing")))?;
    let user = user_from_session(&session, state).await?;
    parts.extensions.insert(CachedUser(user.clone()));
    Ok(user)
}

/// Whether the session carries a sign-in (still valid or not): its forms then need the session's
/// own CSRF token.
pub async fn signed_in(session: &Session) -> Result<bool, tower_sessions::session::Error> {
    Ok(session.get::<SessionAuth>(AUTH_KEY).await?.is_some())
}

/// The user a session is signed in as, if the sign-in is still valid: within the absolute
/// timeout, account active, password unchanged since.
pub async fn user_from_session(
    session: &Session,
    state: &AppState,
) -> Result<Option<CurrentUser>, AppError> {
    let Some(auth) = session.get::<SessionAuth>(AUTH_KEY).await? else {
        return Ok(None);
    };
    let fresh = Utc::now() - auth.auth_at < Duration::hours(state.config.session_absolute_hours);
    let row = if fresh {
        find_user(&state.db, auth.uid).await?
    } else {
        None
    };
    match row {
        Some(row) if row.active && row.session_epoch == auth.epoch => {
            Ok(Some(load_user(&state.db, row).await?))
        }
        _ => {
            // Expired, deactivated or signed out elsewhere: forget the session entirely.
            session.flush().await?;
            Ok(None)
        }
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        current_user(parts, state)
            .await?
            .ok_or(AppError::Unauthenticated)
    }
}

/// The caller of a JSON API route: a personal API token (`Authorization: Bearer …`), or nobody.
pub struct ApiCaller(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            return Ok(ApiCaller(None));
        };
        let token = header
            .to_str()
            .ok()
            .and_then(|h| h.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthenticated)?;
        let token_hash = hash_token(token.trim());
        let now = Utc::now();
        let user_id: Option<i64> = with_db!(&state.db, |p| {
            sqlx::query_scalar(
            "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL \
             AND session_epoch = (SELECT session_epoch FROM users WHERE users.id = api_tokens.user_id) \
             RETURNING user_id"
        )
        .bind(now)
        .bind(&token_hash)
        .fetch_optional(p)
        .await
        })?;
        let row = match user_id {
            Some(id) => find_user(&state.db, id).await?.filter(|r| r.active),
            None => None,
        };
        match row {
            Some(row) => Ok(ApiCaller(Some(load_user(&state.db, row).await?))),
            None => Err(AppError::Unauthenticated),
        }
    }
}

/// A random secret for links and tokens (URL-safe).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Tokens are stored hashed: a leaked database does not hand out working links or API access.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ApiTokenRow {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

pub async fn create_api_token(
    tx: &mut Tx,
    user_id: i64,
    name: &str,
) -> Result<String, sqlx::Error> {
    let token = format!("socius_{}", random_token());
    let prefix: String = token.chars().take(14).collect();
    crate::execute!(
        tx,
        "INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at, session_epoch) \
         SELECT $1, $2, $3, $4, $5, session_epoch FROM users WHERE id = $1",
        user_id,
        name,
        hash_token(&token),
        &prefix,
        Utc::now()
    )?;
    Ok(token)
}

pub async fn list_api_tokens(db: &Db, user_id: i64) -> Result<Vec<ApiTokenRow>, sqlx::Error> {
    with_db!(db, |p| sqlx::query_as(
        "SELECT id, name, prefix, created_at, last_used_at FROM api_tokens \
         WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id"
    )
    .bind(user_id)
    .fetch_all(p)
    .await)
}

/// Revokes one of the user's own tokens; false when there was none with that id.
pub async fn revoke_api_token(
    tx: &mut Tx,
    user_id: i64,
    token_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = with_tx!(tx, |c| {
        sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL"
    )
    .bind(Utc::now())
    .bind(token_id)
    .bind(user_id)
    .execute(c).await.map(|r| r.rows_affected())
    })?;
    Ok(done == 1)
}

/// Locks an account (`locked`): it is signed out everywhere (its sessions find a new epoch), its
/// API tokens, calendar feeds and reset links are revoked, and it cannot sign in; or unlocks it,
/// which gives back only the sign-in (new tokens and feeds are made anew).
pub async fn set_locked(tx: &mut Tx, user_id: i64, locked: bool) -> Result<bool, sqlx::Error> {
    let changed = crate::execute!(
        &mut *tx,
        "UPDATE users SET active = $1, \
           session_epoch = session_epoch + CASE WHEN $1 THEN 0 ELSE 1 END \
         WHERE id = $2 AND active = $3",
        !locked,
        user_id,
        locked
    )?;
    if locked && changed == 1 {
        evict_credentials(tx, user_id).await?;
    }
    Ok(changed == 1)
}

/// Whether `user_id` is the only active platform admin: erasing them would leave the instance
/// without anyone to administer it.
pub async fn is_last_admin(db: &Db, user_id: i64) -> Result<bool, sqlx::Error> {
    crate::scalar!(
        db,
        "SELECT EXISTS (SELECT 1 FROM users WHERE id = $1 AND is_platform_admin) \
           AND NOT EXISTS (SELECT 1 FROM users WHERE id <> $1 AND is_platform_admin AND active)",
        user_id
    )
}

/// Whether locking `user_id` reaches beyond the coordination of `tenant`: a role elsewhere, or
/// platform staff.
pub async fn reaches_beyond(
    db: &Db,
    tenant: &crate::platform::policy::Tenant,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    crate::scalar!(
        db,
        "SELECT EXISTS (SELECT 1 FROM user_roles WHERE user_id = $1 AND coordination_id <> $2) \
           OR EXISTS (SELECT 1 FROM users WHERE id = $1 \
                      AND (is_platform_admin OR is_regional_staff))",
        user_id,
        tenant.id()
    )
}

/// How long a password-reset or invitation link works.
pub const RESET_VALIDITY: Duration = Duration::hours(2);
pub const INVITATION_VALIDITY: Duration = Duration::days(7);

/// Deletes the password links (resets and invitations to choose one) that were used or have
/// expired: they open nothing any more.
pub async fn forget_spent_links(db: &Db, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    crate::execute!(
        db,
        "DELETE FROM password_resets WHERE used_at IS NOT NULL OR expires_at < $1",
        now
    )
}

/// A single-use link token that lets its holder set the account's password.
pub async fn create_password_reset(
    tx: &mut Tx,
    user_id: i64,
    validity: Duration,
) -> Result<String, sqlx::Error> {
    let token = random_token();
    let now = Utc::now();
    with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO password_resets (user_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(user_id)
    .bind(hash_token(&token))
    .bind(now + validity)
    .bind(now)
    .execute(c).await.map(|r| r.rows_affected())
    })?;
    Ok(token)
}

/// The user a still-valid, unused reset token belongs to (without using it up).
pub async fn peek_password_reset(db: &Db, token: &str) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_scalar(
        "SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2"
    )
    .bind(hash_token(token))
    .bind(Utc::now())
    .fetch_optional(p)
    .await
    })
}

/// Uses the token up and sets the password; the conditional update makes a token work only once
/// even when two requests race.
pub async fn consume_password_reset(
    tx: &mut Tx,
    token: &str,
    new_hash: &str,
) -> Result<Option<Reset>, sqlx::Error> {
    let now = Utc::now();
    let user_id: Option<i64> = with_tx!(tx, |c| {
        sqlx::query_scalar(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id"
    )
    .bind(now)
    .bind(hash_token(token))
    .fetch_optional(c)
    .await
    })?;
    let Some(user_id) = user_id else {
        return Ok(None);
    };
    set_password_hash(tx, user_id, new_hash).await?;
    let evicted = evict_credentials(tx, user_id).await?;
    Ok(Some(Reset { user_id, evicted }))
}

/// A password reset that went through: whose, and what of theirs it revoked.
pub struct Reset {
    pub user_id: i64,
    /// Personal API tokens revoked (the person is told).
    pub evicted: u64,
}

/// A reset is how a person takes their account back: besides the other sessions (the new
/// password's epoch), every other reset link, every personal API token and the private calendar
/// feed stop working, so an intruder keeps nothing. Returns how many API tokens were revoked.
async fn evict_credentials(tx: &mut Tx, user_id: i64) -> Result<u64, sqlx::Error> {
    let now = Utc::now();
    crate::execute!(
        &mut *tx,
        "UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL",
        now,
        user_id
    )?;
    crate::execute!(
        &mut *tx,
        "UPDATE calendar_feeds SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        now,
        user_id
    )?;
    crate::execute!(
        tx,
        "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        now,
        user_id
    )
}

/// Stores a new password hash and signs out every existing session of the account.
pub async fn set_password_hash(
    tx: &mut Tx,
    user_id: i64,
    new_hash: &str,
) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE users SET password_hash = $1, session_epoch = session_epoch + 1 WHERE id = $2"
    )
    .bind(new_hash)
    .bind(user_id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

pub struct NewUser<'a> {
    pub email: &'a Email,
    pub display_name: &'a str,
    pub lang: Lang,
    pub password_hash: Option<&'a str>,
    pub is_platform_admin: bool,
}

pub async fn create_user(tx: &mut Tx, new: &NewUser<'_>) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO users (email, display_name, password_hash, lang, is_platform_admin, active, session_epoch, created_at) \
         VALUES ($1, $2, $3, $4, $5, TRUE, 0, $6) RETURNING id"
    )
    .bind(new.email.as_str())
    .bind(new.display_name)
    .bind(new.password_hash)
    .bind(new.lang.code())
    .bind(new.is_platform_admin)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })
}

/// Makes a user regional staff (or no longer).
pub async fn set_regional_staff(tx: &mut Tx, user_id: i64, on: bool) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE users SET is_regional_staff = $1 WHERE id = $2"
    )
    .bind(on)
    .bind(user_id)
    .execute(c)
    .await
    .map(|_| ()))
}

/// Grants a role; granting one the user already holds changes nothing and returns false.
pub async fn grant_role(
    tx: &mut Tx,
    user_id: i64,
    coordination_id: i64,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let done = with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO user_roles (user_id, coordination_id, role, granted_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, coordination_id, role) DO NOTHING"
    )
    .bind(user_id)
    .bind(coordination_id)
    .bind(role.as_str())
    .bind(Utc::now())
    .execute(c).await.map(|r| r.rows_affected())
    })?;
    Ok(done == 1)
}

pub async fn revoke_role(
    tx: &mut Tx,
    user_id: i64,
    coordination_id: i64,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let done = with_tx!(tx, |c| sqlx::query(
        "DELETE FROM user_roles WHERE user_id = $1 AND coordination_id = $2 AND role = $3"
    )
    .bind(user_id)
    .bind(coordination_id)
    .bind(role.as_str())
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

pub async fn set_display_name(tx: &mut Tx, user_id: i64, name: &str) -> Result<(), sqlx::Error> {
    crate::execute!(
        tx,
        "UPDATE users SET display_name = $1 WHERE id = $2",
        name,
        user_id
    )?;
    Ok(())
}

pub async fn set_user_lang(tx: &mut Tx, user_id: i64, lang: Lang) -> Result<(), sqlx::Error> {
    with_tx!(tx, |c| sqlx::query(
        "UPDATE users SET lang = $1 WHERE id = $2"
    )
    .bind(lang.code())
    .bind(user_id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The client's address: the socket peer, or — behind proxies Socius is told to trust — the
/// address the outermost of them saw (see [`forwarded_client`]).
pub struct ClientIp(pub Option<IpAddr>);

/// The client address in `X-Forwarded-For` behind `hops` trusted proxies: each proxy appends the
/// address it received the request from, so the last `hops` entries are written by our proxies
/// and the one they name first is the client; entries further left come from the client itself
/// and can say anything. Every `X-Forwarded-For` header counts, in order.
pub fn forwarded_client<'a>(headers: impl Iterator<Item = &'a str>, hops: usize) -> Option<IpAddr> {
    let entries: Vec<&str> = headers
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    let index = entries.len().checked_sub(hops.max(1))?;
    entries[index].parse().ok()
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config.trust_proxy {
            let headers = parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok());
            if let Some(client) = forwarded_client(headers, state.config.proxy_hops) {
                return Ok(ClientIp(Some(client)));
            }
        }
        Ok(ClientIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

impl ClientIp {
    pub fn label(&self) -> String {
        self.0
            .map(|ip| ip.to_string())
            .unwrap_or_else(|| "unknown".into())
    }
}

#[cfg(test)]
mod tests {
    use super::forwarded_client;

    #[test]
    fn the_client_is_what_our_proxies_saw_not_what_the_client_wrote() {
        let one = |headers: &[&str]| forwarded_client(headers.iter().copied(), 1);
        assert_eq!(one(&["203.0.113.7"]), "203.0.113.7".parse().ok());
        // A client that writes its own header cannot choose its address.
        assert_eq!(one(&["1.2.3.4, 203.0.113.7"]), "203.0.113.7".parse().ok());
        assert_eq!(one(&["9.9.9.9", "203.0.113.7"]), "203.0.113.7".parse().ok());
        assert_eq!(one(&[]), None);
        assert_eq!(one(&["not-an-address"]), None);
        // Two proxies: the outer one's entry is second from the right.
        let two = forwarded_client(["1.2.3.4, 203.0.113.7, 10.0.0.2"].into_iter(), 2);
        assert_eq!(two, "203.0.113.7".parse().ok());
        assert_eq!(forwarded_client(["203.0.113.7"].into_iter(), 2), None);
    }
}
