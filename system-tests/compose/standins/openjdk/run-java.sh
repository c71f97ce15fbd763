#!/bin/bash
# The subset of the UBI image's run-java.sh the MotCua images use: the heap is a share of the
# container's memory limit (JAVA_MAX_MEM_RATIO, default 80 %; JAVA_INITIAL_MEM_RATIO), then
# JAVA_OPTS (replaces the defaults) or the defaults, JAVA_OPTS_APPEND, and -jar JAVA_APP_JAR.
set -euo pipefail
opts=${JAVA_OPTS:-"-XX:MaxRAMPercentage=${JAVA_MAX_MEM_RATIO:-80}.0 -XX:InitialRAMPercentage=${JAVA_INITIAL_MEM_RATIO:-25}.0 -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+ExitOnOutOfMemoryError"}
# shellcheck disable=SC2086 # options are word lists, as in the original
exec java $opts ${JAVA_OPTS_APPEND:-} -jar "${JAVA_APP_JAR:?JAVA_APP_JAR: the jar to run}" "$@"
