#!/bin/sh
# Running cases through the program (docs/laufende-faelle.md): `wohngeld fall` (one result per
# case, settings, --herleitung, bad input and the run goes on) and `wohngeld batch --art fall`
# (same bytes for 1, 2 and 8 threads and as `fall`; the summary's sums are the sums of the
# result lines; kill -9 and --fortsetzen give the same files; a resume with other settings is
# refused; options that do not fit are refused). The golden cases run through `wohngeld verify`.
# Usage: fall.sh WOHNGELD ERZEUGEN SOURCE_DIR
set -u
W="$1"
E="$2"
SRC="$3"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/hilfe.sh"
eingaben() { sed -e 's/^{"eingabe": //' -e 's/, "erwartet": .*$//' "$1"; }
eingaben "$SRC/golden/fall-hand.jsonl" > "$T/g.jsonl"
n=$(wc -l < "$T/g.jsonl")

# one result per case, errors included, exit 1 for the bad ones
"$W" fall "$T/g.jsonl" > "$T/g.out"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$T/g.out")" -eq "$n" ]; pruefe "fall: one line per case, exit 1 with bad cases" $?
[ "$(grep -c '"status":"fehler"' "$T/g.out")" -eq "$(grep -c '"fall-fehler-' "$T/g.jsonl")" ]; pruefe "fall: the bad cases are the error records" $?
grep '"id":"fall-einkommen-16"' "$T/g.out" | grep -q '"einstellungen":{"voruebergehend_bis_monate":2,"vergleich_y":"gesamteinkommen","daten_max_alter_monate":3,"erstattung_grenze":1000,"frist_warnung_tage":30}'
pruefe "fall: the settings in effect in every result" $?

# the setting changes the temporary case (3 months: a decision with 2, none with 4)
grep '"fall-drei-monate-2"' "$T/g.jsonl" > "$T/drei.jsonl"
"$W" fall "$T/drei.jsonl" | grep -q '"ueberzahlung":0,'; [ $? -ne 0 ]; pruefe "default 2 months: three months are not temporary" $?
"$W" fall --voruebergehend-bis-monate 4 "$T/drei.jsonl" | grep -q '"ueberzahlung":0,'; pruefe "setting 4: three months are temporary" $?
"$W" fall --voruebergehend-bis-monate 25 "$T/drei.jsonl" > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "setting out of range refused" $?
"$W" fall --vergleich-y formelwert "$T/drei.jsonl" | grep -q '"vergleich_y":"formelwert"'; pruefe "vergleich_y formelwert stated" $?

# --herleitung: the derivation of a month's amount due is that month's amount
grep '"fall-einkommen-16"' "$T/g.jsonl" > "$T/e16.jsonl"
zusteht=$("$W" fall "$T/e16.jsonl" | sed 's/.*"monat":"2025-08","bewilligt":[0-9]*,"zusteht":\([0-9]*\).*/\1/')
"$W" fall --herleitung 2025-08 "$T/e16.jsonl" > "$T/h.out"
grep -q "\"format\":\"wohngeld-ergebnis/1\".*\"wohngeld_monat\":$zusteht," "$T/h.out" && grep -q '"schritte"' "$T/h.out"
pruefe "--herleitung: the full derivation of the month due ($zusteht EUR)" $?
grep '"fall-auszug-letztes"' "$T/g.jsonl" > "$T/ende.jsonl"
"$W" fall --herleitung 2025-12 "$T/ende.jsonl" > "$T/h2.out"; [ $? -eq 1 ] && grep -q '"feld":"--herleitung"' "$T/h2.out"
pruefe "--herleitung in a month without Bescheid (§ 28): an error record" $?

# bad input: named errors, the run goes on
{ echo '{"format":"wohngeld-fall/1"'; echo '{"format":"wohngeld-fall/1","id":"x","antrag":"2025-03-10","bewilligung":{"von":"2025-03","bis":"2026-02"},"haushalt":{"mietenstufe":1,"wohnkosten":{"art":"miete","betrag_monat":300},"mitglieder":[{"id":"a"}]},"verlauf":[{"ab":"2025-05-01","ereignisse":[{"art":"umzug"}]}]}'; head -1 "$T/g.jsonl"; } > "$T/schlecht.jsonl"
"$W" fall "$T/schlecht.jsonl" > "$T/s.out"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$T/s.out")" -eq 3 ] && grep -q '"code":"json_ungueltig"' "$T/s.out" && \
    grep -q '"feld":"verlauf\[0\].ereignisse\[0\].art"' "$T/s.out" && [ "$(tail -1 "$T/s.out" | grep -c '"status":"ok"')" -eq 1 ]
pruefe "bad lines: field-named errors, the next case is computed" $?

# batch --art fall: the same bytes as `fall`, for any thread count
"$E" 6000 --faelle 1 --saat 3 > "$T/f.jsonl"
cat "$T/g.jsonl" >> "$T/f.jsonl"
for t in 1 2 8; do
    "$W" batch --leise --art fall --threads $t --block 97 --eingabe "$T/f.jsonl" --ausgabe "$T/b$t.jsonl" --fehler "$T/bf$t.jsonl"
done
cmp -s "$T/b1.jsonl" "$T/b2.jsonl" && cmp -s "$T/b1.jsonl" "$T/b8.jsonl" && cmp -s "$T/bf1.jsonl" "$T/bf8.jsonl"
pruefe "batch --art fall: identical output for 1, 2, 8 threads" $?
"$W" fall "$T/f.jsonl" > "$T/fall.out"
cmp -s "$T/b1.jsonl" "$T/fall.out"; pruefe "batch --art fall = wohngeld fall, byte for byte" $?
Z="$T/b1.jsonl.zusammenfassung.json"
# the case's own sums stand before "monate" (the decisions carry theirs after it)
summe() { sed -n "s/\"monate\":.*//; s/.*\"$1\":\([0-9]*\),.*/\1/p" "$2" | awk '{s += $1} END {print s + 0}'; }
[ "$(feld gelesen "$Z")" -eq "$(wc -l < "$T/f.jsonl")" ] && \
    [ "$(feld abgelehnt "$Z")" -eq "$(wc -l < "$T/bf1.jsonl")" ] && \
    [ "$(sed -n 's/.*"summe_ueberzahlung":"\([0-9]*\)".*/\1/p' "$Z")" -eq "$(summe ueberzahlung "$T/b1.jsonl")" ] && \
    [ "$(sed -n 's/.*"summe_nachzahlung":"\([0-9]*\)".*/\1/p' "$Z")" -eq "$(summe nachzahlung "$T/b1.jsonl")" ] && \
    [ "$(sed -n 's/.*"faelle":{"datensaetze":\([0-9]*\).*/\1/p' "$Z")" -eq "$(grep -c '"status":"ok"' "$T/b1.jsonl")" ]
pruefe "summary: read, rejected, the exact sums of overpayment and back payment, cases" $?
grep -q '"entscheidungen_nach_regel":{.*"§ 27 Abs. 2":[1-9]' "$Z" && ! grep -q '"entscheidungen_nach_regel":{[^}]*Nr\.' "$Z" && grep -q '"hinweise_nach_code":{.*"meldepflicht":[1-9]' "$Z" && \
    grep -q '"art":"fall","fall":{"voruebergehend_bis_monate":2,"vergleich_y":"gesamteinkommen","daten_max_alter_monate":3,"erstattung_grenze":1000,"frist_warnung_tage":30}' "$Z"
pruefe "summary: decisions per rule, hints per code, the settings" $?
# issue 23 § 3: every case names the reasons a person must decide it; the summary counts cases
# per reason (once per case) and those the machine may decide
ok=$(grep -c '"status":"ok"' "$T/b1.jsonl")
ohne=$(grep -c '"maschinell":true,"aussteuerung":\[\]' "$T/b1.jsonl")
mit=$(grep -c '"maschinell":false,"aussteuerung":\[{"code"' "$T/b1.jsonl")
gut=0
[ $((ohne + mit)) -eq "$ok" ] && [ "$mit" -gt 0 ] && [ "$ohne" -gt 0 ] && \
    [ "$(sed -n 's/.*"faelle":{.*"maschinell":\([0-9]*\),"ausgesteuert":\([0-9]*\),.*/\1 \2/p' "$Z")" = "$ohne $mit" ] || gut=1
sed -n 's/.*"maschinell":false,"aussteuerung":\[\(.*\)\],"monate".*/\1/p' "$T/b1.jsonl" > "$T/aus.txt"
for code in $(grep -o '"code":"[a-z_0-9]*"' "$T/aus.txt" | sort -u | sed 's/"code":"\(.*\)"/\1/'); do
    [ "$(sed -n "s/.*\"aussteuerung_nach_code\":{[^}]*\"$code\":\([0-9]*\).*/\1/p" "$Z")" -eq "$(grep -c "\"code\":\"$code\"" "$T/aus.txt")" ] || gut=1
done
[ "$(grep -o '"code":"[a-z_0-9]*"' "$T/aus.txt" | sort -u | wc -l)" -ge 3 ] || gut=1
pruefe "Aussteuerung: every case says whether the machine may decide; the summary counts cases per reason" $gut

# kill -9 at varied points, then --fortsetzen until done: the same files
"$E" 40000 --faelle 1 --saat 5 > "$T/k.jsonl"
"$W" batch --leise --art fall --threads 2 --block 300 --eingabe "$T/k.jsonl" --ausgabe "$T/ref.jsonl" --fehler "$T/reff.jsonl"
for versuch in 1 2; do
    rm -f "$T/r.jsonl"* "$T/rf.jsonl"*
    "$W" batch --leise --art fall --threads 2 --block 300 --checkpoint-sekunden 0 --eingabe "$T/k.jsonl" --ausgabe "$T/r.jsonl" --fehler "$T/rf.jsonl" &
    pid=$!
    i=0
    while [ $i -lt 3 ]; do
        sleep "0.0$(( (versuch * 41 + i * 29) % 9 + 1 ))"
        kill -9 $pid 2> /dev/null
        wait $pid 2> /dev/null
        "$W" batch --leise --art fall --fortsetzen --threads 2 --block 300 --checkpoint-sekunden 0 --eingabe "$T/k.jsonl" --ausgabe "$T/r.jsonl" --fehler "$T/rf.jsonl" &
        pid=$!
        i=$((i + 1))
    done
    wait $pid
    cmp -s "$T/ref.jsonl" "$T/r.jsonl" && cmp -s "$T/reff.jsonl" "$T/rf.jsonl" && \
        [ "$(ergebnis "$T/ref.jsonl.zusammenfassung.json")" = "$(ergebnis "$T/r.jsonl.zusammenfassung.json")" ]
    pruefe "kill -9 and resume, try $versuch: identical output, rejects and summary" $?
done
# a resume with other settings is refused
"$W" batch --leise --art fall --threads 2 --block 300 --checkpoint-sekunden 0 --eingabe "$T/k.jsonl" --ausgabe "$T/x.jsonl" &
pid=$!; sleep 0.05; kill -9 $pid 2> /dev/null; wait $pid 2> /dev/null
if [ -e "$T/x.jsonl.checkpoint" ]; then
    "$W" batch --leise --art fall --voruebergehend-bis-monate 4 --fortsetzen --eingabe "$T/k.jsonl" --ausgabe "$T/x.jsonl" 2> "$T/err"
    [ $? -eq 2 ]; pruefe "resume with other settings refused" $?
fi

# options that do not fit
"$W" batch --art fall --format csv --eingabe "$T/f.jsonl" --ausgabe "$T/c.csv" 2> /dev/null; [ $? -eq 2 ]; pruefe "--art fall with csv refused" $?
"$W" batch --vergleich-y formelwert --eingabe "$T/f.jsonl" --ausgabe "$T/c.jsonl" 2> /dev/null; [ $? -eq 2 ]; pruefe "case settings without --art fall refused" $?
"$W" batch --art faelle --eingabe "$T/f.jsonl" --ausgabe "$T/c.jsonl" 2> /dev/null; [ $? -eq 2 ]; pruefe "unknown --art refused" $?
[ ! -e "$T/c.jsonl" ] && [ ! -e "$T/c.csv" ]; pruefe "nothing written by a refused run" $?
# issue 23 § 4: the meldepflicht text names each reason with its own numbers
grep '"fall-miete-16-unter-kappe"' "$SRC/golden/fall-hand.jsonl" | sed 's/^{"eingabe": //; s/, "erwartet": .*$//' | "$W" fall > "$T/mp.json"
grep -q '"text":"Mitteilungspflicht ab 2025-06-01: Miete oder Belastung 300.00 → 252.00 EUR monatlich, um mehr als 15 % gesunken (Nr. 2)."' "$T/mp.json" && \
    ! grep -q 'Mitteilungspflicht[^"]*Einkünfte' "$T/mp.json"
pruefe "meldepflicht: the rent reason with the rent's numbers, no income numbers beside it" $?
"$W" fall "$SRC/tests/regression/fall-meldepflicht-drei-gruende.json" | grep -q '2 statt 3 zu berücksichtigende Mitglieder (Nr. 1); Miete oder Belastung 649.00 → 519.00 EUR monatlich, um mehr als 15 % gesunken (Nr. 2); Summe der positiven Einkünfte 31550.00 → 38162.00 EUR jährlich'
pruefe "meldepflicht: three reasons, each with its numbers" $?

# issue 23 § 4: --herleitung JJJJ-MM --erhoehung derives the amount behind erhoehung_moeglich
grep '"fall-datenabgleich-erhoehung"' "$SRC/golden/fall-hand.jsonl" | sed 's/^{"eingabe": //; s/, "erwartet": .*$//' > "$T/erh.json"
betrag=$("$W" fall "$T/erh.json" | sed -n 's/.*"code":"erhoehung_moeglich"[^}]*"betrag":\([0-9]*\).*/\1/p')
"$W" fall --herleitung 2025-05 --erhoehung "$T/erh.json" > "$T/erh.out"
[ -n "$betrag" ] && grep -q "\"wohngeld_monat\":$betrag[,}]" "$T/erh.out" && grep -q '"schritte":\[' "$T/erh.out" && \
    "$W" fall --herleitung 2025-05 "$T/erh.json" | grep -q '"wohngeld_monat":153[,}]'
pruefe "--herleitung --erhoehung: the derivation of the amount an application would bring" $?
"$W" fall --herleitung 2025-04 --erhoehung "$T/erh.json" > "$T/erh2.out"; [ $? -eq 1 ] && grep -q '"feld":"--herleitung"' "$T/erh2.out"
pruefe "--erhoehung in a month without erhoehung_moeglich: an error record" $?
"$W" fall --erhoehung "$T/erh.json" > /dev/null 2>&1; [ $? -eq 2 ]; pruefe "--erhoehung without --herleitung refused" $?

# issue 23 § 2: the new inputs are checked, field by field
basis='"format":"wohngeld-fall/1","antrag":"2025-03-10","haushalt":{"mietenstufe":1,"wohnkosten":{"art":"miete","betrag_monat":300},"gesamteinkommen_monat":1000,"mitglieder":[{"id":"a","alter":40}]}'
{
  echo "{$basis,\"id\":\"z1\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"},\"zahlungen\":[{\"monat\":\"2026-03\",\"betrag\":100}]}"
  echo "{$basis,\"id\":\"z2\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"},\"zahlungen\":[{\"monat\":\"2025-04\",\"betrag\":100},{\"monat\":\"2025-04\",\"betrag\":0}]}"
  echo "{$basis,\"id\":\"z3\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"},\"zahlungen\":[{\"monat\":\"2025-04\"}]}"
  echo "{$basis,\"id\":\"z4\",\"bewilligung\":{\"von\":\"2025-02\",\"bis\":\"2026-01\",\"beginn\":\"§ 25 Abs. 4\"}}"
  echo "{$basis,\"id\":\"z5\",\"bewilligung\":{\"von\":\"2025-02\",\"bis\":\"2026-01\",\"beginn\":\"§ 25 Abs. 9\",\"kenntnis\":\"2025-02-10\"}}"
  echo "{$basis,\"id\":\"z6\",\"entscheidung_am\":\"2025-02-01\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"}}"
  echo "{$basis,\"id\":\"z7\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\",\"bescheid_am\":\"2025-02-30\"}}"
  echo "{$basis,\"id\":\"z8\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"},\"verlauf\":[{\"ab\":\"2025-05-01\",\"kenntnis_haushalt\":\"2025-13-01\",\"ereignisse\":[{\"art\":\"nutzungsaufgabe\"}]}]}"
} > "$T/neu.jsonl"
"$W" fall "$T/neu.jsonl" > "$T/neu.out"
gut=0
for erwartet in 'z1.*"feld":"zahlungen\[0\].monat"' 'z2.*"code":"feld_konflikt","feld":"zahlungen\[1\].monat"' 'z3.*"feld":"zahlungen\[0\].betrag"' \
    'z4.*"feld":"bewilligung.kenntnis"' 'z5.*"feld":"bewilligung.beginn"' 'z6.*"feld":"entscheidung_am"' 'z7.*"feld":"bewilligung.bescheid_am"' \
    'z8.*"feld":"verlauf\[0\].kenntnis_haushalt"'; do
    grep -q "$erwartet" "$T/neu.out" || { echo "fehlt: $erwartet"; gut=1; }
done
[ "$(grep -c '"status":"fehler"' "$T/neu.out")" -eq 8 ] || gut=1
pruefe "zahlungen, beginn/kenntnis, entscheidung_am, bescheid_am, kenntnis_haushalt: field-named errors" $gut
# zahlungen also as an object {"JJJJ-MM": betrag}: the same result as the list; a bad key is named
grep '"fall-zahlungen-eingestellt"' "$SRC/golden/fall-hand.jsonl" | sed 's/^{"eingabe": //; s/, "erwartet": .*$//' > "$T/zl.json"
sed 's/"zahlungen": \[{"monat": "2026-01", "betrag": 0}, {"monat": "2026-02", "betrag": 0}\]/"zahlungen": {"2026-01": 0, "2026-02": 0}/' "$T/zl.json" > "$T/zo.json"
sed 's/"zahlungen": \[{"monat": "2026-01", "betrag": 0}, {"monat": "2026-02", "betrag": 0}\]/"zahlungen": {"2026-13": 0}/' "$T/zl.json" > "$T/zx.json"
! cmp -s "$T/zl.json" "$T/zo.json" && "$W" fall "$T/zl.json" > "$T/zl.out" && "$W" fall "$T/zo.json" > "$T/zo.out" && cmp -s "$T/zl.out" "$T/zo.out" && \
    "$W" fall "$T/zx.json" | grep -q '"feld":"zahlungen.2026-13"'
pruefe "zahlungen as an object of months: the same result; a bad month named" $?
"$W" fall --erstattung-grenze -1 "$T/erh.json" > /dev/null 2>&1; [ $? -eq 2 ] && \
    "$W" fall --daten-max-alter-monate 121 "$T/erh.json" > /dev/null 2>&1; [ $? -eq 2 ] && \
    "$W" fall --frist-warnung-tage 0 --erstattung-grenze 0 --daten-max-alter-monate 0 "$T/erh.json" | grep -q '"daten_max_alter_monate":0,"erstattung_grenze":0,"frist_warnung_tage":0'
pruefe "the Aussteuerung settings: ranges checked, the settings in effect echoed" $?
ende
