/*
 * erzeugen.c — `wohngeld erzeugen ANZAHL [--saat S] [--fehlerquote P] [--teil 1] [--faelle 1]`:
 * a seeded generator of realistic synthetic records (JSON Lines on stdout) for trial night runs,
 * the tests and the benchmark (docs/batch.md "Trial runs"); the same seed gives the same file. Household sizes weighted like the statistics (mostly 1–2 persons,
 * some 5+, a few over 12), Stichtage across all periods 2016–2026, one to three income items
 * of several kinds per adult, some excluded members, Lastenzuschuss, Heim, Gemeinde by AGS.
 * With --fehlerquote P, about P percent of the lines are broken in one of several ways
 * (invalid money, unknown kind, missing field, bad JSON), to exercise the reject path.
 * With --teil 1, partial records for the screening (docs/vorpruefung.md): the rent "unbekannt",
 * the first income item of the first member an interval of ± 100 EUR, that member's § 16 flags
 * for health/care and pension insurance "unbekannt" — two unknown money fields and two unknown
 * flags per household, what an authority holds from the Melderegister and the pension data.
 *
 * With --faelle 1, running cases (docs/laufende-faelle.md): a Bewilligungszeitraum of 12 months
 * from a month of 2017–2026, the Bescheid's household and three history entries — the first
 * member's income changed (Datenabgleich, complete circumstances), the rent changed (complete
 * circumstances), and an event (the last member moves out, or an application for an increase).
 *
 *   wohngeld erzeugen ANZAHL [--saat S] [--fehlerquote P] [--teil 1] [--faelle 1] > haushalte.jsonl
 *
 * Exports wgi_befehl_erzeugen. Built with WGI_ERZEUGEN_MAIN it is also a program of its own
 * (tests/erzeugen, fuzz/laufen.sh), which needs nothing but the C library.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t z = 88172645463325252ULL;
static uint64_t zufall(void)
{
    z ^= z << 13;
    z ^= z >> 7;
    z ^= z << 17;
    return z;
}
static long bis(long n) { return (long)(zufall() % (uint64_t)n); }

static int groesse(void)
{
    long r = bis(10000);
    if (r < 4500) return 1;
    if (r < 7500) return 2;
    if (r < 8500) return 3;
    if (r < 9300) return 4;
    if (r < 9700) return 5;
    if (r < 9980) return (int)(6 + bis(7));
    return (int)(13 + bis(3));
}

static const char *const arten[] = {"arbeitslohn", "rente", "lohnersatz", "minijob_pauschal", "versorgungsbezug",
                                    "selbstaendig", "kapital", "elterngeld", "unterhaltsvorschuss", "kindergeld",
                                    "bafoeg_zuschuss", "unterhalt_erhalten"};
static const int gewicht[] = {40, 25, 10, 8, 4, 3, 3, 2, 2, 1, 1, 1};
static const char *const gemeinden[] = {"04011000", "04012000", "14713000", "14729150", "09162000", "05315000",
                                        "11000000", "02000000", "06412000", "08111000"};

static const char *art(void)
{
    long r = bis(100), s = 0;
    for (size_t i = 0; i < sizeof gewicht / sizeof gewicht[0]; i++) {
        s += gewicht[i];
        if (r < s) return arten[i];
    }
    return arten[0];
}

/* The household of a running case: n members m1 … mn, the first two adults with an income of
 * lohn[i] EUR per month (0: none), the rest children. */
static size_t fall_haushalt(char *aus, size_t kap, int stufe, long miete, int n, const long *lohn)
{
    size_t p = (size_t)snprintf(aus, kap, "{\"mietenstufe\":%d,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"%ld.00\"},"
                                        "\"mitglieder\":[", stufe, miete);
    for (int i = 0; i < n && p < kap; i++) {
        if (i < 2)
            p += (size_t)snprintf(aus + p, kap - p, "%s{\"id\":\"m%d\",\"alter\":%d,\"abzug_kranken_pflege\":true,\"einkommen\":["
                                                  "{\"art\":\"%s\",\"betrag_monat\":\"%ld.00\"}]}",
                                  i ? "," : "", i + 1, 35 + 30 * i, i == 1 ? "rente" : "arbeitslohn", lohn[i]);
        else
            p += (size_t)snprintf(aus + p, kap - p, ",{\"id\":\"m%d\",\"alter\":%d,\"kind_eines_mitglieds\":true}", i + 1, 2 + i);
    }
    if (p < kap) p += (size_t)snprintf(aus + p, kap - p, "]}");
    return p;
}

static void fall_schreiben(long k)
{
    char h0[2048], h1[2048], h2[2048];
    const int n = 1 + (int)bis(4), stufe = 1 + (int)bis(6);
    const int jahr = (int)(2017 + bis(10)), monat = (int)(1 + bis(12));
    long lohn[2] = {600 + bis(1800), n > 1 ? bis(1200) : 0};
    const long miete = 300 + bis(500) + 80L * n;
    fall_haushalt(h0, sizeof h0, stufe, miete, n, lohn);
    long lohn1[2] = {lohn[0] * (80 + bis(41)) / 100, lohn[1]};
    fall_haushalt(h1, sizeof h1, stufe, miete, n, lohn1);
    fall_haushalt(h2, sizeof h2, stufe, miete * (80 + bis(41)) / 100, n, lohn1);
    int mi = jahr * 12 + monat - 1;
    const int m1 = mi + 2 + (int)bis(2), m2 = m1 + 2 + (int)bis(2), m3 = m2 + 2 + (int)bis(3);
    const int ende = mi + 11;
    printf("{\"format\":\"wohngeld-fall/1\",\"id\":\"F-%08ld\",\"antrag\":\"%04d-%02d-05\","
           "\"bewilligung\":{\"von\":\"%04d-%02d\",\"bis\":\"%04d-%02d\"},\"haushalt\":%s,\"verlauf\":["
           "{\"ab\":\"%04d-%02d-%02ld\",\"quelle\":\"datenabgleich\",\"haushalt\":%s},"
           "{\"ab\":\"%04d-%02d-01\",\"quelle\":\"mitteilung\",\"haushalt\":%s},",
           k, jahr, monat, jahr, monat, ende / 12, ende % 12 + 1, h0, m1 / 12, m1 % 12 + 1, 1 + bis(28), h1, m2 / 12,
           m2 % 12 + 1, h2);
    if (n > 1)
        printf("{\"ab\":\"%04d-%02d-16\",\"quelle\":\"melderegister\",\"ereignisse\":[{\"art\":\"auszug\",\"mitglied\":\"m%d\"}]}]}\n",
               m3 / 12, m3 % 12 + 1, n);
    else
        printf("{\"ab\":\"%04d-%02d-10\",\"quelle\":\"antrag\",\"ereignisse\":[{\"art\":\"antrag_erhoehung\"}]}]}\n",
               m3 / 12, m3 % 12 + 1);
}

/* a whole number from lo to hi, or -1 (said on stderr, naming the option) */
static long zahl_von(const char *text, const char *option, long lo, long hi)
{
    char *ende;
    errno = 0;
    const long v = strtol(text, &ende, 10);
    if (errno || *ende || ende == text || v < lo || v > hi) {
        fprintf(stderr, "wohngeld erzeugen: %s: ganze Zahl von %ld bis %ld erwartet, \"%s\" gefunden\n", option, lo, hi, text);
        return -1;
    }
    return v;
}

int wgi_befehl_erzeugen(int argc, char **argv);
int wgi_befehl_erzeugen(int argc, char **argv)
{
    static const char aufruf[] = "Aufruf: wohngeld erzeugen ANZAHL [--saat S] [--fehlerquote P] [--teil 1] [--faelle 1]\n";
    if (argc < 1 || argv[0][0] == '-') {
        fputs(aufruf, stderr);
        return 2;
    }
    const long anzahl = zahl_von(argv[0], "ANZAHL", 0, 1000000000L);
    long quote = 0;
    bool teil = false, faelle = false;
    if (anzahl < 0) return 2;
    for (int i = 1; i < argc; i += 2) {
        if (i + 1 >= argc) {
            fprintf(stderr, "wohngeld erzeugen: %s braucht einen Wert\n%s", argv[i], aufruf);
            return 2;
        }
        long v;
        if (!strcmp(argv[i], "--faelle") || !strcmp(argv[i], "--teil")) {
            if ((v = zahl_von(argv[i + 1], argv[i], 0, 1)) < 0) return 2;
            if (argv[i][2] == 'f') faelle = v != 0;
            else teil = v != 0;
        } else if (!strcmp(argv[i], "--saat")) {
            char *ende;
            errno = 0;
            const unsigned long long s = strtoull(argv[i + 1], &ende, 10);
            if (errno || *ende || ende == argv[i + 1] || argv[i + 1][0] == '-') {
                fprintf(stderr, "wohngeld erzeugen: --saat: nicht negative ganze Zahl erwartet, \"%s\" gefunden\n", argv[i + 1]);
                return 2;
            }
            z = s * 2654435761ULL + 1;
        } else if (!strcmp(argv[i], "--fehlerquote")) {
            if ((quote = zahl_von(argv[i + 1], "--fehlerquote", 0, 100)) < 0) return 2;
        } else {
            fprintf(stderr, "wohngeld erzeugen: unbekannte Option %s\n%s", argv[i], aufruf);
            return 2;
        }
    }
    if (teil && faelle) {
        fprintf(stderr, "wohngeld erzeugen: --teil 1 und --faelle 1 schließen sich aus\n");
        return 2;
    }
    char zeile[16384];
    if (faelle) {
        for (long k = 0; k < anzahl; k++) fall_schreiben(k);
        return 0;
    }
    for (long k = 0; k < anzahl; k++) {
        int n = groesse();
        int jahr = (int)(2016 + bis(11)), monat = (int)(1 + bis(12));
        size_t p = 0;
        p += (size_t)snprintf(zeile + p, sizeof zeile - p, "{\"id\":\"HH-%08ld\",\"stichtag\":\"%04d-%02d-01\"", k, jahr, monat);
        if (jahr >= 2023 && bis(100) < 30)
            p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"gemeinde\":\"%s\"", gemeinden[bis(10)]);
        else
            p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"mietenstufe\":%ld", 1 + bis(jahr < 2020 ? 6 : 7));
        if (bis(100) < 2) {
            p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"heimbewohner\":true");
        } else {
            long miete = 250 + bis(450) + n * (60 + bis(120)), cent = bis(100);
            const char *wk = bis(100) < 10 ? "belastung" : "miete";
            if (teil)
                p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"wohnkosten\":{\"art\":\"%s\",\"betrag_monat\":\"unbekannt\"}", wk);
            else
                p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"wohnkosten\":{\"art\":\"%s\",\"betrag_monat\":\"%ld.%02ld\"}",
                                      wk, miete, cent);
        }
        bool kinder = n > 1 && bis(100) < 60;
        if (kinder && bis(100) < 25) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"alleinerziehend\":true");
        p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"mitglieder\":[");
        int erwachsene = kinder ? (n > 2 ? 2 : 1) : n;
        for (int i = 0; i < n; i++) {
            bool kind = i >= erwachsene;
            p += (size_t)snprintf(zeile + p, sizeof zeile - p, "%s{\"id\":\"m%d\"", i ? "," : "", i + 1);
            if (kind) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"kind_eines_mitglieds\":true,\"alter\":%ld", bis(25));
            if (!kind && bis(100) < 3) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"zu_beruecksichtigen\":false");
            const bool kp = bis(100) < 50, rv = bis(100) < 30;
            if (teil && i == 0)
                p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"abzug_kranken_pflege\":\"unbekannt\",\"abzug_rente\":\"unbekannt\"");
            else {
                if (!kind && kp) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"abzug_kranken_pflege\":true");
                if (!kind && rv) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"abzug_rente\":true");
            }
            if (!kind && bis(100) < 15) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"abzug_steuern\":true");
            if (!kind && bis(100) < 4) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"schwerbehindert_pflege\":true");
            if (!kind && bis(100) < 5) p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"grundrentenzeiten_33_jahre\":true");
            int items = kind ? (bis(100) < 15 ? 1 : 0) : (int)(bis(100) < 10 ? 0 : 1 + bis(3));
            p += (size_t)snprintf(zeile + p, sizeof zeile - p, ",\"einkommen\":[");
            for (int j = 0; j < items; j++) {
                const char *a = kind ? "minijob_pauschal" : art();
                long betrag = !strcmp(a, "kindergeld") ? 255 : !strcmp(a, "kapital") ? bis(300) : 150 + bis(1300), cent = bis(100);
                if (teil && i == 0 && j == 0)
                    p += (size_t)snprintf(zeile + p, sizeof zeile - p,
                                          "{\"art\":\"%s\",\"betrag_monat\":{\"von\":\"%ld.%02ld\",\"bis\":\"%ld.%02ld\"}}", a,
                                          betrag > 100 ? betrag - 100 : 0, cent, betrag + 100, cent);
                else
                    p += (size_t)snprintf(zeile + p, sizeof zeile - p, "%s{\"art\":\"%s\",\"betrag_monat\":\"%ld.%02ld\"}",
                                          j ? "," : "", a, betrag, cent);
            }
            p += (size_t)snprintf(zeile + p, sizeof zeile - p, "]}");
        }
        p += (size_t)snprintf(zeile + p, sizeof zeile - p, "]}");
        if (quote && bis(100) < quote) {
            /* break the line in one of several ways */
            char *s;
            switch (bis(4)) {
            case 0:
                if ((s = strstr(zeile, "\"betrag_monat\":\""))) s[16] = 'x';
                break;
            case 1:
                if ((s = strstr(zeile, "\"art\":\"")) && s[7] != 'm' && s[7] != 'b') s[7] = 'q';
                else zeile[p - 1] = ' ';
                break;
            case 2:
                if ((s = strstr(zeile, "\"stichtag\""))) s[1] = 'X';
                break;
            default:
                zeile[p / 2] = '\0';
            }
        }
        fputs(zeile, stdout);
        putchar('\n');
    }
    return 0;
}

#ifdef WGI_ERZEUGEN_MAIN
int main(int argc, char **argv) { return wgi_befehl_erzeugen(argc - 1, argv + 1); }
#endif
