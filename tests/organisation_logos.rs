//! Organisations' logos on both databases: uploaded through the API (as the body or a
//! multipart form) and the edit page (multipart with CSRF), refused with a clear 4xx and no
//! change when they are not a PNG or JPEG, too large, cut short or too many pixels; only the
//! person who added the organisation (or an administrator) may change it; served publicly with
//! its type, nosniff and an ETag; and drawn on the certificates, checked with poppler's
//! `pdfimages` (a logo that cannot be decoded is left out, never the certificate).

mod common;

use common::{images, tools, Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const OWNER: (&str, &str) = ("owner@example.org", "correct horse battery");
const STRANGER: (&str, &str) = ("stranger@example.org", "another long passphrase");

/// PUTs `bytes` as the request body with `content_type`.
async fn put_raw(app: &TestApp, token: &str, id: i64, bytes: Vec<u8>, content_type: &str) -> (u16, Value) {
    let r = app
        .client
        .put(app.url(&format!("/api/v1/organisations/{id}/logo")))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(bytes)
        .send()
        .await
        .expect("PUT logo");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// PUTs `bytes` as the field `file` of a multipart form, named `file_name`.
async fn put_multipart(app: &TestApp, token: &str, id: i64, bytes: Vec<u8>, file_name: &str) -> (u16, Value) {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()).mime_str("image/png").unwrap();
    let r = app
        .client
        .put(app.url(&format!("/api/v1/organisations/{id}/logo")))
        .bearer_auth(token)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .expect("PUT logo (multipart)");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// (status, content type, nosniff, ETag, bytes) of the public logo.
async fn public_logo(app: &TestApp, id: i64) -> (u16, String, String, String, Vec<u8>) {
    let r = app.new_client().get(app.url(&format!("/organisations/{id}/logo"))).send().await.unwrap();
    let header = |name: &str| r.headers().get(name).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let (ct, nosniff, etag) = (header("content-type"), header("x-content-type-options"), header("etag"));
    (r.status().as_u16(), ct, nosniff, etag, r.bytes().await.unwrap().to_vec())
}

async fn upload_refuse_and_serve(app: TestApp) {
    app.create_account(OWNER.0, "Owner", OWNER.1, false).await;
    app.create_account(STRANGER.0, "Stranger", STRANGER.1, false).await;
    let owner = app.api_token(OWNER.0, OWNER.1).await;
    let stranger = app.api_token(STRANGER.0, STRANGER.1).await;
    let (s, org) = app
        .api(
            Method::POST,
            "/api/v1/organisations",
            &owner,
            Some(json!({"name": "Ministry of Justice", "country": "MN"})),
        )
        .await;
    assert_eq!(s, 201, "{org}");
    let id = org["id"].as_i64().unwrap();
    assert_eq!(public_logo(&app, id).await.0, 404, "no logo yet");

    // a PNG as the body
    let png = images::png(300, 100, true);
    let (s, info) = put_raw(&app, &owner, id, png.clone(), "image/png").await;
    assert_eq!(s, 200, "{info}");
    assert_eq!(
        (info["media_type"].as_str(), info["width"].as_i64(), info["height"].as_i64()),
        (Some("image/png"), Some(300), Some(100))
    );
    let (s, ct, nosniff, etag, bytes) = public_logo(&app, id).await;
    assert_eq!((s, ct.as_str(), nosniff.as_str()), (200, "image/png", "nosniff"));
    assert_eq!(bytes, png);
    assert!(etag.starts_with('"') && etag.len() > 20, "{etag}");
    let r = app
        .new_client()
        .get(app.url(&format!("/organisations/{id}/logo")))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 304, "revalidated by its ETag");

    // a JPEG in a multipart form (named .png and sent as image/png: the content decides)
    let jpeg = images::jpeg(90, 60);
    let (s, info) = put_multipart(&app, &owner, id, jpeg.clone(), "logo.png").await;
    assert_eq!(s, 200, "{info}");
    assert_eq!((info["media_type"].as_str(), info["width"].as_i64()), (Some("image/jpeg"), Some(90)));
    let (_, ct, nosniff, jpeg_etag, bytes) = public_logo(&app, id).await;
    assert_eq!((ct.as_str(), nosniff.as_str()), ("image/jpeg", "nosniff"));
    assert_eq!(bytes, jpeg);
    assert_ne!(jpeg_etag, etag);

    // bad uploads: a clear 4xx, and the JPEG stays
    let mut cut_png = images::png(200, 200, true);
    cut_png.truncate(cut_png.len() * 2 / 3);
    let mut no_end = images::png(200, 200, false);
    no_end.truncate(no_end.len() - 12); // the IEND chunk
    let mut cut_jpeg = images::jpeg(120, 80);
    cut_jpeg.truncate(cut_jpeg.len() / 2);
    let too_big = vec![0x89; 600 * 1024];
    let cases: Vec<(&str, Vec<u8>, u16, &str, &str)> = vec![
        ("a GIF", images::gif(), 415, "unsupported_media_type", "a GIF image"),
        ("a text file named .png", b"this is not an image\n".to_vec(), 415, "unsupported_media_type", "a text file"),
        ("an SVG", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(), 415, "unsupported_media_type", "SVG"),
        ("a truncated PNG", cut_png, 422, "invalid", "truncated"),
        ("a PNG without its end", no_end, 422, "invalid", "truncated"),
        ("a truncated JPEG", cut_jpeg, 422, "invalid", "truncated"),
        ("a PNG with too many pixels", images::png(4001, 2, false), 422, "invalid", "at most 4000 pixels"),
        ("an empty file", Vec::new(), 422, "invalid", "choose a PNG or JPEG"),
        ("a file over 512 KB", too_big, 413, "payload_too_large", "larger than"),
    ];
    for (what, bytes, status, code, needle) in cases {
        for multipart in [false, true] {
            let (s, body) = if multipart {
                put_multipart(&app, &owner, id, bytes.clone(), "logo.png").await
            } else {
                put_raw(&app, &owner, id, bytes.clone(), "image/png").await
            };
            assert_eq!(s, status, "{what} (multipart: {multipart}): {body}");
            assert_eq!(body["code"], code, "{what}: {body}");
            assert!(body["message"].as_str().unwrap_or("").contains(needle), "{what}: {body}");
        }
    }
    let (_, ct, _, unchanged, bytes) = public_logo(&app, id).await;
    assert_eq!((ct.as_str(), unchanged.as_str(), bytes.len()), ("image/jpeg", jpeg_etag.as_str(), jpeg.len()));

    // who may change it: not a stranger, not without a token; unknown organisations are 404
    let (s, body) = put_raw(&app, &stranger, id, png.clone(), "image/png").await;
    assert_eq!((s, body["code"].as_str()), (403, Some("forbidden")), "{body}");
    let (s, _) = app.api(Method::DELETE, &format!("/api/v1/organisations/{id}/logo"), &stranger, None).await;
    assert_eq!(s, 403);
    let r =
        app.client.put(app.url(&format!("/api/v1/organisations/{id}/logo"))).body(png.clone()).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let (s, _) = put_raw(&app, &owner, 999_999, png.clone(), "image/png").await;
    assert_eq!(s, 404);
    assert_eq!(public_logo(&app, id).await.3, jpeg_etag, "refused requests changed nothing");

    // removed by its owner (twice: still 204), then gone
    for _ in 0..2 {
        let (s, _) = app.api(Method::DELETE, &format!("/api/v1/organisations/{id}/logo"), &owner, None).await;
        assert_eq!(s, 204);
    }
    assert_eq!(public_logo(&app, id).await.0, 404);

    // the OpenAPI document describes the three
    let (_, doc) = app.get_text("/api/openapi.json").await;
    let doc: Value = serde_json::from_str(&doc).unwrap();
    let logo = &doc["paths"]["/api/v1/organisations/{id}/logo"];
    assert!(logo["put"]["requestBody"]["content"]["multipart/form-data"].is_object(), "{logo}");
    assert!(logo["put"]["responses"]["415"].is_object() && logo["delete"]["responses"]["204"].is_object(), "{logo}");
    assert!(doc["paths"]["/organisations/{id}/logo"]["get"].is_object());
}

/// The edit page: a multipart form with the CSRF token, the error shown on the form, the remove
/// button; strangers are refused.
async fn edit_page(app: TestApp) {
    app.create_account(OWNER.0, "Owner", OWNER.1, false).await;
    app.create_account(STRANGER.0, "Stranger", STRANGER.1, false).await;
    let owner = Person::new(&app);
    owner.sign_in(OWNER.0, OWNER.1).await;
    let r = owner.submit("/organisations", "/organisations", &[("name", "UNDP Kosovo"), ("country", "XK")]).await;
    assert_eq!(r.status().as_u16(), 303);
    let token = app.api_token(OWNER.0, OWNER.1).await;
    let (_, list) = app.api(Method::GET, "/api/v1/organisations", &token, None).await;
    let id = list[0]["id"].as_i64().unwrap();
    let edit = format!("/organisations/{id}/edit");
    let (s, html) = owner.get("/organisations").await;
    assert!(s == 200 && html.contains(&format!("href=\"{edit}\"")), "the list links to the edit page");
    let (s, html) = owner.get(&edit).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("enctype=\"multipart/form-data\"") && html.contains("<label for=\"file\">Upload a logo"),
        "{html}"
    );
    assert!(!html.contains("Remove the logo"), "nothing to remove yet");
    let csrf = common::extract(&html, "name=\"csrf_token\" value=\"", "\"").unwrap();

    let post = |bytes: Vec<u8>, csrf: String| {
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", csrf)
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name("logo.png"));
        owner.client.post(app.url(&format!("/organisations/{id}/logo"))).multipart(form).send()
    };
    // without the token: refused, nothing stored
    let r = post(images::png(60, 30, false), "forged".into()).await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(public_logo(&app, id).await.0, 404);
    // a GIF: the form again, with the error beside the field
    let r = post(images::gif(), csrf.clone()).await.unwrap();
    assert_eq!(r.status().as_u16(), 415);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("the file is a GIF image, not a PNG or JPEG image") && html.contains("aria-invalid=\"true\""),
        "{html}"
    );
    // too large: the same
    let r = post(vec![0xff; 600 * 1024], csrf.clone()).await.unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert!(r.text().await.unwrap().contains("larger than 512 KB"));
    assert_eq!(public_logo(&app, id).await.0, 404);
    // a PNG: stored and shown
    let png = images::png(60, 30, false);
    let r = post(png.clone(), csrf.clone()).await.unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let (_, html) = owner.get(&format!("{edit}?done=uploaded")).await;
    assert!(html.contains("The new logo was saved") && html.contains("alt=\"Current logo of UNDP Kosovo\""), "{html}");
    assert!(html.contains("60×30 pixels") && html.contains("Remove the logo"), "{html}");
    assert_eq!(public_logo(&app, id).await.4, png);

    // a stranger sees no edit link and may not open the page or remove the logo
    let stranger = Person::new(&app);
    stranger.sign_in(STRANGER.0, STRANGER.1).await;
    let (_, html) = stranger.get("/organisations").await;
    assert!(!html.contains(&format!("href=\"{edit}\"")));
    assert_eq!(stranger.get(&edit).await.0, 403);
    let r = stranger.submit("/organisations", &format!("/organisations/{id}/logo/delete"), &[]).await;
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(public_logo(&app, id).await.0, 200);

    // the details can be edited on the same page
    let r = owner.submit(&edit, &edit, &[("name", "UNDP Kosovo Office"), ("country", "XK"), ("website", "")]).await;
    assert_eq!(r.status().as_u16(), 303);
    // the owner removes it
    let r = owner.submit(&edit, &format!("/organisations/{id}/logo/delete"), &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, html) = owner.get(&format!("{edit}?done=removed")).await;
    assert!(html.contains("The logo was removed") && html.contains("UNDP Kosovo Office"), "{html}");
    assert_eq!(public_logo(&app, id).await.0, 404);
}

/// The demo's organisations have logos; one is replaced by a JPEG and one is damaged in the
/// database (past the upload checks): the certificates carry the three good ones, at their
/// sizes, in the PDF, and their text still reads back.
async fn logos_on_certificates(app: TestApp) {
    let id = app.load_demo().await;
    let lead = app.lead_token().await;
    let arben = app.api_token("arben@undp-xk.example.org", cascade::demo::PASSWORD).await;
    let (_, orgs) = app.api(Method::GET, "/api/v1/organisations", &lead, None).await;
    let org = |name: &str| orgs.as_array().unwrap().iter().find(|o| o["name"] == name).unwrap()["id"].as_i64().unwrap();
    let (kosovo, mongolia) = (org("UNDP Kosovo"), org("UNDP Mongolia"));
    for o in orgs.as_array().unwrap() {
        let (s, ct, ..) = public_logo(&app, o["id"].as_i64().unwrap()).await;
        assert_eq!((s, ct.as_str()), (200, "image/png"), "the demo's {} has a logo", o["name"]);
    }
    // the lead may not change another organisation's logo; its own person may
    let (s, _) = put_raw(&app, &lead, kosovo, images::jpeg(90, 60), "image/jpeg").await;
    assert_eq!(s, 403);
    let (s, body) = put_raw(&app, &arben, kosovo, images::jpeg(90, 60), "image/jpeg").await;
    assert_eq!(s, 200, "{body}");
    // Mongolia's logo damaged in the database
    let state = app.state.clone();
    tokio::task::spawn_blocking(move || {
        use cascade::db::schema::organisation_logos;
        use diesel::prelude::*;
        let mut conn = state.db.get().unwrap();
        diesel::update(organisation_logos::table.find(mongolia))
            .set(organisation_logos::bytes.eq(b"\x89PNG\r\n\x1a\nnot really".to_vec()))
            .execute(&mut conn)
            .unwrap();
    })
    .await
    .unwrap();

    let (s, issued) = app
        .api(Method::POST, &format!("/api/v1/trainings/{id}/certificates"), &lead, Some(json!({"all_eligible": true})))
        .await;
    assert_eq!(s, 200, "{issued}");
    let list = issued["certificates"].as_array().unwrap();
    assert!(list.len() > 20 && list.iter().all(|c| c["status"] == "issued"), "a damaged logo fails no certificate");
    let code = list[0]["code"].as_str().unwrap();
    let r = app.get(&format!("/c/{code}/certificate.pdf")).await;
    assert_eq!(r.status().as_u16(), 200);
    let pdf = r.bytes().await.unwrap().to_vec();
    if !tools::available("pdfimages", &["-v"]) || !tools::available("pdftotext", &["-v"]) {
        return;
    }
    let listed = tools::pdf_images(&pdf);
    let mut shown: Vec<(u32, u32, &str)> =
        listed.iter().filter(|i| i.kind == "image").map(|i| (i.width, i.height, i.encoding.as_str())).collect();
    shown.sort_unstable();
    // ACRC's wide seal and Uzbekistan's (PNG, transparent), Kosovo's JPEG as it was uploaded
    assert_eq!(shown, vec![(90, 60, "jpeg"), (200, 200, "image"), (480, 160, "image")], "{listed:#?}");
    assert_eq!(listed.iter().filter(|i| i.kind == "smask").count(), 2, "{listed:#?}");
    let text = tools::pdf_text(&pdf);
    for needle in
        ["Anti-Corruption and Civil Rights Commission", "UNDP Mongolia", "UNDP Kosovo", "UNDP Uzbekistan", code]
    {
        let needle = if needle == code { list[0]["display_code"].as_str().unwrap() } else { needle };
        assert!(text.contains(needle), "{needle} not in the PDF's text:\n{text}");
    }
}

on_both_backends!(upload_refuse_and_serve, edit_page, logos_on_certificates);
