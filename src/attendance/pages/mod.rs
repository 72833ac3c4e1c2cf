//! Attendance's pages: the organisers' grid (`grid`), report imports (`reports`) and the
//! participant's check-in (`check_in`). HTTP only: parse, call the service, render.

mod check_in;
mod grid;
mod reports;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    grid::routes(cfg);
    reports::routes(cfg);
    check_in::routes(cfg);
}
