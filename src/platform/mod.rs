//! The thin layer every feature stands on: database, accounts and permissions, languages, mail,
//! audit, metrics and the web kit.

pub mod antivirus;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod collation;
pub mod content_version;
pub mod csv_text;
pub mod db;
pub mod export;
pub mod french;
pub mod handover;
pub mod i18n;
pub mod ical;
pub mod mail;
pub mod markdown;
pub mod metrics;
pub mod personal_data;
pub mod policy;
pub mod portable;
pub mod ratelimit;
pub mod reference;
pub mod search;
pub mod session_store;
pub mod settings;
pub mod signing;
pub mod tenancy;
pub mod typography;
pub mod upload;
pub mod vocabulary;
pub mod web;

use std::sync::Arc;

use crate::config::Config;

/// This build's version, as `/healthz`, the footer of signed-in pages and `socius --version` say.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Shared by every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: db::Db,
    pub config: Arc<Config>,
    pub assets: Arc<web::Assets>,
    pub metrics: Arc<metrics::Metrics>,
    /// The installation's signing key, read from the database at first use.
    pub keys: Arc<signing::Keys>,
    /// What public pages show, by version (for their caching).
    pub versions: Arc<content_version::Versions>,
    /// Public pages as rendered for visitors.
    pub pages: Arc<web::cache::Pages>,
    /// The social map's search engine.
    pub search: Arc<search::SearchIndex>,
}

impl AppState {
    pub fn new(db: db::Db, config: Config) -> AppState {
        AppState {
            db,
            config: Arc::new(config),
            assets: Arc::new(web::Assets::default()),
            metrics: Arc::new(metrics::Metrics::default()),
            keys: Arc::new(signing::Keys::default()),
            versions: Arc::new(content_version::Versions::default()),
            pages: Arc::new(web::cache::Pages::default()),
            search: Arc::new(search::SearchIndex::default()),
        }
    }
}
