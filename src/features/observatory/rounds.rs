//! Collection rounds: the coordinator opens a round (say, each semester) with a period and a
//! deadline; every member organisation's contact persons are invited to report, in their language;
//! a few days before the deadline, those whose organisation has reported nothing get a reminder
//! (once, by the housekeeping task, or when the coordinator asks). Publishing a round makes its
//! aggregates public, small groups suppressed.

use super::aggregates::Thresholds;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::{Duration, NaiveDate, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use crate::domain::Lang;
use crate::features::membership::{contacts, members};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::{format_day, t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

/// Days before a round's deadline when those who have not reported are reminded.
const REMINDER_DAYS: i64 = 3;

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct Round {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub deadline: NaiveDate,
    pub status: String,
    pub published: bool,
}

impl Round {
    pub fn title(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }
}

const ROUND_COLUMNS: &str =
    "id, title_fr, title_nl, period_start, period_end, deadline, status, published";

pub async fn rounds(db: &Db, coordination_id: i64) -> Result<Vec<Round>, sqlx::Error> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM collection_rounds WHERE coordination_id = $1 ORDER BY period_start DESC, id DESC"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(coordination_id)
        .fetch_all(p)
        .await)
}

/// The rounds members report in now, latest first.
pub async fn open_rounds(db: &Db, coordination_id: i64) -> Result<Vec<Round>, sqlx::Error> {
    Ok(rounds(db, coordination_id)
        .await?
        .into_iter()
        .filter(|r| r.status == "open")
        .collect())
}

#[derive(Debug, Default, Deserialize)]
pub struct RoundForm {
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_nl: String,
    #[serde(default)]
    period_start: String,
    #[serde(default)]
    period_end: String,
    #[serde(default)]
    deadline: String,
}

#[derive(Template)]
#[template(path = "features/observatory/rounds.html")]
struct RoundsPage {
    page: PageCtx,
    rounds: Vec<(Round, i64, i64)>,
    member_count: i64,
    form: RoundForm,
    errors: FieldErrors,
    thresholds: Thresholds,
    /// Rights the coordination added to the shared list: (code, French, Dutch).
    own_rights: Vec<(String, String, String)>,
}

async fn rounds_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    tenant: &Tenant,
    form: RoundForm,
    errors: FieldErrors,
) -> Result<RoundsPage, AppError> {
    let mut listed = Vec::new();
    // Signals and organisations per round in one query, not one per round.
    let counts: Vec<(i64, i64, i64)> = with_db!(db, |p| sqlx::query_as(
        "SELECT round_id, COUNT(*), COUNT(DISTINCT membership_id) FROM signals \
         WHERE coordination_id = $1 AND round_id IS NOT NULL GROUP BY round_id"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await)?;
    for round in rounds(db, tenant.id()).await? {
        let (signals, organisations) = counts
            .iter()
            .find(|(id, _, _)| *id == round.id)
            .map(|(_, signals, organisations)| (*signals, *organisations))
            .unwrap_or((0, 0));
        listed.push((round, signals, organisations));
    }
    Ok(RoundsPage {
        page: page.with_coordination(coordination.as_ref()),
        rounds: listed,
        member_count: members(db, tenant).await?.len() as i64,
        form,
        errors,
        thresholds: thresholds(db, tenant.id()).await?,
        own_rights: with_db!(db, |p| sqlx::query_as(
            "SELECT code, name_fr, name_nl FROM rights WHERE coordination_id = $1 ORDER BY name_fr"
        )
        .bind(tenant.id())
        .fetch_all(p)
        .await)?,
    })
}

/// The smallest group shown outside the coordination, in people and organisations (settings,
/// default 5 and 3).
pub async fn thresholds(db: &Db, coordination_id: i64) -> Result<Thresholds, sqlx::Error> {
    Ok(Thresholds {
        people: settings::number(db, coordination_id, Setting::ObservatoryMinimumCount).await?,
        organisations: settings::number(
            db,
            coordination_id,
            Setting::ObservatoryMinimumOrganisations,
        )
        .await?,
    })
}

pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    render(
        &rounds_page(
            &state.db,
            page,
            &coordination,
            &tenant,
            RoundForm::default(),
            FieldErrors::default(),
        )
        .await?,
    )
}

/// Emails every contact person of the organisations in `membership_ids`, in their language.
async fn write_to(
    tx: &mut Tx,
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    round: &Round,
    membership_ids: &[i64],
    reminder: bool,
) -> Result<usize, AppError> {
    let people = contacts(&state.db, tenant, membership_ids).await?;
    let organisations = members(&state.db, tenant).await?;
    for person in &people {
        let organization = organisations
            .iter()
            .find(|m| m.id == person.membership_id)
            .map(|m| m.name.as_str())
            .unwrap_or_default();
        let lang = person.lang();
        let link = format!(
            "{}/{}/{}/observatory/report",
            state.config.base_url(),
            lang.code(),
            coordination.slug
        );
        let key = if reminder { "reminder" } else { "invitation" };
        let deadline = format_day(lang, round.deadline);
        let letter = Letter {
            lang,
            subject: t_args(
                lang,
                &format!("mail-round-{key}-subject"),
                &[("name", round.title(lang))],
            ),
            greeting_name: &person.name,
            paragraphs: vec![
                t_args(
                    lang,
                    &format!("mail-round-{key}-body"),
                    &[
                        ("name", round.title(lang)),
                        ("organization", organization),
                        ("date", &deadline),
                    ],
                ),
                t(lang, "mail-round-privacy"),
            ],
            action: Some((t(lang, "observatory-report"), link)),
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(
            tx,
            &letter.into_email(&person.email, Some(coordination.id))?,
        )
        .await?;
    }
    Ok(people.len())
}

/// Organisations that have reported nothing in the round.
async fn silent(db: &Db, tenant: &Tenant, round_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let reported: Vec<i64> = with_db!(db, |p| sqlx::query_scalar(
        "SELECT DISTINCT membership_id FROM signals WHERE round_id = $1"
    )
    .bind(round_id)
    .fetch_all(p)
    .await)?;
    Ok(members(db, tenant)
        .await?
        .into_iter()
        .map(|m| m.id)
        .filter(|id| !reported.contains(id))
        .collect())
}

/// Opens a round and invites every member organisation to report.
pub async fn open(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<RoundForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let mut errors = FieldErrors::default();
    let date = |v: &str| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok();
    let (start, end, deadline) = (
        date(&form.period_start),
        date(&form.period_end),
        date(&form.deadline),
    );
    if form.title_fr.trim().is_empty() && form.title_nl.trim().is_empty() {
        errors.add("title_fr", "error-one-language-required");
    }
    match (start, end) {
        (Some(s), Some(e)) if s <= e => {}
        (Some(_), Some(_)) => errors.add("period_end", "error-period-order"),
        _ => errors.add("period_start", "error-period-invalid"),
    }
    if deadline.is_none_or(|d| d < Utc::now().date_naive()) {
        errors.add("deadline", "error-deadline-invalid");
    }
    if !errors.is_empty() {
        let view = rounds_page(&state.db, page, &coordination, &tenant, form, errors).await?;
        return render_invalid(&view);
    }
    let (title_fr, title_nl) = (form.title_fr.trim(), form.title_nl.trim());
    let round = Round {
        id: 0,
        title_fr: if title_fr.is_empty() {
            title_nl
        } else {
            title_fr
        }
        .to_string(),
        title_nl: if title_nl.is_empty() {
            title_fr
        } else {
            title_nl
        }
        .to_string(),
        period_start: start.unwrap_or_default(),
        period_end: end.unwrap_or_default(),
        deadline: deadline.unwrap_or_default(),
        status: "open".into(),
        published: false,
    };
    let mut tx = state.db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO collection_rounds (coordination_id, title_fr, title_nl, period_start, period_end, deadline, status, published, reminded_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'open', FALSE, NULL, $7) RETURNING id"
    )
    .bind(tenant.id())
    .bind(&round.title_fr)
    .bind(&round.title_nl)
    .bind(round.period_start)
    .bind(round.period_end)
    .bind(round.deadline)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })?;
    let membership_ids: Vec<i64> = members(&state.db, &tenant)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let invited = write_to(
        &mut tx,
        &state,
        &tenant,
        &coordination,
        &round,
        &membership_ids,
        false,
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.round.opened")
            .by(&user)
            .in_coordination(tenant.id())
            .on("collection_round", id)
            .change(
                None,
                Some(serde_json::json!({ "title": round.title_fr, "deadline": round.deadline, "invited": invited })),
            ),
        &session,
        "flash-round-opened",
        &format!("/{}/{}/observatory/rounds", page.lang.code(), coordination.slug),
    )
    .await
}

/// Reminds the silent organisations of one round; marks the round reminded.
async fn remind(
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    round: &Round,
) -> Result<usize, AppError> {
    let silent = silent(&state.db, tenant, round.id).await?;
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE collection_rounds SET reminded_at = $1 WHERE id = $2"
    )
    .bind(Utc::now())
    .bind(round.id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    let sent = write_to(&mut tx, state, tenant, coordination, round, &silent, true).await?;
    tx.commit().await?;
    Ok(sent)
}

/// Reminders that are due: open rounds whose deadline is at most three days away, reminded once.
/// Run by the housekeeping task; returns how many rounds were reminded.
pub async fn send_due(state: &AppState) -> Result<usize, AppError> {
    let today = Utc::now().date_naive();
    let due: Vec<(i64, i64)> = with_db!(&state.db, |p| {
        sqlx::query_as(
        "SELECT id, coordination_id FROM collection_rounds WHERE status = 'open' AND reminded_at IS NULL AND deadline >= $1 AND deadline <= $2"
    )
    .bind(today)
    .bind(today + Duration::days(REMINDER_DAYS))
    .fetch_all(p)
    .await
    })?;
    let coordinations = tenancy::list(&state.db).await?;
    let mut reminded = 0;
    for (round_id, coordination_id) in due {
        let Some(coordination) = coordinations.iter().find(|c| c.id == coordination_id) else {
            continue;
        };
        // Claim the round first, so two processes never both remind it.
        let claimed = with_db!(&state.db, |p| {
            sqlx::query(
            "UPDATE collection_rounds SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL"
        )
        .bind(Utc::now())
        .bind(round_id)
        .execute(p)
        .await
        .map(|r| r.rows_affected())
        })?;
        if claimed == 0 {
            continue;
        }
        let Some(round) = rounds(&state.db, coordination_id)
            .await?
            .into_iter()
            .find(|r| r.id == round_id)
        else {
            continue;
        };
        // A job, with no person behind it: the system acts for the coordination.
        remind(
            state,
            &Tenant::system(coordination.id),
            coordination,
            &round,
        )
        .await?;
        reminded += 1;
    }
    Ok(reminded)
}

/// `close`, `reopen`, `publish`, `unpublish` or `remind` (now, to the silent organisations).
pub async fn advance(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id, step)): Path<(String, String, i64, String)>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let round = rounds(&state.db, tenant.id())
        .await?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(AppError::NotFound)?;
    let back = format!(
        "/{}/{}/observatory/rounds",
        page.lang.code(),
        coordination.slug
    );
    if step == "remind" {
        let sent = remind(&state, &tenant, &coordination, &round).await?;
        let mut tx = state.db.begin().await?;
        crate::platform::audit::record(
            &mut tx,
            AuditEntry::new("observatory.round.reminded")
                .by(&user)
                .in_coordination(tenant.id())
                .on("collection_round", id)
                .change(None, Some(serde_json::json!({ "contacts": sent }))),
        )
        .await?;
        tx.commit().await?;
        return redirect_with_flash(&session, FlashKind::Success, "flash-round-reminded", &back)
            .await;
    }
    let (sql, key) = match step.as_str() {
        "close" => (
            "UPDATE collection_rounds SET status = 'closed' WHERE id = $1",
            "flash-round-closed",
        ),
        "reopen" => (
            "UPDATE collection_rounds SET status = 'open' WHERE id = $1",
            "flash-saved",
        ),
        "publish" => (
            "UPDATE collection_rounds SET published = TRUE WHERE id = $1",
            "flash-round-published",
        ),
        "unpublish" => (
            "UPDATE collection_rounds SET published = FALSE WHERE id = $1",
            "flash-saved",
        ),
        _ => return Err(AppError::NotFound),
    };
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| sqlx::query(sql)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.round.changed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("collection_round", id)
            .change(
                Some(serde_json::json!({ "status": round.status, "published": round.published })),
                Some(serde_json::json!({ "step": step })),
            ),
        &session,
        key,
        &back,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    minimum: String,
    #[serde(default)]
    organisations: String,
}

/// The minimum count below which a group is suppressed outside the coordination.
pub async fn save_settings(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let back = format!(
        "/{}/{}/observatory/rounds",
        page.lang.code(),
        coordination.slug
    );
    let within = |value: &str, range: std::ops::RangeInclusive<i64>| {
        value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| range.contains(n))
    };
    let (Some(minimum), Some(organisations)) = (
        within(&form.minimum, 2..=100),
        within(&form.organisations, 1..=20),
    ) else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-settings-invalid", &back)
            .await;
    };
    let mut tx = state.db.begin().await?;
    settings::set_value(
        &mut tx,
        &tenant,
        Setting::ObservatoryMinimumCount,
        &minimum.to_string(),
    )
    .await?;
    settings::set_value(
        &mut tx,
        &tenant,
        Setting::ObservatoryMinimumOrganisations,
        &organisations.to_string(),
    )
    .await?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.settings.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(
                None,
                Some(serde_json::json!({ "minimum": minimum, "organisations": organisations })),
            ),
        &session,
        "flash-saved",
        &back,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct RightForm {
    #[serde(default)]
    name_fr: String,
    #[serde(default)]
    name_nl: String,
}

/// Adds a right to the coordination's list (the shared list of rights often not taken up is
/// extendable): partners can then report its non-take-up.
pub async fn add_right(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<RightForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let back = format!(
        "/{}/{}/observatory/rounds",
        page.lang.code(),
        coordination.slug
    );
    let (fr, nl) = (form.name_fr.trim(), form.name_nl.trim());
    if fr.is_empty() && nl.is_empty() {
        return redirect_with_flash(
            &session,
            FlashKind::Error,
            "error-one-language-required",
            &back,
        )
        .await;
    }
    let (fr, nl) = (
        if fr.is_empty() { nl } else { fr },
        if nl.is_empty() { fr } else { nl },
    );
    let slug: String = crate::features::directory::store::search::fold(fr)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(60)
        .collect();
    let code = format!("c{}-{slug}", tenant.id());
    let mut tx = state.db.begin().await?;
    let added = with_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO rights (code, coordination_id, name_fr, name_nl, name_en) VALUES ($1, $2, $3, $4, $3) ON CONFLICT (code) DO NOTHING"
    )
    .bind(&code)
    .bind(tenant.id())
    .bind(fr)
    .bind(nl)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    if added == 0 {
        return redirect_with_flash(&session, FlashKind::Error, "flash-right-exists", &back).await;
    }
    commit_audited(
        tx,
        AuditEntry::new("observatory.right.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("right", code.as_str())
            .change(
                None,
                Some(serde_json::json!({ "code": code, "fr": fr, "nl": nl })),
            ),
        &session,
        "flash-saved",
        &back,
    )
    .await
}
