/*
 * batch_lauf.c — one night run (batch.h, docs/batch.md).
 *
 * Exports batch_laufen only. The run, in order:
 *   1. checks before anything is created: the input opens; no file the run writes is the input
 *      or another of its files; each output directory exists and is writable;
 *   2. the lock beside the output (one run per output at a time);
 *   3. a resume checks every checkpoint value against the files, or a new run creates its
 *      .teil files (never through a symlink);
 *   4. blocks: the main thread reads a block, N workers compute it (each with its own reader and
 *      result; the engine is shared), the main thread writes the results in input order — so
 *      the output is byte-identical for every N — and the rejected records to the reject file;
 *      at least every --checkpoint-sekunden a checkpoint; SIGTERM/SIGINT stop at a block end;
 *   5. the finish in an order that a crash at any point can resume from: the summary, the reject
 *      file, and last the output itself (renaming OUT.teil to OUT is the commit).
 * A run that could not start leaves nothing behind; a run that stopped after a checkpoint keeps
 * its .teil files and checkpoint for --fortsetzen.
 */
#include "fehlertext.h"
#include "batch.h"
#include "briefe.h"
#include "batch_checkpoint.h"
#include "batch_dateien.h"
#include "batch_lesen.h"
#include "batch_protokoll.h"
#include "batch_pruefsumme.h"
#include "batch_summe.h"
#include "motor.h"
#include "wohngeld.h"
#include "wohngeld_csv.h"
#include "batch_schreiber.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

#include <errno.h>
#include <gmp.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* the final files a run locks: output, summary, rejects, log */
#define BATCH_SPERREN 4

/* The signal that asks the run to stop (0: none). The one piece of process state of the
 * program: a signal handler can reach nothing else. Atomic (lock-free, so a handler may store
 * it): the workers read it inside a long screening search (halt_frage). */
static atomic_int angehalten;

static void bei_signal(int nr) { atomic_store(&angehalten, nr); }

/* asked by the screening before every household it computes (wg_vorpruefung_halt_setzen): a
 * SIGTERM ends even a record that would use its whole budget within milliseconds */
static int halt_frage(void *ctx)
{
    (void)ctx;
    return atomic_load_explicit(&angehalten, memory_order_relaxed) != 0;
}

static double jetzt(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ---- workers ---- */

typedef struct arbeiter {
    const wg_engine *e;
    batch_block *b;
    const batch_optionen *o;
    atomic_size_t *naechster;
    wg_json *j;
    wg_ergebnis *r;
    wg_vorpruefung *v;
    wg_fall_ergebnis *fr;
    wgi_puffer aus, hinweise;
    const batch_schreiber *fmt;  /* the output format, chosen once (batch_schreiber.h) */
    batch_schreib w;
    int nr;
    bool speicher_fehlt;
    bool unterbrochen;        /* a search stopped at a signal: the block is not written */
    /* CSV: the shared header, room for a household's fields, its record JSON (batch_csv_satz) */
    const wg_csv_kopf *kopf;
    char **felder;
    size_t *laengen;
    wgi_puffer csv_json;
    /* --bescheide: the letters of each record (docs/bescheide.md § 5) */
    wg_bescheide *bs;
    const batch_briefe *ablage;
    int brief_errno;          /* a letter file could not be written: the run stops */
} arbeiter;

/* The end of one record's work: its output line into the worker's buffer. */
static void satz_abschliessen(arbeiter *a, batch_satz *s, const char *t, size_t len)
{
    if (!t) {
        a->speicher_fehlt = true;
    } else {
        wgi_puffer_text(&a->aus, t, len);
        if (a->fmt->zeile_anhaengen) wgi_puffer_zeichen(&a->aus, '\n'); /* CSV rows end with their own line ending */
    }
    if (s->status == WG_E_SPEICHER || a->aus.fehler || a->hinweise.fehler) a->speicher_fehlt = true;
    s->aus_len = a->aus.len - s->aus;
    if (!s->teil) s->hinweise_len = (s->fall ? s->fehlt : a->hinweise.len) - s->hinweise; /* a partial record set its own */
}

/* A running case (--art fall, docs/laufende-faelle.md § 8): its result, its hint codes, and in
 * the `fehlt` part of the hint buffer the rules of its decisions ("_" for spaces). */
static void fall_rechnen(arbeiter *a, batch_block *b, batch_satz *s)
{
    wg_fall fall;
    wg_fehler f; /* filled by whatever fails; 388 bytes not cleared per record */
    f.code = WG_OK;
    f.feld[0] = f.meldung[0] = '\0';
    const char *t;
    size_t len = 0;
    if (s->hat_lesefehler) {
        f = s->lesefehler;
        s->status = f.code;
        t = a->fmt->fall_fehler(&a->w, s->hat_id ? b->texte.daten + s->id : NULL, &f, &len);
    } else if (wg_json_fall_lesen(a->j, b->texte.daten + s->text, s->text_len, &fall, &f) != WG_OK) {
        s->status = f.code;
        s->lesefehler = f;
        t = a->fmt->fall_fehler(&a->w, fall.id, &f, &len);
    } else {
        s->status = wg_fall_rechnen(a->e, &fall, &a->o->fall_einstellungen, a->fr);
        if (s->status == WG_OK) {
            s->fall = true;
            s->ueberzahlung = wg_fall_ergebnis_ueberzahlung(a->fr);
            s->nachzahlung = wg_fall_ergebnis_nachzahlung(a->fr);
            s->erstattung = wg_fall_ergebnis_erstattung(a->fr);
            for (size_t k = 0; k < wg_fall_ergebnis_anzahl_hinweise(a->fr); k++) {
                if (k) wgi_puffer_zeichen(&a->hinweise, ' ');
                wgi_puffer_cstr(&a->hinweise, wg_fall_ergebnis_hinweis(a->fr, k)->code);
            }
            s->fehlt = a->hinweise.len;
            /* the rule up to "Abs. N": "§ 27 Abs. 2 Nr. 1" and "§ 27 Abs. 2 Nr. 1, 3" are one key of
             * the summary (issue 23); the case result keeps the whole rule */
            for (size_t k = 0; k < wg_fall_ergebnis_anzahl_entscheidungen(a->fr); k++) {
                if (k) wgi_puffer_zeichen(&a->hinweise, ' ');
                const char *regel = wg_fall_ergebnis_entscheidung(a->fr, k)->regel, *nr = strstr(regel, " Nr.");
                for (const char *q = regel; *q && q != nr; q++) wgi_puffer_zeichen(&a->hinweise, *q == ' ' ? '_' : *q);
            }
            s->fehlt_len = a->hinweise.len - s->fehlt;
            /* the reasons for a person (§ 31a SGB X), in the witness part of the hint buffer */
            s->zeuge = a->hinweise.len;
            for (size_t k = 0; k < wg_fall_ergebnis_anzahl_aussteuerungen(a->fr); k++) {
                const char *code = wg_fall_ergebnis_aussteuerung(a->fr, k)->code;
                bool schon = false; /* a case counts once per reason */
                for (size_t q = 0; q < k && !schon; q++) schon = strcmp(wg_fall_ergebnis_aussteuerung(a->fr, q)->code, code) == 0;
                if (schon) continue;
                if (a->hinweise.len > s->zeuge) wgi_puffer_zeichen(&a->hinweise, ' ');
                wgi_puffer_cstr(&a->hinweise, code);
            }
            s->zeuge_len = a->hinweise.len - s->zeuge;
        } else {
            s->lesefehler = *wg_fall_ergebnis_fehler(a->fr);
        }
        t = a->fmt->fall(&a->w, a->fr, &len);
    }
    satz_abschliessen(a, s, t, len);
}

/* The record JSON of s: in the block, or for a CSV household in the worker's buffer. */
static const char *satz_text(const arbeiter *a, const batch_block *b, const batch_satz *s, size_t *len)
{
    if (s->csv_zeilen) {
        *len = a->csv_json.len ? a->csv_json.len - 1 : 0;
        return a->csv_json.daten;
    }
    *len = s->text_len;
    return b->texte.daten + s->text;
}

/* One record: read, compute, its output line appended to the worker's buffer. */
static void satz_rechnen(arbeiter *a, batch_block *b, size_t i)
{
    batch_satz *s = &b->saetze[i];
    s->arbeiter = a->nr;
    s->aus = a->aus.len;
    s->hinweise = a->hinweise.len;
    s->fehlt = a->hinweise.len;
    s->fehlt_len = 0;
    s->zeuge = a->hinweise.len;
    s->zeuge_len = 0;
    s->teil = false;
    size_t len = 0;
    const char *t = NULL;
    wg_haushalt h;
    wg_fehler f; /* filled by whatever fails; 388 bytes not cleared per record */
    f.code = WG_OK;
    f.feld[0] = f.meldung[0] = '\0';
    const wg_unbekannt *u = NULL;
    size_t anzahl_u = 0;
    s->fall = false;
    if (a->o->fall) {
        fall_rechnen(a, b, s);
        return;
    }
    bool gelesen;
    if (s->csv_zeilen && !s->hat_lesefehler && !a->bs) {
        /* a CSV household straight into h; with letters (below) its record JSON is needed too */
        gelesen = batch_csv_haushalt(a->kopf, a->o->trennzeichen, b, s, a->j, a->felder, a->laengen, &h, &u, &anzahl_u, &f) == WG_OK;
    } else {
        if (s->csv_zeilen && !s->hat_lesefehler &&
            batch_csv_satz(a->kopf, a->o->trennzeichen, b, s, a->j, a->felder, a->laengen, &a->csv_json) != 0)
            a->speicher_fehlt = true;
        size_t text_len = 0;
        const char *text = s->hat_lesefehler ? NULL : satz_text(a, b, s, &text_len);
        gelesen = text && wg_json_teilhaushalt_lesen(a->j, text, text_len, &h, &u, &anzahl_u, &f) == WG_OK;
    }
    if (gelesen && anzahl_u > 0) {
        /* a partial record: the screening (docs/vorpruefung.md § 6) */
        s->status = wg_vorpruefen(a->e, &h, u, anzahl_u, a->v);
        if (s->status == WG_E_ABGEBROCHEN) {
            a->unterbrochen = true; /* SIGTERM: the block is dropped and computed again on resume */
            return;
        }
        if (s->status == WG_OK) {
            const wg_spanne *sp = wg_vorpruefung_spanne(a->v);
            s->teil = true;
            s->einstufung = (unsigned char)sp->einstufung;
            s->wohngeld_min = sp->wohngeld_min;
            s->wohngeld_max = sp->wohngeld_max;
            const int stufe = wg_ergebnis_mietenstufe(sp->ergebnis_max), ng = wg_ergebnis_n_gesamt(sp->ergebnis_max);
            s->mietenstufe = (unsigned char)(stufe >= 1 && stufe <= 7 ? stufe : 0);
            s->groesse = (unsigned char)(ng > 12 ? 13 : ng > 0 ? ng : 0);
            /* the hints that hold for the household are counted as hints; those that read an
             * open value hold only at the witness and are counted apart (docs/vorpruefung.md § 5) */
            const size_t nh = wg_ergebnis_anzahl_hinweise(sp->ergebnis_max);
            for (int zeuge = 0; zeuge < 2; zeuge++) {
                if (zeuge) {
                    s->fehlt = a->hinweise.len;
                    for (size_t k = 0; k < sp->anzahl_fehlt; k++) {
                        if (k) wgi_puffer_zeichen(&a->hinweise, ' ');
                        wgi_puffer_cstr(&a->hinweise, sp->fehlt[k]);
                    }
                    s->fehlt_len = a->hinweise.len - s->fehlt;
                    s->zeuge = a->hinweise.len;
                }
                const size_t anfang = a->hinweise.len;
                for (size_t k = 0; k < nh; k++) {
                    if ((sp->hinweis_nur_bei_zeuge && sp->hinweis_nur_bei_zeuge[k]) != (zeuge != 0)) continue;
                    if (a->hinweise.len > anfang) wgi_puffer_zeichen(&a->hinweise, ' ');
                    wgi_puffer_cstr(&a->hinweise, wg_ergebnis_hinweis_code(sp->ergebnis_max, k));
                }
                if (!zeuge) s->hinweise_len = a->hinweise.len - s->hinweise;
            }
            s->zeuge_len = a->hinweise.len - s->zeuge;
            t = a->fmt->spanne(&a->w, h.id, sp, &len);
        } else {
            f = *wg_vorpruefung_fehler(a->v);
            s->lesefehler = f;
            t = a->fmt->fehler(&a->w, h.id, &f, &len);
        }
    } else if (gelesen) {
        s->status = wg_berechnen(a->e, &h, a->r, a->o->voll ? 0 : WG_NUR_BETRAG);
        if (s->status == WG_OK) {
            s->anspruch = wg_ergebnis_anspruch(a->r);
            s->wohngeld = wg_ergebnis_wohngeld_monat(a->r);
            s->grund = wg_ergebnis_grund(a->r);
            s->zeitraum = wg_ergebnis_hat_zeitraum(a->r);
            s->summe = s->zeitraum ? wg_ergebnis_summe(a->r) : 0;
            const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(a->r);
            s->rechtsstand = rs ? rs->id : NULL;
            const wg_auslegung *au = wg_ergebnis_auslegung(a->r);
            s->auslegung = (unsigned char)(au ? (au->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? BATCH_AUSLEGUNG_ABSCHNEIDEN : 0) |
                                                    (au->deckelung_auf_miete ? BATCH_AUSLEGUNG_DECKELUNG : 0) |
                                                    (au->ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL ? BATCH_AUSLEGUNG_UEBER12 : 0) |
                                                    (!au->mindestmiete_nach_entlastung ? BATCH_AUSLEGUNG_VOR_ENTLASTUNG : 0)
                                              : 0);
            const int stufe = wg_ergebnis_mietenstufe(a->r), n = wg_ergebnis_n(a->r);
            s->mietenstufe = (unsigned char)(stufe >= 1 && stufe <= 7 ? stufe : 0);
            s->groesse = (unsigned char)(n > 12 ? 13 : n > 0 ? n : 0);
            for (size_t k = 0; k < wg_ergebnis_anzahl_hinweise(a->r); k++) {
                if (k) wgi_puffer_zeichen(&a->hinweise, ' ');
                wgi_puffer_cstr(&a->hinweise, wg_ergebnis_hinweis_code(a->r, k));
            }
        } else {
            s->lesefehler = *wg_ergebnis_fehler(a->r); /* for the reject file */
        }
        t = a->fmt->ergebnis(&a->w, a->r, &len);
    } else {
        if (s->hat_lesefehler) f = s->lesefehler;
        s->status = f.code;
        s->lesefehler = f;
        const char *id = s->hat_lesefehler ? (s->hat_id ? b->texte.daten + s->id : NULL) : h.id;
        t = a->fmt->fehler(&a->w, id, &f, &len);
    }
    satz_abschliessen(a, s, t, len);
}

/* The letters of one assessed record (--bescheide): each letter as an HTML page; a record routed
 * to a person as its JSON record (for the list aussteuerung.jsonl); a record whose
 * letters cannot be made (behoerde_unvollstaendig, …) as its error record (fehler.jsonl). The
 * same module as `wohngeld bescheid`, on the same record text. */
static void briefe_machen(arbeiter *a, batch_block *b, batch_satz *s)
{
    memset(s->briefe, 0, sizeof s->briefe);
    s->brief_fehler = false;
    if (s->status != WG_OK || s->hat_lesefehler) return; /* rejected: its error is in the output and the reject file */
    char name[200];
    const char *t;
    size_t n = 0;
    size_t text_len = 0;
    const char *text = satz_text(a, b, s, &text_len);
    if (wg_bescheide_erstellen(a->bs, a->e, a->o->behoerde, text, text_len, a->o->bescheid_datum) != WG_OK) {
        s->brief_fehler = true;
        t = wg_bescheide_fehler_json(a->bs, &n);
        batch_brief_name(name, sizeof name, s->zeile_von, wg_bescheide_id(a->bs), 0, "fehler", ".json");
        if (!t) a->speicher_fehlt = true;
        else if (batch_brief_ablegen(a->ablage, name, t, n) != 0 && !a->brief_errno) a->brief_errno = errno ? errno : EIO;
        return;
    }
    for (size_t i = 0; i < wg_bescheide_anzahl(a->bs); i++) {
        const wg_bescheid_info *x = wg_bescheid(a->bs, i);
        if (s->briefe[x->art] < 255) s->briefe[x->art]++;
        if (x->art == WG_BESCHEID_KEINER) continue;
        const char *art = wg_bescheid_art_name(x->art);
        if (x->art == WG_BESCHEID_AUSSTEUERUNG) {
            /* for a person: its record, gathered into aussteuerung.jsonl at the end (no letter) */
            t = wg_bescheid_json(a->bs, i, &n);
            batch_brief_name(name, sizeof name, s->zeile_von, x->id, (int)i + 1, art, ".json");
            if (!t) { a->speicher_fehlt = true; return; }
            if (batch_brief_ablegen(a->ablage, name, t, n) != 0 && !a->brief_errno) a->brief_errno = errno ? errno : EIO;
            continue;
        }
        t = wg_bescheid_html(a->bs, i, &n);
        batch_brief_name(name, sizeof name, s->zeile_von, x->id, (int)i + 1, art, ".html");
        if (!t) { a->speicher_fehlt = true; return; }
        if (batch_brief_ablegen(a->ablage, name, t, n) != 0 && !a->brief_errno) a->brief_errno = errno ? errno : EIO;
    }
}

static void *arbeiten(void *arg)
{
    arbeiter *a = arg;
    batch_block *b = a->b;
    wgi_puffer_leeren(&a->aus);
    wgi_puffer_leeren(&a->hinweise);
    a->unterbrochen = false;
    /* records are taken in runs of STUECK: fewer atomic operations, and a run's output lines
     * lie one after another in this worker's buffer, so the writer needs one fwrite per run */
    enum { STUECK = 32 };
    size_t anfang;
    while (!a->unterbrochen && (anfang = atomic_fetch_add(a->naechster, STUECK)) < b->anzahl)
        for (size_t i = anfang; i < anfang + STUECK && i < b->anzahl && !a->unterbrochen; i++) {
            satz_rechnen(a, b, i);
            if (a->bs && !a->unterbrochen) briefe_machen(a, b, &b->saetze[i]);
        }
    return NULL;
}

/* ---- the run ---- */

typedef struct lauf {
    const batch_optionen *o;
    wg_engine *e;
    batch_leser l;
    batch_sha256 *sha;
    wg_json *json;            /* the main thread's: the CSV header of the output */
    FILE *aus, *fehler;
    bool aus_datei, ein_datei;
    bool ein_regulaer;        /* the input is a regular file (not "-", a pipe or a device) */
    bool checkpoints;         /* output a file, input a regular file: checkpoints and --fortsetzen */
    struct stat st_ein;
    char teil[PATH_MAX + 16], fehler_teil[PATH_MAX + 16], cp_pfad[PATH_MAX + 16], zus_pfad[PATH_MAX + 32];
    char zus_tmp[PATH_MAX + 40];
    /* one lock per final file the run writes (output, summary, rejects, log): two runs that
     * share any of them cannot both run */
    char sperre_pfad[BATCH_SPERREN][PATH_MAX + 48];
    int sperre[BATCH_SPERREN];
    int sperren;
    bool neu_angelegt;        /* this process created the .teil files */
    bool cp_geschrieben;      /* … and wrote a checkpoint since (or resumed one) */
    uint64_t ende_offset, ende_zeile; /* where the last block written ends in the input */
    bool ungesichert;         /* blocks written since the last checkpoint */
    batch_summe s;
    batch_checkpoint cp;
    batch_lauf info;
    batch_protokoll prot;
    double start;
    batch_briefe ablage;      /* --bescheide: the letters directory */
    uint64_t block_nr;        /* blocks read (computed or, under --shard, another shard's) */
    uint64_t bloecke_fertig;  /* blocks up to the last one written: one fewer than read while the
                                 next block is read ahead — what a checkpoint must count */
    wgi_puffer sammel;        /* a block's output lines, gathered from the workers' buffers and
                                 written with one fwrite (one write(2)) per block or MiB instead of
                                 one per run of records: 19 000 write(2) for a million households
                                 became 1 000 (issue 26) */
    size_t ungeschrieben;     /* output bytes written since the kernel was last asked to write
                                 them to disk (batch_rueckschreiben_anstossen) */
} lauf;

static int melden(lauf *L, int rc, const char *format, ...) __attribute__((format(printf, 3, 4)));
static int melden(lauf *L, int rc, const char *format, ...)
{
    char text[1200];
    va_list a;
    va_start(a, format);
    vsnprintf(text, sizeof text, format, a);
    va_end(a);
    if (rc != 0 || !L->o->leise) fprintf(stderr, "wohngeld batch: %s\n", text);
    /* on stderr as the log, the line above is the event */
    if (L->prot.f && L->prot.f != stderr) batch_ereignis(&L->prot, rc == 0 ? "warnung" : "fehler", "%s", text);
    return rc;
}

/* the options that shape the output: a resume must be given the same ones */
static void optionen_text(const lauf *L, char *aus, size_t n)
{
    char fehler[PATH_MAX + 256] = "-";
    if (L->o->fehler) batch_pfad_normal(L->o->fehler, fehler, sizeof fehler);
    const wg_fall_einstellungen *s = &L->o->fall_einstellungen;
    snprintf(aus, n,
             "format=%s umfang=%s trennzeichen=%c fehler=%s bedarf_anteil=%d art=%s voruebergehend=%d vergleich_y=%s "
             "daten_max_alter=%d erstattung_grenze=%lld frist_warnung=%d bescheide=%s behoerde=%s datum=%04d-%02d-%02d "
             "shard=%d/%d block=%zu",
             L->o->csv ? "csv" : "jsonl", L->o->voll ? "voll" : "kurz", L->o->trennzeichen, fehler, L->o->bedarf_anteil,
             L->o->fall ? "fall" : "haushalt", s->voruebergehend_bis_monate, wg_vergleich_y_name(s->vergleich_y),
             s->daten_max_alter_monate, (long long)s->erstattung_grenze, s->frist_warnung_tage, L->o->bescheide ? L->o->bescheide : "-",
             L->o->behoerde ? wg_behoerde_name(L->o->behoerde) : "-", L->o->bescheid_datum.jahr, L->o->bescheid_datum.monat,
             L->o->bescheid_datum.tag, L->o->shard_k, L->o->shard_n,
             /* the block size shapes a shard's records (not a whole run's) */
             L->o->shard_n ? L->o->block : (size_t)0);
}

/* the hash of the last BATCH_HASH_FENSTER bytes before pos in file fd */
static int fenster_hash(int fd, uint64_t pos, char hex[65])
{
    uint64_t von = pos > BATCH_HASH_FENSTER ? pos - BATCH_HASH_FENSTER : 0;
    return batch_datei_hash(fd, von, pos, hex);
}

/* A path the run can create: shorter than PATH_MAX, its name at most NAME_MAX bytes. */
static bool pfad_moeglich(const char *pfad)
{
    const char *name = strrchr(pfad, '/');
    name = name ? name + 1 : pfad;
    return strlen(pfad) < PATH_MAX && strlen(name) <= NAME_MAX;
}

/* The endings of the files a run derives from its names: no name the user gives may end so,
 * or it could be another run's temporary file (docs/batch.md "Files of a run"). */
static const char *vorbehaltene_endung(const char *pfad)
{
    static const char *const endungen[] = {".teil", ".tmp", ".sperre", ".checkpoint"};
    const size_t n = strlen(pfad);
    for (size_t i = 0; i < sizeof endungen / sizeof endungen[0]; i++) {
        const size_t k = strlen(endungen[i]);
        if (n >= k && !strcmp(pfad + n - k, endungen[i])) return endungen[i];
    }
    return NULL;
}

/* 1. Checks before anything is created. */
static int vorpruefen(lauf *L)
{
    const batch_optionen *o = L->o;
    char m[PATH_MAX + 200];
    if (L->ein_datei) {
        if (stat(o->eingabe, &L->st_ein) != 0) return melden(L, 2, "--eingabe %s: %s", o->eingabe, wgi_fehlertext(errno));
        if (S_ISDIR(L->st_ein.st_mode)) return melden(L, 2, "--eingabe %s ist ein Verzeichnis", o->eingabe);
        /* a pipe (<(zcat h.jsonl.gz)) or a device is read like standard input: no checkpoints,
         * since a checkpoint reads the input again at its offset */
        L->ein_regulaer = S_ISREG(L->st_ein.st_mode);
        L->checkpoints = L->aus_datei && L->ein_regulaer;
        if (!L->ein_regulaer && o->fortsetzen)
            return melden(L, 2, "--eingabe %s ist keine gewöhnliche Datei (eine Pipe?): --fortsetzen braucht eine Datei, "
                                "die sich erneut lesen lässt", o->eingabe);
    }
    /* the names the user gave: none with an ending the run uses for its own files */
    const char *gegeben[3] = {L->aus_datei ? o->ausgabe : NULL, o->fehler, o->protokoll};
    const char *gegeben_namen[3] = {"--ausgabe", "--fehler", "--protokoll"};
    for (int i = 0; i < 3; i++) {
        const char *endung = gegeben[i] ? vorbehaltene_endung(gegeben[i]) : NULL;
        if (endung)
            return melden(L, 2, "%s %s endet auf %s, wie die Dateien, die ein Lauf selbst anlegt; bitte einen anderen Namen",
                          gegeben_namen[i], gegeben[i], endung);
    }
    /* every file the run may write, with the option it comes from */
    typedef struct ziel { const char *pfad, *woher; } ziel;
    ziel w[8 + BATCH_SPERREN];
    int n = 0;
    if (L->aus_datei) {
        w[n++] = (ziel){o->ausgabe, "--ausgabe"};
        w[n++] = (ziel){L->teil, "--ausgabe (Teildatei)"};
        w[n++] = (ziel){L->cp_pfad, "--ausgabe (Checkpoint)"};
        w[n++] = (ziel){L->zus_pfad, "--ausgabe (Zusammenfassung)"};
        w[n++] = (ziel){L->zus_tmp, "--ausgabe (Zusammenfassung, vorläufig)"};
    }
    for (int i = 0; i < L->sperren; i++) w[n++] = (ziel){L->sperre_pfad[i], "Sperrdatei"};
    if (o->fehler) {
        w[n++] = (ziel){o->fehler, "--fehler"};
        w[n++] = (ziel){L->fehler_teil, "--fehler (Teildatei)"};
    }
    if (o->protokoll) w[n++] = (ziel){o->protokoll, "--protokoll"};
    for (int i = 0; i < n; i++) {
        if (!w[i].pfad) continue; /* never: each was added only when given */
        if (!pfad_moeglich(w[i].pfad))
            return melden(L, 2, "%s: der Pfad %.200s… ist zu lang (%zu Bytes; höchstens %d, ein Name höchstens %d); nichts wurde geschrieben",
                          w[i].woher, w[i].pfad, strlen(w[i].pfad), PATH_MAX - 1, NAME_MAX);
        /* standard input that is a file (< e.jsonl) is compared by device and inode too */
        if ((L->ein_datei && batch_gleiche_datei(o->eingabe, w[i].pfad)) || (!L->ein_datei && batch_ist_standardeingabe(w[i].pfad)))
            return melden(L, 2, "%s %s ist die Eingabedatei (oder ein Link auf sie): sie würde überschrieben; nichts wurde geschrieben",
                          w[i].woher, w[i].pfad);
        for (int k = 0; k < i; k++)
            if (batch_gleiche_datei(w[k].pfad, w[i].pfad))
                return melden(L, 2, "%s und %s nennen dieselbe Datei %s", w[k].woher, w[i].woher, w[i].pfad);
    }
    const char *ziele[3] = {L->aus_datei ? o->ausgabe : NULL, o->fehler, o->protokoll};
    const char *namen[3] = {"--ausgabe", "--fehler", "--protokoll"};
    for (int i = 0; i < 3; i++)
        if (ziele[i] && batch_pfad_pruefen(ziele[i], m, sizeof m) != 0) return melden(L, 2, "%s: %s", namen[i], m);
    return 0;
}

static bool da(const char *pfad)
{
    struct stat st;
    return lstat(pfad, &st) == 0;
}

/* 3a. A resume: every checkpoint value checked against the files. 0 resumed, 1 no checkpoint
 * (a new run), 4 the run had already finished, 2 refused. */
/* The records in the first `bytes` bytes of a .teil file: its lines — for CSV output the line
 * endings outside quotes (an id may hold a line break), less the header row. -1 on read error. */
static int64_t datensaetze_zaehlen(int fd, uint64_t bytes, bool csv)
{
    static const size_t STUECK = 1u << 20;
    char *b = malloc(STUECK);
    if (!b) return -1;
    uint64_t n = 0, pos = 0;
    bool in_quote = false;
    while (pos < bytes) {
        const size_t soll = bytes - pos < STUECK ? (size_t)(bytes - pos) : STUECK;
        const ssize_t r = pread(fd, b, soll, (off_t)pos);
        if (r <= 0) {
            free(b);
            return -1;
        }
        for (ssize_t i = 0; i < r; i++) {
            if (csv && b[i] == '"') in_quote = !in_quote;
            else if (b[i] == '\n' && !in_quote) n++;
        }
        pos += (uint64_t)r;
    }
    free(b);
    return csv && n > 0 ? (int64_t)n - 1 : (int64_t)n;
}

static int fortsetzen(lauf *L)
{
    const batch_optionen *o = L->o;
    batch_checkpoint alt;
    int r = batch_checkpoint_lesen(L->cp_pfad, &alt, &L->s);
    if (r == -1) {
        batch_summe_leeren(&L->s);
        batch_ereignis(&L->prot, "warnung", "kein Checkpoint %s: neuer Lauf", L->cp_pfad);
        return 1;
    }
    if (r == -2)
        return melden(L, 2, "Checkpoint %s ist beschädigt (Prüfsumme, Aufbau oder Zähler); Fortsetzen abgelehnt — "
                            "ohne --fortsetzen neu beginnen", L->cp_pfad);
    if (!da(L->teil) && da(o->ausgabe)) {
        /* the commit (rename of the output) happened; only the checkpoint was left */
        (void)unlink(L->cp_pfad);
        if (!o->leise) fprintf(stderr, "wohngeld batch: der Lauf war bereits abgeschlossen\n");
        return 4;
    }
    if (o->fehler && !da(L->fehler_teil) && da(o->fehler) && rename(o->fehler, L->fehler_teil) != 0)
        return melden(L, 2, "%s: %s", o->fehler, wgi_fehlertext(errno)); /* interrupted finish: take the reject file back */
    char opt[sizeof alt.optionen];
    optionen_text(L, opt, sizeof opt);
    if (strcmp(opt, alt.optionen) != 0)
        return melden(L, 2, "die Optionen weichen vom abgebrochenen Lauf ab (damals: %s; jetzt: %s); Fortsetzen nur mit denselben "
                            "(Checkpoint %s)", alt.optionen, opt, L->cp_pfad);
    char hex[65];
    if ((uint64_t)L->st_ein.st_size != alt.eingabe_groesse || (int64_t)L->st_ein.st_mtime != alt.eingabe_mtime ||
        alt.offset > (uint64_t)L->st_ein.st_size || fenster_hash(fileno(L->l.f), alt.offset, hex) != 0 ||
        strcmp(hex, alt.eingabe_sha256) != 0)
        return melden(L, 2, "die Eingabe %s hat sich seit dem Abbruch geändert (Größe, Zeit oder Inhalt); Fortsetzen ist nicht "
                            "möglich (Checkpoint %s)", o->eingabe, L->cp_pfad);
    const char *teile[2] = {L->teil, o->fehler ? L->fehler_teil : NULL};
    const uint64_t groessen[2] = {alt.aus_bytes, alt.fehler_bytes};
    const char *hashes[2] = {alt.aus_sha256, alt.fehler_sha256};
    FILE **dateien[2] = {&L->aus, &L->fehler};
    for (int i = 0; i < 2; i++) {
        if (!teile[i]) continue;
        FILE *f = batch_vorhandene_oeffnen(teile[i]);
        struct stat st;
        if (!f || fstat(fileno(f), &st) != 0) {
            if (f) fclose(f);
            return melden(L, 2, "Teildatei %s: %s; Fortsetzen nicht möglich", teile[i], wgi_fehlertext(errno));
        }
        *dateien[i] = f;
        if ((uint64_t)st.st_size < groessen[i] || fenster_hash(fileno(f), groessen[i], hex) != 0 || strcmp(hex, hashes[i]) != 0)
            return melden(L, 2, "Teildatei %s passt nicht zum Checkpoint (kürzer oder anderer Inhalt); Fortsetzen nicht möglich",
                          teile[i]);
        if (ftruncate(fileno(f), (off_t)groessen[i]) != 0)
            return melden(L, 2, "Teildatei %s: %s", teile[i], wgi_fehlertext(errno));
    }
    /* the counters are recomputed where the files allow it: every record read is one record of
     * the output, every rejected one a line of the reject file — a checkpoint whose counters were
     * edited and checksummed again is refused like a damaged one */
    const int64_t n_aus = datensaetze_zaehlen(fileno(L->aus), alt.aus_bytes, o->csv);
    const int64_t n_fehler = L->fehler ? datensaetze_zaehlen(fileno(L->fehler), alt.fehler_bytes, false) : -2;
    if (n_aus < 0 || n_fehler == -1) return melden(L, 2, "Teildatei: %s", wgi_fehlertext(errno));
    if ((uint64_t)n_aus != L->s.gelesen || (n_fehler >= 0 && (uint64_t)n_fehler != L->s.abgelehnt)) {
        char abgelehnt[48] = "";
        if (n_fehler >= 0) snprintf(abgelehnt, sizeof abgelehnt, ", %lld abgelehnt", (long long)n_fehler);
        return melden(L, 2, "Checkpoint %s: seine Zähler (%llu gelesen, %llu abgelehnt) passen nicht zu den Teildateien (%lld "
                            "Ergebnisse%s); Fortsetzen abgelehnt — ohne --fortsetzen neu beginnen", L->cp_pfad,
                      (unsigned long long)L->s.gelesen, (unsigned long long)L->s.abgelehnt, (long long)n_aus, abgelehnt);
    }
    if (batch_leser_suchen(&L->l, alt.offset, alt.zeile) != 0 || batch_leser_hash_nachholen(&L->l, alt.offset) != 0)
        return melden(L, 2, "%s: %s", o->eingabe, wgi_fehlertext(errno));
    L->cp = alt;
    L->cp.fortsetzungen++;
    L->cp_geschrieben = true;
    L->ende_offset = alt.offset;
    L->ende_zeile = alt.zeile;
    L->block_nr = alt.bloecke;
    L->bloecke_fertig = alt.bloecke;
    if (!o->leise)
        fprintf(stderr, "wohngeld batch: fortgesetzt ab Zeile %llu (%llu Datensätze erledigt)\n",
                (unsigned long long)alt.zeile + 1, (unsigned long long)L->s.gelesen);
    batch_ereignis(&L->prot, "fortsetzung", "ab Zeile %llu, Eingabe-Offset %llu, %llu Datensätze erledigt",
                    (unsigned long long)alt.zeile + 1, (unsigned long long)alt.offset, (unsigned long long)L->s.gelesen);
    return 0;
}

/* 3b. A new run: fresh .teil files (a stale checkpoint of an earlier run is dropped). */
static int neu_anlegen(lauf *L)
{
    const batch_optionen *o = L->o;
    if (L->checkpoints && da(L->cp_pfad)) {
        batch_ereignis(&L->prot, "warnung", "Checkpoint eines abgebrochenen Laufs verworfen (neuer Lauf ohne --fortsetzen)");
        (void)unlink(L->cp_pfad);
    }
    L->aus = L->aus_datei ? batch_neu_anlegen(L->teil) : stdout;
    if (!L->aus) return melden(L, 2, "--ausgabe: %s: %s", L->teil, wgi_fehlertext(errno));
    L->neu_angelegt = true;
    if (o->fehler && !(L->fehler = batch_neu_anlegen(L->fehler_teil)))
        return melden(L, 2, "--fehler: %s: %s", L->fehler_teil, wgi_fehlertext(errno));
    batch_zeit_jetzt(L->cp.erster_beginn);
    return 0;
}

/* one reject record: line numbers, the error, the original bytes (base64 when not UTF-8) */
static bool fehlerzeile(FILE *f, const batch_satz *s, const char *roh)
{
    wgi_puffer p = {0};
    char b[96];
    snprintf(b, sizeof b, "{\"zeile\":%llu,\"zeile_bis\":%llu", (unsigned long long)s->zeile_von,
             (unsigned long long)s->zeile_bis);
    wgi_puffer_cstr(&p, b);
    wgi_puffer_cstr(&p, ",\"fehler\":{\"code\":");
    const char *code = wg_status_code(s->status);
    wgi_puffer_json_text(&p, code, strlen(code));
    wgi_puffer_cstr(&p, ",\"feld\":");
    wgi_puffer_json_text(&p, s->lesefehler.feld, strlen(s->lesefehler.feld));
    wgi_puffer_cstr(&p, ",\"meldung\":");
    wgi_puffer_json_text(&p, s->lesefehler.meldung, strlen(s->lesefehler.meldung));
    if (wgi_puffer_utf8_gueltig(roh, s->roh_len)) {
        wgi_puffer_cstr(&p, "},\"eingabe\":");
        wgi_puffer_json_text(&p, roh, s->roh_len);
    } else {
        wgi_puffer_cstr(&p, "},\"eingabe_base64\":\"");
        wgi_puffer_base64(&p, roh, s->roh_len);
        wgi_puffer_zeichen(&p, '"');
    }
    if (s->roh_gekuerzt) wgi_puffer_cstr(&p, ",\"eingabe_gekuerzt\":true");
    wgi_puffer_cstr(&p, "}\n");
    bool ok = !p.fehler && fwrite(p.daten, 1, p.len, f) == p.len;
    wgi_puffer_frei(&p);
    return ok;
}

static int synchron(FILE *f) { return fflush(f) == 0 && fsync(fileno(f)) == 0 ? 0 : -1; }

static int checkpoint(lauf *L)
{
    if (synchron(L->aus) != 0 || (L->fehler && synchron(L->fehler) != 0))
        return melden(L, 2, "Schreibfehler: %s", wgi_fehlertext(errno));
    batch_checkpoint *c = &L->cp;
    c->offset = L->ende_offset;
    c->zeile = L->ende_zeile;
    c->bloecke = L->bloecke_fertig;
    off_t a = ftello(L->aus), f = L->fehler ? ftello(L->fehler) : 0;
    if (a < 0 || f < 0) return melden(L, 2, "Teildatei: %s", wgi_fehlertext(errno));
    c->aus_bytes = (uint64_t)a;
    c->fehler_bytes = (uint64_t)f;
    static const char leer[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; /* SHA-256 of nothing */
    if (fenster_hash(fileno(L->aus), c->aus_bytes, c->aus_sha256) != 0 ||
        (L->fehler ? fenster_hash(fileno(L->fehler), c->fehler_bytes, c->fehler_sha256) != 0
                   : (snprintf(c->fehler_sha256, sizeof c->fehler_sha256, "%s", leer), false)) ||
        fenster_hash(fileno(L->l.f), c->offset, c->eingabe_sha256) != 0)
        return melden(L, 2, "Checkpoint: Teildatei oder Eingabe nicht lesbar: %s", wgi_fehlertext(errno));
    c->eingabe_groesse = (uint64_t)L->st_ein.st_size;
    c->eingabe_mtime = (int64_t)L->st_ein.st_mtime;
    optionen_text(L, c->optionen, sizeof c->optionen);
    if (batch_checkpoint_schreiben(L->cp_pfad, c, &L->s) != 0) return melden(L, 2, "Checkpoint: %s", wgi_fehlertext(errno));
    L->cp_geschrieben = true;
    L->ungesichert = false;
    batch_ereignis(&L->prot, "checkpoint", "Zeile %llu, %llu Datensätze (%llu berechnet, %llu abgelehnt)",
                    (unsigned long long)c->zeile, (unsigned long long)L->s.gelesen, (unsigned long long)L->s.berechnet,
                    (unsigned long long)L->s.abgelehnt);
    return 0;
}

/* at most this much output is gathered before it is written (the peak memory stays flat) */
#define SAMMEL_GRENZE ((size_t)1 << 20)
/* output bytes after which the kernel is asked to start writing them to disk */
#define RUECKSCHREIBEN ((size_t)8 << 20)

/* writes the gathered output and empties it: 0, or 2 with the message */
static int sammel_schreiben(lauf *L)
{
    if (L->sammel.fehler) return melden(L, 2, "nicht genug Speicher");
    if (L->sammel.len && fwrite(L->sammel.daten, 1, L->sammel.len, L->aus) != L->sammel.len)
        return melden(L, 2, "Schreibfehler: %s", wgi_fehlertext(errno));
    /* every RUECKSCHREIBEN bytes the kernel is asked to write them out already (fwrite passes a
     * piece this large straight to write(2), keeping at most a buffer's worth) */
    L->ungeschrieben += L->sammel.len;
    if (L->aus_datei && L->ungeschrieben >= RUECKSCHREIBEN) {
        batch_rueckschreiben_anstossen(L->aus);
        L->ungeschrieben = 0;
    }
    wgi_puffer_leeren(&L->sammel);
    return 0;
}

/* 4. writes a computed block in input order and counts it */
static int block_schreiben(lauf *L, const batch_block *b, const arbeiter *ar)
{
    batch_summe *s = &L->s;
    wgi_puffer_leeren(&L->sammel);
    for (size_t i = 0; i < b->anzahl; i++) {
        const batch_satz *x = &b->saetze[i];
        const arbeiter *a = &ar[x->arbeiter];
        /* consecutive records whose lines follow one another in one worker's buffer: one copy */
        if (i == 0 || x->arbeiter != b->saetze[i - 1].arbeiter || x->aus != b->saetze[i - 1].aus + b->saetze[i - 1].aus_len) {
            size_t k = i + 1, laenge = x->aus_len;
            while (k < b->anzahl && b->saetze[k].arbeiter == x->arbeiter && b->saetze[k].aus == x->aus + laenge) {
                laenge += b->saetze[k].aus_len;
                k++;
            }
            if (laenge && !a->aus.daten) return melden(L, 2, "nicht genug Speicher"); /* the worker's buffer failed */
            wgi_puffer_text(&L->sammel, a->aus.daten + x->aus, laenge);
            /* a block of long lines (voll, cases) is written in parts */
            if (L->sammel.len >= SAMMEL_GRENZE) {
                const int rc = sammel_schreiben(L);
                if (rc) return rc;
            }
        }
        s->gelesen++;
        if (L->o->bescheide) {
            for (int k = 0; k < WG_BESCHEID_ANZAHL; k++) s->brief_art[k] += x->briefe[k];
            s->brief_fehler += x->brief_fehler;
        }
        if (x->status == WG_OK && x->fall) {
            s->berechnet++;
            s->faelle++;
            s->faelle_ueberzahlung += x->ueberzahlung > 0;
            s->faelle_nachzahlung += x->nachzahlung > 0;
            batch_summe_addieren(s->ueberzahlung, x->ueberzahlung);
            batch_summe_addieren(s->nachzahlung, x->nachzahlung);
            batch_summe_addieren(s->erstattung, x->erstattung);
            if (x->hinweise_len) batch_summe_hinweise(s, a->hinweise.daten + x->hinweise, x->hinweise_len);
            if (x->fehlt_len) batch_summe_regeln(s, a->hinweise.daten + x->fehlt, x->fehlt_len);
            if (x->zeuge_len) batch_summe_aussteuerung(s, a->hinweise.daten + x->zeuge, x->zeuge_len);
        } else if (x->status == WG_OK && x->teil) {
            s->berechnet++;
            s->teil++;
            s->einstufung[x->einstufung]++;
            s->stufe_einstufung[x->mietenstufe][x->einstufung]++;
            s->groesse_einstufung[x->groesse][x->einstufung]++;
            batch_summe_addieren(s->summe_min, x->wohngeld_min);
            batch_summe_addieren(s->summe_max, x->wohngeld_max);
            if (x->hinweise_len) batch_summe_hinweise(s, a->hinweise.daten + x->hinweise, x->hinweise_len);
            if (x->fehlt_len) batch_summe_fehlt(s, a->hinweise.daten + x->fehlt, x->fehlt_len);
            if (x->zeuge_len) batch_summe_zeugenhinweise(s, a->hinweise.daten + x->zeuge, x->zeuge_len);
        } else if (x->status == WG_OK) {
            s->berechnet++;
            if (x->anspruch) s->mit_anspruch++;
            else s->ohne[(unsigned)x->grund < BATCH_GRUENDE ? x->grund : 0]++;
            batch_summe_bericht(s, x->rechtsstand, x->auslegung, x->anspruch, x->wohngeld, x->groesse, x->mietenstufe);
            if (x->zeitraum) {
                s->zeitraum++;
                batch_summe_addieren(s->zeitraum_summe, x->summe);
            } else {
                batch_summe_addieren(s->monat, x->wohngeld);
            }
            if (x->hinweise_len) batch_summe_hinweise(s, a->hinweise.daten + x->hinweise, x->hinweise_len);
        } else {
            s->abgelehnt++;
            s->nach_code[(unsigned)x->status < WG_STATUS_ANZAHL ? x->status : 0]++;
            if (L->fehler && !fehlerzeile(L->fehler, x, b->texte.daten + x->roh))
                return melden(L, 2, "Schreibfehler (Fehlerdatei): %s", wgi_fehlertext(errno));
        }
    }
    return sammel_schreiben(L);
}

/* ---- the worker pool: threads started once, a block handed to all of them at a time ----
 * The main thread reads the next block and writes the last one while the pool computes (issue
 * 26): reading, computing and writing overlap. Each of the two block slots has its own set of
 * workers' state (output and hint buffers), so block i's lines stay in place while block i+1 is
 * computed. */
typedef struct pool {
    pthread_t *th;
    int n, gestartet;
    pthread_mutex_t m;
    pthread_cond_t auftrag, erledigt;
    uint64_t generation;     /* a new block for the pool */
    int fertig;              /* threads done with the current generation */
    bool ende;
    arbeiter *satz;          /* the workers' state of the current block's slot */
    batch_block *b;
    atomic_size_t naechster;
} pool;

typedef struct pool_platz { pool *p; int nr; } pool_platz;

static void *pool_arbeiten(void *arg)
{
    pool_platz *pp = arg;
    pool *p = pp->p;
    uint64_t gesehen = 0;
    for (;;) {
        pthread_mutex_lock(&p->m);
        while (!p->ende && p->generation == gesehen) pthread_cond_wait(&p->auftrag, &p->m);
        if (p->ende) {
            pthread_mutex_unlock(&p->m);
            return NULL;
        }
        gesehen = p->generation;
        arbeiter *a = &p->satz[pp->nr];
        a->b = p->b;
        a->naechster = &p->naechster;
        pthread_mutex_unlock(&p->m);
        arbeiten(a);
        pthread_mutex_lock(&p->m);
        if (++p->fertig == p->n) pthread_cond_signal(&p->erledigt);
        pthread_mutex_unlock(&p->m);
    }
}

/* hands block b to the pool, computed with the workers' state satz[0 … n) */
static void pool_starten(pool *p, batch_block *b, arbeiter *satz)
{
    pthread_mutex_lock(&p->m);
    p->b = b;
    p->satz = satz;
    atomic_store(&p->naechster, 0);
    p->fertig = 0;
    p->generation++;
    pthread_cond_broadcast(&p->auftrag);
    pthread_mutex_unlock(&p->m);
}

static void pool_warten(pool *p)
{
    pthread_mutex_lock(&p->m);
    while (p->fertig < p->n) pthread_cond_wait(&p->erledigt, &p->m);
    pthread_mutex_unlock(&p->m);
}

/* A block just read: counted, and whether this run computes it. --shard K/N: blocks are cut the
 * same way in every shard (by --block records and BATCH_BLOCK_BYTES from the start of the input);
 * this run takes every N-th. */
static bool block_nehmen(lauf *L)
{
    const batch_optionen *o = L->o;
    const bool meiner = o->shard_n == 0 || L->block_nr % (uint64_t)o->shard_n == (uint64_t)(o->shard_k - 1);
    L->block_nr++;
    return meiner;
}

/* after a block: 0, or 2 (memory, a letter not written) or 3 (a signal stopped a search) */
static int block_pruefen(lauf *L, const arbeiter *satz, int n)
{
    for (int i = 0; i < n; i++)
        if (satz[i].speicher_fehlt) return melden(L, 2, "nicht genug Speicher");
    for (int i = 0; i < n; i++)
        if (satz[i].brief_errno) return melden(L, 2, "--bescheide: ein Brief konnte nicht geschrieben werden: %s", wgi_fehlertext(satz[i].brief_errno));
    for (int i = 0; i < n; i++)
        if (satz[i].unterbrochen) return 3; /* the block stays unwritten */
    return 0;
}

static void fortschritt(lauf *L, uint64_t start_gelesen, double *letzte)
{
    if (jetzt() - *letzte <= 0.5) return;
    *letzte = jetzt();
    double rate = (double)(L->s.gelesen - start_gelesen) / (*letzte - L->start + 1e-9);
    double rest = L->ein_regulaer && L->l.offset > 0
                      ? (double)((uint64_t)L->st_ein.st_size - L->l.offset) /
                            ((double)L->l.offset / (double)(L->s.gelesen ? L->s.gelesen : 1)) / (rate + 1e-9)
                      : 0;
    fprintf(stderr, "\r%llu Datensätze, %.0f/s, noch etwa %.0f s   ", (unsigned long long)L->s.gelesen, rate, rest);
}

static void info_fuellen(lauf *L, uint64_t start_gelesen)
{
    const batch_optionen *o = L->o;
    batch_lauf *i = &L->info;
    i->version = wg_version();
    i->tabellen = wg_engine_tabellen_pruefsumme(L->e);
    i->eingabe = o->eingabe;
    i->ausgabe = o->ausgabe;
    i->fehler = o->fehler;
    i->eingabe_groesse = L->ein_regulaer ? (uint64_t)L->st_ein.st_size : L->l.offset;
    i->eingabe_sha256[0] = '\0';
    if (L->sha && !L->l.sha_luecke && batch_leser_fertig(&L->l)) batch_sha256_ende(L->sha, i->eingabe_sha256);
    i->format = o->csv ? "csv" : "jsonl";
    i->umfang = o->voll ? "voll" : "kurz";
    i->art = o->fall ? "fall" : "haushalt";
    i->fall = o->fall ? &o->fall_einstellungen : NULL;
    i->trennzeichen = o->trennzeichen;
    i->threads = o->threads;
    i->block = o->block;
    i->checkpoint_sekunden = o->checkpoint_sekunden;
    snprintf(i->erster_beginn, sizeof i->erster_beginn, "%s", L->cp.erster_beginn);
    batch_zeit_jetzt(i->ende);
    i->dauer_sekunden = jetzt() - L->start;
    i->in_diesem_lauf = L->s.gelesen - start_gelesen;
    i->fortsetzungen = L->cp.fortsetzungen;
    i->shard_k = o->shard_k;
    i->shard_n = o->shard_n;
}

/* 5. The finish: summary, reject file, output (the commit), checkpoint removed. */
static int abschliessen(lauf *L, uint64_t start_gelesen)
{
    const batch_optionen *o = L->o;
    if (fflush(L->aus) != 0 || (L->aus_datei && synchron(L->aus) != 0) || (L->fehler && synchron(L->fehler) != 0))
        return melden(L, 2, "Schreibfehler: %s", wgi_fehlertext(errno));
    if (L->fehler) {
        int r = fclose(L->fehler);
        L->fehler = NULL;
        if (r != 0) return melden(L, 2, "Schreibfehler (Fehlerdatei): %s", wgi_fehlertext(errno));
    }
    info_fuellen(L, start_gelesen);
    /* the letters: the lists of the records routed to a person and of those without letters,
     * then everything on disk (docs/bescheide.md § 5) */
    if (o->bescheide) {
        char m[512];
        if (batch_briefe_liste(&L->ablage, "-aussteuerung.json", "aussteuerung.jsonl", m, sizeof m) < 0 ||
            batch_briefe_liste(&L->ablage, "-fehler.json", "fehler.jsonl", m, sizeof m) < 0)
            return melden(L, 2, "--bescheide: %s", m);
        if (batch_briefe_schliessen(&L->ablage) != 0) return melden(L, 2, "--bescheide: %s", wgi_fehlertext(errno));
        L->s.bescheide = true;
    }
    wgi_puffer p = {0};
    batch_summe_json(&p, &L->s, &L->info);
    if (p.fehler) {
        wgi_puffer_frei(&p);
        return melden(L, 2, "nicht genug Speicher");
    }
    if (L->aus_datei) {
        int r = fclose(L->aus);
        L->aus = NULL;
        if (r != 0) {
            wgi_puffer_frei(&p);
            return melden(L, 2, "Schreibfehler: %s", wgi_fehlertext(errno));
        }
        const char *zus_tmp = L->zus_tmp;
        FILE *z = batch_neu_anlegen(zus_tmp);
        bool ok = z && fwrite(p.daten, 1, p.len, z) == p.len && fflush(z) == 0 && fsync(fileno(z)) == 0;
        if (z && fclose(z) != 0) ok = false;
        if (!ok || (o->fehler && rename(L->fehler_teil, o->fehler) != 0) || rename(zus_tmp, L->zus_pfad) != 0 ||
            rename(L->teil, o->ausgabe) != 0) {
            int e = errno;
            if (!ok) (void)unlink(zus_tmp);
            wgi_puffer_frei(&p);
            return melden(L, 2, "Abschluss: %s (mit --fortsetzen wiederholen)", wgi_fehlertext(e));
        }
        (void)unlink(L->cp_pfad);
    } else if (o->fehler && rename(L->fehler_teil, o->fehler) != 0) {
        wgi_puffer_frei(&p);
        return melden(L, 2, "Abschluss: %s: %s", o->fehler, wgi_fehlertext(errno));
    }
    if (L->s.gelesen == 0) melden(L, 0, "Warnung: die Eingabe %s enthält keinen Datensatz", o->eingabe);
    if (!o->leise) {
        if (isatty(2)) {
            /* a person at a terminal: a few German lines; the JSON is in the summary file */
            char *monat = mpz_get_str(NULL, 10, L->s.monat);
            fprintf(stderr, "wohngeld batch: %llu Datensätze gelesen = %llu berechnet + %llu abgelehnt",
                    (unsigned long long)L->s.gelesen, (unsigned long long)L->s.berechnet, (unsigned long long)L->s.abgelehnt);
            if (L->s.mit_anspruch) fprintf(stderr, "; mit Anspruch %llu, Wohngeld %s EUR im Monat", (unsigned long long)L->s.mit_anspruch, monat ? monat : "?");
            if (L->s.teil) fprintf(stderr, "; Teildatensätze %llu (Anspruch sicher %llu, offen %llu)", (unsigned long long)L->s.teil,
                                   (unsigned long long)L->s.einstufung[WG_ANSPRUCH_SICHER], (unsigned long long)L->s.einstufung[WG_OFFEN]);
            if (L->s.faelle) fprintf(stderr, "; laufende Fälle %llu", (unsigned long long)L->s.faelle);
            fprintf(stderr, "; %.1f s\n", L->info.dauer_sekunden);
            if (L->aus_datei) fprintf(stderr, "wohngeld batch: Zusammenfassung in %s%s%s\n", L->zus_pfad, o->fehler ? ", Abgelehnte in " : "",
                                      o->fehler ? o->fehler : "");
            free(monat);
        } else {
            fprintf(stderr, "wohngeld batch: %s", p.daten);
        }
    }
    batch_ereignis(&L->prot, "ende", "%llu gelesen = %llu berechnet + %llu abgelehnt; %.1f s",
                    (unsigned long long)L->s.gelesen, (unsigned long long)L->s.berechnet,
                    (unsigned long long)L->s.abgelehnt, L->info.dauer_sekunden);
    wgi_puffer_frei(&p);
    return L->s.abgelehnt ? 1 : 0;
}

/* stops at a signal: a checkpoint after the last block written (a block whose computation the
 * signal cut short was not written; a resume computes it again) */
static int signal_halt(lauf *L)
{
    int nr = angehalten;
    if (L->checkpoints && L->ungesichert && checkpoint(L) != 0) return 2;
    fprintf(stderr, "\nwohngeld batch: angehalten durch Signal %d nach %llu Datensätzen; %s\n", nr,
                (unsigned long long)L->s.gelesen,
                L->checkpoints ? "fortsetzen mit denselben Optionen und --fortsetzen" : "Ausgabe unvollständig");
    batch_ereignis(&L->prot, "abbruch", "Signal %d nach %llu Datensätzen; Checkpoint Zeile %llu", nr,
                    (unsigned long long)L->s.gelesen, (unsigned long long)L->cp.zeile);
    return 3;
}

static int ausfuehren(lauf *L)
{
    const batch_optionen *o = L->o;
    int rc = vorpruefen(L);
    if (rc) return rc;
    char m[600];
    /* the locks first: nothing is opened for writing before every one is held */
    for (int i = 0; i < L->sperren; i++)
        if ((L->sperre[i] = batch_sperre_nehmen(L->sperre_pfad[i], m, sizeof m)) < 0) return melden(L, 2, "%s", m);
    if (batch_protokoll_oeffnen(&L->prot, o->protokoll, !o->protokoll && !o->leise && !isatty(2)) != 0)
        return melden(L, 2, "--protokoll %s: %s", o->protokoll, wgi_fehlertext(errno));
    L->e = wgi_cli_oeffnen(o->tabellen);
    if (L->e) wg_engine_bedarfsanteil_setzen(L->e, o->bedarf_anteil);
    if (!L->e) return 2;
    FILE *ein = L->ein_datei ? fopen(o->eingabe, "rb") : stdin;
    if (!ein) return melden(L, 2, "--eingabe %s: %s", o->eingabe, wgi_fehlertext(errno));
    if (L->ein_datei && fstat(fileno(ein), &L->st_ein) != 0) {
        fclose(ein);
        return melden(L, 2, "--eingabe %s: %s", o->eingabe, wgi_fehlertext(errno));
    }
    L->sha = batch_sha256_neu();
    if (L->sha) (void)batch_sha256_hintergrund(L->sha); /* -1: hashed on the main thread, the same hash */
    L->json = wg_json_neu();
    if (!L->sha || !L->json) {
        if (ein != stdin) fclose(ein);
        return melden(L, 2, "nicht genug Speicher");
    }
    batch_leser_init(&L->l, ein, o->csv, o->trennzeichen, L->sha);
    batch_ereignis(&L->prot, "start", "eingabe=%s ausgabe=%s fehler=%s format=%s umfang=%s threads=%d version=%s tabellen=%s",
                    o->eingabe, o->ausgabe, o->fehler ? o->fehler : "-", o->csv ? "csv" : "jsonl", o->voll ? "voll" : "kurz",
                    o->threads, wg_version(), wg_engine_tabellen_pruefsumme(L->e));
    bool fortgesetzt = false;
    if (o->fortsetzen) {
        rc = fortsetzen(L);
        if (rc == 4) return L->s.abgelehnt ? 1 : 0;
        if (rc == 2) return 2;
        fortgesetzt = rc == 0;
    }
    if (!fortgesetzt && (rc = neu_anlegen(L)) != 0) return rc;
    /* the letters directory: new or empty for a new run; a resumed run replaces its own letters */
    if (o->bescheide && batch_briefe_oeffnen(&L->ablage, o->bescheide, !fortgesetzt, fortgesetzt, m, sizeof m) != 0)
        return melden(L, 2, "--bescheide %s", m);
    /* CSV: the header row of the input (after resuming read again from the start) */
    if (o->csv) {
        uint64_t offset = L->l.offset, zeile = L->l.zeile;
        if (fortgesetzt && batch_leser_suchen(&L->l, 0, 0) != 0) return melden(L, 2, "%s: %s", o->eingabe, wgi_fehlertext(errno));
        int r = batch_leser_kopf(&L->l, m, sizeof m);
        if (r == -1) return melden(L, 2, "--eingabe %s: Lesefehler: %s", o->eingabe, wgi_fehlertext(errno));
        if (r == -2) return melden(L, 2, "--eingabe %s: Kopfzeile: %s", o->eingabe, m);
        if (fortgesetzt && batch_leser_suchen(&L->l, offset, zeile) != 0)
            return melden(L, 2, "%s: %s", o->eingabe, wgi_fehlertext(errno));
        if (!fortgesetzt) {
            size_t kl = 0;
            const batch_schreib w = {L->json, L->e, o->voll, o->trennzeichen};
            const char *k = batch_schreiber_von(o->csv)->kopf(&w, &kl);
            if (!k) return melden(L, 2, "nicht genug Speicher");
            if (fwrite(k, 1, kl, L->aus) != kl) return melden(L, 2, "Schreibfehler: %s", wgi_fehlertext(errno));
        }
    }
    /* two slots of workers' state: the block being computed and the block being written */
    const int n_th = o->threads;
    arbeiter *ar = calloc((size_t)n_th * 2, sizeof *ar);
    pool P = {0};
    P.n = n_th;
    P.th = calloc((size_t)n_th, sizeof *P.th);
    pool_platz *plaetze = calloc((size_t)n_th, sizeof *plaetze);
    batch_block bl[2] = {{0}};
    rc = 0;
    if (!ar || !P.th || !plaetze) rc = melden(L, 2, "nicht genug Speicher");
    for (int i = 0; ar && !rc && i < n_th * 2; i++) {
        ar[i].e = L->e;
        ar[i].o = o;
        ar[i].nr = i % n_th;
        ar[i].j = wg_json_neu();
        ar[i].fmt = batch_schreiber_von(o->csv);
        ar[i].w = (batch_schreib){ar[i].j, L->e, o->voll, o->trennzeichen};
        ar[i].r = wg_ergebnis_neu();
        ar[i].v = wg_vorpruefung_neu();
        ar[i].fr = wg_fall_ergebnis_neu();
        wg_vorpruefung_halt_setzen(ar[i].v, halt_frage, NULL);
        ar[i].ablage = &L->ablage;
        ar[i].bs = o->bescheide ? wg_bescheide_neu() : NULL;
        if (o->csv && L->l.kopf) {
            const size_t felder = (size_t)(wg_csv_spalten(L->l.kopf) + 1) * BATCH_CSV_MAX_ZEILEN;
            ar[i].kopf = L->l.kopf;
            ar[i].felder = malloc(felder * sizeof *ar[i].felder);
            ar[i].laengen = malloc(felder * sizeof *ar[i].laengen);
            if (!ar[i].felder || !ar[i].laengen) rc = melden(L, 2, "nicht genug Speicher");
        }
        if (!ar[i].j || !ar[i].r || !ar[i].v || !ar[i].fr || (o->bescheide && !ar[i].bs)) rc = melden(L, 2, "nicht genug Speicher");
    }
    bool pool_da = false;
    if (!rc && ar && P.th && plaetze) {
        pthread_mutex_init(&P.m, NULL);
        pthread_cond_init(&P.auftrag, NULL);
        pthread_cond_init(&P.erledigt, NULL);
        pool_da = true;
        for (int i = 0; i < n_th; i++) {
            plaetze[i] = (pool_platz){&P, i};
            const int fehler = pthread_create(&P.th[i], NULL, pool_arbeiten, &plaetze[i]);
            if (fehler != 0) {
                rc = melden(L, 2, "Thread %d von %d konnte nicht gestartet werden: %s (weniger --threads oder mehr Speicher)", i + 1,
                            n_th, wgi_fehlertext(fehler));
                break;
            }
            P.gestartet++;
        }
        P.n = P.gestartet;
    }
    bool zeige = !o->leise && isatty(2);
    double letzte = 0, letzter_cp = jetzt();
    uint64_t start_gelesen = L->s.gelesen;
    /* the pipeline: block `cur` is computed by the pool while the next is read, and written
     * while the next is computed; every guarantee of docs/batch.md holds block by block */
    int cur = 0;
    bool hat_cur = false, rechnet_cur = false, meiner_cur = false;
    if (!rc && !batch_leser_fertig(&L->l)) {
        if (batch_block_lesen(&L->l, &bl[0], o->block) < 0)
            rc = angehalten ? signal_halt(L) : melden(L, 2, "--eingabe %s: Lesefehler oder kein Speicher: %s", o->eingabe, wgi_fehlertext(errno));
        else {
            hat_cur = true;
            meiner_cur = block_nehmen(L);
            if (meiner_cur && bl[0].anzahl > 0) {
                pool_starten(&P, &bl[0], ar);
                rechnet_cur = true;
            }
        }
    }
    while (!rc && hat_cur) {
        const int nxt = 1 - cur;
        bool hat_nxt = false, meiner_nxt = false, rechnet_nxt = false;
        int lese_rc = 0, lese_errno = 0;
        if (!batch_leser_fertig(&L->l)) {
            if (batch_block_lesen(&L->l, &bl[nxt], o->block) < 0) {
                lese_rc = -1;
                lese_errno = errno;
            } else {
                hat_nxt = true;
                meiner_nxt = block_nehmen(L);
            }
        }
        if (rechnet_cur) {
            pool_warten(&P);
            if ((rc = block_pruefen(L, ar + (size_t)cur * (size_t)n_th, P.n)) != 0) {
                if (rc == 3) rc = signal_halt(L);
                break;
            }
        }
        if (lese_rc < 0) {
            rc = angehalten ? signal_halt(L)
                            : melden(L, 2, "--eingabe %s: Lesefehler oder kein Speicher: %s", o->eingabe, wgi_fehlertext(lese_errno));
            break;
        }
        if (hat_nxt && meiner_nxt && bl[nxt].anzahl > 0 && !angehalten) {
            pool_starten(&P, &bl[nxt], ar + (size_t)nxt * (size_t)n_th);
            rechnet_nxt = true;
        }
        if (meiner_cur && (rc = block_schreiben(L, &bl[cur], ar + (size_t)cur * (size_t)n_th)) != 0) {
            if (rechnet_nxt) pool_warten(&P);
            break;
        }
        L->ende_offset = bl[cur].offset_ende;
        L->ende_zeile = bl[cur].zeile_ende;
        L->bloecke_fertig = L->block_nr - (hat_nxt ? 1u : 0u);
        L->ungesichert = true;
        /* checkpoint: everything up to here is on disk. Not after every block — fsync costs
         * milliseconds — but at least every checkpoint_sekunden; a crash loses at most that much
         * work, never a record (the .teil files are cut back to the last checkpoint). */
        const bool letzter = !hat_nxt;
        if (L->checkpoints && !angehalten && (letzter || jetzt() - letzter_cp >= o->checkpoint_sekunden)) {
            letzter_cp = jetzt();
            if ((rc = checkpoint(L)) != 0) {
                if (rechnet_nxt) pool_warten(&P);
                break;
            }
        }
        if (angehalten && !letzter) {
            if (rechnet_nxt) pool_warten(&P); /* the next block stays unwritten */
            rc = signal_halt(L);
            break;
        }
        if (zeige) fortschritt(L, start_gelesen, &letzte);
        cur = nxt;
        hat_cur = hat_nxt;
        meiner_cur = meiner_nxt;
        rechnet_cur = rechnet_nxt;
    }
    if (pool_da) {
        pthread_mutex_lock(&P.m);
        P.ende = true;
        pthread_cond_broadcast(&P.auftrag);
        pthread_mutex_unlock(&P.m);
        for (int i = 0; i < P.gestartet; i++) pthread_join(P.th[i], NULL);
        pthread_mutex_destroy(&P.m);
        pthread_cond_destroy(&P.auftrag);
        pthread_cond_destroy(&P.erledigt);
    }
    if (zeige) fprintf(stderr, "\n");
    if (!rc) rc = abschliessen(L, start_gelesen);
    else if (rc == 2 || rc == 3) {
        batch_ereignis(&L->prot, rc == 3 ? "ende" : "fehler", "Lauf %s nach %llu Datensätzen",
                        rc == 3 ? "angehalten" : "abgebrochen", (unsigned long long)L->s.gelesen);
    }
    batch_block_frei(&bl[0]);
    batch_block_frei(&bl[1]);
    for (int i = 0; ar && i < n_th * 2; i++) {
        wg_json_frei(ar[i].j);
        wg_ergebnis_frei(ar[i].r);
        wg_vorpruefung_frei(ar[i].v);
        wg_fall_ergebnis_frei(ar[i].fr);
        wg_bescheide_frei(ar[i].bs);
        wgi_puffer_frei(&ar[i].aus);
        wgi_puffer_frei(&ar[i].hinweise);
        wgi_puffer_frei(&ar[i].csv_json);
        free(ar[i].felder);
        free(ar[i].laengen);
    }
    free(ar);
    free(P.th);
    free(plaetze);
    return rc;
}

int batch_laufen(const batch_optionen *o)
{
    lauf *L = calloc(1, sizeof *L);
    if (!L) {
        fprintf(stderr, "wohngeld batch: nicht genug Speicher\n");
        return 2;
    }
    L->o = o;
    L->ablage.dirfd = -1;
    for (int i = 0; i < BATCH_SPERREN; i++) L->sperre[i] = -1;
    L->start = jetzt();
    L->aus_datei = strcmp(o->ausgabe, "-") != 0;
    L->ein_datei = strcmp(o->eingabe, "-") != 0;
    L->ein_regulaer = L->ein_datei; /* vorpruefen looks closer */
    L->checkpoints = L->aus_datei && L->ein_datei;
    batch_summe_init(&L->s);
    batch_zeit_jetzt(L->info.beginn);
    snprintf(L->teil, sizeof L->teil, "%s.teil", o->ausgabe);
    snprintf(L->fehler_teil, sizeof L->fehler_teil, "%s.teil", o->fehler ? o->fehler : "");
    snprintf(L->cp_pfad, sizeof L->cp_pfad, "%s.checkpoint", o->ausgabe);
    snprintf(L->zus_pfad, sizeof L->zus_pfad, "%s.zusammenfassung.json", o->ausgabe);
    snprintf(L->zus_tmp, sizeof L->zus_tmp, "%s.tmp", L->zus_pfad);
    const char *gesperrt[BATCH_SPERREN] = {L->aus_datei ? o->ausgabe : NULL, L->aus_datei ? L->zus_pfad : NULL, o->fehler, o->protokoll};
    for (int i = 0; i < BATCH_SPERREN; i++)
        if (gesperrt[i]) snprintf(L->sperre_pfad[L->sperren++], sizeof L->sperre_pfad[0], "%s.sperre", gesperrt[i]);

    struct sigaction neu = {0}, alt_term, alt_int;
    neu.sa_handler = bei_signal;
    neu.sa_flags = (int)SA_RESETHAND; /* a second signal ends the process at once (checkpoints keep it safe) */
    sigemptyset(&neu.sa_mask);
    atomic_store(&angehalten, 0);
    sigaction(SIGTERM, &neu, &alt_term);
    sigaction(SIGINT, &neu, &alt_int);

    int rc = ausfuehren(L);

    sigaction(SIGTERM, &alt_term, NULL);
    sigaction(SIGINT, &alt_int, NULL);
    if (L->aus && L->aus != stdout) fclose(L->aus);
    if (L->fehler) fclose(L->fehler);
    if (o->bescheide) batch_briefe_schliessen(&L->ablage);
    /* a run that stopped before its first checkpoint leaves nothing behind */
    if (rc >= 2 && L->neu_angelegt && !L->cp_geschrieben) {
        if (L->aus_datei) (void)unlink(L->teil);
        if (o->fehler) (void)unlink(L->fehler_teil);
        if (L->checkpoints) (void)unlink(L->cp_pfad); /* one whose writing failed half-way */
    }
    for (int i = 0; i < L->sperren; i++) batch_sperre_freigeben(L->sperre[i], L->sperre_pfad[i]);
    if (L->l.f && L->l.f != stdin) fclose(L->l.f);
    batch_leser_frei(&L->l);
    batch_sha256_frei(L->sha);
    wg_json_frei(L->json);
    batch_protokoll_schliessen(&L->prot);
    batch_summe_frei(&L->s);
    wgi_puffer_frei(&L->sammel);
    wg_engine_schliessen(L->e);
    free(L);
    return rc;
}
