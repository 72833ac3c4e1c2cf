//! The JSON API under /api/v1, wired here, and its OpenAPI 3 document generated from the
//! handlers' annotations (served at /api/openapi.json).

use actix_web::{web, HttpResponse};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::{
    attendance, auth, certificates, downstream, organisations, public, registration, reports, trainings, webhooks,
};

#[derive(OpenApi)]
#[openapi(
    info(title = "Cascade API", description = "Trainings, sessions, organisers, organisations, attendance, certification, the cascade of downstream trainings and organisations' webhooks. Errors share one body: {code, message, field?}."),
    paths(
        auth::pages::api_token, auth::api::change_password, auth::api::request_password_reset,
        organisations::api::list, organisations::api::create, organisations::api::get, organisations::api::update,
        organisations::api::put_logo, organisations::api::delete_logo, organisations::pages::logo_image,
        trainings::api::list, trainings::api::create, trainings::api::get, trainings::api::update, trainings::api::change_status,
        trainings::api::add_session, trainings::api::update_session, trainings::api::delete_session,
        trainings::api::invite, trainings::api::remove_organiser, trainings::api::accept,
        public::json,
        registration::api::list, registration::api::add, registration::api::get, registration::api::patch,
        registration::api::act,
        attendance::api::import, attendance::api::list, attendance::api::set,
        certificates::api::set_rule, certificates::api::eligibility, certificates::api::set_scores,
        certificates::api::issue, certificates::api::list, certificates::api::revoke,
        downstream::api::create, downstream::api::get, downstream::api::update, downstream::api::upload_evidence,
        downstream::api::verification, downstream::api::set_parent,
        reports::api::impact, reports::api::organisation_impact,
        webhooks::api::list, webhooks::api::create, webhooks::api::get, webhooks::api::update, webhooks::api::delete,
        webhooks::api::renew_secret, webhooks::api::resume, webhooks::api::deliveries, webhooks::api::delivery,
        webhooks::api::resend,
    ),
    modifiers(&BearerAuth, &CommonResponses)
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
        );
    }
}

/// The answers every handler can give besides its own, added to each operation that lacks
/// them: a malformed request (400: JSON, query string), a missing or bad token (401, on
/// operations that need one) and a caller without the right (403), an id that names nothing
/// (404, on operations with path parameters, also for a non-integer id), a conflict with the
/// current state (409) on changes, an oversized body (413) and a body that breaks a rule (422)
/// on operations with a body, too many requests
/// (429) and a database with no free connection (503) everywhere.
struct CommonResponses;

impl Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
                )
                .build()
        };
        for item in openapi.paths.paths.values_mut() {
            // an example id for every integer path parameter: 1, the first of everything in
            // the demo, so that generated requests also reach existing records
            for op in [&mut item.get, &mut item.put, &mut item.post, &mut item.delete].into_iter().flatten() {
                for p in op.parameters.iter_mut().flatten() {
                    let integer = matches!(&p.schema, Some(utoipa::openapi::RefOr::T(utoipa::openapi::Schema::Object(o)))
                        if matches!(o.schema_type, utoipa::openapi::schema::SchemaType::Type(utoipa::openapi::Type::Integer)));
                    if matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Path) && integer {
                        *p = utoipa::openapi::path::ParameterBuilder::from(p.clone())
                            .example(Some(serde_json::json!(1)))
                            .build();
                    }
                }
            }
            let path_params = item.parameters.as_ref().is_some_and(|p| !p.is_empty());
            for (op_method, op) in [
                ("get", &mut item.get),
                ("put", &mut item.put),
                ("post", &mut item.post),
                ("delete", &mut item.delete),
                ("head", &mut item.head),
                ("patch", &mut item.patch),
            ]
            .into_iter()
            .filter_map(|(m, op)| op.as_mut().map(|op| (m, op)))
            {
                let secured = op.security.as_ref().is_some_and(|s| !s.is_empty());
                let has_path = path_params
                    || op.parameters.as_ref().is_some_and(|ps| {
                        ps.iter().any(|p| matches!(p.parameter_in, utoipa::openapi::path::ParameterIn::Path))
                    });
                let has_body = op.request_body.is_some();
                let mut add = |code: &str, description: &str| {
                    op.responses.responses.entry(code.to_string()).or_insert_with(|| error(description).into());
                };
                add("400", "The request is malformed (JSON, content type, query string).");
                if secured {
                    add("401", "No valid bearer token.");
                    add("403", "The caller may not do this.");
                }
                if has_path {
                    add("404", "Nothing has this id (or the id is not a whole number).");
                }
                if !matches!(op_method, "get" | "head") {
                    add("409", "The change conflicts with the current state (a lifecycle step, a taken name).");
                }
                if has_body {
                    add("413", "The body is larger than allowed.");
                    add("422", "A field breaks a rule; `field` names it.");
                }
                add("429", "Too many requests; try again after Retry-After seconds.");
                add("503", "The service is busy; try again in a moment.");
            }
        }
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/openapi.json", web::get().to(openapi)).service(
        web::scope("/api/v1")
            .app_data(crate::http::api_path_config())
            .app_data(crate::http::api_query_config())
            .route("/auth/token", web::post().to(auth::pages::api_token))
            .route("/auth/password", web::post().to(auth::api::change_password))
            .route("/auth/password-reset", web::post().to(auth::api::request_password_reset))
            .route("/organisations", web::get().to(organisations::api::list))
            .route("/organisations", web::post().to(organisations::api::create))
            .route("/organisations/{id}", web::get().to(organisations::api::get))
            .route("/organisations/{id}", web::put().to(organisations::api::update))
            .route("/organisations/{id}/logo", web::put().to(organisations::api::put_logo))
            .route("/organisations/{id}/logo", web::delete().to(organisations::api::delete_logo))
            .route("/trainings", web::get().to(trainings::api::list))
            .route("/trainings", web::post().to(trainings::api::create))
            .route("/trainings/{id}", web::get().to(trainings::api::get))
            .route("/trainings/{id}", web::put().to(trainings::api::update))
            .route("/trainings/{id}/status", web::post().to(trainings::api::change_status))
            .route("/trainings/{id}/sessions", web::post().to(trainings::api::add_session))
            .route("/trainings/{id}/sessions/{session_id}", web::put().to(trainings::api::update_session))
            .route("/trainings/{id}/sessions/{session_id}", web::delete().to(trainings::api::delete_session))
            .route("/trainings/{id}/organisers", web::post().to(trainings::api::invite))
            .route("/trainings/{id}/organisers/{account_id}", web::delete().to(trainings::api::remove_organiser))
            .route("/invitations/accept", web::post().to(trainings::api::accept))
            .route("/trainings/{id}/registrations", web::get().to(registration::api::list))
            .route("/trainings/{id}/registrations", web::post().to(registration::api::add))
            .route("/registrations/{id}", web::get().to(registration::api::get))
            .route("/registrations/{id}", web::patch().to(registration::api::patch))
            .route("/registrations/{id}/{action}", web::post().to(registration::api::act))
            .route("/trainings/{id}/sessions/{session_id}/attendance/import", web::post().to(attendance::api::import))
            .route("/trainings/{id}/attendance", web::get().to(attendance::api::list))
            .route("/trainings/{id}/attendance", web::put().to(attendance::api::set))
            .route("/trainings/{id}/certification-rule", web::put().to(certificates::api::set_rule))
            .route("/trainings/{id}/eligibility", web::get().to(certificates::api::eligibility))
            .route("/trainings/{id}/scores", web::put().to(certificates::api::set_scores))
            .route("/trainings/{id}/certificates", web::post().to(certificates::api::issue))
            .route("/trainings/{id}/certificates", web::get().to(certificates::api::list))
            .route("/certificates/{code}/revoke", web::post().to(certificates::api::revoke))
            .route("/downstream-trainings", web::post().to(downstream::api::create))
            .route("/downstream-trainings/{id}", web::get().to(downstream::api::get))
            .route("/downstream-trainings/{id}", web::put().to(downstream::api::update))
            .route("/downstream-trainings/{id}/evidence", web::put().to(downstream::api::upload_evidence))
            .route("/downstream-trainings/{id}/verification", web::post().to(downstream::api::verification))
            .route("/trainings/{id}/parent", web::put().to(downstream::api::set_parent))
            .route("/trainings/{id}/impact", web::get().to(reports::api::impact))
            .route("/organisations/{id}/impact", web::get().to(reports::api::organisation_impact))
            .route("/organisations/{id}/webhooks", web::get().to(webhooks::api::list))
            .route("/organisations/{id}/webhooks", web::post().to(webhooks::api::create))
            .route("/organisations/{id}/webhooks/{webhook_id}", web::get().to(webhooks::api::get))
            .route("/organisations/{id}/webhooks/{webhook_id}", web::put().to(webhooks::api::update))
            .route("/organisations/{id}/webhooks/{webhook_id}", web::delete().to(webhooks::api::delete))
            .route("/organisations/{id}/webhooks/{webhook_id}/secret", web::post().to(webhooks::api::renew_secret))
            .route("/organisations/{id}/webhooks/{webhook_id}/resume", web::post().to(webhooks::api::resume))
            .route("/organisations/{id}/webhooks/{webhook_id}/deliveries", web::get().to(webhooks::api::deliveries))
            .route(
                "/organisations/{id}/webhooks/{webhook_id}/deliveries/{delivery_id}",
                web::get().to(webhooks::api::delivery),
            )
            .route(
                "/organisations/{id}/webhooks/{webhook_id}/deliveries/{delivery_id}/resend",
                web::post().to(webhooks::api::resend),
            )
            .default_service(web::to(|req: actix_web::HttpRequest| async move {
                Err::<HttpResponse, _>(crate::http::unrouted(&req, "no such API endpoint"))
            })),
    );
}

async fn openapi() -> HttpResponse {
    static DOC: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let body = DOC.get_or_init(|| ApiDoc::openapi().to_json().unwrap_or_default());
    HttpResponse::Ok().content_type("application/json").body(body.as_str())
}
