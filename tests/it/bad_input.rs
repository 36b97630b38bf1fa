//! Every form refuses bad input with the message beside the field and gives back what was typed.
//! A crawler signs in as each demo account (then as nobody), reads the pages it reaches, and for
//! every form posting there submits it once per field with that field wrong (too long, an
//! impossible date or time, a word for a number) and the rest as the page rendered it. No answer
//! may be a server error or a bare 400; a refusal (422) must hold the typed text in its field; a
//! wrong value must never be accepted.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use scraper::{Html, Selector};

use crate::crawl::{crawl, shape};
use crate::db_test;
use crate::support::{controls, Client, Control, TestApp};

/// Longer than the longest text field.
const TOO_LONG: usize = socius::platform::web::fields::limits::DOCUMENT + 1;

/// One form as a browser would send it.
struct Form {
    action: String,
    fields: Vec<Control>,
}

impl Form {
    /// The post forms of a page, without uploads (checked by their own tests).
    fn all_in(body: &str) -> Vec<Form> {
        let html = Html::parse_document(body);
        let forms = Selector::parse("form").unwrap();
        html.select(&forms)
            .filter(|f| {
                f.value()
                    .attr("method")
                    .is_some_and(|m| m.eq_ignore_ascii_case("post"))
                    && f.value().attr("enctype") != Some("multipart/form-data")
            })
            .filter_map(|f| {
                let action = f.value().attr("action")?.to_string();
                let mut fields = controls(f);
                // The button a person clicks is sent too (some forms say what to do by it).
                let buttons = Selector::parse("button[name], input[type=submit][name]").unwrap();
                if let Some(button) = f.select(&buttons).next() {
                    fields.push(Control {
                        name: button.value().attr("name")?.to_string(),
                        kind: "submit".into(),
                        value: button.value().attr("value").unwrap_or("").to_string(),
                        sent: true,
                        maxlength: None,
                        typed: false,
                    });
                }
                Some(Form { action, fields })
            })
            .collect()
    }

    /// What identifies a form across pages, languages and coordinations: where it posts (by
    /// shape) and what it asks.
    fn key(&self, slugs: &[String]) -> String {
        let names: BTreeSet<&str> = self.fields.iter().map(|f| f.name.as_str()).collect();
        let path: Vec<String> = shape(&self.action)
            .split('/')
            .enumerate()
            .map(|(i, segment)| match segment {
                "fr" | "nl" | "en" if i == 1 => "{lang}".to_string(),
                _ if i == 2 && slugs.iter().any(|s| s == segment) => "{coord}".to_string(),
                _ => segment.to_string(),
            })
            .collect();
        format!(
            "{} {}",
            path.join("/"),
            names.into_iter().collect::<Vec<_>>().join(",")
        )
    }

    /// The form as sent with field `i` set to `value`, under a fresh one-time key (a person who
    /// corrects a refused form sends the key again; a new key makes each try a first one).
    fn with(&self, i: usize, value: &str) -> Vec<(String, String)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(j, f)| *j == i || f.sent)
            .map(|(j, f)| {
                let sent = match f.name.as_str() {
                    _ if j == i => value.to_string(),
                    "_once" => socius::platform::auth::random_token(),
                    _ => f.value.clone(),
                };
                (f.name.clone(), sent)
            })
            .collect()
    }
}

/// The kinds of fields that take free text.
const TEXTS: [&str; 6] = ["text", "search", "email", "url", "tel", "textarea"];

/// The wrong value a field is tried with, by its kind; `None` for fields a person does not type.
fn wrong_value(field: &Control) -> Option<String> {
    if !field.typed {
        return None;
    }
    let long = || format!("Ω{}", "x".repeat(TOO_LONG));
    match field.kind.as_str() {
        kind if TEXTS.contains(&kind) => Some(long()),
        "date" => Some("2027-02-30".into()),
        "time" => Some("25:61".into()),
        "number" => Some("douze".into()),
        // Passwords are checked by the accounts' tests; choices by the vocabularies'.
        _ => None,
    }
}

/// What the answer to a form with one wrong field shows in that field, if the form came back, and
/// whether a message stands beside it: the field is marked invalid, or it (or the group of rows
/// it belongs to, `#field-phones`) has its message (`#error-…`).
fn typed_back(body: &str, action: &str, name: &str) -> Option<(String, bool)> {
    let html = Html::parse_document(body);
    let forms = Selector::parse("form").unwrap();
    let form = html.select(&forms).find(|f| {
        f.value().attr("action") == Some(action)
            && f.value()
                .attr("method")
                .is_some_and(|m| m.eq_ignore_ascii_case("post"))
    })?;
    let value = controls(form).into_iter().find(|f| f.name == name)?.value;
    let named = Selector::parse(&format!("[name=\"{name}\"]")).unwrap();
    let control = form.select(&named).next()?;
    let has_message = |id: &str| {
        id.strip_prefix("field-").is_some_and(|field| {
            let error = Selector::parse(&format!("[id=\"error-{field}\"]")).unwrap();
            html.select(&error).next().is_some()
        })
    };
    let marked = control.value().attr("aria-invalid") == Some("true")
        || std::iter::once(control)
            .chain(control.ancestors().filter_map(scraper::ElementRef::wrap))
            .filter_map(|e| e.value().attr("id"))
            .any(has_message);
    Some((value, marked))
}

/// Tries every field of `form` with a wrong value; failures are described in `failures`.
async fn try_form(
    client: &mut Client,
    who: &str,
    form: &Form,
    failures: &mut Vec<String>,
) -> usize {
    let mut tried = 0;
    for (i, field) in form.fields.iter().enumerate() {
        let Some(wrong) = wrong_value(field) else {
            continue;
        };
        tried += 1;
        if TEXTS.contains(&field.kind.as_str()) && field.maxlength.is_none() {
            failures.push(format!(
                "{who}: {} field {} has no maxlength",
                form.action, field.name
            ));
        }
        let sent = form.with(i, &wrong);
        let pairs: Vec<(&str, &str)> = sent.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let answer = client.post_raw(&form.action, &pairs).await;
        let at = format!(
            "{who}: {} field {} ({})",
            form.action, field.name, field.kind
        );
        match answer.status {
            status if status.is_server_error() || status == StatusCode::BAD_REQUEST => {
                failures.push(format!("{at}: answered {status}"));
            }
            StatusCode::UNPROCESSABLE_ENTITY => {
                match typed_back(&answer.body, &form.action, &field.name) {
                    Some((back, true)) if back.trim() == wrong.trim() => {}
                    Some((_, false)) => {
                        failures.push(format!("{at}: refused, but nothing said beside it"))
                    }
                    Some((back, _)) => failures.push(format!(
                        "{at}: came back holding {} characters, not what was typed",
                        back.chars().count()
                    )),
                    None => failures.push(format!("{at}: refused without the form")),
                }
            }
            status if status.is_success() || status.is_redirection() => {
                failures.push(format!("{at}: a wrong value was answered {status}"));
            }
            // Not allowed or no longer possible (a state another try changed): nothing typed.
            _ => {}
        }
    }
    tried
}

async fn every_form_refuses_bad_input_and_keeps_what_was_typed(app: TestApp) {
    let accounts = socius::demo::seed(&app.state).await.unwrap();
    let slugs: Vec<String> = socius::platform::tenancy::list(app.db())
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.slug)
        .collect();
    let mut failures = Vec::new();
    let mut tried_forms: BTreeSet<String> = BTreeSet::new();
    let mut fields = 0;
    let mut visitors: Vec<(String, Client, Vec<String>)> = Vec::new();
    for account in &accounts {
        let mut client = app.client();
        let landing = client.login_demo(account).await;
        let start = vec![landing.location().to_string(), "/fr/account".to_string()];
        visitors.push((account.email.clone(), client, start));
    }
    // Nobody last: its forms (sign-in, reset) count failed tries per address.
    visitors.push((
        "anonymous".into(),
        app.client(),
        vec![
            "/fr/".into(),
            "/fr/koekelberg/".into(),
            "/fr/anderlecht/join".into(),
        ],
    ));
    for (who, mut client, start) in visitors {
        let start: Vec<&str> = start.iter().map(String::as_str).collect();
        let pages = crawl(&mut client, &start, &mut failures, &who).await;
        for (_, body) in pages {
            for form in Form::all_in(&body) {
                if form.action.contains("/logout") || !tried_forms.insert(form.key(&slugs)) {
                    continue;
                }
                fields += try_form(&mut client, &who, &form, &mut failures).await;
            }
        }
    }
    assert!(
        tried_forms.len() > 40 && fields > 150,
        "the crawl found {} forms and {fields} fields",
        tried_forms.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {fields} fields in {} forms:\n{}",
        failures.len(),
        tried_forms.len(),
        failures.join("\n")
    );
}

db_test!(every_form_refuses_bad_input_and_keeps_what_was_typed);
