/*
 * fall_recht.c — §§ 41–44 WoGG: the law of an award in a month (an enacted period, or one combined by the law-change rules of tables/rechtsaenderungen.tab), one computation of a month's circumstances under it (cached), the amount of an award in a month and the law-change decisions.
 *
 * Exports (fall_intern.h): wgi_fall_haushalt, wgi_fall_bewerten, wgi_fall_verhaeltnisse_fehler, wgi_fall_betrag_im_monat, wgi_fall_rechtsaenderungen.
 */
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

wg_haushalt wgi_fall_haushalt(const wg_fall_ergebnis *r, int zustand, int prognose)
{
    wg_haushalt h = zustand < 0 ? r->bescheid : r->zs.z[zustand].h;
    h.stichtag = wgi_tag_datum(prognose);
    h.hat_zeitraum = false;
    h.rechtsstand = NULL;
    return h;
}

/* The amount and the compared values of circumstances `zustand` (−1 the Bescheid's) with the
 * Stichtag `prognose` under law p, the Mietenstufe from the list of day stufe_tag. Cached: a
 * case computes the same circumstances under the same law for many months. */
const bewertung *wgi_fall_bewerten(const wg_engine *e, wg_fall_ergebnis *r, int zustand, int prognose, const wgi_periode *p,
                                 int stufe_tag)
{
    for (size_t i = 0; i < r->anzahl_bew; i++) {
        const bewertung *b = &r->bew[i];
        if (b->zustand == zustand && b->prognose == prognose && b->p == p && b->stufe_tag == stufe_tag) return b;
    }
    bewertung *b = &r->bew[r->naechste_bew];
    r->naechste_bew = (r->naechste_bew + 1) % MAX_BEWERTUNGEN;
    if (r->anzahl_bew < MAX_BEWERTUNGEN) r->anzahl_bew++;
    memset(b, 0, sizeof *b);
    b->zustand = zustand;
    b->prognose = prognose;
    b->p = p;
    b->stufe_tag = stufe_tag;
    wg_haushalt h = wgi_fall_haushalt(r, zustand, prognose);
    /* a buffer too small is left untouched and the length needed returned: grow once, pack again */
    size_t n = wgi_satz_packen(e, &h, r->satz, r->satz_kap, NULL);
    if (n > r->satz_kap) {
        if (!wgi_fall_wachsen((void **)&r->satz, &r->satz_kap, n, 1)) {
            b->status = WG_E_SPEICHER;
            r->pruef_fehler.feld[0] = '\0';
            snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "%s", wg_status_text(WG_E_SPEICHER));
            return b;
        }
        n = wgi_satz_packen(e, &h, r->satz, r->satz_kap, NULL);
    }
    if (n == 0) {
        /* refused by the checks: the derivation path names the field */
        if (!r->pruef) r->pruef = wg_ergebnis_neu();
        b->status = r->pruef ? wg_berechnen(e, &h, r->pruef, WG_NUR_BETRAG) : WG_E_SPEICHER;
        if (b->status == WG_OK) b->status = WG_E_WERT_UNGUELTIG;
        const wg_fehler *fe = r->pruef ? wg_ergebnis_fehler(r->pruef) : NULL;
        if (fe) r->pruef_fehler = *fe;
        else {
            r->pruef_fehler.feld[0] = '\0';
            snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "%s", wg_status_text(b->status));
        }
        return b;
    }
    if (wgi_satz_mietenstufe(r->satz) == 0) {
        int stufe = wgi_mietenstufe_schluessel(&e->tabellen, wgi_satz_gemeinde(r->satz), stufe_tag);
        if (stufe == 0) {
            b->status = WG_E_GEMEINDE_UNBEKANNT;
            snprintf(r->pruef_fehler.feld, sizeof r->pruef_fehler.feld, "gemeinde");
            snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "keine Mietenstufe für die Gemeinde am %04d-%02d-%02d",
                     stufe_tag / 10000, stufe_tag / 100 % 100, stufe_tag % 100);
            return b;
        }
        wgi_satz_mietenstufe_setzen(r->satz, stufe);
    }
    b->status = wgi_satz_teile_rechnen(e, r->satz, p, &b->kurz, &b->teile);
    if (b->status != WG_OK) {
        snprintf(r->pruef_fehler.feld, sizeof r->pruef_fehler.feld, "%s", "");
        snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "%s", wg_status_text(b->status));
    }
    return b;
}

/* The law of an award that began on day `beginn`, in the month beginning on `tag`: the period
 * of `beginn`, combined by every law-change rule of a day in (beginn, tag], the rules counted
 * up to index bis_regel of the table. An award no rule has reached keeps its period as it is
 * (no copy); a combined period is made once per case and kept in the result. False: no period,
 * or a period begins inside without a rule in tables/rechtsaenderungen.tab. */
static bool recht_im_monat(const wg_engine *e, wg_fall_ergebnis *r, int beginn, int tag, int bis_regel, gesetz *g)
{
    const wgi_tabellen *t = &e->tabellen;
    const wg_datum d = wgi_tag_datum(beginn);
    const wgi_periode *basis = beginn < e->erster_tag ? NULL : wgi_periode_zum_stichtag(e, &d);
    if (!basis) return false;
    int letzte = -1;
    g->stufe_tag = beginn;
    for (int i = 0; i < t->anzahl_aenderungen && i <= bis_regel; i++)
        if (t->aenderung[i].tag > beginn && t->aenderung[i].tag <= tag) {
            letzte = i;
            if (t->aenderung[i].neu_mietenstufen) g->stufe_tag = t->aenderung[i].tag;
        }
    /* a period that begins inside (beginn, tag] without a rule: refuse rather than guess */
    if (tag > beginn) {
        const wg_datum dt = wgi_tag_datum(tag);
        const wgi_periode *jetzt = wgi_periode_zum_stichtag(e, &dt);
        if (!jetzt) return false;
        if (jetzt->ab > beginn && (letzte < 0 || t->aenderung[letzte].tag < jetzt->ab)) return false;
    }
    if (letzte < 0) {
        g->p = basis;
        return true;
    }
    for (size_t i = 0; i < r->anzahl_rechte; i++) {
        const recht *x = r->rechte[i];
        if (x->basis == basis && x->bis_aenderung == letzte) {
            g->p = &x->p;
            return true;
        }
    }
    if (r->anzahl_rechte == r->belegt_rechte) {
        if (!wgi_fall_wachsen((void **)&r->rechte, &r->kap_rechte, r->belegt_rechte + 1, sizeof(recht *))) return false;
        if (!(r->rechte[r->belegt_rechte] = malloc(sizeof(recht)))) return false;
        r->belegt_rechte++;
    }
    recht *x = r->rechte[r->anzahl_rechte++];
    x->basis = basis;
    x->bis_aenderung = letzte;
    x->p = *basis;
    for (int i = 0; i <= letzte; i++) {
        const wgi_rechtsaenderung *a = &t->aenderung[i];
        if (a->tag <= beginn) continue;
        const wg_datum da = wgi_tag_datum(a->tag);
        const wgi_periode *neu = wgi_periode_zum_stichtag(e, &da);
        if (!neu) return false;
        wgi_recht_ueberlagern(&x->p, neu, a);
    }
    g->p = &x->p;
    return true;
}

/* The error of circumstances the rules refuse, with the field of the record: "haushalt.…" or
 * "verlauf[i].haushalt.…" (the last entry the circumstances include). */
void wgi_fall_verhaeltnisse_fehler(wg_fall_ergebnis *r, wg_status st, int zustand)
{
    char feld[160];
    const int i = zustand < 0 ? -1 : r->zs.z[zustand].letzte;
    const char *unter = r->pruef_fehler.feld;
    if (i < 0) snprintf(feld, sizeof feld, "haushalt%s%s", unter[0] ? "." : "", unter);
    else snprintf(feld, sizeof feld, "verlauf[%d]%s%s", i, unter[0] ? ".haushalt." : "", unter);
    wgi_fall_fehl(r, st, feld, "%s", r->pruef_fehler.meldung);
}

bool wgi_fall_betrag_im_monat(const wg_engine *e, wg_fall_ergebnis *r, int zustand, int prognose, int beginn,
                            int64_t betrag_beginn, int tag, betrag *aus)
{
    const wgi_tabellen *t = &e->tabellen;
    gesetz x0;
    if (!recht_im_monat(e, r, beginn, beginn, -1, &x0)) {
        wgi_fall_fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "bewilligung", "für den %04d-%02d ist kein Recht hinterlegt (oder ein "
             "Rechtsstand beginnt ohne Eintrag in tables/rechtsaenderungen.tab)", tag / 10000, tag / 100 % 100);
        return false;
    }
    const bewertung *b = wgi_fall_bewerten(e, r, zustand, prognose, x0.p, x0.stufe_tag);
    if (b->status != WG_OK) {
        wgi_fall_verhaeltnisse_fehler(r, b->status, zustand);
        return false;
    }
    aus->betrag = betrag_beginn >= 0 ? betrag_beginn : b->kurz.wohngeld_monat;
    aus->regel = NULL;
    aus->g = x0;
    aus->b = b;
    aus->behalten = false;
    for (int i = 0; i < t->anzahl_aenderungen; i++) {
        const wgi_rechtsaenderung *a = &t->aenderung[i];
        if (a->tag <= beginn || a->tag > tag) continue;
        gesetz x;
        if (!recht_im_monat(e, r, beginn, a->tag, i, &x)) {
            wgi_fall_fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "bewilligung", "Rechtsänderung am %s: kein Recht hinterlegt", a->datum);
            return false;
        }
        const bewertung *bn = wgi_fall_bewerten(e, r, zustand, prognose, x.p, x.stufe_tag);
        if (bn->status != WG_OK) {
            wgi_fall_verhaeltnisse_fehler(r, bn->status, zustand);
            return false;
        }
        const int64_t neu = bn->kurz.wohngeld_monat;
        if (a->minderung || neu > aus->betrag) {
            aus->betrag = neu;
            aus->g = x;
            aus->b = bn;
            aus->behalten = false;
        } else if (neu < aus->betrag) {
            aus->behalten = true;
        }
        aus->regel = a->regel;
    }
    return true;
}

/* ---- § 27: what changed, against the circumstances the Bescheid rests on ---- */

/* The law-change decisions: for each rule of a day inside the BWZ, the award in force then is
 * recomputed (§§ 42a–44); listed with its amounts before and from the day. */
wg_status wgi_fall_rechtsaenderungen(lauf *l)
{
    const wgi_tabellen *t = &l->e->tabellen;
    wg_fall_ergebnis *r = l->r;
    for (int i = 0; i < t->anzahl_aenderungen; i++) {
        const wgi_rechtsaenderung *a = &t->aenderung[i];
        const int k = wgi_monatsindex(a->tag) - l->mi0;
        if (k <= 0 || k >= l->monate) continue;
        const fall_monat_intern *vor = &r->monate[k - 1], *ab = &r->monate[k];
        entscheidung_intern *x = wgi_fall_entscheidung_neu(r, a->regel, -1);
        if (!x) return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher");
        x->pub.aenderung = x->pub.wirksam = wgi_tag_datum(a->tag);
        x->pub.alt = vor->pub.bewilligt;
        x->pub.neu = ab->pub.bewilligt;
        x->pub.rechtsweg = a->regel;  /* the transitional rule itself: recomputed ex officio, bound */
        x->pub.gebunden = true;
        if (ab->bestandsschutz) {
            x->nachteilig = false;
            wgi_fall_text_bestandsschutz(r, a);
        }
        wgi_fall_text_rechtsaenderung(x, a);
    }
    return WG_OK;
}

/* ---- § 31a SGB X: when a person must decide (docs/laufende-faelle.md § 7) ---- */
