/* The rent side (§§ 9–12 WoGG, § 6 WoGV): cap, components, shares, flat deductions, Heim. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "hilfe.h"

static lauf *L;
static void start(void) { L = lauf_neu(); }
static void ende(void) { lauf_frei(L); }
TestSuite(miete, .init = start, .fini = ende);

static void haushalt(const char *stichtag, int stufe, const char *wohnkosten, int n, int ausgeschlossen, const char *extra)
{
    char buf[8192], m[4096] = "";
    for (int i = 0; i < n; i++)
        snprintf(m + strlen(m), sizeof m - strlen(m), "%s{\"zu_beruecksichtigen\":%s}", i ? "," : "",
                 i >= n - ausgeschlossen ? "false" : "true");
    snprintf(buf, sizeof buf, "{\"stichtag\":\"%s\",\"mietenstufe\":%d,%s\"gesamteinkommen_monat\":\"1000.00\","
             "\"mitglieder\":[%s]%s%s}", stichtag, stufe, wohnkosten, m, extra ? "," : "", extra ? extra : "");
    cr_assert_eq(rechne(L, buf), WG_OK, "%s: %s %s", fehlercode(L), fehlerfeld(L), L->fehler.meldung);
}

#define MIETE(x) "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"" x "\"},"

Test(miete, hoechstbetrag_und_komponenten_je_periode)
{
    haushalt("2019-06-01", 6, MIETE("2000.00"), 6, 0, NULL);
    cr_assert_str_eq(wert(L, WG_W_HOECHSTBETRAG_TABELLE), "1130.00", "P2016 VI: 1 004 + 126");
    cr_assert_str_eq(wert(L, WG_W_M), "1130.0000000000", "no E before 2021");
    haushalt("2021-06-01", 7, MIETE("2000.00"), 6, 0, NULL);
    cr_assert_str_eq(wert(L, WG_W_M), "1403.0000000000", "P2021 VII: 1 217 + 153 + E(6) 33.00");
    haushalt("2023-06-01", 7, MIETE("2000.00"), 6, 0, NULL);
    cr_assert_str_eq(wert(L, WG_W_M), "1705.0000000000", "P2023 VII: 1 251 + 157 + K 44 + E 253");
    haushalt("2025-06-01", 1, MIETE("300.00"), 1, 0, NULL);
    cr_assert_str_eq(wert(L, WG_W_M), "410.4000000000", "rent below the cap counts in full, plus E");
}

Test(miete, mischhaushalt_anteil)
{
    haushalt("2025-06-01", 4, MIETE("570.00"), 2, 1, NULL);
    cr_assert_str_eq(wert(L, WG_W_ANTEIL), "1/2");
    cr_assert_str_eq(wert(L, WG_W_HOECHSTBETRAG), "321.90");
    cr_assert_str_eq(wert(L, WG_W_HEIZKOSTEN_ENTLASTUNG), "71.30");
    cr_assert_str_eq(wert(L, WG_W_KLIMAKOMPONENTE), "12.40");
    cr_assert_str_eq(wert(L, WG_W_M), "356.3000000000");
    haushalt("2025-06-01", 1, MIETE("100.01"), 3, 2, NULL);
    /* (100.01 + 170.20) / 3 = 90.07 exactly; H + K = 550.60 / 3 is not a whole cent */
    cr_assert_str_eq(wert(L, WG_W_M), "90.0700000000");
    cr_assert_str_eq(wert(L, WG_W_HOECHSTBETRAG), "183.5333333333");
}

Test(miete, ueber_12_mitglieder)
{
    haushalt("2025-06-01", 3, MIETE("3000.00"), 14, 0, NULL);
    cr_assert_eq(wg_ergebnis_n_kap(L->r), 12);
    cr_assert_str_eq(wert(L, WG_W_HOECHSTBETRAG_TABELLE), "1617.00");
    haushalt("2025-06-01", 3, MIETE("3000.00"), 14, 0, "\"auslegung\":{\"ueber_12_mitglieder\":\"tatsaechliche_zahl\"}");
    cr_assert_eq(wg_ergebnis_n_kap(L->r), 14);
    cr_assert_str_eq(wert(L, WG_W_HOECHSTBETRAG_TABELLE), "1829.00");
    /* mixed: 14 members, 3 excluded: n = 11, n_kap = 12 under the default */
    haushalt("2025-06-01", 3, MIETE("3000.00"), 14, 3, NULL);
    cr_assert_eq(wg_ergebnis_n(L->r), 11);
    cr_assert_eq(wg_ergebnis_n_tab(L->r), 11);
    cr_assert_eq(wg_ergebnis_n_kap(L->r), 12);
}

Test(miete, pauschalen_wogv_6)
{
    haushalt("2025-06-01", 7, "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"800.00\",\"pauschalen\":"
             "{\"heizung_qm\":\"70.33\",\"warmwasser\":true,\"haushaltsenergie\":true,\"stellplatz\":true}},", 4, 0, NULL);
    /* 800 − 1.25 × 70.33 (87.9125) − warm water 17 + 2 × 3 (23) − energy 74 + 2 × 15 (104) − 25 */
    cr_assert_str_eq(wert(L, WG_W_MIETE), "560.0875");
    haushalt("2025-06-01", 7, "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"50.00\",\"abzuege_monat\":\"20.00\","
             "\"pauschalen\":{\"garage\":true}},", 1, 0, NULL);
    cr_assert_str_eq(wert(L, WG_W_MIETE), "0.00", "never below 0");
    haushalt("2025-06-01", 7, "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"100.00\","
             "\"pauschalen\":{\"warmwasser\":true,\"haushaltsenergie\":true}},", 1, 0, NULL);
    cr_assert_str_eq(wert(L, WG_W_MIETE), "50.00", "one occupant: 9 + 41");
}

Test(miete, heim)
{
    haushalt("2022-06-01", 2, "", 1, 0, "\"heimbewohner\":true");
    cr_assert_str_eq(wert(L, WG_W_MIETE), "392.00", "P2022: H");
    cr_assert_str_eq(wert(L, WG_W_M), "406.4000000000", "H + E");
    haushalt("2025-06-01", 2, MIETE("10.00"), 1, 0, "\"heimbewohner\":true");
    cr_assert_str_eq(wert(L, WG_W_MIETE), "427.20", "from P2023: H + K, whatever rent is given");
}
