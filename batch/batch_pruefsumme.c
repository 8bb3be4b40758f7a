/*
 * batch_pruefsumme.c — SHA-256 through OpenSSL's EVP interface (batch_pruefsumme.h), in the
 * caller's thread or, after batch_sha256_hintergrund, in a thread of its own fed through a ring
 * of HASH_FAECHER copies.
 */
#include "batch_pruefsumme.h"

#include <openssl/evp.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* the ring of the hashing thread: HASH_FAECHER pieces of at most HASH_FACH bytes (4 MiB in all) */
#define HASH_FAECHER 4
#define HASH_FACH ((size_t)1 << 20)

struct batch_sha256 {
    EVP_MD_CTX *ctx;
    /* batch_sha256_hintergrund: the thread hashes fach[schwanz], … (belegt pieces, in order);
     * the caller fills fach[kopf]. ctx belongs to the thread while belegt > 0. */
    bool hintergrund, ende;
    pthread_t th;
    pthread_mutex_t m;
    pthread_cond_t voll, frei;
    char *fach[HASH_FAECHER];
    size_t fach_len[HASH_FAECHER];
    unsigned kopf, schwanz, belegt;
};

batch_sha256 *batch_sha256_neu(void)
{
    batch_sha256 *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->ctx = EVP_MD_CTX_new();
    if (!s->ctx || EVP_DigestInit_ex(s->ctx, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(s->ctx);
        free(s);
        return NULL;
    }
    return s;
}

static void *hashen(void *arg)
{
    batch_sha256 *s = arg;
    pthread_mutex_lock(&s->m);
    for (;;) {
        while (s->belegt == 0 && !s->ende) pthread_cond_wait(&s->voll, &s->m);
        if (s->belegt == 0) break; /* ende, and nothing left */
        const unsigned i = s->schwanz;
        pthread_mutex_unlock(&s->m);
        (void)EVP_DigestUpdate(s->ctx, s->fach[i], s->fach_len[i]);
        pthread_mutex_lock(&s->m);
        s->schwanz = (i + 1) % HASH_FAECHER;
        s->belegt--;
        pthread_cond_signal(&s->frei);
    }
    pthread_mutex_unlock(&s->m);
    return NULL;
}

int batch_sha256_hintergrund(batch_sha256 *s)
{
    if (s->hintergrund) return 0;
    for (int i = 0; i < HASH_FAECHER; i++)
        if (!(s->fach[i] = malloc(HASH_FACH))) goto zurueck;
    if (pthread_mutex_init(&s->m, NULL) != 0) goto zurueck;
    if (pthread_cond_init(&s->voll, NULL) != 0) {
        pthread_mutex_destroy(&s->m);
        goto zurueck;
    }
    if (pthread_cond_init(&s->frei, NULL) != 0) {
        pthread_cond_destroy(&s->voll);
        pthread_mutex_destroy(&s->m);
        goto zurueck;
    }
    s->kopf = s->schwanz = s->belegt = 0;
    s->ende = false;
    if (pthread_create(&s->th, NULL, hashen, s) != 0) {
        pthread_cond_destroy(&s->frei);
        pthread_cond_destroy(&s->voll);
        pthread_mutex_destroy(&s->m);
        goto zurueck;
    }
    s->hintergrund = true;
    return 0;
zurueck: /* hashing stays in the caller's thread: the same hash */
    for (int i = 0; i < HASH_FAECHER; i++) {
        free(s->fach[i]);
        s->fach[i] = NULL;
    }
    return -1;
}

void batch_sha256_daten(batch_sha256 *s, const void *daten, size_t len)
{
    if (!s->hintergrund) {
        if (len) (void)EVP_DigestUpdate(s->ctx, daten, len);
        return;
    }
    const char *p = daten;
    while (len > 0) {
        const size_t n = len < HASH_FACH ? len : HASH_FACH;
        pthread_mutex_lock(&s->m);
        while (s->belegt == HASH_FAECHER) pthread_cond_wait(&s->frei, &s->m);
        const unsigned i = s->kopf;
        pthread_mutex_unlock(&s->m);
        memcpy(s->fach[i], p, n); /* fach[i] is not the thread's: it holds only the belegt pieces from schwanz */
        pthread_mutex_lock(&s->m);
        s->fach_len[i] = n;
        s->kopf = (i + 1) % HASH_FAECHER;
        s->belegt++;
        pthread_cond_signal(&s->voll);
        pthread_mutex_unlock(&s->m);
        p += n;
        len -= n;
    }
}

/* waits until the thread has hashed every piece handed to it: ctx is the caller's again */
static void abwarten(batch_sha256 *s)
{
    if (!s->hintergrund) return;
    pthread_mutex_lock(&s->m);
    while (s->belegt > 0) pthread_cond_wait(&s->frei, &s->m);
    pthread_mutex_unlock(&s->m);
}

void batch_sha256_ende(batch_sha256 *s, char hex[65])
{
    abwarten(s);
    unsigned char d[32];
    unsigned int n = 0;
    if (EVP_DigestFinal_ex(s->ctx, d, &n) != 1 || n != 32) {
        hex[0] = '\0';
    } else {
        for (size_t i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
    }
    (void)EVP_DigestInit_ex(s->ctx, EVP_sha256(), NULL);
}

void batch_sha256_frei(batch_sha256 *s)
{
    if (!s) return;
    if (s->hintergrund) {
        pthread_mutex_lock(&s->m);
        s->ende = true;
        pthread_cond_signal(&s->voll);
        pthread_mutex_unlock(&s->m);
        pthread_join(s->th, NULL);
        pthread_cond_destroy(&s->frei);
        pthread_cond_destroy(&s->voll);
        pthread_mutex_destroy(&s->m);
        for (int i = 0; i < HASH_FAECHER; i++) free(s->fach[i]);
    }
    EVP_MD_CTX_free(s->ctx);
    free(s);
}

int batch_datei_hash(int fd, uint64_t von, uint64_t bis, char hex[65])
{
    batch_sha256 *s = batch_sha256_neu();
    if (!s) return -1;
    char puffer[16384];
    uint64_t pos = von;
    int rc = 0;
    while (pos < bis) {
        size_t n = bis - pos < sizeof puffer ? (size_t)(bis - pos) : sizeof puffer;
        ssize_t k = pread(fd, puffer, n, (off_t)pos);
        if (k <= 0) {
            rc = -1;
            break;
        }
        batch_sha256_daten(s, puffer, (size_t)k);
        pos += (uint64_t)k;
    }
    batch_sha256_ende(s, hex);
    batch_sha256_frei(s);
    return rc;
}
