/*
 * Property tests: thousands of random households per legal period (fixed seed), each checked
 * against the invariants of fuzz/eigenschaften.h — monotonic in income and rent, independent of
 * member order, capped where the law caps, fast path = GMP, JSON round trip — plus the inputs
 * the fuzzer once broke (tests/regression/).
 */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wohngeld_csv.h"
#include "eigenschaften.h"
#include "json.h"

#include "zufall.h"

static void periode_pruefen(int von, int bis_jahr, uint64_t saat)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wgi_pruefer *p = wgi_pruefer_neu(e);
    speicher *s = malloc(sizeof *s);
    zufall_saat(saat);
    int berechnet = 0;
    for (int i = 0; i < 3000; i++) {
        zufallshaushalt(s, von, bis_jahr);
        const char *v = wgi_eigenschaften_pruefen(p, &s->h);
        cr_assert_null(v, "Haushalt %d (Saat %llu): %s", i, (unsigned long long)saat, v ? v : "");
        berechnet++;
    }
    cr_assert_eq(berechnet, 3000);
    free(s);
    wgi_pruefer_frei(p);
    wg_engine_schliessen(e);
}

Test(eigenschaften, p2016) { periode_pruefen(2016, 2019, 1); }
Test(eigenschaften, p2020_p2022) { periode_pruefen(2020, 2022, 2); }
Test(eigenschaften, p2023_p2024) { periode_pruefen(2023, 2024, 3); }
Test(eigenschaften, p2025_2027) { periode_pruefen(2025, 2027, 4); }

Test(regression, fuzzer_funde)
{
    /* every input the fuzzer once broke: read, computed, valid JSON out, invariants hold */
    char pfad[512];
    snprintf(pfad, sizeof pfad, "%s/tests/regression", WG_QUELLE);
    DIR *d = opendir(pfad);
    cr_assert_not_null(d);
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wgi_pruefer *p = wgi_pruefer_neu(e);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    int anzahl = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !strncmp(de->d_name, "satz-", 5) || !strncmp(de->d_name, "fall-", 5)) continue; /* Sätze: test_satz.c; cases: test_fall.c */
        char datei[1024];
        snprintf(datei, sizeof datei, "%s/%s", pfad, de->d_name);
        FILE *fd = fopen(datei, "rb");
        cr_assert_not_null(fd);
        static char buf[1 << 20];
        size_t n = fread(buf, 1, sizeof buf, fd);
        fclose(fd);
        buf[n] = '\0';
        size_t len;
        const char *aus;
        wg_haushalt h;
        if (strstr(de->d_name, ".csv")) {
            /* a CSV input: header and rows of one household; generated JSON must be valid */
            char *nl = strchr(buf, '\n');
            char meldung[256];
            wg_csv_kopf *k = nl ? wg_csv_kopf_lesen(buf, (size_t)(nl - buf), ',', meldung, sizeof meldung) : NULL;
            if (k) {
                static char *fe[16][WG_CSV_MAX_SPALTEN];
                static size_t la[16][WG_CSV_MAX_SPALTEN];
                char **z[16];
                size_t *l[16], c = 0;
                for (char *zp = nl + 1; zp && *zp && c < 16;) {
                    char *q = strchr(zp, '\n');
                    size_t ll = q ? (size_t)(q - zp) : strlen(zp);
                    zp[ll] = '\0';
                    if (wg_csv_felder(zp, ll, ',', fe[c], la[c], WG_CSV_MAX_SPALTEN) == wg_csv_spalten(k)) {
                        z[c] = fe[c];
                        l[c] = la[c];
                        c++;
                    }
                    zp = q ? q + 1 : NULL;
                }
                size_t jsl = 0;
                const char *js = c ? wg_csv_haushalt_lesen(j, k, z, l, c, &jsl, &f) : NULL;
                if (js) {
                    j_leser *jl = j_leser_neu();
                    const char *m;
                    cr_assert_not_null(j_lesen(jl, js, jsl, &m), "%s: generated JSON invalid: %s", de->d_name, m);
                    j_leser_frei(jl);
                }
                wg_csv_kopf_frei(k);
            }
            anzahl++;
            continue;
        }
        if (wg_json_haushalt_lesen(j, buf, n, &h, &f) == WG_OK) {
            cr_assert_null(wgi_eigenschaften_pruefen(p, &h), "%s", de->d_name);
            wg_berechnen(e, &h, r, 0);
            aus = wg_json_ergebnis_schreiben(j, e, r, &len);
        } else {
            aus = wg_json_fehler_schreiben(j, e, h.id, &f, &len);
        }
        cJSON *o = cJSON_Parse(aus);
        cr_assert_not_null(o, "%s: result must be valid JSON", de->d_name);
        cJSON_Delete(o);
        anzahl++;
    }
    closedir(d);
    cr_assert_gt(anzahl, 0);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wgi_pruefer_frei(p);
    wg_engine_schliessen(e);
}

Test(regression, utf8_bleibt_gueltig)
{
    /* long ids with multi-byte characters are shortened at character boundaries, and invalid
     * bytes from a caller are never written as they are */
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    wg_mitglied m;
    wg_mitglied_init(&m);
    m.id = "§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§§";
    wg_einkommen ek;
    wg_einkommen_init(&ek);
    ek.art = WG_ART_RENTE;
    ek.betrag_cent = 100000;
    m.einkommen = &ek;
    m.anzahl_einkommen = 1;
    wg_haushalt h;
    wg_haushalt_init(&h);
    h.id = "kaputt\xff\xc3";
    h.stichtag = (wg_datum){2025, 1, 1};
    h.mietenstufe = 2;
    h.hat_wohnkosten = true;
    h.wohnkosten_cent = 40000;
    h.mitglieder = &m;
    h.anzahl_mitglieder = 1;
    cr_assert_eq(wg_berechnen(e, &h, r, 0), WG_OK);
    size_t len;
    const char *aus = wg_json_ergebnis_schreiben(j, e, r, &len);
    cJSON *o = cJSON_Parse(aus);
    cr_assert_not_null(o);
    cr_assert_str_eq(cJSON_GetObjectItem(o, "id")->valuestring, "kaputt\xef\xbf\xbd\xef\xbf\xbd");
    cJSON_Delete(o);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
}
