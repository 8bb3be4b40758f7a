/* kopie.h — for the benchmarks: a deep copy of a household read by wg_json_haushalt_lesen,
 * whose memory the reader reuses for the next line. The copies are never freed (the programs end). */
#ifndef WG_BENCH_KOPIE_H
#define WG_BENCH_KOPIE_H

#include "wohngeld.h"

/* Copies h with its members, items, payments and strings into ziel; ziel may be h itself. */
void haushalt_kopieren(wg_haushalt *ziel, const wg_haushalt *h);

#endif
