#!/bin/bash
# The compose broker's health check: the broker answers an API-versions request on its INTERNAL listener, as its
# admin (SASL/PLAIN; no listener answers anonymous clients). A JVM of its own: a small heap beside the broker's.
set -euo pipefail
config=$(mktemp)
trap 'rm -f "$config"' EXIT
cat >"$config" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${MOTCUA_KAFKA_ADMIN_PASSWORD:?}";
PROPERTIES
KAFKA_HEAP_OPTS=-Xmx64m /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 \
  --command-config "$config" >/dev/null 2>&1
