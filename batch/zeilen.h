/* zeilen.h — reads a file line by line with a hard limit on the line length, so that one
 * endless line cannot take all memory. A longer line is reported (zu_lang) and skipped. */
#ifndef WGI_ZEILEN_H
#define WGI_ZEILEN_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define WGI_MAX_ZEILE (1u << 20) /* 1 MiB per record line (docs/grenzen.md) */

typedef struct wgi_zeilen {
    FILE *f;
    char *puffer;
    size_t kap;
    size_t nummer;   /* 1-based number of the line just read */
} wgi_zeilen;

/* Returns 1 with the line (without '\n', a trailing '\r' removed) in zeile and len, 0 at the end,
 * -1 on a read error or out of memory. zu_lang is set when the line exceeded WGI_MAX_ZEILE
 * (then *len is 0 and the rest of the line was skipped). */
int wgi_zeile_lesen(wgi_zeilen *z, const char **zeile, size_t *len, bool *zu_lang);
void wgi_zeilen_frei(wgi_zeilen *z);
/* The loop of the line-per-record commands (fall, schwellen): reads f line by line (empty lines
 * skipped) and writes for each what fn returns as one line on standard output. fn gets the line
 * (or, for a line over WGI_MAX_ZEILE, zu_lang with the error already made: fe), returns the text and
 * its length (NULL: out of memory) and sets *abgelehnt for a record it refused. Returns 0, 1 when a
 * record was refused, 2 on a read or write error or out of memory (then it stops). */
struct wg_fehler;
typedef const char *(*wgi_zeile_fn)(void *kontext, const char *zeile, size_t len, const struct wg_fehler *zu_lang,
                                    size_t *aus_len, bool *abgelehnt);
/* befehl names the command in the messages on stderr: a read error, and input without a single
 * record ("keine Eingabe — kein Datensatz gelesen"; the status stays 0). */
int wgi_zeilen_je(FILE *f, const char *befehl, wgi_zeile_fn fn, void *kontext);
/* the message for input without a record */
void wgi_keine_eingabe(const char *befehl);
/* The error of a line over WGI_MAX_ZEILE: grenze_ueberschritten with the line number. */
struct wg_fehler;
void wgi_zeile_zu_lang(struct wg_fehler *fe, size_t nummer);

/* The end of a line read into buf (n bytes kept of gesamt read, without '\n'), for every line
 * reader of the program (this one and the batch's): the UTF-8 byte order mark of a file's
 * first line and a final '\r' go; *zu_lang when the rest exceeds grenze (inclusive limit: a line
 * of exactly grenze bytes is read). Returns the bytes kept, at most grenze; buf[result] is 0.
 * buf must hold n + 1 bytes. */
size_t wgi_zeile_ende(char *buf, size_t n, uint64_t gesamt, bool erste, size_t grenze, bool *zu_lang);
/* The length of the line s[0, n) without its final '\r' (a CRLF file's line ending), for every
 * line reader: wgi_zeile_ende and the batch's lines taken where they lie in the read buffer. */
static inline size_t wgi_ohne_cr(const char *s, size_t n) { return n > 0 && s[n - 1] == '\r' ? n - 1 : n; }
#endif
