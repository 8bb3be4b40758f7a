/*
 * hinweistexte.c — the German texts of the hints that carry numbers (hinweise.c decides them,
 * the result formats a text only when it is read: ergebnis.c, wg_ergebnis_hinweis). Built by
 * hand, without printf. A floor below both: it knows neither the rules nor the result.
 *
 * Exports: wgi_hinweis_text.
 */
#include "ergebnis.h"

#include <stdbool.h>
#include <string.h>

/* A hint's text, built by hand (no printf: a bulk run writes it for many households). */
typedef struct text { char b[320]; size_t n; } text;
static void t_text(text *t, const char *s)
{
    while (*s && t->n + 1 < sizeof t->b) t->b[t->n++] = *s++;
    t->b[t->n] = '\0';
}
static void t_ganz(text *t, int64_t v)
{
    char z[24];
    size_t d = 0;
    const bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do z[d++] = (char)('0' + u % 10); while ((u /= 10) && d < sizeof z);
    if (neg && t->n + 1 < sizeof t->b) t->b[t->n++] = '-';
    while (d && t->n + 1 < sizeof t->b) t->b[t->n++] = z[--d];
    t->b[t->n] = '\0';
}
/* an amount in b4 as "1234.56" (cents; the amounts here are whole cents or cut to them) */
static void t_euro(text *t, wgi_b4 v)
{
    t_ganz(t, v / WGI_B4_EUR);
    const int64_t c = (v < 0 ? -v : v) % WGI_B4_EUR / WGI_B4_CENT;
    char z[4] = {'.', (char)('0' + c / 10), (char)('0' + c % 10), '\0'};
    t_text(t, z);
}

void wgi_hinweis_text(unsigned art, const int64_t *z, char *buf)
{
    text t = {.n = 0};
    switch (art) {
    case WGI_H_MIETE_HOCH:
        t_text(&t, "Die Wohnkosten von ");
        t_euro(&t, z[0]);
        t_text(&t, " EUR liegen über dem Dreifachen des Höchstbetrags von ");
        t_euro(&t, z[1]);
        t_text(&t, " EUR (§ 12 Abs. 1 WoGG): bitte prüfen.");
        break;
    case WGI_H_KIND_OHNE_ALTER:
        t_text(&t, "Mitglied ");
        t_ganz(&t, z[0]);
        t_text(&t, " ist Kind eines Mitglieds und hat Erwerbseinkommen, aber kein Alter: der Freibetrag nach § 17 "
                   "Nr. 4 WoGG (unter 25 Jahren) konnte nicht angewandt werden.");
        break;
    default:
        t_text(&t, "Gesamteinkommen ");
        t_euro(&t, z[0]);
        t_text(&t, " EUR und Wohngeld ");
        t_ganz(&t, z[1]);
        t_text(&t, " EUR monatlich liegen unter ");
        t_ganz(&t, z[2]);
        t_text(&t, " % des Bedarfs auf Bürgergeld-Niveau von ");
        t_euro(&t, z[3]);
        t_text(&t, " EUR (Regelbedarfe ");
        t_euro(&t, z[4]);
        t_text(&t, " EUR, Unterkunft ");
        t_euro(&t, z[5]);
        t_text(&t, " EUR): vorrangig Bürgergeld oder Grundsicherung prüfen; während einer Transferleistung ist Wohngeld "
                   "ausgeschlossen (§§ 7, 8 WoGG).");
        break;
    }
    memcpy(buf, t.b, t.n + 1);
}
