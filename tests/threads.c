/*
 * threads.c — thread safety of the engine: every household of the given golden files is
 * computed single-threaded, then by 8 threads at once sharing one engine handle (each thread
 * with its own reader and result, as the API requires), several rounds, in different orders.
 * Every result must be byte-identical to the single-threaded one, and each household packed as a
 * Satz must compute to the same amount. Run under ThreadSanitizer in CI
 * (tools/test.sh) so that a data race is reported even when the bytes happen to agree.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "wohngeld.h"
#include "wohngeld_json.h"

#define THREADS 8
#define RUNDEN 20

typedef struct fall { char *eingabe; size_t len; char *erwartet; } fall;

static fall *faelle;
static size_t anzahl;
static const wg_engine *engine;

static char *rechne(wg_json *j, wg_ergebnis *r, const fall *f)
{
    wg_haushalt h;
    wg_fehler fe;
    size_t len;
    const char *t;
    if (wg_json_haushalt_lesen(j, f->eingabe, f->len, &h, &fe) != WG_OK) {
        t = wg_json_fehler_schreiben(j, engine, h.id, &fe, &len);
    } else {
        wg_berechnen(engine, &h, r, 0);
        t = wg_json_ergebnis_schreiben(j, engine, r, &len);
        /* the bulk path on the same engine, as a Satz in this thread's buffer: the same amount */
        uint64_t satz[512];
        if (wg_satz_packen(engine, &h, satz, sizeof satz) > 0) {
            wg_kurz k;
            if (wg_satz_berechnen(engine, satz, sizeof satz, &k) != WG_OK || k.wohngeld_monat != wg_ergebnis_wohngeld_monat(r))
                return NULL;
        }
    }
    return t ? strdup(t) : NULL;
}

static void *arbeiter(void *arg)
{
    size_t nr = (size_t)(uintptr_t)arg;
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    size_t fehler = 0;
    for (size_t runde = 0; runde < RUNDEN; runde++)
        for (size_t k = 0; k < anzahl; k++) {
            size_t i = (k * (2 * nr + 1) + runde) % anzahl; /* a different order per thread */
            char *t = rechne(j, r, &faelle[i]);
            if (!t || strcmp(t, faelle[i].erwartet) != 0) fehler++;
            free(t);
        }
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    return (void *)(uintptr_t)fehler;
}

int main(int argc, char **argv)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    if (!e) return 2;
    engine = e;
    j_leser *l = j_leser_neu();
    char zeile[1 << 16];
    for (int a = 1; a < argc; a++) {
        FILE *d = fopen(argv[a], "r");
        if (!d) { perror(argv[a]); return 2; }
        while (fgets(zeile, sizeof zeile, d)) {
            const char *m;
            const j_wert *g = j_lesen(l, zeile, strlen(zeile), &m);
            const j_wert *ein = g ? j_feld(g, "eingabe") : NULL;
            if (!ein) continue;
            faelle = realloc(faelle, (anzahl + 1) * sizeof *faelle);
            faelle[anzahl].eingabe = strndup(ein->roh, ein->roh_len);
            faelle[anzahl].len = ein->roh_len;
            anzahl++;
        }
        fclose(d);
    }
    j_leser_frei(l);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    for (size_t i = 0; i < anzahl; i++) faelle[i].erwartet = rechne(j, r, &faelle[i]);
    wg_ergebnis_frei(r);
    wg_json_frei(j);

    pthread_t t[THREADS];
    for (size_t i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, arbeiter, (void *)(uintptr_t)i);
    size_t fehler = 0;
    for (size_t i = 0; i < THREADS; i++) {
        void *rv;
        pthread_join(t[i], &rv);
        fehler += (size_t)(uintptr_t)rv;
    }
    size_t gesamt = (size_t)THREADS * RUNDEN * anzahl;
    printf("threads: %zu households × %d rounds × %d threads\n", anzahl, RUNDEN, THREADS);
    printf("%zu passed, %zu failed\n", gesamt - fehler, fehler);
    for (size_t i = 0; i < anzahl; i++) { free(faelle[i].eingabe); free(faelle[i].erwartet); }
    free(faelle);
    wg_engine_schliessen(e);
    return fehler || anzahl == 0 ? 1 : 0;
}
