//! Demo meetings for a demo coordination: last month's plenary with its published minutes and an
//! open action, and next month's plenary in preparation, whose agenda picks that action up and
//! whose minutes hold an admission waiting for their approval. Also the benchmark's large
//! plenary.

use chrono::{Duration, Utc};

use crate::domain::Lang;
use crate::features::membership::store::bodies::ensure_plenary;
use crate::features::membership::store::{add_contact, ContactRole, NewContact};
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::settings::Setting;
use crate::platform::tenancy;
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
        "INSERT INTO meetings (coordination_id, body_id, uid, title_fr, title_nl, starts_at, duration_minutes, place_fr, place_nl, online_url, public, status, \
         sequence, proposals_until, minutes_status, created_at, updated_at) \
         VALUES ($1, $2, $3, 'Assemblée plénière', 'Plenaire vergadering', $4, 120, 'CPAS, salle du conseil', 'OCMW, raadzaal', '', TRUE, $5, 0, $6, $7, $8, $8) RETURNING id"
    )
    .bind(tenant.id())
    .bind(body_id)
    .bind(format!("demo-{}-{days_from_now}@socius", tenant.id()))
    .bind(starts)
    .bind(if days_from_now < 0 { "published" } else { "draft" })
    .bind(
        starts
            - Duration::days(
                Setting::MeetingProposalDays
                    .default_value()
                    .parse()
                    .unwrap_or_default(),
            ),
    )
    .bind(minutes_status)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })
}

/// Seeds the plenary's meetings; `applicant`'s admission is proposed to the next one.
pub async fn seed(
    tx: &mut Tx,
    tenant: &Tenant,
    (plenary, applicant): (i64, i64),
) -> Result<(), sqlx::Error> {
    let past = insert_meeting(tx, tenant, plenary, -30, "published").await?;
    let next = insert_meeting(tx, tenant, plenary, 30, "draft").await?;
    crate::execute!(
        &mut *tx,
        "INSERT INTO decisions (coordination_id, meeting_id, item_id, number, text, subject_kind, \
         subject_id, outcome, reason) \
         VALUES ($1, $2, NULL, 1, 'Admission de Repair Café du quartier comme membre.', \
         'membership', $3, 'admit', '')",
        tenant.id(),
        next,
        applicant
    )?;
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
    // The housing item comes with the figures a partner brought, as a spreadsheet export.
    let housing: i64 = crate::scalar!(
        &mut *tx,
        "SELECT id FROM agenda_items WHERE meeting_id = $1 AND position = 2",
        past
    )?;
    let figures = "Mois;Demandes;Délai moyen (mois)\nJanvier;41;38\nFévrier;37;39\nMars;45;41\n";
    crate::execute!(
        &mut *tx,
        "INSERT INTO agenda_documents (coordination_id, meeting_id, item_id, filename, content_type, \
         size_bytes, data, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8)",
        tenant.id(),
        past,
        housing,
        "delais-attente-logement.csv",
        "text/csv; charset=utf-8",
        figures.len() as i64,
        figures.as_bytes(),
        Utc::now()
    )?;
    // The decision and the action were taken under the housing item; the minutes were approved and
    // published (version 1), so the decision is in force since the meeting.
    crate::execute!(
        &mut *tx,
        "INSERT INTO decisions (coordination_id, meeting_id, item_id, number, text, takes_effect_at) \
         VALUES ($1, $2, $3, 1, 'Un courrier commun est adressé à la société de logement.', $4)",
        tenant.id(),
        past,
        housing,
        Utc::now() - Duration::days(30)
    )?;
    crate::execute!(
        &mut *tx,
        "INSERT INTO minutes_versions (coordination_id, meeting_id, version, change_note, published_at) \
         VALUES ($1, $2, 1, '', $3)",
        tenant.id(),
        past,
        Utc::now() - Duration::days(20)
    )?;
    crate::execute!(
        &mut *tx,
        "INSERT INTO actions (coordination_id, meeting_id, body_id, item_id, description, owner, \
         due_on, status, created_at) \
         VALUES ($1, $2, $3, $4, 'Rédiger le courrier commun', 'Camille Coordinatrice', $5, 'open', $6)",
        tenant.id(),
        past,
        plenary,
        housing,
        (Utc::now() + Duration::days(14)).date_naive(),
        Utc::now()
    )?;
    Ok(())
}

/// The benchmark's meetings: `invitees` more member organisations in `slug`'s coordination, each
/// with a contact person (half French, half Dutch), and ten plenaries in preparation with an agenda,
/// ready to be published to all of them. Returns the meetings' ids.
pub async fn bench(db: &Db, slug: &str, invitees: usize) -> anyhow::Result<Vec<i64>> {
    let coordination = tenancy::find_by_slug(db, slug)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no coordination {slug}"))?;
    let tenant = Tenant::system(coordination.id);
    let mut tx = db.begin().await?;
    let now = Utc::now();
    for i in 0..invitees {
        let membership: i64 = with_tx!(&mut tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at) \
             VALUES ($1, NULL, 'member', $2, NULL, $3, '', '', '', '', $4, $4) RETURNING id"
        )
        .bind(tenant.id())
        .bind(format!("Bench organisation {i}"))
        .bind(format!("info{i}@bench.example"))
        .bind(now)
        .fetch_one(c)
        .await
        })?;
        add_contact(
            &mut tx,
            &tenant,
            membership,
            &NewContact {
                user_id: None,
                name: &format!("Contact {i}"),
                email: &format!("contact{i}@bench.example"),
                phone: "",
                lang: if i % 2 == 0 { Lang::Fr } else { Lang::Nl },
                role: ContactRole::Main,
                share_consent: i % 3 == 0,
            },
        )
        .await?;
    }
    let plenary = ensure_plenary(&mut tx, &tenant).await?;
    let mut meetings = Vec::new();
    for k in 0..10 {
        let meeting = insert_meeting(&mut tx, &tenant, plenary, 40 + 7 * k, "none").await?;
        for position in 1..=6 {
            with_tx!(&mut tx, |c| {
                sqlx::query(
                "INSERT INTO agenda_items (coordination_id, meeting_id, position, title_fr, title_nl, description_fr, description_nl, kind, duration_minutes, \
                 presenter, status, reason, proposed_by, notes_fr, notes_nl, created_at) VALUES ($1, $2, $3, $4, $5, '', '', 'discussion', 20, '', 'accepted', '', NULL, '', '', $6)"
            )
            .bind(tenant.id())
            .bind(meeting)
            .bind(position)
            .bind(format!("Point {position}"))
            .bind(format!("Punt {position}"))
            .bind(now)
            .execute(c)
            .await
            .map(|r| r.rows_affected())
            })?;
        }
        meetings.push(meeting);
    }
    tx.commit().await?;
    Ok(meetings)
}
