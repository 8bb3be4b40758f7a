/*
 * Sätze (wg_satz_packen, wg_satz_berechnen; calc/satz.c, calc/nur_betrag.c): the contract of
 * the API — sizes, a too small or misaligned buffer, NULL arguments, Sätze stored back to back,
 * a Satz standing alone after its household is gone, and a Satz computed with an engine whose
 * tables lack its Rechtsstand or Gemeinde. That every Satz computes to what wg_berechnen says
 * is checked on every golden case and on 200 000 random households in test_nur_betrag.c
 * (wg_satz_vergleichen), and by the fuzzer.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "intern.h"
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
    cr_assert_eq(wg_satz_berechnen(e, puffer, &k), WG_OK);
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
    cr_assert_eq(wg_satz_berechnen(e, NULL, &k), WG_E_ARGUMENT);
    cr_assert_eq(k.status, WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 64 + 2 * 24 + 4 * 24);
    cr_assert_eq(wg_satz_berechnen(NULL, puffer, &k), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_berechnen(e, puffer, NULL), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_berechnen(e, (unsigned char *)puffer + 4, &k), WG_E_ARGUMENT);
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
        cr_assert_eq(wg_satz_berechnen(e, kopie, &k), WG_OK);
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
        cr_assert_eq(wg_satz_berechnen(e, z, &k), WG_OK);
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
    cr_assert_lt(wg_eingebaute_tabellen_anzahl, 32);
    for (size_t i = 0; i < wg_eingebaute_tabellen_anzahl; i++) {
        const char *name = wg_eingebaute_tabellen_namen[i];
        if (strstr(name, teil1) || (teil2 && strstr(name, teil2))) continue;
        texte[n] = wg_eingebaute_tabellen[i];
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
    cr_assert_eq(wg_satz_berechnen(e, puffer, &k), WG_OK);
    cr_assert_eq(k.mietenstufe, 4);
    cr_assert_eq(wg_satz_berechnen(ohne_listen, puffer, &k), WG_E_GEMEINDE_UNBEKANNT);
    cr_assert_eq(k.status, WG_E_GEMEINDE_UNBEKANNT);
    cr_assert_eq(wg_satz_berechnen(ohne_2025, puffer, &k), WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT);
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
    cr_assert_eq(wg_satz_berechnen(e, puffer, &k), WG_OK);
    cr_assert(k.rechtsstand_ungesichert);
    cr_assert_eq(k.wohngeld_monat, betrag_voll(e, &b.h));
    b.h.stichtag = (wg_datum){2025, 1, 1};
    cr_assert_gt(wg_satz_packen(e, &b.h, puffer, sizeof puffer), 0);
    cr_assert_eq(wg_satz_berechnen(e, puffer, &k), WG_OK);
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
        cr_assert_eq(wg_satz_berechnen(e, puffer, &k), WG_OK);
        cr_assert_eq(k.wohngeld_monat, betrag_voll(e, &b.h), "Fall %d", fall);
    }
    wg_engine_schliessen(e);
}
