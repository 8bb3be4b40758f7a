/*
 * wohngeld_modul.c — the CPython extension `wohngeld._wohngeld` over the C library
 * (docs/python.md). The Python package (python/wohngeld/__init__.py) checks and converts the
 * caller's data; this file computes:
 *
 *   _json(zeilen, threads)          record lines (str) → result lines (str), as `wohngeld berechnen`
 *                                   (partial records: the screening's range), the GIL released,
 *                                   several threads
 *   _spalten(hh, tag, stufe, miete, alter, abzug, art, betrag, rechtsstand, threads)
 *                                   the columnar path: one row per member, the rows of a household
 *                                   consecutive; numpy arrays of fixed types in, numpy arrays out
 *                                   (one entry per household); no Python object per member
 *   _grenzen(jahr, monat, tag, rechtsstand)   the Einkommensgrenzen, 12 × 7 cents (−1: none)
 *   _codes()                        the names of the status, grund and Einkunftsart codes
 *
 * The engine is opened once per interpreter (module state) and shared by the threads (it is
 * immutable); every thread has its own result and JSON objects.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>

#include <pthread.h>
#include <unistd.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wohngeld.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

typedef struct modul_zustand {
    wg_engine *e;
} modul_zustand;

static wg_engine *engine_von(PyObject *modul)
{
    modul_zustand *z = PyModule_GetState(modul);
    return z ? z->e : NULL;
}

static int threads_zahl(long t, size_t arbeit)
{
    if (t <= 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        t = n < 1 ? 1 : n;
    }
    if (t > 64) t = 64;
    if ((size_t)t > arbeit) t = arbeit > 0 ? (long)arbeit : 1;
    return (int)t;
}

/* Runs fn on nt shares (auftraege: nt structs of groesse bytes each): shares 1 … nt−1 on threads,
 * share 0 here; a share whose thread did not start is run here too. Called without the GIL. */
static void verteilen(void *(*fn)(void *), void *auftraege, size_t groesse, int nt)
{
    pthread_t th[64];
    bool gestartet[64] = {false};
    char *a = auftraege;
    for (int t = 1; t < nt; t++) gestartet[t] = pthread_create(&th[t], NULL, fn, a + (size_t)t * groesse) == 0;
    fn(a);
    for (int t = 1; t < nt; t++) {
        if (gestartet[t]) pthread_join(th[t], NULL);
        else fn(a + (size_t)t * groesse);
    }
}

/* ---- _json: records as JSON lines ---- */

typedef struct json_auftrag {
    const wg_engine *e;
    const char **ein;
    const size_t *ein_len;
    char **aus;
    size_t *aus_len;
    size_t n, von, bis;
    bool speicher_fehlt;
} json_auftrag;

static void *json_arbeiten(void *arg)
{
    json_auftrag *a = arg;
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    wg_vorpruefung *v = wg_vorpruefung_neu();
    if (!j || !r || !v) {
        a->speicher_fehlt = true;
        goto ende;
    }
    for (size_t i = a->von; i < a->bis; i++) {
        wg_haushalt h;
        wg_fehler fe = {0};
        const wg_unbekannt *u = NULL;
        size_t nu = 0;
        const char *t;
        size_t len = 0;
        if (wg_json_teilhaushalt_lesen(j, a->ein[i], a->ein_len[i], &h, &u, &nu, &fe) != WG_OK) {
            t = wg_json_fehler_schreiben(j, a->e, h.id, &fe, &len);
        } else if (nu > 0) {
            const wg_status s = wg_vorpruefen(a->e, &h, u, nu, v);
            t = s == WG_OK ? wg_json_spanne_schreiben(j, a->e, h.id, wg_vorpruefung_spanne(v), true, &len)
                           : wg_json_fehler_schreiben(j, a->e, h.id, wg_vorpruefung_fehler(v), &len);
        } else {
            wg_berechnen(a->e, &h, r, 0);
            t = wg_json_ergebnis_schreiben(j, a->e, r, &len);
        }
        if (!t || !(a->aus[i] = malloc(len + 1))) {
            a->speicher_fehlt = true;
            break;
        }
        memcpy(a->aus[i], t, len + 1);
        a->aus_len[i] = len;
    }
ende:
    wg_vorpruefung_frei(v);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    return NULL;
}

static PyObject *py_json(PyObject *modul, PyObject *args)
{
    PyObject *liste;
    long threads = 0;
    if (!PyArg_ParseTuple(args, "O!|l", &PyList_Type, &liste, &threads)) return NULL;
    const wg_engine *e = engine_von(modul);
    const size_t n = (size_t)PyList_GET_SIZE(liste);
    const char **ein = calloc(n + 1, sizeof(const char *));
    size_t *ein_len = calloc(n + 1, sizeof(size_t)), *aus_len = calloc(n + 1, sizeof(size_t));
    char **aus = calloc(n + 1, sizeof(char *));
    PyObject *ergebnis = NULL;
    if (!ein || !ein_len || !aus || !aus_len) {
        PyErr_NoMemory();
        goto ende;
    }
    for (size_t i = 0; i < n; i++) {
        Py_ssize_t l;
        ein[i] = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(liste, (Py_ssize_t)i), &l);
        if (!ein[i]) goto ende; /* not a str: TypeError set */
        ein_len[i] = (size_t)l;
    }
    const int nt = threads_zahl(threads, n);
    json_auftrag auftrag[64] = {{0}};
    for (int t = 0; t < nt; t++)
        auftrag[t] = (json_auftrag){e, ein, ein_len, aus, aus_len, n, n * (size_t)t / (size_t)nt, n * (size_t)(t + 1) / (size_t)nt, false};
    Py_BEGIN_ALLOW_THREADS
    verteilen(json_arbeiten, auftrag, sizeof auftrag[0], nt);
    Py_END_ALLOW_THREADS
    for (int t = 0; t < nt; t++)
        if (auftrag[t].speicher_fehlt) {
            PyErr_NoMemory();
            goto ende;
        }
    ergebnis = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; ergebnis && i < n; i++) {
        PyObject *s = PyUnicode_DecodeUTF8(aus[i], (Py_ssize_t)aus_len[i], "strict");
        if (!s) {
            Py_CLEAR(ergebnis);
            break;
        }
        PyList_SET_ITEM(ergebnis, (Py_ssize_t)i, s);
    }
ende:
    for (size_t i = 0; aus && i < n; i++) free(aus[i]);
    free(aus);
    free(aus_len);
    free(ein);
    free(ein_len);
    return ergebnis;
}

/* ---- _spalten: the columnar path ---- */

typedef struct spalten {
    const int64_t *hh, *tag, *miete, *betrag;
    const uint32_t *tag_text;  /* stichtag as "JJJJ-MM-TT" (UCS-4, tag_breite code points), or NULL */
    size_t tag_breite;
    const int64_t *stufe, *alter;
    const npy_bool *steuern, *kranken, *rente, *zu;   /* § 16 Abs. 1 flags; zu NULL: every member counted */
    const int8_t *art;      /* wg_einkommensart, −1: none */
    const char *rechtsstand;
    size_t zeilen;
    /* households: first row of each */
    const size_t *anfang;
    size_t n;
    /* out */
    int64_t *wohngeld;
    npy_bool *anspruch;
    int8_t *grund, *status;
} spalten;

typedef struct spalten_auftrag {
    const wg_engine *e;
    const spalten *s;
    size_t von, bis;
    bool speicher_fehlt;
} spalten_auftrag;

/* days since 1970-01-01 → civil date (H. Hinnant's days_from_civil, inverted) */
static wg_datum datum_von_tagen(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = (int64_t)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return (wg_datum){(int)(y + (m <= 2)), (int)m, (int)d};
}

/* "JJJJ-MM-TT" (UCS-4) → days since 1970-01-01; false when it is no calendar date */
static bool tage_von_text(const uint32_t *z, size_t breite, int64_t *aus)
{
    if (breite < 10 || (breite > 10 && z[10] != 0)) return false;
    int v[8], k = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (z[i] != '-') return false;
            continue;
        }
        if (z[i] < '0' || z[i] > '9') return false;
        v[k++] = (int)(z[i] - '0');
    }
    const int j = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], m = v[4] * 10 + v[5], t = v[6] * 10 + v[7];
    static const int tage_im_monat[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool schalt = (j % 4 == 0 && j % 100 != 0) || j % 400 == 0;
    if (m < 1 || m > 12 || t < 1 || t > tage_im_monat[m] + (m == 2 && schalt)) return false;
    /* days_from_civil (H. Hinnant) */
    const int64_t y = j - (m <= 2);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (unsigned)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (unsigned)t - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *aus = era * 146097 + (int64_t)doe - 719468;
    return true;
}

static void *spalten_arbeiten(void *arg)
{
    spalten_auftrag *a = arg;
    const spalten *s = a->s;
    wg_ergebnis *r = wg_ergebnis_neu();
    size_t kap_m = 16, kap_e = 64, kap_satz = 4096;
    uint64_t *satz = malloc(kap_satz); /* 8-aligned, as wg_satz_packen wants */
    wg_mitglied *m = malloc(kap_m * sizeof *m);
    wg_einkommen *ek = malloc(kap_e * sizeof *ek);
    if (!r || !m || !ek || !satz) {
        a->speicher_fehlt = true;
        goto ende;
    }
    for (size_t k = a->von; k < a->bis; k++) {
        const size_t z0 = s->anfang[k], z1 = k + 1 < s->n ? s->anfang[k + 1] : s->zeilen;
        const size_t nz = z1 - z0;
        if (nz > kap_m) {
            wg_mitglied *nm = realloc(m, nz * sizeof *m);
            if (!nm) { a->speicher_fehlt = true; break; }
            m = nm;
            kap_m = nz;
        }
        if (nz > kap_e) {
            wg_einkommen *ne = realloc(ek, nz * sizeof *ek);
            if (!ne) { a->speicher_fehlt = true; break; }
            ek = ne;
            kap_e = nz;
        }
        wg_haushalt h;
        wg_haushalt_init(&h);
        int64_t tage = 0;
        if (s->tag_text) (void)tage_von_text(s->tag_text + z0 * s->tag_breite, s->tag_breite, &tage); /* checked before */
        else tage = s->tag[z0];
        h.stichtag = datum_von_tagen(tage);
        h.mietenstufe = s->stufe[z0] < 0 || s->stufe[z0] > 100 ? 100 : (int)s->stufe[z0];
        h.hat_wohnkosten = true;
        h.wohnkosten_art = WG_MIETE;
        h.wohnkosten_cent = s->miete[z0];
        h.rechtsstand = s->rechtsstand;
        /* one member per row; each row's income item belongs to its member */
        for (size_t i = 0; i < nz; i++) {
            const size_t z = z0 + i;
            wg_mitglied_init(&m[i]);
            m[i].alter = s->alter[z] < -1 || s->alter[z] > 1000 ? 1001 : (int)s->alter[z]; /* out of range: the check refuses it */
            m[i].abzug_steuern = s->steuern[z] != 0;
            m[i].abzug_kranken_pflege = s->kranken[z] != 0;
            m[i].abzug_rente = s->rente[z] != 0;
            m[i].zu_beruecksichtigen = !s->zu || s->zu[z] != 0;
            if (s->art[z] >= 0) {
                wg_einkommen_init(&ek[i]);
                ek[i].art = (wg_einkommensart)s->art[z];
                ek[i].betrag_cent = s->betrag[z];
                m[i].einkommen = &ek[i];
                m[i].anzahl_einkommen = 1;
            }
        }
        h.mitglieder = m;
        h.anzahl_mitglieder = nz;
        /* the bulk path: checked and packed as a Satz, computed into a wg_kurz (the same amounts as
         * wg_berechnen with WG_NUR_BETRAG); a household that is not for a Satz (an error, a forced
         * Rechtsstand) through wg_berechnen, which gives its status */
        size_t len = h.rechtsstand ? 0 : wg_satz_packen(a->e, &h, satz, kap_satz);
        if (len > kap_satz) {
            uint64_t *neu = realloc(satz, len);
            if (!neu) { a->speicher_fehlt = true; break; }
            satz = neu;
            kap_satz = len;
            len = wg_satz_packen(a->e, &h, satz, kap_satz);
        }
        wg_kurz kurz;
        if (len > 0 && wg_satz_berechnen(a->e, satz, len, &kurz) == WG_OK) {
            s->status[k] = WG_OK;
            s->wohngeld[k] = kurz.wohngeld_monat;
            s->anspruch[k] = kurz.anspruch;
            s->grund[k] = (int8_t)kurz.grund;
            continue;
        }
        const wg_status st = wg_berechnen(a->e, &h, r, WG_NUR_BETRAG);
        if (st == WG_E_SPEICHER) { a->speicher_fehlt = true; break; }
        s->status[k] = (int8_t)st;
        s->wohngeld[k] = st == WG_OK ? wg_ergebnis_wohngeld_monat(r) : 0;
        s->anspruch[k] = st == WG_OK && wg_ergebnis_anspruch(r);
        s->grund[k] = st == WG_OK ? (int8_t)wg_ergebnis_grund(r) : -1;
    }
ende:
    free(satz);
    free(m);
    free(ek);
    wg_ergebnis_frei(r);
    return NULL;
}

static const void *daten(PyObject *o, int typ, const char *name, npy_intp n)
{
    if (!PyArray_Check(o) || PyArray_TYPE((PyArrayObject *)o) != typ || PyArray_NDIM((PyArrayObject *)o) != 1 ||
        !PyArray_IS_C_CONTIGUOUS((PyArrayObject *)o) || PyArray_DIM((PyArrayObject *)o, 0) != n) {
        PyErr_Format(PyExc_TypeError, "%s: ein zusammenhängendes numpy-Array des erwarteten Typs und der Länge %zd erwartet", name,
                     (Py_ssize_t)n);
        return NULL;
    }
    return PyArray_DATA((PyArrayObject *)o);
}

/* one pass over the rows before anything is computed: a household's Stichtag, Mietenstufe and
 * rent the same on every row, the dates real, money not negative (that an hh_id does not come
 * back after another household is checked by the caller on the households' ids). On a finding:
 * ValueError((code, column, row)). */
static bool zeilen_pruefen(const spalten *s, size_t n)
{
    const char *code = NULL, *feld = NULL;
    size_t zeile = 0;
    Py_BEGIN_ALLOW_THREADS
    for (size_t i = 0; i < n && !code; i++) {
        const bool neu = i == 0 || s->hh[i] != s->hh[i - 1];
        if (s->miete[i] < 0) code = "betrag_negativ", feld = "miete_cent", zeile = i;
        else if (s->betrag[i] < 0) code = "betrag_negativ", feld = "einkommen_cent", zeile = i;
        else if (s->tag_text) {
            int64_t t;
            if (!tage_von_text(s->tag_text + i * s->tag_breite, s->tag_breite, &t)) code = "datum_ungueltig", feld = "stichtag", zeile = i;
            else if (!neu && memcmp(s->tag_text + i * s->tag_breite, s->tag_text + (i - 1) * s->tag_breite, s->tag_breite * 4) != 0)
                code = "wert_ungueltig", feld = "stichtag", zeile = i;
        } else if (!neu && s->tag[i] != s->tag[i - 1]) {
            code = "wert_ungueltig", feld = "stichtag", zeile = i;
        }
        if (!code && !neu && s->stufe[i] != s->stufe[i - 1]) code = "wert_ungueltig", feld = "mietenstufe", zeile = i;
        if (!code && !neu && s->miete[i] != s->miete[i - 1]) code = "wert_ungueltig", feld = "miete_cent", zeile = i;
    }
    Py_END_ALLOW_THREADS
    if (code) {
        PyObject *t = Py_BuildValue("(ssn)", code, feld, (Py_ssize_t)zeile);
        PyErr_SetObject(PyExc_ValueError, t);
        Py_XDECREF(t);
        return false;
    }
    return true;
}

static PyObject *py_spalten(PyObject *modul, PyObject *args)
{
    PyObject *hh, *tag, *stufe, *miete, *alter, *steuern, *kranken, *rente, *zu, *art, *betrag;
    const char *rechtsstand = NULL;
    long threads = 0;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOO|zl", &hh, &tag, &stufe, &miete, &alter, &steuern, &kranken, &rente, &zu, &art, &betrag,
                          &rechtsstand, &threads))
        return NULL;
    if (!PyArray_Check(hh)) {
        PyErr_SetString(PyExc_TypeError, "hh_id: numpy-Array erwartet");
        return NULL;
    }
    const npy_intp n = PyArray_DIM((PyArrayObject *)hh, 0);
    spalten s = {0};
    if (PyArray_Check(tag) && PyArray_TYPE((PyArrayObject *)tag) == NPY_UNICODE) {
        if (!daten(tag, NPY_UNICODE, "stichtag", n)) return NULL;
        s.tag_text = PyArray_DATA((PyArrayObject *)tag);
        s.tag_breite = (size_t)PyArray_ITEMSIZE((PyArrayObject *)tag) / 4;
    } else if (!(s.tag = daten(tag, NPY_INT64, "stichtag", n))) {
        return NULL;
    }
    if (!(s.hh = daten(hh, NPY_INT64, "hh_id", n)) || !(s.stufe = daten(stufe, NPY_INT64, "mietenstufe", n)) ||
        !(s.miete = daten(miete, NPY_INT64, "miete_cent", n)) || !(s.alter = daten(alter, NPY_INT64, "alter", n)) ||
        !(s.steuern = daten(steuern, NPY_BOOL, "abzug_steuern", n)) ||
        !(s.kranken = daten(kranken, NPY_BOOL, "abzug_kranken_pflege", n)) || !(s.rente = daten(rente, NPY_BOOL, "abzug_rente", n)) ||
        (zu != Py_None && !(s.zu = daten(zu, NPY_BOOL, "zu_beruecksichtigen", n))) ||
        !(s.art = daten(art, NPY_INT8, "einkommen_art", n)) || !(s.betrag = daten(betrag, NPY_INT64, "einkommen_cent", n)))
        return NULL;
    s.zeilen = (size_t)n;
    s.rechtsstand = rechtsstand;
    if (!zeilen_pruefen(&s, (size_t)n)) return NULL;
    /* households: runs of equal hh_id (the caller sorted or grouped them) */
    size_t *anfang = malloc(((size_t)n + 1) * sizeof *anfang);
    if (!anfang) return PyErr_NoMemory();
    size_t nh = 0;
    for (npy_intp i = 0; i < n; i++)
        if (i == 0 || s.hh[i] != s.hh[i - 1]) anfang[nh++] = (size_t)i;
    s.anfang = anfang;
    s.n = nh;
    npy_intp dim = (npy_intp)nh;
    PyArrayObject *o_hh = (PyArrayObject *)PyArray_SimpleNew(1, &dim, NPY_INT64);
    PyArrayObject *o_w = (PyArrayObject *)PyArray_SimpleNew(1, &dim, NPY_INT64);
    PyArrayObject *o_a = (PyArrayObject *)PyArray_SimpleNew(1, &dim, NPY_BOOL);
    PyArrayObject *o_g = (PyArrayObject *)PyArray_SimpleNew(1, &dim, NPY_INT8);
    PyArrayObject *o_s = (PyArrayObject *)PyArray_SimpleNew(1, &dim, NPY_INT8);
    PyObject *ergebnis = NULL;
    if (!o_hh || !o_w || !o_a || !o_g || !o_s) goto ende;
    int64_t *ohh = PyArray_DATA(o_hh);
    for (size_t k = 0; k < nh; k++) ohh[k] = s.hh[anfang[k]];
    s.wohngeld = PyArray_DATA(o_w);
    s.anspruch = PyArray_DATA(o_a);
    s.grund = PyArray_DATA(o_g);
    s.status = PyArray_DATA(o_s);
    const wg_engine *e = engine_von(modul);
    const int nt = threads_zahl(threads, nh);
    spalten_auftrag auftrag[64] = {{0}};
    for (int t = 0; t < nt; t++)
        auftrag[t] = (spalten_auftrag){e, &s, nh * (size_t)t / (size_t)nt, nh * (size_t)(t + 1) / (size_t)nt, false};
    Py_BEGIN_ALLOW_THREADS
    verteilen(spalten_arbeiten, auftrag, sizeof auftrag[0], nt);
    Py_END_ALLOW_THREADS
    for (int t = 0; t < nt; t++)
        if (auftrag[t].speicher_fehlt) {
            PyErr_NoMemory();
            goto ende;
        }
    ergebnis = Py_BuildValue("(OOOOO)", o_hh, o_w, o_a, o_g, o_s);
ende:
    Py_XDECREF(o_hh);
    Py_XDECREF(o_w);
    Py_XDECREF(o_a);
    Py_XDECREF(o_g);
    Py_XDECREF(o_s);
    free(anfang);
    return ergebnis;
}

/* ---- _arten: Einkunftsart names (numpy unicode array) → int8 codes, −1 "", −2 unknown ---- */

typedef struct arten_auftrag {
    const uint32_t *d;
    size_t breite, von, bis;
    int8_t *c;
    const uint32_t (*namen)[40];
    const size_t *laengen;
} arten_auftrag;

static void *arten_arbeiten(void *arg)
{
    const arten_auftrag *a = arg;
    for (size_t i = a->von; i < a->bis; i++) {
        const uint32_t *z = a->d + i * a->breite;
        /* the same text as the row before (the common case in microdata): the same code */
        if (i > a->von && memcmp(z, z - a->breite, a->breite * 4) == 0) {
            a->c[i] = a->c[i - 1];
            continue;
        }
        size_t l = 0;
        while (l < a->breite && z[l] != 0) l++;
        if (l == 0) {
            a->c[i] = -1;
            continue;
        }
        int8_t code = -2;
        for (int k = 0; k < WG_ART_ANZAHL && code == -2; k++)
            if (a->laengen[k] == l && a->namen[k][0] == z[0] && memcmp(a->namen[k], z, l * 4) == 0) code = (int8_t)k;
        a->c[i] = code;
    }
    return NULL;
}

static PyObject *py_arten(PyObject *modul, PyObject *args)
{
    (void)modul;
    PyObject *o;
    long threads = 0;
    if (!PyArg_ParseTuple(args, "O|l", &o, &threads)) return NULL;
    if (!PyArray_Check(o) || PyArray_TYPE((PyArrayObject *)o) != NPY_UNICODE || PyArray_NDIM((PyArrayObject *)o) != 1 ||
        !PyArray_IS_C_CONTIGUOUS((PyArrayObject *)o)) {
        PyErr_SetString(PyExc_TypeError, "einkommen_art: zusammenhängendes numpy-Array von Text erwartet");
        return NULL;
    }
    PyArrayObject *a = (PyArrayObject *)o;
    const npy_intp n = PyArray_DIM(a, 0);
    PyArrayObject *aus = (PyArrayObject *)PyArray_SimpleNew(1, &n, NPY_INT8);
    if (!aus) return NULL;
    /* the names as UCS-4 with their lengths, compared directly (no conversion per row) */
    uint32_t namen[WG_ART_ANZAHL][40];
    size_t laengen[WG_ART_ANZAHL];
    for (int k = 0; k < WG_ART_ANZAHL; k++) {
        const char *name = wg_einkommensart_name((wg_einkommensart)k);
        size_t l = 0;
        while (l < 39 && name[l]) {
            namen[k][l] = (unsigned char)name[l];
            l++;
        }
        laengen[k] = l;
    }
    const int nt = threads_zahl(threads, (size_t)n / 65536 + 1);
    arten_auftrag auftrag[64] = {{0}};
    for (int t = 0; t < nt; t++)
        auftrag[t] = (arten_auftrag){PyArray_DATA(a), (size_t)PyArray_ITEMSIZE(a) / 4, (size_t)n * (size_t)t / (size_t)nt,
                                     (size_t)n * (size_t)(t + 1) / (size_t)nt, PyArray_DATA(aus), (const uint32_t (*)[40])namen, laengen};
    Py_BEGIN_ALLOW_THREADS
    verteilen(arten_arbeiten, auftrag, sizeof auftrag[0], nt);
    Py_END_ALLOW_THREADS
    return (PyObject *)aus;
}

/* ---- _grenzen, _codes ---- */

static PyObject *py_grenzen(PyObject *modul, PyObject *args)
{
    int j, m, t;
    const char *rechtsstand = NULL;
    if (!PyArg_ParseTuple(args, "iii|z", &j, &m, &t, &rechtsstand)) return NULL;
    npy_intp dim[2] = {12, 7};
    PyArrayObject *o = (PyArrayObject *)PyArray_SimpleNew(2, dim, NPY_INT64);
    if (!o) return NULL;
    int64_t *d = PyArray_DATA(o);
    const wg_engine *e = engine_von(modul);
    for (int n = 1; n <= 12; n++)
        for (int stufe = 1; stufe <= 7; stufe++) {
            wg_fehler f;
            int64_t c = -1;
            if (wg_einkommensgrenze(e, (wg_datum){j, m, t}, rechtsstand, n, stufe, &c, &f) != WG_OK) {
                Py_DECREF(o);
                PyErr_Format(PyExc_ValueError, "%s: %s", f.feld, f.meldung);
                return NULL;
            }
            d[(n - 1) * 7 + (stufe - 1)] = c;
        }
    return (PyObject *)o;
}

static PyObject *py_codes(PyObject *modul, PyObject *args)
{
    (void)modul;
    (void)args;
    PyObject *status = PyList_New(WG_STATUS_ANZAHL), *grund = PyList_New(5), *art = PyList_New(WG_ART_ANZAHL);
    if (!status || !grund || !art) return NULL;
    for (int i = 0; i < WG_STATUS_ANZAHL; i++) PyList_SET_ITEM(status, i, PyUnicode_FromString(wg_status_code((wg_status)i)));
    for (int i = 0; i < 5; i++) PyList_SET_ITEM(grund, i, PyUnicode_FromString(i ? wg_grund_code((wg_grund)i) : ""));
    for (int i = 0; i < WG_ART_ANZAHL; i++) PyList_SET_ITEM(art, i, PyUnicode_FromString(wg_einkommensart_name((wg_einkommensart)i)));
    return Py_BuildValue("(NNNs)", status, grund, art, wg_version());
}

static PyMethodDef methoden[] = {
    {"_json", py_json, METH_VARARGS, "Datensätze (JSON-Zeilen) → Ergebniszeilen, wie `wohngeld berechnen`."},
    {"_spalten", py_spalten, METH_VARARGS, "Spaltenweg: numpy-Arrays je Mitglied → Arrays je Haushalt."},
    {"_grenzen", py_grenzen, METH_VARARGS, "Einkommensgrenzen 12 × 7 in Cent (−1: keine)."},
    {"_arten", py_arten, METH_VARARGS, "Namen der Einkunftsarten (Text-Array) → int8-Codes (−1 keine, −2 unbekannt)."},
    {"_codes", py_codes, METH_NOARGS, "Namen der Status-, Grund- und Einkunftsart-Codes; Version."},
    {NULL, NULL, 0, NULL}};

static void modul_frei(void *modul)
{
    modul_zustand *z = PyModule_GetState((PyObject *)modul);
    if (z && z->e) wg_engine_schliessen(z->e);
}

static struct PyModuleDef moduldef = {PyModuleDef_HEAD_INIT, "_wohngeld",
                                      "Die Wohngeld-Engine in Python (docs/python.md).", sizeof(modul_zustand), methoden, NULL,
                                      NULL, NULL, modul_frei};

PyMODINIT_FUNC PyInit__wohngeld(void); /* the interpreter looks it up by name */
PyMODINIT_FUNC PyInit__wohngeld(void)
{
    import_array();
    PyObject *m = PyModule_Create(&moduldef);
    if (!m) return NULL;
    modul_zustand *z = PyModule_GetState(m);
    wg_fehler f;
    z->e = wg_engine_oeffnen(&f);
    if (!z->e) {
        PyErr_Format(PyExc_RuntimeError, "Engine: %s", f.meldung);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
