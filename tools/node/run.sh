#!/usr/bin/env bash
# Runs a command under Node >= 24 with the workspace's dependencies installed:
#   bash tools/node/run.sh <command...>
# A machine with an older Node gets the official binary from the npm registry package
# node-<os>-<arch> (a plain package, no install script) under .tools/node, so nobody has to
# upgrade their system Node to work on the project.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REQUIRED_MAJOR=24

if [[ $# -eq 0 ]]; then
  echo "usage: bash tools/node/run.sh <command> [args...]" >&2
  exit 2
fi

# Prints the major version of the given node binary, or nothing when it does not run.
node_major() {
  local version
  version="$("$1" --version 2>/dev/null)" || return 0
  version="${version#v}"
  echo "${version%%.*}"
}

# Serialises installs: two commands started at once (npm start and npm test) must not both run
# npm ci over the same node_modules. mkdir is atomic and exists everywhere (flock does not on macOS).
LOCK_DIR="$REPO_ROOT/.tools/install.lock"
acquire_lock() {
  mkdir -p "$REPO_ROOT/.tools"
  local holder waited=0
  until mkdir "$LOCK_DIR" 2>/dev/null; do
    holder="$(cat "$LOCK_DIR/pid" 2>/dev/null || true)"
    if [[ -n $holder ]] && ! kill -0 "$holder" 2>/dev/null; then
      rm -rf "$LOCK_DIR"
      continue
    fi
    if [[ $waited -eq 0 ]]; then
      echo "Waiting for another install (pid ${holder:-?}) to finish..." >&2
    fi
    waited=1
    sleep 1
  done
  echo $$ >"$LOCK_DIR/pid"
  trap 'rm -rf "$LOCK_DIR"' EXIT
}
release_lock() {
  rm -rf "$LOCK_DIR"
  trap - EXIT
}

# --- 1. Node ------------------------------------------------------------------------------------
machine_node="$(command -v node || true)"
machine_version=""
machine_major=""
if [[ -n $machine_node ]]; then
  machine_version="$(node --version 2>/dev/null || true)"
  machine_major="$(node_major node)"
fi

if [[ -z $machine_major || $machine_major -lt $REQUIRED_MAJOR ]]; then
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *)
      echo "Node.js >= $REQUIRED_MAJOR is required; install it from https://nodejs.org (no automatic install for $(uname -s))." >&2
      exit 1
      ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *)
      echo "Node.js >= $REQUIRED_MAJOR is required; install it from https://nodejs.org (no automatic install for $(uname -m))." >&2
      exit 1
      ;;
  esac
  package="node-$os-$arch"
  prefix="$REPO_ROOT/.tools/node"
  local_bin="$prefix/node_modules/$package/bin"
  local_major="$(node_major "$local_bin/node")"
  if [[ -z $local_major || $local_major -lt $REQUIRED_MAJOR ]]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "Node.js >= $REQUIRED_MAJOR is required and there is no npm to fetch it with: install Node.js $REQUIRED_MAJOR from https://nodejs.org (Debian: apt-get install nodejs npm)." >&2
      exit 1
    fi
    acquire_lock
    local_major="$(node_major "$local_bin/node")"
    if [[ -z $local_major || $local_major -lt $REQUIRED_MAJOR ]]; then
      echo "Installing Node $REQUIRED_MAJOR ($package from the npm registry) into .tools/node ..." >&2
      npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund \
        --loglevel=error "$package@$REQUIRED_MAJOR" >&2
    fi
    release_lock
  fi
  if [[ ! -x $local_bin/node ]]; then
    echo "Installing $package@$REQUIRED_MAJOR into .tools/node did not produce $local_bin/node." >&2
    exit 1
  fi
  # npm and npx are JavaScript started through `#!/usr/bin/env node`: with this bin first on
  # PATH they run under Node 24 too.
  export PATH="$local_bin:$PATH"
  echo "Using Node $(node --version) from .tools/node (the machine has ${machine_version:-no Node})" >&2
fi

# --- 2. Dependencies ----------------------------------------------------------------------------
lock_file="$REPO_ROOT/package-lock.json"
stamp_file="$REPO_ROOT/node_modules/.lms-lock-hash"

lock_hash() {
  node -e 'const c=require("crypto"),f=require("fs");try{process.stdout.write(c.createHash("sha256").update(f.readFileSync(process.argv[1])).digest("hex"))}catch{process.stdout.write("no-lock")}' "$lock_file"
}

# npm writes node_modules/.package-lock.json (its record of the installed tree) right after
# package-lock.json, so a hidden lockfile at least as new as the lock means the tree was
# installed from it (for example by someone's `npm install <pkg>`): no reinstall needed.
tree_matches_lock() {
  node -e 'const f=require("fs");try{process.exit(f.statSync(process.argv[1]).mtimeMs>=f.statSync(process.argv[2]).mtimeMs?0:1)}catch{process.exit(1)}' \
    "$REPO_ROOT/node_modules/.package-lock.json" "$lock_file"
}

needs_install() {
  [[ ! -d $REPO_ROOT/node_modules ]] && return 0
  [[ "$(cat "$stamp_file" 2>/dev/null || true)" != "$(lock_hash)" ]]
}

install_dependencies() {
  cd "$REPO_ROOT"
  if [[ -d node_modules ]] && tree_matches_lock; then
    lock_hash >"$stamp_file"
    return 0
  fi
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/lms-npm-ci.XXXXXX")"
  echo "Installing dependencies (npm ci, about a minute) ..." >&2
  if npm ci --no-audit --no-fund >"$log" 2>&1; then
    grep -v '^\s*$' "$log" >&2 || true
    rm -f "$log"
  elif grep -Eq "can only install|from lock file|lock file's" "$log"; then
    grep -E "Missing:|Invalid:" "$log" | sed 's/^npm error /  /' >&2 || true
    rm -f "$log"
    echo "npm ci refused: package.json and package-lock.json are out of sync. Running npm install instead (this updates package-lock.json; commit it)." >&2
    npm install --no-audit --no-fund >&2
  else
    cat "$log" >&2
    echo "npm ci failed (log: $log)." >&2
    return 1
  fi
  lock_hash >"$stamp_file"
}

if needs_install; then
  acquire_lock
  if needs_install; then
    (install_dependencies)
  fi
  release_lock
fi

# --- 3. Run -------------------------------------------------------------------------------------
export NX_DAEMON="${NX_DAEMON:-false}"
export NX_NO_CLOUD="${NX_NO_CLOUD:-true}"
exec "$@"
