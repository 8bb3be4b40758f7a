/*
 * rechnen.c — the pure computation throughput: households are read from JSON Lines once and
 * copied into memory (parsing is not measured), then wg_berechnen runs over all of them, on one
 * thread, without derivation text (as `batch --ausgabe-umfang kurz`) and with it (voll).
 *
 *   rechnen DATEI [RUNDEN]   → prints households/s for both, one line each
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wohngeld.h"
#include "wohngeld_json.h"

static char *dup(const char *s) { return s ? strdup(s) : NULL; }

static void kopieren(wg_haushalt *ziel, const wg_haushalt *h)
{
    *ziel = *h;
    ziel->id = dup(h->id);
    ziel->gemeinde = dup(h->gemeinde);
    ziel->rechtsstand = dup(h->rechtsstand);
    wg_mitglied *m = malloc(h->anzahl_mitglieder * sizeof *m);
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        m[i] = h->mitglieder[i];
        m[i].id = dup(m[i].id);
        m[i].ausschlussgrund = dup(m[i].ausschlussgrund);
        if (m[i].anzahl_einkommen) {
            wg_einkommen *e = malloc(m[i].anzahl_einkommen * sizeof *e);
            memcpy(e, m[i].einkommen, m[i].anzahl_einkommen * sizeof *e);
            m[i].einkommen = e;
        }
        if (m[i].anzahl_unterhalt) {
            wg_unterhalt *u = malloc(m[i].anzahl_unterhalt * sizeof *u);
            memcpy(u, m[i].unterhalt, m[i].anzahl_unterhalt * sizeof *u);
            m[i].unterhalt = u;
        }
    }
    ziel->mitglieder = m;
}

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
    wg_haushalt *hh = malloc(kap * sizeof *hh);
    char *zeile = NULL;
    size_t zkap = 0;
    ssize_t len;
    while ((len = getline(&zeile, &zkap, f)) > 0) {
        wg_haushalt h;
        if (wg_json_haushalt_lesen(j, zeile, (size_t)len, &h, &fe) != WG_OK) continue;
        if (n == kap) hh = realloc(hh, (kap *= 2) * sizeof *hh);
        kopieren(&hh[n++], &h);
    }
    fclose(f);
    wg_ergebnis *r = wg_ergebnis_neu();
    long long summe = 0;
    for (int modus = 0; modus < 2; modus++) {
        double best = 0;
        for (int k = 0; k < runden; k++) {
            double t0 = jetzt();
            for (size_t i = 0; i < n; i++) {
                wg_berechnen(e, &hh[i], r, modus == 0 ? WG_OHNE_SCHRITTE : 0);
                summe += wg_ergebnis_wohngeld_monat(r);
            }
            double rate = (double)n / (jetzt() - t0);
            if (rate > best) best = rate;
        }
        printf("%s %zu %.0f\n", modus == 0 ? "kurz" : "voll", n, best);
    }
    fprintf(stderr, "(Prüfsumme %lld)\n", summe);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    return 0;
}
