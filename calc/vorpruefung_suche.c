/*
 * vorpruefung_suche.c — the screening's exact search (docs/vorpruefung.md): the minimum and
 * maximum of the amount over the box of a partial household by branch and bound.
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
 *
 * Exports (vorpruefung_intern.h): wgi_vp_suchen, wgi_vp_box_suchen, wgi_vp_best_zuruecksetzen.
 */
#include "vorpruefung_intern.h"

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
        const wgi_z10 ys[3] = {y_lo, y_hi, wgi_formel_scheitel(p, ti, m[i], y_lo, y_hi)};
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
    /* the lower bound's slack grows with the largest Y' of the box; the upper bound's — where
     * 1.15·f + ε falls in Y' — only with the smallest (wgi_formel_faellt_in_y), so that a proof
     * over a wide range of incomes is not split down to the threshold's own euro */
    const wgi_z10 eps = 2 * wgi_formel_epsilon(y_hi) + 1;
    const wgi_z10 eps_hi = wgi_formel_faellt_in_y(p, ti) ? 2 * wgi_formel_epsilon(y_lo) + 21 : eps;
    wgi_z10 w = wgi_betrag_nach_formel(p, g_hi + eps_hi, t1->m_euro, t0->n, t0->deckelung);
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
        s_lo += b->lo[y] * v->u[y].faktor * WGI_B4_CENT;
        s_hi += b->hi[y] * v->u[y].faktor * WGI_B4_CENT;
    }
    if (s_lo >= u->steigt_ab) return WGI_S_Y_AUF;
    if (s_hi <= u->faellt_bis) return WGI_S_Y_AB;
    if (*teilen == SIZE_MAX && b->lo[x] < b->hi[x]) {
        /* split x where S reaches the valley (or in the middle when that is outside) */
        const int64_t tal = u->faellt_bis >= 0 ? u->faellt_bis : u->steigt_ab;
        const int64_t pro_cent = u->faktor * WGI_B4_CENT;
        int64_t t = b->lo[x] + (tal - s_lo) / pro_cent;
        if (t < b->lo[x] || t >= b->hi[x]) t = b->lo[x] + (b->hi[x] - b->lo[x]) / 2;
        *teilen = x;
        *wert = t;
    }
    return WGI_S_Y_17A;
}

/* Whether the signs a decision search asks for are known (wgi_vp_vorzeichen): a claim found
 * and, where asked, a value without one. */
static bool entschieden(const wg_vorpruefung *v, const bool *ziele)
{
    const int zmin = v->zeitraum ? Z_SUM_MIN : Z_MON_MIN, zmax = v->zeitraum ? Z_SUM_MAX : Z_MON_MAX;
    return v->best[zmax].wert > 0 && (!ziele[zmin] || v->best[zmin].wert <= 0);
}

/* … with entscheiden (a decision search) it stops after the points once the signs are known:
 * the bounds would not be looked at. */
static bool box_pruefen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele, bool entscheiden,
                        size_t *teilen, int64_t *teilen_wert, unsigned *wirksam)
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
        if (s == WGI_S_Y_17A) schlupf_g += (wgi_z10)(b->hi[x] - b->lo[x]) * v->u[x].faktor * WGI_B4_CENT;
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
            wgi_vp_punkt_rechnen(v, pk[k], k);
        }
    }
    if (v->abbruch) return false;
    for (int k = 0; k < PUNKTE; k++) {
        besser(v, Z_MON_MIN, v->betrag[k][0], pk[k]);
        besser(v, Z_MON_MAX, v->betrag[k][0], pk[k]);
        if (v->zeitraum) {
            const int64_t s = wgi_vp_summe(v, k);
            besser(v, Z_SUM_MIN, s, pk[k]);
            besser(v, Z_SUM_MAX, s, pk[k]);
        }
    }
    if (!m_var && !y_var && !v_var) return false; /* a single household: its value is exact */
    if (entscheiden && entschieden(v, ziele)) return false;
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
            else if (b->hi[x] - (t1->miete - t1->grenze) / WGI_B4_CENT > kappe) kappe = b->hi[x] - (t1->miete - t1->grenze) / WGI_B4_CENT;
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

/* Branch and bound over box b with the other unknowns at punkt, for the objectives ziele; with
 * entscheiden it stops once the best values decide the sign (wgi_vp_vorzeichen). */
static void suchen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele, bool entscheiden);

void wgi_vp_suchen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele) { suchen(v, b, punkt, ziele, false); }

void wgi_vp_vorzeichen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, size_t x, bool auch_null, bool *null,
                       bool *positiv, int64_t *positiv_bei)
{
    const int zmin = v->zeitraum ? Z_SUM_MIN : Z_MON_MIN, zmax = v->zeitraum ? Z_SUM_MAX : Z_MON_MAX;
    bool ziele[Z_ANZAHL] = {0};
    ziele[zmin] = auch_null;
    ziele[zmax] = true;
    wgi_vp_best_zuruecksetzen(v);
    /* the bests start at the sides of 0 (amounts are never negative): a point is taken only when
     * it is ≤ 0 (min) or > 0 (max), and a box is split only while it may hold one */
    v->best[zmin].gesetzt = v->best[zmax].gesetzt = true;
    v->best[zmin].wert = 1;
    v->best[zmax].wert = 0;
    suchen(v, b, punkt, ziele, true);
    *null = v->best[zmin].wert <= 0;
    *positiv = v->best[zmax].wert > 0;
    *positiv_bei = *positiv ? v->best[zmax].punkt[x] : 0;
}

static void suchen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele, bool entscheiden)
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
        const bool weiter = box_pruefen(v, &box, punkt, ziele, entscheiden, &best, &mitte, &wirksam);
        if (entscheiden && entschieden(v, ziele)) return; /* decided */
        if (!weiter) continue;
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
        if (u->ort == WGI_FO_MERKMAL && (u->merkmal & (WGI_SM_STEUERN | WGI_SM_KRANKEN_PFLEGE | WGI_SM_RENTE))) vorher[u->i] = 1;
    }
    for (size_t w = 0; w < v->anzahl_wahl; w++) {
        const wgi_unbekannt *u = &v->u[v->wahl[w]];
        if (u->ort != WGI_FO_MERKMAL || !(u->merkmal & (WGI_SM_STEUERN | WGI_SM_KRANKEN_PFLEGE | WGI_SM_RENTE))) continue;
        const int64_t wert = punkt[v->wahl[w]];
        if (wert > vorher[u->i]) return false;
        vorher[u->i] = wert;
    }
    return true;
}

/* The whole box: every combination of flag and age classes, each searched. */
void wgi_vp_box_suchen(wg_vorpruefung *v, const bool *ziele)
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
        if (kanonisch(v, punkt)) wgi_vp_suchen(v, &b, punkt, ziele);
        if (v->abbruch) return;
        size_t w = 0;
        while (w < v->anzahl_wahl && ++zaehler[w] == v->u[v->wahl[w]].anzahl_klassen) zaehler[w++] = 0;
        if (w == v->anzahl_wahl) return;
    }
}

void wgi_vp_best_zuruecksetzen(wg_vorpruefung *v)
{
    for (int z = 0; z < Z_ANZAHL; z++) {
        v->best[z].gesetzt = false;
        v->best[z].wert = z == Z_MON_MAX || z == Z_SUM_MAX ? -1 : INT64_MAX;
    }
}
