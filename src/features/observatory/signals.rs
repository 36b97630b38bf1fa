//! Reporting signals: a member organisation's contact (or a coordinator, for an organisation)
//! reports an observed need or non-take-up of a right; the organisation sees and corrects its own
//! signals and may start a round from its entries of the last one; coordinators see them all.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::{Datelike, NaiveDate, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::rounds::{open_rounds, Round};
use super::{count_signals, load_signals, Dimension, Labels, Signal, SignalFilter};
use crate::domain::AnonymousText;
use crate::features::membership::{members, membership_of_user, Membership};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    FormValues, PageCtx, Pager, PAGE_SIZE,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

/// Who reports: the organisation a contact person speaks for, or a coordinator (who picks the
/// organisation).
pub struct Reporter {
    pub tenant: Tenant,
    pub membership: Option<Membership>,
    pub coordinator: bool,
}

pub async fn reporter(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
) -> Result<Reporter, AppError> {
    let tenant = policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let coordinator = policy::allows(Some(user), Action::ManageObservatory, Some(coordination.id));
    let membership = membership_of_user(db, coordination, user).await?;
    if membership.is_none() && !coordinator {
        return Err(AppError::Forbidden);
    }
    Ok(Reporter {
        tenant,
        membership,
        coordinator,
    })
}

/// A signal as the form gives it, checked.
#[derive(Debug)]
struct NewSignal {
    membership_id: i64,
    round_id: Option<i64>,
    kind: &'static str,
    theme_code: Option<String>,
    right_code: Option<String>,
    causes: Vec<String>,
    target_group: String,
    nis_code: Option<String>,
    basin_code: Option<String>,
    neighbourhood: String,
    period_start: NaiveDate,
    period_end: NaiveDate,
    description: String,
    trend: Option<String>,
    severity: Option<i64>,
    people_count: i64,
    outcome: Option<String>,
}

fn date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// Checks a posted signal. Free text holding personal data is refused with what was found, and
/// nothing the person typed is lost (the form comes back with it).
fn parse(
    form: &FormValues,
    labels: &Labels,
    reporter: &Reporter,
    members: &[Membership],
    rounds: &[Round],
) -> Result<NewSignal, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = match form.get("kind") {
        "non_take_up" => "non_take_up",
        _ => "need",
    };
    let membership_id = match (&reporter.membership, reporter.coordinator) {
        (_, true) if !form.get("membership_id").is_empty() => {
            let chosen: Option<i64> = form.get("membership_id").parse().ok();
            match chosen.filter(|id| members.iter().any(|m| m.id == *id)) {
                Some(id) => id,
                None => {
                    errors.add("membership_id", "error-choice-invalid");
                    0
                }
            }
        }
        (Some(own), _) => own.id,
        (None, _) => {
            errors.add("membership_id", "error-observatory-organisation");
            0
        }
    };
    let round_id = match form.get("round_id") {
        "" => None,
        value => {
            let id: Option<i64> = value.parse().ok();
            if id.is_some_and(|id| rounds.iter().any(|r| r.id == id)) {
                id
            } else {
                errors.add("round_id", "error-choice-invalid");
                None
            }
        }
    };
    let choice = |errors: &mut FieldErrors, field: &'static str, dimension: Dimension| {
        let value = form.get(field);
        if labels.knows(dimension, value) {
            Some(value.to_string())
        } else {
            errors.add(field, "error-choice-required");
            None
        }
    };
    let (theme_code, right_code, trend, severity, outcome, causes) = if kind == "need" {
        (
            choice(&mut errors, "theme", Dimension::Theme),
            None,
            choice(&mut errors, "trend", Dimension::Trend),
            choice(&mut errors, "severity", Dimension::Severity).and_then(|s| s.parse().ok()),
            None,
            Vec::new(),
        )
    } else {
        let causes: Vec<String> = form
            .all("causes")
            .into_iter()
            .filter(|c| labels.knows(Dimension::Cause, c))
            .map(str::to_string)
            .collect();
        if causes.is_empty() {
            errors.add("causes", "error-observatory-causes");
        }
        (
            None,
            choice(&mut errors, "right", Dimension::Right),
            None,
            None,
            choice(&mut errors, "outcome", Dimension::Outcome),
            causes,
        )
    };
    let target_group = choice(&mut errors, "target_group", Dimension::TargetGroup);
    let nis_code = match form.get("nis_code") {
        "" => None,
        _ => choice(&mut errors, "nis_code", Dimension::Municipality),
    };
    let basin_code = match form.get("basin_code") {
        "" => None,
        _ => choice(&mut errors, "basin_code", Dimension::Basin),
    };
    let neighbourhood = form.text("neighbourhood");
    if let Err(key) = AnonymousText::parse(&neighbourhood) {
        errors.add("neighbourhood", key);
    }
    let (period_start, period_end) = (date(form.get("period_start")), date(form.get("period_end")));
    match (period_start, period_end) {
        (Some(start), Some(end)) if start <= end => {}
        (Some(_), Some(_)) => errors.add("period_end", "error-period-order"),
        _ => errors.add("period_start", "error-period-invalid"),
    }
    let description = form.text("description");
    if description.is_empty() {
        errors.add("description", "error-observatory-description");
    } else if let Err(key) = AnonymousText::parse(&description) {
        errors.add("description", key);
    }
    let people_count: Option<i64> = form
        .get("people_count")
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=1_000_000).contains(n));
    if people_count.is_none() {
        errors.add("people_count", "error-observatory-count");
    }
    errors.into_result()?;
    Ok(NewSignal {
        membership_id,
        round_id,
        kind,
        theme_code,
        right_code,
        causes,
        target_group: target_group.unwrap_or_default(),
        nis_code,
        basin_code,
        neighbourhood,
        period_start: period_start.unwrap_or_default(),
        period_end: period_end.unwrap_or_default(),
        description,
        trend,
        severity,
        people_count: people_count.unwrap_or(0),
        outcome,
    })
}

/// The care basin of a municipality that lies in exactly one.
pub(super) async fn basin_of(tx: &mut Tx, nis_code: &str) -> Result<Option<String>, sqlx::Error> {
    let basins: Vec<String> = with_tx!(tx, |c| sqlx::query_scalar(
        "SELECT basin_code FROM municipality_basins WHERE nis_code = $1"
    )
    .bind(nis_code)
    .fetch_all(c)
    .await)?;
    Ok((basins.len() == 1).then(|| basins[0].clone()))
}

/// Writes a signal (new, or over `existing`) and its causes; returns its id.
async fn save(
    tx: &mut Tx,
    tenant: &Tenant,
    user: &CurrentUser,
    signal: &NewSignal,
    existing: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let basin = match (&signal.basin_code, &signal.nis_code) {
        (Some(basin), _) => Some(basin.clone()),
        (None, Some(nis)) => basin_of(tx, nis).await?,
        (None, None) => None,
    };
    let now = Utc::now();
    let id: i64 = match existing {
        None => with_tx!(&mut *tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO signals (coordination_id, membership_id, round_id, need_id, kind, theme_code, right_code, target_group, nis_code, basin_code, \
             neighbourhood, period_start, period_end, description, trend, severity, people_count, outcome, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id"
        )
        .bind(tenant.id())
        .bind(signal.membership_id)
        .bind(signal.round_id)
        .bind(signal.kind)
        .bind(&signal.theme_code)
        .bind(&signal.right_code)
        .bind(&signal.target_group)
        .bind(&signal.nis_code)
        .bind(&basin)
        .bind(&signal.neighbourhood)
        .bind(signal.period_start)
        .bind(signal.period_end)
        .bind(&signal.description)
        .bind(&signal.trend)
        .bind(signal.severity)
        .bind(signal.people_count)
        .bind(&signal.outcome)
        .bind(user.id)
        .bind(now)
        .fetch_one(c)
        .await
        })?,
        Some(id) => {
            super::aggregates::remove(tx, id).await?;
            with_tx!(&mut *tx, |c| {
                sqlx::query(
                "UPDATE signals SET membership_id = $1, round_id = $2, theme_code = $3, right_code = $4, target_group = $5, nis_code = $6, \
                 basin_code = $7, neighbourhood = $8, period_start = $9, period_end = $10, description = $11, trend = $12, severity = $13, \
                 people_count = $14, outcome = $15, updated_at = $16 WHERE id = $17 AND coordination_id = $18"
            )
            .bind(signal.membership_id)
            .bind(signal.round_id)
            .bind(&signal.theme_code)
            .bind(&signal.right_code)
            .bind(&signal.target_group)
            .bind(&signal.nis_code)
            .bind(&basin)
            .bind(&signal.neighbourhood)
            .bind(signal.period_start)
            .bind(signal.period_end)
            .bind(&signal.description)
            .bind(&signal.trend)
            .bind(signal.severity)
            .bind(signal.people_count)
            .bind(&signal.outcome)
            .bind(now)
            .bind(id)
            .bind(tenant.id())
            .execute(c)
            .await
            .map(|r| r.rows_affected())
            })?;
            with_tx!(&mut *tx, |c| sqlx::query(
                "DELETE FROM signal_causes WHERE signal_id = $1"
            )
            .bind(id)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
            id
        }
    };
    for cause in &signal.causes {
        with_tx!(&mut *tx, |c| sqlx::query(
            "INSERT INTO signal_causes (signal_id, cause_code) VALUES ($1, $2)"
        )
        .bind(id)
        .bind(cause)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    }
    super::aggregates::add(tx, id).await?;
    Ok(id)
}

#[derive(Template)]
#[template(path = "features/observatory/report.html")]
struct ReportPage {
    page: PageCtx,
    kind: String,
    action: String,
    form: FormValues,
    errors: FieldErrors,
    themes: Vec<(String, String)>,
    rights: Vec<(String, String)>,
    causes: Vec<(String, String)>,
    target_groups: Vec<(String, String)>,
    municipalities: Vec<(String, String)>,
    basins: Vec<(String, String)>,
    trends: Vec<(String, String)>,
    severities: Vec<(String, String)>,
    outcomes: Vec<(String, String)>,
    rounds: Vec<Round>,
    /// Organisations a coordinator may report for (empty for a contact person).
    organisations: Vec<(i64, String)>,
    is_new: bool,
    signal_id: i64,
}

#[allow(clippy::too_many_arguments)]
async fn report_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    reporter: &Reporter,
    kind: &str,
    action: String,
    form: FormValues,
    errors: FieldErrors,
    signal_id: Option<i64>,
) -> Result<ReportPage, AppError> {
    let labels = Labels::load(db, Some(coordination)).await?;
    let lang = page.lang;
    let organisations = if reporter.coordinator {
        members(db, &reporter.tenant)
            .await?
            .into_iter()
            .map(|m| (m.id, m.name))
            .collect()
    } else {
        Vec::new()
    };
    Ok(ReportPage {
        page: page.with_coordination(coordination.as_ref()),
        kind: kind.to_string(),
        action,
        form,
        errors,
        themes: labels.choices(Dimension::Theme, lang),
        rights: labels.choices(Dimension::Right, lang),
        causes: labels.choices(Dimension::Cause, lang),
        target_groups: labels.choices(Dimension::TargetGroup, lang),
        municipalities: labels.choices(Dimension::Municipality, lang),
        basins: labels.choices(Dimension::Basin, lang),
        trends: labels.choices(Dimension::Trend, lang),
        severities: labels.choices(Dimension::Severity, lang),
        outcomes: labels.choices(Dimension::Outcome, lang),
        rounds: open_rounds(db, reporter.tenant.id()).await?,
        organisations,
        is_new: signal_id.is_none(),
        signal_id: signal_id.unwrap_or(0),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    kind: String,
}

/// The first and last day of the half-year `today` falls in: the usual reporting period.
fn this_semester(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first_half = today.month() <= 6;
    let (start, end) = if first_half {
        ((1, 1), (6, 30))
    } else {
        ((7, 1), (12, 31))
    };
    (
        NaiveDate::from_ymd_opt(today.year(), start.0, start.1).unwrap_or(today),
        NaiveDate::from_ymd_opt(today.year(), end.0, end.1).unwrap_or(today),
    )
}

pub async fn new_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<KindQuery>,
) -> Result<Html<String>, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let kind = if query.kind == "non_take_up" {
        "non_take_up"
    } else {
        "need"
    };
    let rounds = open_rounds(&state.db, reporter.tenant.id()).await?;
    let mut form = FormValues::default();
    let (start, end) = match rounds.first() {
        Some(round) => {
            form.set("round_id", round.id);
            (round.period_start, round.period_end)
        }
        None => this_semester(Utc::now().date_naive()),
    };
    form.set("kind", kind);
    if let Some(own) = &reporter.membership {
        // A coordinator who is also a contact person reports for their own organisation first.
        form.set("membership_id", own.id);
    }
    form.set("period_start", start);
    form.set("period_end", end);
    form.set("nis_code", &coordination.nis_code);
    let action = format!(
        "/{}/{}/observatory/report",
        page.lang.code(),
        coordination.slug
    );
    render(
        &report_page(
            &state.db,
            page,
            &coordination,
            &reporter,
            kind,
            action,
            form,
            FieldErrors::default(),
            None,
        )
        .await?,
    )
}

pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let form = FormValues(pairs);
    save_form(
        &state,
        page,
        session,
        user,
        coordination,
        reporter,
        form,
        None,
    )
    .await
}

/// Checks and stores a posted signal, or shows the form again with every value as typed.
#[allow(clippy::too_many_arguments)]
async fn save_form(
    state: &AppState,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    coordination: Coordination,
    reporter: Reporter,
    form: FormValues,
    existing: Option<i64>,
) -> Result<Response, AppError> {
    let labels = Labels::load(&state.db, Some(&coordination)).await?;
    let organisations = members(&state.db, &reporter.tenant).await?;
    let rounds = open_rounds(&state.db, reporter.tenant.id()).await?;
    let action = match existing {
        None => format!(
            "/{}/{}/observatory/report",
            page.lang.code(),
            coordination.slug
        ),
        Some(id) => format!(
            "/{}/{}/observatory/signals/{id}",
            page.lang.code(),
            coordination.slug
        ),
    };
    let signal = match parse(&form, &labels, &reporter, &organisations, &rounds) {
        Ok(signal) => signal,
        Err(errors) => {
            let kind = if form.get("kind") == "non_take_up" {
                "non_take_up"
            } else {
                "need"
            };
            let view = report_page(
                &state.db,
                page,
                &coordination,
                &reporter,
                kind,
                action,
                form,
                errors,
                existing,
            )
            .await?;
            return render_invalid(&view);
        }
    };
    let mut tx = state.db.begin().await?;
    let id = save(&mut tx, &reporter.tenant, &user, &signal, existing).await?;
    let to = if reporter
        .membership
        .as_ref()
        .is_some_and(|m| m.id == signal.membership_id)
    {
        format!(
            "/{}/{}/observatory/mine",
            page.lang.code(),
            coordination.slug
        )
    } else {
        format!(
            "/{}/{}/observatory/signals",
            page.lang.code(),
            coordination.slug
        )
    };
    commit_audited(
        tx,
        AuditEntry::new(if existing.is_some() {
            "observatory.signal.updated"
        } else {
            "observatory.signal.reported"
        })
        .by(&user)
        .in_coordination(reporter.tenant.id())
        .on("signal", id)
        .change(
            None,
            Some(serde_json::json!({
                "kind": signal.kind, "membership": signal.membership_id, "theme": signal.theme_code,
                "right": signal.right_code, "causes": signal.causes, "people": signal.people_count,
            })),
        ),
        &session,
        "flash-signal-saved",
        &to,
    )
    .await
}

/// A signal the reader may change: their organisation's, or any for a coordinator.
async fn editable(db: &Db, reporter: &Reporter, id: i64) -> Result<Signal, AppError> {
    let filter = SignalFilter {
        id: Some(id),
        ..SignalFilter::default()
    };
    let found = load_signals(db, reporter.tenant.id(), filter, 1, 0)
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let own = reporter
        .membership
        .as_ref()
        .is_some_and(|m| m.id == found.membership_id);
    if !own && !reporter.coordinator {
        return Err(AppError::NotFound);
    }
    Ok(found)
}

fn form_of(signal: &Signal) -> FormValues {
    let mut form = FormValues::default();
    form.set("kind", &signal.kind);
    form.set("membership_id", signal.membership_id);
    form.set(
        "round_id",
        signal.round_id.map(|r| r.to_string()).unwrap_or_default(),
    );
    form.set("theme", signal.theme_code.clone().unwrap_or_default());
    form.set("right", signal.right_code.clone().unwrap_or_default());
    for cause in signal.cause_codes() {
        form.set("causes", cause);
    }
    form.set("target_group", &signal.target_group);
    form.set("nis_code", signal.nis_code.clone().unwrap_or_default());
    form.set("basin_code", signal.basin_code.clone().unwrap_or_default());
    form.set("neighbourhood", &signal.neighbourhood);
    form.set("period_start", signal.period_start);
    form.set("period_end", signal.period_end);
    form.set("description", &signal.description);
    form.set("trend", signal.trend.clone().unwrap_or_default());
    form.set(
        "severity",
        signal.severity.map(|s| s.to_string()).unwrap_or_default(),
    );
    form.set("people_count", signal.people_count);
    form.set("outcome", signal.outcome.clone().unwrap_or_default());
    form
}

pub async fn edit_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Html<String>, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signal = editable(&state.db, &reporter, id).await?;
    let action = format!(
        "/{}/{}/observatory/signals/{id}",
        page.lang.code(),
        coordination.slug
    );
    render(
        &report_page(
            &state.db,
            page,
            &coordination,
            &reporter,
            &signal.kind,
            action,
            form_of(&signal),
            FieldErrors::default(),
            Some(id),
        )
        .await?,
    )
}

pub async fn edit(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signal = editable(&state.db, &reporter, id).await?;
    let mut form = FormValues(pairs);
    // The kind of a signal does not change.
    form.0.retain(|(name, _)| name != "kind");
    form.set("kind", &signal.kind);
    save_form(
        &state,
        page,
        session,
        user,
        coordination,
        reporter,
        form,
        Some(id),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: String,
}

pub async fn delete(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signal = editable(&state.db, &reporter, id).await?;
    let back = format!(
        "/{}/{}/observatory/signals/{id}",
        page.lang.code(),
        coordination.slug
    );
    if form.confirm != "yes" {
        return redirect_with_flash(&session, FlashKind::Error, "flash-confirm-delete", &back)
            .await;
    }
    let mut tx = state.db.begin().await?;
    super::aggregates::remove(&mut tx, id).await?;
    with_tx!(&mut tx, |c| sqlx::query(
        "DELETE FROM signals WHERE id = $1 AND coordination_id = $2"
    )
    .bind(id)
    .bind(reporter.tenant.id())
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.signal.deleted")
            .by(&user)
            .in_coordination(reporter.tenant.id())
            .on("signal", id)
            .change(
                Some(serde_json::to_value(&signal).map_err(AppError::internal)?),
                None,
            ),
        &session,
        "flash-signal-deleted",
        &format!(
            "/{}/{}/observatory/mine",
            page.lang.code(),
            coordination.slug
        ),
    )
    .await
}

#[derive(Template)]
#[template(path = "features/observatory/mine.html")]
struct MinePage {
    page: PageCtx,
    organisation: Option<String>,
    signals: Vec<Signal>,
    labels: Labels,
    open: Vec<Round>,
}

/// The organisation's own signals.
pub async fn mine(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signals = match &reporter.membership {
        Some(m) => {
            let filter = SignalFilter {
                membership: Some(m.id),
                ..SignalFilter::default()
            };
            load_signals(&state.db, reporter.tenant.id(), filter, 500, 0).await?
        }
        None => Vec::new(),
    };
    render(&MinePage {
        labels: Labels::load(&state.db, Some(&coordination)).await?,
        open: open_rounds(&state.db, reporter.tenant.id()).await?,
        page: page.with_coordination(coordination.as_ref()),
        organisation: reporter.membership.map(|m| m.name),
        signals,
    })
}

/// Starts the open round from the organisation's entries of its last round before it: each is
/// copied with the new round's period, to be corrected where things changed.
pub async fn copy_last_round(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let back = format!(
        "/{}/{}/observatory/mine",
        page.lang.code(),
        coordination.slug
    );
    let (Some(membership), Some(round)) = (
        reporter.membership.as_ref(),
        open_rounds(&state.db, reporter.tenant.id())
            .await?
            .into_iter()
            .next(),
    ) else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-copy-nothing", &back).await;
    };
    let previous: Option<i64> = with_db!(&state.db, |p| {
        sqlx::query_scalar(
        "SELECT r.id FROM collection_rounds r WHERE r.coordination_id = $1 AND r.period_start < $2 \
         AND EXISTS (SELECT 1 FROM signals s WHERE s.round_id = r.id AND s.membership_id = $3) ORDER BY r.period_start DESC LIMIT 1"
    )
    .bind(reporter.tenant.id())
    .bind(round.period_start)
    .bind(membership.id)
    .fetch_optional(p)
    .await
    })?;
    let Some(previous) = previous else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-copy-nothing", &back).await;
    };
    let already: i64 = with_db!(&state.db, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM signals WHERE round_id = $1 AND membership_id = $2"
    )
    .bind(round.id)
    .bind(membership.id)
    .fetch_one(p)
    .await)?;
    if already > 0 {
        return redirect_with_flash(&session, FlashKind::Error, "flash-copy-already", &back).await;
    }
    let filter = SignalFilter {
        membership: Some(membership.id),
        round: Some(previous),
        ..SignalFilter::default()
    };
    let sources = load_signals(&state.db, reporter.tenant.id(), filter, 500, 0).await?;
    let mut tx = state.db.begin().await?;
    for source in &sources {
        let copy = NewSignal {
            membership_id: membership.id,
            round_id: Some(round.id),
            kind: if source.kind == "need" {
                "need"
            } else {
                "non_take_up"
            },
            theme_code: source.theme_code.clone(),
            right_code: source.right_code.clone(),
            causes: source
                .cause_codes()
                .into_iter()
                .map(str::to_string)
                .collect(),
            target_group: source.target_group.clone(),
            nis_code: source.nis_code.clone(),
            basin_code: source.basin_code.clone(),
            neighbourhood: source.neighbourhood.clone(),
            period_start: round.period_start,
            period_end: round.period_end,
            description: source.description.clone(),
            trend: source.trend.clone(),
            severity: source.severity,
            people_count: source.people_count,
            outcome: source.outcome.clone(),
        };
        save(&mut tx, &reporter.tenant, &user, &copy, None).await?;
    }
    commit_audited(
        tx,
        AuditEntry::new("observatory.signals.copied")
            .by(&user)
            .in_coordination(reporter.tenant.id())
            .on("collection_round", round.id)
            .change(
                None,
                Some(serde_json::json!({ "from_round": previous, "signals": sources.len() })),
            ),
        &session,
        "flash-signals-copied",
        &back,
    )
    .await
}

#[derive(Template)]
#[template(path = "features/observatory/signals.html")]
struct AllPage {
    page: PageCtx,
    signals: Vec<Signal>,
    labels: Labels,
    pager: Pager,
    kind: String,
    needs: Vec<super::needs::NeedSummary>,
    /// The grouping form as posted, when it comes back with errors.
    form: FormValues,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct AllQuery {
    #[serde(default)]
    kind: String,
    page: Option<i64>,
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn all_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    tenant: &Tenant,
    kind: &str,
    requested: Option<i64>,
    form: FormValues,
    errors: FieldErrors,
) -> Result<Html<String>, AppError> {
    let kind = if ["need", "non_take_up"].contains(&kind) {
        kind
    } else {
        ""
    };
    let filter = SignalFilter {
        kind: Some(kind),
        ..SignalFilter::default()
    };
    let total = count_signals(db, tenant.id(), filter).await?;
    let path = format!(
        "/{}/{}/observatory/signals",
        page.lang.code(),
        coordination.slug
    );
    let pager = Pager::new(
        requested,
        total,
        PAGE_SIZE,
        &path,
        &[("kind".to_string(), kind.to_string())],
    );
    let signals = load_signals(db, tenant.id(), filter, pager.per_page, pager.offset()).await?;
    render(&AllPage {
        labels: Labels::load(db, Some(coordination)).await?,
        needs: super::needs::summaries(db, tenant.id()).await?,
        page: page.with_coordination(coordination.as_ref()),
        signals,
        pager,
        kind: kind.to_string(),
        form,
        errors,
    })
}

/// Every signal of the coordination, for its coordinators, to group into needs.
pub async fn all(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<AllQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    all_page(
        &state.db,
        page,
        &coordination,
        &tenant,
        &query.kind,
        query.page,
        FormValues::default(),
        FieldErrors::default(),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_period_is_the_current_half_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            this_semester(d(2026, 3, 14)),
            (d(2026, 1, 1), d(2026, 6, 30))
        );
        assert_eq!(
            this_semester(d(2026, 12, 1)),
            (d(2026, 7, 1), d(2026, 12, 31))
        );
    }
}
