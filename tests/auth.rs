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

/// Issue 11, item 1: the captured mailbox never gives away someone else's account. Local
/// (development, listening on and asked from 127.0.0.1) it opens without signing in, but the
/// sign-in link of another account is hidden, from an administrator too; only the recipient,
/// signed in, sees it. A request a proxy forwarded is not local.
async fn mailbox_hides_other_accounts_links(app: TestApp) {
    app.create_account("lead@example.org", "Lead", PW, false).await;
    app.create_account("admin@example.org", "Admin", PW, true).await;
    let r = app.post_form("/sign-in/link", &[("email", "lead@example.org")]).await;
    assert_eq!(r.status().as_u16(), 200);
    let link = app.last_link_to("lead@example.org").await;
    let token = link.rsplit('/').next().unwrap().to_string();
    assert!(link.contains("/sign-in/link/") && token.len() >= 43, "{link}");
    let (st, list) = app.get_text("/mailbox").await;
    assert_eq!(st, 200, "the local mailbox opens without signing in");
    let id = common::extract(&list, "href=\"/mailbox/", "\"").unwrap();
    let path = format!("/mailbox/{id}");
    let (st, page) = app.get_text(&path).await;
    assert_eq!(st, 200);
    assert!(page.contains("Sign in") || page.contains("sign in"), "{page}");
    assert!(!page.contains(&token), "an anonymous visitor read the lead's sign-in link");
    assert!(page.contains("only the recipient sees this link"), "{page}");
    let admin = common::Person::new(&app);
    admin.sign_in("admin@example.org", PW).await;
    let (st, page) = admin.get(&path).await;
    assert_eq!(st, 200);
    assert!(!page.contains(&token), "an administrator read the lead's sign-in link");
    let lead = common::Person::new(&app);
    lead.sign_in("lead@example.org", PW).await;
    let (st, page) = lead.get(&path).await;
    assert_eq!(st, 200);
    assert!(page.contains(&token), "the recipient sees their own link");
    // forwarded by a proxy on this machine: not local, so not open without signing in
    for header in ["x-forwarded-for", "forwarded", "x-real-ip"] {
        let r = app.new_client().get(app.url("/mailbox")).header(header, "203.0.113.9").send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "{header}");
    }
    // the link still works for its owner: it was only hidden, not used
    let r = common::Person::new(&app);
    let path = link.strip_prefix(&app.base).unwrap();
    let used = r.submit(path, path, &[]).await;
    assert_eq!(used.status().as_u16(), 303);
}

/// Issue 11, item 1: a server listening on every interface (as `docker run` did, in the
/// default development environment) does not open the mailbox to whoever reaches it, not even
/// over loopback; administrators still read it.
async fn mailbox_is_closed_when_listening_beyond_loopback(app: TestApp) {
    let backend = app.backend;
    drop(app);
    let Some(app) = TestApp::spawn_bound(backend, "0.0.0.0:0", |_| {}).await else { return };
    app.create_account("admin@example.org", "Admin", PW, true).await;
    app.create_account("lead@example.org", "Lead", PW, false).await;
    app.post_form("/sign-in/link", &[("email", "lead@example.org")]).await;
    app.drain_outbox().await;
    let (st, body) = app.get_text("/mailbox").await;
    assert_eq!(st, 403, "{body}");
    assert_eq!(app.get("/mailbox/1").await.status().as_u16(), 403);
    let (_, home) = app.get_text("/").await;
    assert!(!home.contains("href=\"/mailbox\""), "no mailbox link for anonymous visitors");
    let lead = common::Person::new(&app);
    lead.sign_in("lead@example.org", PW).await;
    assert_eq!(lead.get("/mailbox").await.0, 403, "not for other accounts");
    let admin = common::Person::new(&app);
    admin.sign_in("admin@example.org", PW).await;
    let (st, list) = admin.get("/mailbox").await;
    assert_eq!(st, 200);
    assert!(list.contains("lead@example.org"));
}

async fn token_request(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.new_client()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

fn retry_after(r: &reqwest::Response) -> u64 {
    r.headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("a Retry-After header in {:?}", r.headers()))
}

/// Issue 11, item 4: wrong passwords are throttled per address and per client IP. Past the
/// free failures the address must wait (429 + Retry-After, the right password too, on the page
/// and the API); another address from the same IP is not affected until the IP's own, higher,
/// limit is reached. (Growth, cap and decay of the delays: `auth::throttle` unit tests.)
async fn password_guessing_is_throttled(app: TestApp) {
    let backend = app.backend;
    drop(app);
    // delays long enough that no test step outruns them
    let Some(app) = TestApp::spawn_with(backend, |s| {
        s.auth.sign_in_free_failures_per_account = 5;
        s.auth.sign_in_free_failures_per_ip = 8;
        s.auth.sign_in_first_delay_secs = 600;
        s.auth.sign_in_max_delay_secs = 3600;
        s.auth.sign_in_max_delay_secs_per_ip = 3600;
    })
    .await
    else {
        return;
    };
    app.create_account("ana@example.org", "Ana", PW, false).await;
    app.create_account("bob@example.org", "Bob", PW, false).await;
    for n in 1..=6 {
        let r = app.post_form("/sign-in", &[("email", "ana@example.org"), ("password", "wrong password!")]).await;
        assert_eq!(r.status().as_u16(), 401, "wrong password {n}");
    }
    // the address is closed now: the right password waits too, on the page …
    let r = app.post_form("/sign-in", &[("email", "Ana@example.org"), ("password", PW)]).await;
    assert_eq!(r.status().as_u16(), 429);
    let wait = retry_after(&r);
    assert!((1..=600).contains(&wait), "{wait}");
    let page = r.text().await.unwrap();
    assert!(page.contains("too many wrong passwords"), "{page}");
    assert!(!page.contains("Sign out"), "not signed in");
    // … and on the API
    let r = token_request(&app, "ana@example.org", PW).await;
    assert_eq!(r.status().as_u16(), 429);
    assert!((1..=600).contains(&retry_after(&r)));
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["code"], "rate_limited", "{body}");
    // another address from the same client still signs in (per address, not per server)
    assert_eq!(token_request(&app, "bob@example.org", PW).await.status().as_u16(), 200);
    // the client's own limit: 6 failures so far, 8 free; spread over other addresses
    assert_eq!(token_request(&app, "carol@example.org", "guess one").await.status().as_u16(), 401);
    assert_eq!(token_request(&app, "dave@example.org", "guess two").await.status().as_u16(), 401);
    assert_eq!(token_request(&app, "erin@example.org", "guess three").await.status().as_u16(), 401);
    // now this client is closed for every address, also with a right password
    let r = token_request(&app, "bob@example.org", PW).await;
    assert_eq!(r.status().as_u16(), 429);
    assert!(retry_after(&r) >= 1);
    let r = app.post_form("/sign-in", &[("email", "bob@example.org"), ("password", PW)]).await;
    assert_eq!(r.status().as_u16(), 429);
}

/// Issue 11, item 6: a signed-in person changes their password only by giving the current
/// one; the new one is checked (length, common passwords, the account's own e-mail); every
/// other session and token ends. Refused input changes nothing.
async fn password_change_needs_the_current_password(app: TestApp) {
    app.create_account("ana.lima@example.org", "Ana", PW, false).await;
    let other_browser = common::Person::new(&app);
    other_browser.sign_in("ana.lima@example.org", PW).await;
    let old_token = app.api_token("ana.lima@example.org", PW).await;
    let ana = common::Person::new(&app);
    ana.sign_in("ana.lima@example.org", PW).await;
    let (st, page) = ana.get("/account/password").await;
    assert_eq!(st, 200);
    assert!(page.contains("Current password"), "{page}");
    let new_pw = "a brand new passphrase";
    for (current, new, field_words) in [
        ("wrong password!", new_pw, "current password is wrong"),
        (PW, "password1234", "most common"),
        (PW, "qwertyuiop!!", "most common"),
        (PW, "ana.lima rules 99", "e-mail"),
        (PW, "short", "at least 10"),
        (PW, PW, "the current one"),
    ] {
        let r = ana
            .submit("/account/password", "/account/password", &[("current_password", current), ("new_password", new)])
            .await;
        assert_eq!(r.status().as_u16(), 422, "{new}");
        let body = r.text().await.unwrap();
        assert!(body.contains(field_words), "{new}: {body}");
    }
    // nothing changed: the old password still works, the other browser is still signed in
    assert_eq!(token_request(&app, "ana.lima@example.org", PW).await.status().as_u16(), 200);
    assert_eq!(other_browser.get("/dashboard").await.0, 200);
    let r = ana
        .submit("/account/password", "/account/password", &[("current_password", PW), ("new_password", new_pw)])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("Your password was changed"));
    // this browser stays signed in; the other one and the old API token are out
    assert_eq!(ana.get("/dashboard").await.0, 200);
    assert_eq!(other_browser.get("/dashboard").await.0, 303);
    let (st, _) = app.api(reqwest::Method::GET, "/api/v1/trainings", &old_token, None).await;
    assert_eq!(st, 401);
    assert_eq!(token_request(&app, "ana.lima@example.org", PW).await.status().as_u16(), 401);
    // the API: the current password again, a new token back
    let token = app.api_token("ana.lima@example.org", new_pw).await;
    let (st, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/auth/password",
            &token,
            Some(serde_json::json!({"current_password": "not it at all", "new_password": "yet another passphrase"})),
        )
        .await;
    assert_eq!(st, 422, "{body}");
    assert_eq!(body["field"], "current_password");
    let (st, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/auth/password",
            &token,
            Some(serde_json::json!({"current_password": new_pw, "new_password": "iloveyou123"})),
        )
        .await;
    assert_eq!((st, body["field"].as_str()), (422, Some("new_password")), "{body}");
    let (st, body) = app
        .api(
            reqwest::Method::POST,
            "/api/v1/auth/password",
            &token,
            Some(serde_json::json!({"current_password": new_pw, "new_password": "yet another passphrase"})),
        )
        .await;
    assert_eq!(st, 200, "{body}");
    let fresh = body["token"].as_str().unwrap();
    assert_eq!(app.api(reqwest::Method::GET, "/api/v1/trainings", fresh, None).await.0, 200);
    assert_eq!(app.api(reqwest::Method::GET, "/api/v1/trainings", &token, None).await.0, 401);
    app.api_token("ana.lima@example.org", "yet another passphrase").await;
}

/// Issue 11, item 6: a forgotten password is reset through a one-time link sent by e-mail
/// (through the outbox). Asking answers the same whether or not the address has an account;
/// the link is single use, expires, and a refused password leaves it usable.
async fn password_reset_by_email_link(app: TestApp) {
    app.create_account("ana@example.org", "Ana", PW, false).await;
    let before = common::Person::new(&app);
    before.sign_in("ana@example.org", PW).await;
    let r = app.post_form("/password/forgot", &[("email", "ana@example.org")]).await;
    assert_eq!(r.status().as_u16(), 200);
    let known = r.text().await.unwrap();
    let r = app.post_form("/password/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!(r.status().as_u16(), 200);
    let unknown = r.text().await.unwrap();
    assert!(known.contains("is on its way"), "{known}");
    assert_eq!(
        common::without_csrf_tokens(&known.replace("ana@example.org", "X")),
        common::without_csrf_tokens(&unknown.replace("nobody@example.org", "X")),
        "the same answer (CSRF tokens are masked afresh per response)"
    );
    let api = |email: &'static str| {
        app.new_client().post(app.url("/api/v1/auth/password-reset")).json(&serde_json::json!({"email": email})).send()
    };
    let (a, b) = (api("ana@example.org").await.unwrap(), api("nobody@example.org").await.unwrap());
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (202, 202));
    let (a, b) = (a.text().await.unwrap(), b.text().await.unwrap());
    assert_eq!(a.replace("ana@example.org", "X"), b.replace("nobody@example.org", "X"));
    assert_eq!(api("not an address").await.unwrap().status().as_u16(), 422);
    assert!(app.mail_to("nobody@example.org").await.is_empty());
    let mails = app.mail_to("ana@example.org").await;
    assert_eq!(mails.len(), 2);
    assert!(mails[0].subject.contains("Reset your Cascade password"));
    let link = mails[1].first_link();
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    assert!(path.starts_with("/password/reset/"), "{path}");
    // GET shows the form and changes nothing
    let ana = common::Person::new(&app);
    let (st, page) = ana.get(&path).await;
    assert_eq!(st, 200);
    assert!(page.contains("New password"));
    // a refused password: nothing changes, the link still works
    for weak in ["short", "sunshine2024", "ana@example.org!"] {
        let r = ana.submit(&path, &path, &[("password", weak)]).await;
        assert_eq!(r.status().as_u16(), 422, "{weak}");
    }
    assert_eq!(token_request(&app, "ana@example.org", PW).await.status().as_u16(), 200);
    let r = ana.submit(&path, &path, &[("password", "my new long passphrase")]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(ana.get("/dashboard").await.0, 200, "signed in by the reset");
    assert_eq!(before.get("/dashboard").await.0, 303, "earlier sessions ended");
    assert_eq!(token_request(&app, "ana@example.org", PW).await.status().as_u16(), 401);
    app.api_token("ana@example.org", "my new long passphrase").await;
    // single use, and the other link sent before is used up with it
    let again = common::Person::new(&app);
    assert_eq!(again.get(&path).await.0, 410);
    assert_eq!(again.submit("/sign-in", &path, &[("password", "another new passphrase")]).await.status().as_u16(), 410);
    let first = mails[0].first_link();
    assert_eq!(again.get(first.strip_prefix(&app.base).unwrap()).await.0, 410);
    // expired links are refused
    app.post_form("/password/forgot", &[("email", "ana@example.org")]).await;
    let link = app.mail_to("ana@example.org").await.pop().unwrap().first_link();
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::password_reset_tokens as t;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        diesel::update(t::table.filter(t::used_at.is_null()))
            .set(t::expires_at.eq(cascade::db::now() - chrono::Duration::minutes(1)))
            .execute(&mut conn)
            .unwrap();
    })
    .await
    .unwrap();
    assert_eq!(again.get(&path).await.0, 410);
    assert_eq!(again.submit("/sign-in", &path, &[("password", "another new passphrase")]).await.status().as_u16(), 410);
    app.api_token("ana@example.org", "my new long passphrase").await;
    // the mailbox hides the reset link from anyone but Ana
    let (_, list) =
        app.new_client().get(app.url("/mailbox")).send().await.unwrap().text().await.map(|t| (0, t)).unwrap();
    let id = common::extract(&list, "href=\"/mailbox/", "\"").unwrap();
    let page = app.new_client().get(app.url(&format!("/mailbox/{id}"))).send().await.unwrap().text().await.unwrap();
    let token = path.rsplit('/').next().unwrap();
    assert!(page.contains("/password/reset/") && !page.contains(token), "{page}");
}

on_both_backends!(
    password_change_needs_the_current_password,
    password_reset_by_email_link,
    password_guessing_is_throttled,
    mailbox_hides_other_accounts_links,
    mailbox_is_closed_when_listening_beyond_loopback,
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
