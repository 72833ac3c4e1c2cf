#!/usr/bin/env python3
"""bench/registration_callgrind.py: instructions per registration POST, counted by callgrind.

Wall-clock CPU on a shared 2-core machine is noisy; the number of instructions the server
executes is not. This starts the release binary under `valgrind --tool=callgrind` with the same
settings as bench/registration.py (SQLite, demo data, e-mail to a local aiosmtpd Sink, rate
limits off), posts the public registration form WARMUP times, zeroes callgrind's counters,
posts it N more times (new address each time, valid CSRF cookie + field, one keep-alive
connection, one request at a time), waits until the outbox is empty (every confirmation e-mail
accepted by the sink) and dumps the counters. It prints the instructions per registration, in
total and per thread kind (HTTP workers, the SQLite writer, the blocking pool, the runtime that
runs the outbox worker), and leaves the callgrind files for `callgrind_annotate`.

Usage:
    python3 bench/registration_callgrind.py [--bin PATH] [--n 500] [--warmup 50] [--out DIR]
        --bin     the binary (default: $CARGO_TARGET_DIR/release/cascade, else target/release/cascade)
        --out     where callgrind.out.* go (default: a new temporary directory, printed)
        --idle S  also count S seconds with no traffic (what timers cost; 0 = skip)
        --concurrency C  C keep-alive connections posting at once (default 1: one at a time,
                  the most repeatable; more shows what concurrency adds, e.g. batching)

    e.g. to compare two commits, build each into its own target dir and run this for each:
        python3 bench/registration_callgrind.py --bin /work/target-efacf47/release/cascade --out /tmp/cg-old
        python3 bench/registration_callgrind.py --bin /work/target-perf7/release/cascade --out /tmp/cg-new
        callgrind_annotate --inclusive=yes /tmp/cg-new/callgrind.out.measure-02 | head -60
    (one file per thread: callgrind.out.measure-NN, NN the thread; thread 02 is the SQLite
    writer, 01 the main runtime with the outbox worker; callgrind_annotate reads one at a time)

Needs valgrind (callgrind_control, callgrind_annotate) and `pip install aiosmtpd`. Under
callgrind the server runs ~50x slower; N=300 takes well under a minute. Traffic stays on
127.0.0.1 (--port 18190 and --smtp-port 12625 by default; give others to run two at once).
"""
import argparse
import glob
import http.client
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUG = "tot-digital-corruption-reporting-2023"
TOKEN = "b" * 43


def default_bin():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "release", "cascade")


class Client:
    """One keep-alive connection posting the registration form."""

    def __init__(self, port, tag=0):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.prefix = f"cg{os.getpid()}t{tag}r{int(time.time())}"
        self.count = 0

    def register(self):
        self.count += 1
        body = (f"csrf_token={TOKEN}&email={self.prefix}n{self.count}%40bench.example.org"
                "&full_name=Bench+Person&organisation=Office&country=XK&sex=female&consent=yes")
        self.conn.request("POST", f"/t/{SLUG}/register", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"cascade_csrf={TOKEN}"})
        r = self.conn.getresponse()
        r.read()
        if r.status != 303:
            raise SystemExit(f"registration answered {r.status}, expected 303")


def query(path, sql):
    con = sqlite3.connect(path, timeout=60)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def wait_outbox(db, seconds=600):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if query(db, "SELECT count(*) FROM outbox WHERE status <> 'sent'")[0][0] == 0:
            return
        time.sleep(0.5)
    raise SystemExit("the outbox did not empty")


def wait_http(port, seconds=300):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not start")


def control(pid, flag):
    subprocess.run(["callgrind_control", flag, str(pid)], check=True, capture_output=True, timeout=300)


def thread_kind(path):
    """What a thread's callgrind file shows it doing (callgrind records no thread names)."""
    text = open(path, errors="replace").read()
    if "cascade::cli::main" in text:
        return "main runtime (outbox worker: builds and sends e-mail)"
    if "actix_http::h1::dispatcher" in text:
        return "HTTP worker (parse, route, CSRF form, redirect)"
    if "tokio::runtime::blocking::pool::Inner::run" in text:
        return "blocking pool (outbox claims and results)"
    if "cascade::db::write_transaction" in text:
        return "SQLite writer (the registration's transaction)"
    return "other"


def totals(files):
    """Instructions per file (one per thread with --separate-threads=yes)."""
    out = {}
    for f in files:
        text = open(f, errors="replace").read()
        m = re.search(r"^summary:\s+(\d+)", text, re.M) or re.search(r"^totals:\s+(\d+)", text, re.M)
        out[f] = int(m.group(1)) if m else 0
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--out", default=None)
    ap.add_argument("--idle", type=float, default=0)
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--port", type=int, default=18190)
    ap.add_argument("--smtp-port", type=int, default=12625)
    args = ap.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="cascade-callgrind-")
    os.makedirs(out, exist_ok=True)
    for f in glob.glob(os.path.join(out, "callgrind.out.*")):
        os.remove(f)
    data = tempfile.mkdtemp(prefix="cascade-cg-data-")
    db = os.path.join(data, "cascade.db")
    base = f"http://127.0.0.1:{args.port}"
    env = dict(os.environ)
    env.update({
        "CASCADE__DATABASE__URL": f"sqlite://{db}",
        "CASCADE__DATA__DIR": data,
        "CASCADE__SERVER__BIND": f"127.0.0.1:{args.port}",
        "CASCADE__SERVER__PUBLIC_URL": base,
        "CASCADE__LOG__LEVEL": "warn",
        "CASCADE__MAIL__SMTP_URL": f"smtp://127.0.0.1:{args.smtp_port}",
        "CASCADE__REGISTRATION__RATE_LIMIT_PER_IP": "0",
        "CASCADE__REGISTRATION__RATE_LIMIT_PER_EMAIL": "0",
        "CASCADE__DATABASE__POOL_SIZE": "8",
    })
    sink = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{args.smtp_port}",
                             "-c", "aiosmtpd.handlers.Sink"])
    server = None
    try:
        subprocess.run([args.bin, "demo"], env=env, check=True, capture_output=True, cwd=data)
        server = subprocess.Popen([
            "valgrind", "--tool=callgrind", "--separate-threads=yes",
            f"--callgrind-out-file={out}/callgrind.out.%p", args.bin, "serve",
        ], env=env, cwd=data, stdout=subprocess.DEVNULL, stderr=open(os.path.join(out, "valgrind.log"), "w"))
        wait_http(args.port)
        client = Client(args.port)
        for _ in range(args.warmup):
            client.register()
        wait_outbox(db)
        time.sleep(2)
        dumps = []
        if args.idle:
            control(server.pid, "-z")
            time.sleep(args.idle)
            control(server.pid, "-d")
            dumps.append("idle")
        control(server.pid, "-z")
        before = query(db, "SELECT count(*) FROM registrations")[0][0]
        t0 = time.time()
        if args.concurrency <= 1:
            for _ in range(args.n):
                client.register()
        else:
            clients = [Client(args.port, tag) for tag in range(1, args.concurrency + 1)]
            share = [args.n // args.concurrency + (i < args.n % args.concurrency) for i in range(args.concurrency)]
            threads = [threading.Thread(target=lambda c=c, k=k: [c.register() for _ in range(k)])
                       for c, k in zip(clients, share)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        t_requests = time.time() - t0
        wait_outbox(db)
        t_all = time.time() - t0
        control(server.pid, "-d")
        dumps.append("measure")
        regs = query(db, "SELECT count(*) FROM registrations")[0][0] - before
    finally:
        if server:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=120)
            except subprocess.TimeoutExpired:
                server.kill()
        sink.terminate()
        shutil.rmtree(data, ignore_errors=True)
    # every dump writes one file per thread: callgrind.out.PID.N-TID; dump N (1, 2...) is ours
    files = sorted(glob.glob(os.path.join(out, f"callgrind.out.{server.pid}.*")))
    by_dump = {}
    for f in files:
        m = re.search(r"\.(\d+)-(\d+)$", f)
        if m:
            by_dump.setdefault(int(m.group(1)), []).append(f)
    print(f"binary: {args.bin}\nregistrations: {regs} (n={args.n}, warm-up {args.warmup}, "
          f"{args.concurrency} at a time); "
          f"requests took {t_requests:.1f} s, until the outbox was empty {t_all:.1f} s")
    for i, name in enumerate(dumps, start=1):
        parts = by_dump.get(i, [])
        # give the files a name that says what they are
        renamed = []
        for f in parts:
            new = f.replace(f"callgrind.out.{server.pid}.{i}", f"callgrind.out.{name}")
            os.rename(f, new)
            renamed.append(new)
        t = totals(renamed)
        total = sum(t.values())
        if name == "idle":
            print(f"idle: {total:,} instructions in {args.idle:.0f} s ({total / args.idle:,.0f}/s)")
            continue
        print(f"total: {total:,} instructions = {total / regs:,.0f} per registration")
        kinds = {}
        for f, n in t.items():
            if n:
                kind = thread_kind(f)
                kinds[kind] = kinds.get(kind, 0) + n
        for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"  {n / regs:>12,.0f}  {kind}")
        request = sum(n for k, n in kinds.items() if k.startswith(("HTTP", "SQLite")))
        print(f"  {request / regs:>12,.0f}  = the request itself (HTTP worker + SQLite writer); "
              "the rest is its e-mail, whose share depends on how the outbox batches")
    print(f"callgrind files: {out}")


if __name__ == "__main__":
    main()
