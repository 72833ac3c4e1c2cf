//! The lineage of hosted trainings as a closure table: one row per (ancestor, descendant) with
//! the generations between them. A training gets its parent once (a certificate of another
//! training); its row set is then the parent's ancestors plus the parent, each one generation
//! further, times its own descendants (a training attached after it hosted trainings of its own
//! brings its subtree along). A subtree is then one indexed read (`ancestor_id = ?`), and a
//! loop — a training placed under one of its own descendants — is refused with one lookup.

use diesel::prelude::*;

use crate::db::schema::{hosted_trainings, training_lineage};
use crate::db::{now, per_backend, DbConnection};
use crate::error::{AppError, AppResult};

/// (training, generations below `root`), the root itself first with 0.
pub fn subtree(conn: &mut DbConnection, root: i64) -> AppResult<Vec<(i64, i32)>> {
    let mut rows = vec![(root, 0)];
    rows.extend(
        training_lineage::table
            .filter(training_lineage::ancestor_id.eq(root))
            .select((training_lineage::descendant_id, training_lineage::depth))
            .load::<(i64, i32)>(conn)?,
    );
    Ok(rows)
}

/// The trainings above `training`, nearest first: (ancestor, generations above).
pub fn ancestors(conn: &mut DbConnection, training: i64) -> AppResult<Vec<(i64, i32)>> {
    Ok(training_lineage::table
        .filter(training_lineage::descendant_id.eq(training))
        .order(training_lineage::depth)
        .select((training_lineage::ancestor_id, training_lineage::depth))
        .load(conn)?)
}

/// The generation of a training in its cascade: 0 for a root, 1 for a training delivered by a
/// trainer certified in a root, and so on.
pub fn generation(conn: &mut DbConnection, training: i64) -> AppResult<i32> {
    Ok(ancestors(conn, training)?.last().map(|(_, d)| *d).unwrap_or(0))
}

/// The topmost training above `training` (itself when it has no parent).
pub fn root_of(conn: &mut DbConnection, training: i64) -> AppResult<i64> {
    Ok(ancestors(conn, training)?.last().map(|(a, _)| *a).unwrap_or(training))
}

/// The certificate a hosted training descends from, if any.
pub fn parent_certificate(conn: &mut DbConnection, training: i64) -> AppResult<Option<i64>> {
    Ok(hosted_trainings::table.find(training).select(hosted_trainings::certificate_id).first(conn).optional()?)
}

/// Makes `child` a downstream training of `parent_training` (the training of the certificate
/// `certificate_id`). Refuses a second parent and any loop.
pub fn attach(conn: &mut DbConnection, child: i64, certificate_id: i64, parent_training: i64) -> AppResult<()> {
    // Attaches take turns: two crossing ones (A under B's certificate, B under A's) would each
    // pass the loop check under read committed. SQLite has one writer; PostgreSQL takes a
    // transaction-scoped advisory lock, released at commit.
    if let DbConnection::Postgres(pg) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(7263001)").execute(pg)?;
    }
    if child == parent_training
        || training_lineage::table
            .filter(training_lineage::ancestor_id.eq(child))
            .filter(training_lineage::descendant_id.eq(parent_training))
            .count()
            .get_result::<i64>(conn)?
            > 0
    {
        return Err(AppError::conflict(
            Some("certificate_code"),
            "a training cannot descend from itself: this certificate was issued by this training or one below it",
        ));
    }
    if parent_certificate(conn, child)?.is_some() {
        return Err(AppError::conflict(Some("certificate_code"), "this training already descends from a certificate"));
    }
    diesel::insert_into(hosted_trainings::table)
        .values((
            hosted_trainings::training_id.eq(child),
            hosted_trainings::certificate_id.eq(certificate_id),
            hosted_trainings::created_at.eq(now()),
        ))
        .execute(conn)
        .map_err(|e| {
            if crate::db::is_unique_violation(&e) {
                AppError::conflict(Some("certificate_code"), "this training already descends from a certificate")
            } else {
                e.into()
            }
        })?;
    let mut above = ancestors(conn, parent_training)?;
    above.insert(0, (parent_training, 0));
    let mut below = subtree(conn, child)?;
    below.sort_unstable();
    let rows: Vec<_> = above
        .iter()
        .flat_map(|&(a, up)| {
            below.iter().map(move |&(d, down)| {
                (
                    training_lineage::ancestor_id.eq(a),
                    training_lineage::descendant_id.eq(d),
                    training_lineage::depth.eq(up + 1 + down),
                )
            })
        })
        .collect();
    for chunk in rows.chunks(500) {
        per_backend!(conn, |c| diesel::insert_into(training_lineage::table).values(chunk).execute(c))?;
    }
    Ok(())
}
