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
        "/static/app.css?v=5".into(),
        "/static/app.js?v=1".into(),
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
