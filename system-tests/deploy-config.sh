#!/usr/bin/env bash
# CI checks of the deployment files, on a machine without a Docker engine or a cluster:
#   1. docker-compose.yml is valid (`docker-compose config -q`, with .env.example's DEMO values),
#      and refuses to start without the secrets .env must set;
#   2. every Dockerfile's COPY sources exist once the services are packaged (./mvnw package) and
#      are not excluded by the .dockerignore beside it;
#   3. the Kubernetes overlay and base render (`kubectl kustomize`).
# The check that every environment variable is a property the service reads is a JUnit test in
# deploy/checks (run by ./mvnw verify). Installs docker-compose and kubectl with apt if missing.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
passed=0
failed=0
ok()   { passed=$((passed + 1)); printf '  ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$1"; }

install_if_missing() { # install_if_missing <command> <debian package>
  command -v "$1" >/dev/null && return 0
  echo "deploy-config: installing $2"
  local sudo=""
  [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends "$2" >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q --no-install-recommends "$2" >/dev/null; }
}
install_if_missing docker-compose docker-compose
install_if_missing kubectl kubectl

echo "deploy-config: docker-compose.yml"
if docker-compose --env-file .env.example -f docker-compose.yml config -q; then
  ok "docker-compose config -q (with .env.example)"
else
  fail "docker-compose config -q (with .env.example)"
fi
# with no .env at all, the passwords are missing: compose must refuse rather than run with defaults
empty_env=$(mktemp)
if out=$(env -i PATH="$PATH" docker-compose --env-file "$empty_env" -f docker-compose.yml config -q 2>&1); then
  fail "compose without secrets should be refused"
elif [[ $out == *"set "*" in .env"* ]]; then
  ok "compose refuses to run without the secrets of .env"
else
  fail "compose without secrets failed for another reason: $out"
fi
rm -f "$empty_env"
# every variable the compose file reads from .env is listed in .env.example
missing=$(grep -o '\${[A-Z_]*' docker-compose.yml | cut -c3- | sort -u | while read -r var; do
  grep -q "^$var=" .env.example || printf '%s ' "$var"
done)
if [[ -z $missing ]]; then ok ".env.example lists every variable docker-compose.yml reads"; else fail ".env.example lacks: $missing"; fi

echo "deploy-config: Dockerfiles"
for dockerfile in */Dockerfile; do
  context=$(dirname "$dockerfile")
  sources=0 absent=""
  # COPY [--chown=..] <src>... <dest>; sources are relative to the build context (the folder)
  while read -r -a words; do
    args=()
    for w in "${words[@]:1}"; do [[ $w == --* ]] || args+=("$w"); done
    for src in "${args[@]:0:${#args[@]}-1}"; do
      sources=$((sources + 1))
      # shellcheck disable=SC2086 # a source may be a glob (*.jar)
      compgen -G "$context/$src" >/dev/null || absent+=" $src"
      if [[ -f $context/.dockerignore ]] && ! grep -q "^!${src%%\**}" "$context/.dockerignore" \
         && ! grep -q "^!$(cut -d/ -f1-2 <<<"$src")/" "$context/.dockerignore"; then
        absent+=" $src(excluded by .dockerignore)"
      fi
    done
  done < <(grep -E '^COPY ' "$dockerfile" | grep -v -- '--from=')
  if ((sources == 0)); then
    fail "$dockerfile copies nothing"
  elif [[ -z $absent ]]; then
    ok "$dockerfile: its $sources COPY sources exist in $context/"
  else
    fail "$dockerfile: missing after ./mvnw package:$absent"
  fi
done

echo "deploy-config: Kubernetes (kubectl kustomize)"
for dir in deploy/kubernetes/base deploy/kubernetes/overlays/*/; do
  if rendered=$(kubectl kustomize "$dir" 2>&1); then
    ok "kubectl kustomize $dir ($(grep -c '^kind:' <<<"$rendered") objects)"
  else
    fail "kubectl kustomize $dir: $rendered"
  fi
done

echo "deploy-config: $passed passed, $failed failed"
((failed == 0))
