//! A second factor for every account: a TOTP code (RFC 6238, computed by `totp-rs`) from an
//! authenticator app, turned on from *My account* with a QR code drawn here and confirmed with a
//! first code, plus ten single-use recovery codes shown once and stored hashed. With it, signing in
//! asks for a code on a page of its own after the password: the session is not signed in before.
//! A code is taken once (the last time step used is kept), one step of clock drift either way is
//! accepted, and wrong codes are counted per account like passwords.
//!
//! Coordinators (unless their coordination turns it off) and platform staff (unless the instance
//! does) must have one: after the password, whoever has none is shown the enrolment on the code
//! page, still not signed in, and signed in once their first code confirms it.

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
use crate::platform::policy::Role;
use crate::platform::ratelimit;
use crate::platform::settings::{self, PlatformSetting, Setting};
use crate::platform::web::fields::limits;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    Form, PageCtx,
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

/// A sign-in whose password was right and whose code is awaited: from the person's app, or, when
/// they must have a second factor and have none yet (`enrol`), the first code of a new one.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    uid: i64,
    epoch: i64,
    next: String,
    since: DateTime<Utc>,
    #[serde(default)]
    enrol: bool,
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

/// Whether `user` must sign in with a second factor: platform admins and regional staff while the
/// instance asks it of them, coordinators of a coordination that asks it of its coordinators.
pub async fn required(db: &Db, user: &CurrentUser) -> Result<bool, AppError> {
    if (user.is_platform_admin || user.is_regional_staff)
        && PlatformSetting::StaffNeedSecondFactor.flag(db).await?
    {
        return Ok(true);
    }
    for grant in user.roles.iter().filter(|g| g.role == Role::Coordinator) {
        if settings::flag(db, grant, Setting::CoordinatorsNeedSecondFactor).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// After the right password of an account with a second factor, or of one that must have one
/// (`enrol`): the session remembers whose code is awaited (under a fresh id) and the person is
/// sent to the code page.
pub async fn ask_for_code(
    session: &Session,
    page: &PageCtx,
    user: &UserRow,
    next: &str,
    enrol: bool,
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
                enrol,
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
    let Some((pending, user)) = pending(&state.db, &session).await? else {
        return Ok(Redirect::to(&page.href("/login")).into_response());
    };
    if pending.enrol {
        let login = page.href("/login");
        return Ok(
            match enrolment(&state.db, page, (user.id, &user.email), &login).await? {
                Ok(view) => render(&view.at_sign_in())?.into_response(),
                Err(elsewhere) => elsewhere,
            },
        );
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
    // The factor the code must come from: the confirmed one, or the new one being set up.
    let factor = in_state(&state.db, user.id, !pending.enrol).await?;
    let used = match &factor {
        Some(factor) => accept(&state.db, (user.id, &user.email), factor, &form.code).await?,
        None => None,
    };
    let Some(used) = used else {
        ratelimit::login_failed(&state.db, &account, &ip.label()).await?;
        super::sign_in_event(&state.db, "login.code_failed", &user, &ip).await?;
        return match (pending.enrol, factor) {
            (true, Some(factor)) => {
                let mut errors = FieldErrors::default();
                errors.add("code", "error-code-wrong");
                let view = EnrolPage::of(page, &user.email, &factor, form.code, errors).await?;
                render_invalid(&view.at_sign_in())
            }
            _ => refused_code(page, "error-code-wrong"),
        };
    };
    session.remove::<Pending>(PENDING_KEY).await?;
    if used == Used::RecoveryCode {
        super::sign_in_event(&state.db, "login.recovery_code_used", &user, &ip).await?;
    }
    if !pending.enrol {
        let to = super::sign_in(&state, &page, &session, &ip, &user, &pending.next).await?;
        return Ok(Redirect::to(&to).into_response());
    }
    let entry = AuditEntry::new("login.second_factor_enabled")
        .label(format!("{} <{}>", user.display_name, user.email))
        .on("user", user.id);
    let next = super::sign_in(&state, &page, &session, &ip, &user, &pending.next).await?;
    show_new_codes(&state.db, page, user.id, entry, Some(next)).await
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
    /// Shown after the password to someone who must have a second factor: not signed in yet.
    at_sign_in: bool,
}

impl EnrolPage {
    async fn of(
        page: PageCtx,
        email: &str,
        factor: &SecondFactor,
        code: String,
        errors: FieldErrors,
    ) -> Result<EnrolPage, AppError> {
        let totp = totp(factor, email)?;
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
            at_sign_in: false,
        })
    }

    fn at_sign_in(self) -> EnrolPage {
        EnrolPage {
            at_sign_in: true,
            ..self
        }
    }

    /// Where the first code is sent: the code page during a sign-in, else the account's.
    fn action(&self) -> String {
        match self.at_sign_in {
            true => self.page.href("/login/code"),
            false => self.page.href("/account/second-factor"),
        }
    }
}

/// The secret waiting for its first code, a new one when none waits; `None` when the second
/// factor is on already.
async fn waiting_factor(db: &Db, user_id: i64) -> Result<Option<SecondFactor>, AppError> {
    match store::second_factor(db, user_id).await? {
        Some(factor) if factor.confirmed_at.is_some() => return Ok(None),
        Some(waiting) => return Ok(Some(waiting)),
        None => {}
    }
    let mut bytes = [0u8; 20];
    rand::thread_rng().fill(&mut bytes);
    let secret = Secret::from(bytes.to_vec()).to_base32();
    let mut tx = db.begin().await?;
    store::start_second_factor(&mut tx, user_id, &secret).await?;
    tx.commit().await?;
    Ok(store::second_factor(db, user_id).await?)
}

/// The enrolment page: a new secret (or the one waiting for its first code) as a QR code and as
/// text. An account whose second factor is on is sent back to its page.
pub async fn enrol_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> Result<Response, AppError> {
    let account = page.href("/account");
    Ok(
        match enrolment(&state.db, page, (user.id, &user.email), &account).await? {
            Ok(view) => render(&view)?.into_response(),
            Err(elsewhere) => elsewhere,
        },
    )
}

/// The enrolment page for the secret waiting for its first code (a new one when none waits); a
/// redirect to `elsewhere` when the second factor is on already.
async fn enrolment(
    db: &Db,
    page: PageCtx,
    (user_id, email): (i64, &str),
    elsewhere: &str,
) -> Result<Result<EnrolPage, Response>, AppError> {
    let Some(factor) = waiting_factor(db, user_id).await? else {
        return Ok(Err(Redirect::to(elsewhere).into_response()));
    };
    let view = EnrolPage::of(page, email, &factor, String::new(), FieldErrors::default());
    Ok(Ok(view.await?))
}

#[derive(Template)]
#[template(path = "features/accounts/recovery_codes.html")]
struct RecoveryCodesPage {
    page: PageCtx,
    codes: Vec<String>,
    /// What just happened: the second factor turned on, or new codes replacing the old.
    notice: &'static str,
    /// Where the person goes on to after a sign-in; `None`: back to their account.
    next: Option<String>,
}

fn recovery_code() -> String {
    let mut rng = rand::thread_rng();
    let letters: String = (0..10)
        .map(|_| RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &letters[..5], &letters[5..])
}

/// Ten new recovery codes, as shown once and as stored (hashed, without their dash).
pub(super) fn fresh_recovery_codes() -> (Vec<String>, Vec<String>) {
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
    let hashes = codes
        .iter()
        .map(|c| auth::hash_token(&c.replace('-', "")))
        .collect();
    (codes, hashes)
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
        let view = EnrolPage::of(page, &user.email, &factor, form.code, errors).await?;
        return render_invalid(&view);
    }
    let entry = AuditEntry::new("login.second_factor_enabled")
        .by(&user)
        .on("user", user.id);
    show_new_codes(&state.db, page, user.id, entry, None).await
}

/// Ten new recovery codes replace the person's others (none, when the second factor was just
/// confirmed), with `entry` saying why in the audit log; they are shown this once, then the person
/// goes on to `next` (a sign-in's destination) or back to their account.
async fn show_new_codes(
    db: &Db,
    page: PageCtx,
    user_id: i64,
    entry: AuditEntry<'_>,
    next: Option<String>,
) -> Result<Response, AppError> {
    let notice = match entry.event {
        "login.second_factor_enabled" => "second-factor-enabled",
        _ => "second-factor-codes-renewed",
    };
    let (codes, hashes) = fresh_recovery_codes();
    let mut tx = db.begin().await?;
    store::set_recovery_codes(&mut tx, user_id, &hashes).await?;
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(render(&RecoveryCodesPage {
        page,
        codes,
        notice,
        next,
    })?
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    second_factor_code: String,
}

/// A code asked again of a signed-in person before a change to their second factor (a session
/// left open is not enough), counted against the account like the sign-in's. `Err` holds the
/// account page with why beside `field`, the typed code kept.
async fn code_again(
    state: &AppState,
    page: PageCtx,
    user: CurrentUser,
    ip: &ClientIp,
    (field, typed): (&'static str, &str),
) -> Result<Result<(PageCtx, CurrentUser), Response>, AppError> {
    let refused = |page, user, key| async move {
        let mut errors = FieldErrors::default();
        errors.add(field, key);
        let mut view = super::account_page(state, page, user, errors).await?;
        view.typed_code = typed.to_string();
        Ok::<_, AppError>(Err(render_invalid(&view)?))
    };
    let Some(factor) = in_state(&state.db, user.id, true).await? else {
        return Ok(Err(Redirect::to(&page.href("/account")).into_response()));
    };
    let account = format!("second-factor:{}", user.id);
    if ratelimit::check_login(&state.db, &account, &ip.label())
        .await
        .is_err()
    {
        return refused(page, user, "error-code-too-many").await;
    }
    let code = typed.trim();
    let used = match code.chars().count() {
        n if n > limits::CODE => None,
        _ => accept(&state.db, (user.id, &user.email), &factor, code).await?,
    };
    if used.is_none() {
        ratelimit::login_failed(&state.db, &account, &ip.label()).await?;
        return refused(page, user, "error-code-wrong").await;
    }
    Ok(Ok((page, user)))
}

/// Turning the second factor off asks for a code (or a recovery code), and is refused to whom
/// their role requires one.
#[tracing::instrument(skip_all, fields(user = user.id))]
pub async fn remove(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    ip: ClientIp,
    Form(form): Form<RemoveForm>,
) -> Result<Response, AppError> {
    if required(&state.db, &user).await? {
        // The page offers no way to turn it off then: only a crafted request gets here.
        return redirect_with_flash(
            &session,
            FlashKind::Error,
            "error-second-factor-required",
            &page.href("/account"),
        )
        .await;
    }
    let typed = ("second_factor_code", form.second_factor_code.as_str());
    let (page, user) = match code_again(&state, page, user, &ip, typed).await? {
        Ok(checked) => checked,
        Err(refused) => return Ok(refused),
    };
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

#[derive(Debug, Default, Deserialize)]
pub struct RenewForm {
    #[serde(default)]
    renew_code: String,
}

/// New recovery codes, for whoever used or lost theirs: a code first, then ten new codes shown
/// once; the old ones stop working.
#[tracing::instrument(skip_all, fields(user = user.id))]
pub async fn renew_recovery_codes(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    ip: ClientIp,
    Form(form): Form<RenewForm>,
) -> Result<Response, AppError> {
    let typed = ("renew_code", form.renew_code.as_str());
    let (page, user) = match code_again(&state, page, user, &ip, typed).await? {
        Ok(checked) => checked,
        Err(refused) => return Ok(refused),
    };
    let entry = AuditEntry::new("login.recovery_codes_renewed")
        .by(&user)
        .on("user", user.id);
    show_new_codes(&state.db, page, user.id, entry, None).await
}

/// What *My account* says of the second factor: on, and how many recovery codes are left.
pub async fn status(db: &Db, user_id: i64) -> Result<Option<usize>, AppError> {
    Ok(match is_on(db, user_id).await? {
        true => Some(store::unused_recovery_codes(db, user_id).await?.max(0) as usize),
        false => None,
    })
}
