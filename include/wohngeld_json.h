/*
 * wohngeld_json.h — household records and results as JSON (records.md), at the edge of the
 * engine. The core (wohngeld.h) does not depend on this module.
 *
 * A wg_json holds the memory of one record being read and one result being written; it is
 * reused from record to record and must not be shared between threads (give each thread its
 * own). Everything it returns stays valid until its next call or wg_json_frei.
 */
#ifndef WOHNGELD_JSON_H
#define WOHNGELD_JSON_H

#include "wohngeld.h"
#include "wohngeld_vorpruefung.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct wg_json wg_json;

WG_API wg_json *wg_json_neu(void);
WG_API void wg_json_frei(wg_json *j);

/* Reads one household record (one JSON object, e.g. one line of a JSON Lines file) into h.
 * h and everything it points to live in j. On error returns the code and fills f (field path
 * and German message); h->id is still set when the record had a readable "id". */
WG_API wg_status wg_json_haushalt_lesen(wg_json *j, const char *text, size_t len, wg_haushalt *h, wg_fehler *f);

/* Reads a household record that may be partial (docs/vorpruefung.md § 1): money as an interval
 * {"von", "bis"} or "unbekannt", flags "unbekannt", an age as an interval. h holds every
 * unknown at its lower end; *u (in j) lists the *anzahl unknowns, 0 for an ordinary record.
 * Errors as wg_json_haushalt_lesen, and intervall_ungueltig, unbekannt_unzulaessig,
 * zu_viele_unbekannte. (wg_json_haushalt_lesen refuses intervals with typ_falsch.) */
WG_API wg_status wg_json_teilhaushalt_lesen(wg_json *j, const char *text, size_t len, wg_haushalt *h,
                                            const wg_unbekannt **u, size_t *anzahl, wg_fehler *f);

/* Writes the result of a partial record (docs/vorpruefung.md § 2) as one line of JSON: with
 * voll the witnesses too (records), without them the short form of a bulk run. id may be NULL. */
WG_API const char *wg_json_spanne_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_spanne *s, bool voll,
                                            size_t *len);
/* Writes the thresholds of a complete household (wohngeld schwellen) as one line of JSON. */
WG_API const char *wg_json_schwellen_schreiben(wg_json *j, const wg_engine *e, const char *id,
                                               const wg_schwellen_info *s, size_t *len);

/* Writes a result (records.md "Result") as one line of JSON without a newline. */
WG_API const char *wg_json_ergebnis_schreiben(wg_json *j, const wg_engine *e, const wg_ergebnis *r, size_t *len);

/* The short form of a bulk run (docs/batch.md "Output"): id, status, anspruch, wohngeld_monat,
 * grund ({"code"} or null), rechtsstand, summe of a zeitraum, hinweise ([{"code"}]); for a
 * result with an error the short error form below. */
WG_API const char *wg_json_kurz_schreiben(wg_json *j, const wg_ergebnis *r, size_t *len);
/* The short error form: {"id","status":"fehler","fehler":{"code","feld","meldung"}}. id may be
 * NULL. */
WG_API const char *wg_json_kurz_fehler_schreiben(wg_json *j, const char *id, const wg_fehler *f, size_t *len);

/* Writes the result line of a record that could not be read (status "fehler"). id may be NULL. */
WG_API const char *wg_json_fehler_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_fehler *f, size_t *len);

/* Writes a household as a record (the inverse of wg_json_haushalt_lesen). */
WG_API const char *wg_json_haushalt_schreiben(wg_json *j, const wg_haushalt *h, size_t *len);

/* Running cases (wohngeld_fall.h, docs/laufende-faelle.md). A case record "wohngeld-fall/1" into f
 * (its lists and strings live in the reader until its next record); every error names the
 * field ("verlauf[1].ereignisse[0].art"). */
struct wg_fall;
struct wg_fall_ergebnis;
WG_API wg_status wg_json_fall_lesen(wg_json *j, const char *text, size_t len, struct wg_fall *f, wg_fehler *fe);
/* The result "wohngeld-fall-ergebnis/1" (an error: status "fehler" with code, feld, meldung). */
WG_API const char *wg_json_fall_ergebnis_schreiben(wg_json *j, const wg_engine *e, const struct wg_fall_ergebnis *r,
                                                   size_t *len);
/* The error record of a case that could not be read. id may be NULL. */
WG_API const char *wg_json_fall_fehler_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_fehler *f,
                                                 size_t *len);

/* Re-indents one compact JSON text for people (--pretty). Returns NULL when out of memory. */
/* A field path of a record ("mitglieder[1].einkommen[0].betrag_monat") in German words ("Einkommen
 * (Posten 1) von Mitglied 2") into aus (since 1.3); the path itself where no words are known. */
WG_API void wg_feld_in_worten(const char *pfad, char *aus, size_t n);
WG_API const char *wg_json_einruecken(wg_json *j, const char *text, size_t len, size_t *out_len);

#ifdef __cplusplus
}
#endif
#endif
