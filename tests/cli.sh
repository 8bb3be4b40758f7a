#!/bin/sh
# End-to-end tests of the command-line program: the sample run, exit codes, order, bad input.
# Usage: cli.sh PATH/TO/wohngeld SOURCE_DIR
set -u
W="$1"
SRC="$2"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
bestanden=0
gescheitert=0

pruefe() { # name, condition result (0 = ok)
    if [ "$2" -eq 0 ]; then bestanden=$((bestanden + 1)); else gescheitert=$((gescheitert + 1)); echo "FEHLGESCHLAGEN: $1"; fi
}

# --help, --version
"$W" --help > "$T/h" 2>&1; rc=$?
grep -q "^  berechnen " "$T/h"; pruefe "--help" $(( rc + $? ))
"$W" --version > "$T/v" 2>&1; rc=$?
grep -q "^tabellen sha256:[0-9a-f]\{64\}$" "$T/v"; pruefe "--version" $(( rc + $? ))
"$W" > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "no command: exit 2" $?
"$W" rechnen > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "unknown command: exit 2" $?
"$W" berechnen --schnell > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "unknown option: exit 2" $?
"$W" berechnen "$T/gibtsnicht.jsonl" > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "missing file: exit 2" $?

# the sample households: one result per record, all ok, exit 0, with derivations
"$W" berechnen "$SRC/examples/haushalte.jsonl" > "$T/aus" 2> "$T/err"; rc=$?
[ $rc -eq 0 ]; pruefe "sample: exit 0" $?
[ "$(wc -l < "$T/aus")" -eq "$(grep -c . "$SRC/examples/haushalte.jsonl")" ]; pruefe "sample: one line per record" $?
[ "$(grep -c '"status":"ok"' "$T/aus")" -eq "$(wc -l < "$T/aus")" ]; pruefe "sample: all ok" $?
grep -q '"schritte":\[{"paragraph"' "$T/aus"; pruefe "sample: derivation steps" $?
[ ! -s "$T/err" ]; pruefe "sample: nothing on stderr" $?

# stdin, order, an invalid record in the middle: still processed in order, exit 1
{
    echo '{"id":"eins","stichtag":"2025-01-01","mietenstufe":1,"wohnkosten":{"art":"miete","betrag_monat":"300"},"mitglieder":[{}]}'
    echo '{"id":"zwei","stichtag":"2025-01-01","mietenstufe":9,"wohnkosten":{"art":"miete","betrag_monat":"300"},"mitglieder":[{}]}'
    echo ''
    echo 'kein json'
    printf '%s\r\n' '{"id":"drei","stichtag":"2020-01-01","mietenstufe":2,"wohnkosten":{"art":"miete","betrag_monat":"300"},"mitglieder":[{}]}'
} > "$T/gemischt"
"$W" berechnen < "$T/gemischt" > "$T/aus"; rc=$?
[ $rc -eq 1 ]; pruefe "invalid records: exit 1" $?
[ "$(wc -l < "$T/aus")" -eq 4 ]; pruefe "invalid records: 4 results for 4 records (empty line skipped)" $?
ids=$(cut -c1-80 "$T/aus" | sed 's/^{"format":"wohngeld-ergebnis.1","id":\("[a-z]*"\|null\).*/\1/' | tr '\n' ' ')
[ "$ids" = '"eins" "zwei" null "drei" ' ]; pruefe "order kept ($ids)" $?
sed -n 2p "$T/aus" | grep -q '"code":"mietenstufe_ungueltig","feld":"mietenstufe"'; pruefe "field-named error" $?
sed -n 3p "$T/aus" | grep -q '"code":"json_ungueltig"'; pruefe "json_ungueltig" $?

# a line over 1 MiB is rejected and the next record still assessed
{
    printf '{"id":"lang","x":"'; head -c 1100000 /dev/zero | tr '\0' 'a'; echo '"}'
    echo '{"id":"danach","stichtag":"2025-01-01","mietenstufe":1,"wohnkosten":{"art":"miete","betrag_monat":"300"},"mitglieder":[{}]}'
} > "$T/lang"
"$W" berechnen "$T/lang" > "$T/aus"; rc=$?
[ $rc -eq 1 ]; pruefe "long line: exit 1" $?
head -1 "$T/aus" | grep -q '"code":"grenze_ueberschritten"'; pruefe "long line: grenze_ueberschritten" $?
tail -1 "$T/aus" | grep -q '"id":"danach","status":"ok"'; pruefe "long line: next record assessed" $?

# empty input: no output, exit 0
: > "$T/leer"
"$W" berechnen "$T/leer" > "$T/aus"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$T/aus" ]; pruefe "empty file" $?

# --pretty: indented, same content
head -1 "$SRC/examples/haushalte.jsonl" | "$W" berechnen --pretty > "$T/p"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l < "$T/p")" -gt 20 ] && grep -q '^  "wohngeld_monat": ' "$T/p"; pruefe "--pretty" $?

# verify: passes on a golden file, fails with a diff on a wrong expectation
"$W" verify "$SRC/golden/official-2025.jsonl" > "$T/v"; rc=$?
[ $rc -eq 0 ] && grep -q "^12 passed, 0 failed$" "$T/v"; pruefe "verify official" $?
sed 's/"wohngeld_monat": 110/"wohngeld_monat": 111/' "$SRC/golden/official-2025.jsonl" > "$T/falsch.jsonl"
"$W" verify "$T/falsch.jsonl" > "$T/v"; rc=$?
[ $rc -eq 1 ] && grep -q "^11 passed, 1 failed$" "$T/v" && grep -q "wohngeld_monat: erwartet 111, berechnet 110" "$T/v"
pruefe "verify reports a mismatch" $?
"$W" verify "$T/gibtsnicht" > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "verify: missing file exit 2" $?

# mietenstufe: by AGS with the matched row, by name with AGS
"$W" mietenstufe 04011000 > "$T/m"; rc=$?
[ $rc -eq 0 ] && grep -q "^Mietenstufe 4 für 04011000" "$T/m" && grep -q "Bremen, Stadt" "$T/m"; pruefe "mietenstufe Bremen" $?
"$W" mietenstufe 14729150 | grep -q "kreis 14729"; pruefe "mietenstufe Kreis" $?
"$W" mietenstufe 0401100 > "$T/m"; [ $? -eq 1 ] && grep -q "^gemeinde_ungueltig" "$T/m"; pruefe "mietenstufe malformed" $?
"$W" mietenstufe 04011000 --stichtag 2021-01-01 | grep -q "^gemeinde_ohne_liste"; pruefe "mietenstufe before 2023" $?
"$W" mietenstufe --suche "leipzig" > "$T/m"; [ "$(wc -l < "$T/m")" -eq 2 ] && grep -q "^14713000 " "$T/m" && grep -q "^14729 " "$T/m"
pruefe "mietenstufe --suche" $?

# vergleich: one line per household, a summary, categories
"$W" vergleich --rechtsstand 2023 --rechtsstand 2025 "$SRC/examples/haushalte.jsonl" > "$T/v" 2> "$T/e"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l < "$T/v")" -eq "$(( $(grep -c . "$SRC/examples/haushalte.jsonl") + 1 ))" ]; pruefe "vergleich lines" $?
tail -1 "$T/v" | grep -q '"format":"wohngeld-vergleich-summe/1","a":"2023","b":"2025","haushalte":8,'; pruefe "vergleich summary" $?
grep -q '"kategorie":"gewinnt"' "$T/v" && grep -q "^Vergleich 2023 → 2025" "$T/e"; pruefe "vergleich categories" $?
"$W" vergleich --rechtsstand 2025 "$SRC/examples/haushalte.jsonl" > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "vergleich usage" $?

# verify against changed tables: one cent in one table value makes it fail with a clear diff
mkdir -p "$T/tab"
cp "$SRC"/tables/*.tab "$T/tab/"
"$W" verify --tabellen "$T/tab" "$SRC"/golden/*.jsonl > "$T/v"; [ $? -eq 0 ]; pruefe "verify with copied tables passes" $?
sed -i 's/^  k          19.20  24.80/  k          19.21  24.80/' "$T/tab/p2023.tab"
"$W" verify --tabellen "$T/tab" "$SRC"/golden/*.jsonl > "$T/v"; rc=$?
[ $rc -eq 1 ] && grep -q "^ABWEICHUNG .*hand-2025-heim.*herleitung.M: erwartet \"585.6000000000\", berechnet \"585.6100000000\"" "$T/v" && \
    grep -q "erste Abweichung in der Herleitung: M — Schritt" "$T/v" && grep -q " failed$" "$T/v" && ! grep -q " 0 failed$" "$T/v"
pruefe "verify fails when a table value changes by one cent" $?
"$W" verify --json --tabellen "$T/tab" "$SRC"/golden/hand-2025.jsonl > "$T/vj"; rc=$?
[ $rc -eq 1 ] && grep -q '^{"format":"wohngeld-verify/1","tabellen":"sha256:[0-9a-f]*","bestanden":[0-9]*,"durchgefallen":[1-9]' "$T/vj" && \
    grep -q '"erste_abweichung":"M","schritt":{"paragraph"' "$T/vj"; pruefe "verify --json" $?

# tabellen: sources, and the checksum that every result carries
"$W" tabellen --rechtsstand 2022 > "$T/t"; rc=$?
[ $rc -eq 0 ] && grep -q "^Rechtsstand 2022" "$T/t" && grep -q "§ 23 WoGV" "$T/t" && grep -q "1. WoGFV" "$T/t"; pruefe "tabellen text" $?
pruef=$("$W" --version | sed -n 's/^tabellen //p')
"$W" tabellen --format json --rechtsstand 2025 | grep -q "^{\"format\":\"wohngeld-tabellen/2\",\"tabellen\":\"$pruef\""; pruefe "tabellen json with checksum" $?
head -1 "$SRC/examples/haushalte.jsonl" | "$W" berechnen | grep -q "\"tabellen\":\"$pruef\""; pruefe "results carry the same checksum" $?
"$W" tabellen --rechtsstand 1999 > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "tabellen unknown" $?

# erklaeren: a readable German explanation with § citations
head -1 "$SRC/examples/haushalte.jsonl" | "$W" erklaeren > "$T/e"; rc=$?
[ $rc -eq 0 ] && grep -q "^Ergebnis: Es besteht ein Anspruch auf Wohngeld in Höhe von 271 Euro monatlich." "$T/e" && \
    grep -q "^ 1\. Rechtsstand 2025" "$T/e" && grep -q "(Anlage 3 Nr. 3 WoGG)" "$T/e"; pruefe "erklaeren" $?
echo '{"stichtag":"2025-01-01"}' | "$W" erklaeren | grep -q "kann nicht berechnet werden"; pruefe "erklaeren with an error" $?

# erklaeren explains every record of its input, none silently passed over
head -3 "$SRC/examples/haushalte.jsonl" | "$W" erklaeren > "$T/e3"; rc=$?
[ $rc -eq 0 ] && [ "$(grep -c '^Ergebnis:' "$T/e3")" -eq 3 ] && [ "$(grep -c '^-----' "$T/e3")" -eq 2 ]
pruefe "erklaeren: three records, three explanations" $?
{ head -1 "$SRC/examples/haushalte.jsonl"; echo '{"stichtag":"2025-01-01"}'; } | "$W" erklaeren > "$T/e4"; rc=$?
[ $rc -eq 1 ] && grep -q '^Ergebnis:' "$T/e4" && grep -q 'Zeile 2 kann nicht berechnet werden' "$T/e4"
pruefe "erklaeren: a bad second record is named, exit 1" $?
# issue 22: a zeitraum explained section by section; a partial record; a running case; German numbers
grep '"hand-zeitraum-2024-2025"' "$SRC/golden/hand-zeitraum.jsonl" | sed 's/^{"eingabe": //; s/, "erwartet": .*$//' | "$W" erklaeren > "$T/ez"
grep -q "insgesamt 2604 Euro Wohngeld, in 2 Abschnitten" "$T/ez" && grep -q "^  1\. 2024-07 bis 2024-12 (6 Monate), Rechtsstand 2023: 206 Euro monatlich" "$T/ez" && \
    grep -q "^  2\. 2025-01 bis 2025-06 (6 Monate), Rechtsstand 2025: 228 Euro monatlich" "$T/ez" && \
    [ "$(grep -c '^Abschnitt [12]:' "$T/ez")" -eq 2 ] && grep -q "Anspruch auf Wohngeld in Höhe von 228 Euro" "$T/ez"
pruefe "erklaeren: a zeitraum explains every section with its derivation (206 and 228 EUR)" $?
head -1 "$SRC/examples/haushalte.jsonl" | "$W" erklaeren > "$T/ed"
grep -q ": 13\.800,00 (§ 14 Abs. 1 WoGG)" "$T/ed" && grep -q "0,3843187600" "$T/ed" && grep -q "rente 1\.150,00 × 12" "$T/ed" && \
    ! grep -q "[0-9]\.[0-9][0-9] \|[0-9]\.[0-9]\{10\}" "$T/ed"
pruefe "erklaeren: decimals written the German way (13.800,00; 0,3843187600)" $?
head -1 "$SRC/examples/vorpruefung.jsonl" | "$W" erklaeren > "$T/ev"
grep -q "zwischen 0 und 345 Euro" "$T/ev" && grep -q "Miete oder Belastung mindestens 69,35 EUR" "$T/ev" && grep -q "^- Miete oder Belastung (wohnkosten.betrag_monat)" "$T/ev"
pruefe "erklaeren: a partial record — range, threshold as a sentence, what is missing in words" $?
grep '"fall-einkommen-16"' "$SRC/golden/fall-hand.jsonl" | sed 's/^{"eingabe": //; s/, "erwartet": .*$//' | "$W" erklaeren > "$T/ef"
grep -q "^1\. § 27 Abs. 2 Nr. 3 WoGG, wirksam ab 2025-08-01" "$T/ef" && grep -q "^- 2025-08: bewilligt" "$T/ef" && grep -q "^Überzahlt [1-9][0-9]* Euro" "$T/ef" && \
    grep -q "^Hinweis (meldepflicht" "$T/ef"
pruefe "erklaeren: a running case — each decision with its §, the months, overpayment, hints" $?
"$W" verify --help > "$T/vh" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q "Aufruf: wohngeld verify" "$T/vh" && ! grep -q "passed" "$T/vh"; pruefe "verify --help is not a file name" $?
"$W" verify --schnell golden/x.jsonl > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "verify: unknown option exit 2" $?
echo '{}' | "$W" vergleich --rechtsstand 2030 --rechtsstand 2025 > "$T/vg" 2>&1; rc=$?
[ $rc -eq 2 ] && grep -q '"2030" ist unbekannt' "$T/vg" && ! grep -q '"status"' "$T/vg"; pruefe "vergleich refuses an unknown Rechtsstand" $?
"$W" mietenstufe --suche muenchen | grep -q "^09162000 .*München"; pruefe "mietenstufe --suche muenchen finds München" $?
"$W" mietenstufe --suche "GROSSEFEHN" | grep -q "Großefehn"; pruefe "mietenstufe --suche folds ß and case" $?
r='"wohnkosten":{"art":"miete","betrag_monat":"500.00"},"mitglieder":[{}]}'
echo '{"id":"a","stichtag":"2025-01-01","mietenstufe":2,"gemeinde":"04011000",'"$r" | "$W" berechnen > "$T/gk"; rc=$?
[ $rc -eq 1 ] && grep -q '"code":"feld_konflikt","feld":"mietenstufe"' "$T/gk"; pruefe "gemeinde and a contradicting mietenstufe: feld_konflikt" $?
echo '{"id":"a","stichtag":"2025-01-01","mietenstufe":4,"gemeinde":"04011000",'"$r" | "$W" berechnen > "$T/gk"; rc=$?
[ $rc -eq 0 ] && grep -q '"gemeinde":"04011000"' "$T/gk" && grep -q 'stimmt mit der angegebenen mietenstufe' "$T/gk"
pruefe "gemeinde with the agreeing mietenstufe: echoed and checked" $?
echo '{"id":"a","stichtag":"2025-01-01","mietenstufe":2,"gemeinde":"04011000",'"$r" > "$T/gk.jsonl"
"$W" batch --leise --eingabe "$T/gk.jsonl" --ausgabe "$T/gk_aus.jsonl"; rc=$?
[ $rc -eq 1 ] && grep -q 'feld_konflikt' "$T/gk_aus.jsonl"; pruefe "the bulk path gives the same feld_konflikt" $?
echo '{"id":"a","stichtag":"2021-01-01","mietenstufe":4,"gemeinde":"04011000",'"$r" | "$W" berechnen | grep -q '"gemeinde":"04011000"'
pruefe "gemeinde before 2023 (no list): echoed, the mietenstufe stands" $?
printf '\357\273\277%s\n' "$(head -1 "$SRC/examples/haushalte.jsonl")" | "$W" berechnen | grep -q '"status":"ok"'
pruefe "berechnen skips a byte order mark" $?
python_tief=$(printf '%0.s[' $(seq 40); printf '%0.s]' $(seq 40))
echo "{\"id\":\"t\",\"x\":$python_tief}" | "$W" berechnen | grep -q '"code":"grenze_ueberschritten"'
pruefe "nesting beyond 32: grenze_ueberschritten (docs/grenzen.md)" $?

# issue 22: "unbekannt" where a command takes complete records says what is wrong; a misspelling too
U='{"stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"unbekannt"},"mitglieder":[{}]}'
echo "$U" | "$W" schwellen | grep -q '"code":"unbekannt_unzulaessig","feld":"wohnkosten.betrag_monat","meldung":"\\"unbekannt\\" und Intervalle gibt es nur in Teildatensätzen' && \
    echo "$U" | "$W" nach-csv 2>&1 | grep -q 'unbekannt_unzulaessig wohnkosten.betrag_monat: "unbekannt" und Intervalle gibt es nur in Teildatensätzen' && \
    echo "$U" | sed 's/"unbekannt"/"unbekant"/' | "$W" berechnen | grep -q 'kein Geldbetrag (erwartet z. B. \\"570.00\\"; ein unbekannter Wert heißt \\"unbekannt\\"' && \
    ! echo "$U" | sed 's/"unbekannt"/"unbekant"/' | "$W" berechnen | grep -q Exponent && \
    echo "$U" | sed 's/"unbekannt"/"5e2"/' | "$W" berechnen | grep -q Exponent
pruefe "unbekannt outside partial records and its misspellings: the message says what is wrong" $?
# issue 22: empty input is said on stderr
for c in berechnen fall schwellen erklaeren; do
    : | "$W" $c > "$T/leer.out" 2> "$T/leer.err"
    grep -q "^wohngeld $c: keine Eingabe — kein Datensatz gelesen" "$T/leer.err" && [ ! -s "$T/leer.out" ]
    pruefe "$c: empty input said on stderr" $?
done
# issue 22: one help per command; option names agree; erzeugen is a command; the batch summary on a terminal
for c in berechnen erklaeren schwellen grenzen fall batch bericht vergleich verify tabellen mietenstufe nach-csv erzeugen; do
    "$W" $c --help > "$T/h.txt" 2>&1; rc=$?
    [ $rc -eq 0 ] && grep -q "^Aufruf: wohngeld $c" "$T/h.txt" && "$W" --help | grep -q "^  $c "
    pruefe "$c --help: its usage and options; listed in the overview" $?
done
"$W" grenzen --help | grep -q -- "--trennzeichen" && "$W" tabellen --help | grep -q -- "--stichtag" && \
    "$W" schwellen --help | grep -q -- "--pretty" && "$W" vergleich --help | grep -q -- "--pretty"
pruefe "option names agree: --stichtag, --trennzeichen, --pretty" $?
"$W" tabellen --stichtag 2021-06-01 | head -1 | grep -q "^Rechtsstand 2021 " && \
    [ "$("$W" tabellen --stichtag 2021-06-01 --format json --pretty | head -2 | tail -1)" = '  "format": "wohngeld-tabellen/2",' ]
pruefe "tabellen --stichtag, --pretty" $?
head -1 "$SRC/examples/haushalte.jsonl" | "$W" schwellen --pretty | head -2 | tail -1 | grep -q '^  "format": "wohngeld-schwellen/1",' && \
    head -1 "$SRC/examples/haushalte.jsonl" | "$W" vergleich --rechtsstand 2023 --rechtsstand 2025 --pretty 2> /dev/null | head -2 | tail -1 | grep -q '^  "id": '
pruefe "schwellen --pretty and vergleich --pretty" $?
"$W" erzeugen 50 --saat 3 > "$T/e1.jsonl" && "$W" erzeugen 50 --saat 3 > "$T/e2.jsonl" && cmp -s "$T/e1.jsonl" "$T/e2.jsonl" && \
    [ "$(wc -l < "$T/e1.jsonl")" -eq 50 ] && "$W" berechnen "$T/e1.jsonl" > /dev/null && \
    "$W" erzeugen 5 --teil 1 | grep -q '"unbekannt"' && "$W" erzeugen 5 --faelle 1 | grep -q '"format": *"wohngeld-fall/1"'
pruefe "erzeugen: seeded households, partial records, running cases" $?
for v in "x" "5 --saat -1" "5 --fehlerquote 101" "5 --teil 2" "5 --unsinn 1" "5 --teil 1 --faelle 1" "5 --saat"; do
    # shellcheck disable=SC2086
    "$W" erzeugen $v > /dev/null 2> "$T/err"; rc=$?
    [ $rc -eq 2 ] && grep -q "^wohngeld erzeugen\|^Aufruf" "$T/err"; pruefe "erzeugen $v: refused with a message" $?
done
if command -v script > /dev/null; then
    script -qec "$W batch --eingabe $SRC/examples/haushalte.jsonl --ausgabe $T/tty.jsonl" /dev/null > "$T/tty.txt" 2>&1
    grep -q "Datensätze gelesen = .* berechnet + .* abgelehnt" "$T/tty.txt" && grep -q "Zusammenfassung in $T/tty.jsonl.zusammenfassung.json" "$T/tty.txt" && \
        ! grep -q '{"format":"wohngeld-batch-zusammenfassung' "$T/tty.txt"
    pruefe "batch on a terminal: a short German summary, the JSON in the file" $?
fi
"$W" batch --eingabe "$SRC/examples/haushalte.jsonl" --ausgabe "$T/notty.jsonl" 2> "$T/notty.txt"
grep -q '{"format":"wohngeld-batch-zusammenfassung' "$T/notty.txt"; pruefe "batch without a terminal: the JSON line on stderr, as before" $?
echo "$bestanden passed, $gescheitert failed"
[ $gescheitert -eq 0 ]
