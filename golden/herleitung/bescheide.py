#!/usr/bin/env python3
"""Hand derivations of the golden letters (golden/bescheide/briefe-hand.jsonl; docs/bescheide.md § 9).

Independent of the engine. Each situation names where its amounts come from:
  - a golden household or case whose amounts were derived by hand before (golden/hand-*.jsonl,
    golden/fall-hand.jsonl, golden/vorpruefung-hand.jsonl, golden/official-2025.jsonl — their
    derivations are in golden/HANDHERLEITUNG.md, FALL-HERLEITUNG.md, VORPRUEFUNG-HERLEITUNG.md
    and the BMWSB's own example), read from those files;
  - or the Anlage-3 helper of faelle.py with M and Y typed here from the law.
What the letter adds is derived here from the law, line by line:
  - § 24 Abs. 3 Satz 1 WoGG: M_B = the monthly rent / Belastung of the record; G_B = Σ of the
    counted members' positive Einkünfte (§ 14 Abs. 1: after Werbungskosten, § 9a EStG: 1 230 EUR
    for wages, 102 EUR for pensions) and Einnahmen (§ 14 Abs. 2), per month, before §§ 16–18;
  - § 27 Abs. 3 Satz 1 Nr. 2, 3: report a rent "um mehr als 15 Prozent" below M_B (the largest
    cent below 0.85 · M_B) and a sum more than 15 % above G_B (the smallest cent above 1.15 · G_B);
  - § 37 Abs. 2 SGB X: Bekanntgabe on the 4th day after posting (3rd before 2025), a weekend or a
    holiday of the authority's file moving it to the next working day (the open point's default);
  - §§ 24, 26 SGB X: the hearing's deadline = Bekanntgabe + 14 days (behoerde.json), to the next
    working day; the decision after it on the first working day after the deadline;
  - § 50 SGB X: the Erstattung per month = paid − due for the months paid by the evaluation date.

Run:  python3 golden/herleitung/bescheide.py   (rewrites golden/bescheide/briefe-hand.jsonl; a golden
      file changes only with a legal reason)
"""
import datetime as dt
import json
import os
import sys
from fractions import Fraction as F

HIER = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.dirname(HIER)
sys.path.insert(0, HIER)
import faelle  # noqa: E402  (the Anlage-3 helper and the typed a, b, c, minima of P2025)

d = faelle.d
BEHOERDE = json.load(open(os.path.join(GOLDEN, "..", "examples", "behoerde.json"), encoding="utf-8"))
FEIERTAGE = {dt.date.fromisoformat(x) for x in BEHOERDE["feiertage"]}


def lies(datei, id_):
    for zeile in open(os.path.join(GOLDEN, datei), encoding="utf-8"):
        g = json.loads(zeile)
        if g["eingabe"].get("id") == id_:
            return g
    raise KeyError(id_)


# ---- § 37 Abs. 2, § 26 SGB X ----
def werktag(t):
    while t.weekday() >= 5 or t in FEIERTAGE:
        t += dt.timedelta(days=1)
    return t


def bekanntgabe(datum):
    t = dt.date.fromisoformat(datum)
    return werktag(t + dt.timedelta(days=4 if t >= dt.date(2025, 1, 1) else 3)).isoformat()


def frist(datum, tage=14):
    return werktag(dt.date.fromisoformat(bekanntgabe(datum)) + dt.timedelta(days=tage)).isoformat()


def danach(t):
    return werktag(dt.date.fromisoformat(t) + dt.timedelta(days=1)).isoformat()


def faellig(datum, tage=30):
    return werktag(dt.date.fromisoformat(bekanntgabe(datum)) + dt.timedelta(days=tage)).isoformat()


# ---- § 24 Abs. 3, § 27 Abs. 3 ----
def cent(x):
    c = x * 100
    assert c.denominator == 1, x
    c = int(c)
    return f"{c // 100}.{c % 100:02d}"


def euro_de(x):
    """1397.50 → '1.397,50' (as a letter prints it)"""
    c = int(x * 100)
    g = f"{c // 100:,}".replace(",", ".")
    return f"{g},{c % 100:02d}"


def bezug(miete, einkuenfte_jahr):
    """M_B, G_B and the reporting limits; einkuenfte_jahr exact (EUR per year)."""
    m = d(miete)
    e = F(einkuenfte_jahr)
    g = e / 12 * 100                                   # G_B in cents, exact
    g_cent = (g + F(1, 2)).numerator // (g + F(1, 2)).denominator   # half up to the cent
    grenze_m = m * 85                                  # 0.85 · M_B in cents
    x_c = -((-grenze_m.numerator) // grenze_m.denominator) - 1        # the largest whole cent below it
    grenze_e = e * 115 / 12                            # 1.15 · G_B in cents
    y_c = grenze_e.numerator // grenze_e.denominator + 1              # the smallest whole cent above it
    return ({"miete_monat": cent(m), "einkuenfte_monat": cent(F(g_cent, 100))},
            {"prozent": 15, "miete_unter": cent(F(x_c, 100)), "einkuenfte_ueber": cent(F(y_c, 100))})


def zeile(von, bis, betrag, rs):
    """a Tenor line; rs None: a month after § 28, for which no law computes an amount"""
    return {"von": von, "bis": bis, "wohngeld_monat": betrag, "rechtsstand": rs}


GOLD = []


def golden(id_, titel, eingabe, datum, briefe, quelle, herleitung):
    GOLD.append({"id": id_, "titel": titel, "datum": datum, "eingabe": eingabe, "erwartet": briefe, "quelle": quelle,
                 "herleitung": herleitung})


# 1. Bewilligung with a law change inside the BWZ: hand-zeitraum-2024-2025 (206 EUR under P2023,
#    228 EUR under P2025, golden/HANDHERLEITUNG.md). Rente 1 100 EUR/month: Einkünfte (§ 22 EStG)
#    13 200 − 102 (§ 9a Nr. 3 EStG) = 13 098 EUR/year → G_B 1 091,50.
g = lies("hand-zeitraum.jsonl", "hand-zeitraum-2024-2025")
ab = {a["von"]: a for a in g["erwartet"]["abschnitte"]}
b, m = bezug("500.00", 13098)
golden("bewilligung-rechtsaenderung", "Bewilligung, Rechtsänderung am 01.01.2025 im Bewilligungszeitraum", g["eingabe"],
       "2024-06-20",
       [{"art": "bewilligung", "nummer": 1, "nach_anhoerung": False, "datum": "2024-06-20", "bekanntgabe": bekanntgabe("2024-06-20"),
         "tenor": [zeile("2024-07-01", "2024-12-31", ab["2024-07"]["wohngeld_monat"], "2023"),
                   zeile("2025-01-01", "2025-06-30", ab["2025-01"]["wohngeld_monat"], "2025")],
         "abgelehnt": [], "bezug": b, "meldegrenzen": m,
         "enthaelt": [["tenor_text", "vom 01.07.2024 bis 31.12.2024: 206 Euro monatlich"],
                      ["tenor_text", "vom 01.01.2025 bis 30.06.2025: 228 Euro monatlich"],
                      ["Rechtsänderung", "Ab dem 01.01.2025"], ["Ihre Pflicht, Änderungen mitzuteilen", "424,99 Euro oder weniger"],
                      ["Ihre Pflicht, Änderungen mitzuteilen", "1.255,23 Euro oder mehr"],
                      ["Grundlagen der Bewilligung", "1.091,50 Euro"], ["Weiterleistung", "30.06.2025"],
                      ["Rechtsbehelfsbelehrung", "Widerspruch"]],
         "anlagen": 2}],
       g["quelle"], "Bekanntgabe 2024: dritter Tag (Sonntag 23.06.) → Montag 24.06.2024. M_B 500,00 → 0,85 · 500 = 425,00, "
       "größter Cent darunter 424,99. G_B 13 098 / 12 = 1 091,50; 1,15 · 1 091,50 = 1 255,225 → 1 255,23.")

# 2. Mischhaushalt: BMWSB example 10 (father counted, son excluded under § 7 Abs. 1; 191 EUR).
#    Rente 880: 10 560 − 102 = 10 458 EUR/year → G_B 871,50; only the father counts (§ 24 Abs. 3).
g = lies("official-2025.jsonl", "bmwsb-2025-10")
b, m = bezug("570.00", 10458)
golden("mischhaushalt", "Bewilligung für einen Mischhaushalt (ein Mitglied nach § 7 ausgeschlossen)", g["eingabe"], "2025-01-15",
       [{"art": "bewilligung", "nummer": 1, "datum": "2025-01-15", "bekanntgabe": bekanntgabe("2025-01-15"),
         "tenor": [zeile("2025-01-01", "2025-12-31", g["erwartet"]["wohngeld_monat"], "2025")], "bezug": b, "meldegrenzen": m,
         "enthaelt": [["Grundlagen der Bewilligung", "Haushaltsmitglieder (vater) von 871,50 Euro"],
                      ["Ihre Pflicht, Änderungen mitzuteilen", "484,49 Euro"], ["Ihre Pflicht, Änderungen mitzuteilen", "1.002,23 Euro"]],
         "anlagen": 1}],
       g["quelle"], "Bekanntgabe 19.01.2025 (Sonntag) → 20.01.2025. 0,85 · 570 = 484,50 → 484,49; 1,15 · 871,50 = 1 002,225 → 1 002,23.")

# 3. Lastenzuschuss: hand-2025-belastung (317 EUR). Arbeitslohn 2 600: 31 200 − 1 230 = 29 970
#    EUR/year → G_B 2 497,50. M_B is the Belastung of § 10 (900,00), before the § 11 Abs. 2 deduction.
g = lies("hand-2025.jsonl", "hand-2025-belastung")
b, m = bezug("900.00", 29970)
golden("lastenzuschuss", "Bewilligung eines Lastenzuschusses", g["eingabe"], "2025-07-21",
       [{"art": "bewilligung", "nummer": 1, "datum": "2025-07-21", "bekanntgabe": bekanntgabe("2025-07-21"),
         "tenor": [zeile("2025-08-01", "2026-07-31", g["erwartet"]["wohngeld_monat"], "2025")], "bezug": b, "meldegrenzen": m,
         "enthaelt": [["tenor_text", "als Lastenzuschuss"], ["Grundlagen der Bewilligung", "eine Belastung von monatlich 900,00 Euro"],
                      ["Grundlagen der Bewilligung", "(e1, e2 und k)"], ["Ihre Pflicht, Änderungen mitzuteilen", "764,99 Euro"],
                      ["Ihre Pflicht, Änderungen mitzuteilen", "2.872,13 Euro"]],
         "anlagen": 1}],
       g["quelle"], "BWZ 12 Monate ab dem Stichtagsmonat (behoerde.json). 0,85 · 900 = 765 → 764,99; 1,15 · 2 497,50 = 2 872,125 → 2 872,13.")

# 4. Ablehnung § 21 Nr. 1: hand-2025-betrag-9 (the formula gives 9 EUR, below 10).
g = lies("hand-2025.jsonl", "hand-2025-betrag-9")
golden("ablehnung-mindestbetrag", "Ablehnung, Wohngeld unter 10 Euro (§ 21 Nr. 1)", g["eingabe"], "2025-05-26",
       [{"art": "ablehnung", "nummer": 1, "datum": "2025-05-26", "bekanntgabe": bekanntgabe("2025-05-26"), "tenor": [],
         "abgelehnt": [{"von": "2025-06-01", "bis": "2026-05-31", "grund": "unter_mindestbetrag", "norm": "§ 21 Nr. 1 WoGG"}],
         "bezug": None,
         "enthaelt": [["tenor_text", "vom 01.06.2025 bis 31.05.2026 wird abgelehnt"], ["Gründe", "ein Wohngeld von 9 Euro monatlich"],
                      ["Gründe", "weniger als 10 Euro"], ["Rechtsbehelfsbelehrung", "eines Monats"]],
         "anlagen": 1}],
       g["quelle"], "Bekanntgabe 30.05.2025 (Freitag; der 29.05. ist Himmelfahrt, aber nicht der vierte Tag).")

# 5. Ablehnung § 20 Abs. 2: hand-2025-20-2.
g = lies("hand-2025.jsonl", "hand-2025-20-2")
golden("ablehnung-ausbildung", "Ablehnung, alle Mitglieder dem Grunde nach ausbildungsgefördert (§ 20 Abs. 2)", g["eingabe"],
       "2025-04-22",
       [{"art": "ablehnung", "nummer": 1, "datum": "2025-04-22", "bekanntgabe": "2025-04-28",
         "abgelehnt": [{"von": "2025-05-01", "bis": "2026-04-30", "grund": "ausbildungsfoerderung", "norm": "§ 20 Abs. 2 WoGG"}],
         "aussteuerung": [], "enthaelt": [["Gründe", "s1, s2"], ["Gründe", "Ausbildungsförderung"]]}],
       g["quelle"], "Bekanntgabe 26.04.2025 (Samstag) → Montag 28.04.2025.")

# 6. Ablehnung § 21 Nr. 2: hand-2025-21-2, with the second member's Ausschlussgrund given (the
#    letter must name the benefit; the amount's derivation does not read the text).
g = lies("hand-2025.jsonl", "hand-2025-21-2")
e = json.loads(json.dumps(g["eingabe"]))
e["id"] = "hand-2025-21-2-begruendet"
e["mitglieder"][1]["ausschlussgrund"] = "Bürgergeld mit KdU"
golden("ablehnung-alle-ausgeschlossen", "Ablehnung, alle Mitglieder ausgeschlossen (§ 21 Nr. 2, § 7 Abs. 1)", e, "2025-04-22",
       [{"art": "ablehnung", "nummer": 1, "bekanntgabe": "2025-04-28",
         "abgelehnt": [{"von": "2025-05-01", "bis": "2026-04-30", "grund": "alle_ausgeschlossen", "norm": "§ 21 Nr. 2, §§ 7, 8 Abs. 1 WoGG"}],
         "aussteuerung": [], "enthaelt": [["Gründe", "a (Bürgergeld mit KdU); b (Bürgergeld mit KdU)"], ["Hinweis", "§ 25 Abs. 3 WoGG"]]}],
       g["quelle"], "Wie hand-2025-21-2; der Grund des zweiten Mitglieds ergänzt.")

# 7. A person decides: hand-2025-vermoegen-nein (§ 21 Nr. 3 is an appraisal).
g = lies("hand-2025.jsonl", "hand-2025-vermoegen-nein")
golden("aussteuerung-vermoegen", "Aussteuerung an einen Menschen (§ 21 Nr. 3: Wertung)", g["eingabe"], "2025-04-22",
       [{"art": "aussteuerung", "nummer": 1, "tenor": [], "aussteuerung_enthaelt": ["vermoegen"], "anlagen": 0,
         "enthaelt": [["Entscheidung durch einen Menschen", "nicht vollautomatisch"]]}],
       g["quelle"], "§ 31a SGB X: eine Wertung (missbräuchliche Inanspruchnahme) entscheidet ein Mensch.")

# 8. Einladung with a rent threshold: vp-bremen-rentner (0 … 345 EUR, a claim from a rent of 69,35 EUR).
g = lies("vorpruefung-hand.jsonl", "vp-bremen-rentner")
golden("einladung-schwelle", "Einladung nach der Vorprüfung, mit Mietschwelle", g["eingabe"], "2025-02-17",
       [{"art": "einladung", "nummer": 1, "datum": "2025-02-17", "bekanntgabe": "2025-02-21", "tenor": [], "tenor_text": None,
         "einladung": {"wohngeld_min": 0, "wohngeld_max": 345,
                       "schwellen": [{"feld": "wohnkosten.betrag_monat", "art": "ab", "betrag": "69.35"}],
                       "fehlt": [{"feld": "wohnkosten.betrag_monat",
                                  "unterlage": BEHOERDE["einladung"]["unterlagen"]["wohnkosten.betrag_monat"]}]},
         "enthaelt": [["Kein Bescheid", "kein Bescheid und keine Zusage"], ["Was Sie erwarten können", "bis zu 345 Euro"],
                      ["Ab wann sich ein Antrag lohnt", "mindestens 69,35 Euro"], ["So beantragen Sie Wohngeld", "17.03.2025"],
                      ["Ihre Daten", "§ 34 BMG"]],
         "ohne": ["Rechtsbehelfsbelehrung"]}],
       g["quelle"], "Frist der Einladung: Datum + 4 Wochen (behoerde.json) = 17.03.2025. Keine Belehrung: kein Verwaltungsakt.")

# 9./10. § 27 Abs. 2 decrease with Erstattung and two joint debtors, and its Anhörung: fall-auszug
#    (186 → 73 EUR from 01.12.2025, golden/FALL-HERLEITUNG.md), evaluated on 20.01.2026: paid are the
#    months whose first day is on or before that day (12/2025, 01/2026): 2 × (186 − 73) = 226 EUR.
#    § 29 Abs. 1: the adult counted members of the Bescheid's household, mutter and sohn (both 40).
g = lies("fall-hand.jsonl", "fall-auszug")
e = json.loads(json.dumps(g["eingabe"]))
e["stand"] = "2026-01-20"
e["entscheidung_am"] = "2026-01-20"
alt, neu = 186, 73
an_datum = "2026-01-20"
ent = danach(frist(an_datum))
monate = [{"monat": mo, "gezahlt": alt, "zusteht": neu, "differenz": alt - neu} for mo in ("2025-12", "2026-01")]
golden("aenderung-27-2-erstattung", "§ 27 Abs. 2: Verringerung, Erstattung, zwei Gesamtschuldner — Anhörung und Bescheid", e, None,
       [{"art": "anhoerung", "nummer": 1, "nach_anhoerung": False, "datum": an_datum, "bekanntgabe": bekanntgabe(an_datum),
         "tenor": [], "beabsichtigt": [zeile("2025-12-01", "2026-02-28", neu, "2025")],
         "anhoerung": {"frist": frist(an_datum), "tage": 14},
         "enthaelt": [["Ihre Frist", "bis zum 09.02.2026"], ["Ihre Frist", "Einsicht in die Akten"],
                      ["Was wir beabsichtigen", "mehr als 73 Euro"], ["Beabsichtigte Erstattung", "226 Euro zurückzufordern"]],
         "erstattung": {"betrag": 226, "ueberzahlung": 226, "schuldner": ["mutter", "sohn"], "monate": monate},
         "ohne": ["Rechtsbehelfsbelehrung"]},
        {"art": "aenderung", "nummer": 2, "nach_anhoerung": True, "datum": ent, "bekanntgabe": bekanntgabe(ent),
         "wirksam": "2025-12-01", "tenor": [zeile("2025-12-01", "2026-02-28", neu, "2025")],
         "erstattung": {"betrag": 226, "ueberzahlung": 226, "schuldner": ["mutter", "sohn"], "faellig": faellig(ent),
                        "monate": monate},
         "rechtsweg_enthaelt": ["§ 27 Abs. 2 WoGG", "§ 50 Abs. 1 SGB X"],
         "enthaelt": [["tenor_text", "mit Wirkung vom 01.12.2025 aufgehoben, soweit er mehr als 73 Euro"],
                      ["tenor_text", "mutter und sohn haften als Gesamtschuldner"],
                      ["Gründe", "Zu berücksichtigende Haushaltsmitglieder: bisher 2, jetzt 1"],
                      ["Erstattung", "bis zum 18.03.2026"], ["Rechtsbehelfsbelehrung", "Widerspruch"]],
         "anlagen": 1}],
       g["quelle"], f"Anhörung vom 20.01.2026: Bekanntgabe 24.01. (Samstag) → 26.01.2026; Frist + 14 Tage = 09.02.2026; "
       f"Bescheid am nächsten Werktag {ent}, Bekanntgabe {bekanntgabe(ent)}, fällig + 30 Tage = {faellig(ent)}.")

# 11. § 28 Abs. 1: the last member moved out on 16.09.2025 (fall-auszug-letztes), known 18.09.,
#     decided before October was paid: no Erstattung; the award is ineffective from 01.10.2025
#     (the use ended not on a 1st: from the next month's 1st).
g = lies("fall-hand.jsonl", "fall-auszug-letztes")
e = json.loads(json.dumps(g["eingabe"]))
e["id"] = "fall-auszug-letztes-rechtzeitig"
e["stand"] = "2025-09-22"
e["entscheidung_am"] = "2025-09-22"
e["verlauf"][0]["bekannt"] = "2025-09-18"
an_datum = "2025-09-22"
ent = danach(frist(an_datum))
golden("aufhebung-28", "§ 28 Abs. 1: die Bewilligung wird unwirksam (Feststellung), ohne Überzahlung", e, None,
       [{"art": "anhoerung", "nummer": 1, "datum": an_datum, "anhoerung": {"frist": frist(an_datum), "tage": 14},
         "beabsichtigt": [zeile("2025-10-01", "2026-02-28", 0, None)], "erstattung": None},
        {"art": "aufhebung", "nummer": 2, "nach_anhoerung": True, "datum": ent, "wirksam": "2025-10-01",
         "tenor": [zeile("2025-10-01", "2026-02-28", 0, None)], "erstattung": None, "rechtsweg_enthaelt": ["§ 28 Abs. 1 WoGG", "§ 28 Abs. 5 WoGG"],
         "enthaelt": [["tenor_text", "ab dem 01.10.2025 unwirksam geworden (§ 28 Abs. 1 WoGG)"], ["Rechtsbehelfsbelehrung", "Widerspruch"]],
         "anlagen": 0}],
       g["quelle"], f"Bekanntgabe 26.09.2025; Frist 10.10.2025; Entscheidung {ent}.")

# 12. § 27 Abs. 1: a rent raised retroactively from 01.05.2025 (300 → 360 EUR), application on
#     12.08.2025 — as fall-miete-rueckwirkend, but with the pension as item, so § 24 Abs. 3 can be
#     stated. P2025, Mietenstufe I, one member: H + K = 361 + 19,20 = 380,20 ≥ 360; E = 110,40.
#     Rente 1 100: 13 098 EUR/year Einkünfte; § 16 Abs. 1 Nr. 2 (Kranken-/Pflegeversicherung): −10 %
#     → 11 788,20 EUR → Y = 982,35 EUR.
Y = d("11788.20") / 12
w_alt = faelle.anlage3(d("300") + d("110.40"), Y, faelle.ABC25[1], faelle.MIN25[1])["W"]
w_neu = faelle.anlage3(d("360") + d("110.40"), Y, faelle.ABC25[1], faelle.MIN25[1])["W"]
haus = lambda miete: {"mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": miete},  # noqa: E731
                      "mitglieder": [{"id": "a", "alter": 70, "abzug_kranken_pflege": True,
                                      "einkommen": [{"art": "rente", "betrag_monat": "1100.00"}]}]}
e = {"format": "wohngeld-fall/1", "id": "bescheid-27-1-miete", "antrag": "2025-03-10", "stand": "2025-08-20",
     "entscheidung_am": "2025-08-20", "bewilligung": {"von": "2025-03", "bis": "2026-02"}, "haushalt": haus("300.00"),
     "verlauf": [{"ab": "2025-05-01", "bekannt": "2025-08-05", "rueckwirkend": True, "haushalt": haus("360.00")},
                 {"ab": "2025-08-12", "ereignisse": [{"art": "antrag_erhoehung", "datum": "2025-08-12"}]}]}
b, m = bezug("360.00", 13098)
golden("bewilligung-27-1", "§ 27 Abs. 1: höheres Wohngeld auf Antrag, rückwirkend erhöhte Miete", e, None,
       [{"art": "bewilligung", "nummer": 1, "nach_anhoerung": False, "datum": "2025-08-20", "bekanntgabe": "2025-08-25",
         "wirksam": "2025-05-01", "tenor": [zeile("2025-05-01", "2026-02-28", w_neu, "2025")], "bezug": b, "meldegrenzen": m,
         "enthaelt": [["tenor_text", f"ab dem 01.05.2025 ein höheres Wohngeld"], ["Gründe", f"bisher {w_alt} Euro"],
                      ["Ihre Pflicht, Änderungen mitzuteilen", "305,99 Euro"], ["Grundlagen der Bewilligung", "1.091,50 Euro"]],
         "anlagen": 1}],
       "Handherleitung hier (Anlage 3 mit faelle.anlage3)",
       f"W(300) = {w_alt}, W(360) = {w_neu}; R steigt um 20 % > 10 % (§ 27 Abs. 1 Nr. 2 i.d.F. 2023); "
       "Bekanntgabe 24.08.2025 (Sonntag) → 25.08.2025; 0,85 · 360 = 306 → 305,99.")

# 13. § 30a: fall-30a-je-aufhebung decided in time — the hearing on 02.12.2024 ends on 19.12.2024,
#     the decisions on 20.12.2024 (still in 2024): both overpayments (21 and 49 EUR) stay at or
#     below 50 EUR per decision, no Erstattung (golden/FALL-HERLEITUNG.md).
g = lies("fall-hand.jsonl", "fall-30a-je-aufhebung")
e = json.loads(json.dumps(g["eingabe"]))
e["id"] = "fall-30a-angehoert"
e["entscheidung_am"] = "2024-12-02"
golden("bagatelle-30a", "§ 30a: zwei Aufhebungen ohne Erstattung", e, None,
       [{"art": "anhoerung", "nummer": 1, "datum": "2024-12-02", "bekanntgabe": "2024-12-05", "anhoerung": {"frist": "2024-12-19", "tage": 14}},
        {"art": "aenderung", "nummer": 2, "nach_anhoerung": True, "datum": "2024-12-20", "bekanntgabe": "2024-12-23",
         "tenor": [zeile("2024-11-01", "2024-11-30", 28, "2023")],
         "erstattung": {"betrag": 0, "ueberzahlung": 21, "faellig": None,
                        "monate": [{"monat": "2024-11", "gezahlt": 49, "zusteht": 28, "differenz": 21}]},
         "enthaelt": [["Keine Erstattung", "§ 30a"]]},
        {"art": "aufhebung", "nummer": 3, "nach_anhoerung": True, "datum": "2024-12-20",
         "tenor": [zeile("2024-12-01", "2024-12-31", 0, None)],
         "erstattung": {"betrag": 0, "ueberzahlung": 49, "monate": [{"monat": "2024-12", "gezahlt": 49, "zusteht": 0, "differenz": 49}]},
         "enthaelt": [["Keine Erstattung", "49 Euro"]]}],
       g["quelle"], "Bekanntgabe 2024: + 3 Tage = 05.12.2024; Frist 19.12.2024; Entscheidung 20.12.2024 (§ 30a gilt bis 31.12.2024).")


def main():
    with open(os.path.join(GOLDEN, "bescheide", "briefe-hand.jsonl"), "w", encoding="utf-8") as f:
        for g_ in GOLD:
            f.write(json.dumps(g_, ensure_ascii=False) + "\n")
    print(f"{len(GOLD)} Situationen → golden/bescheide/briefe-hand.jsonl")


if __name__ == "__main__":
    main()
