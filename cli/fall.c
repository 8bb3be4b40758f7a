/*
 * fall.c — `wohngeld fall`: running cases, one result per case (docs/laufende-faelle.md).
 *
 *   wohngeld fall [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert]
 *                 [--daten-max-alter-monate N] [--erstattung-grenze EUR] [--frist-warnung-tage N]
 *                 [--herleitung JJJJ-MM [--erhoehung]]
 *                 [--herleitung JJJJ-MM] [--pretty] [DATEI]
 *
 * JSON Lines in (records "wohngeld-fall/1"), one "wohngeld-fall-ergebnis/1" line out per case;
 * with --herleitung the full derivation of that month's amount due instead (the result format of
 * `berechnen`). A case with an error gives its error record, the run goes on (exit 1). Public
 * API only. Exports wgi_befehl_fall.
 */
#include "fehlertext.h"
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fall_lauf {
    wg_engine *e;
    wg_json *j;
    wg_fall_ergebnis *r;
    wg_ergebnis *er;
    const wg_fall_einstellungen *s;
    const char *herleitung;
    int h_jahr, h_monat;
    bool pretty;
    bool erhoehung;             /* --erhoehung: the amount behind erhoehung_moeglich */
} fall_lauf;

/* the derivation of the month asked for (--herleitung), or an error record */
static const char *herleitung_schreiben(fall_lauf *k, const wg_fall *fall, size_t *aus_len, bool *abgelehnt)
{
    if (k->erhoehung) {
        /* the amount an application would bring (the hint erhoehung_moeglich dated that month) */
        for (size_t h = 0; h < wg_fall_ergebnis_anzahl_hinweise(k->r); h++) {
            const wg_fall_hinweis *x = wg_fall_ergebnis_hinweis(k->r, h);
            if (strcmp(x->code, "erhoehung_moeglich") == 0 && x->datum.jahr == k->h_jahr && x->datum.monat == k->h_monat &&
                wg_fall_hinweis_herleitung(k->e, fall, k->r, h, k->er) != WG_E_ARGUMENT)
                return wg_json_ergebnis_schreiben(k->j, k->e, k->er, aus_len);
        }
        wg_fehler fe = {WG_E_WERT_UNGUELTIG, "--herleitung", ""};
        snprintf(fe.meldung, sizeof fe.meldung, "%s: kein Hinweis erhoehung_moeglich ab diesem Monat", k->herleitung);
        *abgelehnt = true;
        return wg_json_fall_fehler_schreiben(k->j, k->e, fall->id, &fe, aus_len);
    }
    size_t i = 0;
    const size_t n = wg_fall_ergebnis_anzahl_monate(k->r);
    while (i < n && !(wg_fall_ergebnis_monat(k->r, i)->jahr == k->h_jahr && wg_fall_ergebnis_monat(k->r, i)->monat == k->h_monat)) i++;
    if (i < n && wg_fall_monat_herleitung(k->e, fall, k->r, i, k->er) != WG_E_ARGUMENT)
        return wg_json_ergebnis_schreiben(k->j, k->e, k->er, aus_len);
    wg_fehler fe = {WG_E_WERT_UNGUELTIG, "--herleitung", ""};
    snprintf(fe.meldung, sizeof fe.meldung, "%s: %s", k->herleitung,
             i == n ? "kein Monat des Bewilligungszeitraums" : "in diesem Monat besteht kein Bescheid (§ 28)");
    *abgelehnt = true;
    return wg_json_fall_fehler_schreiben(k->j, k->e, fall->id, &fe, aus_len);
}

/* one case: its result (or the derivation of a month), or its error record */
static const char *fall_zeile(void *kontext, const char *zeile, size_t len, const wg_fehler *zu_lang, size_t *aus_len,
                              bool *abgelehnt)
{
    fall_lauf *k = kontext;
    wg_fall fall;
    wg_fehler fe = {0};
    const char *aus;
    *abgelehnt = true;
    if (zu_lang) {
        aus = wg_json_fall_fehler_schreiben(k->j, k->e, NULL, zu_lang, aus_len);
    } else if (wg_json_fall_lesen(k->j, zeile, len, &fall, &fe) != WG_OK) {
        aus = wg_json_fall_fehler_schreiben(k->j, k->e, fall.id, &fe, aus_len);
    } else if (wg_fall_rechnen(k->e, &fall, k->s, k->r) != WG_OK) {
        aus = wg_json_fall_ergebnis_schreiben(k->j, k->e, k->r, aus_len);
    } else {
        *abgelehnt = false;
        aus = k->herleitung ? herleitung_schreiben(k, &fall, aus_len, abgelehnt) : wg_json_fall_ergebnis_schreiben(k->j, k->e, k->r, aus_len);
    }
    if (aus && k->pretty) aus = wg_json_einruecken(k->j, aus, *aus_len, aus_len);
    return aus;
}

static const char AUFRUF[] = "Aufruf: wohngeld fall [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert] "
                             "[--daten-max-alter-monate N] [--erstattung-grenze EUR] [--frist-warnung-tage N] "
                             "[--herleitung JJJJ-MM [--erhoehung]] [--pretty] [DATEI]\n";

int wgi_befehl_fall(int argc, char **argv)
{
    const char *datei = NULL, *herleitung = NULL;
    bool pretty = false, erhoehung = false;
    wg_fall_einstellungen s;
    wg_fall_einstellungen_init(&s);
    for (int i = 0; i < argc; i++) {
        int o = wgi_fall_option(argc, argv, &i, &s);
        if (o < 0) return 2;
        if (o > 0) continue;
        if (strcmp(argv[i], "--herleitung") == 0 && i + 1 < argc) herleitung = argv[++i];
        else if (strcmp(argv[i], "--pretty") == 0) pretty = true;
        else if (strcmp(argv[i], "--erhoehung") == 0) erhoehung = true;
        else if ((argv[i][0] == '-' && argv[i][1] != '\0') || datei) {
            fputs(AUFRUF, stderr); /* an unknown option, or a second file */
            return 2;
        } else {
            datei = argv[i];
        }
    }
    if (erhoehung && !herleitung) {
        fprintf(stderr, "--erhoehung: nur mit --herleitung JJJJ-MM\n");
        return 2;
    }
    int h_jahr = 0, h_monat = 0;
    if (herleitung && (sscanf(herleitung, "%4d-%2d", &h_jahr, &h_monat) != 2 || h_monat < 1 || h_monat > 12)) {
        fprintf(stderr, "--herleitung: Monat JJJJ-MM erwartet\n");
        return 2;
    }
    FILE *f = datei && strcmp(datei, "-") != 0 ? fopen(datei, "rb") : stdin;
    if (!f) {
        wgi_datei_fehler("fall", datei);
        return 2;
    }
    fall_lauf k = {wgi_cli_oeffnen(NULL), wg_json_neu(), wg_fall_ergebnis_neu(), wg_ergebnis_neu(), &s, herleitung, h_jahr, h_monat,
                   pretty, erhoehung};
    const int rc = k.e && k.j && k.r && k.er ? wgi_zeilen_je(f, "fall", fall_zeile, &k) : 2;
    wg_ergebnis_frei(k.er);
    wg_fall_ergebnis_frei(k.r);
    wg_json_frei(k.j);
    wg_engine_schliessen(k.e);
    if (f != stdin) fclose(f);
    return rc;
}
