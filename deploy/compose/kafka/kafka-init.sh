#!/bin/bash
# Entry point of the compose service kafka-init: topics, service users and ACLs (deploy/launcher's KafkaInitMain,
# whose Javadoc says what it grants), run with the broker image's own Kafka jars.
set -euo pipefail
jar=/opt/motcua/launcher/launcher.jar
if [[ ! -f $jar ]]; then
  echo "kafka-init: no deploy/launcher/target/launcher.jar: build it first with ./mvnw -B package -DskipTests (deploy/README.md)" >&2
  exit 2
fi
exec java -Xmx128m -XX:+UseSerialGC -cp "$jar:/opt/kafka/libs/*" vn.motcua.launcher.KafkaInitMain
