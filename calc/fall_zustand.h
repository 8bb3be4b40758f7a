/*
 * fall_zustand.h — the circumstances of a running case on a given day: the Bescheid's
 * household with the history applied (fall_zustand.c); days and months are base/datum.h's.
 *
 * Exports: wgi_zustand, wgi_zustaende, wgi_zustaende_bilden, wgi_zustand_am, wgi_zustaende_frei.
 */
#ifndef WGI_FALL_ZUSTAND_H
#define WGI_FALL_ZUSTAND_H

#include <stdbool.h>
#include <stddef.h>

#include "datum.h"
#include "engine.h"
#include "wohngeld_fall.h"

/* The circumstances from one day on. Taken on each month's first day, they make the effective
 * date of § 27 Abs. 2 Satz 3 and § 28 Abs. 1, 3: a change on a 1st is seen in its own month,
 * any other in the next. */
typedef struct wgi_zustand {
    int tag;                    /* from this day (the first of a month) */
    int wechsel;                /* the last day in (previous first, tag] on which something changed */
    wg_haushalt h;              /* members in the pool of wgi_zustaende */
    size_t erstes, anzahl;      /* its members in the pool */
    unsigned long long angewandt; /* bit i: verlauf entry i (in date order) applied */
    unsigned long long tote;      /* bit j: death j still counts (§ 6 Abs. 2) */
    unsigned long long tod_wirksam; /* bit i: the deaths of entry i (in date order) in effect —
                                       from the day after the day of death, a day of use */
    int letzte;                 /* the last entry applied (index in verlauf), -1 none */
    int lebende;                /* counted members alive and present */
    int ausgeschlossen;         /* members excluded (§§ 7, 8) */
    bool genutzt;               /* a counted member still uses the dwelling (§ 28 Abs. 1) */
    int transfer;               /* entry whose Transferleistung excluded a member, -1 none */
} wgi_zustand;

typedef struct wgi_zustaende {
    wgi_zustand *z;             /* one per month from the first of the BWZ, and `extra` more */
    size_t anzahl, kap;
    wg_mitglied *pool;
    size_t pool_anzahl, pool_kap;
    int *ordnung;               /* verlauf indices in date order (stable), those inside the BWZ */
    size_t kap_ordnung, anzahl_ordnung;
} wgi_zustaende;

/* The circumstances on the first day of each of `monate` months from month index mi0, with
 * f's history applied in date order — the entries from day `ende` on (after the BWZ) left out.
 * Checks the history as it applies it: an unknown member, a member moving in twice → error
 * with the field named. */
wg_status wgi_zustaende_bilden(wgi_zustaende *zs, const wg_fall *f, int mi0, int monate, int ende, wg_fehler *fehler);
/* The circumstances on day `tag` (any day), appended after the months; returns its index, or
 * −1 (the error in fehler). The months' members stay where they are. */
int wgi_zustand_am(wgi_zustaende *zs, const wg_fall *f, int tag, wg_fehler *fehler);
void wgi_zustaende_frei(wgi_zustaende *zs);

#endif
