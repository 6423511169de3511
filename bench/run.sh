#!/usr/bin/env bash
# Backroot load benchmark, one command: build if needed, start on a fresh data dir, load GET /api/v1/me and
# PUT /api/v1/checkins/{date} side by side, kill -9 the app, check every acknowledged check-in is on disk.
# See bench/README.md. Exit status: 0 all good, 1 verification failed, 2 setup failed, 3 requests failed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

USERS=200 WORKERS=48 WARMUP=10 PHASE=5 ROUNDS=4 BUILD=auto KEEP=0 JAR_OVERRIDE=
DB_URL="" DB_USER="" DB_PASSWORD="" EXTRA_APP_ARGS=()
usage() {
  cat <<EOF
usage: bench/run.sh [--users N] [--workers N] [--warmup S] [--phase S] [--rounds N]
                    [--rebuild | --no-build | --jar PATH] [--keep] [--app-arg --some.property=value]... [--db-url JDBC_URL [--db-user U] [--db-password P]]
  defaults: --users $USERS --workers $WORKERS --warmup $WARMUP --phase $PHASE --rounds $ROUNDS
  --db-url runs against that database (e.g. PostgreSQL) instead of a fresh SQLite file; the check-ins
  are then verified through the API only.
EOF
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --users) USERS=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --phase) PHASE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --rebuild) BUILD=always; shift ;;
    --no-build) BUILD=never; shift ;;
    --keep) KEEP=1; shift ;;
    --jar) JAR_OVERRIDE=$2; shift 2 ;;
    --app-arg) EXTRA_APP_ARGS+=("$2"); shift 2 ;;
    --db-url|--postgres) DB_URL=$2; shift 2 ;;
    --db-user) DB_USER=$2; shift 2 ;;
    --db-password) DB_PASSWORD=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option $1" >&2; usage ;;
  esac
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 2; }

# ---- 1. the jar -------------------------------------------------------------------------------------
find_jar() { ls -t target-bench/backroot-*.jar 2>/dev/null | grep -v -e '\.original$' -e '-plain\.jar$' | head -1 || true; }
JAR=$(find_jar)
if [ -n "$JAR_OVERRIDE" ]; then JAR=$JAR_OVERRIDE; BUILD=never; fi
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && { [ -z "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; }; }; then
  log "building the jar: mvn -q -DskipTests -DbuildDir=target-bench package (fresh classes)"
  start=$(date +%s)
  # Fresh classes, so a file removed from the sources (an old migration, say) cannot linger in the jar;
  # the earlier jar stays as the fallback below.
  rm -rf target-bench/classes
  if ! mvn -q -DskipTests -DbuildDir=target-bench package; then
    [ -n "$JAR" ] || die "the build failed and there is no earlier jar in target-bench/"
    log "WARNING: the build failed (someone mid-edit?); benchmarking the earlier jar $JAR"
    BUILD_FAILED=1
  fi
  log "built in $(( $(date +%s) - start )) s"
  JAR=$(find_jar)
  [ "${BUILD_FAILED:-0}" = 1 ] || { git rev-parse --short HEAD 2>/dev/null || echo '?'; git status --porcelain -- src pom.xml 2>/dev/null | grep -q . && echo ' + uncommitted changes'; } \
    | tr -d '\n' > target-bench/bench-build-info.txt || true
fi
[ -n "$JAR" ] || die "no jar in target-bench/"
log "jar: $JAR"

# ---- 2. fresh data dir, free port, start ------------------------------------------------------------
DATA=$(mktemp -d "${TMPDIR:-/tmp}/backroot-bench.XXXXXX")
mkdir -p "$DATA/tmp"
STATE="$DATA/bench-state.tsv"
APP_PID=""
RESULT=2
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ] || [ "$RESULT" != 0 ]; then log "data dir kept: $DATA"; else rm -rf "$DATA"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 ))
}
PORT=$(free_port)
URL="http://127.0.0.1:$PORT"

APP_ARGS=(--server.port="$PORT" --logging.level.root=WARN --logging.level.org.backroot=WARN)
if [ -n "$DB_URL" ]; then
  APP_ARGS+=(--spring.datasource.url="$DB_URL")
  [ -n "$DB_USER" ] && APP_ARGS+=(--spring.datasource.username="$DB_USER")
  [ -n "$DB_PASSWORD" ] && APP_ARGS+=(--spring.datasource.password="$DB_PASSWORD")
fi

APP_ARGS+=(${EXTRA_APP_ARGS[@]+"${EXTRA_APP_ARGS[@]}"})

start_app() { # $1 = log file
  BACKROOT_DATA_DIR="$DATA" TMPDIR="$DATA/tmp" java -Djava.io.tmpdir="$DATA/tmp" -jar "$JAR" "${APP_ARGS[@]}" >"$1" 2>&1 &
  APP_PID=$!
  local t0=$(date +%s)
  until curl -fsS "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$1"; die "the app exited during start-up (log: $1)"; }
    [ $(( $(date +%s) - t0 )) -lt 180 ] || { tail -40 "$1"; die "no /actuator/health UP after 180 s"; }
    sleep 0.5
  done
  log "app up on $URL (pid $APP_PID) after $(( $(date +%s) - t0 )) s"
}

log "fresh data dir $DATA"
start_app "$DATA/app.log"

# ---- 3. load ------------------------------------------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
LOAD_RC=0
java -Xmx512m bench/LoadBench.java load --url "$URL" --state "$STATE" --users "$USERS" --workers "$WORKERS" \
  --warmup "$WARMUP" --phase "$PHASE" --rounds "$ROUNDS" --server-pid "$APP_PID" || LOAD_RC=$?
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
[ -f "$STATE" ] || die "the load generator failed before writing its state (exit $LOAD_RC)"

# ---- 4. kill -9, then check the database file and read everything back ---------------------------------
log "kill -9 $APP_PID: every acknowledged check-in must survive"
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

SQLITE_RC=0
if [ -z "$DB_URL" ]; then
  SQLITE_JAR=$(find ~/.m2/repository/org/xerial/sqlite-jdbc -name 'sqlite-jdbc-*.jar' 2>/dev/null | sort -V | tail -1)
  if [ -n "$SQLITE_JAR" ]; then
    CP="$SQLITE_JAR"
    SLF4J=$(find ~/.m2/repository/org/slf4j/slf4j-api -name 'slf4j-api-2*.jar' 2>/dev/null | sort -V | tail -1)
    [ -n "$SLF4J" ] && CP="$CP:$SLF4J"
    java -cp "$CP" bench/SqliteCheck.java "$DATA/backroot.db" "$STATE" 2> >(grep -v '^SLF4J' >&2) || SQLITE_RC=$?
  else
    log "sqlite-jdbc not found in ~/.m2: skipping the direct file check (the API read-back still runs)"
  fi
fi

log "restarting on the same data to read every acknowledged check-in back through the API"
start_app "$DATA/app-restart.log"
VERIFY_RC=0
java -Xmx512m bench/LoadBench.java verify --url "$URL" --state "$STATE" || VERIFY_RC=$?
kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

# ---- 5. summary ---------------------------------------------------------------------------------------
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || true)
DB_DESC=${DB_URL:+"$(echo "$DB_URL" | sed 's/?.*//')"}
DB_DESC=${DB_DESC:-"SQLite WAL, synchronous=FULL, fresh file"}
echo
echo "==================== benchmark summary (paste into README) ===================="
if [ -n "$JAR_OVERRIDE" ]; then BUILT="jar $JAR"; else BUILT="built from commit $(cat target-bench/bench-build-info.txt 2>/dev/null || echo '?')"; fi
echo "$(date +%Y-%m-%d), $BUILT, $(java -version 2>&1 | head -1)"
echo "$(nproc) cores ($CPU) shared by load generator and server; load average before/after the load: $LOAD_BEFORE / $LOAD_AFTER"
echo "$DB_DESC${EXTRA_APP_ARGS[*]:+; app arguments: ${EXTRA_APP_ARGS[*]}}"
grep '^summary' "$STATE" | cut -f2-
echo "==============================================================================="

if [ "$VERIFY_RC" != 0 ] || [ "$SQLITE_RC" != 0 ]; then RESULT=1; log "FAIL: durability verification failed"; exit 1; fi
if [ "$LOAD_RC" != 0 ]; then RESULT=3; log "FAIL: some requests failed during the load (exit $LOAD_RC)"; exit 3; fi
RESULT=0
log "OK"
