//! The organisers' pages of certification: the rule and eligibility (`certification`), and the
//! certificates with issuing, its progress and revocation (`certificates`). HTTP only: parse,
//! call the service, render. The public pages are in [`super::verify`].

mod certificates;
mod certification;

pub fn routes(cfg: &mut actix_web::web::ServiceConfig) {
    certification::routes(cfg);
    certificates::routes(cfg);
}
