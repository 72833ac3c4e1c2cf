//! Password guessing is slowed down, per account and per client address, without locking the
//! real person out for long.
//!
//! Only **failed** password checks count. Each key (the e-mail address asked for, known or not,
//! so the limit says nothing about which addresses have accounts; and the client's IP, an IPv6
//! client by its /64) may fail `free` times; every further failure closes the key for a
//! delay that doubles each time (`first_delay`, 2×, 4×, …) up to `max_delay`. A closed key is
//! answered 429 with `Retry-After` before any password is checked, so a right password does
//! not get in either: the attacker learns nothing while it is closed. Failures are forgotten one
//! per `decay` (a minute by default), so someone who mistyped a few times is back to normal in
//! minutes, and an attacker can keep an account closed for at most `max_delay` at a time
//! (a minute by default) while spending one guess per delay. A successful sign-in forgets the
//! account's failures. The per-IP limit allows more failures (an office behind one address).
//! The person can always ask for a sign-in link by e-mail meanwhile (limited on its own).
//!
//! Nothing sleeps on the server: a delay is a time before which the key is refused. State is in
//! memory per instance; several instances each keep their own (an attacker spreading guesses
//! over N instances gets N times the guesses, still growing delays on each). It is kept in the
//! bounded store of `http::rate_limit` (constant memory and cost per check, whatever the number
//! of keys); a key untouched for 64 decay periods (an hour by default) has nothing left to
//! remember.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use crate::config::AuthSettings;
use crate::http::rate_limit::{KeyedStates, DEFAULT_MAX_KEYS};

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    /// when `failures` was last counted (decay runs from here)
    counted_at: Instant,
    closed_until: Option<Instant>,
}

/// Failure counts for one kind of key.
pub struct FailureLimit {
    free: u32,
    first_delay: Duration,
    max_delay: Duration,
    decay: Duration,
    state: KeyedStates<Entry>,
}

impl FailureLimit {
    /// `free` failures without delay, then `first_delay` doubling up to `max_delay`; one failure
    /// forgotten per `decay`. `free == 0` turns the limit off.
    pub fn new(free: u32, first_delay: Duration, max_delay: Duration, decay: Duration) -> FailureLimit {
        let max_delay = max_delay.max(first_delay);
        let decay = decay.max(Duration::from_secs(1));
        // failures grow by at most one per delay, and a delay reaches `max_delay` within 20
        // doublings: after 64 decays untouched a key is open and (nearly) forgotten
        let horizon = decay.saturating_mul(64).max(max_delay);
        FailureLimit { free, first_delay, max_delay, decay, state: KeyedStates::new(DEFAULT_MAX_KEYS, horizon) }
    }

    fn remaining(&self, e: &Entry, now: Instant) -> u32 {
        let forgotten = now.saturating_duration_since(e.counted_at).as_secs() / self.decay.as_secs().max(1);
        e.failures.saturating_sub(u32::try_from(forgotten).unwrap_or(u32::MAX))
    }

    /// `Err(seconds)` while `key` is closed.
    pub fn check_at(&self, key: &str, now: Instant) -> Result<(), u64> {
        if self.free == 0 {
            return Ok(());
        }
        match self.state.get(key).and_then(|e| e.closed_until) {
            Some(until) if until > now => {
                let wait = until.duration_since(now);
                // rounded up: retrying after Retry-After seconds finds the key open
                Err(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
            }
            _ => Ok(()),
        }
    }

    /// Counts a failure; returns the delay it closed the key for, if any.
    pub fn failed_at(&self, key: &str, now: Instant) -> Option<Duration> {
        if self.free == 0 {
            return None;
        }
        self.state.update(key, now, |entry| {
            let entry = entry.unwrap_or(Entry { failures: 0, counted_at: now, closed_until: None });
            let failures = self.remaining(&entry, now).saturating_add(1);
            if failures <= self.free {
                return (Some(Entry { failures, counted_at: now, closed_until: entry.closed_until }), None);
            }
            let doublings = (failures - self.free - 1).min(20);
            let delay = self.first_delay.saturating_mul(1 << doublings).min(self.max_delay);
            (Some(Entry { failures, counted_at: now, closed_until: Some(now + delay) }), Some(delay))
        })
    }

    /// Forgets `key`'s failures.
    pub fn forget(&self, key: &str) {
        self.state.forget(key);
    }
}

/// The two limits password sign-in goes through (the sign-in page and `POST /api/v1/auth/token`).
pub struct SignInThrottle {
    pub per_account: FailureLimit,
    pub per_ip: FailureLimit,
}

/// The key of a client address: an IPv4 address, or the /64 of an IPv6 one (a single
/// machine usually holds a whole /64).
pub fn ip_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

impl SignInThrottle {
    pub fn new(auth: &AuthSettings) -> SignInThrottle {
        let secs = Duration::from_secs;
        SignInThrottle {
            per_account: FailureLimit::new(
                auth.sign_in_free_failures_per_account,
                secs(auth.sign_in_first_delay_secs),
                secs(auth.sign_in_max_delay_secs),
                secs(auth.sign_in_failure_decay_secs),
            ),
            per_ip: FailureLimit::new(
                auth.sign_in_free_failures_per_ip,
                secs(auth.sign_in_first_delay_secs),
                secs(auth.sign_in_max_delay_secs_per_ip),
                secs(auth.sign_in_failure_decay_secs),
            ),
        }
    }

    /// `Err(seconds)` when either the address or the client must wait (the longer wait).
    pub fn check(&self, email: &str, ip: Option<IpAddr>) -> Result<(), u64> {
        let now = Instant::now();
        let account = self.per_account.check_at(&email.to_lowercase(), now);
        let client = ip.map(|ip| self.per_ip.check_at(&ip_key(ip), now)).unwrap_or(Ok(()));
        match (account, client) {
            (Ok(()), Ok(())) => Ok(()),
            (a, c) => Err(a.err().unwrap_or(0).max(c.err().unwrap_or(0))),
        }
    }

    pub fn failed(&self, email: &str, ip: Option<IpAddr>) {
        let now = Instant::now();
        self.per_account.failed_at(&email.to_lowercase(), now);
        if let Some(ip) = ip {
            self.per_ip.failed_at(&ip_key(ip), now);
        }
    }

    /// The right password: the account's failures are forgotten (the client's stay, so that
    /// one known password does not reset a guesser's count).
    pub fn succeeded(&self, email: &str) {
        self.per_account.forget(&email.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_then_cap_and_failures_decay() {
        let l = FailureLimit::new(3, Duration::from_secs(1), Duration::from_secs(60), Duration::from_secs(60));
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(l.failed_at("a", t0), None, "the free failures close nothing");
            assert!(l.check_at("a", t0).is_ok());
        }
        let mut expected = Vec::new();
        let mut got = Vec::new();
        let mut t = t0;
        for n in 0..9u32 {
            let delay = l.failed_at("a", t).expect("closed after the free failures");
            got.push(delay.as_secs());
            expected.push((1u64 << n).min(60));
            assert_eq!(l.check_at("a", t), Err(delay.as_secs()));
            assert!(l.check_at("b", t).is_ok(), "keys are independent");
            // retrying after Retry-After finds the key open
            t += delay;
            assert!(l.check_at("a", t).is_ok());
        }
        assert_eq!(got, expected, "1, 2, 4, … s, capped at a minute");
        // quiet for a long while: every failure is forgotten, the next one is free again
        let later = t + Duration::from_secs(60 * 60);
        assert_eq!(l.failed_at("a", later), None);
        // forgetting (a successful sign-in) starts over at once
        for _ in 0..5 {
            l.failed_at("c", t0);
        }
        assert!(l.check_at("c", t0).is_err());
        l.forget("c");
        assert!(l.check_at("c", t0).is_ok());
        assert_eq!(l.failed_at("c", t0), None);
    }

    #[test]
    fn off_when_free_is_zero_and_ipv6_by_its_64() {
        let l = FailureLimit::new(0, Duration::from_secs(1), Duration::from_secs(1), Duration::from_secs(1));
        for _ in 0..100 {
            assert_eq!(l.failed_at("x", Instant::now()), None);
        }
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        assert_eq!(ip_key(a), ip_key(b));
        assert_eq!(ip_key("::ffff:192.0.2.7".parse().unwrap()), "192.0.2.7");
    }
}
