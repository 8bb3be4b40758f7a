#!/bin/sh
# Sets everything up on a fresh Debian machine, builds, and assesses the shipped sample
# households (examples/haushalte.jsonl), printing each result with its full derivation; then
# screens two households known only in part (examples/vorpruefung.jsonl, docs/vorpruefung.md);
# then runs four awards through their Bewilligungszeitraum (examples/faelle.jsonl, docs/laufende-faelle.md),
# and ends by writing a report of its sample run as one HTML page (build/bericht.html, docs/bericht.md).
set -eu
cd "$(dirname "$0")/.."
sh tools/einrichten.sh
sh tools/konfigurieren.sh build Release -DWG_TESTS=OFF
cmake --build build -j "$(nproc)" > /dev/null
build/wohngeld berechnen --pretty examples/haushalte.jsonl
echo
echo "== Vorprüfung ohne Antrag: zwei Haushalte, nur teilweise bekannt (docs/vorpruefung.md)"
build/wohngeld berechnen --pretty examples/vorpruefung.jsonl
echo
echo "== Laufende Fälle: Bescheid und Verlauf (docs/laufende-faelle.md)"
# each case without its month list (the months: build/wohngeld fall --pretty examples/faelle.jsonl)
build/wohngeld fall examples/faelle.jsonl | sed -e 's/,"monate":\[[^]]*\]//' -e 's/,"engine":{[^}]*}//'
echo
echo "== Bericht (docs/bericht.md): Nachtlauf, Reformvergleich und laufende Fälle der Beispiele als eine HTML-Seite"
build/wohngeld batch --leise --threads 2 --eingabe examples/haushalte.jsonl --ausgabe build/beispiel_ergebnisse.jsonl \
    --fehler build/beispiel_abgelehnt.jsonl || [ $? -eq 1 ]
build/wohngeld batch --leise --threads 2 --art fall --eingabe examples/faelle.jsonl --ausgabe build/beispiel_faelle.jsonl || [ $? -eq 1 ]
build/wohngeld vergleich --rechtsstand 2025 --rechtsstand 2027-entwurf --zusammenfassung build/beispiel_vergleich.json \
    examples/haushalte.jsonl > /dev/null 2>&1 || [ $? -eq 1 ]
build/wohngeld bericht --aus build/beispiel_ergebnisse.jsonl.zusammenfassung.json \
    --aus build/beispiel_faelle.jsonl.zusammenfassung.json --aus build/beispiel_vergleich.json --html build/bericht.html
echo "Bericht: $(pwd)/build/bericht.html (im Browser öffnen oder drucken)"
