/*
 * Sätze (wg_satz_packen, wg_satz_berechnen; calc/satz.c, calc/nur_betrag.c): the contract of
 * the API — sizes, a too small or misaligned buffer, NULL arguments, Sätze stored back to back,
 * a Satz standing alone after its household is gone, and a Satz computed with an engine whose
 * tables lack its Rechtsstand or Gemeinde. That every Satz computes to what wg_berechnen says
 * is checked on every golden case and on 200 000 random households in test_nur_betrag.c
 * (wgi_satz_vergleichen), and by the fuzzer.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formel.h"
#include "rechnung.h"
#include "satz.h"
#include "satz_format.h"
#include "zufall.h"

static wg_engine *oeffnen(void)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    cr_assert_not_null(e, "%s", f.meldung);
    return e;
}

/* A household of two members with three income items, in the order Arbeitslohn, Rente,
 * Arbeitslohn: packing groups them by art. */
typedef struct beispiel {
    wg_einkommen e1[3], e2[1];
    wg_mitglied m[2];
    wg_haushalt h;
} beispiel;

static void beispiel_fuellen(beispiel *b)
{
    wg_haushalt_init(&b->h);
    b->h.id = "satz-1";
    b->h.stichtag = (wg_datum){2025, 3, 1};
    b->h.mietenstufe = 4;
    b->h.hat_wohnkosten = true;
    b->h.wohnkosten_cent = 78000;
    for (int i = 0; i < 2; i++) wg_mitglied_init(&b->m[i]);
    for (int i = 0; i < 3; i++) wg_einkommen_init(&b->e1[i]);
    wg_einkommen_init(&b->e2[0]);
    b->e1[0] = (wg_einkommen){.art = WG_ART_ARBEITSLOHN, .betrag_cent = 95000};
    b->e1[1] = (wg_einkommen){.art = WG_ART_RENTE, .betrag_cent = 31000};
    b->e1[2] = (wg_einkommen){.art = WG_ART_ARBEITSLOHN, .betrag_cent = 12000};
    b->e2[0] = (wg_einkommen){.art = WG_ART_MINIJOB_PAUSCHAL, .betrag_cent = 52000};
    b->m[0].einkommen = b->e1;
    b->m[0].anzahl_einkommen = 3;
    b->m[0].abzug_kranken_pflege = true;
    b->m[1].einkommen = b->e2;
    b->m[1].anzahl_einkommen = 1;
    b->m[1].kind_eines_mitglieds = true;
    b->m[1].alter = 19;
    b->h.mitglieder = b->m;
    b->h.anzahl_mitglieder = 2;
}

/* The amount wg_berechnen gives, without options. */
static int64_t betrag_voll(const wg_engine *e, const wg_haushalt *h)
{
    wg_ergebnis *r = wg_ergebnis_neu();
    cr_assert_eq(wg_berechnen(e, h, r, 0), WG_OK);
    int64_t w = wg_ergebnis_wohngeld_monat(r);
    wg_ergebnis_frei(r);
    return w;
}

Test(satz, groesse_und_puffer)
{
    wg_engine *e = oeffnen();
    beispiel b;
    beispiel_fuellen(&b);
    /* header 64 bytes, a member 24, an item 24 */
    const size_t laenge = wg_satz_packen(e, &b.h, NULL, 0);
    cr_assert_eq(laenge, 64 + 2 * 24 + 4 * 24);
    uint64_t puffer[64];
    memset(puffer, 0x77, sizeof puffer);
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, laenge - 1), laenge, "a too small buffer: the size is told");
    for (size_t i = 0; i < sizeof puffer; i++) cr_assert_eq(((unsigned char *)puffer)[i], 0x77, "untouched");
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, laenge), laenge);
    cr_assert_eq(wg_satz_laenge(puffer), laenge);
    cr_assert_eq(((unsigned char *)puffer)[laenge], 0x77, "nothing written behind the Satz");
    /* misaligned */
    cr_assert_eq(wg_satz_packen(e, &b.h, (unsigned char *)puffer + 4, sizeof puffer - 8), 0);
    wg_kurz k;
    cr_assert_eq(wg_satz_berechnen(e, puffer, sizeof puffer, &k), WG_OK);
    cr_assert_eq(k.wohngeld_monat, betrag_voll(e, &b.h));
    cr_assert(k.anspruch);
    cr_assert_str_eq(k.rechtsstand->id, "2025");
    cr_assert_eq(k.n, 2);
    cr_assert_eq(k.mietenstufe, 4);
    wg_engine_schliessen(e);
}

Test(satz, null_und_falsche_argumente)
{
    wg_engine *e = oeffnen();
    beispiel b;
    beispiel_fuellen(&b);
    uint64_t puffer[64];
    cr_assert_eq(wg_satz_packen(NULL, &b.h, puffer, sizeof puffer), 0);
    cr_assert_eq(wg_satz_packen(e, NULL, puffer, sizeof puffer), 0);
    cr_assert_eq(wg_satz_laenge(NULL), 0);
    wg_kurz k;
    cr_assert_eq(wg_satz_berechnen(e, NULL, sizeof puffer, &k), WG_E_ARGUMENT);
    cr_assert_eq(k.status, WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 64 + 2 * 24 + 4 * 24);
    cr_assert_eq(wg_satz_berechnen(NULL, puffer, sizeof puffer, &k), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_berechnen(e, puffer, sizeof puffer, NULL), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_berechnen(e, (unsigned char *)puffer + 4, sizeof puffer - 8, &k), WG_E_ARGUMENT);
    /* what wg_berechnen alone decides: no Satz */
    b.h.rechtsstand = "2025";
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    b.h.rechtsstand = NULL;
    b.h.hat_zeitraum = true;
    b.h.von_jahr = b.h.bis_jahr = 2025;
    b.h.von_monat = 1;
    b.h.bis_monat = 6;
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    b.h.hat_zeitraum = false;
    b.e1[1].betrag_cent = -1; /* a negative pension */
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    cr_assert_eq(wg_satz_packen(e, &b.h, NULL, 0), 0, "the size query checks too");
    wg_engine_schliessen(e);
}

Test(satz, allein_nach_dem_packen)
{
    /* a Satz keeps no pointer into its household: the household overwritten, the Satz copied */
    wg_engine *e = oeffnen();
    speicher *s = malloc(sizeof *s);
    zufall_saat(31);
    long gepackt = 0;
    for (int i = 0; i < 2000; i++) {
        zufallshaushalt(s, 2016, 2026);
        size_t laenge = wg_satz_packen(e, &s->h, NULL, 0);
        if (laenge == 0) continue;
        uint64_t *satz = malloc(laenge);
        cr_assert_eq(wg_satz_packen(e, &s->h, satz, laenge), laenge);
        int64_t soll = betrag_voll(e, &s->h);
        memset(s, 0xEE, sizeof *s);
        uint64_t *kopie = malloc(laenge);
        memcpy(kopie, satz, laenge);
        memset(satz, 0, laenge);
        free(satz);
        wg_kurz k;
        cr_assert_eq(wg_satz_berechnen(e, kopie, laenge, &k), WG_OK);
        cr_assert_eq(k.wohngeld_monat, soll, "Haushalt %d", i);
        free(kopie);
        gepackt++;
    }
    cr_assert_geq(gepackt, 1600);
    free(s);
    wg_engine_schliessen(e);
}

Test(satz, hintereinander)
{
    /* Sätze back to back in one buffer, walked with wg_satz_laenge */
    wg_engine *e = oeffnen();
    speicher *s = malloc(sizeof *s);
    enum { ANZAHL = 5000 };
    size_t kap = 4u << 20, belegt = 0, n = 0;
    unsigned char *saetze = malloc(kap);
    int64_t *soll = malloc(ANZAHL * sizeof *soll);
    zufall_saat(32);
    for (int i = 0; i < ANZAHL; i++) {
        zufallshaushalt(s, 2016, 2026);
        size_t l = wg_satz_packen(e, &s->h, saetze + belegt, kap - belegt);
        if (l == 0) continue;
        cr_assert_leq(l, kap - belegt);
        belegt += l;
        soll[n++] = betrag_voll(e, &s->h);
    }
    size_t i = 0;
    for (const unsigned char *z = saetze; z < saetze + belegt; z += wg_satz_laenge(z), i++) {
        wg_kurz k;
        cr_assert_eq(wg_satz_berechnen(e, z, (size_t)(saetze + belegt - z), &k), WG_OK);
        cr_assert_eq(k.wohngeld_monat, soll[i], "Satz %zu", i);
    }
    cr_assert_eq(i, n);
    cr_assert_geq(n, 4000);
    free(soll);
    free(saetze);
    free(s);
    wg_engine_schliessen(e);
}

/* An engine with the compiled-in tables except those whose name contains one of the parts. */
static wg_engine *oeffnen_ohne(const char *teil1, const char *teil2)
{
    const char *texte[32], *namen[32];
    size_t n = 0;
    cr_assert_lt(wgi_eingebaute_tabellen_anzahl, 32);
    for (size_t i = 0; i < wgi_eingebaute_tabellen_anzahl; i++) {
        const char *name = wgi_eingebaute_tabellen_namen[i];
        if (strstr(name, teil1) || (teil2 && strstr(name, teil2))) continue;
        texte[n] = wgi_eingebaute_tabellen[i];
        namen[n++] = name;
    }
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen_texte(texte, namen, n, &f);
    cr_assert_not_null(e, "%s", f.meldung);
    return e;
}

Test(satz, andere_tabellen)
{
    /* a Satz is checked against the engine it was packed with; another engine's tables may lack
     * its Gemeinde or its Rechtsstand, and the status says so */
    wg_engine *e = oeffnen();
    wg_engine *ohne_listen = oeffnen_ohne("mietenstufen", NULL);
    wg_engine *ohne_2025 = oeffnen_ohne("p2025", "p2027");
    beispiel b;
    beispiel_fuellen(&b);
    b.h.mietenstufe = 0;
    b.h.gemeinde = "04011000"; /* Bremen */
    uint64_t puffer[64];
    cr_assert_gt(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    wg_kurz k;
    cr_assert_eq(wg_satz_berechnen(e, puffer, sizeof puffer, &k), WG_OK);
    cr_assert_eq(k.mietenstufe, 4);
    cr_assert_eq(wg_satz_berechnen(ohne_listen, puffer, sizeof puffer, &k), WG_E_GEMEINDE_UNBEKANNT);
    cr_assert_eq(k.status, WG_E_GEMEINDE_UNBEKANNT);
    cr_assert_eq(wg_satz_berechnen(ohne_2025, puffer, sizeof puffer, &k), WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT);
    cr_assert_eq(wg_satz_packen(ohne_listen, &b.h, puffer, sizeof puffer), 0, "that engine cannot pack it");
    wg_engine_schliessen(ohne_2025);
    wg_engine_schliessen(ohne_listen);
    wg_engine_schliessen(e);
}

Test(satz, ungesichert)
{
    /* a Stichtag after the last day of known law: the hint's flag */
    wg_engine *e = oeffnen();
    beispiel b;
    beispiel_fuellen(&b);
    b.h.stichtag = (wg_datum){2031, 1, 1};
    uint64_t puffer[64];
    cr_assert_gt(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    wg_kurz k;
    cr_assert_eq(wg_satz_berechnen(e, puffer, sizeof puffer, &k), WG_OK);
    cr_assert(k.rechtsstand_ungesichert);
    cr_assert_eq(k.wohngeld_monat, betrag_voll(e, &b.h));
    b.h.stichtag = (wg_datum){2025, 1, 1};
    cr_assert_gt(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    cr_assert_eq(wg_satz_berechnen(e, puffer, sizeof puffer, &k), WG_OK);
    cr_assert_not(k.rechtsstand_ungesichert);
    wg_engine_schliessen(e);
}

Test(satz, seltene_posten)
{
    /* members whose income takes the general way (Werbungskosten, Elterngeld, § 17a) beside
     * members with grouped items, in one household */
    wg_engine *e = oeffnen();
    beispiel b;
    beispiel_fuellen(&b);
    uint64_t puffer[64];
    wg_kurz k;
    for (int fall = 0; fall < 4; fall++) {
        beispiel_fuellen(&b);
        if (fall == 1) {
            b.e1[2].hat_werbungskosten = true;
            b.e1[2].werbungskosten_jahr_cent = 250000;
        } else if (fall == 2) {
            b.e2[0] = (wg_einkommen){.art = WG_ART_ELTERNGELD, .betrag_cent = 90000, .plus = true};
        } else if (fall == 3) {
            b.m[0].grundrentenzeiten_33_jahre = true;
        }
        cr_assert_gt(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
        cr_assert_eq(wg_satz_berechnen(e, puffer, sizeof puffer, &k), WG_OK);
        cr_assert_eq(k.wohngeld_monat, betrag_voll(e, &b.h), "Fall %d", fall);
    }
    wg_engine_schliessen(e);
}

/* a Satz in a buffer of exactly n bytes (ASan sees any read beyond), computed */
static wg_status genau_rechnen(const wg_engine *e, const void *satz, size_t n, wg_kurz *k)
{
    void *p = malloc(n ? n : 8);
    cr_assert_not_null(p);
    memcpy(p, satz, n);
    wg_status st = wg_satz_berechnen(e, p, n, k);
    cr_assert_eq(st, k->status);
    if (st == WG_OK) cr_assert(wgi_satz_gueltig(p, n), "computed, so it must be a valid Satz");
    free(p);
    return st;
}

Test(satz, beschaedigt_oder_zu_kurz)
{
    wg_engine *e = oeffnen();
    beispiel b;
    beispiel_fuellen(&b);
    uint64_t puffer[64];
    const size_t laenge = wg_satz_packen(e, &b.h, puffer, sizeof puffer);
    cr_assert_gt(laenge, 0);
    wg_kurz k;
    cr_assert_eq(genau_rechnen(e, puffer, laenge, &k), WG_OK);
    const int64_t soll = k.wohngeld_monat;
    /* every shorter length: refused, nothing read beyond it */
    for (size_t n = 0; n < laenge; n++) cr_assert_eq(genau_rechnen(e, puffer, n, &k), WG_E_SATZ_UNGUELTIG, "Länge %zu", n);
    /* the counts and magnitudes a damaged byte could turn into a read beyond the Satz or an overflow */
    uint64_t kopie[64];
    satz_kopf *kopf = (satz_kopf *)(void *)kopie;
    satz_mitglied *m0 = (satz_mitglied *)(void *)(kopf + 1);
    static const char *const faelle[] = {"Länge kleiner als der Kopf", "Mitglieder 3", "Mitglieder 101", "Einkommen 4", "Einkommen 51",
                                         "Unterhalt 1", "Miete über 10^9 EUR", "Miete negativ", "Länge größer",
                                         "Stichtag 31.02.", "Mietenstufe 8", "unbekannter Schalter", "Alter 200",
                                         "Einkunftsart 99", "Gruppe nicht beendet"};
    for (size_t f = 0; f < sizeof faelle / sizeof faelle[0]; f++) {
        memcpy(kopie, puffer, laenge);
        satz_posten *po = (satz_posten *)(m0 + 1);
        switch (f) {
        case 0: kopf->laenge = 8; break;
        case 1: kopf->anzahl_mitglieder = 3; break;
        case 2: kopf->anzahl_mitglieder = 101; break;
        case 3: m0->anzahl_einkommen = 4; break;
        case 4: m0->anzahl_einkommen = 51; break;
        case 5: m0->anzahl_unterhalt = 1; break;
        case 6: kopf->wohnkosten_cent = WG_MAX_BETRAG_CENT + 1; break;
        case 7: kopf->wohnkosten_cent = -1; break;
        case 8: kopf->laenge = (uint32_t)laenge + 8; break;
        case 9: kopf->monat = 2; kopf->tag = 31; break;
        case 10: kopf->mietenstufe = 8; break;
        case 11: kopf->schalter |= 1u << 20; break;
        case 12: m0->alter = 200; break;
        case 13: po[0].art = 99; break;
        case 14: po[0].merkmale &= (uint8_t)~WGI_SP_ENDE; po[1].merkmale &= (uint8_t)~WGI_SP_ENDE; break;
        default: break;
        }
        cr_assert_eq(genau_rechnen(e, kopie, laenge, &k), WG_E_SATZ_UNGUELTIG, "%s", faelle[f]);
    }
    /* every byte damaged in turn (eight patterns): a clear status or a valid Satz, never a crash */
    size_t gueltig = 0;
    for (size_t i = 0; i < laenge; i++)
        for (int bit = 0; bit < 8; bit++) {
            memcpy(kopie, puffer, laenge);
            ((unsigned char *)kopie)[i] ^= (unsigned char)(1u << bit);
            wg_status st = genau_rechnen(e, kopie, laenge, &k);
            cr_assert(st == WG_OK || st == WG_E_SATZ_UNGUELTIG || st == WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT ||
                          st == WG_E_GEMEINDE_UNBEKANNT || st == WG_E_MIETENSTUFE_UNGUELTIG,
                      "Byte %zu Bit %d: %s", i, bit, wg_status_code(st));
            gueltig += st == WG_OK;
        }
    cr_assert_gt(gueltig, 0, "some damage leaves a valid Satz (an amount, a flag)");
    /* and the undamaged Satz still computes to its amount */
    cr_assert_eq(genau_rechnen(e, puffer, laenge, &k), WG_OK);
    cr_assert_eq(k.wohngeld_monat, soll);
    wg_engine_schliessen(e);
}

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

Test(satz, fuzzer_funde)
{
    /* every damaged Satz the fuzzer once broke (tests/regression/satz-*), through the harness
     * itself (fuzz/satz.c is linked in): it aborts on any violated invariant */
    char pfad[512];
    snprintf(pfad, sizeof pfad, "%s/tests/regression", WG_QUELLE);
    DIR *d = opendir(pfad);
    cr_assert_not_null(d);
    int anzahl = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (strncmp(de->d_name, "satz-", 5) != 0) continue;
        char datei[1024];
        snprintf(datei, sizeof datei, "%s/%s", pfad, de->d_name);
        FILE *fd = fopen(datei, "rb");
        cr_assert_not_null(fd);
        static unsigned char buf[1 << 16];
        size_t n = fread(buf, 1, sizeof buf, fd);
        fclose(fd);
        cr_assert_eq(LLVMFuzzerTestOneInput(buf, n), 0, "%s", de->d_name);
        anzahl++;
    }
    closedir(d);
    cr_assert_gt(anzahl, 0);
}
