/*
 * orte.c — `wohngeld mietenstufe AGS [--stichtag DATUM] [--rechtsstand ID]` and
 * `wohngeld mietenstufe --suche NAME [--stichtag DATUM]`: the Mietenstufe of a Gemeinde with the
 * row that gave it and its source; a name search always answers with AGS, because names are
 * ambiguous (Leipzig, Stadt: II; Landkreis Leipzig: I).
 */
#include "befehle.h"
#include "wohngeld.h"

#include <stdio.h>
#include <string.h>

static bool datum_lesen(const char *s, wg_datum *d)
{
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d", &d->jahr, &d->monat, &d->tag) == 3;
}

static void zeigen(const wg_ort_info *o, void *kontext)
{
    (void)kontext;
    printf("%-8s  %-8s  %s  %s (%s)\n", o->ags, o->art, (const char *[]){"", "I", "II", "III", "IV", "V", "VI", "VII"}[o->mietenstufe],
           o->name, o->land);
}

int wgi_befehl_mietenstufe(int argc, char **argv)
{
    wg_datum stichtag = {2025, 1, 1};
    const char *suche = NULL, *ags = NULL, *rechtsstand = NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--stichtag") && i + 1 < argc) {
            if (!datum_lesen(argv[++i], &stichtag)) {
                fprintf(stderr, "wohngeld mietenstufe: Datum JJJJ-MM-TT erwartet: %s\n", argv[i]);
                return 2;
            }
        } else if (!strcmp(argv[i], "--suche") && i + 1 < argc) {
            suche = argv[++i];
        } else if (!strcmp(argv[i], "--rechtsstand") && i + 1 < argc) {
            rechtsstand = argv[++i];
        } else if (argv[i][0] != '-' && !ags) {
            ags = argv[i];
        } else {
            fprintf(stderr, "Aufruf: wohngeld mietenstufe AGS [--stichtag JJJJ-MM-TT] [--rechtsstand ID]\n"
                            "       wohngeld mietenstufe --suche NAME [--stichtag JJJJ-MM-TT]\n");
            return 2;
        }
    }
    if (!suche && !ags) {
        fprintf(stderr, "wohngeld mietenstufe: AGS oder --suche NAME angeben\n");
        return 2;
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    if (!e) return 2;
    int rc = 0;
    if (suche) {
        size_t n = wg_orte_suchen(e, suche, stichtag, zeigen, NULL);
        if (n == 0) {
            printf("kein Eintrag mit \"%s\" in der Liste für %04d-%02d-%02d\n", suche, stichtag.jahr, stichtag.monat,
                   stichtag.tag);
            rc = 1;
        }
    } else {
        wg_ort_info o;
        wg_fehler f = {0};
        if (wg_mietenstufe_nachschlagen(e, ags, stichtag, rechtsstand, &o, &f) != WG_OK) {
            printf("%s: %s\n", wg_status_code(f.code), f.meldung);
            rc = 1;
        } else {
            printf("Mietenstufe %d für %s am %04d-%02d-%02d\n", o.mietenstufe, ags, stichtag.jahr, stichtag.monat,
                   stichtag.tag);
            printf("Zeile:  %s %s — %s (%s)\n", o.art, o.ags[0] ? o.ags : "(ohne AGS)", o.name, o.land);
            printf("Regel:  %s\n", o.wie);
            printf("Liste:  %s — %s\n", o.liste, o.quelle);
        }
    }
    wg_engine_schliessen(e);
    return rc;
}
