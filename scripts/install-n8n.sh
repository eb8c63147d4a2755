#!/usr/bin/env bash
# Installs the n8n release the package is tested with into a cache folder outside node_modules,
# once; later runs reuse it. Used by `npm start` and the end-to-end tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(node -p "require('$root/package.json').config.n8nVersion")
dir=${SIPAY_N8N_DIR:-${HOME:-/tmp}/.cache/n8n-sipay/n8n-$version}

if [ -f "$dir/.ready" ] && [ -x "$dir/node_modules/.bin/n8n" ]; then
	echo "$dir"
	exit 0
fi

# n8n 2.x needs Node 24: the package's own node dev dependency, with its headers for native builds
# (an `npm install` of another package can prune them; `npm rebuild node` puts them back).
node_home() {
	local headers
	headers=$(ls -d "$root"/node_modules/node/node_modules/node-*/include/node 2>/dev/null | head -n 1)
	[ -n "$headers" ] && dirname "$(dirname "$headers")"
}
if [ -z "$(node_home)" ]; then
	(cd "$root" && npm rebuild node >&2)
fi
node_home=$(node_home || true)
if [ -z "$node_home" ] || [ ! -x "$node_home/bin/node" ]; then
	echo "Node 24 with headers not found under $root/node_modules/node: run npm install first" >&2
	exit 1
fi
export PATH="$node_home/bin:$PATH"
export npm_config_audit=false npm_config_fund=false

mkdir -p "$dir"
cd "$dir"
# sqlite3's native build is the one install script n8n needs here (run by the rebuild below).
[ -f package.json ] || echo '{ "name": "n8n-runtime", "private": true, "allowScripts": { "sqlite3": true } }' > package.json
echo "Installing n8n $version into $dir (a few minutes, once)" >&2
# --ignore-scripts: an optional Kafka dependency would try to download a binary from outside.
npm install "n8n@$version" --ignore-scripts >&2
npm_config_nodedir="$node_home" npm rebuild sqlite3 --build-from-source >&2
touch .ready
echo "$dir"
