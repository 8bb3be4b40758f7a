#!/usr/bin/env python3
"""Hand derivations of the running-case golden file (golden/fall-hand.jsonl).

Independent of the engine: the amounts come from the Anlage-3 helper of faelle.py (written from
the text of Anlage 3 WoGG) with M and Y typed here from the law (P2025: Anlage 1 i.d.F. der
2. WoGFV, § 12 Abs. 6 and 7 WoGG; docs/recht.md); the procedure — which rule, from when, what
is overpaid — is reasoned case by case below from §§ 27, 28, 22 Abs. 4, 42a–44 WoGG, not
computed by a shared algorithm.

Run:  python3 golden/herleitung/laufende_faelle.py  (rewrites golden/fall-hand.jsonl and
      golden/FALL-HERLEITUNG.md; a golden file changes only with a legal reason)
"""
import json
import os
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faelle  # noqa: E402  (the Anlage-3 helper and the typed a, b, c, minima)

GOLDEN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d = faelle.d

# P2025, Mietenstufe I (Anlage 1 i.d.F. der 2. WoGFV): H(1) = 361, H(2) = 437;
# § 12 Abs. 7: K(1) = 19,20, K(2) = 24,80; § 12 Abs. 6: E(1) = 14,40 + 96,00, E(2) = 18,60 + 124,00
H = {1: d("361"), 2: d("437")}
K = {1: d("19.20"), 2: d("24.80")}
E = {1: d("110.40"), 2: d("142.60")}


def wg25(n, miete, y):
    """Wohngeld P2025, Stufe I, n members, rent `miete`, Y (Gesamteinkommen per month) given."""
    M = min(d(miete), H[n] + K[n]) + E[n]
    return faelle.anlage3(M, d(y), faelle.ABC25[n], faelle.MIN25[n])["W"]


FAELLE = []


def geld_json(x):
    """an exact amount with two places (x a multiple of 1/100)"""
    c = x * 100
    assert c.denominator == 1
    c = int(c)
    return f"{c // 100}.{c % 100:02d}"


def geld_text(x):
    return geld_json(x).replace(".", ",")


def haushalt(n, miete, y, ids=("a", "b")):
    return {"mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": miete}, "gesamteinkommen_monat": y,
            "mitglieder": [{"id": ids[i], "alter": 40} for i in range(n)]}


def monate(von, anzahl):
    j, m = map(int, von.split("-"))
    out = []
    for _ in range(anzahl):
        out.append(f"{j:04d}-{m:02d}")
        m += 1
        if m == 13:
            j, m = j + 1, 1
    return out


def fall(id_, titel, eingabe, zeilen, erwartet, einstellungen=None):
    eingabe = dict({"format": "wohngeld-fall/1", "id": id_}, **eingabe)
    FAELLE.append((id_, titel, eingabe, zeilen, erwartet, einstellungen))


def reihe(von, betraege):
    """expected months: [(bewilligt, zusteht, regel)] from `von`"""
    return [{"monat": m, "bewilligt": b, "zusteht": z, "differenz": z - b, "regel": r}
            for m, (b, z, r) in zip(monate(von, len(betraege)), betraege)]


BWZ = {"von": "2025-03", "bis": "2026-02"}
A0 = wg25(1, "300.00", "1000.00")

# 1. income +16 % from the 15th: § 27 Abs. 2 Nr. 3, effective the 1st of the next month
A16 = wg25(1, "300.00", "1160.00")
fall("fall-einkommen-16", "Einkommen +16 % ab dem 15. eines Monats",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-07-15", "bekannt": "2025-09-20", "quelle": "datenabgleich",
                   "haushalt": haushalt(1, "300.00", "1160.00")}]},
     [f"Bescheid: M = min(300, 361 + 19,20) + 110,40 = 410,40; Y = 1 000 → {A0} EUR",
      "ab 2025-07-15 Y = 1 160: +16 % > 15 % (§ 27 Abs. 2 Nr. 3), nicht nur vorübergehend (kein Ende bekannt)",
      f"neu: M = 410,40, Y = 1 160 → {A16} EUR < {A0}: Entscheidung; wirksam 2025-08-01 (§ 27 Abs. 2 Satz 3: nicht der Erste)",
      "Frist: ein Jahr nach Kenntnis 2025-09-20 → 2026-09-20",
      f"überzahlt 2025-08 … 2026-02: 7 × ({A0} − {A16}) = {7 * (A0 - A16)}",
      "§ 27 Abs. 3: Summe der Einkünfte 12 000 → 13 920 (+16 %) → meldepflicht"],
     {"status": "ok", "berechnet": A0, "ueberzahlung": 7 * (A0 - A16), "nachzahlung": 0, "erstattung": 7 * (A0 - A16),
      "monate": reihe("2025-03", [(A0, A0, None)] * 5 + [(A0, A16, "§ 27 Abs. 2 Nr. 3")] * 7),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 3", "aenderung": "2025-07-15", "wirksam": "2025-08-01",
                          "frist": "2026-09-20", "alt": A0, "neu": A16,
                          "vergleich": {"einkommen": {"alt": "12000.00", "neu": "13920.00", "prozent": "16.00"}}}],
      "hinweise": [{"code": "meldepflicht", "datum": "2025-07-15"}]})

# 2. income +15 % exactly: not "mehr als 15 Prozent" — nothing changes, no duty to report
fall("fall-einkommen-15", "Einkommen genau +15 %: keine Änderung",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-07-01", "haushalt": haushalt(1, "300.00", "1150.00")}]},
     ["Y 1 000 → 1 150 = genau +15 %: § 27 Abs. 2 Nr. 3 verlangt mehr als 15 % → kein Anlass; § 27 Abs. 3 ebenso"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 0, "monate": reihe("2025-03", [(A0, A0, None)] * 12),
      "entscheidungen": [], "hinweise": []})

# 3. income +20 % for two months: temporary (default 2 months), and with the setting 4
for s in (2, 4):
    fall(f"fall-voruebergehend-2-monate-{s}", f"Einkommen +20 % für zwei Monate, Einstellung {s}",
         {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
          "verlauf": [{"ab": "2025-07-01", "bis": "2025-08-31", "haushalt": haushalt(1, "300.00", "1200.00")}]},
         [f"+20 % vom 2025-07-01 bis 2025-08-31 = 2 Monate ≤ {s}: nur vorübergehend, keine Entscheidung"],
         {"status": "ok", "ueberzahlung": 0, "monate": reihe("2025-03", [(A0, A0, None)] * 12), "entscheidungen": [],
          "hinweise": [{"code": "voruebergehend_ignoriert", "datum": "2025-07-01"}]},
         {"voruebergehend_bis_monate": s})

# 3b. three months: a change with the default (more than 2 months), temporary with 4
A20 = wg25(1, "300.00", "1200.00")
fall("fall-drei-monate-2", "Einkommen +20 % für drei Monate, Einstellung 2",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-07-01", "bis": "2025-09-30", "bekannt": "2025-07-05", "haushalt": haushalt(1, "300.00", "1200.00")}]},
     [f"3 Monate > 2: § 27 Abs. 2 Nr. 3 ab 2025-07-01 (der Erste) → {A20}",
      f"ab 2025-10-01 wieder Y = 1 000: gegen den neuen Bescheid −16,67 % > 10 % (§ 27 Abs. 1 Nr. 3, ab 2023) und {A0} > {A20}: "
      "Erhöhung nur auf Antrag → Hinweis erhoehung_moeglich; ohne Antrag bleibt es bei " + str(A20),
      f"überzahlt 8 × ({A0} − {A20}) = {8 * (A0 - A20)}"],
     {"status": "ok", "ueberzahlung": 8 * (A0 - A20),
      "monate": reihe("2025-03", [(A0, A0, None)] * 4 + [(A0, A20, "§ 27 Abs. 2 Nr. 3")] * 8),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 3", "wirksam": "2025-07-01", "alt": A0, "neu": A20}],
      "hinweise": [{"code": "meldepflicht"}, {"code": "erhoehung_moeglich", "datum": "2025-10-01", "betrag": A0}]},
     {"voruebergehend_bis_monate": 2})
fall("fall-drei-monate-4", "Einkommen +20 % für drei Monate, Einstellung 4",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-07-01", "bis": "2025-09-30", "bekannt": "2025-07-05", "haushalt": haushalt(1, "300.00", "1200.00")}]},
     ["3 Monate ≤ 4: nur vorübergehend (auch für § 27 Abs. 3)"],
     {"status": "ok", "ueberzahlung": 0, "monate": reihe("2025-03", [(A0, A0, None)] * 12), "entscheidungen": [],
      "hinweise": [{"code": "voruebergehend_ignoriert"}]},
     {"voruebergehend_bis_monate": 4})

# 4. rent −16 %: below the cap R falls (decision); above the cap R stays (only the duty to report)
A252 = wg25(1, "252.00", "1000.00")
fall("fall-miete-16-unter-kappe", "Miete −16 % unter dem Höchstbetrag",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-06-01", "bekannt": "2025-06-10", "haushalt": haushalt(1, "252.00", "1000.00")}]},
     ["R = min(300, 380,20) = 300 → min(252, 380,20) = 252: −16 % > 15 % (§ 27 Abs. 2 Nr. 2)",
      f"neu M = 252 + 110,40 = 362,40 → {A252}; wirksam 2025-06-01; überzahlt 9 × ({A0} − {A252})"],
     {"status": "ok", "ueberzahlung": 9 * (A0 - A252),
      "monate": reihe("2025-03", [(A0, A0, None)] * 3 + [(A0, A252, "§ 27 Abs. 2 Nr. 2")] * 9),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 2", "wirksam": "2025-06-01", "alt": A0, "neu": A252,
                          "vergleich": {"miete": {"alt": "300.00", "neu": "252.00", "prozent": "-16.00"}}}],
      "hinweise": [{"code": "meldepflicht"}]})
B500 = wg25(1, "500.00", "1000.00")
fall("fall-miete-16-ueber-kappe", "Miete −16 % über dem Höchstbetrag",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "500.00", "1000.00"),
      "verlauf": [{"ab": "2025-06-01", "haushalt": haushalt(1, "420.00", "1000.00")}]},
     ["R = min(500, 380,20) = 380,20 → min(420, 380,20) = 380,20: 0 % — keine Entscheidung",
      "§ 27 Abs. 3 misst die Miete nach § 9: 500 → 420 = −16 % → meldepflicht"],
     {"status": "ok", "ueberzahlung": 0, "monate": reihe("2025-03", [(B500, B500, None)] * 12), "entscheidungen": [],
      "hinweise": [{"code": "meldepflicht"}]})

# 5. move-out mid-month (two members, the son with income moves out)
A2 = wg25(2, "450.00", "1500.00")
A1 = wg25(1, "450.00", "1300.00")   # the son earned 200 of the 1 500
assert A1 < A2, "the move-out must lower the amount for § 27 Abs. 2 (else § 27 Abs. 1)"
fall("fall-auszug", "Auszug eines Mitglieds in der Monatsmitte",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(2, "450.00", "1500.00", ("mutter", "sohn")),
      "verlauf": [{"ab": "2025-11-16", "bekannt": "2025-11-20", "quelle": "melderegister",
                   "haushalt": haushalt(1, "450.00", "1300.00", ("mutter",))}]},
     [f"Bescheid: 2 Mitglieder, M = min(450, 437 + 24,80) + 142,60 = 592,60, Y = 1 500 → {A2}",
      f"ab 2025-11-16 ein Mitglied (§ 27 Abs. 2 Nr. 1): M = min(450, 380,20) + 110,40 = 490,60, Y = 1 300 → {A1}",
      "R = min(450, 461,80) = 450 → min(450, 380,20) = 380,20: −15,51 % > 15 % — auch Nr. 2",
      f"{A1} < {A2}: wirksam 2025-12-01; überzahlt 3 × ({A2} − {A1})"],
     {"status": "ok", "ueberzahlung": 3 * (A2 - A1),
      "monate": reihe("2025-03", [(A2, A2, None)] * 9 + [(A2, A1, "§ 27 Abs. 2 Nr. 1, 2")] * 3),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 1, 2", "aenderung": "2025-11-16", "wirksam": "2025-12-01", "alt": A2, "neu": A1,
                          "vergleich": {"mitglieder": {"alt": 2, "neu": 1}}}],
      "hinweise": [{"code": "meldepflicht"}]})

# 6. death: § 6 Abs. 2 keeps the number for twelve months — nothing changes in this BWZ
fall("fall-tod", "Tod eines Mitglieds: zwölf Monate unverändert",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(2, "450.00", "1500.00", ("mutter", "vater")),
      "verlauf": [{"ab": "2025-05-20", "quelle": "melderegister", "ereignisse": [{"art": "tod", "mitglied": "vater"}]}]},
     ["Tod am 2025-05-20: der Verstorbene zählt bis 2026-05 weiter (§ 6 Abs. 2), Y ist als Gesamteinkommen gegeben",
      f"Zahl, R und Y unverändert → alle Monate {A2}"],
     {"status": "ok", "ueberzahlung": 0, "monate": reihe("2025-03", [(A2, A2, None)] * 12), "entscheidungen": [],
      "hinweise": []})

# 7. the last member moves out: § 28 Abs. 1
fall("fall-auszug-letztes", "Auszug des letzten Mitglieds (§ 28 Abs. 1)",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-09-16", "quelle": "melderegister", "ereignisse": [{"art": "auszug", "mitglied": "a"}]}]},
     ["ab 2025-09-16 nutzt niemand die Wohnung: unwirksam ab 2025-10-01 (§ 28 Abs. 1)",
      f"überzahlt 5 × {A0} = {5 * A0}"],
     {"status": "ok", "ueberzahlung": 5 * A0, "erstattung": 5 * A0,
      "monate": reihe("2025-03", [(A0, A0, None)] * 7 + [(A0, 0, "§ 28 Abs. 1")] * 5),
      "entscheidungen": [{"regel": "§ 28 Abs. 1", "aenderung": "2025-09-16", "wirksam": "2025-10-01", "alt": A0, "neu": 0}],
      "hinweise": []})

# 7a. a § 27 Abs. 2 decision, then the last member moves out (issue 21): § 28 Abs. 1 ends the
# award the decision had set; the months after the move-out are not compared for "nicht nur
# vorübergehend" — the change lasted as long as the award did, it never ended
A20 = wg25(1, "300.00", "1200.00")
fall("fall-abs2-dann-auszug", "§ 27 Abs. 2 (Einkommen +20 % ab dem 1.), dann Auszug des letzten Mitglieds (§ 28 Abs. 1)",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-05-01", "bekannt": "2025-06-20", "haushalt": haushalt(1, "300.00", "1200.00")},
                  {"ab": "2025-08-15", "bekannt": "2025-09-01", "quelle": "melderegister",
                   "ereignisse": [{"art": "auszug", "mitglied": "a"}]}]},
     [f"Bescheid: M = 410,40, Y = 1 000 → {A0} EUR",
      "ab 2025-05-01 Y = 1 200: +20 % > 15 % (§ 27 Abs. 2 Nr. 3); die Änderung endet nicht, bis niemand mehr in der "
      "Wohnung lebt — nicht nur vorübergehend",
      f"neu: M = 410,40, Y = 1 200 → {A20} EUR < {A0}: Entscheidung, wirksam 2025-05-01 (Änderung am Ersten, § 27 Abs. 2 "
      "Satz 3); Frist ein Jahr nach Kenntnis 2025-06-20 → 2026-06-20",
      "ab 2025-08-15 nutzt niemand die Wohnung: unwirksam ab 2025-09-01 (§ 28 Abs. 1), alt ist der Betrag der "
      f"Änderung {A20}",
      f"überzahlt 2025-05 … 2025-08: 4 × ({A0} − {A20}) = {4 * (A0 - A20)}; 2025-09 … 2026-02: 6 × {A0} = {6 * A0}; "
      f"zusammen {4 * (A0 - A20) + 6 * A0}",
      "§ 27 Abs. 3: Einkünfte 12 000 → 14 400 (+20 %) → meldepflicht ab 2025-05-01"],
     {"status": "ok", "berechnet": A0, "ueberzahlung": 4 * (A0 - A20) + 6 * A0, "nachzahlung": 0,
      "erstattung": 4 * (A0 - A20) + 6 * A0,
      "monate": reihe("2025-03", [(A0, A0, None)] * 2 + [(A0, A20, "§ 27 Abs. 2 Nr. 3")] * 4 + [(A0, 0, "§ 28 Abs. 1")] * 6),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 3", "aenderung": "2025-05-01", "wirksam": "2025-05-01",
                          "frist": "2026-06-20", "alt": A0, "neu": A20},
                         {"regel": "§ 28 Abs. 1", "aenderung": "2025-08-15", "wirksam": "2025-09-01", "alt": A20, "neu": 0}],
      "hinweise": [{"code": "meldepflicht", "datum": "2025-05-01"}]})

# 7b. § 27 compares the "zu berücksichtigende Miete" of § 11, i.e. after the share of § 11 Abs. 3
# (issue 23): a son excluded by § 7 (zu_beruecksichtigen false) moves in on the 15th — the
# mother alone is counted (n = 1), the household has two members (n_gesamt = 2, the cap for 2)
H2_KAP = H[2] + K[2]                                    # 437 + 24,80 = 461,80
M_VOR = min(d("450.00"), H[1] + K[1]) + E[1]            # 380,20 + 110,40 = 490,60
M_NACH = (min(d("450.00"), H2_KAP) + E[2]) / 2          # (450 + 142,60) × 1/2 = 296,30
W_VOR = faelle.anlage3(M_VOR, d("1000.00"), faelle.ABC25[1], faelle.MIN25[1])["W"]
W_NACH = faelle.anlage3(M_NACH, d("1000.00"), faelle.ABC25[1], faelle.MIN25[1])["W"]
R_VOR, R_NACH = min(d("450.00"), H[1] + K[1]), min(d("450.00"), H2_KAP) / 2   # 380,20 → 225,00
fall("fall-anteil-11-3", "Ein nach § 7 ausgeschlossener Sohn zieht ein: der Anteil nach § 11 Abs. 3 senkt die Miete, die § 27 vergleicht",
     {"antrag": "2025-03-10", "bewilligung": BWZ,
      "haushalt": {"mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "450.00"}, "gesamteinkommen_monat": "1000.00",
                   "mitglieder": [{"id": "mutter", "alter": 40}]},
      "verlauf": [{"ab": "2025-06-15", "quelle": "melderegister",
                   "ereignisse": [{"art": "einzug", "mitglied": {"id": "sohn", "alter": 20, "zu_beruecksichtigen": False,
                                                                 "ausschlussgrund": "§ 7 Abs. 1 (Bürgergeld)"}}]}]},
     [f"Bescheid: n = n_gesamt = 1: R = min(450, 361 + 19,20) = {geld_text(R_VOR)}, M = {geld_text(R_VOR)} + 110,40 = {geld_text(M_VOR)}, Y = 1 000 → {W_VOR} EUR",
      "ab 2025-06-15 zwei Mitglieder, gezählt nur die Mutter (§ 7): n = 1, n_gesamt = 2; Höchstbetrag und Entlastung für 2 (§ 11 Abs. 3, § 12): "
      f"H + K = 437 + 24,80 = {geld_text(H2_KAP)}",
      f"zu berücksichtigende Miete nach § 11 Abs. 3: min(450, {geld_text(H2_KAP)}) × 1/2 = {geld_text(R_NACH)}; "
      f"M = (450 + 142,60) × 1/2 = {geld_text(M_NACH)} → {W_NACH} EUR",
      f"§ 27 Abs. 2 Nr. 2: die zu berücksichtigende Miete sinkt von {geld_text(R_VOR)} auf {geld_text(R_NACH)}, um mehr als 15 %; "
      f"das Wohngeld fällt ({W_VOR} → {W_NACH}): Entscheidung, wirksam 2025-07-01 (nicht der Erste); Frist bis 2026-06-15",
      f"überzahlt 2025-07 … 2026-02: 8 × ({W_VOR} − {W_NACH}) = {8 * (W_VOR - W_NACH)}",
      "§ 27 Abs. 3 Nr. 1: ein ausgeschlossenes Mitglied mehr → meldepflicht"],
     {"status": "ok", "berechnet": W_VOR, "ueberzahlung": 8 * (W_VOR - W_NACH), "nachzahlung": 0,
      "monate": reihe("2025-03", [(W_VOR, W_VOR, None)] * 4 + [(W_VOR, W_NACH, "§ 27 Abs. 2 Nr. 2")] * 8),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 2", "aenderung": "2025-06-15", "wirksam": "2025-07-01", "frist": "2026-06-15",
                          "alt": W_VOR, "neu": W_NACH,
                          "vergleich": {"miete": {"alt": geld_json(R_VOR), "neu": geld_json(R_NACH)}}}],
      "hinweise": [{"code": "meldepflicht", "datum": "2025-06-15"}]})

# 8. Bürgergeld for one member from the 10th: § 28 Abs. 3 (with § 7 Abs. 1)
fall("fall-buergergeld", "Bürgergeld für ein Mitglied ab dem 10. (§ 28 Abs. 3)",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(2, "450.00", "1500.00", ("mutter", "sohn")),
      "verlauf": [{"ab": "2025-06-10", "quelle": "datenabgleich_buergergeld",
                   "ereignisse": [{"art": "transferleistung", "mitglied": "sohn"}]}]},
     ["ab 2025-06-10 Bürgergeld: ausgeschlossen (§ 7 Abs. 1), Bescheid unwirksam ab 2025-07-01 (nicht der Erste)",
      f"überzahlt 8 × {A2} = {8 * A2}; Hinweis: Neuantrag für die übrigen Mitglieder"],
     {"status": "ok", "ueberzahlung": 8 * A2,
      "monate": reihe("2025-03", [(A2, A2, None)] * 4 + [(A2, 0, "§ 28 Abs. 3")] * 8),
      "entscheidungen": [{"regel": "§ 28 Abs. 3", "wirksam": "2025-07-01", "alt": A2, "neu": 0}],
      "hinweise": [{"code": "neuantrag_moeglich"}]})

# 9. the 2025 Fortschreibung inside a BWZ (§ 44): the hand case hand-zeitraum-2024-2025's household
w23, w25 = faelle.w23, faelle.w25
rentner = {"gemeinde": "04011000", "wohnkosten": {"art": "miete", "betrag_monat": "500.00"},
           "mitglieder": [{"id": "p", "einkommen": [{"art": "rente", "betrag_monat": "1100.00"}]}]}
fall("fall-44-2025", "Bewilligungszeitraum 2024-07 bis 2025-06 über die Fortschreibung 2025 (§ 44)",
     {"antrag": "2024-07-03", "bewilligung": {"von": "2024-07", "bis": "2025-06", "wohngeld_monat": w23}, "haushalt": rentner},
     [f"Bescheid nach P2023: {w23} (Herleitung hand-zeitraum-2024-2025)",
      f"§ 44: ab 2025-01-01 mit den bisherigen Verhältnissen neu berechnet (Höchstbeträge, b, c, Mindestwerte): {w25}"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 0,
      "monate": reihe("2024-07", [(w23, w23, None)] * 6 + [(w25, w25, "§ 44")] * 6),
      "entscheidungen": [{"regel": "§ 44", "wirksam": "2025-01-01", "alt": w23, "neu": w25}], "hinweise": []})

# 10. a Weiterleistungsantrag filed three months early (§ 22 Abs. 4)
fall("fall-weiterleistung-frueh", "Weiterleistungsantrag drei Monate zu früh (§ 22 Abs. 4)",
     {"antrag": "2025-03-10", "bewilligung": {"von": "2025-07", "bis": "2026-06"}, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-05-15", "bekannt": "2025-06-01", "haushalt": haushalt(1, "252.00", "1000.00")}]},
     ["laufender BWZ endet 2025-06-30; Antrag am 2025-03-10 früher als zwei Monate vorher → gilt als am 2025-05-01 gestellt",
      "Mietsenkung ab 2025-05-15 liegt nach dem fingierten Antrag: Änderung, wirksam zum Beginn des BWZ 2025-07-01",
      f"Bescheid {A0}, neu {A252}"],
     {"status": "ok", "antrag_gilt_als": "2025-05-01", "ueberzahlung": 12 * (A0 - A252),
      "monate": reihe("2025-07", [(A0, A252, "§ 27 Abs. 2 Nr. 2")] * 12),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 2", "wirksam": "2025-07-01"}], "hinweise": [{"code": "meldepflicht"}]})

# 11. a retroactive rent increase with an application (§ 27 Abs. 1 Satz 2)
A400 = wg25(1, "360.00", "1000.00")
fall("fall-miete-rueckwirkend", "Rückwirkende Mieterhöhung mit Antrag",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-05-01", "bekannt": "2025-08-05", "rueckwirkend": True, "haushalt": haushalt(1, "360.00", "1000.00")},
                  {"ab": "2025-08-12", "ereignisse": [{"art": "antrag_erhoehung", "datum": "2025-08-12"}]}]},
     ["R 300 → 360 = +20 % > 10 % (§ 27 Abs. 1 Nr. 2, ab 2023); der Vermieter erhöht rückwirkend ab 2025-05-01",
      f"Antrag am 2025-08-12: die rückwirkende Erhöhung zählt ab 2025-05 (§ 27 Abs. 1 Satz 2), {A400} statt {A0}",
      f"nachzuzahlen 10 × ({A400} − {A0}) = {10 * (A400 - A0)}"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 10 * (A400 - A0),
      "monate": reihe("2025-03", [(A0, A0, None)] * 2 + [(A0, A400, "§ 27 Abs. 1 Nr. 2")] * 10),
      "entscheidungen": [{"regel": "§ 27 Abs. 1 Nr. 2", "wirksam": "2025-05-01", "alt": A0, "neu": A400}], "hinweise": []})

# 13. the two worked cases of docs/laufende-faelle.md (Bremen, Stufe IV of the WoGV list 2023;
# P2025 Anlage 1: H(1) = 511, H(2) = 619, H(3) = 737; K(1..3) = 19,20 / 24,80 / 29,60;
# E(1..3) = 110,40 / 142,60 / 22,20 + 148,00 = 170,20)
ABC, MIN = faelle.ABC25, faelle.MIN25
Y_r = (d("1100") * 12 - 102) * d("0.9") / 12
M_r = min(d("520"), d("511") + d("19.20")) + d("110.40")
W_r = faelle.anlage3(M_r, Y_r, ABC[1], MIN[1])["W"]
Y_r2 = (d("1141.14") * 12 - 102) * d("0.9") / 12
rentnerin = lambda rente: {"gemeinde": "04011000", "wohnkosten": {"art": "miete", "betrag_monat": "520.00"},
                           "mitglieder": [{"id": "frau-k", "alter": 74, "abzug_kranken_pflege": True,
                                           "einkommen": [{"art": "rente", "betrag_monat": rente}]}]}
fall("fall-rentnerin-bremen", "Rentnerin in Bremen: die Rente steigt zum Juli um 3,74 %",
     {"antrag": "2025-03-04", "bewilligung": {"von": "2025-03", "bis": "2026-02"}, "haushalt": rentnerin("1100.00"),
      "verlauf": [{"ab": "2025-07-01", "bekannt": "2025-09-12", "quelle": "datenabgleich_rente", "haushalt": rentnerin("1141.14")}]},
     ["Bremen: Mietenstufe IV; Y = (13 200 − 102) × 0,9 / 12 = 982,35; M = min(520, 511 + 19,20) + 110,40 = 630,40",
      f"Bescheid: {W_r} EUR",
      f"ab 2025-07-01 Rente 1 141,14: Y = (13 693,68 − 102) × 0,9 / 12 = {float(Y_r2):.4f}: +3,77 % — nicht mehr als 15 %",
      "§ 28 Abs. 6: der Bescheid ändert sich nur nach §§ 27, 28; keine Mitteilungspflicht (Einkünfte +3,77 %)",
      f"alle zwölf Monate {W_r} EUR, keine Überzahlung"],
     {"status": "ok", "berechnet": W_r, "ueberzahlung": 0, "monate": reihe("2025-03", [(W_r, W_r, None)] * 12),
      "entscheidungen": [], "hinweise": []})

mutter = {"id": "mutter", "alter": 44, "abzug_kranken_pflege": True, "abzug_rente": True,
          "einkommen": [{"art": "arbeitslohn", "betrag_monat": "1800.00"}]}
sohn = {"id": "sohn", "alter": 19, "kind_eines_mitglieds": True, "abzug_kranken_pflege": True, "abzug_rente": True,
        "einkommen": [{"art": "arbeitslohn", "betrag_monat": "520.00"}]}
tochter = {"id": "tochter", "alter": 12, "kind_eines_mitglieds": True}
familie = {"gemeinde": "04011000", "wohnkosten": {"art": "miete", "betrag_monat": "800.00"}, "mitglieder": [mutter, sohn, tochter]}
Y_f3 = (d("16296") + d("4008") - d("1200")) / 12
M_f3 = min(d("800"), d("737") + d("29.60")) + d("170.20")
W_f3 = faelle.anlage3(M_f3, Y_f3, ABC[3], MIN[3])["W"]
Y_f2 = d("16296") / 12
M_f2 = min(d("800"), d("619") + d("24.80")) + d("142.60")
W_f2 = faelle.anlage3(M_f2, Y_f2, ABC[2], MIN[2])["W"]
assert W_f2 < W_f3
fall("fall-familie-bremen", "Familie in Bremen: der Sohn zieht Mitte September aus",
     {"antrag": "2025-03-04", "bewilligung": {"von": "2025-03", "bis": "2026-02", "wohngeld_monat": W_f3}, "haushalt": familie,
      "verlauf": [{"ab": "2025-09-16", "bekannt": "2025-11-03", "quelle": "melderegister",
                   "ereignisse": [{"art": "auszug", "mitglied": "sohn"}]}]},
     ["Mutter: (21 600 − 1 230) × 0,8 = 16 296; Sohn: (6 240 − 1 230) × 0,8 = 4 008, § 17 Nr. 4: 1 200 frei",
      f"Y = (16 296 + 4 008 − 1 200) / 12 = 1 592; M = min(800, 737 + 29,60) + 170,20 = 936,80 → Bescheid {W_f3} EUR",
      "Auszug am 2025-09-15 (erster Tag ohne ihn: 2025-09-16): zwei Mitglieder (§ 27 Abs. 2 Nr. 1);",
      "R = min(800, 766,60) = 766,60 → min(800, 619 + 24,80) = 643,80: −16,02 % (auch Nr. 2)",
      f"neu: Y = 16 296 / 12 = 1 358; M = 643,80 + 142,60 = 786,40 → {W_f2} EUR < {W_f3}: wirksam 2025-10-01",
      f"die Behörde erfährt es am 2025-11-03: überzahlt 2025-10 … 2026-02 = 5 × {W_f3 - W_f2} = {5 * (W_f3 - W_f2)} EUR;"
      " zu entscheiden bis 2026-11-03; Mitteilungspflicht (§ 27 Abs. 3 Nr. 1) — die Familie hätte den Auszug melden müssen"],
     {"status": "ok", "berechnet": W_f3, "ueberzahlung": 5 * (W_f3 - W_f2), "erstattung": 5 * (W_f3 - W_f2),
      "monate": reihe("2025-03", [(W_f3, W_f3, None)] * 7 + [(W_f3, W_f2, "§ 27 Abs. 2 Nr. 1, 2")] * 5),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 1, 2", "aenderung": "2025-09-16", "wirksam": "2025-10-01",
                          "frist": "2026-11-03", "alt": W_f3, "neu": W_f2,
                          "vergleich": {"mitglieder": {"alt": 3, "neu": 2}, "miete": {"alt": "766.60", "neu": "643.80", "prozent": "-16.02"},
                                        "einkommen": {"alt": "19104.00", "neu": "16296.00", "prozent": "-14.70"}}}],
      "hinweise": [{"code": "meldepflicht", "datum": "2025-09-16"}]})


# 14. § 27 Abs. 1 across the 2023 reform: income −11 % in 2024 (more than 10 %: an increase on
# application) and in 2022 (not more than 15 %: nothing); a BWZ across § 42d.
# P2022 (docs/recht.md 4.4): H(1, I) = 347 (§ 23 WoGV), E = CO2 14,40, no K; a, b, c (n = 1) =
# 0,04 / 0,000564 / 0,0001157 (§ 24 WoGV); minima 52 / 275. P2023 (4.5): H(1, I) = 347 unchanged,
# K = 19,20, E = 14,40 + 96,00; abc and minima of faelle.py.
ABC22_1 = ("0.04", "0.000564", "0.0001157")
MIN22_1 = (52, 275)
A24 = faelle.anlage3(d("300") + d("110.40"), d("1000"), faelle.ABC23_1, faelle.MIN23[1])["W"]
A24n = faelle.anlage3(d("300") + d("110.40"), d("890"), faelle.ABC23_1, faelle.MIN23[1])["W"]
assert A24n > A24
fall("fall-einkommen-minus-11-2024", "Einkommen −11 % in 2024: Erhöhung auf Antrag möglich (§ 27 Abs. 1 Nr. 3, mehr als 10 %)",
     {"antrag": "2024-01-08", "bewilligung": {"von": "2024-01", "bis": "2024-12"}, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2024-05-01", "bekannt": "2024-06-01", "haushalt": haushalt(1, "300.00", "890.00")}]},
     [f"P2023: M = min(300, 347 + 19,20) + 110,40 = 410,40, Y = 1 000 → {A24}",
      f"ab 2024-05-01 Y = 890: −11 % — mehr als 10 % (§ 27 Abs. 1 Nr. 3 i.d.F. ab 2023) → {A24n} > {A24}",
      "ohne Antrag keine Erhöhung: Hinweis erhoehung_moeglich ab 2024-05-01"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 0, "monate": reihe("2024-01", [(A24, A24, None)] * 12),
      "entscheidungen": [], "hinweise": [{"code": "erhoehung_moeglich", "datum": "2024-05-01", "betrag": A24n}]})
A22 = faelle.anlage3(d("300") + d("14.40"), d("700"), ABC22_1, MIN22_1)["W"]
assert A22 >= 10, "a claim under P2022 (§ 21 Nr. 1)"
fall("fall-einkommen-minus-11-2022", "Einkommen −11 % in 2022: keine Erhöhung (§ 27 Abs. 1 a.F.: mehr als 15 %)",
     {"antrag": "2022-01-10", "bewilligung": {"von": "2022-01", "bis": "2022-12"}, "haushalt": haushalt(1, "300.00", "700.00"),
      "verlauf": [{"ab": "2022-05-01", "bekannt": "2022-06-01", "haushalt": haushalt(1, "300.00", "623.00")}]},
     [f"P2022: M = min(300, 347) + 14,40 = 314,40, Y = 700 → {A22}",
      "ab 2022-05-01 Y = 623: −11 % — nicht mehr als 15 % (§ 27 Abs. 1 bis 2022): kein Anlass, kein Hinweis"],
     {"status": "ok", "ueberzahlung": 0, "monate": reihe("2022-01", [(A22, A22, None)] * 12), "entscheidungen": [],
      "hinweise": []})
A23 = faelle.anlage3(min(d("300"), d("347") + d("19.20")) + d("110.40"), d("700"), faelle.ABC23_1, faelle.MIN23[1])["W"]
fall("fall-42d", "Bewilligungszeitraum 2022-07 bis 2023-06 über das Wohngeld-Plus-Gesetz (§ 42d)",
     {"antrag": "2022-07-11", "bewilligung": {"von": "2022-07", "bis": "2023-06"}, "haushalt": haushalt(1, "300.00", "700.00")},
     [f"Bescheid nach P2022: {A22}",
      f"§ 42d: ab 2023-01-01 mit den bisherigen Verhältnissen neu, §§ 11, 12, 19 neu: M = min(300, 347 + 19,20) + 110,40 = 410,40 → {A23}",
      f"der höhere Betrag: {max(A22, A23)} (kein Rückgang: § 42d)"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 0,
      "monate": reihe("2022-07", [(A22, A22, None)] * 6 + [(max(A22, A23), max(A22, A23), "§ 42d")] * 6),
      "entscheidungen": [{"regel": "§ 42d", "wirksam": "2023-01-01", "alt": A22, "neu": max(A22, A23)}], "hinweise": []})


# ---- issue 23: the law's remaining corners, each reasoned from the text ----
# Stufe I, P2025 as above; A0 = wg25(1, 300, 1000). Every expected value below is derived here.

# 15. § 27 Abs. 1 with § 25 Abs. 2: an application in the month of a mid-month change is judged
# by the circumstances at the application — a child moves in on the 10th, applied on the 25th
B1 = wg25(1, "450.00", "1000.00")
B2 = wg25(2, "450.00", "1000.00")
assert B2 > B1
R1, R2 = min(d("450"), H[1] + K[1]), min(d("450"), H[2] + K[2])   # 380,20 → 450
assert R2 * 100 > R1 * 110                                         # more than 10 % (§ 27 Abs. 1 Nr. 2, from 2023)
kind_ein = [{"ab": "2025-06-10", "quelle": "melderegister", "haushalt": haushalt(2, "450.00", "1000.00", ("a", "kind"))}]
fall("fall-antrag-im-aenderungsmonat", "Ein Kind zieht am 10. ein, Antrag auf Erhöhung am 25. desselben Monats",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "450.00", "1000.00"),
      "verlauf": kind_ein + [{"ab": "2025-06-25", "ereignisse": [{"art": "antrag_erhoehung"}]}]},
     [f"Bescheid: M = min(450, 380,20) + 110,40 = 490,60, Y = 1 000 → {B1} EUR",
      f"ab 2025-06-10 zwei Mitglieder (§ 27 Abs. 1 Nr. 1); R {geld_text(R1)} → {geld_text(R2)} (+18,36 % > 10 %, Nr. 2); "
      f"M = min(450, 461,80) + 142,60 = 592,60 → {B2} EUR",
      "Antrag am 2025-06-25: § 25 Abs. 2 — der Antragsmonat beginnt am 2025-06-01, beurteilt nach den Verhältnissen beim Antrag "
      "(das Kind lebt seit dem 10. im Haushalt): Erhöhung ab 2025-06-01",
      f"nachzuzahlen 2025-06 … 2026-02: 9 × ({B2} − {B1}) = {9 * (B2 - B1)}"],
     {"status": "ok", "berechnet": B1, "ueberzahlung": 0, "nachzahlung": 9 * (B2 - B1),
      "monate": reihe("2025-03", [(B1, B1, None)] * 3 + [(B1, B2, "§ 27 Abs. 1 Nr. 1, 2")] * 9),
      "entscheidungen": [{"regel": "§ 27 Abs. 1 Nr. 1, 2", "aenderung": "2025-06-10", "wirksam": "2025-06-01", "alt": B1, "neu": B2,
                          "rechtsweg": "§ 27 Abs. 1 WoGG (Bewilligung auf Antrag)", "gebunden": True}],
      "hinweise": [], "aussteuerung": [], "maschinell": True})

# 16. the same application on the 5th, before the child moves in: it is not lost — it works from
# the month after the change (the first month whose 1st has the circumstances it asks for)
fall("fall-antrag-vor-aenderung", "Antrag am 5., das Kind zieht am 10. ein: Erhöhung ab dem Folgemonat",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "450.00", "1000.00"),
      "verlauf": kind_ein + [{"ab": "2025-06-05", "ereignisse": [{"art": "antrag_erhoehung"}]}]},
     ["Antrag am 2025-06-05: am Antragstag lebt das Kind noch nicht im Haushalt; ein Antrag geht nicht verloren — die "
      "Voraussetzungen treten im Juni ein, der Juni ist aber nach den Verhältnissen am 1. zu beurteilen (§ 25 Abs. 2, § 27 Abs. 2 "
      "Satz 3 entsprechend): Erhöhung ab 2025-07-01",
      f"nachzuzahlen 2025-07 … 2026-02: 8 × ({B2} − {B1}) = {8 * (B2 - B1)}"],
     {"status": "ok", "nachzahlung": 8 * (B2 - B1),
      "monate": reihe("2025-03", [(B1, B1, None)] * 4 + [(B1, B2, "§ 27 Abs. 1 Nr. 1, 2")] * 8),
      "entscheidungen": [{"regel": "§ 27 Abs. 1 Nr. 1, 2", "aenderung": "2025-06-10", "wirksam": "2025-07-01", "alt": B1, "neu": B2}],
      "hinweise": []})

# 17. § 28 Abs. 3 then a new application: § 25 Abs. 4 Satz 1 Nr. 2 lets the new BWZ begin with the
# month the old award became ineffective, applied for by the end of the following month
misch = {"mietenstufe": 1, "wohnkosten": {"art": "miete", "betrag_monat": "450.00"}, "gesamteinkommen_monat": "1000.00",
         "mitglieder": [{"id": "mutter", "alter": 40},
                        {"id": "sohn", "alter": 20, "zu_beruecksichtigen": False, "ausschlussgrund": "§ 7 Abs. 1 (Bürgergeld)"}]}
fall("fall-neuantrag-25-4", "Neuer Antrag nach § 28 Abs. 3: Beginn im Monat der Unwirksamkeit (§ 25 Abs. 4)",
     {"antrag": "2025-08-14", "bewilligung": {"von": "2025-07", "bis": "2026-06", "beginn": "§ 25 Abs. 4", "kenntnis": "2025-07-20"},
      "haushalt": misch},
     ["der alte Bescheid ist nach § 28 Abs. 3 ab 2025-07-01 unwirksam (Bürgergeld des Sohnes); der Haushalt erfährt es am 2025-07-20",
      "Antrag am 2025-08-14 — vor Ablauf des Monats, der auf die Kenntnis folgt (bis 2025-08-31): der neue BWZ beginnt am "
      "2025-07-01 (§ 25 Abs. 4 Satz 1 Nr. 2), vor dem Antragsmonat",
      f"n = 1 (Mutter), n_gesamt = 2: M = (min(450, 461,80) + 142,60) × 1/2 = {geld_text(M_NACH)} → {W_NACH} EUR in allen zwölf Monaten"],
     {"status": "ok", "antrag_gilt_als": "2025-08-14", "berechnet": W_NACH, "ueberzahlung": 0, "nachzahlung": 0,
      "monate": reihe("2025-07", [(W_NACH, W_NACH, None)] * 12), "entscheidungen": [], "hinweise": []})
fall("fall-fehler-25-4-verspaetet", "Fehlerhafte Eingabe: Antrag nach der Frist des § 25 Abs. 4",
     {"antrag": "2025-09-02", "bewilligung": {"von": "2025-07", "bis": "2026-06", "beginn": "§ 25 Abs. 4", "kenntnis": "2025-07-20"},
      "haushalt": misch},
     ["Kenntnis 2025-07-20, Antrag 2025-09-02 — nach dem 2025-08-31: § 25 Abs. 4 greift nicht, der BWZ beginnt im Antragsmonat "
      "(§ 25 Abs. 2); ein Bescheid ab 2025-07 ist so nicht zulässig → bewilligungszeitraum_unzulaessig"],
     {"status": "fehler", "fehler": {"code": "bewilligungszeitraum_unzulaessig", "feld": "bewilligung.beginn"}})

# 18. the neuantrag_moeglich hint names the deadline of § 25 Abs. 4 as a date
A2b = wg25(2, "450.00", "1500.00")
fall("fall-neuantrag-frist", "Bürgergeld für den Sohn: die Frist für den neuen Antrag als Datum",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(2, "450.00", "1500.00", ("mutter", "sohn")),
      "verlauf": [{"ab": "2025-06-10", "bekannt": "2025-06-20", "kenntnis_haushalt": "2025-07-03", "quelle": "datenabgleich_buergergeld",
                   "ereignisse": [{"art": "transferleistung", "mitglied": "sohn"}]}]},
     ["ab 2025-06-10 Bürgergeld für den Sohn: § 28 Abs. 3, unwirksam ab 2025-07-01",
      "der Haushalt erfährt die Unwirksamkeit am 2025-07-03: ein neuer Antrag bis 2025-08-31 (Ablauf des Folgemonats, § 25 Abs. 4 "
      "Satz 1 Nr. 2) beginnt am 2025-07-01",
      f"überzahlt 8 × {A2b} = {8 * A2b}; Erstattung nach § 50 Abs. 2 SGB X (ohne Bescheid gezahlt: §§ 45, 48 SGB X entsprechend) "
      "— ein Mensch; Treffer des Datenabgleichs — erst anhören; zwei volljährige Schuldner (§ 29 Abs. 1) — Auswahl ist Ermessen"],
     {"status": "ok", "ueberzahlung": 8 * A2b, "erstattung": 8 * A2b, "schuldner": ["mutter", "sohn"],
      "entscheidungen": [{"regel": "§ 28 Abs. 3", "wirksam": "2025-07-01", "alt": A2b, "neu": 0, "gebunden": True,
                          "ueberzahlung": 8 * A2b, "erstattung": 8 * A2b}],
      "hinweise": [{"code": "neuantrag_moeglich", "datum": "2025-08-31"}],
      "aussteuerung": [{"code": "datenabgleich_anhoerung"}, {"code": "erstattung_50_2"}] +
                      ([{"code": "erstattung_grenze"}] if 8 * A2b >= 1000 else []) + [{"code": "schuldner_auswahl"}],
      "maschinell": False})

# 19. § 27 Abs. 2 Satz 6: the year runs from knowledge of the change, and a change is not known
# before it happens — a rent cut announced in March for September (a 24-month BWZ, § 25 Abs. 1)
A252b = wg25(1, "252.00", "1000.00")
fall("fall-frist-kuenftige-aenderung", "Angekündigte Mietsenkung: die Jahresfrist läuft ab dem Tag der Änderung",
     {"antrag": "2025-03-10", "stand": "2026-05-04", "entscheidung_am": "2026-05-04",
      "bewilligung": {"von": "2025-03", "bis": "2027-02"}, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-09-01", "bekannt": "2025-03-20", "quelle": "vermieter", "haushalt": haushalt(1, "252.00", "1000.00")}]},
     ["BWZ 24 Monate (§ 25 Abs. 1 seit 2023); die Behörde erfährt am 2025-03-20 von der Mietsenkung zum 2025-09-01",
      "R 300 → 252 (−16 %, § 27 Abs. 2 Nr. 2): wirksam 2025-09-01",
      "Frist: ein Jahr ab Kenntnis — gekannt werden kann die Änderung erst, wenn sie eintritt: max(2025-03-20, 2025-09-01) + 1 Jahr "
      "= 2026-09-01; am 2026-05-04 also nicht abgelaufen (ab 2025-03-20 wäre sie es seit 2026-03-20)",
      f"gezahlt bis 2026-05: überzahlt 2025-09 … 2026-05 = 9 × ({A0} − {A252b}) = {9 * (A0 - A252b)}",
      "die Angabe ist am Entscheidungstag über drei Monate alt (WoGV § 20: neu erheben) → daten_veraltet"],
     {"status": "ok", "entscheidung_am": "2026-05-04", "ueberzahlung": 9 * (A0 - A252b), "erstattung": 9 * (A0 - A252b),
      "schuldner": ["a"],
      "monate": reihe("2025-03", [(A0, A0, None)] * 6 + [(A0, A252b, "§ 27 Abs. 2 Nr. 2")] * 18),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 2", "aenderung": "2025-09-01", "wirksam": "2025-09-01", "frist": "2026-09-01",
                          "bekannt": "2025-03-20", "alt": A0, "neu": A252b, "gebunden": True}],
      "hinweise": [{"code": "meldepflicht"}], "aussteuerung": [{"code": "daten_veraltet"}]})

# 20. § 27 Abs. 1 Satz 2 with § 25 Abs. 5: a retroactive rent increase reaches back only when the
# application comes by the end of the month after the household learned of it
fall("fall-rueckwirkend-verfristet", "Rückwirkende Mieterhöhung, Antrag zu spät für die Rückwirkung (§ 25 Abs. 5)",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-05-01", "bekannt": "2025-08-05", "kenntnis_haushalt": "2025-06-10", "rueckwirkend": True,
                   "haushalt": haushalt(1, "360.00", "1000.00")},
                  {"ab": "2025-08-12", "ereignisse": [{"art": "antrag_erhoehung", "datum": "2025-08-12"}]}]},
     ["der Haushalt erfährt am 2025-06-10 von der rückwirkenden Erhöhung ab 2025-05-01 (R +20 %, § 27 Abs. 1 Nr. 2)",
      "Antrag am 2025-08-12 — nach dem 2025-07-31 (Ablauf des Monats nach der Kenntnis): keine Rückwirkung (§ 25 Abs. 5), "
      "Erhöhung ab dem Antragsmonat 2025-08-01",
      f"nachzuzahlen 7 × ({A400} − {A0}) = {7 * (A400 - A0)}"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 7 * (A400 - A0),
      "monate": reihe("2025-03", [(A0, A0, None)] * 5 + [(A0, A400, "§ 27 Abs. 1 Nr. 2")] * 7),
      "entscheidungen": [{"regel": "§ 27 Abs. 1 Nr. 2", "wirksam": "2025-08-01", "alt": A0, "neu": A400}], "hinweise": []})

# 21. the day of death is a day of use: the only member dies on the 1st — § 28 Abs. 1 from the next 1st
fall("fall-tod-am-ersten", "Das einzige Mitglied stirbt am Ersten: unwirksam ab dem nächsten Ersten",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-09-01", "quelle": "melderegister", "ereignisse": [{"art": "tod", "mitglied": "a"}]}]},
     ["Tod am 2025-09-01: an diesem Tag wurde die Wohnung noch genutzt; niemand nutzt sie ab 2025-09-02 — das ist kein Erster: "
      "unwirksam ab 2025-10-01 (§ 28 Abs. 1)",
      f"überzahlt 2025-10 … 2026-02: 5 × {A0} = {5 * A0}; gegen wen sich die Erstattung richtet (Erben), entscheidet ein Mensch"],
     {"status": "ok", "ueberzahlung": 5 * A0, "erstattung": 5 * A0, "schuldner": [],
      "monate": reihe("2025-03", [(A0, A0, None)] * 7 + [(A0, 0, "§ 28 Abs. 1")] * 5),
      "entscheidungen": [{"regel": "§ 28 Abs. 1", "aenderung": "2025-09-02", "wirksam": "2025-10-01", "alt": A0, "neu": 0}],
      "hinweise": [], "aussteuerung": [{"code": "antragsteller_verstorben"}, {"code": "erstattung_50_2"}]})

# 22. "nicht nur vorübergehend" is not in § 27 Abs. 1: an income drop for two months with an
# application raises the award for those months; the return is a § 27 Abs. 2 change against it
A800 = wg25(1, "300.00", "800.00")
fall("fall-voruebergehend-erhoehung-antrag", "Einkommen −20 % für zwei Monate mit Antrag: § 27 Abs. 1 kennt kein „nur vorübergehend“",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-06-01", "bis": "2025-07-31", "haushalt": haushalt(1, "300.00", "800.00")},
                  {"ab": "2025-06-10", "ereignisse": [{"art": "antrag_erhoehung"}]}]},
     [f"2025-06-01 … 2025-07-31 Y = 800: −20 % > 10 % (§ 27 Abs. 1 Nr. 3) → {A800} > {A0}; Antrag am 2025-06-10: "
      "Erhöhung ab 2025-06-01 — § 27 Abs. 1 verlangt keine Dauer",
      f"ab 2025-08-01 wieder Y = 1 000: gegen den neuen Bescheid (Y = 800) +25 % > 15 % (§ 27 Abs. 2 Nr. 3), bis zum Ende des BWZ — "
      f"nicht nur vorübergehend: {A0} ab 2025-08-01; § 27 Abs. 3: Einkünfte +25 % → meldepflicht",
      f"nachzuzahlen 2 × ({A800} − {A0}) = {2 * (A800 - A0)}"],
     {"status": "ok", "ueberzahlung": 0, "nachzahlung": 2 * (A800 - A0),
      "monate": reihe("2025-03", [(A0, A0, None)] * 3 + [(A0, A800, "§ 27 Abs. 1 Nr. 3")] * 2 + [(A0, A0, "§ 27 Abs. 2 Nr. 3")] * 7),
      "entscheidungen": [{"regel": "§ 27 Abs. 1 Nr. 3", "wirksam": "2025-06-01", "alt": A0, "neu": A800},
                         {"regel": "§ 27 Abs. 2 Nr. 3", "wirksam": "2025-08-01", "alt": A800, "neu": A0}],
      "hinweise": [{"code": "meldepflicht", "datum": "2025-08-01"}]})

# 23. § 30a per Aufhebung, not per case (decisions of 2024): P2023, Stufe I, H(1) = 347, K = 19,20,
# E = 110,40 (docs/recht.md 4.5)
def w23(miete, y):
    return faelle.anlage3(min(d(miete), d("347") + d("19.20")) + d("110.40"), d(y), faelle.ABC23_1, faelle.MIN23[1])["W"]
C0, C1 = w23("300", "1220"), w23("252", "1220")
assert 0 < C0 - C1 <= 50 and C0 <= 50 and (C0 - C1) + C0 > 50
fall("fall-30a-je-aufhebung", "Zwei Aufhebungen 2024 von je höchstens 50 Euro: § 30a je Aufhebung, zusammen mehr als 50",
     {"antrag": "2024-01-08", "stand": "2024-12-20", "entscheidung_am": "2024-12-20",
      "bewilligung": {"von": "2024-01", "bis": "2024-12"}, "haushalt": haushalt(1, "300.00", "1220.00"),
      "verlauf": [{"ab": "2024-11-01", "haushalt": haushalt(1, "252.00", "1220.00")},
                  {"ab": "2024-12-01", "ereignisse": [{"art": "auszug", "mitglied": "a"}]}]},
     [f"P2023: M = 300 + 110,40 = 410,40, Y = 1 220 → {C0}; ab 2024-11-01 Miete 252 (−16 %, § 27 Abs. 2 Nr. 2) → {C1}",
      "ab 2024-12-01 niemand mehr in der Wohnung: § 28 Abs. 1 ab 2024-12-01",
      f"überzahlt nach der ersten Entscheidung 1 × ({C0} − {C1}) = {C0 - C1}, nach der zweiten 1 × {C0} = {C0}; zusammen {C0 - C1 + C0}",
      "§ 30a (Entscheidungen 2023-01-01 … 2024-12-31): keine Erstattung bis 50 Euro — der Betrag ist der zu erstattende Betrag der "
      "einzelnen Aufhebung: beide ≤ 50, also nichts zu erstatten (auf die Summe bezogen wären 70 Euro zu erstatten)"],
     {"status": "ok", "ueberzahlung": C0 - C1 + C0, "erstattung": 0, "schuldner": [],
      "monate": reihe("2024-01", [(C0, C0, None)] * 10 + [(C0, C1, "§ 27 Abs. 2 Nr. 2"), (C0, 0, "§ 28 Abs. 1")]),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 2", "wirksam": "2024-11-01", "ueberzahlung": C0 - C1, "erstattung": 0},
                         {"regel": "§ 28 Abs. 1", "wirksam": "2024-12-01", "ueberzahlung": C0, "erstattung": 0}],
      "hinweise": [{"code": "meldepflicht"}, {"code": "bagatelle_30a"}, {"code": "bagatelle_30a"}],
      "aussteuerung": [], "maschinell": True})

# 24. what was actually paid (`zahlungen`): the authority stopped payments from January
fall("fall-zahlungen-eingestellt", "Auszug des letzten Mitglieds, Zahlungen ab Januar eingestellt",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-11-16", "quelle": "melderegister", "ereignisse": [{"art": "auszug", "mitglied": "a"}]}],
      "zahlungen": [{"monat": "2026-01", "betrag": 0}, {"monat": "2026-02", "betrag": 0}]},
     ["ab 2025-11-16 nutzt niemand die Wohnung: unwirksam ab 2025-12-01 (§ 28 Abs. 1)",
      f"gezahlt: Dezember {A0} (bewilligt), Januar und Februar 0: überzahlt ist nur der Dezember, {A0} EUR — gegen das Gezahlte, "
      "nicht gegen das Bewilligte gerechnet (§ 50 SGB X: zu erstatten ist, was erbracht wurde)"],
     {"status": "ok", "ueberzahlung": A0, "nachzahlung": 0, "erstattung": A0, "schuldner": ["a"],
      "monate": [dict(m, **{"ausgezahlt": z}) for m, z in
                 zip(reihe("2025-03", [(A0, A0, None)] * 9 + [(A0, 0, "§ 28 Abs. 1")] * 3), [A0] * 10 + [0, 0])],
      "entscheidungen": [{"regel": "§ 28 Abs. 1", "wirksam": "2025-12-01", "ueberzahlung": A0, "erstattung": A0}],
      "hinweise": [], "aussteuerung": [{"code": "erstattung_50_2"}]})

# 25. entscheidung_am: the deadline of § 27 Abs. 2 Satz 6 is judged on the day of the decision
fall("fall-entscheidung-am-frist", "Entscheidungstag nach Ablauf der Jahresfrist",
     {"antrag": "2025-03-10", "stand": "2025-12-31", "entscheidung_am": "2026-05-01", "bewilligung": BWZ,
      "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-04-01", "bekannt": "2025-04-10", "haushalt": haushalt(1, "300.00", "1160.00")}]},
     ["Y +16 % ab 2025-04-01 (§ 27 Abs. 2 Nr. 3), bekannt seit 2025-04-10: zu entscheiden bis 2026-04-10",
      "entschieden wird am 2026-05-01: die Frist ist abgelaufen, der Bescheid bleibt (Hinweis frist_abgelaufen); ob § 45 SGB X "
      "noch trägt, entscheidet ein Mensch"],
     {"status": "ok", "stand": "2025-12-31", "entscheidung_am": "2026-05-01", "ueberzahlung": 0,
      "monate": reihe("2025-03", [(A0, A0, None)] * 12), "entscheidungen": [],
      "hinweise": [{"code": "meldepflicht"}, {"code": "frist_abgelaufen", "datum": "2026-04-10"}],
      "aussteuerung": [{"code": "frist_abgelaufen"}]})

# 26. a fact already true when the Bescheid was issued: § 45 SGB X, not § 27 Abs. 2 (BVerwG 5 C 2.18)
fall("fall-45-sgb-x", "Einkommen schon vor dem Bescheid gestiegen: Rücknahme nach § 45 SGB X",
     {"antrag": "2025-03-10", "bewilligung": {"von": "2025-03", "bis": "2026-02", "bescheid_am": "2025-04-20"},
      "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-04-01", "bekannt": "2025-06-02", "haushalt": haushalt(1, "300.00", "1160.00")}]},
     ["Y +16 % ab 2025-04-01, der Bescheid ist vom 2025-04-20: die Änderung bestand schon beim Erlass — §§ 27 Abs. 2, 28 Abs. 3 "
      "setzen einen vorher erlassenen Bescheid voraus (BVerwG 5 C 2.18); der Bescheid war von Anfang an rechtswidrig: § 45 SGB X",
      f"die Beträge wie nach § 27 Abs. 2: {A16} ab 2025-04-01, überzahlt 11 × ({A0} − {A16}) = {11 * (A0 - A16)}; ob und wie weit "
      "zurückgenommen wird (Vertrauensschutz, Ermessen), entscheidet ein Mensch"],
     {"status": "ok", "ueberzahlung": 11 * (A0 - A16),
      "entscheidungen": [{"regel": "§ 27 Abs. 2 Nr. 3", "wirksam": "2025-04-01", "gebunden": False,
                          "rechtsweg": "§ 45 SGB X (die Tatsache bestand schon beim Erlass des Bescheids), Erstattung § 50 Abs. 1 SGB X"}],
      "hinweise": [{"code": "meldepflicht"}], "aussteuerung": [{"code": "ruecknahme_45_sgb_x"}], "maschinell": False})

# 27. quelle: an increase drawn from Datenabgleich data says so (§ 33 Abs. 2, 3)
A890 = wg25(1, "300.00", "890.00")
fall("fall-datenabgleich-erhoehung", "Erhöhung möglich, erkannt im Datenabgleich",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2025-05-01", "bekannt": "2025-06-01", "quelle": "datenabgleich_rente",
                   "haushalt": haushalt(1, "300.00", "890.00")}]},
     [f"Y −11 % ab 2025-05-01 (§ 27 Abs. 1 Nr. 3, mehr als 10 %) → {A890} > {A0}: nur auf Antrag",
      "die Angabe stammt aus dem Datenabgleich: § 33 Abs. 2, 3 begrenzt den Zweck — der Hinweis nennt die Quelle"],
     {"status": "ok", "monate": reihe("2025-03", [(A0, A0, None)] * 12), "entscheidungen": [],
      "hinweise": [{"code": "erhoehung_moeglich", "datum": "2025-05-01", "betrag": A890, "quelle": "datenabgleich_rente"}],
      "aussteuerung": []})

# 28. a history entry after the BWZ (register data arrive late) is left out with a hint
fall("fall-verlauf-nach-bwz", "Ein Eintrag nach dem Ende des Bewilligungszeitraums",
     {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
      "verlauf": [{"ab": "2026-03-01", "haushalt": haushalt(1, "300.00", "900.00")}]},
     ["ab 2026-03-01 — nach dem BWZ (bis 2026-02): für diesen Bescheid ohne Bedeutung; Hinweis, keine Ablehnung des Falls"],
     {"status": "ok", "monate": reihe("2025-03", [(A0, A0, None)] * 12), "entscheidungen": [],
      "hinweise": [{"code": "verlauf_nach_bwz", "verlauf": 0}], "aussteuerung": []})


# 12. bad input: the run goes on with a field-named error
for id_, ein, code, feld in [
        ("fall-fehler-vor-antrag", {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
                                    "verlauf": [{"ab": "2025-03-01", "haushalt": haushalt(1, "300.00", "900.00")}]},
         "verlauf_datum", "verlauf[0].ab"),
        ("fall-fehler-vor-antrag", {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
                                    "verlauf": [{"ab": "2025-03-01", "haushalt": haushalt(1, "300.00", "900.00")}]},
         "verlauf_datum", "verlauf[0].ab"),
        ("fall-fehler-mitglied", {"antrag": "2025-03-10", "bewilligung": BWZ, "haushalt": haushalt(1, "300.00", "1000.00"),
                                  "verlauf": [{"ab": "2025-06-01", "ereignisse": [{"art": "auszug", "mitglied": "x"}]}]},
         "mitglied_unbekannt", "verlauf[0].ereignisse[0].mitglied"),
        ("fall-fehler-bwz-lang", {"antrag": "2022-03-10", "bewilligung": {"von": "2022-03", "bis": "2023-08"},
                                  "haushalt": haushalt(1, "300.00", "1000.00")},
         "bewilligungszeitraum_unzulaessig", "bewilligung.bis"),
        ("fall-fehler-betrag", {"antrag": "2025-03-10", "bewilligung": {"von": "2025-03", "bis": "2026-02", "wohngeld_monat": "212.50"},
                                "haushalt": haushalt(1, "300.00", "1000.00")},
         "betrag_ungueltig", "bewilligung.wohngeld_monat")]:
    fall(id_, "Fehlerhafte Eingabe: " + feld, ein, [f"{feld}: {code}"],
         {"status": "fehler", "fehler": {"code": code, "feld": feld}})


def main():
    with open(os.path.join(GOLDEN, "fall-hand.jsonl"), "w", encoding="utf-8") as f:
        for id_, titel, ein, zeilen, erw, einst in FAELLE:
            z = {"eingabe": ein, "erwartet": erw, "quelle": f"Handherleitung, golden/FALL-HERLEITUNG.md#{id_}"}
            if einst:
                z["einstellungen"] = einst
            f.write(json.dumps(z, ensure_ascii=False) + "\n")
    with open(os.path.join(GOLDEN, "FALL-HERLEITUNG.md"), "w", encoding="utf-8") as f:
        f.write("# Hand-derived running cases\n\nGenerated by `golden/herleitung/laufende_faelle.py` (amounts with the "
                "Anlage-3 helper of `faelle.py`, M and Y typed from the law; the procedure reasoned per case from "
                "§§ 27, 28, 22 Abs. 4, 42a–44 WoGG; no engine code involved).\n\n")
        for id_, titel, ein, zeilen, erw, einst in FAELLE:
            f.write(f"<a id=\"{id_}\"></a>\n## {id_}\n\n{titel}."
                    + (f" Einstellungen: `{json.dumps(einst)}`." if einst else "") + "\n\n")
            for z in zeilen:
                f.write(f"- {z}\n")
            f.write("\n")
    print(f"{len(FAELLE)} laufende Fälle geschrieben")


if __name__ == "__main__":
    main()
