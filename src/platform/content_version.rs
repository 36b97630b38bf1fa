//! The version of what public pages show, per coordination: database triggers bump it in the
//! transaction of every change to a table a public page reads (migration 0031), whoever makes the
//! change — a handler, an import, the command line, another process. Pages cached or answered with
//! an `ETag` under an older version are known stale (`web::cache`).
//!
//! Each process reads the versions at most a second apart (one small query), and at once after a
//! transaction of its own commits: a change made through another process on the same PostgreSQL
//! is served within a second, one made through this process at once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::fetch_all;
use crate::platform::db::Db;

/// Tables with a `coordination_id` whose changes no public page shows, and why: they carry no
/// trigger. Every other such table has one (a test checks the two lists cover every table).
pub const UNSEEN_TABLES: &[(&str, &str)] = &[
    (
        "audit_log",
        "read by coordinators only; written with changes that bump anyway",
    ),
    ("outbox", "mail in flight, updated by the mail worker"),
    ("report_links", "personal links to report to a round"),
    (
        "signals",
        "reports of a round: the public page shows the round's rollup",
    ),
    (
        "invitations",
        "who is invited to a meeting and their answers",
    ),
    ("verification_requests", "reminders to check a record"),
    ("role_invitations", "invitations to take a role"),
    ("rights", "requests about personal data"),
    ("user_roles", "who has which role"),
    ("organization_editors", "who may edit a record"),
    (
        "member_contacts",
        "contact persons of members, never public",
    ),
    (
        "directory_reports",
        "errors reported on the map, for the coordinator",
    ),
    ("page_revisions", "the history of a page, for its editors"),
    (
        "search_misses",
        "searches that found nothing, for the coordinators",
    ),
    (
        "directory_changes",
        "the history of the map, for its editors",
    ),
];

/// How long a process trusts the versions it read: a change made through another process is
/// served here within this (and the request's own time) — within a second, as promised.
const FRESH_FOR: Duration = Duration::from_millis(500);

/// Bumped by every commit in this process: the versions are then read again at the next request.
static COMMITS: AtomicU64 = AtomicU64::new(0);

/// A transaction of this process committed: the versions are read again at the next request.
/// Called by `Tx::commit`, and by tests that change rows by hand.
pub fn committed() {
    COMMITS.fetch_add(1, Ordering::Relaxed);
}

/// The versions as read at one moment.
#[derive(Debug, Default)]
pub struct Snapshot {
    platform: i64,
    by_slug: HashMap<String, i64>,
    total: i64,
}

impl Snapshot {
    /// The version a page at `path` shows: its coordination's and the platform's, or for pages
    /// of no one coordination (the region), all of them.
    pub fn of_path(&self, path: &str) -> i64 {
        let slug = path.trim_start_matches('/').split('/').nth(1).unwrap_or("");
        match self.by_slug.get(slug) {
            Some(version) => self.platform + version,
            None => self.total,
        }
    }

    /// The version of what a coordination's public pages show (its own and the platform's).
    pub fn of_coordination(&self, slug: &str) -> i64 {
        self.platform + self.by_slug.get(slug).copied().unwrap_or_default()
    }
}

#[derive(Default)]
pub struct Versions {
    last: Mutex<Option<(Instant, u64, Arc<Snapshot>)>>,
}

impl Versions {
    pub async fn current(&self, db: &Db) -> Result<Arc<Snapshot>, sqlx::Error> {
        let commits = COMMITS.load(Ordering::Relaxed);
        if let Some((read_at, seen, snapshot)) = &*self.last.lock().expect("not poisoned") {
            if *seen == commits && read_at.elapsed() < FRESH_FOR {
                return Ok(snapshot.clone());
            }
        }
        let rows: Vec<(i64, i64, Option<String>)> = fetch_all!(
            db,
            "SELECT v.coordination_id, v.version, c.slug FROM content_versions v \
             LEFT JOIN coordinations c ON c.id = v.coordination_id"
        )?;
        let mut snapshot = Snapshot::default();
        for (coordination_id, version, slug) in rows {
            snapshot.total += version;
            match slug {
                Some(slug) => {
                    snapshot.by_slug.insert(slug, version);
                }
                None if coordination_id == 0 => snapshot.platform = version,
                None => {}
            }
        }
        let snapshot = Arc::new(snapshot);
        *self.last.lock().expect("not poisoned") =
            Some((Instant::now(), commits, snapshot.clone()));
        Ok(snapshot)
    }
}
