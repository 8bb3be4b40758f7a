/*
 * datum.c — the calendar of datum.h: days of a month, day and month arithmetic.
 *
 * Exports: wgi_monate_plus, wgi_tag_danach, wgi_tag_davor, wgi_tagesnummer.
 */
#include "datum.h"

int wgi_monate_plus(int t, int n)
{
    const int mi = wgi_monatsindex(t) + n, jahr = wgi_monat_jahr(mi), monat = wgi_monat_nr(mi), tag = t % 100;
    const int max = wgi_tage_im_monat(jahr, monat);
    return jahr * 10000 + monat * 100 + (tag > max ? max : tag);
}

int wgi_tag_danach(int t)
{
    return t % 100 < wgi_tage_im_monat(t / 10000, t / 100 % 100) ? t + 1 : wgi_monatserster(wgi_monatsindex(t) + 1);
}

int wgi_tag_davor(int t)
{
    if (t % 100 > 1) return t - 1;
    const int mi = wgi_monatsindex(t) - 1;
    return wgi_monatserster(mi) - 1 + wgi_tage_im_monat(wgi_monat_jahr(mi), wgi_monat_nr(mi));
}

long wgi_tagesnummer(int t)
{
    long y = t / 10000, m = t / 100 % 100, d = t % 100;
    if (m <= 2) {
        y--;
        m += 12;
    }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}
