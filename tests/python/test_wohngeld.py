"""The Python module (docs/python.md), run by ctest with PYTHONPATH=build/python and WOHNGELD=the
program: the same results as the CLI for every golden file and the official examples; the columnar
path equal to the record path on 10 000 generated households; every bad input its error; threads."""
import decimal
import glob
import json
import os
import subprocess
import threading

import numpy as np
import pytest

import wohngeld

QUELLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
WOHNGELD = os.environ.get("WOHNGELD", os.path.join(QUELLE, "build", "wohngeld"))


def ohne_decimal(o):
    if isinstance(o, dict):
        return {k: ohne_decimal(v) for k, v in o.items()}
    if isinstance(o, list):
        return [ohne_decimal(v) for v in o]
    if isinstance(o, decimal.Decimal):
        return str(o)
    return o


@pytest.mark.parametrize("datei", sorted(glob.glob(os.path.join(QUELLE, "golden", "*.jsonl"))) +
                         [os.path.join(QUELLE, "examples", "haushalte.jsonl"), os.path.join(QUELLE, "examples", "vorpruefung.jsonl")])
def test_wie_die_kommandozeile(datei):
    saetze = []
    for zeile in open(datei, encoding="utf-8"):
        if zeile.strip():
            g = json.loads(zeile)
            saetze.append(g.get("eingabe", g))
    saetze = [s for s in saetze if s.get("format") != "wohngeld-fall/1"]
    eingabe = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in saetze)
    p = subprocess.run([WOHNGELD, "berechnen"], input=eingabe.encode(), capture_output=True)
    cli = [json.loads(z) for z in p.stdout.decode().splitlines()]
    py = [ohne_decimal(r) for r in wohngeld.berechnen(saetze)]
    assert len(cli) == len(py) == len(saetze)
    for a, b in zip(cli, py):
        assert a == b


def erzeugen(n, saat=7):
    """n households within the columnar record subset, one row per member"""
    rng = np.random.default_rng(saat)
    groesse = rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 8], size=n)
    hh = np.repeat(np.arange(n, dtype=np.int64) * 3 + 11, groesse)
    zeilen = len(hh)
    tage = np.datetime64("2016-01-01") + rng.integers(0, 3650, size=n)
    stufe = rng.integers(1, 8, size=n)
    miete = rng.integers(20000, 120000, size=n)
    arten = np.array(["", "arbeitslohn", "rente", "lohnersatz", "kindergeld", "unterhalt_erhalten", "minijob_pauschal"])
    return {
        "hh_id": hh,
        "stichtag": np.repeat(tage, groesse).astype(str),
        "mietenstufe": np.repeat(stufe, groesse),
        "miete_cent": np.repeat(miete, groesse),
        "alter": rng.integers(-1, 90, size=zeilen),
        "abzug_steuern": rng.random(zeilen) < 0.5,
        "abzug_kranken_pflege": rng.random(zeilen) < 0.7,
        "abzug_rente": rng.random(zeilen) < 0.5,
        "einkommen_art": arten[rng.integers(0, len(arten), size=zeilen)],
        "einkommen_cent": rng.integers(0, 300000, size=zeilen),
        "zu_beruecksichtigen": rng.random(zeilen) < 0.95,
    }


def als_saetze(sp):
    saetze = []
    hh = sp["hh_id"]
    i = 0
    while i < len(hh):
        j = i
        while j < len(hh) and hh[j] == hh[i]:
            j += 1
        mitglieder = []
        for k in range(i, j):
            m = {"abzug_steuern": bool(sp["abzug_steuern"][k]), "abzug_kranken_pflege": bool(sp["abzug_kranken_pflege"][k]),
                 "abzug_rente": bool(sp["abzug_rente"][k]), "zu_beruecksichtigen": bool(sp["zu_beruecksichtigen"][k])}
            if sp["alter"][k] >= 0:
                m["alter"] = int(sp["alter"][k])
            if sp["einkommen_art"][k]:
                c = int(sp["einkommen_cent"][k])
                m["einkommen"] = [{"art": str(sp["einkommen_art"][k]), "betrag_monat": f"{c // 100}.{c % 100:02d}"}]
            mitglieder.append(m)
        c = int(sp["miete_cent"][i])
        saetze.append({"id": str(int(hh[i])), "stichtag": str(sp["stichtag"][i]), "mietenstufe": int(sp["mietenstufe"][i]),
                       "wohnkosten": {"art": "miete", "betrag_monat": f"{c // 100}.{c % 100:02d}"}, "mitglieder": mitglieder})
        i = j
    return saetze


def test_spalten_gleich_datensaetze():
    sp = erzeugen(10000)
    a = wohngeld.berechnen_spalten(sp)
    b = wohngeld.berechnen(als_saetze(sp))
    assert len(a["hh_id"]) == len(b) == 10000
    for k, r in enumerate(b):
        assert int(a["hh_id"][k]) == int(r["id"])
        if r["status"] == "fehler":
            assert a["fehler_code"][k] == r["fehler"]["code"]
            continue
        assert a["fehler_code"][k] == ""
        assert int(a["wohngeld_monat"][k]) == r["wohngeld_monat"]
        assert bool(a["anspruch"][k]) == r["anspruch"]
        assert a["grund"][k] == (r["grund"]["code"] if r["grund"] else "")
    assert a["anspruch"].sum() > 1000 and (a["grund"] != "").sum() > 1000


def test_dataframe_und_datetime():
    pd = pytest.importorskip("pandas")
    sp = erzeugen(300, saat=3)
    df = pd.DataFrame(sp)
    df["stichtag"] = pd.to_datetime(df["stichtag"])
    a, b = wohngeld.berechnen_spalten(df), wohngeld.berechnen_spalten(sp)
    for k in a:
        assert (a[k] == b[k]).all()
    df["einkommen_art"] = df["einkommen_art"].astype("category")   # the usual form in microdata
    c = wohngeld.berechnen_spalten(df)
    for k in a:
        assert (a[k] == c[k]).all()
    df["einkommen_art"] = df["einkommen_art"].cat.add_categories(["lotto"])
    df.loc[0, "einkommen_art"] = "lotto"
    with pytest.raises(wohngeld.WohngeldFehler):
        wohngeld.berechnen_spalten(df)


def fehler(sp, **kw):
    with pytest.raises(wohngeld.WohngeldFehler) as e:
        wohngeld.berechnen_spalten(sp, **kw)
    return e.value


def test_schlechte_eingaben():
    sp = erzeugen(20, saat=5)
    f = dict(sp, miete_cent=sp["miete_cent"].astype(float))
    assert fehler(f).feld == "miete_cent" and fehler(f).code == "typ_falsch"
    gerundet = wohngeld.berechnen_spalten(dict(sp, miete_cent=sp["miete_cent"].astype(float) + 0.4), runden=True)
    assert (gerundet["wohngeld_monat"] == wohngeld.berechnen_spalten(sp)["wohngeld_monat"]).all()
    nan = sp["einkommen_cent"].astype(float)
    nan[3] = np.nan
    assert fehler(dict(sp, einkommen_cent=nan), runden=True).code == "betrag_ungueltig"
    neg = sp["einkommen_cent"].copy()
    neg[2] = -1
    assert fehler(dict(sp, einkommen_cent=neg)).code == "betrag_negativ"
    ohne = dict(sp)
    del ohne["alter"]
    assert fehler(ohne).code == "feld_fehlt" and fehler(ohne).feld == "alter"
    assert fehler(dict(sp, abzug_rente=sp["abzug_rente"].astype(float))).feld == "abzug_rente"
    assert fehler(dict(sp, mietenstufe=sp["mietenstufe"].astype(str))).feld == "mietenstufe"
    art = sp["einkommen_art"].copy()
    art[0] = "lotto"
    assert fehler(dict(sp, einkommen_art=art)).code == "art_unbekannt"
    tag = sp["stichtag"].copy()
    tag[0] = "2025-13-01"
    e = fehler(dict(sp, stichtag=tag))
    assert e.feld == "stichtag" and e.code in ("datum_ungueltig", "wert_ungueltig")
    erste = np.flatnonzero(np.r_[True, sp["hh_id"][1:] != sp["hh_id"][:-1]])
    einzeln = [k for k in erste if k + 1 < len(sp["hh_id"]) and k + 1 not in erste]
    if einzeln:  # a later row of a household that says another date
        tag = sp["stichtag"].copy()
        tag[einzeln[0] + 1] = "2019-01-01"
        assert fehler(dict(sp, stichtag=tag)).code == "wert_ungueltig"
    tag = sp["stichtag"].copy()
    tag[:] = "2025-13-01"
    assert fehler(dict(sp, stichtag=tag)).code == "datum_ungueltig"
    kurz = dict(sp, alter=sp["alter"][:-1])
    assert fehler(kurz).feld == "alter"
    drei = {k: np.repeat(v[:1], 3) for k, v in sp.items()}
    drei["hh_id"] = np.array([1, 2, 1])  # household 1 comes back after household 2
    assert fehler(drei).feld == "hh_id"
    drei["hh_id"] = np.array([5, 2, 2])  # not ascending, but consecutive: fine
    assert len(wohngeld.berechnen_spalten(drei)["hh_id"]) == 2
    # a household the engine refuses: an error column, or an exception when asked
    stufe = sp["mietenstufe"].copy()
    stufe[sp["hh_id"] == sp["hh_id"][0]] = 9
    r = wohngeld.berechnen_spalten(dict(sp, mietenstufe=stufe))
    assert r["fehler_code"][0] == "mietenstufe_ungueltig" and (r["fehler_code"][1:] == "").all()
    assert fehler(dict(sp, mietenstufe=stufe), fehler="ausnahme").code == "mietenstufe_ungueltig"
    rr = wohngeld.berechnen([{"id": "x", "stichtag": "2025-02-30"}])
    assert rr[0]["status"] == "fehler" and rr[0]["fehler"]["feld"] == "stichtag"
    with pytest.raises(wohngeld.WohngeldFehler):
        wohngeld.berechnen([{"id": "x", "stichtag": "2025-02-30"}], fehler="ausnahme")


def test_threads_und_gil():
    sp = erzeugen(4000, saat=9)
    erwartet = wohngeld.berechnen_spalten(sp, threads=1)
    ergebnisse = [None, None]

    def lauf(i):
        ergebnisse[i] = wohngeld.berechnen_spalten(sp, threads=2)

    t = [threading.Thread(target=lauf, args=(i,)) for i in range(2)]
    for x in t:
        x.start()
    for x in t:
        x.join()
    for r in ergebnisse:
        assert (r["wohngeld_monat"] == erwartet["wohngeld_monat"]).all()


def test_vergleich_und_grenzen():
    sp = erzeugen(2000, saat=4)
    sp["stichtag"] = np.full(len(sp["hh_id"]), "2027-03-01")
    je, summe = wohngeld.vergleich(sp, "2025", "2027-entwurf")
    a = wohngeld.berechnen_spalten(sp, rechtsstand="2025")
    assert (je["alt"] == a["wohngeld_monat"]).all()
    assert summe["differenz"] == int((je["neu"] - je["alt"])[je["fehler_code"] == ""].sum())
    g = wohngeld.grenzen("2025-06-01")
    zelle = g.iloc[0, 0] if hasattr(g, "iloc") else g["werte"][0][0]
    assert zelle == decimal.Decimal("1443.16")  # golden vp-grenze-2025-1-I
    v = wohngeld.vorpruefen([json.loads(open(os.path.join(QUELLE, "examples", "vorpruefung.jsonl")).readline())])
    assert "spanne" in v[0]
