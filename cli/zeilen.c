/* zeilen.c — see zeilen.h. */
#include "zeilen.h"

#include <stdlib.h>

int wg_zeile_lesen(wg_zeilen *z, const char **zeile, size_t *len, bool *zu_lang)
{
    size_t n = 0;
    int c;
    *zu_lang = false;
    bool gelesen = false;
    while ((c = getc(z->f)) != EOF) {
        gelesen = true;
        if (c == '\n') break;
        if (*zu_lang) continue;
        if (n + 1 >= z->kap) {
            if (z->kap >= WG_MAX_ZEILE) {
                *zu_lang = true;
                continue;
            }
            size_t kap = z->kap ? z->kap * 2 : 4096;
            if (kap > WG_MAX_ZEILE) kap = WG_MAX_ZEILE;
            char *neu = realloc(z->puffer, kap);
            if (!neu) return -1;
            z->puffer = neu;
            z->kap = kap;
        }
        z->puffer[n++] = (char)c;
    }
    if (ferror(z->f)) return -1;
    if (!gelesen) return 0;
    z->nummer++;
    if (*zu_lang) n = 0;
    if (n > 0 && z->puffer[n - 1] == '\r') n--;
    if (z->puffer) z->puffer[n] = '\0';
    *zeile = z->puffer ? z->puffer : "";
    *len = n;
    return 1;
}

void wg_zeilen_frei(wg_zeilen *z)
{
    free(z->puffer);
    z->puffer = NULL;
    z->kap = 0;
}
