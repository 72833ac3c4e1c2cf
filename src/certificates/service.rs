//! Setting the rule and the scores (lead organisers and co-organisers), and the eligibility
//! table (anyone who may see registrations).

use std::collections::HashMap;

use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::{evaluate, queries, Outcome, Rule};
use crate::accounts::Account;
use crate::attendance;
use crate::db::schema::{assessment_scores, certification_rules};
use crate::db::{now, per_backend, DbConnection};
use crate::error::{AppError, AppResult};
use crate::registration::{self, Registration, Status};
use crate::trainings::permissions::{authorize, Action};
use crate::trainings::{self, Training};

/// A rule as organisers send it (JSON or the form): every part optional; percentages 0–100.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RuleInput {
    pub min_sessions: Option<i32>,
    pub min_sessions_percent: Option<i32>,
    pub min_minutes_percent: Option<i32>,
    pub pass_mark: Option<i32>,
}

fn percent(field: &str, value: Option<i32>) -> AppResult<Option<i32>> {
    match value {
        Some(v) if !(0..=100).contains(&v) => {
            Err(AppError::invalid(field, format!("{v} is not a percentage from 0 to 100")))
        }
        v => Ok(v),
    }
}

/// Sets the training's rule; a rule nobody could meet (more sessions than the training has) is
/// refused naming the field.
pub fn set_rule(conn: &mut DbConnection, actor: &Account, training_id: i64, input: &RuleInput) -> AppResult<Rule> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    let sessions = trainings::queries::sessions(conn, training_id)?.len();
    if let Some(n) = input.min_sessions {
        if n < 0 || usize::try_from(n).unwrap_or(usize::MAX) > sessions {
            return Err(AppError::invalid(
                "min_sessions",
                format!("{n} sessions cannot be required: the training has {sessions}"),
            ));
        }
    }
    let rule = Rule {
        training_id,
        min_sessions: input.min_sessions,
        min_sessions_percent: percent("min_sessions_percent", input.min_sessions_percent)?,
        min_minutes_percent: percent("min_minutes_percent", input.min_minutes_percent)?,
        pass_mark: percent("pass_mark", input.pass_mark)?,
    };
    if rule.min_sessions.is_none() && rule.min_sessions_percent.is_none() {
        return Err(AppError::invalid(
            "min_sessions",
            "say how many sessions must be attended: min_sessions or min_sessions_percent",
        ));
    }
    let values = (
        certification_rules::training_id.eq(training_id),
        certification_rules::min_sessions.eq(rule.min_sessions),
        certification_rules::min_sessions_percent.eq(rule.min_sessions_percent),
        certification_rules::min_minutes_percent.eq(rule.min_minutes_percent),
        certification_rules::pass_mark.eq(rule.pass_mark),
        certification_rules::updated_by.eq(Some(actor.id)),
        certification_rules::updated_at.eq(now()),
    );
    per_backend!(conn, |c| diesel::insert_into(certification_rules::table)
        .values(values)
        .on_conflict(certification_rules::training_id)
        .do_update()
        .set(values)
        .execute(c))?;
    Ok(rule)
}

/// One score as organisers send it; `score` null removes it.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct ScoreInput {
    pub registration_id: i64,
    pub score: Option<i32>,
}

/// Sets assessment scores (0–100) of the training's confirmed registrations; one bad entry
/// changes nothing.
pub fn set_scores(
    conn: &mut DbConnection,
    actor: &Account,
    training_id: i64,
    scores: &[ScoreInput],
) -> AppResult<usize> {
    authorize(conn, actor, training_id, Action::ManageRegistrations)?;
    let confirmed: Vec<i64> = registration::queries::list(conn, training_id)?
        .into_iter()
        .filter(|r| r.status == Status::Confirmed)
        .map(|r| r.id)
        .collect();
    for s in scores {
        if !confirmed.contains(&s.registration_id) {
            return Err(AppError::invalid(
                "registration_id",
                format!("registration {} is not a confirmed registration of this training", s.registration_id),
            ));
        }
        percent("score", s.score)?;
    }
    let at = now();
    for s in scores {
        match s.score {
            None => {
                diesel::delete(assessment_scores::table.find(s.registration_id)).execute(conn)?;
            }
            Some(score) => {
                let values = (
                    assessment_scores::registration_id.eq(s.registration_id),
                    assessment_scores::score.eq(score),
                    assessment_scores::updated_by.eq(Some(actor.id)),
                    assessment_scores::updated_at.eq(at),
                );
                per_backend!(conn, |c| diesel::insert_into(assessment_scores::table)
                    .values(values)
                    .on_conflict(assessment_scores::registration_id)
                    .do_update()
                    .set(values)
                    .execute(c))?;
            }
        }
    }
    Ok(scores.len())
}

/// One row of the eligibility table.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Eligibility {
    pub registration_id: i64,
    pub full_name: String,
    pub email: String,
    pub country: String,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// The rule and every confirmed participant's outcome under it.
pub struct EligibilityTable {
    pub training: Training,
    pub rule: Rule,
    pub rule_text: String,
    pub rows: Vec<Eligibility>,
}

pub fn eligibility(conn: &mut DbConnection, actor: &Account, training_id: i64) -> AppResult<EligibilityTable> {
    let grid = attendance::service::grid(conn, actor, training_id)?;
    let rule = queries::rule(conn, training_id)?;
    let scores = queries::scores(conn, training_id)?;
    // each person's marks and score, grouped once (not a scan of all marks per person)
    let mut marks_of: HashMap<i64, Vec<&attendance::Mark>> = HashMap::new();
    for m in &grid.marks {
        marks_of.entry(m.registration_id).or_default().push(m);
    }
    let scores: HashMap<i64, i32> = scores.into_iter().collect();
    let rows = grid
        .people
        .iter()
        .map(|r: &Registration| {
            let marks = marks_of.get(&r.id).map(Vec::as_slice).unwrap_or_default();
            let score = scores.get(&r.id).copied();
            Eligibility {
                registration_id: r.id,
                full_name: r.full_name.clone(),
                email: r.email.clone(),
                country: r.country.clone(),
                outcome: evaluate(&rule, &grid.sessions, marks, score),
            }
        })
        .collect();
    Ok(EligibilityTable { rule_text: rule.describe(grid.sessions.len()), training: grid.training, rule, rows })
}
