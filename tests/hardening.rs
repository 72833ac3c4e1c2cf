//! What a hostile audit found (issue 11) and that must stay closed: security headers on every
//! response, CSRF tokens masked per response, no remote images from organisers' Markdown, bad
//! input answered with a clear error (never a 500), faults that health and logs report, and
//! secrets kept out of logs and away from other users of the machine.

mod common;

use common::{extract, Backend, TestApp};

// ---------------------------------------------------------------------------------------------
// Security headers (issue 11, item 9)

fn header<'a>(r: &'a reqwest::Response, name: &str) -> &'a str {
    r.headers().get(name).map(|v| v.to_str().unwrap()).unwrap_or_else(|| panic!("no {name} on {}", r.url()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let slug = {
        app.load_demo().await;
        "tot-digital-corruption-reporting-2023"
    };
    let paths = [
        "/".to_string(),
        "/sign-in".into(),
        format!("/t/{slug}"),
        format!("/t/{slug}/register"),
        "/static/app.css?v=8".into(),
        "/static/app.js?v=3".into(),
        "/static/favicon.svg?v=1".into(),
        "/favicon.ico".into(),
        format!("/t/{slug}/privacy"),
        "/healthz".into(),
        "/no/such/page".into(),
        "/api/openapi.json".into(),
        format!("/api/v1/public/trainings/{slug}"),
        "/api/v1/trainings".into(),
        "/api/v1/no-such-endpoint".into(),
        "/p/1.not-a-key".into(),
    ];
    for path in &paths {
        for gzip in [false, true] {
            let mut req = app.client.get(app.url(path));
            if gzip {
                req = req.header("accept-encoding", "gzip");
            }
            let r = req.send().await.unwrap();
            let csp = header(&r, "content-security-policy");
            for directive in [
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "frame-ancestors 'none'",
                "base-uri 'none'",
                "form-action 'self'",
            ] {
                assert!(csp.split(';').any(|d| d.trim() == directive), "{path}: {directive} missing from {csp}");
            }
            assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{path}: {csp}");
            assert_eq!(header(&r, "x-content-type-options"), "nosniff", "{path}");
            assert_eq!(header(&r, "referrer-policy"), "no-referrer", "{path}");
            assert_eq!(header(&r, "x-frame-options"), "DENY", "{path}");
            assert!(r.headers().get("strict-transport-security").is_none(), "{path}: HSTS over http");
        }
    }
    // a POST answered with an error (CSRF) carries them too
    let r = app.post_form_raw("/sign-in", &[("email", "a@example.org"), ("password", "x")]).await;
    assert_eq!(r.status().as_u16(), 403);
    assert!(r.headers().contains_key("content-security-policy"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn https_public_url_sends_hsts() {
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.server.public_url = "https://cascade.example.org".into())
        .await
        .expect("app");
    for path in ["/", "/healthz", "/api/v1/trainings", "/nowhere"] {
        let r = app.get(path).await;
        let hsts = header(&r, "strict-transport-security");
        assert!(hsts.starts_with("max-age=31536000"), "{path}: {hsts}");
    }
}

/// No template holds what a strict CSP blocks: inline script, `<style>`, `style=`, `on…=`
/// handlers, `javascript:` addresses. (E-mail bodies are exempt: mail clients need inline
/// styles and apply no CSP; the mailbox shows their text part only.)
#[test]
fn no_template_has_inline_script_or_style() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n == "mail") {
                    continue;
                }
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "html") {
                let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
                let mut problems = Vec::new();
                for (i, _) in text.match_indices("<script") {
                    let tag_end = text[i..].find('>').map(|e| i + e).unwrap_or(text.len());
                    if !text[i..tag_end].contains(" src=") {
                        problems.push("inline <script>".to_string());
                    }
                }
                if text.contains("<style") {
                    problems.push("<style>".into());
                }
                if text.contains(" style=") {
                    problems.push("style= attribute".into());
                }
                if text.contains("javascript:") {
                    problems.push("javascript: address".into());
                }
                let bytes = text.as_bytes();
                for (i, _) in text.match_indices(" on") {
                    let name: String =
                        text[i + 1..].chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>();
                    if name.len() > 2 && bytes.get(i + 1 + name.len()) == Some(&b'=') {
                        problems.push(format!("{name}= handler"));
                    }
                }
                for p in problems {
                    found.push(format!("{}: {p}", path.display()));
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("frontend/templates"), &mut found);
    assert!(found.is_empty(), "blocked by the Content-Security-Policy:\n{}", found.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csrf_tokens_are_masked_per_response() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let token_of = |html: &str| extract(html, "name=\"csrf_token\" value=\"", "\"").expect("a token in the form");
    let r = app.get("/sign-in").await;
    let cookie = r.cookies().find(|c| c.name() == "cascade_csrf").expect("the CSRF cookie").value().to_string();
    let first = token_of(&r.text().await.unwrap());
    let second_page = app.get("/sign-in").await.text().await.unwrap();
    let second = token_of(&second_page);
    assert_ne!(first, second, "the same CSRF token in two responses (BREACH can read it byte by byte)");
    assert!(!second_page.contains(&cookie), "the cookie's secret appears in the page as it is");
    // a wrong password is answered by the form (CSRF passed); a CSRF failure is a 403
    let attempt = |token: String| {
        let app = &app;
        async move {
            app.post_form_raw(
                "/sign-in",
                &[("email", "ana@example.org"), ("password", "wrong"), ("csrf_token", &token)],
            )
            .await
            .status()
            .as_u16()
        }
    };
    for token in [&first, &second] {
        assert_ne!(attempt(token.clone()).await, 403, "a masked token was refused");
    }
    // a token made for another browser's cookie is refused, and so are garbage and cut tokens
    let other = app.new_client();
    let foreign = token_of(&other.get(app.url("/sign-in")).send().await.unwrap().text().await.unwrap());
    let cut = first[..first.len() - 1].to_string();
    for bad in [foreign, String::new(), "x".into(), cut, "not base64 at all!!".into(), cookie.clone()] {
        assert_eq!(attempt(bad.clone()).await, 403, "token {bad:?} accepted");
    }
}

#[test]
fn markdown_loads_no_remote_images() {
    let html = cascade::public::markdown(
        "Intro ![tracking pixel](https://tracker.example/p.gif?who=1)\n\n\
         ![](https://tracker.example/noalt.gif)\n\n\
         [![inside a link](https://tracker.example/in-link.gif)](https://example.org/)\n\n\
         <img src=\"https://tracker.example/raw.gif\" alt=\"raw\">\n\n\
         <p><img src=https://tracker.example/raw2.gif></p>",
    );
    assert!(!html.contains("<img"), "an image is still loaded: {html}");
    // the organiser's image stays reachable as a link named by its alt text (or its address)
    assert!(html.contains("href=\"https://tracker.example/p.gif?who=1\""), "{html}");
    assert!(html.contains(">tracking pixel</a>"), "{html}");
    assert!(html.contains(">https://tracker.example/noalt.gif</a>"), "{html}");
    assert!(html.contains("inside a link"), "{html}");
    assert!(!html.contains("in-link.gif"), "a link inside a link: {html}");
    assert_eq!(html.matches("<a ").count(), html.matches("</a>").count(), "{html}");
}

// ---------------------------------------------------------------------------------------------
// Bad input that got a 500 or silence (issue 11, item 10)

use reqwest::Method;
use serde_json::{json, Value};

const PW: &str = "correct horse battery";

/// A lead organiser's token, their organisation and a published training with one session.
async fn published_training(app: &TestApp) -> (String, i64, i64, String) {
    app.create_account("lead@example.org", "Lead", PW, false).await;
    let lead = app.api_token("lead@example.org", PW).await;
    let (s, org) =
        app.api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "ACRC", "country": "KR"}))).await;
    assert_eq!(s, 201, "{org}");
    let org = org["id"].as_i64().unwrap();
    let (s, t) = app
        .api(
            Method::POST,
            "/api/v1/trainings",
            &lead,
            Some(json!({"title": "Hardening", "timezone": "Asia/Seoul", "organisation_id": org, "capacity": 10})),
        )
        .await;
    assert_eq!(s, 201, "{t}");
    let (training, slug) = (t["id"].as_i64().unwrap(), t["slug"].as_str().unwrap().to_string());
    let next_year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().unwrap() + 1;
    let (s, body) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{training}/sessions"),
            &lead,
            Some(json!({"title": "Day 1", "starts_at": format!("{next_year}-02-14T16:00"), "ends_at": format!("{next_year}-02-14T18:00")})),
        )
        .await;
    assert_eq!(s, 201, "{body}");
    let (s, body) = app
        .api(Method::POST, &format!("/api/v1/trainings/{training}/status"), &lead, Some(json!({"status": "published"})))
        .await;
    assert_eq!(s, 200, "{body}");
    (lead, org, training, slug)
}

async fn count(app: &TestApp, table: &'static str) -> i64 {
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct N {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = state.db.get().unwrap();
        diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}")).get_result::<N>(&mut conn).unwrap().n
    })
    .await
    .unwrap()
}

async fn session_dates_out_of_range_are_refused(app: TestApp) {
    let (lead, _, training, _) = published_training(&app).await;
    let before = count(&app, "training_sessions").await;
    for (starts, ends) in [
        ("+10000-01-01T10:00", "+10000-01-01T12:00"),
        ("10000-01-01T10:00", "10000-01-01T12:00"),
        ("-4714-11-24T10:00", "-4714-11-24T12:00"),
        ("-4800-01-01T10:00", "-4800-01-01T12:00"),
        ("1899-12-31T10:00", "1899-12-31T12:00"),
        ("2023-02-14T10:00", "+10000-01-01T12:00"),
        // 23:30 on the last day of 9999 in Seoul is still 9999 in UTC; in Honolulu it is not
        ("0000-01-01T10:00", "0000-01-01T12:00"),
    ] {
        let (s, body) = app
            .api(
                Method::POST,
                &format!("/api/v1/trainings/{training}/sessions"),
                &lead,
                Some(json!({"title": "Far away", "starts_at": starts, "ends_at": ends})),
            )
            .await;
        assert_eq!(s, 422, "{starts} – {ends}: {body}");
        assert_eq!(body["code"], "invalid", "{body}");
        assert!(["starts_at", "ends_at"].contains(&body["field"].as_str().unwrap()), "{body}");
    }
    // the bounds themselves are fine
    let (s, body) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{training}/sessions"),
            &lead,
            Some(json!({"title": "Far but real", "starts_at": "9999-12-30T10:00", "ends_at": "9999-12-30T12:00"})),
        )
        .await;
    assert_eq!(s, 201, "{body}");
    assert_eq!(count(&app, "training_sessions").await, before + 1, "a refused session was stored");
    // the training's page and feeds still render
    assert_eq!(app.get(&format!("/api/v1/trainings/{training}")).await.status().as_u16(), 401);
    let (s, _) = app.api(Method::GET, &format!("/api/v1/trainings/{training}"), &lead, None).await;
    assert_eq!(s, 200);
    // a downstream training's dates are bounded the same way
    let (s, body) = app
        .api(
            Method::POST,
            "/api/v1/downstream-trainings",
            &lead,
            Some(json!({"certificate_code": "7K3M-Q9PX-2HDW", "title": "x", "starts_on": "+10000-05-06", "mode": "online",
                "country": "MN", "language": "mn", "hours": 3, "participants_total": 1,
                "participants_by_sex": {"female": 1}})),
        )
        .await;
    assert!(s == 422 || s == 404, "{s} {body}");
    assert_ne!(s, 500);
}

async fn addresses_the_mailer_refuses_are_refused(app: TestApp) {
    let (lead, org, training, slug) = published_training(&app).await;
    let before = count(&app, "registrations").await;
    let path = format!("/t/{slug}/register");
    for bad in [
        "a..b@example.org",
        "a@-x.org",
        "a@x-.org",
        ".a@example.org",
        "a.@example.org",
        "\"a b\"@example.org",
        "\"ab\"@example.org",
        "a\\b@example.org",
    ] {
        let r = app
            .post_form(
                &path,
                &[
                    ("email", bad),
                    ("full_name", "Ana"),
                    ("organisation", "Office"),
                    ("country", "XK"),
                    ("consent", "yes"),
                ],
            )
            .await;
        let status = r.status().as_u16();
        let html = r.text().await.unwrap();
        assert_eq!(status, 422, "{bad}: {html}");
        assert!(html.contains("error-summary"), "{bad}: no error shown");
        // and the organisers' API says the same
        let (s, body) = app
            .api(
                Method::POST,
                &format!("/api/v1/trainings/{training}/organisers"),
                &lead,
                Some(json!({"email": bad, "role": "co_organiser", "organisation_id": org})),
            )
            .await;
        assert_eq!(s, 422, "{bad}: {body}");
        assert_eq!(body["field"], "email", "{body}");
    }
    assert_eq!(count(&app, "registrations").await, before, "a refused address was stored");
    assert_eq!(app.pending_mail().await, 0, "an e-mail was queued for a refused address");
    // an ordinary address still goes through
    let r = app
        .post_form(
            &path,
            &[
                ("email", "ana.b-c+tag@example.org"),
                ("full_name", "Ana"),
                ("organisation", "Office"),
                ("country", "XK"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(count(&app, "registrations").await, before + 1);
}

on_both_backends!(session_dates_out_of_range_are_refused, addresses_the_mailer_refuses_are_refused);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_path_ids_and_methods_get_clear_answers() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    app.create_account("lead@example.org", "Lead", PW, false).await;
    let lead = app.api_token("lead@example.org", PW).await;
    // non-integer and out-of-range ids: the API's JSON error body
    for path in [
        "/api/v1/trainings/abc",
        "/api/v1/trainings/1.5",
        "/api/v1/trainings/99999999999999999999999",
        "/api/v1/organisations/x",
        "/api/v1/trainings/1/sessions/x",
        "/api/v1/downstream-trainings/%00",
    ] {
        let method = if path.contains("sessions") { Method::PUT } else { Method::GET };
        let r = app.client.request(method, app.url(path)).bearer_auth(&lead).json(&json!({})).send().await.unwrap();
        let status = r.status().as_u16();
        let ct = r.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        let body: Value = r.json().await.unwrap_or(Value::Null);
        assert_eq!(status, 404, "{path}: {body}");
        assert!(ct.starts_with("application/json"), "{path}: {ct}");
        assert_eq!(body["code"], "not_found", "{path}: {body}");
    }
    // a page's non-integer id: the HTML error page
    app.sign_in("lead@example.org", PW).await;
    let r = app.get("/trainings/abc/edit").await;
    assert_eq!(r.status().as_u16(), 404);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    // TRACE and other methods nobody answers: 405 with Allow, on pages and the API
    for (method, path, json) in [
        ("TRACE", "/", false),
        ("TRACE", "/sign-in", false),
        ("TRACE", "/no/such/page", false),
        ("PROPFIND", "/t/x", false),
        ("PATCH", "/api/v1/trainings", true),
        ("TRACE", "/api/v1/trainings", true),
        ("DELETE", "/api/v1/trainings", true),
        ("DELETE", "/sign-in", false),
    ] {
        let r = app.client.request(Method::from_bytes(method.as_bytes()).unwrap(), app.url(path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 405, "{method} {path}");
        let allow = r.headers().get("allow").unwrap_or_else(|| panic!("{method} {path}: no Allow")).to_str().unwrap();
        assert!(allow.contains("GET") && !allow.contains(method), "{method} {path}: Allow: {allow}");
        let ct = r.headers()["content-type"].to_str().unwrap().to_string();
        assert!(ct.starts_with(if json { "application/json" } else { "text/html" }), "{method} {path}: {ct}");
    }
    // unknown addresses with a method that exists elsewhere stay 404
    assert_eq!(app.get("/no/such/page").await.status().as_u16(), 404);
    let (s, body) = app.api(Method::GET, "/api/v1/no-such-endpoint", &lead, None).await;
    assert_eq!((s, body["code"].as_str()), (404, Some("not_found")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_marks_required_fields_and_error_answers() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let doc: Value = app.get("/api/openapi.json").await.json().await.unwrap();
    let schema = |name: &str| doc["components"]["schemas"][name].clone();
    let required = |name: &str| -> Vec<String> {
        schema(name)["required"]
            .as_array()
            .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    };
    for (name, fields) in [
        ("TrainingInput", &["title", "timezone"][..]),
        ("SessionInput", &["title", "starts_at", "ends_at"][..]),
        ("InvitationInput", &["email", "role", "organisation_id"][..]),
        ("OrganisationInput", &["name", "country"][..]),
        ("TokenRequest", &["email", "password"][..]),
    ] {
        let got = required(name);
        for f in fields {
            assert!(got.contains(&f.to_string()), "{name}.{f} is not marked required: {got:?}");
        }
    }
    // the trainings' and the downstream trainings' sessions are two schemas, not one
    assert!(schema("SessionInput")["properties"].get("starts_at").is_some(), "{}", schema("SessionInput"));
    assert!(schema("DownstreamSessionInput")["properties"].get("date").is_some());
    assert!(schema("DownstreamSessionOut").is_object());
    // every operation documents the common error answers
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if !["get", "put", "post", "delete"].contains(&method.as_str()) {
                continue;
            }
            let responses = op["responses"].as_object().unwrap();
            let mut expected = vec!["400", "503"];
            if op.get("security").is_some_and(|s| !s.as_array().unwrap().is_empty()) {
                expected.extend(["401", "403"]);
            }
            if path.contains('{') {
                expected.push("404");
            }
            if op.get("requestBody").is_some() {
                expected.extend(["413", "422"]);
            }
            if method != "get" {
                expected.push("409");
            }
            for code in expected {
                assert!(responses.contains_key(code), "{method} {path} does not document {code}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Faults (issue 11, item 12)

/// Queues one plain e-mail to each of `to`.
async fn queue_mail(app: &TestApp, to: &[&str]) -> Vec<i64> {
    let host = app.state.link_env.host.clone();
    let to: Vec<String> = to.iter().map(|s| s.to_string()).collect();
    app.state
        .db
        .write(move |conn| {
            let mut ids = Vec::new();
            for address in &to {
                let email = cascade::mail::Email {
                    kind: "reminder",
                    training_id: None,
                    to: address.clone(),
                    subject: format!("For {address}"),
                    text: "text".into(),
                    html: "<p>html</p>".into(),
                    calendar: None,
                    attachments: Vec::new(),
                };
                ids.push(cascade::mail::enqueue(conn, &email, &host)?);
            }
            Ok(ids)
        })
        .await
        .unwrap()
}

/// (status, attempts) of outbox rows, in id order.
async fn outbox_rows(app: &TestApp, ids: &[i64]) -> Vec<(String, i32)> {
    let state = app.state.clone();
    let ids = ids.to_vec();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::outbox;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        outbox::table
            .filter(outbox::id.eq_any(&ids))
            .order(outbox::id)
            .select((outbox::status, outbox::attempts))
            .load::<(String, i32)>(&mut conn)
            .unwrap()
    })
    .await
    .unwrap()
}

/// Makes every pending message due now, with no lease (as if its wait and lease had passed).
async fn make_due(app: &TestApp) {
    app.state
        .db
        .write(|conn| {
            use cascade::db::schema::outbox;
            use diesel::prelude::*;
            let past = cascade::db::now() - chrono::Duration::seconds(1);
            diesel::update(outbox::table.filter(outbox::status.eq("pending")))
                .set((outbox::next_attempt_at.eq(past), outbox::locked_until.eq(None::<chrono::NaiveDateTime>)))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
}

/// A worker that dies in the middle of a batch has recorded what it delivered: the next one
/// sends nothing twice.
async fn each_outcome_is_recorded_as_it_completes(app: TestApp) {
    app.stop_background_and_wait().await;
    let fast = ["a1@example.org", "a2@example.org", "a3@example.org", "a4@example.org"];
    let mut all = fast.to_vec();
    all.push("slow@example.org");
    let ids = queue_mail(&app, &all).await;
    app.smtp.hold("slow@example.org");
    let state = app.state.clone();
    let mailer = app.mailer();
    let its_mailer = mailer.clone();
    let worker = tokio::spawn(async move {
        let _ = cascade::mail::worker::run_once(&state, &its_mailer).await;
    });
    // the four fast ones are delivered while the slow one hangs
    let delivered = |n: usize| {
        let smtp = app.smtp.clone();
        move || {
            let smtp = smtp.clone();
            async move { smtp.all().len() >= n }
        }
    };
    common::wait_until("four e-mails delivered", std::time::Duration::from_secs(10), delivered(4)).await;
    // ... and recorded as sent before the batch is over
    let fast_ids = ids[..4].to_vec();
    common::wait_until("the delivered e-mails recorded as sent", std::time::Duration::from_secs(10), || {
        let app = &app;
        let fast_ids = fast_ids.clone();
        async move { outbox_rows(app, &fast_ids).await.iter().all(|(status, _)| status == "sent") }
    })
    .await;
    assert!(!worker.is_finished(), "the batch ended early: the slow e-mail was not held");
    // kill -9: the worker dies mid-batch; its lease runs out; another worker sends what is left
    app.stop_tasks(vec![worker]).await;
    drop(mailer); // and its SMTP connections with it
    app.smtp.stop_holding();
    make_due(&app).await;
    app.send_due_mail().await;
    for address in &all {
        let n = app.smtp.all().iter().filter(|m| m.rcpt.iter().any(|r| r == address)).count();
        assert_eq!(n, 1, "{address} got {n} copies");
    }
    assert!(outbox_rows(&app, &ids).await.iter().all(|(status, _)| status == "sent"));
}

/// `mail.max_attempts = 3` means three real tries, the last one counted as the third.
async fn max_attempts_counts_real_tries(app: TestApp) {
    app.stop_background_and_wait().await;
    let ids = queue_mail(&app, &["refused@example.org"]).await;
    app.smtp.refuse(true);
    for round in 1..=3 {
        make_due(&app).await;
        assert_eq!(app.send_due_mail().await, 1, "round {round}");
        let rows = outbox_rows(&app, &ids).await;
        assert_eq!(app.smtp.refused.load(std::sync::atomic::Ordering::SeqCst), round, "tries at the server");
        assert_eq!(rows[0].1, round as i32, "attempts recorded after {round} tries: {rows:?}");
        let expected = if round < 3 { "pending" } else { "failed" };
        assert_eq!(rows[0].0, expected, "after {round} of 3 tries: {rows:?}");
    }
    make_due(&app).await;
    assert_eq!(app.send_due_mail().await, 0, "a failed e-mail was tried again");
    assert_eq!(app.smtp.refused.load(std::sync::atomic::Ordering::SeqCst), 3);
}

on_both_backends!(each_outcome_is_recorded_as_it_completes);

mod max_attempts_counts_real_tries {
    use super::common::{Backend, TestApp};

    async fn spawn(backend: Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, |s| s.mail.max_attempts = 3).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::max_attempts_counts_real_tries(spawn(Backend::Sqlite).await.expect("sqlite app")).await;
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if let Some(app) = spawn(Backend::Postgres).await {
            super::max_attempts_counts_real_tries(app).await;
        }
    }
}

/// A full disk (less room than `data.min_free_mb`, or a write that fails) is a 503 on
/// /healthz, with the reason.
async fn health_reports_a_full_disk(app: TestApp) {
    let r = app.get("/healthz").await;
    assert_eq!(r.status().as_u16(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["status"], "ok", "{body}");
    assert!(body["disk"][0]["free_bytes"].as_u64().unwrap() > 0, "{body}");
    assert_eq!(body["disk"][0]["writable"], true, "{body}");
    // a write that fails: the probe's name is taken by a directory
    let probe = app.dir.path().join(".healthz-probe");
    std::fs::create_dir(&probe).unwrap();
    let r = app.get("/healthz").await;
    assert_eq!(r.status().as_u16(), 503);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["status"], "unavailable", "{body}");
    assert!(body["error"].as_str().unwrap().contains("cannot write in"), "{body}");
    std::fs::remove_dir(&probe).unwrap();
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

on_both_backends!(health_reports_a_full_disk);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_reports_too_little_free_space() {
    // more free space asked for than any disk has
    let app = TestApp::spawn_with(Backend::Sqlite, |s| s.data.min_free_mb = u64::MAX >> 21).await.expect("app");
    let r = app.get("/healthz").await;
    assert_eq!(r.status().as_u16(), 503);
    let body: Value = r.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("less than data.min_free_mb"), "{body}");
}

#[test]
fn an_unusable_database_file_is_named_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let open = |path: &std::path::Path| {
        let mut settings = cascade::config::Settings::defaults();
        settings.data.dir = dir.path().to_path_buf();
        settings.auth.jwt_secret = "test-secret-that-is-long-enough-0123456789".into();
        settings.database.url = format!("sqlite://{}", path.display());
        match cascade::startup::state(settings) {
            Ok(_) => panic!("{} opened", path.display()),
            Err(e) => format!("{e:#}"),
        }
    };
    // a directory where the file should be
    let as_dir = dir.path().join("dir.db");
    std::fs::create_dir(&as_dir).unwrap();
    let message = open(&as_dir);
    assert!(message.contains(&as_dir.display().to_string()), "{message}");
    assert!(message.contains("is a directory"), "{message}");
    // a file that is not a database
    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, vec![b'x'; 8192]).unwrap();
    let message = open(&garbage);
    assert!(message.contains(&garbage.display().to_string()), "{message}");
    assert!(message.contains("not a SQLite database"), "{message}");
}

// ---------------------------------------------------------------------------------------------
// Secrets at rest and in logs (issue 11, item 13)

/// Every `http.target` the request spans carry (what every log line of a request shows).
fn logged_targets() -> std::sync::Arc<std::sync::Mutex<Vec<String>>> {
    use tracing_subscriber::layer::SubscriberExt;
    static TARGETS: std::sync::OnceLock<std::sync::Arc<std::sync::Mutex<Vec<String>>>> = std::sync::OnceLock::new();
    TARGETS
        .get_or_init(|| {
            struct Targets(std::sync::Arc<std::sync::Mutex<Vec<String>>>);
            impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Targets {
                fn on_new_span(
                    &self,
                    attrs: &tracing::span::Attributes<'_>,
                    _id: &tracing::span::Id,
                    _ctx: tracing_subscriber::layer::Context<'_, S>,
                ) {
                    struct Target(Option<String>);
                    impl tracing::field::Visit for Target {
                        fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                            if field.name() == "http.target" {
                                self.0 = Some(format!("{value:?}"));
                            }
                        }
                    }
                    let mut target = Target(None);
                    attrs.record(&mut target);
                    if let Some(t) = target.0 {
                        self.0.lock().unwrap().push(t);
                    }
                }
            }
            let targets = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
            let subscriber = tracing_subscriber::registry().with(Targets(targets.clone()));
            tracing::subscriber::set_global_default(subscriber).expect("the only subscriber of this test binary");
            targets
        })
        .clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_in_addresses_are_not_logged() {
    let targets = logged_targets();
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let token = "Zt3Kq9Lw2Xv8Yp1Rn5Ms7Ud4Ce6Fb0Ha2Gj4Ik6Ol8P";
    let key = format!("7.{token}");
    let paths = [
        format!("/p/{key}"),
        format!("/p/{key}/calendar.ics"),
        format!("/p/{key}/sessions/1/check-in"),
        format!("/confirm/{token}"),
        format!("/invited/{token}"),
        format!("/sign-in/link/{token}"),
        format!("/invitations/{token}/accept"),
        format!("/setup?token={token}"),
        format!("/no/such/page/{token}"),
        format!("/t/some-training?key={token}&lang=en"),
    ];
    for path in &paths {
        app.get(path).await;
        let r = app.client.post(app.url(path)).send().await.unwrap();
        assert_ne!(r.status().as_u16(), 500, "{path}");
    }
    let logged: Vec<String> = targets.lock().unwrap().clone();
    let ours: Vec<&String> = logged.iter().filter(|t| t.contains("[redacted]")).collect();
    assert!(ours.len() >= paths.len() * 2, "the requests were not logged with their secrets redacted: {logged:#?}");
    let leaked: Vec<&String> = logged.iter().filter(|t| t.contains(token)).collect();
    assert!(leaked.is_empty(), "secrets in logged addresses: {leaked:#?}");
    assert!(logged.iter().any(|t| t == "/p/[redacted]/sessions/1/check-in"), "{logged:#?}");
    assert!(logged.iter().any(|t| t == "/t/some-training?key=[redacted]&lang=en"), "{logged:#?}");
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| {
        std::fs::metadata(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())).permissions().mode() & 0o777
    };
    let app = TestApp::spawn_with(Backend::Sqlite, |s| {
        // a data directory an older version made world-readable, captured mail (no SMTP)
        let data = s.data.dir.join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        s.database.url = format!("sqlite://{}", data.join("cascade.db").display());
        s.data.dir = data;
        s.mail.smtp_url = String::new();
    })
    .await
    .expect("app");
    let data = app.state.settings.data.dir.clone();
    // something written after start: a captured e-mail
    app.create_account("ana@example.org", "Ana", PW, false).await;
    app.post_form("/sign-in/link", &[("email", "ana@example.org")]).await;
    app.drain_outbox().await;
    let mail_dir = data.join("mail");
    let emls: Vec<std::path::PathBuf> = std::fs::read_dir(&mail_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", mail_dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!emls.is_empty(), "no captured e-mail in {}", mail_dir.display());
    assert_eq!(mode(&data), 0o700, "the data directory");
    assert_eq!(mode(&mail_dir), 0o700, "the mail directory");
    for file in ["cascade.db", "cascade.db-wal", "cascade.db-shm"] {
        let path = data.join(file);
        assert_eq!(mode(&path), 0o600, "{file}");
    }
    for eml in &emls {
        assert_eq!(mode(eml), 0o600, "{}", eml.display());
    }
}
