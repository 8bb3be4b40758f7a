/*
 * nur_betrag.c — the amount alone, for bulk runs: wg_satz_berechnen on a Satz (satz.h), and
 * wg_berechnen with WG_NUR_BETRAG, which packs the household as a Satz (satz.c) and computes it.
 *
 * The same rules as the derivation path (rechtsstand.c, haushalt.c, einkommen.c, miete.c,
 * wohngeld.c), in the same order, on the same tables, with the same integer scales — but
 * nothing is recorded: no derivation values, no steps, no texts. What a bulk run reads is set:
 * status, anspruch, wohngeld_monat, grund, Rechtsstand, n, n_gesamt, n_tab, n_kap,
 * Mietenstufe, the hint rechtsstand_ungesichert.
 *
 * Whatever this path does not decide itself goes to the derivation path, which then computes
 * the whole result (wg_berechnen clears its derivation values afterwards):
 *   - everything wg_satz_packen does not pack: every invalid record (the error with its field
 *     path and message is pruefung.c's), a forced `rechtsstand`, a scenario, a
 *     Bewilligungszeitraum, a Gemeinde that is malformed, unknown or has no list on the day, a
 *     household too large for the 8 KB Satz buffer;
 *   - a formula outside every exact range (absurd values: WG_E_GRENZE), whose message is
 *     wohngeld.c's.
 * So an error is reported identically by construction; for every assessed household the two
 * paths are proven equal by test (tests/test_nur_betrag.c: every golden case, and hundreds of
 * thousands of random households over all periods, switches and rules) and by the fuzzer
 * (fuzz/eigenschaften.c checks it on every input, for WG_NUR_BETRAG and for Sätze).
 *
 * Every rule below names its § and the function of the derivation path it mirrors; a change of
 * a rule must be made in both (the tests fail otherwise).
 */
#include "intern.h"
#include "mietenstufen.h"
#include "satz.h"

#include <string.h>

/* A year value from the engine's index, or from the table outside it. */
static wg_b4 jahreswert(const wg_b4 *index, const wg_jahrestabelle *j, int jahr)
{
    unsigned i = (unsigned)(jahr - WG_INDEX_AB);
    return i < WG_INDEX_JAHRE ? index[i] : wg_jahreswert(j, jahr, NULL);
}

/* Einkunftsarten as bit masks (the same sets as einkommen.c's switch) */
enum {
    ERWERB = 1u << WG_ART_ARBEITSLOHN | 1u << WG_ART_MINIJOB_PAUSCHAL | 1u << WG_ART_SELBSTAENDIG |
             1u << WG_ART_GEWERBE | 1u << WG_ART_LAND_FORST,
    SONDER = 1u << WG_ART_ELTERNGELD | 1u << WG_ART_BAFOEG_ZUSCHUSS | 1u << WG_ART_KINDERGELD,
};

/* einkommen.c, posten_lesen and arten_anrechnen for a member without rare items (no
 * WG_SM_SELTEN: no Werbungskosten, no § 14 Abs. 2 art, no § 17a): the items come grouped by
 * Einkunftsart (satz.c), so the sum of an art is complete at its last item (WG_SP_ENDE), where
 * it counts less its deduction, never below 0 (§ 14 WoGG with § 9a EStG: the
 * Arbeitnehmer-Pauschbetrag of the year, or the period's Pauschbetrag of wg_periode.abzug_art,
 * 0 for the rest). Without branches: an item that ends its art adds, the others only sum.
 * Returns the sum over the arts; *erwerb the part of § 17 Nr. 4's Erwerbseinkünfte. */
static inline __attribute__((always_inline)) wg_b4 einkommen_gruppiert(const wg_periode *p, wg_b4 an_pauschbetrag,
                                                                       const satz_posten *po, unsigned ne,
                                                                       wg_b4 *erwerb)
{
    wg_b4 s = 0, e = 0, lauf = 0;
    for (unsigned j = 0; j < ne; j++) {
        const unsigned art = po[j].art & (WG_ART_ANZAHL - 1), merkmale = po[j].merkmale;
        lauf += wg_jahresbetrag(po[j].betrag_cent, merkmale & WG_SP_JAEHRLICH);
        /* abzug_art[WG_ART_ARBEITSLOHN] is 0 (rechtsstand.c): the year's Pauschbetrag is added */
        const wg_b4 abzug = p->abzug_art[art] + (an_pauschbetrag & -(wg_b4)(art == WG_ART_ARBEITSLOHN));
        const wg_b4 zaehlt = wg_max0(lauf - abzug);
        const wg_b4 ende = -(wg_b4)(merkmale & WG_SP_ENDE); /* all ones at the last item of an art */
        s += zaehlt & ende;
        e += zaehlt & ende & -(wg_b4)(ERWERB >> art & 1u);
        lauf &= ~ende;
    }
    *erwerb = e;
    return s;
}

/* einkommen.c, posten_lesen and arten_anrechnen, the general way: every rule of § 14 on items in
 * any order (Werbungskosten, § 40a wages, Elterngeld, BAföG, Kindergeld), and § 17a. Returns the
 * sum over the arts; *erwerb as above. */
static wg_b4 einkommen_allgemein(const wg_periode *p, wg_b4 an_pauschbetrag, wg_b4 rbs1, unsigned merkmale,
                                 const satz_posten *po, unsigned ne, wg_b4 *erwerb, wg_b4 *freibetraege)
{
    wg_b4 summe[WG_ART_ANZAHL] = {0}, wk[WG_ART_ANZAHL] = {0};
    unsigned hat = 0, hat_wk = 0;
    wg_b4 elterngeld = 0;
    /* posten_lesen: each item annualised (§ 14 Abs. 1: betrag_monat × 12) and summed per
     * Einkunftsart */
    for (unsigned j = 0; j < ne; j++) {
        unsigned art = po[j].art & (WG_ART_ANZAHL - 1), bit = 1u << art;
        wg_b4 jahr = wg_jahresbetrag(po[j].betrag_cent, po[j].merkmale & WG_SP_JAEHRLICH);
        summe[art] += jahr;
        hat |= bit;
        if (po[j].merkmale & WG_SP_WERBUNGSKOSTEN) {
            wk[art] += po[j].werbungskosten_jahr_cent * WG_B4_CENT;
            hat_wk |= bit;
        }
        if (art == WG_ART_ELTERNGELD) /* § 14 Abs. 2 Nr. 6 WoGG, § 10 BEEG: per item */
            elterngeld +=
                wg_max0(jahr - 12 * p->skalar[(po[j].merkmale & WG_SP_PLUS) ? WG_S_ELTERNGELD_PLUS_FREI : WG_S_ELTERNGELD_FREI]);
    }
    /* arten_anrechnen: per Einkunftsart the sum less its deduction, never below 0: as above, or
     * the higher actual Werbungskosten; for § 40a wages only the actual costs */
    wg_b4 s = 0, e = 0;
    for (unsigned rest = hat; rest; rest &= rest - 1) {
        int a = __builtin_ctz(rest);
        unsigned bit = 1u << a;
        wg_b4 zaehlt;
        if (bit & SONDER) {
            zaehlt = a == WG_ART_ELTERNGELD ? elterngeld
                     : a == WG_ART_BAFOEG_ZUSCHUSS ? wg_prozent(summe[a], p->skalar[WG_S_BAFOEG_PROZENT])
                                                  : 0; /* Kindergeld: not in § 14 Abs. 2 */
        } else {
            wg_b4 abzug = a == WG_ART_ARBEITSLOHN ? an_pauschbetrag : p->abzug_art[a];
            if (hat_wk & bit) {
                if (a == WG_ART_MINIJOB_PAUSCHAL) abzug = wk[a];
                else if (a == WG_ART_ARBEITSLOHN || a == WG_ART_RENTE || a == WG_ART_VERSORGUNGSBEZUG)
                    abzug = wk[a] > abzug && !p->skalar[WG_S_NUR_PAUSCHBETRAG] ? wk[a] : abzug;
            }
            zaehlt = wg_max0(summe[a] - abzug);
            e += bit & ERWERB ? zaehlt : 0;
        }
        s += zaehlt;
    }
    /* § 17a: Grundrenten-Freibetrag on the gross annual pension, capped by the Regelbedarf */
    if (p->hat_17a && (merkmale & WG_SM_GRUNDRENTE) && (hat >> WG_ART_RENTE & 1u) && summe[WG_ART_RENTE] > 0) {
        wg_b4 rente = summe[WG_ART_RENTE], sockel = p->skalar[WG_S_FB_17A_SOCKEL];
        wg_b4 fb = wg_min_b4(rente, sockel) + wg_prozent(wg_max0(rente - sockel), p->skalar[WG_S_FB_17A_PROZENT]);
        wg_b4 kappe = wg_prozent(12 * rbs1, p->skalar[WG_S_FB_17A_RBS_PROZENT]);
        *freibetraege += wg_min_b4(fb, kappe);
    }
    *erwerb = e;
    return s;
}

/* einkommen.c, wg_einkommen_berechnen: the Jahreseinkommen of one member (§§ 14–16) and its
 * Freibeträge under § 17 Nr. 4 and § 17a. Inline: it runs for every member. */
static inline __attribute__((always_inline)) wg_b4 mitglied_einkommen(const wg_periode *p, wg_b4 an_pauschbetrag,
                                                                      wg_b4 rbs1, unsigned merkmale, int alter,
                                                                      const satz_posten *po, unsigned ne,
                                                                      wg_b4 *freibetraege)
{
    wg_b4 erwerb;
    const wg_b4 s = __builtin_expect(merkmale & WG_SM_SELTEN, 0)
                        ? einkommen_allgemein(p, an_pauschbetrag, rbs1, merkmale, po, ne, &erwerb, freibetraege)
                        : einkommen_gruppiert(p, an_pauschbetrag, po, ne, &erwerb);
    /* § 16 Abs. 1: 10 % per criterion, not compounded */
    /* the number of criteria WG_SM_STEUERN, _KRANKEN_PFLEGE, _RENTE (bits 2–4): 2 bits per value
     * of the three bits, 0 1 1 2 1 2 2 3 */
    const int k = (int)(0xE994u >> ((merkmale >> 2 & 7u) * 2) & 3u);
    const int64_t prozent = k * p->skalar[WG_S_ABZUG_16_PROZENT];
    /* § 17 Nr. 4: earnings of a child under 25, after § 16, at most the Freibetrag */
    const wg_b4 fb = wg_min_b4(erwerb - wg_prozent(erwerb, prozent), p->skalar[WG_S_FB_17_4]);
    const bool kind = (merkmale & WG_SM_KIND) && (unsigned)alter < 25u;
    *freibetraege += kind && fb > 0 ? fb : 0;
    return s - wg_prozent(s, prozent);
}

/* No claim, for the reason g (§§ 20, 21). */
static inline wg_status kein_anspruch(wg_kurz *aus, wg_grund g)
{
    aus->grund = g;
    return WG_OK;
}

/* The whole computation of one Satz. Inline into both callers. */
static inline __attribute__((always_inline)) wg_status satz_rechnen(const wg_engine *e, const satz_kopf *kopf,
                                                                    wg_kurz *aus)
{
    const wg_tabellen *t = &e->tabellen;
    const unsigned schalter = kopf->schalter;
    aus->status = WG_OK;
    aus->anspruch = false;
    aus->wohngeld_monat = 0;
    aus->grund = WG_GRUND_KEINER;

    /* rechenweg.md § 0: the period of the Stichtag, the Mietenstufe (§ 12 Abs. 3–5) */
    const wg_datum stichtag = {kopf->jahr, kopf->monat, kopf->tag};
    const int tag = wg_datum_tag(&stichtag);
    const wg_periode *p = tag >= e->erster_tag ? wg_periode_zum_stichtag(e, &stichtag) : NULL;
    if (!p) return aus->status = WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT;
    int stufe = kopf->mietenstufe ? kopf->mietenstufe : wg_mietenstufe_schluessel(t, kopf->gemeinde, tag);
    if (stufe == 0) return aus->status = WG_E_GEMEINDE_UNBEKANNT;
    if (stufe > p->anzahl_stufen) return aus->status = WG_E_MIETENSTUFE_UNGUELTIG;
    aus->rechtsstand = &p->info;
    aus->mietenstufe = stufe;
    aus->rechtsstand_ungesichert = e->bekannt_bis && tag > e->bekannt_bis;

    /* members: sizes (§§ 5, 6) and income (§§ 14–18) in one pass */
    const wg_rundung rundung = (schalter & WG_SATZ_ABSCHNEIDEN) ? WG_RUNDEN_ABSCHNEIDEN : WG_RUNDEN_HALB_WEG_VON_NULL;
    /* year values of other laws by the calendar year of the Stichtag (rechtsstand.c) */
    const wg_b4 an_pauschbetrag = p->skalar_gesetzt[WG_S_AN_PAUSCHBETRAG]
                                      ? p->skalar[WG_S_AN_PAUSCHBETRAG]
                                      : jahreswert(e->an_pauschbetrag, &t->an_pauschbetrag, stichtag.jahr);
    const wg_b4 rbs1 = jahreswert(e->rbs1, &t->rbs1, stichtag.jahr);
    const bool gesamteinkommen = schalter & WG_SATZ_GESAMTEINKOMMEN;
    const int ng = kopf->anzahl_mitglieder;
    int n = 0, foerderung = 0;
    wg_b4 summe_je = 0, freibetraege = 0, unterhalt = 0;
    const unsigned char *z = (const unsigned char *)(kopf + 1);
    for (int i = 0; i < ng; i++) {
        const satz_mitglied *m = (const satz_mitglied *)(const void *)z;
        const unsigned merkmale = m->merkmale;
        const satz_posten *po = (const satz_posten *)(m + 1);
        const satz_unterhalt *uh = (const satz_unterhalt *)(po + m->anzahl_einkommen);
        z = (const unsigned char *)(uh + m->anzahl_unterhalt);
        foerderung += (merkmale & WG_SM_FOERDERUNG) != 0;
        if (!(merkmale & WG_SM_ZAEHLT)) continue;
        n++;
        if (gesamteinkommen) continue;
        if (merkmale & WG_SM_JAHRESEINKOMMEN) {
            summe_je += m->jahreseinkommen_cent * WG_B4_CENT;
        } else {
            int alter = m->alter;
            if (merkmale & WG_SM_GEBURTSDATUM) {
                const wg_datum geburt = {m->geb_jahr, m->geb_monat, m->geb_tag};
                alter = wg_alter_am(&geburt, &stichtag);
            }
            summe_je += mitglied_einkommen(p, an_pauschbetrag, rbs1, merkmale, alter, po, m->anzahl_einkommen,
                                           &freibetraege);
        }
        if (merkmale & WG_SM_SCHWERBEHINDERT) freibetraege += p->skalar[WG_S_FB_17_1];
        if (merkmale & WG_SM_NS_VERFOLGT) freibetraege += p->skalar[WG_S_FB_17_2];
        /* § 18: per payment at most the amount of its Nr., unless fixed by a title (Satz 2) */
        static const wg_skalar kappe_nr[WG_UNTERHALT_ANZAHL] = {WG_S_UH_18_1, WG_S_UH_18_2, WG_S_UH_18_3, WG_S_UH_18_4};
        for (unsigned j = 0; j < m->anzahl_unterhalt; j++) {
            wg_b4 betrag = wg_jahresbetrag(uh[j].betrag_cent, uh[j].jaehrlich);
            unterhalt += uh[j].tituliert ? betrag
                                         : wg_min_b4(betrag, p->skalar[kappe_nr[uh[j].empfaenger & (WG_UNTERHALT_ANZAHL - 1)]]);
        }
    }

    /* haushalt.c: sizes; § 21 Nr. 2; § 20 Abs. 2 */
    const int n_tab = n < 12 ? n : 12;
    const int n_kap = ng > 12 && !(schalter & WG_SATZ_UEBER12_TATSAECHLICH) ? 12 : ng;
    aus->n = n;
    aus->n_gesamt = ng;
    aus->n_tab = n_tab;
    aus->n_kap = n_kap;
    if (n == 0) return kein_anspruch(aus, WG_GRUND_ALLE_AUSGESCHLOSSEN);
    if (foerderung == ng) return kein_anspruch(aus, WG_GRUND_AUSBILDUNGSFOERDERUNG);
    /* haushalt.c, wg_vermoegen_pruefen: § 21 Nr. 3, WoGVwV Nr. 21.37 */
    if (schalter & WG_SATZ_VERMOEGEN) {
        wg_b4 grenze = p->skalar[WG_S_VERMOEGEN_ERSTES] + (wg_b4)(n - 1) * p->skalar[WG_S_VERMOEGEN_WEITERES];
        if (p->skalar_gesetzt[WG_S_VERMOEGEN_HOECHSTENS] && grenze > p->skalar[WG_S_VERMOEGEN_HOECHSTENS])
            grenze = p->skalar[WG_S_VERMOEGEN_HOECHSTENS];
        if (kopf->vermoegen_cent * WG_B4_CENT > grenze) return kein_anspruch(aus, WG_GRUND_VERMOEGEN);
    }

    /* einkommen.c: § 13 — Gesamteinkommen and Y at ten decimals */
    wg_b4 g;
    if (gesamteinkommen) {
        g = kopf->gesamteinkommen_monat_cent * WG_B4_CENT * 12;
    } else {
        if (schalter & WG_SATZ_ALLEINERZIEHEND) freibetraege += p->skalar[WG_S_FB_17_3];
        g = summe_je - freibetraege - unterhalt;
        if (g < 0) g = 0;
    }
    wg_z10 y = wg_zu_z10(g, 12, rundung);

    /* miete.c: §§ 9–12, WoGV § 6 (wg_staffel_wert, without branches: the periods' tables differ
     * from household to household) */
    const int st = (n_kap < 5 ? n_kap : 5) - 1;
    const wg_b4 mehr = n_kap > 5 ? n_kap - 5 : 0;
#define STAFFEL(s) ((s).wert[st] + mehr * (s).wert[5])
    const wg_b4 hoechst = STAFFEL(p->hoechstbetrag[stufe - 1]);
    const wg_b4 klima = STAFFEL(p->klima) & -(wg_b4)p->hat_klima;
    const wg_b4 entlastung =
        (STAFFEL(p->co2) + (STAFFEL(p->dauerhaft) & -(wg_b4)p->hat_dauerhaft)) & -(wg_b4)p->hat_co2;
#undef STAFFEL
    wg_b4 grenze = hoechst + klima, miete;
    if (schalter & WG_SATZ_HEIM) {
        miete = grenze;
    } else {
        wg_b4 rest = kopf->wohnkosten_cent * WG_B4_CENT - kopf->abzuege_cent * WG_B4_CENT;
        if (__builtin_expect(schalter & (WG_SATZ_HEIZUNG | WG_SATZ_WARMWASSER | WG_SATZ_HAUSHALTSENERGIE |
                                         WG_SATZ_GARAGE | WG_SATZ_STELLPLATZ),
                             0)) {
            if (schalter & WG_SATZ_HEIZUNG) rest -= p->skalar[WG_S_WOGV6_HEIZUNG_QM] * kopf->heizung_qm_hundertstel / 100;
            if (schalter & WG_SATZ_WARMWASSER)
                rest -= wg_nach_bewohnern(p, WG_S_WOGV6_WW_1, WG_S_WOGV6_WW_2, WG_S_WOGV6_WW_WEITERE, ng);
            if (schalter & WG_SATZ_HAUSHALTSENERGIE)
                rest -= wg_nach_bewohnern(p, WG_S_WOGV6_EN_1, WG_S_WOGV6_EN_2, WG_S_WOGV6_EN_WEITERE, ng);
            if (schalter & WG_SATZ_GARAGE) rest -= p->skalar[WG_S_WOGV6_GARAGE];
            if (schalter & WG_SATZ_STELLPLATZ) rest -= p->skalar[WG_S_WOGV6_STELLPLATZ];
        }
        miete = wg_max0(rest);
    }
    wg_b4 gekappt = miete < grenze ? miete : grenze;

    /* wohngeld.c: M, the minima of Anlage 3 Nr. 1, the formula, Nr. 3, caps, § 19 Abs. 3, § 21 Nr. 1 */
    const int ti = n_tab - 1;
    wg_b4 m_min = p->m_min[ti], y_min = p->y_min[ti];
    /* M of § 11 and M for the formula, as the numerator over n_gesamt like wohngeld.c does; with
     * every member counted (n = n_gesamt, most households) the numerators are n times a b4
     * amount, so the same values follow without a division */
    const bool nach_entlastung = schalter & WG_SATZ_NACH_ENTLASTUNG;
    wg_z10 m_formel, m_euro;
    if (n == ng) {
        wg_b4 m = gekappt + entlastung;
        wg_b4 mf = nach_entlastung ? (m > m_min ? m : m_min) : (gekappt > m_min ? gekappt : m_min) + entlastung;
        m_formel = (wg_z10)mf * 1000000;
        m_euro = m / WG_B4_EUR; /* ⌊M⌋, M >= 0 */
    } else {
        int64_t m_zaehler = (gekappt + entlastung) * n, m_formel_zaehler, min_zaehler = m_min * ng;
        if (nach_entlastung) {
            m_formel_zaehler = m_zaehler > min_zaehler ? m_zaehler : min_zaehler;
        } else {
            int64_t miete_zaehler = gekappt * n;
            m_formel_zaehler = (miete_zaehler > min_zaehler ? miete_zaehler : min_zaehler) + entlastung * n;
        }
        m_formel = wg_zu_z10(m_formel_zaehler, ng, rundung);
        m_euro = m_zaehler / ((int64_t)ng * WG_B4_EUR);
    }
    wg_z10 y_min_z = (wg_z10)y_min * 1000000, y_formel = y > y_min_z ? y : y_min_z;
    /* the formula: the short way of intern.h where the period's coefficients allow it (every
     * enacted period), else the general way of formel.c as wohngeld.c takes it */
    const wg_z10 MAX_WERT = (wg_z10)100000000 * WG_Z10_EINS;
    wg_formel_ergebnis zf;
    if (__builtin_expect(!p->formel_kurz[ti] || m_formel > MAX_WERT || y_formel > MAX_WERT ||
                             !wg_formel_kurz((uint64_t)p->a[ti], (uint64_t)p->b[ti], (uint64_t)p->c[ti],
                                             (uint64_t)p->skalar[WG_S_FAKTOR], (uint64_t)m_formel, (uint64_t)y_formel,
                                             rundung == WG_RUNDEN_HALB_WEG_VON_NULL, &zf),
                         0)) {
        const wg_formel f = {p->a[ti], p->b[ti], p->c[ti], p->skalar[WG_S_FAKTOR], m_formel, y_formel, rundung};
        bool ueberlauf;
        wg_formel_rechnen(&f, &zf, &ueberlauf);
        if (ueberlauf) return aus->status = WG_E_GRENZE;
    }
    /* Anlage 3 Nr. 3: to whole euros, from 0,50 up */
    const wg_z10 v = zf.z4 + WG_Z10_EINS / 2;
    wg_z10 w = v >= 0 && v <= (wg_z10)UINT64_MAX ? (wg_z10)((uint64_t)v / (uint64_t)WG_Z10_EINS)
                                                 : wg_durch_skala(v, WG_RUNDEN_ABRUNDEN);
    if (((schalter & WG_SATZ_DECKELUNG) || p->skalar[WG_S_DECKELUNG] != 0) && w > m_euro) w = m_euro;
    if (n > 12) {
        w += (wg_b4)(n - 12) * p->skalar[WG_S_ZUSCHLAG_UEBER_12] / WG_B4_EUR;
        if (w > m_euro) w = m_euro;
    }
    if (w * WG_B4_EUR < p->skalar[WG_S_MINDESTBETRAG]) return kein_anspruch(aus, WG_GRUND_UNTER_MINDESTBETRAG);
    aus->anspruch = true;
    aus->wohngeld_monat = (int64_t)w;
    return WG_OK;
}

wg_status wg_satz_berechnen(const wg_engine *e, const void *satz, size_t laenge, wg_kurz *aus)
{
    if (!aus) return WG_E_ARGUMENT;
    if (!e || !satz || (uintptr_t)satz % 8 != 0) {
        memset(aus, 0, sizeof *aus);
        return aus->status = WG_E_ARGUMENT;
    }
    /* a Satz may come from a file or another process: checked before a byte of it is used */
    if (!wg_satz_gueltig(satz, laenge)) {
        memset(aus, 0, sizeof *aus);
        return aus->status = WG_E_SATZ_UNGUELTIG;
    }
    return satz_rechnen(e, satz, aus);
}

bool wg_nur_betrag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r)
{
    uint64_t puffer[1024]; /* 8 KB: a Satz of up to about 300 income items; larger ones are rare
                              enough for the derivation path */
    size_t laenge = wg_satz_packen(e, h, puffer, sizeof puffer);
    if (laenge == 0 || laenge > sizeof puffer) return false;
    wg_kurz k;
    if (satz_rechnen(e, (const satz_kopf *)(const void *)puffer, &k) != WG_OK) return false;

    /* the result, as wg_ergebnis_zuruecksetzen and the modules set it */
    r->status = WG_OK;
    r->fehler.code = WG_OK;
    r->anzahl_hinweise = 0;
    r->anzahl_schritte = 0;
    r->gesetzt = 0;
    r->speicher_fehlt = false;
    /* the id, copied into the result's arena (wg_arena_text, without its call when it fits) */
    const char *id = h->id ? h->id : "";
    size_t id_len = strlen(id);
    r->id = 0;
    if (id_len < r->arena_kap) {
        memcpy(r->arena, id, id_len + 1);
        r->arena_len = id_len + 1;
    } else {
        r->arena_len = 0;
        r->id = wg_arena_text(r, id, id_len);
        if (r->speicher_fehlt) return false;
    }
    r->auslegung = h->auslegung;
    r->rechtsstand = k.rechtsstand;
    r->mietenstufe = k.mietenstufe;
    if (k.rechtsstand_ungesichert) wg_hinweis_ungesichert(r);
    r->n = k.n;
    r->n_gesamt = k.n_gesamt;
    r->n_tab = k.n_tab;
    r->n_kap = k.n_kap;
    r->anspruch = k.anspruch;
    r->wohngeld = k.wohngeld_monat;
    r->grund = k.grund;
    return true;
}
