/*
 * formel.c — § 19 Abs. 1 WoGG with the calculation steps of Anlage 3 Nr. 2 (Anlage 2 in P2016):
 *
 *   z1 = a + b·M + c·Y,   z2 = z1·Y,   z3 = M − z2,   z4 = 1,15·z3
 *
 * "Hierbei sind die Dezimalzahlen als Festkommazahlen mit zehn Nachkommastellen zu berechnen."
 * Each z is computed exactly and then brought to ten decimals with the zwischenrundung mode
 * (recht.md A1: half away from zero by default, or truncation toward zero).
 *
 * This is the fast path on signed 128-bit integers. Its range is proven below; outside it the
 * GMP reference (formel_gmp.c) computes the same steps. tests/test_formel.c checks on random
 * inputs that both give identical z1–z4.
 *
 * Range proof for the fast path, all values on the z10 scale (10^-10) (M or Y up to 10^9 EUR:
 * formel_breit below):
 *   |a|, |b|, |c| < 1        → < 10^10;   1 <= faktor < 10 → < 10^11;
 *   0 <= M, Y <= 10^8 EUR    → <= 10^18.
 *   b·M, c·Y < 10^28; a·10^10 < 10^20;  z1 < 2·10^8 EUR + 1 → |z1| < 3·10^18 (z10).
 *   z1·Y < 3·10^36;  z2 < 3·10^26;  |z3| < 4·10^26;  faktor·z3 < 4·10^37 < 1.7·10^38 = INT128_MAX.
 */
#include "formel.h"

static const wgi_z10 SKALA = 10000000000LL;

/* The wide range, for M or Y above 10^8 EUR up to 10^9 EUR (the largest amount a record may give,
 * WG_MAX_BETRAG_CENT; the screening's open upper ends reach it): |z1| < 2·10^19 no longer fits
 * 64 bits and z1·Y (< 2·10^38) nor faktor·z3 (< 2·10^39) fit 128. Both products are split at
 * the scale, x = ⌊x / 10^10⌋·10^10 + (x mod 10^10), and the whole part taken out of the rounding:
 * round(k + v) = k + round(v) for an integer k of the sign of v (all three modes) —
 *   z2 = z1·⌊Y⌋ + round(z1·(Y mod 1)),
 *   z4 = ±(faktor·⌊|z3|⌋) + round(±faktor·(|z3| mod 1)).
 * Bounds on the z10 scale: b·M, c·Y < 10^29, the sum < 3·10^29; z1·⌊Y⌋ < 2·10^28, z1·(Y mod 1)
 * < 2·10^29; |z3| < 3·10^28, faktor·⌊|z3|⌋ < 3·10^30, faktor·(|z3| mod 1) < 10^21 — all far
 * inside 1.7·10^38. tests/test_formel.c compares it with GMP over the whole range. */
static bool formel_breit(const wgi_formel *f, wgi_formel_ergebnis *out)
{
    const wgi_z10 max_wert = (wgi_z10)1000000000 * SKALA;
    if (f->m < 0 || f->m > max_wert || f->y < 0 || f->y > max_wert) return false;
    const wgi_rundung r = f->rundung;
    out->z1 = wgi_durch_skala(f->a * SKALA + f->b * f->m + f->c * f->y, r);
    const wgi_z10 yg = f->y / SKALA, yr = f->y % SKALA;
    out->z2 = out->z1 * yg + wgi_durch_skala(out->z1 * yr, r);
    out->z3 = f->m - out->z2;
    const bool neg = out->z3 < 0;
    const wgi_z10 betrag = neg ? -out->z3 : out->z3;
    const wgi_z10 ganz = f->faktor * (betrag / SKALA), rest = f->faktor * (betrag % SKALA);
    out->z4 = (neg ? -ganz : ganz) + wgi_durch_skala(neg ? -rest : rest, r);
    return true;
}

bool wgi_formel_schnell(const wgi_formel *f, wgi_formel_ergebnis *out)
{
    const wgi_z10 max_koeff = SKALA, max_wert = (wgi_z10)100000000 * SKALA;
    if (f->a <= -max_koeff || f->a >= max_koeff || f->b <= -max_koeff || f->b >= max_koeff ||
        f->c <= -max_koeff || f->c >= max_koeff || f->faktor < SKALA || f->faktor >= 10 * SKALA)
        return false;
    if (f->m < 0 || f->m > max_wert || f->y < 0 || f->y > max_wert) return formel_breit(f, out);
    return wgi_formel_64((int64_t)f->a, (int64_t)f->b, (int64_t)f->c, (int64_t)f->faktor, (int64_t)f->m, (int64_t)f->y,
                        f->rundung, out);
}

void wgi_formel_rechnen(const wgi_formel *f, wgi_formel_ergebnis *out, bool *ueberlauf)
{
    *ueberlauf = false;
    if (wgi_formel_schnell(f, out)) return;
    if (!wgi_formel_gmp(f, out)) *ueberlauf = true;
}
