//! The rights of the people in Socius (GDPR arts. 15–17, 20): access to their data, its
//! portability and its erasure. Every feature that keeps something about a person implements
//! [`PersonalData`] once and is listed in `features::DATA` (the one registration point, which also
//! gives the coordination export its parts): what it holds about them (a
//! section of the export) and what erasing them does to each kind of its records — removed,
//! pseudonymised (the record stays for the coordination's own duties, without the person) or kept,
//! and why. Capabilities that come later add their part there, and the export, the erasure and its
//! preview cover them with nothing else to change.
//!
//! The preview is the erasure itself, run in a transaction that is rolled back: what it lists is
//! what the erasure does.

use async_trait::async_trait;
use serde::Serialize;

use crate::platform::db::{Db, Tx};

/// The address an erased record keeps where one must stay (unique per meeting, say): in the
/// `.invalid` top-level domain, which never receives mail (RFC 2606); nothing is written to it.
pub const ERASED_DOMAIN: &str = "@erased.invalid";
use crate::platform::policy::Tenant;

/// The person whose data is read or erased: their account when they have one, and the addresses
/// and names a coordination's records know them by (contact records, invitations, seats).
#[derive(Clone, Debug, Default)]
pub struct DataSubject {
    pub user_id: Option<i64>,
    /// Lower-case.
    pub emails: Vec<String>,
    pub names: Vec<String>,
}

impl DataSubject {
    pub fn knows_email(&mut self, email: &str) {
        let email = email.trim().to_lowercase();
        if !email.is_empty() && !self.emails.contains(&email) {
            self.emails.push(email);
        }
    }

    pub fn knows_name(&mut self, name: &str) {
        let name = name.trim().to_string();
        if !name.is_empty() && !self.names.contains(&name) {
            self.names.push(name);
        }
    }
}

/// How far a request reaches.
#[derive(Clone, Copy)]
pub enum Reach<'a> {
    /// Everything Socius holds about the person: their own request, or a platform admin's.
    Everywhere,
    /// What one coordination holds about them: its coordinator's request.
    In(&'a Tenant),
}

impl Reach<'_> {
    /// The coordination the request is limited to; `None` for everywhere. Statements filter with
    /// `($n IS NULL OR coordination_id = $n)`.
    pub fn coordination(&self) -> Option<i64> {
        match self {
            Reach::Everywhere => None,
            Reach::In(tenant) => Some(tenant.id()),
        }
    }
}

/// One kind of record in the export: its title (a message key) and the records, as JSON objects
/// whose field names are the export's documented vocabulary.
#[derive(Debug, Serialize)]
pub struct Section {
    pub key: &'static str,
    pub records: Vec<serde_json::Value>,
}

impl Section {
    pub fn of<T: Serialize>(key: &'static str, rows: &[T]) -> Section {
        Section {
            key,
            records: rows
                .iter()
                .filter_map(|row| serde_json::to_value(row).ok())
                .collect(),
        }
    }
}

/// What an erasure does to one kind of record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fate {
    Removed,
    /// The record stays for the coordination's duties, without what identifies the person.
    Pseudonymised,
    /// The record stays as it is (the reason says why).
    Kept,
}

/// An erasure's effect on one kind of record: `count` records of kind `key` were given `fate`,
/// for the reason `why` (a message key; empty for removals).
#[derive(Clone, Debug, Serialize)]
pub struct Erased {
    pub key: &'static str,
    pub count: u64,
    pub fate: Fate,
    pub why: &'static str,
}

impl Erased {
    pub fn removed(key: &'static str, count: u64) -> Erased {
        Erased {
            key,
            count,
            fate: Fate::Removed,
            why: "",
        }
    }

    pub fn pseudonymised(key: &'static str, count: u64, why: &'static str) -> Erased {
        Erased {
            key,
            count,
            fate: Fate::Pseudonymised,
            why,
        }
    }

    pub fn kept(key: &'static str, count: u64, why: &'static str) -> Erased {
        Erased {
            key,
            count,
            fate: Fate::Kept,
            why,
        }
    }
}

/// A feature's part in the rights of the people: what it holds about a person, and the erasure.
/// Both run in the caller's transaction; an erasure leaves no record naming the person within
/// `reach` except those it reports as kept.
/// A part that keeps nothing about people (reference data, say) says so with an empty `impl`.
#[async_trait]
pub trait PersonalData: Sync {
    async fn export(
        &self,
        _tx: &mut Tx,
        _person: &DataSubject,
        _reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        Ok(Vec::new())
    }

    async fn erase(
        &self,
        _tx: &mut Tx,
        _person: &DataSubject,
        _reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        Ok(Vec::new())
    }
}

/// What a feature keeps, as the platform's registration point sees it (`features::DATA`): its
/// part in the rights of the people and in the coordination export
/// ([`Portable`](crate::platform::portable::Portable)).
pub trait DataPart: PersonalData + crate::platform::portable::Portable {}

impl<T: PersonalData + crate::platform::portable::Portable> DataPart for T {}

/// Unlinks the person's account from `column` of `table` within `reach`: the records stay (a
/// signal, a page's version, a decision in the history), without who wrote them. `table` and
/// `column` are the caller's constants, never input. How many records changed; none when the
/// person has no account.
pub async fn forget_author(
    tx: &mut Tx,
    (table, column): (&str, &str),
    person: &DataSubject,
    reach: Reach<'_>,
) -> Result<u64, sqlx::Error> {
    let Some(user) = person.user_id else {
        return Ok(0);
    };
    let sql = format!(
        "UPDATE {table} SET {column} = NULL \
         WHERE {column} = $1 AND ($2 IS NULL OR coordination_id = $2)"
    );
    crate::execute!(tx, &sql, user, reach.coordination())
}

/// Everything the parts hold about `person` within `reach`, read in one transaction (one
/// consistent picture); sections without records are left out.
pub async fn export(
    db: &Db,
    parts: &[&dyn PersonalData],
    person: &DataSubject,
    reach: Reach<'_>,
) -> Result<Vec<Section>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let mut sections = Vec::new();
    for part in parts {
        sections.extend(
            part.export(&mut tx, person, reach)
                .await?
                .into_iter()
                .filter(|s| !s.records.is_empty()),
        );
    }
    tx.rollback().await?;
    Ok(sections)
}

/// Runs every part's erasure in `tx`, in the order given (the account's part last: the others
/// still find the person by it); what happened to kinds with no record is left out.
pub async fn erase(
    tx: &mut Tx,
    parts: &[&dyn PersonalData],
    person: &DataSubject,
    reach: Reach<'_>,
) -> Result<Vec<Erased>, sqlx::Error> {
    let mut done = Vec::new();
    for part in parts {
        done.extend(
            part.erase(tx, person, reach)
                .await?
                .into_iter()
                .filter(|e| e.count > 0),
        );
    }
    Ok(done)
}

/// What [`erase`] would do, without doing it.
pub async fn preview(
    db: &Db,
    parts: &[&dyn PersonalData],
    person: &DataSubject,
    reach: Reach<'_>,
) -> Result<Vec<Erased>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let done = erase(&mut tx, parts, person, reach).await?;
    tx.rollback().await?;
    Ok(done)
}
