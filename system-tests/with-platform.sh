#!/usr/bin/env bash
# Runs several system tests against ONE platform: ./platform up -d in a data directory of its own, each
# test in turn (each finds the platform answering and uses it, leaving it running), then ./platform down.
# Every test runs even when an earlier one failed; the exit status is 0 only when all passed. Saves a
# platform start (about 85 s on 2 cores) per test; CI runs the browser scenario and the import test so.
#   system-tests/with-platform.sh system-tests/web-client-test.sh system-tests/import-test.sh
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM=$ROOT/platform
(($# > 0)) || { echo "usage: $0 <test script>..."; exit 2; }
export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-shared.XXXXXX)}

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
if ((${#failed[@]})); then
  echo "with-platform: failed: ${failed[*]}"
  exit 1
fi
echo "with-platform: all ${#} passed"
