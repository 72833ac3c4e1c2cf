//! Issue 12: participants read Cascade in their own language.
//!
//! - Every language's message files have exactly English's messages, each with the same
//!   variables, and parse with Fluent's own parser (organisers' pages: a language may leave
//!   messages to English, but has none English lacks); every message the code and templates ask
//!   for exists in English.
//! - In the pseudo-locale (`en-XA`: every letter accented, the text longer) no English word is
//!   left on a participant's page: the public page, the form and its errors, "check your
//!   inbox", the confirmation page, the participant's page, the privacy notice and erasing, a
//!   certificate's public page and the lookup page, an error page, the public impact page,
//!   the trainer space (signing in, the space, logging a training, a logged training), and
//!   in the e-mails the registration brings (subject, text and HTML), the certificate's
//!   e-mail and its PDF (read by pdftotext), and the trainer's sign-in e-mail.
//! - The public page, the registration flow and the participant's page follow the reader's
//!   language (`Accept-Language`, then the switcher's cookie), with its dates, country names and
//!   direction (Arabic right to left); switching language keeps the page; a `back` address that
//!   leaves the site is not followed.
//!
//! - In a real browser (headless Chromium): one whole registration in Mongolian, chosen with the
//!   switcher, from the public page to the participant's page; the Arabic page laid out right to
//!   left (the schedule's columns run from right to left, text starts on the right).
//!
//! Database tests run on SQLite and PostgreSQL.

#[path = "common/browser.rs"]
mod chrome;
mod common;

use std::collections::{BTreeMap, BTreeSet};

use cascade::i18n::Lang;
use common::{extract, TestApp};
use fluent_syntax::ast;

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/frontend/locales");

/// Message id → the variables it uses, from one file; panics naming the file on any entry
/// that does not parse.
fn messages(path: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(m.value.is_some(), "{path}: {} has no value", m.id.name);
                assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{path}: {} twice", m.id.name);
            }
            ast::Entry::Junk { content } => panic!("{path}: cannot parse {content:?}"),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            assert!(variants.iter().any(|v| v.default), "a select without a default variant");
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let mut problems = Vec::new();
    for file in cascade::i18n::messages::FILES {
        let english = messages(&format!("{LOCALES}/en/{file}"));
        assert!(english.len() > 20, "English has {} messages in {file}", english.len());
        // organisers' pages may be translated message by message (the rest is read in English)
        let complete = cascade::i18n::messages::COMPLETE_FILES.contains(&file);
        for lang in Lang::OFFERED.iter().filter(|l| **l != Lang::En) {
            let path = format!("{LOCALES}/{}/{file}", lang.code());
            let theirs = messages(&path);
            for (id, vars) in &english {
                match theirs.get(id) {
                    None if !complete => {}
                    None => problems.push(format!("{path}: {id} is missing")),
                    Some(v) if v != vars => problems.push(format!("{path}: {id} uses {v:?}, English {vars:?}")),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{path}: {id} is not an English message"));
            }
            // the bundle Cascade builds has them all, in that language (no English fallback)
            for id in english.keys().filter(|id| complete || theirs.contains_key(*id)) {
                if !cascade::i18n::messages::has(*lang, id) {
                    problems.push(format!("{lang}: the running bundle lacks {id}"));
                }
            }
            let glossary = format!("{LOCALES}/{}/GLOSSARY.md", lang.code());
            if !std::path::Path::new(&glossary).exists() {
                problems.push(format!("{glossary} is missing"));
            }
        }
    }
    // one id is one message: a second definition in another file would be dropped
    for lang in Lang::OFFERED {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for file in cascade::i18n::messages::FILES {
            for id in messages(&format!("{LOCALES}/{}/{file}", lang.code())).into_keys() {
                if let Some(first) = seen.insert(id.clone(), file) {
                    problems.push(format!("{lang}: {id} is in {first} and {file}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Every message id the templates and the code name literally (`t("…")`, `t1("…", …)`) is an
/// English message: a typo would show the id itself to readers.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english: BTreeSet<String> = cascade::i18n::messages::FILES
        .iter()
        .flat_map(|f| messages(&format!("{LOCALES}/en/{f}")).into_keys())
        .collect();
    // `nav.t("…")`, `lang.t2("…", …)`, `m.tt1("…", …)`, and ids handed on as notes
    let call = regex::Regex::new(r#"\.t(?:t|[123]|t1)?\(\s*"([a-z][a-z0-9_-]*)""#).unwrap();
    let literal = regex::Regex::new(r#""((?:note|mail|ics)-[a-z0-9-]+)""#).unwrap();
    let mut asked = BTreeSet::new();
    let mut files = Vec::new();
    for dir in ["frontend/templates", "src"] {
        collect(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    }
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for c in call.captures_iter(&text).chain(literal.captures_iter(&text)) {
            asked.insert((c[1].to_string(), f.display().to_string()));
        }
    }
    assert!(asked.len() > 100, "only {} message uses found", asked.len());
    let missing: Vec<_> = asked.iter().filter(|(id, _)| !english.contains(id)).collect();
    assert!(missing.is_empty(), "messages asked for but not in English: {missing:?}");
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "html" || e == "rs" || e == "txt") {
            out.push(path);
        }
    }
}

/// A client that sends `Accept-Language` and keeps cookies (CSRF, the switcher's).
fn reader(app: &TestApp, accept: &str) -> reqwest::Client {
    common::tls();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, accept.parse().unwrap());
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .unwrap_or_else(|_| app.new_client())
}

async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let r = client.get(app.url(path)).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Posts `fields` with the CSRF token of `page` (as a browser submits the form it shows).
async fn submit(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let (_, html) = get(app, client, page).await;
    let token = extract(&html, "name=\"csrf_token\" value=\"", "\"").unwrap_or_default();
    let mut all = fields.to_vec();
    all.push(("csrf_token", &token));
    client.post(app.url(action)).form(&all).send().await.unwrap()
}

/// The text a reader sees: tags, scripts and styles removed, entities decoded.
fn visible_text(html: &str) -> String {
    let no_code = regex::Regex::new(r"(?s)<(script|style)\b.*?</(script|style)>").unwrap().replace_all(html, " ");
    let no_tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap().replace_all(&no_code, " ");
    no_tags
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// Words of three or more plain ASCII letters: in the pseudo-locale, text from a message file
/// has accented letters in nearly every word, so what remains is untranslated (or content).
fn ascii_words(text: &str) -> BTreeSet<String> {
    regex::Regex::new(r"[\p{L}]+")
        .unwrap()
        .find_iter(text)
        .map(|m| m.as_str())
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_string)
        .collect()
}

/// What the demo made that the pseudo-locale test reads.
struct Demo {
    /// a certificate's code, its holder's address
    code: String,
    holder_email: String,
    /// everything people wrote (names, titles, places, notes): not translated
    written: Vec<String>,
    trainer_email: String,
    /// a training the demo's trainer logged
    own_report: i64,
}

async fn pseudo_locale_leaves_no_english(app: TestApp) {
    app.load_demo().await;
    let slug = cascade::demo::UPCOMING_SLUG;
    let client = reader(&app, "en-XA");
    // the switcher, as a tester would use it: the cookie selects the pseudo-locale
    let r = client.get(app.url(&format!("/lang/en-XA?back=/t/{slug}"))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);

    // what organisers and the participant wrote is not translated: collect its words
    let (_, json) = get(&app, &client, &format!("/api/v1/public/trainings/{slug}")).await;
    let mut content = ascii_words(&json);
    // a certificate's public page, and the page to look one up (the demo issued some)
    let state = app.state.clone();
    let demo: Demo = tokio::task::spawn_blocking(move || {
        use cascade::db::schema::{
            certificates, downstream_messages, downstream_trainings, organisations, registrations, trainings,
        };
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        let certificates_of = cascade::certificates::Certificates::load(&state.settings, &state.db).unwrap();
        let mut summary = cascade::demo::load(&mut conn, &state.link_env).unwrap();
        // the reference ToT's trainees read the pseudo-locale: their certificates (PDF and
        // e-mail) follow the language stored with their registration
        diesel::update(registrations::table.filter(registrations::training_id.eq(summary.training_id)))
            .set(registrations::language.eq(Some("en-XA")))
            .execute(&mut conn)
            .unwrap();
        // the demo's certificates and the cascade under them, as `cascade demo` makes them
        cascade::demo::certify(&mut conn, &state.link_env, &certificates_of.key, &mut summary).unwrap();
        cascade::demo::grow_cascade(&mut conn, &state.link_env, &certificates_of.key, &mut summary).unwrap();
        cascade::reports::queries::set_public(&mut conn, summary.training_id, None, true).unwrap();
        // what people wrote: organisations, trainings, what trainers logged and said
        let mut written: Vec<String> = organisations::table.select(organisations::name).load(&mut conn).unwrap();
        written.extend(trainings::table.select(trainings::title).load::<String>(&mut conn).unwrap());
        written.extend(certificates::table.select(certificates::holder_name).load::<String>(&mut conn).unwrap());
        let logged: Vec<(String, String, String, String, String, String)> = downstream_trainings::table
            .select((
                downstream_trainings::title,
                downstream_trainings::city,
                downstream_trainings::region,
                downstream_trainings::audience_organisations,
                downstream_trainings::curriculum_version,
                downstream_trainings::notes,
            ))
            .load(&mut conn)
            .unwrap();
        for (a, b, c, d, e, f) in logged {
            written.extend([a, b, c, d, e, f]);
        }
        let notes: Vec<Option<String>> =
            downstream_trainings::table.select(downstream_trainings::verification_note).load(&mut conn).unwrap();
        written.extend(notes.into_iter().flatten());
        written.extend(downstream_messages::table.select(downstream_messages::body).load::<String>(&mut conn).unwrap());
        let (trainer_email, trainer_name) = summary.trainer.clone().expect("the demo's trainer");
        written.push(trainer_name);
        let own = cascade::downstream::queries::trainer_certificates(&mut conn, &trainer_email).unwrap();
        let own_ids: Vec<i64> = own.iter().map(|c| c.id).collect();
        let own_report = cascade::downstream::queries::reports_under(&mut conn, &own_ids).unwrap()[0].id;
        let holder = cascade::certificates::queries::by_code(&mut conn, &summary.certificates[0].1).unwrap().unwrap();
        Demo {
            code: summary.certificates[0].1.clone(),
            holder_email: holder.holder_email,
            written,
            trainer_email,
            own_report,
        }
    })
    .await
    .unwrap();
    let code = demo.code.clone();
    for n in &demo.written {
        content.extend(ascii_words(n));
    }
    // certificate codes (the one shown, and the example of one) are not words
    content.extend(ascii_words(&code));
    content.extend(ascii_words("7K3M-Q9PX-2HDW"));
    let (_, cert_json) = get(&app, &client, &format!("/c/{code}/credential.json")).await;
    content.extend(ascii_words(&cert_json)); // the holder's name, the training, the criteria
    let (name, email, organisation) = ("Oyuna Batbayar", "oyuna@example.mn", "National Statistics Office");
    for w in [name, email, organisation, "Cascade", "UTC", "ics", "Zoom", "Teams", "Google", "Outlook"] {
        content.extend(ascii_words(w));
    }
    // the switcher names each language in itself; places keep their names (cities of zones)
    for l in Lang::OFFERED {
        content.extend(ascii_words(l.autonym()));
    }
    for c in cascade::domain::COUNTRIES {
        content.extend(ascii_words(c.3));
    }
    let english_left = |page: &str, html: &str| -> Vec<String> {
        ascii_words(&visible_text(html))
            .into_iter()
            .filter(|w| !content.contains(w))
            .map(|w| format!("{page}: {w}"))
            .collect()
    };

    let mut left = Vec::new();
    let public = format!("/t/{slug}");
    let (s, html) = get(&app, &client, &public).await;
    assert_eq!(s, 200);
    assert!(html.contains("lang=\"en-XA\""), "the pseudo-locale's tag");
    left.extend(english_left(&public, &html));

    let form = format!("/t/{slug}/register");
    let (s, html) = get(&app, &client, &form).await;
    assert_eq!(s, 200);
    left.extend(english_left(&form, &html));

    // the form's errors
    let r = submit(&app, &client, &form, &form, &[("email", "not an address"), ("consent", "yes")]).await;
    assert_eq!(r.status().as_u16(), 422);
    left.extend(english_left("form with an error", &r.text().await.unwrap()));

    let fields = [
        ("email", email),
        ("full_name", name),
        ("organisation", organisation),
        ("country", "MN"),
        ("sex", "female"),
        ("consent", "yes"),
    ];
    let r = submit(&app, &client, &form, &form, &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    let inbox = r.headers()["location"].to_str().unwrap().to_string();
    let (_, html) = get(&app, &client, &inbox).await;
    left.extend(english_left(&inbox, &html));

    app.drain_outbox().await;
    let link = app.last_link_to(email).await;
    let confirm = link.trim_start_matches(&app.url("")).to_string();
    let (s, html) = get(&app, &client, &confirm).await;
    assert_eq!(s, 200, "{confirm}");
    left.extend(english_left("confirm", &html));
    let r = submit(&app, &client, &confirm, &confirm, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let participant = r.headers()["location"].to_str().unwrap().to_string();
    let (s, html) = get(&app, &client, &participant).await;
    assert_eq!(s, 200);
    left.extend(english_left("participant page", &html));
    let key_path = participant.split('?').next().unwrap().to_string();

    let privacy = format!("/t/{slug}/privacy");
    let (_, html) = get(&app, &client, &privacy).await;
    left.extend(english_left(&privacy, &html));
    let erase = format!("{key_path}/erase");
    let (_, html) = get(&app, &client, &erase).await;
    left.extend(english_left("erase", &html));

    let (s, html) = get(&app, &client, &format!("/c/{code}")).await;
    assert_eq!(s, 200, "{html}");
    // its code (as shown, in groups) is not a word either
    let shown = extract(&html, "<dd class=\"code\">", "</dd>").expect("the code on the page");
    left.extend(english_left("certificate", &html.replace(&shown, " ")));
    let (s, html) = get(&app, &client, "/c?code=NOPE-NOPE-NOPE").await;
    assert_eq!(s, 404);
    left.extend(english_left("certificate lookup, not found", &html));

    // the e-mails the registration brought (confirmation, then "registered" with its
    // invitation), their text parts without addresses
    app.drain_outbox().await;
    let url = regex::Regex::new(r"https?://\S+").unwrap();
    let mails = app.mail_to(email).await;
    assert!(mails.len() >= 2, "{} e-mails", mails.len());
    for m in &mails {
        left.extend(english_left(&format!("e-mail {:?}", m.subject), &url.replace_all(&m.subject, " ")));
        left.extend(english_left(&format!("e-mail {:?} (text)", m.subject), &url.replace_all(&m.text, " ")));
        left.extend(english_left(
            &format!("e-mail {:?} (HTML)", m.subject),
            &url.replace_all(&visible_text(&m.html), " "),
        ));
    }

    // an error page (a mistyped address)
    let (s, html) = get(&app, &client, "/t/no-such-training-here").await;
    assert_eq!(s, 404);
    left.extend(english_left("error page", &html));

    // the certificate e-mail of a trainee who reads the pseudo-locale, and its PDF's words
    let mails = app.mail_to(&demo.holder_email).await;
    let issued = mails.iter().find(|m| !m.attachments.is_empty()).expect("the certificate e-mail with its PDF");
    for (part, text) in
        [("subject", issued.subject.clone()), ("text", issued.text.clone()), ("HTML", visible_text(&issued.html))]
    {
        let text = url.replace_all(&text, " ").replace(&shown, " ");
        left.extend(english_left(&format!("certificate e-mail ({part})"), &text));
    }
    if common::tools::available("pdftotext", &["-v"]) {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("certificate.pdf");
        std::fs::write(&pdf, &issued.attachments[0].2).unwrap();
        let out = std::process::Command::new("pdftotext").args([pdf.to_str().unwrap(), "-"]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(&shown), "the PDF's text has the code:\n{text}");
        left.extend(english_left("certificate PDF", &url.replace_all(&text, " ").replace(&shown, " ")));
    }

    // the public impact page of the demo's cascade
    let impact = format!("/t/{}/impact", cascade::demo::SLUG);
    let (s, html) = get(&app, &client, &impact).await;
    assert_eq!(s, 200, "{html}");
    left.extend(english_left(&impact, &html));

    // the trainer space: signing in by e-mail (the page and the link's e-mail), then the
    // trainer's own pages
    let (_, html) = get(&app, &client, "/trainer/sign-in").await;
    left.extend(english_left("trainer sign-in", &html));
    let r = submit(&app, &client, "/trainer/sign-in", "/trainer/sign-in", &[("email", &demo.trainer_email)]).await;
    assert_eq!(r.status().as_u16(), 200);
    left.extend(english_left("trainer sign-in, link sent", &r.text().await.unwrap().replace(&demo.trainer_email, " ")));
    app.drain_outbox().await;
    let sign_in_mail = app.mail_to(&demo.trainer_email).await.pop().expect("the sign-in link");
    left.extend(english_left("sign-in e-mail", &url.replace_all(&sign_in_mail.text, " ")));
    left.extend(english_left("sign-in e-mail (subject)", &sign_in_mail.subject));
    let r = submit(
        &app,
        &client,
        "/sign-in",
        "/sign-in",
        &[("email", &demo.trainer_email), ("password", cascade::demo::PASSWORD), ("next", "/trainer")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "the demo's trainer signs in");
    // certificate codes shown in groups are not words
    let codes = regex::Regex::new(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").unwrap();
    for page in [
        "/trainer".to_string(),
        "/trainer/trainings/new".to_string(),
        format!("/trainer/trainings/{}", demo.own_report),
    ] {
        let (s, html) = get(&app, &client, &page).await;
        assert_eq!(s, 200, "{page}: {html}");
        left.extend(english_left(&page, &codes.replace_all(&html, " ")));
    }
    // the trainer's form with mistakes: each field says what it must hold, in the language;
    // the sessions' hours are not a number, the counts by sex do not add up
    let (_, new_page) = get(&app, &client, "/trainer/trainings/new").await;
    let token = extract(&new_page, "name=\"csrf_token\" value=\"", "\"").unwrap_or_default();
    let certificate = extract(&new_page, "<option value=\"", "\"").unwrap_or_default();
    // (typed in Cyrillic: what the trainer typed is not the page's text)
    for (field, value) in [("title", ""), ("session_hours_0", "олон"), ("sex_female", "99")] {
        let mut values = vec![
            ("csrf_token", token.clone()),
            ("certificate_code", certificate.clone()),
            ("title", "Оройн сургалт".to_string()),
            ("session_date_0", "2024-07-02".to_string()),
            ("session_hours_0", "2".to_string()),
            ("mode", "online".to_string()),
            ("country", "MN".to_string()),
            ("city", "Дархан".to_string()),
            ("language", "mn".to_string()),
            ("participants_total", "20".to_string()),
        ];
        values.retain(|(name, _)| *name != field);
        values.push((field, value.to_string()));
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in values {
            form = form.text(name, value);
        }
        let r = client.post(app.url("/trainer/trainings")).multipart(form).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422, "{field}");
        let html = r.text().await.unwrap();
        left.extend(english_left(&format!("trainer's form, {field} wrong"), &codes.replace_all(&html, " ")));
    }

    // the same pages in English do have English words (the check can fail)
    let english = reader(&app, "en");
    let (_, html) = get(&app, &english, &form).await;
    assert!(!english_left("english form", &html).is_empty(), "the check finds English in English");

    assert!(left.is_empty(), "English left in the pseudo-locale:\n{}", left.join("\n"));
}

async fn pages_follow_the_readers_language(app: TestApp) {
    app.load_demo().await;
    let past = format!("/t/{}", cascade::demo::SLUG);
    let slug = cascade::demo::UPCOMING_SLUG;
    let public = format!("/t/{slug}");
    // (Accept-Language, language, words its pages must show)
    let cases = [
        ("mn-MN,mn;q=0.9,en;q=0.5", Lang::Mn, "2023"),
        ("ar", Lang::Ar, "2023"),
        ("ko-KR,ko;q=0.9", Lang::Ko, "2023년 2월 14일"),
        ("ru-RU,ru;q=0.9,en;q=0.8", Lang::Ru, "14 февраля 2023\u{202f}г."),
    ];
    for (accept, lang, past_date) in cases {
        let client = reader(&app, accept);
        let (s, html) = get(&app, &client, &public).await;
        assert_eq!(s, 200);
        assert!(html.contains(&format!("lang=\"{}\" dir=\"{}\"", lang.code(), lang.dir())), "{accept}: {html}");
        for id in ["public-organised-by", "public-schedule", "public-register", "schedule-session"] {
            assert!(html.contains(&escape(&lang.t(id))), "{accept}: {id} {:?} not on the page", lang.t(id));
        }
        assert!(!html.contains("Organised by"), "{accept}: English left");
        // the lead organisation's country (KR) in the reader's language
        let korea = cascade::domain::Country::from_code("KR").unwrap().name_in(lang);
        assert!(html.contains(&escape(&korea)), "{accept}: {korea}");
        // a past training says when it took place, with the date written the language's way
        let (_, html) = get(&app, &client, &past).await;
        assert!(html.contains(past_date), "{accept}: {past_date} not in {html}");
        assert!(!html.contains("February"), "{accept}: an English month");
        // the form and its country list
        let (_, html) = get(&app, &client, &format!("{public}/register")).await;
        assert!(html.contains(&escape(&lang.t("form-consent"))), "{accept}: the form");
        let mongolia = cascade::domain::Country::from_code("MN").unwrap().name_in(lang);
        assert!(html.contains(&format!("<option value=\"MN\">{}</option>", escape(&mongolia))), "{accept}");
    }

    // a registration in Mongolian from start to finish
    let mn = reader(&app, "mn");
    let form = format!("{public}/register");
    let r = submit(&app, &mn, &form, &form, &[("email", "bat@example.mn"), ("consent", "yes")]).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains(&escape(&Lang::Mn.t("field-error-full_name"))), "{html}");
    assert!(html.contains(&escape(&Lang::Mn.t("error-summary"))), "{html}");
    let fields = [
        ("email", "bat@example.mn"),
        ("full_name", "Bat-Erdene Dorj"),
        ("organisation", "National Statistics Office"),
        ("country", "MN"),
        ("consent", "yes"),
    ];
    let r = submit(&app, &mn, &form, &form, &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, html) = get(&app, &mn, r.headers()["location"].to_str().unwrap()).await;
    assert!(html.contains(&escape(&Lang::Mn.t("inbox-title"))), "{html}");
    app.drain_outbox().await;
    // the e-mail is in the language the form was read in (stored with the registration)
    let title = "Refresher: the reporting portal one year on"; // the demo's upcoming training
    let mails = app.mail_to("bat@example.mn").await;
    assert_eq!(mails.len(), 1);
    let expected = Lang::Mn.t1("mail-confirm-subject", "title", title);
    assert_eq!(mails[0].subject, expected.split_whitespace().collect::<Vec<_>>().join(" "));
    assert!(mails[0].html.contains("lang=\"mn\""), "{}", mails[0].html);
    assert!(mails[0].text.contains(&Lang::Mn.t1("mail-hello", "name", "Bat-Erdene Dorj")), "{}", mails[0].text);
    let confirm = app.last_link_to("bat@example.mn").await.trim_start_matches(&app.url("")).to_string();
    let (_, html) = get(&app, &mn, &confirm).await;
    assert!(html.contains(&escape(&Lang::Mn.t("confirm-button"))), "{html}");
    let r = submit(&app, &mn, &confirm, &confirm, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let participant = r.headers()["location"].to_str().unwrap().to_string();
    let (_, html) = get(&app, &mn, &participant).await;
    assert!(html.contains("lang=\"mn\""));
    // "you are registered" and its calendar invitation, in Mongolian, dates included
    app.drain_outbox().await;
    let mails = app.mail_to("bat@example.mn").await;
    let registered = mails.iter().find(|m| !m.calendars.is_empty()).expect("the e-mail with the invitation");
    assert!(registered.text.contains(&Lang::Mn.t("mail-sessions-in-your-zone")), "{}", registered.text);
    assert!(
        !registered.text.contains("Hello") && !registered.text.contains("Your registration"),
        "{}",
        registered.text
    );
    let invite = common::Ics::parse(&registered.calendars[0].1);
    let own_page = Lang::Mn.t1("ics-your-registration", "url", "");
    assert!(invite.events[0].description.contains(own_page.trim()), "{}", invite.events[0].description);
    for id in
        ["participant-yours", "participant-welcome-confirmed", "registrations-status-confirmed", "participant-cancel"]
    {
        assert!(html.contains(&escape(&Lang::Mn.t(id))), "{id} not on the participant page");
    }

    // the language of their e-mails and calendar changes with their details; the feed follows
    let key_path = participant.split('?').next().unwrap().to_string();
    let feed = format!("{key_path}/calendar.ics");
    let before = mn.get(app.url(&feed)).send().await.unwrap();
    let etag = before.headers()["etag"].to_str().unwrap().to_string();
    let ics = common::Ics::parse(&before.text().await.unwrap());
    let mn_line = Lang::Mn.t1("ics-your-registration", "url", "");
    assert!(ics.events[0].description.contains(mn_line.trim()), "{}", ics.raw);
    let details = [
        ("full_name", "Bat-Erdene Dorj"),
        ("organisation", "National Statistics Office"),
        ("country", "MN"),
        ("language", "ko"),
    ];
    let r = submit(&app, &mn, &key_path, &key_path, &details).await;
    assert_eq!(r.status().as_u16(), 200);
    let after = mn.get(app.url(&feed)).header("If-None-Match", &etag).send().await.unwrap();
    assert_eq!(after.status().as_u16(), 200, "a new language is a new feed");
    let ics = common::Ics::parse(&after.text().await.unwrap());
    let ko_line = Lang::Ko.t1("ics-your-registration", "url", "");
    assert!(ics.events[0].description.contains(ko_line.trim()), "{}", ics.raw);
    let r =
        submit(&app, &mn, &key_path, &key_path, &[("full_name", "Bat"), ("country", "MN"), ("language", "xx")]).await;
    assert_eq!(r.status().as_u16(), 422, "a language Cascade does not speak");

    // the switcher: the cookie wins over the browser's language, and the page is kept
    let r = mn.get(app.url(&format!("/lang/ko?back={}", urlencode(&participant)))).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], participant.as_str());
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("lang=ko;") && cookie.contains("HttpOnly") && cookie.contains("Path=/"), "{cookie}");
    let (_, html) = get(&app, &mn, &participant).await;
    assert!(html.contains("lang=\"ko\""), "the switched language");
    assert!(html.contains(&escape(&Lang::Ko.t("participant-cancel"))));
    // every page offers the switch, as links that work without JavaScript, naming this page
    let (_, html) = get(&app, &mn, &public).await;
    assert!(html.contains(&format!("href=\"/lang/ar?back={}\"", urlencode(&public))), "{html}");
    assert!(html.contains("lang=\"ar\" hreflang=\"ar\">العربية</a>"));
    // one cached page per language: the ETag and Vary say so
    let r = mn.get(app.url(&public)).send().await.unwrap();
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    assert!(etag.ends_with("-ko\""), "{etag}");
    assert!(r.headers()["vary"].to_str().unwrap().contains("Accept-Language"));
    assert_eq!(r.headers()["content-language"], "ko");

    // organisers adding someone through the API give (and read back) their language
    let lead = app.lead_token().await;
    let (_, list) = app.api(reqwest::Method::GET, "/api/v1/trainings", &lead, None).await;
    let upcoming = list.as_array().and_then(|l| l.iter().find(|t| t["slug"] == slug)).expect("the training")["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/trainings/{upcoming}/registrations");
    let walk_in = |language: &str| serde_json::json!({"email": format!("walk-in-{language}@example.kg"), "full_name": "Walk In", "organisation": "Office", "country": "UZ", "status": "confirmed", "language": language});
    let (s, out) = app.api(reqwest::Method::POST, &path, &lead, Some(walk_in("uz-Latn"))).await;
    assert_eq!(s, 201, "{out}");
    assert_eq!(out["language"], "uz-Latn");
    let (s, out) = app.api(reqwest::Method::POST, &path, &lead, Some(walk_in("klingon"))).await;
    assert_eq!((s, out["field"].as_str()), (422, Some("language")), "{out}");
    // their "you are registered" e-mail is in Uzbek
    app.drain_outbox().await;
    let mails = app.mail_to("walk-in-uz-Latn@example.kg").await;
    assert!(
        mails.iter().any(|m| m.html.contains("lang=\"uz-Latn\"")),
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );

    // a `back` that leaves the site is not followed; an unknown language sets no cookie
    for (path, cookie) in [
        ("/lang/fr?back=//evil.example/", true),
        ("/lang/fr?back=https://evil.example/", true),
        ("/lang/xx?back=/t/x", false),
    ] {
        let r = mn.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 303, "{path}");
        let location = r.headers()["location"].to_str().unwrap();
        assert!(location == "/" || location == "/t/x", "{path} → {location}");
        assert_eq!(r.headers().contains_key("set-cookie"), cookie, "{path}");
    }
}

async fn in_a_browser(app: TestApp) {
    let what = "a registration in Mongolian and the Arabic page, in a browser";
    let Some(browser) = chrome::Browser::find(what) else {
        return;
    };
    app.load_demo().await;
    let app = std::sync::Arc::new(app);
    let base = app.url("");
    let slug = cascade::demo::UPCOMING_SLUG;
    let email = "oyunaa@example.mn";
    let run_app = app.clone();
    browser
        .run(what, std::time::Duration::from_secs(180), move |c| async move {
            let app = run_app;
            let mn = Lang::Mn;
            // the switcher, as a reader uses it: the link named in Mongolian, on the public page
            chrome::goto(&c, &format!("{base}/t/{slug}")).await;
            chrome::click_xpath(&c, "//footer//a[@hreflang='mn']").await;
            let title = format!("{}", serde_json::json!(mn.t("public-organised-by")));
            chrome::wait_page(
                &c,
                "the public page in Mongolian",
                "^/t/[^/]+$",
                &format!("document.documentElement.lang === 'mn' && document.querySelector('#who-h').innerText.trim() === {title}"),
            )
            .await;
            chrome::click_link(&c, &mn.t("public-register")).await;
            chrome::wait_heading(&c, "^/t/[^/]+/register$", &mn.t("form-heading")).await;
            let form = format!("form[action='/t/{slug}/register']");
            chrome::type_into(&c, &format!("{form} #email"), email).await;
            chrome::type_into(&c, &format!("{form} #full_name"), "Оюунаа Батбаяр").await;
            chrome::type_into(&c, &format!("{form} #organisation"), "Үндэсний статистикийн хороо").await;
            chrome::select_value(&c, &format!("{form} #country"), "MN").await;
            let country = c
                .execute("var s = document.querySelector('#country'); return s.options[s.selectedIndex].text", vec![])
                .await
                .unwrap();
            assert_eq!(country, serde_json::json!("Монгол"), "the country named in Mongolian");
            chrome::check(&c, &format!("{form} #consent")).await;
            chrome::click_button(&c, &mn.t("form-submit")).await;
            chrome::wait_heading(&c, "^/t/[^/]+/check-inbox$", &mn.t("inbox-title")).await;
            app.drain_outbox().await;
            let link = app.last_link_to(email).await;
            chrome::goto(&c, &link).await;
            chrome::wait_heading(&c, "^/confirm/", &mn.t("confirm-title")).await;
            chrome::click_button(&c, &mn.t("confirm-button")).await;
            let badge = chrome::wait_page(
                &c,
                "the participant page in Mongolian",
                "^/p/[^/]+$",
                "(function () { var b = document.querySelector('main .status-line .badge'); return b && b.innerText.trim(); })()",
            )
            .await;
            assert_eq!(badge, serde_json::json!(mn.t("registrations-status-confirmed")));
            let main = chrome::text(&c, "main").await;
            assert!(main.contains(&mn.t("participant-welcome-confirmed")), "{main}");
            assert!(!main.contains("Your registration"), "English on the page: {main}");

            // Arabic: right to left, one stylesheet
            chrome::goto(&c, &format!("{base}/lang/ar?back=/t/{slug}")).await;
            let layout = chrome::wait_page(
                &c,
                "the public page in Arabic",
                "^/t/[^/]+$",
                "(function () {
                    if (document.documentElement.lang !== 'ar') return null;
                    var th = document.querySelectorAll('table.schedule thead th');
                    // where the heading's text is, not its box (a block is as wide as main)
                    var range = document.createRange();
                    range.selectNodeContents(document.querySelector('main h1'));
                    var h1 = range.getBoundingClientRect();
                    var main = document.querySelector('main').getBoundingClientRect();
                    return {
                        direction: getComputedStyle(document.documentElement).direction,
                        first_column_left: th[0].getBoundingClientRect().left,
                        second_column_left: th[1].getBoundingClientRect().left,
                        heading_right_gap: main.right - h1.right,
                        heading_left_gap: h1.left - main.left,
                        align: getComputedStyle(th[0]).textAlign
                    };
                })()",
            )
            .await;
            assert_eq!(layout["direction"], "rtl", "{layout}");
            assert!(
                layout["first_column_left"].as_f64() > layout["second_column_left"].as_f64(),
                "the first column (the session) is on the right: {layout}"
            );
            assert!(layout["heading_right_gap"].as_f64() < layout["heading_left_gap"].as_f64(), "{layout}");
            assert_eq!(layout["align"], "start", "{layout}");
        })
        .await;
}

fn escape(text: &str) -> String {
    // as askama escapes
    text.replace('&', "&#38;").replace('<', "&#60;").replace('>', "&#62;").replace('"', "&#34;").replace('\'', "&#39;")
}

fn urlencode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A training's title, summary and description in other languages: written through the API
/// and the editor's page (with its errors), shown to readers of that language on the public
/// page, the form and in their e-mails; the calendar entry keeps the training's own title;
/// readers of other languages see the training as written.
async fn a_training_in_several_languages(app: TestApp) {
    app.load_demo().await;
    let token = app.lead_token().await;
    let slug = cascade::demo::UPCOMING_SLUG;
    let own_title = "Refresher: the reporting portal one year on";
    let (_, list) = app.api(reqwest::Method::GET, "/api/v1/trainings", &token, None).await;
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["slug"] == slug)
        .and_then(|t| t["id"].as_i64())
        .expect("the upcoming demo training");
    let path = format!("/api/v1/trainings/{id}");
    let (s, before) = app.api(reqwest::Method::GET, &path, &token, None).await;
    assert_eq!(s, 200);
    assert_eq!(before["translations"], serde_json::json!([]));
    // the whole training back, as PUT replaces it, with translations
    let body = |translations: serde_json::Value| {
        serde_json::json!({
            "title": before["title"], "slug": before["slug"], "summary": before["summary"],
            "description": before["description"], "kind": before["kind"], "timezone": before["timezone"],
            "language": before["language"], "capacity": before["capacity"],
            "registration_mode": before["registration_mode"], "translations": translations,
        })
    };
    let mongolian = serde_json::json!({
        "language": "mn",
        "title": "Давтан сургалт: мэдээллийн портал нэг жилийн дараа",
        "summary": "Хоёр үдээс хойш",
        "description": "Шинэчлэгдсэн **портал**",
    });
    // refused, each naming the field, and nothing changes
    for (bad, field) in [
        (serde_json::json!([{"language": "xx", "title": "T"}]), "translations[0].language"),
        (serde_json::json!([{"language": "en", "title": "T"}]), "translations[0].language"),
        (serde_json::json!([mongolian.clone(), mongolian.clone()]), "translations[1].language"),
        (serde_json::json!([{"language": "ko", "title": " "}]), "translations[0].title"),
        (serde_json::json!([{"language": "ko", "title": "T\r\nBcc: x@example.org"}]), "translations[0].title"),
    ] {
        let (s, e) = app.api(reqwest::Method::PUT, &path, &token, Some(body(bad.clone()))).await;
        assert_eq!((s, e["field"].as_str()), (422, Some(field)), "{bad}: {e}");
    }
    let (_, unchanged) = app.api(reqwest::Method::GET, &path, &token, None).await;
    assert_eq!(unchanged["translations"], serde_json::json!([]));

    let (s, after) = app.api(reqwest::Method::PUT, &path, &token, Some(body(serde_json::json!([mongolian])))).await;
    assert_eq!(s, 200, "{after}");
    assert_eq!(after["translations"][0]["language"], "mn");
    assert_eq!(after["title"], own_title, "the training's own title stays");
    // a PUT without translations keeps them
    let mut without = body(serde_json::Value::Null);
    without.as_object_mut().unwrap().remove("translations");
    let (s, kept) = app.api(reqwest::Method::PUT, &path, &token, Some(without)).await;
    assert_eq!((s, kept["translations"].as_array().map(Vec::len)), (200, Some(1)), "{kept}");

    // the editor's page: add Korean, with an error first
    let lead = common::Person::new(&app);
    lead.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let page = format!("/trainings/{id}/languages");
    let (s, html) = lead.get(&page).await;
    assert_eq!(s, 200);
    assert!(html.contains("Давтан сургалт") && html.contains("name=\"title_1\""), "the stored row and an empty one");
    // the stored Mongolian row, and a Korean one without its title, then with it
    let rows = |korean_title: &'static str| {
        [
            ("language_0", "mn"),
            ("title_0", "Давтан сургалт: мэдээллийн портал нэг жилийн дараа"),
            ("summary_0", "Хоёр үдээс хойш"),
            ("description_0", "Шинэчлэгдсэн **портал**"),
            ("language_1", "ko"),
            ("title_1", korean_title),
        ]
    };
    let r = lead.submit(&page, &page, &rows("")).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("href=\"#title_1\"") && html.contains("id=\"title_1-error\""),
        "the error names the field:\n{html}"
    );
    let korean = "보고 포털 1년 후: 재교육";
    let r = lead.submit(&page, &page, &rows(korean)).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, stored) = app.api(reqwest::Method::GET, &path, &token, None).await;
    assert_eq!(stored["translations"].as_array().map(Vec::len), Some(2), "{stored}");

    // readers: Mongolian sees the Mongolian title and description (Markdown rendered),
    // Korean the Korean title with the training's own description, Russian the training as written
    let mn = reader(&app, "mn");
    let (_, html) = get(&app, &mn, &format!("/t/{slug}")).await;
    assert!(html.contains("Давтан сургалт: мэдээллийн портал") && html.contains("<strong>портал</strong>"), "{html}");
    assert!(!html.contains(own_title), "the Mongolian page shows the Mongolian title");
    let (_, html) = get(&app, &reader(&app, "ko"), &format!("/t/{slug}")).await;
    assert!(html.contains(korean) && html.contains("A follow-up to the Training of Trainers"), "{html}");
    let (_, html) = get(&app, &reader(&app, "ru"), &format!("/t/{slug}")).await;
    assert!(html.contains(own_title), "no Russian: as written");
    let form = format!("/t/{slug}/register");
    let (_, html) = get(&app, &mn, &form).await;
    assert!(html.contains("Давтан сургалт"), "the form too");

    // a Mongolian reader registers: the e-mails carry the Mongolian title, the calendar
    // entry the training's own
    let email = "bolormaa@example.mn";
    let fields = [
        ("email", email),
        ("full_name", "Болормаа Дорж"),
        ("organisation", "ЗГХЭГ"),
        ("country", "MN"),
        ("consent", "yes"),
    ];
    let r = submit(&app, &mn, &form, &form, &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain_outbox().await;
    let link = app.last_link_to(email).await;
    let confirm = link.trim_start_matches(&app.url("")).to_string();
    let r = submit(&app, &mn, &confirm, &confirm, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain_outbox().await;
    let mails = app.mail_to(email).await;
    let invite =
        mails.iter().find(|m| m.attachments.iter().any(|a| a.1.starts_with("text/calendar"))).expect("the invitation");
    assert!(invite.text.contains("Давтан сургалт"), "{}", invite.text);
    let ics =
        String::from_utf8(invite.attachments.iter().find(|a| a.1.starts_with("text/calendar")).unwrap().2.clone())
            .unwrap();
    let unfolded = ics.replace("\r\n ", "");
    // "training — session", the training's own title (a ':' is not escaped in TEXT)
    assert!(unfolded.contains(&format!("SUMMARY:{own_title} — Part 1")), "{unfolded}");
    assert!(!unfolded.contains("SUMMARY:Давтан"), "the calendar entry keeps the training's own title");
}

on_both_backends!(
    pseudo_locale_leaves_no_english,
    pages_follow_the_readers_language,
    in_a_browser,
    a_training_in_several_languages
);
