/*
 * tabellen.c — `wohngeld tabellen [--rechtsstand ID] [--format text|json] [--tabellen VERZ]`:
 * the statutory tables in force for a period, each with its legal source, and the checksum of
 * all tables — the same checksum every result carries (engine.tabellen), so an auditor can prove
 * which tables produced a number. Without --rechtsstand: the period in force today.
 */
#include "befehle.h"
#include "formel.h"
#include "rechnung.h"
#include "puffer.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static void betrag(char *b, wg_b4 v) { wg_dezimal_schreiben_kurz(b, v, 4, 2); }
static void koeff(char *b, int64_t v) { wg_dezimal_schreiben_kurz(b, v, 10, 0); }

static void skalar_text(char *b, const wg_periode *p, int s)
{
    if (wg_skalar_defs[s].stellen == 10) koeff(b, p->skalar[s]);
    else if (wg_skalar_defs[s].stellen == 4) betrag(b, p->skalar[s]);
    else snprintf(b, 48, "%lld", (long long)p->skalar[s]);
}

static void text_ausgabe(const wg_tabellen *t, const wg_periode *p, const char *pruefsumme)
{
    char b[48], c[48], d[48];
    printf("Rechtsstand %s — %s%s\n", p->id, p->name, p->szenario ? " (SZENARIO, KEIN GELTENDES RECHT)" : "");
    printf("gültig ab %s bis %s; Quelle: %s\n", p->gilt_ab, p->gilt_bis[0] ? p->gilt_bis : "offen", p->quelle);
    printf("Tabellendatei: %s; Prüfsumme aller Tabellen: %s\n\n", p->datei, pruefsumme);
    printf("Einzelwerte\n");
    for (int s = 0; s < WG_S_ANZAHL; s++) {
        if (!p->skalar_gesetzt[s]) continue;
        skalar_text(b, p, s);
        printf("  %-32s %12s   %s\n", wg_skalar_defs[s].name, b, p->quelle_skalar[s]);
    }
    printf("\na, b, c — %s\n", p->quelle_tabelle[WG_T_ABC]);
    for (int n = 0; n < 12; n++) {
        koeff(b, p->a[n]);
        koeff(c, p->b[n]);
        koeff(d, p->c[n]);
        printf("  n = %2d   a = %-8s b = %-11s c = %s\n", n + 1, b, c, d);
    }
    printf("\nMindestwerte — %s\n  n      ", p->quelle_tabelle[WG_T_MINIMA]);
    for (int n = 0; n < 12; n++) printf("%7d", n + 1);
    printf("\n  M_min  ");
    for (int n = 0; n < 12; n++) { betrag(b, p->m_min[n]); printf("%7.7s", b); }
    printf("\n  Y_min  ");
    for (int n = 0; n < 12; n++) { betrag(b, p->y_min[n]); printf("%7.7s", b); }
    printf("\n\nHöchstbeträge — %s\n  Mitglieder", p->quelle_tabelle[WG_T_HOECHSTBETRAEGE]);
    static const char *const roem[] = {"I", "II", "III", "IV", "V", "VI", "VII"};
    for (int s = 0; s < p->anzahl_stufen; s++) printf("%9s", roem[s]);
    for (int i = 0; i < 6; i++) {
        if (i < 5) printf("\n  %-10d", i + 1);
        else printf("\n  %-10s", "mehr");
        for (int s = 0; s < p->anzahl_stufen; s++) { betrag(b, p->hoechstbetrag[s].wert[i]); printf("%9s", b); }
    }
    printf("\n");
    const struct { bool da; const wg_staffel *w; const char *name; int quelle; } st[] = {
        {p->hat_co2, &p->co2, "CO2-Betrag (§ 12 Abs. 6)", WG_T_HEIZKOSTEN},
        {p->hat_dauerhaft, &p->dauerhaft, "dauerhafte Heizkostenkomponente (§ 12 Abs. 6)", WG_T_HEIZKOSTEN},
        {p->hat_klima, &p->klima, "Klimakomponente (§ 12 Abs. 7)", WG_T_KLIMAKOMPONENTE}};
    for (int k = 0; k < 3; k++) {
        if (!st[k].da) continue;
        printf("\n%s — %s\n  1 bis 5 Mitglieder, Mehrbetrag:", st[k].name, p->quelle_tabelle[st[k].quelle]);
        for (int i = 0; i < 6; i++) { betrag(b, st[k].w->wert[i]); printf(" %s", b); }
        printf("\n");
    }
    printf("\nArbeitnehmer-Pauschbetrag je Kalenderjahr — %s\n ", t->an_pauschbetrag.quelle);
    for (int i = 0; i < t->an_pauschbetrag.anzahl; i++) {
        betrag(b, t->an_pauschbetrag.eintrag[i].wert);
        printf(" %d: %s", t->an_pauschbetrag.eintrag[i].jahr, b);
    }
    printf("\nRegelbedarfsstufe 1 je Kalenderjahr (§ 17a) — %s\n ", t->rbs1.quelle);
    for (int i = 0; i < t->rbs1.anzahl; i++) {
        betrag(b, t->rbs1.eintrag[i].wert);
        printf(" %d: %s", t->rbs1.eintrag[i].jahr, b);
    }
    printf("\n\nMietenstufenlisten\n");
    for (int i = 0; i < t->anzahl_listen; i++)
        printf("  %s: %zu Einträge, ab %s%s%s — %s\n", t->liste[i].id, t->liste[i].anzahl, t->liste[i].gilt_ab,
               t->liste[i].szenario[0] ? ", nur Szenario " : "", t->liste[i].szenario, t->liste[i].quelle);
}

static void j_text(wg_puffer *p, const char *s) { wg_puffer_json_text(p, s, strlen(s)); }

static void json_ausgabe(const wg_tabellen *t, const wg_periode *p, const char *pruefsumme)
{
    wg_puffer o = {0};
    char b[48];
    wg_puffer_cstr(&o, "{\"format\":\"wohngeld-tabellen/1\",\"tabellen\":");
    j_text(&o, pruefsumme);
    wg_puffer_cstr(&o, ",\"rechtsstand\":{\"id\":");
    j_text(&o, p->id);
    wg_puffer_cstr(&o, ",\"name\":");
    j_text(&o, p->name);
    wg_puffer_cstr(&o, ",\"gilt_ab\":");
    j_text(&o, p->gilt_ab);
    wg_puffer_cstr(&o, ",\"gilt_bis\":");
    if (p->gilt_bis[0]) j_text(&o, p->gilt_bis);
    else wg_puffer_cstr(&o, "null");
    wg_puffer_cstr(&o, p->szenario ? ",\"szenario\":true,\"quelle\":" : ",\"szenario\":false,\"quelle\":");
    j_text(&o, p->quelle);
    wg_puffer_cstr(&o, ",\"datei\":");
    j_text(&o, p->datei);
    wg_puffer_cstr(&o, "},\"werte\":{");
    bool erstes = true;
    for (int s = 0; s < WG_S_ANZAHL; s++) {
        if (!p->skalar_gesetzt[s]) continue;
        if (!erstes) wg_puffer_zeichen(&o, ',');
        erstes = false;
        j_text(&o, wg_skalar_defs[s].name);
        skalar_text(b, p, s);
        wg_puffer_cstr(&o, ":{\"wert\":");
        j_text(&o, b);
        wg_puffer_cstr(&o, ",\"quelle\":");
        j_text(&o, p->quelle_skalar[s]);
        wg_puffer_zeichen(&o, '}');
    }
    wg_puffer_cstr(&o, "},\"abc\":{\"quelle\":");
    j_text(&o, p->quelle_tabelle[WG_T_ABC]);
    wg_puffer_cstr(&o, ",\"zeilen\":[");
    for (int n = 0; n < 12; n++) {
        wg_puffer_cstr(&o, n ? ",[" : "[");
        int64_t w[3] = {p->a[n], p->b[n], p->c[n]};
        for (int k = 0; k < 3; k++) {
            if (k) wg_puffer_zeichen(&o, ',');
            koeff(b, w[k]);
            j_text(&o, b);
        }
        wg_puffer_zeichen(&o, ']');
    }
    wg_puffer_cstr(&o, "]},\"minima\":{\"quelle\":");
    j_text(&o, p->quelle_tabelle[WG_T_MINIMA]);
    const wg_b4 *mm[2] = {p->m_min, p->y_min};
    for (int k = 0; k < 2; k++) {
        wg_puffer_cstr(&o, k ? "],\"Y_min\":[" : ",\"M_min\":[");
        for (int n = 0; n < 12; n++) {
            if (n) wg_puffer_zeichen(&o, ',');
            betrag(b, mm[k][n]);
            j_text(&o, b);
        }
    }
    wg_puffer_cstr(&o, "]},\"hoechstbetraege\":{\"quelle\":");
    j_text(&o, p->quelle_tabelle[WG_T_HOECHSTBETRAEGE]);
    wg_puffer_cstr(&o, ",\"stufen\":[");
    for (int s = 0; s < p->anzahl_stufen; s++) {
        wg_puffer_cstr(&o, s ? ",[" : "[");
        for (int i = 0; i < 6; i++) {
            if (i) wg_puffer_zeichen(&o, ',');
            betrag(b, p->hoechstbetrag[s].wert[i]);
            j_text(&o, b);
        }
        wg_puffer_zeichen(&o, ']');
    }
    wg_puffer_cstr(&o, "]}");
    const struct { bool da; const wg_staffel *w; const char *name; } st[] = {
        {p->hat_co2, &p->co2, "co2"}, {p->hat_dauerhaft, &p->dauerhaft, "dauerhafte_heizkostenkomponente"},
        {p->hat_klima, &p->klima, "klimakomponente"}};
    for (int k = 0; k < 3; k++) {
        if (!st[k].da) continue;
        wg_puffer_cstr(&o, ",\"");
        wg_puffer_cstr(&o, st[k].name);
        wg_puffer_cstr(&o, "\":[");
        for (int i = 0; i < 6; i++) {
            if (i) wg_puffer_zeichen(&o, ',');
            betrag(b, st[k].w->wert[i]);
            j_text(&o, b);
        }
        wg_puffer_zeichen(&o, ']');
    }
    const wg_jahrestabelle *jt[2] = {&t->an_pauschbetrag, &t->rbs1};
    const char *jn[2] = {"arbeitnehmer_pauschbetrag_jahr", "regelbedarfsstufe_1"};
    for (int k = 0; k < 2; k++) {
        wg_puffer_cstr(&o, ",\"");
        wg_puffer_cstr(&o, jn[k]);
        wg_puffer_cstr(&o, "\":{\"quelle\":");
        j_text(&o, jt[k]->quelle);
        for (int i = 0; i < jt[k]->anzahl; i++) {
            char jahr[16];
            snprintf(jahr, sizeof jahr, ",\"%d\":", jt[k]->eintrag[i].jahr);
            wg_puffer_cstr(&o, jahr);
            betrag(b, jt[k]->eintrag[i].wert);
            j_text(&o, b);
        }
        wg_puffer_zeichen(&o, '}');
    }
    wg_puffer_cstr(&o, "}\n");
    if (o.daten) fputs(o.daten, stdout);
    wg_puffer_frei(&o);
}

int wg_befehl_tabellen(int argc, char **argv)
{
    const char *id = NULL, *verz = NULL;
    bool json = false;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--rechtsstand") && i + 1 < argc) id = argv[++i];
        else if (!strcmp(argv[i], "--tabellen") && i + 1 < argc) verz = argv[++i];
        else if (!strcmp(argv[i], "--format") && i + 1 < argc && (!strcmp(argv[i + 1], "json") || !strcmp(argv[i + 1], "text")))
            json = !strcmp(argv[++i], "json");
        else {
            fprintf(stderr, "Aufruf: wohngeld tabellen [--rechtsstand ID] [--format text|json] [--tabellen VERZ]\n");
            return 2;
        }
    }
    wg_engine *e = wg_cli_oeffnen(verz);
    if (!e) return 2;
    const wg_tabellen *t = &e->tabellen;
    const wg_periode *p = NULL;
    if (id) {
        p = wg_tabellen_periode(t, id);
    } else {
        time_t jetzt = time(NULL);
        struct tm tm;
        gmtime_r(&jetzt, &tm);
        int heute = (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
        for (int i = 0; i < t->anzahl_perioden; i++)
            if (!t->periode[i].szenario && t->periode[i].ab <= heute && (!t->periode[i].bis || heute <= t->periode[i].bis))
                p = &t->periode[i];
    }
    int rc = 0;
    if (!p) {
        fprintf(stderr, "wohngeld tabellen: unbekannter Rechtsstand \"%s\"; bekannt:", id ? id : "");
        for (int i = 0; i < t->anzahl_perioden; i++) fprintf(stderr, " %s", t->periode[i].id);
        fprintf(stderr, "\n");
        rc = 2;
    } else if (json) {
        json_ausgabe(t, p, t->pruefsumme);
    } else {
        text_ausgabe(t, p, t->pruefsumme);
    }
    wg_engine_schliessen(e);
    return rc;
}
