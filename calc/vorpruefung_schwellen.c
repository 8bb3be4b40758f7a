/*
 * vorpruefung_schwellen.c — thresholds (docs/vorpruefung.md § 2): from which value of one unknown on a claim exists, the valley points of a screening, wg_schwellen for complete households and wg_einkommensgrenze (the Einkommensgrenzen of § 2 WoGG practice: the largest income with a claim).
 *
 * Exports (vorpruefung_intern.h): wgi_vp_anspruch_bei, wgi_vp_schwelle_finden, wgi_vp_schwelle_ab, wgi_vp_schwelle_fuer; (public) wg_schwellen, wg_einkommensgrenze.
 */
#include "wohngeld_felder.h"
#include "vorpruefung_intern.h"

/* Over [lo, hi] of unknown x, the others at punkt: whether some value has a claim (*ja, and
 * *ja_bei one such value) and, with auch_nein, whether some value has none (*nein). Only the
 * signs matter to the threshold, not the extremes: the search stops once they are known. */
static void eindimensional(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t lo, int64_t hi, bool auch_nein, bool *nein,
                           bool *ja, int64_t *ja_bei)
{
    vp_box b;
    for (size_t y = 0; y < v->anzahl; y++) b.lo[y] = b.hi[y] = punkt[y];
    b.lo[x] = lo;
    b.hi[x] = hi;
    wgi_vp_vorzeichen(v, &b, punkt, x, auch_nein, nein, ja, ja_bei);
}

bool wgi_vp_anspruch_bei(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t wert)
{
    const int64_t alt = punkt[x];
    punkt[x] = wert;
    wgi_vp_punkt_rechnen(v, punkt, 0);
    punkt[x] = alt;
    return (v->zeitraum ? wgi_vp_summe(v, 0) : v->betrag[0][0]) > 0;
}

/* The claim at x = wert (the others at punkt), and how far the largest z4 of its months lies
 * above the value that rounds to the Mindestbetrag of § 21 Nr. 1 (*q; *q_ok false when no
 * month reached the formula): the guide of the search below, 0 at the boundary. */
static bool anspruch_q(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t wert, wgi_z10 *q, bool *q_ok)
{
    const bool a = wgi_vp_anspruch_bei(v, punkt, x, wert);
    *q_ok = false;
    *q = 0;
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const wgi_satz_teile *t = &v->teile[0][j];
        if (!t->formel) continue;
        const wgi_z10 d = t->z4 - wgi_z4_mindestbetrag(t->p);
        if (!*q_ok || d > *q) *q = d;
        *q_ok = true;
    }
    return a;
}

/* The bracket [ja, nein] of the search below, ja with a claim and guide q_ja, nein without. A far
 * end whose guide lies far beyond the boundary — an income of 10^9 EUR, where the
 * Einkommensgrenze is a few thousand — makes the regula falsi creep towards the boundary: about
 * 25 computations. So there the search first steps out from ja, starting with a 2^20th of the
 * interval: where the guides of the last two values fall, to where the line through them reaches
 * 0, a sixteenth beyond (z4 falls faster and faster in an income — f is concave in Y' —, so that
 * line reaches the boundary beyond it and one step mostly crosses it), never by less than the
 * last step; where they do not fall (Y' still raised to its minimum, Anlage 3 Nr. 1 WoGG) by
 * twice the last step — until it meets a value without a claim: the new near end. This only
 * chooses which points are computed; the bracket stays a value with and one without a claim, and
 * the proof of wgi_vp_schwelle_finden decides the answer. */
enum { WEIT = 64 };
static void herantasten(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t *ja, wgi_z10 *q_ja, bool *ok_ja, int64_t *nein,
                        wgi_z10 *q_nein, bool *ok_nein)
{
    if (!*ok_ja || *q_ja <= 0 || (*ok_nein && -*q_nein <= WEIT * *q_ja)) return; /* the far end guides well */
    const int64_t richtung = *nein > *ja ? 1 : -1;
    int64_t schritt = ((*nein - *ja) * richtung) >> 20;
    if (schritt < 100) schritt = 100;
    while (!v->abbruch) {
        const int64_t abstand = (*nein - *ja) * richtung;
        if (schritt >= abstand) return; /* the far end is no farther: the search goes on from here */
        const int64_t m = *ja + richtung * schritt;
        wgi_z10 q;
        bool ok;
        if (!anspruch_q(v, punkt, x, m, &q, &ok)) {
            *nein = m;
            *q_nein = q;
            *ok_nein = ok;
            return;
        }
        /* the line through the last two values: the step just taken, and their guides */
        const bool faellt = *ok_ja && ok && *q_ja > q;
        const wgi_z10 q_vor = *q_ja;
        *ja = m;
        *q_ja = q;
        *ok_ja = ok;
        if (!ok || q <= 0) return; /* no guide to step by */
        if (faellt) {
            const wgi_z10 d = q * (wgi_z10)schritt / (q_vor - q);
            const wgi_z10 w = d + d / 16 + 1;
            if (w > schritt) schritt = w < abstand ? (int64_t)w : abstand;
        } else {
            schritt = schritt < abstand / 2 ? 2 * schritt : abstand;
        }
    }
}

/* The threshold of money unknown x in [lo, hi], the others at punkt (docs/vorpruefung.md § 2):
 * the smallest value with a claim (ab) or the largest (bis); false when the claim does not
 * depend on x there. Any value with a claim starts it (the first one the decision search of
 * eindimensional meets). A search between a value without and one with a claim — guided by z4,
 * which the rules make nearly linear in a money value (regula falsi, Illinois variant, with
 * bisection where the guide fails) — gives a candidate t; then the exact search over the
 * values beyond t proves that none has a claim, or finds one, and the search continues from
 * there. The guide only saves computations: the answer rests on the proof. */
bool wgi_vp_schwelle_finden(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t lo, int64_t hi, bool ab, int64_t *wert)
{
    bool nein_da, ja_da;
    int64_t c;
    eindimensional(v, punkt, x, lo, hi, true, &nein_da, &ja_da, &c);
    if (v->abbruch || !nein_da || !ja_da) return false; /* a claim everywhere, or nowhere */
    /* the max witness's own value has a claim too (and is nearer: a rent capped at H + K) */
    if (punkt[x] >= lo && punkt[x] <= hi && (ab ? punkt[x] < c : punkt[x] > c) && wgi_vp_anspruch_bei(v, punkt, x, punkt[x])) c = punkt[x];
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
        herantasten(v, punkt, x, &ja, &q_ja, &ok_ja, &nein, &q_nein, &ok_nein);
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
        bool nein2, ja2;
        int64_t c2;
        if (ab ? t == lo : t == hi) {
            *wert = t;
            return true;
        }
        eindimensional(v, punkt, x, ab ? lo : t + 1, ab ? t - 1 : hi, false, &nein2, &ja2, &c2);
        if (v->abbruch) return false;
        if (!ja2) {
            *wert = t;
            return true;
        }
        c = c2;
    }
}

/* Money unknowns: ab when more of it favours a claim. */
bool wgi_vp_schwelle_ab(wgi_seite s) { return s == WGI_S_M_AUF || s == WGI_S_Y_AB; }


/* ---- wg_vorpruefen ---- */

wg_status wgi_vp_schwelle_fuer(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const char *feld,
                               int64_t von, int64_t bis, wg_schwelle *sw, wgi_kopie *zeuge)
{
    memset(sw, 0, sizeof *sw);
    sw->feld = feld;
    const wg_unbekannt u = {feld, WG_UNBEKANNT_BETRAG, von, bis};
    wg_status st = wgi_vp_vorbereiten(v, e, h, &u, 1);
    if (st != WG_OK) return st;
    sw->ab = wgi_vp_schwelle_ab(v->u[0].seite);
    int64_t punkt[MAX_U] = {von};
    if (v->u[0].seite != WGI_S_KEINE) sw->gesetzt = wgi_vp_schwelle_finden(v, punkt, 0, von, bis, sw->ab, &sw->cent);
    if (v->abbruch) return wgi_vp_abbruch(v);
    if (sw->gesetzt) {
        if (!wgi_kopie_von(zeuge, &v->basis.h)) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
        wgi_kopie_werte(zeuge, v->u, 1, &sw->cent);
        sw->bei = &zeuge->h;
    }
    return WG_OK;
}

wg_status wg_schwellen(const wg_engine *e, const wg_haushalt *h, const char *feld, wg_vorpruefung *v)
{
    if (!v) return WG_E_ARGUMENT;
    if (!e || !h) return wgi_vp_fehler(v, WG_E_ARGUMENT, "", "Argument fehlt");
    wg_schwellen_info *i = &v->info;
    memset(i, 0, sizeof *i);
    v->hat_schwellen = false;
    wg_status st;
    if (h->hat_wohnkosten && !h->heimbewohner) {
        wg_haushalt g = *h;
        st = wgi_vp_schwelle_fuer(v, e, &g, WG_F_WOHNKOSTEN "." WG_F_BETRAG_MONAT, 0, WG_MAX_BETRAG_CENT, &i->miete_ab, &v->schwellen_zeuge[0]);
        if (st != WG_OK) return st;
        if (i->miete_ab.gesetzt && i->miete_ab.cent == 0) i->miete_ab.gesetzt = false;
        /* the rent from which M no longer grows: the smallest rent with the M' and ⌊M⌋ of the
         * largest (M' is non-decreasing in the rent: exact bisection) */
        i->miete_wirksam_bis.feld = WG_F_WOHNKOSTEN "." WG_F_BETRAG_MONAT;
        i->miete_wirksam_bis.ab = true;
        int64_t punkt[1] = {WG_MAX_BETRAG_CENT};
        wgi_vp_punkt_rechnen(v, punkt, 1);
        if (v->abbruch) return wgi_vp_abbruch(v);
        if (v->teile[1][0].formel) {
            int64_t l = -1, hh = WG_MAX_BETRAG_CENT;
            while (hh - l > 1) {
                const int64_t m = l + (hh - l) / 2;
                punkt[0] = m;
                wgi_vp_punkt_rechnen(v, punkt, 0);
                if (v->abbruch) return wgi_vp_abbruch(v);
                if (v->teile[0][0].m_formel == v->teile[1][0].m_formel && v->teile[0][0].m_euro == v->teile[1][0].m_euro) hh = m;
                else l = m;
            }
            i->miete_wirksam_bis.gesetzt = true;
            i->miete_wirksam_bis.cent = hh;
            if (!wgi_kopie_von(&v->schwellen_zeuge[1], &v->basis.h)) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
            wgi_kopie_werte(&v->schwellen_zeuge[1], v->u, 1, &hh);
            i->miete_wirksam_bis.bei = &v->schwellen_zeuge[1].h;
        }
    }
    {
        wg_haushalt g = *h;
        g.hat_gesamteinkommen = true;
        g.gesamteinkommen_monat_cent = 0;
        st = wgi_vp_schwelle_fuer(v, e, &g, WG_F_GESAMTEINKOMMEN_MONAT, 0, WG_MAX_BETRAG_CENT, &i->einkommen_bis, &v->schwellen_zeuge[2]);
        if (st != WG_OK) return st;
    }
    if (feld) {
        const int64_t unten = 0;
        st = wgi_vp_schwelle_fuer(v, e, h, feld, unten, WG_MAX_BETRAG_CENT, &i->feld, &v->schwellen_zeuge[3]);
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
    wg_status st = wgi_vp_schwelle_fuer(v, e, &h, WG_F_GESAMTEINKOMMEN_MONAT, 0, WG_MAX_BETRAG_CENT, &sw, &v->schwellen_zeuge[0]);
    if (st != WG_OK) {
        *f = v->fehler;
    } else if (sw.gesetzt) {
        *cent = sw.cent;
    } else {
        /* no dependence on Y inside [0, max]: a claim everywhere cannot be, so none at all */
        wgi_vp_punkt_rechnen(v, (int64_t[1]){0}, 0);
        *cent = v->betrag[0][0] > 0 ? WG_MAX_BETRAG_CENT : -1;
    }
    wg_vorpruefung_frei(v);
    return st;
}
