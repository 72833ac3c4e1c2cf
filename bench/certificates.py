#!/usr/bin/env python3
"""bench/certificates.py: issuing 1,000 certificates (PDF + signed credential + e-mail in the
outbox), on SQLite and PostgreSQL.

Usage:  python3 bench/certificates.py      (after `cargo build --release`, or it builds)

For each backend it starts the release build (e-mail captured to files, the embedded default),
loads the demo (which issues the demo cohort's own certificates in the `cascade demo` process),
adds 1,000 confirmed registrations to the demo training with SQL, each marked present at its
three sessions (seeding is not what is measured), and then, as the lead organiser, sends one
`POST /api/v1/trainings/{id}/certificates {"all_eligible": true}`. The API answers when every
certificate is rendered: its PDF drawn, its Open Badges credential signed (RS256), its e-mail
with the PDF attached queued. Reported: the wall time of that request, the server's CPU time,
its RSS before, at the peak (VmHWM) and after, and the counts in the database afterwards.
To show that memory does not grow with the batch, it first does the same with 200.

Traffic stays on 127.0.0.1; every wait is bounded. Needs psql for PostgreSQL.
Writes bench/results-certificates.md.
Environment: BENCH_BACKENDS="sqlite postgres", BENCH_SKIP_BUILD=1, BENCH_PORT=18095.
"""
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "cascade")
PORT = int(os.environ.get("BENCH_PORT", "18095"))
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = os.environ.get("BENCH_PG_DB", "cascade_bench_cert")
PG_URL = PG_ADMIN.rsplit("/", 1)[0] + "/" + PG_DB
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite postgres").split()
BASE = f"http://127.0.0.1:{PORT}"
# a small batch, then 1,000 three times: a peak that stops growing is memory that is reused
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "200 1000 1000 1000").split()]
NAMES = ["Батбаяр Должин", "Mirëlinda Krasniqi", "Dilnoza Yusupova", "김민준", "Oyuntsetseg Bat"]


def sh(cmd):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True).stdout


def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


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
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            text = r.read().decode()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()}")


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

    def run(self, statements):
        if self.backend == "sqlite":
            con = sqlite3.connect(self.path, timeout=60)
            try:
                rows = []
                for s in statements:
                    rows = con.execute(s).fetchall()
                con.commit()
                return rows
            finally:
                con.close()
        script = ";\n".join(statements) + ";\n"
        out = subprocess.run(["psql", "-q", "-At", "-v", "ON_ERROR_STOP=1", PG_URL], input=script,
                             capture_output=True, text=True, check=True).stdout
        return [tuple(line.split("|")) for line in out.splitlines() if line]

    def scalar(self, sql):
        return int(self.run([sql])[0][0])

    def add_present(self, training_id, n, start):
        """n confirmed registrations, each present at every session of the training."""
        now = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
        rows = []
        for i in range(start, start + n):
            name = f"{NAMES[i % len(NAMES)]} {i}".replace("'", "''")
            rows.append(f"({training_id}, 'cert{i}@bench.example.org', '{name}', 'Office', 'MN', 'female', "
                        f"'confirmed', '{now}', 'nonce{i}', '{now}', '{now}', '{now}')")
        statements = []
        for chunk in range(0, len(rows), 500):
            statements.append(
                "INSERT INTO registrations (training_id, email, full_name, organisation, country, sex, status, "
                "consent_at, link_nonce, confirmed_at, created_at, updated_at) VALUES " + ",".join(rows[chunk:chunk + 500]))
        statements.append(
            "INSERT INTO attendance (registration_id, session_id, status, minutes, source, updated_at) "
            f"SELECT r.id, s.id, 'present', NULL, 'organiser', '{now}' FROM registrations r "
            f"JOIN training_sessions s ON s.training_id = r.training_id "
            f"WHERE r.training_id = {training_id} AND r.email LIKE 'cert%@bench.example.org' "
            f"AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.session_id = s.id)")
        self.run(statements)


def run_backend(backend, results):
    data = tempfile.mkdtemp(prefix=f"cascade-bench-cert-{backend}-")
    db = Db(backend, data)
    if backend == "postgres":
        sh(f"psql -q '{PG_ADMIN}' -c 'DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)' -c 'CREATE DATABASE {PG_DB}'")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASCADE")}
    env.update({
        "CASCADE__DATABASE__URL": db.url(),
        "CASCADE__DATA__DIR": data,
        "CASCADE__SERVER__BIND": f"127.0.0.1:{PORT}",
        "CASCADE__SERVER__PUBLIC_URL": BASE,
        "CASCADE__LOG__LEVEL": "warn",
    })
    subprocess.run([BIN, "demo"], env=env, check=True, capture_output=True, cwd=data)
    server = subprocess.Popen([BIN, "serve"], env=env, cwd=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http("/healthz")
        _, tok = http("POST", "/api/v1/auth/token", {"email": "lead@acrc.example.org", "password": "cascade-demo-2023"})
        token = tok["token"]
        training = 1
        start = 0
        for n in SIZES:
            db.add_present(training, n, start)
            start += n
            before = db.scalar("SELECT count(*) FROM certificates")
            time.sleep(1)
            rss0 = mem_mb(server.pid, "VmRSS")
            hwm0 = mem_mb(server.pid, "VmHWM")
            c0 = cpu_ms(server.pid)
            t0 = time.time()
            status, body = http("POST", f"/api/v1/trainings/{training}/certificates", {"all_eligible": True}, token=token)
            elapsed = time.time() - t0
            c1 = cpu_ms(server.pid)
            created = body["created"]
            issued = db.scalar("SELECT count(*) FROM certificates c JOIN certificate_documents d ON d.certificate_id = c.id WHERE c.status = 'issued'")
            queued = db.scalar("SELECT count(*) FROM outbox WHERE kind = 'certificate_issued'")
            pdf_bytes = db.scalar(f"SELECT coalesce(sum(length(pdf)), 0) FROM certificate_documents WHERE certificate_id > (SELECT max(id) - {n} FROM certificates)")
            results.append({
                "backend": backend, "n": n, "status": status, "created": created, "seconds": elapsed,
                "per_s": created / elapsed if elapsed else 0, "cpu_ms_per_cert": (c1 - c0) / max(created, 1),
                "rss_before": rss0, "hwm_before": hwm0, "hwm_after": mem_mb(server.pid, "VmHWM"),
                "rss_after": mem_mb(server.pid, "VmRSS"), "issued_total": issued, "queued_total": queued,
                "certificates_before": before, "pdf_kb": pdf_bytes / 1024 / max(n, 1),
            })
            print(json.dumps(results[-1]), flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(data, ignore_errors=True)
        if backend == "postgres":
            sh(f"psql -q '{PG_ADMIN}' -c 'DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)'")


def main():
    if not os.environ.get("BENCH_SKIP_BUILD"):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    results = []
    for backend in BACKENDS:
        run_backend(backend, results)
    cpu = open("/proc/cpuinfo").read()
    model = re.search(r"model name\s*:\s*(.*)", cpu).group(1) if "model name" in cpu else "?"
    lines = [
        "# Certificate issuing benchmark",
        "",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {os.cpu_count()} CPUs ({model})",
        "- Command: `python3 bench/certificates.py`; release build; e-mail captured to files",
        "- One `POST /api/v1/trainings/1/certificates {\"all_eligible\": true}` per row; it answers when every",
        "  certificate has its PDF, its signed credential and its queued e-mail (PDF attached).",
        "",
        "| Backend | Certificates | Seconds | Certificates/s | Server CPU-ms each | PDF KB each | RSS before MB | Peak RSS before MB | Peak RSS after MB | RSS after MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(f"| {r['backend']} | {r['created']} | {r['seconds']:.2f} | {r['per_s']:.0f} | {r['cpu_ms_per_cert']:.2f} | {r['pdf_kb']:.1f} | {r['rss_before']:.1f} | {r['hwm_before']:.1f} | {r['hwm_after']:.1f} | {r['rss_after']:.1f} |")
    report = "\n".join(lines) + "\n"
    print(report)
    open(os.path.join(ROOT, "bench", "results-certificates.md"), "w").write(report)


if __name__ == "__main__":
    main()
