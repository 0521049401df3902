#!/usr/bin/env bash
# `npm test`: the whole suite, in the order a failure is cheapest to find: types, lint,
# unit tests, a production build, checks of its HTML, then end-to-end tests in Chromium
# against that build.
set -euo pipefail
cd "$(dirname "$0")/../.."
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
