//! Where a webhook may be sent. Cascade makes these requests from inside the network it runs
//! in, to an address an organiser typed: without care that is server-side request forgery
//! (asking the cloud's metadata service at 169.254.169.254, a database on 10.0.0.5, an admin
//! page on localhost). So a receiver must be `https://`, carry no user name or password, and
//! every address it stands for must be public:
//!
//! - when it is saved, an IP literal or `localhost` is refused, and its name is resolved and
//!   refused when any address is not public ([`parse`], [`check_resolves`]);
//! - before every delivery the name is resolved again by the client's own resolver
//!   ([`CheckedResolver`]), which hands the connection only public addresses, so a name that
//!   changed to a private address since (DNS rebinding) gets nothing; an IP literal is checked
//!   before the request ([`literal_allowed`]); redirects are not followed and no proxy is used.
//!
//! `webhooks.allow_loopback` (development and tests, refused in production) lets loopback
//! addresses through, over plain http as well.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use crate::error::{AppError, AppResult};

/// The longest receiver address accepted.
pub const MAX_URL_CHARS: usize = 2000;
/// How long saving an endpoint waits for its name to resolve.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(3);

/// Why `ip` may not receive webhooks, or `None` when it may: only public unicast addresses
/// (and loopback when `allow_loopback`).
pub fn refused(ip: IpAddr, allow_loopback: bool) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => refused_v4(v4, allow_loopback),
        IpAddr::V6(v6) => refused_v6(v6, allow_loopback),
    }
}

fn refused_v4(ip: Ipv4Addr, allow_loopback: bool) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    if ip.is_loopback() {
        return (!allow_loopback).then_some("a loopback address (this machine)");
    }
    let why = match (a, b, c) {
        (0, _, _) => "an address of \"this network\" (0.0.0.0/8)",
        (10, _, _) | (172, 16..=31, _) | (192, 168, _) => "a private address",
        (169, 254, _) => "a link-local address (cloud metadata services live there)",
        (100, 64..=127, _) => "a shared (carrier-grade NAT) address",
        (192, 0, 0) => "an IETF protocol address",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "a documentation address",
        (198, 18..=19, _) => "a benchmarking address",
        (224..=239, _, _) => "a multicast address",
        (240..=255, _, _) => "a reserved or broadcast address",
        _ => return None,
    };
    Some(why)
}

fn refused_v6(ip: Ipv6Addr, allow_loopback: bool) -> Option<&'static str> {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return refused_v4(v4, allow_loopback);
    }
    if ip.is_loopback() {
        return (!allow_loopback).then_some("a loopback address (this machine)");
    }
    let s = ip.segments();
    let embedded = |hi: u16, lo: u16| Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8);
    let why = match s {
        _ if ip.is_unspecified() => "the unspecified address",
        // NAT64: the IPv4 address it translates to decides
        [0x64, 0xff9b, 0, 0, 0, 0, hi, lo] => return refused_v4(embedded(hi, lo), false),
        // 6to4: likewise
        [0x2002, hi, lo, ..] => return refused_v4(embedded(hi, lo), false),
        [0, 0, 0, 0, 0, 0, _, _] => "an IPv4-compatible address (deprecated)",
        [0x100, 0, 0, 0, ..] => "a discard address",
        [0x2001, 0, ..] => "a Teredo tunnel address",
        [0x2001, 0xdb8, ..] => "a documentation address",
        [first, ..] if first & 0xfe00 == 0xfc00 => "a private (unique local) address",
        [first, ..] if first & 0xffc0 == 0xfe80 => "a link-local address",
        [first, ..] if first & 0xffc0 == 0xfec0 => "a site-local address",
        [first, ..] if first & 0xff00 == 0xff00 => "a multicast address",
        _ => return None,
    };
    Some(why)
}

/// Whether `host` names this machine without asking DNS (`localhost`, `*.localhost`).
fn is_local_name(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "localhost" || host.ends_with(".localhost")
}

/// Checks a receiver address as typed: https (or http to loopback when allowed), no user name
/// or password, no address that is not public written as an IP or `localhost`. Returns the
/// address as stored (normalised, without a fragment). Names are resolved by
/// [`check_resolves`].
pub fn parse(field: &str, raw: &str, allow_loopback: bool) -> AppResult<url::Url> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(AppError::invalid(field, "the receiver's address is required (https://…)"));
    }
    if value.chars().count() > MAX_URL_CHARS {
        return Err(AppError::invalid(field, format!("the address is longer than {MAX_URL_CHARS} characters")));
    }
    let mut url = url::Url::parse(value)
        .map_err(|_| AppError::invalid(field, format!("{value:?} is not a web address (https://…)")))?;
    url.set_fragment(None);
    let host = url.host().map(|h| h.to_owned());
    let loopback = match &host {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => is_local_name(name),
        None => false,
    };
    match url.scheme() {
        "https" => {}
        "http" if allow_loopback && loopback => {}
        _ => {
            return Err(AppError::invalid(
                field,
                "the address must start with https:// (deliveries carry a signature, and only TLS keeps them private)",
            ))
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(AppError::invalid(
            field,
            "the address must not contain a user name or password (it would be stored and shown)",
        ));
    }
    let why = match &host {
        None => Some("no host"),
        Some(url::Host::Ipv4(ip)) => refused(IpAddr::V4(*ip), allow_loopback),
        Some(url::Host::Ipv6(ip)) => refused(IpAddr::V6(*ip), allow_loopback),
        Some(url::Host::Domain(_)) if loopback && !allow_loopback => Some("a loopback address (this machine)"),
        Some(url::Host::Domain(_)) => None,
    };
    if let Some(why) = why {
        return Err(AppError::invalid(
            field,
            format!("webhooks cannot be sent to {why}: give a public https:// address"),
        ));
    }
    Ok(url)
}

/// The addresses `host` resolves to that may receive webhooks; an error when it resolves to
/// none, or to none that may.
pub async fn allowed_addresses(host: &str, port: u16, allow_loopback: bool) -> Result<Vec<SocketAddr>, String> {
    let found: Vec<SocketAddr> =
        tokio::net::lookup_host((host, port)).await.map_err(|e| format!("{host} cannot be resolved: {e}"))?.collect();
    let (good, bad): (Vec<SocketAddr>, Vec<SocketAddr>) =
        found.into_iter().partition(|a| refused(a.ip(), allow_loopback).is_none());
    if good.is_empty() {
        return Err(match bad.first() {
            Some(a) => format!(
                "{host} resolves to {}, {}: webhooks go to public addresses only",
                a.ip(),
                refused(a.ip(), allow_loopback).unwrap_or("not allowed")
            ),
            None => format!("{host} resolves to no address"),
        });
    }
    Ok(good)
}

/// When an endpoint is saved: a name that resolves to any address that is not public is
/// refused. A name that does not resolve (yet) is accepted: deliveries fail, and are retried,
/// until it does — and each is checked again then.
pub async fn check_resolves(field: &str, url: &url::Url, allow_loopback: bool) -> AppResult<()> {
    let Some(url::Host::Domain(name)) = url.host() else { return Ok(()) };
    let port = url.port_or_known_default().unwrap_or(443);
    let lookup = tokio::time::timeout(RESOLVE_TIMEOUT, tokio::net::lookup_host((name, port))).await;
    let Ok(Ok(found)) = lookup else { return Ok(()) };
    for a in found {
        if let Some(why) = refused(a.ip(), allow_loopback) {
            return Err(AppError::invalid(
                field,
                format!("{name} resolves to {}, {why}: webhooks go to public addresses only", a.ip()),
            ));
        }
    }
    Ok(())
}

/// Before a delivery to an address written as an IP (the resolver does not see those).
pub fn literal_allowed(url: &url::Url, allow_loopback: bool) -> Result<(), String> {
    let ip = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip),
        Some(url::Host::Domain(_)) => return Ok(()),
        None => return Err("the address has no host".into()),
    };
    match refused(ip, allow_loopback) {
        Some(why) => Err(format!("{ip} is {why}: webhooks go to public addresses only")),
        None => Ok(()),
    }
}

/// The delivering client's resolver: [`allowed_addresses`], so a connection is only ever made
/// to an address that was checked.
pub struct CheckedResolver {
    pub allow_loopback: bool,
}

impl reqwest::dns::Resolve for CheckedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let allow_loopback = self.allow_loopback;
        Box::pin(async move {
            let addresses = allowed_addresses(name.as_str(), 0, allow_loopback)
                .await
                .map_err(|e| -> Box<dyn std::error::Error + Send + Sync> { e.into() })?;
            Ok(Box::new(addresses.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(url: &str) -> bool {
        parse("url", url, false).is_ok()
    }

    #[test]
    fn only_public_https_addresses() {
        assert!(ok("https://hooks.example.org/cascade?x=1"));
        assert!(ok("https://93.184.216.34/in"));
        assert!(ok("https://[2606:2800:220:1:248:1893:25c8:1946]/in"));
        for bad in [
            "http://hooks.example.org/",
            "ftp://hooks.example.org/",
            "hooks.example.org",
            "",
            "https://user:pw@hooks.example.org/",
            "https://127.0.0.1/",
            "https://localhost:8443/",
            "https://api.localhost/",
            "https://10.1.2.3/",
            "https://172.20.0.1/",
            "https://192.168.1.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://100.100.1.1/",
            "https://0.0.0.0/",
            "https://224.0.0.1/",
            "https://255.255.255.255/",
            "https://[::1]/",
            "https://[::]/",
            "https://[fd00::1]/",
            "https://[fe80::1]/",
            "https://[::ffff:10.0.0.1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[64:ff9b::a00:1]/",
            "https://[2002:a00:1::]/",
            "https://[ff02::1]/",
        ] {
            assert!(!ok(bad), "{bad} was accepted");
        }
        assert!(ok(&format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS - 21))), "2000 characters are accepted");
        assert!(!ok(&format!("https://example.org/{}", "a".repeat(MAX_URL_CHARS))));
    }

    #[test]
    fn loopback_only_when_allowed_and_then_over_http_too() {
        for url in ["http://127.0.0.1:9000/hook", "https://[::1]:9000/", "http://localhost:9000/"] {
            assert!(parse("url", url, true).is_ok(), "{url}");
            assert!(parse("url", url, false).is_err(), "{url}");
        }
        // plain http stays refused elsewhere, and private addresses stay refused
        assert!(parse("url", "http://hooks.example.org/", true).is_err());
        assert!(parse("url", "https://10.0.0.1/", true).is_err());
    }

    #[test]
    fn the_fragment_is_dropped_and_the_error_names_the_field() {
        assert_eq!(parse("url", " https://example.org/a#b ", false).unwrap().as_str(), "https://example.org/a");
        let e = parse("url", "http://example.org", false).unwrap_err();
        assert_eq!(e.field(), Some("url"));
    }
}
