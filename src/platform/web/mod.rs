//! The web kit every feature builds its pages with: the page context handed to templates, forms and
//! their errors, flash messages, pagination, CSRF, security headers and embedded assets.

mod assets;
pub mod cache;
mod csrf;
pub mod error;
pub mod fields;
mod forms;
mod headers;
pub mod input;
pub mod once;
mod pager;

use askama::Template;
use axum::extract::{FromRequestParts, RawPathParams, Request};
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use tower_sessions::Session;

pub use assets::{serve_asset, Assets};
pub use csrf::{csrf_token, forget_csrf_token, verify_csrf, PageRouter};
pub use error::{render_errors, AppError};
pub use forms::{flash, flash_names, FieldErrors, Flash, FlashKind, FormValues};
pub use headers::security_headers;
pub use input::{bounded, clean_input, Form, Query};
pub use once::FormOnce;
pub use pager::{Pager, PAGE_SIZE};

use crate::domain::Lang;
use crate::platform::auth::{self, CurrentUser};
use crate::platform::i18n;
use crate::platform::policy::{self, Action};
use crate::platform::AppState;

/// A small value passed from a template, however many references askama wrapped it in.
pub trait Val<T> {
    fn val(&self) -> T;
}

macro_rules! impl_val {
    ($($t:ty),*) => {$(
        impl Val<$t> for $t { fn val(&self) -> $t { *self } }
        impl Val<$t> for &$t { fn val(&self) -> $t { **self } }
        impl Val<$t> for &&$t { fn val(&self) -> $t { ***self } }
        impl Val<$t> for &&&$t { fn val(&self) -> $t { ****self } }
    )*};
}
impl_val!(i64, usize, Lang, DateTime<Utc>, chrono::NaiveDate);

/// A coordination as the page chrome shows it.
#[derive(Clone, Debug)]
pub struct CoordinationRef {
    pub id: i64,
    pub slug: String,
    pub name_fr: String,
    pub name_nl: String,
    /// `#rrggbb`, or empty for Socius's own colour.
    pub accent_colour: String,
    /// Names the current logo in its address; empty without one.
    pub logo_version: String,
}

pub struct LangLink {
    pub code: &'static str,
    pub endonym: &'static str,
    pub href: String,
    pub current: bool,
}

/// Everything the base layout needs; every page template has one as `page`.
pub struct PageCtx {
    pub lang: Lang,
    pub path_and_query: String,
    pub user: Option<CurrentUser>,
    pub csrf: String,
    pub flashes: Vec<Flash>,
    pub coordination: Option<CoordinationRef>,
    pub css_url: String,
    pub favicon_url: String,
    /// Marked when the page renders something for this reader alone (see [`cache`]).
    pub personal: cache::Personal,
}

/// The language segment that starts `path`, if any.
pub fn path_lang(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::parse(first).ok()
}

/// The reader's language for a request: its path, else `Accept-Language`.
pub fn request_lang(request: &Request) -> Lang {
    path_lang(request.uri().path()).unwrap_or_else(|| accept_language(request.headers()))
}

pub fn accept_language(headers: &axum::http::HeaderMap) -> Lang {
    Lang::negotiate(
        headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or(""),
    )
}

impl PageCtx {
    /// A new one-time key for a form that creates something (`forms::once`).
    pub fn once_key(&self) -> String {
        // The key is this reader's: a page holding it must not be served to anyone else.
        self.personal.mark();
        once::new_key()
    }

    /// A context with no session behind it (error pages).
    pub fn bare(state: &AppState, lang: Lang, path_and_query: &str) -> PageCtx {
        PageCtx {
            lang,
            path_and_query: path_and_query.to_string(),
            user: None,
            csrf: String::new(),
            flashes: Vec::new(),
            coordination: None,
            css_url: state.assets.css_url(),
            favicon_url: state.assets.favicon_url(),
            personal: cache::Personal::default(),
        }
    }

    pub fn with_coordination(mut self, coordination: CoordinationRef) -> Self {
        self.coordination = Some(coordination);
        self
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    /// Whether the page's address has `name=value` in its query string.
    pub fn query_says(&self, name: &str, value: &str) -> bool {
        self.query_values(name).iter().any(|v| v == value)
    }

    /// Every value of `name` in the page's query string, in order.
    pub fn query_values(&self, name: &str) -> Vec<String> {
        let query = self
            .path_and_query
            .split_once('?')
            .map_or("", |(_, query)| query);
        url::form_urlencoded::parse(query.as_bytes())
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.into_owned())
            .collect()
    }

    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        i18n::t_args(self.lang, key, &[(name, value)])
    }

    /// The message for `key` with `$count`, in the plural form the reader's language gives it;
    /// `$n` is the same number written with the language's grouping (`12 345`, `12.345`).
    pub fn tn(&self, key: &str, count: impl Val<usize>) -> String {
        let count = i64::try_from(count.val()).unwrap_or(i64::MAX);
        let written = i18n::format_integer(self.lang, count);
        i18n::t_count(self.lang, key, count, &[("n", &written)])
    }

    /// A platform URL in the reader's language: `href("/login")` → `/nl/login`.
    pub fn href(&self, rest: &str) -> String {
        format!("/{}{}", self.lang.code(), rest)
    }

    /// A URL inside `coordination`, in the reader's language: the one place a coordination's
    /// address is spelled (`url_in(&anderlecht, "/audit")` → `/fr/anderlecht/audit`).
    pub fn url_in(
        &self,
        coordination: &crate::platform::tenancy::Coordination,
        rest: &str,
    ) -> String {
        self.url_at(&coordination.slug, rest)
    }

    /// A URL inside the coordination `slug` names, in the reader's language.
    pub fn url_at(&self, slug: &str, rest: &str) -> String {
        format!("/{}/{slug}{rest}", self.lang.code())
    }

    /// A URL inside the current coordination: `chref("/audit")` → `/fr/anderlecht/audit`.
    pub fn chref(&self, rest: &str) -> String {
        match &self.coordination {
            Some(c) => self.url_at(&c.slug, rest),
            None => self.href(rest),
        }
    }

    pub fn coordination_name(&self) -> String {
        self.coordination
            .as_ref()
            .map(|c| self.lang.pick(&c.name_fr, &c.name_nl).to_string())
            .unwrap_or_default()
    }

    /// Links to this same page in each language.
    pub fn lang_links(&self) -> Vec<LangLink> {
        let rest = match path_lang(&self.path_and_query) {
            Some(_) => {
                let trimmed = self.path_and_query.trim_start_matches('/');
                trimmed
                    .find('/')
                    .map(|i| trimmed[i..].to_string())
                    .unwrap_or_else(|| "/".into())
            }
            None if self.path_and_query.starts_with('/') && self.path_and_query.len() > 1 => {
                self.path_and_query.clone()
            }
            None => "/".into(),
        };
        Lang::ALL
            .iter()
            .map(|&lang| LangLink {
                code: lang.code(),
                endonym: lang.endonym(),
                href: format!("/{}{}", lang.code(), rest),
                current: lang == self.lang,
            })
            .collect()
    }

    pub fn date(&self, at: impl Val<DateTime<Utc>>) -> String {
        i18n::format_date(self.lang, at.val())
    }

    pub fn datetime(&self, at: impl Val<DateTime<Utc>>) -> String {
        i18n::format_datetime(self.lang, at.val())
    }

    /// A calendar day written out in the page's language.
    /// The time of day in Brussels: `14:30`.
    pub fn time(&self, at: impl Val<DateTime<Utc>>) -> String {
        i18n::format_time(at.val())
    }

    pub fn day(&self, day: impl Val<chrono::NaiveDate>) -> String {
        i18n::format_day(self.lang, day.val())
    }

    /// A span of days written out: `du 21 au 28 décembre 2026`.
    pub fn days(
        &self,
        first: impl Val<chrono::NaiveDate>,
        last: impl Val<chrono::NaiveDate>,
    ) -> String {
        i18n::format_day_range(self.lang, first.val(), last.val())
    }

    /// What joins a label to its value, in the page's language (`Présents : `, `Aanwezig: `).
    pub fn colon(&self) -> &'static str {
        crate::platform::typography::colon(self.lang)
    }

    /// What separates the parts of a list whose parts hold commas.
    pub fn semicolon(&self) -> &'static str {
        crate::platform::typography::semicolon(self.lang)
    }

    pub fn number(&self, value: impl Val<i64>) -> String {
        i18n::format_integer(self.lang, value.val())
    }

    /// Whether `user_id` is the reader's own account.
    pub fn is_me(&self, user_id: &i64) -> bool {
        self.user.as_ref().is_some_and(|u| u.id == *user_id)
    }

    /// Whether the current user may do `action` in the current coordination (for navigation only:
    /// handlers check permissions themselves).
    pub fn can(&self, action: &str) -> bool {
        let Some(action) = Action::from_name(action) else {
            return false;
        };
        policy::allows(
            self.user.as_ref(),
            action,
            self.coordination.as_ref().map(|c| c.id),
        )
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::Internal(anyhow::anyhow!("session layer missing")))?;
        if let Ok(params) = RawPathParams::from_request_parts(parts, state).await {
            if params
                .iter()
                .any(|(name, value)| name == "lang" && Lang::parse(value).is_err())
            {
                return Err(AppError::NotFound);
            }
        }
        let user = auth::current_user(parts, state).await?;
        let lang = path_lang(parts.uri.path())
            .or(user.as_ref().map(|u| u.lang))
            .unwrap_or_else(|| accept_language(&parts.headers));
        let csrf = csrf::page_token(&session, state, user.is_some()).await?;
        let flashes = forms::take_flashes(&session).await?;
        Ok(PageCtx {
            lang,
            path_and_query: parts
                .uri
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_else(|| "/".into()),
            user,
            csrf,
            flashes,
            coordination: None,
            css_url: state.assets.css_url(),
            favicon_url: state.assets.favicon_url(),
            personal: parts
                .extensions
                .get::<cache::Personal>()
                .cloned()
                .unwrap_or_default(),
        })
    }
}

/// A route written `/{lang}/…` answers only for the three languages: without this, `{lang}` would
/// match any first segment (`/api/…`, `/static/…`) and give pages addresses outside their tree.
pub async fn known_language(
    matched: Option<axum::extract::MatchedPath>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    let has_lang_segment = matched.is_some_and(|m| m.as_str().starts_with("/{lang}"));
    if has_lang_segment && path_lang(request.uri().path()).is_none() {
        return AppError::NotFound.into_response();
    }
    next.run(request).await
}

/// What a handler of a coordination's page (`/{lang}/{coord}/…`) starts from: the page context
/// with the coordination set, the coordination, the session, and the URLs inside it — so a
/// handler takes only its own ids (`Path(Id { id })`) and builds no URL by hand.
pub struct CoordPage {
    pub page: PageCtx,
    pub coordination: crate::platform::tenancy::Coordination,
    pub session: Session,
}

impl FromRequestParts<AppState> for CoordPage {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let page = PageCtx::from_request_parts(parts, state).await?;
        let crate::platform::tenancy::CoordPath(coordination) =
            crate::platform::tenancy::CoordPath::from_request_parts(parts, state).await?;
        let session = Session::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::Internal(anyhow::anyhow!("session layer missing")))?;
        Ok(CoordPage {
            page: page.with_coordination(coordination.as_ref()),
            coordination,
            session,
        })
    }
}

impl CoordPage {
    /// A URL inside this coordination, in the reader's language: `url("/audit")`.
    pub fn url(&self, rest: &str) -> String {
        self.page.chref(rest)
    }

    /// POST/redirect/GET to `rest` inside this coordination with a success message.
    pub async fn done(
        &self,
        key: crate::domain::MessageKey,
        rest: &str,
    ) -> Result<Response, AppError> {
        redirect_with_flash(&self.session, FlashKind::Success, key, &self.url(rest)).await
    }
}

/// The `{id}` segment of a route, read by name so a handler never reads `{lang}` and `{coord}`
/// again (the extractors have): `Path(Id { id })`.
#[derive(Debug, serde::Deserialize)]
pub struct Id {
    pub id: i64,
}

/// A record's `{id}` and one of its parts (`{item}`, `{seat}`, `{document}`, `{user}`, …):
/// `Path(Part { id, part: seat })`.
#[derive(Debug, serde::Deserialize)]
pub struct Part {
    pub id: i64,
    #[serde(
        alias = "item",
        alias = "seat",
        alias = "document",
        alias = "user",
        alias = "contact",
        alias = "signal"
    )]
    pub part: i64,
}

/// A record's `{id}` and a word after it (`{step}`, `{format}`): `Path(IdWord { id, word })`.
#[derive(Debug, serde::Deserialize)]
pub struct IdWord {
    pub id: i64,
    #[serde(alias = "step", alias = "format")]
    pub word: String,
}

/// The one word a route names after the coordination (`{token}`, `{file}`, `{format}`).
#[derive(Debug, serde::Deserialize)]
pub struct Word {
    #[serde(alias = "token", alias = "file", alias = "format")]
    pub word: String,
}

/// Renders a page template.
pub fn render(template: &impl Template) -> Result<Html<String>, AppError> {
    Ok(Html(template.render()?))
}

/// Renders a form again with what the user typed and why it was refused.
pub fn render_invalid(template: &impl Template) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(template)?).into_response())
}

/// Renders a public form again, as typed, because its sender is over the rate limit: 429 with the
/// wait in `Retry-After`, the message in the form's summary and nothing typed lost.
pub fn render_rate_limited(template: &impl Template) -> Result<Response, AppError> {
    let mut response = (StatusCode::TOO_MANY_REQUESTS, render(template)?).into_response();
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from_static("60"),
    );
    Ok(response)
}

/// Where to go after signing in: only a path on this site, never another host.
pub fn safe_next(next: &str, fallback: String) -> Redirect {
    Redirect::to(if is_local_path(next) { next } else { &fallback })
}

/// Whether `next` is a path of this site and nothing else: it starts with one `/`, holds no
/// backslash and no control character (browsers drop tabs and newlines from a URL, so `/\t/evil`
/// would become `//evil`), and resolving it against this site stays on this site.
pub fn is_local_path(next: &str) -> bool {
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    plain
        && url::Url::parse("http://socius.invalid/")
            .and_then(|base| base.join(next))
            .is_ok_and(|joined| joined.host_str() == Some("socius.invalid"))
}

/// POST/redirect/GET with a one-time message.
pub async fn redirect_with_flash(
    session: &Session,
    kind: FlashKind,
    key: crate::domain::MessageKey,
    to: &str,
) -> Result<Response, AppError> {
    flash(session, kind, key).await?;
    Ok(Redirect::to(to).into_response())
}

/// POST/redirect/GET to `to` with a success message that says how many (`key` takes `$count`).
pub async fn redirect_with_count(
    session: &Session,
    key: crate::domain::MessageKey,
    count: usize,
    to: &str,
) -> Result<Response, AppError> {
    forms::flash_count(session, key, count).await?;
    Ok(Redirect::to(to).into_response())
}

/// How most form handlers end: the change's audit entry in its transaction, the commit, then
/// POST/redirect/GET with a success message.
pub async fn commit_audited(
    mut tx: crate::platform::db::Tx,
    entry: crate::platform::audit::AuditEntry<'_>,
    session: &Session,
    key: crate::domain::MessageKey,
    to: &str,
) -> Result<Response, AppError> {
    crate::platform::audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    redirect_with_flash(session, FlashKind::Success, key, to).await
}

/// [`commit_audited`] for a form with a one-time key: its answer is kept, so the same form
/// submitted again gets it instead of a second change (the key was claimed in `tx` first).
pub async fn commit_audited_once(
    mut tx: crate::platform::db::Tx,
    once: &FormOnce,
    entry: crate::platform::audit::AuditEntry<'_>,
    key: crate::domain::MessageKey,
    to: &str,
) -> Result<Response, AppError> {
    once.answer(&mut tx, to, key).await?;
    commit_audited(tx, entry, once.session(), key, to).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(path: &str) -> PageCtx {
        PageCtx {
            lang: Lang::Fr,
            path_and_query: path.into(),
            user: None,
            csrf: String::new(),
            flashes: vec![],
            coordination: None,
            css_url: String::new(),
            favicon_url: String::new(),
            personal: cache::Personal::default(),
        }
    }

    #[test]
    fn only_paths_of_this_site_are_followed_after_sign_in() {
        for local in ["/fr/anderlecht/dashboard", "/fr/x?next=http://a.b", "/"] {
            assert!(is_local_path(local), "{local}");
        }
        // As the handler receives them: `next=/%09/evil.example` arrives decoded as "/\t/…".
        for foreign in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\r\nSet-Cookie: x=1",
            "https://evil.example",
            "evil.example",
            "",
            "/\u{7f}/evil",
        ] {
            assert!(!is_local_path(foreign), "{foreign:?}");
        }
    }

    #[test]
    fn language_links_keep_the_reader_on_the_same_page() {
        let hrefs: Vec<String> = ctx("/fr/anderlecht/audit?page=2")
            .lang_links()
            .into_iter()
            .map(|l| l.href)
            .collect();
        assert_eq!(
            hrefs,
            [
                "/fr/anderlecht/audit?page=2",
                "/nl/anderlecht/audit?page=2",
                "/en/anderlecht/audit?page=2"
            ]
        );
        let root: Vec<String> = ctx("/").lang_links().into_iter().map(|l| l.href).collect();
        assert_eq!(root, ["/fr/", "/nl/", "/en/"]);
        assert_eq!(ctx("/nl").lang_links()[2].href, "/en/");
    }
}
