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
for f in include/wohngeld.h include/wohngeld_json.h lib/libwohngeld.a lib/libwohngeld.so.0 lib/pkgconfig/wohngeld.pc \
         lib/cmake/wohngeld/wohngeldConfig.cmake bin/wohngeld; do
    [ -e "$P/$f" ] || [ -e "$P/lib/$(basename "$f")" ]; pruefe "installed $f" $?
done
LIBDIR=$(dirname "$(find "$P" -name libwohngeld.so.0 | head -1)")
readelf -d "$LIBDIR/libwohngeld.so.0" | grep -q "SONAME.*libwohngeld.so.0"; pruefe "versioned soname" $?
[ -z "$(nm -D --defined-only "$LIBDIR/libwohngeld.so.0" | awk '{print $3}' | grep -v '^wg_' | grep -v '^_')" ]
pruefe "only wg_ symbols exported" $?

cp "$SRC/examples/haushalt_im_code.c" "$T/"
export PKG_CONFIG_PATH="$LIBDIR/pkgconfig"
cc -Wall -Wextra -Werror "$T/haushalt_im_code.c" $(pkg-config --cflags --libs wohngeld) -o "$T/geteilt" && \
    LD_LIBRARY_PATH="$LIBDIR" "$T/geteilt" > "$T/aus1" && grep -q "^Wohngeld: 191 Euro" "$T/aus1"
pruefe "pkg-config, shared" $?
ldd "$T/geteilt" | grep -q "libwohngeld.so.0"; pruefe "shared consumer uses libwohngeld.so.0" $?
cc -Wall -Wextra -Werror "$T/haushalt_im_code.c" $(pkg-config --cflags wohngeld) \
    -L"$LIBDIR" -Wl,-Bstatic -lwohngeld -Wl,-Bdynamic $(pkg-config --static --libs-only-l wohngeld | sed 's/-lwohngeld//') \
    -o "$T/statisch" && "$T/statisch" > "$T/aus2" && grep -q "^Wohngeld: 191 Euro" "$T/aus2"
pruefe "pkg-config, static" $?
! ldd "$T/statisch" | grep -q libwohngeld; pruefe "static consumer needs no libwohngeld.so" $?

mkdir -p "$T/verbraucher"
cat > "$T/verbraucher/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.18)
project(verbraucher C)
find_package(wohngeld 0.1 REQUIRED)
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
"$P/bin/wohngeld" --version | grep -q "^wohngeld 0.1.0"; pruefe "installed program" $?

echo "$bestanden passed, $gescheitert failed"
[ "$gescheitert" -eq 0 ]
