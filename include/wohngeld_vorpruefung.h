/*
 * wohngeld_vorpruefung.h — screening without an application (docs/vorpruefung.md): exact
 * ranges of Wohngeld for households known only in part, thresholds of complete households, and
 * the Einkommensgrenzen table.
 *
 * A partial household is a wg_haushalt whose unknown values are listed as wg_unbekannt: the
 * household holds each unknown at its lower end (`von`), the list says how far it may go. The
 * box of the household is every complete household obtained by choosing each unknown — money
 * in whole cents within its interval, a flag true or false, an age within its range.
 * wg_vorpruefen finds the exact minimum and maximum of the monthly amount over the box (not a
 * sample: docs/vorpruefung.md gives the argument for every rule), a complete household of the
 * box for each bound (a witness: wg_berechnen turns it into exactly that amount), the
 * threshold of every unknown money field, and the fields that would decide an open case.
 *
 * Ownership: a wg_vorpruefung is the caller's (wg_vorpruefung_neu / _frei) and may be reused;
 * what it hands out lives in it until its next use. Witness households point to the strings
 * (ids, gemeinde, rechtsstand) of the household they were made from, which must outlive them.
 * Threads: like a wg_ergebnis, one wg_vorpruefung per thread; the engine is shared.
 */
#ifndef WOHNGELD_VORPRUEFUNG_H
#define WOHNGELD_VORPRUEFUNG_H

#include "wohngeld.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The kind of an unknown value. */
typedef enum wg_unbekannt_art {
    WG_UNBEKANNT_BETRAG = 0,    /* money in cents */
    WG_UNBEKANNT_SCHALTER,      /* a flag: von 0, bis 1 */
    WG_UNBEKANNT_ALTER          /* an age in whole years */
} wg_unbekannt_art;

/* One unknown value of a partial household. */
typedef struct wg_unbekannt {
    const char *feld;           /* its path, as an error names it: "wohnkosten.betrag_monat",
                                   "mitglieder[0].abzug_steuern", "mitglieder[1].einkommen[0].betrag_monat" */
    wg_unbekannt_art art;
    int64_t von, bis;           /* closed interval; an open upper end is WG_MAX_BETRAG_CENT */
} wg_unbekannt;

/* Limits of one partial household (docs/grenzen.md): unknowns, combinations of flags and age
 * classes, and the budget of one search in month computations (a household of a zeitraum costs
 * one per month; 500 000 end a search in well under a second). Beyond them: zu_viele_unbekannte /
 * grenze_ueberschritten. */
#define WG_VP_MAX_UNBEKANNTE 64
#define WG_VP_MAX_KOMBINATIONEN 65536
#define WG_VP_MAX_MONATSRECHNUNGEN 500000
#define WG_VP_MAX_AUSWERTUNGEN WG_VP_MAX_MONATSRECHNUNGEN /* the name before 1.3 */

typedef enum wg_einstufung {
    WG_ANSPRUCH_SICHER = 0,     /* every household of the box has a claim */
    WG_KEIN_ANSPRUCH_SICHER,    /* none has */
    WG_OFFEN                    /* some have, some have not */
} wg_einstufung;
WG_API const char *wg_einstufung_code(wg_einstufung e); /* "anspruch_sicher", … */

/* The threshold of one field: with every other value as given (for a partial household: as in
 * the witness of the maximum), the smallest value with a claim (ab: rent, Belastung, costs and
 * payments that lower the income) or the largest (bis: income, Vermögen, deductions from the
 * rent). gesetzt false (JSON null): the claim does not depend on the field inside its interval. */
typedef struct wg_schwelle {
    const char *feld;
    bool ab;
    bool gesetzt;
    int64_t cent;
    const wg_haushalt *bei;     /* a household at the threshold with a claim (wg_schwellen only) */
} wg_schwelle;

typedef struct wg_spanne {
    wg_einstufung einstufung;
    int64_t wohngeld_min, wohngeld_max;   /* whole euros; for a zeitraum: of its first month */
    const wg_haushalt *min_bei, *max_bei; /* witnesses of the two bounds */
    bool zeitraum;
    int64_t summe_min, summe_max;         /* a zeitraum: bounds of the sum over its months */
    const wg_haushalt *summe_min_bei, *summe_max_bei;
    const wg_schwelle *schwellen;         /* one per unknown money field that a rule reads */
    size_t anzahl_schwellen;
    const char *const *fehlt;             /* fields whose value would decide an open case */
    size_t anzahl_fehlt;
    const wg_ergebnis *ergebnis_max;      /* the ordinary result of max_bei: Rechtsstand,
                                             Mietenstufe, sizes, hints */
    size_t auswertungen;                  /* complete households computed for this answer */
    /* since 1.3: per hint of ergebnis_max, whether it reads a value the record leaves open and
     * so holds only at the witness max_bei, not for the household (docs/vorpruefung.md § 5) */
    const bool *hinweis_nur_bei_zeuge;
    /* since 1.3, for the invitation letter (docs/vorpruefung.md § 2): an open Stichtag record with
     * an unknown income: the largest monthly Gesamteinkommen with a claim at the maximum's witness
     * (rent and flags as favourable as the box allows); and an open record that no single field
     * decides: why (German), else NULL */
    bool hat_einkommen_bis;
    int64_t einkommen_bis_cent;
    const char *offen_grund;
} wg_spanne;

typedef struct wg_vorpruefung wg_vorpruefung;
WG_API wg_vorpruefung *wg_vorpruefung_neu(void);
WG_API void wg_vorpruefung_frei(wg_vorpruefung *v);

/* Screens the partial household (h with its anzahl unknowns u) into v. Returns WG_OK, or the
 * error of the record (also wg_vorpruefung_fehler): every error of an ordinary record, and
 * WG_E_INTERVALL_UNGUELTIG, WG_E_UNBEKANNT_UNZULAESSIG, WG_E_ZU_VIELE_UNBEKANNTE. With no
 * unknowns the box is the household itself. */
WG_API wg_status wg_vorpruefen(const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u, size_t anzahl,
                               wg_vorpruefung *v);
WG_API const wg_spanne *wg_vorpruefung_spanne(const wg_vorpruefung *v); /* NULL after an error */
/* Lets a caller stop a running search (since 1.3): halt(ctx) is asked before every household of
 * the box is computed; when it returns non-zero, wg_vorpruefen returns WG_E_ABGEBROCHEN at once.
 * A night run passes its SIGTERM flag here, so a stop is honoured within milliseconds even in a
 * record that uses its whole budget. halt NULL: never asked (the default). halt runs on the
 * thread that called wg_vorpruefen. */
WG_API void wg_vorpruefung_halt_setzen(wg_vorpruefung *v, int (*halt)(void *ctx), void *ctx);
WG_API const wg_fehler *wg_vorpruefung_fehler(const wg_vorpruefung *v); /* NULL when none */

/* Thresholds of a complete household (docs/vorpruefung.md § 3), each with a witness: */
typedef struct wg_schwellen_info {
    wg_schwelle miete_ab;          /* smallest wohnkosten.betrag_monat with a claim */
    wg_schwelle miete_wirksam_bis; /* the rent from which more rent changes nothing (R = H + K) */
    wg_schwelle einkommen_bis;     /* largest gesamteinkommen_monat with a claim, rent as given */
    wg_schwelle feld;              /* the field named by the caller, when one was */
} wg_schwellen_info;
/* feld: NULL, or the path of a money field ("mitglieder[0].einkommen[1].betrag_monat"). */
WG_API wg_status wg_schwellen(const wg_engine *e, const wg_haushalt *h, const char *feld, wg_vorpruefung *v);
WG_API const wg_schwellen_info *wg_vorpruefung_schwellen(const wg_vorpruefung *v); /* NULL after an error */

/* The Einkommensgrenze (docs/vorpruefung.md § 4): the largest monthly Gesamteinkommen in cents
 * with which a household of n members (1 … 12, all zu berücksichtigen) in Mietenstufe stufe,
 * rent at the Höchstbetrag with every component, still has a claim on the Stichtag, under the
 * Rechtsstand of the day or the one named (NULL: by date). -1 when none has a claim at all. */
WG_API wg_status wg_einkommensgrenze(const wg_engine *e, wg_datum stichtag, const char *rechtsstand, int n, int stufe,
                                     int64_t *cent, wg_fehler *f);

#ifdef __cplusplus
}
#endif
#endif
