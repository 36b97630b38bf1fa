//! Control characters in what people send. Nobody types a NUL, a bell or an escape, yet they arrive
//! (pasted from another program, or sent on purpose) and PostgreSQL refuses a NUL in text — a
//! server error — where SQLite would store it and every export carry it on. So before any handler
//! reads a request, the control characters other than tab, line feed and carriage return are
//! removed from its query string and its form body: once, here, for every page and the API. A JSON
//! body is the API's, whose document says what a text may hold: its handler refuses what the
//! document excludes (a page's text) or cleans what it reads as a file (an HSDS import, with
//! [`clean_json`]), so what the API does with a body is what its document says. Multipart uploads
//! stream to their handlers untouched (files are bytes); text they hold goes through [`clean`] or
//! [`clean_json`] in their handler.

use std::borrow::Cow;

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, Uri};
use axum::middleware::Next;
use axum::response::Response;

use super::AppError;

/// Form and JSON bodies are small; larger ones are uploads (multipart) and not read here.
const MAX_READ_BYTES: usize = 2 * 1024 * 1024;

fn unwanted(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The text without its unwanted control characters (borrowed when it had none).
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().any(unwanted) {
        Cow::Owned(text.chars().filter(|c| !unwanted(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// `name=value&…` with every name and value cleaned; `None` when nothing needed it.
fn clean_pairs(encoded: &[u8]) -> Option<String> {
    let pairs: Vec<(Cow<str>, Cow<str>)> = url::form_urlencoded::parse(encoded).collect();
    let dirty = pairs
        .iter()
        .any(|(name, value)| name.chars().chain(value.chars()).any(unwanted));
    dirty.then(|| {
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter().map(|(n, v)| (clean(n), clean(v))))
            .finish()
    })
}

/// Cleans every string (and key) of a JSON value in place: API bodies here, uploaded JSON files
/// (HSDS imports) in their handler. True when something was removed.
pub fn clean_json(value: &mut serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(text) => match clean(text) {
            Cow::Owned(cleaned) => {
                *text = cleaned;
                true
            }
            Cow::Borrowed(_) => false,
        },
        serde_json::Value::Array(items) => items.iter_mut().fold(false, |d, v| clean_json(v) | d),
        serde_json::Value::Object(fields) => {
            let keys_dirty = fields.keys().any(|k| k.chars().any(unwanted));
            if keys_dirty {
                let taken = std::mem::take(fields);
                fields.extend(taken.into_iter().map(|(k, v)| (clean(&k).into_owned(), v)));
            }
            fields
                .values_mut()
                .fold(keys_dirty, |d, v| clean_json(v) | d)
        }
        _ => false,
    }
}

fn with_query(uri: &Uri, query: &str) -> Result<Uri, AppError> {
    let path_and_query = format!("{}?{query}", uri.path());
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = Some(
        path_and_query
            .parse()
            .map_err(|_| AppError::BadRequest("error-bad-request"))?,
    );
    Uri::from_parts(parts).map_err(|_| AppError::BadRequest("error-bad-request"))
}

pub async fn clean_input(mut request: Request, next: Next) -> Result<Response, AppError> {
    if let Some(cleaned) = request
        .uri()
        .query()
        .and_then(|q| clean_pairs(q.as_bytes()))
    {
        *request.uri_mut() = with_query(request.uri(), &cleaned)?;
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Ok(next.run(request).await);
    }
    let (mut parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_READ_BYTES)
        .await
        .map_err(|_| AppError::BadRequest("error-too-large"))?;
    let cleaned = clean_pairs(&bytes).map(String::into_bytes);
    let body = match cleaned {
        Some(cleaned) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Body::from(cleaned)
        }
        None => Body::from(bytes),
    };
    Ok(next.run(Request::from_parts(parts, body)).await)
}

/// A form body as a struct, like `axum::Form`, with one difference people notice: a field sent
/// twice (`name=A&name=B`, from a crafted or a doubly-rendered form) is read as its first value,
/// as a browser's form never sends one field twice, instead of a page that says nothing of the
/// form. What the fields say is then checked by the handler, beside each field.
pub struct Form<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for Form<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|_| AppError::BadRequest("error-too-large"))?;
        if let Ok(value) = serde_urlencoded::from_bytes::<T>(&bytes) {
            return Ok(Form(value));
        }
        let mut seen = std::collections::HashSet::new();
        let first_of_each: Vec<(String, String)> = url::form_urlencoded::parse(&bytes)
            .filter(|(name, _)| seen.insert(name.to_string()))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        let deduplicated = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&first_of_each)
            .finish();
        serde_urlencoded::from_str::<T>(&deduplicated)
            .map(Form)
            .map_err(|_| AppError::BadRequest("error-bad-request"))
    }
}

/// An API's query string as a struct, like `axum::extract::Query`, refused as the API refuses
/// anything (400 with a JSON error that names no internals) when a value is not what the OpenAPI
/// document says: an unknown word, a number that is not one.
pub struct Query<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Query<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        serde_urlencoded::from_str(parts.uri.query().unwrap_or(""))
            .map(Query)
            .map_err(|_| AppError::BadRequest("error-query-invalid"))
    }
}

/// A number a query may give, within the bounds its OpenAPI document states: outside them the
/// request is refused, never silently clamped, so what a script asked is what it gets.
pub fn bounded(value: Option<i64>, (min, max): (i64, i64)) -> Result<Option<i64>, AppError> {
    match value {
        Some(n) if !(min..=max).contains(&n) => Err(AppError::BadRequest("error-query-invalid")),
        value => Ok(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_go_and_line_breaks_stay() {
        assert_eq!(clean("a\u{0}b\u{7}c\u{1b}[0m\u{85}d"), "abc[0md");
        assert_eq!(clean("ligne 1\r\nligne 2\tfin"), "ligne 1\r\nligne 2\tfin");
        assert!(matches!(clean("rien à enlever"), Cow::Borrowed(_)));
    }

    #[test]
    fn forms_and_json_are_cleaned_only_when_needed() {
        assert_eq!(
            clean_pairs(b"name=A%00B&x=1").as_deref(),
            Some("name=AB&x=1")
        );
        assert_eq!(clean_pairs(b"name=A+B&x=%C3%A9"), None);
        let mut value = serde_json::json!({ "name\u{0}": ["a\u{0}", 1, { "b": "c\u{1}" }] });
        assert!(clean_json(&mut value));
        assert_eq!(value, serde_json::json!({ "name": ["a", 1, { "b": "c" }] }));
    }
}
