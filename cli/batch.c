/*
 * batch.c — `wohngeld batch`: the nightly bulk assessment (docs/batch.md).
 *
 *   wohngeld batch --eingabe DATEI --ausgabe DATEI [--fehler DATEI] [--threads N]
 *                  [--format jsonl|csv] [--ausgabe-umfang kurz|voll] [--fortsetzen] [--leise]
 *
 * Streaming in blocks: the main thread reads a block of records (at most --block records or
 * 8 MiB), N worker threads compute them (each with its own reader and result; the engine is
 * shared), and the main thread writes the results in input order — so the output is
 * byte-identical for every N — and the rejected records, with their original text and line
 * number, to the --fehler file. Memory stays bounded by one block.
 *
 * Crash safety: output and reject file are written as DATEI.teil and renamed only when the run
 * is complete. After every block both are flushed and fsync'ed and a checkpoint (input offset,
 * output sizes, counters) is written atomically (DATEI.checkpoint). `--fortsetzen` after a
 * kill or power loss truncates the .teil files to the checkpoint and continues from its input
 * offset: nothing lost, nothing doubled, the final files equal those of an uninterrupted run.
 *
 * The summary (stderr, and DATEI.zusammenfassung.json) counts records read, assessed, with and
 * without claim (by grund), rejected (by error code) and the exact total monthly Wohngeld (GMP);
 * read = assessed + rejected always.
 */
#include "befehle.h"
#include "../io/csv.h"
#include "../io/puffer.h"
#include "wohngeld.h"
#include "wohngeld_json.h"

#include <errno.h>
#include <gmp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_ZEILE (1u << 20)
#define BLOCK_BYTES (8u << 20)

typedef struct optionen {
    const char *eingabe, *ausgabe, *fehler;
    int threads;
    bool csv, voll, fortsetzen, leise;
    size_t block;
    double checkpoint_sekunden;   /* at most this long between checkpoints (fsync is costly) */
} optionen;

/* ---- reading records, with the byte offset for checkpoints ---- */

typedef struct leser {
    FILE *f;
    char *ein;            /* read buffer (fread, 1 MiB): no per-byte stdio calls */
    size_t ein_pos, ein_len;
    bool ein_ende;
    uint64_t offset;      /* bytes consumed */
    uint64_t zeile;       /* physical lines consumed */
    char *buf;
    size_t kap;
    /* CSV: the header and the row read ahead (the first row of the next household) */
    wg_csv_kopf *kopf;
    char *vor;            /* pending row text */
    size_t vor_len, vor_kap;
    uint64_t vor_zeile, vor_offset_ende;
    bool hat_vor;
    bool ende;
} leser;

#define EIN_PUFFER (1u << 20)

static int nachladen(leser *l)
{
    if (!l->ein) {
        l->ein = malloc(EIN_PUFFER);
        if (!l->ein) return -1;
    }
    l->ein_len = fread(l->ein, 1, EIN_PUFFER, l->f);
    l->ein_pos = 0;
    if (l->ein_len == 0) {
        if (ferror(l->f)) return -1;
        l->ein_ende = true;
    }
    return 0;
}

static int leser_suchen(leser *l, uint64_t offset)
{
    if (fseeko(l->f, (off_t)offset, SEEK_SET) != 0) return -1;
    l->ein_pos = l->ein_len = 0;
    l->ein_ende = false;
    l->offset = offset;
    return 0;
}

static bool anhaengen(leser *l, size_t *n, const char *von, size_t k, bool *zu_lang)
{
    if (*zu_lang) return true;
    if (*n + k + 2 > MAX_ZEILE) {
        *zu_lang = true;
        return true;
    }
    if (*n + k + 2 > l->kap) {
        size_t kap = l->kap ? l->kap : 65536;
        while (*n + k + 2 > kap) kap *= 2;
        char *neu = realloc(l->buf, kap);
        if (!neu) return false;
        l->buf = neu;
        l->kap = kap;
    }
    if (!l->buf) return false;
    if (k) memcpy(l->buf + *n, von, k);
    *n += k;
    return true;
}

/* One physical line (without '\n'); a CSV record may span lines inside quotes. Returns 1, 0 at
 * the end, -1 on error; *zu_lang when longer than MAX_ZEILE (the rest is skipped, n = 0). */
static int zeile_lesen(leser *l, bool csv, size_t *len, bool *zu_lang)
{
    size_t n = 0;
    bool gelesen = false, in_zitat = false;
    *zu_lang = false;
    for (;;) {
        if (l->ein_pos >= l->ein_len) {
            if (l->ein_ende || nachladen(l) < 0) {
                if (!l->ein_ende) return -1;
                break;
            }
            if (l->ein_ende) break;
        }
        const char *start = l->ein + l->ein_pos;
        size_t rest = l->ein_len - l->ein_pos;
        const char *nl;
        if (csv) {
            nl = NULL;
            for (size_t i = 0; i < rest; i++) {
                if (start[i] == '"') in_zitat = !in_zitat;
                else if (start[i] == '\n' && !in_zitat) { nl = start + i; break; }
                else if (start[i] == '\n') l->zeile++;
            }
        } else {
            nl = memchr(start, '\n', rest);
        }
        size_t k = nl ? (size_t)(nl - start) : rest;
        gelesen = true;
        if (!anhaengen(l, &n, start, k, zu_lang)) return -1;
        l->ein_pos += k + (nl ? 1 : 0);
        l->offset += k + (nl ? 1 : 0);
        if (nl) {
            l->zeile++;
            break;
        }
    }
    if (!gelesen) return 0;
    if (*zu_lang) n = 0;
    if (n > 0 && l->buf[n - 1] == '\r') n--;
    if (!l->buf && !anhaengen(l, &n, "", 0, zu_lang)) return -1;
    if (l->buf) l->buf[n] = '\0';
    *len = n;
    return 1;
}

/* ---- a block of records ---- */

typedef struct satz {
    size_t text, text_len;      /* record JSON in blk->texte */
    size_t roh, roh_len;        /* original text (JSONL line or CSV rows) in blk->texte */
    uint64_t zeile_von, zeile_bis;
    wg_fehler lesefehler;       /* set when the record could not even be formed (CSV, length) */
    size_t id;                  /* CSV: the household id in blk->texte (0 = none) */
    bool hat_id;
    bool hat_lesefehler;
    /* set by the worker */
    int arbeiter;
    size_t aus, aus_len;        /* result text in the worker's buffer */
    wg_status status;
    bool anspruch;
    int64_t wohngeld;
    wg_grund grund;
} satz;

typedef struct block {
    satz *saetze;
    size_t anzahl, kap;
    wg_puffer texte;
    uint64_t offset_ende, zeile_ende;
} block;

static bool satz_neu(block *b, satz **s)
{
    if (b->anzahl == b->kap) {
        size_t kap = b->kap ? b->kap * 2 : 1024;
        satz *neu = realloc(b->saetze, kap * sizeof *neu);
        if (!neu) return false;
        b->saetze = neu;
        b->kap = kap;
    }
    *s = &b->saetze[b->anzahl++];
    memset(*s, 0, sizeof **s);
    return true;
}

static void lesefehler(satz *s, wg_status code, const char *meldung)
{
    s->hat_lesefehler = true;
    s->lesefehler.code = code;
    snprintf(s->lesefehler.meldung, sizeof s->lesefehler.meldung, "%s", meldung);
}

/* JSONL: one record per non-empty line. */
static int block_jsonl(leser *l, block *b, size_t max)
{
    while (b->anzahl < max && b->texte.len < BLOCK_BYTES) {
        size_t len;
        bool zu_lang;
        int st = zeile_lesen(l, false, &len, &zu_lang);
        if (st < 0) return -1;
        if (st == 0) { l->ende = true; break; }
        size_t k = 0;
        while (k < len && (l->buf[k] == ' ' || l->buf[k] == '\t')) k++;
        if (k == len && !zu_lang) continue;
        satz *s;
        if (!satz_neu(b, &s)) return -1;
        s->zeile_von = s->zeile_bis = l->zeile;
        s->text = b->texte.len;
        wg_puffer_text(&b->texte, l->buf, len);
        wg_puffer_zeichen(&b->texte, '\0');
        s->text_len = len;
        s->roh = s->text;
        s->roh_len = len;
        if (zu_lang) lesefehler(s, WG_E_GRENZE, "Zeile länger als 1 MiB");
        if (b->texte.fehler) return -1;
    }
    b->offset_ende = l->offset;
    b->zeile_ende = l->zeile;
    return 0;
}

/* CSV: rows of one household (same id) form a record; the rows are turned into record JSON. */
static int block_csv(leser *l, block *b, size_t max, wg_puffer *json)
{
    char *felder_a[WG_CSV_MAX_SPALTEN];
    size_t laengen_a[WG_CSV_MAX_SPALTEN];
    enum { MAX_ZEILEN = 128 };
    while (b->anzahl < max && b->texte.len < BLOCK_BYTES) {
        /* collect the rows of one household: texts in `gruppe`, joined by '\n' */
        wg_puffer gruppe = {0};
        size_t zeilen_start[MAX_ZEILEN + 1];
        size_t n_zeilen = 0;
        uint64_t von = 0, bis = 0, offset_nach = l->offset;
        char id[256] = "";
        size_t id_len = 0;
        bool zu_viele = false, zu_lang_g = false;
        for (;;) {
            if (!l->hat_vor) {
                size_t len;
                bool zu_lang;
                int st;
                do {
                    st = zeile_lesen(l, true, &len, &zu_lang);
                } while (st == 1 && len == 0 && !zu_lang);
                if (st < 0) { wg_puffer_frei(&gruppe); return -1; }
                if (st == 0) { l->ende = true; break; }
                if (len + 1 > l->vor_kap) {
                    char *neu = realloc(l->vor, len + 1);
                    if (!neu) { wg_puffer_frei(&gruppe); return -1; }
                    l->vor = neu;
                    l->vor_kap = len + 1;
                }
                memcpy(l->vor, l->buf, len + 1);
                l->vor_len = len;
                l->vor_zeile = l->zeile;
                l->vor_offset_ende = l->offset;
                l->hat_vor = true;
                if (zu_lang) zu_lang_g = true;
            }
            /* the id of the pending row */
            char kopie[512];
            size_t kl = l->vor_len < sizeof kopie - 1 ? l->vor_len : sizeof kopie - 1;
            memcpy(kopie, l->vor, kl);
            kopie[kl] = '\0';
            int nf = wg_csv_felder(kopie, kl, felder_a, laengen_a, WG_CSV_MAX_SPALTEN);
            int idsp = wg_csv_id_spalte(l->kopf);
            const char *rid = nf > idsp ? felder_a[idsp] : "";
            size_t rid_len = nf > idsp ? laengen_a[idsp] : 0;
            if (rid_len > sizeof id - 1) rid_len = sizeof id - 1;
            if (n_zeilen > 0 && (rid_len != id_len || memcmp(rid, id, rid_len) != 0 || id_len == 0)) break;
            if (n_zeilen == 0) {
                memcpy(id, rid, rid_len);
                id[rid_len] = '\0';
                id_len = rid_len;
                von = l->vor_zeile;
            }
            if (n_zeilen < MAX_ZEILEN) {
                zeilen_start[n_zeilen++] = gruppe.len;
                wg_puffer_text(&gruppe, l->vor, l->vor_len);
                wg_puffer_zeichen(&gruppe, '\n');
            } else {
                zu_viele = true;
            }
            bis = l->vor_zeile;
            offset_nach = l->vor_offset_ende;
            l->hat_vor = false;
        }
        if (n_zeilen == 0) { wg_puffer_frei(&gruppe); break; }
        satz *s;
        if (!satz_neu(b, &s)) { wg_puffer_frei(&gruppe); return -1; }
        s->zeile_von = von;
        s->zeile_bis = bis;
        if (id_len > 0) {
            s->id = b->texte.len;
            s->hat_id = true;
            wg_puffer_text(&b->texte, id, id_len);
            wg_puffer_zeichen(&b->texte, '\0');
        }
        s->roh = b->texte.len;
        s->roh_len = gruppe.len - 1;
        wg_puffer_text(&b->texte, gruppe.daten, gruppe.len - 1);
        wg_puffer_zeichen(&b->texte, '\0');
        /* split the rows and build the record */
        char **zeilen[MAX_ZEILEN];
        size_t *laengen[MAX_ZEILEN];
        char **alle_felder = NULL;
        size_t *alle_laengen = NULL;
        zeilen_start[n_zeilen] = gruppe.len;
        wg_fehler f = {0};
        wg_status st = WG_OK;
        if (zu_lang_g) {
            st = WG_E_GRENZE;
            snprintf(f.meldung, sizeof f.meldung, "Zeile länger als 1 MiB");
        } else if (zu_viele) {
            st = WG_E_GRENZE;
            snprintf(f.meldung, sizeof f.meldung, "mehr als %d Zeilen für einen Haushalt", MAX_ZEILEN);
        } else {
            alle_felder = malloc(n_zeilen * WG_CSV_MAX_SPALTEN * sizeof *alle_felder);
            alle_laengen = malloc(n_zeilen * WG_CSV_MAX_SPALTEN * sizeof *alle_laengen);
            if (!alle_felder || !alle_laengen) {
                free(alle_felder);
                free(alle_laengen);
                wg_puffer_frei(&gruppe);
                return -1;
            }
            for (size_t z = 0; z < n_zeilen && st == WG_OK; z++) {
                zeilen[z] = alle_felder + z * WG_CSV_MAX_SPALTEN;
                laengen[z] = alle_laengen + z * WG_CSV_MAX_SPALTEN;
                char *t = gruppe.daten + zeilen_start[z];
                size_t tl = zeilen_start[z + 1] - zeilen_start[z] - 1;
                t[tl] = '\0';
                int nf = wg_csv_felder(t, tl, zeilen[z], laengen[z], WG_CSV_MAX_SPALTEN);
                if (nf < 0) {
                    st = WG_E_JSON_UNGUELTIG;
                    snprintf(f.meldung, sizeof f.meldung, "Zeile %llu ist kein gültiges CSV (Anführungszeichen, NUL-Byte oder ungültiges UTF-8)",
                             (unsigned long long)von + z);
                } else if (nf != wg_csv_spalten(l->kopf)) {
                    st = WG_E_FELD_FEHLT;
                    snprintf(f.meldung, sizeof f.meldung, "Zeile %llu hat %d statt %d Spalten",
                             (unsigned long long)von + z, nf, wg_csv_spalten(l->kopf));
                }
            }
            if (st == WG_OK) st = wg_csv_haushalt(l->kopf, zeilen, laengen, n_zeilen, json, &f);
        }
        if (st != WG_OK) {
            s->hat_lesefehler = true;
            s->lesefehler = f;
            s->lesefehler.code = st;
            s->text = s->roh;
            s->text_len = 0;
        } else {
            s->text = b->texte.len;
            s->text_len = json->len;
            wg_puffer_text(&b->texte, json->daten, json->len);
            wg_puffer_zeichen(&b->texte, '\0');
        }
        free(alle_felder);
        free(alle_laengen);
        wg_puffer_frei(&gruppe);
        if (b->texte.fehler) return -1;
        b->offset_ende = offset_nach;
        b->zeile_ende = bis;
        if (l->ende && !l->hat_vor) break;
    }
    if (!l->hat_vor) {
        b->offset_ende = l->offset;
        b->zeile_ende = l->zeile;
    }
    return 0;
}

/* ---- workers ---- */

typedef struct arbeiter {
    const wg_engine *e;
    block *b;
    const optionen *o;
    atomic_size_t *naechster;
    wg_json *j;
    wg_ergebnis *r;
    wg_puffer aus;
    int nr;
    bool speicher_fehlt;
} arbeiter;

/* One record: read, compute, its output line appended to the worker's buffer. */
static void satz_rechnen(arbeiter *a, block *b, size_t i)
{
    satz *s = &b->saetze[i];
    s->arbeiter = a->nr;
    s->aus = a->aus.len;
    size_t len = 0;
    const char *t = NULL;
    wg_haushalt h;
    wg_fehler f = {0};
    bool berechnet = false;
    if (s->hat_lesefehler) {
        f = s->lesefehler;
    } else if (wg_json_haushalt_lesen(a->j, b->texte.daten + s->text, s->text_len, &h, &f) == WG_OK) {
        berechnet = true;
        s->status = wg_berechnen(a->e, &h, a->r, a->o->voll ? 0 : WG_NUR_BETRAG);
        if (s->status == WG_OK) {
            s->anspruch = wg_ergebnis_anspruch(a->r);
            s->wohngeld = wg_ergebnis_wohngeld_monat(a->r);
            s->grund = wg_ergebnis_grund(a->r);
        } else {
            s->lesefehler = *wg_ergebnis_fehler(a->r); /* for the reject file */
        }
        if (a->o->csv) wg_csv_ergebnis(&a->aus, a->e, a->r, a->o->voll);
        else t = a->o->voll ? wg_json_ergebnis_schreiben(a->j, a->e, a->r, &len) : wg_json_kurz_schreiben(a->j, a->r, &len);
    }
    if (!berechnet) {
        s->status = f.code;
        s->lesefehler = f;
        const char *id = s->hat_lesefehler ? (s->hat_id ? b->texte.daten + s->id : NULL) : h.id;
        if (a->o->csv) wg_csv_fehler(&a->aus, id, &f, a->o->voll);
        else t = wg_json_fehler_schreiben(a->j, a->e, id, &f, &len);
    }
    if (!a->o->csv) {
        if (!t) a->speicher_fehlt = true;
        else {
            wg_puffer_text(&a->aus, t, len);
            wg_puffer_zeichen(&a->aus, '\n');
        }
    }
    if (s->status == WG_E_SPEICHER || a->aus.fehler) a->speicher_fehlt = true;
    s->aus_len = a->aus.len - s->aus;
}

static void *arbeiten(void *arg)
{
    arbeiter *a = arg;
    block *b = a->b;
    wg_puffer_leeren(&a->aus);
    /* records are taken in runs of STUECK: fewer atomic operations, and a run's output lines
     * lie one after another in this worker's buffer, so the writer needs one fwrite per run */
    enum { STUECK = 32 };
    size_t anfang;
    while ((anfang = atomic_fetch_add(a->naechster, STUECK)) < b->anzahl)
        for (size_t i = anfang; i < anfang + STUECK && i < b->anzahl; i++) satz_rechnen(a, b, i);
    return NULL;
}

/* ---- summary ---- */

typedef struct summe {
    uint64_t gelesen, berechnet, abgelehnt, mit_anspruch;
    uint64_t ohne[5];                    /* by wg_grund */
    uint64_t nach_code[WG_STATUS_ANZAHL];
    mpz_t wohngeld;
} summe;

static void summe_text(wg_puffer *p, const summe *s)
{
    char b[256];
    snprintf(b, sizeof b, "{\"format\":\"wohngeld-batch-zusammenfassung/1\",\"gelesen\":%llu,\"berechnet\":%llu,"
             "\"abgelehnt\":%llu,\"mit_anspruch\":%llu,\"ohne_anspruch\":{",
             (unsigned long long)s->gelesen, (unsigned long long)s->berechnet, (unsigned long long)s->abgelehnt,
             (unsigned long long)s->mit_anspruch);
    wg_puffer_cstr(p, b);
    for (int g = 1; g <= WG_GRUND_AUSBILDUNGSFOERDERUNG; g++) {
        snprintf(b, sizeof b, "%s\"%s\":%llu", g > 1 ? "," : "", wg_grund_code((wg_grund)g), (unsigned long long)s->ohne[g]);
        wg_puffer_cstr(p, b);
    }
    wg_puffer_cstr(p, "},\"abgelehnt_nach_code\":{");
    bool erstes = true;
    for (int c = 1; c < WG_STATUS_ANZAHL; c++) {
        if (!s->nach_code[c]) continue;
        snprintf(b, sizeof b, "%s\"%s\":%llu", erstes ? "" : ",", wg_status_code((wg_status)c), (unsigned long long)s->nach_code[c]);
        wg_puffer_cstr(p, b);
        erstes = false;
    }
    char *t = mpz_get_str(NULL, 10, s->wohngeld);
    wg_puffer_cstr(p, "},\"summe_wohngeld_monat\":\"");
    wg_puffer_cstr(p, t ? t : "?");
    wg_puffer_cstr(p, "\"}\n");
    if (!t) p->fehler = true;
    free(t);
}

/* Writes the summary with one checked write. */
static bool summe_json(FILE *f, const summe *s)
{
    wg_puffer p = {0};
    summe_text(&p, s);
    bool ok = !p.fehler && fwrite(p.daten, 1, p.len, f) == p.len;
    wg_puffer_frei(&p);
    return ok;
}

/* ---- checkpoint ---- */

typedef struct checkpoint {
    uint64_t offset, zeile, aus_bytes, fehler_bytes;
    long long eingabe_groesse, eingabe_mtime;
    int csv, voll;
} checkpoint;

static int checkpoint_schreiben(const char *pfad, const checkpoint *c, const summe *s)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", pfad);
    wg_puffer p = {0};
    char b[512];
    snprintf(b, sizeof b, "wohngeld-checkpoint/1\n%llu %llu %llu %llu %lld %lld %d %d\n%llu %llu %llu %llu",
             (unsigned long long)c->offset, (unsigned long long)c->zeile, (unsigned long long)c->aus_bytes,
             (unsigned long long)c->fehler_bytes, c->eingabe_groesse, c->eingabe_mtime, c->csv, c->voll,
             (unsigned long long)s->gelesen, (unsigned long long)s->berechnet, (unsigned long long)s->abgelehnt,
             (unsigned long long)s->mit_anspruch);
    wg_puffer_cstr(&p, b);
    for (int g = 0; g < 5; g++) {
        snprintf(b, sizeof b, " %llu", (unsigned long long)s->ohne[g]);
        wg_puffer_cstr(&p, b);
    }
    for (int k = 0; k < WG_STATUS_ANZAHL; k++) {
        snprintf(b, sizeof b, " %llu", (unsigned long long)s->nach_code[k]);
        wg_puffer_cstr(&p, b);
    }
    char *t = mpz_get_str(NULL, 10, s->wohngeld);
    wg_puffer_cstr(&p, "\n");
    wg_puffer_cstr(&p, t ? t : "?");
    wg_puffer_cstr(&p, "\n");
    bool ok = t && !p.fehler;
    free(t);
    FILE *f = ok ? fopen(tmp, "w") : NULL;
    if (!f) {
        wg_puffer_frei(&p);
        return -1;
    }
    ok = fwrite(p.daten, 1, p.len, f) == p.len && fflush(f) == 0 && fsync(fileno(f)) == 0;
    wg_puffer_frei(&p);
    if (fclose(f) != 0 || !ok) return -1;
    return rename(tmp, pfad);
}

static int checkpoint_lesen(const char *pfad, checkpoint *c, summe *s)
{
    FILE *f = fopen(pfad, "r");
    if (!f) return -1;
    char kopf[64];
    unsigned long long v[8 + 5 + WG_STATUS_ANZAHL];
    int ok = fscanf(f, "%63s", kopf) == 1 && !strcmp(kopf, "wohngeld-checkpoint/1");
    unsigned long long a = 0, b = 0, cc = 0, d = 0;
    ok = ok && fscanf(f, "%llu %llu %llu %llu %lld %lld %d %d", &a, &b, &cc, &d, &c->eingabe_groesse,
                      &c->eingabe_mtime, &c->csv, &c->voll) == 8;
    c->offset = a;
    c->zeile = b;
    c->aus_bytes = cc;
    c->fehler_bytes = d;
    for (int i = 0; ok && i < 4 + 5 + WG_STATUS_ANZAHL; i++) ok = fscanf(f, "%llu", &v[i]) == 1;
    char summe_text[128];
    ok = ok && fscanf(f, "%127s", summe_text) == 1;
    fclose(f);
    if (!ok) return -2;
    s->gelesen = v[0];
    s->berechnet = v[1];
    s->abgelehnt = v[2];
    s->mit_anspruch = v[3];
    for (int g = 0; g < 5; g++) s->ohne[g] = v[4 + g];
    for (int k = 0; k < WG_STATUS_ANZAHL; k++) s->nach_code[k] = v[9 + k];
    if (mpz_set_str(s->wohngeld, summe_text, 10) != 0) return -2;
    return 0;
}

static int synchron(FILE *f) { return fflush(f) == 0 && fsync(fileno(f)) == 0 ? 0 : -1; }

/* ---- progress ---- */

static double jetzt(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- the command ---- */

static int nutzung(void)
{
    fprintf(stderr, "Aufruf: wohngeld batch --eingabe DATEI --ausgabe DATEI [--fehler DATEI] [--threads N]\n"
                    "                      [--format jsonl|csv] [--ausgabe-umfang kurz|voll] [--fortsetzen] [--leise]\n"
                    "                      [--block N] [--checkpoint-sekunden S]\n"
                    "(DATEI \"-\" = Standardein-/ausgabe; --fortsetzen nur mit Dateien)\n");
    return 2;
}

static bool fehlerzeile(FILE *f, const satz *s, const char *roh)
{
    wg_puffer p = {0};
    char b[64];
    snprintf(b, sizeof b, "{\"zeile\":%llu,\"zeile_bis\":%llu", (unsigned long long)s->zeile_von,
             (unsigned long long)s->zeile_bis);
    wg_puffer_cstr(&p, b);
    wg_puffer_cstr(&p, ",\"fehler\":{\"code\":");
    const char *code = wg_status_code(s->status);
    wg_puffer_json_text(&p, code, strlen(code));
    wg_puffer_cstr(&p, ",\"feld\":");
    wg_puffer_json_text(&p, s->lesefehler.feld, strlen(s->lesefehler.feld));
    wg_puffer_cstr(&p, ",\"meldung\":");
    wg_puffer_json_text(&p, s->lesefehler.meldung, strlen(s->lesefehler.meldung));
    wg_puffer_cstr(&p, "},\"eingabe\":");
    wg_puffer_json_text(&p, roh, s->roh_len);
    wg_puffer_cstr(&p, "}\n");
    bool ok = !p.fehler && fwrite(p.daten, 1, p.len, f) == p.len;
    wg_puffer_frei(&p);
    return ok;
}

int wg_befehl_batch(int argc, char **argv)
{
    optionen o = {0};
    o.threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    o.block = 2048;
    o.checkpoint_sekunden = 1.0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *w = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--eingabe") && w) { o.eingabe = w; i++; }
        else if (!strcmp(a, "--ausgabe") && w) { o.ausgabe = w; i++; }
        else if (!strcmp(a, "--fehler") && w) { o.fehler = w; i++; }
        else if (!strcmp(a, "--threads") && w) { o.threads = atoi(w); i++; }
        else if (!strcmp(a, "--block") && w) { o.block = (size_t)atol(w); i++; }
        else if (!strcmp(a, "--checkpoint-sekunden") && w) { o.checkpoint_sekunden = atof(w); i++; }
        else if (!strcmp(a, "--format") && w && (!strcmp(w, "jsonl") || !strcmp(w, "csv"))) { o.csv = !strcmp(w, "csv"); i++; }
        else if (!strcmp(a, "--ausgabe-umfang") && w && (!strcmp(w, "kurz") || !strcmp(w, "voll"))) { o.voll = !strcmp(w, "voll"); i++; }
        else if (!strcmp(a, "--fortsetzen")) o.fortsetzen = true;
        else if (!strcmp(a, "--leise")) o.leise = true;
        else return nutzung();
    }
    if (!o.eingabe || !o.ausgabe || o.threads < 1 || o.threads > 256 || o.block < 1 || o.block > 1000000) return nutzung();
    bool aus_datei = strcmp(o.ausgabe, "-") != 0, ein_datei = strcmp(o.eingabe, "-") != 0;
    if (o.fortsetzen && (!aus_datei || !ein_datei)) {
        fprintf(stderr, "wohngeld batch: --fortsetzen braucht Dateien für Ein- und Ausgabe\n");
        return 2;
    }
    if (o.fehler && !strcmp(o.fehler, "-")) return nutzung();

    char teil[4096], fehler_teil[4096], cp_pfad[4096], zus_pfad[4096];
    snprintf(teil, sizeof teil, "%s.teil", o.ausgabe);
    snprintf(fehler_teil, sizeof fehler_teil, "%s.teil", o.fehler ? o.fehler : "");
    snprintf(cp_pfad, sizeof cp_pfad, "%s.checkpoint", o.ausgabe);
    snprintf(zus_pfad, sizeof zus_pfad, "%s.zusammenfassung.json", o.ausgabe);

    wg_engine *e = wg_cli_oeffnen(NULL);
    if (!e) return 2;
    int rc = 0;
    leser l = {0};
    FILE *aus = NULL, *fehler = NULL;
    summe s;
    memset(&s, 0, sizeof s);
    mpz_init(s.wohngeld);
    block b = {0};
    wg_puffer json = {0};
    arbeiter *ar = calloc((size_t)o.threads, sizeof *ar);
    pthread_t *th = calloc((size_t)o.threads, sizeof *th);
    checkpoint cp = {0};
    struct stat st_ein;
    if (!ar || !th) { rc = 2; goto ende; }

    l.f = ein_datei ? fopen(o.eingabe, "rb") : stdin;
    if (!l.f || (ein_datei && fstat(fileno(l.f), &st_ein) != 0)) {
        fprintf(stderr, "wohngeld batch: %s: %s\n", o.eingabe, strerror(errno));
        rc = 2;
        goto ende;
    }
    if (ein_datei) {
        cp.eingabe_groesse = (long long)st_ein.st_size;
        cp.eingabe_mtime = (long long)st_ein.st_mtime;
    }
    cp.csv = o.csv;
    cp.voll = o.voll;

    bool fortgesetzt = false;
    if (o.fortsetzen) {
        checkpoint alt;
        int r = checkpoint_lesen(cp_pfad, &alt, &s);
        if (r == -2) {
            fprintf(stderr, "wohngeld batch: %s ist beschädigt\n", cp_pfad);
            rc = 2;
            goto ende;
        }
        if (r == 0 && access(teil, F_OK) != 0 && access(o.ausgabe, F_OK) == 0) {
            /* the commit (rename of the output) happened; only the checkpoint was left */
            remove(cp_pfad);
            if (!o.leise) fprintf(stderr, "wohngeld batch: der Lauf war bereits abgeschlossen\n");
            rc = s.abgelehnt ? 1 : 0;
            goto ende;
        }
        if (r == 0 && o.fehler && access(fehler_teil, F_OK) != 0 && access(o.fehler, F_OK) == 0)
            (void)rename(o.fehler, fehler_teil); /* interrupted finish: take the reject file back */
        if (r == 0) {
            if (alt.eingabe_groesse != cp.eingabe_groesse || alt.eingabe_mtime != cp.eingabe_mtime || alt.csv != cp.csv ||
                alt.voll != cp.voll) {
                fprintf(stderr, "wohngeld batch: Eingabe oder Optionen haben sich seit dem Abbruch geändert; "
                                "Fortsetzen ist nicht möglich (Checkpoint %s)\n", cp_pfad);
                rc = 2;
                goto ende;
            }
            if (truncate(teil, (off_t)alt.aus_bytes) != 0 || (o.fehler && truncate(fehler_teil, (off_t)alt.fehler_bytes) != 0)) {
                fprintf(stderr, "wohngeld batch: Teilausgabe nicht fortsetzbar: %s\n", strerror(errno));
                rc = 2;
                goto ende;
            }
            if (leser_suchen(&l, alt.offset) != 0) {
                fprintf(stderr, "wohngeld batch: %s: %s\n", o.eingabe, strerror(errno));
                rc = 2;
                goto ende;
            }
            l.offset = alt.offset;
            l.zeile = alt.zeile;
            cp = alt;
            fortgesetzt = true;
            if (!o.leise) fprintf(stderr, "wohngeld batch: fortgesetzt ab Zeile %llu (%llu Datensätze erledigt)\n",
                                  (unsigned long long)alt.zeile + 1, (unsigned long long)s.gelesen);
        } else {
            memset(&s.gelesen, 0, offsetof(summe, wohngeld));
            mpz_set_ui(s.wohngeld, 0);
        }
    }

    if (aus_datei) aus = fopen(teil, fortgesetzt ? "ab" : "wb");
    else aus = stdout;
    if (o.fehler) fehler = fopen(fehler_teil, fortgesetzt ? "ab" : "wb");
    if (!aus || (o.fehler && !fehler)) {
        fprintf(stderr, "wohngeld batch: Ausgabe: %s\n", strerror(errno));
        rc = 2;
        goto ende;
    }
    /* CSV: the header row of the input (also after resuming: read it again from the start) */
    if (o.csv) {
        uint64_t merk_offset = l.offset, merk_zeile = l.zeile;
        if (fortgesetzt && leser_suchen(&l, 0) != 0) { rc = 2; goto ende; }
        l.zeile = 0;
        size_t len;
        bool zu_lang;
        int r = zeile_lesen(&l, true, &len, &zu_lang);
        char meldung[256] = "leere Eingabe";
        if (r == 1 && !zu_lang) l.kopf = wg_csv_kopf_lesen(l.buf, len, meldung, sizeof meldung);
        if (r == 0) { l.ende = true; }
        else if (!l.kopf) {
            fprintf(stderr, "wohngeld batch: %s: Kopfzeile: %s\n", o.eingabe, meldung);
            rc = 2;
            goto ende;
        }
        if (fortgesetzt) {
            if (leser_suchen(&l, merk_offset) != 0) { rc = 2; goto ende; }
            l.zeile = merk_zeile;
        }
        if (!fortgesetzt) {
            wg_puffer k = {0};
            wg_csv_ergebnis_kopf(&k, o.voll);
            bool ok = k.daten && fwrite(k.daten, 1, k.len, aus) == k.len;
            wg_puffer_frei(&k);
            if (!ok) {
                fprintf(stderr, "wohngeld batch: Schreibfehler: %s\n", strerror(errno));
                rc = 2;
                goto ende;
            }
        }
    }

    for (int i = 0; i < o.threads; i++) {
        ar[i].e = e;
        ar[i].o = &o;
        ar[i].nr = i;
        ar[i].j = wg_json_neu();
        ar[i].r = wg_ergebnis_neu();
        if (!ar[i].j || !ar[i].r) { rc = 2; goto ende; }
    }
    bool fortschritt = !o.leise && isatty(2);
    double start = jetzt(), letzte = 0, letzter_cp = jetzt();
    uint64_t start_gelesen = s.gelesen;
    while (!l.ende || (o.csv && l.hat_vor)) {
        b.anzahl = 0;
        wg_puffer_leeren(&b.texte);
        int r = o.csv ? (l.kopf ? block_csv(&l, &b, o.block, &json) : 0) : block_jsonl(&l, &b, o.block);
        if (r < 0) {
            fprintf(stderr, "wohngeld batch: %s: Lesefehler oder kein Speicher: %s\n", o.eingabe, strerror(errno));
            rc = 2;
            goto ende;
        }
        if (b.anzahl == 0 && l.ende && !(o.csv && l.hat_vor)) break;
        atomic_size_t naechster = 0;
        int n_th = o.threads < (int)b.anzahl ? o.threads : (int)b.anzahl;
        if (n_th < 1) n_th = 1;
        for (int i = 0; i < n_th; i++) {
            ar[i].b = &b;
            ar[i].naechster = &naechster;
        }
        for (int i = 1; i < n_th; i++)
            if (pthread_create(&th[i], NULL, arbeiten, &ar[i]) != 0) { rc = 2; goto ende; }
        arbeiten(&ar[0]);
        for (int i = 1; i < n_th; i++) pthread_join(th[i], NULL);
        for (int i = 0; i < n_th; i++)
            if (ar[i].speicher_fehlt) {
                fprintf(stderr, "wohngeld batch: nicht genug Speicher\n");
                rc = 2;
                goto ende;
            }
        /* write in input order — consecutive records whose lines follow one another in the
         * same worker's buffer with one fwrite — and count */
        for (size_t i = 0; i < b.anzahl; i++) {
            satz *x = &b.saetze[i];
            const arbeiter *a = &ar[x->arbeiter];
            if (i == 0 || x->arbeiter != b.saetze[i - 1].arbeiter ||
                x->aus != b.saetze[i - 1].aus + b.saetze[i - 1].aus_len) {
                size_t k = i + 1, laenge = x->aus_len;
                while (k < b.anzahl && b.saetze[k].arbeiter == x->arbeiter && b.saetze[k].aus == x->aus + laenge) {
                    laenge += b.saetze[k].aus_len;
                    k++;
                }
                if (fwrite(a->aus.daten + x->aus, 1, laenge, aus) != laenge) {
                    fprintf(stderr, "wohngeld batch: Schreibfehler: %s\n", strerror(errno));
                    rc = 2;
                    goto ende;
                }
            }
            s.gelesen++;
            if (x->status == WG_OK) {
                s.berechnet++;
                if (x->anspruch) s.mit_anspruch++;
                else s.ohne[x->grund]++;
                mpz_add_ui(s.wohngeld, s.wohngeld, (unsigned long)x->wohngeld);
            } else {
                s.abgelehnt++;
                s.nach_code[(unsigned)x->status < WG_STATUS_ANZAHL ? x->status : 0]++;
                if (fehler && !fehlerzeile(fehler, x, b.texte.daten + x->roh)) {
                    fprintf(stderr, "wohngeld batch: Schreibfehler (Fehlerdatei): %s\n", strerror(errno));
                    rc = 2;
                    goto ende;
                }
            }
        }
        /* checkpoint: everything up to here is on disk. Not after every block — fsync costs
         * milliseconds — but at least every checkpoint_sekunden; a crash loses at most that much
         * work, never a record (the .teil files are cut back to the last checkpoint). */
        bool letzter_block = l.ende && !(o.csv && l.hat_vor);
        if (aus_datei && (letzter_block || jetzt() - letzter_cp >= o.checkpoint_sekunden)) {
            letzter_cp = jetzt();
            if (synchron(aus) != 0 || (fehler && synchron(fehler) != 0)) {
                fprintf(stderr, "wohngeld batch: Schreibfehler: %s\n", strerror(errno));
                rc = 2;
                goto ende;
            }
            cp.offset = b.offset_ende;
            cp.zeile = b.zeile_ende;
            cp.aus_bytes = (uint64_t)ftello(aus);
            cp.fehler_bytes = fehler ? (uint64_t)ftello(fehler) : 0;
            if (checkpoint_schreiben(cp_pfad, &cp, &s) != 0) {
                fprintf(stderr, "wohngeld batch: Checkpoint: %s\n", strerror(errno));
                rc = 2;
                goto ende;
            }
        }
        if (fortschritt && jetzt() - letzte > 0.5) {
            letzte = jetzt();
            double rate = (double)(s.gelesen - start_gelesen) / (letzte - start + 1e-9);
            double rest = ein_datei && l.offset > 0 ? (double)(cp.eingabe_groesse - (long long)l.offset) /
                                                      ((double)l.offset / (double)(s.gelesen ? s.gelesen : 1)) / (rate + 1e-9) : 0;
            fprintf(stderr, "\r%llu Datensätze, %.0f/s, noch etwa %.0f s   ", (unsigned long long)s.gelesen, rate, rest);
        }
    }
    if (fortschritt) fprintf(stderr, "\n");
    if (fflush(aus) != 0 || (aus_datei && synchron(aus) != 0) || (fehler && synchron(fehler) != 0)) {
        fprintf(stderr, "wohngeld batch: Schreibfehler: %s\n", strerror(errno));
        rc = 2;
        goto ende;
    }
    /* Finish in an order that a crash at any point can resume from: the summary as .tmp, the
     * reject file, the summary, and last the output itself — renaming DATEI.teil to DATEI is
     * the commit; the checkpoint goes after it. */
    if (fehler) {
        if (fclose(fehler) != 0) { fehler = NULL; rc = 2; goto ende; }
        fehler = NULL;
    }
    if (aus_datei) {
        if (fclose(aus) != 0) { aus = NULL; rc = 2; goto ende; }
        aus = NULL;
        char zus_tmp[4200];
        snprintf(zus_tmp, sizeof zus_tmp, "%s.tmp", zus_pfad);
        FILE *z = fopen(zus_tmp, "w");
        bool ok = z && summe_json(z, &s);
        if (z && fclose(z) != 0) ok = false;
        if (!ok || (o.fehler && rename(fehler_teil, o.fehler) != 0) || rename(zus_tmp, zus_pfad) != 0 ||
            rename(teil, o.ausgabe) != 0) {
            fprintf(stderr, "wohngeld batch: Abschluss: %s (mit --fortsetzen wiederholen)\n", strerror(errno));
            rc = 2;
            goto ende;
        }
        remove(cp_pfad);
    } else if (o.fehler && rename(fehler_teil, o.fehler) != 0) {
        rc = 2;
        goto ende;
    }
    if (!o.leise) {
        fprintf(stderr, "wohngeld batch: ");
        (void)summe_json(stderr, &s);
    }
    if (rc == 0 && s.abgelehnt) rc = 1;
ende:
    if (aus && aus != stdout) fclose(aus);
    if (fehler) fclose(fehler);
    if (l.f && l.f != stdin) fclose(l.f);
    free(l.buf);
    free(l.ein);
    free(l.vor);
    wg_csv_kopf_frei(l.kopf);
    free(b.saetze);
    wg_puffer_frei(&b.texte);
    wg_puffer_frei(&json);
    for (int i = 0; ar && i < o.threads; i++) {
        wg_json_frei(ar[i].j);
        wg_ergebnis_frei(ar[i].r);
        wg_puffer_frei(&ar[i].aus);
    }
    free(ar);
    free(th);
    mpz_clear(s.wohngeld);
    wg_engine_schliessen(e);
    return rc;
}
