/*
 * batch_lesen.c — the record stream of `wohngeld batch` (batch_lesen.h): physical lines from a
 * 256 KiB read buffer, JSON Lines records, CSV rows grouped into households, the CSV
 * resynchronisation after a broken quote, and the SHA-256 of the input.
 */
#include "batch_lesen.h"
#include "zeilen.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/* The read buffer: 256 KiB, so that the kernel's copy into it and the copies out of it (into the
 * hash's ring, into the block) stay in the core's cache — 1 MiB was 4 % slower (issue 26). A
 * mapped input (mmap) was slower still: the reads from memory moved into memchr and the hash. */
#define EIN_PUFFER (256u << 10)
/* bytes of a line kept in l->buf: one more than the limit, so that a line of exactly the limit
 * followed by '\r' is still seen whole */
#define KAPPE ((size_t)BATCH_MAX_ZEILE + 1)
/* longest CSV id used to group rows (longer ids make a household of one row) */
#define MAX_ID 1024

void batch_leser_init(batch_leser *l, FILE *f, bool csv, char trenn, batch_sha256 *sha)
{
    memset(l, 0, sizeof *l);
    l->f = f;
    l->csv = csv;
    l->trenn = trenn;
    l->sha = sha;
}

void batch_leser_frei(batch_leser *l)
{
    free(l->ein);
    free(l->buf);
    for (size_t k = 0; k < BATCH_WARTE; k++) {
        free(l->warte[k].text);
        l->warte[k].text = NULL;
    }
    wg_csv_kopf_frei(l->kopf);
    l->ein = l->buf = NULL;
    l->kopf = NULL;
}

bool batch_leser_fertig(const batch_leser *l) { return l->ende && l->n_warte == 0; }

static int nachladen(batch_leser *l)
{
    if (l->ein_kap < EIN_PUFFER) {
        char *neu = realloc(l->ein, EIN_PUFFER);
        if (!neu) return -1;
        l->ein = neu;
        l->ein_kap = EIN_PUFFER;
    }
    size_t n = fread(l->ein, 1, l->ein_kap, l->f);
    l->ein_pos = 0;
    l->ein_len = n;
    if (n == 0) {
        if (ferror(l->f)) return -1;
        l->ein_ende = true;
        return 0;
    }
    /* every byte of the file into the hash once, in file order */
    uint64_t von = l->datei_pos, bis = von + n;
    if (l->sha) {
        if (von > l->sha_pos) l->sha_luecke = true;
        else if (bis > l->sha_pos) {
            batch_sha256_daten(l->sha, l->ein + (l->sha_pos - von), (size_t)(bis - l->sha_pos));
            l->sha_pos = bis;
        }
    }
    l->datei_pos = bis;
    return 0;
}

int batch_leser_suchen(batch_leser *l, uint64_t offset, uint64_t zeile)
{
    if (fseeko(l->f, (off_t)offset, SEEK_SET) != 0) return -1;
    l->ein_pos = l->ein_len = 0;
    l->ein_ende = false;
    l->datei_pos = offset;
    l->offset = offset;
    l->zeile = zeile;
    l->ende = false;
    l->n_warte = 0;
    return 0;
}

int batch_leser_hash_nachholen(batch_leser *l, uint64_t bis)
{
    if (!l->sha || l->sha_pos >= bis) return 0;
    char *p = malloc(EIN_PUFFER);
    if (!p) return -1;
    int rc = 0;
    while (l->sha_pos < bis) {
        size_t n = bis - l->sha_pos < EIN_PUFFER ? (size_t)(bis - l->sha_pos) : EIN_PUFFER;
        ssize_t k = pread(fileno(l->f), p, n, (off_t)l->sha_pos);
        if (k <= 0) {
            rc = -1;
            break;
        }
        batch_sha256_daten(l->sha, p, (size_t)k);
        l->sha_pos += (uint64_t)k;
    }
    free(p);
    return rc;
}

static bool platz(batch_leser *l, size_t n)
{
    if (n <= l->kap) return true;
    size_t kap = l->kap ? l->kap : 65536;
    while (kap < n) kap *= 2;
    char *neu = realloc(l->buf, kap);
    if (!neu) return false;
    l->buf = neu;
    l->kap = kap;
    return true;
}

/* Reads one physical line and appends it to l->buf at *n, keeping at most KAPPE bytes in the
 * buffer. Adds the line's length without '\n' to *gesamt and, for CSV, its '"' count to
 * *quotes. With stopp, reading stops at KAPPE (*gestoppt) instead of skipping to the newline.
 * Returns 1, 0 at the end of the input (nothing read) or -1. */
static int phys_lesen(batch_leser *l, size_t *n, uint64_t *gesamt, bool *nl, size_t *quotes, bool stopp,
                      bool *gestoppt)
{
    bool gelesen = false;
    *nl = false;
    *gestoppt = false;
    for (;;) {
        if (l->ein_pos >= l->ein_len) {
            if (l->ein_ende) break;
            if (nachladen(l) < 0) return -1;
            if (l->ein_ende) break;
        }
        gelesen = true;
        const char *start = l->ein + l->ein_pos;
        size_t rest = l->ein_len - l->ein_pos;
        const char *e = memchr(start, '\n', rest);
        size_t k = e ? (size_t)(e - start) : rest;
        size_t frei = KAPPE - *n;
        bool halt = false;
        if (stopp && k > frei) {
            k = frei;
            e = NULL;
            halt = true;
        }
        size_t behalten = k < frei ? k : frei;
        if (!platz(l, *n + behalten + 2)) return -1;
        memcpy(l->buf + *n, start, behalten);
        *n += behalten;
        if (l->csv)
            for (const char *q = start; (q = memchr(q, '"', (size_t)(start + k - q))) != NULL; q++) (*quotes)++;
        *gesamt += k;
        l->ein_pos += k + (e ? 1 : 0);
        l->offset += k + (e ? 1 : 0);
        if (e) {
            *nl = true;
            break;
        }
        if (halt) {
            *gestoppt = true;
            break;
        }
    }
    if (!platz(l, *n + 2)) return -1;
    return gelesen ? 1 : 0;
}

/* Puts bytes back in front of the unread input (the CSV resynchronisation). */
static int zurueckgeben(batch_leser *l, const char *t, size_t n)
{
    size_t rest = l->ein_len - l->ein_pos;
    size_t kap = n + rest > EIN_PUFFER ? n + rest : EIN_PUFFER;
    char *neu = malloc(kap);
    if (!neu) return -1;
    memcpy(neu, t, n);
    if (rest) memcpy(neu + n, l->ein + l->ein_pos, rest);
    free(l->ein);
    l->ein = neu;
    l->ein_kap = kap;
    l->ein_pos = 0;
    l->ein_len = n + rest;
    l->offset -= n;
    return 0;
}

/* JSON Lines: one physical line. 1, 0 at the end, -1. */
static int zeile_jsonl(batch_leser *l, size_t *len, bool *zu_lang)
{
    size_t n = 0, q = 0;
    uint64_t gesamt = 0;
    bool nl, halt, erste = l->offset == 0;
    int st = phys_lesen(l, &n, &gesamt, &nl, &q, false, &halt);
    if (st <= 0) return st;
    l->zeile++;
    *len = wgi_zeile_ende(l->buf, n, gesamt, erste, BATCH_MAX_ZEILE, zu_lang);
    return 1;
}

static bool gueltige_zeile(const batch_leser *l, const char *t, size_t n)
{
    if (l->spalten <= 0) return true;
    char *kopie = malloc(n + 1);
    char **felder = malloc((size_t)(l->spalten + 1) * sizeof *felder);
    size_t *laengen = malloc((size_t)(l->spalten + 1) * sizeof *laengen);
    bool ok = false;
    if (kopie && felder && laengen) {
        memcpy(kopie, t, n);
        kopie[n] = '\0';
        ok = wg_csv_felder(kopie, n, l->trenn, felder, laengen, l->spalten + 1) == l->spalten;
    }
    free(kopie);
    free(felder);
    free(laengen);
    return ok;
}

/* CSV: one row, which may continue over line breaks inside quotes (batch_lesen.h), into z.
 * 1, 0 at the end, -1. */
static int zeile_csv(batch_leser *l, batch_zeile *z)
{
    size_t n = 0, q = 0;
    uint64_t g1 = 0, start_offset = l->offset, start_zeile = l->zeile;
    bool nl, halt, erste = start_offset == 0;
    int st = phys_lesen(l, &n, &g1, &nl, &q, false, &halt);
    if (st <= 0) return st;
    l->zeile++;
    z->zu_lang = z->gebrochen = false;
    z->zeile_von = start_zeile + 1;
    size_t n1 = n;
    bool gebrochen = false;
    if (g1 <= BATCH_MAX_ZEILE + 1) {
        uint64_t gesamt = g1;
        bool letzte_nl = nl;
        size_t teile = 1;
        while (q % 2 == 1 && letzte_nl) {
            if (gesamt + 1 > KAPPE) break; /* nothing joined yet: the line alone */
            l->buf[n++] = '\n';
            gesamt++;
            uint64_t g = 0;
            st = phys_lesen(l, &n, &g, &nl, &q, true, &halt);
            if (st < 0) return -1;
            if (st == 0) {
                n--; /* the input ended after the newline: nothing to join */
                gesamt--;
                letzte_nl = false;
                break;
            }
            l->zeile++;
            teile++;
            gesamt += g;
            letzte_nl = nl;
            if (halt || gesamt > BATCH_MAX_ZEILE + 1) {
                gebrochen = true;
                break;
            }
        }
        if (teile > 1 && !gebrochen) {
            size_t m = n > 0 && l->buf[n - 1] == '\r' ? n - 1 : n;
            if (q % 2 == 1 || !gueltige_zeile(l, l->buf, m)) gebrochen = true;
        }
        if (gebrochen) {
            /* the first line alone is the broken row; everything after it is read again */
            size_t rest = n - (n1 + 1);
            if (letzte_nl && !halt) l->buf[n++] = '\n', rest++;
            if (zurueckgeben(l, l->buf + n1 + 1, rest) < 0) return -1;
            l->zeile = start_zeile + 1;
            n = n1;
            g1 = n1;
        } else {
            g1 = gesamt;
        }
    }
    n = wgi_zeile_ende(l->buf, n, g1, erste, BATCH_MAX_ZEILE, &z->zu_lang);
    z->gebrochen = gebrochen;
    z->zeile_bis = l->zeile;
    z->offset_ende = l->offset;
    if (n + 1 > z->kap) {
        char *neu = realloc(z->text, n + 1);
        if (!neu) return -1;
        z->text = neu;
        z->kap = n + 1;
    }
    memcpy(z->text, l->buf, n + 1);
    z->len = n;
    return 1;
}

int batch_leser_kopf(batch_leser *l, char *meldung, size_t mlen)
{
    batch_zeile z = {0};
    int st;
    do st = zeile_csv(l, &z);
    while (st == 1 && z.len == 0 && !z.zu_lang);
    if (st <= 0) {
        free(z.text);
        if (st == 0) l->ende = true;
        return st;
    }
    if (z.zu_lang) snprintf(meldung, mlen, "Kopfzeile länger als 1 MiB");
    else l->kopf = wg_csv_kopf_lesen(z.text, z.len, l->trenn, meldung, mlen);
    free(z.text);
    if (!l->kopf) return -2;
    l->spalten = wg_csv_spalten(l->kopf);
    return 1;
}

/* ---- blocks ---- */

static bool satz_neu(batch_block *b, batch_satz **s)
{
    if (b->anzahl == b->kap) {
        size_t kap = b->kap ? b->kap * 2 : 1024;
        batch_satz *neu = realloc(b->saetze, kap * sizeof *neu);
        if (!neu) return false;
        b->saetze = neu;
        b->kap = kap;
    }
    *s = &b->saetze[b->anzahl++];
    memset(*s, 0, offsetof(batch_satz, lesefehler));
    (*s)->lesefehler.code = WG_OK;
    return true;
}

void batch_block_frei(batch_block *b)
{
    free(b->saetze);
    wgi_puffer_frei(&b->texte);
    memset(b, 0, sizeof *b);
}

static void lesefehler(batch_satz *s, wg_status code, const char *feld, const char *meldung)
{
    s->hat_lesefehler = true;
    s->lesefehler.code = code;
    snprintf(s->lesefehler.feld, sizeof s->lesefehler.feld, "%s", feld);
    snprintf(s->lesefehler.meldung, sizeof s->lesefehler.meldung, "%s", meldung);
}

/* JSON Lines, the common case: a line that lies whole in the read buffer, not at the start of
 * the input (a byte order mark) and not over the limit, taken where it lies — what zeile_jsonl
 * makes of it, without copying it into the line buffer first. True with the line (without its
 * line ending) in *zeile, *len; false when the general way must read it. */
static bool zeile_im_puffer(batch_leser *l, const char **zeile, size_t *len)
{
    if (l->offset == 0 || l->ein_pos >= l->ein_len) return false;
    const char *start = l->ein + l->ein_pos;
    const char *e = memchr(start, '\n', l->ein_len - l->ein_pos);
    if (!e || (size_t)(e - start) > BATCH_MAX_ZEILE) return false;
    const size_t k = (size_t)(e - start);
    l->ein_pos += k + 1;
    l->offset += k + 1;
    l->zeile++;
    *zeile = start;
    *len = wgi_ohne_cr(start, k);
    return true;
}

/* JSON Lines: one record per non-blank line. */
static int block_jsonl(batch_leser *l, batch_block *b, size_t max)
{
    while (b->anzahl < max && b->texte.len < BATCH_BLOCK_BYTES) {
        const char *zeile;
        size_t len;
        bool zu_lang = false;
        if (!zeile_im_puffer(l, &zeile, &len)) {
            int st = zeile_jsonl(l, &len, &zu_lang);
            if (st < 0) return -1;
            if (st == 0) {
                l->ende = true;
                break;
            }
            zeile = l->buf;
        }
        size_t k = 0;
        while (k < len && (zeile[k] == ' ' || zeile[k] == '\t')) k++;
        if (k == len && !zu_lang) continue; /* blank lines separate nothing; they are not records */
        batch_satz *s;
        if (!satz_neu(b, &s)) return -1;
        s->zeile_von = s->zeile_bis = l->zeile;
        s->text = s->roh = b->texte.len;
        s->text_len = s->roh_len = len;
        wgi_puffer_text(&b->texte, zeile, len);
        wgi_puffer_zeichen(&b->texte, '\0');
        if (zu_lang) {
            char m[128];
            snprintf(m, sizeof m, "Zeile %llu ist länger als %u Bytes", (unsigned long long)l->zeile, BATCH_MAX_ZEILE);
            lesefehler(s, WG_E_GRENZE, "", m);
            s->roh_gekuerzt = true;
        }
        if (b->texte.fehler) return -1;
    }
    b->offset_ende = l->offset;
    b->zeile_ende = l->zeile;
    return 0;
}

/* The id of a CSV row (wg_csv_zeile_id); false when it has none. */
static bool zeile_id(const batch_leser *l, const batch_zeile *z, char *id, size_t *id_len)
{
    return wg_csv_zeile_id(l->kopf, z->text, z->len, l->trenn, id, MAX_ID, id_len);
}

/* Reads the next non-blank CSV row to the end of the queue. 1, 0 at the end, -1. */
static int nachlesen(batch_leser *l)
{
    for (;;) {
        uint64_t anfang = l->offset;
        batch_zeile *z = &l->warte[l->n_warte];
        int st = zeile_csv(l, z);
        if (st <= 0) return st;
        if (z->len == 0 && !z->zu_lang) continue;
        z->offset_ende = l->offset;
        l->warte_anfang[l->n_warte++] = anfang;
        return 1;
    }
}

/* At least n rows in the queue (n ≤ BATCH_WARTE): 1, 0 when the input ends before, -1. */
static int vorhalten(batch_leser *l, size_t n)
{
    while (l->n_warte < n) {
        int st = nachlesen(l);
        if (st <= 0) return st;
    }
    return 1;
}

/* The first row of the queue consumed (its buffer goes to the back for reuse). */
static void weg(batch_leser *l)
{
    batch_zeile z = l->warte[0];
    memmove(l->warte, l->warte + 1, (l->n_warte - 1) * sizeof l->warte[0]);
    memmove(l->warte_anfang, l->warte_anfang + 1, (l->n_warte - 1) * sizeof l->warte_anfang[0]);
    l->warte[l->n_warte - 1] = z;
    l->n_warte--;
}

/* A row that cannot say which household it belongs to: its id is empty or unreadable (an
 * unterminated quote in the id, say). A damaged row whose id can be read belongs to that id. */
static bool schadhaft(const batch_leser *l, const batch_zeile *z, char *rid)
{
    size_t rl;
    return !zeile_id(l, z, rid, &rl);
}

static bool gleiche_id(const batch_leser *l, const batch_zeile *z, const char *id, size_t id_len, char *rid)
{
    size_t rl;
    return zeile_id(l, z, rid, &rl) && rl == id_len && memcmp(rid, id, id_len) == 0;
}

/* CSV: the rows of one household (consecutive rows with the same non-empty id) form a record,
 * turned into record JSON by a worker (batch_csv_satz); a row without a readable id is a record of its own — unless it stands
 * between two rows of one household (with at most BATCH_WARTE - 1 such rows in a row): then it is
 * part of that household, and the household is rejected whole, naming the row. */
static int block_csv(batch_leser *l, batch_block *b, size_t max)
{
    char *id = malloc(MAX_ID), *rid = malloc(MAX_ID);
    wgi_puffer gruppe = {0};
    int rc = -1;
    if (!id || !rid) goto ende;
    while (b->anzahl < max && b->texte.len < BATCH_BLOCK_BYTES) {
        if (l->n_warte == 0) {
            int st = nachlesen(l);
            if (st < 0) goto ende;
            if (st == 0) {
                l->ende = true;
                break;
            }
        }
        /* collect the rows: texts in `gruppe`, each followed by '\n' */
        size_t start[BATCH_CSV_MAX_ZEILEN + 1], n_zeilen = 0, id_len = 0;
        bool hat_id = zeile_id(l, &l->warte[0], id, &id_len);
        uint64_t von = l->warte[0].zeile_von, bis = 0, fehler_zeile = 0;
        bool zu_lang = false, gebrochen = false, zu_viele = false, gekuerzt = false, id_leer = false;
        size_t mitnehmen = 1; /* rows to take from the queue before looking again */
        wgi_puffer_leeren(&gruppe);
        for (;;) {
            for (; mitnehmen > 0; mitnehmen--) {
                const batch_zeile *z = &l->warte[0];
                if (n_zeilen < BATCH_CSV_MAX_ZEILEN) start[n_zeilen++] = gruppe.len;
                else zu_viele = true;
                if (gruppe.len + z->len < BATCH_BLOCK_BYTES) {
                    wgi_puffer_text(&gruppe, z->text, z->len);
                    wgi_puffer_zeichen(&gruppe, '\n');
                } else {
                    gekuerzt = true;
                }
                if (!fehler_zeile && (z->zu_lang || z->gebrochen || (n_zeilen > 1 && schadhaft(l, z, rid)))) {
                    fehler_zeile = z->zeile_von;
                    zu_lang = z->zu_lang;
                    gebrochen = z->gebrochen;
                    id_leer = !zu_lang && !gebrochen;
                }
                gekuerzt |= z->zu_lang;
                bis = z->zeile_bis;
                weg(l);
            }
            if (!hat_id) break;
            int st = vorhalten(l, 1);
            if (st < 0) goto ende;
            if (st == 0) {
                l->ende = true;
                break;
            }
            if (gleiche_id(l, &l->warte[0], id, id_len, rid)) {
                mitnehmen = 1;
                continue;
            }
            /* damaged rows, then a row of this household: they belong to it */
            size_t k = 0;
            while (k < BATCH_WARTE - 1 && schadhaft(l, &l->warte[k], rid)) {
                k++;
                if ((st = vorhalten(l, k + 1)) < 0) goto ende;
                if (st == 0) break;
            }
            if (k > 0 && k < l->n_warte && gleiche_id(l, &l->warte[k], id, id_len, rid)) {
                mitnehmen = k + 1;
                continue;
            }
            break;
        }
        if (gruppe.fehler) goto ende;
        if (n_zeilen > BATCH_CSV_MAX_ZEILEN) n_zeilen = BATCH_CSV_MAX_ZEILEN;
        start[n_zeilen] = gruppe.len;
        batch_satz *s;
        if (!satz_neu(b, &s)) goto ende;
        s->zeile_von = von;
        s->zeile_bis = bis;
        s->roh_gekuerzt = gekuerzt;
        if (hat_id) {
            s->id = b->texte.len;
            s->hat_id = true;
            wgi_puffer_text(&b->texte, id, id_len);
            wgi_puffer_zeichen(&b->texte, '\0');
        }
        s->roh = b->texte.len;
        s->roh_len = gruppe.len ? gruppe.len - 1 : 0;
        wgi_puffer_text(&b->texte, gruppe.daten, s->roh_len);
        wgi_puffer_zeichen(&b->texte, '\0');
        /* the record, or why there is none */
        char m[200];
        /* a damaged row inside a household rejects all of it (its rows von … bis) */
        char ganz[96] = "";
        if (fehler_zeile && n_zeilen > 1)
            snprintf(ganz, sizeof ganz, "; der ganze Haushalt (Zeilen %llu–%llu) wurde abgelehnt", (unsigned long long)von,
                     (unsigned long long)bis);
        if (zu_lang) {
            snprintf(m, sizeof m, "Zeile %llu ist länger als %u Bytes%s", (unsigned long long)fehler_zeile, BATCH_MAX_ZEILE, ganz);
            lesefehler(s, WG_E_GRENZE, "", m);
        } else if (gebrochen) {
            if (ganz[0])
                snprintf(m, sizeof m, "Zeile %llu: Anführungszeichen nicht geschlossen%s", (unsigned long long)fehler_zeile, ganz);
            else
                snprintf(m, sizeof m, "Zeile %llu: Anführungszeichen nicht geschlossen; die Zeile wurde allein abgelehnt, "
                         "gelesen wird ab der nächsten Zeile weiter", (unsigned long long)fehler_zeile);
            lesefehler(s, WG_E_JSON_UNGUELTIG, "", m);
        } else if (id_leer) {
            snprintf(m, sizeof m, "Zeile %llu: die Spalte id ist leer oder nicht lesbar%s", (unsigned long long)fehler_zeile, ganz);
            lesefehler(s, WG_E_FELD_FEHLT, "id", m);
        } else if (zu_viele || gekuerzt) {
            snprintf(m, sizeof m, "mehr als %d Zeilen oder %u Bytes für einen Haushalt", BATCH_CSV_MAX_ZEILEN, BATCH_BLOCK_BYTES);
            lesefehler(s, WG_E_GRENZE, "", m);
        } else {
            /* the rows for a worker (batch_csv_satz): checking them and forming the record JSON
             * is most of the work of a CSV record, and it runs beside the others (issue 26) */
            s->text = b->texte.len;
            s->csv_zeilen = (unsigned)n_zeilen;
            for (size_t z = 0; z < n_zeilen; z++) {
                const uint32_t tl = (uint32_t)(start[z + 1] - start[z] - 1);
                wgi_puffer_text(&b->texte, (const char *)&tl, sizeof tl);
                wgi_puffer_text(&b->texte, gruppe.daten + start[z], tl);
                wgi_puffer_zeichen(&b->texte, '\0');
            }
            s->text_len = b->texte.len - s->text;
        }
        if (b->texte.fehler) goto ende;
    }
    if (l->n_warte) {
        b->offset_ende = l->warte_anfang[0];
        b->zeile_ende = l->warte[0].zeile_von - 1;
    } else {
        b->offset_ende = l->offset;
        b->zeile_ende = l->zeile;
    }
    rc = 0;
ende:
    free(id);
    free(rid);
    wgi_puffer_frei(&gruppe);
    return rc;
}

int batch_block_lesen(batch_leser *l, batch_block *b, size_t max)
{
    b->anzahl = 0;
    wgi_puffer_leeren(&b->texte);
    b->offset_ende = l->offset;
    b->zeile_ende = l->zeile;
    if (!l->csv) return block_jsonl(l, b, max);
    if (!l->kopf) {
        l->ende = true;
        l->n_warte = 0;
        return 0;
    }
    return block_csv(l, b, max);
}

/* The rows of record s split in place into zeilen/lz (room in felder, laengen) and checked, and
 * the household's id: WG_OK, or the first error in *f. */
static wg_status csv_zeilen(const wg_csv_kopf *kopf, char trenn, batch_block *b, const batch_satz *s, char **felder,
                            size_t *laengen, char ***zeilen, size_t **lz, wg_fehler *f)
{
    const int spalten = wg_csv_spalten(kopf);
    wg_status st = WG_OK;
    char *p = b->texte.daten + s->text;
    for (size_t z = 0; z < s->csv_zeilen && st == WG_OK; z++) {
        zeilen[z] = felder + z * (size_t)(spalten + 1);
        lz[z] = laengen + z * (size_t)(spalten + 1);
        uint32_t tl;
        memcpy(&tl, p, sizeof tl);
        char *t = p + sizeof tl;
        st = wg_csv_zeile_pruefen(kopf, t, tl, trenn, s->zeile_von + z, zeilen[z], lz[z], f);
        p = t + tl + 1;
    }
    if (st == WG_OK && !s->hat_id) {
        st = f->code = WG_E_FELD_FEHLT;
        snprintf(f->feld, sizeof f->feld, "id");
        snprintf(f->meldung, sizeof f->meldung, "Zeile %llu: die Spalte id ist leer; sie ordnet die Zeilen einem Haushalt zu",
                 (unsigned long long)s->zeile_von);
    }
    return st;
}

int batch_csv_satz(const wg_csv_kopf *kopf, char trenn, batch_block *b, batch_satz *s, wg_json *j, char **felder,
                   size_t *laengen, wgi_puffer *json_aus)
{
    char **zeilen[BATCH_CSV_MAX_ZEILEN];
    size_t *lz[BATCH_CSV_MAX_ZEILEN];
    wg_fehler f = {0};
    const wg_status st = csv_zeilen(kopf, trenn, b, s, felder, laengen, zeilen, lz, &f);
    size_t jl = 0;
    const char *js = st == WG_OK ? wg_csv_haushalt_lesen(j, kopf, zeilen, lz, s->csv_zeilen, &jl, &f) : NULL;
    wgi_puffer_leeren(json_aus);
    if (!js) {
        s->hat_lesefehler = true;
        s->lesefehler = f;
        if (st != WG_OK) s->lesefehler.code = st;
        return 0; /* lack of memory too: its status stops the run (batch_lauf.c) */
    }
    wgi_puffer_text(json_aus, js, jl);
    wgi_puffer_zeichen(json_aus, '\0');
    return json_aus->fehler ? -1 : 0;
}

wg_status batch_csv_haushalt(const wg_csv_kopf *kopf, char trenn, batch_block *b, batch_satz *s, wg_json *j, char **felder,
                             size_t *laengen, wg_haushalt *h, const wg_unbekannt **u, size_t *anzahl_u, wg_fehler *f)
{
    char **zeilen[BATCH_CSV_MAX_ZEILEN];
    size_t *lz[BATCH_CSV_MAX_ZEILEN];
    f->code = WG_OK;
    f->feld[0] = f->meldung[0] = '\0';
    wg_status st = csv_zeilen(kopf, trenn, b, s, felder, laengen, zeilen, lz, f);
    if (st == WG_OK) {
        st = wg_csv_teilhaushalt_lesen(j, kopf, zeilen, lz, s->csv_zeilen, h, u, anzahl_u, f);
        /* failed before the record's id was read (household columns that differ): a rejected
         * record as batch_csv_satz makes it, known by the rows' id */
        if (st == WG_OK || h->id) return st;
    } else {
        wg_haushalt_init(h);
    }
    s->hat_lesefehler = true;
    s->lesefehler = *f;
    s->lesefehler.code = st;
    return st;
}
