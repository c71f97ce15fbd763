#!/bin/bash
# One-shot init of the compose Kafka (service kafka-init): the topics with their partitions, and the
# ACLs of provincial systems. Runs on the INTERNAL listener, whose principal (User:ANONYMOUS) is a
# super user. Idempotent: every start of the stack runs it again.
set -euo pipefail
BOOTSTRAP=${BOOTSTRAP:-kafka:9092}
PARTITIONS=${MOTCUA_KAFKA_PARTITIONS:-6}
BIN=/opt/kafka/bin

# The topics are the record every projection is rebuilt from: the event topics keep every event forever, the
# reference topic keeps the latest state per code. Set on creation AND on every start, so a topic that an older
# stack (or broker auto-creation) made with the default seven days is corrected. Same values as the services'
# vn.motcua.backbone.kafka.PlatformTopics.
topic() { # topic <name> <partitions> <configs a=b,c=d>
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$1" \
    --partitions "$2" --replication-factor 1 $(tr ',' '\n' <<<"$3" | sed 's/^/--config /')
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$1" \
    --add-config "$3"
}
topic motcua.dossier "$PARTITIONS" retention.ms=-1,retention.bytes=-1
topic motcua.document "$PARTITIONS" retention.ms=-1,retention.bytes=-1
topic motcua.reference 3 cleanup.policy=compact

# Provincial systems authenticate on the EXTERNAL listener (SASL_PLAINTEXT, OAUTHBEARER); the
# principal is the token's azp claim, i.e. the Keycloak client id. They read the three public
# topics, may describe them, and may use consumer groups named after themselves. No WRITE anywhere.
PRINCIPAL=${PROVINCIAL_PRINCIPAL:-User:provincial-system}
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --add --allow-principal "$PRINCIPAL" \
  --operation Read --operation Describe \
  --topic motcua.dossier --topic motcua.document --topic motcua.reference
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --add --allow-principal "$PRINCIPAL" \
  --operation Read --group "${PROVINCIAL_GROUP_PREFIX:-provincial-system}" --resource-pattern-type prefixed
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --list
echo "kafka-init: topics and ACLs in place"
