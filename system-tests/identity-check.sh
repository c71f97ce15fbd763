#!/usr/bin/env bash
# Identity and access against the real Keycloak and Kafka of a running ./platform (default ports
# unless the MOTCUA_*_PORT variables say otherwise); platform-smoke.sh calls it before stopping.
#  - password grant (demo user) and client-credentials grant (provincial-system), with their claims;
#    when MOTCUA_DEMO_PASSWORD is not "demo", the realm file's default is refused (placeholders work)
#  - the tokens on the services: own unit 200, another unit 404, a role that may not 403
#  - the provincial system on Kafka's external listener (SASL/OAUTHBEARER), with the consumer
#    configuration of deploy/kafka/provincial-consumer.properties as it is: it consumes the dossier
#    just received from motcua.dossier, is refused a write (TopicAuthorizationException), and a wrong
#    secret gets no connection at all
#  - self-registration: a new user registers on Keycloak's form (as the web client, with PKCE), gets the
#    citizen role and nothing else and no unit, lists their own online dossier; staff endpoints 403
# Prints one line per check and "identity-check: N passed, M failed"; exit status 0 when all passed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM=$ROOT/platform
KEYCLOAK=http://localhost:${MOTCUA_KEYCLOAK_PORT:-8180}
TOKEN_URL=$KEYCLOAK/realms/motcua/protocol/openid-connect/token
INTAKE=http://localhost:${MOTCUA_INTAKE_PORT:-8081}
DOCUMENT=http://localhost:${MOTCUA_DOCUMENT_PORT:-8083}
DEMO_PASSWORD=${MOTCUA_DEMO_PASSWORD:-demo}
SECRET=${MOTCUA_PROVINCIAL_SYSTEM_SECRET:-demo-provincial-system-secret}
KAFKA_LOG=${MOTCUA_HOME:-$ROOT/.motcua}/logs/identity-check-kafka.log
passed=0
failed=0

check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$@"; }
token_of() { "$PLATFORM" token "$1" 2>/dev/null; }
payload_of() { # the decoded JSON payload of a JWT
  local payload=${1#*.}; payload=${payload%%.*}
  payload=$(printf '%s' "$payload" | tr '_-' '/+')
  while (( ${#payload} % 4 )); do payload+='='; done
  printf '%s' "$payload" | base64 -d 2>/dev/null
}
claim() { payload_of "$1" | sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p"; } # claim <jwt> <name>: a string claim

echo "identity-check: Keycloak $KEYCLOAK, intake $INTAKE, document $DOCUMENT"

# ---- Keycloak: the two grants
desk=$(token_of frontdesk.commune)
check "password grant: frontdesk.commune gets a token" yes "$([[ -n $desk ]] && echo yes || echo no)"
check "its token carries the unit" 31639 "$(claim "$desk" unit)"
check "its token is for the services' audience" yes \
  "$(payload_of "$desk" | grep -q '"aud":\(\[[^]]*\)\{0,1\}"motcua-api"' && echo yes || echo no)"
if [[ $DEMO_PASSWORD != demo ]]; then
  check "the realm file's default password is replaced by MOTCUA_DEMO_PASSWORD" 401 \
    "$(status_of -d grant_type=password -d client_id=motcua-cli -d username=frontdesk.commune -d password=demo "$TOKEN_URL")"
fi
machine=$(curl -s --max-time 20 -d grant_type=client_credentials -d client_id=provincial-system \
  -d client_secret="$SECRET" "$TOKEN_URL" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
check "client-credentials grant: provincial-system gets a token" yes "$([[ -n $machine ]] && echo yes || echo no)"
check "its token names the client (azp), the principal Kafka sees" provincial-system "$(claim "$machine" azp)"
check "its token is scoped to the province" "${MOTCUA_PROVINCIAL_UNIT:-94}" "$(claim "$machine" unit)"
check "client-credentials with a wrong secret is refused" 401 \
  "$(status_of -d grant_type=client_credentials -d client_id=provincial-system -d client_secret=wrong "$TOKEN_URL")"

# ---- the services: own unit, other unit, wrong role
district=$(token_of frontdesk.district)
specialist=$(token_of specialist.commune)
supervisor=$(token_of supervisor.commune)
received=$(curl -s --max-time 30 -H "Authorization: Bearer $desk" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: identity-check-$$-$RANDOM" -d '{
    "procedureCode": "1.001193", "channel": "IN_PERSON",
    "applicant": {"kind": "PERSON", "name": "Nguyễn Thị Ánh Tuyết", "idNumber": "094185001234",
                  "dateOfBirth": "1985-03-02", "phone": "0912 345 678", "address": "Ấp Phú Đức, Long Phú"},
    "components": [{"no": 1, "originals": 1, "copies": 0}, {"no": 2, "originals": 1, "copies": 0}]}' \
  "$INTAKE/api/v1/dossiers")
id=$(sed -n 's/.*"dossier":{[^}]*"id":"\([^"]*\)".*/\1/p' <<<"$received")
[[ -n $id ]] || id=$(sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' <<<"$received" | head -1)
code=$(sed -n 's/.*"code":"\([^"]*-[0-9]\{6\}-[0-9]\{4,\}\)".*/\1/p' <<<"$received" | head -1)
check "intake: the commune's front desk receives a dossier" yes "$([[ -n $id && -n $code ]] && echo yes || echo "no: $received")"
check "intake: own unit reads it" 200 "$(status_of -H "Authorization: Bearer $desk" "$INTAKE/api/v1/dossiers/$id")"
check "intake: the district's front desk (another unit) gets 404" 404 "$(status_of -H "Authorization: Bearer $district" "$INTAKE/api/v1/dossiers/$id")"
check "intake: a specialist (not front desk) gets 403" 403 "$(status_of -H "Authorization: Bearer $specialist" "$INTAKE/api/v1/dossiers/$id")"
check "intake: the provincial system may not receive dossiers" 403 \
  "$(status_of -H "Authorization: Bearer $machine" -H 'Content-Type: application/json' -d '{}' "$INTAKE/api/v1/dossiers")"
files=000
for _ in $(seq 1 30); do # the document service learns of the dossier from motcua.dossier
  files=$(status_of -H "Authorization: Bearer $desk" "$DOCUMENT/api/v1/dossiers/$code/files")
  [[ $files == 200 ]] && break
  sleep 1
done
check "document: own unit lists the dossier's files" 200 "$files"
check "document: another unit gets 404" 404 "$(status_of -H "Authorization: Bearer $district" "$DOCUMENT/api/v1/dossiers/$code/files")"
check "document: a supervisor (no file rights) gets 403" 403 "$(status_of -H "Authorization: Bearer $supervisor" "$DOCUMENT/api/v1/dossiers/$code/files")"

# ---- a citizen registers themselves on Keycloak's registration form and gets the citizen role only
WEB=${MOTCUA_WEB_URL:-http://localhost:${MOTCUA_WEB_PORT:-8080}}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
challenge=$(printf '%s' "$verifier" | openssl dgst -binary -sha256 | base64 | tr '+/' '-_' | tr -d '=\n')
citizen_name=citizen-$$-$RANDOM
form=$(curl -s --max-time 20 -c "$jar" -b "$jar" -G \
  --data-urlencode client_id=motcua-web --data-urlencode response_type=code --data-urlencode scope=openid \
  --data-urlencode redirect_uri="$WEB/" --data-urlencode state=identity-check \
  --data-urlencode code_challenge="$challenge" --data-urlencode code_challenge_method=S256 \
  "$KEYCLOAK/realms/motcua/protocol/openid-connect/registrations")
action=$(sed -n 's/.*<form[^>]*id="kc-register-form"[^>]*action="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
[[ -n $action ]] || action=$(sed -n 's/.*action="\([^"]*login-actions\/registration[^"]*\)".*/\1/p' <<<"$form" | head -1)
action=${action//&amp;/&}
check "self-registration: the realm shows its registration form" yes "$([[ -n $action ]] && echo yes || echo no)"
# the form also carries unit=31639: a registrant may not attach themselves to a unit (only an admin may edit it)
location=$(curl -s --max-time 20 -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode firstName=Ánh --data-urlencode lastName='Nguyễn Thị' --data-urlencode email="$citizen_name@example.org" \
  --data-urlencode username="$citizen_name" --data-urlencode password="Dk-$verifier" \
  --data-urlencode password-confirm="Dk-$verifier" --data-urlencode unit=31639 "$action")
auth_code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
check "self-registration: the form registers and signs the citizen in (code to the web client)" yes \
  "$([[ -n $auth_code ]] && echo yes || echo "no: $location")"
citizen=$(curl -s --max-time 20 --data-urlencode grant_type=authorization_code --data-urlencode client_id=motcua-web \
  --data-urlencode code="$auth_code" --data-urlencode redirect_uri="$WEB/" --data-urlencode code_verifier="$verifier" \
  "$TOKEN_URL" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
check "self-registration: the web client gets the citizen's token" yes "$([[ -n $citizen ]] && echo yes || echo no)"
citizen_roles=$(payload_of "$citizen" | sed -n 's/.*"realm_access":{"roles":\(\[[^]]*\]\).*/\1/p')
check "self-registration: its token carries the citizen role" yes \
  "$(grep -q '"citizen"' <<<"$citizen_roles" && echo yes || echo "no: $citizen_roles")"
staff_roles=$(grep -oE '"(front-desk|specialist|leader|clerk|supervisor|admin|migration)"' <<<"$citizen_roles" | tr '\n' ' ')
check "self-registration: and no staff role" none "${staff_roles:-none}"
check "self-registration: its token has no unit, whatever the form sent" "" "$(claim "$citizen" unit)"
check "self-registration: demo staff do not hold citizen" no \
  "$(payload_of "$desk" | grep -q '"citizen"' && echo yes || echo no)"
online=$(curl -s --max-time 30 -H "Authorization: Bearer $citizen" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: identity-check-online-$$-$RANDOM" -d '{
    "unitCode": "31639", "procedureCode": "1.004873",
    "applicant": {"kind": "PERSON", "name": "Nguyễn Thị Ánh", "idNumber": "094185001234",
                  "dateOfBirth": "1985-03-02", "address": "Ấp Phú Đức, Long Phú"},
    "components": [{"no": 1, "originals": 1, "copies": 0}]}' "$INTAKE/api/v1/online/dossiers")
online_code=$(sed -n 's/.*"code":"\([^"]*\)".*/\1/p' <<<"$online" | head -1)
check "citizen: submits online signed in" yes "$([[ -n $online_code ]] && echo yes || echo "no: $online")"
check "citizen: GET /api/v1/me/dossiers lists exactly that dossier" "$online_code" \
  "$(curl -s --max-time 20 -H "Authorization: Bearer $citizen" "$INTAKE/api/v1/me/dossiers" \
    | grep -o '"code":"[^"]*"' | sed 's/"code":"\(.*\)"/\1/' | tr '\n' ' ' | sed 's/ $//')"
check "citizen: a staff endpoint (a dossier of the desk) gets 403" 403 \
  "$(status_of -H "Authorization: Bearer $citizen" "$INTAKE/api/v1/dossiers/$id")"
check "citizen: the desk's files of a dossier get 403" 403 \
  "$(status_of -H "Authorization: Bearer $citizen" "$DOCUMENT/api/v1/dossiers/$code/files")"
check "staff: GET /api/v1/me/dossiers refuses the front desk (403)" 403 \
  "$(status_of -H "Authorization: Bearer $desk" "$INTAKE/api/v1/me/dossiers")"

# ---- Kafka's external listener, with the documented consumer configuration as it is
kafka_check() {
  java -Xmx128m -Dorg.apache.kafka.sasl.oauthbearer.allowed.urls="$TOKEN_URL" \
    -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.properties" \
    -cp "$ROOT/deploy/launcher/target/kafka-libs/*" "$ROOT/system-tests/ProvincialKafkaCheck.java" "$@" >>"$KAFKA_LOG" 2>&1
  local rc=$?
  grep -E '^(ok|FAIL) ' "$KAFKA_LOG" | tail -1 | sed 's/^/    /'
  return $rc
}
mkdir -p "$(dirname "$KAFKA_LOG")"
: >"$KAFKA_LOG"
config=$ROOT/deploy/kafka/provincial-consumer.properties
kafka_check consume "$config" motcua.dossier "$id"
check "kafka: provincial-system consumes the dossier's event from motcua.dossier" 0 $?
kafka_check produce "$config" motcua.dossier
check "kafka: provincial-system is refused a write (TopicAuthorizationException)" 0 $?
kafka_check refused "$config" motcua.dossier - wrong-secret
check "kafka: a wrong client secret gets no connection" 0 $?

echo "identity-check: $passed passed, $failed failed (Kafka client log: $KAFKA_LOG)"
((failed == 0))
