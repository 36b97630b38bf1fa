//! Private calendar feeds: each person gets a secret URL listing the meetings they are invited to,
//! for their calendar program; creating a new one revokes the old one.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::Session;

use super::invitations::event;
use super::store::{self as meetings, feeds as store};
use crate::domain::Lang;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::{random_token, CurrentUser};
use crate::platform::ical::{self, Method};
use crate::platform::tenancy;
use crate::platform::web::{commit_audited, render, AppError, PageCtx};
use crate::platform::AppState;

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
    let mut tx = state.db.begin().await?;
    store::revoke(&mut tx, user.id).await?;
    store::create(&mut tx, user.id, &token).await?;
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
    store::revoke(&mut tx, user.id).await?;
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
    let (user_id, lang) = store::owner(&state.db, &token)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = Lang::parse(&lang).unwrap_or_default();
    let rows = meetings::invited_to(&state.db, user_id).await?;
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
