/*
 * bescheid_intern.h — the letter model shared by the files of bescheid/: what a decision says
 * (bs_brief), made once by the builders (bescheid_haushalt.c, bescheid_einladung.c,
 * bescheid_fall.c) and written twice (bescheid_json.c, bescheid_html.c). Builders copy every
 * number from the engine's results; the writers only format.
 *
 * Exports: the arena (bs_neu, bs_kopie, bs_text), the authority file (behoerde.c: bs_k_*),
 * the calendar of letters (kalender.c), German money and dates (bs_euro, bs_datum_text), and the
 * builders and writers below.
 */
#ifndef WGI_BESCHEID_INTERN_H
#define WGI_BESCHEID_INTERN_H

#include "json.h"
#include "puffer.h"
#include "wohngeld_bescheid.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

#include <stdarg.h>

#define BS_MAX_BRIEFE 24        /* decisions of one record (a case: each decision, its hearing) */
#define BS_MAX_ABSAETZE 64
#define BS_MAX_ANLAGEN 16
#define BS_MAX_KONFIG 40

/* One paragraph of a letter: a heading (may be ""), its German text, the norm it rests on. */
typedef struct bs_absatz { const char *titel, *text, *norm; } bs_absatz_t;
typedef struct bs_schritt { const char *paragraph, *text, *wert; } bs_schritt;
/* The calculation annex of one section (§ 35 Abs. 1 SGB X: the Begründung). */
typedef struct bs_anlage {
    const char *titel, *rechtsstand, *rechtsstand_quelle;
    int64_t wohngeld_monat;
    const bs_schritt *schritte; size_t anzahl;
} bs_anlage;
typedef struct bs_monat_geld { int jahr, monat; int64_t gezahlt, zusteht, differenz; } bs_monat_geld;
typedef struct bs_grund { const char *code, *norm, *text; } bs_grund;
typedef struct bs_abgelehnt { wg_datum von, bis; const char *grund, *norm; } bs_abgelehnt;
typedef struct bs_schwelle { const char *feld, *text; bool ab; int64_t cent; } bs_schwelle;
typedef struct bs_fehlt { const char *feld, *unterlage; } bs_fehlt;

typedef struct bs_brief {
    wg_bescheid_info info;
    int nummer;                              /* 1 … within the record */
    const char *betreff;
    const char *tenor_text;                  /* the operative sentences ("" for a hearing or invitation) */
    wg_tenor_zeile *tenor;                   /* info.tenor */
    bs_abgelehnt *abgelehnt; size_t anzahl_abgelehnt;
    bool bezug, miete_gesetzt, einkuenfte_gesetzt;
    int64_t miete_monat, einkuenfte_monat, miete_unter, einkuenfte_ueber;
    int prozent;
    /* Erstattung (§ 50 SGB X) */
    bool erstattung;
    int64_t ueberzahlung;
    bs_monat_geld *monate; size_t anzahl_monate;
    const char *const *schuldner; size_t anzahl_schuldner;
    wg_datum faellig;
    /* the hearing */
    bool hat_frist;
    wg_datum frist;
    int frist_tage;
    /* the invitation */
    bool einladung;
    int64_t wohngeld_min, wohngeld_max;
    bs_schwelle *schwellen; size_t anzahl_schwellen;
    bs_fehlt *fehlt; size_t anzahl_fehlt;
    /* dates */
    wg_datum datum, bekanntgabe, wirksam;
    bool hat_wirksam;
    const char *rechtsweg;                   /* the legal path of a change */
    bs_absatz_t absatz[BS_MAX_ABSAETZE]; size_t anzahl_absaetze;
    bs_anlage anlage[BS_MAX_ANLAGEN]; size_t anzahl_anlagen;
    bs_grund *gruende; size_t anzahl_gruende;  /* info.anzahl_aussteuerung */
    bool belehrung;                          /* carries the Rechtsbehelfsbelehrung (a decision) */
    const char *konfig[BS_MAX_KONFIG]; size_t anzahl_konfig;
} bs_brief;

typedef struct bs_block bs_block;

struct wg_bescheide {
    /* engine objects, reused */
    wg_json *j;
    j_leser *leser;
    wg_ergebnis *r, *r2;
    wg_vorpruefung *v;
    wg_fall_ergebnis *fr;
    /* this record */
    wg_fehler fehler;
    const char *id;
    const char *empf_name, *empf_aktenzeichen;
    const char *empf_anschrift[6]; size_t empf_zeilen;
    bool leistung_belastung;                 /* Lastenzuschuss (§ 3 Abs. 2) */
    bs_brief brief[BS_MAX_BRIEFE];
    size_t anzahl;
    const wg_behoerde *k;
    const char *k_fehlt;                     /* the first behoerde field a letter lacked */
    bool speicher_fehlt;                     /* an allocation failed: the record ends in WG_E_SPEICHER,
                                                never in a letter with a gap */
    /* memory of this record */
    bs_block *bloecke, *aktuell;
    wgi_puffer aus;
};

/* ---- arena: memory for one record, released by the next ---- */
void *bs_neu(wg_bescheide *b, size_t groesse);
const char *bs_kopie(wg_bescheide *b, const char *s);
const char *bs_text(wg_bescheide *b, const char *format, ...) __attribute__((format(printf, 2, 3)));
void bs_arena_leeren(wg_bescheide *b);
void bs_arena_frei(wg_bescheide *b);

/* ---- the authority (behoerde.c): values by path ("rechtsbehelf.stelle"); a letter that needs
 * a value asks with bs_k_muss (records the path among the fields used, and the first missing). */
const char *bs_k_text(const wg_behoerde *k, const char *pfad);           /* NULL: absent */
bool bs_k_zahl(const wg_behoerde *k, const char *pfad, long *aus);
bool bs_k_wahr(const wg_behoerde *k, const char *pfad, bool vorgabe);
const j_wert *bs_k_wert(const wg_behoerde *k, const char *pfad);
const char *bs_k_muss(wg_bescheide *b, bs_brief *x, const char *pfad);     /* "" when absent (and remembered) */
const char *bs_k_kann(wg_bescheide *b, bs_brief *x, const char *pfad);     /* NULL when absent */
long bs_k_zahl_vorgabe(wg_bescheide *b, bs_brief *x, const char *pfad, long vorgabe);
bool bs_k_feiertag(const wg_behoerde *k, wg_datum d);
void bs_k_benutzt(bs_brief *x, const char *pfad);          /* a field the letter used (its `konfiguration`) */

/* ---- dates (kalender.c) ---- */
wg_datum bs_tage_plus(wg_datum d, int n);
int bs_datum_vergleich(wg_datum a, wg_datum b);
bool bs_werktag(const wg_behoerde *k, wg_datum d);        /* not Saturday, Sunday or a holiday of the file */
wg_datum bs_naechster_werktag(const wg_behoerde *k, wg_datum d);
wg_datum bs_bekanntgabe(const wg_behoerde *k, wg_datum datum); /* § 37 Abs. 2 SGB X */
wg_datum bs_monatsende(int jahr, int monat);
const char *bs_datum_text(char buf[16], wg_datum d);      /* "01.03.2025" */
const char *bs_iso(char buf[16], wg_datum d);             /* "2025-03-01" */
const char *bs_euro(char buf[40], int64_t cent);          /* "1.397,50" */
const char *bs_euro_ganz(char buf[40], int64_t euro);     /* "1.397" */
char *bs_dezimalkomma(char *s);                            /* "1397.50" → "1397,50" in place */
/* "a", "a und b", "a, b und c" into buf */
const char *bs_aufzaehlung(char *buf, size_t n, const char *const *teile, size_t anzahl);
/* the Tenor lines as a sentence: " vom … bis …: N Euro monatlich; … ." ("" for none) */
const char *bs_tenor_zeilen(wg_bescheide *b, const wg_tenor_zeile *t, size_t n);

/* ---- building (one per source) ---- */
bs_brief *bs_brief_neu(wg_bescheide *b, wg_bescheid_art art);
void bs_absatz(wg_bescheide *b, bs_brief *x, const char *titel, const char *norm, const char *format, ...)
    __attribute__((format(printf, 5, 6)));
void bs_anlage_aus_ergebnis(wg_bescheide *b, bs_brief *x, const char *titel, const wg_ergebnis *r);
void bs_gemeinsam(wg_bescheide *b, bs_brief *x);
/* the basis of § 24 Abs. 3 and the duties of § 27 Abs. 3, 4, § 28 from a full result of the award's household */
void bs_pflichten(wg_bescheide *b, bs_brief *x, const wg_ergebnis *r, const wg_haushalt *h);          /* dates, automation line, Belehrung */
wg_status bs_haushalt(wg_bescheide *b, const wg_engine *e, const wg_haushalt *h, wg_datum datum);
wg_status bs_einladung(wg_bescheide *b, const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u, size_t n,
                       wg_datum datum);
wg_status bs_fall(wg_bescheide *b, const wg_engine *e, const char *zeile, size_t len, wg_datum datum);
wg_status bs_fehl(wg_bescheide *b, wg_status code, const char *feld, const char *format, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- writing ---- */
const char *bs_json(wg_bescheide *b, const bs_brief *x, size_t *len);
const char *bs_html(wg_bescheide *b, const bs_brief *x, size_t *len);

#endif
