/*
 * csv.h — household records and results as CSV (docs/csv.md), for data from authority databases.
 *
 * Input: one row per household member; the household columns are repeated on every row and the
 * rows of one household follow each other with the same `id`. Income items and maintenance
 * payments are numbered column groups (einkommen1_art, einkommen1_betrag_monat, …). A group of
 * rows is turned into the household record of records.md (JSON) and read by the same reader as
 * JSON Lines, so every error has the same code and field path in both formats.
 */
#ifndef WG_CSV_H
#define WG_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "puffer.h"
#include "wohngeld.h"

#define WG_CSV_MAX_SPALTEN 512

typedef struct wg_csv_kopf wg_csv_kopf;

/* Parses the header row; NULL with a message when a column is unknown or doubled. */
wg_csv_kopf *wg_csv_kopf_lesen(const char *zeile, size_t len, char trenn, char *meldung, size_t meldung_len);
void wg_csv_kopf_frei(wg_csv_kopf *k);
/* The column index of `id`. */
int wg_csv_id_spalte(const wg_csv_kopf *k);
/* The number of columns of the header. */
int wg_csv_spalten(const wg_csv_kopf *k);

/* Splits one CSV record (RFC 4180, separator trenn) in place into fields; returns their number,
 * -1 when it is not valid CSV (quotes, NUL byte, invalid UTF-8), -2 when it has more than max
 * fields. A cell neutralised against formula injection ('=…) is given back as written. */
int wg_csv_felder(char *text, size_t len, char trenn, char **felder, size_t *laengen, int max);
/* Undoes the neutralisation of one cell in place (docs/csv.md); returns the new length. */
size_t wg_csv_entschaerfung_aufheben(char *s, size_t n);

/* Turns the rows of one household (fields already split) into a record (JSON text) in out.
 * Returns WG_OK, or an error with f filled (e.g. differing household columns). */
wg_status wg_csv_haushalt(const wg_csv_kopf *k, char ***zeilen, size_t **laengen, size_t anzahl, wg_puffer *out,
                          wg_fehler *f);

/* Result rows: the header for kurz or voll, and one result (docs/csv.md "Output"). */
void wg_csv_ergebnis_kopf(wg_puffer *p, bool voll, char trenn);
void wg_csv_ergebnis(wg_puffer *p, const wg_ergebnis *r, bool voll, char trenn);
void wg_csv_fehler(wg_puffer *p, const char *id, const wg_fehler *f, bool voll, char trenn);
/* A household as CSV rows (the inverse, for tests and conversions); with header when kopf. */
void wg_csv_haushalt_schreiben(wg_puffer *p, const wg_haushalt *h, bool kopf, char trenn);

#endif
