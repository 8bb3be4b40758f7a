/*
 * csv.h — the project's one CSV field splitter (RFC 4180: a field in quotes may hold the
 * separator and line ends, a quote inside it is doubled). Used by the CSV edge (io/csv.c: records,
 * the id of a row) and the Mietenstufen lists in the table files (calc/mietenstufenliste.c).
 *
 * Exports: wgi_csv_feld (base/csv.c).
 */
#ifndef WGI_CSV_BASIS_H
#define WGI_CSV_BASIS_H

#include <stdbool.h>
#include <stddef.h>

/* Reads the field at t[*pos] of a record in t[0, n): its content, unquoted, goes to o (at most
 * kap bytes; o may point into t at or before *pos — unquoting never writes ahead of reading;
 * NULL: skipped), its length to *o_len. The record ends at n, or with zeilenende at a line end
 * ("\n" or "\r\n", *pos then after it). streng: a quote inside an unquoted field is an error.
 * Returns 1 when another field follows (*pos after the separator), 0 at the record's end, -1 on
 * a syntax error (a quote not closed, text after a closing quote, a lone "\r"), -2 when the
 * content is longer than kap. */
int wgi_csv_feld(const char *t, size_t n, size_t *pos, char trenn, bool zeilenende, bool streng, char *o, size_t kap, size_t *o_len);

#endif
