"""wohngeld — the Wohngeld engine in Python, in-process and exact (docs/python.md).

    import wohngeld
    wohngeld.berechnen([{"id": "a", "stichtag": "2025-01-01", "mietenstufe": 4, ...}])   # dicts → dicts
    wohngeld.berechnen_spalten(df)          # one row per member → numpy arrays per household
    wohngeld.vergleich(df, "2025", "2027-entwurf")
    wohngeld.vorpruefen([...])              # partial records: exact ranges
    wohngeld.grenzen("2025-06-01")          # Einkommensgrenzen, 12 sizes × 7 Mietenstufen

Money is exact: whole euros as int, cents as decimal.Decimal; in the columns integer cents. Errors
belong to the record (code, field, message), never an exception that loses the batch — unless
fehler="ausnahme" asks for one.
"""
import decimal
import json

import numpy as np

from . import _wohngeld

_STATUS, _GRUENDE, _ARTEN, __version__ = _wohngeld._codes()
# the result's text columns: arrays of references to these few shared str objects (no new object
# per household, and no wide fixed-width copies)
_STATUS_NP = np.array([""] + list(_STATUS[1:]), dtype=object)
_GRUENDE_NP = np.array(list(_GRUENDE) + [""], dtype=object)   # index −1: no grund (an error)
_ART_NR = {name: i for i, name in enumerate(_ARTEN)}

__all__ = ["berechnen", "berechnen_spalten", "vergleich", "vorpruefen", "grenzen", "WohngeldFehler", "__version__"]


class WohngeldFehler(ValueError):
    """A record (or a column) the engine refuses: code, field (or column) and German message."""

    def __init__(self, code, feld, meldung, zeile=None):
        super().__init__(f"{code}: {feld}: {meldung}" + (f" (Datensatz {zeile})" if zeile is not None else ""))
        self.code, self.feld, self.meldung, self.zeile = code, feld, meldung, zeile


# ---- records as dicts ----

def _geld(o):
    """the result's decimal strings with two places → Decimal (amounts in euros and cents)"""
    if isinstance(o, dict):
        return {k: _geld(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_geld(v) for v in o]
    if isinstance(o, str) and len(o) > 3 and o[-3] == "." and o[:-3].lstrip("-").isdigit() and o[-2:].isdigit():
        return decimal.Decimal(o)
    return o


def _json_zeilen(saetze, threads):
    if isinstance(saetze, dict):
        raise TypeError("eine Liste von Datensätzen (dicts) erwartet, nicht ein einzelner")
    zeilen = []
    for s in saetze:
        zeilen.append(s if isinstance(s, str) else json.dumps(s, ensure_ascii=False, default=_json_wert))
    return [json.loads(t) for t in _wohngeld._json(zeilen, threads)]


def _json_wert(v):
    if isinstance(v, decimal.Decimal):
        return str(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    raise TypeError(f"{type(v).__name__} ist im Datensatzformat nicht darstellbar")


def berechnen(saetze, fehler="spalte", threads=0):
    """Records (dicts in the format of docs/records.md, or JSON strings) → result dicts with the
    keys of the JSON result; amounts with cents as decimal.Decimal, whole euros as int. A record
    the engine refuses gets its result with "status": "fehler" (fehler="spalte", the default) or
    raises WohngeldFehler (fehler="ausnahme")."""
    if fehler not in ("spalte", "ausnahme"):
        raise ValueError('fehler: "spalte" oder "ausnahme"')
    ergebnisse = [_geld(r) for r in _json_zeilen(saetze, threads)]
    if fehler == "ausnahme":
        for i, r in enumerate(ergebnisse):
            if r.get("status") == "fehler":
                f = r["fehler"]
                raise WohngeldFehler(f["code"], f["feld"], f["meldung"], i)
    return ergebnisse


def vorpruefen(saetze, fehler="spalte", threads=0):
    """Partial records (money as {"von", "bis"} or "unbekannt", docs/vorpruefung.md) → results
    with the exact range ("spanne"); complete records give their ordinary result."""
    return berechnen(saetze, fehler=fehler, threads=threads)


# ---- the columnar path ----

_PFLICHT = ["hh_id", "stichtag", "mietenstufe", "miete_cent", "alter", "abzug_steuern", "abzug_kranken_pflege", "abzug_rente",
            "einkommen_art", "einkommen_cent"]
_GELD = ("miete_cent", "einkommen_cent")


def _spalte(spalten, name):
    try:
        v = spalten[name]
    except (KeyError, IndexError):
        raise WohngeldFehler("feld_fehlt", name, "Spalte fehlt") from None
    return np.asarray(v)


def _ganz(name, a, runden):
    if a.dtype.kind in "iu":
        return a.astype(np.int64, copy=False)
    if a.dtype.kind == "b":
        raise WohngeldFehler("typ_falsch", name, "ganze Zahl erwartet, nicht bool")
    if a.dtype.kind == "f":
        if np.isnan(a).any():
            raise WohngeldFehler("betrag_ungueltig", name, f"NaN in Zeile {int(np.flatnonzero(np.isnan(a))[0])}")
        if name in _GELD and not runden:
            raise WohngeldFehler("typ_falsch", name, "Geld in ganzen Cent (int64) erwartet; Gleitkomma nur mit runden=True")
        if name in _GELD:
            # half up to the cent, exactly for the decimal the float stands for
            return np.array([int(decimal.Decimal(repr(float(x))).quantize(decimal.Decimal(1), decimal.ROUND_HALF_UP)) for x in a],
                            dtype=np.int64)
        if not np.all(a == np.floor(a)):
            raise WohngeldFehler("typ_falsch", name, "ganze Zahlen erwartet")
        return a.astype(np.int64)
    raise WohngeldFehler("typ_falsch", name, f"ganze Zahlen erwartet, nicht {a.dtype}")


def _wahr(name, a):
    if a.dtype.kind == "b":
        return a
    if a.dtype.kind in "iu" and np.isin(a, (0, 1)).all():
        return a.astype(bool)
    raise WohngeldFehler("typ_falsch", name, f"true/false erwartet, nicht {a.dtype}")


def _arten(a, roh=None, threads=0):
    """einkommen_art: str ("" = none) → int8 codes (−1 none), matched in C without a sort; a pandas
    Categorical (the usual form in microdata) by its few categories only"""
    kat = getattr(roh, "cat", None) if roh is not None else None
    if kat is None and roh is not None and type(roh).__name__ == "Categorical":
        kat = roh
    if kat is not None:
        namen = np.ascontiguousarray(np.asarray(kat.categories).astype(str))
        lookup = np.append(_wohngeld._arten(namen), np.int8(-1))   # code −1 (missing) → no income
        codes = lookup[np.asarray(kat.codes)]
        if (codes == -2).any():   # only a category some row uses must be known
            k = int(np.flatnonzero(codes == -2)[0])
            raise WohngeldFehler("art_unbekannt", "einkommen_art", f"unbekannte Einkunftsart {str(namen[kat.codes[k]])!r}")
        return codes
    if a.dtype.kind not in "UO":
        raise WohngeldFehler("typ_falsch", "einkommen_art", f"Text erwartet, nicht {a.dtype}")
    if a.dtype.kind == "O":
        a = a.astype(str)
    codes = _wohngeld._arten(np.ascontiguousarray(a), threads)
    if (codes == -2).any():
        raise WohngeldFehler("art_unbekannt", "einkommen_art", f"unbekannte Einkunftsart {str(a[int(np.flatnonzero(codes == -2)[0])])!r}")
    return codes


def berechnen_spalten(spalten, rechtsstand=None, fehler="spalte", runden=False, threads=0):
    """The vectorised path for microsimulation (docs/python.md). `spalten`: a pandas DataFrame or
    a dict of equal-length numpy arrays, one row per member, the rows of a household consecutive:
    hh_id, stichtag, mietenstufe, miete_cent (the household's, on each row), alter (−1 not given),
    abzug_steuern, abzug_kranken_pflege, abzug_rente, einkommen_art ("" none), einkommen_cent
    (monthly; einkommen_art may be a pandas Categorical); optional zu_beruecksichtigen (default true). Money in integer cents; a float money column only with runden=True (half up).
    Returns a dict of numpy arrays, one entry per household in the order of hh_id's first rows:
    hh_id, wohngeld_monat, anspruch, grund, fehler_code ("" none; arrays of shared str objects). With fehler="ausnahme" the first
    household the engine refuses raises WohngeldFehler instead. The GIL is released while the
    households are computed, on several threads."""
    if fehler not in ("spalte", "ausnahme"):
        raise ValueError('fehler: "spalte" oder "ausnahme"')
    sp = {name: _spalte(spalten, name) for name in _PFLICHT if name != "einkommen_art"}
    try:
        roh_art = spalten["einkommen_art"]
    except (KeyError, IndexError):
        raise WohngeldFehler("feld_fehlt", "einkommen_art", "Spalte fehlt") from None
    # a pandas Categorical stays one (its codes are read, not a column of str objects)
    kat = getattr(roh_art, "cat", None) or (roh_art if type(roh_art).__name__ == "Categorical" else None)
    sp["einkommen_art"] = np.asarray(kat.codes) if kat is not None else np.asarray(roh_art)
    n = len(sp["hh_id"])
    for name, a in sp.items():
        if a.ndim != 1 or len(a) != n:
            raise WohngeldFehler("wert_ungueltig", name, f"Länge {len(a)} statt {n}")
    hh = _ganz("hh_id", sp["hh_id"], False)
    st = sp["stichtag"]
    if st.dtype.kind == "M":
        tage = st.astype("datetime64[D]").view(np.int64)
        if np.isnat(st).any():
            raise WohngeldFehler("datum_ungueltig", "stichtag", f"kein Datum in Zeile {int(np.flatnonzero(np.isnat(st))[0])}")
    elif st.dtype.kind in "UO":
        tage = st.astype(str) if st.dtype.kind == "O" else st  # checked and read in C
    else:
        raise WohngeldFehler("typ_falsch", "stichtag", f"Datum (str oder datetime64) erwartet, nicht {st.dtype}")
    stufe = _ganz("mietenstufe", sp["mietenstufe"], False)
    miete = _ganz("miete_cent", sp["miete_cent"], runden)
    alter = _ganz("alter", sp["alter"], False)
    betrag = _ganz("einkommen_cent", sp["einkommen_cent"], runden)
    # optional: zu_beruecksichtigen (default true; false: excluded under §§ 7, 8 WoGG)
    try:
        zu = _wahr("zu_beruecksichtigen", np.asarray(spalten["zu_beruecksichtigen"]))
        if zu.ndim != 1 or len(zu) != n:
            raise WohngeldFehler("wert_ungueltig", "zu_beruecksichtigen", f"Länge {len(zu)} statt {n}")
    except (KeyError, IndexError):
        zu = None
    steuern, kranken, rente = (_wahr(k, sp[k]) for k in ("abzug_steuern", "abzug_kranken_pflege", "abzug_rente"))
    art = _arten(sp["einkommen_art"], roh_art, int(threads))
    c = np.ascontiguousarray
    try:
        hh_id, wohngeld, anspruch, grund, status = _wohngeld._spalten(
            c(hh), c(tage), c(stufe), c(miete), c(alter), c(steuern), c(kranken), c(rente), None if zu is None else c(zu), c(art),
            c(betrag), rechtsstand, int(threads))
    except ValueError as e:
        if len(e.args) != 3:
            raise
        code, feld, zeile = e.args
        raise WohngeldFehler(code, feld, f"Zeile {zeile}" + (": weicht von der ersten Zeile ihres Haushalts ab"
                                                             if code == "wert_ungueltig" else ""), None) from None
    # ids not ascending (C checks only that): each household's id must not come back
    if len(hh_id) > 1 and not (hh_id[1:] > hh_id[:-1]).all() and len(np.unique(hh_id)) != len(hh_id):
        raise WohngeldFehler("wert_ungueltig", "hh_id", "die Zeilen eines Haushalts müssen aufeinander folgen")
    fehler_code = _STATUS_NP[status]
    if fehler == "ausnahme" and (status != 0).any():
        k = int(np.flatnonzero(status != 0)[0])
        raise WohngeldFehler(str(fehler_code[k]), "hh_id", f"Haushalt {int(hh_id[k])}", k)
    return {"hh_id": hh_id, "wohngeld_monat": wohngeld, "anspruch": anspruch,
            "grund": _GRUENDE_NP[grund], "fehler_code": fehler_code}


def vergleich(spalten, alt, neu, threads=0, runden=False):
    """Every household under two Rechtsstände ("2025", "2027-entwurf"): per household the old and
    new monthly amount and their difference, and the totals, as `wohngeld vergleich` gives them.
    Returns (per household: dict of numpy arrays, totals: dict of ints)."""
    a = berechnen_spalten(spalten, rechtsstand=alt, threads=threads, runden=runden)
    b = berechnen_spalten(spalten, rechtsstand=neu, threads=threads, runden=runden)
    gueltig = (a["fehler_code"] == "") & (b["fehler_code"] == "")
    diff = np.where(gueltig, b["wohngeld_monat"] - a["wohngeld_monat"], 0)
    je = {"hh_id": a["hh_id"], "alt": a["wohngeld_monat"], "neu": b["wohngeld_monat"], "differenz": diff,
          "fehler_code": np.where(a["fehler_code"] != "", a["fehler_code"], b["fehler_code"])}
    summe = {"haushalte": int(gueltig.sum()), "summe_alt": int(a["wohngeld_monat"][gueltig].sum()),
             "summe_neu": int(b["wohngeld_monat"][gueltig].sum()), "differenz": int(diff.sum()),
             "gewinner": int((diff > 0).sum()), "verlierer": int((diff < 0).sum()),
             "neu_mit_anspruch": int((gueltig & ~a["anspruch"] & b["anspruch"]).sum()),
             "ohne_anspruch_neu": int((gueltig & a["anspruch"] & ~b["anspruch"]).sum())}
    return je, summe


def grenzen(stichtag, rechtsstand=None):
    """The Einkommensgrenzen (docs/vorpruefung.md § 4): the largest monthly Gesamteinkommen in euros
    (Decimal) with a claim, for 1 … 12 members (rows) and Mietenstufe I … VII (columns); None where
    no household of that size has a claim. A pandas DataFrame when pandas is installed, else a dict."""
    j, m, t = (int(x) for x in str(stichtag)[:10].split("-"))
    cent = _wohngeld._grenzen(j, m, t, rechtsstand)
    spalten = ["I", "II", "III", "IV", "V", "VI", "VII"]
    werte = [[None if c < 0 else decimal.Decimal(int(c)) / 100 for c in zeile] for zeile in cent.tolist()]
    try:
        import pandas as pd
    except ImportError:
        return {"mitglieder": list(range(1, 13)), "mietenstufen": spalten, "werte": werte}
    return pd.DataFrame(werte, index=pd.RangeIndex(1, 13, name="mitglieder"), columns=spalten)
