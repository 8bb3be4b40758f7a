/*
 * tabellen.h — the statutory tables in memory.
 *
 * The human-edited files in tables/ (*.tab, format in tables/README.md) are parsed by
 * tabellen.c into these structs when an engine is opened. One wgi_periode is one legal
 * state (Rechtsstand); values not written in a file are inherited from its `basis` period.
 * Money is on the wgi_b4 scale, coefficients on the z10 scale (zahl.h).
 */
#ifndef WGI_TABELLEN_H
#define WGI_TABELLEN_H

#include "zahl.h"
#include "wohngeld.h"

#define WGI_MAX_PERIODEN 12
/* room for the rows of Anlagen 1–3 (the law's number of rows, 12, is the table value
 * tabelle_mitglieder; it must not exceed this) */
#define WGI_MAX_TAB 12
#define WGI_MAX_STUFEN 7
#define WGI_MAX_JAHRE 64
#define WGI_QUELLE_LEN 160

/* Scalar values of a period; the names are those of the table files. */
typedef enum wgi_skalar {
    WGI_S_FAKTOR = 0,
    WGI_S_ZUSCHLAG_UEBER_12,
    WGI_S_MINDESTBETRAG,
    WGI_S_FB_17_1, WGI_S_FB_17_2, WGI_S_FB_17_3, WGI_S_FB_17_4,
    WGI_S_FB_17A_SOCKEL, WGI_S_FB_17A_PROZENT, WGI_S_FB_17A_RBS_PROZENT,
    WGI_S_UH_18_1, WGI_S_UH_18_2, WGI_S_UH_18_3, WGI_S_UH_18_4,
    WGI_S_ABZUG_16_PROZENT,
    WGI_S_PAUSCH_RENTE, WGI_S_KAPITAL_FREI, WGI_S_ELTERNGELD_FREI, WGI_S_ELTERNGELD_PLUS_FREI,
    WGI_S_BAFOEG_PROZENT,
    WGI_S_VERMOEGEN_ERSTES, WGI_S_VERMOEGEN_WEITERES,
    WGI_S_WOGV6_HEIZUNG_QM, WGI_S_WOGV6_WW_1, WGI_S_WOGV6_WW_2, WGI_S_WOGV6_WW_WEITERE,
    WGI_S_WOGV6_EN_1, WGI_S_WOGV6_EN_2, WGI_S_WOGV6_EN_WEITERE, WGI_S_WOGV6_GARAGE, WGI_S_WOGV6_STELLPLATZ,
    /* optional rules, so far only of the 2027 draft */
    WGI_S_DECKELUNG,            /* 1: the amount is capped at M by law (§ 19 Abs. 4 WoGG-E) */
    WGI_S_VERMOEGEN_HOECHSTENS, /* cap of the § 21 asset limit */
    WGI_S_NUR_PAUSCHBETRAG,     /* 1: no higher actual Werbungskosten */
    WGI_S_AN_PAUSCHBETRAG,      /* replaces the year table of the Arbeitnehmer-Pauschbetrag */
    /* numbers of the law that shape the rules */
    WGI_S_TABELLE_MITGLIEDER,   /* Anlagen 1–3 list households of 1 … 12 members (§ 19 Abs. 3: from the 13th) */
    WGI_S_KIND_ALTERSGRENZE,    /* § 17 Nr. 4: "Kinder … unter 25 Jahren" */
    /* the running award (docs/laufende-faelle.md) */
    WGI_S_AENDERUNG_27_1_PROZENT, /* § 27 Abs. 1: an increase needs a change of more than … % */
    WGI_S_AENDERUNG_27_2_PROZENT, /* § 27 Abs. 2: a decrease needs a change of more than … % */
    WGI_S_BWZ_HOECHSTENS,       /* § 25 Abs. 1: months of a Bewilligungszeitraum at most */
    WGI_S_BAGATELLE_30A,        /* § 30a: overpayments up to this amount are not reclaimed (0 = no waiver) */
    WGI_S_FRIST_27_2_MONATE,    /* § 27 Abs. 2 Satz 6: decided within … months of the knowledge */
    WGI_S_MELDEPFLICHT_27_3_PROZENT, /* § 27 Abs. 3 Satz 1 Nr. 2, 3: report a change of more than … % */
    /* the Regelbedarfsstufen of the plausibility hint (Anlage zu § 28 SGB XII, § 8 RBEG): the ages
     * from which a member is in Stufe 5, 4, an adult, and no longer a child under the limit of 3 */
    WGI_S_RBS_ALTER_STUFE_5,
    WGI_S_RBS_ALTER_STUFE_4,
    WGI_S_RBS_ALTER_ERWACHSEN,
    WGI_S_RBS_ALTER_STUFE_3_BIS,
    WGI_S_ANZAHL
} wgi_skalar;

typedef struct wgi_skalar_def {
    const char *name;     /* name in the table file */
    int stellen;          /* decimals of the internal scale: 4 (b4) or 10 (z10) or 0 (plain) */
    bool pflicht;         /* must be set in every period */
} wgi_skalar_def;
extern const wgi_skalar_def wgi_skalar_defs[WGI_S_ANZAHL];

/* Tables with rows; index into wgi_periode.quelle_tabelle. */
typedef enum wgi_tabelle_id {
    WGI_T_ABC = 0, WGI_T_MINIMA, WGI_T_HOECHSTBETRAEGE, WGI_T_HEIZKOSTEN, WGI_T_KLIMAKOMPONENTE,
    WGI_T_ANZAHL
} wgi_tabelle_id;
extern const char *const wgi_tabelle_namen[WGI_T_ANZAHL];

/* A column set "1 … 5 members, Mehrbetrag for each further member" (Anlage 1, § 12 Abs. 6, 7). */
typedef struct wgi_staffel { wgi_b4 wert[6]; } wgi_staffel;

typedef struct wgi_periode {
    char id[24];
    char basis[24];
    char datei[64];                       /* the file it was read from, for messages */
    char name[96];
    char quelle[WGI_QUELLE_LEN];
    char gilt_ab[11], gilt_bis[11];       /* "YYYY-MM-DD"; gilt_bis "" = open */
    int ab, bis;                          /* YYYYMMDD; bis 0 = open */
    char gesichert_bis[11];               /* last day of known law; "" = no limit */
    int gesichert;                        /* YYYYMMDD of gesichert_bis, 0 = none */
    bool szenario;                        /* a draft, never chosen by date */

    int64_t skalar[WGI_S_ANZAHL];
    bool skalar_gesetzt[WGI_S_ANZAHL];
    char quelle_skalar[WGI_S_ANZAHL][WGI_QUELLE_LEN];

    int64_t a[WGI_MAX_TAB], b[WGI_MAX_TAB], c[WGI_MAX_TAB]; /* z10 */
    wgi_b4 m_min[WGI_MAX_TAB], y_min[WGI_MAX_TAB];
    int anzahl_stufen;                    /* 6 (P2016) or 7 */
    wgi_staffel hoechstbetrag[WGI_MAX_STUFEN];
    bool hat_co2, hat_dauerhaft, hat_klima;
    wgi_staffel co2, dauerhaft, klima;
    bool tabelle_gesetzt[WGI_T_ANZAHL];
    char quelle_tabelle[WGI_T_ANZAHL][WGI_QUELLE_LEN];

    bool hat_17a;                         /* § 17a in force */
    /* set by wgi_engine_ableiten: */
    wg_rechtsstand_info info;             /* what a result shows of it */
    wgi_b4 abzug_art[WG_ART_ANZAHL];       /* § 14 deduction per Einkunftsart for the bulk path:
                                             Pauschbetrag Renten/Versorgung, Sparer-Freibetrag */
    bool formel_kurz[WGI_MAX_TAB];         /* a, b, c of n_tab in [0, 1) and faktor in [1, 10): the
                                             bulk path may take wgi_formel_kurz */
} wgi_periode;

/* A change of the law inside running Bewilligungszeiträume (§ 41 Abs. 2, §§ 42a–44 WoGG;
 * tables/rechtsaenderungen.tab): from `tag` on a running award is recomputed with the
 * Bescheid's circumstances, the parts named new taken from the period then in force and every
 * other part kept from the award's own period; without `minderung` the higher amount stays. */
#define WGI_MAX_AENDERUNGEN 16
typedef struct wgi_rechtsaenderung {
    char datum[11];                       /* "YYYY-MM-DD" */
    int tag;                              /* YYYYMMDD */
    char regel[32];                       /* "§ 42d" */
    char quelle[WGI_QUELLE_LEN];
    bool minderung;                       /* a lower amount takes effect (else the higher stays) */
    bool neu_skalar[WGI_S_ANZAHL], neu_tabelle[WGI_T_ANZAHL], neu_mietenstufen;
    char teile[200];                      /* the new parts as written, for results */
} wgi_rechtsaenderung;

typedef struct wgi_jahreseintrag { int jahr; wgi_b4 wert; } wgi_jahreseintrag;

typedef struct wgi_jahrestabelle {
    wgi_jahreseintrag eintrag[WGI_MAX_JAHRE];
    int anzahl;
    char quelle[WGI_QUELLE_LEN];
} wgi_jahrestabelle;

/* One row of a Mietenstufen list (Anlage zu § 1 Abs. 3 WoGV). */
typedef enum wgi_ort_art { WGI_ORT_GEMEINDE = 0, WGI_ORT_KREIS = 1, WGI_ORT_INSEL = 2 } wgi_ort_art;
typedef struct wgi_ort {
    char ags[9];            /* 8 digits (gemeinde, insel) or 5 (kreis); "" in a names-only list */
    uint64_t schluessel;    /* wgi_ags_schluessel(ags): orders like strcmp on ags */
    unsigned char art;      /* wgi_ort_art */
    unsigned char stufe;    /* 1–7 */
    const char *name, *land;
} wgi_ort;

typedef struct wgi_mietenstufenliste {
    char id[24];
    char szenario[24];      /* "" = enacted; else the rechtsstand id of the scenario it serves */
    char gilt_ab[11], gilt_bis[11];
    int ab, bis;
    char quelle[WGI_QUELLE_LEN];
    char datei[64];
    wgi_ort *orte;           /* sorted by ags when the list has AGS */
    size_t anzahl;
    bool mit_ags;
    char *pool;             /* the strings of orte */
} wgi_mietenstufenliste;

#define WGI_MAX_LISTEN 4

typedef struct wgi_tabellen {
    wgi_periode periode[WGI_MAX_PERIODEN];
    int anzahl_perioden;
    wgi_jahrestabelle an_pauschbetrag;     /* Arbeitnehmer-Pauschbetrag per year */
    wgi_jahrestabelle rbs[6];              /* Regelbedarfsstufen 1–6 per month (rbs[0]: § 17a;
                                              all: the hint einkommen_unter_bedarf) */
    wgi_mietenstufenliste liste[WGI_MAX_LISTEN];
    int anzahl_listen;
    wgi_rechtsaenderung aenderung[WGI_MAX_AENDERUNGEN]; /* ascending by tag */
    int anzahl_aenderungen;
    char pruefsumme[72];                  /* "sha256:" + 64 hex */
} wgi_tabellen;

/* Parses one table text into t (periods are appended, `basis` resolved against the periods
 * already read, so files are given in order). name is used in messages. */
wg_status wgi_tabellen_lesen(wgi_tabellen *t, const char *text, size_t len, const char *name,
                            wg_fehler *f);
/* Frees what reading allocated (the Mietenstufen lists). */
void wgi_tabellen_frei(wgi_tabellen *t);
/* The first 8 bytes of an AGS (NUL-padded) as one big-endian number: for strings of digits
 * its order is the order of strcmp, so a list sorted by ags is sorted by this key, and a Kreis
 * "14729" is the key of "14729xyz" with the last three bytes zero. */
static inline uint64_t wgi_ags_schluessel(const char *ags8)
{
    uint64_t k = 0;
    for (int i = 0; i < 8; i++) k = k << 8 | (unsigned char)ags8[i];
    return k;
}

/* Reads the rest of a Mietenstufen list file (mietenstufen.c); text starts after `daten`. */
wg_status wgi_liste_daten_lesen(wgi_mietenstufenliste *m, const char *text, size_t len, wg_fehler *f);

/* Checks completeness and consistency after all texts were read. */
wg_status wgi_tabellen_pruefen(const wgi_tabellen *t, wg_fehler *f);

const wgi_periode *wgi_tabellen_periode(const wgi_tabellen *t, const char *id);
/* The value for a calendar year; outside the listed years the nearest listed year. */
wgi_b4 wgi_jahreswert(const wgi_jahrestabelle *j, int jahr, int *jahr_benutzt);

/* The tables compiled into the library (generated from tables/ *.tab at build time). */
extern const char *const wgi_eingebaute_tabellen[];
extern const char *const wgi_eingebaute_tabellen_namen[];
extern const size_t wgi_eingebaute_tabellen_anzahl;

#endif
