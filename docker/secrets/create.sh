#!/usr/bin/env bash
# Writes random secrets for docker-compose.yml once; never overwrites existing ones.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
umask 077
random() { head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | cut -c1-48; }
if [[ ! -f postgres_password ]]; then
  random > postgres_password
  echo "wrote postgres_password"
fi
if [[ ! -f database_url ]]; then
  printf 'postgres://lms:%s@postgres:5432/lms\n' "$(cat postgres_password)" > database_url
  echo "wrote database_url"
fi
if [[ ! -f jwt_secret ]]; then
  random > jwt_secret
  echo "wrote jwt_secret"
fi
