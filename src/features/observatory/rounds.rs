//! Collection rounds: the coordinator opens a round (say, each semester) with a period and a
//! deadline; every member organisation's contact persons are invited to report, in their language;
//! a few days before the deadline, those whose organisation has reported nothing get a reminder
//! (once, by the housekeeping task, or when the coordinator asks). Publishing a round makes its
//! aggregates public, small groups suppressed.

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::{Duration, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::aggregates::Thresholds;
use super::store::links;
use super::store::rounds::{self as store, rounds, NewRound, Round, RoundStatus, RoundStep};
use super::store::{reporters_in, round_counts};
use crate::domain::AnonymousText;
use crate::features::membership::accounts::activation_link;
use crate::features::membership::store::{contacts, members, ContactPerson, Membership};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::random_token;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::{format_day, t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, commit_audited_once, redirect_with_flash, render, render_invalid, AppError,
    FieldErrors, FlashKind, FormOnce, PageCtx,
};
use crate::platform::web::{Id, IdWord};
use crate::platform::AppState;

/// Days before a round's deadline when those who have not reported are reminded.
const REMINDER_DAYS: i64 = 3;

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
    /// Ticked to open a round whose period overlaps an open one, after being warned.
    #[serde(default)]
    overlap: Option<String>,
}

/// The rounds page holds three forms; the one that came back with errors keeps what was typed.
enum Typed {
    Nothing,
    Round(RoundForm, FieldErrors),
    Right(RightForm, FieldErrors),
    Settings(SettingsForm, FieldErrors),
    /// A round's public text, refused.
    PublicText(i64, PublicTextForm, FieldErrors),
}

#[derive(Template)]
#[template(path = "features/observatory/rounds.html")]
struct RoundsPage {
    page: PageCtx,
    rounds: Vec<(Round, i64, i64)>,
    member_count: i64,
    form: RoundForm,
    errors: FieldErrors,
    /// Rights the coordination added to the shared list: (code, French, Dutch).
    own_rights: Vec<(String, String, String)>,
    right_form: RightForm,
    right_errors: FieldErrors,
    settings_form: SettingsForm,
    settings_errors: FieldErrors,
    /// Invitations and reminders of the rounds that could not be delivered.
    undelivered: Vec<String>,
    /// A round's public text as typed, when it came back refused.
    text_typed: Option<(i64, PublicTextForm)>,
    text_errors: FieldErrors,
}

impl RoundsPage {
    /// A round's public text in `lang` ("fr" or "nl") as its form shows it: as typed when it came
    /// back refused, else as stored.
    fn public_text<'a>(&'a self, round: &'a Round, lang: &str) -> &'a str {
        let typed = self.text_typed.as_ref().filter(|(id, _)| *id == round.id);
        match (typed, lang) {
            (Some((_, form)), "fr") => &form.public_text_fr,
            (Some((_, form)), _) => &form.public_text_nl,
            (None, "fr") => &round.public_text_fr,
            (None, _) => &round.public_text_nl,
        }
    }
}

async fn rounds_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    tenant: &Tenant,
    typed: Typed,
) -> Result<RoundsPage, AppError> {
    let mut listed = Vec::new();
    // Signals and organisations per round in one query, not one per round.
    let counts = round_counts(db, tenant).await?;
    for round in rounds(db, tenant).await? {
        let (signals, organisations) = counts
            .iter()
            .find(|(id, _, _)| *id == round.id)
            .map(|(_, signals, organisations)| (*signals, *organisations))
            .unwrap_or((0, 0));
        listed.push((round, signals, organisations));
    }
    let thresholds = Thresholds::of(db, tenant).await?;
    let stored = SettingsForm {
        minimum: thresholds.people.to_string(),
        organisations: thresholds.organisations.to_string(),
    };
    let none = FieldErrors::default;
    // A refused public text is shown in its round's own form; the page's forms stay as stored.
    let (typed, text_typed, text_errors) = match typed {
        Typed::PublicText(id, form, errors) => (Typed::Nothing, Some((id, form)), errors),
        other => (other, None, none()),
    };
    let (form, errors, right_form, right_errors, settings_form, settings_errors) = match typed {
        Typed::Nothing | Typed::PublicText(..) => (
            RoundForm::default(),
            none(),
            RightForm::default(),
            none(),
            stored,
            none(),
        ),
        Typed::Round(form, errors) => (form, errors, RightForm::default(), none(), stored, none()),
        Typed::Right(form, errors) => (RoundForm::default(), none(), form, errors, stored, none()),
        Typed::Settings(form, errors) => (
            RoundForm::default(),
            none(),
            RightForm::default(),
            none(),
            form,
            errors,
        ),
    };
    Ok(RoundsPage {
        page: page.with_coordination(coordination.as_ref()),
        rounds: listed,
        member_count: members(db, tenant).await?.len() as i64,
        form,
        errors,
        own_rights: store::own_rights(db, tenant).await?,
        right_form,
        right_errors,
        settings_form,
        settings_errors,
        undelivered: mail::undelivered_about(db, tenant, ("round", None)).await?,
        text_typed,
        text_errors,
    })
}

pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    render(&rounds_page(&state.db, page, &coordination, &tenant, Typed::Nothing).await?)
}

/// The contact persons a round's letters go to, with their organisations' names: read before the
/// transaction that writes the letters (a transaction reads only through itself).
struct Recipients {
    people: Vec<ContactPerson>,
    organisations: Vec<Membership>,
}

impl Recipients {
    async fn of(db: &Db, tenant: &Tenant, membership_ids: &[i64]) -> Result<Recipients, AppError> {
        Ok(Recipients {
            people: contacts(db, tenant, membership_ids).await?,
            organisations: members(db, tenant).await?,
        })
    }
}

/// Writes the round's letter (or its reminder) to each contact person, in their language. Each
/// letter holds a personal link to report for the organisation in this round, which works
/// without an account until the deadline; a contact who has not activated an account is also
/// given the link that activates one.
async fn write_to(
    tx: &mut Tx,
    state: &AppState,
    (tenant, coordination): (&Tenant, &Coordination),
    round: &Round,
    Recipients {
        people,
        organisations,
    }: &Recipients,
    reminder: bool,
) -> Result<usize, AppError> {
    let mut sent = 0;
    for person in people {
        let Some(organisation) = organisations.iter().find(|m| m.id == person.membership_id) else {
            continue;
        };
        let lang = person.lang();
        let token = random_token();
        links::create(tx, tenant, round.id, person.id, &token).await?;
        let report = format!(
            "{}/{}/{}/observatory/report/{token}",
            state.config.base_url(),
            lang.code(),
            coordination.slug
        );
        let mine = format!("/{}/{}/observatory/mine", lang.code(), coordination.slug);
        let activation = activation_link(tx, state, tenant, (person, organisation), &mine).await?;
        let key = if reminder { "reminder" } else { "invitation" };
        let deadline = format_day(lang, round.deadline);
        let mut paragraphs = Block::texts(vec![
            t_args(
                lang,
                &format!("mail-round-{key}-body"),
                &[
                    ("name", round.title(lang)),
                    ("organization", organisation.name_in(lang)),
                    ("date", &deadline),
                ],
            ),
            t(lang, "mail-round-privacy"),
            t_args(lang, "mail-round-personal-link", &[("date", &deadline)]),
        ]);
        if let Some(activation) = activation {
            paragraphs.push(Block::Links {
                intro: t(lang, "mail-round-activate"),
                links: vec![(t(lang, "mail-invite-action"), activation)],
            });
        }
        let letter = Letter {
            lang,
            subject: t_args(
                lang,
                &format!("mail-round-{key}-subject"),
                &[("name", round.title(lang))],
            ),
            greeting_name: &person.name,
            paragraphs,
            action: Some((t(lang, "observatory-report"), report)),
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(
            tx,
            &letter
                .into_email(&person.email, Some(coordination.id))?
                .about("round", round.id),
        )
        .await?;
        sent += 1;
    }
    Ok(sent)
}

/// Organisations that have reported nothing in the round.
async fn silent(db: &Db, tenant: &Tenant, round_id: i64) -> Result<Vec<i64>, AppError> {
    let reported = reporters_in(db, tenant, round_id).await?;
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
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    once: FormOnce,
    Form(form): Form<RoundForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let mut errors = FieldErrors::default();
    let date = |v: &str| fields::date(v).ok();
    let (start, end, deadline) = (
        date(&form.period_start),
        date(&form.period_end),
        date(&form.deadline),
    );
    let titles = errors.check_pair(
        ("title_fr", "title_nl"),
        fields::bilingual(&form.title_fr, &form.title_nl, limits::NAME, true),
    );
    match (start, end) {
        (Some(s), Some(e)) if s <= e => {}
        (Some(_), Some(_)) => errors.add("period_end", "error-period-order"),
        (start, end) => {
            // Each date that is not one is said beside itself.
            if start.is_none() {
                errors.add("period_start", "error-period-invalid");
            }
            if end.is_none() {
                errors.add("period_end", "error-period-invalid");
            }
        }
    }
    if deadline.is_none_or(|d| d < Utc::now().date_naive()) {
        errors.add("deadline", "error-deadline-invalid");
    }
    let (Some((title_fr, title_nl)), Some(period_start), Some(period_end), Some(deadline), true) =
        (titles, start, end, deadline, errors.is_empty())
    else {
        let typed = Typed::Round(form, errors);
        let view = rounds_page(&state.db, page, &coordination, &tenant, typed).await?;
        return render_invalid(&view);
    };
    // A title in one language only stands for both.
    let (title_fr, title_nl) = match (title_fr.is_empty(), title_nl.is_empty()) {
        (true, _) => (title_nl.clone(), title_nl),
        (_, true) => (title_fr.clone(), title_fr),
        _ => (title_fr, title_nl),
    };
    let new = NewRound {
        title_fr: &title_fr,
        title_nl: &title_nl,
        period_start,
        period_end,
        deadline,
    };
    let membership_ids: Vec<i64> = members(&state.db, &tenant)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let recipients = Recipients::of(&state.db, &tenant, &membership_ids).await?;
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    // Two open rounds over the same months invite the same situations twice: said first, and
    // opened only once the coordinator ticks that they mean it. (Checked once the form's key is
    // claimed, so a double click answers as the first click did.)
    let overlapping = store::open_rounds(&state.db, &tenant)
        .await?
        .iter()
        .any(|r| r.period_start <= period_end && period_start <= r.period_end);
    if overlapping && form.overlap.is_none() {
        tx.rollback().await?;
        let mut errors = FieldErrors::default();
        errors.add("overlap", "error-round-overlaps");
        let typed = Typed::Round(form, errors);
        let view = rounds_page(&state.db, page, &coordination, &tenant, typed).await?;
        return render_invalid(&view);
    }
    let id = store::open(&mut tx, &tenant, &new).await?;
    let round = Round {
        id,
        title_fr: title_fr.clone(),
        title_nl: title_nl.clone(),
        period_start,
        period_end,
        deadline,
        status: RoundStatus::Open,
        published: false,
        public_text_fr: String::new(),
        public_text_nl: String::new(),
    };
    let invited = write_to(
        &mut tx,
        &state,
        (&tenant, &coordination),
        &round,
        &recipients,
        false,
    )
    .await?;
    commit_audited_once(
        tx, &once,
        AuditEntry::new("observatory.round.opened")
            .by(&user)
            .in_coordination(tenant.id())
            .on("collection_round", id)
            .change(
                None,
                Some(serde_json::json!({ "title": round.title_fr, "deadline": round.deadline, "invited": invited })),
            ),
        "flash-round-opened",
        &page.url_in(&coordination, "/observatory/rounds"))
    .await
}

/// Reminds the silent organisations of one round, claimed by the job; marks the round reminded.
async fn remind(
    state: &AppState,
    tenant: &Tenant,
    coordination: &Coordination,
    round: &Round,
) -> Result<usize, AppError> {
    let silent = silent(&state.db, tenant, round.id).await?;
    let recipients = Recipients::of(&state.db, tenant, &silent).await?;
    let mut tx = state.db.begin().await?;
    store::mark_reminded(&mut tx, tenant, round.id).await?;
    let sent = write_to(
        &mut tx,
        state,
        (tenant, coordination),
        round,
        &recipients,
        true,
    )
    .await?;
    tx.commit().await?;
    Ok(sent)
}

/// Reminders that are due: open rounds whose deadline is at most three days away, reminded once.
/// Run by the housekeeping task; returns how many rounds were reminded.
pub async fn send_due(state: &AppState) -> Result<usize, AppError> {
    let today = Utc::now().date_naive();
    let window = (today, today + Duration::days(REMINDER_DAYS));
    let due = store::due_reminders(&state.db, window).await?;
    let coordinations = tenancy::list(&state.db).await?;
    let mut reminded = 0;
    for (round_id, coordination_id) in due {
        let Some(coordination) = coordinations.iter().find(|c| c.id == coordination_id) else {
            continue;
        };
        // A job, with no person behind it: the system acts for the coordination.
        let tenant = Tenant::system(coordination.id);
        // Claim the round first, so two processes never both remind it.
        if store::claim_reminder(&state.db, &tenant, round_id).await? == 0 {
            continue;
        }
        let Some(round) = store::round(&state.db, &tenant, round_id).await? else {
            continue;
        };
        remind(state, &tenant, coordination, &round).await?;
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
    Path(IdWord { id, word: step }): Path<IdWord>,
    once: FormOnce,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let step = RoundStep::parse(&step).map_err(|_| AppError::NotFound)?;
    let round = store::round(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = page.url_in(&coordination, "/observatory/rounds");
    let recipients = if step == RoundStep::Remind {
        let silent = silent(&state.db, &tenant, round.id).await?;
        Recipients::of(&state.db, &tenant, &silent).await?
    } else {
        Recipients {
            people: Vec::new(),
            organisations: Vec::new(),
        }
    };
    // Reminding twice is allowed (the coordinator asks), but not by one double click.
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    if store::take_step(&mut tx, &tenant, id, step).await? == 0 {
        // The step no longer applies: another click or another coordinator took it.
        tx.rollback().await?;
        return redirect_with_flash(&session, FlashKind::Error, "flash-round-step", &back).await;
    }
    if step == RoundStep::Remind {
        let sent = write_to(
            &mut tx,
            &state,
            (&tenant, &coordination),
            &round,
            &recipients,
            true,
        )
        .await?;
        let entry = AuditEntry::new("observatory.round.reminded")
            .by(&user)
            .in_coordination(tenant.id())
            .on("collection_round", id)
            .change(None, Some(serde_json::json!({ "contacts": sent })));
        return commit_audited_once(tx, &once, entry, "flash-round-reminded", &back).await;
    }
    let key = match step {
        RoundStep::Close => "flash-round-closed",
        RoundStep::Publish => "flash-round-published",
        _ => "flash-saved",
    };
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("observatory.round.changed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("collection_round", id)
            .change(
                Some(serde_json::json!({ "status": round.status, "published": round.published })),
                Some(serde_json::json!({ "step": step })),
            ),
        key,
        &back,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct PublicTextForm {
    #[serde(default)]
    public_text_fr: String,
    #[serde(default)]
    public_text_nl: String,
}

/// What the public page says above a round's figures: its highlights and what was done with the
/// needs. No personal data, as everywhere in the observatory.
pub async fn save_public_text(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<PublicTextForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let round = store::round(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    let anonymous = |text: &str| {
        fields::optional(text, limits::TEXT).and_then(|text| {
            AnonymousText::parse(&text).map_err(|_| "error-need-personal-data")?;
            Ok(text)
        })
    };
    let mut check = |field: &str, text: &str| match anonymous(text) {
        Ok(text) => Some(text),
        Err(key) => {
            errors.add_row(format!("{field}_{id}"), key);
            None
        }
    };
    let fr = check("public_text_fr", &form.public_text_fr);
    let nl = check("public_text_nl", &form.public_text_nl);
    let (Some(fr), Some(nl)) = (fr, nl) else {
        let typed = Typed::PublicText(id, form, errors);
        let view = rounds_page(&state.db, page, &coordination, &tenant, typed).await?;
        return render_invalid(&view);
    };
    let mut tx = state.db.begin().await?;
    store::set_public_text(&mut tx, &tenant, id, (&fr, &nl)).await?;
    commit_audited(
        tx,
        AuditEntry::new("observatory.round.public_text")
            .by(&user)
            .in_coordination(tenant.id())
            .on("collection_round", id)
            .change(
                Some(serde_json::json!({ "fr": round.public_text_fr, "nl": round.public_text_nl })),
                Some(serde_json::json!({ "fr": fr, "nl": nl })),
            ),
        &session,
        "flash-saved",
        &page.url_in(&coordination, "/observatory/rounds"),
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
    let back = page.url_in(&coordination, "/observatory/rounds");
    let mut errors = FieldErrors::default();
    let minimum = errors.check("minimum", fields::integer(&form.minimum, 2, 100));
    let organisations = errors.check("organisations", fields::integer(&form.organisations, 1, 20));
    let (Some(minimum), Some(organisations)) = (minimum, organisations) else {
        let typed = Typed::Settings(form, errors);
        let view = rounds_page(&state.db, page, &coordination, &tenant, typed).await?;
        return render_invalid(&view);
    };
    let mut tx = state.db.begin().await?;
    let values = [
        (Setting::ObservatoryMinimumCount, minimum.to_string()),
        (
            Setting::ObservatoryMinimumOrganisations,
            organisations.to_string(),
        ),
    ];
    settings::set_values(&mut tx, &tenant, &values).await?;
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
    right_fr: String,
    #[serde(default)]
    right_nl: String,
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
    let back = page.url_in(&coordination, "/observatory/rounds");
    let mut errors = FieldErrors::default();
    let names = fields::bilingual(&form.right_fr, &form.right_nl, limits::NAME, true);
    let Some((fr, nl)) = errors.check_pair(("right_fr", "right_nl"), names) else {
        let typed = Typed::Right(form, errors);
        let view = rounds_page(&state.db, page, &coordination, &tenant, typed).await?;
        return render_invalid(&view);
    };
    let (fr, nl) = (fr.as_str(), nl.as_str());
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
    if !store::add_right(&mut tx, &tenant, &code, (fr, nl)).await? {
        errors.add("right_fr", "error-right-exists");
        let typed = Typed::Right(form, errors);
        let view = rounds_page(&state.db, page, &coordination, &tenant, typed).await?;
        return render_invalid(&view);
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
