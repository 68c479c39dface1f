#!/usr/bin/env bash
# Runs every test of Rdd on a fresh machine: installs what NuGet cannot bring (Debian's Chromium, for the
# browser tests; Java and the W3C's Nu HTML checker, vnu.jar from npm into tests/.tools, which git ignores;
# clang and zlib1g-dev, which link the native rdd that the packaging tests pack), then runs
# `dotnet test` on the whole solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v clang >/dev/null 2>&1 || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installation de ${missing[*]} (Debian) : navigateur des tests d'accessibilité, Java et npm du validateur HTML, éditeur de liens de l'outil natif…"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

vnu_version=26.9.27
if [ ! -f tests/.tools/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "Installation du validateur HTML du W3C (vnu-jar ${vnu_version}, npm) dans tests/.tools…"
  # --ignore-scripts: the package's install script downloads a Java runtime when it finds none; Debian's is used.
  npm install --prefix tests/.tools --no-save --no-audit --no-fund --ignore-scripts "vnu-jar@${vnu_version}" >/dev/null
fi

dotnet test Rdd.sln "$@"
