#!/bin/sh
# Past one machine (docs/skalierung.md): an input cut into shards (batch --shard K/N), each run on
# its own (here side by side, with GNU parallel when it is installed), covers every record exactly
# once, and the merged summary (wohngeld zusammenfassen) equals the summary of one whole run — for
# households with bad lines and partial records, for running cases, and for a shard stopped and
# resumed; the merge refuses a missing or doubled shard and shards of another input or setting.
# Usage: tests/skalierung.sh WOHNGELD
set -u
W="$1"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ok=0
fehl=0
pruefe() {
    if [ "$2" -eq 0 ]; then ok=$((ok + 1)); else fehl=$((fehl + 1)); echo "FEHLGESCHLAGEN: $1"; fi
}
gleich() { # merged summary, whole-run summary: equal but for lauf
    python3 -c 'import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); la=a.pop("lauf"); lb=b.pop("lauf")
assert a == b, [k for k in a if a.get(k) != b.get(k)]
assert la["eingabe"] == lb["eingabe"]' "$1" "$2"
}

"$W" erzeugen 24000 --saat 11 --fehlerquote 2 > "$T/h.jsonl"
"$W" erzeugen 3000 --saat 12 --teil 1 >> "$T/h.jsonl"
"$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/ganz.jsonl" --fehler "$T/ganz.fehler" --block 500 --leise 2> /dev/null
N=4
if command -v parallel > /dev/null; then
    parallel --will-cite -j "$N" "$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/t{}.jsonl" --fehler "$T/t{}.fehler" \
        --block 500 --shard {}/"$N" --leise ::: $(seq 1 "$N") 2> /dev/null
else
    for k in $(seq 1 "$N"); do
        "$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/t$k.jsonl" --fehler "$T/t$k.fehler" --block 500 --shard "$k/$N" --leise 2> /dev/null &
    done
    wait
fi
cat "$T"/t?.jsonl | sort > "$T/teile.sortiert"
sort "$T/ganz.jsonl" > "$T/ganz.sortiert"
cmp -s "$T/teile.sortiert" "$T/ganz.sortiert"; pruefe "die Teile zusammen: jede Ausgabezeile genau einmal" $?
[ "$(cat "$T"/t?.fehler | wc -l)" -eq "$(wc -l < "$T/ganz.fehler")" ] && [ "$(wc -l < "$T/ganz.fehler")" -gt 0 ]
pruefe "die Teile zusammen: jede Ablehnung genau einmal" $?
"$W" zusammenfassen $(for k in $(seq 1 "$N"); do printf -- '--aus %s ' "$T/t$k.jsonl.zusammenfassung.json"; done) \
    --ausgabe "$T/gesamt.json" 2> /dev/null && gleich "$T/gesamt.json" "$T/ganz.jsonl.zusammenfassung.json"
pruefe "zusammenfassen: gleich der Zusammenfassung eines ganzen Laufs (Haushalte, Fehler, Teildatensätze)" $?
"$W" bericht --aus "$T/gesamt.json" --html "$T/bericht.html" > /dev/null 2>&1
pruefe "bericht liest die zusammengefasste Zusammenfassung" $?

# refusals
"$W" zusammenfassen --aus "$T/t1.jsonl.zusammenfassung.json" --aus "$T/t2.jsonl.zusammenfassung.json" --ausgabe "$T/x.json" 2> "$T/e"
[ $? -eq 2 ] && grep -q "fehlen" "$T/e" && [ ! -e "$T/x.json" ]; pruefe "fehlender Teil: verweigert" $?
"$W" zusammenfassen --aus "$T/t1.jsonl.zusammenfassung.json" --aus "$T/t1.jsonl.zusammenfassung.json" \
    --aus "$T/t3.jsonl.zusammenfassung.json" --aus "$T/t4.jsonl.zusammenfassung.json" --ausgabe "$T/x.json" 2> "$T/e"
[ $? -eq 2 ] && grep -q "doppelt" "$T/e"; pruefe "doppelter Teil: verweigert" $?
"$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/b2.jsonl" --block 400 --shard 2/"$N" --leise 2> /dev/null
"$W" zusammenfassen --aus "$T/t1.jsonl.zusammenfassung.json" --aus "$T/b2.jsonl.zusammenfassung.json" \
    --aus "$T/t3.jsonl.zusammenfassung.json" --aus "$T/t4.jsonl.zusammenfassung.json" --ausgabe "$T/x.json" 2> "$T/e"
[ $? -eq 2 ] && grep -q "block" "$T/e"; pruefe "andere Einstellung (--block): verweigert" $?
head -1000 "$T/h.jsonl" > "$T/anders.jsonl"
"$W" batch --eingabe "$T/anders.jsonl" --ausgabe "$T/a2.jsonl" --block 500 --shard 2/"$N" --leise 2> /dev/null
"$W" zusammenfassen --aus "$T/t1.jsonl.zusammenfassung.json" --aus "$T/a2.jsonl.zusammenfassung.json" \
    --aus "$T/t3.jsonl.zusammenfassung.json" --aus "$T/t4.jsonl.zusammenfassung.json" --ausgabe "$T/x.json" 2> "$T/e"
[ $? -eq 2 ] && grep -q "eingabe" "$T/e"; pruefe "andere Eingabe: verweigert" $?
"$W" zusammenfassen --aus "$T/ganz.jsonl.zusammenfassung.json" --ausgabe "$T/x.json" 2> "$T/e"
[ $? -eq 2 ] && grep -q "shard" "$T/e"; pruefe "ein ganzer Lauf ist kein Teil: verweigert" $?
"$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/y.jsonl" --shard 5/4 --leise 2> /dev/null
[ $? -eq 2 ]; pruefe "--shard 5/4: Status 2" $?

# a shard stopped and resumed: the same records, the same merged summary. Stopped at several
# moments (at least one must fall inside the run); each resumed run must equal the shard's output
unterbrochen=0
alle_gleich=0
for d in 0.02 0.05 0.1; do
    rm -f "$T/r3.jsonl"* "$T/r3.fehler"*
    "$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/r3.jsonl" --fehler "$T/r3.fehler" --block 500 --shard 3/"$N" \
        --checkpoint-sekunden 0 --threads 1 --leise 2> /dev/null &
    pid=$!
    sleep "$d"
    kill -TERM "$pid" 2> /dev/null
    wait "$pid"
    st=$?
    if [ $st -eq 3 ]; then
        unterbrochen=$((unterbrochen + 1))
        "$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/r3.jsonl" --fehler "$T/r3.fehler" --block 500 --shard 3/"$N" \
            --checkpoint-sekunden 0 --threads 1 --fortsetzen --leise 2> /dev/null
    elif [ $st -gt 128 ]; then
        # killed before the run took the signal (start-up; slow under the sanitizers): it must have
        # written nothing, and a new run does the whole shard
        if ls "$T"/r3.jsonl* "$T"/r3.fehler* > /dev/null 2>&1; then alle_gleich=1; fi
        "$W" batch --eingabe "$T/h.jsonl" --ausgabe "$T/r3.jsonl" --fehler "$T/r3.fehler" --block 500 --shard 3/"$N" \
            --checkpoint-sekunden 0 --threads 1 --leise 2> /dev/null
    fi
    cmp -s "$T/r3.jsonl" "$T/t3.jsonl" && cmp -s "$T/r3.fehler" "$T/t3.fehler" || alle_gleich=1
done
mv "$T/r3.jsonl.zusammenfassung.json" "$T/t3.jsonl.zusammenfassung.json"
"$W" zusammenfassen $(for k in $(seq 1 "$N"); do printf -- '--aus %s ' "$T/t$k.jsonl.zusammenfassung.json"; done) \
    --ausgabe "$T/gesamt2.json" 2> /dev/null && gleich "$T/gesamt2.json" "$T/ganz.jsonl.zusammenfassung.json" &&
    [ "$alle_gleich" -eq 0 ] && [ "$unterbrochen" -ge 1 ]
pruefe "ein Teil angehalten ($unterbrochen×) und fortgesetzt: dieselben Datensätze, dieselbe Zusammenfassung" $?

# running cases
"$W" erzeugen 6000 --saat 13 --faelle 1 > "$T/f.jsonl"
"$W" batch --art fall --eingabe "$T/f.jsonl" --ausgabe "$T/fganz.jsonl" --block 300 --leise 2> /dev/null
for k in 1 2 3; do
    "$W" batch --art fall --eingabe "$T/f.jsonl" --ausgabe "$T/f$k.jsonl" --block 300 --shard "$k/3" --leise 2> /dev/null &
done
wait
sort "$T/fganz.jsonl" > "$T/fganz.sortiert"
"$W" zusammenfassen --aus "$T/f1.jsonl.zusammenfassung.json" --aus "$T/f2.jsonl.zusammenfassung.json" \
    --aus "$T/f3.jsonl.zusammenfassung.json" --ausgabe "$T/fgesamt.json" 2> /dev/null &&
    gleich "$T/fgesamt.json" "$T/fganz.jsonl.zusammenfassung.json" && cat "$T"/f[123].jsonl | sort | cmp -s - "$T/fganz.sortiert"
pruefe "laufende Fälle in drei Teilen: dieselben Ergebnisse, dieselbe Zusammenfassung" $?

echo "$ok passed, $fehl failed"
[ "$fehl" -eq 0 ]
