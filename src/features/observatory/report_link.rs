//! Reporting from the personal link of a round's letter: the contact person of a member
//! organisation reports its signals in that round without an account, until the round's deadline
//! and while the organisation is a member. Each form the link shows saves one signal, once.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::signals::{blank_page, save_form, KindQuery, Reporter, Through};
use super::store::links::{self, LinkFacts};
use super::store::rounds::RoundStatus;
use super::store::SignalKind;
use crate::features::membership::store::{membership, MembershipStatus};
use crate::platform::db::Db;
use crate::platform::i18n::today;
use crate::platform::policy::{self, ReportLink};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{render, AppError, Form, FormOnce, FormValues, PageCtx, Word};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/observatory/link_closed.html")]
struct LinkClosedPage {
    page: PageCtx,
}

/// The reporter a link stands for, when the policy lets it open.
async fn reporter(
    db: &Db,
    coordination: &Coordination,
    token: &str,
) -> Result<Option<Reporter>, AppError> {
    let facts = links::by_token(db, coordination, token).await?;
    let link = facts.as_ref().map(|f: &LinkFacts| ReportLink {
        round_open: f.round_status == RoundStatus::Open,
        deadline: f.deadline,
        today: today(),
        member: f.membership_status == MembershipStatus::Member,
    });
    let (Ok(tenant), Some(facts)) = (policy::authorize_report_link(coordination, link), facts)
    else {
        return Ok(None);
    };
    let own = membership(db, &tenant, facts.membership_id).await?;
    Ok(Some(Reporter {
        tenant,
        membership: own,
        coordinator: false,
        through: Through::Link {
            token: token.to_string(),
            contact_name: facts.contact_name,
            round_id: facts.round_id,
        },
    }))
}

/// A link that no longer opens says why it may be and where to go instead (410).
fn closed(page: PageCtx, coordination: &Coordination) -> Result<Response, AppError> {
    let page = page.with_coordination(coordination.as_ref());
    Ok((StatusCode::GONE, render(&LinkClosedPage { page })?).into_response())
}

pub async fn form(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Word { word: token }): Path<Word>,
    Query(query): Query<KindQuery>,
) -> Result<Response, AppError> {
    let Some(reporter) = reporter(&state.db, &coordination, &token).await? else {
        return closed(page, &coordination);
    };
    let kind = SignalKind::parse(&query.kind).unwrap_or(SignalKind::Need);
    let view = blank_page(&state.db, page, &coordination, &reporter, kind).await?;
    Ok(render(&view)?.into_response())
}

pub async fn save(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Word { word: token }): Path<Word>,
    once: FormOnce,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(reporter) = reporter(&state.db, &coordination, &token).await? else {
        return closed(page, &coordination);
    };
    save_form(
        &state,
        page,
        coordination,
        reporter,
        (FormValues(pairs), once),
        None,
    )
    .await
}
