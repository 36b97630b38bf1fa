//! The charter and house rules' versions and their signatures. The texts are public (anyone may
//! read what members sign); who signed what is the register's, behind the `Tenant` proof.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{Tenant, WriteProof};
use crate::platform::tenancy::PublicScope;
use crate::{execute, fetch_all, scalar, vocabulary};

vocabulary! {
    /// The documents a member organisation signs.
    pub enum CharterKind: "charter-kind-" {
        Charter = "charter",
        HouseRules = "house_rules",
    }
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Version {
    pub id: i64,
    pub kind: CharterKind,
    pub version: i64,
    pub body_fr: String,
    pub body_nl: String,
    pub published_at: DateTime<Utc>,
}

impl Version {
    /// The text a reader is shown (and signs): theirs, or the other language when it is missing.
    pub fn text(&self, lang: impl crate::platform::web::Val<Lang>) -> (&str, Lang) {
        lang.val().read(&self.body_fr, &self.body_nl)
    }

    pub fn title_key(&self) -> &'static str {
        self.kind.label_key()
    }
}

/// SHA-256 of exactly what was shown: the document, its version, its language and its text.
pub fn text_hash(version: &Version, lang: Lang) -> String {
    let (text, text_lang) = version.text(lang);
    let digest = Sha256::digest(
        format!(
            "{}\n{}\n{}\n{}",
            version.kind,
            version.version,
            text_lang.code(),
            text
        )
        .as_bytes(),
    );
    hex::encode(digest)
}

const CURRENT: &str = "SELECT v.id, v.kind, v.version, v.body_fr, v.body_nl, v.published_at \
     FROM charter_versions v WHERE v.coordination_id = $1 AND v.version = \
     (SELECT MAX(version) FROM charter_versions w \
     WHERE w.coordination_id = v.coordination_id AND w.kind = v.kind) ORDER BY v.kind";

/// The latest version of each document the coordination has published.
pub async fn current(db: &Db, scope: impl PublicScope) -> Result<Vec<Version>, sqlx::Error> {
    fetch_all!(db, CURRENT, scope.scope_id())
}

/// Publishes the next version of a document; returns its number.
pub async fn publish(
    tx: &mut Tx,
    tenant: &Tenant,
    kind: CharterKind,
    (body_fr, body_nl): (&str, &str),
    by: i64,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO charter_versions \
         (coordination_id, kind, version, body_fr, body_nl, published_at, published_by) \
         SELECT $1, $2, COALESCE(MAX(version), 0) + 1, $3, $4, $5, $6 FROM charter_versions \
         WHERE coordination_id = $1 AND kind = $2 RETURNING version",
        tenant.id(),
        kind,
        body_fr,
        body_nl,
        Utc::now(),
        by
    )
}

/// Signs every document in `versions` for a membership (a repeated signature is kept once).
pub async fn sign_all(
    tx: &mut Tx,
    proof: &impl WriteProof,
    membership_id: i64,
    versions: &[Version],
    (signer_name, signer_user_id): (&str, Option<i64>),
    lang: Lang,
) -> Result<(), sqlx::Error> {
    for version in versions {
        execute!(
            &mut *tx,
            "INSERT INTO charter_signatures (coordination_id, membership_id, version_id, \
             signer_name, signer_user_id, lang, text_hash, signed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (membership_id, version_id) DO NOTHING",
            proof.coordination_id(),
            membership_id,
            version.id,
            signer_name,
            signer_user_id,
            version.text(lang).1.code(),
            text_hash(version, lang),
            Utc::now()
        )?;
    }
    Ok(())
}

/// The last version of each document each organisation signed: (membership, document, version).
pub async fn last_signed(
    db: &Db,
    tenant: &Tenant,
) -> Result<Vec<(i64, CharterKind, i64)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT s.membership_id, v.kind, MAX(v.version) FROM charter_signatures s \
         JOIN charter_versions v ON v.id = s.version_id \
         WHERE s.coordination_id = $1 GROUP BY s.membership_id, v.kind",
        tenant.id()
    )
}

/// A signature as the register shows it.
#[derive(Debug, sqlx::FromRow)]
pub struct Signature {
    pub kind: CharterKind,
    pub version: i64,
    pub signer_name: String,
    pub text_hash: String,
    pub signed_at: DateTime<Utc>,
}

/// Every signature of one organisation, oldest first.
pub async fn signatures_of(
    db: &Db,
    tenant: &Tenant,
    membership_id: i64,
) -> Result<Vec<Signature>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT v.kind, v.version, s.signer_name, s.text_hash, s.signed_at \
         FROM charter_signatures s JOIN charter_versions v ON v.id = s.version_id \
         WHERE s.membership_id = $1 AND s.coordination_id = $2 ORDER BY s.signed_at, v.kind",
        membership_id,
        tenant.id()
    )
}
