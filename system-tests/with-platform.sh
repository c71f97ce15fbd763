#!/usr/bin/env bash
# Runs several system tests against ONE platform: ./platform up -d in a data directory of its own, each
# test in turn (each finds the platform answering and uses it, leaving it running), then ./platform down.
# Every test runs even when an earlier one failed; at the end, ./platform down must leave no process of
# the platform. The exit status is 0 only when all passed. Saves a platform start (about 3 min on 2 busy
# cores) per test; CI runs the smoke test, the browser scenario and the import test so.
#   system-tests/with-platform.sh system-tests/platform-smoke.sh system-tests/web-client-test.sh
# The demo users' password is a random one (MOTCUA_DEMO_PASSWORD, read by every test and ./platform token):
# proves the realm import takes it from the environment.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM=$ROOT/platform
(($# > 0)) || { echo "usage: $0 <test script>..."; exit 2; }
export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-shared.XXXXXX)}
export MOTCUA_DEMO_PASSWORD=${MOTCUA_DEMO_PASSWORD:-shared-$RANDOM$RANDOM}
export MOTCUA_PLATFORM_SHARED=1

cleanup() {
  "$PLATFORM" down >/dev/null 2>&1
  rm -rf "$MOTCUA_HOME"
}
trap cleanup EXIT

echo "with-platform: starting the platform in $MOTCUA_HOME for: $*"
if ! "$PLATFORM" up -d; then
  for part in postgres kafka keycloak intake workflow document stats web; do
    echo "--- last lines of $part.log"; tail -n 30 "$MOTCUA_HOME/logs/$part.log" 2>/dev/null
  done
  echo "with-platform: the platform did not start"
  exit 1
fi

failed=()
for test in "$@"; do
  start=$SECONDS
  "$test" || failed+=("$(basename "$test")")
  echo "with-platform: $(basename "$test") took $((SECONDS - start)) s"
done
pids=$(cat "$MOTCUA_HOME"/run/*.pid 2>/dev/null)
"$PLATFORM" down >/dev/null 2>&1
left=0
for pid in $pids; do kill -0 "$pid" 2>/dev/null && left=$((left + 1)); done
left=$((left + $(ps -eo args | grep -F "$MOTCUA_HOME" | grep -v grep | wc -l)))
if ((left == 0)); then
  echo "with-platform: ok, ./platform down leaves no process of the platform"
else
  echo "with-platform: FAIL, $left processes of the platform survive ./platform down"
  failed+=("./platform down")
fi
if ((${#failed[@]})); then
  echo "with-platform: failed: ${failed[*]}"
  exit 1
fi
echo "with-platform: all ${#} passed"
