//! The coordination's bodies: the plenary (every member organisation), the steering group and the
//! other committees, working groups that members join or leave, and working groups proposed by
//! members that the coordinator creates once enough organisations support them.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use tower_sessions::Session;

use super::store::bodies::{self as store, bodies, body, Body, BodyKind, SeatRole, SeatStatus};
use super::{contacts, members, membership_of_user, ContactPerson, Membership};
use crate::domain::{Email, Lang};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::reference;
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, commit_audited_once, redirect_with_flash, render, render_invalid, AppError,
    FieldErrors, FlashKind, FormOnce, PageCtx,
};
use crate::platform::web::{Id, Part};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct NewBody {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name_fr: String,
    #[serde(default)]
    name_nl: String,
    #[serde(default)]
    purpose_fr: String,
    #[serde(default)]
    purpose_nl: String,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default, deserialize_with = "checkbox")]
    open: bool,
}

fn checkbox<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    let value: Option<String> = Option::deserialize(d)?;
    Ok(value.is_some_and(|v| !v.is_empty()))
}

async fn insert_body(
    tx: &mut Tx,
    tenant: &Tenant,
    kind: BodyKind,
    new: &NewBody,
) -> Result<i64, AppError> {
    let row = store::NewBodyRow {
        kind,
        name_fr: new.name_fr.trim(),
        name_nl: new.name_nl.trim(),
        purpose_fr: new.purpose_fr.trim(),
        purpose_nl: new.purpose_nl.trim(),
        theme: new.theme.as_deref().filter(|t| !t.is_empty()),
        open: new.open,
    };
    Ok(store::insert(tx, tenant, &row).await?)
}

pub struct BodyRow {
    pub body: Body,
    pub seats: i64,
    /// The reader's organisation's seat, if it has one.
    pub mine: Option<SeatStatus>,
}

#[derive(Template)]
#[template(path = "features/membership/bodies.html")]
struct ListPage {
    page: PageCtx,
    bodies: Vec<BodyRow>,
    membership: Option<Membership>,
}

/// Whom the reader speaks for, once they may see the member area.
pub(super) async fn reader(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
) -> Result<(Tenant, Option<Membership>), AppError> {
    let tenant = policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let membership = membership_of_user(db, coordination, user).await?;
    Ok((tenant, membership))
}

pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let bodies = bodies(&state.db, &tenant).await?;
    let seats = store::seat_counts(&state.db, &tenant).await?;
    let mine = match &membership {
        Some(m) => store::seats_of(&state.db, &tenant, m.id).await?,
        None => Vec::new(),
    };
    let member_count = members(&state.db, &tenant).await?.len() as i64;
    let rows = bodies
        .into_iter()
        .map(|body| {
            let plenary = body.is_plenary();
            BodyRow {
                seats: if plenary {
                    member_count
                } else {
                    seats
                        .iter()
                        .find(|(b, _)| *b == body.id)
                        .map_or(0, |(_, n)| *n)
                },
                mine: if plenary && membership.is_some() {
                    Some(SeatStatus::Active)
                } else {
                    mine.iter().find(|(b, _)| *b == body.id).map(|(_, s)| *s)
                },
                body,
            }
        })
        .collect();
    render(&ListPage {
        page: page.with_coordination(coordination.as_ref()),
        bodies: rows,
        membership,
    })
}

pub struct Seat {
    pub id: i64,
    pub organization: String,
    pub membership_id: Option<i64>,
    pub person: String,
    pub role: SeatRole,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub status: SeatStatus,
    /// Contact persons whose details the reader may see.
    pub contacts: Vec<ContactPerson>,
}

#[derive(Template)]
#[template(path = "features/membership/body.html")]
struct DetailPage {
    page: PageCtx,
    body: Body,
    seats: Vec<Seat>,
    membership: Option<Membership>,
    mine: Option<SeatStatus>,
    can_manage: bool,
    members: Vec<Membership>,
    seat_form: SeatForm,
    errors: FieldErrors,
}

/// Who sits in a body: every member organisation for the plenary, its seats otherwise (chairs
/// first), without contact details.
pub async fn composition(db: &Db, tenant: &Tenant, body: &Body) -> Result<Vec<Seat>, AppError> {
    Ok(if body.is_plenary() {
        members(db, tenant)
            .await?
            .into_iter()
            .map(|m| Seat {
                id: 0,
                organization: m.name,
                membership_id: Some(m.id),
                person: String::new(),
                role: SeatRole::Member,
                starts_on: None,
                ends_on: None,
                status: SeatStatus::Active,
                contacts: Vec::new(),
            })
            .collect()
    } else {
        store::seats(db, tenant, body.id)
            .await?
            .into_iter()
            .map(|row| Seat {
                id: row.id,
                organization: row.organization.unwrap_or_default(),
                membership_id: row.membership_id,
                person: row.person_name,
                role: row.role,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                status: row.status,
                contacts: Vec::new(),
            })
            .collect()
    })
}

async fn detail_page(
    db: &Db,
    page: PageCtx,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
    seat: SeatForm,
    errors: FieldErrors,
) -> Result<DetailPage, AppError> {
    let (tenant, membership) = reader(db, user, coordination).await?;
    let body = body(db, &tenant, id).await?.ok_or(AppError::NotFound)?;
    let can_manage = policy::allows(Some(user), Action::ManageMembership, Some(coordination.id));
    let mut seats = composition(db, &tenant, &body).await?;
    // Contact details only where the person agreed to share them (coordinators see them all).
    let ids: Vec<i64> = seats.iter().filter_map(|s| s.membership_id).collect();
    let all = contacts(db, &tenant, &ids).await?;
    for seat in &mut seats {
        seat.contacts = all
            .iter()
            .filter(|c| {
                Some(c.membership_id) == seat.membership_id && (c.share_consent || can_manage)
            })
            .cloned()
            .collect();
    }
    let mine = match &membership {
        Some(_) if body.is_plenary() => Some(SeatStatus::Active),
        Some(m) => seats
            .iter()
            .find(|s| s.membership_id == Some(m.id))
            .map(|s| s.status),
        None => None,
    };
    let all_members = if can_manage {
        members(db, &tenant).await?
    } else {
        Vec::new()
    };
    Ok(DetailPage {
        page: page.with_coordination(coordination.as_ref()),
        body,
        seats,
        membership,
        mine,
        can_manage,
        members: all_members,
        seat_form: seat,
        errors,
    })
}

pub async fn detail(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    render(
        &detail_page(
            &state.db,
            page,
            &user,
            &coordination,
            id,
            SeatForm::default(),
            FieldErrors::default(),
        )
        .await?,
    )
}

pub(super) fn body_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    page.url_in(coordination, &format!("/bodies/{id}"))
}

/// A member organisation takes a seat: at once in an open group, waiting for the chair or the
/// coordinator in a closed one.
pub async fn join(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    let body = body(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if body.is_plenary() {
        return Err(AppError::BadRequest("error-choice-invalid"));
    }
    let status = body.new_seat_status();
    let mut tx = state.db.begin().await?;
    let inserted = store::request_seat(
        &mut tx,
        &tenant,
        (id, membership.id),
        &user.display_name,
        status,
    )
    .await?;
    if inserted > 0 {
        audit::record(
            &mut tx,
            AuditEntry::new("body.joined")
                .by(&user)
                .in_coordination(tenant.id())
                .on("body", id)
                .change(
                    None,
                    Some(serde_json::json!({ "membership": membership.id, "status": status })),
                ),
        )
        .await?;
    }
    tx.commit().await?;
    let key = if body.open {
        "flash-body-joined"
    } else {
        "flash-body-requested"
    };
    redirect_with_flash(
        &session,
        FlashKind::Success,
        key,
        &body_path(&page, &coordination, id),
    )
    .await
}

pub async fn leave(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    let mut tx = state.db.begin().await?;
    let removed = store::leave(&mut tx, &tenant, (id, membership.id)).await?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    commit_audited(
        tx,
        AuditEntry::new("body.left")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(
                Some(serde_json::json!({ "membership": membership.id })),
                None,
            ),
        &session,
        "flash-body-left",
        &body_path(&page, &coordination, id),
    )
    .await
}

#[derive(Template)]
#[template(path = "features/membership/body_new.html")]
struct NewPage {
    page: PageCtx,
    form: NewBody,
    errors: FieldErrors,
    themes: Vec<(String, String)>,
}

pub async fn new_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    render(&NewPage {
        themes: reference::theme_choices(&state.db, page.lang).await?,
        page: page.with_coordination(coordination.as_ref()),
        form: NewBody {
            kind: BodyKind::WorkingGroup.as_str().into(),
            open: true,
            ..NewBody::default()
        },
        errors: FieldErrors::default(),
    })
}

pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    once: FormOnce,
    Form(form): Form<NewBody>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let mut errors = FieldErrors::default();
    let kind = errors.check("kind", BodyKind::parse(&form.kind));
    if form.name_fr.trim().is_empty() && form.name_nl.trim().is_empty() {
        errors.add("name_fr", "error-one-language-required");
    }
    for (field, value, max) in [
        ("name_fr", &form.name_fr, limits::NAME),
        ("name_nl", &form.name_nl, limits::NAME),
        ("purpose_fr", &form.purpose_fr, limits::TEXT),
        ("purpose_nl", &form.purpose_nl, limits::TEXT),
    ] {
        errors.check(field, fields::optional(value, max));
    }
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    let theme = form.theme.as_deref().unwrap_or("").trim();
    if !theme.is_empty() && !themes.iter().any(|(code, _)| code == theme) {
        errors.add("theme", "error-choice-invalid");
    }
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        return render_invalid(&NewPage {
            themes,
            page: page.with_coordination(coordination.as_ref()),
            form,
            errors,
        });
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let id = insert_body(&mut tx, &tenant, kind, &form).await?;
    commit_audited_once(tx, &once, AuditEntry::new("body.created")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(None, Some(serde_json::json!({ "kind": form.kind, "name_fr": form.name_fr, "name_nl": form.name_nl }))), "flash-saved", &body_path(&page, &coordination, id)).await
}

/// A seat as the form posts it (kept as typed when the form comes back with errors).
#[derive(Debug, Default, Deserialize)]
pub struct SeatForm {
    #[serde(default)]
    membership_id: String,
    #[serde(default)]
    person_name: String,
    #[serde(default)]
    person_email: String,
    /// `fr`, `nl`, `en`, or empty when unknown (invitations then come in French and Dutch).
    #[serde(default)]
    person_lang: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    starts_on: String,
    #[serde(default)]
    ends_on: String,
}

/// The coordinator seats an organisation or a person (a CPAS council member, say) with a role and
/// a mandate: how a mixed steering group is written down.
pub async fn add_seat(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
    Form(form): Form<SeatForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let found = body(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    let membership_id: Option<i64> = form.membership_id.trim().parse().ok();
    let members = members(&state.db, &tenant).await?;
    if let Some(m) = membership_id {
        if !members.iter().any(|x| x.id == m) {
            errors.add("membership_id", "error-choice-invalid");
        }
    }
    let person = errors
        .check(
            "person_name",
            fields::optional(&form.person_name, limits::NAME),
        )
        .unwrap_or_default();
    let person = person.as_str();
    if membership_id.is_none() && person.is_empty() && !errors.has("person_name") {
        errors.add("membership_id", "error-seat-who");
    }
    let person_email = match form.person_email.trim() {
        "" => String::new(),
        typed => match Email::parse(typed) {
            Ok(email) => email.as_str().to_string(),
            Err(_) => {
                errors.add("person_email", "error-email-invalid");
                String::new()
            }
        },
    };
    let person_lang = form.person_lang.trim();
    if !person_lang.is_empty() && Lang::parse(person_lang).is_err() {
        errors.add("person_lang", "error-choice-invalid");
    }
    let role = errors.check("role", SeatRole::parse(&form.role));
    let date = |v: &str| fields::date(v).ok();
    let (starts_on, ends_on) = (date(&form.starts_on), date(&form.ends_on));
    if !form.starts_on.trim().is_empty() && starts_on.is_none() {
        errors.add("starts_on", "error-date-invalid");
    }
    if (!form.ends_on.trim().is_empty() && ends_on.is_none())
        || matches!((starts_on, ends_on), (Some(s), Some(e)) if e < s)
    {
        errors.add("ends_on", "error-mandate-dates");
    }
    if found.is_plenary() {
        errors.add("membership_id", "error-choice-invalid");
    }
    let (Some(role), true) = (role, errors.is_empty()) else {
        let view = detail_page(&state.db, page, &user, &coordination, id, form, errors).await?;
        return render_invalid(&view);
    };
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let new = store::NewSeat {
        membership_id,
        person,
        person_email: &person_email,
        person_lang,
        role,
        starts_on,
        ends_on,
    };
    let seat = store::add_seat(&mut tx, &tenant, id, &new).await?;
    commit_audited_once(tx, &once, AuditEntry::new("body.seat.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(None, Some(serde_json::json!({ "seat": seat, "membership": membership_id, "person": person, "role": role }))), "flash-saved", &body_path(&page, &coordination, id)).await
}

/// Ends a seat (a mandate that ends, a person who leaves); the audit log keeps who sat there.
pub async fn remove_seat(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part { id, part: seat_id }): Path<Part>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let mut tx = state.db.begin().await?;
    let removed = store::remove_seat(&mut tx, &tenant, (id, seat_id)).await?;
    let (membership, person, role) = removed.ok_or(AppError::NotFound)?;
    commit_audited(
        tx,
        AuditEntry::new("body.seat.removed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(
                Some(serde_json::json!({ "seat": seat_id, "membership": membership, "person": person, "role": role })),
                None,
            ),
        &session,
        "flash-saved",
        &body_path(&page, &coordination, id),
    )
    .await
}

/// Accepts an organisation that asked to join a closed group (the coordinator, or the group's chair).
pub async fn approve_seat(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part { id, part: seat }): Path<Part>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let is_chair = match &membership {
        Some(m) => store::chairs(&state.db, &tenant, (id, m.id)).await?,
        None => false,
    };
    policy::authorize_seat_approval(Some(&user), &coordination, is_chair)?;
    let mut tx = state.db.begin().await?;
    let updated = store::approve_seat(&mut tx, &tenant, (id, seat)).await?;
    if updated == 0 {
        return Err(AppError::NotFound);
    }
    commit_audited(
        tx,
        AuditEntry::new("body.seat.approved")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(None, Some(serde_json::json!({ "seat": seat }))),
        &session,
        "flash-saved",
        &body_path(&page, &coordination, id),
    )
    .await
}
