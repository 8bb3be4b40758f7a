/*
 * csv.h — the project's one CSV field splitter (RFC 4180: a field in quotes may hold the
 * separator and line ends, a quote inside it is doubled). Used by the CSV edge (io/csv.c: records,
 * the id of a row) and the Mietenstufen lists in the table files (calc/mietenstufenliste.c).
 *
 * Exports: inline wgi_csv_feld — inline because a CSV household of 70 columns calls it 70 times a
 * row, and the call cost a CSV run 7 % (issue 26).
 */
#ifndef WGI_CSV_BASIS_H
#define WGI_CSV_BASIS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Reads the field at t[*pos] of a record in t[0, n): its content, unquoted, goes to o (at most
 * kap bytes; o may point into t at or before *pos — unquoting never writes ahead of reading;
 * NULL: skipped), its length to *o_len. The record ends at n, or with zeilenende at a line end
 * ("\n" or "\r\n", *pos then after it). streng: a quote inside an unquoted field is an error.
 * Returns 1 when another field follows (*pos after the separator), 0 at the record's end, -1 on
 * a syntax error (a quote not closed, text after a closing quote, a lone "\r"), -2 when the
 * content is longer than kap. */
static inline int wgi_csv_feld(const char *t, size_t n, size_t *pos, char trenn, bool zeilenende, bool streng, char *o, size_t kap,
                               size_t *o_len)
{
    size_t i = *pos, l = 0;
    if (i < n && t[i] == '"') {
        i++;
        for (;;) {
            if (i >= n) return -1;
            if (t[i] == '"') {
                if (i + 1 < n && t[i + 1] == '"') {
                    if (o && l >= kap) return -2;
                    if (o) o[l] = '"';
                    l++;
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (o && l >= kap) return -2;
            if (o) o[l] = t[i];
            l++;
            i++;
        }
    } else {
        /* the end first, then one move (none when o is the field itself: cells read in place).
         * Errors as a byte-by-byte copy meets them: a quote at or before byte kap is -1, a field
         * that passes kap first is -2. */
        const size_t anfang = i;
        while (i < n && t[i] != trenn && !(zeilenende && (t[i] == '\n' || t[i] == '\r'))) {
            if (streng && t[i] == '"') return o && i - anfang > kap ? -2 : -1;
            i++;
        }
        l = i - anfang;
        if (o && l > kap) return -2;
        if (o && o != t + anfang) memmove(o, t + anfang, l);
    }
    *o_len = l;
    if (i < n && t[i] == trenn) {
        *pos = i + 1;
        return 1;
    }
    if (!zeilenende) {
        if (i < n) return -1;
        *pos = i;
        return 0;
    }
    if (i < n && t[i] == '\r') i++;
    if (i < n && t[i] != '\n') return -1;
    *pos = i < n ? i + 1 : i;
    return 0;
}

#endif
