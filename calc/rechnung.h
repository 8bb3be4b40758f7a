/*
 * rechnung.h — one computation of the derivation path: its context (wgi_rechnung), the steps it
 * records, and the modules in the order of docs/rechenweg.md. The rules themselves are in
 * regeln.h; the record's check in pruefung.h.
 *
 * Exports: wgi_rechnung, wgi_schritt_anhaengen and wgi_schritt_neu (ergebnis.c), wgi_alter, the
 * module functions, wgi_berechnen_stichtag, wgi_berechnen_zeitraum, wgi_nur_betrag.
 */
#ifndef WGI_RECHNUNG_H
#define WGI_RECHNUNG_H

#include "engine.h"
#include "ergebnis.h"
#include "pruefung.h"
#include "regeln.h"
#include "satz.h"

/* The context of one wg_berechnen call. */
typedef struct wgi_rechnung {
    const wg_engine *e;
    const wg_haushalt *h;
    wg_ergebnis *r;
    const wgi_periode *p;
    const wgi_periode *fest;              /* a running award's law (fall.c), else NULL */
    int stufe_tag;                        /* YYYYMMDD of the Mietenstufen list when fest, else 0 */
    bool schritte;                        /* record schritte text */
    wgi_rundung rundung;                   /* zwischenrundung */
    wg_datum stichtag;
    int jahr;                             /* calendar year of the Stichtag */
    int mietenstufe;                      /* given, or looked up from gemeinde */
    int n, n_gesamt, n_tab, n_kap;
    /* income (§§ 13–18) */
    wgi_b4 gesamteinkommen_jahr;           /* Y = gesamteinkommen_jahr / 12 */
    wgi_z10 y;                             /* Y at ten decimals (zwischenrundung mode) */
    /* rent side (§§ 9–12): values for the whole household, before the share */
    wgi_b4 miete;                          /* R after § 11 Abs. 2 and WoGV § 6 */
    wgi_b4 hoechstbetrag;                  /* H */
    wgi_b4 klima;                          /* K */
    wgi_b4 entlastung;                     /* E */
    wgi_b4 miete_gekappt;                  /* min(R, H + K) */
    /* M = (miete_gekappt + entlastung) × n / n_gesamt, kept as a fraction */
} wgi_rechnung;

/* Records a step: paragraph (static string), printf-style text, value text (may be NULL). */
void wgi_schritt_anhaengen(wgi_rechnung *c, const char *paragraph, const char *wert, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Its arguments (often formatted amounts) are evaluated only when steps are recorded. */
#define wgi_schritt_neu(c, ...)                                                                                   \
    do {                                                                                                         \
        if ((c)->schritte) wgi_schritt_anhaengen((c), __VA_ARGS__);                                               \
    } while (0)

/* Age of a member at the Stichtag: from geburtsdatum when given, else alter (-1 = unknown). */
static inline int wgi_alter(const wgi_rechnung *c, const wg_mitglied *m)
{
    return m->hat_geburtsdatum ? wgi_alter_am(&m->geburtsdatum, &c->stichtag) : m->alter;
}

/* One Stichtag (stichtag.c); the result is reset except for the months of a zeitraum. */
wg_status wgi_berechnen_stichtag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);
/* The same with the law fixed: period p (a running award's law, combined by a law-change rule)
 * and the Mietenstufen list of the day stufe_tag (YYYYMMDD). (stichtag.c) */
wg_status wgi_berechnen_recht(const wg_engine *e, const wg_haushalt *h, const wgi_periode *p, int stufe_tag,
                              wg_ergebnis *r, unsigned optionen);
/* A Bewilligungszeitraum month by month (zeitraum.c). */
wg_status wgi_berechnen_zeitraum(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen);

/* The plausibility and priority hints (hinweise.c, docs/vorpruefung.md § 5), from the parts of the
 * computation both walks fill (satz.h wgi_satz_teile: period, formula reached, Gesamteinkommen, R)
 * and its short result (Mietenstufe, household size for the cap, amount). */
void wgi_plausibilitaet(const wg_engine *e, const wg_haushalt *h, const wgi_satz_teile *t, const wg_kurz *k, wg_ergebnis *r);

/* The amount alone for WG_NUR_BETRAG (nur_betrag.c); false = not decided there, use the
 * derivation path. */
bool wgi_nur_betrag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r);

/* ---- modules, in the order of rechenweg.md ---- */
wg_status wgi_rechtsstand_waehlen(wgi_rechnung *c);   /* rechtsstand.c: § 0 */
bool wgi_haushalt_groesse(wgi_rechnung *c);           /* haushalt.c: § 1; false = no claim decided */
bool wgi_vermoegen_pruefen(wgi_rechnung *c);          /* haushalt.c: § 21 Nr. 3; false = no claim */
void wgi_einkommen_berechnen(wgi_rechnung *c);        /* einkommen.c: §§ 13–18, 17a */
void wgi_miete_berechnen(wgi_rechnung *c);            /* miete.c: §§ 9–12, WoGV § 6 */
void wgi_wohngeld_berechnen(wgi_rechnung *c);         /* wohngeld.c: § 19, Anlage 3, §§ 19 Abs. 3, 21 */

#endif
