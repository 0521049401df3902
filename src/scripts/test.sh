#!/usr/bin/env bash
# `npm test`: the whole suite, in the order a failure is cheapest to find: types, lint,
# unit tests, a production build, checks of its HTML, then end-to-end tests in Chromium
# against that build.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Every temporary file of the run (fixture theses, the tools' caches) goes in one private
# folder, removed at the end whatever happens, so a run leaves nothing in the system's.
run_tmp="$(mktemp -d "${TMPDIR:-/tmp}/thesis-test-XXXXXX")"
trap 'rm -rf "$run_tmp"' EXIT
export TMPDIR="$run_tmp"
bash src/scripts/ensure-setup.sh
npm run check
# ESLint and the Prettier check.
npm run lint
npm run validate
# The published site has no runtime dependency; this keeps it that way, or catches it.
npm audit --omit=dev --audit-level=high
npm run test:unit
npm run build
npm run test:dist
npm run test:e2e

# A test that leaves a folder of its own behind is a leak to fix: the tools' caches are not.
leftovers="$(find "$run_tmp" -mindepth 1 -maxdepth 1 \
	! -name 'playwright-transform-cache-*' ! -name 'node-compile-cache' \
	! -name 'hsperfdata_*' ! -name 'org.chromium.Chromium.*' ! -name 'playwright_chromiumdev_profile-*' \
	! -name 'playwright-artifacts-*' -printf '%f\n')"
if [ -n "$leftovers" ]; then
	echo "The tests left these in the temporary folder (each test must remove what it makes):" >&2
	echo "$leftovers" >&2
	exit 1
fi
