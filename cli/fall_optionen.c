/*
 * fall_optionen.c — the settings of running cases on the command line, shared by `wohngeld fall`
 * and `wohngeld batch --art fall` (docs/laufende-faelle.md § 5). Exports wgi_fall_option.
 */
#include "befehle.h"
#include "wohngeld_fall.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int wgi_fall_option(int argc, char **argv, int *i, wg_fall_einstellungen *s)
{
    if (strcmp(argv[*i], "--voruebergehend-bis-monate") == 0 && *i + 1 < argc) {
        char *ende;
        long n = strtol(argv[++*i], &ende, 10);
        if (*ende || n < 0 || n > 24) {
            fprintf(stderr, "--voruebergehend-bis-monate: 0 bis 24 erwartet\n");
            return -1;
        }
        s->voruebergehend_bis_monate = (int)n;
        return 1;
    }
    if (strcmp(argv[*i], "--vergleich-y") == 0 && *i + 1 < argc) {
        const char *w = argv[++*i];
        if (strcmp(w, "gesamteinkommen") == 0) s->vergleich_y = WG_VERGLEICH_Y_GESAMTEINKOMMEN;
        else if (strcmp(w, "formelwert") == 0) s->vergleich_y = WG_VERGLEICH_Y_FORMELWERT;
        else {
            fprintf(stderr, "--vergleich-y: gesamteinkommen oder formelwert erwartet\n");
            return -1;
        }
        return 1;
    }
    /* when a person must decide (docs/laufende-faelle.md § 7) */
    static const struct {
        const char *name;
        long hoechstens;
    } zahlen[] = {{"--daten-max-alter-monate", 120}, {"--erstattung-grenze", 1000000000}, {"--frist-warnung-tage", 366}};
    for (size_t z = 0; z < sizeof zahlen / sizeof zahlen[0]; z++) {
        if (strcmp(argv[*i], zahlen[z].name) != 0 || *i + 1 >= argc) continue;
        char *ende;
        const long n = strtol(argv[++*i], &ende, 10);
        if (*ende || ende == argv[*i] || n < 0 || n > zahlen[z].hoechstens) {
            fprintf(stderr, "%s: 0 bis %ld erwartet\n", zahlen[z].name, zahlen[z].hoechstens);
            return -1;
        }
        if (z == 0) s->daten_max_alter_monate = (int)n;
        else if (z == 1) s->erstattung_grenze = n;
        else s->frist_warnung_tage = (int)n;
        return 1;
    }
    return 0;
}

