//! The coordination's partners, for everyone: the member organisations that agreed to be listed
//! (a choice on their record, on by default; the list names organisations, never persons), each
//! with its themes and its record on the social map, searchable by name and filtered by theme.
//! An organisation's contact persons change the choice on *My organisation*, its coordinators on
//! its record.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use serde::Deserialize;

use crate::features::directory::store::search::fold;
use crate::features::membership::store::{self, Partner};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::collation;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::reference;
use crate::platform::web::{render, AppError, CoordPage, Form, Id, PageCtx};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct PartnerQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    theme: String,
}

/// A partner as the page lists it.
pub struct Listed {
    pub partner: Partner,
    /// Its themes' names, in the reader's language.
    pub themes: Vec<String>,
}

#[derive(Template)]
#[template(path = "features/membership/partners.html")]
struct PartnersPage {
    page: PageCtx,
    query: PartnerQuery,
    /// (code, name) of the themes any partner works on, for the filter.
    themes: Vec<(String, String)>,
    partners: Vec<Listed>,
    /// How many partners there are before the search.
    total: usize,
}

/// Whether every word of the search starts a word of the name ("cpas" finds "CPAS d'Anderlecht",
/// "societe" finds "Société").
fn matches(name: &str, query: &str) -> bool {
    let words = fold(name);
    let words: Vec<&str> = words.split(' ').collect();
    fold(query)
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|q| words.iter().any(|w| w.starts_with(q)))
}

pub async fn list(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    Query(query): Query<PartnerQuery>,
) -> Result<Html<String>, AppError> {
    let all = store::partners(&state.db, &coordination).await?;
    let names = reference::theme_choices(&state.db, page.lang).await?;
    let codes = |p: &Partner| -> Vec<String> {
        p.themes
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    };
    let used: Vec<(String, String)> = names
        .iter()
        .filter(|(code, _)| all.iter().any(|p| codes(p).contains(code)))
        .cloned()
        .collect();
    let total = all.len();
    let mut partners: Vec<Listed> = all
        .into_iter()
        .filter(|p| matches(&p.name, &query.q))
        .filter(|p| query.theme.is_empty() || codes(p).contains(&query.theme))
        .map(|partner| {
            let themes = codes(&partner)
                .iter()
                .filter_map(|c| names.iter().find(|(code, _)| code == c))
                .map(|(_, name)| name.clone())
                .collect();
            Listed { partner, themes }
        })
        .collect();
    collation::sort_by(page.lang, &mut partners, |l| &l.partner.name);
    render(&PartnersPage {
        page,
        query,
        themes: used,
        partners,
        total,
    })
}

#[derive(Debug, Deserialize)]
pub struct ListingForm {
    #[serde(default)]
    listed: Option<String>,
}

/// Records the choice, audited, and says what it is now.
async fn set(
    state: &AppState,
    here: CoordPage,
    (tenant, user): (&Tenant, &CurrentUser),
    membership_id: i64,
    listed: bool,
    back: &str,
) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    if store::set_listed(&mut tx, tenant, membership_id, listed).await? > 0 {
        audit::record(
            &mut tx,
            AuditEntry::new("membership.listing_changed")
                .by(user)
                .in_coordination(tenant.id())
                .on("membership", membership_id)
                .change(
                    Some(serde_json::json!({ "listed_publicly": !listed })),
                    Some(serde_json::json!({ "listed_publicly": listed })),
                ),
        )
        .await?;
    }
    tx.commit().await?;
    let said = if listed {
        "flash-partner-listed"
    } else {
        "flash-partner-unlisted"
    };
    here.done(said, back).await
}

/// A contact person of the organisation chooses, on *My organisation*.
pub async fn set_mine(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Form(form): Form<ListingForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &here.coordination)?;
    let (_, membership_id) = store::own_contact(&state.db, &tenant, user.id)
        .await?
        .ok_or(AppError::Forbidden)?;
    let listed = form.listed.is_some();
    set(
        &state,
        here,
        (&tenant, &user),
        membership_id,
        listed,
        "/my-organisation",
    )
    .await
}

/// A coordinator records the organisation's choice on its record.
pub async fn set_for(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
    Form(form): Form<ListingForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &here.coordination)?;
    store::membership(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = format!("/members/{id}");
    set(
        &state,
        here,
        (&tenant, &user),
        id,
        form.listed.is_some(),
        &back,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn every_word_starts_a_word_of_the_name() {
        assert!(matches("CPAS d'Anderlecht", "cpas"));
        assert!(matches("Société de logement", "societe log"));
        assert!(matches("Maison médicale", ""));
        assert!(!matches("Maison médicale", "logement"));
        assert!(!matches("Entraide", "aide"));
    }
}
