/*
 * wohngeld_bescheid.h — decisions an authority can send (docs/bescheide.md): Bewilligung,
 * Ablehnung, Änderung, Aufhebung with Erstattung, Anhörung, Einladung after screening, and the
 * reasons a case must go to a person (§ 31a SGB X) — from any record the engine reads.
 *
 * The letters hold no arithmetic of their own: every number is read from the engine's result
 * (wg_berechnen, wg_vorpruefen, wg_fall_rechnen and their derivations). The module sees only
 * the public API, so it cannot apply a rule a second time (docs/architektur.md).
 *
 * Use:
 *     wg_behoerde *k = wg_behoerde_lesen(text, len, &f);      // behoerde.json, once
 *     wg_bescheide *b = wg_bescheide_neu();                    // reusable, one per thread
 *     if (wg_bescheide_erstellen(b, e, k, zeile, zeile_len, datum) == WG_OK)
 *         for (size_t i = 0; i < wg_bescheide_anzahl(b); i++)
 *             puts(wg_bescheid_json(b, i, NULL));              // or wg_bescheid_html
 *
 * Ownership and threads: a wg_behoerde is immutable after reading and may be shared; a
 * wg_bescheide belongs to one thread and everything it hands out lives until its next
 * wg_bescheide_erstellen or wg_bescheide_frei.
 */
#ifndef WOHNGELD_BESCHEID_H
#define WOHNGELD_BESCHEID_H

#include "wohngeld.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The authority's data and choices (behoerde.json, format "wohngeld-behoerde/1"; docs/bescheide.md
 * § 7). NULL on error, f names the field. Fields a letter needs are checked when the letter is
 * made: a missing one gives WG_E_BEHOERDE_UNVOLLSTAENDIG with its path ("rechtsbehelf.stelle"). */
typedef struct wg_behoerde wg_behoerde;
WG_API wg_behoerde *wg_behoerde_lesen(const char *text, size_t len, wg_fehler *f);
WG_API void wg_behoerde_frei(wg_behoerde *k);
WG_API const char *wg_behoerde_name(const wg_behoerde *k);
/* The settings of running cases the file fixes (voruebergehend_bis_monate, erstattung.grenze,
 * daten_max_alter_monate, frist_warnung_tage) written onto s; the others stay as they are. A night
 * run that writes letters computes its cases with them, so result and letter agree. */
struct wg_fall_einstellungen;
WG_API void wg_behoerde_fall_einstellungen(const wg_behoerde *k, struct wg_fall_einstellungen *s);

/* The kinds of record the module writes (the `art` of "wohngeld-bescheid/1"). */
typedef enum wg_bescheid_art {
    WG_BESCHEID_BEWILLIGUNG = 0,   /* first award, § 27 Abs. 1 (a line per section) */
    WG_BESCHEID_ABLEHNUNG,         /* § 20 Abs. 2, § 21 Nr. 1, 2 */
    WG_BESCHEID_AENDERUNG,         /* § 27 Abs. 2, §§ 42a–44: a new amount from a date */
    WG_BESCHEID_AUFHEBUNG,         /* § 27 Abs. 2 to 0, § 28: the award ends (unwirksam) */
    WG_BESCHEID_ANHOERUNG,         /* § 24 SGB X before an adverse decision (no decision itself) */
    WG_BESCHEID_EINLADUNG,         /* after screening: apply now (no decision, no Belehrung) */
    WG_BESCHEID_AUSSTEUERUNG,      /* a person must decide (§ 31a SGB X): the reasons */
    WG_BESCHEID_KEINER,            /* nothing to send (no change, no claim in screening, a draft law) */
    WG_BESCHEID_ANZAHL
} wg_bescheid_art;
WG_API const char *wg_bescheid_art_name(wg_bescheid_art a);   /* "bewilligung", … "kein_bescheid" */

/* One line of a Tenor: from, to, the monthly Wohngeld (whole euros). */
typedef struct wg_tenor_zeile {
    wg_datum von, bis;
    int64_t wohngeld_monat;
    const char *rechtsstand;       /* the law of the section ("2025") */
} wg_tenor_zeile;

/* What a case system reads of one decision without parsing its JSON. */
typedef struct wg_bescheid_info {
    wg_bescheid_art art;
    const char *id;                /* the input record's */
    bool nach_anhoerung;           /* the decision that follows its Anhörung: hold until the deadline */
    bool vollautomatisch;          /* the authority let the machine issue this kind (behoerde.json) */
    const wg_tenor_zeile *tenor;   size_t anzahl_tenor;
    int64_t erstattung;            /* euros reclaimed (§ 50 SGB X), 0 none */
    size_t anzahl_aussteuerung;    /* reasons for a person (art aussteuerung) */
} wg_bescheid_info;

typedef struct wg_bescheide wg_bescheide;
WG_API wg_bescheide *wg_bescheide_neu(void);
WG_API void wg_bescheide_frei(wg_bescheide *b);
/* Reads one record (a household, a partial household, or a case "wohngeld-fall/1"), computes it
 * and makes the decisions it leads to, dated `datum` (the day the letters are written; datum.jahr
 * 0: a case's decision day, entscheidung_am, and for other records today's date). A decision that
 * follows an Anhörung is dated the first working day after the hearing's deadline. Returns WG_OK, the record's error, or
 * WG_E_BEHOERDE_UNVOLLSTAENDIG; on error there are no decisions and wg_bescheide_fehler says why. */
WG_API wg_status wg_bescheide_erstellen(wg_bescheide *b, const wg_engine *e, const wg_behoerde *k, const char *zeile,
                                        size_t len, wg_datum datum);
WG_API const wg_fehler *wg_bescheide_fehler(const wg_bescheide *b);   /* NULL when WG_OK */
WG_API const char *wg_bescheide_id(const wg_bescheide *b);            /* the record's id, "" none */
WG_API size_t wg_bescheide_anzahl(const wg_bescheide *b);
WG_API const wg_bescheid_info *wg_bescheid(const wg_bescheide *b, size_t i);
/* Decision i as one "wohngeld-bescheid/1" JSON line (no newline), or as a self-contained German
 * HTML page (A4 print). NULL past the last or out of memory. */
WG_API const char *wg_bescheid_json(wg_bescheide *b, size_t i, size_t *len);
WG_API const char *wg_bescheid_html(wg_bescheide *b, size_t i, size_t *len);
/* The error record of a record that gave no decisions (format "wohngeld-bescheid/1"). */
WG_API const char *wg_bescheide_fehler_json(wg_bescheide *b, size_t *len);

#ifdef __cplusplus
}
#endif
#endif
