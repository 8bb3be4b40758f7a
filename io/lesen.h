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

#endif
