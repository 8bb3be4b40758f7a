/* nach_csv.c — `wohngeld nach-csv [DATEI]`: household records (JSON Lines) as CSV rows
 * (docs/csv.md), e.g. to prepare a CSV batch from JSON data or to test the CSV reader. Records
 * that cannot be read are reported on stderr (exit 1); at most 5 income items and 2 payments
 * per member fit the fixed header. */
#include "fehlertext.h"
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld_csv.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <string.h>

int wgi_befehl_nach_csv(int argc, char **argv)
{
    char trenn = ',';
    const char *datei = NULL;
    for (int i = 0; i < argc; i++) {
        const bool trennzeichen = !strcmp(argv[i], "--trennzeichen") && i + 1 < argc &&
                                  (!strcmp(argv[i + 1], ",") || !strcmp(argv[i + 1], ";"));
        const bool option = argv[i][0] == '-' && argv[i][1] != '\0';
        if (trennzeichen) {
            trenn = argv[++i][0];
        } else if (option || datei) {
            fprintf(stderr, "Aufruf: wohngeld nach-csv [--trennzeichen ,|;] [DATEI]\n");
            return 2;
        } else {
            datei = argv[i];
        }
    }
    FILE *f = datei && strcmp(datei, "-") != 0 ? fopen(datei, "rb") : stdin;
    if (!f) {
        wgi_datei_fehler("nach-csv", datei);
        return 2;
    }
    wg_json *j = wg_json_neu();
    wgi_zeilen z = {f, NULL, 0, 0};
    const char *zeile;
    size_t len;
    bool zu_lang, kopf = true;
    int rc = 0, st;
    while ((st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 || zu_lang) continue;
        wg_haushalt h;
        wg_fehler fe = {0};
        if (wg_json_haushalt_lesen(j, zeile, len, &h, &fe) != WG_OK) {
            fprintf(stderr, "Zeile %zu: %s %s: %s\n", z.nummer, wg_status_code(fe.code), fe.feld, fe.meldung);
            rc = 1;
            continue;
        }
        bool passt = true;
        for (size_t i = 0; i < h.anzahl_mitglieder; i++)
            passt &= h.mitglieder[i].anzahl_einkommen <= 5 && h.mitglieder[i].anzahl_unterhalt <= 2;
        if (!passt || !h.id) {
            fprintf(stderr, "Zeile %zu: %s\n", z.nummer, h.id ? "mehr als 5 Einkommen oder 2 Unterhaltszahlungen" : "id fehlt");
            rc = 1;
            continue;
        }
        size_t n = 0;
        const char *t = wg_csv_haushalt_schreiben(j, &h, kopf, trenn, &n);
        if (!t) {
            fprintf(stderr, "wohngeld nach-csv: nicht genug Speicher\n");
            rc = 2;
            break;
        }
        kopf = false;
        fwrite(t, 1, n, stdout);
    }
    if (st < 0) rc = 2;
    wgi_zeilen_frei(&z);
    wg_json_frei(j);
    if (f != stdin) fclose(f);
    return rc;
}
