/*
 * vorpruefung.c — screening on partial data (docs/vorpruefung.md): the exact minimum and
 * maximum of the amount over the box of a partial household, with witnesses, thresholds and
 * the fields that decide; wg_schwellen for complete households; wg_einkommensgrenze.
 *
 * Every amount is computed by the engine itself: each point of the box is a complete household
 * packed once as a Satz (satz.c) and computed by nur_betrag.c — the rules of regeln.h, nothing
 * else. What this file adds is the search, and its exactness rests on one argument per rule
 * (docs/vorpruefung.md "Warum exakt"), used here as bounds:
 *
 *   - With flags and age classes fixed (they are enumerated), the amount depends on the money
 *     values only through M' and ⌊M⌋ (rent side: non-decreasing in the rent, non-increasing in
 *     its deductions), Y' (income side: monotone in each value, except the pension of a § 17a
 *     member, which moves 12·Y by at most its own change), and the Vermögen step.
 *   - z4 differs from 1.15·f(M', Y') with f = M' − (a + b·M' + c·Y')·Y' by at most ε(Y')
 *     (the four roundings at ten decimals, formel.h), and f over a box of (M', Y') takes its
 *     maximum at the smallest Y' and one of the two ends of M', its minimum at the largest Y'
 *     (a, b, c ≥ 0: f falls in Y'; f is linear in M' with either sign of slope).
 *   - Everything after z4 (rounding to euros, the caps at ⌊M⌋, § 19 Abs. 3, § 21 Nr. 1) is
 *     non-decreasing in z4 and ⌊M⌋ (regeln.h wgi_betrag_nach_formel).
 *
 * So four points of a box (M low/high × Y low/high, the Vermögen at its end) bound the amount
 * on the whole box; where a bound is not reached by a point, the box is halved (branch and
 * bound) — down to single households if need be, so the answer is exact, never sampled.
 */
#include "wohngeld_vorpruefung.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "mietenstufen.h"
#include "pruefung.h"
#include "regeln.h"
#include "satz.h"
#include "teilhaushalt.h"

#define SATZ_KAP ((size_t)64 * 1024)
/* the month computations one partial record may take (a household of a zeitraum costs one per
 * month): the documented budget; a fuzzing build lowers it (fuzz/laufen.sh) so that no input runs
 * into the fuzzer's timeout */
#ifndef WGI_VP_GRENZE
#define WGI_VP_GRENZE WG_VP_MAX_MONATSRECHNUNGEN
#endif
#define MAX_U WG_VP_MAX_UNBEKANNTE

/* One month of the search: its Stichtag, Mietenstufe and (with a forced rechtsstand) period. */
typedef struct vp_monat {
    int jahr, monat, tag;
    int stufe;
    const wgi_periode *fest;
} vp_monat;

/* The best point of one objective found so far. */
typedef struct vp_best {
    int64_t wert;
    bool gesetzt;
    int64_t punkt[MAX_U];
} vp_best;
enum { Z_MON_MIN, Z_MON_MAX, Z_SUM_MIN, Z_SUM_MAX, Z_ANZAHL };

/* A box: an interval per money unknown (the others hold their value in punkt). */
typedef struct vp_box { int64_t lo[MAX_U], hi[MAX_U]; } vp_box;
/* a box copied as far as it is used (n unknowns), not its whole 1 KB */
static void box_kopie(vp_box *ziel, const vp_box *quelle, size_t n)
{
    memcpy(ziel->lo, quelle->lo, n * sizeof ziel->lo[0]);
    memcpy(ziel->hi, quelle->hi, n * sizeof ziel->hi[0]);
}

struct wg_vorpruefung {
    wg_fehler fehler;
    bool hat_fehler, hat_spanne, hat_schwellen;
    const wg_engine *e;
    wgi_kopie basis;                 /* the household at the lower ends */
    wgi_unbekannt u[MAX_U];
    size_t anzahl;
    size_t geld[MAX_U], anzahl_geld; /* indices of money unknowns some rule reads */
    size_t wahl[MAX_U], anzahl_wahl; /* indices of flags and ages with more than one class */
    uint64_t *satz;
    vp_monat monate[WG_MAX_MONATE];
    size_t anzahl_monate;
    bool zeitraum;
    size_t auswertungen;             /* complete households (points) computed */
    size_t monatsrechnungen;         /* month computations, weighted by size: the budget counts these */
    size_t gewicht;                  /* what one month of one household costs: 1 + Satz bytes / 1024 */
    int (*halt)(void *);             /* asked before every point: stop? (wg_vorpruefung_halt_setzen) */
    void *halt_ctx;
    bool abbruch;
    wg_status abbruch_status;
    /* per point: amount and parts of every month */
    int64_t betrag[5][WG_MAX_MONATE];
    wgi_satz_teile teile[5][WG_MAX_MONATE];
    vp_best best[Z_ANZAHL];
    /* the last CACHE points of a Stichtag record (punkt_rechnen) */
#define CACHE 8
    int64_t cache_punkt[CACHE][MAX_U];
    int64_t cache_betrag[CACHE];
    wgi_satz_teile cache_teile[CACHE];
    bool cache_gueltig[CACHE];
    int cache_naechster;
    vp_box *stapel;
    size_t kap_stapel;
    /* the answer */
    wg_spanne spanne;
    wgi_kopie zeuge[Z_ANZAHL];
    wg_schwelle schwellen[MAX_U];
    const char *fehlt[MAX_U];
    wg_ergebnis *r;
    wg_schwellen_info info;
    wgi_kopie schwellen_zeuge[4];
    int64_t punkt[MAX_U];
    bool nur_zeuge[8];                /* per hint of r (wg_ergebnis holds at most 8) */
    struct wg_vorpruefung *neben;    /* a second handle for a search about the answer (einkommen_bis) */
};

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

const wg_spanne *wg_vorpruefung_spanne(const wg_vorpruefung *v) { return v && v->hat_spanne ? &v->spanne : NULL; }
const wg_fehler *wg_vorpruefung_fehler(const wg_vorpruefung *v) { return v && v->hat_fehler ? &v->fehler : NULL; }
const wg_schwellen_info *wg_vorpruefung_schwellen(const wg_vorpruefung *v)
{
    return v && v->hat_schwellen ? &v->info : NULL;
}

const char *wg_einstufung_code(wg_einstufung e)
{
    switch (e) {
    case WG_ANSPRUCH_SICHER: return "anspruch_sicher";
    case WG_KEIN_ANSPRUCH_SICHER: return "kein_anspruch_sicher";
    case WG_OFFEN: return "offen";
    }
    return "";
}

static wg_status fehler(wg_vorpruefung *v, wg_status code, const char *feld, const char *meldung)
{
    v->hat_fehler = true;
    v->fehler.code = code;
    snprintf(v->fehler.feld, sizeof v->fehler.feld, "%s", feld);
    snprintf(v->fehler.meldung, sizeof v->fehler.meldung, "%s", meldung);
    return code;
}

static wg_status fehler_von(wg_vorpruefung *v, const wg_fehler *f)
{
    v->hat_fehler = true;
    v->fehler = *f;
    return f->code;
}

/* ---- preparing: the ordinary check, the months, the Satz ---- */

/* The household as the ordinary check sees it at the lower ends; its error is the record's. */
static wg_status pruefen(wg_vorpruefung *v)
{
    wg_status st = wg_berechnen(v->e, &v->basis.h, v->r, WG_NUR_BETRAG);
    if (st != WG_OK) return fehler_von(v, wg_ergebnis_fehler(v->r));
    return WG_OK;
}

/* The months (one for a Stichtag) with their Mietenstufe and forced period. */
static wg_status monate_bilden(wg_vorpruefung *v)
{
    const wg_haushalt *h = &v->basis.h;
    const wgi_tabellen *t = &v->e->tabellen;
    const wgi_periode *fest = h->rechtsstand ? wgi_tabellen_periode(t, h->rechtsstand) : NULL;
    v->zeitraum = h->hat_zeitraum;
    size_t n = 1;
    int jahr = h->stichtag.jahr, monat = h->stichtag.monat, tag = h->stichtag.tag;
    if (h->hat_zeitraum) {
        const int monate = (h->bis_jahr * 12 + h->bis_monat) - (h->von_jahr * 12 + h->von_monat) + 1;
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
            else if (!h->mietenstufe) return fehler_von(v, &f);
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
static void altersgrenzen(const wg_vorpruefung *v, int *g, size_t kap)
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
static wg_status satz_bilden(wg_vorpruefung *v)
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
    if ((laenge == 0 || laenge > SATZ_KAP) && pruefen(v) != WG_OK) return v->fehler.code;
    if (laenge == 0 || laenge > SATZ_KAP)
        return fehler(v, WG_E_GRENZE, "", "Vorprüfung: der Haushalt lässt sich nicht als Satz rechnen (Rechtsstand oder Mietenstufe am Stichtag, Größe)");
    wgi_satz_orte(v->satz, v->u, v->anzahl);
    /* a month of a household with 100 members and 1 000 incomes costs some 40 times one of a
     * couple; the budget weighs each by the size of its Satz, so it bounds time, not a count */
    v->gewicht = 1 + laenge / 1024;
    return WG_OK;
}

/* ---- one point of the box ---- */

/* Computes the household with values punkt in every month: amounts into betrag[k], parts into
 * teile[k]. */
static void punkt_rechnen(wg_vorpruefung *v, const int64_t *punkt, int k)
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
    satz_kopf *kopf = (satz_kopf *)(void *)v->satz;
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const vp_monat *m = &v->monate[j];
        kopf->jahr = (int16_t)m->jahr;
        kopf->monat = (uint8_t)m->monat;
        kopf->tag = (uint8_t)m->tag;
        kopf->mietenstufe = (uint8_t)m->stufe;
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

static int64_t summe(const wg_vorpruefung *v, int k)
{
    int64_t s = 0;
    for (size_t j = 0; j < v->anzahl_monate; j++) s += v->betrag[k][j];
    return s;
}

/* ---- bounds on a box ---- */

/* ε of docs/vorpruefung.md: |z4 − 1.15·f(M', Y')| on the z10 scale for Y' ≤ y. */
static wgi_z10 epsilon(wgi_z10 y) { return 20 * (y / WG_Z10_EINS + 1) + 11; }

/* The points of a box: 0 M low, Y low; 1 M high, Y low; 2 M low, Y high; 3 M high, Y high —
 * all with the Vermögen low; 4 M low, Y high, Vermögen high (only when the Vermögen varies). */
enum { PUNKTE = 5 };

/* The vertex of the parabola f(M, ·) (Anlage 3: f = M − a·Y − b·M·Y − c·Y²), clamped to
 * [lo, hi]; lo when c is 0. */
static wgi_z10 scheitel(const wgi_periode *p, int ti, wgi_z10 m, wgi_z10 lo, wgi_z10 hi)
{
    if (p->c[ti] == 0) return lo;
    const wgi_z10 y = -((wgi_z10)p->a[ti] * WG_Z10_EINS + (wgi_z10)p->b[ti] * m) / (2 * (wgi_z10)p->c[ti]);
    return y < lo ? lo : y > hi ? hi : y;
}

/* The bound of the amount of month j over the box from the parts of its points and the slack of
 * Y' (z10, § 17a pensions): f is linear in M', so its extremes lie at the two ends of M'; in Y'
 * it is a parabola, so the candidates are both ends and the vertex (docs/vorpruefung.md). */
static void monat_schranke(const wg_vorpruefung *v, size_t j, wgi_z10 schlupf, bool v_var, int64_t *ub, int64_t *lb)
{
    const wgi_satz_teile *t0 = &v->teile[0][j], *t1 = &v->teile[1][j], *t2 = &v->teile[2][j];
    /* stopped before the formula at the most favourable point: § 21 Nr. 2, § 20 Abs. 2 (flags
     * only) or § 21 Nr. 3 at the smallest Vermögen — no household of the box has a claim */
    *ub = *lb = 0;
    if (!t0->formel) return;
    const wgi_periode *p = t0->p;
    const int n_tab = wgi_n_tab(p, t0->n), ti = n_tab - 1;
    const wgi_z10 y_min = (wgi_z10)p->y_min[ti] * 1000000;
    wgi_z10 y_lo = t0->y_formel, y_hi = t2->y_formel;
    if (schlupf) {
        y_lo = y_lo - schlupf > y_min ? y_lo - schlupf : y_min;
        y_hi += schlupf;
    }
    const wgi_z10 m[2] = {t0->m_formel, t1->m_formel};
    wgi_z10 g_hi = 0, g_lo = 0;
    bool erstes = true;
    for (int i = 0; i < 2; i++) {
        const wgi_z10 ys[3] = {y_lo, y_hi, scheitel(p, ti, m[i], y_lo, y_hi)};
        for (int k = 0; k < 3; k++) {
            wgi_z10 g;
            /* the corners without slack are points already computed */
            if (!schlupf && k < 2) g = v->teile[2 * k + i][j].z4;
            else if (!wgi_formel_z4(p, n_tab, m[i], ys[k], t0->rundung, &g)) {
                *ub = INT64_MAX; /* beyond every exact range: split further */
                return;
            }
            if (erstes || g > g_hi) g_hi = g;
            if (erstes || g < g_lo) g_lo = g;
            erstes = false;
        }
    }
    const wgi_z10 eps = 2 * epsilon(y_hi) + 1;
    wgi_z10 w = wgi_betrag_nach_formel(p, g_hi + eps, t1->m_euro, t0->n, t0->deckelung);
    *ub = wgi_unter_mindestbetrag(p, w) ? 0 : (int64_t)w;
    /* the largest Vermögen may be too much: then 0 is the lower bound */
    if (v_var && !v->teile[4][j].formel) return;
    w = wgi_betrag_nach_formel(p, g_lo - eps, t0->m_euro, t0->n, t0->deckelung);
    *lb = wgi_unter_mindestbetrag(p, w) ? 0 : (int64_t)w;
}

/* The value of a money unknown of side s at point k of box b. */
static int64_t ecke(wgi_seite s, const vp_box *b, size_t x, int k)
{
    const bool m_hoch = k == 1 || k == 3, y_hoch = k >= 2;
    switch (s) {
    case WGI_S_M_AUF: return m_hoch ? b->hi[x] : b->lo[x];
    case WGI_S_M_AB: return m_hoch ? b->lo[x] : b->hi[x];
    case WGI_S_Y_AUF: case WGI_S_Y_17A: return y_hoch ? b->hi[x] : b->lo[x];
    case WGI_S_Y_AB: return y_hoch ? b->lo[x] : b->hi[x];
    case WGI_S_V: return k == 4 ? b->hi[x] : b->lo[x];
    default: return b->lo[x];
    }
}

/* Updates the best point of objective z with value w at punkt. */
static void besser(wg_vorpruefung *v, int z, int64_t w, const int64_t *punkt)
{
    vp_best *b = &v->best[z];
    const bool max = z == Z_MON_MAX || z == Z_SUM_MAX;
    if (b->gesetzt && (max ? w <= b->wert : w >= b->wert)) return;
    b->gesetzt = true;
    b->wert = w;
    memcpy(b->punkt, punkt, v->anzahl * sizeof *punkt);
}

/* Bounds box b (the other unknowns at punkt): computes its points, offers them to the
 * objectives, and says whether the box may still hold a better value than found. */
/* The side of a § 17a pension in box b (docs/vorpruefung.md "§ 17a"): Y is convex in the
 * member's annual pension sum S — falling up to the valley, rising from it — so in a box whose
 * S lies on one side of every month's valley the pension is monotone (Y_AB or Y_AUF); only a box
 * across the valley needs the slack, and is split there first (*teilen, *wert). */
static wgi_seite seite_17a(const wg_vorpruefung *v, const vp_box *b, const int64_t *punkt, size_t x, size_t *teilen,
                           int64_t *wert)
{
    const wgi_unbekannt *u = &v->u[x];
    if (u->grundrente_var >= 0 && punkt[u->grundrente_var] == 0) return WGI_S_Y_AUF; /* no § 17a in this combination */
    int64_t s_lo = u->rente_bekannt;
    int64_t s_hi = s_lo;
    for (size_t y = 0; y < v->anzahl; y++) {
        if (v->u[y].seite != WGI_S_Y_17A || v->u[y].i != u->i) continue;
        s_lo += b->lo[y] * v->u[y].faktor * WG_B4_CENT;
        s_hi += b->hi[y] * v->u[y].faktor * WG_B4_CENT;
    }
    if (s_lo >= u->steigt_ab) return WGI_S_Y_AUF;
    if (s_hi <= u->faellt_bis) return WGI_S_Y_AB;
    if (*teilen == SIZE_MAX && b->lo[x] < b->hi[x]) {
        /* split x where S reaches the valley (or in the middle when that is outside) */
        const int64_t tal = u->faellt_bis >= 0 ? u->faellt_bis : u->steigt_ab;
        const int64_t pro_cent = u->faktor * WG_B4_CENT;
        int64_t t = b->lo[x] + (tal - s_lo) / pro_cent;
        if (t < b->lo[x] || t >= b->hi[x]) t = b->lo[x] + (b->hi[x] - b->lo[x]) / 2;
        *teilen = x;
        *wert = t;
    }
    return WGI_S_Y_17A;
}

static bool box_pruefen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele, size_t *teilen,
                        int64_t *teilen_wert, unsigned *wirksam)
{
    int64_t pk[PUNKTE][MAX_U];
    wgi_seite seite[MAX_U];
    bool m_var = false, y_var = false, v_var = false;
    wgi_z10 schlupf_g = 0; /* b4 per year */
    *teilen = SIZE_MAX;
    for (size_t g = 0; g < v->anzahl_geld; g++) {
        const size_t x = v->geld[g];
        seite[x] = v->u[x].seite;
        if (seite[x] == WGI_S_Y_17A) seite[x] = seite_17a(v, b, punkt, x, teilen, teilen_wert);
        if (b->lo[x] == b->hi[x]) continue;
        const wgi_seite s = seite[x];
        if (s == WGI_S_M_AUF || s == WGI_S_M_AB) m_var = true;
        else if (s == WGI_S_V) v_var = true;
        else y_var = true;
        if (s == WGI_S_Y_17A) schlupf_g += (wgi_z10)(b->hi[x] - b->lo[x]) * v->u[x].faktor * WG_B4_CENT;
    }
    for (int k = 0; k < PUNKTE; k++) {
        memcpy(pk[k], punkt, v->anzahl * sizeof *punkt);
        for (size_t g = 0; g < v->anzahl_geld; g++) pk[k][v->geld[g]] = ecke(seite[v->geld[g]], b, v->geld[g], k);
    }
    /* points that coincide are computed once */
    for (int k = 0; k < PUNKTE; k++) {
        const int gleich = k == 4 ? (v_var ? -1 : 2) : (k & 1) && !m_var ? k - 1 : (k & 2) && !y_var ? k - 2 : -1;
        if (gleich >= 0) {
            memcpy(v->betrag[k], v->betrag[gleich], v->anzahl_monate * sizeof v->betrag[0][0]);
            memcpy(v->teile[k], v->teile[gleich], v->anzahl_monate * sizeof v->teile[0][0]);
        } else {
            punkt_rechnen(v, pk[k], k);
        }
    }
    if (v->abbruch) return false;
    for (int k = 0; k < PUNKTE; k++) {
        besser(v, Z_MON_MIN, v->betrag[k][0], pk[k]);
        besser(v, Z_MON_MAX, v->betrag[k][0], pk[k]);
        if (v->zeitraum) {
            const int64_t s = summe(v, k);
            besser(v, Z_SUM_MIN, s, pk[k]);
            besser(v, Z_SUM_MAX, s, pk[k]);
        }
    }
    if (!m_var && !y_var && !v_var) return false; /* a single household: its value is exact */
    /* the slack of Y' (monthly, z10) from § 17a pensions, plus one unit for the rounding of Y */
    const wgi_z10 schlupf = schlupf_g ? (schlupf_g * 1000000 + 11) / 12 + 1 : 0;
    /* which sides move the amount in this box at all: the amount is a function of M', ⌊M⌋, Y'
     * and the Vermögen step alone (flags fixed); where the points agree on them, every
     * household between them does too (M', Y' monotone; the step monotone) */
    bool m_wirkt = false, y_wirkt = schlupf != 0, v_wirkt = false;
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const wgi_satz_teile *t0 = &v->teile[0][j], *t1 = &v->teile[1][j], *t2 = &v->teile[2][j];
        /* ⌊M⌋ only counts where the amount is capped at it (wgi_betrag_nach_formel) */
        const bool kappe = t0->formel && (wgi_deckelung(t0->p, t0->deckelung) || wgi_mitglieder_ueber_tabelle(t0->p, t0->n) > 0);
        if (t0->formel && (t0->m_formel != t1->m_formel || (kappe && t0->m_euro != t1->m_euro))) m_wirkt = true;
        if (t0->formel && t0->y_formel != t2->y_formel) y_wirkt = true;
        if (v_var && v->teile[4][j].formel != t2->formel) v_wirkt = true;
    }
    *wirksam = (m_wirkt ? 1u : 0u) | (y_wirkt ? 2u : 0u) | (v_wirkt ? 4u : 0u);
    if (!*wirksam) return false; /* every household of the box computes alike: exact */
    /* a rent across the point where R reaches H + K (§ 11 Abs. 1): split there, so that the part
     * above, where more rent changes nothing, is searched once */
    for (size_t g = 0; m_wirkt && *teilen == SIZE_MAX && g < v->anzahl_geld; g++) {
        const size_t x = v->geld[g];
        if (v->u[x].seite != WGI_S_M_AUF || v->u[x].pub.art != WG_UNBEKANNT_BETRAG || b->lo[x] == b->hi[x]) continue;
        int64_t kappe = INT64_MIN;
        bool alle = true;
        for (size_t j = 0; j < v->anzahl_monate && alle; j++) {
            const wgi_satz_teile *t1 = &v->teile[1][j];
            if (!t1->formel || t1->miete < t1->grenze) alle = false;
            else if (b->hi[x] - (t1->miete - t1->grenze) / WG_B4_CENT > kappe) kappe = b->hi[x] - (t1->miete - t1->grenze) / WG_B4_CENT;
        }
        if (alle && kappe > b->lo[x] && kappe <= b->hi[x]) {
            *teilen = x;
            *teilen_wert = kappe - 1;
        }
    }
    int64_t ub_sum = 0, lb_sum = 0, ub0 = 0, lb0 = 0;
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        int64_t ub, lb;
        monat_schranke(v, j, schlupf, v_var, &ub, &lb);
        if (j == 0) {
            ub0 = ub;
            lb0 = lb;
        }
        ub_sum = ub == INT64_MAX || ub_sum == INT64_MAX ? INT64_MAX : ub_sum + ub;
        lb_sum += lb;
    }
    return (ziele[Z_MON_MAX] && ub0 > v->best[Z_MON_MAX].wert) || (ziele[Z_MON_MIN] && lb0 < v->best[Z_MON_MIN].wert) ||
           (v->zeitraum && ziele[Z_SUM_MAX] && ub_sum > v->best[Z_SUM_MAX].wert) ||
           (v->zeitraum && ziele[Z_SUM_MIN] && lb_sum < v->best[Z_SUM_MIN].wert);
}

static bool stapel_platz(wg_vorpruefung *v, size_t n)
{
    if (n <= v->kap_stapel) return true;
    size_t kap = v->kap_stapel ? v->kap_stapel * 2 : 64;
    while (kap < n) kap *= 2;
    vp_box *neu = realloc(v->stapel, kap * sizeof *neu);
    if (!neu) return false;
    v->stapel = neu;
    v->kap_stapel = kap;
    return true;
}

/* Branch and bound over box b with the other unknowns at punkt, for the objectives ziele. */
static void suchen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele)
{
    if (!stapel_platz(v, 1)) {
        v->abbruch = true;
        v->abbruch_status = WG_E_SPEICHER;
        return;
    }
    size_t n = 0;
    box_kopie(&v->stapel[n++], b, v->anzahl);
    while (n > 0 && !v->abbruch) {
        vp_box box;
        box_kopie(&box, &v->stapel[--n], v->anzahl);
        size_t best;
        int64_t mitte = 0;
        unsigned wirksam = 7;
        if (!box_pruefen(v, &box, punkt, ziele, &best, &mitte, &wirksam)) continue;
        if (best == SIZE_MAX) {
            /* halve the widest interval (weighted by its annual factor) of a side that moves the
             * amount in this box (a rent beyond H + K does not) */
            int64_t breite = 0;
            for (size_t g = 0; g < v->anzahl_geld; g++) {
                const size_t x = v->geld[g];
                const wgi_seite sx = v->u[x].seite;
                const unsigned art = sx == WGI_S_M_AUF || sx == WGI_S_M_AB ? 1u : sx == WGI_S_V ? 4u : 2u;
                if (!(wirksam & art)) continue;
                const int64_t w = (box.hi[x] - box.lo[x]) * (v->u[x].faktor ? v->u[x].faktor : 1);
                if (w > breite) {
                    breite = w;
                    best = x;
                }
            }
            if (best == SIZE_MAX) continue;
            mitte = box.lo[best] + (box.hi[best] - box.lo[best]) / 2;
        }
        if (!stapel_platz(v, n + 2)) {
            v->abbruch = true;
            v->abbruch_status = WG_E_SPEICHER;
            return;
        }
        vp_box *links = &v->stapel[n++], *rechts = &v->stapel[n++];
        box_kopie(links, &box, v->anzahl);
        box_kopie(rechts, &box, v->anzahl);
        links->hi[best] = mitte;
        rechts->lo[best] = mitte + 1;
    }
}

/* § 16 Abs. 1 counts the criteria of a member, not which they are (wgi_abzuege_16): of the
 * combinations of a member's unknown § 16 flags with the same number set, all compute alike, so
 * only one is searched — the one with the set flags first in the order of the unknowns. */
static bool kanonisch(const wg_vorpruefung *v, const int64_t *punkt)
{
    int64_t vorher[WG_MAX_MITGLIEDER];
    for (size_t w = 0; w < v->anzahl_wahl; w++) {
        const wgi_unbekannt *u = &v->u[v->wahl[w]];
        if (u->ort == WGI_FO_MERKMAL && (u->merkmal & (WG_SM_STEUERN | WG_SM_KRANKEN_PFLEGE | WG_SM_RENTE))) vorher[u->i] = 1;
    }
    for (size_t w = 0; w < v->anzahl_wahl; w++) {
        const wgi_unbekannt *u = &v->u[v->wahl[w]];
        if (u->ort != WGI_FO_MERKMAL || !(u->merkmal & (WG_SM_STEUERN | WG_SM_KRANKEN_PFLEGE | WG_SM_RENTE))) continue;
        const int64_t wert = punkt[v->wahl[w]];
        if (wert > vorher[u->i]) return false;
        vorher[u->i] = wert;
    }
    return true;
}

/* The whole box: every combination of flag and age classes, each searched. */
static void box_suchen(wg_vorpruefung *v, const bool *ziele)
{
    vp_box b;
    for (size_t x = 0; x < v->anzahl; x++) {
        b.lo[x] = v->u[x].pub.von;
        b.hi[x] = v->u[x].pub.bis;
    }
    int64_t punkt[MAX_U];
    for (size_t x = 0; x < v->anzahl; x++) punkt[x] = v->u[x].pub.von;
    int zaehler[MAX_U] = {0};
    for (;;) {
        for (size_t w = 0; w < v->anzahl_wahl; w++) punkt[v->wahl[w]] = v->u[v->wahl[w]].klasse[zaehler[w]];
        if (kanonisch(v, punkt)) suchen(v, &b, punkt, ziele);
        if (v->abbruch) return;
        size_t w = 0;
        while (w < v->anzahl_wahl && ++zaehler[w] == v->u[v->wahl[w]].anzahl_klassen) zaehler[w++] = 0;
        if (w == v->anzahl_wahl) return;
    }
}

static void best_zuruecksetzen(wg_vorpruefung *v)
{
    for (int z = 0; z < Z_ANZAHL; z++) {
        v->best[z].gesetzt = false;
        v->best[z].wert = z == Z_MON_MAX || z == Z_SUM_MAX ? -1 : INT64_MAX;
    }
}

/* min and max of the objective (month or sum) over [lo, hi] of unknown x, the others at punkt. */
static void eindimensional(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t lo, int64_t hi, int64_t *mn,
                           int64_t *mx, int64_t *bei_max)
{
    vp_box b;
    for (size_t y = 0; y < v->anzahl; y++) b.lo[y] = b.hi[y] = punkt[y];
    b.lo[x] = lo;
    b.hi[x] = hi;
    best_zuruecksetzen(v);
    bool ziele[Z_ANZAHL] = {0};
    const int zmin = v->zeitraum ? Z_SUM_MIN : Z_MON_MIN, zmax = v->zeitraum ? Z_SUM_MAX : Z_MON_MAX;
    ziele[zmin] = ziele[zmax] = true;
    suchen(v, &b, punkt, ziele);
    *mn = v->best[zmin].wert;
    *mx = v->best[zmax].wert;
    *bei_max = v->best[zmax].punkt[x];
}

static bool anspruch_bei(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t wert)
{
    const int64_t alt = punkt[x];
    punkt[x] = wert;
    punkt_rechnen(v, punkt, 0);
    punkt[x] = alt;
    return (v->zeitraum ? summe(v, 0) : v->betrag[0][0]) > 0;
}

/* The claim at x = wert (the others at punkt), and how far the largest z4 of its months lies
 * above the value that rounds to the Mindestbetrag of § 21 Nr. 1 (*q; *q_ok false when no
 * month reached the formula): the guide of the search below, 0 at the boundary. */
static bool anspruch_q(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t wert, wgi_z10 *q, bool *q_ok)
{
    const bool a = anspruch_bei(v, punkt, x, wert);
    *q_ok = false;
    *q = 0;
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const wgi_satz_teile *t = &v->teile[0][j];
        if (!t->formel) continue;
        const wgi_z10 d = t->z4 - ((wgi_z10)t->p->skalar[WG_S_MINDESTBETRAG] * 1000000 - WG_Z10_EINS / 2);
        if (!*q_ok || d > *q) *q = d;
        *q_ok = true;
    }
    return a;
}

/* The threshold of money unknown x in [lo, hi], the others at punkt (docs/vorpruefung.md § 2):
 * the smallest value with a claim (ab) or the largest (bis); false when the claim does not
 * depend on x there. A search between a value without and one with a claim — guided by z4,
 * which the rules make nearly linear in a money value (regula falsi, Illinois variant, with
 * bisection where the guide fails) — gives a candidate t; then the exact search over the
 * values beyond t proves that none has a claim, or finds one, and the search continues from
 * there. The guide only saves computations: the answer rests on the proof. */
static bool schwelle_finden(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t lo, int64_t hi, bool ab, int64_t *wert)
{
    int64_t mn, mx, c;
    eindimensional(v, punkt, x, lo, hi, &mn, &mx, &c);
    if (v->abbruch || mn > 0 || mx <= 0) return false;
    /* the max witness's own value has a claim too (and is nearer: a rent capped at H + K) */
    if (punkt[x] >= lo && punkt[x] <= hi && (ab ? punkt[x] < c : punkt[x] > c) && anspruch_bei(v, punkt, x, punkt[x])) c = punkt[x];
    const wgi_z10 ziel = 0;
    for (;;) {
        /* j: a value with a claim (c), n: one without, at the far end */
        int64_t ja = c, nein = ab ? lo : hi;
        wgi_z10 q_ja = 0, q_nein = 0;
        bool ok_ja, ok_nein;
        if (anspruch_q(v, punkt, x, nein, &q_nein, &ok_nein)) {
            *wert = nein;
            return true;
        }
        anspruch_q(v, punkt, x, ja, &q_ja, &ok_ja);
        int seite = 0; /* Illinois: which end was kept last (+1 ja, −1 nein) */
        while ((ja > nein ? ja - nein : nein - ja) > 1 && !v->abbruch) {
            int64_t m = nein + (ja - nein) / 2;
            if (ok_ja && ok_nein && q_ja > ziel && q_nein < ziel) {
                const wgi_z10 anteil_z = ziel - q_nein, anteil_n = q_ja - q_nein;
                m = nein + (int64_t)((wgi_z10)(ja - nein) * anteil_z / anteil_n);
                const int64_t innen_lo = (ja > nein ? nein : ja) + 1, innen_hi = (ja > nein ? ja : nein) - 1;
                if (m < innen_lo) m = innen_lo;
                if (m > innen_hi) m = innen_hi;
            }
            wgi_z10 q;
            bool ok;
            if (anspruch_q(v, punkt, x, m, &q, &ok)) {
                ja = m;
                q_ja = q;
                ok_ja = ok;
                if (seite == 1 && ok_nein) q_nein = ziel - (ziel - q_nein) / 2;
                seite = 1;
            } else {
                nein = m;
                q_nein = q;
                ok_nein = ok;
                if (seite == -1 && ok_ja) q_ja = ziel + (q_ja - ziel) / 2;
                seite = -1;
            }
        }
        const int64_t t = ja;
        /* proof: nothing beyond t has a claim */
        int64_t mn2, mx2, c2;
        if (ab ? t == lo : t == hi) {
            *wert = t;
            return true;
        }
        eindimensional(v, punkt, x, ab ? lo : t + 1, ab ? t - 1 : hi, &mn2, &mx2, &c2);
        if (v->abbruch) return false;
        if (mx2 <= 0) {
            *wert = t;
            return true;
        }
        c = c2;
    }
}

/* Money unknowns: ab when more of it favours a claim. */
static bool schwelle_ab(wgi_seite s) { return s == WGI_S_M_AUF || s == WGI_S_Y_AB; }

/* For each § 17a pension unknown: the member's known pension sum and the valley of Y in the
 * pension sum S over the months (docs/vorpruefung.md "§ 17a"). Per month, with the pension's
 * deduction A (102 EUR, § 9a Satz 1 Nr. 3 EStG), the Sockel of § 17a (1 200 EUR) and its cap
 * (12 × 50 % of Regelbedarfsstufe 1): the Freibetrag grows by 1 per euro of S below
 * min(Sockel, cap), so Y falls there (it grows by at most 0.9); it falls too while S ≤ A (the
 * pension counts 0); above max(min(Sockel, cap), A) Y rises (≥ 0.4 per euro). A month without
 * § 17a: Y rises everywhere. Werbungskosten on a pension: the valley is not known (slack). */
static void talpunkte(wg_vorpruefung *v)
{
    for (size_t x = 0; x < v->anzahl; x++) {
        wgi_unbekannt *u = &v->u[x];
        if (u->seite != WGI_S_Y_17A) continue;
        const wg_mitglied *m = &v->basis.h.mitglieder[u->i];
        u->grundrente_var = -1;
        for (size_t y = 0; y < v->anzahl; y++)
            if (v->u[y].ort == WGI_FO_MERKMAL && v->u[y].i == u->i && v->u[y].merkmal == WG_SM_GRUNDRENTE) u->grundrente_var = (int)y;
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
            const wgi_b4 sockel = p->skalar[WG_S_FB_17A_SOCKEL], a = p->skalar[WG_S_PAUSCH_RENTE];
            const wgi_b4 tal = wgi_min_b4(sockel, kappe) > a ? wgi_min_b4(sockel, kappe) : a;
            if (tal < faellt) faellt = tal;
            if (tal > steigt) steigt = tal;
        }
        u->faellt_bis = wk || !alle_17a || faellt == INT64_MAX ? -1 : faellt;
        u->steigt_ab = wk ? INT64_MAX : steigt;
    }
}

/* ---- wg_vorpruefen ---- */

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
        return u->merkmal & (WG_SM_STEUERN | WG_SM_KRANKEN_PFLEGE | WG_SM_RENTE | WG_SM_SCHWERBEHINDERT | WG_SM_NS_VERFOLGT |
                             WG_SM_KIND)
                   ? WGI_S_Y_AB
                   : WGI_S_KEINE;
    case WGI_FO_ALLEIN: return WGI_S_Y_AB;
    case WGI_FO_HEIM: return WGI_S_M_AUF;
    case WGI_FO_WARMWASSER: case WGI_FO_HAUSHALTSENERGIE: case WGI_FO_GARAGE: case WGI_FO_STELLPLATZ: return WGI_S_M_AB;
    default: return WGI_S_KEINE;
    }
}

static wg_status vorbereiten(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u,
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
    if (!wgi_kopie_von(&v->basis, h)) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    /* the unknowns resolved (their fields), their lower ends written into the household (the
     * caller's h may hold other values there), the household checked as an ordinary record,
     * then the age classes from the limits of the months' periods */
    wg_fehler f;
    const int keine[1] = {0};
    if (wgi_unbekannte_aufloesen(&v->basis, u, anzahl, keine, v->u, &f) != WG_OK) return fehler_von(v, &f);
    v->anzahl = anzahl;
    for (size_t x = 0; x < anzahl; x++) v->punkt[x] = u[x].von;
    wgi_kopie_werte(&v->basis, v->u, anzahl, v->punkt);
    /* the ordinary check, silently where it can be (a Stichtag record that passes it needs no
     * computation to say so); otherwise computed, for the error with its field and message */
    const wg_haushalt *hb = &v->basis.h;
    const bool still = !hb->hat_zeitraum && wgi_haushalt_pruefen(hb, NULL) == WG_OK &&
                       wgi_datum_tag(&hb->stichtag) >= e->erster_tag && !(hb->mietenstufe && hb->gemeinde) &&
                       (!hb->rechtsstand || wgi_tabellen_periode(&e->tabellen, hb->rechtsstand));
    wg_status st = still ? WG_OK : pruefen(v);
    if (st != WG_OK) return st;
    st = monate_bilden(v);
    if (st != WG_OK) return st;
    int grenzen[WG_MAX_MONATE + 1];
    altersgrenzen(v, grenzen, WG_MAX_MONATE + 1);
    wgi_altersklassen(v->u, anzahl, grenzen);
    talpunkte(v);
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
                return fehler(v, WG_E_ZU_VIELE_UNBEKANNTE, v->u[x].pub.feld,
                              "mehr als 65 536 Kombinationen unbekannter Merkmale und Altersklassen (docs/grenzen.md)");
        }
    }
    /* the bound of the formula needs 0 < Faktor < 10 (every period: 1.15); a table override
     * without it cannot be screened exactly */
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const vp_monat *m = &v->monate[j];
        const wg_datum d = {m->jahr, m->monat, m->tag};
        const wgi_periode *p = m->fest ? m->fest : wgi_periode_zum_stichtag(e, &d);
        if (p && (p->skalar[WG_S_FAKTOR] <= 0 || p->skalar[WG_S_FAKTOR] >= 10 * (int64_t)WG_Z10_EINS))
            return fehler(v, WG_E_GRENZE, "rechtsstand", "Vorprüfung setzt einen Faktor zwischen 0 und 10 voraus (docs/vorpruefung.md)");
    }
    return satz_bilden(v);
}

static wg_status abbruch(wg_vorpruefung *v)
{
    if (v->abbruch_status == WG_E_GRENZE)
    {
        char m[256];
        snprintf(m, sizeof m,
                 "Vorprüfung: Budget von %lu Monatsberechnungen je Datensatz überschritten (%zu Haushalte × %zu Monate "
                 "× Gewicht %zu; WG_VP_MAX_MONATSRECHNUNGEN, docs/grenzen.md)",
                 (unsigned long)WGI_VP_GRENZE, v->auswertungen, v->anzahl_monate, v->gewicht);
        return fehler(v, WG_E_GRENZE, v->zeitraum ? "zeitraum" : "", m);
    }
    if (v->abbruch_status == WG_E_ABGEBROCHEN)
        return fehler(v, WG_E_ABGEBROCHEN, "", "Vorprüfung auf Anforderung des Aufrufers abgebrochen (wg_vorpruefung_halt_setzen)");
    if (v->abbruch_status == WG_E_SPEICHER) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    return fehler(v, v->abbruch_status, "", "Vorprüfung: ein Haushalt der Spanne ist nicht berechenbar");
}

/* A witness of a maximum often has the rent at the upper end of its interval — 10^9 EUR for
 * "unbekannt". Every rent from the point where R reaches H + K gives the same M' and ⌊M⌋
 * (§ 11 Abs. 1), so the witness takes the smallest such rent of its interval: the same amount
 * (checked), a household a person can read. */
static void zeuge_kappen(wg_vorpruefung *v, int z)
{
    int64_t *punkt = v->best[z].punkt;
    for (size_t g = 0; g < v->anzahl_geld; g++) {
        const size_t x = v->geld[g];
        if (v->u[x].seite != WGI_S_M_AUF || v->u[x].pub.art != WG_UNBEKANNT_BETRAG || punkt[x] <= v->u[x].pub.von) continue;
        punkt_rechnen(v, punkt, 0);
        if (v->abbruch) return;
        int64_t neu = v->u[x].pub.von;
        bool geht = true;
        for (size_t j = 0; j < v->anzahl_monate && geht; j++) {
            const wgi_satz_teile *t = &v->teile[0][j];
            if (!t->formel || t->miete < t->grenze) geht = false;
            else if (punkt[x] - (t->miete - t->grenze) / WG_B4_CENT > neu) neu = punkt[x] - (t->miete - t->grenze) / WG_B4_CENT;
        }
        if (!geht || neu >= punkt[x]) continue;
        const int64_t alt = punkt[x];
        punkt[x] = neu;
        punkt_rechnen(v, punkt, 1);
        bool gleich = !v->abbruch;
        for (size_t j = 0; j < v->anzahl_monate && gleich; j++) gleich = v->betrag[1][j] == v->betrag[0][j];
        if (!gleich) punkt[x] = alt;
        v->abbruch = false;
    }
}

/* The witness of objective z as a household. */
static bool zeuge_bilden(wg_vorpruefung *v, int z)
{
    if (!wgi_kopie_von(&v->zeuge[z], &v->basis.h)) return false;
    wgi_kopie_werte(&v->zeuge[z], v->u, v->anzahl, v->best[z].punkt);
    return true;
}

static wg_status schwelle_fuer(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const char *feld, int64_t von,
                               int64_t bis, wg_schwelle *sw, wgi_kopie *zeuge);

wg_status wg_vorpruefen(const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u, size_t anzahl, wg_vorpruefung *v)
{
    if (!v) return WG_E_ARGUMENT;
    if (!e || !h || (anzahl && !u)) return fehler(v, WG_E_ARGUMENT, "", "Argument fehlt");
    for (size_t x = 0; x < anzahl; x++)
        if (!u[x].feld) return fehler(v, WG_E_ARGUMENT, "", "eine Unbekannte ohne Feld (feld ist NULL)");
    wg_status st = vorbereiten(v, e, h, u, anzahl);
    if (st != WG_OK) return st;
    best_zuruecksetzen(v);
    const bool alle[Z_ANZAHL] = {true, true, true, true};
    box_suchen(v, alle);
    if (v->abbruch) return abbruch(v);
    wg_spanne *s = &v->spanne;
    memset(s, 0, sizeof *s);
    zeuge_kappen(v, Z_MON_MAX);
    if (v->zeitraum) zeuge_kappen(v, Z_SUM_MAX);
    if (v->abbruch) return abbruch(v);
    for (int z = 0; z < (v->zeitraum ? Z_ANZAHL : 2); z++)
        if (!zeuge_bilden(v, z)) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    s->wohngeld_min = v->best[Z_MON_MIN].wert;
    s->wohngeld_max = v->best[Z_MON_MAX].wert;
    s->min_bei = &v->zeuge[Z_MON_MIN].h;
    s->max_bei = &v->zeuge[Z_MON_MAX].h;
    s->zeitraum = v->zeitraum;
    const int zmin = v->zeitraum ? Z_SUM_MIN : Z_MON_MIN, zmax = v->zeitraum ? Z_SUM_MAX : Z_MON_MAX;
    if (v->zeitraum) {
        s->summe_min = v->best[Z_SUM_MIN].wert;
        s->summe_max = v->best[Z_SUM_MAX].wert;
        s->summe_min_bei = &v->zeuge[Z_SUM_MIN].h;
        s->summe_max_bei = &v->zeuge[Z_SUM_MAX].h;
    }
    const int64_t mn = v->best[zmin].wert, mx = v->best[zmax].wert;
    int64_t schranke[Z_ANZAHL];
    for (int z = 0; z < Z_ANZAHL; z++) schranke[z] = v->best[z].wert;
    /* the minima's witnesses, kept: the thresholds' searches below reuse v->best */
    int64_t min_punkt[2][MAX_U];
    memcpy(min_punkt[0], v->best[Z_MON_MIN].punkt, v->anzahl * sizeof min_punkt[0][0]);
    memcpy(min_punkt[1], v->best[Z_SUM_MIN].punkt, v->anzahl * sizeof min_punkt[0][0]);
    s->einstufung = mn > 0 ? WG_ANSPRUCH_SICHER : mx <= 0 ? WG_KEIN_ANSPRUCH_SICHER : WG_OFFEN;

    /* thresholds and deciding fields, at the witness of the maximum */
    int64_t punkt[MAX_U];
    memcpy(punkt, v->best[zmax].punkt, v->anzahl * sizeof *punkt);
    size_t ns = 0, nf = 0;
    for (size_t x = 0; x < v->anzahl; x++) {
        const wgi_unbekannt *ux = &v->u[x];
        if (ux->pub.art != WG_UNBEKANNT_BETRAG) continue;
        wg_schwelle *sw = &v->schwellen[ns++];
        memset(sw, 0, sizeof *sw);
        sw->feld = ux->pub.feld;
        sw->ab = ux->seite == WGI_S_KEINE ? true : schwelle_ab(ux->seite);
        if (ux->seite != WGI_S_KEINE && ux->pub.von < ux->pub.bis)
            sw->gesetzt = schwelle_finden(v, punkt, x, ux->pub.von, ux->pub.bis, sw->ab, &sw->cent);
        if (v->abbruch) return abbruch(v);
        if (sw->gesetzt && s->einstufung == WG_OFFEN) v->fehlt[nf++] = ux->pub.feld;
    }
    if (s->einstufung == WG_OFFEN) {
        punkt_rechnen(v, punkt, 0);
        const bool hat = (v->zeitraum ? summe(v, 0) : v->betrag[0][0]) > 0;
        for (size_t g = 0; g < v->anzahl_geld; g++) {
            const size_t x = v->geld[g];
            if (v->u[x].pub.art != WG_UNBEKANNT_SCHALTER) continue;
            if (anspruch_bei(v, punkt, x, 1 - punkt[x]) != hat) v->fehlt[nf++] = v->u[x].pub.feld;
        }
        for (size_t w = 0; w < v->anzahl_wahl; w++) {
            const size_t x = v->wahl[w];
            bool entscheidet = false;
            for (int k = 0; k < v->u[x].anzahl_klassen && !entscheidet; k++)
                if (v->u[x].klasse[k] != punkt[x]) entscheidet = anspruch_bei(v, punkt, x, v->u[x].klasse[k]) != hat;
            if (entscheidet) v->fehlt[nf++] = v->u[x].pub.feld;
        }
        if (v->abbruch) return abbruch(v);
    }
    /* the minimum's witness: an income or Vermögen "unbekannt" sits at 10^9 EUR there; where the
     * value one cent beyond its threshold gives the same minimum, the witness takes that (a
     * household a person can read; the amount is checked) */
    for (int i = 0; i < (v->zeitraum ? 2 : 1); i++) {
        const int z = i ? Z_SUM_MIN : Z_MON_MIN;
        int64_t *pz = min_punkt[i];
        bool geaendert = false;
        for (size_t k = 0, x = 0; k < ns; k++, x++) {
            while (v->u[x].pub.art != WG_UNBEKANNT_BETRAG) x++;
            const wg_schwelle *sw = &v->schwellen[k];
            if (!sw->gesetzt || sw->ab || sw->cent + 1 > v->u[x].pub.bis || pz[x] <= sw->cent + 1) continue;
            const int64_t alt = pz[x];
            pz[x] = sw->cent + 1;
            punkt_rechnen(v, pz, 0);
            if (v->abbruch) return abbruch(v);
            if ((v->zeitraum && z == Z_SUM_MIN ? summe(v, 0) : v->betrag[0][0]) == schranke[z]) geaendert = true;
            else pz[x] = alt;
        }
        if (geaendert) {
            memcpy(v->best[z].punkt, pz, v->anzahl * sizeof *pz);
            if (!zeuge_bilden(v, z)) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
        }
    }
    s->schwellen = v->schwellen;
    s->anzahl_schwellen = ns;
    s->fehlt = v->fehlt;
    s->anzahl_fehlt = nf;
    s->auswertungen = v->auswertungen;

    /* the witnesses, computed the ordinary way: each must give its bound (a check of the
     * search itself, never expected to fail), and the maximum's result carries the hints */
    static const int folge[2][4] = {{Z_MON_MIN, Z_MON_MAX}, {Z_MON_MIN, Z_MON_MAX, Z_SUM_MIN, Z_SUM_MAX}};
    for (int i = 0; i < (v->zeitraum ? Z_ANZAHL : 2); i++) {
        const int z = folge[v->zeitraum][i];
        if (z == Z_MON_MIN && !v->zeitraum) {
            /* the minimum's witness of a Stichtag record as the bulk path packs and computes it
             * (the public wg_satz_packen and wg_satz_berechnen: the same amounts, less work) */
            wg_kurz k;
            const size_t laenge = wg_satz_packen(e, &v->zeuge[z].h, v->satz, SATZ_KAP);
            if (laenge > 0 && laenge <= SATZ_KAP && wg_satz_berechnen(e, v->satz, laenge, &k) == WG_OK) {
                if (k.wohngeld_monat != schranke[z])
                    return fehler(v, WG_E_GRENZE, "", "Vorprüfung: ein Zeuge ergibt nicht seine Schranke (interner Fehler)");
                continue;
            }
        }
        if (wg_berechnen(e, &v->zeuge[z].h, v->r, WG_NUR_BETRAG) != WG_OK)
            return fehler(v, WG_E_GRENZE, "", "Vorprüfung: ein Zeuge ist nicht berechenbar (interner Fehler)");
        const int64_t ist = z >= Z_SUM_MIN ? wg_ergebnis_summe(v->r) : wg_ergebnis_wohngeld_monat(v->r);
        if (ist != schranke[z])
            return fehler(v, WG_E_GRENZE, "", "Vorprüfung: ein Zeuge ergibt nicht seine Schranke (interner Fehler)");
    }
    /* the last one computed is zmax's: its result stays in v->r */
    s->ergebnis_max = v->r;
    const size_t nh = wg_ergebnis_anzahl_hinweise(v->r);
    for (size_t i = 0; i < nh && i < sizeof v->nur_zeuge / sizeof v->nur_zeuge[0]; i++)
        v->nur_zeuge[i] = wgi_hinweis_offen(wg_ergebnis_hinweis_code(v->r, i), v->u, v->anzahl);
    s->hinweis_nur_bei_zeuge = v->nur_zeuge;
    /* the Gesamteinkommen up to which a claim exists, where an income is open (the letter's
     * "bis zu einem Einkommen von …"): the threshold of the maximum's witness, found by the same
     * search as wg_schwellen's einkommen_bis, on a handle of its own */
    bool einkommen_offen = false;
    for (size_t x = 0; x < v->anzahl; x++) {
        const wgi_feldort o = v->u[x].ort;
        einkommen_offen |= v->u[x].pub.von < v->u[x].pub.bis &&
                           (o == WGI_FO_POSTEN || o == WGI_FO_JAHRESEINKOMMEN || o == WGI_FO_GESAMTEINKOMMEN ||
                            o == WGI_FO_WERBUNGSKOSTEN || o == WGI_FO_UNTERHALT);
    }
    if (s->einstufung == WG_OFFEN && !v->zeitraum && einkommen_offen) {
        if (!v->neben) v->neben = wg_vorpruefung_neu();
        if (!v->neben) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
        v->neben->halt = v->halt;
        v->neben->halt_ctx = v->halt_ctx;
        wg_haushalt g = v->zeuge[Z_MON_MAX].h;
        g.hat_gesamteinkommen = true;
        g.gesamteinkommen_monat_cent = 0;
        wg_schwelle sw;
        if (schwelle_fuer(v->neben, e, &g, "gesamteinkommen_monat", 0, WG_MAX_BETRAG_CENT, &sw, &v->neben->schwellen_zeuge[2]) != WG_OK)
            return fehler_von(v, &v->neben->fehler);
        s->hat_einkommen_bis = sw.gesetzt;
        s->einkommen_bis_cent = sw.gesetzt ? sw.cent : 0;
    }
    if (s->einstufung == WG_OFFEN && nf == 0)
        s->offen_grund = "Kein unbekannter Wert entscheidet allein: der Anspruch hängt vom Zusammenspiel mehrerer offener "
                         "Angaben ab — alle offenen Angaben erheben.";
    v->hat_spanne = true;
    return WG_OK;
}

/* ---- thresholds of complete households, Einkommensgrenzen ---- */

static wg_status schwelle_fuer(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const char *feld,
                               int64_t von, int64_t bis, wg_schwelle *sw, wgi_kopie *zeuge)
{
    memset(sw, 0, sizeof *sw);
    sw->feld = feld;
    const wg_unbekannt u = {feld, WG_UNBEKANNT_BETRAG, von, bis};
    wg_status st = vorbereiten(v, e, h, &u, 1);
    if (st != WG_OK) return st;
    sw->ab = schwelle_ab(v->u[0].seite);
    int64_t punkt[MAX_U] = {von};
    if (v->u[0].seite != WGI_S_KEINE) sw->gesetzt = schwelle_finden(v, punkt, 0, von, bis, sw->ab, &sw->cent);
    if (v->abbruch) return abbruch(v);
    if (sw->gesetzt) {
        if (!wgi_kopie_von(zeuge, &v->basis.h)) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
        wgi_kopie_werte(zeuge, v->u, 1, &sw->cent);
        sw->bei = &zeuge->h;
    }
    return WG_OK;
}

wg_status wg_schwellen(const wg_engine *e, const wg_haushalt *h, const char *feld, wg_vorpruefung *v)
{
    if (!v) return WG_E_ARGUMENT;
    if (!e || !h) return fehler(v, WG_E_ARGUMENT, "", "Argument fehlt");
    wg_schwellen_info *i = &v->info;
    memset(i, 0, sizeof *i);
    v->hat_schwellen = false;
    wg_status st;
    if (h->hat_wohnkosten && !h->heimbewohner) {
        wg_haushalt g = *h;
        st = schwelle_fuer(v, e, &g, "wohnkosten.betrag_monat", 0, WG_MAX_BETRAG_CENT, &i->miete_ab, &v->schwellen_zeuge[0]);
        if (st != WG_OK) return st;
        if (i->miete_ab.gesetzt && i->miete_ab.cent == 0) i->miete_ab.gesetzt = false;
        /* the rent from which M no longer grows: the smallest rent with the M' and ⌊M⌋ of the
         * largest (M' is non-decreasing in the rent: exact bisection) */
        i->miete_wirksam_bis.feld = "wohnkosten.betrag_monat";
        i->miete_wirksam_bis.ab = true;
        int64_t punkt[1] = {WG_MAX_BETRAG_CENT};
        punkt_rechnen(v, punkt, 1);
        if (v->abbruch) return abbruch(v);
        if (v->teile[1][0].formel) {
            int64_t l = -1, hh = WG_MAX_BETRAG_CENT;
            while (hh - l > 1) {
                const int64_t m = l + (hh - l) / 2;
                punkt[0] = m;
                punkt_rechnen(v, punkt, 0);
                if (v->abbruch) return abbruch(v);
                if (v->teile[0][0].m_formel == v->teile[1][0].m_formel && v->teile[0][0].m_euro == v->teile[1][0].m_euro) hh = m;
                else l = m;
            }
            i->miete_wirksam_bis.gesetzt = true;
            i->miete_wirksam_bis.cent = hh;
            if (!wgi_kopie_von(&v->schwellen_zeuge[1], &v->basis.h)) return fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
            wgi_kopie_werte(&v->schwellen_zeuge[1], v->u, 1, &hh);
            i->miete_wirksam_bis.bei = &v->schwellen_zeuge[1].h;
        }
    }
    {
        wg_haushalt g = *h;
        g.hat_gesamteinkommen = true;
        g.gesamteinkommen_monat_cent = 0;
        st = schwelle_fuer(v, e, &g, "gesamteinkommen_monat", 0, WG_MAX_BETRAG_CENT, &i->einkommen_bis, &v->schwellen_zeuge[2]);
        if (st != WG_OK) return st;
    }
    if (feld) {
        const int64_t unten = 0;
        st = schwelle_fuer(v, e, h, feld, unten, WG_MAX_BETRAG_CENT, &i->feld, &v->schwellen_zeuge[3]);
        if (st != WG_OK) return st;
    }
    v->hat_schwellen = true;
    return WG_OK;
}

wg_status wg_einkommensgrenze(const wg_engine *e, wg_datum stichtag, const char *rechtsstand, int n, int stufe,
                              int64_t *cent, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    memset(f, 0, sizeof *f);
    if (!cent) {
        f->code = WG_E_ARGUMENT;
        snprintf(f->meldung, sizeof f->meldung, "cent ist NULL");
        return f->code;
    }
    *cent = -1;
    if (!e || n < 1 || n > WG_MAX_MITGLIEDER) {
        f->code = WG_E_ARGUMENT;
        snprintf(f->meldung, sizeof f->meldung, "1 bis %d Mitglieder", WG_MAX_MITGLIEDER);
        return f->code;
    }
    wg_mitglied m[WG_MAX_MITGLIEDER];
    for (int i = 0; i < n; i++) wg_mitglied_init(&m[i]);
    wg_haushalt h;
    wg_haushalt_init(&h);
    h.stichtag = stichtag;
    h.rechtsstand = rechtsstand;
    h.mietenstufe = stufe;
    h.mitglieder = m;
    h.anzahl_mitglieder = (size_t)n;
    h.hat_gesamteinkommen = true;
    /* rent at the Höchstbetrag with every component: the largest rent, capped by § 11 Abs. 1 */
    h.hat_wohnkosten = true;
    h.wohnkosten_cent = WG_MAX_BETRAG_CENT;
    wg_vorpruefung *v = wg_vorpruefung_neu();
    if (!v) {
        f->code = WG_E_SPEICHER;
        return f->code;
    }
    wg_schwelle sw;
    wg_status st = schwelle_fuer(v, e, &h, "gesamteinkommen_monat", 0, WG_MAX_BETRAG_CENT, &sw, &v->schwellen_zeuge[0]);
    if (st != WG_OK) {
        *f = v->fehler;
    } else if (sw.gesetzt) {
        *cent = sw.cent;
    } else {
        /* no dependence on Y inside [0, max]: a claim everywhere cannot be, so none at all */
        punkt_rechnen(v, (int64_t[1]){0}, 0);
        *cent = v->betrag[0][0] > 0 ? WG_MAX_BETRAG_CENT : -1;
    }
    wg_vorpruefung_frei(v);
    return st;
}
