#!/usr/bin/env bash
# The legacy import end to end, against the platform as an operator runs it (./platform up -d, real
# Keycloak, real services): generates a legacy export of MOTCUA_IMPORT_TEST_RECORDS dossiers (default
# 12000, ~0.5% bad on purpose), interrupts a first import midway, resumes it from its checkpoint, imports
# the same file again (everything must be skipped), then checks stats-service's Biểu 06 report for every
# quarter and unit against counts computed from the file. Prints the import rate. Uses the platform already
# running when intake answers (as system-tests/with-platform.sh arranges, left running), otherwise starts one
# in a data directory of its own.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-import.XXXXXX)}
PLATFORM=$ROOT/platform
RECORDS=${MOTCUA_IMPORT_TEST_RECORDS:-12000}
WORK=$(mktemp -d /tmp/motcua-import-file.XXXXXX)
FILE=$WORK/legacy.ndjson
CP="$ROOT/tools/importer/target/importer.jar:$ROOT/tools/importer/target/lib/*"
passed=0
failed=0
check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}
started=0
succeeded=0
cleanup() {
  ((started)) && "$PLATFORM" down >/dev/null 2>&1
  ((succeeded)) && rm -rf "$WORK" || echo "import-test: its files and logs are in $WORK"
}
trap cleanup EXIT

if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 \
  "http://localhost:${MOTCUA_INTAKE_PORT:-8081}/q/health/ready") == 200 ]]; then
  echo "import-test: using the platform already running (intake at port ${MOTCUA_INTAKE_PORT:-8081}), left running"
else
  echo "import-test: starting the platform in $MOTCUA_HOME"
  started=1
  if ! "$PLATFORM" up -d >"$WORK/up.log" 2>&1; then
    cat "$WORK/up.log"
    echo "import-test: 0 passed, 1 failed"
    exit 1
  fi
fi
# the importer is part of the reactor that ./platform up packaged; build it alone if it is missing
[[ -f $ROOT/tools/importer/target/importer.jar ]] || (cd "$ROOT" && ./mvnw -B -q package -pl tools/importer -Dmaven.test.skip=true)

# a prefix of its own, so that the test can run on a platform that already holds imported dossiers
java -cp "$CP" vn.motcua.importer.GenerateLegacyFile "$RECORDS" "$FILE" 20220704 "T$(date +%s)"
bad=0
for ((i = 1; i <= RECORDS; i++)); do ((i % 200 == 17)) && bad=$((bad + 1)); done

commune=$("$PLATFORM" token supervisor.commune)
district=$("$PLATFORM" token supervisor.district)
java -cp "$CP" vn.motcua.importer.ReportCheck --baseline "$FILE" "http://localhost:${MOTCUA_STATS_PORT:-8084}" 0 \
  "31639=$commune" "946=$district" || { echo "import-test: 0 passed, 1 failed (no baseline)"; exit 1; }

echo "import-test: first import, interrupted once some hundreds of lines are done"
# small batches, so that the interruption lands inside the file
"$PLATFORM" import "$FILE" --batch 100 --concurrency 1 >"$WORK/first.log" 2>&1 &
first=$!
for ((waited = 0; waited < 1200; waited++)); do
  (($(cat "$FILE.checkpoint" 2>/dev/null || echo 0) >= 300)) && break
  kill -0 "$first" 2>/dev/null || break
  sleep 0.25
done
kill -TERM "$first" 2>/dev/null
wait "$first" 2>/dev/null
checkpoint=$(cat "$FILE.checkpoint" 2>/dev/null || echo 0)
echo "  interrupted at checkpoint line $checkpoint of $RECORDS"
check "the interrupted import left a checkpoint inside the file" yes \
  "$( ((checkpoint > 0 && checkpoint < RECORDS)) && echo yes || echo "no ($checkpoint)")"

echo "import-test: resuming"
start=$(date +%s.%N)
"$PLATFORM" import "$FILE" --concurrency "${MOTCUA_IMPORT_CONCURRENCY:-4}" | tee "$WORK/second.log" | grep -v '^\[' 
end=$(date +%s.%N)
check "the resumed import said where it resumed" 1 "$(grep -c "^resuming after line $checkpoint " "$WORK/second.log")"
summary=$(grep '^imported ' "$WORK/second.log")
check "the resumed import failed nothing" 0 "$(sed -n 's/.* failed \([0-9]*\),.*/\1/p' <<<"$summary")"
check "the resumed import rejected only the bad lines after the checkpoint" \
  "$(for ((i = checkpoint + 1; i <= RECORDS; i++)); do ((i % 200 == 17)) && echo; done | wc -l)" \
  "$(sed -n 's/.* rejected \([0-9]*\),.*/\1/p' <<<"$summary")"

echo "import-test: the same file again, from the first line"
"$PLATFORM" import "$FILE" --restart >"$WORK/third.log" 2>&1
summary=$(grep '^imported ' "$WORK/third.log")
echo "  $summary"
check "a second import of the file imports nothing" 0 "$(sed -n 's/^imported \([0-9]*\),.*/\1/p' <<<"$summary")"
check "a second import skips every good line" $((RECORDS - bad)) \
  "$(sed -n 's/.*skipped as already present \([0-9]*\),.*/\1/p' <<<"$summary")"

echo "import-test: the stats report of every quarter against the file"
counted_from=$(date +%s.%N)
# tokens live 5 minutes: fresh ones
commune=$("$PLATFORM" token supervisor.commune)
district=$("$PLATFORM" token supervisor.district)
if java -cp "$CP" vn.motcua.importer.ReportCheck "$FILE" "http://localhost:${MOTCUA_STATS_PORT:-8084}" "$bad" \
  "31639=$commune" "946=$district" | tee "$WORK/report.log"; then
  check "stats reports agree with the file" 0 0
else
  check "stats reports agree with the file" 0 1
fi

counted=$(date +%s.%N)
echo "import-test: stats agreed $(awk -v s="$counted_from" -v e="$counted" 'BEGIN { printf "%.1f", e - s }') s after the third import ended"
records_done=$((RECORDS - checkpoint))
rate=$(awk -v n="$records_done" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }')
echo "import-test: resumed import of $records_done records in $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s: $rate records/s (concurrency ${MOTCUA_IMPORT_CONCURRENCY:-4}); first run's summary:"
grep '^imported ' "$WORK/first.log" || echo "  (interrupted before its summary, as intended)"
echo "import-test: $passed passed, $failed failed"
((failed == 0)) && succeeded=1
((failed == 0))
