#!/bin/sh
# The long runs recorded in fuzz/README.md: each harness for the given minutes (default 30),
# one after the other, keeping the grown corpus in build-fuzz/korpus. Log: build-fuzz/lang-*.log
set -eu
cd "$(dirname "$0")/.."
MIN="${1:-30}"
shift 2> /dev/null || true
for h in ${*:-haushalt tabellen}; do
    sh fuzz/laufen.sh $((MIN * 60)) "$h" > "build-fuzz/lang-$h.log" 2>&1 || echo "FUND in $h" >> "build-fuzz/lang-$h.log"
done
