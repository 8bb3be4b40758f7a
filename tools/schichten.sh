#!/bin/sh
# The layers of the code (docs/architektur.md), checked on the build and the sources:
#   1. no cycle between the object files of calc/ (which object calls into which, read from the
#      symbols with nm): every module sits on a floor below the ones that use it; no include
#      cycle between the headers of calc/ and base/;
#   2. io/, bescheid/, batch/ and cli/ include only public headers (include/), the base helpers
#      (base/) and headers of their own folder — cli/ also batch/ (the night run it starts); never
#      calc/ (so the letters cannot apply a rule a second time);
#   3. calc/ includes nothing of io/, batch/ or cli/, base/ nothing of calc/, io/, batch/ or cli/.
# The include paths of CMakeLists.txt enforce the same (io/, batch/, cli/ are built without calc/).
# Usage: tools/schichten.sh BUILD_DIR   (exit 1 with the offending edges)
set -eu
B="$1"
SRC="$(cd "$(dirname "$0")/.." && pwd)"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fehler=0

# 1. the module graph of calc/ from the objects of the library
O="$B/CMakeFiles/wohngeld_objekte.dir/calc"
for c in "$SRC"/calc/*.c; do
    m=$(basename "$c" .c)
    o="$O/$m.c.o"
    [ -f "$o" ] || { echo "$o fehlt (Bau unvollständig?)"; exit 1; }
    nm "$o" | awk -v m="$m" '$2 ~ /^[TDBR]$/ {print $3, m}' >> "$T/def"
    nm "$o" | awk -v m="$m" '$1 == "U" {print $2, m}' >> "$T/use"
done
sort -u "$T/def" > "$T/def.s"
sort -u "$T/use" > "$T/use.s"
# edges: user -> definer
join "$T/use.s" "$T/def.s" | awk '$2 != $3 {print $2, $3}' | sort -u > "$T/kanten"
# cycles: tsort reports them
if ! tsort "$T/kanten" > /dev/null 2> "$T/tsort"; then
    echo "Zyklus zwischen Modulen von calc/:"; cat "$T/tsort"; fehler=1
else
    echo "calc/: $(wc -l < "$T/kanten") Abhängigkeiten zwischen $(cut -d' ' -f1,2 "$T/kanten" | tr ' ' '\n' | sort -u | wc -l) Modulen, kein Zyklus"
fi

# the headers of calc/ and base/ among each other: no include cycle
for f in "$SRC"/calc/*.h "$SRC"/base/*.h; do
    for h in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
        [ -f "$SRC/calc/$h" ] || [ -f "$SRC/base/$h" ] && echo "$(basename "$f") $h"
    done
done > "$T/kopf"
if ! tsort "$T/kopf" > /dev/null 2> "$T/tsort2"; then
    echo "Include-Zyklus zwischen Headern:"; cat "$T/tsort2"; fehler=1
else
    echo "Header von calc/ und base/: $(wc -l < "$T/kopf") Einbindungen, kein Zyklus"
fi

# 2./3. includes by folder
erlaubt() { # folder, header -> 0 when allowed
    case "$1:$2" in
        *:wohngeld.h | *:wohngeld_json.h | *:wohngeld_csv.h | *:wohngeld_vorpruefung.h | *:wohngeld_fall.h | *:wohngeld_felder.h | *:wohngeld_bescheid.h) return 0 ;;
        base:*) [ -f "$SRC/base/$2" ] ;;
        calc:*) [ -f "$SRC/base/$2" ] || [ -f "$SRC/calc/$2" ] ;;
        io:*) [ -f "$SRC/base/$2" ] || [ -f "$SRC/io/$2" ] ;;
        bescheid:*) [ -f "$SRC/base/$2" ] || [ -f "$SRC/bescheid/$2" ] ;;
        python:*) false ;; # the Python module: the public headers only
        batch:*) [ -f "$SRC/base/$2" ] || [ -f "$SRC/batch/$2" ] ;;
        cli:*) [ -f "$SRC/base/$2" ] || [ -f "$SRC/batch/$2" ] || [ -f "$SRC/cli/$2" ] ;;
    esac
}
for d in base calc io bescheid batch cli python; do
    for f in "$SRC/$d"/*.c "$SRC/$d"/*.h; do
        [ -f "$f" ] || continue
        for h in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
            if ! erlaubt "$d" "$h"; then echo "$d/$(basename "$f") bindet $h ein (nicht erlaubt)"; fehler=1; fi
        done
    done
done
[ $fehler -eq 0 ] && echo "Schichten eingehalten: base → calc → io → bescheid → batch → cli, io/, bescheid/, batch/ und cli/ nur über include/ und base/"
exit $fehler
