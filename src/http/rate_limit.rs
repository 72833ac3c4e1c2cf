//! Per-key request limits kept in memory per instance, with memory that stays bounded however
//! many distinct keys arrive (client IPs, e-mail addresses, an attacker's random ones) and a
//! constant cost per check.
//!
//! [`KeyedStates`] is the store: a small `Copy` state per key, in 16 shards behind their own
//! mutex. A key is hashed once with a per-process random key (SipHash, so nobody can aim keys
//! at one bucket) and only the 64-bit hash is kept: an entry costs the same for a 300-byte
//! address as for an IP. Each shard holds two generations of entries: a key is looked up in
//! the current one, then in the previous one (and moved forward). When the current generation
//! is full, or older than the horizon (the time after which an untouched state no longer
//! matters), it becomes the previous one and the old previous one is dropped whole — one
//! deallocation, not a scan. So
//! - memory is at most `max_keys` entries (about 40 bytes each), whatever the traffic;
//! - each check is one hash and at most two map lookups under one shard's lock;
//! - a state untouched for a whole horizon is forgotten, which is always right; under a flood
//!   of distinct keys a state may be forgotten earlier, which only ever makes the limit more
//!   lenient for that key (nobody gets locked out by someone else's flood).
//!
//! [`RateLimiter`] counts requests per key in fixed windows on top of it; the sign-in throttle
//! (`auth::throttle`) keeps its failure counts in the same store.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const SHARDS: usize = 16;

/// The inner maps' keys are already random 64-bit hashes: hashing them again would only cost.
#[derive(Default)]
struct HashIsKey(u64);

impl Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // only u64 keys are ever hashed; this keeps the hasher total anyway
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Generation<V> = HashMap<u64, V, BuildHasherDefault<HashIsKey>>;

struct Shard<V> {
    current: Generation<V>,
    previous: Generation<V>,
    current_since: Instant,
}

/// A bounded map from keys to small states; see the module comment.
pub struct KeyedStates<V: Copy> {
    shards: Box<[Mutex<Shard<V>>]>,
    hasher: RandomState,
    per_generation: usize,
    horizon: Duration,
}

impl<V: Copy> KeyedStates<V> {
    /// At most `max_keys` states; a state untouched for `horizon` is no longer needed.
    pub fn new(max_keys: usize, horizon: Duration) -> KeyedStates<V> {
        let now = Instant::now();
        let shards = (0..SHARDS)
            .map(|_| {
                Mutex::new(Shard {
                    current: Generation::default(),
                    previous: Generation::default(),
                    current_since: now,
                })
            })
            .collect();
        KeyedStates { shards, hasher: RandomState::new(), per_generation: (max_keys / (2 * SHARDS)).max(1), horizon }
    }

    /// Runs `f` on `key`'s state (`None`: none kept) at `now` and keeps what it returns
    /// (`None`: forget the key). A poisoned lock (a panic elsewhere) acts as an empty store.
    pub fn update<K: Hash + ?Sized, R>(&self, key: &K, now: Instant, f: impl FnOnce(Option<V>) -> (Option<V>, R)) -> R {
        let hash = self.hasher.hash_one(key);
        // the top bits choose the shard, so the inner maps' buckets (low bits) stay spread out
        let shard = &self.shards[(hash >> 60) as usize % SHARDS];
        let Ok(mut shard) = shard.lock() else { return f(None).1 };
        if shard.current.len() >= self.per_generation
            || now.saturating_duration_since(shard.current_since) >= self.horizon
        {
            shard.previous = std::mem::take(&mut shard.current);
            shard.current_since = now;
        }
        let state = match shard.current.get(&hash) {
            Some(v) => Some(*v),
            None => shard.previous.remove(&hash),
        };
        let (next, result) = f(state);
        match next {
            Some(v) => {
                shard.current.insert(hash, v);
            }
            None => {
                shard.current.remove(&hash);
            }
        }
        result
    }

    /// `key`'s state, if one is kept (without moving it forward).
    pub fn get<K: Hash + ?Sized>(&self, key: &K) -> Option<V> {
        let hash = self.hasher.hash_one(key);
        let shard = self.shards[(hash >> 60) as usize % SHARDS].lock().ok()?;
        shard.current.get(&hash).or_else(|| shard.previous.get(&hash)).copied()
    }

    /// Forgets `key`.
    pub fn forget<K: Hash + ?Sized>(&self, key: &K) {
        let hash = self.hasher.hash_one(key);
        if let Ok(mut shard) = self.shards[(hash >> 60) as usize % SHARDS].lock() {
            shard.current.remove(&hash);
            shard.previous.remove(&hash);
        }
    }

    /// How many states are kept (for benchmarks and tests).
    pub fn len(&self) -> usize {
        self.shards.iter().filter_map(|s| s.lock().ok()).map(|s| s.current.len() + s.previous.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most states this store keeps.
    pub fn capacity(&self) -> usize {
        self.per_generation * 2 * SHARDS
    }
}

/// `limit` requests per key in each fixed window; over it, `Err(seconds until the window ends)`.
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    /// per key: when its window started, requests counted in it
    counts: KeyedStates<(Instant, u32)>,
}

/// Keys each limiter keeps at most (≈ 40 bytes each): far more than the distinct clients or
/// addresses a real hour brings to one instance.
pub const DEFAULT_MAX_KEYS: usize = 100_000;

impl RateLimiter {
    /// `limit` requests per `window`; 0 means no limit.
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter::with_max_keys(limit, window, DEFAULT_MAX_KEYS)
    }

    pub fn with_max_keys(limit: u32, window: Duration, max_keys: usize) -> RateLimiter {
        RateLimiter { limit, window, counts: KeyedStates::new(max_keys, window) }
    }

    /// Counts a request; `Err(seconds)` says how long until the key may try again.
    pub fn check<K: Hash + ?Sized>(&self, key: &K) -> Result<(), u64> {
        self.check_at(key, Instant::now())
    }

    pub fn check_at<K: Hash + ?Sized>(&self, key: &K, now: Instant) -> Result<(), u64> {
        if self.limit == 0 {
            return Ok(());
        }
        let (limit, window) = (self.limit, self.window);
        self.counts.update(key, now, |state| {
            let (start, count) = match state {
                Some((start, count)) if now.saturating_duration_since(start) < window => (start, count),
                _ => (now, 0),
            };
            if count >= limit {
                let wait = window.saturating_sub(now.saturating_duration_since(start));
                // rounded up: retrying after Retry-After seconds finds the window over
                let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                return (Some((start, count)), Err(secs.max(1)));
            }
            (Some((start, count + 1)), Ok(()))
        })
    }

    /// How many keys are kept (for benchmarks and tests).
    pub fn keys(&self) -> usize {
        self.counts.len()
    }

    pub fn max_keys(&self) -> usize {
        self.counts.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_and_says_when_to_retry() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(limiter.check_at("a", t0).is_ok());
        assert!(limiter.check_at("a", t0).is_ok());
        assert_eq!(limiter.check_at("a", t0 + Duration::from_millis(500)), Err(60), "rounded up");
        assert_eq!(limiter.check_at("a", t0 + Duration::from_secs(59)), Err(1));
        assert!(limiter.check_at("b", t0).is_ok(), "keys are independent");
        assert!(limiter.check_at("a", t0 + Duration::from_secs(60)).is_ok(), "a new window");
        assert!(limiter.check_at(&(7_i64, "a"), t0).is_ok(), "any hashable key");
        assert!(RateLimiter::new(0, Duration::from_secs(1)).check("x").is_ok());
    }

    #[test]
    fn memory_stays_bounded_and_a_flood_never_locks_anyone_out() {
        let limiter = RateLimiter::with_max_keys(1, Duration::from_secs(3600), 3_200);
        let t0 = Instant::now();
        assert!(limiter.check_at("victim", t0).is_ok());
        assert!(limiter.check_at("victim", t0).is_err());
        for n in 0..100_000u32 {
            assert!(limiter.check_at(&n, t0).is_ok(), "a new key is never refused");
            if n % 1000 == 0 {
                assert!(limiter.keys() <= limiter.max_keys(), "kept {} keys", limiter.keys());
            }
        }
        assert!(limiter.keys() <= 3_200, "kept {} keys", limiter.keys());
        // the flood pushed the victim's count out: the limit got more lenient, not stricter
        assert!(limiter.check_at("victim", t0).is_ok());
    }

    #[test]
    fn states_untouched_for_a_horizon_are_dropped_others_are_kept() {
        let store: KeyedStates<u32> = KeyedStates::new(1_000_000, Duration::from_secs(10));
        let t0 = Instant::now();
        store.update("old", t0, |_| (Some(1), ()));
        store.update("busy", t0, |_| (Some(1), ()));
        // after one horizon (1,000 keys touch all 16 shards) both are in the previous generation;
        // touching "busy" moves it forward
        let t1 = t0 + Duration::from_secs(10);
        for n in 1_000..2_000u32 {
            store.update(&n, t1, |_| (Some(0), ()));
        }
        store.update("busy", t1, |v| (v.map(|n| n + 1), ()));
        store.update("other", t1, |_| (Some(9), ()));
        // after two horizons "old" (untouched since t0) is gone once its shard sees traffic
        // (1,000 keys touch all 16 shards), "busy" is kept
        let t2 = t1 + Duration::from_secs(10);
        for n in 0..1_000u32 {
            store.update(&n, t2, |_| (Some(0), ()));
        }
        assert_eq!(store.get("busy"), Some(2));
        assert_eq!(store.get("old"), None);
        assert_eq!(store.get("other"), Some(9));
        store.forget("busy");
        assert_eq!(store.get("busy"), None);
    }
}
