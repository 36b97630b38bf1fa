//! Importing HSDS 3.0 into a coordination's map, with a dry run. An import reads Socius's own
//! export (one document per language, matched by record id, see the README) and HSDS from
//! elsewhere, in every shape HSDS defines (`import_shapes`). Each record is created, updated, left
//! unchanged, left out (a place outside the region's municipalities) or rejected with its
//! reasons; rejected records change nothing, records the import does not mention are kept, and
//! fields a record does not carry keep their stored values. Optional values the map cannot hold
//! (a foreign phone number, a language it does not list) are left out with a warning rather than
//! refusing the whole record.
//!
//! Records are read and checked in batches outside any transaction, then each batch is written in
//! one: a long import does not keep other people from writing (SQLite has one writer at a time).
//! A dry run reads and checks the same way and writes nothing, so what it reports is what the
//! import would do.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{Html, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::edit_form;
use super::hsds::{derived_uuid, TARGETS_TAXONOMY, THEMES_TAXONOMY};
use super::import_shapes::{self, is_uuid, objects, str_of, Documents, Kind, Versions};
use super::store::{self, LocationInput, OrganizationInput, Phone, Schedule, ServiceInput};
use crate::domain::{ContentLang, Lang, MessageKey};
use crate::features::directory::store::ServiceStatus;
use crate::platform::antivirus;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::FormValues;
use crate::platform::web::{self, input, render, AppError, FieldErrors, PageCtx};
use crate::platform::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
    /// Nothing wrong with the record, but the map cannot hold it (a place outside the region).
    LeftOut,
    Rejected,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::LeftOut => "left_out",
            Outcome::Rejected => "rejected",
        }
    }
}

/// What the import does (or would do) with one record.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ImportLine {
    pub kind: Kind,
    /// The record's id in the imported document.
    pub id: String,
    pub name: String,
    pub outcome: Outcome,
    /// Why a record is rejected, or what was left out of an imported one (message keys).
    pub reasons: Vec<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub dry_run: bool,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub left_out: usize,
    pub rejected: usize,
    pub lines: Vec<ImportLine>,
}

/// A record's fields laid over what is stored (or a blank record), as the edit forms write them.
fn overlay<T: Serialize + for<'de> Deserialize<'de>>(
    base: &T,
    fields: Map<String, Value>,
) -> Option<T> {
    let mut merged = match serde_json::to_value(base).ok()? {
        Value::Object(map) => map,
        _ => return None,
    };
    merged.extend(fields);
    serde_json::from_value(Value::Object(merged)).ok()
}

/// Sets `fr`/`nl` fields from a text field of each language's version; with only one language,
/// the other language's name comes from `alternate_name` (as Socius exports it).
fn texts(v: &Versions, fields: &mut Map<String, Value>, key: &str, stem: &str) {
    for (lang, record) in &v.by_lang {
        if let Some(Value::String(text)) = record.get(key) {
            fields.insert(
                format!("{stem}_{}", lang.code()),
                Value::String(text.clone()),
            );
        }
    }
    if v.by_lang.len() == 1 && key == "name" {
        let (lang, record) = v.by_lang.iter().next().expect("one version");
        let other = if *lang == Lang::Nl { "fr" } else { "nl" };
        if let Some(Value::String(text)) = record.get("alternate_name") {
            fields.insert(format!("name_{other}"), Value::String(text.clone()));
        }
    }
}

fn organization_fields(v: &Versions) -> Map<String, Value> {
    let mut fields = Map::new();
    texts(v, &mut fields, "name", "name");
    texts(v, &mut fields, "description", "description");
    for key in ["legal_status", "website", "email"] {
        if let Some(Value::String(text)) = v.any(key) {
            fields.insert(key.to_string(), Value::String(text.clone()));
        }
    }
    let kbo = v.any("tax_id").and_then(Value::as_str).or_else(|| {
        v.by_lang
            .values()
            .flat_map(|r| objects(r.get("organization_identifiers")))
            .find(|i| i.get("identifier_scheme").and_then(Value::as_str) == Some("BE-BCE_KBO"))
            .and_then(|i| i.get("identifier").and_then(Value::as_str))
    });
    if let Some(kbo) = kbo {
        fields.insert("kbo".into(), Value::String(kbo.to_string()));
    }
    fields
}

fn location_fields(v: &Versions, municipalities: &[(String, String)]) -> Map<String, Value> {
    let mut fields = Map::new();
    texts(v, &mut fields, "name", "name");
    texts(v, &mut fields, "transportation", "transport");
    for (lang, record) in &v.by_lang {
        let code = lang.code();
        if let Some(address) = objects(record.get("addresses")).next() {
            if let Some(street) = address.get("address_1") {
                fields.insert(format!("street_{code}"), street.clone());
            }
            if let Some(postcode) = address.get("postal_code") {
                fields.insert("postcode".into(), postcode.clone());
            }
        }
        if let Some(description) =
            objects(record.get("accessibility")).find_map(|a| a.get("description"))
        {
            fields.insert(format!("accessibility_{code}"), description.clone());
        }
    }
    let nis = match v.any("external_identifier_type").and_then(Value::as_str) {
        Some("NIS") => v.any("external_identifier").and_then(Value::as_str),
        _ => None,
    }
    .map(str::to_string)
    .or_else(|| {
        // Otherwise the municipality whose postcodes include the address's.
        let postcode = fields.get("postcode")?.as_str()?.to_string();
        municipalities
            .iter()
            .find(|(_, codes)| codes.split([' ', ';', ',']).any(|c| c == postcode))
            .map(|(nis, _)| nis.clone())
    });
    if let Some(nis) = nis {
        fields.insert("nis_code".into(), Value::String(nis));
    }
    for key in ["latitude", "longitude"] {
        if let Some(value) = v.any(key) {
            fields.insert(key.into(), value.clone());
        }
    }
    fields
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A service's fields, and the ids of the locations it is offered at; `warnings` collects what
/// is left out.
fn service_fields(
    v: &Versions,
    themes: &[String],
    warnings: &mut Vec<String>,
) -> (Map<String, Value>, Vec<String>) {
    let mut fields = Map::new();
    for (key, stem) in [
        ("name", "name"),
        ("description", "description"),
        ("eligibility_description", "eligibility"),
        ("fees_description", "fees"),
        ("application_process", "application"),
    ] {
        texts(v, &mut fields, key, stem);
    }
    if let Some(status) = v.any("status").and_then(Value::as_str) {
        let status = match (status, v.any("alert").is_some()) {
            ("active", _) => "active",
            ("inactive", true) => "temporarily_closed",
            ("inactive" | "defunct", _) => "inactive",
            (other, _) => other,
        };
        fields.insert("status".into(), Value::String(status.to_string()));
    }
    let first = v.by_lang.values().next().cloned().unwrap_or_default();
    if let Some(schedules) = first.get("schedules") {
        let mut ranges = Vec::new();
        let mut by_appointment = false;
        for s in objects(Some(schedules)) {
            let time = |key: &str| {
                s.get(key)
                    .and_then(Value::as_str)
                    .map(|t| t.chars().take(5).collect::<String>())
            };
            let description = s.get("description").and_then(Value::as_str).unwrap_or("");
            by_appointment |= ["appointment", "rendez-vous", "afspraak"]
                .iter()
                .any(|w| description.to_lowercase().contains(w));
            let (Some(opens), Some(closes)) = (time("opens_at"), time("closes_at")) else {
                continue;
            };
            let days = s.get("byday").and_then(Value::as_str).unwrap_or("");
            for day in days.split(',').map(str::trim) {
                match BYDAY.iter().position(|d| *d == day) {
                    Some(i) => ranges.push(Schedule {
                        weekday: i as i64 + 1,
                        opens: opens.clone(),
                        closes: closes.clone(),
                    }),
                    None => warnings.push("import-warning-schedule".into()),
                }
            }
        }
        fields.insert(
            "schedules".into(),
            serde_json::to_value(ranges).unwrap_or_default(),
        );
        fields.insert("by_appointment".into(), Value::Bool(by_appointment));
    }
    if let Some(languages) = first.get("languages") {
        let codes: Vec<&str> = objects(Some(languages))
            .filter_map(|l| l.get("code").and_then(Value::as_str))
            .collect();
        fields.insert("languages".into(), serde_json::json!(codes));
    }
    if first.contains_key("phones") {
        let mut phones: Vec<Phone> = Vec::new();
        for (lang, record) in &v.by_lang {
            for (i, phone) in objects(record.get("phones")).enumerate() {
                if phones.len() <= i {
                    phones.push(Phone {
                        number: phone
                            .get("number")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .into(),
                        description_fr: String::new(),
                        description_nl: String::new(),
                    });
                }
                let description = phone
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                match lang {
                    Lang::Nl => phones[i].description_nl = description,
                    _ => phones[i].description_fr = description,
                }
            }
        }
        fields.insert(
            "phones".into(),
            serde_json::to_value(phones).unwrap_or_default(),
        );
    }
    if let Some(contacts) = first.get("contacts") {
        let contacts: Vec<Value> = objects(Some(contacts))
            .map(|c| {
                serde_json::json!({
                    "name": str_of(c, "name"),
                    "title": str_of(c, "title"),
                    "email": str_of(c, "email"),
                    "phone": "",
                })
            })
            .collect();
        fields.insert("contacts".into(), Value::Array(contacts));
    }
    if let Some(attributes) = first.get("attributes") {
        let (mut theme_codes, mut targets) = (Vec::new(), Vec::new());
        for attribute in objects(Some(attributes)) {
            let term = attribute
                .get("taxonomy_term")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            let code = str_of(&term, "code");
            match str_of(&term, "taxonomy") {
                THEMES_TAXONOMY if themes.iter().any(|t| t == code) => {
                    theme_codes.push(code.to_string())
                }
                TARGETS_TAXONOMY if store::TARGET_GROUPS.contains(&code) => {
                    targets.push(code.to_string())
                }
                _ => warnings.push("import-warning-term".into()),
            }
        }
        fields.insert("themes".into(), serde_json::json!(theme_codes));
        fields.insert("target_groups".into(), serde_json::json!(targets));
    }
    let locations = objects(first.get("service_at_locations"))
        .filter_map(|at| {
            at.get("location_id")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .collect();
    (fields, locations)
}

fn field_reasons(errors: &FieldErrors) -> Vec<String> {
    errors
        .iter()
        .map(|(field, key)| format!("{field}: {key}"))
        .collect()
}

/// The fields an import can do without, by the form field a refusal names and the record's keys
/// that carry it: refused, they keep their stored value and the record still goes in.
const OPTIONAL_ORGANIZATION: &[(&str, &[&str])] = &[
    ("kbo", &["kbo"]),
    ("website", &["website"]),
    ("email", &["email"]),
    ("legal_status", &["legal_status"]),
    ("phones", &["phones"]),
];
const OPTIONAL_LOCATION: &[(&str, &[&str])] = &[
    ("latitude", &["latitude", "longitude"]),
    ("longitude", &["latitude", "longitude"]),
    ("accessibility_fr", &["accessibility_fr"]),
    ("accessibility_nl", &["accessibility_nl"]),
    ("transport_fr", &["transport_fr"]),
    ("transport_nl", &["transport_nl"]),
];
const OPTIONAL_SERVICE: &[(&str, &[&str])] = &[
    ("themes", &["themes"]),
    ("target_groups", &["target_groups"]),
    ("languages", &["languages"]),
    ("phones", &["phones"]),
    ("contacts", &["contacts"]),
    ("closures", &["closures"]),
    ("hours_1", &["schedules", "by_appointment"]),
    ("hours_2", &["schedules", "by_appointment"]),
    ("hours_3", &["schedules", "by_appointment"]),
    ("hours_4", &["schedules", "by_appointment"]),
    ("hours_5", &["schedules", "by_appointment"]),
    ("hours_6", &["schedules", "by_appointment"]),
    ("hours_7", &["schedules", "by_appointment"]),
];

/// Lays a record's fields over what is stored and parses the result as the edit form would.
/// When the only refusals are of fields in `optional`, those fields keep their stored value and
/// the record goes in with the refusals as warnings; otherwise the refusals are the reasons.
fn parse_leniently<T, I>(
    current: &T,
    mut fields: Map<String, Value>,
    optional: &[(&str, &[&str])],
    parse: impl Fn(&T) -> Result<I, FieldErrors>,
) -> Result<(I, Vec<String>), Vec<String>>
where
    T: Serialize + for<'de> Deserialize<'de>,
{
    let format = || vec!["error-import-format".to_string()];
    let merged = overlay(current, fields.clone()).ok_or_else(format)?;
    let errors = match parse(&merged) {
        Ok(input) => return Ok((input, Vec::new())),
        Err(errors) => errors,
    };
    let keys_of = |field: &str| optional.iter().find(|(f, _)| *f == field).map(|(_, k)| *k);
    if errors.iter().any(|(field, _)| keys_of(field).is_none()) {
        return Err(field_reasons(&errors));
    }
    for (field, _) in errors.iter() {
        for key in keys_of(field).unwrap_or_default() {
            fields.remove(*key);
        }
    }
    let merged = overlay(current, fields).ok_or_else(format)?;
    let input = parse(&merged).map_err(|again| field_reasons(&again))?;
    let mut warnings = field_reasons(&errors);
    warnings.push("import-warning-left-out".into());
    Ok((input, warnings))
}

/// Where an imported id lives in this coordination. A UUID is kept, unless another coordination
/// already uses it (ids are unique across the platform); any other id is given a UUID derived
/// from it, the same at every import.
async fn resolve_uid(
    db: &Db,
    kind: store::RecordKind,
    tenant: &Tenant,
    slug: &str,
    uid: &str,
) -> Result<(String, Option<i64>), AppError> {
    let derived = derived_uuid(&[slug, uid]);
    let candidates = if is_uuid(uid) {
        vec![uid.to_ascii_lowercase(), derived.clone()]
    } else {
        vec![derived.clone()]
    };
    for candidate in candidates {
        match store::uid_owner(db, kind, &candidate).await? {
            Some((id, owner)) if owner == tenant.id() => return Ok((candidate, Some(id))),
            Some(_) => continue,
            None => return Ok((candidate, None)),
        }
    }
    Ok((derived, None))
}

struct Importer<'a> {
    db: &'a Db,
    tenant: &'a Tenant,
    slug: String,
    municipalities: Vec<(String, String)>,
    themes: Vec<String>,
    /// Imported id → stored id, for records accepted so far.
    organizations: HashMap<String, i64>,
    locations: HashMap<String, (i64, i64)>,
    /// Imported ids of places left out (outside the region).
    left_out: HashSet<String>,
    lines: Vec<ImportLine>,
    /// What the records read so far will write, in the next batch.
    pending: Vec<Write>,
    /// A dry run writes nothing: records it would create get ids of their own, below zero.
    dry_run: bool,
    would_create: i64,
}

/// One record's write, planned while reading (outside any transaction) and done with its batch.
enum Write {
    Organization {
        file_id: String,
        stored: Option<i64>,
        input: OrganizationInput,
    },
    Location {
        file_id: String,
        organization_id: i64,
        stored: Option<i64>,
        input: LocationInput,
    },
    Service {
        organization_id: i64,
        stored: Option<i64>,
        input: ServiceInput,
        verified: Option<DateTime<Utc>>,
    },
}

/// Records written per transaction: between batches other people's writes go through (SQLite has
/// one writer at a time), and a batch is short enough that nobody waits long for it.
const BATCH: usize = 50;

impl Importer<'_> {
    fn line(&mut self, kind: Kind, id: &str, v: &Versions, outcome: Outcome, reasons: Vec<String>) {
        self.lines.push(ImportLine {
            kind,
            id: id.to_string(),
            name: v.name(),
            outcome,
            reasons,
        });
    }

    /// The stored organisation a place or service belongs to, or the line that rejects it.
    fn owner(&mut self, kind: Kind, id: &str, v: &Versions) -> Option<i64> {
        let owner = v.any("organization_id").and_then(Value::as_str);
        let found = owner.and_then(|o| self.organizations.get(o).copied());
        if found.is_none() {
            let reasons = vec!["error-import-unknown-organization".into()];
            self.line(kind, id, v, Outcome::Rejected, reasons);
        }
        found
    }

    async fn organization(&mut self, id: &str, v: &Versions) -> Result<(), AppError> {
        let (uid, existing) = resolve_uid(
            self.db,
            store::RecordKind::Organization,
            self.tenant,
            &self.slug,
            id,
        )
        .await?;
        let current: OrganizationInput = match existing {
            Some(stored) => store::organization_input(self.db, self.tenant, stored)
                .await?
                .unwrap_or_default(),
            None => OrganizationInput::default(),
        };
        let parsed = parse_leniently(
            &current,
            organization_fields(v),
            OPTIONAL_ORGANIZATION,
            |merged| edit_form::parse_organization(&edit_form::organization_values(merged)),
        );
        let (input, warnings) = match parsed {
            Ok((input, warnings)) => (
                OrganizationInput {
                    uid: Some(uid),
                    ..input
                },
                warnings,
            ),
            Err(reasons) => {
                self.line(Kind::Organization, id, v, Outcome::Rejected, reasons);
                return Ok(());
            }
        };
        if let Some(stored) = existing {
            self.organizations.insert(id.to_string(), stored);
        }
        let outcome = self.plan(
            existing,
            input == current,
            Write::Organization {
                file_id: id.to_string(),
                stored: existing,
                input,
            },
        );
        self.line(Kind::Organization, id, v, outcome, warnings);
        Ok(())
    }

    async fn location(&mut self, id: &str, v: &Versions) -> Result<(), AppError> {
        let fields = location_fields(v, &self.municipalities);
        let (uid, existing) = resolve_uid(
            self.db,
            store::RecordKind::Location,
            self.tenant,
            &self.slug,
            id,
        )
        .await?;
        // A place the map cannot show: no address in one of the region's municipalities.
        if existing.is_none() && !fields.contains_key("nis_code") {
            let reasons = vec!["import-left-out-outside-region".into()];
            self.line(Kind::Location, id, v, Outcome::LeftOut, reasons);
            self.left_out.insert(id.to_string());
            return Ok(());
        }
        let Some(organization_id) = self.owner(Kind::Location, id, v) else {
            return Ok(());
        };
        let current: LocationInput = match existing {
            Some(stored) => store::location(self.db, self.tenant, stored)
                .await?
                .map(Into::into)
                .unwrap_or_default(),
            None => LocationInput::default(),
        };
        let municipalities = &self.municipalities;
        let parsed = parse_leniently(&current, fields, OPTIONAL_LOCATION, |merged| {
            edit_form::parse_location(&edit_form::location_values(merged), municipalities)
        });
        let (input, warnings) = match parsed {
            Ok((input, warnings)) => (
                LocationInput {
                    uid: Some(uid),
                    ..input
                },
                warnings,
            ),
            Err(reasons) => {
                self.line(Kind::Location, id, v, Outcome::Rejected, reasons);
                return Ok(());
            }
        };
        if let Some(stored) = existing {
            self.locations
                .insert(id.to_string(), (stored, organization_id));
        }
        let outcome = self.plan(
            existing,
            input == current,
            Write::Location {
                file_id: id.to_string(),
                organization_id,
                stored: existing,
                input,
            },
        );
        self.line(Kind::Location, id, v, outcome, warnings);
        Ok(())
    }

    async fn service(&mut self, id: &str, v: &Versions) -> Result<(), AppError> {
        let Some(organization_id) = self.owner(Kind::Service, id, v) else {
            return Ok(());
        };
        let (uid, existing) = resolve_uid(
            self.db,
            store::RecordKind::Service,
            self.tenant,
            &self.slug,
            id,
        )
        .await?;
        let current: ServiceInput = match existing {
            Some(stored) => store::service_input(self.db, self.tenant, stored)
                .await?
                .map(|(_, s)| s)
                .unwrap_or_default(),
            None => ServiceInput {
                status: ServiceStatus::Active,
                ..ServiceInput::default()
            },
        };
        let mut warnings = Vec::new();
        let (mut fields, location_uids) = service_fields(v, &self.themes, &mut warnings);
        let mut location_ids = Vec::new();
        for location in &location_uids {
            match self.locations.get(location) {
                Some(&(stored, org)) if org == organization_id => location_ids.push(stored),
                _ if self.left_out.contains(location) => {
                    warnings.push("import-warning-location-left-out".into())
                }
                _ => warnings.push("import-warning-location".into()),
            }
        }
        if v.any("service_at_locations").is_some() {
            fields.insert("location_ids".into(), serde_json::json!(location_ids));
        }
        let theme_list: Vec<store::Theme> = self
            .themes
            .iter()
            .map(|code| store::Theme {
                code: code.clone(),
                name_fr: String::new(),
                name_nl: String::new(),
                name_en: String::new(),
            })
            .collect();
        let parsed = parse_leniently(&current, fields, OPTIONAL_SERVICE, |merged| {
            let form: FormValues = edit_form::service_values(merged);
            edit_form::parse_service(&form, &theme_list, &merged.location_ids)
        });
        let input = match parsed {
            Ok((input, left_out)) => {
                warnings.extend(left_out);
                ServiceInput {
                    uid: Some(uid),
                    ..input
                }
            }
            Err(reasons) => {
                self.line(Kind::Service, id, v, Outcome::Rejected, reasons);
                return Ok(());
            }
        };
        let verified = v
            .any("last_modified")
            .and_then(Value::as_str)
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|d| d.with_timezone(&Utc));
        let outcome = self.plan(
            existing,
            input == current,
            Write::Service {
                organization_id,
                stored: existing,
                input,
                verified,
            },
        );
        self.line(Kind::Service, id, v, outcome, warnings);
        Ok(())
    }

    /// One record, whatever its kind; a record refused by its id alone goes no further.
    async fn record(&mut self, kind: Kind, id: &str, v: &Versions) -> Result<(), AppError> {
        if let Some(refusal) = v.refusal {
            self.line(kind, id, v, Outcome::Rejected, vec![refusal.into()]);
            return Ok(());
        }
        match kind {
            Kind::Organization => self.organization(id, v).await,
            Kind::Location => self.location(id, v).await,
            Kind::Service => self.service(id, v).await,
        }
    }

    /// Plans a record's write: none when nothing changed.
    fn plan(&mut self, existing: Option<i64>, unchanged: bool, write: Write) -> Outcome {
        let outcome = match existing {
            Some(_) if unchanged => return Outcome::Unchanged,
            Some(_) => Outcome::Updated,
            None => Outcome::Created,
        };
        self.pending.push(write);
        outcome
    }

    /// An id for a record that is created, or that a dry run would create.
    async fn created(
        &mut self,
        tx: Option<&mut Tx>,
        create: impl AsyncFnOnce(&mut Tx) -> Result<i64, sqlx::Error>,
    ) -> Result<i64, AppError> {
        match tx {
            Some(tx) => Ok(create(tx).await?),
            None => {
                self.would_create -= 1;
                Ok(self.would_create)
            }
        }
    }

    /// Writes the planned records in one transaction (a dry run writes nothing).
    async fn write_batch(&mut self) -> Result<(), AppError> {
        let writes = std::mem::take(&mut self.pending);
        if writes.is_empty() {
            return Ok(());
        }
        let mut tx = match self.dry_run {
            true => None,
            false => Some(self.db.begin().await?),
        };
        let tenant = self.tenant;
        for write in writes {
            match write {
                Write::Organization {
                    file_id,
                    stored: Some(stored),
                    input,
                } => {
                    if let Some(tx) = tx.as_mut() {
                        store::update_organization(tx, tenant, stored, &input).await?;
                    }
                    self.organizations.insert(file_id, stored);
                }
                Write::Organization {
                    file_id,
                    stored: None,
                    input,
                } => {
                    let created = self
                        .created(tx.as_mut(), async |tx| {
                            store::create_organization(tx, tenant, &input).await
                        })
                        .await?;
                    self.organizations.insert(file_id, created);
                }
                Write::Location {
                    file_id,
                    organization_id,
                    stored,
                    input,
                } => {
                    let id = match stored {
                        Some(stored) => {
                            if let Some(tx) = tx.as_mut() {
                                store::update_location(tx, tenant, stored, &input).await?;
                            }
                            stored
                        }
                        None => {
                            self.created(tx.as_mut(), async |tx| {
                                store::create_location(tx, tenant, organization_id, &input).await
                            })
                            .await?
                        }
                    };
                    self.locations.insert(file_id, (id, organization_id));
                }
                Write::Service {
                    organization_id,
                    stored,
                    input,
                    verified,
                } => match (stored, tx.as_mut()) {
                    (Some(stored), Some(tx)) => {
                        store::update_service(tx, tenant, stored, &input).await?
                    }
                    (None, Some(tx)) => {
                        let created =
                            store::create_service(tx, tenant, organization_id, &input).await?;
                        if let Some(at) = verified {
                            store::set_service_verified(tx, tenant, created, at).await?;
                        }
                    }
                    (_, None) => {}
                },
            }
        }
        if let Some(tx) = tx {
            tx.commit().await?;
        }
        Ok(())
    }
}

/// Imports a body of HSDS JSON into the coordination (or, with `dry_run`, says what it would do).
#[tracing::instrument(skip_all, fields(coordination = tenant.id(), dry_run))]
pub async fn import(
    db: &Db,
    tenant: &Tenant,
    coordination: &Coordination,
    user: &CurrentUser,
    body: &Value,
    default_lang: Lang,
    dry_run: bool,
) -> Result<ImportReport, AppError> {
    let documents = Documents::read(body, default_lang).map_err(AppError::BadRequest)?;
    let municipalities = crate::platform::reference::municipality_postcodes(db).await?;
    let themes = store::themes(db)
        .await?
        .into_iter()
        .map(|t| t.code)
        .collect();
    let mut importer = Importer {
        db,
        tenant,
        slug: coordination.slug.clone(),
        municipalities,
        themes,
        organizations: HashMap::new(),
        locations: HashMap::new(),
        left_out: HashSet::new(),
        lines: Vec::new(),
        pending: Vec::new(),
        dry_run,
        would_create: 0,
    };
    // Organisations first, then their places, then services, whatever the file's order; each
    // batch is read, then written in a transaction of its own. A file imported again takes up
    // where an interrupted import stopped: its records are found by their ids.
    for kind in Kind::ALL {
        let ids: Vec<&str> = documents.ids(kind).collect();
        for batch in ids.chunks(BATCH) {
            for id in batch {
                importer.record(kind, id, documents.get(kind, id)).await?;
            }
            importer.write_batch().await?;
        }
    }
    let count = |o: Outcome| importer.lines.iter().filter(|l| l.outcome == o).count();
    let report = ImportReport {
        dry_run,
        created: count(Outcome::Created),
        updated: count(Outcome::Updated),
        unchanged: count(Outcome::Unchanged),
        left_out: count(Outcome::LeftOut),
        rejected: count(Outcome::Rejected),
        lines: std::mem::take(&mut importer.lines),
    };
    if !dry_run {
        let mut tx = db.begin().await?;
        audit::record(
            &mut tx,
            AuditEntry::new("directory.imported")
                .by(user)
                .in_coordination(tenant.id())
                .on("coordination", tenant.id())
                .change(
                    None,
                    Some(serde_json::json!({
                        "created": report.created, "updated": report.updated,
                        "unchanged": report.unchanged, "left_out": report.left_out,
                        "rejected": report.rejected,
                    })),
                ),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(report)
}

/// One uploaded file: HSDS JSON (a byte-order mark allowed) or a zipped tabular package.
fn read_file(bytes: &[u8]) -> Result<Value, MessageKey> {
    let mut value = if import_shapes::is_zip(bytes) {
        import_shapes::read_zip(bytes)?
    } else {
        serde_json::from_slice(import_shapes::without_bom(bytes))
            .map_err(|_| "error-import-json")?
    };
    input::clean_json(&mut value);
    Ok(value)
}

#[derive(Template)]
#[template(path = "features/directory/import.html")]
struct ImportPage {
    page: PageCtx,
    slug: String,
    report: Option<ImportReport>,
    error: Option<String>,
}

impl ImportPage {
    fn outcome(&self, line: &ImportLine) -> String {
        t(
            self.page.lang,
            &format!("import-outcome-{}", line.outcome.as_str().replace('_', "-")),
        )
    }

    fn kind(&self, line: &ImportLine) -> String {
        t(
            self.page.lang,
            &format!("changes-kind-{}", line.kind.as_str()),
        )
    }

    fn reason(&self, reason: &str) -> String {
        // "field: message-key" for refused fields, a bare key otherwise.
        match reason.split_once(": ") {
            Some((field, key)) => format!(
                "{} – {}",
                t(
                    self.page.lang,
                    &format!("field-{}", field.replace('_', "-"))
                ),
                t(self.page.lang, key)
            ),
            None => t(self.page.lang, reason),
        }
    }
}

pub async fn form(
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    render(&ImportPage {
        page: page.with_coordination(coordination.as_ref()),
        slug: coordination.slug.clone(),
        report: None,
        error: None,
    })
}

/// The upload form: one or more files (a document per language) and the dry-run box.
pub async fn upload(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    use axum::response::IntoResponse;
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let (mut documents, mut dry_run) = (Vec::new(), false);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("error-import-format"))?
    {
        match field.name() {
            Some("dry_run") => dry_run = true,
            Some("file") => {
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|_| AppError::BadRequest("error-too-large"))?;
                if !bytes.is_empty() {
                    documents.push(bytes);
                }
            }
            _ => {}
        }
    }
    // Each file is scanned (when a scanner is configured), then read; the first refusal stops.
    let mut read = Vec::new();
    let mut refusal = None;
    for bytes in &documents {
        let file = match antivirus::check_upload(&state.config, bytes).await {
            Ok(()) => read_file(bytes),
            Err(key) => Err(key),
        };
        match file {
            Ok(value) => read.push(value),
            Err(key) => {
                refusal = Some(key);
                break;
            }
        }
    }
    let parsed = refusal.map_or(Ok(read), Err);
    let page = page.with_coordination(coordination.as_ref());
    let outcome = match parsed {
        Ok(docs) if docs.is_empty() => Err("error-import-empty"),
        Ok(mut docs) => {
            let body = if docs.len() == 1 {
                docs.remove(0)
            } else {
                Value::Array(docs)
            };
            match import(
                &state.db,
                &tenant,
                &coordination,
                &user,
                &body,
                page.lang,
                dry_run,
            )
            .await
            {
                Ok(report) => Ok(report),
                Err(AppError::BadRequest(key)) => Err(key),
                Err(other) => return Err(other),
            }
        }
        Err(key) => Err(key),
    };
    let (status, view) = match outcome {
        Ok(report) => (
            axum::http::StatusCode::OK,
            ImportPage {
                page,
                slug: coordination.slug.clone(),
                report: Some(report),
                error: None,
            },
        ),
        Err(key) => (
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            ImportPage {
                error: Some(t(page.lang, key)),
                page,
                slug: coordination.slug.clone(),
                report: None,
            },
        ),
    };
    Ok((status, render(&view)?).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ImportQuery {
    /// Only report what the import would do (default true).
    dry_run: Option<bool>,
    /// The language of a document that does not say (default fr).
    lang: Option<ContentLang>,
}

/// Imports HSDS 3.0 into a coordination's map: JSON in any shape HSDS defines (a document, a
/// record with what it nests, an API page, an array of these, `{"fr": …, "nl": …}`, the tabular
/// form's tables) or the tabular form's zip. Coordinators of that coordination.
#[utoipa::path(post, path = "/api/v1/coordinations/{coord}/hsds/import", tag = "directory",
    params(("coord" = String, Path, description = "coordination slug"), ImportQuery),
    request_body(content = Object, description = "HSDS 3.0 JSON, or a zip of the tabular form"), security(("bearer" = [])),
    responses((status = 200, body = ImportReport), (status = 400, description = "not HSDS that Socius reads, no organisation and no service in it, or an unknown language"), (status = 401, description = "no valid token"),
              (status = 403, description = "not a coordinator here"), (status = 404, description = "no such coordination")))]
pub async fn api_import(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    web::Query(query): web::Query<ImportQuery>,
    body: axum::body::Bytes,
) -> Result<Json<ImportReport>, AppError> {
    let coordination = tenancy::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller.as_ref(), Action::EditDirectory, &coordination)?;
    let user = caller.ok_or(AppError::Unauthenticated)?;
    // Read after the caller is known, so strangers learn nothing from how the body is refused.
    let body = read_file(&body).map_err(AppError::BadRequest)?;
    let lang = query.lang.map(Lang::from).unwrap_or(Lang::Fr);
    let report = import(
        &state.db,
        &tenant,
        &coordination,
        &user,
        &body,
        lang,
        query.dry_run.unwrap_or(true),
    )
    .await?;
    Ok(Json(report))
}
