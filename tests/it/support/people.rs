//! Coordinations and the people in them, as tests need them.

use socius::domain::Lang;
use socius::platform::auth::CurrentUser;
use socius::platform::policy::{self, Action};
use socius::platform::tenancy;

use super::{Client, TestApp};

/// Write access to a coordination's directory, as a platform admin has it.
pub fn admin_tenant(coordination: &tenancy::Coordination) -> policy::Tenant {
    let admin = CurrentUser {
        id: 0,
        email: "seed@socius.test".into(),
        display_name: "Seed".into(),
        lang: Lang::Fr,
        is_platform_admin: true,
        is_regional_staff: false,
        roles: vec![],
    };
    policy::authorize(Some(&admin), Action::EditDirectory, coordination).unwrap()
}

pub async fn coordination(app: &TestApp, slug: &str) -> tenancy::Coordination {
    tenancy::find_by_slug(app.db(), slug)
        .await
        .unwrap()
        .unwrap()
}

/// An account (password `PASSWORD`) with one role in the coordination.
pub async fn person(
    app: &TestApp,
    email: &str,
    lang: Lang,
    coordination: &tenancy::Coordination,
    role: policy::Role,
) {
    app.user(
        email,
        super::PASSWORD,
        lang,
        false,
        &[(coordination.id, role)],
    )
    .await;
}

/// Seeds the demo directory of two coordinations; returns nothing, the pages are the interface.
pub async fn seed_directory(app: &TestApp) {
    app.coordination(
        "anderlecht",
        "Coordination sociale d'Anderlecht",
        "Sociale coördinatie Anderlecht",
    )
    .await;
    app.coordination("koekelberg", "Koecoon", "Koecoon").await;
    for (slug, nis) in [("anderlecht", "21001"), ("koekelberg", "21011")] {
        let coordination = coordination(app, slug).await;
        let tenant = admin_tenant(&coordination);
        let mut tx = app.db().begin().await.unwrap();
        let size = socius::features::directory::demo::DEMO_SIZE;
        socius::features::directory::demo::seed(&mut tx, &tenant, nis, size)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
}

/// Molenbeek, a coordination with nothing on its map yet, and its coordinator signed in
/// (`coord@molenbeek.test`).
pub async fn empty_molenbeek(app: &TestApp) -> (i64, Client) {
    let molenbeek = app
        .coordination(
            "molenbeek",
            "Coordination sociale de Molenbeek",
            "Sociale coördinatie Molenbeek",
        )
        .await;
    app.user(
        "coord@molenbeek.test",
        super::PASSWORD,
        Lang::Fr,
        false,
        &[(molenbeek, policy::Role::Coordinator)],
    )
    .await;
    let mut coordinator = app.client();
    coordinator
        .login("coord@molenbeek.test", super::PASSWORD)
        .await;
    (molenbeek, coordinator)
}
