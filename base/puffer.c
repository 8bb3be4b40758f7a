/* puffer.c — see puffer.h. */
#include "puffer.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wgi_puffer_leeren(wgi_puffer *p) { p->len = 0; p->fehler = false; }

void wgi_puffer_frei(wgi_puffer *p)
{
    free(p->daten);
    p->daten = NULL;
    p->len = p->kap = 0;
}

bool wgi_puffer_platz(wgi_puffer *p, size_t n)
{
    if (p->fehler) return false;
    if (p->len + n + 1 <= p->kap) return true;
    size_t kap = p->kap ? p->kap : 1024;
    while (p->len + n + 1 > kap) kap *= 2;
    char *neu = realloc(p->daten, kap);
    if (!neu) { p->fehler = true; return false; }
    p->daten = neu;
    p->kap = kap;
    return true;
}


void wgi_puffer_ganz(wgi_puffer *p, int64_t v)
{
    char b[24];
    size_t n = sizeof b;
    uint64_t u = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
    do {
        b[--n] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (v < 0) b[--n] = '-';
    wgi_puffer_text(p, b + n, sizeof b - n);
}

void wgi_puffer_cent(wgi_puffer *p, int64_t cent)
{
    char b[32];
    unsigned long long a = cent < 0 ? (unsigned long long)(-(cent + 1)) + 1 : (unsigned long long)cent;
    int n = snprintf(b, sizeof b, "%s%llu.%02llu", cent < 0 ? "-" : "", a / 100, a % 100);
    wgi_puffer_text(p, b, (size_t)n);
}

void wgi_puffer_json_text(wgi_puffer *p, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!wgi_puffer_platz(p, n + 2)) return;
    wgi_puffer_zeichen(p, '"');
    /* plain runs are copied whole; the loop stops only at what needs a look: UTF-8 (kept when
     * valid), '"', '\\' and control characters (escaped) */
    const unsigned char *u = (const unsigned char *)s;
    size_t start = 0, i = 0;
    for (;;) {
        i += wgi_json_schlicht(s + i, n - i);
        if (i >= n) break;
        const unsigned char c = u[i];
        if (c >= 0x80) {
            const int k = wgi_utf8_folge(u + i, u + n);
            if (k > 0) {
                i += (size_t)k;
                continue;
            }
            /* never write invalid UTF-8: an invalid byte becomes U+FFFD */
            wgi_puffer_text(p, s + start, i - start);
            wgi_puffer_text(p, "\xEF\xBF\xBD", 3);
            start = ++i;
            continue;
        }
        wgi_puffer_text(p, s + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': wgi_puffer_text(p, "\\\"", 2); break;
        case '\\': wgi_puffer_text(p, "\\\\", 2); break;
        case '\n': wgi_puffer_text(p, "\\n", 2); break;
        case '\r': wgi_puffer_text(p, "\\r", 2); break;
        case '\t': wgi_puffer_text(p, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            wgi_puffer_text(p, e, 6);
        }
        }
        i++;
    }
    wgi_puffer_text(p, s + start, n - start);
    wgi_puffer_zeichen(p, '"');
}

bool wgi_puffer_utf8_rest(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        /* ASCII without NUL eight bytes at a time: no byte ≥ 0x80, none 0 (x − 0x01… & ~x & 0x80…) */
        if (n - i >= 8) {
            uint64_t x;
            memcpy(&x, u + i, 8);
            const uint64_t eins = 0x0101010101010101ULL, hoch = 0x8080808080808080ULL;
            if (!((x | ((x - eins) & ~x)) & hoch)) {
                i += 8;
                continue;
            }
        }
        if (u[i] == 0) return false;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        int k = wgi_utf8_folge(u + i, u + n);
        if (k == 0) return false;
        i += (size_t)k;
    }
    return true;
}

void wgi_puffer_base64(wgi_puffer *p, const char *s, size_t n)
{
    static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const unsigned char *u = (const unsigned char *)s;
    if (!wgi_puffer_platz(p, (n + 2) / 3 * 4)) return;
    char *o = p->daten + p->len;
    size_t i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)u[i] << 16 | (unsigned)u[i + 1] << 8 | u[i + 2];
        *o++ = abc[v >> 18];
        *o++ = abc[(v >> 12) & 63];
        *o++ = abc[(v >> 6) & 63];
        *o++ = abc[v & 63];
    }
    if (i < n) {
        unsigned v = (unsigned)u[i] << 16 | (i + 1 < n ? (unsigned)u[i + 1] << 8 : 0);
        *o++ = abc[v >> 18];
        *o++ = abc[(v >> 12) & 63];
        *o++ = i + 1 < n ? abc[(v >> 6) & 63] : '=';
        *o++ = '=';
    }
    p->len = (size_t)(o - p->daten);
    p->daten[p->len] = '\0';
}
