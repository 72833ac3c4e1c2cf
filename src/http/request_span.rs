//! The span each request runs in: tracing-actix-web's, built only when it can be recorded.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::Error;
use tracing::level_filters::LevelFilter;
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RootSpanBuilder};

/// [`DefaultRootSpanBuilder`]'s INFO span, with the same fields, when INFO is enabled
/// (`log.level = "info"`, the default). When the log level is `warn` or `error` (as the
/// benchmarks run), no subscriber can record the span, but the default builder still computes
/// its fields before finding that out: it matches the path against every route again for
/// `http.route`, reads the connection info and makes a request id. That was about 37,000
/// instructions of each request's ~170,000 on the HTTP worker (bench/registration_callgrind.py).
pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        if LevelFilter::current() < LevelFilter::INFO {
            return Span::none();
        }
        DefaultRootSpanBuilder::on_request_start(request)
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        if span.is_disabled() {
            return;
        }
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}
