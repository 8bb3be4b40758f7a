/* Bad input (issue "engine core", item 8): every malformed or implausible field gives a stable
 * code and the field path; nothing is rounded silently. Table-driven. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "hilfe.h"

typedef struct fall { const char *record; const char *code; const char *feld; } fall;

#define R(...) "{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"500.00\"}," __VA_ARGS__ "}"
#define M1 "\"mitglieder\":[{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"900.00\"}]}]"
#define EINK(x) R("\"mitglieder\":[{},{\"einkommen\":[" x "]}]")

static const fall faelle[] = {
    {"", "json_ungueltig", ""},
    {"{\"stichtag\":", "json_ungueltig", ""},
    {"[1,2]", "json_ungueltig", ""},
    {"{\"a\":1,\"a\":1}", "json_ungueltig", ""},
    {"{\"id\":\"\xff\"}", "json_ungueltig", ""},
    {R("\"format\":\"wohngeld-haushalt/2\"," M1), "format_unbekannt", "format"},
    {R("\"alleinerziehnd\":true," M1), "feld_unbekannt", "alleinerziehnd"},
    {"{\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}", "feld_fehlt", "stichtag"},
    {"{\"stichtag\":\"2025-06-01\",\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}", "feld_fehlt", "mietenstufe"},
    {R("\"id\":5," M1), "typ_falsch", "id"},
    {R("\"alleinerziehend\":\"ja\"," M1), "typ_falsch", "alleinerziehend"},
    {R("\"mitglieder\":{}"), "typ_falsch", "mitglieder"},
    {R("\"mitglieder\":[]"), "wert_ungueltig", "mitglieder"},
    {R("\"mitglieder\":[5]"), "typ_falsch", "mitglieder[0]"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":\"12,50\"}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":\"12.505\"}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":12.505}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":1e3}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":\"NaN\"}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000000000.01\"}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":\"99999999999999999999999\"}"), "betrag_ungueltig", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":true}"), "typ_falsch", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_monat\":\"-5.00\"}"), "betrag_negativ", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lohnersatz\",\"betrag_jahr\":\"5.00\",\"betrag_monat\":\"5.00\"}"), "feld_konflikt", "mitglieder[1].einkommen[0].betrag_jahr"},
    {EINK("{\"art\":\"lohnersatz\"}"), "feld_fehlt", "mitglieder[1].einkommen[0].betrag_monat"},
    {EINK("{\"art\":\"lotto\",\"betrag_monat\":\"5.00\"}"), "art_unbekannt", "mitglieder[1].einkommen[0].art"},
    {EINK("{\"art\":\"arbeitslohn\",\"betrag_monat\":\"5.00\",\"werbungskosten_jahr\":\"-1.00\"}"), "betrag_negativ",
     "mitglieder[1].einkommen[0].werbungskosten_jahr"},
    {R("\"mitglieder\":[{\"alter\":200}]"), "wert_ungueltig", "mitglieder[0].alter"},
    {R("\"mitglieder\":[{\"alter\":12.5}]"), "typ_falsch", "mitglieder[0].alter"},
    {R("\"mitglieder\":[{\"unterhalt_gezahlt\":[{\"empfaenger\":\"oma\",\"betrag_jahr\":\"1.00\"}]}]"), "art_unbekannt",
     "mitglieder[0].unterhalt_gezahlt[0].empfaenger"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":0,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "mietenstufe_ungueltig", "mietenstufe"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":8,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "mietenstufe_ungueltig", "mietenstufe"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":\"3\",\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "typ_falsch", "mietenstufe"},
    {"{\"stichtag\":\"2015-12-31\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "rechtsstand_nicht_unterstuetzt", "stichtag"},
    {"{\"stichtag\":\"1.6.2025\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "datum_ungueltig", "stichtag"},
    {"{\"stichtag\":\"2025-02-29\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "datum_ungueltig", "stichtag"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"-1\"}," M1 "}",
     "betrag_negativ", "wohnkosten.betrag_monat"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"pacht\",\"betrag_monat\":\"1\"}," M1 "}",
     "art_unbekannt", "wohnkosten.art"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3," M1 "}", "feld_fehlt", "wohnkosten"},
    {R("\"zeitraum\":{\"von\":\"2025-01\",\"bis\":\"2025-12\"}," M1), "feld_konflikt", "zeitraum"},
    {"{\"stichtag\":\"2022-06-01\",\"gemeinde\":\"04011000\",\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"}," M1 "}",
     "gemeinde_ohne_liste", "gemeinde"},
    {R("\"rechtsstand\":\"2019\"," M1), "rechtsstand_unbekannt", "rechtsstand"},
    {R("\"auslegung\":{\"zwischenrundung\":\"banker\"}," M1), "wert_ungueltig", "auslegung.zwischenrundung"},
    {R("\"auslegung\":{\"deckelung\":true}," M1), "feld_unbekannt", "auslegung.deckelung"},
    {R("\"vermoegen\":\"-1.00\"," M1), "betrag_negativ", "vermoegen"},
    {R("\"gesamteinkommen_monat\":\"1.234\"," M1), "betrag_ungueltig", "gesamteinkommen_monat"},
    {"{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\","
     "\"pauschalen\":{\"heizung_qm\":\"-3\"}}," M1 "}", "wert_ungueltig", "wohnkosten.pauschalen.heizung_qm"},
};

Test(fehler, codes_und_felder)
{
    lauf *L = lauf_neu();
    for (size_t i = 0; i < sizeof faelle / sizeof faelle[0]; i++) {
        rechne(L, faelle[i].record);
        cr_assert_str_eq(fehlercode(L), faelle[i].code, "Fall %zu: %s → %s (%s)", i, faelle[i].record, fehlercode(L),
                         L->fehler.meldung);
        cr_assert_str_eq(fehlerfeld(L), faelle[i].feld, "Fall %zu: Feld", i);
        cr_assert_str_neq(L->fehler.meldung, "", "Fall %zu: a German message", i);
        cr_assert(strstr(L->json, "\"status\":\"fehler\""), "Fall %zu", i);
    }
    lauf_frei(L);
}

Test(fehler, grenzen)
{
    lauf *L = lauf_neu();
    char *buf = malloc(1 << 20);
    size_t n = (size_t)snprintf(buf, 1 << 20, "{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3,"
                                "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"},\"mitglieder\":[");
    for (int i = 0; i <= WG_MAX_MITGLIEDER; i++) n += (size_t)snprintf(buf + n, (1 << 20) - n, "%s{}", i ? "," : "");
    snprintf(buf + n, (1 << 20) - n, "]}");
    rechne(L, buf);
    cr_assert_str_eq(fehlercode(L), "grenze_ueberschritten");
    cr_assert_str_eq(fehlerfeld(L), "mitglieder");
    /* exactly the maximum is assessed */
    n = (size_t)snprintf(buf, 1 << 20, "{\"stichtag\":\"2025-06-01\",\"mietenstufe\":3,"
                         "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"1\"},\"mitglieder\":[");
    for (int i = 0; i < WG_MAX_MITGLIEDER; i++)
        n += (size_t)snprintf(buf + n, (1 << 20) - n,
                              "%s{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"1000000000.00\"}]}", i ? "," : "");
    snprintf(buf + n, (1 << 20) - n, "]}");
    cr_assert_eq(rechne(L, buf), WG_OK, "%s %s", fehlercode(L), L->fehler.meldung);
    cr_assert(!wg_ergebnis_anspruch(L->r), "absurd income: computed exactly (GMP path), no claim");
    free(buf);
    lauf_frei(L);
}
