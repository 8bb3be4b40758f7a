/*
 * zahl.c — fixed-point helpers: exact division with a named rounding, decimal text in and out.
 * See zahl.h for the scales. Nothing here allocates.
 */
#include "zahl.h"

#include <string.h>

wgi_z10 wgi_zehn_hoch(int k)
{
    wgi_z10 v = 1;
    for (int i = 0; i < k; i++) v *= 10;
    return v;
}

wgi_z10 wgi_div_runden(wgi_z10 num, wgi_z10 den, wgi_rundung r)
{
    wgi_z10 q = num / den; /* C truncates toward zero */
    wgi_z10 rest = num % den;
    if (rest == 0) return q;
    switch (r) {
    case WGI_RUNDEN_ABSCHNEIDEN:
        return q;
    case WGI_RUNDEN_ABRUNDEN:
        return num < 0 ? q - 1 : q;
    case WGI_RUNDEN_HALB_WEG_VON_NULL: {
        wgi_z10 abs_rest = rest < 0 ? -rest : rest;
        if (2 * abs_rest >= den) return num < 0 ? q - 1 : q + 1;
        return q;
    }
    }
    return q;
}

int wgi_dezimal_lesen(const char *s, size_t len, int stellen, int64_t *out)
{
    /* 64 bits unsigned: the integer part stops at 10^18 (−3); decimals stop accumulating once v
     * reaches 10^18 (then v·10 + 9 < 2^64 never overflows and v stays too large), and that is
     * reported after the syntax is checked, in the order the 128-bit version had (−1 before −3,
     * −2 where it occurs; tests/test_zahl.c compares both on a million texts) */
    static const int64_t zehn_hoch[19] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
                                          1000000000, 10000000000, 100000000000, 1000000000000,
                                          10000000000000, 100000000000000, 1000000000000000,
                                          10000000000000000, 100000000000000000, 1000000000000000000};
    const int64_t grenze = zehn_hoch[18];
    if (stellen < 0 || stellen > 18) return -3;
    size_t i = 0;
    bool neg = false;
    if (i < len && s[i] == '-') { neg = true; i++; }
    if (i >= len || s[i] < '0' || s[i] > '9') return -1;
    uint64_t v = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9') {
        v = v * 10 + (uint64_t)(s[i] - '0');
        if (v >= (uint64_t)grenze) return -3;
        i++;
    }
    int nach = 0;
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || s[i] < '0' || s[i] > '9') return -1;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (nach >= stellen) {
                /* More digits than the scale: only trailing zeros would be harmless, but the
                 * contract forbids them too for money ("more than two decimals"). */
                return -2;
            }
            if (v < (uint64_t)grenze) v = v * 10 + (uint64_t)(s[i] - '0');
            nach++;
            i++;
        }
    }
    if (i != len) return -1;
    int fehlend = stellen - nach;
    if (v >= (uint64_t)zehn_hoch[18 - fehlend]) return -3; /* v · 10^fehlend >= 10^18 */
    int64_t w = (int64_t)v * zehn_hoch[fehlend];
    *out = neg ? -w : w;
    return 0;
}

size_t wgi_dezimal_schreiben(char *buf, wgi_z10 v, int stellen)
{
    char tmp[48];
    size_t n = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    int pos = 0;
    /* 128-bit division is slow: only the digits above 2^64 use it */
    while (u > UINT64_MAX) {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
        pos++;
        if (pos == stellen) tmp[n++] = '.';
    }
    uint64_t klein = (uint64_t)u;
    do {
        tmp[n++] = (char)('0' + (int)(klein % 10));
        klein /= 10;
        pos++;
        if (pos == stellen) tmp[n++] = '.';
    } while (klein != 0 || pos <= stellen);
    size_t k = 0;
    if (neg) buf[k++] = '-';
    while (n > 0) buf[k++] = tmp[--n];
    if (stellen == 0 && k > 0 && buf[k - 1] == '.') k--;
    buf[k] = '\0';
    return k;
}

size_t wgi_dezimal_schreiben_kurz(char *buf, wgi_z10 v, int stellen, int min)
{
    int s = stellen;
    wgi_z10 w = v;
    while (s > min && w % 10 == 0) { w /= 10; s--; }
    return wgi_dezimal_schreiben(buf, w, s);
}
