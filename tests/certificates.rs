//! Certificates on both databases, with the reference scenario's cohort: issuing once (also
//! under concurrent requests), the verification page, the PDF read back by poppler and its QR
//! code by zbar, the Open Badges credential checked against 1EdTech's JSON Schema and its
//! VC-JWT verified by PyJWT with the published JWKS, revocation everywhere (page, status list,
//! API, e-mail), the holder's e-mail with the PDF attached, and bad inputs refused without a
//! change.

mod common;

use base64::Engine;
use common::{tools, Person, TestApp};
use reqwest::Method;
use serde_json::{json, Value};

const SCHEMA: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vendor/openbadges/ob_v3p0_achievementcredential_schema.json");

async fn eligibility(app: &TestApp, token: &str, id: i64) -> Value {
    let (status, body) = app.api(Method::GET, &format!("/api/v1/trainings/{id}/eligibility"), token, None).await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn certificates(app: &TestApp, token: &str, id: i64) -> Vec<Value> {
    let (status, body) = app.api(Method::GET, &format!("/api/v1/trainings/{id}/certificates"), token, None).await;
    assert_eq!(status, 200, "{body}");
    body.as_array().unwrap().clone()
}

async fn get_bytes(app: &TestApp, path: &str) -> (u16, String, Vec<u8>) {
    let r = app.get(path).await;
    let status = r.status().as_u16();
    let ct = r.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, ct, r.bytes().await.unwrap().to_vec())
}

/// Bit `index` (from the left) of a Bitstring Status List credential's `encodedList`.
fn status_bit(list: &Value, index: i64) -> bool {
    let encoded = list["credentialSubject"]["encodedList"].as_str().unwrap();
    let gz = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(encoded.strip_prefix('u').unwrap()).unwrap();
    let mut bits = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut bits).unwrap();
    assert!(bits.len() * 8 >= 131_072, "a list of at least 16 KB");
    let i = usize::try_from(index).unwrap();
    bits[i / 8] & (0x80 >> (i % 8)) != 0
}

async fn issue_verify_revoke(app: TestApp) {
    let id = app.load_demo().await;
    let lead = app.lead_token().await;
    let table = eligibility(&app, &lead, id).await;
    let eligible: Vec<&Value> =
        table["participants"].as_array().unwrap().iter().filter(|p| p["eligible"] == true).collect();
    let not_eligible = table["participants"].as_array().unwrap().iter().find(|p| p["eligible"] == false).unwrap();
    let post = |body: Value| {
        let (app, lead) = (&app, &lead);
        async move { app.api(Method::POST, &format!("/api/v1/trainings/{id}/certificates"), lead, Some(body)).await }
    };

    // bad requests change nothing
    for (bad, status, needle) in [
        (json!({}), 422, "say whom to issue to"),
        (json!({"all_eligible": true, "registration_ids": [1]}), 422, "not both"),
        (json!({"registration_ids": [999_999]}), 422, "not a confirmed registration"),
        (json!({"registration_ids": [not_eligible["registration_id"]]}), 422, "does not meet the rule"),
        (json!({"all_eligible": "yes"}), 400, ""),
    ] {
        let (s, body) = post(bad.clone()).await;
        assert_eq!(s, status, "{bad}: {body}");
        assert!(body["message"].as_str().unwrap_or("").contains(needle), "{bad}: {body}");
    }
    app.create_account("stranger@example.org", "Stranger", "correct horse battery", false).await;
    let stranger = app.api_token("stranger@example.org", "correct horse battery").await;
    let (s, _) = app
        .api(
            Method::POST,
            &format!("/api/v1/trainings/{id}/certificates"),
            &stranger,
            Some(json!({"all_eligible": true})),
        )
        .await;
    assert_eq!(s, 404, "as if the training did not exist");
    assert!(certificates(&app, &lead, id).await.is_empty(), "refused requests issued nothing");

    // eight concurrent requests for one person: one certificate
    let first = eligible[0]["registration_id"].as_i64().unwrap();
    let requests = (0..8).map(|_| post(json!({"registration_ids": [first]})));
    let answers = futures_util::future::join_all(requests).await;
    let mut created = 0;
    let mut codes = std::collections::HashSet::new();
    for (s, body) in &answers {
        assert_eq!(*s, 200, "{body}");
        created += body["created"].as_u64().unwrap();
        assert_eq!(body["certificates"].as_array().unwrap().len(), 1, "{body}");
        codes.insert(body["certificates"][0]["code"].as_str().unwrap().to_string());
    }
    assert_eq!((created, codes.len()), (1, 1), "issued once: {answers:?}");

    // everyone else who qualifies, in one request; again: nothing new
    let (s, all) = post(json!({"all_eligible": true})).await;
    assert_eq!(s, 200, "{all}");
    assert_eq!(all["created"].as_u64().unwrap() as usize, eligible.len() - 1);
    let list = all["certificates"].as_array().unwrap();
    assert_eq!(list.len(), eligible.len());
    assert!(list.iter().all(|c| c["status"] == "issued" && c["outcome"] == "certified_trainer"), "{all}");
    let (s, again) = post(json!({"all_eligible": true})).await;
    assert_eq!((s, again["created"].as_u64()), (200, Some(0)), "{again}");
    assert_eq!(certificates(&app, &lead, id).await.len(), eligible.len());

    // codes: 12 characters of Crockford base32, printed in groups of four
    let cert = list.iter().find(|c| c["holder_name"] == "Mirëlinda Krasniqi").or(list.first()).unwrap().clone();
    let code = cert["code"].as_str().unwrap().to_string();
    let shown = cert["display_code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 12);
    assert_eq!(shown, format!("{}-{}-{}", &code[..4], &code[4..8], &code[8..]));
    let holder = cert["holder_name"].as_str().unwrap().to_string();

    // the verification page
    let (s, page) = app.get_text(&format!("/c/{code}")).await;
    assert_eq!(s, 200);
    for needle in [holder.as_str(), "Valid", &shown, "Certified trainer", "Anti-Corruption and Civil Rights Commission"]
    {
        assert!(page.contains(needle), "{needle} missing from the verification page");
    }
    // typed in lower case with hyphens: the canonical address
    let r = app.get(&format!("/c/{}", shown.to_lowercase())).await;
    assert_eq!(r.status(), 301);
    assert_eq!(r.headers()["location"], format!("/c/{code}").as_str());
    // one character wrong: not found, and nothing about anyone else
    let mut typo: Vec<char> = code.chars().collect();
    typo[3] = if typo[3] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let (s, page) = app.get_text(&format!("/c/{typo}")).await;
    assert_eq!(s, 404);
    assert!(page.contains("No certificate has this code"), "{page}");
    assert!(!page.contains(&holder));
    for path in
        [format!("/c/{typo}/certificate.pdf"), format!("/c/{typo}/credential.json"), "/c/%00%ff/credential.jwt".into()]
    {
        assert_eq!(app.get(&path).await.status(), 404, "{path}");
    }
    // the lookup form
    let r = app.get(&format!("/c?code={}", shown.replace('-', "+"))).await;
    assert_eq!((r.status().as_u16(), r.headers()["location"].to_str().unwrap()), (303, format!("/c/{code}").as_str()));
    let (s, page) = app.get_text("/c?code=NOPE").await;
    assert_eq!(s, 404);
    assert!(page.contains("No certificate has this code"));

    // the PDF, read back by poppler; its QR code by zbar
    let (s, ct, pdf) = get_bytes(&app, &format!("/c/{code}/certificate.pdf")).await;
    assert_eq!((s, ct.as_str()), (200, "application/pdf"));
    assert!(pdf.starts_with(b"%PDF-"));
    let verify_url = app.url(&format!("/c/{code}"));
    if tools::available("pdftotext", &["-v"]) {
        let text = tools::pdf_text(&pdf);
        for needle in [holder.as_str(), &shown, &verify_url, "CERTIFIED TRAINER"] {
            assert!(text.contains(needle), "{needle} not in the PDF's text:\n{text}");
        }
        // names in three scripts across the cohort's PDFs
        for name in ["Батбаяр", "Dilnoza"] {
            let other = list.iter().find(|c| c["holder_name"].as_str().unwrap().contains(name));
            if let Some(other) = other {
                let (_, _, pdf) =
                    get_bytes(&app, &format!("/c/{}/certificate.pdf", other["code"].as_str().unwrap())).await;
                let text = tools::pdf_text(&pdf);
                assert!(text.contains(other["holder_name"].as_str().unwrap()), "{name}: {text}");
            }
        }
    }
    if tools::available("zbarimg", &["--version"]) && tools::available("pdftoppm", &["-v"]) {
        assert_eq!(tools::pdf_qr_codes(&pdf), vec![verify_url.clone()]);
    }
    // the four organisers' logos (the demo's emblems: the lead's wide one, three round ones)
    if tools::available("pdfimages", &["-v"]) {
        let mut logos: Vec<(u32, u32)> =
            tools::pdf_images(&pdf).iter().filter(|i| i.kind == "image").map(|i| (i.width, i.height)).collect();
        logos.sort_unstable();
        assert_eq!(logos, vec![(200, 200), (200, 200), (200, 200), (480, 160)]);
    }

    // the Open Badges credential: the schema, and the VC-JWT verified with the JWKS
    let (s, ct, body) = get_bytes(&app, &format!("/c/{code}/credential.json")).await;
    assert_eq!((s, ct.as_str()), (200, "application/json"));
    let credential: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(credential["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
    assert_eq!(credential["@context"][0], "https://www.w3.org/ns/credentials/v2");
    let subject_id = credential["credentialSubject"]["id"].as_str().unwrap().to_string();
    assert!(subject_id.starts_with("urn:uuid:"), "{subject_id}");
    let email =
        eligible.iter().find(|p| p["full_name"] == holder.as_str()).unwrap()["email"].as_str().unwrap().to_lowercase();
    let identity = &credential["credentialSubject"]["identifier"][0];
    let salt = identity["salt"].as_str().unwrap();
    use sha2::Digest;
    let expected = format!("sha256${}", hex::encode(sha2::Sha256::digest(format!("{email}{salt}").as_bytes())));
    assert_eq!(identity["identityHash"], expected.as_str());
    let (_, _, jwt) = get_bytes(&app, &format!("/c/{code}/credential.jwt")).await;
    let jwt = String::from_utf8(jwt).unwrap();
    let (_, _, jwks) = get_bytes(&app, "/.well-known/jwks.json").await;
    let jwks = String::from_utf8(jwks).unwrap();
    if tools::python_has(&["jsonschema", "jwt"]) {
        let input = json!({"schema": SCHEMA, "credential": credential, "jwt": jwt, "jwks": serde_json::from_str::<Value>(&jwks).unwrap()});
        let out = tools::python(
            r#"
import json, sys
import jsonschema, jwt
data = json.load(sys.stdin)
schema = json.load(open(data["schema"]))
validator = jsonschema.validators.validator_for(schema)(schema)
errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data["credential"])]
assert not errors, errors
header = jwt.get_unverified_header(data["jwt"])
assert header["alg"] == "RS256", header
key = next(k for k in data["jwks"]["keys"] if k["kid"] == header["kid"])
claims = jwt.decode(data["jwt"], jwt.PyJWK(key).key, algorithms=["RS256"], options={"verify_aud": False})
errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(claims)]
assert not errors, errors
c = data["credential"]
assert claims["iss"] == c["issuer"]["id"], claims["iss"]
assert claims["jti"] == c["id"] and claims["sub"] == c["credentialSubject"]["id"], claims
assert isinstance(claims["nbf"], int)
without = {k: v for k, v in claims.items() if k not in ("iss", "jti", "sub", "nbf")}
assert without == c, "the JSON is the JWT's credential"
try:
    jwt.decode(data["jwt"][:-4] + "AAAA", jwt.PyJWK(key).key, algorithms=["RS256"], options={"verify_aud": False})
    raise SystemExit("a tampered signature verified")
except jwt.InvalidSignatureError:
    pass
print("ok")
"#,
            &input.to_string(),
        );
        assert!(out.contains("ok"), "{out}");
    }
    // the issuer profile, the achievement and the status list
    let issuer_url = credential["issuer"]["id"].as_str().unwrap().to_string();
    let issuer_path = issuer_url.strip_prefix(&app.base).unwrap().to_string();
    let (s, _, profile) = get_bytes(&app, &issuer_path).await;
    let profile: Value = serde_json::from_slice(&profile).unwrap();
    assert_eq!((s, profile["type"].clone()), (200, json!(["Profile"])));
    let achievement_path = credential["credentialSubject"]["achievement"]["id"]
        .as_str()
        .unwrap()
        .strip_prefix(&app.base)
        .unwrap()
        .to_string();
    assert_eq!(app.get(&achievement_path).await.status(), 200);
    let status = &credential["credentialStatus"];
    assert_eq!(status["type"], "BitstringStatusListEntry");
    let index: i64 = status["statusListIndex"].as_str().unwrap().parse().unwrap();
    let list_path = status["statusListCredential"].as_str().unwrap().strip_prefix(&app.base).unwrap().to_string();
    let (_, _, list) = get_bytes(&app, &list_path).await;
    let list: Value = serde_json::from_slice(&list).unwrap();
    assert!(!status_bit(&list, index), "valid: bit not set");

    // the holder's e-mail: the PDF attached, the links
    let mails = app.mail_to(&email).await;
    let mail = mails.iter().find(|m| m.subject.contains("your certificate")).expect("a certificate e-mail");
    assert_eq!(mail.attachments.len(), 1, "{:?}", mail.attachments.iter().map(|a| &a.0).collect::<Vec<_>>());
    let (name, ct, bytes) = &mail.attachments[0];
    assert_eq!((name.as_str(), ct.as_str()), (format!("certificate-{shown}.pdf").as_str(), "application/pdf"));
    assert_eq!(bytes, &pdf, "the attached PDF is the published one");
    assert!(
        mail.text.contains(&verify_url)
            && mail.text.contains("credential.jwt")
            && mail.text.contains("linkedin.com/profile/add")
    );

    // revocation: a reason is required; strangers may not; then everything follows
    let revoke = |token: String, body: Value| {
        let (app, code) = (&app, code.clone());
        async move { app.api(Method::POST, &format!("/api/v1/certificates/{code}/revoke"), &token, Some(body)).await }
    };
    let (s, body) = revoke(lead.clone(), json!({"reason": "  "})).await;
    assert_eq!((s, body["field"].as_str()), (422, Some("reason")), "{body}");
    let (s, _) = revoke(stranger.clone(), json!({"reason": "I say so"})).await;
    assert_eq!(s, 404, "someone with no part in the training is answered as for a missing one");
    let (s, _) = app
        .api(Method::POST, &format!("/api/v1/certificates/{typo}/revoke"), &lead, Some(json!({"reason": "x"})))
        .await;
    assert_eq!(s, 404);
    assert!(app.get_text(&format!("/c/{code}")).await.1.contains("Valid"), "refused revocations changed nothing");
    let (s, revoked) = revoke(lead.clone(), json!({"reason": "Attendance was recorded for the wrong person"})).await;
    assert_eq!((s, revoked["status"].as_str()), (200, Some("revoked")), "{revoked}");
    let (s, _) = revoke(lead.clone(), json!({"reason": "again"})).await;
    assert_eq!(s, 409, "already revoked");
    let (_, page) = app.get_text(&format!("/c/{code}")).await;
    assert!(page.contains("Revoked on") && page.contains("Attendance was recorded for the wrong person"), "{page}");
    let (_, _, list) = get_bytes(&app, &list_path).await;
    let list: Value = serde_json::from_slice(&list).unwrap();
    assert!(status_bit(&list, index), "revoked: bit set");
    // another certificate's bit (its index is its id)
    let other = all["certificates"].as_array().unwrap().iter().find(|c| c["code"] != code.as_str()).unwrap()["id"]
        .as_i64()
        .unwrap();
    assert!(!status_bit(&list, other), "the others stay valid");
    // the signed list verifies with the same keys
    let r = app.client.get(app.url(&list_path)).header("accept", "application/vc+jwt").send().await.unwrap();
    let list_jwt = r.text().await.unwrap();
    let header = jsonwebtoken::decode_header(&list_jwt).unwrap();
    let jwks: jsonwebtoken::jwk::JwkSet = serde_json::from_str(&jwks).unwrap();
    let key = jsonwebtoken::DecodingKey::from_jwk(jwks.find(header.kid.as_deref().unwrap()).unwrap()).unwrap();
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.required_spec_claims.clear();
    let claims = jsonwebtoken::decode::<Value>(&list_jwt, &key, &validation).unwrap().claims;
    assert!(status_bit(&claims, index));
    let (_, after) = app.api(Method::GET, &format!("/api/v1/trainings/{id}/certificates"), &lead, None).await;
    let row = after.as_array().unwrap().iter().find(|c| c["code"] == code.as_str()).unwrap();
    assert_eq!(row["revocation_reason"], "Attendance was recorded for the wrong person");
    let mails = app.mail_to(&email).await;
    let mail = mails.iter().find(|m| m.subject.contains("was revoked")).expect("a revocation e-mail");
    assert!(mail.text.contains("Attendance was recorded for the wrong person"));
    // the organisers' page
    let organiser = Person::new(&app);
    organiser.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let (s, page) = organiser.get(&format!("/trainings/{id}/certificates")).await;
    assert_eq!(s, 200);
    assert!(page.contains(&shown) && page.contains("Revoked: Attendance was recorded"), "{page}");
}

/// Issuing from the organisers' page: the progress while the worker renders, then done.
async fn issue_from_the_page(app: TestApp) {
    let id = app.load_demo().await;
    app.stop_background_and_wait().await;
    let organiser = Person::new(&app);
    organiser.sign_in("lead@acrc.example.org", cascade::demo::PASSWORD).await;
    let (s, page) = organiser.get(&format!("/trainings/{id}/certificates")).await;
    assert_eq!(s, 200);
    assert!(page.contains("Issue certificates to all"), "{page}");
    let r = organiser
        .submit(&format!("/trainings/{id}/certificates"), &format!("/trainings/{id}/certificates"), &[("to", "all")])
        .await;
    assert_eq!(r.status(), 303);
    // the worker has not run yet: the page shows progress and refreshes itself
    let (_, page) = organiser.get(&format!("/trainings/{id}/certificates")).await;
    assert!(page.contains("<progress") && page.contains("http-equiv=\"refresh\""), "{page}");
    let (s, _) = app.get_text(&format!("/trainings/{id}/certificates")).await;
    assert_ne!(s, 200, "not for strangers");
    let certs = web_certificates(&app);
    let n = cascade::certificates::worker::run_until_done(&app.state, &certs, None).await.unwrap();
    assert!(n > 20, "{n}");
    let (_, page) = organiser.get(&format!("/trainings/{id}/certificates")).await;
    assert!(!page.contains("<progress"), "done: {page}");
    assert!(page.contains(&format!("Issued ({n})")), "{page}");
}

fn web_certificates(app: &TestApp) -> actix_web::web::Data<cascade::certificates::Certificates> {
    actix_web::web::Data::new(cascade::certificates::Certificates::load(&app.state.settings, &app.state.db).unwrap())
}

on_both_backends!(issue_verify_revoke, issue_from_the_page);
