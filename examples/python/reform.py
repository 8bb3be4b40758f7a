"""A reform estimate with the Python module (docs/python.md): 200 000 generated households (one row
per member), each under the law of 2025 and under the 2027 draft on 2027-03-01; the totals, and
winners and losers by household size as a picture (docs/python-reform.png).

    PYTHONPATH=build/python /usr/bin/python3 examples/python/reform.py [BILD.png]
"""
import sys

import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import wohngeld  # noqa: E402

rng = np.random.default_rng(2027)
N = 200_000
groesse = rng.choice([1, 2, 3, 4, 5, 6], size=N, p=[0.45, 0.30, 0.11, 0.09, 0.04, 0.01])
zeilen = int(groesse.sum())
hh = np.repeat(np.arange(N, dtype=np.int64), groesse)
erste = np.r_[True, hh[1:] != hh[:-1]]
erwachsen = erste | (rng.random(zeilen) < 0.15)
spalten = {
    "hh_id": hh,
    "stichtag": np.full(zeilen, np.datetime64("2027-03-01")),
    "mietenstufe": np.repeat(rng.integers(1, 8, size=N), groesse),
    "miete_cent": np.repeat(rng.integers(30_000, 110_000, size=N), groesse),
    "alter": np.where(erwachsen, rng.integers(20, 85, size=zeilen), rng.integers(0, 18, size=zeilen)),
    "abzug_steuern": erwachsen & (rng.random(zeilen) < 0.5),
    "abzug_kranken_pflege": erwachsen,
    "abzug_rente": erwachsen & (rng.random(zeilen) < 0.5),
    "einkommen_art": np.where(erwachsen, np.where(rng.random(zeilen) < 0.6, "arbeitslohn", "rente"), ""),
    "einkommen_cent": np.where(erwachsen, rng.integers(40_000, 260_000, size=zeilen), 0),
}
je, summe = wohngeld.vergleich(spalten, "2025", "2027-entwurf")
print(f"Haushalte: {summe['haushalte']:,}; Wohngeld im Monat 2025: {summe['summe_alt']:,} EUR, Entwurf 2027: "
      f"{summe['summe_neu']:,} EUR, Differenz {summe['differenz']:+,} EUR ({12 * summe['differenz']:+,} EUR im Jahr)")
print(f"Gewinner {summe['gewinner']:,}, Verlierer {summe['verlierer']:,}; neu mit Anspruch {summe['neu_mit_anspruch']:,}, "
      f"Anspruch verloren {summe['ohne_anspruch_neu']:,}")

# winners and losers by household size (the members of the household, counted or not)
g = groesse
fig, ax = plt.subplots(figsize=(7, 3.6), dpi=110)
x = np.arange(1, 7)
gew = [int(((je["differenz"] > 0) & (g == k)).sum()) for k in x]
ver = [int(((je["differenz"] < 0) & (g == k)).sum()) for k in x]
gleich = [int(((je["differenz"] == 0) & (je["alt"] > 0) & (g == k)).sum()) for k in x]
ax.bar(x - 0.27, gew, width=0.27, label="mehr Wohngeld", color="#2a7a3b")
ax.bar(x, gleich, width=0.27, label="unverändert (mit Anspruch)", color="#9aa0a6")
ax.bar(x + 0.27, ver, width=0.27, label="weniger Wohngeld", color="#b3261e")
ax.set_xticks(x)
ax.set_xticklabels([f"{k} Pers." for k in x])
ax.set_ylabel("Haushalte")
ax.set_title("Entwurf 2027 gegenüber 2025 (Stichtag 01.03.2027, 200 000 erzeugte Haushalte)", fontsize=9)
ax.legend(fontsize=8)
fig.tight_layout()
bild = sys.argv[1] if len(sys.argv) > 1 else "python-reform.png"
fig.savefig(bild)
print(f"Bild: {bild}")
