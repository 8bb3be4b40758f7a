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

# ---- 4. every final file is locked: two runs sharing a reject file (or summary, log) cannot both run
# (the first run reads a pipe that stays open for a while: it holds its locks until the input ends)
mkdir "$T/s"
"$E" 3000 --saat 7 --fehlerquote 3 > "$T/s/h.jsonl"
"$E" 3000 --saat 8 --fehlerquote 3 > "$T/s/k.jsonl"
mkfifo "$T/s/fifo"
zwei_laeufe() { # zwei_laeufe "OPTIONS OF RUN 1" "OPTIONS OF RUN 2": rc1 and rc2
    rm -f "$T/s/a"* "$T/s/r"* "$T/s/log"*
    (cat "$T/s/h.jsonl"; sleep 1.5) > "$T/s/fifo" &
    # shellcheck disable=SC2086
    "$W" batch --leise --eingabe "$T/s/fifo" --ausgabe "$T/s/a1.jsonl" $1 &
    p=$!
    sleep 0.5
    # shellcheck disable=SC2086
    "$W" batch --leise --eingabe "$T/s/k.jsonl" --ausgabe "$T/s/a2.jsonl" $2 2> "$T/s/err"; rc2=$?
    wait $p; rc1=$?
}
zwei_laeufe "--fehler $T/s/r.jsonl" "--fehler $T/s/r.jsonl"
[ $rc2 -eq 2 ] && grep -q "anderer Lauf.*r.jsonl.sperre" "$T/s/err" && [ ! -e "$T/s/a2.jsonl" ] && [ ! -e "$T/s/a2.jsonl.teil" ] && \
    [ $rc1 -eq 1 ] && [ "$(wc -l < "$T/s/r.jsonl")" -eq "$(feld abgelehnt "$T/s/a1.jsonl.zusammenfassung.json")" ] && \
    ! ls "$T/s" | grep -q '\.tmp$\|\.teil$\|\.sperre$'
pruefe "same --fehler, other --ausgabe: the second run refused at once, the first keeps its rejects (rc $rc1/$rc2)" $?
zwei_laeufe "--protokoll $T/s/log" "--protokoll $T/s/log"
[ $rc2 -eq 2 ] && grep -q "anderer Lauf" "$T/s/err" && [ $rc1 -eq 1 ] && [ "$(grep -c ' start ' "$T/s/log")" -eq 1 ]
pruefe "same --protokoll: the second run refused, the log is the first's alone (rc $rc1/$rc2)" $?
zwei_laeufe "" "--fehler $T/s/a1.jsonl.zusammenfassung.json"
[ $rc2 -eq 2 ] && grep -q "anderer Lauf" "$T/s/err" && [ $rc1 -eq 1 ] && grep -q '"format"' "$T/s/a1.jsonl.zusammenfassung.json"
pruefe "--fehler naming another run's summary: refused, the first run's summary intact (rc $rc1/$rc2)" $?

# ---- 5. a running case: a § 27 Abs. 2 decision, then the last member moves out — § 28 Abs. 1,
# not an error at a field that does not exist; an error result counts and exits as a reject
mkdir "$T/f"
F="$SRC/golden/fall-hand.jsonl"
grep '"id": "fall-abs2-dann-auszug"' "$F" | sed 's/^{"eingabe": \(.*\), "erwartet": .*$/\1/' > "$T/f/c5.jsonl"
"$W" fall "$T/f/c5.jsonl" > "$T/f/c5.aus"; rc=$?
[ $rc -eq 0 ] && grep -q '"status":"ok"' "$T/f/c5.aus" && grep -q '"regel":"§ 27 Abs. 2 Nr. 3".*"regel":"§ 28 Abs. 1"' "$T/f/c5.aus"
pruefe "§ 27 Abs. 2, then the last member out: § 28 Abs. 1 (rc $rc)" $?
# a case whose history cannot be assessed (a Gemeinde outside the list) beside good ones
printf '%s\n' '{"format": "wohngeld-fall/1", "id": "kaputt", "antrag": "2025-03-10", "bewilligung": {"von": "2025-03", "bis": "2026-02"}, "haushalt": {"mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "300.00"}, "gesamteinkommen_monat": "1000.00", "mitglieder": [{"id": "a", "alter": 40}]}, "verlauf": [{"ab": "2025-05-01", "haushalt": {"gemeinde": "09999999", "wohnkosten": {"art": "miete", "betrag_monat": "300.00"}, "gesamteinkommen_monat": "1200.00", "mitglieder": [{"id": "a", "alter": 40}]}}]}' > "$T/f/kaputt.jsonl"
"$E" 4000 --saat 11 --faelle 1 > "$T/f/f.jsonl"
cat "$T/f/c5.jsonl" "$T/f/kaputt.jsonl" >> "$T/f/f.jsonl"
"$W" fall "$T/f/f.jsonl" > "$T/f/fall.aus"; rc=$?
n_fehler=$(grep -c '"status":"fehler"' "$T/f/fall.aus")
[ $rc -eq 1 ] && [ "$n_fehler" -ge 1 ] && [ "$(wc -l < "$T/f/fall.aus")" -eq 4002 ]
pruefe "fall: an error result exits 1 ($n_fehler errors, rc $rc)" $?
"$W" batch --leise --art fall --eingabe "$T/f/f.jsonl" --ausgabe "$T/f/b.jsonl" --fehler "$T/f/r.jsonl"; rc=$?
z="$T/f/b.jsonl.zusammenfassung.json"
[ $rc -eq 1 ] && [ "$(feld abgelehnt "$z")" -eq "$n_fehler" ] && [ "$(wc -l < "$T/f/r.jsonl")" -eq "$n_fehler" ] && \
    [ "$(feld berechnet "$z")" -eq $((4002 - n_fehler)) ] && cmp -s "$T/f/b.jsonl" "$T/f/fall.aus"
pruefe "batch --art fall: every error result counted as rejected and in the reject file" $?

# ---- 6. names of derived files, inputs named as outputs, long paths, pipes
mkdir "$T/n"
"$E" 400 --saat 9 --fehlerquote 5 > "$T/n/h.jsonl"
for v in "--fehler $T/n/a.jsonl.zusammenfassung.json.tmp" "--fehler $T/n/r.teil" "--protokoll $T/n/x.sperre" "--fehler $T/n/x.checkpoint"; do
    # shellcheck disable=SC2086
    "$W" batch --leise --eingabe "$T/n/h.jsonl" --ausgabe "$T/n/a.jsonl" $v 2> "$T/n/err"; rc=$?
    [ $rc -eq 2 ] && grep -q "endet auf" "$T/n/err" && [ ! -e "$T/n/a.jsonl" ] && [ ! -e "$T/n/a.jsonl.teil" ]
    pruefe "a name with a derived file's ending is refused before reading: $v" $?
done
cp "$T/n/h.jsonl" "$T/n/e.jsonl"
"$W" batch --leise --eingabe - --ausgabe "$T/n/e.jsonl" < "$T/n/e.jsonl" 2> "$T/n/err"; rc=$?
[ $rc -eq 2 ] && grep -q "Eingabedatei" "$T/n/err" && cmp -s "$T/n/e.jsonl" "$T/n/h.jsonl"
pruefe "batch --eingabe - < e.jsonl --ausgabe e.jsonl: refused, input untouched" $?
"$W" batch --leise --eingabe "$T/n/h.jsonl" --ausgabe "$T/n/a.jsonl" --fehler "$T/n/r.jsonl"
cp "$T/n/a.jsonl.zusammenfassung.json" "$T/n/s.json"
"$W" bericht --aus "$T/n/s.json" --html "$T/n/s.json" 2> "$T/n/err"; rc=$?
[ $rc -eq 2 ] && cmp -s "$T/n/s.json" "$T/n/a.jsonl.zusammenfassung.json" && grep -q "überschrieben" "$T/n/err"
pruefe "bericht --aus s.json --html s.json: refused, the summary untouched" $?
"$W" vergleich --rechtsstand 2023 --rechtsstand 2025 --zusammenfassung "$T/n/e.jsonl" "$T/n/e.jsonl" > /dev/null 2> "$T/n/err"; rc=$?
[ $rc -eq 2 ] && cmp -s "$T/n/e.jsonl" "$T/n/h.jsonl"; pruefe "vergleich --zusammenfassung h.jsonl h.jsonl: refused, input untouched" $?
"$W" vergleich --rechtsstand 2023 --rechtsstand 2025 --zusammenfassung "$T/n/e.jsonl" < "$T/n/e.jsonl" > /dev/null 2> "$T/n/err"; rc=$?
[ $rc -eq 2 ] && cmp -s "$T/n/e.jsonl" "$T/n/h.jsonl"; pruefe "vergleich --zusammenfassung e.jsonl < e.jsonl: refused, input untouched" $?
# a path of 4 075 bytes: refused before the run, not after it (and so every resume)
lang="$T/n"; while [ ${#lang} -lt 3900 ]; do lang="$lang/$(printf '%0200d' 0)"; done
mkdir -p "$lang"
p="$lang/$(printf '%0*d' $((4075 - ${#lang} - 1)) 0)"
[ ${#p} -eq 4075 ]; pruefe "a 4 075-byte path made" $?
a=$(ms); "$W" batch --leise --eingabe "$T/s/h.jsonl" --ausgabe "$p" 2> "$T/n/err"; rc=$?; d=$(( $(ms) - a ))
[ $rc -eq 2 ] && grep -q "zu lang" "$T/n/err" && [ "$d" -lt 500 ] && [ -z "$(ls -A "$lang")" ]
pruefe "--ausgabe of 4 075 bytes: refused at once, nothing written ($d ms)" $?
# a pipe as --eingabe is read like standard input (no checkpoints); --fortsetzen on it is refused
"$W" batch --leise --eingabe "$T/n/h.jsonl" --ausgabe "$T/n/ref.jsonl" --fehler "$T/n/ref_rej.jsonl"
mkfifo "$T/n/fifo"
cat "$T/n/h.jsonl" "$T/n/h.jsonl" "$T/n/h.jsonl" > "$T/n/h3.jsonl"
"$W" batch --leise --eingabe "$T/n/h3.jsonl" --ausgabe "$T/n/ref3.jsonl"
(cat "$T/n/h3.jsonl" > "$T/n/fifo" &)
"$W" batch --leise --block 100 --checkpoint-sekunden 0 --eingabe "$T/n/fifo" --ausgabe "$T/n/p.jsonl" 2> "$T/n/err"; rc=$?
[ $rc -eq 1 ] && cmp -s "$T/n/p.jsonl" "$T/n/ref3.jsonl" && [ ! -s "$T/n/err" ]
pruefe "--eingabe a pipe, blocks of 100, checkpoint every block: read to the end like standard input (rc $rc)" $?
(cat "$T/n/h.jsonl" > "$T/n/fifo" &)
"$W" batch --leise --fortsetzen --eingabe "$T/n/fifo" --ausgabe "$T/n/p2.jsonl" 2> "$T/n/err"; rc=$?
[ $rc -eq 2 ] && grep -q "keine gewöhnliche Datei" "$T/n/err"; pruefe "--fortsetzen with a pipe: refused before reading" $?
cat "$T/n/fifo" > /dev/null 2>&1 &
sleep 0.1; kill $! 2> /dev/null

# ---- 7a. a checkpoint whose counters were edited and checksummed again is refused: the counts
# of records are recomputed from the .teil files (a hostile record holds the run in its second
# block while SIGTERM comes; the checkpoint stands after the first)
mkdir "$T/k"
"$E" 40 --saat 2 --fehlerquote 10 > "$T/k/h.jsonl"
for i in 1 2 3 4 5 6; do sed "s/\"id\": \"boese\"/\"id\": \"boese-k$i\"/" "$R"; done >> "$T/k/h.jsonl"
"$E" 34 --saat 3 --fehlerquote 0 >> "$T/k/h.jsonl"
"$W" batch --leise --threads 2 --block 40 --checkpoint-sekunden 0 --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/a.jsonl" \
    --fehler "$T/k/r.jsonl" 2> /dev/null &
p=$!
sleep 0.3
kill -TERM $p; wait $p; rc=$?
[ $rc -eq 3 ] && [ "$(sed -n 's/^zeile //p' "$T/k/a.jsonl.checkpoint")" -eq 40 ]
pruefe "checkpoint after the first block, SIGTERM inside the hostile record (rc $rc)" $?
for f in a.jsonl.checkpoint a.jsonl.teil r.jsonl.teil; do cp "$T/k/$f" "$T/k/$f.orig"; done
wieder() { for f in a.jsonl.checkpoint a.jsonl.teil r.jsonl.teil; do cp "$T/k/$f.orig" "$T/k/$f"; done; }
# every counter that belongs together raised by 1 000 — the checkpoint's own sums still agree
awk '/^zaehler /{ $2 += 1000; $3 += 1000; $5 += 1000 } /^pruefsumme /{ next } { print }' "$T/k/a.jsonl.checkpoint.orig" > "$T/k/cp"
printf 'pruefsumme %s\n' "$(sha256sum < "$T/k/cp" | cut -d' ' -f1)" >> "$T/k/cp"
cp "$T/k/cp" "$T/k/a.jsonl.checkpoint"
"$W" batch --leise --fortsetzen --threads 2 --block 40 --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/a.jsonl" --fehler "$T/k/r.jsonl" 2> "$T/k/err"; rc=$?
[ $rc -eq 2 ] && grep -q "Zähler.*passen nicht zu den Teildateien" "$T/k/err" && [ ! -e "$T/k/a.jsonl" ]
pruefe "resume refused: counters edited and checksummed again (rc $rc)" $?
wieder
awk '/^zaehler /{ $3 -= 1; $4 += 1; for (i = 6; i <= NF; i++) if ($i > 0 && i > 9) { $i += 1; break } } /^pruefsumme /{ next } { print }' "$T/k/a.jsonl.checkpoint.orig" > "$T/k/cp"
printf 'pruefsumme %s\n' "$(sha256sum < "$T/k/cp" | cut -d' ' -f1)" >> "$T/k/cp"
cp "$T/k/cp" "$T/k/a.jsonl.checkpoint"
"$W" batch --leise --fortsetzen --threads 2 --block 40 --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/a.jsonl" --fehler "$T/k/r.jsonl" 2> "$T/k/err"; rc=$?
[ $rc -eq 2 ] && [ ! -e "$T/k/a.jsonl" ]; pruefe "resume refused: one record moved from computed to rejected (rc $rc)" $?
# ---- 7b. a hint code with a quote (here planted in a checkpoint) does not break the summary's JSON
wieder
sed '/^pruefsumme /d; s/^hinweise \(.*\)$/hinweise \1 x"y\\z=1/' "$T/k/a.jsonl.checkpoint.orig" > "$T/k/cp"
printf 'pruefsumme %s\n' "$(sha256sum < "$T/k/cp" | cut -d' ' -f1)" >> "$T/k/cp"
cp "$T/k/cp" "$T/k/a.jsonl.checkpoint"
"$W" batch --leise --fortsetzen --threads 2 --block 40 --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/a.jsonl" --fehler "$T/k/r.jsonl"; rc=$?
[ $rc -eq 1 ] && python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["hinweise_nach_code"]["x\"y\\z"] == 1' \
    "$T/k/a.jsonl.zusammenfassung.json"
pruefe "a hint code with a quote and a backslash: the summary stays valid JSON (rc $rc)" $?
rm -f "$T/k/a.jsonl" "$T/k/r.jsonl" "$T/k/a.jsonl.zusammenfassung.json"
wieder
"$W" batch --leise --fortsetzen --threads 2 --block 40 --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/a.jsonl" --fehler "$T/k/r.jsonl"; rc=$?
"$W" batch --leise --threads 2 --block 40 --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/ref.jsonl" --fehler "$T/k/ref_r.jsonl"
[ $rc -eq 1 ] && cmp -s "$T/k/a.jsonl" "$T/k/ref.jsonl" && cmp -s "$T/k/r.jsonl" "$T/k/ref_r.jsonl"
pruefe "the unedited checkpoint resumes to the bytes of an uninterrupted run" $?

# ---- 7c. bericht checks every balance of a summary, bounds every number, strips direction
# overrides and line separators
mkdir "$T/r"
Z="$T/n/a.jsonl.zusammenfassung.json"
"$W" vergleich --rechtsstand 2023 --rechtsstand 2025 --zusammenfassung "$T/r/v.json" "$T/n/h.jsonl" > /dev/null 2>&1
"$W" bericht --aus "$Z" --aus "$T/r/v.json" --html "$T/r/ok.html" 2> /dev/null; pruefe "the report of the untouched summaries is written" $?
verfaelscht() { # verfaelscht NAME QUELLE PYTHON-EXPRESSION-ON-d: a doctored copy, refused with its reason
    python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); exec(sys.argv[3]); json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)' \
        "$2" "$T/r/$1.json" "$3"
    echo '<alt>' > "$T/r/$1.html"
    "$W" bericht --aus "$T/r/$1.json" --html "$T/r/$1.html" 2> "$T/r/$1.err"; rc=$?
    [ $rc -eq 2 ] && [ "$(cat "$T/r/$1.html")" = "<alt>" ] && grep -q "$4" "$T/r/$1.err"
    pruefe "bericht refuses a summary with $1 ($(head -c 120 "$T/r/$1.err"))" $?
}
verfaelscht codes "$Z" 'd["abgelehnt_nach_code"]["json_ungueltig"] = d["abgelehnt_nach_code"].get("json_ungueltig", 0) + 1' "abgelehnt nach Code"
verfaelscht mit_anspruch "$Z" 'd["mit_anspruch"] += 5; d["berechnet"] += 5; d["gelesen"] += 5' "nicht stimmig"
verfaelscht einstufung "$Z" 'd["vorpruefung"]["einstufung"]["offen"] += 1' "Einstufungen"
verfaelscht riesig "$Z" 'd["gelesen"] = 9000000000000000000; d["berechnet"] = 9000000000000000000 - d["abgelehnt"]' "keine Zahl"
verfaelscht hinweis_riesig "$Z" 'd["hinweise_nach_code"]["x"] = 10**18' "hinweise_nach_code"
verfaelscht negativ "$Z" 'd["summe_wohngeld_monat"] = "-5"' "negativ"
verfaelscht verteilung "$Z" 'd["verteilung_wohngeld_monat"]["anzahl"][0] += 1' "Verteilung"
verfaelscht vergleich_summe "$T/r/v.json" 'd["gewinnt"] += 1' "haushalte"
verfaelscht vergleich_differenz "$T/r/v.json" 'd["differenz"] += 1' "differenz"
# a hint code with a right-to-left override and a line separator: left out of the page
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); d["hinweise_nach_code"]["abc\u202edef\u2028x\u2066y"] = 0; json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)' "$Z" "$T/r/bidi.json"
"$W" bericht --aus "$T/r/bidi.json" --html "$T/r/bidi.html" 2> /dev/null
[ $? -eq 0 ] && grep -q "abcdefxy" "$T/r/bidi.html" && ! grep -q "$(printf '\342\200\256')" "$T/r/bidi.html" && \
    ! grep -q "$(printf '\342\200\250')" "$T/r/bidi.html" && ! grep -q "$(printf '\342\201\246')" "$T/r/bidi.html"
pruefe "direction overrides and line separators are left out of the page" $?

ende
