/*
 * fall_geld.c — the money of a running case: per month what was granted (the Bescheid after
 * §§ 42a–44), what is due (the award in force), what was paid (`zahlungen`, else what was granted
 * for the months settled); the overpayment and back payment (§ 50 SGB X against what was paid),
 * each Aufhebung's share and its Erstattung after § 30a (per Aufhebung), and the joint debtors of
 * § 29 Abs. 1 WoGG.
 *
 * Exports (fall_intern.h): wgi_fall_monate_rechnen, wgi_fall_erstattung_rechnen,
 * wgi_fall_schuldner_finden.
 */
#include "fall_intern.h"

#include <string.h>

/* What was paid for month jahr-monat by `zahlungen`, or NULL. */
static const wg_zahlung *zahlung(const wg_fall *f, int jahr, int monat)
{
    const wg_zahlung *zg = NULL;
    for (size_t i = 0; i < f->anzahl_zahlungen; i++)
        if (f->zahlungen[i].jahr == jahr && f->zahlungen[i].monat == monat) zg = &f->zahlungen[i];
    return zg;
}

wg_status wgi_fall_monate_rechnen(lauf *l)
{
    wg_fall_ergebnis *r = l->r;
    if (!wgi_fall_wachsen((void **)&r->monate, &r->kap_monate, (size_t)l->monate, sizeof *r->monate))
        return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher");
    l->ohne_bescheid = 0;
    for (int k = 0; k < l->monate; k++) {
        const int tag = wgi_fall_zeile_tag(l, k);
        fall_monat_intern *m = &r->monate[r->anzahl_monate++];
        memset(m, 0, sizeof *m);
        m->pub.jahr = tag / 10000;
        m->pub.monat = tag / 100 % 100;
        betrag bw, zs;
        if (!wgi_fall_award_betrag(l, &l->b[0], k, &bw)) return r->status;
        const bescheid *akt = &l->b[0];
        for (int i = 1; i < l->anzahl_b; i++)
            if (l->b[i].ab <= k) akt = &l->b[i];
        if (!wgi_fall_award_betrag(l, akt, k, &zs)) return r->status;
        m->pub.bewilligt = bw.betrag;
        m->pub.zusteht = zs.betrag;
        m->pub.differenz = zs.betrag - bw.betrag;
        m->pub.regel = akt != &l->b[0] ? akt->regel : bw.regel;
        m->pub.grundlage = akt->null ? -1 : akt->zustand < 0 ? -1 : r->zs.z[akt->zustand].letzte;
        m->bestandsschutz = bw.behalten;
        const wg_zahlung *zg = zahlung(l->f, m->pub.jahr, m->pub.monat);
        m->pub.gezahlt = zg || tag <= l->stand;
        m->pub.ausgezahlt = zg ? zg->betrag : m->pub.gezahlt ? bw.betrag : 0;
        m->zustand = akt->null ? -2 : akt->zustand;
        m->prognose = akt->prognose;
        m->g = zs.g;
        m->pub.rechtsstand = zs.g.p ? zs.g.p->id : NULL;
        if (!m->pub.gezahlt) continue;
        const int64_t d = zs.betrag - m->pub.ausgezahlt;
        if (d >= 0) {
            r->nachzahlung += d;
            continue;
        }
        /* overpaid: the part paid beyond the Bescheid belongs to no Aufhebung (§ 50 Abs. 2 SGB
         * X), the rest to the decision that governs the month (§ 30a per decision) */
        r->ueberzahlung -= d;
        const int64_t ueber_bescheid = m->pub.ausgezahlt > bw.betrag ? m->pub.ausgezahlt - bw.betrag : 0;
        const int64_t ohne = akt->ent >= 0 ? (ueber_bescheid < -d ? ueber_bescheid : -d) : -d;
        if (akt->ent >= 0) r->ent[akt->ent].pub.ueberzahlung += -d - ohne;
        l->ohne_bescheid += ohne;
    }
    return WG_OK;
}

void wgi_fall_erstattung_rechnen(lauf *l)
{
    wg_fall_ergebnis *r = l->r;
    /* § 50 SGB X: what was overpaid is reclaimed, per Aufhebung — § 30a: not when the
     * overpayment of that decision stays within the amount of the period of the decision day */
    const wg_datum dd = wgi_tag_datum(r->entscheidung_am);
    const wgi_periode *pd = r->entscheidung_am >= l->e->erster_tag ? wgi_periode_zum_stichtag(l->e, &dd) : NULL;
    const int64_t bagatelle = pd ? pd->skalar[WGI_S_BAGATELLE_30A] : 0;
    l->erstattung_50_2 = l->ohne_bescheid > 0;
    r->erstattung = l->ohne_bescheid;
    for (size_t i = 0; i < r->anzahl_ent; i++) {
        entscheidung_intern *x = &r->ent[i];
        if (x->pub.ueberzahlung <= 0) continue;
        x->pub.erstattung = x->pub.ueberzahlung;
        if (x->erstattung_50_2) l->erstattung_50_2 = true;
        if (bagatelle > 0 && x->pub.ueberzahlung * WGI_B4_EUR <= bagatelle) {
            x->pub.erstattung = 0;
            wgi_fall_text_bagatelle(r, x, bagatelle);
        }
        r->erstattung += x->pub.erstattung;
    }
}

/* Whether member id died in the BWZ (a `tod` event of an entry inside it). */
static bool gestorben(const lauf *l, const char *id)
{
    const wg_fall *f = l->f;
    for (size_t v = 0; v < f->anzahl_verlauf; v++)
        for (size_t j = 0; j < f->verlauf[v].anzahl_ereignisse; j++) {
            const wg_ereignis *ev = &f->verlauf[v].ereignisse[j];
            if (ev->art == WG_EREIGNIS_TOD && ev->mitglied && strcmp(ev->mitglied, id) == 0 && wgi_datum_tag(&f->verlauf[v].ab) < l->ende)
                return true;
        }
    return false;
}

bool wgi_fall_schuldner_finden(lauf *l)
{
    wg_fall_ergebnis *r = l->r;
    /* § 29 Abs. 1: the adult counted members of the Bescheid's household are joint debtors; a
     * member who died is none (heirs: antragsteller_verstorben, a person decides) */
    r->anzahl_schuldner = 0;
    if (r->erstattung <= 0) return true;
    const wg_datum beginn = wgi_tag_datum(l->v);
    for (size_t i = 0; i < r->bescheid.anzahl_mitglieder; i++) {
        const wg_mitglied *mg = &r->bescheid.mitglieder[i];
        const int alter = mg->hat_geburtsdatum ? wgi_alter_am(&mg->geburtsdatum, &beginn) : mg->alter;
        if (!mg->zu_beruecksichtigen || alter < 18 || !mg->id || gestorben(l, mg->id)) continue;
        if (!wgi_fall_wachsen((void **)&r->schuldner, &r->kap_schuldner, r->anzahl_schuldner + 1, sizeof *r->schuldner))
            return false;
        r->schuldner[r->anzahl_schuldner++] = mg->id;
    }
    return true;
}
