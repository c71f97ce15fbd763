#!/usr/bin/env bash
# bench/import.sh: the legacy import end to end (issue 15 part 3). See bench/README.md.
#
# Uses the platform that answers on ./platform's ports (MOTCUA_INTAKE_PORT...), else starts one in a data directory
# of its own (bench/out/import-motcua, wiped first) and stops it at the end. Generates BENCH_IMPORT_RECORDS (100,000)
# legacy records (GenerateLegacyFile: 2022-01 to 2024-06, both demo units, every outcome, 1 line in 200 bad on
# purpose) under a prefix of its own, saves stats' report totals (ReportCheck --baseline), imports the file
# (./platform import, batches of BENCH_IMPORT_BATCH, BENCH_IMPORT_CONCURRENCY in flight), then waits until stats'
# Biểu 06 report of every quarter and unit has counted every good record (ReportCheck, polling every 2 s). Prints:
#   import: X records/s end to end (until counted in stats)
# with the importer's own rate (until intake stored the last batch) and the load average before and after.
#
# Settings (environment): BENCH_IMPORT_RECORDS (100000), BENCH_IMPORT_BATCH (1000), BENCH_IMPORT_CONCURRENCY (4),
# BENCH_REPORT_WAIT (1800 s), BENCH_JFR (1: a JFR recording of workflow-service, the slowest consumer, during the
# run), BENCH_SKIP_BUILD=1, and ./platform's MOTCUA_HOME, MOTCUA_*_PORT.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
RECORDS=${BENCH_IMPORT_RECORDS:-100000}
BATCH=${BENCH_IMPORT_BATCH:-1000}
CONCURRENCY=${BENCH_IMPORT_CONCURRENCY:-4}
INTAKE=http://localhost:${MOTCUA_INTAKE_PORT:-8081}
STATS=http://localhost:${MOTCUA_STATS_PORT:-8084}
REALM=http://localhost:${MOTCUA_KEYCLOAK_PORT:-8180}/realms/motcua
CP="$ROOT/tools/importer/target/importer.jar:$ROOT/tools/importer/target/lib/*"

mkdir -p "$OUT"
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
started=0
stop() { if ((started)); then "$ROOT/platform" down >"$OUT/import-platform-down.log" 2>&1 || true; fi; }
trap stop EXIT

if curl -sf --max-time 5 "$INTAKE/q/health/ready" >/dev/null && curl -sf --max-time 5 "$REALM" >/dev/null; then
  say "using the platform that answers at $INTAKE"
else
  export MOTCUA_HOME=${MOTCUA_HOME:-$OUT/import-motcua}
  rm -rf "$MOTCUA_HOME"
  [[ ${BENCH_SKIP_BUILD:-0} == 1 ]] && export MOTCUA_SKIP_BUILD=1
  say "starting a platform in $MOTCUA_HOME; load $(load)"
  started=1
  "$ROOT/platform" up -d >"$OUT/import-platform-up.log" 2>&1 || { tail -20 "$OUT/import-platform-up.log"; exit 1; }
fi
[[ -f $ROOT/tools/importer/target/importer.jar && -d $ROOT/tools/importer/target/lib ]] \
  || (cd "$ROOT" && ./mvnw -B -q package -pl tools/importer -Dmaven.test.skip=true)

FILE=$OUT/import-legacy.ndjson
rm -f "$FILE" "$FILE".*
java -cp "$CP" vn.motcua.importer.GenerateLegacyFile "$RECORDS" "$FILE" 20221207 "B$(date +%s)"
bad=0
for ((i = 1; i <= RECORDS; i++)); do ((i % 200 == 17)) && bad=$((bad + 1)); done
tokens() { echo "31639=$("$ROOT/platform" token supervisor.commune)" "946=$("$ROOT/platform" token supervisor.district)"; }
# shellcheck disable=SC2046
java -cp "$CP" vn.motcua.importer.ReportCheck --baseline "$FILE" "$STATS" 0 $(tokens) >/dev/null

WORKFLOW_PID=$(cat "${MOTCUA_HOME:-$ROOT/.motcua}/run/workflow.pid" 2>/dev/null || true)
jfr_on=0
if [[ ${BENCH_JFR:-1} == 1 && -n $WORKFLOW_PID ]] \
  && jcmd "$WORKFLOW_PID" JFR.start name=bench-import settings=profile >/dev/null 2>&1; then
  jfr_on=1
fi
say "importing $RECORDS records ($bad bad on purpose) in batches of $BATCH, $CONCURRENCY in flight; load $(load)"
start=$(now)
"$ROOT/platform" import "$FILE" --batch "$BATCH" --concurrency "$CONCURRENCY" >"$OUT/import.log" 2>&1 || true
imported_at=$(now)
grep '^imported ' "$OUT/import.log" || { tail -20 "$OUT/import.log"; exit 1; }
say "intake stored everything; waiting until stats has counted it; load $(load)"
# tokens live 5 minutes: ReportCheck polls for up to 4 minutes with fresh ones, again and again (a check that
# outlived its tokens got 401 and gave up), until every quarter and unit agrees or BENCH_REPORT_WAIT passed
counted=no
deadline=$(($(date +%s) + ${BENCH_REPORT_WAIT:-1800}))
while [[ $counted == no ]] && (($(date +%s) < deadline)); do
  # shellcheck disable=SC2046
  MOTCUA_REPORT_WAIT_SECONDS=240 java -cp "$CP" vn.motcua.importer.ReportCheck "$FILE" "$STATS" "$bad" $(tokens) \
    >"$OUT/import-report.log" 2>&1 && counted=yes
done
end=$(now)
tail -1 "$OUT/import-report.log"
if ((jfr_on)); then
  jcmd "$WORKFLOW_PID" JFR.stop name=bench-import filename="$OUT/import-workflow.jfr" >/dev/null
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$OUT/import-workflow.jfr" >"$OUT/import-workflow-samples.txt"
  say "workflow's CPU during the import: first MotCua frame of each execution sample ($OUT/import-workflow.jfr):"
  awk '/stackTrace = \[/ { inside = 1; next } inside && /vn\.motcua/ { sub(/^ +/, ""); sub(/line:.*/, ""); print; inside = 0 }
       /^\]|^}/ { inside = 0 }' "$OUT/import-workflow-samples.txt" | sort | uniq -c | sort -rn | head -10
fi
good=$((RECORDS - bad))
say "load $(load); stats counted everything: $counted"
awk -v n="$good" -v s="$start" -v i="$imported_at" -v e="$end" 'BEGIN {
  printf "importer: %.0f records/s until intake stored the last batch (%.1f s)\n", n / (i - s), i - s
  printf "end to end: %d records in %.1f s\n", n, e - s
  printf "import: %.0f records/s end to end (until counted in stats)\n", n / (e - s) }'
[[ $counted == yes ]]
