/*
 * berechnen.c — wg_berechnen, the public entry: a Bewilligungszeitraum month by month
 * (zeitraum.c), one Stichtag with the whole derivation (stichtag.c), or with WG_NUR_BETRAG the
 * amount alone (nur_betrag.c), which hands back what it does not decide itself.
 *
 * Exports: wg_berechnen (wohngeld.h).
 */
#include "rechnung.h"

#include <string.h>

wg_status wg_berechnen(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen)
{
    if (!r) return WG_E_ARGUMENT;
    r->hat_zeitraum = false;
    r->anzahl_monate = r->anzahl_abschnitte = 0;
    r->summe = 0;
    if (optionen & WG_NUR_BETRAG) {
        if (wgi_nur_betrag(e, h, r)) return WG_OK;
        /* everything nur_betrag.c hands over (errors above all): the derivation path, whose
         * values are then not offered, as the option promises */
        optionen |= WG_OHNE_SCHRITTE;
        wg_status s = e && h && h->hat_zeitraum ? wgi_berechnen_zeitraum(e, h, r, optionen)
                                                : wgi_berechnen_stichtag(e, h, r, optionen);
        r->gesetzt = 0;
        return s;
    }
    if (e && h && h->hat_zeitraum) return wgi_berechnen_zeitraum(e, h, r, optionen);
    return wgi_berechnen_stichtag(e, h, r, optionen);
}
