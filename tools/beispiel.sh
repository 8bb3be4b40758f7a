#!/bin/sh
# Sets everything up on a fresh Debian machine, builds, and assesses the shipped sample
# households (examples/haushalte.jsonl), printing each result with its full derivation.
set -eu
cd "$(dirname "$0")/.."
sh tools/einrichten.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWG_TESTS=OFF > /dev/null
cmake --build build -j "$(nproc)" > /dev/null
build/wohngeld berechnen --pretty examples/haushalte.jsonl
