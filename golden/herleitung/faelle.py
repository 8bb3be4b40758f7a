#!/usr/bin/env python3
"""Hand derivations of the golden cases (golden/hand-*.jsonl) — the project's "spreadsheet".

Independence from the engine: nothing here reads tables/ or calls the engine. Every case below
spells out its own arithmetic for M and Y with the statutory numbers typed from
the law as docs/recht.md cites it (section and row named beside each number); only the Anlage-3 steps
(z1–z4 at ten decimals, rounding to euros) are a shared helper, written from the text of
Anlage 3 WoGG. Exact rational arithmetic (fractions.Fraction), no floating point.

Run:  python3 golden/herleitung/faelle.py   (rewrites golden/hand-*.jsonl and
      golden/HANDHERLEITUNG.md; review the diff — a golden file changes only with a legal reason).
"""
import json
import os
from fractions import Fraction as F

HIER = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.dirname(HIER)
E10 = F(10) ** 10


def d(s):
    """A decimal string as an exact fraction."""
    return F(s)


def rnd10(x, modus):
    """Anlage 3 Nr. 2: to ten decimals; 'h' = half away from zero, 't' = toward zero."""
    v = x * E10
    q = abs(v.numerator) // v.denominator
    rest = abs(v) - q
    if modus == "h" and rest * 2 >= 1:
        q += 1
    return F(q if v >= 0 else -q) / E10


def fmt10(x):
    v = x * E10
    assert v.denominator == 1, x
    n = v.numerator
    s = "-" if n < 0 else ""
    n = abs(n)
    return f"{s}{n // 10**10}.{n % 10**10:010d}"


def geld(x):
    """Exact amount as text with at least two decimals (as the engine prints amounts)."""
    v = x * 10000
    assert v.denominator == 1, x
    n = v.numerator
    s = f"{abs(n) // 10000}.{abs(n) % 10000:04d}".rstrip("0")
    if len(s.split(".")[1]) < 2:
        s = s.split(".")[0] + "." + (s.split(".")[1] + "00")[:2]
    return ("-" if n < 0 else "") + s


def anlage3(M, Y, abc, minima, modus="h"):
    """Anlage 3 WoGG: minima, z1..z4 at ten decimals, rounding to whole euros."""
    a, b, c = (d(x) for x in abc)
    m_min, y_min = (d(str(x)) for x in minima)
    m_f = rnd10(max(M, m_min), modus)
    y_f = rnd10(max(Y, y_min), modus)
    z1 = rnd10(a + b * m_f + c * y_f, modus)
    z2 = rnd10(z1 * y_f, modus)
    z3 = m_f - z2
    z4 = rnd10(d("1.15") * z3, modus)
    # Nr. 3: bis unter 0,50 abrunden, von 0,50 an aufrunden
    w = (z4 + F(1, 2)).numerator // (z4 + F(1, 2)).denominator
    return dict(M_formel=m_f, Y_formel=y_f, z1=z1, z2=z2, z3=z3, z4=z4, W=w)


FAELLE = []


def fall(id, titel, eingabe, herleitung, erwartet):
    eingabe = dict({"format": "wohngeld-haushalt/1", "id": id}, **eingabe)
    FAELLE.append((id, titel, eingabe, herleitung, erwartet))


def mitglied(**kw):
    m = {}
    m.update(kw)
    return m


def ergebnis(M, Y, abc, minima, modus="h", n_ueber_12=0, zuschlag=0, deckel=False, schwelle=10, mit_z=True):
    """Expected values: M and Y as printed (ten decimals), z1–z4 and the amount."""
    r = anlage3(M, Y, abc, minima, modus)
    w = r["W"]
    zeilen = [
        f"M' = max(M, {minima[0]}) = {fmt10(r['M_formel'])}; Y' = max(Y, {minima[1]}) = {fmt10(r['Y_formel'])}",
        f"a, b, c = {abc[0]}, {abc[1]}, {abc[2]}",
        f"z1 = a + b·M' + c·Y' = {fmt10(r['z1'])}; z2 = z1·Y' = {fmt10(r['z2'])}; "
        f"z3 = M' − z2 = {fmt10(r['z3'])}; z4 = 1,15·z3 = {fmt10(r['z4'])}"
        + (" (zehn Stellen abgeschnitten)" if modus == "t" else " (zehn Stellen kaufmännisch)"),
        f"gerundet (Anlage 3 Nr. 3): {w}",
    ]
    m_euro = M.numerator // M.denominator
    if deckel and w > m_euro:
        zeilen.append(f"Deckelung auf M (Auslegung deckelung_auf_miete): min({w}, ⌊M⌋ = {m_euro}) = {m_euro}")
        w = m_euro
    if n_ueber_12:
        neu = min(w + n_ueber_12 * zuschlag, m_euro)
        zeilen.append(f"§ 19 Abs. 3: {w} + {n_ueber_12} × {zuschlag} = {w + n_ueber_12 * zuschlag}, "
                      f"höchstens ⌊M⌋ = {m_euro} → {neu}")
        w = neu
    e = {"status": "ok", "herleitung": {"M": fmt10(rnd10(M, modus)), "Y": fmt10(rnd10(Y, modus))}}
    if mit_z:
        for k in ("z1", "z2", "z3", "z4"):
            e["herleitung"][k] = fmt10(r[k])
    if w < schwelle:
        zeilen.append(f"§ 21 Nr. 1: {w} < {schwelle} → kein Anspruch")
        e.update(anspruch=False, wohngeld_monat=0, grund={"code": "unter_mindestbetrag"})
    else:
        e.update(anspruch=True, wohngeld_monat=w, grund=None)
    return zeilen, e


# --------------------------------------------------------------------------------------------
# P2016 (recht.md 4.1)

ABC16_1 = ("0.04", "0.00063", "0.000138")          # Anlage 1, n = 1
ABC16_4 = ("0.01", "0.00034", "0.000043")          # Anlage 1, n = 4
ABC16_12 = ("-0.14", "0.00011", "0.00006")         # Anlage 1, n = 12
MIN16 = {1: (48, 239), 4: (81, 389), 12: (263, 1255)}  # Anlage 2 Nr. 1

Y = (d("1500") * 12 - 1000) * d("0.7") / 12
M = min(d("400"), d("390"))
z, e = ergebnis(M, Y, ABC16_1, MIN16[1])
fall("hand-2016-01", "P2016, eine Person, Lohn, alle drei § 16-Abzüge, Miete über dem Höchstbetrag",
     {"stichtag": "2018-06-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "400.00"},
      "mitglieder": [mitglied(id="p", abzug_steuern=True, abzug_kranken_pflege=True, abzug_rente=True,
                              einkommen=[{"art": "arbeitslohn", "betrag_monat": "1500.00"}])]},
     ["Y = (1 500 × 12 − 1 000 Arbeitnehmer-Pauschbetrag 2018) × (1 − 3 × 10 %) / 12 = 11 900 / 12 = 991,66…",
      "H (P2016, Stufe III, 1 Person) = 390; M = min(400, 390) = 390 (kein Heizkostenbetrag vor 2021)"] + z, e)

Y = ((d("3000") * 12 - 1000) * d("0.8") + d("450") * 12) / 12
M = min(d("1100"), d("879"))
z, e = ergebnis(M, Y, ABC16_4, MIN16[4])
fall("hand-2016-02", "P2016, Familie mit zwei Kindern, Stufe VI (höchste Stufe 2016), Minijob, Kindergeld zählt nicht",
     {"stichtag": "2019-12-31", "mietenstufe": 6, "wohnkosten": {"art": "miete", "betrag_monat": "1100.00"},
      "mitglieder": [
          mitglied(id="vater", abzug_kranken_pflege=True, abzug_rente=True,
                   einkommen=[{"art": "arbeitslohn", "betrag_monat": "3000.00"}]),
          mitglied(id="mutter", einkommen=[{"art": "minijob_pauschal", "betrag_monat": "450.00"}]),
          mitglied(id="k1", alter=8, kind_eines_mitglieds=True, einkommen=[{"art": "kindergeld", "betrag_monat": "204.00"}]),
          mitglied(id="k2", alter=5, kind_eines_mitglieds=True, einkommen=[{"art": "kindergeld", "betrag_monat": "204.00"}])]},
     ["Vater: (36 000 − 1 000) × 0,8 = 28 000; Mutter: Minijob 5 400 ohne Pauschbetrag; Kindergeld 0",
      "Y = 33 400 / 12 = 2 783,33…; H (P2016, Stufe VI, 4 Personen) = 879; M = min(1 100, 879) = 879"] + z, e)

M = min(d("1500"), d("675") + 7 * d("81"))
Y = d("3000")
z, e = ergebnis(M, Y, ABC16_12, MIN16[12], n_ueber_12=1, zuschlag=47)
fall("hand-2016-13", "P2016, 13 Mitglieder: Werte für 12, § 19 Abs. 3 mit 47 Euro",
     {"stichtag": "2017-03-15", "mietenstufe": 2, "wohnkosten": {"art": "miete", "betrag_monat": "1500.00"},
      "gesamteinkommen_monat": "3000.00", "mitglieder": [mitglied(id=f"m{i:02d}") for i in range(1, 14)]},
     ["n = 13, n_tab = 12, N_kap = 12 (Auslegung werte_fuer_12): H = 675 + 7 × 81 = 1 242; M = min(1 500, 1 242) = 1 242",
      "Y = 3 000 (vorgegeben)"] + z, e)

# --------------------------------------------------------------------------------------------
# P2020 (recht.md 4.2)

ABC20_1 = ("0.04", "0.00058", "0.000118")
ABC20_2 = ("0.03", "0.000405", "0.000088")
MIN20 = {1: (52, 275), 2: (64, 357), 3: (76, 414)}

Y = ((d("1400") * 12 - 102) * d("0.9") + (d("600") * 12 - 102) * d("0.9") - 1800) / 12
M = min(d("900"), d("767"))
z, e = ergebnis(M, Y, ABC20_2, MIN20[2])
fall("hand-2020-01", "P2020, Rentnerpaar, Stufe VII (neu 2020), § 17 Nr. 1 mit 1 800 Euro",
     {"stichtag": "2020-03-01", "mietenstufe": 7, "wohnkosten": {"art": "miete", "betrag_monat": "900.00"},
      "mitglieder": [
          mitglied(id="er", abzug_kranken_pflege=True, schwerbehindert_pflege=True,
                   einkommen=[{"art": "rente", "betrag_monat": "1400.00"}]),
          mitglied(id="sie", abzug_kranken_pflege=True, einkommen=[{"art": "rente", "betrag_monat": "600.00"}])]},
     ["er: (16 800 − 102) × 0,9 = 15 028,20; sie: (7 200 − 102) × 0,9 = 6 388,20; § 17 Nr. 1: 1 800",
      "Y = (21 416,40 − 1 800) / 12 = 1 634,70; H (P2020, Stufe VII, 2) = 767; M = 767"] + z, e)

Y = d("200") * 12 / 12
M = min(d("300"), d("338"))
z, e = ergebnis(M, Y, ABC20_1, MIN20[1])
fall("hand-2020-ymin", "P2020, Einkommen unter dem Mindestwert Y (Anlage 3 Nr. 1)",
     {"stichtag": "2020-11-30", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "300.00"},
      "mitglieder": [mitglied(id="p", einkommen=[{"art": "lohnersatz", "betrag_monat": "200.00"}])]},
     ["Y = 2 400 / 12 = 200 < 275 → Y' = 275; H (P2020, I, 1) = 338; M = 300"] + z, e)

# --------------------------------------------------------------------------------------------
# P2021 (recht.md 4.3, 5.2)

rente = d("1000") * 12
fb17a = min(min(rente, 1200) + d("0.3") * (rente - 1200), F(12 * 446, 2))
Y = ((rente - 102) * d("0.9") - fb17a) / 12
M = min(d("500"), d("478")) + d("14.40")
z, e = ergebnis(M, Y, ABC20_1, MIN20[1])
fall("hand-2021-17a", "P2021, CO2-Entlastungsbetrag, § 17a mit Obergrenze 2021 (Regelbedarfsstufe 1: 446)",
     {"stichtag": "2021-06-01", "mietenstufe": 4, "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True, grundrentenzeiten_33_jahre=True,
                              einkommen=[{"art": "rente", "betrag_monat": "1000.00"}])]},
     ["Jahreseinkommen (12 000 − 102) × 0,9 = 10 708,20",
      "§ 17a: 1 200 + 30 % × 10 800 = 4 440, höchstens 12 × 446 / 2 = 2 676",
      "Y = (10 708,20 − 2 676) / 12 = 669,35; M = min(500, 478) + 14,40 = 492,40"] + z, e)

# --------------------------------------------------------------------------------------------
# P2022 (recht.md 4.4)

ABC22_3 = ("0.02", "0.00034", "0.0000695")
eltern = (d("2500") * 12 - 1500) * d("0.8")
kind = d("300") * 12 - 1200
Y = (eltern + kind - min(kind, 1200)) / 12
M = min(d("700"), d("631")) + d("22.20")
z, e = ergebnis(M, Y, ABC22_3, MIN20[3])
fall("hand-2022-01", "P2022, Werbungskosten über dem Pauschbetrag, § 17 Nr. 4 (Kind 17) gedeckelt auf 1 200",
     {"stichtag": "2022-07-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "700.00"},
      "mitglieder": [
          mitglied(id="mutter", abzug_kranken_pflege=True, abzug_rente=True,
                   einkommen=[{"art": "arbeitslohn", "betrag_monat": "2500.00", "werbungskosten_jahr": "1500.00"}]),
          mitglied(id="partner"),
          mitglied(id="kind", alter=17, kind_eines_mitglieds=True,
                   einkommen=[{"art": "arbeitslohn", "betrag_monat": "300.00"}])]},
     ["Mutter: (30 000 − 1 500 tatsächliche Werbungskosten) × 0,8 = 22 800",
      "Kind: 3 600 − 1 200 (Arbeitnehmer-Pauschbetrag 2022) = 2 400; § 17 Nr. 4: min(2 400, 1 200) = 1 200",
      "Y = (22 800 + 2 400 − 1 200) / 12 = 2 000; H (§ 23 WoGV, III, 3) = 631; M = 631 + 22,20 = 653,20"] + z, e)

# --------------------------------------------------------------------------------------------
# P2023 (recht.md 4.5)

ABC23_1 = ("0.04", "0.0004991", "0.0000462")
MIN23 = {1: (52, 350)}
Y = ((d("520") * 12 - 240) + d("400") * 12) / 12
M = min(d("450"), d("540") + d("19.20")) + d("110.40")
z, e = ergebnis(M, Y, ABC23_1, MIN23[1])
fall("hand-2023-01", "P2023, Minijob mit tatsächlichen Aufwendungen und ALG I, Klimakomponente",
     {"stichtag": "2023-09-01", "mietenstufe": 5, "wohnkosten": {"art": "miete", "betrag_monat": "450.00"},
      "mitglieder": [mitglied(id="p", einkommen=[
          {"art": "minijob_pauschal", "betrag_monat": "520.00", "werbungskosten_jahr": "240.00"},
          {"art": "lohnersatz", "betrag_monat": "400.00"}])]},
     ["Minijob 6 240 − 240 = 6 000; ALG I 4 800 in voller Höhe; keine § 16-Abzüge; Y = 10 800 / 12 = 900",
      "H + K = 540 + 19,20 = 559,20; M = min(450, 559,20) + 110,40 = 560,40"] + z, e)

Y = (d("300") * 12 - 102) / 12
M = (min(d("10"), d("667") + 79 + d("39.20") + d("4.80")) + d("225.40") + d("27.60")) * F(1, 6)
z, e = ergebnis(M, Y, ABC23_1, MIN23[1])
fall("hand-2023-mmin", "P2023, Mischhaushalt 1 von 6, beide Mindestwerte greifen",
     {"stichtag": "2024-03-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "10.00"},
      "mitglieder": [mitglied(id="p", einkommen=[{"art": "rente", "betrag_monat": "300.00"}])] +
                    [mitglied(id=f"x{i}", zu_beruecksichtigen=False) for i in range(1, 6)]},
     ["n = 1, n_gesamt = 6: Y = (3 600 − 102) / 12 = 291,50 < 350 → Y' = 350",
      "H(6) = 667 + 79 = 746; K(6) = 39,20 + 4,80 = 44; E(6) = 225,40 + 27,60 = 253",
      "M = (min(10, 790) + 253) × 1/6 = 43,83… < 52 → M' = 52"] + z, e)

# --------------------------------------------------------------------------------------------
# P2025 (recht.md 4.6)

ABC25 = {1: ("0.04", "0.0004797", "0.0000408"), 2: ("0.03", "0.0003571", "0.0000304"),
         3: ("0.02", "0.0002917", "0.0000245"), 12: ("-0.12", "0.0001107", "0.0000221")}
MIN25 = {1: (54, 396), 2: (67, 679), 3: (79, 906), 12: (298, 2943)}

for schalter, mmin in ((True, None), (False, 54)):
    Y = d("900")
    M = d("30") + d("110.40")
    if schalter:
        z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
        zeilen = ["M = min(30, 380,20) + 110,40 = 140,40 ≥ 54: der Mindestwert greift nicht (Auslegung: auf das ganze M)"]
    else:
        # the minimum applies to the capped rent before E: max(30, 54) + 110.40
        r = anlage3(d("54") + d("110.40"), Y, ABC25[1], (0, 396))
        z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
        z = [f"M' = max(30, 54) + 110,40 = 164,40; Y' = 900",
             f"z1 = {fmt10(r['z1'])}; z2 = {fmt10(r['z2'])}; z3 = {fmt10(r['z3'])}; z4 = {fmt10(r['z4'])}",
             f"gerundet: {r['W']}"]
        e = {"status": "ok", "anspruch": True, "wohngeld_monat": r["W"],
             "herleitung": {"M": fmt10(M), "M_formel": fmt10(r["M_formel"]), "z4": fmt10(r["z4"])}}
        zeilen = ["M (§ 11) = 30 + 110,40 = 140,40; Auslegung mindestmiete_nach_entlastung = false"]
    ein = {"stichtag": "2025-02-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "30.00"},
           "mitglieder": [mitglied(id="p", einkommen=[{"art": "lohnersatz", "betrag_monat": "900.00"}])]}
    if not schalter:
        ein["auslegung"] = {"mindestmiete_nach_entlastung": False}
    fall("hand-2025-mmin-" + ("nach" if schalter else "vor"),
         "P2025, sehr kleine Miete: Mindestwert M " + ("nach (Standard)" if schalter else "vor") + " dem Entlastungsbetrag",
         ein, zeilen + z, e)

# z4 at x.50 (found by a search over rents and incomes, P2025, one person, Stufe I)
for rc, yc, text in ((20742, 124711, "knapp über x,50: aufgerundet"), (35666, 119920, "knapp unter x,50: abgerundet"),
                     (30624, 90381, "2·10^-10 über x,50: aufgerundet")):
    R = F(rc, 100)
    Y = F(yc, 100)
    M = min(R, d("361") + d("19.20")) + d("110.40")
    z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
    fall(f"hand-2025-halb-{'auf' if 'auf' in text else 'ab'}{'-eng' if '^' in text else ''}", f"P2025, z4 bei x,50 ({text})",
         {"stichtag": "2025-06-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": geld(R)},
          "gesamteinkommen_monat": geld(Y), "mitglieder": [mitglied(id="p")]},
         [f"M = {geld(R)} + 110,40 = {geld(M)}; Y = {geld(Y)} (vorgegeben)"] + z, e)

# results of 9 and 10 EUR (§ 21 Nr. 1): one person, Stufe I, rent 300.00
for ziel in (9, 10):
    M = d("300") + d("110.40")
    yc = 150000
    while anlage3(M, F(yc, 100), ABC25[1], MIN25[1])["W"] > ziel:
        yc += 100
    while anlage3(M, F(yc, 100), ABC25[1], MIN25[1])["W"] < ziel:
        yc -= 1
    Y = F(yc, 100)
    z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
    fall(f"hand-2025-betrag-{ziel}", f"P2025, gerundetes Wohngeld {ziel} Euro (§ 21 Nr. 1)",
         {"stichtag": "2025-06-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "300.00"},
          "gesamteinkommen_monat": geld(Y), "mitglieder": [mitglied(id="p")]},
         [f"M = 300 + 110,40 = 410,40; Y = {geld(Y)} (vorgegeben)"] + z, e)

# n = 12 with and without the cap at M (recht.md A2 example)
for deckel in (False, True):
    M = d("100") + d("225.40") + 7 * d("27.60")
    Y = d("2000")
    z, e = ergebnis(M, Y, ABC25[12], MIN25[12], deckel=deckel)
    ein = {"stichtag": "2025-06-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "100.00"},
           "gesamteinkommen_monat": "2000.00", "mitglieder": [mitglied(id=f"m{i:02d}") for i in range(1, 13)]}
    if deckel:
        ein["auslegung"] = {"deckelung_auf_miete": True}
    fall("hand-2025-12-" + ("deckel" if deckel else "ohne-deckel"),
         "P2025, 12 Mitglieder, kleine Miete: z4 über M" + (" mit Deckelung" if deckel else " (Standard: keine Deckelung)"),
         ein, ["E(12) = 225,40 + 7 × 27,60 = 418,60; M = min(100, H + K) + 418,60 = 518,60; Y = 2 000 < 2 943"] + z, e)

# 13 members (values for 12) and 14 members with the real number (recht.md A5)
M = min(d("2000"), d("982") + 7 * d("119") + d("39.20") + 7 * d("4.80")) + d("225.40") + 7 * d("27.60")
z, e = ergebnis(M, d("5000"), ABC25[12], MIN25[12], n_ueber_12=1, zuschlag=65)
fall("hand-2025-13", "P2025, 13 Mitglieder: Werte für 12, § 19 Abs. 3 mit 65 Euro",
     {"stichtag": "2025-06-01", "mietenstufe": 4, "wohnkosten": {"art": "miete", "betrag_monat": "2000.00"},
      "gesamteinkommen_monat": "5000.00", "mitglieder": [mitglied(id=f"m{i:02d}") for i in range(1, 14)]},
     ["H(12) = 982 + 7 × 119 = 1 815; K(12) = 39,20 + 7 × 4,80 = 72,80; E(12) = 418,60",
      "M = min(2 000, 1 887,80) + 418,60 = 2 306,40; Y = 5 000"] + z, e)

M = min(d("1600"), d("875") + 9 * d("106") + d("39.20") + 9 * d("4.80")) + d("225.40") + 9 * d("27.60")
z, e = ergebnis(M, d("4688.25"), ABC25[12], MIN25[12], n_ueber_12=2, zuschlag=65)
fall("hand-2025-14-tatsaechlich", "P2025, Länderhinweis-Fall mit 14 Mitgliedern, Auslegung tatsaechliche_zahl",
     {"stichtag": "2025-01-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "1600.00"},
      "gesamteinkommen_monat": "4688.25", "auslegung": {"ueber_12_mitglieder": "tatsaechliche_zahl"},
      "mitglieder": [mitglied(id=f"m{i:02d}") for i in range(1, 15)]},
     ["H(14) = 875 + 9 × 106 = 1 829; K(14) = 39,20 + 9 × 4,80 = 82,40; E(14) = 225,40 + 9 × 27,60 = 473,80",
      "M = min(1 600, 1 911,40) + 473,80 = 2 073,80 (recht.md A5: 1 366 Euro)"] + z, e)

# Heim (§ 9 Abs. 3)
Y = (d("1100") * 12 - 102) * d("0.9") / 12
M = d("456") + d("19.20") + d("110.40")
z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
fall("hand-2025-heim", "P2025, Heimbewohnerin: Miete = Höchstbetrag + Klimakomponente (§ 9 Abs. 3)",
     {"stichtag": "2025-04-01", "mietenstufe": 3, "heimbewohner": True,
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True, einkommen=[{"art": "rente", "betrag_monat": "1100.00"}])]},
     ["R = H + K = 456 + 19,20 = 475,20; M = 475,20 + 110,40 = 585,60",
      "Y = (13 200 − 102) × 0,9 / 12 = 982,35"] + z, e)

# Lastenzuschuss with § 11 Abs. 2 deductions
Y = (d("2600") * 12 - 1230) * d("0.7") / 12
M = min(d("900") - d("120.50"), d("587") + d("29.60")) + d("170.20")
z, e = ergebnis(M, Y, ABC25[3], MIN25[3])
fall("hand-2025-belastung", "P2025, Lastenzuschuss mit abzusetzenden Beträgen (§ 10, § 11 Abs. 2)",
     {"stichtag": "2025-08-01", "mietenstufe": 2,
      "wohnkosten": {"art": "belastung", "betrag_monat": "900.00", "abzuege_monat": "120.50"},
      "mitglieder": [mitglied(id="e1", abzug_steuern=True, abzug_kranken_pflege=True, abzug_rente=True,
                              einkommen=[{"art": "arbeitslohn", "betrag_monat": "2600.00"}]),
                     mitglied(id="e2"), mitglied(id="k", alter=3, kind_eines_mitglieds=True)]},
     ["R = 900 − 120,50 = 779,50; H + K (II, 3) = 587 + 29,60 = 616,60; M = 616,60 + 170,20 = 786,80",
      "Y = (31 200 − 1 230) × 0,7 / 12 = 1 748,25"] + z, e)

# § 18 Unterhalt
Y = ((d("3000") * 12 - 1230) * d("0.8") - min(d("600") * 12, 6000) - d("200") * 12) / 12
M = min(d("500"), d("511") + d("19.20")) + d("110.40")
z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
fall("hand-2025-unterhalt", "P2025, § 18: Unterhalt an getrennten Ehegatten gedeckelt, titulierter Unterhalt voll",
     {"stichtag": "2025-03-01", "mietenstufe": 4, "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True, abzug_rente=True,
                              einkommen=[{"art": "arbeitslohn", "betrag_monat": "3000.00"}],
                              unterhalt_gezahlt=[{"empfaenger": "ehegatte_getrennt", "betrag_monat": "600.00"},
                                                 {"empfaenger": "sonstige", "betrag_monat": "200.00", "tituliert": True}])]},
     ["Jahreseinkommen (36 000 − 1 230) × 0,8 = 27 816",
      "§ 18 Nr. 3: min(7 200, 6 000) = 6 000; § 18 Satz 2 (tituliert): 2 400 voll",
      "Y = (27 816 − 6 000 − 2 400) / 12 = 1 618; M = min(500, 530,20) + 110,40 = 610,40"] + z, e)

# § 17a under its cap, with a second income
rente = d("500") * 12
fb = min(rente, 1200) + d("0.3") * (rente - 1200)
Y = ((rente - 102 + d("600") * 12) * d("0.9") - fb) / 12
M = min(d("350"), d("456") + d("19.20")) + d("110.40")
z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
fall("hand-2025-17a", "P2025, § 17a unter der Obergrenze (Bruttorente)",
     {"stichtag": "2025-10-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "350.00"},
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True, grundrentenzeiten_33_jahre=True,
                              einkommen=[{"art": "rente", "betrag_monat": "500.00"},
                                         {"art": "lohnersatz", "betrag_monat": "600.00"}])]},
     ["S = (6 000 − 102) + 7 200 = 13 098; × 0,9 = 11 788,20",
      "§ 17a: 1 200 + 30 % × 4 800 = 2 640 (< 3 378)",
      "Y = (11 788,20 − 2 640) / 12 = 762,35; M = 350 + 110,40 = 460,40"] + z, e)

# § 21 Nr. 3 Vermögen, § 20 Abs. 2, § 21 Nr. 2
for verm, anspr in (("95000.00", False), ("90000.00", True)):
    ein = {"stichtag": "2025-05-01", "mietenstufe": 3, "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
           "vermoegen": verm,
           "mitglieder": [mitglied(id="a", einkommen=[{"art": "rente", "betrag_monat": "900.00"}]), mitglied(id="b")]}
    if anspr:
        Y = (d("900") * 12 - 102) / 12
        M = min(d("500"), d("551") + d("24.80")) + d("142.60")
        z, e = ergebnis(M, Y, ABC25[2], MIN25[2])
        zeilen = [f"Vermögen {verm} ist nicht größer als 60 000 + 30 000 = 90 000: kein Ausschluss",
                  "Y = (10 800 − 102) / 12 = 891,50; M = 500 + 142,60 = 642,60"] + z
    else:
        e = {"status": "ok", "anspruch": False, "wohngeld_monat": 0, "grund": {"code": "vermoegen"},
             "herleitung": {"vermoegensgrenze": "90000.00"}}
        zeilen = ["Vermögensgrenze 60 000 + 30 000 = 90 000 (WoGVwV Nr. 21.37); 95 000 > 90 000 → kein Anspruch"]
    fall(f"hand-2025-vermoegen-{'ja' if anspr else 'nein'}",
         f"P2025, § 21 Nr. 3: Vermögen {'an' if anspr else 'über'} der Grenze", ein, zeilen, e)

fall("hand-2025-20-2", "P2025, § 20 Abs. 2: alle Mitglieder dem Grunde nach BAföG-berechtigt",
     {"stichtag": "2025-05-01", "mietenstufe": 5, "wohnkosten": {"art": "miete", "betrag_monat": "600.00"},
      "mitglieder": [mitglied(id="s1", ausbildungsfoerderung_dem_grunde_nach=True,
                              einkommen=[{"art": "bafoeg_zuschuss", "betrag_monat": "400.00"}]),
                     mitglied(id="s2", ausbildungsfoerderung_dem_grunde_nach=True)]},
     ["beide Mitglieder sind dem Grunde nach förderungsberechtigt → kein Anspruch (§ 20 Abs. 2)"],
     {"status": "ok", "anspruch": False, "wohngeld_monat": 0, "grund": {"code": "ausbildungsfoerderung"}})

fall("hand-2025-21-2", "P2025, § 21 Nr. 2: alle Mitglieder ausgeschlossen",
     {"stichtag": "2025-05-01", "mietenstufe": 5, "wohnkosten": {"art": "miete", "betrag_monat": "600.00"},
      "mitglieder": [mitglied(id="a", zu_beruecksichtigen=False, ausschlussgrund="Bürgergeld mit KdU"),
                     mitglied(id="b", zu_beruecksichtigen=False)]},
     ["n = 0 → kein Anspruch (§ 21 Nr. 2)"],
     {"status": "ok", "anspruch": False, "wohngeld_monat": 0, "grund": {"code": "alle_ausgeschlossen"}})

# Both zwischenrundung modes on BMWSB Beispiel 1 (recht.md 8.9: z4 …524 half-up, …523 cut off)
for modus in ("h", "t"):
    M = d("335") + d("110.40")
    Y = (d("1300") * 12 - 102) * d("0.9") / 12
    z, e = ergebnis(M, Y, ABC25[1], MIN25[1], modus=modus)
    ein = {"stichtag": "2025-01-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "335.00"},
           "mitglieder": [mitglied(id="rentnerin", abzug_kranken_pflege=True,
                                   einkommen=[{"art": "rente", "betrag_monat": "1300.00"}])]}
    if modus == "t":
        ein["auslegung"] = {"zwischenrundung": "abschneiden"}
    fall(f"hand-2025-rundung-{'kaufmaennisch' if modus == 'h' else 'abschneiden'}",
         "BMWSB Beispiel 1 mit Zwischenrundung " + ("kaufmännisch" if modus == "h" else "abschneiden"), ein,
         ["M = 335 + 110,40 = 445,40; Y = (15 600 − 102) × 0,9 / 12 = 1 162,35"] + z, e)

# WoGV § 6 flat deductions and several kinds of income
R = d("950") - d("1.25") * d("62.5") - 17 - 74 - 36
M = min(R, d("745") + d("24.80")) + d("142.60")
Y = ((d("2000") * 12 - 102 + d("1500") - 100) * d("0.8") + (d("400") * 12 - 150 * 12)) / 12
z, e = ergebnis(M, Y, ABC25[2], MIN25[2])
fall("hand-2025-pauschalen", "P2025, Pauschbeträge nach § 6 WoGV; Versorgungsbezug, Kapital, ElterngeldPlus",
     {"stichtag": "2025-07-01", "mietenstufe": 6,
      "wohnkosten": {"art": "miete", "betrag_monat": "950.00",
                     "pauschalen": {"heizung_qm": "62.5", "warmwasser": True, "haushaltsenergie": True, "garage": True}},
      "mitglieder": [mitglied(id="a", abzug_steuern=True, abzug_kranken_pflege=True,
                              einkommen=[{"art": "versorgungsbezug", "betrag_monat": "2000.00"},
                                         {"art": "kapital", "betrag_jahr": "1500.00"}]),
                     mitglied(id="b", einkommen=[{"art": "elterngeld", "betrag_monat": "400.00", "plus": True}])]},
     ["R = 950 − 1,25 × 62,5 − 17 − 74 − 36 = 744,875; H + K (VI, 2) = 745 + 24,80 = 769,80; M = 744,875 + 142,60 = 887,475",
      "a: (24 000 − 102 + 1 500 − 100) × 0,8 = 20 238,40; b: ElterngeldPlus 4 800 − 12 × 150 = 3 000",
      "Y = 23 238,40 / 12 = 1 936,533…"] + z, e)

Y = ((0 + d("8000") + d("600") * 12 / 2) * d("0.9")) / 12
M = min(d("420"), d("408") + d("19.20")) + d("110.40")
z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
fall("hand-2025-einkuenfte", "P2025, Verlust aus selbständiger Arbeit wird nicht verrechnet; Vermietung; BAföG zur Hälfte",
     {"stichtag": "2025-09-01", "mietenstufe": 2, "wohnkosten": {"art": "miete", "betrag_monat": "420.00"},
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True,
                              einkommen=[{"art": "selbstaendig", "betrag_jahr": "-5000.00"},
                                         {"art": "vermietung", "betrag_jahr": "8000.00"},
                                         {"art": "bafoeg_zuschuss", "betrag_monat": "600.00"}])]},
     ["selbständig −5 000 → 0 (nur positive Einkünfte, § 14 Abs. 1); Vermietung 8 000; BAföG 7 200 / 2 = 3 600",
      "Y = 11 600 × 0,9 / 12 = 870; M = min(420, 427,20) + 110,40 = 530,40"] + z, e)

# 2027: no enacted law known → P2025 and the hint
M = d("335") + d("110.40")
Y = (d("1300") * 12 - 102) * d("0.9") / 12
z, e = ergebnis(M, Y, ABC25[1], MIN25[1])
e["rechtsstand"] = {"id": "2025"}
e["hinweise"] = [{"code": "rechtsstand_ungesichert"}]
fall("hand-2027-ungesichert", "Stichtag 2027: P2025 mit Hinweis rechtsstand_ungesichert",
     {"stichtag": "2027-03-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "335.00"},
      "mitglieder": [mitglied(id="rentnerin", abzug_kranken_pflege=True,
                              einkommen=[{"art": "rente", "betrag_monat": "1300.00"}])]},
     ["wie BMWSB Beispiel 1; kein verabschiedetes Recht für 2027 bekannt (rechenweg.md § 0)"] + z, e)

# forced rechtsstand 2023 for a 2025 Stichtag; year values follow 2025 (AN-Pauschbetrag 1 230)
Y = (d("2000") * 12 - 1230) * d("0.8") / 12
M = min(d("335"), d("347") + d("19.20")) + d("110.40")
z, e = ergebnis(M, Y, ABC23_1, MIN23[1])
e["rechtsstand"] = {"id": "2023"}
fall("hand-2025-erzwungen-2023", "Rechtsstand 2023 vorgegeben, Stichtag 2025 (Jahreswerte nach Kalenderjahr)",
     {"stichtag": "2025-05-01", "rechtsstand": "2023", "mietenstufe": 1,
      "wohnkosten": {"art": "miete", "betrag_monat": "335.00"},
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True, abzug_rente=True,
                              einkommen=[{"art": "arbeitslohn", "betrag_monat": "2000.00"}])]},
     ["Y = (24 000 − 1 230) × 0,8 / 12 = 1 518; H + K (P2023, I, 1) = 347 + 19,20; M = 335 + 110,40 = 445,40"] + z, e)

# § 17 Nr. 2, 3 and Nr. 4 at its cap
kind = (d("1500") * 12 - 1230) * d("0.8")
Y = (d("1000") * 12 + kind - 1320 - 750 - min(kind, 1200)) / 12
M = min(d("750"), d("551") + d("24.80")) + d("142.60")
z, e = ergebnis(M, Y, ABC25[2], MIN25[2])
fall("hand-2025-freibetraege", "P2025, § 17 Nr. 2 und 3, § 17 Nr. 4 für ein 19-jähriges Kind über 1 200 Euro",
     {"stichtag": "2025-11-01", "mietenstufe": 3, "alleinerziehend": True,
      "wohnkosten": {"art": "miete", "betrag_monat": "750.00"},
      "mitglieder": [mitglied(id="mutter", ns_verfolgt=True, einkommen=[{"art": "lohnersatz", "betrag_monat": "1000.00"}]),
                     mitglied(id="sohn", alter=19, kind_eines_mitglieds=True, abzug_kranken_pflege=True, abzug_rente=True,
                              einkommen=[{"art": "arbeitslohn", "betrag_monat": "1500.00"}])]},
     ["Sohn: (18 000 − 1 230) × 0,8 = 13 416; § 17 Nr. 4: min(13 416, 1 200) = 1 200",
      "Y = (12 000 + 13 416 − 1 320 − 750 − 1 200) / 12 = 1 845,50; M = 575,80 + 142,60 = 718,40"] + z, e)


# --------------------------------------------------------------------------------------------
# Place and time (issue "Place and time"): Gemeinde lookup, a Bewilligungszeitraum across the
# 2025 change, the 2027 draft scenario.

ABC23_1_ = ABC23_1
Y = (d("1100") * 12 - 102) / 12
M23 = min(d("500"), d("491") + d("19.20")) + d("110.40")   # Bremen: Stufe IV (WoGV-Liste 2023)
M25 = min(d("500"), d("511") + d("19.20")) + d("110.40")
z23, e23 = ergebnis(M23, Y, ABC23_1, MIN23[1])
z25, e25 = ergebnis(M25, Y, ABC25[1], MIN25[1])
w23, w25 = e23["wohngeld_monat"], e25["wohngeld_monat"]
fall("hand-zeitraum-2024-2025", "Bewilligungszeitraum 2024-07 bis 2025-06 über die Fortschreibung 2025, Bremen per Gemeindeschlüssel",
     {"zeitraum": {"von": "2024-07", "bis": "2025-06"}, "gemeinde": "04011000",
      "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
      "mitglieder": [mitglied(id="p", einkommen=[{"art": "rente", "betrag_monat": "1100.00"}])]},
     ["Bremen, Stadt (04011000): Mietenstufe IV (WoGV-Liste ab 2023, gesondert aufgeführt)",
      "Y = (13 200 − 102) / 12 = 1 091,50 in allen Monaten",
      "2024-07 bis 2024-12 (P2023): M = min(500, 491 + 19,20) + 110,40 = 610,40"] + z23 +
     ["2025-01 bis 2025-06 (P2025): M = min(500, 511 + 19,20) + 110,40 = 610,40"] + z25 +
     [f"Summe = 6 × {w23} + 6 × {w25} = {6 * w23 + 6 * w25}"],
     {"status": "ok", "wohngeld_monat": w23, "herleitung": {"mietenstufe": 4, "gemeinde_zeile": "gemeinde 04011000"},
      "abschnitte": [{"von": "2024-07", "bis": "2024-12", "rechtsstand": "2023", "wohngeld_monat": w23},
                     {"von": "2025-01", "bis": "2025-06", "rechtsstand": "2025", "wohngeld_monat": w25}],
      "summe": 6 * w23 + 6 * w25})

ABC27_1 = ("0.04", "0.0004797", "0.00006446")   # recht.md 4.7 (draft, unverified)
M = min(d("500"), d("511") + d("19.20")) + d("14.40") + d("48.00")
z, e = ergebnis(M, Y, ABC27_1, MIN25[1], deckel=True, schwelle=15)
e["hinweise"] = [{"code": "szenario_entwurf"}]
e["rechtsstand"] = {"id": "2027-entwurf"}
e["herleitung"]["mietenstufe"] = 4
fall("hand-2027-entwurf", "Szenario 2027-entwurf (nicht beschlossen): c × 1,58, halbe Heizkostenkomponente, Deckelung auf M",
     {"stichtag": "2027-02-01", "rechtsstand": "2027-entwurf", "gemeinde": "04011000",
      "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
      "mitglieder": [mitglied(id="p", einkommen=[{"art": "rente", "betrag_monat": "1100.00"}])]},
     ["Bremen, Stadt: Entwurfsliste 2027 Stufe IV (Name und Land zugeordnet)",
      "E = 14,40 + 96,00 / 2 = 62,40; M = min(500, 530,20) + 62,40 = 562,40; Y = 1 091,50",
      "Schwelle 15 Euro; Deckelung auf ⌊M⌋ (§ 19 Abs. 4 WoGG-E)"] + z, e)


# --------------------------------------------------------------------------------------------
# Household sizes 7 to 11 (every table row is used somewhere) and § 18 Nr. 1 and 2.

def mitglieder(n):
    return [mitglied(id=f"m{i:02d}") for i in range(1, n + 1)]

M = min(d("1300"), d("944") + 2 * d("114")) + d("29.40") + 2 * d("3.60")
z, e = ergebnis(M, d("2500"), ("-0.02", "0.000232", "0.000031"), (111, 702))
fall("hand-2022-7", "P2022, 7 Mitglieder, Stufe IV",
     {"stichtag": "2022-04-01", "mietenstufe": 4, "wohnkosten": {"art": "miete", "betrag_monat": "1300.00"},
      "gesamteinkommen_monat": "2500.00", "mitglieder": mitglieder(7)},
     ["H(7) = 944 + 2 × 114 = 1 172 (§ 23 WoGV); E(7) = 29,40 + 2 × 3,60 = 36,60; M = 1 172 + 36,60 = 1 208,60",
      "a, b, c für 7 (§ 24 WoGV); Y = 2 500"] + z, e)

M = min(d("1200"), d("1010") + 3 * d("121"))
z, e = ergebnis(M, d("2200"), ("-0.03", "0.000212", "0.0000316"), (123, 787))
fall("hand-2020-8", "P2020, 8 Mitglieder, Stufe V",
     {"stichtag": "2020-08-01", "mietenstufe": 5, "wohnkosten": {"art": "miete", "betrag_monat": "1200.00"},
      "gesamteinkommen_monat": "2200.00", "mitglieder": mitglieder(8)},
     ["H(8) = 1 010 + 3 × 121 = 1 373; M = min(1 200, 1 373) = 1 200; Y = 2 200"] + z, e)

M = min(d("1500"), d("1137") + 4 * d("143") + d("39.20") + 4 * d("4.80")) + d("225.40") + 4 * d("27.60")
z, e = ergebnis(M, d("3000"), ("-0.04", "0.0001432", "0.0000188"), (135, 2000))
fall("hand-2023-9", "P2023, 9 Mitglieder, Stufe VI",
     {"stichtag": "2024-05-01", "mietenstufe": 6, "wohnkosten": {"art": "miete", "betrag_monat": "1500.00"},
      "gesamteinkommen_monat": "3000.00", "mitglieder": mitglieder(9)},
     ["H(9) = 1 137 + 4 × 143 = 1 709; K(9) = 39,20 + 4 × 4,80 = 58,40; E(9) = 225,40 + 4 × 27,60 = 335,80",
      "M = min(1 500, 1 767,40) + 335,80 = 1 835,80; Y = 3 000"] + z, e)

M = min(d("900"), d("600") + 5 * d("71"))
z, e = ergebnis(M, d("1800"), ("-0.06", "0.00016", "0.000045"), (134, 832))
fall("hand-2016-10", "P2016, 10 Mitglieder, Stufe I",
     {"stichtag": "2017-07-01", "mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "900.00"},
      "gesamteinkommen_monat": "1800.00", "mitglieder": mitglieder(10)},
     ["H(10) = 600 + 5 × 71 = 955; M = min(900, 955) = 900; Y = 1 800"] + z, e)

M = min(d("2000"), d("1302") + 6 * d("163") + d("39.20") + 6 * d("4.80")) + d("225.40") + 6 * d("27.60")
z, e = ergebnis(M, d("3500"), ("-0.09", "0.0001141", "0.0000196"), (187, 2717))
fall("hand-2025-11", "P2025, 11 Mitglieder, Stufe VII",
     {"stichtag": "2025-12-01", "mietenstufe": 7, "wohnkosten": {"art": "miete", "betrag_monat": "2000.00"},
      "gesamteinkommen_monat": "3500.00", "mitglieder": mitglieder(11)},
     ["H(11) = 1 302 + 6 × 163 = 2 280; K(11) = 39,20 + 6 × 4,80 = 68; E(11) = 225,40 + 6 × 27,60 = 391",
      "M = min(2 000, 2 348) + 391 = 2 391; Y = 3 500"] + z, e)

Y = ((d("2400") * 12 - 1000) * d("0.8") - min(d("350") * 12, 3000) - min(d("150") * 12, 3000)) / 12
M = min(d("450"), d("381")) + d("14.40")
z, e = ergebnis(M, Y, ABC20_1, MIN20[1])
fall("hand-2021-unterhalt", "P2021, § 18 Nr. 1 (auswärtige Ausbildung, gedeckelt) und Nr. 2 (Wechselmodell)",
     {"stichtag": "2021-09-01", "mietenstufe": 2, "wohnkosten": {"art": "miete", "betrag_monat": "450.00"},
      "mitglieder": [mitglied(id="p", abzug_kranken_pflege=True, abzug_rente=True,
                              einkommen=[{"art": "arbeitslohn", "betrag_monat": "2400.00"}],
                              unterhalt_gezahlt=[{"empfaenger": "auswaerts_ausbildung", "betrag_monat": "350.00"},
                                                 {"empfaenger": "kind_wechselmodell", "betrag_monat": "150.00"}])]},
     ["Jahreseinkommen (28 800 − 1 000) × 0,8 = 22 240",
      "§ 18 Nr. 1: min(4 200, 3 000) = 3 000; § 18 Nr. 2: min(1 800, 3 000) = 1 800",
      "Y = (22 240 − 3 000 − 1 800) / 12 = 1 453,33…; M = min(450, 381) + 14,40 = 395,40"] + z, e)


def main():
    nach_datei = {}
    for id_, titel, ein, herl, erw in FAELLE:
        periode = id_.split("-")[1]
        if periode == "2027" and "entwurf" in id_:
            periode = "2027-entwurf"
        nach_datei.setdefault(periode, []).append((id_, titel, ein, herl, erw))
    for periode, faelle in nach_datei.items():
        with open(os.path.join(GOLDEN, f"hand-{periode}.jsonl"), "w", encoding="utf-8") as f:
            for id_, titel, ein, herl, erw in faelle:
                zeile = {"eingabe": ein, "erwartet": erw,
                         "quelle": f"Handherleitung, golden/HANDHERLEITUNG.md#{id_}"}
                f.write(json.dumps(zeile, ensure_ascii=False) + "\n")
    with open(os.path.join(GOLDEN, "HANDHERLEITUNG.md"), "w", encoding="utf-8") as f:
        f.write("# Hand-derived golden cases\n\nGenerated by `golden/herleitung/faelle.py` from the derivations "
                "written there (numbers from the law, docs/recht.md and the table files' sources; no engine code involved). Each case: what it "
                "covers, the hand arithmetic for M and Y, the Anlage-3 steps, the expected amount.\n\n")
        for id_, titel, ein, herl, erw in FAELLE:
            f.write(f"<a id=\"{id_}\"></a>\n## {id_}\n\n{titel}. Stichtag {ein.get('stichtag')}.\n\n")
            for z in herl:
                f.write(f"- {z}\n")
            f.write(f"- **erwartet:** `{json.dumps(erw, ensure_ascii=False)}`\n\n")
    print(f"{len(FAELLE)} Fälle geschrieben")


if __name__ == "__main__":
    main()
