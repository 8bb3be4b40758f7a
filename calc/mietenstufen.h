/*
 * mietenstufen.h — the Mietenstufe of a Gemeinde (§ 12 Abs. 3–5 WoGG, Anlage zu § 1 Abs. 3 WoGV).
 */
#ifndef WGI_MIETENSTUFEN_H
#define WGI_MIETENSTUFEN_H

#include "tabellen.h"

typedef struct wgi_ort_treffer {
    const wgi_ort *ort;                 /* the row that gave the Stufe */
    const wgi_mietenstufenliste *liste;
    int stufe;
    const char *wie;                   /* how it matched, German, for the derivation */
} wgi_ort_treffer;

/* Looks up an AGS for a Stichtag (YYYYMMDD) under a period (for scenarios). On error fills f
 * with WG_E_GEMEINDE_UNGUELTIG (malformed), WG_E_GEMEINDE_UNBEKANNT or WG_E_GEMEINDE_OHNE_LISTE. */
wg_status wgi_mietenstufe_finden(const wgi_tabellen *t, const char *ags, int stichtag, const wgi_periode *p,
                                wgi_ort_treffer *treffer, wg_fehler *f);

/* An AGS as records.md requires it: exactly 8 digits. */
bool wgi_ags_gueltig(const char *ags);

/* The Mietenstufe of a valid AGS, given as its key (wgi_ags_schluessel), on the day YYYYMMDD
 * from the enacted list with AGS — the Gemeinde's row, else its Kreis's — as
 * wgi_mietenstufe_finden finds it for an enacted period; 0 when there is no list or no row. For
 * the bulk path (satz.c, nur_betrag.c), which needs neither the row nor a message. */
int wgi_mietenstufe_schluessel(const wgi_tabellen *t, uint64_t schluessel, int tag);

#endif
