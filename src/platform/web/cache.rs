//! HTTP caching of the pages visitors read. A visitor's GET of a page (no session cookie, no
//! credentials) gets an `ETag` made of this build, the version of what the page shows
//! (`platform::content_version`), the quarter-hour (pages show what is open now, today's hours, the next
//! meetings) and the language; `If-None-Match` with it is answered `304` without rendering, and
//! the page may be kept `max-age` seconds by browsers and shared caches. Signed-in pages, pages
//! reached by a personal link (a `{token}` in the route), pages holding a form bound to one
//! visitor (a one-time key, [`Personal`]) and anything but a 200 HTML page stay `no-store`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

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
    if shareable {
        mark_public(response.headers_mut(), &tag, max_age);
    }
    response
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
