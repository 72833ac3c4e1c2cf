//! Issue 10, items 8 and 9: pages a participant can read on a phone and trust. On both
//! databases wherever the database takes part:
//!
//! - the public page shows each organising organisation once, with its logo served by Cascade
//!   (its name as the alternative text) and never the address typed into `logo_url`; a new or
//!   removed logo shows at once;
//! - every training has a contact address (set by the organisers, else the lead organiser's) on
//!   its public page, in its JSON, in the trainings API and at the foot of every e-mail to its
//!   participants;
//! - a privacy notice per training, linked from the public page, the form, the participant's
//!   page and the e-mails, says what is kept, for how long (as configured) and how to have it
//!   erased; and erasing does what it says: by the participant, by an organiser at their
//!   request, and after the configured retention;
//! - a favicon (SVG, and a real ICO at /favicon.ico); no developer links (API, mailbox) for
//!   participants; participant pages stay under 30 KB compressed;
//! - in a real browser at 360 px, each session of the schedule is a card showing every zone
//!   without scrolling, while the HTML stays a table (at 1280 px it is shown as one).

#[path = "common/browser.rs"]
mod chrome;
mod common;

use std::io::Write as _;

use common::{extract, images, Backend, Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const PW: &str = "correct horse battery";
const LEAD: &str = "lead@example.org";

struct Setup {
    lead: String,
    training: i64,
    slug: String,
    /// The body the training was created with (a PUT sends it all again).
    body: Value,
}

/// A published training (two sessions in 2030) led by LEAD for "Statistics Office" (KR).
async fn training(app: &TestApp, capacity: Option<i32>) -> Setup {
    app.create_account(LEAD, "Lead Organiser", PW, false).await;
    let lead = app.api_token(LEAD, PW).await;
    let (s, org) = app
        .api(Method::POST, "/api/v1/organisations", &lead, Some(json!({"name": "Statistics Office", "country": "KR"})))
        .await;
    assert_eq!(s, 201, "{org}");
    let mut body = json!({"title": "Open data ToT", "timezone": "Asia/Seoul", "organisation_id": org["id"]});
    if let Some(c) = capacity {
        body["capacity"] = json!(c);
    }
    let (s, t) = app.api(Method::POST, "/api/v1/trainings", &lead, Some(body.clone())).await;
    assert_eq!(s, 201, "{t}");
    let id = t["id"].as_i64().unwrap();
    for day in [14, 15] {
        let session = json!({"title": format!("Day {}", day - 13), "starts_at": format!("2030-02-{day}T16:00"), "ends_at": format!("2030-02-{day}T19:00")});
        let (s, b) = app.api(Method::POST, &format!("/api/v1/trainings/{id}/sessions"), &lead, Some(session)).await;
        assert_eq!(s, 201, "{b}");
    }
    let (s, b) = app
        .api(Method::POST, &format!("/api/v1/trainings/{id}/status"), &lead, Some(json!({"status": "published"})))
        .await;
    assert_eq!(s, 200, "{b}");
    Setup { lead, training: id, slug: t["slug"].as_str().unwrap().to_string(), body }
}

/// Registers `email` through the form and confirms it with the e-mailed link; returns the
/// participant's page (`/p/…`).
async fn register_and_confirm(p: &Person<'_>, slug: &str, email: &str, name: &str) -> String {
    let form = format!("/t/{slug}/register");
    let fields = [
        ("email", email),
        ("full_name", name),
        ("organisation", "Census Bureau"),
        ("country", "MN"),
        ("sex", "female"),
        ("consent", "yes"),
    ];
    let r = p.submit(&form, &form, &fields).await;
    assert_eq!(r.status().as_u16(), 303, "registering {email}");
    let link = p.app.last_link_to(email).await;
    let path = link.strip_prefix(&p.app.base).unwrap().to_string();
    let r = p.submit(&path, &path, &[]).await;
    assert_eq!(r.status().as_u16(), 303, "confirming {email}");
    r.headers()["location"].to_str().unwrap().trim_end_matches("?welcome=1").to_string()
}

/// The stored registration of `id`: (email, full name, organisation, country, sex, status,
/// erased).
fn stored(app: &TestApp, id: i64) -> (String, String, String, String, Option<String>, String, bool) {
    use cascade::db::schema::registrations as r;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    let row: (String, String, String, String, Option<String>, String, Option<chrono::NaiveDateTime>) = r::table
        .find(id)
        .select((r::email, r::full_name, r::organisation, r::country, r::sex, r::status, r::erased_at))
        .first(&mut conn)
        .unwrap();
    (row.0, row.1, row.2, row.3, row.4, row.5, row.6.is_some())
}

fn registration_id(app: &TestApp, training: i64, email: &str) -> i64 {
    use cascade::db::schema::registrations as r;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    r::table.filter(r::training_id.eq(training)).filter(r::email.eq(email)).select(r::id).first(&mut conn).unwrap()
}

/// (kind, status, ICS method) of every outbox row addressed to `email`.
fn outbox_to(app: &TestApp, email: &str) -> Vec<(String, String, Option<String>)> {
    use cascade::db::schema::outbox;
    use diesel::prelude::*;
    let mut conn = app.state.db.get().unwrap();
    outbox::table
        .filter(outbox::recipient.like(format!("%{email}%")))
        .order(outbox::id)
        .select((outbox::kind, outbox::status, outbox::ics_method))
        .load(&mut conn)
        .unwrap()
}

/// A public JSON document (no token).
async fn public_json(app: &TestApp, path: &str) -> Value {
    let r = app.new_client().get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    r.json().await.unwrap()
}

/// The demo's co-organising organisations: (id, name).
fn demo_organisations(app: &TestApp) -> Vec<(i64, String)> {
    let mut conn = app.state.db.get().unwrap();
    cascade::organisations::list(&mut conn).unwrap().into_iter().map(|o| (o.id, o.name)).collect()
}

// ---------------------------------------------------------------------------------------------
// Logos

async fn logos_are_served_by_cascade(app: TestApp) {
    app.load_demo().await;
    let slug = cascade::demo::SLUG;
    app.create_account("admin@example.org", "Admin", PW, true).await;
    let admin = app.api_token("admin@example.org", PW).await;
    let visitor = Person::new(&app);
    let (s, html) = visitor.get(&format!("/t/{slug}")).await;
    assert_eq!(s, 200);
    let organisations = demo_organisations(&app);
    assert_eq!(organisations.len(), 4, "the demo's four organisations");
    for (id, name) in &organisations {
        // its logo, from Cascade, named by the organisation; its name once in the list
        let img = format!("<img src=\"/organisations/{id}/logo?v=");
        let at = html.find(&img).unwrap_or_else(|| panic!("no logo of {name} on the public page:\n{html}"));
        let tag = &html[at..at + html[at..].find('>').unwrap()];
        assert!(tag.contains(&format!("alt=\"{name}\"")), "{tag}");
        assert!(tag.contains("width=\"") && tag.contains("height=\""), "the image's size is reserved: {tag}");
        assert_eq!(html.matches(&format!("<strong>{name}</strong>")).count(), 1, "{name} is listed once");
    }
    // every image on the page comes from Cascade
    for (i, _) in html.match_indices("<img ") {
        assert!(html[i..].starts_with("<img src=\"/organisations/"), "{}", &html[i..i + 80]);
    }
    let src = extract(&html, "<img src=\"", "\"").unwrap();
    let r = visitor.client.get(app.url(&src)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");

    // an address typed into logo_url is never shown nor fetched
    let (lead_id, lead_name) = organisations.iter().find(|(_, n)| n.starts_with("Anti-Corruption")).unwrap().clone();
    let (s, b) = app
        .api(
            Method::PUT,
            &format!("/api/v1/organisations/{lead_id}"),
            &admin,
            Some(json!({"name": lead_name, "country": "KR", "logo_url": "https://logos.example.net/acrc.png"})),
        )
        .await;
    assert_eq!(s, 200, "{b}");
    let (_, html) = visitor.get(&format!("/t/{slug}")).await;
    assert!(!html.contains("logos.example.net"), "a hot-linked logo");
    assert!(html.contains(&format!("<img src=\"/organisations/{lead_id}/logo?v=")));

    // a new logo shows at once (the page is cached per training version), in the JSON too
    let before = extract(&html, &format!("<img src=\"/organisations/{lead_id}/logo?v="), "\"").unwrap();
    let r = app
        .client
        .put(app.url(&format!("/api/v1/organisations/{lead_id}/logo")))
        .bearer_auth(&admin)
        .header("content-type", "image/png")
        .body(images::png(240, 80, false))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let (_, html) = visitor.get(&format!("/t/{slug}")).await;
    let after = extract(&html, &format!("<img src=\"/organisations/{lead_id}/logo?v="), "\"").unwrap();
    assert_ne!(before, after, "the page still shows the old logo");
    assert!(html.contains("width=\"240\" height=\"80\""), "the new logo's size");
    let json = public_json(&app, &format!("/api/v1/public/trainings/{slug}")).await;
    let logo = json["organisers"].as_array().unwrap().iter().find(|o| o["organisation"] == lead_name.as_str()).unwrap()
        ["logo"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(logo, app.url(&format!("/organisations/{lead_id}/logo?v={after}")));

    // a removed logo is gone from the page at once; the name stays
    let r = app
        .client
        .delete(app.url(&format!("/api/v1/organisations/{lead_id}/logo")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let (_, html) = visitor.get(&format!("/t/{slug}")).await;
    assert!(!html.contains(&format!("/organisations/{lead_id}/logo")), "a removed logo is still shown");
    assert!(html.contains(&format!("<strong>{lead_name}</strong>")));
}

// ---------------------------------------------------------------------------------------------
// The contact address

async fn every_training_has_a_contact_address(app: TestApp) {
    let s = training(&app, None).await;
    let t = format!("/api/v1/trainings/{}", s.training);
    let (_, out) = app.api(Method::GET, &t, &s.lead, None).await;
    assert_eq!((out["contact_email"].as_str(), out["contact_email_set"].as_bool()), (Some(LEAD), Some(false)));
    let visitor = Person::new(&app);
    let (_, html) = visitor.get(&format!("/t/{}", s.slug)).await;
    assert!(html.contains(&format!("<a href=\"mailto:{LEAD}\">{LEAD}</a>")), "the lead's address by default");

    // the organisers choose one (checked, lower-cased)
    let mut body = s.body.clone();
    body["contact_email"] = json!("not an address");
    let (status, err) = app.api(Method::PUT, &t, &s.lead, Some(body.clone())).await;
    assert_eq!(status, 422, "{err}");
    assert_eq!(err["field"], "contact_email");
    body["contact_email"] = json!("Training.Desk@Example.org");
    let (status, out) = app.api(Method::PUT, &t, &s.lead, Some(body.clone())).await;
    assert_eq!(status, 200, "{out}");
    assert_eq!(
        (out["contact_email"].as_str(), out["contact_email_set"].as_bool()),
        (Some("training.desk@example.org"), Some(true))
    );
    let (_, html) = visitor.get(&format!("/t/{}", s.slug)).await;
    assert!(html.contains("mailto:training.desk@example.org"), "{html}");
    assert!(!html.contains(LEAD), "the lead's own address is no longer shown");
    let json = public_json(&app, &format!("/api/v1/public/trainings/{}", s.slug)).await;
    assert_eq!(json["contact_email"], "training.desk@example.org");
    assert_eq!(json["privacy_url"], app.url(&format!("/t/{}/privacy", s.slug)).as_str());

    // at the foot of every e-mail to a participant, with the privacy notice
    let ana = Person::new(&app);
    register_and_confirm(&ana, &s.slug, "ana@example.org", "Ana Lima").await;
    let mails = app.mail_to("ana@example.org").await;
    assert!(mails.len() >= 2, "confirmation and invitation");
    let privacy = app.url(&format!("/t/{}/privacy", s.slug));
    for m in &mails {
        assert!(m.text.contains("Questions? Write to the organisers: training.desk@example.org"), "{}", m.text);
        assert!(m.text.contains(&privacy), "{}", m.text);
        assert!(m.html.contains("mailto:training.desk@example.org"), "{}", m.html);
        assert!(m.html.contains(&privacy), "{}", m.html);
    }

    // the editor shows the field; emptied, the lead's address is back
    let lead = Person::new(&app);
    lead.sign_in(LEAD, PW).await;
    let (_, editor) = lead.get(&format!("/trainings/{}/edit", s.training)).await;
    assert!(editor.contains("name=\"contact_email\" type=\"email\" value=\"training.desk@example.org\""), "{editor}");
    body["contact_email"] = json!("");
    let (_, out) = app.api(Method::PUT, &t, &s.lead, Some(body)).await;
    assert_eq!((out["contact_email"].as_str(), out["contact_email_set"].as_bool()), (Some(LEAD), Some(false)));

    // and the OpenAPI document says so
    let doc = public_json(&app, "/api/openapi.json").await;
    let schemas = &doc["components"]["schemas"];
    assert!(schemas["TrainingOut"]["required"].as_array().unwrap().contains(&json!("contact_email")));
    assert!(schemas["TrainingInput"]["properties"]["contact_email"].is_object());
    assert!(schemas["PublicTraining"]["properties"]["contact_email"].is_object());
    assert!(schemas["PublicOrganiser"]["properties"]["logo"].is_object());
}

// ---------------------------------------------------------------------------------------------
// The privacy notice

async fn the_privacy_notice_tells_the_truth(app: TestApp) {
    let s = training(&app, None).await;
    let notice = format!("/t/{}/privacy", s.slug);
    let link = format!("href=\"{notice}\"");
    let visitor = Person::new(&app);
    let (status, html) = visitor.get(&notice).await;
    assert_eq!(status, 200);
    for says in [
        "Statistics Office (Republic of Korea)",
        &format!("mailto:{LEAD}"),
        "your e-mail address, name, organisation and country",
        // nothing erases details by itself unless privacy.erase_registrations_after_days is set
        "Cascade does not erase your details by itself",
        // mail.keep_sent_days
        "E-mails sent to you are deleted 30 days after they were sent.",
        "Erase my details",
    ] {
        assert!(html.contains(says), "the notice does not say {says:?}:\n{html}");
    }
    // linked from the public page, the form and the participant's page
    for page in [format!("/t/{}", s.slug), format!("/t/{}/register", s.slug)] {
        assert!(visitor.get(&page).await.1.contains(&link), "{page} does not link the notice");
    }
    let ana = Person::new(&app);
    let own = register_and_confirm(&ana, &s.slug, "ana@example.org", "Ana Lima").await;
    let (_, page) = ana.get(&own).await;
    assert!(page.contains(&link), "the participant's page does not link the notice");
    assert!(page.contains(&format!("href=\"{own}/erase\"")), "nor the way to erase");
    // with nothing configured, nothing is erased by itself
    assert_eq!(cascade::registration::erasure::erase_due_now(&app.state).await.unwrap(), 0);

    // a draft has no notice; nor has an unknown address
    let mut draft = s.body.clone();
    draft["title"] = json!("A draft");
    let (_, d) = app.api(Method::POST, "/api/v1/trainings", &s.lead, Some(draft)).await;
    assert_eq!(visitor.get(&format!("/t/{}/privacy", d["slug"].as_str().unwrap())).await.0, 404);
    assert_eq!(visitor.get("/t/no-such-training/privacy").await.0, 404);
}

/// With a retention set, the notice names it and the date it comes for this training.
async fn the_privacy_notice_names_the_retention(app: TestApp) {
    let s = training(&app, None).await;
    let (_, html) = Person::new(&app).get(&format!("/t/{}/privacy", s.slug)).await;
    // the last session ends on 15 February 2030 (Seoul); 400 days later
    assert!(
        html.contains("erased 400 days after the training&#39;s last session.")
            && html.contains("That is on 22 March 2031."),
        "the notice does not state the retention:\n{html}"
    );
    assert!(!html.contains("does not erase your details by itself"));
}

// ---------------------------------------------------------------------------------------------
// Erasing

async fn participants_erase_their_details(app: TestApp) {
    // one place: Bob waits for it
    let s = training(&app, Some(1)).await;
    let ana = Person::new(&app);
    let own = register_and_confirm(&ana, &s.slug, "ana@example.org", "Ana Lima").await;
    let bob = Person::new(&app);
    register_and_confirm(&bob, &s.slug, "bob@example.org", "Bob Stone").await;
    let id = registration_id(&app, s.training, "ana@example.org");
    let bob_id = registration_id(&app, s.training, "bob@example.org");
    assert_eq!(stored(&app, bob_id).5, "waitlisted");
    app.drain_outbox().await;
    let sent_before = outbox_to(&app, "ana@example.org").len();
    assert!(sent_before >= 3, "confirmation, invitation and the second session's entry");

    // the page asks first; opening it changes nothing
    let (status, ask) = ana.get(&format!("{own}/erase")).await;
    assert_eq!(status, 200);
    assert!(ask.contains("Erase your details?") && ask.contains("Your registration is cancelled first"), "{ask}");
    assert!(!stored(&app, id).6, "opening the page erased");

    let r = ana.submit(&format!("{own}/erase"), &format!("{own}/erase"), &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("Your details are erased"));
    let (email, name, organisation, country, sex, status, erased) = stored(&app, id);
    assert_eq!(email, format!("erased-{id}@erased.invalid"));
    assert_eq!((name.as_str(), organisation.as_str()), (cascade::registration::erasure::ERASED_NAME, ""));
    // what the counts need stays
    assert_eq!((country.as_str(), sex.as_deref(), status.as_str(), erased), ("MN", Some("female"), "cancelled", true));
    {
        use cascade::db::schema::registration_tokens as t;
        use diesel::prelude::*;
        let mut conn = app.state.db.get().unwrap();
        let left: i64 = t::table.filter(t::registration_id.eq(id)).count().get_result(&mut conn).unwrap();
        assert_eq!(left, 0, "one-time links (and the details they carry) are gone");
    }
    // the e-mails sent before are deleted; the cancellation (its CANCEL takes the sessions out
    // of Ana's calendar) still leaves
    let left = outbox_to(&app, "ana@example.org");
    assert!(!left.is_empty() && left.len() < sent_before, "{left:?}");
    assert!(left.iter().all(|(_, _, method)| method.as_deref() == Some("CANCEL") || method.is_none()), "{left:?}");
    let mails = app.mail_to("ana@example.org").await;
    let last = mails.iter().find(|m| m.text.contains("You asked us to erase your details.")).expect("the cancellation");
    assert_eq!(last.invite().method, "CANCEL");
    // the freed place went to Bob
    assert_eq!(stored(&app, bob_id).5, "confirmed");
    // the old link no longer works; erasing again is not possible through it
    assert_eq!(ana.get(&own).await.0, 404);
    let form = format!("/t/{}/register", s.slug);
    assert_eq!(ana.submit(&form, &format!("{own}/erase"), &[]).await.status().as_u16(), 404);
    // organisers see that the details are gone, and nothing to do with them
    let lead = Person::new(&app);
    lead.sign_in(LEAD, PW).await;
    let (_, table) = lead.get(&format!("/trainings/{}/registrations", s.training)).await;
    assert!(table.contains(cascade::registration::erasure::ERASED_NAME));
    assert!(!table.contains("ana@example.org") && !table.contains("Ana Lima"));
    assert!(!table.contains(&format!("/registrations/{id}/")), "actions on an erased registration");
}

async fn organisers_erase_details_on_request(app: TestApp) {
    let s = training(&app, None).await;
    let ana = Person::new(&app);
    register_and_confirm(&ana, &s.slug, "ana@example.org", "Ana Lima").await;
    let id = registration_id(&app, s.training, "ana@example.org");
    // the organiser of another training sees no such registration
    app.create_account("other@example.org", "Other", PW, false).await;
    let other = app.api_token("other@example.org", PW).await;
    let (status, _) = app.api(Method::POST, &format!("/api/v1/registrations/{id}/erase"), &other, None).await;
    assert_eq!(status, 404);
    assert!(!stored(&app, id).6);

    let (status, out) = app.api(Method::POST, &format!("/api/v1/registrations/{id}/erase"), &s.lead, None).await;
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["email"], format!("erased-{id}@erased.invalid").as_str());
    assert!(out["erased_at"].is_string(), "{out}");
    assert_eq!(out["status"], "cancelled", "a place in a training to come is given up");
    // again: nothing changes; anything else: 409
    let (status, again) = app.api(Method::POST, &format!("/api/v1/registrations/{id}/erase"), &s.lead, None).await;
    assert_eq!((status, &again["erased_at"]), (200, &out["erased_at"]));
    let (status, _) = app.api(Method::POST, &format!("/api/v1/registrations/{id}/resend"), &s.lead, None).await;
    assert_eq!(status, 409);
    let (status, _) = app
        .api(Method::PATCH, &format!("/api/v1/registrations/{id}"), &s.lead, Some(json!({"full_name": "Ana Lima"})))
        .await;
    assert_eq!(status, 409, "an erased name cannot be put back");
    assert_eq!(stored(&app, id).1, cascade::registration::erasure::ERASED_NAME);

    // and from the registrations table
    let bob = Person::new(&app);
    register_and_confirm(&bob, &s.slug, "bob@example.org", "Bob Stone").await;
    let bob_id = registration_id(&app, s.training, "bob@example.org");
    let lead = Person::new(&app);
    lead.sign_in(LEAD, PW).await;
    let table = format!("/trainings/{}/registrations", s.training);
    let action = format!("{table}/{bob_id}/erase");
    assert!(lead.get(&table).await.1.contains(&format!("action=\"{action}\"")));
    let r = lead.submit(&table, &action, &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("are erased"));
    assert!(stored(&app, bob_id).6);
}

/// With `privacy.erase_registrations_after_days`, details are erased that many days after the
/// training's last session, and only then: the demo's 2023 training's, not its upcoming one's.
async fn details_are_erased_after_the_retention(app: TestApp) {
    use cascade::db::schema::registrations as r;
    use diesel::prelude::*;
    // the scheduler is driven here (its run-once call), not by the clock
    app.stop_background_and_wait().await;
    let training = app.load_demo().await;
    let counts = |app: &TestApp, t: i64| {
        let mut conn = app.state.db.get().unwrap();
        let c = cascade::registration::queries::counts(&mut conn, t).unwrap();
        (c.by_status, c.by_country, c.by_sex)
    };
    let before = counts(&app, training);
    let (people, upcoming): (i64, i64) = {
        let mut conn = app.state.db.get().unwrap();
        let people = r::table.filter(r::training_id.eq(training)).count().get_result(&mut conn).unwrap();
        let upcoming =
            cascade::trainings::queries::find_by_slug(&mut conn, cascade::demo::UPCOMING_SLUG).unwrap().unwrap().id;
        (people, upcoming)
    };
    assert!(people > 30);
    // someone registered for the upcoming training keeps their details
    let ana = Person::new(&app);
    register_and_confirm(&ana, cascade::demo::UPCOMING_SLUG, "ana@example.org", "Ana Lima").await;

    let erased = cascade::registration::erasure::erase_due_now(&app.state).await.unwrap();
    assert!(erased as i64 >= people, "{erased} erased, {people} registered for the 2023 training");
    let mut conn = app.state.db.get().unwrap();
    let left: Vec<(String, String, Option<chrono::NaiveDateTime>)> = r::table
        .filter(r::training_id.eq(training))
        .select((r::email, r::full_name, r::erased_at))
        .load(&mut conn)
        .unwrap();
    for (email, name, at) in &left {
        assert!(email.ends_with("@erased.invalid") && name == cascade::registration::erasure::ERASED_NAME, "{email}");
        assert!(at.is_some());
    }
    drop(conn);
    // the counts funders get do not change
    assert_eq!(counts(&app, training), before);
    let ana_id = registration_id(&app, upcoming, "ana@example.org");
    assert!(!stored(&app, ana_id).6, "the upcoming training's registration was erased");
    assert_eq!(cascade::registration::erasure::erase_due_now(&app.state).await.unwrap(), 0, "once");
}

// ---------------------------------------------------------------------------------------------
// What participants see around the content

/// The demo's first confirmed registration's personal page.
fn demo_participant_page(app: &TestApp, training: i64) -> String {
    let mut conn = app.state.db.get().unwrap();
    let registrations = cascade::registration::queries::list(&mut conn, training).unwrap();
    let r = registrations.iter().find(|r| r.is_confirmed()).expect("a confirmed registration in the demo");
    format!("/p/{}", cascade::registration::participant_key(&app.state.link_env.link_secret, r.id, &r.link_nonce))
}

async fn participants_see_no_developer_links(app: TestApp) {
    let training = app.load_demo().await;
    let own = demo_participant_page(&app, training);
    let slug = cascade::demo::SLUG;
    let visitor = Person::new(&app);
    // the test server listens on 127.0.0.1 in development: the mailbox is open to this visitor,
    // and still not linked from pages meant for participants
    for path in [
        "/".to_string(),
        format!("/t/{slug}"),
        format!("/t/{}/register", cascade::demo::UPCOMING_SLUG),
        format!("/t/{slug}/privacy"),
        own.clone(),
        format!("{own}/erase"),
        "/c".into(),
    ] {
        let (status, html) = visitor.get(&path).await;
        assert_eq!(status, 200, "{path}");
        assert!(!html.contains("href=\"/api/openapi.json\""), "{path} links the API");
        assert!(!html.contains("href=\"/mailbox\""), "{path} links the mailbox");
    }
    // organisers keep them
    let lead = Person::new(&app);
    lead.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let (_, dashboard) = lead.get("/dashboard").await;
    assert!(dashboard.contains("href=\"/api/openapi.json\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_favicon_is_served_and_linked() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let r = app.client.get(app.url("/favicon.ico")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "/favicon.ico");
    assert_eq!(r.headers()["content-type"], "image/x-icon");
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("max-age="));
    let ico = r.bytes().await.unwrap().to_vec();
    // ICONDIR: one icon; its entry: 32 × 32, 32 bits, the image right after the directory
    assert_eq!(&ico[..6], &[0, 0, 1, 0, 1, 0]);
    assert_eq!((ico[6], ico[7]), (32, 32));
    let size = u32::from_le_bytes(ico[14..18].try_into().unwrap()) as usize;
    let offset = u32::from_le_bytes(ico[18..22].try_into().unwrap()) as usize;
    assert_eq!(offset + size, ico.len());
    // a PNG a separate decoder reads
    let decoder = png::Decoder::new(std::io::Cursor::new(&ico[offset..]));
    let mut reader = decoder.read_info().expect("a PNG inside the ICO");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut pixels).expect("decodable");
    assert_eq!((frame.width, frame.height), (32, 32));

    let r = app.client.get(app.url("/static/favicon.svg?v=1")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    assert!(r.text().await.unwrap().starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    let (_, home) = app.get_text("/").await;
    assert!(home.contains("<link rel=\"icon\" href=\"/static/favicon.svg?v=1\" type=\"image/svg+xml\">"));
    let (_, missing) = app.get_text("/no/such/page").await;
    assert!(missing.contains("/static/favicon.svg?v=1"), "error pages link it too");
}

/// A first visit to a participant's page (HTML, stylesheet and script, compressed as they are
/// served) stays under 30 KB; logos are images and not counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn participant_pages_weigh_under_30_kb() {
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    let training = app.load_demo().await;
    let own = demo_participant_page(&app, training);
    // the demo's certificates and cascade, with the public impact page on (its charts are
    // inline SVG) and a certificate's public page
    let state = app.state.clone();
    let code = tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        let certificates = cascade::certificates::Certificates::load(&state.settings, &state.db).unwrap();
        let mut summary = cascade::demo::load(&mut conn, &state.link_env).unwrap();
        cascade::demo::certify(&mut conn, &state.link_env, &certificates.key, &mut summary).unwrap();
        cascade::demo::grow_cascade(&mut conn, &state.link_env, &certificates.key, &mut summary).unwrap();
        cascade::reports::queries::set_public(&mut conn, training, None, true).unwrap();
        summary.certificates[0].1.clone()
    })
    .await
    .unwrap();
    let gzipped = |body: &[u8]| {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(body).unwrap();
        gz.finish().unwrap().len()
    };
    let visitor = Person::new(&app);
    let mut assets = 0;
    for asset in ["/static/app.css?v=8", "/static/app.js?v=3"] {
        let r = visitor.client.get(app.url(asset)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{asset}");
        assets += gzipped(&r.bytes().await.unwrap());
    }
    for path in [
        format!("/t/{}", cascade::demo::SLUG),
        format!("/t/{}/register", cascade::demo::UPCOMING_SLUG),
        format!("/t/{}/privacy", cascade::demo::SLUG),
        own.clone(),
        format!("{own}/erase"),
        format!("/t/{}/impact", cascade::demo::SLUG),
        format!("/c/{code}"),
        "/trainer/sign-in".to_string(),
    ] {
        let (status, html) = visitor.get(&path).await;
        assert_eq!(status, 200, "{path}");
        let total = gzipped(html.as_bytes()) + assets;
        assert!(total <= 30 * 1024, "{path}: {total} bytes compressed with its stylesheet and script");
    }
}

on_both_backends!(
    logos_are_served_by_cascade,
    every_training_has_a_contact_address,
    the_privacy_notice_tells_the_truth,
    participants_erase_their_details,
    organisers_erase_details_on_request,
    participants_see_no_developer_links,
);

/// Runs a scenario with a tweaked configuration on SQLite and on PostgreSQL, as two tests.
macro_rules! on_both_backends_with {
    ($name:ident, $tweak:expr) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let app = $crate::common::TestApp::spawn_with($crate::common::Backend::Sqlite, $tweak)
                    .await
                    .expect("sqlite app");
                super::$name(app).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::spawn_with($crate::common::Backend::Postgres, $tweak).await
                {
                    super::$name(app).await;
                }
            }
        }
    };
}

on_both_backends_with!(the_privacy_notice_names_the_retention, |s| s.privacy.erase_registrations_after_days = 400);
on_both_backends_with!(details_are_erased_after_the_retention, |s| s.privacy.erase_registrations_after_days = 365);

// ---------------------------------------------------------------------------------------------
// The schedule on a phone, in a real browser

/// What the schedule looks like: the viewport's width and the part of it beside a scrollbar,
/// each row's display, each visible cell's (left, right, the zone it names, whether that name
/// shows), the table's ARIA roles and its column headers.
const SCHEDULE_LAYOUT: &str = r#"
var table = document.querySelector('table.schedule');
if (!table || document.readyState !== 'complete') return null;
var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
var cells = Array.prototype.slice.call(table.querySelectorAll('tbody td')).filter(function (td) { return !td.hidden; });
return {
  width: window.innerWidth,
  // the width left beside a vertical scrollbar, if any
  visible: document.documentElement.clientWidth,
  scrollWidth: document.documentElement.scrollWidth,
  rows: rows.map(function (tr) { return getComputedStyle(tr).display; }),
  cells: cells.map(function (td) {
    var r = td.getBoundingClientRect(), zone = td.querySelector('.zone');
    return {left: r.left, right: r.right, zone: zone ? zone.textContent : '', shown: zone ? getComputedStyle(zone).display !== 'none' : false};
  }),
  roles: [table.getAttribute('role'), rows[0].getAttribute('role'), rows[0].querySelector('th').getAttribute('role'), cells[0].getAttribute('role')],
  headers: Array.prototype.slice.call(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); })
};
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_schedule_is_a_card_per_session_on_a_phone() {
    let what = "the schedule at 360 and 1280 px";
    let Some(browser) = chrome::Browser::find(what) else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("app");
    app.load_demo().await;
    let url = app.url(&format!("/t/{}", cascade::demo::SLUG));
    browser
        .run(what, std::time::Duration::from_secs(120), move |c| async move {
            for width in [360u32, 1280] {
                set_width(&c, width).await;
                chrome::goto(&c, &url).await;
                let layout = chrome::wait_js(&c, what, SCHEDULE_LAYOUT).await;
                assert_eq!(layout["width"], width, "the viewport");
                assert_eq!(
                    layout["roles"],
                    json!(["table", "row", "rowheader", "cell"]),
                    "the schedule stays a table to screen readers"
                );
                let cells = layout["cells"].as_array().unwrap();
                // three sessions × (Seoul, Ulaanbaatar, Pristina, Tashkent and, with app.js, the
                // viewer's own zone: the browser's is UTC)
                assert_eq!(cells.len(), 15, "{layout}");
                let visible = layout["visible"].as_f64().unwrap();
                if width == 360 {
                    assert!(
                        layout["rows"].as_array().unwrap().iter().all(|d| d == "block"),
                        "a card per session: {layout}"
                    );
                    for cell in cells {
                        // every zone's times are on screen, none cut off or behind a scrollbar
                        assert!(cell["left"].as_f64().unwrap() >= 0.0, "{cell}");
                        assert!(cell["right"].as_f64().unwrap() <= visible, "cut off at 360 px: {cell}");
                        assert_eq!(cell["shown"], true, "each time says its zone on a phone: {cell}");
                    }
                    for zone in ["Seoul (training)", "Ulaanbaatar", "Pristina", "Tashkent", "Your time (UTC)"] {
                        assert!(cells.iter().any(|c| c["zone"] == zone), "{zone} missing: {layout}");
                    }
                    assert!(layout["scrollWidth"].as_f64().unwrap() <= visible, "the page scrolls sideways");
                } else {
                    assert!(layout["rows"].as_array().unwrap().iter().all(|d| d == "table-row"), "{layout}");
                    assert!(cells.iter().all(|c| c["shown"] == false), "the column headers name the zones: {layout}");
                    assert_eq!(layout["headers"][0], "Session");
                }
            }
        })
        .await;
}

/// Makes the viewport `width` px wide (the window's frame, if any, made up for).
async fn set_width(c: &fantoccini::Client, width: u32) {
    c.set_window_size(width, 900).await.unwrap();
    let inner = c.execute("return window.innerWidth", vec![]).await.ok().and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    if inner != 0 && inner != width {
        c.set_window_size(width + width.saturating_sub(inner), 900).await.unwrap();
    }
}
