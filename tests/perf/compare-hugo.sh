#!/usr/bin/env bash
# Compare un `rdd build` à froid avec Hugo sur le même contenu : N actions générées (par défaut 4 000) pour Rdd,
# et les N mêmes corps Markdown en N pages pour Hugo (gabarits minimaux baseof/single/list, sans thème).
#
# Usage : tests/perf/compare-hugo.sh [ACTIONS] [EXECUTIONS]     (défauts : 4000 actions, 5 exécutions)
# Variables : RDD_PERF_DIR (dossier de travail, temporaire par défaut, conservé), RDD_PERF_WARMUP (défaut 1),
#             RDD_PERF_R2R=0 pour ne pas mesurer rdd publié en ReadyToRun (dotnet publish -r linux-x64
#             -p:PublishReadyToRun=true) ni rdd publié autonome en ReadyToRun composite
#             (--self-contained -p:PublishReadyToRunComposite=true, ~2 min de compilation) ; mesurés par défaut.
set -euo pipefail
cd "$(dirname "$0")/../.."

actions="${1:-4000}"
runs="${2:-5}"
warmup="${RDD_PERF_WARMUP:-1}"
work="${RDD_PERF_DIR:-$(mktemp -d -t rdd-perf-XXXXXX)}"
mkdir -p "$work"
r2r="${RDD_PERF_R2R:-1}"

sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
apt_install() {
  echo "Installation de $1 (Debian)…"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$1" >/dev/null
}
command -v hugo >/dev/null 2>&1 || apt_install hugo
command -v hyperfine >/dev/null 2>&1 || apt_install hyperfine || echo "hyperfine indisponible : mesure par une boucle /usr/bin/time."
[ -x /usr/bin/time ] || apt_install time

echo "== Compilation Release"
dotnet build -c Release src/Rdd.Site/Rdd.Site.csproj -nologo -v q >/dev/null
dotnet build -c Release tests/Rdd.ContentGenerator/Rdd.ContentGenerator.csproj -nologo -v q >/dev/null
rdd_dll="src/Rdd.Site/bin/Release/net10.0/Rdd.Site.dll"
if [ "$r2r" = 1 ]; then
  # Each publication has its own intermediate folders (--artifacts-path): a composite image left in obj/ by one would
  # otherwise be taken by the other.
  echo "== Publication ReadyToRun (dépendante du runtime installé)"
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/Rdd.Site/Rdd.Site.csproj \
    --artifacts-path "$work/artifacts-r2r" -o "$work/rdd-r2r" -nologo -v q >/dev/null
  echo "== Publication autonome ReadyToRun composite (runtime compris)"
  dotnet publish -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    src/Rdd.Site/Rdd.Site.csproj --artifacts-path "$work/artifacts-composite" -o "$work/rdd-composite" -nologo -v q >/dev/null
fi

echo "== Génération de $actions actions (dossier de travail : $work)"
dotnet tests/Rdd.ContentGenerator/bin/Release/net10.0/Rdd.ContentGenerator.dll "$actions" "$work/contenu" --hugo "$work/hugo"
dotnet "$rdd_dll" check "$work/contenu" | tail -n 1

# name, output folder, command
names=(rdd hugo)
declare -A outputs=([rdd]="$work/site-rdd" [hugo]="$work/site-hugo")
declare -A commands=(
  [rdd]="dotnet $rdd_dll build $work/contenu -o $work/site-rdd"
  [hugo]="hugo --quiet --source $work/hugo --destination $work/site-hugo"
)
if [ "$r2r" = 1 ]; then
  names+=(rdd-r2r rdd-composite)
  outputs[rdd-r2r]="$work/site-r2r"
  outputs[rdd-composite]="$work/site-composite"
  commands[rdd-r2r]="$work/rdd-r2r/Rdd.Site build $work/contenu -o $work/site-r2r"
  commands[rdd-composite]="$work/rdd-composite/Rdd.Site build $work/contenu -o $work/site-composite"
fi

# min and median (seconds) of a list of numbers, one per line
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", v[1], m }'; }

echo "== Constructions à froid (nouveau processus à chaque fois, dossier de sortie supprimé avant chaque exécution), $runs exécutions chacune"
if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for name in "${names[@]}"; do
    args+=(--prepare "rm -rf ${outputs[$name]}" -n "$name" "${commands[$name]}")
  done
  hyperfine --style basic --runs "$runs" --warmup "$warmup" --export-json "$work/hyperfine.json" "${args[@]}"
  # hyperfine's JSON lists each run's time; take them out without jq
  for name in "${names[@]}"; do
    awk -v name="$name" '
      /"command":/ { inside = ($0 ~ "\"command\": \"" name "\"") }
      inside && /"times": \[/ { collecting = 1; next }
      collecting && /\]/ { collecting = 0 }
      collecting { gsub(/[ ,]/, ""); print }
    ' "$work/hyperfine.json" | stats > "$work/$name.stats"
  done
else
  for name in "${names[@]}"; do
    for _ in $(seq 1 "$warmup"); do rm -rf "${outputs[$name]}"; ${commands[$name]} >/dev/null; done
    : > "$work/$name.times"
    for _ in $(seq 1 "$runs"); do
      rm -rf "${outputs[$name]}"
      /usr/bin/time -f "%e" -a -o "$work/$name.times" ${commands[$name]} >/dev/null
    done
    stats < "$work/$name.times" > "$work/$name.stats"
  done
fi

echo "== Mémoire (pic de RSS, /usr/bin/time -v, maximum de 3 exécutions)"
declare -A peaks
for name in "${names[@]}"; do
  max=0
  for _ in 1 2 3; do
    rm -rf "${outputs[$name]}"
    /usr/bin/time -v -o "$work/time-v.txt" ${commands[$name]} >/dev/null
    kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/time-v.txt")
    if [ "$kb" -gt "$max" ]; then max="$kb"; fi
  done
  peaks[$name]=$max
done

rdd_pages=$(find "$work/site-rdd" -name '*.html' | wc -l)
hugo_pages=$(find "$work/site-hugo" -name '*.html' | wc -l)
read -r hugo_min hugo_median < "$work/hugo.stats"

echo
echo "== Résultat ($(nproc) cœurs, $(hugo version | awk '{ print $1, $2 }'), $(dotnet --version | sed 's/^/.NET SDK /'))"
echo "Même contenu : $actions actions de ~2 Ko. Rdd les publie en $rdd_pages pages HTML (une page par section de 25 actions,"
echo "plus les pages de parties, de finalités, d'éléments, de termes et d'information) ; Hugo en $hugo_pages pages (une par action)."
for name in "${names[@]}"; do
  read -r min median < "$work/$name.stats"
  printf "%-14s min %7s s   médiane %7s s   pic RSS %6d Mo\n" "$name" "$min" "$median" $((peaks[$name] / 1024))
done
for name in "${names[@]}"; do
  [ "$name" = hugo ] && continue
  read -r min median < "$work/$name.stats"
  awk -v name="$name" -v rm="$median" -v hm="$hugo_median" -v rn="$min" -v hn="$hugo_min" -v kb="${peaks[$name]}" 'BEGIN {
    printf "Rapport %s/hugo : médiane %.2f, min %.2f (objectif ≤ 0,50 sur les deux : %s) ; pic mémoire %d Mo (objectif < 400 Mo : %s)\n",
      name, rm / hm, rn / hn, (rm / hm <= 0.5 && rn / hn <= 0.5) ? "atteint" : "NON atteint", kb / 1024, (kb / 1024 < 400) ? "atteint" : "NON atteint"
  }'
done
