/*
 * rechtsstand.c — rechenweg.md § 0: which legal state applies.
 *
 * The Stichtag selects the enacted period whose validity contains it (P2016 … P2025, from the
 * table files). A forced `rechtsstand` picks a table set by id; a Stichtag before the first
 * enacted period is an error even then. After the last day of known law (gesichert_bis of the
 * period) the period still applies and the result carries the hint rechtsstand_ungesichert.
 * Year-dependent values of other laws follow the calendar year of the Stichtag (c->jahr).
 */
#include "intern.h"
#include "mietenstufen.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

/* What the engine derives from its tables once, when it is opened: the first day of enacted
 * law; the last day for which it is known (the latest gesichert_bis or gilt_bis of the enacted
 * periods, 0 when some period is open without a gesichert_bis); each period's Rechtsstand info
 * and § 14 deductions per Einkunftsart; and for the bulk path the year values and the period of
 * every month (NULL when a period starts or ends within the month: then the day decides,
 * wg_periode_am). */
void wg_engine_ableiten(wg_engine *e)
{
    const wg_tabellen *t = &e->tabellen;
    int erster = 0, bis = 0;
    bool offen = false;
    for (int i = 0; i < t->anzahl_perioden; i++) {
        const wg_periode *q = &t->periode[i];
        if (q->szenario) continue;
        if (erster == 0 || q->ab < erster) erster = q->ab;
        int b = q->gesichert ? q->gesichert : q->bis;
        if (b == 0) offen = true;
        if (b > bis) bis = b;
    }
    for (int i = 0; i < e->tabellen.anzahl_perioden; i++) {
        wg_periode *q = &e->tabellen.periode[i];
        q->info = (wg_rechtsstand_info){q->id, q->name, q->gilt_ab, q->gilt_bis, q->quelle};
        memset(q->abzug_art, 0, sizeof q->abzug_art); /* Arbeitslohn stays 0: nur_betrag.c adds the year value */
        q->abzug_art[WG_ART_RENTE] = q->abzug_art[WG_ART_VERSORGUNGSBEZUG] = q->skalar[WG_S_PAUSCH_RENTE];
        q->abzug_art[WG_ART_KAPITAL] = q->skalar[WG_S_KAPITAL_FREI];
        const int64_t S = 10000000000LL, faktor = q->skalar[WG_S_FAKTOR];
        for (int k = 0; k < 12; k++)
            q->formel_kurz[k] = q->a[k] >= 0 && q->a[k] < S && q->b[k] >= 0 && q->b[k] < S && q->c[k] >= 0 &&
                                q->c[k] < S && faktor >= S && faktor < 10 * S;
    }
    e->erster_tag = erster;
    e->bekannt_bis = offen ? 0 : bis;

    for (int i = 0; i < WG_INDEX_JAHRE; i++) {
        int jahr = WG_INDEX_AB + i;
        e->an_pauschbetrag[i] = wg_jahreswert(&t->an_pauschbetrag, jahr, NULL);
        e->rbs1[i] = wg_jahreswert(&t->rbs1, jahr, NULL);
        for (int monat = 1; monat <= 12; monat++) {
            static const int tage[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int erster_tag = jahr * 10000 + monat * 100 + 1, letzter_tag = jahr * 10000 + monat * 100 + tage[monat - 1];
            const wg_periode *p = wg_periode_am(t, erster_tag);
            bool wechsel = wg_periode_am(t, letzter_tag) != p;
            for (int k = 0; k < t->anzahl_perioden; k++) {
                const wg_periode *q = &t->periode[k];
                if (q->szenario) continue;
                if ((q->ab > erster_tag && q->ab <= letzter_tag) || (q->bis && q->bis >= erster_tag && q->bis < letzter_tag))
                    wechsel = true;
            }
            e->monat_periode[i * 12 + monat - 1] = wechsel ? NULL : p;
        }
    }
}

const wg_periode *wg_periode_zum_stichtag(const wg_engine *e, const wg_datum *d)
{
    unsigned i = (unsigned)(d->jahr - WG_INDEX_AB) * 12u + (unsigned)(d->monat - 1);
    const wg_periode *p = i < WG_INDEX_JAHRE * 12u ? e->monat_periode[i] : NULL;
    return p ? p : wg_periode_am(&e->tabellen, wg_datum_tag(d));
}

const wg_periode *wg_periode_am(const wg_tabellen *t, int tag)
{
    const wg_periode *p = NULL;
    for (int i = 0; i < t->anzahl_perioden; i++) {
        const wg_periode *q = &t->periode[i];
        if (!q->szenario && q->ab <= tag && (q->bis == 0 || tag <= q->bis)) p = q;
    }
    return p;
}

void wg_hinweis_ungesichert(wg_ergebnis *r)
{
    wg_hinweis_neu(r, "rechtsstand_ungesichert",
                   "Für diesen Monat ist kein verabschiedetes Recht bekannt; angewandt wurde der letzte bekannte Rechtsstand.");
}

wg_status wg_rechtsstand_waehlen(wg_rechnung *c)
{
    const wg_tabellen *t = &c->e->tabellen;
    const wg_haushalt *h = c->h;
    int tag = wg_datum_tag(&h->stichtag);
    int erster = c->e->erster_tag;
    if (tag < erster)
        return wg_fehler_setzen(c->r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "stichtag",
                                "Stichtag vor dem %04d-%02d-%02d: für diesen Zeitraum ist kein Rechtsstand hinterlegt",
                                erster / 10000, erster / 100 % 100, erster % 100);
    const wg_periode *p = NULL;
    if (h->rechtsstand) {
        p = wg_tabellen_periode(t, h->rechtsstand);
        if (!p)
            return wg_fehler_setzen(c->r, WG_E_RECHTSSTAND_UNBEKANNT, "rechtsstand",
                                    "unbekannter Rechtsstand \"%.*s\"", wg_utf8_kurz(h->rechtsstand, 40), h->rechtsstand);
    } else {
        p = wg_periode_zum_stichtag(c->e, &h->stichtag);
        if (!p)
            return wg_fehler_setzen(c->r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "stichtag",
                                    "für diesen Stichtag ist kein Rechtsstand hinterlegt");
    }
    c->mietenstufe = h->mietenstufe;
    wg_ort_treffer treffer;
    bool nachgeschlagen = false;
    if (h->gemeinde) {
        /* § 12 Abs. 3–5 WoGG: the Mietenstufe of the Gemeinde from the WoGV list. Given together
         * with a mietenstufe, the two must agree (docs/entscheidungen.md: a contradiction is
         * feld_konflikt, never silently one or the other); before 2023 there is no list to
         * check against and the mietenstufe stands. */
        wg_fehler f;
        wg_status st = wg_mietenstufe_finden(t, h->gemeinde, tag, p, &treffer, &f);
        if (st == WG_OK) nachgeschlagen = true;
        else if (!(h->mietenstufe && st == WG_E_GEMEINDE_OHNE_LISTE))
            return wg_fehler_setzen(c->r, f.code, f.feld, "%s", f.meldung);
        if (nachgeschlagen && h->mietenstufe && treffer.stufe != h->mietenstufe)
            return wg_fehler_setzen(c->r, WG_E_FELD_KONFLIKT, "mietenstufe",
                                    "mietenstufe %d widerspricht der Gemeinde %s (%s): nach der Liste %s gilt Mietenstufe %d",
                                    h->mietenstufe, h->gemeinde, treffer.ort->name, treffer.liste->id, treffer.stufe);
        if (nachgeschlagen) c->mietenstufe = treffer.stufe;
    }
    if (c->mietenstufe > p->anzahl_stufen)
        return wg_fehler_setzen(c->r, WG_E_MIETENSTUFE_UNGUELTIG, h->mietenstufe ? "mietenstufe" : "gemeinde",
                                "Rechtsstand %s kennt nur die Mietenstufen 1 bis %d (§ 12 Abs. 5 WoGG)", p->id,
                                p->anzahl_stufen);
    c->p = p;
    c->jahr = h->stichtag.jahr;
    wg_ergebnis *r = c->r;
    r->rechtsstand = &p->info;
    r->mietenstufe = c->mietenstufe;
    if (h->gemeinde) wg_wert_setzen(r, WG_W_GEMEINDE, h->gemeinde);
    if (nachgeschlagen) {
        char zeile[32];
        snprintf(zeile, sizeof zeile, "%s %s", treffer.ort->art == WG_ORT_KREIS ? "kreis" : treffer.ort->art == WG_ORT_INSEL ? "insel" : "gemeinde",
                 treffer.ort->ags[0] ? treffer.ort->ags : "-");
        wg_wert_setzen(r, WG_W_GEMEINDE_ZEILE, zeile);
        wg_wert_setzen(r, WG_W_GEMEINDE_NAME, treffer.ort->name);
        wg_wert_setzen(r, WG_W_MIETENSTUFENLISTE, treffer.liste->id);
        snprintf(zeile, sizeof zeile, "%d", c->mietenstufe);
        wg_schritt_neu(c, "§ 12 Abs. 3 bis 5 WoGG, Anlage zu § 1 Abs. 3 WoGV", zeile,
                       "Mietenstufe für Gemeindeschlüssel %s: %s (%s, %s); Liste %s, %s%s", h->gemeinde,
                       treffer.ort->name, treffer.ort->land, treffer.wie, treffer.liste->id, treffer.liste->quelle,
                       h->mietenstufe ? "; stimmt mit der angegebenen mietenstufe überein" : "");
    } else if (h->gemeinde) {
        wg_schritt_neu(c, "§ 12 Abs. 5 WoGG", "",
                       "mietenstufe angegeben; für diesen Stichtag gibt es keine Liste mit Gemeindeschlüsseln, gemeinde %s "
                       "nicht geprüft", h->gemeinde);
    }
    wg_schritt_neu(c, "§ 0 Rechenweg (Rechtsstand)", p->id, "Rechtsstand %s (%s, %s), %s für den Stichtag %04d-%02d-%02d",
                   p->id, p->name, p->quelle, h->rechtsstand ? "vorgegeben" : "gültig", h->stichtag.jahr,
                   h->stichtag.monat, h->stichtag.tag);
    if (p->szenario)
        wg_hinweis_neu(r, "szenario_entwurf",
                       "Berechnet nach einem nicht verabschiedeten Gesetzentwurf; kein geltendes Recht.");
    else if (c->e->bekannt_bis && tag > c->e->bekannt_bis)
        wg_hinweis_ungesichert(r);
    return WG_OK;
}
