//! HTTP caching of the pages visitors read. A visitor's GET of a page (no session cookie, no
//! credentials) gets an `ETag` made of this build, the version of what the page shows
//! (`platform::content_version`), the quarter-hour (pages show what is open now, today's hours, the next
//! meetings) and the language; `If-None-Match` with it is answered `304` without rendering, and
//! the page may be kept `max-age` seconds by browsers and shared caches. Signed-in pages, pages
//! reached by a personal link (a `{token}` in the route), pages holding a form bound to one
//! visitor (a one-time key, [`Personal`]) and anything but a 200 HTML page stay `no-store`.
//!
//! The pages so marked are also kept in memory ([`Pages`]), by address and language, with the
//! `ETag` they were rendered under: the next visitor's read is answered from there while the tag
//! is current — no query, no template — and rendered again once what the page shows has changed.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::request_lang;
use crate::domain::Lang;
use crate::platform::{AppState, VERSION};

/// Set while a page renders something meant for one visitor only (a form's one-time key): the
/// page is then not cached.
#[derive(Clone, Debug, Default)]
pub struct Personal(Arc<AtomicBool>);

impl Personal {
    pub fn mark(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    fn is_marked(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// The most memory rendered pages take (the benchmark's peak-memory target counts it).
const PAGES_BYTES: u64 = 32 * 1024 * 1024;
/// A page larger than this is rendered each time rather than kept.
const LARGEST_PAGE: u64 = 1024 * 1024;

/// A page as rendered for visitors, and the tag it was rendered under.
struct Rendered {
    tag: String,
    headers: HeaderMap,
    body: Bytes,
}

/// Rendered public pages by address (with its query) and language. An entry whose tag is no
/// longer current is never served; the size bound evicts it (moka keeps what is read often).
pub struct Pages(moka::sync::Cache<(String, Lang), Arc<Rendered>>);

impl Default for Pages {
    fn default() -> Self {
        Pages(
            moka::sync::Cache::builder()
                .max_capacity(PAGES_BYTES)
                .weigher(|(address, _): &(String, Lang), page: &Arc<Rendered>| {
                    u32::try_from(address.len() + page.body.len()).unwrap_or(u32::MAX)
                })
                .build(),
        )
    }
}

pub async fn public_pages(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    mut request: Request,
    next: Next,
) -> Response {
    let personal_link = matched.is_some_and(|m| m.as_str().contains("{token}"));
    if !is_visitor_read(&request) || personal_link {
        return next.run(request).await;
    }
    let snapshot = match state.versions.current(&state.db).await {
        Ok(snapshot) => snapshot,
        Err(err) => {
            tracing::warn!(error = ?err, "cannot read the content versions");
            return next.run(request).await;
        }
    };
    let tag = etag(
        snapshot.of_path(request.uri().path()),
        Utc::now(),
        request_lang(&request),
    );
    let max_age = state.config.public_max_age_seconds;
    if asks_for(request.headers(), &tag) {
        let mut unchanged = StatusCode::NOT_MODIFIED.into_response();
        mark_public(unchanged.headers_mut(), &tag, max_age);
        return unchanged;
    }
    let key = (
        request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_string(), |p| p.as_str().to_string()),
        request_lang(&request),
    );
    if let Some(page) = state.pages.0.get(&key).filter(|page| page.tag == tag) {
        let mut kept = Response::new(Body::from(page.body.clone()));
        *kept.headers_mut() = page.headers.clone();
        return kept;
    }
    let keep = request.method() == Method::GET;
    let personal = Personal::default();
    request.extensions_mut().insert(personal.clone());
    let mut response = next.run(request).await;
    let headers = response.headers();
    let html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let shareable = response.status() == StatusCode::OK
        && html
        && !personal.is_marked()
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CACHE_CONTROL);
    if !shareable {
        return response;
    }
    mark_public(response.headers_mut(), &tag, max_age);
    let small = response
        .body()
        .size_hint()
        .exact()
        .is_some_and(|size| size <= LARGEST_PAGE);
    if !keep || !small {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, LARGEST_PAGE as usize).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let page = Rendered {
        tag,
        headers: parts.headers.clone(),
        body: body.clone(),
    };
    state.pages.0.insert(key, Arc::new(page));
    Response::from_parts(parts, Body::from(body))
}

/// A read by someone who is no one in particular: no session, no credentials.
fn is_visitor_read(request: &Request) -> bool {
    let reading = matches!(*request.method(), Method::GET | Method::HEAD);
    let headers = request.headers();
    let has_session = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|cookies| cookies.contains("socius_session="));
    reading
        && !has_session
        && !headers.contains_key(header::AUTHORIZATION)
        && !request.uri().path().starts_with("/static/")
}

/// Weak: the bytes differ from one rendering to the next (a form's signed token), what they say
/// does not.
fn etag(version: i64, now: DateTime<Utc>, lang: Lang) -> String {
    let quarter_hour = now.timestamp().div_euclid(15 * 60);
    let digest = Sha256::digest(format!(
        "{VERSION}|{version}|{quarter_hour}|{}",
        lang.code()
    ));
    format!("W/\"{}\"", hex::encode(&digest[..12]))
}

fn asks_for(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|given| given.trim() == tag || given.trim() == "*")
}

fn mark_public(headers: &mut HeaderMap, tag: &str, max_age: u32) {
    if let Ok(tag) = HeaderValue::from_str(tag) {
        headers.insert(header::ETAG, tag);
    }
    if let Ok(control) = HeaderValue::from_str(&format!("public, max-age={max_age}")) {
        headers.insert(header::CACHE_CONTROL, control);
    }
    // A person who signs in must not be shown the visitor's copy; a page without a language in
    // its address follows the browser's.
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_etag_follows_the_version_the_quarter_hour_and_the_language() {
        let at = |h: u32, m: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 12, 7)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap()
                .and_utc()
        };
        let tag = etag(7, at(10, 1), Lang::Fr);
        assert_eq!(tag, etag(7, at(10, 14), Lang::Fr));
        assert_ne!(tag, etag(7, at(10, 15), Lang::Fr), "a new quarter-hour");
        assert_ne!(tag, etag(8, at(10, 1), Lang::Fr));
        assert_ne!(tag, etag(7, at(10, 1), Lang::Nl));
        let mut headers = HeaderMap::new();
        headers.insert(
            header::IF_NONE_MATCH,
            format!("W/\"x\", {tag}").parse().unwrap(),
        );
        assert!(asks_for(&headers, &tag));
        assert!(!asks_for(&headers, &etag(8, at(10, 1), Lang::Fr)));
    }
}
