#!/usr/bin/env python3
"""The letters' tests (docs/bescheide.md § 9), called by tests/bescheide.sh.

  bescheide.py golden WOHNGELD BEHOERDE GOLDEN.jsonl
      every hand-written golden letter: the record's decisions, compared on content — the kinds
      and their order, every number given, the sentences named (by heading, a part of the text),
      the headings that must be absent. Nothing more and nothing less than the letters listed.
  bescheide.py quelle WOHNGELD BEHOERDE DATEI...
      one source: every number of every letter equals the engine's own result for the record —
      `wohngeld berechnen` (the Bewilligungszeitraum month by month, its "bescheid" block, the
      screening's range and thresholds) and `wohngeld fall` (months, decisions, Erstattung) —
      computed apart from the letter module.
Exit 1 with the differences.
"""
import json
import subprocess
import sys

FEHLER = []


def fehl(wo, text):
    FEHLER.append(f"{wo}: {text}")


def laufen(w, args, eingabe):
    p = subprocess.run([w] + args, input=eingabe.encode(), capture_output=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{w} {' '.join(args)}: Status {p.returncode}: {p.stderr.decode()}")
    return [json.loads(z) for z in p.stdout.decode().splitlines() if z.strip()]


def bescheide(w, behoerde, satz, datum=None):
    args = ["bescheid", "--behoerde", behoerde, "--json"] + (["--datum", datum] if datum else [])
    return laufen(w, args, json.dumps(satz, ensure_ascii=False) + "\n")


def texte(brief):
    return [(t["titel"], t["text"] + " " + t["norm"]) for t in brief["texte"]]


def teilmenge(wo, soll, ist):
    if isinstance(soll, dict):
        if not isinstance(ist, dict):
            fehl(wo, f"Objekt erwartet, ist {ist!r}")
            return
        for k, v in soll.items():
            teilmenge(f"{wo}.{k}", v, ist.get(k, "<fehlt>"))
    elif isinstance(soll, list):
        if not isinstance(ist, list) or len(ist) != len(soll):
            fehl(wo, f"soll {soll!r}, ist {ist!r}")
            return
        for i, (s, x) in enumerate(zip(soll, ist)):
            teilmenge(f"{wo}[{i}]", s, x)
    elif soll != ist:
        fehl(wo, f"soll {soll!r}, ist {ist!r}")


def golden(w, behoerde, datei):
    n = 0
    for zeile in open(datei, encoding="utf-8"):
        g = json.loads(zeile)
        briefe = bescheide(w, behoerde, g["eingabe"], g.get("datum"))
        wo = g["id"]
        if [b.get("art") for b in briefe] != [e["art"] for e in g["erwartet"]]:
            fehl(wo, f"Arten {[b.get('art') for b in briefe]} statt {[e['art'] for e in g['erwartet']]}"
                     f" ({[b.get('fehler') or [a['code'] for a in b.get('aussteuerung', [])] for b in briefe]})")
            continue
        for i, (e, b) in enumerate(zip(g["erwartet"], briefe)):
            ort = f"{wo} Brief {i + 1} ({e['art']})"
            for k, v in e.items():
                if k == "enthaelt":
                    for titel, teil in v:
                        if titel == "tenor_text":
                            ok = teil in (b.get("tenor_text") or "")
                        else:
                            ok = any((titel == "" or t == titel) and teil in x for t, x in texte(b))
                        if not ok:
                            fehl(ort, f"kein Text {titel!r} mit {teil!r}")
                elif k == "ohne":
                    for titel in v:
                        if any(t == titel for t, _ in texte(b)):
                            fehl(ort, f"Abschnitt {titel!r} darf nicht vorkommen")
                elif k == "aussteuerung_enthaelt":
                    codes = [a["code"] for a in b["aussteuerung"]]
                    for c in v:
                        if c not in codes:
                            fehl(ort, f"Aussteuerungsgrund {c} fehlt ({codes})")
                elif k == "aussteuerung":
                    teilmenge(f"{ort}.aussteuerung", v, [a["code"] for a in b["aussteuerung"]])
                elif k == "rechtsweg_enthaelt":
                    for teil in v:
                        if teil not in (b.get("rechtsweg") or ""):
                            fehl(ort, f"Rechtsweg ohne {teil!r}: {b.get('rechtsweg')!r}")
                elif k == "anlagen":
                    if len(b["anlage"]) != v:
                        fehl(ort, f"{len(b['anlage'])} Anlagen statt {v}")
                else:
                    teilmenge(f"{ort}.{k}", v, b.get(k, "<fehlt>"))
        n += 1
    return n


# ---- one source ----

def monat_plus(jm, n):
    j, m = map(int, jm.split("-"))
    k = j * 12 + m - 1 + n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def quelle_haushalt(w, behoerde, satz, briefe, wo):
    """a household's decision against `wohngeld berechnen` on the same Bewilligungszeitraum"""
    h = json.loads(json.dumps(satz))
    if "stichtag" in h:
        bwz = json.load(open(behoerde, encoding="utf-8")).get("bewilligungszeitraum", {}).get("monate", 12)
        von = h.pop("stichtag")[:7]
        h["zeitraum"] = {"von": von, "bis": monat_plus(von, bwz - 1)}
    h.pop("empfaenger", None)
    r = laufen(w, ["berechnen"], json.dumps(h, ensure_ascii=False) + "\n")[0]
    for b in briefe:
        if b["art"] not in ("bewilligung", "ablehnung"):
            continue
        mit = [m for m in r["monate"] if m["anspruch"]]
        # the Tenor lines cover exactly the months with a claim, each with its month's amount and law
        zeilen = []
        for m in r["monate"]:
            if not m["anspruch"]:
                continue
            if zeilen and zeilen[-1]["wohngeld_monat"] == m["wohngeld_monat"] and zeilen[-1]["rechtsstand"] == m["rechtsstand"] \
                    and monat_plus(zeilen[-1]["bis"], 1) == m["monat"]:
                zeilen[-1]["bis"] = m["monat"]
            else:
                zeilen.append({"von": m["monat"], "bis": m["monat"], "wohngeld_monat": m["wohngeld_monat"],
                               "rechtsstand": m["rechtsstand"]})
        ist = [{"von": t["von"][:7], "bis": t["bis"][:7], "wohngeld_monat": t["wohngeld_monat"], "rechtsstand": t["rechtsstand"]}
               for t in b["tenor"]]
        teilmenge(f"{wo} Tenor", zeilen, ist)
        abgelehnt = [m["monat"] for m in r["monate"] if not m["anspruch"]]
        ist_abg = []
        for a in b["abgelehnt"]:
            k = a["von"][:7]
            while k <= a["bis"][:7]:
                ist_abg.append(k)
                k = monat_plus(k, 1)
        teilmenge(f"{wo} abgelehnte Monate", abgelehnt, ist_abg)
        if b["art"] == "bewilligung":
            sb = r["bescheid"]
            teilmenge(f"{wo} bezug", {"miete_monat": sb["miete_9"], "einkuenfte_monat": sb["einkuenfte_14"]}, b["bezug"])
            teilmenge(f"{wo} meldegrenzen", sb["meldegrenzen"], b["meldegrenzen"])
            if len(b["anlage"]) != len(b["tenor"]) + len(b["abgelehnt"]):
                fehl(wo, "eine Anlage je Abschnitt erwartet")
            for t, a in zip(b["tenor"], b["anlage"]):
                if a["wohngeld_monat"] != t["wohngeld_monat"]:
                    fehl(wo, f"Anlage {a['titel']}: {a['wohngeld_monat']} statt {t['wohngeld_monat']}")
        del mit


def quelle_teil(w, satz, briefe, wo):
    r = laufen(w, ["berechnen"], json.dumps(satz, ensure_ascii=False) + "\n")[0]
    sp = r["spanne"]
    for b in briefe:
        if b["art"] != "einladung":
            continue
        teilmenge(f"{wo} Spanne", {"wohngeld_min": sp["wohngeld_min"], "wohngeld_max": sp["wohngeld_max"]}, b["einladung"])
        soll = [{"feld": s["feld"], "betrag": f"{s['cent'] // 100}.{s['cent'] % 100:02d}"} for s in sp.get("schwellen", [])
                if s.get("cent") is not None]
        ist = [{"feld": s["feld"], "betrag": s["betrag"]} for s in b["einladung"]["schwellen"] if s["feld"] != "einkommen_bis"]
        teilmenge(f"{wo} Schwellen", soll, ist)
        bis = [s["betrag"] for s in b["einladung"]["schwellen"] if s["feld"] == "einkommen_bis"]
        if sp.get("einkommen_bis") is not None or bis:
            teilmenge(f"{wo} einkommen_bis", [(sp.get("einkommen_bis") or {}).get("betrag")], bis)
        teilmenge(f"{wo} fehlt", sp.get("fehlt", []), [f["feld"] for f in b["einladung"]["fehlt"]])


def quelle_fall(w, behoerde, satz, briefe, wo):
    k = json.load(open(behoerde, encoding="utf-8"))
    opt = ["fall", "--voruebergehend-bis-monate", str(k.get("voruebergehend_bis_monate", 2)),
           "--erstattung-grenze", str(k.get("erstattung", {}).get("grenze", 1000)),
           "--daten-max-alter-monate", str(k.get("daten_max_alter_monate", 3)),
           "--frist-warnung-tage", str(k.get("frist_warnung_tage", 30))]
    basis = laufen(w, opt, json.dumps(satz, ensure_ascii=False) + "\n")[0]
    for b in briefe:
        if b["art"] not in ("aenderung", "aufhebung", "bewilligung"):
            continue
        f = json.loads(json.dumps(satz))
        if b["nach_anhoerung"]:
            # decided on the letter's day, on the data of the evaluation date
            f["entscheidung_am"] = b["datum"]
            f["stand"] = basis["stand"]
        r = laufen(w, opt, json.dumps(f, ensure_ascii=False) + "\n")[0]
        ent = [x for x in r["entscheidungen"] if x["wirksam"] == b["wirksam"]]
        if len(ent) != 1:
            fehl(wo, f"keine Entscheidung ab {b['wirksam']} im Fall")
            continue
        x = ent[0]
        monate = {m["monat"]: m for m in r["monate"]}
        for t in b["tenor"]:
            k_ = t["von"][:7]
            while k_ <= t["bis"][:7]:
                if monate[k_]["zusteht"] != t["wohngeld_monat"]:
                    fehl(wo, f"{k_}: Tenor {t['wohngeld_monat']}, Fall {monate[k_]['zusteht']}")
                k_ = monat_plus(k_, 1)
        e = b["erstattung"]
        if x.get("ueberzahlung", 0) > 0:
            if not e:
                fehl(wo, "Überzahlung ohne Erstattungsteil")
                continue
            teilmenge(f"{wo} Erstattung", {"betrag": x.get("erstattung", 0), "ueberzahlung": x["ueberzahlung"]}, e)
            for m in e["monate"]:
                fm = monate[m["monat"]]
                teilmenge(f"{wo} {m['monat']}", {"gezahlt": fm["ausgezahlt"], "zusteht": fm["zusteht"]}, m)
            if sum(m["differenz"] for m in e["monate"]) != x["ueberzahlung"]:
                fehl(wo, "die Monate ergeben nicht die Überzahlung")
            if x.get("erstattung", 0) > 0:
                teilmenge(f"{wo} Schuldner", r.get("schuldner", []), e["schuldner"])
        elif e:
            fehl(wo, "Erstattungsteil ohne Überzahlung")


def quelle(w, behoerde, dateien):
    n = 0
    for datei in dateien:
        for zeile in open(datei, encoding="utf-8"):
            if not zeile.strip():
                continue
            g = json.loads(zeile)
            satz = g.get("eingabe", g)
            datum = g.get("datum") or "2025-03-10"
            fall = satz.get("format") == "wohngeld-fall/1"
            briefe = bescheide(w, behoerde, satz, None if fall else datum)
            if briefe and briefe[0].get("status") == "fehler":
                continue
            wo = f"{datei}:{satz.get('id')}"
            teil = "unbekannt" in zeile or '"von"' in json.dumps({k: v for k, v in satz.items() if k not in ("zeitraum",)})
            if fall:
                quelle_fall(w, behoerde, satz, briefe, wo)
            elif teil and any(b["art"] in ("einladung", "kein_bescheid") for b in briefe) and "spanne" in \
                    laufen(w, ["berechnen"], json.dumps(satz, ensure_ascii=False) + "\n")[0]:
                quelle_teil(w, satz, briefe, wo)
            else:
                quelle_haushalt(w, behoerde, satz, briefe, wo)
            n += len(briefe)
    return n


def main():
    art, w, behoerde = sys.argv[1], sys.argv[2], sys.argv[3]
    if art == "golden":
        n = golden(w, behoerde, sys.argv[4])
        was = f"{n} goldene Situationen"
    else:
        n = quelle(w, behoerde, sys.argv[4:])
        was = f"{n} Schreiben gegen das Ergebnis ihres Datensatzes"
    for f in FEHLER:
        print(f)
    print(f"{was}: {len(FEHLER)} Abweichungen")
    sys.exit(1 if FEHLER else 0)


if __name__ == "__main__":
    main()
