#!/usr/bin/env bash
# Whole-platform smoke test, the way a newcomer runs it: ./platform up, real Keycloak tokens
# (password and client-credentials grants) against every service, anonymous and forged calls
# refused, ./platform down leaving no process behind. Uses its own data directory, or, run by
# with-platform.sh (MOTCUA_PLATFORM_SHARED=1), the platform it started: then with-platform.sh checks
# that down leaves no process.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-smoke.XXXXXX)}
# not the realm file's default: proves the realm import takes the demo password from the environment
export MOTCUA_DEMO_PASSWORD=${MOTCUA_DEMO_PASSWORD:-smoke-$RANDOM$RANDOM}
PLATFORM=$ROOT/platform
passed=0
failed=0

check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}

status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

shared=${MOTCUA_PLATFORM_SHARED:-}
cleanup() {
  "$PLATFORM" down >/dev/null 2>&1
}
[[ -n $shared ]] || trap cleanup EXIT

if [[ -n $shared ]]; then
  echo "platform-smoke: on the platform with-platform.sh started in $MOTCUA_HOME"
else
  echo "platform-smoke: starting the platform in $MOTCUA_HOME"
fi
if [[ -z $shared ]] && ! "$PLATFORM" up -d; then
  for part in postgres kafka keycloak intake workflow document stats; do
    echo "--- last lines of $part.log"; tail -n 30 "$MOTCUA_HOME/logs/$part.log" 2>/dev/null
  done
  echo "platform-smoke: 0 passed, 1 failed"
  exit 1
fi

user_token=$("$PLATFORM" token frontdesk.commune)
check "password grant gives a token" yes "$([[ -n $user_token ]] && echo yes || echo no)"
client_token=$(curl -s -d grant_type=client_credentials -d client_id=provincial-system \
  -d client_secret="${MOTCUA_PROVINCIAL_SYSTEM_SECRET:-demo-provincial-system-secret}" \
  http://localhost:${MOTCUA_KEYCLOAK_PORT:-8180}/realms/motcua/protocol/openid-connect/token \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
check "client-credentials grant gives a token" yes "$([[ -n $client_token ]] && echo yes || echo no)"
forged="${user_token%.*}.$(printf 'forged' | base64 | tr -d '=')"

for entry in intake:${MOTCUA_INTAKE_PORT:-8081} workflow:${MOTCUA_WORKFLOW_PORT:-8082} \
             document:${MOTCUA_DOCUMENT_PORT:-8083} stats:${MOTCUA_STATS_PORT:-8084}; do
  name=${entry%%:*}; url=http://localhost:${entry##*:}
  check "$name ready" 200 "$(status_of "$url/q/health/ready")"
  check "$name demo user" 200 "$(status_of -H "Authorization: Bearer $user_token" "$url/api/v1/caller")"
  check "$name provincial system" 200 "$(status_of -H "Authorization: Bearer $client_token" "$url/api/v1/caller")"
  check "$name anonymous" 401 "$(status_of "$url/api/v1/caller")"
  check "$name forged signature" 401 "$(status_of -H "Authorization: Bearer $forged" "$url/api/v1/caller")"
done
unit=$(curl -s -H "Authorization: Bearer $user_token" http://localhost:${MOTCUA_INTAKE_PORT:-8081}/api/v1/caller \
  | sed -n 's/.*"unitCode":"\([^"]*\)".*/\1/p')
check "the token's unit reaches the service" 31639 "$unit"

# identity and access in depth: grants, unit scoping on the services, the provincial system on Kafka
"$ROOT/system-tests/identity-check.sh"
check "identity-check passes" 0 $?

if [[ -z $shared ]]; then
  pids=$(cat "$MOTCUA_HOME"/run/*.pid 2>/dev/null)
  "$PLATFORM" down >/dev/null
  left=0
  for pid in $pids; do kill -0 "$pid" 2>/dev/null && left=$((left + 1)); done
  left=$((left + $(ps -eo args | grep -F "$MOTCUA_HOME" | grep -v grep | wc -l)))
  check "down leaves no process of the platform" 0 "$left"
  trap - EXIT
  rm -rf "$MOTCUA_HOME"
fi

echo "platform-smoke: $passed passed, $failed failed"
((failed == 0))
