/*
 * engine.h — the engine: the statutory tables of one wg_engine_oeffnen and what is derived from
 * them once (engine.c). Immutable after opening; shared by any number of threads.
 *
 * Exports: struct wg_engine, wgi_periode_am, wgi_periode_zum_stichtag, wgi_engine_ableiten,
 * wgi_periode_ableiten, wgi_datum_tag, wgi_tabellenwerte_bilden, wgi_tabellenwerte_frei.
 */
#ifndef WGI_ENGINE_H
#define WGI_ENGINE_H

#include "tabellen.h"
#include "wohngeld.h"

#define WGI_INDEX_AB 2000
#define WGI_INDEX_JAHRE 100

struct wg_engine {
    wgi_tabellen tabellen;
    /* derived once from the tables when the engine is opened (wgi_engine_ableiten) */
    int erster_tag;           /* YYYYMMDD: first day of the first enacted period */
    int bekannt_bis;          /* YYYYMMDD: last day of known law; 0 = no limit */
    int bedarf_prozent;       /* share of the need for the hint einkommen_unter_bedarf (100) */
    /* for the bulk path (nur_betrag.c), the years WGI_INDEX_AB … WGI_INDEX_AB + 99: the enacted
     * period of every day of a month (NULL: none, or the law changes within the month), and
     * the year values of other laws */
    const wgi_periode *monat_periode[WGI_INDEX_JAHRE * 12];
    wgi_b4 an_pauschbetrag[WGI_INDEX_JAHRE], rbs1[WGI_INDEX_JAHRE];
    wgi_b4 regelbedarf[6][WGI_INDEX_JAHRE];  /* Regelbedarfsstufen 1–6 (hinweise.c) */
    /* the tables as a list of values for inspection (tabellenwerte.c) */
    wg_tabellenwert *werte[WGI_MAX_PERIODEN];
    size_t anzahl_werte[WGI_MAX_PERIODEN];
    char *werte_pool[WGI_MAX_PERIODEN];
    wg_tabellenwert *jahreswerte;
    size_t anzahl_jahreswerte;
    char *jahreswerte_pool;
    wg_liste_info listen[WGI_MAX_LISTEN];
};

/* Builds and frees the lists of values (tabellenwerte.c); false when memory ran out. */
bool wgi_tabellenwerte_bilden(wg_engine *e);
void wgi_tabellenwerte_frei(wg_engine *e);

/* The enacted period containing the day YYYYMMDD (the last in table order), or NULL. */
const wgi_periode *wgi_periode_am(const wgi_tabellen *t, int tag);
/* The same for a valid date, from the engine's month index where the month has one period. */
const wgi_periode *wgi_periode_zum_stichtag(const wg_engine *e, const wg_datum *d);
/* Fills what a period derives from its values: info, hat_17a, abzug_art, formel_kurz. */
void wgi_periode_ableiten(wgi_periode *q);
/* Fills what wg_engine derives from its tables (engine.c). */
void wgi_engine_ableiten(wg_engine *e);

/* A date as the number YYYYMMDD (how periods, lists and limits store their days). */
static inline int wgi_datum_tag(const wg_datum *d) { return d->jahr * 10000 + d->monat * 100 + d->tag; }
static inline wg_datum wgi_tag_datum(int t) { return (wg_datum){t / 10000, t / 100 % 100, t % 100}; }
#endif
