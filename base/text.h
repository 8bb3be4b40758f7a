/* text.h — UTF-8 helpers: every text the engine writes must stay valid UTF-8, also when a
 * field path, an id or a message is shortened to fit its buffer. */
#ifndef WGI_TEXT_H
#define WGI_TEXT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Length (1–4) of the valid UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates), or 0. */
int wgi_utf8_folge(const unsigned char *p, const unsigned char *ende);
/* Bytes of s, at most max, ending at a character boundary (for "%.*s"). */
int wgi_utf8_kurz(const char *s, int max);
/* Cuts an incomplete or invalid sequence at the end of s (after snprintf truncated it). */
void wgi_utf8_ende_reparieren(char *s);

/* Non-zero when the 8 bytes of x (loaded little- or big-endian) may hold a '"', a '\\', a
 * control character (< 0x20) or a non-ASCII byte (SWAR: a byte equal to c makes
 * (v − 0x01…) & ~v & 0x80… non-zero, a byte below 0x20 makes (x − 0x20…) & ~x & 0x80…
 * non-zero). Never a false "no"; a false "maybe" only in a byte above a true hit, so on a
 * little-endian load the lowest flagged byte (ctz / 8) is a true one. For the JSON reader and
 * writer, which copy plain ASCII text eight bytes at a time. */
static inline uint64_t wgi_json_besonders(uint64_t x)
{
    const uint64_t eins = 0x0101010101010101ULL, hoch = 0x8080808080808080ULL;
    uint64_t q = x ^ (eins * '"'), b = x ^ (eins * '\\');
    return (((q - eins) & ~q) | ((b - eins) & ~b) | ((x - eins * 0x20) & ~x) | x) & hoch;
}

/* The length of the plain run at s[0, n): printable ASCII without '"' or '\\', which JSON takes
 * as it is — sixteen bytes at a time with SSE2 ('"', '\\' and, as signed bytes below 0x20, every
 * control character and every byte ≥ 0x80), else eight (wgi_json_besonders), the rest byte by
 * byte. The JSON reader's strings and the JSON writer's texts both scan with it. */
static inline size_t wgi_json_schlicht(const char *s, size_t n)
{
    size_t i = 0;
#ifdef __SSE2__
    while (n - i >= 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        const __m128i t = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                       _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
        const unsigned treffer = (unsigned)_mm_movemask_epi8(t);
        if (treffer) return i + (size_t)__builtin_ctz(treffer);
        i += 16;
    }
#endif
    while (n - i >= 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        const uint64_t treffer = wgi_json_besonders(x);
        if (treffer) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            i += (size_t)__builtin_ctzll(treffer) / 8; /* the lowest flagged byte is a true hit */
#endif
            break;
        }
        i += 8;
    }
    while (i < n) {
        const unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        i++;
    }
    return i;
}
#endif
