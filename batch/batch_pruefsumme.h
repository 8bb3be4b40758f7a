/*
 * batch_pruefsumme.h — SHA-256 for the batch runner: the hash of the whole input for the run's
 * summary, and of the last block before each checkpoint position, so that `--fortsetzen`
 * notices files that changed under it. OpenSSL's libcrypto does the hashing (it uses the
 * processor's SHA instructions: about 1.5 GB/s here, against 0.16 GB/s for a portable C loop,
 * which would double the time of a night run).
 *
 * A night run hashes its input in a thread of its own (batch_sha256_hintergrund), so the hash
 * is not on the main thread's path from reading to writing (issue 26): the main thread only
 * copies each piece read (256 KiB, batch_lesen.c) into a ring of four pieces of at most 1 MiB,
 * and waits only when all four are still unhashed (the thread hashes several times faster than a
 * run reads).
 *
 * Exports: batch_sha256 (opaque), batch_sha256_neu/_hintergrund/_daten/_ende/_frei,
 * batch_datei_hash.
 */
#ifndef WGI_BATCH_PRUEFSUMME_H
#define WGI_BATCH_PRUEFSUMME_H

#include <stddef.h>
#include <stdint.h>

typedef struct batch_sha256 batch_sha256;

batch_sha256 *batch_sha256_neu(void);
/* From now on the bytes given to batch_sha256_daten are hashed in a thread of the hash's own
 * (batch_sha256_frei ends it). 0, or -1 when no thread or memory was to be had: the hash is then
 * computed in the caller's thread as before — the same hash either way. */
int batch_sha256_hintergrund(batch_sha256 *s);
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
