/*
 * batch.h — the night run as a module (docs/batch.md): the CLI parses the options
 * (cli/batch.c), batch_laufen does the run. The module is built as its own library target
 * (wohngeld_batch), linked by the program and by the fault-injection tests.
 *
 * Files of the module: batch_lauf.c (the run: worker pool, writing in order, checkpoints,
 * finishing), batch_lesen.c (the record stream), batch_dateien.c (safe files and the lock),
 * batch_checkpoint.c, batch_summe.c (counters and summary), batch_protokoll.c (event log),
 * batch_pruefsumme.c (SHA-256).
 */
#ifndef WGI_BATCH_H
#define WGI_BATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "wohngeld_bescheid.h"
#include "wohngeld_fall.h"

typedef struct batch_optionen {
    const char *eingabe, *ausgabe;   /* files; "-" = standard input/output */
    const char *fehler;              /* reject file or NULL */
    const char *protokoll;           /* event log or NULL */
    const char *tabellen;            /* override table directory or NULL */
    int threads;                     /* 1 … 256 */
    size_t block;                    /* records per block, 1 … 1 000 000 */
    double checkpoint_sekunden;      /* ≥ 0 */
    bool csv, voll, fortsetzen, leise;
    char trennzeichen;               /* CSV: ',' or ';' */
    int bedarf_anteil;               /* % of the need for einkommen_unter_bedarf (1 … 1000, 100) */
    bool fall;                       /* --art fall: running cases (docs/laufende-faelle.md) */
    wg_fall_einstellungen fall_einstellungen;
    /* --bescheide DIR (docs/bescheide.md § 5): the letters of every assessed record into DIR,
     * with the authority's file and the letters' date (jahr 0: today; a case: its decision day) */
    const char *bescheide;
    const wg_behoerde *behoerde;
    wg_datum bescheid_datum;
    /* --shard K/N (docs/skalierung.md): of the input's blocks (--block records each) this run
     * computes and writes those numbered K, K+N, K+2N, … (1-based); 0/0 = all */
    int shard_k, shard_n;
} batch_optionen;

/* Exit statuses of a run (docs/batch.md). */
enum {
    BATCH_ALLES_BERECHNET = 0,       /* every record assessed */
    BATCH_MIT_ABLEHNUNGEN = 1,       /* some records rejected (each in the output and reject file) */
    BATCH_FEHLER = 2,                /* usage, I/O or memory error: stopped (resumable after the first checkpoint) */
    BATCH_ABGEBROCHEN = 3            /* stopped by SIGTERM/SIGINT at a block end: resume with --fortsetzen */
};

/* Runs a batch; messages on stderr. Returns one of the statuses above. */
int batch_laufen(const batch_optionen *o);

#endif
