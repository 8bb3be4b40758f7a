/*
 * wohngeld_csv.h — household records and results as CSV (docs/csv.md), for data from authority
 * databases and for spreadsheets; part of the JSON edge (a wg_json holds the memory, as for
 * JSON, and everything returned stays valid until its next call).
 *
 * Input: one row per household member; the household columns are repeated on every row and the
 * rows of one household follow each other with the same `id`. Income items and maintenance
 * payments are numbered column groups (einkommen1_art, einkommen1_betrag_monat, …). The rows of
 * a household are turned into the household record of records.md (JSON) and read by the same
 * reader as JSON Lines, so every error has the same code and field path in both formats.
 * Separator `,` or `;` (trenn). Text cells are neutralised against spreadsheet formulas
 * (docs/csv.md) on writing, and the neutralisation is undone on reading.
 */
#ifndef WOHNGELD_CSV_H
#define WOHNGELD_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "wohngeld.h"
#include "wohngeld_json.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_CSV_MAX_SPALTEN 512

/* ---- reading ---- */

typedef struct wg_csv_kopf wg_csv_kopf;

/* Parses the header row; NULL with a German message when a column is unknown or doubled. */
WG_API wg_csv_kopf *wg_csv_kopf_lesen(const char *zeile, size_t len, char trenn, char *meldung, size_t meldung_len);
WG_API void wg_csv_kopf_frei(wg_csv_kopf *k);
/* The number of columns of the header. */
WG_API int wg_csv_spalten(const wg_csv_kopf *k);

/* Splits one row (RFC 4180) in place into fields; returns their number, -1 when it is not valid
 * CSV (a quote inside an unquoted cell, a NUL byte, invalid UTF-8), -2 when it has more than max
 * fields. A neutralised cell ('=…) is given back as written. */
WG_API int wg_csv_felder(char *text, size_t len, char trenn, char **felder, size_t *laengen, int max);

/* The id cell of a row, read only up to its column (so that a row broken further on still shows
 * whose it is), unquoted and un-neutralised, into id (kap bytes). False when the row has no
 * readable, non-empty id or it is longer than kap. */
WG_API bool wg_csv_zeile_id(const wg_csv_kopf *k, const char *text, size_t len, char trenn, char *id, size_t kap,
                            size_t *id_len);

/* Checks one row of a household (row number nr, for the message) and splits it in place into
 * felder/laengen (room for wg_csv_spalten + 1): valid CSV (else WG_E_JSON_UNGUELTIG), not more
 * cells than the header (WG_E_FELD_UNBEKANNT), not fewer (WG_E_FELD_FEHLT). */
WG_API wg_status wg_csv_zeile_pruefen(const wg_csv_kopf *k, char *text, size_t len, char trenn, unsigned long long nr,
                                      char **felder, size_t *laengen, wg_fehler *f);

/* The household record (JSON text, *len bytes) of the rows of one household, each split by
 * wg_csv_zeile_pruefen; NULL with f filled (e.g. household columns that differ between rows). */
WG_API const char *wg_csv_haushalt_lesen(wg_json *j, const wg_csv_kopf *k, char ***zeilen, size_t **laengen,
                                         size_t anzahl, size_t *len, wg_fehler *f);

/* The household of the rows of one household (each split by wg_csv_zeile_pruefen), read as
 * wg_json_teilhaushalt_lesen reads the record wg_csv_haushalt_lesen writes — the same household,
 * the same unknowns (*u, valid until the next call with j), the same errors — without writing
 * and reading that JSON text. The household's texts point into the rows or into j. */
WG_API wg_status wg_csv_teilhaushalt_lesen(wg_json *j, const wg_csv_kopf *k, char ***zeilen, size_t **laengen, size_t anzahl,
                                           wg_haushalt *h, const wg_unbekannt **u, size_t *anzahl_u, wg_fehler *f);

/* ---- writing (each returns the text with its line ending, *len bytes; NULL without memory) ---- */

/* The header of result rows, kurz or voll (docs/csv.md "Output"). */
WG_API const char *wg_csv_kopf_schreiben(wg_json *j, bool voll, char trenn, size_t *len);
/* One result row. */
WG_API const char *wg_csv_ergebnis_schreiben(wg_json *j, const wg_ergebnis *r, bool voll, char trenn, size_t *len);
/* The row of a record that could not be read (status fehler); id may be NULL. */
/* The result of a partial record (docs/vorpruefung.md § 6) as one row of the same columns. */
WG_API const char *wg_csv_spanne_schreiben(wg_json *j, const char *id, const wg_spanne *s, bool voll, char trenn, size_t *len);
WG_API const char *wg_csv_fehler_schreiben(wg_json *j, const char *id, const wg_fehler *f, bool voll, char trenn,
                                           size_t *len);
/* A household as CSV rows (one per member, with the header when kopf): at most five income items
 * and two payments per member fit; NULL otherwise. */
WG_API const char *wg_csv_haushalt_schreiben(wg_json *j, const wg_haushalt *h, bool kopf, char trenn, size_t *len);

#ifdef __cplusplus
}
#endif
#endif /* WOHNGELD_CSV_H */
