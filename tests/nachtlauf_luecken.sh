#!/bin/sh
# The night run's last holes (issue 21): each item of the review as a regression test that failed
# before its fix. Each section runs in its own directory under a temporary one.
# Usage: nachtlauf_luecken.sh WOHNGELD ERZEUGEN SOURCE_DIR [sanitizer]
set -u
W="$1"
E="$2"
SRC="$3"
SAN="${4:-}"
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
. "$SRC/tests/hilfe.sh"
ms() { date +%s%3N; }

# ---- 2. a hostile partial record: a budget of month computations, SIGTERM inside the search
mkdir "$T/b"
R="$SRC/tests/regression/teil_budget_12_monate.json"
# a zeitraum of 12 months with 8 members whose ages and § 17a flags are enumerated: 327 800
# households × 12 months before the budget; now grenze_ueberschritten naming the budget
a=$(ms); "$W" berechnen "$R" > "$T/b/aus.json"; rc=$?; d=$(( $(ms) - a ))
[ $rc -eq 1 ] && grep -q '"code":"grenze_ueberschritten","feld":"zeitraum","meldung":"Vorprüfung: Budget von 500000 Monatsberechnungen' "$T/b/aus.json"
pruefe "hostile 12-month record: grenze_ueberschritten naming the budget" $?
if [ -z "$SAN" ]; then [ "$d" -lt 1000 ]; pruefe "hostile 12-month record ends in under a second ($d ms)" $?; fi
# the same with 120 months, and a household of 100 members with 1 000 incomes (the budget
# weighs a month by the size of its Satz)
sed 's/"bis": "2016-12"/"bis": "2025-12"/' "$R" > "$T/b/z120.json"
grep -q '"bis": "2025-12"' "$T/b/z120.json"; pruefe "120-month variant made" $?
{
    printf '{"id":"gross","stichtag":"2025-03-01","mietenstufe":4,"wohnkosten":{"art":"miete","betrag_monat":{"von":"300","bis":"900"}},"mitglieder":['
    i=0
    while [ $i -lt 100 ]; do
        [ $i -gt 0 ] && printf ','
        if [ $i -lt 8 ]; then
            printf '{"id":"m%d","alter":{"von":20,"bis":70},"grundrentenzeiten_33_jahre":"unbekannt","abzug_steuern":"unbekannt","einkommen":[{"art":"rente","betrag_monat":{"von":"0","bis":"900"}}' $i
        else
            printf '{"id":"m%d","alter":40,"einkommen":[{"art":"rente","betrag_monat":"10.00"}' $i
        fi
        k=1; while [ $k -lt 10 ]; do printf ',{"art":"rente","betrag_monat":"10.00"}'; k=$((k + 1)); done
        printf ']}'
        i=$((i + 1))
    done
    printf ']}\n'
} > "$T/b/gross.json"
for f in z120 gross; do
    a=$(ms); "$W" berechnen "$T/b/$f.json" > "$T/b/$f.aus"; rc=$?; d=$(( $(ms) - a ))
    [ $rc -eq 1 ] && grep -q '"code":"grenze_ueberschritten".*Budget von 500000 Monatsberechnungen' "$T/b/$f.aus"
    pruefe "hostile record $f: budget error" $?
    if [ -z "$SAN" ]; then [ "$d" -lt 1000 ]; pruefe "hostile record $f ends in under a second ($d ms)" $?; fi
done
# 64 such records in one block: SIGTERM is honoured within a second, inside the search; the
# block is not written, and a resume gives the bytes of an uninterrupted run
"$E" 40 --saat 2 --fehlerquote 0 > "$T/b/h.jsonl"
i=0; while [ $i -lt 64 ]; do sed "s/\"id\": \"boese\"/\"id\": \"boese$i\"/" "$R"; i=$((i + 1)); done >> "$T/b/h.jsonl"
"$E" 40 --saat 3 --fehlerquote 0 >> "$T/b/h.jsonl"
if [ -z "$SAN" ]; then
    "$W" batch --leise --threads 2 --block 40 --eingabe "$T/b/h.jsonl" --ausgabe "$T/b/ref.jsonl" --fehler "$T/b/ref_rej.jsonl"
    "$W" batch --leise --threads 2 --block 40 --checkpoint-sekunden 0 --eingabe "$T/b/h.jsonl" --ausgabe "$T/b/a.jsonl" \
        --fehler "$T/b/r.jsonl" 2> "$T/b/err" &
    p=$!
    sleep 1.5
    a=$(ms); kill -TERM $p; wait $p; rc=$?; d=$(( $(ms) - a ))
    [ $rc -eq 3 ] && [ "$d" -lt 1000 ] && [ -e "$T/b/a.jsonl.checkpoint" ] && grep -q fortsetzen "$T/b/err"
    pruefe "SIGTERM inside a block of hostile records: exit 3 after $d ms (rc $rc)" $?
    z=$(sed -n 's/^zeile //p' "$T/b/a.jsonl.checkpoint")
    [ "$z" -eq 40 ] || [ "$z" -eq 80 ]; pruefe "the checkpoint stands at the last block written (line $z), not inside the cut block" $?
    "$W" batch --leise --fortsetzen --threads 2 --block 40 --eingabe "$T/b/h.jsonl" --ausgabe "$T/b/a.jsonl" --fehler "$T/b/r.jsonl"
    cmp -s "$T/b/a.jsonl" "$T/b/ref.jsonl" && cmp -s "$T/b/r.jsonl" "$T/b/ref_rej.jsonl" && \
        [ "$(ergebnis "$T/b/a.jsonl.zusammenfassung.json")" = "$(ergebnis "$T/b/ref.jsonl.zusammenfassung.json")" ]
    pruefe "resumed after SIGTERM: output, rejects and summary as an uninterrupted run" $?
    [ "$(feld gelesen "$T/b/ref.jsonl.zusammenfassung.json")" -eq 144 ] && [ "$(wc -l < "$T/b/ref_rej.jsonl")" -eq 64 ]
    pruefe "every hostile record is a reject with its error, the others assessed" $?
fi

# ---- 3. CSV: a damaged row inside a household rejects the whole household, never splits it
mkdir "$T/c"
"$E" 300 --saat 5 --fehlerquote 0 > "$T/c/h.jsonl"
"$W" nach-csv "$T/c/h.jsonl" > "$T/c/h.csv" 2> /dev/null
# a household of at least three rows, and the line of its second row
hh=$(tail -n +2 "$T/c/h.csv" | cut -d, -f1 | uniq -c | awk '$1 >= 3 {print $2; exit}')
L=$(grep -n "^$hh," "$T/c/h.csv" | sed -n 2p | cut -d: -f1)
n_hh=$(tail -n +2 "$T/c/h.csv" | cut -d, -f1 | uniq | wc -l)
lang() { awk -v L="$L" -v P="$1" 'NR == L { sub(/^[^,]*,/, P); printf "%s", $0; for (i = 0; i < 1100000; i++) printf "x"; print ""; next } { print }'; }
sed "${L}s/^$hh,/\"$hh,/" "$T/c/h.csv" > "$T/c/quote.csv"
sed "${L}s/^$hh,/,/" "$T/c/h.csv" > "$T/c/leer.csv"
lang "$hh," < "$T/c/h.csv" > "$T/c/lang.csv"
lang "\"x," < "$T/c/h.csv" > "$T/c/langquote.csv"
for f in quote leer lang langquote; do
    "$W" batch --leise --format csv --eingabe "$T/c/$f.csv" --ausgabe "$T/c/$f.aus.csv" --fehler "$T/c/$f.rej.jsonl"; rc=$?
    z="$T/c/$f.aus.csv.zusammenfassung.json"
    [ $rc -eq 1 ] && [ "$(grep -c "^$hh," "$T/c/$f.aus.csv")" -eq 1 ] && grep -q "^$hh,fehler,.*Zeile $L.*der ganze Haushalt" "$T/c/$f.aus.csv" && \
        [ "$(feld gelesen "$z")" -eq "$n_hh" ] && [ "$(feld abgelehnt "$z")" -eq 1 ] && [ "$(wc -l < "$T/c/$f.rej.jsonl")" -eq 1 ] && \
        grep -q "\"zeile\":$((L - 1)),\"zeile_bis\":" "$T/c/$f.rej.jsonl"
    pruefe "CSV, damaged 2nd row ($f) of household $hh: one record, rejected whole, $n_hh households read" $?
    "$W" batch --leise --format csv --block 1 --eingabe "$T/c/$f.csv" --ausgabe "$T/c/$f.b1.csv" --fehler "$T/c/$f.b1.jsonl"
    cmp -s "$T/c/$f.aus.csv" "$T/c/$f.b1.csv" && cmp -s "$T/c/$f.rej.jsonl" "$T/c/$f.b1.jsonl"
    pruefe "CSV, damaged row ($f): the same bytes with blocks of one household" $?
done
# two damaged rows in a row inside a household: still one record
sed "${L}s/^$hh,/,/" "$T/c/h.csv" | sed "${L}p" > "$T/c/zwei.csv"
"$W" batch --leise --format csv --eingabe "$T/c/zwei.csv" --ausgabe "$T/c/zwei.aus.csv"
[ "$(grep -c "^$hh," "$T/c/zwei.aus.csv")" -eq 1 ] && [ "$(feld gelesen "$T/c/zwei.aus.csv.zusammenfassung.json")" -eq "$n_hh" ]
pruefe "CSV: two damaged rows inside a household: one record" $?
# a row without id between two different households stays a record of its own
L1=$(grep -n "^$hh," "$T/c/h.csv" | tail -1 | cut -d: -f1)
sed "${L1}a\\
,2025-03-01,,,,3,,miete,500.00" "$T/c/h.csv" > "$T/c/zwischen.csv"
"$W" batch --leise --format csv --eingabe "$T/c/zwischen.csv" --ausgabe "$T/c/zwischen.aus.csv"
[ "$(feld gelesen "$T/c/zwischen.aus.csv.zusammenfassung.json")" -eq $((n_hh + 1)) ] && grep -q "^$hh,ok," "$T/c/zwischen.aus.csv"
pruefe "CSV: a row without id between two households is a record of its own; the household before it assessed" $?

ende
