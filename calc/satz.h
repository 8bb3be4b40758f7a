/*
 * satz.h — the Satz: one household in checked, compact form for the bulk path (wg_satz_packen
 * in satz.c writes it, the bulk walk in nur_betrag.c computes it). Its flags, and the only ways
 * to read or change a packed Satz: its Stichtag, Mietenstufe and Gemeinde, and a value at the
 * place of an unknown of a partial record (wgi_satz_orte, wgi_satz_werte in teilhaushalt.h).
 * The byte layout (satz_format.h) is known to satz.c and the bulk walk only — nobody else
 * touches bytes (as Redis's listpack is used through lpAppend/lpGet).
 *
 * It holds the input values themselves (cents, flags, dates), not anything computed from them:
 * every rule of the WoGG is applied when the Satz is computed. Packing only checks the record
 * (the checks of pruefung.c, and that the engine's tables have a Rechtsstand and a Mietenstufe
 * for it), leaves out what no rule reads (the income items and payments of members who are not
 * counted, and of every member when Y is given: rechenweg.md §§ 1, 2), and orders a member's
 * income items by Einkunftsart, marking the last of each art (WGI_SP_ENDE), so that the sums per
 * art of § 14 need no table when computed. Sums of integers do not depend on their order. Not
 * part of the public API: the layout may change with any release; callers see only bytes.
 */
#ifndef WGI_SATZ_H
#define WGI_SATZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tabellen.h"
#include "wohngeld.h"

/* satz_kopf.schalter */
enum {
    WGI_SATZ_HEIM = 1u << 0,              /* § 9 Abs. 3 */
    WGI_SATZ_ALLEINERZIEHEND = 1u << 1,   /* § 17 Nr. 3 */
    WGI_SATZ_VERMOEGEN = 1u << 2,         /* vermoegen_cent given, § 21 Nr. 3 */
    WGI_SATZ_GESAMTEINKOMMEN = 1u << 3,   /* Y given */
    WGI_SATZ_DECKELUNG = 1u << 4,         /* auslegung.deckelung_auf_miete */
    WGI_SATZ_NACH_ENTLASTUNG = 1u << 5,   /* auslegung.mindestmiete_nach_entlastung */
    WGI_SATZ_ABSCHNEIDEN = 1u << 6,       /* auslegung.zwischenrundung = abschneiden */
    WGI_SATZ_UEBER12_TATSAECHLICH = 1u << 7,
    WGI_SATZ_HEIZUNG = 1u << 8,           /* WoGV § 6 Abs. 2 flat deductions */
    WGI_SATZ_WARMWASSER = 1u << 9,
    WGI_SATZ_HAUSHALTSENERGIE = 1u << 10,
    WGI_SATZ_GARAGE = 1u << 11,
    WGI_SATZ_STELLPLATZ = 1u << 12,
};

/* satz_mitglied.merkmale */
enum {
    WGI_SM_ZAEHLT = 1u << 0,              /* zu_beruecksichtigen */
    WGI_SM_KIND = 1u << 1,                /* § 17 Nr. 4 */
    WGI_SM_STEUERN = 1u << 2,             /* § 16 Abs. 1 Nr. 1–3, in this order */
    WGI_SM_KRANKEN_PFLEGE = 1u << 3,
    WGI_SM_RENTE = 1u << 4,
    WGI_SM_SCHWERBEHINDERT = 1u << 5,     /* § 17 Nr. 1 */
    WGI_SM_NS_VERFOLGT = 1u << 6,         /* § 17 Nr. 2 */
    WGI_SM_GRUNDRENTE = 1u << 7,          /* § 17a */
    WGI_SM_FOERDERUNG = 1u << 8,          /* § 20 Abs. 2 */
    WGI_SM_JAHRESEINKOMMEN = 1u << 9,     /* jahreseinkommen_cent given */
    WGI_SM_GEBURTSDATUM = 1u << 10,
    WGI_SM_SELTEN = 1u << 11,             /* an item with Werbungskosten or of a § 14 Abs. 2 art
                                            (Elterngeld, BAföG, Kindergeld), or § 17a: the
                                            general way; else items are grouped (WGI_SP_ENDE) */
};

/* satz_posten.merkmale */
enum {
    WGI_SP_ENDE = 1u << 0,                /* the last item of its Einkunftsart (members without
                                            WGI_SM_SELTEN keep their items grouped by art) */
    WGI_SP_JAEHRLICH = 1u << 1,           /* betrag_jahr, else betrag_monat */
    WGI_SP_WERBUNGSKOSTEN = 1u << 2,
    WGI_SP_PLUS = 1u << 3,                /* ElterngeldPlus */
};


/* True when the laenge bytes at satz begin with a Satz exactly as wg_satz_packen writes one:
 * its length within laenge, known flags only, a real Stichtag, every count within the limits
 * and the bytes, every amount within the checks of pruefung.c, items grouped by art where the
 * member is not WGI_SM_SELTEN. Reads nothing beyond laenge. (satz.c) */
bool wgi_satz_gueltig(const void *satz, size_t laenge);

/* A packed Satz's Stichtag and Mietenstufe (1–7; 0: the Gemeinde's), set for the months of a
 * search or a running case, and its Gemeinde (the key of wgi_ags_schluessel). */
void wgi_satz_stichtag_setzen(void *satz, int jahr, int monat, int tag);
int wgi_satz_mietenstufe(const void *satz);
void wgi_satz_mietenstufe_setzen(void *satz, int stufe);
uint64_t wgi_satz_gemeinde(const void *satz);

/* What one computation of a Satz leaves beside its wg_kurz, for the screening on partial data
 * (vorpruefung.c) and the plausibility hints: where it stopped and the values the amount was
 * computed from. Set only as far as the computation got (formel false: stopped before the
 * formula; vermoegen: stopped at § 21 Nr. 3). */
typedef struct wgi_satz_teile {
    const wgi_periode *p;
    bool formel, vermoegen, deckelung;
    wgi_b4 gesamteinkommen;             /* per year (§ 13) */
    wgi_b4 einkuenfte;                  /* per year: the sum of positive Einkünfte and Einnahmen
                                           of the counted members before § 16 (§ 24 Abs. 3; the
                                           Jahreseinkommen where one was given) */
    wgi_b4 miete;                       /* R of § 11 before the cap */
    wgi_b4 grenze;                      /* H + K, the cap of R (§ 11 Abs. 1, § 12) */
    wgi_b4 gekappt;                     /* min(R, H + K): what § 11 Abs. 1 counts */
    int n;                              /* zu berücksichtigende members */
    wgi_rundung rundung;                /* of the zwischenrundung */
    wgi_z10 m_formel, y_formel;         /* M', Y' of Anlage 3 Nr. 1 */
    wgi_z10 m_euro, z4;                 /* ⌊M⌋ in whole euros; z4 */
} wgi_satz_teile;
/* z4 of § 19 Abs. 1 with Anlage 3 Nr. 2 for M', Y' (z10) and n_tab, as every computation takes
 * it (nur_betrag.c); false when a value leaves every exact range. */
bool wgi_formel_z4(const wgi_periode *p, int n_tab, wgi_z10 m_formel, wgi_z10 y_formel, wgi_rundung rundung,
                   wgi_z10 *z4);
/* wg_satz_berechnen on a Satz the caller packed itself (wgi_satz_packen), unchecked, with the
 * period fest (NULL: by the Stichtag), filling teile (nur_betrag.c). */
wg_status wgi_satz_teile_rechnen(const wg_engine *e, const void *satz, const wgi_periode *fest, wg_kurz *aus,
                                 wgi_satz_teile *teile);
/* wg_satz_packen, for the screening, which writes values into a Satz in place: a member i with
 * bit 0 of allgemein[i] keeps its items in the order given (item j is posten j: grouped by art
 * as they come, else the general way, WGI_SM_SELTEN), with bit 1 is computed the general way
 * (its § 17a flag may change). allgemein may be NULL. Refuses what wg_satz_packen refuses. */
size_t wgi_satz_packen(const wg_engine *e, const wg_haushalt *h, void *puffer, size_t kap, const unsigned char *allgemein);


#endif
