/*
 * vorpruefung.c — the screening commands (docs/vorpruefung.md):
 *
 *   wohngeld schwellen [--feld PFAD] [DATEI]     thresholds of complete households (§ 3)
 *   wohngeld grenzen --stichtag D [--rechtsstand ID] [--format text|csv|json]
 *                                                the Einkommensgrenzen table (§ 4)
 *
 * Partial records themselves go through `wohngeld berechnen` and `wohngeld batch`. Public API
 * only. Exports wgi_befehl_schwellen, wgi_befehl_grenzen.
 */
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct schwellen_lauf {
    wg_engine *e;
    wg_json *j;
    wg_vorpruefung *v;
    const char *feld;
} schwellen_lauf;

/* one household: its thresholds, or its error record */
static const char *schwelle_zeile(void *kontext, const char *zeile, size_t len, const wg_fehler *zu_lang, size_t *aus_len,
                                  bool *abgelehnt)
{
    schwellen_lauf *k = kontext;
    wg_haushalt h;
    wg_fehler fe = {0};
    *abgelehnt = true;
    if (zu_lang) return wg_json_fehler_schreiben(k->j, k->e, NULL, zu_lang, aus_len);
    if (wg_json_haushalt_lesen(k->j, zeile, len, &h, &fe) != WG_OK) return wg_json_fehler_schreiben(k->j, k->e, h.id, &fe, aus_len);
    if (wg_schwellen(k->e, &h, k->feld, k->v) != WG_OK)
        return wg_json_fehler_schreiben(k->j, k->e, h.id, wg_vorpruefung_fehler(k->v), aus_len);
    *abgelehnt = false;
    return wg_json_schwellen_schreiben(k->j, k->e, h.id, wg_vorpruefung_schwellen(k->v), aus_len);
}

int wgi_befehl_schwellen(int argc, char **argv)
{
    const char *feld = NULL, *datei = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--feld") == 0 && i + 1 < argc) feld = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "Aufruf: wohngeld schwellen [--feld PFAD] [DATEI]\n");
            return 2;
        } else if (!datei) datei = argv[i];
        else {
            fprintf(stderr, "wohngeld schwellen: nur eine Datei\n");
            return 2;
        }
    }
    FILE *f = datei && strcmp(datei, "-") != 0 ? fopen(datei, "rb") : stdin;
    if (!f) {
        perror(datei);
        return 2;
    }
    schwellen_lauf k = {wgi_cli_oeffnen(NULL), wg_json_neu(), wg_vorpruefung_neu(), feld};
    const int rc = k.e && k.j && k.v ? wgi_zeilen_je(f, schwelle_zeile, &k) : 2;
    wg_vorpruefung_frei(k.v);
    wg_json_frei(k.j);
    wg_engine_schliessen(k.e);
    if (f != stdin) fclose(f);
    return rc;
}

static const char *const STUFEN[] = {"I", "II", "III", "IV", "V", "VI", "VII"};

/* y cent / (1 − p %), rounded down to the cent: the gross that leaves y after a flat § 16 deduction */
static int64_t brutto(int64_t y, int prozent) { return y * 100 / (100 - prozent); }

static void euro(char *b, size_t n, int64_t cent) { snprintf(b, n, "%lld.%02lld", (long long)(cent / 100), (long long)(cent % 100)); }

int wgi_befehl_grenzen(int argc, char **argv)
{
    const char *stichtag = NULL, *rechtsstand = NULL, *format = "text";
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--stichtag") == 0 && i + 1 < argc) stichtag = argv[++i];
        else if (strcmp(argv[i], "--rechtsstand") == 0 && i + 1 < argc) rechtsstand = argv[++i];
        else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) format = argv[++i];
        else {
            fprintf(stderr, "Aufruf: wohngeld grenzen --stichtag JJJJ-MM-TT [--rechtsstand ID] [--format text|csv|json]\n");
            return 2;
        }
    }
    wg_datum d;
    if (!stichtag || sscanf(stichtag, "%4d-%2d-%2d", &d.jahr, &d.monat, &d.tag) != 3 || strlen(stichtag) != 10) {
        fprintf(stderr, "wohngeld grenzen: --stichtag JJJJ-MM-TT fehlt oder ist ungültig\n");
        return 2;
    }
    const bool text = strcmp(format, "text") == 0, csv = strcmp(format, "csv") == 0, json = strcmp(format, "json") == 0;
    if (!text && !csv && !json) {
        fprintf(stderr, "wohngeld grenzen: --format text, csv oder json\n");
        return 2;
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    if (!e) return 2;
    /* the Rechtsstand of the day, and the number of its Mietenstufen */
    int64_t grenze[12][7];
    int stufen = 7;
    wg_fehler f;
    for (int n = 1; n <= 12; n++)
        for (int s = 1; s <= 7; s++) {
            grenze[n - 1][s - 1] = -2;
            if (s > stufen) continue;
            wg_status st = wg_einkommensgrenze(e, d, rechtsstand, n, s, &grenze[n - 1][s - 1], &f);
            if (st == WG_E_MIETENSTUFE_UNGUELTIG) {
                stufen = s - 1;
                continue;
            }
            if (st != WG_OK) {
                fprintf(stderr, "wohngeld grenzen: %s (%s)\n", f.meldung, wg_status_code(st));
                wg_engine_schliessen(e);
                return 2;
            }
        }
    /* the Rechtsstand used, for the heading */
    wg_mitglied m;
    wg_mitglied_init(&m);
    wg_haushalt h;
    wg_haushalt_init(&h);
    h.stichtag = d;
    h.rechtsstand = rechtsstand;
    h.mietenstufe = 1;
    h.heimbewohner = true;
    h.mitglieder = &m;
    h.anzahl_mitglieder = 1;
    wg_ergebnis *r = wg_ergebnis_neu();
    const wg_rechtsstand_info *rs = r && wg_berechnen(e, &h, r, WG_NUR_BETRAG) == WG_OK ? wg_ergebnis_rechtsstand(r) : NULL;
    char b[4][32];
    if (text) {
        printf("Einkommensgrenzen für Wohngeld am %s, Rechtsstand %s (%s)\n", stichtag, rs ? rs->id : "?", rs ? rs->quelle : "");
        printf("Höchstes monatliches Gesamteinkommen (§ 13 WoGG) mit Anspruch, Miete mindestens in Höhe des\n"
               "Höchstbetrags (§ 12 WoGG, mit Klimakomponente und Heizkostenentlastung), in Euro:\n\n");
        printf("Mitglieder");
        for (int s = 0; s < stufen; s++) printf(" %10s", STUFEN[s]);
        printf("\n");
        for (int n = 1; n <= 12; n++) {
            printf("%10d", n);
            for (int s = 0; s < stufen; s++) {
                euro(b[0], sizeof b[0], grenze[n - 1][s]);
                printf(" %10s", grenze[n - 1][s] < 0 ? "-" : b[0]);
            }
            printf("\n");
        }
        printf("\nBrutto bei pauschalem Abzug nach § 16 WoGG von 10 / 20 / 30 %% (Mietenstufe I … %s):\n", STUFEN[stufen - 1]);
        for (int n = 1; n <= 12; n++) {
            printf("%10d", n);
            for (int s = 0; s < stufen; s++) {
                const int64_t y = grenze[n - 1][s];
                euro(b[0], sizeof b[0], brutto(y, 10));
                euro(b[1], sizeof b[1], brutto(y, 20));
                euro(b[2], sizeof b[2], brutto(y, 30));
                printf("  %s/%s/%s", y < 0 ? "-" : b[0], y < 0 ? "-" : b[1], y < 0 ? "-" : b[2]);
            }
            printf("\n");
        }
        printf("\nMehr als zwölf Mitglieder: Wohngeld steigt je weiteres Mitglied um den Betrag nach § 19 Abs. 3 WoGG;\n"
               "die Grenze eines solchen Haushalts gibt `wohngeld schwellen` (einkommen_bis).\n");
    } else if (csv) {
        printf("rechtsstand,stichtag,mitglieder,mietenstufe,gesamteinkommen_cent,gesamteinkommen_euro,brutto_10,brutto_20,brutto_30\n");
        for (int n = 1; n <= 12; n++)
            for (int s = 0; s < stufen; s++) {
                const int64_t y = grenze[n - 1][s];
                if (y < 0) {
                    printf("%s,%s,%d,%d,,,,,\n", rs ? rs->id : "", stichtag, n, s + 1);
                    continue;
                }
                euro(b[0], sizeof b[0], brutto(y, 10));
                euro(b[1], sizeof b[1], brutto(y, 20));
                euro(b[2], sizeof b[2], brutto(y, 30));
                printf("%s,%s,%d,%d,%lld,%lld,%s,%s,%s\n", rs ? rs->id : "", stichtag, n, s + 1, (long long)y,
                       (long long)(y / 100), b[0], b[1], b[2]);
            }
    } else {
        printf("{\"format\":\"wohngeld-grenzen/1\",\"stichtag\":\"%s\",\"rechtsstand\":\"%s\",\"zeilen\":[", stichtag, rs ? rs->id : "");
        bool erstes = true;
        for (int n = 1; n <= 12; n++)
            for (int s = 0; s < stufen; s++) {
                const int64_t y = grenze[n - 1][s];
                printf("%s{\"mitglieder\":%d,\"mietenstufe\":%d,", erstes ? "" : ",", n, s + 1);
                erstes = false;
                if (y < 0) {
                    printf("\"gesamteinkommen_cent\":null}");
                    continue;
                }
                euro(b[0], sizeof b[0], brutto(y, 10));
                euro(b[1], sizeof b[1], brutto(y, 20));
                euro(b[2], sizeof b[2], brutto(y, 30));
                printf("\"gesamteinkommen_cent\":%lld,\"gesamteinkommen_euro\":%lld,\"brutto_10\":\"%s\",\"brutto_20\":\"%s\","
                       "\"brutto_30\":\"%s\"}",
                       (long long)y, (long long)(y / 100), b[0], b[1], b[2]);
            }
        printf("]}\n");
    }
    wg_ergebnis_frei(r);
    wg_engine_schliessen(e);
    return fflush(stdout) == 0 ? 0 : 2;
}
