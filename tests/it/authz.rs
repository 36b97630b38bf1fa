//! The authorization matrix: every route, for every role, with the status it must get.

use std::collections::BTreeSet;

use crate::db_test;
use crate::support::{registered_routes, Client, TestApp, PASSWORD};

const ROLES: [&str; 6] = [
    "anonymous",
    "member",
    "steering",
    "coordinator",
    "other coordinator",
    "admin",
];

/// (method, route pattern as registered, concrete path, form fields, expected status per role in
/// `ROLES` order). 303 for anonymous on protected pages is the redirect to the login page.
pub(crate) type Row = (
    &'static str,
    &'static str,
    String,
    Vec<(&'static str, String)>,
    [u16; 6],
);

#[rustfmt::skip]
pub(crate) fn matrix(coordinator_id: i64, message_id: i64) -> Vec<Row> {
    let open = [200; 6];
    let members = [303, 200, 200, 200, 403, 200];
    let coordinators = [303, 403, 403, 200, 403, 200];
    let admins = [303, 403, 403, 403, 403, 200];
    let signed_in = [303, 200, 200, 200, 200, 200];
    // A record that does not exist: people with a role here learn that, strangers do not.
    let record = [303, 404, 404, 404, 403, 404];
    // The same for records only coordinators manage.
    let managed_record = [303, 403, 403, 404, 403, 404];
    let not_a_member = [303, 403, 403, 403, 403, 403];
    let edit = vec![
        ("body_fr", "Texte".to_string()),
        ("body_nl", "Tekst".to_string()),
    ];
    vec![
        ("GET", "/", "/".into(), vec![], [303; 6]),
        ("GET", "/{lang}", "/fr".into(), vec![], [308; 6]),
        ("GET", "/{lang}/", "/fr/".into(), vec![], open),
        ("GET", "/{lang}/{coord}/map/reports", "/fr/anderlecht/map/reports".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/map/stale", "/fr/anderlecht/map/stale".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/map/duplicates", "/fr/anderlecht/map/duplicates".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/map/translations", "/fr/anderlecht/map/translations".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/map/searches", "/fr/anderlecht/map/searches".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/map/searches/synonyms", "/fr/anderlecht/map/searches/synonyms".into(), vec![("word", "resto".into()), ("means", "repas".into())], [303, 403, 403, 303, 403, 303]),
        ("POST", "/{lang}/{coord}/map/searches/synonyms/{id}/remove", "/fr/anderlecht/map/searches/synonyms/999999/remove".into(), vec![], [303, 403, 403, 404, 403, 404]),
        ("GET", "/{lang}/{coord}/map/duplicates/merge", "/fr/anderlecht/map/duplicates/merge?keep=1&remove=2".into(), vec![], [303, 403, 403, 404, 403, 404]),
        ("POST", "/{lang}/{coord}/map/stale/remind", "/fr/anderlecht/map/stale/remind".into(), vec![], [303, 403, 403, 303, 403, 303]),
        ("GET", "/{lang}/{coord}/verify/{token}", "/fr/anderlecht/verify/not-a-token".into(), vec![], [410; 6]),
        ("POST", "/{lang}/{coord}/map/reports/{id}", "/fr/anderlecht/map/reports/999".into(), vec![("outcome", "resolved".into())], [303, 403, 403, 404, 403, 404]),
        ("GET", "/{lang}/{coord}/services/{id}/report", "/nl/anderlecht/services/999999/report".into(), vec![], [404; 6]),
        ("GET", "/{lang}/{coord}/meetings", "/fr/anderlecht/meetings".into(), vec![], members),
        ("GET", "/{lang}/{coord}/meetings/figures", "/nl/anderlecht/meetings/figures?year=2026".into(), vec![], members),
        ("GET", "/api/v1/coordinations/{coord}/meetings", "/api/v1/coordinations/anderlecht/meetings".into(), vec![], [401; 6]),
        ("GET", "/api/v1/coordinations/{coord}/meetings/{id}", "/api/v1/coordinations/anderlecht/meetings/1".into(), vec![], [401; 6]),
        ("GET", "/api/v1/coordinations/{coord}/actions", "/api/v1/coordinations/anderlecht/actions".into(), vec![], [401; 6]),
        ("POST", "/{lang}/{coord}/meetings/settings", "/fr/anderlecht/meetings/settings".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("GET", "/api/v1/coordinations/{coord}/meeting-figures", "/api/v1/coordinations/anderlecht/meeting-figures".into(), vec![], [401; 6]),
        ("GET", "/{lang}/{coord}/bodies/{id}/meetings/new", "/fr/anderlecht/bodies/999999/meetings/new".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/meetings/{id}", "/nl/anderlecht/meetings/999999".into(), vec![], record),
        ("GET", "/{lang}/{coord}/meetings/{id}/edit", "/fr/anderlecht/meetings/999999/edit".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/items", "/fr/anderlecht/meetings/999999/items".into(), vec![], record),
        ("GET", "/{lang}/{coord}/meetings/{id}/items/{item}/edit", "/fr/anderlecht/meetings/999999/items/1/edit".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/items/{item}/edit", "/fr/anderlecht/meetings/999999/items/1/edit".into(), vec![("title_fr", "x".into())], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/items/{item}/remove", "/fr/anderlecht/meetings/999999/items/1/remove".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/items/{item}/move", "/fr/anderlecht/meetings/999999/items/1/move".into(), vec![("direction", "up".into())], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/follow-up", "/fr/anderlecht/meetings/999999/follow-up".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/items/{item}/decide", "/fr/anderlecht/meetings/999999/items/1/decide".into(), vec![("decision", "accept".into())], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/items/{item}/documents", "/fr/anderlecht/meetings/999999/items/1/documents".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/meetings/{id}/documents/{document}", "/fr/anderlecht/meetings/999999/documents/1".into(), vec![], record),
        ("POST", "/{lang}/{coord}/meetings/{id}/documents/{document}/remove", "/fr/anderlecht/meetings/999999/documents/1/remove".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/meetings/{id}/publish", "/fr/anderlecht/meetings/999999/publish".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/publish/test", "/fr/anderlecht/meetings/999999/publish/test".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/meetings/{id}/cancel", "/fr/anderlecht/meetings/999999/cancel".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/restore", "/fr/anderlecht/meetings/999999/restore".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/publish", "/fr/anderlecht/meetings/999999/publish".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/cancel", "/fr/anderlecht/meetings/999999/cancel".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/rsvp/{token}", "/nl/anderlecht/rsvp/not-a-token".into(), vec![], [410; 6]),
        ("GET", "/{lang}/{coord}/meetings/{id}/attendance", "/fr/anderlecht/meetings/999999/attendance".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/attendance/expected", "/fr/anderlecht/meetings/999999/attendance/expected".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/attendance/send", "/fr/anderlecht/meetings/999999/attendance/send".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/meetings/{id}/walk-in", "/fr/anderlecht/meetings/999999/walk-in".into(), vec![("name", "X".into())], managed_record),
        ("GET", "/{lang}/{coord}/meetings/{id}/minutes", "/fr/anderlecht/meetings/999999/minutes".into(), vec![], record),
        ("GET", "/{lang}/{coord}/meetings/{id}/minutes.pdf", "/fr/anderlecht/meetings/999999/minutes.pdf".into(), vec![], record),
        ("POST", "/{lang}/{coord}/actions/{id}", "/fr/anderlecht/actions/999999".into(), vec![("status", "done".into())], managed_record),
        ("GET", "/ical/private/{token}", "/ical/private/not-a-token".into(), vec![], [404; 6]),
        ("GET", "/{lang}/calendar", "/nl/calendar".into(), vec![], signed_in),
        ("GET", "/{lang}/invitations/{token}", "/fr/invitations/not-a-token".into(), vec![], [303, 410, 410, 410, 410, 410]),
        ("POST", "/{lang}/invitations/{token}", "/nl/invitations/not-a-token".into(), vec![], [303, 404, 404, 404, 404, 404]),
        ("POST", "/{lang}/calendar/revoke", "/fr/calendar/revoke".into(), vec![], [303; 6]),
        ("GET", "/ical/{coord}/public.ics", "/ical/anderlecht/public.ics".into(), vec![], open),
        ("GET", "/{lang}/{coord}/observatory", "/fr/anderlecht/observatory".into(), vec![], members),
        ("GET", "/{lang}/{coord}/observatory/export/{format}", "/fr/anderlecht/observatory/export/csv".into(), vec![], members),
        ("GET", "/{lang}/{coord}/observatory/public", "/nl/anderlecht/observatory/public".into(), vec![], open),
        // Reporting speaks for a member organisation: only coordinators here (nobody is a contact).
        ("GET", "/{lang}/{coord}/observatory/report", "/fr/anderlecht/observatory/report?kind=non_take_up".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/observatory/report/{token}", "/nl/anderlecht/observatory/report/not-a-token".into(), vec![], [410; 6]),
        ("POST", "/{lang}/{coord}/observatory/report/{token}", "/fr/anderlecht/observatory/report/not-a-token".into(), vec![], [410; 6]),
        ("GET", "/{lang}/{coord}/observatory/mine", "/fr/anderlecht/observatory/mine".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/observatory/copy", "/fr/anderlecht/observatory/copy".into(), vec![], [303, 403, 403, 303, 403, 303]),
        ("GET", "/{lang}/{coord}/observatory/signals", "/fr/anderlecht/observatory/signals".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/observatory/signals/{id}", "/fr/anderlecht/observatory/signals/999999".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/observatory/signals/{id}/delete", "/fr/anderlecht/observatory/signals/999999/delete".into(), vec![("confirm", "yes".into())], managed_record),
        ("GET", "/{lang}/{coord}/observatory/needs", "/nl/anderlecht/observatory/needs?status=observed&theme=housing".into(), vec![], members),
        ("POST", "/{lang}/{coord}/observatory/needs/{id}/signals/{signal}/remove", "/fr/anderlecht/observatory/needs/999999/signals/999999/remove".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/observatory/needs/{id}", "/fr/anderlecht/observatory/needs/999999".into(), vec![], record),
        ("POST", "/{lang}/{coord}/observatory/needs/{id}/agenda", "/fr/anderlecht/observatory/needs/999999/agenda".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/observatory/rounds", "/fr/anderlecht/observatory/rounds".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/observatory/rounds/{id}", "/fr/anderlecht/observatory/rounds/999999".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/observatory/rounds/{id}/{step}", "/fr/anderlecht/observatory/rounds/999999/close".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/observatory/rights", "/fr/anderlecht/observatory/rights".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("POST", "/{lang}/{coord}/observatory/settings", "/fr/anderlecht/observatory/settings".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("GET", "/{lang}/{coord}/observatory/context", "/nl/anderlecht/observatory/context".into(), vec![], members),
        ("GET", "/{lang}/region/observatory", "/fr/region/observatory".into(), vec![], admins),
        ("GET", "/{lang}/region/observatory/export/{format}", "/nl/region/observatory/export/xlsx".into(), vec![], admins),
        ("GET", "/api/v1/coordinations/{coord}/signals", "/api/v1/coordinations/anderlecht/signals".into(), vec![], [401; 6]),
        ("GET", "/api/v1/coordinations/{coord}/observatory", "/api/v1/coordinations/anderlecht/observatory".into(), vec![], [401; 6]),
        ("GET", "/api/v1/region/observatory", "/api/v1/region/observatory".into(), vec![], [401; 6]),
        ("GET", "/{lang}/{coord}/charter", "/nl/anderlecht/charter".into(), vec![], open),
        ("GET", "/{lang}/{coord}/charter/publish", "/fr/anderlecht/charter/publish".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/charter/signatures", "/fr/anderlecht/charter/signatures".into(), vec![], coordinators),
        // Signing, joining and supporting speak for a member organisation: nobody here is its contact.
        ("GET", "/{lang}/{coord}/charter/sign", "/fr/anderlecht/charter/sign".into(), vec![], not_a_member),
        ("GET", "/{lang}/{coord}/join", "/nl/anderlecht/join".into(), vec![], open),
        ("GET", "/{lang}/{coord}/join/thanks", "/nl/anderlecht/join/thanks".into(), vec![], open),
        ("GET", "/{lang}/{coord}/members", "/fr/anderlecht/members".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/members/export/{file}", "/fr/anderlecht/members/export/members.csv".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/bodies/{id}/export/{format}", "/fr/anderlecht/bodies/999999/export/pdf".into(), vec![], record),
        ("GET", "/api/v1/coordinations/{coord}/members", "/api/v1/coordinations/anderlecht/members".into(), vec![], [401; 6]),
        ("GET", "/api/v1/coordinations/{coord}/bodies", "/api/v1/coordinations/anderlecht/bodies".into(), vec![], [401; 6]),
        ("GET", "/{lang}/{coord}/members/{id}", "/fr/anderlecht/members/999999".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/members/{id}/decide", "/fr/anderlecht/members/999999/decide".into(), vec![("decision", "admit".into())], managed_record),
        ("GET", "/{lang}/{coord}/members/import", "/fr/anderlecht/members/import".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/members/import", "/fr/anderlecht/members/import".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("POST", "/{lang}/{coord}/members/{id}/contacts", "/fr/anderlecht/members/999999/contacts".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/members/{id}/contacts/{contact}/invite", "/fr/anderlecht/members/999999/contacts/999999/invite".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/members/{id}/contacts/{contact}/data", "/fr/anderlecht/members/999999/contacts/999999/data".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/members/{id}/contacts/{contact}/data.json", "/fr/anderlecht/members/999999/contacts/999999/data.json".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/members/{id}/contacts/{contact}/erase", "/fr/anderlecht/members/999999/contacts/999999/erase".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/members/{id}/contacts/{contact}/erase", "/fr/anderlecht/members/999999/contacts/999999/erase".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/my-organisation", "/nl/anderlecht/my-organisation".into(), vec![], not_a_member),
        ("POST", "/{lang}/{coord}/my-organisation/leave", "/nl/anderlecht/my-organisation/leave".into(), vec![("reason", "x".into())], not_a_member),
        ("POST", "/{lang}/{coord}/members/settings", "/fr/anderlecht/members/settings".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("GET", "/{lang}/{coord}/bodies", "/nl/anderlecht/bodies".into(), vec![], members),
        ("GET", "/{lang}/{coord}/bodies/new", "/fr/anderlecht/bodies/new".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/bodies/{id}", "/fr/anderlecht/bodies/999999".into(), vec![], record),
        ("POST", "/{lang}/{coord}/bodies/{id}/join", "/fr/anderlecht/bodies/999999/join".into(), vec![], not_a_member),
        ("POST", "/{lang}/{coord}/bodies/{id}/leave", "/fr/anderlecht/bodies/999999/leave".into(), vec![], not_a_member),
        ("POST", "/{lang}/{coord}/bodies/{id}/seats", "/fr/anderlecht/bodies/999999/seats".into(), vec![("role", "member".into())], managed_record),
        ("POST", "/{lang}/{coord}/bodies/{id}/seats/{seat}/approve", "/fr/anderlecht/bodies/999999/seats/1/approve".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/bodies/{id}/seats/{seat}/remove", "/fr/anderlecht/bodies/999999/seats/1/remove".into(), vec![], managed_record),
        ("GET", "/{lang}/{coord}/proposals", "/fr/anderlecht/proposals".into(), vec![], members),
        ("POST", "/{lang}/{coord}/proposals/{id}/support", "/fr/anderlecht/proposals/999999/support".into(), vec![], not_a_member),
        ("POST", "/{lang}/{coord}/proposals/{id}/decide", "/fr/anderlecht/proposals/999999/decide".into(), vec![("decision", "create".into())], managed_record),
        ("GET", "/{lang}/{coord}/map/guide.pdf", "/nl/anderlecht/map/guide.pdf?theme=housing".into(), vec![], open),
        ("GET", "/{lang}/{coord}/map/import", "/fr/anderlecht/map/import".into(), vec![], coordinators),
        ("POST", "/api/v1/coordinations/{coord}/hsds/import", "/api/v1/coordinations/anderlecht/hsds/import".into(), vec![], [401; 6]),
        ("GET", "/{lang}/{coord}/map/changes", "/fr/anderlecht/map/changes".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/map/changes/{id}", "/fr/anderlecht/map/changes/999".into(), vec![("decision", "approve".into())], [303, 403, 403, 404, 403, 404]),
        ("POST", "/{lang}/{coord}/map/settings", "/fr/anderlecht/map/settings".into(), vec![], [303, 403, 403, 303, 403, 303]),
        ("POST", "/{lang}/{coord}/map/organizations/new", "/fr/anderlecht/map/organizations/new".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("GET", "/{lang}/{coord}/organizations/{id}/edit", "/fr/anderlecht/organizations/999999/edit".into(), vec![], record),
        ("GET", "/{lang}/{coord}/organizations/{id}/services/new", "/fr/anderlecht/organizations/999999/services/new".into(), vec![], record),
        ("GET", "/{lang}/{coord}/services/{id}/edit", "/nl/anderlecht/services/999999/edit".into(), vec![], record),
        ("GET", "/{lang}/{coord}/organizations/{id}/locations/new", "/fr/anderlecht/organizations/999999/locations/new".into(), vec![], record),
        ("POST", "/{lang}/{coord}/locations/{id}/edit", "/fr/anderlecht/locations/999999/edit".into(), vec![], record),
        ("POST", "/{lang}/{coord}/organizations/{id}/editors", "/fr/anderlecht/organizations/999999/editors".into(), vec![("email", "member@anderlecht.test".into())], [303, 403, 403, 404, 403, 404]),
        ("POST", "/{lang}/{coord}/organizations/{id}/editors/{user}/remove", "/fr/anderlecht/organizations/999999/editors/1/remove".into(), vec![], [303, 403, 403, 404, 403, 404]),
        ("GET", "/{lang}/{coord}/map/export/{file}", "/fr/anderlecht/map/export/services.csv".into(), vec![], members),
        (
            "GET",
            "/api/hsds/{coord}/",
            "/api/hsds/anderlecht/".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/hsds/{coord}/services",
            "/api/hsds/anderlecht/services?lang=nl".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/hsds/{coord}/services/{id}",
            "/api/hsds/anderlecht/services/nope".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/api/hsds/{coord}/organizations",
            "/api/hsds/anderlecht/organizations".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/hsds/{coord}/organizations/{id}",
            "/api/hsds/anderlecht/organizations/nope".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/api/hsds/{coord}/service_at_locations",
            "/api/hsds/anderlecht/service_at_locations".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/hsds/{coord}/service_at_locations/{id}",
            "/api/hsds/anderlecht/service_at_locations/nope".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/api/hsds/{coord}/taxonomies",
            "/api/hsds/anderlecht/taxonomies".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/hsds/{coord}/taxonomy_terms",
            "/api/hsds/anderlecht/taxonomy_terms".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/hsds/{coord}/taxonomies/{id}",
            "/api/hsds/anderlecht/taxonomies/unknown".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/api/hsds/{coord}/taxonomy_terms/{id}",
            "/api/hsds/anderlecht/taxonomy_terms/unknown".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/api/hsds/{coord}/export",
            "/api/hsds/anderlecht/export?lang=nl".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/{lang}/{coord}/map",
            "/fr/anderlecht/map?q=aide&theme=housing".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/{lang}/{coord}/map/guide",
            "/nl/anderlecht/map/guide".into(),
            vec![],
            open,
        ),
        // Public pages; the world has no directory records, so these are "not found" for everyone (not a sign-in).
        (
            "GET",
            "/{lang}/{coord}/services/{id}",
            "/fr/anderlecht/services/999999".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/{lang}/{coord}/organizations/{id}",
            "/fr/anderlecht/organizations/999999".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/{lang}/accessibility",
            "/fr/accessibility".into(),
            vec![],
            open,
        ),
        ("GET", "/{lang}/privacy", "/nl/privacy".into(), vec![], open),
        (
            "GET",
            "/{lang}/{coord}",
            "/fr/anderlecht".into(),
            vec![],
            [308; 6],
        ),
        (
            "GET",
            "/{lang}/{coord}/",
            "/fr/anderlecht/".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/{lang}/{coord}/accessibility",
            "/fr/anderlecht/accessibility".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/{lang}/{coord}/privacy",
            "/nl/anderlecht/privacy".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/{lang}/{coord}/dashboard",
            "/fr/anderlecht/dashboard".into(),
            vec![],
            members,
        ),
        (
            "GET",
            "/{lang}/{coord}/audit",
            "/fr/anderlecht/audit".into(),
            vec![],
            coordinators,
        ),
        (
            "GET",
            "/{lang}/{coord}/people",
            "/fr/anderlecht/people".into(),
            vec![],
            coordinators,
        ),
        (
            "GET",
            "/{lang}/{coord}/accessibility/edit",
            "/fr/anderlecht/accessibility/edit".into(),
            vec![],
            coordinators,
        ),
        (
            "GET",
            "/{lang}/{coord}/privacy/edit",
            "/fr/anderlecht/privacy/edit".into(),
            vec![],
            coordinators,
        ),
        ("POST", "/{lang}/{coord}/identity/logo", "/fr/anderlecht/identity/logo".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("POST", "/{lang}/{coord}/identity/logo/remove", "/fr/anderlecht/identity/logo/remove".into(), vec![], [303, 403, 403, 303, 403, 303]),
        ("GET", "/theme/{coord}/logo.png", "/theme/anderlecht/logo.png".into(), vec![], [404; 6]),
        ("GET", "/{lang}/search", "/nl/search?q=aide".into(), vec![], open),
        ("GET", "/{lang}/{coord}/calendar", "/fr/anderlecht/calendar?month=2026-13".into(), vec![], open),
        ("GET", "/{lang}/{coord}/calendar/{id}", "/nl/anderlecht/calendar/999999".into(), vec![], [404; 6]),
        ("GET", "/{lang}/{coord}/governance", "/nl/anderlecht/governance".into(), vec![], open),
        ("GET", "/{lang}/{coord}/partners", "/nl/anderlecht/partners?q=x&theme=housing".into(), vec![], open),
        ("POST", "/{lang}/{coord}/my-organisation/listing", "/fr/anderlecht/my-organisation/listing".into(), vec![("listed", "on".into())], not_a_member),
        ("POST", "/{lang}/{coord}/members/{id}/listing", "/fr/anderlecht/members/999999/listing".into(), vec![("listed", "on".into())], [303, 403, 403, 404, 403, 404]),
        ("GET", "/{lang}/{coord}/about/{page}", "/nl/anderlecht/about/mission".into(), vec![], open),
        ("GET", "/{lang}/{coord}/about/{page}/edit", "/fr/anderlecht/about/history/edit".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/about/{page}/edit", "/fr/anderlecht/about/history/edit".into(), edit.clone(), [303, 403, 403, 303, 403, 303]),
        ("GET", "/{lang}/{coord}/pages", "/fr/anderlecht/pages".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/documents", "/nl/anderlecht/documents".into(), vec![], open),
        ("POST", "/{lang}/{coord}/documents", "/fr/anderlecht/documents".into(), vec![], [303, 403, 403, 422, 403, 422]),
        ("GET", "/{lang}/{coord}/documents/{id}", "/fr/anderlecht/documents/999999".into(), vec![], [404; 6]),
        ("POST", "/{lang}/{coord}/documents/{id}/remove", "/fr/anderlecht/documents/999999/remove".into(), vec![], [303, 403, 403, 404, 403, 404]),
        ("GET", "/{lang}/{coord}/pages/{page}/history", "/fr/anderlecht/pages/mission/history".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/pages/{page}/history/{revision}/restore", "/fr/anderlecht/pages/mission/history/999999/restore".into(), vec![], [303, 403, 403, 404, 403, 404]),
        (
            "GET",
            "/{lang}/{coord}/people/{user}/revoke",
            format!("/fr/anderlecht/people/{coordinator_id}/revoke?role=coordinator"),
            vec![],
            coordinators,
        ),
        (
            "POST",
            "/{lang}/{coord}/accessibility/edit",
            "/fr/anderlecht/accessibility/edit".into(),
            edit.clone(),
            [303, 403, 403, 303, 403, 303],
        ),
        (
            "POST",
            "/{lang}/{coord}/privacy/edit",
            "/fr/anderlecht/privacy/edit".into(),
            edit,
            [303, 403, 403, 303, 403, 303],
        ),
        (
            "POST",
            "/{lang}/{coord}/people",
            "/fr/anderlecht/people".into(),
            vec![
                ("email", "member@anderlecht.test".into()),
                ("name", "M".into()),
                ("role", "member".into()),
                ("lang", "nl".into()),
            ],
            [303, 403, 403, 303, 403, 303],
        ),
        ("GET", "/{lang}/{coord}/people/{user}/handover", "/fr/anderlecht/people/999999/handover".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/people/{user}/handover", "/fr/anderlecht/people/999999/handover".into(), vec![("to", "999998".into())], managed_record),
        ("GET", "/{lang}/{coord}/people/{user}/lock", "/fr/anderlecht/people/999999/lock".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/people/{user}/lock", "/fr/anderlecht/people/999999/lock".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/people/{user}/unlock", "/fr/anderlecht/people/999999/unlock".into(), vec![], managed_record),
        (
            "POST",
            "/{lang}/{coord}/people/second-factor",
            "/fr/anderlecht/people/second-factor".into(),
            vec![],
            [303, 403, 403, 303, 403, 303],
        ),
        (
            "POST",
            "/{lang}/{coord}/people/{user}/revoke",
            format!("/fr/anderlecht/people/{coordinator_id}/revoke"),
            vec![("role", "steering".into())],
            [303, 403, 403, 404, 403, 404],
        ),
        (
            "GET",
            "/{lang}/login",
            "/fr/login".into(),
            vec![],
            [200, 303, 303, 303, 303, 303],
        ),
        (
            "GET",
            "/{lang}/password/forgot",
            "/fr/password/forgot".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/{lang}/password/reset/{token}",
            "/fr/password/reset/not-a-token".into(),
            vec![],
            [410; 6],
        ),
        (
            "POST",
            "/{lang}/password/reset/{token}",
            "/fr/password/reset/not-a-token".into(),
            vec![
                ("password", "une phrase solide".into()),
                ("confirm", "une phrase solide".into()),
            ],
            [410; 6],
        ),
        (
            "GET",
            "/{lang}/account",
            "/fr/account".into(),
            vec![],
            signed_in,
        ),
        (
            "POST",
            "/{lang}/account/language",
            "/fr/account/language".into(),
            vec![("lang", "fr".into())],
            [303; 6],
        ),
        (
            "POST",
            "/{lang}/account/tokens",
            "/fr/account/tokens".into(),
            vec![("name", "script".into())],
            signed_in,
        ),
        (
            "POST",
            "/{lang}/account/tokens/{id}/revoke",
            "/fr/account/tokens/999999/revoke".into(),
            vec![],
            [303, 404, 404, 404, 404, 404],
        ),
        // Without a password just checked, the code page sends back to the sign-in page.
        (
            "GET",
            "/{lang}/login/code",
            "/fr/login/code".into(),
            vec![],
            [303; 6],
        ),
        (
            "POST",
            "/{lang}/login/code",
            "/fr/login/code".into(),
            vec![("code", "123456".into())],
            [303; 6],
        ),
        (
            "GET",
            "/{lang}/account/second-factor",
            "/fr/account/second-factor".into(),
            vec![],
            signed_in,
        ),
        (
            "POST",
            "/{lang}/account/second-factor",
            "/fr/account/second-factor".into(),
            vec![("code", "12345".into())],
            [303, 422, 422, 422, 422, 422],
        ),
        // Nobody here has a second factor on: there is nothing to turn off.
        (
            "POST",
            "/{lang}/account/second-factor/remove",
            "/fr/account/second-factor/remove".into(),
            vec![("second_factor_code", "123456".into())],
            [303; 6],
        ),
        (
            "POST",
            "/{lang}/account/second-factor/recovery-codes",
            "/fr/account/second-factor/recovery-codes".into(),
            vec![("renew_code", "123456".into())],
            [303; 6],
        ),
        (
            "GET",
            "/{lang}/{coord}/privacy/retention",
            "/fr/anderlecht/privacy/retention".into(),
            vec![],
            coordinators,
        ),
        (
            "POST",
            "/{lang}/{coord}/privacy/retention",
            "/fr/anderlecht/privacy/retention".into(),
            vec![("refused_months", "12".into()), ("mail_days", "90".into())],
            [303, 403, 403, 303, 403, 303],
        ),
        (
            "POST",
            "/{lang}/account/name",
            "/fr/account/name".into(),
            vec![("display_name", "".into())],
            [303, 422, 422, 422, 422, 422],
        ),
        ("GET", "/{lang}/account/data", "/fr/account/data".into(), vec![], signed_in),
        (
            "GET",
            "/{lang}/account/data.json",
            "/fr/account/data.json".into(),
            vec![],
            signed_in,
        ),
        ("GET", "/{lang}/account/erase", "/fr/account/erase".into(), vec![], signed_in),
        // A wrong password: nobody is erased by the matrix.
        (
            "POST",
            "/{lang}/account/erase",
            "/fr/account/erase".into(),
            vec![("password", "wrong".into())],
            [303, 422, 422, 422, 422, 422],
        ),
        (
            "POST",
            "/{lang}/account/password",
            "/fr/account/password".into(),
            vec![
                ("current", "wrong".into()),
                ("password", "x".into()),
                ("confirm", "x".into()),
            ],
            [303, 422, 422, 422, 422, 422],
        ),
        (
            "GET",
            "/admin/outbox",
            "/admin/outbox".into(),
            vec![],
            [303; 6],
        ),
        (
            "GET",
            "/{lang}/admin/outbox",
            "/fr/admin/outbox".into(),
            vec![],
            admins,
        ),
        (
            "GET",
            "/{lang}/admin/outbox/{id}",
            format!("/fr/admin/outbox/{message_id}"),
            vec![],
            admins,
        ),
        ("POST", "/{lang}/admin/outbox/{id}/retry", "/fr/admin/outbox/999999/retry".into(), vec![], [303, 403, 403, 403, 403, 404]),
        ("GET", "/{lang}/{coord}/mail", "/nl/anderlecht/mail?q=x&status=failed".into(), vec![], coordinators),
        ("GET", "/{lang}/{coord}/mail/{id}", "/fr/anderlecht/mail/999999".into(), vec![], managed_record),
        ("POST", "/{lang}/{coord}/mail/{id}/retry", "/fr/anderlecht/mail/999999/retry".into(), vec![], managed_record),
        ("GET", "/{lang}/admin/coordinations", "/fr/admin/coordinations".into(), vec![], admins),
        ("GET", "/{lang}/admin/coordinations/new", "/fr/admin/coordinations/new".into(), vec![], admins),
        ("POST", "/{lang}/admin/coordinations/new", "/fr/admin/coordinations/new".into(), vec![], [303, 403, 403, 403, 403, 422]),
        ("GET", "/{lang}/{coord}/identity", "/fr/anderlecht/identity".into(), vec![], coordinators),
        ("POST", "/{lang}/{coord}/identity", "/fr/anderlecht/identity".into(), vec![], [303, 403, 403, 422, 403, 422]),
        (
            "GET",
            "/{lang}/admin/settings",
            "/fr/admin/settings".into(),
            vec![],
            admins,
        ),
        // Sent without the box ticked: the requirement stays off, as the other rows need it.
        (
            "POST",
            "/{lang}/admin/settings",
            "/fr/admin/settings".into(),
            vec![("ip_months", "12".into())],
            [303, 403, 403, 403, 403, 303],
        ),
        // Anderlecht keeps Socius's colour: it has no style sheet of its own.
        ("GET", "/theme/{coord}/accent.css", "/theme/anderlecht/accent.css".into(), vec![], [404; 6]),
        ("GET", "/healthz", "/healthz".into(), vec![], open),
        ("GET", "/metrics", "/metrics".into(), vec![], [403; 6]),
        (
            "GET",
            "/static/{file}",
            "/static/missing.css".into(),
            vec![],
            [404; 6],
        ),
        (
            "GET",
            "/api/openapi.json",
            "/api/openapi.json".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/v1/coordinations",
            "/api/v1/coordinations".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/v1/coordinations/{coord}",
            "/api/v1/coordinations/anderlecht".into(),
            vec![],
            open,
        ),
        (
            "GET",
            "/api/v1/coordinations/{coord}/pages/{page}",
            "/api/v1/coordinations/anderlecht/pages/privacy".into(),
            vec![],
            open,
        ),
        // Cookies never authenticate the API: without a token these are 401 for everyone (tokens: api.rs).
        ("GET", "/api/v1/me", "/api/v1/me".into(), vec![], [401; 6]),
        (
            "GET",
            "/api/v1/coordinations/{coord}/audit",
            "/api/v1/coordinations/anderlecht/audit".into(),
            vec![],
            [401; 6],
        ),
        (
            "PUT",
            "/api/v1/coordinations/{coord}/pages/{page}",
            "/api/v1/coordinations/anderlecht/pages/privacy".into(),
            vec![],
            [401; 6],
        ),
        // Logout last: it ends the session.
        (
            "POST",
            "/{lang}/logout",
            "/fr/logout".into(),
            vec![],
            [303; 6],
        ),
    ]
}

async fn request(
    client: &mut Client,
    method: &str,
    path: &str,
    fields: &[(&'static str, String)],
) -> u16 {
    match method {
        "GET" => client.get(path).await.status.as_u16(),
        "PUT" => client
            .api(
                axum::http::Method::PUT,
                path,
                None,
                Some(serde_json::json!({ "body_fr": "x", "body_nl": "y" })),
            )
            .await
            .status
            .as_u16(),
        _ => {
            let token = client.get("/fr/password/forgot").await.csrf();
            let mut all: Vec<(&str, &str)> = vec![("_csrf", &token)];
            all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
            client.post_raw(path, &all).await.status.as_u16()
        }
    }
}

/// Every row requested as every role (one signed-in client per role): what differs from the row.
async fn mismatches(app: &TestApp, rows: &[Row]) -> Vec<String> {
    let accounts = [
        None,
        Some("member@anderlecht.test"),
        Some("steering@anderlecht.test"),
        Some("coord@anderlecht.test"),
        Some("coord@koekelberg.test"),
        Some("admin@socius.test"),
    ];
    let mut failures = Vec::new();
    for (role_index, account) in accounts.iter().enumerate() {
        let mut client = app.client();
        if let Some(email) = account {
            client.login(email, PASSWORD).await;
        }
        for (method, pattern, path, fields, expected) in rows {
            let got = request(&mut client, method, path, fields).await;
            if got != expected[role_index] {
                failures.push(format!(
                    "{} {method} {pattern} ({path}): expected {}, got {got}",
                    ROLES[role_index], expected[role_index]
                ));
            }
        }
    }
    failures
}

async fn every_route_answers_every_role_as_the_policy_says(app: TestApp) {
    app.world().await;
    let coordinator_id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT id FROM users WHERE email = 'coord@anderlecht.test'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let mut setup = app.client();
    setup
        .submit(
            "/fr/password/forgot",
            "/fr/password/forgot",
            &[("email", "member@anderlecht.test")],
        )
        .await;
    let message_id: i64 = socius::with_db!(app.db(), |p| sqlx::query_scalar(
        "SELECT MAX(id) FROM outbox"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    // A content block the public reads.
    socius::with_db!(app.db(), |p| sqlx::query(
        "INSERT INTO coordination_pages (coordination_id, page, body_fr, body_nl, updated_at) \
         SELECT id, 'mission', 'Relier les acteurs.', 'Actoren verbinden.', $1 FROM coordinations \
         WHERE slug = 'anderlecht'"
    )
    .bind(chrono::Utc::now())
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let rows = matrix(coordinator_id, message_id);

    let covered: BTreeSet<String> = rows.iter().map(|r| r.1.to_string()).collect();
    let missing: Vec<String> = registered_routes().difference(&covered).cloned().collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the authorization matrix: {missing:?}"
    );

    let failures = mismatches(&app, &rows).await;
    assert!(
        failures.is_empty(),
        "authorization matrix mismatches:\n{}",
        failures.join("\n")
    );
}
db_test!(every_route_answers_every_role_as_the_policy_says);

/// Creates a body of `kind` in `coord` as its coordinator; returns its id.
async fn body(client: &mut Client, coord: &str, name: &str, open: bool) -> i64 {
    let form = format!("/fr/{coord}/bodies/new");
    let mut fields = vec![
        ("kind", "working_group"),
        ("name_fr", name),
        ("name_nl", name),
    ];
    if open {
        fields.push(("open", "on"));
    }
    let created = client.submit(&form, &form, &fields).await;
    assert_eq!(
        created.status,
        axum::http::StatusCode::SEE_OTHER,
        "{}",
        created.body
    );
    created
        .location()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Plans a meeting of `body` next year, called (published) or left a draft; returns its id.
async fn meeting(client: &mut Client, coord: &str, body: i64, called: bool) -> i64 {
    let form = format!("/fr/{coord}/bodies/{body}/meetings/new");
    let date = format!("{}-06-15", chrono::Datelike::year(&chrono::Utc::now()) + 1);
    let fields = [
        ("title_fr", "Réunion"),
        ("title_nl", "Vergadering"),
        ("date", date.as_str()),
        ("time", "10:00"),
        ("duration", "90"),
        ("place_fr", "CPAS"),
    ];
    let created = client.submit(&form, &form, &fields).await;
    assert_eq!(
        created.status,
        axum::http::StatusCode::SEE_OTHER,
        "{}",
        created.body
    );
    let page = created.location().to_string();
    if called {
        let published = client
            .submit(
                &page,
                &format!("{page}/publish"),
                &[("empty_agenda", "yes")],
            )
            .await;
        assert_eq!(published.status, axum::http::StatusCode::SEE_OTHER);
    }
    page.rsplit('/').next().unwrap().parse().unwrap()
}

/// The matrix again on real records: a draft meeting, a closed group's meeting, an open group's,
/// and another coordination's meeting and body reached through this coordination's address.
async fn real_records_answer_every_role_as_the_policy_says(app: TestApp) {
    app.world().await;
    let mut anderlecht = app.client();
    anderlecht.login("coord@anderlecht.test", PASSWORD).await;
    let mut koekelberg = app.client();
    koekelberg.login("coord@koekelberg.test", PASSWORD).await;
    let closed_group = body(&mut anderlecht, "anderlecht", "GT fermé", false).await;
    let open_group = body(&mut anderlecht, "anderlecht", "GT ouvert", true).await;
    let draft = meeting(&mut anderlecht, "anderlecht", open_group, false).await;
    let closed = meeting(&mut anderlecht, "anderlecht", closed_group, true).await;
    let open = meeting(&mut anderlecht, "anderlecht", open_group, true).await;
    let theirs_body = body(&mut koekelberg, "koekelberg", "WG Koekelberg", true).await;
    let theirs = meeting(&mut koekelberg, "koekelberg", theirs_body, true).await;

    let only_coordinators = [303, 404, 404, 200, 403, 200];
    let everyone_here = [303, 200, 200, 200, 403, 200];
    let not_here = [303, 404, 404, 404, 403, 404];
    let rows: Vec<(&str, String, [u16; 6])> = vec![
        (
            "GET",
            format!("/fr/anderlecht/meetings/{draft}"),
            only_coordinators,
        ),
        (
            "GET",
            format!("/fr/anderlecht/meetings/{closed}"),
            only_coordinators,
        ),
        (
            "GET",
            format!("/fr/anderlecht/meetings/{closed}/minutes"),
            only_coordinators,
        ),
        (
            "GET",
            format!("/fr/anderlecht/meetings/{open}"),
            everyone_here,
        ),
        (
            "GET",
            format!("/fr/anderlecht/meetings/{open}/minutes"),
            only_coordinators,
        ),
        (
            "POST",
            format!("/fr/anderlecht/meetings/{draft}/items"),
            [303, 404, 404, 422, 403, 422],
        ),
        ("GET", format!("/fr/anderlecht/meetings/{theirs}"), not_here),
        (
            "GET",
            format!("/fr/anderlecht/meetings/{theirs}/minutes.pdf"),
            not_here,
        ),
        (
            "POST",
            format!("/fr/anderlecht/meetings/{theirs}/cancel"),
            [303, 403, 403, 404, 403, 404],
        ),
        (
            "GET",
            format!("/fr/anderlecht/bodies/{theirs_body}"),
            not_here,
        ),
        (
            "GET",
            format!("/nl/koekelberg/meetings/{theirs}"),
            [303, 403, 403, 403, 200, 200],
        ),
    ];
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|(method, path, expected)| (method, "a real record", path, vec![], expected))
        .collect();
    let failures = mismatches(&app, &rows).await;
    assert!(
        failures.is_empty(),
        "authorization mismatches on real records:\n{}",
        failures.join("\n")
    );
}
db_test!(real_records_answer_every_role_as_the_policy_says);
