//! Sign-in and password-reset links: made, looked up and used inside one write transaction
//! each; and password changes.

use chrono::Duration;
use diesel::prelude::*;

use super::throttle::SignInThrottle;
use crate::accounts::{self, Account};
use crate::crypto::password;
use crate::crypto::tokens::{hash_token, random_token, PASSWORD_RESET_PATH, SIGN_IN_LINK_PATH};
use crate::db::schema::{password_reset_tokens, sign_in_tokens};
use crate::db::{now, Db, DbConnection};
use crate::domain::Email;
use crate::error::{AppError, AppResult};
use crate::mail::{enqueue, mail_kinds, mailbox, Email as Mail, MailContext};
use crate::state::LinkEnv;

mail_kinds!(
    /// The e-mails of signing in.
    AuthMail {
        SignInLink, sign_in_link, "sign_in_link",
            "auth/mail/sign_in_link/subject.txt", "auth/mail/sign_in_link/body.txt", "auth/mail/sign_in_link/body.html";
        PasswordReset, password_reset, "password_reset",
            "auth/mail/password_reset/subject.txt", "auth/mail/password_reset/body.txt", "auth/mail/password_reset/body.html";
    }
);

/// How many sign-in links one account may be sent within [`LINK_WINDOW`].
const LINKS_PER_WINDOW: i64 = 5;
const LINK_WINDOW: Duration = Duration::minutes(15);

/// Queues a one-time sign-in link when the address has an account; does nothing otherwise
/// (the caller answers the same either way). `next` is the same-site path the link leads to
/// once used (the dashboard when `None`).
pub fn send_sign_in_link(
    conn: &mut DbConnection,
    env: &LinkEnv,
    email: &Email,
    valid_for: Duration,
    next: Option<&str>,
    lang: crate::i18n::Lang,
) -> AppResult<()> {
    let Some(account) = accounts::find_by_email(conn, email)? else { return Ok(()) };
    // at most LINKS_PER_WINDOW links per account per window, so nobody can flood an inbox by
    // asking again and again (the answer stays the same; the person uses a link already sent)
    let recent: i64 = sign_in_tokens::table
        .filter(sign_in_tokens::account_id.eq(account.id))
        .filter(sign_in_tokens::created_at.gt(now() - LINK_WINDOW))
        .count()
        .get_result(conn)?;
    if recent >= LINKS_PER_WINDOW {
        tracing::info!(account = account.id, "sign-in link not sent: too many asked for recently");
        return Ok(());
    }
    let token = random_token();
    diesel::insert_into(sign_in_tokens::table)
        .values((
            sign_in_tokens::account_id.eq(account.id),
            sign_in_tokens::token_hash.eq(hash_token(&token)),
            sign_in_tokens::expires_at.eq(now() + valid_for),
            sign_in_tokens::created_at.eq(now()),
        ))
        .execute(conn)?;
    let minutes = valid_for.num_minutes();
    let ctx = MailContext {
        lang,
        name: account.name.clone(),
        action_url: match next {
            Some(next) => env.url(&format!(
                "{SIGN_IN_LINK_PATH}{token}?next={}",
                url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            )),
            None => env.url(&format!("{SIGN_IN_LINK_PATH}{token}")),
        },
        note: lang.t1("mail-link-works-once", "minutes", minutes),
        ..Default::default()
    };
    let mail = Mail::render(&AuthMail::SignInLink, mailbox(&account.name, &account.email), &ctx, None)?;
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}

/// The account of a sign-in link that is neither used nor expired.
pub fn sign_in_link_account(conn: &mut DbConnection, token: &str) -> AppResult<Option<i64>> {
    Ok(sign_in_tokens::table
        .filter(sign_in_tokens::token_hash.eq(hash_token(token)))
        .filter(sign_in_tokens::used_at.is_null())
        .filter(sign_in_tokens::expires_at.gt(now()))
        .select(sign_in_tokens::account_id)
        .first(conn)
        .optional()?)
}

/// Uses a sign-in link up: the account it signs in, or `None` when it was used, expired or
/// unknown. Single use: only one request can flip `used_at`.
pub fn use_sign_in_link(conn: &mut DbConnection, token: &str) -> AppResult<Option<i64>> {
    let Some(account_id) = sign_in_link_account(conn, token)? else { return Ok(None) };
    let claimed = diesel::update(
        sign_in_tokens::table
            .filter(sign_in_tokens::token_hash.eq(hash_token(token)))
            .filter(sign_in_tokens::used_at.is_null()),
    )
    .set(sign_in_tokens::used_at.eq(Some(now())))
    .execute(conn)?;
    Ok((claimed == 1).then_some(account_id))
}

/// Queues a password-reset link when the address has an account; does nothing otherwise (the
/// caller answers the same either way). At most [`LINKS_PER_WINDOW`] per account per
/// [`LINK_WINDOW`], like sign-in links.
pub fn send_password_reset(
    conn: &mut DbConnection,
    env: &LinkEnv,
    email: &Email,
    valid_for: Duration,
    lang: crate::i18n::Lang,
) -> AppResult<()> {
    let Some(account) = accounts::find_by_email(conn, email)? else { return Ok(()) };
    let recent: i64 = password_reset_tokens::table
        .filter(password_reset_tokens::account_id.eq(account.id))
        .filter(password_reset_tokens::created_at.gt(now() - LINK_WINDOW))
        .count()
        .get_result(conn)?;
    if recent >= LINKS_PER_WINDOW {
        tracing::info!(account = account.id, "password-reset link not sent: too many asked for recently");
        return Ok(());
    }
    let token = random_token();
    diesel::insert_into(password_reset_tokens::table)
        .values((
            password_reset_tokens::account_id.eq(account.id),
            password_reset_tokens::token_hash.eq(hash_token(&token)),
            password_reset_tokens::expires_at.eq(now() + valid_for),
            password_reset_tokens::created_at.eq(now()),
        ))
        .execute(conn)?;
    let ctx = MailContext {
        lang,
        name: account.name.clone(),
        action_url: env.url(&format!("{PASSWORD_RESET_PATH}{token}")),
        note: lang.t1("mail-link-works-once", "minutes", valid_for.num_minutes()),
        ..Default::default()
    };
    let mail = Mail::render(&AuthMail::PasswordReset, mailbox(&account.name, &account.email), &ctx, None)?;
    enqueue(conn, &mail, &env.host)?;
    Ok(())
}

/// The account (id, e-mail) of a password-reset link that is neither used nor expired.
pub fn password_reset_account(conn: &mut DbConnection, token: &str) -> AppResult<Option<(i64, String)>> {
    use crate::db::schema::accounts as a;
    Ok(password_reset_tokens::table
        .inner_join(a::table)
        .filter(password_reset_tokens::token_hash.eq(hash_token(token)))
        .filter(password_reset_tokens::used_at.is_null())
        .filter(password_reset_tokens::expires_at.gt(now()))
        .select((a::id, a::email))
        .first(conn)
        .optional()?)
}

/// Uses a password-reset link up and sets the new password (already checked and hashed):
/// the account, or `None` when the link was used, expired or unknown. Single use; every other
/// open reset link of the account is used up with it, and every session ends.
pub fn reset_password(conn: &mut DbConnection, token: &str, password_hash: &str) -> AppResult<Option<i64>> {
    let Some((account_id, _)) = password_reset_account(conn, token)? else { return Ok(None) };
    let claimed = diesel::update(
        password_reset_tokens::table
            .filter(password_reset_tokens::token_hash.eq(hash_token(token)))
            .filter(password_reset_tokens::used_at.is_null()),
    )
    .set(password_reset_tokens::used_at.eq(Some(now())))
    .execute(conn)?;
    if claimed != 1 {
        return Ok(None);
    }
    diesel::update(
        password_reset_tokens::table
            .filter(password_reset_tokens::account_id.eq(account_id))
            .filter(password_reset_tokens::used_at.is_null()),
    )
    .set(password_reset_tokens::used_at.eq(Some(now())))
    .execute(conn)?;
    accounts::set_password(conn, account_id, password_hash)?;
    Ok(Some(account_id))
}

/// Why a password change was refused, or `Ok` once the new password is stored (every earlier
/// session and token of the account has ended; the caller issues a new one).
///
/// The current password must be given: a stolen session alone cannot lock the owner out. A
/// wrong one counts as a failed sign-in for the address ([`SignInThrottle`]), so a stolen
/// session cannot be used to guess it either. An account without a password (made by an
/// e-mail link) sets one through the reset link instead, which proves the address.
pub async fn change_password(
    db: &Db,
    throttle: &SignInThrottle,
    account: &Account,
    ip: Option<std::net::IpAddr>,
    current: String,
    new: String,
) -> AppResult<()> {
    throttle.check(&account.email, ip).map_err(AppError::RateLimited)?;
    let Some(hash) = account.password_hash.clone() else {
        return Err(AppError::invalid(
            "current_password",
            "this account has no password yet: ask for a password-reset link (\"Forgot your password?\") to set one",
        ));
    };
    if !password::verify(current.clone(), Some(hash)).await {
        throttle.failed(&account.email, ip);
        return Err(AppError::invalid("current_password", "the current password is wrong"));
    }
    throttle.succeeded(&account.email);
    if new == current {
        return Err(AppError::invalid("new_password", "the new password is the current one; choose another"));
    }
    password::check_strength("new_password", &new, &account.email)?;
    let new_hash = password::hash(new).await?;
    let id = account.id;
    db.write(move |conn| accounts::set_password(conn, id, &new_hash)).await
}
