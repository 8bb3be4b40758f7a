/*
 * intern.h — what the calc/ modules share: the engine, the result object and the context of
 * one computation. Not part of the public API.
 */
#ifndef WG_INTERN_H
#define WG_INTERN_H

#include "pruefung.h"
#include "regeln.h"
#include "tabellen.h"
#include "wohngeld.h"
#include "zahl.h"

#define WG_INDEX_AB 2000
#define WG_INDEX_JAHRE 100

struct wg_engine {
    wg_tabellen tabellen;
    /* derived once from the tables when the engine is opened (rechtsstand.c) */
    int erster_tag;           /* YYYYMMDD: first day of the first enacted period */
    int bekannt_bis;          /* YYYYMMDD: last day of known law; 0 = no limit */
    /* for the bulk path (nur_betrag.c), the years WG_INDEX_AB … WG_INDEX_AB + 99: the enacted
     * period of every day of a month (NULL: none, or the law changes within the month), and
     * the year values of other laws */
    const wg_periode *monat_periode[WG_INDEX_JAHRE * 12];
    wg_b4 an_pauschbetrag[WG_INDEX_JAHRE], rbs1[WG_INDEX_JAHRE];
};

/* The enacted period containing the day YYYYMMDD (the last in table order), or NULL. */
const wg_periode *wg_periode_am(const wg_tabellen *t, int tag);
/* The same for a valid date, from the engine's month index where the month has one period. */
const wg_periode *wg_periode_zum_stichtag(const wg_engine *e, const wg_datum *d);
/* Fills what wg_engine derives from its tables (rechtsstand.c). */
void wg_engine_ableiten(wg_engine *e);
/* The hint rechtsstand_ungesichert (rechtsstand.c). */
void wg_hinweis_ungesichert(wg_ergebnis *r);

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

_Static_assert(WG_W_ANZAHL <= 32, "wg_ergebnis.gesetzt is a 32-bit mask");

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

/* A date as the number YYYYMMDD (how periods, lists and limits store their days). */
static inline int wg_datum_tag(const wg_datum *d) { return d->jahr * 10000 + d->monat * 100 + d->tag; }
/* No claim, for the reason g (§§ 20, 21). */
static inline void wg_kein_anspruch(wg_ergebnis *r, wg_grund g)
{
    r->anspruch = false;
    r->wohngeld = 0;
    r->grund = g;
}

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

/* ⌊v / 10^10⌋, or rounded half up, for 0 <= v < 2^74: ⌊v / 10^10⌋ = ⌊⌊v / 2^10⌋ / 5^10⌋ and
 * ⌊v / 2^10⌋ < 2^64, so one 64-bit division by a constant; the rest (< 10^10) follows from
 * the low 64 bits alone. */
static inline __attribute__((always_inline)) uint64_t wg_skala_klein(unsigned __int128 v, bool halb)
{
    uint64_t q = (uint64_t)(v >> 10) / 9765625u;
    uint64_t rest = (uint64_t)v - q * 10000000000u;
    return q + (halb && rest >= 5000000000u);
}

/* The short way itself (see below), for coefficients already known to satisfy 0 <= a, b, c < 1
 * and 1 <= faktor < 10 (the bulk path keeps this per period: wg_periode.formel_kurz) and for
 * 0 <= M, Y <= 10^8 EUR, rounding half away from zero (halb) or toward zero. False when an
 * intermediate leaves the 2^74 range of wg_skala_klein: then the general way. */
static inline __attribute__((always_inline)) bool wg_formel_kurz(uint64_t a, uint64_t b, uint64_t c, uint64_t faktor,
                                                                 uint64_t m, uint64_t y, bool halb,
                                                                 wg_formel_ergebnis *out)
{
    const uint64_t S = 10000000000u;
    const unsigned __int128 GRENZE = (unsigned __int128)1 << 74;
    unsigned __int128 x = (unsigned __int128)b * m + (unsigned __int128)c * y;
    if (x >= GRENZE) return false;
    uint64_t z1 = a + wg_skala_klein(x, halb); /* < 10^10 + 2^74 / 10^10 */
    uint64_t yg = y / S, yr = y % S;
    unsigned __int128 t = (unsigned __int128)z1 * yr;
    if (t >= GRENZE) return false;
    wg_z10 z2 = (wg_z10)z1 * yg + (wg_z10)wg_skala_klein(t, halb);
    wg_z10 z3 = (wg_z10)m - z2;
    /* |z3| and the sign back on z4 without a branch (z3's sign follows the income) */
    const wg_z10 vz = z3 >> 127;
    unsigned __int128 betrag = (unsigned __int128)((z3 ^ vz) - vz);
    if (betrag >= ((unsigned __int128)1 << 63)) return false;
    uint64_t bg = (uint64_t)betrag / S, br = (uint64_t)betrag % S;
    wg_z10 z4 = (wg_z10)faktor * bg + (wg_z10)wg_skala_klein((unsigned __int128)faktor * br, halb);
    out->z1 = z1;
    out->z2 = z2;
    out->z3 = z3;
    out->z4 = (z4 ^ vz) - vz;
    return true;
}

/* The steps of wg_formel_schnell on operands inside its proven range (|a|, |b|, |c| < 1,
 * 1 <= faktor < 10, 0 <= M, Y <= 10^8 EUR; see formel.c): every factor fits 64 bits (|z1| <
 * 3·10^18), so each product is one 64 × 64 → 128-bit multiplication; only z3 may need 128 bits.
 * Returns false outside that range. Inline for the bulk path.
 *
 * The usual case — a, b, c >= 0, rounding half away from zero or toward zero — takes a shorter
 * way with the same results (wg_formel_kurz): a whole multiple of 10^10 can be taken out of a
 * rounding of a non-negative value (round(a·10^10 + x) = a + round(x); z1·Y = z1·⌊Y⌋·10^10 +
 * z1·(Y mod 1); faktor·z3 likewise with z3's whole part), and what is left stays below 2^74
 * (checked, else the general way), where wg_skala_klein divides. Both rounding modes are
 * symmetric, so a negative z3 is rounded as its magnitude. tests/test_formel.c compares all of
 * it with GMP. */
static inline __attribute__((always_inline)) bool wg_formel_64(int64_t a, int64_t b, int64_t c, int64_t faktor, int64_t m, int64_t y, wg_rundung r,
                                wg_formel_ergebnis *out)
{
    const int64_t S = 10000000000LL, MAX_WERT = 100000000LL * 10000000000LL;
    if (a <= -S || a >= S || b <= -S || b >= S || c <= -S || c >= S || faktor < S || faktor >= 10 * S || m < 0 ||
        m > MAX_WERT || y < 0 || y > MAX_WERT)
        return false;
    if (a >= 0 && b >= 0 && c >= 0 && r != WG_RUNDEN_ABRUNDEN &&
        wg_formel_kurz((uint64_t)a, (uint64_t)b, (uint64_t)c, (uint64_t)faktor, (uint64_t)m, (uint64_t)y,
                       r == WG_RUNDEN_HALB_WEG_VON_NULL, out))
        return true;
    out->z1 = wg_durch_skala((wg_z10)a * S + (wg_z10)b * m + (wg_z10)c * y, r);
    out->z2 = wg_durch_skala((wg_z10)(int64_t)out->z1 * y, r);
    out->z3 = m - out->z2;
    out->z4 = wg_durch_skala(out->z3 == (int64_t)out->z3 ? (wg_z10)faktor * (int64_t)out->z3 : faktor * out->z3, r);
    return true;
}

#endif
