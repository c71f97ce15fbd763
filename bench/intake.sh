#!/usr/bin/env bash
# bench/intake.sh: reception at the desk against the commit ceiling of the same PostgreSQL (issue 15 part 2).
# See bench/README.md.
#
# Uses the platform that answers on ./platform's ports (MOTCUA_INTAKE_PORT...), else starts one in a data directory
# of its own (bench/out/intake-motcua, wiped first) and stops it at the end. Measures, in this order and in the same
# run: pgbench -N (BENCH_PGBENCH_SECONDS, 8 clients) on the platform's PostgreSQL; a warm-up; reception at 1
# connection then at BENCH_CONNECTIONS (8) connections (IntakeBench.java: closed-loop desks posting valid dossiers of
# every procedure their unit receives today, in person and by post, the demo desks and a bench-only desk of every other
# unit in force, created through Keycloak's admin API); then how long workflow-service
# and stats-service take, once the load stops, to have applied every event published during it. Prints:
#   reception: X/s p50 p99 (8 conns); single connection p50; pgbench -N: Y tps; ratio X/Y
#
# Settings (environment): BENCH_WARMUP_SECONDS (30), BENCH_SINGLE_SECONDS (30), BENCH_SECONDS (60),
# BENCH_CONNECTIONS (8), BENCH_PGBENCH_SECONDS (20), BENCH_LAG_TIMEOUT (600), BENCH_SKIP_BUILD=1, BENCH_JFR (1),
# BENCH_DESKS (front-desk users, "frontdesk.commune frontdesk.district"; with MOTCUA_DEMO_PASSWORD), BENCH_UNIT_DESKS
# (1: add bench.desk.<unit> for every other unit in force; KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD), and ./platform's
# MOTCUA_HOME, MOTCUA_PG_PORT, MOTCUA_KAFKA_PORT, MOTCUA_KEYCLOAK_PORT, MOTCUA_INTAKE_PORT...
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
WARMUP=${BENCH_WARMUP_SECONDS:-30}
SINGLE=${BENCH_SINGLE_SECONDS:-30}
SECONDS_MULTI=${BENCH_SECONDS:-60}
CONNS=${BENCH_CONNECTIONS:-8}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-20}
LAG_TIMEOUT=${BENCH_LAG_TIMEOUT:-600}
PG_PORT=${MOTCUA_PG_PORT:-5432}
INTAKE=http://localhost:${MOTCUA_INTAKE_PORT:-8081}
REALM=http://localhost:${MOTCUA_KEYCLOAK_PORT:-8180}/realms/motcua
KAFKA=localhost:${MOTCUA_KAFKA_PORT:-9092}
LIBS=$ROOT/deploy/launcher/target

mkdir -p "$OUT"
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
started=0
stop() { if ((started)); then "$ROOT/platform" down >"$OUT/intake-platform-down.log" 2>&1 || true; fi; }
trap stop EXIT

if curl -sf --max-time 5 "$INTAKE/q/health/ready" >/dev/null && curl -sf --max-time 5 "$REALM" >/dev/null; then
  say "using the platform that answers at $INTAKE"
else
  export MOTCUA_HOME=${MOTCUA_HOME:-$OUT/intake-motcua}
  rm -rf "$MOTCUA_HOME"
  [[ ${BENCH_SKIP_BUILD:-0} == 1 ]] && export MOTCUA_SKIP_BUILD=1
  say "starting a platform in $MOTCUA_HOME; load $(load)"
  started=1
  "$ROOT/platform" up -d >"$OUT/intake-platform-up.log" 2>&1 || { tail -20 "$OUT/intake-platform-up.log"; exit 1; }
fi
[[ -d $ROOT/tools/importer/target/lib ]] || (cd "$ROOT" && ./mvnw -B -q package -pl tools/importer -Dmaven.test.skip=true)

# pgbench: Debian's postgresql-client, else the embedded distribution's (./platform's launcher unpacks it)
PGBENCH=$(command -v pgbench || find "${MOTCUA_HOME:-$ROOT/.motcua}" "$LIBS" -name pgbench -type f 2>/dev/null | head -1)
[[ -n $PGBENCH ]] || { echo "no pgbench: apt-get install postgresql-client"; exit 1; }
# the embedded server's superuser (trusted from this machine), or an external server's admin: the services' role
# may not create a database
PGUSER=${MOTCUA_DB_ADMIN_USER:-postgres}
export PGPASSWORD=${MOTCUA_DB_ADMIN_PASSWORD:-}
say "pgbench -N -c8 -j2 -T$PGBENCH_SECONDS on the platform's PostgreSQL (port $PG_PORT, database pgbench); load $(load)"
psql -h localhost -p "$PG_PORT" -U "$PGUSER" -d postgres -qtAc "select 1 from pg_database where datname = 'pgbench'" \
  | grep -q 1 || psql -h localhost -p "$PG_PORT" -U "$PGUSER" -d postgres -qc "create database pgbench" >/dev/null
"$PGBENCH" -h localhost -p "$PG_PORT" -U "$PGUSER" -i -q -s 10 pgbench >"$OUT/pgbench-init.log" 2>&1
"$PGBENCH" -h localhost -p "$PG_PORT" -U "$PGUSER" -N -c 8 -j 2 -T "$PGBENCH_SECONDS" pgbench | tee "$OUT/pgbench.txt" \
  | grep -E '^(tps|latency average)'
TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.txt" | head -1)

# JFR of intake while the reception load runs (BENCH_JFR=1, the default, when intake's pid file is there)
INTAKE_PID=$(cat "${MOTCUA_HOME:-$ROOT/.motcua}/run/intake.pid" 2>/dev/null || true)
jfr_on=0
if [[ ${BENCH_JFR:-1} == 1 && -n $INTAKE_PID ]] && jcmd "$INTAKE_PID" JFR.start name=bench-intake settings=profile >/dev/null 2>&1; then
  jfr_on=1
fi
kafka_bench() { java -Xmx256m -cp "$LIBS/kafka-libs/*" "$ROOT/bench/PipelineBench.java" "$@"; }
say "reception: warm-up ${WARMUP}s, 1 connection ${SINGLE}s, $CONNS connections ${SECONDS_MULTI}s; load $(load)"
java -Xmx256m -cp "$ROOT/tools/importer/target/lib/*" "$ROOT/bench/IntakeBench.java" "$INTAKE" "$REALM" \
  "$WARMUP" "$SINGLE" "$SECONDS_MULTI" "$CONNS" | tee "$OUT/intake.txt"
say "load stopped; load average $(load)"
# every event published up to now must be applied: the consumers' lag when the load stops, in seconds
END=$(kafka_bench end "$KAFKA")
for group in workflow-service stats-service; do
  kafka_bench drain "$KAFKA" "$group" -1 "$END" "$LAG_TIMEOUT" | tee "$OUT/intake-lag-$group.txt" | grep -v '^RATE'
done
if ((jfr_on)); then
  jcmd "$INTAKE_PID" JFR.stop name=bench-intake filename="$OUT/intake.jfr" >/dev/null
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$OUT/intake.jfr" >"$OUT/intake-samples.txt"
  say "intake's CPU: first MotCua frame of each execution sample (JFR, $OUT/intake.jfr):"
  awk '/stackTrace = \[/ { inside = 1; next } inside && /vn\.motcua/ { sub(/^ +/, ""); sub(/line:.*/, ""); print; inside = 0 }
       /^\]|^}/ { inside = 0 }' "$OUT/intake-samples.txt" | sort | uniq -c | sort -rn | head -10
  # socket reads over JFR's threshold (10 ms): where the request threads wait on PostgreSQL
  jfr print --stack-depth 64 --events jdk.SocketRead "$OUT/intake.jfr" >"$OUT/intake-socket.txt"
  say "intake's waits on sockets over 10 ms, by first MotCua frame (ms, count):"
  awk '/duration = / { d = $3; u = $4 } /stackTrace = \[/ { inside = 1; next }
       inside && /vn\.motcua/ { sub(/^ +/, ""); sub(/line:.*/, ""); ms = (u == "s" ? d * 1000 : d); t[$0] += ms; c[$0]++; inside = 0 }
       /^\]|^}/ { inside = 0 } END { for (k in t) printf "%8.0f ms %6d  %s\n", t[k], c[k], k }' "$OUT/intake-socket.txt" \
    | sort -rn | head -8
fi
lag() { sed -n 's/.* events applied in \([0-9.]*\) s.*/\1/p' "$OUT/intake-lag-$1.txt"; }
read -r ONE_RATE ONE_P50 ONE_P99 RATE P50 P99 ACCEPTED FAILED < <(sed -n 's/^RESULT //p' "$OUT/intake.txt")
say "load $(load); accepted $ACCEPTED, failed $FAILED; workflow caught up ${workflow_lag:=$(lag workflow-service)} s and" \
  "stats ${stats_lag:=$(lag stats-service)} s after the load stopped (offsets are committed every few seconds)"
RATIO=$(awk -v x="$RATE" -v y="$TPS" 'BEGIN { printf "%.3f", x / y }')
echo "reception: $RATE/s p50 $P50 ms p99 $P99 ms (8 conns); single connection p50 $ONE_P50 ms; pgbench -N: $TPS tps; ratio $RATIO"
