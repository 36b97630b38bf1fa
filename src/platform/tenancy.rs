//! Coordinations: the tenants. URLs are `/{lang}/{coordination}/…`.

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use chrono::Utc;
use serde::Serialize;

use crate::domain::{Email, Slug};
use crate::platform::db::Db;
use crate::platform::web::{AppError, CoordinationRef};
use crate::platform::AppState;
use crate::{with_db, with_tx};

#[derive(Clone, Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Coordination {
    pub id: i64,
    pub slug: String,
    pub name_fr: String,
    pub name_nl: String,
    /// NIS code of the municipality.
    pub nis_code: String,
    pub email: String,
    pub phone: String,
    pub address_fr: String,
    pub address_nl: String,
    pub website: String,
    /// The name it goes by, when it has one of its own (Koekelberg's "Koecoon").
    pub own_name: String,
    pub office_hours_fr: String,
    pub office_hours_nl: String,
    /// `#rrggbb`, or empty for Socius's own colour.
    pub accent_colour: String,
    /// Names the current logo in its address; empty without one.
    pub logo_version: String,
}

impl Coordination {
    pub fn as_ref(&self) -> CoordinationRef {
        CoordinationRef {
            id: self.id,
            slug: self.slug.clone(),
            name_fr: self.name_fr.clone(),
            name_nl: self.name_nl.clone(),
            accent_colour: self.accent_colour.clone(),
            logo_version: self.logo_version.clone(),
        }
    }
}

/// Where a read of a coordination's public data looks (its social map, its pages): the
/// coordination itself, or a [`Tenant`](crate::platform::policy::Tenant) proof for it — whoever
/// may read its protected data may read its public data too.
pub trait PublicScope {
    fn scope_id(&self) -> i64;

    /// Whether the reader sees what is not public (inactive services): only whoever holds the
    /// proof of the coordination's protected data.
    fn sees_unpublished(&self) -> bool;
}

impl PublicScope for Coordination {
    fn scope_id(&self) -> i64 {
        self.id
    }

    fn sees_unpublished(&self) -> bool {
        false
    }
}

impl<T: PublicScope> PublicScope for &T {
    fn scope_id(&self) -> i64 {
        (**self).scope_id()
    }

    fn sees_unpublished(&self) -> bool {
        (**self).sees_unpublished()
    }
}

/// A coordination where the signed-in person holds a role: its settings are read through it.
impl PublicScope for crate::platform::auth::RoleGrant {
    fn scope_id(&self) -> i64 {
        self.coordination_id
    }

    fn sees_unpublished(&self) -> bool {
        false
    }
}

impl PublicScope for crate::platform::policy::Tenant {
    fn scope_id(&self) -> i64 {
        self.id()
    }

    fn sees_unpublished(&self) -> bool {
        true
    }
}

const COLUMNS: &str =
    "id, slug, name_fr, name_nl, nis_code, email, phone, address_fr, address_nl, \
     website, own_name, office_hours_fr, office_hours_nl, accent_colour, logo_version";

pub struct NewCoordination {
    pub slug: Slug,
    pub name_fr: String,
    pub name_nl: String,
    pub nis_code: String,
    pub email: Email,
    pub phone: String,
    pub address_fr: String,
    pub address_nl: String,
    pub website: String,
    pub identity: Identity,
}

/// What a coordination says of itself beyond its official names and contact details.
#[derive(Clone, Debug, Default)]
pub struct Identity {
    pub own_name: String,
    pub office_hours_fr: String,
    pub office_hours_nl: String,
    /// `#rrggbb` (an [`AccentColour`](crate::domain::AccentColour)), or empty.
    pub accent_colour: String,
}

pub async fn list(db: &Db) -> Result<Vec<Coordination>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM coordinations ORDER BY slug");
    with_db!(db, |p| sqlx::query_as(&sql).fetch_all(p).await)
}

/// The coordination a page's path is inside (`/{lang}/{slug}/…`), if any: so that the pages a
/// coordination's reader lands on outside its routes (sign-in, an error) keep its header.
pub async fn of_path(db: &Db, path: &str) -> Option<Coordination> {
    let mut segments = path.trim_start_matches('/').split(['/', '?']);
    let lang = segments.next()?;
    crate::domain::Lang::parse(lang).ok()?;
    let slug = segments.next().filter(|s| !s.is_empty())?;
    if crate::domain::RESERVED_SLUGS.contains(&slug) {
        return None;
    }
    find_by_slug(db, slug).await.ok().flatten()
}

pub async fn find_by_slug(db: &Db, slug: &str) -> Result<Option<Coordination>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM coordinations WHERE slug = $1");
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(slug)
        .fetch_optional(p)
        .await)
}

/// The coordination's accent colour, when it has a valid one, read in the caller's transaction.
pub async fn accent_colour_in(
    tx: &mut crate::platform::db::Tx,
    id: i64,
) -> Result<Option<crate::domain::AccentColour>, sqlx::Error> {
    let colour: Option<String> = crate::scalar_optional!(
        tx,
        "SELECT accent_colour FROM coordinations WHERE id = $1",
        id
    )?;
    Ok(colour.and_then(|c| crate::domain::AccentColour::parse(&c).ok()))
}

/// The coordination with this id, read in the caller's transaction (one it has just written).
pub async fn find_in(
    tx: &mut crate::platform::db::Tx,
    id: i64,
) -> Result<Option<Coordination>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM coordinations WHERE id = $1");
    crate::fetch_optional!(tx, &sql, id)
}

#[tracing::instrument(skip_all, fields(slug = %new.slug))]
pub async fn create(
    tx: &mut crate::platform::db::Tx,
    new: &NewCoordination,
) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO coordinations (slug, name_fr, name_nl, nis_code, email, phone, address_fr, address_nl, website, created_at, \
         own_name, office_hours_fr, office_hours_nl, accent_colour) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id"
    )
    .bind(new.slug.as_str())
    .bind(&new.name_fr)
    .bind(&new.name_nl)
    .bind(&new.nis_code)
    .bind(new.email.as_str())
    .bind(&new.phone)
    .bind(&new.address_fr)
    .bind(&new.address_nl)
    .bind(&new.website)
    .bind(Utc::now())
    .bind(&new.identity.own_name)
    .bind(&new.identity.office_hours_fr)
    .bind(&new.identity.office_hours_nl)
    .bind(&new.identity.accent_colour)
    .fetch_one(c)
    .await
    })
}

/// The coordination named by the route's `{coord}` segment; unknown slugs are a 404.
pub struct CoordPath(pub Coordination);

impl FromRequestParts<AppState> for CoordPath {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let slug = params
            .iter()
            .find(|(name, _)| *name == "coord")
            .map(|(_, v)| v.to_string())
            .ok_or(AppError::NotFound)?;
        let coordination = find_by_slug(&state.db, &slug)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(CoordPath(coordination))
    }
}

/// The 19 municipalities: NIS code and names in French and Dutch, by French name.
pub async fn municipalities(db: &Db) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    crate::fetch_all!(
        db,
        "SELECT nis_code, name_fr, name_nl FROM municipalities ORDER BY name_fr"
    )
}

/// The municipality's name in both languages, for display.
pub async fn municipality_names(
    db: &Db,
    nis_code: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    with_db!(db, |p| sqlx::query_as(
        "SELECT name_fr, name_nl FROM municipalities WHERE nis_code = $1"
    )
    .bind(nis_code)
    .fetch_optional(p)
    .await)
}

/// Saves a coordination's names, contact details and identity (its slug, which its addresses use,
/// stays).
pub async fn update(
    tx: &mut crate::platform::db::Tx,
    tenant: &crate::platform::policy::Tenant,
    changed: &NewCoordination,
) -> Result<u64, sqlx::Error> {
    crate::execute!(
        &mut *tx,
        "UPDATE coordinations SET name_fr = $1, name_nl = $2, nis_code = $3, email = $4, \
           phone = $5, address_fr = $6, address_nl = $7, website = $8, own_name = $9, \
           office_hours_fr = $10, office_hours_nl = $11, accent_colour = $12 \
         WHERE id = $13",
        &changed.name_fr,
        &changed.name_nl,
        &changed.nis_code,
        changed.email.as_str(),
        &changed.phone,
        &changed.address_fr,
        &changed.address_nl,
        &changed.website,
        &changed.identity.own_name,
        &changed.identity.office_hours_fr,
        &changed.identity.office_hours_nl,
        &changed.identity.accent_colour,
        tenant.id()
    )
}
