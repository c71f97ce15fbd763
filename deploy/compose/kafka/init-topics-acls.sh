#!/bin/bash
# One-shot init of the compose Kafka (service kafka-init): the topics with their partitions, one SCRAM user per
# service with the ACLs that let it write only the topics it publishes, and the ACLs of provincial systems.
# Runs on the INTERNAL listener as the broker's admin (SASL/PLAIN, KAFKA_ADMIN_PASSWORD), the only super user.
# Idempotent: every start of the stack runs it again (passwords are set again, ACLs added again).
set -euo pipefail
BOOTSTRAP=${BOOTSTRAP:-kafka:9092}
PARTITIONS=${MOTCUA_KAFKA_PARTITIONS:-6}
BIN=/opt/kafka/bin
ADMIN=$(mktemp)
trap 'rm -f "$ADMIN"' EXIT
cat >"$ADMIN" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${MOTCUA_KAFKA_ADMIN_PASSWORD:?the broker admin password}";
PROPERTIES
kafka() { local tool=$1; shift; "$BIN/$tool" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" "$@"; }

# The topics are the record every projection is rebuilt from: the event topics keep every event forever, the
# reference topic keeps the latest state per code. Set on creation AND on every start, so a topic that an older
# stack (or broker auto-creation) made with the default seven days is corrected. Same values as the services'
# vn.motcua.backbone.kafka.PlatformTopics.
topic() { # topic <name> <partitions> <configs a=b,c=d>
  kafka kafka-topics.sh --create --if-not-exists --topic "$1" \
    --partitions "$2" --replication-factor 1 $(tr ',' '\n' <<<"$3" | sed 's/^/--config /')
  kafka kafka-configs.sh --alter --entity-type topics --entity-name "$1" --add-config "$3"
}
topic motcua.dossier "$PARTITIONS" retention.ms=-1,retention.bytes=-1
topic motcua.document "$PARTITIONS" retention.ms=-1,retention.bytes=-1
topic motcua.reference 3 cleanup.policy=compact

# Each service authenticates as itself (SASL/SCRAM-SHA-512, password from .env) and may:
#   write and read the topics it publishes (its outbox), read the topics it consumes,
#   use the consumer groups named after it (<name>-service, <name>-service.*),
#   create, write and read its own dead-letter topics (<topic>.dlq.<name>-service) and replay them.
service() { # service <name> <password> <topics it writes> <topics it reads>
  local name=$1 password=$2 writes=$3 reads=$4 principal=User:$1 topic args
  kafka kafka-configs.sh --alter --entity-type users --entity-name "$name" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
  if [[ -n $writes ]]; then
    args=(); for topic in $writes; do args+=(--topic "$topic"); done
    kafka kafka-acls.sh --add --allow-principal "$principal" --operation Write --operation Describe "${args[@]}" >/dev/null
  fi
  args=(); for topic in $reads; do args+=(--topic "$topic"); done
  kafka kafka-acls.sh --add --allow-principal "$principal" --operation Read --operation Describe "${args[@]}" >/dev/null
  kafka kafka-acls.sh --add --allow-principal "$principal" --operation Read --operation Describe \
    --group "$name-service" --resource-pattern-type prefixed >/dev/null
  args=(); for topic in $reads; do args+=(--topic "$topic.dlq.$name-service"); done
  kafka kafka-acls.sh --add --allow-principal "$principal" --operation Create --operation Write --operation Read \
    --operation Describe "${args[@]}" >/dev/null
  echo "kafka-init: user $name writes [$writes] reads [$reads]"
}
service intake "${MOTCUA_KAFKA_INTAKE_PASSWORD:?}" "motcua.dossier motcua.reference" "motcua.dossier motcua.reference"
service workflow "${MOTCUA_KAFKA_WORKFLOW_PASSWORD:?}" "motcua.dossier" "motcua.dossier motcua.reference"
service document "${MOTCUA_KAFKA_DOCUMENT_PASSWORD:?}" "motcua.document" "motcua.dossier motcua.reference"
service stats "${MOTCUA_KAFKA_STATS_PASSWORD:?}" "" "motcua.dossier motcua.document motcua.reference"

# Provincial systems authenticate on the EXTERNAL listener (SASL_PLAINTEXT, OAUTHBEARER); the
# principal is the token's azp claim, i.e. the Keycloak client id. They read the three public
# topics, may describe them, and may use consumer groups named after themselves. No WRITE anywhere.
PRINCIPAL=${PROVINCIAL_PRINCIPAL:-User:provincial-system}
kafka kafka-acls.sh --add --allow-principal "$PRINCIPAL" \
  --operation Read --operation Describe \
  --topic motcua.dossier --topic motcua.document --topic motcua.reference
kafka kafka-acls.sh --add --allow-principal "$PRINCIPAL" \
  --operation Read --group "${PROVINCIAL_GROUP_PREFIX:-provincial-system}" --resource-pattern-type prefixed
kafka kafka-acls.sh --list
echo "kafka-init: topics, users and ACLs in place"
