//! Figures per body and year for the activity report: meetings held, people invited and present,
//! attendance rate, organisations represented — on a page and in the API.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use axum::Json;
use chrono::{Datelike, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use serde::{Deserialize, Serialize};

use super::store;
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{self, CoordPath};
use crate::platform::web::{self, render, AppError, PageCtx};
use crate::platform::AppState;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct BodyFigures {
    pub body_id: i64,
    pub name_fr: String,
    pub name_nl: String,
    pub meetings_held: i64,
    pub invited: i64,
    /// Invited people there in person.
    pub present: i64,
    /// Invited people whose organisation a colleague represented.
    pub represented: i64,
    /// People who came without an invitation.
    pub walk_ins: i64,
    /// Present or represented among those invited, 0 to 1.
    pub attendance_rate: f64,
    /// Organisations there, in person or represented.
    pub organisations_represented: i64,
}

impl BodyFigures {
    pub fn rate_percent(&self) -> String {
        format!("{:.0} %", self.attendance_rate * 100.0)
    }
}

/// Meetings held in `year` (Brussels calendar year, not cancelled, already started).
pub async fn figures(db: &Db, tenant: &Tenant, year: i32) -> Result<Vec<BodyFigures>, AppError> {
    let start = Brussels
        .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .single()
        .map(|d| d.with_timezone(&Utc));
    let end = Brussels
        .with_ymd_and_hms(year + 1, 1, 1, 0, 0, 0)
        .single()
        .map(|d| d.with_timezone(&Utc));
    let (Some(start), Some(end)) = (start, end) else {
        return Ok(Vec::new());
    };
    let now = Utc::now().min(end);
    let rows = store::attendance_by_body(db, tenant, (start, now)).await?;
    Ok(rows
        .into_iter()
        .map(|row| BodyFigures {
            attendance_rate: match row.invited {
                0 => 0.0,
                invited => (row.present + row.represented) as f64 / invited as f64,
            },
            body_id: row.body_id,
            name_fr: row.name_fr,
            name_nl: row.name_nl,
            meetings_held: row.held,
            invited: row.invited,
            present: row.present,
            represented: row.represented,
            walk_ins: row.walk_ins,
            organisations_represented: row.organisations,
        })
        .collect())
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct YearQuery {
    /// The calendar year (default: this year).
    #[param(minimum = 1900, maximum = 2100)]
    year: Option<i64>,
}

#[derive(Template)]
#[template(path = "features/meetings/figures.html")]
struct FiguresPage {
    page: PageCtx,
    year: i32,
    rows: Vec<BodyFigures>,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<YearQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let year = query
        .year
        .filter(|y| (1900..=2100).contains(y))
        .map(|y| y as i32)
        .unwrap_or_else(|| Utc::now().with_timezone(&Brussels).year());
    let rows = figures(&state.db, &tenant, year).await?;
    render(&FiguresPage {
        page: page.with_coordination(coordination.as_ref()),
        year,
        rows,
    })
}

/// Attendance figures per body for a year.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/meeting-figures", tag = "meetings",
    params(("coord" = String, Path, description = "coordination slug"), YearQuery), security(("bearer" = [])),
    responses((status = 200, body = [BodyFigures]), (status = 400, description = "a year out of bounds"), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_figures(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    web::Query(query): web::Query<YearQuery>,
) -> Result<Json<Vec<BodyFigures>>, AppError> {
    let coordination = tenancy::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller.as_ref(), Action::ViewMemberArea, &coordination)?;
    let this_year = Utc::now().with_timezone(&Brussels).year();
    let year = web::bounded(query.year, (1900, 2100))?.unwrap_or(this_year.into());
    Ok(Json(figures(&state.db, &tenant, year as i32).await?))
}
