#!/bin/sh
# Benchmark of the nightly bulk assessment (bench/README.md). Builds a release, generates
# ANZAHL (default 1 000 000) seeded synthetic households, and prints:
#   - end-to-end throughput JSONL → JSONL, kurz with 1 and 2 threads, voll with 2 threads, and
#     partial records (the screening: two unknown money fields, two unknown flags) with 2 threads,
#     and running cases (12 months, three history entries; ANZAHL / 10 of them) with 2 threads;
#   - peak RSS of each run;
#   - the pure computation per core on pre-parsed records: Sätze (checked and packed once, then
#     wg_satz_berechnen), the amount alone from the structs (WG_NUR_BETRAG, as batch kurz), all
#     derivation values without step texts, and the whole derivation (voll);
# each also as a ratio to the baseline of this run: the single-threaded kurz run.
# Usage: bench/laufen.sh [ANZAHL]
set -eu
cd "$(dirname "$0")/.."
N="${1:-1000000}"
command -v /usr/bin/time > /dev/null || { echo "bench: /usr/bin/time fehlt (Debian-Paket time)"; exit 1; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build-bench -j "$(nproc)" --target wohngeld_cli erzeugen rechnen untergrenze > /dev/null
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
build-bench/tests/erzeugen "$N" --saat 2026 > "$T/h.jsonl"
echo "Maschine: $(nproc) Kerne, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(date -u +%Y-%m-%d)"
echo "Eingabe: $N Haushalte, $(du -m "$T/h.jsonl" | cut -f1) MB JSON Lines"
lauf() { # name threads umfang
    # the previous run's output out of the way and written back first: the voll output (about
    # 5 KB a household) still being flushed to disk would slow the next run down
    rm -f "$T/aus.jsonl" "$T/aus.jsonl.zusammenfassung.json"; sync
    /usr/bin/time -f "%e %M" -o "$T/zeit" build-bench/wohngeld batch --leise --threads "$2" --ausgabe-umfang "$3" \
        --eingabe "$T/h.jsonl" --ausgabe "$T/aus.jsonl" || [ $? -eq 1 ]
    read -r sek rss << ZEIT
$(tail -n 1 "$T/zeit")
ZEIT
    rate=$(echo "$N / $sek" | bc)
    echo "$1 $rate $rss"
}
basis=""
printf '%-34s %14s %10s %10s\n' "Messung" "Haushalte/s" "Verhältnis" "RSS (MB)"
for m in "kurz_1_thread 1 kurz" "kurz_2_threads 2 kurz" "voll_2_threads 2 voll"; do
    set -- $m
    zeile=$(lauf "$1" "$2" "$3")
    rate=$(echo "$zeile" | cut -d' ' -f2); rss=$(echo "$zeile" | cut -d' ' -f3)
    [ -z "$basis" ] && basis=$rate
    printf '%-34s %14s %10s %10s\n' "Ende zu Ende, $1" "$rate" "$(echo "scale=2; $rate / $basis" | bc)" "$((rss / 1024))"
done
# the same households as CSV in and out (docs/csv.md), kurz, 2 threads: the ratio to the JSON Lines
# line above is the one to watch (issue 26 target: CSV within 1.3× of JSON Lines)
build-bench/wohngeld nach-csv "$T/h.jsonl" > "$T/h.csv" 2> /dev/null || [ $? -eq 1 ]
rm -f "$T/aus.csv"; sync
/usr/bin/time -f "%e %M" -o "$T/zeit" build-bench/wohngeld batch --leise --threads 2 --format csv --eingabe "$T/h.csv" \
    --ausgabe "$T/aus.csv" || [ $? -eq 1 ]
read -r sek rss << ZEIT
$(tail -n 1 "$T/zeit")
ZEIT
printf '%-34s %14s %10s %10s\n' "Ende zu Ende, CSV, 2 Threads" "$(echo "$N / $sek" | bc)" "$(echo "scale=2; $N / $sek / $basis" | bc)" "$((rss / 1024))"
rm -f "$T/h.csv" "$T/aus.csv"
# the report of that run (docs/bericht.md): time and size of the page (issue target: < 1 s, < 1 MB)
/usr/bin/time -f "%e" -o "$T/zeit" build-bench/wohngeld bericht --aus "$T/aus.jsonl.zusammenfassung.json" --html "$T/bericht.html" 2> /dev/null
echo "Bericht aus der Zusammenfassung ($N Haushalte): $(cat "$T/zeit") s, $(wc -c < "$T/bericht.html") Bytes"
# the screening (docs/vorpruefung.md): partial records — rent "unbekannt", an income item ± 100 EUR,
# two § 16 flags "unbekannt" — end to end, kurz, 2 threads (issue target: ≥ 100 000/s)
build-bench/tests/erzeugen "$N" --saat 2026 --teil 1 > "$T/t.jsonl"
rm -f "$T/aus.jsonl" "$T/aus.jsonl.zusammenfassung.json"; sync
/usr/bin/time -f "%e %M" -o "$T/zeit" build-bench/wohngeld batch --leise --threads 2 --eingabe "$T/t.jsonl" \
    --ausgabe "$T/aus.jsonl" || [ $? -eq 1 ]
read -r sek rss << ZEIT
$(tail -n 1 "$T/zeit")
ZEIT
rate=$(echo "$N / $sek" | bc)
printf '%-34s %14s %10s %10s\n' "Ende zu Ende, Teildatensätze, 2 Thr." "$rate" "$(echo "scale=2; $rate / $basis" | bc)" "$((rss / 1024))"
# the worst case of the screening (docs/grenzen.md): 200 hostile partial records, each a zeitraum of
# 12 months whose 8 members have enumerated ages and § 17a flags, each ending at the budget of
# month computations with grenze_ueberschritten — records per second, and the longest one alone
i=0; while [ $i -lt 200 ]; do sed "s/\"id\": \"boese\"/\"id\": \"boese$i\"/" tests/regression/teil_budget_12_monate.json; i=$((i + 1)); done > "$T/b.jsonl"
rm -f "$T/aus.jsonl" "$T/aus.jsonl.zusammenfassung.json"; sync
/usr/bin/time -f "%e %M" -o "$T/zeit" build-bench/wohngeld batch --leise --threads 2 --eingabe "$T/b.jsonl" \
    --ausgabe "$T/aus.jsonl" || [ $? -eq 1 ]
read -r sek rss << ZEIT
$(tail -n 1 "$T/zeit")
ZEIT
printf '%-34s %14s %10s %10s\n' "Ende zu Ende, Teildatens. Budget" "$(echo "200 / $sek" | bc)" "-" "$((rss / 1024))"
/usr/bin/time -f "%e" -o "$T/zeit" build-bench/wohngeld berechnen tests/regression/teil_budget_12_monate.json > /dev/null || [ $? -eq 1 ]
echo "ein Datensatz am Budget: $(tail -n 1 "$T/zeit") s"
# running cases (docs/laufende-faelle.md): 12 months, three history entries, batch --art fall,
# 2 threads (issue target: ≥ 50 000 cases/s); as many cases as a tenth of the households
NF=$((N / 10))
build-bench/tests/erzeugen "$NF" --saat 2026 --faelle 1 > "$T/f.jsonl"
rm -f "$T/aus.jsonl" "$T/aus.jsonl.zusammenfassung.json"; sync
/usr/bin/time -f "%e %M" -o "$T/zeit" build-bench/wohngeld batch --leise --art fall --threads 2 --eingabe "$T/f.jsonl" \
    --ausgabe "$T/aus.jsonl" || [ $? -eq 1 ]
read -r sek rss << ZEIT
$(tail -n 1 "$T/zeit")
ZEIT
rate=$(echo "$NF / $sek" | bc)
printf '%-34s %14s %10s %10s
' "Ende zu Ende, laufende Fälle, 2 Thr." "$rate" "$(echo "scale=2; $rate / $basis" | bc)" "$((rss / 1024))"
# the letters (docs/bescheide.md): batch --bescheide, one HTML page per letter (and the JSON of a
# case for a person), 2 threads, on a tenth of the households and on the running cases (issue 25
# target: ≥ 5 000 letters/s) — letters per second: every page written, Vorlagen included
brief_lauf() { # name eingabe [--art fall]
    rm -rf "$T/briefe" "$T/aus.jsonl" "$T/aus.jsonl.zusammenfassung.json"; sync
    /usr/bin/time -f "%e %M" -o "$T/zeit" build-bench/wohngeld batch --leise --threads 2 --eingabe "$2" $3 \
        --ausgabe "$T/aus.jsonl" --bescheide "$T/briefe" --behoerde examples/behoerde.json --bescheid-datum 2026-03-02 || [ $? -eq 1 ]
    read -r sek rss << ZEIT
$(tail -n 1 "$T/zeit")
ZEIT
    seiten=$(ls "$T/briefe" | grep -c '\.html$')
    vorlagen=$(ls "$T/briefe" | grep -c 'aussteuerung\.json$' || true)
    rate=$(echo "$seiten / $sek" | bc)
    printf '%-34s %14s %10s %10s\n' "$1" "$rate" "$(echo "scale=2; $rate / $basis" | bc)" "$((rss / 1024))"
    echo "  ($seiten Seiten, $vorlagen Vorlagen für einen Menschen, $(wc -l < "$2") Datensätze, $(du -sm "$T/briefe" | cut -f1) MB, $sek s)"
}
head -n "$NF" "$T/h.jsonl" > "$T/hb.jsonl"
brief_lauf "Bescheide HTML, Haushalte, 2 Thr." "$T/hb.jsonl" ""
brief_lauf "Bescheide HTML, lfd. Fälle, 2 Thr." "$T/f.jsonl" "--art fall"
rm -rf "$T/briefe"
head -200000 "$T/h.jsonl" > "$T/r.jsonl"
# the computation alone; rechnen exits non-zero when the three ways disagree on the amounts
build-bench/tests/rechnen "$T/r.jsonl" 5 > "$T/rechnen" 2> "$T/rechnen.err" || { cat "$T/rechnen.err"; exit 1; }
while read -r art n rate; do
    printf '%-34s %14s %10s %10s\n' "nur Rechnung ($art, 1 Kern)" "$rate" "$(echo "scale=2; $rate / $basis" | bc)" "-"
done < "$T/rechnen"
# how fast the computation could be at best: a stripped kernel on the simplest households
# (bench/untergrenze.c; it stops if its amounts differ from wg_berechnen's)
build-bench/tests/untergrenze "$T/r.jsonl" > "$T/unter" 2> "$T/unter.err" || { cat "$T/unter.err"; exit 1; }
while read -r art n rate; do
    printf '%-34s %14s %10s %10s\n' "$art ($n, 1 Kern)" "$rate" "$(echo "scale=2; $rate / $basis" | bc)" "-"
done < "$T/unter"
