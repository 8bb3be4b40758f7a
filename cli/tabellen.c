/*
 * tabellen.c — `wohngeld tabellen [--rechtsstand ID] [--format text|json] [--tabellen VERZ]`:
 * the statutory tables in force for a period, each value with its unit and legal source, and the
 * checksum of all tables — the same checksum every result carries (engine.tabellen), so an
 * auditor can prove which tables produced a number. Without --rechtsstand: the period in force
 * today. Read through the public table API only (wg_rechtsstand_werte, wg_jahreswerte,
 * wg_engine_liste): what this prints is what any program using the library can read.
 *
 * Exports wgi_befehl_tabellen.
 */
#include "befehle.h"
#include "wohngeld_json.h"
#include "puffer.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

/* the source of a table: of its first value */
static void text_ausgabe(const wg_engine *e, const wg_rechtsstand_info *p)
{
    printf("Rechtsstand %s — %s%s\n", p->id, p->name, p->szenario ? " (SZENARIO, KEIN GELTENDES RECHT)" : "");
    printf("gültig ab %s bis %s; Quelle: %s\n", p->gilt_ab, p->gilt_bis[0] ? p->gilt_bis : "offen", p->quelle);
    printf("Tabellendatei: %s; Prüfsumme aller Tabellen: %s\n\nEinzelwerte\n", p->datei, wg_engine_tabellen_pruefsumme(e));
    const wg_tabellenwert *w;
    size_t n = wg_rechtsstand_werte(e, p->id, &w);
    const char *tabelle = "";
    for (size_t i = 0; i < n; i++) {
        if (!w[i].tabelle[0]) {
            printf("  %-32s %12s %-20s %s\n", w[i].name, w[i].wert, w[i].einheit, w[i].quelle);
            continue;
        }
        if (strcmp(w[i].tabelle, tabelle) != 0) {
            tabelle = w[i].tabelle;
            printf("\nTabelle %s — %s\n", tabelle, w[i].quelle);
        }
        printf("  %-40s %-14s %12s %s\n", w[i].zeile, w[i].name, w[i].wert, w[i].einheit);
    }
    n = wg_jahreswerte(e, &w);
    tabelle = "";
    for (size_t i = 0; i < n; i++) {
        if (strcmp(w[i].tabelle, tabelle) != 0) {
            tabelle = w[i].tabelle;
            printf("\n%s je Kalenderjahr (%s) — %s\n ", tabelle, w[i].einheit, w[i].quelle);
        }
        printf(" %s: %s", w[i].zeile, w[i].wert);
    }
    printf("\n\nMietenstufenlisten\n");
    for (size_t i = 0; i < wg_engine_anzahl_listen(e); i++) {
        const wg_liste_info *l = wg_engine_liste(e, i);
        printf("  %s: %zu Einträge, ab %s%s%s — %s\n", l->id, l->eintraege, l->gilt_ab, l->szenario[0] ? ", nur Szenario " : "",
               l->szenario, l->quelle);
    }
}

static void j_text(wgi_puffer *o, const char *s) { wgi_puffer_json_text(o, s, strlen(s)); }

static void werte_json(wgi_puffer *o, const wg_tabellenwert *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        wgi_puffer_cstr(o, i ? ",{\"name\":" : "{\"name\":");
        j_text(o, w[i].name);
        const char *felder[5] = {"tabelle", "zeile", "wert", "einheit", "quelle"};
        const char *werte[5] = {w[i].tabelle, w[i].zeile, w[i].wert, w[i].einheit, w[i].quelle};
        for (int k = 0; k < 5; k++) {
            wgi_puffer_cstr(o, ",\"");
            wgi_puffer_cstr(o, felder[k]);
            wgi_puffer_cstr(o, "\":");
            j_text(o, werte[k]);
        }
        wgi_puffer_cstr(o, ",\"stellen\":");
        wgi_puffer_ganz(o, w[i].stellen);
        wgi_puffer_zeichen(o, '}');
    }
}

static void json_ausgabe(const wg_engine *e, const wg_rechtsstand_info *p, bool pretty)
{
    wgi_puffer o = {0};
    wgi_puffer_cstr(&o, "{\"format\":\"wohngeld-tabellen/2\",\"tabellen\":");
    j_text(&o, wg_engine_tabellen_pruefsumme(e));
    wgi_puffer_cstr(&o, ",\"rechtsstand\":{\"id\":");
    j_text(&o, p->id);
    wgi_puffer_cstr(&o, ",\"name\":");
    j_text(&o, p->name);
    wgi_puffer_cstr(&o, ",\"gilt_ab\":");
    j_text(&o, p->gilt_ab);
    wgi_puffer_cstr(&o, ",\"gilt_bis\":");
    if (p->gilt_bis[0]) j_text(&o, p->gilt_bis);
    else wgi_puffer_cstr(&o, "null");
    wgi_puffer_cstr(&o, p->szenario ? ",\"szenario\":true,\"quelle\":" : ",\"szenario\":false,\"quelle\":");
    j_text(&o, p->quelle);
    wgi_puffer_cstr(&o, ",\"datei\":");
    j_text(&o, p->datei);
    wgi_puffer_cstr(&o, "},\"werte\":[");
    const wg_tabellenwert *w;
    size_t n = wg_rechtsstand_werte(e, p->id, &w);
    werte_json(&o, w, n);
    wgi_puffer_cstr(&o, "],\"jahreswerte\":[");
    n = wg_jahreswerte(e, &w);
    werte_json(&o, w, n);
    wgi_puffer_cstr(&o, "],\"mietenstufenlisten\":[");
    for (size_t i = 0; i < wg_engine_anzahl_listen(e); i++) {
        const wg_liste_info *l = wg_engine_liste(e, i);
        wgi_puffer_cstr(&o, i ? ",{\"id\":" : "{\"id\":");
        j_text(&o, l->id);
        wgi_puffer_cstr(&o, ",\"gilt_ab\":");
        j_text(&o, l->gilt_ab);
        wgi_puffer_cstr(&o, ",\"szenario\":");
        j_text(&o, l->szenario);
        wgi_puffer_cstr(&o, ",\"eintraege\":");
        wgi_puffer_ganz(&o, (int64_t)l->eintraege);
        wgi_puffer_cstr(&o, ",\"quelle\":");
        j_text(&o, l->quelle);
        wgi_puffer_zeichen(&o, '}');
    }
    wgi_puffer_cstr(&o, "]}");
    wg_json *j = pretty ? wg_json_neu() : NULL;
    size_t len = o.len;
    const char *aus = o.fehler ? NULL : pretty ? (j ? wg_json_einruecken(j, o.daten, o.len, &len) : NULL) : o.daten;
    if (!aus) fprintf(stderr, "wohngeld tabellen: nicht genug Speicher\n");
    else {
        fwrite(aus, 1, len, stdout);
        putchar('\n');
    }
    wg_json_frei(j);
    wgi_puffer_frei(&o);
}

int wgi_befehl_tabellen(int argc, char **argv)
{
    const char *id = NULL, *verz = NULL, *stichtag = NULL;
    bool json = false, pretty = false;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--rechtsstand") && i + 1 < argc) id = argv[++i];
        else if (!strcmp(argv[i], "--stichtag") && i + 1 < argc) stichtag = argv[++i];
        else if (!strcmp(argv[i], "--pretty")) pretty = true;
        else if (!strcmp(argv[i], "--tabellen") && i + 1 < argc) verz = argv[++i];
        else if (!strcmp(argv[i], "--format") && i + 1 < argc && (!strcmp(argv[i + 1], "json") || !strcmp(argv[i + 1], "text")))
            json = !strcmp(argv[++i], "json");
        else {
            fprintf(stderr, "Aufruf: wohngeld tabellen [--stichtag JJJJ-MM-TT | --rechtsstand ID] [--format text|json] [--pretty] "
                            "[--tabellen VERZ]\n");
            return 2;
        }
    }
    int sj, sm, st;
    char rest;
    if (stichtag && (strlen(stichtag) != 10 || sscanf(stichtag, "%4d-%2d-%2d%c", &sj, &sm, &st, &rest) != 3)) {
        fprintf(stderr, "wohngeld tabellen: --stichtag JJJJ-MM-TT erwartet, \"%s\" gefunden\n", stichtag);
        return 2;
    }
    if (stichtag && id) {
        fprintf(stderr, "wohngeld tabellen: --stichtag oder --rechtsstand, nicht beides\n");
        return 2;
    }
    wg_engine *e = wgi_cli_oeffnen(verz);
    if (!e) return 2;
    const wg_rechtsstand_info *p = NULL;
    if (id) {
        p = wg_engine_rechtsstand(e, id);
    } else {
        /* the enacted period in force on the Stichtag, by default today ("YYYY-MM-DD" compares as text) */
        time_t jetzt = time(NULL);
        struct tm tm;
        char heute[16];
        gmtime_r(&jetzt, &tm);
        strftime(heute, sizeof heute, "%Y-%m-%d", &tm);
        if (stichtag) snprintf(heute, sizeof heute, "%s", stichtag);
        for (size_t i = 0; i < wg_engine_anzahl_rechtsstaende(e); i++) {
            const wg_rechtsstand_info *q = wg_engine_rechtsstand_nr(e, i);
            if (!q->szenario && strcmp(q->gilt_ab, heute) <= 0 && (!q->gilt_bis[0] || strcmp(heute, q->gilt_bis) <= 0)) p = q;
        }
    }
    int rc = 0;
    if (!p) {
        fprintf(stderr, "wohngeld tabellen: unbekannter Rechtsstand \"%s\"; bekannt:", id ? id : "");
        for (size_t i = 0; i < wg_engine_anzahl_rechtsstaende(e); i++) fprintf(stderr, " %s", wg_engine_rechtsstand_nr(e, i)->id);
        fprintf(stderr, "\n");
        rc = 2;
    } else if (json) {
        json_ausgabe(e, p, pretty);
    } else {
        text_ausgabe(e, p);
    }
    wg_engine_schliessen(e);
    return rc;
}
