#include "hilfe.h"

#include <stdio.h>
#include <stdlib.h>

lauf *lauf_neu(void)
{
    lauf *l = calloc(1, sizeof *l);
    wg_fehler f;
    l->e = wg_engine_oeffnen(&f);
    cr_assert_not_null(l->e, "engine: %s", f.meldung);
    l->j = wg_json_neu();
    l->r = wg_ergebnis_neu();
    return l;
}

void lauf_frei(lauf *l)
{
    wg_ergebnis_frei(l->r);
    wg_json_frei(l->j);
    wg_engine_schliessen(l->e);
    free(l);
}

wg_status rechne(lauf *l, const char *rec)
{
    wg_haushalt h;
    size_t len;
    l->status = wg_json_haushalt_lesen(l->j, rec, strlen(rec), &h, &l->fehler);
    if (l->status != WG_OK) {
        l->json = wg_json_fehler_schreiben(l->j, l->e, h.id, &l->fehler, &len);
        return l->status;
    }
    l->status = wg_berechnen(l->e, &h, l->r, 0);
    if (l->status != WG_OK) l->fehler = *wg_ergebnis_fehler(l->r);
    l->json = wg_json_ergebnis_schreiben(l->j, l->e, l->r, &len);
    return l->status;
}

const char *wert(lauf *l, wg_wert w)
{
    const char *v = wg_ergebnis_wert(l->r, w);
    return v ? v : "(nicht gesetzt)";
}

const char *fehlercode(lauf *l) { return l->status == WG_OK ? "ok" : wg_status_code(l->fehler.code); }
const char *fehlerfeld(lauf *l) { return l->status == WG_OK ? "" : l->fehler.feld; }

const char *record(char *buf, size_t n, const char *stichtag, const char *mitglieder, const char *extra)
{
    snprintf(buf, n,
             "{\"stichtag\":\"%s\",\"mietenstufe\":1,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"400.00\"},"
             "\"mitglieder\":[%s]%s%s}",
             stichtag, mitglieder, extra && extra[0] ? "," : "", extra ? extra : "");
    return buf;
}
