//! The social map: a public, bilingual directory of the coordination's organisations and their
//! services — search with facets, organisation and service pages, a printable guide.

pub mod catalogue;
pub mod changes;
pub mod demo;
pub mod duplicates;
pub mod edit_form;
pub mod editing;
pub mod export;
pub mod finding;
pub mod hours;
pub mod hsds;
pub mod import;
pub mod import_shapes;
pub mod reports;
pub mod searches;
pub mod store;
pub mod translations;
pub mod verification;

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use tower_sessions::Session;

use crate::domain::Lang;
use crate::features::directory::store::ServiceStatus;
use crate::platform::auth::CurrentUser;
use crate::platform::i18n::t;
use crate::platform::reference::Reference;
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::Id;
use crate::platform::web::PageRouter;
use crate::platform::web::{render, AppError, PageCtx, Pager};
use crate::platform::AppState;

use editing::Subject;
use store::search::{self, fold, Hit, SearchParams};
use store::{Location, Organization, Service, ServiceDetail};

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/map", get(map))
        .page("/{lang}/{coord}/map/guide", get(guide))
        .page("/{lang}/{coord}/map/guide.pdf", get(guide_pdf))
        .page("/{lang}/{coord}/map/export/{file}", get(export::download))
        .page("/{lang}/{coord}/map/reports", get(reports::queue))
        .page("/{lang}/{coord}/map/stale", get(verification::stale))
        .page("/{lang}/{coord}/map/duplicates", get(duplicates::list))
        .page("/{lang}/{coord}/map/translations", get(translations::page))
        .page("/{lang}/{coord}/map/searches", get(searches::page))
        .page("/{lang}/{coord}/map/searches/synonyms", post(searches::add))
        .page(
            "/{lang}/{coord}/map/searches/synonyms/{id}/remove",
            post(searches::remove),
        )
        .page(
            "/{lang}/{coord}/map/duplicates/merge",
            get(duplicates::confirm).post(duplicates::merge),
        )
        .page(
            "/{lang}/{coord}/map/stale/remind",
            axum::routing::post(verification::send_reminders),
        )
        .page(
            "/{lang}/{coord}/verify/{token}",
            get(verification::verify_form).post(verification::confirm),
        )
        .page(
            "/{lang}/{coord}/map/reports/{id}",
            axum::routing::post(reports::handle),
        )
        .page(
            "/{lang}/{coord}/services/{id}/report",
            get(reports::form).post(reports::submit),
        )
        .page("/{lang}/{coord}/services/{id}", get(service))
        .page("/{lang}/{coord}/map/changes", get(changes::queue))
        .page(
            "/{lang}/{coord}/map/import",
            get(import::form)
                .post(import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(IMPORT_LIMIT)),
        )
        .page(
            "/{lang}/{coord}/map/changes/{id}",
            axum::routing::post(changes::decide),
        )
        .page(
            "/{lang}/{coord}/map/settings",
            axum::routing::post(changes::save_settings),
        )
        .page(
            "/{lang}/{coord}/map/organizations/new",
            edit_route(|_| Subject::NewOrganization),
        )
        .page(
            "/{lang}/{coord}/organizations/{id}/edit",
            edit_route(Subject::Organization),
        )
        .page(
            "/{lang}/{coord}/organizations/{id}/services/new",
            edit_route(|organization_id| Subject::NewService { organization_id }),
        )
        .page(
            "/{lang}/{coord}/services/{id}/edit",
            edit_route(Subject::Service),
        )
        .page(
            "/{lang}/{coord}/organizations/{id}/locations/new",
            edit_route(|organization_id| Subject::NewLocation { organization_id }),
        )
        .page(
            "/{lang}/{coord}/locations/{id}/edit",
            edit_route(Subject::Location),
        )
        .page(
            "/{lang}/{coord}/organizations/{id}/editors",
            axum::routing::post(editing::add_editor),
        )
        .page(
            "/{lang}/{coord}/organizations/{id}/editors/{user}/remove",
            axum::routing::post(editing::remove_editor),
        )
        .page("/{lang}/{coord}/organizations/{id}", get(organization))
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/coordinations/{coord}/hsds/import",
            axum::routing::post(import::api_import)
                .layer(axum::extract::DefaultBodyLimit::max(IMPORT_LIMIT)),
        )
        .merge(hsds::api())
}

/// An edit page (GET shows the form, POST saves it) for the record the URL's id names; routes
/// without an id in their path (a new organisation) ignore it.
fn edit_route(subject: fn(i64) -> Subject) -> axum::routing::MethodRouter<AppState> {
    use axum::extract::RawPathParams;
    fn id_of(params: &RawPathParams) -> i64 {
        params
            .iter()
            .find(|(name, _)| *name == "id")
            .and_then(|(_, value)| value.parse().ok())
            .unwrap_or(0)
    }
    get(
        move |State(state): State<AppState>,
              params: RawPathParams,
              page: PageCtx,
              user: CurrentUser,
              CoordPath(coordination): CoordPath| async move {
            editing::show_form(subject(id_of(&params)), state, page, user, coordination).await
        },
    )
    .post(
        move |State(state): State<AppState>,
              params: RawPathParams,
              page: PageCtx,
              session: Session,
              user: CurrentUser,
              CoordPath(coordination): CoordPath,
              Form(pairs): Form<Vec<(String, String)>>| async move {
            editing::save(
                subject(id_of(&params)),
                state,
                page,
                session,
                user,
                coordination,
                pairs,
            )
            .await
        },
    )
}

/// An HSDS import is the whole map of a coordination (or more): far larger than a form.
const IMPORT_LIMIT: usize = 64 * 1024 * 1024;
const MAP_PAGE_SIZE: i64 = 20;
/// A printed guide stops here; narrow it down by theme for more.
const GUIDE_LIMIT: i64 = 300;

/// The name of a facet's code, in the reader's language.
fn facet_label(reference: &Reference, lang: Lang, facet: &str, code: &str) -> String {
    match facet {
        "theme" => Reference::name(&reference.themes, code, lang).map(str::to_string),
        "municipality" => {
            Reference::name(&reference.municipalities, code, lang).map(str::to_string)
        }
        "basin" => Reference::name(&reference.basins, code, lang).map(str::to_string),
        "target" => Some(t(lang, &format!("target-{code}"))),
        "language" => Some(t(lang, &format!("spoken-{code}"))),
        _ => None,
    }
    .unwrap_or_else(|| code.to_string())
}

pub struct FacetOption {
    pub label: String,
    pub count: i64,
    pub href: String,
    pub selected: bool,
}

pub struct FacetView {
    pub title: String,
    pub options: Vec<FacetOption>,
    pub clear_href: Option<String>,
}

pub struct HitView {
    pub href: String,
    pub name: String,
    pub name_lang: Lang,
    pub organization: String,
    pub organization_href: String,
    pub summary: String,
    pub temporarily_closed: bool,
    /// "Street 1, 1070 Anderlecht", in the reader's language.
    pub address: Option<String>,
    /// Today's hours or "closed today" (nothing when the service gives no hours).
    pub today: Option<String>,
    /// The number as shown and as a `tel:` link.
    pub phone: Option<(String, String)>,
    pub themes: Vec<String>,
}

fn query_href(base: &str, pairs: &[(String, String)]) -> String {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}

/// The same search with `name` set to `value` (or removed when None), back on page 1.
fn with_param(base: &str, params: &SearchParams, name: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = params
        .pairs()
        .into_iter()
        .filter(|(k, _)| k != name)
        .collect();
    if let Some(value) = value {
        pairs.push((name.to_string(), value.to_string()));
    }
    query_href(base, &pairs)
}

fn summary(text: &str) -> String {
    let text = text.lines().next().unwrap_or("");
    if text.chars().count() > 200 {
        format!("{}…", text.chars().take(200).collect::<String>().trim_end())
    } else {
        text.to_string()
    }
}

fn hit_view(lang: Lang, base: &str, hit: Hit, card: search::Card, now: DateTime<Utc>) -> HitView {
    let name = lang.pick(&hit.name_fr, &hit.name_nl).to_string();
    let name_lang = if name == hit.name_nl && lang == Lang::Nl || hit.name_fr.is_empty() {
        Lang::Nl
    } else {
        Lang::Fr
    };
    HitView {
        href: format!("{base}/services/{}", hit.id),
        name,
        name_lang,
        organization: lang
            .pick(&hit.organization_fr, &hit.organization_nl)
            .to_string(),
        organization_href: format!("{base}/organizations/{}", hit.organization_id),
        summary: summary(lang.pick(&hit.description_fr, &hit.description_nl)),
        temporarily_closed: hit.status == ServiceStatus::TemporarilyClosed,
        address: card.address.map(
            |(street_fr, street_nl, postcode, municipality_fr, municipality_nl)| {
                format!(
                    "{}, {postcode} {}",
                    lang.pick(&street_fr, &street_nl),
                    lang.pick(&municipality_fr, &municipality_nl)
                )
            },
        ),
        today: hours::today(lang, &card.schedules, card.closed_today, now),
        phone: card.phone.map(|p| (p.number.clone(), p.tel())),
        themes: card
            .themes
            .iter()
            .map(|th| th.name(lang).to_string())
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "features/directory/map.html")]
struct MapPage {
    page: PageCtx,
    q: String,
    hits: Vec<HitView>,
    total: i64,
    facets: Vec<FacetView>,
    open_options: Vec<FacetOption>,
    sort_options: Vec<FacetOption>,
    pager: Pager,
    guide_href: String,
    filtered: bool,
    exports: Vec<(String, String)>,
    nothing: Option<NothingFound>,
}

/// What a search that found nothing offers instead of a dead end.
struct NothingFound {
    /// A near search that finds something: its words and its address.
    suggestion: Option<(String, String)>,
    /// The map's themes whose names share a word with the search: (name, address).
    themes: Vec<(String, String)>,
    /// The same words across the 19 maps.
    region_href: String,
}

/// The themes of `counts` whose name shares a word (its start, four letters or more) with `q`.
fn themes_named_like(
    labels: &Reference,
    lang: Lang,
    q: &str,
    counts: &search::FacetCounts,
) -> Vec<String> {
    let typed: Vec<String> = fold(q)
        .split(' ')
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect();
    counts
        .iter()
        .map(|(code, _)| code.clone())
        .filter(|code| {
            fold(&facet_label(labels, lang, "theme", code))
                .split(' ')
                .filter(|w| w.chars().count() >= 4)
                .any(|name| {
                    typed
                        .iter()
                        .any(|w| name.starts_with(w.as_str()) || w.starts_with(name))
                })
        })
        .collect()
}

#[tracing::instrument(skip_all)]
async fn map(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Query(params): Query<SearchParams>,
) -> Result<Html<String>, AppError> {
    let lang = page.lang;
    let base = page.url_in(&coordination, "");
    let map_base = format!("{base}/map");
    let requested_page = params.page.unwrap_or(1).max(1);
    let results = finding::find(
        &state,
        &coordination,
        &params,
        lang,
        MAP_PAGE_SIZE,
        (requested_page - 1) * MAP_PAGE_SIZE,
    )
    .await?;
    let pager = Pager::new(
        params.page,
        results.total,
        MAP_PAGE_SIZE,
        &map_base,
        &params.pairs(),
    );
    let labels = Reference::places_and_themes(&state.db).await?;
    // A search that found nothing does not end the visit: a near search that finds something,
    // the themes named like it, the map's facets without the words, and the whole region.
    let without_words = SearchParams {
        q: None,
        page: None,
        ..params.clone()
    };
    let (nothing, everything, facet_params) = if results.total == 0 && params.has_query() {
        let q = params.q.clone().unwrap_or_default();
        let everything = finding::find(&state, &coordination, &without_words, lang, 0, 0).await?;
        let suggestion = finding::suggestion(&state, &coordination, &q)
            .await?
            .map(|words| {
                let href = with_param(&map_base, &params, "q", Some(&words));
                (words, href)
            });
        let themes = themes_named_like(&labels, lang, &q, &everything.themes)
            .into_iter()
            .map(|code| {
                (
                    facet_label(&labels, lang, "theme", &code),
                    with_param(&map_base, &without_words, "theme", Some(&code)),
                )
            })
            .collect();
        let region_href = query_href(&page.href("/search"), &[("q".to_string(), q)]);
        let nothing = NothingFound {
            suggestion,
            themes,
            region_href,
        };
        (Some(nothing), Some(everything), &without_words)
    } else {
        (None, None, &params)
    };
    let counted = everything.as_ref().unwrap_or(&results);
    let facet = |name: &'static str,
                 title_key: &str,
                 counts: &search::FacetCounts,
                 current: &Option<String>| {
        let current = current.as_deref().unwrap_or("");
        FacetView {
            title: t(lang, title_key),
            options: counts
                .iter()
                .map(|(code, count)| FacetOption {
                    label: facet_label(&labels, lang, name, code),
                    count: *count,
                    href: with_param(&map_base, facet_params, name, Some(code)),
                    selected: code == current,
                })
                .collect(),
            clear_href: (!current.is_empty())
                .then(|| with_param(&map_base, facet_params, name, None)),
        }
    };
    let facets = vec![
        facet("theme", "map-facet-theme", &counted.themes, &params.theme),
        facet(
            "municipality",
            "map-facet-municipality",
            &counted.municipalities,
            &params.municipality,
        ),
        facet("basin", "map-facet-basin", &counted.basins, &params.basin),
        facet(
            "target",
            "map-facet-target",
            &counted.targets,
            &params.target,
        ),
        facet(
            "language",
            "map-facet-language",
            &counted.languages,
            &params.language,
        ),
    ];
    let open = params.open.as_deref().unwrap_or("");
    let mut open_options = vec![FacetOption {
        label: t(lang, "map-open-now"),
        count: 0,
        href: with_param(&map_base, facet_params, "open", Some("now")),
        selected: open == "now",
    }];
    for day in 1..=7 {
        let code = day.to_string();
        open_options.push(FacetOption {
            label: t(lang, hours::WEEKDAY_KEYS[day - 1]),
            count: 0,
            href: with_param(&map_base, facet_params, "open", Some(&code)),
            selected: open == code,
        });
    }
    let sort = params.sort.as_deref().unwrap_or(if params.has_query() {
        "relevance"
    } else {
        "name"
    });
    let sort_options = ["relevance", "name", "verified"]
        .into_iter()
        .filter(|s| *s != "relevance" || params.has_query())
        .map(|s| FacetOption {
            label: t(lang, &format!("map-sort-{s}")),
            count: 0,
            href: with_param(&map_base, &params, "sort", Some(s)),
            selected: s == sort,
        })
        .collect();
    let now = Utc::now();
    let hits = results
        .hits
        .into_iter()
        .zip(results.cards)
        .map(|(h, card)| hit_view(lang, &base, h, card, now))
        .collect();
    // The guide prints what the map shows: every filter, in the guide's own order (by name).
    let guide_href = query_href(
        &format!("{base}/map/guide"),
        &params
            .pairs()
            .into_iter()
            .filter(|(name, _)| name != "sort")
            .collect::<Vec<_>>(),
    );
    let filtered = !params.pairs().iter().all(|(k, _)| k == "sort");
    let page = page.with_coordination(coordination.as_ref());
    let exports = if page.can("view-member-area") {
        [
            "organizations.csv",
            "organizations.xlsx",
            "services.csv",
            "services.xlsx",
        ]
        .iter()
        .map(|f| (format!("{base}/map/export/{f}"), f.to_string()))
        .collect()
    } else {
        Vec::new()
    };
    render(&MapPage {
        page,
        q: params.q.clone().unwrap_or_default(),
        hits,
        total: results.total,
        facets,
        open_options,
        sort_options,
        pager,
        guide_href,
        filtered,
        exports,
        nothing,
    })
}

/// What the service and guide pages show of a service, in the reader's language.
pub struct ServiceView {
    pub detail: ServiceDetail,
    pub name: String,
    pub organization: String,
    pub open_now: bool,
    pub week: Vec<(String, String)>,
    pub themes: Vec<String>,
    pub languages: Vec<String>,
    pub targets: Vec<String>,
}

impl ServiceView {
    fn new(lang: Lang, detail: ServiceDetail) -> ServiceView {
        let now = Utc::now();
        ServiceView {
            name: lang
                .pick(&detail.service.name_fr, &detail.service.name_nl)
                .to_string(),
            organization: lang
                .pick(&detail.organization.name_fr, &detail.organization.name_nl)
                .to_string(),
            open_now: detail.service.status == ServiceStatus::Active
                && hours::is_open(&detail.schedules, &detail.closures, now),
            week: hours::week(lang, &detail.schedules),
            themes: detail
                .themes
                .iter()
                .map(|th| th.name(lang).to_string())
                .collect(),
            languages: detail
                .languages
                .iter()
                .map(|l| t(lang, &format!("spoken-{l}")))
                .collect(),
            targets: detail
                .target_groups
                .iter()
                .map(|g| t(lang, &format!("target-{g}")))
                .collect(),
            detail,
        }
    }

    pub fn service(&self) -> &Service {
        &self.detail.service
    }

    pub fn status_key(&self) -> &'static str {
        self.detail.service.status.label_key()
    }

    /// The description for a reader and the language it is in (the other one when a translation is
    /// missing, so the page can mark it with `lang`).
    pub fn description(&self, lang: impl crate::platform::web::Val<Lang>) -> (&str, Lang) {
        let lang = lang.val();
        let s = &self.detail.service;
        match (
            lang == Lang::Nl,
            s.description_fr.trim().is_empty(),
            s.description_nl.trim().is_empty(),
        ) {
            (true, _, false) | (false, true, _) => (&s.description_nl, Lang::Nl),
            _ => (&s.description_fr, Lang::Fr),
        }
    }

    pub fn locations(&self) -> &[Location] {
        &self.detail.locations
    }
}

#[derive(Template)]
#[template(path = "features/directory/service.html")]
struct ServicePage {
    page: PageCtx,
    view: ServiceView,
    base: String,
    missing: Vec<Lang>,
    can_edit: bool,
}

/// The content languages a service's public text lacks (shown to editors).
fn missing_languages(service: &Service) -> Vec<Lang> {
    let mut missing = Vec::new();
    if service.name_fr.trim().is_empty() || service.description_fr.trim().is_empty() {
        missing.push(Lang::Fr);
    }
    if service.name_nl.trim().is_empty() || service.description_nl.trim().is_empty() {
        missing.push(Lang::Nl);
    }
    missing
}

async fn service(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let detail = store::service_detail(&state.db, &coordination, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = page.with_coordination(coordination.as_ref());
    let missing = if page.can("edit-directory") {
        missing_languages(&detail.service)
    } else {
        Vec::new()
    };
    let can_edit = editing::can_edit(
        &state.db,
        page.user.as_ref(),
        &coordination,
        detail.service.organization_id,
    )
    .await?;
    let view = ServiceView::new(page.lang, detail);
    let base = page.url_in(&coordination, "");
    render(&ServicePage {
        page,
        view,
        base,
        missing,
        can_edit,
    })
}

#[derive(Template)]
#[template(path = "features/directory/organization.html")]
struct OrganizationPage {
    page: PageCtx,
    organization: Organization,
    /// Its own numbers (each service page shows them too).
    phones: Vec<store::Phone>,
    services: Vec<Service>,
    locations: Vec<Location>,
    base: String,
    can_edit: bool,
}

async fn organization(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let organization = store::organization(&state.db, &coordination, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let services = store::organization_services(&state.db, &coordination, id).await?;
    let locations = store::organization_locations(&state.db, &coordination, id).await?;
    let base = page.url_in(&coordination, "");
    let can_edit = editing::can_edit(&state.db, page.user.as_ref(), &coordination, id).await?;
    render(&OrganizationPage {
        phones: store::organization_phones(&state.db, &coordination, id).await?,
        page: page.with_coordination(coordination.as_ref()),
        organization,
        services,
        locations,
        base,
        can_edit,
    })
}

#[derive(Template)]
#[template(path = "features/directory/guide.html")]
struct GuidePage {
    page: PageCtx,
    /// Every filter the guide was printed with, as its reader reads it.
    filters: Vec<String>,
    services: Vec<ServiceView>,
    truncated: bool,
}

/// The filters of a map search, each as its reader reads it: "Thème : Logement", "Recherche :
/// « dettes »", "Ouvert maintenant".
fn filter_lines(reference: &Reference, lang: Lang, params: &SearchParams) -> Vec<String> {
    let colon = crate::platform::typography::colon(lang);
    params
        .pairs()
        .into_iter()
        .filter_map(|(name, value)| match name.as_str() {
            "q" => Some(crate::platform::i18n::t_args(
                lang,
                "guide-filter-search",
                &[("label", &value)],
            )),
            "open" if value == "now" => Some(t(lang, "map-open-now")),
            "open" => Some(format!(
                "{}{colon}{}",
                t(lang, "map-facet-open"),
                t(lang, &format!("weekday-{value}"))
            )),
            "theme" | "municipality" | "basin" | "target" | "language" => Some(format!(
                "{}{colon}{}",
                t(lang, &format!("map-facet-{name}")),
                facet_label(reference, lang, &name, &value)
            )),
            _ => None,
        })
        .collect()
}

/// The services a guide lists (active ones, every filter of the map search it was printed from,
/// by name), and those filters as its reader reads them.
async fn guide_services(
    state: &AppState,
    coordination: &Coordination,
    lang: Lang,
    params: &SearchParams,
) -> Result<(Vec<String>, Vec<ServiceView>, bool), AppError> {
    let db = &state.db;
    let printed = SearchParams {
        sort: Some("name".into()),
        page: None,
        ..params.clone()
    };
    let results = finding::find(state, coordination, &printed, lang, GUIDE_LIMIT, 0).await?;
    let mut services = Vec::with_capacity(results.hits.len());
    for hit in &results.hits {
        if let Some(detail) = store::service_detail(db, coordination, hit.id).await? {
            services.push(ServiceView::new(lang, detail));
        }
    }
    let reference = Reference::places_and_themes(db).await?;
    let filters = filter_lines(&reference, lang, &printed);
    Ok((filters, services, results.total > GUIDE_LIMIT))
}

async fn guide(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Query(params): Query<SearchParams>,
) -> Result<Html<String>, AppError> {
    let (filters, services, truncated) =
        guide_services(&state, &coordination, page.lang, &params).await?;
    render(&GuidePage {
        page: page.with_coordination(coordination.as_ref()),
        filters,
        truncated,
        services,
    })
}

/// The same guide as a PDF (A4), typeset by Typst.
async fn guide_pdf(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
    Query(params): Query<SearchParams>,
) -> Result<axum::response::Response, AppError> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let lang = page.lang;
    let (filters, services, truncated) =
        guide_services(&state, &coordination, lang, &params).await?;
    let t = |key: &str| crate::platform::i18n::t(lang, key);
    let entries: Vec<serde_json::Value> = services
        .iter()
        .map(|view| {
            let s = view.service();
            let (description, _) = view.description(lang);
            serde_json::json!({
                "name": view.name,
                "organization": view.organization,
                "status": if s.status == ServiceStatus::Active { String::new() } else { t(view.status_key()) },
                "description": description,
                "addresses": view.locations().iter().map(|l| format!(
                    "{}, {} {}", lang.pick(&l.street_fr, &l.street_nl), l.postcode, lang.pick(&l.municipality_fr, &l.municipality_nl)
                )).collect::<Vec<_>>(),
                "phones": view.detail.phones.iter().map(|p| p.number.clone()).collect::<Vec<_>>(),
                "languages": view.languages.join(", "),
                "hours": view.week,
                "closures": view.detail.closures.iter().map(|c| {
                    let period = crate::platform::i18n::format_day_range(lang, c.starts_on, c.ends_on);
                    let closed = crate::platform::i18n::t_args(lang, "service-closed-during", &[("period", &period)]);
                    let reason = lang.pick(&c.reason_fr, &c.reason_nl);
                    if reason.is_empty() { closed } else { format!("{closed}{}{reason}", crate::platform::typography::colon(lang)) }
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let coordination_name = lang.pick(&coordination.name_fr, &coordination.name_nl);
    let mut generated = crate::platform::i18n::t_args(
        lang,
        "guide-printed",
        &[(
            "date",
            &crate::platform::i18n::format_date(lang, Utc::now()),
        )],
    );
    if truncated {
        generated = format!("{generated} — {}", t("guide-truncated"));
    }
    let data = serde_json::json!({
        "lang": lang.code(),
        "accent": coordination.accent_colour,
        "title": t("guide-title"),
        "filters": filters,
        "subtitle": coordination_name,
        // French sets a space before the colon.
        "colon": if lang == Lang::Fr { "\u{a0}:" } else { ":" },
        "generated": generated,
        "labels": {
            "hours": t("service-hours"), "address": t("field-address"), "phone": t("field-phone"),
            "languages": t("map-facet-language"), "organization": t("organization-services"),
            "empty": t("map-no-results"),
        },
        "services": entries,
    });
    // Typesetting is CPU work: off the async executor.
    let pdf = tokio::task::spawn_blocking(move || socius_pdf::render(socius_pdf::GUIDE, &data))
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    let file = format!("guide-{}.pdf", coordination.slug);
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{file}\""),
            ),
        ],
        pdf,
    )
        .into_response())
}
