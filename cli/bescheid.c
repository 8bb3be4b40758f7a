/*
 * bescheid.c — `wohngeld bescheid`: the decisions an authority can send, for every record
 * (docs/bescheide.md).
 *
 *   wohngeld bescheid --behoerde behoerde.json [--datum JJJJ-MM-TT] [--html VERZ] [--json] [DATEI]
 *
 * Reads household records, partial records and cases (wohngeld-fall/1), one per line. With
 * --json (the default without --html) one "wohngeld-bescheid/1" line per decision; with --html
 * one page per letter in VERZ (an empty or new directory) and, without --json, one short line per
 * letter naming its file. A record that fails gives its error record (exit 1), the run goes on.
 * Public API only. Exports wgi_befehl_bescheid.
 */
#include "befehle.h"
#include "briefe.h"
#include "fehlertext.h"
#include "puffer.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_bescheid.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bescheid_lauf {
    wg_engine *e;
    wg_behoerde *k;
    wg_bescheide *b;
    wg_datum datum;
    bool json, html;
    batch_briefe ablage;
    uint64_t zeile;
    wgi_puffer aus;
    bool fehler;              /* a letter file could not be written: stop */
} bescheid_lauf;

static void json_text(wgi_puffer *p, const char *s) { wgi_puffer_json_text(p, s, strlen(s)); }

static const char *zeile_fn(void *kontext, const char *zeile, size_t len, const wg_fehler *zu_lang, size_t *aus_len, bool *abgelehnt)
{
    bescheid_lauf *L = kontext;
    L->zeile++;
    wgi_puffer_leeren(&L->aus);
    *abgelehnt = false;
    if (zu_lang) {
        *abgelehnt = true;
        wgi_puffer_cstr(&L->aus, "{\"format\":\"wohngeld-bescheid/1\",\"id\":null,\"status\":\"fehler\",\"fehler\":{\"code\":");
        json_text(&L->aus, wg_status_code(zu_lang->code));
        wgi_puffer_cstr(&L->aus, ",\"feld\":");
        json_text(&L->aus, zu_lang->feld);
        wgi_puffer_cstr(&L->aus, ",\"meldung\":");
        json_text(&L->aus, zu_lang->meldung);
        wgi_puffer_cstr(&L->aus, "}}");
    } else if (wg_bescheide_erstellen(L->b, L->e, L->k, zeile, len, L->datum) != WG_OK) {
        *abgelehnt = true;
        size_t n = 0;
        const char *t = wg_bescheide_fehler_json(L->b, &n);
        if (!t) return NULL;
        wgi_puffer_text(&L->aus, t, n);
    } else {
        for (size_t i = 0; i < wg_bescheide_anzahl(L->b); i++) {
            const wg_bescheid_info *x = wg_bescheid(L->b, i);
            char name[200] = "";
            if (L->html) {
                size_t n = 0;
                const char *h = wg_bescheid_html(L->b, i, &n);
                if (!h) return NULL;
                batch_brief_name(name, sizeof name, L->zeile, x->id, (int)i + 1, wg_bescheid_art_name(x->art), ".html");
                if (batch_brief_ablegen(&L->ablage, name, h, n) != 0) {
                    fprintf(stderr, "wohngeld bescheid: %s: %s\n", name, strerror(errno));
                    L->fehler = true;
                    return NULL;
                }
            }
            if (i) wgi_puffer_zeichen(&L->aus, '\n');
            if (L->json) {
                size_t n = 0;
                const char *t = wg_bescheid_json(L->b, i, &n);
                if (!t) return NULL;
                wgi_puffer_text(&L->aus, t, n);
            } else {
                wgi_puffer_cstr(&L->aus, "{\"id\":");
                json_text(&L->aus, x->id ? x->id : "");
                wgi_puffer_cstr(&L->aus, ",\"nummer\":");
                wgi_puffer_ganz(&L->aus, (int64_t)i + 1);
                wgi_puffer_cstr(&L->aus, ",\"art\":");
                json_text(&L->aus, wg_bescheid_art_name(x->art));
                wgi_puffer_cstr(&L->aus, ",\"datei\":");
                json_text(&L->aus, name);
                wgi_puffer_zeichen(&L->aus, '}');
            }
        }
    }
    if (L->aus.fehler) return NULL;
    *aus_len = L->aus.len;
    wgi_puffer_zeichen(&L->aus, '\0');
    return L->aus.daten;
}

static const char AUFRUF[] = "Aufruf: wohngeld bescheid --behoerde behoerde.json [--datum JJJJ-MM-TT] [--html VERZ] [--json] [DATEI]\n";

int wgi_befehl_bescheid(int argc, char **argv)
{
    const char *datei = NULL, *behoerde = NULL, *html = NULL, *datum = NULL;
    bool json = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--behoerde") == 0 && i + 1 < argc) behoerde = argv[++i];
        else if (strcmp(argv[i], "--html") == 0 && i + 1 < argc) html = argv[++i];
        else if (strcmp(argv[i], "--datum") == 0 && i + 1 < argc) datum = argv[++i];
        else if (strcmp(argv[i], "--json") == 0) json = true;
        else if ((argv[i][0] == '-' && argv[i][1] != '\0') || datei) {
            fputs(AUFRUF, stderr);
            return 2;
        } else {
            datei = argv[i];
        }
    }
    if (!behoerde) {
        fputs(AUFRUF, stderr);
        fputs("--behoerde: die Behördendatei ist Pflicht (docs/bescheide.md § 7; Beispiel: examples/behoerde.json)\n", stderr);
        return 2;
    }
    bescheid_lauf L = {0};
    L.json = json || !html;
    L.html = html != NULL;
    if (datum && !wgi_datum_lesen(datum, &L.datum)) {
        fprintf(stderr, "--datum: Datum JJJJ-MM-TT erwartet\n");
        return 2;
    }
    L.k = wgi_behoerde_oeffnen(behoerde, "bescheid");
    if (!L.k) return 2;
    char meldung[512];
    if (L.html && batch_briefe_oeffnen(&L.ablage, html, true, false, meldung, sizeof meldung) != 0) {
        fprintf(stderr, "wohngeld bescheid: %s\n", meldung);
        wg_behoerde_frei(L.k);
        return 2;
    }
    FILE *in = datei && strcmp(datei, "-") != 0 ? fopen(datei, "rb") : stdin;
    if (!in) {
        wgi_datei_fehler("bescheid", datei);
        wg_behoerde_frei(L.k);
        if (L.html) batch_briefe_schliessen(&L.ablage);
        return 2;
    }
    L.e = wgi_cli_oeffnen(NULL);
    L.b = wg_bescheide_neu();
    int rc = L.e && L.b ? wgi_zeilen_je(in, "bescheid", zeile_fn, &L) : 2;
    if (L.html && batch_briefe_schliessen(&L.ablage) != 0 && rc < 2) rc = 2;
    if (L.fehler) rc = 2;
    wg_bescheide_frei(L.b);
    wg_engine_schliessen(L.e);
    wg_behoerde_frei(L.k);
    wgi_puffer_frei(&L.aus);
    if (in != stdin) fclose(in);
    return rc;
}
