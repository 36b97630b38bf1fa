//! In-process rate limits on the doors attackers knock on: login, password reset, public forms.

use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::platform::web::AppError;

pub struct RateLimits {
    /// Per account: slows password guessing against one address.
    login_account: DefaultKeyedRateLimiter<String>,
    /// Per client address: slows spraying many addresses.
    login_ip: DefaultKeyedRateLimiter<String>,
    /// Per client address, for forms anyone may post (password reset, public reports).
    public_form_ip: DefaultKeyedRateLimiter<String>,
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n).expect("positive quota"))
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            login_account: RateLimiter::keyed(per_minute(5)),
            login_ip: RateLimiter::keyed(per_minute(30)),
            public_form_ip: RateLimiter::keyed(per_minute(10)),
        }
    }
}

impl RateLimits {
    pub fn check_login(&self, account: &str, ip: &str) -> Result<(), AppError> {
        let ip_ok = self.login_ip.check_key(&ip.to_string()).is_ok();
        let account_ok = self.login_account.check_key(&account.to_string()).is_ok();
        if ip_ok && account_ok {
            Ok(())
        } else {
            Err(AppError::RateLimited)
        }
    }

    pub fn check_public_form(&self, ip: &str) -> Result<(), AppError> {
        self.public_form_ip
            .check_key(&ip.to_string())
            .map_err(|_| AppError::RateLimited)
    }

    /// Drops the state of keys that are back to full capacity, so memory stays bounded.
    pub fn forget_idle(&self) {
        self.login_account.retain_recent();
        self.login_ip.retain_recent();
        self.public_form_ip.retain_recent();
    }
}
