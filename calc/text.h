/* text.h — UTF-8 helpers: every text the engine writes must stay valid UTF-8, also when a
 * field path, an id or a message is shortened to fit its buffer. */
#ifndef WG_TEXT_H
#define WG_TEXT_H
#include <stddef.h>

/* Length (1–4) of the valid UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates), or 0. */
int wg_utf8_folge(const unsigned char *p, const unsigned char *ende);
/* Bytes of s, at most max, ending at a character boundary (for "%.*s"). */
int wg_utf8_kurz(const char *s, int max);
/* Cuts an incomplete or invalid sequence at the end of s (after snprintf truncated it). */
void wg_utf8_ende_reparieren(char *s);
#endif
