#!/usr/bin/env python3
"""bench/registration.py: registration POSTs and a bulk calendar update, on SQLite and PostgreSQL.

Usage:  python3 bench/registration.py          (after `cargo build --release`, or it builds)

For each backend it starts the release build with e-mail going to a local SMTP sink
(aiosmtpd's Sink handler, started here on 127.0.0.1), loads the demo, and measures:

1. Registration POST: `wrk -t2 -c64 -d15s --latency` posting the public registration form
   (a new e-mail address per request, a valid CSRF cookie + field), so each request parses and
   checks the form, writes the registration, its confirmation token and its outbox row, and the
   worker sends the confirmation e-mail to the sink meanwhile. Reports requests/s, p50, p99 and
   server CPU-ms per registration ((utime+stime of the cascade process) / registrations).
2. Reads around a registration, each `wrk -t2 -c64 --latency`: the form page (the GET a browser
   makes before its POST; with the POST and its e-mail, the whole registration), the
   whole-training `.ics`, one participant's personal feed, and that feed unchanged (a 304 to
   `If-None-Match`, as calendar apps poll it). Server CPU-ms per request, and PostgreSQL's.
3. Bulk update of 10,000 confirmed registrants: 10,000 confirmed registrations are inserted
   with SQL, then the lead organiser moves a session through the API. That one request queues
   10,000 iCalendar REQUEST updates (one transaction); the script times until the outbox is
   empty (every message accepted by the SMTP sink) and reads the server's RSS before, at the
   peak (VmHWM) and after. To show that memory does not grow with the batch, it does the same
   with 1,000 registrants first and compares the peaks.

Traffic stays on 127.0.0.1; every wait is bounded. Needs wrk, curl, psql (for PostgreSQL) and
`pip install aiosmtpd`. Writes bench/results-registration.md.
Environment: BENCH_BACKENDS="sqlite postgres", BENCH_DURATION=15s, BENCH_SKIP_BUILD=1,
BENCH_SKIP_BULK=1 (registration POSTs only).
"""
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "cascade")
PORT = int(os.environ.get("BENCH_PORT", "18090"))
SMTP_PORT = int(os.environ.get("BENCH_SMTP_PORT", "12525"))
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = os.environ.get("BENCH_PG_DB", "cascade_bench_reg")
PG_URL = PG_ADMIN.rsplit("/", 1)[0] + "/" + PG_DB
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite postgres").split()
DURATION = os.environ.get("BENCH_DURATION", "15s")
SLUG = "reporting-portal-refresher"  # the demo training open for registration (the 2023 one has ended)
BASE = f"http://127.0.0.1:{PORT}"
# the CSRF cookie (32 bytes, canonical base64url without padding, as the server makes it) and
# the form field that carries it masked (a pad, then the secret XOR the pad): an all-zero pad is
# a valid mask, so one fixed pair serves every request
_B64 = __import__("base64")
TOKEN = _B64.urlsafe_b64encode(bytes(range(32))).decode().rstrip("=")
MASKED = _B64.urlsafe_b64encode(bytes(32) + bytes(range(32))).decode().rstrip("=")

WRK_LUA = r"""
local counter = 0
local id = 0
function setup(thread)
  id = id + 1
  thread:set("tid", id)
end
function init(args)
  math.randomseed(os.time() + tid)
  prefix = "t" .. tid .. "r" .. math.random(1, 1000000000)
end
function request()
  counter = counter + 1
  local body = "csrf_token=MASKEDTOKEN&email=" .. prefix .. "n" .. counter ..
    "%40bench.example.org&full_name=Bench+Person&organisation=Office&country=XK&sex=female&consent=yes"
  return wrk.format("POST", "/t/SLUG/register",
    {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "cascade_csrf=TOKEN"}, body)
end
""".replace("MASKEDTOKEN", MASKED).replace("TOKEN", TOKEN).replace("SLUG", SLUG)


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True, **kw).stdout


def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) * 1000.0 / ticks


def postgres_cpu_ms():
    """CPU of every PostgreSQL process (backends, WAL writer, checkpointer...): the database's
    share of a registration, which the server's own figure leaves out."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = open(f"/proc/{pid}/stat").read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        if name.startswith("postgres"):
            fields = stat.rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) * 1000.0 / ticks
    return total


def mem_mb(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def http(method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=600) as r:
        text = r.read().decode()
        return r.status, (json.loads(text) if text else None)


def wait_http(path, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(BASE + path, timeout=2)
            return
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"server did not answer {path}")


class Db:
    def __init__(self, backend, data_dir):
        self.backend = backend
        self.path = os.path.join(data_dir, "cascade.db")

    def url(self):
        return f"sqlite://{self.path}" if self.backend == "sqlite" else PG_URL

    def query(self, sql):
        if self.backend == "sqlite":
            con = sqlite3.connect(self.path, timeout=30)
            try:
                rows = con.execute(sql).fetchall()
                con.commit()
                return rows
            finally:
                con.close()
        out = sh(f"psql -q -At -v ON_ERROR_STOP=1 '{PG_URL}' -c \"{sql}\"")
        return [tuple(line.split("|")) for line in out.splitlines() if line]

    def add_confirmed(self, training_id, n, start):
        now = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
        if self.backend == "sqlite":
            con = sqlite3.connect(self.path, timeout=30)
            con.executemany(
                "INSERT INTO registrations (training_id, email, full_name, organisation, country, sex, status, "
                "consent_at, link_nonce, confirmed_at, created_at, updated_at) "
                "VALUES (?, ?, 'Bulk Person', 'Office', 'MN', 'female', 'confirmed', ?, ?, ?, ?, ?)",
                [(training_id, f"bulk{i}@bench.example.org", now, f"nonce{i}", now, now, now) for i in range(start, start + n)],
            )
            con.commit()
            con.close()
        else:
            self.query(
                "INSERT INTO registrations (training_id, email, full_name, organisation, country, sex, status, "
                "consent_at, link_nonce, confirmed_at, created_at, updated_at) "
                f"SELECT {training_id}, 'bulk' || g || '@bench.example.org', 'Bulk Person', 'Office', 'MN', 'female', "
                f"'confirmed', now(), 'nonce' || g, now(), now(), now() FROM generate_series({start}, {start + n - 1}) g"
            )

    def pending(self):
        return int(self.query("SELECT count(*) FROM outbox WHERE status <> 'sent'")[0][0])


def participant_feed(db):
    """A participant's personal feed path key and its ETag: the newest confirmation e-mail's
    link is used (POST, as the button does), which redirects to the participant's page."""
    import http.client
    rows = db.query("SELECT body_text FROM outbox WHERE kind = 'confirm_registration' ORDER BY id DESC LIMIT 1")
    found = re.search(r"/confirm/([A-Za-z0-9_-]+)", " ".join(str(c) for r in rows for c in r))
    if not found:
        raise SystemExit(f"no confirmation link in the outbox: {rows!r:.500}")
    token = found.group(1)
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    conn.request("POST", f"/confirm/{token}", f"csrf_token={MASKED}",
                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"cascade_csrf={TOKEN}"})
    r = conn.getresponse()
    r.read()
    key = re.match(r"/p/([^?]+)", r.getheader("location")).group(1)
    conn.request("GET", f"/p/{key}/calendar.ics")
    r = conn.getresponse()
    r.read()
    if r.status != 200:
        raise SystemExit(f"the personal feed answered {r.status}")
    return key, r.getheader("etag")


def parse_wrk(out):
    def ms(v):
        m = re.match(r"([\d.]+)(us|ms|s)", v)
        x = float(m.group(1))
        return {"us": x / 1000, "ms": x, "s": x * 1000}[m.group(2)]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, total, p50, p99, int(bad.group(1)) if bad else 0


def run_backend(backend, results):
    data = tempfile.mkdtemp(prefix=f"cascade-bench-{backend}-")
    db = Db(backend, data)
    if backend == "postgres":
        sh(f"psql -q '{PG_ADMIN}' -c 'DROP DATABASE IF EXISTS {PG_DB}' -c 'CREATE DATABASE {PG_DB}'")
    env = dict(os.environ)
    env.update({
        "CASCADE__DATABASE__URL": db.url(),
        "CASCADE__DATA__DIR": data,
        "CASCADE__SERVER__BIND": f"127.0.0.1:{PORT}",
        "CASCADE__SERVER__PUBLIC_URL": BASE,
        "CASCADE__LOG__LEVEL": "warn",
        "CASCADE__MAIL__SMTP_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "CASCADE__REGISTRATION__RATE_LIMIT_PER_IP": "0",
        "CASCADE__REGISTRATION__RATE_LIMIT_PER_EMAIL": "0",
        "CASCADE__DATABASE__POOL_SIZE": os.environ.get("BENCH_POOL_SIZE", "8"),
    })
    subprocess.run([BIN, "demo"], env=env, check=True, capture_output=True, cwd=data)
    server = subprocess.Popen([BIN, "serve"], env=env, cwd=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http("/healthz")
        time.sleep(1)
        # 1. registration POSTs
        lua = os.path.join(data, "register.lua")
        open(lua, "w").write(WRK_LUA)
        subprocess.run(["wrk", "-t2", "-c64", "-d2s", "-s", lua, BASE], capture_output=True)  # warm-up
        deadline = time.time() + 60
        while db.pending() and time.time() < deadline:
            time.sleep(0.2)
        before_regs = int(db.query("SELECT count(*) FROM registrations")[0][0])
        c0 = cpu_ms(server.pid)
        pg0 = postgres_cpu_ms()
        out = subprocess.run(["wrk", "-t2", "-c64", f"-d{DURATION}", "--latency", "-s", lua, BASE],
                             capture_output=True, text=True, check=True).stdout
        c1 = cpu_ms(server.pid)
        pg1 = postgres_cpu_ms()
        if os.environ.get("BENCH_VERBOSE"):
            print(out)
        rps, total, p50, p99, bad = parse_wrk(out)
        regs = int(db.query("SELECT count(*) FROM registrations")[0][0]) - before_regs
        outbox_rows = int(db.query("SELECT count(*) FROM outbox")[0][0])
        # the confirmation e-mails queued during the run are still being sent: include their CPU
        # (and let them all leave, so that the bulk update below is timed on an empty outbox)
        deadline = time.time() + 900
        while db.pending() and time.time() < deadline:
            time.sleep(0.2)
        c2 = cpu_ms(server.pid)
        results["post"].append({
            "backend": backend, "rps": rps, "p50": p50, "p99": p99, "requests": total, "bad": bad,
            "registrations": regs, "outbox": outbox_rows,
            "cpu_request": (c1 - c0) / max(regs, 1), "cpu_with_mail": (c2 - c0) / max(regs, 1),
            "cpu_postgres": (pg1 - pg0) / max(regs, 1) if backend == "postgres" else None,
        })
        # 2. what a browser and calendar apps read around a registration: the form page (the
        # browser's GET before its POST), the whole-training download, a personal feed (200)
        # and the same feed unchanged (304)
        reads = [("form page GET", f"/t/{SLUG}/register", [f"Cookie: cascade_csrf={TOKEN}"])]
        reads.append(("whole-training .ics", f"/t/{SLUG}/calendar.ics", []))
        key, etag = participant_feed(db)
        reads.append(("personal feed (200)", f"/p/{key}/calendar.ics", []))
        reads.append(("personal feed unchanged (304)", f"/p/{key}/calendar.ics", [f"If-None-Match: {etag}"]))
        for name, path, headers in reads:
            args = ["wrk", "-t2", "-c64", "-d2s", BASE + path]
            for h in headers:
                args[1:1] = ["-H", h]
            subprocess.run(args, capture_output=True)  # warm-up
            c0, pg0 = cpu_ms(server.pid), postgres_cpu_ms()
            args[args.index("-d2s")] = f"-d{DURATION}"
            out = subprocess.run(args[:1] + ["--latency"] + args[1:], capture_output=True, text=True, check=True).stdout
            c1, pg1 = cpu_ms(server.pid), postgres_cpu_ms()
            rps, total, p50, p99, bad = parse_wrk(out)
            results["reads"].append({
                "backend": backend, "what": name, "rps": rps, "p50": p50, "p99": p99, "bad": bad,
                "cpu": (c1 - c0) / max(total, 1),
                "cpu_postgres": (pg1 - pg0) / max(total, 1) if backend == "postgres" else None,
            })
        # 3. memory at rest: the server's RSS once nothing has happened for 25 s (it hands
        # memory back after 10 s without writes), after all the registrations above
        regs_total = int(db.query("SELECT count(*) FROM registrations")[0][0])
        rss_busy = mem_mb(server.pid, "VmRSS")
        time.sleep(25)
        results["idle"].append({"backend": backend, "registrations": regs_total, "rss_busy": rss_busy,
                                "rss_idle": mem_mb(server.pid, "VmRSS"), "rss_peak": mem_mb(server.pid, "VmHWM")})
        if os.environ.get("BENCH_SKIP_BULK"):
            return
        # 2. bulk updates: 1,000 then 10,000 confirmed registrants on fresh trainings' copies
        _, tok = http("POST", "/api/v1/auth/token", {"email": "lead@acrc.example.org", "password": "cascade-demo-2023"})
        token = tok["token"]
        _, training = http("GET", "/api/v1/trainings/1", token=token)
        session = training["sessions"][0]
        db.query("UPDATE registrations SET status = 'cancelled' WHERE training_id = 1")
        start = 0
        hour = 8
        for n in (1000, 10000):
            db.query("UPDATE registrations SET status = 'cancelled' WHERE training_id = 1")
            db.add_confirmed(1, n, start)
            start += n
            hour += 1
            rss0 = mem_mb(server.pid, "VmRSS")
            c0 = cpu_ms(server.pid)
            t0 = time.time()
            status, _ = http("PUT", f"/api/v1/trainings/1/sessions/{session['id']}", {
                "title": session["title"], "starts_at": f"2023-02-14T{hour:02d}:00", "ends_at": f"2023-02-14T{hour + 3:02d}:00",
            }, token=token)
            t_queued = time.time() - t0
            peak_during = rss0
            deadline = time.time() + 300
            while time.time() < deadline:
                peak_during = max(peak_during, mem_mb(server.pid, "VmRSS"))
                if db.pending() == 0:
                    break
                time.sleep(0.1)
            t_all = time.time() - t0
            c1 = cpu_ms(server.pid)
            sent = int(db.query("SELECT count(*) FROM outbox WHERE kind = 'schedule_changed' AND status = 'sent'")[0][0])
            results["bulk"].append({
                "backend": backend, "n": n, "queued_s": t_queued, "all_s": t_all, "per_s": n / t_all,
                "rss_before": rss0, "rss_peak": peak_during, "rss_after": mem_mb(server.pid, "VmRSS"),
                "cpu_ms_per_mail": (c1 - c0) / n, "sent_total": sent, "status": status,
            })
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(data, ignore_errors=True)


def main():
    if not os.environ.get("BENCH_SKIP_BUILD"):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    sink = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{SMTP_PORT}", "-c", "aiosmtpd.handlers.Sink"])
    results = {"post": [], "reads": [], "idle": [], "bulk": []}
    try:
        time.sleep(1)
        for backend in BACKENDS:
            run_backend(backend, results)
    finally:
        sink.terminate()
    cpu = open("/proc/cpuinfo").read()
    model = re.search(r"model name\s*:\s*(.*)", cpu).group(1) if "model name" in cpu else "?"
    lines = [
        "# Registration benchmark",
        "",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {os.cpu_count()} CPUs ({model})",
        "- Command: `python3 bench/registration.py`; release build; SMTP sink: aiosmtpd Sink on 127.0.0.1",
        "",
        "## Registration POST (form + CSRF + registration + token + outbox row)",
        "",
        "| Backend | Requests/s | p50 ms | p99 ms | Registrations | Non-3xx | Server CPU-ms per registration | ... incl. sending its e-mail | PostgreSQL's CPU-ms per registration |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["post"]:
        pg = "—" if r["cpu_postgres"] is None else f"{r['cpu_postgres']:.3f}"
        lines.append(f"| {r['backend']} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['registrations']} | {r['bad']} | {r['cpu_request']:.3f} | {r['cpu_with_mail']:.3f} | {pg} |")
    lines += [
        "",
        "## Reads around a registration (wrk -c64; the 304 sends If-None-Match)",
        "",
        "| Backend | What | Requests/s | p50 ms | p99 ms | Non-2xx/3xx | Server CPU-ms per request | PostgreSQL's CPU-ms per request |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["reads"]:
        pg = "—" if r["cpu_postgres"] is None else f"{r['cpu_postgres']:.3f}"
        lines.append(f"| {r['backend']} | {r['what']} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['bad']} | {r['cpu']:.4f} | {pg} |")
    for b in BACKENDS:
        post = [r for r in results["post"] if r["backend"] == b]
        form = [r for r in results["reads"] if r["backend"] == b and r["what"] == "form page GET"]
        if post and form:
            whole = post[0]["cpu_with_mail"] + form[0]["cpu"]
            pg = (post[0]["cpu_postgres"] or 0) + (form[0]["cpu_postgres"] or 0)
            lines.append(f"\nWhole registration as a browser does it ({b}): form GET + POST + its e-mail = "
                         f"{whole:.3f} server CPU-ms" + (f", {whole + pg:.3f} with PostgreSQL's share" if b == "postgres" else ""))
    lines += [
        "",
        "## Memory at rest after the runs above",
        "",
        "| Backend | Registrations in the database | RSS right after, MB | RSS after 25 s idle, MB | Peak RSS, MB |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in results["idle"]:
        lines.append(f"| {r['backend']} | {r['registrations']} | {r['rss_busy']:.1f} | {r['rss_idle']:.1f} | {r['rss_peak']:.1f} |")
    lines += [
        "",
        "## Bulk calendar update (one session moved; every confirmed registrant gets a REQUEST)",
        "",
        "| Backend | Registrants | Queued in s | All delivered in s | E-mails/s | Server CPU-ms per e-mail | RSS before MB | RSS peak MB | RSS after MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["bulk"]:
        lines.append(f"| {r['backend']} | {r['n']} | {r['queued_s']:.2f} | {r['all_s']:.2f} | {r['per_s']:.0f} | {r['cpu_ms_per_mail']:.3f} | {r['rss_before']:.1f} | {r['rss_peak']:.1f} | {r['rss_after']:.1f} |")
    report = "\n".join(lines) + "\n"
    print(report)
    open(os.path.join(ROOT, "bench", "results-registration.md"), "w").write(report)


if __name__ == "__main__":
    main()
