/* text.h — UTF-8 helpers: every text the engine writes must stay valid UTF-8, also when a
 * field path, an id or a message is shortened to fit its buffer. */
#ifndef WGI_TEXT_H
#define WGI_TEXT_H
#include <stddef.h>
#include <stdint.h>

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
#endif
