//! Every page a demo role reaches answers without a server error: a crawler signs in as each demo
//! account (and as nobody), follows the links it is shown and reads every page once per URL shape.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::db_test;
use crate::support::{Client, TestApp};

/// A URL's shape: numbers and long tokens stand for any value, so `/meetings/3` and `/meetings/4`
/// are one shape.
pub fn shape(path: &str) -> String {
    path.split('?')
        .next()
        .unwrap_or("")
        .split('/')
        .map(|segment| {
            if segment.chars().all(|c| c.is_ascii_digit()) && !segment.is_empty() {
                "{n}"
            } else if segment.len() >= 24 {
                "{token}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Files are checked by their own tests; the crawl reads pages.
fn is_page(path: &str) -> bool {
    let bare = path.split('?').next().unwrap_or("");
    path.starts_with('/')
        && !path.starts_with("//")
        && !bare.starts_with("/static/")
        && ![".pdf", ".xlsx", ".csv", ".ics", ".json"]
            .iter()
            .any(|ext| bare.ends_with(ext))
        && !bare.contains("/export")
        && !bare.contains("/documents/")
}

/// Reads the pages `client` reaches from `start`, at most two per URL shape; returns each page read
/// (path, body) and notes any server error in `failures`.
pub async fn crawl(
    client: &mut Client,
    start: &[&str],
    failures: &mut Vec<String>,
    who: &str,
) -> Vec<(String, String)> {
    let links = scraper::Selector::parse("a[href]").unwrap();
    let mut queue: VecDeque<String> = start.iter().map(|s| s.to_string()).collect();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut per_shape: BTreeMap<String, usize> = BTreeMap::new();
    let mut read = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || read.len() >= 400 {
            continue;
        }
        let count = per_shape.entry(shape(&path)).or_default();
        if *count >= 2 {
            continue;
        }
        *count += 1;
        let response = client.get(&path).await;
        if response.status.is_server_error() {
            failures.push(format!("{who}: {path} answered {}", response.status));
            continue;
        }
        let html = scraper::Html::parse_document(&response.body);
        for link in html.select(&links) {
            let href = link.value().attr("href").unwrap_or("");
            let href = href.split('#').next().unwrap_or("");
            if is_page(href) && !seen.contains(href) {
                queue.push_back(href.to_string());
            }
        }
        read.push((path, response.body));
    }
    read
}

async fn no_page_a_demo_role_reaches_is_a_server_error(app: TestApp) {
    let accounts = socius::demo::seed(&app.state).await.unwrap();
    let mut failures = Vec::new();
    let mut anonymous = app.client();
    let read = crawl(
        &mut anonymous,
        &["/fr/", "/nl/anderlecht/", "/fr/koekelberg/map"],
        &mut failures,
        "anonymous",
    )
    .await
    .len();
    assert!(read > 20, "the public crawl read {read} pages");
    for account in &accounts {
        let mut client = app.client();
        let landing = client.login_demo(account).await;
        let start = landing.location().to_string();
        let read = crawl(
            &mut client,
            &[&start, "/fr/account"],
            &mut failures,
            &account.email,
        )
        .await
        .len();
        assert!(read > 5, "{} reached {read} pages", account.email);
    }
    assert!(
        failures.is_empty(),
        "server errors:\n{}",
        failures.join("\n")
    );
}
db_test!(no_page_a_demo_role_reaches_is_a_server_error);
