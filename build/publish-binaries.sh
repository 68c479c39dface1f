#!/usr/bin/env bash
# Produces the standalone rdd binaries into artifacts/binaries/ (docs/developpeurs/publier.md): one file each, that
# runs on a machine without .NET, and its SHA-256 sum file.
#   rdd-linux-x64      Native AOT, with the settings of the tool package's native build (clang and zlib1g-dev needed)
#   rdd-win-x64.exe    self-contained single file, trimmed
#   rdd-osx-arm64      self-contained single file, trimmed (ad-hoc signed by the SDK, not notarised)
#   rdd-osx-x64        self-contained single file, trimmed (the same)
# Everything runs on Linux: the runtime packs of the other systems come from NuGet. Only the Linux binary can be run
# here; it is smoke-tested under « env -i » (no dotnet on the PATH). The others are checked by their file format.
# Arguments: the targets to produce (linux-x64 win-x64 osx-arm64 osx-x64), all of them by default.
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/binaries
work=artifacts/binaries-build
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then targets=(linux-x64 win-x64 osx-arm64 osx-x64); fi
mkdir -p "$out"

publish() { # RID, then extra MSBuild properties; prints the folder published into
  local rid=$1; shift
  local folder="$work/$rid"
  rm -rf "$folder"
  # An artifacts folder of its own: the restore for another system never touches the Debug build's obj/.
  dotnet publish src/Rdd.Site -c Release -r "$rid" -o "$folder" --artifacts-path "$work/obj-$rid" \
    -v q -nologo -nodeReuse:false -p:UseSharedCompilation=false "$@" >&2
  echo "$folder"
}

for rid in "${targets[@]}"; do
  case "$rid" in
    linux-x64)
      # The csproj compiles linux-x64 natively (PublishAot); the portable rdd it carries in the tool package for
      # extensions needs dotnet, which a standalone binary does not assume: it is left out.
      folder=$(publish linux-x64 -p:PublishPortableBesideNative=false)
      cp "$folder/Rdd.Site" "$out/rdd-linux-x64"
      target=rdd-linux-x64 ;;
    win-x64 | osx-arm64 | osx-x64)
      # Native AOT cannot cross-compile to another system: a self-contained single file (the runtime inside),
      # trimmed (the same trimming analysis as the native build, warnings as errors).
      folder=$(publish "$rid" -p:PublishAot=false -p:SelfContained=true -p:PublishSingleFile=true -p:PublishTrimmed=true \
        -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -p:DebugSymbols=false)
      if [ "$rid" = win-x64 ]; then
        cp "$folder/Rdd.Site.exe" "$out/rdd-win-x64.exe"; target=rdd-win-x64.exe
      else
        cp "$folder/Rdd.Site" "$out/rdd-$rid"; target=rdd-$rid
      fi ;;
    *) echo "Cible inconnue « $rid » : linux-x64, win-x64, osx-arm64 ou osx-x64." >&2; exit 2 ;;
  esac

  chmod +x "$out/$target"
  magic=$(od -An -tx1 -N4 "$out/$target" | tr -d ' ')
  case "$rid:$magic" in
    linux-x64:7f454c46 | win-x64:4d5a* | osx-*:cffaedfe) ;;
    *) echo "$target n'a pas le format attendu (octets $magic)." >&2; exit 1 ;;
  esac
  (cd "$out" && sha256sum "$target" > "$target.sha256")
  echo "$out/$target : $(du -m "$out/$target" | cut -f1) Mo"
done

# The Linux binary runs here: the commands an author needs, without dotnet on the PATH nor any variable.
if [ -f "$out/rdd-linux-x64" ] && [[ " ${targets[*]} " == *" linux-x64 "* ]]; then
  smoke=$(mktemp -d)
  trap 'rm -rf "$smoke"' EXIT
  rdd=$(realpath "$out/rdd-linux-x64")
  (cd "$smoke" && env -i "$rdd" new rapport --name "Ville de Belval" --kind commune --population 60000 --year 2025 >/dev/null \
    && env -i "$rdd" check rapport >/dev/null \
    && env -i "$rdd" build rapport -o site >/dev/null \
    && test -f site/index.html) || { echo "rdd-linux-x64 ne fonctionne pas sans dotnet (new, check, build)." >&2; exit 1; }
  echo "rdd-linux-x64 : new, check et build fonctionnent sans dotnet."
fi
