"""Speed of the Python module (docs/python.md), in the same run: the columnar path on 1 000 000
households from numpy arrays (households per second, 2 threads and 1), the record path (dicts) on
20 000, and their ratio. Usage: PYTHONPATH=build/python /usr/bin/python3 bench/python.py [N]"""
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "python"))
import wohngeld  # noqa: E402
from test_wohngeld import als_saetze, erzeugen  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
sp = erzeugen(N, saat=2026)
zeilen = len(sp["hh_id"])


def beste(f, runden=3):
    t = []
    for _ in range(runden):
        a = time.perf_counter()
        f()
        t.append(time.perf_counter() - a)
    return min(t)


tt = beste(lambda: wohngeld.berechnen_spalten(sp, threads=2))
text = dict(sp)
sp = dict(sp, stichtag=sp["stichtag"].astype("datetime64[D]"))
t2 = beste(lambda: wohngeld.berechnen_spalten(sp, threads=2))
t1 = beste(lambda: wohngeld.berechnen_spalten(sp, threads=1))
try:
    import pandas as pd
    kat = dict(sp, einkommen_art=pd.Categorical(sp["einkommen_art"]))
    tc = beste(lambda: wohngeld.berechnen_spalten(kat, threads=2))
except ImportError:
    tc = None
klein = {k: v[: np.searchsorted(sp["hh_id"], sp["hh_id"][0] + 3 * 20000)] for k, v in sp.items()}
saetze = als_saetze(klein)
td = beste(lambda: wohngeld.berechnen(saetze, threads=2), runden=2)
r2, r1, rd = N / t2, N / t1, len(saetze) / td
print(f"Maschine: {os.cpu_count()} Kerne; {N} Haushalte, {zeilen} Zeilen (Mitglieder)")
print(f"berechnen_spalten, 2 Threads: {r2:12,.0f} Haushalte/s  ({t2:.3f} s, stichtag datetime64[D]; Prüfung und Umwandlung eingeschlossen)")
print(f"  … stichtag als Text:          {N / tt:12,.0f} Haushalte/s  ({tt:.3f} s)")
if tc:
    print(f"  … einkommen_art Categorical:  {N / tc:12,.0f} Haushalte/s  ({tc:.3f} s)")
print(f"berechnen_spalten, 1 Thread:  {r1:12,.0f} Haushalte/s")
print(f"berechnen (dicts), 2 Threads: {rd:12,.0f} Haushalte/s  ({len(saetze)} Haushalte)")
print(f"Verhältnis Spalten / dicts:   {r2 / rd:12.1f}")
