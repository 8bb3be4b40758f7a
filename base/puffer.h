/* puffer.h — a growing text buffer for the JSON writer. An allocation failure is sticky
 * (fehler = true) and every later append is ignored, so callers check once at the end. */
#ifndef WG_PUFFER_H
#define WG_PUFFER_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wg_puffer { char *daten; size_t len, kap; bool fehler; } wg_puffer;

void wg_puffer_leeren(wg_puffer *p);
void wg_puffer_frei(wg_puffer *p);
void wg_puffer_text(wg_puffer *p, const char *s, size_t n);
void wg_puffer_cstr(wg_puffer *p, const char *s);
void wg_puffer_zeichen(wg_puffer *p, char c);
void wg_puffer_ganz(wg_puffer *p, int64_t v);
/* An amount in cents as a decimal with two places ("-12.50"). */
void wg_puffer_cent(wg_puffer *p, int64_t cent);
/* A JSON string literal with escapes; s is UTF-8. */
void wg_puffer_json_text(wg_puffer *p, const char *s, size_t n);
/* True when s is valid UTF-8 without NUL bytes (it can go into JSON as it is). */
bool wg_puffer_utf8_gueltig(const char *s, size_t n);
/* The bytes of s in base64 (RFC 4648, with padding), for text that is not UTF-8. */
void wg_puffer_base64(wg_puffer *p, const char *s, size_t n);
#endif
