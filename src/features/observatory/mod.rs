//! The needs observatory. Member organisations report what they see on the front line: observed
//! needs and non-take-up of social rights, as counts and descriptions, never data about a person.
//! A signal is visible to its organisation and the coordinators; members see aggregates; the
//! public sees the aggregates of the rounds the coordinator published, with small counts
//! suppressed; regional staff see the aggregates across every coordination. Coordinators group
//! signals into needs and follow them from observation to an answer.

pub mod aggregates;
pub mod api;
pub mod chart;
pub mod context;
pub mod dashboard;
pub mod demo;
pub mod needs;
pub mod region;
pub mod register;
pub mod report_link;
pub mod rounds;
pub mod signal_form;
pub mod signals;
pub mod store;

use axum::routing::{get, post};
use axum::Router;
use serde::Serialize;

use crate::domain::Lang;
use crate::features::directory::store::TARGET_GROUPS;
use crate::platform::db::Db;
use crate::platform::i18n::t;
use crate::platform::reference::{Named, Reference};
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;
use crate::platform::web::PageRouter;
use crate::platform::AppState;
use store::{Outcome, Signal, SignalKind, Trend, SEVERITIES};

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/observatory", get(dashboard::page))
        .page(
            "/{lang}/{coord}/observatory/export/{format}",
            get(dashboard::export),
        )
        .page("/{lang}/{coord}/observatory/public", get(dashboard::public))
        .page(
            "/{lang}/{coord}/observatory/report",
            get(signals::new_form).post(signals::create),
        )
        .page(
            "/{lang}/{coord}/observatory/report/{token}",
            get(report_link::form).post(report_link::save),
        )
        .page("/{lang}/{coord}/observatory/mine", get(signals::mine))
        .page(
            "/{lang}/{coord}/observatory/copy",
            post(signals::copy_last_round),
        )
        .page(
            "/{lang}/{coord}/observatory/signals",
            get(signals::all).post(needs::create),
        )
        .page(
            "/{lang}/{coord}/observatory/signals/{id}",
            get(signals::edit_form).post(signals::edit),
        )
        .page(
            "/{lang}/{coord}/observatory/signals/{id}/delete",
            post(signals::delete),
        )
        .page("/{lang}/{coord}/observatory/needs", get(register::page))
        .page(
            "/{lang}/{coord}/observatory/needs/{id}/signals/{signal}/remove",
            post(register::take_out),
        )
        .page(
            "/{lang}/{coord}/observatory/needs/{id}",
            get(needs::page).post(needs::update),
        )
        .page(
            "/{lang}/{coord}/observatory/needs/{id}/agenda",
            post(needs::put_on_agenda),
        )
        .page(
            "/{lang}/{coord}/observatory/rounds",
            get(rounds::list).post(rounds::open),
        )
        .page(
            "/{lang}/{coord}/observatory/rounds/{id}",
            post(rounds::save_public_text),
        )
        .page(
            "/{lang}/{coord}/observatory/rounds/{id}/{step}",
            post(rounds::advance),
        )
        .page(
            "/{lang}/{coord}/observatory/settings",
            post(rounds::save_settings),
        )
        .page(
            "/{lang}/{coord}/observatory/rights",
            post(rounds::add_right),
        )
        .page(
            "/{lang}/{coord}/observatory/context",
            get(context::page)
                .post(context::import)
                .layer(axum::extract::DefaultBodyLimit::max(context::MAX_BYTES)),
        )
        .page("/{lang}/region/observatory", get(region::page))
        .page(
            "/{lang}/region/observatory/export/{format}",
            get(region::export),
        )
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/coordinations/{coord}/signals",
            get(api::api_signals),
        )
        .route(
            "/api/v1/coordinations/{coord}/observatory",
            get(api::api_aggregates),
        )
        .route("/api/v1/region/observatory", get(api::api_region))
}

/// Names of the codes signals use, in every language: themes, rights, causes, municipalities,
/// care basins, target groups.
#[derive(Clone, Debug, Default)]
pub struct Labels(Reference);

impl Labels {
    /// The shared lists plus the rights `coordination` added (none for the regional view).
    pub async fn load(db: &Db, coordination: Option<&Coordination>) -> Result<Labels, AppError> {
        Ok(Labels(Reference::load(db, coordination).await?))
    }

    /// The reference list a dimension counts by, if it is one.
    fn list(&self, dimension: Dimension) -> Option<&[Named]> {
        match dimension {
            Dimension::Theme => Some(&self.0.themes),
            Dimension::Right => Some(&self.0.rights),
            Dimension::Cause => Some(&self.0.causes),
            Dimension::Municipality => Some(&self.0.municipalities),
            Dimension::Basin => Some(&self.0.basins),
            _ => None,
        }
    }

    /// The name of `code` in dimension `dimension`, in `lang`; unknown codes show as themselves.
    pub fn label(&self, dimension: Dimension, code: &str, lang: Lang) -> String {
        let found = match dimension {
            Dimension::TargetGroup => Some(t(lang, &format!("target-{code}"))),
            Dimension::Trend => Trend::parse(code).ok().map(|v| t(lang, v.label_key())),
            Dimension::Outcome => Outcome::parse(code).ok().map(|v| t(lang, v.label_key())),
            Dimension::Severity => Some(t(lang, &format!("severity-{code}"))),
            Dimension::Total => None,
            listed => self
                .list(listed)
                .and_then(|list| Reference::name(list, code, lang))
                .map(str::to_string),
        };
        match found {
            Some(name) => name,
            None if code.is_empty() => t(lang, "observatory-unspecified"),
            None => code.to_string(),
        }
    }

    /// (code, name) pairs for a form's choices: reference lists in the reader's alphabetical
    /// order, closed lists in their own order.
    pub fn choices(&self, dimension: Dimension, lang: Lang) -> Vec<(String, String)> {
        if let Some(list) = self.list(dimension) {
            return Reference::choices(list, lang);
        }
        let codes: Vec<String> = match dimension {
            Dimension::TargetGroup => TARGET_GROUPS.iter().map(|c| c.to_string()).collect(),
            Dimension::Trend => Trend::ALL.iter().map(|c| c.to_string()).collect(),
            Dimension::Outcome => Outcome::ALL.iter().map(|c| c.to_string()).collect(),
            Dimension::Severity => SEVERITIES.iter().map(|c| c.to_string()).collect(),
            _ => Vec::new(),
        };
        codes
            .into_iter()
            .map(|code| {
                let name = self.label(dimension, &code, lang);
                (code, name)
            })
            .collect()
    }

    /// What a signal is about: its theme (a need) or its right (non-take-up).
    pub fn subject(&self, signal: &Signal, lang: impl crate::platform::web::Val<Lang>) -> String {
        let lang = lang.val();
        match signal.kind {
            SignalKind::Need => self.label(
                Dimension::Theme,
                signal.theme_code.as_deref().unwrap_or(""),
                lang,
            ),
            SignalKind::NonTakeUp => self.label(
                Dimension::Right,
                signal.right_code.as_deref().unwrap_or(""),
                lang,
            ),
        }
    }

    pub fn knows(&self, dimension: Dimension, code: &str) -> bool {
        match dimension {
            Dimension::TargetGroup => TARGET_GROUPS.contains(&code),
            Dimension::Trend => Trend::parse(code).is_ok(),
            Dimension::Outcome => Outcome::parse(code).is_ok(),
            Dimension::Severity => SEVERITIES.iter().any(|s| s.to_string() == code),
            Dimension::Total => false,
            listed => self
                .list(listed)
                .is_some_and(|list| Reference::knows(list, code)),
        }
    }
}

/// What signals are counted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Theme,
    Right,
    Cause,
    TargetGroup,
    Municipality,
    Basin,
    Trend,
    Severity,
    Outcome,
    /// Every signal of a kind together: the totals.
    Total,
}

impl Dimension {
    pub fn code(self) -> &'static str {
        match self {
            Dimension::Theme => "theme",
            Dimension::Right => "right",
            Dimension::Cause => "cause",
            Dimension::TargetGroup => "target_group",
            Dimension::Municipality => "municipality",
            Dimension::Basin => "basin",
            Dimension::Trend => "trend",
            Dimension::Severity => "severity",
            Dimension::Outcome => "outcome",
            Dimension::Total => "total",
        }
    }
}
