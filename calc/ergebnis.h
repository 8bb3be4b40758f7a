/*
 * ergebnis.h — the result object (struct wg_ergebnis behind the public accessors) and how the
 * computation fills it: values, hints, errors (ergebnis.c). The names and texts of codes are in
 * katalog.c.
 *
 * Exports: struct wg_ergebnis, monat_intern, wgi_kein_anspruch, wgi_hinweis_ungesichert and the
 * builders below.
 */
#ifndef WGI_ERGEBNIS_H
#define WGI_ERGEBNIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wohngeld.h"
#include "zahl.h"

typedef struct schritt_intern {
    const char *paragraph;   /* static text */
    size_t text, wert;       /* offsets into the arena */
} schritt_intern;

struct wg_ergebnis {
    wg_status status;
    wg_fehler fehler;
    size_t id;                            /* arena offset */
    bool anspruch;
    int64_t wohngeld;
    wg_grund grund;
    const wg_rechtsstand_info *rechtsstand; /* into the engine's period; NULL before one was chosen */
    wg_auslegung auslegung;
    int n, n_gesamt, n_tab, n_kap, mietenstufe;
    /* Derivation values are kept as numbers and formatted on first access (a bulk run in the
     * short form never reads most of them): art 0 = text in wert[], else a number in zahl[]. */
    uint32_t gesetzt;                   /* bit w: value w is set (WG_W_ANZAHL <= 32) */
    unsigned char art[WG_W_ANZAHL];     /* WGI_ART_TEXT, WGI_ART_FEST, WGI_ART_BETRAG, WGI_ART_KOEFF */
    unsigned char stellen[WG_W_ANZAHL];
    wgi_z10 zahl[WG_W_ANZAHL];
    char wert[WG_W_ANZAHL][96];
    wg_hinweis hinweis[8];
    char hinweis_text[8][320];            /* a hint's text when copied or formatted */
    unsigned char hinweis_art[8];         /* 0: text set; else formatted from hinweis_zahl on first
                                             access (hinweise.c: a bulk run reads only codes) */
    int64_t hinweis_zahl[8][6];
    size_t anzahl_hinweise;

    schritt_intern *schritte_i;
    wg_schritt *schritte;                 /* filled from schritte_i at the end */
    size_t anzahl_schritte, kap_schritte;
    char *arena;
    size_t arena_len, arena_kap;
    bool speicher_fehlt;                  /* an allocation failed during this computation */

    /* Bewilligungszeitraum (zeitraum.c) */
    bool hat_zeitraum;
    struct monat_intern *monate;
    size_t anzahl_monate, kap_monate;
    wg_abschnitt abschnitt[WG_MAX_MONATE];
    size_t anzahl_abschnitte;
    int64_t summe;

    /* § 24 Abs. 3: the basis a Bescheid states (einkommen.c; the first month of a zeitraum) */
    bool bezug_gesetzt, bezug_miete, bezug_einkuenfte;
    int64_t bezug_miete_cent;
    wgi_b4 bezug_einkuenfte_jahr;
    int bezug_prozent;
};

_Static_assert(WG_W_ANZAHL <= 32, "wg_ergebnis.gesetzt is a 32-bit mask");

typedef struct monat_intern {
    wg_monat pub;
    char werte[6][48];                    /* M, Y, z1–z4 */
    bool gesetzt[6];
} monat_intern;

/* No claim, for the reason g (§§ 20, 21). */
static inline void wgi_kein_anspruch(wg_ergebnis *r, wg_grund g)
{
    r->anspruch = false;
    r->wohngeld = 0;
    r->grund = g;
}

/* ---- building a result (ergebnis.c) ---- */
enum { WGI_ART_TEXT = 0, WGI_ART_FEST = 1, WGI_ART_BETRAG = 2, WGI_ART_KOEFF = 3 };
/* The text of a value (formats it on first use); "" when not set. */
const char *wgi_wert_text(wg_ergebnis *r, wg_wert w);
void wgi_wert_koeffizient(wg_ergebnis *r, wg_wert w, wgi_z10 v); /* "0.0004797" */
void wgi_ergebnis_zuruecksetzen(wg_ergebnis *r);
/* The result of the bulk walk (wg_kurz) for household h, filled where the result lives (ergebnis.c). */
bool wgi_ergebnis_aus_kurz(wg_ergebnis *r, const wg_haushalt *h, const wg_kurz *k);
size_t wgi_arena_text(wg_ergebnis *r, const char *s, size_t len);
void wgi_wert_setzen(wg_ergebnis *r, wg_wert w, const char *s);
void wgi_wert_dezimal(wg_ergebnis *r, wg_wert w, wgi_z10 v, int stellen);
void wgi_wert_betrag(wg_ergebnis *r, wg_wert w, wgi_b4 v);       /* "285.00" or more decimals if needed */
void wgi_hinweis_neu(wg_ergebnis *r, const char *code, const char *text);   /* text copied */
void wgi_hinweis_fest(wg_ergebnis *r, const char *code, const char *text);  /* a static text */
/* a hint whose text hinweise.c formats from the numbers z when it is first read */
void wgi_hinweis_zahlen(wg_ergebnis *r, const char *code, unsigned art, const int64_t *z, size_t n);
/* the hints whose texts carry numbers, and their text from the numbers into buf (320 bytes;
 * hinweistexte.c) */
enum { WGI_H_MIETE_HOCH = 1, WGI_H_KIND_OHNE_ALTER, WGI_H_UNTER_BEDARF };
void wgi_hinweis_text(unsigned art, const int64_t *z, char *buf);
wg_status wgi_fehler_setzen(wg_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Money text for step values: exact, at least two decimals. buf: 48 bytes. */
const char *wgi_betrag_text(char *buf, wgi_b4 v);
const char *wgi_z10_text(char *buf, wgi_z10 v);

/* The hint rechtsstand_ungesichert. */
void wgi_hinweis_ungesichert(wg_ergebnis *r);

#endif
