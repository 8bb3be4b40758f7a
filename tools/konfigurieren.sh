#!/bin/sh
# konfigurieren.sh DIR TYP [CMAKE-OPTION ...] — configures a build folder of this checkout, with the
# tests switched on unless an option says otherwise. The one place where tools/test.sh and
# tools/beispiel.sh configure: CMake keeps a cached option, so a folder configured once with
# -DWG_TESTS=OFF (the sample run) stays without tests until someone switches them on again —
# which this script does for every caller that does not pass -DWG_TESTS=OFF itself.
# tests/testbefehl.sh checks exactly that sequence.
set -eu
dir="$1"; typ="$2"; shift 2
quelle="$(cd "$(dirname "$0")/.." && pwd)"
cmake -S "$quelle" -B "$dir" -DCMAKE_BUILD_TYPE="$typ" -DWG_TESTS=ON "$@" > /dev/null
