/*
 * formel.h — the formula of § 19 Abs. 1 with the steps of Anlage 3 Nr. 2 on the ten-decimal
 * scale: the general way (formel.c: 128-bit integers, GMP beyond), and the short ways inline for
 * the bulk path. docs/arithmetik.md proves the ranges.
 *
 * Exports: wgi_formel, wgi_formel_ergebnis, wgi_formel_schnell, wgi_formel_gmp, wgi_formel_rechnen,
 * and inline wgi_skala_klein, wgi_formel_kurz, wgi_formel_64.
 */
#ifndef WGI_FORMEL_H
#define WGI_FORMEL_H

#include <stdbool.h>
#include <stdint.h>

#include "zahl.h"

/* ---- the formula of § 19 Abs. 1 with the Anlage 3 steps (formel.c, formel_gmp.c) ---- */
typedef struct wgi_formel {
    wgi_z10 a, b, c, faktor;   /* z10 */
    wgi_z10 m, y;              /* M', Y' on the z10 scale (already at ten decimals) */
    wgi_rundung rundung;
} wgi_formel;
typedef struct wgi_formel_ergebnis { wgi_z10 z1, z2, z3, z4; } wgi_formel_ergebnis;
/* Fast path on 128-bit integers; returns false when the inputs are outside its proven range. */
bool wgi_formel_schnell(const wgi_formel *f, wgi_formel_ergebnis *out);
/* Reference on GMP integers; any magnitude. Returns false only when a result does not fit z10. */
bool wgi_formel_gmp(const wgi_formel *f, wgi_formel_ergebnis *out);
void wgi_formel_rechnen(const wgi_formel *f, wgi_formel_ergebnis *out, bool *ueberlauf);

/* ⌊v / 10^10⌋, or rounded half up, for 0 <= v < 2^74: ⌊v / 10^10⌋ = ⌊⌊v / 2^10⌋ / 5^10⌋ and
 * ⌊v / 2^10⌋ < 2^64, so one 64-bit division by a constant; the rest (< 10^10) follows from
 * the low 64 bits alone. */
static inline __attribute__((always_inline)) uint64_t wgi_skala_klein(unsigned __int128 v, bool halb)
{
    uint64_t q = (uint64_t)(v >> 10) / 9765625u;
    uint64_t rest = (uint64_t)v - q * 10000000000u;
    return q + (halb && rest >= 5000000000u);
}

/* The short way itself (see below), for coefficients already known to satisfy 0 <= a, b, c < 1
 * and 1 <= faktor < 10 (the bulk path keeps this per period: wgi_periode.formel_kurz) and for
 * 0 <= M, Y <= 10^8 EUR, rounding half away from zero (halb) or toward zero. False when an
 * intermediate leaves the 2^74 range of wgi_skala_klein: then the general way. */
static inline __attribute__((always_inline)) bool wgi_formel_kurz(uint64_t a, uint64_t b, uint64_t c, uint64_t faktor,
                                                                 uint64_t m, uint64_t y, bool halb,
                                                                 wgi_formel_ergebnis *out)
{
    const uint64_t S = 10000000000u;
    const unsigned __int128 GRENZE = (unsigned __int128)1 << 74;
    unsigned __int128 x = (unsigned __int128)b * m + (unsigned __int128)c * y;
    if (x >= GRENZE) return false;
    uint64_t z1 = a + wgi_skala_klein(x, halb); /* < 10^10 + 2^74 / 10^10 */
    uint64_t yg = y / S, yr = y % S;
    unsigned __int128 t = (unsigned __int128)z1 * yr;
    if (t >= GRENZE) return false;
    wgi_z10 z2 = (wgi_z10)z1 * yg + (wgi_z10)wgi_skala_klein(t, halb);
    wgi_z10 z3 = (wgi_z10)m - z2;
    /* |z3| and the sign back on z4 without a branch (z3's sign follows the income) */
    const wgi_z10 vz = z3 >> 127;
    unsigned __int128 betrag = (unsigned __int128)((z3 ^ vz) - vz);
    if (betrag >= ((unsigned __int128)1 << 63)) return false;
    uint64_t bg = (uint64_t)betrag / S, br = (uint64_t)betrag % S;
    wgi_z10 z4 = (wgi_z10)faktor * bg + (wgi_z10)wgi_skala_klein((unsigned __int128)faktor * br, halb);
    out->z1 = z1;
    out->z2 = z2;
    out->z3 = z3;
    out->z4 = (z4 ^ vz) - vz;
    return true;
}

/* The steps of wgi_formel_schnell on operands inside its proven range (|a|, |b|, |c| < 1,
 * 1 <= faktor < 10, 0 <= M, Y <= 10^8 EUR; see formel.c): every factor fits 64 bits (|z1| <
 * 3·10^18), so each product is one 64 × 64 → 128-bit multiplication; only z3 may need 128 bits.
 * Returns false outside that range. Inline for the bulk path.
 *
 * The usual case — a, b, c >= 0, rounding half away from zero or toward zero — takes a shorter
 * way with the same results (wgi_formel_kurz): a whole multiple of 10^10 can be taken out of a
 * rounding of a non-negative value (round(a·10^10 + x) = a + round(x); z1·Y = z1·⌊Y⌋·10^10 +
 * z1·(Y mod 1); faktor·z3 likewise with z3's whole part), and what is left stays below 2^74
 * (checked, else the general way), where wgi_skala_klein divides. Both rounding modes are
 * symmetric, so a negative z3 is rounded as its magnitude. tests/test_formel.c compares all of
 * it with GMP. */
static inline __attribute__((always_inline)) bool wgi_formel_64(int64_t a, int64_t b, int64_t c, int64_t faktor, int64_t m, int64_t y, wgi_rundung r,
                                wgi_formel_ergebnis *out)
{
    const int64_t S = 10000000000LL, MAX_WERT = 100000000LL * 10000000000LL;
    if (a <= -S || a >= S || b <= -S || b >= S || c <= -S || c >= S || faktor < S || faktor >= 10 * S || m < 0 ||
        m > MAX_WERT || y < 0 || y > MAX_WERT)
        return false;
    if (a >= 0 && b >= 0 && c >= 0 && r != WGI_RUNDEN_ABRUNDEN &&
        wgi_formel_kurz((uint64_t)a, (uint64_t)b, (uint64_t)c, (uint64_t)faktor, (uint64_t)m, (uint64_t)y,
                       r == WGI_RUNDEN_HALB_WEG_VON_NULL, out))
        return true;
    out->z1 = wgi_durch_skala((wgi_z10)a * S + (wgi_z10)b * m + (wgi_z10)c * y, r);
    out->z2 = wgi_durch_skala((wgi_z10)(int64_t)out->z1 * y, r);
    out->z3 = m - out->z2;
    out->z4 = wgi_durch_skala(out->z3 == (int64_t)out->z3 ? (wgi_z10)faktor * (int64_t)out->z3 : faktor * out->z3, r);
    return true;
}

#endif
