//! Demo meetings for a demo coordination: last month's plenary with its published minutes and an
//! open action, and next month's plenary in preparation, whose agenda picks that action up.

use chrono::{Duration, Utc};

use crate::platform::db::Tx;
use crate::platform::policy::Tenant;
use crate::with_tx;

async fn insert_meeting(
    tx: &mut Tx,
    tenant: &Tenant,
    body_id: i64,
    days_from_now: i64,
    minutes_status: &str,
) -> Result<i64, sqlx::Error> {
    let starts = (Utc::now() + Duration::days(days_from_now))
        .date_naive()
        .and_hms_opt(8, 30, 0)
        .expect("a valid time")
        .and_utc();
    with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO meetings (coordination_id, body_id, uid, title_fr, title_nl, starts_at, duration_minutes, place, online_url, public, status, \
         sequence, proposals_until, minutes_status, created_at, updated_at) \
         VALUES ($1, $2, $3, 'Assemblée plénière', 'Plenaire vergadering', $4, 120, 'CPAS, salle du conseil', '', TRUE, $5, 0, $6, $7, $8, $8) RETURNING id"
    )
    .bind(tenant.id())
    .bind(body_id)
    .bind(format!("demo-{}-{days_from_now}@socius", tenant.id()))
    .bind(starts)
    .bind(if days_from_now < 0 { "published" } else { "draft" })
    .bind(starts - Duration::days(super::PROPOSAL_DAYS))
    .bind(minutes_status)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })
}

pub async fn seed(tx: &mut Tx, tenant: &Tenant, plenary: i64) -> Result<(), sqlx::Error> {
    let past = insert_meeting(tx, tenant, plenary, -30, "published").await?;
    let next = insert_meeting(tx, tenant, plenary, 30, "none").await?;
    for (meeting, position, fr, nl, kind, notes) in [
        (
            past,
            1,
            "Tour de table des partenaires",
            "Rondvraag bij de partners",
            "information",
            "Chaque partenaire présente ses actualités.",
        ),
        (
            past,
            2,
            "Accès au logement",
            "Toegang tot huisvesting",
            "discussion",
            "Les délais d'attente s'allongent.",
        ),
        (
            next,
            1,
            "Présentation d'un partenaire",
            "Voorstelling van een partner",
            "presentation",
            "",
        ),
        (
            next,
            2,
            "Préparation du rapport d'activités",
            "Voorbereiding van het activiteitenverslag",
            "decision",
            "",
        ),
    ] {
        with_tx!(&mut *tx, |c| {
            sqlx::query(
            "INSERT INTO agenda_items (coordination_id, meeting_id, position, title_fr, title_nl, description_fr, description_nl, kind, duration_minutes, \
             presenter, status, reason, proposed_by, notes_fr, notes_nl, created_at) VALUES ($1, $2, $3, $4, $5, '', '', $6, 20, '', 'accepted', '', NULL, $7, '', $8)"
        )
        .bind(tenant.id())
        .bind(meeting)
        .bind(position)
        .bind(fr)
        .bind(nl)
        .bind(kind)
        .bind(notes)
        .bind(Utc::now())
        .execute(c)
        .await
        .map(|r| r.rows_affected())
        })?;
    }
    with_tx!(&mut *tx, |c| {
        sqlx::query(
        "INSERT INTO decisions (coordination_id, meeting_id, item_id, number, text) VALUES ($1, $2, NULL, 1, 'Un courrier commun est adressé à la société de logement.')"
    )
    .bind(tenant.id())
    .bind(past)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    with_tx!(&mut *tx, |c| {
        sqlx::query(
        "INSERT INTO actions (coordination_id, meeting_id, body_id, item_id, description, owner, due_on, status, created_at) \
         VALUES ($1, $2, $3, NULL, 'Rédiger le courrier commun', 'Coordination', NULL, 'open', $4)"
    )
    .bind(tenant.id())
    .bind(past)
    .bind(plenary)
    .bind(Utc::now())
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}
