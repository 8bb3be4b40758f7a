/*
 * zahl.h — exact fixed-point numbers for the money path.
 *
 * No binary floating point is used anywhere in the computation. Two scales:
 *  - wgi_b4:  amounts in 1/10 000 EUR (int64). Inputs are cents; § 16 (10 % steps), § 17a (30 %)
 *            and § 14 Abs. 2 Nr. 27 (half) produce at most tenths of a cent, and WoGV § 6
 *            (1,25 EUR per m² with m² to 1/100) at most 1/10 000 EUR, so every income and rent
 *            value of the law is exact on this scale.
 *  - wgi_z10: ten-decimal fixed point (Anlage 3 Nr. 2 WoGG: "Festkommazahlen mit zehn
 *            Nachkommastellen"), held in a signed 128-bit integer.
 * The limits in wohngeld.h (WG_MAX_*) keep every wgi_b4 sum far below INT64_MAX (see
 * docs/grenzen.md for the bound).
 */
#ifndef WGI_ZAHL_H
#define WGI_ZAHL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef int64_t wgi_b4;
typedef __int128 wgi_z10;

#define WGI_B4_EUR ((wgi_b4)10000)          /* 1 EUR on the b4 scale */
#define WGI_B4_CENT ((wgi_b4)100)           /* 1 cent on the b4 scale */
#define WGI_Z10_EINS ((wgi_z10)10000000000LL) /* 1 on the z10 scale */

/* Rounding of a quotient; see wgi_div_runden. */
typedef enum wgi_rundung {
    WGI_RUNDEN_HALB_WEG_VON_NULL, /* half away from zero ("kaufmännisch") */
    WGI_RUNDEN_ABSCHNEIDEN,       /* toward zero */
    WGI_RUNDEN_ABRUNDEN           /* toward minus infinity (floor) */
} wgi_rundung;

/* num / den (den > 0) rounded as given. */
wgi_z10 wgi_div_runden(wgi_z10 num, wgi_z10 den, wgi_rundung r);

/* 10^k for 0 <= k <= 30 */
wgi_z10 wgi_zehn_hoch(int k);

/* Parses a plain decimal ("-12.5", "0.0004797", "1300") into an integer scaled by 10^stellen.
 * No exponent, no '+', no spaces, at least one digit before the point, at most `stellen`
 * decimals, |value| < 10^18 / 10^stellen. Returns 0 on success, -1 on a syntax error, -2 when
 * there are more decimals than `stellen`, -3 when the value is too large. */
int wgi_dezimal_lesen(const char *s, size_t len, int stellen, int64_t *out);

/* Writes v (scaled by 10^stellen) with exactly `stellen` decimals ("-1.2500"). buf must hold
 * 48 bytes. Returns the length written. */
size_t wgi_dezimal_schreiben(char *buf, wgi_z10 v, int stellen);

/* Writes v (scaled by 10^stellen) with the fewest decimals between `min` and `stellen` that
 * represent it exactly ("0.0004797", "285.00"). */
size_t wgi_dezimal_schreiben_kurz(char *buf, wgi_z10 v, int stellen, int min);

/* v / 10^10 rounded as r: = wgi_div_runden(v, 10^10, r), without a 128-bit division for
 * |v| < 2^94 (every value of a real household): with v = hi·2^64 + lo and 2^64 = Q·10^10 + R
 * (Q = 1 844 674 407, R = 3 709 551 616), v / 10^10 = hi·Q + lo / 10^10 + (hi·R + lo mod 10^10)
 * / 10^10, where hi·R + lo mod 10^10 < 2^30·R + 10^10 < 2^63 — 64-bit divisions by a constant,
 * which the compiler turns into multiplications. The magnitude is divided and the sign put back
 * (half away from zero and toward zero are symmetric; toward minus infinity adds one to the
 * magnitude of a negative inexact quotient); larger values go to wgi_div_runden. */
static inline __attribute__((always_inline)) wgi_z10 wgi_durch_skala(wgi_z10 v, wgi_rundung r)
{
    const uint64_t S = 10000000000u, Q = 1844674407u, R = 3709551616u;
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    uint64_t hi = (uint64_t)(u >> 64), lo = (uint64_t)u;
    if (__builtin_expect(hi >= (1u << 30), 0)) return wgi_div_runden(v, WGI_Z10_EINS, r);
    uint64_t q = lo / S, rest = lo % S;
    if (hi) {
        uint64_t t = hi * R + rest;
        q += hi * Q + t / S;
        rest = t % S;
    }
    if ((r == WGI_RUNDEN_HALB_WEG_VON_NULL && rest >= S / 2) || (r == WGI_RUNDEN_ABRUNDEN && neg && rest != 0)) q++;
    return neg ? -(wgi_z10)q : (wgi_z10)q;
}

#endif
