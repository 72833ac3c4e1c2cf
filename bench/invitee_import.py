#!/usr/bin/env python3
"""bench/invitee_import.py: other writers' latency while an organiser imports invitees (issue 11, point 8).

Usage:  python3 bench/invitee_import.py          (after `cargo build --release`, or it builds)

For each backend it starts the release build with the demo loaded and e-mail going to a local
SMTP sink (aiosmtpd's Sink), then:

1. Other writers: WRITERS threads, each registering a new address on the demo's open training
   (`/t/reporting-portal-refresher/register`, the public form with a CSRF cookie and field) in a
   closed loop with PAUSE_MS between requests: people registering while the import runs.
2. Baseline: the writers alone for BASELINE_S seconds.
3. The import: the lead organiser, signed in through the sign-in form, posts a CSV of ROWS
   invitees (10,000: the default cap, `registration.max_import_rows`) to a new invitation-only
   training's import form, the way the page does. The writers keep going.
4. Reports, for the baseline and for the import's duration, the writers' requests, p50, p99 and
   max latency (ms), and the import's own duration. The target: other writers' p99 under 100 ms
   during the import.

Traffic stays on 127.0.0.1; every wait is bounded. Needs curl-free Python 3, psql for PostgreSQL
and `pip install aiosmtpd`. Environment: BENCH_BACKENDS="sqlite postgres", BENCH_ROWS=10000,
BENCH_WRITERS=4, BENCH_PAUSE_MS=5, BENCH_SKIP_BUILD=1.
"""
import html
import http.client
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "cascade")
PORT = int(os.environ.get("BENCH_PORT", "18091"))
SMTP_PORT = int(os.environ.get("BENCH_SMTP_PORT", "12526"))
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = os.environ.get("BENCH_PG_DB", "cascade_bench_import")
PG_URL = PG_ADMIN.rsplit("/", 1)[0] + "/" + PG_DB
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite postgres").split()
ROWS = int(os.environ.get("BENCH_ROWS", "10000"))
WRITERS = int(os.environ.get("BENCH_WRITERS", "4"))
PAUSE_MS = float(os.environ.get("BENCH_PAUSE_MS", "5"))
BASELINE_S = float(os.environ.get("BENCH_BASELINE_S", "5"))
OPEN_SLUG = "reporting-portal-refresher"
LEAD = ("lead@acrc.example.org", "cascade-demo-2023")
BASE = f"http://127.0.0.1:{PORT}"
# the CSRF cookie (32 bytes, canonical base64url without padding, as the server makes it) and
# the form field that carries it masked (a pad, then the secret XOR the pad): an all-zero pad is
# a valid mask, so one fixed pair serves every request
_B64 = __import__("base64")
TOKEN = _B64.urlsafe_b64encode(bytes(range(32))).decode().rstrip("=")
MASKED = _B64.urlsafe_b64encode(bytes(32) + bytes(range(32))).decode().rstrip("=")


def api(method, path, body=None, token=None):
    req = urllib.request.Request(BASE + path, data=json.dumps(body).encode() if body is not None else None, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=600) as r:
        text = r.read().decode()
        return json.loads(text) if text else None


def wait_http(path, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(BASE + path, timeout=2)
            return
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"server did not answer {path}")


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round((len(values) - 1) * p)))]


class Writers:
    """Threads registering new addresses in a closed loop; each request's (start, ms, status)."""

    def __init__(self):
        self.samples = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(WRITERS)]

    def run(self, n):
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
        i = 0
        while not self.stop.is_set():
            i += 1
            body = urllib.parse.urlencode({
                "csrf_token": MASKED, "email": f"w{n}-{i}-{time.time_ns()}@bench.example.org",
                "full_name": "Bench Person", "organisation": "Office", "country": "XK", "sex": "female", "consent": "yes",
            })
            t0 = time.perf_counter()
            try:
                conn.request("POST", f"/t/{OPEN_SLUG}/register", body, {
                    "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"cascade_csrf={TOKEN}"})
                r = conn.getresponse()
                r.read()
                status = r.status
            except Exception:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
                status = 0
            ms = (time.perf_counter() - t0) * 1000
            with self.lock:
                self.samples.append((t0, ms, status))
            time.sleep(PAUSE_MS / 1000)

    def between(self, t0, t1):
        with self.lock:
            return [s for s in self.samples if t0 <= s[0] < t1]


def signed_in_opener():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/sign-in", timeout=30).read().decode()
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"csrf_token": html.unescape(csrf), "email": LEAD[0], "password": LEAD[1], "next": ""})
    opener.open(BASE + "/sign-in", data=form.encode(), timeout=30).read()
    return opener


def run_backend(backend):
    data = tempfile.mkdtemp(prefix=f"cascade-bench-import-{backend}-")
    url = f"sqlite://{os.path.join(data, 'cascade.db')}" if backend == "sqlite" else PG_URL
    if backend == "postgres":
        subprocess.run(["psql", "-q", PG_ADMIN, "-c", f"DROP DATABASE IF EXISTS {PG_DB}", "-c", f"CREATE DATABASE {PG_DB}"],
                       check=True, capture_output=True)
    env = dict(os.environ)
    env.update({
        "CASCADE__DATABASE__URL": url,
        "CASCADE__DATA__DIR": data,
        "CASCADE__SERVER__BIND": f"127.0.0.1:{PORT}",
        "CASCADE__SERVER__PUBLIC_URL": BASE,
        "CASCADE__LOG__LEVEL": "warn",
        "CASCADE__MAIL__SMTP_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "CASCADE__REGISTRATION__RATE_LIMIT_PER_IP": "0",
        "CASCADE__REGISTRATION__RATE_LIMIT_PER_EMAIL": "0",
        "CASCADE__REGISTRATION__MAX_IMPORT_ROWS": str(max(ROWS, 10000)),
    })
    subprocess.run([BIN, "demo"], env=env, check=True, capture_output=True, cwd=data)
    server = subprocess.Popen([BIN, "serve"], env=env, cwd=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http("/healthz")
        token = api("POST", "/api/v1/auth/token", {"email": LEAD[0], "password": LEAD[1]})["token"]
        org = api("GET", "/api/v1/organisations", token=token)[0]["id"]
        t = api("POST", "/api/v1/trainings", {"title": "Imported cohort", "timezone": "Asia/Seoul",
                                              "organisation_id": org, "registration_mode": "invitation"}, token)
        api("POST", f"/api/v1/trainings/{t['id']}/sessions", {"title": "Day 1", "starts_at": "2030-02-14T16:00",
                                                               "ends_at": "2030-02-14T19:00"}, token)
        api("POST", f"/api/v1/trainings/{t['id']}/status", {"status": "published"}, token)
        opener = signed_in_opener()
        page = opener.open(f"{BASE}/trainings/{t['id']}/registrations", timeout=30).read().decode()
        csrf = html.unescape(re.search(r'name="csrf_token" value="([^"]+)"', page).group(1))
        rows = "".join(f"invitee{i}@bench.example.org,Invitee {i},Ministry,MN\n" for i in range(ROWS))
        body = urllib.parse.urlencode({"csrf_token": csrf, "csv": "email,full_name,organisation,country\n" + rows}).encode()

        writers = Writers()
        for th in writers.threads:
            th.start()
        time.sleep(1)  # warm-up: connections open, caches filled
        b0 = time.perf_counter()
        time.sleep(BASELINE_S)
        b1 = time.perf_counter()
        answer = opener.open(f"{BASE}/trainings/{t['id']}/invitees/import", data=body, timeout=900).read().decode()
        i1 = time.perf_counter()
        writers.stop.set()
        for th in writers.threads:
            th.join(timeout=150)
        notice = re.search(r"(\d+) invitations? sent", answer)
        if not notice or int(notice.group(1)) != ROWS:
            raise SystemExit(f"the import did not report {ROWS} invitations: {answer[:2000]}")
        result = {"backend": backend, "rows": ROWS, "import_s": i1 - b1}
        for name, (t0, t1) in {"baseline": (b0, b1), "import": (b1, i1)}.items():
            s = writers.between(t0, t1)
            ms = [x[1] for x in s]
            result[name] = {"requests": len(s), "errors": sum(1 for x in s if x[2] != 303),
                            "p50": percentile(ms, 0.5), "p99": percentile(ms, 0.99), "max": max(ms) if ms else 0}
        return result
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    if not os.environ.get("BENCH_SKIP_BUILD"):
        subprocess.run(["cargo", "build", "--release", "--locked"], cwd=ROOT, check=True)
    sink = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{SMTP_PORT}", "-c",
                             "aiosmtpd.handlers.Sink"])
    try:
        results = [run_backend(b) for b in BACKENDS]
    finally:
        sink.terminate()
    print(f"\n{ROWS} invitees imported while {WRITERS} writers register (closed loop, {PAUSE_MS} ms pause)")
    print("| backend | import | phase | writer requests | errors | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        for phase in ("baseline", "import"):
            p = r[phase]
            print(f"| {r['backend']} | {r['import_s']:.1f} s | {phase} | {p['requests']} | {p['errors']} | "
                  f"{p['p50']:.1f} | {p['p99']:.1f} | {p['max']:.1f} |")


if __name__ == "__main__":
    main()
