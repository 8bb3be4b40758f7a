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
    return 0;
}

