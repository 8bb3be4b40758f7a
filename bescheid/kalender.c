/*
 * kalender.c — the dates of a letter: Bekanntgabe (§ 37 Abs. 2 SGB X), working days and the
 * deadlines that run from them (§ 26 SGB X with §§ 187–193 BGB), and German money and dates.
 *
 * Exports (bescheid_intern.h): bs_tage_plus, bs_datum_vergleich, bs_werktag, bs_naechster_werktag,
 * bs_bekanntgabe, bs_monatsende, bs_datum_text, bs_iso, bs_euro, bs_euro_ganz, bs_dezimalkomma,
 * bs_aufzaehlung, bs_tenor_zeilen.
 */
#include "bescheid_intern.h"
#include "datum.h"

#include <stdio.h>
#include <string.h>

static int tag_zahl(wg_datum d) { return d.jahr * 10000 + d.monat * 100 + d.tag; }
static wg_datum zahl_tag(int t) { return (wg_datum){t / 10000, t / 100 % 100, t % 100}; }

wg_datum bs_tage_plus(wg_datum d, int n)
{
    int t = tag_zahl(d);
    for (int i = 0; i < n; i++) t = wgi_tag_danach(t);
    return zahl_tag(t);
}

int bs_datum_vergleich(wg_datum a, wg_datum b) { return (tag_zahl(a) > tag_zahl(b)) - (tag_zahl(a) < tag_zahl(b)); }

bool bs_werktag(const wg_behoerde *k, wg_datum d)
{
    /* 2026-12-07 was a Monday: weekday 0 Monday … 6 Sunday */
    const long w = ((wgi_tagesnummer(tag_zahl(d)) - wgi_tagesnummer(20261207)) % 7 + 7) % 7;
    return w < 5 && !bs_k_feiertag(k, d);
}

/* § 26 Abs. 3 SGB X: a deadline ending on a Saturday, Sunday or holiday ends on the next working
 * day. The same for the day of Bekanntgabe (docs/bescheide.md, open point: LSG Bayern L 2 U 140/13
 * did not shift it; we shift, in the addressee's favour). */
wg_datum bs_naechster_werktag(const wg_behoerde *k, wg_datum d)
{
    while (!bs_werktag(k, d)) d = bs_tage_plus(d, 1);
    return d;
}

/* § 37 Abs. 2 Satz 1 SGB X: a letter posted in Germany counts as made known on the fourth day
 * after posting (the third before 2025-01-01, Postrechtsmodernisierungsgesetz). */
wg_datum bs_bekanntgabe(const wg_behoerde *k, wg_datum datum)
{
    const int tage = tag_zahl(datum) >= 20250101 ? 4 : 3;
    return bs_naechster_werktag(k, bs_tage_plus(datum, tage));
}

wg_datum bs_monatsende(int jahr, int monat) { return (wg_datum){jahr, monat, wgi_tage_im_monat(jahr, monat)}; }

const char *bs_datum_text(char buf[16], wg_datum d)
{
    snprintf(buf, 16, "%02d.%02d.%04d", d.tag % 100, d.monat % 100, d.jahr % 10000);
    return buf;
}

const char *bs_iso(char buf[16], wg_datum d)
{
    snprintf(buf, 16, "%04d-%02d-%02d", d.jahr % 10000, d.monat % 100, d.tag % 100);
    return buf;
}

/* whole euros with the German thousands point */
const char *bs_euro_ganz(char buf[40], int64_t euro)
{
    char roh[32];
    const bool neg = euro < 0;
    snprintf(roh, sizeof roh, "%lld", (long long)(neg ? -euro : euro));
    const size_t n = strlen(roh);
    size_t o = 0;
    if (neg) buf[o++] = '-';
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) buf[o++] = '.';
        buf[o++] = roh[i];
    }
    buf[o] = '\0';
    return buf;
}

const char *bs_euro(char buf[40], int64_t cent)
{
    const bool neg = cent < 0;
    const int64_t c = neg ? -cent : cent;
    char g[40];
    bs_euro_ganz(g, c / 100);
    snprintf(buf, 40, "%s%s,%02lld", neg ? "-" : "", g, (long long)(c % 100));
    return buf;
}

char *bs_dezimalkomma(char *s)
{
    for (char *p = s; *p; p++)
        if (*p == '.') *p = ',';
    return s;
}

const char *bs_aufzaehlung(char *buf, size_t n, const char *const *teile, size_t anzahl)
{
    buf[0] = '\0';
    for (size_t k = 0; k < anzahl; k++) {
        const size_t l = strlen(buf);
        snprintf(buf + l, n - l, "%s%s", k == 0 ? "" : k + 1 == anzahl ? " und " : ", ", teile[k]);
    }
    return buf;
}

const char *bs_tenor_zeilen(wg_bescheide *b, const wg_tenor_zeile *t, size_t n)
{
    char zeilen[4096] = "", d1[16], d2[16], e1[40];
    for (size_t k = 0; k < n; k++) {
        const size_t l = strlen(zeilen);
        snprintf(zeilen + l, sizeof zeilen - l, " vom %s bis %s: %s Euro monatlich;", bs_datum_text(d1, t[k].von),
                 bs_datum_text(d2, t[k].bis), bs_euro_ganz(e1, t[k].wohngeld_monat));
    }
    if (zeilen[0]) zeilen[strlen(zeilen) - 1] = '.';
    return bs_kopie(b, zeilen);
}
