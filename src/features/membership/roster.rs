//! The register's list of organisations as coordinators work through it: one status or all,
//! searched by name, KBO number or contact person, filtered by theme and body, sorted by name (in
//! the reader's collation), by date or by status, a page at a time, each with its main contact.
//! A coordination has at most a few hundred organisations: they are read at once and narrowed
//! here, the same on both databases.

use serde::Deserialize;

use super::store::{self, ContactPerson, ContactRole, Membership, MembershipStatus};
use crate::domain::Lang;
use crate::platform::collation::{self, fold};
use crate::platform::db::Db;
use crate::platform::policy::Tenant;
use crate::platform::web::{AppError, Pager, PAGE_SIZE};

crate::vocabulary! {
    /// How the list is ordered.
    pub enum RosterSort: "members-sort-" {
        Name = "name",
        Since = "since",
        Status = "status",
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct RosterQuery {
    /// A status, or `all`; members when absent.
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub sort: String,
    pub page: Option<i64>,
}

impl RosterQuery {
    /// The status shown: `None` for every status.
    pub fn status(&self) -> Option<MembershipStatus> {
        match self.status.as_str() {
            "all" => None,
            other => Some(MembershipStatus::parse(other).unwrap_or(MembershipStatus::Member)),
        }
    }

    pub fn sort(&self) -> RosterSort {
        RosterSort::parse(&self.sort).unwrap_or(RosterSort::Name)
    }

    /// The query as links keep it (the pager's, the sort's), without what is empty.
    pub fn pairs(&self) -> Vec<(String, String)> {
        [
            ("status", &self.status),
            ("q", &self.q),
            ("theme", &self.theme),
            ("body", &self.body),
            ("sort", &self.sort),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| (name.to_string(), value.clone()))
        .collect()
    }
}

/// An organisation as the list shows it.
pub struct RosterLine {
    pub membership: Membership,
    pub main_contact: Option<ContactPerson>,
}

/// One page of the list, and how many organisations the filters kept.
pub struct Roster {
    pub lines: Vec<RosterLine>,
    pub pager: Pager,
}

/// Whether `membership` (with its contacts) answers the search `words`: each word is found in its
/// name, its KBO number (digits only compared) or a contact's name or address.
fn matches(words: &[String], membership: &Membership, contacts: &[&ContactPerson]) -> bool {
    let kbo_digits: String = membership
        .kbo
        .as_deref()
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let mut text = fold(&format!(
        "{} {} {}",
        membership.name, membership.name_fr, membership.name_nl
    ));
    for contact in contacts {
        text.push(' ');
        text.push_str(&fold(&contact.name));
        text.push(' ');
        text.push_str(&fold(&contact.email));
    }
    words.iter().all(|word| {
        let digits: String = word.chars().filter(char::is_ascii_digit).collect();
        text.contains(word.as_str())
            || (digits.len() >= 3 && digits.len() == word.len() && kbo_digits.contains(&digits))
    })
}

pub async fn roster(
    db: &Db,
    tenant: &Tenant,
    lang: Lang,
    query: &RosterQuery,
    path: &str,
) -> Result<Roster, AppError> {
    let mut all = match query.status() {
        Some(status) => store::with_status(db, tenant, status).await?,
        None => store::all_memberships(db, tenant).await?,
    };
    let ids: Vec<i64> = all.iter().map(|m| m.id).collect();
    let contacts = store::contacts(db, tenant, &ids).await?;
    let words: Vec<String> = fold(&query.q)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if !words.is_empty() {
        all.retain(|m| {
            let theirs: Vec<&ContactPerson> = contacts
                .iter()
                .filter(|c| c.membership_id == m.id)
                .collect();
            matches(&words, m, &theirs)
        });
    }
    if !query.theme.is_empty() {
        all.retain(|m| m.theme_codes().any(|code| code == query.theme));
    }
    if let Ok(body) = query.body.parse::<i64>() {
        let seated = store::bodies::seated_memberships(db, tenant, body).await?;
        all.retain(|m| seated.contains(&m.id));
    }
    collation::sort_by(lang, &mut all, |m| m.name_in(lang));
    match query.sort() {
        RosterSort::Name => {}
        // Latest first; the name orders a day's changes.
        RosterSort::Since => all.sort_by_key(|m| std::cmp::Reverse(m.updated_at)),
        RosterSort::Status => all.sort_by_key(|m| {
            MembershipStatus::ALL
                .iter()
                .position(|s| *s == m.status)
                .unwrap_or(usize::MAX)
        }),
    }
    let pager = Pager::new(
        query.page,
        all.len() as i64,
        PAGE_SIZE,
        path,
        &query.pairs(),
    );
    let lines = all
        .into_iter()
        .skip(pager.offset() as usize)
        .take(PAGE_SIZE as usize)
        .map(|membership| {
            let main_contact = contacts
                .iter()
                .find(|c| c.membership_id == membership.id && c.role == ContactRole::Main)
                .cloned();
            RosterLine {
                membership,
                main_contact,
            }
        })
        .collect();
    Ok(Roster { lines, pager })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn membership(name: &str, kbo: Option<&str>) -> Membership {
        Membership {
            id: 1,
            organization_id: None,
            status: MembershipStatus::Member,
            name: name.into(),
            kbo: kbo.map(str::to_string),
            email: String::new(),
            website: String::new(),
            address: String::new(),
            motivation: String::new(),
            themes: String::new(),
            applied_at: Utc::now(),
            updated_at: Utc::now(),
            listed_publicly: false,
            name_fr: name.into(),
            name_nl: name.into(),
        }
    }

    #[test]
    fn a_search_finds_a_word_of_the_name_a_kbo_number_or_a_contact() {
        let words =
            |q: &str| -> Vec<String> { fold(q).split_whitespace().map(str::to_string).collect() };
        let epicerie = membership("Épicerie sociale du Peterbos", Some("0412.345.678"));
        assert!(matches(&words("epicerie"), &epicerie, &[]));
        assert!(matches(&words("PETERBOS sociale"), &epicerie, &[]));
        assert!(matches(&words("0412345678"), &epicerie, &[]));
        assert!(matches(&words("0412.345.678"), &epicerie, &[]));
        assert!(!matches(&words("maison"), &epicerie, &[]));
        assert!(
            !matches(&words("12"), &epicerie, &[]),
            "too short a number matches anything"
        );
        let contact = ContactPerson {
            id: 1,
            membership_id: 1,
            user_id: None,
            name: "Inès Martin".into(),
            email: "ines@epicerie.example".into(),
            phone: String::new(),
            lang: "fr".into(),
            role: ContactRole::Main,
            share_consent: false,
            account: store::AccountState::None,
        };
        assert!(matches(&words("ines"), &epicerie, &[&contact]));
    }
}
