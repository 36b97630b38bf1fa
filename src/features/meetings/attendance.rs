//! Attendance: a printable signature sheet and, during the meeting, each invited person marked
//! present, excused, absent or represented, plus people who walk in. Every mark is an update of the
//! person's one row, so two people marking at once never make two records.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::Utc;
use tower_sessions::Session;

use super::store::invitations::{self as store, attendees, Attendance, Attendee};
use super::store::Meeting;
use super::{managed, meeting_path};
use crate::domain::Email;
use crate::features::membership::store::bodies::Body;
use crate::features::membership::store::consented_details;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::i18n::{format_datetime, t, t_args};
use crate::platform::mail::{self, Block, Letter};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, redirect_with_count, redirect_with_flash, render, render_invalid, AppError,
    CoordPage, FieldErrors, FlashKind, FormOnce, FormValues, PageCtx,
};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/meetings/attendance.html")]
struct AttendancePage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    attendees: Vec<Attendee>,
    /// The marks as posted, when they came back refused.
    typed: FormValues,
    /// Those marked represented without the name of who represented them.
    missing: Vec<i64>,
    /// The walk-in form: empty, or as typed when it came back.
    walk_in: WalkIn,
    errors: FieldErrors,
    /// Messages about the meeting (the list of those present among them) not delivered.
    undelivered: Vec<String>,
}

impl AttendancePage {
    /// The mark a person's row shows: as posted, else the one proposed (`Attendee::prefilled`).
    fn mark_of(&self, attendee: &Attendee) -> Attendance {
        Attendance::parse(self.typed.get(&format!("attendance_{}", attendee.id)))
            .unwrap_or_else(|_| attendee.prefilled())
    }

    fn representative_of(&self, attendee: &Attendee) -> String {
        match self.typed.0.is_empty() {
            true => attendee.representative.clone(),
            false => self
                .typed
                .get(&format!("representative_{}", attendee.id))
                .to_string(),
        }
    }

    fn lacks_representative(&self, id: &i64) -> bool {
        self.missing.contains(id)
    }

    /// Said they will come and not marked yet.
    fn expected(&self) -> usize {
        self.attendees.iter().filter(|a| a.is_expected()).count()
    }

    /// Whom the list of those present is emailed to.
    fn list_recipients(&self) -> usize {
        list_recipients(&self.attendees).count()
    }

    /// The list and the minutes belong after the meeting's start.
    fn started(&self) -> bool {
        self.meeting.starts_at <= Utc::now()
    }
}

/// Those the list of those present goes to: there, in person or represented, with an address.
fn list_recipients(attendees: &[Attendee]) -> impl Iterator<Item = &Attendee> {
    attendees
        .iter()
        .filter(|a| a.attendance.was_there() && a.is_written_to())
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let blank = Refused::default();
    render(&attendance_page(&state, page, (&user, &coordination), id, blank).await?)
}

/// What came back refused on the attendance page: the marks or the walk-in form.
#[derive(Default)]
struct Refused {
    typed: FormValues,
    missing: Vec<i64>,
    walk_in: WalkIn,
    errors: FieldErrors,
}

async fn attendance_page(
    state: &AppState,
    page: PageCtx,
    (user, coordination): (&CurrentUser, &Coordination),
    id: i64,
    refused: Refused,
) -> Result<AttendancePage, AppError> {
    let (tenant, meeting, body) = managed(&state.db, user, coordination, id).await?;
    let attendees = attendees(&state.db, &tenant, id).await?;
    let undelivered = mail::undelivered_about(&state.db, &tenant, ("meeting", Some(id))).await?;
    Ok(AttendancePage {
        page: page.with_coordination(coordination.as_ref()),
        meeting,
        body,
        attendees,
        typed: refused.typed,
        missing: refused.missing,
        walk_in: refused.walk_in,
        errors: refused.errors,
        undelivered,
    })
}

/// Saves the marks (`attendance_{id}` fields) of the people listed; *represented* needs the name
/// of who represented them (`representative_{id}`), or the sheet comes back with what was marked.
pub async fn save(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let form = FormValues(pairs);
    let mut changes = Vec::new();
    let mut missing = Vec::new();
    for attendee in attendees(&state.db, &tenant, id).await? {
        let Ok(mark) = Attendance::parse(form.get(&format!("attendance_{}", attendee.id))) else {
            continue;
        };
        let representative = match mark {
            Attendance::Represented => {
                let typed = form.get(&format!("representative_{}", attendee.id));
                match fields::required(typed, limits::NAME) {
                    Ok(name) => name,
                    Err(_) => {
                        missing.push(attendee.id);
                        continue;
                    }
                }
            }
            _ => String::new(),
        };
        if mark != attendee.attendance || representative != attendee.representative {
            changes.push((attendee.id, mark, representative));
        }
    }
    if !missing.is_empty() {
        let refused = Refused {
            typed: form,
            missing,
            ..Refused::default()
        };
        let view = attendance_page(&state, page, (&user, &coordination), id, refused);
        return render_invalid(&view.await?);
    }
    let mut tx = state.db.begin().await?;
    for (invitation, mark, representative) in &changes {
        store::mark(&mut tx, &tenant, (id, *invitation), (*mark, representative)).await?;
    }
    let marked: Vec<_> = changes
        .iter()
        .map(|(invitation, mark, _)| serde_json::json!({ "invitation": invitation, "attendance": mark }))
        .collect();
    commit_audited(
        tx,
        AuditEntry::new("meeting.attendance")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "marked": marked }))),
        &session,
        "flash-saved",
        &format!("{}/attendance", meeting_path(&page, &coordination, id)),
    )
    .await
}

/// Marks present everyone who said they would come and is not marked yet.
pub async fn mark_expected(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &here.coordination, id).await?;
    let expected: Vec<Attendee> = attendees(&state.db, &tenant, id)
        .await?
        .into_iter()
        .filter(Attendee::is_expected)
        .collect();
    let mut tx = state.db.begin().await?;
    for attendee in &expected {
        store::mark(
            &mut tx,
            &tenant,
            (id, attendee.id),
            (Attendance::Present, ""),
        )
        .await?;
    }
    let marked: Vec<i64> = expected.iter().map(|a| a.id).collect();
    crate::platform::audit::record(
        &mut tx,
        AuditEntry::new("meeting.attendance")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "present": marked }))),
    )
    .await?;
    tx.commit().await?;
    let back = here.url(&format!("/meetings/{id}/attendance"));
    redirect_with_count(&here.session, "flash-marked-present", expected.len(), &back).await
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct WalkIn {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    organization: String,
}

/// Someone who came without an invitation, marked present. The same person added twice (by two
/// coordinators at once) stays one row.
pub async fn walk_in(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<WalkIn>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let back = format!("{}/attendance", meeting_path(&page, &coordination, id));
    let mut errors = FieldErrors::default();
    let name = errors.check("name", fields::required(&form.name, limits::NAME));
    let organization = errors.check(
        "organization",
        fields::optional(&form.organization, limits::NAME),
    );
    let email = match form.email.trim() {
        "" => Some(None),
        typed => errors.check("email", Email::parse(typed)).map(Some),
    };
    let (Some(name), Some(organization), Some(email)) = (name, organization, email) else {
        let refused = Refused {
            walk_in: form,
            errors,
            ..Refused::default()
        };
        let view = attendance_page(&state, page, (&user, &coordination), id, refused);
        return render_invalid(&view.await?);
    };
    // Without an email, the name identifies the walk-in (the unique key needs a value).
    let key = match &email {
        None => format!("{}{}", store::WALK_IN_WITHOUT_ADDRESS, name.to_lowercase()),
        Some(email) => email.as_str().to_lowercase(),
    };
    let label = match organization.as_str() {
        "" => name.clone(),
        org => format!("{name} ({org})"),
    };
    let mut tx = state.db.begin().await?;
    store::walk_in(&mut tx, &tenant, id, (&label, &key), page.lang).await?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.walk_in")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "name": label }))),
        &session,
        "flash-saved",
        &back,
    )
    .await
}

/// After the meeting, the list of those present goes to them — the organisations represented
/// apart, with who represented them — with the contact details of those who agreed to share them
/// (as coordinations do today, without the paper); walk-ins who left an address get it too.
/// Refused before the meeting starts.
pub async fn send_list(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = managed(&state.db, &user, &here.coordination, id).await?;
    let back = here.url(&format!("/meetings/{id}/attendance"));
    if meeting.starts_at > Utc::now() {
        return redirect_with_flash(&here.session, FlashKind::Error, "flash-too-early", &back)
            .await;
    }
    let all = attendees(&state.db, &tenant, id).await?;
    let shared = consented_details(&state.db, &tenant).await?;
    // A row per person there: name, organisation, and the address and phone of those who agreed
    // to share them.
    let row = |a: &Attendee| {
        let (email, phone) = shared
            .iter()
            .find(|(email, _)| *email == a.email.to_lowercase())
            .cloned()
            .unwrap_or_default();
        vec![
            a.name.clone(),
            a.organization.clone().unwrap_or_default(),
            email,
            phone,
        ]
    };
    let present: Vec<Vec<String>> = all
        .iter()
        .filter(|a| a.attendance == Attendance::Present)
        .map(row)
        .collect();
    let represented: Vec<&Attendee> = all
        .iter()
        .filter(|a| a.attendance == Attendance::Represented)
        .collect();
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let mut sent = 0;
    for person in list_recipients(&all) {
        let write = |lang| {
            let title = meeting.title(lang).to_string();
            let mut paragraphs = vec![
                Block::Text(t_args(
                    lang,
                    "mail-attendance-body",
                    &[
                        ("name", &title),
                        ("date", &format_datetime(lang, meeting.starts_at)),
                    ],
                )),
                Block::Table {
                    heading: t(lang, "minutes-present"),
                    columns: [
                        "field-name",
                        "members-organization",
                        "field-email",
                        "field-phone",
                    ]
                    .map(|key| t(lang, key))
                    .to_vec(),
                    rows: present.clone(),
                },
            ];
            if !represented.is_empty() {
                paragraphs.push(Block::List {
                    heading: t(lang, "minutes-represented"),
                    items: represented
                        .iter()
                        .map(|a| {
                            let organisation = a.organization.as_deref().unwrap_or(&a.name);
                            t_args(
                                lang,
                                "attendance-represented-line",
                                &[("organisation", organisation), ("name", &a.representative)],
                            )
                        })
                        .collect(),
                    numbered: false,
                });
            }
            Letter {
                lang,
                subject: t_args(lang, "mail-attendance-subject", &[("name", &title)]),
                greeting_name: &person.name,
                paragraphs,
                action: None,
                signature: t(lang, "mail-signature"),
            }
        };
        let email =
            Letter::in_their_language(person.lang(), &person.email, Some(tenant.id()), write)?
                .about("meeting", id);
        mail::enqueue(&mut tx, &email).await?;
        sent += 1;
    }
    once.answer(&mut tx, &back, "flash-attendance-list-sent")
        .await?;
    crate::platform::audit::record(
        &mut tx,
        AuditEntry::new("meeting.attendance_list.sent")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "recipients": sent }))),
    )
    .await?;
    tx.commit().await?;
    // A second click gets the first one's answer, without the count.
    redirect_with_count(once.session(), "flash-attendance-list-sent-to", sent, &back).await
}
