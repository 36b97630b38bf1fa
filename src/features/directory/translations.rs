//! Records whose public text lacks French or Dutch, for the coordinators who complete them.

use askama::Template;
use axum::extract::State;
use axum::response::Html;

use super::store;
use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{render, AppError, PageCtx};
use crate::platform::AppState;

pub struct Missing {
    pub href: String,
    pub name: String,
    pub languages: Vec<Lang>,
}

/// Organisations and services with an empty name or description in French or Dutch.
pub async fn missing(
    db: &Db,
    tenant: &Tenant,
    lang: Lang,
    base: &str,
) -> Result<Vec<Missing>, AppError> {
    let mut out = Vec::new();
    for (services, path) in [(false, "organizations"), (true, "services")] {
        for row in store::export::untranslated(db, tenant, services).await? {
            let mut languages = Vec::new();
            if row.name_fr.trim().is_empty() || row.description_fr.trim().is_empty() {
                languages.push(Lang::Fr);
            }
            if row.name_nl.trim().is_empty() || row.description_nl.trim().is_empty() {
                languages.push(Lang::Nl);
            }
            out.push(Missing {
                href: format!("{base}/{path}/{}", row.id),
                name: lang.pick(&row.name_fr, &row.name_nl).to_string(),
                languages,
            });
        }
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "features/directory/translations.html")]
struct TranslationsPage {
    page: PageCtx,
    records: Vec<Missing>,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let base = page.url_in(&coordination, "");
    let records = missing(&state.db, &tenant, page.lang, &base).await?;
    render(&TranslationsPage {
        page: page.with_coordination(coordination.as_ref()),
        records,
    })
}
