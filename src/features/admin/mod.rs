//! Platform administration: the mail outbox, readable in full when no SMTP server is configured
//! (the demo) and for tracing a delivery problem; the instance's settings.

mod settings;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Redirect};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

use crate::platform::auth::CurrentUser;
use crate::platform::mail::{self, AttemptRow, OutboxMessage, OutboxStatus, OutboxSummary};
use crate::platform::policy;
use crate::platform::web::PageRouter;
use crate::platform::web::{render, AppError, PageCtx, Pager, PAGE_SIZE};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/admin/outbox", get(outbox_without_lang))
        .page("/{lang}/admin/outbox", get(outbox))
        .page("/{lang}/admin/outbox/{id}", get(message))
        .page(
            "/{lang}/admin/settings",
            get(settings::show).post(settings::save),
        )
}

async fn outbox_without_lang(page: PageCtx) -> Redirect {
    Redirect::to(&page.href("/admin/outbox"))
}

#[derive(Deserialize)]
struct OutboxQuery {
    status: Option<String>,
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "features/admin/outbox.html")]
struct OutboxPage {
    page: PageCtx,
    rows: Vec<OutboxSummary>,
    pager: Pager,
    status: Option<OutboxStatus>,
}

impl OutboxPage {
    fn is_status(&self, status: &OutboxStatus) -> bool {
        self.status == Some(*status)
    }
}

async fn outbox(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Query(query): Query<OutboxQuery>,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    let status = query.status.and_then(|s| OutboxStatus::parse(&s).ok());
    let total = mail::count(&state.db, status).await?;
    let pager = Pager::new(
        query.page,
        total,
        PAGE_SIZE,
        &page.href("/admin/outbox"),
        &[(
            "status".into(),
            status.map_or("", OutboxStatus::as_str).into(),
        )],
    );
    let rows = mail::list(&state.db, status, PAGE_SIZE, pager.offset()).await?;
    render(&OutboxPage {
        page,
        rows,
        pager,
        status,
    })
}

#[derive(Template)]
#[template(path = "features/admin/message.html")]
struct MessagePage {
    page: PageCtx,
    outgoing: OutboxMessage,
    attempts: Vec<AttemptRow>,
}

async fn message(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    let (message, attempts) = mail::find(&state.db, id).await?.ok_or(AppError::NotFound)?;
    render(&MessagePage {
        page,
        outgoing: message,
        attempts,
    })
}
