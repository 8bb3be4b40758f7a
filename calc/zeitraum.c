/*
 * zeitraum.c — a Bewilligungszeitraum month by month (rechenweg.md § 5; §§ 25, 41 ff. WoGG).
 *
 * Each month is assessed with the law in force in that month (its first day is the Stichtag),
 * so a period such as 2024-07 … 2025-06 is split where the law changes on 2025-01-01. The
 * result's top-level values and derivation describe the first month; `monate` lists every month,
 * `abschnitte` groups consecutive months of equal Rechtsstand and amount, `summe` is the total.
 * Ages for § 17 Nr. 4 follow each month when a member gives geburtsdatum; otherwise the given
 * alter holds for the whole period. The § 42d comparison with the old law is not computed.
 */
#include "wohngeld_felder.h"
#include "datum.h"
#include "rechnung.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void monat_festhalten(wg_ergebnis *r, monat_intern *m, int jahr, int monat)
{
    memset(m, 0, sizeof *m);
    m->pub.jahr = jahr;
    m->pub.monat = monat;
    m->pub.rechtsstand = r->rechtsstand ? r->rechtsstand->id : "";
    m->pub.anspruch = r->anspruch;
    m->pub.wohngeld_monat = r->wohngeld;
    m->pub.grund = r->grund;
    static const wg_wert welche[6] = {WG_W_M, WG_W_Y, WG_W_Z1, WG_W_Z2, WG_W_Z3, WG_W_Z4};
    for (int i = 0; i < 6; i++) {
        m->gesetzt[i] = r->gesetzt >> welche[i] & 1u;
        if (m->gesetzt[i]) snprintf(m->werte[i], sizeof m->werte[i], "%s", wgi_wert_text(r, welche[i]));
    }
}

wg_status wgi_berechnen_zeitraum(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen)
{
    r->hat_zeitraum = true;
    /* the months checked before any arithmetic on them (a year of INT_MAX from the C API) */
    if (!wgi_monat_gueltig(h->von_jahr, h->von_monat)) {
        wgi_ergebnis_zuruecksetzen(r);
        return wgi_fehler_setzen(r, WG_E_DATUM_UNGUELTIG, WG_F_ZEITRAUM "." WG_F_VON, "Monat JJJJ-MM erwartet");
    }
    if (!wgi_monat_gueltig(h->bis_jahr, h->bis_monat)) {
        wgi_ergebnis_zuruecksetzen(r);
        return wgi_fehler_setzen(r, WG_E_DATUM_UNGUELTIG, WG_F_ZEITRAUM "." WG_F_BIS, "Monat JJJJ-MM erwartet");
    }
    const int von = wgi_monatsindex_von(h->von_jahr, h->von_monat), bis = wgi_monatsindex_von(h->bis_jahr, h->bis_monat);
    if (bis < von) {
        wgi_ergebnis_zuruecksetzen(r);
        return wgi_fehler_setzen(r, WG_E_WERT_UNGUELTIG, WG_F_ZEITRAUM "." WG_F_BIS, "bis liegt vor von");
    }
    size_t n = (size_t)bis - (size_t)von + 1;
    if (n > WG_MAX_MONATE) {
        wgi_ergebnis_zuruecksetzen(r);
        return wgi_fehler_setzen(r, WG_E_GRENZE, WG_F_ZEITRAUM, "mehr als %d Monate", WG_MAX_MONATE);
    }
    if (r->kap_monate < n) {
        monat_intern *neu = realloc(r->monate, n * sizeof *neu);
        if (!neu) {
            wgi_ergebnis_zuruecksetzen(r);
            return wgi_fehler_setzen(r, WG_E_SPEICHER, "", "%s", wg_status_text(WG_E_SPEICHER));
        }
        r->monate = neu;
        r->kap_monate = n;
    }
    /* Later months first, without derivation text; the first month last, in full, so that the
     * result's own values are those of the first month. Hints of later months are kept. */
    wg_haushalt monat = *h;
    monat.hat_zeitraum = false;
    wg_hinweis hinweise[8];
    char texte[8][320]; /* the hints' texts, kept while the result is reused month by month */
    size_t anzahl_hinweise = 0;
    for (size_t i = n; i-- > 0;) {
        int jm = von + (int)i;
        monat.stichtag = (wg_datum){wgi_monat_jahr(jm), wgi_monat_nr(jm), 1};
        wg_status s = wgi_berechnen_stichtag(e, &monat, r, i == 0 ? optionen : optionen | WG_OHNE_SCHRITTE);
        if (s != WG_OK) {
            char meldung[sizeof r->fehler.meldung];
            snprintf(meldung, sizeof meldung, "%s", r->fehler.meldung);
            r->status = s;
            snprintf(r->fehler.meldung, sizeof r->fehler.meldung, "Monat %04d-%02d: %s", wgi_monat_jahr(jm), wgi_monat_nr(jm), meldung);
            r->anzahl_monate = r->anzahl_abschnitte = 0;
            return s;
        }
        monat_festhalten(r, &r->monate[i], wgi_monat_jahr(jm), wgi_monat_nr(jm));
        for (size_t k = 0; k < r->anzahl_hinweise; k++) {
            bool da = false;
            for (size_t j = 0; j < anzahl_hinweise; j++) da |= !strcmp(hinweise[j].code, r->hinweis[k].code);
            if (!da && anzahl_hinweise < 8) {
                snprintf(texte[anzahl_hinweise], sizeof texte[0], "%s", wg_ergebnis_hinweis(r, k)->text);
                hinweise[anzahl_hinweise] = (wg_hinweis){r->hinweis[k].code, texte[anzahl_hinweise]};
                anzahl_hinweise++;
            }
        }
    }
    for (size_t j = 0; j < anzahl_hinweise; j++) {
        bool da = false;
        for (size_t k = 0; k < r->anzahl_hinweise; k++) da |= !strcmp(hinweise[j].code, r->hinweis[k].code);
        if (!da) wgi_hinweis_neu(r, hinweise[j].code, hinweise[j].text);
    }
    r->anzahl_monate = n;
    r->summe = 0;
    r->anzahl_abschnitte = 0;
    for (size_t i = 0; i < n; i++) {
        monat_intern *m = &r->monate[i];
        r->summe += m->pub.wohngeld_monat;
        wg_abschnitt *a = r->anzahl_abschnitte ? &r->abschnitt[r->anzahl_abschnitte - 1] : NULL;
        if (a && !strcmp(a->rechtsstand, m->pub.rechtsstand) && a->wohngeld_monat == m->pub.wohngeld_monat) {
            a->bis_jahr = m->pub.jahr;
            a->bis_monat = m->pub.monat;
        } else {
            r->abschnitt[r->anzahl_abschnitte++] = (wg_abschnitt){m->pub.jahr, m->pub.monat, m->pub.jahr, m->pub.monat,
                                                                 m->pub.rechtsstand, m->pub.wohngeld_monat};
        }
    }
    return WG_OK;
}

bool wg_ergebnis_hat_zeitraum(const wg_ergebnis *r) { return r && r->hat_zeitraum && r->status == WG_OK; }
size_t wg_ergebnis_anzahl_monate(const wg_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_monate : 0; }

const wg_monat *wg_ergebnis_monat(const wg_ergebnis *r, size_t i)
{
    if (i >= wg_ergebnis_anzahl_monate(r)) return NULL;
    monat_intern *m = &r->monate[i];
    const char **ziel[6] = {&m->pub.M, &m->pub.Y, &m->pub.z1, &m->pub.z2, &m->pub.z3, &m->pub.z4};
    for (int k = 0; k < 6; k++) *ziel[k] = m->gesetzt[k] ? m->werte[k] : NULL;
    return &m->pub;
}

size_t wg_ergebnis_anzahl_abschnitte(const wg_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_abschnitte : 0; }
const wg_abschnitt *wg_ergebnis_abschnitt(const wg_ergebnis *r, size_t i)
{
    return i < wg_ergebnis_anzahl_abschnitte(r) ? &r->abschnitt[i] : NULL;
}
int64_t wg_ergebnis_summe(const wg_ergebnis *r) { return r ? r->summe : 0; }
