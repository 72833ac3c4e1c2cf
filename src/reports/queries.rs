//! The impact report's reads: five grouped queries over a root's subtree (the root and its
//! rows in `training_lineage`), each answered by the database with indexes on the join keys.
//! Written as SQL because they group over joins diesel's DSL cannot express portably; the two
//! backends differ only in how a month and a duration are computed and in placeholders.

use std::collections::BTreeMap;

use diesel::sql_types::{BigInt, Date, Integer, Nullable, Text, Timestamp};
use diesel::{sql_query, QueryableByName, RunQueryDsl};

use crate::db::DbConnection;
use crate::error::AppResult;

pub struct Hosted {
    pub training_id: i64,
    pub generation: i32,
    /// "YYYY-MM" of the first session
    pub month: String,
    pub minutes: i64,
}

pub struct Named {
    pub generation: i32,
    pub training_id: i64,
    pub country: String,
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub people: i64,
}

pub struct Reported {
    pub generation: i32,
    pub verified: bool,
    pub country: String,
    pub month: String,
    pub trainings: i64,
    pub people: i64,
    pub by_sex: [i64; 4],
    pub by_age: [i64; 7],
    pub minutes: i64,
}

/// Everything the report is built from.
pub struct Rows {
    pub hosted: Vec<Hosted>,
    pub named: Vec<Named>,
    pub reported: Vec<Reported>,
    /// generation → trainers certified there
    pub trainers: BTreeMap<i32, i64>,
    /// generation → of those, active ones
    pub active: BTreeMap<i32, i64>,
    pub awaiting: i64,
    pub set_aside: i64,
}

/// Whose cascade a report covers.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// One training and everything below it.
    Training(i64),
    /// Every training an organisation (co-)organises that has no ancestor it also organises,
    /// and everything below them: its whole cascade, each training once.
    Organisation(i64),
}

impl Scope {
    fn id(self) -> i64 {
        match self {
            Scope::Training(id) | Scope::Organisation(id) => id,
        }
    }
}

/// The subtree as a derived table `s(training_id, depth)`; `{p}` is the scope's placeholder.
const SUBTREE: &str = "(SELECT CAST({p} AS BIGINT) AS training_id, 0 AS depth \
     UNION ALL SELECT descendant_id AS training_id, depth FROM training_lineage WHERE ancestor_id = {p})";

/// An organisation's roots: the trainings it organises with no ancestor it also organises.
const ORGANISATION_ROOTS: &str = "SELECT DISTINCT o.training_id FROM training_organisers o \
     WHERE o.organisation_id = {p} AND NOT EXISTS (SELECT 1 FROM training_lineage l2 \
       JOIN training_organisers o2 ON o2.training_id = l2.ancestor_id \
       WHERE l2.descendant_id = o.training_id AND o2.organisation_id = {p})";

const ORGANISATION_SUBTREE: &str = "(SELECT r.training_id AS training_id, 0 AS depth FROM ({roots}) r \
     UNION ALL SELECT l.descendant_id AS training_id, l.depth FROM training_lineage l \
       WHERE l.ancestor_id IN ({roots}))";

struct Dialect {
    /// the root's placeholder (used twice; SQLite numbers its own, PostgreSQL reuses $1)
    p: &'static str,
    month_of_date: &'static str,
    month_of_timestamp: &'static str,
    minutes_between: &'static str,
}

const SQLITE: Dialect = Dialect {
    p: "?1",
    month_of_date: "substr({x}, 1, 7)",
    month_of_timestamp: "substr({x}, 1, 7)",
    minutes_between: "CAST(ROUND((julianday({b}) - julianday({a})) * 1440) AS BIGINT)",
};

const POSTGRES: Dialect = Dialect {
    p: "$1",
    month_of_date: "to_char({x}, 'YYYY-MM')",
    month_of_timestamp: "to_char({x}, 'YYYY-MM')",
    minutes_between: "CAST(ROUND(EXTRACT(EPOCH FROM ({b} - {a})) / 60) AS BIGINT)",
};

impl Dialect {
    fn subtree(&self, scope: Scope) -> String {
        match scope {
            Scope::Training(_) => SUBTREE.replace("{p}", self.p),
            Scope::Organisation(_) => {
                ORGANISATION_SUBTREE.replace("{roots}", &ORGANISATION_ROOTS.replace("{p}", self.p))
            }
        }
    }
}

#[derive(QueryableByName)]
struct HostedRow {
    #[diesel(sql_type = BigInt)]
    training_id: i64,
    #[diesel(sql_type = Integer)]
    generation: i32,
    #[diesel(sql_type = Text)]
    month: String,
    #[diesel(sql_type = BigInt)]
    minutes: i64,
}

#[derive(QueryableByName)]
struct NamedRow {
    #[diesel(sql_type = Integer)]
    generation: i32,
    #[diesel(sql_type = BigInt)]
    training_id: i64,
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = Nullable<Text>)]
    sex: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    age_band: Option<String>,
    #[diesel(sql_type = BigInt)]
    people: i64,
}

#[derive(QueryableByName)]
struct ReportedRow {
    #[diesel(sql_type = Integer)]
    generation: i32,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = Integer)]
    certificate_state: i32,
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = Text)]
    month: String,
    #[diesel(sql_type = BigInt)]
    trainings: i64,
    #[diesel(sql_type = BigInt)]
    people: i64,
    #[diesel(sql_type = BigInt)]
    female: i64,
    #[diesel(sql_type = BigInt)]
    male: i64,
    #[diesel(sql_type = BigInt)]
    another: i64,
    #[diesel(sql_type = BigInt)]
    sex_not_recorded: i64,
    #[diesel(sql_type = BigInt)]
    a1: i64,
    #[diesel(sql_type = BigInt)]
    a2: i64,
    #[diesel(sql_type = BigInt)]
    a3: i64,
    #[diesel(sql_type = BigInt)]
    a4: i64,
    #[diesel(sql_type = BigInt)]
    a5: i64,
    #[diesel(sql_type = BigInt)]
    a6: i64,
    #[diesel(sql_type = BigInt)]
    a7: i64,
    #[diesel(sql_type = BigInt)]
    minutes: i64,
}

#[derive(QueryableByName)]
struct GenCount {
    #[diesel(sql_type = Integer)]
    generation: i32,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

macro_rules! load_rows {
    ($conn:expr, $sql:expr, $row:ty, $($bind:expr => $ty:ty),*) => {
        crate::db::per_backend!($conn, |c| sql_query($sql)$(.bind::<$ty, _>($bind))*.load::<$row>(c))
    };
}

/// Reads the grouped rows of a scope's subtree.
pub fn load(conn: &mut DbConnection, scope: Scope, active_within_days: i64) -> AppResult<Rows> {
    let d = match conn {
        DbConnection::Postgres(_) => &POSTGRES,
        DbConnection::Sqlite(_) => &SQLITE,
    };
    let s = d.subtree(scope);
    let root = scope.id();
    if let DbConnection::Postgres(c) = conn {
        // PostgreSQL compiles a query with LLVM once its estimated cost passes jit_above_cost:
        // over 100,000 downstream trainings the active-trainer query spent ~1 s of its ~1.2 s
        // compiling (bench/impact.py, EXPLAIN ANALYZE). Set for this connection of the pool.
        use diesel::connection::SimpleConnection;
        c.batch_execute("SET jit = off")?;
    }
    let now = crate::db::now();
    let since_date = (now - chrono::Duration::days(active_within_days)).date();
    let since = now - chrono::Duration::days(active_within_days);

    // hosted trainings that took place or will: their first session's month and scheduled time
    let minutes = d.minutes_between.replace("{a}", "ts.starts_at").replace("{b}", "ts.ends_at");
    let hosted_sql = format!(
        "SELECT x.training_id, x.generation, {month} AS month, x.minutes FROM ( \
           SELECT t.id AS training_id, CAST(s.depth AS INTEGER) AS generation, MIN(ts.starts_at) AS first_at, \
                  CAST(SUM({minutes}) AS BIGINT) AS minutes \
           FROM {s} s JOIN trainings t ON t.id = s.training_id JOIN training_sessions ts ON ts.training_id = t.id \
           WHERE t.status IN ('published', 'completed') GROUP BY t.id, s.depth) x",
        month = d.month_of_timestamp.replace("{x}", "x.first_at"),
    );
    let hosted: Vec<HostedRow> = load_rows!(conn, &hosted_sql, HostedRow, root => BigInt)?;

    // named people: confirmed and present at least once, each e-mail at its first generation
    // (its first training there, for the month), grouped by what the report breaks down by
    // `reached` is MATERIALIZED: without it SQLite 3.50 inlines it into the join below and reads
    // the registrations of every training of the subtree once per e-mail (80 s for 200,000
    // people, bench/impact.py); the window finds each e-mail's first generation in one sort.
    let named_sql = format!(
        "WITH reached AS MATERIALIZED ( \
           SELECT r.email, CAST(s.depth AS INTEGER) AS generation, r.training_id, r.country, r.sex, r.age_band \
           FROM {s} s JOIN trainings t ON t.id = s.training_id AND t.status IN ('published', 'completed') \
           JOIN registrations r ON r.training_id = s.training_id \
           WHERE r.status = 'confirmed' \
             AND EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.status = 'present')), \
         ranked AS ( \
           SELECT email, generation, training_id, country, sex, age_band, \
                  MIN(generation) OVER (PARTITION BY email) AS first_generation \
           FROM reached), \
         people AS ( \
           SELECT email, MIN(generation) AS generation, MIN(training_id) AS training_id, MIN(country) AS country, \
                  MIN(sex) AS sex, MIN(age_band) AS age_band \
           FROM ranked WHERE generation = first_generation GROUP BY email) \
         SELECT generation, training_id, country, sex, age_band, COUNT(*) AS people FROM people \
         GROUP BY generation, training_id, country, sex, age_band"
    );
    let named: Vec<NamedRow> = load_rows!(conn, &named_sql, NamedRow, root => BigInt)?;

    // every reported training of the subtree in one pass, grouped by its status and its
    // certificate's (0 issued, 1 not yet issued, 2 revoked): the figures count those under an
    // issued certificate and not rejected, the status counts (awaiting, set aside) all of them
    // (every reported training has its figures row: they are written together)
    let certificate_state = "CASE c.status WHEN 'issued' THEN 0 WHEN 'revoked' THEN 2 ELSE 1 END";
    let reported_sql = format!(
        "SELECT CAST(s.depth + 1 AS INTEGER) AS generation, d.status AS status, \
                CAST({certificate_state} AS INTEGER) AS certificate_state, \
                d.country AS country, {month} AS month, COUNT(*) AS trainings, \
                CAST(SUM(f.participants_total) AS BIGINT) AS people, CAST(SUM(f.female) AS BIGINT) AS female, \
                CAST(SUM(f.male) AS BIGINT) AS male, CAST(SUM(f.another) AS BIGINT) AS another, \
                CAST(SUM(f.sex_not_recorded) AS BIGINT) AS sex_not_recorded, \
                CAST(SUM(f.age_under_25) AS BIGINT) AS a1, CAST(SUM(f.age_25_34) AS BIGINT) AS a2, \
                CAST(SUM(f.age_35_44) AS BIGINT) AS a3, CAST(SUM(f.age_45_54) AS BIGINT) AS a4, \
                CAST(SUM(f.age_55_64) AS BIGINT) AS a5, CAST(SUM(f.age_65_plus) AS BIGINT) AS a6, \
                CAST(SUM(f.age_not_recorded) AS BIGINT) AS a7, CAST(SUM(d.minutes) AS BIGINT) AS minutes \
         FROM {s} s JOIN certificates c ON c.training_id = s.training_id \
         JOIN downstream_trainings d ON d.certificate_id = c.id \
         JOIN downstream_figures f ON f.downstream_training_id = d.id \
         GROUP BY s.depth, d.status, {certificate_state}, d.country, {month}",
        month = d.month_of_date.replace("{x}", "d.starts_on"),
    );
    let reported: Vec<ReportedRow> = load_rows!(conn, &reported_sql, ReportedRow, root => BigInt)?;

    // trainers certified per generation, and how many of them delivered something recently
    let trainers_sql = format!(
        "SELECT CAST(s.depth AS INTEGER) AS generation, COUNT(DISTINCT c.holder_email) AS n \
         FROM {s} s JOIN certificates c ON c.training_id = s.training_id \
         WHERE c.status = 'issued' AND c.outcome = 'certified_trainer' GROUP BY s.depth"
    );
    let trainers: Vec<GenCount> = load_rows!(conn, &trainers_sql, GenCount, root => BigInt)?;
    let (p2, p3, p4) = match conn {
        DbConnection::Postgres(_) => ("$2", "$3", "$4"),
        DbConnection::Sqlite(_) => ("?2", "?3", "?4"),
    };
    let active_sql = format!(
        "SELECT CAST(s.depth AS INTEGER) AS generation, COUNT(DISTINCT c.holder_email) AS n \
         FROM {s} s JOIN certificates c ON c.training_id = s.training_id \
         WHERE c.status = 'issued' AND c.outcome = 'certified_trainer' AND ( \
           EXISTS (SELECT 1 FROM downstream_trainings d WHERE d.certificate_id = c.id \
                   AND d.status <> 'rejected' AND d.ends_on >= {p2}) \
           OR EXISTS (SELECT 1 FROM hosted_trainings h JOIN training_sessions ts ON ts.training_id = h.training_id \
                   JOIN trainings t ON t.id = h.training_id \
                   WHERE h.certificate_id = c.id AND t.status IN ('published', 'completed') \
                   AND ts.ends_at >= {p3} AND ts.starts_at <= {p4})) \
         GROUP BY s.depth"
    );
    let active: Vec<GenCount> = load_rows!(conn, &active_sql, GenCount, root => BigInt, since_date => Date, since => Timestamp, now => Timestamp)?;

    let count_of = |k: &str| {
        reported.iter().filter(|r| r.certificate_state != 2 && r.status == k).map(|r| r.trainings).sum::<i64>()
    };
    let set_aside = reported.iter().filter(|r| r.certificate_state == 2).map(|r| r.trainings).sum::<i64>();

    Ok(Rows {
        hosted: hosted
            .into_iter()
            .map(|h| Hosted {
                training_id: h.training_id,
                generation: h.generation,
                month: h.month,
                minutes: h.minutes,
            })
            .collect(),
        named: named
            .into_iter()
            .map(|n| Named {
                generation: n.generation,
                training_id: n.training_id,
                country: n.country,
                sex: n.sex,
                age_band: n.age_band,
                people: n.people,
            })
            .collect(),
        awaiting: count_of("submitted") + count_of("needs_information"),
        set_aside,
        reported: reported
            .into_iter()
            .filter(|r| r.certificate_state == 0 && r.status != "rejected")
            .map(|r| Reported {
                generation: r.generation,
                verified: r.status == "verified",
                country: r.country,
                month: r.month,
                trainings: r.trainings,
                people: r.people,
                by_sex: [r.female, r.male, r.another, r.sex_not_recorded],
                by_age: [r.a1, r.a2, r.a3, r.a4, r.a5, r.a6, r.a7],
                minutes: r.minutes,
            })
            .collect(),
        trainers: trainers.into_iter().map(|t| (t.generation, t.n)).collect(),
        active: active.into_iter().map(|t| (t.generation, t.n)).collect(),
    })
}

/// Whether the training's organisers switched its public impact page on.
pub fn is_public(conn: &mut DbConnection, training_id: i64) -> AppResult<bool> {
    use crate::db::schema::public_impact;
    use diesel::prelude::*;
    Ok(diesel::select(diesel::dsl::exists(public_impact::table.find(training_id))).get_result(conn)?)
}

/// Switches the public impact page on or off.
pub fn set_public(conn: &mut DbConnection, training_id: i64, account_id: Option<i64>, on: bool) -> AppResult<()> {
    use crate::db::schema::public_impact;
    use diesel::prelude::*;
    diesel::delete(public_impact::table.find(training_id)).execute(conn)?;
    if on {
        diesel::insert_into(public_impact::table)
            .values((
                public_impact::training_id.eq(training_id),
                public_impact::switched_on_by.eq(account_id),
                public_impact::created_at.eq(crate::db::now()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Whether the account organises a training for this organisation (in any role).
pub fn speaks_for(conn: &mut DbConnection, account_id: i64, organisation_id: i64) -> AppResult<bool> {
    use crate::db::schema::training_organisers;
    use diesel::prelude::*;
    Ok(diesel::select(diesel::dsl::exists(
        training_organisers::table
            .filter(training_organisers::account_id.eq(account_id))
            .filter(training_organisers::organisation_id.eq(organisation_id)),
    ))
    .get_result(conn)?)
}
