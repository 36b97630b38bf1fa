//! Editing the social map: organisations, their services and locations. Coordinators edit every
//! record of their coordination; an organisation's contact persons edit their own organisation.
//! Forms post back to themselves; what was typed comes back with the messages when something is
//! wrong, and a valid change goes through [`changes::submit`].

use crate::platform::web::fields::limits;
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::changes::{self, Draft, Outcome, Target};
use super::edit_form::{
    location_values, organization_values, parse_location, parse_organization, parse_service,
    require_place, service_values, WEEKDAY_FIELDS,
};
use super::hours;
use super::store::RecordKind;
use super::store::{
    self, LocationInput, OrganizationInput, ServiceInput, ServiceStatus, SPOKEN, TARGET_GROUPS,
};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Editor, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    FormValues, PageCtx,
};
use crate::platform::web::{Id, Part};
use crate::platform::AppState;

/// What an edit page is about, from its URL.
#[derive(Clone, Copy, Debug)]
pub enum Subject {
    NewOrganization,
    Organization(i64),
    NewService { organization_id: i64 },
    Service(i64),
    NewLocation { organization_id: i64 },
    Location(i64),
}

/// A subject once found and authorized.
struct Resolved {
    tenant: Tenant,
    editor: Editor,
    target: Target,
    organization: Option<store::Organization>,
    current: Draft,
}

pub async fn is_contact(
    db: &Db,
    coordination: &Coordination,
    organization_id: i64,
    user_id: i64,
) -> Result<bool, AppError> {
    Ok(store::editors::is_contact(db, coordination, organization_id, user_id).await?)
}

async fn resolve(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    subject: Subject,
) -> Result<Resolved, AppError> {
    // People without a role here learn nothing, not even whether the record exists.
    policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let (organization_id, record_id, current) = match subject {
        Subject::NewOrganization => {
            let tenant = policy::authorize(Some(user), Action::EditDirectory, coordination)?;
            return Ok(Resolved {
                tenant,
                editor: Editor::Coordinator,
                target: Target {
                    organization_id: None,
                    record_id: None,
                },
                organization: None,
                current: Draft::Organization(OrganizationInput::default()),
            });
        }
        Subject::Organization(id) => (id, Some(id), None),
        Subject::NewService { organization_id } => (
            organization_id,
            None,
            Some(Draft::Service(ServiceInput {
                status: ServiceStatus::Active,
                ..ServiceInput::default()
            })),
        ),
        Subject::NewLocation { organization_id } => (
            organization_id,
            None,
            Some(Draft::Location(LocationInput {
                nis_code: coordination.nis_code.clone(),
                ..LocationInput::default()
            })),
        ),
        Subject::Service(id) => {
            let (organization_id, input) = store::service_input(db, &coordination, id)
                .await?
                .ok_or(AppError::NotFound)?;
            (organization_id, Some(id), Some(Draft::Service(input)))
        }
        Subject::Location(id) => {
            let location = store::location(db, &coordination, id)
                .await?
                .ok_or(AppError::NotFound)?;
            (
                location.organization_id,
                Some(id),
                Some(Draft::Location(location.into())),
            )
        }
    };
    let organization = store::organization(db, &coordination, organization_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let contact = is_contact(db, coordination, organization_id, user.id).await?;
    let (tenant, editor) = policy::authorize_organization(Some(user), coordination, contact)?;
    let current = match current {
        Some(current) => current,
        None => Draft::Organization(
            store::organization_input(db, &coordination, organization_id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
    };
    Ok(Resolved {
        tenant,
        editor,
        target: Target {
            organization_id: Some(organization_id),
            record_id,
        },
        organization: Some(organization),
        current,
    })
}

pub use store::editors::EditorView;

pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "features/directory/edit.html")]
struct EditPage {
    page: PageCtx,
    /// Opened from a new member's guided path: saving leads back to it.
    guided: bool,
    kind: RecordKind,
    is_new: bool,
    action: String,
    cancel: String,
    organization_name: String,
    organization_id: i64,
    form: FormValues,
    errors: FieldErrors,
    needs_approval: bool,
    editors: Vec<EditorView>,
    can_manage_editors: bool,
    /// The address typed to add an editor, when it came back refused.
    editor_email: String,
    editor_errors: FieldErrors,
    themes: Vec<Choice>,
    statuses: Vec<Choice>,
    target_groups: Vec<Choice>,
    languages: Vec<Choice>,
    locations: Vec<Choice>,
    municipalities: Vec<Choice>,
    weekdays: Vec<(&'static str, String)>,
}

impl EditPage {
    fn title_key(&self) -> String {
        let new = if self.is_new { "new-" } else { "" };
        format!("record-title-{new}{}", self.kind)
    }

    /// The service form's lists of checkboxes: field, legend, options.
    fn choice_groups(&self) -> [(&'static str, String, &Vec<Choice>); 4] {
        [
            ("themes", self.page.t("field-themes"), &self.themes),
            (
                "target_groups",
                self.page.t("field-target-groups"),
                &self.target_groups,
            ),
            ("languages", self.page.t("field-languages"), &self.languages),
            (
                "location_ids",
                self.page.t("field-location-ids"),
                &self.locations,
            ),
        ]
    }
}

fn subject_path(subject: Subject) -> String {
    match subject {
        Subject::NewOrganization => "/map/organizations/new".into(),
        Subject::Organization(id) => format!("/organizations/{id}/edit"),
        Subject::NewService { organization_id } => {
            format!("/organizations/{organization_id}/services/new")
        }
        Subject::Service(id) => format!("/services/{id}/edit"),
        Subject::NewLocation { organization_id } => {
            format!("/organizations/{organization_id}/locations/new")
        }
        Subject::Location(id) => format!("/locations/{id}/edit"),
    }
}

/// Municipalities as "Anderlecht / Anderlecht" choices, in French alphabetical order.
async fn municipalities(db: &Db) -> Result<Vec<(String, String)>, AppError> {
    let reference = crate::platform::reference::Reference::places_and_themes(db).await?;
    Ok(crate::platform::reference::Reference::choices(
        &reference.municipalities,
        crate::domain::Lang::Fr,
    )
    .into_iter()
    .map(|(code, fr)| {
        let nl = crate::platform::reference::Reference::name(
            &reference.municipalities,
            &code,
            crate::domain::Lang::Nl,
        )
        .unwrap_or("")
        .to_string();
        (code, format!("{fr} / {nl}"))
    })
    .collect())
}

#[allow(clippy::too_many_arguments)]
async fn edit_page(
    db: &Db,
    page: PageCtx,
    coordination: &Coordination,
    subject: Subject,
    resolved: &Resolved,
    form: FormValues,
    errors: FieldErrors,
) -> Result<EditPage, AppError> {
    let page = page.with_coordination(coordination.as_ref());
    let lang = page.lang;
    let organization_id = resolved.target.organization_id.unwrap_or_default();
    let is_new = resolved.target.record_id.is_none();
    let cancel = match (subject, resolved.target.organization_id) {
        (Subject::Service(id), _) => format!("/services/{id}"),
        (_, Some(org)) => format!("/organizations/{org}"),
        (_, None) => "/map".into(),
    };
    let choices = |codes: &[&str], prefix: &str| -> Vec<Choice> {
        codes
            .iter()
            .map(|c| Choice {
                value: c.to_string(),
                label: crate::platform::i18n::t(lang, &format!("{prefix}{c}")),
            })
            .collect()
    };
    let themes: Vec<Choice> = crate::platform::reference::theme_choices(db, lang)
        .await?
        .into_iter()
        .map(|(value, label)| Choice { value, label })
        .collect();
    let locations = match resolved.target.organization_id {
        Some(org) => store::organization_locations(db, &coordination, org)
            .await?
            .into_iter()
            .map(|l| Choice {
                value: l.id.to_string(),
                label: format!(
                    "{} {}, {}",
                    lang.pick(&l.name_fr, &l.name_nl),
                    lang.pick(&l.street_fr, &l.street_nl),
                    l.postcode
                )
                .trim()
                .to_string(),
            })
            .collect(),
        None => Vec::new(),
    };
    let municipalities = municipalities(db)
        .await?
        .into_iter()
        .map(|(value, label)| Choice { value, label })
        .collect();
    let needs_approval = resolved.editor == Editor::OrganizationContact
        && settings::flag(db, coordination, Setting::MemberEditsNeedApproval).await?;
    let can_manage_editors =
        resolved.editor == Editor::Coordinator && matches!(subject, Subject::Organization(_));
    let editors = if can_manage_editors {
        store::editors::editors(db, &resolved.tenant, organization_id).await?
    } else {
        Vec::new()
    };
    let weekdays = WEEKDAY_FIELDS
        .iter()
        .zip(hours::WEEKDAY_KEYS)
        .map(|(field, key)| (*field, crate::platform::i18n::t(lang, key)))
        .collect();
    Ok(EditPage {
        guided: form.get("guide") == GUIDED,
        kind: resolved.current.kind(),
        is_new,
        action: page.chref(&subject_path(subject)),
        cancel: page.chref(&cancel),
        organization_name: resolved
            .organization
            .as_ref()
            .map(|o| lang.pick(&o.name_fr, &o.name_nl).to_string())
            .unwrap_or_default(),
        organization_id,
        form,
        errors,
        needs_approval,
        editors,
        can_manage_editors,
        editor_email: String::new(),
        editor_errors: FieldErrors::default(),
        themes,
        statuses: ServiceStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.to_string(),
                label: t(lang, s.label_key()),
            })
            .collect(),
        target_groups: choices(&TARGET_GROUPS, "target-"),
        languages: choices(&SPOKEN, "spoken-"),
        locations,
        municipalities,
        weekdays,
        page,
    })
}

fn values_of(draft: &Draft) -> FormValues {
    match draft {
        Draft::Organization(i) => organization_values(i),
        Draft::Service(i) => service_values(i),
        Draft::Location(i) => location_values(i),
    }
}

/// What a form carries when a new member's guided path opened it (`?guide=1`).
pub const GUIDED: &str = "1";

pub async fn show_form(
    subject: Subject,
    state: AppState,
    page: PageCtx,
    user: CurrentUser,
    coordination: Coordination,
) -> Result<Html<String>, AppError> {
    let resolved = resolve(&state.db, &user, &coordination, subject).await?;
    let mut form = values_of(&resolved.current);
    if page.query_says("guide", GUIDED) {
        form.set("guide", GUIDED);
    }
    // A new service is offered at the organisation's place when it has only one.
    if let (Draft::Service(_), None, Some(org)) = (
        &resolved.current,
        resolved.target.record_id,
        resolved.target.organization_id,
    ) {
        let places = store::organization_locations(&state.db, &coordination, org).await?;
        if let [only] = places.as_slice() {
            form.set("location_ids", only.id);
        }
        // The guided path passes the themes the organisation gave when it applied.
        for theme in page.query_values("themes") {
            form.set("themes", theme);
        }
    }
    let view = edit_page(
        &state.db,
        page,
        &coordination,
        subject,
        &resolved,
        form,
        FieldErrors::default(),
    )
    .await?;
    render(&view)
}

pub async fn save(
    subject: Subject,
    state: AppState,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    coordination: Coordination,
    pairs: Vec<(String, String)>,
) -> Result<Response, AppError> {
    let resolved = resolve(&state.db, &user, &coordination, subject).await?;
    let form = FormValues(pairs);
    let parsed = match &resolved.current {
        Draft::Organization(_) => parse_organization(&form).map(Draft::Organization),
        Draft::Location(_) => {
            parse_location(&form, &municipalities(&state.db).await?).map(Draft::Location)
        }
        Draft::Service(_) => {
            let themes = store::themes(&state.db).await?;
            let locations: Vec<i64> = match resolved.target.organization_id {
                Some(org) => store::organization_locations(&state.db, &coordination, org)
                    .await?
                    .iter()
                    .map(|l| l.id)
                    .collect(),
                None => Vec::new(),
            };
            parse_service(&form, &themes, &locations)
                .and_then(|service| require_place(&form, service))
                .map(Draft::Service)
        }
    };
    let after = match parsed {
        Ok(after) => after,
        Err(errors) => {
            let view = edit_page(
                &state.db,
                page,
                &coordination,
                subject,
                &resolved,
                form,
                errors,
            )
            .await?;
            return render_invalid(&view);
        }
    };
    let outcome = changes::submit(
        &state.db,
        &resolved.tenant,
        resolved.editor,
        &user,
        resolved.target,
        &resolved.current,
        &after,
    )
    .await?;
    let base = page.url_in(&coordination, "");
    // From the guided path of a new member: back to it, on to the next step.
    if form.get("guide") == GUIDED {
        let key = match outcome {
            Outcome::Pending => "flash-change-pending",
            Outcome::Applied { .. } => "flash-saved",
        };
        let to = format!("{base}/my-organisation#map-record");
        return redirect_with_flash(&session, FlashKind::Success, key, &to).await;
    }
    let (to, key) = match (outcome, &after) {
        (Outcome::Applied { record_id }, Draft::Service(_)) => {
            (format!("{base}/services/{record_id}"), "flash-saved")
        }
        (Outcome::Applied { record_id }, Draft::Organization(_)) => {
            (format!("{base}/organizations/{record_id}"), "flash-saved")
        }
        (Outcome::Applied { .. }, Draft::Location(_)) => (
            format!(
                "{base}/organizations/{}",
                resolved.target.organization_id.unwrap_or_default()
            ),
            "flash-saved",
        ),
        (Outcome::Pending, _) => (
            format!(
                "{base}/organizations/{}",
                resolved.target.organization_id.unwrap_or_default()
            ),
            "flash-change-pending",
        ),
    };
    redirect_with_flash(&session, FlashKind::Success, key, &to).await
}

#[derive(Debug, Deserialize)]
pub struct AddEditorForm {
    #[serde(default)]
    email: String,
}

/// Makes a person with a role in the coordination a contact person who edits the organisation.
pub async fn add_editor(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id {
        id: organization_id,
    }): Path<Id>,
    Form(form): Form<AddEditorForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    store::organization(&state.db, &tenant, organization_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let to = page.url_in(
        &coordination,
        &format!("/organizations/{organization_id}/edit"),
    );
    let person = store::editors::person_by_email(&state.db, &tenant, form.email.trim()).await?;
    let Some((person_id, email)) = person else {
        let subject = Subject::Organization(organization_id);
        let resolved = resolve(&state.db, &user, &coordination, subject).await?;
        let values = values_of(&resolved.current);
        let none = FieldErrors::default();
        let mut view = edit_page(
            &state.db,
            page,
            &coordination,
            subject,
            &resolved,
            values,
            none,
        )
        .await?;
        view.editor_errors
            .add("editor_email", "error-editor-unknown");
        view.editor_email = form.email;
        return render_invalid(&view);
    };
    let mut tx = state.db.begin().await?;
    add_contact(&mut tx, &tenant, organization_id, person_id).await?;
    commit_audited(
        tx,
        AuditEntry::new("directory.editor.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("organization", organization_id)
            .change(None, Some(serde_json::json!({ "editor": email }))),
        &session,
        "flash-saved",
        &to,
    )
    .await
}

/// Lets a person edit an organisation's records as its contact person.
pub async fn add_contact(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    user_id: i64,
) -> Result<(), AppError> {
    store::editors::add(tx, tenant, organization_id, user_id).await?;
    Ok(())
}

pub async fn remove_editor(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part {
        id: organization_id,
        part: person_id,
    }): Path<Part>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let mut tx = state.db.begin().await?;
    let removed = store::editors::remove(&mut tx, &tenant, organization_id, person_id).await?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        AuditEntry::new("directory.editor.removed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("organization", organization_id)
            .change(Some(serde_json::json!({ "editor": person_id })), None),
    )
    .await?;
    tx.commit().await?;
    let to = page.url_in(
        &coordination,
        &format!("/organizations/{organization_id}/edit"),
    );
    redirect_with_flash(&session, FlashKind::Success, "flash-saved", &to).await
}

/// Whether the current reader may edit an organisation (for the "edit" links on public pages).
pub async fn can_edit(
    db: &Db,
    user: Option<&CurrentUser>,
    coordination: &Coordination,
    organization_id: i64,
) -> Result<bool, AppError> {
    let Some(user) = user else { return Ok(false) };
    let contact = is_contact(db, coordination, organization_id, user.id).await?;
    Ok(policy::authorize_organization(Some(user), coordination, contact).is_ok())
}
