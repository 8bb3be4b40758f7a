/*
 * csv.c — libFuzzer harness for the CSV reader: the first line is a header, the other lines the
 * rows of one household. Whatever the bytes, nothing may crash; a household that the CSV layer
 * accepts must come out as valid JSON (our reader reads it back) and then be read and computed
 * like any record; and reading the rows straight into the household (wg_csv_teilhaushalt_lesen)
 * must give what reading that JSON as a partial record gives: status, error, household.
 */
#include <stdlib.h>
#include <string.h>

#include "wohngeld_csv.h"
#include "json.h"
#include "wohngeld_json.h"

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse)
{
    static wg_engine *e;
    static wg_json *j, *j2, *j3;
    static j_leser *l;
    static wg_ergebnis *r;
    if (!e) {
        wg_fehler f;
        e = wg_engine_oeffnen(&f);
        j = wg_json_neu();
        j2 = wg_json_neu();
        j3 = wg_json_neu();
        l = j_leser_neu();
        r = wg_ergebnis_neu();
        if (!e || !j || !j2 || !j3 || !l || !r) abort();
    }
    char *text = malloc(groesse + 1);
    if (!text) return 0;
    memcpy(text, daten, groesse);
    text[groesse] = '\0';
    char *nl = memchr(text, '\n', groesse);
    size_t kopf_len = nl ? (size_t)(nl - text) : groesse;
    char meldung[256];
    wg_csv_kopf *k = wg_csv_kopf_lesen(text, kopf_len, ',', meldung, sizeof meldung);
    if (!k) {
        if (!meldung[0]) abort();
        free(text);
        return 0;
    }
    enum { MAX_ZEILEN = 16 };
    static char *felder[MAX_ZEILEN][WG_CSV_MAX_SPALTEN];
    static size_t laengen[MAX_ZEILEN][WG_CSV_MAX_SPALTEN];
    char **zeilen[MAX_ZEILEN];
    size_t *l_zeilen[MAX_ZEILEN];
    size_t n = 0;
    char *p = nl ? nl + 1 : text + groesse;
    char *ende = text + groesse;
    while (p < ende && n < MAX_ZEILEN) {
        char *q = memchr(p, '\n', (size_t)(ende - p));
        size_t len = q ? (size_t)(q - p) : (size_t)(ende - p);
        p[len] = '\0';
        int nf = wg_csv_felder(p, len, ',', felder[n], laengen[n], WG_CSV_MAX_SPALTEN);
        if (nf == wg_csv_spalten(k)) {
            zeilen[n] = felder[n];
            l_zeilen[n] = laengen[n];
            n++;
        }
        p = q ? q + 1 : ende;
    }
    if (n > 0) {
        wg_fehler f = {0};
        size_t jl = 0;
        const char *js = wg_csv_haushalt_lesen(j, k, zeilen, l_zeilen, n, &jl, &f);
        if (js) {
            const char *m;
            if (!j_lesen(l, js, jl, &m)) abort(); /* we wrote invalid JSON */
            /* the record text lives in j's output buffer: read it from a copy */
            char *kopie = malloc(jl + 1);
            if (!kopie) abort();
            memcpy(kopie, js, jl);
            wg_haushalt h;
            if (wg_json_haushalt_lesen(j, kopie, jl, &h, &f) == WG_OK) wg_berechnen(e, &h, r, 0);
            /* straight: the same as the JSON read as a partial record */
            wg_haushalt ht, hd;
            const wg_unbekannt *ut, *ud;
            size_t nt = 0, nd = 0;
            wg_fehler ft = {0}, fd = {0};
            const wg_status st = wg_json_teilhaushalt_lesen(j, kopie, jl, &ht, &ut, &nt, &ft);
            const wg_status sd = wg_csv_teilhaushalt_lesen(j2, k, zeilen, l_zeilen, n, &hd, &ud, &nd, &fd);
            if (st != sd || ft.code != fd.code || strcmp(ft.feld, fd.feld) || strcmp(ft.meldung, fd.meldung) || nt != nd) abort();
            if (st == WG_OK) {
                size_t la = 0, lb = 0;
                const char *ca = wg_csv_haushalt_schreiben(j3, &ht, false, ',', &la);
                char *cak = ca ? malloc(la + 1) : NULL;
                if (cak) memcpy(cak, ca, la);
                const char *cb = wg_csv_haushalt_schreiben(j3, &hd, false, ',', &lb);
                if (!cak || !cb || la != lb || memcmp(cak, cb, la)) abort();
                free(cak);
            }
            free(kopie);
        } else if (!f.meldung[0]) {
            abort();
        }
    }
    wg_csv_kopf_frei(k);
    free(text);
    return 0;
}
