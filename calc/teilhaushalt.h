/*
 * teilhaushalt.h — a partial household as the screening works on it (teilhaushalt.c): a deep
 * copy of the household that values can be written into, and every unknown resolved to the
 * field it names, how the rules read it (its side: docs/vorpruefung.md "Warum exakt") and where
 * it sits in a Satz.
 *
 * Exports: wgi_kopie and its functions, wgi_unbekannte, wgi_unbekannte_aufloesen,
 * wgi_satz_orte, wgi_satz_werte.
 */
#ifndef WGI_TEILHAUSHALT_H
#define WGI_TEILHAUSHALT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wohngeld.h"
#include "wohngeld_vorpruefung.h"

/* A household with its own members, items and payments, so values can be written into it. */
typedef struct wgi_kopie {
    wg_haushalt h;
    wg_mitglied *m;
    wg_einkommen *e;
    wg_unterhalt *u;
    size_t km, ke, ku;
} wgi_kopie;
bool wgi_kopie_von(wgi_kopie *k, const wg_haushalt *h); /* false: out of memory */
void wgi_kopie_frei(wgi_kopie *k);

/* Where an unknown sits in a household. */
typedef enum wgi_feldort {
    WGI_FO_WOHNKOSTEN, WGI_FO_ABZUEGE, WGI_FO_VERMOEGEN, WGI_FO_GESAMTEINKOMMEN,
    WGI_FO_HEIM, WGI_FO_ALLEIN, WGI_FO_WARMWASSER, WGI_FO_HAUSHALTSENERGIE, WGI_FO_GARAGE, WGI_FO_STELLPLATZ,
    WGI_FO_JAHRESEINKOMMEN, WGI_FO_ALTER, WGI_FO_MERKMAL, WGI_FO_POSTEN, WGI_FO_WERBUNGSKOSTEN, WGI_FO_UNTERHALT
} wgi_feldort;

/* How the amount depends on an unknown money value, everything else fixed (docs/vorpruefung.md):
 * through M (non-decreasing: rent; non-increasing: deductions from it), through Y
 * (non-decreasing: income; non-increasing: Werbungskosten, maintenance paid), through Y but not
 * monotone (the pension of a member with § 17a: |ΔY·12| ≤ |Δ annual amount|), the Vermögen
 * step, or not at all (a value no rule reads). */
typedef enum wgi_seite { WGI_S_KEINE, WGI_S_M_AUF, WGI_S_M_AB, WGI_S_Y_AUF, WGI_S_Y_AB, WGI_S_Y_17A, WGI_S_V } wgi_seite;

typedef struct wgi_unbekannt {
    wg_unbekannt pub;
    wgi_feldort ort;
    int i, j;                 /* member, item or payment */
    unsigned merkmal;         /* WGI_FO_MERKMAL: WGI_SM_* bit */
    wgi_seite seite;
    int64_t faktor;           /* money: cents per cent of the annual amount (12 monthly, 1 yearly) */
    int64_t klasse[3];        /* flags and ages: the values that stand for all (docs/vorpruefung.md) */
    int anzahl_klassen;
    size_t satz_ort;          /* byte offset in the Satz; SIZE_MAX: not in it */
    /* WGI_S_Y_17A (vorpruefung.c): the member's § 17a flag as an unknown (its index, −1: known
     * true); the annual sum of the member's known pension items (b4); Y falls with the pension
     * sum S up to faellt_bis and rises from steigt_ab (b4; −1 / INT64_MAX: nowhere) */
    int grundrente_var;
    int64_t rente_bekannt, faellt_bis, steigt_ab;
} wgi_unbekannt;

/* Whether hint `code` (hinweise.c) reads a value a partial record leaves open — then it holds
 * at the witness of the maximum only, not for the household (docs/vorpruefung.md § 5). The
 * rent hints read the rent; kind_ohne_alter ages, the child flag and incomes; the need
 * (einkommen_unter_bedarf) everything the amount reads; einkommen_fehlt and
 * rechtsstand_ungesichert only what is always known. An unknown code counts as reading all. */
bool wgi_hinweis_offen(const char *code, const wgi_unbekannt *u, size_t anzahl);

/* Resolves the anzahl unknowns u of h (a copy: k) into out. grenzen: the distinct age limits
 * of § 17 Nr. 4 that apply (0-terminated). WG_OK or the error in f. */
wg_status wgi_unbekannte_aufloesen(const wgi_kopie *k, const wg_unbekannt *u, size_t anzahl, const int *grenzen,
                                  wgi_unbekannt *out, wg_fehler *f);
/* The classes of the age unknowns for the age limits grenzen (0-terminated). */
void wgi_altersklassen(wgi_unbekannt *u, size_t anzahl, const int *grenzen);
/* Writes the values werte[0 … anzahl − 1] of the unknowns into the household k. */
void wgi_kopie_werte(wgi_kopie *k, const wgi_unbekannt *u, size_t anzahl, const int64_t *werte);
/* The place of each unknown in the Satz packed from k (satz_ort). */
void wgi_satz_orte(const void *satz, wgi_unbekannt *u, size_t anzahl);
/* Writes the values into the Satz. */
void wgi_satz_werte(void *satz, const wgi_unbekannt *u, size_t anzahl, const int64_t *werte);

#endif
