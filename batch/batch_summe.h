/*
 * batch_summe.h — the accounting of a night run and its summary file (docs/batch.md
 * "Summary"): records read = assessed + rejected, with and without claim by grund, rejected by
 * error code, hints by code, the exact totals (GMP), and the run's metadata (engine version,
 * table checksum, settings, input name, size and SHA-256, times, speed, threads).
 *
 * Exports: batch_summe, batch_lauf and the functions below.
 */
#ifndef WGI_BATCH_SUMME_H
#define WGI_BATCH_SUMME_H

#include "puffer.h"
#include "wohngeld.h"
#include "wohngeld_bescheid.h"
#include "wohngeld_fall.h"

#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define BATCH_MAX_HINWEISCODES 32
#define BATCH_HINWEISCODE_LEN 48
#define BATCH_GRUENDE 5
#define BATCH_KLASSEN 301        /* 10-EUR classes of the monthly amount: 0–9, 10–19, …, 3 000 and more */
#define BATCH_KLASSENBREITE 10
/* the interpretation switches a record set off their defaults (docs/auslegung.md), as bits */
enum { BATCH_AUSLEGUNG_ABSCHNEIDEN = 1, BATCH_AUSLEGUNG_DECKELUNG = 2, BATCH_AUSLEGUNG_UEBER12 = 4, BATCH_AUSLEGUNG_VOR_ENTLASTUNG = 8,
       BATCH_AUSLEGUNGEN = 4 };

typedef struct batch_summe {
    uint64_t gelesen, berechnet, abgelehnt, mit_anspruch;
    uint64_t ohne[BATCH_GRUENDE];                 /* assessed without claim, by wg_grund */
    uint64_t nach_code[WG_STATUS_ANZAHL];         /* rejected, by wg_status */
    uint64_t zeitraum;                            /* assessed zeitraum records */
    size_t anzahl_hinweise;
    char hinweis_code[BATCH_MAX_HINWEISCODES][BATCH_HINWEISCODE_LEN];
    uint64_t hinweis_anzahl[BATCH_MAX_HINWEISCODES];
    /* partial records (docs/vorpruefung.md § 6): by Einstufung (wg_einstufung), also per
     * Mietenstufe 1–7 and per household size 1–12 (13: more), the exact sums of the bounds
     * (first month of a zeitraum), and the fields most often deciding */
    uint64_t teil;
    size_t anzahl_zeugenhinweise;               /* hints that hold only at a witness, by code */
    char zeugenhinweis_code[BATCH_MAX_HINWEISCODES][BATCH_HINWEISCODE_LEN];
    uint64_t zeugenhinweis_anzahl[BATCH_MAX_HINWEISCODES];
    uint64_t einstufung[3];
    uint64_t stufe_einstufung[8][3];
    uint64_t groesse_einstufung[14][3];
    mpz_t summe_min, summe_max;
    size_t anzahl_fehlt;
    char fehlt_feld[BATCH_MAX_HINWEISCODES][BATCH_HINWEISCODE_LEN];
    uint64_t fehlt_anzahl[BATCH_MAX_HINWEISCODES];
    /* running cases (docs/laufende-faelle.md § 8): cases, with overpayment / back payment, the
     * exact sums, decisions by rule (the rule with "_" for spaces) */
    uint64_t faelle, faelle_ueberzahlung, faelle_nachzahlung;
    uint64_t faelle_ausgesteuert;               /* cases with a reason for a person (§ 31a SGB X) */
    size_t anzahl_aussteuerungen;               /* cases per reason, by code */
    char aussteuerung_code[BATCH_MAX_HINWEISCODES][BATCH_HINWEISCODE_LEN];
    uint64_t aussteuerung_anzahl[BATCH_MAX_HINWEISCODES];
    mpz_t ueberzahlung, nachzahlung, erstattung;
    size_t anzahl_regeln;
    char regel[BATCH_MAX_HINWEISCODES][BATCH_HINWEISCODE_LEN];
    uint64_t regel_anzahl[BATCH_MAX_HINWEISCODES];
    /* for the report (docs/bericht.md): records with a claim by monthly amount (first month of a
     * zeitraum), by counted members (1–12, 13: more) × Mietenstufe (1–7) with their amounts, and
     * every assessed complete record by Rechtsstand */
    uint64_t verteilung[BATCH_KLASSEN];
    uint64_t auslegung[BATCH_AUSLEGUNGEN];        /* assessed complete records per switch off its default */
    uint64_t tabelle_anzahl[14][8], tabelle_summe[14][8];
    size_t anzahl_rechtsstaende;
    char rechtsstand[BATCH_MAX_HINWEISCODES][BATCH_HINWEISCODE_LEN];
    uint64_t rechtsstand_anzahl[BATCH_MAX_HINWEISCODES];
    mpz_t monat;                                  /* Σ wohngeld_monat of Stichtag records, EUR */
    mpz_t zeitraum_summe;                         /* Σ summe of zeitraum records, EUR */
    /* --bescheide (docs/bescheide.md § 5): records' letters by kind, records whose letters could
     * not be made (their error in the letters directory) */
    bool bescheide;
    uint64_t brief_art[WG_BESCHEID_ANZAHL];
    uint64_t brief_fehler;
} batch_summe;

/* What the summary says about the run itself. */
typedef struct batch_lauf {
    const char *version, *tabellen;               /* engine version, table checksum */
    const char *eingabe, *ausgabe, *fehler;       /* file names as given ("-" = standard I/O) */
    uint64_t eingabe_groesse;
    char eingabe_sha256[65];                      /* "" when not known */
    const char *format, *umfang;
    const char *art;                              /* "haushalt" or "fall" */
    const wg_fall_einstellungen *fall;            /* the settings of running cases, or NULL */
    char trennzeichen;
    int threads;
    size_t block;
    double checkpoint_sekunden;
    char erster_beginn[32], beginn[32], ende[32]; /* UTC, ISO 8601 */
    double dauer_sekunden;                        /* of this process */
    uint64_t in_diesem_lauf;                      /* records handled by this process */
    unsigned fortsetzungen;                       /* how often the run was resumed */
    bool abgebrochen;                             /* stopped by a signal (resumable) */
    int shard_k, shard_n;                         /* --shard K/N, 0/0 for a whole run */
} batch_lauf;

void batch_summe_init(batch_summe *s);
void batch_summe_frei(batch_summe *s);
void batch_summe_leeren(batch_summe *s);
/* Counts one hint code (space-separated codes in text, len bytes). */
void batch_summe_hinweise(batch_summe *s, const char *text, size_t len);
/* Counts the hints of a partial record that hold only at its maximum's witness (space-separated). */
void batch_summe_zeugenhinweise(batch_summe *s, const char *text, size_t len);
/* Counts the deciding fields of a partial record (space-separated paths; member and item
 * indices are dropped: "mitglieder[].abzug_steuern"). */
void batch_summe_fehlt(batch_summe *s, const char *text, size_t len);
/* Counts the rules of a case's decisions (space-separated, each with "_" for its spaces). */
void batch_summe_regeln(batch_summe *s, const char *text, size_t len);
/* the reasons a case goes to a person, codes separated by spaces (each counted once per case) */
void batch_summe_aussteuerung(batch_summe *s, const char *text, size_t len);
/* Counts one assessed complete record: its Rechtsstand, and with a claim its amount's class and
 * its cell of members × Mietenstufe. */
void batch_summe_bericht(batch_summe *s, const char *rechtsstand, unsigned auslegung, bool anspruch, int64_t wohngeld,
                         int groesse, int stufe);
/* Adds an amount in EUR to a total. */
void batch_summe_addieren(mpz_t summe, int64_t eur);
/* True when the counters add up (read = assessed + rejected, …). */
bool batch_summe_stimmig(const batch_summe *s);

/* The summary as one line of JSON (format wohngeld-batch-zusammenfassung/3); lauf may be NULL
 * (then without the "lauf" object). */
void batch_summe_json(wgi_puffer *p, const batch_summe *s, const batch_lauf *lauf);

/* The current time, UTC, as "2026-12-02T14:57:35Z". */
void batch_zeit_jetzt(char aus[32]);

#endif
