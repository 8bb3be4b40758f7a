/*
 * csv.c — one field of a CSV record (csv.h).
 *
 * Exports: wgi_csv_feld.
 */
#include "csv.h"

int wgi_csv_feld(const char *t, size_t n, size_t *pos, char trenn, bool zeilenende, bool streng, char *o, size_t kap, size_t *o_len)
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
        while (i < n && t[i] != trenn && !(zeilenende && (t[i] == '\n' || t[i] == '\r'))) {
            if (streng && t[i] == '"') return -1;
            if (o && l >= kap) return -2;
            if (o) o[l] = t[i];
            l++;
            i++;
        }
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
