//! The coordination's bodies: the plenary (every member organisation), the steering group and the
//! other committees, working groups that members join or leave, and working groups proposed by
//! members that the coordinator creates once enough organisations support them.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::{NaiveDate, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::store::bodies::{self as store, bodies, body, Body};
use super::{contacts, members, membership_of_user, ContactPerson, Membership};
use crate::domain::{Email, Lang};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::reference;
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub const KINDS: [&str; 7] = [
    "plenary",
    "steering",
    "direction",
    "working_group",
    "commission",
    "reflection",
    "users_council",
];
pub const SEAT_ROLES: [&str; 4] = ["chair", "secretary", "member", "advisory"];

/// The plenary of a coordination, created the first time it is needed.
pub async fn ensure_plenary(tx: &mut Tx, tenant: &Tenant) -> Result<i64, sqlx::Error> {
    if let Some(id) = store::plenary(tx, tenant).await? {
        return Ok(id);
    }
    create_body(
        tx,
        tenant,
        "plenary",
        &crate::platform::i18n::t(Lang::Fr, "body-kind-plenary"),
        &crate::platform::i18n::t(Lang::Nl, "body-kind-plenary"),
        false,
    )
    .await
}

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

/// A body with its names only (demo data, the plenary).
pub(super) async fn create_body(
    tx: &mut Tx,
    tenant: &Tenant,
    kind: &str,
    name_fr: &str,
    name_nl: &str,
    open: bool,
) -> Result<i64, sqlx::Error> {
    insert_body(
        tx,
        tenant,
        &NewBody {
            kind: kind.into(),
            name_fr: name_fr.into(),
            name_nl: name_nl.into(),
            open,
            ..NewBody::default()
        },
    )
    .await
}

/// Seats an organisation or a person, active at once, without a mandate's dates.
pub(super) async fn seat(
    tx: &mut Tx,
    tenant: &Tenant,
    body_id: i64,
    membership_id: Option<i64>,
    person: &str,
    role: &str,
) -> Result<(), sqlx::Error> {
    let seat = store::NewSeat {
        membership_id,
        person,
        person_email: "",
        person_lang: "",
        role,
        starts_on: None,
        ends_on: None,
    };
    store::add_seat(tx, tenant, body_id, &seat).await?;
    Ok(())
}

async fn insert_body(tx: &mut Tx, tenant: &Tenant, new: &NewBody) -> Result<i64, sqlx::Error> {
    let row = store::NewBodyRow {
        kind: &new.kind,
        name_fr: new.name_fr.trim(),
        name_nl: new.name_nl.trim(),
        purpose_fr: new.purpose_fr.trim(),
        purpose_nl: new.purpose_nl.trim(),
        theme: new.theme.as_deref().filter(|t| !t.is_empty()),
        open: new.open,
    };
    store::insert(tx, tenant, &row).await
}

pub struct BodyRow {
    pub body: Body,
    pub seats: i64,
    /// The reader's organisation's seat: "active", "pending", or empty.
    pub mine: String,
}

#[derive(Template)]
#[template(path = "features/membership/bodies.html")]
struct ListPage {
    page: PageCtx,
    bodies: Vec<BodyRow>,
    membership: Option<Membership>,
}

/// Whom the reader speaks for, once they may see the member area.
async fn reader(
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
            let plenary = body.kind == "plenary";
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
                    "active".into()
                } else {
                    mine.iter()
                        .find(|(b, _)| *b == body.id)
                        .map(|(_, s)| s.clone())
                        .unwrap_or_default()
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
    pub role: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub status: String,
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
    mine: String,
    can_manage: bool,
    members: Vec<Membership>,
    seat_form: SeatForm,
    errors: FieldErrors,
}

/// Who sits in a body: every member organisation for the plenary, its seats otherwise (chairs
/// first), without contact details.
pub async fn composition(db: &Db, tenant: &Tenant, body: &Body) -> Result<Vec<Seat>, sqlx::Error> {
    Ok(if body.kind == "plenary" {
        members(db, tenant)
            .await?
            .into_iter()
            .map(|m| Seat {
                id: 0,
                organization: m.name,
                membership_id: Some(m.id),
                person: String::new(),
                role: "member".into(),
                starts_on: None,
                ends_on: None,
                status: "active".into(),
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
        Some(_) if body.kind == "plenary" => "active".to_string(),
        Some(m) => seats
            .iter()
            .find(|s| s.membership_id == Some(m.id))
            .map(|s| s.status.clone())
            .unwrap_or_default(),
        None => String::new(),
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
    Path((_, _, id)): Path<(String, String, i64)>,
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

fn body_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    format!("/{}/{}/bodies/{id}", page.lang.code(), coordination.slug)
}

/// A member organisation takes a seat: at once in an open group, waiting for the chair or the
/// coordinator in a closed one.
pub async fn join(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    let body = body(&state.db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if body.kind == "plenary" {
        return Err(AppError::BadRequest("error-choice-invalid"));
    }
    let status = if body.open { "active" } else { "pending" };
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
    Path((_, _, id)): Path<(String, String, i64)>,
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
            kind: "working_group".into(),
            open: true,
            ..NewBody::default()
        },
        errors: FieldErrors::default(),
    })
}

pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<NewBody>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let mut errors = FieldErrors::default();
    if !KINDS.contains(&form.kind.as_str()) {
        errors.add("kind", "error-choice-invalid");
    }
    if form.name_fr.trim().is_empty() && form.name_nl.trim().is_empty() {
        errors.add("name_fr", "error-one-language-required");
    }
    for (field, value, max) in [
        ("name_fr", &form.name_fr, 200),
        ("name_nl", &form.name_nl, 200),
        ("purpose_fr", &form.purpose_fr, 5000),
        ("purpose_nl", &form.purpose_nl, 5000),
    ] {
        if value.chars().count() > max {
            errors.add(field, "error-too-long");
        }
    }
    if !errors.is_empty() {
        return render_invalid(&NewPage {
            themes: reference::theme_choices(&state.db, page.lang).await?,
            page: page.with_coordination(coordination.as_ref()),
            form,
            errors,
        });
    }
    let mut tx = state.db.begin().await?;
    let id = insert_body(&mut tx, &tenant, &form).await?;
    commit_audited(tx, AuditEntry::new("body.created")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(None, Some(serde_json::json!({ "kind": form.kind, "name_fr": form.name_fr, "name_nl": form.name_nl }))), &session, "flash-saved", &body_path(&page, &coordination, id)).await
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
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
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
    let person = form.person_name.trim();
    if membership_id.is_none() && person.is_empty() {
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
    if !SEAT_ROLES.contains(&form.role.as_str()) {
        errors.add("role", "error-choice-invalid");
    }
    let date = |v: &str| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok();
    let (starts_on, ends_on) = (date(&form.starts_on), date(&form.ends_on));
    if (!form.starts_on.trim().is_empty() && starts_on.is_none())
        || (!form.ends_on.trim().is_empty() && ends_on.is_none())
        || matches!((starts_on, ends_on), (Some(s), Some(e)) if e < s)
    {
        errors.add("ends_on", "error-mandate-dates");
    }
    if found.kind == "plenary" {
        errors.add("membership_id", "error-choice-invalid");
    }
    if !errors.is_empty() {
        let view = detail_page(&state.db, page, &user, &coordination, id, form, errors).await?;
        return render_invalid(&view);
    }
    let mut tx = state.db.begin().await?;
    let new = store::NewSeat {
        membership_id,
        person,
        person_email: &person_email,
        person_lang,
        role: &form.role,
        starts_on,
        ends_on,
    };
    let seat = store::add_seat(&mut tx, &tenant, id, &new).await?;
    commit_audited(tx, AuditEntry::new("body.seat.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("body", id)
            .change(None, Some(serde_json::json!({ "seat": seat, "membership": membership_id, "person": person, "role": form.role }))), &session, "flash-saved", &body_path(&page, &coordination, id)).await
}

/// Ends a seat (a mandate that ends, a person who leaves); the audit log keeps who sat there.
pub async fn remove_seat(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id, seat_id)): Path<(String, String, i64, i64)>,
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
    Path((_, _, id, seat)): Path<(String, String, i64, i64)>,
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

pub struct ProposalView {
    pub id: i64,
    pub name: String,
    pub purpose: String,
    pub theme: String,
    pub proposer: String,
    pub supporters: Vec<String>,
    pub status: String,
    pub reason: String,
    pub body_id: Option<i64>,
    pub supported_by_me: bool,
}

#[derive(Template)]
#[template(path = "features/membership/proposals.html")]
struct ProposalsPage {
    page: PageCtx,
    proposals: Vec<ProposalView>,
    threshold: i64,
    membership: Option<Membership>,
    can_manage: bool,
    themes: Vec<(String, String)>,
    form: ProposalForm,
    errors: FieldErrors,
}

type ProposalRow = (
    i64,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    Option<i64>,
);

async fn proposals_page(
    db: &Db,
    page: PageCtx,
    user: &CurrentUser,
    coordination: &Coordination,
    form: ProposalForm,
    errors: FieldErrors,
) -> Result<ProposalsPage, AppError> {
    let (tenant, membership) = reader(db, user, coordination).await?;
    let rows: Vec<ProposalRow> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT g.id, g.name, g.purpose, g.theme, m.name, g.status, g.reason, g.body_id FROM group_proposals g \
         JOIN memberships m ON m.id = g.membership_id WHERE g.coordination_id = $1 \
         ORDER BY CASE g.status WHEN 'open' THEN 0 ELSE 1 END, g.created_at DESC"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let supports: Vec<(i64, i64, String)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT s.proposal_id, s.membership_id, m.name FROM group_supports s JOIN memberships m ON m.id = s.membership_id \
         JOIN group_proposals g ON g.id = s.proposal_id WHERE g.coordination_id = $1 ORDER BY m.name"
    )
    .bind(tenant.id())
    .fetch_all(p)
    .await
    })?;
    let labels = reference::theme_choices(db, page.lang).await?;
    let proposals = rows
        .into_iter()
        .map(
            |(id, name, purpose, theme, proposer, status, reason, body_id)| ProposalView {
                supporters: supports
                    .iter()
                    .filter(|s| s.0 == id)
                    .map(|s| s.2.clone())
                    .collect(),
                supported_by_me: membership
                    .as_ref()
                    .is_some_and(|m| supports.iter().any(|s| s.0 == id && s.1 == m.id)),
                theme: theme
                    .and_then(|code| {
                        labels
                            .iter()
                            .find(|(c, _)| *c == code)
                            .map(|(_, l)| l.clone())
                    })
                    .unwrap_or_default(),
                id,
                name,
                purpose,
                proposer,
                status,
                reason,
                body_id,
            },
        )
        .collect();
    Ok(ProposalsPage {
        proposals,
        threshold: settings::number(db, tenant.id(), Setting::GroupSupportThreshold).await?,
        can_manage: policy::allows(Some(user), Action::ManageMembership, Some(coordination.id)),
        membership,
        themes: labels,
        form,
        errors,
        page: page.with_coordination(coordination.as_ref()),
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct ProposalForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    theme: String,
}

pub async fn proposals(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    render(
        &proposals_page(
            &state.db,
            page,
            &user,
            &coordination,
            ProposalForm::default(),
            FieldErrors::default(),
        )
        .await?,
    )
}

fn proposals_path(page: &PageCtx, coordination: &Coordination) -> String {
    format!("/{}/{}/proposals", page.lang.code(), coordination.slug)
}

/// A member organisation proposes a working group; it supports its own proposal.
pub async fn propose(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<ProposalForm>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    let mut errors = FieldErrors::default();
    let (name, purpose) = (
        form.name.trim().to_string(),
        form.purpose.trim().to_string(),
    );
    if name.is_empty() {
        errors.add("name", "error-required");
    } else if name.chars().count() > 200 {
        errors.add("name", "error-too-long");
    }
    if purpose.is_empty() {
        errors.add("purpose", "error-required");
    } else if purpose.chars().count() > 5000 {
        errors.add("purpose", "error-too-long");
    }
    let themes = reference::theme_choices(&state.db, page.lang).await?;
    if !form.theme.is_empty() && !themes.iter().any(|(c, _)| *c == form.theme) {
        errors.add("theme", "error-choice-invalid");
    }
    if !errors.is_empty() {
        let view = proposals_page(&state.db, page, &user, &coordination, form, errors).await?;
        return render_invalid(&view);
    }
    let mut tx = state.db.begin().await?;
    let id: i64 = with_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO group_proposals (coordination_id, membership_id, name, purpose, theme, status, reason, body_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'open', '', NULL, $6) RETURNING id"
    )
    .bind(tenant.id())
    .bind(membership.id)
    .bind(&name)
    .bind(&purpose)
    .bind(Some(form.theme.as_str()).filter(|t| !t.is_empty()))
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })?;
    add_support(&mut tx, id, membership.id).await?;
    commit_audited(
        tx,
        AuditEntry::new("proposal.created")
            .by(&user)
            .in_coordination(tenant.id())
            .on("group_proposal", id)
            .change(None, Some(serde_json::json!({ "name": name }))),
        &session,
        "flash-proposal-created",
        &proposals_path(&page, &coordination),
    )
    .await
}

async fn add_support(
    tx: &mut Tx,
    proposal_id: i64,
    membership_id: i64,
) -> Result<u64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO group_supports (proposal_id, membership_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
    )
    .bind(proposal_id)
    .bind(membership_id)
    .bind(Utc::now())
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })
}

async fn open_proposal(
    db: &Db,
    tenant: &Tenant,
    id: i64,
) -> Result<(String, String, Option<String>), AppError> {
    let found: Option<(String, String, Option<String>)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT name, purpose, theme FROM group_proposals WHERE id = $1 AND coordination_id = $2 AND status = 'open'"
    )
    .bind(id)
    .bind(tenant.id())
    .fetch_optional(p)
    .await
    })?;
    found.ok_or(AppError::NotFound)
}

pub async fn support(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let (tenant, membership) = reader(&state.db, &user, &coordination).await?;
    let membership = membership.ok_or(AppError::Forbidden)?;
    open_proposal(&state.db, &tenant, id).await?;
    let mut tx = state.db.begin().await?;
    if add_support(&mut tx, id, membership.id).await? > 0 {
        audit::record(
            &mut tx,
            AuditEntry::new("proposal.supported")
                .by(&user)
                .in_coordination(tenant.id())
                .on("group_proposal", id)
                .change(
                    None,
                    Some(serde_json::json!({ "membership": membership.id })),
                ),
        )
        .await?;
    }
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-proposal-supported",
        &proposals_path(&page, &coordination),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ProposalDecision {
    decision: String,
    #[serde(default)]
    reason: String,
}

/// The coordinator creates the group (once enough organisations support it; they become its
/// first members) or declines with a reason.
pub async fn decide_proposal(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<ProposalDecision>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let (name, purpose, theme) = open_proposal(&state.db, &tenant, id).await?;
    let supporters: Vec<i64> = with_db!(&state.db, |p| sqlx::query_scalar(
        "SELECT membership_id FROM group_supports WHERE proposal_id = $1 ORDER BY created_at"
    )
    .bind(id)
    .fetch_all(p)
    .await)?;
    let threshold =
        settings::number(&state.db, tenant.id(), Setting::GroupSupportThreshold).await?;
    let back = proposals_path(&page, &coordination);
    let mut tx = state.db.begin().await?;
    let (status, body_id, key) = match form.decision.as_str() {
        "create" if (supporters.len() as i64) < threshold => {
            return redirect_with_flash(
                &session,
                FlashKind::Error,
                "flash-proposal-below-threshold",
                &back,
            )
            .await;
        }
        "create" => {
            let body_id = insert_body(
                &mut tx,
                &tenant,
                &NewBody {
                    kind: "working_group".into(),
                    name_fr: name.clone(),
                    name_nl: name.clone(),
                    purpose_fr: purpose.clone(),
                    purpose_nl: purpose.clone(),
                    theme,
                    open: true,
                },
            )
            .await?;
            for membership_id in &supporters {
                seat(
                    &mut tx,
                    &tenant,
                    body_id,
                    Some(*membership_id),
                    "",
                    "member",
                )
                .await?;
            }
            ("created", Some(body_id), "flash-proposal-group-created")
        }
        "decline" if form.reason.trim().is_empty() => {
            return redirect_with_flash(&session, FlashKind::Error, "flash-reason-required", &back)
                .await;
        }
        "decline" => ("declined", None, "flash-proposal-declined"),
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    with_tx!(&mut tx, |c| sqlx::query(
        "UPDATE group_proposals SET status = $1, reason = $2, body_id = $3 WHERE id = $4"
    )
    .bind(status)
    .bind(form.reason.trim())
    .bind(body_id)
    .bind(id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))?;
    audit::record(
        &mut tx,
        AuditEntry::new("proposal.decided").by(&user).in_coordination(tenant.id()).on("group_proposal", id)
            .change(None, Some(serde_json::json!({ "status": status, "reason": form.reason.trim(), "body": body_id }))),
    )
    .await?;
    tx.commit().await?;
    let to = match body_id {
        Some(body) => body_path(&page, &coordination, body),
        None => back,
    };
    redirect_with_flash(&session, FlashKind::Success, key, &to).await
}
