#!/usr/bin/env python3
"""Maps GETTSIM's Wohngeld test households (GETTSIM's published test cases as JSON Lines, cases.jsonl, policy date from
2016) into our household records, runs them through `wohngeld batch`, and writes
  golden/peers/gettsim-2016-2025.jsonl   every mapped household with GETTSIM's expected amount,
  golden/peers/ABGLEICH.md                the comparison, case by case,
  golden/gettsim-uebereinstimmend.jsonl  the cases where we agree (golden, quelle = GETTSIM + commit).
The mapping is explicit and conservative; see the notes in ABGLEICH.md. GETTSIM is a peer, not
the law: a difference is analysed, never "fixed" in the engine to match.

Usage: python3 golden/peers/gettsim_abbilden.py DIRECTORY_WITH_cases.jsonl PATH/TO/wohngeld
"""
import json
import os
import subprocess
import sys
import tempfile

QUELLE, PROG = sys.argv[1], sys.argv[2]
HIER = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.dirname(HIER)


def geld(x):
    return f"{x:.2f}"


def abbilden(fall):
    """One GETTSIM case → list of (record, expected amount, notes)."""
    personen = fall.get("persons_flat_inputs") or []
    if not personen:
        return []
    aus = fall.get("persons_flat_outputs") or []
    haushalte = {}
    for i, p in enumerate(personen):
        haushalte.setdefault(p.get("hh_id", p.get("wthh_id", 0)), []).append(i)
    ergebnis = []
    for hh, idx in haushalte.items():
        ps = [personen[i] for i in idx]
        erste = ps[0]
        notiz = []
        if "wohngeld__mietstufe_hh" not in erste or "wohnen__bruttokaltmiete_m_hh" not in erste:
            continue
        soll = None
        wthh = {i: (aus[i] if i < len(aus) else {}).get("wthh_id") for i in idx}
        ausgeschlossen = set()
        if any(v is not None for v in wthh.values()):
            # GETTSIM split the household into Wohngeld households (wthh) and SGB II
            # Bedarfsgemeinschaften: the members of the wthh with Wohngeld are counted, the others
            # are excluded under § 7 WoGG (a mixed household, § 11 Abs. 3)
            betraege = {}
            for i in idx:
                o = aus[i] if i < len(aus) else {}
                betraege[wthh[i]] = max(betraege.get(wthh[i], 0.0), o.get("wohngeld__betrag_m_wthh", 0.0))
            ziel = max(betraege, key=lambda k: betraege[k])
            soll = betraege[ziel]
            ausgeschlossen = {i for i in idx if wthh[i] != ziel}
            if ausgeschlossen:
                notiz.append("Mitglieder anderer GETTSIM-Wohngeldhaushalte (SGB-II-Bedarfsgemeinschaft) als nach § 7 ausgeschlossen abgebildet")
        else:
            for i in idx:
                o = aus[i] if i < len(aus) else {}
                for k in ("wohngeld__anspruchshöhe_m_wthh", "wohngeld__betrag_m_wthh"):
                    if k in o:
                        soll = o[k]
        if soll is None:
            continue
        rec = {"id": f"{fall['case_id'].split(':')[-1]}#{hh}", "stichtag": fall["policy_date"],
               "mietenstufe": int(erste["wohngeld__mietstufe_hh"]),
               "wohnkosten": {"art": "belastung" if erste.get("wohnen__bewohnt_eigentum_hh") else "miete",
                              "betrag_monat": geld(erste["wohnen__bruttokaltmiete_m_hh"])}}
        p_ids = {p.get("p_id") for p in ps}
        vermoegen = sum(p.get("vermögen", 0.0) or 0.0 for p in ps)
        if vermoegen:
            rec["vermoegen"] = geld(vermoegen)
        if any(p.get("familie__alleinerziehend") for p in ps):
            rec["alleinerziehend"] = True
        mitglieder = []
        for nr, p in zip(idx, ps):
            m = {"id": f"p{p.get('p_id')}", "alter": int(p.get("alter", 0))}
            if nr in ausgeschlossen:
                m["zu_beruecksichtigen"] = False
                m["ausschlussgrund"] = "Bürgergeld/SGB II mit Kosten der Unterkunft (GETTSIM-Bedarfsgemeinschaft)"
            if p.get("familie__p_id_elternteil_1", -1) in p_ids or p.get("familie__p_id_elternteil_2", -1) in p_ids:
                m["kind_eines_mitglieds"] = True
            if (p.get("einkommensteuer__betrag_y_sn") or 0) > 0:
                m["abzug_steuern"] = True
            if (p.get("sozialversicherung__kranken__beitrag__betrag_versicherter_m") or 0) > 0:
                m["abzug_kranken_pflege"] = True
            if (p.get("sozialversicherung__rente__beitrag__betrag_versicherter_m") or 0) > 0:
                m["abzug_rente"] = True
            if (p.get("behinderungsgrad") or 0) >= 100:
                m["schwerbehindert_pflege"] = True
            elif (p.get("behinderungsgrad") or 0) > 0:
                notiz.append(f"GdB {p['behinderungsgrad']} < 100: bei uns kein § 17 Nr. 1 (GETTSIM: jeder GdB > 0)")
            if (p.get("sozialversicherung__rente__grundrente__grundrentenzeiten_monate") or 0) >= 396:
                m["grundrentenzeiten_33_jahre"] = True
            ek = []
            netto = p.get("einkommensteuer__einkünfte__aus_nichtselbstständiger_arbeit__einnahmen_nach_abzug_werbungskosten_y")
            netto_m = p.get("einkommensteuer__einkünfte__aus_nichtselbstständiger_arbeit__einnahmen_nach_abzug_werbungskosten_m")
            brutto = p.get("einnahmen__bruttolohn_m") or p.get("einkommensteuer__einkünfte__aus_nichtselbstständiger_arbeit__bruttolohn_m")
            if netto:
                ek.append({"art": "sonstiges_anrechenbar", "betrag_jahr": geld(netto)})
                notiz.append("Lohn als Einkünfte nach Werbungskosten (GETTSIM-Eingabe) übernommen")
            elif netto_m:
                ek.append({"art": "sonstiges_anrechenbar", "betrag_monat": geld(netto_m)})
                notiz.append("Lohn als Einkünfte nach Werbungskosten (GETTSIM-Eingabe) übernommen")
            elif brutto:
                ek.append({"art": "arbeitslohn", "betrag_monat": geld(brutto)})
            rente = (p.get("einnahmen__renten__gesetzliche_m") or 0) + (p.get("sozialversicherung__rente__altersrente__betrag_m") or 0) \
                + (p.get("sozialversicherung__rente__erwerbsminderung__betrag_m") or 0)
            if rente:
                ek.append({"art": "rente", "betrag_monat": geld(rente)})
            for k in ("einnahmen__renten__betriebliche_altersvorsorge_m", "einnahmen__renten__geförderte_private_vorsorge_m",
                      "einnahmen__renten__sonstige_private_vorsorge_m"):
                if p.get(k):
                    ek.append({"art": "rente", "betrag_monat": geld(p[k])})
            if p.get("einnahmen__kapitalerträge_y"):
                ek.append({"art": "kapital", "betrag_jahr": geld(p["einnahmen__kapitalerträge_y"])})
            for k in ("einkommensteuer__einkünfte__aus_selbstständiger_arbeit__betrag_m",):
                if p.get(k):
                    ek.append({"art": "selbstaendig", "betrag_monat": geld(p[k])})
            if p.get("einkommensteuer__einkünfte__aus_vermietung_und_verpachtung__betrag_m"):
                ek.append({"art": "vermietung", "betrag_monat": geld(p["einkommensteuer__einkünfte__aus_vermietung_und_verpachtung__betrag_m"])})
            if p.get("einkommensteuer__einkünfte__sonstige__alle_weiteren_m"):
                ek.append({"art": "sonstiges_anrechenbar", "betrag_monat": geld(p["einkommensteuer__einkünfte__sonstige__alle_weiteren_m"])})
            lohnersatz = sum(p.get(k) or 0 for k in ("sozialversicherung__arbeitslosen__betrag_m",
                                                     "sozialversicherung__kranken__krankengeld_m",
                                                     "sozialversicherung__arbeitslosen__kurzarbeitergeld_m",
                                                     "sozialversicherung__kranken__mutterschaftsgeld_m"))
            if lohnersatz:
                ek.append({"art": "lohnersatz", "betrag_monat": geld(lohnersatz)})
            if p.get("elterngeld__betrag_m"):
                ek.append({"art": "elterngeld", "betrag_monat": geld(p["elterngeld__betrag_m"])})
            if p.get("unterhalt__tatsächlich_erhaltener_betrag_m"):
                ek.append({"art": "unterhalt_erhalten", "betrag_monat": geld(p["unterhalt__tatsächlich_erhaltener_betrag_m"])})
            if p.get("unterhaltsvorschuss__betrag_m"):
                ek.append({"art": "unterhaltsvorschuss", "betrag_monat": geld(p["unterhaltsvorschuss__betrag_m"])})
            m["einkommen"] = ek
            mitglieder.append(m)
        rec["mitglieder"] = mitglieder
        ergebnis.append((rec, float(soll[0]) if isinstance(soll, list) else float(soll), notiz))
    return ergebnis


def iza_2018_hh6(f):
    """The older iza YAML of hh_id_6 (2018), mapped by hand from its raw file: person 28 has
    Einkünfte aus nichtselbständiger Arbeit 35 000 EUR a year (after Werbungskosten), other income
    800 EUR a month, income tax and both contributions; four children; Vermögen 200 000 EUR."""
    rec = {"id": "iza:wohngeld/2018/hh_id_6#6", "stichtag": "2018-01-01", "mietenstufe": 4,
           "wohnkosten": {"art": "miete", "betrag_monat": "1400.00"}, "vermoegen": "200000.00",
           "mitglieder": [{"id": "p28", "alter": 43, "abzug_steuern": True, "abzug_kranken_pflege": True, "abzug_rente": True,
                           "einkommen": [{"art": "sonstiges_anrechenbar", "betrag_jahr": "35000.00"},
                                         {"art": "sonstiges_anrechenbar", "betrag_monat": "800.00"}]},
                          {"id": "p29", "alter": 48, "abzug_steuern": True}] +
                         [{"id": f"p{30 + i}", "alter": a, "kind_eines_mitglieds": True, "abzug_steuern": True}
                          for i, a in enumerate((14, 15, 6, 5))]}
    return [(rec, 42.0, ["von Hand aus der älteren iza-YAML abgebildet (Lohn als Einkünfte nach Werbungskosten)"])]


faelle = [json.loads(z) for z in open(os.path.join(QUELLE, "cases.jsonl"), encoding="utf-8")]
abgebildet, nicht = [], []
gesehen = set()
for f in faelle:
    if f["policy_date"] < "2016":
        continue
    name = f["case_id"].split(":")[-1]
    hh = iza_2018_hh6(f) if "f855be4fd4:wohngeld/2018/hh_id_6" in f["case_id"] else abbilden(f)
    if not hh:
        if "vorrang" in f["kind"]:
            warum = "Vorrangprüfung: der Wohngeldbetrag ist dort eine Eingabe, keine Erwartung"
        elif f["format"].startswith("gettsim-csv"):
            warum = ("ältere CSV-Fassung der Testhaushalte hh_id_1 … hh_id_17 mit älteren Variablennamen; nicht "
                     "gesondert abgebildet, weil dieselben Haushalte aus den YAML-Fassungen abgebildet sind "
                     "(hh_id_6 aus der iza-YAML); die CSV-Werte sind nicht Zeile für Zeile mit der YAML verglichen")
        elif "2018/hh_id_6" in f["case_id"]:
            warum = "ältere YAML-Fassung (iza-institute) mit älteren Variablennamen; derselbe Haushalt fehlt in der aktuellen Fassung"
        else:
            warum = "prüft nur einen Zwischenwert (Einkommensbestandteil oder Freibetrag), keinen Wohngeldbetrag"
        nicht.append((f["case_id"], f["format"][:16], warum))
        continue
    for rec, soll, notiz in hh:
        schluessel = json.dumps(rec, sort_keys=True)
        if schluessel in gesehen:
            continue
        gesehen.add(schluessel)
        abgebildet.append((f, rec, soll, notiz))

with tempfile.TemporaryDirectory() as t:
    ein = os.path.join(t, "e.jsonl")
    with open(ein, "w", encoding="utf-8") as d:
        for _, rec, _, _ in abgebildet:
            d.write(json.dumps(rec, ensure_ascii=False) + "\n")
    subprocess.run([PROG, "batch", "--leise", "--ausgabe-umfang", "voll", "--eingabe", ein, "--ausgabe", os.path.join(t, "a.jsonl")],
                   check=False)
    ist = [json.loads(z) for z in open(os.path.join(t, "a.jsonl"), encoding="utf-8")]

zeilen, gleich = [], []
with open(os.path.join(HIER, "gettsim-2016-2025.jsonl"), "w", encoding="utf-8") as d:
    for (f, rec, soll, notiz), r in zip(abgebildet, ist):
        d.write(json.dumps({"eingabe": rec, "gettsim": {"wohngeld_monat": soll},
                            "quelle": f"GETTSIM {f['source_repo']}@{f['source_commit'][:10]} {f['source_file']}"},
                           ensure_ascii=False) + "\n")
        w = r.get("wohngeld_monat") if r["status"] == "ok" else None
        h = r.get("herleitung", {})
        zeilen.append((rec["id"], rec["stichtag"], soll, w, h.get("M"), h.get("Y"), r.get("grund"), r.get("fehler"), notiz, f))
        if w is not None and abs(w - soll) < 0.5:
            gleich.append((f, rec, w))

with open(os.path.join(GOLDEN, "gettsim-uebereinstimmend.jsonl"), "w", encoding="utf-8") as d:
    for f, rec, w in gleich:
        d.write(json.dumps({"eingabe": rec, "erwartet": {"wohngeld_monat": w},
                            "quelle": f"GETTSIM {f['source_repo']}@{f['source_commit']}, {f['source_file']} "
                                      f"(Erwartung dort: {f.get('info', {}).get('source') or 'ohne Angabe'})"},
                           ensure_ascii=False) + "\n")

with open(os.path.join(HIER, "ABGLEICH.md"), "w", encoding="utf-8") as d:
    d.write("# GETTSIM cross-check (generated by gettsim_abbilden.py)\n\n")
    d.write(f"{len(abgebildet)} households from {len(faelle)} GETTSIM cases with policy date from 2016 were mapped; "
            f"{len(gleich)} agree to the euro, {len(abgebildet) - len(gleich)} differ. The analysis of each difference is in "
            "golden/README.md (section GETTSIM).\n\n")
    d.write("| Fall | Stichtag | GETTSIM | wir | M | Y | Anmerkungen zur Abbildung |\n|---|---|---|---|---|---|---|\n")
    for rid, st, soll, w, m, y, grund, fehler, notiz, f in zeilen:
        wir = w if w is not None else f"Fehler {fehler['code'] if fehler else ''}"
        if grund:
            wir = f"{wir} ({grund['code']})"
        d.write(f"| {rid} | {st} | {soll:g} | {wir} | {m or ''} | {y or ''} | {'; '.join(notiz)} |\n")
    d.write("\nNot mapped (no Wohngeld expectation in the case, or inputs in an older GETTSIM format):\n\n")
    for cid, fmt, warum in nicht:
        d.write(f"- {cid} ({fmt}): {warum}\n")
print(f"{len(abgebildet)} abgebildet, {len(gleich)} gleich, {len(nicht)} nicht abgebildet")
