//! Signing in and out, password reset by email, and the person's own account: language, password and
//! personal API tokens.

pub mod demo;
pub mod second_factor;
pub mod store;

use crate::platform::mail::Block;
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use tower_sessions::Session;

use crate::domain::{Email, Lang, Password};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, ApiTokenRow, ClientIp, CurrentUser};
use crate::platform::i18n::t;
use crate::platform::mail::{self, Letter};
use crate::platform::tenancy;
use crate::platform::web::PageRouter;
use crate::platform::web::Word;
use crate::platform::web::{
    commit_audited, is_local_path, redirect_with_flash, render, render_invalid, safe_next,
    AppError, FieldErrors, FlashKind, PageCtx,
};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/login", get(login_form).post(login))
        .page(
            "/{lang}/login/code",
            get(second_factor::code_form).post(second_factor::sign_in_with_code),
        )
        .page("/{lang}/logout", post(logout))
        .page("/{lang}/password/forgot", get(forgot_form).post(forgot))
        .page(
            "/{lang}/password/reset/{token}",
            get(reset_form).post(reset),
        )
        .page("/{lang}/account", get(account))
        .page("/{lang}/account/language", post(change_language))
        .page("/{lang}/account/name", post(change_name))
        .page("/{lang}/account/password", post(change_password))
        .page("/{lang}/account/tokens", post(create_token))
        .page("/{lang}/account/tokens/{id}/revoke", post(revoke_token))
        .page(
            "/{lang}/account/second-factor",
            get(second_factor::enrol_form).post(second_factor::confirm),
        )
        .page(
            "/{lang}/account/second-factor/remove",
            post(second_factor::remove),
        )
        .page(
            "/{lang}/account/second-factor/recovery-codes",
            post(second_factor::renew_recovery_codes),
        )
}

#[derive(Debug, Default, Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "features/accounts/login.html")]
struct LoginPage {
    page: PageCtx,
    email: String,
    next: String,
    errors: FieldErrors,
}

/// Where a person lands after signing in: their coordination's member area when they have one.
fn landing(page: &PageCtx, user: Option<&CurrentUser>) -> String {
    match user.and_then(|u| u.coordinations().first().map(|g| g.slug.clone())) {
        Some(slug) => page.url_at(&slug, "/dashboard"),
        None => page.href("/"),
    }
}

#[tracing::instrument(skip_all)]
async fn login_form(
    State(state): State<AppState>,
    page: PageCtx,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    let next = query.next.unwrap_or_default();
    if page.user.is_some() {
        let fallback = landing(&page, page.user.as_ref());
        return Ok(safe_next(&next, fallback).into_response());
    }
    // Coming from a coordination's page: its header stays.
    let page = match tenancy::of_path(&state.db, &next).await {
        Some(coordination) => page.with_coordination(coordination.as_ref()),
        None => page,
    };
    Ok(render(&LoginPage {
        page,
        email: String::new(),
        next,
        errors: FieldErrors::default(),
    })?
    .into_response())
}

#[tracing::instrument(skip_all)]
async fn login(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let typed = form.email.trim().to_lowercase();
    crate::platform::ratelimit::check_login(&state.db, &typed, &ip.label()).await?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    if form.password.is_empty() {
        errors.add("password", "error-required");
    }
    let user = match (&email, errors.is_empty()) {
        (Some(email), true) => auth::authenticate(&state.db, email, &form.password).await?,
        _ => None,
    };
    let Some(user) = user else {
        if errors.is_empty() {
            crate::platform::ratelimit::login_failed(&state.db, &typed, &ip.label()).await?;
            errors.add("email", "error-login-failed");
            let target = match &email {
                Some(e) => auth::find_user_by_email(&state.db, e).await?.map(|u| u.id),
                None => None,
            };
            let mut entry = AuditEntry::new("login.failed")
                .label(typed.clone())
                .from_ip(&ip);
            if let Some(id) = target {
                entry = entry.on("user", id);
            }
            audit::record_now(&state.db, entry).await?;
        }
        return render_invalid(&LoginPage {
            page,
            email: form.email,
            next: form.next,
            errors,
        });
    };
    if second_factor::is_on(&state.db, user.id).await? {
        return second_factor::ask_for_code(&session, &page, &user, &form.next, false).await;
    }
    let account = auth::account(&state.db, &user).await?;
    if second_factor::required(&state.db, &account).await? {
        return second_factor::ask_for_code(&session, &page, &user, &form.next, true).await;
    }
    let to = sign_in(&state, &page, &session, &ip, &user, &form.next).await?;
    Ok(Redirect::to(&to).into_response())
}

/// A security event of `user`'s sign-in, from `ip`: the audit log names the account as it was.
async fn sign_in_event(
    db: &crate::platform::db::Db,
    event: &'static str,
    user: &auth::UserRow,
    ip: &ClientIp,
) -> Result<(), AppError> {
    audit::record_now(
        db,
        AuditEntry::new(event)
            .label(format!("{} <{}>", user.display_name, user.email))
            .on("user", user.id)
            .from_ip(ip),
    )
    .await?;
    Ok(())
}

/// Signs `user` in (the password, and the second factor when there is one, were right) and says
/// where they go on to: `next` when it is a page of Socius, else their coordination.
async fn sign_in(
    state: &AppState,
    page: &PageCtx,
    session: &Session,
    ip: &ClientIp,
    user: &auth::UserRow,
    next: &str,
) -> Result<String, AppError> {
    auth::start_session(session, user).await?;
    sign_in_event(&state.db, "login.succeeded", user, ip).await?;
    let lang = Lang::parse(&user.lang).unwrap_or(page.lang);
    let slug = store::first_coordination(&state.db, user.id).await?;
    Ok(match (is_local_path(next), slug) {
        (true, _) => next.to_string(),
        (false, Some(slug)) => format!("/{}/{}/dashboard", lang.code(), slug),
        (false, None) => format!("/{}/", lang.code()),
    })
}

#[tracing::instrument(skip_all)]
async fn logout(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
) -> Result<Response, AppError> {
    if let Some(user) = &page.user {
        audit::record_now(
            &state.db,
            AuditEntry::new("logout")
                .by(user)
                .on("user", user.id)
                .from_ip(&ip),
        )
        .await?;
    }
    auth::end_session(&session).await?;
    Ok(Redirect::to(&page.href("/")).into_response())
}

#[derive(Debug, Default, Deserialize)]
struct EmailForm {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "features/accounts/forgot.html")]
struct ForgotPage {
    page: PageCtx,
    email: String,
    errors: FieldErrors,
}

async fn forgot_form(page: PageCtx) -> Result<Html<String>, AppError> {
    render(&ForgotPage {
        page,
        email: String::new(),
        errors: FieldErrors::default(),
    })
}

/// Always answers the same way, so the form does not reveal which addresses have an account.
#[tracing::instrument(skip_all)]
async fn forgot(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
    Form(form): Form<EmailForm>,
) -> Result<Response, AppError> {
    crate::platform::ratelimit::check_public_form(&state.db, &ip.label()).await?;
    let mut errors = FieldErrors::default();
    let Some(email) = errors.check("email", Email::parse(&form.email)) else {
        return render_invalid(&ForgotPage {
            page,
            email: form.email,
            errors,
        });
    };
    if let Some(user) = auth::find_user_by_email(&state.db, &email)
        .await?
        .filter(|u| u.active)
    {
        let lang = Lang::parse(&user.lang).unwrap_or(page.lang);
        let mut tx = state.db.begin().await?;
        let token = auth::create_password_reset(&mut tx, user.id, auth::RESET_VALIDITY).await?;
        let link = format!(
            "{}/{}/password/reset/{}",
            state.config.base_url(),
            lang.code(),
            token
        );
        let letter = Letter {
            lang,
            subject: t(lang, "mail-reset-subject"),
            greeting_name: &user.display_name,
            paragraphs: Block::texts(vec![
                t(lang, "mail-reset-body"),
                t(lang, "mail-reset-expiry"),
                t(lang, "mail-reset-ignore"),
            ]),
            action: Some((t(lang, "mail-reset-action"), link)),
            signature: t(lang, "mail-signature"),
        };
        mail::enqueue(&mut tx, &letter.into_email(&user.email, None)?).await?;
        audit::record(
            &mut tx,
            AuditEntry::new("password.reset_requested")
                .label(user.email.clone())
                .on("user", user.id)
                .from_ip(&ip),
        )
        .await?;
        tx.commit().await?;
    }
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-reset-sent",
        &page.href("/login"),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
struct NewPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
    /// Where an invitation's link leads once the password is chosen (a page of Socius).
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "features/accounts/reset.html")]
struct ResetPage {
    page: PageCtx,
    token: String,
    next: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "features/accounts/reset_invalid.html")]
struct ResetInvalidPage {
    page: PageCtx,
}

async fn reset_form(
    State(state): State<AppState>,
    page: PageCtx,
    Path(Word { word: token }): Path<Word>,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    if auth::peek_password_reset(&state.db, &token)
        .await?
        .is_none()
    {
        return Ok((
            axum::http::StatusCode::GONE,
            render(&ResetInvalidPage { page })?,
        )
            .into_response());
    }
    Ok(render(&ResetPage {
        page,
        token,
        next: query.next.unwrap_or_default(),
        errors: FieldErrors::default(),
    })?
    .into_response())
}

/// Checks a new password and its confirmation (shared by reset and change).
fn parse_new_password(form: &NewPasswordForm, errors: &mut FieldErrors) -> Option<Password> {
    let password = errors.check("password", Password::parse(&form.password));
    if password.is_some() && form.password != form.confirm {
        errors.add("confirm", "error-password-mismatch");
        return None;
    }
    password
}

#[tracing::instrument(skip_all)]
async fn reset(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
    Path(Word { word: token }): Path<Word>,
    Form(form): Form<NewPasswordForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    let Some(password) = parse_new_password(&form, &mut errors) else {
        return render_invalid(&ResetPage {
            page,
            token,
            next: form.next,
            errors,
        });
    };
    let hash = auth::hash_password(&password).await?;
    let mut tx = state.db.begin().await?;
    let Some(reset) = auth::consume_password_reset(&mut tx, &token, &hash).await? else {
        return Ok((
            axum::http::StatusCode::GONE,
            render(&ResetInvalidPage { page })?,
        )
            .into_response());
    };
    let user_id = reset.user_id;
    if reset.evicted > 0 {
        if let Some(user) = auth::user_by_id(&state.db, user_id).await? {
            let lang = Lang::parse(&user.lang).unwrap_or(page.lang);
            let letter = Letter {
                lang,
                subject: t(lang, "mail-tokens-revoked-subject"),
                greeting_name: &user.display_name,
                paragraphs: Block::texts(vec![
                    crate::platform::i18n::t_count(
                        lang,
                        "mail-tokens-revoked-body",
                        reset.evicted as i64,
                        &[],
                    ),
                    t(lang, "mail-tokens-revoked-again"),
                ]),
                action: None,
                signature: t(lang, "mail-signature"),
            };
            mail::enqueue(&mut tx, &letter.into_email(&user.email, None)?).await?;
        }
    }
    audit::record(
        &mut tx,
        AuditEntry::new("password.reset")
            .label(format!("user #{user_id}"))
            .on("user", user_id)
            .from_ip(&ip)
            .change(
                None,
                Some(serde_json::json!({ "api_tokens_revoked": reset.evicted })),
            ),
    )
    .await?;
    tx.commit().await?;
    auth::end_session(&session).await?;
    // The link proved the address and the person just chose the password: they are signed in, as
    // the sign-in form would (the second factor still asked, or enrolled, when the account has or
    // needs one).
    let user = auth::user_by_id(&state.db, user_id)
        .await?
        .filter(|u| u.active);
    let Some(user) = user else {
        return redirect_with_flash(
            &session,
            FlashKind::Success,
            "flash-password-set",
            &page.href("/login"),
        )
        .await;
    };
    if second_factor::is_on(&state.db, user.id).await? {
        return second_factor::ask_for_code(&session, &page, &user, &form.next, false).await;
    }
    let account = auth::account(&state.db, &user).await?;
    if second_factor::required(&state.db, &account).await? {
        return second_factor::ask_for_code(&session, &page, &user, &form.next, true).await;
    }
    let to = sign_in(&state, &page, &session, &ip, &user, &form.next).await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-password-set-welcome",
        &to,
    )
    .await
}

#[derive(Template)]
#[template(path = "features/accounts/account.html")]
struct AccountPage {
    page: PageCtx,
    user: CurrentUser,
    tokens: Vec<ApiTokenRow>,
    new_token: Option<String>,
    token_name: String,
    /// With the second factor on, how many recovery codes are left.
    second_factor: Option<usize>,
    /// Whether the person's role requires a second factor (then it cannot be turned off).
    second_factor_required: bool,
    /// A code typed in one of the second factor's forms, given back with why it was refused.
    typed_code: String,
    /// The name as typed, when it comes back refused.
    display_name: String,
    errors: FieldErrors,
}

impl AccountPage {
    /// What a second factor form's code field holds: what was typed, when it was refused.
    fn typed(&self, field: &str) -> &str {
        match self.errors.has(field) {
            true => &self.typed_code,
            false => "",
        }
    }
}

async fn account_page(
    state: &AppState,
    page: PageCtx,
    user: CurrentUser,
    errors: FieldErrors,
) -> Result<AccountPage, AppError> {
    let tokens = auth::list_api_tokens(&state.db, user.id).await?;
    let second_factor = second_factor::status(&state.db, user.id).await?;
    let second_factor_required = second_factor::required(&state.db, &user).await?;
    Ok(AccountPage {
        page,
        display_name: user.display_name.clone(),
        user,
        tokens,
        new_token: None,
        token_name: String::new(),
        second_factor,
        second_factor_required,
        typed_code: String::new(),
        errors,
    })
}

async fn account(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    render(&account_page(&state, page, user, FieldErrors::default()).await?)
}

#[derive(Deserialize)]
struct LanguageForm {
    #[serde(default)]
    lang: String,
}

async fn change_language(
    State(state): State<AppState>,
    session: Session,
    user: CurrentUser,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let Ok(lang) = Lang::parse(&form.lang) else {
        // Only a crafted form sends another language: the account page says so.
        let back = format!("/{}/account", user.lang.code());
        return redirect_with_flash(&session, FlashKind::Error, "error-choice-invalid", &back)
            .await;
    };
    let mut tx = state.db.begin().await?;
    auth::set_user_lang(&mut tx, user.id, lang).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("user.language_changed")
            .by(&user)
            .on("user", user.id)
            .change(
                Some(serde_json::json!({ "lang": user.lang.code() })),
                Some(serde_json::json!({ "lang": lang.code() })),
            ),
    )
    .await?;
    tx.commit().await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-saved",
        &format!("/{}/account", lang.code()),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
struct NameForm {
    #[serde(default)]
    display_name: String,
}

/// The person corrects their name (GDPR art. 16): people with a role and the audit log name them
/// by it from now on.
#[tracing::instrument(skip_all, fields(user = user.id))]
async fn change_name(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Form(form): Form<NameForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    let typed = fields::required(&form.display_name, limits::NAME);
    let Some(name) = errors.check("display_name", typed) else {
        let mut view = account_page(&state, page, user, errors).await?;
        view.display_name = form.display_name;
        return render_invalid(&view);
    };
    let mut tx = state.db.begin().await?;
    auth::set_display_name(&mut tx, user.id, &name).await?;
    commit_audited(
        tx,
        AuditEntry::new("user.renamed")
            .by(&user)
            .on("user", user.id)
            .change(
                Some(serde_json::json!({ "name": user.display_name })),
                Some(serde_json::json!({ "name": name })),
            ),
        &session,
        "flash-saved",
        &page.href("/account"),
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
struct ChangePasswordForm {
    #[serde(default)]
    current: String,
    #[serde(flatten)]
    new: NewPasswordForm,
}

#[tracing::instrument(skip_all)]
async fn change_password(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
    user: CurrentUser,
    Form(form): Form<ChangePasswordForm>,
) -> Result<Response, AppError> {
    // Checking the current password is guessing a password like signing in: same limits.
    crate::platform::ratelimit::check_login(&state.db, &user.email, &ip.label()).await?;
    let mut errors = FieldErrors::default();
    let email = Email::parse(&user.email)
        .map_err(|_| AppError::Internal(anyhow::anyhow!("stored email unparsable")))?;
    if auth::authenticate(&state.db, &email, &form.current)
        .await?
        .is_none()
    {
        crate::platform::ratelimit::login_failed(&state.db, &user.email, &ip.label()).await?;
        errors.add("current", "error-password-wrong");
    }
    let password = parse_new_password(&form.new, &mut errors);
    let (Some(password), true) = (password, errors.is_empty()) else {
        return render_invalid(&account_page(&state, page, user, errors).await?);
    };
    let hash = auth::hash_password(&password).await?;
    let mut tx = state.db.begin().await?;
    auth::set_password_hash(&mut tx, user.id, &hash).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("password.changed")
            .by(&user)
            .on("user", user.id)
            .from_ip(&ip),
    )
    .await?;
    tx.commit().await?;
    // Every other session is now signed out; this one starts afresh.
    let row = auth::find_user_by_email(&state.db, &email)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    auth::start_session(&session, &row).await?;
    redirect_with_flash(
        &session,
        FlashKind::Success,
        "flash-password-changed",
        &page.href("/account"),
    )
    .await
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    name: String,
}

/// Shows the new token once, on this response only: it is stored hashed and cannot be shown again.
async fn create_token(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    let name = form.name.trim().to_string();
    let mut errors = FieldErrors::default();
    if name.is_empty() {
        errors.add("name", "error-required");
    } else if name.chars().count() > limits::NAME {
        errors.add("name", "error-too-long");
    }
    if !errors.is_empty() {
        let mut account = account_page(&state, page, user, errors).await?;
        account.token_name = form.name;
        return render_invalid(&account);
    }
    let mut tx = state.db.begin().await?;
    let token = auth::create_api_token(&mut tx, user.id, &name).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("api_token.created")
            .by(&user)
            .on("user", user.id)
            .change(None, Some(serde_json::json!({ "name": name }))),
    )
    .await?;
    tx.commit().await?;
    let mut account = account_page(&state, page, user, FieldErrors::default()).await?;
    account.new_token = Some(token);
    Ok(render(&account)?.into_response())
}

async fn revoke_token(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    if !auth::revoke_api_token(&mut tx, user.id, id).await? {
        return Err(AppError::NotFound);
    }
    commit_audited(
        tx,
        AuditEntry::new("api_token.revoked")
            .by(&user)
            .on("api_token", id),
        &session,
        "flash-token-revoked",
        &page.href("/account"),
    )
    .await
}
