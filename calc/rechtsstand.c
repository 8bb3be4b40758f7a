/*
 * rechtsstand.c — rechenweg.md § 0: which legal state applies.
 *
 * The Stichtag selects the enacted period whose validity contains it (P2016 … P2025, from the
 * table files). A forced `rechtsstand` picks a table set by id; a Stichtag before the first
 * enacted period is an error even then. After the last day of known law (gesichert_bis of the
 * period) the period still applies and the result carries the hint rechtsstand_ungesichert.
 * Year-dependent values of other laws follow the calendar year of the Stichtag (c->jahr).
 */
#include "rechnung.h"
#include "mietenstufen.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

wg_status wgi_rechtsstand_waehlen(wgi_rechnung *c)
{
    const wgi_tabellen *t = &c->e->tabellen;
    const wg_haushalt *h = c->h;
    int tag = wgi_datum_tag(&h->stichtag);
    int erster = c->e->erster_tag;
    if (tag < erster)
        return wgi_fehler_setzen(c->r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "stichtag",
                                "Stichtag vor dem %04d-%02d-%02d: für diesen Zeitraum ist kein Rechtsstand hinterlegt",
                                erster / 10000, erster / 100 % 100, erster % 100);
    const wgi_periode *p = NULL;
    if (c->fest) {
        /* a running award's law (fall.c): the period as its law-change rule combines it, the
         * Mietenstufe from the list of the day that rule names */
        p = c->fest;
        tag = c->stufe_tag;
    } else if (h->rechtsstand) {
        p = wgi_tabellen_periode(t, h->rechtsstand);
        if (!p)
            return wgi_fehler_setzen(c->r, WG_E_RECHTSSTAND_UNBEKANNT, "rechtsstand",
                                    "unbekannter Rechtsstand \"%.*s\"", wgi_utf8_kurz(h->rechtsstand, 40), h->rechtsstand);
    } else {
        p = wgi_periode_zum_stichtag(c->e, &h->stichtag);
        if (!p)
            return wgi_fehler_setzen(c->r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "stichtag",
                                    "für diesen Stichtag ist kein Rechtsstand hinterlegt");
    }
    c->mietenstufe = h->mietenstufe;
    wgi_ort_treffer treffer;
    bool nachgeschlagen = false;
    if (h->gemeinde) {
        /* § 12 Abs. 3–5 WoGG: the Mietenstufe of the Gemeinde from the WoGV list. Given together
         * with a mietenstufe, the two must agree (docs/entscheidungen.md: a contradiction is
         * feld_konflikt, never silently one or the other); before 2023 there is no list to
         * check against and the mietenstufe stands. */
        wg_fehler f;
        wg_status st = wgi_mietenstufe_finden(t, h->gemeinde, tag, p, &treffer, &f);
        if (st == WG_OK) nachgeschlagen = true;
        else if (!(h->mietenstufe && st == WG_E_GEMEINDE_OHNE_LISTE))
            return wgi_fehler_setzen(c->r, f.code, f.feld, "%s", f.meldung);
        if (nachgeschlagen && h->mietenstufe && treffer.stufe != h->mietenstufe)
            return wgi_fehler_setzen(c->r, WG_E_FELD_KONFLIKT, "mietenstufe",
                                    "mietenstufe %d widerspricht der Gemeinde %s (%s): nach der Liste %s gilt Mietenstufe %d",
                                    h->mietenstufe, h->gemeinde, treffer.ort->name, treffer.liste->id, treffer.stufe);
        if (nachgeschlagen) c->mietenstufe = treffer.stufe;
    }
    if (c->mietenstufe > p->anzahl_stufen)
        return wgi_fehler_setzen(c->r, WG_E_MIETENSTUFE_UNGUELTIG, h->mietenstufe ? "mietenstufe" : "gemeinde",
                                "Rechtsstand %s kennt nur die Mietenstufen 1 bis %d (§ 12 Abs. 5 WoGG)", p->id,
                                p->anzahl_stufen);
    c->p = p;
    c->jahr = h->stichtag.jahr;
    wg_ergebnis *r = c->r;
    r->rechtsstand = &p->info;
    r->mietenstufe = c->mietenstufe;
    if (h->gemeinde) wgi_wert_setzen(r, WG_W_GEMEINDE, h->gemeinde);
    if (nachgeschlagen) {
        char zeile[32];
        snprintf(zeile, sizeof zeile, "%s %s", treffer.ort->art == WGI_ORT_KREIS ? "kreis" : treffer.ort->art == WGI_ORT_INSEL ? "insel" : "gemeinde",
                 treffer.ort->ags[0] ? treffer.ort->ags : "-");
        wgi_wert_setzen(r, WG_W_GEMEINDE_ZEILE, zeile);
        wgi_wert_setzen(r, WG_W_GEMEINDE_NAME, treffer.ort->name);
        wgi_wert_setzen(r, WG_W_MIETENSTUFENLISTE, treffer.liste->id);
        snprintf(zeile, sizeof zeile, "%d", c->mietenstufe);
        wgi_schritt_neu(c, "§ 12 Abs. 3 bis 5 WoGG, Anlage zu § 1 Abs. 3 WoGV", zeile,
                       "Mietenstufe für Gemeindeschlüssel %s: %s (%s, %s); Liste %s, %s%s", h->gemeinde,
                       treffer.ort->name, treffer.ort->land, treffer.wie, treffer.liste->id, treffer.liste->quelle,
                       h->mietenstufe ? "; stimmt mit der angegebenen mietenstufe überein" : "");
    } else if (h->gemeinde) {
        wgi_schritt_neu(c, "§ 12 Abs. 5 WoGG", "",
                       "mietenstufe angegeben; für diesen Stichtag gibt es keine Liste mit Gemeindeschlüsseln, gemeinde %s "
                       "nicht geprüft", h->gemeinde);
    }
    wgi_schritt_neu(c, "§ 0 Rechenweg (Rechtsstand)", p->id, "Rechtsstand %s (%s, %s), %s für den Stichtag %04d-%02d-%02d",
                   p->id, p->name, p->quelle, h->rechtsstand ? "vorgegeben" : "gültig", h->stichtag.jahr,
                   h->stichtag.monat, h->stichtag.tag);
    if (p->szenario)
        wgi_hinweis_fest(r, "szenario_entwurf",
                       "Berechnet nach einem nicht verabschiedeten Gesetzentwurf; kein geltendes Recht.");
    else if (c->e->bekannt_bis && tag > c->e->bekannt_bis)
        wgi_hinweis_ungesichert(r);
    return WG_OK;
}
