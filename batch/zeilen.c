/* zeilen.c — see zeilen.h. */
#include "zeilen.h"
#include "fehlertext.h"
#include "wohngeld.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>

int wgi_zeile_lesen(wgi_zeilen *z, const char **zeile, size_t *len, bool *zu_lang)
{
    /* a line may hold WGI_MAX_ZEILE bytes (inclusive) before its line ending; one byte more
     * is kept so that a final '\r' of a line of exactly that length is seen */
    const size_t kappe = (size_t)WGI_MAX_ZEILE + 1;
    size_t n = 0, gesamt = 0;
    int c;
    *zu_lang = false;
    bool gelesen = false;
    while ((c = getc(z->f)) != EOF) {
        gelesen = true;
        if (c == '\n') break;
        gesamt++;
        if (n >= kappe) continue;
        if (n + 2 > z->kap) {
            size_t kap = z->kap ? z->kap * 2 : 4096;
            if (kap > kappe + 1) kap = kappe + 1;
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
    if (z->puffer) n = wgi_zeile_ende(z->puffer, n, gesamt, z->nummer == 1, WGI_MAX_ZEILE, zu_lang);
    else *zu_lang = gesamt > WGI_MAX_ZEILE;
    if (*zu_lang) n = 0;
    *zeile = z->puffer ? z->puffer : "";
    *len = n;
    return 1;
}

void wgi_zeilen_frei(wgi_zeilen *z)
{
    free(z->puffer);
    z->puffer = NULL;
    z->kap = 0;
}

size_t wgi_zeile_ende(char *buf, size_t n, uint64_t gesamt, bool erste, size_t grenze, bool *zu_lang)
{
    if (erste && n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        memmove(buf, buf + 3, n - 3);
        n -= 3;
        gesamt -= 3;
    }
    if (gesamt == n) gesamt = n = wgi_ohne_cr(buf, n);
    *zu_lang = gesamt > grenze;
    if (n > grenze) n = grenze;
    buf[n] = '\0';
    return n;
}

void wgi_zeile_zu_lang(wg_fehler *fe, size_t nummer)
{
    fe->code = WG_E_GRENZE;
    fe->feld[0] = '\0';
    snprintf(fe->meldung, sizeof fe->meldung, "Zeile %zu ist länger als %u Bytes", nummer, WGI_MAX_ZEILE);
}

void wgi_keine_eingabe(const char *befehl)
{
    fprintf(stderr, "wohngeld %s: keine Eingabe — kein Datensatz gelesen\n", befehl);
}

int wgi_zeilen_je(FILE *f, const char *befehl, wgi_zeile_fn fn, void *kontext)
{
    wgi_zeilen z = {f, NULL, 0, 0};
    int rc = 0, st;
    size_t anzahl = 0;
    const char *zeile;
    size_t len;
    bool zu_lang;
    while (rc != 2 && (st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 && !zu_lang) continue;
        anzahl++;
        wg_fehler fe = {0};
        if (zu_lang) wgi_zeile_zu_lang(&fe, z.nummer);
        size_t aus_len = 0;
        bool abgelehnt = false;
        const char *aus = fn(kontext, zeile, len, zu_lang ? &fe : NULL, &aus_len, &abgelehnt);
        if (abgelehnt) rc = 1;
        if (!aus || fwrite(aus, 1, aus_len, stdout) != aus_len || putchar('\n') == EOF) rc = 2;
    }
    if (st < 0) {
        fprintf(stderr, "wohngeld %s: Lesefehler: %s\n", befehl, wgi_fehlertext(errno));
        rc = 2;
    } else if (anzahl == 0) {
        wgi_keine_eingabe(befehl);
    }
    if (fflush(stdout) != 0) rc = 2;
    wgi_zeilen_frei(&z);
    return rc;
}
