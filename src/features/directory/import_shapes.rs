//! The shapes HSDS 3.0 publishers write, read into one set of records by kind and id before the
//! import decides anything. HSDS defines several: the export of a whole directory (Socius's own:
//! `organizations` and `services` arrays), a single organisation, service or service-at-location
//! with what it nests (`organization_full.json`, `service_full.json`), an API page (`contents`),
//! an array of any of these, and the tabular form (one table per file: `organizations.csv`, …, as
//! a zip with `datapackage.json` or as one JSON object of tables). Whatever the shape, a record may
//! come several times (an organisation nested in each of its services); its copies are merged, and
//! two copies that disagree mean two records share an id, which is reported, not merged.

use std::collections::HashMap;
use std::io::Read;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::{Lang, MessageKey};
use crate::platform::csv_text;

/// The kinds of records a coordination's map holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Organization,
    Location,
    Service,
}

impl Kind {
    /// In the order they are imported: a place and a service need their organisation.
    pub const ALL: [Kind; 3] = [Kind::Organization, Kind::Location, Kind::Service];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Location => "location",
            Kind::Service => "service",
        }
    }
}

/// Longer ids are not identifiers but pasted text; HSDS ids are UUIDs (36 characters).
const MAX_ID: usize = 200;
/// How much of an unusable id the report shows.
const SHOWN_ID: usize = 60;

/// One record as the documents give it, per language.
#[derive(Default)]
pub(super) struct Versions {
    pub by_lang: std::collections::BTreeMap<Lang, Map<String, Value>>,
    /// Why the record cannot be imported whatever it holds.
    pub refusal: Option<MessageKey>,
}

impl Versions {
    /// Merges one more copy of the record; a value that differs from one given before means the
    /// id is shared by two records.
    fn add(&mut self, lang: Lang, record: &Map<String, Value>) {
        let entry = self.by_lang.entry(lang).or_default();
        for (key, value) in record {
            match entry.get(key) {
                // Nested copies may carry more or less of what they nest: only plain values
                // tell two records apart.
                Some(known) if is_plain(known) && is_plain(value) && known != value => {
                    self.refusal = Some("error-import-duplicate-id");
                }
                Some(_) => {}
                None => {
                    entry.insert(key.clone(), value.clone());
                }
            }
        }
    }

    /// Any language's value of a field that does not depend on the language.
    pub fn any(&self, key: &str) -> Option<&Value> {
        self.by_lang.values().find_map(|r| r.get(key))
    }

    pub fn name(&self) -> String {
        self.any("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    }
}

fn is_plain(value: &Value) -> bool {
    !(value.is_array() || value.is_object())
}

pub(super) fn objects(value: Option<&Value>) -> impl Iterator<Item = &Map<String, Value>> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

pub(super) fn str_of<'a>(record: &'a Map<String, Value>, key: &str) -> &'a str {
    record.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A record's id as the file gives it (tabular files and some publishers write numbers).
fn id_of(record: &Map<String, Value>) -> Option<String> {
    match record.get("id")? {
        Value::String(id) => Some(id.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Whether an id can name a record: not empty, not a path, not pasted text.
fn usable_id(id: &str) -> bool {
    let id = id.trim();
    !id.is_empty()
        && id.chars().count() <= MAX_ID
        && !id.contains(['/', '\\'])
        && !id.starts_with('.')
        && !id.chars().any(char::is_whitespace)
}

/// Whether an id is a UUID, the form HSDS gives ids; other ids are given one derived from them.
pub(super) fn is_uuid(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The records of every document, by kind and id.
#[derive(Default)]
pub(super) struct Documents {
    records: HashMap<(Kind, String), Versions>,
    /// Records in the order the documents give them, so the report follows the file.
    order: Vec<(Kind, String)>,
    /// Services nested in an organisation, read after the document's own list of services so
    /// that a directory keeps its order whatever its organisations nest (the export nests them
    /// by name).
    nested_services: Vec<(Map<String, Value>, Lang, Option<String>)>,
}

impl Documents {
    /// Reads one document or several (a JSON array, or `{"fr": …, "nl": …}`).
    pub fn read(body: &Value, default_lang: Lang) -> Result<Documents, MessageKey> {
        let mut out = Documents::default();
        match body {
            Value::Array(items) => {
                for item in items {
                    let doc = item.as_object().ok_or("error-import-format")?;
                    out.document(doc, doc_lang(doc, default_lang));
                }
            }
            Value::Object(map) if map.contains_key("fr") || map.contains_key("nl") => {
                for (code, item) in map {
                    let lang = Lang::parse(code).map_err(|_| "error-import-format")?;
                    out.document(item.as_object().ok_or("error-import-format")?, lang);
                }
            }
            Value::Object(doc) => out.document(doc, doc_lang(doc, default_lang)),
            _ => return Err("error-import-format"),
        }
        while !out.nested_services.is_empty() {
            for (service, lang, owner) in std::mem::take(&mut out.nested_services) {
                out.service(&service, lang, owner.as_deref());
            }
        }
        if out.order.is_empty() {
            return Err("error-import-empty");
        }
        Ok(out)
    }

    /// The ids of one kind's records, in the file's order.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = &str> {
        self.order
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|(_, id)| id.as_str())
    }

    pub fn get(&self, kind: Kind, id: &str) -> &Versions {
        &self.records[&(kind, id.to_string())]
    }

    fn add(&mut self, kind: Kind, lang: Lang, record: &Map<String, Value>) -> Option<String> {
        let id = id_of(record).unwrap_or_default();
        let (key, refusal) = if usable_id(&id) {
            (id.trim().to_string(), None)
        } else {
            // Each unusable id is its own line in the report, shown cut.
            let shown: String = id.chars().take(SHOWN_ID).collect();
            let shown = format!("{shown}{}", if shown.len() < id.len() { "…" } else { "" });
            let number = self.order.len() + 1;
            let key = if shown.is_empty() {
                format!("#{number}")
            } else {
                format!("{shown} #{number}")
            };
            (key, Some("error-import-id"))
        };
        let slot = (kind, key.clone());
        if !self.records.contains_key(&slot) {
            self.order.push(slot.clone());
        }
        let versions = self.records.entry(slot).or_default();
        versions.add(lang, record);
        if refusal.is_some() {
            versions.refusal = refusal;
            return None;
        }
        Some(key)
    }

    fn document(&mut self, doc: &Map<String, Value>, lang: Lang) {
        if doc.keys().any(|k| k.ends_with(".csv")) {
            if let Value::Object(nested) = nest_tables(doc) {
                self.document(&nested, lang);
            }
            return;
        }
        // A record has an id; a document lists records (an organisation nests `locations` and
        // `services` as the export lists them, so the id tells them apart).
        let listed = ["organizations", "locations", "services", "contents"];
        if doc.contains_key("id")
            || !listed
                .iter()
                .any(|k| doc.get(*k).is_some_and(Value::is_array))
        {
            return self.record(doc, lang);
        }
        for org in objects(doc.get("organizations")) {
            self.organization(org, lang);
        }
        for location in objects(doc.get("locations")) {
            self.location(location, lang, None);
        }
        for service in objects(doc.get("services")) {
            self.service(service, lang, None);
        }
        // An API page: each record is whole, of whichever kind the page lists.
        for record in objects(doc.get("contents")) {
            self.record(record, lang);
        }
    }

    /// One record whose kind is told by the fields HSDS requires of it.
    fn record(&mut self, record: &Map<String, Value>, lang: Lang) {
        if record.get("service").is_some_and(Value::is_object) {
            self.service_at_location(record, lang);
        } else if record.contains_key("location_type") || record.contains_key("addresses") {
            self.location(record, lang, None);
        } else if record.contains_key("status") {
            self.service(record, lang, None);
        } else if ["taxonomy", "version", "code"]
            .iter()
            .any(|k| record.contains_key(*k))
        {
            // Taxonomies and their terms describe the vocabulary, not the map.
        } else if record.contains_key("name") {
            self.organization(record, lang);
        }
    }

    fn organization(&mut self, org: &Map<String, Value>, lang: Lang) -> Option<String> {
        let id = self.add(Kind::Organization, lang, org);
        for location in objects(org.get("locations")) {
            self.location(location, lang, id.as_deref());
        }
        for service in objects(org.get("services")) {
            self.nested_services
                .push((service.clone(), lang, id.clone()));
        }
        id
    }

    fn location(&mut self, location: &Map<String, Value>, lang: Lang, owner: Option<&str>) {
        let mut location = location.clone();
        if let Some(owner) = owner {
            location
                .entry("organization_id")
                .or_insert_with(|| Value::String(owner.to_string()));
        }
        self.add(Kind::Location, lang, &location);
    }

    fn service(&mut self, service: &Map<String, Value>, lang: Lang, owner: Option<&str>) {
        let mut service = service.clone();
        let nested_owner = match service.get("organization") {
            Some(Value::Object(org)) => self.organization(&org.clone(), lang),
            _ => None,
        };
        let owner = nested_owner
            .or_else(|| owner.map(str::to_string))
            .or_else(|| id_from(&service, "organization_id"));
        if let Some(owner) = &owner {
            service
                .entry("organization_id")
                .or_insert_with(|| Value::String(owner.clone()));
        }
        if let Some(Value::Array(ats)) = service.get_mut("service_at_locations") {
            for at in ats.iter_mut().filter_map(Value::as_object_mut) {
                let Some(Value::Object(location)) = at.get("location").cloned() else {
                    continue;
                };
                self.location(&location, lang, owner.as_deref());
                if let Some(id) = id_of(&location) {
                    at.entry("location_id").or_insert(Value::String(id));
                }
            }
        }
        self.add(Kind::Service, lang, &service);
    }

    /// A service at a location, as HSDS's API gives it: the service is at that place.
    fn service_at_location(&mut self, at: &Map<String, Value>, lang: Lang) {
        let Some(Value::Object(service)) = at.get("service") else {
            return;
        };
        let mut service = service.clone();
        let mut place = at.clone();
        place.remove("service");
        service.insert(
            "service_at_locations".into(),
            Value::Array(vec![Value::Object(place)]),
        );
        self.service(&service, lang, None);
    }
}

fn id_from(record: &Map<String, Value>, key: &str) -> Option<String> {
    Some(str_of(record, key))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn doc_lang(doc: &Map<String, Value>, default: Lang) -> Lang {
    Lang::parse(str_of(doc, "language")).unwrap_or(default)
}

/// HSDS's tabular form (one table per file, rows joined by `…_id` columns) nested as its JSON
/// form nests it, so one reader serves both.
fn nest_tables(tables: &Map<String, Value>) -> Value {
    let table = |name: &str| objects(tables.get(&format!("{name}.csv")));
    let rows_where = |name: &str, key: &str, id: &str| -> Vec<Value> {
        table(name)
            .filter(|row| str_of(row, key) == id)
            .map(|row| Value::Object(row.clone()))
            .collect()
    };
    let only = |rows: Vec<Value>, unset: &[&str]| -> Vec<Value> {
        rows.into_iter()
            .filter(|row| unset.iter().all(|k| row.get(*k).is_none_or(|v| *v == "")))
            .collect()
    };
    let terms: HashMap<&str, &Map<String, Value>> = table("taxonomy_terms")
        .map(|term| (str_of(term, "id"), term))
        .collect();
    let with = |row: &Map<String, Value>, parts: Vec<(&str, Vec<Value>)>| {
        let mut row = row.clone();
        for (key, rows) in parts {
            row.insert(key.into(), Value::Array(rows));
        }
        Value::Object(row)
    };
    let organizations: Vec<Value> = table("organizations")
        .map(|org| {
            let id = str_of(org, "id");
            with(
                org,
                vec![
                    (
                        "organization_identifiers",
                        rows_where("organization_identifiers", "organization_id", id),
                    ),
                    (
                        "phones",
                        only(
                            rows_where("phones", "organization_id", id),
                            &["service_id", "location_id"],
                        ),
                    ),
                ],
            )
        })
        .collect();
    let locations: Vec<Value> = table("locations")
        .map(|location| {
            let id = str_of(location, "id");
            with(
                location,
                vec![
                    ("addresses", rows_where("addresses", "location_id", id)),
                    (
                        "accessibility",
                        rows_where("accessibility", "location_id", id),
                    ),
                    (
                        "phones",
                        only(rows_where("phones", "location_id", id), &["service_id"]),
                    ),
                ],
            )
        })
        .collect();
    let services: Vec<Value> = table("services")
        .map(|service| {
            let id = str_of(service, "id");
            let attributes = table("attributes")
                .filter(|a| str_of(a, "link_id") == id)
                .map(|a| {
                    let mut a = a.clone();
                    if let Some(term) = terms.get(str_of(&a, "taxonomy_term_id")) {
                        a.insert("taxonomy_term".into(), Value::Object((*term).clone()));
                    }
                    Value::Object(a)
                })
                .collect();
            with(
                service,
                vec![
                    (
                        "service_at_locations",
                        rows_where("service_at_location", "service_id", id),
                    ),
                    ("phones", rows_where("phones", "service_id", id)),
                    ("contacts", rows_where("contacts", "service_id", id)),
                    ("schedules", rows_where("schedules", "service_id", id)),
                    ("languages", rows_where("languages", "service_id", id)),
                    ("attributes", attributes),
                ],
            )
        })
        .collect();
    serde_json::json!({
        "organizations": organizations,
        "locations": locations,
        "services": services,
    })
}

/// A zip's entries are read up to this size each, so a small archive cannot unpack into gigabytes.
const MAX_TABLE_BYTES: u64 = 20 * 1024 * 1024;

/// Whether uploaded bytes are a zip archive (HSDS's tabular form travels as one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The tables of a zipped tabular HSDS package as JSON (`{"organizations.csv": [rows…], …}`),
/// read whatever their encoding and separator; empty cells are left out, as JSON leaves out
/// what it does not know.
pub fn read_zip(bytes: &[u8]) -> Result<Value, MessageKey> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| "error-import-zip")?;
    let mut tables = Map::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|_| "error-import-zip")?;
        let Some(name) = entry
            .enclosed_name()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().to_lowercase()))
            .filter(|n| n.ends_with(".csv"))
        else {
            continue;
        };
        let mut raw = Vec::new();
        (&mut entry)
            .take(MAX_TABLE_BYTES + 1)
            .read_to_end(&mut raw)
            .map_err(|_| "error-import-zip")?;
        if raw.len() as u64 > MAX_TABLE_BYTES {
            return Err("error-too-large");
        }
        tables.insert(name, Value::Array(csv_rows(&raw)?));
    }
    if tables.is_empty() {
        return Err("error-import-zip");
    }
    Ok(Value::Object(tables))
}

fn csv_rows(raw: &[u8]) -> Result<Vec<Value>, MessageKey> {
    let text = csv_text::read(raw);
    let mut reader = text.reader();
    let headers = reader.headers().map_err(|_| "error-import-zip")?.clone();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| "error-import-zip")?;
        let mut row = Map::new();
        for (header, cell) in headers.iter().zip(record.iter()) {
            if cell.is_empty() {
                continue;
            }
            let value = match header {
                // Coordinates are numbers in HSDS's JSON; the tables write them as text.
                "latitude" | "longitude" => cell
                    .parse::<f64>()
                    .ok()
                    .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number))
                    .unwrap_or_else(|| Value::String(cell.to_string())),
                _ => Value::String(cell.to_string()),
            };
            row.insert(header.trim().to_string(), value);
        }
        rows.push(Value::Object(row));
    }
    Ok(rows)
}

/// A JSON file's bytes without the byte-order mark some editors write first.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_cannot_name_a_record() {
        for bad in [
            "",
            "  ",
            "../etc/passwd",
            "a/b",
            "a\\b",
            ".hidden",
            "two words",
        ] {
            assert!(!usable_id(bad), "{bad:?}");
        }
        assert!(!usable_id(&"x".repeat(5000)));
        for good in ["org-1", "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "42"] {
            assert!(usable_id(good), "{good:?}");
        }
        assert!(is_uuid("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"));
        assert!(!is_uuid("org-1"));
        assert!(!is_uuid("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c61z"));
    }

    #[test]
    fn one_id_for_two_different_records_is_refused_but_copies_merge() {
        let body = serde_json::json!({"organizations": [
            {"id": "a", "name": "One"}, {"id": "a", "name": "Other"},
            {"id": "b", "name": "Same", "services": [{"id": "s", "status": "active", "name": "S"}]},
        ], "services": [{"id": "s", "name": "S", "organization": {"id": "b", "name": "Same"}}]});
        let docs = Documents::read(&body, Lang::Fr).unwrap();
        assert_eq!(
            docs.get(Kind::Organization, "a").refusal,
            Some("error-import-duplicate-id")
        );
        assert_eq!(docs.get(Kind::Organization, "b").refusal, None);
        assert_eq!(docs.get(Kind::Service, "s").refusal, None);
        assert_eq!(
            docs.get(Kind::Service, "s").any("organization_id"),
            Some(&Value::String("b".into()))
        );
    }
}
