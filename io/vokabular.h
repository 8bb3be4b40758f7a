/*
 * vokabular.h — the words of the record format (docs/records.md), written once for every part of
 * the JSON and CSV edge that reads or writes them: the record reader (haushalt_json.c), the
 * record writer (haushalt_json_schreiben.c), the CSV columns (csv.c) and the result writer
 * (ergebnis_json.c). Field names are string-literal macros, so a reader's key comparison keeps a
 * length known at compile time; the spellings of enum values are tables indexed by the public
 * enums. The names of Einkunftsarten and Unterhaltsempfänger are the library's own
 * (wg_einkommensart_name, wg_unterhalt_empfaenger_name in calc/katalog.c).
 *
 * Exports: WGI_F_* (field names), wgi_wohnkosten_art_namen, wgi_zwischenrundung_namen,
 * wgi_ueber12_namen, wgi_wort_finden, wgi_haushalt_listen_da, wgi_feld_in_worten.
 */
#ifndef WGI_VOKABULAR_H
#define WGI_VOKABULAR_H

#include <stdbool.h>
#include <stddef.h>

struct wg_haushalt;
/* The lists of a household are there for their counts (members; each member's incomes and
 * payments): what a writer walks. A caller's household with a NULL list and a count is an
 * argument error, never a crash (docs/api.md "Arguments"). */
bool wgi_haushalt_listen_da(const struct wg_haushalt *h);
/* A field path of a partial record ("mitglieder[1].einkommen[0].betrag_monat") in German words for
 * a letter or a spreadsheet ("Einkommen (Posten 1) von Mitglied 2"); the path itself where no
 * words are known. */
void wgi_feld_in_worten(const char *pfad, char *aus, size_t n);

/* ---- field names of a household record ---- */
#define WGI_F_FORMAT "format"
#define WGI_F_ID "id"
#define WGI_F_STICHTAG "stichtag"
#define WGI_F_ZEITRAUM "zeitraum"
#define WGI_F_VON "von"
#define WGI_F_BIS "bis"
#define WGI_F_RECHTSSTAND "rechtsstand"
#define WGI_F_MIETENSTUFE "mietenstufe"
#define WGI_F_GEMEINDE "gemeinde"
#define WGI_F_WOHNKOSTEN "wohnkosten"
#define WGI_F_ART "art"
#define WGI_F_BETRAG_MONAT "betrag_monat"
#define WGI_F_BETRAG_JAHR "betrag_jahr"
#define WGI_F_ABZUEGE_MONAT "abzuege_monat"
#define WGI_F_PAUSCHALEN "pauschalen"
#define WGI_F_HEIZUNG_QM "heizung_qm"
#define WGI_F_WARMWASSER "warmwasser"
#define WGI_F_HAUSHALTSENERGIE "haushaltsenergie"
#define WGI_F_GARAGE "garage"
#define WGI_F_STELLPLATZ "stellplatz"
#define WGI_F_HEIMBEWOHNER "heimbewohner"
#define WGI_F_VERMOEGEN "vermoegen"
#define WGI_F_ALLEINERZIEHEND "alleinerziehend"
#define WGI_F_GESAMTEINKOMMEN_MONAT "gesamteinkommen_monat"
#define WGI_F_AUSLEGUNG "auslegung"
#define WGI_F_ZWISCHENRUNDUNG "zwischenrundung"
#define WGI_F_DECKELUNG_AUF_MIETE "deckelung_auf_miete"
#define WGI_F_UEBER_12_MITGLIEDER "ueber_12_mitglieder"
#define WGI_F_MINDESTMIETE_NACH_ENTLASTUNG "mindestmiete_nach_entlastung"
#define WGI_F_MITGLIEDER "mitglieder"
#define WGI_F_ZU_BERUECKSICHTIGEN "zu_beruecksichtigen"
#define WGI_F_AUSSCHLUSSGRUND "ausschlussgrund"
#define WGI_F_ALTER "alter"
#define WGI_F_GEBURTSDATUM "geburtsdatum"
#define WGI_F_KIND_EINES_MITGLIEDS "kind_eines_mitglieds"
#define WGI_F_ABZUG_STEUERN "abzug_steuern"
#define WGI_F_ABZUG_KRANKEN_PFLEGE "abzug_kranken_pflege"
#define WGI_F_ABZUG_RENTE "abzug_rente"
#define WGI_F_SCHWERBEHINDERT_PFLEGE "schwerbehindert_pflege"
#define WGI_F_NS_VERFOLGT "ns_verfolgt"
#define WGI_F_GRUNDRENTENZEITEN_33_JAHRE "grundrentenzeiten_33_jahre"
#define WGI_F_AUSBILDUNGSFOERDERUNG_DEM_GRUNDE_NACH "ausbildungsfoerderung_dem_grunde_nach"
#define WGI_F_JAHRESEINKOMMEN "jahreseinkommen"
#define WGI_F_EINKOMMEN "einkommen"
#define WGI_F_WERBUNGSKOSTEN_JAHR "werbungskosten_jahr"
#define WGI_F_PLUS "plus"
#define WGI_F_UNTERHALT_GEZAHLT "unterhalt_gezahlt"
#define WGI_F_EMPFAENGER "empfaenger"
#define WGI_F_TITULIERT "tituliert"

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
