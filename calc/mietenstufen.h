/*
 * mietenstufen.h — the Mietenstufe of a Gemeinde (§ 12 Abs. 3–5 WoGG, Anlage zu § 1 Abs. 3 WoGV).
 */
#ifndef WG_MIETENSTUFEN_H
#define WG_MIETENSTUFEN_H

#include "tabellen.h"

typedef struct wg_ort_treffer {
    const wg_ort *ort;                 /* the row that gave the Stufe */
    const wg_mietenstufenliste *liste;
    int stufe;
    const char *wie;                   /* how it matched, German, for the derivation */
} wg_ort_treffer;

/* Looks up an AGS for a Stichtag (YYYYMMDD) under a period (for scenarios). On error fills f
 * with WG_E_GEMEINDE_UNGUELTIG (malformed), WG_E_GEMEINDE_UNBEKANNT or WG_E_GEMEINDE_OHNE_LISTE. */
wg_status wg_mietenstufe_finden(const wg_tabellen *t, const char *ags, int stichtag, const wg_periode *p,
                                wg_ort_treffer *treffer, wg_fehler *f);

#endif
