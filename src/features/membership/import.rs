//! Starting a coordination on Socius: its member list and contact persons from the sheet it keeps
//! today (CSV, as Excel and LibreOffice save it, `,` or `;`), with a dry run that says per line what
//! would be created, matched (by KBO number, else by name) or refused and why — as the social map's
//! HSDS import does. Imported organisations are members; their contact persons get no account and
//! no email until the coordinator invites them from the organisation's page.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::response::{Html, IntoResponse, Response};

use super::store::{self, Application, ContactRole, MembershipStatus, NewContact};
use crate::domain::{Email, KboNumber, Lang, MessageKey};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::collation::fold;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::reference;
use crate::platform::tenancy::CoordPath;
use crate::platform::upload;
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{render, AppError, PageCtx};
use crate::platform::AppState;
use crate::vocabulary;

/// The largest sheet taken: a coordination has at most a few hundred organisations.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

vocabulary! {
    /// What the import does with a line of the sheet.
    pub enum LineOutcome: "members-import-" {
        Created = "created",
        /// An organisation already in the register (same KBO number, else same name).
        Matched = "matched",
        Refused = "refused",
    }
}

impl LineOutcome {
    /// What the report says of one line.
    pub fn word_key(self) -> MessageKey {
        match self {
            LineOutcome::Created => "members-import-line-created",
            LineOutcome::Matched => "members-import-line-matched",
            LineOutcome::Refused => "members-import-line-refused",
        }
    }
}

/// A line of the report.
pub struct ReportLine {
    /// The line's number in the sheet (the header is line 1).
    pub number: usize,
    pub name: String,
    pub outcome: LineOutcome,
    pub reasons: Vec<MessageKey>,
}

pub struct ImportReport {
    pub dry_run: bool,
    pub lines: Vec<ReportLine>,
}

impl ImportReport {
    pub fn count(&self, outcome: &LineOutcome) -> usize {
        self.lines.iter().filter(|l| l.outcome == *outcome).count()
    }
}

/// A line as read: the organisation and its contact person, when the sheet gives one.
struct Row {
    name: String,
    kbo: Option<String>,
    email: String,
    website: String,
    address: String,
    themes: Vec<String>,
    contact: Option<(String, Email, String, Lang)>,
}

/// The column a header names, in French, Dutch or English, however it is written.
fn column(header: &str) -> Option<&'static str> {
    let key: String = fold(header)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    Some(match key.as_str() {
        "name" | "nom" | "naam" | "organisation" | "organization" | "organisatie" => "name",
        "kbo" | "bce" | "ondernemingsnummer" | "numerodentreprise" | "companynumber" => "kbo",
        "email" | "courriel" | "mail" => "email",
        "website" | "siteweb" | "site" | "webpage" => "website",
        "address" | "adresse" | "adres" => "address",
        "themes" | "theme" | "themas" | "thema" => "themes",
        "contact" | "contactname" | "personnedecontact" | "contactpersoon" => "contact_name",
        "contactemail" | "emailcontact" | "contactmail" => "contact_email",
        "contactphone" | "telephone" | "telefoon" | "phone" | "tel" => "contact_phone",
        "language" | "langue" | "taal" | "contactlanguage" => "contact_lang",
        _ => return None,
    })
}

/// The sheet's lines as (column, value) pairs, by line; the header names the columns.
fn read_csv(bytes: &[u8]) -> Result<Vec<Vec<(&'static str, String)>>, MessageKey> {
    let text = std::str::from_utf8(bytes).map_err(|_| "error-import-encoding")?;
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().next().unwrap_or_default();
    // Excel in Belgium saves with semicolons; elsewhere with commas.
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns: Vec<Option<&'static str>> = reader
        .headers()
        .map_err(|_| "error-import-unreadable")?
        .iter()
        .map(column)
        .collect();
    if !columns.contains(&Some("name")) {
        return Err("error-import-no-name-column");
    }
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| "error-import-unreadable")?;
        let line = columns
            .iter()
            .zip(record.iter())
            .filter_map(|(column, value)| column.map(|c| (c, value.trim().to_string())))
            .collect();
        lines.push(line);
    }
    Ok(lines)
}

/// Checks a line; every reason it is refused for.
fn parse_row(
    line: &[(&'static str, String)],
    themes: &[(String, String, String)],
) -> Result<Row, Vec<MessageKey>> {
    let get = |name: &str| {
        line.iter()
            .find(|(c, _)| *c == name)
            .map_or("", |(_, v)| v.as_str())
    };
    let mut reasons = Vec::new();
    // A value as checked, or empty with the reason kept.
    fn check(reasons: &mut Vec<MessageKey>, result: Result<String, MessageKey>) -> String {
        result.unwrap_or_else(|key| {
            reasons.push(key);
            String::new()
        })
    }
    let name = check(&mut reasons, fields::required(get("name"), limits::NAME));
    let kbo = match get("kbo") {
        "" => None,
        typed => Some(check(
            &mut reasons,
            KboNumber::parse(typed).map(|k| k.to_string()),
        )),
    };
    let email = match get("email") {
        "" => String::new(),
        typed => check(
            &mut reasons,
            Email::parse(typed).map(|e| e.as_str().to_string()),
        ),
    };
    let website = check(&mut reasons, fields::optional(get("website"), limits::LINE));
    let address = check(&mut reasons, fields::optional(get("address"), limits::LINE));
    // Themes by code or by their French or Dutch name.
    let mut codes = Vec::new();
    for typed in get("themes").split([',', ';', '|']).map(str::trim) {
        if typed.is_empty() {
            continue;
        }
        let wanted = fold(typed);
        match themes
            .iter()
            .find(|(code, fr, nl)| *code == typed || fold(fr) == wanted || fold(nl) == wanted)
        {
            Some((code, _, _)) if !codes.contains(code) => codes.push(code.clone()),
            Some(_) => {}
            None => reasons.push("error-import-theme"),
        }
    }
    let contact = match (get("contact_name"), get("contact_email")) {
        ("", "") => None,
        (contact_name, contact_email) => {
            let contact_name = check(&mut reasons, fields::required(contact_name, limits::NAME));
            let contact_email = Email::parse(contact_email).map_err(|key| reasons.push(key));
            let phone = check(&mut reasons, fields::phone(get("contact_phone")));
            let lang = match get("contact_lang").to_lowercase().as_str() {
                "nl" | "nederlands" | "néerlandais" | "dutch" => Lang::Nl,
                "en" | "english" | "anglais" | "engels" => Lang::En,
                _ => Lang::Fr,
            };
            contact_email
                .ok()
                .map(|email| (contact_name, email, phone, lang))
        }
    };
    if !reasons.is_empty() {
        return Err(reasons);
    }
    Ok(Row {
        name,
        kbo,
        email,
        website,
        address,
        themes: codes,
        contact,
    })
}

/// Reads the sheet and imports it into the register (or, with `dry_run`, says what it would do).
/// Everything it creates is written in one transaction.
pub async fn import(
    db: &Db,
    tenant: &Tenant,
    user: &CurrentUser,
    bytes: &[u8],
    dry_run: bool,
) -> Result<Result<ImportReport, MessageKey>, AppError> {
    let lines = match read_csv(bytes) {
        Ok(lines) => lines,
        Err(key) => return Ok(Err(key)),
    };
    let fr = reference::theme_choices(db, Lang::Fr).await?;
    let nl = reference::theme_choices(db, Lang::Nl).await?;
    let themes: Vec<(String, String, String)> = fr
        .into_iter()
        .map(|(code, french)| {
            let dutch = nl
                .iter()
                .find(|(c, _)| *c == code)
                .map_or(String::new(), |(_, d)| d.clone());
            (code, french, dutch)
        })
        .collect();
    let existing = store::all_memberships(db, tenant).await?;
    let ids: Vec<i64> = existing.iter().map(|m| m.id).collect();
    let known_contacts = store::contacts(db, tenant, &ids).await?;
    // What the register holds, and what this sheet adds as it is read: (KBO, folded name, id).
    let mut register: Vec<(Option<String>, String, Option<i64>)> = existing
        .iter()
        .map(|m| (m.kbo.clone(), fold(&m.name), Some(m.id)))
        .collect();
    let mut tx = db.begin().await?;
    let mut report = ImportReport {
        dry_run,
        lines: Vec::new(),
    };
    for (i, line) in lines.iter().enumerate() {
        let number = i + 2;
        let row = match parse_row(line, &themes) {
            Ok(row) => row,
            Err(reasons) => {
                let name = line
                    .iter()
                    .find(|(c, _)| *c == "name")
                    .map_or(String::new(), |(_, v)| v.clone());
                report.lines.push(ReportLine {
                    number,
                    name,
                    outcome: LineOutcome::Refused,
                    reasons,
                });
                continue;
            }
        };
        let folded = fold(&row.name);
        let found = register
            .iter()
            .find(|(kbo, name, _)| match (kbo, &row.kbo) {
                (Some(a), Some(b)) => a == b,
                _ => *name == folded,
            });
        let (outcome, membership_id) = match found {
            Some((_, _, id)) => (LineOutcome::Matched, *id),
            None => {
                let id = if dry_run {
                    None
                } else {
                    let application = Application {
                        name: &row.name,
                        kbo: row.kbo.as_deref(),
                        email: &row.email,
                        website: &row.website,
                        address: &row.address,
                        motivation: "",
                        themes: &row.themes,
                    };
                    let status = MembershipStatus::Member;
                    Some(store::insert_membership(&mut tx, tenant, &application, status).await?)
                };
                register.push((row.kbo.clone(), folded, id));
                (LineOutcome::Created, id)
            }
        };
        if let (Some((name, email, phone, lang)), Some(id), false) =
            (&row.contact, membership_id, dry_run)
        {
            let known = known_contacts
                .iter()
                .any(|c| c.membership_id == id && c.email.eq_ignore_ascii_case(email.as_str()));
            if !known {
                let role = if outcome == LineOutcome::Created {
                    ContactRole::Main
                } else {
                    ContactRole::Delegate
                };
                let contact = NewContact {
                    user_id: None,
                    name,
                    email: email.as_str(),
                    phone,
                    lang: *lang,
                    role,
                    share_consent: false,
                };
                store::add_contact(&mut tx, tenant, id, &contact).await?;
            }
        }
        report.lines.push(ReportLine {
            number,
            name: row.name,
            outcome,
            reasons: Vec::new(),
        });
    }
    if dry_run {
        tx.rollback().await?;
    } else {
        audit::record(
            &mut tx,
            AuditEntry::new("membership.imported")
                .by(user)
                .in_coordination(tenant.id())
                .change(
                    None,
                    Some(serde_json::json!({
                        "created": report.count(&LineOutcome::Created),
                        "matched": report.count(&LineOutcome::Matched),
                        "refused": report.count(&LineOutcome::Refused),
                    })),
                ),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(Ok(report))
}

#[derive(Template)]
#[template(path = "features/membership/import.html")]
struct ImportPage {
    page: PageCtx,
    report: Option<ImportReport>,
    error: Option<MessageKey>,
}

pub async fn form(
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    render(&ImportPage {
        page: page.with_coordination(coordination.as_ref()),
        report: None,
        error: None,
    })
}

/// The upload: a CSV sheet and the dry-run box (ticked by default).
pub async fn upload(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let page = page.with_coordination(coordination.as_ref());
    let received = match upload::receive(multipart, "file", MAX_BYTES).await {
        Ok(received) => received,
        Err(_) => return refused(page, "error-import-too-large"),
    };
    let dry_run = !received.field("dry_run").is_empty();
    let Some(file) = received.file.filter(|f| !f.bytes.is_empty()) else {
        return refused(page, "error-import-no-file");
    };
    match import(&state.db, &tenant, &user, &file.bytes, dry_run).await? {
        Ok(report) => Ok(render(&ImportPage {
            page,
            report: Some(report),
            error: None,
        })?
        .into_response()),
        Err(key) => refused(page, key),
    }
}

fn refused(page: PageCtx, key: MessageKey) -> Result<Response, AppError> {
    let view = ImportPage {
        page,
        report: None,
        error: Some(key),
    };
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&view)?).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_any_language_name_their_columns() {
        assert_eq!(column("Nom"), Some("name"));
        assert_eq!(column("Ondernemingsnummer"), Some("kbo"));
        assert_eq!(column("E-mail"), Some("email"));
        assert_eq!(column("Personne de contact"), Some("contact_name"));
        assert_eq!(column("Téléphone"), Some("contact_phone"));
        assert_eq!(column("Remarques"), None);
    }

    #[test]
    fn a_sheet_saved_by_a_belgian_excel_reads_with_semicolons() {
        let sheet = "\u{feff}Nom;BCE;Personne de contact;E-mail contact\nÉpicerie;0412.345.678;Inès;ines@e.be\n";
        let lines = read_csv(sheet.as_bytes()).unwrap();
        assert_eq!(lines.len(), 1);
        assert!(lines[0].contains(&("name", "Épicerie".to_string())));
        assert!(lines[0].contains(&("contact_email", "ines@e.be".to_string())));
        assert_eq!(
            read_csv(b"Remarques\nx\n").err(),
            Some("error-import-no-name-column")
        );
    }
}
