/*
 * batch_protokoll.h — the event log of a night run (docs/batch.md "Log"): one line per event,
 * "2026-12-02T03:00:01Z start …", for start, each checkpoint, warnings, errors and the end, so
 * that a cron run can be audited afterwards. Written to the --protokoll file (appended, never
 * through a symlink), or to stderr when stderr is not a terminal.
 *
 * Exports: batch_protokoll and the functions below.
 */
#ifndef WGI_BATCH_PROTOKOLL_H
#define WGI_BATCH_PROTOKOLL_H

#include <stdbool.h>
#include <stdio.h>

typedef struct batch_protokoll {
    FILE *f;          /* NULL: no log */
    bool eigen;       /* f was opened here */
} batch_protokoll;

/* Opens the log: the file pfad (appended) when given, else stderr when auf_stderr. 0 or -1. */
int batch_protokoll_oeffnen(batch_protokoll *p, const char *pfad, bool auf_stderr);
/* One event line: the time, the event's name, the text. */
void batch_ereignis(batch_protokoll *p, const char *ereignis, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
void batch_protokoll_schliessen(batch_protokoll *p);

#endif
