/* kopie.h — for the benchmarks: a deep copy of a household read by wg_json_haushalt_lesen,
 * whose memory the reader reuses for the next line. The copies are never freed (the programs end). */
#ifndef WG_BENCH_KOPIE_H
#define WG_BENCH_KOPIE_H

#include <stdbool.h>
#include <stdio.h>

#include "wohngeld.h"
#include "wohngeld_json.h"

/* Copies h with its members, items, payments and strings into ziel; ziel may be h itself. */
void haushalt_kopieren(wg_haushalt *ziel, const wg_haushalt *h);

/* Reading a JSON Lines file of households: the next one that reads without error into *h
 * (valid until the next call); false at the end of the file. */
typedef struct haushalt_datei {
    FILE *f;
    wg_json *j;
    char *zeile;
    size_t kap;
} haushalt_datei;
bool naechster_haushalt(haushalt_datei *d, wg_haushalt *h);

#endif
