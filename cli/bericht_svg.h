/*
 * bericht_svg.h — the pieces of the HTML report (docs/bericht.md): German number format, HTML
 * text, and the three charts, each an inline SVG with title and description (role="img") and its
 * numbers as a table below it. Greyscale only, so a printout reads like the screen.
 *
 * Exports: bericht_zahl, bericht_gross, bericht_html, bericht_balken, bericht_histogramm,
 * bericht_waerme, bericht_zeile.
 */
#ifndef WGI_BERICHT_SVG_H
#define WGI_BERICHT_SVG_H

#include <stddef.h>
#include <stdint.h>

#include "puffer.h"

/* 1234567 → "1.234.567" (German thousands separator); negative numbers with "−" */
void bericht_zahl(char *aus, size_t n, int64_t v);
/* a decimal integer of any length as text ("-883067") → "−883.067" */
void bericht_gross(char *aus, size_t n, const char *ziffern);
/* text with < > & " escaped */
void bericht_html(wgi_puffer *p, const char *s);

/* One row of a table of numbers: label, value as shown, and the exact value for machines
 * (data-wert; NULL: none). lauf: a value of this run only (times), marked data-lauf. */
void bericht_zeile(wgi_puffer *p, const char *name, const char *anzeige, const char *wert, int lauf);

/* A horizontal bar chart: n labels with counts, and the same as a table below. */
void bericht_balken(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung, const char *einheit,
                    const char *const *namen, const int64_t *werte, size_t n);

/* A histogram over classes of a width in EUR from `von` (EUR): counts per class; offen_unten /
 * offen_oben: the first / last class is open ("unter …" / "ab …"). The table below lists the
 * classes with their counts (empty ones left out). */
void bericht_histogramm(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung, const char *x_titel,
                        const int64_t *anzahl, size_t n, int64_t von, int64_t breite, int offen_unten, int offen_oben);

/* A heat table: rows × columns of counts with an average amount per cell (summe / anzahl,
 * EUR), shaded by count; the table below gives both numbers per cell. */
void bericht_waerme(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung,
                    const char *const *zeilen, size_t nz, const char *const *spalten, size_t ns, const int64_t *anzahl,
                    const int64_t *summe);

#endif
