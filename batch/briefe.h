/*
 * briefe.h — the letters directory of `wohngeld bescheid --html DIR` and `batch --bescheide DIR`
 * (docs/bescheide.md § 5): one file per letter, named by input line, record id, number and
 * kind, each written whole under a temporary name and then linked into place — never over an
 * existing file (a resumed run may replace its own) — and the list of the cases routed to a
 * person assembled at the end.
 *
 * Exports: batch_briefe_oeffnen, batch_brief_name, batch_brief_ablegen, batch_briefe_liste,
 * batch_briefe_schliessen.
 */
#ifndef WGI_BRIEFE_H
#define WGI_BRIEFE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct batch_briefe {
    int dirfd;
    bool ersetzen;        /* a resumed run: a letter of the same name is its own, replaced */
} batch_briefe;

/* Opens (creates) the directory. leer: refuse a directory that already holds files. 0, or -1
 * with a German message. */
int batch_briefe_oeffnen(batch_briefe *a, const char *verz, bool leer, bool ersetzen, char *meldung, size_t mlen);
/* "000000042-hh-7-2-bewilligung.html": the line (9 digits), the id (letters, digits, - and _
 * kept, others _, at most 64), the number within the record, the kind, the ending. */
void batch_brief_name(char *aus, size_t n, uint64_t zeile, const char *id, int nummer, const char *art, const char *endung);
/* Writes one letter whole, then links it into place. 0, or -1 (errno). */
int batch_brief_ablegen(const batch_briefe *a, const char *name, const char *daten, size_t len);
/* Writes ziel (in the directory) from every file whose name ends in endung, in name order, one
 * per line — atomically. Returns the number of files, -1 on error (message). */
long batch_briefe_liste(const batch_briefe *a, const char *endung, const char *ziel, char *meldung, size_t mlen);
/* Syncs the directory's file system and closes it. 0, or -1. */
int batch_briefe_schliessen(batch_briefe *a);

#endif
