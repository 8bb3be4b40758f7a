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
#include "wohngeld_csv.h"

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
        /* the validity test (8 bytes at a time where plain) against one sequence at a time; a
         * NUL byte somewhere now and then */
        if (n > 0 && (z >> 20) % 4 == 0) s[(z >> 24) % n] = '\0';
        bool gueltig = true;
        for (size_t i = 0; i < n && gueltig;) {
            const int k = (unsigned char)s[i] == 0 ? 0 : wgi_utf8_folge((const unsigned char *)s + i, (const unsigned char *)s + n);
            gueltig = k > 0;
            i += k > 0 ? (size_t)k : 1;
        }
        cr_assert_eq(wgi_puffer_utf8_gueltig(s, n), gueltig, "Versuch %d", versuch);
    }
    wgi_puffer_frei(&a);
    wgi_puffer_frei(&b);
}

/* A CSV household read straight into the household (wg_csv_teilhaushalt_lesen) equals the one
 * read from its record JSON (wg_csv_haushalt_lesen, then wg_json_teilhaushalt_lesen): the same
 * status and error, the same household (written back as CSV) and the same unknowns — on random
 * rows over every kind of column: intervals, "unbekannt", "offen", numbers with leading zeros and
 * signs, every spelling of true and false, texts with quotes, backslashes, control characters and
 * umlauts, household columns that differ between rows. */
Test(csv, haushalt_direkt_wie_ueber_json)
{
    static const char kopf_text[] =
        "id,format,stichtag,zeitraum_von,zeitraum_bis,mietenstufe,gemeinde,wohnkosten_art,wohnkosten_betrag_monat_von,"
        "wohnkosten_betrag_monat_bis,pauschalen_heizung_qm,pauschalen_warmwasser,heimbewohner,vermoegen,alleinerziehend,"
        "auslegung_zwischenrundung,auslegung_deckelung_auf_miete,mitglied_id,zu_beruecksichtigen,alter_von,alter_bis,"
        "kind_eines_mitglieds,abzug_steuern,abzug_kranken_pflege,abzug_rente,einkommen1_art,einkommen1_betrag_monat_von,"
        "einkommen1_betrag_monat_bis,einkommen2_art,einkommen2_betrag_jahr,einkommen2_plus,unterhalt1_empfaenger,"
        "unterhalt1_betrag_monat,unterhalt1_tituliert";
    static const char *const werte[] = {"", "", "", "", "x", "miete", "belastung", "2025-03-01", "2024-13-40", "2025-01",
                                        "unbekannt", "offen", "07", "-007", "-0", "0", "3", "12", "151", "ja", "Nein", "WAHR",
                                        "1", "true", "false", "falsch", "12.50", "1e3", "-5.00", "999999999999.00", "\"\"q\"\"",
                                        "a\\b", "\x01", "äöü€", "wohngeld-haushalt/1", "wohngeld-haushalt/2", "rente",
                                        "arbeitslohn", "kaufmaennisch", "auswaerts_ausbildung"};
    const size_t n_werte = sizeof werte / sizeof werte[0];
    /* per column (kopf_text), '|'-separated: values that column takes */
    static const char *const gute[] = {
        "", "|wohngeld-haushalt/1", "2025-03-01", "", "", "3|07|4", "", "miete|belastung", "500.00|600|",
        "||offen|700.00|unbekannt", "", "false|ja|Nein|0|", "false|", "|1000", "false|ja|", "|kaufmaennisch", "|false",
        "", "|true", "30||07", "|40|offen|unbekannt", "false|true||ja|unbekannt", "false|true|unbekannt|", "false|1|",
        "||unbekannt", "rente|arbeitslohn|", "800.00||", "|900.00|offen|unbekannt", "|", "", "", "", "", ""};
    cr_assert_eq(sizeof gute / sizeof gute[0], 34);
    char meldung[256];
    wg_csv_kopf *k = wg_csv_kopf_lesen(kopf_text, strlen(kopf_text), ',', meldung, sizeof meldung);
    cr_assert_not_null(k, "%s", meldung);
    const int spalten = wg_csv_spalten(k);
    wg_json *ja = wg_json_neu(), *jb = wg_json_neu(), *jw = wg_json_neu();
    uint64_t z = 26;
    int gleich_ok = 0, gleich_fehler = 0;
    for (int versuch = 0; versuch < 20000; versuch++) {
        enum { ZEILEN = 3 };
        static char zeile[ZEILEN][4096];
        static char *felder[ZEILEN][64];
        static size_t laengen[ZEILEN][64];
        char **zl[ZEILEN];
        size_t *ll[ZEILEN];
        z = z * 6364136223846793005ULL + 1442695040888963407ULL;
        const size_t n_zeilen = 1 + (size_t)(z >> 40) % ZEILEN;
        const bool abweichend = (z >> 20) % 10 == 0;
        char haushalt[17][64]; /* the household columns (the first 17), the same on every row */
        for (int r = 0; r < (int)n_zeilen; r++) {
            size_t p = 0;
            for (int s = 0; s < spalten; s++) {
                z = z * 6364136223846793005ULL + 1442695040888963407ULL;
                /* mostly a value the column takes (so that many households are read), now and
                 * then any value of the pool */
                char eigen[64];
                const char *w;
                if (s == 0) {
                    w = "HH-1";
                } else if (s == 17) {
                    snprintf(eigen, sizeof eigen, "m%d", r + 1);
                    w = eigen;
                } else if ((z >> 45) % 50 == 0) {
                    w = werte[(z >> 33) % n_werte];
                } else {
                    const char *gut = gute[s];
                    size_t n_gut = 1;
                    for (const char *q = gut; *q; q++) n_gut += *q == '|';
                    size_t wahl = (size_t)(z >> 33) % n_gut;
                    const char *a = gut;
                    while (wahl-- > 0) a = strchr(a, '|') + 1;
                    const char *e = strchr(a, '|');
                    snprintf(eigen, sizeof eigen, "%.*s", (int)(e ? (size_t)(e - a) : strlen(a)), a);
                    w = eigen;
                }
                if (s < 17) {
                    if (r == 0 || (abweichend && (z >> 13) % 7 == 0)) snprintf(haushalt[s], sizeof haushalt[s], "%s", w);
                    w = haushalt[s];
                }
                const bool quoten = strchr(w, '"') || strchr(w, ',') || (z >> 11) % 5 == 0;
                p += (size_t)snprintf(zeile[r] + p, sizeof zeile[r] - p, "%s%s%s%s", s ? "," : "", quoten ? "\"" : "", w,
                                      quoten ? "\"" : "");
            }
            wg_fehler f;
            cr_assert_eq(wg_csv_zeile_pruefen(k, zeile[r], p, ',', (unsigned long long)r + 1, felder[r], laengen[r], &f), WG_OK,
                         "Versuch %d: %s", versuch, f.meldung);
            zl[r] = felder[r];
            ll[r] = laengen[r];
        }
        /* through the record JSON */
        wg_fehler fa = {0}, fb = {0};
        wg_haushalt ha, hb;
        const wg_unbekannt *ua = NULL, *ub = NULL;
        size_t na = 0, nb = 0, tl = 0;
        const char *t = wg_csv_haushalt_lesen(ja, k, zl, ll, n_zeilen, &tl, &fa);
        char *kopie = t ? strndup(t, tl) : NULL;
        const wg_status sa = t ? wg_json_teilhaushalt_lesen(ja, kopie, tl, &ha, &ua, &na, &fa) : fa.code;
        /* straight */
        const wg_status sb = wg_csv_teilhaushalt_lesen(jb, k, zl, ll, n_zeilen, &hb, &ub, &nb, &fb);
        cr_assert_eq(sa, sb, "Versuch %d: Status %d statt %d (%s)", versuch, sb, sa, fa.meldung);
        cr_assert_eq(fa.code, fb.code, "Versuch %d", versuch);
        cr_assert_str_eq(fa.feld, fb.feld, "Versuch %d", versuch);
        cr_assert_str_eq(fa.meldung, fb.meldung, "Versuch %d", versuch);
        if (sa == WG_OK) {
            cr_assert_eq(na, nb, "Versuch %d: %zu statt %zu Unbekannte", versuch, nb, na);
            for (size_t i = 0; i < na; i++) {
                cr_assert_str_eq(ua[i].feld, ub[i].feld);
                cr_assert(ua[i].art == ub[i].art && ua[i].von == ub[i].von && ua[i].bis == ub[i].bis, "Versuch %d", versuch);
            }
            size_t la = 0, lb = 0;
            const char *ca = wg_csv_haushalt_schreiben(jw, &ha, false, ',', &la);
            char *cak = ca ? strndup(ca, la) : NULL;
            const char *cb = wg_csv_haushalt_schreiben(jw, &hb, false, ',', &lb);
            cr_assert(cak && cb && la == lb && memcmp(cak, cb, la) == 0, "Versuch %d:\n%s\n%s", versuch, cak, cb);
            cr_assert((ha.id == NULL) == (hb.id == NULL));
            if (ha.id) cr_assert_str_eq(ha.id, hb.id);
            free(cak);
            gleich_ok++;
        } else {
            gleich_fehler++;
        }
        free(kopie);
    }
    /* both outcomes occur often enough to mean something */
    cr_assert_gt(gleich_ok, 500, "%d", gleich_ok);
    cr_assert_gt(gleich_fehler, 500, "%d", gleich_fehler);
    wg_json_frei(ja);
    wg_json_frei(jb);
    wg_json_frei(jw);
    wg_csv_kopf_frei(k);
}

/* wg_csv_felder splits a plain row (ASCII, no quote) sixteen bytes at a time, and any other row
 * cell by cell. The same row with one more cell holding "ä" goes the other way: its first cells
 * must come out the same — offsets, lengths, the NULs after them, a neutralised formula's
 * apostrophe — as must a row with too many cells (-2, the first max cells written). Empty cells,
 * rows of every length around 16. */
Test(csv, felder_schlicht_wie_einzeln)
{
    static const char zeichen[] = ",,,,,;aZ09 '=-+@\t\r.";
    uint64_t z = 7;
    int kurz = 0, zu_viele = 0;
    for (int versuch = 0; versuch < 100000; versuch++) {
        char a[96], b[96];
        z = z * 6364136223846793005ULL + 1442695040888963407ULL;
        const size_t n = (size_t)(z >> 33) % 70;
        for (size_t i = 0; i < n; i++) {
            z = z * 6364136223846793005ULL + 1442695040888963407ULL;
            a[i] = zeichen[(z >> 33) % (sizeof zeichen - 1)];
        }
        memcpy(b, a, n);
        memcpy(b + n, ",\xC3\xA4", 3); /* one more cell, not ASCII: the cell-by-cell way */
        a[n] = 'X';                   /* no NUL after the row: nothing may read or write there */
        b[n + 3] = 'X';
        const int max = 1 + (int)((z >> 20) % 40);
        char *fa[48], *fb[48];
        size_t la[48], lb[48];
        const int na = wg_csv_felder(a, n, ',', fa, la, max);
        const int nb = wg_csv_felder(b, n + 3, ',', fb, lb, max + 1);
        cr_assert_eq(a[n], 'X');
        if (na >= 0) {
            /* na cells, and the extended row one more; equal up to the end of the last plain cell */
            cr_assert_eq(nb, na + 1, "Versuch %d: %d, %d", versuch, na, nb);
            for (int k = 0; k < na; k++) {
                cr_assert_eq(fa[k] - a, fb[k] - b, "Versuch %d, Zelle %d", versuch, k);
                cr_assert_eq(la[k], lb[k], "Versuch %d, Zelle %d", versuch, k);
            }
            const size_t ende = (size_t)(fa[na - 1] - a) + la[na - 1];
            cr_assert(memcmp(a, b, ende) == 0, "Versuch %d: der Text", versuch);
            kurz++;
        } else {
            /* too many: both -2, the first max cells written alike */
            cr_assert_eq(na, -2, "Versuch %d", versuch);
            cr_assert_eq(nb, -2, "Versuch %d", versuch);
            for (int k = 0; k < max; k++) {
                cr_assert_eq(fa[k] - a, fb[k] - b, "Versuch %d, Zelle %d", versuch, k);
                cr_assert_eq(la[k], lb[k], "Versuch %d, Zelle %d", versuch, k);
            }
            const size_t ende = (size_t)(fa[max - 1] - a) + la[max - 1] + 1; /* with the NUL after it */
            cr_assert(memcmp(a, b, ende) == 0, "Versuch %d: der Text", versuch);
            zu_viele++;
        }
    }
    cr_assert_gt(kurz, 10000);
    cr_assert_gt(zu_viele, 10000);
}
