#!/bin/sh
# Sets everything up on a fresh Debian machine and runs the full test suite:
#   1. release build with -Wall -Wextra -Werror; unit tests, golden files, CLI tests, the HTML
#      report in headless Chromium (ctest)
#   2. the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   3. the multi-threaded test and a batch run with 8 threads under ThreadSanitizer;
#      valgrind memcheck on the golden run of the program
#   4. each libFuzzer harness for 60 s (clang, ASan + UBSan)
#   5. cppcheck and clang-tidy over the sources (must be quiet)
#   and on the release build: the layers (tools/schichten.sh), no reference to the specification folder, the
#   generated table document up to date
# This is what CI runs (.ci/run).
set -eu
cd "$(dirname "$0")/.."
sh tools/einrichten.sh --pruefwerkzeuge
J="$(nproc)"
# the report's browser test (tests/bericht.sh) must run here, not be skipped
export WG_BROWSER_PFLICHT=1

echo "== Build und Tests (Release)"
sh tools/konfigurieren.sh build Release -DWG_PYTHON=ON
cmake --build build -j "$J" > /dev/null
# --no-tests=error: a folder without tests (e.g. configured by tools/beispiel.sh) must fail here
(cd build && ctest --no-tests=error --output-on-failure -j "$J")

echo "== Schichten, Namen, eigenständige Dokumentation"
sh tools/schichten.sh build
muster='shar''ed/' # the folder of the project's specification, which a clone does not have
if git grep -n "$muster" -- . ':!.ci' > /dev/null 2>&1; then
    echo "Dateien verweisen auf $muster (das ein Klon nicht hat):"; git grep -n "$muster" -- . ':!.ci'; exit 1
fi
sh tools/rechtstabellen.sh build/wohngeld build/rechtstabellen.md
cmp -s build/rechtstabellen.md docs/rechtstabellen.md || { echo "docs/rechtstabellen.md ist veraltet: sh tools/rechtstabellen.sh build/wohngeld"; exit 1; }
echo "keine Verweise auf $muster; docs/rechtstabellen.md aktuell"

echo "== Build und Tests mit AddressSanitizer/UBSan"
sh tools/konfigurieren.sh build-asan Debug -DWG_SANITIZE=ON
cmake --build build-asan -j "$J" > /dev/null
(cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --no-tests=error --output-on-failure -j "$J")

echo "== Threads unter ThreadSanitizer"
sh tools/konfigurieren.sh build-tsan Debug -DWG_TSAN=ON
cmake --build build-tsan --target threads wohngeld_cli erzeugen -j "$J" > /dev/null
TSAN_OPTIONS=halt_on_error=1 build-tsan/tests/threads golden/*.jsonl examples/haushalte.jsonl
build-tsan/tests/erzeugen 20000 --saat 3 --fehlerquote 2 > build-tsan/batch.jsonl
TSAN_OPTIONS=halt_on_error=1 build-tsan/wohngeld batch --leise --threads 8 --block 300 \
    --eingabe build-tsan/batch.jsonl --ausgabe build-tsan/batch_aus.jsonl --fehler build-tsan/batch_fehler.jsonl || [ $? -eq 1 ]
echo "batch unter TSan: 8 Threads, $(wc -l < build-tsan/batch_aus.jsonl) Ergebnisse"
# the screening in the night run: partial records, 8 threads (docs/vorpruefung.md)
build-tsan/tests/erzeugen 5000 --saat 4 --teil 1 > build-tsan/teil.jsonl
TSAN_OPTIONS=halt_on_error=1 build-tsan/wohngeld batch --leise --threads 8 --block 100 \
    --eingabe build-tsan/teil.jsonl --ausgabe build-tsan/teil_aus.jsonl || [ $? -eq 1 ]
echo "Vorprüfung unter TSan: 8 Threads, $(wc -l < build-tsan/teil_aus.jsonl) Ergebnisse"
# running cases in the night run (docs/laufende-faelle.md)
build-tsan/tests/erzeugen 3000 --saat 5 --faelle 1 > build-tsan/faelle.jsonl
TSAN_OPTIONS=halt_on_error=1 build-tsan/wohngeld batch --leise --art fall --threads 8 --block 50 \
    --eingabe build-tsan/faelle.jsonl --ausgabe build-tsan/faelle_aus.jsonl || [ $? -eq 1 ]
echo "Laufende Fälle unter TSan: 8 Threads, $(wc -l < build-tsan/faelle_aus.jsonl) Ergebnisse"

echo "== valgrind memcheck: Golden-Lauf über das Programm"
valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    build/wohngeld verify golden/*.jsonl | tail -1

echo "== Fuzzing, 60 s je Harness (fuzz/README.md)"
WG_FUZZ_BUILD=build-fuzz-ci sh fuzz/laufen.sh 60

echo "== cppcheck"
cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability --inline-suppr \
    --suppress=missingIncludeSystem -I include -I base -I calc -I io -I bescheid -I batch -I cli base calc io bescheid batch cli tools
# the Python module, with cppcheck's knowledge of CPython's macros
cppcheck --quiet --error-exitcode=1 --library=python --enable=warning,performance,portability --inline-suppr \
    --suppress=missingIncludeSystem -I include python

echo "== clang-tidy"
clang-tidy --quiet -p build --warnings-as-errors='*' --extra-arg=-Wno-unknown-warning-option \
    base/*.c calc/*.c io/*.c bescheid/*.c batch/*.c cli/*.c python/*.c 2> /dev/null

echo "== alles bestanden"
