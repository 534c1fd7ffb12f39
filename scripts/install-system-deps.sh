#!/usr/bin/env bash
# System packages the tests need: PostgreSQL (the tests start their own throwaway cluster),
# Chromium and its driver (the web page test). Installs only what is missing; needs root or sudo.
set -euo pipefail
packages=(postgresql chromium chromium-driver)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "install-system-deps: need root to install: ${missing[*]}" >&2
  exit 1
fi
echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q "${missing[@]}"
