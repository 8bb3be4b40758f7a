/*
 * batch_pruefsumme.h — SHA-256 for the batch runner: the hash of the whole input for the run's
 * summary, and of the last block before each checkpoint position, so that `--fortsetzen`
 * notices files that changed under it. OpenSSL's libcrypto does the hashing (it uses the
 * processor's SHA instructions: about 1.5 GB/s here, against 0.16 GB/s for a portable C loop,
 * which would double the time of a night run).
 *
 * Exports: batch_sha256 (opaque), batch_sha256_neu/_daten/_ende/_frei, batch_datei_hash.
 */
#ifndef WGI_BATCH_PRUEFSUMME_H
#define WGI_BATCH_PRUEFSUMME_H

#include <stddef.h>
#include <stdint.h>

typedef struct batch_sha256 batch_sha256;

batch_sha256 *batch_sha256_neu(void);
void batch_sha256_daten(batch_sha256 *s, const void *daten, size_t len);
/* Writes 64 lowercase hex digits and a NUL; the state starts anew afterwards. */
void batch_sha256_ende(batch_sha256 *s, char hex[65]);
void batch_sha256_frei(batch_sha256 *s);

/* The SHA-256 of the bytes [von, bis) of the open file fd (pread). 0, or -1 on a read error or
 * when the file is shorter than bis. */
int batch_datei_hash(int fd, uint64_t von, uint64_t bis, char hex[65]);

/* The number of bytes before a checkpoint position that its hash covers. */
#define BATCH_HASH_FENSTER 65536u

#endif
