//! The signal form's codec: what a posted form says (checked, with a message beside each field
//! that is wrong and nothing typed lost), and a stored signal as the form shows it.

use chrono::{Datelike, NaiveDate};

use super::store::rounds::Round;
use super::store::{Outcome, Signal, SignalInput, SignalKind, Trend};
use super::{Dimension, Labels};
use crate::domain::AnonymousText;
use crate::features::membership::store::Membership;
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{FieldErrors, FormValues};

/// The kind a form is for: non-take-up when it says so, a need otherwise.
pub fn kind_of(form: &FormValues) -> SignalKind {
    SignalKind::parse(form.get("kind")).unwrap_or(SignalKind::Need)
}

/// The first and last day of the half-year `today` falls in: the usual reporting period.
pub fn this_semester(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first_half = today.month() <= 6;
    let (start, end) = if first_half {
        ((1, 1), (6, 30))
    } else {
        ((7, 1), (12, 31))
    };
    (
        NaiveDate::from_ymd_opt(today.year(), start.0, start.1).unwrap_or(today),
        NaiveDate::from_ymd_opt(today.year(), end.0, end.1).unwrap_or(today),
    )
}

/// Checks a posted signal. Free text holding personal data is refused with what was found, and
/// nothing the person typed is lost (the form comes back with it).
pub fn parse(
    form: &FormValues,
    labels: &Labels,
    (own, coordinator): (Option<&Membership>, bool),
    members: &[Membership],
    rounds: &[Round],
) -> Result<SignalInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = kind_of(form);
    let membership_id = match (own, coordinator) {
        (_, true) if !form.get("membership_id").is_empty() => {
            let chosen: Option<i64> = form.get("membership_id").parse().ok();
            match chosen.filter(|id| members.iter().any(|m| m.id == *id)) {
                Some(id) => id,
                None => {
                    errors.add("membership_id", "error-choice-invalid");
                    0
                }
            }
        }
        (Some(own), _) => own.id,
        (None, _) => {
            errors.add("membership_id", "error-observatory-organisation");
            0
        }
    };
    let round_id = match form.get("round_id") {
        "" => None,
        value => {
            let id: Option<i64> = value.parse().ok();
            if id.is_some_and(|id| rounds.iter().any(|r| r.id == id)) {
                id
            } else {
                errors.add("round_id", "error-choice-invalid");
                None
            }
        }
    };
    let choice = |errors: &mut FieldErrors, field: &'static str, dimension: Dimension| {
        let value = form.get(field);
        if labels.knows(dimension, value) {
            Some(value.to_string())
        } else {
            errors.add(field, "error-choice-required");
            None
        }
    };
    let (theme_code, right_code, trend, severity, outcome, causes) = if kind == SignalKind::Need {
        (
            choice(&mut errors, "theme", Dimension::Theme),
            None,
            choice(&mut errors, "trend", Dimension::Trend).and_then(|t| Trend::parse(&t).ok()),
            choice(&mut errors, "severity", Dimension::Severity).and_then(|s| s.parse().ok()),
            None,
            Vec::new(),
        )
    } else {
        // A cause sent twice (a crafted or repeated form) counts once.
        let mut causes: Vec<String> = Vec::new();
        for cause in form.all("causes") {
            if labels.knows(Dimension::Cause, cause) && !causes.iter().any(|c| c == cause) {
                causes.push(cause.to_string());
            }
        }
        if causes.is_empty() {
            errors.add("causes", "error-observatory-causes");
        }
        (
            None,
            choice(&mut errors, "right", Dimension::Right),
            None,
            None,
            choice(&mut errors, "outcome", Dimension::Outcome)
                .and_then(|o| Outcome::parse(&o).ok()),
            causes,
        )
    };
    let target_group = choice(&mut errors, "target_group", Dimension::TargetGroup);
    let nis_code = match form.get("nis_code") {
        "" => None,
        _ => choice(&mut errors, "nis_code", Dimension::Municipality),
    };
    let basin_code = match form.get("basin_code") {
        "" => None,
        _ => choice(&mut errors, "basin_code", Dimension::Basin),
    };
    let neighbourhood = form.text("neighbourhood");
    if let Err(key) =
        fields::optional(&neighbourhood, limits::NAME).and_then(|n| AnonymousText::parse(&n))
    {
        errors.add("neighbourhood", key);
    }
    let date = |field: &str| fields::date(form.get(field)).ok();
    let (period_start, period_end) = (date("period_start"), date("period_end"));
    match (period_start, period_end) {
        (Some(start), Some(end)) if start <= end => {}
        (Some(_), Some(_)) => errors.add("period_end", "error-period-order"),
        (start, end) => {
            // Each date that is not one is said beside itself.
            if start.is_none() {
                errors.add("period_start", "error-period-invalid");
            }
            if end.is_none() {
                errors.add("period_end", "error-period-invalid");
            }
        }
    }
    let description = form.text("description");
    if description.is_empty() {
        errors.add("description", "error-observatory-description");
    } else if let Err(key) =
        fields::optional(&description, limits::TEXT).and_then(|d| AnonymousText::parse(&d))
    {
        errors.add("description", key);
    }
    let people_count: Option<i64> = form
        .get("people_count")
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=1_000_000).contains(n));
    if people_count.is_none() {
        errors.add("people_count", "error-observatory-count");
    }
    errors.into_result()?;
    Ok(SignalInput {
        membership_id,
        round_id,
        kind,
        theme_code,
        right_code,
        causes,
        target_group: target_group.unwrap_or_default(),
        nis_code,
        basin_code,
        neighbourhood,
        period_start: period_start.unwrap_or_default(),
        period_end: period_end.unwrap_or_default(),
        description,
        trend,
        severity,
        people_count: people_count.unwrap_or(0),
        outcome,
    })
}

/// A stored signal as its form shows it, to correct.
pub fn form_of(signal: &Signal) -> FormValues {
    let mut form = FormValues::default();
    form.set("kind", signal.kind);
    form.set("membership_id", signal.membership_id);
    form.set(
        "round_id",
        signal.round_id.map(|r| r.to_string()).unwrap_or_default(),
    );
    form.set("theme", signal.theme_code.clone().unwrap_or_default());
    form.set("right", signal.right_code.clone().unwrap_or_default());
    for cause in signal.cause_codes() {
        form.set("causes", cause);
    }
    form.set("target_group", &signal.target_group);
    form.set("nis_code", signal.nis_code.clone().unwrap_or_default());
    form.set("basin_code", signal.basin_code.clone().unwrap_or_default());
    form.set("neighbourhood", &signal.neighbourhood);
    form.set("period_start", signal.period_start);
    form.set("period_end", signal.period_end);
    form.set("description", &signal.description);
    form.set("trend", signal.trend.map_or("", Trend::as_str));
    form.set(
        "severity",
        signal.severity.map(|s| s.to_string()).unwrap_or_default(),
    );
    form.set("people_count", signal.people_count);
    form.set("outcome", signal.outcome.map_or("", Outcome::as_str));
    form
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_period_is_the_current_half_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            this_semester(d(2026, 3, 14)),
            (d(2026, 1, 1), d(2026, 6, 30))
        );
        assert_eq!(
            this_semester(d(2026, 12, 1)),
            (d(2026, 7, 1), d(2026, 12, 31))
        );
    }
}
