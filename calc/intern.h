/*
 * intern.h — what the calc/ modules share: the engine, the result object and the context of
 * one computation. Not part of the public API.
 */
#ifndef WG_INTERN_H
#define WG_INTERN_H

#include "tabellen.h"
#include "wohngeld.h"
#include "zahl.h"

struct wg_engine {
    wg_tabellen tabellen;
};

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
    bool hat_rechtsstand;
    wg_rechtsstand_info rechtsstand;
    wg_auslegung auslegung;
    int n, n_gesamt, n_tab, n_kap, mietenstufe;
    /* Derivation values are kept as numbers and formatted on first access (a bulk run in the
     * short form never reads most of them): art 0 = text in wert[], else a number in zahl[]. */
    bool gesetzt[WG_W_ANZAHL];
    unsigned char art[WG_W_ANZAHL];     /* WG_ART_TEXT, WG_ART_FEST, WG_ART_BETRAG, WG_ART_KOEFF */
    unsigned char stellen[WG_W_ANZAHL];
    wg_z10 zahl[WG_W_ANZAHL];
    char wert[WG_W_ANZAHL][96];
    wg_hinweis hinweis[4];
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
};

typedef struct monat_intern {
    wg_monat pub;
    char werte[6][48];                    /* M, Y, z1–z4 */
    bool gesetzt[6];
} monat_intern;

/* The context of one wg_berechnen call. */
typedef struct wg_rechnung {
    const wg_engine *e;
    const wg_haushalt *h;
    wg_ergebnis *r;
    const wg_periode *p;
    bool schritte;                        /* record schritte text */
    wg_rundung rundung;                   /* zwischenrundung */
    wg_datum stichtag;
    int jahr;                             /* calendar year of the Stichtag */
    int mietenstufe;                      /* given, or looked up from gemeinde */
    int n, n_gesamt, n_tab, n_kap;
    /* income (§§ 13–18) */
    wg_b4 gesamteinkommen_jahr;           /* Y = gesamteinkommen_jahr / 12 */
    wg_z10 y;                             /* Y at ten decimals (zwischenrundung mode) */
    /* rent side (§§ 9–12): values for the whole household, before the share */
    wg_b4 miete;                          /* R after § 11 Abs. 2 and WoGV § 6 */
    wg_b4 hoechstbetrag;                  /* H */
    wg_b4 klima;                          /* K */
    wg_b4 entlastung;                     /* E */
    wg_b4 miete_gekappt;                  /* min(R, H + K) */
    /* M = (miete_gekappt + entlastung) × n / n_gesamt, kept as a fraction */
} wg_rechnung;

/* ---- result helpers (herleitung.c) ---- */
enum { WG_ART_TEXT = 0, WG_ART_FEST = 1, WG_ART_BETRAG = 2, WG_ART_KOEFF = 3 };
/* The text of a value (formats it on first use); "" when not set. */
const char *wg_wert_text(wg_ergebnis *r, wg_wert w);
void wg_wert_koeffizient(wg_ergebnis *r, wg_wert w, wg_z10 v); /* "0.0004797" */
void wg_ergebnis_zuruecksetzen(wg_ergebnis *r);
size_t wg_arena_text(wg_ergebnis *r, const char *s, size_t len);
void wg_wert_setzen(wg_ergebnis *r, wg_wert w, const char *s);
void wg_wert_dezimal(wg_ergebnis *r, wg_wert w, wg_z10 v, int stellen);
void wg_wert_betrag(wg_ergebnis *r, wg_wert w, wg_b4 v);       /* "285.00" or more decimals if needed */
/* Records a step: paragraph (static string), printf-style text, value text (may be NULL). */
void wg_schritt_anhaengen(wg_rechnung *c, const char *paragraph, const char *wert, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Its arguments (often formatted amounts) are evaluated only when steps are recorded. */
#define wg_schritt_neu(c, ...)                                                                                   \
    do {                                                                                                         \
        if ((c)->schritte) wg_schritt_anhaengen((c), __VA_ARGS__);                                               \
    } while (0)
void wg_hinweis_neu(wg_ergebnis *r, const char *code, const char *text);
wg_status wg_fehler_setzen(wg_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Money text for step values: exact, at least two decimals. buf: 48 bytes. */
const char *wg_betrag_text(char *buf, wg_b4 v);
const char *wg_z10_text(char *buf, wg_z10 v);

/* Age of a member at the Stichtag: from geburtsdatum when given, else alter (-1 = unknown). */
int wg_alter(const wg_rechnung *c, const wg_mitglied *m);

/* One Stichtag (berechnen.c); the result is reset except for the months of a zeitraum. */
wg_status wg_berechnen_stichtag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);
/* A Bewilligungszeitraum month by month (zeitraum.c). */
wg_status wg_berechnen_zeitraum(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);

/* ---- modules, in the order of rechenweg.md ---- */
wg_status wg_pruefen(wg_rechnung *c);               /* pruefung.c: the record, before anything */
wg_status wg_rechtsstand_waehlen(wg_rechnung *c);   /* rechtsstand.c: § 0 */
bool wg_haushalt_groesse(wg_rechnung *c);           /* haushalt.c: § 1; false = no claim decided */
bool wg_vermoegen_pruefen(wg_rechnung *c);          /* haushalt.c: § 21 Nr. 3; false = no claim */
void wg_einkommen_berechnen(wg_rechnung *c);        /* einkommen.c: §§ 13–18, 17a */
void wg_miete_berechnen(wg_rechnung *c);            /* miete.c: §§ 9–12, WoGV § 6 */
void wg_wohngeld_berechnen(wg_rechnung *c);         /* wohngeld.c: § 19, Anlage 3, §§ 19 Abs. 3, 21 */

/* ---- the formula of § 19 Abs. 1 with the Anlage 3 steps (formel.c, formel_gmp.c) ---- */
typedef struct wg_formel {
    wg_z10 a, b, c, faktor;   /* z10 */
    wg_z10 m, y;              /* M', Y' on the z10 scale (already at ten decimals) */
    wg_rundung rundung;
} wg_formel;
typedef struct wg_formel_ergebnis { wg_z10 z1, z2, z3, z4; } wg_formel_ergebnis;

/* Fast path on 128-bit integers; returns false when the inputs are outside its proven range. */
bool wg_formel_schnell(const wg_formel *f, wg_formel_ergebnis *out);
/* Reference on GMP integers; any magnitude. Returns false only when a result does not fit z10. */
bool wg_formel_gmp(const wg_formel *f, wg_formel_ergebnis *out);
void wg_formel_rechnen(const wg_formel *f, wg_formel_ergebnis *out, bool *ueberlauf);

#endif
