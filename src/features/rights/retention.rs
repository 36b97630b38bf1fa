//! Retention: what Socius forgets on its own, and when. Each coordination sets how long refused
//! applications and the text of delivered emails are kept; the instance how long IP addresses
//! are kept; spent links (password, role offers, report links past their round's deadline) go
//! at once. Applied by the housekeeping task.

use chrono::{DateTime, Duration, Months, Utc};

use crate::features::membership::store as membership_store;
use crate::features::observatory::store::links as report_links;
use crate::features::people::store as people_store;
use crate::platform::db::Db;
use crate::platform::policy::Tenant;
use crate::platform::settings::{self, PlatformSetting, Setting};
use crate::platform::web::AppError;
use crate::platform::{audit, auth, mail, tenancy};

/// What one pass forgot.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub refused_applications: u64,
    pub message_texts: u64,
    pub ip_addresses: u64,
    pub links: u64,
}

impl Forgotten {
    pub fn is_empty(&self) -> bool {
        *self == Forgotten::default()
    }
}

/// `now` less `months` months (a month's end stays within its month).
fn months_before(now: DateTime<Utc>, months: i64) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(months.clamp(0, 1200) as u32))
        .unwrap_or(now)
}

/// Forgets what is past its time, as of `now`, in every coordination.
pub async fn apply(db: &Db, now: DateTime<Utc>) -> Result<Forgotten, AppError> {
    let mut forgotten = Forgotten::default();
    for coordination in tenancy::list(db).await? {
        // Socius's own job, acting for the coordination by its settings.
        let tenant = Tenant::system(coordination.id);
        let months = settings::number(db, &tenant, Setting::RefusedApplicationsKeptMonths).await?;
        let days = settings::number(db, &tenant, Setting::DeliveredMailKeptDays).await?;
        let mut tx = db.begin().await?;
        forgotten.refused_applications +=
            membership_store::forget_refused(&mut tx, &tenant, months_before(now, months)).await?;
        forgotten.message_texts +=
            mail::forget_delivered_bodies(&mut tx, Some(&tenant), now - Duration::days(days))
                .await?;
        tx.commit().await?;
    }
    // Mail of no coordination (password links) is kept as long as the default says.
    let default_days: i64 = Setting::DeliveredMailKeptDays
        .default_value()
        .parse()
        .unwrap_or(90);
    let mut tx = db.begin().await?;
    forgotten.message_texts +=
        mail::forget_delivered_bodies(&mut tx, None, now - Duration::days(default_days)).await?;
    tx.commit().await?;
    let months = PlatformSetting::SignInAddressesKeptMonths
        .number(db)
        .await?;
    forgotten.ip_addresses = audit::forget_addresses(db, months_before(now, months)).await?;
    let today = now.with_timezone(&chrono_tz::Europe::Brussels).date_naive();
    forgotten.links = auth::forget_spent_links(db, now).await?
        + people_store::forget_expired_offers(db, now).await?
        + report_links::forget_spent(db, today).await?;
    Ok(forgotten)
}
