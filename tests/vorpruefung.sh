#!/bin/sh
# The screening from the command line (docs/vorpruefung.md): partial records through berechnen
# and batch (JSONL and CSV), bad input with field-named errors while the run goes on, thresholds
# (a claim at the threshold, none one cent beyond), the Einkommensgrenzen of every period
# (checked the same way), the plausibility hints and the 2027 draft's Arbeitnehmer-Pauschbetrag.
# Usage: vorpruefung.sh PATH/TO/wohngeld SOURCE_DIR
set -u
W="$1"
SRC="$2"
. "$SRC/tests/hilfe.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# wohngeld_monat of one complete record given as text
betrag() { echo "$1" | "$W" berechnen | sed -n 's/.*"wohngeld_monat":\([0-9]*\).*/\1/p'; }
# a number out of a result line
zahl() { echo "$2" | sed -n "s/.*\"$1\":\([0-9-]*\).*/\1/p" | head -1; }
# cents as a decimal
euro() { printf '%d.%02d' $(($1 / 100)) $(($1 % 100)); }

# ---- 1. a partial record: the range, its Einstufung, a threshold, the fields that decide
P='{"id":"p","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"unbekannt"},"mitglieder":[{"alter":72,"abzug_kranken_pflege":"unbekannt","einkommen":[{"art":"rente","betrag_monat":"1100.00"}]},{"alter":70,"abzug_kranken_pflege":true,"einkommen":[{"art":"rente","betrag_monat":{"von":"400","bis":"600"}}]}]}'
A=$(echo "$P" | "$W" berechnen)
echo "$A" | grep -q '"wohngeld_monat":null,.*"spanne":{"einstufung":"offen","wohngeld_min":0,"wohngeld_max":[1-9]'
pruefe "partial: open range, no wohngeld_monat" $?
echo "$A" | grep -q '"fehlt":\["wohnkosten.betrag_monat"\]' && echo "$A" | grep -q '"min_bei":{"format":"wohngeld-haushalt/1"' && \
    echo "$A" | grep -q '"max_bei":{"format":"wohngeld-haushalt/1"'
pruefe "partial: deciding field and witnesses" $?
# the rent threshold: with the rest as in the max witness (flag true, lowest pension) a claim at
# it and none one cent below
t=$(echo "$A" | sed -n 's/.*"feld":"wohnkosten.betrag_monat","richtung":"ab","cent":\([0-9]*\).*/\1/p')
H='{"stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"MIETE"},"mitglieder":[{"alter":72,"abzug_kranken_pflege":true,"einkommen":[{"art":"rente","betrag_monat":"1100.00"}]},{"alter":70,"abzug_kranken_pflege":true,"einkommen":[{"art":"rente","betrag_monat":"400"}]}]}'
[ -n "$t" ] && [ "$(betrag "$(echo "$H" | sed "s/MIETE/$(euro "$t")/")")" -gt 0 ] && \
    [ "$(betrag "$(echo "$H" | sed "s/MIETE/$(euro $((t - 1)))/")")" -eq 0 ]
pruefe "partial: a claim at the rent threshold ($t cent), none a cent below" $?
mx=$(zahl wohngeld_max "$A")
[ "$(betrag "$(echo "$H" | sed "s/MIETE/100000/")")" -eq "$mx" ]
pruefe "partial: the maximum is the amount at the most favourable values" $?

# the shipped example (tools/beispiel.sh shows it): both screened
[ "$("$W" berechnen "$SRC/examples/vorpruefung.jsonl" | grep -c '"status":"ok",.*"spanne":{"einstufung"')" -eq 2 ]
pruefe "examples/vorpruefung.jsonl: both households screened" $?

# ---- 2. bad input: each a field-named error, the run goes on, exit 1
{
    echo '{"id":"r1","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":{"von":"500","bis":"400"}},"mitglieder":[{}]}'
    echo '{"id":"r2","stichtag":"2025-03-01","mietenstufe":"unbekannt","wohnkosten":{"art":"miete","betrag_monat":"500"},"mitglieder":[{}]}'
    echo '{"id":"r3","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500","pauschalen":{"heizung_qm":{"von":"50"}}},"mitglieder":[{}]}'
    echo '{"id":"r4","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500"},"mitglieder":[{"zu_beruecksichtigen":"unbekannt"}]}'
    printf '{"id":"r5","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500"},"mitglieder":['
    # the § 17a flag is enumerated (docs/vorpruefung.md): 17 of them are 2^17 combinations
    for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do printf '{"grundrentenzeiten_33_jahre":"unbekannt"},'; done
    printf '{"grundrentenzeiten_33_jahre":"unbekannt"},'
    printf '{"abzug_steuern":"unbekannt","abzug_rente":"unbekannt","abzug_kranken_pflege":"unbekannt"},' 
    echo '{}]}'
    echo '{"id":"ok","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"500"},"mitglieder":[{}]}'
} > "$T/schlecht.jsonl"
"$W" berechnen "$T/schlecht.jsonl" > "$T/s.out"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$T/s.out")" -eq 6 ]; pruefe "bad partial records: one line each, exit 1" $?
sed -n 1p "$T/s.out" | grep -q '"code":"intervall_ungueltig","feld":"wohnkosten.betrag_monat"'; pruefe "reversed interval: intervall_ungueltig" $?
sed -n 2p "$T/s.out" | grep -q '"code":"unbekannt_unzulaessig","feld":"mietenstufe"'; pruefe "unknown Mietenstufe: unbekannt_unzulaessig" $?
sed -n 3p "$T/s.out" | grep -q '"code":"unbekannt_unzulaessig","feld":"wohnkosten.pauschalen.heizung_qm"'; pruefe "interval on an area: unbekannt_unzulaessig" $?
sed -n 4p "$T/s.out" | grep -q '"code":"unbekannt_unzulaessig","feld":"mitglieder\[0\].zu_beruecksichtigen"'; pruefe "unknown household size: unbekannt_unzulaessig" $?
sed -n 5p "$T/s.out" | grep -q '"code":"zu_viele_unbekannte"'; pruefe "2^17 combinations: zu_viele_unbekannte" $?
sed -n 6p "$T/s.out" | grep -q '"id":"ok","status":"ok"'; pruefe "the run goes on after bad partial records" $?

# ---- 3. batch: partial and complete records mixed, JSONL and CSV; order, rejects, summary
{ echo "$P"; sed -n 6p "$T/schlecht.jsonl"; sed -n 1p "$T/schlecht.jsonl"; echo "$P" | sed 's/"id":"p"/"id":"p2"/'; } > "$T/b.jsonl"
"$W" batch --leise --eingabe "$T/b.jsonl" --ausgabe "$T/b.out" --fehler "$T/b.err"; rc=$?
[ $rc -eq 1 ] && [ "$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$T/b.out" | head -4 | tr '\n' ' ')" = "p ok r1 p2 " ]
pruefe "batch: order kept, the reject in its place" $?
S="$T/b.out.zusammenfassung.json"
grep -q '"vorpruefung":{"datensaetze":2,"einstufung":{"anspruch_sicher":0,"kein_anspruch_sicher":0,"offen":2},"nach_mietenstufe":{"3":{"anspruch_sicher":0,"kein_anspruch_sicher":0,"offen":2}},"nach_mitgliedern":{"2":' "$S" && \
    grep -q "\"summe_wohngeld_min\":\"0\",\"summe_wohngeld_max\":\"$((2 * mx))\",\"fehlt_nach_feld\":{\"wohnkosten.betrag_monat\":2}" "$S" && \
    grep -q '"gelesen":4,"berechnet":3,"abgelehnt":1' "$S" && grep -c . "$T/b.err" | grep -q '^1$'
pruefe "batch: summary by Einstufung, Mietenstufe, size; exact sums; deciding fields; rejects" $?
printf 'id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat_von,wohnkosten_betrag_monat_bis,alter,abzug_kranken_pflege,einkommen1_art,einkommen1_betrag_monat_von,einkommen1_betrag_monat_bis\np,2025-03-01,3,miete,,unbekannt,72,unbekannt,rente,1100.00,\np,2025-03-01,3,miete,,unbekannt,70,true,rente,400,600\n' > "$T/c.csv"
"$W" batch --leise --format csv --eingabe "$T/c.csv" --ausgabe "$T/c.out"
grep -q "^p,ok,,,,2025,,,,,,,offen,0,$mx,wohnkosten.betrag_monat,[0-9]*\.[0-9][0-9],[0-9.]*,Miete oder Belastung$" "$T/c.out"
pruefe "batch CSV: X_von/X_bis and \"unbekannt\" give the same range as JSON" $?

# resume after kill -9 in the middle of a screening run: the same bytes and the same summary
E="$(dirname "$W")/tests/erzeugen"
if [ -x "$E" ]; then
    "$E" 20000 --saat 5 --teil 1 > "$T/r.jsonl"
    "$W" batch --leise --threads 2 --block 300 --checkpoint-sekunden 0 --eingabe "$T/r.jsonl" --ausgabe "$T/r1.jsonl" &
    pid=$!; sleep 0.1; kill -9 $pid 2> /dev/null; wait $pid 2> /dev/null
    [ -f "$T/r1.jsonl" ] || "$W" batch --leise --threads 2 --block 300 --fortsetzen --eingabe "$T/r.jsonl" --ausgabe "$T/r1.jsonl"
    "$W" batch --leise --threads 1 --eingabe "$T/r.jsonl" --ausgabe "$T/r2.jsonl"
    cmp -s "$T/r1.jsonl" "$T/r2.jsonl" && [ "$(ergebnis "$T/r1.jsonl.zusammenfassung.json")" = "$(ergebnis "$T/r2.jsonl.zusammenfassung.json")" ]
    pruefe "screening run killed and resumed: the bytes and the summary of an uninterrupted run" $?
fi

# ---- 4. wohngeld schwellen: a claim at each threshold, none one cent beyond
K='{"id":"k","stichtag":"2025-03-01","mietenstufe":4,"wohnkosten":{"art":"miete","betrag_monat":"MIETE"},"mitglieder":[{"einkommen":[{"art":"arbeitslohn","betrag_monat":"LOHN"}],"abzug_steuern":true,"abzug_kranken_pflege":true,"abzug_rente":true},{"alter":8,"kind_eines_mitglieds":true}]}'
S2=$(echo "$K" | sed 's/MIETE/650.00/; s/LOHN/2100.00/' | "$W" schwellen --feld 'mitglieder[0].einkommen[0].betrag_monat')
ab=$(echo "$S2" | sed -n 's/.*"miete_ab":{"feld":"wohnkosten.betrag_monat","richtung":"ab","cent":\([0-9]*\).*/\1/p')
lohn=$(echo "$S2" | sed -n 's/.*"feld":{"feld":"mitglieder\[0\].einkommen\[0\].betrag_monat","richtung":"bis","cent":\([0-9]*\).*/\1/p')
[ -n "$ab" ] && [ "$(betrag "$(echo "$K" | sed "s/MIETE/$(euro "$ab")/; s/LOHN/2100.00/")")" -gt 0 ] && \
    [ "$(betrag "$(echo "$K" | sed "s/MIETE/$(euro $((ab - 1)))/; s/LOHN/2100.00/")")" -eq 0 ]
pruefe "schwellen: miete_ab $ab cent" $?
[ -n "$lohn" ] && [ "$(betrag "$(echo "$K" | sed "s/MIETE/650.00/; s/LOHN/$(euro "$lohn")/")")" -gt 0 ] && \
    [ "$(betrag "$(echo "$K" | sed "s/MIETE/650.00/; s/LOHN/$(euro $((lohn + 1)))/")")" -eq 0 ]
pruefe "schwellen: largest wage with a claim $lohn cent" $?
echo "$S2" | grep -q '"miete_wirksam_bis":{"feld":"wohnkosten.betrag_monat","richtung":"ab","cent":[0-9]*,"betrag":"[0-9.]*","bei":{' && \
    echo "$S2" | grep -q '"einkommen_bis":{"feld":"gesamteinkommen_monat","richtung":"bis","cent":[0-9]*'
pruefe "schwellen: miete_wirksam_bis and einkommen_bis with witnesses" $?

# ---- 5. wohngeld grenzen: every period; cells checked as thresholds
for tag in 2016-06-01 2020-06-01 2021-06-01 2022-06-01 2023-06-01 2025-06-01 2027-01-01:entwurf; do
    d=${tag%%:*}
    rs=""; [ "$tag" != "$d" ] && rs="--rechtsstand 2027-entwurf"
    # shellcheck disable=SC2086
    "$W" grenzen --stichtag "$d" $rs --format csv > "$T/g.csv" || { pruefe "grenzen $tag" 1; continue; }
    stufen=$(sed -n '2,$p' "$T/g.csv" | cut -d, -f4 | sort -u | wc -l)
    [ "$(sed -n '2,$p' "$T/g.csv" | wc -l)" -eq $((12 * stufen)) ] && [ "$stufen" -ge 6 ]; pruefe "grenzen $tag: 12 sizes × $stufen Mietenstufen" $?
    for zelle in 1,1 3,4 12,$stufen; do
        n=${zelle%,*}; s=${zelle#*,}
        y=$(awk -F, -v n="$n" -v s="$s" '$3 == n && $4 == s {print $5}' "$T/g.csv")
        m=""; i=0; while [ $i -lt "$n" ]; do m="$m{},"; i=$((i + 1)); done
        G="{\"stichtag\":\"$d\",${rs:+\"rechtsstand\":\"2027-entwurf\",}\"mietenstufe\":$s,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"100000\"},\"gesamteinkommen_monat\":\"Y\",\"mitglieder\":[${m%,}]}"
        [ -n "$y" ] && [ "$(betrag "$(echo "$G" | sed "s/\"Y\"/\"$(euro "$y")\"/")")" -gt 0 ] && \
            [ "$(betrag "$(echo "$G" | sed "s/\"Y\"/\"$(euro $((y + 1)))\"/")")" -eq 0 ]
        pruefe "grenzen $tag: n=$n Mietenstufe $s: a claim at $y cent, none a cent above" $?
        # the gross columns (issue 22): one earner with the column's § 16 deductions, the others
        # without income — a claim at the column's wage or pension, none a cent above
        k=7
        for spalte in "arbeitslohn:\"abzug_kranken_pflege\":true" "arbeitslohn:\"abzug_kranken_pflege\":true,\"abzug_rente\":true" \
                      "arbeitslohn:\"abzug_kranken_pflege\":true,\"abzug_rente\":true,\"abzug_steuern\":true" "rente:\"abzug_kranken_pflege\":true"; do
            art=${spalte%%:*}; flags=${spalte#*:}
            w=$(awk -F, -v n="$n" -v s="$s" -v k="$k" '$3 == n && $4 == s {print $k}' "$T/g.csv" | tr -d .)
            m=""; i=1; while [ $i -lt "$n" ]; do m="$m,{}"; i=$((i + 1)); done
            G="{\"stichtag\":\"$d\",${rs:+\"rechtsstand\":\"2027-entwurf\",}\"mietenstufe\":$s,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"100000\"},\"mitglieder\":[{$flags,\"einkommen\":[{\"art\":\"$art\",\"betrag_monat\":\"W\"}]}$m]}"
            [ -n "$w" ] && [ "$(betrag "$(echo "$G" | sed "s/\"W\"/\"$(euro "$w")\"/")")" -gt 0 ] && \
                [ "$(betrag "$(echo "$G" | sed "s/\"W\"/\"$(euro $((w + 1)))\"/")")" -eq 0 ]
            pruefe "grenzen $tag: n=$n Mietenstufe $s, column $k ($art): a claim at $w cent gross, none a cent above" $?
            k=$((k + 1))
        done
    done
done
# the gross columns derived by hand (golden/herleitung/vorpruefung.py: vp-brutto-2025-1-I-lohn-10, -rente-10),
# and the review's case: 1 person, Mietenstufe III, 2025 — a wage of 1 779.60 still has a claim
"$W" grenzen --stichtag 2025-06-01 --format csv > "$T/g.csv"
head -1 "$T/g.csv" | grep -q ',brutto_arbeitslohn_10,brutto_arbeitslohn_20,brutto_arbeitslohn_30,brutto_rente_10$' && \
    grep -q '^2025,2025-06-01,1,1,144316,1443,1706.02,[0-9.]*,[0-9.]*,1612.02$' "$T/g.csv" && \
    [ "$(awk -F, '$3 == 1 && $4 == 3 {print $7}' "$T/g.csv" | tr -d .)" -ge 177960 ]
pruefe "grenzen: the gross columns derived by hand; 1 779.60 EUR wage in Mietenstufe III is inside the limit" $?
"$W" grenzen --stichtag 2025-06-01 --format csv --trennzeichen ';' | sed -n 2p | grep -q '^2025;2025-06-01;1;1;144316;1443;1706.02;'
pruefe "grenzen --trennzeichen ;" $?
"$W" grenzen --stichtag 2030-06-01 --format csv > /dev/null 2> "$T/err" && grep -q "rechtsstand_ungesichert" "$T/err" && \
    "$W" grenzen --stichtag 2030-06-01 --format json 2> /dev/null | grep -q '"rechtsstand_ungesichert":true' && \
    "$W" grenzen --stichtag 2025-06-01 --format json 2> "$T/err" | grep -q '"rechtsstand_ungesichert":false' && [ ! -s "$T/err" ]
pruefe "grenzen: a day without enacted law warns (stderr, json), as in batch" $?
# two cells derived by hand (golden/herleitung/vorpruefung.py: vp-grenze-2025-1-I, vp-grenze-2016-2-III)
"$W" grenzen --stichtag 2025-06-01 --format csv | grep -q '^2025,2025-06-01,1,1,144316,1443,' && \
    "$W" grenzen --stichtag 2017-06-01 --format csv | grep -q '^2016,2017-06-01,2,3,126238,1262,'
pruefe "grenzen: the cells derived by hand" $?
"$W" grenzen --stichtag 2025-06-01 | grep -q '^        12 ' && "$W" grenzen --stichtag 2025-06-01 --format json | grep -q '^{"format":"wohngeld-grenzen/2"'
pruefe "grenzen: text and json" $?

# ---- 5b. hints of a partial record come from what is known (issue 22): a hint that reads an
# open value holds only at the witness of the maximum and says so; the summary counts it apart
R1='{"id":"r1","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"unbekannt"},"mitglieder":[{"alter":40,"einkommen":[{"art":"rente","betrag_monat":"3000"}]}]}'
R2='{"id":"r2","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"0"},"mitglieder":[{"alter":40,"einkommen":[{"art":"rente","betrag_monat":"unbekannt"}]}]}'
echo "$R1" | "$W" berechnen | grep -q '"hinweise":\[{"code":"miete_null","nur_bei_zeuge":true' && \
    echo "$R2" | "$W" berechnen | grep -q '"hinweise":\[{"code":"miete_null","text"'
pruefe "partial: miete_null from an unknown rent holds only at the witness; from a known rent 0 it holds" $?
printf '%s\n%s\n' "$R1" "$R2" > "$T/zh.jsonl"
"$W" batch --leise --eingabe "$T/zh.jsonl" --ausgabe "$T/zh_aus.jsonl"
grep -q '"hinweise_nach_code":{"miete_null":1}' "$T/zh_aus.jsonl.zusammenfassung.json" && \
    grep -q '"hinweise_nur_bei_zeuge":{[^}]*"miete_null":1' "$T/zh_aus.jsonl.zusammenfassung.json"
pruefe "batch: a witness-only hint is counted apart, not as a hint of the households" $?
printf 'id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat_von,wohnkosten_betrag_monat_bis,mitglied_id,alter,einkommen1_art,einkommen1_betrag_monat_von,einkommen1_betrag_monat_bis\nr1,2025-03-01,3,miete,,unbekannt,a,40,rente,3000,3000\nr2,2025-03-01,3,miete,0,0,a,40,rente,,unbekannt\n' > "$T/zh.csv"
"$W" batch --leise --format csv --eingabe "$T/zh.csv" --ausgabe "$T/zh_aus.csv"
grep -q '^r1,.*,miete_null(nur_bei_zeuge)[ ,]' "$T/zh_aus.csv" && grep -q '^r2,.*,miete_null[ ,]' "$T/zh_aus.csv"
pruefe "CSV: a witness-only hint is marked (nur_bei_zeuge)" $?

# ---- 5c. what an invitation letter needs (issue 22): the rent from which a claim exists, the
# Gesamteinkommen up to which one exists, what is missing in words, and why an open record with
# nothing that decides alone is open
O='{"id":"o","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":{"von":"300","bis":"600"}},"mitglieder":[{"alter":40,"einkommen":[{"art":"rente","betrag_monat":{"von":"1300","bis":"1500"}}]}]}'
echo "$O" | "$W" berechnen | grep -q '"einstufung":"offen".*"fehlt":\[\],"fehlt_text":\[\],"offen_grund":"Kein unbekannter Wert entscheidet allein[^"]*","einkommen_bis":{"feld":"gesamteinkommen_monat","cent":[0-9]*'
pruefe "partial: an open record that no single field decides says why; einkommen_bis given" $?
printf 'id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat_von,wohnkosten_betrag_monat_bis,mitglied_id,alter,einkommen1_art,einkommen1_betrag_monat_von,einkommen1_betrag_monat_bis\no,2025-03-01,3,miete,300,600,a,40,rente,1300,1500\nm,2025-03-01,3,miete,,unbekannt,a,40,rente,1100,1100\n' > "$T/o.csv"
"$W" batch --leise --format csv --eingabe "$T/o.csv" --ausgabe "$T/o_aus.csv"
head -1 "$T/o_aus.csv" | grep -q ',fehlt,miete_ab,einkommen_bis,fehlt_text$' && \
    grep -q '^o,ok,.*,offen,0,[0-9]*,,,[0-9]*\.[0-9][0-9],Kein unbekannter Wert entscheidet allein' "$T/o_aus.csv" && \
    grep -q '^m,ok,.*,offen,0,[0-9]*,wohnkosten.betrag_monat,[0-9]*\.[0-9][0-9],,Miete oder Belastung$' "$T/o_aus.csv"
pruefe "CSV: miete_ab, einkommen_bis and fehlt_text for the invitation letter" $?
# the rent threshold in the CSV is the threshold of the JSON, and the household has a claim there
ma=$(grep '^m,' "$T/o_aus.csv" | awk -F, '{print $17}')
mj=$(grep '^m,' "$T/o.csv" > /dev/null; echo '{"id":"m","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"unbekannt"},"mitglieder":[{"alter":40,"einkommen":[{"art":"rente","betrag_monat":"1100"}]}]}' | "$W" berechnen | sed -n 's/.*"richtung":"ab","cent":\([0-9]*\).*/\1/p')
[ "$(echo "$ma" | tr -d .)" = "$mj" ]; pruefe "CSV miete_ab = the JSON threshold ($ma)" $?

# ---- 6. hints
{
    echo '{"id":"arm","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"600"},"mitglieder":[{"alter":40,"einkommen":[{"art":"arbeitslohn","betrag_monat":"300"}]},{"alter":10,"kind_eines_mitglieds":true}]}'
    echo '{"id":"null","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"0"},"mitglieder":[{"alter":40}]}'
    echo '{"id":"hoch","stichtag":"2025-03-01","mietenstufe":3,"wohnkosten":{"art":"miete","betrag_monat":"2000"},"mitglieder":[{"alter":40,"einkommen":[{"art":"rente","betrag_monat":"1300"}]},{"kind_eines_mitglieds":true,"einkommen":[{"art":"arbeitslohn","betrag_monat":"500"}]}]}'
} > "$T/h.jsonl"
"$W" batch --leise --eingabe "$T/h.jsonl" --ausgabe "$T/h.out"
sed -n 1p "$T/h.out" | grep -q '"hinweise":\[{"code":"einkommen_unter_bedarf"}\]' && \
    sed -n 2p "$T/h.out" | grep -q '"hinweise":\[{"code":"einkommen_fehlt"},{"code":"miete_null"},{"code":"einkommen_unter_bedarf"}\]' && \
    sed -n 3p "$T/h.out" | grep -q '"hinweise":\[{"code":"miete_ungewoehnlich_hoch"},{"code":"kind_ohne_alter"}\]'
pruefe "hints in the bulk path" $?
"$W" berechnen "$T/h.jsonl" | sed -n 1p | grep -q '"code":"einkommen_unter_bedarf","text":"Gesamteinkommen 197.50 EUR und Wohngeld 586 EUR'
pruefe "hints in the derivation path, with their numbers" $?
"$W" berechnen --bedarf-anteil 50 "$T/h.jsonl" | sed -n 1p | grep -q '"hinweise":\[\]'
pruefe "--bedarf-anteil: the tolerance share" $?

# ---- 7. the 2027 draft: the Arbeitnehmer-Pauschbetrag of the Stichtag's year, 1 430 EUR only by name
E='{"stichtag":"2026-06-01","rechtsstand":"RS","gemeinde":"04011000","wohnkosten":{"art":"miete","betrag_monat":"500"},"mitglieder":[{"einkommen":[{"art":"arbeitslohn","betrag_monat":"1200"}]}]}'
echo "$E" | sed 's/RS/2027-entwurf/' | "$W" berechnen | grep -q 'Arbeitnehmer-Pauschbetrag 1230.00 (2026)' && \
    echo "$E" | sed 's/RS/2027-entwurf-an1430/' | "$W" berechnen | grep -q 'Arbeitnehmer-Pauschbetrag 1430.00 (Rechtsstand 2027-entwurf-an1430)'
pruefe "2027-entwurf: Pauschbetrag of the year; 1 430 EUR as the named scenario 2027-entwurf-an1430" $?

ende
