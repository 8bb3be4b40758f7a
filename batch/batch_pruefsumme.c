/*
 * batch_pruefsumme.c — SHA-256 through OpenSSL's EVP interface (batch_pruefsumme.h).
 */
#include "batch_pruefsumme.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct batch_sha256 {
    EVP_MD_CTX *ctx;
};

batch_sha256 *batch_sha256_neu(void)
{
    batch_sha256 *s = malloc(sizeof *s);
    if (!s) return NULL;
    s->ctx = EVP_MD_CTX_new();
    if (!s->ctx || EVP_DigestInit_ex(s->ctx, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(s->ctx);
        free(s);
        return NULL;
    }
    return s;
}

void batch_sha256_daten(batch_sha256 *s, const void *daten, size_t len)
{
    if (len) (void)EVP_DigestUpdate(s->ctx, daten, len);
}

void batch_sha256_ende(batch_sha256 *s, char hex[65])
{
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
