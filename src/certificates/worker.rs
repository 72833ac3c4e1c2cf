//! The certificate worker renders what issuing recorded: for each certificate still `issuing`
//! it draws the PDF, builds and signs the Open Badges credential, and then, in one short write
//! transaction per batch, stores both, marks the certificate issued and queues the holder's
//! e-mail with the PDF attached. The CPU work runs on the rendering threads, one chunk per
//! core, outside any transaction. The organisers' logos of a batch are read in one query and
//! prepared once (decoded, scaled, compressed), then shared by every PDF of the batch; a logo
//! that cannot be read is left out (and logged), never the certificate.
//!
//! Claiming is a lease, as in the outbox: several instances share the work (PostgreSQL's
//! `FOR UPDATE SKIP LOCKED`), and a certificate whose renderer died is taken again when its
//! lease runs out. Storing only touches certificates that are still `issuing`, so rendering
//! twice never sends two e-mails.

use std::collections::HashMap;
use std::time::Duration;

use actix_web::web;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Timestamp};

use super::credential::{self, Issuer, Urls};
use super::models::{Certificate, CertificateOutcome, CertificateStatus};
use super::{mails, pdf, queries, Certificates};
use crate::crypto::credential_key::CredentialKey;
use crate::db::schema::{certificate_documents, certificates};
use crate::db::{now, write_transaction, DbConnection};
use crate::error::{AppError, AppResult};
use crate::state::{AppState, LinkEnv};

/// How long a renderer may take before another instance takes its certificates over.
const LEASE_SECS: i64 = 300;

/// Leases up to `batch` certificates waiting to be rendered (of one training, or any).
pub fn claim(conn: &mut DbConnection, training_id: Option<i64>, batch: i64) -> AppResult<Vec<Certificate>> {
    write_transaction(conn, |conn| {
        let at = now();
        let ids: Vec<i64> = if let DbConnection::Postgres(pg) = conn {
            diesel::sql_query(
                "SELECT id FROM certificates WHERE status = 'issuing' \
                 AND (locked_until IS NULL OR locked_until < $1) AND ($2 IS NULL OR training_id = $2) \
                 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED",
            )
            .bind::<Timestamp, _>(at)
            .bind::<Nullable<BigInt>, _>(training_id)
            .bind::<BigInt, _>(batch)
            .load::<crate::db::IdRow>(pg)?
            .into_iter()
            .map(|r| r.id)
            .collect()
        } else {
            let mut query = certificates::table
                .filter(certificates::status.eq(CertificateStatus::Issuing))
                .filter(certificates::locked_until.is_null().or(certificates::locked_until.lt(at)))
                .select(certificates::id)
                .order(certificates::id)
                .limit(batch)
                .into_boxed();
            if let Some(t) = training_id {
                query = query.filter(certificates::training_id.eq(t));
            }
            query.load(conn)?
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(certificates::table.filter(certificates::id.eq_any(&ids)))
            .set(certificates::locked_until.eq(Some(at + chrono::Duration::seconds(LEASE_SECS))))
            .execute(conn)?;
        Ok(certificates::table
            .filter(certificates::id.eq_any(&ids))
            .order(certificates::id)
            .select(Certificate::as_select())
            .load(conn)?)
    })
}

/// The logos of the organisations that `certs` name, prepared for the PDF, in one query. A
/// stored logo that cannot be decoded (the upload checks make that unlikely) is left out.
pub fn logos(conn: &mut DbConnection, certs: &[Certificate]) -> AppResult<Logos> {
    let mut ids: Vec<i64> = certs.iter().flat_map(Certificate::organisation_ids).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = HashMap::new();
    for (organisation_id, bytes) in crate::organisations::logo::bytes_of(conn, &ids)? {
        match pdf::Logo::from_bytes(&bytes) {
            Ok(logo) => {
                out.insert(organisation_id, logo);
            }
            Err(e) => tracing::warn!(organisation_id, error = %e, "a logo cannot be drawn; certificates leave it out"),
        }
    }
    Ok(out)
}

/// Prepared logos by organisation.
pub type Logos = HashMap<i64, pdf::Logo>;

/// The issuing organisations of `certs`.
pub fn issuers(conn: &mut DbConnection, certs: &[Certificate]) -> AppResult<HashMap<i64, Issuer>> {
    let mut out = HashMap::new();
    for c in certs {
        if let std::collections::hash_map::Entry::Vacant(slot) = out.entry(c.issuer_organisation_id) {
            slot.insert(queries::issuer(conn, c.issuer_organisation_id)?);
        }
    }
    Ok(out)
}

type RenderJob = Box<dyn FnOnce() + Send>;

/// The threads that draw PDFs and sign credentials: one per core, started on first use and
/// kept. glibc gives every thread that allocates a heap of its own and keeps each heap at its
/// peak; rendered on the blocking pool's many short-lived threads, every batch of 1,000
/// certificates left the server's RSS 12–40 MB higher. On the same few threads the heaps are
/// reused (docs/BENCHMARKS.md, session 4).
fn render_pool() -> &'static [std::sync::Mutex<std::sync::mpsc::Sender<RenderJob>>] {
    static POOL: std::sync::OnceLock<Vec<std::sync::Mutex<std::sync::mpsc::Sender<RenderJob>>>> =
        std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(2, usize::from);
        (0..threads)
            .filter_map(|i| {
                let (tx, rx) = std::sync::mpsc::channel::<RenderJob>();
                std::thread::Builder::new()
                    .name(format!("certificate-render-{i}"))
                    .spawn(move || {
                        while let Ok(job) = rx.recv() {
                            job();
                        }
                    })
                    .ok()
                    .map(|_| std::sync::Mutex::new(tx))
            })
            .collect()
    })
}

/// A rendered certificate, ready to store.
pub struct Rendered {
    pub certificate: Certificate,
    pub pdf: Vec<u8>,
    pub jwt: String,
}

/// Draws the PDF and signs the credential of one certificate (pure CPU work); `logos` holds
/// (at least) the logos of the organisations it names.
pub fn render(
    base_url: &str,
    key: &CredentialKey,
    cert: Certificate,
    issuer: &Issuer,
    logos: &Logos,
) -> AppResult<Rendered> {
    let urls = Urls { base: base_url };
    let verify_url = urls.verify(&cert.code);
    let organisers = cert.organiser_names();
    let logos: Vec<pdf::Logo> = cert.organisation_ids().iter().filter_map(|id| logos.get(id).cloned()).collect();
    let lang = cert.lang();
    let dates_and_hours = lang.t2("pdf-dates-and-hours", "dates", cert.dates_in(lang), "hours", cert.hours_in(lang));
    let issued = lang.t1("pdf-issued", "date", crate::i18n::dates::long(lang, cert.issued_at.date()));
    let code = cert.display_code();
    let (heading, achievement) = match cert.outcome {
        CertificateOutcome::CertifiedTrainer => (lang.t("pdf-heading-trainer"), lang.t("pdf-achievement-trainer")),
        CertificateOutcome::Attended => (lang.t("pdf-heading-attendance"), lang.t("pdf-achievement-attendance")),
    };
    let document_title = lang.t1("pdf-title", "name", cert.holder_name.as_str());
    let code_label = format!("{} ", lang.t("pdf-code-label"));
    let verify_line = lang.t1("pdf-verify", "url", verify_url.as_str());
    // the organisers' names are laid out by the PDF (separators, wrapping): the message is
    // split around them
    const NAMES: &str = "\u{E000}";
    let organised = lang.t1("pdf-organised-by", "organisers", NAMES).replace(['\u{2068}', '\u{2069}'], "");
    let (organised_before, organised_after) = organised.split_once(NAMES).unwrap_or((organised.as_str(), ""));
    let pdf = pdf::render(&pdf::CertificateDocument {
        heading: &heading,
        preamble: &lang.t("pdf-preamble"),
        holder_name: &cert.holder_name,
        achievement: &achievement,
        training_title: &cert.training_title,
        organisers: &organisers,
        logos: &logos,
        dates_and_hours: &dates_and_hours,
        issued: &issued,
        code: &code,
        verify_url: &verify_url,
        words: pdf::Words {
            language: lang.code(),
            document_title: &document_title,
            code_label: &code_label,
            verify_line: &verify_line,
            organised_before,
            organised_after,
        },
    })
    .map_err(|e| AppError::Internal(anyhow::anyhow!("certificate {} PDF: {e}", cert.id)))?;
    let credential = credential::credential(&urls, &cert, issuer);
    let jwt = key.sign(&credential::jwt_claims(&credential, cert.issued_at))?;
    Ok(Rendered { certificate: cert, pdf, jwt })
}

/// Stores rendered certificates, queues their e-mails and records each as issued
/// ([`super::events::CertificateEvent`]); call inside a write transaction.
/// Returns how many became issued (a certificate another renderer finished first is skipped).
pub fn store(
    conn: &mut DbConnection,
    env: &LinkEnv,
    rendered: &[Rendered],
    issuers: &HashMap<i64, Issuer>,
) -> AppResult<usize> {
    let mut done = 0;
    for r in rendered {
        let n = diesel::update(
            certificates::table.find(r.certificate.id).filter(certificates::status.eq(CertificateStatus::Issuing)),
        )
        .set((certificates::status.eq(CertificateStatus::Issued), certificates::locked_until.eq(None::<NaiveDateTime>)))
        .execute(conn)?;
        if n == 0 {
            continue;
        }
        diesel::insert_into(certificate_documents::table)
            .values((
                certificate_documents::certificate_id.eq(r.certificate.id),
                certificate_documents::pdf.eq(&r.pdf),
                certificate_documents::credential_jwt.eq(&r.jwt),
            ))
            .execute(conn)?;
        let issuer = issuers.get(&r.certificate.issuer_organisation_id).ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!("issuer of certificate {} not loaded", r.certificate.id))
        })?;
        let mut cert = r.certificate.clone();
        cert.status = CertificateStatus::Issued;
        mails::issued(conn, env, &cert, issuer, &r.pdf)?;
        crate::events::record(
            conn,
            &super::events::CertificateEvent::Issued {
                training_id: cert.training_id,
                certificate_id: cert.id,
                registration_id: cert.registration_id,
            },
        )?;
        done += 1;
    }
    Ok(done)
}

/// Claims, renders and stores one batch; returns how many certificates it claimed.
pub async fn run_once(state: &AppState, certs: &web::Data<Certificates>, training_id: Option<i64>) -> AppResult<usize> {
    let batch = state.settings.certificates.render_batch;
    let claimed = state.db.run(move |conn| claim(conn, training_id, batch)).await?;
    if claimed.is_empty() {
        return Ok(0);
    }
    let count = claimed.len();
    let ids: Vec<i64> = claimed.iter().map(|c| c.id).collect();
    let rows = claimed.clone();
    let (issuers, logos) = state.db.run(move |conn| Ok((issuers(conn, &rows)?, logos(conn, &rows)?))).await?;
    // one chunk per rendering thread (see `render_pool`)
    let threads = render_pool().len();
    let chunk = count.div_ceil(threads).max(1);
    let issuers = std::sync::Arc::new(issuers);
    let logos = std::sync::Arc::new(logos);
    let mut answers = Vec::new();
    let mut rest = claimed;
    for thread in render_pool().iter() {
        if rest.is_empty() {
            break;
        }
        let part: Vec<Certificate> = rest.drain(..chunk.min(rest.len())).collect();
        let (certs, issuers, logos) = (certs.clone(), issuers.clone(), logos.clone());
        let base = state.settings.public_url().to_string();
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: RenderJob = Box::new(move || {
            let rendered = part
                .into_iter()
                .map(|c| {
                    let issuer = issuers
                        .get(&c.issuer_organisation_id)
                        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("issuer not loaded")))?;
                    render(&base, &certs.key, c, issuer, &logos)
                })
                .collect::<AppResult<Vec<Rendered>>>();
            let _ = tx.send(rendered);
        });
        thread
            .lock()
            .map_err(|_| AppError::Internal(anyhow::anyhow!("render thread lock poisoned")))?
            .send(job)
            .map_err(|_| AppError::Internal(anyhow::anyhow!("the render thread has stopped")))?;
        answers.push(rx);
    }
    let mut rendered = Vec::with_capacity(count);
    for answer in answers {
        let part = answer.await.map_err(|_| AppError::Internal(anyhow::anyhow!("a render job was dropped")))?;
        match part {
            Ok(part) => rendered.extend(part),
            Err(e) => {
                // leave the batch to the lease (someone can look at the log); do not spin on it
                tracing::error!(error = %e, certificates = ?ids, "rendering certificates failed");
                return Err(e);
            }
        }
    }
    let env = state.link_env.clone();
    let issuers = (*issuers).clone();
    let stored = state.write(move |conn| store(conn, &env, &rendered, &issuers)).await?;
    tracing::info!(claimed = count, issued = stored, "certificates issued");
    // the rendering threads' heaps hold their peak otherwise (see crate::memory)
    crate::memory::release_free();
    Ok(count)
}

/// Renders until nothing waits, for one training (the API answers when its certificates are
/// ready) or all.
pub async fn run_until_done(
    state: &AppState,
    certs: &web::Data<Certificates>,
    training_id: Option<i64>,
) -> AppResult<usize> {
    let mut total = 0;
    loop {
        let n = run_once(state, certs, training_id).await?;
        if n == 0 {
            return Ok(total);
        }
        total += n;
    }
}

/// Renders every waiting certificate of a training on this thread, one transaction per batch
/// (the demo loader and the command line, which run outside the server).
pub fn render_all_blocking(
    conn: &mut DbConnection,
    env: &LinkEnv,
    key: &CredentialKey,
    training_id: i64,
    batch: i64,
) -> AppResult<usize> {
    let mut total = 0;
    loop {
        let claimed = claim(conn, Some(training_id), batch)?;
        if claimed.is_empty() {
            return Ok(total);
        }
        let issuers = issuers(conn, &claimed)?;
        let logos = logos(conn, &claimed)?;
        let rendered = claimed
            .into_iter()
            .map(|c| {
                let issuer = issuers
                    .get(&c.issuer_organisation_id)
                    .ok_or_else(|| AppError::Internal(anyhow::anyhow!("issuer not loaded")))?;
                render(&env.public_url, key, c, issuer, &logos)
            })
            .collect::<AppResult<Vec<Rendered>>>()?;
        total += write_transaction(conn, |conn| store(conn, env, &rendered, &issuers))?;
    }
}

/// The worker loop: runs until the process ends; woken early by [`Certificates::wake`].
pub async fn run(state: web::Data<AppState>, certs: web::Data<Certificates>) {
    let idle = Duration::from_secs(5);
    loop {
        match run_until_done(&state, &certs, None).await {
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "certificate worker: will try again"),
        }
        let _ = tokio::time::timeout(idle, certs.wake.notified()).await;
    }
}
