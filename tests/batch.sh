#!/bin/sh
# The batch runner (docs/batch.md): same bytes for 1, 2 and 8 threads; kill -9 at random points
# and --fortsetzen gives the same files as an uninterrupted run; every record is either assessed
# or rejected (read = assessed + rejected, reject file complete); CSV gives the same results as
# JSON Lines; empty input; only invalid lines; voll = the output of `berechnen`.
# Usage: batch.sh WOHNGELD ERZEUGEN SOURCE_DIR
set -u
W="$1"
E="$2"
SRC="$3"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/hilfe.sh"
gleiche_summe() { [ "$(ergebnis "$1")" = "$(ergebnis "$2")" ] && grep -q '"lauf":{"engine":' "$2"; }

"$E" 30000 --saat 7 --fehlerquote 3 > "$T/h.jsonl"

# determinism: 1, 2, 8 threads, small blocks so that threads really interleave
for n in 1 2 8; do
    "$W" batch --leise --threads $n --block 257 --eingabe "$T/h.jsonl" --ausgabe "$T/a$n.jsonl" --fehler "$T/f$n.jsonl"
    [ $? -eq 1 ]; pruefe "exit 1 with rejects ($n threads)" $?
done
cmp -s "$T/a1.jsonl" "$T/a2.jsonl" && cmp -s "$T/a1.jsonl" "$T/a8.jsonl"; pruefe "output identical for 1, 2, 8 threads" $?
cmp -s "$T/f1.jsonl" "$T/f8.jsonl"; pruefe "reject file identical" $?
gleiche_summe "$T/a1.jsonl.zusammenfassung.json" "$T/a8.jsonl.zusammenfassung.json"; pruefe "summary identical" $?

# accounting
Z="$T/a1.jsonl.zusammenfassung.json"
g=$(feld gelesen "$Z"); b=$(feld berechnet "$Z"); a=$(feld abgelehnt "$Z")
[ "$g" -eq 30000 ] && [ "$g" -eq $((b + a)) ]; pruefe "read ($g) = assessed ($b) + rejected ($a)" $?
[ "$(wc -l < "$T/a1.jsonl")" -eq "$g" ]; pruefe "one result line per record" $?
[ "$(wc -l < "$T/f1.jsonl")" -eq "$a" ] && [ "$a" -gt 0 ]; pruefe "reject file has every rejected record" $?
[ "$(grep -c '"status":"fehler"' "$T/a1.jsonl")" -eq "$a" ]; pruefe "rejected records marked in the output" $?
head -1 "$T/f1.jsonl" | grep -q '^{"zeile":[0-9]*,"zeile_bis":[0-9]*,"fehler":{"code":"[a-z_]*","feld":'; pruefe "reject line format" $?
codes=$(sed 's/.*"abgelehnt_nach_code":{\([^}]*\)}.*/\1/' "$Z" | tr ',' '\n' | sed 's/.*://' | paste -sd+ | bc)
[ "$codes" -eq "$a" ]; pruefe "rejected by code adds up" $?
s1=$(sed 's/.*"summe_wohngeld_monat":"\([0-9]*\)".*/\1/' "$Z")
s2=$(grep '"status":"ok"' "$T/a1.jsonl" | grep -v '"summe":' | sed 's/.*"wohngeld_monat":\([0-9]*\).*/\1/' | paste -sd+ | bc)
[ "$s1" = "$s2" ]; pruefe "total Wohngeld exact ($s1)" $?
[ ! -e "$T/a1.jsonl.teil" ] && [ ! -e "$T/a1.jsonl.checkpoint" ] && [ ! -e "$T/a1.jsonl.sperre" ] && [ ! -e "$T/f1.jsonl.teil" ]
pruefe "no temporary files left" $?

# kill -9 at random points, then --fortsetzen until done: the same files
"$E" 60000 --saat 11 --fehlerquote 2 > "$T/k.jsonl"
"$W" batch --leise --threads 2 --block 500 --eingabe "$T/k.jsonl" --ausgabe "$T/ref.jsonl" --fehler "$T/reff.jsonl"
for versuch in 1 2 3; do
    rm -f "$T/r.jsonl"* "$T/rf.jsonl"*
    "$W" batch --leise --threads 2 --block 500 --checkpoint-sekunden 0 --eingabe "$T/k.jsonl" --ausgabe "$T/r.jsonl" --fehler "$T/rf.jsonl" &
    pid=$!
    i=0
    while [ $i -lt 4 ]; do
        sleep "0.0$(( (versuch * 37 + i * 53) % 9 + 1 ))"
        kill -9 $pid 2> /dev/null
        wait $pid 2> /dev/null
        "$W" batch --leise --fortsetzen --threads 2 --block 500 --checkpoint-sekunden 0 --eingabe "$T/k.jsonl" --ausgabe "$T/r.jsonl" --fehler "$T/rf.jsonl" &
        pid=$!
        i=$((i + 1))
    done
    wait $pid
    cmp -s "$T/ref.jsonl" "$T/r.jsonl" && cmp -s "$T/reff.jsonl" "$T/rf.jsonl" && \
        gleiche_summe "$T/ref.jsonl.zusammenfassung.json" "$T/r.jsonl.zusammenfassung.json"
    pruefe "kill -9 and resume, try $versuch: identical output, rejects and summary" $?
done
# a resume after the input changed is refused
"$W" batch --leise --threads 2 --block 500 --checkpoint-sekunden 0 --eingabe "$T/k.jsonl" --ausgabe "$T/x.jsonl" &
pid=$!; sleep 0.05; kill -9 $pid 2> /dev/null; wait $pid 2> /dev/null
if [ -e "$T/x.jsonl.checkpoint" ]; then
    echo '{}' >> "$T/k.jsonl"
    "$W" batch --leise --fortsetzen --eingabe "$T/k.jsonl" --ausgabe "$T/x.jsonl" 2> "$T/err"; [ $? -eq 2 ] && grep -q "geändert" "$T/err"
    pruefe "resume refused after the input changed" $?
fi

# voll equals the output of berechnen, byte for byte
head -2000 "$T/h.jsonl" > "$T/klein.jsonl"
"$W" batch --leise --ausgabe-umfang voll --threads 2 --eingabe "$T/klein.jsonl" --ausgabe "$T/voll.jsonl"
"$W" berechnen "$T/klein.jsonl" > "$T/ber.jsonl"
cmp -s "$T/voll.jsonl" "$T/ber.jsonl"; pruefe "voll = berechnen" $?

# CSV: the same households as CSV give the same results
grep -v '"status":"fehler"' "$T/a1.jsonl" > /dev/null
"$W" nach-csv "$T/klein.jsonl" > "$T/klein.csv" 2> /dev/null
"$W" batch --leise --format csv --threads 2 --eingabe "$T/klein.csv" --ausgabe "$T/klein_aus.csv"
"$W" batch --leise --threads 1 --eingabe "$T/klein.jsonl" --ausgabe "$T/klein_aus.jsonl"
grep '"status":"ok"' "$T/klein_aus.jsonl" | sed 's/^{"id":"\([^"]*\)","status":"ok","anspruch":[a-z]*,"wohngeld_monat":\([0-9]*\).*/\1,\2/' > "$T/j.txt"
grep ',ok,' "$T/klein_aus.csv" | cut -d, -f1,4 > "$T/c.txt"
[ -s "$T/j.txt" ] && cmp -s "$T/j.txt" "$T/c.txt"; pruefe "CSV round trip: same amounts as JSON Lines ($(wc -l < "$T/j.txt") households)" $?
printf 'id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat,mitglied_id,einkommen1_art,einkommen1_betrag_monat\nA,2025-01-01,3,miete,500.00,a,rente,900.00\nA,2025-01-01,3,miete,500.00,b,,\nB,2025-01-01,9,miete,500.00,a,,\nC,2025-01-01,3,miete,500.00,a,rente,12.345\nD,2025-01-01,3,miete,500.00,a,,\nD,2025-02-01,3,miete,500.00,b,,\n' > "$T/f.csv"
"$W" batch --leise --format csv --eingabe "$T/f.csv" --ausgabe "$T/f_aus.csv" --fehler "$T/f_err.jsonl"; rc=$?
[ $rc -eq 1 ] && grep -q '^A,ok,' "$T/f_aus.csv" && grep -q '^B,fehler,.*mietenstufe_ungueltig,mietenstufe' "$T/f_aus.csv" && \
    grep -q '^C,fehler,.*betrag_ungueltig,mitglieder\[0\].einkommen\[0\].betrag_monat' "$T/f_aus.csv" && \
    grep -q '^D,fehler,.*feld_konflikt,stichtag' "$T/f_aus.csv" && [ "$(wc -l < "$T/f_err.jsonl")" -eq 3 ]
pruefe "CSV: field-named errors per household" $?
printf 'id,unsinn\n' > "$T/k.csv"
"$W" batch --leise --format csv --eingabe "$T/k.csv" --ausgabe "$T/k_aus.csv" 2> "$T/err"; [ $? -eq 2 ] && grep -q "unbekannte Spalte" "$T/err"
pruefe "CSV: unknown column refused" $?

# empty input; only invalid lines; stdin to stdout
: > "$T/leer.jsonl"
"$W" batch --leise --eingabe "$T/leer.jsonl" --ausgabe "$T/leer_aus.jsonl"; rc=$?
[ $rc -eq 0 ] && [ -e "$T/leer_aus.jsonl" ] && [ ! -s "$T/leer_aus.jsonl" ] && grep -q '"gelesen":0,' "$T/leer_aus.jsonl.zusammenfassung.json"
pruefe "empty input" $?
printf 'kaputt\n{"id":1}\n[]\n' > "$T/ungueltig.jsonl"
"$W" batch --leise --eingabe "$T/ungueltig.jsonl" --ausgabe "$T/u.jsonl" --fehler "$T/u_err.jsonl"; rc=$?
[ $rc -eq 1 ] && grep -q '"gelesen":3,"berechnet":0,"abgelehnt":3' "$T/u.jsonl.zusammenfassung.json" && [ "$(wc -l < "$T/u_err.jsonl")" -eq 3 ]
pruefe "only invalid lines" $?
head -100 "$T/h.jsonl" | "$W" batch --leise --eingabe - --ausgabe - > "$T/stdout.jsonl"; rc=$?
[ $rc -le 1 ] && cmp -s "$T/stdout.jsonl" "$(head -100 "$T/a1.jsonl" > "$T/a100"; echo "$T/a100")"; pruefe "stdin to stdout" $?
"$W" batch --eingabe - --ausgabe - --fortsetzen < /dev/null > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "--fortsetzen needs files" $?

# progress: a line on a terminal, nothing otherwise (script(1) provides the terminal)
"$W" batch --threads 2 --eingabe "$T/klein.jsonl" --ausgabe "$T/p1.jsonl" 2> "$T/p_err" > /dev/null
! grep -q "Datensätze," "$T/p_err"; pruefe "no progress line without a terminal" $?
if command -v script > /dev/null 2>&1; then
    script -qec "$W batch --threads 2 --eingabe $T/klein.jsonl --ausgabe $T/p2.jsonl" /dev/null > "$T/p_tty" 2>&1
    grep -q "Datensätze, [0-9]*/s" "$T/p_tty"; pruefe "progress line on a terminal" $?
    script -qec "$W batch --leise --threads 2 --eingabe $T/klein.jsonl --ausgabe $T/p3.jsonl" /dev/null > "$T/p_tty2" 2>&1
    ! grep -q "Datensätze," "$T/p_tty2"; pruefe "--leise: no progress line" $?
fi

ende
