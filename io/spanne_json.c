/*
 * spanne_json.c — the results of the screening as JSON (docs/vorpruefung.md §§ 2, 3): the range
 * of a partial record (wg_json_spanne_schreiben, full and short) and the thresholds of a
 * complete household (wg_json_schwellen_schreiben). Fixed key order, like every result.
 */
#include "ausgabe.h"
#include "puffer.h"
#include "vokabular.h"
#include "wohngeld_json.h"


#include <string.h>

void wgi_json_haushalt_anhaengen(wgi_puffer *p, const wg_haushalt *h);
void wgi_json_engine_teil(wgi_puffer *p, const wg_engine *e);          /* ergebnis_json.c */
void wgi_json_rechtsstand_teil(wgi_puffer *p, const wg_rechtsstand_info *rs);

static void text(wgi_puffer *p, const char *s) { wgi_puffer_json_text(p, s, strlen(s)); }

static void id_teil(wgi_puffer *p, const char *id)
{
    if (id && id[0]) text(p, id);
    else wgi_puffer_cstr(p, "null");
}

/* {"feld","richtung","cent","betrag"} — cent and betrag null when the claim does not depend
 * on the field inside its interval */
static void schwelle_teil(wgi_puffer *p, const wg_schwelle *s, bool voll)
{
    wgi_puffer_cstr(p, "{\"feld\":");
    text(p, s->feld);
    wgi_puffer_cstr(p, s->ab ? ",\"richtung\":\"ab\",\"cent\":" : ",\"richtung\":\"bis\",\"cent\":");
    if (s->gesetzt) wgi_puffer_ganz(p, s->cent);
    else wgi_puffer_cstr(p, "null");
    if (voll) {
        wgi_puffer_cstr(p, ",\"betrag\":");
        if (s->gesetzt) {
            wgi_puffer_zeichen(p, '"');
            wgi_puffer_cent(p, s->cent);
            wgi_puffer_zeichen(p, '"');
        } else {
            wgi_puffer_cstr(p, "null");
        }
        if (s->bei) {
            wgi_puffer_cstr(p, ",\"bei\":");
            wgi_json_haushalt_anhaengen(p, s->bei);
        }
    }
    wgi_puffer_zeichen(p, '}');
}

/* the hints of the maximum's witness; one that reads a value the record leaves open holds only
 * at that witness and says so ("nur_bei_zeuge": true, docs/vorpruefung.md § 5) */
static void hinweise_teil(wgi_puffer *p, const wg_ergebnis *r, const bool *nur_zeuge, bool voll)
{
    wgi_puffer_cstr(p, ",\"hinweise\":[");
    for (size_t i = 0; r && i < wg_ergebnis_anzahl_hinweise(r); i++) {
        wgi_puffer_cstr(p, i ? ",{\"code\":" : "{\"code\":");
        text(p, wg_ergebnis_hinweis_code(r, i));
        if (nur_zeuge && nur_zeuge[i]) wgi_puffer_cstr(p, ",\"nur_bei_zeuge\":true");
        if (voll) {
            wgi_puffer_cstr(p, ",\"text\":");
            text(p, wg_ergebnis_hinweis(r, i)->text);
        }
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_zeichen(p, ']');
}

const char *wg_json_spanne_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_spanne *s, bool voll,
                                     size_t *len)
{
    if (!j || !s) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    wgi_puffer_cstr(p, voll ? "{\"format\":\"wohngeld-ergebnis/1\",\"id\":" : "{\"id\":");
    id_teil(p, id);
    wgi_puffer_cstr(p, ",\"status\":\"ok\",\"anspruch\":");
    wgi_puffer_cstr(p, s->einstufung == WG_ANSPRUCH_SICHER ? "true" : s->einstufung == WG_KEIN_ANSPRUCH_SICHER ? "false" : "null");
    wgi_puffer_cstr(p, ",\"wohngeld_monat\":null,\"grund\":null,\"rechtsstand\":");
    const wg_rechtsstand_info *rs = s->ergebnis_max ? wg_ergebnis_rechtsstand(s->ergebnis_max) : NULL;
    if (!rs) {
        wgi_puffer_cstr(p, "null");
    } else if (!voll) {
        text(p, rs->id);
    } else {
        wgi_json_rechtsstand_teil(p, rs);
    }
    wgi_puffer_cstr(p, ",\"spanne\":{\"einstufung\":");
    text(p, wg_einstufung_code(s->einstufung));
    wgi_puffer_cstr(p, ",\"wohngeld_min\":");
    wgi_puffer_ganz(p, s->wohngeld_min);
    wgi_puffer_cstr(p, ",\"wohngeld_max\":");
    wgi_puffer_ganz(p, s->wohngeld_max);
    if (s->zeitraum) {
        wgi_puffer_cstr(p, ",\"summe_min\":");
        wgi_puffer_ganz(p, s->summe_min);
        wgi_puffer_cstr(p, ",\"summe_max\":");
        wgi_puffer_ganz(p, s->summe_max);
    }
    wgi_puffer_cstr(p, ",\"schwellen\":[");
    for (size_t i = 0; i < s->anzahl_schwellen; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        schwelle_teil(p, &s->schwellen[i], voll);
    }
    wgi_puffer_cstr(p, "],\"fehlt\":[");
    for (size_t i = 0; i < s->anzahl_fehlt; i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        text(p, s->fehlt[i]);
    }
    /* the same in words, for a letter (docs/vorpruefung.md § 2) */
    wgi_puffer_cstr(p, "],\"fehlt_text\":[");
    for (size_t i = 0; i < s->anzahl_fehlt; i++) {
        char w[200];
        wgi_feld_in_worten(s->fehlt[i], w, sizeof w);
        if (i) wgi_puffer_zeichen(p, ',');
        text(p, w);
    }
    wgi_puffer_zeichen(p, ']');
    if (s->offen_grund) {
        wgi_puffer_cstr(p, ",\"offen_grund\":");
        text(p, s->offen_grund);
    }
    wgi_puffer_cstr(p, ",\"einkommen_bis\":");
    if (s->hat_einkommen_bis) {
        wgi_puffer_cstr(p, "{\"feld\":\"gesamteinkommen_monat\",\"cent\":");
        wgi_puffer_ganz(p, s->einkommen_bis_cent);
        wgi_puffer_cstr(p, ",\"betrag\":\"");
        wgi_puffer_cent(p, s->einkommen_bis_cent);
        wgi_puffer_cstr(p, "\"}");
    } else {
        wgi_puffer_cstr(p, "null");
    }
    if (voll) {
        const struct { const char *name; const wg_haushalt *h; } zeugen[] = {
            {"min_bei", s->min_bei}, {"max_bei", s->max_bei}, {"summe_min_bei", s->summe_min_bei}, {"summe_max_bei", s->summe_max_bei}};
        for (size_t i = 0; i < sizeof zeugen / sizeof zeugen[0]; i++) {
            if (!zeugen[i].h) continue;
            wgi_puffer_cstr(p, ",\"");
            wgi_puffer_cstr(p, zeugen[i].name);
            wgi_puffer_cstr(p, "\":");
            wgi_json_haushalt_anhaengen(p, zeugen[i].h);
        }
        wgi_puffer_cstr(p, ",\"auswertungen\":");
        wgi_puffer_ganz(p, (int64_t)s->auswertungen);
    }
    wgi_puffer_zeichen(p, '}');
    hinweise_teil(p, s->ergebnis_max, s->hinweis_nur_bei_zeuge, voll);
    if (voll) wgi_json_engine_teil(p, e);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}

const char *wg_json_schwellen_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_schwellen_info *s,
                                        size_t *len)
{
    if (!j || !s) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-schwellen/1\",\"id\":");
    id_teil(p, id);
    wgi_puffer_cstr(p, ",\"status\":\"ok\"");
    const struct { const char *name; const wg_schwelle *s; } teile[] = {
        {"miete_ab", &s->miete_ab}, {"miete_wirksam_bis", &s->miete_wirksam_bis}, {"einkommen_bis", &s->einkommen_bis},
        {"feld", &s->feld}};
    for (size_t i = 0; i < sizeof teile / sizeof teile[0]; i++) {
        if (!teile[i].s->feld) continue;
        wgi_puffer_cstr(p, ",\"");
        wgi_puffer_cstr(p, teile[i].name);
        wgi_puffer_cstr(p, "\":");
        schwelle_teil(p, teile[i].s, true);
    }
    wgi_json_engine_teil(p, e);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}
