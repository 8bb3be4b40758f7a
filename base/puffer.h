/* puffer.h — a growing text buffer for the JSON writer. An allocation failure is sticky
 * (fehler = true) and every later append is ignored, so callers check once at the end. */
#ifndef WGI_PUFFER_H
#define WGI_PUFFER_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct wgi_puffer { char *daten; size_t len, kap; bool fehler; } wgi_puffer;

void wgi_puffer_leeren(wgi_puffer *p);
void wgi_puffer_frei(wgi_puffer *p);
/* Room for n more bytes and the NUL after them: true, or false (and fehler set) when memory is
 * lacking or an earlier append failed. */
bool wgi_puffer_platz(wgi_puffer *p, size_t n);
/* Appends are inline: most are a literal (strlen folds) or one character, into room already there. */
static inline void wgi_puffer_text(wgi_puffer *p, const char *s, size_t n)
{
    if (!(p->len + n + 1 <= p->kap && !p->fehler) && !wgi_puffer_platz(p, n)) return;
    if (n) memcpy(p->daten + p->len, s, n); /* s may be NULL when n is 0 (an empty buffer's text) */
    p->len += n;
    p->daten[p->len] = '\0';
}
static inline void wgi_puffer_cstr(wgi_puffer *p, const char *s) { wgi_puffer_text(p, s, strlen(s)); }
static inline void wgi_puffer_zeichen(wgi_puffer *p, char c) { wgi_puffer_text(p, &c, 1); }
void wgi_puffer_ganz(wgi_puffer *p, int64_t v);
/* An amount in cents as a decimal with two places ("-12.50"). */
void wgi_puffer_cent(wgi_puffer *p, int64_t cent);
/* A JSON string literal with escapes; s is UTF-8. */
void wgi_puffer_json_text(wgi_puffer *p, const char *s, size_t n);
/* True when s is valid UTF-8 without NUL bytes (it can go into JSON as it is). A short text
 * of plain ASCII — a CSV cell, a code — is checked inline (the CSV reader checks each text cell);
 * the rest, from its first other byte, and every longer text by wgi_puffer_utf8_rest. */
bool wgi_puffer_utf8_rest(const char *s, size_t n);
static inline bool wgi_puffer_utf8_gueltig(const char *s, size_t n)
{
    if (n > 16) return wgi_puffer_utf8_rest(s, n);
    size_t i = 0;
    while (i < n && (unsigned char)(s[i] - 1) < 0x7f) i++; /* 0x01 … 0x7f */
    return i == n || wgi_puffer_utf8_rest(s + i, n - i);
}
/* The bytes of s in base64 (RFC 4648, with padding), for text that is not UTF-8. */
void wgi_puffer_base64(wgi_puffer *p, const char *s, size_t n);
#endif
