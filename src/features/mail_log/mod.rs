//! The mail log: every message Socius queued, to whom, when, and what became of it — waiting,
//! being retried, sent, or given up on with the mail server's answer — searchable by recipient,
//! and a message given up on sent again. Coordinators read their coordination's
//! (`/{lang}/{coord}/mail`); the platform admin reads the whole outbox (`/{lang}/admin/outbox`),
//! also readable in full when no SMTP server is configured (the demo). Secret links are never
//! shown (`mail::secrets`); bodies are emptied after the retention period, the log stays.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use tower_sessions::Session;

use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::mail::{
    self, AttemptRow, MailFilter, MailScope, OutboxMessage, OutboxStatus, OutboxSummary,
};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::PageRouter;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FlashKind, Id, PageCtx, Pager, PAGE_SIZE,
};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/admin/outbox", get(outbox_without_lang))
        .page("/{lang}/admin/outbox", get(platform_list))
        .page("/{lang}/admin/outbox/{id}", get(platform_message))
        .page("/{lang}/admin/outbox/{id}/retry", post(platform_retry))
        .page("/{lang}/{coord}/mail", get(coordination_list))
        .page("/{lang}/{coord}/mail/{id}", get(coordination_message))
        .page("/{lang}/{coord}/mail/{id}/retry", post(coordination_retry))
}

async fn outbox_without_lang(page: PageCtx) -> Redirect {
    Redirect::to(&page.href("/admin/outbox"))
}

/// Which log a page shows: its scope and where it lives.
struct Log<'a> {
    scope: MailScope<'a>,
    /// The list's address; a message is at `{base}/{id}`.
    base: String,
}

impl Log<'_> {
    fn platform(page: &PageCtx) -> Log<'static> {
        Log {
            scope: MailScope::Platform,
            base: page.href("/admin/outbox"),
        }
    }
}

fn coordination_log<'a>(page: &PageCtx, tenant: &'a Tenant) -> Log<'a> {
    Log {
        scope: MailScope::Coordination(tenant),
        base: page.chref("/mail"),
    }
}

#[derive(Deserialize)]
struct ListQuery {
    status: Option<String>,
    #[serde(default)]
    q: String,
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "features/mail_log/list.html")]
struct ListPage {
    page: PageCtx,
    base: String,
    rows: Vec<OutboxSummary>,
    pager: Pager,
    status: Option<OutboxStatus>,
    q: String,
}

impl ListPage {
    fn is_status(&self, status: &OutboxStatus) -> bool {
        self.status == Some(*status)
    }
}

async fn list(
    state: &AppState,
    page: PageCtx,
    log: Log<'_>,
    query: ListQuery,
) -> Result<Html<String>, AppError> {
    let status = query.status.and_then(|s| OutboxStatus::parse(&s).ok());
    let filter = MailFilter {
        status,
        recipient: &query.q,
    };
    let total = mail::count(&state.db, log.scope, filter).await?;
    let pager = Pager::new(
        query.page,
        total,
        PAGE_SIZE,
        &log.base,
        &[
            (
                "status".into(),
                status.map_or("", OutboxStatus::as_str).into(),
            ),
            ("q".into(), query.q.clone()),
        ],
    );
    let rows = mail::list(&state.db, log.scope, filter, (PAGE_SIZE, pager.offset())).await?;
    render(&ListPage {
        page,
        base: log.base,
        rows,
        pager,
        status,
        q: query.q,
    })
}

#[derive(Template)]
#[template(path = "features/mail_log/message.html")]
struct MessagePage {
    page: PageCtx,
    base: String,
    outgoing: OutboxMessage,
    attempts: Vec<AttemptRow>,
}

async fn message(
    state: &AppState,
    page: PageCtx,
    log: Log<'_>,
    id: i64,
) -> Result<Html<String>, AppError> {
    let (outgoing, attempts) = mail::find(&state.db, log.scope, id)
        .await?
        .ok_or(AppError::NotFound)?;
    render(&MessagePage {
        page,
        base: log.base,
        outgoing,
        attempts,
    })
}

/// Sends a message given up on again (the worker takes it at once), audited.
async fn retry(
    state: &AppState,
    session: &Session,
    (user, log): (&CurrentUser, Log<'_>),
    id: i64,
) -> Result<Response, AppError> {
    let back = format!("{}/{id}", log.base);
    let mut tx = state.db.begin().await?;
    if mail::send_again(&mut tx, log.scope, id).await? == 0 {
        tx.rollback().await?;
        // Not failed (any more), or not in this log.
        mail::find(&state.db, log.scope, id)
            .await?
            .ok_or(AppError::NotFound)?;
        return redirect_with_flash(session, FlashKind::Error, "flash-mail-not-failed", &back)
            .await;
    }
    let entry = AuditEntry::new("mail.sent_again").by(user).on("outbox", id);
    let entry = match log.scope {
        MailScope::Coordination(tenant) => entry.in_coordination(tenant.id()),
        MailScope::Platform => entry,
    };
    commit_audited(tx, entry, session, "flash-mail-sent-again", &back).await
}

async fn platform_list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    let log = Log::platform(&page);
    list(&state, page, log, query).await
}

async fn platform_message(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    let log = Log::platform(&page);
    message(&state, page, log, id).await
}

async fn platform_retry(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    policy::authorize_platform(Some(&user))?;
    let log = Log::platform(&page);
    retry(&state, &session, (&user, log), id).await
}

async fn coordination_list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ReadMailLog, &coordination)?;
    let page = page.with_coordination(coordination.as_ref());
    let log = coordination_log(&page, &tenant);
    list(&state, page, log, query).await
}

async fn coordination_message(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ReadMailLog, &coordination)?;
    let page = page.with_coordination(coordination.as_ref());
    let log = coordination_log(&page, &tenant);
    message(&state, page, log, id).await
}

async fn coordination_retry(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ReadMailLog, &coordination)?;
    let page = page.with_coordination(coordination.as_ref());
    let log = coordination_log(&page, &tenant);
    retry(&state, &session, (&user, log), id).await
}
