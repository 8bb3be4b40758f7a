/*
 * batch_schreiber.h — the output formats of the night run as a table of writers: each format
 * ({head, result, error, range, case}) is chosen once from the options, and the run calls its
 * writer without asking which format it is (docs/batch.md). A new format is one more table.
 *
 * Exports: batch_schreiber, batch_schreiber_von (batch_schreiber.c).
 */
#ifndef WGI_BATCH_SCHREIBER_H
#define WGI_BATCH_SCHREIBER_H

#include <stdbool.h>
#include <stddef.h>

#include "wohngeld.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

/* What the writers need besides the record: the JSON handle, the engine, the scope
 * (--ausgabe-umfang voll) and the CSV separator. */
typedef struct batch_schreib {
    wg_json *j;
    const wg_engine *e;
    bool voll;
    char trenn;
} batch_schreib;

typedef struct batch_schreiber {
    const char *name;                 /* "jsonl", "csv" */
    bool zeile_anhaengen;             /* a result is a line without its line end (JSON Lines) */
    /* the first line of the output (CSV: the header row), or NULL when the format has none */
    const char *(*kopf)(const batch_schreib *w, size_t *len);
    const char *(*ergebnis)(const batch_schreib *w, const wg_ergebnis *r, size_t *len);
    const char *(*fehler)(const batch_schreib *w, const char *id, const wg_fehler *f, size_t *len);
    const char *(*spanne)(const batch_schreib *w, const char *id, const wg_spanne *sp, size_t *len);
    /* running cases; NULL: the format has none (the options refuse --art fall with it) */
    const char *(*fall)(const batch_schreib *w, const wg_fall_ergebnis *r, size_t *len);
    const char *(*fall_fehler)(const batch_schreib *w, const char *id, const wg_fehler *f, size_t *len);
} batch_schreiber;

/* The writer of a format: csv true → CSV, else JSON Lines. */
const batch_schreiber *batch_schreiber_von(bool csv);

#endif
