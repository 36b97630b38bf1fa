//! How the coordination is governed, for everyone: its bodies — the plenary of every member, the
//! steering group, the working groups — with what they are for and who sits in them as far as it
//! is public: the organisations that agreed to be listed, the chair when an organisation holds it;
//! persons are counted, never named.

use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::features::membership::store::bodies::{self, Body, SeatRole};
use crate::platform::web::{render, AppError, CoordPage, PageCtx};
use crate::platform::AppState;

/// A body and its public composition.
pub struct Governing {
    pub body: Body,
    /// The organisation in the chair, when one holds it and is listed.
    pub chair: Option<String>,
    /// The listed organisations with a seat (the chair's included).
    pub organisations: Vec<String>,
    /// Seats held by persons or by organisations not listed.
    pub others: usize,
}

#[derive(Template)]
#[template(path = "features/membership/governance.html")]
struct GovernancePage {
    page: PageCtx,
    bodies: Vec<Governing>,
}

pub async fn page(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
) -> Result<Html<String>, AppError> {
    let seats = bodies::public_seats(&state.db, &coordination).await?;
    let bodies = bodies::governing(&state.db, &coordination)
        .await?
        .into_iter()
        .map(|body| {
            let here: Vec<_> = seats.iter().filter(|s| s.body_id == body.id).collect();
            let chair = here
                .iter()
                .find(|s| s.role == SeatRole::Chair)
                .and_then(|s| s.organization.clone());
            let mut organisations: Vec<String> =
                here.iter().filter_map(|s| s.organization.clone()).collect();
            organisations.dedup();
            let others = here.iter().filter(|s| s.organization.is_none()).count();
            Governing {
                body,
                chair,
                organisations,
                others,
            }
        })
        .collect();
    render(&GovernancePage { page, bodies })
}
