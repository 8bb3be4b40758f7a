/*
 * datum.h — the project's one calendar: Gregorian days and months as integers, nothing of
 * Wohngeld. A day is a YYYYMMDD number (days order like their numbers), a month a month index
 * jahr · 12 + monat − 1 (months order and subtract like their indices).
 *
 * Exports: wgi_schaltjahr, wgi_tage_im_monat, wgi_kalendertag (inline), wgi_monatsindex_von,
 * wgi_monatsindex, wgi_monatserster, wgi_monat_jahr, wgi_monat_nr, wgi_monate_plus,
 * wgi_tag_danach, wgi_tag_davor, wgi_tagesnummer (base/datum.c).
 */
#ifndef WGI_DATUM_H
#define WGI_DATUM_H

#include <stdbool.h>

static inline bool wgi_schaltjahr(int j) { return (j % 4 == 0 && j % 100 != 0) || j % 400 == 0; }
/* The days of month monat (1–12) of year jahr; 0 for another monat. Inline: the record checks ask
 * it for every date. */
static inline int wgi_tage_im_monat(int jahr, int monat)
{
    static const unsigned char tage[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (monat < 1 || monat > 12) return 0;
    return tage[monat - 1] + (monat == 2 && wgi_schaltjahr(jahr));
}
/* Whether jahr-monat-tag is a day of the calendar (any year). */
static inline bool wgi_kalendertag(int jahr, int monat, int tag)
{
    return monat >= 1 && monat <= 12 && tag >= 1 && tag <= wgi_tage_im_monat(jahr, monat);
}

/* Months: the index of jahr-monat, of day t; the first day of month index mi; its year and month. */
static inline int wgi_monatsindex_von(int jahr, int monat) { return jahr * 12 + monat - 1; }
static inline int wgi_monatsindex(int t) { return t / 10000 * 12 + t / 100 % 100 - 1; }
static inline int wgi_monatserster(int mi) { return (mi / 12) * 10000 + (mi % 12 + 1) * 100 + 1; }
static inline int wgi_monat_jahr(int mi) { return mi / 12; }
static inline int wgi_monat_nr(int mi) { return mi % 12 + 1; }

/* The same day n months later (the last day of a shorter month). */
int wgi_monate_plus(int t, int n);
/* The next day, the day before. */
int wgi_tag_danach(int t);
int wgi_tag_davor(int t);
/* A running day number (days since 0000-03-01): differences are days. */
long wgi_tagesnummer(int t);

#endif
