//! A coordination's logo. Coordinators upload a PNG, JPEG or WebP of up to 2 MB; Socius decodes
//! it and draws it again as a PNG of at most 480 × 240 pixels, so what it serves is always an image
//! it made: no SVG (a script can hide in one), no metadata, no oversized file. The header of the
//! coordination's pages shows it, at an address that changes with it (cached for a year).

use std::io::Cursor;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use image::{ImageFormat, ImageReader, Limits};

use crate::domain::MessageKey;
use crate::features::coordinations::store::{self, Logo};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::CoordPath;
use crate::platform::upload;
use crate::platform::web::{AppError, CoordPage, FieldErrors};
use crate::platform::AppState;

/// The largest file taken.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// The box the logo is drawn in (a header's height is a fraction of it).
const MAX_WIDTH: u32 = 480;
const MAX_HEIGHT: u32 = 240;

/// The uploaded bytes drawn again as a PNG within the box, or why they are refused. Decoding is
/// bounded (dimensions, memory), so a small file that claims to be huge is refused too.
pub fn redraw(bytes: &[u8]) -> Result<Logo, MessageKey> {
    let format = image::guess_format(bytes).map_err(|_| "error-logo-type")?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP
    ) {
        return Err("error-logo-type");
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(10_000);
    limits.max_image_height = Some(10_000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| "error-logo-unreadable")?;
    let image = if image.width() > MAX_WIDTH || image.height() > MAX_HEIGHT {
        image.resize(MAX_WIDTH, MAX_HEIGHT, image::imageops::FilterType::Lanczos3)
    } else {
        image
    };
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| "error-logo-unreadable")?;
    Ok(Logo {
        width: i64::from(image.width()),
        height: i64::from(image.height()),
        png,
    })
}

/// Takes a new logo from the identity page's upload form.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
pub async fn upload(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let refuse = |key: MessageKey| {
        let mut errors = FieldErrors::default();
        errors.add("logo", key);
        errors
    };
    let bytes = match upload::receive(multipart, "logo", MAX_BYTES).await {
        Ok(received) => received.file.map(|file| file.bytes).unwrap_or_default(),
        Err(upload::TooLarge) => {
            return super::identity_refused(&state, here, refuse("error-logo-too-large")).await
        }
    };
    if bytes.is_empty() {
        return super::identity_refused(&state, here, refuse("error-logo-empty")).await;
    }
    // Decoding and drawing are CPU work: off the executor.
    let drawn = tokio::task::spawn_blocking(move || redraw(&bytes))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let logo = match drawn {
        Ok(logo) => logo,
        Err(key) => return super::identity_refused(&state, here, refuse(key)).await,
    };
    let mut tx = state.db.begin().await?;
    let version = store::set_logo(&mut tx, &tenant, &logo).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("coordination.logo_changed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(
                None,
                Some(serde_json::json!({ "version": version, "width": logo.width, "height": logo.height })),
            ),
    )
    .await?;
    tx.commit().await?;
    here.done("flash-logo-saved", "/identity").await
}

/// Takes the logo away.
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
pub async fn remove(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let mut tx = state.db.begin().await?;
    if store::remove_logo(&mut tx, &tenant).await? > 0 {
        audit::record(
            &mut tx,
            AuditEntry::new("coordination.logo_removed")
                .by(&user)
                .in_coordination(tenant.id())
                .on("coordination", tenant.id()),
        )
        .await?;
    }
    tx.commit().await?;
    here.done("flash-logo-removed", "/identity").await
}

/// The logo, for everyone: its address names its version, so it is cached for a year.
pub async fn image(
    State(state): State<AppState>,
    CoordPath(coordination): CoordPath,
) -> Result<Response, AppError> {
    let png = store::logo(&state.db, &coordination)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/png"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        png,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb([45, 106, 62]));
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
        bytes
    }

    #[test]
    fn a_large_logo_is_drawn_again_within_the_box() {
        for format in [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP] {
            let logo = redraw(&encoded(1200, 300, format)).unwrap();
            assert_eq!((logo.width, logo.height), (480, 120), "{format:?}");
            assert!(logo.png.starts_with(b"\x89PNG"));
        }
        let small = redraw(&encoded(100, 50, ImageFormat::Png)).unwrap();
        assert_eq!((small.width, small.height), (100, 50));
    }

    #[test]
    fn what_is_not_a_raster_image_is_refused() {
        let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assert_eq!(redraw(svg).unwrap_err(), "error-logo-type");
        assert_eq!(redraw(b"GIF89a....").unwrap_err(), "error-logo-type");
        let mut cut = encoded(300, 300, ImageFormat::Png);
        cut.truncate(60);
        assert_eq!(redraw(&cut).unwrap_err(), "error-logo-unreadable");
    }
}
