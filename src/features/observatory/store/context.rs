//! Context indicators: public figures per municipality, imported from CSV with their source and
//! year. Anyone may read them; importing takes the proof of a coordinator (or an admin's).

use chrono::Utc;

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::format_decimal;
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all};

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Indicator {
    pub nis_code: String,
    pub indicator: String,
    pub label_fr: String,
    pub label_nl: String,
    pub year: i64,
    pub value: f64,
    pub unit: String,
    pub source: String,
}

impl Indicator {
    pub fn label(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.label_fr, &self.label_nl)
    }

    pub fn value(&self, lang: impl crate::platform::web::Val<Lang>) -> String {
        let places = if self.value.fract() == 0.0 { 0 } else { 1 };
        format_decimal(lang.val(), self.value, places)
    }
}

/// The most recent figure of each indicator for a municipality.
pub async fn latest_for(db: &Db, nis_code: &str) -> Result<Vec<Indicator>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT i.nis_code, i.indicator, i.label_fr, i.label_nl, i.year, i.value, i.unit, \
         i.source FROM context_indicators i WHERE i.nis_code = $1 AND i.year = \
         (SELECT MAX(j.year) FROM context_indicators j \
         WHERE j.nis_code = i.nis_code AND j.indicator = i.indicator) ORDER BY i.label_fr",
        nis_code
    )
}

/// Every figure of a municipality, each indicator's latest year first.
pub async fn all_for(db: &Db, nis_code: &str) -> Result<Vec<Indicator>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT nis_code, indicator, label_fr, label_nl, year, value, unit, source \
         FROM context_indicators WHERE nis_code = $1 ORDER BY label_fr, year DESC",
        nis_code
    )
}

/// Writes a figure, replacing the one of the same indicator and year.
pub async fn upsert(
    tx: &mut Tx,
    importer: (&Tenant, i64),
    indicator: &Indicator,
) -> Result<u64, sqlx::Error> {
    let (_proof, user_id) = importer;
    execute!(
        tx,
        "INSERT INTO context_indicators (nis_code, indicator, label_fr, label_nl, year, value, \
         unit, source, imported_by, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (nis_code, indicator, year) DO UPDATE SET label_fr = excluded.label_fr, \
         label_nl = excluded.label_nl, value = excluded.value, unit = excluded.unit, \
         source = excluded.source, imported_by = excluded.imported_by, \
         imported_at = excluded.imported_at",
        &indicator.nis_code,
        &indicator.indicator,
        &indicator.label_fr,
        &indicator.label_nl,
        indicator.year,
        indicator.value,
        &indicator.unit,
        &indicator.source,
        user_id,
        Utc::now()
    )
}
