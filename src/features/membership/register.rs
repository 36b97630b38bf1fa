//! Applying (a public page, no account), admission or refusal, and the member register with each
//! organisation's history and contact persons.

use crate::platform::mail::Block;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use chrono::Utc;
use serde::Deserialize;
use tower_sessions::Session;

use super::charter::{SignatureForm, SignatureValues};
use super::contacts::ContactForm;
use super::decided::{carry_out, Deciding};
use super::roster::{roster, Roster, RosterQuery, RosterSort};
use super::store::bodies::{bodies, Body};
use super::store::charter::{self as charter_store, Signature, Version};
use super::store::{
    self as store, add_contact, contacts, coordinators, membership, AccountState, ContactPerson,
    ContactRole, Decision, Event, Membership, MembershipStatus, NewContact,
};
use crate::domain::{Email, KboNumber, Lang};
use crate::features::meetings::store::minutes::{NewDecision, SubjectDecision, SubjectKind};
use crate::features::meetings::store::{self as meetings_store, MeetingStatus};
use crate::features::meetings::subjects;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{ClientIp, CurrentUser};
use crate::platform::db::Db;
use crate::platform::i18n::{t, t_args};
use crate::platform::mail::{self, Letter};
use crate::platform::policy::{self, Action, MembershipDecision, PublicWrite, Tenant};
use crate::platform::reference;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, flash_names, render, render_invalid, render_rate_limited, AppError,
    FieldErrors, FormOnce, FormValues, PageCtx,
};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/membership/apply.html")]
struct ApplyPage {
    page: PageCtx,
    form: FormValues,
    errors: FieldErrors,
    versions: Vec<Version>,
    themes: Vec<(String, String)>,
}

pub async fn apply_form(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let versions = charter_store::current(&state.db, &coordination).await?;
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    let mut form = FormValues::default();
    form.set("contact_lang", page.lang.code());
    render(&ApplyPage {
        page: page.with_coordination(coordination.as_ref()),
        form,
        errors: FieldErrors::default(),
        versions,
        themes,
    })
}

struct Parsed {
    name: String,
    kbo: Option<String>,
    email: Email,
    website: String,
    address: String,
    motivation: String,
    themes: Vec<String>,
    contact_name: String,
    contact_email: Email,
    contact_phone: String,
    contact_lang: Lang,
    share_consent: bool,
    signature: Option<String>,
}

fn parse(
    form: &FormValues,
    themes: &[(String, String)],
    needs_signature: bool,
) -> Result<Parsed, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut required = |field: &'static str, max: usize| -> String {
        errors
            .check(field, fields::required(form.get(field), max))
            .unwrap_or_default()
    };
    let name = required("name", limits::NAME);
    let address = required("address", limits::LINE);
    let motivation = required("motivation", limits::TEXT);
    let contact_name = required("contact_name", limits::NAME);
    let email = errors.check("email", Email::parse(form.get("email")));
    let contact_email = errors.check("contact_email", Email::parse(form.get("contact_email")));
    let kbo = match form.text("kbo") {
        k if k.is_empty() => None,
        k => errors.check("kbo", KboNumber::parse(&k).map(|n| n.to_string())),
    };
    let website = errors.check("website", fields::website(form.get("website")));
    let contact_phone = errors.check("contact_phone", fields::phone(form.get("contact_phone")));
    let contact_lang = errors.check("contact_lang", Lang::parse(form.get("contact_lang")));
    let chosen: Vec<String> = form.all("themes").into_iter().map(str::to_string).collect();
    if chosen
        .iter()
        .any(|c| !themes.iter().any(|(code, _)| code == c))
    {
        errors.add("themes", "error-choice-invalid");
    }
    let signature = if needs_signature {
        SignatureForm {
            signature_name: form.get("signature_name").to_string(),
            signature_consent: form.checked("signature_consent").then(|| "on".to_string()),
        }
        .check(&mut errors)
    } else {
        None
    };
    errors.into_result()?;
    Ok(Parsed {
        name,
        kbo,
        email: email.expect("checked"),
        website: website.expect("checked"),
        address,
        motivation,
        themes: chosen,
        contact_name,
        contact_email: contact_email.expect("checked"),
        contact_phone: contact_phone.expect("checked"),
        contact_lang: contact_lang.expect("checked"),
        share_consent: form.checked("share_consent"),
        signature,
    })
}

/// Receives an application: the membership (applicant), its main contact, the signatures of the
/// current documents, a confirmation to the applicant and a notification to the coordinators.
pub async fn apply(
    State(state): State<AppState>,
    page: PageCtx,
    once: FormOnce,
    ip: ClientIp,
    CoordPath(coordination): CoordPath,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let allowed = crate::platform::ratelimit::allows_public_form(&state.db, &ip.label()).await?;
    let thanks = page.url_in(&coordination, "/join/thanks");
    let form = FormValues(pairs);
    if !form.get("homepage").is_empty() {
        // The honeypot: a robot. Thank it and keep nothing.
        return Ok(axum::response::IntoResponse::into_response(
            axum::response::Redirect::to(&thanks),
        ));
    }
    let versions = charter_store::current(&state.db, &coordination).await?;
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    let parsed = match (parse(&form, &themes, !versions.is_empty()), allowed) {
        (Ok(parsed), true) => parsed,
        (refused, allowed) => {
            let errors = refused.err().filter(|_| allowed).unwrap_or_else(|| {
                let mut errors = FieldErrors::default();
                errors.add("name", "error-rate-limited");
                errors
            });
            let view = ApplyPage {
                page: page.with_coordination(coordination.as_ref()),
                form,
                errors,
                versions,
                themes,
            };
            return if allowed {
                render_invalid(&view)
            } else {
                render_rate_limited(&view)
            };
        }
    };
    let submission = policy::authorize_public_write(&coordination, PublicWrite::Application)?;
    let coordinators = coordinators(&state.db, &submission).await?;
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let application = store::Application {
        name: &parsed.name,
        kbo: parsed.kbo.as_deref(),
        email: parsed.email.as_str(),
        website: &parsed.website,
        address: &parsed.address,
        motivation: &parsed.motivation,
        themes: &parsed.themes,
    };
    let membership_id = store::insert_application(&mut tx, &submission, &application).await?;
    add_contact(
        &mut tx,
        &submission,
        membership_id,
        &NewContact {
            user_id: None,
            name: &parsed.contact_name,
            email: parsed.contact_email.as_str(),
            phone: &parsed.contact_phone,
            lang: parsed.contact_lang,
            role: ContactRole::Main,
            share_consent: parsed.share_consent,
        },
    )
    .await?;
    if let Some(signature) = &parsed.signature {
        charter_store::sign_all(
            &mut tx,
            &submission,
            membership_id,
            &versions,
            (signature, None),
            page.lang,
        )
        .await?;
    }
    let lang = parsed.contact_lang;
    let coordination_name = |lang: Lang| {
        lang.pick(&coordination.name_fr, &coordination.name_nl)
            .to_string()
    };
    let confirmation = Letter {
        lang,
        subject: t_args(
            lang,
            "mail-apply-subject",
            &[("coordination", &coordination_name(lang))],
        ),
        greeting_name: &parsed.contact_name,
        paragraphs: Block::texts(vec![t_args(
            lang,
            "mail-apply-body",
            &[
                ("organization", &parsed.name),
                ("coordination", &coordination_name(lang)),
            ],
        )]),
        action: None,
        signature: t(lang, "mail-signature"),
    };
    mail::enqueue(
        &mut tx,
        &confirmation.into_email(
            parsed.contact_email.as_str(),
            Some(submission.coordination_id()),
        )?,
    )
    .await?;
    for (email, name, their_lang) in coordinators {
        let lang = Lang::parse(&their_lang).unwrap_or_default();
        let link = format!(
            "{}/{}/{}/members/{membership_id}",
            state.config.base_url(),
            lang.code(),
            coordination.slug
        );
        let notice = Letter {
            lang,
            subject: t_args(
                lang,
                "mail-application-subject",
                &[("organization", &parsed.name)],
            ),
            greeting_name: &name,
            paragraphs: Block::texts(vec![t_args(
                lang,
                "mail-application-body",
                &[("organization", &parsed.name)],
            )]),
            action: Some((t(lang, "mail-application-action"), link)),
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(
            &mut tx,
            &notice.into_email(&email, Some(submission.coordination_id()))?,
        )
        .await?;
    }
    audit::record(
        &mut tx,
        AuditEntry::new("membership.applied")
            .label(parsed.contact_email.as_str().to_string())
            .in_coordination(submission.coordination_id())
            .on("membership", membership_id)
            .change(None, Some(serde_json::json!({ "name": parsed.name, "signed": parsed.signature.is_some() }))),
    )
    .await?;
    once.answer(&mut tx, &thanks, "").await?;
    tx.commit().await?;
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to(&thanks),
    ))
}

#[derive(Template)]
#[template(path = "features/membership/thanks.html")]
struct ThanksPage {
    page: PageCtx,
}

pub async fn thanks(
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    render(&ThanksPage {
        page: page.with_coordination(coordination.as_ref()),
    })
}

#[derive(Template)]
#[template(path = "features/membership/list.html")]
struct ListPage {
    page: PageCtx,
    query: RosterQuery,
    status: Option<MembershipStatus>,
    counts: Vec<(MembershipStatus, i64)>,
    roster: Roster,
    themes: Vec<(String, String)>,
    bodies: Vec<Body>,
    /// The settings as stored, or as typed when they come back with errors.
    settings: SettingsForm,
    settings_errors: FieldErrors,
}

impl ListPage {
    /// How many organisations the register holds, every status.
    fn all_count(&self) -> i64 {
        self.counts.iter().map(|(_, n)| n).sum()
    }

    fn is_tab(&self, status: &MembershipStatus) -> bool {
        self.status == Some(*status)
    }

    fn is_sort(&self, sort: &RosterSort) -> bool {
        self.query.sort() == *sort
    }

    /// How many organisations the search and the filters kept.
    fn total(&self) -> usize {
        usize::try_from(self.roster.pager.total).unwrap_or_default()
    }

    /// The tab of `status` (`None`: every status), keeping the search and the filters.
    fn tab_href(&self, status: Option<&MembershipStatus>) -> String {
        let query = RosterQuery {
            status: status.map_or("all".to_string(), |s| s.as_str().to_string()),
            page: None,
            ..self.query.clone()
        };
        let pairs = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(query.pairs())
            .finish();
        format!("{}?{pairs}", self.page.chref("/members"))
    }

    /// Whether a search or a filter narrows the list.
    fn narrowed(&self) -> bool {
        !self.query.q.trim().is_empty()
            || !self.query.theme.is_empty()
            || !self.query.body.is_empty()
    }
}

pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<RosterQuery>,
) -> Result<Html<String>, AppError> {
    let steering_decides = steering_decides(&state.db, &coordination).await?;
    let tenant = policy::authorize_admission(Some(&user), &coordination, steering_decides)?;
    render(&list_page(&state.db, page, &coordination, &tenant, query, None).await?)
}

async fn list_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    tenant: &Tenant,
    query: RosterQuery,
    typed: Option<(SettingsForm, FieldErrors)>,
) -> Result<ListPage, AppError> {
    let (settings, settings_errors) = match typed {
        Some(typed) => typed,
        None => {
            let stored = SettingsForm {
                admission_by: settings::value(db, tenant, Setting::AdmissionBy).await?,
                threshold: settings::value(db, tenant, Setting::GroupSupportThreshold).await?,
            };
            (stored, FieldErrors::default())
        }
    };
    let path = page.url_in(coordination, "/members");
    let roster = roster(db, tenant, page.lang, &query, &path).await?;
    Ok(ListPage {
        themes: reference::theme_choices(db, page.lang).await?,
        bodies: bodies(db, tenant).await?,
        page: page.with_coordination(coordination.as_ref()),
        status: query.status(),
        query,
        counts: store::status_counts(db, tenant).await?,
        roster,
        settings,
        settings_errors,
    })
}

impl DetailPage {
    /// The decisions the reader may take on this membership now: on an application, whoever
    /// reached the page (the policy let them); on a member's standing, the coordinators.
    fn offered(&self) -> Vec<Decision> {
        Decision::ALL
            .iter()
            .copied()
            .filter(|d| d.applies_to(self.membership.status))
            .filter(|d| self.manages || d.settles() == MembershipDecision::Admission)
            .collect()
    }

    /// "Decided now", then the meetings whose minutes can still take the decision.
    fn meeting_options(&self) -> Vec<(String, String)> {
        std::iter::once((String::new(), self.page.t("members-meeting-none")))
            .chain(self.meetings.iter().cloned())
            .collect()
    }

    /// What taking `decision` does, said in its confirmation: now, or at a meeting's approval.
    fn what_follows(&self, decision: &Decision) -> String {
        let does = self.page.t1(
            decision.confirm_key(),
            "organization",
            &self.membership.name,
        );
        format!("{does} {}", self.page.t("members-confirm-meeting"))
    }

    /// What a meeting decided on this membership, as its minutes say it.
    fn outcome_line(&self, decided: &SubjectDecision) -> String {
        match Decision::parse(&decided.outcome) {
            Ok(decision) => self.page.t1(
                decision.minutes_key(),
                "organization",
                &self.membership.name,
            ),
            Err(_) => decided.outcome.clone(),
        }
    }
}

/// Whether the steering group decides on applications (else the coordinators do): a fact the
/// policy decides on, read before any proof exists.
async fn steering_decides(db: &Db, coordination: &Coordination) -> Result<bool, AppError> {
    Ok(settings::value(db, coordination, Setting::AdmissionBy).await? == "steering")
}

#[derive(Template)]
#[template(path = "features/membership/detail.html")]
struct DetailPage {
    page: PageCtx,
    membership: Membership,
    contacts: Vec<ContactPerson>,
    events: Vec<Event>,
    signatures: Vec<Signature>,
    /// The decision form as typed, when it comes back with errors.
    reason: String,
    meeting: String,
    /// Recent and coming meetings, offered for "decided at": `(id, label)`.
    meetings: Vec<(String, String)>,
    /// The decisions meetings took, or will take when their minutes are approved.
    decided_at: Vec<SubjectDecision>,
    errors: FieldErrors,
    /// Suspending, ending and reinstating are the coordinators'.
    manages: bool,
    /// The new contact person's form: empty, or as typed when it came back.
    contact: ContactForm,
    contact_errors: FieldErrors,
    /// The themes the organisation said it works on, in the reader's language.
    themes: Vec<String>,
}

pub async fn detail(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let steering = steering_decides(&state.db, &coordination).await?;
    let tenant = policy::authorize_admission(Some(&user), &coordination, steering)?;
    render(
        &detail_page(
            &state.db,
            page,
            &user,
            &coordination,
            &tenant,
            id,
            Typed::default(),
        )
        .await?,
    )
}

/// The meetings a decision can be taken at, as `(id, "Title — date")`: the coordination's
/// meetings from six months ago to a year ahead (the next plenary may be far) whose minutes are
/// not approved yet.
async fn meeting_choices(
    db: &Db,
    tenant: &Tenant,
    lang: Lang,
) -> Result<Vec<(String, String)>, AppError> {
    let now = Utc::now();
    let span = (
        now - chrono::Duration::days(183),
        now + chrono::Duration::days(400),
    );
    Ok(meetings_store::between(db, tenant, span)
        .await?
        .into_iter()
        .filter(|m| m.minutes_status.editable() && m.status != MeetingStatus::Cancelled)
        .map(|m| {
            let label = format!(
                "{} — {}",
                m.title(lang),
                crate::platform::i18n::format_date(lang, m.starts_at)
            );
            (m.id.to_string(), label)
        })
        .collect())
}

/// The page's forms as typed, when one comes back with errors.
#[derive(Default)]
pub(super) struct Typed {
    reason: String,
    meeting: String,
    errors: FieldErrors,
    contact: Option<(ContactForm, FieldErrors)>,
}

impl Typed {
    /// The contact person's form, refused.
    pub(super) fn contact(form: ContactForm, errors: FieldErrors) -> Typed {
        Typed {
            contact: Some((form, errors)),
            ..Typed::default()
        }
    }
}

async fn detail_page(
    db: &Db,
    page: PageCtx,
    user: &CurrentUser,
    coordination: &Coordination,
    tenant: &Tenant,
    id: i64,
    typed: Typed,
) -> Result<DetailPage, AppError> {
    let membership = membership(db, tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The steering group, deciding on admission, sees only the contact details shared with the
    // other members; the coordinators see them all.
    let manages = policy::allows(Some(user), Action::ManageMembership, Some(coordination.id));
    let contacts = contacts(db, tenant, &[id])
        .await?
        .into_iter()
        .filter(|c| manages || c.share_consent)
        .collect();
    let events = store::history(db, tenant, id).await?;
    let signatures = charter_store::signatures_of(db, tenant, id).await?;
    let meetings = meeting_choices(db, tenant, page.lang).await?;
    let decided_at = subjects::on_subject(db, tenant, (SubjectKind::Membership, id)).await?;
    let (contact, contact_errors) = typed.contact.unwrap_or_default();
    let choices = reference::theme_choices(db, page.lang).await?;
    let themes = membership
        .theme_codes()
        .map(|code| {
            choices
                .iter()
                .find(|(c, _)| c == code)
                .map_or(code.to_string(), |(_, label)| label.clone())
        })
        .collect();
    Ok(DetailPage {
        themes,
        page: page.with_coordination(coordination.as_ref()),
        membership,
        contacts,
        events,
        signatures,
        reason: typed.reason,
        meeting: typed.meeting,
        meetings,
        decided_at,
        errors: typed.errors,
        manages,
        contact,
        contact_errors,
    })
}

/// The member's page again with 422 and the refused form as typed.
pub(super) async fn refused(
    db: &Db,
    page: PageCtx,
    (user, coordination, tenant): (&CurrentUser, &Coordination, &Tenant),
    id: i64,
    typed: Typed,
) -> Result<Response, AppError> {
    render_invalid(&detail_page(db, page, user, coordination, tenant, id, typed).await?)
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    decision: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    meeting: String,
}

pub async fn decide(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let decision = Decision::parse(&form.decision).map_err(AppError::BadRequest)?;
    let steering = steering_decides(&state.db, &coordination).await?;
    let tenant = policy::authorize_membership_decision(
        Some(&user),
        &coordination,
        steering,
        decision.settles(),
    )?;
    let current = membership(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = decision.leads_to();
    let mut errors = FieldErrors::default();
    if !decision.applies_to(current.status) {
        errors.add("decision", "error-decision-state");
    }
    let reason = errors
        .check("reason", fields::optional(&form.reason, limits::TEXT))
        .unwrap_or_default();
    // The meeting that decides, or none: the decision is then in force at once.
    let meeting = match form.meeting.trim() {
        "" => None,
        chosen => {
            let found = match chosen.parse::<i64>() {
                Ok(meeting_id) => meetings_store::meeting(&state.db, &tenant, meeting_id).await?,
                Err(_) => None,
            };
            if found.is_none() {
                errors.add("meeting", "error-choice-invalid");
            }
            found
        }
    };
    if decision.needs_reason() && reason.is_empty() && !errors.has("reason") {
        errors.add("reason", "error-reason-required");
    }
    if !errors.is_empty() {
        let typed = Typed {
            reason: form.reason.clone(),
            meeting: form.meeting.clone(),
            errors,
            contact: None,
        };
        return refused(&state.db, page, (&user, &coordination, &tenant), id, typed).await;
    }
    let to = page.url_in(&coordination, &format!("/members/{id}"));
    let mut tx = state.db.begin().await?;
    if let Some(meeting) = &meeting {
        // Decided at a meeting: in force when its minutes are approved.
        let text = t_args(
            page.lang,
            decision.minutes_key(),
            &[("organization", &current.name)],
        );
        let proposal = NewDecision {
            item_id: None,
            text: &text,
            subject: Some((SubjectKind::Membership, id)),
            outcome: decision.as_str(),
            reason: &reason,
            supersedes: None,
        };
        if let Err(refusal) = subjects::propose(&mut tx, &tenant, meeting, &proposal).await? {
            tx.rollback().await?;
            let mut errors = FieldErrors::default();
            errors.add("meeting", refusal.message_key());
            let typed = Typed {
                reason: form.reason.clone(),
                meeting: form.meeting.clone(),
                errors,
                contact: None,
            };
            return refused(&state.db, page, (&user, &coordination, &tenant), id, typed).await;
        }
        return commit_audited(
            tx,
            AuditEntry::new("membership.proposed")
                .by(&user)
                .in_coordination(tenant.id())
                .on("membership", id)
                .change(
                    None,
                    Some(serde_json::json!({ "decision": decision, "reason": reason, "meeting": meeting.id })),
                ),
            &session,
            "flash-decision-proposed",
            &to,
        )
        .await;
    }
    let deciding = Deciding {
        state: &state,
        tenant: &tenant,
        coordination: &coordination,
        by: &user,
    };
    if !carry_out(&mut tx, &deciding, &current, decision, (&reason, "")).await? {
        // Decided meanwhile (the same click twice, or two people at once): nothing more happens.
        tx.rollback().await?;
        let mut errors = FieldErrors::default();
        errors.add("decision", "error-decision-state");
        let typed = Typed {
            errors,
            ..Typed::default()
        };
        return refused(&state.db, page, (&user, &coordination, &tenant), id, typed).await;
    }
    let entry = AuditEntry::new("membership.decided")
        .by(&user)
        .in_coordination(tenant.id())
        .on("membership", id)
        .change(
            Some(serde_json::json!({ "status": current.status })),
            Some(serde_json::json!({ "status": status, "reason": reason })),
        );
    if decision != Decision::Admit {
        return commit_audited(tx, entry, &session, "flash-saved", &to).await;
    }
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    // Admission says what it did: who is a member now, and who was invited to an account.
    let main = contacts(&state.db, &tenant, &[id])
        .await?
        .into_iter()
        .find(|c| c.role == ContactRole::Main);
    match &main {
        Some(contact) => {
            let names = [
                ("organization", current.name.as_str()),
                ("person", contact.name.as_str()),
            ];
            flash_names(&session, "flash-admitted-invited", &names).await?
        }
        None => {
            let names = [("organization", current.name.as_str())];
            flash_names(&session, "flash-admitted", &names).await?
        }
    }
    Ok(axum::response::IntoResponse::into_response(
        axum::response::Redirect::to(&to),
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    admission_by: String,
    #[serde(default)]
    threshold: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let to = page.url_in(&coordination, "/members");
    let mut errors = FieldErrors::default();
    let threshold = errors.check("threshold", fields::integer(&form.threshold, 1, 50));
    if !["coordinator", "steering"].contains(&form.admission_by.as_str()) {
        errors.add("admission_by", "error-choice-invalid");
    }
    let (Some(threshold), true) = (threshold, errors.is_empty()) else {
        let typed = Some((form, errors));
        let query = RosterQuery::default();
        let view = list_page(&state.db, page, &coordination, &tenant, query, typed).await?;
        return render_invalid(&view);
    };
    let mut tx = state.db.begin().await?;
    let values = [
        (Setting::AdmissionBy, form.admission_by.clone()),
        (Setting::GroupSupportThreshold, threshold.to_string()),
    ];
    settings::set_values(&mut tx, &tenant, &values).await?;
    commit_audited(tx, AuditEntry::new("membership.settings.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(None, Some(serde_json::json!({ "admission_by": form.admission_by, "threshold": threshold }))), &session, "flash-saved", &to).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_follow_the_membership_cycle() {
        use MembershipStatus as S;
        assert_eq!(Decision::Admit.leads_to(), S::Member);
        assert!(Decision::Admit.applies_to(S::Applicant));
        assert!(!Decision::Suspend.applies_to(S::Applicant));
        assert!(
            Decision::Refuse.needs_reason(),
            "a refusal gives its reason"
        );
        assert!(Decision::parse("delete").is_err());
        for decision in Decision::ALL {
            let reachable = MembershipStatus::ALL
                .iter()
                .any(|s| decision.applies_to(*s));
            assert!(reachable, "{decision} applies somewhere");
            assert!(
                !decision.applies_to(decision.leads_to()),
                "{decision} changes the status"
            );
        }
    }
}
