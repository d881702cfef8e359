#!/usr/bin/env bash
# CareLedger benchmarks: one command, unattended, bounded in time. See docs/performance.md.
#
#   bench/run.sh            full size (1,000,000 events, 20 s per level, 3 runs): about two hours on 2 cores,
#                           at most about three when every step runs into its time limit
#   bench/run.sh --quick    100,000 events, 10 s per level, 1 run: about 30 minutes
#   bench/run.sh --smoke    20,000 events, 5 s per level, 1 run, low rates: a few minutes; proves the
#                           harness works, measures nothing worth keeping
#
# Every size and duration is a BENCH_* environment variable (listed below with its default per mode).
# Writes bench/results/<UTC date and time>/report.md and report.json, plus the raw files of each step.
# Needs: JDK 17 (java, jstat), Maven, PostgreSQL 15 reachable as BENCH_PGUSER with the right to create
# databases, and pgbench/psql (found on PATH or under /usr/lib/postgresql/15/bin).
set -euo pipefail

MODE=full
for arg in "$@"; do
  case "$arg" in
    --quick) MODE=quick ;;
    --smoke) MODE=smoke ;;
    --full) MODE=full ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument $arg (use --quick, --smoke or nothing)" >&2; exit 2 ;;
  esac
done

pick() { # pick FULL QUICK SMOKE
  case "$MODE" in full) echo "$1" ;; quick) echo "$2" ;; smoke) echo "$3" ;; esac
}

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# ---- settings (environment overrides) ----
EVENTS=${BENCH_EVENTS:-$(pick 1000000 100000 20000)}
WARMUP=${BENCH_WARMUP:-$(pick 10 5 2)}
DURATION=${BENCH_DURATION:-$(pick 20 10 5)}
RUNS=${BENCH_RUNS:-$(pick 3 1 1)}
CONCURRENCY=${BENCH_CONCURRENCY:-1,8,32,128}
RATES=${BENCH_RATES:-$(pick 250,500,1000,2000 250,500,1000,2000 50,100)}
SETUP_PATIENTS=${BENCH_SETUP_PATIENTS:-$(pick 200 100 30)}
MAX_OUTSTANDING=${BENCH_MAX_OUTSTANDING:-2000}
REQUEST_TIMEOUT=${BENCH_REQUEST_TIMEOUT:-10}
SETTLE_MAX_SECONDS=${BENCH_SETTLE_MAX_SECONDS:-60}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-$(pick 10 5 3)}
PGBENCH_RUNS=${BENCH_PGBENCH_RUNS:-$RUNS}
GENERATE_THREADS=${BENCH_GENERATE_THREADS:-4}
GENERATE_BATCH=${BENCH_GENERATE_BATCH:-20}
GENERATE_MAX_SECONDS=${BENCH_GENERATE_MAX_SECONDS:-$(pick 1200 300 120)}
REPLAY_PROCESSORS=${BENCH_REPLAY_PROCESSORS:-auto}
REPLAY_MAX_SECONDS=${BENCH_REPLAY_MAX_SECONDS:-$(pick 180 120 60)}
CATCHUP_MAX_SECONDS=${BENCH_CATCHUP_MAX_SECONDS:-$(pick 2400 600 120)}
DATA_PROCESSORS=${BENCH_DATA_PROCESSORS:-patient-summary,patient-vital-signs,alert-views,audit-index,analytics-daily}
REPLAY_RUNS_DEFAULT=${BENCH_REPLAY_RUNS_DEFAULT:-1}
REPLAY_RUNS_TUNED=${BENCH_REPLAY_RUNS_TUNED:-$(pick 3 1 1)}
TUNED_ARGS=${BENCH_TUNED_ARGS:-"mode=pooled batch-size=500"}
CEILING_RUNS=${BENCH_CEILING_RUNS:-$(pick 3 1 1)}
QUERY_REQUESTS=${BENCH_QUERY_REQUESTS:-$(pick 2000 500 100)}
QUERY_CONCURRENCY=${BENCH_QUERY_CONCURRENCY:-4}
QUERY_RUNS=${BENCH_QUERY_RUNS:-$RUNS}
QUERY_MAX_SECONDS=${BENCH_QUERY_MAX_SECONDS:-$(pick 60 30 10)}   # per query and run (and per warm-up)
APP_JVM_OPTS=${BENCH_APP_JVM_OPTS:-"-Xms2g -Xmx2g"}
APP_PORT=${BENCH_PORT:-18080}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
export PGPASSWORD=${BENCH_PGPASSWORD:-${PGPASSWORD:-}}
export PGHOST PGPORT PGUSER
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
STEPS=${BENCH_STEPS:-load,ceilings,data}   # data = generation, replay, queries and database size
want() { [[ ",$STEPS," == *",$1,"* ]]; }
KEEP_DB=${BENCH_KEEP_DB:-0}
REUSED_DATA_DB=${BENCH_DATA_DB:-}   # a data set kept by an earlier run (BENCH_KEEP_DB=1): no generation; never dropped
# the demo users' password: new for every run, or the one the reused data set's users were created with
PASSWORD=${BENCH_DEMO_PASSWORD:-bench-password-$RANDOM$RANDOM}
[ -z "$REUSED_DATA_DB" ] || [ -n "${BENCH_DEMO_PASSWORD:-}" ] \
  || { echo "BENCH_DATA_DB needs BENCH_DEMO_PASSWORD: the password its demo users were created with" >&2; exit 2; }

STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
OUT=${BENCH_OUT:-$ROOT/bench/results}/$STAMP
mkdir -p "$OUT"
TAG=$(date -u +%Y%m%d%H%M%S)_$$
APP_DB=careledger_bench_load_$TAG
DATA_DB=${REUSED_DATA_DB:-careledger_bench_data_$TAG}
CEILING_DB=careledger_bench_ceiling_$TAG
APP_JAR="$ROOT/app/target/careledger-app-0.1.0-SNAPSHOT.jar"
BENCH_JAR_DIR="$ROOT/bench/target"
APP_PID=""
STARTED_AT=$(date +%s)

log() { echo "[bench $(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log"; }
fail() { log "FAILED: $*"; exit 1; }

for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
  [ -x "$dir/pgbench" ] && { PATH="$PATH:$dir"; break; }
done
for tool in java jstat psql pgbench createdb dropdb curl; do
  command -v "$tool" >/dev/null || fail "$tool not found"
done
psql -d postgres -Atqc 'select 1' >/dev/null || fail "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"

# ---- cleanup: always stop the application and drop the databases this run created ----
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  local code=$?
  stop_app
  if [ "$KEEP_DB" != 1 ]; then
    for db in "$APP_DB" "$DATA_DB" "$CEILING_DB"; do
      [ "$db" = "$REUSED_DATA_DB" ] || dropdb --if-exists "$db" 2>/dev/null || true
    done
  else
    log "kept databases $APP_DB $DATA_DB (BENCH_KEEP_DB=1); $CEILING_DB dropped; to reuse the data set:" \
      "BENCH_DATA_DB=$DATA_DB BENCH_DEMO_PASSWORD=\$(cat $OUT/demo-password)"
    (umask 077; echo "$PASSWORD" >"$OUT/demo-password")
    dropdb --if-exists "$CEILING_DB" 2>/dev/null || true
  fi
  if [ -f "$OUT/settings.json" ] && [ -d "$BENCH_JAR_DIR/classes" ]; then
    tool report --dir="$OUT" --status="$([ $code = 0 ] && echo complete || echo "incomplete (exit $code)")" \
      >>"$OUT/run.log" 2>&1 || true
    [ -f "$OUT/report.md" ] && log "report: $OUT/report.md"
  fi
  log "finished in $(( $(date +%s) - STARTED_AT )) s (exit $code)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build ----
if [ "$SKIP_BUILD" != 1 ]; then
  log "building the application and the harness (mvn -Pbench -pl app,bench -am package -DskipTests)"
  mvn -B -q -Pbench -pl app,bench -am package -DskipTests >"$OUT/build.log" 2>&1 || fail "build failed, see $OUT/build.log"
fi
[ -f "$APP_JAR" ] || fail "no $APP_JAR"
[ -d "$BENCH_JAR_DIR/lib" ] || fail "no $BENCH_JAR_DIR/lib: build with mvn -Pbench -pl app,bench -am package"

tool() { java -Xmx1g -cp "$BENCH_JAR_DIR/classes:$BENCH_JAR_DIR/lib/*" org.careledger.bench.tool.Main "$@"; }
sql() { psql -v ON_ERROR_STOP=1 -Atq -d "$1" -c "$2"; }
jdbc() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$1"; }
BASE=http://127.0.0.1:$APP_PORT

# ---- the machine and the settings ----
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//;s/"/\\"/g')
mem_kb=$(grep MemTotal /proc/meminfo | tr -dc 0-9)
java_version=$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')
pg_version=$(sql postgres 'select version()' | sed 's/"/\\"/g')
pg_settings=$(sql postgres "select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings where name in ('autovacuum','max_connections','shared_buffers','synchronous_commit','fsync','wal_level','work_mem','max_wal_size','checkpoint_timeout')")
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$ROOT" status --porcelain 2>/dev/null | { grep -v '^??' || true; } | wc -l)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cat >"$OUT/settings.json" <<EOF
{
  "mode": "$MODE",
  "startedUtc": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": {"cores": $(nproc), "cpu": "$cpu_model", "memoryGb": $(( (mem_kb + 524288) / 1048576 )),
              "kernel": "$(uname -sr)", "loadAverageAtStart": "$load_before"},
  "versions": {"java": "$java_version", "postgres": "$pg_version", "careledgerCommit": "$commit",
               "uncommittedChanges": $dirty},
  "postgresSettings": "$pg_settings",
  "settings": {"events": $EVENTS, "warmupSeconds": $WARMUP, "durationSeconds": $DURATION, "runs": $RUNS,
               "concurrency": "$CONCURRENCY", "rates": "$RATES", "setupPatients": $SETUP_PATIENTS,
               "maxOutstanding": $MAX_OUTSTANDING, "requestTimeoutSeconds": $REQUEST_TIMEOUT, "settleMaxSeconds": $SETTLE_MAX_SECONDS,
               "pgbenchSeconds": $PGBENCH_SECONDS, "pgbenchRuns": $PGBENCH_RUNS,
               "generateThreads": $GENERATE_THREADS, "generateCommandsPerTransaction": $GENERATE_BATCH, "steps": "$STEPS", "generateMaxSeconds": $GENERATE_MAX_SECONDS,
               "replayProcessors": "$REPLAY_PROCESSORS", "replayMaxSeconds": $REPLAY_MAX_SECONDS, "catchUpMaxSeconds": $CATCHUP_MAX_SECONDS, "dataPhaseProcessors": "$DATA_PROCESSORS",
               "replayRunsDefault": $REPLAY_RUNS_DEFAULT, "replayRunsTuned": $REPLAY_RUNS_TUNED,
               "tunedProcessorSettings": "$TUNED_ARGS", "ceilingRuns": $CEILING_RUNS,
               "queryRequests": $QUERY_REQUESTS, "queryConcurrency": $QUERY_CONCURRENCY, "queryRuns": $QUERY_RUNS, "queryMaxSeconds": $QUERY_MAX_SECONDS,
               "appJvmOptions": "$APP_JVM_OPTS", "appDbPool": 20, "profile": "postgres"}
}
EOF
log "mode $MODE, results in $OUT"
[ "$MODE" = full ] || log "NOTE: $MODE mode - sizes and durations are reduced; figures are not comparable with full runs"

# ---- the application under test ----
# how the application is launched: as its jar; the data-set phases add the harness's classes (ProcessorHold)
APP_LAUNCH=(-jar "$APP_JAR")
BENCH_LAUNCH=(-cp "$APP_JAR" -Dloader.path="$BENCH_JAR_DIR/classes" org.springframework.boot.loader.launch.PropertiesLauncher)
# start_app NAME DB [extra args...]: starts on DB, waits for readiness, writes NAME-startup.json;
# a start refused because the database server had no free connection is tried again (3 times in all)
start_app() {
  local attempt
  for attempt in 1 2 3; do
    if start_app_once "$@"; then return 0; fi
    grep -q 'too many clients' "$OUT/app-$1.out" 2>/dev/null || fail "the application ($1) exited during start-up, see $OUT/app-$1.out"
    log "the database server had no free connection for the application ($1); trying again in 15 s"
    sleep 15
  done
  fail "the application ($1) could not start: the database server had no free connection"
}
start_app_once() {
  local name=$1 db=$2; shift 2
  local launched now
  launched=$(date +%s%N)
  # shellcheck disable=SC2086
  CARELEDGER_DB_URL=$(jdbc "$db") CARELEDGER_DB_USER=$PGUSER CARELEDGER_DB_PASSWORD=$PGPASSWORD \
  CARELEDGER_DEMO=true CARELEDGER_DEMO_PASSWORD=$PASSWORD \
    java $APP_JVM_OPTS "${APP_LAUNCH[@]}" --spring.profiles.active=postgres --server.port="$APP_PORT" \
      --logging.file.name="$OUT/app-$name.log" --logging.level.root=WARN \
      --logging.level.org.careledger=INFO --logging.level.org.springframework.boot.StartupInfoLogger=INFO \
      "$@" >"$OUT/app-$name.out" 2>&1 &
  APP_PID=$!
  local deadline=$(( $(date +%s) + ${BENCH_START_TIMEOUT:-600} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -fsS "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      now=$(date +%s%N)
      local spring
      spring=$(grep -o 'Started CareLedgerApplication in [0-9.]* seconds' "$OUT/app-$name.out" | grep -o '[0-9.]*' | head -1 || true)
      echo "{\"name\": \"$name\", \"secondsToReady\": $(( (now - launched) / 1000000 ))e-3, \"springReportedSeconds\": ${spring:-null}, \"rssMbAtReady\": $(( $(grep VmRSS /proc/$APP_PID/status | tr -dc 0-9) / 1024 ))}" >"$OUT/startup-$name.json"
      log "application ($name) ready in $(( (now - launched) / 1000000 )) ms, pid $APP_PID"
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { wait "$APP_PID" 2>/dev/null || true; APP_PID=""; return 1; }
    sleep 0.1
  done
  fail "the application ($name) was not ready after ${BENCH_START_TIMEOUT:-600} s"
}

elapsed() { echo $(( $(date +%s) - STARTED_AT )); }

# =========================== 1. command load over HTTP ===========================
PAYLOAD_BYTES=360 META_BYTES=250
if want load; then
log "1/5 command load: fresh database $APP_DB"
createdb "$APP_DB"
start_app empty "$APP_DB"
tool commands --base-url="$BASE" --password="$PASSWORD" --pid="$APP_PID" --out="$OUT/commands.json" \
  --warmup="$WARMUP" --duration="$DURATION" --runs="$RUNS" --concurrency="$CONCURRENCY" --rates="$RATES" \
  --patients="$SETUP_PATIENTS" --max-outstanding="$MAX_OUTSTANDING" --request-timeout="$REQUEST_TIMEOUT" \
  --settle-max-seconds="$SETTLE_MAX_SECONDS" \
  2>&1 | tee -a "$OUT/run.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "command load failed"
stop_app
# the event shape the ceilings copy: mean payload and metadata sizes of the events just written
read -r PAYLOAD_BYTES META_BYTES LOAD_EVENTS < <(sql "$APP_DB" \
  "select coalesce(round(avg(length(payload))),300)::int, coalesce(round(avg(length(metadata))),300)::int, count(*) from domainevententry" | tr '|' ' ')
log "events written by the load: $LOAD_EVENTS, mean payload $PAYLOAD_BYTES B, metadata $META_BYTES B ($(elapsed) s so far)"
[ "$KEEP_DB" = 1 ] || dropdb "$APP_DB"
fi

# =========================== 2. pgbench ceilings ===========================
if want ceilings; then
log "2/5 pgbench ceilings in scratch database $CEILING_DB"
createdb "$CEILING_DB"
psql -v ON_ERROR_STOP=1 -q -d "$CEILING_DB" <<EOF
CREATE TABLE ev (
    globalindex BIGSERIAL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL,
    type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL, metadata BYTEA, payload BYTEA NOT NULL,
    payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,
    CONSTRAINT uk_ev_aggregate_sequence UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT uk_ev_event UNIQUE (eventidentifier));
CREATE TABLE ev_lock (id INTEGER PRIMARY KEY);
INSERT INTO ev_lock VALUES (1);
-- aggregates for the command ceiling: 10,000 streams of 10 events (a patient with a few readings)
INSERT INTO ev (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)
SELECT 'agg-' || a, s, 'Patient', gen_random_uuid()::text, convert_to(repeat('m', $META_BYTES), 'UTF8'),
       convert_to(repeat('p', $PAYLOAD_BYTES), 'UTF8'), '1', 'org.careledger.api.patient.VitalSignsRecorded', now()::text
FROM generate_series(1, 10000) a, generate_series(0, 9) s;
VACUUM ANALYZE ev;
EOF
INSERT_ROW="INSERT INTO ev (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp)"
cat >"$OUT/pgbench-append.sql" <<EOF
-- raw append: one event-shaped row per transaction
$INSERT_ROW VALUES (gen_random_uuid()::text, 0, 'Patient', gen_random_uuid()::text, convert_to(repeat('m', $META_BYTES), 'UTF8'), convert_to(repeat('p', $PAYLOAD_BYTES), 'UTF8'), '1', 'org.careledger.api.patient.VitalSignsRecorded', now()::text);
EOF
cat >"$OUT/pgbench-append-ordered.sql" <<EOF
-- raw append behind the append lock, as CareLedger appends (docs/decisions.md, ordered appends)
BEGIN;
SELECT id FROM ev_lock WHERE id = 1 FOR UPDATE;
$INSERT_ROW VALUES (gen_random_uuid()::text, 0, 'Patient', gen_random_uuid()::text, convert_to(repeat('m', $META_BYTES), 'UTF8'), convert_to(repeat('p', $PAYLOAD_BYTES), 'UTF8'), '1', 'org.careledger.api.patient.VitalSignsRecorded', now()::text);
COMMIT;
EOF
cat >"$OUT/pgbench-command.sql" <<EOF
-- raw command: read one aggregate's events, then append its next event behind the append lock
\set a random(1, 10000)
BEGIN;
SELECT globalindex, sequencenumber, payload, metadata FROM ev WHERE aggregateidentifier = 'agg-' || :a ORDER BY sequencenumber;
SELECT id FROM ev_lock WHERE id = 1 FOR UPDATE;
$INSERT_ROW SELECT 'agg-' || :a, coalesce(max(sequencenumber), -1) + 1, 'Patient', gen_random_uuid()::text, convert_to(repeat('m', $META_BYTES), 'UTF8'), convert_to(repeat('p', $PAYLOAD_BYTES), 'UTF8'), '1', 'org.careledger.api.patient.VitalSignsRecorded', now()::text FROM ev WHERE aggregateidentifier = 'agg-' || :a;
COMMIT;
EOF
in_use=$(sql postgres "select count(*) from pg_stat_activity")
max_conn=$(sql postgres "show max_connections")
client_cap=$(( max_conn - in_use - 5 ))
echo '{"payloadBytes": '"$PAYLOAD_BYTES"', "metadataBytes": '"$META_BYTES"', "clientCap": '"$client_cap"', "maxConnections": '"$max_conn"', "results": [' >"$OUT/pgbench.json"
first=1
for run in $(seq 1 "$PGBENCH_RUNS"); do
  for c in ${CONCURRENCY//,/ }; do
    clients=$c; capped=false
    if [ "$clients" -gt "$client_cap" ]; then clients=$client_cap; capped=true; fi
    threads=$(( clients < $(nproc) ? clients : $(nproc) ))
    for script in append append-ordered command; do
      text=$(pgbench -n -M prepared -c "$clients" -j "$threads" -T "$PGBENCH_SECONDS" -f "$OUT/pgbench-$script.sql" "$CEILING_DB" 2>&1) \
        || { log "pgbench $script -c $clients failed: $(echo "$text" | tail -2)"; continue; }
      tps=$(echo "$text" | grep -o 'tps = [0-9.]*' | head -1 | grep -o '[0-9.]*')
      lat=$(echo "$text" | grep -o 'latency average = [0-9.]*' | grep -o '[0-9.]*' || echo null)
      failed=$(echo "$text" | grep -o 'number of failed transactions: [0-9]*' | grep -o '[0-9]*$' || echo 0)
      [ $first = 1 ] || echo ',' >>"$OUT/pgbench.json"; first=0
      echo "{\"run\": $run, \"script\": \"$script\", \"concurrency\": $c, \"clients\": $clients, \"capped\": $capped, \"tps\": ${tps:-null}, \"latencyAverageMs\": ${lat:-null}, \"failed\": ${failed:-0}}" >>"$OUT/pgbench.json"
      log "  pgbench $script c=$clients run $run: $tps tps"
    done
  done
done
echo ']}' >>"$OUT/pgbench.json"
dropdb "$CEILING_DB"
fi
want data || exit 0

# =========================== 3. the data set, through the real event store ===========================
if [ -n "$REUSED_DATA_DB" ]; then
log "3/5 reusing the data set in $REUSED_DATA_DB (BENCH_DATA_DB): no generation ($(elapsed) s so far)"
sql "$DATA_DB" "select 1" >/dev/null || fail "cannot open $REUSED_DATA_DB"
echo "{\"reusedDatabase\": \"$REUSED_DATA_DB\", \"events\": $(sql "$DATA_DB" "select count(*) from domainevententry")}" \
  >"$OUT/generate.json"
else
log "3/5 generating $EVENTS events through the command bus into $DATA_DB ($(elapsed) s so far)"
createdb "$DATA_DB"
gen_started=$(date +%s%N)
# shellcheck disable=SC2086
CARELEDGER_DB_URL=$(jdbc "$DATA_DB") CARELEDGER_DB_USER=$PGUSER CARELEDGER_DB_PASSWORD=$PGPASSWORD \
CARELEDGER_DEMO=true CARELEDGER_DEMO_PASSWORD=$PASSWORD \
  timeout $(( GENERATE_MAX_SECONDS + 900 )) \
  java $APP_JVM_OPTS -cp "$APP_JAR" -Dloader.path="$BENCH_JAR_DIR/classes" \
    org.springframework.boot.loader.launch.PropertiesLauncher \
    --spring.profiles.active=postgres --server.port=0 --logging.level.root=WARN --logging.level.org.careledger=INFO \
    --careledger.bench.generate.events="$EVENTS" --careledger.bench.generate.threads="$GENERATE_THREADS" \
    --careledger.bench.generate.max-seconds="$GENERATE_MAX_SECONDS" --careledger.bench.generate.batch="$GENERATE_BATCH" \
    --careledger.bench.generate.out="$OUT/generate.json" --careledger.bench.run-processors= \
    --careledger.axon.aggregate-cache-entries=$(( EVENTS / 10 )) >"$OUT/app-generate.out" 2>&1 \
  || fail "the generator failed, see $OUT/app-generate.out"
log "generated in $(( ($(date +%s%N) - gen_started) / 1000000000 )) s: $(cat "$OUT/generate.json")"
fi

# Fresh statistics, as autovacuum would gather them: without them (a server with autovacuum off, or a table filled
# faster than autovacuum looks) PostgreSQL plans a million-row table as if it were empty. The report lists autovacuum.
log "ANALYZE of the data set"
sql "$DATA_DB" "ANALYZE"

# the replay ceilings, while nothing else runs: an ordered read of the whole event table, and the patient summary built
# in one INSERT ... SELECT
log "replay ceilings ($CEILING_RUNS runs)"
echo '{"runs": [' >"$OUT/replay-ceilings.json"
for run in $(seq 1 "$CEILING_RUNS"); do
  events=$(sql "$DATA_DB" "select count(*) from domainevententry")
  t0=$(date +%s%N)
  psql -q -d "$DATA_DB" -c "\\copy (SELECT * FROM domainevententry ORDER BY globalindex) TO '/dev/null'"
  t1=$(date +%s%N)
  psql -v ON_ERROR_STOP=1 -q -d "$DATA_DB" -f "$ROOT/bench/sql/patient-summary-in-sql.sql" >/dev/null
  t2=$(date +%s%N)
  patient_events=$(sql "$DATA_DB" "select count(*) from domainevententry where type = 'Patient'")
  rows=$(sql "$DATA_DB" "select count(*) from bench_patient_summary")
  sql "$DATA_DB" "DROP TABLE bench_patient_summary"
  [ "$run" = 1 ] || echo ',' >>"$OUT/replay-ceilings.json"
  echo "{\"run\": $run, \"events\": $events, \"orderedReadSeconds\": $(( (t1 - t0) / 1000000 ))e-3, \"patientEvents\": $patient_events, \"insertSelectSeconds\": $(( (t2 - t1) / 1000000 ))e-3, \"insertSelectRows\": $rows}" >>"$OUT/replay-ceilings.json"
  log "  ordered read of $events events: $(( (t1 - t0) / 1000000 )) ms; INSERT ... SELECT over $patient_events patient events: $(( (t2 - t1) / 1000000 )) ms"
done
echo ']}' >>"$OUT/replay-ceilings.json"

# =========================== 4. replay ===========================
log "4/5 replay ($(elapsed) s so far)"
# From here on only the projections that are rebuilt or queried run (bench's ProcessorHold); the sagas, rules and
# notifications stay where the generator left them, so they do not work through the data set while it is measured.
APP_LAUNCH=("${BENCH_LAUNCH[@]}" --careledger.bench.run-processors="$DATA_PROCESSORS")
start_app data "$DATA_DB"
# first the projections are built over what the generator wrote (it ran no streaming processor)
tool replay-watch --db-url="$(jdbc "$DATA_DB")" --db-user="$PGUSER" --db-password="$PGPASSWORD" \
  --processors="$DATA_PROCESSORS" --max-seconds="$CATCHUP_MAX_SECONDS" \
  --variant=catch-up --out="$OUT/catch-up.json" | tee -a "$OUT/run.log"
admin_status=$(curl -s -o "$OUT/admin-projections.json" -w '%{http_code}' -u "demo-admin:$PASSWORD" "$BASE/api/v1/admin/projections" || echo 000)
if [ "$admin_status" = 200 ]; then
  REPLAY_METHOD=online
  listed=$(grep -o '"name" *: *"[^"]*"' "$OUT/admin-projections.json" | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ',' | sed 's/,$//')
else
  REPLAY_METHOD=offline
  listed=patient-summary,patient-vital-signs
fi
if [ "$REPLAY_PROCESSORS" = auto ]; then
  PROCESSORS=$(echo "$listed" | tr ',' '\n' | grep -E '^patient-|analytic' | tr '\n' ',' | sed 's/,$//')
  [ -n "$PROCESSORS" ] || PROCESSORS=patient-summary,patient-vital-signs
else
  PROCESSORS=$REPLAY_PROCESSORS
fi
echo "{\"method\": \"$REPLAY_METHOD\", \"adminEndpointStatus\": \"$admin_status\", \"listed\": \"$listed\", \"processors\": \"$PROCESSORS\"}" >"$OUT/replay-plan.json"
log "replay method: $REPLAY_METHOD (GET /api/v1/admin/projections answered $admin_status), processors: $PROCESSORS"

declare -A TABLES=(
  [patient-summary]="patient_care_team patient_summary"
  [patient-vital-signs]="patient_vital_signs"
  [alert-views]="alert_timeline alert_view alert_care_team"
  [analytics-daily]="analytics_patient analytics_care_team analytics_reading analytics_check_in analytics_alert analytics_appointment"
)
# Every variant rebuilds from the first event. A rebuild asked for through the endpoint that has not reached the head
# when the application stops resumes at the next start, and the endpoint then refuses a new one (409); so when the
# tables of every processor are known, each variant empties them and deletes the tokens itself (as the endpoint's
# reset would), and the processors replay from the first event as the application starts.
known=1
for p in ${PROCESSORS//,/ }; do [ -n "${TABLES[$p]:-}" ] || known=0; done
if [ "$known" = 1 ]; then REPLAY_METHOD=offline; fi
echo "{\"method\": \"$REPLAY_METHOD\", \"adminEndpointStatus\": \"$admin_status\", \"listed\": \"$listed\", \"processors\": \"$PROCESSORS\"}" >"$OUT/replay-plan.json"
log "replay reset: $REPLAY_METHOD"
# replay VARIANT RUN [processor property assignments...]
replay() {
  local variant=$1 run=$2; shift 2
  local args=() p kv
  for p in ${PROCESSORS//,/ }; do
    for kv in "$@"; do args+=("--axon.eventhandling.processors.$p.$kv"); done
  done
  stop_app
  if [ "$REPLAY_METHOD" = offline ]; then
    local statements="" quoted=""
    for p in ${PROCESSORS//,/ }; do
      [ -n "${TABLES[$p]:-}" ] || { log "no known tables for $p: skipped (needs the admin endpoint)"; continue; }
      for t in ${TABLES[$p]}; do statements+="DELETE FROM $t; "; done
      quoted+="${quoted:+,}'$p'"
    done
    sql "$DATA_DB" "BEGIN; $statements DELETE FROM tokenentry WHERE processorname IN ($quoted); COMMIT;"
  fi
  local watch=(tool replay-watch --db-url="$(jdbc "$DATA_DB")" --db-user="$PGUSER" --db-password="$PGPASSWORD"
    --processors="$PROCESSORS" --max-seconds="$REPLAY_MAX_SECONDS" --variant="$variant"
    --out="$OUT/replay-$variant-$run.json")
  if [ "$REPLAY_METHOD" = offline ]; then
    # the rebuild starts during the application's start: watch from the first token row on
    "${watch[@]}" --start=first-token >>"$OUT/run.log" 2>&1 &
    local watcher=$!
    start_app "replay-$variant-$run" "$DATA_DB" "${args[@]}"
    wait "$watcher" || log "replay watch ($variant $run) failed"
    grep "^\[replay\] $variant" "$OUT/run.log" | tail -1
  else
    start_app "replay-$variant-$run" "$DATA_DB" "${args[@]}"
    for p in ${PROCESSORS//,/ }; do
      curl -fsS -X POST -u "demo-admin:$PASSWORD" "$BASE/api/v1/admin/projections/$p/rebuild" >/dev/null \
        || log "POST /api/v1/admin/projections/$p/rebuild failed"
    done
    "${watch[@]}" | tee -a "$OUT/run.log"
  fi
}
for run in $(seq 1 "$REPLAY_RUNS_DEFAULT"); do replay default "$run"; done
# shellcheck disable=SC2086
for run in $(seq 1 "$REPLAY_RUNS_TUNED"); do replay tuned "$run" $TUNED_ARGS; done


# =========================== 5. queries and resources ===========================
# the last rebuild resumed with the application: the queries wait until it has reached the head (bounded), so they
# read complete projections and do not share the machine with a replay
tool replay-watch --db-url="$(jdbc "$DATA_DB")" --db-user="$PGUSER" --db-password="$PGPASSWORD" \
  --processors="$PROCESSORS" --max-seconds="$CATCHUP_MAX_SECONDS" --variant=before-queries \
  --out="$OUT/before-queries.json" | tee -a "$OUT/run.log"
sql "$DATA_DB" "ANALYZE" # the rebuilt projections' tables, as after the generation
log "5/5 queries on the data set ($(elapsed) s so far)"
tool queries --base-url="$BASE" --password="$PASSWORD" --db-url="$(jdbc "$DATA_DB")" --db-user="$PGUSER" \
  --db-password="$PGPASSWORD" --requests="$QUERY_REQUESTS" --concurrency="$QUERY_CONCURRENCY" --runs="$QUERY_RUNS" \
  --max-seconds="$QUERY_MAX_SECONDS" \
  --out="$OUT/queries.json" 2>&1 | tee -a "$OUT/run.log"
[ "${PIPESTATUS[0]}" = 0 ] || fail "queries failed"
cat >"$OUT/database.json" <<EOF
{"events": $(sql "$DATA_DB" "select count(*) from domainevententry"),
 "databaseBytes": $(sql "$DATA_DB" "select pg_database_size(current_database())"),
 "eventTableBytes": $(sql "$DATA_DB" "select pg_total_relation_size('domainevententry')"),
 "snapshotTableBytes": $(sql "$DATA_DB" "select pg_total_relation_size('snapshotevententry')"),
 "projectionBytes": $(sql "$DATA_DB" "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and (c.relname like 'patient_%' or c.relname like 'alert_%' or c.relname like '%analytic%')"),
 "rssMbAfterQueries": $(( $(grep VmRSS /proc/$APP_PID/status | tr -dc 0-9) / 1024 ))}
EOF
stop_app
log "all steps done in $(elapsed) s"
