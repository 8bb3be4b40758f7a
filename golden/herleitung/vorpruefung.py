#!/usr/bin/env python3
"""Hand derivations of the screening golden cases (golden/vorpruefung-*.jsonl, docs/vorpruefung.md).

Independent of the engine, like faelle.py: the statutory numbers are typed here from docs/recht.md
(section and table named beside each), the income and rent rules are written out per case, and
only the Anlage-3 steps are the shared helper of faelle.py (written from the text of Anlage 3).
The bounds of each box are found by enumerating every cent (and every age and flag) of its
unknowns with these hand formulas — a brute force the engine's branch-and-bound must match — or,
for an unbounded rent, by the argument written beside the case. Exact fractions, no floating point.

Run:  python3 golden/herleitung/vorpruefung.py   (rewrites golden/vorpruefung-*.jsonl and
      golden/VORPRUEFUNG-HERLEITUNG.md; a golden file changes only with a legal reason).
"""
import json
import os
import sys
from fractions import Fraction as F

HIER = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HIER)
from faelle import anlage3, d, geld  # noqa: E402  (the Anlage-3 helper, faelle.py)

GOLDEN = os.path.dirname(HIER)

# P2025 (recht.md 4.6): WoGG Anlage 2 and 3, BGBl. 2024 I Nr. 314; § 12 Abs. 6, 7
ABC25 = {1: ("0.04", "0.0004797", "0.0000408"), 2: ("0.03", "0.0003571", "0.0000304"),
         12: ("-0.12", "0.0001107", "0.0000221")}
MIN25 = {1: (54, 396), 2: (67, 679), 12: (298, 2943)}
H25 = {(1, 1): 361, (3, 1): 456, (3, 2): 551, (4, 2): 619}      # Anlage 1 (Mietenstufe, n)
K25 = {1: d("19.20"), 2: d("24.80")}                             # § 12 Abs. 7
E25 = {1: d("110.40"), 2: d("142.60"), 12: d("225.40") + 7 * d("27.60")}  # § 12 Abs. 6 Gesamtbetrag
# P2023 (recht.md 4.5): a, b, c and minima for one member, Höchstbetrag Stufe III (n = 1)
ABC23 = {1: ("0.04", "0.0004991", "0.0000462")}
MIN23 = {1: (52, 350)}
H23 = {(3, 1): 438}
# P2016 (recht.md 4.1): no Heizkosten amount, no Klimakomponente
ABC16 = {2: ("0.03", "0.00044", "0.000103")}
MIN16 = {2: (59, 310)}
H16 = {(3, 2): 473}
AN_PAUSCH_2025 = 1230      # § 9a Satz 1 Nr. 1 Buchst. a EStG, 2025
PAUSCH_RENTE = 102         # § 9a Satz 1 Nr. 3 EStG
RBS1_2025 = 563            # Anlage zu § 28 SGB XII, 2025 (§ 17a cap: 12 × 50 %)


def wohngeld(M, Y, abc, minima, mindest=10):
    """The amount (whole euros, 0 below the Mindestbetrag of § 21 Nr. 1)."""
    w = anlage3(M, Y, abc, minima)["W"]
    return w if w >= mindest else 0


def cent(x):
    return int(x * 100)


FAELLE = []


def fall(id_, titel, eingabe, herleitung, erwartet):
    eingabe = dict({"format": "wohngeld-haushalt/1", "id": id_}, **eingabe)
    FAELLE.append((id_, titel, eingabe, herleitung, erwartet))


def schwelle_ab(f, lo, hi):
    """Smallest x in [lo, hi] (cents) with f(x) > 0, scanning every cent."""
    for x in range(lo, hi + 1):
        if f(x) > 0:
            return x
    return None


# ---- 1. Bremen: a pensioner couple, rent unknown -------------------------------------------
# Bremen, Stadt (AGS 04011000) is Mietenstufe IV in the WoGV list from 2023 (docs/mietenstufen.md).
Y = ((d("1100") * 12 - PAUSCH_RENTE) + (d("450") * 12 - PAUSCH_RENTE)) * d("0.9") / 12
KAPPE = H25[(4, 2)] + K25[2]


def bremen(r):
    M = min(F(r, 100), KAPPE) + E25[2]
    return wohngeld(M, Y, ABC25[2], MIN25[2])


# the amount depends on the rent only through M = min(R, H + K) + E: for rents from 643.80 on it is
# constant; below it every cent from 0 is enumerated
werte = [bremen(r) for r in range(0, cent(KAPPE) + 1)]
ab = schwelle_ab(bremen, 0, cent(KAPPE))
fall("vp-bremen-rentner", "Bremen, Rentnerehepaar, Miete unbekannt (docs/vorpruefung.md, Beispiel)",
     {"stichtag": "2025-03-01", "gemeinde": "04011000", "wohnkosten": {"art": "miete", "betrag_monat": "unbekannt"},
      "mitglieder": [{"alter": 74, "abzug_kranken_pflege": True, "einkommen": [{"art": "rente", "betrag_monat": "1100.00"}]},
                     {"alter": 71, "abzug_kranken_pflege": True, "einkommen": [{"art": "rente", "betrag_monat": "450.00"}]}]},
     ["Y = ((13 200 − 102) + (5 400 − 102)) × (1 − 10 %) / 12 = 16 556,40 / 12 = 1 379,70 (§§ 14, 16; Pauschbetrag 102)",
      f"H (P2025, Mietenstufe IV, 2 Personen) = 619, K = 24,80: R zählt bis {geld(KAPPE)}; E = 142,60",
      f"Miete 0 bis {geld(KAPPE)} Cent für Cent gerechnet: Minimum {min(werte)} (Miete 0), Maximum {max(werte)}",
      f"jede Miete ab {geld(KAPPE)} ergibt dasselbe M = {geld(KAPPE + E25[2])}: Maximum {werte[-1]}, Zeuge Miete {geld(KAPPE)}",
      f"kleinste Miete mit Anspruch (§ 21 Nr. 1: ≥ 10 Euro): {geld(F(ab, 100))}"],
     {"status": "ok", "anspruch": None, "wohngeld_monat": None,
      "spanne": {"einstufung": "offen", "wohngeld_min": min(werte), "wohngeld_max": max(werte),
                 "schwellen": [{"feld": "wohnkosten.betrag_monat", "richtung": "ab", "cent": ab}],
                 "fehlt": ["wohnkosten.betrag_monat"],
                 "max_bei": {"wohnkosten": {"betrag_monat": geld(KAPPE)}}}})

# ---- 2. § 17 Nr. 4: the child's age around 25 ------------------------------------------------
eltern = (d("1800") * 12 - AN_PAUSCH_2025) * d("0.7")      # three § 16 criteria: 30 %
kind = d("450") * 12 - AN_PAUSCH_2025                       # no § 16 criterion
M17 = min(d("700"), H25[(3, 2)] + K25[2]) + E25[2]
ergebnis17 = {}
for alter in (24, 25, 26):
    fb = min(kind, d("1200")) if alter < 25 else 0          # § 17 Nr. 4: under 25
    ergebnis17[alter] = wohngeld(M17, (eltern + kind - fb) / 12, ABC25[2], MIN25[2])
mn17, mx17 = min(ergebnis17.values()), max(ergebnis17.values())
fall("vp-17-4-alter", "§ 17 Nr. 4: Alter des Kindes 24 bis 26, der Freibetrag nur unter 25",
     {"stichtag": "2025-04-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "700.00"},
      "mitglieder": [{"alter": 50, "abzug_steuern": True, "abzug_kranken_pflege": True, "abzug_rente": True,
                      "einkommen": [{"art": "arbeitslohn", "betrag_monat": "1800.00"}]},
                     {"alter": {"von": 24, "bis": 26}, "kind_eines_mitglieds": True,
                      "einkommen": [{"art": "arbeitslohn", "betrag_monat": "450.00"}]}]},
     [f"Elternteil: (21 600 − 1 230) × 70 % = {geld(eltern)}; Kind: 5 400 − 1 230 = {geld(kind)}",
      "§ 17 Nr. 4 unter 25: Freibetrag min(4 170, 1 200) = 1 200; ab 25: keiner",
      f"M = min(700, 551 + 24,80) + 142,60 = {geld(M17)}",
      f"Alter 24: {ergebnis17[24]} Euro; 25: {ergebnis17[25]}; 26: {ergebnis17[26]}"],
     {"status": "ok", "spanne": {"wohngeld_min": mn17, "wohngeld_max": mx17,
                                 "einstufung": "anspruch_sicher" if mn17 > 0 else "kein_anspruch_sicher" if mx17 == 0 else "offen",
                                 "schwellen": [],
                                 "min_bei": {"mitglieder": [{}, {"alter": 25}]},
                                 "max_bei": {"mitglieder": [{}, {"alter": 24}]}}})

# ---- 3. § 17a: the amount highest inside the pension's interval ------------------------------
LOHN = d("1400") * 12 - AN_PAUSCH_2025
KAPPE17A = 12 * RBS1_2025 / 2


def y17a(r):
    S = F(r, 100) * 12
    fb = 0 if S <= 0 else min(min(S, 1200) + d("0.3") * max(S - 1200, 0), KAPPE17A)
    s = LOHN + max(S - PAUSCH_RENTE, 0)
    return max(s * d("0.9") - fb, 0) / 12


M17A = min(d("500"), H25[(3, 1)] + K25[1]) + E25[1]
w17a = [wohngeld(M17A, y17a(r), ABC25[1], MIN25[1]) for r in range(0, 15001)]
mx = max(w17a)
arg = [r for r, w in enumerate(w17a) if w == mx]
fall("vp-17a-innen", "§ 17a: Rente 0 bis 150 Euro, das Maximum liegt innen (bei 100 Euro)",
     {"stichtag": "2025-05-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
      "mitglieder": [{"alter": 66, "abzug_kranken_pflege": True, "grundrentenzeiten_33_jahre": True,
                      "einkommen": [{"art": "arbeitslohn", "betrag_monat": "1400.00"},
                                    {"art": "rente", "betrag_monat": {"von": "0", "bis": "150"}}]}]},
     ["Y × 12 = 90 % × (15 570 + max(0, S − 102)) − § 17a-Freibetrag(S), S = 12 × Rente",
      "bis S = 1 200 (100 Euro im Monat) wächst der Freibetrag um 1 je Euro Rente, das Einkommen nur um 0,9: Y fällt; danach steigt Y",
      f"jede Rente von 0,00 bis 150,00 Cent für Cent gerechnet: Minimum {min(w17a)} (bei {geld(F(w17a.index(min(w17a)), 100))}), "
      f"Maximum {mx} bei {', '.join(geld(F(r, 100)) for r in arg[:3])}{' …' if len(arg) > 3 else ''}"],
     {"status": "ok", "spanne": {"wohngeld_min": min(w17a), "wohngeld_max": mx, "einstufung": "anspruch_sicher" if min(w17a) > 0 else "offen"}})
if len(arg) == 1:
    FAELLE[-1][4]["spanne"]["max_bei"] = {"mitglieder": [{"einkommen": [{}, {"betrag_monat": geld(F(arg[0], 100))}]}]}

# ---- 4. § 21 Nr. 3: the Vermögen step --------------------------------------------------------
YV = (d("900") * 12 - PAUSCH_RENTE) / 12
MV = min(d("500"), H25[(3, 2)] + K25[2]) + E25[2]
wv = wohngeld(MV, YV, ABC25[2], MIN25[2])
fall("vp-vermoegen", "§ 21 Nr. 3: Vermögen 85 000 bis 95 000 Euro um die Grenze von 90 000",
     {"stichtag": "2025-05-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
      "vermoegen": {"von": "85000", "bis": "95000"},
      "mitglieder": [{"einkommen": [{"art": "rente", "betrag_monat": "900.00"}]}, {}]},
     ["Grenze 60 000 + 30 000 = 90 000 (WoGVwV Nr. 21.37): bis 90 000,00 kein Ausschluss, ab 90 000,01 kein Anspruch",
      f"Y = (10 800 − 102) / 12 = 891,50; M = 500 + 142,60 = 642,60: {wv} Euro"],
     {"status": "ok", "spanne": {"einstufung": "offen", "wohngeld_min": 0, "wohngeld_max": wv,
                                 "schwellen": [{"feld": "vermoegen", "richtung": "bis", "cent": 9000000}],
                                 "fehlt": ["vermoegen"]}})

# ---- 5. a Bewilligungszeitraum across the change of 2025-01-01 -------------------------------
YZ = (d("1000") * 12 - PAUSCH_RENTE) / 12
summen = {}
erste = {}
for r in range(40000, 42001):
    s = 0
    for (jahr, monat) in ((2024, 11), (2024, 12), (2025, 1), (2025, 2)):
        if jahr == 2024:
            M = min(F(r, 100), H23[(3, 1)] + K25[1]) + E25[1]     # P2023: K and E as P2025 (recht.md 4.5)
            w = wohngeld(M, YZ, ABC23[1], MIN23[1])
        else:
            M = min(F(r, 100), H25[(3, 1)] + K25[1]) + E25[1]
            w = wohngeld(M, YZ, ABC25[1], MIN25[1])
        if (jahr, monat) == (2024, 11):
            erste[r] = w
        s += w
    summen[r] = s
fall("vp-zeitraum", "Bewilligungszeitraum 2024-11 bis 2025-02, Miete 400 bis 420 Euro",
     {"zeitraum": {"von": "2024-11", "bis": "2025-02"}, "mietenstufe": 3,
      "wohnkosten": {"art": "miete", "betrag_monat": {"von": "400", "bis": "420"}},
      "mitglieder": [{"einkommen": [{"art": "rente", "betrag_monat": "1000.00"}]}]},
     ["Y = (12 000 − 102) / 12 = 991,50; 2024 nach P2023 (H = 438), 2025 nach P2025 (H = 456); M = Miete + 110,40",
      "jede Miete von 400,00 bis 420,00 Cent für Cent, jeder Monat einzeln: "
      f"Summe {min(summen.values())} bis {max(summen.values())}, erster Monat {min(erste.values())} bis {max(erste.values())}"],
     {"status": "ok", "spanne": {"wohngeld_min": min(erste.values()), "wohngeld_max": max(erste.values()),
                                 "summe_min": min(summen.values()), "summe_max": max(summen.values())}})

# ---- 6. § 17 Nr. 4: a child's earnings across the Freibetrag ---------------------------------
ELTERN2 = (d("1500") * 12 - AN_PAUSCH_2025) * d("0.9")     # one § 16 criterion
M174 = min(d("650"), H25[(3, 2)] + K25[2]) + E25[2]


def kind_verdienst(c):
    erwerb = max(F(c, 100) * 12 - AN_PAUSCH_2025, 0)      # § 14 with § 9a EStG, no § 16 criterion
    fb = min(erwerb, d("1200"))                            # § 17 Nr. 4, the child is 20
    return wohngeld(M174, (ELTERN2 + erwerb - fb) / 12, ABC25[2], MIN25[2])


w174 = [kind_verdienst(c) for c in range(10000, 30001)]
fall("vp-17-4-verdienst", "§ 17 Nr. 4: Verdienst des Kindes 100 bis 300 Euro im Monat, über die Grenze des Freibetrags",
     {"stichtag": "2025-06-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "650.00"},
      "mitglieder": [{"alter": 45, "abzug_kranken_pflege": True, "einkommen": [{"art": "arbeitslohn", "betrag_monat": "1500.00"}]},
                     {"alter": 20, "kind_eines_mitglieds": True,
                      "einkommen": [{"art": "arbeitslohn", "betrag_monat": {"von": "100", "bis": "300"}}]}]},
     [f"Elternteil: (18 000 − 1 230) × 90 % = {geld(ELTERN2)}; M = min(650, 575,80) + 142,60 = {geld(M174)}",
      "Kind: Erwerb = max(0, 12 × Lohn − 1 230); Freibetrag min(Erwerb, 1 200): bis 202,50 Euro im Monat zählt der Verdienst nicht, darüber voll",
      f"jeder Lohn von 100,00 bis 300,00 Cent für Cent: Minimum {min(w174)}, Maximum {max(w174)}"],
     {"status": "ok", "spanne": {"wohngeld_min": min(w174), "wohngeld_max": max(w174),
                                 "einstufung": "anspruch_sicher" if min(w174) > 0 else "offen"}})

# ---- 7. Minima and the cap at M: twelve members, a small rent --------------------------------


def zwoelf(r):
    M = F(r, 100) + E25[12]                                # below H + K: R counts in full
    w = anlage3(M, d("1000"), ABC25[12], MIN25[12])["W"]   # Y = 1 000 < Y_min = 2 943
    w = min(w, int(M))                                     # deckelung_auf_miete: at most ⌊M⌋
    return w if w >= 10 else 0


w12 = [zwoelf(r) for r in range(0, 20001)]
gedeckelt = sum(1 for r in range(0, 20001, 100) if anlage3(F(r, 100) + E25[12], d("1000"), ABC25[12], MIN25[12])["W"] > int(F(r, 100) + E25[12]))
fall("vp-12-deckel", "12 Mitglieder, Miete 0 bis 200 Euro: Mindestwert Y, Deckelung auf M (Auslegung deckelung_auf_miete)",
     {"stichtag": "2025-06-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": {"von": "0", "bis": "200"}},
      "gesamteinkommen_monat": "1000.00", "auslegung": {"deckelung_auf_miete": True},
      "mitglieder": [{} for _ in range(12)]},
     ["E (12 Mitglieder) = 225,40 + 7 × 27,60 = 418,60; M = Miete + 418,60 (unter dem Höchstbetrag)",
      "Y = 1 000 < Y_min = 2 943: Y' = 2 943; a = −0,12: z1 < 0 bei kleinem M, z4 über M",
      f"W = min(gerundetes z4, ⌊M⌋): die Deckelung greift bei {gedeckelt} von 201 vollen Euro-Mieten",
      f"jede Miete von 0,00 bis 200,00 Cent für Cent: Minimum {min(w12)}, Maximum {max(w12)}"],
     {"status": "ok", "spanne": {"wohngeld_min": min(w12), "wohngeld_max": max(w12),
                                 "einstufung": "anspruch_sicher" if min(w12) > 0 else "offen"}})

# ---- 8. Einkommensgrenzen: two cells, derived as thresholds of Y -----------------------------


def grenze(M, abc, minima):
    """Largest Y in cents with a claim: W falls with Y (a, b, c ≥ 0), so a bisection over the cents
    of the hand formula, checked at the boundary."""
    lo, hi = 0, 10 ** 7
    assert wohngeld(M, F(lo, 100), abc, minima) > 0
    while hi - lo > 1:
        m = (lo + hi) // 2
        if wohngeld(M, F(m, 100), abc, minima) > 0:
            lo = m
        else:
            hi = m
    assert wohngeld(M, F(lo, 100), abc, minima) > 0 and wohngeld(M, F(lo + 1, 100), abc, minima) == 0
    return lo


for (id_, stichtag, n, stufe, M, abc, minima, text) in (
        ("vp-grenze-2025-1-I", "2025-06-01", 1, 1, H25[(1, 1)] + K25[1] + E25[1], ABC25[1], MIN25[1],
         "P2025, 1 Person, Mietenstufe I: M = 361 + 19,20 + 110,40 = 490,60"),
        ("vp-grenze-2016-2-III", "2017-06-01", 2, 3, d(H16[(3, 2)]), ABC16[2], MIN16[2],
         "P2016, 2 Personen, Mietenstufe III: M = 473 (keine Heizkosten- und Klimakomponente)")):
    y = grenze(M, abc, minima)
    fall(id_, f"Einkommensgrenze ({text.split(':')[0]})",
         {"stichtag": stichtag, "mietenstufe": stufe, "wohnkosten": {"art": "miete", "betrag_monat": "100000.00"},
          "gesamteinkommen_monat": "unbekannt", "mitglieder": [{} for _ in range(n)]},
         [text, f"größtes Y mit Anspruch (§ 21 Nr. 1): {geld(F(y, 100))}; ein Cent mehr: kein Anspruch",
          f"brutto bei 10 / 20 / 30 % Abzug: {geld(F(y * 100 // 90, 100))} / {geld(F(y * 100 // 80, 100))} / {geld(F(y * 100 // 70, 100))}"],
         {"status": "ok", "spanne": {"einstufung": "offen", "wohngeld_min": 0,
                                     "schwellen": [{"feld": "gesamteinkommen_monat", "richtung": "bis", "cent": y}]}})


# ---- 9. the gross columns of `wohngeld grenzen` (issue 22): one earner, the others without income,
# the rent at the Höchstbetrag; the largest monthly gross with a claim, found over the cents of the
# hand formula Y(W) = (12 W − Pauschbetrag) · (1 − 10 %) / 12 (§ 14 Abs. 1 with § 9a EStG, § 16
# Abs. 1: one of the three deductions, § 13 Abs. 1: the twelfth)


def brutto_grenze(M, abc, minima, pausch, abzug):
    def y(w):
        return (12 * F(w, 100) - pausch) * (1 - F(abzug, 100)) / 12
    lo, hi = 0, 10 ** 8
    assert wohngeld(M, y(lo), abc, minima) > 0
    while hi - lo > 1:
        m = (lo + hi) // 2
        if wohngeld(M, y(m), abc, minima) > 0:
            lo = m
        else:
            hi = m
    assert wohngeld(M, y(lo), abc, minima) > 0 and wohngeld(M, y(lo + 1), abc, minima) == 0
    return lo, y(lo)


for (id_, art, pausch, flag, text) in (
        ("vp-brutto-2025-1-I-lohn-10", "arbeitslohn", AN_PAUSCH_2025, "abzug_kranken_pflege",
         "Arbeitslohn, Arbeitnehmer-Pauschbetrag 1 230 EUR (§ 9a Satz 1 Nr. 1 Buchst. a EStG), Abzug 10 % (§ 16 Abs. 1 Nr. 2)"),
        ("vp-brutto-2025-1-I-rente-10", "rente", PAUSCH_RENTE, "abzug_kranken_pflege",
         "Rente, Pauschbetrag 102 EUR (§ 9a Satz 1 Nr. 3 EStG), Abzug 10 % (§ 16 Abs. 1 Nr. 2)")):
    M = H25[(1, 1)] + K25[1] + E25[1]
    w, yw = brutto_grenze(M, ABC25[1], MIN25[1], pausch, 10)
    fall(id_, f"Bruttogrenze einer Person, Mietenstufe I, 2025 ({art}, 10 %)",
         {"stichtag": "2025-06-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "100000.00"},
          "mitglieder": [{flag: True, "einkommen": [{"art": art, "betrag_monat": "unbekannt"}]}]},
         ["P2025, 1 Person, Mietenstufe I: M = 361 + 19,20 + 110,40 = 490,60", text,
          f"Y(W) = (12 · W − {pausch}) · 0,9 / 12; größtes W in Cent mit Anspruch: {geld(F(w, 100))} "
          f"(Y = {geld(yw)}); ein Cent mehr: kein Anspruch — die Spalte {'brutto_arbeitslohn_10' if art == 'arbeitslohn' else 'brutto_rente_10'} "
          "von `wohngeld grenzen --stichtag 2025-06-01`, Mietenstufe I, 1 Mitglied"],
         {"status": "ok", "spanne": {"einstufung": "offen", "wohngeld_min": 0,
                                     "schwellen": [{"feld": "mitglieder[0].einkommen[0].betrag_monat", "richtung": "bis", "cent": w}]}})


def main():
    with open(os.path.join(GOLDEN, "vorpruefung-hand.jsonl"), "w", encoding="utf-8") as f:
        for id_, titel, ein, herl, erw in FAELLE:
            zeile = {"eingabe": ein, "erwartet": erw, "quelle": f"Handherleitung, golden/VORPRUEFUNG-HERLEITUNG.md#{id_}"}
            f.write(json.dumps(zeile, ensure_ascii=False) + "\n")
    with open(os.path.join(GOLDEN, "VORPRUEFUNG-HERLEITUNG.md"), "w", encoding="utf-8") as f:
        f.write("# Hand-derived screening cases\n\nGenerated by `golden/herleitung/vorpruefung.py` (numbers from "
                "docs/recht.md, income and rent rules written out per case, the Anlage-3 steps of faelle.py; every "
                "box enumerated cent by cent with these hand formulas; no engine code involved).\n\n")
        for id_, titel, ein, herl, erw in FAELLE:
            f.write(f"<a id=\"{id_}\"></a>\n## {id_}\n\n{titel}.\n\n")
            for z in herl:
                f.write(f"- {z}\n")
            f.write(f"- **erwartet:** `{json.dumps(erw, ensure_ascii=False)}`\n\n")
    print(f"{len(FAELLE)} Fälle geschrieben")


if __name__ == "__main__":
    main()
