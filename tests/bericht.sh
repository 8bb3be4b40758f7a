#!/bin/sh
# The report (docs/bericht.md): a fixed sample run — a night run with rejects, partial records,
# running cases, a reform comparison — turned into one HTML page, then
#   - its numbers checked against the run's own output lines (independent of the report code),
#     and against the golden copy of the report's numbers (tests/bericht-zahlen.txt: every
#     data-wert of the page, not its bytes);
#   - the page checked as text: every section, every chart with title and description and its
#     table, no external resource, no script, under 1 MB;
#   - bad input refused with the file named, and no half-written page;
#   - in a real browser (Debian chromium, headless; the test command installs it): the rendered
#     DOM has every section and chart, no console message, no request outside the file — and the
#     same checks fire on a control page that breaks both rules (so they can fail).
# Usage: bericht.sh WOHNGELD ERZEUGEN SOURCE_DIR [--neu-golden]
set -u
W="$1"
E="$2"
SRC="$3"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/hilfe.sh"

# the fixed sample run
"$E" 3000 --saat 7 --fehlerquote 3 > "$T/h.jsonl"
# and the golden households that set an interpretation switch (one per switch)
grep -h '"auslegung"' "$SRC"/golden/hand-*.jsonl | sed -e 's/^{"eingabe": //' -e 's/, "erwartet": .*$//' >> "$T/h.jsonl"
"$E" 400 --saat 8 --teil 1 > "$T/t.jsonl"
"$E" 400 --saat 9 --faelle 1 > "$T/f.jsonl"
"$W" batch --leise --threads 2 --eingabe "$T/h.jsonl" --ausgabe "$T/h_aus.jsonl" --fehler "$T/h_f.jsonl"
"$W" batch --leise --threads 2 --eingabe "$T/t.jsonl" --ausgabe "$T/t_aus.jsonl"
"$W" batch --leise --threads 2 --art fall --eingabe "$T/f.jsonl" --ausgabe "$T/f_aus.jsonl"
"$W" vergleich --rechtsstand 2025 --rechtsstand 2027-entwurf --zusammenfassung "$T/v.json" "$T/h.jsonl" > "$T/v.out" 2> /dev/null
Z="--aus $T/h_aus.jsonl.zusammenfassung.json --aus $T/t_aus.jsonl.zusammenfassung.json --aus $T/f_aus.jsonl.zusammenfassung.json --aus $T/v.json"
# shellcheck disable=SC2086
"$W" bericht $Z --html "$T/b.html" 2> "$T/err"; pruefe "bericht writes the page" $?
B="$T/b.html"

# numbers against the run's own lines
wert() { sed -n "s/.*<th scope=\"row\">$1<\/th><td data-wert=\"\([^\"]*\)\".*/\1/p" "$B" | head -1; }
[ "$(wert 'mit Anspruch')" = "$(grep -c '"anspruch":true' "$T/h_aus.jsonl")" ] && \
    [ "$(wert 'abgelehnt')" = "$(wc -l < "$T/h_f.jsonl")" ] && \
    [ "$(wert 'gelesen')" = "$(wc -l < "$T/h.jsonl")" ]
pruefe "report: read, with claim, rejected = the output lines" $?
summe=$(grep '"anspruch":true' "$T/h_aus.jsonl" | sed 's/.*"wohngeld_monat":\([0-9]*\).*/\1/' | awk '{s += $1} END {print s}')
[ "$(wert 'Wohngeld im Monat (Stichtag-Datensätze)')" = "$summe" ] && [ "$(wert '… im Jahr (× 12)')" = "$((summe * 12))" ]
pruefe "report: monthly and annual total = the sum of the output lines" $?
ue=$(sed -n 's/"monate":.*//; s/.*"ueberzahlung":\([0-9]*\),.*/\1/p' "$T/f_aus.jsonl" | awk '{s += $1} END {print s}')
[ "$(wert 'Überzahlung')" = "$ue" ]; pruefe "report: overpayment of the running cases = the sum of their results" $?
[ "$(wert 'Auslegung: Zwischenrundung abschneiden')" = "$(grep -c '"zwischenrundung": "abschneiden"' "$T/h.jsonl")" ] && \
    [ "$(wert 'Auslegung: Deckelung auf die Miete')" = "$(grep -c '"deckelung_auf_miete": true' "$T/h.jsonl")" ] && \
    [ "$(wert 'Auslegung: über 12 Mitglieder tatsächliche Zahl')" = "$(grep -c '"tatsaechliche_zahl"' "$T/h.jsonl")" ] && \
    [ "$(wert 'Auslegung: Mindestmiete vor der Entlastung')" = "$(grep -c '"mindestmiete_nach_entlastung": false' "$T/h.jsonl")" ] && \
    [ "$(wert 'Auslegung: Deckelung auf die Miete')" = 1 ]
pruefe "report: records per interpretation switch off its default = the records that set it" $?
vd=$(tail -1 "$T/v.out" | sed 's/.*"differenz":\(-*[0-9]*\).*/\1/')
[ "$(wert 'Kostenunterschied im Monat (B − A)')" = "$vd" ]; pruefe "report: cost difference = vergleich's summary line" $?

# issue 23 § 3: who decides the running cases — the machine or a person, and why
FZ="$T/f_aus.jsonl.zusammenfassung.json"
[ "$(wert 'von der Maschine entscheidbar')" = "$(grep -c '"maschinell":true' "$T/f_aus.jsonl")" ] && \
    [ "$(wert 'einem Menschen vorzulegen')" = "$(grep -c '"maschinell":false' "$T/f_aus.jsonl")" ] && \
    [ "$(wert "Fälle für einen Menschen (§ 31a SGB X)")" = "$(grep -c '"maschinell":false' "$T/f_aus.jsonl")" ] && \
    grep -q 'Aussteuerung je Grund' "$B" && grep -q 'schuldner_auswahl — mehrere Gesamtschuldner' "$B"
pruefe "report: cases for the machine and for a person = the run's lines (also among the key figures); reasons with their meaning" $?
sed 's/"maschinell":\([0-9]*\),/"maschinell":9\1,/' "$FZ" > "$T/f_falsch.json"
"$W" bericht --aus "$T/f_falsch.json" --html "$T/falsch.html" 2> "$T/falsch.err"; [ $? -ne 0 ] && grep -q 'maschinell + ausgesteuert' "$T/falsch.err"
pruefe "report: a summary whose machine and person counts do not add up is refused" $?

# the golden copy of the report's numbers
grep -o 'data-wert="[^"]*"' "$B" | sed 's/data-wert="\(.*\)"/\1/' > "$T/zahlen.txt"
if [ "${4:-}" = "--neu-golden" ]; then cp "$T/zahlen.txt" "$SRC/tests/bericht-zahlen.txt"; fi
cmp -s "$T/zahlen.txt" "$SRC/tests/bericht-zahlen.txt"; rc=$?
[ $rc -ne 0 ] && diff "$SRC/tests/bericht-zahlen.txt" "$T/zahlen.txt" | head -10
pruefe "report: every number equals the golden copy (tests/bericht-zahlen.txt, $(wc -l < "$T/zahlen.txt") numbers)" $rc

# the page as text
for s in lauf-1 bilanz-1 betraege-1 tabelle-1 lauf-2 bilanz-2 vorpruefung-2 lauf-3 bilanz-3 faelle-3 lauf-4 vergleich-4; do
    grep -q "<section id=\"$s\"" "$B" || { echo "Abschnitt $s fehlt"; false; } || break
done
pruefe "every section present" $?
n_svg=$(grep -c '<svg ' "$B"); n_titel=$(grep -c '<title id=' "$B"); n_desc=$(grep -c '<desc id=' "$B")
n_fig=$(grep -c '<figure class="diagramm"' "$B"); n_tab=$(grep -o '<table class="zahlen' "$B" | wc -l)
[ "$n_svg" -ge 15 ] && [ "$n_svg" -eq "$n_titel" ] && [ "$n_svg" -eq "$n_desc" ] && [ "$n_svg" -eq "$n_fig" ] && [ "$n_tab" -ge "$n_fig" ] && \
    [ "$(grep -c 'role="img"' "$B")" -eq "$n_svg" ]
pruefe "every chart ($n_svg) an SVG with role img, title, description and a table of its numbers" $?
! grep -qi '<script\|src=\|<link\|@import\|url(\|http:\|https:' "$B"; pruefe "no script, no external resource" $?
[ "$(wc -c < "$B")" -lt 1048576 ]; pruefe "page under 1 MB ($(wc -c < "$B") bytes)" $?
grep -q '1\.000\|[0-9]\.[0-9][0-9][0-9]' "$B" && grep -q 'Wohngeld im Monat (EUR)' "$B"; pruefe "German number format, axes with units" $?

# issue 22: key figures first, the run's metadata last; hints with their meaning; Rechtsstände in date
# order; 50-EUR classes; the heat table's legend; labels whole; the caveat on summed Stichtage
[ "$(grep -o '<section id="[a-z0-9-]*"' "$B" | head -1)" = '<section id="kennzahlen"' ] && \
    [ "$(grep -o '<section id="[a-z]*' "$B" | sed 's/.*"//' | awk 'BEGIN{l=0} /^lauf/{l=1; next} l{print "NACH"}' | wc -l)" -eq 0 ]
pruefe "report: the key figures are the first section, the runs' metadata the last" $?
kz() { sed -n '/<section id="kennzahlen">/,/<\/section>/p' "$B" | sed -n "s/.*<th scope=\"row\">$1<\/th><td data-wert=\"\([^\"]*\)\".*/\1/p" | head -1; }
[ "$(kz 'mit Anspruch')" = "$(grep -c '"anspruch":true' "$T/h_aus.jsonl")" ] && [ "$(kz 'Datensätze gelesen')" = "$(wc -l < "$T/h.jsonl")" ] && \
    [ "$(kz 'Wohngeld im Monat')" = "$summe" ] && [ "$(kz 'abgelehnt')" = "$(wc -l < "$T/h_f.jsonl")" ] && \
    sed -n '/<section id="kennzahlen">/,/<\/section>/p' "$B" | grep -q 'Anteil mit Anspruch.*<td>[0-9]*,[0-9] %</td>' && \
    sed -n '/<section id="kennzahlen">/,/<\/section>/p' "$B" | grep -q 'Median (Klasse von 10 EUR)</th><td>[0-9]* bis [0-9]* EUR'
pruefe "report: key figures = the run's lines (read, with claim, monthly total, rejected; share, median)" $?
grep -q 'einkommen_unter_bedarf — Einkommen und Wohngeld unter dem Bedarf' "$B" && grep -q 'json_ungueltig — ' "$B" && \
    grep -q 'Zahl der Hinweise je Code' "$B" && grep -q '<th scope="col">Hinweise</th>' "$B"
pruefe "report: hint codes with their German meaning, counted as hints" $?
rs=$(sed -n '/<caption>Berechnet nach Rechtsstand — Zahlen/,/<\/table>/p' "$B" | sed -n 's/.*<th scope="row">\([^<]*\)<\/th>.*/\1/p' | tr '\n' ' ')
[ -n "$rs" ] && [ "$rs" = "$(echo "$rs" | tr ' ' '\n' | grep . | sort | tr '\n' ' ')" ]; pruefe "report: Rechtsstände in date order ($rs)" $?
grep -q 'je Klasse von 50 Euro des monatlichen Wohngelds' "$B" && grep -q 'Legende: weiß = keine Haushalte' "$B" && \
    ! grep -q '…</text>' "$B" && grep -q 'Vorsicht beim Lesen der Summe' "$B"
pruefe "report: 50-EUR classes, the heat table's legend, no label cut off, the caveat on summed Stichtage" $?
# compare with the last run: the change of every key figure; other tables compared with a warning
"$E" 2900 --saat 17 --fehlerquote 3 > "$T/h0.jsonl"
"$W" batch --leise --threads 2 --eingabe "$T/h0.jsonl" --ausgabe "$T/h0_aus.jsonl"
"$W" bericht --aus "$T/h_aus.jsonl.zusammenfassung.json" --vorher "$T/h0_aus.jsonl.zusammenfassung.json" --html "$T/vorher.html" 2> "$T/err"; rc=$?
g0=$(wc -l < "$T/h0.jsonl"); g1=$(wc -l < "$T/h.jsonl")
[ $rc -eq 0 ] && grep -q "<th scope=\"row\">Datensätze gelesen</th><td data-wert=\"$g1\">[^<]*</td><td data-vorher=\"$g0\">[^<]*</td><td data-aenderung=\"$((g1 - g0))\">" "$T/vorher.html" && \
    grep -q '<th scope="col">letzter Lauf</th><th scope="col">Änderung</th>' "$T/vorher.html" && ! grep -q 'class="warnung"' "$T/vorher.html"
pruefe "bericht --vorher: each key figure with the last run's value and the change" $?
sed 's/"tabellen":"sha256:[0-9a-f]*"/"tabellen":"sha256:0000"/' "$T/h0_aus.jsonl.zusammenfassung.json" > "$T/h0_fremd.json"
"$W" bericht --aus "$T/h_aus.jsonl.zusammenfassung.json" --vorher "$T/h0_fremd.json" --html "$T/vorher2.html" 2> "$T/err"; rc=$?
[ $rc -eq 0 ] && grep -q 'class="warnung">Achtung: der letzte Lauf' "$T/vorher2.html" && grep -q "Warnung" "$T/err"
pruefe "bericht --vorher with other tables: compared, with a warning (not refused)" $?
"$W" bericht --aus "$T/h_aus.jsonl.zusammenfassung.json" --vorher "$T/v.json" --html "$T/vorher3.html" 2> "$T/err"; rc=$?
[ $rc -eq 2 ] && grep -q "vorher" "$T/err"; pruefe "bericht --vorher with a comparison summary: refused" $?

# bad input: the file named, nothing written
echo '{"format":"wohngeld-batch-zusammenfassung/2","gelesen":1}' > "$T/alt.json"
head -c 300 "$T/h_aus.jsonl.zusammenfassung.json" > "$T/kurz.json"
echo 'kein json' > "$T/kein.json"
sed 's/"tabellen":"sha256:[0-9a-f]*"/"tabellen":"sha256:0000"/' "$T/v.json" > "$T/fremd.json"
echo "alter Bericht" > "$T/bleibt.html"
for fall in alt kurz kein; do
    "$W" bericht --aus "$T/$fall.json" --html "$T/bleibt.html" 2> "$T/err"; rc=$?
    [ $rc -eq 2 ] && grep -q "$T/$fall.json" "$T/err" && [ "$(cat "$T/bleibt.html")" = "alter Bericht" ] && [ ! -e "$T/bleibt.html.teil" ]
    pruefe "bad summary ($fall): exit 2, the file named, the old page untouched" $?
done
"$W" bericht --aus "$T/alt.json" --html "$T/x.html" 2>&1 | grep -q "anderen Version"; pruefe "an older summary: 'another version'" $?
"$W" bericht --aus "$T/h_aus.jsonl.zusammenfassung.json" --aus "$T/fremd.json" --html "$T/bleibt.html" 2> "$T/err"
[ $? -eq 2 ] && grep -q "fremd.json" "$T/err" && grep -q "derselben Engine" "$T/err"; pruefe "summaries of other tables refused" $?
"$W" bericht --aus "$T/v.json" --html "$T/kein/verz/b.html" 2> "$T/err"; [ $? -eq 2 ] && grep -q "kein/verz" "$T/err"
pruefe "an unwritable page: exit 2, the path named" $?

# in the browser
if command -v chromium > /dev/null; then
    CH="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync
        --disable-default-apps --no-first-run --disable-extensions --disable-features=Translate,OptimizationHints,MediaRouter
        --enable-logging=stderr --v=0 --user-data-dir=$T/profil"
    # page requests (an initiator, unlike the browser's own update checks) to anything but file: or data:
    fremd() {
        python3 - "$1" << 'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
typ = {v: k for k, v in d["constants"]["logEventTypes"].items()}
n = 0
for e in d["events"]:
    p = e.get("params", {})
    u = p.get("url")
    if typ.get(e["type"]) == "URL_REQUEST_START_JOB" and u and p.get("initiator") != "not an origin" \
            and not u.startswith(("file:", "data:")):
        print("Anfrage nach außen:", p.get("url")); n += 1
sys.exit(1 if n else 0)
EOF
    }
    browser() { # page prefix
        # shellcheck disable=SC2086
        timeout 120 $CH --log-net-log="$T/$2.net" --dump-dom "file://$1" > "$T/$2.dom" 2> "$T/$2.err"
        timeout 120 $CH --hide-scrollbars --window-size=1000,2300 --screenshot="$T/$2.png" "file://$1" > /dev/null 2>&1
    }
    browser "$B" seite
    for s in lauf-1 bilanz-1 betraege-1 tabelle-1 vorpruefung-2 faelle-3 vergleich-4; do
        grep -q "<section id=\"$s\"" "$T/seite.dom" || { echo "im DOM fehlt $s"; false; } || break
    done
    pruefe "browser: every section rendered" $?
    [ "$(grep -o '<svg ' "$T/seite.dom" | wc -l)" -eq "$n_svg" ] && [ "$(grep -o '<title id=' "$T/seite.dom" | wc -l)" -eq "$n_svg" ]
    pruefe "browser: every chart in the DOM" $?
    ! grep -q "CONSOLE" "$T/seite.err"; pruefe "browser: no console message" $?
    fremd "$T/seite.net"; pruefe "browser: no request outside the file" $?
    [ -s "$T/seite.png" ]; pruefe "browser: a screenshot" $?
    grep -o 'data-wert="[^"]*"' "$T/seite.dom" | sed 's/data-wert="\(.*\)"/\1/' | cmp -s - "$SRC/tests/bericht-zahlen.txt"
    pruefe "browser: the rendered numbers equal the golden copy" $?
    # the control: a page with a script message and an external image must be caught
    printf '<!DOCTYPE html><html><body><img src="https://example.org/x.png"><script>console.error("x")</script></body></html>' > "$T/kontrolle.html"
    browser "$T/kontrolle.html" kontrolle
    grep -q "CONSOLE" "$T/kontrolle.err" && ! fremd "$T/kontrolle.net" > /dev/null; pruefe "browser checks catch a console message and an outside request" $?
    if [ "${4:-}" = "--neu-golden" ]; then cp "$T/seite.png" "$SRC/docs/bericht.png"; fi
else
    echo "bericht: chromium fehlt — Browserprüfung übersprungen (tools/einrichten.sh --pruefwerkzeuge installiert es)"
    [ -n "${WG_BROWSER_PFLICHT:-}" ] && pruefe "chromium vorhanden" 1
fi
ende
