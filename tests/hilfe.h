/* hilfe.h — shared helpers of the unit tests: one engine per test process, records as JSON
 * text in, results as accessors or JSON out. */
#ifndef WG_TEST_HILFE_H
#define WG_TEST_HILFE_H

#include <criterion/criterion.h>
#include <string.h>

#include "wohngeld.h"
#include "wohngeld_json.h"

typedef struct lauf {
    wg_engine *e;
    wg_json *j;
    wg_ergebnis *r;
    wg_status status;
    wg_fehler fehler;   /* reading errors */
    const char *json;   /* the result line */
} lauf;

/* Computes one JSON record. Returns the run; lauf_frei afterwards. */
lauf *lauf_neu(void);
void lauf_frei(lauf *l);
wg_status rechne(lauf *l, const char *record);
const char *wert(lauf *l, wg_wert w);
/* The error code of the last run (reading or computing) as text, "ok" if none. */
const char *fehlercode(lauf *l);
const char *fehlerfeld(lauf *l);

/* A minimal valid record in P2025 with overridable parts: builds
 * {"stichtag":S,"mietenstufe":1,"wohnkosten":{"art":"miete","betrag_monat":"400.00"},"mitglieder":[M]}. */
const char *record(char *buf, size_t n, const char *stichtag, const char *mitglieder, const char *extra);

#endif
