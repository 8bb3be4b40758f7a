/*
 * fall_json.c — running cases in JSON (docs/laufende-faelle.md § 2, docs/records.md): the case
 * record "wohngeld-fall/1" to wg_fall, and the result "wohngeld-fall-ergebnis/1". Strict like
 * the household reader (every key defined, every error with its field); the households inside
 * are read by the household reader itself (lesen.h).
 *
 * Exports (public, wohngeld_json.h): wg_json_fall_lesen, wg_json_fall_ergebnis_schreiben,
 * wg_json_fall_fehler_schreiben.
 */
#include "json.h"
#include "lesen.h"
#include "ausgabe.h"
#include "puffer.h"
#include "wohngeld_fall.h"
#include "wohngeld_felder.h"
#include "wohngeld_json.h"
#include "zahl.h"

#include <stdio.h>
#include <string.h>

void wgi_json_engine_teil(wgi_puffer *p, const wg_engine *e);   /* ergebnis_json.c */
void wgi_json_fehler_teil(wgi_puffer *p, const wg_fehler *f);
const char *wgi_json_fehlersatz(wg_json *j, const wg_engine *e, const char *format, const char *id, const wg_fehler *f,
                                size_t *len);

/* ---- reading ---- */

static wg_status unbekannt(wg_fehler *fe, const char *basis, const j_wert *k)
{
    return wgi_json_fehler(fe, WG_E_FELD_UNBEKANNT, basis, "unbekanntes Feld \"%.*s\" (docs/records.md definiert es nicht)",
                           (int)(k->schluessel_len > 60 ? 60 : k->schluessel_len), k->schluessel);
}

static void *liste(wg_json *j, size_t n, size_t groesse) { return n ? j_arena(wgi_json_leser(j), n * groesse) : NULL; }

/* A field path into buf (n bytes, cut like snprintf): a, then — with b — "." and b[0..b_len),
 * then — with index ≥ 0 — "[index]". By hand (lesen.h): a case formats the path of every field
 * of its history before it reads it, and snprintf cost more than reading the field (issue 26). */
static const char *pfad_aus(char *buf, size_t n, const char *a, const char *b, size_t b_len, long index)
{
    if (n == 0) return buf;
    size_t k = 0;
    wgi_pfad_teil(buf, n, &k, a, strlen(a));
    if (b) {
        wgi_pfad_teil(buf, n, &k, ".", 1);
        wgi_pfad_teil(buf, n, &k, b, b_len);
    }
    if (index >= 0) wgi_pfad_index(buf, n, &k, index);
    buf[k] = '\0';
    return buf;
}

static wg_status ereignis_lesen(wg_json *j, const j_wert *o, const char *basis, wg_ereignis *ev, wg_fehler *fe)
{
    char feld[128];
    memset(ev, 0, sizeof *ev);
    if (o->typ != J_OBJEKT) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, basis, "Objekt erwartet");
    const j_wert *art = j_feld(o, "art");
    if (!art || art->typ == J_NULL) {
        snprintf(feld, sizeof feld, "%s.art", basis);
        return wgi_json_fehler(fe, WG_E_FELD_FEHLT, feld, "art des Ereignisses fehlt");
    }
    pfad_aus(feld, sizeof feld, basis, "art", 3, -1);
    const char *name;
    if (wgi_json_text(j, art, feld, &name, fe)) return fe->code;
    int a = -1;
    for (int i = 0; i < WG_EREIGNIS_ANZAHL; i++)
        if (strcmp(name, wg_ereignis_name((wg_ereignis_art)i)) == 0) a = i;
    if (a < 0)
        return wgi_json_fehler(fe, WG_E_ART_UNBEKANNT, feld, "unbekanntes Ereignis \"%.40s\" (auszug, einzug, tod, "
                               "transferleistung, nutzungsaufgabe, antrag_erhoehung)", name);
    ev->art = (wg_ereignis_art)a;
    const bool braucht_mitglied = a == WG_EREIGNIS_AUSZUG || a == WG_EREIGNIS_EINZUG || a == WG_EREIGNIS_TOD ||
                                  a == WG_EREIGNIS_TRANSFERLEISTUNG;
    bool mitglied = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL || j_schluessel_ist(k, "art")) continue;
        if (j_schluessel_ist(k, "mitglied") && braucht_mitglied) {
            snprintf(feld, sizeof feld, "%s.mitglied", basis);
            if (a == WG_EREIGNIS_EINZUG) {
                wg_mitglied *m = liste(j, 1, sizeof *m);
                if (!m) return wgi_json_fehler(fe, WG_E_SPEICHER, feld, "nicht genug Speicher");
                if (k->typ != J_OBJEKT) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, feld, "beim Einzug das Mitglied als Objekt erwartet");
                if (wgi_json_mitglied_objekt(j, k, feld, m, fe)) return fe->code;
                if (!m->id) {
                    snprintf(feld, sizeof feld, "%s.mitglied.id", basis);
                    return wgi_json_fehler(fe, WG_E_FELD_FEHLT, feld, "ein einziehendes Mitglied braucht eine id");
                }
                ev->mitglied_neu = m;
            } else if (wgi_json_text(j, k, feld, &ev->mitglied, fe)) {
                return fe->code;
            }
            mitglied = true;
        } else if (j_schluessel_ist(k, "datum") && a == WG_EREIGNIS_ANTRAG_ERHOEHUNG) {
            snprintf(feld, sizeof feld, "%s.datum", basis);
            if (wgi_json_datum(j, k, feld, &ev->datum, fe)) return fe->code;
            ev->hat_datum = true;
        } else {
            return unbekannt(fe, basis, k);
        }
    }
    if (braucht_mitglied && !mitglied) {
        snprintf(feld, sizeof feld, "%s.mitglied", basis);
        return wgi_json_fehler(fe, WG_E_FELD_FEHLT, feld, "das Ereignis %s nennt ein Mitglied", name);
    }
    return WG_OK;
}

static wg_status aenderung_lesen(wg_json *j, const j_wert *o, long i, wg_aenderung *a, wg_fehler *fe)
{
    char basis[48], feld[128];
    pfad_aus(basis, sizeof basis, "verlauf", NULL, 0, i);
    memset(a, 0, sizeof *a);
    if (o->typ != J_OBJEKT) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, basis, "Objekt erwartet");
    bool ab = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        pfad_aus(feld, sizeof feld, basis, k->schluessel, k->schluessel_len > 40 ? 40 : k->schluessel_len, -1);
        if (j_schluessel_ist(k, "ab")) {
            if (wgi_json_datum(j, k, feld, &a->ab, fe)) return fe->code;
            ab = true;
        } else if (j_schluessel_ist(k, "bis")) {
            if (wgi_json_datum(j, k, feld, &a->bis, fe)) return fe->code;
            a->hat_bis = true;
        } else if (j_schluessel_ist(k, "bekannt")) {
            if (wgi_json_datum(j, k, feld, &a->bekannt, fe)) return fe->code;
            a->hat_bekannt = true;
        } else if (j_schluessel_ist(k, "kenntnis_haushalt")) {
            if (wgi_json_datum(j, k, feld, &a->kenntnis_haushalt, fe)) return fe->code;
            a->hat_kenntnis_haushalt = true;
        } else if (j_schluessel_ist(k, "quelle")) {
            if (wgi_json_text(j, k, feld, &a->quelle, fe)) return fe->code;
        } else if (j_schluessel_ist(k, "rueckwirkend")) {
            if (wgi_json_wahr(j, k, feld, &a->rueckwirkend, fe)) return fe->code;
        } else if (j_schluessel_ist(k, "haushalt")) {
            wg_haushalt *h = liste(j, 1, sizeof *h);
            if (!h) return wgi_json_fehler(fe, WG_E_SPEICHER, feld, "nicht genug Speicher");
            if (wgi_json_haushalt_objekt(j, k, feld, h, fe)) return fe->code;
            a->haushalt = h;
        } else if (j_schluessel_ist(k, "ereignisse")) {
            if (k->typ != J_LISTE) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, feld, "Liste erwartet");
            if (k->anzahl > WG_FALL_MAX_EREIGNISSE)
                return wgi_json_fehler(fe, WG_E_GRENZE, feld, "mehr als %d Ereignisse (docs/grenzen.md)", WG_FALL_MAX_EREIGNISSE);
            wg_ereignis *ev = liste(j, k->anzahl, sizeof *ev);
            if (k->anzahl && !ev) return wgi_json_fehler(fe, WG_E_SPEICHER, feld, "nicht genug Speicher");
            long n = 0;
            for (const j_wert *el = k->erstes; el; el = el->naechstes, n++) {
                char efeld[96];
                pfad_aus(efeld, sizeof efeld, basis, "ereignisse", 10, n);
                if (ereignis_lesen(j, el, efeld, &ev[n], fe)) return fe->code;
            }
            a->ereignisse = ev;
            a->anzahl_ereignisse = k->anzahl;
        } else {
            return unbekannt(fe, basis, k);
        }
    }
    if (!ab) {
        snprintf(feld, sizeof feld, "%s.ab", basis);
        return wgi_json_fehler(fe, WG_E_FELD_FEHLT, feld, "ab fehlt (von wann die Änderung gilt)");
    }
    return WG_OK;
}

/* one paid amount: whole euros, at least 0 */
static wg_status gezahlt_lesen(const j_wert *w, const char *feld, int64_t *betrag, wg_fehler *fe)
{
    int64_t v = 0;
    if ((w->typ != J_ZAHL && w->typ != J_TEXT) || wgi_dezimal_lesen(w->s, w->len, 0, &v) != 0 || v < 0)
        return wgi_json_fehler(fe, WG_E_BETRAG_UNGUELTIG, feld, "ganze Euro erwartet (der gezahlte Betrag)");
    *betrag = v;
    return WG_OK;
}

/* "zahlungen":[{"monat":"2025-05","betrag":312}, …] or, shorter, {"2025-05":312, …} — what was
 * paid, whole euros */
static wg_status zahlungen_lesen(wg_json *j, const j_wert *k, wg_fall *f, wg_fehler *fe)
{
    if (k->typ == J_OBJEKT) {
        if (k->anzahl > WG_FALL_MAX_ZAHLUNGEN)
            return wgi_json_fehler(fe, WG_E_GRENZE, "zahlungen", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_ZAHLUNGEN);
        wg_zahlung *z = liste(j, k->anzahl, sizeof *z);
        if (k->anzahl && !z) return wgi_json_fehler(fe, WG_E_SPEICHER, "zahlungen", "nicht genug Speicher");
        size_t n = 0;
        for (const j_wert *w = k->erstes; w; w = w->naechstes) {
            char feld[64];
            pfad_aus(feld, sizeof feld, "zahlungen", w->schluessel, w->schluessel_len > 20 ? 20 : w->schluessel_len, -1);
            const j_wert monat = {.typ = J_TEXT, .s = w->schluessel, .len = w->schluessel_len};
            if (wgi_json_monat(j, &monat, feld, &z[n].jahr, &z[n].monat, fe)) return fe->code;
            if (gezahlt_lesen(w, feld, &z[n].betrag, fe)) return fe->code;
            n++;
        }
        f->zahlungen = z;
        f->anzahl_zahlungen = n;
        return WG_OK;
    }
    if (k->typ != J_LISTE) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, "zahlungen", "Liste oder Objekt erwartet");
    if (k->anzahl > WG_FALL_MAX_ZAHLUNGEN)
        return wgi_json_fehler(fe, WG_E_GRENZE, "zahlungen", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_ZAHLUNGEN);
    wg_zahlung *z = liste(j, k->anzahl, sizeof *z);
    if (k->anzahl && !z) return wgi_json_fehler(fe, WG_E_SPEICHER, "zahlungen", "nicht genug Speicher");
    long n = 0;
    for (const j_wert *el = k->erstes; el; el = el->naechstes, n++) {
        char basis[32], feld[64];
        pfad_aus(basis, sizeof basis, "zahlungen", NULL, 0, n);
        pfad_aus(feld, sizeof feld, basis, NULL, 0, -1);
        if (el->typ != J_OBJEKT) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, feld, "Objekt erwartet");
        bool monat = false, betrag = false;
        for (const j_wert *w = el->erstes; w; w = w->naechstes) {
            if (w->typ == J_NULL) continue;
            if (j_schluessel_ist(w, "monat")) {
                pfad_aus(feld, sizeof feld, basis, "monat", 5, -1);
                if (wgi_json_monat(j, w, feld, &z[n].jahr, &z[n].monat, fe)) return fe->code;
                monat = true;
            } else if (j_schluessel_ist(w, "betrag")) {
                pfad_aus(feld, sizeof feld, basis, "betrag", 6, -1);
                if (gezahlt_lesen(w, feld, &z[n].betrag, fe)) return fe->code;
                betrag = true;
            } else {
                return unbekannt(fe, feld, w);
            }
        }
        if (!monat || !betrag) {
            snprintf(feld, sizeof feld, "zahlungen[%ld].%s", n, monat ? "betrag" : "monat");
            return wgi_json_fehler(fe, WG_E_FELD_FEHLT, feld, "monat und betrag erwartet");
        }
    }
    f->zahlungen = z;
    f->anzahl_zahlungen = k->anzahl;
    return WG_OK;
}

static wg_status bewilligung_lesen(wg_json *j, const j_wert *o, wg_fall *f, wg_fehler *fe)
{
    if (o->typ != J_OBJEKT) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, "bewilligung", "Objekt erwartet");
    bool von = false, bis = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, "von")) {
            if (wgi_json_monat(j, k, "bewilligung.von", &f->von_jahr, &f->von_monat, fe)) return fe->code;
            von = true;
        } else if (j_schluessel_ist(k, "bis")) {
            if (wgi_json_monat(j, k, "bewilligung.bis", &f->bis_jahr, &f->bis_monat, fe)) return fe->code;
            bis = true;
        } else if (j_schluessel_ist(k, "wohngeld_monat")) {
            /* whole euros: the Bescheid's amount (§ 19 Abs. 2: rounded to whole euros) */
            int64_t v = 0;
            if ((k->typ != J_ZAHL && k->typ != J_TEXT) || wgi_dezimal_lesen(k->s, k->len, 0, &v) != 0 || v < 0)
                return wgi_json_fehler(fe, WG_E_BETRAG_UNGUELTIG, "bewilligung.wohngeld_monat",
                                       "ganze Euro erwartet (der bewilligte Monatsbetrag)");
            f->wohngeld_monat = v;
            f->hat_wohngeld_monat = true;
        } else if (j_schluessel_ist(k, "beginn")) {
            /* § 25 Abs. 3, 4: a BWZ begun before the month of the application */
            const char *w;
            if (wgi_json_text(j, k, "bewilligung.beginn", &w, fe)) return fe->code;
            if (strcmp(w, "§ 25 Abs. 3") == 0) f->beginn = WG_BEGINN_25_3;
            else if (strcmp(w, "§ 25 Abs. 4") == 0) f->beginn = WG_BEGINN_25_4;
            else if (strcmp(w, "§ 25 Abs. 2") == 0) f->beginn = WG_BEGINN_ANTRAGSMONAT;
            else
                return wgi_json_fehler(fe, WG_E_WERT_UNGUELTIG, "bewilligung.beginn",
                                       "\"§ 25 Abs. 2\", \"§ 25 Abs. 3\" oder \"§ 25 Abs. 4\" erwartet");
        } else if (j_schluessel_ist(k, "kenntnis")) {
            if (wgi_json_datum(j, k, "bewilligung.kenntnis", &f->beginn_kenntnis, fe)) return fe->code;
            f->hat_beginn_kenntnis = true;
        } else if (j_schluessel_ist(k, "bescheid_am")) {
            if (wgi_json_datum(j, k, "bewilligung.bescheid_am", &f->bescheid_am, fe)) return fe->code;
            f->hat_bescheid_am = true;
        } else {
            return unbekannt(fe, "bewilligung", k);
        }
    }
    if (!von) return wgi_json_fehler(fe, WG_E_FELD_FEHLT, "bewilligung.von", "Beginn des Bewilligungszeitraums fehlt");
    if (!bis) return wgi_json_fehler(fe, WG_E_FELD_FEHLT, "bewilligung.bis", "Ende des Bewilligungszeitraums fehlt");
    return WG_OK;
}

wg_status wg_json_fall_lesen(wg_json *j, const char *text, size_t len, wg_fall *f, wg_fehler *fe)
{
    wg_fehler dummy;
    if (!fe) fe = &dummy;
    memset(fe, 0, sizeof *fe);
    if (!j || !text || !f) return wgi_json_fehler(fe, WG_E_ARGUMENT, "", "json, text oder fall ist NULL");
    wg_fall_init(f);
    const char *meldung;
    j_leser *l = wgi_json_leser(j);
    const j_wert *o = j_lesen(l, text, len, &meldung);
    if (!o)
        return wgi_json_fehler(fe, j_speicher_fehlt(l) ? WG_E_SPEICHER : j_grenze_ueberschritten(l) ? WG_E_GRENZE : WG_E_JSON_UNGUELTIG,
                               "", "%s", meldung);
    if (o->typ != J_OBJEKT) return wgi_json_fehler(fe, WG_E_JSON_UNGUELTIG, "", "ein JSON-Objekt je Fall erwartet");
    const j_wert *idw = j_feld(o, "id");
    if (idw && idw->typ == J_TEXT) f->id = idw->s;
    const j_wert *fw = j_feld(o, "format");
    if (!fw || fw->typ != J_TEXT || strcmp(fw->s, "wohngeld-fall/1") != 0)
        return wgi_json_fehler(fe, WG_E_FORMAT_UNBEKANNT, "format", "\"format\":\"wohngeld-fall/1\" erwartet");
    bool antrag = false, bewilligung = false, haushalt = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL || j_schluessel_ist(k, "format")) continue;
        if (j_schluessel_ist(k, "id")) {
            if (wgi_json_text(j, k, "id", &f->id, fe)) return fe->code;
        } else if (j_schluessel_ist(k, WG_F_EMPFAENGER)) {
            if (wgi_json_empfaenger(k, fe)) return fe->code;
        } else if (j_schluessel_ist(k, "antrag")) {
            if (wgi_json_datum(j, k, "antrag", &f->antrag, fe)) return fe->code;
            antrag = true;
        } else if (j_schluessel_ist(k, "stand")) {
            if (wgi_json_datum(j, k, "stand", &f->stand, fe)) return fe->code;
            f->hat_stand = true;
        } else if (j_schluessel_ist(k, "entscheidung_am")) {
            if (wgi_json_datum(j, k, "entscheidung_am", &f->entscheidung_am, fe)) return fe->code;
            f->hat_entscheidung_am = true;
        } else if (j_schluessel_ist(k, "zahlungen")) {
            if (zahlungen_lesen(j, k, f, fe)) return fe->code;
        } else if (j_schluessel_ist(k, "bewilligung")) {
            if (bewilligung_lesen(j, k, f, fe)) return fe->code;
            bewilligung = true;
        } else if (j_schluessel_ist(k, "haushalt")) {
            if (wgi_json_haushalt_objekt(j, k, "haushalt", &f->haushalt, fe)) return fe->code;
            haushalt = true;
        } else if (j_schluessel_ist(k, "verlauf")) {
            if (k->typ != J_LISTE) return wgi_json_fehler(fe, WG_E_TYP_FALSCH, "verlauf", "Liste erwartet");
            if (k->anzahl > WG_FALL_MAX_VERLAUF)
                return wgi_json_fehler(fe, WG_E_GRENZE, "verlauf", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_VERLAUF);
            wg_aenderung *a = liste(j, k->anzahl, sizeof *a);
            if (k->anzahl && !a) return wgi_json_fehler(fe, WG_E_SPEICHER, "verlauf", "nicht genug Speicher");
            long n = 0;
            for (const j_wert *el = k->erstes; el; el = el->naechstes, n++)
                if (aenderung_lesen(j, el, n, &a[n], fe)) return fe->code;
            f->verlauf = a;
            f->anzahl_verlauf = k->anzahl;
        } else {
            return unbekannt(fe, "", k);
        }
    }
    if (!antrag) return wgi_json_fehler(fe, WG_E_FELD_FEHLT, "antrag", "Tag des Antrags fehlt");
    if (!bewilligung) return wgi_json_fehler(fe, WG_E_FELD_FEHLT, "bewilligung", "Bewilligung fehlt");
    if (!haushalt) return wgi_json_fehler(fe, WG_E_FELD_FEHLT, "haushalt", "Haushalt des Bescheids fehlt");
    return WG_OK;
}

/* ---- writing ---- */

static void text(wgi_puffer *p, const char *s)
{
    if (s) wgi_puffer_json_text(p, s, strlen(s));
    else wgi_puffer_cstr(p, "null");
}

/* "JJJJ-MM" or "JJJJ-MM-TT" by hand: a case writes some fifty dates */
static void ziffern(char *b, int v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10) b[i] = (char)('0' + (v < 0 ? 0 : v % 10));
}

static void datum(wgi_puffer *p, wg_datum d)
{
    char b[12] = "\"JJJJ-MM-TT\"";
    ziffern(b + 1, d.jahr % 10000, 4);
    ziffern(b + 6, d.monat % 100, 2);
    ziffern(b + 9, d.tag % 100, 2);
    wgi_puffer_text(p, b, 12);
}

static void monat(wgi_puffer *p, int jahr, int m)
{
    char b[9] = "\"JJJJ-MM\"";
    ziffern(b + 1, jahr % 10000, 4);
    ziffern(b + 6, m % 100, 2);
    wgi_puffer_text(p, b, 9);
}

static void zahl_oder_null(wgi_puffer *p, bool gesetzt, int64_t v)
{
    if (gesetzt) wgi_puffer_ganz(p, v);
    else wgi_puffer_cstr(p, "null");
}

static void vergleich(wgi_puffer *p, const wg_fall_vergleich *v)
{
    wgi_puffer_cstr(p, "{\"alt\":");
    text(p, v->alt);
    wgi_puffer_cstr(p, ",\"neu\":");
    text(p, v->neu);
    wgi_puffer_cstr(p, ",\"prozent\":");
    text(p, v->prozent);
    wgi_puffer_zeichen(p, '}');
}

static void einstellungen(wgi_puffer *p, const wg_fall_einstellungen *s)
{
    wgi_puffer_cstr(p, ",\"einstellungen\":{\"voruebergehend_bis_monate\":");
    wgi_puffer_ganz(p, s->voruebergehend_bis_monate);
    wgi_puffer_cstr(p, ",\"vergleich_y\":");
    text(p, wg_vergleich_y_name(s->vergleich_y));
    wgi_puffer_cstr(p, ",\"daten_max_alter_monate\":");
    wgi_puffer_ganz(p, s->daten_max_alter_monate);
    wgi_puffer_cstr(p, ",\"erstattung_grenze\":");
    wgi_puffer_ganz(p, s->erstattung_grenze);
    wgi_puffer_cstr(p, ",\"frist_warnung_tage\":");
    wgi_puffer_ganz(p, s->frist_warnung_tage);
    wgi_puffer_zeichen(p, '}');
}

const char *wg_json_fall_fehler_schreiben(wg_json *j, const wg_engine *e, const char *id, const wg_fehler *f, size_t *len)
{
    if (!j || !f) return NULL;
    return wgi_json_fehlersatz(j, e, "wohngeld-fall-ergebnis/1", id && id[0] ? id : NULL, f, len);
}

const char *wg_json_fall_ergebnis_schreiben(wg_json *j, const wg_engine *e, const wg_fall_ergebnis *r, size_t *len)
{
    if (!j || !r) return NULL;
    if (wg_fall_ergebnis_status(r) != WG_OK)
        return wg_json_fall_fehler_schreiben(j, e, wg_fall_ergebnis_id(r), wg_fall_ergebnis_fehler(r), len);
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-fall-ergebnis/1\",\"id\":");
    const char *id = wg_fall_ergebnis_id(r);
    text(p, id[0] ? id : NULL);
    wgi_puffer_cstr(p, ",\"status\":\"ok\",\"antrag_gilt_als\":");
    datum(p, wg_fall_ergebnis_antrag_gilt(r));
    wgi_puffer_cstr(p, ",\"stand\":");
    datum(p, wg_fall_ergebnis_stand(r));
    wgi_puffer_cstr(p, ",\"entscheidung_am\":");
    datum(p, wg_fall_ergebnis_entscheidung_am(r));
    wgi_puffer_cstr(p, ",\"berechnet\":");
    wgi_puffer_ganz(p, wg_fall_ergebnis_berechnet(r));
    wgi_puffer_cstr(p, ",\"ueberzahlung\":");
    wgi_puffer_ganz(p, wg_fall_ergebnis_ueberzahlung(r));
    wgi_puffer_cstr(p, ",\"nachzahlung\":");
    wgi_puffer_ganz(p, wg_fall_ergebnis_nachzahlung(r));
    wgi_puffer_cstr(p, ",\"erstattung\":");
    wgi_puffer_ganz(p, wg_fall_ergebnis_erstattung(r));
    wgi_puffer_cstr(p, ",\"schuldner\":[");
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_schuldner(r); i++) {
        if (i) wgi_puffer_zeichen(p, ',');
        text(p, wg_fall_ergebnis_schuldner(r, i));
    }
    const size_t na = wg_fall_ergebnis_anzahl_aussteuerungen(r);
    wgi_puffer_cstr(p, na ? "],\"maschinell\":false,\"aussteuerung\":[" : "],\"maschinell\":true,\"aussteuerung\":[");
    for (size_t i = 0; i < na; i++) {
        const wg_fall_aussteuerung *a = wg_fall_ergebnis_aussteuerung(r, i);
        wgi_puffer_cstr(p, i ? ",{\"code\":" : "{\"code\":");
        text(p, a->code);
        wgi_puffer_cstr(p, ",\"norm\":");
        text(p, a->norm);
        wgi_puffer_cstr(p, ",\"verlauf\":");
        zahl_oder_null(p, a->verlauf >= 0, a->verlauf);
        wgi_puffer_cstr(p, ",\"text\":");
        text(p, a->text);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"monate\":[");
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_monate(r); i++) {
        const wg_fall_monat *m = wg_fall_ergebnis_monat(r, i);
        wgi_puffer_cstr(p, i ? ",{\"monat\":" : "{\"monat\":");
        monat(p, m->jahr, m->monat);
        wgi_puffer_cstr(p, ",\"bewilligt\":");
        wgi_puffer_ganz(p, m->bewilligt);
        wgi_puffer_cstr(p, ",\"zusteht\":");
        wgi_puffer_ganz(p, m->zusteht);
        wgi_puffer_cstr(p, ",\"differenz\":");
        wgi_puffer_ganz(p, m->differenz);
        wgi_puffer_cstr(p, ",\"regel\":");
        text(p, m->regel);
        wgi_puffer_cstr(p, ",\"rechtsstand\":");
        text(p, m->rechtsstand);
        wgi_puffer_cstr(p, ",\"grundlage\":");
        zahl_oder_null(p, m->grundlage >= 0, m->grundlage);
        wgi_puffer_cstr(p, m->gezahlt ? ",\"gezahlt\":true,\"ausgezahlt\":" : ",\"gezahlt\":false,\"ausgezahlt\":");
        wgi_puffer_ganz(p, m->ausgezahlt);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"entscheidungen\":[");
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_entscheidungen(r); i++) {
        const wg_fall_entscheidung *x = wg_fall_ergebnis_entscheidung(r, i);
        wgi_puffer_cstr(p, i ? ",{\"regel\":" : "{\"regel\":");
        text(p, x->regel);
        wgi_puffer_cstr(p, ",\"aenderung\":");
        datum(p, x->aenderung);
        wgi_puffer_cstr(p, ",\"wirksam\":");
        datum(p, x->wirksam);
        wgi_puffer_cstr(p, ",\"frist\":");
        if (x->hat_frist) datum(p, x->frist);
        else wgi_puffer_cstr(p, "null");
        wgi_puffer_cstr(p, ",\"bekannt\":");
        if (x->hat_bekannt) datum(p, x->bekannt);
        else wgi_puffer_cstr(p, "null");
        wgi_puffer_cstr(p, ",\"quelle\":");
        text(p, x->quelle);
        wgi_puffer_cstr(p, ",\"verlauf\":");
        zahl_oder_null(p, x->verlauf >= 0, x->verlauf);
        wgi_puffer_cstr(p, ",\"alt\":");
        wgi_puffer_ganz(p, x->alt);
        wgi_puffer_cstr(p, ",\"neu\":");
        wgi_puffer_ganz(p, x->neu);
        wgi_puffer_cstr(p, ",\"rechtsweg\":");
        text(p, x->rechtsweg);
        wgi_puffer_cstr(p, x->gebunden ? ",\"gebunden\":true,\"ueberzahlung\":" : ",\"gebunden\":false,\"ueberzahlung\":");
        wgi_puffer_ganz(p, x->ueberzahlung);
        wgi_puffer_cstr(p, ",\"erstattung\":");
        wgi_puffer_ganz(p, x->erstattung);
        wgi_puffer_cstr(p, ",\"vergleich\":");
        if (x->miete.gesetzt) {
            wgi_puffer_cstr(p, "{\"mitglieder\":{\"alt\":");
            wgi_puffer_ganz(p, x->mitglieder_alt);
            wgi_puffer_cstr(p, ",\"neu\":");
            wgi_puffer_ganz(p, x->mitglieder_neu);
            wgi_puffer_cstr(p, "},\"miete\":");
            vergleich(p, &x->miete);
            wgi_puffer_cstr(p, ",\"einkommen\":");
            vergleich(p, &x->einkommen);
            wgi_puffer_zeichen(p, '}');
        } else {
            wgi_puffer_cstr(p, "null");
        }
        wgi_puffer_cstr(p, ",\"text\":");
        text(p, x->text);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_cstr(p, "],\"hinweise\":[");
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_hinweise(r); i++) {
        const wg_fall_hinweis *h = wg_fall_ergebnis_hinweis(r, i);
        wgi_puffer_cstr(p, i ? ",{\"code\":" : "{\"code\":");
        text(p, h->code);
        wgi_puffer_cstr(p, ",\"regel\":");
        text(p, h->regel);
        wgi_puffer_cstr(p, ",\"verlauf\":");
        zahl_oder_null(p, h->verlauf >= 0, h->verlauf);
        wgi_puffer_cstr(p, ",\"datum\":");
        if (h->hat_datum) datum(p, h->datum);
        else wgi_puffer_cstr(p, "null");
        wgi_puffer_cstr(p, ",\"betrag\":");
        zahl_oder_null(p, h->hat_betrag, h->betrag);
        wgi_puffer_cstr(p, ",\"quelle\":");
        text(p, h->quelle);
        wgi_puffer_cstr(p, ",\"text\":");
        text(p, h->text);
        wgi_puffer_zeichen(p, '}');
    }
    wgi_puffer_zeichen(p, ']');
    einstellungen(p, wg_fall_ergebnis_einstellungen(r));
    wgi_json_engine_teil(p, e);
    wgi_puffer_zeichen(p, '}');
    return wgi_json_fertig(p, len);
}
