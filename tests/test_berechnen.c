/* The whole computation: period selection, order of reasons, caps, derivation, result reuse. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "hilfe.h"

static lauf *L;
static void start(void) { L = lauf_neu(); }
static void ende(void) { lauf_frei(L); }
TestSuite(berechnen, .init = start, .fini = ende);

static const char *EIN = "{\"id\":\"a\",\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"900.00\"}]}";

static const char *rechtsstand_fuer(const char *stichtag)
{
    char buf[2048];
    rechne(L, record(buf, sizeof buf, stichtag, EIN, NULL));
    const wg_rechtsstand_info *r = wg_ergebnis_rechtsstand(L->r);
    return L->status == WG_OK && r ? r->id : fehlercode(L);
}

Test(berechnen, rechtsstand_nach_stichtag)
{
    cr_assert_str_eq(rechtsstand_fuer("2015-12-31"), "rechtsstand_nicht_unterstuetzt");
    cr_assert_str_eq(rechtsstand_fuer("2016-01-01"), "2016");
    cr_assert_str_eq(rechtsstand_fuer("2019-12-31"), "2016");
    cr_assert_str_eq(rechtsstand_fuer("2020-01-01"), "2020");
    cr_assert_str_eq(rechtsstand_fuer("2020-12-31"), "2020");
    cr_assert_str_eq(rechtsstand_fuer("2021-01-01"), "2021");
    cr_assert_str_eq(rechtsstand_fuer("2022-02-28"), "2022");
    cr_assert_str_eq(rechtsstand_fuer("2023-01-01"), "2023");
    cr_assert_str_eq(rechtsstand_fuer("2024-12-31"), "2023");
    cr_assert_str_eq(rechtsstand_fuer("2025-01-01"), "2025");
    cr_assert_eq(wg_ergebnis_anzahl_hinweise(L->r), 0);
    cr_assert_str_eq(rechtsstand_fuer("2026-12-31"), "2025");
    cr_assert_eq(wg_ergebnis_anzahl_hinweise(L->r), 0);
    cr_assert_str_eq(rechtsstand_fuer("2027-01-01"), "2025");
    cr_assert_eq(wg_ergebnis_anzahl_hinweise(L->r), 1);
    cr_assert_str_eq(wg_ergebnis_hinweis(L->r, 0)->code, "rechtsstand_ungesichert");
    cr_assert_str_eq(rechtsstand_fuer("2024-02-29"), "2023");
    cr_assert_str_eq(rechtsstand_fuer("2023-02-29"), "datum_ungueltig");
}

Test(berechnen, rechtsstand_erzwungen)
{
    char buf[2048];
    rechne(L, record(buf, sizeof buf, "2025-06-01", EIN, "\"rechtsstand\":\"2016\""));
    cr_assert_str_eq(wg_ergebnis_rechtsstand(L->r)->id, "2016");
    rechne(L, record(buf, sizeof buf, "2025-06-01", EIN, "\"rechtsstand\":\"1999\""));
    cr_assert_str_eq(fehlercode(L), "rechtsstand_unbekannt");
    cr_assert_str_eq(fehlerfeld(L), "rechtsstand");
    rechne(L, record(buf, sizeof buf, "2015-06-01", EIN, "\"rechtsstand\":\"2025\""));
    cr_assert_str_eq(fehlercode(L), "rechtsstand_nicht_unterstuetzt", "before 2016 even when forced");
}

Test(berechnen, mietenstufe_7_erst_ab_2020)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "{\"stichtag\":\"2019-06-01\",\"mietenstufe\":7,\"wohnkosten\":{\"art\":\"miete\","
             "\"betrag_monat\":\"400.00\"},\"mitglieder\":[%s]}", EIN);
    rechne(L, buf);
    cr_assert_str_eq(fehlercode(L), "mietenstufe_ungueltig");
    cr_assert_str_eq(fehlerfeld(L), "mietenstufe");
}

Test(berechnen, reihenfolge_der_gruende)
{
    /* rechenweg.md § 7: § 21 Nr. 2 before § 20 Abs. 2 before § 21 Nr. 3 before the amount */
    char buf[2048];
    rechne(L, record(buf, sizeof buf, "2025-06-01",
                     "{\"zu_beruecksichtigen\":false,\"ausbildungsfoerderung_dem_grunde_nach\":true}",
                     "\"vermoegen\":\"1000000.00\""));
    cr_assert_eq(wg_ergebnis_grund(L->r), WG_GRUND_ALLE_AUSGESCHLOSSEN);
    rechne(L, record(buf, sizeof buf, "2025-06-01", "{\"ausbildungsfoerderung_dem_grunde_nach\":true}",
                     "\"vermoegen\":\"1000000.00\""));
    cr_assert_eq(wg_ergebnis_grund(L->r), WG_GRUND_AUSBILDUNGSFOERDERUNG);
    cr_assert_null(wg_ergebnis_wert(L->r, WG_W_M), "no M after § 20 Abs. 2");
    rechne(L, record(buf, sizeof buf, "2025-06-01", EIN, "\"vermoegen\":\"60000.01\""));
    cr_assert_eq(wg_ergebnis_grund(L->r), WG_GRUND_VERMOEGEN);
    cr_assert_null(wg_ergebnis_wert(L->r, WG_W_Y));
    rechne(L, record(buf, sizeof buf, "2025-06-01", EIN, "\"vermoegen\":\"60000.00\""));
    cr_assert(wg_ergebnis_anspruch(L->r));
    /* § 20 Abs. 2 looks at excluded members too (rechenweg.md § 6) */
    rechne(L, record(buf, sizeof buf, "2025-06-01",
                     "{\"ausbildungsfoerderung_dem_grunde_nach\":true},{\"zu_beruecksichtigen\":false}", NULL));
    cr_assert(wg_ergebnis_anspruch(L->r), "an excluded member without BAföG entitlement keeps the claim");
}

Test(berechnen, unter_mindestbetrag_und_negativ)
{
    char buf[2048];
    rechne(L, record(buf, sizeof buf, "2025-06-01",
                     "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"9000.00\"}]}", NULL));
    cr_assert_eq(L->status, WG_OK);
    cr_assert(!wg_ergebnis_anspruch(L->r));
    cr_assert_eq(wg_ergebnis_wohngeld_monat(L->r), 0);
    cr_assert_eq(wg_ergebnis_grund(L->r), WG_GRUND_UNTER_MINDESTBETRAG);
    cr_assert_eq(wert(L, WG_W_Z4)[0], '-', "z4 negative for a high income");
}

Test(berechnen, herleitung_vollstaendig)
{
    char buf[2048];
    rechne(L, record(buf, sizeof buf, "2025-06-01", EIN, NULL));
    size_t n = wg_ergebnis_anzahl_schritte(L->r);
    cr_assert_gt(n, 10);
    bool formel = false, rundung = false;
    for (size_t i = 0; i < n; i++) {
        const wg_schritt *s = wg_ergebnis_schritt(L->r, i);
        cr_assert(s->paragraph[0] && s->text[0], "step %zu has a § and a text", i);
        if (strstr(s->text, "z4 = ")) formel = true;
        if (strstr(s->paragraph, "Anlage 3 Nr. 3")) rundung = true;
    }
    cr_assert(formel && rundung);
    cr_assert_null(wg_ergebnis_schritt(L->r, n));
    for (int w = 0; w < WG_W_ANZAHL; w++) cr_assert_str_neq(wg_wert_name((wg_wert)w), "");
}

Test(berechnen, ohne_schritte_gleiches_ergebnis)
{
    char buf[2048];
    wg_haushalt h;
    wg_fehler f;
    record(buf, sizeof buf, "2025-06-01", EIN, NULL);
    cr_assert_eq(wg_json_haushalt_lesen(L->j, buf, strlen(buf), &h, &f), WG_OK);
    cr_assert_eq(wg_berechnen(L->e, &h, L->r, 0), WG_OK);
    int64_t voll = wg_ergebnis_wohngeld_monat(L->r);
    char z4[48];
    snprintf(z4, sizeof z4, "%s", wert(L, WG_W_Z4));
    cr_assert_eq(wg_berechnen(L->e, &h, L->r, WG_OHNE_SCHRITTE), WG_OK);
    cr_assert_eq(wg_ergebnis_anzahl_schritte(L->r), 0);
    cr_assert_eq(wg_ergebnis_wohngeld_monat(L->r), voll);
    cr_assert_str_eq(wert(L, WG_W_Z4), z4);
}

Test(berechnen, haushalt_im_code)
{
    /* BMWSB Beispiel 10 without JSON: a mixed household built with the structs */
    wg_einkommen rente;
    wg_einkommen_init(&rente);
    rente.art = WG_ART_RENTE;
    rente.betrag_cent = 88000;
    wg_mitglied m[2];
    wg_mitglied_init(&m[0]);
    wg_mitglied_init(&m[1]);
    m[0].abzug_kranken_pflege = true;
    m[0].einkommen = &rente;
    m[0].anzahl_einkommen = 1;
    m[1].zu_beruecksichtigen = false;
    wg_haushalt h;
    wg_haushalt_init(&h);
    h.stichtag = (wg_datum){2025, 1, 1};
    h.mietenstufe = 4;
    h.hat_wohnkosten = true;
    h.wohnkosten_cent = 57000;
    h.mitglieder = m;
    h.anzahl_mitglieder = 2;
    cr_assert_eq(wg_berechnen(L->e, &h, L->r, 0), WG_OK);
    cr_assert_eq(wg_ergebnis_wohngeld_monat(L->r), 191);
    cr_assert_str_eq(wg_ergebnis_wert(L->r, WG_W_M), "356.3000000000");
    cr_assert_str_eq(wg_ergebnis_id(L->r), "");
    /* API misuse gives codes, never a crash */
    cr_assert_eq(wg_berechnen(NULL, &h, L->r, 0), WG_E_ARGUMENT);
    cr_assert_eq(wg_berechnen(L->e, NULL, L->r, 0), WG_E_ARGUMENT);
    cr_assert_eq(wg_berechnen(L->e, &h, NULL, 0), WG_E_ARGUMENT);
    h.mitglieder = NULL;
    cr_assert_eq(wg_berechnen(L->e, &h, L->r, 0), WG_E_ARGUMENT);
    h.mitglieder = m;
    m[0].einkommen = NULL;
    cr_assert_eq(wg_berechnen(L->e, &h, L->r, 0), WG_E_ARGUMENT);
    m[0].einkommen = &rente;
    rente.art = (wg_einkommensart)99;
    cr_assert_eq(wg_berechnen(L->e, &h, L->r, 0), WG_E_ART_UNBEKANNT);
    cr_assert_str_eq(wg_ergebnis_fehler(L->r)->feld, "mitglieder[0].einkommen[0].art");
}

Test(berechnen, ergebnis_wiederverwendbar)
{
    /* the same result object for many households: nothing of the previous one leaks through */
    char a[2048], b[2048];
    record(a, sizeof a, "2025-06-01", EIN, "\"alleinerziehend\":true");
    record(b, sizeof b, "2025-06-01", "{\"zu_beruecksichtigen\":false}", NULL);
    rechne(L, a);
    int64_t w = wg_ergebnis_wohngeld_monat(L->r);
    rechne(L, b);
    cr_assert_null(wg_ergebnis_wert(L->r, WG_W_M));
    rechne(L, a);
    cr_assert_eq(wg_ergebnis_wohngeld_monat(L->r), w);
    for (int i = 0; i < 1000; i++) rechne(L, i % 2 ? b : a);
    cr_assert_eq(wg_ergebnis_grund(L->r), WG_GRUND_ALLE_AUSGESCHLOSSEN);
}

Test(berechnen, status_codes_stabil)
{
    /* the codes of records.md are part of the contract */
    cr_assert_str_eq(wg_status_code(WG_E_JSON_UNGUELTIG), "json_ungueltig");
    cr_assert_str_eq(wg_status_code(WG_E_FELD_KONFLIKT), "feld_konflikt");
    cr_assert_str_eq(wg_status_code(WG_E_GEMEINDE_OHNE_LISTE), "gemeinde_ohne_liste");
    cr_assert_str_eq(wg_status_code((wg_status)1000), "unbekannt");
    for (int s = 0; s < WG_STATUS_ANZAHL; s++) {
        cr_assert_str_neq(wg_status_code((wg_status)s), "");
        cr_assert_str_neq(wg_status_text((wg_status)s), "");
    }
    cr_assert_str_eq(wg_grund_code(WG_GRUND_VERMOEGEN), "vermoegen");
}
