#!/bin/sh
# Sets everything up on a fresh Debian machine, builds, and assesses the shipped sample
# households (examples/haushalte.jsonl), printing each result with its full derivation; then
# screens two households known only in part (examples/vorpruefung.jsonl, docs/vorpruefung.md);
# then runs four awards through their Bewilligungszeitraum (examples/faelle.jsonl, docs/laufende-faelle.md).
set -eu
cd "$(dirname "$0")/.."
sh tools/einrichten.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWG_TESTS=OFF > /dev/null
cmake --build build -j "$(nproc)" > /dev/null
build/wohngeld berechnen --pretty examples/haushalte.jsonl
echo
echo "== Vorprüfung ohne Antrag: zwei Haushalte, nur teilweise bekannt (docs/vorpruefung.md)"
build/wohngeld berechnen --pretty examples/vorpruefung.jsonl
echo
echo "== Laufende Fälle: Bescheid und Verlauf (docs/laufende-faelle.md)"
# each case without its month list (the months: build/wohngeld fall --pretty examples/faelle.jsonl)
build/wohngeld fall examples/faelle.jsonl | sed -e 's/,"monate":\[[^]]*\]//' -e 's/,"engine":{[^}]*}//'
