//! Impact: the multiplier effect of a training, generation by generation. Reads everything
//! (trainings, registrations, attendance, certificates, downstream trainings) and is imported by
//! nobody but the composition root and the API.
//!
//! For a root training R, generation g holds the trainings g steps below R: G0 is R itself, G1
//! the trainings delivered by trainers certified in G0 (hosted on Cascade or reported), G2 those
//! delivered by trainers certified in G1, and so on. Per generation:
//! - **trainings**: hosted trainings (published or completed) and reported ones (not rejected);
//! - **trainers certified** in it (valid trainer certificates, one per e-mail) and how many of
//!   them are **active** (delivered a training that ended within `active_within_days`);
//! - **people reached**: named participants of hosted trainings (confirmed and present at one
//!   session or more), each e-mail counted once in the whole tree, at its first generation; plus
//!   the participants reported in aggregate, marked as such;
//! - by sex, by age band, countries, hours delivered, and the month of each training.
//!
//! Reported trainings under a revoked certificate are kept but left out (counted in
//! `set_aside`); `verified_only` repeats the figures with reported trainings counted only once
//! an organiser verified them. The sums run in the database over the closure table's subtree
//! (see `queries.rs`), so a report reads a few thousand grouped rows whatever the tree's size.

pub mod api;
pub mod charts;
pub mod pages;
pub mod queries;
pub mod snapshot;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::db::DbConnection;
use crate::downstream::{AGE_BANDS, SEXES};
use crate::error::AppResult;

/// The smallest group shown broken down by sex or age band on the public page.
pub const MIN_GROUP: i64 = 5;

/// One generation's figures.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Generation {
    pub generation: i32,
    /// Hosted and reported trainings delivered in this generation.
    pub trainings: i64,
    pub hosted_trainings: i64,
    pub reported_trainings: i64,
    /// People certified as trainers in this generation's trainings (once per e-mail).
    pub trainers_certified: i64,
    /// Of those, how many delivered a training recently.
    pub active_trainers: i64,
    /// Named participants plus reported ones.
    pub people_reached: i64,
    /// Named participants of hosted trainings (once per e-mail in the whole tree).
    pub named_participants: i64,
    /// Participants of reported trainings (aggregate figures, as reported).
    pub reported_participants: i64,
    /// female, male, another, not_recorded; absent where a public group is too small to show.
    #[schema(value_type = Option<BTreeMap<String, i64>>)]
    pub by_sex: Option<BTreeMap<String, i64>>,
    /// under_25 … 65_plus, not_recorded; absent where a public group is too small to show.
    #[schema(value_type = Option<BTreeMap<String, i64>>)]
    pub by_age_band: Option<BTreeMap<String, i64>>,
    /// ISO codes of the countries people were reached in.
    pub countries: Vec<String>,
    pub hours: f64,
}

/// Figures over the whole tree (or one view of it).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Figures {
    pub generations: Vec<Generation>,
    pub totals: Generation,
    /// People reached in G1 and below ÷ trainers certified in G0 (none when G0 certified nobody).
    pub multiplier: Option<f64>,
    /// People reached by month of the training ("2023-05"), oldest first.
    pub by_month: Vec<Count>,
    /// People reached by country, most first.
    pub by_country: Vec<Count>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Count {
    pub key: String,
    pub people: i64,
}

/// The impact report of a training (or of an organisation's trainings).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Impact {
    /// The training at generation 0 (absent for an organisation's report).
    pub training_id: Option<i64>,
    /// The organisation whose trainings' cascades these are (absent for a training's report).
    pub organisation_id: Option<i64>,
    pub title: String,
    #[serde(flatten)]
    pub figures: Figures,
    /// How the multiplier is computed, in words.
    pub multiplier_formula: String,
    /// The same figures counting only reported trainings an organiser verified (hosted
    /// trainings are records of their own and always count).
    pub verified_only: Figures,
    /// Reported trainings awaiting a decision (counted above, not in `verified_only`).
    pub awaiting_verification: i64,
    /// Reported trainings under a revoked certificate: kept, marked, counted nowhere.
    pub set_aside: i64,
    /// When these figures were computed (now, or when a large cascade's stored report was).
    pub computed_at: chrono::DateTime<chrono::Utc>,
    /// True while a stored report older than `[reports] snapshot_max_age_secs` is being
    /// recomputed: these figures are from `computed_at`, newer ones follow shortly.
    #[serde(default)]
    pub updating: bool,
}

pub const MULTIPLIER_FORMULA: &str = "people reached in generations 1 and below ÷ trainers certified in generation 0";

#[derive(Default)]
struct Acc {
    hosted: i64,
    reported: i64,
    named: i64,
    reported_people: i64,
    by_sex: [i64; 4],
    by_age: [i64; 7],
    countries: BTreeSet<String>,
    minutes: i64,
}

fn sex_index(sex: Option<&str>) -> usize {
    match sex {
        Some("female") => 0,
        Some("male") => 1,
        Some("another") => 2,
        _ => 3,
    }
}

fn age_index(band: Option<&str>) -> usize {
    AGE_BANDS.iter().position(|(k, _)| Some(*k) == band).filter(|i| *i < 6).unwrap_or(6)
}

/// Builds the report of `root` from the grouped rows of `queries`.
pub fn impact(conn: &mut DbConnection, root: i64, active_within_days: i64) -> AppResult<Impact> {
    let training = crate::trainings::queries::find(conn, root)?;
    report(conn, queries::Scope::Training(root), training.title, active_within_days)
}

/// The report over every cascade an organisation's trainings started: each training it
/// organises that no other training it organises is above, with everything below (G0 are those
/// trainings).
pub fn organisation_impact(
    conn: &mut DbConnection,
    organisation_id: i64,
    active_within_days: i64,
) -> AppResult<Impact> {
    let organisation = crate::organisations::find(conn, organisation_id)?;
    report(conn, queries::Scope::Organisation(organisation_id), organisation.name, active_within_days)
}

fn report(conn: &mut DbConnection, scope: queries::Scope, title: String, active_within_days: i64) -> AppResult<Impact> {
    let rows = queries::load(conn, scope, active_within_days)?;
    let all = build(&rows, false);
    let verified = build(&rows, true);
    let (training_id, organisation_id) = match scope {
        queries::Scope::Training(id) => (Some(id), None),
        queries::Scope::Organisation(id) => (None, Some(id)),
    };
    Ok(Impact {
        training_id,
        organisation_id,
        title,
        figures: all,
        multiplier_formula: MULTIPLIER_FORMULA.into(),
        verified_only: verified,
        awaiting_verification: rows.awaiting,
        set_aside: rows.set_aside,
        computed_at: crate::db::now().and_utc(),
        updating: false,
    })
}

fn build(rows: &queries::Rows, verified_only: bool) -> Figures {
    let mut gens: BTreeMap<i32, Acc> = BTreeMap::new();
    let mut months: BTreeMap<String, i64> = BTreeMap::new();
    let mut countries: HashMap<String, i64> = HashMap::new();
    let hosted_month: HashMap<i64, &str> = rows.hosted.iter().map(|h| (h.training_id, h.month.as_str())).collect();
    gens.entry(0).or_default();
    for h in &rows.hosted {
        let g = gens.entry(h.generation).or_default();
        g.hosted += 1;
        g.minutes += h.minutes;
    }
    for p in &rows.named {
        let g = gens.entry(p.generation).or_default();
        g.named += p.people;
        g.by_sex[sex_index(p.sex.as_deref())] += p.people;
        g.by_age[age_index(p.age_band.as_deref())] += p.people;
        if !p.country.is_empty() {
            g.countries.insert(p.country.clone());
            *countries.entry(p.country.clone()).or_default() += p.people;
        }
        if let Some(m) = hosted_month.get(&p.training_id) {
            *months.entry((*m).to_string()).or_default() += p.people;
        }
    }
    for r in rows.reported.iter().filter(|r| !verified_only || r.verified) {
        let g = gens.entry(r.generation).or_default();
        g.reported += r.trainings;
        g.reported_people += r.people;
        for (i, n) in r.by_sex.iter().enumerate() {
            g.by_sex[i] += n;
        }
        for (i, n) in r.by_age.iter().enumerate() {
            g.by_age[i] += n;
        }
        g.minutes += r.minutes;
        g.countries.insert(r.country.clone());
        *countries.entry(r.country.clone()).or_default() += r.people;
        *months.entry(r.month.clone()).or_default() += r.people;
    }
    let mut generations: Vec<Generation> = gens
        .into_iter()
        .map(|(n, a)| Generation {
            generation: n,
            trainings: a.hosted + a.reported,
            hosted_trainings: a.hosted,
            reported_trainings: a.reported,
            trainers_certified: rows.trainers.get(&n).copied().unwrap_or(0),
            active_trainers: rows.active.get(&n).copied().unwrap_or(0),
            people_reached: a.named + a.reported_people,
            named_participants: a.named,
            reported_participants: a.reported_people,
            by_sex: Some(SEXES.iter().map(|(k, _)| k.to_string()).zip(a.by_sex).collect()),
            by_age_band: Some(AGE_BANDS.iter().map(|(k, _)| k.to_string()).zip(a.by_age).collect()),
            countries: a.countries.into_iter().collect(),
            hours: a.minutes as f64 / 60.0,
        })
        .collect();
    // a generation that certified trainers but delivered nothing yet still shows
    for (&n, _) in rows.trainers.iter() {
        if !generations.iter().any(|g| g.generation == n) {
            generations.push(Generation { generation: n, trainers_certified: rows.trainers[&n], ..Default::default() });
        }
    }
    generations.sort_by_key(|g| g.generation);
    let totals = total(&generations);
    let below: i64 = generations.iter().filter(|g| g.generation >= 1).map(|g| g.people_reached).sum();
    let g0_trainers = generations.first().map(|g| g.trainers_certified).unwrap_or(0);
    let mut by_country: Vec<Count> = countries.into_iter().map(|(key, people)| Count { key, people }).collect();
    by_country.sort_by(|a, b| b.people.cmp(&a.people).then(a.key.cmp(&b.key)));
    Figures {
        multiplier: (g0_trainers > 0).then(|| (below as f64 / g0_trainers as f64 * 100.0).round() / 100.0),
        generations,
        totals,
        by_month: months.into_iter().map(|(key, people)| Count { key, people }).collect(),
        by_country,
    }
}

fn total(generations: &[Generation]) -> Generation {
    let mut t = Generation { generation: -1, ..Default::default() };
    let mut countries = BTreeSet::new();
    let mut by_sex: BTreeMap<String, i64> = BTreeMap::new();
    let mut by_age: BTreeMap<String, i64> = BTreeMap::new();
    for g in generations {
        t.trainings += g.trainings;
        t.hosted_trainings += g.hosted_trainings;
        t.reported_trainings += g.reported_trainings;
        t.trainers_certified += g.trainers_certified;
        t.active_trainers += g.active_trainers;
        t.people_reached += g.people_reached;
        t.named_participants += g.named_participants;
        t.reported_participants += g.reported_participants;
        t.hours += g.hours;
        countries.extend(g.countries.iter().cloned());
        for (k, v) in g.by_sex.iter().flatten() {
            *by_sex.entry(k.clone()).or_default() += v;
        }
        for (k, v) in g.by_age_band.iter().flatten() {
            *by_age.entry(k.clone()).or_default() += v;
        }
    }
    t.countries = countries.into_iter().collect();
    t.by_sex = Some(by_sex);
    t.by_age_band = Some(by_age);
    t
}

impl Figures {
    /// What the public page may show: aggregates only, and no group under [`MIN_GROUP`] people
    /// broken down by sex or age band (nor a month or country with fewer people listed).
    pub fn suppress_small_groups(&mut self) {
        for g in self.generations.iter_mut().chain(std::iter::once(&mut self.totals)) {
            if g.people_reached < MIN_GROUP {
                g.by_sex = None;
                g.by_age_band = None;
            }
        }
        self.by_month.retain(|c| c.people >= MIN_GROUP);
        self.by_country.retain(|c| c.people >= MIN_GROUP);
    }
}

impl Generation {
    pub fn label(&self) -> String {
        if self.generation < 0 {
            "All generations".into()
        } else {
            format!("G{}", self.generation)
        }
    }
    pub fn hours_text(&self) -> String {
        if self.hours.fract() == 0.0 {
            format!("{}", self.hours as i64)
        } else {
            format!("{:.1}", self.hours)
        }
    }
    pub fn sex(&self, key: &str) -> Option<i64> {
        self.by_sex.as_ref().and_then(|m| m.get(key).copied())
    }
    pub fn age(&self, key: &str) -> Option<i64> {
        self.by_age_band.as_ref().and_then(|m| m.get(key).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gen(n: i32, people: i64) -> Generation {
        Generation {
            generation: n,
            people_reached: people,
            by_sex: Some(BTreeMap::from([("female".to_string(), people)])),
            by_age_band: Some(BTreeMap::from([("not_recorded".to_string(), people)])),
            ..Default::default()
        }
    }

    #[test]
    fn small_groups_are_not_broken_down_in_public() {
        let mut f = Figures {
            generations: vec![gen(0, 30), gen(1, 4), gen(2, 5)],
            totals: gen(-1, 39),
            multiplier: None,
            by_month: vec![Count { key: "2024-01".into(), people: 4 }, Count { key: "2024-02".into(), people: 35 }],
            by_country: vec![Count { key: "MN".into(), people: 36 }, Count { key: "AL".into(), people: 3 }],
        };
        f.suppress_small_groups();
        assert!(f.generations[0].by_sex.is_some() && f.generations[2].by_age_band.is_some());
        assert!(f.generations[1].by_sex.is_none() && f.generations[1].by_age_band.is_none(), "4 people");
        assert_eq!(f.generations[1].people_reached, 4, "the total itself stays");
        assert_eq!(f.by_month.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["2024-02"]);
        assert_eq!(f.by_country.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), ["MN"]);
    }
}
