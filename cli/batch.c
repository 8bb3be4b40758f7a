/*
 * batch.c — `wohngeld batch`: the options of the nightly bulk assessment (docs/batch.md); the
 * run itself is the batch module (batch.h).
 *
 *   wohngeld batch --eingabe DATEI --ausgabe DATEI [--fehler DATEI] [--protokoll DATEI]
 *                  [--threads N] [--format jsonl|csv] [--trennzeichen ,|;]
 *                  [--ausgabe-umfang kurz|voll] [--fortsetzen] [--leise]
 *                  [--block N] [--checkpoint-sekunden S] [--tabellen VERZ]
 *                  [--art haushalt|fall] [--voruebergehend-bis-monate N] [--vergleich-y W]
 *
 * Exports wgi_befehl_batch only. Every option value is checked before anything is opened; a bad
 * one is named with the value and what it must be (exit 2).
 */
#include "batch.h"
#include "befehle.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int nutzung(void)
{
    fprintf(stderr, "Aufruf: wohngeld batch --eingabe DATEI --ausgabe DATEI [--fehler DATEI] [--protokoll DATEI]\n"
                    "                      [--threads N] [--format jsonl|csv] [--trennzeichen ,|;]\n"
                    "                      [--ausgabe-umfang kurz|voll] [--fortsetzen] [--leise]\n"
                    "                      [--block N] [--checkpoint-sekunden S] [--tabellen VERZ]\n"
                    "                      [--bedarf-anteil PROZENT] [--art haushalt|fall]\n"
                    "                      [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert]\n"
                    "                      [--daten-max-alter-monate N] [--erstattung-grenze EUR] [--frist-warnung-tage N]\n"
                    "                      [--bescheide VERZ --behoerde DATEI [--bescheid-datum JJJJ-MM-TT]] [--shard K/N]\n"
                    "(DATEI \"-\" = Standardein-/ausgabe; --fortsetzen nur mit Dateien; docs/batch.md)\n");
    return 2;
}

static int falsch(const char *option, const char *wert, const char *soll)
{
    fprintf(stderr, "wohngeld batch: %s \"%s\": %s\n", option, wert, soll);
    return 2;
}

/* a whole number in [min, max], written plainly ("8", not "8.0", "0x8" or " 8") */
static bool ganz(const char *w, long long min, long long max, long long *v)
{
    if (!*w || (*w != '-' && (*w < '0' || *w > '9'))) return false;
    char *e;
    errno = 0;
    long long x = strtoll(w, &e, 10);
    if (errno || *e || x < min || x > max) return false;
    *v = x;
    return true;
}

int wgi_befehl_batch(int argc, char **argv)
{
    batch_optionen o = {0};
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    o.threads = n < 1 ? 1 : n > 256 ? 256 : (int)n;
    o.block = 2048;
    o.checkpoint_sekunden = 1.0;
    o.trennzeichen = ',';
    o.bedarf_anteil = 100;
    wg_fall_einstellungen_init(&o.fall_einstellungen);
    bool trenn_gegeben = false, fall_option = false;
    const char *behoerde = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--fortsetzen")) { o.fortsetzen = true; continue; }
        if (!strcmp(a, "--leise")) { o.leise = true; continue; }
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { nutzung(); return 0; }
        const int fo = wgi_fall_option(argc, argv, &i, &o.fall_einstellungen);
        if (fo < 0) return 2;
        if (fo > 0) { fall_option = true; continue; }
        static const char *const mit_wert[] = {"--eingabe", "--ausgabe", "--fehler", "--protokoll", "--threads", "--block",
                                               "--checkpoint-sekunden", "--format", "--ausgabe-umfang", "--trennzeichen",
                                               "--tabellen", "--bedarf-anteil", "--art", "--bescheide", "--behoerde",
                                               "--bescheid-datum", "--shard"};
        bool bekannt = false;
        for (size_t k = 0; k < sizeof mit_wert / sizeof mit_wert[0]; k++) bekannt |= !strcmp(a, mit_wert[k]);
        if (!bekannt) {
            fprintf(stderr, "wohngeld batch: unbekannte Option \"%s\"\n", a);
            return nutzung();
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "wohngeld batch: %s braucht einen Wert\n", a);
            return nutzung();
        }
        const char *w = argv[++i];
        long long v;
        if (!strcmp(a, "--eingabe")) o.eingabe = w;
        else if (!strcmp(a, "--ausgabe")) o.ausgabe = w;
        else if (!strcmp(a, "--fehler")) o.fehler = w;
        else if (!strcmp(a, "--protokoll")) o.protokoll = w;
        else if (!strcmp(a, "--tabellen")) o.tabellen = w;
        else if (!strcmp(a, "--bescheide")) o.bescheide = w;
        else if (!strcmp(a, "--shard")) {
            char rest;
            if (sscanf(w, "%d/%d%c", &o.shard_k, &o.shard_n, &rest) != 2 || o.shard_n < 1 || o.shard_n > 100000 || o.shard_k < 1 ||
                o.shard_k > o.shard_n)
                return falsch(a, w, "K/N mit 1 ≤ K ≤ N ≤ 100000 (docs/skalierung.md)");
        }
        else if (!strcmp(a, "--behoerde")) behoerde = w;
        else if (!strcmp(a, "--bescheid-datum")) {
            if (!wgi_datum_lesen(w, &o.bescheid_datum)) return falsch(a, w, "ein Datum JJJJ-MM-TT");
        }
        else if (!strcmp(a, "--art")) {
            if (strcmp(w, "haushalt") != 0 && strcmp(w, "fall") != 0) return falsch(a, w, "haushalt oder fall");
            o.fall = !strcmp(w, "fall");
        }
        else if (!strcmp(a, "--bedarf-anteil")) {
            if (!ganz(w, 1, 1000, &v)) return falsch(a, w, "eine ganze Zahl von 1 bis 1000 (Prozent)");
            o.bedarf_anteil = (int)v;
        } else if (!strcmp(a, "--threads")) {
            if (!ganz(w, 1, 256, &v)) return falsch(a, w, "eine ganze Zahl von 1 bis 256");
            o.threads = (int)v;
        } else if (!strcmp(a, "--block")) {
            if (!ganz(w, 1, 1000000, &v)) return falsch(a, w, "eine ganze Zahl von 1 bis 1000000");
            o.block = (size_t)v;
        } else if (!strcmp(a, "--checkpoint-sekunden")) {
            char *e;
            errno = 0;
            double s = strtod(w, &e);
            if (!*w || *e || errno || !isfinite(s) || s < 0 || s > 86400)
                return falsch(a, w, "eine Zahl von Sekunden von 0 bis 86400");
            o.checkpoint_sekunden = s;
        } else if (!strcmp(a, "--format")) {
            if (strcmp(w, "jsonl") != 0 && strcmp(w, "csv") != 0) return falsch(a, w, "jsonl oder csv");
            o.csv = !strcmp(w, "csv");
        } else if (!strcmp(a, "--ausgabe-umfang")) {
            if (strcmp(w, "kurz") != 0 && strcmp(w, "voll") != 0) return falsch(a, w, "kurz oder voll");
            o.voll = !strcmp(w, "voll");
        } else if (!strcmp(a, "--trennzeichen")) {
            if (strcmp(w, ",") != 0 && strcmp(w, ";") != 0) return falsch(a, w, "\",\" oder \";\"");
            o.trennzeichen = w[0];
            trenn_gegeben = true;
        }
    }
    if (!o.eingabe || !o.ausgabe) {
        fprintf(stderr, "wohngeld batch: %s fehlt\n", !o.eingabe ? "--eingabe" : "--ausgabe");
        return nutzung();
    }
    if (o.fall && o.csv) return falsch("--format", "csv", "laufende Fälle (--art fall) gibt es nur als JSON Lines");
    if (fall_option && !o.fall)
        return falsch("--art", "haushalt", "die Einstellungen laufender Fälle gelten nur mit --art fall");
    if (trenn_gegeben && !o.csv) return falsch("--trennzeichen", o.trennzeichen == ';' ? ";" : ",", "gilt nur mit --format csv");
    if (o.fortsetzen && (!strcmp(o.ausgabe, "-") || !strcmp(o.eingabe, "-"))) {
        fprintf(stderr, "wohngeld batch: --fortsetzen braucht Dateien für Ein- und Ausgabe\n");
        return 2;
    }
    if (o.fehler && !strcmp(o.fehler, "-")) return falsch("--fehler", "-", "eine Datei (die Ergebnisse gehen schon auf die Standardausgabe)");
    if (o.protokoll && !strcmp(o.protokoll, "-")) return falsch("--protokoll", "-", "eine Datei (ohne --protokoll geht das Protokoll auf stderr, wenn das kein Terminal ist)");
    if ((o.bescheide != NULL) != (behoerde != NULL))
        return falsch(o.bescheide ? "--bescheide" : "--behoerde", o.bescheide ? o.bescheide : behoerde,
                      "--bescheide VERZ und --behoerde DATEI gehören zusammen (docs/bescheide.md § 5)");
    if (o.bescheid_datum.jahr && !o.bescheide) return falsch("--bescheid-datum", "", "gilt nur mit --bescheide");
    if (behoerde && fall_option)
        return falsch("--behoerde", behoerde, "mit Briefen kommen die Einstellungen laufender Fälle aus der Behördendatei");
    wg_behoerde *k = NULL;
    if (behoerde && !(k = wgi_behoerde_oeffnen(behoerde, "batch"))) return 2;
    o.behoerde = k;
    wg_behoerde_fall_einstellungen(k, &o.fall_einstellungen); /* the letters' settings are the run's */
    const int rc = batch_laufen(&o);
    wg_behoerde_frei(k);
    return rc;
}
