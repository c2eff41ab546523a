#!/usr/bin/env bash
# Builds the shipped sample portal (content/ + templates/) into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product dxportal
.build/release/dxportal build "$@"
