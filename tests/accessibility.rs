//! The standing target "axe-core finds 0 violations on every page at 360 px and 1280 px wide",
//! checked in a real browser (headless Chromium through chromedriver, see common/browser.rs).
//!
//! The demo is loaded, then every page below is opened at each width and axe-core (vendored in
//! tests/vendor/axe-core, see its README) runs in it with the WCAG 2.0/2.1 A and AA rules and
//! the best practices. Every violation over all pages and widths is collected, then the test
//! fails once with them all: page, width(s), rule, impact, help, and the offending nodes.
//!
//! Set CASCADE_AXE_REPORT=path/to/file.json to also get every violation with all its nodes
//! as JSON (the failure message shows up to three nodes of each).
//!
//! When Chromium or chromedriver is missing the test is skipped, except under CI=true.

#[path = "common/browser.rs"]
mod chrome;
mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use chrome::{click, goto, page_report, type_into, wait_js, Browser, WAIT};
use common::{Backend, TestApp};
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::Client;
use serde_json::{json, Value};

/// axe-core, as published on npm (version and source in tests/vendor/axe-core/README).
const AXE: &str = include_str!("vendor/axe-core/axe.min.js");
/// The rule sets the target is about.
const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/// The viewport widths every page is checked at (a small phone, a laptop).
const WIDTHS: [u32; 2] = [360, 1280];
const HEIGHT: u32 = 800;
/// How long the whole scenario may take before it is failed.
const BUDGET: Duration = Duration::from_secs(420);
/// How long one axe run may take (the attendance grid is a large page).
const AXE_WAIT: Duration = Duration::from_secs(60);
/// Nodes shown for each violation in the failure message.
const NODES_SHOWN: usize = 3;

const LEAD_EMAIL: &str = "lead@acrc.example.org";

/// How a page is reached.
#[derive(Debug, Clone)]
enum Visit {
    /// Opened by its address.
    Open,
    /// The form at this address submitted with every field left empty: the error state.
    SubmitEmpty,
    /// The form at this address submitted as it is: the page it answers with, whose main
    /// heading is this.
    Submit(&'static str),
}

#[derive(Debug, Clone)]
struct Page {
    /// What the report calls it.
    name: String,
    path: String,
    visit: Visit,
    /// The HTTP status the page must be served with (an error page would be checked instead).
    status: u16,
    /// Checked at this width only (a page that can be reached once, such as the answer to
    /// erasing a registration, is listed once per width); None: at every width.
    width: Option<u32>,
    /// The language it is read in (chosen with the switcher before each visit).
    lang: &'static str,
}

impl Page {
    fn open(name: &str, path: String) -> Page {
        Page { name: name.into(), path, visit: Visit::Open, status: 200, width: None, lang: "en" }
    }
    fn in_language(name: &str, path: String, lang: &'static str) -> Page {
        Page { lang, ..Page::open(name, path) }
    }
}

/// One violation of one rule on one page at one width.
#[derive(Debug, Clone)]
struct Violation {
    page: String,
    width: u32,
    rule: String,
    impact: String,
    help: String,
    help_url: String,
    /// (target selector, the node's HTML, axe's summary of what to fix)
    nodes: Vec<(String, String, String)>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_has_no_axe_violations_at_360_and_1280_px() {
    let what = "accessibility (axe-core) on every page";
    let Some(browser) = Browser::find(what) else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("sqlite app");
    let training_id = app.load_demo().await;
    let state = app.state.clone();
    let (slug, first_session, (key, erasable), codes, (report, trainer_email, own_report), (lead_org, endpoint)) =
        tokio::task::spawn_blocking(move || {
            let mut conn = state.db.get().unwrap();
            // the demo's certificates, as `cascade demo` issues them
            let certificates = cascade::certificates::Certificates::load(&state.settings, &state.db).unwrap();
            let mut summary = cascade::demo::load(&mut conn, &state.link_env).unwrap();
            cascade::demo::certify(&mut conn, &state.link_env, &certificates.key, &mut summary).unwrap();
            // and the cascade grown under them, with its public impact page on
            cascade::demo::grow_cascade(&mut conn, &state.link_env, &certificates.key, &mut summary).unwrap();
            cascade::reports::queries::set_public(&mut conn, training_id, None, true).unwrap();
            let certs: Vec<i64> = cascade::certificates::queries::for_training(&mut conn, training_id)
                .unwrap()
                .iter()
                .map(|c| c.id)
                .collect();
            let reports = cascade::downstream::queries::reports_under(&mut conn, &certs).unwrap();
            let report = reports[0].id;
            // the demo's certified trainer and one of their own records
            let (trainer_email, _) = summary.trainer.clone().expect("the demo's trainer");
            let own = cascade::downstream::queries::trainer_certificates(&mut conn, &trainer_email).unwrap();
            let own_ids: Vec<i64> = own.iter().map(|c| c.id).collect();
            let own_report = cascade::downstream::queries::reports_under(&mut conn, &own_ids).unwrap()[0].id;
            let codes: Vec<String> = summary.certificates.iter().map(|(_, code)| code.clone()).collect();
            let training = cascade::trainings::queries::find(&mut conn, training_id).unwrap();
            let sessions = cascade::trainings::queries::sessions(&mut conn, training_id).unwrap();
            let registrations = cascade::registration::queries::list(&mut conn, training_id).unwrap();
            let confirmed = registrations
                .iter()
                .find(|r| r.status == cascade::registration::Status::Confirmed)
                .expect("a confirmed registration in the demo");
            let key = cascade::registration::participant_key(
                &state.link_env.link_secret,
                confirmed.id,
                &confirmed.link_nonce,
            );
            // two other people's pages, to erase their details: one at each width
            let erasable: Vec<String> = registrations
                .iter()
                .filter(|r| r.id != confirmed.id && r.is_confirmed())
                .take(WIDTHS.len())
                .map(|r| cascade::registration::participant_key(&state.link_env.link_secret, r.id, &r.link_nonce))
                .collect();
            let lead_org = cascade::organisations::list(&mut conn)
                .unwrap()
                .into_iter()
                .find(|o| o.name == "Anti-Corruption and Civil Rights Commission")
                .expect("the demo's lead organisation")
                .id;
            // a webhook endpoint of the lead organisation, with a delivery in its log
            let hooks = cascade::webhooks::Webhooks::from_settings(&state.settings).unwrap();
            let lead = cascade::accounts::find_by_email(
                &mut conn,
                &cascade::domain::Email::parse("email", LEAD_EMAIL).unwrap(),
            )
            .unwrap()
            .expect("the demo's lead organiser");
            let input = cascade::webhooks::service::EndpointInput {
                url: "https://hooks.example.org/cascade".into(),
                description: "The programme's CRM".into(),
                event_types: vec!["registration.cancelled".into(), "registration.promoted".into()],
                ..Default::default()
            };
            let checked = cascade::webhooks::service::check(&input, false).unwrap();
            let (endpoint, _) = cascade::db::write_transaction(&mut conn, |c| {
                cascade::webhooks::service::create(c, &hooks.seal, &lead, lead_org, &checked)
            })
            .unwrap();
            let other = registrations
                .iter()
                .filter(|r| r.status == cascade::registration::Status::Confirmed)
                .nth(1)
                .expect("a second confirmed registration in the demo");
            cascade::db::write_transaction(&mut conn, |c| {
                cascade::registration::service::cancel(c, &state.link_env, other.id, "")?;
                state.reactions.run_pending(c, &state.link_env)
            })
            .unwrap();
            (
                training.slug,
                sessions.first().expect("the demo's sessions").id,
                (key, erasable),
                codes,
                (report, trainer_email, own_report),
                (lead_org, endpoint.id),
            )
        })
        .await
        .unwrap();
    assert_eq!(slug, cascade::demo::SLUG);

    let public = vec![
        Page::open("home", "/".into()),
        Page::open("sign-in", "/sign-in".into()),
        Page::open("public training page", format!("/t/{slug}")),
        Page::open("registration form", format!("/t/{}/register", cascade::demo::UPCOMING_SLUG)),
        Page::open("registration form of a training that took place", format!("/t/{slug}/register")),
        Page::open("public page of an open training", format!("/t/{}", cascade::demo::UPCOMING_SLUG)),
        Page {
            name: "registration form, submitted empty".into(),
            path: format!("/t/{}/register", cascade::demo::UPCOMING_SLUG),
            visit: Visit::SubmitEmpty,
            status: 422,
            width: None,
            lang: "en",
        },
        Page::open("participant's page", format!("/p/{key}")),
        Page::open("privacy notice", format!("/t/{slug}/privacy")),
        // right to left, and a language with long words
        Page::in_language("public page in Arabic", format!("/t/{}", cascade::demo::UPCOMING_SLUG), "ar"),
        Page::in_language("registration form in Arabic", format!("/t/{}/register", cascade::demo::UPCOMING_SLUG), "ar"),
        Page::in_language("participant's page in Arabic", format!("/p/{key}"), "ar"),
        Page::in_language("privacy notice in Mongolian", format!("/t/{slug}/privacy"), "mn"),
        Page::in_language(
            "registration form in Mongolian",
            format!("/t/{}/register", cascade::demo::UPCOMING_SLUG),
            "mn",
        ),
        Page::open("erasing one's details: the question", format!("/p/{key}/erase")),
        Page::open("certificate verification", format!("/c/{}", codes[0])),
        Page::open("certificate lookup", "/c".into()),
        Page {
            name: "certificate lookup, unknown code".into(),
            path: "/c/NOPE-7K3M".into(),
            visit: Visit::Open,
            status: 404,
            width: None,
            lang: "en",
        },
        Page::open("public impact page", format!("/t/{slug}/impact")),
        Page::in_language("public impact page in Arabic", format!("/t/{slug}/impact"), "ar"),
        // an error page, in the reader's language
        Page {
            name: "an address that is no page, in Arabic".into(),
            path: "/t/no-such-training".into(),
            visit: Visit::Open,
            status: 404,
            width: None,
            lang: "ar",
        },
        Page::open("trainer sign-in", "/trainer/sign-in".into()),
        Page::in_language("trainer sign-in in Mongolian", "/trainer/sign-in".into(), "mn"),
        Page::open("forgotten password", "/password/forgot".into()),
        Page::open("trainer start from a certificate", format!("/trainer/start/{}", codes[0])),
    ]
    .into_iter()
    .chain(erasable.iter().zip(WIDTHS).map(|(key, width)| Page {
        name: "erasing one's details: done".into(),
        path: format!("/p/{key}/erase"),
        visit: Visit::Submit("Your details are erased"),
        status: 200,
        width: Some(width),
        lang: "en",
    }))
    .collect::<Vec<_>>();
    let t = format!("/trainings/{training_id}");
    let organiser = vec![
        Page::open("dashboard", "/dashboard".into()),
        Page::open("training editor", format!("{t}/edit")),
        Page::open("registrations", format!("{t}/registrations")),
        Page::open("attendance grid", format!("{t}/attendance")),
        Page::open("attendance import", format!("{t}/sessions/{first_session}/attendance/import")),
        Page::open("certification", format!("{t}/certification")),
        Page::open("certificates", format!("{t}/certificates")),
        Page::open("organisations", "/organisations".into()),
        Page::open("impact", format!("{t}/impact")),
        Page::open("the training in other languages", format!("{t}/languages")),
        Page::open("verification queue", "/downstream/queue".into()),
        Page::open("a reported downstream training", format!("/downstream/{report}")),
        Page::open("trainer space (an organiser without a trainer certificate)", "/trainer".into()),
        // with its logo, the upload and remove forms
        Page::open("organisation edit page", format!("/organisations/{lead_org}/edit")),
        // an organisation's webhooks: the endpoints and the add form, its error state, and an
        // endpoint with its delivery log
        Page::open("webhooks", format!("/organisations/{lead_org}/webhooks")),
        Page {
            name: "webhooks, the add form submitted empty".into(),
            path: format!("/organisations/{lead_org}/webhooks"),
            visit: Visit::SubmitEmpty,
            status: 422,
            width: None,
            lang: "en",
        },
        Page::open("a webhook endpoint and its delivery log", format!("/organisations/{lead_org}/webhooks/{endpoint}")),
        Page::open("mailbox", "/mailbox".into()),
        Page::open("password change", "/account/password".into()),
    ];
    let trainer = vec![
        Page::open("trainer space", "/trainer".into()),
        Page::open("logging a downstream training", "/trainer/trainings/new".into()),
        Page::open("a downstream training of one's own", format!("/trainer/trainings/{own_report}")),
    ];
    browser
        .run(
            what,
            BUDGET,
            move |c| async move { scenario(&app, &c, public, organiser, (trainer_email, trainer)).await },
        )
        .await;
}

async fn scenario(app: &TestApp, c: &Client, public: Vec<Page>, organiser: Vec<Page>, trainer: (String, Vec<Page>)) {
    let started = Instant::now();
    c.update_timeouts(TimeoutConfiguration::new(Some(AXE_WAIT), Some(WAIT), Some(Duration::ZERO)))
        .await
        .expect("WebDriver timeouts");
    let mut violations = Vec::new();
    let mut checks = 0;
    let mut engine = String::new();
    for page in &public {
        for width in WIDTHS.into_iter().filter(|w| page.width.is_none_or(|only| only == *w)) {
            engine = check(app, c, page, width, &mut violations).await;
            checks += 1;
        }
    }
    sign_in(app, c, LEAD_EMAIL).await;
    for page in &organiser {
        for width in WIDTHS {
            engine = check(app, c, page, width, &mut violations).await;
            checks += 1;
        }
    }
    // a certified trainer's pages, signed in as the demo's trainer
    c.delete_all_cookies().await.expect("signing the lead organiser out");
    sign_in(app, c, &trainer.0).await;
    for page in &trainer.1 {
        for width in WIDTHS {
            engine = check(app, c, page, width, &mut violations).await;
            checks += 1;
        }
    }
    let pages = public.len() + organiser.len() + trainer.1.len();
    eprintln!(
        "axe-core {engine}: {pages} pages at {WIDTHS:?} px, {checks} checks in {:.1} s, {} violation(s)",
        started.elapsed().as_secs_f64(),
        violations.len()
    );
    if let Ok(path) = std::env::var("CASCADE_AXE_REPORT") {
        std::fs::write(&path, serde_json::to_string_pretty(&as_json(&violations)).unwrap())
            .unwrap_or_else(|e| panic!("writing {path}: {e}"));
        eprintln!("every violation with all its nodes: {path}");
    }
    if !violations.is_empty() {
        panic!("{}", report(&violations, pages, checks));
    }
}

/// Signs the browser in through the sign-in form (demo accounts share the demo password).
async fn sign_in(app: &TestApp, c: &Client, email: &str) {
    set_width(c, WIDTHS[WIDTHS.len() - 1]).await;
    goto(c, &app.url("/sign-in")).await;
    loaded(c, "the sign-in page", "/sign-in", "document.querySelector('form[action=\"/sign-in\"]') !== null").await;
    type_into(c, "form[action='/sign-in'] #email", email).await;
    type_into(c, "form[action='/sign-in'] #password", cascade::demo::PASSWORD).await;
    click(c, "form[action='/sign-in'] button[type='submit']").await;
    loaded(c, "the dashboard after signing in", "/dashboard", "true").await;
}

/// Opens `page` at `width` and runs axe-core in it; adds what it finds to `violations` and
/// returns axe-core's version.
async fn check(app: &TestApp, c: &Client, page: &Page, width: u32, violations: &mut Vec<Violation>) -> String {
    set_width(c, width).await;
    let what = format!("{} ({}) at {width} px", page.name, page.path);
    // through the language switcher, which sets the reader's language and comes back
    let back: String = page
        .path
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    goto(c, &app.url(&format!("/lang/{}?back={back}", page.lang))).await;
    let status = match page.visit {
        Visit::Open => loaded(c, &what, &page.path, "true").await,
        Visit::SubmitEmpty => {
            let form = format!("form[action='{}']", page.path);
            loaded(c, &what, &page.path, &format!("document.querySelector({}) !== null", json!(form))).await;
            click(c, &format!("{form} button[type='submit']")).await;
            // the answer to the POST, at the same address: the one with the error summary
            loaded(c, &what, &page.path, "document.getElementById('error-summary') !== null").await
        }
        Visit::Submit(heading) => {
            let form = format!("form[action='{}']", page.path);
            loaded(c, &what, &page.path, &format!("document.querySelector({}) !== null", json!(form))).await;
            click(c, &format!("{form} button[type='submit']")).await;
            let answered = format!(
                "document.querySelector('main h1') !== null && document.querySelector('main h1').innerText.trim() === {}",
                json!(heading)
            );
            loaded(c, &what, &page.path, &answered).await
        }
    };
    if let Some(status) = status {
        assert_eq!(status, page.status, "{what}: HTTP status\n{}", page_report(c).await);
    }
    let viewport = c.execute("return window.innerWidth", vec![]).await.unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(viewport, json!(width), "{what}: the viewport's width");

    // what a strict Content-Security-Policy (no 'unsafe-inline') blocks: checked in the page
    // as the browser built it, before axe-core adds anything of its own
    let inline = c.execute(INLINE_CODE, vec![]).await.unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(
        inline,
        json!([]),
        "{what}: inline script, style or event handler that the Content-Security-Policy blocks"
    );

    let injected = c
        .execute(&format!("{AXE}\n;return typeof window.axe === 'object' ? window.axe.version : null;"), vec![])
        .await
        .unwrap_or_else(|e| panic!("{what}: injecting axe-core: {e}"));
    let engine = injected.as_str().unwrap_or_else(|| panic!("{what}: axe-core did not load: {injected}")).to_string();
    let result = match c.execute_async(RUN_AXE, vec![json!(TAGS)]).await {
        Ok(result) => result,
        Err(e) => panic!("{what}: running axe-core: {e}\n{}", page_report(c).await),
    };
    if let Some(error) = result.get("error") {
        panic!("{what}: axe-core failed: {}", error.as_str().unwrap_or_default());
    }
    let passes = result["passes"].as_u64().unwrap_or(0);
    assert!(passes > 0, "{what}: axe-core checked nothing: {result}");
    let found: Vec<Violation> = result["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .map(|v| Violation {
            page: format!("{} {}", page.name, page.path),
            width,
            rule: string(&v["id"]),
            impact: string(&v["impact"]),
            help: string(&v["help"]),
            help_url: string(&v["helpUrl"]),
            nodes: v["nodes"]
                .as_array()
                .map(|nodes| {
                    nodes.iter().map(|n| (selector(&n["target"]), string(&n["html"]), string(&n["summary"]))).collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let needs_review: Vec<String> =
        result["incomplete"].as_array().map(|a| a.iter().map(string).collect()).unwrap_or_default();
    let review =
        if needs_review.is_empty() { String::new() } else { format!("; to review: {}", needs_review.join(" ")) };
    eprintln!(
        "  {width:>4} px  {passes:>2} rules passed, {} violated  {} {}{review}",
        found.len(),
        page.name,
        page.path
    );
    violations.extend(found);
    engine
}

/// Every inline script, `<style>` element, `style` attribute, `on…` event handler and
/// `javascript:` address in the document (the security headers' CSP blocks them all).
const INLINE_CODE: &str = r#"
var found = [];
document.querySelectorAll('*').forEach(function (el) {
  for (var i = 0; i < el.attributes.length; i++) {
    var a = el.attributes[i], n = a.name.toLowerCase();
    if (n === 'style' || n.indexOf('on') === 0
        || (/^(href|src|action|formaction|xlink:href)$/.test(n) && /^\s*javascript:/i.test(a.value))) {
      found.push(el.tagName.toLowerCase() + '[' + n + '="' + a.value.slice(0, 80) + '"]');
    }
  }
  if (el.tagName === 'SCRIPT' && !el.getAttribute('src')) found.push('inline <script>: ' + el.textContent.slice(0, 80));
  if (el.tagName === 'STYLE') found.push('<style>: ' + el.textContent.slice(0, 80));
});
return found;
"#;

/// Runs axe-core on the document and answers with what the report needs (arguments: the tags).
const RUN_AXE: &str = r#"
var done = arguments[arguments.length - 1];
window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(function (r) {
    done({
      passes: r.passes.length,
      incomplete: r.incomplete.map(function (i) { return i.id; }),
      violations: r.violations.map(function (v) {
        return {
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map(function (n) {
            return {target: n.target, html: n.html, summary: n.failureSummary};
          })
        };
      })
    });
  })
  .catch(function (e) { done({error: String((e && e.stack) || e)}); });
"#;

/// Makes the viewport (window.innerWidth, what media queries see) `width` px wide.
async fn set_width(c: &Client, width: u32) {
    c.set_window_size(width, HEIGHT).await.unwrap_or_else(|e| panic!("window size {width}: {e}"));
    // the window's frame, if any, is not part of the viewport: make up for it once
    let inner = c.execute("return window.innerWidth", vec![]).await.ok().and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    if inner != 0 && inner != width {
        let outer = width + width.saturating_sub(inner);
        c.set_window_size(outer, HEIGHT).await.unwrap_or_else(|e| panic!("window size {outer}: {e}"));
    }
}

/// Waits until the document at exactly `path` has loaded and `ready` (a JS expression) holds;
/// returns the HTTP status it was served with, when the browser tells it.
async fn loaded(c: &Client, what: &str, path: &str, ready: &str) -> Option<u16> {
    let script = format!(
        "if (document.readyState !== 'complete' || location.pathname !== {}) return null;
         if (!({ready})) return null;
         var n = performance.getEntriesByType('navigation')[0];
         return {{status: n && typeof n.responseStatus === 'number' ? n.responseStatus : null}};",
        json!(path)
    );
    let v = wait_js(c, what, &script).await;
    v["status"].as_u64().map(|s| s as u16)
}

fn string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// axe's target: a list of selectors, one per frame or shadow root on the way to the node.
fn selector(target: &Value) -> String {
    match target.as_array() {
        Some(parts) => parts.iter().map(string).collect::<Vec<_>>().join(" >>> "),
        None => string(target),
    }
}

fn as_json(violations: &[Violation]) -> Value {
    json!(violations
        .iter()
        .map(|v| json!({
            "page": v.page,
            "width": v.width,
            "rule": v.rule,
            "impact": v.impact,
            "help": v.help,
            "helpUrl": v.help_url,
            "nodes": v.nodes.iter().map(|(t, h, s)| json!({"target": t, "html": h, "summary": s})).collect::<Vec<_>>(),
        }))
        .collect::<Vec<_>>())
}

/// What makes violations at different widths the same: the page, the rule and the nodes'
/// selectors.
type Same = (String, String, Vec<String>);

/// The failure message: each violation once per page, with the widths it was found at.
fn report(violations: &[Violation], pages: usize, checks: usize) -> String {
    // the same rule on the same nodes of a page at both widths is one entry
    let mut merged: BTreeMap<Same, (Vec<u32>, &Violation)> = BTreeMap::new();
    for v in violations {
        let key = (v.page.clone(), v.rule.clone(), v.nodes.iter().map(|n| n.0.clone()).collect());
        merged.entry(key).or_insert_with(|| (Vec::new(), v)).0.push(v.width);
    }
    let mut out = format!(
        "axe-core found {} violation(s) ({} distinct) in {checks} checks of {pages} pages at {WIDTHS:?} px:\n",
        violations.len(),
        merged.len()
    );
    for ((page, _, _), (widths, v)) in &merged {
        let widths: Vec<String> = widths.iter().map(|w| format!("{w} px")).collect();
        let _ = writeln!(out, "\n{page} at {}: {} ({}): {}", widths.join(", "), v.rule, v.impact, v.help);
        let _ = writeln!(out, "  {}", v.help_url);
        if let Some((_, _, summary)) = v.nodes.first() {
            let _ = writeln!(out, "  {}", summary.replace('\n', "\n  "));
        }
        for (target, html, _) in v.nodes.iter().take(NODES_SHOWN) {
            let html: String = html.chars().take(300).collect();
            let _ = writeln!(out, "  - {target}\n      {html}");
        }
        if v.nodes.len() > NODES_SHOWN {
            let _ = writeln!(out, "  … and {} more node(s)", v.nodes.len() - NODES_SHOWN);
        }
    }
    out
}
