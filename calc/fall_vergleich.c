/*
 * fall_vergleich.c — what § 27 WoGG compares: R after § 11 (its Abs. 3 share as an exact fraction, capped, without the heating relief), the Gesamteinkommen (per the setting vergleich_y), and which numbers of § 27 Abs. 1, 2 and of the reporting duty of Abs. 3 a change meets ("mehr als … Prozent": wgi_mehr_als_prozent, regeln.h).
 *
 * Exports (fall_intern.h): wgi_fall_r_vergleich, wgi_fall_y_vergleich, wgi_fall_ausloeser, wgi_fall_melde_ausloeser.
 */
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static anteil r_anteil(const bewertung *b)
{
    if (!b->teile.formel) return (anteil){0, 1};
    const int ng = b->kurz.n_gesamt > 0 ? b->kurz.n_gesamt : 1;
    return (anteil){(__int128)b->teile.gekappt * b->kurz.n, ng};
}

wgi_b4 wgi_fall_r_vergleich(const bewertung *b)
{
    const anteil a = r_anteil(b);
    return (wgi_b4)((a.zaehler + a.nenner / 2) / a.nenner);
}

wgi_b4 wgi_fall_y_vergleich(const wg_fall_ergebnis *r, const bewertung *b)
{
    if (!b->teile.formel) return b->teile.gesamteinkommen;
    /* formelwert: Y' of Anlage 3 Nr. 1 per month (z10) as b4 per year, so both settings read
     * in the same unit */
    return r->einst.vergleich_y == WG_VERGLEICH_Y_FORMELWERT ? (wgi_b4)(b->teile.y_formel / 1000000 * 12)
                                                              : b->teile.gesamteinkommen;
}

/* § 27 Abs. 2 Nr. 1–3 (ab: down, the Wohngeld may fall) or Abs. 1 Nr. 1–3 (up): the numbers
 * of the rule met, as bits. pct: the period's threshold ("mehr als … Prozent", strict). */
unsigned wgi_fall_ausloeser(const wg_fall_ergebnis *r, const bewertung *alt, const bewertung *neu, bool ab, int64_t pct)
{
    const anteil ra = r_anteil(alt), rn = r_anteil(neu);
    const wgi_b4 ya = wgi_fall_y_vergleich(r, alt), yn = wgi_fall_y_vergleich(r, neu);
    const int na = alt->kurz.n, nn = neu->kurz.n;
    unsigned m = 0;
    if (ab) {
        if (nn < na && nn >= 1) m |= NR1;
        if (wgi_mehr_als_prozent(ra.zaehler, ra.nenner, rn.zaehler, rn.nenner, pct, false)) m |= NR2;
        if (wgi_mehr_als_prozent(ya, 1, yn, 1, pct, true)) m |= NR3;
    } else {
        if (nn > na) m |= NR1;
        if (wgi_mehr_als_prozent(ra.zaehler, ra.nenner, rn.zaehler, rn.nenner, pct, true)) m |= NR2;
        if (wgi_mehr_als_prozent(ya, 1, yn, 1, pct, false)) m |= NR3;
    }
    return m;
}

/* § 27 Abs. 3 Satz 1: what the household had to report (against the Bescheid's values: members,
 * excluded members, the § 9 rent / § 10 Belastung, the sum of positive Einkünfte and Einnahmen). */
unsigned wgi_fall_melde_ausloeser(const wg_fall_ergebnis *r, int basis, int zustand, const bewertung *alt,
                                const bewertung *neu, int64_t pct)
{
    const wg_haushalt *ha = basis < 0 ? &r->bescheid : &r->zs.z[basis].h, *hn = &r->zs.z[zustand].h;
    const int xa = basis < 0 ? 0 : r->zs.z[basis].ausgeschlossen, xn = r->zs.z[zustand].ausgeschlossen;
    int xb = 0;
    if (basis < 0)
        for (size_t i = 0; i < ha->anzahl_mitglieder; i++) xb += !ha->mitglieder[i].zu_beruecksichtigen;
    unsigned m = 0;
    if (neu->kurz.n < alt->kurz.n || xn > (basis < 0 ? xb : xa)) m |= NR1;
    if (ha->hat_wohnkosten && hn->hat_wohnkosten && wgi_mehr_als_prozent(ha->wohnkosten_cent, 1, hn->wohnkosten_cent, 1, pct, false))
        m |= NR2;
    if (wgi_mehr_als_prozent(alt->teile.einkuenfte, 1, neu->teile.einkuenfte, 1, pct, true)) m |= NR3;
    return m;
}

/* ---- decisions and hints ---- */
