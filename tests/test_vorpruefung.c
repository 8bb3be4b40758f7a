/*
 * test_vorpruefung.c — the screening on partial data (docs/vorpruefung.md) against brute force:
 * thousands of random small boxes (a few cents or a few euros wide, a few flags, an age
 * interval around 25, a Vermögen around its limit, § 17a pensions), each enumerated household
 * by household with the ordinary computation (wg_berechnen), compared with wg_vorpruefen in
 * minimum, maximum, Einstufung, every witness and every threshold.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wohngeld.h"
#include "wohngeld_vorpruefung.h"
#include "zufall.h"

static wg_engine *e;
static wg_ergebnis *r;
static wg_vorpruefung *v;

static void auf(void)
{
    wg_fehler f;
    e = wg_engine_oeffnen(&f);
    r = wg_ergebnis_neu();
    v = wg_vorpruefung_neu();
}
static void zu(void)
{
    wg_vorpruefung_frei(v);
    wg_ergebnis_frei(r);
    wg_engine_schliessen(e);
}

/* where each unknown of a test box sits */
typedef struct ziel { int64_t *cent; bool *flag; int *alter; } ziel;

typedef struct box {
    speicher s;
    wg_unbekannt u[8];
    char felder[8][96];
    ziel z[8];
    size_t n;
} box;

static void geld_unbekannt(box *b, const char *feld, int64_t *cent, int64_t breite)
{
    const size_t i = b->n++;
    snprintf(b->felder[i], sizeof b->felder[i], "%s", feld);
    b->u[i] = (wg_unbekannt){b->felder[i], WG_UNBEKANNT_BETRAG, *cent, *cent + breite};
    b->z[i] = (ziel){cent, NULL, NULL};
}
static void flag_unbekannt(box *b, const char *feld, bool *flag)
{
    const size_t i = b->n++;
    snprintf(b->felder[i], sizeof b->felder[i], "%s", feld);
    b->u[i] = (wg_unbekannt){b->felder[i], WG_UNBEKANNT_SCHALTER, 0, 1};
    b->z[i] = (ziel){NULL, flag, NULL};
    *flag = false;
}

/* A random household with up to four unknowns whose box has at most a few thousand points. */
static bool box_bauen(box *b)
{
    memset(b, 0, sizeof *b);
    zufallshaushalt(&b->s, 2016, 2027);
    wg_haushalt *h = &b->s.h;
    if (h->hat_zeitraum && ab_und_zu(50)) return false;
    int64_t punkte = 1;
    if (h->hat_wohnkosten && ab_und_zu(70)) {
        const int64_t w = ab_und_zu(30) ? bis(4000) : ab_und_zu(50) ? bis(600) : bis(30);
        /* often around the rent from which there is a claim, so that the box is open */
        if (ab_und_zu(50) && !h->heimbewohner && wg_schwellen(e, h, NULL, v) == WG_OK) {
            const wg_schwellen_info *si = wg_vorpruefung_schwellen(v);
            if (si->miete_ab.gesetzt) h->wohnkosten_cent = si->miete_ab.cent > w / 2 ? si->miete_ab.cent - w / 2 : 0;
        }
        geld_unbekannt(b, "wohnkosten.betrag_monat", &h->wohnkosten_cent, w);
        punkte *= w + 1;
    }
    if (h->hat_vermoegen && ab_und_zu(50)) {
        h->vermoegen_cent = 6000000 + 3000000 * (int64_t)(h->anzahl_mitglieder - 1) - bis(10);
        geld_unbekannt(b, "vermoegen", &h->vermoegen_cent, 20);
        punkte *= 21;
    }
    for (size_t i = 0; i < h->anzahl_mitglieder && b->n < 4; i++) {
        wg_mitglied *m = &b->s.m[i];
        char feld[96];
        if (m->anzahl_einkommen && !m->hat_jahreseinkommen && ab_und_zu(40) && punkte < 700) {
            const size_t j = (size_t)bis((int64_t)m->anzahl_einkommen);
            wg_einkommen *ek = &b->s.e[i][j];
            if (ek->betrag_cent < 0) continue;
            if (ab_und_zu(30)) {
                ek->art = WG_ART_RENTE;
                m->grundrentenzeiten_33_jahre = true;
            }
            snprintf(feld, sizeof feld, "mitglieder[%zu].einkommen[%zu].%s", i, j, ek->jaehrlich ? "betrag_jahr" : "betrag_monat");
            const int64_t w = punkte < 20 ? bis(300) : bis(12);
            geld_unbekannt(b, feld, &ek->betrag_cent, w);
            punkte *= w + 1;
        } else if (ab_und_zu(25)) {
            static const char *const namen[] = {"abzug_steuern", "abzug_kranken_pflege", "abzug_rente", "kind_eines_mitglieds",
                                                "grundrentenzeiten_33_jahre", "schwerbehindert_pflege"};
            const int k = (int)bis(6);
            bool *ziele[] = {&m->abzug_steuern, &m->abzug_kranken_pflege, &m->abzug_rente, &m->kind_eines_mitglieds,
                             &m->grundrentenzeiten_33_jahre, &m->schwerbehindert_pflege};
            snprintf(feld, sizeof feld, "mitglieder[%zu].%s", i, namen[k]);
            flag_unbekannt(b, feld, ziele[k]);
            punkte *= 2;
        } else if (!m->hat_geburtsdatum && m->kind_eines_mitglieds && ab_und_zu(40)) {
            const size_t x = b->n++;
            snprintf(b->felder[x], sizeof b->felder[x], "mitglieder[%zu].alter", i);
            m->alter = 23 + (int)bis(2);
            b->u[x] = (wg_unbekannt){b->felder[x], WG_UNBEKANNT_ALTER, m->alter, m->alter + 2};
            b->z[x] = (ziel){NULL, NULL, &m->alter};
            punkte *= 3;
        }
    }
    if (ab_und_zu(15) && b->n < 4 && !h->hat_gesamteinkommen) {
        flag_unbekannt(b, "alleinerziehend", &h->alleinerziehend);
        punkte *= 2;
    }
    return b->n > 0 && punkte <= 8000;
}

/* Every household of the box: min, max of the amount (or of the sum of a zeitraum). */
typedef struct aufzaehlung { int64_t min, max, mon_min, mon_max; bool fehler; } aufzaehlung;

static void aufzaehlen(box *b, size_t k, aufzaehlung *a)
{
    if (k == b->n) {
        if (wg_berechnen(e, &b->s.h, r, WG_NUR_BETRAG) != WG_OK) {
            a->fehler = true;
            return;
        }
        const int64_t w = wg_ergebnis_wohngeld_monat(r);
        const int64_t s = b->s.h.hat_zeitraum ? wg_ergebnis_summe(r) : w;
        if (s < a->min) a->min = s;
        if (s > a->max) a->max = s;
        if (w < a->mon_min) a->mon_min = w;
        if (w > a->mon_max) a->mon_max = w;
        return;
    }
    const wg_unbekannt *u = &b->u[k];
    for (int64_t x = u->von; x <= u->bis && !a->fehler; x++) {
        if (b->z[k].cent) *b->z[k].cent = x;
        if (b->z[k].flag) *b->z[k].flag = x;
        if (b->z[k].alter) *b->z[k].alter = (int)x;
        aufzaehlen(b, k + 1, a);
    }
    if (b->z[k].cent) *b->z[k].cent = u->von;
    if (b->z[k].flag) *b->z[k].flag = false;
    if (b->z[k].alter) *b->z[k].alter = (int)u->von;
}

static int64_t rechnen(const wg_haushalt *h, bool summe)
{
    cr_assert_eq(wg_berechnen(e, h, r, WG_NUR_BETRAG), WG_OK);
    return summe ? wg_ergebnis_summe(r) : wg_ergebnis_wohngeld_monat(r);
}

Test(vorpruefung, brute_force_kleine_boxen, .init = auf, .fini = zu, .timeout = 600)
{
    zufall_saat(getenv("WG_SAAT") ? strtoull(getenv("WG_SAAT"), NULL, 10) : 20261202);
    int geprueft = 0, offen = 0, schwellen = 0;
    for (int versuch = 0; versuch < 60000 && geprueft < 3000; versuch++) {
        box b;
        if (!box_bauen(&b)) continue;
        aufzaehlung a = {INT64_MAX, -1, INT64_MAX, -1, false};
        aufzaehlen(&b, 0, &a);
        wg_status st = wg_vorpruefen(e, &b.s.h, b.u, b.n, v);
        if (a.fehler) {
            /* an invalid record must be refused too (e.g. Mietenstufe for the period) */
            cr_assert_neq(st, WG_OK, "Versuch %d: Vorprüfung rechnet, Aufzählung nicht", versuch);
            continue;
        }
        cr_assert_eq(st, WG_OK, "Versuch %d: %s %s", versuch, wg_status_code(st),
                     wg_vorpruefung_fehler(v) ? wg_vorpruefung_fehler(v)->meldung : "");
        const wg_spanne *s = wg_vorpruefung_spanne(v);
        const bool z = b.s.h.hat_zeitraum;
        cr_assert_eq(s->wohngeld_min, a.mon_min, "Versuch %d: min %lld statt %lld", versuch, (long long)s->wohngeld_min, (long long)a.mon_min);
        cr_assert_eq(s->wohngeld_max, a.mon_max, "Versuch %d: max %lld statt %lld", versuch, (long long)s->wohngeld_max, (long long)a.mon_max);
        if (z) {
            cr_assert_eq(s->summe_min, a.min, "Versuch %d: summe_min", versuch);
            cr_assert_eq(s->summe_max, a.max, "Versuch %d: summe_max", versuch);
        }
        const wg_einstufung soll = a.min > 0 ? WG_ANSPRUCH_SICHER : a.max <= 0 ? WG_KEIN_ANSPRUCH_SICHER : WG_OFFEN;
        cr_assert_eq(s->einstufung, soll, "Versuch %d: Einstufung", versuch);
        offen += soll == WG_OFFEN;
        /* every witness gives its bound */
        cr_assert_eq(rechnen(s->min_bei, false), s->wohngeld_min, "Versuch %d: Zeuge min", versuch);
        cr_assert_eq(rechnen(s->max_bei, false), s->wohngeld_max, "Versuch %d: Zeuge max", versuch);
        if (z) {
            cr_assert_eq(rechnen(s->summe_min_bei, true), s->summe_min);
            cr_assert_eq(rechnen(s->summe_max_bei, true), s->summe_max);
        }
        /* every threshold: a claim at it, none one cent beyond, the rest as in the max witness */
        for (size_t i = 0; i < s->anzahl_schwellen; i++) {
            const wg_schwelle *sw = &s->schwellen[i];
            if (!sw->gesetzt) continue;
            size_t k = 0;
            while (k < b.n && strcmp(b.u[k].feld, sw->feld) != 0) k++;
            cr_assert_lt(k, b.n);
            /* the max witness's values into the box's household */
            wg_haushalt *h = &b.s.h;
            const wg_haushalt *mx = z ? s->summe_max_bei : s->max_bei;
            for (size_t q = 0; q < b.n; q++) {
                if (b.z[q].cent == &h->wohnkosten_cent) h->wohnkosten_cent = mx->wohnkosten_cent;
                else if (b.z[q].cent == &h->vermoegen_cent) h->vermoegen_cent = mx->vermoegen_cent;
                else if (b.z[q].flag == &h->alleinerziehend) h->alleinerziehend = mx->alleinerziehend;
                else {
                    /* member fields: same offsets in the witness */
                    for (size_t i2 = 0; i2 < h->anzahl_mitglieder; i2++) {
                        wg_mitglied *m = &b.s.m[i2];
                        const wg_mitglied *w = &mx->mitglieder[i2];
                        if (b.z[q].alter == &m->alter) m->alter = w->alter;
                        bool *fl[] = {&m->abzug_steuern, &m->abzug_kranken_pflege, &m->abzug_rente, &m->kind_eines_mitglieds,
                                      &m->grundrentenzeiten_33_jahre, &m->schwerbehindert_pflege};
                        const bool wf[] = {w->abzug_steuern, w->abzug_kranken_pflege, w->abzug_rente, w->kind_eines_mitglieds,
                                           w->grundrentenzeiten_33_jahre, w->schwerbehindert_pflege};
                        for (int f = 0; f < 6; f++)
                            if (b.z[q].flag == fl[f]) *fl[f] = wf[f];
                        for (size_t j = 0; j < m->anzahl_einkommen; j++)
                            if (b.z[q].cent == &b.s.e[i2][j].betrag_cent) b.s.e[i2][j].betrag_cent = w->einkommen[j].betrag_cent;
                    }
                }
            }
            const int64_t alt = *b.z[k].cent;
            *b.z[k].cent = sw->cent;
            cr_assert_gt(rechnen(h, z), 0, "Versuch %d: kein Anspruch an der Schwelle von %s", versuch, sw->feld);
            const int64_t daneben = sw->ab ? sw->cent - 1 : sw->cent + 1;
            if (daneben >= b.u[k].von && daneben <= b.u[k].bis) {
                *b.z[k].cent = daneben;
                cr_assert_eq(rechnen(h, z), 0, "Versuch %d: Anspruch einen Cent jenseits der Schwelle von %s", versuch, sw->feld);
            }
            *b.z[k].cent = alt;
            schwellen++;
        }
        geprueft++;
    }
    cr_assert_geq(geprueft, 2000, "nur %d Boxen geprüft", geprueft);
    cr_assert_geq(offen, 50, "nur %d offene Boxen", offen);
    cr_assert_geq(schwellen, 50, "nur %d Schwellen geprüft", schwellen);
}
