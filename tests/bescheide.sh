#!/bin/sh
# The letters end to end (docs/bescheide.md): the hand-written golden letters compared on content;
# every number of every letter against the engine's own result for its record (one source); the
# command's errors and guarantees (a missing or invalid behoerde.json, a letter lacking a field,
# a bad record among good ones, no letter over another); the night run with --bescheide (letters,
# the list of cases for a person, the summary, the report); and a letter rendered and printed to
# PDF by headless Chromium, its text read back from the PDF.
# Usage: tests/bescheide.sh WOHNGELD QUELLVERZEICHNIS
set -u
W="$1"
Q="$2"
K="$Q/examples/behoerde.json"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ok=0
fehl=0
pruefe() { # name status
    if [ "$2" -eq 0 ]; then ok=$((ok + 1)); else fehl=$((fehl + 1)); echo "FEHLGESCHLAGEN: $1"; fi
}

# 1. the golden letters, hand-derived (golden/herleitung/bescheide.py)
python3 "$Q/tests/bescheide.py" golden "$W" "$K" "$Q/golden/bescheide/briefe-hand.jsonl" > "$T/golden.txt" 2>&1
pruefe "goldene Schreiben: $(tail -1 "$T/golden.txt")" $?
grep -v "Abweichungen$" "$T/golden.txt" | head -20

# 2. one source: every letter of a corpus against `berechnen` and `fall`
"$W" erzeugen 150 --saat 7 > "$T/h.jsonl"
"$W" erzeugen 40 --saat 8 --teil 1 > "$T/t.jsonl"
"$W" erzeugen 60 --saat 9 --faelle 1 > "$T/f.jsonl"
python3 "$Q/tests/bescheide.py" quelle "$W" "$K" "$Q/examples/haushalte.jsonl" "$Q/examples/vorpruefung.jsonl" \
    "$Q/examples/faelle.jsonl" "$Q/golden/bescheide/briefe-hand.jsonl" "$Q/golden/fall-hand.jsonl" "$Q/golden/hand-2025.jsonl" \
    "$Q/golden/hand-zeitraum.jsonl" "$Q/golden/official-2025.jsonl" "$Q/golden/vorpruefung-hand.jsonl" \
    "$T/h.jsonl" "$T/t.jsonl" "$T/f.jsonl" > "$T/quelle.txt" 2>&1
pruefe "eine Quelle: $(tail -1 "$T/quelle.txt")" $?
grep -v "Abweichungen$" "$T/quelle.txt" | head -20

# 3. the command
"$W" bescheid "$Q/examples/haushalte.jsonl" > /dev/null 2> "$T/e"
[ $? -eq 2 ] && grep -q "behoerde" "$T/e"; pruefe "ohne --behoerde: Status 2 mit Hinweis" $?
sed 's/"stelle":/"stele":/' "$K" > "$T/tippfehler.json"
"$W" bescheid --behoerde "$T/tippfehler.json" "$Q/examples/haushalte.jsonl" > /dev/null 2> "$T/e"
[ $? -eq 2 ] && grep -q "rechtsbehelf.stele" "$T/e"; pruefe "unbekanntes Feld der Behördendatei: Status 2, Feld genannt" $?
grep -v '"stelle":' "$K" > "$T/ohne_stelle.json"
"$W" bescheid --behoerde "$T/ohne_stelle.json" --datum 2025-03-10 --html "$T/oh" "$Q/examples/haushalte.jsonl" > "$T/oh.jsonl"
rc=$?
[ $rc -eq 1 ] && [ "$(grep -c '"code":"behoerde_unvollstaendig","feld":"rechtsbehelf.stelle"' "$T/oh.jsonl")" -ge 5 ] &&
    [ -z "$(ls "$T/oh" | grep -v aussteuerung)" ]
pruefe "fehlende Angabe: behoerde_unvollstaendig mit Feld, kein Bescheid geschrieben (nur Vorlagen)" $?
# a bad record among good ones: its error, the others' letters; every line ends in an output
{ head -2 "$Q/examples/haushalte.jsonl"; echo '{"id":"kaputt","stichtag":"2025-02-30"}'; echo 'kein json';
  sed -n 3p "$Q/examples/haushalte.jsonl"; } > "$T/gemischt.jsonl"
"$W" bescheid --behoerde "$K" --datum 2025-03-10 "$T/gemischt.jsonl" > "$T/g.jsonl"
rc=$?
[ $rc -eq 1 ] && [ "$(grep -c '"status":"fehler"' "$T/g.jsonl")" -eq 2 ] && [ "$(grep -c '"art":"bewilligung"' "$T/g.jsonl")" -eq 3 ] &&
    grep -q '"id":"kaputt","status":"fehler","fehler":{"code":"datum_ungueltig","feld":"stichtag"' "$T/g.jsonl"
pruefe "fehlerhafter Datensatz: sein Fehler, die anderen ihre Bescheide (Status 1)" $?
"$W" bescheid --behoerde "$K" --datum 2025-03-10 --html "$T/html" "$T/gemischt.jsonl" > "$T/liste.jsonl"
[ "$(ls "$T/html" | wc -l)" -eq 3 ] && [ "$(grep -c '"datei":"0000000' "$T/liste.jsonl")" -eq 3 ] &&
    [ -z "$(ls -a "$T/html" | grep '\.teil$')" ]
pruefe "--html: je Schreiben eine Datei, keine Reste" $?
"$W" bescheid --behoerde "$K" --datum 2025-03-10 --html "$T/html" "$T/gemischt.jsonl" > /dev/null 2> "$T/e"
[ $? -eq 2 ] && grep -q "nicht leer" "$T/e"; pruefe "--html in ein volles Verzeichnis: verweigert, nichts überschrieben" $?
if grep -l "http\|<script\|src=" "$T/html"/*.html > /dev/null; then false; else true; fi
pruefe "HTML ohne fremde Quellen und Skripte" $?

# 4. the night run: letters, the list of cases for a person, the summary and the report
cat "$Q/examples/haushalte.jsonl" "$Q/examples/vorpruefung.jsonl" "$T/h.jsonl" > "$T/nacht.jsonl"
"$W" batch --eingabe "$T/nacht.jsonl" --ausgabe "$T/nacht.out" --bescheide "$T/briefe" --behoerde "$K" \
    --bescheid-datum 2025-03-10 --threads 2 --leise 2> /dev/null
rc=$?
python3 - "$T/nacht.out.zusammenfassung.json" "$T/briefe" "$T/nacht.out" << 'EOF'
import json, os, sys
z = json.load(open(sys.argv[1]))
b = z["bescheide"]
namen = os.listdir(sys.argv[2])
html = [n for n in namen if n.endswith(".html")]
vorlagen = [n for n in namen if n.endswith("-aussteuerung.json")]
liste = [json.loads(l) for l in open(os.path.join(sys.argv[2], "aussteuerung.jsonl"))]
assert len(html) == b["briefe"], (len(html), b)
assert len(vorlagen) == b["ausgesteuert"] == len(liste), (len(vorlagen), b, len(liste))
assert all(l["art"] == "aussteuerung" and l["aussteuerung"] for l in liste)
assert sum(b["nach_art"].values()) == b["briefe"]
assert b["briefe"] + b["ausgesteuert"] > 0 and b["fehler"] == 0
assert z["gelesen"] == sum(1 for _ in open(sys.argv[3]))
EOF
[ $rc -le 1 ] && [ $? -eq 0 ]; pruefe "batch --bescheide: Schreiben, Vorlagenliste und Zusammenfassung stimmen überein" $?
"$W" bericht --aus "$T/nacht.out.zusammenfassung.json" --html "$T/bericht.html" > /dev/null 2>&1 &&
    grep -q "Schreiben an Haushalte" "$T/bericht.html" && grep -q "Vorlagen an einen Menschen" "$T/bericht.html"
pruefe "bericht zählt Schreiben und Vorlagen" $?
"$W" batch --eingabe "$T/nacht.jsonl" --ausgabe "$T/nacht2.out" --bescheide "$T/briefe2" --leise 2> "$T/e"
[ $? -eq 2 ] && grep -q "gehören zusammen" "$T/e"; pruefe "batch --bescheide ohne --behoerde: Status 2" $?
# a case run whose letters lack a field: each such record in fehler.jsonl, counted
"$W" batch --eingabe "$Q/examples/haushalte.jsonl" --ausgabe "$T/oh.out" --bescheide "$T/briefe3" --behoerde "$T/ohne_stelle.json" \
    --bescheid-datum 2025-03-10 --leise 2> /dev/null
python3 -c 'import json,sys; z=json.load(open(sys.argv[1])); n=sum(1 for _ in open(sys.argv[2])); assert z["bescheide"]["fehler"]==n>0, (z["bescheide"], n)' \
    "$T/oh.out.zusammenfassung.json" "$T/briefe3/fehler.jsonl"
pruefe "batch: Datensätze ohne Schreiben (behoerde_unvollstaendig) in fehler.jsonl gezählt" $?
"$W" batch --eingabe "$Q/examples/faelle.jsonl" --ausgabe "$T/f.out" --art fall --bescheide "$T/briefe4" --behoerde "$K" \
    --leise 2> /dev/null
python3 -c 'import json,sys; z=json.load(open(sys.argv[1])); b=z["bescheide"]; assert b["briefe"]+b["ausgesteuert"]+b["kein_bescheid"]>=z["faelle"]["datensaetze"], b' \
    "$T/f.out.zusammenfassung.json"
pruefe "batch --art fall --bescheide: jeder Fall mit Schreiben, Vorlage oder Vermerk" $?

# 5. rendered and printed by Chromium: the text of the PDF carries the letter's numbers, page
#    numbers, and the annex on a page of its own
if command -v chromium > /dev/null && command -v pdftotext > /dev/null; then
    mkdir -p "$T/druck"
    python3 -c 'import json,sys; g=[json.loads(l) for l in open(sys.argv[1])]; e=[x for x in g if x["id"]=="mischhaushalt"][0]["eingabe"];
e["empfaenger"]={"name":"Familie Muster","anschrift":["Lindenweg 7","28199 Beispielhausen"],"aktenzeichen":"WG-2025-0042"};
print(json.dumps(e, ensure_ascii=False))' "$Q/golden/bescheide/briefe-hand.jsonl" > "$T/druck.jsonl"
    "$W" bescheid --behoerde "$K" --datum 2025-01-15 --html "$T/druck/html" "$T/druck.jsonl" > /dev/null
    f=$(ls "$T/druck/html"/*.html)
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$T/profil" \
        --no-pdf-header-footer --print-to-pdf="$T/druck/brief.pdf" "file://$f" > /dev/null 2>&1
    seiten=$(pdfinfo "$T/druck/brief.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    pdftotext -layout "$T/druck/brief.pdf" "$T/druck/brief.txt"
    [ "${seiten:-0}" -ge 2 ] && grep -q "Seite 1 von $seiten" "$T/druck/brief.txt" && grep -q "191 Euro" "$T/druck/brief.txt" &&
        grep -q "484,49" "$T/druck/brief.txt" && grep -q "1.002,23" "$T/druck/brief.txt" && grep -q "Familie Muster" "$T/druck/brief.txt" &&
        grep -q "WG-2025-0042" "$T/druck/brief.txt"
    pruefe "Chromium: PDF mit ${seiten:-0} Seiten, Seitenzahlen, Beträgen, Anschrift" $?
    pdftotext -f "$seiten" -l "$seiten" -layout "$T/druck/brief.pdf" - | grep -v '^\s*$' | head -1 | grep -q "Anlage 1: Berechnung"
    pruefe "Chromium: die Anlage beginnt auf einer eigenen Seite" $?
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$T/profil" \
        --screenshot="$T/druck/brief.png" --window-size=794,1123 "file://$f" > /dev/null 2>&1
    [ -s "$T/druck/brief.png" ]; pruefe "Chromium: Bildschirmfoto" $?
else
    echo "übersprungen: Chromium/pdftotext fehlen (tools/einrichten.sh --pruefwerkzeuge)"
fi

echo "$ok passed, $fehl failed"
[ "$fehl" -eq 0 ]
