/*
 * fall_ergebnis.c — the result of a running case: its error, its growing lists (decisions, hints, reasons for a person) and the texts of money, percentages and days in them.
 *
 * Exports (fall_intern.h): wgi_fall_fehl, wgi_fall_wachsen, wgi_fall_euro_text, wgi_fall_prozent_text, wgi_fall_entscheidung_neu, wgi_fall_hinweis, wgi_fall_aussteuern, wgi_fall_wann, wgi_fall_entscheidungen_sortieren, wgi_fall_zeiger_setzen.
 */
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


wg_status wgi_fall_fehl(wg_fall_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
{
    r->status = r->fehler.code = code;
    snprintf(r->fehler.feld, sizeof r->fehler.feld, "%s", feld);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->fehler.meldung, sizeof r->fehler.meldung, fmt, ap);
    va_end(ap);
    return code;
}

bool wgi_fall_wachsen(void **p, size_t *kap, size_t noetig, size_t groesse)
{
    if (noetig <= *kap) return true;
    size_t k = *kap ? *kap * 2 : 16;
    while (k < noetig) k *= 2;
    void *neu = realloc(*p, k * groesse);
    if (!neu) return false;
    *p = neu;
    *kap = k;
    return true;
}

/* ---- money and percentages as text ---- */

/* a b4 amount in EUR, exact: "1234.5" → "1234.50" (at least two places) */
void wgi_fall_euro_text(char *buf, wgi_b4 v) { wgi_dezimal_schreiben_kurz(buf, v, 4, 2); }

/* (neu − alt) / alt in percent, two places, half away from zero; "" when alt is 0 */
void wgi_fall_prozent_text(char *buf, wgi_b4 alt, wgi_b4 neu)
{
    if (alt == 0) { buf[0] = '\0'; return; }
    wgi_z10 z = wgi_div_runden((wgi_z10)(neu - alt) * 10000, alt, WGI_RUNDEN_HALB_WEG_VON_NULL);
    wgi_dezimal_schreiben(buf, z, 2);
}

/* ---- one computation ---- */

entscheidung_intern *wgi_fall_entscheidung_neu(wg_fall_ergebnis *r, const char *regel, int verlauf)
{
    if (!wgi_fall_wachsen((void **)&r->ent, &r->kap_ent, r->anzahl_ent + 1, sizeof *r->ent)) return NULL;
    entscheidung_intern *x = &r->ent[r->anzahl_ent++];
    memset(x, 0, sizeof *x);
    x->pub.regel = regel;
    x->pub.verlauf = verlauf;
    x->pub.gebunden = true;
    return x;
}


hinweis_intern *wgi_fall_hinweis(wg_fall_ergebnis *r, const char *code, const char *regel, int verlauf, const char *fmt, ...)
{
    if (!wgi_fall_wachsen((void **)&r->hin, &r->kap_hin, r->anzahl_hin + 1, sizeof *r->hin)) return NULL;
    hinweis_intern *x = &r->hin[r->anzahl_hin++];
    memset(x, 0, sizeof *x);
    x->pub.code = code;
    x->pub.regel = regel;
    x->pub.verlauf = verlauf;
    x->pub.quelle = verlauf >= 0 && r->fall ? r->fall->verlauf[verlauf].quelle : NULL;
    x->zustand = -3;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->wortlaut, sizeof x->wortlaut, fmt, ap);
    va_end(ap);
    return x;
}

/* A reason a person must decide (§ 31a SGB X), once per code and entry. */

void wgi_fall_aussteuern(wg_fall_ergebnis *r, const char *code, const char *norm, int verlauf, const char *fmt, ...)
{
    for (size_t i = 0; i < r->anzahl_aus; i++)
        if (strcmp(r->aus[i].pub.code, code) == 0 && r->aus[i].pub.verlauf == verlauf) return;
    if (!wgi_fall_wachsen((void **)&r->aus, &r->kap_aus, r->anzahl_aus + 1, sizeof *r->aus)) {
        r->status = WG_E_SPEICHER;
        return;
    }
    aussteuerung_intern *x = &r->aus[r->anzahl_aus++];
    memset(x, 0, sizeof *x);
    x->pub.code = code;
    x->pub.norm = norm;
    x->pub.verlauf = verlauf;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->wortlaut, sizeof x->wortlaut, fmt, ap);
    va_end(ap);
}

const char *wgi_fall_wann(char *buf, int t)
{
    if (t < 0) {
        snprintf(buf, 11, "%04d-%02d-%02d", t / 10000 % 10000, t / 100 % 100, t % 100);
        return buf;
    }
    /* "%04d-%02d-%02d" by hand: every decision of a case writes its dates */
    const int j = t / 10000 % 10000, m = t / 100 % 100, d = t % 100;
    const char text[11] = {(char)('0' + j / 1000), (char)('0' + j / 100 % 10), (char)('0' + j / 10 % 10), (char)('0' + j % 10), '-',
                           (char)('0' + m / 10), (char)('0' + m % 10), '-', (char)('0' + d / 10), (char)('0' + d % 10), '\0'};
    memcpy(buf, text, sizeof text);
    return buf;
}

void wgi_fall_entscheidungen_sortieren(wg_fall_ergebnis *r)
{
    for (size_t i = 1; i < r->anzahl_ent; i++) {
        entscheidung_intern x = r->ent[i];
        size_t j = i;
        while (j > 0 && wgi_datum_tag(&r->ent[j - 1].pub.wirksam) > wgi_datum_tag(&x.pub.wirksam)) {
            r->ent[j] = r->ent[j - 1];
            j--;
        }
        r->ent[j] = x;
    }
}

/* Pointers into the result's own arrays, set once they no longer move. */
void wgi_fall_zeiger_setzen(wg_fall_ergebnis *r)
{
    for (size_t i = 0; i < r->anzahl_ent; i++) {
        entscheidung_intern *x = &r->ent[i];
        x->pub.text = x->wortlaut;
        x->pub.miete.alt = x->texte[0];
        x->pub.miete.neu = x->texte[1];
        x->pub.miete.prozent = x->texte[2][0] ? x->texte[2] : NULL;
        x->pub.einkommen.alt = x->texte[3];
        x->pub.einkommen.neu = x->texte[4];
        x->pub.einkommen.prozent = x->texte[5][0] ? x->texte[5] : NULL;
    }
    for (size_t i = 0; i < r->anzahl_hin; i++) r->hin[i].pub.text = r->hin[i].wortlaut;
    for (size_t i = 0; i < r->anzahl_aus; i++) r->aus[i].pub.text = r->aus[i].wortlaut;
}
