#!/usr/bin/env bash
# Backup and restore of the docker compose stack, the compose equivalent of ./platform backup/restore
# (deploy/README.md, "Backup and restore"). Run from anywhere, on the Docker host, with the stack's .env:
#
#   deploy/compose/backup.sh [backup] DIR     back the running stack up into DIR (new or empty)
#   deploy/compose/restore.sh DIR [--force]   (= backup.sh restore ...) restore DIR into a stack whose volumes are new (docker compose down -v;
#                                             --force replaces databases that hold data), then start it
#
# Parts (the MANIFEST format and its checks are deploy/backup-manifest.bash, shared with ./platform):
#   db-<name>.dump       pg_dump -Fc of each database (intake workflow document stats keycloak), in the postgres container
#   documents.tar        the document service's volume (/data: files/, signing/, spool/), through docker cp
#   kafka-topics.bin.gz  every topic with key, value, headers and timestamp: deploy/launcher's KafkaTopicsMain run in a
#                        one-off container of the broker's image on its own jars (./mvnw -pl deploy/launcher package)
# Order: databases, then documents, then topics, as ./platform backup (what a running stack's backup gives: the README).
# Exit codes as ./platform's: 0 done, 1 failed, 2 usage or not a backup, 3 corrupt part, 4 version mismatch,
# 5 the stack is not in the state needed, 6 data in the way.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT" || exit 1
# Debian's docker-compose (1.29) or the compose plugin; DOCKER_COMPOSE="docker-compose -p NAME --env-file FILE" for another
if command -v docker-compose >/dev/null; then DEFAULT_DC=docker-compose; else DEFAULT_DC="docker compose"; fi
read -r -a DC <<<"${DOCKER_COMPOSE:-$DEFAULT_DC}"
DATABASES=(intake workflow document stats keycloak)
PARTS=(db-intake.dump db-workflow.dump db-document.dump db-stats.dump db-keycloak.dump documents.tar kafka-topics.bin.gz)
LAUNCHER_JAR=$ROOT/deploy/launcher/target/launcher.jar
say() { printf '%s\n' "$*"; }
warn() { printf 'compose backup: %s\n' "$*" >&2; }
# shellcheck source=deploy/backup-manifest.bash
source "$ROOT/deploy/backup-manifest.bash"

container() { # the container of a compose service, running or not
  { "${DC[@]}" ps -a -q "$1" 2>/dev/null || "${DC[@]}" ps -q "$1"; } | head -1
}
running() { local c; c=$(container "$1"); [[ -n $c && $(docker inspect -f '{{.State.Running}}' "$c" 2>/dev/null) == true ]]; }
# up_healthy <service>: docker compose up -d <service>, then wait for its health check (up to 15 minutes: Kafka waits
# for Keycloak, whose first start takes minutes)
up_healthy() {
  local c status _
  "${DC[@]}" up -d "$1" || return 1
  for _ in $(seq 1 180); do
    c=$(container "$1")
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$c" 2>/dev/null)
    [[ $status == healthy ]] && return 0
    sleep 5
  done
  return 1
}
psql_in() { "${DC[@]}" exec -T postgres psql -U postgres -d "$1" -tAq -c "$2"; }

# KafkaTopicsMain in a one-off container of the broker's image (the kafka-init service: its environment gives it the
# broker's admin login, MOTCUA_KAFKA_ADMIN_PASSWORD, which reads and writes every topic; its memory limit, not the
# broker's), on the image's own Kafka jars, against the internal listener; the backup directory mounted at /backup
kafka_tool() { # kafka_tool <backup dir> dump|load|version [/backup/<file>] [--force]
  local dir=$1
  shift
  "${DC[@]}" run --rm --no-deps -T -u 0 -e MOTCUA_KAFKA_BOOTSTRAP=kafka:9092 \
    -v "$LAUNCHER_JAR:/opt/motcua/launcher.jar:ro" -v "$dir:/backup" --entrypoint java kafka-init \
    -Xmx160m -cp '/opt/motcua/launcher.jar:/opt/kafka/libs/*' vn.motcua.launcher.KafkaTopicsMain "$@"
}

backup() {
  local dir=${1:-} db t0 all0
  [[ -n $dir ]] || manifest_die 2 "usage: deploy/compose/backup.sh DIR"
  if [[ -e $dir && -n $(ls -A "$dir" 2>/dev/null) ]]; then manifest_die 2 "$dir is not empty: back up into a new directory"; fi
  [[ -f $LAUNCHER_JAR ]] || manifest_die 1 "no $LAUNCHER_JAR: ./mvnw -B -pl deploy/launcher package -DskipTests"
  for db in postgres kafka document; do
    running "$db" || manifest_die 5 "the $db service is not running (docker compose up -d)"
  done
  mkdir -p "$dir" && dir=$(cd "$dir" && pwd) || manifest_die 2 "cannot create $dir"
  trap "rm -f $(printf %q "$dir")/.parts" EXIT # expanded now: $dir is local to this function
  say "backing up the compose stack into $dir"
  all0=$(date +%s.%N)
  for db in "${DATABASES[@]}"; do
    t0=$(date +%s.%N)
    "${DC[@]}" exec -T postgres pg_dump -U postgres -Fc -d "$db" >"$dir/db-$db.dump" || manifest_die 1 "pg_dump of $db failed"
    part_done "$dir" "db-$db.dump" "$t0"
  done
  t0=$(date +%s.%N)
  docker cp "$(container document):/data" - >"$dir/documents.tar" || manifest_die 1 "copying the documents volume failed"
  part_done "$dir" documents.tar "$t0"
  t0=$(date +%s.%N)
  kafka_tool "$dir" dump /backup/kafka-topics.bin.gz || manifest_die 1 "copying the topics failed (see above)"
  part_done "$dir" kafka-topics.bin.gz "$t0"
  write_manifest "$dir" "created $(date -u +%FT%TZ)" "mode running" "source compose $(basename "$ROOT")" \
    "commit $(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)" \
    "postgres $(psql_in postgres 'SHOW server_version')" "kafka $(kafka_tool "$dir" version)" \
    "keycloak $(sed -n 's|.*image: quay.io/keycloak/keycloak:||p' docker-compose.yml)" || manifest_die 1 "writing the MANIFEST failed"
  say "backup complete in $(seconds_since "$all0") s: $dir/MANIFEST"
}

restore() {
  local dir="" force=0 arg db t0 tables target_major backup_major over=() append=()
  for arg in "$@"; do case $arg in --force) force=1 ;; -*) manifest_die 2 "unknown option $arg" ;; *) dir=$arg ;; esac; done
  ((force)) && over=(--clean --if-exists) append=(--force)
  [[ -n $dir ]] || manifest_die 2 "usage: deploy/compose/restore.sh DIR [--force]"
  check_parts "$dir" "${PARTS[@]}"
  dir=$(cd "$dir" && pwd)
  [[ -f $LAUNCHER_JAR ]] || manifest_die 1 "no $LAUNCHER_JAR: ./mvnw -B -pl deploy/launcher package -DskipTests"
  for db in keycloak kafka intake workflow document stats gateway; do
    ! running "$db" || manifest_die 5 "$db is running: docker compose down first (and -v for new volumes)"
  done
  say "starting PostgreSQL alone (a new volume gets its empty databases from deploy/compose/postgres)"
  up_healthy postgres || manifest_die 1 "PostgreSQL did not start"
  backup_major=$(manifest_value "$dir" postgres); backup_major=${backup_major%%.*}
  target_major=$(psql_in postgres 'SHOW server_version'); target_major=${target_major%%.*}
  ((backup_major <= target_major)) || manifest_die 4 \
    "version mismatch: the backup is of PostgreSQL $backup_major, the stack runs $target_major (pg_restore goes forward only)"
  for db in "${DATABASES[@]}"; do
    tables=$(psql_in "$db" "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')") \
      || manifest_die 5 "database $db does not exist: is this a MotCua compose volume?"
    ((tables == 0 || force)) || manifest_die 6 "database $db already has $tables tables: restore into new volumes (docker compose down -v), or --force"
  done
  say "restoring $dir (made $(manifest_value "$dir" created))"
  for db in "${DATABASES[@]}"; do
    t0=$(date +%s.%N)
    "${DC[@]}" exec -T postgres pg_restore -U postgres -d "$db" --exit-on-error "${over[@]}" \
      <"$dir/db-$db.dump" || manifest_die 1 "pg_restore of $db failed"
    restored_line "$dir" "db-$db.dump" "$t0"
  done
  t0=$(date +%s.%N)
  # not `docker cp -a`: docker 20.10 cannot resolve a container's numeric USER (185) for it and refuses ("getent
  # unable to find entry"); the files arrive owned by root and are given back to the service's user (185:0)
  "${DC[@]}" up --no-start --no-deps document && docker cp - "$(container document):/" <"$dir/documents.tar" \
    && "${DC[@]}" run --rm --no-deps -T -u 0 --entrypoint chown document -R 185:0 /data \
    || manifest_die 1 "copying the documents into the volume failed"
  restored_line "$dir" documents.tar "$t0"
  say "starting Keycloak and Kafka, then loading the topics before any service starts"
  up_healthy kafka || manifest_die 1 "Kafka did not start"
  t0=$(date +%s.%N)
  kafka_tool "$dir" load /backup/kafka-topics.bin.gz "${append[@]}" || manifest_die 1 "loading the topics failed"
  restored_line "$dir" kafka-topics.bin.gz "$t0"
  "${DC[@]}" up -d || manifest_die 1 "docker compose up -d failed"
  say "restored; the stack is starting (docker compose ps)"
}

restored_line() { printf '  %-22s %10s  %6s s\n' "$2" "$(human_size "$(stat -c %s "$1/$2")")" "$(seconds_since "$3")"; }

case ${1:-} in
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  *) backup "$@" ;;
esac
