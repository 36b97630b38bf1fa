//! Context indicators: public figures per municipality (social integration income per 1,000
//! inhabitants, share of increased-reimbursement beneficiaries…) imported from CSV with their source
//! and year, and shown next to the signals. A coordinator imports figures for the coordination's
//! municipality; a platform admin for any.
//!
//! The CSV has a header row: `nis_code,indicator,label_fr,label_nl,year,value,unit,source`.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use super::store::context::{self as store, all_for, Indicator};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::csv_text;
use crate::platform::i18n::{t, t_args};
use crate::platform::policy::{self, Action};
use crate::platform::reference::Reference;
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{input, render, AppError, PageCtx};
use crate::platform::AppState;

/// The largest file taken.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Deserialize)]
struct Row {
    nis_code: String,
    indicator: String,
    label_fr: String,
    label_nl: String,
    year: String,
    value: String,
    unit: String,
    source: String,
}

/// A line of the import report: the CSV line number and what became of it.
pub struct Line {
    pub number: usize,
    pub outcome: String,
}

#[derive(Template)]
#[template(path = "features/observatory/context.html")]
struct ContextPage {
    page: PageCtx,
    indicators: Vec<Indicator>,
    report: Vec<Line>,
    /// What was noticed of the file (its encoding, its separator), said to the person.
    notes: Vec<String>,
    imported: usize,
    can_import: bool,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    render(&ContextPage {
        indicators: all_for(&state.db, &coordination.nis_code).await?,
        can_import: policy::allows(
            Some(&user),
            Action::ManageObservatory,
            Some(coordination.id),
        ),
        page: page.with_coordination(coordination.as_ref()),
        notes: Vec::new(),
        report: Vec::new(),
        imported: 0,
    })
}

/// Checks one CSV row: the municipality (the coordination's own, unless an admin imports), a
/// numeric value, a plausible year and a source.
fn check(
    row: &Row,
    own_nis: &str,
    any_municipality: bool,
    known: &[String],
) -> Result<Indicator, &'static str> {
    let nis = row.nis_code.trim();
    if !known.iter().any(|k| k == nis) {
        return Err("context-error-municipality");
    }
    if nis != own_nis && !any_municipality {
        return Err("context-error-other-municipality");
    }
    let year: i64 = row.year.trim().parse().map_err(|_| "context-error-year")?;
    if !(1990..=2100).contains(&year) {
        return Err("context-error-year");
    }
    let value: f64 = row
        .value
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| "context-error-value")?;
    if !value.is_finite() {
        return Err("context-error-value");
    }
    let code = row.indicator.trim();
    if code.is_empty() || (row.label_fr.trim().is_empty() && row.label_nl.trim().is_empty()) {
        return Err("context-error-indicator");
    }
    if row.source.trim().is_empty() {
        return Err("context-error-source");
    }
    let (fr, nl) = (row.label_fr.trim(), row.label_nl.trim());
    Ok(Indicator {
        nis_code: nis.to_string(),
        indicator: code.chars().take(80).collect(),
        label_fr: if fr.is_empty() { nl } else { fr }.to_string(),
        label_nl: if nl.is_empty() { fr } else { nl }.to_string(),
        year,
        value,
        unit: row.unit.trim().chars().take(40).collect(),
        source: row.source.trim().chars().take(300).collect(),
    })
}

/// Imports a CSV: every valid line is stored (replacing the same indicator, municipality and
/// year), every other line is reported with its reason; nothing stored is lost.
pub async fn import(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    use axum::response::IntoResponse;
    let tenant = policy::authorize(Some(&user), Action::ManageObservatory, &coordination)?;
    let lang = page.lang;
    let mut bytes = Vec::new();
    if let Ok(mut multipart) = multipart {
        while let Ok(Some(field)) = multipart.next_field().await {
            if field.name() == Some("file") {
                bytes = field.bytes().await.map(|b| b.to_vec()).unwrap_or_default();
            }
        }
    }
    let known: Vec<String> = Reference::places_and_themes(&state.db)
        .await?
        .municipalities
        .into_iter()
        .map(|m| m.code)
        .collect();
    let mut report = Vec::new();
    let mut valid = Vec::new();
    let mut file = csv_text::read(&bytes);
    // Control characters out of the text (a NUL breaks PostgreSQL's text).
    file.text = input::clean(&file.text).into_owned();
    let notes = file.notes.iter().map(|key| t(lang, key)).collect();
    let mut rows = 0;
    for (i, row) in file.reader().deserialize::<Row>().enumerate() {
        rows += 1;
        let number = i + 2;
        let checked = row
            .map_err(|_| "context-error-format")
            .and_then(|row| check(&row, &coordination.nis_code, user.is_platform_admin, &known));
        match checked {
            Ok(indicator) => valid.push(indicator),
            Err(key) => report.push(Line {
                number,
                outcome: t_args(lang, key, &[("line", &number.to_string())]),
            }),
        }
    }
    if bytes.is_empty() || rows == 0 {
        let key = if bytes.is_empty() {
            "context-error-empty"
        } else {
            "context-error-header-only"
        };
        report.push(Line {
            number: 0,
            outcome: t(lang, key),
        });
    }
    let mut tx = state.db.begin().await?;
    for indicator in &valid {
        store::upsert(&mut tx, (&tenant, user.id), indicator).await?;
    }
    crate::platform::audit::record(
        &mut tx,
        AuditEntry::new("observatory.context.imported")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(
                None,
                Some(serde_json::json!({ "imported": valid.len(), "rejected": report.len() })),
            ),
    )
    .await?;
    tx.commit().await?;
    let view = ContextPage {
        indicators: all_for(&state.db, &coordination.nis_code).await?,
        can_import: true,
        page: page.with_coordination(coordination.as_ref()),
        report,
        notes,
        imported: valid.len(),
    };
    let status = if view.report.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, render(&view)?).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(nis: &str, year: &str, value: &str, source: &str) -> Row {
        Row {
            nis_code: nis.into(),
            indicator: "ris-per-1000".into(),
            label_fr: "RIS pour 1 000 habitants".into(),
            label_nl: "Leefloon per 1 000 inwoners".into(),
            year: year.into(),
            value: value.into(),
            unit: "‰".into(),
            source: source.into(),
        }
    }

    #[test]
    fn rows_are_checked() {
        let known = vec!["21001".to_string(), "21011".to_string()];
        assert_eq!(
            check(
                &row("21001", "2024", "41,5", "IBSA"),
                "21001",
                false,
                &known
            )
            .unwrap()
            .value,
            41.5
        );
        assert_eq!(
            check(&row("21011", "2024", "12", "IBSA"), "21001", false, &known).err(),
            Some("context-error-other-municipality")
        );
        assert!(check(&row("21011", "2024", "12", "IBSA"), "21001", true, &known).is_ok());
        assert_eq!(
            check(&row("99999", "2024", "1", "IBSA"), "21001", true, &known).err(),
            Some("context-error-municipality")
        );
        assert_eq!(
            check(&row("21001", "1800", "1", "IBSA"), "21001", false, &known).err(),
            Some("context-error-year")
        );
        assert_eq!(
            check(
                &row("21001", "2024", "beaucoup", "IBSA"),
                "21001",
                false,
                &known
            )
            .err(),
            Some("context-error-value")
        );
        assert_eq!(
            check(&row("21001", "2024", "3", " "), "21001", false, &known).err(),
            Some("context-error-source")
        );
    }
}
