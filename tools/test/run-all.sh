#!/usr/bin/env bash
# `npm test`: every check and test suite in order; stops at the first failure (non-zero exit).
# PostgreSQL and Redis for the integration and browser stages come from tools/test/services.js,
# started once for the whole run and stopped on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export CI="${CI:-true}" NX_TUI=false
export NX_DAEMON="${NX_DAEMON:-false}" NX_NO_CLOUD="${NX_NO_CLOUD:-true}"

if [[ -t 1 ]]; then bold=$'\033[1m' dim=$'\033[2m' reset=$'\033[0m'; else bold='' dim='' reset=''; fi
TOTAL=8
step=0
started_at=$SECONDS
stage() {
  step=$((step + 1))
  printf '\n%s== [%d/%d] %s ==%s\n' "$bold" "$step" "$TOTAL" "$1" "$reset"
}
skip() { printf '%s   skipped: %s%s\n' "$dim" "$1" "$reset"; }

services_pid=""
stop_services() {
  if [[ -n $services_pid ]]; then
    kill -TERM "$services_pid" 2>/dev/null || true
    wait "$services_pid" 2>/dev/null || true
    services_pid=""
  fi
}
on_exit() {
  local code=$?
  stop_services
  if [[ $code -ne 0 ]]; then
    printf '\n%sFAILED at stage %d/%d (exit code %d)%s\n' "$bold" "$step" "$TOTAL" "$code" "$reset" >&2
  fi
  exit "$code"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_services() {
  [[ -n $services_pid ]] && return 0
  local env_file=.test-data/services.env
  mkdir -p .test-data
  rm -f "$env_file"
  node tools/test/services.js --write-env "$env_file" &
  services_pid=$!
  until [[ -f $env_file ]]; do
    if ! kill -0 "$services_pid" 2>/dev/null; then
      wait "$services_pid" || true
      services_pid=""
      echo "could not start PostgreSQL/Redis for the tests (see above)" >&2
      return 1
    fi
    sleep 0.2
  done
  # shellcheck source=/dev/null
  source "$env_file"
}

stage "Formatting (prettier --check)"
npx prettier --check .

stage "Lint (zero warnings)"
npx nx run-many -t lint --max-warnings=0
npx eslint --max-warnings=0 tools/services tools/launcher tools/test tools/scale-out docker

stage "Type-check"
node tools/test/typecheck.js

stage "GraphQL schema and generated types are fresh"
if [[ -f tools/test/check-schema.sh ]]; then
  bash tools/test/check-schema.sh
else
  skip "tools/test/check-schema.sh does not exist yet"
fi

stage "Unit tests"
npx nx run-many -t test --parallel=2

stage "Integration tests (PostgreSQL, Redis)"
if [[ -f jest.integration.config.ts ]]; then
  start_services
  npx jest -c jest.integration.config.ts
else
  skip "jest.integration.config.ts does not exist yet"
fi

stage "Browser tests (Chromium)"
if [[ -f apps/web-e2e/jest.config.ts ]]; then
  start_services
  npx nx run-many -t build -p api worker web --configuration=production
  npx jest -c apps/web-e2e/jest.config.ts
else
  skip "apps/web-e2e/jest.config.ts does not exist yet"
fi

stage "Deployment files and scale-out (2 APIs + 3 workers on one PostgreSQL and Redis)"
node docker/check-compose.mjs
start_services
node tools/scale-out/scale-out-check.mjs

printf '\n%sAll %d stages passed in %d s.%s\n' "$bold" "$TOTAL" "$((SECONDS - started_at))" "$reset"
