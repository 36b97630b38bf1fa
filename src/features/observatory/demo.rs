//! Demo observatory for a demo coordination: last semester's round, published, and this
//! semester's, open, with needs and non-take-up signals from several member organisations; needs
//! that group the housing, food-aid and mental-health signals, at three stages. Also the
//! benchmark's generated signals.

use chrono::{Datelike, Duration, NaiveDate, Utc};

use super::store::needs::NeedStatus;
use super::store::{basin_of, rollup, Outcome, Trend};
use crate::features::directory::store::TARGET_GROUPS;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{with_db, with_tx};

/// What the demo's published round tells the public, in French and in Dutch.
const PUBLISHED_TEXT: (&str, &str) = (
    "Le logement reste le premier besoin que signalent nos partenaires, suivi de l'aide alimentaire en fin de mois.\n\nLa plénière a discuté de l'accès au logement ; un projet d'épicerie solidaire avec le CPAS est à l'étude.",
    "Huisvesting blijft de eerste behoefte die onze partners melden, gevolgd door voedselhulp op het einde van de maand.\n\nDe plenaire vergadering besprak de toegang tot huisvesting; een project voor een solidaire kruidenier met het OCMW wordt onderzocht.",
);

/// The needs the demo coordination made of its signals: (theme of the signals, titles,
/// description, status, the answer so far).
const DEMO_NEEDS: [(&str, &str, &str, &str, NeedStatus, &str); 3] = [
    (
        "housing",
        "Accès au logement",
        "Toegang tot huisvesting",
        "Les signaux logement des deux derniers semestres.",
        NeedStatus::Discussed,
        "",
    ),
    (
        "food-aid",
        "Aide alimentaire en fin de mois",
        "Voedselhulp op het einde van de maand",
        "Les demandes de colis augmentent, surtout les derniers jours du mois.",
        NeedStatus::InAction,
        "Projet d'épicerie solidaire avec le CPAS, à l'étude au groupe de travail.",
    ),
    (
        "health",
        "Délais en santé mentale",
        "Wachttijden in de geestelijke gezondheidszorg",
        "Plusieurs mois d'attente pour un premier rendez-vous.",
        NeedStatus::Observed,
        "",
    ),
];

const NEEDS: [(&str, &str, i64, i64); 6] = [
    (
        "housing",
        "Familles en attente d'un logement social, loyers privés hors de portée.",
        48,
        4,
    ),
    (
        "food-aid",
        "Hausse des demandes de colis alimentaires, surtout en fin de mois.",
        120,
        3,
    ),
    (
        "health",
        "Délais de plusieurs mois pour un rendez-vous en santé mentale.",
        35,
        3,
    ),
    (
        "debt",
        "Dettes d'énergie chez des ménages qui travaillent.",
        27,
        2,
    ),
    (
        "housing",
        "Jeunes adultes sans logement stable après 18 ans.",
        15,
        4,
    ),
    (
        "employment",
        "Peu de places en formation pour les personnes peu qualifiées.",
        22,
        2,
    ),
];

const NON_TAKE_UP: [(&str, [&str; 2], i64); 4] = [
    ("bim", ["unaware", "complexity"], 30),
    ("social-energy-tariff", ["unaware", "digital"], 18),
    ("ris", ["stigma", "distrust"], 9),
    ("rent-allowance", ["complexity", "cost"], 12),
];

/// Semester boundaries for the demo rounds: the previous half-year and the current one.
fn semesters(today: NaiveDate) -> [(NaiveDate, NaiveDate); 2] {
    let half = |year: i32, first: bool| {
        if first {
            (
                NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today),
                NaiveDate::from_ymd_opt(year, 6, 30).unwrap_or(today),
            )
        } else {
            (
                NaiveDate::from_ymd_opt(year, 7, 1).unwrap_or(today),
                NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today),
            )
        }
    };
    let first_half = today.month() <= 6;
    let current = half(today.year(), first_half);
    let previous = if first_half {
        half(today.year() - 1, false)
    } else {
        half(today.year(), true)
    };
    [previous, current]
}

#[allow(clippy::too_many_arguments)]
async fn insert_signal(
    tx: &mut Tx,
    tenant: &Tenant,
    membership: i64,
    round: Option<i64>,
    (start, end): (NaiveDate, NaiveDate),
    kind: &str,
    theme_or_right: &str,
    description: &str,
    people: i64,
    severity: Option<i64>,
    target_group: &str,
    nis_code: &str,
    basin: Option<&str>,
    trend: Option<&str>,
    outcome: Option<&str>,
) -> Result<i64, sqlx::Error> {
    let need = kind == "need";
    with_tx!(&mut *tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO signals (coordination_id, membership_id, round_id, need_id, kind, theme_code, right_code, target_group, nis_code, basin_code, \
         neighbourhood, period_start, period_end, description, trend, severity, people_count, outcome, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, '', $10, $11, $12, $13, $14, $15, $16, NULL, $17, $17) RETURNING id"
    )
    .bind(tenant.id())
    .bind(membership)
    .bind(round)
    .bind(kind)
    .bind(need.then_some(theme_or_right))
    .bind((!need).then_some(theme_or_right))
    .bind(target_group)
    .bind(nis_code)
    .bind(basin)
    .bind(start)
    .bind(end)
    .bind(description)
    .bind(trend)
    .bind(severity)
    .bind(people)
    .bind(outcome)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })
}

async fn insert_round(
    tx: &mut Tx,
    tenant: &Tenant,
    (start, end): (NaiveDate, NaiveDate),
    open: bool,
) -> Result<i64, sqlx::Error> {
    let (fr, nl) = if start.month() == 1 {
        (
            format!("Premier semestre {}", start.year()),
            format!("Eerste semester {}", start.year()),
        )
    } else {
        (
            format!("Second semestre {}", start.year()),
            format!("Tweede semester {}", start.year()),
        )
    };
    with_tx!(&mut *tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO collection_rounds (coordination_id, title_fr, title_nl, period_start, period_end, deadline, status, published, reminded_at, created_at, public_text_fr, public_text_nl) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, $11) RETURNING id"
    )
    .bind(tenant.id())
    .bind(fr)
    .bind(nl)
    .bind(start)
    .bind(end)
    .bind(if open { end } else { end + Duration::days(15) })
    .bind(if open { "open" } else { "closed" })
    .bind(!open)
    .bind(Utc::now())
    // The published round says what stood out and what the coordination did with it.
    .bind(if open { "" } else { PUBLISHED_TEXT.0 })
    .bind(if open { "" } else { PUBLISHED_TEXT.1 })
    .fetch_one(c)
    .await
    })
}

pub async fn seed(
    tx: &mut Tx,
    tenant: &Tenant,
    memberships: &[i64],
    nis_code: &str,
) -> Result<(), sqlx::Error> {
    if memberships.is_empty() {
        return Ok(());
    }
    let [previous, current] = semesters(Utc::now().date_naive());
    let basin = basin_of(tx, nis_code).await?;
    let past = insert_round(tx, tenant, previous, false).await?;
    let open = insert_round(tx, tenant, current, true).await?;
    // The signals of the themes the coordination grouped into needs.
    let mut grouped: Vec<(&str, Vec<i64>)> = DEMO_NEEDS.iter().map(|n| (n.0, Vec::new())).collect();
    for (round, period, scale) in [(past, previous, 1), (open, current, 2)] {
        for (i, (theme, description, people, severity)) in NEEDS.iter().enumerate() {
            let id = insert_signal(
                tx,
                tenant,
                memberships[i % memberships.len()],
                Some(round),
                period,
                "need",
                theme,
                description,
                people * scale / 2 + people / 2,
                Some(*severity),
                TARGET_GROUPS[i % TARGET_GROUPS.len()],
                nis_code,
                basin.as_deref(),
                Some(Trend::ALL[(i + scale as usize) % Trend::ALL.len()].as_str()),
                None,
            )
            .await?;
            if let Some(grouped) = grouped.iter_mut().find(|(t, _)| t == theme) {
                grouped.1.push(id);
            }
        }
        for (i, (right, causes, cases)) in NON_TAKE_UP.iter().enumerate() {
            let id = insert_signal(
                tx,
                tenant,
                memberships[(i + 2) % memberships.len()],
                Some(round),
                period,
                "non_take_up",
                right,
                "Personnes qui ne demandent pas un droit auquel elles peuvent prétendre.",
                cases * scale,
                None,
                TARGET_GROUPS[(i + 3) % TARGET_GROUPS.len()],
                nis_code,
                basin.as_deref(),
                None,
                Some(Outcome::ALL[i % Outcome::ALL.len()].as_str()),
            )
            .await?;
            for cause in causes {
                with_tx!(&mut *tx, |c| sqlx::query(
                    "INSERT INTO signal_causes (signal_id, cause_code) VALUES ($1, $2)"
                )
                .bind(id)
                .bind(cause)
                .execute(c)
                .await
                .map(|r| r.rows_affected()))?;
            }
        }
    }
    let now = Utc::now();
    for ((_, title_fr, title_nl, description, status, response), (_, signals)) in
        DEMO_NEEDS.iter().zip(&grouped)
    {
        let need: i64 = with_tx!(&mut *tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO needs (coordination_id, title_fr, title_nl, description, status, body_id, agenda_item_id, response, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7, $7) RETURNING id"
        )
        .bind(tenant.id())
        .bind(title_fr)
        .bind(title_nl)
        .bind(description)
        .bind(status)
        .bind(response)
        .bind(now)
        .fetch_one(c)
        .await
        })?;
        for signal in signals {
            with_tx!(&mut *tx, |c| sqlx::query(
                "UPDATE signals SET need_id = $1 WHERE id = $2"
            )
            .bind(need)
            .bind(signal)
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
        }
        let count = signals.len().to_string();
        let mut history = vec![("created", count.as_str())];
        if *status != NeedStatus::Observed {
            history.push(("status", status.as_str()));
        }
        for (event, detail) in history {
            with_tx!(&mut *tx, |c| {
                sqlx::query(
                "INSERT INTO need_events (coordination_id, need_id, event, detail, actor_user_id, at) VALUES ($1, $2, $3, $4, NULL, $5)"
            )
            .bind(tenant.id())
            .bind(need)
            .bind(event)
            .bind(detail)
            .bind(now)
            .execute(c)
            .await
            .map(|r| r.rows_affected())
            })?;
        }
    }
    rollup::refresh(tx, tenant).await
}

/// The benchmark's signals: `count` spread evenly over every coordination (each given ten member
/// organisations if it has fewer), themes, rights, causes, target groups and two rounds.
pub async fn bench(db: &Db, count: usize) -> anyhow::Result<()> {
    if count == 0 {
        return Ok(());
    }
    let coordinations = crate::platform::tenancy::list(db).await?;
    let themes: Vec<String> = with_db!(db, |p| sqlx::query_scalar("SELECT code FROM themes")
        .fetch_all(p)
        .await)?;
    let rights: Vec<String> = with_db!(db, |p| sqlx::query_scalar("SELECT code FROM rights")
        .fetch_all(p)
        .await)?;
    let causes: Vec<String> = with_db!(db, |p| sqlx::query_scalar(
        "SELECT code FROM non_take_up_causes"
    )
    .fetch_all(p)
    .await)?;
    let per = count.div_ceil(coordinations.len().max(1));
    let [previous, current] = semesters(Utc::now().date_naive());
    let now = Utc::now();
    for coordination in &coordinations {
        let tenant = Tenant::system(coordination.id);
        let mut tx = db.begin().await?;
        let mut memberships: Vec<i64> = with_tx!(&mut tx, |c| {
            sqlx::query_scalar(
            "SELECT id FROM memberships WHERE coordination_id = $1 AND status = 'member' ORDER BY id LIMIT 10"
        )
        .bind(tenant.id())
        .fetch_all(c)
        .await
        })?;
        for i in memberships.len()..10 {
            memberships.push(with_tx!(&mut tx, |c| sqlx::query_scalar(
                "INSERT INTO memberships (coordination_id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at) \
                 VALUES ($1, NULL, 'member', $2, NULL, '', '', '', '', '', $3, $3) RETURNING id"
            )
            .bind(tenant.id())
            .bind(format!("Bench partner {i}"))
            .bind(now)
            .fetch_one(c)
            .await)?);
        }
        let rounds = [
            insert_round(&mut tx, &tenant, previous, false).await?,
            insert_round(&mut tx, &tenant, current, true).await?,
        ];
        let basins: Vec<String> = with_tx!(&mut tx, |c| sqlx::query_scalar(
            "SELECT basin_code FROM municipality_basins WHERE nis_code = $1"
        )
        .bind(&coordination.nis_code)
        .fetch_all(c)
        .await)?;
        // Multi-row inserts: a few hundred statements instead of 200,000.
        const BATCH: usize = 200;
        for start in (0..per).step_by(BATCH) {
            let rows: Vec<usize> = (start..(start + BATCH).min(per)).collect();
            let mut sql = String::from(
                "INSERT INTO signals (coordination_id, membership_id, round_id, need_id, kind, theme_code, right_code, target_group, nis_code, basin_code, \
                 neighbourhood, period_start, period_end, description, trend, severity, people_count, outcome, created_by, created_at, updated_at) VALUES ",
            );
            for (n, i) in rows.iter().enumerate() {
                let need = i % 3 != 0;
                let round = i % 2;
                let (from, to) = if round == 0 { previous } else { current };
                let theme = if need {
                    format!("'{}'", themes[i % themes.len()])
                } else {
                    "NULL".into()
                };
                let right = if need {
                    "NULL".into()
                } else {
                    format!("'{}'", rights[i % rights.len()])
                };
                let trend = if need {
                    format!("'{}'", Trend::ALL[i % Trend::ALL.len()])
                } else {
                    "NULL".into()
                };
                let severity = if need {
                    format!("{}", i % 4 + 1)
                } else {
                    "NULL".into()
                };
                let outcome = if need {
                    "NULL".into()
                } else {
                    format!("'{}'", Outcome::ALL[i % Outcome::ALL.len()])
                };
                let basin = basins
                    .get(i % basins.len().max(1))
                    .map(|b| format!("'{b}'"))
                    .unwrap_or_else(|| "NULL".into());
                if n > 0 {
                    sql.push_str(", ");
                }
                // Every value is generated here from codes Socius itself holds: nothing outside
                // reaches this text.
                sql.push_str(&format!(
                    "({}, {}, {}, NULL, '{}', {theme}, {right}, '{}', '{}', {basin}, '', '{from}', '{to}', 'Signal généré {i}', {trend}, {severity}, {}, {outcome}, NULL, '{}', '{}')",
                    tenant.id(),
                    memberships[i % memberships.len()],
                    rounds[round],
                    if need { "need" } else { "non_take_up" },
                    TARGET_GROUPS[i % TARGET_GROUPS.len()],
                    coordination.nis_code,
                    i % 40 + 1,
                    now.to_rfc3339(),
                    now.to_rfc3339(),
                ));
            }
            sql.push_str(" RETURNING id, kind");
            let inserted: Vec<(i64, String)> =
                with_tx!(&mut tx, |c| sqlx::query_as(&sql).fetch_all(c).await)?;
            let mut causes_sql =
                String::from("INSERT INTO signal_causes (signal_id, cause_code) VALUES ");
            let mut any = false;
            for (k, (id, kind)) in inserted.iter().enumerate() {
                if kind != "non_take_up" {
                    continue;
                }
                for cause in [&causes[k % causes.len()], &causes[(k + 3) % causes.len()]] {
                    if any {
                        causes_sql.push_str(", ");
                    }
                    causes_sql.push_str(&format!("({id}, '{cause}')"));
                    any = true;
                }
            }
            if any {
                with_tx!(&mut tx, |c| sqlx::query(&causes_sql)
                    .execute(c)
                    .await
                    .map(|r| r.rows_affected()))?;
            }
        }
        rollup::refresh(&mut tx, &tenant).await?;
        tx.commit().await?;
    }
    println!(
        "observatory: {} signals in {} coordinations",
        per * coordinations.len(),
        coordinations.len()
    );
    Ok(())
}
