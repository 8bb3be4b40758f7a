/* sha256.h — SHA-256 (FIPS 180-4) for the table checksum shown in every result. */
#ifndef WGI_SHA256_H
#define WGI_SHA256_H
#include <stddef.h>
#include <stdint.h>

typedef struct wgi_sha256 {
    uint32_t h[8];
    uint64_t laenge;
    unsigned char block[64];
    size_t fuellung;
} wgi_sha256;

void wgi_sha256_start(wgi_sha256 *s);
void wgi_sha256_daten(wgi_sha256 *s, const void *daten, size_t len);
/* Writes 64 lowercase hex digits and a NUL into hex. */
void wgi_sha256_ende(wgi_sha256 *s, char hex[65]);
#endif
