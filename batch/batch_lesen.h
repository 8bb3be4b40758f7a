/*
 * batch_lesen.h — the record stream of `wohngeld batch` (docs/batch.md, docs/csv.md).
 *
 * Exports: batch_leser (reading an input file block by block, with byte offsets for
 * checkpoints and the SHA-256 of every byte read), batch_block (the records of one block with
 * their original text and line numbers) and the functions below. Nothing here computes.
 *
 * The promise this file keeps: every byte of the input ends up in exactly one record of
 * exactly one block (records with an error included), so every input line gets one output or
 * reject record. A UTF-8 byte order mark at the start of the input is skipped. A line longer
 * than BATCH_MAX_ZEILE is one record with WG_E_GRENZE (its first BATCH_MAX_ZEILE bytes kept).
 * CSV: a quoted field may span lines, but only when the joined row is valid CSV with the
 * header's number of columns; otherwise the first physical line alone is a broken row and
 * reading resynchronises at the next line.
 */
#ifndef WGI_BATCH_LESEN_H
#define WGI_BATCH_LESEN_H

#include "puffer.h"
#include "wohngeld_csv.h"
#include "batch_pruefsumme.h"
#include "wohngeld.h"
#include "wohngeld_bescheid.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* Longest line (bytes without the line ending) taken as a record; inclusive. */
#define BATCH_MAX_ZEILE (1u << 20)
/* A block holds at most this many bytes of record text (besides --block records). */
#define BATCH_BLOCK_BYTES (8u << 20)

/* CSV rows read ahead: the first row of the next household, and behind it at most
 * BATCH_WARTE - 1 damaged rows (unterminated quote, over-long, empty id) with the row after them —
 * a damaged row between two rows of one household belongs to that household, which is then
 * rejected whole instead of being split in two (docs/csv.md). */
#define BATCH_WARTE 9

/* One pending CSV row. */
typedef struct batch_zeile {
    char *text;
    size_t len, kap;
    uint64_t zeile_von, zeile_bis;   /* physical line numbers */
    uint64_t offset_ende;            /* input offset after the row */
    bool zu_lang, gebrochen;         /* over BATCH_MAX_ZEILE / unterminated quote */
} batch_zeile;

typedef struct batch_leser {
    FILE *f;
    bool csv;
    char trenn;                      /* CSV separator */
    /* read buffer (may hold bytes pushed back by the CSV resynchronisation) */
    char *ein;
    size_t ein_pos, ein_len, ein_kap;
    bool ein_ende;
    uint64_t datei_pos;              /* file position after the last fread */
    uint64_t offset;                 /* bytes consumed (the logical position) */
    uint64_t zeile;                  /* physical lines consumed */
    char *buf;                       /* the current line */
    size_t kap;
    /* SHA-256 of the input: every byte from position 0 on, each once */
    batch_sha256 *sha;
    uint64_t sha_pos;
    bool sha_luecke;                 /* a part was skipped: no hash */
    /* CSV */
    wg_csv_kopf *kopf;
    int spalten;                     /* of the header; 0 while reading the header */
    batch_zeile warte[BATCH_WARTE];  /* rows read ahead, in input order */
    uint64_t warte_anfang[BATCH_WARTE]; /* input offset where each starts */
    size_t n_warte;
    bool ende;
} batch_leser;

/* One record of a block. */
typedef struct batch_satz {
    size_t text, text_len;      /* record JSON in block.texte */
    size_t roh, roh_len;        /* original text (JSONL line or CSV rows) in block.texte */
    uint64_t zeile_von, zeile_bis;
    size_t id;                  /* CSV: the household id in block.texte */
    bool hat_id;
    /* CSV: the household's rows for the worker (batch_csv_satz), at `text` in block.texte, each
     * as its length (4 bytes), its bytes and a NUL; 0 for JSON Lines and for a record the reader
     * already rejected */
    unsigned csv_zeilen;
    bool hat_lesefehler;
    bool roh_gekuerzt;          /* the original text was cut at BATCH_MAX_ZEILE */
    /* set by the worker */
    int arbeiter;
    size_t aus, aus_len;        /* result text in the worker's buffer */
    size_t hinweise, hinweise_len; /* hint codes, space-separated, in the worker's hint buffer */
    size_t fehlt, fehlt_len;    /* a partial record: its deciding fields, space-separated, ditto */
    size_t zeuge, zeuge_len;    /* … and its hints that hold only at the maximum's witness, ditto */
    wg_status status;
    bool anspruch, zeitraum;
    int64_t wohngeld, summe;
    wg_grund grund;
    bool teil;                  /* a partial record (docs/vorpruefung.md): the fields below */
    unsigned char einstufung;   /* wg_einstufung */
    unsigned char mietenstufe, groesse;
    int64_t wohngeld_min, wohngeld_max;
    const char *rechtsstand;    /* a complete record: the id of its period (the engine's string) */
    unsigned char auslegung;    /* … and its interpretation switches off their defaults (BATCH_AUSLEGUNG_*) */
    bool fall;                  /* a running case: the fields below; fehlt holds its decisions' rules */
    int64_t ueberzahlung, nachzahlung, erstattung;
    /* --bescheide: the letters made, by kind (wg_bescheid_art), or why none could be */
    unsigned char briefe[WG_BESCHEID_ANZAHL];
    bool brief_fehler;
    /* Last, and touched only for a rejected record (set where status or hat_lesefehler says so):
     * the error of a record that could not even be formed (CSV, length), or of its reading or
     * computation, for the reject file. A new record is cleared up to here (satz_neu in batch_lesen.c), so a
     * valid one costs no cache lines for its 388 bytes (issue 26). */
    wg_fehler lesefehler;
} batch_satz;

typedef struct batch_block {
    batch_satz *saetze;
    size_t anzahl, kap;
    wgi_puffer texte;
    uint64_t offset_ende, zeile_ende;
} batch_block;

/* CSV, in a worker: the rows of record s (csv_zeilen > 0) checked and turned into record JSON
 * in *json_aus (wg_csv_haushalt_lesen, with the worker's reader j); felder and laengen hold
 * room for (spalten + 1) · BATCH_CSV_MAX_ZEILEN entries. On a bad row s becomes a rejected
 * record (hat_lesefehler) as the reader would have made it. The rows are changed in place. 0, or
 * -1 when memory is lacking. The header is only read: workers share it. */
#define BATCH_CSV_MAX_ZEILEN 128
int batch_csv_satz(const wg_csv_kopf *kopf, char trenn, batch_block *b, batch_satz *s, wg_json *j, char **felder,
                   size_t *laengen, wgi_puffer *json_aus);
/* The same rows read straight into the household (wg_csv_teilhaushalt_lesen: no record JSON),
 * for a run without letters. A bad row, or an error before the record's id was read, makes s a
 * rejected record as above (hat_lesefehler); a later error of the household's reading is returned
 * in *f with h->id set. */
wg_status batch_csv_haushalt(const wg_csv_kopf *kopf, char trenn, batch_block *b, batch_satz *s, wg_json *j, char **felder,
                             size_t *laengen, wg_haushalt *h, const wg_unbekannt **u, size_t *anzahl_u, wg_fehler *f);

/* Starts reading f (at position 0). sha may be NULL. */
void batch_leser_init(batch_leser *l, FILE *f, bool csv, char trenn, batch_sha256 *sha);
void batch_leser_frei(batch_leser *l);
/* Continues at a checkpoint's offset and line (after the CSV header has been read). */
int batch_leser_suchen(batch_leser *l, uint64_t offset, uint64_t zeile);
/* Feeds the bytes [0, bis) of the input file to the hash (after a resume). -1 on read error. */
int batch_leser_hash_nachholen(batch_leser *l, uint64_t bis);
/* CSV: reads the header row. 1 read, 0 empty input, -1 I/O error, -2 invalid (meldung). */
int batch_leser_kopf(batch_leser *l, char *meldung, size_t mlen);
/* True when nothing more is to be read. */
bool batch_leser_fertig(const batch_leser *l);

/* Reads the next block: at most max records. 0 ok (possibly empty at the end), -1 I/O error or
 * out of memory. A CSV household is left as its rows (batch_csv_satz). */
int batch_block_lesen(batch_leser *l, batch_block *b, size_t max);
void batch_block_frei(batch_block *b);

#endif
