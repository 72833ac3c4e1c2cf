//! The JSON API under /api/v1, wired here, and its OpenAPI 3 document generated from the
//! handlers' annotations (served at /api/openapi.json).

use actix_web::{web, HttpResponse};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::error::AppError;
use crate::{attendance, auth, certificates, downstream, organisations, public, registration, reports, trainings};

#[derive(OpenApi)]
#[openapi(
    info(title = "Cascade API", description = "Trainings, sessions, organisers, organisations, attendance, certification and the cascade of downstream trainings. Errors share one body: {code, message, field?}."),
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
    ),
    modifiers(&BearerAuth)
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

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/openapi.json", web::get().to(openapi)).service(
        web::scope("/api/v1")
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
            .default_service(web::to(|| async {
                Err::<HttpResponse, _>(AppError::NotFound("no such API endpoint".into()))
            })),
    );
}

async fn openapi() -> HttpResponse {
    static DOC: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let body = DOC.get_or_init(|| ApiDoc::openapi().to_json().unwrap_or_default());
    HttpResponse::Ok().content_type("application/json").body(body.as_str())
}
