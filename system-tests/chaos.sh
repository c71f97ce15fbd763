#!/usr/bin/env bash
# Proof under faults (issue 14): the event pipeline loses nothing and counts nothing twice while its parts die.
#
# Starts the platform, receives CHAOS_DOSSIERS dossiers (default 5000) through intake with CHAOS_CONCURRENCY
# parallel clients, two in three at the demo front desk of commune 31639 and one in three through the legacy
# import's API (client motcua-import) at communes 31645, 31654 and 31666 (the demo realm has desks for one
# unit in force only), then withdraws CHAOS_WITHDRAW_PERCENT and resolves CHAOS_RESOLVE_PERCENT of the desk's
# dossiers through workflow (assign, assign, approval, assign, result-return), so received,
# assigned, withdrawn and resolved events flow. Meanwhile it kills each service with -9 in turn and restarts it,
# kills a PostgreSQL backend with -9 (the server crash-restarts and drops every connection), and stops and
# restarts Kafka. Every client retries a failed request with the same Idempotency-Key (intake) or re-reads the
# dossier before the next action (workflow). Then it reconciles:
#   - every request that failed got 5xx (503 included) as application/problem+json, or no answer while its
#     service was dead; none got 4xx;
#   - every dossier intake accepted is known exactly once to workflow and to document, intake's outbox is empty;
#   - a retry with the same Idempotency-Key gives one dossier (intake holds one dossier per key);
#   - stats' Biểu 06 counts each unit's received, withdrawn and resolved dossiers of the day exactly once;
#   - every service's dead-letter topics are empty (GET /api/v1/admin/dead-letters).
# Prints "chaos: N passed, M failed". The full run is the default; CHAOS_DOSSIERS=1500 is the short one.
# Uses its own MOTCUA_HOME unless given one; honours the ./platform port variables.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

install_if_missing() { # install_if_missing <command> <debian package>: CI's clean machine has only a JDK
  command -v "$1" >/dev/null && return 0
  echo "chaos: installing Debian's $2"
  local sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends "$2" >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q --no-install-recommends "$2" >/dev/null; }
  command -v "$1" >/dev/null || { echo "chaos: $1 is missing (apt-get install $2)"; echo "chaos: 0 passed, 1 failed"; exit 1; }
}
install_if_missing psql postgresql-client
install_if_missing jq jq
install_if_missing curl curl

export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-chaos.XXXXXX)}
# the provincial system's client reads the reports of every unit of today's province (realm import, first start)
export MOTCUA_PROVINCIAL_UNIT=${MOTCUA_PROVINCIAL_UNIT:-92}
# a first Keycloak start (realm import) on a busy 2-core machine took more than ./platform's default 420 s
export MOTCUA_START_TIMEOUT=${MOTCUA_START_TIMEOUT:-900}
IMPORT_SECRET=${MOTCUA_IMPORT_CLIENT_SECRET:-demo-import-secret}
PROVINCIAL_SECRET=${MOTCUA_PROVINCIAL_SYSTEM_SECRET:-demo-provincial-system-secret}
TOKEN_URL=http://localhost:${MOTCUA_KEYCLOAK_PORT:-8180}/realms/motcua/protocol/openid-connect/token
PLATFORM=$ROOT/platform
DOSSIERS=${CHAOS_DOSSIERS:-5000}
CONCURRENCY=${CHAOS_CONCURRENCY:-8}
WITHDRAW_PERCENT=${CHAOS_WITHDRAW_PERCENT:-10}
RESOLVE_PERCENT=${CHAOS_RESOLVE_PERCENT:-10}
SETTLE_TIMEOUT=${CHAOS_SETTLE_TIMEOUT:-600}
INTAKE=http://localhost:${MOTCUA_INTAKE_PORT:-8081}
WORKFLOW=http://localhost:${MOTCUA_WORKFLOW_PORT:-8082}
DOCUMENT=http://localhost:${MOTCUA_DOCUMENT_PORT:-8083}
STATS=http://localhost:${MOTCUA_STATS_PORT:-8084}
PG_PORT=${MOTCUA_PG_PORT:-5432}
export PGPASSWORD=${MOTCUA_DB_PASSWORD:-motcua}
PG_USER=${MOTCUA_DB_USER:-motcua}
WORK=$MOTCUA_HOME/chaos
RUN_ID=chaos-$(date +%s)-$RANDOM
passed=0
failed=0
mkdir -p "$WORK/tokens" "$WORK/requests"
touch "$WORK/accepted" "$WORK/gave-up" "$WORK/finished" "$WORK/intake-attempts.log" "$WORK/workflow-attempts.log"

check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}
say() { printf 'chaos %s: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
# the query goes on stdin: with 5,000 dossiers the id list (~195 KB) is over the kernel's 128 KB limit for one argument
sql() { psql -h localhost -p "$PG_PORT" -U "$PG_USER" -d "$1" -tAq <<<"$2"; }

cleanup() {
  [[ -n ${CHAOS_PID:-} ]] && kill "$CHAOS_PID" 2>/dev/null
  [[ -n ${TOKENS_PID:-} ]] && kill "$TOKENS_PID" 2>/dev/null
  [[ ${CHAOS_KEEP:-} == 1 ]] || "$PLATFORM" down >/dev/null 2>&1
}
trap cleanup EXIT

say "starting the platform in $MOTCUA_HOME"
if ! "$PLATFORM" up -d; then
  for part in postgres kafka keycloak intake workflow document stats; do
    echo "--- last lines of $part.log"; tail -n 30 "$MOTCUA_HOME/logs/$part.log" 2>/dev/null
  done
  echo "chaos: 0 passed, 1 failed"
  exit 1
fi

# ---- tokens, refreshed in the background (access tokens live a few minutes)
USERS=(frontdesk.commune specialist.commune leader.commune clerk.commune admin.province)
client_token() { # client_token <client> <secret>
  curl -s --max-time 10 -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2" "$TOKEN_URL" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
keep() { [[ -n $2 ]] && printf '%s' "$2" >"$WORK/tokens/$1.new" && mv "$WORK/tokens/$1.new" "$WORK/tokens/$1"; }
refresh_tokens() {
  local user
  for user in "${USERS[@]}"; do keep "$user" "$("$PLATFORM" token "$user" 2>/dev/null)"; done
  keep motcua-import "$(client_token motcua-import "$IMPORT_SECRET")"
  keep provincial-system "$(client_token provincial-system "$PROVINCIAL_SECRET")"
}
missing_tokens() { local user; for user in "${USERS[@]}" motcua-import provincial-system; do
  [[ -s $WORK/tokens/$user ]] || echo "$user"; done; }
for _ in $(seq 1 10); do # a freshly started Keycloak on a busy machine may time out the first grants
  refresh_tokens
  [[ -z $(missing_tokens) ]] && break
  sleep 10
done
[[ -z $(missing_tokens) ]] || { echo "no token for $(missing_tokens | paste -sd' ')"; echo "chaos: 0 passed, 1 failed"; exit 1; }
( while sleep 60; do refresh_tokens; done ) &
TOKENS_PID=$!

# ---- the faults, in the background while the load runs
service_pid() { cat "$MOTCUA_HOME/run/$1.pid" 2>/dev/null; }
restart_missing() { "$PLATFORM" up -d >>"$WORK/restarts.log" 2>&1 || say "restart did not come back healthy (see $WORK/restarts.log)"; }
faults() {
  local part pid
  sleep "${CHAOS_FIRST_FAULT_AFTER:-20}"
  for part in intake workflow document stats; do
    pid=$(service_pid "$part")
    say "FAULT kill -9 $part ($pid)"; echo "$(date +%s) kill $part" >>"$WORK/faults.log"
    kill -9 "$pid" 2>/dev/null
    sleep 2; restart_missing; echo "$(date +%s) up $part" >>"$WORK/faults.log"
    sleep "${CHAOS_FAULT_GAP:-15}"
  done
  pid=$(sql intake "select pid from pg_stat_activity where datname = 'intake' and pid <> pg_backend_pid()
                    and backend_type = 'client backend' limit 1")
  say "FAULT kill -9 PostgreSQL backend $pid (the server crash-restarts)"; echo "$(date +%s) kill postgres-backend" >>"$WORK/faults.log"
  [[ -n $pid ]] && kill -9 "$pid"
  sleep "${CHAOS_FAULT_GAP:-15}"
  pid=$(service_pid kafka)
  say "FAULT stop Kafka ($pid)"; echo "$(date +%s) stop kafka" >>"$WORK/faults.log"
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  sleep 10
  restart_missing; echo "$(date +%s) up kafka" >>"$WORK/faults.log"
  say "faults done"
}

# ---- the load: one reception per dossier, retried with its Idempotency-Key until accepted
desk_payload() { # desk_payload <n>: the front desk's reception request of dossier n
  printf '%s' '{"procedureCode": "1.001193", "channel": "IN_PERSON",
        "applicant": {"kind": "PERSON", "name": "Nguyễn Văn Thử '"$1"'", "idNumber": "094185001234",
                      "dateOfBirth": "1985-03-02", "phone": "0912 345 678", "address": "Ấp Phú Đức, Long Phú"},
        "components": [{"no": 1, "originals": 1, "copies": 0}, {"no": 2, "originals": 1, "copies": 0}]}'
}
receive() { # receive <n>: appends "n unit id code" to accepted, one line per attempt to intake-attempts.log
  local n=$1 unit units token url key attempt out status ctype body payload now
  key=$RUN_ID-$n
  now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  if ((n % 3 == 0)); then
    units=(31645 31654 31666); unit=${units[$(((n / 3) % 3))]}; token=motcua-import
    url=$INTAKE/api/v1/migration/dossiers
    payload='{"legacyId": "'"$key"'", "unitCode": "'"$unit"'", "procedureCode": "1.001193", "channel": "IN_PERSON",
              "receivedAt": "'"$now"'"}'
  else
    unit=31639; token=frontdesk.commune; url=$INTAKE/api/v1/dossiers
    payload=$(desk_payload "$n")
  fi
  for attempt in $(seq 1 60); do
    body=$WORK/requests/$n.json
    out=$(curl -s --max-time 30 -o "$body" -w '%{http_code} %{content_type}' \
      -H "Authorization: Bearer $(cat "$WORK/tokens/$token")" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" -d "$payload" "$url")
    status=${out%% *}; ctype=${out#* }
    echo "$n $attempt $status $ctype $(date +%s)" >>"$WORK/intake-attempts.log"
    case $status in
      201 | 200)
        echo "$n $unit $(jq -r '.dossier.id // .id' "$body") $(jq -r '.dossier.code // .code' "$body")" >>"$WORK/accepted"
        rm -f "$body"; return 0 ;;
      000 | 5??) sleep 1 ;;
      *) cp "$body" "$WORK/requests/$n.refused.$status" 2>/dev/null; return 0 ;;
    esac
  done
  echo "$n gave up" >>"$WORK/gave-up"
}

# ---- workflow: read the dossier, do the next action of its path, until it is withdrawn or resolved. Each hand-off
# names a user of the demo realm, who acts next: only the holder of a step may act on it (workflow README)
ACTIONS_RESOLVE=("assign:frontdesk:specialist.commune" "assign:specialist:leader.commune" "approval:leader:" \
  "assign:clerk:frontdesk.commune" "result-return:frontdesk:")
act_on() { # act_on <n> <unit> <code> withdraw|resolve
  local n=$1 unit=$2 code=$3 goal=$4 side view version step status out action role assignee token body i
  side=commune
  for i in $(seq 1 120); do
    view=$(curl -s --max-time 20 -w '\n%{http_code}' \
      -H "Authorization: Bearer $(cat "$WORK/tokens/frontdesk.$side")" "$WORKFLOW/api/v1/dossiers/$code")
    if [[ ${view##*$'\n'} != 200 ]]; then sleep 1; continue; fi # not opened yet, or workflow down
    view=${view%$'\n'*}
    version=$(jq -r '.version' <<<"$view"); step=$(jq -r '.stepNumber' <<<"$view"); status=$(jq -r '.status' <<<"$view")
    case $status in WITHDRAWAL_REQUESTED | RESULT_RETURNED | STOPPED) echo "$n $unit $code $goal $status" >>"$WORK/finished"; return 0 ;; esac
    if [[ $goal == withdraw ]]; then
      action=withdrawal; role=frontdesk; body='{"version": '"$version"', "reason": "công dân xin rút (chaos)"}'
    else
      IFS=: read -r action role assignee <<<"${ACTIONS_RESOLVE[$((step - 1))]:-result-return:frontdesk:}"
      if [[ -n $assignee ]]; then
        body='{"version": '"$version"', "assignee": "'"$assignee"'"}'
      else
        body='{"version": '"$version"'}'
      fi
    fi
    [[ $role == frontdesk ]] && token=frontdesk.$side || token=$role.$side
    out=$(curl -s --max-time 20 -o "$WORK/requests/w$n.json" -w '%{http_code} %{content_type}' \
      -H "Authorization: Bearer $(cat "$WORK/tokens/$token")" -H 'Content-Type: application/json' -d "$body" \
      "$WORKFLOW/api/v1/dossiers/$code/$action")
    echo "$n $action ${out%% *} ${out#* } $(date +%s)" >>"$WORK/workflow-attempts.log"
    case ${out%% *} in
      200) [[ $action == withdrawal || $action == result-return ]] && {
             echo "$n $unit $code $goal done" >>"$WORK/finished"; return 0; } ;;
      409) ;; # a retried action that had been applied: re-read and go on
      000 | 5??) sleep 1 ;;
      *) cp "$WORK/requests/w$n.json" "$WORK/requests/w$n.refused.${out%% *}"; echo "$n $unit $code $goal refused" >>"$WORK/finished"; return 0 ;;
    esac
  done
  echo "$n $unit $code $goal gave-up" >>"$WORK/finished"
}
export -f desk_payload receive act_on
export WORK RUN_ID INTAKE WORKFLOW
export ACTIONS_RESOLVE_STR="${ACTIONS_RESOLVE[*]}" # arrays do not cross into the clients' shells

faults &
CHAOS_PID=$!
started=$(date +%s)
say "receiving $DOSSIERS dossiers with $CONCURRENCY clients"
seq 1 "$DOSSIERS" | xargs -P "$CONCURRENCY" -I{} bash -c 'receive {}'
say "received in $(( $(date +%s) - started ))s: $(wc -l <"$WORK/accepted" 2>/dev/null || echo 0) accepted"

# withdraw and resolve a share, through workflow (the faults may still be running)
awk -v w="$WITHDRAW_PERCENT" -v r="$RESOLVE_PERCENT" '$2 == "31639" {
    p = $1 % 100; if (p < w) print $1, $2, $4, "withdraw"; else if (p < w + r) print $1, $2, $4, "resolve" }' \
  "$WORK/accepted" >"$WORK/plan"
say "acting on $(wc -l <"$WORK/plan") dossiers in workflow"
bash -c 'while read -r n unit code goal; do printf "%s %s %s %s\n" "$n" "$unit" "$code" "$goal"; done' <"$WORK/plan" \
  | xargs -P "$CONCURRENCY" -L1 bash -c 'ACTIONS_RESOLVE=($ACTIONS_RESOLVE_STR); act_on "$@"' _
wait "$CHAOS_PID"; CHAOS_PID=
say "load and faults done after $(( $(date +%s) - started ))s; making sure every part is up"
restart_missing

# ---- settle: wait until the projections stop moving (every service consumed everything)
accepted_ids() { cut -d' ' -f3 "$WORK/accepted" | sort -u; }
count_known() { sql "$1" "$2"; }
previous=""
for _ in $(seq 1 $((SETTLE_TIMEOUT / 5))); do
  now="$(sql workflow 'select count(*) from dossier_case') $(sql document 'select count(*) from dossier') \
$(sql intake 'select count(*) from outbox_event where published_at is null')"
  [[ $now == "$previous" && ${now##* } == 0 ]] && break
  previous=$now; sleep 5
done
say "settled: workflow cases, document dossiers, intake outbox pending = $now"

# ---- reconcile
echo "chaos: reconciling"
accepted=$(wc -l <"$WORK/accepted")
check "every dossier got an answer (no client gave up)" 0 "$(wc -l <"$WORK/gave-up")"
check "at least $DOSSIERS receptions were accepted" "$DOSSIERS" "$(accepted_ids | wc -l)"
refused=$(ls "$WORK/requests" | grep -c '\.refused\.' || true)
check "no request was refused with 4xx" 0 "$refused"
bad_failures=$(awk '$3 != 200 && $3 != 201 && $3 != "000" && !($3 ~ /^5/ && $4 ~ /problem\+json/)' \
  "$WORK/intake-attempts.log" "$WORK/workflow-attempts.log" 2>/dev/null | grep -vc ' 409 ' || true)
check "every failed request was 5xx application/problem+json (or no answer while its service was down)" 0 "$bad_failures"
echo "    failed attempts: $(awk '$3 ~ /^5/' "$WORK/intake-attempts.log" "$WORK/workflow-attempts.log" | wc -l) 5xx," \
  "$(awk '$3 == "000"' "$WORK/intake-attempts.log" "$WORK/workflow-attempts.log" | wc -l) without answer," \
  "$(grep -c ' 409 ' "$WORK/workflow-attempts.log") workflow 409 after a retried action"

ids_sql=$(accepted_ids | sed "s/.*/'&'/" | paste -sd,)
check "intake holds exactly one dossier per Idempotency-Key / legacy id (retries made no second dossier)" "$accepted" \
  "$(( $(sql intake "select count(*) from reception_request where idempotency_key like '$RUN_ID-%'") \
     + $(sql intake "select count(*) from dossier where legacy_id like '$RUN_ID-%'") ))"
# the same request under the same Idempotency-Key, once more after everything: the first dossier, no second one
read -r again_n _ again_id _ < <(awk '$2 == "31639"' "$WORK/accepted" | head -1)
again=$(curl -s --max-time 30 -w '\n%{http_code}' -H "Authorization: Bearer $(cat "$WORK/tokens/frontdesk.commune")" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $RUN_ID-$again_n" -d "$(desk_payload "$again_n")" \
  "$INTAKE/api/v1/dossiers")
check "a retry with the same Idempotency-Key answers the first dossier" "$again_id (201)" \
  "$(jq -r '.dossier.id // .id' <<<"${again%$'\n'*}" 2>/dev/null) (${again##*$'\n'})"
check "intake: every accepted dossier exists" "$accepted" \
  "$(sql intake "select count(*) from dossier where id in ($ids_sql) and status = 'ACCEPTED'")"
check "intake: no dossier but the accepted ones was created during the run (no retry made a second one)" "$accepted" \
  "$(sql intake "select count(*) from dossier where decided_at >= to_timestamp($started) - interval '1 minute'")"
check "intake: nothing left unpublished in the outbox" 0 "$(sql intake 'select count(*) from outbox_event where published_at is null')"
check "workflow knows every accepted dossier exactly once" "$accepted $accepted" \
  "$(sql workflow "select count(*), count(distinct id) from dossier_case where id in ($ids_sql)" | tr '|' ' ')"
codes_sql=$(cut -d' ' -f4 "$WORK/accepted" | sort -u | sed "s/.*/'&'/" | paste -sd,)
check "document knows every accepted dossier exactly once" "$accepted $accepted" \
  "$(sql document "select count(*), count(distinct code) from dossier where code in ($codes_sql)" | tr '|' ' ')"
check "workflow: no case of a dossier intake does not have" 0 \
  "$(sql workflow "select count(*) from dossier_case where received_at >= to_timestamp($started) - interval '1 minute'
                   and id not in ($ids_sql)")"
withdrawn=$(awk '$4 == "withdraw" && ($5 == "done" || $5 == "WITHDRAWAL_REQUESTED")' "$WORK/finished" 2>/dev/null | wc -l)
resolved=$(awk '$4 == "resolve" && ($5 == "done" || $5 == "RESULT_RETURNED")' "$WORK/finished" 2>/dev/null | wc -l)
check "every planned withdrawal and resolution was done" "$(wc -l <"$WORK/plan")" "$((withdrawn + resolved))"

# stats: Biểu 06 of today (Asia/Ho_Chi_Minh) per unit against intake's and workflow's own rows
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
for unit in 31639 31645 31654 31666; do
  expected_received=$(sql intake "select count(*) from dossier where status = 'ACCEPTED' and unit_code = '$unit'
     and (received_at at time zone 'Asia/Ho_Chi_Minh')::date = date '$today'")
  expected_withdrawn=$(sql workflow "select count(*) from dossier_case where unit_code = '$unit' and status = 7
     and (received_at at time zone 'Asia/Ho_Chi_Minh')::date = date '$today'")
  expected_resolved=$(sql workflow "select count(*) from dossier_case where unit_code = '$unit'
     and (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date = date '$today'")
  expected="$expected_received $expected_withdrawn $expected_resolved"
  report=""; got=""
  for _ in $(seq 1 60); do # stats may still be catching up after its restart: wait until the figures stop lagging
    report=$(curl -s --max-time 30 -H "Authorization: Bearer $(cat "$WORK/tokens/provincial-system")" \
      "$STATS/api/v1/reports/dossiers?from=$today&to=$today&unit=$unit")
    got=$(jq -r '.total | "\(.receivedOnline + .receivedInPerson) \(.withdrawn) \(.resolvedEarly + .resolvedOnTime + .resolvedLate)"' \
      <<<"$report" 2>/dev/null)
    [[ $got == "$expected" ]] && break
    sleep 5
  done
  read -r got_received got_withdrawn got_resolved <<<"$got"
  check "stats Biểu 06 counts each dossier received at $unit today once" "$expected_received" "${got_received:-none}"
  check "stats Biểu 06 counts the withdrawals at $unit once" "$expected_withdrawn" "${got_withdrawn:-none}"
  check "stats Biểu 06 counts the resolutions at $unit once" "$expected_resolved" "${got_resolved:-none}"
  check "stats Biểu 06 of $unit is consistent" true "$(jq -r '.consistent' <<<"$report" 2>/dev/null)"
done

# dead letters: none anywhere
admin=$(cat "$WORK/tokens/admin.province") # dead letters are the provincial admin's
for entry in intake:$INTAKE workflow:$WORKFLOW document:$DOCUMENT stats:$STATS; do
  name=${entry%%:*}; url=${entry#*:}
  waiting=$(curl -s --max-time 30 -H "Authorization: Bearer $admin" "$url/api/v1/admin/dead-letters" \
    | jq -r '[.topics[]] | add // 0' 2>/dev/null)
  check "$name: every dead-letter topic is empty" 0 "${waiting:-unknown}"
done
check "no stalled consumer remains" 0 "$(for u in $INTAKE $WORKFLOW $DOCUMENT $STATS; do
  curl -s --max-time 10 "$u/q/metrics" | grep '^motcua_consumer_stalled' | awk '$2 != "0.0"'; done | wc -l)"

echo "chaos: faults: $(cut -d' ' -f2- "$WORK/faults.log" | paste -sd, )"
echo "chaos: $passed passed, $failed failed (work files: $WORK)"
((failed == 0))
