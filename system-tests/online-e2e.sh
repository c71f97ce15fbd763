#!/usr/bin/env bash
# Online submission with files to an electronic result, end to end against the platform (./platform up -d, real
# Keycloak, real services): a citizen without an account submits online and sends a component's file with the
# lookup secret; the desk accepts the dossier and sees the file; staff process it (workflow's hand-offs and
# approval) to an electronic result that is drafted, signed by the leader, numbered, signed for the organisation
# and issued (document-service); the citizen downloads the signed result through the lookup with the code and the
# secret, and its SHA-256 is the issued file's; a wrong secret gets 404. Uses the platform already running when
# intake answers (as system-tests/with-platform.sh arranges, left running), otherwise starts one in a data
# directory of its own. Prints "online-e2e: N passed, M failed"; exit 0 only when all passed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM=$ROOT/platform
INTAKE=http://localhost:${MOTCUA_INTAKE_PORT:-8081}
WORKFLOW=http://localhost:${MOTCUA_WORKFLOW_PORT:-8082}
DOCUMENT=http://localhost:${MOTCUA_DOCUMENT_PORT:-8083}
WORK=$(mktemp -d /tmp/motcua-online-e2e.XXXXXX)
UNIT=31639 # the demo realm's commune (frontdesk.commune, specialist.commune, ...)
passed=0
failed=0
started=0
check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}
finish() {
  echo "online-e2e: $passed passed, $failed failed ($((SECONDS - begun)) s)"
  ((failed == 0)) && rm -rf "$WORK" || echo "online-e2e: responses kept in $WORK"
  ((failed == 0))
  exit
}
cleanup() { ((started)) && "$PLATFORM" down >/dev/null 2>&1; }
trap cleanup EXIT
begun=$SECONDS
if ! command -v jq >/dev/null; then # CI's clean machine has only a JDK
  echo "online-e2e: installing Debian's jq"
  (apt-get install -y -q --no-install-recommends jq || { apt-get update -q && apt-get install -y -q --no-install-recommends jq; }) \
    >/dev/null 2>&1
  command -v jq >/dev/null || { echo "online-e2e: jq is missing (apt-get install jq)"; failed=1; finish; }
fi

if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$INTAKE/q/health/ready") == 200 ]]; then
  echo "online-e2e: using the platform already running (intake at $INTAKE), left running"
else
  export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-online.XXXXXX)}
  echo "online-e2e: starting the platform in $MOTCUA_HOME"
  started=1
  "$PLATFORM" up -d >"$WORK/up.log" 2>&1 || { cat "$WORK/up.log"; failed=1; finish; }
  begun=$SECONDS
fi

# A one-page PDF with an ASCII line of text, its cross-reference table at the right offsets (no PDF tool needed).
make_pdf() { # make_pdf <ascii text> <file>
  local LC_ALL=C text=$1 out=$2 body stream xref i
  local -a objects offsets=()
  stream="BT /F1 14 Tf 72 760 Td ($text) Tj ET"
  objects=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    "<< /Length ${#stream} >>"$'\nstream\n'"$stream"$'\nendstream'
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
  body=$'%PDF-1.4\n'
  for i in "${!objects[@]}"; do
    offsets+=("${#body}")
    body+="$((i + 1)) 0 obj"$'\n'"${objects[$i]}"$'\nendobj\n'
  done
  xref=${#body}
  body+="xref"$'\n'"0 $((${#objects[@]} + 1))"$'\n'"0000000000 65535 f "$'\n'
  for i in "${offsets[@]}"; do body+="$(printf '%010d 00000 n ' "$i")"$'\n'; done
  body+="trailer"$'\n'"<< /Size $((${#objects[@]} + 1)) /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n%%EOF\n'
  printf '%s' "$body" >"$out"
}
token() { "$PLATFORM" token "$1"; }
# call <name> <curl args...>: the body goes to $WORK/<name>.json, the status is printed
call() { local name=$1; shift; curl -s --max-time 30 -o "$WORK/$name.json" -w '%{http_code}' "$@"; }
field() { jq -r "$2" "$WORK/$1.json" 2>/dev/null; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
uri() { jq -rn --arg v "$1" '$v|@uri'; }

desk=$(token frontdesk.commune); specialist=$(token specialist.commune); leader=$(token leader.commune)
clerk=$(token clerk.commune); admin=$(token admin.commune); other_desk=$(token frontdesk.district)
[[ -n $desk && -n $specialist && -n $leader && -n $clerk && -n $admin && -n $other_desk ]] \
  || { echo "online-e2e: no token for a demo user"; failed=1; finish; }

echo "online-e2e: a citizen without an account submits online, with a component's file"
status=$(call submitted -H 'Content-Type: application/json' -H "Idempotency-Key: online-e2e-$(date +%s%N)" -d '{
    "unitCode": "'$UNIT'", "procedureCode": "1.004873",
    "applicant": {"kind": "PERSON", "name": "Nguyễn Thị Trực Tuyến", "idNumber": "094185001234",
                  "dateOfBirth": "1985-03-02", "address": "Ấp Phú Đức, Long Phú"},
    "components": [{"no": 1, "originals": 1, "copies": 0}]}' "$INTAKE/api/v1/online/dossiers")
check "the online submission is taken (no token)" 201 "$status"
id=$(field submitted .id); code=$(field submitted .code); secret=$(field submitted .lookupSecret)
[[ $status == 201 && -n $secret ]] || finish

make_pdf "To khai online-e2e $code" "$WORK/to-khai.pdf"
component="1. Tờ khai"
upload_path="$DOCUMENT/api/v1/online/dossiers/$code/files?component=$(uri "$component")&name=to-khai.pdf"
# document-service learns of the dossier from intake's event a moment after the submission: 404 until then
for ((i = 0; i < 60; i++)); do
  status=$(call uploaded -H "Lookup-Secret: $secret" -H 'Content-Type: application/pdf' \
    --data-binary "@$WORK/to-khai.pdf" "$upload_path")
  [[ $status == 404 ]] || break
  sleep 0.5
done
check "the citizen's file is taken with the lookup secret" 201 "$status"
check "its recorded SHA-256 is the file's" "$(sha "$WORK/to-khai.pdf")" "$(field uploaded '.versions[0].sha256')"
check "a wrong secret cannot add a file (404)" 404 "$(call wrong-upload -H 'Lookup-Secret: AAAA-BBBB-CCCC-DDDD' \
  -H 'Content-Type: application/pdf' --data-binary "@$WORK/to-khai.pdf" "$upload_path")"
printf 'plain text, not a PDF' >"$WORK/note.txt"
check "a file of another type is refused (415)" 415 "$(call wrong-type -H "Lookup-Secret: $secret" \
  -H 'Content-Type: text/plain' --data-binary "@$WORK/note.txt" "$upload_path")"

echo "online-e2e: the desk accepts it and sees the citizen's file"
check "the desk accepts the online dossier" 200 "$(call accepted -X POST -H "Authorization: Bearer $desk" \
  "$INTAKE/api/v1/dossiers/$id/accept")"
check "the desk's list of the dossier's files holds the citizen's" "1 $component" "$(call files \
  -H "Authorization: Bearer $desk" "$DOCUMENT/api/v1/dossiers/$code/files" >/dev/null
  field files '[.[] | select(.provenance == "SUBMITTED_ONLINE")] | "\(length) \(.[0].component)"')"
file_id=$(field files '[.[] | select(.provenance == "SUBMITTED_ONLINE")][0].id')
curl -s --max-time 30 -o "$WORK/seen-by-desk.pdf" -H "Authorization: Bearer $desk" "$DOCUMENT/api/v1/files/$file_id/content"
check "the desk downloads exactly the citizen's file" "$(sha "$WORK/to-khai.pdf")" "$(sha "$WORK/seen-by-desk.pdf")"
check "another unit's desk does not see the dossier's files (404)" 404 "$(call other-unit \
  -H "Authorization: Bearer $other_desk" "$DOCUMENT/api/v1/dossiers/$code/files")"
# the acceptance reaches document-service as an event: until then an empty body is refused as empty (400), after it
# the dossier no longer waits for the desk (409, checked before the body is read)
for ((i = 0; i < 60; i++)); do
  status=$(call late-upload -H "Lookup-Secret: $secret" -H 'Content-Type: application/pdf' --data-binary '' "$upload_path")
  [[ $status == 400 ]] || break
  sleep 0.5
done
check "after acceptance the citizen adds no file (409)" 409 "$status"

# workflow: the next hand-off or decision of the demo path (as in chaos.sh), by whoever holds the step
act() { # act <action> <token> [assignee]
  local view version body
  for ((i = 0; i < 60; i++)); do
    [[ $(call view -H "Authorization: Bearer $desk" "$WORKFLOW/api/v1/dossiers/$code") == 200 ]] && break
    sleep 0.5 # workflow opens the case from the DossierReceived event
  done
  version=$(field view .version)
  body='{"version": '"$version"'}'
  [[ -n ${3:-} ]] && body='{"version": '"$version"', "assignee": "'"$3"'"}'
  call "act-$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$body" \
    "$WORKFLOW/api/v1/dossiers/$code/$1"
}

echo "online-e2e: staff process it to an electronic result, signed and issued"
check "the desk hands it to the specialist" 200 "$(act assign "$desk" specialist.commune)"
make_pdf "Giay xac nhan tinh trang hon nhan, ho so $code" "$WORK/result.pdf"
check "the specialist uploads the result" 201 "$(call result -H "Authorization: Bearer $specialist" \
  -H 'Content-Type: application/pdf' --data-binary "@$WORK/result.pdf" \
  "$DOCUMENT/api/v1/files?provenance=RESULT&dossierCode=$(uri "$code")&name=ket-qua.pdf")"
result_file=$(field result .id)
check "the specialist drafts the electronic result" 201 "$(call draft -H "Authorization: Bearer $specialist" \
  -H 'Content-Type: application/json' -d '{"type": "QD", "issuer": "UBND",
    "summary": "Về việc xác nhận tình trạng hôn nhân, hồ sơ '"$code"'", "signerName": "Lãnh Đạo Xã",
    "signerTitle": "Chủ tịch", "recipients": ["Người nộp hồ sơ", "Lưu: VT"], "deliveryMode": "FULLY_ELECTRONIC",
    "dossierCode": "'"$code"'", "fileId": "'"$result_file"'"}' "$DOCUMENT/api/v1/outgoing-documents")"
document=$(field draft .id)
check "the specialist hands it to the leader" 200 "$(act assign "$specialist" leader.commune)"
# the unit's admin enrols the signers' certificates (a repeated run finds them enrolled already)
enrolled() { [[ $1 == 20? || $1 == 409 ]] && echo yes || echo "no ($1)"; }
check "the leader's certificate is enrolled" yes "$(enrolled "$(call cert-person -H "Authorization: Bearer $admin" \
  -H 'Content-Type: application/json' -d '{"kind": "PERSON", "username": "leader.commune", "holderName": "Lãnh Đạo Xã"}' \
  "$DOCUMENT/api/v1/signing-certificates")")"
check "the organisation's certificate is enrolled" yes "$(enrolled "$(call cert-org -H "Authorization: Bearer $admin" \
  -H 'Content-Type: application/json' -d '{"kind": "ORGANISATION", "holderName": "UBND xã Long Phú"}' \
  "$DOCUMENT/api/v1/signing-certificates")")"
check "the leader signs the result" 200 "$(call sign-person -H "Authorization: Bearer $leader" \
  -H 'Content-Type: application/json' -d '{"role": "PERSON"}' "$DOCUMENT/api/v1/outgoing-documents/$document/signatures")"
check "the leader approves the dossier" 200 "$(act approval "$leader")"
check "the clerk numbers it in the register" 200 "$(call registered -X POST -H "Authorization: Bearer $clerk" \
  "$DOCUMENT/api/v1/outgoing-documents/$document/registration")"
check "the clerk signs for the organisation" 200 "$(call sign-org -H "Authorization: Bearer $clerk" \
  -H 'Content-Type: application/json' -d '{"role": "ORGANISATION"}' "$DOCUMENT/api/v1/outgoing-documents/$document/signatures")"
check "the clerk issues it" 200 "$(call issued -X POST -H "Authorization: Bearer $clerk" \
  "$DOCUMENT/api/v1/outgoing-documents/$document/issue")"
issued_version=$(field issued .issuedFileVersion)
call issued-file -H "Authorization: Bearer $clerk" "$DOCUMENT/api/v1/files/$result_file" >/dev/null
issued_sha=$(field issued-file "[.versions[] | select(.version == $issued_version)][0].sha256")

echo "online-e2e: the citizen downloads the signed result with the code and the lookup secret"
check "the lookup lists the issued result" "1 $issued_sha" "$(call results -H "Lookup-Secret: $secret" \
  "$DOCUMENT/api/v1/lookup/dossiers/$code/results" >/dev/null; field results '"\(length) \(.[0].sha256)"')"
check "the download is served" 200 "$(curl -s --max-time 30 -o "$WORK/downloaded.pdf" -w '%{http_code}' \
  -H "Lookup-Secret: $secret" "$DOCUMENT/api/v1/lookup/dossiers/$code/results/$document/content")"
check "the downloaded file's SHA-256 is the issued file's" "$issued_sha" "$(sha "$WORK/downloaded.pdf")"
check "it is signed (two signatures in the PDF)" 2 "$(grep -ao '/ByteRange' "$WORK/downloaded.pdf" | wc -l)"
check "a wrong secret gets 404" 404 "$(call wrong-lookup -H 'Lookup-Secret: AAAA-BBBB-CCCC-DDDD' \
  "$DOCUMENT/api/v1/lookup/dossiers/$code/results/$document/content")"
check "no secret gets 404" 404 "$(call no-lookup "$DOCUMENT/api/v1/lookup/dossiers/$code/results")"
finish
