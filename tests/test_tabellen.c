/*
 * The statutory tables (tables/ *.tab): internal consistency as recht.md section 8 describes it,
 * and the strictness of the table reader. A typo in a table file fails here, not in a result.
 */
#include <criterion/criterion.h>
#include <stdio.h>

#include "formel.h"
#include "rechnung.h"

static wg_engine *engine;
static const wgi_periode *P16, *P20, *P21, *P22, *P23, *P25;

static void start(void)
{
    wg_fehler f;
    engine = wg_engine_oeffnen(&f);
    cr_assert_not_null(engine, "%s", f.meldung);
    const wgi_tabellen *t = &engine->tabellen;
    P16 = wgi_tabellen_periode(t, "2016");
    P20 = wgi_tabellen_periode(t, "2020");
    P21 = wgi_tabellen_periode(t, "2021");
    P22 = wgi_tabellen_periode(t, "2022");
    P23 = wgi_tabellen_periode(t, "2023");
    P25 = wgi_tabellen_periode(t, "2025");
    cr_assert(P16 && P20 && P21 && P22 && P23 && P25);
}
static void ende(void) { wg_engine_schliessen(engine); }

TestSuite(tabellen, .init = start, .fini = ende);

#define EUR(x) ((wgi_b4)(x) * 10000)

Test(tabellen, perioden_und_gueltigkeit)
{
    cr_assert_eq(P16->ab, 20160101);
    cr_assert_eq(P16->bis, 20191231);
    cr_assert_eq(P20->ab, 20200101);
    cr_assert_eq(P21->ab, 20210101);
    cr_assert_eq(P22->ab, 20220101);
    cr_assert_eq(P23->ab, 20230101);
    cr_assert_eq(P23->bis, 20241231);
    cr_assert_eq(P25->ab, 20250101);
    cr_assert_eq(P25->bis, 0);
    cr_assert_eq(P25->gesichert, 20261231);
    cr_assert_eq(P16->anzahl_stufen, 6, "P2016 has six Mietenstufen (§ 12 Abs. 5 a.F.)");
    cr_assert_eq(P20->anzahl_stufen, 7);
    cr_assert_eq(P25->anzahl_stufen, 7);
    for (const wgi_periode *p = engine->tabellen.periode; p < engine->tabellen.periode + 6; p++)
        cr_assert_eq(p->skalar[WGI_S_FAKTOR], 11500000000LL, "factor 1.15 in %s (§ 19 Abs. 1)", p->id);
}

Test(tabellen, einzelwerte_je_periode)
{
    /* recht.md 4: § 19 Abs. 3 amounts, § 17 Nr. 1, components present or not */
    cr_assert_eq(P16->skalar[WGI_S_ZUSCHLAG_UEBER_12], EUR(47));
    cr_assert_eq(P20->skalar[WGI_S_ZUSCHLAG_UEBER_12], EUR(51));
    cr_assert_eq(P22->skalar[WGI_S_ZUSCHLAG_UEBER_12], EUR(51));
    cr_assert_eq(P23->skalar[WGI_S_ZUSCHLAG_UEBER_12], EUR(57));
    cr_assert_eq(P25->skalar[WGI_S_ZUSCHLAG_UEBER_12], EUR(65));
    cr_assert_eq(P16->skalar[WGI_S_FB_17_1], EUR(1500));
    cr_assert_eq(P20->skalar[WGI_S_FB_17_1], EUR(1800));
    cr_assert(!P16->hat_co2 && !P20->hat_co2 && P21->hat_co2 && P22->hat_co2 && P23->hat_co2);
    cr_assert(!P22->hat_dauerhaft && P23->hat_dauerhaft && P25->hat_dauerhaft);
    cr_assert(!P22->hat_klima && P23->hat_klima && P25->hat_klima);
    cr_assert(!P16->hat_17a && !P20->hat_17a && P21->hat_17a && P25->hat_17a);
    for (const wgi_periode *p = engine->tabellen.periode; p < engine->tabellen.periode + 6; p++)
        cr_assert_eq(p->skalar[WGI_S_MINDESTBETRAG], EUR(10), "§ 21 Nr. 1: 10 EUR in %s", p->id);
    /* spot checks against recht.md */
    cr_assert_eq(P25->hoechstbetrag[6].wert[0], EUR(677));
    cr_assert_eq(P16->hoechstbetrag[5].wert[5], EUR(126));
    cr_assert_eq(P25->c[0], 408000 /* 0.0000408 */);
    cr_assert_eq(P22->c[0], 1157000 /* 0.0001157 */);
    cr_assert_eq(P22->b[11], 980000 /* 0.000098 */);
    cr_assert_eq(P25->y_min[11], EUR(2943));
}

Test(tabellen, mehrbetrag)
{
    /* recht.md 8.2 */
    cr_assert_eq(wgi_staffel_wert(&P25->hoechstbetrag[2], 12), EUR(1617));
    cr_assert_eq(wgi_staffel_wert(&P25->hoechstbetrag[1], 6), EUR(876));
    cr_assert_eq(wgi_staffel_wert(&P25->klima, 6), EUR(44));
    cr_assert_eq(wgi_staffel_wert(&P25->co2, 12) + wgi_staffel_wert(&P25->dauerhaft, 12), 4186000);
}

Test(tabellen, gesamtbetrag_heizkosten)
{
    /* recht.md 8.3: E = CO2 amount + dauerhafte Komponente, the printed Gesamtbetrag row */
    static const wgi_b4 gesamt[6] = {1104000, 1426000, 1702000, 1978000, 2254000, 276000};
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(P23->co2.wert[i] + P23->dauerhaft.wert[i], gesamt[i]);
        cr_assert_eq(P25->co2.wert[i] + P25->dauerhaft.wert[i], gesamt[i]);
        /* background (unverified Richtflächen): 0.30 / 2.00 / 0.40 EUR per m² */
        static const int flaeche[6] = {48, 62, 74, 86, 98, 12};
        cr_assert_eq(P23->co2.wert[i], flaeche[i] * 3000);
        cr_assert_eq(P23->dauerhaft.wert[i], flaeche[i] * 20000);
        cr_assert_eq(P23->klima.wert[i], flaeche[i] * 4000);
    }
}

static wgi_b4 halb_auf(wgi_z10 zaehler, wgi_z10 nenner) { return (wgi_b4)wgi_div_runden(zaehler, nenner, WGI_RUNDEN_HALB_WEG_VON_NULL); }

Test(tabellen, p2022_aus_p2020)
{
    /* § 23 WoGV: H2022 = H2020 × 1,02788 half-up to euros; § 24 WoGV: b × 100 / 102,788 down to
     * 6 decimals, c × 100 / 101,927 down to 7 decimals; a and minima unchanged. */
    for (int s = 0; s < 7; s++)
        for (int i = 0; i < 6; i++) {
            wgi_z10 h20 = P20->hoechstbetrag[s].wert[i] / 10000;
            wgi_b4 erwartet = halb_auf(h20 * 102788, 100000) * 10000;
            cr_assert_eq(P22->hoechstbetrag[s].wert[i], erwartet, "Stufe %d Spalte %d", s + 1, i + 1);
        }
    for (int n = 0; n < 12; n++) {
        cr_assert_eq(P22->a[n], P20->a[n]);
        /* b in z10 units; 6 decimals = units of 10^4 */
        wgi_z10 b = wgi_div_runden((wgi_z10)P20->b[n] * 100000, 102788 * (wgi_z10)10000, WGI_RUNDEN_ABRUNDEN) * 10000;
        cr_assert_eq(P22->b[n], b, "b n=%d", n + 1);
        wgi_z10 c = wgi_div_runden((wgi_z10)P20->c[n] * 100000, 101927 * (wgi_z10)1000, WGI_RUNDEN_ABRUNDEN) * 1000;
        cr_assert_eq(P22->c[n], c, "c n=%d", n + 1);
        cr_assert_eq(P22->m_min[n], P20->m_min[n]);
        cr_assert_eq(P22->y_min[n], P20->y_min[n]);
    }
}

Test(tabellen, unveraenderte_tabellen)
{
    /* recht.md 8.5 */
    for (int n = 0; n < 12; n++) {
        cr_assert_eq(P20->a[n], P16->a[n]);
        if (n < 10) cr_assert_eq(P23->a[n], P22->a[n]);
        else cr_assert_neq(P23->a[n], P22->a[n]);
        cr_assert_eq(P25->a[n], P23->a[n]);
        cr_assert_eq(P23->m_min[n], P20->m_min[n]);
    }
    for (int s = 0; s < 7; s++)
        for (int i = 0; i < 6; i++) cr_assert_eq(P23->hoechstbetrag[s].wert[i], P22->hoechstbetrag[s].wert[i]);
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(P25->co2.wert[i], P23->co2.wert[i]);
        cr_assert_eq(P25->dauerhaft.wert[i], P23->dauerhaft.wert[i]);
        cr_assert_eq(P25->klima.wert[i], P23->klima.wert[i]);
        cr_assert_eq(P23->co2.wert[i], P21->co2.wert[i]);
    }
}

Test(tabellen, p2025_aus_p2023)
{
    /* recht.md 8.6 (derived consistency): p = 4.043 %, q = 13.19 % */
    for (int s = 0; s < 7; s++)
        for (int i = 0; i < 6; i++) {
            wgi_z10 h23 = P23->hoechstbetrag[s].wert[i] / 10000;
            cr_assert_eq(P25->hoechstbetrag[s].wert[i], halb_auf(h23 * 104043, 100000) * 10000, "H Stufe %d/%d", s + 1, i + 1);
        }
    for (int n = 0; n < 12; n++) {
        wgi_z10 m23 = P23->m_min[n] / 10000, y23 = P23->y_min[n] / 10000;
        cr_assert_eq(P25->m_min[n], halb_auf(m23 * 104043, 100000) * 10000, "M_min n=%d", n + 1);
        cr_assert_eq(P25->y_min[n], halb_auf(y23 * 113190, 100000) * 10000, "Y_min n=%d", n + 1);
        wgi_z10 b = wgi_div_runden((wgi_z10)P23->b[n] * 100000, 104043 * (wgi_z10)1000, WGI_RUNDEN_ABRUNDEN) * 1000;
        cr_assert_eq(P25->b[n], b, "b n=%d", n + 1);
        wgi_z10 c = wgi_div_runden((wgi_z10)P23->c[n] * 100000, 113190 * (wgi_z10)1000, WGI_RUNDEN_ABRUNDEN) * 1000;
        cr_assert_eq(P25->c[n], c, "c n=%d", n + 1);
    }
    cr_assert_eq(P25->skalar[WGI_S_ZUSCHLAG_UEBER_12], halb_auf(57 * 113190, 100000) * 10000);
}

Test(tabellen, entwurf_2027)
{
    /* recht.md 8.7: c(draft) = round_half_up(c2025 × 1.58, 8 decimals); dauerhafte Komponente
     * halved; a, b, minima, Höchstbeträge, K as P2025. A scenario, never chosen by date. */
    const wgi_periode *E = wgi_tabellen_periode(&engine->tabellen, "2027-entwurf");
    cr_assert_not_null(E);
    cr_assert(E->szenario);
    for (int n = 0; n < 12; n++) {
        /* z10 units; 8 decimals = units of 100 */
        cr_assert_eq(E->c[n], halb_auf((wgi_z10)P25->c[n] * 158, 100 * 100) * 100, "c n=%d", n + 1);
        cr_assert_eq(E->a[n], P25->a[n]);
        cr_assert_eq(E->b[n], P25->b[n]);
        cr_assert_eq(E->m_min[n], P25->m_min[n]);
        cr_assert_eq(E->y_min[n], P25->y_min[n]);
    }
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(E->dauerhaft.wert[i] * 2, P25->dauerhaft.wert[i]);
        cr_assert_eq(E->co2.wert[i], P25->co2.wert[i]);
        cr_assert_eq(E->klima.wert[i], P25->klima.wert[i]);
    }
    cr_assert_eq(E->skalar[WGI_S_MINDESTBETRAG], EUR(15));
    cr_assert_eq(E->skalar[WGI_S_ZUSCHLAG_UEBER_12], EUR(65));
    cr_assert_eq(E->skalar[WGI_S_DECKELUNG], 1);
    cr_assert(!P25->skalar_gesetzt[WGI_S_DECKELUNG], "no cap in enacted law");
}

Test(tabellen, mietenstufenlisten)
{
    const wgi_tabellen *t = &engine->tabellen;
    cr_assert_eq(t->anzahl_listen, 2);
    const wgi_mietenstufenliste *l23 = &t->liste[0], *l27 = &t->liste[1];
    cr_assert_str_eq(l23->id, "2023");
    cr_assert_eq(l23->anzahl, 1908, "1 601 gemeinde + 279 kreis + 28 insel (docs/mietenstufen.md)");
    cr_assert(l23->mit_ags);
    cr_assert_eq(l23->ab, 20230101);
    size_t art[3] = {0};
    for (size_t i = 0; i < l23->anzahl; i++) art[l23->orte[i].art]++;
    cr_assert_eq(art[WGI_ORT_GEMEINDE], 1601);
    cr_assert_eq(art[WGI_ORT_KREIS], 279);
    cr_assert_eq(art[WGI_ORT_INSEL], 28);
    cr_assert_str_eq(l27->szenario, "2027-entwurf");
    cr_assert_eq(l27->anzahl, 1880);
    cr_assert(!l27->mit_ags);
}

Test(tabellen, jahreswerte)
{
    const wgi_tabellen *t = &engine->tabellen;
    int j;
    cr_assert_eq(wgi_jahreswert(&t->an_pauschbetrag, 2021, &j), EUR(1000));
    cr_assert_eq(wgi_jahreswert(&t->an_pauschbetrag, 2022, &j), EUR(1200));
    cr_assert_eq(wgi_jahreswert(&t->an_pauschbetrag, 2023, &j), EUR(1230));
    cr_assert_eq(wgi_jahreswert(&t->an_pauschbetrag, 2030, &j), EUR(1230), "nearest listed year");
    cr_assert_eq(j, 2026);
    cr_assert_eq(wgi_jahreswert(&t->an_pauschbetrag, 2010, &j), EUR(1000));
    cr_assert_eq(j, 2016);
    /* recht.md 8.8: § 17a cap = 12 × RBS1 / 2 */
    static const int jahre[] = {2021, 2022, 2023, 2024, 2025, 2026};
    static const int kappe[] = {2676, 2694, 3012, 3378, 3378, 3378};
    for (int i = 0; i < 6; i++) cr_assert_eq(12 * wgi_jahreswert(&t->rbs[0], jahre[i], &j) / 2, EUR(kappe[i]));
}

Test(tabellen, pruefsumme)
{
    const char *p = wg_engine_tabellen_pruefsumme(engine);
    cr_assert_eq(strncmp(p, "sha256:", 7), 0);
    cr_assert_eq(strlen(p), 71);
}

/* ---- the reader rejects what it cannot read exactly ---- */

static wg_status lade(const char *text, wg_fehler *f)
{
    const char *texte[] = {text};
    const char *namen[] = {"test.tab"};
    wg_engine *e = wg_engine_oeffnen_texte(texte, namen, 1, f);
    wg_engine_schliessen(e);
    return e ? WG_OK : f->code;
}

Test(tabellen_leser, fehlerhafte_dateien)
{
    wg_fehler f;
    const char *kopf = "rechtsstand X\ngilt_ab 2016-01-01\n";
    struct { const char *text; const char *meldung; } faelle[] = {
        {"", "leere Tabellendatei"},
        {"wert faktor 1.15 \"q\"\n", "muss mit"},
        {"rechtsstand X\nunsinn 1\n", "unbekannte Angabe"},
        {"rechtsstand X\nwert faktorr 1.15 \"q\"\n", "unbekannter Wert"},
        {"rechtsstand X\nwert mindestbetrag 10.00001 \"q\"\n", "Nachkommastellen"},
        {"rechtsstand X\nwert mindestbetrag 1e1 \"q\"\n", "keine gültige Zahl"},
        {"rechtsstand X\nwert mindestbetrag -1 \"q\"\n", "negativ"},
        {"rechtsstand X\ntabelle abc \"q\"\n 1 0.04 0.1 0.1\n", "ohne 'ende'"},
        {"rechtsstand X\ntabelle abc \"q\"\n 1 0.04 0.1 0.1\n 1 0.04 0.1 0.1\nende\n", "doppelt"},
        {"rechtsstand X\ntabelle abc \"q\"\n 1 0.04 0.1 0.1\nende\n", "nicht alle"},
        {"rechtsstand X\ntabelle hoechstbetraege \"q\"\n 1 1 2\n 2 1\nende\n", "ungleiche"},
        {"rechtsstand X\nbasis Y\n", "Basis-Rechtsstand unbekannt"},
        {"rechtsstand X\nname \"offen\n", "nicht geschlossen"},
        {"rechtsstand X\ngilt_ab 2016-13-01\n", "gilt_ab"},
        {kopf, "fehlt"},
    };
    for (size_t i = 0; i < sizeof faelle / sizeof faelle[0]; i++) {
        cr_assert_eq(lade(faelle[i].text, &f), WG_E_TABELLE, "Fall %zu", i);
        cr_assert(strstr(f.meldung, faelle[i].meldung), "Fall %zu: %s", i, f.meldung);
        cr_assert(strstr(f.meldung, "test.tab:"), "Fall %zu nennt Datei und Zeile: %s", i, f.meldung);
    }
}

Test(tabellen_leser, ueberschneidung)
{
    /* two enacted periods valid on the same day cannot both apply */
    wg_fehler f;
    const char *texte[32];
    const char *namen[32];
    cr_assert_lt(wgi_eingebaute_tabellen_anzahl, 31);
    size_t n = wgi_eingebaute_tabellen_anzahl;
    for (size_t i = 0; i < n; i++) { texte[i] = wgi_eingebaute_tabellen[i]; namen[i] = wgi_eingebaute_tabellen_namen[i]; }
    texte[n] = "rechtsstand 2099\nbasis 2025\nname \"x\"\nquelle \"x\"\ngilt_ab 2026-01-01\n";
    namen[n] = "neu.tab";
    wg_engine *e = wg_engine_oeffnen_texte(texte, namen, n + 1, &f);
    cr_assert_null(e);
    cr_assert(strstr(f.meldung, "überschneidet"), "%s", f.meldung);
    texte[n] = "rechtsstand 2027-test\nbasis 2025\nname \"x\"\nquelle \"x\"\ngilt_ab 2027-01-01\nszenario ja\n";
    e = wg_engine_oeffnen_texte(texte, namen, n + 1, &f);
    cr_assert_not_null(e, "a scenario never overlaps: %s", f.meldung);
    wg_engine_schliessen(e);
}
