//! Private calendar feeds: each person gets a secret URL listing the meetings they are invited to,
//! for their calendar program; creating a new one revokes the old one.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono::Utc;
use tower_sessions::Session;

use super::invitations::event;
use super::{Meeting, MEETING_COLUMNS};
use crate::domain::Lang;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::{hash_token, random_token, CurrentUser};
use crate::platform::ical::{self, Method};
use crate::platform::tenancy;
use crate::platform::web::{commit_audited, render, AppError, PageCtx};
use crate::platform::AppState;
use crate::{with_db, with_tx};

#[derive(Template)]
#[template(path = "features/meetings/feed.html")]
struct FeedPage {
    page: PageCtx,
    url: Option<String>,
}

/// Shows whether the person has a feed, and the form to make one.
pub async fn show(page: PageCtx, _user: CurrentUser) -> Result<Html<String>, AppError> {
    render(&FeedPage { page, url: None })
}

/// Makes a new secret feed URL (shown once) and revokes the previous one.
pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    let token = random_token();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE calendar_feeds SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL"
    )
    .bind(now)
    .bind(user.id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    with_tx!(&mut tx, |c| {
        sqlx::query("INSERT INTO calendar_feeds (user_id, token_hash, created_at, revoked_at) VALUES ($1, $2, $3, NULL)")
        .bind(user.id)
        .bind(hash_token(&token))
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected())
    })?;
    crate::platform::audit::record(
        &mut tx,
        AuditEntry::new("calendar_feed.created")
            .by(&user)
            .on("user", user.id),
    )
    .await?;
    tx.commit().await?;
    let url = format!("{}/ical/private/{token}", state.config.base_url());
    render(&FeedPage {
        page,
        url: Some(url),
    })
}

pub async fn revoke(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE calendar_feeds SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL"
    )
    .bind(Utc::now())
    .bind(user.id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    commit_audited(
        tx,
        AuditEntry::new("calendar_feed.revoked")
            .by(&user)
            .on("user", user.id),
        &session,
        "flash-feed-revoked",
        &page.href("/calendar"),
    )
    .await
}

/// The feed itself: meetings (published or cancelled) the person is invited to, in every
/// coordination.
pub async fn feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let owner: Option<(String, String)> = with_db!(&state.db, |p| {
        sqlx::query_as(
        "SELECT u.email, u.lang FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1 AND f.revoked_at IS NULL"
    )
    .bind(hash_token(&token))
    .fetch_optional(p)
    .await
    })?;
    let (email, lang) = owner.ok_or(AppError::NotFound)?;
    let lang = Lang::parse(&lang).unwrap_or_default();
    let columns = MEETING_COLUMNS
        .split(", ")
        .map(|c| format!("m.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {columns}, m.coordination_id FROM meetings m JOIN invitations i ON i.meeting_id = m.id \
         WHERE LOWER(i.email) = LOWER($1) AND m.status <> 'draft' ORDER BY m.starts_at"
    );
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        meeting: Meeting,
        coordination_id: i64,
    }
    let rows: Vec<Row> = with_db!(&state.db, |p| sqlx::query_as(&sql)
        .bind(&email)
        .fetch_all(p)
        .await)?;
    let coordinations = tenancy::list(&state.db).await?;
    let events: Vec<ical::Event> = rows
        .iter()
        .filter_map(|r| {
            let coordination = coordinations.iter().find(|c| c.id == r.coordination_id)?;
            Some(event(&r.meeting, coordination, lang, String::new()))
        })
        .collect();
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        ical::calendar(Method::Publish, &events),
    )
        .into_response())
}
