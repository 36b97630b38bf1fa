//! Test harness: every test gets a fresh migrated database (a temporary SQLite file, or a PostgreSQL
//! database created for it and dropped after), the real router, and a client with a cookie jar.
//!
//! PostgreSQL: `SOCIUS_TEST_POSTGRES_URL` names a server (an admin database URL); when it is set, a
//! test fails if the server cannot be reached. When it is not set, the local default
//! `postgres://postgres@127.0.0.1:5432/postgres` is tried, and the PostgreSQL variant of a test says
//! SKIPPED when no server answers.

pub mod clamd;
pub mod files;
pub mod membership;
pub mod people;

use std::collections::BTreeMap;
use std::str::FromStr;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::ConnectOptions;
use tower::ServiceExt;

use socius::config::Config;
use socius::domain::{Email, Lang, Password, Slug};
use socius::platform::auth::{self, NewUser};
use socius::platform::db::Db;
use socius::platform::policy::Role;
use socius::platform::settings::{self, PlatformSetting, Setting};
use socius::platform::tenancy::{self, NewCoordination};
use socius::platform::AppState;

/// Runs the `socius` binary against the database at `url` (links in its mail point at
/// `https://socius.example`); its output, or its error message with what it printed.
pub fn run_socius(url: &str, args: &[&str]) -> Result<String, String> {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_socius"))
        .args(args)
        .env("SOCIUS_DATABASE_URL", url)
        .env("SOCIUS_BASE_URL", "https://socius.example")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run socius");
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    match output.status.success() {
        true => Ok(out),
        false => Err(format!("{out}{err}")),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

const DEFAULT_PG: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The PostgreSQL server to test against, or None (with a message) when tests must skip it.
async fn pg_admin_url() -> Option<String> {
    if let Ok(url) = std::env::var("SOCIUS_TEST_POSTGRES_URL") {
        if !url.is_empty() {
            return Some(url);
        }
    }
    let options = PgConnectOptions::from_str(DEFAULT_PG).ok()?;
    let reachable =
        tokio::time::timeout(std::time::Duration::from_secs(3), options.connect()).await;
    match reachable {
        Ok(Ok(_)) => Some(DEFAULT_PG.to_string()),
        _ if std::env::var("SOCIUS_TEST_REQUIRE_ALL").is_ok_and(|v| v == "1") => {
            panic!("PostgreSQL is required (SOCIUS_TEST_REQUIRE_ALL=1) but nothing answers at {DEFAULT_PG}")
        }
        _ => {
            eprintln!("SKIPPED: no PostgreSQL server at {DEFAULT_PG} (set SOCIUS_TEST_POSTGRES_URL to test on PostgreSQL)");
            None
        }
    }
}

/// A database that exists for one test.
pub struct TestDb {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

fn unique_name() -> String {
    format!(
        "socius_test_{}_{}",
        std::process::id(),
        &auth::random_token()[..10]
            .to_lowercase()
            .replace(['-', '_'], "x")
    )
}

impl TestDb {
    pub async fn create(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => {
                let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
                Some(TestDb {
                    url: format!("sqlite://{}", path.display()),
                    cleanup: Cleanup::File(path),
                })
            }
            Backend::Postgres => {
                let admin_url = pg_admin_url().await?;
                let name = unique_name();
                let admin = PgPoolOptions::new()
                    .max_connections(1)
                    .connect(&admin_url)
                    .await
                    .unwrap_or_else(|e| {
                        panic!(
                            "SOCIUS_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached: {e}"
                        )
                    });
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&admin)
                    .await
                    .expect("create test database");
                admin.close().await;
                let mut url = url::Url::parse(&admin_url).expect("valid PostgreSQL URL");
                url.set_path(&format!("/{name}"));
                Some(TestDb {
                    url: url.to_string(),
                    cleanup: Cleanup::Postgres { admin_url, name },
                })
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Postgres { admin_url, name } => {
                let (admin_url, name) = (admin_url.clone(), name.clone());
                // Drop runs inside the test's runtime: do the async clean-up on a thread of its own.
                let _ = std::thread::spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("runtime");
                    runtime.block_on(async {
                        if let Ok(admin) = PgPoolOptions::new()
                            .max_connections(1)
                            .connect(&admin_url)
                            .await
                        {
                            let _ = sqlx::query(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .execute(&admin)
                            .await;
                            admin.close().await;
                        }
                    });
                })
                .join();
            }
        }
    }
}

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    // Dropped last: the database outlives the pools using it.
    _db: TestDb,
}

pub fn test_config(url: &str) -> Config {
    Config {
        database_url: url.to_string(),
        base_url: "http://socius.test".into(),
        ..Config::default()
    }
}

impl TestApp {
    pub async fn start(backend: Backend) -> Option<TestApp> {
        Self::start_with(backend, |_| {}).await
    }

    pub async fn start_with(
        backend: Backend,
        configure: impl FnOnce(&mut Config),
    ) -> Option<TestApp> {
        let db = TestDb::create(backend).await?;
        let mut config = test_config(&db.url);
        configure(&mut config);
        let state = socius::app::prepare(config)
            .await
            .expect("connect and migrate");
        let router = socius::app::router(state.clone());
        // Tests sign in with passwords; those of the second factor turn its requirement on.
        let mut tx = state.db.begin().await.unwrap();
        PlatformSetting::StaffNeedSecondFactor
            .set(&mut tx, "false")
            .await
            .unwrap();
        tx.commit().await.unwrap();
        Some(TestApp {
            state,
            router,
            _db: db,
        })
    }

    /// A client of a second Socius process on the same database (its own pools and memory), as
    /// behind a load balancer.
    pub async fn client_of_another_process(&self) -> Client {
        let state = socius::app::prepare((*self.state.config).clone())
            .await
            .expect("connect and migrate");
        Client {
            router: socius::app::router(state),
            cookies: BTreeMap::new(),
            accept_language: None,
            forwarded_for: None,
            origin: None,
        }
    }

    /// Tells the app that rows were changed by hand, not through it (as another process would):
    /// its public pages follow at once rather than within the second it allows another process.
    pub fn changed_by_hand(&self) {
        socius::platform::content_version::committed();
    }

    pub fn database_url(&self) -> &str {
        &self._db.url
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: BTreeMap::new(),
            accept_language: None,
            forwarded_for: None,
            origin: None,
        }
    }

    /// Another client with the same cookies (the same browser session), for requests at once.
    pub fn client_with(&self, other: &Client) -> Client {
        let mut client = self.client();
        client.cookies = other.cookies.clone();
        client
    }

    pub async fn coordination(&self, slug: &str, name_fr: &str, name_nl: &str) -> i64 {
        let mut tx = self.db().begin().await.unwrap();
        let id = tenancy::create(
            &mut tx,
            &NewCoordination {
                slug: Slug::parse(slug).unwrap(),
                name_fr: name_fr.into(),
                name_nl: name_nl.into(),
                nis_code: "21001".into(),
                email: Email::parse(&format!("info@{slug}.test")).unwrap(),
                phone: String::new(),
                address_fr: "Rue de la Loi 1, 1000 Bruxelles".into(),
                address_nl: "Wetstraat 1, 1000 Brussel".into(),
                website: String::new(),
                identity: Default::default(),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let tenant = people::admin_tenant(&people::coordination(self, slug).await);
        let mut tx = self.db().begin().await.unwrap();
        settings::set_flag(
            &mut tx,
            &tenant,
            Setting::CoordinatorsNeedSecondFactor,
            false,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        id
    }

    /// A user with a password; `grants` are (coordination id, role).
    pub async fn user(
        &self,
        email: &str,
        password: &str,
        lang: Lang,
        admin: bool,
        grants: &[(i64, Role)],
    ) -> i64 {
        let email = Email::parse(email).unwrap();
        let hash = auth::hash_password(&Password::parse(password).unwrap())
            .await
            .unwrap();
        let mut tx = self.db().begin().await.unwrap();
        let id = auth::create_user(
            &mut tx,
            &NewUser {
                email: &email,
                display_name: email.as_str(),
                lang,
                password_hash: Some(&hash),
                is_platform_admin: admin,
            },
        )
        .await
        .unwrap();
        for (coordination, role) in grants {
            auth::grant_role(&mut tx, id, *coordination, *role)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        id
    }

    /// The outbox messages, oldest first: (recipient, lang, subject, text body).
    pub async fn outbox(&self) -> Vec<(String, String, String, String)> {
        socius::with_db!(self.db(), |p| sqlx::query_as(
            "SELECT recipient, lang, subject, body_text FROM outbox ORDER BY id"
        )
        .fetch_all(p)
        .await)
        .unwrap()
    }

    /// The last message sent to `to`: (recipient, lang, subject, text body).
    pub async fn last_mail_to(&self, to: &str) -> (String, String, String, String) {
        self.outbox()
            .await
            .into_iter()
            .rev()
            .find(|m| m.0 == to)
            .unwrap_or_else(|| panic!("no message to {to}"))
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent, for files that are not text.
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The CSRF token of the first form on the page.
    pub fn csrf(&self) -> String {
        let marker = "name=\"_csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .unwrap_or_else(|| panic!("no CSRF field in:\n{}", self.body))
            + marker.len();
        self.body[start..].split('"').next().unwrap().to_string()
    }

    /// The CSRF token a multipart form carries in its action's query string.
    pub fn csrf_in_query(&self) -> String {
        let marker = "?_csrf=";
        let start = self
            .body
            .find(marker)
            .expect("a form with the token in its action")
            + marker.len();
        self.body[start..]
            .split(['"', '&'])
            .next()
            .unwrap()
            .to_string()
    }

    /// The text of every element `selector` matches, trimmed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let html = scraper::Html::parse_document(&self.body);
        let parsed = scraper::Selector::parse(selector).unwrap();
        html.select(&parsed)
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    }

    /// The values of `attribute` on the elements `selector` finds, in document order.
    pub fn attrs(&self, selector: &str, attribute: &str) -> Vec<String> {
        let html = scraper::Html::parse_document(&self.body);
        let selector = scraper::Selector::parse(selector).unwrap();
        html.select(&selector)
            .filter_map(|e| e.value().attr(attribute).map(str::to_string))
            .collect()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// What the field `#field-{id}` holds (an input's value, a textarea's text), and whether a
    /// message stands beside it (`#error-{id}`).
    pub fn field(&self, id: &str) -> (String, Option<String>) {
        use scraper::{Html, Selector};
        let html = Html::parse_document(&self.body);
        let select = |selector: String| {
            let parsed = Selector::parse(&selector).unwrap();
            html.select(&parsed).next().map(|e| {
                let text = e.text().collect::<String>();
                let value = e.value().attr("value").map(str::to_string);
                let described = e.value().attr("aria-describedby").map(str::to_string);
                (value.unwrap_or(text), described)
            })
        };
        let (value, described) = select(format!("#field-{id}"))
            .unwrap_or_else(|| panic!("no field {id} in:\n{}", self.body));
        let message = select(format!("#error-{id}")).map(|(text, _)| text.trim().to_string());
        if message.is_some() {
            assert!(
                described.is_some_and(|d| d.split(' ').any(|x| x == format!("error-{id}"))),
                "the field {id} names its message"
            );
        }
        (value, message)
    }

    /// A form that came back refused: 422, the message beside the field `id`, and what the field
    /// still holds. Returns (message, value).
    pub fn refused_field(&self, id: &str) -> (String, String) {
        assert_eq!(
            self.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            self.body
        );
        let (value, message) = self.field(id);
        let message =
            message.unwrap_or_else(|| panic!("no message beside {id} in:\n{}", self.body));
        (message, value)
    }
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

/// Talks to the router as a browser would: keeps cookies, sends forms.
pub struct Client {
    router: Router,
    pub cookies: BTreeMap<String, String>,
    pub accept_language: Option<String>,
    /// Sent as `X-Forwarded-For` with every request, as a proxy (or a client posing as one) would.
    pub forwarded_for: Option<String>,
    /// Sent as `Origin` with every request, as a browser sends it with the forms it posts.
    pub origin: Option<String>,
}

impl Client {
    pub async fn send(&mut self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap();
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || text.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_string(), value.to_string());
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    fn builder(&self, method: Method, path: &str) -> axum::http::request::Builder {
        let mut builder = Request::builder().method(method).uri(path);
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            builder = builder.header(header::COOKIE, cookie);
        }
        if let Some(lang) = &self.accept_language {
            builder = builder.header(header::ACCEPT_LANGUAGE, lang);
        }
        if let Some(forwarded) = &self.forwarded_for {
            builder = builder.header("x-forwarded-for", forwarded);
        }
        if let Some(origin) = &self.origin {
            builder = builder.header(header::ORIGIN, origin);
        }
        builder
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = self.builder(Method::GET, path).body(Body::empty()).unwrap();
        self.send(request).await
    }

    /// Posts a form exactly as given (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let request = self
            .builder(Method::POST, path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Loads `form_page` as a person would, then posts the form with its CSRF token.
    pub async fn submit(
        &mut self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let page = self.get(form_page).await;
        assert!(
            page.status.is_success(),
            "{form_page} answered {}",
            page.status
        );
        let token = page.csrf();
        let mut all = vec![("_csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(action, &all).await
    }

    /// Loads `form_page`, takes the form posting to `action` with everything it holds (as a
    /// browser sends it: checked boxes, selected options), changes the fields in `set` and posts it.
    pub async fn fill(
        &mut self,
        form_page: &str,
        action: &str,
        set: &[(&str, &str)],
    ) -> TestResponse {
        let fields = self.filled(form_page, action, set).await;
        self.post_raw(action, &pairs(&fields)).await
    }

    /// The form as [`Client::fill`] posts it, posted `times` at once from this session: a double
    /// (or eightfold) click. The answers come in the order of the posts.
    pub async fn fill_at_once(
        &mut self,
        form_page: &str,
        action: &str,
        set: &[(&str, &str)],
        times: usize,
    ) -> Vec<TestResponse> {
        let fields = self.filled(form_page, action, set).await;
        let fields = pairs(&fields);
        let mut clicks: Vec<Client> = (0..times)
            .map(|_| Client {
                router: self.router.clone(),
                cookies: self.cookies.clone(),
                accept_language: self.accept_language.clone(),
                forwarded_for: self.forwarded_for.clone(),
                origin: self.origin.clone(),
            })
            .collect();
        futures::future::join_all(clicks.iter_mut().map(|c| c.post_raw(action, &fields))).await
    }

    async fn filled(
        &mut self,
        form_page: &str,
        action: &str,
        set: &[(&str, &str)],
    ) -> Vec<(String, String)> {
        let page = self.get(form_page).await;
        assert!(
            page.status.is_success(),
            "{form_page} answered {}",
            page.status
        );
        let mut fields = form_fields(&page.body, action);
        for (name, value) in set {
            match fields.iter_mut().find(|(n, _)| n == name) {
                Some(field) => field.1 = value.to_string(),
                None => fields.push((name.to_string(), value.to_string())),
            }
        }
        fields
    }

    /// Posts a multipart form (fields, then files as `(field, file name, content)`) as a browser
    /// without JavaScript sends an upload.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> TestResponse {
        let boundary = "socius-test-boundary-7d3f";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        for (name, file_name, content) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/json\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = self
            .builder(Method::POST, path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Signs a demo account in, with a code from its second factor's key when it has one.
    pub async fn login_demo(&mut self, account: &socius::demo::DemoAccount) -> TestResponse {
        let answer = self.login(&account.email, &account.password).await;
        let Some(key) = &account.second_factor else {
            return answer;
        };
        assert_eq!(answer.location(), "/fr/login/code");
        let code = totp_code(key, 0);
        let answer = self
            .submit("/fr/login/code", "/fr/login/code", &[("code", &code)])
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        answer
    }

    pub async fn login(&mut self, email: &str, password: &str) -> TestResponse {
        let response = self
            .submit(
                "/fr/login",
                "/fr/login",
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "login of {email} failed: {}",
            response.body
        );
        response
    }

    pub async fn api(
        &mut self,
        method: Method,
        path: &str,
        token: Option<&str>,
        json: Option<serde_json::Value>,
    ) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let body = match json {
            Some(value) => {
                builder = builder.header(header::CONTENT_TYPE, "application/json");
                Body::from(value.to_string())
            }
            None => Body::empty(),
        };
        self.send(builder.body(body).unwrap()).await
    }
}

/// Runs one async test body on SQLite and on PostgreSQL: `db_test!(name)` makes `name::sqlite` and
/// `name::postgres` from `async fn name(app: TestApp)`.
#[macro_export]
macro_rules! db_test {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::support::TestApp::start($crate::support::Backend::Sqlite)
                    .await
                    .expect("SQLite is always available");
                super::$name(app).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) =
                    $crate::support::TestApp::start($crate::support::Backend::Postgres).await
                {
                    super::$name(app).await;
                }
            }
        }
    };
}

/// A small standard world: two coordinations and one person per role.
pub struct World {
    pub koekelberg: i64,
}

pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    pub async fn world(&self) -> World {
        let anderlecht = self
            .coordination(
                "anderlecht",
                "Coordination sociale d'Anderlecht",
                "Sociale coördinatie Anderlecht",
            )
            .await;
        let koekelberg = self.coordination("koekelberg", "Koecoon", "Koecoon").await;
        self.user("admin@socius.test", PASSWORD, Lang::Fr, true, &[])
            .await;
        self.user(
            "coord@anderlecht.test",
            PASSWORD,
            Lang::Fr,
            false,
            &[(anderlecht, Role::Coordinator)],
        )
        .await;
        self.user(
            "member@anderlecht.test",
            PASSWORD,
            Lang::Nl,
            false,
            &[(anderlecht, Role::Member)],
        )
        .await;
        self.user(
            "steering@anderlecht.test",
            PASSWORD,
            Lang::Nl,
            false,
            &[(anderlecht, Role::Steering)],
        )
        .await;
        self.user(
            "coord@koekelberg.test",
            PASSWORD,
            Lang::Nl,
            false,
            &[(koekelberg, Role::Coordinator)],
        )
        .await;
        World { koekelberg }
    }
}

/// One control of a form as a browser reads it.
pub struct Control {
    pub name: String,
    /// An input's type (lower case), or `textarea` / `select`.
    pub kind: String,
    /// What a browser would send: a select's chosen option, an unchecked box's nothing (empty).
    pub value: String,
    /// Whether a browser sends it (a checkbox or radio button only when checked).
    pub sent: bool,
    /// The length limit the page gives it.
    pub maxlength: Option<usize>,
    /// Whether a person reaches it: not a trap for robots (`tabindex="-1"`), not hidden.
    pub typed: bool,
}

/// The controls of `form` that carry a value (buttons and file inputs left out).
pub fn controls(form: scraper::ElementRef) -> Vec<Control> {
    use scraper::Selector;
    let controls = Selector::parse("input, textarea, select").unwrap();
    let option = Selector::parse("option").unwrap();
    let mut fields = Vec::new();
    for control in form.select(&controls) {
        let element = control.value();
        let Some(name) = element.attr("name") else {
            continue;
        };
        let (kind, value, sent) = match element.name() {
            "textarea" => ("textarea".into(), control.text().collect::<String>(), true),
            "select" => {
                let options: Vec<_> = control.select(&option).collect();
                let chosen = options
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(options.first());
                match chosen {
                    Some(o) => (
                        "select".into(),
                        o.value().attr("value").unwrap_or("").to_string(),
                        true,
                    ),
                    None => continue,
                }
            }
            _ => {
                let kind = element.attr("type").unwrap_or("text").to_ascii_lowercase();
                if matches!(
                    kind.as_str(),
                    "submit" | "button" | "reset" | "file" | "image"
                ) {
                    continue;
                }
                let sent = !matches!(kind.as_str(), "checkbox" | "radio")
                    || element.attr("checked").is_some();
                let default = if kind == "checkbox" { "on" } else { "" };
                let value = element.attr("value").unwrap_or(default).to_string();
                (kind, value, sent)
            }
        };
        let typed = kind != "hidden" && element.attr("tabindex") != Some("-1");
        fields.push(Control {
            name: name.to_string(),
            kind,
            value,
            sent,
            maxlength: element.attr("maxlength").and_then(|m| m.parse().ok()),
            typed,
        });
    }
    fields
}

/// The name/value pairs a browser would submit for the form posting to `action`.
pub fn form_fields(body: &str, action: &str) -> Vec<(String, String)> {
    use scraper::{Html, Selector};
    let html = Html::parse_document(body);
    let form_selector = Selector::parse("form").unwrap();
    let form = html
        .select(&form_selector)
        .find(|f| f.value().attr("action") == Some(action))
        .unwrap_or_else(|| panic!("no form posting to {action} in:\n{body}"));
    controls(form)
        .into_iter()
        .filter(|c| c.sent)
        .map(|c| (c.name, c.value))
        .collect()
}

/// Route patterns registered in the feature modules, read from their source, so that a new route
/// without a row in the matrix fails this test.
pub fn registered_routes() -> std::collections::BTreeSet<String> {
    let mut routes = std::collections::BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Pages are routed with `.page(`, the API with `.route(`.
                let pieces = text.split(".route(").skip(1);
                for piece in pieces.chain(text.split(".page(").skip(1)) {
                    let pattern = piece.trim_start().trim_start_matches('\n').trim_start();
                    if let Some(rest) = pattern.strip_prefix('"') {
                        routes.insert(rest.split('"').next().unwrap().to_string());
                    }
                }
            }
        }
    }
    routes
}

/// The path of the private calendar feed a person creates on `/fr/calendar` (the page shows its
/// address once).
pub async fn create_calendar_feed(client: &mut Client) -> String {
    let created = client.submit("/fr/calendar", "/fr/calendar", &[]).await;
    created
        .body
        .split("<p class=\"token\">")
        .nth(1)
        .expect("the feed's address is shown")
        .split('<')
        .next()
        .unwrap()
        .trim_start_matches("http://socius.test")
        .to_string()
}

/// The code an authenticator app shows for `key` (base32), `steps_ahead` steps of 30 s from now
/// (a negative number: before).
pub fn totp_code(key: &str, steps_ahead: i64) -> String {
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(key).unwrap())
        .build()
        .unwrap();
    let at = chrono::Utc::now().timestamp() + 30 * steps_ahead;
    totp.generate(at as u64).to_string()
}
