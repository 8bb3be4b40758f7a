/*
 * ergebnis.c — the result object: the derivation values, the steps (herleitung.schritte),
 * hints and errors, and the public accessors that read them. The names and texts of the codes
 * are in katalog.c.
 *
 * Exports: the builders of ergebnis.h and rechnung.h (wgi_schritt_anhaengen, wgi_ergebnis_aus_kurz), and the public
 * wg_ergebnis_* accessors of wohngeld.h.
 *
 * All text of one result lives in one growing arena that is reused by the next computation
 * with the same result object, so a bulk run allocates only until the largest household has
 * been seen. An allocation failure is remembered (speicher_fehlt) and turned into WG_E_SPEICHER
 * by wg_berechnen; nothing here aborts.
 */
#include "regeln.h"
#include "rechnung.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- building a result ---- */

void wgi_ergebnis_zuruecksetzen(wg_ergebnis *r)
{
    r->status = WG_OK;
    memset(&r->fehler, 0, sizeof r->fehler);
    r->anspruch = false;
    r->wohngeld = 0;
    r->grund = WG_GRUND_KEINER;
    r->rechtsstand = NULL;
    r->n = r->n_gesamt = r->n_tab = r->n_kap = r->mietenstufe = -1;
    r->gesetzt = 0;
    r->anzahl_hinweise = 0;
    r->anzahl_schritte = 0;
    r->arena_len = 0;
    r->speicher_fehlt = false;
    r->bezug_gesetzt = false;
    r->id = wgi_arena_text(r, "", 0);
}

size_t wgi_arena_text(wg_ergebnis *r, const char *s, size_t len)
{
    if (r->arena_len + len + 1 > r->arena_kap) {
        size_t kap = r->arena_kap ? r->arena_kap : 4096;
        while (r->arena_len + len + 1 > kap) kap *= 2;
        char *neu = realloc(r->arena, kap);
        if (!neu) { r->speicher_fehlt = true; return 0; }
        r->arena = neu;
        r->arena_kap = kap;
    }
    size_t off = r->arena_len;
    if (len) memcpy(r->arena + off, s, len);
    r->arena[off + len] = '\0';
    r->arena_len += len + 1;
    return off;
}

const char *wgi_wert_text(wg_ergebnis *r, wg_wert w)
{
    if (!(r->gesetzt >> w & 1u)) return "";
    switch (r->art[w]) {
    case WGI_ART_FEST: wgi_dezimal_schreiben(r->wert[w], r->zahl[w], r->stellen[w]); break;
    case WGI_ART_BETRAG: wgi_dezimal_schreiben_kurz(r->wert[w], r->zahl[w], 4, 2); break;
    case WGI_ART_KOEFF: wgi_dezimal_schreiben_kurz(r->wert[w], r->zahl[w], 10, 0); break;
    default: return r->wert[w];
    }
    r->art[w] = WGI_ART_TEXT;
    return r->wert[w];
}

void wgi_wert_koeffizient(wg_ergebnis *r, wg_wert w, wgi_z10 v)
{
    r->zahl[w] = v;
    r->art[w] = WGI_ART_KOEFF;
    r->gesetzt |= 1u << w;
}

void wgi_wert_setzen(wg_ergebnis *r, wg_wert w, const char *s)
{
    r->art[w] = WGI_ART_TEXT;
    size_t n = strlen(s);
    if (n >= sizeof r->wert[w]) n = sizeof r->wert[w] - 1;
    memcpy(r->wert[w], s, n);
    r->wert[w][n] = '\0';
    wgi_utf8_ende_reparieren(r->wert[w]);
    r->gesetzt |= 1u << w;
}

void wgi_wert_dezimal(wg_ergebnis *r, wg_wert w, wgi_z10 v, int stellen)
{
    r->zahl[w] = v;
    r->stellen[w] = (unsigned char)stellen;
    r->art[w] = WGI_ART_FEST;
    r->gesetzt |= 1u << w;
}

const char *wgi_betrag_text(char *buf, wgi_b4 v)
{
    wgi_dezimal_schreiben_kurz(buf, v, 4, 2);
    return buf;
}

const char *wgi_z10_text(char *buf, wgi_z10 v)
{
    wgi_dezimal_schreiben(buf, v, 10);
    return buf;
}

void wgi_wert_betrag(wg_ergebnis *r, wg_wert w, wgi_b4 v)
{
    r->zahl[w] = v;
    r->art[w] = WGI_ART_BETRAG;
    r->gesetzt |= 1u << w;
}

void wgi_schritt_anhaengen(wgi_rechnung *c, const char *paragraph, const char *wert, const char *fmt, ...)
{
    wg_ergebnis *r = c->r;
    if (r->anzahl_schritte == r->kap_schritte) {
        size_t kap = r->kap_schritte ? r->kap_schritte * 2 : 64;
        schritt_intern *neu = realloc(r->schritte_i, kap * sizeof *neu);
        if (!neu) { r->speicher_fehlt = true; return; }
        r->schritte_i = neu;
        wg_schritt *neu2 = realloc(r->schritte, kap * sizeof *neu2);
        if (!neu2) { r->speicher_fehlt = true; return; }
        r->schritte = neu2;
        r->kap_schritte = kap;
    }
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof text) {
        wgi_utf8_ende_reparieren(text);
        n = (int)strlen(text);
    }
    schritt_intern *s = &r->schritte_i[r->anzahl_schritte];
    s->paragraph = paragraph;
    s->text = wgi_arena_text(r, text, (size_t)n);
    s->wert = wgi_arena_text(r, wert ? wert : "", wert ? strlen(wert) : 0);
    if (!r->speicher_fehlt) r->anzahl_schritte++;
}

void wgi_hinweis_fest(wg_ergebnis *r, const char *code, const char *text)
{
    if (r->anzahl_hinweise < sizeof r->hinweis / sizeof r->hinweis[0]) {
        r->hinweis_art[r->anzahl_hinweise] = 0;
        r->hinweis[r->anzahl_hinweise++] = (wg_hinweis){code, text};
    }
}

void wgi_hinweis_zahlen(wg_ergebnis *r, const char *code, unsigned art, const int64_t *z, size_t n)
{
    if (r->anzahl_hinweise < sizeof r->hinweis / sizeof r->hinweis[0]) {
        const size_t i = r->anzahl_hinweise++;
        r->hinweis_art[i] = (unsigned char)art;
        memcpy(r->hinweis_zahl[i], z, (n < 6 ? n : 6) * sizeof z[0]);
        r->hinweis[i] = (wg_hinweis){code, NULL};
    }
}

void wgi_hinweis_neu(wg_ergebnis *r, const char *code, const char *text)
{
    if (r->anzahl_hinweise < sizeof r->hinweis / sizeof r->hinweis[0]) {
        r->hinweis_art[r->anzahl_hinweise] = 0;
        char *t = r->hinweis_text[r->anzahl_hinweise];
        size_t n = strlen(text);
        if (n >= sizeof r->hinweis_text[0]) n = sizeof r->hinweis_text[0] - 1;
        memcpy(t, text, n);
        t[n] = '\0';
        wgi_utf8_ende_reparieren(t);
        r->hinweis[r->anzahl_hinweise++] = (wg_hinweis){code, t};
    }
}

wg_status wgi_fehler_setzen(wg_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
{
    r->status = code;
    r->fehler.code = code;
    snprintf(r->fehler.feld, sizeof r->fehler.feld, "%s", feld ? feld : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->fehler.meldung, sizeof r->fehler.meldung, fmt, ap);
    va_end(ap);
    wgi_utf8_ende_reparieren(r->fehler.meldung);
    wgi_utf8_ende_reparieren(r->fehler.feld);
    return code;
}

/* ---- public accessors ---- */

wg_ergebnis *wg_ergebnis_neu(void)
{
    wg_ergebnis *r = calloc(1, sizeof *r);
    if (r) wgi_ergebnis_zuruecksetzen(r);
    return r;
}

void wg_ergebnis_frei(wg_ergebnis *r)
{
    if (!r) return;
    free(r->arena);
    free(r->schritte_i);
    free(r->schritte);
    free(r->monate);
    free(r);
}

/* Every reader takes NULL (docs/api.md "Arguments"): WG_E_ARGUMENT, NULL, "", false, 0 or −1. */
wg_status wg_ergebnis_status(const wg_ergebnis *r) { return r ? r->status : WG_E_ARGUMENT; }
const wg_fehler *wg_ergebnis_fehler(const wg_ergebnis *r) { return r && r->status != WG_OK ? &r->fehler : NULL; }
const char *wg_ergebnis_id(const wg_ergebnis *r) { return r && r->arena ? r->arena + r->id : ""; }
bool wg_ergebnis_anspruch(const wg_ergebnis *r) { return r && r->anspruch; }
int64_t wg_ergebnis_wohngeld_monat(const wg_ergebnis *r) { return r ? r->wohngeld : 0; }
wg_grund wg_ergebnis_grund(const wg_ergebnis *r) { return r ? r->grund : WG_GRUND_KEINER; }
const wg_rechtsstand_info *wg_ergebnis_rechtsstand(const wg_ergebnis *r)
{
    return r ? r->rechtsstand : NULL;
}
const wg_auslegung *wg_ergebnis_auslegung(const wg_ergebnis *r) { return r ? &r->auslegung : NULL; }
const char *wg_ergebnis_wert(const wg_ergebnis *r, wg_wert w)
{
    /* formatting on first access writes into the result: a result belongs to one thread */
    return r && (unsigned)w < WG_W_ANZAHL && (r->gesetzt >> w & 1u) ? wgi_wert_text((wg_ergebnis *)r, w) : NULL;
}
int wg_ergebnis_n(const wg_ergebnis *r) { return r ? r->n : -1; }
int wg_ergebnis_n_gesamt(const wg_ergebnis *r) { return r ? r->n_gesamt : -1; }
int wg_ergebnis_n_tab(const wg_ergebnis *r) { return r ? r->n_tab : -1; }
int wg_ergebnis_n_kap(const wg_ergebnis *r) { return r ? r->n_kap : -1; }
int wg_ergebnis_mietenstufe(const wg_ergebnis *r) { return r ? r->mietenstufe : -1; }
size_t wg_ergebnis_anzahl_schritte(const wg_ergebnis *r) { return r ? r->anzahl_schritte : 0; }
const wg_schritt *wg_ergebnis_schritt(const wg_ergebnis *r, size_t i)
{
    return r && i < r->anzahl_schritte ? &r->schritte[i] : NULL;
}
size_t wg_ergebnis_anzahl_hinweise(const wg_ergebnis *r) { return r ? r->anzahl_hinweise : 0; }
const wg_hinweis *wg_ergebnis_hinweis(const wg_ergebnis *r, size_t i)
{
    if (!r || i >= r->anzahl_hinweise) return NULL;
    if (r->hinweis_art[i]) {
        /* formatting on first access writes into the result: a result belongs to one thread */
        wg_ergebnis *w = (wg_ergebnis *)r;
        wgi_hinweis_text(w->hinweis_art[i], w->hinweis_zahl[i], w->hinweis_text[i]);
        w->hinweis[i].text = w->hinweis_text[i];
        w->hinweis_art[i] = 0;
    }
    return &r->hinweis[i];
}
const char *wg_ergebnis_hinweis_code(const wg_ergebnis *r, size_t i)
{
    return r && i < r->anzahl_hinweise ? r->hinweis[i].code : NULL;
}

void wgi_hinweis_ungesichert(wg_ergebnis *r)
{
    wgi_hinweis_fest(r, "rechtsstand_ungesichert",
                   "Für diesen Monat ist kein verabschiedetes Recht bekannt; angewandt wurde der letzte bekannte Rechtsstand.");
}

/* The result of the bulk walk (wg_kurz) for household h: the reset of wgi_ergebnis_zuruecksetzen
 * without its arena call where the id fits, the id, the Auslegung, and what the walk found. The
 * result's layout is this file's: every path fills it here. False when memory ran out. */
bool wgi_ergebnis_aus_kurz(wg_ergebnis *r, const wg_haushalt *h, const wg_kurz *k)
{
    r->status = WG_OK;
    r->fehler.code = WG_OK;
    r->anzahl_hinweise = 0;
    r->anzahl_schritte = 0;
    r->gesetzt = 0;
    r->speicher_fehlt = false;
    r->bezug_gesetzt = false;
    /* the id, copied into the result's arena (wgi_arena_text, without its call when it fits) */
    const char *id = h->id ? h->id : "";
    size_t id_len = strlen(id);
    r->id = 0;
    if (id_len < r->arena_kap) {
        memcpy(r->arena, id, id_len + 1);
        r->arena_len = id_len + 1;
    } else {
        r->arena_len = 0;
        r->id = wgi_arena_text(r, id, id_len);
        if (r->speicher_fehlt) return false;
    }
    r->auslegung = h->auslegung;
    r->rechtsstand = k->rechtsstand;
    r->mietenstufe = k->mietenstufe;
    if (k->rechtsstand_ungesichert) wgi_hinweis_ungesichert(r);
    r->n = k->n;
    r->n_gesamt = k->n_gesamt;
    r->n_tab = k->n_tab;
    r->n_kap = k->n_kap;
    r->anspruch = k->anspruch;
    r->wohngeld = k->wohngeld_monat;
    r->grund = k->grund;
    return true;
}

/* § 24 Abs. 3 WoGG with § 27 Abs. 3: the basis and the reporting limits (calc/meldepflicht.c). */
wg_status wg_ergebnis_bezug(const wg_ergebnis *r, wg_bezug *b)
{
    if (!r || !b || r->status != WG_OK || !r->bezug_gesetzt) return WG_E_ARGUMENT;
    memset(b, 0, sizeof *b);
    b->prozent = r->bezug_prozent;
    b->miete_gesetzt = r->bezug_miete;
    b->miete_monat_cent = r->bezug_miete ? r->bezug_miete_cent : 0;
    b->miete_unter_cent = r->bezug_miete ? wgi_meldegrenze_miete(r->bezug_miete_cent, r->bezug_prozent) : -1;
    b->einkuenfte_gesetzt = r->bezug_einkuenfte;
    if (r->bezug_einkuenfte) {
        /* a twelfth of the yearly sum, rounded half up to the cent (12 × 100 b4 per cent) */
        b->einkuenfte_monat_cent = (int64_t)((r->bezug_einkuenfte_jahr + 6 * WGI_B4_CENT) / (12 * WGI_B4_CENT));
        b->einkuenfte_ueber_cent = wgi_meldegrenze_einkuenfte(r->bezug_einkuenfte_jahr, r->bezug_prozent);
    }
    return WG_OK;
}
