//! Reporting signals: a member organisation's contact (or a coordinator, for an organisation)
//! reports an observed need or non-take-up of a right; the organisation sees and corrects its own
//! signals and may start a round from its entries of the last one; coordinators see them all.

use crate::platform::web::fields::limits;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use super::signal_form::{form_of, kind_of, parse, this_semester};
use super::store::needs::{summaries, NeedSummary};
use super::store::rounds::{open_rounds, rounds, Round};
use super::store::{self, Signal, SignalFilter, SignalInput, SignalKind, SignalSort};
use super::{Dimension, Labels};
use crate::features::membership::store::{members, membership_of_user, Membership};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, commit_audited_once, redirect_with_flash, render, render_invalid, AppError,
    FieldErrors, FlashKind, FormOnce, FormValues, PageCtx, Pager, PAGE_SIZE,
};
use crate::platform::AppState;

/// Who reports: the organisation a contact person speaks for, or a coordinator (who picks the
/// organisation).
pub struct Reporter {
    pub tenant: Tenant,
    pub membership: Option<Membership>,
    pub coordinator: bool,
    pub through: Through,
}

/// How the reporter came: signed in, or with the personal link of one round's letter (no account
/// needed; the link reports in its round only).
pub enum Through {
    Account(CurrentUser),
    Link {
        token: String,
        contact_name: String,
        round_id: i64,
    },
}

impl Reporter {
    /// The rounds this reporter may report in now.
    async fn rounds(&self, db: &Db) -> Result<Vec<Round>, AppError> {
        let mut open = open_rounds(db, &self.tenant).await?;
        if let Through::Link { round_id, .. } = &self.through {
            open.retain(|r| r.id == *round_id);
        }
        Ok(open)
    }

    /// The signal form's address: a new signal's, or the one that corrects signal `existing`.
    fn action(&self, page: &PageCtx, coordination: &Coordination, existing: Option<i64>) -> String {
        match (&self.through, existing) {
            (Through::Link { token, .. }, _) => {
                page.url_in(coordination, &format!("/observatory/report/{token}"))
            }
            (Through::Account(_), None) => page.url_in(coordination, "/observatory/report"),
            (Through::Account(_), Some(id)) => {
                page.url_in(coordination, &format!("/observatory/signals/{id}"))
            }
        }
    }
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
        through: Through::Account(user.clone()),
    })
}

#[derive(Template)]
#[template(path = "features/observatory/report.html")]
pub(super) struct ReportPage {
    page: PageCtx,
    kind: SignalKind,
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
    /// Opened from a personal link: no member area to go back to.
    by_link: bool,
    /// The organisation a personal link reports for, said at the top of its form.
    speaking_for: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn report_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    reporter: &Reporter,
    kind: SignalKind,
    form: FormValues,
    errors: FieldErrors,
    signal_id: Option<i64>,
) -> Result<ReportPage, AppError> {
    let action = reporter.action(&page, coordination, signal_id);
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
        kind,
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
        rounds: reporter.rounds(db).await?,
        organisations,
        is_new: signal_id.is_none(),
        signal_id: signal_id.unwrap_or(0),
        by_link: matches!(reporter.through, Through::Link { .. }),
        speaking_for: match reporter.through {
            Through::Link { .. } => reporter
                .membership
                .as_ref()
                .map(|m| m.name_in(lang).to_string()),
            Through::Account(_) => None,
        },
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    pub(super) kind: String,
}

pub async fn new_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<KindQuery>,
) -> Result<Html<String>, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let kind = SignalKind::parse(&query.kind).unwrap_or(SignalKind::Need);
    render(&blank_page(&state.db, page, &coordination, &reporter, kind).await?)
}

/// A new signal's form, filled with what is usual: the open round and its period (or the current
/// half-year), the reporter's own organisation, the coordination's municipality.
pub(super) async fn blank_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    reporter: &Reporter,
    kind: SignalKind,
) -> Result<ReportPage, AppError> {
    let rounds = reporter.rounds(db).await?;
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
    report_page(
        db,
        page,
        coordination,
        reporter,
        kind,
        form,
        FieldErrors::default(),
        None,
    )
    .await
}

pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    once: FormOnce,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let form = FormValues(pairs);
    save_form(&state, page, coordination, reporter, (form, once), None).await
}

/// Checks and stores a posted signal, or shows the form again with every value as typed.
pub(super) async fn save_form(
    state: &AppState,
    page: PageCtx,
    coordination: Coordination,
    reporter: Reporter,
    (mut form, once): (FormValues, FormOnce),
    existing: Option<i64>,
) -> Result<Response, AppError> {
    let labels = Labels::load(&state.db, Some(&coordination)).await?;
    let organisations = members(&state.db, &reporter.tenant).await?;
    let rounds = reporter.rounds(&state.db).await?;
    if let Through::Link { round_id, .. } = &reporter.through {
        // A link reports in its own round, whatever the form says.
        form.0.retain(|(name, _)| name != "round_id");
        form.set("round_id", round_id);
    }
    let own = (reporter.membership.as_ref(), reporter.coordinator);
    let signal = match parse(&form, &labels, own, &organisations, &rounds) {
        Ok(signal) => signal,
        Err(errors) => {
            let kind = kind_of(&form);
            let view = report_page(
                &state.db,
                page,
                &coordination,
                &reporter,
                kind,
                form,
                errors,
                existing,
            )
            .await?;
            return render_invalid(&view);
        }
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let author = match &reporter.through {
        Through::Account(user) => Some(user.id),
        Through::Link { .. } => None,
    };
    let id = store::write_signal(&mut tx, &reporter.tenant, author, &signal, existing).await?;
    let own_organisation = reporter
        .membership
        .as_ref()
        .is_some_and(|m| m.id == signal.membership_id);
    let (to, entry) = match &reporter.through {
        // Back to the link's form, empty, for the next signal.
        Through::Link { contact_name, .. } => (
            reporter.action(&page, &coordination, None),
            AuditEntry::new("observatory.signal.reported").label(contact_name.clone()),
        ),
        Through::Account(user) => (
            page.url_in(
                &coordination,
                if own_organisation {
                    "/observatory/mine"
                } else {
                    "/observatory/signals"
                },
            ),
            AuditEntry::new(if existing.is_some() {
                "observatory.signal.updated"
            } else {
                "observatory.signal.reported"
            })
            .by(user),
        ),
    };
    commit_audited_once(
        tx,
        &once,
        entry
            .in_coordination(reporter.tenant.id())
            .on("signal", id)
            .change(
                None,
                Some(serde_json::json!({
                    "kind": signal.kind, "membership": signal.membership_id, "theme": signal.theme_code,
                    "right": signal.right_code, "causes": signal.causes, "people": signal.people_count,
                })),
            ),
        "flash-signal-saved",
        &to,
    )
    .await
}

/// A signal the reader may change: their organisation's, or any for a coordinator.
async fn editable(db: &Db, reporter: &Reporter, id: i64) -> Result<Signal, AppError> {
    let found = store::signal(db, &reporter.tenant, id)
        .await?
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

pub async fn edit_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signal = editable(&state.db, &reporter, id).await?;
    render(
        &report_page(
            &state.db,
            page,
            &coordination,
            &reporter,
            signal.kind,
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
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signal = editable(&state.db, &reporter, id).await?;
    let mut form = FormValues(pairs);
    // The kind of a signal does not change.
    form.0.retain(|(name, _)| name != "kind");
    form.set("kind", signal.kind);
    // The edit form carries a key too: a double click saves once.
    let submitted = (form, once);
    save_form(&state, page, coordination, reporter, submitted, Some(id)).await
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
    Path(Id { id }): Path<Id>,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let reporter = reporter(&state.db, &user, &coordination).await?;
    let signal = editable(&state.db, &reporter, id).await?;
    let back = page.url_in(&coordination, &format!("/observatory/signals/{id}"));
    if form.confirm != "yes" {
        return redirect_with_flash(&session, FlashKind::Error, "flash-confirm-delete", &back)
            .await;
    }
    let mut tx = state.db.begin().await?;
    store::delete_signal(&mut tx, &reporter.tenant, id).await?;
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
        &page.url_in(&coordination, "/observatory/mine"),
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
            store::signals(&state.db, &reporter.tenant, filter, (500, 0)).await?
        }
        None => Vec::new(),
    };
    let organisation = reporter
        .membership
        .map(|m| m.name_in(page.lang).to_string());
    render(&MinePage {
        labels: Labels::load(&state.db, Some(&coordination)).await?,
        open: open_rounds(&state.db, &reporter.tenant).await?,
        page: page.with_coordination(coordination.as_ref()),
        organisation,
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
    let back = page.url_in(&coordination, "/observatory/mine");
    let (Some(membership), Some(round)) = (
        reporter.membership.as_ref(),
        open_rounds(&state.db, &reporter.tenant)
            .await?
            .into_iter()
            .next(),
    ) else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-copy-nothing", &back).await;
    };
    let previous = store::last_round_reported(
        &state.db,
        &reporter.tenant,
        membership.id,
        round.period_start,
    )
    .await?;
    let Some(previous) = previous else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-copy-nothing", &back).await;
    };
    let this_round = SignalFilter {
        membership: Some(membership.id),
        round: Some(round.id),
        ..SignalFilter::default()
    };
    let already = store::count_signals(&state.db, &reporter.tenant, this_round).await?;
    if already > 0 {
        return redirect_with_flash(&session, FlashKind::Error, "flash-copy-already", &back).await;
    }
    let filter = SignalFilter {
        membership: Some(membership.id),
        round: Some(previous),
        ..SignalFilter::default()
    };
    let sources = store::signals(&state.db, &reporter.tenant, filter, (500, 0)).await?;
    let mut tx = state.db.begin().await?;
    for source in &sources {
        let copy = SignalInput {
            membership_id: membership.id,
            round_id: Some(round.id),
            kind: source.kind,
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
            trend: source.trend,
            severity: source.severity,
            people_count: source.people_count,
            outcome: source.outcome,
        };
        store::write_signal(&mut tx, &reporter.tenant, Some(user.id), &copy, None).await?;
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
    filter: SignalFilter,
    query: AllQuery,
    /// Themes and rights, for the subject filter.
    subjects: Vec<(String, String)>,
    rounds: Vec<Round>,
    organisations: Vec<Membership>,
    needs: Vec<NeedSummary>,
    /// The grouping form as posted, when it comes back with errors.
    form: FormValues,
    errors: FieldErrors,
}

impl AllPage {
    /// The kind the list is filtered by, as the filter form sends it (empty for both).
    fn kind_word(&self) -> &'static str {
        self.filter.kind.map_or("", SignalKind::as_str)
    }

    fn is_sort(&self, sort: &SignalSort) -> bool {
        self.filter.sort == *sort
    }

    fn is_round(&self, round: &Round) -> bool {
        self.filter.round == Some(round.id)
    }

    fn is_organisation(&self, organisation: &Membership) -> bool {
        self.filter.membership == Some(organisation.id)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AllQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    round: String,
    /// A theme or a right.
    #[serde(default)]
    subject: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    sort: String,
    page: Option<i64>,
}

impl AllQuery {
    /// The list of one kind of signal, unfiltered otherwise.
    pub(super) fn of_kind(kind: &str) -> AllQuery {
        AllQuery {
            kind: kind.to_string(),
            ..AllQuery::default()
        }
    }

    /// The query as the pager's links keep it, without what is empty.
    fn pairs(&self) -> Vec<(String, String)> {
        [
            ("kind", &self.kind),
            ("round", &self.round),
            ("subject", &self.subject),
            ("organisation", &self.organisation),
            ("sort", &self.sort),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| (name.to_string(), value.clone()))
        .collect()
    }

    /// The filter it asks for: a value that names nothing (an old bookmark) filters nothing.
    fn filter(&self, labels: &Labels) -> SignalFilter {
        let subject = [Dimension::Theme, Dimension::Right]
            .into_iter()
            .any(|d| labels.knows(d, &self.subject))
            .then(|| self.subject.clone());
        SignalFilter {
            kind: SignalKind::parse(&self.kind).ok(),
            round: self.round.parse().ok(),
            membership: self.organisation.parse().ok(),
            subject,
            sort: SignalSort::parse(&self.sort).unwrap_or_default(),
            ..SignalFilter::default()
        }
    }
}

pub(super) async fn all_page(
    db: &Db,
    page: PageCtx,
    (coordination, tenant): (&Coordination, &Tenant),
    query: &AllQuery,
    form: FormValues,
    errors: FieldErrors,
) -> Result<Html<String>, AppError> {
    let labels = Labels::load(db, Some(coordination)).await?;
    let filter = query.filter(&labels);
    let total = store::count_signals(db, tenant, filter.clone()).await?;
    let path = page.url_in(coordination, "/observatory/signals");
    let pager = Pager::new(query.page, total, PAGE_SIZE, &path, &query.pairs());
    let signals =
        store::signals(db, tenant, filter.clone(), (pager.per_page, pager.offset())).await?;
    let lang = page.lang;
    let mut subjects = labels.choices(Dimension::Theme, lang);
    subjects.extend(labels.choices(Dimension::Right, lang));
    render(&AllPage {
        subjects,
        rounds: rounds(db, tenant).await?,
        organisations: members(db, tenant).await?,
        labels,
        needs: summaries(db, tenant).await?,
        page: page.with_coordination(coordination.as_ref()),
        signals,
        pager,
        filter,
        query: query.clone(),
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
    let scope = (&coordination, &tenant);
    let (form, errors) = (FormValues::default(), FieldErrors::default());
    all_page(&state.db, page, scope, &query, form, errors).await
}
