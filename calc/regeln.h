/*
 * regeln.h — the rules of the WoGG (§§ 11–21, Anlage 3) and of WoGV § 6, each written once: a
 * small pure function on plain values and the parameters of the period in force (wgi_periode,
 * filled from tables/), named for what the law calls it, with the § beside it and when it
 * applies. Both ways through the law call these and nothing else for a rule:
 *
 *   the derivation path (haushalt.c, einkommen.c, miete.c, wohngeld.c) records a step with the
 *   § around each call; the bulk path (nur_betrag.c) calls them inline for the amount alone.
 *
 * Static inline because the bulk path runs every rule ten million times a second and a call
 * costs more than most rules (bench/README.md). Amounts are wgi_b4 (1/10 000 EUR): income per
 * year, rent per month; values at ten decimals are wgi_z10. Nothing here reads a record, writes
 * a result or knows about steps. docs/architektur.md lists rule → function → caller → table.
 *
 * Validity: a rule that is not in force in a period reads as its neutral value from that
 * period's tables (e.g. no Klimakomponente before 2023: hat_klima false → 0; § 17a from 2021:
 * hat_17a), so no function tests dates.
 */
#ifndef WGI_REGELN_H
#define WGI_REGELN_H

#include <stdbool.h>
#include <stdint.h>

#include "tabellen.h"
#include "zahl.h"

/* ---- arithmetic the rules share ---- */
static inline wgi_b4 wgi_max0(wgi_b4 v) { return v > 0 ? v : 0; }
static inline wgi_b4 wgi_min_b4(wgi_b4 a, wgi_b4 b) { return a < b ? a : b; }
/* v × prozent / 100, exact for every v the income rules produce (multiples of 50 b4 units, i.e.
 * half cents, times whole percentages). */
static inline wgi_b4 wgi_prozent(wgi_b4 v, int64_t pct) { return v * pct / 100; }
/* numerator (b4) · 10^6 / nenner → z10, rounded with the mode; 64-bit when the numerator is
 * non-negative and small enough (every real household), else the 128-bit division */
static inline wgi_z10 wgi_zu_z10(wgi_z10 zaehler_b4, int nenner, wgi_rundung r)
{
    if (zaehler_b4 < 0 || zaehler_b4 > INT64_MAX / 1000000) return wgi_div_runden(zaehler_b4 * 1000000, nenner, r);
    int64_t v = (int64_t)zaehler_b4 * 1000000;
    return (wgi_z10)((r == WGI_RUNDEN_HALB_WEG_VON_NULL ? v + nenner / 2 : v) / nenner);
}

/* ---- household sizes: § 5, § 6, Anlagen 1–3, § 19 Abs. 3 ---- */

/* Anlage 1–3 list households of 1 to `tabelle_mitglieder` (12) members. The size that selects
 * a, b, c and the minima of Anlage 3 Nr. 1: n_tab = min(n, 12) (recht.md A3). */
static inline int wgi_n_tab(const wgi_periode *p, int n)
{
    const int g = (int)p->skalar[WGI_S_TABELLE_MITGLIEDER];
    return n < g ? n : g;
}
/* The size for Höchstbetrag, Klimakomponente and Heizkosten amount (§ 11 Abs. 3: all members):
 * n_gesamt, or 12 above 12 members with the switch ueber_12_mitglieder = werte_fuer_12
 * (Länderhinweis zu WoGVwV 19.31, recht.md A5). */
static inline int wgi_n_kap(const wgi_periode *p, int n_gesamt, bool werte_fuer_12)
{
    const int g = (int)p->skalar[WGI_S_TABELLE_MITGLIEDER];
    return n_gesamt > g && werte_fuer_12 ? g : n_gesamt;
}
/* § 21 Nr. 2 (every member excluded under §§ 7, 8) and § 20 Abs. 2 (every entry of mitglieder,
 * excluded ones included, entitled in principle to Ausbildungsförderung: rechenweg.md § 6): the
 * reasons for no claim that need no amount; WG_GRUND_KEINER when neither applies. */
static inline wg_grund wgi_grund_vorab(int n, int n_gesamt, int foerderung)
{
    return n == 0 ? WG_GRUND_ALLE_AUSGESCHLOSSEN : foerderung == n_gesamt ? WG_GRUND_AUSBILDUNGSFOERDERUNG : WG_GRUND_KEINER;
}
/* § 21 Nr. 3 with WoGVwV Nr. 21.37: the limit of erhebliches Vermögen, 60 000 EUR for the first
 * and 30 000 EUR for each further zu berücksichtigende member (capped where a period caps it). */
static inline wgi_b4 wgi_vermoegensgrenze(const wgi_periode *p, int n)
{
    wgi_b4 grenze = p->skalar[WGI_S_VERMOEGEN_ERSTES] + (wgi_b4)(n - 1) * p->skalar[WGI_S_VERMOEGEN_WEITERES];
    if (p->skalar_gesetzt[WGI_S_VERMOEGEN_HOECHSTENS] && grenze > p->skalar[WGI_S_VERMOEGEN_HOECHSTENS])
        grenze = p->skalar[WGI_S_VERMOEGEN_HOECHSTENS];
    return grenze;
}

/* ---- income: §§ 13–18, 17a; § 14 with § 9a EStG and § 10 BEEG ---- */

/* § 14 Abs. 1: the annual amount of an item or payment (betrag_monat × 12). */
static inline wgi_b4 wgi_jahresbetrag(int64_t cent, bool jaehrlich) { return cent * WGI_B4_CENT * (jaehrlich ? 1 : 12); }

/* Einkunftsarten of § 17 Nr. 4's "Einnahmen aus Erwerbstätigkeit" (as bits of wg_einkommensart). */
enum {
    WGI_ARTEN_ERWERB = 1u << WG_ART_ARBEITSLOHN | 1u << WG_ART_MINIJOB_PAUSCHAL | 1u << WG_ART_SELBSTAENDIG |
                      1u << WG_ART_GEWERBE | 1u << WG_ART_LAND_FORST,
    /* § 14 Abs. 2 arts counted by their own rule, not "sum less deduction" (wgi_art_angerechnet) */
    WGI_ARTEN_SONDER = 1u << WG_ART_ELTERNGELD | 1u << WG_ART_BAFOEG_ZUSCHUSS | 1u << WG_ART_KINDERGELD,
};

/* § 14 Abs. 2 Nr. 6 WoGG with § 10 BEEG: of each Elterngeld item a monthly amount stays free
 * (300 EUR, ElterngeldPlus 150 EUR). jahr: the item's annual amount. */
static inline wgi_b4 wgi_elterngeld_angerechnet(const wgi_periode *p, wgi_b4 jahr, bool plus)
{
    return wgi_max0(jahr - 12 * p->skalar[plus ? WGI_S_ELTERNGELD_PLUS_FREI : WGI_S_ELTERNGELD_FREI]);
}

/* § 9a Satz 1 Nr. 1 Buchst. a EStG (through § 14 Abs. 1): the Arbeitnehmer-Pauschbetrag — the
 * value of the Stichtag's calendar year (jahreswerte.tab, rechenweg.md § 0), unless the period
 * fixes one of its own (the 2027 draft's option). */
static inline wgi_b4 wgi_arbeitnehmer_pauschbetrag(const wgi_periode *p, wgi_b4 wert_des_jahres)
{
    return p->skalar_gesetzt[WGI_S_AN_PAUSCHBETRAG] ? p->skalar[WGI_S_AN_PAUSCHBETRAG] : wert_des_jahres;
}

/* § 14 Abs. 1 with § 9a EStG: the Pauschbetrag of an Einkunftsart — for Arbeitslohn the
 * Arbeitnehmer-Pauschbetrag of the calendar year (an_pauschbetrag), for Renten and
 * Versorgungsbezüge 102 EUR, for Kapitalerträge the Sparer-Pauschbetrag (§ 14 Abs. 2 Nr. 15), 0
 * for the rest (p->abzug_art, derived from the period's table values in rechtsstand.c). */
static inline wgi_b4 wgi_pauschbetrag(const wgi_periode *p, unsigned art, wgi_b4 an_pauschbetrag)
{
    return p->abzug_art[art] + (an_pauschbetrag & -(wgi_b4)(art == WG_ART_ARBEITSLOHN));
}

/* § 9a EStG: the deduction made from an art's sum — its Pauschbetrag, or the actual
 * Werbungskosten where they are higher (Arbeitslohn, Renten, Versorgungsbezüge; not where a
 * period allows only the Pauschbetrag); for Arbeitslohn taxed flat under § 40a EStG only the
 * actual costs. hat_wk: Werbungskosten were given for the art. */
static inline wgi_b4 wgi_werbungskosten_abzug(const wgi_periode *p, unsigned art, wgi_b4 pausch, bool hat_wk, wgi_b4 wk)
{
    if (!hat_wk) return pausch;
    if (art == WG_ART_MINIJOB_PAUSCHAL) return wk;
    if (art == WG_ART_ARBEITSLOHN || art == WG_ART_RENTE || art == WG_ART_VERSORGUNGSBEZUG)
        return wk > pausch && !p->skalar[WGI_S_NUR_PAUSCHBETRAG] ? wk : pausch;
    return pausch;
}

/* § 14 WoGG: what an Einkunftsart counts — for every art but those of WGI_ARTEN_SONDER its sum
 * less the deduction, never below 0 (no loss offset between arts) … */
static inline wgi_b4 wgi_art_angerechnet_regulaer(wgi_b4 summe, wgi_b4 abzug) { return wgi_max0(summe - abzug); }
/* … and for every art: Elterngeld the sum of wgi_elterngeld_angerechnet over its items;
 * Ausbildungsförderung as a grant half of it (§ 14 Abs. 2 Nr. 27); Kindergeld and
 * Kinderzuschlag nothing (not in the closed catalogue of § 14 Abs. 2). */
static inline wgi_b4 wgi_art_angerechnet(const wgi_periode *p, unsigned art, wgi_b4 summe, wgi_b4 abzug, wgi_b4 elterngeld)
{
    switch (art) {
    case WG_ART_ELTERNGELD: return elterngeld;
    case WG_ART_BAFOEG_ZUSCHUSS: return wgi_prozent(summe, p->skalar[WGI_S_BAFOEG_PROZENT]);
    case WG_ART_KINDERGELD: return 0;
    default: return wgi_art_angerechnet_regulaer(summe, abzug);
    }
}

/* § 14 with § 9a EStG for one member, the general way (any order of items, Werbungskosten,
 * § 14 Abs. 2 arts): the items summed per Einkunftsart (wgi_arten_posten), then what each art
 * counts (wgi_arten_anrechnen). Both walks use these; the derivation narrates the per-art parts. */
typedef struct wgi_arten {
    wgi_b4 summe[WG_ART_ANZAHL];      /* annual gross per Einkunftsart (§ 14 Abs. 1) */
    wgi_b4 wk[WG_ART_ANZAHL];         /* actual Werbungskosten per Einkunftsart */
    unsigned hat, hat_wk;             /* bit per art: items, Werbungskosten given */
    wgi_b4 elterngeld;                /* counted Elterngeld after § 10 BEEG, summed per item */
} wgi_arten;
/* One item: its annual amount jahr of art. Returns the Elterngeld it counts (0 for other arts). */
static inline wgi_b4 wgi_arten_posten(const wgi_periode *p, wgi_arten *a, unsigned art, wgi_b4 jahr, bool hat_wk, wgi_b4 wk,
                                      bool plus)
{
    const unsigned bit = 1u << art;
    a->summe[art] += jahr;
    a->hat |= bit;
    if (hat_wk) {
        a->wk[art] += wk;
        a->hat_wk |= bit;
    }
    if (art != WG_ART_ELTERNGELD) return 0;
    const wgi_b4 zaehlt = wgi_elterngeld_angerechnet(p, jahr, plus);
    a->elterngeld += zaehlt;
    return zaehlt;
}
/* What one art counts, and from what. */
typedef struct wgi_art_anrechnung {
    wgi_b4 pausch, abzug, zaehlt;
} wgi_art_anrechnung;
/* Every art with items, in the order of wg_einkommensart: its Pauschbetrag, its deduction (§ 9a
 * EStG), what it counts (§ 14). Returns the sum; *erwerb the part of § 17 Nr. 4's Erwerbseinkünfte;
 * je_art (may be NULL) the parts per art. */
static inline wgi_b4 wgi_arten_anrechnen(const wgi_periode *p, const wgi_arten *a, wgi_b4 an_pauschbetrag, wgi_b4 *erwerb,
                                         wgi_art_anrechnung *je_art)
{
    wgi_b4 s = 0, e = 0;
    for (unsigned rest = a->hat; rest; rest &= rest - 1) {
        const unsigned art = (unsigned)__builtin_ctz(rest), bit = 1u << art;
        const wgi_b4 pausch = wgi_pauschbetrag(p, art, an_pauschbetrag);
        const wgi_b4 abzug = wgi_werbungskosten_abzug(p, art, pausch, a->hat_wk & bit, a->wk[art]);
        const wgi_b4 zaehlt = wgi_art_angerechnet(p, art, a->summe[art], abzug, a->elterngeld);
        if (je_art) je_art[art] = (wgi_art_anrechnung){pausch, abzug, zaehlt};
        e += bit & WGI_ARTEN_ERWERB ? zaehlt : 0;
        s += zaehlt;
    }
    *erwerb = e;
    return s;
}

/* § 16 Abs. 1: the number of criteria (bit 0 taxes on income, bit 1 health and care insurance,
 * bit 2 pension insurance), each worth 10 % of the sum, not compounded: the number of bits set,
 * read from the 2-bit table 0 1 1 2 1 2 2 3. */
static inline int wgi_abzuege_16(unsigned kriterien)
{
    return (int)(0xE994u >> ((kriterien & 7u) * 2) & 3u);
}
/* § 16 Abs. 1: the pauschal deduction from a sum for k criteria. */
static inline wgi_b4 wgi_abzug_16(const wgi_periode *p, wgi_b4 summe, int k)
{
    return wgi_prozent(summe, k * p->skalar[WGI_S_ABZUG_16_PROZENT]);
}
/* § 14 Abs. 1 with § 16: a member's Jahreseinkommen — the sum of the counted amounts less the
 * flat deduction; *abzug (may be NULL) the deduction, for the derivation's text. */
static inline wgi_b4 wgi_jahreseinkommen_16(const wgi_periode *p, wgi_b4 summe, int k, wgi_b4 *abzug)
{
    const wgi_b4 a = wgi_abzug_16(p, summe, k);
    if (abzug) *abzug = a;
    return summe - a;
}

/* § 17 Nr. 4: for a child of a member under 25 (the age limit: tables), its own earnings from
 * Erwerbstätigkeit after § 16 (recht.md A6) stay free up to 1 200 EUR a year. erwerb: the
 * counted amounts of the WGI_ARTEN_ERWERB arts before § 16; alter −1 = unknown. */
static inline wgi_b4 wgi_freibetrag_17_4(const wgi_periode *p, wgi_b4 erwerb, int k, bool kind, int alter)
{
    const bool jung = kind && (unsigned)alter < (unsigned)p->skalar[WGI_S_KIND_ALTERSGRENZE];
    const wgi_b4 fb = wgi_min_b4(erwerb - wgi_abzug_16(p, erwerb, k), p->skalar[WGI_S_FB_17_4]);
    return jung && fb > 0 ? fb : 0;
}

/* § 17 Nr. 1, 2: per member the Freibetrag for a schwerbehinderter Mensch with a need of care
 * (1 800 EUR) and for a victim of National Socialist persecution (750 EUR). */
static inline wgi_b4 wgi_freibetraege_17_1_2(const wgi_periode *p, bool schwerbehindert, bool ns_verfolgt)
{
    return (p->skalar[WGI_S_FB_17_1] & -(wgi_b4)schwerbehindert) + (p->skalar[WGI_S_FB_17_2] & -(wgi_b4)ns_verfolgt);
}
/* § 17 Nr. 3: once per household for a single parent (1 320 EUR). */
static inline wgi_b4 wgi_freibetrag_17_3(const wgi_periode *p, bool alleinerziehend)
{
    return alleinerziehend ? p->skalar[WGI_S_FB_17_3] : 0;
}

/* § 17a Abs. 1 (from 2021, p->hat_17a): the Grundrenten-Freibetrag on the gross annual pension
 * of a member with 33 years of Grundrentenzeiten: the first 100 EUR a month in full plus 30 % of
 * the rest — before the cap: */
static inline wgi_b4 wgi_freibetrag_17a_vor_kappe(const wgi_periode *p, wgi_b4 rente)
{
    const wgi_b4 sockel = p->skalar[WGI_S_FB_17A_SOCKEL];
    return wgi_min_b4(rente, sockel) + wgi_prozent(wgi_max0(rente - sockel), p->skalar[WGI_S_FB_17A_PROZENT]);
}
/* … capped at 12 × 50 % of Regelbedarfsstufe 1 of the year (rbs1, monthly): */
static inline wgi_b4 wgi_freibetrag_17a_kappe(const wgi_periode *p, wgi_b4 rbs1)
{
    return wgi_prozent(12 * rbs1, p->skalar[WGI_S_FB_17A_RBS_PROZENT]);
}
/* … the Freibetrag itself (0 when § 17a is not in force, the member has no such years or no
 * pension). */
static inline wgi_b4 wgi_freibetrag_17a(const wgi_periode *p, bool grundrentenzeiten, wgi_b4 rente, wgi_b4 rbs1)
{
    if (!p->hat_17a || !grundrentenzeiten || rente <= 0) return 0;
    return wgi_min_b4(wgi_freibetrag_17a_vor_kappe(p, rente), wgi_freibetrag_17a_kappe(p, rbs1));
}

/* § 18: a maintenance payment is deducted up to the amount of its Nr. (Satz 1), in full when it
 * is fixed by a title, a notarial agreement or a decision (Satz 2). betrag: annual. */
static inline wgi_b4 wgi_unterhalt_18_kappe(const wgi_periode *p, unsigned empfaenger)
{
    static const wgi_skalar kappe_nr[WG_UNTERHALT_ANZAHL] = {WGI_S_UH_18_1, WGI_S_UH_18_2, WGI_S_UH_18_3, WGI_S_UH_18_4};
    return p->skalar[kappe_nr[empfaenger & (WG_UNTERHALT_ANZAHL - 1)]];
}
static inline wgi_b4 wgi_unterhalt_abzug(const wgi_periode *p, unsigned empfaenger, wgi_b4 betrag, bool tituliert)
{
    return tituliert ? betrag : wgi_min_b4(betrag, wgi_unterhalt_18_kappe(p, empfaenger));
}

/* § 13 Abs. 1: the Gesamteinkommen — the members' Jahreseinkommen less Freibeträge (§§ 17, 17a)
 * and maintenance deductions (§ 18), never below 0. */
static inline wgi_b4 wgi_gesamteinkommen(wgi_b4 summe_jahreseinkommen, wgi_b4 freibetraege, wgi_b4 unterhalt)
{
    return wgi_max0(summe_jahreseinkommen - freibetraege - unterhalt);
}
/* § 13 Abs. 2: Y, a twelfth of the Gesamteinkommen, at ten decimals with the zwischenrundung. */
static inline wgi_z10 wgi_y(wgi_b4 gesamteinkommen, wgi_rundung r) { return wgi_zu_z10(gesamteinkommen, 12, r); }

/* ---- rent: §§ 9–12 WoGG, WoGV § 6 ---- */

/* The value of a column set "1 … 5 members, Mehrbetrag for each further member" (Anlage 1,
 * § 12 Abs. 6, 7) for n ≥ 1 members: value(min(n, 5)) + max(n − 5, 0) × Mehrbetrag (recht.md
 * 3.5). Without branches: the sizes differ from household to household. */
static inline wgi_b4 wgi_staffel_wert(const wgi_staffel *s, int n)
{
    const int i = (n < 5 ? n : 5) - 1;
    const wgi_b4 mehr = n > 5 ? n - 5 : 0;
    return s->wert[i] + mehr * s->wert[5];
}
/* § 12 Abs. 1, Anlage 1: the Höchstbetrag H for the Mietenstufe and n_kap members. */
static inline wgi_b4 wgi_hoechstbetrag(const wgi_periode *p, int stufe, int n_kap)
{
    return wgi_staffel_wert(&p->hoechstbetrag[stufe - 1], n_kap);
}
/* § 12 Abs. 7 (from 2023): the Klimakomponente K, which raises the cap; 0 before. */
static inline wgi_b4 wgi_klimakomponente(const wgi_periode *p, int n_kap)
{
    return wgi_staffel_wert(&p->klima, n_kap) & -(wgi_b4)p->hat_klima;
}
/* § 12 Abs. 6 (from 2021): the Heizkosten amount for the CO2 price; 0 before. */
static inline wgi_b4 wgi_co2_betrag(const wgi_periode *p, int n_kap)
{
    return wgi_staffel_wert(&p->co2, n_kap) & -(wgi_b4)p->hat_co2;
}
/* § 12 Abs. 6 (from 2023): the dauerhafte Heizkostenkomponente; 0 before. */
static inline wgi_b4 wgi_dauerhafte_heizkostenkomponente(const wgi_periode *p, int n_kap)
{
    return wgi_staffel_wert(&p->dauerhaft, n_kap) & -(wgi_b4)(p->hat_co2 && p->hat_dauerhaft);
}
/* § 12 Abs. 6: E, the whole amount for the relief of heating costs, added to M outside the cap. */
static inline wgi_b4 wgi_heizkosten_entlastung(const wgi_periode *p, int n_kap)
{
    return wgi_co2_betrag(p, n_kap) + wgi_dauerhafte_heizkostenkomponente(p, n_kap);
}

/* WoGV § 6 Abs. 2: flat amounts taken out of a rent that includes them. Nr. 1 heating, per m²
 * (the area in 1/100 m², so exact in b4): */
static inline wgi_b4 wgi_wogv6_heizung(const wgi_periode *p, int64_t qm_hundertstel)
{
    return p->skalar[WGI_S_WOGV6_HEIZUNG_QM] * qm_hundertstel / 100;
}
/* Nr. 2, 3: for one occupant, for two, and for each further one. */
static inline wgi_b4 wgi_nach_bewohnern(const wgi_periode *p, wgi_skalar eins, wgi_skalar zwei, wgi_skalar weitere, int n)
{
    return n <= 1 ? p->skalar[eins] : p->skalar[zwei] + (wgi_b4)(n - 2) * p->skalar[weitere];
}
static inline wgi_b4 wgi_wogv6_warmwasser(const wgi_periode *p, int bewohner)
{
    return wgi_nach_bewohnern(p, WGI_S_WOGV6_WW_1, WGI_S_WOGV6_WW_2, WGI_S_WOGV6_WW_WEITERE, bewohner);
}
static inline wgi_b4 wgi_wogv6_haushaltsenergie(const wgi_periode *p, int bewohner)
{
    return wgi_nach_bewohnern(p, WGI_S_WOGV6_EN_1, WGI_S_WOGV6_EN_2, WGI_S_WOGV6_EN_WEITERE, bewohner);
}
/* Nr. 4: a garage, a parking space. */
static inline wgi_b4 wgi_wogv6_garage(const wgi_periode *p) { return p->skalar[WGI_S_WOGV6_GARAGE]; }
static inline wgi_b4 wgi_wogv6_stellplatz(const wgi_periode *p) { return p->skalar[WGI_S_WOGV6_STELLPLATZ]; }

/* § 11 Abs. 1, 2: R, the rent or Belastung after the deductions, never below 0. */
static inline wgi_b4 wgi_miete_r(wgi_b4 nach_abzuegen) { return wgi_max0(nach_abzuegen); }
/* § 11 Abs. 1, 2 with WoGV § 6: R from the § 9 rent or § 10 Belastung, the amounts to deduct
 * (§ 11 Abs. 2) and the WoGV § 6 flat deductions (wgi_wogv6_abzuege), never below 0. */
static inline wgi_b4 wgi_miete_nach_abzuegen(wgi_b4 wohnkosten, wgi_b4 abzuege, wgi_b4 pauschalen)
{
    return wgi_miete_r(wohnkosten - abzuege - pauschalen);
}
/* § 11 Abs. 1 with § 12: the cap of R — the Höchstbetrag plus the Klimakomponente (0 before 2023). */
static inline wgi_b4 wgi_kappungsgrenze(wgi_b4 hoechstbetrag, wgi_b4 klima) { return hoechstbetrag + klima; }
/* § 9 Abs. 3 Satz 2: for a Heimbewohner the Miete is the Höchstbetrag (from P2023 plus the
 * Klimakomponente, 0 before): grenze = H + K. */
static inline wgi_b4 wgi_heim_miete(wgi_b4 grenze) { return grenze; }

/* WoGV § 6 Abs. 2: the flat deductions a rent includes, in the order of its numbers (Nr. 1 heating,
 * Nr. 2 hot water, Nr. 3 household energy, Nr. 4 garage, Nr. 4 parking space), each once; their
 * amounts into einzeln[5] when given (the derivation narrates them). Returns their sum. */
typedef struct wgi_wogv6_welche {
    bool heizung, warmwasser, haushaltsenergie, garage, stellplatz;
    int64_t heizung_qm_hundertstel;
} wgi_wogv6_welche;
static inline __attribute__((always_inline)) wgi_b4 wgi_wogv6_abzuege(const wgi_periode *p, const wgi_wogv6_welche *w, int bewohner,
                                                                     wgi_b4 *einzeln)
{
    const wgi_b4 v[5] = {w->heizung ? wgi_wogv6_heizung(p, w->heizung_qm_hundertstel) : 0,
                         w->warmwasser ? wgi_wogv6_warmwasser(p, bewohner) : 0,
                         w->haushaltsenergie ? wgi_wogv6_haushaltsenergie(p, bewohner) : 0,
                         w->garage ? wgi_wogv6_garage(p) : 0, w->stellplatz ? wgi_wogv6_stellplatz(p) : 0};
    if (einzeln)
        for (int i = 0; i < 5; i++) einzeln[i] = v[i];
    return v[0] + v[1] + v[2] + v[3] + v[4];
}
/* § 11 Abs. 1: R counts only up to H + K. */
static inline wgi_b4 wgi_miete_gekappt(wgi_b4 miete, wgi_b4 hoechstbetrag_mit_klima)
{
    return miete < hoechstbetrag_mit_klima ? miete : hoechstbetrag_mit_klima;
}
/* § 11 Abs. 1, 3: M = (min(R, H + K) + E) × n / n_gesamt, as its numerator over n_gesamt
 * (kept exact until the formula needs ten decimals). */
static inline wgi_z10 wgi_m_zaehler(wgi_b4 gekappt, wgi_b4 entlastung, int n) { return ((wgi_z10)gekappt + entlastung) * n; }
/* ⌊M⌋ in whole euros, the cap of the amount (rechenweg.md § 4 step 4; M ≥ 0). With every member
 * counted the share is whole: a division by a constant. */
static inline wgi_z10 wgi_m_euro(wgi_b4 gekappt, wgi_b4 entlastung, int n, int n_gesamt)
{
    if (n == n_gesamt) return (gekappt + entlastung) / WGI_B4_EUR;
    return (wgi_z10)(((gekappt + entlastung) * (int64_t)n) / ((int64_t)n_gesamt * WGI_B4_EUR));
}

/* ---- the running award: § 27 ---- */

/* § 27 Abs. 1, 2, 3: "um mehr als p Prozent" erhöht (steigt) or verringert — new a_neu/n_neu
 * against old a_alt/n_alt as exact fractions, strict. calc/meldepflicht.c. */
bool wgi_mehr_als_prozent(__int128 a_alt, int64_t n_alt, __int128 a_neu, int64_t n_neu, int64_t p, bool steigt);
/* § 27 Abs. 3 Satz 1 Nr. 2, 3 with § 24 Abs. 3: the reporting limits a Bescheid prints — the
 * largest rent more than p % below miete_cent (-1 for none), the smallest monthly sum of
 * Einkünfte whose twelvefold is more than p % above einkuenfte_jahr. calc/meldepflicht.c. */
int64_t wgi_meldegrenze_miete(int64_t miete_cent, int64_t p);
int64_t wgi_meldegrenze_einkuenfte(wgi_b4 einkuenfte_jahr, int64_t p);

/* ---- the amount: Anlage 3, § 19, § 21 Nr. 1 ---- */

/* Anlage 3 Nr. 1: M for the formula — M, or the minimum for n_tab members where M is lower. The
 * minimum replaces the whole M of § 11 (nach_entlastung, recht.md A4, the default), or only the
 * capped rent share with E added afterwards (the other reading). At ten decimals; with every
 * member counted (n = n_gesamt) the share is whole, so no division. */
static inline wgi_z10 wgi_m_formel(wgi_b4 gekappt, wgi_b4 entlastung, int n, int n_gesamt, wgi_b4 m_min, bool nach_entlastung,
                                 wgi_rundung r)
{
    if (n == n_gesamt) {
        const wgi_b4 m = gekappt + entlastung;
        const wgi_b4 mf = nach_entlastung ? (m > m_min ? m : m_min) : (gekappt > m_min ? gekappt : m_min) + entlastung;
        return (wgi_z10)mf * 1000000;
    }
    const wgi_z10 min_zaehler = (wgi_z10)m_min * n_gesamt;
    wgi_z10 zaehler;
    if (nach_entlastung) {
        const wgi_z10 m_zaehler = wgi_m_zaehler(gekappt, entlastung, n);
        zaehler = m_zaehler > min_zaehler ? m_zaehler : min_zaehler;
    } else {
        const wgi_z10 miete_zaehler = (wgi_z10)gekappt * n;
        zaehler = (miete_zaehler > min_zaehler ? miete_zaehler : min_zaehler) + (wgi_z10)entlastung * n;
    }
    return wgi_zu_z10(zaehler, n_gesamt, r);
}
/* Anlage 3 Nr. 1: Y for the formula — Y, or the minimum for n_tab members where Y is lower. */
static inline wgi_z10 wgi_y_formel(wgi_z10 y, wgi_b4 y_min)
{
    const wgi_z10 y_min_z = (wgi_z10)y_min * 1000000;
    return y > y_min_z ? y : y_min_z;
}

/* Anlage 3 Nr. 3: z4 to whole euros, "bis unter 0,50 abrunden, von 0,50 an aufrunden". */
static inline wgi_z10 wgi_auf_volle_euro(wgi_z10 z4)
{
    const wgi_z10 v = z4 + WGI_Z10_EINS / 2;
    return v >= 0 && v <= (wgi_z10)UINT64_MAX ? (wgi_z10)((uint64_t)v / (uint64_t)WGI_Z10_EINS)
                                             : wgi_durch_skala(v, WGI_RUNDEN_ABRUNDEN);
}

/* The amount capped at M: by law where a period says so (§ 19 Abs. 4 of the 2027 draft), else
 * only with the switch deckelung_auf_miete (recht.md A2). */
static inline bool wgi_deckelung_gesetzlich(const wgi_periode *p) { return p->skalar[WGI_S_DECKELUNG] != 0; }
static inline bool wgi_deckelung(const wgi_periode *p, bool auslegung_deckelung)
{
    return auslegung_deckelung || wgi_deckelung_gesetzlich(p);
}

/* § 19 Abs. 3: the amount rises by X EUR for the 13th and each further zu berücksichtigende
 * member (then again at most up to M). The number of those members (0 up to 12): */
static inline int wgi_mitglieder_ueber_tabelle(const wgi_periode *p, int n)
{
    const int g = (int)p->skalar[WGI_S_TABELLE_MITGLIEDER];
    return n > g ? n - g : 0;
}
/* … and the rise, in b4. */
static inline wgi_b4 wgi_zuschlag_ueber_12(const wgi_periode *p, int n)
{
    return (wgi_b4)wgi_mitglieder_ueber_tabelle(p, n) * p->skalar[WGI_S_ZUSCHLAG_UEBER_12];
}

/* § 21 Nr. 1: no claim when the amount would be below the Mindestbetrag (10 EUR). w: whole euros. */
static inline bool wgi_unter_mindestbetrag(const wgi_periode *p, wgi_z10 w)
{
    return w * WGI_B4_EUR < p->skalar[WGI_S_MINDESTBETRAG];
}
/* … and the z4 from which Anlage 3 Nr. 3 rounds to the Mindestbetrag (half a euro below it): the
 * boundary the screening's threshold search is guided by (docs/vorpruefung.md § 2). */
static inline wgi_z10 wgi_z4_mindestbetrag(const wgi_periode *p)
{
    return (wgi_z10)p->skalar[WGI_S_MINDESTBETRAG] * 1000000 - WGI_Z10_EINS / 2;
}

/* Facts about the shape of Anlage 3 Nr. 1 that the screening's bounds rest on (docs/vorpruefung.md
 * § 3): a reform that changes the formula must keep them or change them here.
 * The vertex in Y' of f(M', ·) = M' − a·Y' − b·M'·Y' − c·Y'² for the table row ti, clamped to
 * [lo, hi]; lo when c is 0 (f is then linear in Y'). f is linear in M', so with the ends of M'
 * and Y' and this vertex the extremes of f over a box are found. */
static inline wgi_z10 wgi_formel_scheitel(const wgi_periode *p, int ti, wgi_z10 m, wgi_z10 lo, wgi_z10 hi)
{
    if (p->c[ti] == 0) return lo;
    const wgi_z10 y = -((wgi_z10)p->a[ti] * WGI_Z10_EINS + (wgi_z10)p->b[ti] * m) / (2 * (wgi_z10)p->c[ti]);
    return y < lo ? lo : y > hi ? hi : y;
}
/* ε: how far the z4 of the prescribed roundings (Anlage 3 Nr. 2) can lie from 1.15·f(M', Y') on
 * the z10 scale, for Y' ≤ y (docs/vorpruefung.md § 3). */
static inline wgi_z10 wgi_formel_epsilon(wgi_z10 y) { return 20 * (y / WGI_Z10_EINS + 1) + 11; }
/* Whether Faktor·f(M', ·) + ε falls in Y' for every M' ≥ M'_min and Y' ≥ Y'_min of table row ti
 * (M' and Y' are never smaller: § 19 Abs. 1 with the minimum values): with b, c ≥ 0,
 * −∂f/∂Y' = a + b·M' + 2c·Y' ≥ s := a + b·M'_min + 2c·Y'_min per euro of Y', and when
 * Faktor·s (1.15 in every period) is at least ε's rise of 20·10⁻¹⁰ per euro, f falls faster than
 * ε (plus one step of 20) rises. Then no household
 * of a box has a z4 above z4(M', y_lo) + 2·ε(y_lo) + 20 at an end of M' — the screening's upper
 * bound no longer grows with the box's largest income (docs/vorpruefung.md § 4 Nr. 5). */
static inline bool wgi_formel_faellt_in_y(const wgi_periode *p, int ti)
{
    if (p->b[ti] < 0 || p->c[ti] < 0 || p->skalar[WGI_S_FAKTOR] <= 0) return false;
    /* Faktor · s ≥ 20 · 10⁻¹⁰ with s = (a·10^4 + b·m_min + 2c·y_min) · 10⁻¹⁴ (a, b, c and the
     * Faktor in z10, m_min and y_min in 1/10 000 EUR): Faktor_z10 · S ≥ 2 · 10^15 */
    const __int128 s = (__int128)p->a[ti] * 10000 + (__int128)p->b[ti] * p->m_min[ti] + 2 * (__int128)p->c[ti] * p->y_min[ti];
    return (__int128)p->skalar[WGI_S_FAKTOR] * s >= (__int128)2000000000000000LL;
}

/* Anlage 3 Nr. 3, the cap at M (wgi_deckelung) and § 19 Abs. 3 in their order: the amount in
 * whole euros from z4 and ⌊M⌋, before § 21 Nr. 1. Non-decreasing in z4 and in ⌊M⌋ — the
 * screening (vorpruefung.c) bounds an amount by calling it on bounds of both. */
/* What these steps did, for the derivation to narrate (NULL on the bulk path: nothing kept). */
typedef struct wgi_nach_formel {
    wgi_z10 gerundet;            /* Anlage 3 Nr. 3: z4 to whole euros */
    bool gedeckelt;              /* capped at ⌊M⌋ (the Auslegung or the law) */
    wgi_z10 nach_deckelung;
    int ueber;                   /* § 19 Abs. 3: members beyond the table */
    wgi_b4 zuschlag;             /* … and the rise */
    bool zuschlag_gedeckelt;     /* the rise capped at ⌊M⌋ */
} wgi_nach_formel;
static inline __attribute__((always_inline)) wgi_z10 wgi_betrag_nach_formel_spur(const wgi_periode *p, wgi_z10 z4, wgi_z10 m_euro,
                                                                                int n, bool auslegung_deckelung,
                                                                                wgi_nach_formel *s)
{
    wgi_z10 w = wgi_auf_volle_euro(z4);
    if (s) s->gerundet = w;
    if (wgi_deckelung(p, auslegung_deckelung) && w > m_euro) {
        w = m_euro;
        if (s) s->gedeckelt = true;
    }
    if (s) s->nach_deckelung = w;
    const int ueber = wgi_mitglieder_ueber_tabelle(p, n);
    if (s) s->ueber = ueber;
    if (ueber > 0) {
        const wgi_b4 zuschlag = wgi_zuschlag_ueber_12(p, n);
        if (s) s->zuschlag = zuschlag;
        w += zuschlag / WGI_B4_EUR;
        if (w > m_euro) {
            w = m_euro;
            if (s) s->zuschlag_gedeckelt = true;
        }
    }
    return w;
}
static inline wgi_z10 wgi_betrag_nach_formel(const wgi_periode *p, wgi_z10 z4, wgi_z10 m_euro, int n, bool auslegung_deckelung)
{
    return wgi_betrag_nach_formel_spur(p, z4, m_euro, n, auslegung_deckelung, NULL);
}

#endif
