/*
 * formel_gmp.c — the reference implementation of the Anlage 3 steps on GMP integers, for any
 * magnitude. Same arithmetic as formel.c: every z computed exactly on the 10^-20 scale, then
 * brought to ten decimals with the chosen rounding. Used when the fast path's range does not
 * hold (absurd incomes, override tables with unusual coefficients) and by the tests as the
 * yardstick of the fast path.
 */
#include "formel.h"

#include <gmp.h>

static void setzen(mpz_t z, wgi_z10 v)
{
    bool neg = v < 0;
    unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    mpz_set_ui(z, (unsigned long)(uint64_t)(u >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (unsigned long)(uint64_t)u);
    if (neg) mpz_neg(z, z);
}

static bool lesen(const mpz_t z, wgi_z10 *v)
{
    if (mpz_sizeinbase(z, 2) > 126) return false;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    uint64_t lo = (uint64_t)mpz_get_ui(a);
    mpz_tdiv_q_2exp(a, a, 64);
    uint64_t hi = (uint64_t)mpz_get_ui(a);
    mpz_clear(a);
    wgi_z10 r = (wgi_z10)(((unsigned __int128)hi << 64) | lo);
    *v = mpz_sgn(z) < 0 ? -r : r;
    return true;
}

/* q = v / 10^10 rounded: half away from zero, or toward zero. */
static void runden(mpz_t q, const mpz_t v, const mpz_t skala, wgi_rundung r)
{
    mpz_t rest, doppelt;
    mpz_inits(rest, doppelt, NULL);
    mpz_tdiv_qr(q, rest, v, skala);
    if (r == WGI_RUNDEN_HALB_WEG_VON_NULL && mpz_sgn(rest) != 0) {
        mpz_abs(doppelt, rest);
        mpz_mul_ui(doppelt, doppelt, 2);
        if (mpz_cmp(doppelt, skala) >= 0) {
            if (mpz_sgn(v) < 0) mpz_sub_ui(q, q, 1);
            else mpz_add_ui(q, q, 1);
        }
    } else if (r == WGI_RUNDEN_ABRUNDEN && mpz_sgn(rest) < 0) {
        mpz_sub_ui(q, q, 1);
    }
    mpz_clears(rest, doppelt, NULL);
}

bool wgi_formel_gmp(const wgi_formel *f, wgi_formel_ergebnis *out)
{
    mpz_t a, b, c, faktor, m, y, skala, t, u, z1, z2, z3, z4;
    mpz_inits(a, b, c, faktor, m, y, skala, t, u, z1, z2, z3, z4, NULL);
    setzen(a, f->a);
    setzen(b, f->b);
    setzen(c, f->c);
    setzen(faktor, f->faktor);
    setzen(m, f->m);
    setzen(y, f->y);
    mpz_ui_pow_ui(skala, 10, 10);
    /* z1 = a + b·M + c·Y */
    mpz_mul(t, a, skala);
    mpz_addmul(t, b, m);
    mpz_addmul(t, c, y);
    runden(z1, t, skala, f->rundung);
    /* z2 = z1·Y */
    mpz_mul(t, z1, y);
    runden(z2, t, skala, f->rundung);
    /* z3 = M − z2 */
    mpz_sub(z3, m, z2);
    /* z4 = faktor·z3 */
    mpz_mul(t, faktor, z3);
    runden(z4, t, skala, f->rundung);
    bool ok = lesen(z1, &out->z1) && lesen(z2, &out->z2) && lesen(z3, &out->z3) && lesen(z4, &out->z4);
    (void)u;
    mpz_clears(a, b, c, faktor, m, y, skala, t, u, z1, z2, z3, z4, NULL);
    return ok;
}
