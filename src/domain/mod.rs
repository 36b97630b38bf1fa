//! Parsed values: once constructed, a value is valid. Each `parse` returns the Fluent key of the
//! message that explains the refusal, so the UI and the API translate it the same way.

mod anonymous_text;
mod colour;
mod email;
mod kbo;
mod lang;
mod password;
mod slug;

pub use anonymous_text::AnonymousText;
pub use colour::AccentColour;
pub use email::Email;
pub use kbo::KboNumber;
pub use lang::{ContentLang, Lang};
pub use password::Password;
pub use slug::{Slug, RESERVED as RESERVED_SLUGS};

/// The Fluent key of a message explaining why an input was refused.
pub type MessageKey = &'static str;
