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

#include "csv.h"
#include "eigenschaften.h"
#include "json.h"

static uint64_t zustand;
static uint64_t zufall(void)
{
    zustand ^= zustand >> 12;
    zustand ^= zustand << 25;
    zustand ^= zustand >> 27;
    return zustand * 2685821657736338717ULL;
}
static int64_t bis(int64_t n) { return (int64_t)(zufall() % (uint64_t)n); }
static bool ab_und_zu(int prozent) { return bis(100) < prozent; }

typedef struct speicher {
    wg_mitglied m[16];
    wg_einkommen e[16][6];
    wg_unterhalt u[16][2];
    wg_haushalt h;
} speicher;

static const char *const orte[] = {"04011000", "04012000", "14729150", "09162000", "01054005", "03403000", "14713000"};

static void zufallshaushalt(speicher *s, int jahr_von, int jahr_bis)
{
    wg_haushalt *h = &s->h;
    wg_haushalt_init(h);
    h->id = "zufall";
    h->stichtag = (wg_datum){(int)(jahr_von + bis(jahr_bis - jahr_von + 1)), (int)(1 + bis(12)), (int)(1 + bis(28))};
    h->mietenstufe = (int)(1 + bis(jahr_bis < 2020 ? 6 : 7));
    if (h->stichtag.jahr >= 2023 && ab_und_zu(20)) {
        h->mietenstufe = 0;
        h->gemeinde = orte[bis(sizeof orte / sizeof orte[0])];
    }
    if (ab_und_zu(5)) {
        h->heimbewohner = true;
    } else {
        h->hat_wohnkosten = true;
        h->wohnkosten_art = ab_und_zu(20) ? WG_BELASTUNG : WG_MIETE;
        h->wohnkosten_cent = bis(200000);
        if (ab_und_zu(10)) h->abzuege_cent = bis(10000);
        if (ab_und_zu(10)) {
            h->pauschalen.heizung = true;
            h->pauschalen.heizung_qm_hundertstel = bis(15000);
            h->pauschalen.warmwasser = ab_und_zu(50);
            h->pauschalen.haushaltsenergie = ab_und_zu(50);
            h->pauschalen.garage = ab_und_zu(30);
        }
    }
    if (ab_und_zu(10)) { h->hat_vermoegen = true; h->vermoegen_cent = bis(20000000); }
    h->alleinerziehend = ab_und_zu(10);
    h->auslegung.zwischenrundung = ab_und_zu(20) ? WG_RUNDUNG_ABSCHNEIDEN : WG_RUNDUNG_KAUFMAENNISCH;
    h->auslegung.deckelung_auf_miete = ab_und_zu(20);
    h->auslegung.ueber_12_mitglieder = ab_und_zu(20) ? WG_UEBER12_TATSAECHLICHE_ZAHL : WG_UEBER12_WERTE_FUER_12;
    h->auslegung.mindestmiete_nach_entlastung = !ab_und_zu(20);
    if (ab_und_zu(5) && h->stichtag.jahr >= 2027) h->rechtsstand = "2027-entwurf";
    int n = ab_und_zu(90) ? (int)(1 + bis(5)) : (int)(6 + bis(10));
    if (ab_und_zu(10)) { h->hat_gesamteinkommen = true; h->gesamteinkommen_monat_cent = bis(600000); }
    for (int i = 0; i < n; i++) {
        wg_mitglied *m = &s->m[i];
        wg_mitglied_init(m);
        m->zu_beruecksichtigen = !ab_und_zu(8);
        m->alter = ab_und_zu(80) ? (int)bis(90) : -1;
        m->kind_eines_mitglieds = i > 0 && ab_und_zu(50);
        m->abzug_steuern = ab_und_zu(40);
        m->abzug_kranken_pflege = ab_und_zu(60);
        m->abzug_rente = ab_und_zu(40);
        m->schwerbehindert_pflege = ab_und_zu(5);
        m->ns_verfolgt = ab_und_zu(2);
        m->grundrentenzeiten_33_jahre = ab_und_zu(10);
        m->ausbildungsfoerderung_dem_grunde_nach = ab_und_zu(5);
        if (ab_und_zu(5)) { m->hat_jahreseinkommen = true; m->jahreseinkommen_cent = bis(4000000); }
        int k = (int)bis(4);
        for (int j = 0; j < k; j++) {
            wg_einkommen *e = &s->e[i][j];
            wg_einkommen_init(e);
            e->art = (wg_einkommensart)bis(WG_ART_ANZAHL);
            e->jaehrlich = ab_und_zu(20);
            e->betrag_cent = bis(e->jaehrlich ? 5000000 : 400000);
            bool verlust = e->art == WG_ART_SELBSTAENDIG || e->art == WG_ART_GEWERBE || e->art == WG_ART_KAPITAL ||
                           e->art == WG_ART_LAND_FORST || e->art == WG_ART_VERMIETUNG;
            if (verlust && ab_und_zu(20)) e->betrag_cent = -e->betrag_cent;
            if (ab_und_zu(10)) { e->hat_werbungskosten = true; e->werbungskosten_jahr_cent = bis(300000); }
            e->plus = ab_und_zu(30);
        }
        m->einkommen = s->e[i];
        m->anzahl_einkommen = (size_t)k;
        if (ab_und_zu(5)) {
            wg_unterhalt *u = &s->u[i][0];
            u->empfaenger = (wg_unterhalt_empfaenger)bis(WG_UNTERHALT_ANZAHL);
            u->betrag_cent = bis(100000);
            u->jaehrlich = false;
            u->tituliert = ab_und_zu(30);
            m->unterhalt = s->u[i];
            m->anzahl_unterhalt = 1;
        }
    }
    h->mitglieder = s->m;
    h->anzahl_mitglieder = (size_t)n;
    if (ab_und_zu(5)) {
        h->hat_zeitraum = true;
        h->von_jahr = h->stichtag.jahr;
        h->von_monat = h->stichtag.monat;
        int dauer = (int)bis(12);
        h->bis_jahr = h->von_jahr + (h->von_monat + dauer - 1) / 12;
        h->bis_monat = (h->von_monat + dauer - 1) % 12 + 1;
    }
}

static void periode_pruefen(int von, int bis_jahr, uint64_t saat)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    wg_pruefer *p = wg_pruefer_neu(e);
    speicher *s = malloc(sizeof *s);
    zustand = saat;
    int berechnet = 0;
    for (int i = 0; i < 3000; i++) {
        zufallshaushalt(s, von, bis_jahr);
        const char *v = wg_eigenschaften_pruefen(p, &s->h);
        cr_assert_null(v, "Haushalt %d (Saat %llu): %s", i, (unsigned long long)saat, v ? v : "");
        berechnet++;
    }
    cr_assert_eq(berechnet, 3000);
    free(s);
    wg_pruefer_frei(p);
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
    wg_pruefer *p = wg_pruefer_neu(e);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    int anzahl = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
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
            wg_csv_kopf *k = nl ? wg_csv_kopf_lesen(buf, (size_t)(nl - buf), meldung, sizeof meldung) : NULL;
            if (k) {
                static char *fe[16][WG_CSV_MAX_SPALTEN];
                static size_t la[16][WG_CSV_MAX_SPALTEN];
                char **z[16];
                size_t *l[16], c = 0;
                for (char *zp = nl + 1; zp && *zp && c < 16;) {
                    char *q = strchr(zp, '\n');
                    size_t ll = q ? (size_t)(q - zp) : strlen(zp);
                    zp[ll] = '\0';
                    if (wg_csv_felder(zp, ll, fe[c], la[c], WG_CSV_MAX_SPALTEN) == wg_csv_spalten(k)) {
                        z[c] = fe[c];
                        l[c] = la[c];
                        c++;
                    }
                    zp = q ? q + 1 : NULL;
                }
                wg_puffer js = {0};
                if (c && wg_csv_haushalt(k, z, l, c, &js, &f) == WG_OK) {
                    j_leser *jl = j_leser_neu();
                    const char *m;
                    cr_assert_not_null(j_lesen(jl, js.daten, js.len, &m), "%s: generated JSON invalid: %s", de->d_name, m);
                    j_leser_frei(jl);
                }
                wg_puffer_frei(&js);
                wg_csv_kopf_frei(k);
            }
            anzahl++;
            continue;
        }
        if (wg_json_haushalt_lesen(j, buf, n, &h, &f) == WG_OK) {
            cr_assert_null(wg_eigenschaften_pruefen(p, &h), "%s", de->d_name);
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
    wg_pruefer_frei(p);
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
