/*
 * satz.c — libFuzzer harness for wg_satz_berechnen on damaged Sätze: the input is a household
 * record, optionally followed by a NUL byte and patches. The record is packed (wg_satz_packen);
 * each patch (three bytes: offset low, offset high, value) XORs one byte of the Satz; a last
 * single byte, if any, shortens the length handed over. The Satz then lies in a buffer of
 * exactly that length, so ASan reports any read beyond it. Invariants: no crash or read out of
 * bounds; without patches the amount is the one wg_berechnen(…, WG_NUR_BETRAG) gives; a damaged
 * Satz gives WG_OK only when wgi_satz_gueltig accepts it, with an amount within its bounds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "satz.h"
#include "wohngeld_json.h"

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse)
{
    static wg_engine *e;
    static wg_json *j;
    static wg_ergebnis *r;
    if (!e) {
        wg_fehler f;
        e = wg_engine_oeffnen(&f);
        j = wg_json_neu();
        r = wg_ergebnis_neu();
        if (!e || !j || !r) abort();
    }
    const unsigned char *nul = memchr(daten, 0, groesse);
    size_t text_len = nul ? (size_t)(nul - daten) : groesse;
    wg_haushalt h;
    wg_fehler f;
    if (wg_json_haushalt_lesen(j, (const char *)daten, text_len, &h, &f) != WG_OK) return 0;
    size_t laenge = wg_satz_packen(e, &h, NULL, 0);
    if (laenge == 0) return 0;
    uint64_t *satz = malloc(laenge);
    if (!satz || wg_satz_packen(e, &h, satz, laenge) != laenge) abort();
    bool beschaedigt = false;
    size_t kuerzer = 0;
    if (nul) {
        const unsigned char *p = nul + 1, *ende = daten + groesse;
        for (; ende - p >= 3; p += 3) {
            size_t o = ((size_t)p[0] | (size_t)p[1] << 8) % laenge;
            ((unsigned char *)satz)[o] ^= p[2];
            beschaedigt |= p[2] != 0;
        }
        if (p < ende) kuerzer = (size_t)(*p) * 8 % laenge;
    }
    size_t gegeben = laenge - kuerzer;
    /* the Satz in a buffer of exactly the length handed over */
    void *genau = malloc(gegeben ? gegeben : 1);
    if (!genau) abort();
    memcpy(genau, satz, gegeben);
    wg_kurz k;
    wg_status st = wg_satz_berechnen(e, genau, gegeben, &k);
    if (st != k.status) abort();
    if (!beschaedigt && kuerzer == 0) {
        if (st != WG_OK) abort();
        if (wg_berechnen(e, &h, r, WG_NUR_BETRAG) != WG_OK || k.wohngeld_monat != wg_ergebnis_wohngeld_monat(r)) abort();
    }
    if (st == WG_OK) {
        if (!wgi_satz_gueltig(genau, gegeben)) abort();
        if (k.wohngeld_monat < 0 || (k.anspruch && k.wohngeld_monat == 0) || (!k.anspruch && k.wohngeld_monat != 0))
            abort();
    } else if (st == WG_E_SATZ_UNGUELTIG) {
        if (wgi_satz_gueltig(genau, gegeben)) abort();
    }
    free(genau);
    free(satz);
    return 0;
}
