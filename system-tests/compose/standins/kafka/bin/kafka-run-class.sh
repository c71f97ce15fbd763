#!/bin/bash
# kafka-run-class.sh <main class> [args]: as the distribution's, with the tools' logging on stderr
# shellcheck disable=SC2086 # JVM option lists
exec java ${KAFKA_HEAP_OPTS:--Xmx256M} ${KAFKA_OPTS:-} \
  -Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.properties -cp '/opt/kafka/libs/*' "$@"
