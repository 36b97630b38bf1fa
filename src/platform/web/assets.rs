//! Static assets compiled into the binary and served under content-hashed, immutable URLs.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::AppError;
use crate::platform::AppState;

struct Asset {
    file_name: String,
    content_type: &'static str,
    bytes: &'static [u8],
}

impl Asset {
    fn new(stem: &str, extension: &str, content_type: &'static str, bytes: &'static [u8]) -> Asset {
        let hash = hex::encode(&Sha256::digest(bytes)[..6]);
        Asset {
            file_name: format!("{stem}-{hash}.{extension}"),
            content_type,
            bytes,
        }
    }
}

pub struct Assets {
    css: Asset,
    favicon: Asset,
}

impl Default for Assets {
    fn default() -> Self {
        Assets {
            css: Asset::new(
                "socius",
                "css",
                "text/css; charset=utf-8",
                include_bytes!("../../../static/socius.css"),
            ),
            favicon: Asset::new(
                "favicon",
                "svg",
                "image/svg+xml",
                include_bytes!("../../../static/favicon.svg"),
            ),
        }
    }
}

impl Assets {
    pub fn css_url(&self) -> String {
        format!("/static/{}", self.css.file_name)
    }

    pub fn favicon_url(&self) -> String {
        format!("/static/{}", self.favicon.file_name)
    }

    fn find(&self, file_name: &str) -> Option<&Asset> {
        [&self.css, &self.favicon]
            .into_iter()
            .find(|a| a.file_name == file_name)
    }
}

pub async fn serve_asset(
    State(state): State<AppState>,
    Path(file_name): Path<String>,
) -> Result<Response, AppError> {
    let asset = state.assets.find(&file_name).ok_or(AppError::NotFound)?;
    let mut response = asset.bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(response)
}
