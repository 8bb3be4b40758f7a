/*
 * § 19 Abs. 1 with the Anlage 3 steps (calc/formel.c, calc/formel_gmp.c): published values,
 * both rounding modes, and the proof that the 128-bit fast path equals the GMP reference.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>

#include "engine.h"
#include "formel.h"
#include "rechnung.h"
#include "regeln.h"
#include "satz.h"
#include "wohngeld.h"

#define E10 ((wgi_z10)10000000000LL)

static wgi_formel formel(int64_t a, int64_t b, int64_t c, wgi_z10 m, wgi_z10 y, wgi_rundung r)
{
    return (wgi_formel){a, b, c, 11500000000LL, m, y, r};
}

static void z_gleich(wgi_z10 ist, const char *soll)
{
    char b[48];
    wgi_dezimal_schreiben(b, ist, 10);
    cr_assert_str_eq(b, soll);
}

Test(formel, bmwsb_beispiel_1)
{
    /* recht.md 8.9: M = 445.40, Y = 1 162.35, P2025 n = 1 */
    wgi_formel f = formel(400000000, 4797000, 408000, 4454 * E10 / 10, 116235 * E10 / 100, WGI_RUNDEN_HALB_WEG_VON_NULL);
    wgi_formel_ergebnis z;
    cr_assert(wgi_formel_schnell(&f, &z));
    z_gleich(z.z1, "0.3010822600");
    z_gleich(z.z2, "349.9629649110");
    z_gleich(z.z3, "95.4370350890");
    z_gleich(z.z4, "109.7525903524");
    f.rundung = WGI_RUNDEN_ABSCHNEIDEN;
    cr_assert(wgi_formel_schnell(&f, &z));
    z_gleich(z.z4, "109.7525903523"); /* recht.md A1: …523 cut off */
}

Test(formel, laenderhinweis_14)
{
    /* recht.md A1: M = 2 018.60, Y = 4 688.25, a, b, c for 12 (P2025); printed z1 = 0,207069345,
     * z2 = 970,7928566963 (half-up of 970,79285669625) */
    wgi_formel f = formel(-1200000000, 1107000, 221000, 201860 * E10 / 100, 468825 * E10 / 100, WGI_RUNDEN_HALB_WEG_VON_NULL);
    wgi_formel_ergebnis z;
    cr_assert(wgi_formel_schnell(&f, &z));
    z_gleich(z.z1, "0.2070693450");
    z_gleich(z.z2, "970.7928566963");
    z_gleich(z.z3, "1047.8071433037");
    z_gleich(z.z4, "1204.9782147993");
    f.rundung = WGI_RUNDEN_ABSCHNEIDEN;
    cr_assert(wgi_formel_schnell(&f, &z));
    z_gleich(z.z2, "970.7928566962");
    z_gleich(z.z3, "1047.8071433038"); /* the printed z3 */
    z_gleich(z.z4, "1204.9782147993");
}

Test(formel, negative_zwischenwerte)
{
    /* a < 0 for large households: z1 can be negative; half-up rounds away from zero. Small M and
     * large Y make z3 and z4 negative. */
    wgi_formel f = formel(-1400000000, 1100000, 600000, 100 * E10, 5000 * E10, WGI_RUNDEN_HALB_WEG_VON_NULL);
    wgi_formel_ergebnis a, b;
    cr_assert(wgi_formel_schnell(&f, &a));
    cr_assert(wgi_formel_gmp(&f, &b));
    cr_assert(a.z4 < 0);
    cr_assert(a.z1 == b.z1 && a.z2 == b.z2 && a.z3 == b.z3 && a.z4 == b.z4);
}

/* xorshift64*: deterministic, seeded */
static uint64_t zufall(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

Test(formel, schnell_gleich_gmp)
{
    /* 200 000 random inputs across the whole proven range, both modes, with values at ten
     * decimals (as M', Y' are) and coefficients with up to ten decimals. */
    uint64_t s = 20250101;
    for (int i = 0; i < 200000; i++) {
        wgi_formel f;
        f.a = (int64_t)(zufall(&s) % 3000000001ULL) - 1500000000;          /* ±0.15 */
        f.b = (int64_t)(zufall(&s) % 10000000ULL);                          /* < 0.001 */
        f.c = (int64_t)(zufall(&s) % 2000000ULL);                           /* < 0.0002 */
        f.faktor = 11500000000LL;
        int art = i % 4;
        wgi_z10 grenze = art == 0 ? (wgi_z10)5000 * E10 : art == 1 ? (wgi_z10)100000 * E10 : (wgi_z10)100000000 * E10;
        f.m = (wgi_z10)(((unsigned __int128)zufall(&s) << 64 | zufall(&s)) % (unsigned __int128)(grenze + 1));
        f.y = (wgi_z10)(((unsigned __int128)zufall(&s) << 64 | zufall(&s)) % (unsigned __int128)(grenze + 1));
        if (art == 3) { f.a = -9999999999LL; f.b = 9999999999LL; f.c = 9999999999LL; f.faktor = 99999999999LL; }
        f.rundung = i & 1 ? WGI_RUNDEN_ABSCHNEIDEN : WGI_RUNDEN_HALB_WEG_VON_NULL;
        wgi_formel_ergebnis x, y;
        cr_assert(wgi_formel_schnell(&f, &x), "fast path must take every input of its range (%d)", i);
        cr_assert(wgi_formel_gmp(&f, &y));
        cr_assert(x.z1 == y.z1 && x.z2 == y.z2 && x.z3 == y.z3 && x.z4 == y.z4, "case %d differs", i);
    }
}

Test(formel, breit_gleich_gmp)
{
    /* the wide range (formel_breit): M or Y between 10^8 and 10^9 EUR, all three rounding modes,
     * extreme coefficients included — against GMP, 200 000 random inputs */
    uint64_t s = 20261207;
    const wgi_z10 grenze = (wgi_z10)1000000000 * E10;
    for (int i = 0; i < 200000; i++) {
        wgi_formel f;
        f.a = (int64_t)(zufall(&s) % 19999999999ULL) - 9999999999LL;
        f.b = (int64_t)(zufall(&s) % 19999999999ULL) - 9999999999LL;
        f.c = (int64_t)(zufall(&s) % 19999999999ULL) - 9999999999LL;
        f.faktor = E10 + (int64_t)(zufall(&s) % (9 * (uint64_t)E10));
        if (i % 5 == 0) { f.a = 9999999999LL; f.b = 9999999999LL; f.c = 9999999999LL; f.faktor = 99999999999LL; }
        if (i % 5 == 1) { f.a = -9999999999LL; f.b = -9999999999LL; f.c = -9999999999LL; }
        f.m = (wgi_z10)(((unsigned __int128)zufall(&s) << 64 | zufall(&s)) % (unsigned __int128)(grenze + 1));
        f.y = (wgi_z10)(((unsigned __int128)zufall(&s) << 64 | zufall(&s)) % (unsigned __int128)(grenze + 1));
        if (i % 7 == 0) f.y = grenze;
        if (i % 11 == 0) f.m = grenze;
        if (i % 13 == 0) f.m = (wgi_z10)(zufall(&s) % 100000) * E10; /* a usual rent beside a huge income */
        f.rundung = i % 3 == 0 ? WGI_RUNDEN_ABSCHNEIDEN : i % 3 == 1 ? WGI_RUNDEN_HALB_WEG_VON_NULL : WGI_RUNDEN_ABRUNDEN;
        wgi_formel_ergebnis x, y;
        cr_assert(wgi_formel_schnell(&f, &x), "the wide range must be taken (%d)", i);
        cr_assert(wgi_formel_gmp(&f, &y));
        cr_assert(x.z1 == y.z1 && x.z2 == y.z2 && x.z3 == y.z3 && x.z4 == y.z4, "case %d differs", i);
    }
}

Test(formel, ausserhalb_des_schnellen_bereichs)
{
    /* Y above 10^9 EUR: the fast paths decline, GMP computes (absurd but valid input: many items) */
    wgi_formel f = formel(400000000, 4797000, 408000, 500 * E10, (wgi_z10)2000000000 * E10, WGI_RUNDEN_HALB_WEG_VON_NULL);
    wgi_formel_ergebnis z;
    cr_assert(!wgi_formel_schnell(&f, &z));
    bool ueberlauf;
    wgi_formel_rechnen(&f, &z, &ueberlauf);
    cr_assert(!ueberlauf);
    cr_assert(z.z4 < 0);
    /* exact check: z1 = 0.04 + 0.0004797 × 500 + 0.0000408 × 2·10^9 = 81600.27985 */
    z_gleich(z.z1, "81600.2798500000");
}

Test(formel, durch_skala_gleich_div_runden)
{
    /* wgi_durch_skala (three 64-bit divisions) against the plain 128-bit division, for every
     * rounding mode: random magnitudes of every bit length up to 2^120 (so also beyond its
     * 2^94 range, where it hands over), both signs, and the rests around one half. */
    uint64_t s = 42;
    const wgi_rundung modi[3] = {WGI_RUNDEN_HALB_WEG_VON_NULL, WGI_RUNDEN_ABSCHNEIDEN, WGI_RUNDEN_ABRUNDEN};
    for (int i = 0; i < 300000; i++) {
        int bits = i % 121;
        unsigned __int128 u = ((unsigned __int128)zufall(&s) << 64 | zufall(&s));
        u = bits == 0 ? 0 : u >> (128 - bits);
        wgi_z10 v = (wgi_z10)u;
        if (i % 7 == 3) v = v / E10 * E10 + E10 / 2;     /* exactly one half */
        if (i % 7 == 4) v = v / E10 * E10 + E10 / 2 - 1; /* just below */
        if (i & 1) v = -v;
        for (int k = 0; k < 3; k++)
            cr_assert(wgi_durch_skala(v, modi[k]) == wgi_div_runden(v, E10, modi[k]), "case %d mode %d", i, k);
    }
    const wgi_z10 rand94 = (wgi_z10)1 << 94;
    for (wgi_z10 v = rand94 - 3 * E10; v < rand94 + 3 * E10; v += E10 / 3)
        for (int k = 0; k < 3; k++) {
            cr_assert(wgi_durch_skala(v, modi[k]) == wgi_div_runden(v, E10, modi[k]));
            cr_assert(wgi_durch_skala(-v, modi[k]) == wgi_div_runden(-v, E10, modi[k]));
        }
}

/* The screening's upper bound (calc/vorpruefung_suche.c, monat_schranke): where a row's formula
 * falls in Y' (wgi_formel_faellt_in_y), no z4 at a larger Y' lies above z4 at the smaller one plus
 * 2·ε(y_lo) + 20 — with the prescribed roundings, both rounding modes, for every period and
 * table row, M' from the smallest to 10 000 EUR, y_lo from the row's smallest to 10^6 EUR and the
 * larger Y' from a hair above it to 10^9 EUR (the open end of an unknown income). And the premise
 * holds for one to four members in every period (a > 0), whatever the minimum values. */
Test(formel, obere_schranke_faellt_in_y)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    cr_assert_not_null(e);
    uint64_t z = 1926;
    int geprueft = 0, zeilen = 0;
    for (int jahr = 2016; jahr <= 2026; jahr++) {
        const wg_datum d = {jahr, 6, 1};
        const wgi_periode *p = wgi_periode_zum_stichtag(e, &d);
        cr_assert_not_null(p);
        for (int ti = 0; ti < WGI_MAX_TAB; ti++) {
            if (ti < 4) cr_assert(wgi_formel_faellt_in_y(p, ti), "%d, %d Mitglieder", jahr, ti + 1);
            if (!wgi_formel_faellt_in_y(p, ti)) continue;
            zeilen++;
            for (int versuch = 0; versuch < 3000; versuch++) {
                z = z * 6364136223846793005ULL + 1442695040888963407ULL;
                const wgi_z10 m_min = (wgi_z10)p->m_min[ti] * 1000000;
                const wgi_z10 y_min = (wgi_z10)p->y_min[ti] * 1000000;
                const wgi_z10 m = m_min + (wgi_z10)((z >> 20) % 1000000) * (WGI_Z10_EINS / 100);
                z = z * 6364136223846793005ULL + 1442695040888963407ULL;
                /* y_lo: cents up to 10^6 EUR, sometimes with ten decimals */
                wgi_z10 y_lo = y_min + (wgi_z10)((z >> 30) % 100000000ULL) * (WGI_Z10_EINS / 100) + (wgi_z10)((z >> 3) % 7 == 0 ? (z >> 10) % 100000000 : 0);
                z = z * 6364136223846793005ULL + 1442695040888963407ULL;
                const int stufe = (int)((z >> 60) % 4);
                const wgi_z10 abstand = stufe == 0 ? (wgi_z10)((z >> 20) % 1000) + 1                       /* a hair */
                                        : stufe == 1 ? (wgi_z10)((z >> 20) % 100000) * (WGI_Z10_EINS / 100) /* up to 1 000 EUR */
                                        : stufe == 2 ? (wgi_z10)((z >> 20) % 100000000) * WGI_Z10_EINS / 100
                                                     : (wgi_z10)((z >> 20) % 1000000000) * WGI_Z10_EINS;    /* up to 10^9 EUR */
                const wgi_z10 y = y_lo + abstand;
                const wgi_rundung rd = (z >> 5) & 1 ? WGI_RUNDEN_HALB_WEG_VON_NULL : WGI_RUNDEN_ABSCHNEIDEN;
                wgi_z10 z4_lo, z4_y;
                if (!wgi_formel_z4(p, ti + 1, m, y_lo, rd, &z4_lo) || !wgi_formel_z4(p, ti + 1, m, y, rd, &z4_y)) continue;
                cr_assert_leq(z4_y, z4_lo + 2 * wgi_formel_epsilon(y_lo) + 20, "%d, Zeile %d, M' %lld, Y' %lld / %lld", jahr, ti,
                              (long long)(m / 1000000), (long long)(y_lo / 1000000), (long long)(y / 1000000));
                geprueft++;
            }
        }
    }
    cr_assert_gt(geprueft, 100000, "%d", geprueft);
    fprintf(stderr, "obere Schranke: %d Zeilen, %d Paare\n", zeilen, geprueft);
    wg_engine_schliessen(e);
}
