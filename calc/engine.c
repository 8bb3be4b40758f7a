/*
 * engine.c — opening and closing the engine: reads the statutory tables once (the ones compiled
 * into the library, or texts given by the caller), checks them, and computes the checksum that
 * every result carries (engine.tabellen). After opening, the engine is never written again, which
 * is what makes it safe to share between threads.
 */
#include "intern.h"
#include "sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *wg_version(void) { return WG_VERSION; }

wg_engine *wg_engine_oeffnen_texte(const char *const *texte, const char *const *namen, size_t anzahl, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    memset(f, 0, sizeof *f);
    if (!texte || anzahl == 0) {
        f->code = WG_E_ARGUMENT;
        snprintf(f->meldung, sizeof f->meldung, "keine Tabellen angegeben");
        return NULL;
    }
    wg_engine *e = calloc(1, sizeof *e);
    if (!e) {
        f->code = WG_E_SPEICHER;
        snprintf(f->meldung, sizeof f->meldung, "%s", wg_status_text(WG_E_SPEICHER));
        return NULL;
    }
    wg_sha256 sha;
    wg_sha256_start(&sha);
    for (size_t i = 0; i < anzahl; i++) {
        if (!texte[i]) {
            f->code = WG_E_ARGUMENT;
            snprintf(f->meldung, sizeof f->meldung, "Tabelle %zu ist NULL", i);
            wg_tabellen_frei(&e->tabellen);
            free(e);
            return NULL;
        }
        size_t len = strlen(texte[i]);
        const char *name = namen && namen[i] ? namen[i] : "tabelle";
        if (wg_tabellen_lesen(&e->tabellen, texte[i], len, name, f) != WG_OK) {
            wg_tabellen_frei(&e->tabellen);
            free(e);
            return NULL;
        }
        wg_sha256_daten(&sha, texte[i], len);
    }
    if (wg_tabellen_pruefen(&e->tabellen, f) != WG_OK) {
        wg_tabellen_frei(&e->tabellen);
        free(e);
        return NULL;
    }
    wg_engine_ableiten(e);
    char hex[65];
    wg_sha256_ende(&sha, hex);
    snprintf(e->tabellen.pruefsumme, sizeof e->tabellen.pruefsumme, "sha256:%s", hex);
    return e;
}

wg_engine *wg_engine_oeffnen(wg_fehler *f)
{
    return wg_engine_oeffnen_texte(wg_eingebaute_tabellen, wg_eingebaute_tabellen_namen,
                                   wg_eingebaute_tabellen_anzahl, f);
}

void wg_engine_schliessen(wg_engine *e)
{
    if (!e) return;
    wg_tabellen_frei(&e->tabellen);
    free(e);
}

const char *wg_engine_tabellen_pruefsumme(const wg_engine *e) { return e->tabellen.pruefsumme; }

size_t wg_engine_anzahl_rechtsstaende(const wg_engine *e) { return e ? (size_t)e->tabellen.anzahl_perioden : 0; }

const wg_rechtsstand_info *wg_engine_rechtsstand_nr(const wg_engine *e, size_t i)
{
    if (!e || i >= (size_t)e->tabellen.anzahl_perioden) return NULL;
    return &e->tabellen.periode[i].info;
}

const wg_rechtsstand_info *wg_engine_rechtsstand(const wg_engine *e, const char *id)
{
    const wg_periode *p = e && id ? wg_tabellen_periode(&e->tabellen, id) : NULL;
    return p ? &p->info : NULL;
}
