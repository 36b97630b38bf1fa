//! What a map search is asked and answers, and the rows its in-memory catalogue is made of
//! (`directory::catalogue`): the words go to the search engine (`platform::search`), every other
//! filter, the facets, sorting and paging to the catalogue, so both backends answer alike.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use crate::fetch_all;
use crate::platform::db::Db;
use crate::platform::tenancy::Coordination;

pub use crate::platform::collation::fold;

/// What the reader asked for, straight from the query string.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub theme: Option<String>,
    pub municipality: Option<String>,
    pub basin: Option<String>,
    pub target: Option<String>,
    pub language: Option<String>,
    /// `now`, or a weekday 1 (Monday) to 7.
    pub open: Option<String>,
    /// `relevance` (default with a query), `name` (default without), `verified`.
    pub sort: Option<String>,
    pub page: Option<i64>,
}

impl SearchParams {
    pub fn get(value: &Option<String>) -> Option<&str> {
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }

    /// The query string without `page`, for links that keep the other choices.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        for (name, value) in [
            ("q", &self.q),
            ("theme", &self.theme),
            ("municipality", &self.municipality),
            ("basin", &self.basin),
            ("target", &self.target),
            ("language", &self.language),
            ("open", &self.open),
            ("sort", &self.sort),
        ] {
            if let Some(v) = Self::get(value) {
                pairs.push((name.to_string(), v.to_string()));
            }
        }
        pairs
    }

    pub fn has_query(&self) -> bool {
        !terms(self.q.as_deref().unwrap_or("")).is_empty()
    }
}

fn terms(q: &str) -> Vec<String> {
    fold(q)
        .split(' ')
        .filter(|t| !t.is_empty())
        .take(12)
        .map(str::to_owned)
        .collect()
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Hit {
    pub id: i64,
    pub name_fr: String,
    pub name_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub status: super::ServiceStatus,
    pub organization_id: i64,
    pub organization_fr: String,
    pub organization_nl: String,
}

/// What a result card shows of a service beyond its name: its first address, its week's hours
/// and the closures on the day shown, a phone (its own, else its organisation's) and its themes.
#[derive(Debug, Default)]
pub struct Card {
    /// Street, postcode and municipality in French and Dutch.
    pub address: Option<(String, String, String, String, String)>,
    pub schedules: Vec<super::Schedule>,
    pub closed_today: bool,
    pub phone: Option<super::Phone>,
    pub themes: Vec<super::Theme>,
}

/// Values of one facet with how many of the matching services have each.
pub type FacetCounts = Vec<(String, i64)>;

pub struct Results {
    pub hits: Vec<Hit>,
    /// The result card of each hit, in the same order.
    pub cards: Vec<Card>,
    pub total: i64,
    pub themes: FacetCounts,
    pub municipalities: FacetCounts,
    pub basins: FacetCounts,
    pub targets: FacetCounts,
    pub languages: FacetCounts,
}

/// Every row a coordination's catalogue is made of: its public services and what their search
/// and result cards read, each list keyed by service.
#[derive(Default)]
pub struct CatalogueRows {
    /// A service as a hit, when it was last verified, and who may apply (FR, NL).
    pub services: Vec<(Hit, Option<DateTime<Utc>>, String, String)>,
    pub themes: Vec<(i64, super::Theme)>,
    pub targets: Vec<(i64, String)>,
    pub languages: Vec<(i64, String)>,
    /// service, street (FR, NL), postcode, municipality code and name (FR, NL), in place order.
    pub places: Vec<(i64, String, String, String, String, String, String)>,
    /// (municipality code, care basin), for the whole region.
    pub basins: Vec<(String, String)>,
    pub schedules: Vec<(i64, super::Schedule)>,
    /// Closures that have not ended before `today`.
    pub closures: Vec<(i64, super::Closure)>,
    /// (service, organisation, phone): a service's own numbers and its organisation's.
    pub phones: Vec<(Option<i64>, Option<i64>, super::Phone)>,
}

#[derive(sqlx::FromRow)]
struct Listed {
    #[sqlx(flatten)]
    hit: Hit,
    last_verified_at: Option<DateTime<Utc>>,
    eligibility_fr: String,
    eligibility_nl: String,
}

/// A coordination's catalogue rows: nine queries, whatever its size.
pub async fn catalogue_rows(
    db: &Db,
    coordination: &Coordination,
    today: NaiveDate,
) -> Result<CatalogueRows, sqlx::Error> {
    let c = coordination.id;
    let services: Vec<Listed> = fetch_all!(
        db,
        "SELECT s.id, s.name_fr, s.name_nl, s.description_fr, s.description_nl, s.status, \
         o.id AS organization_id, o.name_fr AS organization_fr, o.name_nl AS organization_nl, \
         s.last_verified_at, s.eligibility_fr, s.eligibility_nl FROM services s \
         JOIN organizations o ON o.id = s.organization_id \
         WHERE s.coordination_id = $1 AND s.status <> 'inactive' ORDER BY s.id",
        c
    )?;
    let themes: Vec<(i64, String, String, String, String)> = fetch_all!(
        db,
        "SELECT st.service_id, t.code, t.name_fr, t.name_nl, t.name_en FROM service_themes st \
         JOIN themes t ON t.id = st.theme_id JOIN services s ON s.id = st.service_id \
         WHERE s.coordination_id = $1 ORDER BY st.service_id, t.code",
        c
    )?;
    let targets: Vec<(i64, String)> = fetch_all!(
        db,
        "SELECT tg.service_id, tg.target_group FROM service_target_groups tg \
         JOIN services s ON s.id = tg.service_id WHERE s.coordination_id = $1 \
         ORDER BY tg.service_id, tg.target_group",
        c
    )?;
    let languages: Vec<(i64, String)> = fetch_all!(
        db,
        "SELECT sl.service_id, sl.language FROM service_languages sl \
         JOIN services s ON s.id = sl.service_id WHERE s.coordination_id = $1 \
         ORDER BY sl.service_id, sl.language",
        c
    )?;
    let places = fetch_all!(
        db,
        "SELECT sal.service_id, l.street_fr, l.street_nl, l.postcode, l.nis_code, m.name_fr, m.name_nl \
         FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id \
         JOIN municipalities m ON m.nis_code = l.nis_code \
         WHERE sal.coordination_id = $1 ORDER BY sal.service_id, l.id",
        c
    )?;
    let basins = fetch_all!(db, "SELECT nis_code, basin_code FROM municipality_basins")?;
    let schedules: Vec<(i64, i64, String, String)> = fetch_all!(
        db,
        "SELECT service_id, weekday, opens, closes FROM schedules WHERE coordination_id = $1 \
         ORDER BY service_id, weekday, opens",
        c
    )?;
    let closures: Vec<(i64, NaiveDate, NaiveDate, String, String)> = fetch_all!(
        db,
        "SELECT service_id, starts_on, ends_on, reason_fr, reason_nl FROM closures \
         WHERE coordination_id = $1 AND ends_on >= $2 ORDER BY service_id, starts_on",
        c,
        today
    )?;
    type PhoneRow = (Option<i64>, Option<i64>, String, String, String);
    let phones: Vec<PhoneRow> = fetch_all!(
        db,
        "SELECT service_id, organization_id, number, description_fr, description_nl FROM phones \
         WHERE coordination_id = $1 ORDER BY id",
        c
    )?;
    Ok(CatalogueRows {
        services: services
            .into_iter()
            .map(|l| {
                (
                    l.hit,
                    l.last_verified_at,
                    l.eligibility_fr,
                    l.eligibility_nl,
                )
            })
            .collect(),
        themes: themes
            .into_iter()
            .map(|(id, code, name_fr, name_nl, name_en)| {
                let theme = super::Theme {
                    code,
                    name_fr,
                    name_nl,
                    name_en,
                };
                (id, theme)
            })
            .collect(),
        targets,
        languages,
        places,
        basins,
        schedules: schedules
            .into_iter()
            .map(|(id, weekday, opens, closes)| {
                let schedule = super::Schedule {
                    weekday,
                    opens,
                    closes,
                };
                (id, schedule)
            })
            .collect(),
        closures: closures
            .into_iter()
            .map(|(id, starts_on, ends_on, reason_fr, reason_nl)| {
                let closure = super::Closure {
                    starts_on,
                    ends_on,
                    reason_fr,
                    reason_nl,
                };
                (id, closure)
            })
            .collect(),
        phones: phones
            .into_iter()
            .map(
                |(service, organization, number, description_fr, description_nl)| {
                    (
                        service,
                        organization,
                        super::Phone {
                            number,
                            description_fr,
                            description_nl,
                        },
                    )
                },
            )
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_accents_and_punctuation() {
        assert_eq!(fold("Société d'Aide — ÉCOLE!"), "societe d aide ecole");
        assert_eq!(fold("Œuvre  Nationale"), "oeuvre nationale");
        assert_eq!(terms("  \"Aide\" OR sociale*  "), ["aide", "or", "sociale"]);
    }
}
