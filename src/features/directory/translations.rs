//! Records whose public text lacks French or Dutch, for the coordinators who complete them.

use askama::Template;
use axum::extract::State;
use axum::response::Html;

use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{render, AppError, PageCtx};
use crate::platform::AppState;
use crate::with_db;

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
) -> Result<Vec<Missing>, sqlx::Error> {
    let mut out = Vec::new();
    for (table, path) in [("organizations", "organizations"), ("services", "services")] {
        let sql = format!(
            "SELECT id, name_fr, name_nl, description_fr, description_nl FROM {table} WHERE coordination_id = $1 \
             AND (TRIM(name_fr) = '' OR TRIM(name_nl) = '' OR TRIM(description_fr) = '' OR TRIM(description_nl) = '') ORDER BY id"
        );
        let rows: Vec<(i64, String, String, String, String)> =
            with_db!(db, |p| sqlx::query_as(&sql)
                .bind(tenant.id())
                .fetch_all(p)
                .await)?;
        for (id, name_fr, name_nl, description_fr, description_nl) in rows {
            let mut languages = Vec::new();
            if name_fr.trim().is_empty() || description_fr.trim().is_empty() {
                languages.push(Lang::Fr);
            }
            if name_nl.trim().is_empty() || description_nl.trim().is_empty() {
                languages.push(Lang::Nl);
            }
            out.push(Missing {
                href: format!("{base}/{path}/{id}"),
                name: lang.pick(&name_fr, &name_nl).to_string(),
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
    let base = format!("/{}/{}", page.lang.code(), coordination.slug);
    let records = missing(&state.db, &tenant, page.lang, &base).await?;
    render(&TranslationsPage {
        page: page.with_coordination(coordination.as_ref()),
        records,
    })
}
