/*
 * bescheid_json.c — one decision as a "wohngeld-bescheid/1" record (docs/bescheide.md § 2, the
 * contract for case systems): the numbers as fields, the letter's German sentences beside them,
 * the calculation annex, the reasons for a person and the fields of behoerde.json used.
 *
 * Exports (bescheid_intern.h): bs_json; wg_bescheide_fehler_json (public).
 */
#include "bescheid_intern.h"

#include <stdio.h>
#include <string.h>

static void text(wgi_puffer *p, const char *s) { wgi_puffer_json_text(p, s ? s : "", strlen(s ? s : "")); }
static void key(wgi_puffer *p, const char *k)
{
    wgi_puffer_zeichen(p, ',');
    text(p, k);
    wgi_puffer_zeichen(p, ':');
}
static void datum(wgi_puffer *p, wg_datum d)
{
    char b[16];
    text(p, bs_iso(b, d));
}
static void cent(wgi_puffer *p, int64_t c)
{
    wgi_puffer_zeichen(p, '"');
    wgi_puffer_cent(p, c);
    wgi_puffer_zeichen(p, '"');
}
static void wahr(wgi_puffer *p, bool w) { wgi_puffer_cstr(p, w ? "true" : "false"); }

static void tenor(wgi_puffer *p, const wg_tenor_zeile *t, size_t n)
{
    wgi_puffer_zeichen(p, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"von\":");
        datum(p, t[i].von);
        key(p, "bis");
        datum(p, t[i].bis);
        key(p, "wohngeld_monat");
        wgi_puffer_ganz(p, t[i].wohngeld_monat);
        key(p, "rechtsstand");
        if (t[i].rechtsstand && t[i].rechtsstand[0]) text(p, t[i].rechtsstand);
        else wgi_puffer_cstr(p, "null"); /* a month after § 28: no law computes an amount */
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_zeichen(p, ']');
}

static void kopf(wgi_puffer *p, const char *id)
{
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-bescheid/1\",\"id\":");
    if (id && id[0]) text(p, id);
    else wgi_puffer_cstr(p, "null");
}

const char *bs_json(wg_bescheide *b, const bs_brief *x, size_t *len)
{
    wgi_puffer *p = &b->aus;
    wgi_puffer_leeren(p);
    kopf(p, x->info.id);
    key(p, "status");
    text(p, "ok");
    key(p, "nummer");
    wgi_puffer_ganz(p, x->nummer);
    key(p, "art");
    text(p, wg_bescheid_art_name(x->info.art));
    key(p, "nach_anhoerung");
    wahr(p, x->info.nach_anhoerung);
    key(p, "vollautomatisch");
    wahr(p, x->info.vollautomatisch);
    key(p, "behoerde");
    text(p, wg_behoerde_name(b->k));
    key(p, "datum");
    datum(p, x->datum);
    key(p, "bekanntgabe");
    datum(p, x->bekanntgabe);
    key(p, "wirksam");
    if (x->hat_wirksam) datum(p, x->wirksam);
    else wgi_puffer_cstr(p, "null");
    key(p, "empfaenger");
    if (b->empf_name || b->empf_zeilen || b->empf_aktenzeichen) {
        wgi_puffer_cstr(p, "{\"name\":");
        if (b->empf_name) text(p, b->empf_name);
        else wgi_puffer_cstr(p, "null");
        key(p, "aktenzeichen");
        if (b->empf_aktenzeichen) text(p, b->empf_aktenzeichen);
        else wgi_puffer_cstr(p, "null");
        key(p, "anschrift");
        wgi_puffer_zeichen(p, '[');
        for (size_t i = 0; i < b->empf_zeilen; i++) {
            if (i) wgi_puffer_zeichen(p, ',');
            text(p, b->empf_anschrift[i]);
        }
        wgi_puffer_cstr(p, "]}");
    } else {
        wgi_puffer_cstr(p, "null");
    }
    key(p, "betreff");
    text(p, x->betreff);
    key(p, "tenor");
    /* a hearing has no Tenor: its lines are what it intends (beabsichtigt) */
    if (x->info.art == WG_BESCHEID_ANHOERUNG) {
        wgi_puffer_cstr(p, "[]");
        key(p, "beabsichtigt");
    }
    tenor(p, x->tenor, x->info.anzahl_tenor);
    key(p, "tenor_text");
    if (x->tenor_text) text(p, x->tenor_text);
    else wgi_puffer_cstr(p, "null");
    key(p, "abgelehnt");
    wgi_puffer_zeichen(p, '[');
    for (size_t i = 0; i < x->anzahl_abgelehnt; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"von\":");
        datum(p, x->abgelehnt[i].von);
        key(p, "bis");
        datum(p, x->abgelehnt[i].bis);
        key(p, "grund");
        text(p, x->abgelehnt[i].grund);
        key(p, "norm");
        text(p, x->abgelehnt[i].norm);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_zeichen(p, ']');
    key(p, "bezug");
    if (x->bezug) {
        wgi_puffer_cstr(p, "{\"miete_monat\":");
        cent(p, x->miete_monat);
        key(p, "einkuenfte_monat");
        cent(p, x->einkuenfte_monat);
        wgi_puffer_cstr(p, "},\"meldegrenzen\":{\"prozent\":");
        wgi_puffer_ganz(p, x->prozent);
        key(p, "miete_unter");
        cent(p, x->miete_unter);
        key(p, "einkuenfte_ueber");
        cent(p, x->einkuenfte_ueber);
        wgi_puffer_zeichen(p, '}');
    } else {
        wgi_puffer_cstr(p, "null,\"meldegrenzen\":null");
    }
    key(p, "erstattung");
    if (x->erstattung || x->info.erstattung) {
        wgi_puffer_cstr(p, "{\"betrag\":");
        wgi_puffer_ganz(p, x->info.erstattung);
        key(p, "ueberzahlung");
        wgi_puffer_ganz(p, x->ueberzahlung);
        key(p, "faellig");
        if (x->info.erstattung > 0 && x->faellig.jahr) datum(p, x->faellig);
        else wgi_puffer_cstr(p, "null");
        key(p, "schuldner");
        wgi_puffer_zeichen(p, '[');
        for (size_t i = 0; i < x->anzahl_schuldner; i++) {
            if (i) wgi_puffer_zeichen(p, ',');
            text(p, x->schuldner[i]);
        }
        wgi_puffer_cstr(p, "],\"monate\":[");
        for (size_t i = 0; i < x->anzahl_monate; i++) {
            const bs_monat_geld *m = &x->monate[i];
            char mo[16];
            snprintf(mo, sizeof mo, "%04d-%02d", m->jahr % 10000, m->monat % 100);
            if (i) wgi_puffer_zeichen(p, ',');
            wgi_puffer_cstr(p, "{\"monat\":");
            text(p, mo);
            key(p, "gezahlt");
            wgi_puffer_ganz(p, m->gezahlt);
            key(p, "zusteht");
            wgi_puffer_ganz(p, m->zusteht);
            key(p, "differenz");
            wgi_puffer_ganz(p, m->differenz);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "]}");
    } else {
        wgi_puffer_cstr(p, "null");
    }
    key(p, "anhoerung");
    if (x->hat_frist) {
        wgi_puffer_cstr(p, "{\"frist\":");
        datum(p, x->frist);
        key(p, "tage");
        wgi_puffer_ganz(p, x->frist_tage);
        wgi_puffer_zeichen(p, '}');
    } else {
        wgi_puffer_cstr(p, "null");
    }
    key(p, "einladung");
    if (x->einladung) {
        wgi_puffer_cstr(p, "{\"wohngeld_min\":");
        wgi_puffer_ganz(p, x->wohngeld_min);
        key(p, "wohngeld_max");
        wgi_puffer_ganz(p, x->wohngeld_max);
        key(p, "schwellen");
        wgi_puffer_zeichen(p, '[');
        for (size_t i = 0; i < x->anzahl_schwellen; i++) {
            if (i) wgi_puffer_zeichen(p, ',');
            wgi_puffer_cstr(p, "{\"feld\":");
            text(p, x->schwellen[i].feld);
            key(p, "art");
            text(p, x->schwellen[i].ab ? "ab" : "bis");
            key(p, "betrag");
            cent(p, x->schwellen[i].cent);
            key(p, "text");
            text(p, x->schwellen[i].text);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "],\"fehlt\":[");
        for (size_t i = 0; i < x->anzahl_fehlt; i++) {
            if (i) wgi_puffer_zeichen(p, ',');
            wgi_puffer_cstr(p, "{\"feld\":");
            text(p, x->fehlt[i].feld);
            key(p, "unterlage");
            text(p, x->fehlt[i].unterlage);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "]}");
    } else {
        wgi_puffer_cstr(p, "null");
    }
    key(p, "rechtsweg");
    if (x->rechtsweg) text(p, x->rechtsweg);
    else wgi_puffer_cstr(p, "null");
    key(p, "texte");
    wgi_puffer_zeichen(p, '[');
    for (size_t i = 0; i < x->anzahl_absaetze; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"titel\":");
        text(p, x->absatz[i].titel);
        key(p, "norm");
        text(p, x->absatz[i].norm);
        key(p, "text");
        text(p, x->absatz[i].text);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"anlage\":[");
    for (size_t i = 0; i < x->anzahl_anlagen; i++) {
        const bs_anlage *a = &x->anlage[i];
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"titel\":");
        text(p, a->titel);
        key(p, "rechtsstand");
        text(p, a->rechtsstand);
        key(p, "quelle");
        text(p, a->rechtsstand_quelle);
        key(p, "wohngeld_monat");
        wgi_puffer_ganz(p, a->wohngeld_monat);
        key(p, "schritte");
        wgi_puffer_zeichen(p, '[');
        for (size_t k = 0; k < a->anzahl; k++) {
            if (k) wgi_puffer_zeichen(p, ',');
            wgi_puffer_cstr(p, "{\"paragraph\":");
            text(p, a->schritte[k].paragraph);
            key(p, "text");
            text(p, a->schritte[k].text);
            key(p, "wert");
            text(p, a->schritte[k].wert);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "]}");
    }
    wgi_puffer_cstr(p, "],\"aussteuerung\":[");
    for (size_t i = 0; i < x->anzahl_gruende; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"code\":");
        text(p, x->gruende[i].code);
        key(p, "norm");
        text(p, x->gruende[i].norm);
        key(p, "text");
        text(p, x->gruende[i].text);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"konfiguration\":[");
    for (size_t i = 0; i < x->anzahl_konfig; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        text(p, x->konfig[i]);
    }
    wgi_puffer_cstr(p, "]}");
    if (p->fehler) return NULL;
    if (len) *len = p->len;
    wgi_puffer_zeichen(p, '\0');
    p->len--;
    return p->daten;
}

const char *wg_bescheide_fehler_json(wg_bescheide *b, size_t *len)
{
    if (!b) return NULL;
    wgi_puffer *p = &b->aus;
    wgi_puffer_leeren(p);
    kopf(p, b->id);
    wgi_puffer_cstr(p, ",\"status\":\"fehler\",\"fehler\":{\"code\":");
    text(p, wg_status_code(b->fehler.code));
    key(p, "feld");
    text(p, b->fehler.feld);
    key(p, "meldung");
    text(p, b->fehler.meldung);
    wgi_puffer_cstr(p, "}}");
    if (p->fehler) return NULL;
    if (len) *len = p->len;
    wgi_puffer_zeichen(p, '\0');
    p->len--;
    return p->daten;
}
