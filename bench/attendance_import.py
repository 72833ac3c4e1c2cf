#!/usr/bin/env python3
"""bench/attendance_import.py: importing a 10,000-row Zoom webinar attendee report, on SQLite and PostgreSQL.

Usage:  python3 bench/attendance_import.py        (after `cargo build --release`, or it builds)
        BENCH_SKIP_BUILD=1 BENCH_BACKENDS=sqlite python3 bench/attendance_import.py

For each backend it starts the release build on 127.0.0.1 with a fresh temporary data directory
(a new SQLite file, or the PostgreSQL database $BENCH_PG_DB dropped and created again), log level
warn, no SMTP server (e-mail is captured in the data directory; nothing here sends any), and:

1. Setup (not measured): `cascade admin create` makes the account, the API makes an organisation,
   a training (Asia/Seoul) and one 3-hour session (14 Feb 2023 16:00-19:00 Seoul, 07:00-10:00
   UTC); 2,000 confirmed registrations are inserted with SQL (see `seed_registrations`).
2. Generates a Zoom webinar "Attendee Report" in the layout of
   tests/fixtures/attendance/zoom_webinar.csv (UTF-8 with BOM, CRLF, the metadata block, then
   "Host Details", "Panelist Details", "Attendee Details" and "Other Attended", each with its own
   header): 10,000 join rows for 2,000 people, 3-7 joins each with rejoins and overlaps (two
   devices), some joining before the start or leaving after the end, about 10 % of the e-mails in
   other case, 50 guests without e-mail in "Other Attended" (30 match one registration by name,
   10 match two, 10 match nobody), non-ASCII names (Hangul, Cyrillic, Albanian, Uzbek,
   Vietnamese, ...), some renamed ("Nick (Original Name)") or quoted ("Last, First"), plus 21
   "Attended = No" rows (skipped). Deterministic (seed 20230214).
3. POSTs it to /api/v1/trainings/{id}/sessions/{sid}/attendance/import (multipart: file,
   format=zoom_webinar, timezone=Asia/Seoul, apply): one warm-up preview (reported, not counted),
   then 5 previews (apply=false) and 5 applies (apply=true, confirm_names=true, so the name
   matches are written too). Between applies the import is undone through the organisers' page
   route POST /trainings/{id}/attendance/imports/{iid}/undo (signed in through /sign-in), which
   deletes the marks the import wrote, so every apply writes the same ~1,960 marks again.
   Each response is checked: the counts of matches and every person's minutes against the union
   of their joins clipped to the session, computed here independently.
   For each request: wall time (send to last byte), the server's CPU (utime+stime of the cascade
   process from /proc/PID/stat, all threads), with PostgreSQL the CPU of every `postgres`
   process, the share of the CPUs used by anything else (a disturbed run shows there), RSS before
   and the peak RSS during the request (VmHWM, reset before each request through
   /proc/PID/clear_refs when the kernel allows it; otherwise the running peak).
4. Prints a markdown report and writes it to bench/results-attendance-import.md.

Targets (issue): preview <= 1 s, apply <= 2 s, for a 10,000-row report.

Traffic stays on 127.0.0.1; every wait is bounded. Needs python3 (standard library only) and, for
PostgreSQL, psql. Environment (all optional):
  CARGO_TARGET_DIR     where cargo builds (default: <repo>/target)
  BENCH_SKIP_BUILD=1   use the existing release binary
  BENCH_BACKENDS       "sqlite postgres" (default); either alone also works
  BENCH_RUNS           5 (previews, and applies)
  BENCH_ROWS           10000 join rows;  BENCH_PEOPLE  2000 people in the report (and as many
                       confirmed registrations)
  BENCH_PORT           18097
  BENCH_PG_ADMIN_URL   postgres://postgres@127.0.0.1:5432/postgres
  BENCH_PG_DB          cascade_bench_att (dropped and created again: do not point it at real data)
  BENCH_QUIET_WAIT     600: before each backend's runs, wait up to this many seconds for the host
                       to be quiet (<= 10 % CPU busy over 5 s), then go ahead with a warning
  BENCH_KEEP_REPORT    a path: also write the generated CSV there
  BENCH_OUT            <repo>/bench/results-attendance-import.md
  PG* variables (e.g. PGSSLMODE=disable) reach libpq in the server, as usual.
"""
import csv
import datetime as dt
import http.client
import io
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
import unicodedata
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BIN = os.path.join(TARGET, "release", "cascade")
PORT = int(os.environ.get("BENCH_PORT", "18097"))
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PG_DB = os.environ.get("BENCH_PG_DB", "cascade_bench_att")
PG_URL = PG_ADMIN.rsplit("/", 1)[0] + "/" + PG_DB
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite postgres").split()
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
ROWS = int(os.environ.get("BENCH_ROWS", "10000"))
PEOPLE = int(os.environ.get("BENCH_PEOPLE", "2000"))
QUIET_WAIT = int(os.environ.get("BENCH_QUIET_WAIT", "600"))
OUT = os.environ.get("BENCH_OUT", os.path.join(ROOT, "bench", "results-attendance-import.md"))
HOST = "127.0.0.1"
BASE = f"http://{HOST}:{PORT}"
EMAIL = "lead@bench.example.org"
PASSWORD = "bench-attendance-2023"
CSRF = "c" * 43
TZ_NAME = "Asia/Seoul"
SEOUL = dt.timedelta(hours=9)  # no daylight saving in Korea since 1988
# the session in Seoul time (the report's times are in the organiser's zone)
START = dt.datetime(2023, 2, 14, 16, 0, 0)
END = dt.datetime(2023, 2, 14, 19, 0, 0)
TARGET_PREVIEW_S = 1.0
TARGET_APPLY_S = 2.0
CLK = os.sysconf("SC_CLK_TCK")

# the report's people, by kind (PEOPLE in all); the rest of the 2,000 registrations are below
N_GUESTS_NAME = 30  # guests without e-mail whose name is one registration's
N_GUESTS_AMBIGUOUS = 10  # ... whose name two registrations share
N_GUESTS_UNKNOWN = 10  # ... whose name nobody registered with
N_UNREGISTERED = 20  # attendees with an e-mail nobody registered with
N_PANELISTS = 4  # registered; the host is not
N_NO_SHOW = 21  # registered, "Attended = No" rows


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True, **kw).stdout


# --- names ------------------------------------------------------------------------------------

POOLS = {
    # (given names, family names, how a full name is written, e-mail top-level domain)
    "ko": (
        "민지 서연 지훈 현우 수빈 예은 도윤 하은 준서 지민 유진 승민 다은 태윤 소율 재원 하린 시우 채원 건우".split(),
        "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍".split(),
        lambda g, f: f + g, "kr"),
    "mn": (
        "Батбаяр Оюунчимэг Энхжин Тэмүүлэн Сараа Болд Ганбат Нарантуяа Мөнхбат Одгэрэл Баясгалан Хулан Төмөр "
        "Ариунаа Сүхбат Цэцэг Анхбаяр Золзаяа Бат-Эрдэнэ Уянга".split(),
        "Дорж Бат Ганболд Сүх Эрдэнэ Пүрэв Нямаа Лхагва Очир Баатар Цэнд Жаргал Даваа Гомбо Төгс Мягмар Энх Сэр "
        "Хүрэл Отгон".split(),
        lambda g, f: f"{g} {f}", "mn"),
    "xk": (
        "Mirëlinda Arbën Besnik Teuta Drita Shqipe Valbonë Agim Lirije Dardan Blerta Fatmir Gëzim Jeta Kaltrina "
        "Ardit Qëndresa Vjosa Erëza Lumturije".split(),
        "Krasniqi Gashi Hoxha Berisha Shala Morina Bytyçi Thaçi Kelmendi Rexhepi Zeqiri Ahmeti Hasani Syla "
        "Kastrati Çeku Dërmaku Hyseni Osmani Mustafa".split(),
        lambda g, f: f"{g} {f}", "org"),
    "uz": (
        "Dilnoza Olim Jasur Shahlo Gulnora Rustam Nodira Sardor Madina Otabek Zarina Bekzod Feruza Sherzod Kamola "
        "Ulug‘bek Nilufar Jamshid Oydin O‘tkir".split(),
        "Yusupova Tursunov Karimov Rakhimova Aliyev Xo‘jayev Nazarova Qodirov Ergasheva Sobirov To‘xtayev "
        "Mirzayeva Abdullayev Islomova Rahimov Saidova Umarov G‘aniyeva Hamidov Ismoilova".split(),
        lambda g, f: f"{g} {f}", "uz"),
    "world": (
        "Lucía José Sophie Hannah Peter Tariq Ana Nomvula Zoë François Søren Łukasz Chloé Mateo Amélie Noah "
        "Fatima Oğuz Björn Renée".split(),
        "Fernández Martin Okafor Haddad Lima Dube Müller Núñez Dubois Schmidt Novak O'Brien Ferreira García "
        "Kowalski Åberg Çelik Ibáñez Moreau Mensah".split(),
        lambda g, f: f"{g} {f}", "org"),
    "vn": (
        "Thị Lan|Văn An|Minh Châu|Quốc Bảo|Thu Hà|Đức Anh|Ngọc Mai|Hải Yến|Tuấn Kiệt|Bảo Ngọc|Thanh Hương|"
        "Gia Huy".split("|"),
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng".split(),
        lambda g, f: f"{f} {g}", "vn"),
}


OFFICE = {"ko": "ACRC", "mn": "IAAC", "xk": "UNDP Kosovo", "uz": "ACA Uzbekistan", "world": "UNDP", "vn": "GIC"}


def name_key(name):
    """A coarser form of the server's `normalise_name`: names distinct here are distinct there."""
    lower = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in lower if c.isalnum() and not unicodedata.combining(c))


def ascii_slug(text):
    return re.sub(r"[^a-z0-9]+", ".", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()).strip(".")


def all_names(rng):
    """(full name, given, family, locale, tld), distinct by `name_key`, shuffled."""
    seen, out = set(), []
    for locale, (given, family, fmt, tld) in POOLS.items():
        for g in given:
            for f in family:
                full = fmt(g, f)
                if name_key(full) not in seen:
                    seen.add(name_key(full))
                    out.append((full, g, f, locale, tld))
    rng.shuffle(out)
    return out


# --- the report -------------------------------------------------------------------------------

def zoom_time(t):
    return t.strftime("%b %d, %Y %H:%M:%S")


def joins_for(rng, k):
    """k join-leave intervals (Seoul time) for one person: rejoins after a gap, or overlaps
    (a second device joining before the first leaves); some before the start or after the end."""
    r = rng.random()
    if r < 0.15:
        first = START - dt.timedelta(seconds=rng.randint(60, 25 * 60))  # early
    elif r < 0.20:
        first = START + dt.timedelta(seconds=rng.randint(150 * 60, 175 * 60))  # late comer
    else:
        first = START + dt.timedelta(seconds=rng.randint(0, 45 * 60))
    r = rng.random()
    if r < 0.15:
        last = END + dt.timedelta(seconds=rng.randint(30, 25 * 60))  # stays after the end
    elif r < 0.25:
        last = first + dt.timedelta(seconds=rng.randint(20 * 60, 70 * 60))  # leaves early
    else:
        last = END - dt.timedelta(seconds=rng.randint(0, 20 * 60))
    if last <= first + dt.timedelta(minutes=3 * k):
        last = first + dt.timedelta(minutes=3 * k + rng.randint(5, 40))
    span = int((last - first).total_seconds())
    cuts = sorted(rng.sample(range(60, span - 60), k - 1)) if k > 1 else []
    bounds = [0] + cuts + [span]
    out = []
    for i in range(k):
        a, b = bounds[i], bounds[i + 1]
        join = a
        if i > 0 and rng.random() < 0.7:  # rejoin after a gap (dropped connection, break)
            join = a + rng.randint(5, max(6, min(600, (b - a) // 2)))
        leave = b
        if i < k - 1 and rng.random() < 0.25:  # overlap: still connected when the next join starts
            leave = b + rng.randint(10, 300)
        if leave <= join:
            leave = join + 30
        out.append((first + dt.timedelta(seconds=join), first + dt.timedelta(seconds=leave)))
    return out


def minutes_in_session(intervals):
    """Independent check of the server: the union of the intervals clipped to the session, in
    whole minutes rounded down."""
    clipped = sorted((max(a, START), min(b, END)) for a, b in intervals)
    clipped = [(a, b) for a, b in clipped if a < b]
    total, cur = 0, None
    for a, b in clipped:
        if cur and a <= cur[1]:
            cur = (cur[0], max(cur[1], b))
        else:
            if cur:
                total += (cur[1] - cur[0]).total_seconds()
            cur = (a, b)
    if cur:
        total += (cur[1] - cur[0]).total_seconds()
    return int(total) // 60


def build_scenario(seed=20230214):
    """The people of the report, the registrations, and the report itself (bytes)."""
    if not (3 * PEOPLE <= ROWS <= 7 * PEOPLE and PEOPLE > 200):
        raise SystemExit(f"BENCH_ROWS must be 3-7 times BENCH_PEOPLE (> 200): {ROWS} rows, {PEOPLE} people")
    rng = random.Random(seed)
    names = all_names(rng)
    n_email = PEOPLE - N_GUESTS_NAME - N_GUESTS_AMBIGUOUS - N_GUESTS_UNKNOWN
    need = n_email + N_GUESTS_NAME + N_GUESTS_AMBIGUOUS + N_GUESTS_UNKNOWN + N_NO_SHOW
    if len(names) < need:
        raise SystemExit(f"only {len(names)} distinct names for {need}")
    it = iter(names)

    def email_of(n, i):
        full, g, f, locale, tld = n
        local = ascii_slug(f"{g}.{f}") or locale
        return f"{local}.{i}@example.{tld}"

    people = []  # each: dict(name, email_file, email_reg, section, registered, kind)
    registrations = []  # (email, full_name)
    # host (not registered), panelists (registered), attendees with e-mail
    for i in range(n_email):
        n = next(it)
        email = email_of(n, i)
        section = "host" if i == 0 else "panelist" if i <= N_PANELISTS else "attendee"
        registered = section == "panelist" or (section == "attendee" and i > N_PANELISTS + N_UNREGISTERED)
        shown = email
        if rng.random() < 0.10:  # the address in other case (as typed at Zoom registration)
            local, domain = email.split("@")
            shown = ".".join(p.capitalize() for p in local.split(".")) + "@" + domain.upper() if rng.random() < 0.5 else email.upper()
        display, first, last = n[0], n[1], n[2]
        r = rng.random()
        if r < 0.03:  # renamed in the meeting: "Nick (Original Name)"
            display = f"{n[1]} ({OFFICE[n[3]]}) ({n[0]})"
        elif r < 0.05 and n[3] != "ko":  # "Last, First" (quoted in the CSV)
            display = f"{n[2]}, {n[1]}"
        people.append(dict(name=display, first=first, last=last, email=shown, section=section,
                           kind="email" if registered else "none", country=n[3]))
        if registered:
            registrations.append((email, n[0]))
    # guests without e-mail, in "Other Attended"
    for _ in range(N_GUESTS_NAME):
        n = next(it)
        registrations.append((email_of(n, len(registrations) + 5000), n[0]))
        people.append(dict(name=n[0], email="", section="other", kind="name", country=n[3]))
    for _ in range(N_GUESTS_AMBIGUOUS):
        n = next(it)
        registrations.append((email_of(n, len(registrations) + 6000), n[0]))
        registrations.append((email_of(n, len(registrations) + 7000), n[0]))
        people.append(dict(name=n[0], email="", section="other", kind="ambiguous", country=n[3]))
    for _ in range(N_GUESTS_UNKNOWN):
        n = next(it)
        people.append(dict(name=n[0] + (" (Guest)" if rng.random() < 0.5 else ""), email="", section="other",
                           kind="none", country=n[3]))
    # registered, did not come ("Attended = No")
    no_shows = []
    for _ in range(N_NO_SHOW):
        n = next(it)
        email = email_of(n, len(registrations) + 8000)
        registrations.append((email, n[0]))
        no_shows.append(dict(name=n[0], first=n[1], last=n[2], email=email, country=n[3]))
    # joins: 3-7 a person, ROWS in all
    counts = [rng.randint(3, 7) for _ in people]
    while sum(counts) != ROWS:
        i = rng.randrange(len(counts))
        if sum(counts) > ROWS and counts[i] > 3:
            counts[i] -= 1
        elif sum(counts) < ROWS and counts[i] < 7:
            counts[i] += 1
    for p, k in zip(people, counts):
        p["joins"] = joins_for(rng, k)
        p["minutes"] = minutes_in_session(p["joins"])
    country = {"ko": "Republic of Korea", "mn": "Mongolia", "xk": "Kosovo", "uz": "Uzbekistan",
               "world": "Germany", "vn": "Vietnam"}

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    line = [0]

    def row(cells):
        w.writerow(cells)
        line[0] += 1

    last_leave = max(b for p in people for _, b in p["joins"])
    row(["Attendee Report", ""])
    row(["Report Generated:", (last_leave + dt.timedelta(minutes=20)).strftime("%b %d, %Y %H:%M"), ""])
    row(["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered", "# Cancelled",
         "Unique Viewers", "Total Users", "Max Concurrent Views"])
    first_join = min(a for p in people for a, _ in p["joins"])
    row(["ToT on digital corruption reporting – session 1", "812 3456 7890", first_join.strftime("%b %d, %Y %H:%M"),
         str(int((last_leave - first_join).total_seconds() // 60)), str(len(registrations)), "3", str(len(people)),
         str(ROWS), str(len(people) - 117)])
    short_header = ["Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time",
                    "Time in Session (minutes)", "Is Guest", "Country/Region Name"]

    def short_rows(p, guest):
        for a, b in p["joins"]:
            if p.get("line") is None:
                p["line"] = line[0] + 1
            row(["Yes", p["name"], p["email"], zoom_time(a), zoom_time(b),
                 str(-(-int((b - a).total_seconds()) // 60)), "Yes" if guest else "No", country[p["country"]]])

    row(["Host Details", ""])
    row(short_header)
    for p in people:
        if p["section"] == "host":
            short_rows(p, False)
    row(["Panelist Details", ""])
    row(short_header)
    for p in people:
        if p["section"] == "panelist":
            short_rows(p, False)
    row(["Attendee Details", ""])
    row(["Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Registration Time",
         "Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest", "Country/Region Name"])
    registered_at = dt.datetime(2023, 2, 1, 9, 0, 0)
    attendees = [p for p in people if p["section"] == "attendee"]
    # the no-shows are listed among the attendees, as Zoom does (after those who came)
    for p in attendees:
        for j, (a, b) in enumerate(p["joins"]):
            if j == 0:
                p["line"] = line[0] + 1
                reg = zoom_time(registered_at + dt.timedelta(seconds=rng.randint(0, 12 * 86400)))
                row(["Yes", p["name"], p["first"], p["last"], p["email"], reg, "approved", zoom_time(a), zoom_time(b),
                     str(-(-int((b - a).total_seconds()) // 60)), "No", country[p["country"]]])
            else:  # rejoin rows: no registration time or approval status
                row(["Yes", p["name"], p["first"], p["last"], p["email"], "", "", zoom_time(a), zoom_time(b),
                     str(-(-int((b - a).total_seconds()) // 60)), "No", country[p["country"]]])
    for p in no_shows:
        reg = zoom_time(registered_at + dt.timedelta(seconds=rng.randint(0, 12 * 86400)))
        row(["No", p["name"], p["first"], p["last"], p["email"], reg, "approved", "--", "--", "--", "--", ""])
    row(["Other Attended", ""])
    row(short_header)
    for p in people:
        if p["section"] == "other":
            short_rows(p, True)
    data = ("\ufeff" + buf.getvalue()).encode("utf-8")
    expect = {
        "people": len(people),
        "matched": sum(p["kind"] == "email" for p in people),
        "matched_by_name": sum(p["kind"] == "name" for p in people),
        "ambiguous": sum(p["kind"] == "ambiguous" for p in people),
        "unmatched": sum(p["kind"] == "none" for p in people),
        "skipped": N_NO_SHOW,
        "rows": sum(len(p["joins"]) for p in people),
        "minutes_by_line": {p["line"]: p["minutes"] for p in people},
        "overlapping_people": sum(any(p["joins"][i + 1][0] < p["joins"][i][1] for i in range(len(p["joins"]) - 1)) for p in people),
        "early": sum(p["joins"][0][0] < START for p in people),
        "late": sum(max(b for _, b in p["joins"]) > END for p in people),
        "other_case": sum(bool(p["email"]) and p["email"] != p["email"].lower() for p in people),
        "non_ascii": sum(any(ord(c) > 127 for c in p["name"]) for p in people),
    }
    return data, registrations, expect


# --- processes and measurements ---------------------------------------------------------------

def cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / CLK


def postgres_cpu_ms():
    """CPU of every PostgreSQL process (backends, WAL writer, checkpointer...)."""
    total = 0.0
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
            total += (int(fields[11]) + int(fields[12])) * 1000.0 / CLK
    return total


def host_jiffies():
    f = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    busy = f[0] + f[1] + f[2] + f[5] + f[6] + f[7]
    return busy, busy + f[3] + f[4]


def mem_mb(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def reset_peak(pid):
    """Resets VmHWM to the current RSS (Linux >= 4.0); False when not allowed."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def request(method, path, body=None, headers=None, timeout=120):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        return r.status, r.getheaders(), data
    finally:
        conn.close()


def api(method, path, body=None, token=None):
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = "Bearer " + token
    status, _, data = request(method, path, json.dumps(body).encode() if body is not None else None, headers)
    text = data.decode()
    if status >= 300:
        raise SystemExit(f"{method} {path}: {status} {text[:500]}")
    return json.loads(text) if text else None


def multipart(fields, file_field, file_name, file_bytes):
    boundary = "----cascade-bench-" + os.urandom(8).hex()
    parts = []
    for k, v in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                 f"Content-Type: text/csv\r\n\r\n".encode() + file_bytes + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def wait_http(path, server, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if request("GET", path, timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server did not answer {path}")


class Db:
    def __init__(self, backend, data_dir):
        self.backend = backend
        self.path = os.path.join(data_dir, "cascade.db")
        self.dir = data_dir

    def url(self):
        return f"sqlite://{self.path}" if self.backend == "sqlite" else PG_URL

    def seed_registrations(self, training_id, registrations):
        """2,000 confirmed registrations, inserted with SQL in one transaction.

        Seeding is not what is measured, so it takes the cheapest honest way: rows exactly as
        `registration::service::record_participant` (an organiser's backfill of a confirmed
        participant) writes them, in the columns of migrations/*/..._registration/up.sql:
        e-mail in lower case (as `domain::Email::parse` stores it), status 'confirmed',
        confirmed_at set, a random link nonce. Nothing reads domain events or caches for these
        rows on the import's path: the import reads `registrations` directly
        (`registration::queries::list`). The organisers' CSV invitee import would send 2,000
        invitation e-mails and need 2,000 confirmations through their links, minutes of work
        that says nothing about the attendance import."""
        now = "2023-02-01 09:00:00"
        rows = [(training_id, email, name, "Bench Office", "KR", now, os.urandom(16).hex(), now, now, now)
                for email, name in registrations]
        sql = ("INSERT INTO registrations (training_id, email, full_name, organisation, country, sex, status, "
               "consent_at, link_nonce, confirmed_at, created_at, updated_at) VALUES ")
        if self.backend == "sqlite":
            con = sqlite3.connect(self.path, timeout=30)
            con.executemany(sql + "(?, ?, ?, ?, ?, NULL, 'confirmed', ?, ?, ?, ?, ?)", rows)
            con.commit()
            con.close()
        else:
            def lit(v):
                return str(v) if isinstance(v, int) else "'" + str(v).replace("'", "''") + "'"
            values = ",\n".join("(" + ", ".join([lit(r[0]), lit(r[1]), lit(r[2]), lit(r[3]), lit(r[4]), "NULL",
                                                 "'confirmed'", lit(r[5]), lit(r[6]), lit(r[7]), lit(r[8]),
                                                 lit(r[9])]) + ")" for r in rows)
            path = os.path.join(self.dir, "seed.sql")
            with open(path, "w", encoding="utf-8") as f:
                f.write("BEGIN;\n" + sql + values + ";\nCOMMIT;\n")
            sh(f"psql -q -X -v ON_ERROR_STOP=1 '{PG_URL}' -f '{path}'")
        got = self.scalar(f"SELECT count(*) FROM registrations WHERE training_id = {training_id} AND status = 'confirmed'")
        assert got == len(registrations), (got, len(registrations))

    def scalar(self, sql):
        if self.backend == "sqlite":
            con = sqlite3.connect(self.path, timeout=30)
            try:
                return con.execute(sql).fetchone()[0]
            finally:
                con.close()
        return int(sh(f"psql -q -X -At -v ON_ERROR_STOP=1 '{PG_URL}' -c \"{sql}\"").strip())


def check_preview(p, expect, apply):
    problems = []
    for k in ("matched", "matched_by_name", "ambiguous", "unmatched"):
        if p[k] != expect[k]:
            problems.append(f"{k} {p[k]} != {expect[k]}")
    if len(p["people"]) != expect["people"]:
        problems.append(f"people {len(p['people'])} != {expect['people']}")
    if len(p["skipped"]) != expect["skipped"]:
        problems.append(f"skipped {len(p['skipped'])} != {expect['skipped']}")
    wrong = [(q["line"], q["minutes"], expect["minutes_by_line"].get(q["line"])) for q in p["people"]
             if expect["minutes_by_line"].get(q["line"]) != q["minutes"]]
    if wrong:
        problems.append(f"{len(wrong)} people with other minutes than expected, e.g. (line, got, expected) {wrong[:3]}")
    if sum(q["joins"] for q in p["people"]) != expect["rows"]:
        problems.append(f"joins {sum(q['joins'] for q in p['people'])} != {expect['rows']}")
    if p["applied"] != apply:
        problems.append(f"applied is {p['applied']}")
    if apply and p["changed"] != expect["matched"] + expect["matched_by_name"]:
        problems.append(f"changed {p['changed']} != {expect['matched'] + expect['matched_by_name']}")
    if problems:
        raise SystemExit("the import's answer is not what the report holds: " + "; ".join(problems))


def measure(server_pid, backend, fn):
    """Runs fn() (one HTTP request) and measures it."""
    rss0 = mem_mb(server_pid, "VmRSS")
    hwm_reset = reset_peak(server_pid)
    pg0 = postgres_cpu_ms() if backend == "postgres" else 0.0
    c0 = cpu_ms(server_pid)
    h0 = host_jiffies()
    t0 = time.perf_counter()
    result = fn()
    wall = time.perf_counter() - t0
    h1 = host_jiffies()
    c1 = cpu_ms(server_pid)
    pg1 = postgres_cpu_ms() if backend == "postgres" else 0.0
    total_ms = (h1[1] - h0[1]) * 1000.0 / CLK
    busy_ms = (h1[0] - h0[0]) * 1000.0 / CLK
    # our own CPU (this script) is not measured separately; it only reads the answer meanwhile
    other = max(0.0, busy_ms - (c1 - c0) - (pg1 - pg0))
    return result, {
        "wall": wall, "cpu": c1 - c0, "db_cpu": pg1 - pg0 if backend == "postgres" else None,
        "other_pct": 100.0 * other / total_ms if total_ms else 0.0,
        "rss_before": rss0, "peak": mem_mb(server_pid, "VmHWM"), "hwm_reset": hwm_reset,
    }


def wait_quiet(label, results):
    """Waits (bounded) until other processes leave the CPUs alone (<= 10 % busy over 5 s): a build
    or a test run beside the benchmark takes CPU from the server and lengthens every request."""
    deadline = time.time() + QUIET_WAIT
    while True:
        h0 = host_jiffies()
        time.sleep(5)
        h1 = host_jiffies()
        busy = 100.0 * (h1[0] - h0[0]) / max(1, h1[1] - h0[1])
        if busy <= 10:
            return
        if time.time() >= deadline:
            results["notes"].append(f"WARNING: the host stayed busy ({busy:.0f}% of the CPUs) for {QUIET_WAIT} s "
                                    f"before the {label} runs; they went ahead anyway (see the Other CPU column).")
            return
        log(f"the host is {busy:.0f}% busy with something else; waiting for it to be quiet (up to {QUIET_WAIT} s)")


def run_backend(backend, report, registrations, expect, results):
    data = tempfile.mkdtemp(prefix=f"cascade-bench-att-{backend}-")
    db = Db(backend, data)
    if backend == "postgres":
        sh(f"psql -q -X '{PG_ADMIN}' -c 'DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)' -c 'CREATE DATABASE {PG_DB}'")
    # only these settings: none inherited from the caller (CASCADE_ENV or CASCADE__* could
    # change what is measured); cwd has no config/, so built-in defaults + these apply
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASCADE")}
    env.update({
        "CASCADE__DATABASE__URL": db.url(),
        "CASCADE__DATA__DIR": data,
        "CASCADE__SERVER__BIND": f"{HOST}:{PORT}",
        "CASCADE__SERVER__PUBLIC_URL": BASE,
        "CASCADE__LOG__LEVEL": "warn",
    })
    subprocess.run([BIN, "admin", "create", "--email", EMAIL, "--name", "Bench Lead"],
                   env=dict(env, CASCADE_ADMIN_PASSWORD=PASSWORD), check=True, capture_output=True, cwd=data)
    server_log = open(os.path.join(data, "server.log"), "w")
    server = subprocess.Popen([BIN, "serve"], env=env, cwd=data, stdout=server_log, stderr=subprocess.STDOUT)
    try:
        wait_http("/healthz", server)
        if os.path.realpath(f"/proc/{server.pid}/exe") != os.path.realpath(BIN):
            raise SystemExit(f"PID {server.pid} is not {BIN}")
        # --- setup (not measured) ---
        token = api("POST", "/api/v1/auth/token", {"email": EMAIL, "password": PASSWORD})["token"]
        org = api("POST", "/api/v1/organisations", {"name": "Bench Office", "country": "KR"}, token)
        training = api("POST", "/api/v1/trainings", {"title": "Attendance import benchmark", "timezone": TZ_NAME,
                                                      "organisation_id": org["id"]}, token)["id"]
        session = api("POST", f"/api/v1/trainings/{training}/sessions",
                      {"title": "Day 1", "starts_at": START.strftime("%Y-%m-%dT%H:%M"),
                       "ends_at": END.strftime("%Y-%m-%dT%H:%M")}, token)["id"]
        t0 = time.perf_counter()
        db.seed_registrations(training, registrations)
        log(f"{backend}: {len(registrations)} confirmed registrations inserted in {time.perf_counter() - t0:.2f} s")
        # a browser session for the undo button (a page route; the API has no undo)
        form = urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD, "csrf_token": CSRF})
        status, headers, _ = request("POST", "/sign-in", form, {
            "content-type": "application/x-www-form-urlencoded", "cookie": f"cascade_csrf={CSRF}"})
        session_cookie = next((v.split(";", 1)[0] for k, v in headers
                               if k.lower() == "set-cookie" and v.startswith("cascade_session=")), None)
        if status != 303 or not session_cookie:
            raise SystemExit(f"sign-in failed: {status}")
        path = f"/api/v1/trainings/{training}/sessions/{session}/attendance/import"
        wait_quiet(backend, results)
        if server.poll() is not None:
            raise SystemExit(f"the server exited (status {server.returncode}) while the script waited")
        hwm_start = mem_mb(server.pid, "VmHWM")
        rss_start = mem_mb(server.pid, "VmRSS")

        def import_request(apply):
            """The request, built before the clock starts; the answer is parsed after it stops."""
            fields = {"format": "zoom_webinar", "timezone": TZ_NAME, "apply": "true" if apply else "false"}
            if apply:
                fields["confirm_names"] = "true"
            body, ctype = multipart(fields, "file", "zoom_webinar_attendee_report.csv", report)
            return lambda: request("POST", path, body, {"authorization": "Bearer " + token, "content-type": ctype})

        def answer(response):
            status, _, data = response
            if status != 200:
                raise SystemExit(f"import answered {status}: {data[:500]!r}")
            return json.loads(data), len(data)

        def undo(import_id):
            status, _, data = request("POST", f"/trainings/{training}/attendance/imports/{import_id}/undo",
                                      urllib.parse.urlencode({"csrf_token": CSRF}),
                                      {"content-type": "application/x-www-form-urlencoded",
                                       "cookie": f"{session_cookie}; cascade_csrf={CSRF}"})
            m = re.search(rb"Import undone: (\d+) marks restored", data)
            if status != 200 or not m:
                raise SystemExit(f"undo answered {status}: {data[:300]!r}")
            return int(m.group(1))

        # --- measured ---
        response, m = measure(server.pid, backend, import_request(False))
        p, size = answer(response)
        check_preview(p, expect, False)
        m.update(kind="warm-up preview", size=size)
        results["runs"].append(dict(m, backend=backend))
        log(f"{backend}: warm-up preview {m['wall']:.3f} s, {m['cpu']:.0f} CPU-ms, answer {size / 1024:.0f} KiB")
        time.sleep(1)
        for i in range(RUNS):
            response, m = measure(server.pid, backend, import_request(False))
            p, size = answer(response)
            check_preview(p, expect, False)
            m.update(kind="preview", size=size)
            results["runs"].append(dict(m, backend=backend))
            log(f"{backend}: preview {i + 1}: {m['wall']:.3f} s, {m['cpu']:.0f} CPU-ms"
                + (f" + {m['db_cpu']:.0f} in PostgreSQL" if m["db_cpu"] is not None else "")
                + f", other {m['other_pct']:.0f}%, peak RSS {m['peak']:.1f} MB")
            time.sleep(0.5)
        hwm_previews = mem_mb(server.pid, "VmHWM")
        marks0 = db.scalar("SELECT count(*) FROM attendance")
        for i in range(RUNS):
            response, m = measure(server.pid, backend, import_request(True))
            p, size = answer(response)
            check_preview(p, expect, True)
            marks = db.scalar(f"SELECT count(*) FROM attendance WHERE session_id = {session}")
            if marks != marks0 + p["changed"]:
                raise SystemExit(f"{marks} marks after the apply, expected {marks0 + p['changed']}")
            m.update(kind="apply", size=size, changed=p["changed"])
            results["runs"].append(dict(m, backend=backend))
            log(f"{backend}: apply {i + 1}: {m['wall']:.3f} s, {m['cpu']:.0f} CPU-ms"
                + (f" + {m['db_cpu']:.0f} in PostgreSQL" if m["db_cpu"] is not None else "")
                + f", {p['changed']} marks written, other {m['other_pct']:.0f}%, peak RSS {m['peak']:.1f} MB")
            time.sleep(0.5)
            restored, mu = measure(server.pid, backend, lambda: undo(p["import_id"]))
            if restored != p["changed"] or db.scalar("SELECT count(*) FROM attendance") != marks0:
                raise SystemExit(f"undo restored {restored} of {p['changed']} marks")
            mu.update(kind="undo (page, renders the grid)", size=0)
            results["runs"].append(dict(mu, backend=backend))
            time.sleep(0.5)
        results["memory"].append({
            "backend": backend, "rss_start": rss_start, "hwm_start": hwm_start, "hwm_previews": hwm_previews,
            "rss_end": mem_mb(server.pid, "VmRSS"), "hwm_end": mem_mb(server.pid, "VmHWM"),
            "threads": int(mem_mb(server.pid, "Threads") * 1024),
        })
        server_log.flush()
        errors = [l for l in open(os.path.join(data, "server.log"), errors="replace") if re.search("error|panick", l, re.I)]
        if errors:
            results["notes"].append(f"{backend} server log has errors: {' '.join(errors[:3])}")
    finally:
        if server.poll() is not None:  # it stopped on its own (or something else stopped it)
            server_log.flush()
            tail = open(os.path.join(data, "server.log"), errors="replace").read()[-2000:]
            log(f"{backend}: the server exited with status {server.returncode}; its log ends with:\n{tail}")
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server_log.close()
        shutil.rmtree(data, ignore_errors=True)
        if backend == "postgres":
            subprocess.run(f"psql -q -X '{PG_ADMIN}' -c 'DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)'",
                           shell=True, capture_output=True)


def fmt_s(x):
    return f"{x:.3f}"


def report_md(results, expect, report_bytes, commit):
    cpu = open("/proc/cpuinfo").read()
    model = re.search(r"model name\s*:\s*(.*)", cpu).group(1) if "model name" in cpu else "?"
    mem = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1)) / 1048576
    lines = [
        "# Attendance import benchmark (Zoom webinar attendee report)",
        "",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; commit: {commit}",
        f"- Machine: {os.cpu_count()} CPUs ({model}), {mem:.1f} GiB RAM, Linux {os.uname().release}",
        "- Command: `python3 bench/attendance_import.py`; release build, log level warn",
        f"- Report: {expect['rows']:,} join rows for {expect['people']:,} people + {expect['skipped']} "
        f"\"Attended = No\" rows, {len(report_bytes) / 1048576:.2f} MiB; {expect['overlapping_people']} people with "
        f"overlapping joins, {expect['early']} joining before the start, {expect['late']} leaving after the end, "
        f"{expect['other_case']} e-mails in other case, {expect['non_ascii']} non-ASCII names, "
        f"{N_GUESTS_NAME + N_GUESTS_AMBIGUOUS + N_GUESTS_UNKNOWN} guests without e-mail",
        f"- Expected matches (checked on every answer, with every person's minutes): {expect['matched']} by e-mail, "
        f"{expect['matched_by_name']} by name, {expect['ambiguous']} ambiguous, {expect['unmatched']} unmatched",
        "",
        f"## Wall time and CPU ({RUNS} runs each; targets: preview <= {TARGET_PREVIEW_S:g} s, apply <= {TARGET_APPLY_S:g} s)",
        "",
        "| Backend | Request | Median s | Max s | Server CPU-ms (median) | PostgreSQL CPU-ms (median) | Peak RSS during it, MB (max) | Other CPU (max) | Target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for backend in BACKENDS:
        for kind in ("preview", "apply", "undo (page, renders the grid)"):
            runs = [r for r in results["runs"] if r["backend"] == backend and r["kind"] == kind]
            if not runs:
                continue
            walls = [r["wall"] for r in runs]
            dbc = [r["db_cpu"] for r in runs if r["db_cpu"] is not None]
            target = {"preview": TARGET_PREVIEW_S, "apply": TARGET_APPLY_S}.get(kind)
            met = "—" if target is None else ("**met**" if max(walls) <= target else "**missed**")
            lines.append(
                f"| {backend} | {kind} | {fmt_s(statistics.median(walls))} | {fmt_s(max(walls))} | "
                f"{statistics.median(r['cpu'] for r in runs):.0f} | "
                f"{f'{statistics.median(dbc):.0f}' if dbc else '—'} | {max(r['peak'] for r in runs):.1f} | "
                f"{max(r['other_pct'] for r in runs):.0f}% | {met} |")
    lines += ["", "Every run:", "", "| Backend | Request | Wall s | Server CPU-ms | PostgreSQL CPU-ms | RSS before MB | Peak RSS MB | Other CPU | Answer KiB |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results["runs"]:
        lines.append(f"| {r['backend']} | {r['kind']} | {fmt_s(r['wall'])} | {r['cpu']:.0f} | "
                     f"{'—' if r['db_cpu'] is None else format(r['db_cpu'], '.0f')} | "
                     f"{r['rss_before']:.1f} | {r['peak']:.1f} | {r['other_pct']:.0f}% | {r['size'] / 1024:.0f} |")
    lines += ["", "## Memory of the server (MB)", "",
              "| Backend | RSS after setup | Peak (VmHWM) before any import | Peak after the previews | RSS at the end | Peak at the end | Threads |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for m in results["memory"]:
        lines.append(f"| {m['backend']} | {m['rss_start']:.1f} | {m['hwm_start']:.1f} | {m['hwm_previews']:.1f} | "
                     f"{m['rss_end']:.1f} | {m['hwm_end']:.1f} | {m['threads']} |")
    reset = all(r["hwm_reset"] for r in results["runs"])
    lines += ["",
              "Wall time: from sending the multipart request (the file is already in memory) to its last byte. "
              "Server CPU: utime + stime of the cascade process (all threads) from /proc/PID/stat, in 10 ms ticks. "
              "PostgreSQL CPU: the same for every `postgres` process. Other CPU: the share of all CPUs busy with "
              "anything else during the request (should be ~0 %; if not, the run was disturbed). "
              + ("Peak RSS during a request: VmHWM after resetting it through /proc/PID/clear_refs just before. "
                 if reset else "Peak RSS: the running VmHWM (the kernel refused to reset it). ")
              + "An apply request parses and matches the file, stores it as a preview and applies it, in one "
              "transaction; between applies the import is undone (page route), so each apply writes the same marks."]
    if results["notes"]:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in results["notes"]]
    return "\n".join(lines) + "\n"


def main():
    if not os.environ.get("BENCH_SKIP_BUILD"):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not os.access(BIN, os.X_OK):
        raise SystemExit(f"no binary at {BIN}")
    try:
        request("GET", "/healthz", timeout=1)
        raise SystemExit(f"something already answers on {BASE}; set BENCH_PORT to a free port")
    except OSError:
        pass
    t0 = time.perf_counter()
    report, registrations, expect = build_scenario()
    log(f"report: {expect['rows']} join rows, {expect['people']} people, {len(report) / 1048576:.2f} MiB, "
        f"generated in {time.perf_counter() - t0:.1f} s; {len(registrations)} registrations")
    if os.environ.get("BENCH_KEEP_REPORT"):
        open(os.environ["BENCH_KEEP_REPORT"], "wb").write(report)
    results = {"runs": [], "memory": [], "notes": []}
    for backend in BACKENDS:
        if backend == "postgres":
            try:
                sh(f"psql -q -X -At '{PG_ADMIN}' -c 'SELECT 1'")
            except (subprocess.CalledProcessError, FileNotFoundError):
                results["notes"].append(f"postgres skipped: cannot connect with {PG_ADMIN} (or psql is missing)")
                continue
        elif backend != "sqlite":
            raise SystemExit(f"unknown backend {backend} (use sqlite and/or postgres)")
        run_backend(backend, report, registrations, expect, results)
    try:
        commit = sh(f"git -C '{ROOT}' rev-parse --short HEAD").strip()
        if sh(f"git -C '{ROOT}' status --porcelain --untracked-files=no").strip():
            commit += " (with uncommitted changes)"
    except (subprocess.CalledProcessError, FileNotFoundError):
        commit = "unknown"
    md = report_md(results, expect, report, os.environ.get("BENCH_SOURCE_LABEL", commit))
    print(md)
    open(OUT, "w").write(md)


if __name__ == "__main__":
    main()
