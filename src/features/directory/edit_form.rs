//! The edit forms' codec: what a posted organisation, location or service form says (checked
//! field by field, with a message beside each one that is wrong), and a stored record as its form
//! shows it. The edit pages and the imports read records through the same parsers.

use super::hours;
use super::store::{
    Closure, Contact, LocationInput, OrganizationInput, Phone, Schedule, ServiceInput,
    ServiceStatus, Theme, SPOKEN, TARGET_GROUPS,
};
use crate::domain::{Email, KboNumber, MessageKey};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{FieldErrors, FormValues};

const MAX_NAME: usize = limits::NAME;
const MAX_TEXT: usize = limits::TEXT;
pub const WEEKDAY_FIELDS: [&str; 7] = [
    "hours_1", "hours_2", "hours_3", "hours_4", "hours_5", "hours_6", "hours_7",
];

fn check_len(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.add(field, "error-too-long");
    }
}

/// Two language versions of one text, at least one of them given.
fn bilingual(
    form: &FormValues,
    errors: &mut FieldErrors,
    fr: &'static str,
    nl: &'static str,
    max: usize,
    required: bool,
) -> (String, String) {
    let (text_fr, text_nl) = (form.text(fr), form.text(nl));
    check_len(errors, fr, &text_fr, max);
    check_len(errors, nl, &text_nl, max);
    if required && text_fr.is_empty() && text_nl.is_empty() {
        errors.add(fr, "error-one-language-required");
    }
    (text_fr, text_nl)
}

fn optional<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    parse: impl Fn(&str) -> Result<T, MessageKey>,
) -> Option<T> {
    if value.trim().is_empty() {
        None
    } else {
        errors.check(field, parse(value.trim()))
    }
}

fn parse_website(input: &str) -> Result<String, MessageKey> {
    let ok = (input.starts_with("https://") || input.starts_with("http://"))
        && input.len() > 10
        && input.len() <= 300
        && !input.contains(char::is_whitespace);
    ok.then(|| input.to_string()).ok_or("error-url-invalid")
}

pub fn parse_organization(form: &FormValues) -> Result<OrganizationInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name_fr, name_nl) = bilingual(form, &mut errors, "name_fr", "name_nl", MAX_NAME, true);
    let (description_fr, description_nl) = bilingual(
        form,
        &mut errors,
        "description_fr",
        "description_nl",
        MAX_TEXT,
        false,
    );
    let legal_status = form.text("legal_status");
    check_len(&mut errors, "legal_status", &legal_status, MAX_NAME);
    let kbo = optional(&mut errors, "kbo", form.get("kbo"), |v| {
        KboNumber::parse(v).map(|k| k.to_string())
    });
    let website = optional(&mut errors, "website", form.get("website"), parse_website);
    let email = optional(&mut errors, "email", form.get("email"), |v| {
        Email::parse(v).map(|e| e.as_str().to_string())
    });
    let social_brussels_id = optional(
        &mut errors,
        "social_brussels_id",
        form.get("social_brussels_id"),
        |v| {
            (v.len() <= limits::CODE && v.chars().all(|c| c.is_ascii_alphanumeric()))
                .then(|| v.to_string())
                .ok_or("error-identifier-invalid")
        },
    );
    let phones = parse_phones(form, &mut errors);
    errors.into_result()?;
    Ok(OrganizationInput {
        uid: None,
        name_fr,
        name_nl,
        description_fr,
        description_nl,
        legal_status,
        kbo,
        website: website.unwrap_or_default(),
        email: email.unwrap_or_default(),
        social_brussels_id,
        phones,
    })
}

pub fn organization_values(input: &OrganizationInput) -> FormValues {
    let mut form = FormValues::default();
    for (name, value) in [
        ("name_fr", &input.name_fr),
        ("name_nl", &input.name_nl),
        ("description_fr", &input.description_fr),
        ("description_nl", &input.description_nl),
        ("legal_status", &input.legal_status),
        ("website", &input.website),
        ("email", &input.email),
    ] {
        form.set(name, value);
    }
    form.set("kbo", input.kbo.clone().unwrap_or_default());
    form.set(
        "social_brussels_id",
        input.social_brussels_id.clone().unwrap_or_default(),
    );
    set_rows(&mut form, &PHONE_FIELDS, phone_rows(&input.phones));
    form
}

fn parse_coordinate(input: &str, limit: f64) -> Result<f64, MessageKey> {
    input
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= limit)
        .ok_or("error-coordinate-invalid")
}

pub fn parse_location(
    form: &FormValues,
    municipalities: &[(String, String)],
) -> Result<LocationInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name_fr, name_nl) = bilingual(form, &mut errors, "name_fr", "name_nl", MAX_NAME, false);
    let (street_fr, street_nl) =
        bilingual(form, &mut errors, "street_fr", "street_nl", MAX_NAME, true);
    let postcode = form.text("postcode");
    if !(postcode.len() == 4 && postcode.chars().all(|c| c.is_ascii_digit())) {
        errors.add("postcode", "error-postcode-invalid");
    }
    let nis_code = form.text("nis_code");
    if !municipalities.iter().any(|(code, _)| *code == nis_code) {
        errors.add("nis_code", "error-choice-invalid");
    }
    let latitude = optional(&mut errors, "latitude", form.get("latitude"), |v| {
        parse_coordinate(v, 90.0)
    });
    let longitude = optional(&mut errors, "longitude", form.get("longitude"), |v| {
        parse_coordinate(v, 180.0)
    });
    let (accessibility_fr, accessibility_nl) = bilingual(
        form,
        &mut errors,
        "accessibility_fr",
        "accessibility_nl",
        MAX_TEXT,
        false,
    );
    let (transport_fr, transport_nl) = bilingual(
        form,
        &mut errors,
        "transport_fr",
        "transport_nl",
        MAX_TEXT,
        false,
    );
    errors.into_result()?;
    Ok(LocationInput {
        uid: None,
        name_fr,
        name_nl,
        street_fr,
        street_nl,
        postcode,
        nis_code,
        latitude,
        longitude,
        accessibility_fr,
        accessibility_nl,
        transport_fr,
        transport_nl,
    })
}

pub fn location_values(input: &LocationInput) -> FormValues {
    let mut form = FormValues::default();
    for (name, value) in [
        ("name_fr", &input.name_fr),
        ("name_nl", &input.name_nl),
        ("street_fr", &input.street_fr),
        ("street_nl", &input.street_nl),
        ("postcode", &input.postcode),
        ("nis_code", &input.nis_code),
        ("accessibility_fr", &input.accessibility_fr),
        ("accessibility_nl", &input.accessibility_nl),
        ("transport_fr", &input.transport_fr),
        ("transport_nl", &input.transport_nl),
    ] {
        form.set(name, value);
    }
    form.set(
        "latitude",
        input.latitude.map(|v| v.to_string()).unwrap_or_default(),
    );
    form.set(
        "longitude",
        input.longitude.map(|v| v.to_string()).unwrap_or_default(),
    );
    form
}

/// A time as people write it: "9:00", "09:00", "13h30", "17h", "9".
fn clock(input: &str) -> Option<String> {
    let time = input.trim().replace(['h', 'H', '.'], ":");
    match time.split_once(':') {
        Some((_, "")) => hours::parse_time(&format!("{time}00")),
        Some(_) => hours::parse_time(&time),
        None => hours::parse_time(&format!("{time}:00")),
    }
}

/// "09:00-12:00, 13:30-17:00" into ranges; an empty day is closed.
pub fn parse_day(weekday: i64, input: &str) -> Result<Vec<Schedule>, MessageKey> {
    if input.chars().count() > limits::NAME {
        return Err("error-too-long");
    }
    input
        .split([',', ';'])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|range| {
            let (opens, closes) = range.split_once(['-', '–']).ok_or("error-hours-invalid")?;
            let opens = clock(opens).ok_or("error-hours-invalid")?;
            let closes = clock(closes).ok_or("error-hours-invalid")?;
            if opens >= closes {
                return Err("error-hours-invalid");
            }
            Ok(Schedule {
                weekday,
                opens,
                closes,
            })
        })
        .collect()
}

fn day_text(schedules: &[Schedule], weekday: i64) -> String {
    schedules
        .iter()
        .filter(|s| s.weekday == weekday)
        .map(|s| format!("{}-{}", s.opens, s.closes))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The numbered rows of a group, skipping rows left empty.
fn filled_rows<'a>(
    form: &'a FormValues,
    fields: &'a [&'a str],
) -> impl Iterator<Item = Vec<String>> + 'a {
    form.rows(fields[0])
        .into_iter()
        .chain(fields[1..].iter().flat_map(|f| form.rows(f)))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|row| {
            fields
                .iter()
                .map(|f| form.at(f, row).trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|values| values.iter().any(|v| !v.is_empty()))
}

const CLOSURE_FIELDS: [&str; 4] = [
    "closure_starts_on",
    "closure_ends_on",
    "closure_reason_fr",
    "closure_reason_nl",
];
const PHONE_FIELDS: [&str; 3] = [
    "phone_number",
    "phone_description_fr",
    "phone_description_nl",
];
const CONTACT_FIELDS: [&str; 4] = [
    "contact_name",
    "contact_title",
    "contact_email",
    "contact_phone",
];

fn parse_phone_number(input: &str) -> Result<String, MessageKey> {
    match fields::phone(input)? {
        number if number.is_empty() => Err("error-phone-invalid"),
        number => Ok(number),
    }
}

fn parse_phones(form: &FormValues, errors: &mut FieldErrors) -> Vec<Phone> {
    let mut phones = Vec::new();
    for row in filled_rows(form, &PHONE_FIELDS) {
        if row[1..].iter().any(|d| d.chars().count() > limits::LINE) {
            errors.add("phones", "error-too-long");
            continue;
        }
        if let Some(number) = errors.check("phones", parse_phone_number(&row[0])) {
            phones.push(Phone {
                number,
                description_fr: row[1].clone(),
                description_nl: row[2].clone(),
            });
        }
    }
    phones
}

fn set_rows(form: &mut FormValues, fields: &[&str], values: Vec<Vec<String>>) {
    for (row, values) in values.into_iter().enumerate() {
        for (field, value) in fields.iter().zip(values) {
            form.set(format!("{field}_{row}"), value);
        }
    }
}

fn phone_rows(phones: &[Phone]) -> Vec<Vec<String>> {
    phones
        .iter()
        .map(|p| {
            vec![
                p.number.clone(),
                p.description_fr.clone(),
                p.description_nl.clone(),
            ]
        })
        .collect()
}

/// People come to a service somewhere: one published from the form with no place (by phone,
/// online) is saved once the editor says it has none, so a forgotten place is not one left out.
/// (Imports take services as their source has them.)
pub fn require_place(
    form: &FormValues,
    service: ServiceInput,
) -> Result<ServiceInput, FieldErrors> {
    let unplaced = service.location_ids.is_empty() && service.status == ServiceStatus::Active;
    if unplaced && !form.checked("without_place") {
        let mut errors = FieldErrors::default();
        errors.add("location_ids", "error-service-without-place");
        return Err(errors);
    }
    Ok(service)
}

pub fn parse_service(
    form: &FormValues,
    themes: &[Theme],
    location_ids: &[i64],
) -> Result<ServiceInput, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (name_fr, name_nl) = bilingual(form, &mut errors, "name_fr", "name_nl", MAX_NAME, true);
    let mut text = |fr, nl| bilingual(form, &mut errors, fr, nl, MAX_TEXT, false);
    let (description_fr, description_nl) = text("description_fr", "description_nl");
    let (eligibility_fr, eligibility_nl) = text("eligibility_fr", "eligibility_nl");
    let (fees_fr, fees_nl) = text("fees_fr", "fees_nl");
    let (application_fr, application_nl) = text("application_fr", "application_nl");
    let status = errors
        .check("status", ServiceStatus::parse(form.get("status")))
        .unwrap_or_default();
    let mut codes = |field: &'static str, known: &dyn Fn(&str) -> bool| -> Vec<String> {
        let chosen: Vec<String> = form.all(field).into_iter().map(str::to_string).collect();
        if chosen.iter().any(|c| !known(c)) {
            errors.add(field, "error-choice-invalid");
        }
        chosen
    };
    let theme_codes = codes("themes", &|c| themes.iter().any(|t| t.code == c));
    let languages = codes("languages", &|c| SPOKEN.contains(&c));
    let target_groups = codes("target_groups", &|c| TARGET_GROUPS.contains(&c));
    let locations = codes("location_ids", &|c| {
        c.parse::<i64>().is_ok_and(|id| location_ids.contains(&id))
    });
    let mut schedules = Vec::new();
    for (day, field) in (1..=7).zip(WEEKDAY_FIELDS) {
        if let Some(ranges) = errors.check(field, parse_day(day, form.get(field))) {
            schedules.extend(ranges);
        }
    }
    let mut closures = Vec::new();
    for row in filled_rows(form, &CLOSURE_FIELDS) {
        // No end is one day; an end that is not a date is an error, not the start.
        let day = |v: &str| fields::date(v).ok();
        let ends = if row[1].trim().is_empty() {
            &row[0]
        } else {
            &row[1]
        };
        let said = row[2..].iter().all(|r| r.chars().count() <= limits::LINE);
        match (day(&row[0]), day(ends)) {
            (Some(starts_on), Some(ends_on)) if ends_on >= starts_on && said => {
                closures.push(Closure {
                    starts_on,
                    ends_on,
                    reason_fr: row[2].clone(),
                    reason_nl: row[3].clone(),
                })
            }
            _ => errors.add("closures", "error-closure-invalid"),
        }
    }
    let phones = parse_phones(form, &mut errors);
    let mut contacts = Vec::new();
    for row in filled_rows(form, &CONTACT_FIELDS) {
        let email_ok = row[2].is_empty() || Email::parse(&row[2]).is_ok();
        let phone_ok = row[3].is_empty() || parse_phone_number(&row[3]).is_ok();
        let short = row[..2].iter().all(|t| t.chars().count() <= MAX_NAME);
        if row[0].is_empty() || !email_ok || !phone_ok || !short {
            errors.add("contacts", "error-contact-invalid");
            continue;
        }
        contacts.push(Contact {
            name: row[0].clone(),
            title: row[1].clone(),
            email: row[2].clone(),
            phone: row[3].clone(),
        });
    }
    errors.into_result()?;
    Ok(ServiceInput {
        uid: None,
        name_fr,
        name_nl,
        description_fr,
        description_nl,
        eligibility_fr,
        eligibility_nl,
        fees_fr,
        fees_nl,
        application_fr,
        application_nl,
        status,
        by_appointment: form.checked("by_appointment"),
        themes: theme_codes,
        languages,
        target_groups,
        schedules,
        closures,
        location_ids: locations.iter().filter_map(|l| l.parse().ok()).collect(),
        phones,
        contacts,
    })
}

pub fn service_values(input: &ServiceInput) -> FormValues {
    let mut form = FormValues::default();
    for (name, value) in [
        ("name_fr", &input.name_fr),
        ("name_nl", &input.name_nl),
        ("description_fr", &input.description_fr),
        ("description_nl", &input.description_nl),
        ("eligibility_fr", &input.eligibility_fr),
        ("eligibility_nl", &input.eligibility_nl),
        ("fees_fr", &input.fees_fr),
        ("fees_nl", &input.fees_nl),
        ("application_fr", &input.application_fr),
        ("application_nl", &input.application_nl),
    ] {
        form.set(name, value);
    }
    form.set("status", input.status);
    if input.by_appointment {
        form.set("by_appointment", "on");
    }
    for (field, codes) in [
        ("themes", &input.themes),
        ("languages", &input.languages),
        ("target_groups", &input.target_groups),
    ] {
        for code in codes {
            form.set(field, code);
        }
    }
    for id in &input.location_ids {
        form.set("location_ids", id);
    }
    for (day, field) in (1..=7).zip(WEEKDAY_FIELDS) {
        form.set(field, day_text(&input.schedules, day));
    }
    set_rows(
        &mut form,
        &CLOSURE_FIELDS,
        input
            .closures
            .iter()
            .map(|c| {
                vec![
                    c.starts_on.to_string(),
                    c.ends_on.to_string(),
                    c.reason_fr.clone(),
                    c.reason_nl.clone(),
                ]
            })
            .collect(),
    );
    set_rows(&mut form, &PHONE_FIELDS, phone_rows(&input.phones));
    set_rows(
        &mut form,
        &CONTACT_FIELDS,
        input
            .contacts
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    c.title.clone(),
                    c.email.clone(),
                    c.phone.clone(),
                ]
            })
            .collect(),
    );
    form
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn opening_hours_accept_the_usual_spellings() {
        let day = parse_day(2, "9:00-12:00, 13h30–17h").unwrap();
        assert_eq!(
            day.iter()
                .map(|s| (s.opens.as_str(), s.closes.as_str()))
                .collect::<Vec<_>>(),
            [("09:00", "12:00"), ("13:30", "17:00")]
        );
        assert!(parse_day(2, "").unwrap().is_empty());
        assert!(parse_day(2, "12:00-09:00").is_err());
        assert!(parse_day(2, "morning").is_err());
    }

    #[test]
    fn a_service_survives_its_form() {
        let themes = vec![Theme {
            code: "housing".into(),
            name_fr: "Logement".into(),
            name_nl: "Huisvesting".into(),
            name_en: "Housing".into(),
        }];
        let input = ServiceInput {
            name_fr: "Aide".into(),
            name_nl: "Hulp".into(),
            status: ServiceStatus::Active,
            by_appointment: true,
            themes: vec!["housing".into()],
            languages: vec!["fr".into(), "nl".into()],
            target_groups: vec!["families".into()],
            schedules: parse_day(1, "09:00-12:00, 13:00-16:00").unwrap(),
            closures: vec![Closure {
                starts_on: NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2027, 1, 2).unwrap(),
                reason_fr: "Congé".into(),
                reason_nl: "Verlof".into(),
            }],
            location_ids: vec![7],
            phones: vec![Phone {
                number: "02 555 12 34".into(),
                description_fr: "Accueil".into(),
                description_nl: "Onthaal".into(),
            }],
            contacts: vec![Contact {
                name: "Ana".into(),
                title: String::new(),
                email: "ana@example.be".into(),
                phone: String::new(),
            }],
            ..ServiceInput::default()
        };
        let form = service_values(&input);
        assert_eq!(parse_service(&form, &themes, &[7]).unwrap(), input);
        // The form offers one empty row after the filled ones.
        assert_eq!(form.rows("phone_number"), vec![0, 1]);
    }

    #[test]
    fn bad_rows_are_refused_with_a_message_for_their_group() {
        let form = FormValues(vec![
            ("name_fr".into(), "Aide".into()),
            ("status".into(), "active".into()),
            ("phone_number_0".into(), "call us".into()),
            ("closure_starts_on_0".into(), "2026-12-24".into()),
            ("closure_ends_on_0".into(), "2026-12-01".into()),
            ("themes".into(), "nope".into()),
        ]);
        let errors = parse_service(&form, &[], &[]).unwrap_err();
        for field in ["phones", "closures", "themes"] {
            assert!(errors.has(field), "{field}");
        }
    }
}
