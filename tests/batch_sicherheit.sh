#!/bin/sh
# The night run's promises under abuse (docs/batch.md "What is guaranteed"): every reproducer of
# issue 12 as a regression test. Each check runs in its own directory under a temporary one.
# Usage: batch_sicherheit.sh WOHNGELD ERZEUGEN SOURCE_DIR [sanitizer]
set -u
W="$1"
E="$2"
SRC="$3"
SAN="${4:-}"
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
. "$SRC/tests/hilfe.sh"
# nothing but the given files in a directory
nur() { d="$1"; shift; [ "$(ls -A "$d" | sort | tr '\n' ' ')" = "$(for x in "$@"; do echo "$x"; done | sort | tr '\n' ' ')" ]; }

"$E" 30000 --saat 5 --fehlerquote 0 > "$T/h.jsonl"
"$W" nach-csv "$T/h.jsonl" > "$T/h.csv" 2> /dev/null
csv_haushalte=$(tail -n +2 "$T/h.csv" | cut -d, -f1 | uniq | wc -l)

# ---- 1. CSV: a stray quote or a row over 1 MiB costs one record, never the rest of the file
mkdir "$T/q"
{ head -3 "$T/h.csv"; printf '"b,2025-03-01,,,,3,,miete,500.00\n'; tail -n +4 "$T/h.csv"; } > "$T/q/ein.csv"
zweite=$(sed -n 2p "$T/h.csv" | cut -d, -f1)
"$W" batch --leise --format csv --threads 2 --eingabe "$T/q/ein.csv" --ausgabe "$T/q/aus.csv" --fehler "$T/q/rej.jsonl"; rc=$?
z="$T/q/aus.csv.zusammenfassung.json"
g=$(feld gelesen "$z")
[ $rc -eq 1 ] && [ "$g" -eq $((csv_haushalte + 1)) ] && [ "$(tail -n +2 "$T/q/aus.csv" | wc -l)" -eq "$g" ] && \
    [ "$(wc -l < "$T/q/rej.jsonl")" -eq "$(feld abgelehnt "$z")" ] && [ "$(feld abgelehnt "$z")" -ge 1 ] && \
    grep -q '^{"zeile":4,"zeile_bis":4,"fehler":{"code":"json_ungueltig".*Anführungszeichen nicht geschlossen' "$T/q/rej.jsonl"
pruefe "CSV stray quote: $g records = $csv_haushalte households + the broken row, each in output or rejects" $?
[ "$(grep -c "^$zweite,ok," "$T/q/aus.csv")" -eq 1 ]; pruefe "CSV stray quote: the household before it is assessed" $?
tail -n +2 "$T/q/aus.csv" | cut -d, -f1 | grep -v '^$' > "$T/q/ids"
tail -n +2 "$T/h.csv" | cut -d, -f1 | uniq > "$T/q/soll"
cmp -s "$T/q/ids" "$T/q/soll"; pruefe "CSV stray quote: every household after it is in the output, in order" $?
# a quote closed on a later line that does not make a valid row: the first line alone is rejected
{ head -2 "$T/h.csv"; printf 'x,"2025-03-01\n'; sed -n 3,6p "$T/h.csv"; } > "$T/q/zu.csv"
"$W" batch --leise --format csv --eingabe "$T/q/zu.csv" --ausgabe "$T/q/zu_aus.csv" --fehler "$T/q/zu_rej.jsonl"
[ "$(feld gelesen "$T/q/zu_aus.csv.zusammenfassung.json")" -eq "$(sed -n 2,6p "$T/h.csv" | cut -d, -f1 | uniq | wc -l | awk '{print $1+1}')" ] && \
    grep -q '"zeile":3,"zeile_bis":3' "$T/q/zu_rej.jsonl"
pruefe "CSV: a quoted line break is only taken when the row it makes is valid" $?
# a legitimate quoted line break inside an id still works
printf 'id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat,mitglied_id,einkommen1_art,einkommen1_betrag_monat\n"A\nB",2025-01-01,3,miete,500.00,a,rente,900.00\nC,2025-01-01,3,miete,500.00,a,rente,900.00\n' > "$T/q/nl.csv"
"$W" batch --leise --format csv --eingabe "$T/q/nl.csv" --ausgabe "$T/q/nl_aus.csv"; rc=$?
[ $rc -eq 0 ] && [ "$(feld gelesen "$T/q/nl_aus.csv.zusammenfassung.json")" -eq 2 ]
pruefe "CSV: a quoted line break in a valid row is kept" $?
# one honest row over 1 MiB
{ head -2 "$T/h.csv"; printf 'gross,2025-03-01,,,,3,,miete,500.00,%s\n' "$(head -c 1100000 /dev/zero | tr '\0' 'x')"; sed -n 3,200p "$T/h.csv"; } > "$T/q/lang.csv"
"$W" batch --leise --format csv --eingabe "$T/q/lang.csv" --ausgabe "$T/q/lang_aus.csv" --fehler "$T/q/lang_rej.jsonl"; rc=$?
n_lang=$(sed -n 2,200p "$T/h.csv" | cut -d, -f1 | uniq | wc -l)
[ $rc -eq 1 ] && [ "$(feld gelesen "$T/q/lang_aus.csv.zusammenfassung.json")" -eq $((n_lang + 1)) ] && \
    grep -q '^gross,fehler,.*grenze_ueberschritten' "$T/q/lang_aus.csv" && grep -q "^$zweite,ok," "$T/q/lang_aus.csv" && \
    grep -q '"eingabe_gekuerzt":true' "$T/q/lang_rej.jsonl" && [ "$(wc -l < "$T/q/lang_rej.jsonl")" -eq 1 ]
pruefe "CSV: a row over 1 MiB is a record of its own; neighbours assessed" $?
# JSON Lines: the 1 MiB limit is inclusive
mkdir "$T/m"
pad() { head -c "$1" /dev/zero | tr '\0' ' '; }
kurz='{"id":"g","stichtag":"2025-01-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{}]}'
{ printf '%s' "$kurz"; pad $((1048576 - ${#kurz})); printf '\n'; printf '%s' "$kurz"; pad $((1048577 - ${#kurz})); printf '\n'; } > "$T/m/ein.jsonl"
"$W" batch --leise --eingabe "$T/m/ein.jsonl" --ausgabe "$T/m/aus.jsonl" --fehler "$T/m/rej.jsonl"; rc=$?
[ $rc -eq 1 ] && sed -n 1p "$T/m/aus.jsonl" | grep -q '"status":"ok"' && sed -n 2p "$T/m/aus.jsonl" | grep -q 'grenze_ueberschritten'
pruefe "JSON Lines: a line of exactly 1 MiB is read, one byte more is grenze_ueberschritten" $?

# ---- 2. no output may be the input
mkdir "$T/s"
head -50 "$T/h.jsonl" > "$T/s/h.jsonl"
cp "$T/s/h.jsonl" "$T/s/orig"
ln -s h.jsonl "$T/s/link.jsonl"
ln "$T/s/h.jsonl" "$T/s/hart.jsonl"
mkdir "$T/s/sub"
for v in "--ausgabe $T/s/h.jsonl" "--ausgabe $T/s/sub/../h.jsonl" "--ausgabe $T/s/link.jsonl" "--ausgabe $T/s/hart.jsonl" \
         "--ausgabe $T/s/x.jsonl --fehler $T/s/h.jsonl" "--ausgabe $T/s/x.jsonl --fehler $T/s/link.jsonl" \
         "--ausgabe $T/s/x.jsonl --protokoll $T/s/hart.jsonl"; do
    # shellcheck disable=SC2086
    "$W" batch --leise --eingabe "$T/s/h.jsonl" $v 2> "$T/s/err"; rc=$?
    [ $rc -eq 2 ] && cmp -s "$T/s/h.jsonl" "$T/s/orig" && grep -q "Eingabedatei" "$T/s/err" && [ ! -e "$T/s/x.jsonl" ] && \
        nur "$T/s" h.jsonl orig link.jsonl hart.jsonl sub err
    pruefe "refused before reading, input intact: $v" $?
done
"$W" batch --leise --eingabe "$T/s/h.jsonl" --ausgabe "$T/s/x.jsonl" --fehler "$T/s/sub/../x.jsonl" 2> "$T/s/err"; rc=$?
[ $rc -eq 2 ] && grep -q "dieselbe Datei" "$T/s/err" && [ ! -e "$T/s/x.jsonl" ]; pruefe "--ausgabe = --fehler refused" $?

# ---- 3. symlinks at the temporary names are never followed
mkdir "$T/l"
echo "unberührt" > "$T/l/opfer"
ln -s "$T/l/opfer" "$T/l/aus.jsonl.teil"
ln -s "$T/l/opfer" "$T/l/rej.jsonl.teil"
ln -s "$T/l/opfer" "$T/l/aus.jsonl.checkpoint.tmp"
ln -s "$T/l/opfer" "$T/l/aus.jsonl.zusammenfassung.json.tmp"
ln -s "$T/l/opfer" "$T/l/aus.jsonl.sperre"
"$W" batch --leise --eingabe "$T/s/h.jsonl" --ausgabe "$T/l/aus.jsonl" --fehler "$T/l/rej.jsonl" --checkpoint-sekunden 0 --block 7 2> "$T/l/err"; rc=$?
[ "$(cat "$T/l/opfer")" = "unberührt" ]; pruefe "symlink targets untouched" $?
if [ $rc -eq 0 ]; then
    [ -f "$T/l/aus.jsonl" ] && [ ! -L "$T/l/aus.jsonl" ] && [ "$(wc -l < "$T/l/aus.jsonl")" -eq 50 ]
else
    [ $rc -eq 2 ] && [ ! -e "$T/l/aus.jsonl" ]
fi
pruefe "output a regular file of its own (or the run refused), rc $rc" $?

# ---- 4. one run per output at a time
mkdir "$T/k"
head -3000 "$T/h.jsonl" > "$T/k/h.jsonl"
flock "$T/k/aus.jsonl.sperre" sleep 3 &
fl=$!
sleep 0.3
"$W" batch --leise --eingabe "$T/k/h.jsonl" --ausgabe "$T/k/aus.jsonl" 2> "$T/k/err"; rc=$?
[ $rc -eq 2 ] && grep -q "anderer Lauf" "$T/k/err" && [ ! -e "$T/k/aus.jsonl" ] && [ ! -e "$T/k/aus.jsonl.teil" ]
pruefe "a second run on a locked output fails at once" $?
kill $fl 2> /dev/null; wait $fl 2> /dev/null
"$W" batch --leise --threads 1 --eingabe "$T/h.jsonl" --ausgabe "$T/k/ref.jsonl"
ok=0
for versuch in 1 2 3; do
    rm -f "$T/k/zwei.jsonl"*
    "$W" batch --leise --threads 1 --eingabe "$T/h.jsonl" --ausgabe "$T/k/zwei.jsonl" 2> "$T/k/e1" & p1=$!
    "$W" batch --leise --threads 1 --eingabe "$T/h.jsonl" --ausgabe "$T/k/zwei.jsonl" 2> "$T/k/e2" & p2=$!
    wait $p1; r1=$?; wait $p2; r2=$?
    case "$r1 $r2" in
        "0 2" | "2 0" | "0 0") cmp -s "$T/k/ref.jsonl" "$T/k/zwei.jsonl" || ok=1 ;;
        *) ok=1 ;;
    esac
done
pruefe "two runs at once: one refused (or one after the other), the final file correct" $ok

# ---- 5. a thread that cannot be started (ulimit -v): exit 2, no crash
if [ -z "$SAN" ]; then
    (ulimit -v 30000; "$W" batch --leise --threads 8 --block 64 --eingabe "$T/s/h.jsonl" --ausgabe "$T/k/ul.jsonl" 2> "$T/k/ul_err"); rc=$?
    if [ $rc -eq 2 ]; then grep -q "wohngeld" "$T/k/ul_err"; else [ $rc -eq 0 ]; fi
    pruefe "ulimit -v 30000 with 8 threads: exit $rc, no signal" $?
fi

# ---- 6, 7, 15. --fortsetzen checks what it trusts; SIGTERM stops cleanly
mkdir "$T/f"
"$E" 200000 --saat 9 --fehlerquote 2 > "$T/f/h.jsonl"
"$W" batch --leise --threads 2 --eingabe "$T/f/h.jsonl" --ausgabe "$T/f/ref.jsonl" --fehler "$T/f/ref_rej.jsonl"
anhalten() {
    rm -f "$T/f/a.jsonl"* "$T/f/r.jsonl"*
    "$W" batch --leise --threads 2 --block 500 --checkpoint-sekunden 0 --eingabe "$T/f/h.jsonl" --ausgabe "$T/f/a.jsonl" --fehler "$T/f/r.jsonl" 2> "$T/f/term_err" &
    p=$!
    sleep 0.4
    kill -TERM $p
    wait $p
}
anhalten; rc=$?
[ $rc -eq 3 ] && [ -s "$T/f/a.jsonl.teil" ] && [ -e "$T/f/a.jsonl.checkpoint" ] && [ ! -e "$T/f/a.jsonl" ] && \
    [ ! -e "$T/f/a.jsonl.sperre" ] && grep -q "fortsetzen" "$T/f/term_err"
pruefe "SIGTERM: exit 3, .teil and checkpoint kept, how to continue said (rc $rc)" $?
cp "$T/f/a.jsonl.checkpoint" "$T/f/cp.orig"
cp "$T/f/a.jsonl.teil" "$T/f/teil.orig"
cp "$T/f/r.jsonl.teil" "$T/f/rteil.orig"
wiederherstellen() { cp "$T/f/cp.orig" "$T/f/a.jsonl.checkpoint"; cp "$T/f/teil.orig" "$T/f/a.jsonl.teil"; cp "$T/f/rteil.orig" "$T/f/r.jsonl.teil"; }
fort() { "$W" batch --leise --fortsetzen --threads 2 --eingabe "$T/f/h.jsonl" --ausgabe "$T/f/a.jsonl" "$@" 2> "$T/f/err"; }
# a checkpoint edited with a valid checksum (what an attacker or a bad restore could do)
setze() { # setze KEY VALUE: change a line and recompute the checksum
    sed -i "s/^$1 .*/$1 $2/; /^pruefsumme /d" "$T/f/a.jsonl.checkpoint"
    printf 'pruefsumme %s\n' "$(sha256sum < "$T/f/a.jsonl.checkpoint" | cut -d' ' -f1)" >> "$T/f/a.jsonl.checkpoint"
}
aus_bytes=$(sed -n 's/^aus_bytes //p' "$T/f/cp.orig")
truncate -s $((aus_bytes - 10)) "$T/f/a.jsonl.teil"
fort --fehler "$T/f/r.jsonl"; rc=$?
[ $rc -eq 2 ] && grep -q "passt nicht zum Checkpoint" "$T/f/err"; pruefe "resume refused: .teil shorter than the checkpoint" $?
wiederherstellen
printf 'X' | dd of="$T/f/a.jsonl.teil" bs=1 seek=$((aus_bytes - 5)) conv=notrunc 2> /dev/null
fort --fehler "$T/f/r.jsonl"; rc=$?
[ $rc -eq 2 ] && grep -q "passt nicht zum Checkpoint" "$T/f/err"; pruefe "resume refused: .teil changed before the checkpoint" $?
wiederherstellen
setze offset 999999999999
fort --fehler "$T/f/r.jsonl"; rc=$?
[ $rc -eq 2 ] && [ ! -e "$T/f/a.jsonl" ]; pruefe "resume refused: input offset past the end of the input" $?
wiederherstellen
setze fehler_bytes 10000000000
fort --fehler "$T/f/r.jsonl"; rc=$?
[ $rc -eq 2 ] && [ "$(stat -c %s "$T/f/r.jsonl.teil")" -eq "$(stat -c %s "$T/f/rteil.orig")" ]
pruefe "resume refused: reject size 10^10, no 10 GB file" $?
wiederherstellen
sed -i 's/^zeile \([0-9]\)/zeile 9\1/' "$T/f/a.jsonl.checkpoint"
fort --fehler "$T/f/r.jsonl"; rc=$?
[ $rc -eq 2 ] && grep -q "beschädigt" "$T/f/err"; pruefe "resume refused: checkpoint altered without its checksum" $?
wiederherstellen
fort; rc=$?
[ $rc -eq 2 ] && grep -q "Optionen" "$T/f/err" && [ -e "$T/f/r.jsonl.teil" ]; pruefe "resume without --fehler after a run with it refused" $?
fort --fehler "$T/f/r.jsonl" --ausgabe-umfang voll; rc=$?
[ $rc -eq 2 ] && grep -q "Optionen" "$T/f/err"; pruefe "resume with another --ausgabe-umfang refused" $?
wiederherstellen
fort --fehler "$T/f/r.jsonl"; rc=$?
[ $rc -eq 1 ] && cmp -s "$T/f/a.jsonl" "$T/f/ref.jsonl" && cmp -s "$T/f/r.jsonl" "$T/f/ref_rej.jsonl" && \
    [ "$(ergebnis "$T/f/a.jsonl.zusammenfassung.json")" = "$(ergebnis "$T/f/ref.jsonl.zusammenfassung.json")" ] && \
    grep -q '"fortsetzungen":1' "$T/f/a.jsonl.zusammenfassung.json" && nur "$T/f" h.jsonl ref.jsonl ref.jsonl.zusammenfassung.json \
    ref_rej.jsonl a.jsonl a.jsonl.zusammenfassung.json r.jsonl cp.orig teil.orig rteil.orig err term_err
pruefe "after the refusals the untouched files resume to the reference" $?

# ---- 8, 9, 10. the short output carries hints and sections; one shape per line type
mkdir "$T/h"
cat > "$T/h/ein.jsonl" << 'EOF'
{"id":"neu","stichtag":"2027-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{"einkommen":[{"art":"rente","betrag_monat":"900.00"}]}]}
{"id":"zr","zeitraum":{"von":"2024-07","bis":"2025-06"},"mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{"einkommen":[{"art":"rente","betrag_monat":"900.00"}]}]}
{"id":"reich","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{"einkommen":[{"art":"rente","betrag_monat":"9000.00"}]}]}
{"id":"kaputt","stichtag":"2025-13-01"}
EOF
"$W" batch --leise --eingabe "$T/h/ein.jsonl" --ausgabe "$T/h/aus.jsonl"; rc=$?
summe=$("$W" berechnen "$T/h/ein.jsonl" 2> /dev/null | sed -n 2p | sed 's/.*"summe":\([0-9]*\).*/\1/')
[ $rc -eq 1 ] && sed -n 1p "$T/h/aus.jsonl" | grep -q '"hinweise":\[{"code":"rechtsstand_ungesichert"}\]' && \
    grep -q '"hinweise_nach_code":{"rechtsstand_ungesichert":1}' "$T/h/aus.jsonl.zusammenfassung.json"
pruefe "kurz JSON Lines carries the hint rechtsstand_ungesichert; the summary counts it" $?
sed -n 2p "$T/h/aus.jsonl" | grep -q "\"summe\":$summe," && grep -q "\"summe_wohngeld_zeitraum\":\"$summe\"" "$T/h/aus.jsonl.zusammenfassung.json" && \
    grep -q '"zeitraum_datensaetze":1' "$T/h/aus.jsonl.zusammenfassung.json"
pruefe "a zeitraum record: the summary totals its summe ($summe)" $?
sed -n 3p "$T/h/aus.jsonl" | grep -q '"grund":{"code":"unter_mindestbetrag"}' && \
    sed -n 4p "$T/h/aus.jsonl" | grep -q '^{"id":"kaputt","status":"fehler","fehler":{"code":"[a-z_]*","feld":"stichtag","meldung":"[^"]*"}}$' && \
    ! grep -q '"engine"\|"format"' "$T/h/aus.jsonl"
pruefe "kurz: one shape per line type (grund an object as in voll; error lines without format/engine)" $?
"$W" nach-csv "$T/h/ein.jsonl" > "$T/h/ein.csv" 2> /dev/null
"$W" batch --leise --format csv --eingabe "$T/h/ein.csv" --ausgabe "$T/h/aus.csv"
head -1 "$T/h/aus.csv" | grep -q ',summe,hinweise,abschnitte,einstufung,wohngeld_min,wohngeld_max,fehlt,miete_ab,einkommen_bis,fehlt_text$' && \
    grep -q '^neu,ok,.*,rechtsstand_ungesichert,,,,,,,,$' "$T/h/aus.csv" && \
    grep -q "^zr,ok,.*,$summe,,2024-07/2024-12/2023/[0-9]* 2025-01/2025-06/2025/[0-9]*,,,,,,,\$" "$T/h/aus.csv"
pruefe "CSV: summe, hints and each section of a zeitraum" $?

# ---- 11, 12, 13. spreadsheets
mkdir "$T/x"
printf '%s\n' '{"id":"=HYPERLINK(\"http://x\")","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{"einkommen":[{"art":"rente","betrag_monat":"900.00"}]}]}' \
    '{"id":"@SUMME","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{}]}' \
    '{"id":"-5","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{}]}' \
    '{"id":"'"'"'=x","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{}]}' > "$T/x/f.jsonl"
"$W" nach-csv "$T/x/f.jsonl" > "$T/x/f.csv"
"$W" batch --leise --format csv --eingabe "$T/x/f.csv" --ausgabe "$T/x/f_aus.csv"; rc=$?
[ $rc -eq 0 ] && ! { tail -n +2 "$T/x/f.csv"; tail -n +2 "$T/x/f_aus.csv"; } | grep -q '^[=+@-]' && \
    grep -q '^"'"'"'=HYPERLINK(""http://x"")",ok,' "$T/x/f_aus.csv" && grep -q '^"'"'"'@SUMME",ok,' "$T/x/f_aus.csv" && \
    grep -q '^"'"'"'-5",ok,' "$T/x/f_aus.csv" && grep -q '^"'"''"'=x",ok,' "$T/x/f_aus.csv"
pruefe "CSV formula injection neutralised, and reading our CSV back gives the original ids" $?
printf '\357\273\277' > "$T/x/bom.csv"; head -40 "$T/h.csv" >> "$T/x/bom.csv"
"$W" batch --leise --format csv --eingabe "$T/x/bom.csv" --ausgabe "$T/x/bom_aus.csv"; rc=$?
[ $rc -eq 0 ]; pruefe "CSV with a UTF-8 byte order mark" $?
printf '\357\273\277' > "$T/x/bom.jsonl"; head -5 "$T/h.jsonl" >> "$T/x/bom.jsonl"
"$W" batch --leise --eingabe "$T/x/bom.jsonl" --ausgabe "$T/x/bom_aus.jsonl"; rc=$?
[ $rc -eq 0 ] && [ "$(grep -c '"status":"ok"' "$T/x/bom_aus.jsonl")" -eq 5 ]; pruefe "JSON Lines with a byte order mark" $?
"$W" nach-csv --trennzeichen ';' "$T/s/h.jsonl" > "$T/x/semi.csv"
"$W" batch --leise --format csv --trennzeichen ';' --eingabe "$T/x/semi.csv" --ausgabe "$T/x/semi_aus.csv"; rc=$?
"$W" batch --leise --format csv --eingabe "$T/x/semi.csv" --ausgabe "$T/x/komma_aus.csv" 2> /dev/null; rc2=$?
head -1 "$T/x/semi_aus.csv" | grep -q '^id;status;anspruch;' && [ "$(grep -c ';ok;' "$T/x/semi_aus.csv")" -eq 50 ] && [ $rc -eq 0 ] && [ $rc2 -eq 2 ]
pruefe "--trennzeichen ';' in and out" $?
printf 'id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat,mitglied_id\n,2025-01-01,3,miete,500.00,a\nA,2025-01-01,3,miete,500.00,a,zuviel\nB,2025-01-01,3,miete,500.00\n' > "$T/x/spalten.csv"
"$W" batch --leise --format csv --eingabe "$T/x/spalten.csv" --ausgabe "$T/x/sp_aus.csv"; rc=$?
[ $rc -eq 1 ] && sed -n 2p "$T/x/sp_aus.csv" | grep -q '^,fehler,.*,feld_fehlt,id,' && \
    grep -q '^A,fehler,.*,feld_unbekannt,' "$T/x/sp_aus.csv" && grep -q '^B,fehler,.*,feld_fehlt,' "$T/x/sp_aus.csv"
pruefe "CSV: empty id feld_fehlt (id), too many columns feld_unbekannt, too few feld_fehlt" $?
printf '{"id":"bin\377","x":1}\n' > "$T/x/bin.jsonl"
"$W" batch --leise --eingabe "$T/x/bin.jsonl" --ausgabe "$T/x/bin_aus.jsonl" --fehler "$T/x/bin_rej.jsonl"
grep -q "\"eingabe_base64\":\"$(printf '{"id":"bin\377","x":1}' | base64 -w0)\"" "$T/x/bin_rej.jsonl"
pruefe "a reject that is not UTF-8 keeps its bytes in base64" $?

# ---- 14. run metadata and the log
mkdir "$T/p"
"$W" batch --threads 2 --eingabe "$T/s/h.jsonl" --ausgabe "$T/p/aus.jsonl" --protokoll "$T/p/lauf.log" --checkpoint-sekunden 0 --block 10 2> "$T/p/err" > /dev/null
z="$T/p/aus.jsonl.zusammenfassung.json"
grep -q "\"sha256\":\"$(sha256sum < "$T/s/h.jsonl" | cut -d' ' -f1)\"" "$z" && grep -q "\"groesse\":$(stat -c %s "$T/s/h.jsonl")," "$z" && \
    grep -q '"version":"[0-9.]*","tabellen":"sha256:[0-9a-f]*"' "$z" && grep -q '"threads":2,' "$z" && \
    grep -q '"beginn":"20[0-9-]*T[0-9:]*Z","ende":"20[0-9-]*T[0-9:]*Z","dauer_sekunden":[0-9.]*,' "$z" && \
    grep -q '"datensaetze_je_sekunde":[0-9]*' "$z" && grep -q '"datei":"[^"]*h.jsonl"' "$z"
pruefe "summary: version, tables, settings, input name, size, SHA-256, times, speed" $?
grep -q '^20[0-9-]*T[0-9:]*Z start eingabe=' "$T/p/lauf.log" && grep -q ' checkpoint Zeile ' "$T/p/lauf.log" && \
    grep -q ' ende 50 gelesen' "$T/p/lauf.log"
pruefe "--protokoll: start, checkpoints and end with timestamps" $?
! grep -q " start eingabe=" "$T/p/err"; pruefe "with --protokoll the log goes to the file only" $?
"$W" batch --threads 2 --eingabe "$T/s/h.jsonl" --ausgabe "$T/p/aus2.jsonl" 2> "$T/p/err2" > /dev/null
grep -q '^20[0-9-]*T[0-9:]*Z start eingabe=' "$T/p/err2" && grep -q ' ende 50 gelesen' "$T/p/err2"
pruefe "without a terminal and without --protokoll the log goes to stderr" $?

# ---- 16. fail early, nothing left behind
mkdir "$T/e" "$T/e/verz"
for v in "--ausgabe $T/e/verz" "--ausgabe $T/e/fehlt/aus.jsonl" "--ausgabe $T/e/aus.jsonl --fehler $T/e/fehlt/r.jsonl" \
         "--ausgabe $T/e/aus.jsonl --threads 1.5" "--ausgabe $T/e/aus.jsonl --checkpoint-sekunden nan" \
         "--ausgabe $T/e/aus.jsonl --threads 0" "--ausgabe $T/e/aus.jsonl --block x" "--ausgabe $T/e/aus.jsonl --protokoll $T/e/verz"; do
    opt=$(echo "$v" | awk '{print $(NF-1)}')
    # shellcheck disable=SC2086
    "$W" batch --leise --eingabe "$T/s/h.jsonl" $v 2> "$T/e/err"; rc=$?
    [ $rc -eq 2 ] && grep -q -- "$opt" "$T/e/err" && nur "$T/e" verz err && nur "$T/e/verz"
    pruefe "fails early naming $opt, nothing left behind: $v" $?
done
printf 'id,unsinn\n' > "$T/e/k.csv"
"$W" batch --leise --format csv --eingabe "$T/e/k.csv" --ausgabe "$T/e/k_aus.csv" --fehler "$T/e/k_rej.jsonl" 2> "$T/e/err"; rc=$?
[ $rc -eq 2 ] && nur "$T/e" verz err k.csv; pruefe "a bad CSV header leaves no .teil, no summary, no lock" $?
rm -f "$T/e/k.csv"
if [ "$(id -u)" -eq 0 ] && command -v setpriv > /dev/null; then
    mkdir "$T/e/nur_lesen"; chmod 555 "$T/e/nur_lesen"; chmod 755 "$T"; chmod 644 "$T/s/h.jsonl"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$W" batch --leise --eingabe "$T/s/h.jsonl" --ausgabe "$T/e/nur_lesen/a.jsonl" 2> "$T/e/err"; rc=$?
    [ $rc -eq 2 ] && grep -q "nicht beschreibbar" "$T/e/err" && nur "$T/e/nur_lesen"; pruefe "read-only directory refused before computing" $?
    rmdir "$T/e/nur_lesen"
fi
: > "$T/e/leer.jsonl"
"$W" batch --eingabe "$T/e/leer.jsonl" --ausgabe "$T/e/leer_aus.jsonl" 2> "$T/e/err"; rc=$?
[ $rc -eq 0 ] && grep -q "keinen Datensatz" "$T/e/err"; pruefe "empty input: a warning" $?

ende
