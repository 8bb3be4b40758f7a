#!/bin/sh
# Installs the built library into a temporary prefix and builds consumers OUTSIDE the source
# tree, the way a case system would: with pkg-config (shared and static) and with CMake's
# find_package(wohngeld) (both imported targets). Each consumer computes BMWSB Beispiel 10.
# Usage: installation.sh SOURCE_DIR BUILD_DIR
set -u
SRC="$1"
BUILD="$2"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
P="$T/prefix"
bestanden=0
gescheitert=0
pruefe() { if [ "$2" -eq 0 ]; then bestanden=$((bestanden + 1)); else gescheitert=$((gescheitert + 1)); echo "FEHLGESCHLAGEN: $1"; fi; }

cmake --install "$BUILD" --prefix "$P" > "$T/install.log" 2>&1; pruefe "cmake --install" $?
# the Python package, when the build has it (WG_PYTHON): installed under the prefix, importable
if [ -d "$BUILD/python/wohngeld" ]; then
    d=$(ls -d "$P"/lib/python3*/dist-packages 2> /dev/null | head -1)
    [ -n "$d" ] && (cd "$T" && PYTHONPATH="$d" /usr/bin/python3 -c 'import wohngeld, sys; r = wohngeld.berechnen([{"id": "x", "stichtag": "2025-01-01", "mietenstufe": 4, "wohnkosten": {"art": "miete", "betrag_monat": "570.00"}, "mitglieder": [{"abzug_kranken_pflege": True, "einkommen": [{"art": "rente", "betrag_monat": "880.00"}]}, {"zu_beruecksichtigen": False}]}]); sys.exit(r[0]["wohngeld_monat"] != 191)')
    pruefe "installed Python package: import wohngeld, BMWSB Beispiel 10 = 191" $?
fi
for f in include/wohngeld.h include/wohngeld_json.h include/wohngeld_csv.h lib/libwohngeld.a lib/libwohngeld.so.2 lib/pkgconfig/wohngeld.pc \
         lib/cmake/wohngeld/wohngeldConfig.cmake bin/wohngeld; do
    [ -e "$P/$f" ] || [ -e "$P/lib/$(basename "$f")" ]; pruefe "installed $f" $?
done
LIBDIR=$(dirname "$(find "$P" -name libwohngeld.so.2 | head -1)")
readelf -d "$LIBDIR/libwohngeld.so.2" | grep -q "SONAME.*libwohngeld.so.2"; pruefe "versioned soname" $?
[ -z "$(nm -D --defined-only "$LIBDIR/libwohngeld.so.2" | awk '{print $3}' | grep -v '^wg_' | grep -v '^_')" ]
pruefe "only wg_ symbols exported" $?

cp "$SRC/examples/haushalt_im_code.c" "$T/"
export PKG_CONFIG_PATH="$LIBDIR/pkgconfig"
cc -Wall -Wextra -Werror "$T/haushalt_im_code.c" $(pkg-config --cflags --libs wohngeld) -o "$T/geteilt" && \
    LD_LIBRARY_PATH="$LIBDIR" "$T/geteilt" > "$T/aus1" && grep -q "^Wohngeld: 191 Euro" "$T/aus1"
pruefe "pkg-config, shared" $?
ldd "$T/geteilt" | grep -q "libwohngeld.so.2"; pruefe "shared consumer uses libwohngeld.so.2" $?
cc -Wall -Wextra -Werror "$T/haushalt_im_code.c" $(pkg-config --cflags wohngeld) \
    -L"$LIBDIR" -Wl,-Bstatic -lwohngeld -Wl,-Bdynamic $(pkg-config --static --libs-only-l wohngeld | sed 's/-lwohngeld//') \
    -o "$T/statisch" && "$T/statisch" > "$T/aus2" && grep -q "^Wohngeld: 191 Euro" "$T/aus2"
pruefe "pkg-config, static" $?
! ldd "$T/statisch" | grep -q libwohngeld; pruefe "static consumer needs no libwohngeld.so" $?

mkdir -p "$T/verbraucher"
cat > "$T/verbraucher/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.18)
project(verbraucher C)
find_package(wohngeld 2.0 REQUIRED)
add_executable(geteilt haushalt_im_code.c)
target_link_libraries(geteilt PRIVATE wohngeld::wohngeld)
add_executable(statisch haushalt_im_code.c)
target_link_libraries(statisch PRIVATE wohngeld::wohngeld_static)
CM
cp "$SRC/examples/haushalt_im_code.c" "$T/verbraucher/"
cmake -S "$T/verbraucher" -B "$T/verbraucher/build" -DCMAKE_PREFIX_PATH="$P" > "$T/cm.log" 2>&1 && \
    cmake --build "$T/verbraucher/build" > "$T/cm2.log" 2>&1
pruefe "find_package(wohngeld) builds" $?
LD_LIBRARY_PATH="$LIBDIR" "$T/verbraucher/build/geteilt" | grep -q "^Wohngeld: 191 Euro"; pruefe "find_package, shared" $?
"$T/verbraucher/build/statisch" | grep -q "^Wohngeld: 191 Euro"; pruefe "find_package, static" $?
"$P/bin/wohngeld" --version | grep -q "^wohngeld 2.1.0"; pruefe "installed program" $?

# the program itself against the installed shared library: cli/ and batch/ include only the public
# headers, the base helpers and each other (docs/architektur.md), so it builds from cli/, batch/ and
# base/ alone and uses no symbol the library does not export
cc -std=gnu11 -Wall -Wextra -Werror -Wno-format-truncation -I"$P/include" -I"$SRC/base" -I"$SRC/batch" -I"$SRC/cli" \
    "$SRC"/cli/*.c "$SRC"/batch/*.c "$SRC"/base/*.c -L"$LIBDIR" -lwohngeld $(pkg-config --libs libcrypto) -lgmp -lpthread -o "$T/wohngeld_aussen" 2> "$T/cli.log" && \
    LD_LIBRARY_PATH="$LIBDIR" "$T/wohngeld_aussen" verify "$SRC/golden/official-2025.jsonl" | grep -q " passed, 0 failed"
pruefe "the CLI builds against the installed library (public headers, base/ and batch/ only) and passes a golden file" $?
[ -s "$T/cli.log" ] && head -5 "$T/cli.log"

echo "$bestanden passed, $gescheitert failed"
[ "$gescheitert" -eq 0 ]
