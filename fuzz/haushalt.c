/*
 * haushalt.c — libFuzzer harness: arbitrary bytes as a household record through the JSON reader
 * and the whole computation; every accepted record must satisfy the invariants of
 * eigenschaften.h, every result must be valid JSON that our reader reads back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eigenschaften.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse)
{
    static wg_engine *e;
    static wgi_pruefer *p;
    static wg_json *j;
    static j_leser *l;
    if (!e) {
        wg_fehler f;
        e = wg_engine_oeffnen(&f);
        p = wgi_pruefer_neu(e);
        j = wg_json_neu();
        l = j_leser_neu();
        if (!e || !p || !j || !l) abort();
    }
    wg_haushalt h;
    wg_fehler f;
    if (wg_json_haushalt_lesen(j, (const char *)daten, groesse, &h, &f) != WG_OK) {
        if (f.code == WG_OK || !f.meldung[0]) abort(); /* a rejection always names its reason */
        return 0;
    }
    const char *v = wgi_eigenschaften_pruefen(p, &h);
    if (v) {
        fprintf(stderr, "Invariante verletzt: %s\n", v);
        abort();
    }
    wg_ergebnis *r = wg_ergebnis_neu();
    if (!r) return 0;
    size_t len;
    wg_berechnen(e, &h, r, 0);
    const char *t = wg_json_ergebnis_schreiben(j, e, r, &len);
    const char *m;
    if (t && !j_lesen(l, t, len, &m)) {
        fprintf(stderr, "Ergebnis ist kein gültiges JSON: %s\n", m);
        abort();
    }
    wg_ergebnis_frei(r);
    return 0;
}
