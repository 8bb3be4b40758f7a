/*
 * fall_intern.h — the inside of a running case (calc/fall*.c): the result's layout, the award in
 * force, one computation of a month, and the functions the files of the running case share.
 * Only calc/fall*.c include it; the public side is include/wohngeld_fall.h.
 *
 *   fall.c              the public API: settings, names, wg_fall_rechnen (the order of the steps),
 *                       the readers, the derivations
 *   fall_eingabe.c      the checks of the record; §§ 22 Abs. 4, 25 Abs. 2–5 (application dates)
 *   fall_recht.c        §§ 41–44: the law of an award in a month, one computation, law changes
 *   fall_vergleich.c    what § 27 compares and which of its numbers a change meets
 *   fall_entscheiden.c  §§ 27, 28, 6 Abs. 2 month by month: the decisions and hints
 *   fall_texte.c        their German sentences
 *   fall_geld.c         per month granted, due, paid; § 50 SGB X, § 30a per Aufhebung, § 29
 *   fall_aussteuerung.c § 31a SGB X: the reasons a person must decide
 *   fall_ergebnis.c     the result's lists and the texts of numbers and days
 *   fall_zustand.c      the circumstances on every month's first day (and on any day)
 */
#ifndef WGI_FALL_INTERN_H
#define WGI_FALL_INTERN_H

#include "wohngeld_fall.h"

#include "engine.h"
#include "fall_zustand.h"
#include "mietenstufen.h"
#include "pruefung.h"
#include "rechnung.h"
#include "rechtsaenderung.h"
#include "regeln.h"
#include "satz.h"
#include "zahl.h"

#define TEXT_LEN 48

#define WORTLAUT_LEN 640

#define MAX_BEWERTUNGEN 48

/* The law of an award in a month: a period (an enacted one, or one combined by law-change rules
 * and owned by the result) and the day whose Mietenstufen list applies. */
typedef struct gesetz {
    const wgi_periode *p;
    int stufe_tag;
} gesetz;

typedef struct fall_monat_intern {
    wg_fall_monat pub;
    int zustand;                /* index of the circumstances (-1: the Bescheid's) */
    int prognose;               /* YYYYMMDD: the Stichtag of the amount's computation */
    gesetz g;                   /* the law of the amount due (p NULL: no Bescheid, § 28) */
    bool bestandsschutz;        /* a law-change rule kept the higher granted amount */
} fall_monat_intern;

typedef struct entscheidung_intern {
    wg_fall_entscheidung pub;
    char texte[6][TEXT_LEN];
    char wortlaut[WORTLAUT_LEN];  /* the German text (a "Satz" is the packed record) */
    bool nachteilig;            /* § 27 Abs. 2, § 28: an Eingriff (Anhörung, § 45 SGB X, § 50) */
    bool erstattung_50_2;       /* § 28: reclaimed without a VA (§ 50 Abs. 2 SGB X) */
    int datum_grund;            /* YYYYMMDD the fact was learned (data age), 0 none */
} entscheidung_intern;

typedef struct hinweis_intern {
    wg_fall_hinweis pub;
    char wortlaut[WORTLAUT_LEN];  /* the German text (a "Satz" is the packed record) */
    int zustand, prognose;      /* erhoehung_moeglich: the circumstances and Stichtag … */
    gesetz g;                   /* … and the law of the amount it names */
} hinweis_intern;

typedef struct aussteuerung_intern {
    wg_fall_aussteuerung pub;
    char wortlaut[WORTLAUT_LEN];  /* the German text (a "Satz" is the packed record) */
} aussteuerung_intern;

/* An award's period combined by law-change rules (rechtsaenderung.c). */
typedef struct recht {
    const wgi_periode *basis;   /* the award's own period */
    int bis_aenderung;          /* rules applied: those of the table up to this index */
    wgi_periode p;
} recht;

/* One computation of a month's circumstances under a law. */
typedef struct bewertung {
    int zustand, prognose;
    const wgi_periode *p;
    int stufe_tag;
    wg_status status;
    wg_kurz kurz;
    wgi_satz_teile teile;
} bewertung;

struct wg_fall_ergebnis {
    wg_status status;
    wg_fehler fehler;
    const char *id;
    const wg_fall *fall;        /* the case computed (its sources, for the hints) */
    wg_fall_einstellungen einst;
    wg_datum antrag_gilt, stand;
    int64_t berechnet;
    fall_monat_intern *monate;
    size_t anzahl_monate, kap_monate;
    entscheidung_intern *ent;
    size_t anzahl_ent, kap_ent;
    hinweis_intern *hin;
    size_t anzahl_hin, kap_hin;
    aussteuerung_intern *aus;
    size_t anzahl_aus, kap_aus;
    const char **schuldner;
    size_t anzahl_schuldner, kap_schuldner;
    int64_t ueberzahlung, nachzahlung, erstattung;
    int entscheidung_am;        /* YYYYMMDD: the day of the decision (entscheidung_am, else stand) */
    bool entscheidung_bekannt;  /* given in the record (entscheidung_am or stand) */
    wgi_zustaende zs;
    wg_haushalt bescheid;       /* the Bescheid's household with the BWZ's first day */
    recht **rechte;             /* the laws of this case; each allocated once and kept for reuse */
    size_t anzahl_rechte, kap_rechte, belegt_rechte;
    wg_ergebnis *pruef;         /* for the message of circumstances the checks refuse */
    wg_fehler pruef_fehler;
    bewertung bew[MAX_BEWERTUNGEN];
    size_t anzahl_bew, naechste_bew;
    unsigned char *satz;
    size_t satz_kap;
};

/* The compared values of § 27: the "zu berücksichtigende Miete oder Belastung" — R after § 11,
 * capped at H + K, without the heating relief (teile.miete and teile.grenze exclude it), and as
 * the counted members' share of § 11 Abs. 3 (n of n_gesamt; a member excluded by § 7 moving in
 * or out changes it) — and the income per the setting. The share is kept as a fraction so that
 * "mehr als 15 Prozent" is decided exactly; r_vergleich rounds it for the texts. */
typedef struct anteil {
    __int128 zaehler;
    int64_t nenner;
} anteil;

/* The amount of an award in the month beginning on `tag`: circumstances `zustand` with the
 * Stichtag `prognose`, the award begun on `beginn` with the amount `betrag_beginn` (the granted
 * amount of the Bescheid, or −1: as computed). Law-change rules without `minderung` keep the
 * higher amount (§ 42a Satz 2, § 42b, § 42d). Returns false when the month cannot be computed
 * (the error in r). */
typedef struct betrag {
    int64_t betrag;
    const char *regel;          /* the law-change rule this month's amount follows, or NULL */
    gesetz g;                   /* the law the amount is computed under (p NULL: none, § 28) */
    const bewertung *b;
    bool behalten;              /* a rule without minderung kept the higher amount (§ 42d …) */
} betrag;

enum { NR1 = 1, NR2 = 2, NR3 = 4 };

/* An award in force from month index `ab` (a decision, or the Bescheid). */
typedef struct bescheid {
    int ab;                     /* month index of the BWZ (0 = first month) */
    int zustand, prognose, beginn;
    int64_t betrag_beginn;      /* the granted amount (Bescheid) or −1 */
    bool null;                  /* § 28: ineffective */
    const char *regel;
    int ent;                    /* its decision (index in the result's list before sorting), -1 */
} bescheid;

#define MAX_BESCHEIDE (2 * WG_FALL_MAX_VERLAUF + 4)

typedef struct lauf {
    const wg_engine *e;
    const wg_fall *f;
    wg_fall_ergebnis *r;
    int v;                      /* YYYYMMDD of the BWZ's first day */
    int mi0, monate, extra;     /* month index of the first month; months of the BWZ; more months looked at */
    int stand;                  /* YYYYMMDD */
    int ende;                   /* YYYYMMDD: the first day after the BWZ */
    bescheid b[MAX_BESCHEIDE];
    int anzahl_b;
    int64_t ohne_bescheid;      /* overpaid beyond the Bescheid in months no decision governs */
    bool erstattung_50_2;       /* something is reclaimed under § 50 Abs. 2 SGB X */
} lauf;

/* the first day of month k of the BWZ */
static inline int wgi_fall_zeile_tag(const lauf *l, int k) { return wgi_monatserster(l->mi0 + k); }

/* fall_ergebnis.c */
wg_status wgi_fall_fehl(wg_fall_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
hinweis_intern *wgi_fall_hinweis(wg_fall_ergebnis *r, const char *code, const char *regel, int verlauf, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void wgi_fall_aussteuern(wg_fall_ergebnis *r, const char *code, const char *norm, int verlauf, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
bool wgi_fall_wachsen(void **p, size_t *kap, size_t noetig, size_t groesse);
void wgi_fall_euro_text(char *buf, wgi_b4 v);
void wgi_fall_prozent_text(char *buf, wgi_b4 alt, wgi_b4 neu);
entscheidung_intern *wgi_fall_entscheidung_neu(wg_fall_ergebnis *r, const char *regel, int verlauf);
const char *wgi_fall_wann(char *buf, int t);
void wgi_fall_entscheidungen_sortieren(wg_fall_ergebnis *r);
void wgi_fall_zeiger_setzen(wg_fall_ergebnis *r);

/* fall_recht.c */
/* The household of circumstances `zustand` (−1 the Bescheid's) as one Stichtag `prognose`: what
 * a computation of the case and its derivations take. */
wg_haushalt wgi_fall_haushalt(const wg_fall_ergebnis *r, int zustand, int prognose);
const bewertung *wgi_fall_bewerten(const wg_engine *e, wg_fall_ergebnis *r, int zustand, int prognose, const wgi_periode *p,
                                 int stufe_tag);
void wgi_fall_verhaeltnisse_fehler(wg_fall_ergebnis *r, wg_status st, int zustand);
bool wgi_fall_betrag_im_monat(const wg_engine *e, wg_fall_ergebnis *r, int zustand, int prognose, int beginn,
                            int64_t betrag_beginn, int tag, betrag *aus);
wg_status wgi_fall_rechtsaenderungen(lauf *l);

/* fall_vergleich.c */
wgi_b4 wgi_fall_r_vergleich(const bewertung *b);
wgi_b4 wgi_fall_y_vergleich(const wg_fall_ergebnis *r, const bewertung *b);
unsigned wgi_fall_ausloeser(const wg_fall_ergebnis *r, const bewertung *alt, const bewertung *neu, bool ab, int64_t pct);
unsigned wgi_fall_melde_ausloeser(const wg_fall_ergebnis *r, int basis, int zustand, const bewertung *alt,
                                const bewertung *neu, int64_t pct);

/* fall_eingabe.c */
int wgi_fall_antrag_gilt(int antrag, int v);
int wgi_fall_antrag_frist(int t);
wg_status wgi_fall_eingabe_pruefen(lauf *l, int antrag);

/* fall_entscheiden.c */
bool wgi_fall_award_betrag(lauf *l, const bescheid *b, int k, betrag *aus);
wg_status wgi_fall_entscheiden(lauf *l);

/* fall_texte.c: the sentences, and the legal paths */
typedef enum wgi_fall_weg { WGI_WEG_27_1, WGI_WEG_27_2, WGI_WEG_28_1, WGI_WEG_28_3, WGI_WEG_45 } wgi_fall_weg;
const char *wgi_fall_rechtsweg(wgi_fall_weg w);
void wgi_fall_vergleich_setzen(entscheidung_intern *x, const wg_fall_ergebnis *r, const bewertung *alt, const bewertung *neu);
void wgi_fall_text_28(entscheidung_intern *x, bool abs1, int wechsel, int tag);
void wgi_fall_text_verstorben(wg_fall_ergebnis *r, int verlauf);
void wgi_fall_text_neuantrag(wg_fall_ergebnis *r, int transfer, int frist, int tag);
void wgi_fall_text_meldepflicht(wg_fall_ergebnis *r, unsigned melde, const bewertung *alt, const bewertung *neu,
                                const wg_haushalt *ha, const wg_haushalt *hn, int64_t pct, int verlauf, int wechsel);
void wgi_fall_text_voruebergehend(wg_fall_ergebnis *r, int verlauf, int wechsel, int ende);
void wgi_fall_text_frist_abgelaufen(wg_fall_ergebnis *r, int verlauf, int kenntnis, int frist);
void wgi_fall_text_27_2(entscheidung_intern *x, int wechsel, int64_t pct, int tag, int frist);
void wgi_fall_text_dauer(char *dauer, size_t n, int ende);
hinweis_intern *wgi_fall_text_erhoehung(wg_fall_ergebnis *r, const char *regel, int verlauf, int tag, int64_t neu, int64_t alt,
                                        int64_t pct, const char *dauer, bool datenabgleich);
void wgi_fall_text_27_1(entscheidung_intern *x, int t_antrag, int64_t pct, int tw, bool rueckwirkend, bool verfristet,
                        const char *dauer);
void wgi_fall_text_bagatelle(wg_fall_ergebnis *r, const entscheidung_intern *x, int64_t bagatelle);
void wgi_fall_text_rechtsaenderung(entscheidung_intern *x, const wgi_rechtsaenderung *a);
void wgi_fall_text_bestandsschutz(wg_fall_ergebnis *r, const wgi_rechtsaenderung *a);
void wgi_fall_text_nach_bwz(wg_fall_ergebnis *r, int verlauf, int ab);
void wgi_fall_text_abweichung(wg_fall_ergebnis *r, int64_t berechnet, int64_t bewilligt);

/* fall_aussteuerung.c */
bool wgi_fall_ist_datenabgleich(const char *q);
void wgi_fall_aussteuerung_sammeln(const lauf *l, bool erstattung_50_2);

/* fall_geld.c */
wg_status wgi_fall_monate_rechnen(lauf *l);
void wgi_fall_erstattung_rechnen(lauf *l);
bool wgi_fall_schuldner_finden(lauf *l);

#endif
