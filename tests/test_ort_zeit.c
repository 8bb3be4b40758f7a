/* Place and time: Mietenstufe by Gemeindeschlüssel, Bewilligungszeiträume across law changes,
 * the 2027 draft scenario. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "hilfe.h"

static lauf *L;
static void start(void) { L = lauf_neu(); }
static void ende(void) { lauf_frei(L); }
TestSuite(ort, .init = start, .fini = ende);
TestSuite(zeitraum, .init = start, .fini = ende);
TestSuite(entwurf, .init = start, .fini = ende);

#define MG "\"mitglieder\":[{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1100.00\"}]}]"

static void gemeinde(const char *ags, const char *stichtag, const char *extra)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "{\"stichtag\":\"%s\",\"gemeinde\":\"%s\",\"wohnkosten\":{\"art\":\"miete\","
             "\"betrag_monat\":\"500.00\"}," MG "%s%s}", stichtag, ags, extra ? "," : "", extra ? extra : "");
    rechne(L, buf);
}

Test(ort, bremen_bremerhaven_kreis)
{
    gemeinde("04011000", "2025-06-01", NULL);
    cr_assert_eq(L->status, WG_OK);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 4, "Bremen: IV");
    cr_assert_str_eq(wert(L, WG_W_GEMEINDE_ZEILE), "gemeinde 04011000");
    gemeinde("04012000", "2025-06-01", NULL);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 2, "Bremerhaven: II");
    gemeinde("14729150", "2025-06-01", NULL);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 1, "a Gemeinde under 10 000 inhabitants: its Kreis (Leipzig, I)");
    cr_assert_str_eq(wert(L, WG_W_GEMEINDE_ZEILE), "kreis 14729");
    gemeinde("14713000", "2025-06-01", NULL);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 2, "Leipzig, Stadt: II — not its namesake Kreis");
    gemeinde("09184145", "2025-06-01", NULL);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 2, "Taufkirchen (Lkr. München VII) as published: II");
    gemeinde("01054005", "2025-06-01", NULL);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 5, "island without mainland connection (§ 12 Abs. 4a): V");
    cr_assert_str_eq(wert(L, WG_W_GEMEINDE_ZEILE), "insel 01054005");
    gemeinde("04011000", "2023-01-01", NULL);
    cr_assert_eq(L->status, WG_OK, "the list applies from 2023-01-01");
    gemeinde("04011000", "2027-03-01", NULL);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 4, "after 2026 under enacted law: the 2023 list still");
}

Test(ort, fehlerfaelle)
{
    gemeinde("04011000", "2022-12-31", NULL);
    cr_assert_str_eq(fehlercode(L), "gemeinde_ohne_liste");
    cr_assert_str_eq(fehlerfeld(L), "gemeinde");
    gemeinde("99999999", "2025-06-01", NULL);
    cr_assert_str_eq(fehlercode(L), "gemeinde_unbekannt");
    const char *kaputt[] = {"0401100", "040110000", "0401100x", "", "04 11000"};
    for (size_t i = 0; i < sizeof kaputt / sizeof kaputt[0]; i++) {
        gemeinde(kaputt[i], "2025-06-01", NULL);
        cr_assert_str_eq(fehlercode(L), "gemeinde_ungueltig", "%s", kaputt[i]);
    }
    gemeinde("04011000", "2019-06-01", "\"mietenstufe\":3");
    cr_assert_eq(L->status, WG_OK, "mietenstufe given: gemeinde not looked up");
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 3);
}

Test(ort, nachschlagen_und_suchen)
{
    wg_ort_info o;
    wg_fehler f;
    cr_assert_eq(wg_mietenstufe_nachschlagen(L->e, "04012000", (wg_datum){2025, 1, 1}, NULL, &o, &f), WG_OK);
    cr_assert_eq(o.mietenstufe, 2);
    cr_assert_str_eq(o.name, "Bremerhaven, Stadt");
    cr_assert_str_eq(o.liste, "2023");
    cr_assert_eq(wg_orte_suchen(L->e, "leipzig", (wg_datum){2025, 1, 1}, NULL, NULL), 2, "Leipzig, Stadt and Kreis Leipzig");
    cr_assert_eq(wg_orte_suchen(L->e, "Leipzig", (wg_datum){2021, 1, 1}, NULL, NULL), 0, "no list before 2023");
    cr_assert_eq(wg_mietenstufe_nachschlagen(L->e, "04012000", (wg_datum){2025, 1, 1}, "1999", &o, &f),
                 WG_E_RECHTSSTAND_UNBEKANNT);
}

static void zeitraum(const char *von, const char *bis, const char *mitglieder)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "{\"zeitraum\":{\"von\":\"%s\",\"bis\":\"%s\"},\"mietenstufe\":3,"
             "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"450.00\"},\"mitglieder\":[%s]}", von, bis,
             mitglieder ? mitglieder : "{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1000.00\"}]}");
    rechne(L, buf);
}

Test(zeitraum, teilung_an_jedem_rechtswechsel)
{
    const char *wechsel[][4] = {
        {"2019-11", "2020-02", "2016", "2020"}, {"2020-12", "2021-01", "2020", "2021"},
        {"2021-12", "2022-01", "2021", "2022"}, {"2022-12", "2023-01", "2022", "2023"},
        {"2024-12", "2025-01", "2023", "2025"},
    };
    for (size_t i = 0; i < sizeof wechsel / sizeof wechsel[0]; i++) {
        zeitraum(wechsel[i][0], wechsel[i][1], NULL);
        cr_assert_eq(L->status, WG_OK, "%s", L->fehler.meldung);
        cr_assert_eq(wg_ergebnis_anzahl_abschnitte(L->r), 2, "split at %s", wechsel[i][1]);
        cr_assert_str_eq(wg_ergebnis_abschnitt(L->r, 0)->rechtsstand, wechsel[i][2]);
        cr_assert_str_eq(wg_ergebnis_abschnitt(L->r, 1)->rechtsstand, wechsel[i][3]);
        int64_t summe = 0;
        for (size_t m = 0; m < wg_ergebnis_anzahl_monate(L->r); m++) summe += wg_ergebnis_monat(L->r, m)->wohngeld_monat;
        cr_assert_eq(wg_ergebnis_summe(L->r), summe);
        cr_assert_eq(wg_ergebnis_wohngeld_monat(L->r), wg_ergebnis_monat(L->r, 0)->wohngeld_monat,
                     "top level = first month");
    }
    zeitraum("2025-03", "2025-08", NULL);
    cr_assert_eq(wg_ergebnis_anzahl_monate(L->r), 6);
    cr_assert_eq(wg_ergebnis_anzahl_abschnitte(L->r), 1, "no change: one run");
}

Test(zeitraum, hinweis_ab_2027)
{
    zeitraum("2026-11", "2027-02", NULL);
    cr_assert_eq(L->status, WG_OK);
    cr_assert_eq(wg_ergebnis_anzahl_abschnitte(L->r), 1, "same table set, same amount");
    cr_assert_eq(wg_ergebnis_anzahl_hinweise(L->r), 1, "the hint of the 2027 months reaches the result");
    cr_assert_str_eq(wg_ergebnis_hinweis(L->r, 0)->code, "rechtsstand_ungesichert");
    cr_assert(strstr(L->json, "\"monate\":[{\"monat\":\"2026-11\""));
}

Test(zeitraum, geburtsdatum)
{
    /* the child turns 25 on 2025-03-15: § 17 Nr. 4 ends from April (first day of the month) */
    const char *m = "{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"900.00\"}]},"
                    "{\"kind_eines_mitglieds\":true,\"geburtsdatum\":\"2000-03-15\","
                    "\"einkommen\":[{\"art\":\"minijob_pauschal\",\"betrag_monat\":\"100.00\"}]}";
    zeitraum("2025-02", "2025-05", m);
    cr_assert_eq(L->status, WG_OK, "%s", L->fehler.meldung);
    cr_assert_eq(wg_ergebnis_anzahl_abschnitte(L->r), 2);
    cr_assert_eq(wg_ergebnis_abschnitt(L->r, 0)->bis_monat, 3, "still 24 on 2025-03-01");
    cr_assert_gt(wg_ergebnis_monat(L->r, 0)->wohngeld_monat, wg_ergebnis_monat(L->r, 3)->wohngeld_monat);
    /* without geburtsdatum the given alter holds for the whole period */
    zeitraum("2025-02", "2025-05",
             "{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"900.00\"}]},"
             "{\"kind_eines_mitglieds\":true,\"alter\":24,\"einkommen\":[{\"art\":\"minijob_pauschal\",\"betrag_monat\":\"100.00\"}]}");
    cr_assert_eq(wg_ergebnis_anzahl_abschnitte(L->r), 1);
}

Test(zeitraum, fehler)
{
    zeitraum("2025-06", "2025-01", NULL);
    cr_assert_str_eq(fehlercode(L), "wert_ungueltig");
    cr_assert_str_eq(fehlerfeld(L), "zeitraum.bis");
    zeitraum("2015-12", "2016-01", NULL);
    cr_assert_str_eq(fehlercode(L), "rechtsstand_nicht_unterstuetzt");
    cr_assert(strstr(L->fehler.meldung, "Monat 2015-12"), "%s", L->fehler.meldung);
    zeitraum("2010-01", "2025-01", NULL);
    cr_assert_str_eq(fehlercode(L), "grenze_ueberschritten");
    zeitraum("2025-1", "2025-02", NULL);
    cr_assert_str_eq(fehlercode(L), "datum_ungueltig");
    zeitraum("2025-13", "2025-02", NULL);
    cr_assert_str_eq(fehlercode(L), "datum_ungueltig");
    /* Mietenstufe 7 is valid from 2020 only: a period reaching into 2019 fails, naming the month */
    rechne(L, "{\"zeitraum\":{\"von\":\"2019-12\",\"bis\":\"2020-01\"},\"mietenstufe\":7,"
              "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"450.00\"},\"mitglieder\":[{}]}");
    cr_assert_str_eq(fehlercode(L), "mietenstufe_ungueltig");
    cr_assert(strstr(L->fehler.meldung, "Monat 2019-12"));
}

Test(entwurf, werte_und_kennzeichnung)
{
    char buf[2048];
    record(buf, sizeof buf, "2027-03-01", "{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"900.00\"}]}",
           "\"rechtsstand\":\"2027-entwurf\"");
    cr_assert_eq(rechne(L, buf), WG_OK);
    cr_assert_str_eq(wg_ergebnis_rechtsstand(L->r)->id, "2027-entwurf");
    cr_assert_str_eq(wert(L, WG_W_C), "0.00006446");
    cr_assert_str_eq(wert(L, WG_W_SCHWELLE), "15.00");
    cr_assert_str_eq(wert(L, WG_W_HEIZKOSTEN_ENTLASTUNG), "62.40");
    cr_assert_eq(wg_ergebnis_anzahl_hinweise(L->r), 1);
    cr_assert_str_eq(wg_ergebnis_hinweis(L->r, 0)->code, "szenario_entwurf", "never mistaken for enacted law");
    /* never chosen by date */
    record(buf, sizeof buf, "2027-03-01", "{}", NULL);
    rechne(L, buf);
    cr_assert_str_eq(wg_ergebnis_rechtsstand(L->r)->id, "2025");
}

Test(entwurf, deckelung_und_vermoegen)
{
    char buf[4096], m[2048] = "";
    for (int i = 0; i < 12; i++) strcat(m, i ? ",{}" : "{}");
    snprintf(buf, sizeof buf, "{\"stichtag\":\"2027-03-01\",\"rechtsstand\":\"2027-entwurf\",\"mietenstufe\":1,"
             "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1.00\"},\"gesamteinkommen_monat\":\"2000.00\","
             "\"mitglieder\":[%s]}", m);
    cr_assert_eq(rechne(L, buf), WG_OK);
    cr_assert_not_null(wg_ergebnis_wert(L->r, WG_W_WOHNGELD_GEDECKELT), "§ 19 Abs. 4 WoGG-E caps at M");
    cr_assert_eq(wg_ergebnis_wohngeld_monat(L->r), 237, "z4 = 289.37 (M' = M_min 298), capped at ⌊1 + 236.60⌋");
    /* § 21 Abs. 2 WoGG-E: at most 120 000 EUR */
    snprintf(buf, sizeof buf, "{\"stichtag\":\"2027-03-01\",\"rechtsstand\":\"2027-entwurf\",\"mietenstufe\":1,"
             "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"100.00\"},\"vermoegen\":\"120000.01\","
             "\"mitglieder\":[{},{},{},{}]}");
    rechne(L, buf);
    cr_assert_eq(wg_ergebnis_grund(L->r), WG_GRUND_VERMOEGEN);
    cr_assert_str_eq(wert(L, WG_W_VERMOEGENSGRENZE), "120000.00");
}

Test(entwurf, liste_per_name)
{
    gemeinde("09162000", "2027-03-01", "\"rechtsstand\":\"2027-entwurf\"");
    cr_assert_eq(L->status, WG_OK, "%s", L->fehler.meldung);
    cr_assert_eq(wg_ergebnis_mietenstufe(L->r), 7, "München");
    cr_assert_str_eq(wert(L, WG_W_MIETENSTUFENLISTE), "2027-entwurf");
    gemeinde("03403000", "2027-03-01", "\"rechtsstand\":\"2027-entwurf\"");
    cr_assert_str_eq(fehlercode(L), "gemeinde_unbekannt", "Oldenburg (Oldb): no unique draft row by name");
    cr_assert(strstr(L->fehler.meldung, "nicht eindeutig"));
}
