/*
 * engine.c — opening and closing the engine: reads the statutory tables once (the ones compiled
 * into the library, or texts given by the caller), checks them, and computes the checksum that
 * every result carries (engine.tabellen). After opening, the engine is never written again, which
 * is what makes it safe to share between threads.
 */
#include "engine.h"
#include "datum.h"
#include "ergebnis.h"
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
    wgi_sha256 sha;
    wgi_sha256_start(&sha);
    for (size_t i = 0; i < anzahl; i++) {
        if (!texte[i]) {
            f->code = WG_E_ARGUMENT;
            snprintf(f->meldung, sizeof f->meldung, "Tabelle %zu ist NULL", i);
            wgi_tabellen_frei(&e->tabellen);
            free(e);
            return NULL;
        }
        size_t len = strlen(texte[i]);
        const char *name = namen && namen[i] ? namen[i] : "tabelle";
        if (wgi_tabellen_lesen(&e->tabellen, texte[i], len, name, f) != WG_OK) {
            wgi_tabellen_frei(&e->tabellen);
            free(e);
            return NULL;
        }
        wgi_sha256_daten(&sha, texte[i], len);
    }
    if (wgi_tabellen_pruefen(&e->tabellen, f) != WG_OK) {
        wgi_tabellen_frei(&e->tabellen);
        free(e);
        return NULL;
    }
    wgi_engine_ableiten(e);
    if (!wgi_tabellenwerte_bilden(e)) {
        wgi_tabellenwerte_frei(e);
        wgi_tabellen_frei(&e->tabellen);
        free(e);
        f->code = WG_E_SPEICHER;
        snprintf(f->meldung, sizeof f->meldung, "%s", wg_status_text(WG_E_SPEICHER));
        return NULL;
    }
    char hex[65];
    wgi_sha256_ende(&sha, hex);
    snprintf(e->tabellen.pruefsumme, sizeof e->tabellen.pruefsumme, "sha256:%s", hex);
    return e;
}

wg_engine *wg_engine_oeffnen(wg_fehler *f)
{
    return wg_engine_oeffnen_texte(wgi_eingebaute_tabellen, wgi_eingebaute_tabellen_namen,
                                   wgi_eingebaute_tabellen_anzahl, f);
}

void wg_engine_schliessen(wg_engine *e)
{
    if (!e) return;
    wgi_tabellenwerte_frei(e);
    wgi_tabellen_frei(&e->tabellen);
    free(e);
}

const char *wg_engine_tabellen_pruefsumme(const wg_engine *e) { return e ? e->tabellen.pruefsumme : ""; }

size_t wg_engine_anzahl_rechtsstaende(const wg_engine *e) { return e ? (size_t)e->tabellen.anzahl_perioden : 0; }

const wg_rechtsstand_info *wg_engine_rechtsstand_nr(const wg_engine *e, size_t i)
{
    if (!e || i >= (size_t)e->tabellen.anzahl_perioden) return NULL;
    return &e->tabellen.periode[i].info;
}

const wg_rechtsstand_info *wg_engine_rechtsstand(const wg_engine *e, const char *id)
{
    const wgi_periode *p = e && id ? wgi_tabellen_periode(&e->tabellen, id) : NULL;
    return p ? &p->info : NULL;
}

/* What the engine derives from its tables once, when it is opened: the first day of enacted
 * law; the last day for which it is known (the latest gesichert_bis or gilt_bis of the enacted
 * periods, 0 when some period is open without a gesichert_bis); each period's Rechtsstand info
 * and § 14 deductions per Einkunftsart; and for the bulk path the year values and the period of
 * every month (NULL when a period starts or ends within the month: then the day decides,
 * wgi_periode_am). */
void wgi_periode_ableiten(wgi_periode *q)
{
    q->info = (wg_rechtsstand_info){q->id, q->name, q->gilt_ab, q->gilt_bis, q->quelle, q->datei, q->szenario};
    q->hat_17a = q->skalar_gesetzt[WGI_S_FB_17A_SOCKEL];
    memset(q->abzug_art, 0, sizeof q->abzug_art); /* Arbeitslohn stays 0: nur_betrag.c adds the year value */
    q->abzug_art[WG_ART_RENTE] = q->abzug_art[WG_ART_VERSORGUNGSBEZUG] = q->skalar[WGI_S_PAUSCH_RENTE];
    q->abzug_art[WG_ART_KAPITAL] = q->skalar[WGI_S_KAPITAL_FREI];
    const int64_t S = 10000000000LL, faktor = q->skalar[WGI_S_FAKTOR];
    for (int k = 0; k < WGI_MAX_TAB; k++)
        q->formel_kurz[k] = q->a[k] >= 0 && q->a[k] < S && q->b[k] >= 0 && q->b[k] < S && q->c[k] >= 0 &&
                            q->c[k] < S && faktor >= S && faktor < 10 * S;
}

void wgi_engine_ableiten(wg_engine *e)
{
    const wgi_tabellen *t = &e->tabellen;
    int erster = 0, bis = 0;
    bool offen = false;
    for (int i = 0; i < t->anzahl_perioden; i++) {
        const wgi_periode *q = &t->periode[i];
        if (q->szenario) continue;
        if (erster == 0 || q->ab < erster) erster = q->ab;
        int b = q->gesichert ? q->gesichert : q->bis;
        if (b == 0) offen = true;
        if (b > bis) bis = b;
    }
    for (int i = 0; i < e->tabellen.anzahl_perioden; i++) wgi_periode_ableiten(&e->tabellen.periode[i]);
    e->erster_tag = erster;
    e->bekannt_bis = offen ? 0 : bis;
    e->bedarf_prozent = 100;

    for (int i = 0; i < WGI_INDEX_JAHRE; i++) {
        int jahr = WGI_INDEX_AB + i;
        e->an_pauschbetrag[i] = wgi_jahreswert(&t->an_pauschbetrag, jahr, NULL);
        e->rbs1[i] = wgi_jahreswert(&t->rbs[0], jahr, NULL);
        for (int s = 0; s < 6; s++)
            e->regelbedarf[s][i] = t->rbs[s].anzahl ? wgi_jahreswert(&t->rbs[s], jahr, NULL) : e->rbs1[i];
        for (int monat = 1; monat <= 12; monat++) {
            int erster_tag = jahr * 10000 + monat * 100 + 1, letzter_tag = jahr * 10000 + monat * 100 + wgi_tage_im_monat(jahr, monat);
            const wgi_periode *p = wgi_periode_am(t, erster_tag);
            bool wechsel = wgi_periode_am(t, letzter_tag) != p;
            for (int k = 0; k < t->anzahl_perioden; k++) {
                const wgi_periode *q = &t->periode[k];
                if (q->szenario) continue;
                if ((q->ab > erster_tag && q->ab <= letzter_tag) || (q->bis && q->bis >= erster_tag && q->bis < letzter_tag))
                    wechsel = true;
            }
            e->monat_periode[i * 12 + monat - 1] = wechsel ? NULL : p;
        }
    }
}

const wgi_periode *wgi_periode_zum_stichtag(const wg_engine *e, const wg_datum *d)
{
    unsigned i = (unsigned)(d->jahr - WGI_INDEX_AB) * 12u + (unsigned)(d->monat - 1);
    const wgi_periode *p = i < WGI_INDEX_JAHRE * 12u ? e->monat_periode[i] : NULL;
    return p ? p : wgi_periode_am(&e->tabellen, wgi_datum_tag(d));
}

const wgi_periode *wgi_periode_am(const wgi_tabellen *t, int tag)
{
    const wgi_periode *p = NULL;
    for (int i = 0; i < t->anzahl_perioden; i++) {
        const wgi_periode *q = &t->periode[i];
        if (!q->szenario && q->ab <= tag && (q->bis == 0 || tag <= q->bis)) p = q;
    }
    return p;
}

wg_status wg_engine_bedarfsanteil_setzen(wg_engine *e, int prozent)
{
    if (!e || prozent < 1 || prozent > 1000) return WG_E_ARGUMENT;
    e->bedarf_prozent = prozent;
    return WG_OK;
}
