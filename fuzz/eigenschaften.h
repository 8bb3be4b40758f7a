/*
 * eigenschaften.h — invariants every result must satisfy, checked by the fuzzer on arbitrary
 * records and by the property tests on random households (tests/test_eigenschaften.c):
 *   - a result is consistent (amount ≥ 0, claim ⇔ amount > 0, amount ≥ threshold);
 *   - the amount never exceeds M where a cap at M applies (switch, draft, more than 12 members);
 *   - the 128-bit fast path equals the GMP reference on the values of the result;
 *   - the result does not depend on the order of the members;
 *   - more income never gives more Wohngeld;
 *   - more rent never gives less Wohngeld;
 *   - a household written as JSON and read back gives the same result, byte for byte;
 *   - WG_NUR_BETRAG (the bulk path) says exactly what the full computation says;
 *   - a household packed as a Satz (wg_satz_packen) computes to what the full computation says,
 *     and only households the full computation assesses are packed.
 */
#ifndef WG_EIGENSCHAFTEN_H
#define WG_EIGENSCHAFTEN_H

#include "wohngeld.h"
#include "wohngeld_json.h"

typedef struct wgi_pruefer wgi_pruefer;

wgi_pruefer *wgi_pruefer_neu(const wg_engine *e);
void wgi_pruefer_frei(wgi_pruefer *p);

/* Checks all invariants for h. Returns NULL when they hold (or h is rejected with a clean
 * error), else a description of the violated one (valid until the next call). */
const char *wgi_eigenschaften_pruefen(wgi_pruefer *p, const wg_haushalt *h);

/* NULL when b (computed with WG_NUR_BETRAG) says what a (without it) says, else what differs. */
const char *wgi_nur_betrag_vergleichen(const wg_ergebnis *a, const wg_ergebnis *b);

/* NULL when h packed as a Satz and computed with wg_satz_berechnen says what voll (h computed
 * without options, status s) says, or when h is rightly not packed; else what differs. Also
 * checks the size query, that a too small buffer stays untouched, and that the Satz does not
 * depend on h after packing. *selbst is incremented when h was packed. */
const char *wgi_satz_vergleichen(const wg_engine *e, const wg_haushalt *h, const wg_ergebnis *voll, long *selbst);

#endif
