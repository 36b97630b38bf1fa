//! CSRF protection: a random token per session, sent back by every state-changing form as `_csrf`
//! (or, for multipart uploads, the `X-CSRF-Token` header or a `_csrf` query parameter). The check
//! wraps each page route ([`PageRouter::page`]) only: the JSON API is a router of its own that authenticates
//! with bearer tokens, never cookies, so it needs no CSRF token — and no page escapes the check by
//! its path (`/api/account/language` is a page whose `{lang}` is not a language, so a 404).

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, Method};
use axum::middleware::{from_fn, Next};
use axum::response::Response;
use axum::routing::MethodRouter;
use axum::Router;
use rand::RngCore;
use subtle::ConstantTimeEq;
use tower_sessions::Session;

use super::{once, AppError};
use crate::platform::AppState;

const SESSION_KEY: &str = "csrf";
pub const FIELD: &str = "_csrf";
const HEADER: &str = "x-csrf-token";
/// Forms are small; uploads use multipart and are not buffered here.
const MAX_FORM_BYTES: usize = 2 * 1024 * 1024;

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
    let expected = session
        .get::<String>(SESSION_KEY)
        .await?
        .ok_or(AppError::Csrf)?;
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
    match given {
        Some(given) if bool::from(given.as_bytes().ct_eq(expected.as_bytes())) => {
            Ok(next.run(request).await)
        }
        _ => Err(AppError::Csrf),
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
