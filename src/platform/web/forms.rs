use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::domain::{Lang, MessageKey};
use crate::platform::i18n::t;

/// Field name → Fluent key of the message explaining what is wrong with it. Names are usually
/// the form's fixed ones; a form with a field per row (`decision_12`) names them with
/// [`FieldErrors::add_row`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<Cow<'static, str>, MessageKey>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, key: MessageKey) {
        self.0.entry(Cow::Borrowed(field)).or_insert(key);
    }

    /// [`FieldErrors::add`] for a field whose name is made per row.
    pub fn add_row(&mut self, field: String, key: MessageKey) {
        self.0.entry(Cow::Owned(field)).or_insert(key);
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

    /// Keeps a parsed French/Dutch pair ([`fields::bilingual`](super::fields::bilingual)), or
    /// records why it was refused beside the field it concerns: `fields` are the French and the
    /// Dutch field's names.
    pub fn check_pair(
        &mut self,
        (fr, nl): (&'static str, &'static str),
        parsed: Result<(String, String), (super::fields::Which, MessageKey)>,
    ) -> Option<(String, String)> {
        match parsed {
            Ok(pair) => Some(pair),
            Err((which, key)) => {
                self.add(
                    match which {
                        super::fields::Which::Fr => fr,
                        super::fields::Which::Nl => nl,
                    },
                    key,
                );
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

    pub fn iter(&self) -> impl Iterator<Item = (&str, MessageKey)> + '_ {
        self.0.iter().map(|(f, k)| (f.as_ref(), *k))
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

/// A one-time message shown on the page after a redirect, translated when shown; with a count,
/// a message that says how many (`{ $count } personnes ont reçu…`); with names, a message that
/// says whom it concerns (`{ $organization } est désormais membre…`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Flash {
    pub kind: FlashKind,
    pub key: String,
    #[serde(default)]
    pub count: Option<usize>,
    /// Names the message places (an organisation, a person): shown as they are, never translated.
    #[serde(default)]
    pub names: Vec<(String, String)>,
}

impl Flash {
    pub fn is_error(&self) -> bool {
        self.kind == FlashKind::Error
    }

    /// The message in `lang`.
    pub fn text(&self, lang: impl super::Val<Lang>) -> String {
        let lang = lang.val();
        let names: Vec<(&str, &str)> = self
            .names
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        match self.count {
            Some(count) => {
                let count = i64::try_from(count).unwrap_or(i64::MAX);
                let written = crate::platform::i18n::format_integer(lang, count);
                let mut args = names;
                args.push(("n", &written));
                crate::platform::i18n::t_count(lang, &self.key, count, &args)
            }
            None => crate::platform::i18n::t_args(lang, &self.key, &names),
        }
    }
}

const FLASH_KEY: &str = "flash";

pub async fn flash(
    session: &Session,
    kind: FlashKind,
    key: MessageKey,
) -> Result<(), tower_sessions::session::Error> {
    let message = Flash {
        kind,
        key: key.to_string(),
        count: None,
        names: Vec::new(),
    };
    push_flash(session, message).await
}

/// A success message that names whom it concerns (`("organization", "Repair Café")`).
pub async fn flash_names(
    session: &Session,
    key: MessageKey,
    names: &[(&str, &str)],
) -> Result<(), tower_sessions::session::Error> {
    let message = Flash {
        kind: FlashKind::Success,
        key: key.to_string(),
        count: None,
        names: names
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect(),
    };
    push_flash(session, message).await
}

/// A success message that says how many (how many people were emailed, say).
pub async fn flash_count(
    session: &Session,
    key: MessageKey,
    count: usize,
) -> Result<(), tower_sessions::session::Error> {
    let message = Flash {
        kind: FlashKind::Success,
        key: key.to_string(),
        count: Some(count),
        names: Vec::new(),
    };
    push_flash(session, message).await
}

pub(super) async fn push_flash(
    session: &Session,
    message: Flash,
) -> Result<(), tower_sessions::session::Error> {
    let mut flashes: Vec<Flash> = session.get(FLASH_KEY).await?.unwrap_or_default();
    flashes.push(message);
    session.insert(FLASH_KEY, flashes).await
}

pub(super) async fn take_flashes(
    session: &Session,
) -> Result<Vec<Flash>, tower_sessions::session::Error> {
    // Read before removing: a removal marks the session changed, and a visitor's would be saved.
    if session.get::<Vec<Flash>>(FLASH_KEY).await?.is_none() {
        return Ok(Vec::new());
    }
    Ok(session.remove(FLASH_KEY).await?.unwrap_or_default())
}

/// A posted form as name/value pairs, in order: repeated names (checkboxes) and numbered rows
/// (`phone_number_0`, `phone_number_1`, …) need more than a struct.
#[derive(Clone, Debug, Default)]
pub struct FormValues(pub Vec<(String, String)>);

impl FormValues {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn at(&self, name: &str, row: impl std::fmt::Display) -> &str {
        self.get(&format!("{name}_{row}"))
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn has(&self, name: &str, value: &str) -> bool {
        self.0.iter().any(|(n, v)| n == name && v == value)
    }

    /// Whether the form sent the field at all (an older copy of a form may lack a row).
    pub fn holds(&self, name: &str) -> bool {
        self.0.iter().any(|(n, _)| n == name)
    }

    pub fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }

    /// Rows to show for a numbered group: those filled in and one empty row to add another.
    pub fn rows(&self, name: &str) -> Vec<usize> {
        let prefix = format!("{name}_");
        let filled = self
            .0
            .iter()
            .filter_map(|(n, v)| {
                let row: usize = n.strip_prefix(&prefix)?.parse().ok()?;
                (!v.trim().is_empty()).then_some(row + 1)
            })
            .max()
            .unwrap_or(0);
        (0..=filled).collect()
    }

    pub fn set(&mut self, name: impl Into<String>, value: impl ToString) {
        self.0.push((name.into(), value.to_string()));
    }

    /// A field's trimmed text with Windows line ends made plain.
    pub fn text(&self, name: &str) -> String {
        self.get(name).trim().replace("\r\n", "\n")
    }
}
