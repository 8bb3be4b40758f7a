/* text.c — see text.h. */
#include "text.h"

#include <stdint.h>
#include <string.h>

int wgi_utf8_folge(const unsigned char *p, const unsigned char *ende)
{
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; }
    else return 0;
    if (ende - p < n) return 0;
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

int wgi_utf8_kurz(const char *s, int max)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t len = strlen(s);
    const unsigned char *ende = p + len;
    int n = 0;
    while (n < max && p + n < ende) {
        int k = wgi_utf8_folge(p + n, ende);
        if (k == 0) k = 1; /* an invalid byte counts alone; the JSON writer replaces it */
        if (n + k > max) break;
        n += k;
    }
    return n;
}

void wgi_utf8_ende_reparieren(char *s)
{
    size_t len = strlen(s);
    const unsigned char *p = (const unsigned char *)s;
    size_t i = len;
    /* step back over continuation bytes to the last lead byte */
    while (i > 0 && (p[i - 1] & 0xC0) == 0x80 && len - i < 3) i--;
    if (i > 0 && p[i - 1] >= 0xC0) {
        if (wgi_utf8_folge(p + i - 1, p + len) == 0) s[i - 1] = '\0';
    }
}
