#!/usr/bin/env bash
# The restore drill (issue 18, item 5): on a running platform, makes data through the APIs (dossiers received and
# one resolved, an uploaded file, a result PDF signed by the leader and the organisation and issued), records the
# stats reports, the files' SHA-256 and the signatures' validation, backs up (./platform backup), checks that
# restore refuses what it must (platform running, corrupt part, version mismatch, data in the way), stops the
# platform, DESTROYS its data (MOTCUA_HOME's postgres/, kafka/, document/), restores, starts it again and checks
# that reports, files and signatures are identical and that a new dossier is received with a code never used
# and counted. Prints "restore-drill: N passed, M failed"; exit 0 only when all passed.
#
# It destroys the platform's data: run it last on a shared platform (CI: the last script of with-platform.sh).
# Uses the platform already running when intake answers (left running, restored), otherwise starts one in a data
# directory of its own and stops it at the end. Honours the ./platform port variables.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM=$ROOT/platform
export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-drill.XXXXXX)}
WORK=$(mktemp -d /tmp/motcua-drill-work.XXXXXX)
BACKUP=$WORK/backup
INTAKE=http://localhost:${MOTCUA_INTAKE_PORT:-8081}
WORKFLOW=http://localhost:${MOTCUA_WORKFLOW_PORT:-8082}
DOCUMENT=http://localhost:${MOTCUA_DOCUMENT_PORT:-8083}
STATS=http://localhost:${MOTCUA_STATS_PORT:-8084}
UNIT=31639 # the demo realm's commune: frontdesk.commune, specialist.commune... work there
passed=0
failed=0

say() { printf 'restore-drill %s: %s\n' "$(date -u +%H:%M:%S)" "$*"; }
check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}
finish() {
  say "$passed passed, $failed failed (work files: $WORK)"
  echo "restore-drill: $passed passed, $failed failed"
  ((failed == 0)) && rm -rf "$WORK"
  exit $((failed == 0 ? 0 : 1))
}
give_up() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$*"; finish; }

install_if_missing() { # install_if_missing <command> <debian package>: CI's clean machine has only a JDK
  command -v "$1" >/dev/null && return 0
  local sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends "$2" >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q --no-install-recommends "$2" >/dev/null; }
  command -v "$1" >/dev/null || give_up "$1 is missing (apt-get install $2)"
}
install_if_missing jq jq
install_if_missing curl curl

started=0
cleanup() { ((started)) && "$PLATFORM" down >/dev/null 2>&1; }
trap cleanup EXIT
healthy() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$INTAKE/q/health/ready") == 200 ]]; }
if healthy; then
  say "using the platform already running in $MOTCUA_HOME (its data is destroyed and restored)"
else
  say "starting the platform in $MOTCUA_HOME"
  started=1
  "$PLATFORM" up -d >"$WORK/up.log" 2>&1 || { cat "$WORK/up.log"; give_up "the platform did not start"; }
fi

# ---- small API helpers: call <user> <method> <url> [curl args...] prints the body, sets STATUS
declare -A TOKENS
token() { [[ -n ${TOKENS[$1]:-} ]] || TOKENS[$1]=$("$PLATFORM" token "$1"); printf '%s' "${TOKENS[$1]}"; }
# the status goes to a file: call runs in $(...), whose variables the caller never sees
call() {
  local user=$1 method=$2 url=$3 out
  shift 3
  out=$(curl -s --max-time 60 -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $(token "$user")" "$@" "$url")
  printf '%s' "${out##*$'\n'}" >"$WORK/status"
  printf '%s' "${out%$'\n'*}"
}
status() { cat "$WORK/status"; }
USERS=(frontdesk.commune specialist.commune leader.commune clerk.commune admin.commune supervisor.commune)
fetch_tokens() { local user; for user in "${USERS[@]}"; do token "$user" >/dev/null; done; } # here, not in a $(...)
json() { call "$1" "$2" "$3" -H 'Content-Type: application/json' -H "Idempotency-Key: drill-$RANDOM$RANDOM" -d "$4"; }

# A one-page PDF whose text says which file it is, with a correct cross-reference table.
make_pdf() { # make_pdf <file> <text>
  local LC_ALL=C stream objects=() body offsets=() pdf i
  stream="BT /F1 18 Tf 72 760 Td ($2) Tj ET"
  objects=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    "<< /Length ${#stream} >>"$'\n'"stream"$'\n'"$stream"$'\n'"endstream"
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
  pdf=$'%PDF-1.4\n'
  for i in "${!objects[@]}"; do
    offsets+=("${#pdf}")
    pdf+="$((i + 1)) 0 obj"$'\n'"${objects[i]}"$'\n'"endobj"$'\n'
  done
  body=${#pdf}
  pdf+="xref"$'\n'"0 6"$'\n'"0000000000 65535 f "$'\n'
  for i in "${offsets[@]}"; do pdf+=$(printf '%010d 00000 n ' "$i")$'\n'; done
  pdf+="trailer"$'\n'"<< /Size 6 /Root 1 0 R >>"$'\n'"startxref"$'\n'"$body"$'\n'"%%EOF"$'\n'
  printf '%s' "$pdf" >"$1"
}

receive() { # receive <n>: prints the new dossier's code
  json frontdesk.commune POST "$INTAKE/api/v1/dossiers" '{"procedureCode": "1.001193", "channel": "IN_PERSON",
    "applicant": {"kind": "PERSON", "name": "Nguyễn Văn Diễn Tập '"$1"'", "idNumber": "094185001234",
                  "dateOfBirth": "1985-03-02", "phone": "0912 345 678", "address": "Ấp Phú Đức, Long Phú"},
    "components": [{"no": 1, "originals": 1, "copies": 0}, {"no": 2, "originals": 1, "copies": 0}]}' \
    | jq -r '.dossier.code // .code // empty'
}

# The resolution path of the demo procedure, as chaos.sh walks it: action, who acts, to whom it goes next.
RESOLVE=("assign:frontdesk:specialist.commune" "assign:specialist:leader.commune" "approval:leader:"
  "assign:clerk:frontdesk.commune" "result-return:frontdesk:")
resolve() { # resolve <code>: walks the dossier to RESULT_RETURNED; prints its final status
  local code=$1 view version step status action role assignee body i
  for i in $(seq 1 60); do
    view=$(call frontdesk.commune GET "$WORKFLOW/api/v1/dossiers/$code")
    if [[ $(status) != 200 ]]; then sleep 1; continue; fi # workflow has not opened it yet
    version=$(jq -r .version <<<"$view"); step=$(jq -r .stepNumber <<<"$view"); status=$(jq -r .status <<<"$view")
    [[ $status == RESULT_RETURNED ]] && { echo "$status"; return 0; }
    IFS=: read -r action role assignee <<<"${RESOLVE[$((step - 1))]:-result-return:frontdesk:}"
    body='{"version": '"$version"${assignee:+', "assignee": "'"$assignee"'"'}'}'
    json "$role.commune" POST "$WORKFLOW/api/v1/dossiers/$code/$action" "$body" >"$WORK/last-action.json"
    [[ $(status) == 200 || $(status) == 409 ]] || { echo "refused $action $(status) $(cat "$WORK/last-action.json")"; return 1; }
  done
  echo "unfinished"
}

today=$(TZ=Asia/Ho_Chi_Minh date +%F)
year=${today%%-*}
report() { # the reports an operator reads: Biểu 06 of today and of the year, for the commune
  local from
  for from in "$today" "$year-01-01"; do
    call supervisor.commune GET "$STATS/api/v1/reports/dossiers?from=$from&to=$today&unit=$UNIT"
    echo
  done
}
received_in() { jq -s -r '.[0].total | .receivedOnline + .receivedInPerson' <<<"$1" 2>/dev/null; }
resolved_in() { jq -s -r '.[0].total | .resolvedEarly + .resolvedOnTime + .resolvedLate' <<<"$1" 2>/dev/null; }

# What the drill compares: the validation of a file's signatures without the moment it was checked at.
signatures_of() { # signatures_of <file id>
  call clerk.commune GET "$DOCUMENT/api/v1/files/$1/signatures" \
    | jq -S 'walk(if type == "object" then with_entries(select(.key | test("(?i)(checkedAt|validatedAt|validationTime)$") | not)) else . end)'
}
sha_of() { # the bytes as downloaded (not through $(...), which drops NUL bytes)
  curl -s --max-time 60 -H "Authorization: Bearer $(token clerk.commune)" "$DOCUMENT/api/v1/files/$1/content" \
    | sha256sum | cut -d' ' -f1
}

# ------------------------------------------------------------------------------------------------- the data
say "making data through the APIs"
fetch_tokens
before=$(report)
base_received=$(received_in "$before"); base_resolved=$(resolved_in "$before")
[[ $base_received =~ ^[0-9]+$ ]] || give_up "no stats report before the drill: $before"

codes=()
for n in 1 2 3; do
  code=$(receive "$n")
  [[ -n $code ]] || give_up "intake refused reception $n ($(status))"
  codes+=("$code")
done
check "three dossiers received" 3 "${#codes[@]}"
check "dossier ${codes[0]} resolved through workflow" RESULT_RETURNED "$(resolve "${codes[0]}")"

make_pdf "$WORK/component.pdf" "Don de nghi - ${codes[1]}"
component=$(call frontdesk.commune POST \
  "$DOCUMENT/api/v1/files?provenance=DIGITISED_AT_RECEPTION&dossierCode=${codes[1]}&component=1&name=don.pdf" \
  -H 'Content-Type: application/pdf' -H "Idempotency-Key: drill-c-$RANDOM" --data-binary "@$WORK/component.pdf" | jq -r '.id // empty')
check "a component file uploaded" 201 "$(status)"

# the signed result: enrol the demo certificates (development CA), draft, leader signs, clerk numbers, signs, issues
json admin.commune POST "$DOCUMENT/api/v1/signing-certificates" \
  '{"kind": "PERSON", "username": "leader.commune", "holderName": "Lãnh đạo xã (diễn tập)"}' >/dev/null
json admin.commune POST "$DOCUMENT/api/v1/signing-certificates" \
  '{"kind": "ORGANISATION", "holderName": "UBND thị trấn Long Phú"}' >/dev/null
make_pdf "$WORK/result.pdf" "Quyet dinh - ${codes[0]}"
result=$(call specialist.commune POST "$DOCUMENT/api/v1/files?provenance=RESULT&dossierCode=${codes[0]}&name=ketqua.pdf" \
  -H 'Content-Type: application/pdf' -H "Idempotency-Key: drill-r-$RANDOM" --data-binary "@$WORK/result.pdf" | jq -r '.id // empty')
check "a result file uploaded" 201 "$(status)"
outgoing=$(json specialist.commune POST "$DOCUMENT/api/v1/outgoing-documents" '{"type": "QD", "issuer": "UBND",
  "summary": "Quyết định (diễn tập khôi phục)", "signerName": "Lãnh đạo xã", "signerTitle": "Chủ tịch",
  "recipients": ["Công dân"], "deliveryMode": "FULLY_ELECTRONIC", "dossierCode": "'"${codes[0]}"'", "fileId": "'"$result"'"}' \
  | jq -r '.id // empty')
check "the result drafted as an outgoing document" 201 "$(status)"
json leader.commune POST "$DOCUMENT/api/v1/outgoing-documents/$outgoing/signatures" '{"role": "PERSON"}' >"$WORK/sign1.json"
check "the leader signs it" 200 "$(status)"
json clerk.commune POST "$DOCUMENT/api/v1/outgoing-documents/$outgoing/registration" '{}' >"$WORK/register.json"
check "the clerk numbers it" 200 "$(status)"
json clerk.commune POST "$DOCUMENT/api/v1/outgoing-documents/$outgoing/signatures" '{"role": "ORGANISATION"}' >"$WORK/sign2.json"
check "the clerk signs it for the organisation" 200 "$(status)"
json clerk.commune POST "$DOCUMENT/api/v1/outgoing-documents/$outgoing/issue" '{}' >"$WORK/issue.json"
check "the clerk issues it" 200 "$(status)"

# stats has counted everything once the reports show the three receptions and the resolution
expected_received=$((base_received + 3)); expected_resolved=$((base_resolved + 1))
for _ in $(seq 1 60); do
  before=$(report)
  [[ $(received_in "$before") == "$expected_received" && $(resolved_in "$before") == "$expected_resolved" ]] && break
  sleep 1
done
check "stats counts the three receptions" "$expected_received" "$(received_in "$before")"
check "stats counts the resolution" "$expected_resolved" "$(resolved_in "$before")"
sleep 2 && before=$(report) # anything still in flight (document counts) settles
printf '%s' "$before" >"$WORK/reports.before.json"
component_sha=$(sha_of "$component"); result_sha=$(sha_of "$result")
signatures_of "$result" >"$WORK/signatures.before.json"
check "the issued result carries two intact signatures" "2 true" \
  "$(jq -r '"\(.signatures | length) \(.signatures | map(.intact) | all)"' "$WORK/signatures.before.json")"
check "the component file downloads as uploaded" "$(sha256sum <"$WORK/component.pdf" | cut -d' ' -f1)" "$component_sha"

# ------------------------------------------------------------------------------------------------- backup
say "backing up"
backup_start=$(date +%s)
"$PLATFORM" backup "$BACKUP" | tee "$WORK/backup.log"
check "./platform backup succeeds" 0 "${PIPESTATUS[0]}"
check "the backup has its MANIFEST" yes "$([[ -f $BACKUP/MANIFEST ]] && echo yes || echo no)"
say "backup took $(($(date +%s) - backup_start)) s, $(du -sh "$BACKUP" | cut -f1)"

"$PLATFORM" restore "$BACKUP" >"$WORK/refused.log" 2>&1
check "restore refuses while the platform runs" 5 "$?"
"$PLATFORM" restore "$WORK/nowhere" >"$WORK/refused.log" 2>&1
check "restore refuses a missing directory" 2 "$?"
cp -r "$BACKUP" "$WORK/corrupt" && printf 'X' | dd of="$WORK/corrupt/documents.tar.gz" bs=1 seek=100 conv=notrunc status=none
"$PLATFORM" restore "$WORK/corrupt" >"$WORK/refused.log" 2>&1
check "restore refuses a corrupt part" 3 "$?"
check "and names it" 1 "$(grep -c 'documents.tar.gz is corrupt' "$WORK/refused.log")"
cp -r "$BACKUP" "$WORK/other-version" && sed -i 's/^postgres [0-9]*/postgres 99/' "$WORK/other-version/MANIFEST"
"$PLATFORM" restore "$WORK/other-version" >"$WORK/refused.log" 2>&1
check "restore refuses another PostgreSQL major version" 4 "$?"

# ------------------------------------------------------------------------------------------------- destroy, restore
say "stopping the platform and destroying its data"
"$PLATFORM" down >"$WORK/down.log" 2>&1
"$PLATFORM" restore "$BACKUP" >"$WORK/refused.log" 2>&1
check "restore refuses to overwrite data that is there" 6 "$?"
rm -rf "$MOTCUA_HOME/postgres/data" "$MOTCUA_HOME/kafka" "$MOTCUA_HOME/document"
restore_start=$(date +%s)
"$PLATFORM" restore "$BACKUP" | tee "$WORK/restore.log"
check "./platform restore succeeds" 0 "${PIPESTATUS[0]}"
"$PLATFORM" up -d >"$WORK/up-again.log" 2>&1 || { tail -n 30 "$WORK/up-again.log"; give_up "the restored platform did not start"; }
say "restored and healthy $(($(date +%s) - restore_start)) s after the restore began"
check "the restored topics were loaded before the services started" 1 "$(grep -c 'loading the restored topics' "$WORK/up-again.log")"

# ------------------------------------------------------------------------------------------------- compare
TOKENS=() # fresh tokens: the restored platform's Keycloak issues them
fetch_tokens
after=""
for _ in $(seq 1 30); do
  after=$(report)
  [[ $after == "$before" ]] && break
  sleep 1
done
printf '%s' "$after" >"$WORK/reports.after.json"
check "the stats reports are identical" "$(sha256sum <"$WORK/reports.before.json")" "$(sha256sum <"$WORK/reports.after.json")"
check "the component file's SHA-256 is identical" "$component_sha" "$(sha_of "$component")"
check "the signed result's SHA-256 is identical" "$result_sha" "$(sha_of "$result")"
signatures_of "$result" >"$WORK/signatures.after.json"
check "the signatures validate as before" "$(sha256sum <"$WORK/signatures.before.json")" "$(sha256sum <"$WORK/signatures.after.json")"

code=$(receive 4)
check "a new dossier is received after the restore" yes "$([[ -n $code ]] && echo yes || echo "no ($(status))")"
check "its code was never used before (counters restored)" no \
  "$([[ " ${codes[*]} " == *" $code "* ]] && echo "yes: $code" || echo no)"
# the consumers re-read the restored topics from their start before they reach it (after CI's import: 12,000 dossiers)
for _ in $(seq 1 180); do
  after=$(report)
  [[ $(received_in "$after") == $((expected_received + 1)) ]] && break
  sleep 1
done
check "stats counts the new dossier once" $((expected_received + 1)) "$(received_in "$after")"
finish
