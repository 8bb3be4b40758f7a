/* puffer.h — a growing text buffer for the JSON writer. An allocation failure is sticky
 * (fehler = true) and every later append is ignored, so callers check once at the end. */
#ifndef WGI_PUFFER_H
#define WGI_PUFFER_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wgi_puffer { char *daten; size_t len, kap; bool fehler; } wgi_puffer;

void wgi_puffer_leeren(wgi_puffer *p);
void wgi_puffer_frei(wgi_puffer *p);
void wgi_puffer_text(wgi_puffer *p, const char *s, size_t n);
void wgi_puffer_cstr(wgi_puffer *p, const char *s);
void wgi_puffer_zeichen(wgi_puffer *p, char c);
void wgi_puffer_ganz(wgi_puffer *p, int64_t v);
/* An amount in cents as a decimal with two places ("-12.50"). */
void wgi_puffer_cent(wgi_puffer *p, int64_t cent);
/* A JSON string literal with escapes; s is UTF-8. */
void wgi_puffer_json_text(wgi_puffer *p, const char *s, size_t n);
/* True when s is valid UTF-8 without NUL bytes (it can go into JSON as it is). */
bool wgi_puffer_utf8_gueltig(const char *s, size_t n);
/* The bytes of s in base64 (RFC 4648, with padding), for text that is not UTF-8. */
void wgi_puffer_base64(wgi_puffer *p, const char *s, size_t n);
#endif
