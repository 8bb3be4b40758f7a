/*
 * satz_format.h — the byte layout of a Satz (satz.h): only calc/satz.c (which writes and patches
 * it) and the bulk walk calc/nur_betrag.c (which reads it) include this file.
 *
 * A Satz is a run of 8-byte aligned records in one buffer, read front to back:
 *
 *     satz_kopf
 *     for each member:  satz_mitglied, its satz_posten (income items), its satz_unterhalt
 */
#ifndef WGI_SATZ_FORMAT_H
#define WGI_SATZ_FORMAT_H

#include "satz.h"

typedef struct satz_kopf {
    uint32_t laenge;                     /* bytes of the whole Satz */
    uint32_t schalter;                   /* WGI_SATZ_* */
    int16_t jahr;                        /* the Stichtag */
    uint8_t monat, tag;
    uint8_t mietenstufe;                 /* 1–7, 0: the Gemeinde's */
    uint8_t anzahl_mitglieder;           /* n_gesamt, 1–100 */
    uint16_t reserviert;
    uint64_t gemeinde;                   /* wgi_ags_schluessel of the AGS when mietenstufe is 0 */
    int64_t wohnkosten_cent, abzuege_cent;
    int64_t heizung_qm_hundertstel;
    int64_t vermoegen_cent;
    int64_t gesamteinkommen_monat_cent;
} satz_kopf;

typedef struct satz_mitglied {
    int64_t jahreseinkommen_cent;
    uint16_t merkmale;                   /* WGI_SM_* */
    int16_t alter;                       /* -1 = not given */
    uint8_t anzahl_einkommen, anzahl_unterhalt; /* records that follow (0 when no rule reads them) */
    int16_t geb_jahr;
    uint8_t geb_monat, geb_tag;
} satz_mitglied;

typedef struct satz_posten {
    int64_t betrag_cent;
    int64_t werbungskosten_jahr_cent;
    uint8_t art;                         /* wg_einkommensart */
    uint8_t merkmale;                    /* WGI_SP_* */
} satz_posten;

typedef struct satz_unterhalt {
    int64_t betrag_cent;
    uint8_t empfaenger;                  /* wg_unterhalt_empfaenger */
    uint8_t jaehrlich, tituliert;
} satz_unterhalt;

_Static_assert(sizeof(satz_kopf) % 8 == 0 && sizeof(satz_mitglied) % 8 == 0 && sizeof(satz_posten) % 8 == 0 &&
                   sizeof(satz_unterhalt) % 8 == 0,
               "every record of a Satz keeps 8-byte alignment");

#endif
