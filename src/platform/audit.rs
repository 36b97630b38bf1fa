//! The audit log: security events and changes to records — who, when, what, before and after.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::platform::auth::{ClientIp, CurrentUser};
use crate::platform::db::{Db, Tx};
use crate::platform::personal_data::{DataSubject, Erased, PersonalData, Reach, Section};
use crate::platform::policy::Tenant;
use crate::{with_db, with_tx};

pub struct AuditEntry<'a> {
    pub coordination_id: Option<i64>,
    pub actor: Option<&'a CurrentUser>,
    /// Who acted when nobody is signed in (e.g. the address a failed login was for).
    pub actor_label: Option<String>,
    pub event: &'static str,
    pub entity: Option<(&'static str, String)>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub ip: Option<&'a ClientIp>,
}

impl<'a> AuditEntry<'a> {
    pub fn new(event: &'static str) -> Self {
        AuditEntry {
            coordination_id: None,
            actor: None,
            actor_label: None,
            event,
            entity: None,
            before: None,
            after: None,
            ip: None,
        }
    }

    pub fn by(mut self, actor: &'a CurrentUser) -> Self {
        self.actor = Some(actor);
        self
    }

    pub fn in_coordination(mut self, coordination_id: i64) -> Self {
        self.coordination_id = Some(coordination_id);
        self
    }

    pub fn on(mut self, entity_type: &'static str, entity_id: impl ToString) -> Self {
        self.entity = Some((entity_type, entity_id.to_string()));
        self
    }

    pub fn change(
        mut self,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> Self {
        self.before = before;
        self.after = after;
        self
    }

    /// A switch among the settings turned from `before` to `after`: the entry names the setting
    /// and keeps both values.
    pub fn switched(self, setting: &'static str, before: bool, after: bool) -> Self {
        self.on("setting", setting).change(
            Some(serde_json::json!({ setting: before })),
            Some(serde_json::json!({ setting: after })),
        )
    }

    pub fn from_ip(mut self, ip: &'a ClientIp) -> Self {
        self.ip = Some(ip);
        self
    }

    pub fn label(mut self, label: String) -> Self {
        self.actor_label = Some(label);
        self
    }
}

/// Written in the same transaction as the change it describes.
pub async fn record(tx: &mut Tx, entry: AuditEntry<'_>) -> Result<(), sqlx::Error> {
    let actor_label = entry
        .actor_label
        .clone()
        .or_else(|| entry.actor.map(CurrentUser::label))
        .unwrap_or_else(|| "system".into());
    let (entity_type, entity_id) = match &entry.entity {
        Some((t, id)) => (Some(*t), Some(id.clone())),
        None => (None, None),
    };
    with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO audit_log (coordination_id, actor_user_id, actor_label, event, entity_type, entity_id, \
         before_json, after_json, ip, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
    )
    .bind(entry.coordination_id)
    .bind(entry.actor.map(|a| a.id))
    .bind(&actor_label)
    .bind(entry.event)
    .bind(entity_type)
    .bind(&entity_id)
    .bind(entry.before.as_ref().map(|v| v.to_string()))
    .bind(entry.after.as_ref().map(|v| v.to_string()))
    .bind(entry.ip.map(ClientIp::label))
    .bind(Utc::now())
    .execute(c).await.map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Records a single event in its own transaction.
pub async fn record_now(db: &Db, entry: AuditEntry<'_>) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    record(&mut tx, entry).await?;
    tx.commit().await
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct AuditRow {
    pub id: i64,
    pub actor_label: String,
    pub event: String,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub ip: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// What a coordination's log shows: its own records, plus the security events (sign-ins, password
/// changes) of the people who hold a role in it, from the moment they took the role (an account
/// that joins later keeps its earlier sign-ins to itself). Two parts, each read through an index:
/// an OR across them, or an `IN` over their union, makes both backends read the whole log.
const OWN: &str = "FROM audit_log WHERE coordination_id = $1 AND ($2 = '' OR event = $2)";
const SECURITY: &str = "FROM audit_log a JOIN user_roles r \
      ON a.entity_id = CAST(r.user_id AS TEXT) AND r.coordination_id = $1 \
    WHERE a.coordination_id IS NULL AND a.entity_type = 'user' \
    AND (a.event LIKE 'login.%' OR a.event LIKE 'password.%' OR a.event = 'logout') \
    AND a.created_at >= r.granted_at AND ($2 = '' OR a.event = $2)";
const COLUMNS: &str =
    "id, actor_label, event, entity_type, entity_id, before_json, after_json, ip, created_at";

pub async fn count(db: &Db, tenant: &Tenant, event: Option<&str>) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT (SELECT COUNT(*) {OWN}) + (SELECT COUNT(*) {SECURITY})");
    with_db!(db, |p| sqlx::query_scalar(&sql)
        .bind(tenant.id())
        .bind(event.unwrap_or(""))
        .fetch_one(p)
        .await)
}

/// One page of a coordination's audit log, newest first, optionally filtered by event name. Each
/// part gives its newest entries up to the page's end (an index read backwards), and the page is
/// cut from both.
pub async fn list(
    db: &Db,
    tenant: &Tenant,
    event: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    let a_columns = COLUMNS
        .split(", ")
        .map(|c| format!("a.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {COLUMNS} FROM ( \
           SELECT * FROM (SELECT {COLUMNS} {OWN} ORDER BY id DESC LIMIT $3) own \
           UNION ALL \
           SELECT * FROM (SELECT {a_columns} {SECURITY} ORDER BY a.id DESC LIMIT $3) security \
         ) visible ORDER BY id DESC LIMIT $4 OFFSET $5"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(tenant.id())
        .bind(event.unwrap_or(""))
        .bind(offset + limit)
        .bind(limit)
        .bind(offset)
        .fetch_all(p)
        .await)
}

/// Forgets the IP addresses of the entries written before `before` (retention).
pub async fn forget_addresses(db: &Db, before: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    crate::execute!(
        db,
        "UPDATE audit_log SET ip = NULL WHERE ip IS NOT NULL AND created_at < $1",
        before
    )
}

/// The audit log's part in the rights of the people: the entries about a person (their sign-ins,
/// changes to their account) and those of what they did. Erased, the entries stay — an audit log
/// with holes proves nothing — without the person's name, address and IP address; the erasure
/// itself is recorded by its caller.
pub struct AuditData;

/// How an erased person is named in the entries that stay.
const ERASED_LABEL: &str = "—";

#[derive(Debug, sqlx::FromRow, Serialize)]
struct AuditExportRow {
    created_at: DateTime<Utc>,
    event: String,
    coordination: Option<String>,
    actor_label: String,
    ip: Option<String>,
}

#[async_trait::async_trait]
impl PersonalData for AuditData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let Some(user) = person.user_id else {
            return Ok(Vec::new());
        };
        let rows: Vec<AuditExportRow> = crate::fetch_all!(
            &mut *tx,
            "SELECT a.created_at, a.event, c.slug AS coordination, a.actor_label, a.ip \
             FROM audit_log a LEFT JOIN coordinations c ON c.id = a.coordination_id \
             WHERE (a.actor_user_id = $1 OR (a.entity_type = 'user' AND a.entity_id = $2)) \
               AND ($3 IS NULL OR a.coordination_id = $3) \
             ORDER BY a.id",
            user,
            user.to_string(),
            reach.coordination()
        )?;
        Ok(vec![Section::of("personal-data-audit", &rows)])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let mut entries = 0;
        if let Some(user) = person.user_id {
            entries += crate::execute!(
                &mut *tx,
                "UPDATE audit_log SET actor_label = $1 \
                 WHERE actor_user_id = $2 AND ($3 IS NULL OR coordination_id = $3)",
                ERASED_LABEL,
                user,
                reach.coordination()
            )?;
            entries += crate::execute!(
                &mut *tx,
                "UPDATE audit_log SET actor_label = CASE WHEN actor_user_id IS NULL \
                   THEN $1 ELSE actor_label END, ip = NULL, before_json = NULL, after_json = NULL \
                 WHERE entity_type = 'user' AND entity_id = $2 \
                   AND ($3 IS NULL OR coordination_id = $3)",
                ERASED_LABEL,
                user.to_string(),
                reach.coordination()
            )?;
        }
        for email in &person.emails {
            // What others did that names them: the entry stays, without its details.
            let mention = format!("%{email}%");
            entries += crate::execute!(
                &mut *tx,
                "UPDATE audit_log SET before_json = NULL, after_json = NULL \
                 WHERE (LOWER(before_json) LIKE $1 OR LOWER(after_json) LIKE $1) \
                   AND ($2 IS NULL OR coordination_id = $2)",
                &mention,
                reach.coordination()
            )?;
            entries += crate::execute!(
                &mut *tx,
                "UPDATE audit_log SET actor_label = $1, ip = NULL \
                 WHERE LOWER(actor_label) LIKE $2 AND ($3 IS NULL OR coordination_id = $3)",
                ERASED_LABEL,
                &mention,
                reach.coordination()
            )?;
        }
        Ok(vec![Erased::pseudonymised(
            "personal-data-audit",
            entries,
            "erasure-why-audit",
        )])
    }
}

/// The audit log in the coordination export: its entries travel (a log with holes proves nothing)
/// with the ids of what they are about rewritten; entries about what does not travel (an API
/// token) lose the id and keep the rest.
impl crate::platform::portable::Portable for AuditData {
    fn tables(&self) -> crate::platform::portable::Tables {
        use crate::platform::portable::{KindReference, Tables};
        Tables {
            travel: &["audit_log"],
            kind_references: &[KindReference {
                table: "audit_log",
                column: "entity_id",
                kind_column: "entity_type",
                kinds: &[
                    ("user", "users"),
                    ("coordination", "coordinations"),
                    ("meeting", "meetings"),
                    ("body", "bodies"),
                    ("membership", "memberships"),
                    ("organization", "organizations"),
                    ("collection_round", "collection_rounds"),
                    ("need", "needs"),
                    ("group_proposal", "group_proposals"),
                    ("signal", "signals"),
                    ("directory_change", "directory_changes"),
                    ("directory_report", "directory_reports"),
                    ("agenda_item", "agenda_items"),
                    ("action", "actions"),
                    ("member_contact", "member_contacts"),
                    ("contact", "member_contacts"),
                    ("invitation", "invitations"),
                    ("api_token", "api_tokens"),
                ],
            }],
            ..Tables::default()
        }
    }
}
