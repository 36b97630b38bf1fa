//! Regional reference data shipped in the binary (`seed/`, a copy of the shared reference data):
//! municipalities with their NIS codes, the PSSI care basins, the starting taxonomy of themes, the
//! social rights often not taken up and the causes of non-take-up. Seeding is an idempotent upsert run
//! after every migration, so a corrected CSV reaches existing installations. [`Reference`] gives
//! the lists with their names to every feature, sorted for the reader by [`Reference::choices`].

use serde::Deserialize;

use crate::domain::Lang;
use crate::platform::collation;
use crate::platform::db::Db;
use crate::platform::tenancy::Coordination;
use crate::{fetch_all, with_tx};

const MUNICIPALITIES_CSV: &str = include_str!("../../seed/municipalities.csv");
const BASINS_CSV: &str = include_str!("../../seed/basins.csv");
const THEMES_CSV: &str = include_str!("../../seed/themes.csv");
const RIGHTS_CSV: &str = include_str!("../../seed/rights.csv");
const CAUSES_CSV: &str = include_str!("../../seed/non_take_up_causes.csv");

#[derive(Debug, Deserialize)]
struct MunicipalityRow {
    nis_code: String,
    name_fr: String,
    name_nl: String,
    postcodes: String,
    notes: String,
}

#[derive(Debug, Deserialize)]
struct ThemeRow {
    code: String,
    name_fr: String,
    name_nl: String,
    name_en: String,
}

#[derive(Debug, Deserialize)]
struct BasinRow {
    basin_code: String,
    name_fr: String,
    name_nl: String,
    name_en: String,
    municipalities_nis: String,
}

/// NIS codes a basin lists, each with whether only part of the municipality lies in it
/// (`21004(part: centre)` → `("21004", true)`).
fn basin_members(list: &str) -> Vec<(String, bool)> {
    let bytes = list.as_bytes();
    let mut members = Vec::new();
    let mut i = 0;
    while i + 5 <= bytes.len() {
        let candidate = &bytes[i..i + 5];
        let at_word_start = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if at_word_start && candidate.iter().all(u8::is_ascii_digit) {
            let partial = bytes.get(i + 5) == Some(&b'(');
            members.push((list[i..i + 5].to_string(), partial));
            i += 5;
        } else {
            i += 1;
        }
    }
    members
}

fn parse<T: for<'de> Deserialize<'de>>(csv_text: &str) -> anyhow::Result<Vec<T>> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    Ok(reader.deserialize().collect::<Result<Vec<T>, _>>()?)
}

pub async fn seed(db: &Db) -> anyhow::Result<()> {
    let municipalities: Vec<MunicipalityRow> = parse(MUNICIPALITIES_CSV)?;
    let basins: Vec<BasinRow> = parse(BASINS_CSV)?;
    let themes: Vec<ThemeRow> = parse(THEMES_CSV)?;
    // Rights and causes have the same columns as themes (rights add notes, not kept).
    let rights: Vec<ThemeRow> = parse(RIGHTS_CSV)?;
    let causes: Vec<ThemeRow> = parse(CAUSES_CSV)?;
    let mut tx = db.begin().await?;
    for (table, rows) in [("rights", &rights), ("non_take_up_causes", &causes)] {
        let sql = format!(
            "INSERT INTO {table} (code, name_fr, name_nl, name_en) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl, name_en = excluded.name_en"
        );
        for row in rows {
            with_tx!(&mut tx, |c| sqlx::query(&sql)
                .bind(&row.code)
                .bind(&row.name_fr)
                .bind(&row.name_nl)
                .bind(&row.name_en)
                .execute(c)
                .await
                .map(|r| r.rows_affected()))?;
        }
    }
    for theme in &themes {
        with_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO themes (code, coordination_id, name_fr, name_nl, name_en) VALUES ($1, NULL, $2, $3, $4) \
             ON CONFLICT (code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl, name_en = excluded.name_en"
        )
        .bind(&theme.code)
        .bind(&theme.name_fr)
        .bind(&theme.name_nl)
        .bind(&theme.name_en)
        .execute(c)
        .await
        .map(|r| r.rows_affected())
        })?;
    }
    for m in &municipalities {
        with_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO municipalities (nis_code, name_fr, name_nl, postcodes, notes) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (nis_code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl, \
             postcodes = excluded.postcodes, notes = excluded.notes"
        )
        .bind(&m.nis_code)
        .bind(&m.name_fr)
        .bind(&m.name_nl)
        .bind(&m.postcodes)
        .bind(&m.notes)
        .execute(c).await.map(|r| r.rows_affected())
        })?;
    }
    for b in &basins {
        with_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO basins (code, name_fr, name_nl, name_en) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl, \
             name_en = excluded.name_en"
        )
        .bind(&b.basin_code)
        .bind(&b.name_fr)
        .bind(&b.name_nl)
        .bind(&b.name_en)
        .execute(c).await.map(|r| r.rows_affected())
        })?;
        for (nis, partial) in basin_members(&b.municipalities_nis) {
            with_tx!(&mut tx, |c| {
                sqlx::query(
                "INSERT INTO municipality_basins (nis_code, basin_code, partial) VALUES ($1, $2, $3) \
                 ON CONFLICT (nis_code, basin_code) DO UPDATE SET partial = excluded.partial"
            )
            .bind(&nis)
            .bind(&b.basin_code)
            .bind(partial)
            .execute(c).await.map(|r| r.rows_affected())
            })?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The reference data in the coordination export: every instance loads it, so it stays; the
/// regional themes and rights a coordination's rows point at are matched by their codes.
pub struct ReferenceData;

impl crate::platform::personal_data::PersonalData for ReferenceData {}

impl crate::platform::portable::Portable for ReferenceData {
    fn tables(&self) -> crate::platform::portable::Tables {
        const LOADED: &str = "reference data every instance loads";
        crate::platform::portable::Tables {
            stay: &[
                ("municipalities", LOADED),
                ("basins", LOADED),
                ("municipality_basins", LOADED),
                ("non_take_up_causes", LOADED),
            ],
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basin_lists_mark_partial_municipalities() {
        assert_eq!(
            basin_members("21003 21004(part: Laeken / Neder-Over-Heembeek) 21010"),
            vec![
                ("21003".into(), false),
                ("21004".into(), true),
                ("21010".into(), false)
            ]
        );
    }

    #[test]
    fn every_municipality_lies_in_a_basin() {
        let municipalities: Vec<MunicipalityRow> = parse(MUNICIPALITIES_CSV).unwrap();
        let basins: Vec<BasinRow> = parse(BASINS_CSV).unwrap();
        assert_eq!(municipalities.len(), 19);
        for m in &municipalities {
            let containing: Vec<_> = basins
                .iter()
                .filter(|b| {
                    basin_members(&b.municipalities_nis)
                        .iter()
                        .any(|(n, _)| *n == m.nis_code)
                })
                .collect();
            assert!(!containing.is_empty(), "{} is in no basin", m.name_fr);
        }
    }
}

/// A code of the reference data with its name in French, Dutch and English.
#[derive(Clone, Debug)]
pub struct Named {
    pub code: String,
    names: [String; 3],
}

impl Named {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.names[0],
            Lang::Nl => &self.names[1],
            Lang::En => &self.names[2],
        }
    }
}

#[derive(sqlx::FromRow)]
struct NamedRow {
    code: String,
    name_fr: String,
    name_nl: String,
    name_en: String,
}

fn named(rows: Vec<NamedRow>) -> Vec<Named> {
    rows.into_iter().map(Named::from).collect()
}

impl From<NamedRow> for Named {
    fn from(row: NamedRow) -> Named {
        Named {
            code: row.code,
            names: [row.name_fr, row.name_nl, row.name_en],
        }
    }
}

/// The lists of codes people choose from and read, with their names: themes, municipalities
/// (their English name is the French one), care basins, the rights often not taken up (with those
/// one coordination added) and the causes of non-take-up. Each feature's closed lists (target
/// groups, trends…) are vocabularies of their own.
#[derive(Clone, Debug, Default)]
pub struct Reference {
    pub themes: Vec<Named>,
    pub municipalities: Vec<Named>,
    pub basins: Vec<Named>,
    pub rights: Vec<Named>,
    pub causes: Vec<Named>,
}

impl Reference {
    /// Themes, municipalities and basins only: what the social map names (the observatory's
    /// rights and causes stay empty, so a map page does not read them).
    pub async fn places_and_themes(db: &Db) -> Result<Reference, sqlx::Error> {
        let themes: Vec<NamedRow> = fetch_all!(
            db,
            "SELECT code, name_fr, name_nl, name_en FROM themes ORDER BY code"
        )?;
        let municipalities: Vec<NamedRow> = fetch_all!(
            db,
            "SELECT nis_code AS code, name_fr, name_nl, name_fr AS name_en FROM municipalities \
             ORDER BY nis_code"
        )?;
        let basins: Vec<NamedRow> = fetch_all!(
            db,
            "SELECT code, name_fr, name_nl, name_en FROM basins ORDER BY code"
        )?;
        Ok(Reference {
            themes: named(themes),
            municipalities: named(municipalities),
            basins: named(basins),
            ..Reference::default()
        })
    }

    /// Every list, with the rights `coordination` added (none for the regional view).
    pub async fn load(
        db: &Db,
        coordination: Option<&Coordination>,
    ) -> Result<Reference, sqlx::Error> {
        let places = Reference::places_and_themes(db).await?;
        let rights: Vec<NamedRow> = fetch_all!(
            db,
            "SELECT code, name_fr, name_nl, name_en FROM rights \
             WHERE coordination_id IS NULL OR coordination_id = $1 ORDER BY code",
            coordination.map_or(0, |c| c.id)
        )?;
        let causes: Vec<NamedRow> = fetch_all!(
            db,
            "SELECT code, name_fr, name_nl, name_en FROM non_take_up_causes ORDER BY code"
        )?;
        Ok(Reference {
            rights: named(rights),
            causes: named(causes),
            ..places
        })
    }

    /// The name of `code` in `list`, in `lang`.
    pub fn name<'a>(list: &'a [Named], code: &str, lang: Lang) -> Option<&'a str> {
        list.iter().find(|n| n.code == code).map(|n| n.name(lang))
    }

    pub fn knows(list: &[Named], code: &str) -> bool {
        list.iter().any(|n| n.code == code)
    }

    /// (code, name) pairs for a form, in the reader's alphabetical order; "other" comes last.
    pub fn choices(list: &[Named], lang: Lang) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = list
            .iter()
            .map(|n| (n.code.clone(), n.name(lang).to_string()))
            .collect();
        collation::sort_by(lang, &mut pairs, |(_, name)| name);
        pairs.sort_by_key(|(code, _)| code == "other");
        pairs
    }
}

/// The themes as (code, name) choices in the reader's order: the one list every theme field shows.
pub async fn theme_choices(db: &Db, lang: Lang) -> Result<Vec<(String, String)>, sqlx::Error> {
    let themes: Vec<NamedRow> = fetch_all!(
        db,
        "SELECT code, name_fr, name_nl, name_en FROM themes ORDER BY code"
    )?;
    Ok(Reference::choices(&named(themes), lang))
}

/// (NIS code, postcodes separated by spaces) of every municipality, to find a place's.
pub async fn municipality_postcodes(
    mut db: impl crate::platform::db::Conn,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    fetch_all!(db, "SELECT nis_code, postcodes FROM municipalities")
}
