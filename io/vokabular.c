/*
 * vokabular.c — the spellings of the record format's enum values (vokabular.h).
 */
#include "vokabular.h"

#include <string.h>

#include "wohngeld.h"

const char *const wgi_wohnkosten_art_namen[2] = {[WG_MIETE] = "miete", [WG_BELASTUNG] = "belastung"};
const char *const wgi_zwischenrundung_namen[2] = {[WG_RUNDUNG_KAUFMAENNISCH] = "kaufmaennisch",
                                                  [WG_RUNDUNG_ABSCHNEIDEN] = "abschneiden"};
const char *const wgi_ueber12_namen[2] = {[WG_UEBER12_WERTE_FUER_12] = "werte_fuer_12",
                                          [WG_UEBER12_TATSAECHLICHE_ZAHL] = "tatsaechliche_zahl"};

int wgi_wort_finden(const char *const *namen, size_t anzahl, const char *s)
{
    for (size_t i = 0; i < anzahl; i++)
        if (strcmp(namen[i], s) == 0) return (int)i;
    return -1;
}

bool wgi_haushalt_listen_da(const wg_haushalt *h)
{
    if (h->anzahl_mitglieder && !h->mitglieder) return false;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if ((m->anzahl_einkommen && !m->einkommen) || (m->anzahl_unterhalt && !m->unterhalt)) return false;
    }
    return true;
}
