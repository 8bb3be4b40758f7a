/* motor.c — opening the engine for the programs: the built-in tables, or override table files
 * from a directory (`--tabellen VERZ`, files named like the built-in ones: p2016.tab, …), e.g. to
 * check what a changed table value does to the golden files. Public API only
 * (wg_eingebaute_tabelle names the files). Exports (motor.h) wgi_cli_engine, wgi_cli_oeffnen. */
#include "motor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

wg_engine *wgi_cli_engine(const char *verz, wg_fehler *f)
{
    if (!verz) return wg_engine_oeffnen(f);
    size_t n = 0;
    while (wg_eingebaute_tabelle(n)) n++;
    if (n == 0) {
        f->code = WG_E_TABELLE;
        snprintf(f->meldung, sizeof f->meldung, "keine eingebauten Tabellen");
        return NULL;
    }
    char **texte = calloc(n, sizeof *texte);
    const char **namen = calloc(n, sizeof *namen);
    wg_engine *e = NULL;
    bool ok = texte && namen;
    for (size_t i = 0; ok && i < n; i++) {
        const char *basis = strrchr(wg_eingebaute_tabelle(i), '/');
        basis = basis ? basis + 1 : wg_eingebaute_tabelle(i);
        char pfad[4096];
        snprintf(pfad, sizeof pfad, "%s/%s", verz, basis);
        FILE *d = fopen(pfad, "rb");
        if (!d) {
            f->code = WG_E_EA;
            snprintf(f->meldung, sizeof f->meldung, "%s fehlt", pfad);
            ok = false;
            break;
        }
        size_t kap = 1 << 20, len = 0;
        texte[i] = malloc(kap);
        while (texte[i] && (len += fread(texte[i] + len, 1, kap - len - 1, d)) == kap - 1) {
            char *neu = realloc(texte[i], kap *= 2);
            if (!neu) { free(texte[i]); texte[i] = NULL; }
            else texte[i] = neu;
        }
        fclose(d);
        if (!texte[i]) { ok = false; break; }
        texte[i][len] = '\0';
        namen[i] = wg_eingebaute_tabelle(i);
    }
    if (ok) e = wg_engine_oeffnen_texte((const char *const *)texte, namen, n, f);
    for (size_t i = 0; texte && i < n; i++) free(texte[i]);
    free(texte);
    free(namen);
    return e;
}

wg_engine *wgi_cli_oeffnen(const char *verz)
{
    wg_fehler f = {0};
    wg_engine *e = wgi_cli_engine(verz, &f);
    if (!e) fprintf(stderr, "wohngeld: Tabellen: %s\n", f.meldung);
    return e;
}
