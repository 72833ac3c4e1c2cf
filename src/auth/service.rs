//! Sign-in links: made, looked up and used inside one write transaction each.

use chrono::Duration;
use diesel::prelude::*;

use crate::accounts;
use crate::crypto::tokens::{hash_token, random_token, SIGN_IN_LINK_PATH};
use crate::db::schema::sign_in_tokens;
use crate::db::{now, DbConnection};
use crate::domain::Email;
use crate::error::AppResult;
use crate::mail::{enqueue, mail_kinds, mailbox, Email as Mail, MailContext};
use crate::state::LinkEnv;

mail_kinds!(
    /// The e-mails of signing in.
    AuthMail {
        SignInLink, sign_in_link, "sign_in_link",
            "auth/mail/sign_in_link/subject.txt", "auth/mail/sign_in_link/body.txt", "auth/mail/sign_in_link/body.html";
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
        name: account.name.clone(),
        action_url: match next {
            Some(next) => env.url(&format!(
                "{SIGN_IN_LINK_PATH}{token}?next={}",
                url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
            )),
            None => env.url(&format!("{SIGN_IN_LINK_PATH}{token}")),
        },
        note: format!("It works once, for {minutes} minutes."),
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
