//! Setting a coordination up: platform admins create coordinations (here or with `socius
//! coordination add`), and each coordination's coordinators keep its identity and contact details
//! current (official names in both languages, the name it goes by, municipality, email, phone,
//! address and office hours in both languages, website). The page, the command line and their
//! tests share one [`IdentityForm::validate`].

pub mod logo;
pub mod store;
pub mod transfer;

use anyhow::Context as _;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use tower_sessions::Session;

use crate::domain::{AccentColour, Email, Slug};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{self, Coordination, Identity, NewCoordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    redirect_with_flash, render, render_invalid, AppError, CoordPage, FieldErrors, FlashKind, Form,
    PageCtx, PageRouter,
};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/admin/coordinations", get(list))
        .page(
            "/{lang}/admin/coordinations/new",
            get(new_form).post(create),
        )
        .page("/{lang}/{coord}/identity", get(edit_form).post(edit))
        .page(
            "/{lang}/{coord}/identity/logo",
            axum::routing::post(logo::upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::platform::upload::body_limit(logo::MAX_BYTES),
            )),
        )
        .page(
            "/{lang}/{coord}/identity/logo/remove",
            axum::routing::post(logo::remove),
        )
        .page("/theme/{coord}/logo.png", get(logo::image))
        .page("/theme/{coord}/accent.css", get(accent_css))
}

/// A coordination's identity as typed: on a page or on the command line.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct IdentityForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub name_fr: String,
    #[serde(default)]
    pub name_nl: String,
    #[serde(default)]
    pub own_name: String,
    #[serde(default)]
    pub nis_code: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub address_fr: String,
    #[serde(default)]
    pub address_nl: String,
    #[serde(default)]
    pub office_hours_fr: String,
    #[serde(default)]
    pub office_hours_nl: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub accent_colour: String,
}

impl IdentityForm {
    /// The form filled with what `coordination` holds.
    pub fn of(coordination: &Coordination) -> IdentityForm {
        IdentityForm {
            slug: coordination.slug.clone(),
            name_fr: coordination.name_fr.clone(),
            name_nl: coordination.name_nl.clone(),
            own_name: coordination.own_name.clone(),
            nis_code: coordination.nis_code.clone(),
            email: coordination.email.clone(),
            phone: coordination.phone.clone(),
            address_fr: coordination.address_fr.clone(),
            address_nl: coordination.address_nl.clone(),
            office_hours_fr: coordination.office_hours_fr.clone(),
            office_hours_nl: coordination.office_hours_nl.clone(),
            website: coordination.website.clone(),
            accent_colour: coordination.accent_colour.clone(),
        }
    }

    /// The coordination the form describes, or why not, field by field. A new coordination's
    /// address (`slug`) must be free; an existing one keeps its own.
    pub async fn validate(&self, db: &Db, creating: bool) -> Result<NewCoordination, FieldErrors> {
        let mut errors = FieldErrors::default();
        let slug = errors.check("slug", Slug::parse(&self.slug));
        if creating {
            if let Some(slug) = &slug {
                match tenancy::find_by_slug(db, slug.as_str()).await {
                    Ok(Some(_)) => errors.add("slug", "error-slug-taken"),
                    Ok(None) => {}
                    Err(_) => errors.add("slug", "error-try-again"),
                }
            }
        }
        let name_fr = errors.check("name_fr", fields::required(&self.name_fr, limits::NAME));
        let name_nl = errors.check("name_nl", fields::required(&self.name_nl, limits::NAME));
        let own_name = errors.check("own_name", fields::optional(&self.own_name, limits::NAME));
        let municipality = match tenancy::municipality_names(db, self.nis_code.trim()).await {
            Ok(Some(_)) => Ok(self.nis_code.trim().to_string()),
            _ => Err("error-municipality-unknown"),
        };
        let nis_code = errors.check("nis_code", municipality);
        let email = errors.check("email", Email::parse(&self.email));
        let phone = errors.check("phone", fields::phone(&self.phone));
        let address_fr = errors.check(
            "address_fr",
            fields::optional(&self.address_fr, limits::LINE),
        );
        let address_nl = errors.check(
            "address_nl",
            fields::optional(&self.address_nl, limits::LINE),
        );
        let hours_fr = errors.check(
            "office_hours_fr",
            fields::optional(&self.office_hours_fr, limits::LINE),
        );
        let hours_nl = errors.check(
            "office_hours_nl",
            fields::optional(&self.office_hours_nl, limits::LINE),
        );
        let website = errors.check("website", fields::website(&self.website));
        let accent = match self.accent_colour.trim() {
            "" => Ok(String::new()),
            typed => AccentColour::parse(typed).map(AccentColour::css),
        };
        let accent_colour = errors.check("accent_colour", accent);
        match (
            slug,
            name_fr,
            name_nl,
            own_name,
            nis_code,
            email,
            phone,
            address_fr,
            address_nl,
            hours_fr,
            hours_nl,
            website,
            accent_colour,
        ) {
            (
                Some(slug),
                Some(name_fr),
                Some(name_nl),
                Some(own_name),
                Some(nis_code),
                Some(email),
                Some(phone),
                Some(address_fr),
                Some(address_nl),
                Some(office_hours_fr),
                Some(office_hours_nl),
                Some(website),
                Some(accent_colour),
            ) if errors.is_empty() => Ok(NewCoordination {
                slug,
                name_fr,
                name_nl,
                nis_code,
                email,
                phone,
                address_fr,
                address_nl,
                website,
                identity: Identity {
                    own_name,
                    office_hours_fr,
                    office_hours_nl,
                    accent_colour,
                },
            }),
            _ => Err(errors),
        }
    }
}

/// What the audit log keeps of a coordination's identity.
fn described(c: &NewCoordination) -> serde_json::Value {
    serde_json::json!({
        "slug": c.slug.as_str(), "name_fr": c.name_fr, "name_nl": c.name_nl,
        "own_name": c.identity.own_name, "nis_code": c.nis_code, "email": c.email.as_str(),
        "phone": c.phone, "address_fr": c.address_fr, "address_nl": c.address_nl,
        "office_hours_fr": c.identity.office_hours_fr,
        "office_hours_nl": c.identity.office_hours_nl, "website": c.website,
        "accent_colour": c.identity.accent_colour,
    })
}

/// Creates a coordination (a platform admin's page, or the command line: `by` is `None`).
pub async fn add(
    db: &Db,
    new: &NewCoordination,
    by: Option<&CurrentUser>,
) -> Result<i64, AppError> {
    let mut tx = db.begin().await?;
    let id = tenancy::create(&mut tx, new).await?;
    let mut entry = AuditEntry::new("coordination.created")
        .in_coordination(id)
        .on("coordination", id)
        .change(None, Some(described(new)));
    entry = match by {
        Some(user) => entry.by(user),
        None => entry.label("socius coordination add".into()),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves `changed` over `before` (the coordinators' page, or the command line: `by` is `None`).
pub async fn save(
    db: &Db,
    tenant: &Tenant,
    before: &Coordination,
    changed: &NewCoordination,
    by: Option<&CurrentUser>,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    tenancy::update(&mut tx, tenant, changed).await?;
    let old = IdentityForm::of(before);
    let mut entry = AuditEntry::new("coordination.updated")
        .in_coordination(tenant.id())
        .on("coordination", tenant.id())
        .change(
            Some(serde_json::json!({
                "name_fr": old.name_fr, "name_nl": old.name_nl, "own_name": old.own_name,
                "nis_code": old.nis_code, "email": old.email, "phone": old.phone,
                "address_fr": old.address_fr, "address_nl": old.address_nl,
                "office_hours_fr": old.office_hours_fr, "office_hours_nl": old.office_hours_nl,
                "website": old.website, "accent_colour": old.accent_colour,
            })),
            Some(described(changed)),
        );
    entry = match by {
        Some(user) => entry.by(user),
        None => entry.label("socius coordination edit".into()),
    };
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

impl IdentityForm {
    /// The form with what the command line gives in place of what it held.
    pub fn with(mut self, args: crate::cli::IdentityArgs) -> IdentityForm {
        let fields = [
            (&mut self.name_fr, args.name_fr),
            (&mut self.name_nl, args.name_nl),
            (&mut self.own_name, args.own_name),
            (&mut self.nis_code, args.nis_code),
            (&mut self.email, args.email),
            (&mut self.phone, args.phone),
            (&mut self.address_fr, args.address_fr),
            (&mut self.address_nl, args.address_nl),
            (&mut self.office_hours_fr, args.office_hours_fr),
            (&mut self.office_hours_nl, args.office_hours_nl),
            (&mut self.website, args.website),
            (&mut self.accent_colour, args.accent_colour),
        ];
        for (field, given) in fields {
            if let Some(given) = given {
                *field = given;
            }
        }
        self
    }
}

/// The command line's `socius coordination …`: what it printed, or why it refused (each field's
/// message in English, as operators read the command's output).
pub async fn command(
    state: &AppState,
    command: crate::cli::CoordinationCommand,
) -> anyhow::Result<String> {
    use crate::cli::CoordinationCommand;
    let db = &state.db;
    let refused = |errors: FieldErrors| {
        anyhow::anyhow!(
            "refused: {}",
            errors
                .iter()
                .map(|(field, key)| format!(
                    "{field}: {}",
                    crate::platform::i18n::t(crate::domain::Lang::En, key)
                ))
                .collect::<Vec<_>>()
                .join("; ")
        )
    };
    match command {
        CoordinationCommand::List => Ok(tenancy::list(db)
            .await?
            .iter()
            .map(|c| {
                format!(
                    "{}\t{}\t{}\t{}\t{}",
                    c.slug, c.name_fr, c.name_nl, c.nis_code, c.email
                )
            })
            .collect::<Vec<_>>()
            .join("\n")),
        CoordinationCommand::Add { slug, identity } => {
            let form = IdentityForm {
                slug,
                ..IdentityForm::default()
            }
            .with(identity);
            let new = form.validate(db, true).await.map_err(refused)?;
            let id = add(db, &new, None).await?;
            Ok(format!(
                "coordination {} created (id {id})",
                new.slug.as_str()
            ))
        }
        CoordinationCommand::Edit { slug, identity } => {
            let before = tenancy::find_by_slug(db, &slug)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no coordination {slug}"))?;
            let changed = IdentityForm::of(&before)
                .with(identity)
                .validate(db, false)
                .await
                .map_err(refused)?;
            // Socius's own job, for the operator who runs the command.
            let tenant = Tenant::system(before.id);
            save(db, &tenant, &before, &changed, None).await?;
            Ok(format!("coordination {slug} saved"))
        }
        CoordinationCommand::Export { slug, output } => {
            let file = transfer::export(state, &slug).await?;
            let json = serde_json::to_string_pretty(&file)?;
            match output {
                None => Ok(json),
                Some(path) => {
                    std::fs::write(&path, json)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    Ok(format!("coordination {slug} written to {}", path.display()))
                }
            }
        }
        CoordinationCommand::Import { file } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let read = crate::platform::portable::read_file(&bytes)?;
            let imported = transfer::import(state, &read).await?;
            let rows: usize = imported.rows.values().sum();
            Ok(format!(
                "coordination {} imported: {rows} records; {} accounts created and invited to \
                 choose a password (those with a role), {} found here by their address",
                read.slug,
                imported.created.len(),
                imported.found
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "features/coordinations/list.html")]
struct ListPage {
    page: PageCtx,
    coordinations: Vec<Coordination>,
}

async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    render(&ListPage {
        page,
        coordinations: tenancy::list(&state.db).await?,
    })
}

#[derive(Template)]
#[template(path = "features/coordinations/form.html")]
struct FormPage {
    page: PageCtx,
    form: IdentityForm,
    errors: FieldErrors,
    /// Creating (the address can be chosen) or editing (it stays).
    creating: bool,
    municipalities: Vec<(String, String, String)>,
}

impl FormPage {
    fn action(&self) -> String {
        match self.creating {
            true => self.page.href("/admin/coordinations/new"),
            false => self.page.chref("/identity"),
        }
    }
}

async fn form_page(
    db: &Db,
    page: PageCtx,
    form: IdentityForm,
    errors: FieldErrors,
    creating: bool,
) -> Result<FormPage, AppError> {
    Ok(FormPage {
        page,
        form,
        errors,
        creating,
        municipalities: tenancy::municipalities(db).await?,
    })
}

/// The identity page again, with what was refused beside its field (the logo's upload).
async fn identity_refused(
    state: &AppState,
    here: CoordPage,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let form = IdentityForm::of(&here.coordination);
    render_invalid(&form_page(&state.db, here.page, form, errors, false).await?)
}

async fn new_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize_platform(Some(&user))?;
    let view = form_page(
        &state.db,
        page,
        IdentityForm::default(),
        FieldErrors::default(),
        true,
    );
    render(&view.await?)
}

#[tracing::instrument(skip_all)]
async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Form(form): Form<IdentityForm>,
) -> Result<Response, AppError> {
    policy::authorize_platform(Some(&user))?;
    let new = match form.validate(&state.db, true).await {
        Ok(new) => new,
        Err(errors) => {
            return render_invalid(&form_page(&state.db, page, form, errors, true).await?)
        }
    };
    add(&state.db, &new, Some(&user)).await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-coordination-created",
        &page.url_at(new.slug.as_str(), "/identity"),
    )
    .await
}

async fn edit_form(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let form = IdentityForm::of(&here.coordination);
    render(&form_page(&state.db, here.page, form, FieldErrors::default(), false).await?)
}

#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
async fn edit(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Form(mut form): Form<IdentityForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    // The address stays: links, calendars and feeds use it.
    form.slug = here.coordination.slug.clone();
    let changed = match form.validate(&state.db, false).await {
        Ok(changed) => changed,
        Err(errors) => {
            return render_invalid(&form_page(&state.db, here.page, form, errors, false).await?)
        }
    };
    save(
        &state.db,
        &tenant,
        &here.coordination,
        &changed,
        Some(&user),
    )
    .await?;
    here.done("flash-saved", "/identity").await
}

/// The coordination's colour as a style sheet its pages load after Socius's own (the content
/// security policy allows no inline style). The address carries the colour, so a change is a new
/// address and the old one may be cached.
async fn accent_css(
    crate::platform::tenancy::CoordPath(coordination): crate::platform::tenancy::CoordPath,
) -> Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    let Ok(colour) = AccentColour::parse(&coordination.accent_colour) else {
        return (axum::http::StatusCode::NOT_FOUND, "").into_response();
    };
    let css = format!(
        ":root {{ --brand: {}; --brand-dark: {}; }}\n",
        colour.css(),
        colour.darker().css()
    );
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        css,
    )
        .into_response()
}
