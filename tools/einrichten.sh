#!/bin/sh
# Installs what the project needs on a Debian machine (only what is missing) — the one place that
# lists the build dependencies. Used by tools/beispiel.sh and tools/test.sh.
set -eu
PAKETE="cmake make gcc pkg-config libgmp-dev libssl-dev libcjson-dev libcriterion-dev libcmocka-dev"
# for the tests: the linters, a JDK for the Java embedding example (tests/java.sh), Chromium for
# the report's browser test (tests/bericht.sh) and the letters' print (tests/bescheide.sh), with
# poppler-utils to read the printed PDF back, Python 3 for the letters' comparisons, and GNU
# parallel for the shards of tests/skalierung.sh; the Python module's build and tests (python3-dev,
# numpy, pandas, pytest, matplotlib for docs/python.md, setuptools for pip install)
if [ "${1:-}" = "--pruefwerkzeuge" ]; then PAKETE="$PAKETE clang-tidy cppcheck clang libclang-rt-14-dev valgrind time openjdk-17-jdk-headless chromium poppler-utils python3 parallel python3-dev python3-numpy python3-pandas python3-pytest python3-matplotlib python3-setuptools"; fi
fehlt=""
for p in $PAKETE; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || fehlt="$fehlt $p"
done
[ -z "$fehlt" ] && exit 0
echo "einrichten: installiere$fehlt" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $fehlt > /dev/null
