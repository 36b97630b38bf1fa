//! The demo's coordinator who signs in with a second factor, to show the flow: its key is printed
//! beside the password, for an authenticator app (or `oathtool --totp -b KEY`).

use super::{second_factor, store};
use crate::platform::db::Tx;

/// A demo's key, public by design: this is a demo, not an installation.
pub const SECOND_FACTOR_KEY: &str = "SOCIUSDEMOWATERMAELBOITSFORTTOTP";

/// Turns the second factor on for `user_id` with the demo's key, with ten recovery codes nobody
/// knows (a new set is one code away on *My account*).
pub async fn enrol(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    store::start_second_factor(tx, user_id, SECOND_FACTOR_KEY).await?;
    // A step long past confirms the key without taking any code an app shows today.
    store::use_step(tx, user_id, 1).await?;
    let (_, hashes) = second_factor::fresh_recovery_codes();
    store::set_recovery_codes(tx, user_id, &hashes).await
}
