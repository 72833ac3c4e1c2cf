//! The registration rate limiter under a flood of distinct keys (issue 11, point 11).
//!
//! `cargo bench --bench rate_limit` sends 1,000,000 checks with 1,000,000 distinct keys (e-mail
//! addresses on one training) through the limiter, on 1 and on 2 threads, and reports the
//! cost per check (median and p99 of 1,000-check batches), the keys kept and the process's
//! resident memory. Beside it, the same through the limiter it replaced (a `HashMap` per
//! instance that kept every key for its window and, above 100,000 keys, scanned the whole map
//! under its mutex on every check), for the first 120,000 keys only: past 100,000 each check
//! of the old one costs a full scan.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use cascade::http::rate_limit::RateLimiter;

const KEYS: u32 = 1_000_000;
const BATCH: u32 = 1_000;

fn rss_mb() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0.0);
    pages * 4096.0 / 1_048_576.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Runs `check` for keys `from..to` in batches; returns per-check nanoseconds of each batch.
fn batches(from: u32, to: u32, check: &(dyn Fn(&str) + Sync)) -> Vec<f64> {
    let mut per_check = Vec::new();
    let mut key = String::new();
    let mut n = from;
    while n < to {
        let end = (n + BATCH).min(to);
        let started = Instant::now();
        for i in n..end {
            key.clear();
            use std::fmt::Write;
            let _ = write!(key, "participant{i}@example.org");
            check(&key);
        }
        per_check.push(started.elapsed().as_nanos() as f64 / f64::from(end - n));
        n = end;
    }
    per_check
}

fn report(name: &str, mut per_check: Vec<f64>, total: Duration, checks: u32) {
    per_check.sort_by(f64::total_cmp);
    println!(
        "{name:<44} {checks:>9} checks  {:>7.0} ns/check overall  batch median {:>6.0} ns  p99 {:>8.0} ns  max {:>9.0} ns",
        total.as_nanos() as f64 / f64::from(checks),
        percentile(&per_check, 0.5),
        percentile(&per_check, 0.99),
        per_check.last().copied().unwrap_or(0.0),
    );
}

/// The limiter before issue 11 (src/registration/rate_limit.rs at b719e59), for comparison.
struct OldLimiter {
    limit: u32,
    window: Duration,
    hits: Mutex<HashMap<String, (Instant, u32)>>,
}

impl OldLimiter {
    fn check(&self, key: &str) -> Result<(), u64> {
        let now = Instant::now();
        let mut hits = self.hits.lock().unwrap();
        if hits.len() > 100_000 {
            let window = self.window;
            hits.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = hits.entry(key.to_string()).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.limit {
            return Err(1);
        }
        entry.1 += 1;
        Ok(())
    }
}

fn main() {
    let hour = Duration::from_secs(3600);
    let training = "reporting-portal-refresher";
    println!("rss at start: {:.1} MB", rss_mb());

    let limiter = RateLimiter::new(5, hour);
    let started = Instant::now();
    let per_check = batches(0, KEYS, &|email| {
        let _ = limiter.check(&(training, email));
    });
    report("bounded limiter, 1 thread", per_check, started.elapsed(), KEYS);
    println!("  keys kept: {} (at most {}), rss {:.1} MB", limiter.keys(), limiter.max_keys(), rss_mb());

    let limiter = RateLimiter::new(5, hour);
    let started = Instant::now();
    let halves: Vec<Vec<f64>> = std::thread::scope(|s| {
        let handles: Vec<_> = [(0, KEYS / 2), (KEYS / 2, KEYS)]
            .into_iter()
            .map(|(from, to)| {
                let limiter = &limiter;
                s.spawn(move || {
                    batches(from, to, &|email| {
                        let _ = limiter.check(&(training, email));
                    })
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    report("bounded limiter, 2 threads", halves.concat(), started.elapsed(), KEYS);
    println!("  keys kept: {} (at most {}), rss {:.1} MB", limiter.keys(), limiter.max_keys(), rss_mb());

    let old = OldLimiter { limit: 5, window: hour, hits: Mutex::new(HashMap::new()) };
    let first = 120_000;
    let started = Instant::now();
    let per_check = batches(0, 100_000, &|email| {
        let _ = old.check(&format!("{training}\u{0}{email}"));
    });
    report("replaced limiter, keys 0–100,000", per_check, started.elapsed(), 100_000);
    let started = Instant::now();
    let per_check = batches(100_000, first, &|email| {
        let _ = old.check(&format!("{training}\u{0}{email}"));
    });
    report("replaced limiter, keys 100,000–120,000", per_check, started.elapsed(), first - 100_000);
    println!("  keys kept: {}, rss {:.1} MB", old.hits.lock().unwrap().len(), rss_mb());
}
