use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::domain::{Lang, MessageKey};
use crate::platform::i18n::t;

/// Field name → Fluent key of the message explaining what is wrong with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<&'static str, MessageKey>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, key: MessageKey) {
        self.0.entry(field).or_insert(key);
    }

    /// Keeps a parsed value, or records why it was refused.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, MessageKey>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(key) => {
                self.add(field, key);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    /// The translated message for `field`, or an empty string.
    pub fn msg(&self, lang: impl super::Val<Lang>, field: &str) -> String {
        self.0
            .get(field)
            .map(|key| t(lang.val(), key))
            .unwrap_or_default()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, MessageKey)> + '_ {
        self.0.iter().map(|(f, k)| (*f, *k))
    }

    /// `Ok(())` when nothing was refused; the errors otherwise.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FlashKind {
    Success,
    Error,
}

/// A one-time message shown on the page after a redirect.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Flash {
    pub kind: FlashKind,
    pub key: String,
}

impl Flash {
    pub fn is_error(&self) -> bool {
        self.kind == FlashKind::Error
    }
}

const FLASH_KEY: &str = "flash";

pub async fn flash(
    session: &Session,
    kind: FlashKind,
    key: MessageKey,
) -> Result<(), tower_sessions::session::Error> {
    let mut flashes: Vec<Flash> = session.get(FLASH_KEY).await?.unwrap_or_default();
    flashes.push(Flash {
        kind,
        key: key.to_string(),
    });
    session.insert(FLASH_KEY, flashes).await
}

pub(super) async fn take_flashes(
    session: &Session,
) -> Result<Vec<Flash>, tower_sessions::session::Error> {
    Ok(session.remove(FLASH_KEY).await?.unwrap_or_default())
}
