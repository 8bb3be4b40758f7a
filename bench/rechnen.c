/*
 * rechnen.c — the pure computation throughput: households are read from JSON Lines once and
 * copied into memory (parsing is not measured), then wg_berechnen runs over all of them, on one
 * thread, without derivation text (as `batch --ausgabe-umfang kurz`) and with it (voll).
 *
 *   rechnen DATEI [RUNDEN [nur_betrag|ohne_schritte|voll]]   → households/s, one line each
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
