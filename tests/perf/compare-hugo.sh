#!/usr/bin/env bash
# Compare un `rdd build` à froid avec Hugo sur le même contenu : N actions générées (par défaut 4 000) pour Rdd,
# et les N mêmes corps Markdown en N pages pour Hugo (gabarits minimaux baseof/single/list, sans thème).
#
# Usage : tests/perf/compare-hugo.sh [ACTIONS] [EXECUTIONS]     (défauts : 4000 actions, 5 exécutions)
# Variables : RDD_PERF_DIR (dossier de travail, temporaire par défaut, conservé), RDD_PERF_WARMUP (défaut 1),
#             RDD_PERF_R2R=0 pour ne pas mesurer aussi rdd publié en ReadyToRun (dotnet publish -r linux-x64
#             -p:PublishReadyToRun=true, la forme conseillée pour publier de gros rapports ; mesuré par défaut).
set -euo pipefail
cd "$(dirname "$0")/../.."

actions="${1:-4000}"
runs="${2:-5}"
warmup="${RDD_PERF_WARMUP:-1}"
work="${RDD_PERF_DIR:-$(mktemp -d -t rdd-perf-XXXXXX)}"
mkdir -p "$work"

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
if [ "${RDD_PERF_R2R:-1}" = 1 ]; then
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/Rdd.Site/Rdd.Site.csproj -o "$work/rdd-r2r" -nologo -v q >/dev/null
fi

echo "== Génération de $actions actions (dossier de travail : $work)"
dotnet tests/Rdd.ContentGenerator/bin/Release/net10.0/Rdd.ContentGenerator.dll "$actions" "$work/contenu" --hugo "$work/hugo"
dotnet "$rdd_dll" check "$work/contenu" | tail -n 1

rdd_cmd="dotnet $rdd_dll build $work/contenu -o $work/site-rdd"
hugo_cmd="hugo --quiet --source $work/hugo --destination $work/site-hugo"

r2r_cmd="dotnet $work/rdd-r2r/Rdd.Site.dll build $work/contenu -o $work/site-r2r"
names=(rdd hugo)
extra=()
if [ "${RDD_PERF_R2R:-1}" = 1 ]; then
  names+=(rdd-r2r)
  extra=(--prepare "rm -rf $work/site-r2r" -n rdd-r2r "$r2r_cmd")
fi

# min and median (seconds) of a list of numbers, one per line
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", v[1], m }'; }

echo "== Constructions à froid (nouveau processus à chaque fois, dossier de sortie supprimé avant chaque exécution), $runs exécutions chacune"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --style basic --runs "$runs" --warmup "$warmup" --export-json "$work/hyperfine.json" \
    --prepare "rm -rf $work/site-rdd" -n rdd "$rdd_cmd" \
    --prepare "rm -rf $work/site-hugo" -n hugo "$hugo_cmd" \
    "${extra[@]}"
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
    cmd="$rdd_cmd"; out="$work/site-rdd"
    if [ "$name" = hugo ]; then cmd="$hugo_cmd"; out="$work/site-hugo"; fi
    if [ "$name" = rdd-r2r ]; then cmd="$r2r_cmd"; out="$work/site-r2r"; fi
    for _ in $(seq 1 "$warmup"); do rm -rf "$out"; $cmd >/dev/null; done
    : > "$work/$name.times"
    for _ in $(seq 1 "$runs"); do
      rm -rf "$out"
      /usr/bin/time -f "%e" -a -o "$work/$name.times" $cmd >/dev/null
    done
    stats < "$work/$name.times" > "$work/$name.stats"
  done
fi

echo "== Mémoire (pic de RSS, /usr/bin/time -v, maximum de 3 exécutions)"
peak() {
  local out="$1"; shift
  local max=0
  for _ in 1 2 3; do
    rm -rf "$out"
    /usr/bin/time -v -o "$work/time-v.txt" "$@" >/dev/null
    local kb
    kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/time-v.txt")
    if [ "$kb" -gt "$max" ]; then max="$kb"; fi
  done
  echo "$max"
}
rdd_kb=$(peak "$work/site-rdd" dotnet "$rdd_dll" build "$work/contenu" -o "$work/site-rdd")
hugo_kb=$(peak "$work/site-hugo" hugo --quiet --source "$work/hugo" --destination "$work/site-hugo")

rdd_pages=$(find "$work/site-rdd" -name '*.html' | wc -l)
hugo_pages=$(find "$work/site-hugo" -name '*.html' | wc -l)
read -r rdd_min rdd_median < "$work/rdd.stats"
read -r hugo_min hugo_median < "$work/hugo.stats"

echo
echo "== Résultat ($(nproc) cœurs, $(hugo version | awk '{ print $1, $2 }'), $(dotnet --version | sed 's/^/.NET SDK /'))"
echo "Même contenu : $actions actions de ~2 Ko. Rdd les publie en $rdd_pages pages HTML (une page par section de 25 actions,"
echo "plus les pages de parties, de finalités, d'éléments, de termes et d'information) ; Hugo en $hugo_pages pages (une par action)."
printf "%-6s  min %7s s   médiane %7s s   pic RSS %6d Mo\n" rdd "$rdd_min" "$rdd_median" $((rdd_kb / 1024))
printf "%-6s  min %7s s   médiane %7s s   pic RSS %6d Mo\n" hugo "$hugo_min" "$hugo_median" $((hugo_kb / 1024))
awk -v rm="$rdd_median" -v hm="$hugo_median" -v rn="$rdd_min" -v hn="$hugo_min" -v kb="$rdd_kb" 'BEGIN {
  printf "Rapport Rdd/Hugo : médiane %.2f, min %.2f (objectif ≤ 0,50 sur les deux : %s)\n", rm / hm, rn / hn, (rm / hm <= 0.5 && rn / hn <= 0.5) ? "atteint" : "NON atteint"
  printf "Pic mémoire de rdd build : %d Mo (objectif < 400 Mo : %s)\n", kb / 1024, (kb / 1024 < 400) ? "atteint" : "NON atteint"
}'
if [ "${RDD_PERF_R2R:-1}" = 1 ]; then
  read -r r2r_min r2r_median < "$work/rdd-r2r.stats"
  printf "%-6s  min %7s s   médiane %7s s   (rdd publié en ReadyToRun)\n" r2r "$r2r_min" "$r2r_median"
  awk -v rm="$r2r_median" -v hm="$hugo_median" -v rn="$r2r_min" -v hn="$hugo_min" 'BEGIN {
    printf "Rapport Rdd ReadyToRun/Hugo : médiane %.2f, min %.2f (objectif ≤ 0,50 sur les deux : %s)\n", rm / hm, rn / hn, (rm / hm <= 0.5 && rn / hn <= 0.5) ? "atteint" : "NON atteint"
  }'
fi
