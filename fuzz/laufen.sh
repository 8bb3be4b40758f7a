#!/bin/sh
# Builds the libFuzzer harnesses (clang, ASan + UBSan) and runs each for the given seconds
# (default 60, the CI smoke run) from seed corpora made of the golden records and the table
# files. A crash leaves its input in fuzz/funde/ and fails the script.
# Usage: fuzz/laufen.sh [SEKUNDEN] [HARNESS…]   (build directory: $WG_FUZZ_BUILD, default build-fuzz)
set -eu
cd "$(dirname "$0")/.."
SEK="${1:-60}"
shift 2> /dev/null || true
HARNESSE="${*:-haushalt tabellen csv satz vorpruefung fall}"
B="${WG_FUZZ_BUILD:-build-fuzz}"
command -v clang > /dev/null || { echo "fuzz: clang fehlt (Debian: clang libclang-rt-14-dev)"; exit 1; }
CC=clang cmake -S . -B $B -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWG_FUZZ=ON -DWG_TESTS=OFF \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -DWGI_VP_GRENZE=20000" > /dev/null
cmake --build $B -j "$(nproc)" --target wohngeld_cli $(for h in $HARNESSE; do printf 'fuzz_%s ' "$h"; done) > /dev/null

# seed corpora: every golden record and sample household, every table file
mkdir -p $B/korpus/haushalt $B/korpus/tabellen $B/korpus/csv $B/korpus/satz $B/korpus/vorpruefung $B/korpus/fall fuzz/funde
i=0
for f in golden/*.jsonl examples/haushalte.jsonl; do
    while IFS= read -r zeile; do
        i=$((i + 1))
        printf '%s' "$zeile" | sed -e 's/^{"eingabe": //' -e 's/, "erwartet": .*$//' > "$B/korpus/haushalt/g$i"
    done < "$f"
done
cp tables/*.tab $B/korpus/tabellen/
# partial records: the screening's golden cases and the sample records with their rent "unbekannt"
grep -l '"von"\|unbekannt' $B/korpus/haushalt/* 2> /dev/null | xargs -r cp -t $B/korpus/vorpruefung/
for g in $B/korpus/haushalt/g*; do sed 's/"betrag_monat": "[0-9.]*"}/"betrag_monat": "unbekannt"}/' "$g" > "$B/korpus/vorpruefung/u$(basename "$g")"; done
# running cases: the golden cases and generated ones
grep -l '"wohngeld-fall/1"' $B/korpus/haushalt/* 2> /dev/null | xargs -r cp -t $B/korpus/fall/
cc -O1 -DWGI_ERZEUGEN_MAIN -o $B/erzeugen cli/erzeugen.c && $B/erzeugen 40 --faelle 1 --saat 9 | split -l 1 - $B/korpus/fall/e
# Sätze: the same records, each packed and then damaged by the harness's patches
cp $B/korpus/haushalt/* $B/korpus/satz/
# CSV: each household of the samples and golden records as a header plus its rows
sed -e 's/^{"eingabe": //' -e 's/, "erwartet": .*$//' golden/*.jsonl | cat - examples/haushalte.jsonl > $B/korpus/alle.jsonl
$B/wohngeld nach-csv $B/korpus/alle.jsonl 2> /dev/null > $B/korpus/alle.csv || true
awk -F, -v d="$B/korpus/csv" 'NR == 1 { kopf = $0; next }
    $1 != vorher { if (datei) close(datei); n++; datei = d "/s" n; print kopf > datei; vorher = $1 }
    { print >> datei }' $B/korpus/alle.csv

for h in $HARNESSE; do
    echo "== fuzz_$h: $SEK s"
    $B/fuzz_$h -max_total_time="$SEK" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
        -max_len=$([ "$h" = tabellen ] && echo 200000 || echo 65536) -dict=fuzz/$(case "$h" in satz|vorpruefung|fall) echo haushalt;; *) echo "$h";; esac).dict \
        -artifact_prefix=fuzz/funde/ "$B/korpus/$h" 2> "$B/$h.log" || {
        tail -40 "$B/$h.log"
        echo "fuzz_$h: Absturz oder Invariante verletzt — Eingabe in fuzz/funde/"
        exit 1
    }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$B/$h.log" | tail -3
done
echo "fuzz: keine Funde"
