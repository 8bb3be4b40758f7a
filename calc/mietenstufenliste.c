/*
 * mietenstufenliste.c — reads the data part of a Mietenstufen list in a table file (the CSV after
 * `daten`: land, name, art, [ags,] mietenstufe; tables/README.md) into a wgi_mietenstufenliste,
 * sorted by AGS for the lookup of mietenstufen.c. Called by the table reader (tabellen.c).
 *
 * Exports: wgi_liste_daten_lesen (tabellen.h).
 */
#include "csv.h"
#include "tabellen.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading: the CSV part of a list file ---- */

/* Splits one CSV record at p (base/csv.h) into fields, unquoting in place and ending each with
 * NUL. Returns the number of fields, -1 on a syntax error; *weiter points after the line. */
static int csv_zeile(char *p, char *ende, char **felder, int max, char **weiter)
{
    const size_t n = (size_t)(ende - p);
    size_t i = 0;
    for (int k = 0;; k++) {
        if (k == max) return -1;
        size_t l;
        char *start = p + i;
        const int w = wgi_csv_feld(p, n, &i, ',', true, false, start, n, &l);
        if (w < 0) return -1;
        felder[k] = start;
        start[l] = '\0';
        if (w == 0) {
            *weiter = p + i;
            return k + 1;
        }
    }
}

static int ags_vergleich(const void *a, const void *b)
{
    return strcmp(((const wgi_ort *)a)->ags, ((const wgi_ort *)b)->ags);
}

static wg_status liste_fehler(wgi_mietenstufenliste *m, wg_fehler *f, size_t zeile, const char *was)
{
    if (f) {
        f->code = WG_E_TABELLE;
        snprintf(f->feld, sizeof f->feld, "%s", m->datei);
        snprintf(f->meldung, sizeof f->meldung, "%s: Datenzeile %zu: %s", m->datei, zeile, was);
    }
    return WG_E_TABELLE;
}

wg_status wgi_liste_daten_lesen(wgi_mietenstufenliste *m, const char *text, size_t len, wg_fehler *f)
{
    m->pool = malloc(len + 1);
    size_t zeilen = 1;
    for (size_t i = 0; i < len; i++) zeilen += text[i] == '\n';
    m->orte = calloc(zeilen, sizeof *m->orte);
    if (!m->pool || !m->orte) {
        if (f) { f->code = WG_E_SPEICHER; snprintf(f->meldung, sizeof f->meldung, "nicht genug Speicher"); }
        return WG_E_SPEICHER;
    }
    memcpy(m->pool, text, len);
    m->pool[len] = '\0';
    char *p = m->pool, *ende = m->pool + len;
    char *felder[8];
    int sp_land = -1, sp_name = -1, sp_art = -1, sp_ags = -1, sp_stufe = -1;
    int n = csv_zeile(p, ende, felder, 8, &p);
    for (int i = 0; i < n; i++) {
        if (!strcmp(felder[i], "land")) sp_land = i;
        else if (!strcmp(felder[i], "name")) sp_name = i;
        else if (!strcmp(felder[i], "art")) sp_art = i;
        else if (!strcmp(felder[i], "ags")) sp_ags = i;
        else if (!strcmp(felder[i], "mietenstufe")) sp_stufe = i;
    }
    if (sp_land < 0 || sp_name < 0 || sp_art < 0 || sp_stufe < 0)
        return liste_fehler(m, f, 1, "Kopfzeile land,name,art,[ags,]mietenstufe erwartet");
    m->mit_ags = sp_ags >= 0;
    size_t nr = 1;
    while (p < ende) {
        nr++;
        if (*p == '\n') { p++; continue; }
        int k = csv_zeile(p, ende, felder, 8, &p);
        if (k != n) return liste_fehler(m, f, nr, "falsche Zahl von Spalten");
        wgi_ort *o = &m->orte[m->anzahl];
        const char *art = felder[sp_art];
        if (!strcmp(art, "gemeinde")) o->art = WGI_ORT_GEMEINDE;
        else if (!strcmp(art, "kreis")) o->art = WGI_ORT_KREIS;
        else if (!strcmp(art, "insel") || !strcmp(art, "inseln")) o->art = WGI_ORT_INSEL;
        else return liste_fehler(m, f, nr, "art muss gemeinde, kreis oder insel sein");
        const char *s = felder[sp_stufe];
        if (strlen(s) != 1 || s[0] < '1' || s[0] > '7') return liste_fehler(m, f, nr, "Mietenstufe 1 bis 7 erwartet");
        o->stufe = (unsigned char)(s[0] - '0');
        if (m->mit_ags) {
            const char *a = felder[sp_ags];
            size_t al = strlen(a);
            bool ziffern = al == (o->art == WGI_ORT_KREIS ? 5u : 8u);
            for (size_t i = 0; ziffern && i < al; i++) ziffern = a[i] >= '0' && a[i] <= '9';
            if (!ziffern) return liste_fehler(m, f, nr, "AGS mit 8 (Kreis: 5) Ziffern erwartet");
            memcpy(o->ags, a, al + 1);
            o->schluessel = wgi_ags_schluessel(o->ags);
        }
        o->name = felder[sp_name];
        o->land = felder[sp_land];
        m->anzahl++;
    }
    if (m->anzahl == 0) return liste_fehler(m, f, 1, "leere Liste");
    if (m->mit_ags) {
        qsort(m->orte, m->anzahl, sizeof *m->orte, ags_vergleich);
        for (size_t i = 1; i < m->anzahl; i++)
            if (!strcmp(m->orte[i].ags, m->orte[i - 1].ags)) return liste_fehler(m, f, 0, "AGS doppelt");
    }
    return WG_OK;
}

