/*
 * ergebnis_json.c — a result as JSON (records.md "Result"), written through the public accessors
 * only, so the JSON edge needs nothing of the core's internals. Key order is fixed, so the same
 * result always gives the same bytes (auditors diff them; batch runs compare them).
 */
#include "ausgabe.h"
#include "puffer.h"
#include "vokabular.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <string.h>


static void schluessel(wgi_puffer *p, const char *k)
{
    wgi_puffer_zeichen(p, '"');
    wgi_puffer_cstr(p, k);
    wgi_puffer_text(p, "\":", 2);
}

static void text(wgi_puffer *p, const char *s) { wgi_puffer_json_text(p, s, strlen(s)); }
/* An amount in cents as an exact decimal string ("552.49"), like the derivation's values. */
static void cent_text(wgi_puffer *p, int64_t cent)
{
    wgi_puffer_zeichen(p, '"');
    wgi_puffer_cent(p, cent);
    wgi_puffer_zeichen(p, '"');
}

static void monat_text(wgi_puffer *p, int jahr, int monat)
{
    char b[16];
    int n = snprintf(b, sizeof b, "\"%04d-%02d\"", jahr, monat);
    wgi_puffer_text(p, b, (size_t)n);
}

static void grund_teil(wgi_puffer *p, wg_grund g);

/* "monate", "abschnitte", "summe" of a Bewilligungszeitraum (records.md) */
static void zeitraum_teil(wgi_puffer *p, const wg_ergebnis *r)
{
    const wg_monat *erster = wg_ergebnis_monat(r, 0);
    const wg_monat *letzter = wg_ergebnis_monat(r, wg_ergebnis_anzahl_monate(r) - 1);
    wgi_puffer_cstr(p, ",\"zeitraum\":{\"von\":");
    monat_text(p, erster->jahr, erster->monat);
    wgi_puffer_cstr(p, ",\"bis\":");
    monat_text(p, letzter->jahr, letzter->monat);
    wgi_puffer_cstr(p, "},\"monate\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(r); i++) {
        const wg_monat *m = wg_ergebnis_monat(r, i);
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"monat\":");
        monat_text(p, m->jahr, m->monat);
        wgi_puffer_cstr(p, ",\"rechtsstand\":");
        text(p, m->rechtsstand);
        wgi_puffer_cstr(p, ",\"anspruch\":");
        wgi_puffer_cstr(p, m->anspruch ? "true" : "false");
        wgi_puffer_cstr(p, ",\"wohngeld_monat\":");
        wgi_puffer_ganz(p, m->wohngeld_monat);
        wgi_puffer_cstr(p, ",\"grund\":");
        grund_teil(p, m->grund);
        const char *namen[6] = {"M", "Y", "z1", "z2", "z3", "z4"};
        const char *werte[6] = {m->M, m->Y, m->z1, m->z2, m->z3, m->z4};
        for (int k = 0; k < 6; k++) {
            if (!werte[k]) continue;
            wgi_puffer_zeichen(p, ',');
            schluessel(p, namen[k]);
            text(p, werte[k]);
        }
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"abschnitte\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_abschnitte(r); i++) {
        const wg_abschnitt *a = wg_ergebnis_abschnitt(r, i);
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"von\":");
        monat_text(p, a->von_jahr, a->von_monat);
        wgi_puffer_cstr(p, ",\"bis\":");
        monat_text(p, a->bis_jahr, a->bis_monat);
        wgi_puffer_cstr(p, ",\"rechtsstand\":");
        text(p, a->rechtsstand);
        wgi_puffer_cstr(p, ",\"wohngeld_monat\":");
        wgi_puffer_ganz(p, a->wohngeld_monat);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"summe\":");
    wgi_puffer_ganz(p, wg_ergebnis_summe(r));
}

/* The parts every result writer of io/ shares (also spanne_json.c). */
void wgi_json_engine_teil(wgi_puffer *p, const wg_engine *e);
void wgi_json_rechtsstand_teil(wgi_puffer *p, const wg_rechtsstand_info *rs);

/* "rechtsstand":{…} as its value: id, name, validity, source */
void wgi_json_rechtsstand_teil(wgi_puffer *p, const wg_rechtsstand_info *rs)
{
    wgi_puffer_cstr(p, "{\"id\":");
    text(p, rs->id);
    wgi_puffer_cstr(p, ",\"name\":");
    text(p, rs->name);
    wgi_puffer_cstr(p, ",\"gilt_ab\":");
    text(p, rs->gilt_ab);
    wgi_puffer_cstr(p, ",\"gilt_bis\":");
    if (rs->gilt_bis[0]) text(p, rs->gilt_bis);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"quelle\":");
    text(p, rs->quelle);
    wgi_puffer_zeichen(p, '}');
}


void wgi_json_engine_teil(wgi_puffer *p, const wg_engine *e)
{
    wgi_puffer_cstr(p, ",\"engine\":{\"version\":");
    text(p, wg_version());
    wgi_puffer_cstr(p, ",\"tabellen\":");
    text(p, e ? wg_engine_tabellen_pruefsumme(e) : "");
    wgi_puffer_zeichen(p, '}');
}

void wgi_json_fehler_teil(wgi_puffer *p, const wg_fehler *f);
void wgi_json_fehler_teil(wgi_puffer *p, const wg_fehler *f)
{
    wgi_puffer_cstr(p, ",\"status\":\"fehler\",\"fehler\":{\"code\":");
    text(p, wg_status_code(f->code));
    wgi_puffer_cstr(p, ",\"feld\":");
    text(p, f->feld);
    wgi_puffer_cstr(p, ",\"meldung\":");
    text(p, f->meldung);
    wgi_puffer_zeichen(p, '}');
}

static void grund_teil(wgi_puffer *p, wg_grund g)
{
    if (g == WG_GRUND_KEINER) {
        wgi_puffer_cstr(p, "null");
        return;
    }
    wgi_puffer_cstr(p, "{\"code\":");
    text(p, wg_grund_code(g));
    wgi_puffer_cstr(p, ",\"text\":");
    text(p, wg_grund_text(g));
    wgi_puffer_zeichen(p, '}');
}

/* The error record of a result format ("wohngeld-ergebnis/1", "wohngeld-fall-ergebnis/1"):
 * format, id, status "fehler" with code, feld and meldung, engine. (Also fall_json.c.) */
const char *wgi_json_fehlersatz(wg_json *j, const wg_engine *e, const char *format, const char *id, const wg_fehler *f,
                                size_t *len);
const char *wgi_json_fehlersatz(wg_json *j, const wg_engine *e, const char *format, const char *id, const wg_fehler *f,
                                size_t *len)
{
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    wgi_puffer_cstr(p, "{\"format\":");
    text(p, format);
    wgi_puffer_cstr(p, ",\"id\":");
    if (id) text(p, id);
    else wgi_puffer_cstr(p, "null");
    wgi_json_fehler_teil(p, f);
    wgi_json_engine_teil(p, e);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}

const char *wg_json_fehler_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_fehler *f, size_t *len)
{
    if (!j || !f) return NULL;
    return wgi_json_fehlersatz(j, e, "wohngeld-ergebnis/1", id, f, len);
}

/* "bescheid": the basis a Bewilligungsbescheid states (§ 24 Abs. 3 WoGG) and the reporting limits
 * of § 27 Abs. 3 as amounts (wg_ergebnis_bezug; docs/records.md "Result"); null members where the
 * record does not give the value. */
static void bescheid_teil(wgi_puffer *p, const wg_ergebnis *r)
{
    wg_bezug b;
    if (wg_ergebnis_bezug(r, &b) != WG_OK) return;
    wgi_puffer_cstr(p, ",\"bescheid\":{\"miete_9\":");
    if (b.miete_gesetzt) cent_text(p, b.miete_monat_cent);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"einkuenfte_14\":");
    if (b.einkuenfte_gesetzt) cent_text(p, b.einkuenfte_monat_cent);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"meldegrenzen\":{\"prozent\":");
    wgi_puffer_ganz(p, b.prozent);
    wgi_puffer_cstr(p, ",\"miete_unter\":");
    if (b.miete_gesetzt && b.miete_unter_cent >= 0) cent_text(p, b.miete_unter_cent);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"einkuenfte_ueber\":");
    if (b.einkuenfte_gesetzt) cent_text(p, b.einkuenfte_ueber_cent);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, "}}");
}

const char *wg_json_ergebnis_schreiben(wg_json *j, const wg_engine *e, const wg_ergebnis *r, size_t *len)
{
    if (!j || !r) return NULL;
    if (wg_ergebnis_status(r) != WG_OK) {
        const char *id = wg_ergebnis_id(r);
        return wg_json_fehler_schreiben(j, e, id[0] ? id : NULL, wg_ergebnis_fehler(r), len);
    }
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-ergebnis/1\",\"id\":");
    const char *id = wg_ergebnis_id(r);
    if (id[0]) text(p, id);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"status\":\"ok\",\"anspruch\":");
    wgi_puffer_cstr(p, wg_ergebnis_anspruch(r) ? "true" : "false");
    wgi_puffer_cstr(p, ",\"wohngeld_monat\":");
    wgi_puffer_ganz(p, wg_ergebnis_wohngeld_monat(r));
    wgi_puffer_cstr(p, ",\"grund\":");
    grund_teil(p, wg_ergebnis_grund(r));
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(r);
    wgi_puffer_cstr(p, ",\"rechtsstand\":");
    wgi_json_rechtsstand_teil(p, rs);
    const wg_auslegung *a = wg_ergebnis_auslegung(r);
    wgi_puffer_cstr(p, ",\"auslegung\":{\"zwischenrundung\":");
    text(p, wgi_zwischenrundung_namen[a->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN]);
    wgi_puffer_cstr(p, ",\"deckelung_auf_miete\":");
    wgi_puffer_cstr(p, a->deckelung_auf_miete ? "true" : "false");
    wgi_puffer_cstr(p, ",\"ueber_12_mitglieder\":");
    text(p, wgi_ueber12_namen[a->ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL]);
    wgi_puffer_cstr(p, ",\"mindestmiete_nach_entlastung\":");
    wgi_puffer_cstr(p, a->mindestmiete_nach_entlastung ? "true" : "false");

    wgi_puffer_cstr(p, "},\"herleitung\":{");
    bool erstes = true;
    struct { const char *name; int v; } zahlen[] = {{"n", wg_ergebnis_n(r)}, {"n_gesamt", wg_ergebnis_n_gesamt(r)},
                                                   {"n_tab", wg_ergebnis_n_tab(r)}, {"n_kap", wg_ergebnis_n_kap(r)},
                                                   {"mietenstufe", wg_ergebnis_mietenstufe(r)}};
    for (size_t i = 0; i < sizeof zahlen / sizeof zahlen[0]; i++) {
        if (zahlen[i].v < 0) continue;
        if (!erstes) wgi_puffer_zeichen(p, ',');
        erstes = false;
        schluessel(p, zahlen[i].name);
        wgi_puffer_ganz(p, zahlen[i].v);
    }
    for (int w = 0; w < WG_W_ANZAHL; w++) {
        const char *v = wg_ergebnis_wert(r, (wg_wert)w);
        if (!v) continue;
        if (!erstes) wgi_puffer_zeichen(p, ',');
        erstes = false;
        schluessel(p, wg_wert_name((wg_wert)w));
        text(p, v);
    }
    if (!erstes) wgi_puffer_zeichen(p, ',');
    wgi_puffer_cstr(p, "\"schritte\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_schritte(r); i++) {
        const wg_schritt *s = wg_ergebnis_schritt(r, i);
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"paragraph\":");
        text(p, s->paragraph);
        wgi_puffer_cstr(p, ",\"text\":");
        text(p, s->text);
        wgi_puffer_cstr(p, ",\"wert\":");
        text(p, s->wert);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "]},\"hinweise\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        const wg_hinweis *h = wg_ergebnis_hinweis(r, i);
        if (i) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"code\":");
        text(p, h->code);
        wgi_puffer_cstr(p, ",\"text\":");
        text(p, h->text);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_zeichen(p, ']');
    bescheid_teil(p, r);
    if (wg_ergebnis_hat_zeitraum(r)) zeitraum_teil(p, r);
    wgi_json_engine_teil(p, e);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}

/* Re-indents compact JSON (two spaces a level); strings are copied untouched. */
const char *wg_json_einruecken(wg_json *j, const char *s, size_t len, size_t *out_len)
{
    if (!j || !s) return NULL;
    wgi_puffer *p = wgi_json_schoen(j);
    wgi_puffer_leeren(p);
    int tiefe = 0;
    bool in_text = false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (in_text) {
            wgi_puffer_zeichen(p, ch);
            if (ch == '\\' && i + 1 < len) wgi_puffer_zeichen(p, s[++i]);
            else if (ch == '"') in_text = false;
            continue;
        }
        switch (ch) {
        case '"':
            in_text = true;
            wgi_puffer_zeichen(p, ch);
            break;
        case '{':
        case '[':
            wgi_puffer_zeichen(p, ch);
            if (i + 1 < len && (s[i + 1] == '}' || s[i + 1] == ']')) {
                wgi_puffer_zeichen(p, s[++i]);
                break;
            }
            tiefe++;
            wgi_puffer_zeichen(p, '\n');
            for (int k = 0; k < tiefe; k++) wgi_puffer_text(p, "  ", 2);
            break;
        case '}':
        case ']':
            tiefe--;
            wgi_puffer_zeichen(p, '\n');
            for (int k = 0; k < tiefe; k++) wgi_puffer_text(p, "  ", 2);
            wgi_puffer_zeichen(p, ch);
            break;
        case ',':
            wgi_puffer_zeichen(p, ',');
            wgi_puffer_zeichen(p, '\n');
            for (int k = 0; k < tiefe; k++) wgi_puffer_text(p, "  ", 2);
            break;
        case ':':
            wgi_puffer_text(p, ": ", 2);
            break;
        default:
            wgi_puffer_zeichen(p, ch);
        }
    }
    return wgi_json_fertig(p, out_len);
}

/* The short result of a bulk run (--ausgabe-umfang kurz, docs/batch.md "Output"). One shape per
 * line type, each key with the same type as in the full result:
 *   ok:     {"id","status":"ok","anspruch","wohngeld_monat","grund":null|{"code"},"rechtsstand",
 *            ["summe" of a zeitraum,] "hinweise":[{"code"},…]}
 *   fehler: {"id","status":"fehler","fehler":{"code","feld","meldung"}}
 * The texts of grund and hints are in the full result and in records.md; the engine's version
 * and table checksum are in the run's summary. */
static void kurz_hinweise(wgi_puffer *p, const wg_ergebnis *r)
{
    wgi_puffer_cstr(p, ",\"hinweise\":[");
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        wgi_puffer_cstr(p, i ? ",{\"code\":" : "{\"code\":");
        text(p, wg_ergebnis_hinweis_code(r, i));
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_zeichen(p, ']');
}

static void kurz_id(wgi_puffer *p, const char *id)
{
    wgi_puffer_cstr(p, "{\"id\":");
    if (id && id[0]) text(p, id);
    else wgi_puffer_cstr(p, "null");
}

const char *wg_json_kurz_fehler_schreiben(wg_json *j, const char *id, const wg_fehler *f, size_t *len)
{
    if (!j || !f) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    kurz_id(p, id);
    wgi_json_fehler_teil(p, f);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}

const char *wg_json_kurz_schreiben(wg_json *j, const wg_ergebnis *r, size_t *len)
{
    if (!j || !r) return NULL;
    if (wg_ergebnis_status(r) != WG_OK) return wg_json_kurz_fehler_schreiben(j, wg_ergebnis_id(r), wg_ergebnis_fehler(r), len);
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    kurz_id(p, wg_ergebnis_id(r));
    wgi_puffer_cstr(p, ",\"status\":\"ok\",\"anspruch\":");
    wgi_puffer_cstr(p, wg_ergebnis_anspruch(r) ? "true" : "false");
    wgi_puffer_cstr(p, ",\"wohngeld_monat\":");
    wgi_puffer_ganz(p, wg_ergebnis_wohngeld_monat(r));
    wgi_puffer_cstr(p, ",\"grund\":");
    wg_grund g = wg_ergebnis_grund(r);
    if (g == WG_GRUND_KEINER) {
        wgi_puffer_cstr(p, "null");
    } else {
        wgi_puffer_cstr(p, "{\"code\":");
        text(p, wg_grund_code(g));
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, ",\"rechtsstand\":");
    text(p, wg_ergebnis_rechtsstand(r)->id);
    if (wg_ergebnis_hat_zeitraum(r)) {
        wgi_puffer_cstr(p, ",\"summe\":");
        wgi_puffer_ganz(p, wg_ergebnis_summe(r));
    }
    kurz_hinweise(p, r);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}
