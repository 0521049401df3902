#!/usr/bin/env bash
# `npm start`: install what is missing, build the site, serve it at http://localhost:4321/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash src/scripts/ensure-setup.sh
npm run build
npm run preview -- "$@"
