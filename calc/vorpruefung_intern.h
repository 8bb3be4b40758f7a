/*
 * vorpruefung_intern.h — the inside of the screening (calc/vorpruefung*.c): the handle's layout,
 * a box of the search, the best points, and the functions the files share. Only
 * calc/vorpruefung*.c include it; the public side is include/wohngeld_vorpruefung.h.
 *
 *   vorpruefung.c           wg_vorpruefen (the order of the steps, the answer), the readers
 *   vorpruefung_punkt.c     the handle, the checks, the months, the Satz, one point of the box
 *   vorpruefung_suche.c     the exact search: bounds on a box, branch and bound
 *   vorpruefung_schwellen.c thresholds, wg_schwellen, wg_einkommensgrenze
 */
#ifndef WGI_VORPRUEFUNG_INTERN_H
#define WGI_VORPRUEFUNG_INTERN_H

#include "wohngeld_vorpruefung.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "mietenstufen.h"
#include "pruefung.h"
#include "regeln.h"
#include "satz.h"
#include "teilhaushalt.h"

#define SATZ_KAP ((size_t)64 * 1024)
/* the month computations one partial record may take (a household of a zeitraum costs one per
 * month): the documented budget; a fuzzing build lowers it (fuzz/laufen.sh) so that no input runs
 * into the fuzzer's timeout */
#ifndef WGI_VP_GRENZE
#define WGI_VP_GRENZE WG_VP_MAX_MONATSRECHNUNGEN
#endif
#define MAX_U WG_VP_MAX_UNBEKANNTE

/* One month of the search: its Stichtag, Mietenstufe and (with a forced rechtsstand) period. */
typedef struct vp_monat {
    int jahr, monat, tag;
    int stufe;
    const wgi_periode *fest;
} vp_monat;

/* The best point of one objective found so far. */
typedef struct vp_best {
    int64_t wert;
    bool gesetzt;
    int64_t punkt[MAX_U];
} vp_best;
enum { Z_MON_MIN, Z_MON_MAX, Z_SUM_MIN, Z_SUM_MAX, Z_ANZAHL };

/* A box: an interval per money unknown (the others hold their value in punkt). */
typedef struct vp_box { int64_t lo[MAX_U], hi[MAX_U]; } vp_box;
/* a box copied as far as it is used (n unknowns), not its whole 1 KB */
static inline void box_kopie(vp_box *ziel, const vp_box *quelle, size_t n)
{
    memcpy(ziel->lo, quelle->lo, n * sizeof ziel->lo[0]);
    memcpy(ziel->hi, quelle->hi, n * sizeof ziel->hi[0]);
}

struct wg_vorpruefung {
    wg_fehler fehler;
    bool hat_fehler, hat_spanne, hat_schwellen;
    const wg_engine *e;
    wgi_kopie basis;                 /* the household at the lower ends */
    wgi_unbekannt u[MAX_U];
    size_t anzahl;
    size_t geld[MAX_U], anzahl_geld; /* indices of money unknowns some rule reads */
    size_t wahl[MAX_U], anzahl_wahl; /* indices of flags and ages with more than one class */
    uint64_t *satz;
    vp_monat monate[WG_MAX_MONATE];
    size_t anzahl_monate;
    bool zeitraum;
    size_t auswertungen;             /* complete households (points) computed */
    size_t monatsrechnungen;         /* month computations, weighted by size: the budget counts these */
    size_t gewicht;                  /* what one month of one household costs: 1 + Satz bytes / 1024 */
    int (*halt)(void *);             /* asked before every point: stop? (wg_vorpruefung_halt_setzen) */
    void *halt_ctx;
    bool abbruch;
    wg_status abbruch_status;
    /* per point: amount and parts of every month */
    int64_t betrag[5][WG_MAX_MONATE];
    wgi_satz_teile teile[5][WG_MAX_MONATE];
    vp_best best[Z_ANZAHL];
    /* the last CACHE points of a Stichtag record (punkt_rechnen) */
#define CACHE 8
    int64_t cache_punkt[CACHE][MAX_U];
    int64_t cache_betrag[CACHE];
    wgi_satz_teile cache_teile[CACHE];
    bool cache_gueltig[CACHE];
    int cache_naechster;
    vp_box *stapel;
    size_t kap_stapel;
    /* the answer */
    wg_spanne spanne;
    wgi_kopie zeuge[Z_ANZAHL];
    wg_schwelle schwellen[MAX_U];
    const char *fehlt[MAX_U];
    wg_ergebnis *r;
    wg_schwellen_info info;
    wgi_kopie schwellen_zeuge[4];
    int64_t punkt[MAX_U];
    bool nur_zeuge[8];                /* per hint of r (wg_ergebnis holds at most 8) */
    struct wg_vorpruefung *neben;    /* a second handle for a search about the answer (einkommen_bis) */
};

/* The points of a box: 0 M low, Y low; 1 M high, Y low; 2 M low, Y high; 3 M high, Y high —
 * all with the Vermögen low; 4 M low, Y high, Vermögen high (only when the Vermögen varies). */
enum { PUNKTE = 5 };



/* vorpruefung_punkt.c: the handle, the preparation of a search, one point */
wg_status wgi_vp_fehler(wg_vorpruefung *v, wg_status code, const char *feld, const char *meldung);
wg_status wgi_vp_fehler_von(wg_vorpruefung *v, const wg_fehler *f);
wg_status wgi_vp_vorbereiten(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u,
                             size_t anzahl);
wg_status wgi_vp_abbruch(wg_vorpruefung *v);
void wgi_vp_talpunkte(wg_vorpruefung *v);
wg_status wgi_vp_pruefen(wg_vorpruefung *v);
wg_status wgi_vp_monate_bilden(wg_vorpruefung *v);
void wgi_vp_altersgrenzen(const wg_vorpruefung *v, int *g, size_t kap);
wg_status wgi_vp_satz_bilden(wg_vorpruefung *v);
void wgi_vp_punkt_rechnen(wg_vorpruefung *v, const int64_t *punkt, int k);
int64_t wgi_vp_summe(const wg_vorpruefung *v, int k);

/* vorpruefung_suche.c */
void wgi_vp_suchen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, const bool *ziele);
void wgi_vp_box_suchen(wg_vorpruefung *v, const bool *ziele);
void wgi_vp_best_zuruecksetzen(wg_vorpruefung *v);
/* Whether the objective (month or sum) over box b (the other unknowns at punkt) takes a value
 * > 0 and, with auch_null, a value ≤ 0 — a decision, not the extremes: the search stops once
 * both are found, and a box that cannot hold a value on the open side is not split.
 * *positiv_bei: the value of unknown x at the first point found > 0. */
void wgi_vp_vorzeichen(wg_vorpruefung *v, const vp_box *b, int64_t *punkt, size_t x, bool auch_null, bool *null,
                       bool *positiv, int64_t *positiv_bei);

/* vorpruefung_schwellen.c */
bool wgi_vp_anspruch_bei(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t wert);
bool wgi_vp_schwelle_finden(wg_vorpruefung *v, int64_t *punkt, size_t x, int64_t lo, int64_t hi, bool ab, int64_t *wert);
bool wgi_vp_schwelle_ab(wgi_seite s);
wg_status wgi_vp_schwelle_fuer(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const char *feld,
                               int64_t von, int64_t bis, wg_schwelle *sw, wgi_kopie *zeuge);

#endif
