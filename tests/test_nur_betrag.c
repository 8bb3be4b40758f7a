/*
 * The bulk path (wg_berechnen with WG_NUR_BETRAG, calc/nur_betrag.c) against the full
 * computation: on every golden case, on 200 000 random households over all periods, rules and
 * switches, and on invalid households of every kind (which it must hand over, so that the error
 * and its field path are the derivation path's). The comparison itself is
 * wgi_nur_betrag_vergleichen (fuzz/eigenschaften.c), which the fuzzer runs on every input too.
 * Each test also counts how often the bulk path decided by itself, so that an always-handing-over
 * path could not pass. Every household is also packed as a Satz and computed with
 * wg_satz_berechnen (wgi_satz_vergleichen): a Satz exists exactly for the households the bulk
 * path decides itself.
 */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eigenschaften.h"
#include "formel.h"
#include "rechnung.h"
#include "zufall.h"

typedef struct vergleich {
    wg_engine *e;
    wg_ergebnis *voll, *kurz, *direkt;
    long selbst, uebergeben, gepackt;
} vergleich;

static void vergleich_start(vergleich *v)
{
    wg_fehler f;
    memset(v, 0, sizeof *v);
    v->e = wg_engine_oeffnen(&f);
    cr_assert_not_null(v->e);
    v->voll = wg_ergebnis_neu();
    v->kurz = wg_ergebnis_neu();
    v->direkt = wg_ergebnis_neu();
}

static void vergleich_ende(vergleich *v)
{
    wg_ergebnis_frei(v->voll);
    wg_ergebnis_frei(v->kurz);
    wg_ergebnis_frei(v->direkt);
    wg_engine_schliessen(v->e);
}

/* Computes h both ways and compares; returns the status of the full computation. */
static wg_status pruefen(vergleich *v, const wg_haushalt *h, const char *wer)
{
    wg_status s = wg_berechnen(v->e, h, v->voll, 0);
    wg_status k = wg_berechnen(v->e, h, v->kurz, WG_NUR_BETRAG);
    cr_assert_eq(k, s, "%s: status %d / %d", wer, k, s);
    const char *was = wgi_nur_betrag_vergleichen(v->voll, v->kurz);
    cr_assert_null(was, "%s: WG_NUR_BETRAG weicht ab: %s", wer, was ? was : "");
    const char *satz = wgi_satz_vergleichen(v->e, h, v->voll, &v->gepackt);
    cr_assert_null(satz, "%s: %s", wer, satz ? satz : "");
    if (wgi_nur_betrag(v->e, h, v->direkt)) {
        v->selbst++;
        cr_assert_eq(s, WG_OK, "%s: the bulk path decided an invalid household", wer);
    } else {
        v->uebergeben++;
    }
    return s;
}

Test(nur_betrag, goldene_faelle)
{
    vergleich v;
    vergleich_start(&v);
    wg_json *j = wg_json_neu();
    char pfad[512];
    snprintf(pfad, sizeof pfad, "%s/golden", WG_QUELLE);
    DIR *d = opendir(pfad);
    cr_assert_not_null(d);
    struct dirent *de;
    long faelle = 0;
    while ((de = readdir(d))) {
        size_t nl = strlen(de->d_name);
        if (nl < 6 || strcmp(de->d_name + nl - 6, ".jsonl")) continue;
        char datei[1024];
        snprintf(datei, sizeof datei, "%s/%s", pfad, de->d_name);
        FILE *fd = fopen(datei, "rb");
        cr_assert_not_null(fd);
        char *zeile = NULL;
        size_t kap = 0;
        while (getline(&zeile, &kap, fd) > 0) {
            cJSON *fall = cJSON_Parse(zeile);
            cr_assert_not_null(fall);
            const cJSON *format = cJSON_GetObjectItem(cJSON_GetObjectItem(fall, "eingabe"), "format");
            if (cJSON_IsString(format) && strcmp(format->valuestring, "wohngeld-fall/1") == 0) {
                cJSON_Delete(fall); /* a running case (golden/fall-hand.jsonl): test_fall.c */
                continue;
            }
            char *text = cJSON_PrintUnformatted(cJSON_GetObjectItem(fall, "eingabe"));
            wg_haushalt h;
            wg_fehler fe;
            const wg_unbekannt *u;
            size_t anzahl_u;
            cr_assert_eq(wg_json_teilhaushalt_lesen(j, text, strlen(text), &h, &u, &anzahl_u, &fe), WG_OK, "%s: %s", datei, fe.meldung);
            if (anzahl_u > 0) { /* a partial record (golden/vorpruefung-*.jsonl): test_vorpruefung.c */
                free(text);
                cJSON_Delete(fall);
                continue;
            }
            char wer[600];
            snprintf(wer, sizeof wer, "%s %s", de->d_name, h.id ? h.id : "?");
            pruefen(&v, &h, wer);
            faelle++;
            free(text);
            cJSON_Delete(fall);
        }
        free(zeile);
        fclose(fd);
    }
    closedir(d);
    cr_assert_geq(faelle, 70);
    /* every golden case except Bewilligungszeiträume, forced Rechtsstände and the draft */
    cr_assert_geq(v.selbst, 55, "the bulk path decided only %ld of %ld golden cases", v.selbst, faelle);
    cr_assert_eq(v.gepackt, v.selbst, "packed %ld, decided %ld", v.gepackt, v.selbst);
    wg_json_frei(j);
    vergleich_ende(&v);
}

static void zufall_pruefen(int von, int bis_jahr, uint64_t saat)
{
    vergleich v;
    vergleich_start(&v);
    speicher *s = malloc(sizeof *s);
    zufall_saat(saat);
    long ok = 0;
    for (int i = 0; i < 50000; i++) {
        zufallshaushalt(s, von, bis_jahr);
        char wer[64];
        snprintf(wer, sizeof wer, "Haushalt %d (Saat %llu)", i, (unsigned long long)saat);
        ok += pruefen(&v, &s->h, wer) == WG_OK;
    }
    /* hand-overs: zeitraum (5 %), forced draft (some of 2027), unknown Gemeinde */
    cr_assert_geq(v.selbst, 40000, "the bulk path decided only %ld of 50 000", v.selbst);
    cr_assert_eq(v.gepackt, v.selbst, "packed %ld, decided %ld", v.gepackt, v.selbst);
    cr_assert_geq(ok, 45000);
    free(s);
    vergleich_ende(&v);
}

Test(nur_betrag, zufall_p2016) { zufall_pruefen(2016, 2019, 11); }
Test(nur_betrag, zufall_p2020_p2022) { zufall_pruefen(2020, 2022, 12); }
Test(nur_betrag, zufall_p2023_p2024) { zufall_pruefen(2023, 2024, 13); }
Test(nur_betrag, zufall_p2025_2027) { zufall_pruefen(2025, 2027, 14); }

/* One invalid value per household, of every check in pruefung.c and rechtsstand.c. */
enum { ANZAHL_FEHLERARTEN = 29 };
static void verderben(speicher *s, int art)
{
    wg_haushalt *h = &s->h;
    wg_mitglied *m = &s->m[bis((int64_t)h->anzahl_mitglieder)];
    static wg_einkommen posten;
    static wg_unterhalt zahlung;
    wg_einkommen_init(&posten);
    posten.art = WG_ART_ARBEITSLOHN;
    posten.betrag_cent = 100000;
    memset(&zahlung, 0, sizeof zahlung);
    zahlung.betrag_cent = 10000;
    switch (art) {
    case 0: h->stichtag.tag = 32; break;
    case 1: h->stichtag = (wg_datum){2015, 12, 31}; break;
    case 2: h->mietenstufe = 8; break;
    case 3: h->mietenstufe = 0; h->gemeinde = NULL; break;
    case 4: h->mietenstufe = 0; h->gemeinde = "1234"; break;
    case 5: h->mietenstufe = 0; h->gemeinde = "99999999"; break;
    case 6: h->hat_wohnkosten = false; h->heimbewohner = false; break;
    case 7: h->heimbewohner = false; h->hat_wohnkosten = true; h->wohnkosten_cent = -1; break;
    case 8: h->heimbewohner = false; h->hat_wohnkosten = true; h->abzuege_cent = -5; break;
    case 9: h->heimbewohner = false; h->hat_wohnkosten = true; h->wohnkosten_cent = WG_MAX_BETRAG_CENT + 1; break;
    case 10:
        h->heimbewohner = false;
        h->hat_wohnkosten = true;
        h->pauschalen.heizung = true;
        h->pauschalen.heizung_qm_hundertstel = -1;
        break;
    case 11: h->hat_wohnkosten = true; h->wohnkosten_art = (wg_wohnkosten_art)2; break;
    case 12: h->hat_vermoegen = true; h->vermoegen_cent = -1; break;
    case 13: h->hat_gesamteinkommen = true; h->gesamteinkommen_monat_cent = -100; break;
    case 14: h->auslegung.zwischenrundung = (wg_zwischenrundung)2; break;
    case 15: h->auslegung.ueber_12_mitglieder = (wg_ueber_12)2; break;
    case 16: h->anzahl_mitglieder = 0; break;
    case 17: m->alter = 151; break;
    case 18: m->hat_geburtsdatum = true; m->geburtsdatum = (wg_datum){h->stichtag.jahr + 1, 1, 1}; break;
    case 19: m->hat_geburtsdatum = true; m->geburtsdatum = (wg_datum){1970, 2, 30}; break;
    case 20: m->hat_jahreseinkommen = true; m->jahreseinkommen_cent = -1; break;
    case 21: posten.art = WG_ART_ANZAHL; m->einkommen = &posten; m->anzahl_einkommen = 1; break;
    case 22: posten.betrag_cent = -1; m->einkommen = &posten; m->anzahl_einkommen = 1; break;
    case 23:
        posten.hat_werbungskosten = true;
        posten.werbungskosten_jahr_cent = -1;
        m->einkommen = &posten;
        m->anzahl_einkommen = 1;
        break;
    case 24: zahlung.empfaenger = WG_UNTERHALT_ANZAHL; m->unterhalt = &zahlung; m->anzahl_unterhalt = 1; break;
    case 25: zahlung.betrag_cent = -1; m->unterhalt = &zahlung; m->anzahl_unterhalt = 1; break;
    case 26: m->einkommen = NULL; m->anzahl_einkommen = 1; break;
    case 27: h->mitglieder = NULL; break;
    default: h->rechtsstand = "1999"; break;
    }
}

Test(nur_betrag, ungueltig_immer_uebergeben)
{
    vergleich v;
    vergleich_start(&v);
    speicher *s = malloc(sizeof *s);
    zufall_saat(99);
    for (int i = 0; i < 29000; i++) {
        zufallshaushalt(s, 2016, 2027);
        s->h.hat_zeitraum = false;
        s->h.rechtsstand = NULL;
        if (s->h.stichtag.jahr < 2023 && i % ANZAHL_FEHLERARTEN >= 3 && i % ANZAHL_FEHLERARTEN <= 5)
            s->h.stichtag.jahr = 2023; /* Gemeinde errors need a list */
        verderben(s, i % ANZAHL_FEHLERARTEN);
        char wer[64];
        snprintf(wer, sizeof wer, "Haushalt %d, Fehlerart %d", i, i % ANZAHL_FEHLERARTEN);
        cr_assert_neq(pruefen(&v, &s->h, wer), WG_OK, "%s: no error", wer);
    }
    cr_assert_eq(v.selbst, 0);
    cr_assert_eq(v.gepackt, 0);
    free(s);
    vergleich_ende(&v);
}

Test(nur_betrag, ohne_herleitung)
{
    /* the option promises no derivation values and no steps, also when it hands over */
    vergleich v;
    vergleich_start(&v);
    speicher *s = malloc(sizeof *s);
    zufall_saat(7);
    zufallshaushalt(s, 2025, 2025);
    s->h.hat_zeitraum = false;
    s->h.rechtsstand = "2025"; /* handed over */
    cr_assert_eq(wg_berechnen(v.e, &s->h, v.kurz, WG_NUR_BETRAG), WG_OK);
    cr_assert_eq(wg_ergebnis_anzahl_schritte(v.kurz), 0);
    for (int w = 0; w < WG_W_ANZAHL; w++) cr_assert_null(wg_ergebnis_wert(v.kurz, (wg_wert)w));
    cr_assert_not_null(wg_ergebnis_rechtsstand(v.kurz));
    free(s);
    vergleich_ende(&v);
}
