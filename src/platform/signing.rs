//! Signatures with a secret of the installation: a visitor's CSRF token is signed rather than kept
//! in a session, so reading and filling public pages stores nothing per visitor. The secret lives
//! in the database (`server_secrets`), made by the first process that needs it, so every process
//! on one PostgreSQL signs and checks alike.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use tokio::sync::OnceCell;

use crate::platform::db::Db;
use crate::{execute, scalar};

type HmacSha256 = Hmac<Sha256>;

/// The installation's signing key.
#[derive(Clone)]
pub struct ServerKey([u8; 32]);

impl ServerKey {
    #[cfg(test)]
    pub fn for_tests(key: [u8; 32]) -> ServerKey {
        ServerKey(key)
    }

    /// The signature of `message` for `purpose` (hex); a signature made for one purpose is worth
    /// nothing for another.
    pub fn sign(&self, purpose: &str, message: &str) -> String {
        hex::encode(self.mac(purpose, message).finalize().into_bytes())
    }

    /// Whether `signature` is this key's for `message` and `purpose` (in constant time).
    pub fn verify(&self, purpose: &str, message: &str, signature: &str) -> bool {
        hex::decode(signature)
            .is_ok_and(|bytes| self.mac(purpose, message).verify_slice(&bytes).is_ok())
    }

    fn mac(&self, purpose: &str, message: &str) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC takes a key of any size");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(message.as_bytes());
        mac
    }
}

/// The key, read once per process.
#[derive(Default)]
pub struct Keys(OnceCell<ServerKey>);

impl Keys {
    pub async fn get(&self, db: &Db) -> Result<&ServerKey, sqlx::Error> {
        self.0.get_or_try_init(|| load(db)).await
    }
}

/// The stored key, made when there is none; two processes starting at once keep the first one.
async fn load(db: &Db) -> Result<ServerKey, sqlx::Error> {
    let mut fresh = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut fresh);
    execute!(
        db,
        "INSERT INTO server_secrets (name, secret) VALUES ('signing', $1) \
         ON CONFLICT (name) DO NOTHING",
        hex::encode(fresh)
    )?;
    let stored: String = scalar!(
        db,
        "SELECT secret FROM server_secrets WHERE name = 'signing'"
    )?;
    let bytes = hex::decode(stored.trim()).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let key: [u8; 32] = bytes
        .try_into()
        .map_err(|_| sqlx::Error::Protocol("the stored signing key is not 32 bytes".into()))?;
    Ok(ServerKey(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_holds_for_its_message_and_purpose_only() {
        let key = ServerKey::for_tests([7; 32]);
        let signature = key.sign("csrf", "1700000000");
        assert!(key.verify("csrf", "1700000000", &signature));
        assert!(!key.verify("csrf", "1700000001", &signature));
        assert!(!key.verify("rsvp", "1700000000", &signature));
        assert!(!key.verify("csrf", "1700000000", "not hex"));
        assert!(!ServerKey::for_tests([8; 32]).verify("csrf", "1700000000", &signature));
    }
}
