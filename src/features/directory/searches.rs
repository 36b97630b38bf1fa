//! What the map's readers searched for and did not find, and the coordination's own synonyms: the
//! coordinators' way to make the public search answer the words their public uses.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::store::search_log::{self, Missed, Synonym};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields;
use crate::platform::web::{
    commit_audited, commit_audited_once, render, render_invalid, AppError, FieldErrors, Form,
    FormOnce, Id, PageCtx,
};
use crate::platform::AppState;

/// Searches listed: the most frequent.
const MISSES_SHOWN: i64 = 200;
/// Characters of a synonym's word or meaning.
const SYNONYM_LENGTH: usize = 100;

#[derive(Debug, Default, Deserialize)]
pub struct SynonymForm {
    #[serde(default)]
    word: String,
    #[serde(default)]
    means: String,
}

#[derive(Template)]
#[template(path = "features/directory/searches.html")]
struct SearchesPage {
    page: PageCtx,
    misses: Vec<Missed>,
    synonyms: Vec<Synonym>,
    /// How many everyday words Socius knows for every coordination.
    shipped: usize,
    form: SynonymForm,
    errors: FieldErrors,
    map: String,
}

impl SearchesPage {
    fn try_href(&self, query: &str) -> String {
        let query: String = url::form_urlencoded::byte_serialize(query.as_bytes()).collect();
        format!("{}?q={query}", self.map)
    }

    fn remove_href(&self, id: &i64) -> String {
        format!("{}/searches/synonyms/{id}/remove", self.map)
    }

    /// "« colis » finds what « aide alimentaire » finds", in the reader's language.
    fn synonym_line(&self, synonym: &Synonym) -> String {
        crate::platform::i18n::t_args(
            self.page.lang,
            "searches-synonym",
            &[("word", &synonym.word), ("means", &synonym.means)],
        )
    }

    fn answer_href(&self, query: &str) -> String {
        let query: String = url::form_urlencoded::byte_serialize(query.as_bytes()).collect();
        format!("{}/searches?word={query}#synonym-form", self.map)
    }
}

async fn show(
    state: &AppState,
    page: PageCtx,
    tenant: &Tenant,
    coordination: &Coordination,
    form: SynonymForm,
    errors: FieldErrors,
) -> Result<SearchesPage, AppError> {
    Ok(SearchesPage {
        misses: search_log::misses(&state.db, tenant, MISSES_SHOWN).await?,
        synonyms: search_log::synonyms(&state.db, tenant).await?,
        shipped: state.search.shipped().len(),
        map: page.url_in(coordination, "/map"),
        page: page.with_coordination(coordination.as_ref()),
        form,
        errors,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct WordQuery {
    #[serde(default)]
    word: String,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<WordQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    // The most recent searches are written every minute: show what this process counted too.
    super::finding::write_misses(&state).await?;
    let form = SynonymForm {
        word: query.word,
        means: String::new(),
    };
    render(
        &show(
            &state,
            page,
            &tenant,
            &coordination,
            form,
            FieldErrors::default(),
        )
        .await?,
    )
}

pub async fn add(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    once: FormOnce,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SynonymForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let mut errors = FieldErrors::default();
    let word = errors.check("word", fields::required(&form.word, SYNONYM_LENGTH));
    let means = errors.check("means", fields::required(&form.means, SYNONYM_LENGTH));
    if let (Some(word), Some(means)) = (&word, &means) {
        if socius_search::plain_words(word) == socius_search::plain_words(means) {
            errors.add("means", "error-synonym-same");
        }
    }
    let (Some(word), Some(means), true) = (word, means, errors.is_empty()) else {
        let page = show(&state, page, &tenant, &coordination, form, errors).await?;
        return render_invalid(&page);
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    search_log::add_synonym(&mut tx, &tenant, &word, &means).await?;
    // The search it answers is answered: it leaves the list.
    search_log::forget_miss(
        &mut tx,
        &tenant,
        &socius_search::plain_words(&word).join(" "),
    )
    .await?;
    let entry = AuditEntry::new("search_synonym.added")
        .by(&user)
        .in_coordination(tenant.id())
        .change(
            None,
            Some(serde_json::json!({ "word": word, "means": means })),
        );
    let back = page.url_in(&coordination, "/map/searches");
    commit_audited_once(tx, &once, entry, "flash-synonym-added", &back).await
}

pub async fn remove(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditDirectory, &coordination)?;
    let mut tx = state.db.begin().await?;
    let Some((word, means)) = search_log::remove_synonym(&mut tx, &tenant, id).await? else {
        return Err(AppError::NotFound);
    };
    let entry = AuditEntry::new("search_synonym.removed")
        .by(&user)
        .in_coordination(tenant.id())
        .on("search_synonym", id)
        .change(
            Some(serde_json::json!({ "word": word, "means": means })),
            None,
        );
    let back = page.url_in(&coordination, "/map/searches");
    commit_audited(tx, entry, &session, "flash-synonym-removed", &back).await
}
