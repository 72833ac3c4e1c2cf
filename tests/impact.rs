//! The cascade's impact on both databases, with the reference scenario grown forward (`cascade
//! demo`'s three generations): the JSON figures per generation, deduplication of named people
//! across generations, verified vs reported totals, who may see which subtree, the public page
//! (off until switched on; small groups not listed), the SVG charts parsed as XML by Python with
//! their numbers matching the JSON, and the CSV.

mod common;

use common::{tools, Person, TestApp};
use reqwest::Method;
use serde_json::Value;

/// Loads the demo, certifies its cohort and grows the cascade, as `cascade demo` does.
async fn grown(app: &TestApp) -> (i64, cascade::demo::DemoSummary) {
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        let certs = cascade::certificates::Certificates::load(&state.settings, &state.db).unwrap();
        let mut summary = cascade::demo::load(&mut conn, &state.link_env).unwrap();
        cascade::demo::certify(&mut conn, &state.link_env, &certs.key, &mut summary).unwrap();
        cascade::demo::grow_cascade(&mut conn, &state.link_env, &certs.key, &mut summary).unwrap();
        (summary.training_id, summary)
    })
    .await
    .unwrap()
}

async fn impact(app: &TestApp, token: &str, id: i64) -> (u16, Value) {
    app.api(Method::GET, &format!("/api/v1/trainings/{id}/impact"), token, None).await
}

fn generation(report: &Value, n: i64) -> &Value {
    report["generations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["generation"] == n)
        .unwrap_or_else(|| panic!("G{n}: {report}"))
}

async fn figures_per_generation(app: TestApp) {
    let (root, summary) = grown(&app).await;
    let lead = app.lead_token().await;
    let (s, report) = impact(&app, &lead, root).await;
    assert_eq!(s, 200, "{report}");
    let gens = report["generations"].as_array().unwrap();
    assert_eq!(gens.len(), 3, "three generations: {report}");
    // G0: the reference ToT's 33 confirmed participants who attended, 3 countries
    let g0 = generation(&report, 0);
    assert_eq!(g0["people_reached"], 33, "{g0}");
    assert_eq!(g0["named_participants"], 33);
    assert_eq!(g0["countries"], serde_json::json!(["MN", "UZ", "XK"]));
    let g0_trainers = g0["trainers_certified"].as_i64().unwrap();
    assert!(g0_trainers > 10, "{g0}");
    // G1: four reported trainings (127 people) and the hosted Pristina training (12 named)
    let g1 = generation(&report, 1);
    assert_eq!((g1["reported_trainings"].as_i64(), g1["hosted_trainings"].as_i64()), (Some(4), Some(1)), "{g1}");
    assert_eq!((g1["reported_participants"].as_i64(), g1["named_participants"].as_i64()), (Some(127), Some(12)));
    assert_eq!(g1["trainers_certified"], 10, "ten of twelve Pristina participants attended both mornings");
    // by sex adds up to the people reached in every generation
    for g in gens {
        let by_sex: i64 = g["by_sex"].as_object().unwrap().values().map(|v| v.as_i64().unwrap()).sum();
        let by_age: i64 = g["by_age_band"].as_object().unwrap().values().map(|v| v.as_i64().unwrap()).sum();
        assert_eq!(by_sex, g["people_reached"].as_i64().unwrap(), "{g}");
        assert_eq!(by_age, g["people_reached"].as_i64().unwrap(), "{g}");
    }
    // G2: two reported trainings, in Kosovo and Albania: four countries in all
    let g2 = generation(&report, 2);
    assert_eq!(g2["people_reached"], 40);
    assert_eq!(report["totals"]["countries"].as_array().unwrap().len(), 4, "{report}");
    // the multiplier, as its formula says
    let below = g1["people_reached"].as_i64().unwrap() + g2["people_reached"].as_i64().unwrap();
    let expected = ((below as f64 / g0_trainers as f64) * 100.0).round() / 100.0;
    assert_eq!(report["multiplier"].as_f64().unwrap(), expected, "{report}");
    assert!(report["multiplier_formula"].as_str().unwrap().contains("÷ trainers certified in generation 0"));
    // verified only: the two reported trainings still awaiting (45 + 22 people) are left out
    assert_eq!(report["awaiting_verification"], 2);
    let v = &report["verified_only"];
    assert_eq!(generation(v, 1)["people_reached"], 139 - 45);
    assert_eq!(generation(v, 2)["people_reached"], 40 - 22);
    assert_eq!(
        report["totals"]["people_reached"].as_i64().unwrap() - v["totals"]["people_reached"].as_i64().unwrap(),
        67
    );
    // the demo trainer signs in with the demo password
    let (email, _) = summary.trainer.clone().unwrap();
    let trainer = app.api_token(&email, cascade::demo::PASSWORD).await;
    let (s, _) = impact(&app, &trainer, root).await;
    assert_eq!(s, 404, "a G1 trainer does not see the root's whole tree");

    // verifying a waiting report changes the verified figures
    let queue = Person::new(&app);
    queue.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let (s, page) = queue.get("/downstream/queue").await;
    assert_eq!(s, 200);
    let id = common::extract(&page, "<td><a href=\"/downstream/", "\"").expect("a waiting report in the queue");
    let (s, body) = app
        .api(
            Method::POST,
            &format!("/api/v1/downstream-trainings/{id}/verification"),
            &lead,
            Some(serde_json::json!({"decision": "verified"})),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let (_, after) = impact(&app, &lead, root).await;
    assert_eq!(after["awaiting_verification"], 1);
    assert!(
        after["verified_only"]["totals"]["people_reached"].as_i64() > v["totals"]["people_reached"].as_i64(),
        "{after}"
    );
    assert_eq!(after["totals"], report["totals"], "all reported figures are unchanged");

    // across an organisation's trainings: the lead organisation's roots are the reference ToT
    // and its follow-up; the Pristina municipality's cascade starts at the hosted training, one generation down
    let organisations = app.api(Method::GET, "/api/v1/organisations", &lead, None).await.1;
    let id_of = |name: &str| {
        organisations.as_array().unwrap().iter().find(|o| o["name"] == name).unwrap_or_else(|| panic!("{name}"))["id"]
            .as_i64()
            .unwrap()
    };
    let acrc = id_of("Anti-Corruption and Civil Rights Commission");
    let (s, org) = app.api(Method::GET, &format!("/api/v1/organisations/{acrc}/impact"), &lead, None).await;
    assert_eq!(s, 200, "{org}");
    // two roots: the reference ToT's cascade and the demo's follow-up, which nobody attended yet
    for k in ["people_reached", "named_participants", "reported_participants", "trainers_certified", "countries"] {
        assert_eq!(org["totals"][k], after["totals"][k], "{k}: {org}");
    }
    assert_eq!(
        org["totals"]["hosted_trainings"].as_i64().unwrap(),
        after["totals"]["hosted_trainings"].as_i64().unwrap() + 1
    );
    let pristina = id_of("Municipality of Pristina");
    let (s, _) = app.api(Method::GET, &format!("/api/v1/organisations/{pristina}/impact"), &lead, None).await;
    assert_eq!(s, 404, "the lead organiser does not organise for Pristina");
    let (s, org) = app
        .api(
            Method::GET,
            &format!("/api/v1/organisations/{pristina}/impact"),
            &trainer_of_pristina(&app, root).await,
            None,
        )
        .await;
    assert_eq!(s, 200, "{org}");
    assert_eq!(org["generations"].as_array().unwrap().len(), 2, "the hosted training and the third generation: {org}");
    assert_eq!(generation(&org, 0)["named_participants"], 12);
    assert_eq!(generation(&org, 1)["people_reached"], generation(&after, 2)["people_reached"]);
}

/// A token for the Kosovo trainer who leads the hosted Pristina training.
async fn trainer_of_pristina(app: &TestApp, root: i64) -> String {
    let state = app.state.clone();
    let email = tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        let hosted = cascade::downstream::lineage::subtree(&mut conn, root)
            .unwrap()
            .into_iter()
            .find(|(_, d)| *d == 1)
            .unwrap()
            .0;
        let lead = cascade::trainings::queries::organisers(&mut conn, hosted)
            .unwrap()
            .into_iter()
            .find(|o| o.role == cascade::domain::OrganiserRole::Lead)
            .unwrap();
        lead.email
    })
    .await
    .unwrap();
    app.api_token(&email, cascade::demo::PASSWORD).await
}

/// A person trained in G0 who also attends a G1 training is one person reached, at G0.
async fn named_people_are_counted_once(app: TestApp) {
    let (root, _) = grown(&app).await;
    let lead = app.lead_token().await;
    let (_, before) = impact(&app, &lead, root).await;
    let state = app.state.clone();
    let g0_email = tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        let hosted = cascade::downstream::lineage::subtree(&mut conn, root)
            .unwrap()
            .into_iter()
            .find(|(_, d)| *d == 1)
            .unwrap()
            .0;
        let regs = cascade::registration::queries::list(&mut conn, root).unwrap();
        let someone = regs.iter().find(|r| r.status == cascade::registration::Status::Confirmed).unwrap().clone();
        let lead = cascade::trainings::queries::organisers(&mut conn, hosted)
            .unwrap()
            .into_iter()
            .find(|o| o.role == cascade::domain::OrganiserRole::Lead)
            .unwrap();
        let xk = cascade::accounts::find(&mut conn, lead.account_id).unwrap().unwrap();
        let input = cascade::registration::RegistrationInput {
            email: someone.email.clone(),
            full_name: someone.full_name.clone(),
            organisation: someone.organisation.clone(),
            country: someone.country.clone(),
            consent: "yes".into(),
            ..Default::default()
        };
        let details = cascade::registration::service::parse_details(&input, true).unwrap();
        cascade::db::write_transaction(&mut conn, |conn| {
            let id = cascade::registration::service::record_participant(
                conn,
                hosted,
                &details,
                cascade::registration::Status::Confirmed,
            )?;
            let sessions = cascade::trainings::queries::sessions(conn, hosted)?;
            let marks: Vec<_> = sessions
                .iter()
                .map(|s| cascade::attendance::service::MarkInput {
                    registration_id: id,
                    session_id: s.id,
                    status: Some(cascade::attendance::AttendanceStatus::Present),
                    minutes: Some(240),
                })
                .collect();
            cascade::attendance::service::set_marks(conn, &xk, hosted, &marks)
        })
        .unwrap();
        someone.email
    })
    .await
    .unwrap();
    let (_, after) = impact(&app, &lead, root).await;
    assert_eq!(after["totals"]["people_reached"], before["totals"]["people_reached"], "{g0_email} counted once");
    assert_eq!(generation(&after, 1)["named_participants"], generation(&before, 1)["named_participants"]);
}

/// The public page is off until switched on; it shows aggregates; its charts' numbers are the
/// JSON's; small groups are not listed; the CSV agrees.
async fn public_page_and_charts(app: TestApp) {
    let (root, _) = grown(&app).await;
    let slug = cascade::demo::SLUG;
    let (s, _) = app.get_text(&format!("/t/{slug}/impact")).await;
    assert_eq!(s, 404, "off until the organisers switch it on");
    let organiser = Person::new(&app);
    organiser.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let r = organiser
        .submit(&format!("/trainings/{root}/impact"), &format!("/trainings/{root}/impact/public"), &[("public", "on")])
        .await;
    assert_eq!(r.status(), 303);
    let (s, page) = app.get_text(&format!("/t/{slug}/impact")).await;
    assert_eq!(s, 200);
    assert!(!page.contains("@"), "no e-mail addresses on the public page");
    let lead = app.lead_token().await;
    let (_, report) = impact(&app, &lead, root).await;

    // every chart is well-formed XML whose bars carry the JSON's numbers
    let (_, organiser_page) = organiser.get(&format!("/trainings/{root}/impact")).await;
    let svgs: Vec<&str> = organiser_page.split("<svg ").skip(1).map(|s| s.split("</svg>").next().unwrap()).collect();
    assert_eq!(svgs.len(), 4, "generations, months, countries, sex");
    if tools::python_has(&["xml.etree.ElementTree"]) {
        let joined: String = svgs.iter().map(|s| format!("<svg {s}</svg>")).collect::<Vec<_>>().join("\n\u{1e}\n");
        let out = tools::python(
            "import sys, json, xml.etree.ElementTree as ET\n\
             charts = []\n\
             for doc in sys.stdin.read().split('\\n\\x1e\\n'):\n\
             \x20   root = ET.fromstring(doc)\n\
             \x20   assert root.find('{http://www.w3.org/2000/svg}title') is not None\n\
             \x20   charts.append({e.get('data-key'): int(e.get('data-value')) for e in root.iter() if e.get('data-value') is not None})\n\
             print(json.dumps(charts))",
            &joined,
        );
        let charts: Vec<std::collections::BTreeMap<String, i64>> = serde_json::from_str(out.trim()).unwrap();
        for g in report["generations"].as_array().unwrap() {
            let key = format!("G{}", g["generation"]);
            assert_eq!(charts[0][&key], g["people_reached"].as_i64().unwrap(), "{key}");
        }
        for m in report["by_month"].as_array().unwrap() {
            assert_eq!(charts[1][m["key"].as_str().unwrap()], m["people"].as_i64().unwrap());
        }
        assert_eq!(charts[2]["Mongolia"], report["by_country"][0]["people"].as_i64().unwrap());
        assert_eq!(charts[3]["Female"], report["totals"]["by_sex"]["female"].as_i64().unwrap());
    }

    // a small group: a reported training of 3 people in a month of its own is listed for the
    // organisers, not on the public page
    let trainer_email = {
        let (_, page) = organiser.get("/downstream/queue?status=all").await;
        assert!(page.contains("Darkhan"), "{page}");
        let state = app.state.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = state.db.get().unwrap();
            let certs = cascade::certificates::queries::for_training(&mut conn, root).unwrap();
            let logged = certs
                .iter()
                .find(|c| cascade::downstream::queries::has_logged(&mut conn, &c.holder_email).unwrap())
                .unwrap()
                .clone();
            (logged.holder_email, logged.code)
        })
        .await
        .unwrap()
    };
    let trainer = app.api_token(&trainer_email.0, cascade::demo::PASSWORD).await;
    let (s, body) = app
        .api(
            Method::POST,
            "/api/v1/downstream-trainings",
            &trainer,
            Some(serde_json::json!({"certificate_code": trainer_email.1, "title": "Three colleagues", "starts_on": "2024-08-14",
                "mode": "in_person", "country": "MN", "place": "Zuunmod", "language": "mn", "hours": 2,
                "participants_total": 3, "participants_by_sex": {"female": 2, "male": 1}})),
        )
        .await;
    assert_eq!(s, 201, "{body}");
    let (_, report) = impact(&app, &lead, root).await;
    assert!(report["by_month"].as_array().unwrap().iter().any(|m| m["key"] == "2024-08" && m["people"] == 3));
    let (_, public) = app.get_text(&format!("/t/{slug}/impact")).await;
    assert!(!public.contains("2024-08"), "a group of 3 is not listed publicly");
    let (_, page) = organiser.get(&format!("/trainings/{root}/impact")).await;
    assert!(page.contains("2024-08"), "organisers see it");

    // the CSV of generations carries the JSON's totals
    let (s, csv) = organiser.get(&format!("/trainings/{root}/impact.csv?table=generations")).await;
    assert_eq!(s, 200);
    let total = csv.lines().find(|l| l.starts_with("total,")).unwrap();
    let cells: Vec<&str> = total.split(',').collect();
    assert_eq!(cells[6], report["totals"]["people_reached"].to_string(), "{csv}");
    let (s, _) = organiser.get(&format!("/trainings/{root}/impact.csv?table=nope")).await;
    assert_eq!(s, 422);
    // strangers see nothing
    app.create_account("stranger@example.org", "Stranger", "correct horse battery", false).await;
    let stranger = app.api_token("stranger@example.org", "correct horse battery").await;
    assert_eq!(impact(&app, &stranger, root).await.0, 404);
}

on_both_backends!(figures_per_generation, named_people_are_counted_once, public_page_and_charts);

/// Moves a stored report's computation time back by two hours.
async fn age_snapshot(app: &TestApp, root: i64) {
    use cascade::db::schema::impact_snapshots as snap;
    use diesel::prelude::*;
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = state.db.get().unwrap();
        let aged = cascade::db::now() - chrono::Duration::hours(2);
        let n = diesel::update(snap::table.find(("training", root)))
            .set(snap::computed_at.eq(aged))
            .execute(&mut *conn)
            .unwrap();
        assert_eq!(n, 1, "the report is stored");
    })
    .await
    .unwrap();
}

async fn stored_count(app: &TestApp) -> i64 {
    use cascade::db::schema::impact_snapshots as snap;
    use diesel::prelude::*;
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || snap::table.count().get_result(&mut *state.db.get().unwrap()).unwrap())
        .await
        .unwrap()
}

/// A report that is slow to compute (every report, with `snapshot_after_ms = 0`) is stored and
/// served from storage with the time it was computed; once older than the maximum age, the next
/// request gets it marked as updating and a background recomputation replaces it; the
/// maintenance call recomputes every stored report at once.
async fn stored_reports(app: TestApp) {
    let (root, _) = grown(&app).await;
    let lead = app.lead_token().await;
    assert_eq!(stored_count(&app).await, 0);
    let (s, first) = impact(&app, &lead, root).await;
    assert_eq!(s, 200, "{first}");
    assert_eq!((first["awaiting_verification"].as_i64(), first["updating"].as_bool()), (Some(2), Some(false)));
    assert_eq!(stored_count(&app).await, 1);

    // a decision does not show in the stored report while it is fresh
    let queue = Person::new(&app);
    queue.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let (_, page) = queue.get("/downstream/queue").await;
    let id = common::extract(&page, "<td><a href=\"/downstream/", "\"").expect("a waiting report");
    let (s, body) = app
        .api(
            Method::POST,
            &format!("/api/v1/downstream-trainings/{id}/verification"),
            &lead,
            Some(serde_json::json!({"decision": "verified"})),
        )
        .await;
    assert_eq!(s, 200, "{body}");
    let (_, served) = impact(&app, &lead, root).await;
    assert_eq!(served["computed_at"], first["computed_at"], "served from storage");
    assert_eq!(served["awaiting_verification"], 2);
    let (_, page) = queue.get(&format!("/trainings/{root}/impact")).await;
    let stamp = first["computed_at"].as_str().unwrap();
    assert!(page.contains(&format!("Figures as of <time datetime=\"{stamp}\">")), "{page}");
    assert!(!page.contains("being computed"));

    // older than the maximum age: served once more, marked, and recomputed in the background
    age_snapshot(&app, root).await;
    let (_, stale) = impact(&app, &lead, root).await;
    assert_eq!(
        (stale["awaiting_verification"].as_i64(), stale["updating"].as_bool()),
        (Some(2), Some(true)),
        "{stale}"
    );
    common::wait_until("the background recomputation lands", std::time::Duration::from_secs(60), || async {
        impact(&app, &lead, root).await.1["awaiting_verification"] == 1
    })
    .await;
    let (_, fresh) = impact(&app, &lead, root).await;
    assert_eq!(fresh["updating"], false);
    assert!(fresh["computed_at"].as_str() > first["computed_at"].as_str());

    // the public page is served from storage too
    let organiser = Person::new(&app);
    organiser.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    organiser
        .submit(&format!("/trainings/{root}/impact"), &format!("/trainings/{root}/impact/public"), &[("public", "on")])
        .await;
    let (s, public) = app.get_text(&format!("/t/{}/impact", cascade::demo::SLUG)).await;
    assert_eq!(s, 200);
    assert!(public.contains(fresh["computed_at"].as_str().unwrap()), "the stored report's time");

    // the maintenance call recomputes what is stored
    age_snapshot(&app, root).await;
    let n =
        cascade::reports::snapshot::refresh_older_than(&app.state, std::time::Duration::from_secs(60)).await.unwrap();
    assert_eq!(n, 1);
    let (_, now) = impact(&app, &lead, root).await;
    assert_eq!(now["updating"], false, "recomputed: {now}");
    assert!(now["computed_at"].as_str() > fresh["computed_at"].as_str());
}

/// A stored report that has become quick to compute (the cascade shrank, the machine is
/// faster, the threshold was raised) is computed per request again, and forgotten.
async fn quick_reports_are_not_stored(app: TestApp) {
    let (root, _) = grown(&app).await;
    let lead = app.lead_token().await;
    let (_, live) = impact(&app, &lead, root).await;
    assert_eq!(stored_count(&app).await, 0, "quick: computed per request");
    // a report stored by an instance with other settings, two hours ago, that was quick
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::impact_snapshots as snap;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        let mut old = live.clone();
        old["awaiting_verification"] = 99.into();
        diesel::insert_into(snap::table)
            .values((
                snap::scope.eq("training"),
                snap::scope_id.eq(root),
                snap::computed_at.eq(cascade::db::now() - chrono::Duration::hours(2)),
                snap::compute_ms.eq(1i64),
                snap::body.eq(old.to_string()),
            ))
            .execute(&mut *conn)
            .unwrap();
    })
    .await
    .unwrap();
    let (_, again) = impact(&app, &lead, root).await;
    assert_eq!(again["awaiting_verification"], 2, "computed, not read: {again}");
    assert_eq!(stored_count(&app).await, 0, "and the stored one is gone");
}

mod stored_reports {
    fn settings(s: &mut cascade::config::Settings) {
        s.reports.snapshot_after_ms = 0;
        s.reports.snapshot_max_age_secs = 3600;
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        let app = crate::common::TestApp::spawn_with(crate::common::Backend::Sqlite, settings).await.expect("app");
        super::stored_reports(app).await;
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if let Some(app) = crate::common::TestApp::spawn_with(crate::common::Backend::Postgres, settings).await {
            super::stored_reports(app).await;
        }
    }
}

on_both_backends!(quick_reports_are_not_stored);
