/*
 * schreibfehler.c — I/O fault injection for the batch runner (cmocka): fwrite, fflush, fsync
 * and rename of cli/batch.c are wrapped (-Wl,--wrap) and in run N the N-th of these calls fails
 * (ENOSPC). Every failing run must end with exit status 2 and must not leave the final output,
 * reject or summary file: only the .teil files and the checkpoint. A later run with
 * --fortsetzen must then complete, and its files must equal those of a run without failures.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <pthread.h>

#include "befehle.h"

size_t __real_fwrite(const void *p, size_t g, size_t n, FILE *f);
int __real_fflush(FILE *f);
int __real_fsync(int fd);
int __real_rename(const char *a, const char *b);
int __real_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*f)(void *), void *arg);
int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*f)(void *), void *arg);
size_t __wrap_fwrite(const void *p, size_t g, size_t n, FILE *f);
int __wrap_fflush(FILE *f);
int __wrap_fsync(int fd);
int __wrap_rename(const char *a, const char *b);

static long bis_zum_fehler = -1, verweigert, threadfehler, thread_starts, hash_thread_verweigert;

static const char *letzter = "";
static bool scheitern(void)
{
    if (bis_zum_fehler < 0 || bis_zum_fehler-- != 0) return false;
    verweigert++;
    if (!strcmp(letzter, "pthread_create")) threadfehler++;
    /* a run's first thread is the one that hashes the input (batch_sha256_hintergrund) */
    if (!strcmp(letzter, "pthread_create") && thread_starts == 1) hash_thread_verweigert++;
    if (getenv("WG_FEHLER_ZEIGEN")) fprintf(stderr, "verweigert: %s\n", letzter);
    errno = ENOSPC;
    return true;
}
size_t __wrap_fwrite(const void *p, size_t g, size_t n, FILE *f) { letzter = "fwrite"; return scheitern() ? 0 : __real_fwrite(p, g, n, f); }
int __wrap_fflush(FILE *f) { letzter = "fflush"; return f && f != stderr && scheitern() ? EOF : __real_fflush(f); }
int __wrap_fsync(int fd) { letzter = "fsync"; return scheitern() ? -1 : __real_fsync(fd); }
int __wrap_rename(const char *a, const char *b) { letzter = "rename"; return scheitern() ? -1 : __real_rename(a, b); }
int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*f)(void *), void *arg)
{
    letzter = "pthread_create";
    thread_starts++;
    return scheitern() ? EAGAIN : __real_pthread_create(t, a, f, arg);
}

/* the summary without its "lauf" object (times, durations and file names differ from run to run) */
static char *ohne_lauf(char *z)
{
    char *l = z ? strstr(z, ",\"lauf\":{") : NULL;
    if (l) strcpy(l, "}\n");
    return z;
}

/* the input's SHA-256 in a summary ("lauf.eingabe.sha256"), or "" */
static void eingabe_hash(const char *z, char hex[65])
{
    const char *p = z ? strstr(z, "\"sha256\":\"") : NULL;
    hex[0] = '\0';
    if (p && strlen(p + 10) >= 64) {
        memcpy(hex, p + 10, 64);
        hex[64] = '\0';
    }
}

static char verz[256];

static char *lesen(const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", verz, name);
    FILE *f = fopen(p, "rb");
    if (!f) return NULL;
    static char leer[1];
    char *buf = malloc(1 << 22);
    size_t n = fread(buf, 1, (1 << 22) - 1, f);
    buf[n] = '\0';
    fclose(f);
    (void)leer;
    return buf;
}

static bool da(const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", verz, name);
    return access(p, F_OK) == 0;
}

static int batch(bool fortsetzen, const char *aus)
{
    char ein[512], a[512], f[512];
    snprintf(ein, sizeof ein, "%s/ein.jsonl", verz);
    snprintf(a, sizeof a, "%s/%s.jsonl", verz, aus);
    snprintf(f, sizeof f, "%s/%s_fehler.jsonl", verz, aus);
    char *argv[] = {"--leise", "--threads", "2", "--block", "7", "--checkpoint-sekunden", "0", "--eingabe", ein,
                    "--ausgabe", a, "--fehler", f, fortsetzen ? "--fortsetzen" : "--leise"};
    return wgi_befehl_batch(14, argv);
}

/* the run "lauf" has written the reference run's output, rejects and summary (without "lauf") */
static void wie_referenz(const char *ref, const char *ref_f, const char *ref_z)
{
    char *a = lesen("lauf.jsonl"), *b = lesen("lauf_fehler.jsonl"), *z = ohne_lauf(lesen("lauf.jsonl.zusammenfassung.json"));
    assert_non_null(a);
    assert_string_equal(a, ref);
    assert_non_null(b);
    assert_string_equal(b, ref_f);
    assert_non_null(z);
    assert_string_equal(z, ref_z);
    free(a);
    free(b);
    free(z);
}

static void aufraeumen(const char *aus)
{
    const char *endungen[] = {".jsonl", ".jsonl.teil", ".jsonl.checkpoint", ".jsonl.zusammenfassung.json",
                              "_fehler.jsonl", "_fehler.jsonl.teil", ".jsonl.sperre"};
    for (int i = 0; i < 7; i++) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s%s", verz, aus, endungen[i]);
        remove(p);
    }
}

static void jeder_schreibvorgang_scheitert_einmal(void **state)
{
    (void)state;
    snprintf(verz, sizeof verz, "/tmp/wg-schreibfehler-%d", (int)getpid());
    char befehl[600];
    snprintf(befehl, sizeof befehl, "mkdir -p %s", verz);
    assert_int_equal(system(befehl), 0);
    char ein[512];
    snprintf(ein, sizeof ein, "%s/ein.jsonl", verz);
    FILE *f = fopen(ein, "w");
    for (int i = 0; i < 40; i++)
        fprintf(f, i % 9 == 4 ? "{\"id\":\"x%d\",\"kaputt\n"
                              : "{\"id\":\"h%d\",\"stichtag\":\"2025-03-01\",\"mietenstufe\":3,\"wohnkosten\":{\"art\":\"miete\","
                                "\"betrag_monat\":\"4%02d.00\"},\"mitglieder\":[{\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"9%02d.00\"}]}]}\n",
                i, i, i);
    fclose(f);
    bis_zum_fehler = -1;
    assert_int_equal(batch(false, "ref"), 1); /* the reference: 1 because of the broken lines */
    char *ref = lesen("ref.jsonl"), *ref_f = lesen("ref_fehler.jsonl"), *ref_z = lesen("ref.jsonl.zusammenfassung.json");
    assert_non_null(strstr(ref_z, ",\"lauf\":{\"engine\":"));
    char ref_hash[65], hash[65];
    eingabe_hash(ref_z, ref_hash);
    assert_int_equal(strlen(ref_hash), 64);
    ohne_lauf(ref_z);
    assert_non_null(ref);
    assert_non_null(ref_f);
    assert_non_null(ref_z);
    long n;
    for (n = 0;; n++) {
        aufraeumen("lauf");
        bis_zum_fehler = n;
        verweigert = 0;
        thread_starts = 0;
        hash_thread_verweigert = 0;
        int rc = batch(false, "lauf");
        bis_zum_fehler = -1;
        if (verweigert == 0) {
            assert_int_equal(rc, 1);
            break;
        }
        if (hash_thread_verweigert) {
            /* no thread for the hash: the main thread hashes, the run is the reference run */
            assert_int_equal(rc, 1);
            char *z = lesen("lauf.jsonl.zusammenfassung.json");
            eingabe_hash(z, hash);
            assert_string_equal(hash, ref_hash); /* the same hash, computed on the main thread */
            free(z);
            wie_referenz(ref, ref_f, ref_z);
            continue;
        }
        if (rc != 2) print_message("Lauf %ld: Fehler übersehen (rc %d)\n", n, rc);
        assert_int_equal(rc, 2);
        /* no final output after a failure: the output file appears only with the commit */
        assert_false(da("lauf.jsonl"));
        assert_false(da("lauf.jsonl.sperre")); /* the lock is released whatever happened */
        /* before the first checkpoint nothing stays behind; after it the .teil files do */
        assert_true(da("lauf.jsonl.checkpoint") == da("lauf.jsonl.teil"));
        /* continuing the run must give the reference files */
        bis_zum_fehler = -1;
        assert_int_equal(batch(true, "lauf"), 1);
        wie_referenz(ref, ref_f, ref_z);
        assert_true(n < 10000);
    }
    print_message("%ld Schreibvorgänge und Thread-Starts (%ld), jeder einmal gescheitert und fortgesetzt\n", n, threadfehler);
    assert_true(n > 20);
    /* the hash thread and the pool's threads start once per run (--threads 2): each start has
     * failed once */
    assert_true(threadfehler >= 3);
    assert_true(hash_thread_verweigert == 0); /* reset per run; the last run failed nothing */
    free(ref);
    free(ref_f);
    free(ref_z);
    aufraeumen("lauf");
    aufraeumen("ref");
    remove(ein);
    rmdir(verz);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(jeder_schreibvorgang_scheitert_einmal)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
