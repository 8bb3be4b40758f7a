/*
 * test_bescheid.c — the letters' API (wohngeld_bescheid.h, docs/bescheide.md): the authority's
 * file and its errors by field, a letter that lacks a field it needs (behoerde_unvollstaendig,
 * nothing half-made), the dates of § 37 Abs. 2 SGB X, every JSON letter valid and its numbers the
 * engine's own (wg_berechnen on the same months), the address window, escaping, reuse.
 * The hand-written golden letters run through tests/bescheide.sh.
 */
#include <criterion/criterion.h>

#include <cjson/cJSON.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wohngeld.h"
#include "wohngeld_bescheid.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"

static char *datei(const char *name, size_t *len)
{
    char pfad[512];
    snprintf(pfad, sizeof pfad, "%s/%s", WG_QUELLE, name);
    FILE *f = fopen(pfad, "rb");
    cr_assert_not_null(f, "%s", pfad);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *t = malloc((size_t)n + 1);
    cr_assert_eq(fread(t, 1, (size_t)n, f), (size_t)n);
    t[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return t;
}

/* the example file with one text replaced (a field removed, renamed, retyped) */
static wg_behoerde *behoerde_mit(const char *alt, const char *neu, wg_fehler *f)
{
    size_t n;
    char *t = datei("examples/behoerde.json", &n);
    char *p = alt ? strstr(t, alt) : NULL;
    if (alt) cr_assert_not_null(p, "%s", alt);
    char *u = malloc(n + strlen(neu ? neu : "") + 1);
    if (p) {
        size_t vor = (size_t)(p - t);
        memcpy(u, t, vor);
        strcpy(u + vor, neu);
        strcat(u, p + strlen(alt));
    } else {
        strcpy(u, t);
    }
    wg_behoerde *k = wg_behoerde_lesen(u, strlen(u), f);
    free(t);
    free(u);
    return k;
}

static const char HH[] = "{\"id\":\"t1\",\"stichtag\":\"2025-03-01\",\"mietenstufe\":3,"
                         "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"650.00\"},"
                         "\"mitglieder\":[{\"id\":\"erika\",\"abzug_steuern\":true,\"abzug_kranken_pflege\":true,\"abzug_rente\":true,"
                         "\"einkommen\":[{\"art\":\"arbeitslohn\",\"betrag_monat\":\"1500.00\"}]}]}";

Test(bescheid, behoerde_lesen_und_fehler_je_feld)
{
    wg_fehler f;
    wg_behoerde *k = behoerde_mit(NULL, NULL, &f);
    cr_assert_not_null(k, "%s: %s", f.feld, f.meldung);
    cr_assert_str_eq(wg_behoerde_name(k), "Stadt Beispielhausen – Wohngeldstelle");
    wg_behoerde_frei(k);

    cr_assert_null(behoerde_mit("\"format\": \"wohngeld-behoerde/1\"", "\"format\": \"wohngeld-behoerde/9\"", &f));
    cr_assert_eq(f.code, WG_E_FORMAT_UNBEKANNT);
    cr_assert_null(behoerde_mit("\"stelle\":", "\"stele\":", &f));
    cr_assert_eq(f.code, WG_E_FELD_UNBEKANNT);
    cr_assert_str_eq(f.feld, "rechtsbehelf.stele");
    cr_assert_null(behoerde_mit("\"tage\": 14", "\"tage\": \"14\"", &f));
    cr_assert_eq(f.code, WG_E_TYP_FALSCH);
    cr_assert_str_eq(f.feld, "anhoerung.tage");
    cr_assert_null(behoerde_mit("\"tage\": 14", "\"tage\": 0", &f));
    cr_assert_eq(f.code, WG_E_WERT_UNGUELTIG);
    cr_assert_null(behoerde_mit("\"2026-12-25\"", "\"2026-12-32x\"", &f));
    cr_assert_eq(f.code, WG_E_DATUM_UNGUELTIG);
    cr_assert_null(behoerde_mit("\"gesamtschuldner\": \"alle\"", "\"gesamtschuldner\": \"manche\"", &f));
    cr_assert_str_eq(f.feld, "erstattung.gesamtschuldner");
    cr_assert_null(wg_behoerde_lesen("[]", 2, &f));
    cr_assert_eq(f.code, WG_E_JSON_UNGUELTIG);
}

Test(bescheid, fehlende_angabe_stoppt_den_brief_der_sie_braucht)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    /* without the Rechtsbehelf's office: a decision cannot be made, an invitation can */
    wg_behoerde *k = behoerde_mit("\"stelle\": \"Stadt Beispielhausen – Wohngeldstelle\",", "", &f);
    cr_assert_not_null(k, "%s", f.meldung);
    wg_bescheide *b = wg_bescheide_neu();
    wg_status s = wg_bescheide_erstellen(b, e, k, HH, strlen(HH), (wg_datum){2025, 3, 10});
    cr_assert_eq(s, WG_E_BEHOERDE_UNVOLLSTAENDIG);
    cr_assert_str_eq(wg_bescheide_fehler(b)->feld, "rechtsbehelf.stelle");
    cr_assert_eq(wg_bescheide_anzahl(b), 0, "nothing half-made");
    size_t n;
    const char *j = wg_bescheide_fehler_json(b, &n);
    cJSON *c = cJSON_Parse(j);
    cr_assert_not_null(c);
    cr_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "fehler"), "code")->valuestring, "behoerde_unvollstaendig");
    cr_assert_str_eq(cJSON_GetObjectItem(c, "id")->valuestring, "t1");
    cJSON_Delete(c);
    const char teil[] = "{\"id\":\"t2\",\"stichtag\":\"2025-03-01\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":"
                        "\"unbekannt\"},\"mitglieder\":[{\"alter\":74,\"abzug_kranken_pflege\":true,\"einkommen\":[{\"art\":\"rente\","
                        "\"betrag_monat\":\"1100.00\"}]}]}";
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, teil, strlen(teil), (wg_datum){2025, 3, 10}), WG_OK, "%s",
                 wg_bescheide_fehler(b) ? wg_bescheide_fehler(b)->meldung : "");
    cr_assert_eq(wg_bescheid(b, 0)->art, WG_BESCHEID_EINLADUNG);
    wg_behoerde_frei(k);
    /* without the data-protection notice an invitation cannot be made */
    k = behoerde_mit("\"aufsichtsbehoerde\":", "\"aufsichtsbehoerde_x\":", &f);
    cr_assert_null(k);
    k = behoerde_mit("\"aufsichtsbehoerde\": \"Landesbeauftragte für Datenschutz und Informationsfreiheit (fiktiv)\",", "", &f);
    cr_assert_not_null(k, "%s", f.meldung);
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, teil, strlen(teil), (wg_datum){2025, 3, 10}), WG_E_BEHOERDE_UNVOLLSTAENDIG);
    cr_assert_str_eq(wg_bescheide_fehler(b)->feld, "einladung.aufsichtsbehoerde");
    wg_behoerde_frei(k);
    wg_bescheide_frei(b);
    wg_engine_schliessen(e);
}

static const char *bekanntgabe_am(wg_bescheide *b, const wg_engine *e, const wg_behoerde *k, wg_datum d, char aus[16])
{
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, HH, strlen(HH), d), WG_OK);
    cJSON *c = cJSON_Parse(wg_bescheid_json(b, 0, NULL));
    snprintf(aus, 16, "%s", cJSON_GetObjectItem(c, "bekanntgabe")->valuestring);
    cJSON_Delete(c);
    return aus;
}

/* § 22 Abs. 4 as the letters state it: the rule of the running case (golden fall-weiterleistung-frueh) */
Test(bescheid, weiterleistungsantrag_22_4)
{
    wg_datum d = wg_weiterleistungsantrag_gilt((wg_datum){2025, 3, 10}, 2025, 7);
    cr_assert(d.jahr == 2025 && d.monat == 5 && d.tag == 1);
    d = wg_weiterleistungsantrag_gilt((wg_datum){2025, 6, 2}, 2025, 7);
    cr_assert(d.jahr == 2025 && d.monat == 6 && d.tag == 2);
    d = wg_weiterleistungsantrag_gilt((wg_datum){1, 1, 1}, 2026, 1);
    cr_assert(d.jahr == 2025 && d.monat == 11 && d.tag == 1);
}

Test(bescheid, bekanntgabe_37_2_sgb_x)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wg_behoerde *k = behoerde_mit(NULL, NULL, &f);
    wg_bescheide *b = wg_bescheide_neu();
    char t[16];
    cr_assert_str_eq(bekanntgabe_am(b, e, k, (wg_datum){2025, 3, 7}, t), "2025-03-11");   /* Friday + 4: Tuesday */
    cr_assert_str_eq(bekanntgabe_am(b, e, k, (wg_datum){2024, 12, 27}, t), "2024-12-30"); /* before 2025: + 3, Monday */
    cr_assert_str_eq(bekanntgabe_am(b, e, k, (wg_datum){2025, 12, 22}, t), "2025-12-29"); /* 26th a holiday, then the weekend */
    cr_assert_str_eq(bekanntgabe_am(b, e, k, (wg_datum){2025, 3, 11}, t), "2025-03-17");  /* Saturday 15th → Monday */
    wg_bescheide_frei(b);
    wg_behoerde_frei(k);
    wg_engine_schliessen(e);
}

/* the Tenor of a Bewilligung is the engine's months: the same household as a zeitraum */
Test(bescheid, tenor_ist_das_ergebnis_der_engine)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wg_behoerde *k = behoerde_mit(NULL, NULL, &f);
    wg_bescheide *b = wg_bescheide_neu();
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    static const char *const saetze[] = {
        HH,
        "{\"id\":\"t3\",\"zeitraum\":{\"von\":\"2024-07\",\"bis\":\"2025-06\"},\"gemeinde\":\"04011000\",\"wohnkosten\":{\"art\":\"miete\","
        "\"betrag_monat\":\"500.00\"},\"mitglieder\":[{\"id\":\"p\",\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1100.00\"}]}]}",
        "{\"id\":\"t4\",\"stichtag\":\"2025-10-01\",\"mietenstufe\":2,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"480.00\"},"
        "\"mitglieder\":[{\"id\":\"a\",\"abzug_kranken_pflege\":true,\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1000.00\"}]}]}"};
    for (size_t s = 0; s < sizeof saetze / sizeof *saetze; s++) {
        cr_assert_eq(wg_bescheide_erstellen(b, e, k, saetze[s], strlen(saetze[s]), (wg_datum){2025, 3, 10}), WG_OK);
        cr_assert_eq(wg_bescheide_anzahl(b), 1);
        const wg_bescheid_info *x = wg_bescheid(b, 0);
        cr_assert_eq(x->art, WG_BESCHEID_BEWILLIGUNG, "%zu", s);
        wg_haushalt h;
        cr_assert_eq(wg_json_haushalt_lesen(j, saetze[s], strlen(saetze[s]), &h, &f), WG_OK);
        if (!h.hat_zeitraum) {
            h.hat_zeitraum = true;
            h.von_jahr = h.stichtag.jahr;
            h.von_monat = h.stichtag.monat;
            h.bis_jahr = h.von_jahr + (h.von_monat == 1 ? 0 : 1);
            h.bis_monat = h.von_monat == 1 ? 12 : h.von_monat - 1;
        }
        cr_assert_eq(wg_berechnen(e, &h, r, 0), WG_OK);
        size_t m = 0;
        for (size_t t = 0; t < x->anzahl_tenor; t++) {
            const wg_tenor_zeile *z = &x->tenor[t];
            for (int mi = z->von.jahr * 12 + z->von.monat - 1; mi <= z->bis.jahr * 12 + z->bis.monat - 1; mi++, m++) {
                const wg_monat *mo = wg_ergebnis_monat(r, m);
                cr_assert_not_null(mo);
                cr_assert_eq(mo->jahr * 12 + mo->monat - 1, mi);
                cr_assert_eq(mo->wohngeld_monat, z->wohngeld_monat, "%zu: %d-%d", s, mo->jahr, mo->monat);
            }
        }
        cr_assert_eq(m, wg_ergebnis_anzahl_monate(r), "every month of the BWZ in the Tenor");
        /* the basis and limits printed are the result's */
        wg_bezug z;
        cr_assert_eq(wg_ergebnis_bezug(r, &z), WG_OK);
        cJSON *c = cJSON_Parse(wg_bescheid_json(b, 0, NULL));
        cr_assert_not_null(c);
        char soll[32];
        snprintf(soll, sizeof soll, "%lld.%02lld", (long long)(z.miete_unter_cent / 100), (long long)(z.miete_unter_cent % 100));
        cr_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "meldegrenzen"), "miete_unter")->valuestring, soll);
        snprintf(soll, sizeof soll, "%lld.%02lld", (long long)(z.einkuenfte_ueber_cent / 100), (long long)(z.einkuenfte_ueber_cent % 100));
        cr_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "meldegrenzen"), "einkuenfte_ueber")->valuestring, soll);
        cJSON_Delete(c);
    }
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_bescheide_frei(b);
    wg_behoerde_frei(k);
    wg_engine_schliessen(e);
}

Test(bescheid, anschriftfeld_escaping_und_wiederverwendung)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wg_behoerde *k = behoerde_mit(NULL, NULL, &f);
    wg_bescheide *b = wg_bescheide_neu();
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, HH, strlen(HH), (wg_datum){2025, 3, 10}), WG_OK);
    const char *h = wg_bescheid_html(b, 0, NULL);
    cr_assert_not_null(strstr(h, "Anschriftfeld – vom Fachverfahren einzusetzen"), "a marked address field, never an invented one");
    cr_assert_null(strstr(h, "<script"));
    cr_assert_null(strstr(h, "http"), "self-contained: no external resource");
    char mit[2048];
    snprintf(mit, sizeof mit, "{\"empfaenger\":{\"name\":\"Erika <b>Muster</b>\",\"anschrift\":[\"Weg 1\",\"28199 Ort\"]},%s", HH + 1);
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, mit, strlen(mit), (wg_datum){2025, 3, 10}), WG_OK);
    h = wg_bescheid_html(b, 0, NULL);
    cr_assert_not_null(strstr(h, "Erika &lt;b&gt;Muster&lt;/b&gt;"));
    cr_assert_null(strstr(h, "Anschriftfeld – vom"));
    /* a bad record, then a good one: no state carried over */
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, "{\"id\":\"x\",\"stichtag\":\"2025-13-01\"}", 34, (wg_datum){2025, 3, 10}),
                 WG_E_DATUM_UNGUELTIG);
    cr_assert_eq(wg_bescheide_anzahl(b), 0);
    cr_assert_str_eq(wg_bescheide_id(b), "x");
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, HH, strlen(HH), (wg_datum){2025, 3, 10}), WG_OK);
    cr_assert_null(wg_bescheide_fehler(b));
    cr_assert_str_eq(wg_bescheid(b, 0)->id, "t1");
    /* an empfaenger block of the wrong shape is the record's error, named */
    const char falsch[] = "{\"empfaenger\":{\"anschrift\":\"Weg 1\"},\"id\":\"y\",\"stichtag\":\"2025-03-01\",\"mietenstufe\":1,"
                          "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"300.00\"},\"mitglieder\":[{}]}";
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, falsch, strlen(falsch), (wg_datum){2025, 3, 10}), WG_E_TYP_FALSCH);
    cr_assert_str_eq(wg_bescheide_fehler(b)->feld, "empfaenger.anschrift");
    wg_bescheide_frei(b);
    wg_behoerde_frei(k);
    wg_engine_schliessen(e);
}

/* a case without a date: its letters are dated on its decision day (entscheidung_am) */
Test(bescheid, fall_datum_und_anhoerung)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wg_behoerde *k = behoerde_mit(NULL, NULL, &f);
    wg_bescheide *b = wg_bescheide_neu();
    const char fall[] =
        "{\"format\":\"wohngeld-fall/1\",\"id\":\"f\",\"antrag\":\"2025-03-10\",\"stand\":\"2026-01-20\",\"entscheidung_am\":\"2026-01-20\","
        "\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"},\"haushalt\":{\"mietenstufe\":1,\"wohnkosten\":{\"art\":\"miete\","
        "\"betrag_monat\":\"450.00\"},\"gesamteinkommen_monat\":\"1500.00\",\"mitglieder\":[{\"id\":\"mutter\",\"alter\":40},{\"id\":\"sohn\","
        "\"alter\":40}]},\"verlauf\":[{\"ab\":\"2025-11-16\",\"bekannt\":\"2025-11-20\",\"quelle\":\"melderegister\",\"haushalt\":{"
        "\"mietenstufe\":1,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"450.00\"},\"gesamteinkommen_monat\":\"1300.00\","
        "\"mitglieder\":[{\"id\":\"mutter\",\"alter\":40}]}}]}";
    cr_assert_eq(wg_bescheide_erstellen(b, e, k, fall, strlen(fall), (wg_datum){0, 0, 0}), WG_OK, "%s",
                 wg_bescheide_fehler(b) ? wg_bescheide_fehler(b)->meldung : "");
    cr_assert_eq(wg_bescheide_anzahl(b), 2);
    cr_assert_eq(wg_bescheid(b, 0)->art, WG_BESCHEID_ANHOERUNG);
    cr_assert_eq(wg_bescheid(b, 1)->art, WG_BESCHEID_AENDERUNG);
    cr_assert(wg_bescheid(b, 1)->nach_anhoerung);
    cr_assert_eq(wg_bescheid(b, 1)->erstattung, 226);
    cJSON *c = cJSON_Parse(wg_bescheid_json(b, 0, NULL));
    cr_assert_str_eq(cJSON_GetObjectItem(c, "datum")->valuestring, "2026-01-20");
    cr_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "anhoerung"), "frist")->valuestring, "2026-02-09");
    cr_assert(cJSON_IsNull(cJSON_GetObjectItem(c, "rechtsweg")));
    cJSON_Delete(c);
    c = cJSON_Parse(wg_bescheid_json(b, 1, NULL));
    cr_assert_str_eq(cJSON_GetObjectItem(c, "datum")->valuestring, "2026-02-10");
    cJSON_Delete(c);
    wg_bescheide_frei(b);
    wg_behoerde_frei(k);
    wg_engine_schliessen(e);
}
