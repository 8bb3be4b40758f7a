/*
 * vorpruefung_punkt.c — the screening's points: the ordinary checks of a partial record, its months, the Satz packed once, and one point of the box (a complete household) computed by the bulk walk (nur_betrag.c), with a cache for Stichtag records.
 *
 * Exports (vorpruefung_intern.h): wgi_vp_pruefen, wgi_vp_monate_bilden, wgi_vp_altersgrenzen, wgi_vp_satz_bilden, wgi_vp_punkt_rechnen, wgi_vp_summe.
 */
#include "datum.h"
#include "vorpruefung_intern.h"

/* The household as the ordinary check sees it at the lower ends; its error is the record's. */
wg_status wgi_vp_pruefen(wg_vorpruefung *v)
{
    wg_status st = wg_berechnen(v->e, &v->basis.h, v->r, WG_NUR_BETRAG);
    if (st != WG_OK) return wgi_vp_fehler_von(v, wg_ergebnis_fehler(v->r));
    return WG_OK;
}

/* The months (one for a Stichtag) with their Mietenstufe and forced period. */
wg_status wgi_vp_monate_bilden(wg_vorpruefung *v)
{
    const wg_haushalt *h = &v->basis.h;
    const wgi_tabellen *t = &v->e->tabellen;
    const wgi_periode *fest = h->rechtsstand ? wgi_tabellen_periode(t, h->rechtsstand) : NULL;
    v->zeitraum = h->hat_zeitraum;
    size_t n = 1;
    int jahr = h->stichtag.jahr, monat = h->stichtag.monat, tag = h->stichtag.tag;
    if (h->hat_zeitraum) {
        const int monate = wgi_monatsindex_von(h->bis_jahr, h->bis_monat) - wgi_monatsindex_von(h->von_jahr, h->von_monat) + 1;
        n = (size_t)monate;
        jahr = h->von_jahr;
        monat = h->von_monat;
        tag = 1;
    }
    v->anzahl_monate = n;
    for (size_t i = 0; i < n; i++) {
        vp_monat *m = &v->monate[i];
        m->jahr = jahr;
        m->monat = monat;
        m->tag = tag;
        m->fest = fest;
        const wg_datum d = {jahr, monat, tag};
        const wgi_periode *p = fest ? fest : wgi_periode_zum_stichtag(v->e, &d);
        m->stufe = h->mietenstufe;
        if (h->gemeinde) {
            wgi_ort_treffer treffer;
            wg_fehler f;
            if (wgi_mietenstufe_finden(t, h->gemeinde, wgi_datum_tag(&d), p, &treffer, &f) == WG_OK) m->stufe = treffer.stufe;
            else if (!h->mietenstufe) return wgi_vp_fehler_von(v, &f);
        }
        if (++monat > 12) {
            monat = 1;
            jahr++;
        }
        tag = 1;
    }
    return WG_OK;
}

/* The age limits of § 17 Nr. 4 of the months' periods (0-terminated). */
void wgi_vp_altersgrenzen(const wg_vorpruefung *v, int *g, size_t kap)
{
    size_t n = 0;
    for (size_t i = 0; i < v->anzahl_monate; i++) {
        const vp_monat *m = &v->monate[i];
        const wg_datum d = {m->jahr, m->monat, m->tag};
        const wgi_periode *p = m->fest ? m->fest : wgi_periode_zum_stichtag(v->e, &d);
        if (!p) continue;
        const int a = (int)p->skalar[WG_S_KIND_ALTERSGRENZE];
        bool da = false;
        for (size_t k = 0; k < n; k++) da |= g[k] == a;
        if (!da && n + 1 < kap) g[n++] = a;
    }
    g[n] = 0;
}

/* The Satz of the household at the lower ends: members with an unknown in the general way
 * (items in place), Mietenstufe resolved, no zeitraum and no forced rechtsstand (the search
 * sets each month's date and period itself). */
wg_status wgi_vp_satz_bilden(wg_vorpruefung *v)
{
    wg_haushalt h = v->basis.h;
    h.hat_zeitraum = false;
    h.stichtag = (wg_datum){v->monate[0].jahr, v->monate[0].monat, v->monate[0].tag};
    h.rechtsstand = NULL;
    h.gemeinde = NULL;
    h.mietenstufe = v->monate[0].stufe;
    unsigned char allgemein[WG_MAX_MITGLIEDER] = {0};
    for (size_t x = 0; x < v->anzahl; x++) {
        if (v->u[x].i < 0) continue;
        allgemein[v->u[x].i] |= 1;
        if (v->u[x].ort == WGI_FO_MERKMAL && v->u[x].merkmal == WG_SM_GRUNDRENTE) allgemein[v->u[x].i] |= 2;
    }
    size_t laenge = wgi_satz_packen(v->e, &h, v->satz, SATZ_KAP, allgemein);
    if ((laenge == 0 || laenge > SATZ_KAP) && wgi_vp_pruefen(v) != WG_OK) return v->fehler.code;
    if (laenge == 0 || laenge > SATZ_KAP)
        return wgi_vp_fehler(v, WG_E_GRENZE, "", "Vorprüfung: der Haushalt lässt sich nicht als Satz rechnen (Rechtsstand oder Mietenstufe am Stichtag, Größe)");
    wgi_satz_orte(v->satz, v->u, v->anzahl);
    /* a month of a household with 100 members and 1 000 incomes costs some 40 times one of a
     * couple; the budget weighs each by the size of its Satz, so it bounds time, not a count */
    v->gewicht = 1 + laenge / 1024;
    return WG_OK;
}

/* ---- one point of the box ---- */

/* Computes the household with values punkt in every month: amounts into betrag[k], parts into
 * teile[k]. */
void wgi_vp_punkt_rechnen(wg_vorpruefung *v, const int64_t *punkt, int k)
{
    if (v->abbruch) return;
    /* a Stichtag record: the last points computed are remembered (the search asks for the same
     * household again — at the ends of a threshold's interval, for a witness) */
    const bool merken = v->anzahl_monate == 1;
    if (merken)
        for (int c = 0; c < CACHE; c++)
            if (v->cache_gueltig[c] && !memcmp(v->cache_punkt[c], punkt, v->anzahl * sizeof *punkt)) {
                v->betrag[k][0] = v->cache_betrag[c];
                v->teile[k][0] = v->cache_teile[c];
                return;
            }
    /* the budget counts month computations, not households: a zeitraum of 120 months costs 120
     * times a Stichtag record; and the caller may ask the search to stop (a night run's SIGTERM) */
    v->auswertungen++;
    v->monatsrechnungen += v->anzahl_monate * v->gewicht;
    if (v->monatsrechnungen > WGI_VP_GRENZE || (v->halt && v->halt(v->halt_ctx))) {
        v->abbruch = true;
        v->abbruch_status = v->monatsrechnungen > WGI_VP_GRENZE ? WG_E_GRENZE : WG_E_ABGEBROCHEN;
        return;
    }
    wgi_satz_werte(v->satz, v->u, v->anzahl, punkt);
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const vp_monat *m = &v->monate[j];
        wgi_satz_stichtag_setzen(v->satz, m->jahr, m->monat, m->tag);
        wgi_satz_mietenstufe_setzen(v->satz, m->stufe);
        wg_kurz kurz;
        if (wgi_satz_teile_rechnen(v->e, v->satz, m->fest, &kurz, &v->teile[k][j]) != WG_OK) {
            v->abbruch = true;
            v->abbruch_status = kurz.status;
            return;
        }
        v->betrag[k][j] = kurz.wohngeld_monat;
    }
    if (merken) {
        const int c = v->cache_naechster;
        v->cache_naechster = (c + 1) % CACHE;
        memcpy(v->cache_punkt[c], punkt, v->anzahl * sizeof *punkt);
        v->cache_betrag[c] = v->betrag[k][0];
        v->cache_teile[c] = v->teile[k][0];
        v->cache_gueltig[c] = true;
    }
}

int64_t wgi_vp_summe(const wg_vorpruefung *v, int k)
{
    int64_t s = 0;
    for (size_t j = 0; j < v->anzahl_monate; j++) s += v->betrag[k][j];
    return s;
}

/* ---- bounds on a box ---- */
