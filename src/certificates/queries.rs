//! Reads for certification: a training's rule and its assessment scores.

use diesel::prelude::*;

use super::Rule;
use crate::db::schema::{assessment_scores, certification_rules, registrations};
use crate::db::DbConnection;
use crate::error::AppResult;

/// The training's rule, or the default (every session attended).
pub fn rule(conn: &mut DbConnection, training_id: i64) -> AppResult<Rule> {
    Ok(certification_rules::table
        .find(training_id)
        .select(Rule::as_select())
        .first(conn)
        .optional()?
        .unwrap_or_else(|| Rule::default_for(training_id)))
}

/// (registration, score) for the training's registrations that have a score.
pub fn scores(conn: &mut DbConnection, training_id: i64) -> AppResult<Vec<(i64, i32)>> {
    Ok(assessment_scores::table
        .inner_join(registrations::table)
        .filter(registrations::training_id.eq(training_id))
        .select((assessment_scores::registration_id, assessment_scores::score))
        .load(conn)?)
}
