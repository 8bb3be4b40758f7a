/*
 * rechtsaenderung.h — the law of a running award (§ 41 Abs. 2, §§ 42a–44 WoGG;
 * tables/rechtsaenderungen.tab).
 *
 * Exports: wgi_recht_ueberlagern.
 */
#ifndef WGI_RECHTSAENDERUNG_H
#define WGI_RECHTSAENDERUNG_H

#include "tabellen.h"

/* § 41 Abs. 2 with the transitional rule a: the award's law `recht` (its own period, or that
 * period already combined by earlier rules) takes from `neu`, the period in force from a's day,
 * exactly the parts a names new; every other part stays. recht is rewritten in place, its
 * derived values (wgi_periode_ableiten) renewed; it keeps neu's id for results. */
void wgi_recht_ueberlagern(wgi_periode *recht, const wgi_periode *neu, const wgi_rechtsaenderung *a);

#endif
