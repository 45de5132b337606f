#!/usr/bin/env bash
# The committed GraphQL schema (apps/api/schema.graphql) is compared with what the API emits in the
# integration stage (apps/api/test/schema); here the web app's generated types are compared with it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
if [[ -f codegen.ts ]]; then
  node tools/codegen/check-codegen.mjs
else
  echo "no codegen.ts: nothing generated from the schema yet"
fi
