/*
 * tabellen.c — libFuzzer harness for the table reader (override table files): arbitrary text
 * alone, and after the built-in tables (as an extra period or list). It must never crash, never
 * leak, and either give an engine that computes a household or a clean error with a message;
 * and the bulk path (WG_NUR_BETRAG and Sätze, which use what the engine derives from its
 * tables) must say what the full computation says, on several Stichtage and with income items.
 */
#include <stdlib.h>
#include <string.h>

#include "eigenschaften.h"
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
    if (wgi_eingebaute_tabellen_anzahl > 30) abort();
    /* the built-in periods and year values; the big Mietenstufen lists only when the input is
     * one (round 0), to keep the harness fast */
    for (size_t i = 0; i < wgi_eingebaute_tabellen_anzahl; i++) {
        if (strstr(wgi_eingebaute_tabellen_namen[i], "mietenstufen")) continue;
        texte[n] = wgi_eingebaute_tabellen[i];
        namen[n++] = wgi_eingebaute_tabellen_namen[i];
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
        /* an engine that opened must compute, and both paths must agree */
        wg_einkommen posten[3];
        for (int i = 0; i < 3; i++) wg_einkommen_init(&posten[i]);
        posten[0].art = WG_ART_ARBEITSLOHN;
        posten[0].betrag_cent = 120000;
        posten[1].art = WG_ART_RENTE;
        posten[1].betrag_cent = 60000;
        posten[2].art = WG_ART_KAPITAL;
        posten[2].betrag_cent = 2000;
        wg_mitglied m[2];
        wg_mitglied_init(&m[0]);
        wg_mitglied_init(&m[1]);
        m[0].einkommen = posten;
        m[0].anzahl_einkommen = 3;
        m[0].abzug_kranken_pflege = true;
        wg_ergebnis *r = wg_ergebnis_neu(), *r2 = wg_ergebnis_neu();
        static const wg_datum tage[4] = {{2016, 3, 1}, {2021, 1, 1}, {2025, 6, 1}, {2027, 2, 1}};
        for (int k = 0; r && r2 && k < 8; k++) {
            wg_haushalt h;
            wg_haushalt_init(&h);
            h.stichtag = tage[k % 4];
            h.mietenstufe = 1 + k % 6;
            h.hat_wohnkosten = true;
            h.wohnkosten_cent = 40000;
            h.hat_gesamteinkommen = k < 4;
            h.gesamteinkommen_monat_cent = 90000;
            h.mitglieder = m;
            h.anzahl_mitglieder = 2;
            wg_status s = wg_berechnen(e, &h, r, 0), s2 = wg_berechnen(e, &h, r2, WG_NUR_BETRAG);
            if (s == WG_E_SPEICHER || s2 == WG_E_SPEICHER) continue;
            if (s != s2 || wg_ergebnis_wohngeld_monat(r) != wg_ergebnis_wohngeld_monat(r2) ||
                wg_ergebnis_grund(r) != wg_ergebnis_grund(r2) ||
                wg_ergebnis_anzahl_hinweise(r) != wg_ergebnis_anzahl_hinweise(r2))
                abort();
            if (wgi_satz_vergleichen(e, &h, r, NULL)) abort(); /* the household as a Satz, too */
        }
        wg_ergebnis_frei(r);
        wg_ergebnis_frei(r2);
        wg_engine_schliessen(e);
    }
    free(text);
    return 0;
}
