/*
 * tabellen.c — libFuzzer harness for the table reader (override table files): arbitrary text
 * alone, and after the built-in tables (as an extra period or list). It must never crash, never
 * leak, and either give an engine that computes a household or a clean error with a message.
 */
#include <stdlib.h>
#include <string.h>

#include "tabellen.h"
#include "wohngeld.h"

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse)
{
    char *text = malloc(groesse + 1);
    if (!text) return 0;
    memcpy(text, daten, groesse);
    text[groesse] = '\0';
    const char *texte[32];
    const char *namen[32];
    size_t n = 0;
    if (wg_eingebaute_tabellen_anzahl > 30) abort();
    /* the built-in periods and year values; the big Mietenstufen lists only when the input is
     * one (round 0), to keep the harness fast */
    for (size_t i = 0; i < wg_eingebaute_tabellen_anzahl; i++) {
        if (strstr(wg_eingebaute_tabellen_namen[i], "mietenstufen")) continue;
        texte[n] = wg_eingebaute_tabellen[i];
        namen[n++] = wg_eingebaute_tabellen_namen[i];
    }
    texte[n] = text;
    namen[n] = "fuzz.tab";
    for (int runde = 0; runde < 2; runde++) {
        wg_fehler f;
        wg_engine *e = runde == 0 ? wg_engine_oeffnen_texte(texte + n, namen + n, 1, &f)
                                  : wg_engine_oeffnen_texte(texte, namen, n + 1, &f);
        if (!e) {
            if (f.code == WG_OK || !f.meldung[0]) abort();
            continue;
        }
        /* an engine that opened must compute */
        wg_mitglied m;
        wg_mitglied_init(&m);
        wg_haushalt h;
        wg_haushalt_init(&h);
        h.stichtag = (wg_datum){2025, 6, 1};
        h.mietenstufe = 1;
        h.hat_wohnkosten = true;
        h.wohnkosten_cent = 40000;
        h.hat_gesamteinkommen = true;
        h.gesamteinkommen_monat_cent = 90000;
        h.mitglieder = &m;
        h.anzahl_mitglieder = 1;
        wg_ergebnis *r = wg_ergebnis_neu();
        if (r) wg_berechnen(e, &h, r, 0);
        wg_ergebnis_frei(r);
        wg_engine_schliessen(e);
    }
    free(text);
    return 0;
}
