/*
 * meldepflicht.c — "um mehr als p Prozent" of § 27 WoGG, and the reporting limits of § 27 Abs. 3
 * as the amounts a Bewilligungsbescheid prints (§ 24 Abs. 3 Satz 1: the monthly rent or
 * Belastung and the sum of monthly positive Einkünfte and Einnahmen it rests on).
 *
 * Exports (regeln.h): wgi_mehr_als_prozent, wgi_meldegrenze_miete, wgi_meldegrenze_einkuenfte.
 * Both limits are found by the comparison the running case applies (wgi_mehr_als_prozent), so
 * the letter's amount and the engine's later test of the reporting duty cannot disagree.
 */
#include "regeln.h"

/* § 27 Abs. 1, 2 and 3 WoGG: "um mehr als p Prozent erhöht" (steigt) or "verringert" — the new value
 * a_neu/n_neu against the old a_alt/n_alt, exact fractions cross-multiplied, strict ("mehr als"). */
bool wgi_mehr_als_prozent(__int128 a_alt, int64_t n_alt, __int128 a_neu, int64_t n_neu, int64_t p, bool steigt)
{
    const __int128 l = a_neu * n_alt * 100, rr = a_alt * n_neu * (steigt ? 100 + p : 100 - p);
    return steigt ? l > rr : l < rr;
}

/* § 27 Abs. 3 Satz 1 Nr. 2: the largest rent in cents that is more than p % below miete_cent
 * (the household must report a rent at or below it); -1 when none is (miete 0). */
int64_t wgi_meldegrenze_miete(int64_t miete_cent, int64_t p)
{
    if (miete_cent <= 0) return -1;
    /* a first guess by the formula, then the rule itself decides the last cent */
    int64_t x = (int64_t)(((__int128)miete_cent * (100 - p)) / 100);
    while (x >= 0 && !wgi_mehr_als_prozent(miete_cent, 1, x, 1, p, false)) x--;
    while (wgi_mehr_als_prozent(miete_cent, 1, x + 1, 1, p, false)) x++;
    return x;
}

/* § 27 Abs. 3 Satz 1 Nr. 3: the smallest monthly sum in cents whose twelvefold is more than p %
 * above the yearly sum einkuenfte_jahr (1/10 000 EUR) — the household must report a sum at or
 * above it. */
int64_t wgi_meldegrenze_einkuenfte(wgi_b4 einkuenfte_jahr, int64_t p)
{
    /* a monthly cent is 12 × 100 b4 per year */
    int64_t y = (int64_t)(((__int128)einkuenfte_jahr * (100 + p)) / ((__int128)100 * 12 * WGI_B4_CENT));
    while (y > 0 && wgi_mehr_als_prozent(einkuenfte_jahr, 1, (__int128)(y - 1) * 12 * WGI_B4_CENT, 1, p, true)) y--;
    while (!wgi_mehr_als_prozent(einkuenfte_jahr, 1, (__int128)y * 12 * WGI_B4_CENT, 1, p, true)) y++;
    return y;
}
