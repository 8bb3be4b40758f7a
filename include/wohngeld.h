/*
 * wohngeld.h — public API of the Wohngeld engine.
 *
 * The engine computes the monthly Wohngeld of one household exactly as the Wohngeldgesetz
 * (WoGG) prescribes, for every legal state from 2016-01-01 on, and records every step of the
 * derivation. It works on plain C structs; JSON and files live in a separate module
 * (wohngeld_json.h) at the edge.
 *
 * Use in five steps:
 *
 *     wg_fehler f;
 *     wg_engine *e = wg_engine_oeffnen(&f);          // tables loaded once; share between threads
 *     wg_haushalt h; wg_haushalt_init(&h);           // fill the household (see below)
 *     wg_ergebnis *r = wg_ergebnis_neu();            // one result object, reusable
 *     if (wg_berechnen(e, &h, r, 0) == WG_OK) printf("%lld\n", (long long)wg_ergebnis_wohngeld_monat(r));
 *     wg_ergebnis_frei(r); wg_engine_schliessen(e);
 *
 * Ownership, stated once:
 *  - The caller owns every wg_haushalt, wg_mitglied, wg_einkommen and wg_unterhalt and every
 *    string they point to; the engine only reads them during wg_berechnen and keeps no pointer.
 *  - The engine owns nothing of the caller's. wg_engine_oeffnen allocates the engine, freed by
 *    wg_engine_schliessen. wg_ergebnis_neu allocates a result, freed by wg_ergebnis_frei; a result
 *    may be passed to wg_berechnen any number of times and then reuses its memory.
 *  - Every const char * returned by an accessor points into the result (or the engine, for
 *    table data) and stays valid until the next wg_berechnen with that result or its
 *    wg_ergebnis_frei (or wg_engine_schliessen).
 *
 * Threads: a wg_engine is immutable after wg_engine_oeffnen and may be used by any number of
 * threads at once. A wg_ergebnis must not be used by two threads at once. The library has no
 * global mutable state.
 *
 * Money: every amount in the input structs is an int64_t in euro CENTS (the input contract
 * allows at most two decimals). Results print exact decimals as strings.
 */
#ifndef WOHNGELD_H
#define WOHNGELD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Symbols of the shared library: only what is declared WG_API is exported. */
#if defined(WG_BAUEN) && defined(__GNUC__)
#define WG_API __attribute__((visibility("default")))
#else
#define WG_API
#endif

#define WG_VERSION "2.1.0"

/* ------------------------------------------------------------------------------------------ */
/* Error codes (records.md, "Result"). Stable; new codes are only ever added at the end.       */

typedef enum wg_status {
    WG_OK = 0,
    WG_E_JSON_UNGUELTIG,          /* json_ungueltig */
    WG_E_FORMAT_UNBEKANNT,        /* format_unbekannt */
    WG_E_FELD_FEHLT,              /* feld_fehlt */
    WG_E_TYP_FALSCH,              /* typ_falsch */
    WG_E_BETRAG_UNGUELTIG,        /* betrag_ungueltig */
    WG_E_BETRAG_NEGATIV,          /* betrag_negativ */
    WG_E_DATUM_UNGUELTIG,         /* datum_ungueltig */
    WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, /* rechtsstand_nicht_unterstuetzt */
    WG_E_RECHTSSTAND_UNBEKANNT,   /* rechtsstand_unbekannt */
    WG_E_MIETENSTUFE_UNGUELTIG,   /* mietenstufe_ungueltig */
    WG_E_GEMEINDE_UNBEKANNT,      /* gemeinde_unbekannt */
    WG_E_GEMEINDE_OHNE_LISTE,     /* gemeinde_ohne_liste */
    WG_E_ART_UNBEKANNT,           /* art_unbekannt */
    WG_E_WERT_UNGUELTIG,          /* wert_ungueltig */
    WG_E_FELD_KONFLIKT,           /* feld_konflikt */
    WG_E_FELD_UNBEKANNT,          /* feld_unbekannt: a key the record format does not define */
    WG_E_GRENZE,                  /* grenze_ueberschritten: a documented limit (docs/grenzen.md) */
    WG_E_SPEICHER,                /* speicher: out of memory */
    WG_E_TABELLE,                 /* tabelle_ungueltig: a table file could not be loaded */
    WG_E_ARGUMENT,                /* argument_ungueltig: API misuse (NULL pointer etc.) */
    WG_E_EA,                      /* ein_ausgabe: an I/O error */
    WG_E_GEMEINDE_UNGUELTIG,      /* gemeinde_ungueltig: not an 8-digit AGS */
    WG_E_SATZ_UNGUELTIG,          /* satz_ungueltig: a Satz damaged or not written by wg_satz_packen */
    /* since 1.1, screening on partial data (wohngeld_vorpruefung.h): */
    WG_E_INTERVALL_UNGUELTIG,     /* intervall_ungueltig: von above bis, or not an interval */
    WG_E_UNBEKANNT_UNZULAESSIG,   /* unbekannt_unzulaessig: an interval or "unbekannt" where the value must be known */
    WG_E_ZU_VIELE_UNBEKANNTE,     /* zu_viele_unbekannte: more unknowns than docs/grenzen.md allows */
    /* running cases (wohngeld_fall.h), appended with version 1.2 */
    WG_E_MITGLIED_UNBEKANNT,      /* mitglied_unbekannt: an event names a member id the household does not have */
    WG_E_VERLAUF_DATUM,           /* verlauf_datum: a history date before the application, after the BWZ, or out of order */
    WG_E_BEWILLIGUNGSZEITRAUM,    /* bewilligungszeitraum_unzulaessig: a BWZ the law of its period does not allow */
    /* appended with version 1.3 */
    WG_E_ABGEBROCHEN,             /* abgebrochen: the caller asked a running computation to stop (wg_vorpruefung_halt_setzen) */
    /* appended with version 2.1 (wohngeld_bescheid.h) */
    WG_E_BEHOERDE_UNVOLLSTAENDIG, /* behoerde_unvollstaendig: behoerde.json lacks a field a letter needs */
    WG_STATUS_ANZAHL
} wg_status;

/* Stable machine code ("betrag_ungueltig") and a short German description of a status. */
WG_API const char *wg_status_code(wg_status s);
WG_API const char *wg_status_text(wg_status s);

/* An error with the field it concerns, e.g. feld "mitglieder[1].einkommen[0].betrag_monat". */
typedef struct wg_fehler {
    wg_status code;
    char feld[128];
    char meldung[256];
} wg_fehler;

/* ------------------------------------------------------------------------------------------ */
/* The household (records.md, "Household record"). Fill with the *_init functions first.     */

typedef enum wg_einkommensart {
    WG_ART_ARBEITSLOHN = 0,   /* wages, § 19 EStG */
    WG_ART_MINIJOB_PAUSCHAL,  /* § 40a EStG flat-taxed wage */
    WG_ART_RENTE,             /* pension, § 22 EStG incl. tax-free part */
    WG_ART_VERSORGUNGSBEZUG,  /* civil-servant pension */
    WG_ART_SELBSTAENDIG,
    WG_ART_GEWERBE,
    WG_ART_LAND_FORST,
    WG_ART_VERMIETUNG,
    WG_ART_KAPITAL,
    WG_ART_LOHNERSATZ,        /* § 32b EStG: ALG I, Krankengeld, … */
    WG_ART_ELTERNGELD,
    WG_ART_UNTERHALTSVORSCHUSS,
    WG_ART_UNTERHALT_ERHALTEN,
    WG_ART_BAFOEG_ZUSCHUSS,
    WG_ART_KINDERGELD,
    WG_ART_SONSTIGES_ANRECHENBAR,
    WG_ART_ANZAHL
} wg_einkommensart;

/* The record name of an Einkunftsart ("arbeitslohn"), and back (-1 when unknown). */
WG_API const char *wg_einkommensart_name(wg_einkommensart a);
WG_API int wg_einkommensart_aus_name(const char *name);

typedef struct wg_datum { int jahr, monat, tag; } wg_datum;

typedef struct wg_einkommen {
    wg_einkommensart art;
    int64_t betrag_cent;             /* the amount */
    bool jaehrlich;                  /* true: betrag_jahr, false: betrag_monat */
    bool hat_werbungskosten;
    int64_t werbungskosten_jahr_cent;/* actual costs per year, when hat_werbungskosten */
    bool plus;                       /* Elterngeld: ElterngeldPlus */
} wg_einkommen;

typedef enum wg_unterhalt_empfaenger {
    WG_UNTERHALT_AUSWAERTS_AUSBILDUNG = 0, /* § 18 Satz 1 Nr. 1 */
    WG_UNTERHALT_KIND_WECHSELMODELL,       /* § 18 Satz 1 Nr. 2 */
    WG_UNTERHALT_EHEGATTE_GETRENNT,        /* § 18 Satz 1 Nr. 3 */
    WG_UNTERHALT_SONSTIGE,                 /* § 18 Satz 1 Nr. 4 */
    WG_UNTERHALT_ANZAHL
} wg_unterhalt_empfaenger;

WG_API const char *wg_unterhalt_empfaenger_name(wg_unterhalt_empfaenger e);

typedef struct wg_unterhalt {
    wg_unterhalt_empfaenger empfaenger;
    int64_t betrag_cent;
    bool jaehrlich;
    bool tituliert;                  /* notarial agreement, title or decision: full amount */
} wg_unterhalt;

typedef struct wg_mitglied {
    const char *id;                  /* optional, echoed in the derivation */
    bool zu_beruecksichtigen;        /* default true; false = excluded under §§ 7, 8 */
    const char *ausschlussgrund;      /* optional */
    int alter;                       /* age in years at the Stichtag; -1 = not given */
    bool hat_geburtsdatum;           /* when set, the age is computed for every month from it */
    wg_datum geburtsdatum;
    bool kind_eines_mitglieds;       /* § 17 Nr. 4 */
    bool abzug_steuern;              /* § 16 Abs. 1 Nr. 1 */
    bool abzug_kranken_pflege;       /* § 16 Abs. 1 Nr. 2 */
    bool abzug_rente;                /* § 16 Abs. 1 Nr. 3 */
    bool schwerbehindert_pflege;     /* § 17 Nr. 1 */
    bool ns_verfolgt;                /* § 17 Nr. 2 */
    bool grundrentenzeiten_33_jahre; /* § 17a */
    bool ausbildungsfoerderung_dem_grunde_nach; /* § 20 Abs. 2 */
    bool hat_jahreseinkommen;        /* a § 14 Jahreseinkommen (after § 16) already determined */
    int64_t jahreseinkommen_cent;
    const wg_einkommen *einkommen;   size_t anzahl_einkommen;
    const wg_unterhalt *unterhalt;   size_t anzahl_unterhalt;
} wg_mitglied;

typedef enum wg_wohnkosten_art { WG_MIETE = 0, WG_BELASTUNG = 1 } wg_wohnkosten_art;

/* WoGV § 6 Abs. 2 flat deductions when the rent includes these costs. */
typedef struct wg_pauschalen {
    bool heizung;                    /* heizung_qm given */
    int64_t heizung_qm_hundertstel;  /* living space in 1/100 m² */
    bool warmwasser, haushaltsenergie, garage, stellplatz;
} wg_pauschalen;

typedef enum wg_zwischenrundung { WG_RUNDUNG_KAUFMAENNISCH = 0, WG_RUNDUNG_ABSCHNEIDEN = 1 } wg_zwischenrundung;
typedef enum wg_ueber_12 { WG_UEBER12_WERTE_FUER_12 = 0, WG_UEBER12_TATSAECHLICHE_ZAHL = 1 } wg_ueber_12;

/* The interpretation switches (records.md, docs/auslegung.md). wg_haushalt_init sets the defaults. */
typedef struct wg_auslegung {
    wg_zwischenrundung zwischenrundung;      /* default: kaufmaennisch */
    bool deckelung_auf_miete;                /* default: false */
    wg_ueber_12 ueber_12_mitglieder;         /* default: werte_fuer_12 */
    bool mindestmiete_nach_entlastung;       /* default: true */
} wg_auslegung;

typedef struct wg_haushalt {
    const char *id;                  /* optional, echoed */
    wg_datum stichtag;               /* selects the Rechtsstand */
    bool hat_zeitraum;               /* a Bewilligungszeitraum instead of the stichtag: every month */
    int von_jahr, von_monat, bis_jahr, bis_monat;
    const char *rechtsstand;         /* optional: force a table set ("2025"); NULL = by date */
    int mietenstufe;                 /* 1–7 (§ 12 Abs. 5); 0 = look up `gemeinde` */
    const char *gemeinde;            /* 8-digit AGS, used when mietenstufe is 0 */
    bool hat_wohnkosten;
    wg_wohnkosten_art wohnkosten_art;
    int64_t wohnkosten_cent;         /* Bruttokaltmiete (§ 9) or Belastung (§ 10) per month */
    int64_t abzuege_cent;            /* § 11 Abs. 2 deductions already determined, per month */
    wg_pauschalen pauschalen;
    bool heimbewohner;               /* § 9 Abs. 3 */
    bool hat_vermoegen;
    int64_t vermoegen_cent;          /* verwertbares Vermögen, § 21 Nr. 3 */
    bool alleinerziehend;            /* § 17 Nr. 3 */
    const wg_mitglied *mitglieder;   size_t anzahl_mitglieder;
    bool hat_gesamteinkommen;        /* Y already determined elsewhere */
    int64_t gesamteinkommen_monat_cent;
    wg_auslegung auslegung;
} wg_haushalt;

WG_API void wg_haushalt_init(wg_haushalt *h);
WG_API void wg_mitglied_init(wg_mitglied *m);
WG_API void wg_einkommen_init(wg_einkommen *e);
WG_API void wg_auslegung_init(wg_auslegung *a);

/* Limits of one household (docs/grenzen.md); beyond them wg_berechnen reports WG_E_GRENZE. */
#define WG_MAX_MITGLIEDER 100
#define WG_MAX_EINKOMMEN 50          /* income items per member */
#define WG_MAX_UNTERHALT 20          /* § 18 payments per member */
#define WG_MAX_BETRAG_CENT 100000000000LL /* 10^9 EUR, any single money value */
#define WG_MAX_MONATE 120            /* months of one Bewilligungszeitraum */

/* ------------------------------------------------------------------------------------------ */
/* The engine: the statutory tables, loaded once.                                              */

typedef struct wg_engine wg_engine;

/* Opens the engine with the tables compiled into the library. NULL on failure (f filled). */
WG_API wg_engine *wg_engine_oeffnen(wg_fehler *f);
/* Opens the engine with table texts given by the caller (same format as tables/ *.tab), e.g.
 * to test an override; `name` of each text is used in error messages. */
WG_API wg_engine *wg_engine_oeffnen_texte(const char *const *texte, const char *const *namen, size_t anzahl,
                                   wg_fehler *f);
WG_API void wg_engine_schliessen(wg_engine *e);

/* The share of the need at Bürgergeld level, in percent (1–1000, default 100), below which a
 * result carries the hint einkommen_unter_bedarf (docs/vorpruefung.md § 5) — the tolerance an
 * authority applies, e.g. 80. Call before the engine is shared between threads (since 1.1). */
WG_API wg_status wg_engine_bedarfsanteil_setzen(wg_engine *e, int prozent);

/* "sha256:…" over all table texts the engine was opened with. */
WG_API const char *wg_engine_tabellen_pruefsumme(const wg_engine *e);
WG_API const char *wg_version(void);

/* The Mietenstufe of a Gemeinde (§ 12 Abs. 3–5 WoGG, WoGV Anlage), as wg_berechnen finds it. */
typedef struct wg_ort_info {
    const char *ags;        /* the matched row's key: 8 digits, 5 for a Kreis, "" in a names-only list */
    const char *name, *land;
    const char *art;        /* "gemeinde", "kreis", "insel" */
    int mietenstufe;
    const char *liste;      /* list id, e.g. "2023" */
    const char *quelle;     /* legal source of the list */
    const char *wie;        /* how the row was found (German) */
} wg_ort_info;

/* Looks up an 8-digit AGS for a Stichtag; rechtsstand NULL = by date, or a scenario id. */
WG_API wg_status wg_mietenstufe_nachschlagen(const wg_engine *e, const char *ags, wg_datum stichtag, const char *rechtsstand,
                                      wg_ort_info *info, wg_fehler *f);
/* Calls fn for every row of the list valid at stichtag whose name contains `teil` (letters
 * compared without case, ä ö ü ß as ae oe ue ss: "muenchen" finds München). Returns the number
 * of rows found. */
WG_API size_t wg_orte_suchen(const wg_engine *e, const char *teil, wg_datum stichtag, void (*fn)(const wg_ort_info *, void *),
                      void *kontext);

/* ------------------------------------------------------------------------------------------ */
/* Computing                                                                                   */

typedef struct wg_ergebnis wg_ergebnis;

WG_API wg_ergebnis *wg_ergebnis_neu(void);
WG_API void wg_ergebnis_frei(wg_ergebnis *r);

/* Options for wg_berechnen. */
#define WG_OHNE_SCHRITTE 1u  /* skip the text of herleitung.schritte (faster bulk runs) */
/* Only what a bulk run reads: status (with field and message on error), anspruch,
 * wohngeld_monat, grund, Rechtsstand, n/n_gesamt/n_tab/n_kap, Mietenstufe, hints, and for a
 * zeitraum the months and summe. No derivation values (wg_ergebnis_wert returns NULL) and no
 * steps. The same rules on the same tables, about three times faster than WG_OHNE_SCHRITTE
 * (calc/nur_betrag.c; docs/api.md); the amounts are identical to a computation without it. */
#define WG_NUR_BETRAG 2u

/* Computes the household into r. Returns WG_OK when the household was assessed (with or
 * without a claim), else the error code (also in wg_ergebnis_status(r), with field and message).
 * Only WG_E_SPEICHER and WG_E_ARGUMENT are not about the household. */
WG_API wg_status wg_berechnen(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);

/* ------------------------------------------------------------------------------------------ */
/* Reading a result                                                                            */

typedef enum wg_grund {
    WG_GRUND_KEINER = 0,
    WG_GRUND_UNTER_MINDESTBETRAG,   /* § 21 Nr. 1 */
    WG_GRUND_ALLE_AUSGESCHLOSSEN,   /* § 21 Nr. 2 */
    WG_GRUND_VERMOEGEN,             /* § 21 Nr. 3 */
    WG_GRUND_AUSBILDUNGSFOERDERUNG  /* § 20 Abs. 2 */
} wg_grund;

WG_API const char *wg_grund_code(wg_grund g);
WG_API const char *wg_grund_text(wg_grund g);

WG_API wg_status wg_ergebnis_status(const wg_ergebnis *r);
WG_API const wg_fehler *wg_ergebnis_fehler(const wg_ergebnis *r);   /* NULL when status is WG_OK */
WG_API const char *wg_ergebnis_id(const wg_ergebnis *r);            /* "" when none */
WG_API bool wg_ergebnis_anspruch(const wg_ergebnis *r);
WG_API int64_t wg_ergebnis_wohngeld_monat(const wg_ergebnis *r);    /* whole euros, 0 without claim */
WG_API wg_grund wg_ergebnis_grund(const wg_ergebnis *r);

typedef struct wg_rechtsstand_info {
    const char *id;       /* "2025" */
    const char *name;
    const char *gilt_ab;  /* "2025-01-01" */
    const char *gilt_bis; /* "2026-12-31" or "" when open */
    const char *quelle;   /* "BGBl. 2024 I Nr. 314" */
    /* since 1.0 (the struct is only ever handed out by the library): */
    const char *datei;    /* the table file it was read from ("tables/p2025.tab") */
    bool szenario;        /* an unenacted draft, never chosen by date */
} wg_rechtsstand_info;
WG_API const wg_rechtsstand_info *wg_ergebnis_rechtsstand(const wg_ergebnis *r); /* NULL on error */
/* The Rechtsstände (legal periods and scenarios) the engine's tables hold, in table order, and
 * one by its id ("2025", "2027-entwurf"); NULL when the engine does not know it. */
WG_API size_t wg_engine_anzahl_rechtsstaende(const wg_engine *e);
WG_API const wg_rechtsstand_info *wg_engine_rechtsstand_nr(const wg_engine *e, size_t i);
WG_API const wg_rechtsstand_info *wg_engine_rechtsstand(const wg_engine *e, const char *id);

/* ---- the tables as values: what a Rechtsstand holds, for people and auditors ---- */
/* One value of the statutory tables with its unit, scale and source (docs/api.md "Tables").
 * All strings live in the engine. */
typedef struct wg_tabellenwert {
    const char *name;     /* as in the table file: "mindestbetrag", "a", "hoechstbetrag", "M_min" … */
    const char *tabelle;  /* "" for a single value, else its table: "abc", "minima",
                             "hoechstbetraege", "heizkosten", "klimakomponente", and for
                             wg_jahreswerte "arbeitnehmer_pauschbetrag_jahr", "regelbedarfsstufe_1" */
    const char *zeile;    /* where in the table: "n=3", "Mietenstufe IV, 2 Mitglieder", "Mehrbetrag",
                             a year; "" for a single value */
    const char *wert;     /* the exact value as a decimal with a point: "1.15", "0.0004797", "372.00" */
    const char *einheit;  /* "EUR monatlich", "EUR jährlich", "EUR je m² monatlich", "Prozent",
                             "Faktor", "Koeffizient", "Jahre", "Mitglieder", "Schalter" */
    int stellen;          /* decimals of the engine's exact scale: 4 (EUR in 1/10 000), 10, or 0 */
    const char *quelle;   /* the legal source written beside it in the table file */
} wg_tabellenwert;
/* Every value of the Rechtsstand id, in table order; 0 (and *werte NULL) for an unknown id. The
 * values hold for the Rechtsstand's validity (wg_engine_rechtsstand). */
WG_API size_t wg_rechtsstand_werte(const wg_engine *e, const char *id, const wg_tabellenwert **werte);
/* The values of other laws that follow the calendar year (jahreswerte.tab): the
 * Arbeitnehmer-Pauschbetrag and Regelbedarfsstufe 1, one per year. */
WG_API size_t wg_jahreswerte(const wg_engine *e, const wg_tabellenwert **werte);
/* The Mietenstufen lists of the WoGV the engine holds. */
typedef struct wg_liste_info {
    const char *id, *gilt_ab, *gilt_bis; /* gilt_bis "" = open */
    const char *szenario;                /* "" = enacted, else the Rechtsstand of the draft it serves */
    const char *quelle;
    size_t eintraege;
} wg_liste_info;
WG_API size_t wg_engine_anzahl_listen(const wg_engine *e);
WG_API const wg_liste_info *wg_engine_liste(const wg_engine *e, size_t i);
/* The table files compiled into the library, by name ("tables/p2016.tab" …): the names an
 * override directory for wg_engine_oeffnen_texte uses. NULL past the last. */
WG_API const char *wg_eingebaute_tabelle(size_t i);
WG_API const wg_auslegung *wg_ergebnis_auslegung(const wg_ergebnis *r);

/* Numeric derivation values (records.md "herleitung"), as exact decimal strings, or NULL when
 * the value does not apply to this result (e.g. no M after § 21 Nr. 2). */
typedef enum wg_wert {
    WG_W_ANTEIL = 0,            /* "n/n_gesamt" */
    WG_W_HOECHSTBETRAG,         /* (H + K) × anteil */
    WG_W_HOECHSTBETRAG_TABELLE, /* H */
    WG_W_KLIMAKOMPONENTE,       /* K × anteil */
    WG_W_HEIZKOSTEN_ENTLASTUNG, /* E × anteil */
    WG_W_MIETE,                 /* R: rent or Belastung after § 11 Abs. 2 and WoGV § 6 */
    WG_W_M, WG_W_Y, WG_W_M_MIN, WG_W_Y_MIN, WG_W_M_FORMEL, WG_W_Y_FORMEL,
    WG_W_A, WG_W_B, WG_W_C,
    WG_W_Z1, WG_W_Z2, WG_W_Z3, WG_W_Z4,
    WG_W_WOHNGELD_GERUNDET,     /* W after rounding, before caps and § 19 Abs. 3 */
    WG_W_WOHNGELD_GEDECKELT,    /* after a cap at M, when one applied */
    WG_W_ZUSCHLAG_UEBER_12,     /* § 19 Abs. 3 addition */
    WG_W_SCHWELLE,              /* § 21 Nr. 1 threshold */
    WG_W_GESAMTEINKOMMEN_JAHR,
    WG_W_VERMOEGENSGRENZE,      /* § 21 Nr. 3 limit, when vermoegen was given */
    WG_W_GEMEINDE,              /* the AGS looked up */
    WG_W_GEMEINDE_ZEILE,        /* the row that gave the Mietenstufe: "gemeinde 04011000" / "kreis 14729" */
    WG_W_GEMEINDE_NAME,         /* its name in the list */
    WG_W_MIETENSTUFENLISTE,     /* the list used ("2023") */
    WG_W_ANZAHL
} wg_wert;

WG_API const char *wg_wert_name(wg_wert w);                       /* "hoechstbetrag", "M", … */
WG_API const char *wg_ergebnis_wert(const wg_ergebnis *r, wg_wert w);

/* The basis of the award a Bewilligungsbescheid must state (§ 24 Abs. 3 Satz 1 WoGG) and the
 * reporting limits of § 27 Abs. 3 as amounts (since 2.1; docs/bescheide.md § 3). Set by a full
 * computation (not WG_NUR_BETRAG) that reached the income; for a zeitraum: of its first month. */
typedef struct wg_bezug {
    bool miete_gesetzt;              /* false: the record gives no wohnkosten */
    int64_t miete_monat_cent;        /* M_B: the monthly § 9 rent or § 10 Belastung of the record */
    int64_t miete_unter_cent;        /* the largest rent more than `prozent` % below M_B: a rent at
                                        or below it must be reported (§ 27 Abs. 3 Nr. 2); -1 none */
    bool einkuenfte_gesetzt;         /* false: a member's Jahreseinkommen or the Gesamteinkommen was
                                        given, so the sum before § 16 is not known */
    int64_t einkuenfte_monat_cent;   /* G_B: the sum of monthly positive Einkünfte (§ 14 Abs. 1) and
                                        Einnahmen (§ 14 Abs. 2) of the counted members before
                                        §§ 16–18, the yearly sum / 12 rounded half up to the cent */
    int64_t einkuenfte_ueber_cent;   /* the smallest monthly sum more than `prozent` % above the exact
                                        G_B: a sum at or above it must be reported (Nr. 3) */
    int prozent;                     /* p of § 27 Abs. 3 in the period (15) */
} wg_bezug;
/* Fills b; WG_E_ARGUMENT when r holds no such values (an error, WG_NUR_BETRAG, or a household
 * stopped before its income). */
WG_API wg_status wg_ergebnis_bezug(const wg_ergebnis *r, wg_bezug *b);

/* Household sizes: n, n_gesamt, n_tab, n_kap; and the Mietenstufe used. -1 when not set. */
WG_API int wg_ergebnis_n(const wg_ergebnis *r);
WG_API int wg_ergebnis_n_gesamt(const wg_ergebnis *r);
WG_API int wg_ergebnis_n_tab(const wg_ergebnis *r);
WG_API int wg_ergebnis_n_kap(const wg_ergebnis *r);
WG_API int wg_ergebnis_mietenstufe(const wg_ergebnis *r);

/* One step of the derivation: the rule (paragraph), what was done (text), its value (wert). */
typedef struct wg_schritt {
    const char *paragraph;
    const char *text;
    const char *wert;
} wg_schritt;
WG_API size_t wg_ergebnis_anzahl_schritte(const wg_ergebnis *r);
WG_API const wg_schritt *wg_ergebnis_schritt(const wg_ergebnis *r, size_t i);

/* A Bewilligungszeitraum (records.md "zeitraum"): every month with its amount and Rechtsstand,
 * and runs of equal Rechtsstand and amount. The top-level values of the result describe the
 * first month. */
typedef struct wg_monat {
    int jahr, monat;
    const char *rechtsstand;        /* id */
    bool anspruch;
    int64_t wohngeld_monat;
    wg_grund grund;
    const char *M, *Y, *z1, *z2, *z3, *z4; /* NULL when not computed (no claim before the formula) */
} wg_monat;
typedef struct wg_abschnitt {
    int von_jahr, von_monat, bis_jahr, bis_monat;
    const char *rechtsstand;
    int64_t wohngeld_monat;
} wg_abschnitt;
WG_API bool wg_ergebnis_hat_zeitraum(const wg_ergebnis *r);
WG_API size_t wg_ergebnis_anzahl_monate(const wg_ergebnis *r);
WG_API const wg_monat *wg_ergebnis_monat(const wg_ergebnis *r, size_t i);
WG_API size_t wg_ergebnis_anzahl_abschnitte(const wg_ergebnis *r);
WG_API const wg_abschnitt *wg_ergebnis_abschnitt(const wg_ergebnis *r, size_t i);
WG_API int64_t wg_ergebnis_summe(const wg_ergebnis *r);       /* total over the months */

typedef struct wg_hinweis { const char *code; const char *text; } wg_hinweis;
WG_API size_t wg_ergebnis_anzahl_hinweise(const wg_ergebnis *r);
WG_API const wg_hinweis *wg_ergebnis_hinweis(const wg_ergebnis *r, size_t i);
/* The code of hint i alone (since 1.1; a bulk run that prints codes need not have the texts
 * formatted); NULL past the last. */
WG_API const char *wg_ergebnis_hinweis_code(const wg_ergebnis *r, size_t i);

/* ------------------------------------------------------------------------------------------ */
/* Bulk runs: a household checked once, kept compact, computed many times (docs/api.md "Satz") */

/* What a bulk run reads of one computed Satz: the amount and its frame, nothing of the
 * derivation. */
typedef struct wg_kurz {
    wg_status status;                         /* WG_OK, or why this engine cannot compute the Satz */
    bool anspruch;
    int64_t wohngeld_monat;                   /* whole euros, 0 without claim */
    wg_grund grund;
    const wg_rechtsstand_info *rechtsstand;   /* into the engine */
    int mietenstufe, n, n_gesamt, n_tab, n_kap;
    bool rechtsstand_ungesichert;             /* the hint rechtsstand_ungesichert applies */
} wg_kurz;

/* Checks h as wg_berechnen does and writes it into puffer as a Satz: a compact, pointer-free
 * copy of the input values (no rule applied yet) of typically 150–250 bytes. puffer must be
 * aligned to 8 bytes (as malloc returns). Returns the Satz's length in bytes (a multiple of 8);
 * the Satz is written only when that is at most kap, else puffer stays untouched, so a call
 * with kap 0 (or puffer NULL) asks for the size. Returns 0 when the household is not for a Satz (puffer's
 * content is then unspecified): every invalid record, a zeitraum, a forced rechtsstand, a
 * Gemeinde not in the list, a Gemeinde given together with a mietenstufe — wg_berechnen then
 * gives the error or the result. The Satz holds no pointer into h; h may be freed afterwards. */
WG_API size_t wg_satz_packen(const wg_engine *e, const wg_haushalt *h, void *puffer, size_t kap);
/* The length of a Satz written by wg_satz_packen (to step through Sätze stored back to back).
 * It reads the Satz's first 4 bytes: satz must point to a Satz (0 for NULL). For a buffer whose
 * content is not known to be a Satz, use wg_satz_laenge_in. */
WG_API size_t wg_satz_laenge(const void *satz);
/* The same, reading nothing beyond the verfuegbar bytes at puffer (since 1.3): 0 when they cannot
 * hold a Satz's head, or the length found there is smaller than the head or larger than what is
 * available. */
WG_API size_t wg_satz_laenge_in(const void *puffer, size_t verfuegbar);
/* Computes a Satz as wg_berechnen(…, WG_NUR_BETRAG) computes its household: the same amounts.
 * laenge is the number of bytes readable at satz (a Satz from a file or another process is
 * checked against it: its length, every count, flag, date and amount must be as
 * wg_satz_packen writes them, else WG_E_SATZ_UNGUELTIG and nothing beyond laenge is read).
 * Use the engine the Satz was packed with (another engine's tables may lack its Rechtsstand or
 * Gemeinde: status says so). Thread-safe; writes only *aus. Returns aus->status. */
WG_API wg_status wg_satz_berechnen(const wg_engine *e, const void *satz, size_t laenge, wg_kurz *aus);

#ifdef __cplusplus
}
#endif
#endif /* WOHNGELD_H */
