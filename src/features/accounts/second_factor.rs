//! A second factor for every account: a TOTP code (RFC 6238, computed by `totp-rs`) from an
//! authenticator app, turned on from *My account* with a QR code drawn here and confirmed with a
//! first code, plus ten single-use recovery codes shown once and stored hashed. With it, signing in
//! asks for a code on a page of its own after the password: the session is not signed in before.
//! A code is taken once (the last time step used is kept), one step of clock drift either way is
//! accepted, and wrong codes are counted per account like passwords.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use serde::{Deserialize, Serialize};
use totp_rs::{Builder, Secret, Totp};
use tower_sessions::Session;

use super::store::{self, SecondFactor};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{self, ClientIp, CurrentUser, UserRow};
use crate::platform::db::Db;
use crate::platform::ratelimit;
use crate::platform::web::fields::limits;
use crate::platform::web::{
    commit_audited, render, render_invalid, AppError, FieldErrors, Form, PageCtx,
};
use crate::platform::AppState;

/// The name authenticator apps show beside the account.
const ISSUER: &str = "Socius";
const RECOVERY_CODES: usize = 10;
/// Recovery codes are written from letters and digits nobody confuses (no 0/o, 1/l/i).
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
/// How long the code page waits for the code after the password.
const PENDING_MINUTES: i64 = 10;
const PENDING_KEY: &str = "second_factor_pending";

/// A sign-in whose password was right and whose code is awaited.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    uid: i64,
    epoch: i64,
    next: String,
    since: DateTime<Utc>,
}

fn totp(factor: &SecondFactor, account: &str) -> Result<Totp, AppError> {
    let secret = Secret::try_from_base32(&factor.secret).map_err(AppError::internal)?;
    Builder::new()
        .with_secret(secret)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(AppError::internal)
}

/// What was used to pass the second factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Used {
    Code,
    RecoveryCode,
}

/// Takes what a person typed as their second factor, once: a current code from their app (spaces
/// allowed) or one of their unused recovery codes (dash and case as they like).
async fn accept(
    db: &Db,
    user: (i64, &str),
    factor: &SecondFactor,
    typed: &str,
) -> Result<Option<Used>, AppError> {
    let (user_id, email) = user;
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_lowercase();
    let mut tx = db.begin().await?;
    let used = if code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()) {
        let now = Utc::now().timestamp().max(0) as u64;
        match totp(factor, email)?.check(&code, now) {
            Some(step) => store::use_step(&mut tx, user_id, step as i64)
                .await?
                .then_some(Used::Code),
            None => None,
        }
    } else if factor.confirmed_at.is_some() {
        store::use_recovery_code(&mut tx, user_id, &auth::hash_token(&code))
            .await?
            .then_some(Used::RecoveryCode)
    } else {
        None
    };
    tx.commit().await?;
    Ok(used)
}

/// The person's second factor when it is on (`confirmed`), or when it waits for its first code.
async fn in_state(
    db: &Db,
    user_id: i64,
    confirmed: bool,
) -> Result<Option<SecondFactor>, AppError> {
    Ok(store::second_factor(db, user_id)
        .await?
        .filter(|f| f.confirmed_at.is_some() == confirmed))
}

/// Whether signing in as `user_id` asks for a code.
pub async fn is_on(db: &Db, user_id: i64) -> Result<bool, AppError> {
    Ok(in_state(db, user_id, true).await?.is_some())
}

/// After the right password of an account with a second factor: the session remembers whose
/// code is awaited (under a fresh id) and the person is sent to the code page.
pub async fn ask_for_code(
    session: &Session,
    page: &PageCtx,
    user: &UserRow,
    next: &str,
) -> Result<Response, AppError> {
    session.cycle_id().await?;
    session
        .insert(
            PENDING_KEY,
            Pending {
                uid: user.id,
                epoch: user.session_epoch,
                next: next.to_string(),
                since: Utc::now(),
            },
        )
        .await?;
    Ok(Redirect::to(&page.href("/login/code")).into_response())
}

/// The account whose code is awaited, while the wait is recent and its password unchanged.
async fn pending(db: &Db, session: &Session) -> Result<Option<(Pending, UserRow)>, AppError> {
    let Some(pending) = session.get::<Pending>(PENDING_KEY).await? else {
        return Ok(None);
    };
    let recent = Utc::now() - pending.since < Duration::minutes(PENDING_MINUTES);
    let user = match recent {
        true => auth::user_by_id(db, pending.uid).await?,
        false => None,
    };
    match user {
        Some(user) if user.active && user.session_epoch == pending.epoch => {
            Ok(Some((pending, user)))
        }
        _ => {
            session.remove::<Pending>(PENDING_KEY).await?;
            Ok(None)
        }
    }
}

#[derive(Template)]
#[template(path = "features/accounts/code.html")]
struct CodePage {
    page: PageCtx,
    errors: FieldErrors,
}

pub async fn code_form(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
) -> Result<Response, AppError> {
    if pending(&state.db, &session).await?.is_none() {
        return Ok(Redirect::to(&page.href("/login")).into_response());
    }
    Ok(render(&CodePage {
        page,
        errors: FieldErrors::default(),
    })?
    .into_response())
}

/// The code page again, with why the code was not taken beside its field.
fn refused_code(page: PageCtx, key: &'static str) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    errors.add("code", key);
    render_invalid(&CodePage { page, errors })
}

#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// The code after the password: right, the person is signed in; wrong, it is said beside the
/// field and counted against the account.
#[tracing::instrument(skip_all)]
pub async fn sign_in_with_code(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    ip: ClientIp,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some((pending, user)) = pending(&state.db, &session).await? else {
        return Ok(Redirect::to(&page.href("/login")).into_response());
    };
    let account = format!("second-factor:{}", user.id);
    if ratelimit::check_login(&state.db, &account, &ip.label())
        .await
        .is_err()
    {
        return refused_code(page, "error-code-too-many");
    }
    let factor = store::second_factor(&state.db, user.id).await?;
    let used = match &factor {
        Some(factor) => accept(&state.db, (user.id, &user.email), factor, &form.code).await?,
        None => None,
    };
    let Some(used) = used else {
        ratelimit::login_failed(&state.db, &account, &ip.label()).await?;
        super::sign_in_event(&state.db, "login.code_failed", &user, &ip).await?;
        return refused_code(page, "error-code-wrong");
    };
    session.remove::<Pending>(PENDING_KEY).await?;
    if used == Used::RecoveryCode {
        super::sign_in_event(&state.db, "login.recovery_code_used", &user, &ip).await?;
    }
    super::signed_in(&state, &page, &session, &ip, &user, &pending.next).await
}

#[derive(Template)]
#[template(path = "features/accounts/second_factor.html")]
struct EnrolPage {
    page: PageCtx,
    /// The secret as people type it into their app: groups of four.
    secret: String,
    /// The otpauth:// address as a PNG QR code, base64.
    qr: String,
    code: String,
    errors: FieldErrors,
}

impl EnrolPage {
    async fn of(
        page: PageCtx,
        user: &CurrentUser,
        factor: &SecondFactor,
        code: String,
        errors: FieldErrors,
    ) -> Result<EnrolPage, AppError> {
        let totp = totp(factor, &user.email)?;
        // Drawing the QR code is CPU work: off the async executor.
        let qr = tokio::task::spawn_blocking(move || totp.to_qr_base64())
            .await
            .map_err(AppError::internal)?
            .map_err(AppError::internal)?;
        let secret = factor
            .secret
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        Ok(EnrolPage {
            page,
            secret,
            qr,
            code,
            errors,
        })
    }
}

/// The enrolment page: a new secret (or the one waiting for its first code) as a QR code and as
/// text. An account whose second factor is on is sent back to its page.
pub async fn enrol_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let factor = match store::second_factor(&state.db, user.id).await? {
        Some(factor) if factor.confirmed_at.is_some() => {
            return Ok(Redirect::to(&page.href("/account")).into_response());
        }
        Some(waiting) => waiting,
        None => {
            let mut bytes = [0u8; 20];
            rand::thread_rng().fill(&mut bytes);
            let secret = Secret::from(bytes.to_vec()).to_base32();
            let mut tx = state.db.begin().await?;
            store::start_second_factor(&mut tx, user.id, &secret).await?;
            tx.commit().await?;
            store::second_factor(&state.db, user.id)
                .await?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("second factor not stored")))?
        }
    };
    let view = EnrolPage::of(page, &user, &factor, String::new(), FieldErrors::default()).await?;
    Ok(render(&view)?.into_response())
}

#[derive(Template)]
#[template(path = "features/accounts/recovery_codes.html")]
struct RecoveryCodesPage {
    page: PageCtx,
    codes: Vec<String>,
}

fn recovery_code() -> String {
    let mut rng = rand::thread_rng();
    let letters: String = (0..10)
        .map(|_| RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &letters[..5], &letters[5..])
}

/// The first code confirms the secret: the second factor is on, and the recovery codes are shown,
/// this once.
#[tracing::instrument(skip_all, fields(user = user.id))]
pub async fn confirm(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some(factor) = in_state(&state.db, user.id, false).await? else {
        return Ok(Redirect::to(&page.href("/account/second-factor")).into_response());
    };
    if accept(&state.db, (user.id, &user.email), &factor, &form.code)
        .await?
        .is_none()
    {
        let mut errors = FieldErrors::default();
        errors.add("code", "error-code-wrong");
        let view = EnrolPage::of(page, &user, &factor, form.code, errors).await?;
        return render_invalid(&view);
    }
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| auth::hash_token(&c.replace('-', "")))
        .collect();
    let mut tx = state.db.begin().await?;
    store::set_recovery_codes(&mut tx, user.id, &hashes).await?;
    audit::record(
        &mut tx,
        AuditEntry::new("login.second_factor_enabled")
            .by(&user)
            .on("user", user.id),
    )
    .await?;
    tx.commit().await?;
    Ok(render(&RecoveryCodesPage { page, codes })?.into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    second_factor_code: String,
}

/// Turning the second factor off asks for a code (or a recovery code): a session left open is
/// not enough to weaken the account.
#[tracing::instrument(skip_all, fields(user = user.id))]
pub async fn remove(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    Form(form): Form<RemoveForm>,
) -> Result<Response, AppError> {
    let Some(factor) = in_state(&state.db, user.id, true).await? else {
        return Ok(Redirect::to(&page.href("/account")).into_response());
    };
    let typed = form.second_factor_code.trim();
    let used = match typed.chars().count() {
        n if n > limits::CODE => None,
        _ => accept(&state.db, (user.id, &user.email), &factor, typed).await?,
    };
    if used.is_none() {
        let mut errors = FieldErrors::default();
        errors.add("second_factor_code", "error-code-wrong");
        let view = super::account_page(&state, page, user, errors).await?;
        return render_invalid(&view);
    }
    let mut tx = state.db.begin().await?;
    store::remove_second_factor(&mut tx, user.id).await?;
    commit_audited(
        tx,
        AuditEntry::new("login.second_factor_removed")
            .by(&user)
            .on("user", user.id),
        &session,
        "flash-second-factor-removed",
        &page.href("/account"),
    )
    .await
}

/// What *My account* says of the second factor: on, and how many recovery codes are left.
pub async fn status(db: &Db, user_id: i64) -> Result<Option<usize>, AppError> {
    Ok(match is_on(db, user_id).await? {
        true => Some(store::unused_recovery_codes(db, user_id).await?.max(0) as usize),
        false => None,
    })
}
