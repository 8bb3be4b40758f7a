#!/bin/sh
# The draft list 2027 by name (issue 22, docs/mietenstufen.md): every row of the 2023 list that
# could not be matched to the draft before names were normalised, with its outcome now — the
# draft's Stufe, or still refused (absent from the draft, or ambiguous). The expected outcomes in
# tests/mietenstufen-entwurf.txt come from golden/herleitung/mietenstufen_entwurf.py, a
# reference written from the documented rule, not from the engine.
# Usage: mietenstufen_entwurf.sh WOHNGELD SOURCE_DIR
set -u
W="$1"
SRC="$2"
. "$SRC/tests/hilfe.sh"
zugeordnet=0
while read -r ags soll rest; do
    aus=$("$W" mietenstufe "$ags" --rechtsstand 2027-entwurf 2>&1)
    ist=$(echo "$aus" | sed -n 's/^Mietenstufe \([0-9]\) für.*/\1/p' | head -1)
    [ -z "$ist" ] && echo "$aus" | grep -q "nicht eindeutig zuzuordnen" && ist=nicht_zuzuordnen
    [ "$ist" = "$soll" ]; pruefe "$ags: $soll ${rest#\# }" $?
    [ "$soll" != nicht_zuzuordnen ] && zugeordnet=$((zugeordnet + 1))
done < "$SRC/tests/mietenstufen-entwurf.txt"
[ "$(wc -l < "$SRC/tests/mietenstufen-entwurf.txt")" -eq 77 ] && [ "$zugeordnet" -eq 50 ]
pruefe "77 formerly unmatched rows: 50 matched now, 27 still refused" $?
ende
