#!/usr/bin/env bash
# The web client in a real browser (web-client/src/test/java/vn/motcua/web/browser/DeskScenario.java): Debian's
# chromium, driven by Selenium through Debian's chromedriver, against a whole platform started here with
# ./platform up -d in a data directory of its own (or, when the web client already answers at
# http://localhost:$MOTCUA_WEB_PORT, against that running platform, left running). Screenshots of each main
# screen and the downloaded receipt and workbook: web-client/target/browser-scenario/.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PLATFORM=$ROOT/platform
WEB_URL=http://localhost:${MOTCUA_WEB_PORT:-8080}
started=0

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "web-client-test: installing Debian's chromium and chromium-driver"
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
fi
for tool in chromium chromedriver; do
  command -v "$tool" >/dev/null || { echo "web-client-test: $tool is missing (apt-get install -y chromium chromium-driver)"; exit 1; }
done

cleanup() {
  if ((started)); then
    "$PLATFORM" down >/dev/null 2>&1
    rm -rf "$MOTCUA_HOME"
  fi
}
trap cleanup EXIT

if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$WEB_URL/q/health/ready") == 200 ]]; then
  echo "web-client-test: using the platform already running at $WEB_URL"
else
  export MOTCUA_HOME=${MOTCUA_HOME:-$(mktemp -d /tmp/motcua-web.XXXXXX)}
  echo "web-client-test: starting the platform in $MOTCUA_HOME"
  started=1
  if ! "$PLATFORM" up -d; then
    for part in keycloak intake workflow document stats web; do
      echo "--- last lines of $part.log"; tail -n 30 "$MOTCUA_HOME/logs/$part.log" 2>/dev/null
    done
    echo "web-client-test: the platform did not start"
    exit 1
  fi
fi

cd "$ROOT" || exit 1
rm -rf web-client/target/browser-scenario
./mvnw -B -ntp -pl web-client test-compile surefire:test@browser-scenario -DskipBrowserTests=false \
  -Dmotcua.web.url="$WEB_URL" -Dmotcua.demo.password="${MOTCUA_DEMO_PASSWORD:-demo}" \
  -Dmotcua.browser.chromium="$(command -v chromium)" -Dmotcua.browser.chromedriver="$(command -v chromedriver)"
rc=$?
echo "web-client-test: screenshots in $ROOT/web-client/target/browser-scenario/"
exit $rc
