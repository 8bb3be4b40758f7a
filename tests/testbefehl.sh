#!/bin/sh
# The test command cannot pass without running the tests (issue 21, item 1): tools/beispiel.sh
# configures build/ with the tests off; tools/test.sh reuses that folder. This replays the two
# configure steps through tools/konfigurieren.sh, the one place both scripts configure, in a
# folder of its own, and checks that ctest then finds the tests — and that ctest as tools/test.sh
# calls it (--no-tests=error) fails on a folder without tests instead of reporting success.
# Usage: testbefehl.sh SOURCE_DIR
set -u
SRC="$1"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/hilfe.sh"

# the sample run's configuration: no tests
sh "$SRC/tools/konfigurieren.sh" "$T/b" Release -DWG_TESTS=OFF
(cd "$T/b" && ctest --no-tests=error > "$T/leer.log" 2>&1); rc=$?
[ $rc -ne 0 ] && grep -q "No tests were found" "$T/leer.log"
pruefe "ctest --no-tests=error fails on a folder configured without tests (exit $rc)" $?
grep -q '^WG_TESTS:BOOL=OFF' "$T/b/CMakeCache.txt"; pruefe "the sample run's configuration has the tests off" $?

# the test command's configuration on the same folder: tests on again
sh "$SRC/tools/konfigurieren.sh" "$T/b" Release
grep -q '^WG_TESTS:BOOL=ON' "$T/b/CMakeCache.txt"; pruefe "tools/test.sh's configuration switches the tests on in a reused folder" $?
n=$(cd "$T/b" && ctest -N | sed -n 's/^Total Tests: \([0-9]*\)$/\1/p')
[ "${n:-0}" -ge 20 ]; pruefe "ctest then lists the tests ($n)" $?
for t in installation java einheitstests batch bericht; do
    (cd "$T/b" && ctest -N -R "^$t\$" | grep -q "Total Tests: 1"); pruefe "ctest lists '$t'" $?
done
# tools/test.sh itself calls ctest with --no-tests=error and configures through konfigurieren.sh
[ "$(grep -c 'ctest --no-tests=error' "$SRC/tools/test.sh")" -eq 2 ] && \
    [ "$(grep -c 'tools/konfigurieren.sh build' "$SRC/tools/test.sh")" -eq 3 ] && ! grep -q 'cmake -S' "$SRC/tools/test.sh"
pruefe "tools/test.sh configures through konfigurieren.sh and runs ctest with --no-tests=error" $?
ende
