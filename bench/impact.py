#!/usr/bin/env python3
"""bench/impact.py: the impact report of a large cascade (issue 9), on SQLite or PostgreSQL.

Usage (after `cargo build --release`, or it builds):

    python3 bench/impact.py --backend sqlite            # the full cascade (see below)
    python3 bench/impact.py --backend postgres
    python3 bench/impact.py --backend sqlite --scale 0.01   # a quick check, ~1 s to generate

What it does:
  1. Creates a fresh database (a new SQLite file under --data-dir, or the PostgreSQL database
     $BENCH_PG_DB dropped and created again) and runs `cascade migrate` on it. Creates the
     lead organiser with `cascade admin create` (so that the password hash is the app's own),
     then makes it an ordinary account (not an administrator) that leads the root training, so
     the organisers' page goes through the same permission check as for any organiser.
  2. Generates a synthetic cascade with bulk inserts, deterministic (--seed): one root ToT (G0,
     published, 100 named participants, 20 certified trainers); 2,000 hosted trainings over
     G1..G7 (completed, one session, ~100 confirmed registrations each present at it, plus one
     cancelled and one absent registration that must not count; 1,000 registrations repeat an
     e-mail already met elsewhere in the tree, to exercise "each e-mail once, at its first
     generation"), each certifying 10 of its participants as trainers (issued
     `certified_trainer` certificates, each holder with an account) whose certificates parent
     the next generation's hosted and reported trainings; `hosted_trainings` and the closure
     table `training_lineage` for every (ancestor, descendant) pair; 98,000 reported trainings
     over G1..G8 (85 % verified, 12 % submitted, 3 % needs_information), each with its figures
     (by sex and by age band adding up) and one session, plus 500 rejected ones that must not
     count; 60 countries; dates over 2023-2025.
     At --scale 1 the report must show exactly: 9 generations (G0..G8), 100,000 trainings below
     the root (2,000 hosted + 98,000 reported), 2,000,000 reported participants, 200,000 named
     participants (distinct e-mails), 60 countries. --scale scales the counts (not the shape).
  3. Runs ANALYZE.
  4. Starts the release server on it, gets an API token and a signed-in session (the sign-in
     form, CSRF double submit), switches the root's public impact page on (a row in
     public_impact), warms up (--warmup requests of each), then times --requests sequential
     requests of each: the JSON (/api/v1/trainings/ROOT/impact), the organisers' page
     (/trainings/ROOT/impact) and the public page (/t/SLUG/impact), both pages with
     Accept-Encoding: gzip as a browser sends it, over one kept-alive connection. Reports the
     median and p90 wall time per request, the server's CPU time per request (utime + stime
     from /proc/PID/stat), with PostgreSQL the CPU of its backends serving the app, and the
     server's RSS before the first report, before the timed runs, after them, and its peak.
  5. Checks the answers against what it inserted (per generation: hosted, reported, trainers,
     active trainers, named with deduplication, reported people, countries, hours; totals;
     multiplier; the verified-only view; awaiting verification) and fails loudly on a mismatch.
  6. Prints a markdown table and writes it to bench/results-impact-BACKEND.md.

Traffic goes to 127.0.0.1 only; every wait is bounded; the server is stopped on exit.
Options: --backend sqlite|postgres, --scale, --requests (30), --warmup (3), --seed (9),
--port (18096), --data-dir (a new temporary directory), --keep (keep the database and data
directory for profiling), --reuse DIR (skip generation: reuse a database kept with --keep; it
runs `cascade migrate` and ANALYZE again, so new migrations apply), --quiet-wait (300: seconds
to wait for the host's CPUs to be quiet before timing; the run goes on with a warning after).
Environment: CARGO_TARGET_DIR, BENCH_SKIP_BUILD=1, BENCH_PG_ADMIN_URL
(postgres://postgres@127.0.0.1:5432/postgres), BENCH_PG_DB (bench_impact; dropped and created
again: never point it at real data).
Needs: python3 (standard library only); psql for PostgreSQL.
"""
import argparse
import datetime as dt
import gzip
import http.client
import itertools
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "cascade")
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = os.environ.get("BENCH_PG_DB", "bench_impact")
PG_URL = PG_ADMIN.rsplit("/", 1)[0] + "/" + PG_DB

LEAD_EMAIL = "lead@bench-impact.example.org"
LEAD_PASSWORD = "bench-impact-lead-2026"
ROOT_ID = 1
ROOT_SLUG = "bench-impact-root-tot"

# The shape at --scale 1. Hosted trainings per generation (G1..G7) and reported ones (G1..G8):
# a cascade that widens as it goes down.
HOSTED = [8, 24, 60, 140, 300, 568, 900]  # 2,000
REPORTED = [100, 400, 1200, 3000, 7000, 15000, 28000, 43300]  # 98,000
NAMED = 200_000  # distinct e-mails, present at a hosted training (the root included)
REPORTED_PEOPLE = 2_000_000
ROOT_PARTICIPANTS = 100
ROOT_TRAINERS = 20
TRAINERS_PER_HOSTED = 10
REPEATS = 1_000  # extra registrations of an e-mail already met elsewhere in the tree
REJECTED = 500  # reported trainings rejected: stored, never counted
COUNTRIES = [
    "AF", "AL", "AM", "AZ", "BA", "BD", "BF", "BJ", "BO", "BR", "CD", "CI", "CM", "CO", "DZ",
    "EC", "EG", "ET", "GE", "GH", "GN", "GT", "HN", "HT", "ID", "IN", "IQ", "JO", "KE", "KG",
    "KH", "KZ", "LA", "LB", "LK", "LR", "MA", "MD", "MG", "ML", "MN", "MW", "MX", "MZ", "NE",
    "NG", "NP", "PE", "PH", "PK", "RS", "RW", "SN", "TJ", "TN", "TZ", "UA", "UG", "UZ", "XK",
]
assert len(COUNTRIES) == 60 and len(set(COUNTRIES)) == 60
SEXES = ["female", "male", "another", "undisclosed", None]
SEX_WEIGHTS = [48, 44, 1, 3, 4]
AGES = ["under_25", "25_34", "35_44", "45_54", "55_64", "65_plus", None]
AGE_WEIGHTS = [12, 30, 27, 16, 8, 2, 5]
SEX_CUM = list(itertools.accumulate(SEX_WEIGHTS))
AGE_CUM = list(itertools.accumulate(AGE_WEIGHTS))
FIRST_DAY = dt.date(2023, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def log(msg):
    print(f"[impact] {msg}", file=sys.stderr, flush=True)


def die(msg):
    log("FAILED: " + msg)
    sys.exit(1)


# --- the synthetic cascade --------------------------------------------------------------------

def scaled(values, total, scale):
    """Each value times scale (at least 1), the last one adjusted so that they add up to total."""
    out = [max(1, round(v * scale)) for v in values]
    out[-1] += total - sum(out)
    assert out[-1] >= 1, "scale too small"
    return out


def cert_code(n):
    """A well-formed certificate code (Crockford base32, Luhn mod 32 check), unique per n."""
    digits = []
    for _ in range(11):
        digits.append(n % 32)
        n //= 32
    digits.reverse()
    factor, total = 2, 0
    for d in reversed(digits):
        addend = factor * d
        total += addend // 32 + addend % 32
        factor = 1 if factor == 2 else 2
    digits.append((32 - total % 32) % 32)
    return "".join(ALPHABET[d] for d in digits)


def ts(day, hour=9, minute=0):
    """A timestamp as diesel writes it on SQLite (and PostgreSQL reads): 'YYYY-MM-DD HH:MM:SS'."""
    return f"{day.isoformat()} {hour:02d}:{minute:02d}:00"


class Cascade:
    """Rows per table (in foreign-key order) and what the report must then say."""

    TABLES = {
        "organisations": ["id", "name", "country", "website", "logo_url", "created_by", "created_at"],
        "accounts": ["id", "email", "name", "password_hash", "is_admin", "sessions_revoked_at", "created_at"],
        "trainings": ["id", "slug", "title", "summary", "description", "kind", "timezone", "language", "capacity",
                      "registration_opens_at", "registration_closes_at", "registration_mode", "status", "version",
                      "created_by", "created_at", "updated_at"],
        "training_sessions": ["id", "training_id", "uid", "title", "description", "starts_at", "ends_at", "join_url",
                              "sequence", "created_at", "updated_at"],
        "training_organisers": ["training_id", "account_id", "organisation_id", "role", "created_at"],
        "registrations": ["id", "training_id", "email", "full_name", "organisation", "country", "sex", "age_band",
                          "status", "consent_at", "link_nonce", "queued_at", "confirmed_at", "created_at",
                          "updated_at"],
        "attendance": ["registration_id", "session_id", "status", "minutes", "source", "import_id", "updated_by",
                       "updated_at"],
        "certificates": ["id", "code", "registration_id", "training_id", "issuer_organisation_id", "outcome", "status",
                         "holder_name", "holder_email", "subject_uuid", "training_title", "organisers", "starts_on",
                         "ends_on", "scheduled_minutes", "sessions_attended", "sessions_total", "minutes_attended",
                         "criteria", "issued_by", "issued_at", "locked_until", "revoked_at", "revoked_by",
                         "revocation_reason"],
        "hosted_trainings": ["training_id", "certificate_id", "created_at"],
        "training_lineage": ["ancestor_id", "descendant_id", "depth"],
        "downstream_trainings": ["id", "certificate_id", "trainer_account_id", "title", "starts_on", "ends_on",
                                 "minutes", "mode", "country", "region", "city", "language", "audience_organisations",
                                 "curriculum_version", "evidence_url", "evidence_file", "evidence_media_type",
                                 "evidence_name", "notes", "status", "verification_note", "verified_by", "decided_at",
                                 "created_at", "updated_at"],
        "downstream_figures": ["downstream_training_id", "participants_total", "female", "male", "another",
                               "sex_not_recorded", "age_under_25", "age_25_34", "age_35_44", "age_45_54", "age_55_64",
                               "age_65_plus", "age_not_recorded", "with_disability"],
        "downstream_sessions": ["id", "downstream_training_id", "held_on", "minutes"],
        "public_impact": ["training_id", "switched_on_by", "created_at"],
    }

    def __init__(self, scale, seed, lead_account_id, now):
        self.rng = random.Random(seed)
        self.rows = {t: [] for t in self.TABLES}
        self.scale = scale
        self.lead = lead_account_id
        self.now = now
        self.hosted_per_gen = [1] + scaled(HOSTED, round(sum(HOSTED) * scale), scale)
        self.reported_per_gen = [0] + scaled(REPORTED, round(sum(REPORTED) * scale), scale)
        self.named_total = round(NAMED * scale)
        self.reported_people = round(REPORTED_PEOPLE * scale)
        self.repeats = max(1, round(REPEATS * scale))
        self.rejected = max(1, round(REJECTED * scale))
        self.generate()

    def window(self, g):
        """The days a generation's trainings take place in: later generations later."""
        start = FIRST_DAY + dt.timedelta(days=max(0, g - 1) * 120)
        end = min(LAST_DAY, start + dt.timedelta(days=240))
        return start, end

    def day_in(self, g):
        start, end = self.window(g)
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def generate(self):
        rng = self.rng
        R = self.rows
        created = ts(FIRST_DAY - dt.timedelta(days=30))
        for i, c in enumerate(COUNTRIES, start=1):
            R["organisations"].append((i, f"Bench organisation {c}", c, None, None, self.lead, created))
        org_of = {c: i for i, c in enumerate(COUNTRIES, start=1)}

        # expected figures: generation -> counters
        self.exp = {g: {"hosted": 0, "reported": 0, "reported_verified": 0, "named": 0, "reported_people": 0,
                        "reported_people_verified": 0, "trainer_emails": set(), "countries": set(),
                        "countries_verified": set(), "minutes": 0, "minutes_verified": 0, "active": set()}
                    for g in range(9)}
        self.awaiting = 0
        first_gen = {}  # e-mail -> first generation it was present at
        next_account = self.lead + 1
        next_reg = 1
        next_cert = 1
        next_person = 1
        # trainings per generation: dicts with id, country, day, minutes, certs [(cert_id, account_id, email)]
        gens = [[] for _ in range(9)]
        trainings_of_gen_for_repeats = []  # (generation, training) of hosted trainings, for the repeats
        people_by_training = {}  # training id -> [(email, name, country, sex, age)] present, originals
        self.lineage_parents = {}  # training id -> [(ancestor, depth)]

        # how many named participants each hosted training gets (the root has its own)
        n_hosted = sum(self.hosted_per_gen[1:])
        to_share = self.named_total - ROOT_PARTICIPANTS
        base, extra = divmod(to_share, n_hosted)

        def add_training(tid, g, country, day, title, status, kind, parent_cert):
            minutes = rng.choice([120, 180, 240, 360, 420, 480])
            start_h = rng.choice([8, 9, 10, 13])
            start = ts(day, start_h)
            end_dt = dt.datetime(day.year, day.month, day.day, start_h) + dt.timedelta(minutes=minutes)
            end = end_dt.strftime("%Y-%m-%d %H:%M:%S")
            slug = ROOT_SLUG if tid == ROOT_ID else f"bench-hosted-{tid}"
            made = ts(day - dt.timedelta(days=40))
            R["trainings"].append((tid, slug, title, "A synthetic training of the impact benchmark.",
                                   "Generated by bench/impact.py.", kind, "UTC", "en", None, None, None, "open",
                                   status, 1, self.lead if tid == ROOT_ID else None, made, made))
            R["training_sessions"].append((tid, tid, f"bench-session-{tid}@cascade", title, "", start, end, None, 0,
                                           made, made))
            t = {"id": tid, "gen": g, "country": country, "day": day, "minutes": minutes, "certs": [],
                 "title": title, "session": tid, "start": start, "end": end, "parent_cert": parent_cert}
            self.exp[g]["hosted"] += 1
            self.exp[g]["minutes"] += minutes
            self.exp[g]["minutes_verified"] += minutes
            return t

        def register(t, email, name, country, sex, age, status, present):
            nonlocal next_reg
            rid = next_reg
            next_reg += 1
            when = ts(t["day"] - dt.timedelta(days=rng.randrange(3, 30)), 12)
            R["registrations"].append((rid, t["id"], email, name, "Bench partner", country, sex, age, status, when,
                                       f"n{rid}", None, when if status == "confirmed" else None, when, when))
            if present is not None:
                R["attendance"].append((rid, t["session"], "present" if present else "absent", None, "organiser",
                                        None, None, t["end"]))
            return rid

        def person_country(t):
            return t["country"] if rng.random() < 0.9 else rng.choice(COUNTRIES)

        def fill(t, n, n_trainers):
            """n named participants present at t, n_trainers of them certified as trainers."""
            nonlocal next_person, next_cert, next_account
            g = t["gen"]
            people = []
            for _ in range(n):
                p = next_person
                next_person += 1
                email = f"p{p}@bench.example.org"
                name = f"Participant {p}"
                country = person_country(t)
                sex = rng.choices(SEXES, cum_weights=SEX_CUM)[0]
                age = rng.choices(AGES, cum_weights=AGE_CUM)[0]
                rid = register(t, email, name, country, sex, age, "confirmed", True)
                people.append((rid, email, name, country, sex, age))
                first_gen.setdefault(email, g)
            people_by_training[t["id"]] = people
            # one cancelled and one confirmed-but-absent registration: neither counts
            for kind, status, present in (("c", "cancelled", None), ("a", "confirmed", False)):
                register(t, f"{kind}{t['id']}@bench.example.org", "Not counted", t["country"], "female", "25_34",
                         status, present)
            for rid, email, name, country, sex, age in rng.sample(people, n_trainers):
                cid = next_cert
                next_cert += 1
                aid = next_account
                next_account += 1
                R["accounts"].append((aid, email, name, None, False, None, ts(t["day"] + dt.timedelta(days=2))))
                issued = ts(t["day"] + dt.timedelta(days=1), 18)
                R["certificates"].append((
                    cid, cert_code(cid), rid, t["id"], org_of[t["country"]], "certified_trainer", "issued", name, email,
                    str(uuid.uuid5(uuid.NAMESPACE_URL, "mailto:" + email)), t["title"],
                    f"Bench organisation {t['country']}", t["day"].isoformat(), t["day"].isoformat(), t["minutes"], 1,
                    1, None, "Attended every session", None, issued, None, None, None, None))
                t["certs"].append((cid, aid, email))
                self.exp[g]["trainer_emails"].add(email)

        # G0: the root
        root = add_training(ROOT_ID, 0, "MN", dt.date(2023, 1, 10), "Bench root training of trainers", "published",
                            "tot", None)
        R["training_organisers"].append((ROOT_ID, self.lead, org_of["MN"], "lead", created))
        fill(root, ROOT_PARTICIPANTS, ROOT_TRAINERS)
        gens[0].append(root)
        self.lineage_parents[ROOT_ID] = []

        # G1..G7: hosted trainings, each under a certificate of the generation above
        next_training = ROOT_ID + 1
        hosted_index = 0
        for g in range(1, 8):
            parents = [(t, c) for t in gens[g - 1] for c in t["certs"]]
            for _ in range(self.hosted_per_gen[g]):
                parent_t, (pcid, paid, _) = rng.choice(parents)
                tid = next_training
                next_training += 1
                country = parent_t["country"] if rng.random() < 0.7 else rng.choice(COUNTRIES)
                t = add_training(tid, g, country, self.day_in(g), f"Bench hosted training {tid} (G{g})", "completed",
                                 "tot", pcid)
                R["training_organisers"].append((tid, paid, org_of[country], "lead", created))
                R["hosted_trainings"].append((tid, pcid, ts(t["day"] - dt.timedelta(days=40))))
                ancestors = [(parent_t["id"], 1)] + [(a, d + 1) for a, d in self.lineage_parents[parent_t["id"]]]
                self.lineage_parents[tid] = ancestors
                for a, d in ancestors:
                    R["training_lineage"].append((a, tid, d))
                n = base + (1 if hosted_index < extra else 0)
                hosted_index += 1
                fill(t, n, TRAINERS_PER_HOSTED)
                gens[g].append(t)
                trainings_of_gen_for_repeats.append((g, t))

        # repeats: e-mails met before, present again at another hosted training (deeper, or in the
        # same generation); each counts once, at its first generation
        made = 0
        attempts = 0
        repeated = set()
        while made < self.repeats and attempts < self.repeats * 20:
            attempts += 1
            g_from, t_from = rng.choice(trainings_of_gen_for_repeats + [(0, root)])
            later = [x for x in trainings_of_gen_for_repeats if x[0] >= g_from and x[1]["id"] != t_from["id"]]
            if not later:
                continue
            g_to, t_to = rng.choice(later)
            rid, email, name, country, sex, age = rng.choice(people_by_training[t_from["id"]])
            if (t_to["id"], email) in repeated:
                continue
            repeated.add((t_to["id"], email))
            register(t_to, email, name, person_country(t_to), sex, age, "confirmed", True)
            made += 1
        self.repeats = made

        for email, g in first_gen.items():
            self.exp[g]["named"] += 1
        # named people's countries: every present confirmed registration's country shows at the
        # generation the e-mail counts in (the report takes MIN(country) over its registrations
        # there); collected from the registrations below
        regs_by_email_gen = {}
        gen_of_training = {t["id"]: g for g in range(8) for t in gens[g]}
        present = {r[0] for r in R["attendance"] if r[2] == "present"}
        for r in R["registrations"]:
            rid, tid, email, country, status = r[0], r[1], r[2], r[5], r[8]
            if status != "confirmed" or rid not in present:
                continue
            g = gen_of_training[tid]
            if first_gen.get(email) == g:
                regs_by_email_gen.setdefault(email, []).append(country)
        for email, countries in regs_by_email_gen.items():
            self.exp[first_gen[email]]["countries"].add(min(countries))
            self.exp[first_gen[email]]["countries_verified"].add(min(countries))

        # reported trainings G1..G8 under the certificates of the generation above
        n_reported = sum(self.reported_per_gen)
        totals = [rng.randint(8, 33) for _ in range(n_reported)]
        diff = self.reported_people - sum(totals)
        while diff != 0:
            i = rng.randrange(n_reported)
            step = 1 if diff > 0 else -1
            if 1 <= totals[i] + step <= 60:
                totals[i] += step
                diff -= step
        statuses = rng.choices(["verified", "submitted", "needs_information"], [85, 12, 3], k=n_reported)
        since = (self.now - dt.timedelta(days=183)).date()
        next_reported = 1
        k = 0
        parents_of = {g: [(t, c) for t in gens[g - 1] for c in t["certs"]] for g in range(1, 9)}
        for g in range(1, 9):
            parents = parents_of[g]
            for _ in range(self.reported_per_gen[g]):
                parent_t, cert = rng.choice(parents)
                country = COUNTRIES[k % 60] if k < 60 else (
                    parent_t["country"] if rng.random() < 0.8 else rng.choice(COUNTRIES))
                self.add_reported(next_reported, g, cert, country, totals[k], statuses[k], since)
                next_reported += 1
                k += 1
        for _ in range(self.rejected):
            g = rng.randint(1, 8)
            parent_t, cert = rng.choice(parents_of[g])
            self.add_reported(next_reported, g, cert, parent_t["country"], rng.randint(5, 40), "rejected", since)
            next_reported += 1

        # active trainers: a trainer certificate with a reported training (not rejected) that
        # ended within active_within_days (183, the built-in setting), see add_reported, or a
        # hosted one (published or completed) with a session in that window. With dates in
        # 2023-2025 nobody is active from mid-2026 on; the rule is kept so the check holds
        # whatever the clock says.
        cert_owner = {c[0]: (g, c[2]) for g in range(8) for t in gens[g] for c in t["certs"]}
        since_ts = (self.now - dt.timedelta(days=183)).strftime("%Y-%m-%d %H:%M:%S")
        now_ts = self.now.strftime("%Y-%m-%d %H:%M:%S")
        for g in range(1, 8):
            for t in gens[g]:
                if t["end"] >= since_ts and t["start"] <= now_ts:
                    pg, email = cert_owner[t["parent_cert"]]
                    self.exp[pg]["active"].add(email)

        R["public_impact"].append((ROOT_ID, self.lead, ts(dt.date(2025, 12, 1))))
        self.gens = gens
        self.n_accounts = next_account - 1
        self.cert_gen = {c[0]: g for g in range(8) for t in gens[g] for c in t["certs"]}

    def add_reported(self, did, g, cert, country, total, status, since):
        rng = self.rng
        cid, aid, email = cert
        day = self.day_in(g)
        minutes = rng.choice([90, 120, 180, 240, 360, 480, 720, 960])
        # by sex
        female = round(total * rng.uniform(0.35, 0.65))
        rest = total - female
        male = min(rest, round(rest * rng.uniform(0.8, 1.0)))
        another = min(rest - male, rng.choice([0, 0, 0, 1]))
        not_rec = total - female - male - another
        # by age band
        ages = [0] * 7
        for a in rng.choices(range(7), cum_weights=AGE_CUM, k=total):
            ages[a] += 1
        decided = ts(day + dt.timedelta(days=20)) if status in ("verified", "rejected") else None
        made = ts(day + dt.timedelta(days=3))
        self.rows["downstream_trainings"].append((
            did, cid, aid, f"Reported training {did}", day.isoformat(), day.isoformat(), minutes,
            rng.choice(["online", "in_person", "hybrid"]), country, "Region", "City", "en", "Bench partners", "v1",
            None, None, None, None, "", status, None, self.lead if decided else None, decided, made, made))
        self.rows["downstream_figures"].append((did, total, female, male, another, not_rec, *ages, None))
        self.rows["downstream_sessions"].append((did, did, day.isoformat(), min(minutes, 1440)))
        if status == "rejected":
            return
        e = self.exp[g]
        e["reported"] += 1
        e["reported_people"] += total
        e["minutes"] += minutes
        e["countries"].add(country)
        if status == "verified":
            e["reported_verified"] += 1
            e["reported_people_verified"] += total
            e["minutes_verified"] += minutes
            e["countries_verified"].add(country)
        else:
            self.awaiting += 1
        if day >= since:
            self.exp[g - 1]["active"].add(email)

    def expected(self, verified_only):
        """The report's figures as this script computes them from what it inserted."""
        gens = []
        for g in range(9):
            e = self.exp[g]
            rep = e["reported_verified"] if verified_only else e["reported"]
            rep_people = e["reported_people_verified"] if verified_only else e["reported_people"]
            gens.append({
                "generation": g,
                "hosted_trainings": e["hosted"],
                "reported_trainings": rep,
                "trainings": e["hosted"] + rep,
                "trainers_certified": len(e["trainer_emails"]),
                "active_trainers": len(e["active"]),
                "named_participants": e["named"],
                "reported_participants": rep_people,
                "people_reached": e["named"] + rep_people,
                "countries": sorted(e["countries_verified"] if verified_only else e["countries"]),
                "hours": (e["minutes_verified"] if verified_only else e["minutes"]) / 60.0,
            })
        return gens


# --- the databases ----------------------------------------------------------------------------

def run(cmd, env=None, **kw):
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        die(f"{' '.join(cmd)} failed ({r.returncode}): {r.stdout}\n{r.stderr}")
    return r.stdout


def psql(url, sql, stdin=None):
    cmd = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", url]
    if stdin is None:
        cmd += ["-c", sql]
        return run(cmd)
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        die(f"psql failed: {r.stderr[-2000:]}")
    return r.stdout


def csv_field(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return '"' + str(v).replace('"', '""') + '"'


def load_sqlite(path, cascade):
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("BEGIN")
    for table, cols in Cascade.TABLES.items():
        rows = cascade.rows[table]
        if not rows:
            continue
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        con.executemany(sql, rows)
    con.commit()
    bad = con.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        die(f"foreign key check: {bad[:5]}")
    con.close()


def load_postgres(cascade, tmp):
    script = ["BEGIN;"]
    for table, cols in Cascade.TABLES.items():
        rows = cascade.rows[table]
        if not rows:
            continue
        path = os.path.join(tmp, f"{table}.csv")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(",".join(csv_field(v) for v in r))
                f.write("\n")
        script.append(f"\\copy {table} ({', '.join(cols)}) FROM '{path}' WITH (FORMAT csv)")
    for table in ("organisations", "accounts", "trainings", "training_sessions", "registrations", "certificates",
                  "downstream_trainings", "downstream_sessions"):
        script.append(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}));")
    script.append("COMMIT;")
    psql(PG_URL, None, stdin="\n".join(script) + "\n")


def db_scalar(backend, path, sql):
    if backend == "sqlite":
        con = sqlite3.connect(path)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    return psql(PG_URL, sql).strip()


def db_exec(backend, path, sql):
    if backend == "sqlite":
        con = sqlite3.connect(path)
        try:
            con.executescript(sql)
        finally:
            con.close()
    else:
        psql(PG_URL, sql)


# --- the server -------------------------------------------------------------------------------

def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def mem_mb(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def pg_backend_pids():
    out = psql(PG_ADMIN, f"SELECT pid FROM pg_stat_activity WHERE datname = '{PG_DB}' AND pid <> pg_backend_pid()")
    return [int(x) for x in out.split()]


def pg_cpu_ms(pids):
    total = 0.0
    for p in pids:
        try:
            total += cpu_ms(p)
        except OSError:
            pass
    return total


class Client:
    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
                break
            except (http.client.HTTPException, ConnectionError):
                if attempt:
                    raise
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, value = v.split(";", 1)[0].split("=", 1)
                self.cookies[name.strip()] = value.strip()
        if r.getheader("content-encoding") == "gzip":
            data = gzip.decompress(data)
        return r.status, data


def wait_healthy(client, server, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            die("the server exited at start")
        try:
            status, _ = client.request("GET", "/healthz")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    die("the server did not answer /healthz")


def host_jiffies():
    """(busy, total) jiffies of all CPUs, from /proc/stat."""
    f = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    busy = f[0] + f[1] + f[2] + f[5] + f[6] + f[7]
    return busy, busy + f[3] + f[4]


def host_busy_over(seconds):
    b0, t0 = host_jiffies()
    time.sleep(seconds)
    b1, t1 = host_jiffies()
    return 100.0 * (b1 - b0) / max(1, t1 - t0)


def wait_quiet(limit):
    """Waits (at most limit seconds) until the CPUs are <= 10 % busy over 3 s: a build or test
    run beside the benchmark takes CPU from the server and slows every request."""
    deadline = time.time() + limit
    while True:
        busy = host_busy_over(3)
        if busy <= 10:
            return busy, True
        if time.time() >= deadline:
            return busy, False
        log(f"the host is {busy:.0f}% busy with something else; waiting for it to be quiet")


def percentile(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# --- checks -----------------------------------------------------------------------------------

class Checker:
    def __init__(self):
        self.errors = []

    def eq(self, what, got, want):
        if isinstance(want, float):
            ok = got is not None and abs(got - want) < 0.01
        else:
            ok = got == want
        if not ok:
            self.errors.append(f"{what}: the report says {got!r}, the script inserted {want!r}")


def check_figures(chk, label, figures, expected):
    gens = figures["generations"]
    chk.eq(f"{label}: generations", [g["generation"] for g in gens], list(range(9)))
    for got, want in zip(gens, expected):
        for k in ("hosted_trainings", "reported_trainings", "trainings", "trainers_certified", "active_trainers",
                  "named_participants", "reported_participants", "people_reached", "countries", "hours"):
            chk.eq(f"{label}: G{want['generation']}.{k}", got.get(k), want[k])
        if got.get("by_sex") is not None:
            chk.eq(f"{label}: G{want['generation']} by_sex adds up", sum(got["by_sex"].values()), want["people_reached"])
        if got.get("by_age_band") is not None:
            chk.eq(f"{label}: G{want['generation']} by_age_band adds up", sum(got["by_age_band"].values()),
                   want["people_reached"])
    t = figures["totals"]
    for k in ("hosted_trainings", "reported_trainings", "trainings", "trainers_certified", "active_trainers",
              "named_participants", "reported_participants", "people_reached"):
        chk.eq(f"{label}: totals.{k}", t[k], sum(g[k] for g in expected))
    all_countries = sorted(set(c for g in expected for c in g["countries"]))
    chk.eq(f"{label}: totals.countries", t["countries"], all_countries)
    chk.eq(f"{label}: by_country keys", sorted(c["key"] for c in figures["by_country"]), all_countries)
    chk.eq(f"{label}: by_country adds up", sum(c["people"] for c in figures["by_country"]),
           sum(g["people_reached"] for g in expected))
    chk.eq(f"{label}: by_month adds up", sum(c["people"] for c in figures["by_month"]),
           sum(g["people_reached"] for g in expected))
    below = sum(g["people_reached"] for g in expected if g["generation"] >= 1)
    g0 = expected[0]["trainers_certified"]
    chk.eq(f"{label}: multiplier", figures["multiplier"], round(below / g0 * 100) / 100)


def check_report(report, cascade, scale):
    chk = Checker()
    exp_all = cascade.expected(False)
    exp_ver = cascade.expected(True)
    check_figures(chk, "figures", report, exp_all)
    check_figures(chk, "verified_only", report["verified_only"], exp_ver)
    chk.eq("awaiting_verification", report["awaiting_verification"], cascade.awaiting)
    chk.eq("set_aside", report["set_aside"], 0)
    t = report["totals"]
    if scale == 1:
        # the figures, exactly
        chk.eq("generations (G0..G8)", len(report["generations"]), 9)
        chk.eq("trainings below the root", t["trainings"] - report["generations"][0]["trainings"], 100_000)
        chk.eq("hosted trainings below the root", t["hosted_trainings"] - 1, 2_000)
        chk.eq("reported participants", t["reported_participants"], 2_000_000)
        chk.eq("named participants", t["named_participants"], 200_000)
        chk.eq("people reached", t["people_reached"], 2_200_000)
        chk.eq("countries", len(t["countries"]), 60)
    return chk.errors


# --- main -------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "18096")))
    ap.add_argument("--data-dir")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--reuse", metavar="DIR")
    ap.add_argument("--out")
    ap.add_argument("--quiet-wait", type=int, default=300,
                    help="wait up to this many seconds for the host to be quiet before timing")
    args = ap.parse_args()

    if not os.environ.get("BENCH_SKIP_BUILD"):
        log("building the release binary (cargo build --release)")
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True,
                       env=dict(os.environ, CARGO_TARGET_DIR=TARGET))
    if not os.path.exists(BIN):
        die(f"no binary at {BIN}")
    backend = args.backend
    data = args.reuse or args.data_dir or tempfile.mkdtemp(prefix=f"cascade-bench-impact-{backend}-")
    os.makedirs(data, exist_ok=True)
    db_path = os.path.join(data, "cascade.db")
    url = f"sqlite://{db_path}" if backend == "sqlite" else PG_URL
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASCADE")}
    env.update({
        "CASCADE__DATABASE__URL": url,
        "CASCADE__DATA__DIR": data,
        "CASCADE__SERVER__BIND": f"127.0.0.1:{args.port}",
        "CASCADE__SERVER__PUBLIC_URL": f"http://127.0.0.1:{args.port}",
        "CASCADE__LOG__LEVEL": "warn",
    })
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    figures = {"backend": backend, "scale": args.scale}

    t0 = time.time()
    cascade = Cascade(args.scale, args.seed, lead_account_id=1, now=now)
    figures["generate_s"] = time.time() - t0
    counts = {t: len(r) for t, r in cascade.rows.items()}
    log(f"generated in {figures['generate_s']:.1f} s: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))

    if args.reuse:
        log(f"reusing the database in {data}: migrate + ANALYZE")
        run([BIN, "migrate"], env=env, cwd=data)
        figures["load_s"] = 0.0
    else:
        if backend == "sqlite":
            if os.path.exists(db_path):
                os.remove(db_path)
        else:
            psql(PG_ADMIN, f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
            psql(PG_ADMIN, f"CREATE DATABASE {PG_DB}")
        run([BIN, "migrate"], env=env, cwd=data)
        run([BIN, "admin", "create", "--email", LEAD_EMAIL, "--name", "Bench Lead"],
            env=dict(env, CASCADE_ADMIN_PASSWORD=LEAD_PASSWORD), cwd=data)
        lead = db_scalar(backend, db_path, f"SELECT id FROM accounts WHERE email = '{LEAD_EMAIL}'")
        if int(lead) != 1:
            die(f"the lead account has id {lead}, expected 1 (not a fresh database?)")
        # an ordinary organiser, not an administrator: the page checks the lineage for it
        db_exec(backend, db_path, "UPDATE accounts SET is_admin = false WHERE id = 1")
        t1 = time.time()
        if backend == "sqlite":
            load_sqlite(db_path, cascade)
        else:
            tmp = tempfile.mkdtemp(prefix="cascade-bench-impact-csv-")
            try:
                load_postgres(cascade, tmp)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        figures["load_s"] = time.time() - t1
        log(f"loaded in {figures['load_s']:.1f} s")
    t2 = time.time()
    db_exec(backend, db_path, "ANALYZE")
    figures["analyze_s"] = time.time() - t2
    log(f"ANALYZE in {figures['analyze_s']:.1f} s")
    if backend == "sqlite":
        figures["db_mb"] = os.path.getsize(db_path) / 1e6
    else:
        figures["db_mb"] = int(psql(PG_URL, f"SELECT pg_database_size('{PG_DB}')").strip()) / 1e6
    # what is in the database, counted by the database
    in_db = {
        "downstream trainings (hosted + reported, not rejected)":
            f"SELECT (SELECT count(*) FROM hosted_trainings) + (SELECT count(*) FROM downstream_trainings WHERE status <> 'rejected')",
        "reported participants (not rejected)":
            "SELECT sum(f.participants_total) FROM downstream_figures f JOIN downstream_trainings d ON d.id = f.downstream_training_id WHERE d.status <> 'rejected'",
        "named participants (distinct e-mails, confirmed and present)":
            "SELECT count(DISTINCT r.email) FROM registrations r JOIN attendance a ON a.registration_id = r.id AND a.status = 'present' WHERE r.status = 'confirmed'",
        "registrations": "SELECT count(*) FROM registrations",
        "lineage rows": "SELECT count(*) FROM training_lineage",
        "max depth": "SELECT max(depth) FROM training_lineage WHERE ancestor_id = 1",
    }
    figures["in_db"] = {k: int(db_scalar(backend, db_path, q)) for k, q in in_db.items()}
    log("in the database: " + "; ".join(f"{k}: {v:,}" for k, v in figures["in_db"].items()))

    server = subprocess.Popen([BIN, "serve"], env=env, cwd=data, stdout=open(os.path.join(data, "server.log"), "w"),
                              stderr=subprocess.STDOUT)
    failed = []
    try:
        client = Client(args.port)
        wait_healthy(client, server)
        pid = server.pid
        time.sleep(1)
        figures["rss_start"] = mem_mb(pid, "VmRSS")
        status, body = client.request("POST", "/api/v1/auth/token",
                                      json.dumps({"email": LEAD_EMAIL, "password": LEAD_PASSWORD}),
                                      {"content-type": "application/json"})
        if status != 200:
            die(f"token: {status} {body[:300]}")
        token = json.loads(body)["token"]
        csrf = "b" * 43
        client.cookies["cascade_csrf"] = csrf
        form = urllib.parse.urlencode({"email": LEAD_EMAIL, "password": LEAD_PASSWORD, "next": "/",
                                       "csrf_token": csrf})
        status, body = client.request("POST", "/sign-in", form, {"content-type": "application/x-www-form-urlencoded"})
        if status != 303:
            die(f"sign-in: {status} {body[:300]}")
        endpoints = [
            ("JSON", f"/api/v1/trainings/{ROOT_ID}/impact", {"authorization": "Bearer " + token}, False),
            ("organisers' page", f"/trainings/{ROOT_ID}/impact", {"accept-encoding": "gzip"}, True),
            ("public page", f"/t/{ROOT_SLUG}/impact", {"accept-encoding": "gzip"}, True),
        ]
        api_client = Client(args.port)  # no cookies: the bearer token alone
        public_client = Client(args.port)  # nobody signed in
        clients = [api_client, client, public_client]

        # check the answers first; this first request computes the report from the rows (and,
        # as it takes longer than [reports] snapshot_after_ms, stores it)
        c0 = cpu_ms(pid)
        s0 = time.perf_counter()
        status, body = api_client.request("GET", endpoints[0][1], headers=endpoints[0][2])
        figures["first_ms"] = (time.perf_counter() - s0) * 1000
        figures["first_cpu"] = cpu_ms(pid) - c0
        if status != 200:
            die(f"JSON: {status} {body[:300]}")
        report = json.loads(body)
        stored = db_scalar(backend, db_path, f"SELECT compute_ms FROM impact_snapshots WHERE scope = 'training' AND scope_id = {ROOT_ID}")
        figures["compute_ms"] = int(stored) if stored not in (None, "") else None
        log(f"first request: {figures['first_ms']:.0f} ms (computed in {figures['compute_ms']} ms, "
            f"{'stored' if figures['compute_ms'] is not None else 'not stored'})")
        failed = check_report(report, cascade, args.scale)
        t = report["totals"]
        figures["report"] = {
            "generations": len(report["generations"]),
            "trainings below the root": t["trainings"] - report["generations"][0]["trainings"],
            "people reached": t["people_reached"],
            "named": t["named_participants"],
            "reported": t["reported_participants"],
            "countries": len(t["countries"]),
            "trainers certified": t["trainers_certified"],
            "multiplier": report["multiplier"],
            "awaiting verification": report["awaiting_verification"],
        }
        figures["json_bytes"] = len(body)
        lead_sentence = (f"{t['people_reached']} people reached across 9 generations in {len(t['countries'])} "
                         f"countries, through {t['trainings']} trainings")
        for (label, path, headers, _), c in zip(endpoints[1:], clients[1:]):
            status, page = c.request("GET", path, headers=headers)
            if status != 200:
                failed.append(f"{label}: {status} {page[:200]}")
            elif lead_sentence not in page.decode():
                failed.append(f"{label}: the page does not say '{lead_sentence}'")
            figures.setdefault("page_bytes", []).append(len(page))

        figures["rss_after_first"] = mem_mb(pid, "VmRSS")
        for (label, path, headers, _), c in zip(endpoints, clients):
            for _ in range(args.warmup):
                c.request("GET", path, headers=headers)
        busy, quiet = wait_quiet(args.quiet_wait)
        figures["idle_busy"] = busy
        if not quiet:
            figures.setdefault("notes", []).append(
                f"WARNING: the host stayed {busy:.0f}% busy for {args.quiet_wait} s before the timed runs "
                f"(something else was running); the figures are overstated")
        figures["rss_before"] = mem_mb(pid, "VmRSS")
        rows = []
        for (label, path, headers, _), c in zip(endpoints, clients):
            pg_pids = pg_backend_pids() if backend == "postgres" else []
            pg0 = pg_cpu_ms(pg_pids)
            c0 = cpu_ms(pid)
            rss0 = mem_mb(pid, "VmRSS")
            times = []
            h0 = host_jiffies()
            for _ in range(args.requests):
                s = time.perf_counter()
                status, _ = c.request("GET", path, headers=headers)
                times.append((time.perf_counter() - s) * 1000)
                if status != 200:
                    die(f"{label}: {status}")
            c1 = cpu_ms(pid)
            h1 = host_jiffies()
            db_cpu = None
            if backend == "postgres":
                pg_pids = sorted(set(pg_pids) | set(pg_backend_pids()))
                db_cpu = (pg_cpu_ms(pg_pids) - pg0) / args.requests
            rows.append({
                "endpoint": label, "path": path, "median": statistics.median(times), "p90": percentile(times, 0.9),
                "min": min(times), "max": max(times), "cpu": (c1 - c0) / args.requests, "db_cpu": db_cpu,
                "rss0": rss0, "rss1": mem_mb(pid, "VmRSS"),
            })
            # CPU used by anything but the server and the database during the run, as a share of
            # all CPUs (this script's own client is in it, a few percent)
            hz = os.sysconf("SC_CLK_TCK")
            ours = (c1 - c0 + (db_cpu or 0) * args.requests) * hz / 1000.0
            rows[-1]["other"] = max(0.0, 100.0 * ((h1[0] - h0[0]) - ours) / max(1, h1[1] - h0[1]))
            log(f"{label}: median {rows[-1]['median']:.1f} ms, p90 {rows[-1]['p90']:.1f} ms, "
                f"server CPU {rows[-1]['cpu']:.1f} ms/req" + (f", DB CPU {db_cpu:.1f} ms/req" if db_cpu is not None else ""))
        figures["rows"] = rows
        figures["rss_after"] = mem_mb(pid, "VmRSS")
        figures["hwm"] = mem_mb(pid, "VmHWM")

        # a stored report past its maximum age: the next request still answers from storage
        # (marked "updating") and starts one recomputation in the background; time both
        if figures["compute_ms"] is not None:
            age = ("datetime(computed_at, '-1 day')" if backend == "sqlite" else "computed_at - interval '1 day'")
            db_exec(backend, db_path, f"UPDATE impact_snapshots SET computed_at = {age}")
            before = json.loads(api_client.request("GET", endpoints[0][1], headers=endpoints[0][2])[1])["computed_at"]
            s0 = time.perf_counter()
            status, body = api_client.request("GET", endpoints[0][1], headers=endpoints[0][2])
            stale = json.loads(body)
            figures["stale_ms"] = (time.perf_counter() - s0) * 1000
            # the first of the two requests started the recomputation; the second was served
            if not stale.get("updating"):
                failed.append(f"a report past its age is not marked as updating: {stale.get('computed_at')}")
            deadline = time.time() + 120
            while True:
                status, body = api_client.request("GET", endpoints[0][1], headers=endpoints[0][2])
                again = json.loads(body)
                if again["computed_at"] != before and not again.get("updating"):
                    break
                if time.time() > deadline:
                    die("the background recomputation did not land within 120 s")
                time.sleep(0.05)
            figures["refresh_s"] = time.perf_counter() - s0
            failed += [f"after the recomputation: {e}" for e in check_report(again, cascade, args.scale)]
            figures["rss_after_refresh"] = mem_mb(pid, "VmRSS")
            figures["hwm"] = mem_mb(pid, "VmHWM")
            log(f"past its age: served in {figures['stale_ms']:.1f} ms, recomputed in the background within "
                f"{figures['refresh_s']:.1f} s")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        if not args.keep and not args.reuse:
            shutil.rmtree(data, ignore_errors=True)
            if backend == "postgres":
                psql(PG_ADMIN, f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        else:
            log(f"kept: {url} (data directory {data})")

    print_report(figures, cascade, failed, args)
    if failed:
        log(f"{len(failed)} mismatches between the report and what was inserted:")
        for f in failed[:40]:
            log("  " + f)
        sys.exit(1)
    log("the report matches what was inserted")


def print_report(f, cascade, failed, args):
    cpu = open("/proc/cpuinfo").read()
    model = re.search(r"model name\s*:\s*(.*)", cpu)
    mem = re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read())
    try:
        commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
        if subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                          text=True).stdout.strip():
            commit += " (with uncommitted changes)"
    except OSError:
        commit = "?"
    lines = [
        f"# Impact report benchmark: {f['backend']}, scale {f['scale']}",
        "",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; commit {commit}",
        f"- Machine: {os.cpu_count()} CPUs, {model.group(1) if model else '?'}, "
        f"{int(mem.group(1)) / 1048576:.1f} GiB RAM",
        f"- Command: `python3 bench/impact.py --backend {f['backend']} --scale {args.scale:g} "
        f"--requests {args.requests} --seed {args.seed}`",
        f"- Generation: {f['generate_s']:.1f} s in Python, loading {f['load_s']:.1f} s, ANALYZE {f['analyze_s']:.1f} s; "
        f"database {f['db_mb']:.0f} MB",
        "- In the database: " + "; ".join(f"{k} {v:,}" for k, v in f["in_db"].items()),
        "- The report says: " + "; ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k} {v}"
                                          for k, v in f.get("report", {}).items()),
        f"- Checks: {'all passed' if not failed else str(len(failed)) + ' FAILED'}",
        "",
        f"| Endpoint | Median ms | p90 ms | Min ms | Max ms | Server CPU-ms/req | DB CPU-ms/req | RSS before MB | RSS after MB | Other CPU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in f.get("rows", []):
        db = f"{r['db_cpu']:.1f}" if r["db_cpu"] is not None else "n/a"
        lines.append(f"| {r['endpoint']} | {r['median']:.1f} | {r['p90']:.1f} | {r['min']:.1f} | {r['max']:.1f} | "
                     f"{r['cpu']:.1f} | {db} | {r['rss0']:.1f} | {r['rss1']:.1f} | {r['other']:.0f}% |")
    if "rss_after" in f:
        lines += ["",
                  f"Server RSS: {f['rss_start']:.1f} MB at start, {f['rss_after_first']:.1f} MB after the first "
                  f"report of each kind, {f['rss_before']:.1f} MB before the timed runs, {f['rss_after']:.1f} MB "
                  f"after {3 * args.requests} more; peak (VmHWM) {f['hwm']:.1f} MB. "
                  f"Answer sizes: JSON {f['json_bytes']:,} bytes; organisers' page {f['page_bytes'][0]:,} and public "
                  f"page {f['page_bytes'][1]:,} bytes uncompressed.",
                  "", f"First request (computes the report from the rows"
                  f"{' and stores it' if f.get('compute_ms') is not None else ''}): {f['first_ms']:.0f} ms, "
                  f"{f['first_cpu']:.0f} server CPU-ms"
                  + (f"; computation {f['compute_ms']} ms as stored" if f.get('compute_ms') is not None else "")
                  + (f". Past its maximum age: served in {f['stale_ms']:.1f} ms marked as updating; the "
                     f"background recomputation landed {f['refresh_s']:.1f} s later; RSS then "
                     f"{f['rss_after_refresh']:.1f} MB" if "stale_ms" in f else "") + ".",
                  "", f"{args.requests} sequential requests per endpoint over one kept-alive connection, after "
                  f"{args.warmup} warm-up requests; pages with Accept-Encoding: gzip. Other CPU: the share of "
                  f"all CPUs used by anything but the server and PostgreSQL during the run (the client included); "
                  f"the host was {f['idle_busy']:.0f}% busy just before the runs."]
    for n in f.get("notes", []):
        lines += ["", "- " + n]
    text = "\n".join(lines) + "\n"
    print(text)
    out = args.out or os.path.join(ROOT, "bench", f"results-impact-{f['backend']}.md")
    with open(out, "w") as fh:
        fh.write(text)
    log(f"written to {out}")


if __name__ == "__main__":
    main()
