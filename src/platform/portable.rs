//! Moving one coordination between Socius instances — from the shared instance to its own, or
//! back — as one portable JSON file (`socius coordination export SLUG` / `import FILE`), between
//! either backend.
//!
//! The file holds the coordination's rows table by table, in the order their foreign keys need,
//! each row as JSON with its old ids; the import writes them again with new ids and rewrites every
//! reference through the ids it gave. The schema's own foreign keys say which column names which
//! table, so a column added later travels with nothing to change here. What the schema cannot say
//! is declared by the feature that owns the table ([`Portable`]): which tables travel, which stay
//! (secrets, mail in flight, what is rebuilt) and why, references written as a kind and an id, and
//! ids kept inside JSON text. Every table must be declared by exactly one part, so a new table
//! cannot be forgotten silently (the export refuses to run, and a test names it).
//!
//! Accounts travel as the file's `people` (address, name, language; never a password, a second
//! factor or a session): on import an account with the same address is used, otherwise one is
//! created without a password, and whoever holds a role is then invited to choose one. Rows of
//! shared tables a coordination's rows point at (the regional themes) travel as their natural key
//! and are matched on the target.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{anyhow, bail, Context};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::domain::{Email, Lang};
use crate::platform::auth::{self, NewUser};
use crate::platform::db::{known_schema, ColumnInfo, Db, ForeignKeyInfo, Tx, TypeClass};
use crate::platform::policy::Tenant;

/// The `format` of a coordination file, and the version of its layout.
pub const FORMAT: &str = "socius-coordination";
pub const FORMAT_VERSION: u32 = 1;

/// A column that names a record of another table without a foreign key: which table depends on
/// the kind written in another column of the row (the audit log's entity, a change's record).
/// Kinds not listed (a setting's name, say) are kept as they are.
pub struct KindReference {
    pub table: &'static str,
    pub column: &'static str,
    pub kind_column: &'static str,
    /// (kind, the table it names).
    pub kinds: &'static [(&'static str, &'static str)],
}

/// Ids kept inside JSON text: `key` of the object in `column` holds an id of `target`, or a list
/// of them (a pending change's chosen locations).
pub struct JsonReference {
    pub table: &'static str,
    pub column: &'static str,
    pub key: &'static str,
    pub target: &'static str,
}

/// What a feature declares about its tables.
#[derive(Default)]
pub struct Tables {
    /// Tables whose rows of the coordination travel.
    pub travel: &'static [&'static str],
    /// Tables that never travel, with why (for the reader of the code and of `socius coordination
    /// export --help`): secrets, mail in flight, what is rebuilt from other rows, reference data.
    pub stay: &'static [(&'static str, &'static str)],
    pub kind_references: &'static [KindReference],
    pub json_references: &'static [JsonReference],
    /// Shared rows a coordination's rows may point at, matched on the target by this unique
    /// column: (table, column).
    pub matched_by: &'static [(&'static str, &'static str)],
}

/// A feature's part in the coordination export. Listed once in `features::DATA`, with its part
/// in the rights of the people; capabilities that come later add theirs there.
#[async_trait]
pub trait Portable: Sync {
    fn tables(&self) -> Tables;

    /// Runs in the import's transaction once every row is written: rebuilds what the part keeps
    /// derived from other rows.
    async fn imported(&self, _tx: &mut Tx, _tenant: &Tenant) -> Result<(), sqlx::Error> {
        Ok(())
    }
}

/// The platform's own tables: none travels.
pub struct PlatformTables;

impl crate::platform::personal_data::PersonalData for PlatformTables {}

impl Portable for PlatformTables {
    fn tables(&self) -> Tables {
        Tables {
            stay: &[
                ("rate_hits", "counters of the old instance"),
                (
                    "form_submissions",
                    "double-submission guard of the old instance",
                ),
                ("platform_settings", "each instance's own"),
                ("server_secrets", "each instance signs with its own key"),
                (
                    "content_versions",
                    "each instance counts the changes its public pages show",
                ),
            ],
            ..Tables::default()
        }
    }
}

/// An account the coordination's rows name.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub lang: String,
}

/// One table's rows.
#[derive(Debug, Serialize, Deserialize)]
pub struct TableRows {
    pub table: String,
    pub rows: Vec<Map<String, Value>>,
}

/// The file.
#[derive(Debug, Serialize, Deserialize)]
pub struct CoordinationFile {
    pub format: String,
    pub version: u32,
    /// The last migration of the instance it was written by.
    pub schema: i64,
    pub exported_at: DateTime<Utc>,
    pub slug: String,
    pub people: Vec<Person>,
    /// table → old id → the natural key it is matched by.
    pub matched: BTreeMap<String, BTreeMap<i64, String>>,
    pub tables: Vec<TableRows>,
}

impl CoordinationFile {
    pub fn rows(&self, table: &str) -> usize {
        self.tables
            .iter()
            .filter(|t| t.table == table)
            .map(|t| t.rows.len())
            .sum()
    }
}

/// The schema as the export and the import need it, with every part's declarations checked
/// against it. Read before the transaction: SQLite's catalogue is read through the pool.
pub struct Layout {
    columns: BTreeMap<String, Vec<ColumnInfo>>,
    keys: Vec<ForeignKeyInfo>,
    /// The travelling tables, each after those it points at.
    order: Vec<String>,
    kind_references: Vec<&'static KindReference>,
    json_references: Vec<&'static JsonReference>,
    matched_by: BTreeMap<String, String>,
}

impl Layout {
    pub async fn read(db: &Db, parts: &[&dyn Portable]) -> anyhow::Result<Layout> {
        let mut columns: BTreeMap<String, Vec<ColumnInfo>> = BTreeMap::new();
        for column in db.columns().await? {
            columns
                .entry(column.table.clone())
                .or_default()
                .push(column);
        }
        let keys = db.foreign_keys().await?;
        let declarations: Vec<Tables> = parts.iter().map(|p| p.tables()).collect();
        let mut travel = BTreeSet::new();
        let mut declared: BTreeMap<&str, usize> = BTreeMap::new();
        for tables in &declarations {
            for table in tables.travel {
                travel.insert(table.to_string());
                *declared.entry(table).or_default() += 1;
            }
            for (table, _) in tables.stay {
                *declared.entry(table).or_default() += 1;
            }
        }
        let undeclared: Vec<&String> = columns
            .keys()
            .filter(|t| declared.get(t.as_str()).copied().unwrap_or(0) != 1)
            .collect();
        if !undeclared.is_empty() {
            bail!(
                "tables neither travelling nor staying, or declared twice, in the coordination \
                 export's parts: {undeclared:?}"
            );
        }
        let order = dependency_order(&travel, &keys)?;
        Ok(Layout {
            columns,
            keys,
            order,
            kind_references: declarations
                .iter()
                .flat_map(|d| d.kind_references.iter())
                .collect(),
            json_references: declarations
                .iter()
                .flat_map(|d| d.json_references.iter())
                .collect(),
            matched_by: declarations
                .iter()
                .flat_map(|d| d.matched_by.iter())
                .map(|(t, c)| (t.to_string(), c.to_string()))
                .collect(),
        })
    }

    fn columns(&self, table: &str) -> &[ColumnInfo] {
        self.columns.get(table).map(Vec::as_slice).unwrap_or(&[])
    }

    fn has_column(&self, table: &str, column: &str) -> bool {
        self.columns(table).iter().any(|c| c.name == column)
    }

    /// The foreign keys of `table` that point at a row by its `id`.
    fn id_keys<'a>(&'a self, table: &'a str) -> impl Iterator<Item = &'a ForeignKeyInfo> + 'a {
        self.keys
            .iter()
            .filter(move |k| k.table == table && k.target_column == "id")
    }

    /// Which rows of `table` are the coordination's (`$1` is its id).
    fn scope(&self, table: &str) -> anyhow::Result<String> {
        if table == "coordinations" {
            return Ok("id = $1".into());
        }
        if self.has_column(table, "coordination_id") {
            return Ok("coordination_id = $1".into());
        }
        // A table without the column belongs through its parent (a service's languages): the
        // row its foreign key deletes it with.
        self.id_keys(table)
            .find(|k| {
                k.on_delete == "cascade"
                    && self.order.contains(&k.target)
                    && self.has_column(&k.target, "coordination_id")
            })
            .map(|k| {
                format!(
                    "\"{}\" IN (SELECT id FROM \"{}\" WHERE coordination_id = $1)",
                    k.column, k.target
                )
            })
            .ok_or_else(|| anyhow!("cannot tell which rows of {table} belong to a coordination"))
    }
}

/// The travelling tables in an order where each comes after those its foreign keys point at
/// (ties alphabetical, so the file is the same from run to run).
fn dependency_order(
    travel: &BTreeSet<String>,
    keys: &[ForeignKeyInfo],
) -> anyhow::Result<Vec<String>> {
    let mut needs: BTreeMap<&str, BTreeSet<&str>> = travel
        .iter()
        .map(|t| (t.as_str(), BTreeSet::new()))
        .collect();
    for key in keys {
        if key.table != key.target && travel.contains(&key.table) && travel.contains(&key.target) {
            needs
                .get_mut(key.table.as_str())
                .map(|n| n.insert(key.target.as_str()));
        }
    }
    let mut order: Vec<String> = Vec::new();
    while order.len() < travel.len() {
        let next = needs
            .iter()
            .find(|(t, n)| {
                !order.iter().any(|o| o == *t) && n.iter().all(|d| order.iter().any(|o| o == d))
            })
            .map(|(t, _)| t.to_string())
            .ok_or_else(|| anyhow!("the travelling tables' foreign keys form a circle"))?;
        order.push(next);
    }
    Ok(order)
}

/// Reads the coordination `slug` into a file, in one transaction (one consistent picture).
pub async fn export(db: &Db, layout: &Layout, slug: &str) -> anyhow::Result<CoordinationFile> {
    let mut tx = db.begin().await?;
    if let Tx::Postgres(_) = tx {
        // Timestamps are written in UTC whatever the server's time zone, as SQLite keeps them.
        crate::execute!(&mut tx, "SET LOCAL TIME ZONE 'UTC'")?;
    }
    let id: i64 = crate::scalar_optional!(
        &mut tx,
        "SELECT id FROM coordinations WHERE slug = $1",
        slug
    )?
    .ok_or_else(|| anyhow!("no coordination {slug} here"))?;
    let mut tables = Vec::new();
    for table in &layout.order {
        let sql = select_as_json(&tx, layout, table)?;
        let texts: Vec<String> = crate::scalars!(&mut tx, &sql, id)?;
        let bools: Vec<&str> = layout
            .columns(table)
            .iter()
            .filter(|c| c.class == TypeClass::Bool)
            .map(|c| c.name.as_str())
            .collect();
        let rows = texts
            .iter()
            .map(|text| {
                let mut row: Map<String, Value> = serde_json::from_str(text)?;
                // SQLite writes its booleans as 0 and 1; the file says true and false.
                for column in &bools {
                    if let Some(Value::Number(n)) = row.get(*column) {
                        let truth = n.as_i64() != Some(0);
                        row.insert(column.to_string(), Value::Bool(truth));
                    }
                }
                Ok(row)
            })
            .collect::<Result<Vec<_>, serde_json::Error>>()?;
        tables.push(TableRows {
            table: table.clone(),
            rows,
        });
    }
    let people = people_named(&mut tx, layout, &tables).await?;
    let matched = matched_rows(&mut tx, layout, &tables).await?;
    let schema: i64 = crate::scalar!(
        &mut tx,
        "SELECT CAST(MAX(version) AS BIGINT) FROM _sqlx_migrations WHERE success"
    )?;
    tx.rollback().await?;
    Ok(CoordinationFile {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        schema,
        exported_at: Utc::now(),
        slug: slug.into(),
        people,
        matched,
        tables,
    })
}

/// One JSON object per row of `table` in the coordination, in the order of their ids (the import
/// gives new ids in the same order, so lists ordered by id stay as they were). Blobs are `\x` and
/// hexadecimal digits, as PostgreSQL writes `bytea`.
fn select_as_json(tx: &Tx, layout: &Layout, table: &str) -> anyhow::Result<String> {
    let columns = layout.columns(table);
    let scope = layout.scope(table)?;
    let order = if layout.has_column(table, "id") {
        " ORDER BY id"
    } else {
        ""
    };
    let names = || columns.iter().map(|c| format!("\"{}\"", c.name));
    Ok(match tx {
        Tx::Postgres(_) => format!(
            "SELECT CAST(row_to_json(r) AS TEXT) FROM (SELECT {} FROM \"{table}\" WHERE {scope}{order}) r",
            names().collect::<Vec<_>>().join(", ")
        ),
        Tx::Sqlite(_) => format!(
            "SELECT json_object({}) FROM \"{table}\" WHERE {scope}{order}",
            columns
                .iter()
                .map(|c| match c.class {
                    TypeClass::Blob => format!("'{0}', '\\x' || lower(hex(\"{0}\"))", c.name),
                    _ => format!("'{0}', \"{0}\"", c.name),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}

/// Every id of `target` that the rows point at, by foreign key or by kind.
fn referenced_ids(layout: &Layout, tables: &[TableRows], target: &str) -> BTreeSet<i64> {
    let mut ids = BTreeSet::new();
    for t in tables {
        let keys: Vec<&str> = layout
            .id_keys(&t.table)
            .filter(|k| k.target == target)
            .map(|k| k.column.as_str())
            .collect();
        let kinds: Vec<&KindReference> = layout
            .kind_references
            .iter()
            .copied()
            .filter(|r| r.table == t.table)
            .collect();
        for row in &t.rows {
            ids.extend(keys.iter().filter_map(|c| as_id(row.get(*c))));
            for r in &kinds {
                let names_target = row
                    .get(r.kind_column)
                    .and_then(Value::as_str)
                    .and_then(|kind| r.kinds.iter().find(|(k, _)| *k == kind))
                    .is_some_and(|(_, table)| *table == target);
                if names_target {
                    ids.extend(as_id(row.get(r.column)));
                }
            }
        }
    }
    ids
}

/// An id written as a number or as text (the audit log keeps its entities' ids as text).
fn as_id(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

async fn people_named(
    tx: &mut Tx,
    layout: &Layout,
    tables: &[TableRows],
) -> anyhow::Result<Vec<Person>> {
    let mut people = Vec::new();
    for id in referenced_ids(layout, tables, "users") {
        let found: Option<(String, String, String)> = crate::fetch_optional!(
            &mut *tx,
            "SELECT email, display_name, lang FROM users WHERE id = $1",
            id
        )?;
        if let Some((email, display_name, lang)) = found {
            people.push(Person {
                id,
                email,
                display_name,
                lang,
            });
        }
    }
    Ok(people)
}

/// The natural keys of the shared rows the coordination's rows point at.
async fn matched_rows(
    tx: &mut Tx,
    layout: &Layout,
    tables: &[TableRows],
) -> anyhow::Result<BTreeMap<String, BTreeMap<i64, String>>> {
    let mut matched = BTreeMap::new();
    for (table, column) in &layout.matched_by {
        let own: BTreeSet<i64> = tables
            .iter()
            .filter(|t| &t.table == table)
            .flat_map(|t| t.rows.iter().filter_map(|r| as_id(r.get("id"))))
            .collect();
        let mut keys = BTreeMap::new();
        for id in referenced_ids(layout, tables, table).difference(&own) {
            let sql = format!("SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\" WHERE id = $1");
            if let Some(key) = crate::scalar_optional!(&mut *tx, &sql, *id)? {
                keys.insert(*id, key);
            }
        }
        matched.insert(table.clone(), keys);
    }
    Ok(matched)
}

/// What an import did.
#[derive(Debug)]
pub struct Imported {
    pub tenant: Tenant,
    /// Rows written, by table.
    pub rows: BTreeMap<String, usize>,
    /// Accounts created (without a password), and those found here by their address.
    pub created: Vec<i64>,
    pub found: usize,
}

/// Writes `file` as a new coordination, in the caller's transaction; refused, with nothing
/// written, when its slug is taken here, when it comes from a newer Socius, or when a shared row
/// it points at is not here.
pub async fn import(
    tx: &mut Tx,
    layout: &Layout,
    parts: &[&dyn Portable],
    file: &CoordinationFile,
) -> anyhow::Result<Imported> {
    if file.format != FORMAT || file.version != FORMAT_VERSION {
        bail!("this is not a Socius coordination file (format {FORMAT} version {FORMAT_VERSION})");
    }
    let known = known_schema(tx.backend());
    if file.schema > known {
        bail!(
            "this file comes from a newer Socius (schema {}; this one knows up to {known}): import \
             it with that version or a later one. Nothing was changed.",
            file.schema
        );
    }
    let taken: Option<i64> = crate::scalar_optional!(
        &mut *tx,
        "SELECT id FROM coordinations WHERE slug = $1",
        &file.slug
    )?;
    if taken.is_some() {
        bail!(
            "a coordination {} exists here already: remove it first or import into another \
             instance. Nothing was changed.",
            file.slug
        );
    }
    let mut ids: HashMap<&str, HashMap<i64, i64>> = HashMap::new();
    let (people, created) = accounts(tx, &file.people).await?;
    let found = people.len() - created.len();
    ids.insert("users", people);
    for (table, keys) in &file.matched {
        let column = layout
            .matched_by
            .get(table)
            .ok_or_else(|| anyhow!("this file matches {table}, which Socius does not match"))?;
        let mut here = HashMap::new();
        for (old, key) in keys {
            let sql = format!("SELECT id FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) = $1");
            let id: i64 = crate::scalar_optional!(&mut *tx, &sql, key)?.ok_or_else(|| {
                anyhow!("{table} {key} is not here: add it first. Nothing was changed.")
            })?;
            here.insert(*old, id);
        }
        ids.insert(layout_name(layout, table), here);
    }
    let mut rows = BTreeMap::new();
    let mut tenant = None;
    for table in &layout.order {
        let Some(given) = file.tables.iter().find(|t| &t.table == table) else {
            continue;
        };
        let written = write_table(tx, layout, &mut ids, given).await?;
        rows.insert(table.clone(), written);
        if table == "coordinations" {
            tenant = ids
                .get("coordinations")
                .and_then(|m| m.values().next().copied());
        }
    }
    if let Some(unknown) = file
        .tables
        .iter()
        .find(|t| !layout.order.contains(&t.table))
    {
        bail!(
            "this file holds {}, which does not travel here. Nothing was changed.",
            unknown.table
        );
    }
    let tenant = Tenant::system(tenant.ok_or_else(|| anyhow!("this file holds no coordination"))?);
    for part in parts {
        part.imported(tx, &tenant).await?;
    }
    Ok(Imported {
        tenant,
        rows,
        created,
        found,
    })
}

/// The layout's own `&'static`-free name for a table, so the id maps can borrow it.
fn layout_name<'a>(layout: &'a Layout, table: &str) -> &'a str {
    layout
        .columns
        .get_key_value(table)
        .map(|(k, _)| k.as_str())
        .unwrap_or("")
}

/// The accounts the file names: found here by address, or created without a password.
async fn accounts(tx: &mut Tx, people: &[Person]) -> anyhow::Result<(HashMap<i64, i64>, Vec<i64>)> {
    let mut ids = HashMap::new();
    let mut created = Vec::new();
    for person in people {
        let email = Email::parse(&person.email)
            .map_err(|_| anyhow!("the file's address {} is not valid", person.email))?;
        let id = match auth::find_user_by_email_in(tx, &email).await? {
            Some(user) => user.id,
            None => {
                let id = auth::create_user(
                    tx,
                    &NewUser {
                        email: &email,
                        display_name: &person.display_name,
                        lang: Lang::parse(&person.lang).unwrap_or(Lang::Fr),
                        password_hash: None,
                        is_platform_admin: false,
                    },
                )
                .await?;
                created.push(id);
                id
            }
        };
        ids.insert(person.id, id);
    }
    Ok((ids, created))
}

/// Writes one table's rows with their references rewritten; records the new ids.
async fn write_table<'a>(
    tx: &mut Tx,
    layout: &'a Layout,
    ids: &mut HashMap<&'a str, HashMap<i64, i64>>,
    given: &TableRows,
) -> anyhow::Result<usize> {
    let table = layout_name(layout, &given.table);
    let columns = layout.columns(table);
    let has_id = columns.iter().any(|c| c.name == "id");
    let keys: Vec<&ForeignKeyInfo> = layout.id_keys(table).collect();
    let kinds: Vec<&KindReference> = layout
        .kind_references
        .iter()
        .copied()
        .filter(|r| r.table == table)
        .collect();
    let inside: Vec<&JsonReference> = layout
        .json_references
        .iter()
        .copied()
        .filter(|r| r.table == table)
        .collect();
    let mut written_ids = HashMap::new();
    for row in &given.rows {
        let mut row = row.clone();
        let old_id = as_id(row.remove("id").as_ref());
        if let Some(unknown) = row.keys().find(|k| !columns.iter().any(|c| &c.name == *k)) {
            bail!("{table}.{unknown} in the file is not a column here. Nothing was changed.");
        }
        for key in &keys {
            let Some(old) = as_id(row.get(&key.column)) else {
                continue;
            };
            let new = ids
                .get(key.target.as_str())
                .and_then(|m| m.get(&old))
                .copied();
            let nullable = columns.iter().any(|c| c.name == key.column && !c.not_null);
            match new {
                Some(new) => row.insert(key.column.clone(), Value::from(new)),
                None if nullable => row.insert(key.column.clone(), Value::Null),
                None => bail!(
                    "{table}.{} names {} {old}, which the file does not hold",
                    key.column,
                    key.target
                ),
            };
        }
        for r in &kinds {
            let target = row
                .get(r.kind_column)
                .and_then(Value::as_str)
                .and_then(|kind| r.kinds.iter().find(|(k, _)| *k == kind))
                .map(|(_, t)| *t);
            if let (Some(target), Some(old)) = (target, as_id(row.get(r.column))) {
                let new = ids.get(target).and_then(|m| m.get(&old)).copied();
                let value = match (new, row.get(r.column)) {
                    (Some(new), Some(Value::String(_))) => Value::from(new.to_string()),
                    (Some(new), _) => Value::from(new),
                    (None, _) => Value::Null,
                };
                row.insert(r.column.into(), value);
            }
        }
        for r in &inside {
            let map = ids.get(r.target);
            if let Some(Value::String(text)) = row.get(r.column) {
                let rewritten = rewrite_json_ids(text, r.key, map);
                row.insert(r.column.into(), Value::String(rewritten));
            }
        }
        let sql = insert_sql(tx, table, columns, &row, has_id);
        let json = Value::Object(row).to_string();
        let written = if has_id {
            let id: i64 = crate::scalar!(&mut *tx, &sql, json).map_err(|e| refused(table, e))?;
            Some(id)
        } else {
            crate::execute!(&mut *tx, &sql, json).map_err(|e| refused(table, e))?;
            None
        };
        if let (Some(old), Some(new)) = (old_id, written) {
            written_ids.insert(old, new);
        }
    }
    ids.entry(table).or_default().extend(written_ids);
    Ok(given.rows.len())
}

fn refused(table: &str, err: sqlx::Error) -> anyhow::Error {
    if crate::platform::db::is_unique_violation(&err) {
        anyhow!(
            "a record of this file's {table} exists here already (an organisation or service with \
             the same HSDS id, a theme or right with the same code): was it imported before? \
             Nothing was changed."
        )
    } else {
        anyhow::Error::from(err).context(format!("writing {table}"))
    }
}

/// `text` with the ids under `key` (a number or a list of numbers) rewritten through `map`; ids
/// not in the map are dropped (a list) or emptied (one id). Text that is not a JSON object is
/// kept as it is.
fn rewrite_json_ids(text: &str, key: &str, map: Option<&HashMap<i64, i64>>) -> String {
    let Ok(Value::Object(mut object)) = serde_json::from_str::<Value>(text) else {
        return text.to_string();
    };
    let through = |v: &Value| as_id(Some(v)).and_then(|old| map.and_then(|m| m.get(&old)).copied());
    match object.get(key) {
        Some(Value::Array(list)) => {
            let list: Vec<Value> = list.iter().filter_map(through).map(Value::from).collect();
            object.insert(key.into(), Value::Array(list));
        }
        Some(v @ (Value::Number(_) | Value::String(_))) => {
            let new = through(v).map(Value::from).unwrap_or(Value::Null);
            object.insert(key.into(), new);
        }
        _ => return text.to_string(),
    }
    Value::Object(object).to_string()
}

/// An `INSERT` of one row given as a JSON object in `$1`: PostgreSQL turns it into the table's
/// row type (each value through its column's own input: dates, booleans, `bytea`); SQLite reads
/// each value with `json_extract`, blobs from their hexadecimal digits.
fn insert_sql(
    tx: &Tx,
    table: &str,
    columns: &[ColumnInfo],
    row: &Map<String, Value>,
    has_id: bool,
) -> String {
    let names: Vec<String> = row.keys().map(|k| format!("\"{k}\"")).collect();
    let returning = if has_id { " RETURNING id" } else { "" };
    match tx {
        Tx::Postgres(_) => format!(
            "INSERT INTO \"{table}\" ({0}) SELECT {0} FROM json_populate_record(NULL::\"{table}\", CAST($1 AS json)){returning}",
            names.join(", ")
        ),
        Tx::Sqlite(_) => {
            let values: Vec<String> = row
                .keys()
                .map(|k| {
                    let blob = columns
                        .iter()
                        .any(|c| &c.name == k && c.class == TypeClass::Blob);
                    if blob {
                        format!("unhex(substr(json_extract($1, '$.\"{k}\"'), 3))")
                    } else {
                        format!("json_extract($1, '$.\"{k}\"')")
                    }
                })
                .collect();
            format!(
                "INSERT INTO \"{table}\" ({}) VALUES ({}){returning}",
                names.join(", "),
                values.join(", ")
            )
        }
    }
}

/// Reads a file written by [`export`].
pub fn read_file(bytes: &[u8]) -> anyhow::Result<CoordinationFile> {
    serde_json::from_slice(bytes).context("this is not a Socius coordination file (JSON)")
}
