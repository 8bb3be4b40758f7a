/*
 * rechnung.h — one computation of the derivation path: its context (wg_rechnung), the steps it
 * records, and the modules in the order of docs/rechenweg.md. The rules themselves are in
 * regeln.h; the record's check in pruefung.h.
 *
 * Exports: wg_rechnung, wg_schritt_anhaengen and wg_schritt_neu (ergebnis.c), wg_alter, the
 * module functions, wg_berechnen_stichtag, wg_berechnen_zeitraum, wg_nur_betrag.
 */
#ifndef WG_RECHNUNG_H
#define WG_RECHNUNG_H

#include "engine.h"
#include "ergebnis.h"
#include "pruefung.h"
#include "regeln.h"

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

/* Records a step: paragraph (static string), printf-style text, value text (may be NULL). */
void wg_schritt_anhaengen(wg_rechnung *c, const char *paragraph, const char *wert, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Its arguments (often formatted amounts) are evaluated only when steps are recorded. */
#define wg_schritt_neu(c, ...)                                                                                   \
    do {                                                                                                         \
        if ((c)->schritte) wg_schritt_anhaengen((c), __VA_ARGS__);                                               \
    } while (0)

/* Age of a member at the Stichtag: from geburtsdatum when given, else alter (-1 = unknown). */
static inline int wg_alter(const wg_rechnung *c, const wg_mitglied *m)
{
    return m->hat_geburtsdatum ? wg_alter_am(&m->geburtsdatum, &c->stichtag) : m->alter;
}

/* One Stichtag (stichtag.c); the result is reset except for the months of a zeitraum. */
wg_status wg_berechnen_stichtag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);
/* A Bewilligungszeitraum month by month (zeitraum.c). */
wg_status wg_berechnen_zeitraum(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);

/* The amount alone for WG_NUR_BETRAG (nur_betrag.c); false = not decided there, use the
 * derivation path. */
bool wg_nur_betrag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r);

/* ---- modules, in the order of rechenweg.md ---- */
wg_status wg_rechtsstand_waehlen(wg_rechnung *c);   /* rechtsstand.c: § 0 */
bool wg_haushalt_groesse(wg_rechnung *c);           /* haushalt.c: § 1; false = no claim decided */
bool wg_vermoegen_pruefen(wg_rechnung *c);          /* haushalt.c: § 21 Nr. 3; false = no claim */
void wg_einkommen_berechnen(wg_rechnung *c);        /* einkommen.c: §§ 13–18, 17a */
void wg_miete_berechnen(wg_rechnung *c);            /* miete.c: §§ 9–12, WoGV § 6 */
void wg_wohngeld_berechnen(wg_rechnung *c);         /* wohngeld.c: § 19, Anlage 3, §§ 19 Abs. 3, 21 */

#endif
