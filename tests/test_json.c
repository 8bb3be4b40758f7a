/* The JSON edge: the strict reader (base/json_lesen.c) and the result writer, checked against
 * cJSON as an independent parser of what we write. */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "hilfe.h"
#include "json.h"
#include "puffer.h"
#include "text.h"

#include <stdint.h>
#include <string.h>

static const char *lies(j_leser *l, const char *text)
{
    const char *f = NULL;
    const j_wert *w = j_lesen(l, text, strlen(text), &f);
    return w ? "ok" : f;
}

Test(json_leser, gueltig_und_ungueltig)
{
    j_leser *l = j_leser_neu();
    const char *gut[] = {"{}", "[]", "{\"a\":[1,-2.5,3e4,true,false,null,\"x\\u00e4\\ud83d\\ude00\"]}", " {\"a\" : {} } ",
                         "\"\xc3\xa4\"", "0", "-0.5"};
    for (size_t i = 0; i < sizeof gut / sizeof gut[0]; i++) cr_assert_str_eq(lies(l, gut[i]), "ok", "%s", gut[i]);
    const char *schlecht[][2] = {
        {"{\"a\":1,\"a\":2}", "doppelt"},
        {"{\"a\":1", "Ende"},
        {"{\"a\":1}x", "nach dem Ende"},
        {"{\"a\":01}", ""},
        {"[1,]", "ungültiger Wert"},
        {"{\"a\":NaN}", "ungültiger Wert"},
        {"{\"a\":Infinity}", "ungültiger Wert"},
        {"\"\xff\"", "UTF-8"},
        {"\"\xc0\xaf\"", "UTF-8"},
        {"\"\xed\xa0\x80\"", "UTF-8"},
        {"\"a\tb\"", "Steuerzeichen"},
        {"\"\\ud800\"", "Ersatzzeichen"},
        {"\"\\u0000\"", "NUL"},
        {"\"\\x\"", "Escape"},
        {"", "Ende"},
        {"{\"a\":1.}", "Zahl"},
        {"{\"a\":-}", "Zahl"},
        {"{1:2}", "Schlüssel"},
        {"tru", "ungültiger Wert"},
    };
    for (size_t i = 0; i < sizeof schlecht / sizeof schlecht[0]; i++) {
        const char *f = lies(l, schlecht[i][0]);
        cr_assert_str_neq(f, "ok", "must reject: %s", schlecht[i][0]);
        cr_assert(strstr(f, schlecht[i][1]), "%s → %s", schlecht[i][0], f);
    }
    j_leser_frei(l);
}

Test(json_leser, tiefe_begrenzt)
{
    /* deep nesting cannot exhaust the stack: the reader is iterative and stops at J_MAX_TIEFE */
    size_t n = 100000;
    char *s = malloc(2 * n + 1);
    memset(s, '[', n);
    memset(s + n, ']', n);
    s[2 * n] = '\0';
    j_leser *l = j_leser_neu();
    cr_assert(strstr(lies(l, s), "verschachtelt"));
    s[n - J_MAX_TIEFE] = '\0';
    /* exactly J_MAX_TIEFE levels is fine */
    char ok[2 * J_MAX_TIEFE + 1];
    memset(ok, '[', J_MAX_TIEFE);
    memset(ok + J_MAX_TIEFE, ']', J_MAX_TIEFE);
    ok[2 * J_MAX_TIEFE] = '\0';
    cr_assert_str_eq(lies(l, ok), "ok");
    j_leser_frei(l);
    free(s);
}

Test(json_leser, rohtext)
{
    j_leser *l = j_leser_neu();
    const char *t = "{\"eingabe\": {\"a\": [1, 2]}, \"b\": 1.50}";
    const char *f;
    const j_wert *w = j_lesen(l, t, strlen(t), &f);
    cr_assert_not_null(w);
    const j_wert *e = j_feld(w, "eingabe");
    cr_assert_eq(e->roh_len, strlen("{\"a\": [1, 2]}"));
    cr_assert_eq(strncmp(e->roh, "{\"a\": [1, 2]}", e->roh_len), 0);
    const j_wert *b = j_feld(w, "b");
    cr_assert_eq(b->len, 4);
    cr_assert_eq(strncmp(b->s, "1.50", 4), 0, "numbers keep their raw text");
    j_leser_frei(l);
}

Test(json_ausgabe, mit_cjson_lesbar_und_vollstaendig)
{
    lauf *L = lauf_neu();
    const char *rec = "{\"id\":\"x\\\"y\\n\\u00e4\",\"stichtag\":\"2025-01-01\",\"mietenstufe\":4,"
                      "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":570},"
                      "\"mitglieder\":[{\"id\":\"vater\",\"abzug_kranken_pflege\":true,"
                      "\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"880.00\"}]},{\"zu_beruecksichtigen\":false}]}";
    cr_assert_eq(rechne(L, rec), WG_OK);
    cJSON *o = cJSON_Parse(L->json);
    cr_assert_not_null(o, "output must be valid JSON");
    cr_assert_str_eq(cJSON_GetObjectItem(o, "format")->valuestring, "wohngeld-ergebnis/1");
    cr_assert_str_eq(cJSON_GetObjectItem(o, "id")->valuestring, "x\"y\n\xc3\xa4");
    cr_assert_str_eq(cJSON_GetObjectItem(o, "status")->valuestring, "ok");
    cr_assert(cJSON_IsTrue(cJSON_GetObjectItem(o, "anspruch")));
    cr_assert_eq(cJSON_GetObjectItem(o, "wohngeld_monat")->valueint, 191);
    cr_assert(cJSON_IsNull(cJSON_GetObjectItem(o, "grund")));
    cJSON *h = cJSON_GetObjectItem(o, "herleitung");
    const char *felder[] = {"n", "n_gesamt", "n_tab", "n_kap", "anteil", "mietenstufe", "hoechstbetrag",
                            "hoechstbetrag_tabelle", "klimakomponente", "heizkosten_entlastung", "M", "Y", "M_min",
                            "Y_min", "M_formel", "Y_formel", "a", "b", "c", "z1", "z2", "z3", "z4",
                            "wohngeld_gerundet", "schwelle", "gesamteinkommen_jahr", "schritte"};
    for (size_t i = 0; i < sizeof felder / sizeof felder[0]; i++)
        cr_assert_not_null(cJSON_GetObjectItem(h, felder[i]), "herleitung.%s", felder[i]);
    cr_assert_str_eq(cJSON_GetObjectItem(h, "anteil")->valuestring, "1/2");
    cr_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "rechtsstand"), "id")->valuestring, "2025");
    cr_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "auslegung"), "zwischenrundung")->valuestring,
                     "kaufmaennisch");
    cJSON *s0 = cJSON_GetArrayItem(cJSON_GetObjectItem(h, "schritte"), 0);
    cr_assert_not_null(cJSON_GetObjectItem(s0, "paragraph"));
    cr_assert_not_null(cJSON_GetObjectItem(s0, "wert"));
    cr_assert(strncmp(cJSON_GetObjectItem(cJSON_GetObjectItem(o, "engine"), "tabellen")->valuestring, "sha256:", 7) == 0);
    cJSON_Delete(o);

    /* the error line too */
    rechne(L, "{\"id\":\"f1\",\"stichtag\":\"2025-13-01\"}");
    o = cJSON_Parse(L->json);
    cr_assert_not_null(o);
    cr_assert_str_eq(cJSON_GetObjectItem(o, "status")->valuestring, "fehler");
    cr_assert_str_eq(cJSON_GetObjectItem(o, "id")->valuestring, "f1");
    cJSON *f = cJSON_GetObjectItem(o, "fehler");
    cr_assert_str_eq(cJSON_GetObjectItem(f, "code")->valuestring, "datum_ungueltig");
    cr_assert_str_eq(cJSON_GetObjectItem(f, "feld")->valuestring, "stichtag");
    cJSON_Delete(o);
    lauf_frei(L);
}

Test(json_ausgabe, einruecken)
{
    wg_json *j = wg_json_neu();
    size_t n;
    const char *t = "{\"a\":[1,{\"b\":\"x,{y}\"}],\"c\":{},\"d\":[]}";
    const char *s = wg_json_einruecken(j, t, strlen(t), &n);
    cr_assert_str_eq(s, "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x,{y}\"\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}");
    cJSON *o = cJSON_Parse(s);
    cr_assert_not_null(o);
    cJSON_Delete(o);
    wg_json_frei(j);
}

Test(json_ausgabe, zahl_oder_text_gleich)
{
    /* money as a JSON number or as a string gives the same result */
    lauf *L = lauf_neu();
    char a[2048], b[2048];
    record(a, sizeof a, "2025-06-01", "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":900.5}]}", NULL);
    record(b, sizeof b, "2025-06-01", "{\"einkommen\":[{\"art\":\"lohnersatz\",\"betrag_monat\":\"900.50\"}]}", NULL);
    cr_assert_eq(rechne(L, a), WG_OK);
    char ja[8192];
    snprintf(ja, sizeof ja, "%s", L->json);
    cr_assert_eq(rechne(L, b), WG_OK);
    cr_assert_str_eq(ja, L->json);
    lauf_frei(L);
}

/* wgi_puffer_json_text copies plain runs whole (16 or 8 bytes at a time) and looks only at the
 * bytes that need it: against a byte-by-byte writer of the same contract (escapes, valid UTF-8
 * kept, an invalid byte as U+FFFD) on random texts of every length around the run sizes. */
static void json_text_byteweise(wgi_puffer *p, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    wgi_puffer_zeichen(p, '"');
    for (size_t i = 0; i < n;) {
        const unsigned char c = u[i];
        const int k = c >= 0x80 ? wgi_utf8_folge(u + i, u + n) : 1;
        if (k == 0) {
            wgi_puffer_text(p, "\xEF\xBF\xBD", 3);
            i++;
        } else if (c == '"' || c == '\\') {
            const char e[2] = {'\\', (char)c};
            wgi_puffer_text(p, e, 2);
            i++;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            const char e[2] = {'\\', c == '\n' ? 'n' : c == '\r' ? 'r' : 't'};
            wgi_puffer_text(p, e, 2);
            i++;
        } else if (c < 0x20) {
            const char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            wgi_puffer_text(p, e, 6);
            i++;
        } else {
            wgi_puffer_text(p, s + i, (size_t)k);
            i += (size_t)k;
        }
    }
    wgi_puffer_zeichen(p, '"');
}

Test(json, text_schreiben_wie_byteweise)
{
    static const char *const teile[] = {"a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", "\x7f", "ä", "€", "😀",
                                        "\xC3", "\x80", "\xE2\x82", "\xF0\x9F\x98", "\xED\xA0\x80", "\xC0\xAF", "0123456789abcdef"};
    uint64_t z = 2026;
    wgi_puffer a = {0}, b = {0};
    for (int versuch = 0; versuch < 200000; versuch++) {
        char s[200];
        size_t n = 0;
        z = z * 6364136223846793005ULL + 1442695040888963407ULL;
        const size_t laenge = (size_t)(z >> 33) % 70;
        while (n < laenge) {
            z = z * 6364136223846793005ULL + 1442695040888963407ULL;
            /* mostly plain ASCII, so that the runs are long */
            const size_t w = (size_t)(z >> 33) % 64;
            const char *t = w < 40 ? "x" : teile[w % (sizeof teile / sizeof teile[0])];
            const size_t k = strlen(t);
            if (n + k > sizeof s) break;
            memcpy(s + n, t, k);
            n += k;
        }
        wgi_puffer_leeren(&a);
        wgi_puffer_leeren(&b);
        wgi_puffer_json_text(&a, s, n);
        json_text_byteweise(&b, s, n);
        cr_assert_eq(a.len, b.len, "Versuch %d: Länge %zu statt %zu", versuch, a.len, b.len);
        cr_assert(memcmp(a.daten, b.daten, a.len) == 0, "Versuch %d", versuch);
    }
    wgi_puffer_frei(&a);
    wgi_puffer_frei(&b);
}
