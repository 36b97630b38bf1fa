//! A coordination's own choices. Each setting has a default, so a coordination that never chose
//! behaves as Socius does out of the box.

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::PublicScope;
use crate::{execute, scalar_optional};

/// The instance's own choices, for what belongs to no coordination; set by platform admins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlatformSetting {
    /// Platform admins and regional staff sign in with a second factor.
    StaffNeedSecondFactor,
    /// How many months the IP addresses of sign-in events and other audit entries are kept.
    SignInAddressesKeptMonths,
}

impl PlatformSetting {
    pub fn name(self) -> &'static str {
        match self {
            PlatformSetting::StaffNeedSecondFactor => "accounts.staff_need_second_factor",
            PlatformSetting::SignInAddressesKeptMonths => "privacy.sign_in_addresses_months",
        }
    }

    pub fn default_value(self) -> &'static str {
        match self {
            PlatformSetting::StaffNeedSecondFactor => "true",
            PlatformSetting::SignInAddressesKeptMonths => "12",
        }
    }

    /// The setting's value as stored, or its default.
    pub async fn value(self, db: &Db) -> Result<String, sqlx::Error> {
        let value: Option<String> = scalar_optional!(
            db,
            "SELECT value FROM platform_settings WHERE name = $1",
            self.name()
        )?;
        Ok(value.unwrap_or_else(|| self.default_value().to_string()))
    }

    pub async fn flag(self, db: &Db) -> Result<bool, sqlx::Error> {
        Ok(self.value(db).await? == "true")
    }

    pub async fn number(self, db: &Db) -> Result<i64, sqlx::Error> {
        Ok(parse_number(&self.value(db).await?, self.default_value()))
    }

    pub async fn set(self, tx: &mut Tx, value: &str) -> Result<(), sqlx::Error> {
        execute!(
            tx,
            "INSERT INTO platform_settings (name, value) VALUES ($1, $2) \
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            self.name(),
            value
        )?;
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// Changes that member organisations make to their own records on the social map wait for a
    /// coordinator's approval.
    MemberEditsNeedApproval,
    /// Who admits or refuses applications: `coordinator` or `steering` (the steering group's
    /// members, coordinators always can).
    AdmissionBy,
    /// How many member organisations must support a proposed working group before the
    /// coordinator can create it.
    GroupSupportThreshold,
    /// How many days before a meeting the invited get a reminder.
    MeetingReminderDays,
    /// Until how many days before a meeting members may propose agenda items.
    MeetingProposalDays,
    /// The smallest group of people the observatory shows outside the coordination.
    ObservatoryMinimumCount,
    /// The fewest organisations a figure the observatory shows outside the coordination may
    /// come from, so that no partner's own caseload can be read off it.
    ObservatoryMinimumOrganisations,
    /// Coordinators sign in with a second factor (on unless the coordination turns it off: they
    /// see every partner's contact details).
    CoordinatorsNeedSecondFactor,
    /// How many months a refused application is kept before it is deleted.
    RefusedApplicationsKeptMonths,
    /// How many days the text of a delivered email is kept (its subject, recipient and delivery
    /// stay in the mail log).
    DeliveredMailKeptDays,
}

impl Setting {
    pub fn name(self) -> &'static str {
        match self {
            Setting::MemberEditsNeedApproval => "directory.member_edits_need_approval",
            Setting::AdmissionBy => "membership.admission_by",
            Setting::GroupSupportThreshold => "membership.group_support_threshold",
            Setting::MeetingReminderDays => "meetings.reminder_days",
            Setting::MeetingProposalDays => "meetings.proposal_days",
            Setting::ObservatoryMinimumCount => "observatory.minimum_count",
            Setting::ObservatoryMinimumOrganisations => "observatory.minimum_organisations",
            Setting::CoordinatorsNeedSecondFactor => "accounts.coordinators_need_second_factor",
            Setting::RefusedApplicationsKeptMonths => "privacy.refused_applications_months",
            Setting::DeliveredMailKeptDays => "privacy.delivered_mail_days",
        }
    }

    pub fn default_value(self) -> &'static str {
        match self {
            Setting::MemberEditsNeedApproval => "false",
            Setting::AdmissionBy => "coordinator",
            Setting::GroupSupportThreshold => "3",
            Setting::MeetingReminderDays => "2",
            Setting::MeetingProposalDays => "10",
            Setting::ObservatoryMinimumCount => "5",
            Setting::ObservatoryMinimumOrganisations => "3",
            Setting::CoordinatorsNeedSecondFactor => "true",
            Setting::RefusedApplicationsKeptMonths => "12",
            Setting::DeliveredMailKeptDays => "90",
        }
    }
}

/// A setting's value as stored, or its default. Settings are how a coordination works, not
/// anybody's data: read with the coordination (the policy needs some before any proof exists) or
/// its proof.
pub async fn value(
    db: &Db,
    scope: impl PublicScope,
    setting: Setting,
) -> Result<String, sqlx::Error> {
    let value: Option<String> = scalar_optional!(
        db,
        "SELECT value FROM coordination_settings WHERE coordination_id = $1 AND name = $2",
        scope.scope_id(),
        setting.name()
    )?;
    Ok(value.unwrap_or_else(|| setting.default_value().to_string()))
}

pub async fn number(
    db: &Db,
    scope: impl PublicScope,
    setting: Setting,
) -> Result<i64, sqlx::Error> {
    let stored = value(db, scope, setting).await?;
    Ok(parse_number(&stored, setting.default_value()))
}

/// A stored number, or the default when what is stored is not one.
fn parse_number(stored: &str, default: &str) -> i64 {
    stored
        .parse()
        .unwrap_or_else(|_| default.parse().unwrap_or(0))
}

pub async fn flag(db: &Db, scope: impl PublicScope, setting: Setting) -> Result<bool, sqlx::Error> {
    Ok(value(db, scope, setting).await? == "true")
}

pub async fn set_flag(
    tx: &mut Tx,
    tenant: &Tenant,
    setting: Setting,
    on: bool,
) -> Result<(), sqlx::Error> {
    set_value(tx, tenant, setting, if on { "true" } else { "false" }).await
}

/// Saves several of a coordination's settings at once (a settings form), in its transaction.
pub async fn set_values(
    tx: &mut Tx,
    tenant: &Tenant,
    values: &[(Setting, String)],
) -> Result<(), sqlx::Error> {
    for (setting, value) in values {
        set_value(tx, tenant, *setting, value).await?;
    }
    Ok(())
}

pub async fn set_value(
    tx: &mut Tx,
    tenant: &Tenant,
    setting: Setting,
    value: &str,
) -> Result<(), sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO coordination_settings (coordination_id, name, value) VALUES ($1, $2, $3) \
         ON CONFLICT (coordination_id, name) DO UPDATE SET value = excluded.value",
        tenant.id(),
        setting.name(),
        value
    )?;
    Ok(())
}
