/*
 * behoerde_datei.c — the authority's file of `bescheid` and `batch --bescheide` (--behoerde),
 * read and checked with its errors on stderr, and a date of the command line.
 * Exports wgi_behoerde_oeffnen, wgi_datum_lesen, wgi_datei_ganz_lesen (befehle.h).
 */
#include "befehle.h"
#include "fehlertext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *wgi_datei_ganz_lesen(const char *pfad, size_t *len)
{
    FILE *f = fopen(pfad, "rb");
    if (!f) return NULL;
    char *t = NULL;
    size_t n = 0, kap = 0;
    for (;;) {
        if (n + 4096 > kap) {
            kap = kap ? kap * 2 : 65536;
            if (kap > (16u << 20)) break;
            char *neu = realloc(t, kap);
            if (!neu) break;
            t = neu;
        }
        const size_t r = fread(t + n, 1, kap - n, f);
        n += r;
        if (r == 0) {
            fclose(f);
            *len = n;
            return t;
        }
    }
    fclose(f);
    free(t);
    return NULL;
}

wg_behoerde *wgi_behoerde_oeffnen(const char *pfad, const char *befehl)
{
    size_t len = 0;
    char *text = wgi_datei_ganz_lesen(pfad, &len);
    if (!text) {
        wgi_datei_fehler(befehl, pfad);
        return NULL;
    }
    wg_fehler f;
    wg_behoerde *k = wg_behoerde_lesen(text, len, &f);
    free(text);
    if (!k) fprintf(stderr, "wohngeld %s: --behoerde %s: %s%s%s\n", befehl, pfad, f.feld, f.feld[0] ? ": " : "", f.meldung);
    return k;
}

/* "JJJJ-MM-TT" into d; false when it is not a date of that form */
bool wgi_datum_lesen(const char *w, wg_datum *d)
{
    char rest;
    return sscanf(w, "%4d-%2d-%2d%c", &d->jahr, &d->monat, &d->tag, &rest) == 3 && strlen(w) == 10 && d->monat >= 1 &&
           d->monat <= 12 && d->tag >= 1 && d->tag <= 31;
}

