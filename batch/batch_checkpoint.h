/*
 * batch_checkpoint.h — the checkpoint of a night run (docs/batch.md "Crash safety"): where the
 * input was read to, how long the .teil files were, a SHA-256 of the last 64 KiB before each of
 * these positions, the options that shape the output, and all counters. Written atomically
 * (new file, fsync, rename, fsync of the directory) and protected by a SHA-256 of its own text,
 * so that `--fortsetzen` can check every value against the files before it trusts them.
 *
 * Exports: batch_checkpoint, batch_checkpoint_schreiben, batch_checkpoint_lesen.
 */
#ifndef WGI_BATCH_CHECKPOINT_H
#define WGI_BATCH_CHECKPOINT_H

#include "batch_summe.h"

#include <stdint.h>

typedef struct batch_checkpoint {
    uint64_t offset, zeile;                 /* input consumed: bytes, physical lines */
    uint64_t aus_bytes, fehler_bytes;       /* sizes of OUT.teil and REJ.teil */
    char aus_sha256[65], fehler_sha256[65]; /* of the last ≤ 64 KiB before those sizes */
    uint64_t eingabe_groesse;
    int64_t eingabe_mtime;
    char eingabe_sha256[65];                /* of the input's last ≤ 64 KiB before offset */
    char optionen[1024];                    /* the options that shape the output */
    char erster_beginn[32];
    unsigned fortsetzungen;
    uint64_t bloecke;                       /* blocks read so far (--shard counts them) */
} batch_checkpoint;

/* Writes the checkpoint with the counters of s atomically to pfad. 0, or -1 (errno). */
int batch_checkpoint_schreiben(const char *pfad, const batch_checkpoint *c, const batch_summe *s);
/* Reads a checkpoint: 0, -1 when there is none, -2 when it is damaged (checksum, syntax or
 * counters that do not add up). */
int batch_checkpoint_lesen(const char *pfad, batch_checkpoint *c, batch_summe *s);

#endif
