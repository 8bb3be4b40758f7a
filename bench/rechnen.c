/*
 * rechnen.c — the pure computation throughput: households are read from JSON Lines once and
 * copied into memory (parsing is not measured), then wg_berechnen runs over all of them, on one
 * thread, without derivation text (as `batch --ausgabe-umfang kurz`) and with it (voll).
 * A fourth way computes the same households packed once as Sätze (wg_satz_packen), stored back
 * to back in one buffer: wg_satz_berechnen on parsed, checked records.
 *
 *   rechnen DATEI [RUNDEN [satz|nur_betrag|ohne_schritte|voll]]   → households/s, one line each
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wohngeld.h"
#include "kopie.h"
#include "wohngeld_json.h"

static double jetzt(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) return 2;
    int runden = argc > 2 ? atoi(argv[2]) : 3;
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 2;
    wg_fehler fe;
    wg_engine *e = wg_engine_oeffnen(&fe);
    wg_json *j = wg_json_neu();
    size_t kap = 1 << 16, n = 0;
    wg_haushalt *hh = malloc(kap * sizeof *hh), h;
    haushalt_datei d = {f, j, NULL, 0};
    while (naechster_haushalt(&d, &h)) {
        if (n == kap) hh = realloc(hh, (kap *= 2) * sizeof *hh);
        haushalt_kopieren(&hh[n++], &h);
    }
    fclose(f);
    wg_ergebnis *r = wg_ergebnis_neu();
    if (argc <= 3 || strcmp(argv[3], "satz") == 0) {
        /* the Sätze, packed once (not measured), back to back in one buffer */
        size_t laenge = 0, gepackt = 0;
        for (size_t i = 0; i < n; i++) laenge += wg_satz_packen(e, &hh[i], NULL, 0);
        uint64_t *saetze = malloc(laenge + 8);
        unsigned char *z = (unsigned char *)saetze;
        long long soll = 0;
        for (size_t i = 0; i < n; i++) {
            size_t l = wg_satz_packen(e, &hh[i], z, laenge);
            if (l == 0) continue; /* for wg_berechnen: not part of this measurement */
            z += l;
            gepackt++;
            wg_berechnen(e, &hh[i], r, WG_NUR_BETRAG);
            soll += wg_ergebnis_wohngeld_monat(r);
        }
        double best = 0;
        long long summe = 0;
        for (int k = 0; k < runden; k++) {
            summe = 0;
            wg_kurz aus;
            double t0 = jetzt();
            for (const unsigned char *s = (const unsigned char *)saetze; s < z; s += wg_satz_laenge(s)) {
                __builtin_prefetch(s + 768);
                wg_satz_berechnen(e, s, (size_t)(z - s), &aus);
                summe += aus.wohngeld_monat;
            }
            double rate = (double)gepackt / (jetzt() - t0);
            if (rate > best) best = rate;
        }
        printf("satz %zu %.0f\n", gepackt, best);
        if (summe != soll) {
            fprintf(stderr, "rechnen: Summe satz %lld ≠ nur_betrag %lld\n", summe, soll);
            return 1;
        }
        free(saetze);
    }
    /* three ways, each best of RUNDEN: the amount alone (WG_NUR_BETRAG, what `batch kurz`
     * uses), all derivation values without step texts, and the whole derivation (`voll`).
     * The sums of the amounts must agree, or the measurement is void. A fourth argument names
     * one of them to measure it alone (for callgrind). */
    static const struct { const char *name; unsigned optionen; } modi[3] = {
        {"nur_betrag", WG_NUR_BETRAG}, {"ohne_schritte", WG_OHNE_SCHRITTE}, {"voll", 0}};
    long long summen[3] = {0, 0, 0};
    bool gemessen[3] = {false, false, false};
    for (int modus = 0; modus < 3; modus++) {
        if (argc > 3 && strcmp(argv[3], modi[modus].name) != 0) continue;
        double best = 0;
        for (int k = 0; k < runden; k++) {
            long long summe = 0;
            double t0 = jetzt();
            for (size_t i = 0; i < n; i++) {
                wg_berechnen(e, &hh[i], r, modi[modus].optionen);
                summe += wg_ergebnis_wohngeld_monat(r);
            }
            double rate = (double)n / (jetzt() - t0);
            if (rate > best) best = rate;
            summen[modus] = summe;
        }
        gemessen[modus] = true;
        printf("%s %zu %.0f\n", modi[modus].name, n, best);
    }
    for (int modus = 1; modus < 3; modus++)
        if (gemessen[0] && gemessen[modus] && summen[modus] != summen[0]) {
            fprintf(stderr, "rechnen: Summe %s %lld ≠ nur_betrag %lld\n", modi[modus].name, summen[modus], summen[0]);
            return 1;
        }
    long long summe = summen[0] + summen[1] + summen[2];
    fprintf(stderr, "(Prüfsumme %lld)\n", summe);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    return 0;
}
