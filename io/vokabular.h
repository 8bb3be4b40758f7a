/*
 * vokabular.h — the words of the record format (docs/records.md), written once for every part of
 * the JSON and CSV edge that reads or writes them: the record reader (haushalt_json.c), the
 * record writer (haushalt_json_schreiben.c), the CSV columns (csv.c) and the result writer
 * (ergebnis_json.c). Field names are string-literal macros, so a reader's key comparison keeps a
 * length known at compile time; the spellings of enum values are tables indexed by the public
 * enums. The names of Einkunftsarten and Unterhaltsempfänger are the library's own
 * (wg_einkommensart_name, wg_unterhalt_empfaenger_name in calc/katalog.c).
 *
 * Exports: wgi_wohnkosten_art_namen, wgi_zwischenrundung_namen,
 * wgi_ueber12_namen, wgi_wort_finden, wgi_haushalt_listen_da, wgi_feld_in_worten.
 */
#ifndef WGI_VOKABULAR_H
#define WGI_VOKABULAR_H

#include <stdbool.h>
#include <stddef.h>

#include "wohngeld_felder.h"

struct wg_haushalt;
/* The lists of a household are there for their counts (members; each member's incomes and
 * payments): what a writer walks. A caller's household with a NULL list and a count is an
 * argument error, never a crash (docs/api.md "Arguments"). */
bool wgi_haushalt_listen_da(const struct wg_haushalt *h);
/* A field path of a partial record ("mitglieder[1].einkommen[0].betrag_monat") in German words for
 * a letter or a spreadsheet ("Einkommen (Posten 1) von Mitglied 2"); the path itself where no
 * words are known. */
void wgi_feld_in_worten(const char *pfad, char *aus, size_t n);

/* ---- field names of a household record: include/wohngeld_felder.h (WG_F_*) ---- */

/* ---- spellings of enum values, indexed by the enum ---- */
/* wohnkosten.art: WG_MIETE, WG_BELASTUNG */
extern const char *const wgi_wohnkosten_art_namen[2];
/* auslegung.zwischenrundung: WG_RUNDUNG_KAUFMAENNISCH, WG_RUNDUNG_ABSCHNEIDEN */
extern const char *const wgi_zwischenrundung_namen[2];
/* auslegung.ueber_12_mitglieder: WG_UEBER12_WERTE_FUER_12, WG_UEBER12_TATSAECHLICHE_ZAHL */
extern const char *const wgi_ueber12_namen[2];

/* The index of s in namen[0 … anzahl − 1], or −1. */
int wgi_wort_finden(const char *const *namen, size_t anzahl, const char *s);

#endif
