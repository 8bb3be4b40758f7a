#!/bin/sh
# Behaviour unchanged? Runs two builds of the program on the same inputs and compares the bytes:
# `berechnen` (whole derivation) on every golden record, the samples and 100 000 generated
# households; `batch` kurz on 1 000 000 generated households (JSON Lines) and voll on 20 000;
# `batch --format csv` on the samples as CSV; partial records (batch and vorpruefung) and running
# cases (batch --art fall, the golden cases included). For refactorings that must not change a result
# (docs/architektur.md). Usage: tools/gleich.sh ALT_BUILD NEU_BUILD [N]  (builds with
# wohngeld and tests/erzeugen; N households for batch kurz, default 1 000 000)
set -eu
A="$1"
B="$2"
N="${3:-1000000}"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fehler=0
# the table checksum changes with any edit of tables/ (a comment, a new value), the engine version
# with a release: both are masked,
# every other byte must be equal
ohne_pruefsumme() { sed 's/"tabellen":"sha256:[0-9a-f]*"/"tabellen":"…"/g; s/"engine":{"version":"[^"]*"/"engine":{"version":"…"/g' "$1"; }
vergleiche() {
    if [ "$(ohne_pruefsumme "$T/a.$1" | cksum)" = "$(ohne_pruefsumme "$T/b.$1" | cksum)" ]; then echo "gleich: $2"
    else echo "VERSCHIEDEN: $2"; fehler=1; fi
}
sed -e 's/^{"eingabe": //' -e 's/, "erwartet": .*$//' "$SRC"/golden/*.jsonl > "$T/golden.jsonl"
cat "$T/golden.jsonl" "$SRC/examples/haushalte.jsonl" > "$T/alle.jsonl"
"$B/tests/erzeugen" 100000 --saat 21 --fehlerquote 2 >> "$T/alle.jsonl"
for x in a b; do
    d=$A; [ $x = b ] && d=$B
    "$d/wohngeld" berechnen "$T/alle.jsonl" > "$T/$x.berechnen" 2> /dev/null || true
done
vergleiche berechnen "berechnen: golden records, samples, 100 000 generated households ($(wc -l < "$T/alle.jsonl") lines)"
"$B/tests/erzeugen" "$N" --saat 3 --fehlerquote 2 > "$T/gross.jsonl"
for x in a b; do
    d=$A; [ $x = b ] && d=$B
    "$d/wohngeld" batch --leise --eingabe "$T/gross.jsonl" --ausgabe "$T/$x.kurz" --fehler "$T/$x.rej" || true
    head -20000 "$T/gross.jsonl" > "$T/klein.jsonl"
    "$d/wohngeld" batch --leise --ausgabe-umfang voll --eingabe "$T/klein.jsonl" --ausgabe "$T/$x.voll" || true
    "$d/wohngeld" nach-csv "$T/alle.jsonl" > "$T/$x.csvein" 2> /dev/null || true
    "$d/wohngeld" batch --leise --format csv --ausgabe-umfang voll --eingabe "$T/$x.csvein" --ausgabe "$T/$x.csv" || true
    sed 's/,"lauf":{.*$/}/' "$T/$x.kurz.zusammenfassung.json" > "$T/$x.summe"
done
vergleiche kurz "batch kurz, $N households"
vergleiche rej "batch reject file"
vergleiche summe "batch summary (without the run's metadata)"
vergleiche voll "batch voll, 20 000 households"
vergleiche csvein "nach-csv"
vergleiche csv "batch --format csv voll"
# partial records (screening) and running cases: the same bytes, output and summary
"$B/tests/erzeugen" 20000 --saat 4 --teil 1 > "$T/teil.jsonl"
"$B/tests/erzeugen" 20000 --saat 6 --faelle 1 > "$T/faelle.jsonl"
sed -e 's/^{"eingabe": //' -e 's/, "erwartet": .*$//' "$SRC"/golden/fall-hand.jsonl >> "$T/faelle.jsonl"
for x in a b; do
    d=$A; [ $x = b ] && d=$B
    "$d/wohngeld" batch --leise --eingabe "$T/teil.jsonl" --ausgabe "$T/$x.teilaus" --fehler "$T/$x.teilrej" || true
    sed 's/,"lauf":{.*$/}/' "$T/$x.teilaus.zusammenfassung.json" > "$T/$x.teilsumme"
    "$d/wohngeld" batch --leise --art fall --eingabe "$T/faelle.jsonl" --ausgabe "$T/$x.fall" --fehler "$T/$x.fallrej" || true
    sed 's/,"lauf":{.*$/}/' "$T/$x.fall.zusammenfassung.json" > "$T/$x.fallsumme"
    "$d/wohngeld" vorpruefung "$T/teil.jsonl" > "$T/$x.vp" 2> /dev/null || true
done
vergleiche teilaus "batch, 20 000 partial records"
vergleiche teilsumme "batch summary of partial records"
vergleiche vp "vorpruefung, 20 000 partial records"
vergleiche fall "batch --art fall, 20 000 running cases and the golden cases"
vergleiche fallrej "batch --art fall reject file"
vergleiche fallsumme "batch --art fall summary"
exit $fehler
