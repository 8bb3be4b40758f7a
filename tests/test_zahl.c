/* Fixed-point helpers (base/zahl.c): rounding modes and decimal text. */
#include <criterion/criterion.h>

#include "zahl.h"

Test(zahl, halb_weg_von_null)
{
    /* Anlage 3 Nr. 2 default reading: half away from zero, also for negative values */
    cr_assert_eq(wgi_div_runden(15, 10, WGI_RUNDEN_HALB_WEG_VON_NULL), 2);
    cr_assert_eq(wgi_div_runden(14, 10, WGI_RUNDEN_HALB_WEG_VON_NULL), 1);
    cr_assert_eq(wgi_div_runden(-15, 10, WGI_RUNDEN_HALB_WEG_VON_NULL), -2);
    cr_assert_eq(wgi_div_runden(-14, 10, WGI_RUNDEN_HALB_WEG_VON_NULL), -1);
    cr_assert_eq(wgi_div_runden(5, 12, WGI_RUNDEN_HALB_WEG_VON_NULL), 0);
    cr_assert_eq(wgi_div_runden(6, 12, WGI_RUNDEN_HALB_WEG_VON_NULL), 1);
}

Test(zahl, abschneiden_und_abrunden)
{
    cr_assert_eq(wgi_div_runden(19, 10, WGI_RUNDEN_ABSCHNEIDEN), 1);
    cr_assert_eq(wgi_div_runden(-19, 10, WGI_RUNDEN_ABSCHNEIDEN), -1);
    cr_assert_eq(wgi_div_runden(-11, 10, WGI_RUNDEN_ABRUNDEN), -2);
    cr_assert_eq(wgi_div_runden(11, 10, WGI_RUNDEN_ABRUNDEN), 1);
    cr_assert_eq(wgi_div_runden(-20, 10, WGI_RUNDEN_ABRUNDEN), -2);
}

Test(zahl, dezimal_lesen)
{
    int64_t v;
    cr_assert_eq(wgi_dezimal_lesen("570.00", 6, 2, &v), 0);
    cr_assert_eq(v, 57000);
    cr_assert_eq(wgi_dezimal_lesen("-12.5", 5, 2, &v), 0);
    cr_assert_eq(v, -1250);
    cr_assert_eq(wgi_dezimal_lesen("1300", 4, 2, &v), 0);
    cr_assert_eq(v, 130000);
    cr_assert_eq(wgi_dezimal_lesen("0.0004797", 9, 10, &v), 0);
    cr_assert_eq(v, 4797000);
    cr_assert_eq(wgi_dezimal_lesen("1.005", 5, 2, &v), -2, "more decimals than the scale");
    cr_assert_eq(wgi_dezimal_lesen("1.000", 5, 2, &v), -2, "trailing zeros beyond two places are rejected too");
    cr_assert_eq(wgi_dezimal_lesen("1e3", 3, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen(".5", 2, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen("5.", 2, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen("+5", 2, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen(" 5", 2, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen("", 0, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen("-", 1, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen("NaN", 3, 2, &v), -1);
    cr_assert_eq(wgi_dezimal_lesen("99999999999999999999", 20, 2, &v), -3);
}

Test(zahl, dezimal_schreiben)
{
    char b[48];
    wgi_dezimal_schreiben(b, 3563000000000, 10);
    cr_assert_str_eq(b, "356.3000000000");
    wgi_dezimal_schreiben(b, -5, 2);
    cr_assert_str_eq(b, "-0.05");
    wgi_dezimal_schreiben(b, 0, 0);
    cr_assert_str_eq(b, "0");
    wgi_dezimal_schreiben(b, 191, 0);
    cr_assert_str_eq(b, "191");
    wgi_dezimal_schreiben_kurz(b, 2850000, 4, 2);
    cr_assert_str_eq(b, "285.00");
    wgi_dezimal_schreiben_kurz(b, 8874750, 4, 2);
    cr_assert_str_eq(b, "887.475");
    wgi_dezimal_schreiben_kurz(b, 4797000, 10, 0);
    cr_assert_str_eq(b, "0.0004797");
    wgi_dezimal_schreiben_kurz(b, -1200000000, 10, 0);
    cr_assert_str_eq(b, "-0.12");
    wgi_z10 gross = (wgi_z10)1000000000000000000LL * 1000000000;
    wgi_dezimal_schreiben(b, gross, 10);
    cr_assert_str_eq(b, "100000000000000000.0000000000");
}

/* The reading as it was on 128-bit integers (until 2026-11), kept as the reference for the
 * 64-bit version: same value, same code (−1 syntax, −2 decimals, −3 size) for every text. */
static int dezimal_lesen_128(const char *s, size_t len, int stellen, int64_t *out)
{
    size_t i = 0;
    bool neg = false;
    if (i < len && s[i] == '-') { neg = true; i++; }
    if (i >= len || s[i] < '0' || s[i] > '9') return -1;
    __int128 v = 0;
    const __int128 grenze = wgi_zehn_hoch(18);
    while (i < len && s[i] >= '0' && s[i] <= '9') {
        v = v * 10 + (s[i] - '0');
        if (v >= grenze) return -3;
        i++;
    }
    int nach = 0;
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || s[i] < '0' || s[i] > '9') return -1;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (nach >= stellen) return -2;
            v = v * 10 + (s[i] - '0');
            nach++;
            i++;
        }
    }
    if (i != len) return -1;
    v *= wgi_zehn_hoch(stellen - nach);
    if (v >= grenze) return -3;
    *out = (int64_t)(neg ? -v : v);
    return 0;
}

Test(zahl, dezimal_lesen_wie_128_bit)
{
    /* 1 000 000 random texts from the characters of numbers and some others, lengths 0–24,
     * scales 0, 2, 4 and 10 — near the limits by construction (long digit runs) */
    static const char zeichen[] = "0123456789999000.-x e+";
    uint64_t z = 7;
    char text[32];
    for (int n = 0; n < 1000000; n++) {
        z = z * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t len = (size_t)(z >> 59) % 25;
        for (size_t k = 0; k < len; k++) {
            z = z * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned r = (unsigned)(z >> 33);
            /* mostly digits, one point, a leading minus now and then */
            text[k] = k == 0 && r % 9 == 0 ? '-' : r % 13 == 0 ? '.' : zeichen[r % 10 + (r % 31 == 0 ? 10 : 0)];
            if (r % 97 == 0) text[k] = zeichen[r % (sizeof zeichen - 1)];
        }
        text[len] = '\0';
        static const int skalen[4] = {0, 2, 4, 10};
        int stellen = skalen[n % 4];
        int64_t a = 0, b = 0;
        int ra = wgi_dezimal_lesen(text, len, stellen, &a), rb = dezimal_lesen_128(text, len, stellen, &b);
        cr_assert_eq(ra, rb, "\"%s\" (%d Stellen): %d statt %d", text, stellen, ra, rb);
        if (ra == 0) cr_assert_eq(a, b, "\"%s\" (%d Stellen)", text, stellen);
    }
}
