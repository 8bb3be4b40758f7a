/*
 * berechnen.c — `wohngeld berechnen`: household records (JSON Lines) → one result line each with
 * the whole derivation, in input order; a partial record (with "unbekannt") is screened instead
 * (docs/vorpruefung.md). Public API only. Exports wgi_befehl_berechnen.
 */
#include "fehlertext.h"
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int berechnen_datei(const wg_engine *e, wg_json *j, wg_ergebnis *r, wg_vorpruefung *v, FILE *f, const char *name,
                           bool pretty, int *ungueltig, size_t *anzahl)
{
    wgi_zeilen z = {f, NULL, 0, 0};
    const char *zeile;
    size_t len;
    bool zu_lang;
    int st;
    while ((st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        size_t k = 0;
        while (k < len && (zeile[k] == ' ' || zeile[k] == '\t')) k++;
        if (k == len && !zu_lang) continue; /* empty lines separate nothing; they are not records */
        (*anzahl)++;
        wg_haushalt h;
        wg_fehler fe = {0};
        const char *aus;
        size_t aus_len;
        const wg_unbekannt *u = NULL;
        size_t anzahl_u = 0;
        if (zu_lang) {
            wgi_zeile_zu_lang(&fe, z.nummer);
            aus = wg_json_fehler_schreiben(j, e, NULL, &fe, &aus_len);
            (*ungueltig)++;
        } else if (wg_json_teilhaushalt_lesen(j, zeile, len, &h, &u, &anzahl_u, &fe) != WG_OK) {
            if (fe.code == WG_E_SPEICHER) { /* not the record's fault: stop, do not mark it invalid */
                fprintf(stderr, "wohngeld: %s: nicht genug Speicher\n", name);
                wgi_zeilen_frei(&z);
                return 2;
            }
            aus = wg_json_fehler_schreiben(j, e, h.id, &fe, &aus_len);
            (*ungueltig)++;
        } else if (anzahl_u > 0) {
            /* a partial record: the screening (docs/vorpruefung.md) */
            wg_status s = wg_vorpruefen(e, &h, u, anzahl_u, v);
            if (s == WG_E_SPEICHER) {
                fprintf(stderr, "wohngeld: %s: nicht genug Speicher\n", name);
                wgi_zeilen_frei(&z);
                return 2;
            }
            if (s != WG_OK) {
                (*ungueltig)++;
                aus = wg_json_fehler_schreiben(j, e, h.id, wg_vorpruefung_fehler(v), &aus_len);
            } else {
                aus = wg_json_spanne_schreiben(j, e, h.id, wg_vorpruefung_spanne(v), true, &aus_len);
            }
        } else {
            wg_status s = wg_berechnen(e, &h, r, 0);
            if (s == WG_E_SPEICHER) {
                fprintf(stderr, "wohngeld: %s: nicht genug Speicher\n", name);
                wgi_zeilen_frei(&z);
                return 2;
            }
            if (s != WG_OK) (*ungueltig)++;
            aus = wg_json_ergebnis_schreiben(j, e, r, &aus_len);
        }
        if (aus && pretty) aus = wg_json_einruecken(j, aus, aus_len, &aus_len);
        if (!aus) {
            fprintf(stderr, "wohngeld: nicht genug Speicher\n");
            wgi_zeilen_frei(&z);
            return 2;
        }
        if (fwrite(aus, 1, aus_len, stdout) != aus_len || putchar('\n') == EOF) {
            fprintf(stderr, "wohngeld: Schreibfehler: %s\n", wgi_fehlertext(errno));
            wgi_zeilen_frei(&z);
            return 2;
        }
    }
    wgi_zeilen_frei(&z);
    if (st < 0) {
        fprintf(stderr, "wohngeld: %s: Lesefehler: %s\n", name, wgi_fehlertext(errno));
        return 2;
    }
    return 0;
}

int wgi_befehl_berechnen(int argc, char **argv)
{
    bool pretty = false;
    int erste_datei = argc, anteil = 100;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--pretty") == 0) pretty = true;
        else if (strcmp(argv[i], "--bedarf-anteil") == 0 && i + 1 < argc) {
            char *ende;
            long v = strtol(argv[++i], &ende, 10);
            if (*ende || v < 1 || v > 1000) {
                fprintf(stderr, "wohngeld berechnen: --bedarf-anteil: ganze Zahl von 1 bis 1000 (Prozent)\n");
                return 2;
            }
            anteil = (int)v;
        } else if (strcmp(argv[i], "--") == 0) { erste_datei = i + 1; break; }
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "wohngeld berechnen: unbekannte Option %s (siehe wohngeld --help)\n", argv[i]);
            return 2;
        } else { erste_datei = i; break; }
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    if (!e) return 2;
    wg_engine_bedarfsanteil_setzen(e, anteil);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    wg_vorpruefung *v = wg_vorpruefung_neu();
    int rc = 0, ungueltig = 0;
    size_t anzahl = 0;
    if (!j || !r || !v) {
        fprintf(stderr, "wohngeld: nicht genug Speicher\n");
        rc = 2;
    } else if (erste_datei >= argc) {
        rc = berechnen_datei(e, j, r, v, stdin, "-", pretty, &ungueltig, &anzahl);
    } else {
        for (int i = erste_datei; i < argc && rc == 0; i++) {
            if (strcmp(argv[i], "--pretty") == 0) { pretty = true; continue; }
            FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
            if (!f) {
                fprintf(stderr, "wohngeld: %s: %s\n", argv[i], wgi_fehlertext(errno));
                rc = 2;
                break;
            }
            rc = berechnen_datei(e, j, r, v, f, argv[i], pretty, &ungueltig, &anzahl);
            if (f != stdin) fclose(f);
        }
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "wohngeld: Schreibfehler: %s\n", wgi_fehlertext(errno));
        rc = 2;
    }
    if (rc == 0 && anzahl == 0) wgi_keine_eingabe("berechnen");
    wg_vorpruefung_frei(v);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    if (rc) return rc;
    return ungueltig ? 1 : 0;
}

