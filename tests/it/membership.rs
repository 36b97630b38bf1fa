//! Membership as people live it: applying from the public page, admission, the charter's versions
//! and signatures, bodies and working groups, and contact details shared only with consent.

use axum::http::StatusCode;
use sha2::{Digest, Sha256};

use socius::domain::Lang;
use socius::platform::policy::Role;

use crate::db_test;
use crate::support::membership::{
    admit_and_sign_in, apply, decide, publish, setup, sign_in_from_invitation, CHARTER_NL,
};
use crate::support::people::{coordination, person};
use crate::support::{Client, TestApp, PASSWORD};

async fn an_organisation_applies_in_dutch_and_is_admitted(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let form = app.client().get("/nl/anderlecht/join").await;
    assert!(
        form.body.contains("We respecteren het beroepsgeheim."),
        "the charter in the reader's language"
    );

    // Without the signature nothing is stored and the typed text comes back.
    let mut visitor = app.client();
    let refused = visitor
        .submit(
            "/nl/anderlecht/join",
            "/nl/anderlecht/join",
            &[("name", "Buurthuis De Linde"), ("contact_lang", "nl")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Buurthuis De Linde"));
    assert!(refused
        .body
        .contains("Typ uw volledige naam om te ondertekenen."));

    let id = apply(
        &app,
        "nl",
        "Buurthuis De Linde",
        "lotte@linde.example",
        true,
    )
    .await;
    let outbox = app.outbox().await;
    let confirmation = outbox
        .iter()
        .find(|m| m.0 == "lotte@linde.example")
        .expect("a confirmation");
    assert_eq!(confirmation.1, "nl");
    assert!(confirmation.2.contains("lidmaatschapsaanvraag"));
    let notice = outbox
        .iter()
        .find(|m| m.0 == "coord@anderlecht.test")
        .expect("the coordinator is told");
    assert_eq!(notice.1, "fr");
    assert!(notice.3.contains(&format!("/fr/anderlecht/members/{id}")));

    // The signature keeps the hash of exactly what the applicant read.
    let (hash, lang): (String, String) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT text_hash, lang FROM charter_signatures WHERE membership_id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(lang, "nl");
    assert_eq!(
        hash,
        hex::encode(Sha256::digest(
            format!("charter\n1\nnl\n{CHARTER_NL}").as_bytes()
        ))
    );

    let register = coordinator
        .get("/fr/anderlecht/members?status=applicant")
        .await;
    assert!(register.body.contains("Buurthuis De Linde"));
    let admitted_member =
        admit_and_sign_in(&app, &mut coordinator, id, "lotte@linde.example").await;
    let invitation = app.last_mail_to("lotte@linde.example").await;
    assert_eq!(invitation.1, "nl", "the invitation is in Dutch");
    let mut member = admitted_member;
    // The member sees the plenary and joins an open working group.
    coordinator
        .submit(
            "/fr/anderlecht/bodies/new",
            "/fr/anderlecht/bodies/new",
            &[
                ("kind", "working_group"),
                ("name_fr", "GT Logement"),
                ("name_nl", "WG Huisvesting"),
                ("open", "on"),
            ],
        )
        .await;
    let bodies = member.get("/nl/anderlecht/bodies").await;
    assert!(bodies.body.contains("Plenaire vergadering"));
    let group: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE name_nl = 'WG Huisvesting'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let page = format!("/nl/anderlecht/bodies/{group}");
    let joined = member.submit(&page, &format!("{page}/join"), &[]).await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert!(member
        .get(&page)
        .await
        .body
        .contains("Uw organisatie maakt er deel van uit."));
    // The organisation now has a record on the map that its contact keeps current.
    let organization: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT organization_id FROM memberships WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(
        member
            .get(&format!("/nl/anderlecht/organizations/{organization}/edit"))
            .await
            .status,
        StatusCode::OK
    );
    let events: Vec<String> = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT event FROM audit_log WHERE event LIKE 'membership.%' OR event LIKE 'body.%' ORDER BY id"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(
        events,
        [
            "membership.applied",
            "membership.decided",
            "body.created",
            "body.joined"
        ]
    );
}

async fn refusals_give_a_reason_in_the_applicants_language(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let id = apply(
        &app,
        "fr",
        "ASBL Hors-champ",
        "paul@horschamp.example",
        false,
    )
    .await;
    let missing = decide(
        &mut coordinator,
        id,
        &[("decision", "refuse"), ("meeting", "")],
    )
    .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("Indiquez le motif."));
    let nowhere = decide(
        &mut coordinator,
        id,
        &[
            ("decision", "refuse"),
            ("reason", "Hors du territoire"),
            ("meeting", "999999"),
        ],
    )
    .await;
    nowhere.refused_field("meeting");
    assert_eq!(
        nowhere.field("reason").0,
        "Hors du territoire",
        "what was typed is kept"
    );
    let refused = decide(
        &mut coordinator,
        id,
        &[
            ("decision", "refuse"),
            ("reason", "Hors du territoire de la commune."),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    let mail = app.last_mail_to("paul@horschamp.example").await;
    assert_eq!(mail.1, "fr");
    assert!(mail.3.contains("Hors du territoire de la commune."));
    // A refused application cannot be admitted afterwards by mistake.
    let again = decide(&mut coordinator, id, &[("decision", "admit")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn a_new_charter_version_must_be_signed_again(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let first = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let second = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, first, "ines@mdf.example").await;
    admit_and_sign_in(&app, &mut coordinator, second, "tom@haven.example").await;
    let signatures = coordinator.get("/fr/anderlecht/charter/signatures").await;
    assert_eq!(signatures.body.matches("À signer à nouveau").count(), 0);

    publish(
        &mut coordinator,
        "Version 2 : nous partageons tout.",
        "Versie 2: we delen alles.",
    )
    .await;
    let signatures = coordinator.get("/fr/anderlecht/charter/signatures").await;
    assert_eq!(
        signatures.body.matches("À signer à nouveau").count(),
        2,
        "{}",
        signatures.body
    );

    let sign = ines.get("/fr/anderlecht/charter/sign").await;
    assert!(sign.body.contains("Version 2 : nous partageons tout."));
    let signed = ines
        .submit(
            "/fr/anderlecht/charter/sign",
            "/fr/anderlecht/charter/sign",
            &[
                ("signature_name", "Inès Lambert"),
                ("signature_consent", "on"),
            ],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let signatures = coordinator.get("/fr/anderlecht/charter/signatures").await;
    assert_eq!(signatures.body.matches("À signer à nouveau").count(), 1);
    let hash: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT s.text_hash FROM charter_signatures s JOIN charter_versions v ON v.id = s.version_id WHERE s.membership_id = $1 AND v.version = 2"
    )
    .bind(first)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(
        hash,
        hex::encode(Sha256::digest(
            "charter\n2\nfr\nVersion 2 : nous partageons tout.".as_bytes()
        ))
    );
}

async fn a_supported_proposal_becomes_a_working_group(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let settings = coordinator
        .submit(
            "/fr/anderlecht/members",
            "/fr/anderlecht/members/settings",
            &[("admission_by", "coordinator"), ("threshold", "2")],
        )
        .await;
    assert_eq!(settings.status, StatusCode::SEE_OTHER);
    let a = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let b = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, a, "ines@mdf.example").await;
    let mut tom = admit_and_sign_in(&app, &mut coordinator, b, "tom@haven.example").await;
    let proposed = ines
        .submit(
            "/fr/anderlecht/proposals",
            "/fr/anderlecht/proposals",
            &[
                ("name", "Santé mentale des jeunes"),
                ("purpose", "Croiser nos pratiques."),
                ("theme", "mental-health"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER, "{}", proposed.body);
    let proposal: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM group_proposals"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let decide = format!("/fr/anderlecht/proposals/{proposal}/decide");
    let early = coordinator
        .submit(
            "/fr/anderlecht/proposals",
            &decide,
            &[("decision", "create")],
        )
        .await;
    assert_eq!(early.status, StatusCode::SEE_OTHER);
    assert!(coordinator
        .get("/fr/anderlecht/proposals")
        .await
        .body
        .contains("Pas encore assez de soutiens"));
    let supported = tom
        .submit(
            "/nl/anderlecht/proposals",
            &format!("/nl/anderlecht/proposals/{proposal}/support"),
            &[],
        )
        .await;
    assert_eq!(supported.status, StatusCode::SEE_OTHER);
    let created = coordinator
        .submit(
            "/fr/anderlecht/proposals",
            &decide,
            &[("decision", "create")],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let group = coordinator.get(created.location()).await;
    assert!(group.body.contains("Santé mentale des jeunes"));
    assert!(group.body.contains("Maison des femmes") && group.body.contains("Jeugdhuis De Haven"));
    // A seat ends: the organisation leaves the composition, the audit log keeps it.
    let (body, seat): (i64, i64) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT s.body_id, s.id FROM body_members s WHERE s.membership_id = $1"
    )
    .bind(b)
    .fetch_one(p)
    .await)
    .unwrap();
    let page = format!("/fr/anderlecht/bodies/{body}");
    let removed = coordinator
        .submit(&page, &format!("{page}/seats/{seat}/remove"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(!coordinator
        .get(&page)
        .await
        .body
        .contains("<th scope=\"row\">Jeugdhuis De Haven"));
}

async fn contact_details_are_shown_only_with_consent(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let sharing = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let private = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let viewer = apply(
        &app,
        "fr",
        "Restaurant Le Relais",
        "ana@relais.example",
        true,
    )
    .await;
    admit_and_sign_in(&app, &mut coordinator, sharing, "ines@mdf.example").await;
    admit_and_sign_in(&app, &mut coordinator, private, "tom@haven.example").await;
    let mut ana = admit_and_sign_in(&app, &mut coordinator, viewer, "ana@relais.example").await;
    let plenary: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE kind = 'plenary'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let page = format!("/fr/anderlecht/bodies/{plenary}");
    let seen = ana.get(&page).await.body;
    assert!(
        seen.contains("Jeugdhuis De Haven"),
        "the organisation is listed"
    );
    assert!(seen.contains("ines@mdf.example"), "who agreed is shown");
    assert!(
        !seen.contains("tom@haven.example"),
        "who did not agree is not"
    );
    let all = coordinator.get(&page).await.body;
    assert!(
        all.contains("tom@haven.example"),
        "coordinators see every contact"
    );
}

db_test!(an_organisation_applies_in_dutch_and_is_admitted);
db_test!(refusals_give_a_reason_in_the_applicants_language);
db_test!(a_new_charter_version_must_be_signed_again);
db_test!(a_supported_proposal_becomes_a_working_group);
db_test!(contact_details_are_shown_only_with_consent);

async fn registers_and_compositions_export_and_answer_the_api(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let sharing = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let private = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, sharing, "ines@mdf.example").await;
    admit_and_sign_in(&app, &mut coordinator, private, "tom@haven.example").await;

    let csv = coordinator
        .get("/fr/anderlecht/members/export/members.csv")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("Organisation,"));
    assert!(csv.body.contains("Jeugdhuis De Haven") && csv.body.contains("tom@haven.example"));
    let pdf = coordinator
        .get("/nl/anderlecht/members/export/members.pdf")
        .await;
    assert_eq!(pdf.header("content-type"), "application/pdf");
    if let Some(text) = crate::support::files::pdf_text(&pdf.bytes) {
        assert!(
            text.contains("Ledenregister") && text.contains("Maison des femmes"),
            "{text}"
        );
    }
    let plenary: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE kind = 'plenary'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let xlsx = ines
        .get(&format!("/fr/anderlecht/bodies/{plenary}/export/xlsx"))
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.bytes.starts_with(b"PK"));
    assert_eq!(
        ines.get("/fr/anderlecht/members/export/members.csv")
            .await
            .status,
        StatusCode::FORBIDDEN,
        "the register is the coordinators'"
    );

    let member_token = crate::api::create_token(&mut ines).await;
    let mut script = app.client();
    let bodies = script
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/bodies",
            Some(&member_token),
            None,
        )
        .await;
    assert_eq!(bodies.status, StatusCode::OK);
    let text = bodies.body;
    assert!(text.contains("ines@mdf.example") && !text.contains("tom@haven.example"));
    let forbidden = script
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/members",
            Some(&member_token),
            None,
        )
        .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let coordinator_token = crate::api::create_token(&mut coordinator).await;
    let members = script
        .api(
            axum::http::Method::GET,
            "/api/v1/coordinations/anderlecht/members",
            Some(&coordinator_token),
            None,
        )
        .await
        .json();
    assert_eq!(members.as_array().unwrap().len(), 2);
    assert!(members.to_string().contains("tom@haven.example"));
}

db_test!(registers_and_compositions_export_and_answer_the_api);

async fn contacts_keep_their_details_and_organisations_may_leave(app: TestApp) {
    let mut coordinator = setup(&app).await;
    // The steering group admits when the coordination says so.
    let anderlecht = coordination(&app, "anderlecht").await;
    person(
        &app,
        "steering@anderlecht.test",
        Lang::Nl,
        &anderlecht,
        Role::Steering,
    )
    .await;
    coordinator
        .submit(
            "/fr/anderlecht/members",
            "/fr/anderlecht/members/settings",
            &[("admission_by", "steering"), ("threshold", "3")],
        )
        .await;
    let private = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    let viewer = apply(
        &app,
        "fr",
        "Restaurant Le Relais",
        "ana@relais.example",
        true,
    )
    .await;
    let mut steering = app.client();
    steering.login("steering@anderlecht.test", PASSWORD).await;
    let mut tom = admit_and_sign_in(&app, &mut steering, private, "tom@haven.example").await;
    let mut ana = admit_and_sign_in(&app, &mut steering, viewer, "ana@relais.example").await;
    // The steering group decides admission, and sees only the details people agreed to share.
    let detail = steering
        .get(&format!("/fr/anderlecht/members/{private}"))
        .await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(
        !detail.body.contains("tom@haven.example"),
        "Tom did not agree to share his details"
    );
    assert!(coordinator
        .get(&format!("/fr/anderlecht/members/{private}"))
        .await
        .body
        .contains("tom@haven.example"));

    // A delegate added by the coordinator gets an account and speaks for the organisation.
    let page = format!("/fr/anderlecht/members/{private}");
    let added = coordinator
        .submit(
            &page,
            &format!("{page}/contacts"),
            &[
                ("contact_name", "Eva Wouters"),
                ("contact_email", "eva@haven.example"),
                ("contact_lang", "nl"),
                ("role", "delegate"),
                ("invite", "on"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let invitation = app
        .outbox()
        .await
        .into_iter()
        .rev()
        .find(|m| m.0 == "eva@haven.example")
        .expect("the delegate is invited");
    assert_eq!(invitation.1, "nl");

    // Tom agrees to share his details: Ana now sees them on the plenary.
    let plenary: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM bodies WHERE kind = 'plenary'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let plenary_page = format!("/fr/anderlecht/bodies/{plenary}");
    assert!(!ana
        .get(&plenary_page)
        .await
        .body
        .contains("tom@haven.example"));
    let mine = tom.get("/nl/anderlecht/my-organisation").await;
    assert!(mine.body.contains("Jeugdhuis De Haven") && mine.body.contains("Eva Wouters"));
    let saved = tom
        .submit(
            "/nl/anderlecht/my-organisation",
            "/nl/anderlecht/my-organisation",
            &[
                ("phone", "02 555 77 88"),
                ("lang", "nl"),
                ("share_consent", "on"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(ana
        .get(&plenary_page)
        .await
        .body
        .contains("tom@haven.example"));

    // Leaving needs a reason; the coordinator is told.
    let left = tom
        .submit(
            "/nl/anderlecht/my-organisation",
            "/nl/anderlecht/my-organisation/leave",
            &[("reason", "Wij verhuizen naar Jette.")],
        )
        .await;
    assert_eq!(left.status, StatusCode::SEE_OTHER);
    let status: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT status FROM memberships WHERE id = $1"
    )
    .bind(private)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(status, "former");
    let notice = app.last_mail_to("coord@anderlecht.test").await;
    assert!(notice.3.contains("Wij verhuizen naar Jette."));
    assert!(
        !ana.get(&plenary_page)
            .await
            .body
            .contains("Jeugdhuis De Haven"),
        "former members leave the plenary"
    );
    // Leaving ends the access of the organisation's contact persons, the leaver's too.
    assert_eq!(
        tom.get("/nl/anderlecht/meetings").await.status,
        StatusCode::FORBIDDEN
    );
    let withdrawn = app.last_mail_to("tom@haven.example").await;
    assert!(
        withdrawn.2.starts_with("Einde van uw toegang"),
        "{}",
        withdrawn.2
    );
}

db_test!(contacts_keep_their_details_and_organisations_may_leave);

async fn roles_of(app: &TestApp, email: &str) -> Vec<String> {
    socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT r.role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = $1 ORDER BY r.role"
    )
    .bind(email)
    .fetch_all(p)
    .await)
    .unwrap()
}

/// Suspending or ending a membership withdraws the member role and the editing of the
/// organisation's record from its contacts (pages, API tokens and calendar feed give nothing of
/// the coordination any more); reinstating gives them back. The steering group, which admits,
/// does not suspend.
async fn ending_a_membership_withdraws_access(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let anderlecht = coordination(&app, "anderlecht").await;
    person(
        &app,
        "steering@anderlecht.test",
        Lang::Nl,
        &anderlecht,
        Role::Steering,
    )
    .await;
    let id = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, id, "ines@mdf.example").await;
    let token = crate::api::create_token(&mut ines).await;
    let organization: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT organization_id FROM memberships WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    let edit = format!("/fr/anderlecht/organizations/{organization}/edit");
    assert_eq!(ines.get(&edit).await.status, StatusCode::OK);
    let api = |client: &mut Client| {
        let token = token.clone();
        let mut client = app.client_with(client);
        async move {
            client
                .api(
                    axum::http::Method::GET,
                    "/api/v1/coordinations/anderlecht/meetings",
                    Some(&token),
                    None,
                )
                .await
                .status
        }
    };
    assert_eq!(api(&mut ines).await, StatusCode::OK);

    coordinator
        .submit(
            "/fr/anderlecht/members",
            "/fr/anderlecht/members/settings",
            &[("admission_by", "steering"), ("threshold", "3")],
        )
        .await;
    let mut steering = app.client();
    steering.login("steering@anderlecht.test", PASSWORD).await;
    let page = format!("/fr/anderlecht/members/{id}");
    let detail = steering.get(&page).await;
    assert_eq!(detail.status, StatusCode::OK);
    let html = scraper::Html::parse_document(&detail.body);
    let buttons = scraper::Selector::parse("button[name=decision]").unwrap();
    assert_eq!(
        html.select(&buttons).count(),
        0,
        "no standing decision for the steering group"
    );
    let refused = steering
        .submit(
            "/fr/anderlecht/members",
            &format!("{page}/decide"),
            &[("decision", "suspend"), ("reason", "Cotisation impayée")],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "suspending is the coordinators'"
    );

    let suspended = coordinator
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "suspend"), ("reason", "Cotisation impayée")],
        )
        .await;
    assert_eq!(
        suspended.status,
        StatusCode::SEE_OTHER,
        "{}",
        suspended.body
    );
    assert!(roles_of(&app, "ines@mdf.example").await.is_empty());
    assert_eq!(
        ines.get("/fr/anderlecht/meetings").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(ines.get(&edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(api(&mut ines).await, StatusCode::FORBIDDEN);
    let told = app
        .outbox()
        .await
        .into_iter()
        .filter(|m| m.0 == "ines@mdf.example")
        .map(|m| m.2)
        .collect::<Vec<_>>();
    assert!(
        told.iter().any(|s| s.starts_with("Fin de votre accès")),
        "{told:?}"
    );
    let audited: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE event = 'membership.access.withdrawn'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(audited, 1);

    let reinstated = coordinator
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "reinstate")],
        )
        .await;
    assert_eq!(reinstated.status, StatusCode::SEE_OTHER);
    assert_eq!(roles_of(&app, "ines@mdf.example").await, ["member"]);
    assert_eq!(ines.get(&edit).await.status, StatusCode::OK);
    assert_eq!(api(&mut ines).await, StatusCode::OK);
    let restored = app.last_mail_to("ines@mdf.example").await;
    assert!(restored
        .2
        .starts_with("Votre accès à l'espace membres est rétabli"));

    // Ending it withdraws the access again.
    let ended = coordinator
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "end"), ("reason", "Fin d'activité")],
        )
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    assert_eq!(api(&mut ines).await, StatusCode::FORBIDDEN);
}

db_test!(ending_a_membership_withdraws_access);

/// Every refused form of the member area answers 422 with the message beside the field and what
/// was typed, and changes nothing.
async fn refused_member_forms_keep_what_was_typed(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let a = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let mut ines = admit_and_sign_in(&app, &mut coordinator, a, "ines@mdf.example").await;
    let mine = "/fr/anderlecht/my-organisation";

    let details = ines
        .submit(mine, mine, &[("phone", "pas un numéro"), ("lang", "fr")])
        .await;
    let (message, typed) = details.refused_field("phone");
    assert!(message.contains("téléphone"), "{message}");
    assert_eq!(typed, "pas un numéro");

    let leaving = ines
        .submit(mine, &format!("{mine}/leave"), &[("reason", "   ")])
        .await;
    leaving.refused_field("reason");
    let status: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT status FROM memberships WHERE id = $1"
    )
    .bind(a)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(status, "member", "nobody leaves without a reason");

    let settings = coordinator
        .submit(
            "/fr/anderlecht/members",
            "/fr/anderlecht/members/settings",
            &[("admission_by", "coordinator"), ("threshold", "500")],
        )
        .await;
    assert_eq!(settings.refused_field("threshold").1, "500");

    let proposals = "/fr/anderlecht/proposals";
    let long_name = "x".repeat(201);
    let proposed = ines
        .submit(
            proposals,
            proposals,
            &[("name", &long_name), ("purpose", "Croiser nos pratiques.")],
        )
        .await;
    assert_eq!(proposed.refused_field("name").1, long_name);
    ines.submit(
        proposals,
        proposals,
        &[("name", "Logement"), ("purpose", "Croiser nos pratiques.")],
    )
    .await;
    let proposal: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM group_proposals"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let declined = coordinator
        .submit(
            proposals,
            &format!("{proposals}/{proposal}/decide"),
            &[("decision", "decline"), ("reason", "")],
        )
        .await;
    declined.refused_field(&format!("reason-{proposal}"));
    let open: String = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT status FROM group_proposals WHERE id = $1"
    )
    .bind(proposal)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(open, "open", "a decline gives its reason");

    let meetings = coordinator
        .submit(
            "/fr/anderlecht/meetings",
            "/fr/anderlecht/meetings/settings",
            &[("reminder_days", "-3"), ("proposal_days", "7")],
        )
        .await;
    assert_eq!(meetings.refused_field("reminder_days").1, "-3");
}

db_test!(refused_member_forms_keep_what_was_typed);

/// One decision happens once: the same admission posted eight times at once puts one organisation
/// on the map and sends one invitation; the others answer that it was decided. Sixteen writers at
/// once all get through (SQLite queues them instead of answering "database is locked").
async fn an_admission_posted_eight_times_at_once_happens_once(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let a = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let page = format!("/fr/anderlecht/members/{a}");
    let csrf = coordinator.get(&page).await.csrf();
    let decide = format!("{page}/decide");
    let fields = [("_csrf", csrf.as_str()), ("decision", "admit")];
    let mut clients: Vec<Client> = (0..8).map(|_| app.client_with(&coordinator)).collect();
    let answers =
        futures::future::join_all(clients.iter_mut().map(|c| c.post_raw(&decide, &fields))).await;
    let statuses: Vec<u16> = answers.iter().map(|r| r.status.as_u16()).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "one admission: {statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 422),
        "the others are told it was decided: {statuses:?}"
    );
    let db = app.db();
    let count = |sql: &'static str| async move {
        let n: i64 = socius::with_db!(db, |p| sqlx::query_scalar(sql).fetch_one(p).await).unwrap();
        n
    };
    assert_eq!(
        count("SELECT COUNT(*) FROM organizations WHERE name_fr = 'Maison des femmes'").await,
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM outbox WHERE recipient = 'ines@mdf.example'").await,
        2,
        "the application's confirmation and one invitation"
    );

    let mut ines = sign_in_from_invitation(&app, "ines@mdf.example").await;
    let proposals = "/fr/anderlecht/proposals";
    let csrf = ines.get(proposals).await.csrf();
    let names: Vec<String> = (0..16).map(|i| format!("Groupe {i}")).collect();
    let forms: Vec<[(&str, &str); 3]> = names
        .iter()
        .map(|name| {
            [
                ("_csrf", csrf.as_str()),
                ("name", name.as_str()),
                ("purpose", "Croiser nos pratiques."),
            ]
        })
        .collect();
    let mut writers: Vec<Client> = (0..16).map(|_| app.client_with(&ines)).collect();
    let posted = futures::future::join_all(
        writers
            .iter_mut()
            .zip(&forms)
            .map(|(c, form)| c.post_raw(proposals, form)),
    )
    .await;
    let statuses: Vec<u16> = posted.iter().map(|r| r.status.as_u16()).collect();
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    assert_eq!(count("SELECT COUNT(*) FROM group_proposals").await, 16);
}

db_test!(an_admission_posted_eight_times_at_once_happens_once);

async fn members_that_agree_are_listed_as_partners(app: TestApp) {
    let mut coordinator = crate::support::membership::setup(&app).await;
    let listed = crate::support::membership::apply(
        &app,
        "fr",
        "Société de logement social",
        "a@logement.be",
        false,
    )
    .await;
    let hidden =
        crate::support::membership::apply(&app, "nl", "Buurthuis De Linde", "b@linde.be", false)
            .await;
    let applicant =
        crate::support::membership::apply(&app, "fr", "Maison en attente", "c@attente.be", false)
            .await;
    let mut contact = crate::support::membership::admit_and_sign_in(
        &app,
        &mut coordinator,
        listed,
        "a@logement.be",
    )
    .await;
    crate::support::membership::admit_and_sign_in(&app, &mut coordinator, hidden, "b@linde.be")
        .await;

    // Admitted organisations are listed by default; applicants are not.
    let mut public = app.client();
    let page = public.get("/fr/anderlecht/partners").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts(".partners h2"),
        vec!["Buurthuis De Linde", "Société de logement social"]
    );
    assert!(!page.body.contains("Maison en attente"), "{applicant}");
    assert!(!page.body.contains("a@logement.be"), "no person is named");

    // Searched by the start of its words, filtered by theme.
    let found = public.get("/fr/anderlecht/partners?q=societe+log").await;
    assert_eq!(
        found.texts(".partners h2"),
        vec!["Société de logement social"]
    );
    let themed = public.get("/nl/anderlecht/partners?theme=housing").await;
    assert_eq!(themed.texts(".partners h2").len(), 2);
    let none = public.get("/fr/anderlecht/partners?q=inconnu").await;
    assert!(none.texts(".partners h2").is_empty());
    assert_eq!(
        none.texts("main a[href=\"/fr/anderlecht/partners\"]").len(),
        1
    );

    // The organisation's contact takes it off the list; its coordinator puts it back.
    let off = contact
        .submit(
            "/fr/anderlecht/my-organisation",
            "/fr/anderlecht/my-organisation/listing",
            &[],
        )
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    let page = public.get("/fr/anderlecht/partners").await;
    assert_eq!(page.texts(".partners h2"), vec!["Buurthuis De Linde"]);
    let detail = format!("/fr/anderlecht/members/{listed}");
    let on = coordinator
        .submit(&detail, &format!("{detail}/listing"), &[("listed", "on")])
        .await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert_eq!(
        public
            .get("/fr/anderlecht/partners")
            .await
            .texts(".partners h2")
            .len(),
        2
    );
    let audit = coordinator
        .get("/fr/anderlecht/audit?event=membership.listing_changed")
        .await;
    assert!(audit.body.contains("membership.listing_changed"));
}
db_test!(members_that_agree_are_listed_as_partners);

/// The governance page shows every body and who sits in it as far as it is public: listed
/// organisations by name (the chair's too), persons only counted.
async fn the_governance_page_names_organisations_never_persons(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let listed = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let hidden = apply(&app, "nl", "Jeugdhuis De Haven", "tom@haven.example", false).await;
    admit_and_sign_in(&app, &mut coordinator, listed, "ines@mdf.example").await;
    let mut tom = admit_and_sign_in(&app, &mut coordinator, hidden, "tom@haven.example").await;
    tom.submit(
        "/nl/anderlecht/my-organisation",
        "/nl/anderlecht/my-organisation/listing",
        &[],
    )
    .await;
    let steering = crate::support::membership::steering_group(&app, &mut coordinator).await;
    let body = format!("/fr/anderlecht/bodies/{steering}");
    for fields in [
        vec![
            ("membership_id", listed.to_string()),
            ("role", "chair".to_string()),
        ],
        vec![
            ("membership_id", hidden.to_string()),
            ("role", "member".to_string()),
        ],
        vec![
            ("person_name", "Jan Raadslid".to_string()),
            ("person_email", "jan@ocmw.example".to_string()),
            ("person_lang", String::new()),
            ("role", "member".to_string()),
        ],
    ] {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let seated = coordinator
            .submit(&body, &format!("{body}/seats"), &fields)
            .await;
        assert_eq!(seated.status, StatusCode::SEE_OTHER, "{}", seated.body);
    }

    let mut public = app.client();
    let page = public.get("/fr/anderlecht/governance").await;
    assert_eq!(page.status, StatusCode::OK);
    let section = page
        .texts("section.governance")
        .into_iter()
        .find(|s| s.contains("Comité de pilotage"))
        .expect("the steering group is shown");
    assert!(
        section.contains("Présidence\u{a0}: Maison des femmes"),
        "{section}"
    );
    assert!(section.contains("et 2 autres sièges"), "{section}");
    assert!(
        !section.contains("Jeugdhuis") && !section.contains("Jan Raadslid"),
        "{section}"
    );
    let nl = public.get("/nl/anderlecht/governance").await;
    assert!(nl
        .texts("section.governance h2")
        .contains(&"Stuurgroep".to_string()));
}
db_test!(the_governance_page_names_organisations_never_persons);

/// The register's list: searched by a word of the name, the KBO number or a contact, filtered by
/// theme, sorted by name as French sorts it, every status at once, each with its main contact.
async fn the_register_searches_filters_and_sorts(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let epicerie = apply(
        &app,
        "fr",
        "Épicerie sociale du Peterbos",
        "ines@epicerie.example",
        true,
    )
    .await;
    let zonnebloem = apply(
        &app,
        "nl",
        "Zonnebloem vzw",
        "tom@zonnebloem.example",
        false,
    )
    .await;
    apply(&app, "fr", "Atelier vélo", "sam@velo.example", false).await;
    socius::with_db!(app.db(), |p| sqlx::query(
        "UPDATE memberships SET kbo = '0412.345.678', themes = 'food-aid,housing' WHERE id = $1"
    )
    .bind(epicerie)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    for id in [epicerie, zonnebloem] {
        let admitted = decide(&mut coordinator, id, &[("decision", "admit")]).await;
        assert_eq!(admitted.status, StatusCode::SEE_OTHER);
    }
    let names = |page: &crate::support::TestResponse| page.texts("main tbody th a");
    let members = coordinator.get("/fr/anderlecht/members").await;
    assert_eq!(
        names(&members),
        vec!["Épicerie sociale du Peterbos", "Zonnebloem vzw"],
        "É among the E's, not after Z"
    );
    assert!(
        members
            .texts("main tbody td")
            .iter()
            .any(|cell| cell.contains("ines@epicerie.example")),
        "the main contact"
    );
    for (query, expected) in [
        ("q=peterbos", vec!["Épicerie sociale du Peterbos"]),
        ("q=EPICERIE", vec!["Épicerie sociale du Peterbos"]),
        ("q=0412345678", vec!["Épicerie sociale du Peterbos"]),
        ("q=tom%40zonnebloem", vec!["Zonnebloem vzw"]),
        ("q=velo", vec!["Atelier vélo"]),
        ("theme=food-aid", vec!["Épicerie sociale du Peterbos"]),
        ("q=nothing+like+it", vec![]),
    ] {
        let page = coordinator
            .get(&format!("/fr/anderlecht/members?status=all&{query}"))
            .await;
        assert_eq!(names(&page), expected, "{query}");
    }
    let all = coordinator
        .get("/fr/anderlecht/members?status=all&sort=status")
        .await;
    assert_eq!(
        names(&all),
        vec![
            "Atelier vélo",
            "Épicerie sociale du Peterbos",
            "Zonnebloem vzw"
        ],
        "candidates first, then members"
    );
    assert_eq!(all.texts("main caption"), vec!["3 organisations"]);
    let nothing = coordinator
        .get("/fr/anderlecht/members?status=member&q=nothing")
        .await;
    assert_eq!(
        nothing.texts("main p a").first().map(String::as_str),
        Some("Effacer la recherche et les filtres")
    );
}
db_test!(the_register_searches_filters_and_sorts);

/// A new member's guided path: admission made its record with the application's address as its
/// place; the member presents the organisation, finds its only place offered for a new service,
/// is warned before publishing a service with no place, and ends with its record on the map.
async fn a_new_member_is_guided_to_its_record_on_the_map(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let id = apply(
        &app,
        "fr",
        "Épicerie sociale du Peterbos",
        "nadia@peterbos.example",
        true,
    )
    .await;
    let mut nadia = admit_and_sign_in(&app, &mut coordinator, id, "nadia@peterbos.example").await;
    let organization: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT organization_id FROM memberships WHERE id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)
    .unwrap();
    let place: (String, String, String) = socius::with_db!(app.db(), |p| sqlx::query_as(
        "SELECT street_fr, postcode, nis_code FROM locations WHERE organization_id = $1"
    )
    .bind(organization)
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(
        place,
        ("Rue Wayez 1".into(), "1070".into(), "21001".into()),
        "the application's address is the record's first place"
    );
    let mine = nadia.get("/fr/anderlecht/my-organisation").await;
    let steps = mine.texts("ol.steps li");
    assert_eq!(steps.len(), 4, "{steps:?}");
    assert!(steps[0].starts_with("À faire"), "{steps:?}");
    assert!(
        steps[1].starts_with("Fait"),
        "the place came with the admission: {steps:?}"
    );

    // Step 1, from the guide and back to it.
    let edit = format!("/fr/anderlecht/organizations/{organization}/edit");
    let presented = nadia
        .fill(
            &format!("{edit}?guide=1"),
            &edit,
            &[(
                "description_fr",
                "Une épicerie à petits prix pour les familles du quartier.",
            )],
        )
        .await;
    assert_eq!(
        presented.status,
        StatusCode::SEE_OTHER,
        "{}",
        presented.body
    );
    assert_eq!(
        presented.location(),
        "/fr/anderlecht/my-organisation#map-record"
    );

    // Step 3: the only place is already ticked, and the themes the application gave; without a
    // place, the form asks first.
    let new = format!("/fr/anderlecht/organizations/{organization}/services/new");
    let mine = nadia.get("/fr/anderlecht/my-organisation").await;
    let step = mine
        .attrs("ol.steps a", "href")
        .into_iter()
        .find(|href| href.starts_with(&new))
        .expect("the service step");
    let form = nadia.get(&step).await;
    assert_eq!(
        form.attrs("input[name=themes][checked]", "value"),
        vec!["housing"],
        "the application's theme"
    );
    assert_eq!(
        form.attrs("input[name=location_ids][checked]", "value")
            .len(),
        1,
        "the organisation's only place, ticked"
    );
    let service = [
        ("name_fr", "Épicerie solidaire"),
        ("status", "active"),
        ("themes", "food-aid"),
    ];
    // Posted without a place (the box unticked), the form asks first and keeps what was typed.
    let csrf_page = nadia.get(&format!("{new}?guide=1")).await;
    let mut without: Vec<(&str, &str)> = vec![("guide", "1")];
    without.extend_from_slice(&service);
    let token = csrf_page.csrf();
    without.push(("_csrf", &token));
    let refused = nadia.post_raw(&new, &without).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.texts("#error-location_ids")[0].contains("lieu"));
    assert_eq!(refused.field("name_fr").0, "Épicerie solidaire");
    let placed = nadia.fill(&format!("{new}?guide=1"), &new, &service).await;
    assert_eq!(placed.status, StatusCode::SEE_OTHER, "{}", placed.body);
    assert_eq!(
        placed.location(),
        "/fr/anderlecht/my-organisation#map-record"
    );

    let mine = nadia.get("/fr/anderlecht/my-organisation").await;
    assert!(mine
        .texts("ol.steps li")
        .iter()
        .all(|step| step.starts_with("Fait")));
    assert!(
        mine.texts(".guide-path .flash-success")[0].starts_with("Votre fiche est sur la carte.")
    );
    let public = app
        .client()
        .get(&format!("/fr/anderlecht/organizations/{organization}"))
        .await;
    assert!(public
        .texts("main li a")
        .contains(&"Épicerie solidaire".to_string()));
}
db_test!(a_new_member_is_guided_to_its_record_on_the_map);

/// A coordination starts on Socius with the member list it keeps in Excel: the dry run says per
/// line what would be created, matched or refused and writes nothing; the import then adds the
/// members and their contact persons (without accounts, nobody emailed) in one go.
async fn a_member_list_is_imported_from_a_sheet_after_a_dry_run(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let existing = apply(&app, "fr", "Maison des femmes", "ines@mdf.example", true).await;
    let admitted = decide(&mut coordinator, existing, &[("decision", "admit")]).await;
    assert_eq!(admitted.status, StatusCode::SEE_OTHER);
    let sheet = "\u{feff}Nom;BCE;E-mail;Thèmes;Personne de contact;E-mail contact;Langue\n\
                 Épicerie sociale du Peterbos;0412.345.614;info@peterbos.example;Aide alimentaire;Nadia Benali;nadia@peterbos.example;fr\n\
                 maison des FEMMES;;;;Sara Janssens;sara@mdf.example;nl\n\
                 ;0999.999.999;;;;;\n\
                 Buurthuis De Linde;;pas-une-adresse;Jardinage;;;\n";
    let page = coordinator.get("/fr/anderlecht/members/import").await;
    let action = format!(
        "/fr/anderlecht/members/import?_csrf={}",
        page.csrf_in_query()
    );
    let count = |sql: &'static str| {
        let db = app.db().clone();
        async move {
            socius::with_db!(&db, |p| sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(p)
                .await)
            .unwrap()
        }
    };
    let before = count("SELECT COUNT(*) FROM memberships").await;
    let dry = coordinator
        .post_multipart(
            &action,
            &[("dry_run", "on")],
            &[("file", "membres.csv", sheet.as_bytes())],
        )
        .await;
    assert_eq!(dry.status, StatusCode::OK, "{}", dry.body);
    assert_eq!(
        dry.texts("ul.counts li"),
        vec![
            "1 organisation ajoutée",
            "1 organisation déjà au registre",
            "2 lignes refusées"
        ]
    );
    let outcomes = dry.texts("main tbody td:nth-child(3)");
    assert_eq!(
        outcomes,
        vec![
            "ajoutée au registre",
            "déjà au registre",
            "refusée",
            "refusée"
        ]
    );
    let reasons = dry.texts("main tbody td:nth-child(4)");
    assert!(
        reasons[3].contains("adresse e-mail") || reasons[3].contains("e-mail"),
        "{reasons:?}"
    );
    assert!(reasons[3].contains("thème"), "{reasons:?}");
    assert_eq!(
        count("SELECT COUNT(*) FROM memberships").await,
        before,
        "a dry run writes nothing"
    );

    let done = coordinator
        .post_multipart(&action, &[], &[("file", "membres.csv", sheet.as_bytes())])
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(done.texts("main h2")[0], "Ce que l'import a fait");
    assert_eq!(count("SELECT COUNT(*) FROM memberships").await, before + 1);
    let imported: (String, Option<String>, String) = socius::with_db!(app.db(), |p| {
        sqlx::query_as(
        "SELECT status, kbo, themes FROM memberships WHERE name = 'Épicerie sociale du Peterbos'"
    )
    .fetch_one(p)
    .await
    })
    .unwrap();
    assert_eq!(
        (imported.0.as_str(), imported.2.as_str()),
        ("member", "food-aid")
    );
    assert!(imported
        .1
        .is_some_and(|kbo| kbo.replace(['.', ' '], "") == "0412345614"));
    assert_eq!(
        count("SELECT COUNT(*) FROM member_contacts WHERE email IN ('nadia@peterbos.example', 'sara@mdf.example') AND user_id IS NULL").await,
        2,
        "the new member's contact and the known member's new one, without accounts"
    );
    assert!(
        app.outbox()
            .await
            .iter()
            .all(|m| m.0 != "nadia@peterbos.example"),
        "nobody is emailed by an import"
    );
    // The same sheet again adds nothing twice.
    coordinator
        .post_multipart(&action, &[], &[("file", "membres.csv", sheet.as_bytes())])
        .await;
    assert_eq!(count("SELECT COUNT(*) FROM memberships").await, before + 1);
    assert_eq!(
        count("SELECT COUNT(*) FROM member_contacts WHERE email = 'nadia@peterbos.example'").await,
        1
    );
}
db_test!(a_member_list_is_imported_from_a_sheet_after_a_dry_run);

/// The sheet most coordinations keep is an Excel workbook with a title above its columns and the
/// KBO and phone numbers typed as numbers; the members it adds join the social map, their
/// address as the first place, as an admission would put them there.
async fn a_member_list_kept_in_excel_joins_the_register_and_the_map(app: TestApp) {
    let mut coordinator = setup(&app).await;
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "Partenaires 2026").unwrap();
    let headers = [
        "Nom",
        "N° BCE",
        "Adresse",
        "Personne de contact",
        "E-mail contact",
        "Téléphone",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string(1, col as u16, *header).unwrap();
    }
    sheet
        .write_string(2, 0, "Maison de quartier Scheut")
        .unwrap();
    sheet.write_number(2, 1, 412345614.0).unwrap();
    sheet
        .write_string(2, 2, "Avenue de Scheut 10, 1070 Anderlecht")
        .unwrap();
    sheet.write_string(2, 3, "Yasmina El Idrissi").unwrap();
    sheet.write_string(2, 4, "yasmina@scheut.example").unwrap();
    sheet.write_number(2, 5, 25201020.0).unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    let page = coordinator.get("/fr/anderlecht/members/import").await;
    let action = format!(
        "/fr/anderlecht/members/import?_csrf={}",
        page.csrf_in_query()
    );
    let done = coordinator
        .post_multipart(
            &action,
            &[],
            &[("file", "partenaires.xlsx", bytes.as_slice())],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(done.texts("ul.counts li")[0], "1 organisation ajoutée");
    assert_eq!(
        done.texts("main tbody td:first-child"),
        vec!["3"],
        "the line as Excel numbers it"
    );
    let (kbo, name, street, postcode): (Option<String>, String, String, String) =
        socius::with_db!(app.db(), |p| {
            sqlx::query_as(
                "SELECT m.kbo, o.name_fr, l.street_fr, l.postcode FROM memberships m \
                 JOIN organizations o ON o.id = m.organization_id \
                 JOIN locations l ON l.organization_id = o.id \
                 WHERE m.name = 'Maison de quartier Scheut'",
            )
            .fetch_one(p)
            .await
        })
        .unwrap();
    assert!(kbo.is_some_and(|k| k.replace(['.', ' '], "") == "0412345614"));
    assert_eq!(
        (name.as_str(), street.as_str(), postcode.as_str()),
        ("Maison de quartier Scheut", "Avenue de Scheut 10", "1070")
    );
    let phone: String = socius::with_db!(app.db(), |p| {
        sqlx::query_scalar(
            "SELECT phone FROM member_contacts WHERE email = 'yasmina@scheut.example'",
        )
        .fetch_one(p)
        .await
    })
    .unwrap();
    assert_eq!(phone, "025201020", "the leading zero Excel dropped is back");
}
db_test!(a_member_list_kept_in_excel_joins_the_register_and_the_map);
