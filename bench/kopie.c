/* kopie.c — see kopie.h. */
#include "kopie.h"

#include <stdlib.h>
#include <sys/types.h>
#include <string.h>

static char *dup(const char *s) { return s ? strdup(s) : NULL; }

void haushalt_kopieren(wg_haushalt *ziel, const wg_haushalt *h)
{
    *ziel = *h;
    ziel->id = dup(h->id);
    ziel->gemeinde = dup(h->gemeinde);
    ziel->rechtsstand = dup(h->rechtsstand);
    wg_mitglied *m = malloc(h->anzahl_mitglieder * sizeof *m);
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        m[i] = h->mitglieder[i];
        m[i].id = dup(m[i].id);
        m[i].ausschlussgrund = dup(m[i].ausschlussgrund);
        if (m[i].anzahl_einkommen) {
            wg_einkommen *e = malloc(m[i].anzahl_einkommen * sizeof *e);
            memcpy(e, m[i].einkommen, m[i].anzahl_einkommen * sizeof *e);
            m[i].einkommen = e;
        }
        if (m[i].anzahl_unterhalt) {
            wg_unterhalt *u = malloc(m[i].anzahl_unterhalt * sizeof *u);
            memcpy(u, m[i].unterhalt, m[i].anzahl_unterhalt * sizeof *u);
            m[i].unterhalt = u;
        }
    }
    ziel->mitglieder = m;
}

bool naechster_haushalt(haushalt_datei *d, wg_haushalt *h)
{
    ssize_t len;
    wg_fehler fe;
    while ((len = getline(&d->zeile, &d->kap, d->f)) > 0)
        if (wg_json_haushalt_lesen(d->j, d->zeile, (size_t)len, h, &fe) == WG_OK) return true;
    return false;
}
