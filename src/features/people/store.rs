//! The people who hold a role in a coordination.

use crate::fetch_all;
use crate::platform::db::Db;
use crate::platform::policy::{Role, Tenant};

pub struct Person {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub lang: String,
    pub roles: Vec<Role>,
}

#[derive(sqlx::FromRow)]
struct PersonRoleRow {
    user_id: i64,
    display_name: String,
    email: String,
    lang: String,
    role: Role,
}

const PEOPLE: &str = "\
    SELECT u.id AS user_id, u.display_name, u.email, u.lang, r.role \
    FROM user_roles r JOIN users u ON u.id = r.user_id \
    WHERE r.coordination_id = $1 ORDER BY LOWER(u.display_name), u.id, r.role";

/// Everyone with a role in the coordination, each once with all their roles.
pub async fn people(db: &Db, tenant: &Tenant) -> Result<Vec<Person>, sqlx::Error> {
    let rows: Vec<PersonRoleRow> = fetch_all!(db, PEOPLE, tenant.id())?;
    let mut out: Vec<Person> = Vec::new();
    for row in rows {
        match out.last_mut() {
            Some(last) if last.user_id == row.user_id => last.roles.push(row.role),
            _ => out.push(Person {
                user_id: row.user_id,
                display_name: row.display_name,
                email: row.email,
                lang: row.lang,
                roles: vec![row.role],
            }),
        }
    }
    Ok(out)
}
