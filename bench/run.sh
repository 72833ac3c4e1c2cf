#!/usr/bin/env bash
# bench/run.sh: a reproducible load benchmark of Cascade's public pages: the training page and
# a certificate's verification page and credential.
#
# Usage (from anywhere):    bash bench/run.sh
#
# What it does:
#   1. Builds the release binary (`cargo build --release`), honouring CARGO_TARGET_DIR.
#   2. For each backend (sqlite, postgres), once the host is quiet (see BENCH_QUIET_WAIT):
#        - starts `cascade serve` on 127.0.0.1:$BENCH_PORT with a fresh temporary data
#          directory and log level "warn" (a fresh database: a new SQLite file, or the
#          PostgreSQL database $BENCH_PG_DB dropped and created again);
#        - runs `cascade demo` to load the reference training;
#        - warms up (one request per endpoint, then a short wrk run), lets the server settle,
#          and reads the idle RSS (VmRSS in /proc/PID/status);
#        - for each endpoint, the public page /t/SLUG (with Accept-Encoding: gzip), the JSON
#          /api/v1/public/trainings/SLUG, a certificate's verification page /c/CODE (gzip) and
#          its credential /c/CODE/credential.json (CODE: the first the demo printed), runs
#              wrk -t$BENCH_THREADS -c$BENCH_CONNECTIONS -d$BENCH_DURATION --latency
#          and records requests/s, p50 and p99 latency, and the CPU the server used per
#          request: (utime + stime delta from /proc/PID/stat, in ms) / requests served.
#          With PostgreSQL it also reports the CPU of the PostgreSQL backend processes that
#          served the app's pool ("DB CPU-ms/req"), which the server's own figure leaves out.
#          An extra row loads the JSON with "Accept-Encoding: gzip, br" (see BENCH_JSON_COMPRESSED);
#        - reads the peak RSS (VmHWM) and stops the server.
#   3. Measures the first-visit page weight: the gzip-compressed public page plus every
#      /static/ file it references (app.css, app.js), as bytes on the wire with
#      Accept-Encoding: gzip. The target is <= 30 KB.
#   4. Prints a markdown report and writes it to bench/results-latest.md.
#
# Traffic goes to 127.0.0.1 only. Every wait is bounded; the server is stopped on exit.
# wrk runs on the same machine and shares its cores with the server (and with PostgreSQL).
#
# Settings (environment variables, all optional):
#   CARGO_TARGET_DIR      where cargo builds (default: <repo>/target)
#   BENCH_SKIP_BUILD=1    use the existing release binary instead of building
#   BENCH_BACKENDS        "sqlite postgres" (default); either one alone also works
#   BENCH_PORT            18080
#   BENCH_DURATION        15s    (wrk -d)
#   BENCH_CONNECTIONS     64     (wrk -c)
#   BENCH_THREADS         2      (wrk -t)
#   BENCH_WARMUP          3s     (wrk -d of the warm-up run)
#   BENCH_PG_ADMIN_URL    postgres://postgres@127.0.0.1:5432/postgres  (used to recreate the db)
#   BENCH_PG_URL          postgres://postgres@127.0.0.1:5432/cascade_bench (what the app uses)
#   BENCH_PG_DB           cascade_bench (dropped and created again: do not point it at real data)
#   BENCH_OUT             <repo>/bench/results-latest.md
#   BENCH_SOURCE_LABEL    what was built, for the report (default: the git commit of <repo>)
#   BENCH_QUIET_WAIT      600: before each backend, wait up to this many seconds for the host
#                         to be quiet (<= 10% CPU busy over 5 s), then go ahead with a warning
#   BENCH_JSON_COMPRESSED 1: also load the JSON with "Accept-Encoding: gzip, br", as browsers
#                         send it (an extra row; 0 skips it)
#
# Needs: cargo, curl, wrk (apt-get install -y wrk), gzip, awk; psql for the postgres backend.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="$TARGET_DIR/release/cascade"
BACKENDS="${BENCH_BACKENDS:-sqlite postgres}"
PORT="${BENCH_PORT:-18080}"
DURATION="${BENCH_DURATION:-15s}"
CONNS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-3s}"
PG_DB="${BENCH_PG_DB:-cascade_bench}"
PG_ADMIN_URL="${BENCH_PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PG_URL="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/$PG_DB}"
OUT="${BENCH_OUT:-$ROOT/bench/results-latest.md}"
QUIET_WAIT="${BENCH_QUIET_WAIT:-600}"
SLUG="tot-digital-corruption-reporting-2023"
BASE="http://127.0.0.1:$PORT"
PAGE_PATH="/t/$SLUG"
JSON_PATH="/api/v1/public/trainings/$SLUG"
CLK_TCK="$(getconf CLK_TCK)"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

for tool in curl wrk gzip awk; do
  command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install -y wrk)"
done

WORK="$(mktemp -d /tmp/cascade-bench.XXXXXX)"
SERVER_PID=""

stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do # up to 25 s (the server's own shutdown timeout is 20 s)
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build --------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != "1" ]]; then
  log "building release binary into $TARGET_DIR (the first build takes several minutes)"
  (cd "$ROOT" && CARGO_TARGET_DIR="$TARGET_DIR" cargo build --release) >&2
fi
[[ -x "$BIN" ]] || die "no binary at $BIN"

if curl -s -o /dev/null --max-time 1 "$BASE/healthz"; then
  die "something already answers on $BASE; set BENCH_PORT to a free port"
fi

# --- helpers ------------------------------------------------------------------------------

# The environment of every cascade process: only the settings below, none inherited from
# the caller (CASCADE_ENV or CASCADE__* could otherwise change what is measured).
# It ends in `exec`, so call it in the background (`cascade_exec ... &`, then $! is the
# server's own PID) or in a subshell (`(cascade_exec ...)`).
cascade_exec() { # cascade_exec DIR DB_URL ARGS...
  local dir="$1" url="$2" v
  shift 2
  for v in $(compgen -e | grep '^CASCADE' || true); do unset "$v"; done
  cd "$dir" # no config/ directory here, so only the built-in defaults + env apply
  export CASCADE__DATA__DIR="$dir/data" CASCADE__DATABASE__URL="$url" \
    CASCADE__SERVER__BIND="127.0.0.1:$PORT" CASCADE__SERVER__PUBLIC_URL="$BASE" \
    CASCADE__LOG__LEVEL=warn CASCADE__SERVER__WORKERS=0
  exec "$BIN" "$@"
}

# utime+stime of a process (all its threads), in clock ticks.
cpu_ticks() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo 0; return; }
  stat="${stat##*) }" # drop "pid (comm) ", comm may hold spaces
  awk '{ print $12 + $13 }' <<<"$stat" # fields 14 and 15 of the full line
}

status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

# PIDs of PostgreSQL backends connected to the bench database.
pg_backend_pids() {
  psql "$PG_ADMIN_URL" -XAtqc "SELECT pid FROM pg_stat_activity WHERE datname = '$PG_DB' AND pid <> pg_backend_pid()" 2>/dev/null || true
}

# "pid:ticks" lines for the given PIDs.
snapshot_ticks() { local p; for p in "$@"; do echo "$p:$(cpu_ticks "$p")"; done; }

# Total ticks gained since a snapshot by the given PIDs (new ones count from 0).
ticks_since() { # ticks_since "SNAPSHOT" PIDS...
  local snap="$1" p now before total=0
  shift
  for p in "$@"; do
    now="$(cpu_ticks "$p")"
    before="$(awk -F: -v p="$p" '$1 == p { print $2 }' <<<"$snap")"
    total=$((total + now - ${before:-0}))
  done
  echo "$total"
}

# Host-wide busy and total jiffies from /proc/stat.
host_jiffies() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }

# CPU ticks of this shell's finished children (wrk included), from the `times` builtin.
# Call it without $(...): it writes to $WORK/times, then prints.
children_ticks() {
  times >"$WORK/times"
  awk -v hz="$CLK_TCK" 'NR == 2 {
      t = 0
      for (i = 1; i <= 2; i++) { v = $i; sub(/s$/, "", v); split(v, p, "m"); t += p[1] * 60 + p[2] }
      printf "%.0f", t * hz
    }' "$WORK/times"
}

# Percentage of all CPUs busy over SECONDS, while nothing of ours should be running.
host_busy_over() {
  local a b
  read -r -a a <<<"$(host_jiffies)"
  sleep "$1"
  read -r -a b <<<"$(host_jiffies)"
  awk -v x="$((b[0] - a[0]))" -v y="$((b[1] - a[1]))" 'BEGIN { printf "%.0f", y ? 100 * x / y : 0 }'
}

# wrk latency ("812.00us", "1.23ms", "1.05s") to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "?" }
  }'
}

wait_healthy() {
  for _ in $(seq 1 120); do # up to 60 s
    kill -0 "$SERVER_PID" 2>/dev/null || return 1
    curl -sf -o /dev/null --max-time 2 "$BASE/healthz" && return 0
    sleep 0.5
  done
  return 1
}

# Checks that an endpoint answers 200 (and, for the page, in gzip) before loading it.
check_endpoint() { # check_endpoint PATH EXPECT_GZIP
  local headers
  headers="$(curl -s -D - -o /dev/null --max-time 5 -H 'Accept-Encoding: gzip' "$BASE$1")"
  grep -q '^HTTP/1.1 200' <<<"$headers" || die "GET $1 did not answer 200: $headers"
  if [[ "$2" == 1 ]] && ! grep -qi '^content-encoding: gzip' <<<"$headers"; then
    die "GET $1 with Accept-Encoding: gzip was not gzip-encoded"
  fi
}

ROWS=()    # figures table rows
MEMROWS=() # memory table rows
NOTES=()

bench_endpoint() { # bench_endpoint BACKEND LABEL PATH [wrk header args...]
  local backend="$1" label="$2" path="$3"
  shift 3
  local out snap_pg="" pg_pids=() before after host0 host1
  if [[ "$backend" == postgres ]]; then
    mapfile -t pg_pids < <(pg_backend_pids)
    snap_pg="$(snapshot_ticks "${pg_pids[@]}")"
  fi
  before="$(cpu_ticks "$SERVER_PID")"
  children_ticks >"$WORK/wrk0"
  read -r -a host0 <<<"$(host_jiffies)"
  log "$backend: wrk -t$THREADS -c$CONNS -d$DURATION --latency $* $BASE$path"
  out="$(timeout 300 wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$@" "$BASE$path")" || die "wrk failed: $out"
  after="$(cpu_ticks "$SERVER_PID")"
  read -r -a host1 <<<"$(host_jiffies)"
  children_ticks >"$WORK/wrk1"
  printf '%s\n' "$out" >"$WORK/wrk-$backend-$label.txt"

  local rps requests p50 p99 errors cpu_ms db_cpu="n/a" host_busy pg_ticks=0 wrk_ticks other
  rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")"
  requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
  p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
  errors="$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")"
  [[ "${requests:-0}" -gt 0 ]] || die "wrk served no requests: $out"
  cpu_ms="$(awk -v t="$((after - before))" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')"
  if [[ "$backend" == postgres ]]; then
    mapfile -t -O "${#pg_pids[@]}" pg_pids < <(pg_backend_pids)
    pg_ticks="$(ticks_since "$snap_pg" $(printf '%s\n' "${pg_pids[@]}" | sort -un))"
    db_cpu="$(awk -v t="$pg_ticks" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')"
  fi
  host_busy="$(awk -v b="$((host1[0] - host0[0]))" -v t="$((host1[1] - host0[1]))" 'BEGIN { printf "%.0f%%", t ? 100 * b / t : 0 }')"
  wrk_ticks=$(($(cat "$WORK/wrk1") - $(cat "$WORK/wrk0")))
  # CPU used by anything but the server, the database and wrk, as a share of all CPUs
  other="$(awk -v b="$((host1[0] - host0[0] - (after - before) - pg_ticks - wrk_ticks))" -v t="$((host1[1] - host0[1]))" 'BEGIN { o = t ? 100 * b / t : 0; if (o < 0) o = 0; printf "%.0f", o }')"
  local wrk_share
  wrk_share="$(awk -v w="$wrk_ticks" -v t="$((host1[1] - host0[1]))" 'BEGIN { printf "%.0f%%", t ? 100 * w / t : 0 }')"
  if ((errors > 0)); then
    NOTES+=("$backend $label: wrk reported $(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | tr '\n' ';')")
  fi
  if ((other > 5)); then
    NOTES+=("$backend $label: other processes used $other% of the CPUs during the run; its figures are understated.")
  fi
  ROWS+=("| $backend | $label | $rps | $p50 | $p99 | $cpu_ms | $db_cpu | $requests | $errors | $host_busy | $wrk_share | $other% |")
  log "$backend $label: $rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu_ms server CPU-ms/req, db $db_cpu, errors $errors"
}

PAGE_WEIGHT_DONE=0
PAGE_ROWS=()
PAGE_TOTAL=0

page_weight() {
  local html assets a bytes enc raw gz9
  html="$(curl -s --compressed --max-time 5 "$BASE$PAGE_PATH")"
  assets="$(grep -oE '(src|href)="/static/[^"]*"' <<<"$html" | sed -E 's/^(src|href)="//; s/"$//' | sort -u)"
  for a in "$PAGE_PATH" $assets; do
    # bytes on the wire as a browser asking for gzip receives them
    bytes="$(curl -s -D "$WORK/headers" -o "$WORK/body" --max-time 5 -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$a")"
    enc="$(awk -F': *' 'tolower($1) == "content-encoding" { gsub(/\r/, "", $2); print $2 }' "$WORK/headers")"
    curl -s --compressed --max-time 5 -o "$WORK/plain" "$BASE$a"
    raw="$(wc -c <"$WORK/plain")"
    gz9="$(gzip -9 -c "$WORK/plain" | wc -c)"
    PAGE_ROWS+=("| \`$a\` | $raw | $bytes | ${enc:-none} | $gz9 |")
    PAGE_TOTAL=$((PAGE_TOTAL + bytes))
  done
  for need in /static/app.css /static/app.js; do
    grep -q "^$need" <<<"$assets" || NOTES+=("The public page does not reference $need.")
  done
  PAGE_WEIGHT_DONE=1
}

# Waits (bounded) until other processes leave the CPUs alone: builds or tests running beside
# the benchmark would take CPU from the server and wrk and understate every figure.
wait_quiet() {
  local deadline=$((SECONDS + QUIET_WAIT)) b
  while :; do
    b="$(host_busy_over 5)"
    ((b <= 10)) && return 0
    if ((SECONDS >= deadline)); then
      NOTES+=("WARNING: the host stayed busy (${b}% of the CPUs) for ${QUIET_WAIT} s before the $1 runs; they went ahead anyway.")
      return 0
    fi
    log "the host is ${b}% busy with something else; waiting for it to be quiet (up to ${QUIET_WAIT} s)"
  done
}

# --- the runs -----------------------------------------------------------------------------
for backend in $BACKENDS; do
  wait_quiet "$backend"
  dir="$WORK/$backend"
  mkdir -p "$dir/data"
  case "$backend" in
    sqlite) url="sqlite://$dir/data/cascade.db" ;;
    postgres)
      command -v psql >/dev/null || { NOTES+=("postgres skipped: psql is not installed."); continue; }
      if ! psql "$PG_ADMIN_URL" -XAtqc 'SELECT 1' >/dev/null 2>&1; then
        NOTES+=("postgres skipped: cannot connect with $PG_ADMIN_URL.")
        log "postgres not reachable at $PG_ADMIN_URL; skipping"
        continue
      fi
      psql "$PG_ADMIN_URL" -Xq -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB" >&2
      url="$PG_URL"
      ;;
    *) die "unknown backend $backend (use sqlite and/or postgres)" ;;
  esac

  log "$backend: starting the server ($url)"
  cascade_exec "$dir" "$url" serve >"$dir/server.log" 2>&1 &
  SERVER_PID=$!
  wait_healthy || { cat "$dir/server.log" >&2; die "$backend: the server did not become healthy"; }
  # the figures below read /proc/$SERVER_PID: make sure it is the server itself
  [[ "$(readlink "/proc/$SERVER_PID/exe")" == "$(readlink -f "$BIN")" ]] || die "PID $SERVER_PID is not $BIN"
  log "$backend: loading the demo"
  cascade_exec "$dir" "$url" demo >"$dir/demo.log" 2>&1 &
  demo_pid=$!
  for _ in $(seq 1 240); do kill -0 "$demo_pid" 2>/dev/null || break; sleep 0.5; done # up to 2 min
  kill -0 "$demo_pid" 2>/dev/null && { kill "$demo_pid"; die "$backend: cascade demo did not finish in 2 minutes"; }
  wait "$demo_pid" || { cat "$dir/demo.log" >&2; die "$backend: cascade demo failed"; }
  rss_start="$(status_kb "$SERVER_PID" VmRSS)"

  # a certificate the demo issued: its verification page and credential JSON
  CERT_CODE="$(grep -oE '/c/[0-9A-Z]{12}' "$dir/demo.log" | head -n1 | cut -c4-)"
  [[ -n "$CERT_CODE" ]] || die "$backend: cascade demo printed no certificate code"
  check_endpoint "$PAGE_PATH" 1
  check_endpoint "$JSON_PATH" 0
  check_endpoint "/c/$CERT_CODE" 1
  check_endpoint "/c/$CERT_CODE/credential.json" 0
  log "$backend: warming up ($WARMUP per endpoint)"
  timeout 60 wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$BASE$PAGE_PATH" >/dev/null
  timeout 60 wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$BASE$JSON_PATH" >/dev/null
  timeout 60 wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$BASE/c/$CERT_CODE" >/dev/null
  timeout 60 wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$BASE/c/$CERT_CODE/credential.json" >/dev/null
  idle_busy="$(host_busy_over 3)" # the server is idle now: this is everything else on the host
  NOTES+=("$backend: the host's CPUs were $idle_busy% busy for 3 s with the server idle, just before the runs.")
  ((idle_busy <= 10)) || NOTES+=("$backend: WARNING: other processes were busy before the runs; rerun on a quiet machine.")
  rss_idle="$(status_kb "$SERVER_PID" VmRSS)"
  threads="$(status_kb "$SERVER_PID" Threads)"

  [[ "$PAGE_WEIGHT_DONE" == 1 ]] || page_weight

  bench_endpoint "$backend" "public page (gzip)" "$PAGE_PATH" -H 'Accept-Encoding: gzip'
  sleep 2
  bench_endpoint "$backend" "JSON" "$JSON_PATH"
  if [[ "${BENCH_JSON_COMPRESSED:-1}" == 1 ]]; then
    # Extra, for information: the JSON as a browser asks for it (compressed on the fly).
    sleep 2
    bench_endpoint "$backend" "JSON, Accept-Encoding: gzip, br" "$JSON_PATH" -H 'Accept-Encoding: gzip, br'
  fi

  sleep 2
  bench_endpoint "$backend" "certificate page (gzip)" "/c/$CERT_CODE" -H 'Accept-Encoding: gzip'
  sleep 2
  bench_endpoint "$backend" "credential JSON" "/c/$CERT_CODE/credential.json"

  rss_end="$(status_kb "$SERVER_PID" VmRSS)"
  hwm="$(status_kb "$SERVER_PID" VmHWM)"
  MEMROWS+=("| $backend | $(awk -v k="$rss_start" 'BEGIN { printf "%.1f", k / 1024 }') | $(awk -v k="$rss_idle" 'BEGIN { printf "%.1f", k / 1024 }') | $(awk -v k="$rss_end" 'BEGIN { printf "%.1f", k / 1024 }') | $(awk -v k="$hwm" 'BEGIN { printf "%.1f", k / 1024 }') | $threads |")
  if grep -qiE 'error|panick' "$dir/server.log"; then
    NOTES+=("$backend server log has errors: $(grep -iE 'error|panick' "$dir/server.log" | head -3 | tr '\n' ' ')")
  fi
  stop_server
  [[ "$backend" == postgres ]] && psql "$PG_ADMIN_URL" -Xq -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >&2 || true
done

# --- report -------------------------------------------------------------------------------
if [[ -n "${BENCH_SOURCE_LABEL:-}" ]]; then
  commit="$BENCH_SOURCE_LABEL"
else
  commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]] && commit="$commit (with uncommitted changes)"
fi
cpu_model="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
mem_total="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"

{
  echo "# Cascade benchmark results"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Commit: $commit"
  echo "- Machine: $(nproc) CPUs, $cpu_model, $mem_total RAM, Linux $(uname -r)"
  echo "- Load: \`wrk -t$THREADS -c$CONNS -d$DURATION --latency\` on 127.0.0.1 (wrk shares the CPUs with the server)"
  echo "- Server: release build, log level warn, workers = one per CPU, fresh database + \`cascade demo\`"
  echo
  echo "## Throughput, latency and CPU per request"
  echo
  echo "| Backend | Endpoint | Requests/s | p50 ms | p99 ms | Server CPU-ms/req | DB CPU-ms/req | Requests | Errors | Host CPU busy | wrk CPU | Other CPU |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Server CPU-ms/req = (utime + stime of the cascade process during the run) / requests served."
  echo "DB CPU-ms/req = the same for the PostgreSQL backend processes serving the app's pool."
  echo "Host CPU busy = share of all CPUs busy during the run; wrk CPU = the load generator's share;"
  echo "Other CPU = the share used by anything else (should be ~0%; if not, the run was disturbed)."
  echo
  echo "## Memory (MB)"
  echo
  echo "| Backend | RSS after start + demo | Idle RSS after warm-up | RSS after the runs | Peak RSS (VmHWM) | Threads |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${MEMROWS[@]}"
  echo
  if [[ "$PAGE_WEIGHT_DONE" == 1 ]]; then
    echo "## First-visit page weight"
    echo
    echo "| Resource | Uncompressed bytes | Bytes on the wire (Accept-Encoding: gzip) | Content-Encoding | gzip -9 bytes |"
    echo "|---|---:|---:|---|---:|"
    printf '%s\n' "${PAGE_ROWS[@]}"
    echo "| **Total** | | **$PAGE_TOTAL** ($(awk -v b="$PAGE_TOTAL" 'BEGIN { printf "%.1f", b / 1024 }') KiB) | | |"
    echo
    echo "Target: <= 30 KB. Response headers are not counted."
  fi
  if ((${#NOTES[@]})); then
    echo
    echo "## Notes"
    echo
    printf -- '- %s\n' "${NOTES[@]}"
  fi
} | tee "$OUT"
log "written to $OUT"
