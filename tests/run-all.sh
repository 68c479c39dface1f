#!/usr/bin/env bash
# Runs every test of Rdd on a fresh machine: installs what NuGet cannot bring (Debian's Chromium, for the
# browser tests), then runs `dotnet test` on the whole solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installation de Chromium (navigateur des tests d'accessibilité)…"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

dotnet test Rdd.sln "$@"
