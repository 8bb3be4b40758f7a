/*
 * vergleich.c — `wohngeld vergleich --rechtsstand A --rechtsstand B [DATEI…]`: every household
 * assessed under two legal states (the question a Senate asks before a reform). Per household one
 * JSON line: both amounts, the difference and a category — gewinnt, verliert, faellt_weg (claim
 * under A, none under B), neu (none under A, claim under B), gleich, ohne_anspruch (neither).
 * A `rechtsstand` in the record is overridden; for a record with `zeitraum` the totals over the
 * period are compared. The last line is the summary; a German summary goes to stderr.
 * With --zusammenfassung DATEI the summary for the report (`wohngeld bericht`, docs/bericht.md)
 * is also written to a file, atomically: the counts, the exact totals (all records, and the
 * monthly amounts of Stichtag records apart), the distribution of the change per household in
 * 10-EUR classes, and the run (engine, tables, input files, times).
 * Exit codes as for berechnen.
 */
#include "fehlertext.h"
#include "batch_dateien.h"
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_json.h"
#include "puffer.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* the change per household (b − a, EUR) in classes of 10: [−500, −490) … [490, 500), and the two
 * open ends below −500 and from 500 */
#define VERGLEICH_KLASSEN 102

typedef struct summe {
    long haushalte, fehler, gewinnt, verliert, faellt_weg, neu, gleich, ohne_anspruch;
    long long summe_a, summe_b;
    long zeitraum;                       /* records with a zeitraum (totals over their months) */
    long long monat_a, monat_b;          /* the Stichtag records' monthly amounts */
    long klassen[VERGLEICH_KLASSEN];     /* Stichtag records with a claim under a or b */
} summe;

static int klasse(long long d)
{
    if (d < -500) return 0;
    if (d >= 500) return VERGLEICH_KLASSEN - 1;
    long long k = d >= 0 ? d / 10 : -((-d + 9) / 10);
    return (int)(k + 51);
}

static long long betrag(const wg_ergebnis *r)
{
    return wg_ergebnis_hat_zeitraum(r) ? (long long)wg_ergebnis_summe(r) : (long long)wg_ergebnis_wohngeld_monat(r);
}

static int datei(const wg_engine *e, wg_json *j, wg_ergebnis *ra, wg_ergebnis *rb, FILE *f, const char *a,
                 const char *b, summe *s, bool pretty)
{
    wgi_zeilen z = {f, NULL, 0, 0};
    const char *zeile;
    size_t len;
    bool zu_lang;
    int st;
    wgi_puffer p = {0};
    while ((st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 && !zu_lang) continue;
        s->haushalte++;
        wg_haushalt h;
        wg_fehler fe = {0};
        wg_status status = WG_E_GRENZE;
        if (zu_lang) snprintf(fe.meldung, sizeof fe.meldung, "Zeile länger als %u Bytes", WGI_MAX_ZEILE);
        else status = wg_json_haushalt_lesen(j, zeile, len, &h, &fe);
        const wg_fehler *fehler = status == WG_OK ? NULL : &fe;
        if (!fehler) {
            h.rechtsstand = a;
            if (wg_berechnen(e, &h, ra, WG_NUR_BETRAG) != WG_OK) fehler = wg_ergebnis_fehler(ra);
        }
        if (!fehler) {
            h.rechtsstand = b;
            if (wg_berechnen(e, &h, rb, WG_NUR_BETRAG) != WG_OK) fehler = wg_ergebnis_fehler(rb);
        }
        wgi_puffer_leeren(&p);
        wgi_puffer_cstr(&p, "{\"id\":");
        if (status == WG_OK && h.id) wgi_puffer_json_text(&p, h.id, strlen(h.id));
        else wgi_puffer_cstr(&p, "null");
        if (fehler) {
            s->fehler++;
            wgi_puffer_cstr(&p, ",\"status\":\"fehler\",\"fehler\":{\"code\":");
            wgi_puffer_json_text(&p, wg_status_code(fehler->code), strlen(wg_status_code(fehler->code)));
            wgi_puffer_cstr(&p, ",\"feld\":");
            wgi_puffer_json_text(&p, fehler->feld, strlen(fehler->feld));
            wgi_puffer_cstr(&p, ",\"meldung\":");
            wgi_puffer_json_text(&p, fehler->meldung, strlen(fehler->meldung));
            wgi_puffer_cstr(&p, "}}");
        } else {
            long long wa = betrag(ra), wb = betrag(rb);
            bool aa = wa > 0, ab = wb > 0;
            const char *k = !aa && !ab ? "ohne_anspruch" : aa && !ab ? "faellt_weg" : !aa ? "neu"
                          : wb > wa ? "gewinnt" : wb < wa ? "verliert" : "gleich";
            if (!strcmp(k, "ohne_anspruch")) s->ohne_anspruch++;
            else if (!strcmp(k, "faellt_weg")) s->faellt_weg++;
            else if (!strcmp(k, "neu")) s->neu++;
            else if (!strcmp(k, "gewinnt")) s->gewinnt++;
            else if (!strcmp(k, "verliert")) s->verliert++;
            else s->gleich++;
            s->summe_a += wa;
            s->summe_b += wb;
            if (wg_ergebnis_hat_zeitraum(ra)) {
                s->zeitraum++;
            } else {
                s->monat_a += wa;
                s->monat_b += wb;
                if (aa || ab) s->klassen[klasse(wb - wa)]++;
            }
            char buf[256];
            snprintf(buf, sizeof buf, ",\"status\":\"ok\",\"a\":{\"rechtsstand\":\"%s\",\"wohngeld\":%lld},"
                     "\"b\":{\"rechtsstand\":\"%s\",\"wohngeld\":%lld},\"differenz\":%lld,\"kategorie\":\"%s\"}",
                     wg_ergebnis_rechtsstand(ra)->id, wa, wg_ergebnis_rechtsstand(rb)->id, wb, wb - wa, k);
            wgi_puffer_cstr(&p, buf);
        }
        size_t aus_len = p.len;
        const char *aus = p.fehler ? NULL : pretty ? wg_json_einruecken(j, p.daten, p.len, &aus_len) : p.daten;
        if (!aus || fwrite(aus, 1, aus_len, stdout) != aus_len || putchar('\n') == EOF) {
            fprintf(stderr, "wohngeld vergleich: Schreibfehler\n");
            wgi_puffer_frei(&p);
            wgi_zeilen_frei(&z);
            return 2;
        }
    }
    wgi_puffer_frei(&p);
    wgi_zeilen_frei(&z);
    if (st < 0) {
        fprintf(stderr, "wohngeld vergleich: Lesefehler: %s\n", wgi_fehlertext(errno));
        return 2;
    }
    return 0;
}

static void zeit_jetzt(char aus[32])
{
    time_t t = time(NULL);
    struct tm tm;
    if (gmtime_r(&t, &tm)) strftime(aus, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
    else snprintf(aus, 32, "?");
}

/* The summary file for the report (format wohngeld-vergleich-zusammenfassung/1). */
static int zusammenfassung_schreiben(const char *pfad, const wg_engine *e, const char *const *stand, const summe *s,
                                     char **dateien, int n_dateien, const char *beginn, double dauer)
{
    wgi_puffer p = {0};
    char b[512];
    snprintf(b, sizeof b, "{\"format\":\"wohngeld-vergleich-zusammenfassung/1\",\"a\":\"%s\",\"b\":\"%s\",\"haushalte\":%ld,"
             "\"fehler\":%ld,\"gewinnt\":%ld,\"verliert\":%ld,\"faellt_weg\":%ld,\"neu\":%ld,\"gleich\":%ld,"
             "\"ohne_anspruch\":%ld,\"summe_a\":%lld,\"summe_b\":%lld,\"differenz\":%lld,",
             stand[0], stand[1], s->haushalte, s->fehler, s->gewinnt, s->verliert, s->faellt_weg, s->neu, s->gleich,
             s->ohne_anspruch, s->summe_a, s->summe_b, s->summe_b - s->summe_a);
    wgi_puffer_cstr(&p, b);
    snprintf(b, sizeof b, "\"zeitraum_haushalte\":%ld,\"monat_a\":%lld,\"monat_b\":%lld,\"monat_differenz\":%lld,"
             "\"verteilung_differenz\":{\"klassenbreite_eur\":10,\"von_eur\":-500,\"bis_eur\":500,\"offene_enden\":true,\"anzahl\":[",
             s->zeitraum, s->monat_a, s->monat_b, s->monat_b - s->monat_a);
    wgi_puffer_cstr(&p, b);
    for (int k = 0; k < VERGLEICH_KLASSEN; k++) {
        snprintf(b, sizeof b, "%s%ld", k ? "," : "", s->klassen[k]);
        wgi_puffer_cstr(&p, b);
    }
    wgi_puffer_cstr(&p, "]},\"lauf\":{\"engine\":{\"version\":");
    wgi_puffer_json_text(&p, wg_version(), strlen(wg_version()));
    wgi_puffer_cstr(&p, ",\"tabellen\":");
    wgi_puffer_json_text(&p, wg_engine_tabellen_pruefsumme(e), strlen(wg_engine_tabellen_pruefsumme(e)));
    wgi_puffer_cstr(&p, "},\"eingabe\":[");
    for (int i = 0; i < n_dateien; i++) {
        struct stat st;
        wgi_puffer_cstr(&p, i ? ",{\"datei\":" : "{\"datei\":");
        wgi_puffer_json_text(&p, dateien[i], strlen(dateien[i]));
        snprintf(b, sizeof b, ",\"groesse\":%lld}", stat(dateien[i], &st) == 0 ? (long long)st.st_size : -1LL);
        wgi_puffer_cstr(&p, b);
    }
    char ende[32];
    zeit_jetzt(ende);
    snprintf(b, sizeof b, "],\"beginn\":\"%s\",\"ende\":\"%s\",\"dauer_sekunden\":%.3f,\"datensaetze_je_sekunde\":%.0f}}\n",
             beginn, ende, dauer, dauer > 0 ? (double)s->haushalte / dauer : 0.0);
    wgi_puffer_cstr(&p, b);
    char meldung[512];
    int rc = p.fehler ? -1 : batch_atomar_schreiben(pfad, p.daten, p.len, meldung, sizeof meldung);
    if (rc != 0) fprintf(stderr, "wohngeld vergleich: %s\n", p.fehler ? "nicht genug Speicher" : meldung);
    wgi_puffer_frei(&p);
    return rc;
}

int wgi_befehl_vergleich(int argc, char **argv)
{
    const char *stand[2] = {NULL, NULL}, *zus = NULL;
    int n_stand = 0, erste = argc;
    bool pretty = false;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--rechtsstand") && i + 1 < argc && n_stand < 2) stand[n_stand++] = argv[++i];
        else if (!strcmp(argv[i], "--pretty")) pretty = true;
        else if (!strcmp(argv[i], "--zusammenfassung") && i + 1 < argc) zus = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1]) {
            n_stand = -1;
            break;
        } else {
            erste = i;
            break;
        }
    }
    if (n_stand != 2) {
        fprintf(stderr, "Aufruf: wohngeld vergleich --rechtsstand A --rechtsstand B [--zusammenfassung DATEI] [--pretty] [DATEI…]\n");
        return 2;
    }
    /* the summary must not replace an input it reads */
    if (zus) {
        if (erste >= argc && batch_ist_standardeingabe(zus)) {
            fprintf(stderr, "wohngeld vergleich: --zusammenfassung %s ist die Standardeingabe: sie würde überschrieben; nichts wurde geschrieben\n", zus);
            return 2;
        }
        for (int i = erste; i < argc; i++)
            if (batch_gleiche_datei(argv[i], zus)) {
                fprintf(stderr, "wohngeld vergleich: --zusammenfassung %s ist die Eingabedatei %s: sie würde überschrieben; nichts wurde geschrieben\n",
                        zus, argv[i]);
                return 2;
            }
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    if (!e) return 2;
    for (int k = 0; k < 2; k++)
        if (!wg_engine_rechtsstand(e, stand[k])) {
            fprintf(stderr, "wohngeld vergleich: --rechtsstand \"%s\" ist unbekannt; bekannt sind:", stand[k]);
            for (size_t i = 0; i < wg_engine_anzahl_rechtsstaende(e); i++)
                fprintf(stderr, " %s", wg_engine_rechtsstand_nr(e, i)->id);
            fprintf(stderr, "\n");
            wg_engine_schliessen(e);
            return 2;
        }
    wg_json *j = wg_json_neu();
    wg_ergebnis *ra = wg_ergebnis_neu(), *rb = wg_ergebnis_neu();
    summe s = {0};
    int rc = 0;
    char beginn[32];
    zeit_jetzt(beginn);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (!j || !ra || !rb) rc = 2;
    else if (erste >= argc) rc = datei(e, j, ra, rb, stdin, stand[0], stand[1], &s, pretty);
    for (int i = erste; rc == 0 && i < argc; i++) {
        FILE *fd = fopen(argv[i], "rb");
        if (!fd) {
            fprintf(stderr, "wohngeld vergleich: %s: %s\n", argv[i], wgi_fehlertext(errno));
            rc = 2;
            break;
        }
        rc = datei(e, j, ra, rb, fd, stand[0], stand[1], &s, pretty);
        fclose(fd);
    }
    if (rc == 0) {
        char zeile[1024];
        const int n = snprintf(zeile, sizeof zeile,
                               "{\"format\":\"wohngeld-vergleich-summe/1\",\"a\":\"%s\",\"b\":\"%s\",\"haushalte\":%ld,\"fehler\":%ld,"
                               "\"gewinnt\":%ld,\"verliert\":%ld,\"faellt_weg\":%ld,\"neu\":%ld,\"gleich\":%ld,\"ohne_anspruch\":%ld,"
                               "\"summe_a\":%lld,\"summe_b\":%lld,\"differenz\":%lld}",
                               stand[0], stand[1], s.haushalte, s.fehler, s.gewinnt, s.verliert, s.faellt_weg, s.neu, s.gleich,
                               s.ohne_anspruch, s.summe_a, s.summe_b, s.summe_b - s.summe_a);
        size_t l = n > 0 && (size_t)n < sizeof zeile ? (size_t)n : 0;
        const char *aus = pretty ? wg_json_einruecken(j, zeile, l, &l) : zeile;
        if (aus) {
            fwrite(aus, 1, l, stdout);
            putchar('\n');
        }
        fprintf(stderr,
                "Vergleich %s → %s: %ld Haushalte (%ld fehlerhaft); gewinnen %ld, verlieren %ld, fallen weg %ld, "
                "neu berechtigt %ld, unverändert %ld, ohne Anspruch %ld; Wohngeld %lld → %lld Euro (%+lld Euro)\n",
                stand[0], stand[1], s.haushalte, s.fehler, s.gewinnt, s.verliert, s.faellt_weg, s.neu, s.gleich,
                s.ohne_anspruch, s.summe_a, s.summe_b, s.summe_b - s.summe_a);
    }
    if (fflush(stdout) != 0) rc = 2;
    if (rc == 0 && zus) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        const double dauer = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        char stdin_name[] = "-";
        char *ohne[1] = {stdin_name};
        if (zusammenfassung_schreiben(zus, e, stand, &s, erste < argc ? argv + erste : ohne, erste < argc ? argc - erste : 1,
                                      beginn, dauer) != 0)
            rc = 2;
    }
    wg_ergebnis_frei(ra);
    wg_ergebnis_frei(rb);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    if (rc) return rc;
    return s.fehler ? 1 : 0;
}
