/*
 * vorpruefung.c — libFuzzer harness: arbitrary bytes as a partial household record (intervals,
 * "unbekannt") through the reader and the screening (docs/vorpruefung.md). Every refusal names
 * its reason; for every answer min ≤ max, the Einstufung agrees with them, each witness computed
 * the ordinary way gives exactly its bound, and both result forms are valid JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "wohngeld.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

static void pruefe(bool ok, const char *was)
{
    if (ok) return;
    fprintf(stderr, "Vorprüfung: %s\n", was);
    abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse)
{
    static wg_engine *e;
    static wg_json *j;
    static wg_ergebnis *r;
    static wg_vorpruefung *v;
    static j_leser *l;
    if (!e) {
        wg_fehler f;
        e = wg_engine_oeffnen(&f);
        j = wg_json_neu();
        r = wg_ergebnis_neu();
        v = wg_vorpruefung_neu();
        l = j_leser_neu();
        if (!e || !j || !r || !v || !l) abort();
    }
    wg_haushalt h;
    wg_fehler f;
    const wg_unbekannt *u;
    size_t n;
    if (wg_json_teilhaushalt_lesen(j, (const char *)daten, groesse, &h, &u, &n, &f) != WG_OK) {
        pruefe(f.code != WG_OK && f.meldung[0], "Ablehnung ohne Grund");
        return 0;
    }
    if (n == 0) return 0; /* an ordinary record: fuzz_haushalt */
    const wg_status st = wg_vorpruefen(e, &h, u, n, v);
    if (st != WG_OK) {
        const wg_fehler *fe = wg_vorpruefung_fehler(v);
        pruefe(fe && fe->code == st && fe->meldung[0], "Fehler ohne Grund");
        /* the search's own check of its witnesses (vorpruefung.c) must never fire */
        pruefe(strncmp(fe->meldung, "Vorprüfung: ein Zeuge", strlen("Vorprüfung: ein Zeuge")) != 0, fe->meldung);
        return 0;
    }
    const wg_spanne *s = wg_vorpruefung_spanne(v);
    pruefe(s && s->wohngeld_min >= 0 && s->wohngeld_min <= s->wohngeld_max, "min über max");
    const int64_t mn = s->zeitraum ? s->summe_min : s->wohngeld_min, mx = s->zeitraum ? s->summe_max : s->wohngeld_max;
    pruefe(s->einstufung == (mn > 0 ? WG_ANSPRUCH_SICHER : mx <= 0 ? WG_KEIN_ANSPRUCH_SICHER : WG_OFFEN), "Einstufung");
    /* the result lines first (the witnesses' computation below reuses r, which holds the hints) */
    size_t len;
    const char *m;
    for (int voll = 0; voll < 2; voll++) {
        const char *t = wg_json_spanne_schreiben(j, e, h.id, s, voll, &len);
        pruefe(t != NULL, "kein Ergebnis");
        if (!j_lesen(l, t, len, &m)) pruefe(false, m);
    }
    const struct { const wg_haushalt *bei; int64_t wert; bool summe; } zeugen[] = {
        {s->min_bei, s->wohngeld_min, false}, {s->max_bei, s->wohngeld_max, false},
        {s->summe_min_bei, s->summe_min, true}, {s->summe_max_bei, s->summe_max, true}};
    for (size_t i = 0; i < 4; i++) {
        if (!zeugen[i].bei) continue;
        pruefe(wg_berechnen(e, zeugen[i].bei, r, WG_NUR_BETRAG) == WG_OK, "Zeuge nicht berechenbar");
        const int64_t ist = zeugen[i].summe ? wg_ergebnis_summe(r) : wg_ergebnis_wohngeld_monat(r);
        pruefe(ist == zeugen[i].wert, "Zeuge ergibt nicht seine Schranke");
    }
    return 0;
}
