/*
 * fall.c — `wohngeld fall`: running cases, one result per case (docs/laufende-faelle.md).
 *
 *   wohngeld fall [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert]
 *                 [--herleitung JJJJ-MM] [--pretty] [DATEI]
 *
 * JSON Lines in (records "wohngeld-fall/1"), one "wohngeld-fall-ergebnis/1" line out per case;
 * with --herleitung the full derivation of that month's amount due instead (the result format of
 * `berechnen`). A case with an error gives its error record, the run goes on (exit 1). Public
 * API only. Exports wgi_befehl_fall.
 */
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char AUFRUF[] = "Aufruf: wohngeld fall [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert] "
                             "[--herleitung JJJJ-MM] [--pretty] [DATEI]\n";

int wgi_befehl_fall(int argc, char **argv)
{
    const char *datei = NULL, *herleitung = NULL;
    bool pretty = false;
    wg_fall_einstellungen s;
    wg_fall_einstellungen_init(&s);
    for (int i = 0; i < argc; i++) {
        int o = wgi_fall_option(argc, argv, &i, &s);
        if (o < 0) return 2;
        if (o > 0) continue;
        if (strcmp(argv[i], "--herleitung") == 0 && i + 1 < argc) herleitung = argv[++i];
        else if (strcmp(argv[i], "--pretty") == 0) pretty = true;
        else if ((argv[i][0] == '-' && argv[i][1] != '\0') || datei) {
            fputs(AUFRUF, stderr); /* an unknown option, or a second file */
            return 2;
        } else {
            datei = argv[i];
        }
    }
    int h_jahr = 0, h_monat = 0;
    if (herleitung && (sscanf(herleitung, "%4d-%2d", &h_jahr, &h_monat) != 2 || h_monat < 1 || h_monat > 12)) {
        fprintf(stderr, "--herleitung: Monat JJJJ-MM erwartet\n");
        return 2;
    }
    FILE *f = datei && strcmp(datei, "-") != 0 ? fopen(datei, "rb") : stdin;
    if (!f) {
        perror(datei);
        return 2;
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    wg_json *j = wg_json_neu();
    wg_fall_ergebnis *r = wg_fall_ergebnis_neu();
    wg_ergebnis *er = wg_ergebnis_neu();
    wgi_zeilen z = {f, NULL, 0, 0};
    int rc = e && j && r && er ? 0 : 2, st = 0;
    const char *zeile;
    size_t len;
    bool zu_lang;
    while (rc != 2 && (st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 && !zu_lang) continue;
        wg_fall fall;
        wg_fehler fe = {0};
        const char *aus;
        size_t aus_len;
        if (zu_lang) {
            wgi_zeile_zu_lang(&fe, z.nummer);
            aus = wg_json_fall_fehler_schreiben(j, e, NULL, &fe, &aus_len);
            rc = 1;
        } else if (wg_json_fall_lesen(j, zeile, len, &fall, &fe) != WG_OK) {
            aus = wg_json_fall_fehler_schreiben(j, e, fall.id, &fe, &aus_len);
            rc = 1;
        } else if (wg_fall_rechnen(e, &fall, &s, r) != WG_OK) {
            aus = wg_json_fall_ergebnis_schreiben(j, e, r, &aus_len);
            rc = 1;
        } else if (herleitung) {
            size_t i = 0, n = wg_fall_ergebnis_anzahl_monate(r);
            while (i < n && !(wg_fall_ergebnis_monat(r, i)->jahr == h_jahr && wg_fall_ergebnis_monat(r, i)->monat == h_monat)) i++;
            if (i == n || wg_fall_monat_herleitung(e, &fall, r, i, er) == WG_E_ARGUMENT) {
                fe.code = WG_E_WERT_UNGUELTIG;
                snprintf(fe.feld, sizeof fe.feld, "--herleitung");
                snprintf(fe.meldung, sizeof fe.meldung, "%s: %s", herleitung,
                         i == n ? "kein Monat des Bewilligungszeitraums" : "in diesem Monat besteht kein Bescheid (§ 28)");
                aus = wg_json_fall_fehler_schreiben(j, e, fall.id, &fe, &aus_len);
                rc = 1;
            } else {
                aus = wg_json_ergebnis_schreiben(j, e, er, &aus_len);
            }
        } else {
            aus = wg_json_fall_ergebnis_schreiben(j, e, r, &aus_len);
        }
        if (aus && pretty) aus = wg_json_einruecken(j, aus, aus_len, &aus_len);
        if (!aus || fwrite(aus, 1, aus_len, stdout) != aus_len || putchar('\n') == EOF) rc = 2;
    }
    if (st < 0) rc = 2;
    if (fflush(stdout) != 0) rc = 2;
    wgi_zeilen_frei(&z);
    wg_ergebnis_frei(er);
    wg_fall_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    if (f != stdin) fclose(f);
    return rc;
}
