//! Open Referral HSDS 3.0: the read-only API under `/api/hsds/{coordination}/` and a full export.
//!
//! HSDS has no translations, so each content language is its own view: `?lang=fr` (the default) or
//! `?lang=nl` gives every text field in that language, falling back to the other one when it is
//! missing, and puts the name in the other language in `alternate_name`. Records keep stable UUIDs;
//! nested records Socius stores without one (phones, schedules, addresses…) get an id derived from
//! their parent's, so repeated exports agree.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::store::search::SearchParams;
use super::store::{self, Location, Organization, Service, ServiceDetail, Theme};
use crate::domain::{ContentLang, Lang};
use crate::features::directory::store::ServiceStatus;
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{self, Coordination, PublicScope};
use crate::platform::web::{bounded, AppError, Query};
use crate::platform::AppState;

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/api/hsds/{coord}/", get(root))
        .route("/api/hsds/{coord}/services", get(services))
        .route("/api/hsds/{coord}/services/{id}", get(service))
        .route("/api/hsds/{coord}/organizations", get(organizations))
        .route("/api/hsds/{coord}/organizations/{id}", get(organization))
        .route(
            "/api/hsds/{coord}/service_at_locations",
            get(service_at_locations),
        )
        .route(
            "/api/hsds/{coord}/service_at_locations/{id}",
            get(service_at_location),
        )
        .route("/api/hsds/{coord}/taxonomies", get(taxonomies))
        .route("/api/hsds/{coord}/taxonomies/{id}", get(taxonomy))
        .route("/api/hsds/{coord}/taxonomy_terms", get(taxonomy_terms))
        .route("/api/hsds/{coord}/taxonomy_terms/{id}", get(taxonomy_term))
        .route("/api/hsds/{coord}/export", get(export))
}

const MAX_PER_PAGE: i64 = 100;
pub(super) const THEMES_TAXONOMY: &str = "socius-themes";
pub(super) const TARGETS_TAXONOMY: &str = "socius-target-groups";

/// A stable UUID derived from names (for records Socius stores without one).
pub fn derived_uuid(parts: &[&str]) -> String {
    let digest = Sha256::digest(parts.join("/").as_bytes());
    let mut bytes: [u8; 16] = digest[..16].try_into().expect("16 bytes");
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct HsdsQuery {
    /// The language of the texts (default `fr`).
    pub lang: Option<ContentLang>,
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<i64>,
    /// Records per page (default 50).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<i64>,
    /// Words to look for (lists of services only).
    pub search: Option<String>,
    /// Records with everything they nest.
    pub full: Option<bool>,
    /// Inactive services too (for those who edit the map, with their bearer token).
    pub include_inactive: Option<bool>,
}

/// The query of one record, a whole export or the taxonomies: no pages.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct RecordQuery {
    /// The language of the texts (default `fr`).
    pub lang: Option<ContentLang>,
    /// Inactive services too (for those who edit the map, with their bearer token).
    pub include_inactive: Option<bool>,
}

impl From<RecordQuery> for HsdsQuery {
    fn from(query: RecordQuery) -> HsdsQuery {
        HsdsQuery {
            lang: query.lang,
            include_inactive: query.include_inactive,
            ..HsdsQuery::default()
        }
    }
}

/// The last page a list serves: the bound the API's document states.
const MAX_PAGE: i64 = 1_000_000;

impl HsdsQuery {
    fn lang(&self) -> Lang {
        self.lang.map(Lang::from).unwrap_or(Lang::Fr)
    }

    /// The page and its size, refused when out of the documented bounds.
    fn paging(&self) -> Result<(i64, i64), AppError> {
        Ok((
            bounded(self.page, (1, MAX_PAGE))?.unwrap_or(1),
            bounded(self.per_page, (1, MAX_PER_PAGE))?.unwrap_or(50),
        ))
    }
}

/// The text in `lang`, or in the other content language when it is missing.
fn pick<'a>(lang: Lang, fr: &'a str, nl: &'a str) -> &'a str {
    lang.pick(fr, nl)
}

fn other<'a>(lang: Lang, fr: &'a str, nl: &'a str) -> &'a str {
    if lang == Lang::Nl {
        fr
    } else {
        nl
    }
}

/// Inserts `key: value` only when the text is not empty (HSDS fields are optional, and an empty
/// string would fail their formats).
fn put(object: &mut Value, key: &str, value: &str) {
    if !value.trim().is_empty() {
        object[key] = Value::String(value.to_string());
    }
}

fn page_envelope(total: i64, page: i64, per_page: i64, contents: Vec<Value>) -> Value {
    let total_pages = ((total + per_page - 1) / per_page).max(1);
    json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": contents.len(),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// An organisation's one-to-one fields; `with_identifiers` adds its KBO number as an HSDS
/// organization identifier (nested records are for full views only).
pub fn organization_json(lang: Lang, org: &Organization, with_identifiers: bool) -> Value {
    let mut value = json!({
        "id": org.uid,
        "name": pick(lang, &org.name_fr, &org.name_nl),
        "description": pick(lang, &org.description_fr, &org.description_nl),
    });
    put(
        &mut value,
        "alternate_name",
        other(lang, &org.name_fr, &org.name_nl),
    );
    put(&mut value, "email", &org.email);
    put(&mut value, "website", &org.website);
    put(&mut value, "legal_status", &org.legal_status);
    if let Some(kbo) = &org.kbo {
        value["tax_id"] = json!(kbo);
    }
    if let (Some(kbo), true) = (&org.kbo, with_identifiers) {
        value["organization_identifiers"] = json!([{
            "id": derived_uuid(&[&org.uid, "kbo"]),
            "organization_id": org.uid,
            "identifier_scheme": "BE-BCE_KBO",
            "identifier_type": "Numéro d'entreprise / Ondernemingsnummer",
            "identifier": kbo,
        }]);
    }
    value
}

fn address_json(lang: Lang, location: &Location) -> Value {
    json!({
        "id": derived_uuid(&[&location.uid, "address"]),
        "location_id": location.uid,
        "address_1": pick(lang, &location.street_fr, &location.street_nl),
        "city": pick(lang, &location.municipality_fr, &location.municipality_nl),
        "region": "Brussels-Capital / Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest",
        "state_province": "BRU",
        "postal_code": location.postcode,
        "country": "BE",
        "address_type": "physical",
    })
}

/// A location; `full` adds its nested records (address, accessibility).
pub fn location_json(lang: Lang, location: &Location, organization_uid: &str, full: bool) -> Value {
    let mut value = json!({
        "id": location.uid,
        "location_type": "physical",
        "organization_id": organization_uid,
        "external_identifier": location.nis_code,
        "external_identifier_type": "NIS",
    });
    put(
        &mut value,
        "name",
        pick(lang, &location.name_fr, &location.name_nl),
    );
    put(
        &mut value,
        "transportation",
        pick(lang, &location.transport_fr, &location.transport_nl),
    );
    if let (Some(lat), Some(lon)) = (location.latitude, location.longitude) {
        value["latitude"] = json!(lat);
        value["longitude"] = json!(lon);
    }
    if !full {
        return value;
    }
    value["addresses"] = json!([address_json(lang, location)]);
    let accessibility = pick(lang, &location.accessibility_fr, &location.accessibility_nl);
    if !accessibility.is_empty() {
        value["accessibility"] = json!([{ "id": derived_uuid(&[&location.uid, "accessibility"]), "location_id": location.uid, "description": accessibility }]);
    }
    value
}

fn term_json(lang: Lang, taxonomy: &str, code: &str, name: &str) -> Value {
    let _ = lang;
    json!({
        "id": derived_uuid(&[taxonomy, code]),
        "code": code,
        "name": name,
        "description": name,
        "taxonomy_id": derived_uuid(&[taxonomy]),
        "taxonomy": taxonomy,
    })
}

fn attribute_json(service_uid: &str, term: Value, code: &str) -> Value {
    json!({
        "id": derived_uuid(&[service_uid, "attribute", term["id"].as_str().unwrap_or("")]),
        "link_id": service_uid,
        "taxonomy_term_id": term["id"],
        "link_type": "service",
        "link_entity": "service",
        "value": code,
        "taxonomy_term": term,
    })
}

const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The one-to-one fields of a service (what list pages carry).
fn service_fields(lang: Lang, service: &Service, organization: &Organization) -> Value {
    let mut value = json!({
        "id": service.uid,
        "organization_id": organization.uid,
        "name": pick(lang, &service.name_fr, &service.name_nl),
        // HSDS knows no "closed for a while": such a service is inactive with an alert.
        "status": match service.status {
            ServiceStatus::Active => "active",
            ServiceStatus::TemporarilyClosed | ServiceStatus::Inactive => "inactive",
        },
    });
    put(
        &mut value,
        "alternate_name",
        other(lang, &service.name_fr, &service.name_nl),
    );
    put(
        &mut value,
        "description",
        pick(lang, &service.description_fr, &service.description_nl),
    );
    put(
        &mut value,
        "eligibility_description",
        pick(lang, &service.eligibility_fr, &service.eligibility_nl),
    );
    put(
        &mut value,
        "fees_description",
        pick(lang, &service.fees_fr, &service.fees_nl),
    );
    put(
        &mut value,
        "application_process",
        pick(lang, &service.application_fr, &service.application_nl),
    );
    if service.status == ServiceStatus::TemporarilyClosed {
        value["alert"] = json!(crate::platform::i18n::t(lang, "status-temporarily_closed"));
    }
    if let Some(at) = service.last_verified_at {
        value["assured_date"] = json!(at.date_naive().to_string());
        value["last_modified"] = json!(at.to_rfc3339());
    }
    value
}

fn service_list_json(lang: Lang, service: &Service, organization: &Organization) -> Value {
    let mut value = service_fields(lang, service, organization);
    value["organization"] = organization_json(lang, organization, false);
    value
}

pub fn service_full_json(lang: Lang, detail: &ServiceDetail) -> Value {
    let s = &detail.service;
    let mut value = service_fields(lang, s, &detail.organization);
    value["organization"] = organization_json(lang, &detail.organization, true);
    value["phones"] = detail
        .phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut phone = json!({ "id": derived_uuid(&[&s.uid, "phone", &i.to_string()]), "service_id": s.uid, "number": p.number });
            put(&mut phone, "description", pick(lang, &p.description_fr, &p.description_nl));
            phone
        })
        .collect();
    value["schedules"] = detail
        .schedules
        .iter()
        .enumerate()
        .map(|(i, sch)| {
            json!({
                "id": derived_uuid(&[&s.uid, "schedule", &i.to_string()]),
                "service_id": s.uid,
                "freq": "WEEKLY",
                "wkst": "MO",
                "byday": BYDAY[(sch.weekday as usize).clamp(1, 7) - 1],
                "opens_at": sch.opens,
                "closes_at": sch.closes,
                "description": if s.by_appointment { "by appointment" } else { "" },
            })
        })
        .collect();
    value["languages"] = detail
        .languages
        .iter()
        .map(|code| json!({ "id": derived_uuid(&[&s.uid, "language", code]), "service_id": s.uid, "code": code, "name": crate::platform::i18n::t(lang, &format!("spoken-{code}")) }))
        .collect();
    value["contacts"] = detail
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut contact = json!({ "id": derived_uuid(&[&s.uid, "contact", &i.to_string()]), "service_id": s.uid });
            put(&mut contact, "name", &c.name);
            put(&mut contact, "title", &c.title);
            put(&mut contact, "email", &c.email);
            contact
        })
        .collect();
    value["service_at_locations"] = detail
        .locations
        .iter()
        .map(|l| {
            json!({
                "id": derived_uuid(&[&s.uid, "at", &l.uid]),
                "service_id": s.uid,
                "location_id": l.uid,
                "location": location_json(lang, l, &detail.organization.uid, true),
            })
        })
        .collect();
    let mut attributes: Vec<Value> = detail
        .themes
        .iter()
        .map(|th| {
            attribute_json(
                &s.uid,
                term_json(lang, THEMES_TAXONOMY, &th.code, th.name(lang)),
                &th.code,
            )
        })
        .collect();
    for group in &detail.target_groups {
        let name = crate::platform::i18n::t(lang, &format!("target-{group}"));
        attributes.push(attribute_json(
            &s.uid,
            term_json(lang, TARGETS_TAXONOMY, group, &name),
            group,
        ));
    }
    value["attributes"] = Value::Array(attributes);
    value
}

async fn coordination(state: &AppState, slug: &str) -> Result<Coordination, AppError> {
    tenancy::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// Who reads a coordination's directory through the API: the public, which never sees inactive
/// services, or — with `include_inactive=true` and a bearer token of someone who edits the map —
/// an editor, who sees them too.
struct Reader {
    coordination: Coordination,
    /// The proof of someone who edits the map, when they asked for inactive services.
    editor: Option<Tenant>,
}

impl PublicScope for Reader {
    fn scope_id(&self) -> i64 {
        self.coordination.scope_id()
    }

    fn sees_unpublished(&self) -> bool {
        self.editor.is_some()
    }
}

async fn reader(
    state: &AppState,
    slug: &str,
    caller: Option<&CurrentUser>,
    query: &HsdsQuery,
) -> Result<Reader, AppError> {
    let coordination = coordination(state, slug).await?;
    let editor = match query.include_inactive {
        Some(true) => Some(policy::authorize(
            caller,
            Action::EditDirectory,
            &coordination,
        )?),
        _ => None,
    };
    Ok(Reader {
        coordination,
        editor,
    })
}

/// The HSDS API's description for one coordination: version and profile.
#[utoipa::path(get, path = "/api/hsds/{coord}/", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug")),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 404, description = "no such coordination")))]
pub async fn root(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Value>, AppError> {
    let c = coordination(&state, &slug).await?;
    Ok(Json(json!({
        "version": "3.0",
        "profile": format!("{}/api/hsds/{}/", state.config.base_url(), c.slug),
        "openapi_url": format!("{}/api/openapi.json", state.config.base_url()),
    })))
}

/// The coordination's services, a page at a time (HSDS `service` list; `full` nests everything).
#[utoipa::path(get, path = "/api/hsds/{coord}/services", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), HsdsQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination")))]
pub async fn services(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<HsdsQuery>,
) -> Result<Json<Value>, AppError> {
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let lang = query.lang();
    let (page, per_page) = query.paging()?;
    let (rows, total) = match query.search.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(text) => {
            let params = SearchParams {
                q: Some(text.to_string()),
                sort: Some("name".into()),
                ..SearchParams::default()
            };
            // The search finds active services only, whoever asks.
            let found = super::finding::find(
                &state,
                &c.coordination,
                &params,
                lang,
                per_page,
                (page - 1) * per_page,
            )
            .await?;
            let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
            (
                store::hsds::service_page(&state.db, &c, Some(&ids), per_page, 0).await?,
                found.total,
            )
        }
        None => {
            let total = store::hsds::count_services(&state.db, &c).await?;
            (
                store::hsds::service_page(&state.db, &c, None, per_page, (page - 1) * per_page)
                    .await?,
                total,
            )
        }
    };
    let mut contents = Vec::with_capacity(rows.len());
    for row in &rows {
        if query.full == Some(true) {
            if let Some(detail) = store::service_detail(&state.db, &c, row.service.id).await? {
                contents.push(service_full_json(lang, &detail));
            }
        } else {
            contents.push(service_list_json(lang, &row.service, &row.organization()));
        }
    }
    Ok(Json(page_envelope(total, page, per_page, contents)))
}

/// One service with everything it nests.
#[utoipa::path(get, path = "/api/hsds/{coord}/services/{id}", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = String, Path, description = "the record's id"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination or record")))]
pub async fn service(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, uid)): Path<(String, String)>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let id = store::hsds::id_for_uid(&state.db, "services", &c, &uid)
        .await?
        .ok_or(AppError::NotFound)?;
    let detail = store::service_detail(&state.db, &c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(service_full_json(query.lang(), &detail)))
}

async fn organization_full(
    db: &Db,
    c: &impl PublicScope,
    lang: Lang,
    org: &Organization,
) -> Result<Value, AppError> {
    let mut value = organization_json(lang, org, true);
    let locations = store::organization_locations(db, &c, org.id).await?;
    value["locations"] = locations
        .iter()
        .map(|l| location_json(lang, l, &org.uid, true))
        .collect();
    let services = store::organization_services(db, &c, org.id).await?;
    value["services"] = services
        .iter()
        .map(|s| service_fields(lang, s, org))
        .collect();
    Ok(value)
}

/// The coordination's organisations, a page at a time.
#[utoipa::path(get, path = "/api/hsds/{coord}/organizations", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), HsdsQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination")))]
pub async fn organizations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<HsdsQuery>,
) -> Result<Json<Value>, AppError> {
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let lang = query.lang();
    let (page, per_page) = query.paging()?;
    let total = store::hsds::count_organizations(&state.db, &c).await?;
    let orgs =
        store::hsds::organizations_page(&state.db, &c, per_page, (page - 1) * per_page).await?;
    let mut contents = Vec::with_capacity(orgs.len());
    for org in &orgs {
        contents.push(if query.full == Some(true) {
            organization_full(&state.db, &c, lang, org).await?
        } else {
            organization_json(lang, org, false)
        });
    }
    Ok(Json(page_envelope(total, page, per_page, contents)))
}

/// One organisation with its places and services.
#[utoipa::path(get, path = "/api/hsds/{coord}/organizations/{id}", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = String, Path, description = "the record's id"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination or record")))]
pub async fn organization(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, uid)): Path<(String, String)>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let id = store::hsds::id_for_uid(&state.db, "organizations", &c, &uid)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = store::organization(&state.db, &c, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(
        organization_full(&state.db, &c, query.lang(), &org).await?,
    ))
}

/// A fully nested service_at_location.
fn sal_json(lang: Lang, row: &store::hsds::SalRow, detail: &ServiceDetail) -> Value {
    let location = detail.locations.iter().find(|l| l.id == row.location_id);
    let mut value = json!({ "id": row.uid, "service_id": detail.service.uid });
    if let Some(location) = location {
        value["location_id"] = json!(location.uid);
        value["location"] = location_json(lang, location, &detail.organization.uid, true);
        value["service"] = service_list_json(lang, &detail.service, &detail.organization);
    }
    value
}

/// Where each service is offered, a page at a time.
#[utoipa::path(get, path = "/api/hsds/{coord}/service_at_locations", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), HsdsQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination")))]
pub async fn service_at_locations(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<HsdsQuery>,
) -> Result<Json<Value>, AppError> {
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let lang = query.lang();
    let (page, per_page) = query.paging()?;
    let total = store::hsds::count_service_at_locations(&state.db, &c).await?;
    let offset = (page - 1) * per_page;
    if query.full != Some(true) {
        // The one-to-one view needs only the link and its location: one query for the page.
        let rows = store::hsds::sal_list_page(&state.db, &c, per_page, offset).await?;
        let contents = rows
            .iter()
            .map(|r| {
                json!({
                    "id": r.sal_uid,
                    "service_id": r.service_uid,
                    "location_id": r.location.uid,
                    "location": location_json(lang, &r.location, &r.organization_uid, false),
                })
            })
            .collect();
        return Ok(Json(page_envelope(total, page, per_page, contents)));
    }
    let rows = store::hsds::sal_page(&state.db, &c, per_page, offset).await?;
    let mut contents = Vec::with_capacity(rows.len());
    for row in &rows {
        if let Some(detail) = store::service_detail(&state.db, &c, row.service_id).await? {
            contents.push(sal_json(lang, row, &detail));
        }
    }
    Ok(Json(page_envelope(total, page, per_page, contents)))
}

/// One service at one place.
#[utoipa::path(get, path = "/api/hsds/{coord}/service_at_locations/{id}", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = String, Path, description = "the record's id"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination or record")))]
pub async fn service_at_location(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, uid)): Path<(String, String)>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let row = store::hsds::sal_by_uid(&state.db, &c, &uid)
        .await?
        .ok_or(AppError::NotFound)?;
    let detail = store::service_detail(&state.db, &c, row.service_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(sal_json(query.lang(), &row, &detail)))
}

fn taxonomy_json(lang: Lang, code: &str) -> Value {
    let (name, description) = match code {
        THEMES_TAXONOMY => ("map-facet-theme", "taxonomy-themes-description"),
        _ => ("map-facet-target", "taxonomy-targets-description"),
    };
    json!({
        "id": derived_uuid(&[code]),
        "name": crate::platform::i18n::t(lang, name),
        "description": crate::platform::i18n::t(lang, description),
        "version": "1",
    })
}

/// The map's two taxonomies: themes and target groups.
#[utoipa::path(get, path = "/api/hsds/{coord}/taxonomies", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 404, description = "no such coordination")))]
pub async fn taxonomies(
    Path(slug): Path<String>,
    State(state): State<AppState>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    coordination(&state, &slug).await?;
    let lang = query.lang();
    let contents = vec![
        taxonomy_json(lang, THEMES_TAXONOMY),
        taxonomy_json(lang, TARGETS_TAXONOMY),
    ];
    Ok(Json(page_envelope(2, 1, MAX_PER_PAGE, contents)))
}

/// One taxonomy, by the id the list gives it.
#[utoipa::path(get, path = "/api/hsds/{coord}/taxonomies/{id}", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = String, Path, description = "the record's id"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 404, description = "no such coordination or record")))]
pub async fn taxonomy(
    Path((slug, id)): Path<(String, String)>,
    State(state): State<AppState>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    coordination(&state, &slug).await?;
    let lang = query.lang();
    let all = [THEMES_TAXONOMY, TARGETS_TAXONOMY].map(|code| taxonomy_json(lang, code));
    the_one(all, &id)
}

/// The record of a list with this `id`, or a 404.
fn the_one(list: impl IntoIterator<Item = Value>, id: &str) -> Result<Json<Value>, AppError> {
    list.into_iter()
        .find(|record| record["id"] == id)
        .map(Json)
        .ok_or(AppError::NotFound)
}

fn all_terms(lang: Lang, themes: &[Theme]) -> Vec<Value> {
    let mut terms: Vec<Value> = themes
        .iter()
        .map(|th| term_json(lang, THEMES_TAXONOMY, &th.code, th.name(lang)))
        .collect();
    for group in store::TARGET_GROUPS {
        terms.push(term_json(
            lang,
            TARGETS_TAXONOMY,
            group,
            &crate::platform::i18n::t(lang, &format!("target-{group}")),
        ));
    }
    terms
}

/// Every theme and target group, a page at a time.
#[utoipa::path(get, path = "/api/hsds/{coord}/taxonomy_terms", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), HsdsQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 404, description = "no such coordination")))]
pub async fn taxonomy_terms(
    Path(slug): Path<String>,
    State(state): State<AppState>,
    Query(query): Query<HsdsQuery>,
) -> Result<Json<Value>, AppError> {
    coordination(&state, &slug).await?;
    let lang = query.lang();
    let (page, per_page) = query.paging()?;
    let terms = all_terms(lang, &store::themes(&state.db).await?);
    let total = terms.len() as i64;
    let contents = terms
        .into_iter()
        .skip(((page - 1) * per_page) as usize)
        .take(per_page as usize)
        .collect();
    Ok(Json(page_envelope(total, page, per_page, contents)))
}

/// One taxonomy term, by the id the list gives it.
#[utoipa::path(get, path = "/api/hsds/{coord}/taxonomy_terms/{id}", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = String, Path, description = "the record's id"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 404, description = "no such coordination or record")))]
pub async fn taxonomy_term(
    Path((slug, id)): Path<(String, String)>,
    State(state): State<AppState>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    coordination(&state, &slug).await?;
    let lang = query.lang();
    the_one(all_terms(lang, &store::themes(&state.db).await?), &id)
}

/// The whole directory of a coordination in one language: `organizations` is an HSDS
/// organization package, `services` a service package (fully nested records).
#[utoipa::path(get, path = "/api/hsds/{coord}/export", tag = "hsds",
    params(("coord" = String, Path, description = "coordination slug"), RecordQuery),
    responses((status = 200, description = "HSDS 3.0 JSON", body = Object), (status = 400, description = "a language or page out of bounds"), (status = 401, description = "inactive services asked for without a valid token"), (status = 403, description = "inactive services asked for by someone who does not edit this map"), (status = 404, description = "no such coordination")))]
pub async fn export(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<RecordQuery>,
) -> Result<Json<Value>, AppError> {
    let query = HsdsQuery::from(query);
    let c = reader(&state, &slug, caller.as_ref(), &query).await?;
    let lang = query.lang();
    let mut organizations = Vec::new();
    for org in store::hsds::organizations_page(&state.db, &c, i64::MAX, 0).await? {
        organizations.push(organization_full(&state.db, &c, lang, &org).await?);
    }
    let ids = store::hsds::service_ids(&state.db, &c).await?;
    let mut services = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(detail) = store::service_detail(&state.db, &c, id).await? {
            services.push(service_full_json(lang, &detail));
        }
    }
    Ok(Json(
        json!({ "hsds_version": "3.0", "language": lang.code(), "organizations": organizations, "services": services }),
    ))
}
