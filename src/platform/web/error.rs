//! One error type for every handler. `into_response` only records what went wrong; the
//! [`render_errors`] middleware, which knows the route kind and the reader's language, turns it into
//! an HTML page or a JSON body. Internal causes are logged, never shown.

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::domain::MessageKey;
use crate::platform::auth;
use crate::platform::i18n::t;
use crate::platform::web::{csrf_token, FieldErrors, PageCtx};
use crate::platform::AppState;
use tower_sessions::Session;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("authentication required")]
    Unauthenticated,
    #[error("missing or invalid CSRF token")]
    Csrf,
    #[error("rate limited")]
    RateLimited,
    #[error("bad request: {0}")]
    BadRequest(MessageKey),
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    /// A failure of Socius itself: logged, never shown.
    pub fn internal(err: impl Into<anyhow::Error>) -> AppError {
        AppError::Internal(err.into())
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        AppError::Internal(err.into())
    }
}

impl From<tower_sessions::session::Error> for AppError {
    fn from(err: tower_sessions::session::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("session: {err}"))
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Internal(err.into())
    }
}

/// What an error response carries to [`render_errors`].
#[derive(Clone, Debug)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub message_key: MessageKey,
    pub fields: FieldErrors,
}

impl AppError {
    fn parts(&self) -> (StatusCode, &'static str, MessageKey) {
        match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "not_found", "error-not-found"),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "forbidden", "error-forbidden"),
            AppError::Unauthenticated => (
                StatusCode::UNAUTHORIZED,
                "unauthenticated",
                "error-unauthenticated",
            ),
            AppError::Csrf => (StatusCode::FORBIDDEN, "csrf", "error-csrf"),
            AppError::RateLimited => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "error-rate-limited",
            ),
            AppError::BadRequest(key) => (StatusCode::BAD_REQUEST, "bad_request", key),
            AppError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid", "error-invalid"),
            AppError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "error-internal",
            ),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(error = ?cause, "internal error");
        }
        let (status, code, message_key) = self.parts();
        let fields = match self {
            AppError::Invalid(fields) => fields,
            _ => FieldErrors::default(),
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorInfo {
            code,
            message_key,
            fields,
        });
        if status == StatusCode::TOO_MANY_REQUESTS {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        }
        response
    }
}

#[derive(Template)]
#[template(path = "platform/web/error.html")]
struct ErrorPage {
    page: PageCtx,
    status: u16,
    message: String,
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

pub async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_default();
    let lang = crate::platform::web::request_lang(&request);
    let session = request.extensions().get::<Session>().cloned();
    let mut response = next.run(request).await;
    let info = match response.extensions_mut().remove::<ErrorInfo>() {
        Some(info) => info,
        None => match framework_error(&response) {
            Some(info) => info,
            None => return response,
        },
    };
    let status = response.status();
    if is_api(&path) {
        let fields: serde_json::Map<String, serde_json::Value> = info
            .fields
            .iter()
            .map(|(field, key)| (field.to_string(), t(lang, key).into()))
            .collect();
        let body = serde_json::json!({
            "error": { "code": info.code, "message": t(lang, info.message_key), "fields": fields }
        });
        let mut json = (status, axum::Json(body)).into_response();
        copy_retry_after(&response, &mut json);
        return json;
    }
    if status == StatusCode::UNAUTHORIZED {
        let next =
            url::form_urlencoded::byte_serialize(path_and_query.as_bytes()).collect::<String>();
        return Redirect::to(&format!("/{}/login?next={next}", lang.code())).into_response();
    }
    let mut page = PageCtx::bare(&state, lang, &path_and_query);
    if let Some(coordination) = crate::platform::tenancy::of_path(&state.db, &path).await {
        page = page.with_coordination(coordination.as_ref());
    }
    if let Some(session) = session {
        // Keep the page chrome of a signed-in person (their name, the sign-out button).
        if let Ok(Some(user)) = auth::user_from_session(&session, &state).await {
            page.user = Some(user);
            page.csrf = csrf_token(&session).await.unwrap_or_default();
        }
    }
    let page = ErrorPage {
        page,
        status: status.as_u16(),
        message: t(lang, info.message_key),
    };
    let html = match page.render() {
        Ok(html) => html,
        Err(err) => {
            tracing::error!(error = ?err, "cannot render the error page");
            t(lang, info.message_key)
        }
    };
    let mut rendered = (status, Html(html)).into_response();
    copy_retry_after(&response, &mut rendered);
    rendered
}

fn copy_retry_after(from: &Response, to: &mut Response) {
    if let Some(value) = from.headers().get(header::RETRY_AFTER) {
        to.headers_mut().insert(header::RETRY_AFTER, value.clone());
    }
}

/// Errors produced outside our handlers (unknown method, body too large, an extractor's rejection):
/// empty or plain-text bodies that may name internals. Our own pages with an error status (a form
/// re-rendered with 422) are HTML and pass through.
fn framework_error(response: &Response) -> Option<ErrorInfo> {
    let status = response.status();
    let plain = match response.headers().get(header::CONTENT_TYPE) {
        None => true,
        Some(value) => value.to_str().is_ok_and(|v| v.starts_with("text/plain")),
    };
    if !(status.is_client_error() || status.is_server_error()) || !plain {
        return None;
    }
    let message_key = match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::METHOD_NOT_ALLOWED => "error-method",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        s if s.is_server_error() => "error-internal",
        _ => "error-bad-request",
    };
    Some(ErrorInfo {
        code: "bad_request",
        message_key,
        fields: FieldErrors::default(),
    })
}
