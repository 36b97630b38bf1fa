//! Finding services: the words through the search engine (`platform::search`, which ranks), every
//! other filter, the facets with their counts, sorting and pagination in SQL over what it found.
//! Both backends therefore give the same results in the same order.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Brussels;
use serde::Deserialize;

use crate::platform::db::Db;
use crate::platform::search::{ServiceDoc, Texts};
use crate::platform::tenancy::Coordination;
use crate::{fetch_all, with_db};

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
    fn get(value: &Option<String>) -> Option<&str> {
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

enum Param {
    Int(i64),
    Text(String),
    Date(NaiveDate),
}

/// SQL text and its parameters, numbered as they are added.
struct Query {
    from: String,
    conditions: Vec<String>,
    params: Vec<Param>,
}

impl Query {
    fn param(&mut self, p: Param) -> String {
        self.params.push(p);
        format!("${}", self.params.len())
    }
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

/// A coordination's public services as the search engine indexes them: names, organisation,
/// themes and target groups (`target` names a group in a language), descriptions and who may
/// apply, in both languages.
pub async fn documents(
    db: &Db,
    coordination: &Coordination,
    target: impl Fn(crate::domain::Lang, &str) -> String,
) -> Result<Vec<ServiceDoc>, sqlx::Error> {
    use crate::domain::Lang;
    type Row = (
        i64,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
    );
    let services: Vec<Row> = fetch_all!(
        db,
        "SELECT s.id, s.name_fr, s.name_nl, s.description_fr, s.description_nl, s.eligibility_fr, \
         s.eligibility_nl, o.name_fr, o.name_nl FROM services s \
         JOIN organizations o ON o.id = s.organization_id \
         WHERE s.coordination_id = $1 AND s.status <> 'inactive'",
        coordination.id
    )?;
    let themes: Vec<(i64, String, String)> = fetch_all!(
        db,
        "SELECT st.service_id, t.name_fr, t.name_nl FROM service_themes st \
         JOIN themes t ON t.id = st.theme_id JOIN services s ON s.id = st.service_id \
         WHERE s.coordination_id = $1",
        coordination.id
    )?;
    let targets: Vec<(i64, String)> = fetch_all!(
        db,
        "SELECT tg.service_id, tg.target_group FROM service_target_groups tg \
         JOIN services s ON s.id = tg.service_id WHERE s.coordination_id = $1",
        coordination.id
    )?;
    let mut topics: std::collections::HashMap<i64, (String, String)> = Default::default();
    let mut add = |id: i64, fr: &str, nl: &str| {
        let (topics_fr, topics_nl) = topics.entry(id).or_default();
        for (all, name) in [(topics_fr, fr), (topics_nl, nl)] {
            all.push_str(name);
            all.push_str(". ");
        }
    };
    for (id, fr, nl) in &themes {
        add(*id, fr, nl);
    }
    for (id, group) in &targets {
        add(*id, &target(Lang::Fr, group), &target(Lang::Nl, group));
    }
    Ok(services
        .into_iter()
        .map(
            |(
                id,
                name_fr,
                name_nl,
                description_fr,
                description_nl,
                eligibility_fr,
                eligibility_nl,
                org_fr,
                org_nl,
            )| {
                let (topics_fr, topics_nl) = topics.remove(&id).unwrap_or_default();
                ServiceDoc {
                    id: id as u64,
                    coordination: coordination.id as u64,
                    fr: Texts {
                        name: name_fr,
                        organization: org_fr,
                        topics: topics_fr,
                        description: format!("{description_fr}\n{eligibility_fr}"),
                    },
                    nl: Texts {
                        name: name_nl,
                        organization: org_nl,
                        topics: topics_nl,
                        description: format!("{description_nl}\n{eligibility_nl}"),
                    },
                }
            },
        )
        .collect())
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

/// The cards of a page of hits: five queries for the page, whatever its length.
pub async fn cards(
    db: &Db,
    hits: &[Hit],
    today: NaiveDate,
) -> Result<std::collections::HashMap<i64, Card>, sqlx::Error> {
    let mut cards: std::collections::HashMap<i64, Card> =
        hits.iter().map(|h| (h.id, Card::default())).collect();
    if hits.is_empty() {
        return Ok(cards);
    }
    let ids = hits
        .iter()
        .map(|h| h.id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let organizations = hits
        .iter()
        .map(|h| h.organization_id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    type Address = (i64, String, String, String, String, String);
    let addresses_sql = format!(
        "SELECT sal.service_id, l.street_fr, l.street_nl, l.postcode, m.name_fr, m.name_nl \
         FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id \
         JOIN municipalities m ON m.nis_code = l.nis_code \
         WHERE sal.service_id IN ({ids}) ORDER BY sal.service_id, l.id"
    );
    let addresses: Vec<Address> = fetch_all!(db, &addresses_sql)?;
    for (id, street_fr, street_nl, postcode, municipality_fr, municipality_nl) in addresses {
        let card = cards.entry(id).or_default();
        if card.address.is_none() {
            card.address = Some((
                street_fr,
                street_nl,
                postcode,
                municipality_fr,
                municipality_nl,
            ));
        }
    }
    let schedules_sql = format!(
        "SELECT service_id, weekday, opens, closes FROM schedules \
         WHERE service_id IN ({ids}) ORDER BY service_id, weekday, opens"
    );
    let schedules: Vec<(i64, i64, String, String)> = fetch_all!(db, &schedules_sql)?;
    for (id, weekday, opens, closes) in schedules {
        cards
            .entry(id)
            .or_default()
            .schedules
            .push(super::Schedule {
                weekday,
                opens,
                closes,
            });
    }
    let closed_sql = format!(
        "SELECT service_id, COUNT(*) FROM closures WHERE service_id IN ({ids}) \
         AND starts_on <= $1 AND ends_on >= $1 GROUP BY service_id"
    );
    let closed: Vec<i64> = fetch_all!(db, &closed_sql, today)?
        .into_iter()
        .map(|(id, _): (i64, i64)| id)
        .collect();
    for id in closed {
        cards.entry(id).or_default().closed_today = true;
    }
    type PhoneRow = (Option<i64>, Option<i64>, String, String, String);
    let phones_sql = format!(
        "SELECT service_id, organization_id, number, description_fr, description_nl FROM phones \
         WHERE service_id IN ({ids}) OR (service_id IS NULL AND organization_id IN ({organizations})) \
         ORDER BY id"
    );
    let phones: Vec<PhoneRow> = fetch_all!(db, &phones_sql)?;
    for hit in hits {
        let own = phones.iter().find(|p| p.0 == Some(hit.id));
        let organization = || {
            phones
                .iter()
                .find(|p| p.0.is_none() && p.1 == Some(hit.organization_id))
        };
        if let Some((_, _, number, description_fr, description_nl)) = own.or_else(organization) {
            cards.entry(hit.id).or_default().phone = Some(super::Phone {
                number: number.clone(),
                description_fr: description_fr.clone(),
                description_nl: description_nl.clone(),
            });
        }
    }
    let themes_sql = format!(
        "SELECT st.service_id, t.code, t.name_fr, t.name_nl, t.name_en FROM service_themes st \
         JOIN themes t ON t.id = st.theme_id WHERE st.service_id IN ({ids}) \
         ORDER BY st.service_id, t.code"
    );
    let themes: Vec<(i64, String, String, String, String)> = fetch_all!(db, &themes_sql)?;
    for (id, code, name_fr, name_nl, name_en) in themes {
        cards.entry(id).or_default().themes.push(super::Theme {
            code,
            name_fr,
            name_nl,
            name_en,
        });
    }
    Ok(cards)
}

/// Values of one facet with how many of the matching services have each.
pub type FacetCounts = Vec<(String, i64)>;

pub struct Results {
    pub hits: Vec<Hit>,
    pub total: i64,
    pub themes: FacetCounts,
    pub municipalities: FacetCounts,
    pub basins: FacetCounts,
    pub targets: FacetCounts,
    pub languages: FacetCounts,
}

/// The conditions of every filter but the words (the engine's part).
fn build(coordination_id: i64, params: &SearchParams, now: DateTime<Utc>) -> Query {
    let mut query = Query {
        from: "services s".into(),
        conditions: Vec::new(),
        params: Vec::new(),
    };
    let c = query.param(Param::Int(coordination_id));
    query.conditions.push(format!(
        "s.coordination_id = {c} AND s.status <> 'inactive'"
    ));
    if let Some(theme) = SearchParams::get(&params.theme) {
        let p = query.param(Param::Text(theme.into()));
        query.conditions.push(format!("s.id IN (SELECT st.service_id FROM service_themes st JOIN themes t ON t.id = st.theme_id WHERE t.code = {p})"));
    }
    if let Some(nis) = SearchParams::get(&params.municipality) {
        let p = query.param(Param::Text(nis.into()));
        query.conditions.push(format!(
            "s.id IN (SELECT sal.service_id FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id WHERE l.nis_code = {p})"
        ));
    }
    if let Some(basin) = SearchParams::get(&params.basin) {
        let p = query.param(Param::Text(basin.into()));
        query.conditions.push(format!(
            "s.id IN (SELECT sal.service_id FROM service_at_locations sal JOIN locations l ON l.id = sal.location_id \
             JOIN municipality_basins mb ON mb.nis_code = l.nis_code WHERE mb.basin_code = {p})"
        ));
    }
    if let Some(target) = SearchParams::get(&params.target) {
        let p = query.param(Param::Text(target.into()));
        query.conditions.push(format!(
            "s.id IN (SELECT service_id FROM service_target_groups WHERE target_group = {p})"
        ));
    }
    if let Some(language) = SearchParams::get(&params.language) {
        let p = query.param(Param::Text(language.into()));
        query.conditions.push(format!(
            "s.id IN (SELECT service_id FROM service_languages WHERE language = {p})"
        ));
    }
    match SearchParams::get(&params.open) {
        Some("now") => {
            let local = now.with_timezone(&Brussels);
            let day = query.param(Param::Int(local.weekday().number_from_monday() as i64));
            let time = query.param(Param::Text(format!(
                "{:02}:{:02}",
                local.hour(),
                local.minute()
            )));
            let today = query.param(Param::Date(local.date_naive()));
            query.conditions.push(format!(
                "s.status = 'active' AND s.id IN (SELECT service_id FROM schedules WHERE weekday = {day} AND opens <= {time} AND closes > {time}) \
                 AND s.id NOT IN (SELECT service_id FROM closures WHERE starts_on <= {today} AND ends_on >= {today})"
            ));
        }
        Some(day) => {
            if let Ok(day @ 1..=7) = day.parse::<i64>() {
                let p = query.param(Param::Int(day));
                query.conditions.push(format!(
                    "s.id IN (SELECT service_id FROM schedules WHERE weekday = {p})"
                ));
            }
        }
        None => {}
    }
    query
}

macro_rules! bind_all {
    ($query:expr, $params:expr) => {{
        let mut q = $query;
        for param in $params {
            q = match param {
                Param::Int(v) => q.bind(*v),
                Param::Text(v) => q.bind(v.clone()),
                Param::Date(v) => q.bind(*v),
            };
        }
        q
    }};
}

async fn facet(db: &Db, query: &Query, joins: &str, key: &str) -> Result<FacetCounts, sqlx::Error> {
    let sql = format!(
        "SELECT {key} AS value, COUNT(DISTINCT s.id) AS n FROM {} {joins} WHERE {} GROUP BY {key} ORDER BY n DESC, value",
        query.from,
        query.conditions.join(" AND ")
    );
    with_db!(db, |p| bind_all!(
        sqlx::query_as::<_, (String, i64)>(&sql),
        &query.params
    )
    .fetch_all(p)
    .await)
}

/// `s.id IN (…)` for ids Socius produced itself (integers, so nothing to escape).
fn id_list(ids: &[i64]) -> String {
    if ids.is_empty() {
        "1 = 0".into()
    } else {
        format!(
            "s.id IN ({})",
            ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
        )
    }
}

/// The services of a search. `found` is what the engine found for the words, best first (`None`
/// when the reader typed none): the filters keep its order.
#[allow(clippy::too_many_arguments)]
#[tracing::instrument(skip_all, fields(coordination = coordination.id))]
pub async fn search(
    db: &Db,
    coordination: &Coordination,
    params: &SearchParams,
    found: Option<Vec<i64>>,
    lang_is_nl: bool,
    now: DateTime<Utc>,
    limit: i64,
    offset: i64,
) -> Result<Results, sqlx::Error> {
    let mut query = build(coordination.id, params, now);
    let sort = SearchParams::get(&params.sort);
    // The filters run once over what the engine found; the count, the facets and the page then
    // work on the list of ids that is left, in the engine's order.
    let mut ranked: Option<Vec<i64>> = None;
    if let Some(found) = found {
        query.conditions.push(id_list(&found));
        let ids_sql = format!(
            "SELECT s.id FROM {} WHERE {}",
            query.from,
            query.conditions.join(" AND ")
        );
        let kept: std::collections::HashSet<i64> = with_db!(db, |p| bind_all!(
            sqlx::query_scalar(&ids_sql),
            &query.params
        )
        .fetch_all(p)
        .await)?
        .into_iter()
        .collect();
        let ids: Vec<i64> = found.into_iter().filter(|id| kept.contains(id)).collect();
        query = Query {
            from: "services s".into(),
            conditions: vec![id_list(&ids)],
            params: Vec::new(),
        };
        ranked = Some(ids);
    }
    let conditions = query.conditions.join(" AND ");
    let total: i64 = match &ranked {
        Some(ids) => ids.len() as i64,
        None => {
            let count_sql = format!("SELECT COUNT(*) FROM {} WHERE {conditions}", query.from);
            with_db!(db, |p| bind_all!(
                sqlx::query_scalar(&count_sql),
                &query.params
            )
            .fetch_one(p)
            .await)?
        }
    };
    let name = if lang_is_nl { "s.name_nl" } else { "s.name_fr" };
    let by_name = format!("LOWER({name}), s.id");
    let hit_columns = "SELECT s.id, s.name_fr, s.name_nl, s.description_fr, s.description_nl, s.status, o.id AS organization_id, \
         o.name_fr AS organization_fr, o.name_nl AS organization_nl FROM services s JOIN organizations o ON o.id = s.organization_id";
    let hits: Vec<Hit> = match (&ranked, sort) {
        (Some(ids), None | Some("relevance")) => {
            let page: Vec<i64> = ids
                .iter()
                .skip(offset.max(0) as usize)
                .take(limit.max(0) as usize)
                .copied()
                .collect();
            let sql = format!("{hit_columns} WHERE {}", id_list(&page));
            let mut rows: Vec<Hit> =
                with_db!(db, |p| sqlx::query_as::<_, Hit>(&sql).fetch_all(p).await)?;
            rows.sort_by_key(|h| page.iter().position(|id| *id == h.id));
            rows
        }
        _ => {
            let order = if sort == Some("verified") {
                format!("s.last_verified_at DESC, {by_name}")
            } else {
                by_name
            };
            let sql = format!(
                "{hit_columns} WHERE {conditions} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
            );
            with_db!(db, |p| bind_all!(
                sqlx::query_as::<_, Hit>(&sql),
                &query.params
            )
            .fetch_all(p)
            .await)?
        }
    };
    let locations = "JOIN service_at_locations sal ON sal.service_id = s.id JOIN locations l ON l.id = sal.location_id";
    Ok(Results {
        hits,
        total,
        themes: facet(
            db,
            &query,
            "JOIN service_themes st ON st.service_id = s.id JOIN themes t ON t.id = st.theme_id",
            "t.code",
        )
        .await?,
        municipalities: facet(db, &query, locations, "l.nis_code").await?,
        basins: facet(
            db,
            &query,
            &format!("{locations} JOIN municipality_basins mb ON mb.nis_code = l.nis_code"),
            "mb.basin_code",
        )
        .await?,
        targets: facet(
            db,
            &query,
            "JOIN service_target_groups tg ON tg.service_id = s.id",
            "tg.target_group",
        )
        .await?,
        languages: facet(
            db,
            &query,
            "JOIN service_languages sl ON sl.service_id = s.id",
            "sl.language",
        )
        .await?,
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
