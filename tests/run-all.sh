#!/usr/bin/env bash
# Runs every test of Rdd on a fresh machine: installs what NuGet cannot bring (Debian's Chromium, for the
# browser tests; clang and zlib1g-dev, which link the native rdd that the packaging tests pack), then runs
# `dotnet test` on the whole solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v clang >/dev/null 2>&1 || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installation de ${missing[*]} (Debian) : navigateur des tests d'accessibilité, éditeur de liens de l'outil natif…"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

dotnet test Rdd.sln "$@"
