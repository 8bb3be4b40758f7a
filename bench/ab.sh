#!/bin/sh
# A/B: two builds of the program on the same machine in the same run, alternating, best of R
# rounds each (this machine's wall-clock noise is ±20 %, so single runs say little; the best of
# several is the figure least disturbed by other load). Prints the households per second of
# `batch` kurz end to end (2 threads) and of the Satz and WG_NUR_BETRAG computation (rechnen).
# Usage: bench/ab.sh ALT_BUILD NEU_BUILD [ANZAHL] [RUNDEN]   (builds with wohngeld, tests/rechnen)
set -eu
A="$1"
B="$2"
N="${3:-1000000}"
R="${4:-5}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$B/tests/erzeugen" "$N" --saat 2026 > "$T/h.jsonl"
head -200000 "$T/h.jsonl" > "$T/r.jsonl"
zeit() { s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
for x in A B; do eval "beste_$x=999999"; done
for runde in $(seq "$R"); do
    for x in A B; do
        d=$A; [ $x = B ] && d=$B
        t=$(zeit "$d/wohngeld" batch --leise --threads 2 --eingabe "$T/h.jsonl" --ausgabe "$T/aus_$x.jsonl")
        eval "b=\$beste_$x"
        [ "$(echo "$t < $b" | bc)" -eq 1 ] && eval "beste_$x=$t"
        "$d/tests/rechnen" "$T/r.jsonl" 3 satz 2> /dev/null | awk '{print $3}' >> "$T/satz_$x"
        "$d/tests/rechnen" "$T/r.jsonl" 3 nur_betrag 2> /dev/null | awk '{print $3}' >> "$T/nb_$x"
    done
done
printf '%-40s %14s %14s %8s\n' "Messung (beste von $R)" "A" "B" "B/A"
ra=$(echo "$N / $beste_A" | bc); rb=$(echo "$N / $beste_B" | bc)
printf '%-40s %14s %14s %8s\n' "batch kurz, 2 Threads, Haushalte/s" "$ra" "$rb" "$(echo "scale=3; $rb / $ra" | bc)"
for m in satz nb; do
    a=$(sort -n "$T/${m}_A" | tail -1); b=$(sort -n "$T/${m}_B" | tail -1)
    name=$([ $m = satz ] && echo "Sätze (wg_satz_berechnen), 1 Kern" || echo "WG_NUR_BETRAG, 1 Kern")
    printf '%-40s %14s %14s %8s\n' "$name" "$a" "$b" "$(echo "scale=3; $b / $a" | bc)"
done
