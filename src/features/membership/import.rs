//! Starting a coordination on Socius: its member list and contact persons from the sheet it keeps
//! today (an Excel or LibreOffice workbook, or CSV as they save it), with a dry run that says per
//! line what would be created, matched (by KBO number, else by name) or refused and why — as the
//! social map's HSDS import does. Imported organisations are members and join the social map as an
//! admission puts them there; their contact persons get no account and no email until the
//! coordinator invites them from the organisation's page.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::response::{Html, IntoResponse, Response};

use super::decided;
use super::store::{self, Application, ContactRole, MembershipStatus, NewContact};
use crate::domain::{Email, KboNumber, Lang, MessageKey};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::collation::fold;
use crate::platform::csv_text;
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
    /// How the file was read (its encoding, its separator), when that was not plain.
    pub notes: Vec<MessageKey>,
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
        "kbo" | "bce" | "nbce" | "numerobce" | "kbonummer" | "kbonr" | "ondernemingsnummer"
        | "numerodentreprise" | "companynumber" => "kbo",
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

/// The largest a spreadsheet may unpack to: a zip of a few megabytes must not become gigabytes.
const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// A line of the sheet: its number as the spreadsheet shows it, and its (column, value) pairs.
type Line = (usize, Vec<(&'static str, String)>);

/// The sheet as read: its lines under the header, and what was noticed on the way.
struct Sheet {
    lines: Vec<Line>,
    notes: Vec<MessageKey>,
}

/// Reads an Excel or LibreOffice workbook (its first sheet) or a CSV file, told apart by their
/// first bytes rather than by the file's name.
fn read_sheet(bytes: &[u8]) -> Result<Sheet, MessageKey> {
    // A zip (xlsx, ods) or an OLE compound file (the older xls).
    let workbook = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0");
    if workbook {
        return Ok(Sheet {
            lines: lines_under_header(read_workbook(bytes)?)?,
            notes: Vec::new(),
        });
    }
    let csv = csv_text::read(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(csv.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| "error-import-unreadable")?;
        let number = record
            .position()
            .map_or(rows.len() + 1, |p| p.line() as usize);
        rows.push((number, record.iter().map(str::to_string).collect()));
    }
    Ok(Sheet {
        lines: lines_under_header(rows)?,
        notes: csv.notes,
    })
}

/// The first sheet's rows, numbered as the spreadsheet numbers them, each cell as text.
fn read_workbook(bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, MessageKey> {
    use calamine::Reader;
    if bytes.starts_with(b"PK") {
        // The sizes the archive's central directory declares for its parts.
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map_err(|_| "error-import-unreadable")?;
        let mut unpacked = 0u64;
        for i in 0..archive.len() {
            let part = archive
                .by_index_raw(i)
                .map_err(|_| "error-import-unreadable")?;
            unpacked = unpacked.saturating_add(part.size());
        }
        if unpacked > MAX_UNPACKED_BYTES {
            return Err("error-import-too-large");
        }
    }
    let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|_| "error-import-unreadable")?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or("error-import-unreadable")?
        .map_err(|_| "error-import-unreadable")?;
    let first = range.start().map_or(0, |(row, _)| row as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| (first + i + 1, cells.iter().map(cell_text).collect()))
        .collect())
}

/// A cell as the person sees it: whole numbers without a decimal point (a KBO or phone number
/// typed as a number is a number to Excel).
fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        calamine::Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The lines under the header: the first row that names a name column, within the first few
/// (a sheet often opens with a title such as "Membres 2026"); empty lines are skipped.
fn lines_under_header(rows: Vec<(usize, Vec<String>)>) -> Result<Vec<Line>, MessageKey> {
    const TITLE_ROWS: usize = 5;
    let mut rows = rows
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let columns: Vec<Option<&'static str>> = rows
        .by_ref()
        .take(TITLE_ROWS + 1)
        .map(|(_, header)| header.iter().map(|h| column(h)).collect::<Vec<_>>())
        .find(|columns| columns.contains(&Some("name")))
        .ok_or("error-import-no-name-column")?;
    Ok(rows
        .map(|(number, cells)| {
            let values = columns
                .iter()
                .zip(cells)
                .filter_map(|(column, value)| {
                    column.map(|c| (c, restore_leading_zero(c, value.trim())))
                })
                .collect();
            (number, values)
        })
        .collect())
}

/// A Belgian phone number kept as a number in a spreadsheet lost its leading zero ("2 555 12 34"
/// became 25551234); national numbers have 8 (fixed) or 9 (mobile) digits after it.
fn restore_leading_zero(column: &str, value: &str) -> String {
    let all_digits = !value.is_empty() && value.chars().all(|c| c.is_ascii_digit());
    if column == "contact_phone" && all_digits && matches!(value.len(), 8 | 9) {
        format!("0{value}")
    } else {
        value.to_string()
    }
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
    let bytes = bytes.to_vec();
    // Unpacking and reading a workbook is CPU work: off the async executor.
    let sheet = tokio::task::spawn_blocking(move || read_sheet(&bytes))
        .await
        .map_err(AppError::internal)?;
    let Sheet { lines, notes } = match sheet {
        Ok(sheet) => sheet,
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
    let municipalities = reference::municipality_postcodes(db).await?;
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
        notes,
        lines: Vec::new(),
    };
    for (number, line) in &lines {
        let number = *number;
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
                    let id =
                        store::insert_membership(&mut tx, tenant, &application, status).await?;
                    // A member is on the social map, as admission puts it there.
                    decided::join_the_map(&mut tx, tenant, id, &application, &municipalities)
                        .await?;
                    Some(id)
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

/// The upload: a workbook or CSV sheet and the dry-run box (ticked by default).
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
    fn an_excel_workbook_reads_under_its_title_with_numbers_as_typed() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet
            .write_string(0, 0, "Membres de la coordination 2026")
            .unwrap();
        for (col, header) in ["Nom", "BCE", "Téléphone", "Remarques"].iter().enumerate() {
            sheet.write_string(2, col as u16, *header).unwrap();
        }
        sheet.write_string(3, 0, "Maison médicale").unwrap();
        // Typed as numbers, Excel keeps neither the leading zero nor the dots.
        sheet.write_number(3, 1, 417497106.0).unwrap();
        sheet.write_number(3, 2, 25551234.0).unwrap();
        sheet.write_string(3, 3, "à rappeler").unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let lines = read_sheet(&bytes).unwrap().lines;
        assert_eq!(lines.len(), 1);
        let (number, values) = &lines[0];
        assert_eq!(*number, 4, "numbered as the spreadsheet shows it");
        assert_eq!(
            *values,
            vec![
                ("name", "Maison médicale".to_string()),
                ("kbo", "417497106".to_string()),
                ("contact_phone", "025551234".to_string()),
            ]
        );
        assert_eq!(
            KboNumber::parse(&values[1].1).unwrap().to_string(),
            "0417.497.106"
        );
        assert_eq!(
            read_sheet(b"PK\x03\x04 not a workbook").err(),
            Some("error-import-unreadable")
        );
    }

    #[test]
    fn a_sheet_saved_by_a_belgian_excel_reads_with_semicolons() {
        let sheet = "\u{feff}Nom;BCE;Personne de contact;E-mail contact\nÉpicerie;0412.345.678;Inès;ines@e.be\n";
        let lines = read_sheet(sheet.as_bytes()).unwrap().lines;
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].0, 2);
        assert!(lines[0].1.contains(&("name", "Épicerie".to_string())));
        assert!(lines[0]
            .1
            .contains(&("contact_email", "ines@e.be".to_string())));
        assert_eq!(
            read_sheet(b"Remarques\nx\n").err(),
            Some("error-import-no-name-column")
        );
    }
}
