#!/usr/bin/env bash
# Compare un `rdd build` à froid avec Hugo sur le même contenu : N actions générées (par défaut 4 000) pour Rdd,
# et les N mêmes corps Markdown en N pages pour Hugo (gabarits minimaux baseof/single/list, sans thème).
#
# Chaque exécution écrit dans un dossier de sortie neuf, et rien n'est supprimé avant la fin des mesures : sur un ext4
# sans journal (celui de nos machines), créer un fichier juste après en avoir supprimé beaucoup coûte cher au noyau
# (il écarte un à un les inodes libérés depuis peu, voir docs/performance.md) ; supprimer la sortie avant chaque
# exécution faisait payer ce coût surtout à Hugo (8 000 fichiers et dossiers) et gonflait son temps de 2 à 4 fois.
#
# Usage : tests/perf/compare-hugo.sh [ACTIONS] [TOURS]     (défauts : 4000 actions, 5 tours d'une exécution par forme)
# Mesure : rdd (l'outil installé depuis son paquet, comme ses utilisateurs l'obtiennent : compilé en code natif,
# Native AOT, sur Linux x64), hugo et rdd-il (le rdd portable des autres systèmes, IL compilé à la volée).
# Variables : RDD_PERF_DIR (dossier de travail, temporaire par défaut, conservé), RDD_PERF_WARMUP (défaut 1).
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
# The native tool is linked by clang (zlib1g-dev for its compression library) when it is packed.
command -v clang >/dev/null 2>&1 || apt_install clang
dpkg -s zlib1g-dev >/dev/null 2>&1 || apt_install zlib1g-dev
[ -x /usr/bin/time ] || apt_install time

echo "== Compilation Release, paquet de l'outil et installation"
dotnet build -c Release src/Rdd.Site/Rdd.Site.csproj -nologo -v q >/dev/null
dotnet build -c Release tests/Rdd.ContentGenerator/Rdd.ContentGenerator.csproj -nologo -v q >/dev/null
rdd_dll="src/Rdd.Site/bin/Release/net10.0/Rdd.Site.dll"
# The tool as its users get it: packed, then installed from the package (on Linux x64, its native package).
rm -rf "$work/paquets" "$work/outil" "$work/paquets-cache"
dotnet pack -c Release src/Rdd.Site/Rdd.Site.csproj --artifacts-path "$work/artifacts-pack" -o "$work/paquets" -nologo -v q >/dev/null
# A cache of its own: a package of the same version left in the machine's cache by an earlier run is not taken.
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><config><add key="globalPackagesFolder" value="%s" /></config><packageSources><clear /><add key="paquets" value="%s" /></packageSources></configuration>\n' \
  "$work/paquets-cache" "$work/paquets" > "$work/nuget.config"
version=$(ls "$work/paquets" | sed -n 's/^Rdd\.Site\.\([0-9][^a-z]*\)\.nupkg$/\1/p' | head -n 1)
dotnet tool install Rdd.Site --tool-path "$work/outil" --version "$version" --configfile "$work/nuget.config" >/dev/null

echo "== Génération de $actions actions (dossier de travail : $work)"
dotnet tests/Rdd.ContentGenerator/bin/Release/net10.0/Rdd.ContentGenerator.dll "$actions" "$work/contenu" --hugo "$work/hugo"
dotnet "$rdd_dll" check "$work/contenu" | tail -n 1

# name, command without its output folder (a new folder each time under $outs, added at each run)
outs="$work/sorties"
mkdir -p "$outs"
names=(rdd hugo rdd-il)
declare -A commands=(
  [rdd]="$work/outil/rdd build $work/contenu -o"
  [hugo]="hugo --quiet --source $work/hugo --destination"
  [rdd-il]="dotnet $rdd_dll build $work/contenu -o"
)
# min and median (seconds) of a list of numbers, one per line
stats() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", v[1], m }'; }

# Files deleted in the last seconds (an earlier run, a previous script) slow down the creation of new ones: written
# back, then left to age past the kernel's 5 s.
sync
sleep 6

echo "== Constructions à froid (nouveau processus et dossier de sortie neuf à chaque fois), $runs tours alternés"
# The forms take turns, one run each per round, first one then another leading: this machine's speed drifts by
# ±15 % within minutes, and runs of one form in a row (as hyperfine makes them) let a slow spell fall on one form only.
n=0
for name in "${names[@]}"; do
  : > "$work/$name.times"
  for _ in $(seq 1 "$warmup"); do n=$((n + 1)); ${commands[$name]} "$outs/$name-w$n" >/dev/null; done
done
count=${#names[@]}
for round in $(seq 1 "$runs"); do
  line="tour $round :"
  for k in $(seq 0 $((count - 1))); do
    name=${names[$(((k + round) % count))]}
    n=$((n + 1))
    # What the previous run wrote is flushed first (not timed): its writeback would otherwise slow this one down,
    # Hugo's 8 000 files more than rdd's 240.
    sync
    /usr/bin/time -f "%e" -o "$work/time.txt" ${commands[$name]} "$outs/$name-$n" >/dev/null
    seconds=$(tail -n 1 "$work/time.txt")
    echo "$seconds" >> "$work/$name.times"
    line="$line $name $seconds s"
  done
  echo "$line"
done
for name in "${names[@]}"; do
  stats < "$work/$name.times" > "$work/$name.stats"
done

echo "== Mémoire (pic de RSS, /usr/bin/time -v, maximum de 3 exécutions)"
declare -A peaks
for name in "${names[@]}"; do
  max=0
  for i in 1 2 3; do
    /usr/bin/time -v -o "$work/time-v.txt" ${commands[$name]} "$outs/$name-memoire-$i" >/dev/null
    kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/time-v.txt")
    if [ "$kb" -gt "$max" ]; then max="$kb"; fi
  done
  peaks[$name]=$max
done

rdd_pages=$(find "$outs/rdd-memoire-1" -name '*.html' | wc -l)
hugo_pages=$(find "$outs/hugo-memoire-1" -name '*.html' | wc -l)
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

# Every output is removed at the end only (about 70 Mo per rdd run, 20 Mo per Hugo run).
rm -rf "$outs"
