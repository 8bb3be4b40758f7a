/*
 * wohngeld_fall.h — running cases: the life of an award through its Bewilligungszeitraum
 * (docs/laufende-faelle.md; §§ 22, 24–30a, 41–44 WoGG, § 6 Abs. 2 WoGG).
 *
 * A wg_fall is the award as the authority holds it — application date, the granted
 * Bewilligungszeitraum (BWZ) and monthly amount, the household the Bescheid rests on — and a
 * history of dated changes (complete new circumstances, or events such as a move-out or a
 * death). wg_fall_rechnen decides, month by month, what was granted (after the law-change rules
 * of §§ 42a–44) and what is due (after § 27 Abs. 1 and 2, § 28 Abs. 1 and 3, § 6 Abs. 2), the
 * decisions with their dates and compared values, the exact overpayment and back payment up to
 * the evaluation date, and the hints the authority acts on (an increase it may invite, a duty
 * to report, a deadline run out). Every amount is the amount of wg_berechnen for the month's
 * circumstances under the month's law; wg_fall_monat_herleitung gives its full derivation.
 *
 * Ownership: a wg_fall is the caller's plain struct (like wg_haushalt) and points to the
 * caller's memory (or the JSON reader's, until its next record). A wg_fall_ergebnis is opaque
 * (wg_fall_ergebnis_neu / _frei), reusable, and what it hands out lives in it until its next
 * use; it may point into the wg_fall it was computed from, which must outlive that use.
 * Threads: one wg_fall_ergebnis per thread; the engine is shared.
 */
#ifndef WOHNGELD_FALL_H
#define WOHNGELD_FALL_H

#include "wohngeld.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What happened, besides (or instead of) complete new circumstances. */
typedef enum wg_ereignis_art {
    WG_EREIGNIS_AUSZUG = 0,          /* a member moved out; `ab` is the first day without them */
    WG_EREIGNIS_EINZUG,              /* a member moved in (mitglied_neu) */
    WG_EREIGNIS_TOD,                 /* a member died; `ab` is the day of death (§ 6 Abs. 2) */
    WG_EREIGNIS_TRANSFERLEISTUNG,    /* a member receives a Transferleistung (§ 7 Abs. 1) from `ab` */
    WG_EREIGNIS_NUTZUNGSAUFGABE,     /* nobody uses the dwelling any more from `ab` (§ 28 Abs. 1) */
    WG_EREIGNIS_ANTRAG_ERHOEHUNG,    /* an application for a higher amount (§ 27 Abs. 1), filed on `datum` */
    WG_EREIGNIS_ANZAHL
} wg_ereignis_art;
WG_API const char *wg_ereignis_name(wg_ereignis_art a);   /* "auszug", … (the record's spelling) */

typedef struct wg_ereignis {
    wg_ereignis_art art;
    const char *mitglied;            /* the member's id (auszug, tod, transferleistung) */
    const wg_mitglied *mitglied_neu; /* einzug: the member, with an id */
    bool hat_datum;
    wg_datum datum;                  /* antrag_erhoehung: the day it was filed (default: ab) */
} wg_ereignis;

/* One entry of the history: from `ab` on, the circumstances are `haushalt` (complete, members
 * matched by id) and/or changed by the events, in this order. */
typedef struct wg_aenderung {
    wg_datum ab;
    bool hat_bis;
    wg_datum bis;                    /* the change is known to end after this day */
    bool hat_bekannt;
    wg_datum bekannt;                /* when the authority learned of it (default: ab) */
    bool hat_kenntnis_haushalt;
    wg_datum kenntnis_haushalt;      /* when the household learned of it (default: bekannt);
                                        § 25 Abs. 4, 5 deadlines of a new or retroactive application */
    const char *quelle;              /* "datenabgleich_rente", "melderegister", … (echoed; a source
                                        beginning with "datenabgleich" is § 33 data) */
    bool rueckwirkend;               /* a rent raised with retroactive effect (§ 27 Abs. 1 Satz 2) */
    const wg_haushalt *haushalt;     /* NULL: only events */
    const wg_ereignis *ereignisse;   size_t anzahl_ereignisse;
} wg_aenderung;

/* What was actually paid for a month (payments stopped, offset, paid to the landlord: § 26). */
typedef struct wg_zahlung {
    int jahr, monat;
    int64_t betrag;                  /* whole euros */
} wg_zahlung;

/* Why a BWZ begins before the month of its application (§ 25 Abs. 3, 4 WoGG). */
typedef enum wg_beginn_art {
    WG_BEGINN_ANTRAGSMONAT = 0,      /* § 25 Abs. 2: the month of the application (or later) */
    WG_BEGINN_25_3,                  /* § 25 Abs. 3: a § 7 benefit was refused from that month */
    WG_BEGINN_25_4                   /* § 25 Abs. 4: an award became ineffective by § 28 Abs. 3 */
} wg_beginn_art;

/* The running case (record "wohngeld-fall/1", docs/records.md). */
typedef struct wg_fall {
    const char *id;
    wg_datum antrag;                 /* the day the application was filed */
    bool hat_stand;
    wg_datum stand;                  /* evaluation date (default: the last day of the BWZ) */
    bool hat_entscheidung_am;
    wg_datum entscheidung_am;        /* the day the authority decides (default: stand); the
                                        deadline of § 27 Abs. 2 Satz 6 and § 30a are judged on it */
    int von_jahr, von_monat, bis_jahr, bis_monat;  /* the granted BWZ */
    wg_beginn_art beginn;            /* a BWZ begun before the application month (§ 25 Abs. 3, 4) */
    bool hat_beginn_kenntnis;
    wg_datum beginn_kenntnis;        /* …and when the household learned of the refusal or of the
                                        ineffectiveness: the application is due by the end of the
                                        following month */
    bool hat_bescheid_am;
    wg_datum bescheid_am;            /* the day the Bescheid was issued: a fact already true then
                                        is § 45 SGB X, not § 27 Abs. 2 (BVerwG 5 C 2.18) */
    bool hat_wohngeld_monat;
    int64_t wohngeld_monat;          /* the granted amount, whole euros (default: computed) */
    wg_haushalt haushalt;            /* the circumstances the Bescheid rests on; no stichtag or
                                        zeitraum (the BWZ gives them); every member has an id */
    const wg_aenderung *verlauf;     size_t anzahl_verlauf;
    const wg_zahlung *zahlungen;     size_t anzahl_zahlungen;  /* default: what was granted */
} wg_fall;
WG_API void wg_fall_init(wg_fall *f);

/* Limits of one case (docs/grenzen.md): history entries and events of one entry. */
#define WG_FALL_MAX_VERLAUF 64
#define WG_FALL_MAX_EREIGNISSE 16
#define WG_FALL_MAX_ZAHLUNGEN 64

/* The open questions of the procedure (docs/auslegung.md), the same for every case of a run. */
typedef enum wg_vergleich_y {
    WG_VERGLEICH_Y_GESAMTEINKOMMEN = 0,  /* the Gesamteinkommen after §§ 14–18 (default) */
    WG_VERGLEICH_Y_FORMELWERT            /* the Y of the formula (at least the Anlage-3 minimum) */
} wg_vergleich_y;
typedef struct wg_fall_einstellungen {
    int voruebergehend_bis_monate;   /* a change lasting at most this many months is temporary
                                        (§ 27 Abs. 2: "nicht nur vorübergehend"); default 2, 0–24 */
    wg_vergleich_y vergleich_y;
    /* when a person must decide (§ 31a SGB X; docs/laufende-faelle.md § 7) */
    int daten_max_alter_monate;      /* a fact older than this at the decision is stale; default 3 */
    int64_t erstattung_grenze;       /* an Erstattung of at least this many euros goes to a
                                        person; default 1000, 0: none */
    int frist_warnung_tage;          /* a § 27 Abs. 2 deadline within this many days; default 30 */
} wg_fall_einstellungen;
WG_API void wg_fall_einstellungen_init(wg_fall_einstellungen *s);
WG_API const char *wg_vergleich_y_name(wg_vergleich_y v);   /* "gesamteinkommen", "formelwert" */

typedef struct wg_fall_ergebnis wg_fall_ergebnis;
WG_API wg_fall_ergebnis *wg_fall_ergebnis_neu(void);
WG_API void wg_fall_ergebnis_frei(wg_fall_ergebnis *r);

/* Computes the case. Returns WG_OK, or the error (also in wg_fall_ergebnis_fehler) with the
 * field named: "verlauf[2].ab", "verlauf[0].ereignisse[1].mitglied", "bewilligung.bis", …
 * s NULL: the defaults. */
WG_API wg_status wg_fall_rechnen(const wg_engine *e, const wg_fall *f, const wg_fall_einstellungen *s,
                                 wg_fall_ergebnis *r);

WG_API wg_status wg_fall_ergebnis_status(const wg_fall_ergebnis *r);
WG_API const wg_fehler *wg_fall_ergebnis_fehler(const wg_fall_ergebnis *r);   /* NULL when WG_OK */
WG_API const char *wg_fall_ergebnis_id(const wg_fall_ergebnis *r);
WG_API const wg_fall_einstellungen *wg_fall_ergebnis_einstellungen(const wg_fall_ergebnis *r);
/* § 22 Abs. 4 WoGG on its own (since 2.1): the day a Weiterleistungsantrag filed on `antrag` for a
 * Bewilligungszeitraum beginning in month von_jahr/von_monat counts as filed — the first day of the
 * second month before that beginning when it was filed earlier, else `antrag`. A letter states it. */
WG_API wg_datum wg_weiterleistungsantrag_gilt(wg_datum antrag, int von_jahr, int von_monat);
/* The day the application counts as filed (§ 22 Abs. 4: an early Weiterleistungsantrag). */
WG_API wg_datum wg_fall_ergebnis_antrag_gilt(const wg_fall_ergebnis *r);
/* The evaluation date in effect (the record's `stand`, else the last day of the BWZ). */
WG_API wg_datum wg_fall_ergebnis_stand(const wg_fall_ergebnis *r);
/* The decision date in effect (the record's `entscheidung_am`, else the evaluation date). */
WG_API wg_datum wg_fall_ergebnis_entscheidung_am(const wg_fall_ergebnis *r);
/* The amount computed from the Bescheid's household for the first month (the granted amount
 * when the record gives none). */
WG_API int64_t wg_fall_ergebnis_berechnet(const wg_fall_ergebnis *r);

typedef struct wg_fall_monat {
    int jahr, monat;
    int64_t bewilligt;               /* granted, after §§ 42a–44 (whole euros) */
    int64_t zusteht;                 /* due, after §§ 27, 28, 6 Abs. 2 */
    int64_t differenz;               /* zusteht − bewilligt: < 0 overpaid, > 0 owed */
    const char *regel;               /* the rule that makes the month differ from the Bescheid's
                                        amount, or NULL: "§ 27 Abs. 2 Nr. 3", "§ 28 Abs. 1", "§ 42d" */
    const char *rechtsstand;         /* the period of the law the amount due follows */
    int grundlage;                   /* circumstances of the amount due: -1 the Bescheid's, else
                                        the last history entry (index in verlauf) they include */
    bool gezahlt;                    /* settled: paid by the evaluation date (first day ≤ stand)
                                        or named in `zahlungen` */
    int64_t ausgezahlt;              /* what was paid (`zahlungen`, else bewilligt when gezahlt) */
} wg_fall_monat;
WG_API size_t wg_fall_ergebnis_anzahl_monate(const wg_fall_ergebnis *r);
WG_API const wg_fall_monat *wg_fall_ergebnis_monat(const wg_fall_ergebnis *r, size_t i);

/* A compared value of § 27 (R monthly, Gesamteinkommen yearly; exact decimals in EUR). */
typedef struct wg_fall_vergleich {
    bool gesetzt;
    const char *alt, *neu;
    const char *prozent;             /* the change in percent, two places (rounded half away from 0);
                                        NULL when alt is 0 */
} wg_fall_vergleich;

typedef struct wg_fall_entscheidung {
    const char *regel;               /* "§ 27 Abs. 2 Nr. 1", "§ 27 Abs. 1 Nr. 2", "§ 28 Abs. 3", "§ 42d", … */
    const char *text;                /* one German sentence */
    wg_datum aenderung;              /* the change date */
    wg_datum wirksam;                /* from when it takes effect */
    bool hat_frist;
    wg_datum frist;                  /* decision deadline (§ 27 Abs. 2 Satz 6: one year after bekannt) */
    bool hat_bekannt;
    wg_datum bekannt;
    const char *quelle;
    int verlauf;                     /* the history entry, -1 for a law change */
    int64_t alt, neu;                /* monthly amounts before and from `wirksam` */
    int mitglieder_alt, mitglieder_neu;
    wg_fall_vergleich miete;         /* R compared (§ 27: after § 11, capped, no heating relief) */
    wg_fall_vergleich einkommen;     /* Gesamteinkommen compared (per the setting vergleich_y) */
    const char *rechtsweg;           /* the legal path: "§ 27 Abs. 2 WoGG, § 50 Abs. 1 SGB X",
                                        "§ 45 SGB X", … (docs/laufende-faelle.md § 7) */
    bool gebunden;                   /* a bound decision the program may take (false: discretion) */
    int64_t ueberzahlung;            /* Σ max(0, ausgezahlt − zusteht) over the settled months it governs */
    int64_t erstattung;              /* what § 50 SGB X reclaims for it after § 30a (per Aufhebung) */
} wg_fall_entscheidung;
WG_API size_t wg_fall_ergebnis_anzahl_entscheidungen(const wg_fall_ergebnis *r);
WG_API const wg_fall_entscheidung *wg_fall_ergebnis_entscheidung(const wg_fall_ergebnis *r, size_t i);

/* Σ max(0, bewilligt − zusteht) and Σ max(0, zusteht − bewilligt) over the months paid by the
 * evaluation date; erstattung: what is reclaimed after § 30a (0 when waived). */
WG_API int64_t wg_fall_ergebnis_ueberzahlung(const wg_fall_ergebnis *r);
WG_API int64_t wg_fall_ergebnis_nachzahlung(const wg_fall_ergebnis *r);
WG_API int64_t wg_fall_ergebnis_erstattung(const wg_fall_ergebnis *r);

/* Hints: erhoehung_moeglich, meldepflicht, voruebergehend_ignoriert, bescheid_abweichung,
 * frist_abgelaufen, bagatelle_30a, neuantrag_moeglich (docs/laufende-faelle.md § 6). */
typedef struct wg_fall_hinweis {
    const char *code;
    const char *text;                /* German, with the numbers */
    const char *regel;
    int verlauf;                     /* the history entry it is about, -1 none */
    bool hat_datum;
    wg_datum datum;                  /* erhoehung_moeglich: from when; frist_abgelaufen: the deadline */
    bool hat_betrag;
    int64_t betrag;                  /* erhoehung_moeglich: the amount an application would bring */
    const char *quelle;              /* the source of the fact it rests on (the entry's quelle) */
} wg_fall_hinweis;
WG_API size_t wg_fall_ergebnis_anzahl_hinweise(const wg_fall_ergebnis *r);
WG_API const wg_fall_hinweis *wg_fall_ergebnis_hinweis(const wg_fall_ergebnis *r, size_t i);

/* The reasons a person must decide the case (§ 31a SGB X; docs/laufende-faelle.md § 7): none
 * means the machine may. Codes: ruecknahme_45_sgb_x, bescheid_abweichung, frist_abgelaufen,
 * frist_nahe, bwz_abgelaufen, bestandsschutz_42d, daten_veraltet, datenabgleich_anhoerung,
 * quellen_widerspruch, erstattung_grenze, schuldner_auswahl, auslegung_voruebergehend. */
typedef struct wg_fall_aussteuerung {
    const char *code;
    const char *norm;
    const char *text;                /* German, with the numbers */
    int verlauf;                     /* the history entry it is about, -1 none */
} wg_fall_aussteuerung;
WG_API size_t wg_fall_ergebnis_anzahl_aussteuerungen(const wg_fall_ergebnis *r);
WG_API const wg_fall_aussteuerung *wg_fall_ergebnis_aussteuerung(const wg_fall_ergebnis *r, size_t i);

/* § 29 Abs. 1 WoGG: the joint debtors of an Erstattung — the ids of the adult counted members of
 * the household the overpaid award rested on (none when nothing is reclaimed). */
WG_API size_t wg_fall_ergebnis_anzahl_schuldner(const wg_fall_ergebnis *r);
WG_API const char *wg_fall_ergebnis_schuldner(const wg_fall_ergebnis *r, size_t i);

/* The month i's amount behind the hint erhoehung_moeglich h (index among the hints): the
 * derivation an application would bring, under the law it would be decided by. WG_E_ARGUMENT
 * when hint h is not erhoehung_moeglich. */
WG_API wg_status wg_fall_hinweis_herleitung(const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t h,
                                            wg_ergebnis *r);

/* The full derivation of month i's amount due, as wg_berechnen gives it (the same rule
 * functions; for a month under a law-change rule the period combined as that rule says). The
 * result's Rechtsstand points into fr and f, which must outlive r's use. */
WG_API wg_status wg_fall_monat_herleitung(const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t i,
                                          wg_ergebnis *r);

#ifdef __cplusplus
}
#endif
#endif
