//! Editing the social map: organisations, their services and locations. Coordinators edit every
//! record of their coordination; an organisation's contact persons edit their own organisation.
//! Forms post back to themselves; what was typed comes back with the messages when something is
//! wrong, and a valid change goes through [`changes::submit`].

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::NaiveDate;
use serde::Deserialize;
use tower_sessions::Session;

use super::changes::{self, Draft, Outcome, Target};
use super::hours;
use super::store::RecordKind;
use super::store::{
    self, Closure, Contact, LocationInput, OrganizationInput, Phone, Schedule, ServiceInput,
    ServiceStatus, Theme, SPOKEN, TARGET_GROUPS,
};
use crate::domain::{Email, KboNumber, MessageKey};
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

const MAX_NAME: usize = 200;
const MAX_TEXT: usize = 5000;
const WEEKDAY_FIELDS: [&str; 7] = [
    "hours_1", "hours_2", "hours_3", "hours_4", "hours_5", "hours_6", "hours_7",
];

fn check_len(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.add(field, "error-too-long");
    }
}

/// Two language versions of one text, at least one of them given.
fn bilingual(
    form: &FormValues,
    errors: &mut FieldErrors,
    fr: &'static str,
    nl: &'static str,
    max: usize,
    required: bool,
) -> (String, String) {
    let (text_fr, text_nl) = (form.text(fr), form.text(nl));
    check_len(errors, fr, &text_fr, max);
    check_len(errors, nl, &text_nl, max);
    if required && text_fr.is_empty() && text_nl.is_empty() {
        errors.add(fr, "error-one-language-required");
    }
    (text_fr, text_nl)
}

fn optional<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    parse: impl Fn(&str) -> Result<T, MessageKey>,
) -> Option<T> {
    if value.trim().is_empty() {
        None
    } else {
        errors.check(field, parse(value.trim()))
    }
}

fn parse_website(input: &str) -> Result<String, MessageKey> {
    let ok = (input.starts_with("https://") || input.starts_with("http://"))
        && input.len() > 10
        && input.len() <= 300
        && !input.contains(char::is_whitespace);
    ok.then(|| input.to_string()).ok_or("error-url-invalid")
}

pub fn parse_organization(form: &FormValues) -> Result<OrganizationInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name_fr, name_nl) = bilingual(form, &mut errors, "name_fr", "name_nl", MAX_NAME, true);
    let (description_fr, description_nl) = bilingual(
        form,
        &mut errors,
        "description_fr",
        "description_nl",
        MAX_TEXT,
        false,
    );
    let legal_status = form.text("legal_status");
    check_len(&mut errors, "legal_status", &legal_status, 100);
    let kbo = optional(&mut errors, "kbo", form.get("kbo"), |v| {
        KboNumber::parse(v).map(|k| k.to_string())
    });
    let website = optional(&mut errors, "website", form.get("website"), parse_website);
    let email = optional(&mut errors, "email", form.get("email"), |v| {
        Email::parse(v).map(|e| e.as_str().to_string())
    });
    let social_brussels_id = optional(
        &mut errors,
        "social_brussels_id",
        form.get("social_brussels_id"),
        |v| {
            (v.len() <= 20 && v.chars().all(|c| c.is_ascii_alphanumeric()))
                .then(|| v.to_string())
                .ok_or("error-identifier-invalid")
        },
    );
    let phones = parse_phones(form, &mut errors);
    errors.into_result()?;
    Ok(OrganizationInput {
        uid: None,
        name_fr,
        name_nl,
        description_fr,
        description_nl,
        legal_status,
        kbo,
        website: website.unwrap_or_default(),
        email: email.unwrap_or_default(),
        social_brussels_id,
        phones,
    })
}

pub fn organization_values(input: &OrganizationInput) -> FormValues {
    let mut form = FormValues::default();
    for (name, value) in [
        ("name_fr", &input.name_fr),
        ("name_nl", &input.name_nl),
        ("description_fr", &input.description_fr),
        ("description_nl", &input.description_nl),
        ("legal_status", &input.legal_status),
        ("website", &input.website),
        ("email", &input.email),
    ] {
        form.set(name, value);
    }
    form.set("kbo", input.kbo.clone().unwrap_or_default());
    form.set(
        "social_brussels_id",
        input.social_brussels_id.clone().unwrap_or_default(),
    );
    set_rows(&mut form, &PHONE_FIELDS, phone_rows(&input.phones));
    form
}

fn parse_coordinate(input: &str, limit: f64) -> Result<f64, MessageKey> {
    input
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= limit)
        .ok_or("error-coordinate-invalid")
}

pub fn parse_location(
    form: &FormValues,
    municipalities: &[(String, String)],
) -> Result<LocationInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name_fr, name_nl) = bilingual(form, &mut errors, "name_fr", "name_nl", MAX_NAME, false);
    let (street_fr, street_nl) =
        bilingual(form, &mut errors, "street_fr", "street_nl", MAX_NAME, true);
    let postcode = form.text("postcode");
    if !(postcode.len() == 4 && postcode.chars().all(|c| c.is_ascii_digit())) {
        errors.add("postcode", "error-postcode-invalid");
    }
    let nis_code = form.text("nis_code");
    if !municipalities.iter().any(|(code, _)| *code == nis_code) {
        errors.add("nis_code", "error-choice-invalid");
    }
    let latitude = optional(&mut errors, "latitude", form.get("latitude"), |v| {
        parse_coordinate(v, 90.0)
    });
    let longitude = optional(&mut errors, "longitude", form.get("longitude"), |v| {
        parse_coordinate(v, 180.0)
    });
    let (accessibility_fr, accessibility_nl) = bilingual(
        form,
        &mut errors,
        "accessibility_fr",
        "accessibility_nl",
        MAX_TEXT,
        false,
    );
    let (transport_fr, transport_nl) = bilingual(
        form,
        &mut errors,
        "transport_fr",
        "transport_nl",
        MAX_TEXT,
        false,
    );
    errors.into_result()?;
    Ok(LocationInput {
        uid: None,
        name_fr,
        name_nl,
        street_fr,
        street_nl,
        postcode,
        nis_code,
        latitude,
        longitude,
        accessibility_fr,
        accessibility_nl,
        transport_fr,
        transport_nl,
    })
}

pub fn location_values(input: &LocationInput) -> FormValues {
    let mut form = FormValues::default();
    for (name, value) in [
        ("name_fr", &input.name_fr),
        ("name_nl", &input.name_nl),
        ("street_fr", &input.street_fr),
        ("street_nl", &input.street_nl),
        ("postcode", &input.postcode),
        ("nis_code", &input.nis_code),
        ("accessibility_fr", &input.accessibility_fr),
        ("accessibility_nl", &input.accessibility_nl),
        ("transport_fr", &input.transport_fr),
        ("transport_nl", &input.transport_nl),
    ] {
        form.set(name, value);
    }
    form.set(
        "latitude",
        input.latitude.map(|v| v.to_string()).unwrap_or_default(),
    );
    form.set(
        "longitude",
        input.longitude.map(|v| v.to_string()).unwrap_or_default(),
    );
    form
}

/// A time as people write it: "9:00", "09:00", "13h30", "17h", "9".
fn clock(input: &str) -> Option<String> {
    let time = input.trim().replace(['h', 'H', '.'], ":");
    match time.split_once(':') {
        Some((_, "")) => hours::parse_time(&format!("{time}00")),
        Some(_) => hours::parse_time(&time),
        None => hours::parse_time(&format!("{time}:00")),
    }
}

/// "09:00-12:00, 13:30-17:00" into ranges; an empty day is closed.
pub fn parse_day(weekday: i64, input: &str) -> Result<Vec<Schedule>, MessageKey> {
    input
        .split([',', ';'])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|range| {
            let (opens, closes) = range.split_once(['-', '–']).ok_or("error-hours-invalid")?;
            let opens = clock(opens).ok_or("error-hours-invalid")?;
            let closes = clock(closes).ok_or("error-hours-invalid")?;
            if opens >= closes {
                return Err("error-hours-invalid");
            }
            Ok(Schedule {
                weekday,
                opens,
                closes,
            })
        })
        .collect()
}

fn day_text(schedules: &[Schedule], weekday: i64) -> String {
    schedules
        .iter()
        .filter(|s| s.weekday == weekday)
        .map(|s| format!("{}-{}", s.opens, s.closes))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The numbered rows of a group, skipping rows left empty.
fn filled_rows<'a>(
    form: &'a FormValues,
    fields: &'a [&'a str],
) -> impl Iterator<Item = Vec<String>> + 'a {
    form.rows(fields[0])
        .into_iter()
        .chain(fields[1..].iter().flat_map(|f| form.rows(f)))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|row| {
            fields
                .iter()
                .map(|f| form.at(f, row).trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|values| values.iter().any(|v| !v.is_empty()))
}

const CLOSURE_FIELDS: [&str; 4] = [
    "closure_starts_on",
    "closure_ends_on",
    "closure_reason_fr",
    "closure_reason_nl",
];
const PHONE_FIELDS: [&str; 3] = [
    "phone_number",
    "phone_description_fr",
    "phone_description_nl",
];
const CONTACT_FIELDS: [&str; 4] = [
    "contact_name",
    "contact_title",
    "contact_email",
    "contact_phone",
];

fn parse_phone_number(input: &str) -> Result<String, MessageKey> {
    let digits = input.chars().filter(char::is_ascii_digit).count();
    let allowed = input
        .chars()
        .all(|c| c.is_ascii_digit() || " +./()-".contains(c));
    (allowed && (6..=15).contains(&digits))
        .then(|| input.to_string())
        .ok_or("error-phone-invalid")
}

fn parse_phones(form: &FormValues, errors: &mut FieldErrors) -> Vec<Phone> {
    let mut phones = Vec::new();
    for row in filled_rows(form, &PHONE_FIELDS) {
        if let Some(number) = errors.check("phones", parse_phone_number(&row[0])) {
            phones.push(Phone {
                number,
                description_fr: row[1].clone(),
                description_nl: row[2].clone(),
            });
        }
    }
    phones
}

fn set_rows(form: &mut FormValues, fields: &[&str], values: Vec<Vec<String>>) {
    for (row, values) in values.into_iter().enumerate() {
        for (field, value) in fields.iter().zip(values) {
            form.set(format!("{field}_{row}"), value);
        }
    }
}

fn phone_rows(phones: &[Phone]) -> Vec<Vec<String>> {
    phones
        .iter()
        .map(|p| {
            vec![
                p.number.clone(),
                p.description_fr.clone(),
                p.description_nl.clone(),
            ]
        })
        .collect()
}

pub fn parse_service(
    form: &FormValues,
    themes: &[Theme],
    location_ids: &[i64],
) -> Result<ServiceInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name_fr, name_nl) = bilingual(form, &mut errors, "name_fr", "name_nl", MAX_NAME, true);
    let mut text = |fr, nl| bilingual(form, &mut errors, fr, nl, MAX_TEXT, false);
    let (description_fr, description_nl) = text("description_fr", "description_nl");
    let (eligibility_fr, eligibility_nl) = text("eligibility_fr", "eligibility_nl");
    let (fees_fr, fees_nl) = text("fees_fr", "fees_nl");
    let (application_fr, application_nl) = text("application_fr", "application_nl");
    let status = errors
        .check("status", ServiceStatus::parse(form.get("status")))
        .unwrap_or_default();
    let mut codes = |field: &'static str, known: &dyn Fn(&str) -> bool| -> Vec<String> {
        let chosen: Vec<String> = form.all(field).into_iter().map(str::to_string).collect();
        if chosen.iter().any(|c| !known(c)) {
            errors.add(field, "error-choice-invalid");
        }
        chosen
    };
    let theme_codes = codes("themes", &|c| themes.iter().any(|t| t.code == c));
    let languages = codes("languages", &|c| SPOKEN.contains(&c));
    let target_groups = codes("target_groups", &|c| TARGET_GROUPS.contains(&c));
    let locations = codes("location_ids", &|c| {
        c.parse::<i64>().is_ok_and(|id| location_ids.contains(&id))
    });
    let mut schedules = Vec::new();
    for (day, field) in (1..=7).zip(WEEKDAY_FIELDS) {
        if let Some(ranges) = errors.check(field, parse_day(day, form.get(field))) {
            schedules.extend(ranges);
        }
    }
    let mut closures = Vec::new();
    for row in filled_rows(form, &CLOSURE_FIELDS) {
        let date = |v: &str| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
        match (date(&row[0]), date(&row[1]).or(date(&row[0]))) {
            (Some(starts_on), Some(ends_on)) if ends_on >= starts_on => closures.push(Closure {
                starts_on,
                ends_on,
                reason_fr: row[2].clone(),
                reason_nl: row[3].clone(),
            }),
            _ => errors.add("closures", "error-closure-invalid"),
        }
    }
    let phones = parse_phones(form, &mut errors);
    let mut contacts = Vec::new();
    for row in filled_rows(form, &CONTACT_FIELDS) {
        let email_ok = row[2].is_empty() || Email::parse(&row[2]).is_ok();
        let phone_ok = row[3].is_empty() || parse_phone_number(&row[3]).is_ok();
        if row[0].is_empty() || !email_ok || !phone_ok {
            errors.add("contacts", "error-contact-invalid");
            continue;
        }
        contacts.push(Contact {
            name: row[0].clone(),
            title: row[1].clone(),
            email: row[2].clone(),
            phone: row[3].clone(),
        });
    }
    errors.into_result()?;
    Ok(ServiceInput {
        uid: None,
        name_fr,
        name_nl,
        description_fr,
        description_nl,
        eligibility_fr,
        eligibility_nl,
        fees_fr,
        fees_nl,
        application_fr,
        application_nl,
        status,
        by_appointment: form.checked("by_appointment"),
        themes: theme_codes,
        languages,
        target_groups,
        schedules,
        closures,
        location_ids: locations.iter().filter_map(|l| l.parse().ok()).collect(),
        phones,
        contacts,
    })
}

pub fn service_values(input: &ServiceInput) -> FormValues {
    let mut form = FormValues::default();
    for (name, value) in [
        ("name_fr", &input.name_fr),
        ("name_nl", &input.name_nl),
        ("description_fr", &input.description_fr),
        ("description_nl", &input.description_nl),
        ("eligibility_fr", &input.eligibility_fr),
        ("eligibility_nl", &input.eligibility_nl),
        ("fees_fr", &input.fees_fr),
        ("fees_nl", &input.fees_nl),
        ("application_fr", &input.application_fr),
        ("application_nl", &input.application_nl),
    ] {
        form.set(name, value);
    }
    form.set("status", input.status);
    if input.by_appointment {
        form.set("by_appointment", "on");
    }
    for (field, codes) in [
        ("themes", &input.themes),
        ("languages", &input.languages),
        ("target_groups", &input.target_groups),
    ] {
        for code in codes {
            form.set(field, code);
        }
    }
    for id in &input.location_ids {
        form.set("location_ids", id);
    }
    for (day, field) in (1..=7).zip(WEEKDAY_FIELDS) {
        form.set(field, day_text(&input.schedules, day));
    }
    set_rows(
        &mut form,
        &CLOSURE_FIELDS,
        input
            .closures
            .iter()
            .map(|c| {
                vec![
                    c.starts_on.to_string(),
                    c.ends_on.to_string(),
                    c.reason_fr.clone(),
                    c.reason_nl.clone(),
                ]
            })
            .collect(),
    );
    set_rows(&mut form, &PHONE_FIELDS, phone_rows(&input.phones));
    set_rows(
        &mut form,
        &CONTACT_FIELDS,
        input
            .contacts
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    c.title.clone(),
                    c.email.clone(),
                    c.phone.clone(),
                ]
            })
            .collect(),
    );
    form
}

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

pub async fn show_form(
    subject: Subject,
    state: AppState,
    page: PageCtx,
    user: CurrentUser,
    coordination: Coordination,
) -> Result<Html<String>, AppError> {
    let resolved = resolve(&state.db, &user, &coordination, subject).await?;
    let form = values_of(&resolved.current);
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
            parse_service(&form, &themes, &locations).map(Draft::Service)
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
        return redirect_with_flash(&session, FlashKind::Error, "flash-editor-unknown", &to).await;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_accept_the_usual_spellings() {
        let day = parse_day(2, "9:00-12:00, 13h30–17h").unwrap();
        assert_eq!(
            day.iter()
                .map(|s| (s.opens.as_str(), s.closes.as_str()))
                .collect::<Vec<_>>(),
            [("09:00", "12:00"), ("13:30", "17:00")]
        );
        assert!(parse_day(2, "").unwrap().is_empty());
        assert!(parse_day(2, "12:00-09:00").is_err());
        assert!(parse_day(2, "morning").is_err());
    }

    #[test]
    fn a_service_survives_its_form() {
        let themes = vec![Theme {
            code: "housing".into(),
            name_fr: "Logement".into(),
            name_nl: "Huisvesting".into(),
            name_en: "Housing".into(),
        }];
        let input = ServiceInput {
            name_fr: "Aide".into(),
            name_nl: "Hulp".into(),
            status: ServiceStatus::Active,
            by_appointment: true,
            themes: vec!["housing".into()],
            languages: vec!["fr".into(), "nl".into()],
            target_groups: vec!["families".into()],
            schedules: parse_day(1, "09:00-12:00, 13:00-16:00").unwrap(),
            closures: vec![Closure {
                starts_on: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2027, 1, 2).unwrap(),
                reason_fr: "Congé".into(),
                reason_nl: "Verlof".into(),
            }],
            location_ids: vec![7],
            phones: vec![Phone {
                number: "02 555 12 34".into(),
                description_fr: "Accueil".into(),
                description_nl: "Onthaal".into(),
            }],
            contacts: vec![Contact {
                name: "Ana".into(),
                title: String::new(),
                email: "ana@example.be".into(),
                phone: String::new(),
            }],
            ..ServiceInput::default()
        };
        let form = service_values(&input);
        assert_eq!(parse_service(&form, &themes, &[7]).unwrap(), input);
        // The form offers one empty row after the filled ones.
        assert_eq!(form.rows("phone_number"), vec![0, 1]);
    }

    #[test]
    fn bad_rows_are_refused_with_a_message_for_their_group() {
        let form = FormValues(vec![
            ("name_fr".into(), "Aide".into()),
            ("status".into(), "active".into()),
            ("phone_number_0".into(), "call us".into()),
            ("closure_starts_on_0".into(), "2026-12-24".into()),
            ("closure_ends_on_0".into(), "2026-12-01".into()),
            ("themes".into(), "nope".into()),
        ]);
        let errors = parse_service(&form, &[], &[]).unwrap_err();
        for field in ["phones", "closures", "themes"] {
            assert!(errors.has(field), "{field}");
        }
    }
}
