#!/usr/bin/env bash
# Installs what the site needs and is missing, so `npm start` and `npm test` work on a
# fresh machine: Debian's Chromium headless shell and Liberation fonts (diagrams, the PDF
# and browser tests; the shell starts in half the time of the full browser), nginx
# (the deployment test), then the npm dependencies (which bring Node 24 into
# node_modules/.bin).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium-headless-shell ] && ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then
	missing+=(chromium-headless-shell)
fi
# Mermaid measures labels in Arial; Liberation Sans is its metric twin. (fc-list is asked for
# that family alone: piped whole into `grep -q`, a long list broke the pipe and read as missing.)
if [ -z "$(fc-list 'Liberation Sans' family 2>/dev/null)" ]; then
	missing+=(fonts-liberation)
fi
# The deployment test serves the build with nginx and the sample configuration.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
	missing+=(nginx)
fi
if [ ${#missing[@]} -gt 0 ]; then
	echo "Installing system packages: ${missing[*]}"
	if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
		echo "error: ${missing[*]} missing; install them (apt-get install ${missing[*]}) or set CHROMIUM_PATH" >&2
		exit 1
	fi
	# Installing nginx must not start it as a service: the tests run their own.
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
		"${sudo[@]}" chmod +x /usr/sbin/policy-rc.d
		trap '"${sudo[@]}" rm -f /usr/sbin/policy-rc.d' EXIT
	fi
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is absent or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installing npm dependencies (npm ci)"
	npm ci --no-audit --no-fund
fi
