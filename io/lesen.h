/*
 * lesen.h — internal to io/: the pieces of the household reader (haushalt_json.c) that the
 * running-case reader (fall_json.c) reads with, so that a household, a member, a date or a
 * month is read — and its errors named — in one place. Paths are given as text
 * ("verlauf[2].haushalt"); errors name the field below it.
 */
#ifndef WGI_IO_LESEN_H
#define WGI_IO_LESEN_H

#include "json.h"
#include "wohngeld_json.h"

#include <string.h>

j_leser *wgi_json_leser(wg_json *j);
/* wg_json_teilhaushalt_lesen of a record already read into the tree o (in j's arena): the CSV
 * reader builds the tree of its record without the JSON text (csv.c) */
wg_status wgi_json_teilhaushalt_baum(wg_json *j, const j_wert *o, wg_haushalt *h, const wg_unbekannt **u, size_t *anzahl,
                                     wg_fehler *f);
/* a household object of a running case: every field of records.md but stichtag and zeitraum */
wg_status wgi_json_haushalt_objekt(wg_json *j, const j_wert *o, const char *pfad, wg_haushalt *h, wg_fehler *f);
wg_status wgi_json_mitglied_objekt(wg_json *j, const j_wert *o, const char *pfad, wg_mitglied *m, wg_fehler *f);
wg_status wgi_json_datum(wg_json *j, const j_wert *w, const char *pfad, wg_datum *d, wg_fehler *f);
wg_status wgi_json_monat(wg_json *j, const j_wert *w, const char *pfad, int *jahr, int *monat, wg_fehler *f);
wg_status wgi_json_empfaenger(const j_wert *w, wg_fehler *f);
wg_status wgi_json_text(wg_json *j, const j_wert *w, const char *pfad, const char **out, wg_fehler *f);
wg_status wgi_json_wahr(wg_json *j, const j_wert *w, const char *pfad, bool *out, wg_fehler *f);
wg_status wgi_json_fehler(wg_fehler *f, wg_status code, const char *pfad, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Field paths written by hand, not with snprintf (both readers format a path for every field
 * they read): s[0, len) appended to buf at *k, cut as snprintf cuts — buf holds n bytes, at most
 * n − 1 are text (the caller writes the NUL at *k). n ≥ 1. */
static inline void wgi_pfad_teil(char *buf, size_t n, size_t *k, const char *s, size_t len)
{
    const size_t platz = *k + 1 < n ? n - 1 - *k : 0, m = len < platz ? len : platz;
    memcpy(buf + *k, s, m);
    *k += m;
}
/* "[index]" appended the same way (a negative index as 0) */
static inline void wgi_pfad_index(char *buf, size_t n, size_t *k, long index)
{
    char t[24];
    size_t d = sizeof t;
    unsigned long v = index < 0 ? 0 : (unsigned long)index;
    t[--d] = ']';
    do t[--d] = (char)('0' + (int)(v % 10));
    while ((v /= 10) != 0);
    t[--d] = '[';
    wgi_pfad_teil(buf, n, k, t + d, sizeof t - d);
}

#endif
