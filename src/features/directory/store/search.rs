//! Finding services: full-text search (SQLite FTS5 / PostgreSQL tsvector) over folded text, facets
//! with counts, sorting and pagination. Both backends get the same query semantics: every word must
//! match the start of a word in the service's text ("societe" finds "Société", "logement" finds
//! "logements"); ranking differs (bm25 / ts_rank).

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Brussels;
use serde::Deserialize;

use crate::platform::db::{Backend, Db};
use crate::platform::tenancy::Coordination;
use crate::with_db;

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
    rank: Option<String>,
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

fn build(
    backend: Backend,
    coordination_id: i64,
    params: &SearchParams,
    now: DateTime<Utc>,
) -> Query {
    let mut query = Query {
        from: "services s".into(),
        conditions: Vec::new(),
        params: Vec::new(),
        rank: None,
    };
    let c = query.param(Param::Int(coordination_id));
    query.conditions.push(format!(
        "s.coordination_id = {c} AND s.status <> 'inactive'"
    ));
    let words = terms(params.q.as_deref().unwrap_or(""));
    if !words.is_empty() {
        match backend {
            Backend::Sqlite => {
                let expression = words
                    .iter()
                    .map(|w| format!("\"{w}\"*"))
                    .collect::<Vec<_>>()
                    .join(" ");
                let p = query.param(Param::Text(expression));
                query.from = "services s JOIN service_search ON service_search.rowid = s.id".into();
                query.conditions.push(format!("service_search MATCH {p}"));
                query.rank = Some("service_search.rank".into());
            }
            Backend::Postgres => {
                let expression = words
                    .iter()
                    .map(|w| format!("{w}:*"))
                    .collect::<Vec<_>>()
                    .join(" & ");
                let p = query.param(Param::Text(expression));
                query
                    .conditions
                    .push(format!("s.search_vector @@ to_tsquery('simple', {p})"));
                query.rank = Some(format!(
                    "ts_rank(s.search_vector, to_tsquery('simple', {p})) DESC"
                ));
            }
        }
    }
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

#[tracing::instrument(skip_all, fields(coordination = coordination.id))]
pub async fn search(
    db: &Db,
    coordination: &Coordination,
    params: &SearchParams,
    lang_is_nl: bool,
    now: DateTime<Utc>,
    limit: i64,
    offset: i64,
) -> Result<Results, sqlx::Error> {
    let mut query = build(db.backend(), coordination.id, params, now);
    let sort = SearchParams::get(&params.sort);
    // With words to match, the full-text search runs once, with every filter, in relevance order;
    // the count, the facets and the page then work on that list of ids instead of matching again.
    let mut ranked: Option<Vec<i64>> = None;
    if let Some(rank) = query.rank.take() {
        let ids_sql = format!(
            "SELECT s.id FROM {} WHERE {} ORDER BY {rank}, s.id",
            query.from,
            query.conditions.join(" AND ")
        );
        let ids: Vec<i64> = with_db!(db, |p| bind_all!(
            sqlx::query_scalar(&ids_sql),
            &query.params
        )
        .fetch_all(p)
        .await)?;
        query = Query {
            from: "services s".into(),
            conditions: vec![id_list(&ids)],
            params: Vec::new(),
            rank: None,
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
