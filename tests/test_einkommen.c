/*
 * The income side (§§ 13–18, 17a WoGG), through the public API with households built in code:
 * each rule checked on gesamteinkommen_jahr, the value it feeds into Y.
 */
#include <criterion/criterion.h>
#include <stdio.h>

#include "hilfe.h"

static lauf *L;
static void start(void) { L = lauf_neu(); }
static void ende(void) { lauf_frei(L); }
TestSuite(einkommen, .init = start, .fini = ende);

/* One member with the given income items; stichtag 2025-06-01 unless given. */
static const char *ge(const char *mitglied, const char *stichtag, const char *extra)
{
    char buf[4096];
    cr_assert_eq(rechne(L, record(buf, sizeof buf, stichtag ? stichtag : "2025-06-01", mitglied, extra)), WG_OK,
                 "%s: %s", fehlercode(L), L->fehler.meldung);
    return wert(L, WG_W_GESAMTEINKOMMEN_JAHR);
}

Test(einkommen, arbeitslohn_pauschbetrag_je_jahr)
{
    const char *m = "{\"einkommen\":[{\"art\":\"arbeitslohn\",\"betrag_monat\":\"1000.00\"}]}";
    cr_assert_str_eq(ge(m, "2021-06-01", NULL), "11000.00");
    cr_assert_str_eq(ge(m, "2022-06-01", NULL), "10800.00");
    cr_assert_str_eq(ge(m, "2023-06-01", NULL), "10770.00");
    cr_assert_str_eq(ge(m, "2027-06-01", NULL), "10770.00", "after the listed years: the last one");
}

Test(einkommen, werbungskosten_nur_wenn_hoeher)
{
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"arbeitslohn\",\"betrag_monat\":\"1000.00\",\"werbungskosten_jahr\":\"1000.00\"}]}",
                        NULL, NULL), "10770.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"arbeitslohn\",\"betrag_monat\":\"1000.00\",\"werbungskosten_jahr\":\"2000.00\"}]}",
                        NULL, NULL), "10000.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"arbeitslohn\",\"betrag_monat\":\"50.00\"}]}", NULL, NULL), "0.00",
                     "Pauschbetrag only up to the receipts (§ 9a Satz 2 EStG)");
    /* Werbungskosten of other kinds are ignored (rechenweg.md § 2) */
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\",\"werbungskosten_jahr\":\"500.00\"}]}",
                        NULL, NULL), "12000.00");
}

Test(einkommen, rente_und_versorgung_getrennt)
{
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"100.00\"},"
                        "{\"art\":\"versorgungsbezug\",\"betrag_monat\":\"100.00\"}]}", NULL, NULL), "2196.00",
                     "102 EUR each");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"rente\",\"betrag_jahr\":\"50.00\"}]}", NULL, NULL), "0.00");
}

Test(einkommen, paragraph_16)
{
    const char *basis = "\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]";
    char m[512];
    snprintf(m, sizeof m, "{%s,\"abzug_steuern\":true}", basis);
    cr_assert_str_eq(ge(m, NULL, NULL), "10800.00");
    snprintf(m, sizeof m, "{%s,\"abzug_steuern\":true,\"abzug_rente\":true}", basis);
    cr_assert_str_eq(ge(m, NULL, NULL), "9600.00");
    snprintf(m, sizeof m, "{%s,\"abzug_steuern\":true,\"abzug_rente\":true,\"abzug_kranken_pflege\":true}", basis);
    cr_assert_str_eq(ge(m, NULL, NULL), "8400.00", "30 %% of the same base, not compounded");
    cr_assert_str_eq(ge("{\"abzug_kranken_pflege\":true,\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"0.01\"}]}",
                        NULL, NULL), "0.108", "10 %% of a cent stays exact");
}

Test(einkommen, einkunftsarten)
{
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"kapital\",\"betrag_jahr\":\"150.00\"}]}", NULL, NULL), "50.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"kapital\",\"betrag_jahr\":\"-150.00\"}]}", NULL, NULL), "0.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"gewerbe\",\"betrag_jahr\":\"-3000.00\"},"
                        "{\"art\":\"gewerbe\",\"betrag_jahr\":\"5000.00\"},{\"art\":\"land_forst\",\"betrag_jahr\":\"-1000.00\"}]}",
                        NULL, NULL), "2000.00", "summed per Einkunftsart; a negative kind counts 0, no offset");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"elterngeld\",\"betrag_monat\":\"300.00\"},"
                        "{\"art\":\"elterngeld\",\"betrag_monat\":\"500.00\"}]}", NULL, NULL), "2400.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"elterngeld\",\"betrag_monat\":\"500.00\",\"plus\":true}]}", NULL, NULL), "4200.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"bafoeg_zuschuss\",\"betrag_monat\":\"0.01\"}]}", NULL, NULL), "0.06");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"kindergeld\",\"betrag_monat\":\"255.00\"}]}", NULL, NULL), "0.00");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"unterhaltsvorschuss\",\"betrag_monat\":\"200.00\"},"
                        "{\"art\":\"unterhalt_erhalten\",\"betrag_monat\":\"100.00\"},"
                        "{\"art\":\"sonstiges_anrechenbar\",\"betrag_jahr\":\"12.34\"}]}", NULL, NULL), "3612.34");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"minijob_pauschal\",\"betrag_monat\":\"100.00\",\"werbungskosten_jahr\":\"2000.00\"}]}",
                        NULL, NULL), "0.00");
}

Test(einkommen, freibetraege_17)
{
    cr_assert_str_eq(ge("{\"schwerbehindert_pflege\":true,\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]}",
                        "2019-06-01", NULL), "10500.00", "P2016: 1 500");
    cr_assert_str_eq(ge("{\"schwerbehindert_pflege\":true,\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]}",
                        "2020-01-01", NULL), "10200.00", "from P2020: 1 800");
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"100.00\"}]}", NULL,
                        "\"alleinerziehend\":true"), "0.00", "never below 0");
}

Test(einkommen, kind_17_4)
{
    char m[1024];
    /* counted after § 16; only for a child under 25; no alter → none */
    snprintf(m, sizeof m, "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]},"
                          "{\"kind_eines_mitglieds\":true,\"alter\":24,\"abzug_rente\":true,"
                          "\"einkommen\":[{\"art\":\"minijob_pauschal\",\"betrag_monat\":\"100.00\"}]}");
    cr_assert_str_eq(ge(m, NULL, NULL), "12000.00", "1 080 counted, 1 080 free");
    snprintf(m, sizeof m, "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]},"
                          "{\"kind_eines_mitglieds\":true,\"alter\":25,"
                          "\"einkommen\":[{\"art\":\"minijob_pauschal\",\"betrag_monat\":\"100.00\"}]}");
    cr_assert_str_eq(ge(m, NULL, NULL), "13200.00", "25 and older: no Freibetrag");
    snprintf(m, sizeof m, "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]},"
                          "{\"kind_eines_mitglieds\":true,"
                          "\"einkommen\":[{\"art\":\"minijob_pauschal\",\"betrag_monat\":\"100.00\"}]}");
    cr_assert_str_eq(ge(m, NULL, NULL), "13200.00", "no alter given: no Freibetrag");
    snprintf(m, sizeof m, "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]},"
                          "{\"kind_eines_mitglieds\":true,\"alter\":16,"
                          "\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"100.00\"}]}");
    cr_assert_str_eq(ge(m, NULL, NULL), "13200.00", "Lohnersatz is no Erwerbstätigkeit (recht.md A6)");
}

Test(einkommen, grundrente_17a)
{
    const char *m = "{\"grundrentenzeiten_33_jahre\":true,\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1000.00\"}]}";
    cr_assert_str_eq(ge(m, "2020-06-01", NULL), "11898.00", "no § 17a before 2021");
    cr_assert_str_eq(ge(m, "2021-06-01", NULL), "9222.00", "cap 2 676 (RBS 446)");
    cr_assert_str_eq(ge(m, "2023-06-01", NULL), "8886.00", "cap 3 012 (RBS 502)");
    cr_assert_str_eq(ge(m, "2025-06-01", NULL), "8520.00", "cap 3 378 (RBS 563)");
    cr_assert_str_eq(ge("{\"grundrentenzeiten_33_jahre\":true,\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"50.00\"}]}",
                        NULL, NULL), "0.00", "R below 1 200: min(R, 1 200) = R, result never below 0");
    cr_assert_str_eq(ge("{\"grundrentenzeiten_33_jahre\":true,\"jahreseinkommen\":\"5000.00\"}", NULL, NULL), "5000.00",
                     "given Jahreseinkommen: § 17a gives 0");
}

Test(einkommen, unterhalt_18)
{
    const char *l = "\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"2000.00\"}]";
    char m[1024];
    const char *faelle[][2] = {
        {"{\"empfaenger\":\"auswaerts_ausbildung\",\"betrag_monat\":\"400.00\"}", "21000.00"},
        {"{\"empfaenger\":\"kind_wechselmodell\",\"betrag_jahr\":\"2000.00\"}", "22000.00"},
        {"{\"empfaenger\":\"ehegatte_getrennt\",\"betrag_monat\":\"700.00\"}", "18000.00"},
        {"{\"empfaenger\":\"sonstige\",\"betrag_monat\":\"700.00\"}", "21000.00"},
        {"{\"empfaenger\":\"sonstige\",\"betrag_monat\":\"700.00\",\"tituliert\":true}", "15600.00"},
    };
    for (size_t i = 0; i < sizeof faelle / sizeof faelle[0]; i++) {
        snprintf(m, sizeof m, "{%s,\"unterhalt_gezahlt\":[%s]}", l, faelle[i][0]);
        cr_assert_str_eq(ge(m, NULL, NULL), faelle[i][1], "Fall %zu", i);
    }
}

Test(einkommen, ausgeschlossene_zaehlen_nicht)
{
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]},"
                        "{\"zu_beruecksichtigen\":false,\"schwerbehindert_pflege\":true,"
                        "\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"5000.00\"}],"
                        "\"unterhalt_gezahlt\":[{\"empfaenger\":\"sonstige\",\"betrag_monat\":\"100.00\"}]}",
                        NULL, NULL), "12000.00");
}

Test(einkommen, gesamteinkommen_vorgegeben)
{
    cr_assert_str_eq(ge("{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000.00\"}]}", NULL,
                        "\"gesamteinkommen_monat\":\"123.45\""), "1481.40");
    cr_assert_str_eq(wert(L, WG_W_Y), "123.4500000000");
}

Test(einkommen, y_zwoelftel)
{
    /* Y is a twelfth, brought to ten decimals (half-up by default, cut off as the alternative) */
    ge("{\"einkommen\":[{\"art\":\"sonstiges_anrechenbar\",\"betrag_jahr\":\"1000.00\"}]}", NULL, NULL);
    cr_assert_str_eq(wert(L, WG_W_Y), "83.3333333333");
    ge("{\"einkommen\":[{\"art\":\"sonstiges_anrechenbar\",\"betrag_jahr\":\"1000.08\"}]}", NULL, NULL);
    cr_assert_str_eq(wert(L, WG_W_Y), "83.3400000000");
    ge("{\"einkommen\":[{\"art\":\"sonstiges_anrechenbar\",\"betrag_jahr\":\"2000.00\"}]}", NULL, NULL);
    cr_assert_str_eq(wert(L, WG_W_Y), "166.6666666667");
    ge("{\"einkommen\":[{\"art\":\"sonstiges_anrechenbar\",\"betrag_jahr\":\"2000.00\"}]}", NULL,
       "\"auslegung\":{\"zwischenrundung\":\"abschneiden\"}");
    cr_assert_str_eq(wert(L, WG_W_Y), "166.6666666666");
}
