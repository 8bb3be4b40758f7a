/*
 * bericht_svg.c — German numbers, HTML text and the charts of the report (bericht_svg.h). The
 * charts are drawn here as SVG text: fixed widths in a viewBox (they scale with the page), axes
 * with their units, every value also written as text and in a table, shades of grey only.
 */
#include "bericht_svg.h"

#include <stdio.h>
#include <string.h>

void bericht_zahl(char *aus, size_t n, int64_t v)
{
    char z[32];
    snprintf(z, sizeof z, "%lld", (long long)v);
    bericht_gross(aus, n, z);
}

void bericht_gross(char *aus, size_t n, const char *ziffern)
{
    size_t k = 0;
    const char *p = ziffern;
    if (n == 0) return;
    if (*p == '-') {
        const char minus[] = "\xe2\x88\x92"; /* U+2212 */
        for (size_t i = 0; i < 3 && k + 1 < n; i++) aus[k++] = minus[i];
        p++;
    }
    const size_t len = strlen(p);
    for (size_t i = 0; i < len && k + 1 < n; i++) {
        if (i > 0 && (len - i) % 3 == 0 && k + 1 < n) aus[k++] = '.';
        if (k + 1 < n) aus[k++] = p[i];
    }
    aus[k] = '\0';
}

/* Characters a summary's texts (a hint code, a field path, a file name) may carry that would
 * change how the page reads: the direction overrides and isolates of Unicode (U+202A–U+202E,
 * U+2066–U+2069, the marks U+200E/U+200F) and the line and paragraph separators (U+2028,
 * U+2029). Their UTF-8 forms are E2 80 8E/8F/A8–AE and E2 81 A6–A9; they are left out. */
static bool unsichtbar_steuernd(const unsigned char *s)
{
    if (s[0] != 0xE2) return false;
    if (s[1] == 0x80) return s[2] == 0x8E || s[2] == 0x8F || (s[2] >= 0xA8 && s[2] <= 0xAE);
    if (s[1] == 0x81) return s[2] >= 0xA6 && s[2] <= 0xA9;
    return false;
}

void bericht_html(wgi_puffer *p, const char *s)
{
    for (; *s; s++) {
        if (unsichtbar_steuernd((const unsigned char *)s)) {
            s += 2;
            continue;
        }
        switch (*s) {
        case '<': wgi_puffer_cstr(p, "&lt;"); break;
        case '>': wgi_puffer_cstr(p, "&gt;"); break;
        case '&': wgi_puffer_cstr(p, "&amp;"); break;
        case '"': wgi_puffer_cstr(p, "&quot;"); break;
        default: wgi_puffer_zeichen(p, *s);
        }
    }
}

void bericht_zeile(wgi_puffer *p, const char *name, const char *anzeige, const char *wert, int lauf)
{
    wgi_puffer_cstr(p, "<tr><th scope=\"row\">");
    bericht_html(p, name);
    wgi_puffer_cstr(p, "</th><td");
    if (wert) {
        wgi_puffer_cstr(p, lauf ? " data-lauf=\"" : " data-wert=\"");
        bericht_html(p, wert);
        wgi_puffer_zeichen(p, '"');
    }
    wgi_puffer_zeichen(p, '>');
    bericht_html(p, anzeige);
    wgi_puffer_cstr(p, "</td></tr>\n");
}

static void kopf(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung, int breite, int hoehe)
{
    char b[256];
    wgi_puffer_cstr(p, "<figure class=\"diagramm\" id=\"");
    bericht_html(p, id);
    snprintf(b, sizeof b, "\">\n<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"", breite,
             hoehe);
    wgi_puffer_cstr(p, b);
    bericht_html(p, id);
    wgi_puffer_cstr(p, "-t ");
    bericht_html(p, id);
    wgi_puffer_cstr(p, "-d\"><title id=\"");
    bericht_html(p, id);
    wgi_puffer_cstr(p, "-t\">");
    bericht_html(p, titel);
    wgi_puffer_cstr(p, "</title><desc id=\"");
    bericht_html(p, id);
    wgi_puffer_cstr(p, "-d\">");
    bericht_html(p, beschreibung);
    wgi_puffer_cstr(p, "</desc>\n");
}

static void text(wgi_puffer *p, int x, int y, const char *anker, const char *klasse, const char *s)
{
    char b[160];
    snprintf(b, sizeof b, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"%s\">", x, y, anker, klasse);
    wgi_puffer_cstr(p, b);
    bericht_html(p, s);
    wgi_puffer_cstr(p, "</text>\n");
}

static void tabelle_kopf(wgi_puffer *p, const char *titel, const char *spalte1, const char *spalte2)
{
    wgi_puffer_cstr(p, "<table class=\"zahlen\"><caption>");
    bericht_html(p, titel);
    wgi_puffer_cstr(p, " — Zahlen</caption><thead><tr><th scope=\"col\">");
    bericht_html(p, spalte1);
    wgi_puffer_cstr(p, "</th><th scope=\"col\">");
    bericht_html(p, spalte2);
    wgi_puffer_cstr(p, "</th></tr></thead><tbody>\n");
}

/* A label broken into at most ZEILEN_MAX lines of about ZEICHEN characters at spaces (a word
 * longer than a line is broken where it must): no label is cut off. Returns the lines. */
enum { ZEILEN_MAX = 4, ZEICHEN = 40 };
static int umbrechen(const char *s, char zeilen[ZEILEN_MAX][4 * ZEICHEN + 8])
{
    int n = 0;
    while (*s && n < ZEILEN_MAX) {
        const char *p = s, *bruch = NULL;
        int zeichen = 0;
        while (*p && zeichen < ZEICHEN) {
            /* a break at a space, but not inside a citation ("§ 21 Nr. 1", "Abs. 2") */
            const bool zitat = (p - s >= 2 && !memcmp(p - 2, "\xc2\xa7", 2)) || (p - s >= 3 && !memcmp(p - 3, "Nr.", 3)) ||
                               (p - s >= 4 && !memcmp(p - 4, "Abs.", 4)) || (p - s >= 4 && !memcmp(p - 4, "Satz", 4));
            if (*p == ' ' && !zitat) bruch = p;
            const unsigned char u = (unsigned char)*p;
            p += u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
            zeichen++;
        }
        const char *ende = !*p || n == ZEILEN_MAX - 1 || !bruch ? p : bruch;
        if (n == ZEILEN_MAX - 1) ende = s + strlen(s); /* the last line takes the rest */
        size_t l = (size_t)(ende - s);
        if (l > 4 * ZEICHEN + 7) l = 4 * ZEICHEN + 7;
        memcpy(zeilen[n], s, l);
        zeilen[n][l] = '\0';
        n++;
        s = ende;
        while (*s == ' ') s++;
    }
    return n ? n : 1;
}

void bericht_balken(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung, const char *einheit,
                    const char *const *namen, const int64_t *werte, size_t n)
{
    const int links = 300, breite = 740, balken_max = breite - links - 100;
    char zeilen[64][ZEILEN_MAX][4 * ZEICHEN + 8];
    int anzahl_zeilen[64], hoehe = 34;
    for (size_t i = 0; i < n && i < 64; i++) {
        anzahl_zeilen[i] = umbrechen(namen[i], zeilen[i]);
        hoehe += anzahl_zeilen[i] > 1 ? 14 * anzahl_zeilen[i] + 10 : 24;
    }
    int64_t max = 1;
    for (size_t i = 0; i < n; i++)
        if (werte[i] > max) max = werte[i];
    kopf(p, id, titel, beschreibung, breite, hoehe);
    char b[256], z[48];
    int y = 8;
    for (size_t i = 0; i < n && i < 64; i++) {
        const int zeile = anzahl_zeilen[i] > 1 ? 14 * anzahl_zeilen[i] + 10 : 24;
        const int w = werte[i] > 0 ? (int)((double)werte[i] / (double)max * balken_max + 0.5) : 0;
        const int mitte = y + zeile / 2;
        for (int k = 0; k < anzahl_zeilen[i]; k++)
            text(p, links - 8, mitte + 5 + 14 * k - 7 * (anzahl_zeilen[i] - 1), "end", "beschriftung", zeilen[i][k]);
        snprintf(b, sizeof b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"balken\"/>\n", links, mitte - 8,
                 w > 0 ? w : 1, 16);
        wgi_puffer_cstr(p, b);
        bericht_zahl(z, sizeof z, werte[i]);
        text(p, links + w + 6, mitte + 5, "start", "wert", z);
        y += zeile;
    }
    snprintf(b, sizeof b, "<line x1=\"%d\" y1=\"4\" x2=\"%d\" y2=\"%d\" class=\"achse\"/>\n", links, links, hoehe - 24);
    wgi_puffer_cstr(p, b);
    text(p, links + balken_max / 2, hoehe - 6, "middle", "achsentitel", einheit);
    wgi_puffer_cstr(p, "</svg>\n");
    tabelle_kopf(p, titel, "", einheit);
    for (size_t i = 0; i < n; i++) {
        char w[32];
        snprintf(w, sizeof w, "%lld", (long long)werte[i]);
        bericht_zahl(z, sizeof z, werte[i]);
        bericht_zeile(p, namen[i], z, w, 0);
    }
    wgi_puffer_cstr(p, "</tbody></table></figure>\n");
}

static void klasse_text(char *aus, size_t n, int64_t von, int64_t breite, size_t i, size_t anzahl, int offen_unten,
                        int offen_oben)
{
    char a[32], e[32];
    const int64_t u = von + (int64_t)i * breite;
    bericht_zahl(a, sizeof a, u);
    bericht_zahl(e, sizeof e, u + breite);
    if (offen_unten && i == 0) snprintf(aus, n, "unter %s", e);
    else if (offen_oben && i + 1 == anzahl) snprintf(aus, n, "ab %s", a);
    else snprintf(aus, n, "%s bis unter %s", a, e);
}

void bericht_histogramm(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung, const char *x_titel,
                        const int64_t *anzahl, size_t n, int64_t von, int64_t breite, int offen_unten, int offen_oben)
{
    const int links = 70, rechts = 20, oben = 14, unten = 52, w = 720, h = 300;
    const int pw = w - links - rechts, ph = h - oben - unten;
    int64_t max = 1;
    for (size_t i = 0; i < n; i++)
        if (anzahl[i] > max) max = anzahl[i];
    kopf(p, id, titel, beschreibung, w, h);
    char b[320], z[48];
    const double bw = n ? (double)pw / (double)n : (double)pw;
    for (size_t i = 0; i < n; i++) {
        if (!anzahl[i]) continue;
        const double bh = (double)anzahl[i] / (double)max * ph;
        snprintf(b, sizeof b, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" class=\"balken\"/>\n",
                 links + i * bw, oben + ph - bh, bw > 2 ? bw - 0.6 : bw, bh < 0.8 ? 0.8 : bh);
        wgi_puffer_cstr(p, b);
    }
    /* axes: y with 0, half and the maximum; x with about eight class bounds */
    snprintf(b, sizeof b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"achse\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"achse\"/>\n",
             links, oben, links, oben + ph, links, oben + ph, links + pw, oben + ph);
    wgi_puffer_cstr(p, b);
    for (int k = 0; k <= 2; k++) {
        const int64_t v = max * k / 2;
        const int y = oben + ph - (int)((double)v / (double)max * ph);
        bericht_zahl(z, sizeof z, v);
        text(p, links - 6, y + 4, "end", "wert", z);
        snprintf(b, sizeof b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"gitter\"/>\n", links, y, links + pw, y);
        wgi_puffer_cstr(p, b);
    }
    /* x ticks at round amounts: every 1, 2, 5, 10, 20, 25, 50 or 100 classes, at most ten */
    static const size_t schritte[] = {1, 2, 5, 10, 20, 25, 50, 100};
    size_t schritt = 100;
    for (size_t k = 0; k < sizeof schritte / sizeof schritte[0]; k++)
        if (n / schritte[k] <= 10) {
            schritt = schritte[k];
            break;
        }
    const int64_t raster = (int64_t)schritt * breite;
    for (size_t i = 0; i <= n; i++) {
        const int64_t wert = von + (int64_t)i * breite;
        if (raster == 0 || wert % raster != 0) continue;
        const int x = links + (int)(i * bw);
        bericht_zahl(z, sizeof z, wert);
        text(p, x, oben + ph + 16, "middle", "wert", z);
        snprintf(b, sizeof b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"achse\"/>\n", x, oben + ph, x, oben + ph + 4);
        wgi_puffer_cstr(p, b);
    }
    text(p, links + pw / 2, h - 8, "middle", "achsentitel", x_titel);
    snprintf(b, sizeof b, "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" class=\"achsentitel\" transform=\"rotate(-90 14 %d)\">Haushalte</text>\n",
             oben + ph / 2, oben + ph / 2);
    wgi_puffer_cstr(p, b);
    wgi_puffer_cstr(p, "</svg>\n");
    /* the numbers: four classes to a row (a histogram has up to 300) */
    wgi_puffer_cstr(p, "<table class=\"zahlen klassen\"><caption>");
    bericht_html(p, titel);
    wgi_puffer_cstr(p, " — Zahlen: ");
    bericht_html(p, x_titel);
    wgi_puffer_cstr(p, " und Haushalte (leere Klassen ausgelassen)</caption><tbody>\n");
    size_t spalte = 0;
    for (size_t i = 0; i < n; i++) {
        if (!anzahl[i]) continue;
        char k[96], wtxt[32];
        klasse_text(k, sizeof k, von, breite, i, n, offen_unten, offen_oben);
        snprintf(wtxt, sizeof wtxt, "%lld", (long long)anzahl[i]);
        bericht_zahl(z, sizeof z, anzahl[i]);
        wgi_puffer_cstr(p, spalte == 0 ? "<tr><th scope=\"row\">" : "<th scope=\"row\">");
        bericht_html(p, k);
        wgi_puffer_cstr(p, "</th><td data-wert=\"");
        wgi_puffer_cstr(p, wtxt);
        wgi_puffer_cstr(p, "\">");
        wgi_puffer_cstr(p, z);
        wgi_puffer_cstr(p, "</td>");
        if (++spalte == 4) {
            wgi_puffer_cstr(p, "</tr>\n");
            spalte = 0;
        }
    }
    if (spalte) wgi_puffer_cstr(p, "</tr>\n");
    wgi_puffer_cstr(p, "</tbody></table></figure>\n");
}

void bericht_waerme(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung,
                    const char *const *zeilen, size_t nz, const char *const *spalten, size_t ns, const int64_t *anzahl,
                    const int64_t *summe)
{
    const int links = 90, oben = 40, zb = 86, zh = 34;
    const int w = links + (int)ns * zb + 10, h = oben + (int)nz * zh + 56;
    int64_t max = 1;
    for (size_t i = 0; i < nz * ns; i++)
        if (anzahl[i] > max) max = anzahl[i];
    kopf(p, id, titel, beschreibung, w, h);
    char b[320], z[48], d[48];
    text(p, links + (int)ns * zb / 2, 14, "middle", "achsentitel", "Mietenstufe");
    text(p, links - 8, oben - 8, "end", "achsentitel", "Mitglieder");
    for (size_t s = 0; s < ns; s++) text(p, links + (int)s * zb + zb / 2, oben - 8, "middle", "beschriftung", spalten[s]);
    for (size_t r = 0; r < nz; r++) {
        text(p, links - 8, oben + (int)r * zh + zh / 2 + 4, "end", "beschriftung", zeilen[r]);
        for (size_t s = 0; s < ns; s++) {
            const int64_t a = anzahl[r * ns + s];
            /* grey from white (none) to dark (the largest cell); text white on dark cells */
            const int grau = a ? 235 - (int)(175.0 * (double)a / (double)max) : 255;
            snprintf(b, sizeof b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,%d)\" class=\"zelle\"/>\n",
                     links + (int)s * zb, oben + (int)r * zh, zb, zh, grau, grau, grau);
            wgi_puffer_cstr(p, b);
            if (!a) continue;
            bericht_zahl(z, sizeof z, a);
            bericht_zahl(d, sizeof d, (summe[r * ns + s] + a / 2) / a);
            snprintf(b, sizeof b, "%s · Ø %s", z, d);
            text(p, links + (int)s * zb + zb / 2, oben + (int)r * zh + zh / 2 + 4, "middle", grau < 140 ? "hell" : "wert", b);
        }
    }
    /* the legend: what a cell's grey and its two numbers mean */
    const int ly = oben + (int)nz * zh + 14;
    static const int stufen[5] = {0, 1, 2, 3, 4};
    for (int k = 0; k < 5; k++) {
        const int grau = k == 0 ? 255 : 235 - 175 * stufen[k] / 4;
        snprintf(b, sizeof b, "<rect x=\"%d\" y=\"%d\" width=\"28\" height=\"14\" fill=\"rgb(%d,%d,%d)\" stroke=\"#888\"/>\n",
                 links + k * 30, ly, grau, grau, grau);
        wgi_puffer_cstr(p, b);
    }
    bericht_zahl(z, sizeof z, max);
    snprintf(b, sizeof b, "Legende: weiß = keine Haushalte, dunkler = mehr (dunkelstes Feld %s Haushalte); je Feld: Haushalte · Ø Wohngeld im Monat in EUR", z);
    text(p, links, ly + 32, "start", "wert", b);
    wgi_puffer_cstr(p, "</svg>\n<table class=\"zahlen\"><caption>");
    bericht_html(p, titel);
    wgi_puffer_cstr(p, " — Zahlen (Haushalte; durchschnittliches Wohngeld in EUR je Monat)</caption><thead><tr><th scope=\"col\">Mitglieder</th>");
    for (size_t s = 0; s < ns; s++) {
        wgi_puffer_cstr(p, "<th scope=\"col\">");
        bericht_html(p, spalten[s]);
        wgi_puffer_cstr(p, "</th>");
    }
    wgi_puffer_cstr(p, "</tr></thead><tbody>\n");
    for (size_t r = 0; r < nz; r++) {
        wgi_puffer_cstr(p, "<tr><th scope=\"row\">");
        bericht_html(p, zeilen[r]);
        wgi_puffer_cstr(p, "</th>");
        for (size_t s = 0; s < ns; s++) {
            const int64_t a = anzahl[r * ns + s];
            if (!a) {
                wgi_puffer_cstr(p, "<td data-wert=\"0\">–</td>");
                continue;
            }
            bericht_zahl(z, sizeof z, a);
            bericht_zahl(d, sizeof d, (summe[r * ns + s] + a / 2) / a);
            snprintf(b, sizeof b, "<td data-wert=\"%lld/%lld\">%s (Ø %s)</td>", (long long)a, (long long)summe[r * ns + s], z, d);
            wgi_puffer_cstr(p, b);
        }
        wgi_puffer_cstr(p, "</tr>\n");
    }
    wgi_puffer_cstr(p, "</tbody></table></figure>\n");
}
