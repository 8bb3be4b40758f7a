/* zufall.h — seeded random households over all periods, rules and switches, for the property
 * tests (test_eigenschaften.c) and the comparison of the bulk path (test_nur_betrag.c). */
#ifndef WG_TEST_ZUFALL_H
#define WG_TEST_ZUFALL_H

#include <stdbool.h>
#include <stdint.h>

#include "wohngeld.h"

typedef struct speicher {
    wg_mitglied m[16];
    wg_einkommen e[16][6];
    wg_unterhalt u[16][2];
    wg_haushalt h;
} speicher;

void zufall_saat(uint64_t saat);
uint64_t zufall(void);
int64_t bis(int64_t n);          /* 0 … n−1 */
bool ab_und_zu(int prozent);     /* true with this probability */
/* A random household with a Stichtag in jahr_von … jahr_bis into s->h (pointing into s). */
void zufallshaushalt(speicher *s, int jahr_von, int jahr_bis);

#endif
