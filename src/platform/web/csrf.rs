//! CSRF protection. Every state-changing form sends a token back as `_csrf` (or, for multipart
//! uploads, the `X-CSRF-Token` header or a `_csrf` query parameter):
//! - a signed-in person's is random and kept in their session;
//! - a visitor's is signed ([`signing`]) with an expiry and kept nowhere, so reading public pages
//!   and filling their forms creates no session and sets no cookie. As it is not bound to one
//!   visitor, the request must also come from our own pages: its `Origin` (or, when a browser
//!   sends none, its `Sec-Fetch-Site`) names this site.
//!
//! The check wraps each page route ([`PageRouter::page`]) only: the JSON API is a router of its own
//! that authenticates with bearer tokens, never cookies, so it needs no CSRF token — and no page
//! escapes the check by its path (`/api/account/language` is a page whose `{lang}` is not a
//! language, so a 404).

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderMap, Method};
use axum::middleware::{from_fn, Next};
use axum::response::Response;
use axum::routing::MethodRouter;
use axum::Extension;
use axum::Router;
use rand::RngCore;
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use super::{once, AppError};
use crate::platform::signing::ServerKey;
use crate::platform::{auth, AppState};

const SESSION_KEY: &str = "csrf";
pub const FIELD: &str = "_csrf";
const HEADER: &str = "x-csrf-token";
/// Forms are small; uploads use multipart and are not buffered here.
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

/// How long a visitor's form stays valid: a day, for the longest public form filled slowly.
const VISITOR_TOKEN_SECONDS: i64 = 24 * 3600;
const VISITOR_PURPOSE: &str = "csrf";

/// The token a page's forms carry: the session's for a signed-in person, a signed one otherwise.
pub async fn page_token(
    session: &Session,
    state: &AppState,
    signed_in: bool,
) -> Result<String, AppError> {
    if signed_in {
        return csrf_token(session).await;
    }
    let key = state.keys.get(&state.db).await?;
    Ok(visitor_token(key, chrono::Utc::now().timestamp()))
}

/// `{expiry}.{signature}`: valid until `expiry` (Unix seconds), for anyone.
fn visitor_token(key: &ServerKey, now: i64) -> String {
    let expiry = (now + VISITOR_TOKEN_SECONDS).to_string();
    let signature = key.sign(VISITOR_PURPOSE, &expiry);
    format!("{expiry}.{signature}")
}

fn visitor_token_valid(key: &ServerKey, token: &str, now: i64) -> bool {
    let Some((expiry, signature)) = token.split_once('.') else {
        return false;
    };
    let unexpired = expiry.parse::<i64>().is_ok_and(|e| now <= e);
    unexpired && key.verify(VISITOR_PURPOSE, expiry, signature)
}

/// Whether a visitor's request comes from this site's own pages. Browsers send `Origin` with every
/// form they post, and `Sec-Fetch-Site` besides; a client that sends neither is no browser, and
/// carries no visitor's cookies a forged request could abuse. The origin is ours when it is the
/// configured address's, or the address the request itself was sent to (`Host`: the demo opened
/// as `localhost` rather than `127.0.0.1`); a forged form is posted from another site's.
fn from_our_pages(headers: &HeaderMap, base_url: &str) -> bool {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(origin) = value("origin") {
        let Ok(origin) = url::Url::parse(origin) else {
            return false;
        };
        let configured =
            url::Url::parse(base_url).is_ok_and(|ours| ours.origin() == origin.origin());
        let authority = |url: &url::Url| match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            _ => String::new(),
        };
        let addressed = value("host")
            .is_some_and(|host| !host.is_empty() && host.eq_ignore_ascii_case(&authority(&origin)));
        return configured || addressed;
    }
    match value("sec-fetch-site") {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => true,
    }
}

/// A signed-in person's token, kept in their session (made at the first page after sign-in).
pub async fn csrf_token(session: &Session) -> Result<String, AppError> {
    if let Some(token) = session.get::<String>(SESSION_KEY).await? {
        return Ok(token);
    }
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    session.insert(SESSION_KEY, &token).await?;
    Ok(token)
}

/// Drops the session's token, so the next page rendered gets a new one (at sign-in).
pub async fn forget_csrf_token(session: &Session) -> Result<(), AppError> {
    session.remove::<String>(SESSION_KEY).await?;
    Ok(())
}

pub async fn verify_csrf(
    session: Session,
    Extension(state): Extension<AppState>,
    mut request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if safe {
        return Ok(next.run(request).await);
    }
    let kept = session.get::<String>(SESSION_KEY).await?;
    let signed_in = auth::signed_in(&session).await?;
    let from_our_pages = from_our_pages(request.headers(), state.config.base_url());
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let (request, given) = if is_form {
        let (parts, body) = request.into_parts();
        let bytes = to_bytes(body, MAX_FORM_BYTES)
            .await
            .map_err(|_| AppError::BadRequest("error-too-large"))?;
        let mut given = None;
        let mut request = Request::from_parts(parts, Body::from(bytes.clone()));
        for (name, value) in url::form_urlencoded::parse(&bytes) {
            match name.as_ref() {
                FIELD if given.is_none() => given = Some(value.into_owned()),
                once::FIELD => carry_once(&mut request, &value),
                _ => {}
            }
        }
        (request, given)
    } else {
        // Multipart uploads are streamed to their handler, so a form without JavaScript sends the
        // token in its action's query string (pages are served with `Referrer-Policy: same-origin`).
        let given = request
            .headers()
            .get(HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .or_else(|| query_field(&request, FIELD));
        if let Some(key) = query_field(&request, once::FIELD) {
            carry_once(&mut request, &key);
        }
        (request, given)
    };
    let Some(given) = given else {
        return Err(AppError::Csrf);
    };
    let matches_session =
        kept.is_some_and(|kept| bool::from(given.as_bytes().ct_eq(kept.as_bytes())));
    // A signed-in person's forms carry their session's token; a visitor's, a signed one.
    let accepted = matches_session
        || (!signed_in && from_our_pages && {
            let key = state.keys.get(&state.db).await?;
            visitor_token_valid(key, &given, chrono::Utc::now().timestamp())
        });
    if accepted {
        Ok(next.run(request).await)
    } else {
        Err(AppError::Csrf)
    }
}

fn query_field(request: &Request, field: &str) -> Option<String> {
    url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
        .find(|(name, _)| name == field)
        .map(|(_, value)| value.into_owned())
}

/// Hands the form's one-time key to its handler (see [`once`]), as this check reads the form anyway.
fn carry_once(request: &mut Request, given: &str) {
    if let Some(key) = once::parse(given) {
        request.extensions_mut().insert(key);
    }
}

/// The routes of pages people read and post to. Each method a route handles checks the CSRF token
/// of state-changing requests; a method it does not handle gets the router's 405 before any check
/// (a router-wide layer would answer a forged DELETE with 403 instead).
pub trait PageRouter {
    fn page(self, path: &str, methods: MethodRouter<AppState>) -> Self;
}

impl PageRouter for Router<AppState> {
    fn page(self, path: &str, methods: MethodRouter<AppState>) -> Self {
        self.route(path, methods.route_layer(from_fn(verify_csrf)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visitor_token_holds_a_day_and_cannot_be_forged() {
        let key = ServerKey::for_tests([3; 32]);
        let now = 1_800_000_000;
        let token = visitor_token(&key, now);
        assert!(visitor_token_valid(&key, &token, now));
        assert!(visitor_token_valid(
            &key,
            &token,
            now + VISITOR_TOKEN_SECONDS
        ));
        assert!(!visitor_token_valid(
            &key,
            &token,
            now + VISITOR_TOKEN_SECONDS + 1
        ));
        let (_, signature) = token.split_once('.').unwrap();
        let extended = format!("{}.{signature}", now + 10 * VISITOR_TOKEN_SECONDS);
        assert!(
            !visitor_token_valid(&key, &extended, now),
            "the expiry is signed"
        );
        assert!(!visitor_token_valid(
            &ServerKey::for_tests([4; 32]),
            &token,
            now
        ));
        assert!(!visitor_token_valid(&key, "", now));
    }

    #[test]
    fn a_visitor_request_must_come_from_our_pages() {
        let base = "https://socius.example";
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, value.parse().unwrap());
            }
            map
        };
        assert!(from_our_pages(
            &headers(&[("origin", "https://socius.example")]),
            base
        ));
        assert!(!from_our_pages(
            &headers(&[("origin", "https://evil.example")]),
            base
        ));
        assert!(!from_our_pages(&headers(&[("origin", "null")]), base));
        assert!(!from_our_pages(
            &headers(&[("origin", "http://socius.example")]),
            base
        ));
        assert!(from_our_pages(
            &headers(&[
                ("origin", "http://localhost:8080"),
                ("host", "localhost:8080")
            ]),
            base
        ));
        assert!(!from_our_pages(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "socius.example")
            ]),
            base
        ));
        assert!(from_our_pages(
            &headers(&[("sec-fetch-site", "same-origin")]),
            base
        ));
        assert!(!from_our_pages(
            &headers(&[("sec-fetch-site", "cross-site")]),
            base
        ));
        assert!(from_our_pages(&headers(&[]), base), "not a browser");
    }
}
