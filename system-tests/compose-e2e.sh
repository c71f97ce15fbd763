#!/usr/bin/env bash
# The docker compose deployment, run for real: docker-compose.yml as an operator starts it, then
# checked through the gateway only, as a browser and a provincial system would.
#
#  1. Docker: installs Debian's docker.io and docker-compose when missing; starts dockerd when none
#     answers (and stops it at the end; a daemon that was already running is left alone).
#  2. Stand-ins for the official images, under the exact names docker-compose.yml uses (no registry
#     is reachable from CI): a Debian bookworm rootfs (debootstrap --variant=minbase, docker import)
#     plus Maven Central artifacts collected by deploy/launcher (Kafka jars, Keycloak distribution).
#     See system-tests/compose/standins/README.md for what they do and do not reproduce. Cached by
#     image presence and a content label; the rootfs tarball is kept in $MOTCUA_E2E_CACHE.
#  3. The four service images from their Dockerfiles (docker-compose build), then `up` with a test
#     .env (random secrets), the production stance's gateway (tls.conf with a self-signed certificate
#     made here) and a wait for every health check.
#  4. Through https://localhost:8443 only: tokens from Keycloak (issuer = the public URL), a dossier
#     received through /api/intake/v1, the provincial system consuming it on Kafka's external
#     listener, its count in the stats live report, the page at /; plain HTTP redirected to HTTPS.
#     Kafka's internal listener: every service authenticated as itself (no authorization error in
#     any log), and a service refused a topic it does not publish.
#  5. docker-compose down -v.
# Prints one line per check and "compose-e2e: N passed, M failed"; exit status 0 when all passed.
#
# `compose-e2e.sh --prepare` does steps 1 and 2's Debian part only (packages, dockerd, the bookworm base image):
# network and disk work that CI runs in the background while ./mvnw verify runs; the later full run adopts the
# dockerd it started and stops it at the end.
# MOTCUA_E2E_BACKUP=1 adds the compose backup's round trip before step 5: deploy/compose/backup.sh, down -v,
# deploy/compose/restore.sh, every container healthy again, the dossier and its count back, a new reception.
# Settings: MOTCUA_E2E_HTTP_PORT, _HTTPS_PORT, _KAFKA_PORT (8080, 8443, 9094: the host ports the stack publishes),
# MOTCUA_E2E_CACHE (/var/cache/motcua-compose-e2e), MOTCUA_E2E_KEEP=1 (leave the stack up),
# MOTCUA_E2E_TIMEOUT (seconds from `up` to every container healthy, 900).
set -uo pipefail
PREPARE_ONLY=
[[ ${1:-} == --prepare ]] && PREPARE_ONLY=1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STANDINS=$ROOT/system-tests/compose/standins
CACHE=${MOTCUA_E2E_CACHE:-/var/cache/motcua-compose-e2e}
PROJECT=motcua-e2e
# the host ports the stack publishes (compose's defaults; CI moves them off ./platform's 8080 and 9094 to run
# this test beside a platform)
HTTP_PORT=${MOTCUA_E2E_HTTP_PORT:-8080}
HTTPS_PORT=${MOTCUA_E2E_HTTPS_PORT:-8443}
KAFKA_PORT=${MOTCUA_E2E_KAFKA_PORT:-9094}
PUBLIC_URL=https://localhost:$HTTPS_PORT
BASE_IMAGE=motcua-standin/bookworm:1
WORK=$(mktemp -d /tmp/motcua-compose-e2e.XXXXXX)
passed=0
failed=0
started_dockerd=
SECONDS=0

say() { printf 'compose-e2e [%3ds] %s\n' "$SECONDS" "$*"; }
check() { # check <description> <expected> <actual>
  if [[ $2 == "$3" ]]; then
    passed=$((passed + 1)); printf '  ok    %s\n' "$1"
  else
    failed=$((failed + 1)); printf '  FAIL  %s: expected %s, got %s\n' "$1" "$2" "$3"
  fi
}
finish() { # print the summary and exit with its status
  say "done in ${SECONDS}s"
  echo "compose-e2e: $passed passed, $failed failed"
  ((failed == 0)); exit
}
abort() { # a step without which nothing else can be checked
  failed=$((failed + 1)); printf '  FAIL  %s\n' "$*"; finish
}

compose() { docker-compose -p "$PROJECT" --env-file "$WORK/e2e.env" -f "$ROOT/docker-compose.yml" "$@"; }

cleanup() {
  if [[ -f $WORK/e2e.env && -z ${MOTCUA_E2E_KEEP:-} ]]; then
    compose down -v --remove-orphans >"$WORK/down.log" 2>&1 || cat "$WORK/down.log"
  fi
  if [[ -n $started_dockerd ]]; then
    kill "$started_dockerd" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$started_dockerd" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---- 1. Docker
if ! command -v dockerd >/dev/null || ! command -v docker-compose >/dev/null || ! command -v debootstrap >/dev/null \
   || ! command -v openssl >/dev/null; then
  say "installing docker.io, docker-compose, debootstrap and openssl (Debian packages)"
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=600 \
    docker.io docker-compose debootstrap openssl) >"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log"; abort "apt-get install"; }
fi
PREPARED_DOCKERD=$CACHE.dockerd.prepared
if [[ -z $PREPARE_ONLY && -f $PREPARED_DOCKERD ]]; then
  # a dockerd that `--prepare` started: ours to stop at the end
  pid=$(cat "$PREPARED_DOCKERD"); rm -f "$PREPARED_DOCKERD"
  kill -0 "$pid" 2>/dev/null && started_dockerd=$pid
fi
if ! docker info >/dev/null 2>&1; then
  say "starting dockerd (stopped again at the end)"
  setsid dockerd --pidfile "$WORK/dockerd.pid" >"$CACHE.dockerd.log" 2>&1 &
  started_dockerd=$!
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { tail -20 "$CACHE.dockerd.log"; abort "dockerd does not answer"; }
fi

# ---- 2. stand-ins for the official images
mkdir -p "$CACHE"
if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  if [[ ! -s $CACHE/rootfs.tar ]]; then
    say "debootstrap: a bookworm rootfs with OpenJDK 17, PostgreSQL 15, nginx, curl, wget"
    rootfs=$CACHE/rootfs
    umount "$rootfs/proc" 2>/dev/null; rm -rf "$rootfs"
    debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" http://deb.debian.org/debian \
      >"$CACHE/debootstrap.log" 2>&1 || { tail -20 "$CACHE/debootstrap.log"; abort "debootstrap"; }
    # no daemon starts inside the chroot, and PostgreSQL makes no cluster of its own
    printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d" && chmod +x "$rootfs/usr/sbin/policy-rc.d"
    mkdir -p "$rootfs/etc/postgresql-common"
    echo 'create_main_cluster = false' >"$rootfs/etc/postgresql-common/createcluster.conf"
    mount -t proc proc "$rootfs/proc"
    chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      openjdk-17-jre-headless postgresql-15 nginx-light curl wget procps >>"$CACHE/debootstrap.log" 2>&1
    rc=$?
    umount "$rootfs/proc"
    ((rc == 0)) || { tail -20 "$CACHE/debootstrap.log"; abort "packages in the rootfs"; }
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin
    tar -C "$rootfs" -cf "$CACHE/rootfs.tar.part" . && mv "$CACHE/rootfs.tar.part" "$CACHE/rootfs.tar"
    rm -rf "$rootfs"
  fi
  say "docker import $BASE_IMAGE"
  docker import --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' "$CACHE/rootfs.tar" "$BASE_IMAGE" >/dev/null || abort "docker import"
fi

if [[ -n $PREPARE_ONLY ]]; then
  [[ -n $started_dockerd ]] && echo "$started_dockerd" >"$PREPARED_DOCKERD"
  started_dockerd= # left running for the full run
  say "prepared: packages, dockerd and $BASE_IMAGE"
  exit 0
fi

# The service images and the Kafka and Keycloak stand-ins need the build's outputs.
LAUNCHER_TARGET=$ROOT/deploy/launcher/target
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/deploy/launcher/pom.xml")
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT/pom.xml" | head -1)
need_package=
for s in intake workflow document stats; do [[ -f $ROOT/$s-service/target/quarkus-app/quarkus-run.jar ]] || need_package=1; done
[[ -d $LAUNCHER_TARGET/keycloak/keycloak-$KEYCLOAK_VERSION && -d $LAUNCHER_TARGET/kafka-libs ]] || need_package=1
if [[ -n $need_package ]]; then
  say "./mvnw package (services and launcher)"
  (cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests \
    -pl intake-service,workflow-service,document-service,stats-service,deploy/launcher -am) \
    >"$WORK/package.log" 2>&1 || { tail -30 "$WORK/package.log"; abort "./mvnw package"; }
fi
# kafka-tools (kafka-topics.sh, kafka-acls.sh...) is not on the broker's classpath: fetched beside it
TOOLS=$CACHE/kafka-tools-$KAFKA_VERSION
if [[ ! -d $TOOLS ]]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -f "$STANDINS/kafka/tools-pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies -DexcludeTransitive=true \
    -Dkafka.version="$KAFKA_VERSION" -DoutputDirectory="$TOOLS.part") >"$WORK/tools.log" 2>&1 \
    && mv "$TOOLS.part" "$TOOLS" || { tail -30 "$WORK/tools.log"; abort "kafka-tools from Maven Central"; }
fi

standin() { # standin <dir> <image name> [<context content: source=target>...]
  local dir=$1 image=$2 context=$WORK/context-$1 hash item
  shift 2
  mkdir -p "$context" && cp -a "$STANDINS/$dir/." "$context/"
  for item in "$@"; do cp -al "${item%%=*}" "$context/${item#*=}" 2>/dev/null || cp -a "${item%%=*}" "$context/${item#*=}"; done
  hash=$( (docker image inspect -f '{{.Id}}' "$BASE_IMAGE"; cd "$context" && find . -type f -printf '%P %s %T@\n' | sort; \
    cat "$STANDINS/$dir"/* 2>/dev/null) | sha256sum | cut -c1-16)
  if [[ $(docker image inspect -f '{{index .Config.Labels "motcua.standin"}}' "$image" 2>/dev/null) == "$hash" ]]; then
    return 0
  fi
  say "building stand-in $image"
  docker build -q --label motcua.standin="$hash" -t "$image" "$context" >"$WORK/build-$dir.log" 2>&1 \
    || { tail -30 "$WORK/build-$dir.log"; abort "stand-in $image"; }
}
image_of() { sed -n "/^  $1:/,/^  [a-z]/s/^    image: *//p" "$ROOT/docker-compose.yml" | head -1; }
standin postgres "$(image_of postgres)"
standin nginx "$(image_of gateway)"
standin openjdk "$(sed -n 's/^ARG BASE_IMAGE=//p' "$ROOT/intake-service/Dockerfile")"
mkdir -p "$WORK/kafka-libs" && cp -al "$LAUNCHER_TARGET"/kafka-libs/*.jar "$TOOLS"/*.jar "$WORK/kafka-libs/" 2>/dev/null \
  || cp -n "$LAUNCHER_TARGET"/kafka-libs/*.jar "$TOOLS"/*.jar "$WORK/kafka-libs/"
standin kafka "$(image_of kafka)" "$WORK/kafka-libs=libs"
standin keycloak "$(image_of keycloak)" "$LAUNCHER_TARGET/keycloak/keycloak-$KEYCLOAK_VERSION=keycloak"
say "stand-ins ready"

# ---- 3. the stack, with a test .env
secret() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
# the gateway's certificate: self-signed for localhost, trusted by this test's curl and Java only
mkdir -p "$WORK/tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
  -keyout "$WORK/tls/tls.key" -out "$WORK/tls/tls.crt" >"$WORK/openssl.log" 2>&1 || { cat "$WORK/openssl.log"; abort "openssl"; }
chmod 644 "$WORK/tls/tls.key" # read by nginx's workers in the container
keytool -importcert -noprompt -alias gateway -file "$WORK/tls/tls.crt" -keystore "$WORK/truststore.p12" \
  -storetype PKCS12 -storepass e2e-trust >/dev/null 2>&1 || abort "keytool: the test's truststore"
DEMO_PASSWORD=e2e-$(secret)
PROVINCIAL_SECRET=$(secret)
sed -e "s|^MOTCUA_PUBLIC_URL=.*|MOTCUA_PUBLIC_URL=$PUBLIC_URL|" -e "s|^MOTCUA_HTTP_PORT=.*|MOTCUA_HTTP_PORT=$HTTP_PORT|" \
    -e "s|^KAFKA_EXTERNAL_PORT=.*|KAFKA_EXTERNAL_PORT=$KAFKA_PORT|" -e 's|^KAFKA_EXTERNAL_HOST=.*|KAFKA_EXTERNAL_HOST=localhost|' \
    -e "s|^MOTCUA_DEMO_PASSWORD=.*|MOTCUA_DEMO_PASSWORD=$DEMO_PASSWORD|" \
    -e "s|^MOTCUA_PROVINCIAL_SYSTEM_SECRET=.*|MOTCUA_PROVINCIAL_SYSTEM_SECRET=$PROVINCIAL_SECRET|" \
    "$ROOT/.env.example" >"$WORK/e2e.env"
sed -i -e "s|^MOTCUA_GATEWAY_CONF=.*|MOTCUA_GATEWAY_CONF=tls.conf|" -e "s|^MOTCUA_HTTPS_PORT=.*|MOTCUA_HTTPS_PORT=$HTTPS_PORT|" \
    -e "s|^MOTCUA_TLS_DIR=.*|MOTCUA_TLS_DIR=$WORK/tls|" "$WORK/e2e.env"
while IFS= read -r name; do # every other DEMO value: a random one
  sed -i "s|^$name=DEMO.*|$name=e2e-$(secret)|" "$WORK/e2e.env"
done < <(sed -n 's/^\([A-Z_]*\)=DEMO.*/\1/p' "$WORK/e2e.env" | grep -v KAFKA_CLUSTER_ID)
compose down -v --remove-orphans >/dev/null 2>&1 # leftovers of an interrupted run

say "docker-compose build (the four services)"
compose build intake workflow document stats >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; abort "docker-compose build"; }
say "docker-compose up"
compose up -d >"$WORK/up.log" 2>&1
up_rc=$?
up_tries=0
sick=0
expected=$(compose config --services | wc -l) # every service of the file runs: no profile is off by default
deadline=$((SECONDS + ${MOTCUA_E2E_TIMEOUT:-900}))
containers() { compose ps -q 2>/dev/null; }
unhealthy=
while ((SECONDS < deadline)); do
  unhealthy=
  for id in $(containers); do
    state=$(docker inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$id")
    read -r name status code health <<<"$state"
    case $name in
      */${PROJECT}_kafka-init_*) [[ $status == exited && $code == 0 ]] || unhealthy+=" ${name#/}:$status/$code" ;;
      *) [[ $health == healthy ]] || unhealthy+=" ${name#/}:$health" ;;
    esac
  done
  (($(containers | wc -l) == expected)) && [[ -z $unhealthy ]] && break
  # a container unhealthy for two minutes after `up` failed: no use waiting for the deadline
  if [[ $unhealthy == *unhealthy* ]]; then sick=$((sick + 1)); else sick=0; fi
  ((up_rc != 0 && sick >= 24)) && break
  if ((up_rc != 0)) && [[ -z $unhealthy ]] && ((up_tries < 3)); then
    # docker-compose 1.x gives up on a container whose dependency was unhealthy at that moment (a health check
    # that timed out while the machine was busy): once all are healthy, `up` again creates what is missing
    up_tries=$((up_tries + 1)); say "docker-compose up again (attempt $((up_tries + 1)))"
    compose up -d >>"$WORK/up.log" 2>&1
    up_rc=$?
  fi
  sleep 5
done
count=$(containers | wc -l)
say "containers: $count, not healthy:${unhealthy:- none}"
check "every container is healthy (kafka-init completed)" "$expected none" "$count ${unhealthy:-none}"
if [[ $count != "$expected" || -n $unhealthy ]]; then
  cat "$WORK/up.log"
  for id in $(containers); do
    name=$(docker inspect -f '{{.Name}}' "$id"); echo "--- ${name#/}"; docker logs --tail 25 "$id" 2>&1
  done
  finish
fi
say "stack healthy after ${SECONDS}s"

# ---- 4. through the gateway only
TOKEN_URL=$PUBLIC_URL/realms/motcua/protocol/openid-connect/token
curl() { command curl --cacert "$WORK/tls/tls.crt" "$@"; }
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@"; }
payload_of() { local p=${1#*.}; p=${p%%.*}; p=$(printf '%s' "$p" | tr '_-' '/+'); while ((${#p} % 4)); do p+='='; done; printf '%s' "$p" | base64 -d 2>/dev/null; }
claim() { payload_of "$1" | sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p"; }
token_of() {
  curl -s --max-time 30 -d grant_type=password -d client_id=motcua-cli -d username="$1" -d password="$DEMO_PASSWORD" "$TOKEN_URL" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
desk=$(token_of frontdesk.commune)
supervisor=$(token_of supervisor.commune)
check "gateway: a password-grant token from Keycloak" yes "$([[ -n $desk ]] && echo yes || echo no)"
check "its issuer is the public URL" "$PUBLIC_URL/realms/motcua" "$(claim "$desk" iss)"
for s in intake workflow document stats; do
  check "gateway: $s accepts the token" 200 "$(status_of -H "Authorization: Bearer $desk" "$PUBLIC_URL/api/$s/v1/caller")"
done
check "gateway: intake refuses an anonymous call" 401 "$(status_of "$PUBLIC_URL/api/intake/v1/caller")"

received=$(curl -s --max-time 60 -H "Authorization: Bearer $desk" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: compose-e2e-$$-$RANDOM" -d '{
    "procedureCode": "1.001193", "channel": "IN_PERSON",
    "applicant": {"kind": "PERSON", "name": "Nguyễn Thị Ánh Tuyết", "idNumber": "094185001234",
                  "dateOfBirth": "1985-03-02", "phone": "0912 345 678", "address": "Ấp Phú Đức, Long Phú"},
    "components": [{"no": 1, "originals": 1, "copies": 0}, {"no": 2, "originals": 1, "copies": 0}]}' \
  "$PUBLIC_URL/api/intake/v1/dossiers")
id=$(sed -n 's/.*"dossier":{[^}]*"id":"\([^"]*\)".*/\1/p' <<<"$received")
[[ -n $id ]] || id=$(sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' <<<"$received" | head -1)
check "gateway: the front desk receives a dossier through /api/intake/v1" yes "$([[ -n $id ]] && echo yes || echo "no: $received")"

# the provincial system on Kafka's external listener, with the documented consumer configuration
sed -e "s|^bootstrap.servers=.*|bootstrap.servers=localhost:$KAFKA_PORT|" \
    -e "s|^sasl.oauthbearer.token.endpoint.url=.*|sasl.oauthbearer.token.endpoint.url=$TOKEN_URL|" \
    "$ROOT/deploy/kafka/provincial-consumer.properties" >"$WORK/provincial.properties"
java -Xmx128m -Dorg.apache.kafka.sasl.oauthbearer.allowed.urls="$TOKEN_URL" \
  -Djavax.net.ssl.trustStore="$WORK/truststore.p12" -Djavax.net.ssl.trustStorePassword=e2e-trust \
  -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.properties" -cp "$WORK/kafka-libs/*" \
  "$ROOT/system-tests/ProvincialKafkaCheck.java" consume "$WORK/provincial.properties" motcua.dossier "${id:-none}" \
  "$PROVINCIAL_SECRET" >"$WORK/kafka-check.log" 2>&1
rc=$?
grep -E '^(ok|FAIL) ' "$WORK/kafka-check.log" | tail -1 | sed 's/^/    /'
((rc == 0)) || tail -20 "$WORK/kafka-check.log"
check "kafka: provincial-system consumes the dossier on the external listener ($KAFKA_PORT)" 0 $rc

received_today=
for _ in $(seq 1 60); do # stats counts it once it has consumed the event
  received_today=$(curl -s --max-time 30 -H "Authorization: Bearer $supervisor" "$PUBLIC_URL/api/stats/v1/reports/live?unit=31639" \
    | sed -n 's/.*"receivedToday":\([0-9]*\).*/\1/p')
  [[ $received_today == 1 ]] && break
  sleep 1
done
check "gateway: the stats live report counts the dossier received today" 1 "$received_today"

page=$(curl -s --max-time 30 -D "$WORK/page.headers" "$PUBLIC_URL/")
check "gateway: / answers 200 with HTML" "200 text/html yes" \
  "$(sed -n '1s/^HTTP[^ ]* \([0-9]*\).*/\1/p' "$WORK/page.headers" | tr -d '\r') $(sed -n 's/^[Cc]ontent-[Tt]ype: *\([^;[:space:]]*\).*/\1/p' "$WORK/page.headers") $(grep -qi '<html' <<<"$page" && echo yes || echo no)"

# TLS: plain HTTP only redirects (and answers the health check), old protocols are refused, HSTS is sent
check "gateway: plain HTTP redirects to HTTPS" "308 https://localhost/" \
  "$(command curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 30 "http://localhost:$HTTP_PORT/")"
check "gateway: HTTPS serves the configured certificate (a client without its CA refuses it)" "60 0" \
  "$(command curl -s -o /dev/null --max-time 30 "$PUBLIC_URL/"; echo -n "$? "; curl -s -o /dev/null --max-time 30 "$PUBLIC_URL/"; echo $?)"
check "gateway: HTTPS answers with Strict-Transport-Security" yes \
  "$(grep -qi '^strict-transport-security: max-age=' "$WORK/page.headers" && echo yes || echo no)"

# Kafka's internal listener: each service is its own SCRAM user with ACLs (kafka-init: deploy/launcher KafkaInitMain)
auth_errors=
for s in intake workflow document stats; do
  n=$(docker logs "$(compose ps -q "$s")" 2>&1 | grep -ciE 'AuthorizationException|AuthenticationException|not authorized|SASL authentication failed')
  ((n == 0)) || auth_errors+=" $s:$n"
done
check "kafka: every service authenticated as itself, no authorization error in any log" none "${auth_errors:-none}"
# stats reads motcua.dossier but may not write it: its forged record must not reach the topic (the console
# producer reports no error, so the topic itself is read back, as the broker's admin)
stats_password=$(sed -n 's/^MOTCUA_KAFKA_STATS_PASSWORD=//p' "$WORK/e2e.env")
marker=forged-by-stats-$RANDOM$RANDOM
found=$(docker exec -e P="$stats_password" -e M="$marker" "$(compose ps -q kafka)" bash -c '
  cd /tmp && umask 077
  printf "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"stats\" password=\"%s\";\nmax.block.ms=20000\nrequest.timeout.ms=10000\ndelivery.timeout.ms=15000\n" "$P" >stats.properties
  printf "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"%s\";\n" "$MOTCUA_KAFKA_ADMIN_PASSWORD" >admin.properties
  echo "$M" | KAFKA_HEAP_OPTS=-Xmx64m /opt/kafka/bin/kafka-console-producer.sh --bootstrap-server localhost:9092 \
    --topic motcua.dossier --producer.config stats.properties >/dev/null 2>&1
  KAFKA_HEAP_OPTS=-Xmx64m /opt/kafka/bin/kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic motcua.dossier \
    --from-beginning --timeout-ms 15000 --consumer.config admin.properties 2>/dev/null | grep -c "^$M\$"
  rm -f stats.properties admin.properties')
check "kafka: stats may not write motcua.dossier (its ACLs: read only)" refused \
  "$(case $found in 0) echo refused ;; '') echo "no answer" ;; *) echo "accepted ($found records)" ;; esac)"

# ---- optional: the compose backup, restored into new volumes
wait_healthy() { # every service of the file healthy (kafka-init completed), within 15 minutes
  local end=$((SECONDS + 900)) id state name status code health sick
  while ((SECONDS < end)); do
    sick=
    for id in $(containers); do
      state=$(docker inspect -f '{{.Name}} {{.State.Status}} {{.State.ExitCode}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$id")
      read -r name status code health <<<"$state"
      case $name in
        */${PROJECT}_kafka-init_*) [[ $status == exited && $code == 0 ]] || sick+=" ${name#/}" ;;
        *) [[ $health == healthy ]] || sick+=" ${name#/}" ;;
      esac
    done
    (($(containers | wc -l) == expected)) && [[ -z $sick ]] && return 0
    sleep 5
  done
  echo "    not healthy:$sick"; return 1
}
if [[ -n ${MOTCUA_E2E_BACKUP:-} ]]; then
  export DOCKER_COMPOSE="docker-compose -p $PROJECT --env-file $WORK/e2e.env -f $ROOT/docker-compose.yml"
  say "compose backup"
  "$ROOT/deploy/compose/backup.sh" "$WORK/backup" >"$WORK/backup.log" 2>&1
  rc=$?; tail -12 "$WORK/backup.log" | sed 's/^/    /'
  check "compose backup: backup.sh exits 0" 0 $rc
  compose down -v --remove-orphans >"$WORK/down.log" 2>&1
  say "compose restore into new volumes"
  "$ROOT/deploy/compose/restore.sh" "$WORK/backup" >"$WORK/restore.log" 2>&1
  rc=$?; tail -12 "$WORK/restore.log" | sed 's/^/    /'
  check "compose restore: restore.sh exits 0" 0 $rc
  wait_healthy; check "compose restore: every container healthy again" 0 $?
  desk=$(token_of frontdesk.commune); supervisor=$(token_of supervisor.commune)
  check "compose restore: the dossier is back" 200 \
    "$(status_of -H "Authorization: Bearer $desk" "$PUBLIC_URL/api/intake/v1/dossiers/${id:-none}")"
  received_today=$(curl -s --max-time 30 -H "Authorization: Bearer $supervisor" "$PUBLIC_URL/api/stats/v1/reports/live?unit=31639" \
    | sed -n 's/.*"receivedToday":\([0-9]*\).*/\1/p')
  check "compose restore: the stats live report still counts it once" 1 "$received_today"
  # the citizen id agrees with the applicant (Sóc Trăng 094, a man born in the 1900s 0, year 80)
  again=$(curl -s --max-time 60 -o "$WORK/again.json" -w '%{http_code}' -H "Authorization: Bearer $desk" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: compose-e2e-after-restore-$$" -d '{
      "procedureCode": "1.001193", "channel": "IN_PERSON",
      "applicant": {"kind": "PERSON", "name": "Trần Văn Bình", "idNumber": "094080001235",
                    "dateOfBirth": "1980-01-02", "phone": "0912 345 679", "address": "Ấp Phú Đức, Long Phú"},
      "components": [{"no": 1, "originals": 1, "copies": 0}, {"no": 2, "originals": 1, "copies": 0}]}' \
    "$PUBLIC_URL/api/intake/v1/dossiers")
  check "compose restore: a new dossier is received" 201 "$again"
  [[ $again == 201 ]] || { head -c 600 "$WORK/again.json" | sed 's/^/    /'; echo; }
fi

# ---- 5. down
if [[ -z ${MOTCUA_E2E_KEEP:-} ]]; then
  say "docker-compose down -v"
  compose down -v --remove-orphans >"$WORK/down.log" 2>&1
  check "docker-compose down -v removes every container and volume" "0 0" \
    "$(docker ps -aq --filter label=com.docker.compose.project=$PROJECT | wc -l) $(docker volume ls -q --filter label=com.docker.compose.project=$PROJECT | wc -l)"
  rm -f "$WORK/e2e.env"
fi
finish
