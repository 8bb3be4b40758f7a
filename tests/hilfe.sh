# hilfe.sh — what the shell tests share (sourced: . "$SRC/tests/hilfe.sh"): counting checks and
# the closing line "N passed, M failed", and reading numbers out of a batch summary.
bestanden=0
gescheitert=0
# pruefe NAME STATUS: a check passed when STATUS is 0
pruefe() { if [ "$2" -eq 0 ]; then bestanden=$((bestanden + 1)); else gescheitert=$((gescheitert + 1)); echo "FEHLGESCHLAGEN: $1"; fi; }
# feld NAME DATEI: the number after "NAME": in a JSON file
feld() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" "$2"; }
# ergebnis DATEI: a batch summary without its "lauf" object (times and file names differ from run to run)
ergebnis() { sed 's/,"lauf":{.*$/}/' "$1"; }
# ende: the closing line; the script's status
ende() { echo "$bestanden passed, $gescheitert failed"; [ "$gescheitert" -eq 0 ]; }
