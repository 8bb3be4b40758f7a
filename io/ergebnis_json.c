/*
 * ergebnis_json.c — a result as JSON (records.md "Result"), written through the public accessors
 * only, so the JSON edge needs nothing of the core's internals. Key order is fixed, so the same
 * result always gives the same bytes (auditors diff them; batch runs compare them).
 */
#include "puffer.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <string.h>

wg_puffer *wg_json_ausgabe(wg_json *j);
wg_puffer *wg_json_schoen(wg_json *j);

static void schluessel(wg_puffer *p, const char *k)
{
    wg_puffer_zeichen(p, '"');
    wg_puffer_cstr(p, k);
    wg_puffer_text(p, "\":", 2);
}

static void text(wg_puffer *p, const char *s) { wg_puffer_json_text(p, s, strlen(s)); }

static void monat_text(wg_puffer *p, int jahr, int monat)
{
    char b[16];
    int n = snprintf(b, sizeof b, "\"%04d-%02d\"", jahr, monat);
    wg_puffer_text(p, b, (size_t)n);
}

static void grund_teil(wg_puffer *p, wg_grund g);

/* "monate", "abschnitte", "summe" of a Bewilligungszeitraum (records.md) */
static void zeitraum_teil(wg_puffer *p, const wg_ergebnis *r)
{
    const wg_monat *erster = wg_ergebnis_monat(r, 0);
    const wg_monat *letzter = wg_ergebnis_monat(r, wg_ergebnis_anzahl_monate(r) - 1);
    wg_puffer_cstr(p, ",\"zeitraum\":{\"von\":");
    monat_text(p, erster->jahr, erster->monat);
    wg_puffer_cstr(p, ",\"bis\":");
    monat_text(p, letzter->jahr, letzter->monat);
    wg_puffer_cstr(p, "},\"monate\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(r); i++) {
        const wg_monat *m = wg_ergebnis_monat(r, i);
        if (i) wg_puffer_zeichen(p, ',');
        wg_puffer_cstr(p, "{\"monat\":");
        monat_text(p, m->jahr, m->monat);
        wg_puffer_cstr(p, ",\"rechtsstand\":");
        text(p, m->rechtsstand);
        wg_puffer_cstr(p, ",\"anspruch\":");
        wg_puffer_cstr(p, m->anspruch ? "true" : "false");
        wg_puffer_cstr(p, ",\"wohngeld_monat\":");
        wg_puffer_ganz(p, m->wohngeld_monat);
        wg_puffer_cstr(p, ",\"grund\":");
        grund_teil(p, m->grund);
        const char *namen[6] = {"M", "Y", "z1", "z2", "z3", "z4"};
        const char *werte[6] = {m->M, m->Y, m->z1, m->z2, m->z3, m->z4};
        for (int k = 0; k < 6; k++) {
            if (!werte[k]) continue;
            wg_puffer_zeichen(p, ',');
            schluessel(p, namen[k]);
            text(p, werte[k]);
        }
        wg_puffer_zeichen(p, '}');
    }
    wg_puffer_cstr(p, "],\"abschnitte\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_abschnitte(r); i++) {
        const wg_abschnitt *a = wg_ergebnis_abschnitt(r, i);
        if (i) wg_puffer_zeichen(p, ',');
        wg_puffer_cstr(p, "{\"von\":");
        monat_text(p, a->von_jahr, a->von_monat);
        wg_puffer_cstr(p, ",\"bis\":");
        monat_text(p, a->bis_jahr, a->bis_monat);
        wg_puffer_cstr(p, ",\"rechtsstand\":");
        text(p, a->rechtsstand);
        wg_puffer_cstr(p, ",\"wohngeld_monat\":");
        wg_puffer_ganz(p, a->wohngeld_monat);
        wg_puffer_zeichen(p, '}');
    }
    wg_puffer_cstr(p, "],\"summe\":");
    wg_puffer_ganz(p, wg_ergebnis_summe(r));
}

static void engine_teil(wg_puffer *p, const wg_engine *e)
{
    wg_puffer_cstr(p, ",\"engine\":{\"version\":");
    text(p, wg_version());
    wg_puffer_cstr(p, ",\"tabellen\":");
    text(p, e ? wg_engine_tabellen_pruefsumme(e) : "");
    wg_puffer_zeichen(p, '}');
}

static void fehler_teil(wg_puffer *p, const wg_fehler *f)
{
    wg_puffer_cstr(p, ",\"status\":\"fehler\",\"fehler\":{\"code\":");
    text(p, wg_status_code(f->code));
    wg_puffer_cstr(p, ",\"feld\":");
    text(p, f->feld);
    wg_puffer_cstr(p, ",\"meldung\":");
    text(p, f->meldung);
    wg_puffer_zeichen(p, '}');
}

static void grund_teil(wg_puffer *p, wg_grund g)
{
    if (g == WG_GRUND_KEINER) {
        wg_puffer_cstr(p, "null");
        return;
    }
    wg_puffer_cstr(p, "{\"code\":");
    text(p, wg_grund_code(g));
    wg_puffer_cstr(p, ",\"text\":");
    text(p, wg_grund_text(g));
    wg_puffer_zeichen(p, '}');
}

const char *wg_json_fehler_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_fehler *f, size_t *len)
{
    wg_puffer *p = wg_json_ausgabe(j);
    wg_puffer_leeren(p);
    wg_puffer_cstr(p, "{\"format\":\"wohngeld-ergebnis/1\",\"id\":");
    if (id) text(p, id);
    else wg_puffer_cstr(p, "null");
    fehler_teil(p, f);
    engine_teil(p, e);
    wg_puffer_zeichen(p, '}');
    if (p->fehler) return NULL;
    *len = p->len;
    return p->daten;
}

const char *wg_json_ergebnis_schreiben(wg_json *j, const wg_engine *e, const wg_ergebnis *r, size_t *len)
{
    if (wg_ergebnis_status(r) != WG_OK) {
        const char *id = wg_ergebnis_id(r);
        return wg_json_fehler_schreiben(j, e, id[0] ? id : NULL, wg_ergebnis_fehler(r), len);
    }
    wg_puffer *p = wg_json_ausgabe(j);
    wg_puffer_leeren(p);
    wg_puffer_cstr(p, "{\"format\":\"wohngeld-ergebnis/1\",\"id\":");
    const char *id = wg_ergebnis_id(r);
    if (id[0]) text(p, id);
    else wg_puffer_cstr(p, "null");
    wg_puffer_cstr(p, ",\"status\":\"ok\",\"anspruch\":");
    wg_puffer_cstr(p, wg_ergebnis_anspruch(r) ? "true" : "false");
    wg_puffer_cstr(p, ",\"wohngeld_monat\":");
    wg_puffer_ganz(p, wg_ergebnis_wohngeld_monat(r));
    wg_puffer_cstr(p, ",\"grund\":");
    grund_teil(p, wg_ergebnis_grund(r));
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(r);
    wg_puffer_cstr(p, ",\"rechtsstand\":{\"id\":");
    text(p, rs->id);
    wg_puffer_cstr(p, ",\"name\":");
    text(p, rs->name);
    wg_puffer_cstr(p, ",\"gilt_ab\":");
    text(p, rs->gilt_ab);
    wg_puffer_cstr(p, ",\"gilt_bis\":");
    if (rs->gilt_bis[0]) text(p, rs->gilt_bis);
    else wg_puffer_cstr(p, "null");
    wg_puffer_cstr(p, ",\"quelle\":");
    text(p, rs->quelle);
    const wg_auslegung *a = wg_ergebnis_auslegung(r);
    wg_puffer_cstr(p, "},\"auslegung\":{\"zwischenrundung\":");
    wg_puffer_cstr(p, a->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? "\"abschneiden\"" : "\"kaufmaennisch\"");
    wg_puffer_cstr(p, ",\"deckelung_auf_miete\":");
    wg_puffer_cstr(p, a->deckelung_auf_miete ? "true" : "false");
    wg_puffer_cstr(p, ",\"ueber_12_mitglieder\":");
    wg_puffer_cstr(p, a->ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL ? "\"tatsaechliche_zahl\"" : "\"werte_fuer_12\"");
    wg_puffer_cstr(p, ",\"mindestmiete_nach_entlastung\":");
    wg_puffer_cstr(p, a->mindestmiete_nach_entlastung ? "true" : "false");

    wg_puffer_cstr(p, "},\"herleitung\":{");
    bool erstes = true;
    struct { const char *name; int v; } zahlen[] = {{"n", wg_ergebnis_n(r)}, {"n_gesamt", wg_ergebnis_n_gesamt(r)},
                                                   {"n_tab", wg_ergebnis_n_tab(r)}, {"n_kap", wg_ergebnis_n_kap(r)},
                                                   {"mietenstufe", wg_ergebnis_mietenstufe(r)}};
    for (size_t i = 0; i < sizeof zahlen / sizeof zahlen[0]; i++) {
        if (zahlen[i].v < 0) continue;
        if (!erstes) wg_puffer_zeichen(p, ',');
        erstes = false;
        schluessel(p, zahlen[i].name);
        wg_puffer_ganz(p, zahlen[i].v);
    }
    for (int w = 0; w < WG_W_ANZAHL; w++) {
        const char *v = wg_ergebnis_wert(r, (wg_wert)w);
        if (!v) continue;
        if (!erstes) wg_puffer_zeichen(p, ',');
        erstes = false;
        schluessel(p, wg_wert_name((wg_wert)w));
        text(p, v);
    }
    if (!erstes) wg_puffer_zeichen(p, ',');
    wg_puffer_cstr(p, "\"schritte\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_schritte(r); i++) {
        const wg_schritt *s = wg_ergebnis_schritt(r, i);
        if (i) wg_puffer_zeichen(p, ',');
        wg_puffer_cstr(p, "{\"paragraph\":");
        text(p, s->paragraph);
        wg_puffer_cstr(p, ",\"text\":");
        text(p, s->text);
        wg_puffer_cstr(p, ",\"wert\":");
        text(p, s->wert);
        wg_puffer_zeichen(p, '}');
    }
    wg_puffer_cstr(p, "]},\"hinweise\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        const wg_hinweis *h = wg_ergebnis_hinweis(r, i);
        if (i) wg_puffer_zeichen(p, ',');
        wg_puffer_cstr(p, "{\"code\":");
        text(p, h->code);
        wg_puffer_cstr(p, ",\"text\":");
        text(p, h->text);
        wg_puffer_zeichen(p, '}');
    }
    wg_puffer_zeichen(p, ']');
    if (wg_ergebnis_hat_zeitraum(r)) zeitraum_teil(p, r);
    engine_teil(p, e);
    wg_puffer_zeichen(p, '}');
    if (p->fehler) return NULL;
    *len = p->len;
    return p->daten;
}

/* Re-indents compact JSON (two spaces a level); strings are copied untouched. */
const char *wg_json_einruecken(wg_json *j, const char *s, size_t len, size_t *out_len)
{
    wg_puffer *p = wg_json_schoen(j);
    wg_puffer_leeren(p);
    int tiefe = 0;
    bool in_text = false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (in_text) {
            wg_puffer_zeichen(p, ch);
            if (ch == '\\' && i + 1 < len) wg_puffer_zeichen(p, s[++i]);
            else if (ch == '"') in_text = false;
            continue;
        }
        switch (ch) {
        case '"':
            in_text = true;
            wg_puffer_zeichen(p, ch);
            break;
        case '{':
        case '[':
            wg_puffer_zeichen(p, ch);
            if (i + 1 < len && (s[i + 1] == '}' || s[i + 1] == ']')) {
                wg_puffer_zeichen(p, s[++i]);
                break;
            }
            tiefe++;
            wg_puffer_zeichen(p, '\n');
            for (int k = 0; k < tiefe; k++) wg_puffer_text(p, "  ", 2);
            break;
        case '}':
        case ']':
            tiefe--;
            wg_puffer_zeichen(p, '\n');
            for (int k = 0; k < tiefe; k++) wg_puffer_text(p, "  ", 2);
            wg_puffer_zeichen(p, ch);
            break;
        case ',':
            wg_puffer_zeichen(p, ',');
            wg_puffer_zeichen(p, '\n');
            for (int k = 0; k < tiefe; k++) wg_puffer_text(p, "  ", 2);
            break;
        case ':':
            wg_puffer_text(p, ": ", 2);
            break;
        default:
            wg_puffer_zeichen(p, ch);
        }
    }
    if (p->fehler) return NULL;
    *out_len = p->len;
    return p->daten;
}

/* The short result of a bulk run (--ausgabe-umfang kurz, docs/batch.md "Output"). One shape per
 * line type, each key with the same type as in the full result:
 *   ok:     {"id","status":"ok","anspruch","wohngeld_monat","grund":null|{"code"},"rechtsstand",
 *            ["summe" of a zeitraum,] "hinweise":[{"code"},…]}
 *   fehler: {"id","status":"fehler","fehler":{"code","feld","meldung"}}
 * The texts of grund and hints are in the full result and in records.md; the engine's version
 * and table checksum are in the run's summary. */
static void kurz_hinweise(wg_puffer *p, const wg_ergebnis *r)
{
    wg_puffer_cstr(p, ",\"hinweise\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        wg_puffer_cstr(p, i ? ",{\"code\":" : "{\"code\":");
        text(p, wg_ergebnis_hinweis(r, i)->code);
        wg_puffer_zeichen(p, '}');
    }
    wg_puffer_zeichen(p, ']');
}

static void kurz_id(wg_puffer *p, const char *id)
{
    wg_puffer_cstr(p, "{\"id\":");
    if (id && id[0]) text(p, id);
    else wg_puffer_cstr(p, "null");
}

const char *wg_json_kurz_fehler_schreiben(wg_json *j, const char *id, const wg_fehler *f, size_t *len)
{
    wg_puffer *p = wg_json_ausgabe(j);
    wg_puffer_leeren(p);
    kurz_id(p, id);
    fehler_teil(p, f);
    wg_puffer_zeichen(p, '}');
    if (p->fehler) return NULL;
    *len = p->len;
    return p->daten;
}

const char *wg_json_kurz_schreiben(wg_json *j, const wg_ergebnis *r, size_t *len)
{
    if (wg_ergebnis_status(r) != WG_OK) return wg_json_kurz_fehler_schreiben(j, wg_ergebnis_id(r), wg_ergebnis_fehler(r), len);
    wg_puffer *p = wg_json_ausgabe(j);
    wg_puffer_leeren(p);
    kurz_id(p, wg_ergebnis_id(r));
    wg_puffer_cstr(p, ",\"status\":\"ok\",\"anspruch\":");
    wg_puffer_cstr(p, wg_ergebnis_anspruch(r) ? "true" : "false");
    wg_puffer_cstr(p, ",\"wohngeld_monat\":");
    wg_puffer_ganz(p, wg_ergebnis_wohngeld_monat(r));
    wg_puffer_cstr(p, ",\"grund\":");
    wg_grund g = wg_ergebnis_grund(r);
    if (g == WG_GRUND_KEINER) {
        wg_puffer_cstr(p, "null");
    } else {
        wg_puffer_cstr(p, "{\"code\":");
        text(p, wg_grund_code(g));
        wg_puffer_zeichen(p, '}');
    }
    wg_puffer_cstr(p, ",\"rechtsstand\":");
    text(p, wg_ergebnis_rechtsstand(r)->id);
    if (wg_ergebnis_hat_zeitraum(r)) {
        wg_puffer_cstr(p, ",\"summe\":");
        wg_puffer_ganz(p, wg_ergebnis_summe(r));
    }
    kurz_hinweise(p, r);
    wg_puffer_zeichen(p, '}');
    if (p->fehler) return NULL;
    *len = p->len;
    return p->daten;
}
