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
 * Every rule is a function of regeln.h that the derivation path calls too: this file only
 * walks the Satz and calls them, so a change of a rule is made once.
 */
#include "formel.h"
#include "rechnung.h"
#include "mietenstufen.h"
#include "satz.h"
#include "satz_format.h"

#include <string.h>

/* A year value from the engine's index, or from the table outside it. */
static wgi_b4 jahreswert(const wgi_b4 *index, const wgi_jahrestabelle *j, int jahr)
{
    unsigned i = (unsigned)(jahr - WGI_INDEX_AB);
    return i < WGI_INDEX_JAHRE ? index[i] : wgi_jahreswert(j, jahr, NULL);
}

/* einkommen.c, posten_lesen and arten_anrechnen for a member without rare items (no
 * WGI_SM_SELTEN: no Werbungskosten, no § 14 Abs. 2 art, no § 17a): the items come grouped by
 * Einkunftsart (satz.c), so the sum of an art is complete at its last item (WGI_SP_ENDE), where
 * it counts less its deduction, never below 0 (§ 14 WoGG with § 9a EStG: the
 * Arbeitnehmer-Pauschbetrag of the year, or the period's Pauschbetrag of wgi_periode.abzug_art,
 * 0 for the rest). Without branches: an item that ends its art adds, the others only sum.
 * Returns the sum over the arts; *erwerb the part of § 17 Nr. 4's Erwerbseinkünfte. */
static inline __attribute__((always_inline)) wgi_b4 einkommen_gruppiert(const wgi_periode *p, wgi_b4 an_pauschbetrag,
                                                                       const satz_posten *po, unsigned ne,
                                                                       wgi_b4 *erwerb)
{
    wgi_b4 s = 0, e = 0, lauf = 0;
    for (unsigned j = 0; j < ne; j++) {
        const unsigned art = po[j].art & (WG_ART_ANZAHL - 1), merkmale = po[j].merkmale;
        lauf += wgi_jahresbetrag(po[j].betrag_cent, merkmale & WGI_SP_JAEHRLICH);
        /* no Werbungskosten and no art of WGI_ARTEN_SONDER here (satz.c): the art's Pauschbetrag
         * is its deduction */
        const wgi_b4 zaehlt =
            wgi_art_angerechnet_regulaer(lauf, wgi_werbungskosten_abzug(p, art, wgi_pauschbetrag(p, art, an_pauschbetrag), false, 0));
        const wgi_b4 ende = -(wgi_b4)(merkmale & WGI_SP_ENDE); /* all ones at the last item of an art */
        s += zaehlt & ende;
        e += zaehlt & ende & -(wgi_b4)(WGI_ARTEN_ERWERB >> art & 1u);
        lauf &= ~ende;
    }
    *erwerb = e;
    return s;
}

/* einkommen.c, posten_lesen and arten_anrechnen, the general way: every rule of § 14 on items in
 * any order (Werbungskosten, § 40a wages, Elterngeld, BAföG, Kindergeld), and § 17a. Returns the
 * sum over the arts; *erwerb as above. */
static wgi_b4 einkommen_allgemein(const wgi_periode *p, wgi_b4 an_pauschbetrag, wgi_b4 rbs1, unsigned merkmale,
                                 const satz_posten *po, unsigned ne, wgi_b4 *erwerb, wgi_b4 *freibetraege)
{
    /* each item annualised (§ 14 Abs. 1: betrag_monat × 12) and summed per Einkunftsart, then per
     * Einkunftsart what it counts — the rules of regeln.h the derivation narrates (einkommen.c) */
    wgi_arten a = {0};
    for (unsigned j = 0; j < ne; j++) {
        /* the Werbungskosten only where the item has them: the field is not checked otherwise */
        const bool hat_wk = po[j].merkmale & WGI_SP_WERBUNGSKOSTEN;
        wgi_arten_posten(p, &a, po[j].art & (WG_ART_ANZAHL - 1), wgi_jahresbetrag(po[j].betrag_cent, po[j].merkmale & WGI_SP_JAEHRLICH),
                         hat_wk, hat_wk ? po[j].werbungskosten_jahr_cent * WGI_B4_CENT : 0, po[j].merkmale & WGI_SP_PLUS);
    }
    const wgi_b4 s = wgi_arten_anrechnen(p, &a, an_pauschbetrag, erwerb, NULL);
    /* § 17a: Grundrenten-Freibetrag on the gross annual pension, capped by the Regelbedarf */
    *freibetraege += wgi_freibetrag_17a(p, merkmale & WGI_SM_GRUNDRENTE, a.summe[WG_ART_RENTE], rbs1);
    return s;
}

/* einkommen.c, wgi_einkommen_berechnen: the Jahreseinkommen of one member (§§ 14–16) and its
 * Freibeträge under § 17 Nr. 4 and § 17a. Inline: it runs for every member. */
static inline __attribute__((always_inline)) wgi_b4 mitglied_einkommen(const wgi_periode *p, wgi_b4 an_pauschbetrag,
                                                                      wgi_b4 rbs1, unsigned merkmale, int alter,
                                                                      const satz_posten *po, unsigned ne,
                                                                      wgi_b4 *freibetraege, wgi_b4 *einkuenfte)
{
    wgi_b4 erwerb;
    const wgi_b4 s = __builtin_expect(merkmale & WGI_SM_SELTEN, 0)
                        ? einkommen_allgemein(p, an_pauschbetrag, rbs1, merkmale, po, ne, &erwerb, freibetraege)
                        : einkommen_gruppiert(p, an_pauschbetrag, po, ne, &erwerb);
    if (einkuenfte) *einkuenfte += s; /* § 24 Abs. 3: the sum of positive Einkünfte and Einnahmen */
    /* § 16 Abs. 1: 10 % per criterion, not compounded */
    _Static_assert(WGI_SM_STEUERN == 1u << 2 && WGI_SM_KRANKEN_PFLEGE == 1u << 3 && WGI_SM_RENTE == 1u << 4,
                   "the § 16 criteria are bits 2-4 of merkmale, in wgi_abzuege_16's order");
    const int k = wgi_abzuege_16(merkmale >> 2);
    /* § 17 Nr. 4: earnings of a child under 25, after § 16, at most the Freibetrag */
    *freibetraege += wgi_freibetrag_17_4(p, erwerb, k, merkmale & WGI_SM_KIND, alter);
    return wgi_jahreseinkommen_16(p, s, k, NULL);
}

/* z4 of the formula of § 19 Abs. 1 (Anlage 3 Nr. 2) for n_tab − 1 = ti: the short way of
 * formel.h where the period's coefficients allow it (every enacted period), else the general
 * way of formel.c as wohngeld.c takes it. False when a value leaves every exact range. */
static inline __attribute__((always_inline)) bool formel_z4(const wgi_periode *p, int ti, wgi_z10 m_formel,
                                                           wgi_z10 y_formel, wgi_rundung rundung, wgi_z10 *z4)
{
    const wgi_z10 MAX_WERT = (wgi_z10)100000000 * WGI_Z10_EINS;
    wgi_formel_ergebnis zf;
    if (__builtin_expect(!p->formel_kurz[ti] || m_formel > MAX_WERT || y_formel > MAX_WERT ||
                             !wgi_formel_kurz((uint64_t)p->a[ti], (uint64_t)p->b[ti], (uint64_t)p->c[ti],
                                             (uint64_t)p->skalar[WGI_S_FAKTOR], (uint64_t)m_formel, (uint64_t)y_formel,
                                             rundung == WGI_RUNDEN_HALB_WEG_VON_NULL, &zf),
                         0)) {
        const wgi_formel f = {p->a[ti], p->b[ti], p->c[ti], p->skalar[WGI_S_FAKTOR], m_formel, y_formel, rundung};
        bool ueberlauf;
        wgi_formel_rechnen(&f, &zf, &ueberlauf);
        if (ueberlauf) return false;
    }
    *z4 = zf.z4;
    return true;
}

bool wgi_formel_z4(const wgi_periode *p, int n_tab, wgi_z10 m_formel, wgi_z10 y_formel, wgi_rundung rundung, wgi_z10 *z4)
{
    return formel_z4(p, n_tab - 1, m_formel, y_formel, rundung, z4);
}

/* No claim, for the reason g (§§ 20, 21). */
static inline wg_status kein_anspruch(wg_kurz *aus, wg_grund g)
{
    aus->grund = g;
    return WG_OK;
}

/* The whole computation of one Satz. Inline into every caller; fest (a period chosen by the
 * caller, NULL = by the Stichtag) and teile (what the screening reads, NULL = nothing) are
 * constants there, so the bulk path pays for neither. */
static inline __attribute__((always_inline)) wg_status satz_rechnen(const wg_engine *e, const satz_kopf *kopf,
                                                                    wg_kurz *aus, const wgi_periode *fest,
                                                                    wgi_satz_teile *teile)
{
    const wgi_tabellen *t = &e->tabellen;
    const unsigned schalter = kopf->schalter;
    aus->status = WG_OK;
    aus->anspruch = false;
    aus->wohngeld_monat = 0;
    aus->grund = WG_GRUND_KEINER;

    /* rechenweg.md § 0: the period of the Stichtag, the Mietenstufe (§ 12 Abs. 3–5) */
    const wg_datum stichtag = {kopf->jahr, kopf->monat, kopf->tag};
    const int tag = wgi_datum_tag(&stichtag);
    const wgi_periode *p = tag < e->erster_tag ? NULL : fest ? fest : wgi_periode_zum_stichtag(e, &stichtag);
    if (!p) return aus->status = WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT;
    int stufe = kopf->mietenstufe ? kopf->mietenstufe : wgi_mietenstufe_schluessel(t, kopf->gemeinde, tag);
    if (stufe == 0) return aus->status = WG_E_GEMEINDE_UNBEKANNT;
    if (stufe > p->anzahl_stufen) return aus->status = WG_E_MIETENSTUFE_UNGUELTIG;
    aus->rechtsstand = &p->info;
    aus->mietenstufe = stufe;
    aus->rechtsstand_ungesichert = e->bekannt_bis && tag > e->bekannt_bis;

    /* members: sizes (§§ 5, 6) and income (§§ 14–18) in one pass */
    const wgi_rundung rundung = (schalter & WGI_SATZ_ABSCHNEIDEN) ? WGI_RUNDEN_ABSCHNEIDEN : WGI_RUNDEN_HALB_WEG_VON_NULL;
    /* year values of other laws by the calendar year of the Stichtag (rechtsstand.c) */
    const wgi_b4 an_pauschbetrag = p->skalar_gesetzt[WGI_S_AN_PAUSCHBETRAG]
                                      ? p->skalar[WGI_S_AN_PAUSCHBETRAG]
                                      : jahreswert(e->an_pauschbetrag, &t->an_pauschbetrag, stichtag.jahr);
    const wgi_b4 rbs1 = jahreswert(e->rbs1, &t->rbs[0], stichtag.jahr);
    const bool gesamteinkommen = schalter & WGI_SATZ_GESAMTEINKOMMEN;
    const int ng = kopf->anzahl_mitglieder;
    int n = 0, foerderung = 0;
    wgi_b4 summe_je = 0, freibetraege = 0, unterhalt = 0, einkuenfte = 0;
    const unsigned char *z = (const unsigned char *)(kopf + 1);
    for (int i = 0; i < ng; i++) {
        const satz_mitglied *m = (const satz_mitglied *)(const void *)z;
        const unsigned merkmale = m->merkmale;
        const satz_posten *po = (const satz_posten *)(m + 1);
        const satz_unterhalt *uh = (const satz_unterhalt *)(po + m->anzahl_einkommen);
        z = (const unsigned char *)(uh + m->anzahl_unterhalt);
        foerderung += (merkmale & WGI_SM_FOERDERUNG) != 0;
        if (!(merkmale & WGI_SM_ZAEHLT)) continue;
        n++;
        if (gesamteinkommen) continue;
        if (merkmale & WGI_SM_JAHRESEINKOMMEN) {
            summe_je += m->jahreseinkommen_cent * WGI_B4_CENT;
            if (teile) einkuenfte += m->jahreseinkommen_cent * WGI_B4_CENT;
        } else {
            int alter = m->alter;
            if (merkmale & WGI_SM_GEBURTSDATUM) {
                const wg_datum geburt = {m->geb_jahr, m->geb_monat, m->geb_tag};
                alter = wgi_alter_am(&geburt, &stichtag);
            }
            summe_je += mitglied_einkommen(p, an_pauschbetrag, rbs1, merkmale, alter, po, m->anzahl_einkommen,
                                           &freibetraege, teile ? &einkuenfte : NULL);
        }
        freibetraege += wgi_freibetraege_17_1_2(p, merkmale & WGI_SM_SCHWERBEHINDERT, merkmale & WGI_SM_NS_VERFOLGT);
        /* § 18: per payment at most the amount of its Nr., unless fixed by a title (Satz 2) */
        for (unsigned j = 0; j < m->anzahl_unterhalt; j++)
            unterhalt += wgi_unterhalt_abzug(p, uh[j].empfaenger, wgi_jahresbetrag(uh[j].betrag_cent, uh[j].jaehrlich),
                                            uh[j].tituliert);
    }

    /* haushalt.c: sizes; § 21 Nr. 2; § 20 Abs. 2 */
    const int n_tab = wgi_n_tab(p, n);
    const int n_kap = wgi_n_kap(p, ng, !(schalter & WGI_SATZ_UEBER12_TATSAECHLICH));
    aus->n = n;
    aus->n_gesamt = ng;
    aus->n_tab = n_tab;
    aus->n_kap = n_kap;
    if (teile) {
        teile->p = p;
        teile->formel = teile->vermoegen = false;
        teile->deckelung = schalter & WGI_SATZ_DECKELUNG;
        teile->n = n;
    }
    const wg_grund vorab = wgi_grund_vorab(n, ng, foerderung);
    if (vorab != WG_GRUND_KEINER) return kein_anspruch(aus, vorab);
    /* haushalt.c, wgi_vermoegen_pruefen: § 21 Nr. 3, WoGVwV Nr. 21.37 */
    if ((schalter & WGI_SATZ_VERMOEGEN) && kopf->vermoegen_cent * WGI_B4_CENT > wgi_vermoegensgrenze(p, n)) {
        if (teile) teile->vermoegen = true;
        return kein_anspruch(aus, WG_GRUND_VERMOEGEN);
    }

    /* einkommen.c: § 13 — Gesamteinkommen and Y at ten decimals */
    wgi_b4 g;
    if (gesamteinkommen) {
        g = wgi_jahresbetrag(kopf->gesamteinkommen_monat_cent, false);
    } else {
        freibetraege += wgi_freibetrag_17_3(p, schalter & WGI_SATZ_ALLEINERZIEHEND);
        g = wgi_gesamteinkommen(summe_je, freibetraege, unterhalt);
    }
    wgi_z10 y = wgi_y(g, rundung);

    /* miete.c: §§ 9–12, WoGV § 6 */
    const wgi_b4 hoechst = wgi_hoechstbetrag(p, stufe, n_kap);
    const wgi_b4 klima = wgi_klimakomponente(p, n_kap);
    const wgi_b4 entlastung = wgi_heizkosten_entlastung(p, n_kap);
    const wgi_b4 grenze = wgi_kappungsgrenze(hoechst, klima);
    wgi_b4 miete;
    if (schalter & WGI_SATZ_HEIM) {
        miete = wgi_heim_miete(grenze);
    } else {
        wgi_b4 pauschalen = 0;
        if (__builtin_expect(schalter & (WGI_SATZ_HEIZUNG | WGI_SATZ_WARMWASSER | WGI_SATZ_HAUSHALTSENERGIE |
                                         WGI_SATZ_GARAGE | WGI_SATZ_STELLPLATZ),
                             0)) {
            const wgi_wogv6_welche w = {schalter & WGI_SATZ_HEIZUNG, schalter & WGI_SATZ_WARMWASSER,
                                        schalter & WGI_SATZ_HAUSHALTSENERGIE, schalter & WGI_SATZ_GARAGE,
                                        schalter & WGI_SATZ_STELLPLATZ, kopf->heizung_qm_hundertstel};
            pauschalen = wgi_wogv6_abzuege(p, &w, ng, NULL);
        }
        miete = wgi_miete_nach_abzuegen(kopf->wohnkosten_cent * WGI_B4_CENT, kopf->abzuege_cent * WGI_B4_CENT, pauschalen);
    }
    const wgi_b4 gekappt = wgi_miete_gekappt(miete, grenze);

    /* wohngeld.c: M and Y for the formula (Anlage 3 Nr. 1), ⌊M⌋ for the caps */
    const int ti = n_tab - 1;
    const wgi_z10 m_formel = wgi_m_formel(gekappt, entlastung, n, ng, p->m_min[ti], schalter & WGI_SATZ_NACH_ENTLASTUNG, rundung);
    const wgi_z10 y_formel = wgi_y_formel(y, p->y_min[ti]);
    const wgi_z10 m_euro = wgi_m_euro(gekappt, entlastung, n, ng);
    wgi_z10 z4;
    if (!formel_z4(p, ti, m_formel, y_formel, rundung, &z4)) return aus->status = WG_E_GRENZE;
    /* Anlage 3 Nr. 3, the cap at M, § 19 Abs. 3, § 21 Nr. 1 */
    const wgi_z10 w = wgi_betrag_nach_formel(p, z4, m_euro, n, schalter & WGI_SATZ_DECKELUNG);
    if (teile) {
        teile->formel = true;
        teile->gesamteinkommen = g;
        teile->einkuenfte = gesamteinkommen ? g : einkuenfte;
        teile->miete = miete;
        teile->grenze = grenze;
        teile->gekappt = gekappt;
        teile->y_formel = y_formel;
        teile->m_euro = m_euro;
        teile->z4 = z4;
        teile->m_formel = m_formel;
        teile->rundung = rundung;
    }
    if (wgi_unter_mindestbetrag(p, w)) return kein_anspruch(aus, WG_GRUND_UNTER_MINDESTBETRAG);
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
    if (!wgi_satz_gueltig(satz, laenge)) {
        memset(aus, 0, sizeof *aus);
        return aus->status = WG_E_SATZ_UNGUELTIG;
    }
    return satz_rechnen(e, satz, aus, NULL, NULL);
}

bool wgi_nur_betrag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r)
{
    uint64_t puffer[1024]; /* 8 KB: a Satz of up to about 300 income items; larger ones are rare
                              enough for the derivation path */
    size_t laenge = wg_satz_packen(e, h, puffer, sizeof puffer);
    if (laenge == 0 || laenge > sizeof puffer) return false;
    wg_kurz k;
    wgi_satz_teile teile = {0};
    if (satz_rechnen(e, (const satz_kopf *)(const void *)puffer, &k, NULL, &teile) != WG_OK) return false;

    if (!wgi_ergebnis_aus_kurz(r, h, &k)) return false;
    wgi_plausibilitaet(e, h, &teile, &k, r);
    return true;
}

wg_status wgi_satz_teile_rechnen(const wg_engine *e, const void *satz, const wgi_periode *fest, wg_kurz *aus,
                                 wgi_satz_teile *teile)
{
    return satz_rechnen(e, satz, aus, fest, teile);
}
