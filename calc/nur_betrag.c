/*
 * nur_betrag.c — the amount alone, for bulk runs: wg_berechnen with WG_NUR_BETRAG.
 *
 * The same rules as the derivation path (pruefung.c, rechtsstand.c, haushalt.c, einkommen.c,
 * miete.c, wohngeld.c), in the same order, on the same tables, with the same integer scales —
 * but nothing is recorded: no derivation values, no steps, no field paths, no texts. What a
 * bulk run reads is set: status, anspruch, wohngeld_monat, grund, Rechtsstand, n, n_gesamt,
 * n_tab, n_kap, Mietenstufe, hints.
 *
 * Whatever this path does not decide itself goes to the derivation path, which then computes
 * the whole result (wg_berechnen clears its derivation values afterwards):
 *   - every invalid record: the error with its field path and message is pruefung.c's;
 *   - a forced `rechtsstand`, a scenario, a Bewilligungszeitraum (`zeitraum`);
 *   - a Gemeinde that is malformed, unknown or has no list on the day;
 *   - values outside the ranges where the 64-bit steps below are exact (absurd incomes or
 *     rents: Y or M at or above 9·10^8 EUR, or outside the proven range of wg_formel_64).
 * So an error is reported identically by construction; for every assessed household the two
 * paths are proven equal by test (tests/test_nur_betrag.c: every golden case, and hundreds of
 * thousands of random households over all periods, switches and rules) and by the fuzzer
 * (fuzz/eigenschaften.c checks it on every input).
 *
 * Every rule below names its § and the function of the derivation path it mirrors; a change of
 * a rule must be made in both (the tests fail otherwise).
 */
#include "intern.h"

#include <string.h>

/* pruefung.c, mitglied_pruefen: one income item */
static bool posten_gueltig(const wg_einkommen *e)
{
    return (unsigned)e->art < WG_ART_ANZAHL && wg_betrag_ok(e->betrag_cent, wg_negativ_moeglich(e->art)) &&
           (!e->hat_werbungskosten || wg_betrag_ok(e->werbungskosten_jahr_cent, false));
}

/* pruefung.c, mitglied_pruefen: the member without its income items (posten_gueltig, checked
 * where they are summed). */
static bool mitglied_gueltig(const wg_mitglied *m, const wg_datum *stichtag)
{
    if (m->alter < -1 || m->alter > 150) return false;
    if (m->hat_geburtsdatum &&
        (!wg_datum_gueltig(&m->geburtsdatum) || wg_alter_am(&m->geburtsdatum, stichtag) < 0))
        return false;
    if (m->hat_jahreseinkommen && !wg_betrag_ok(m->jahreseinkommen_cent, false)) return false;
    if (m->anzahl_einkommen > WG_MAX_EINKOMMEN || (m->anzahl_einkommen > 0 && !m->einkommen)) return false;
    if (m->anzahl_unterhalt > WG_MAX_UNTERHALT || (m->anzahl_unterhalt > 0 && !m->unterhalt)) return false;
    for (size_t j = 0; j < m->anzahl_unterhalt; j++) {
        const wg_unterhalt *u = &m->unterhalt[j];
        if ((unsigned)u->empfaenger >= WG_UNTERHALT_ANZAHL || !wg_betrag_ok(u->betrag_cent, false)) return false;
    }
    return true;
}

/* pruefung.c, wg_pruefen: the household's own fields (members are checked in the member loop). */
static bool haushalt_gueltig(const wg_haushalt *h)
{
    if (!wg_datum_gueltig(&h->stichtag)) return false;
    if (h->mietenstufe == 0 ? !h->gemeinde : (h->mietenstufe < 1 || h->mietenstufe > WG_MAX_STUFEN)) return false;
    if (!h->hat_wohnkosten && !h->heimbewohner) return false;
    if (h->hat_wohnkosten &&
        ((unsigned)h->wohnkosten_art > WG_BELASTUNG || !wg_betrag_ok(h->wohnkosten_cent, false) ||
         !wg_betrag_ok(h->abzuege_cent, false) ||
         (h->pauschalen.heizung &&
          (h->pauschalen.heizung_qm_hundertstel < 0 || h->pauschalen.heizung_qm_hundertstel > 10000000))))
        return false;
    if (h->hat_vermoegen && !wg_betrag_ok(h->vermoegen_cent, false)) return false;
    if (h->hat_gesamteinkommen && !wg_betrag_ok(h->gesamteinkommen_monat_cent, false)) return false;
    if ((unsigned)h->auslegung.zwischenrundung > WG_RUNDUNG_ABSCHNEIDEN ||
        (unsigned)h->auslegung.ueber_12_mitglieder > WG_UEBER12_TATSAECHLICHE_ZAHL)
        return false;
    return h->anzahl_mitglieder >= 1 && h->anzahl_mitglieder <= WG_MAX_MITGLIEDER && h->mitglieder;
}

/* mietenstufen.c, wg_mietenstufe_finden for enacted lists: the row of the 8-digit AGS, else the
 * row of its Kreis; 0 when there is no answer here (the derivation path reports the error). */
static const wg_ort *ort_suchen(const wg_mietenstufenliste *m, uint64_t schluessel)
{
    size_t lo = 0, n = m->anzahl;
    while (n > 0) {
        size_t halb = n / 2;
        if (m->orte[lo + halb].schluessel < schluessel) {
            lo += halb + 1;
            n -= halb + 1;
        } else {
            n = halb;
        }
    }
    return lo < m->anzahl && m->orte[lo].schluessel == schluessel ? &m->orte[lo] : NULL;
}

static int stufe_der_gemeinde(const wg_tabellen *t, const char *ags, int tag)
{
    for (int i = 0; i < 8; i++)
        if (ags[i] < '0' || ags[i] > '9') return 0;
    if (ags[8] != '\0') return 0;
    const wg_mietenstufenliste *m = NULL;
    for (int i = 0; i < t->anzahl_listen; i++) {
        const wg_mietenstufenliste *l = &t->liste[i];
        if (!l->szenario[0] && l->mit_ags && l->ab <= tag && (l->bis == 0 || tag <= l->bis)) m = l;
    }
    if (!m) return 0;
    uint64_t k = wg_ags_schluessel(ags);
    const wg_ort *o = ort_suchen(m, k);
    if (!o) o = ort_suchen(m, k & ~(uint64_t)0xFFFFFF); /* the Kreis: first five digits */
    return o ? o->stufe : 0;
}

/* A year value from the engine's index, or from the table outside it. */
static wg_b4 jahreswert(const wg_b4 *index, const wg_jahrestabelle *j, int jahr)
{
    unsigned i = (unsigned)(jahr - WG_INDEX_AB);
    return i < WG_INDEX_JAHRE ? index[i] : wg_jahreswert(j, jahr, NULL);
}

/* einkommen.c, wg_einkommen_berechnen: the Jahreseinkommen of one member (§§ 14–16) and its
 * Freibeträge under § 17 Nr. 4 and § 17a; false when an income item fails its check. Inline:
 * it runs for every member. */
static inline __attribute__((always_inline)) bool mitglied_einkommen(const wg_periode *p, wg_b4 an_pauschbetrag,
                                                                     wg_b4 rbs1, const wg_mitglied *m, int alter,
                                                                     wg_b4 *jahreseinkommen, wg_b4 *freibetraege)
{
    /* Einkunftsarten as bit masks (the same sets as einkommen.c's switch) */
    enum {
        ERWERB = 1u << WG_ART_ARBEITSLOHN | 1u << WG_ART_MINIJOB_PAUSCHAL | 1u << WG_ART_SELBSTAENDIG |
                 1u << WG_ART_GEWERBE | 1u << WG_ART_LAND_FORST,
        SONDER = 1u << WG_ART_ELTERNGELD | 1u << WG_ART_BAFOEG_ZUSCHUSS | 1u << WG_ART_KINDERGELD,
    };
    wg_b4 summe[WG_ART_ANZAHL], wk[WG_ART_ANZAHL];
    unsigned hat = 0, hat_wk = 0;
    wg_b4 elterngeld = 0;
    /* posten_lesen: each item checked (pruefung.c), annualised and summed per Einkunftsart */
    for (size_t j = 0; j < m->anzahl_einkommen; j++) {
        const wg_einkommen *e = &m->einkommen[j];
        if (!posten_gueltig(e)) return false;
        unsigned art = (unsigned)e->art, bit = 1u << art;
        wg_b4 jahr = wg_jahresbetrag(e->betrag_cent, e->jaehrlich);
        summe[art] = (hat & bit) ? summe[art] + jahr : jahr;
        hat |= bit;
        if (__builtin_expect(e->hat_werbungskosten, 0)) {
            wk[art] = ((hat_wk & bit) ? wk[art] : 0) + e->werbungskosten_jahr_cent * WG_B4_CENT;
            hat_wk |= bit;
        }
        if (art == WG_ART_ELTERNGELD) /* § 14 Abs. 2 Nr. 6 WoGG, § 10 BEEG: per item */
            elterngeld += wg_max0(jahr - 12 * p->skalar[e->plus ? WG_S_ELTERNGELD_PLUS_FREI : WG_S_ELTERNGELD_FREI]);
    }
    /* arten_anrechnen: per Einkunftsart the sum less its deduction (§ 14 WoGG with § 9a EStG),
     * never below 0: the Arbeitnehmer-Pauschbetrag of the year, or the period's Pauschbetrag
     * (wg_periode.abzug_art: Renten, Versorgungsbezüge, Kapitalerträge; 0 for the rest), or the
     * higher actual Werbungskosten; for § 40a wages only the actual costs */
    wg_b4 s = 0, erwerb = 0;
    for (unsigned rest = hat; rest; rest &= rest - 1) {
        int a = __builtin_ctz(rest);
        unsigned bit = 1u << a;
        wg_b4 zaehlt;
        if (__builtin_expect(bit & SONDER, 0)) {
            zaehlt = a == WG_ART_ELTERNGELD ? elterngeld
                     : a == WG_ART_BAFOEG_ZUSCHUSS ? wg_prozent(summe[a], p->skalar[WG_S_BAFOEG_PROZENT])
                                                  : 0; /* Kindergeld: not in § 14 Abs. 2 */
        } else {
            wg_b4 abzug = a == WG_ART_ARBEITSLOHN ? an_pauschbetrag : p->abzug_art[a];
            if (__builtin_expect(hat_wk & bit, 0)) {
                if (a == WG_ART_MINIJOB_PAUSCHAL) abzug = wk[a];
                else if (a == WG_ART_ARBEITSLOHN || a == WG_ART_RENTE || a == WG_ART_VERSORGUNGSBEZUG)
                    abzug = wk[a] > abzug && !p->skalar[WG_S_NUR_PAUSCHBETRAG] ? wk[a] : abzug;
            }
            zaehlt = wg_max0(summe[a] - abzug);
            erwerb += bit & ERWERB ? zaehlt : 0;
        }
        s += zaehlt;
    }
    /* § 16 Abs. 1: 10 % per criterion, not compounded */
    int k = (m->abzug_steuern ? 1 : 0) + (m->abzug_kranken_pflege ? 1 : 0) + (m->abzug_rente ? 1 : 0);
    *jahreseinkommen = k ? s - wg_prozent(s, k * p->skalar[WG_S_ABZUG_16_PROZENT]) : s;
    /* § 17 Nr. 4: earnings of a child under 25, after § 16, at most the Freibetrag */
    if (m->kind_eines_mitglieds && alter >= 0 && alter < 25) {
        erwerb -= wg_prozent(erwerb, k * p->skalar[WG_S_ABZUG_16_PROZENT]);
        wg_b4 fb = wg_min_b4(erwerb, p->skalar[WG_S_FB_17_4]);
        if (fb > 0) *freibetraege += fb;
    }
    /* § 17a: Grundrenten-Freibetrag on the gross annual pension, capped by the Regelbedarf */
    if (p->hat_17a && m->grundrentenzeiten_33_jahre && (hat >> WG_ART_RENTE & 1u) && summe[WG_ART_RENTE] > 0) {
        wg_b4 rente = summe[WG_ART_RENTE], sockel = p->skalar[WG_S_FB_17A_SOCKEL];
        wg_b4 fb = wg_min_b4(rente, sockel) + wg_prozent(wg_max0(rente - sockel), p->skalar[WG_S_FB_17A_PROZENT]);
        wg_b4 kappe = wg_prozent(12 * rbs1, p->skalar[WG_S_FB_17A_RBS_PROZENT]);
        *freibetraege += wg_min_b4(fb, kappe);
    }
    return true;
}

bool wg_nur_betrag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r)
{
    if (!e || !h || h->hat_zeitraum || h->rechtsstand || !haushalt_gueltig(h)) return false;
    const wg_tabellen *t = &e->tabellen;

    /* rechenweg.md § 0: the period of the Stichtag, the Mietenstufe (§ 12 Abs. 3–5) */
    int tag = h->stichtag.jahr * 10000 + h->stichtag.monat * 100 + h->stichtag.tag;
    if (tag < e->erster_tag) return false;
    const wg_periode *p = wg_periode_zum_stichtag(e, &h->stichtag);
    if (!p) return false;
    int stufe = h->mietenstufe ? h->mietenstufe : stufe_der_gemeinde(t, h->gemeinde, tag);
    if (stufe == 0 || stufe > p->anzahl_stufen) return false;

    /* members: checks, sizes (§§ 5, 6) and income (§§ 14–18) in one pass */
    wg_rundung rundung = h->auslegung.zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? WG_RUNDEN_ABSCHNEIDEN
                                                                              : WG_RUNDEN_HALB_WEG_VON_NULL;
    /* year values of other laws by the calendar year of the Stichtag (rechtsstand.c) */
    const int jahr = h->stichtag.jahr;
    const wg_b4 an_pauschbetrag = p->skalar_gesetzt[WG_S_AN_PAUSCHBETRAG]
                                      ? p->skalar[WG_S_AN_PAUSCHBETRAG]
                                      : jahreswert(e->an_pauschbetrag, &t->an_pauschbetrag, jahr);
    const wg_b4 rbs1 = jahreswert(e->rbs1, &t->rbs1, jahr);
    int n = 0, foerderung = 0;
    wg_b4 summe_je = 0, freibetraege = 0, unterhalt = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (!mitglied_gueltig(m, &h->stichtag)) return false;
        foerderung += m->ausbildungsfoerderung_dem_grunde_nach;
        if (!m->zu_beruecksichtigen || h->hat_gesamteinkommen || m->hat_jahreseinkommen) {
            /* items not counted are still checked (rechenweg.md §§ 2, 6) */
            for (size_t j = 0; j < m->anzahl_einkommen; j++)
                if (!posten_gueltig(&m->einkommen[j])) return false;
        }
        if (!m->zu_beruecksichtigen) continue;
        n++;
        if (h->hat_gesamteinkommen) continue;
        if (m->hat_jahreseinkommen) {
            summe_je += m->jahreseinkommen_cent * WG_B4_CENT;
        } else {
            int alter = m->hat_geburtsdatum ? wg_alter_am(&m->geburtsdatum, &h->stichtag) : m->alter;
            wg_b4 je;
            if (!mitglied_einkommen(p, an_pauschbetrag, rbs1, m, alter, &je, &freibetraege)) return false;
            summe_je += je;
        }
        if (m->schwerbehindert_pflege) freibetraege += p->skalar[WG_S_FB_17_1];
        if (m->ns_verfolgt) freibetraege += p->skalar[WG_S_FB_17_2];
        /* § 18: per payment at most the amount of its Nr., unless fixed by a title (Satz 2) */
        static const wg_skalar kappe_nr[WG_UNTERHALT_ANZAHL] = {WG_S_UH_18_1, WG_S_UH_18_2, WG_S_UH_18_3, WG_S_UH_18_4};
        for (size_t j = 0; j < m->anzahl_unterhalt; j++) {
            const wg_unterhalt *u = &m->unterhalt[j];
            wg_b4 betrag = wg_jahresbetrag(u->betrag_cent, u->jaehrlich);
            unterhalt += u->tituliert ? betrag : wg_min_b4(betrag, p->skalar[kappe_nr[u->empfaenger]]);
        }
    }

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
    r->rechtsstand = &p->info;
    r->mietenstufe = stufe;
    if (e->bekannt_bis && tag > e->bekannt_bis) wg_hinweis_ungesichert(r);
    r->anspruch = false;
    r->wohngeld = 0;
    r->grund = WG_GRUND_KEINER;

    /* haushalt.c: sizes; § 21 Nr. 2; § 20 Abs. 2 */
    const int ng = (int)h->anzahl_mitglieder;
    const int n_tab = n < 12 ? n : 12;
    const int n_kap = ng > 12 && h->auslegung.ueber_12_mitglieder == WG_UEBER12_WERTE_FUER_12 ? 12 : ng;
    r->n = n;
    r->n_gesamt = ng;
    r->n_tab = n_tab;
    r->n_kap = n_kap;
    if (n == 0) {
        wg_kein_anspruch(r, WG_GRUND_ALLE_AUSGESCHLOSSEN);
        return true;
    }
    if (foerderung == ng) {
        wg_kein_anspruch(r, WG_GRUND_AUSBILDUNGSFOERDERUNG);
        return true;
    }
    /* haushalt.c, wg_vermoegen_pruefen: § 21 Nr. 3, WoGVwV Nr. 21.37 */
    if (h->hat_vermoegen) {
        wg_b4 grenze = p->skalar[WG_S_VERMOEGEN_ERSTES] + (wg_b4)(n - 1) * p->skalar[WG_S_VERMOEGEN_WEITERES];
        if (p->skalar_gesetzt[WG_S_VERMOEGEN_HOECHSTENS] && grenze > p->skalar[WG_S_VERMOEGEN_HOECHSTENS])
            grenze = p->skalar[WG_S_VERMOEGEN_HOECHSTENS];
        if (h->vermoegen_cent * WG_B4_CENT > grenze) {
            wg_kein_anspruch(r, WG_GRUND_VERMOEGEN);
            return true;
        }
    }

    /* einkommen.c: § 13 — Gesamteinkommen and Y at ten decimals */
    wg_b4 g;
    if (h->hat_gesamteinkommen) {
        g = h->gesamteinkommen_monat_cent * WG_B4_CENT * 12;
    } else {
        if (h->alleinerziehend) freibetraege += p->skalar[WG_S_FB_17_3];
        g = summe_je - freibetraege - unterhalt;
        if (g < 0) g = 0;
    }
    wg_z10 y = wg_zu_z10(g, 12, rundung);

    /* miete.c: §§ 9–12, WoGV § 6 */
    wg_b4 hoechst = wg_staffel_wert(&p->hoechstbetrag[stufe - 1], n_kap);
    wg_b4 klima = p->hat_klima ? wg_staffel_wert(&p->klima, n_kap) : 0;
    wg_b4 entlastung = 0;
    if (p->hat_co2) {
        entlastung = wg_staffel_wert(&p->co2, n_kap);
        if (p->hat_dauerhaft) entlastung += wg_staffel_wert(&p->dauerhaft, n_kap);
    }
    wg_b4 grenze = hoechst + klima, miete;
    if (h->heimbewohner) {
        miete = grenze;
    } else {
        const wg_pauschalen *pa = &h->pauschalen;
        wg_b4 rest = h->wohnkosten_cent * WG_B4_CENT - h->abzuege_cent * WG_B4_CENT;
        if (pa->heizung) rest -= p->skalar[WG_S_WOGV6_HEIZUNG_QM] * pa->heizung_qm_hundertstel / 100;
        if (pa->warmwasser) rest -= wg_nach_bewohnern(p, WG_S_WOGV6_WW_1, WG_S_WOGV6_WW_2, WG_S_WOGV6_WW_WEITERE, ng);
        if (pa->haushaltsenergie) rest -= wg_nach_bewohnern(p, WG_S_WOGV6_EN_1, WG_S_WOGV6_EN_2, WG_S_WOGV6_EN_WEITERE, ng);
        if (pa->garage) rest -= p->skalar[WG_S_WOGV6_GARAGE];
        if (pa->stellplatz) rest -= p->skalar[WG_S_WOGV6_STELLPLATZ];
        miete = wg_max0(rest);
    }
    wg_b4 gekappt = miete < grenze ? miete : grenze;

    /* wohngeld.c: M, the minima of Anlage 3 Nr. 1, the formula, Nr. 3, caps, § 19 Abs. 3, § 21 Nr. 1 */
    const int ti = n_tab - 1;
    wg_b4 m_min = p->m_min[ti], y_min = p->y_min[ti];
    /* M of § 11 and M for the formula, as the numerator over n_gesamt like wohngeld.c does; with
     * every member counted (n = n_gesamt, most households) the numerators are n times a b4
     * amount, so the same values follow without a division */
    const bool nach_entlastung = h->auslegung.mindestmiete_nach_entlastung;
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
    wg_formel_ergebnis z;
    if (m_formel > INT64_MAX || y_formel > INT64_MAX ||
        !wg_formel_64(p->a[ti], p->b[ti], p->c[ti], p->skalar[WG_S_FAKTOR], (int64_t)m_formel, (int64_t)y_formel, rundung, &z))
        return false;
    const wg_z10 halb = WG_Z10_EINS / 2;
    wg_z10 w = wg_durch_skala(z.z4 + halb, WG_RUNDEN_ABRUNDEN);
    if ((h->auslegung.deckelung_auf_miete || p->skalar[WG_S_DECKELUNG] != 0) && w > m_euro) w = m_euro;
    if (n > 12) {
        w += (wg_b4)(n - 12) * p->skalar[WG_S_ZUSCHLAG_UEBER_12] / WG_B4_EUR;
        if (w > m_euro) w = m_euro;
    }
    if (w * WG_B4_EUR < p->skalar[WG_S_MINDESTBETRAG]) {
        wg_kein_anspruch(r, WG_GRUND_UNTER_MINDESTBETRAG);
        return true;
    }
    r->anspruch = true;
    r->wohngeld = (int64_t)w;
    return true;
}
