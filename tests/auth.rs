//! Signing in: passwords, one-time links, sessions, CSRF, tampered tokens, first-run setup.

mod common;

use common::TestApp;

const PW: &str = "correct horse battery";

async fn wrong_password_is_refused(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    let r = app.post_form("/sign-in", &[("email", "ana@example.org"), ("password", "wrong password!")]).await;
    assert_eq!(r.status().as_u16(), 401);
    assert!(r.headers().get("set-cookie").map(|c| !c.to_str().unwrap().contains("cascade_session=e")).unwrap_or(true));
    let body = r.text().await.unwrap();
    assert!(body.contains("the e-mail address or the password is wrong"), "{body}");
    // unknown e-mail: the same answer
    let r = app.post_form("/sign-in", &[("email", "nobody@example.org"), ("password", "wrong password!")]).await;
    assert_eq!(r.status().as_u16(), 401);
    assert!(r.text().await.unwrap().contains("the e-mail address or the password is wrong"));
    // not signed in
    assert_eq!(app.get("/dashboard").await.status().as_u16(), 303);
    // right password works
    app.sign_in("ana@example.org", PW).await;
    let (status, html) = app.get_text("/dashboard").await;
    assert_eq!(status, 200);
    assert!(html.contains("Sign out (Ana)"));
}

async fn missing_or_wrong_csrf_is_refused(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    let _ = app.csrf().await; // the client has the cookie, but the form lacks the field
    let r = app.post_form_raw("/sign-in", &[("email", "ana@example.org"), ("password", PW)]).await;
    assert_eq!(r.status().as_u16(), 403);
    assert!(r.text().await.unwrap().contains("did not come from this site"));
    let r = app
        .post_form_raw(
            "/sign-in",
            &[
                ("email", "ana@example.org"),
                ("password", PW),
                ("csrf_token", "forged-token-forged-token-forged-token-xx"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 403);
    // a fresh client (no cookie) with a token from elsewhere
    let other = app.new_client();
    let token = app.csrf().await;
    let r = other
        .post(app.url("/sign-in"))
        .form(&[("email", "ana@example.org"), ("password", PW), ("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    // signed in, a state-changing form without the token changes nothing
    app.sign_in("ana@example.org", PW).await;
    let r = app.post_form_raw("/organisations", &[("name", "Sneaky"), ("country", "KR")]).await;
    assert_eq!(r.status().as_u16(), 403);
    let (_, html) = app.get_text("/organisations").await;
    assert!(!html.contains("Sneaky"));
}

async fn sign_in_link_is_single_use_and_expires(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    let r = app.post_form("/sign-in/link", &[("email", "Ana@Example.org")]).await;
    assert_eq!(r.status().as_u16(), 200);
    let known = r.text().await.unwrap();
    let r = app.post_form("/sign-in/link", &[("email", "nobody@example.org")]).await;
    let unknown = r.text().await.unwrap();
    // same answer (apart from the address echoed back and the CSRF token, masked afresh in
    // every response)
    assert_eq!(
        common::without_csrf_tokens(&known.replace("Ana@Example.org", "X").replace("ana@example.org", "X")),
        common::without_csrf_tokens(&unknown.replace("nobody@example.org", "X"))
    );
    assert!(app.mail_to("nobody@example.org").await.is_empty());
    let link = app.last_link_to("ana@example.org").await;
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    // GET only shows a button: scanners do not use up the link
    assert_eq!(app.get(&path).await.status().as_u16(), 200);
    let r = app.post_form(&path, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.get("/dashboard").await.status().as_u16(), 200);
    // used: refused, with an offer of a new link
    let r = app.post_form(&path, &[]).await;
    assert_eq!(r.status().as_u16(), 410);
    assert!(r.text().await.unwrap().contains("Ask for a new link"));
    // expired: a token whose time has passed
    app.post_form("/sign-in/link", &[("email", "ana@example.org")]).await;
    let link = app.last_link_to("ana@example.org").await;
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::sign_in_tokens;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        diesel::update(sign_in_tokens::table.filter(sign_in_tokens::used_at.is_null()))
            .set(sign_in_tokens::expires_at.eq(cascade::db::now() - chrono::Duration::minutes(1)))
            .execute(&mut conn)
            .unwrap();
    })
    .await
    .unwrap();
    assert_eq!(app.get(&path).await.status().as_u16(), 410);
    assert_eq!(app.post_form(&path, &[]).await.status().as_u16(), 410);
    // a made-up token
    assert_eq!(app.get("/sign-in/link/not-a-real-token").await.status().as_u16(), 410);
}

async fn tampered_and_expired_tokens_are_refused(app: TestApp) {
    let id = app.create_account("ana@example.org", "Ana", PW, false).await;
    let token = app.api_token("ana@example.org", PW).await;
    let (status, _) = app.api(reqwest::Method::GET, "/api/v1/trainings", &token, None).await;
    assert_eq!(status, 200);
    // flip one character of the signature
    let mut tampered = token.clone();
    let last = tampered.pop().unwrap();
    tampered.push(if last == 'A' { 'B' } else { 'A' });
    let (status, body) = app.api(reqwest::Method::GET, "/api/v1/trainings", &tampered, None).await;
    assert_eq!(status, 401);
    assert_eq!(body["code"], "unauthorized");
    // a token signed with another secret, and an expired one with the right secret
    let other = cascade::crypto::jwt::JwtKeys::new("another-secret-another-secret-another", &app.base);
    let (forged, _) = other.issue(id, cascade::crypto::jwt::AUDIENCE_API, chrono::Duration::minutes(5)).unwrap();
    assert_eq!(app.api(reqwest::Method::GET, "/api/v1/trainings", &forged, None).await.0, 401);
    let (expired, _) =
        app.state.jwt.issue(id, cascade::crypto::jwt::AUDIENCE_API, chrono::Duration::minutes(-10)).unwrap();
    assert_eq!(app.api(reqwest::Method::GET, "/api/v1/trainings", &expired, None).await.0, 401);
    // a browser-session token is not an API token
    let (web, _) = app.state.jwt.issue(id, cascade::crypto::jwt::AUDIENCE_WEB, chrono::Duration::minutes(5)).unwrap();
    assert_eq!(app.api(reqwest::Method::GET, "/api/v1/trainings", &web, None).await.0, 401);
    // a tampered session cookie sends the browser to sign in
    let client = app.new_client();
    let r =
        client.get(app.url("/dashboard")).header("cookie", format!("cascade_session={tampered}")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], "/sign-in");
    // no token at all
    let r = app.client.get(app.url("/api/v1/trainings")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
}

/// When `account_id` last signed out (sessions_revoked_at), in milliseconds.
async fn revoked_ms(app: &TestApp, account_id: i64) -> Option<i64> {
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::accounts;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        let at: Option<chrono::NaiveDateTime> =
            accounts::table.find(account_id).select(accounts::sessions_revoked_at).first(&mut conn).unwrap();
        at.map(|t| t.and_utc().timestamp_millis())
    })
    .await
    .unwrap()
}

/// A sign-out refuses every session that began at or before it (`auth_ms <= sessions_revoked_at`,
/// in milliseconds), and a later sign-in works.
async fn sign_out_ends_the_session(app: TestApp) {
    use cascade::crypto::jwt::AUDIENCE_WEB;
    let account_id = app.create_account("ana@example.org", "Ana", PW, false).await;
    app.sign_in("ana@example.org", PW).await;
    let (_, html) = app.get_text("/dashboard").await;
    assert!(html.contains("Sign out"));
    // a session that began before the sign-out, to replay after it
    let (session, _) = app.state.jwt.issue(account_id, AUDIENCE_WEB, chrono::Duration::hours(1)).unwrap();
    let r = app.post_form("/sign-out", &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.get("/dashboard").await.status().as_u16(), 303);
    // the session was issued before the sign-out request was sent, so at or before its
    // millisecond (equal is refused too): no waiting needed
    let revoked = revoked_ms(&app, account_id).await.expect("the sign-out is recorded");
    let began = app.state.jwt.verify(&session, AUDIENCE_WEB).unwrap().auth_ms;
    assert!(began <= revoked, "session began at {began}, sign-out at {revoked}");
    let replay = app.new_client();
    let r =
        replay.get(app.url("/dashboard")).header("cookie", format!("cascade_session={session}")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303, "a session from before the sign-out still works");
    // signing in again works: a session that begins in a later millisecond than the sign-out
    // (one in the same millisecond is refused, by design)
    common::wait_until(
        "the clock has passed the sign-out's millisecond",
        std::time::Duration::from_secs(1),
        || async { chrono::Utc::now().timestamp_millis() > revoked },
    )
    .await;
    app.sign_in("ana@example.org", PW).await;
    assert_eq!(app.get("/dashboard").await.status().as_u16(), 200);
}

async fn setup_page_needs_the_logged_token_and_closes(app: TestApp) {
    let url = app.state.setup_url().expect("setup open while no account exists");
    let path = url.strip_prefix(&app.base).unwrap().to_string();
    assert_eq!(app.get("/setup?token=wrong").await.status().as_u16(), 403);
    assert_eq!(app.get(&path).await.status().as_u16(), 200);
    let token = path.split("token=").nth(1).unwrap().to_string();
    // bad input changes nothing
    let r = app
        .post_form(
            "/setup",
            &[("token", &token), ("name", "Root"), ("email", "root@example.org"), ("password", "short")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("at least 10 characters"));
    let r = app
        .post_form("/setup", &[("token", "wrong"), ("name", "Root"), ("email", "root@example.org"), ("password", PW)])
        .await;
    assert_eq!(r.status().as_u16(), 403);
    let r = app
        .post_form("/setup", &[("token", &token), ("name", "Root"), ("email", "root@example.org"), ("password", PW)])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (status, html) = app.get_text("/dashboard").await;
    assert_eq!(status, 200);
    assert!(html.contains("All trainings"), "the first account is an administrator");
    // closed now
    assert_eq!(app.get(&path).await.status().as_u16(), 404);
}

/// After signing in, only same-site paths are followed: a TAB or newline that a browser would
/// strip (leaving `//evil.example`) or a header would refuse sends to the dashboard instead,
/// never off-site and never a 500.
async fn sign_in_never_redirects_off_site(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    for (next, expected) in [
        ("/trainer", "/trainer"),
        ("/\t/evil.example", "/dashboard"),
        ("/\r\nSet-Cookie: x=1", "/dashboard"),
        ("//evil.example", "/dashboard"),
        ("https://evil.example", "/dashboard"),
        ("/\\evil.example", "/dashboard"),
    ] {
        let r = app.post_form("/sign-in", &[("email", "ana@example.org"), ("password", PW), ("next", next)]).await;
        assert_eq!(r.status().as_u16(), 303, "{next:?}");
        assert_eq!(r.headers()["location"].to_str().unwrap(), expected, "{next:?}");
    }
}

/// Asking for sign-in links again and again does not flood the inbox: five per 15 minutes,
/// and the page answers the same every time.
async fn sign_in_links_are_limited(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    for _ in 0..8 {
        let r = app.post_form("/sign-in/link", &[("email", "ana@example.org")]).await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("a sign-in link is on its way"));
    }
    app.drain_outbox().await;
    assert_eq!(app.mail_to("ana@example.org").await.len(), 5);
}

/// The Authorization scheme is case-insensitive (RFC 9110): `bearer` works like `Bearer`.
async fn bearer_scheme_in_any_case(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    let token = app.api_token("ana@example.org", PW).await;
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let r = app
            .new_client()
            .get(app.url("/api/v1/trainings"))
            .header("authorization", format!("{scheme} {token}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{scheme}");
    }
    let r = app
        .new_client()
        .get(app.url("/api/v1/trainings"))
        .header("authorization", format!("Basic {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
}

on_both_backends!(
    bearer_scheme_in_any_case,
    sign_in_links_are_limited,
    sign_in_never_redirects_off_site,
    wrong_password_is_refused,
    missing_or_wrong_csrf_is_refused,
    sign_in_link_is_single_use_and_expires,
    tampered_and_expired_tokens_are_refused,
    sign_out_ends_the_session,
    setup_page_needs_the_logged_token_and_closes,
);
