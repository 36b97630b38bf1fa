//! Closed lists of words (statuses, kinds, roles) as Rust enums: one declaration gives the stored
//! word, parsing, the list of every value, the Fluent key of its label, serde, and sqlx encoding on
//! both backends, so no status is a string compared by hand in a handler or a template.
//!
//! ```ignore
//! vocabulary! {
//!     /// Where a meeting stands.
//!     pub enum MeetingStatus: "meeting-status-" {
//!         Draft = "draft",
//!         Published = "published",
//!     }
//! }
//! ```
//! gives `MeetingStatus::Draft.as_str() == "draft"`, `MeetingStatus::parse("draft")`,
//! `MeetingStatus::ALL` and the label key `meeting-status-draft`. The behaviour test
//! `vocabularies_match_the_sql_checks` compares each `ALL` with the column's `CHECK` on both
//! backends.

/// Declares a vocabulary; see the module documentation. With `: "prefix-"` after its name, each
/// value gets a label key (`prefix-word`, which every locale must have); without, its words are
/// never shown to people.
#[macro_export]
macro_rules! vocabulary {
    ($(#[$meta:meta])* $vis:vis enum $name:ident : $label:literal { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $crate::vocabulary! { $(#[$meta])* $vis enum $name { $($(#[$vmeta])* $variant = $word),+ } }

        impl $name {
            /// The Fluent key of this value's label.
            pub fn label_key(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($label, $word)),+
                }
            }
        }
    };
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in the order people see them listed.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word stored in the database and used in URLs, forms and the API.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }

            /// The value a stored or submitted word names; the error is the Fluent key of the
            /// message shown beside the field.
            pub fn parse(word: &str) -> Result<$name, $crate::domain::MessageKey> {
                match word {
                    $($word => Ok($name::$variant),)+
                    _ => Err("error-choice-invalid"),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let word = <::std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                $name::parse(&word).map_err(|_| {
                    ::serde::de::Error::unknown_variant(&word, &[$($word),+])
                })
            }
        }

        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                ::utoipa::openapi::ObjectBuilder::new()
                    .schema_type(::utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($word),+]))
                    .into()
            }
        }

        impl ::utoipa::ToSchema for $name {}

        $crate::__vocabulary_sqlx!($name, ::sqlx::Sqlite);
        $crate::__vocabulary_sqlx!($name, ::sqlx::Postgres);
    };
}

/// Stores a vocabulary as its word in a text column of one backend.
#[doc(hidden)]
#[macro_export]
macro_rules! __vocabulary_sqlx {
    ($name:ident, $db:ty) => {
        impl ::sqlx::Type<$db> for $name {
            fn type_info() -> <$db as ::sqlx::Database>::TypeInfo {
                <&str as ::sqlx::Type<$db>>::type_info()
            }
            fn compatible(ty: &<$db as ::sqlx::Database>::TypeInfo) -> bool {
                <&str as ::sqlx::Type<$db>>::compatible(ty)
            }
        }

        impl<'q> ::sqlx::Encode<'q, $db> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as ::sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<::sqlx::encode::IsNull, ::sqlx::error::BoxDynError> {
                <&str as ::sqlx::Encode<'q, $db>>::encode(self.as_str(), buf)
            }
        }

        impl<'r> ::sqlx::Decode<'r, $db> for $name {
            fn decode(
                value: <$db as ::sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, ::sqlx::error::BoxDynError> {
                let word = <&str as ::sqlx::Decode<'r, $db>>::decode(value)?;
                $name::parse(word).map_err(|_| {
                    format!(concat!("unknown ", stringify!($name), " {:?}"), word).into()
                })
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::vocabulary! {
        /// A test vocabulary.
        pub enum Colour: "colour-" {
            Red = "red",
            LightBlue = "light_blue",
        }
    }

    #[test]
    fn words_labels_and_serde_agree() {
        assert_eq!(Colour::ALL, &[Colour::Red, Colour::LightBlue]);
        assert_eq!(Colour::parse("light_blue"), Ok(Colour::LightBlue));
        assert_eq!(Colour::parse("blue"), Err("error-choice-invalid"));
        assert_eq!(Colour::LightBlue.label_key(), "colour-light_blue");
        assert_eq!(serde_json::to_string(&Colour::Red).unwrap(), "\"red\"");
        assert!(serde_json::from_str::<Colour>("\"green\"").is_err());
        for colour in Colour::ALL {
            assert_eq!(Colour::parse(colour.as_str()), Ok(*colour));
        }
    }
}
