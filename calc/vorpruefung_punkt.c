/*
 * vorpruefung_punkt.c — the screening's handle and its points: the handle's life, the
 * preparation of a search (the ordinary checks of a partial record, its months, the Satz packed
 * once, the valley points), and one point of the box (a complete household) computed by the bulk
 * walk (nur_betrag.c), with a cache for Stichtag records.
 *
 * Exports (public) wg_vorpruefung_neu, wg_vorpruefung_frei, wg_vorpruefung_halt_setzen;
 * (vorpruefung_intern.h) wgi_vp_talpunkte, wgi_vp_fehler, wgi_vp_fehler_von, wgi_vp_vorbereiten, wgi_vp_abbruch, wgi_vp_pruefen, wgi_vp_monate_bilden, wgi_vp_altersgrenzen, wgi_vp_satz_bilden, wgi_vp_punkt_rechnen, wgi_vp_summe.
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
        const int a = (int)p->skalar[WGI_S_KIND_ALTERSGRENZE];
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
        if (v->u[x].ort == WGI_FO_MERKMAL && v->u[x].merkmal == WGI_SM_GRUNDRENTE) allgemein[v->u[x].i] |= 2;
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
            if (v->cache_gueltig[c] && (v->anzahl == 0 || v->cache_punkt[c][0] == punkt[0]) && !memcmp(v->cache_punkt[c], punkt, v->anzahl * sizeof *punkt)) {
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

/* ---- errors and the preparation of a search (wg_vorpruefen, the thresholds) ---- */

/* A flag that moves the amount one way only through M' or Y' is a dimension of the box like a
 * money value (0 … 1), not a combination to enumerate (docs/vorpruefung.md "Warum exakt"):
 * the § 16 criteria and the Freibeträge of § 17 Nr. 1 to 4 only lower Y (true: Y_AB), a Heim
 * only raises R to H + K (§ 9 Abs. 3: M_AUF), a WoGV § 6 Pauschale only lowers R (M_AB). The
 * § 17a flag (the pension's valley depends on it) and § 20 Abs. 2 (no amount at all) are
 * enumerated. */
static wgi_seite schalter_seite(const wgi_unbekannt *u)
{
    switch (u->ort) {
    case WGI_FO_MERKMAL:
        return u->merkmal & (WGI_SM_STEUERN | WGI_SM_KRANKEN_PFLEGE | WGI_SM_RENTE | WGI_SM_SCHWERBEHINDERT | WGI_SM_NS_VERFOLGT |
                             WGI_SM_KIND)
                   ? WGI_S_Y_AB
                   : WGI_S_KEINE;
    case WGI_FO_ALLEIN: return WGI_S_Y_AB;
    case WGI_FO_HEIM: return WGI_S_M_AUF;
    case WGI_FO_WARMWASSER: case WGI_FO_HAUSHALTSENERGIE: case WGI_FO_GARAGE: case WGI_FO_STELLPLATZ: return WGI_S_M_AB;
    default: return WGI_S_KEINE;
    }
}

wg_status wgi_vp_fehler(wg_vorpruefung *v, wg_status code, const char *feld, const char *meldung)
{
    v->hat_fehler = true;
    v->fehler.code = code;
    snprintf(v->fehler.feld, sizeof v->fehler.feld, "%s", feld);
    snprintf(v->fehler.meldung, sizeof v->fehler.meldung, "%s", meldung);
    return code;
}

wg_status wgi_vp_fehler_von(wg_vorpruefung *v, const wg_fehler *f)
{
    v->hat_fehler = true;
    v->fehler = *f;
    return f->code;
}

wg_status wgi_vp_vorbereiten(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u,
                             size_t anzahl)
{
    v->e = e;
    v->hat_fehler = v->hat_spanne = v->hat_schwellen = false;
    v->abbruch = false;
    v->auswertungen = 0;
    v->monatsrechnungen = 0;
    v->gewicht = 1;
    memset(v->cache_gueltig, 0, sizeof v->cache_gueltig);
    memset(&v->fehler, 0, sizeof v->fehler);
    if (!wgi_kopie_von(&v->basis, h)) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    /* the unknowns resolved (their fields), their lower ends written into the household (the
     * caller's h may hold other values there), the household checked as an ordinary record,
     * then the age classes from the limits of the months' periods */
    wg_fehler f;
    const int keine[1] = {0};
    if (wgi_unbekannte_aufloesen(&v->basis, u, anzahl, keine, v->u, &f) != WG_OK) return wgi_vp_fehler_von(v, &f);
    v->anzahl = anzahl;
    for (size_t x = 0; x < anzahl; x++) v->punkt[x] = u[x].von;
    wgi_kopie_werte(&v->basis, v->u, anzahl, v->punkt);
    /* the ordinary check, silently where it can be (a Stichtag record that passes it needs no
     * computation to say so); otherwise computed, for the error with its field and message */
    const wg_haushalt *hb = &v->basis.h;
    const bool still = !hb->hat_zeitraum && wgi_haushalt_pruefen(hb, NULL) == WG_OK &&
                       wgi_datum_tag(&hb->stichtag) >= e->erster_tag && !(hb->mietenstufe && hb->gemeinde) &&
                       (!hb->rechtsstand || wgi_tabellen_periode(&e->tabellen, hb->rechtsstand));
    wg_status st = still ? WG_OK : wgi_vp_pruefen(v);
    if (st != WG_OK) return st;
    st = wgi_vp_monate_bilden(v);
    if (st != WG_OK) return st;
    int grenzen[WG_MAX_MONATE + 1];
    wgi_vp_altersgrenzen(v, grenzen, WG_MAX_MONATE + 1);
    wgi_altersklassen(v->u, anzahl, grenzen);
    wgi_vp_talpunkte(v);
    v->anzahl_geld = v->anzahl_wahl = 0;
    uint64_t kombinationen = 1;
    for (size_t x = 0; x < anzahl; x++) {
        if (v->u[x].pub.art == WG_UNBEKANNT_SCHALTER && v->u[x].anzahl_klassen > 1) v->u[x].seite = schalter_seite(&v->u[x]);
        if (v->u[x].pub.art == WG_UNBEKANNT_BETRAG || (v->u[x].pub.art == WG_UNBEKANNT_SCHALTER && v->u[x].seite != WGI_S_KEINE)) {
            if (v->u[x].seite != WGI_S_KEINE && v->u[x].pub.von < v->u[x].pub.bis) v->geld[v->anzahl_geld++] = x;
        } else if (v->u[x].anzahl_klassen > 1) {
            v->wahl[v->anzahl_wahl++] = x;
            kombinationen *= (uint64_t)v->u[x].anzahl_klassen;
            if (kombinationen > WG_VP_MAX_KOMBINATIONEN)
                return wgi_vp_fehler(v, WG_E_ZU_VIELE_UNBEKANNTE, v->u[x].pub.feld,
                              "mehr als 65 536 Kombinationen unbekannter Merkmale und Altersklassen (docs/grenzen.md)");
        }
    }
    /* the bound of the formula needs 0 < Faktor < 10 (every period: 1.15); a table override
     * without it cannot be screened exactly */
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const vp_monat *m = &v->monate[j];
        const wg_datum d = {m->jahr, m->monat, m->tag};
        const wgi_periode *p = m->fest ? m->fest : wgi_periode_zum_stichtag(e, &d);
        if (p && (p->skalar[WGI_S_FAKTOR] <= 0 || p->skalar[WGI_S_FAKTOR] >= 10 * (int64_t)WGI_Z10_EINS))
            return wgi_vp_fehler(v, WG_E_GRENZE, WG_F_RECHTSSTAND, "Vorprüfung setzt einen Faktor zwischen 0 und 10 voraus (docs/vorpruefung.md)");
    }
    return wgi_vp_satz_bilden(v);
}

wg_status wgi_vp_abbruch(wg_vorpruefung *v)
{
    if (v->abbruch_status == WG_E_GRENZE)
    {
        char m[256];
        snprintf(m, sizeof m,
                 "Vorprüfung: Budget von %lu Monatsberechnungen je Datensatz überschritten (%zu Haushalte × %zu Monate "
                 "× Gewicht %zu; WG_VP_MAX_MONATSRECHNUNGEN, docs/grenzen.md)",
                 (unsigned long)WGI_VP_GRENZE, v->auswertungen, v->anzahl_monate, v->gewicht);
        return wgi_vp_fehler(v, WG_E_GRENZE, v->zeitraum ? WG_F_ZEITRAUM : "", m);
    }
    if (v->abbruch_status == WG_E_ABGEBROCHEN)
        return wgi_vp_fehler(v, WG_E_ABGEBROCHEN, "", "Vorprüfung auf Anforderung des Aufrufers abgebrochen (wg_vorpruefung_halt_setzen)");
    if (v->abbruch_status == WG_E_SPEICHER) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    return wgi_vp_fehler(v, v->abbruch_status, "", "Vorprüfung: ein Haushalt der Spanne ist nicht berechenbar");
}

/* ---- the handle ---- */

wg_vorpruefung *wg_vorpruefung_neu(void)
{
    wg_vorpruefung *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    v->satz = aligned_alloc(8, SATZ_KAP);
    v->r = wg_ergebnis_neu();
    if (!v->satz || !v->r) {
        wg_vorpruefung_frei(v);
        return NULL;
    }
    return v;
}

void wg_vorpruefung_frei(wg_vorpruefung *v)
{
    if (!v) return;
    wgi_kopie_frei(&v->basis);
    for (int z = 0; z < Z_ANZAHL; z++) wgi_kopie_frei(&v->zeuge[z]);
    for (int z = 0; z < 4; z++) wgi_kopie_frei(&v->schwellen_zeuge[z]);
    wg_vorpruefung_frei(v->neben);
    free(v->satz);
    free(v->stapel);
    wg_ergebnis_frei(v->r);
    free(v);
}

void wg_vorpruefung_halt_setzen(wg_vorpruefung *v, int (*halt)(void *ctx), void *ctx)
{
    if (!v) return;
    v->halt = halt;
    v->halt_ctx = ctx;
}

/* For each § 17a pension unknown: the member's known pension sum and the valley of Y in the
 * pension sum S over the months (docs/vorpruefung.md "§ 17a"). Per month, with the pension's
 * deduction A (102 EUR, § 9a Satz 1 Nr. 3 EStG), the Sockel of § 17a (1 200 EUR) and its cap
 * (12 × 50 % of Regelbedarfsstufe 1): the Freibetrag grows by 1 per euro of S below
 * min(Sockel, cap), so Y falls there (it grows by at most 0.9); it falls too while S ≤ A (the
 * pension counts 0); above max(min(Sockel, cap), A) Y rises (≥ 0.4 per euro). A month without
 * § 17a: Y rises everywhere. Werbungskosten on a pension: the valley is not known (slack). */
void wgi_vp_talpunkte(wg_vorpruefung *v)
{
    for (size_t x = 0; x < v->anzahl; x++) {
        wgi_unbekannt *u = &v->u[x];
        if (u->seite != WGI_S_Y_17A) continue;
        const wg_mitglied *m = &v->basis.h.mitglieder[u->i];
        u->grundrente_var = -1;
        for (size_t y = 0; y < v->anzahl; y++)
            if (v->u[y].ort == WGI_FO_MERKMAL && v->u[y].i == u->i && v->u[y].merkmal == WGI_SM_GRUNDRENTE) u->grundrente_var = (int)y;
        u->rente_bekannt = 0;
        bool wk = false;
        for (size_t j = 0; j < m->anzahl_einkommen; j++) {
            const wg_einkommen *ek = &m->einkommen[j];
            if (ek->art != WG_ART_RENTE) continue;
            wk |= ek->hat_werbungskosten;
            bool unbekannt = false;
            for (size_t y = 0; y < v->anzahl; y++)
                unbekannt |= v->u[y].ort == WGI_FO_POSTEN && v->u[y].i == u->i && v->u[y].j == (int)j;
            if (!unbekannt) u->rente_bekannt += wgi_jahresbetrag(ek->betrag_cent, ek->jaehrlich);
        }
        int64_t faellt = INT64_MAX, steigt = -1;
        bool alle_17a = true;
        for (size_t j = 0; j < v->anzahl_monate; j++) {
            const vp_monat *mo = &v->monate[j];
            const wg_datum d = {mo->jahr, mo->monat, mo->tag};
            const wgi_periode *p = mo->fest ? mo->fest : wgi_periode_zum_stichtag(v->e, &d);
            if (!p || !p->hat_17a) {
                alle_17a = false;
                continue;
            }
            const wgi_b4 kappe = wgi_freibetrag_17a_kappe(p, wgi_jahreswert(&v->e->tabellen.rbs[0], mo->jahr, NULL));
            const wgi_b4 sockel = p->skalar[WGI_S_FB_17A_SOCKEL], a = p->skalar[WGI_S_PAUSCH_RENTE];
            const wgi_b4 tal = wgi_min_b4(sockel, kappe) > a ? wgi_min_b4(sockel, kappe) : a;
            if (tal < faellt) faellt = tal;
            if (tal > steigt) steigt = tal;
        }
        u->faellt_bis = wk || !alle_17a || faellt == INT64_MAX ? -1 : faellt;
        u->steigt_ab = wk ? INT64_MAX : steigt;
    }
}
