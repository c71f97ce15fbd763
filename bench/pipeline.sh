#!/usr/bin/env bash
# bench/pipeline.sh: how fast the live consumers of motcua.dossier apply events (issue 14 part 6). See bench/README.md.
#
# Starts PostgreSQL, Kafka and Keycloak through ./platform in a data directory of its own, publishes BENCH_EVENTS
# dossier events, measures the Kafka consumer ceiling on that topic (kafka-consumer-perf-test's class), then starts
# stats-service and measures its live consumer until it has applied them all (with JFR), the delay from publication
# to a report's counters at half the stats rate, then starts workflow-service and measures it over
# BENCH_WORKFLOW_SECONDS. Stops what it started. Prints:
#   stats: X events/s; workflow: Y events/s; kafka consumer ceiling: Z events/s
#   at half the stats rate (R events/s): p99 from publication to report N ms
#
# Settings (environment): BENCH_EVENTS (1000000), BENCH_STATS_TIMEOUT (seconds, 3600), BENCH_WORKFLOW_SECONDS (300),
# BENCH_LAG_SECONDS (30), BENCH_SKIP_BUILD=1 to use the jars already built, BENCH_JFR (1: record stats-service with
# JFR while it applies the events, into bench/out/stats.jfr, and print its hottest methods), and ./platform's
# MOTCUA_HOME (default bench/out/motcua, wiped first), MOTCUA_PG_PORT, MOTCUA_KAFKA_PORT, MOTCUA_KAFKA_CONTROLLER_PORT,
# MOTCUA_KAFKA_EXTERNAL_PORT, MOTCUA_KEYCLOAK_PORT, MOTCUA_STATS_PORT, MOTCUA_WORKFLOW_PORT...
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/bench/out
EVENTS=${BENCH_EVENTS:-1000000}
STATS_TIMEOUT=${BENCH_STATS_TIMEOUT:-3600}
WORKFLOW_SECONDS=${BENCH_WORKFLOW_SECONDS:-300}
LAG_SECONDS=${BENCH_LAG_SECONDS:-30}
export MOTCUA_HOME=${MOTCUA_HOME:-$OUT/motcua}
KAFKA=localhost:${MOTCUA_KAFKA_PORT:-9092}
JDBC=jdbc:postgresql://localhost:${MOTCUA_PG_PORT:-5432}/stats
LIBS=$ROOT/deploy/launcher/target

mkdir -p "$OUT"
rm -rf "$MOTCUA_HOME"
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
stop() { "$ROOT/platform" down >"$OUT/platform-down.log" 2>&1 || true; }
trap stop EXIT

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  say "building stats-service, workflow-service and the launcher (./mvnw package, tests skipped)"
  (cd "$ROOT" && ./mvnw -B -q -pl stats-service,workflow-service,deploy/launcher -am package -Dmaven.test.skip=true)
fi
export MOTCUA_SKIP_BUILD=1
say "starting PostgreSQL, Kafka and Keycloak ($MOTCUA_HOME); load $(load)"
MOTCUA_SERVICES="" "$ROOT/platform" up -d >"$OUT/platform-up.log" 2>&1 || { tail -20 "$OUT/platform-up.log"; exit 1; }
PG_JAR=$(ls "$LIBS"/lib/postgresql-*.jar)
CP="$LIBS/kafka-libs/*:$PG_JAR"
bench() { java -Xmx4g -cp "$CP" "$ROOT/bench/PipelineBench.java" "$@"; }
# kafka-consumer-perf-test's class is in kafka-tools, which the broker does not need: fetched beside it
KAFKA_VERSION=$(ls "$LIBS/kafka-libs" | sed -n 's/^kafka_2.13-\(.*\)\.jar$/\1/p')
(cd "$ROOT" && { ./mvnw -o -B -q dependency:copy -Dartifact="org.apache.kafka:kafka-tools:$KAFKA_VERSION" \
  -DoutputDirectory="$OUT/tools" 2>/dev/null || ./mvnw -B -q dependency:copy \
  -Dartifact="org.apache.kafka:kafka-tools:$KAFKA_VERSION" -DoutputDirectory="$OUT/tools"; })

# published before any consumer runs, so that the consumers' rates are theirs, not the publisher's
say "publishing $EVENTS events to motcua.dossier; load $(load)"
bench publish "$KAFKA" "$EVENTS" | tee "$OUT/publish.txt"
TOTAL=$(bench end "$KAFKA")

say "Kafka consumer ceiling on the same topic (kafka-consumer-perf-test); load $(load)"
java -Xmx512m -cp "$OUT/tools/*:$LIBS/kafka-libs/*" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$KAFKA" \
  --topic motcua.dossier --messages "$TOTAL" --group "bench-ceiling-$$" --timeout 60000 2>/dev/null | tee "$OUT/ceiling.txt"
# start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms,
# fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec: the fetch rate, without the consumer group's join
CEILING=$(awk -F', *' 'NR > 1 && $10 ~ /^[0-9.]+$/ { printf "%.0f", $10 }' "$OUT/ceiling.txt")

say "starting stats-service: its live consumer reads the topic from its beginning; load $(load)"
MOTCUA_SERVICES=stats "$ROOT/platform" up -d >>"$OUT/platform-up.log" 2>&1 || { tail -20 "$OUT/platform-up.log"; exit 1; }
STATS_PID=$(<"$MOTCUA_HOME/run/stats.pid")
if [[ ${BENCH_JFR:-1} == 1 ]]; then jcmd "$STATS_PID" JFR.start name=bench settings=profile >/dev/null; fi
bench drain "$KAFKA" stats-service -1 "$TOTAL" "$STATS_TIMEOUT" | tee "$OUT/stats.txt"
STATS=$(sed -n 's/^RATE //p' "$OUT/stats.txt")
if [[ ${BENCH_JFR:-1} == 1 ]]; then
  jcmd "$STATS_PID" JFR.stop name=bench filename="$OUT/stats.jfr" >/dev/null
  # the top frame of each execution sample, then the first MotCua frame: where the consumer's CPU goes
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$OUT/stats.jfr" >"$OUT/stats-samples.txt"
  say "stats-service's hottest methods (JFR execution samples, top frame):"
  awk '/stackTrace = \[/ { getline; sub(/^ +/, ""); sub(/line:.*/, ""); print }' "$OUT/stats-samples.txt" \
    | sort | uniq -c | sort -rn | head -12
  say "first MotCua frame of each sample:"
  awk '/stackTrace = \[/ { inside = 1; next } inside && /vn\.motcua/ { sub(/^ +/, ""); sub(/line:.*/, ""); print; inside = 0 }
       /^\]|^}/ { inside = 0 }' "$OUT/stats-samples.txt" | sort | uniq -c | sort -rn | head -12
fi
say "stats done; load $(load)"

HALF=$((${STATS%.*} / 2))
((HALF > 0)) || HALF=1
say "publication to report at half the stats rate, $HALF events/s for ${LAG_SECONDS}s; load $(load)"
bench lag "$KAFKA" "$JDBC" "${MOTCUA_DB_USER:-motcua}" "${MOTCUA_DB_PASSWORD:-motcua}" "$HALF" "$LAG_SECONDS" | tee "$OUT/lag.txt"

say "starting workflow-service: it reads the same topic from its beginning; load $(load)"
MOTCUA_SERVICES="stats workflow" "$ROOT/platform" up -d >>"$OUT/platform-up.log" 2>&1 || { tail -20 "$OUT/platform-up.log"; exit 1; }
TOTAL=$(bench end "$KAFKA")
bench drain "$KAFKA" workflow-service -1 "$TOTAL" "$WORKFLOW_SECONDS" | tee "$OUT/workflow.txt"
WORKFLOW=$(sed -n 's/^RATE //p' "$OUT/workflow.txt")
say "load $(load)"

echo "stats: $STATS events/s; workflow: $WORKFLOW events/s; kafka consumer ceiling: $CEILING events/s"
sed -n 's/^lag at \([0-9]*\) events\/s.*p99 \([0-9]*\) ms.*/at half the stats rate (\1 events\/s): p99 from publication to report \2 ms/p' "$OUT/lag.txt"
