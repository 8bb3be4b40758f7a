/*
 * json.h — a strict, small JSON reader (RFC 8259) for household records and golden files.
 *
 * Why not cJSON for reading: cJSON turns every number into a double, so "1300.005" or "1e3" can
 * no longer be told apart from a valid money value, and it accepts duplicate keys and invalid
 * UTF-8. The record contract forbids all three (records.md "Numbers"). This reader keeps the
 * raw text of numbers, rejects duplicate keys, invalid UTF-8, control characters, trailing
 * garbage and nesting deeper than J_MAX_TIEFE, and never recurses beyond that depth, so no input
 * can exhaust the stack. Nodes live in an arena owned by the j_leser and reused per document.
 * (cJSON is still used by the tests, to check that what we write is valid JSON.)
 */
#ifndef WGI_JSON_H
#define WGI_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#define J_MAX_TIEFE 32
#define J_MAX_SCHLUESSEL 256   /* keys per object */
#define J_MAX_ELEMENTE 100000  /* elements per array */

typedef enum j_typ { J_NULL, J_BOOL, J_ZAHL, J_TEXT, J_LISTE, J_OBJEKT } j_typ;

typedef struct j_wert {
    j_typ typ;
    bool b;                     /* J_BOOL */
    const char *s;              /* J_ZAHL: raw text; J_TEXT: decoded UTF-8, NUL-terminated */
    size_t len;
    const char *schluessel;     /* key, when this value is a member of an object: decoded UTF-8,
                                   NOT NUL-terminated (may point into the input), use the length */
    size_t schluessel_len;
    struct j_wert *erstes;      /* first child (J_LISTE, J_OBJEKT) */
    struct j_wert *naechstes;   /* next sibling */
    size_t anzahl;              /* number of children */
    const char *roh;            /* the value's raw text in the input (containers included) */
    size_t roh_len;
} j_wert;

typedef struct j_leser j_leser;

j_leser *j_leser_neu(void);
void j_leser_frei(j_leser *l);

/* Parses text[0..len) as one JSON document. Returns the root, or NULL with a German message in
 * *fehler (pointing into the reader, valid until the next call). The tree is valid until the
 * next j_lesen with the same reader. */
const j_wert *j_lesen(j_leser *l, const char *text, size_t len, const char **fehler);

/* After j_lesen returned NULL: true when it failed for lack of memory (not bad JSON). */
bool j_speicher_fehlt(const j_leser *l);
/* True when the last j_lesen failed at a limit (J_MAX_TIEFE, J_MAX_SCHLUESSEL, J_MAX_ELEMENTE). */
bool j_grenze_ueberschritten(const j_leser *l);

/* Member of an object by key, or NULL. */
const j_wert *j_feld(const j_wert *objekt, const char *schluessel);
/* Whether w's key is s. Inline: the record mapper tries many literal names per key, and with a
 * literal the length is a constant; the first character rejects most names. */
static inline bool j_schluessel_ist(const j_wert *w, const char *s)
{
    if (w->schluessel_len == 0 || w->schluessel[0] != s[0]) return w->schluessel_len == 0 && s[0] == '\0';
    size_t n = strlen(s);
    return w->schluessel_len == n && memcmp(w->schluessel, s, n) == 0;
}

/* Memory from the reader's arena (valid like the tree); NULL when out of memory. */
void *j_arena(j_leser *l, size_t groesse);
/* Empties the arena as j_lesen does first: for a tree built by hand (io/csv.c) in its place. */
void j_arena_leeren(j_leser *l);

#endif
