/*
 * haushalt_json.c — a household record in JSON (records.md "Household record") to wg_haushalt.
 *
 * Strict by design: every key must be one the record format defines (a misspelt
 * "alleinerziehnd" would otherwise silently change a result), money must be a decimal with at
 * most two places, as a string or a plain JSON number — never an exponent — and every error
 * names the field by its path. `null` counts as "not given". Members, items and strings are
 * allocated from the JSON reader's arena and live until the next record.
 */
#include "datum.h"
#include "json.h"
#include "lesen.h"
#include "ausgabe.h"
#include "puffer.h"
#include "vokabular.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"
#include "text.h"
#include "zahl.h"

#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct wg_json {
    j_leser *leser;
    /* the unknowns of a partial record (wg_json_teilhaushalt_lesen) */
    wg_unbekannt unbekannt[WG_VP_MAX_UNBEKANNTE];
    size_t anzahl_unbekannt;
    wgi_puffer aus;
    wgi_puffer schoen;
};

wg_json *wg_json_neu(void)
{
    wg_json *j = calloc(1, sizeof *j);
    if (!j) return NULL;
    j->leser = j_leser_neu();
    if (!j->leser) { free(j); return NULL; }
    return j;
}

void wg_json_frei(wg_json *j)
{
    if (!j) return;
    j_leser_frei(j->leser);
    wgi_puffer_frei(&j->aus);
    wgi_puffer_frei(&j->schoen);
    free(j);
}

/* internal: the output buffers for ergebnis_json.c */
wgi_puffer *wgi_json_ausgabe(wg_json *j) { return &j->aus; }

const char *wgi_json_fertig(const wgi_puffer *p, size_t *len)
{
    if (p->fehler) return NULL;
    if (len) *len = p->len;
    return p->daten ? p->daten : "";
}
wgi_puffer *wgi_json_schoen(wg_json *j) { return &j->schoen; }

typedef struct ctx {
    wg_json *j;
    wg_fehler *f;
    bool teil;          /* intervals and "unbekannt" allowed (docs/vorpruefung.md § 1) */
    bool satz;          /* the record's top level: an `empfaenger` block is allowed */
} ctx;

/* A field path, built as a chain while reading and formatted only for an error
 * ("mitglieder[1].einkommen[0].betrag_monat"); formatting it for every field would dominate the
 * cost of reading a record. */
typedef struct pfad {
    const struct pfad *eltern;
    const char *name;   /* NULL for a list element */
    long index;         /* list index, or -1 */
} pfad;

#define P(name) (&(pfad){NULL, (name), -1})
#define FELD(name) (&(pfad){basis, (name), -1})

static size_t pfad_text(const pfad *p, char *buf, size_t n)
{
    /* the screening formats the path of every unknown it reads (lesen.h: by hand). The chain
     * runs from the leaf up; its parts are written from the root down. */
    const pfad *teile[32];
    size_t t = 0;
    for (const pfad *q = p; q && t < 32; q = q->eltern) teile[t++] = q;
    size_t k = 0;
    if (n == 0) return 0;
    while (t-- > 0) {
        const pfad *q = teile[t];
        if (!q->name) {
            wgi_pfad_index(buf, n, &k, q->index);
            continue;
        }
        if (k) wgi_pfad_teil(buf, n, &k, ".", 1);
        wgi_pfad_teil(buf, n, &k, q->name, strlen(q->name));
    }
    buf[k] = '\0';
    return k;
}

static wg_status fehl(ctx *c, wg_status code, const pfad *feld, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static wg_status fehl(ctx *c, wg_status code, const pfad *feld, const char *fmt, ...)
{
    c->f->code = code;
    c->f->feld[0] = '\0';
    pfad_text(feld, c->f->feld, sizeof c->f->feld);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->f->meldung, sizeof c->f->meldung, fmt, ap);
    va_end(ap);
    wgi_utf8_ende_reparieren(c->f->meldung);
    wgi_utf8_ende_reparieren(c->f->feld);
    return code;
}

static const char *typname(j_typ t)
{
    switch (t) {
    case J_NULL: return "null";
    case J_BOOL: return "Wahrheitswert";
    case J_ZAHL: return "Zahl";
    case J_TEXT: return "Zeichenkette";
    case J_LISTE: return "Liste";
    case J_OBJEKT: return "Objekt";
    }
    return "?";
}

static wg_status typ(ctx *c, const j_wert *w, j_typ soll, const pfad *feld)
{
    if (w->typ == soll) return WG_OK;
    return fehl(c, WG_E_TYP_FALSCH, feld, "%s erwartet, %s gefunden", typname(soll), typname(w->typ));
}

/* Money: string or number, a plain decimal with at most two places; |v| <= 10^9 EUR. */
static bool ist_unbekannt(const j_wert *w) { return w->typ == J_TEXT && w->len == 9 && memcmp(w->s, "unbekannt", 9) == 0; }

/* "unbekannt" or an interval where the value must be known: in a partial record the field is
 * one that must be known; elsewhere the command takes complete records only */
static wg_status nicht_hier(ctx *c, const pfad *feld)
{
    if (c->teil) return fehl(c, WG_E_UNBEKANNT_UNZULAESSIG, feld, "dieser Wert muss bekannt sein (docs/vorpruefung.md § 1)");
    return fehl(c, WG_E_UNBEKANNT_UNZULAESSIG, feld,
                "\"unbekannt\" und Intervalle gibt es nur in Teildatensätzen (wohngeld berechnen, erklaeren, batch; "
                "docs/vorpruefung.md); hier muss der Wert bekannt sein");
}

/* a text that reads as a number in exponent notation ("5e2"): digits, sign, point and e/E */
static bool exponent_zahl(const char *s, size_t n)
{
    bool e = false, ziffer = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == 'e' || s[i] == 'E') e = true;
        else if (s[i] >= '0' && s[i] <= '9') ziffer = true;
        else if (s[i] != '.' && s[i] != '-' && s[i] != '+') return false;
    }
    return e && ziffer;
}

static wg_status geld(ctx *c, const j_wert *w, const pfad *feld, int64_t *cent)
{
    *cent = 0;
    if (w->typ == J_OBJEKT || ist_unbekannt(w)) return nicht_hier(c, feld);
    if (w->typ != J_TEXT && w->typ != J_ZAHL)
        return fehl(c, WG_E_TYP_FALSCH, feld, "Geldbetrag als Zeichenkette oder Zahl erwartet, %s gefunden", typname(w->typ));
    /* a text the decimal reader takes has no exponent: the exponent is looked for only when it
     * fails (its message comes first) */
    int r = wgi_dezimal_lesen(w->s, w->len, 2, cent);
    if (r != 0 && exponent_zahl(w->s, w->len)) return fehl(c, WG_E_BETRAG_UNGUELTIG, feld, "Geldbetrag mit Exponent ist nicht zulässig");
    if (r == -2) return fehl(c, WG_E_BETRAG_UNGUELTIG, feld, "Geldbetrag mit mehr als zwei Nachkommastellen");
    if (r == -3 || (r == 0 && (*cent > WG_MAX_BETRAG_CENT || *cent < -WG_MAX_BETRAG_CENT)))
        return fehl(c, WG_E_BETRAG_UNGUELTIG, feld, "Betrag über 1 000 000 000 Euro ist nicht plausibel");
    if (r != 0)
        return fehl(c, WG_E_BETRAG_UNGUELTIG, feld, "kein Geldbetrag (erwartet z. B. \"570.00\"; ein unbekannter Wert heißt "
                    "\"unbekannt\" und steht nur in Teildatensätzen): \"%.*s\"", wgi_utf8_kurz(w->s, 40), w->s);
    return WG_OK;
}

static wg_status ganz(ctx *c, const j_wert *w, const pfad *feld, int64_t *out)
{
    *out = 0;
    if (w->typ == J_OBJEKT || ist_unbekannt(w)) return nicht_hier(c, feld);
    if (typ(c, w, J_ZAHL, feld)) return WG_E_TYP_FALSCH;
    int r = wgi_dezimal_lesen(w->s, w->len, 0, out);
    if (r == -3) return fehl(c, WG_E_WERT_UNGUELTIG, feld, "Zahl zu groß");
    if (r != 0) return fehl(c, WG_E_TYP_FALSCH, feld, "ganze Zahl erwartet");
    return WG_OK;
}

static wg_status wahr(ctx *c, const j_wert *w, const pfad *feld, bool *out)
{
    if (ist_unbekannt(w) || (c->teil && w->typ == J_OBJEKT)) return nicht_hier(c, feld);
    if (typ(c, w, J_BOOL, feld)) return WG_E_TYP_FALSCH;
    *out = w->b;
    return WG_OK;
}

static wg_status text(ctx *c, const j_wert *w, const pfad *feld, const char **out)
{
    *out = "";
    if (typ(c, w, J_TEXT, feld)) return WG_E_TYP_FALSCH;
    *out = w->s;
    return WG_OK;
}

/* ---- partial records (docs/vorpruefung.md § 1) ---- */

/* Notes an unknown of field feld; its path is formatted now (unknowns are few). */
static wg_status unbekannt_merken(ctx *c, const pfad *feld, wg_unbekannt_art art, int64_t von, int64_t bis)
{
    wg_json *j = c->j;
    if (j->anzahl_unbekannt >= WG_VP_MAX_UNBEKANNTE)
        return fehl(c, WG_E_ZU_VIELE_UNBEKANNTE, feld, "mehr als %d unbekannte Werte (docs/grenzen.md)", WG_VP_MAX_UNBEKANNTE);
    char buf[128];
    size_t n = pfad_text(feld, buf, sizeof buf);
    if (n >= sizeof buf) n = sizeof buf - 1;
    char *text = j_arena(j->leser, n + 1);
    if (!text) return fehl(c, WG_E_SPEICHER, feld, "nicht genug Speicher");
    memcpy(text, buf, n);
    text[n] = '\0';
    j->unbekannt[j->anzahl_unbekannt++] = (wg_unbekannt){text, art, von, bis};
    return WG_OK;
}

/* An interval {"von": x, "bis": y} ({"von": x} without an upper end) or "unbekannt" of money
 * (art BETRAG) or of an age; *out gets its lower end. */
static wg_status intervall(ctx *c, const j_wert *w, const pfad *feld, wg_unbekannt_art art, int64_t *out)
{
    const int64_t oben = art == WG_UNBEKANNT_ALTER ? 150 : WG_MAX_BETRAG_CENT;
    int64_t von = 0, bis = oben;
    if (w->typ == J_OBJEKT) {
        bool hat_von = false;
        for (const j_wert *k = w->erstes; k; k = k->naechstes) {
            if (k->typ == J_NULL) continue;
            const bool ist_von = j_schluessel_ist(k, WG_F_VON);
            if (!ist_von && !j_schluessel_ist(k, WG_F_BIS)) {
                char name[64];
                snprintf(name, sizeof name, "%.*s", (int)(k->schluessel_len > 60 ? 60 : k->schluessel_len), k->schluessel);
                return fehl(c, WG_E_INTERVALL_UNGUELTIG, feld, "ein Intervall hat nur \"von\" und \"bis\", nicht \"%s\"", name);
            }
            const pfad *teil = &(pfad){feld, ist_von ? WG_F_VON : WG_F_BIS, -1};
            int64_t v;
            const bool alt = c->teil;
            c->teil = false;
            wg_status st = art == WG_UNBEKANNT_ALTER ? ganz(c, k, teil, &v) : geld(c, k, teil, &v);
            c->teil = alt;
            if (st) return c->f->code;
            if (art == WG_UNBEKANNT_ALTER && (v < 0 || v > 150))
                return fehl(c, WG_E_WERT_UNGUELTIG, teil, "Alter muss zwischen 0 und 150 liegen");
            if (ist_von) {
                von = v;
                hat_von = true;
            } else {
                bis = v;
            }
        }
        if (!hat_von) return fehl(c, WG_E_INTERVALL_UNGUELTIG, feld, "ein Intervall braucht \"von\"");
        if (von > bis) return fehl(c, WG_E_INTERVALL_UNGUELTIG, feld, "von liegt über bis");
    }
    *out = von;
    return unbekannt_merken(c, feld, art, von, bis);
}

/* Money that may be unknown. */
static wg_status geld_t(ctx *c, const j_wert *w, const pfad *feld, int64_t *cent)
{
    if (c->teil && (w->typ == J_OBJEKT || ist_unbekannt(w))) return intervall(c, w, feld, WG_UNBEKANNT_BETRAG, cent);
    return geld(c, w, feld, cent);
}

/* A flag that may be "unbekannt" (false in the household). */
static wg_status wahr_t(ctx *c, const j_wert *w, const pfad *feld, bool *out)
{
    if (c->teil && ist_unbekannt(w)) {
        *out = false;
        return unbekannt_merken(c, feld, WG_UNBEKANNT_SCHALTER, 0, 1);
    }
    if (c->teil && w->typ == J_OBJEKT)
        return fehl(c, WG_E_INTERVALL_UNGUELTIG, feld, "ein Merkmal ist true, false oder \"unbekannt\"");
    return wahr(c, w, feld, out);
}

static wg_status datum(ctx *c, const j_wert *w, const pfad *feld, wg_datum *d)
{
    if (typ(c, w, J_TEXT, feld)) return WG_E_TYP_FALSCH;
    const char *s = w->s;
    bool ok = w->len == 10 && s[4] == '-' && s[7] == '-';
    for (int i = 0; ok && i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) ok = false;
    if (!ok) return fehl(c, WG_E_DATUM_UNGUELTIG, feld, "Datum im Format JJJJ-MM-TT erwartet");
    d->jahr = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    d->monat = (s[5] - '0') * 10 + (s[6] - '0');
    d->tag = (s[8] - '0') * 10 + (s[9] - '0');
    if (!wgi_kalendertag(d->jahr, d->monat, d->tag)) return fehl(c, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
    return WG_OK;
}

/* "JJJJ-MM" */
static wg_status monat_lesen(ctx *c, const j_wert *w, const pfad *feld, int *jahr, int *monat)
{
    if (typ(c, w, J_TEXT, feld)) return WG_E_TYP_FALSCH;
    const char *s = w->s;
    bool ok = w->len == 7 && s[4] == '-';
    for (int i = 0; ok && i < 7; i++)
        if (i != 4 && (s[i] < '0' || s[i] > '9')) ok = false;
    if (ok) {
        *jahr = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        *monat = (s[5] - '0') * 10 + (s[6] - '0');
        ok = *monat >= 1 && *monat <= 12;
    }
    if (!ok) return fehl(c, WG_E_DATUM_UNGUELTIG, feld, "Monat im Format JJJJ-MM erwartet");
    return WG_OK;
}

static wg_status unbekannt(ctx *c, const j_wert *k, const pfad *basis);

static wg_status zeitraum_lesen(ctx *c, const j_wert *o, wg_haushalt *h)
{
    if (typ(c, o, J_OBJEKT, P(WG_F_ZEITRAUM))) return WG_E_TYP_FALSCH;
    bool von = false, bis = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, WG_F_VON)) {
            if (monat_lesen(c, k, P(WG_F_ZEITRAUM "." WG_F_VON), &h->von_jahr, &h->von_monat)) return c->f->code;
            von = true;
        } else if (j_schluessel_ist(k, WG_F_BIS)) {
            if (monat_lesen(c, k, P(WG_F_ZEITRAUM "." WG_F_BIS), &h->bis_jahr, &h->bis_monat)) return c->f->code;
            bis = true;
        } else {
            return unbekannt(c, k, P(WG_F_ZEITRAUM));
        }
    }
    if (!von) return fehl(c, WG_E_FELD_FEHLT, P(WG_F_ZEITRAUM "." WG_F_VON), "Beginn des Zeitraums fehlt");
    if (!bis) return fehl(c, WG_E_FELD_FEHLT, P(WG_F_ZEITRAUM "." WG_F_BIS), "Ende des Zeitraums fehlt");
    h->hat_zeitraum = true;
    return WG_OK;
}

static wg_status unbekannt(ctx *c, const j_wert *k, const pfad *basis)
{
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)(k->schluessel_len > 60 ? 60 : k->schluessel_len), k->schluessel);
    return fehl(c, WG_E_FELD_UNBEKANNT, FELD(name), "unbekanntes Feld (records.md definiert es nicht)");
}


static wg_status einkommen_lesen(ctx *c, const j_wert *o, const pfad *basis, wg_einkommen *e)
{
    wg_einkommen_init(e);
    if (typ(c, o, J_OBJEKT, basis)) return WG_E_TYP_FALSCH;
    bool art = false, monat = false, jahr = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, WG_F_ART)) {
            const char *s;
            if (text(c, k, FELD(WG_F_ART), &s)) return c->f->code;
            int a = wg_einkommensart_aus_name(s);
            if (a < 0) return fehl(c, WG_E_ART_UNBEKANNT, FELD(WG_F_ART), "unbekannte Einkommensart \"%.*s\"", wgi_utf8_kurz(s, 40), s);
            e->art = (wg_einkommensart)a;
            art = true;
        } else if (j_schluessel_ist(k, WG_F_BETRAG_MONAT)) {
            if (geld_t(c, k, FELD(WG_F_BETRAG_MONAT), &e->betrag_cent)) return c->f->code;
            monat = true;
        } else if (j_schluessel_ist(k, WG_F_BETRAG_JAHR)) {
            if (geld_t(c, k, FELD(WG_F_BETRAG_JAHR), &e->betrag_cent)) return c->f->code;
            jahr = true;
        } else if (j_schluessel_ist(k, WG_F_WERBUNGSKOSTEN_JAHR)) {
            if (geld_t(c, k, FELD(WG_F_WERBUNGSKOSTEN_JAHR), &e->werbungskosten_jahr_cent)) return c->f->code;
            e->hat_werbungskosten = true;
        } else if (j_schluessel_ist(k, WG_F_PLUS)) {
            if (wahr(c, k, FELD(WG_F_PLUS), &e->plus)) return c->f->code;
        } else {
            return unbekannt(c, k, basis);
        }
    }
    if (!art) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_ART), "Einkommensart fehlt");
    if (monat && jahr) return fehl(c, WG_E_FELD_KONFLIKT, FELD(WG_F_BETRAG_JAHR), "betrag_monat und betrag_jahr zugleich");
    if (!monat && !jahr) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_BETRAG_MONAT), "betrag_monat oder betrag_jahr fehlt");
    e->jaehrlich = jahr;
    return WG_OK;
}

static wg_status unterhalt_lesen(ctx *c, const j_wert *o, const pfad *basis, wg_unterhalt *u)
{
    memset(u, 0, sizeof *u);
    if (typ(c, o, J_OBJEKT, basis)) return WG_E_TYP_FALSCH;
    bool empf = false, monat = false, jahr = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, WG_F_EMPFAENGER)) {
            const char *s;
            if (text(c, k, FELD(WG_F_EMPFAENGER), &s)) return c->f->code;
            int gefunden = -1;
            for (int i = 0; i < WG_UNTERHALT_ANZAHL; i++)
                if (strcmp(s, wg_unterhalt_empfaenger_name((wg_unterhalt_empfaenger)i)) == 0) gefunden = i;
            if (gefunden < 0) return fehl(c, WG_E_ART_UNBEKANNT, FELD(WG_F_EMPFAENGER), "unbekannter Empfänger \"%.*s\"", wgi_utf8_kurz(s, 40), s);
            u->empfaenger = (wg_unterhalt_empfaenger)gefunden;
            empf = true;
        } else if (j_schluessel_ist(k, WG_F_BETRAG_MONAT)) {
            if (geld_t(c, k, FELD(WG_F_BETRAG_MONAT), &u->betrag_cent)) return c->f->code;
            monat = true;
        } else if (j_schluessel_ist(k, WG_F_BETRAG_JAHR)) {
            if (geld_t(c, k, FELD(WG_F_BETRAG_JAHR), &u->betrag_cent)) return c->f->code;
            jahr = true;
        } else if (j_schluessel_ist(k, WG_F_TITULIERT)) {
            if (wahr(c, k, FELD(WG_F_TITULIERT), &u->tituliert)) return c->f->code;
        } else {
            return unbekannt(c, k, basis);
        }
    }
    if (!empf) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_EMPFAENGER), "Empfänger fehlt");
    if (monat && jahr) return fehl(c, WG_E_FELD_KONFLIKT, FELD(WG_F_BETRAG_JAHR), "betrag_monat und betrag_jahr zugleich");
    if (!monat && !jahr) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_BETRAG_JAHR), "betrag_jahr oder betrag_monat fehlt");
    u->jaehrlich = jahr;
    return WG_OK;
}

/* Reads a list of objects with reader fn into an arena array. TYP is a type name and ZIEL,
 * ANZAHL are lvalues, so they cannot be parenthesised. */
// NOLINTBEGIN(bugprone-macro-parentheses)
#define LISTE_LESEN(TYP, FN, WERT, BASIS, NAME, MAX, ZIEL, ANZAHL)                                            \
    do {                                                                                                       \
        const pfad *lfeld = &(pfad){(BASIS), (NAME), -1};                                                      \
        if (typ(c, WERT, J_LISTE, lfeld)) return c->f->code;                                                   \
        if ((WERT)->anzahl > (MAX))                                                                            \
            return fehl(c, WG_E_GRENZE, lfeld, "mehr als %d Einträge (Grenze, docs/grenzen.md)", (int)(MAX));   \
        TYP *liste_ = (WERT)->anzahl ? j_arena(c->j->leser, (WERT)->anzahl * sizeof(TYP)) : NULL;                 \
        if ((WERT)->anzahl && !liste_) return fehl(c, WG_E_SPEICHER, lfeld, "nicht genug Speicher");              \
        long idx = 0;                                                                                          \
        for (const j_wert *el = (WERT)->erstes; el && liste_; el = el->naechstes, idx++) {                            \
            if (FN(c, el, &(pfad){lfeld, NULL, idx}, &liste_[idx])) return c->f->code;                           \
        }                                                                                                      \
        ZIEL = liste_;                                                                                          \
        ANZAHL = (WERT)->anzahl;                                                                               \
    } while (0)
// NOLINTEND(bugprone-macro-parentheses)

static wg_status mitglied_lesen(ctx *c, const j_wert *o, const pfad *basis, wg_mitglied *m)
{
    wg_mitglied_init(m);
    if (typ(c, o, J_OBJEKT, basis)) return WG_E_TYP_FALSCH;
    static const char *const flags[] = {WG_F_ZU_BERUECKSICHTIGEN, WG_F_KIND_EINES_MITGLIEDS, WG_F_ABZUG_STEUERN,
                                        WG_F_ABZUG_KRANKEN_PFLEGE, WG_F_ABZUG_RENTE, WG_F_SCHWERBEHINDERT_PFLEGE,
                                        WG_F_NS_VERFOLGT, WG_F_GRUNDRENTENZEITEN_33_JAHRE,
                                        WG_F_AUSBILDUNGSFOERDERUNG_DEM_GRUNDE_NACH};
    bool *ziele[] = {&m->zu_beruecksichtigen, &m->kind_eines_mitglieds, &m->abzug_steuern, &m->abzug_kranken_pflege,
                     &m->abzug_rente, &m->schwerbehindert_pflege, &m->ns_verfolgt, &m->grundrentenzeiten_33_jahre,
                     &m->ausbildungsfoerderung_dem_grunde_nach};
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        bool flag = false;
        for (size_t i = 0; i < sizeof flags / sizeof flags[0] && !flag; i++)
            if (j_schluessel_ist(k, flags[i])) {
                /* zu_beruecksichtigen (flag 0) decides the household size: always known */
                if ((i ? wahr_t : wahr)(c, k, FELD(flags[i]), ziele[i])) return c->f->code;
                flag = true;
            }
        if (flag) continue;
        if (j_schluessel_ist(k, WG_F_ID)) {
            if (text(c, k, FELD(WG_F_ID), &m->id)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_AUSSCHLUSSGRUND)) {
            if (text(c, k, FELD(WG_F_AUSSCHLUSSGRUND), &m->ausschlussgrund)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_ALTER) && c->teil && (k->typ == J_OBJEKT || ist_unbekannt(k))) {
            int64_t a;
            if (intervall(c, k, FELD(WG_F_ALTER), WG_UNBEKANNT_ALTER, &a)) return c->f->code;
            m->alter = (int)a;
        } else if (j_schluessel_ist(k, WG_F_ALTER)) {
            int64_t a;
            if (ganz(c, k, FELD(WG_F_ALTER), &a)) return c->f->code;
            if (a < 0 || a > 150) return fehl(c, WG_E_WERT_UNGUELTIG, FELD(WG_F_ALTER), "Alter muss zwischen 0 und 150 liegen");
            m->alter = (int)a;
        } else if (j_schluessel_ist(k, WG_F_GEBURTSDATUM)) {
            if (datum(c, k, FELD(WG_F_GEBURTSDATUM), &m->geburtsdatum)) return c->f->code;
            m->hat_geburtsdatum = true;
        } else if (j_schluessel_ist(k, WG_F_JAHRESEINKOMMEN)) {
            if (geld_t(c, k, FELD(WG_F_JAHRESEINKOMMEN), &m->jahreseinkommen_cent)) return c->f->code;
            m->hat_jahreseinkommen = true;
        } else if (j_schluessel_ist(k, WG_F_EINKOMMEN)) {
            LISTE_LESEN(wg_einkommen, einkommen_lesen, k, basis, WG_F_EINKOMMEN, WG_MAX_EINKOMMEN, m->einkommen,
                        m->anzahl_einkommen);
        } else if (j_schluessel_ist(k, WG_F_UNTERHALT_GEZAHLT)) {
            LISTE_LESEN(wg_unterhalt, unterhalt_lesen, k, basis, WG_F_UNTERHALT_GEZAHLT, WG_MAX_UNTERHALT, m->unterhalt,
                        m->anzahl_unterhalt);
        } else {
            return unbekannt(c, k, basis);
        }
    }
    return WG_OK;
}

static wg_status pauschalen_lesen(ctx *c, const j_wert *o, const pfad *basis, wg_pauschalen *p)
{
    if (typ(c, o, J_OBJEKT, basis)) return WG_E_TYP_FALSCH;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, WG_F_HEIZUNG_QM)) {
            /* living space, a decimal with at most two places (1/100 m²) */
            int64_t qm;
            if (geld(c, k, FELD(WG_F_HEIZUNG_QM), &qm)) {
                c->f->code = c->f->code == WG_E_BETRAG_UNGUELTIG ? WG_E_WERT_UNGUELTIG : c->f->code;
                return c->f->code;
            }
            if (qm < 0) return fehl(c, WG_E_WERT_UNGUELTIG, FELD(WG_F_HEIZUNG_QM), "Wohnfläche darf nicht negativ sein");
            p->heizung = true;
            p->heizung_qm_hundertstel = qm;
        } else if (j_schluessel_ist(k, WG_F_WARMWASSER)) {
            if (wahr_t(c, k, FELD(WG_F_WARMWASSER), &p->warmwasser)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_HAUSHALTSENERGIE)) {
            if (wahr_t(c, k, FELD(WG_F_HAUSHALTSENERGIE), &p->haushaltsenergie)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_GARAGE)) {
            if (wahr_t(c, k, FELD(WG_F_GARAGE), &p->garage)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_STELLPLATZ)) {
            if (wahr_t(c, k, FELD(WG_F_STELLPLATZ), &p->stellplatz)) return c->f->code;
        } else {
            return unbekannt(c, k, basis);
        }
    }
    return WG_OK;
}

static wg_status wohnkosten_lesen(ctx *c, const j_wert *o, const pfad *oben, wg_haushalt *h)
{
    const pfad *basis = &(pfad){oben, WG_F_WOHNKOSTEN, -1};
    if (typ(c, o, J_OBJEKT, basis)) return WG_E_TYP_FALSCH;
    bool art = false, betrag = false;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, WG_F_ART)) {
            const char *s;
            if (text(c, k, FELD(WG_F_ART), &s)) return c->f->code;
            const int w = wgi_wort_finden(wgi_wohnkosten_art_namen, 2, s);
            if (w < 0) return fehl(c, WG_E_ART_UNBEKANNT, FELD(WG_F_ART), "Art muss \"miete\" oder \"belastung\" sein");
            h->wohnkosten_art = (wg_wohnkosten_art)w;
            art = true;
        } else if (j_schluessel_ist(k, WG_F_BETRAG_MONAT)) {
            if (geld_t(c, k, FELD(WG_F_BETRAG_MONAT), &h->wohnkosten_cent)) return c->f->code;
            betrag = true;
        } else if (j_schluessel_ist(k, WG_F_ABZUEGE_MONAT)) {
            if (geld_t(c, k, FELD(WG_F_ABZUEGE_MONAT), &h->abzuege_cent)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_PAUSCHALEN)) {
            if (pauschalen_lesen(c, k, FELD(WG_F_PAUSCHALEN), &h->pauschalen)) return c->f->code;
        } else {
            return unbekannt(c, k, basis);
        }
    }
    if (!art) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_ART), "Art der Wohnkosten fehlt (miete oder belastung)");
    if (!betrag) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_BETRAG_MONAT), "Betrag der Wohnkosten fehlt");
    h->hat_wohnkosten = true;
    return WG_OK;
}

static wg_status auslegung_lesen(ctx *c, const j_wert *o, const pfad *oben, wg_auslegung *a)
{
    const pfad *basis = &(pfad){oben, WG_F_AUSLEGUNG, -1};
    if (typ(c, o, J_OBJEKT, basis)) return WG_E_TYP_FALSCH;
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        const char *s;
        if (j_schluessel_ist(k, WG_F_ZWISCHENRUNDUNG)) {
            if (text(c, k, FELD(WG_F_ZWISCHENRUNDUNG), &s)) return c->f->code;
            const int w = wgi_wort_finden(wgi_zwischenrundung_namen, 2, s);
            if (w < 0)
                return fehl(c, WG_E_WERT_UNGUELTIG, FELD(WG_F_ZWISCHENRUNDUNG), "\"kaufmaennisch\" oder \"abschneiden\" erwartet");
            a->zwischenrundung = (wg_zwischenrundung)w;
        } else if (j_schluessel_ist(k, WG_F_DECKELUNG_AUF_MIETE)) {
            if (wahr(c, k, FELD(WG_F_DECKELUNG_AUF_MIETE), &a->deckelung_auf_miete)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_UEBER_12_MITGLIEDER)) {
            if (text(c, k, FELD(WG_F_UEBER_12_MITGLIEDER), &s)) return c->f->code;
            const int w = wgi_wort_finden(wgi_ueber12_namen, 2, s);
            if (w < 0)
                return fehl(c, WG_E_WERT_UNGUELTIG, FELD(WG_F_UEBER_12_MITGLIEDER),
                            "\"werte_fuer_12\" oder \"tatsaechliche_zahl\" erwartet");
            a->ueber_12_mitglieder = (wg_ueber_12)w;
        } else if (j_schluessel_ist(k, WG_F_MINDESTMIETE_NACH_ENTLASTUNG)) {
            if (wahr(c, k, FELD(WG_F_MINDESTMIETE_NACH_ENTLASTUNG), &a->mindestmiete_nach_entlastung)) return c->f->code;
        } else {
            return unbekannt(c, k, basis);
        }
    }
    return WG_OK;
}

/* The fields of a household object o (the record's top level, or a running case's household
 * under the path basis). */
static wg_status haushalt_felder(ctx *c, const j_wert *o, const pfad *basis, wg_haushalt *h, bool *stichtag, bool *zeitraum,
                                 bool *mitglieder)
{
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, WG_F_FORMAT)) {
            continue;
        } else if (j_schluessel_ist(k, WG_F_ID)) {
            if (text(c, k, FELD(WG_F_ID), &h->id)) return c->f->code;
        } else if (c->satz && j_schluessel_ist(k, WG_F_EMPFAENGER)) {
            if (wgi_json_empfaenger(k, c->f)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_STICHTAG)) {
            if (datum(c, k, FELD(WG_F_STICHTAG), &h->stichtag)) return c->f->code;
            *stichtag = true;
        } else if (j_schluessel_ist(k, WG_F_ZEITRAUM)) {
            if (zeitraum_lesen(c, k, h)) return c->f->code;
            *zeitraum = true;
        } else if (j_schluessel_ist(k, WG_F_RECHTSSTAND)) {
            if (text(c, k, FELD(WG_F_RECHTSSTAND), &h->rechtsstand)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_MIETENSTUFE)) {
            int64_t v;
            if (ganz(c, k, FELD(WG_F_MIETENSTUFE), &v)) {
                if (c->f->code == WG_E_WERT_UNGUELTIG) c->f->code = WG_E_MIETENSTUFE_UNGUELTIG;
                return c->f->code;
            }
            /* the range of a Mietenstufe is the check's (calc/pruefung.h); here only what an int
             * holds: 0 and anything out of range become −1, which the check refuses */
            h->mietenstufe = v >= 1 && v <= INT_MAX ? (int)v : -1;
        } else if (j_schluessel_ist(k, WG_F_GEMEINDE)) {
            if (text(c, k, FELD(WG_F_GEMEINDE), &h->gemeinde)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_WOHNKOSTEN)) {
            if (wohnkosten_lesen(c, k, basis, h)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_HEIMBEWOHNER)) {
            if (wahr_t(c, k, FELD(WG_F_HEIMBEWOHNER), &h->heimbewohner)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_VERMOEGEN)) {
            if (geld_t(c, k, FELD(WG_F_VERMOEGEN), &h->vermoegen_cent)) return c->f->code;
            h->hat_vermoegen = true;
        } else if (j_schluessel_ist(k, WG_F_ALLEINERZIEHEND)) {
            if (wahr_t(c, k, FELD(WG_F_ALLEINERZIEHEND), &h->alleinerziehend)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_GESAMTEINKOMMEN_MONAT)) {
            if (geld_t(c, k, FELD(WG_F_GESAMTEINKOMMEN_MONAT), &h->gesamteinkommen_monat_cent)) return c->f->code;
            h->hat_gesamteinkommen = true;
        } else if (j_schluessel_ist(k, WG_F_AUSLEGUNG)) {
            if (auslegung_lesen(c, k, basis, &h->auslegung)) return c->f->code;
        } else if (j_schluessel_ist(k, WG_F_MITGLIEDER)) {
            const wg_mitglied *arr = NULL;
            size_t n = 0;
            LISTE_LESEN(wg_mitglied, mitglied_lesen, k, basis, WG_F_MITGLIEDER, WG_MAX_MITGLIEDER, arr, n);
            h->mitglieder = arr;
            h->anzahl_mitglieder = n;
            *mitglieder = true;
        } else {
            return unbekannt(c, k, basis);
        }
    }
    return WG_OK;
}

/* A record's fields from its tree o (c and h set up by the caller). */
static wg_status satz_aus_baum(ctx *c, const j_wert *o, wg_haushalt *h)
{
    const pfad *basis = NULL;
    if (o->typ != J_OBJEKT) return fehl(c, WG_E_JSON_UNGUELTIG, NULL, "ein JSON-Objekt je Datensatz erwartet");
    /* id first, so that every later error can still be attributed to the record */
    const j_wert *idw = j_feld(o, "id");
    if (idw && idw->typ == J_TEXT) h->id = idw->s;
    const j_wert *fw = j_feld(o, WG_F_FORMAT);
    if (fw && fw->typ != J_NULL) {
        const char *s;
        if (text(c, fw, P(WG_F_FORMAT), &s)) return c->f->code;
        if (strcmp(s, "wohngeld-haushalt/1") != 0)
            return fehl(c, WG_E_FORMAT_UNBEKANNT, P(WG_F_FORMAT), "Formatversion \"%.*s\" wird nicht unterstützt "
                        "(erwartet \"wohngeld-haushalt/1\")", wgi_utf8_kurz(s, 40), s);
    }
    bool stichtag = false, zeitraum = false, mitglieder = false;
    if (haushalt_felder(c, o, basis, h, &stichtag, &zeitraum, &mitglieder)) return c->f->code;
    if (stichtag && zeitraum)
        return fehl(c, WG_E_FELD_KONFLIKT, P(WG_F_ZEITRAUM), "stichtag und zeitraum zugleich (rechenweg.md § 6)");
    if (!stichtag && !zeitraum) return fehl(c, WG_E_FELD_FEHLT, P(WG_F_STICHTAG), "Stichtag oder Zeitraum fehlt");
    if (!mitglieder) return fehl(c, WG_E_FELD_FEHLT, P(WG_F_MITGLIEDER), "Haushaltsmitglieder fehlen");
    /* Mietenstufe or Gemeinde, Miete or Heim, the range of a Mietenstufe: the check of every
     * path decides (calc/pruefung.h) */
    return WG_OK;
}

/* A record from its text, or — baum not NULL — from the tree of its text (the CSV reader builds
 * it without the text, csv.c). */
static wg_status lesen(wg_json *j, const char *text_in, size_t len, const j_wert *baum, wg_haushalt *h, wg_fehler *f, bool teil)
{
    ctx cc = {j, f, teil, true}, *c = &cc;
    j->anzahl_unbekannt = 0;
    f->code = WG_OK; /* fehl() writes all of it on an error */
    f->feld[0] = f->meldung[0] = '\0';
    wg_haushalt_init(h);
    const j_wert *o = baum;
    if (!o) {
        const char *meldung;
        o = j_lesen(j->leser, text_in, len, &meldung);
        if (!o)
            return fehl(c, j_speicher_fehlt(j->leser) ? WG_E_SPEICHER : j_grenze_ueberschritten(j->leser) ? WG_E_GRENZE : WG_E_JSON_UNGUELTIG,
                        NULL, "%s", meldung);
    }
    return satz_aus_baum(c, o, h);
}

/* a partial record: lesen and its unknowns */
static wg_status teil_lesen(wg_json *j, const char *text, size_t len, const j_wert *baum, wg_haushalt *h, const wg_unbekannt **u,
                            size_t *anzahl, wg_fehler *f)
{
    const wg_status st = lesen(j, text, len, baum, h, f, true);
    *u = j->unbekannt;
    *anzahl = st == WG_OK ? j->anzahl_unbekannt : 0;
    return st;
}

wg_status wgi_json_teilhaushalt_baum(wg_json *j, const j_wert *o, wg_haushalt *h, const wg_unbekannt **u, size_t *anzahl,
                                     wg_fehler *f)
{
    return teil_lesen(j, NULL, 0, o, h, u, anzahl, f);
}

wg_status wg_json_haushalt_lesen(wg_json *j, const char *text, size_t len, wg_haushalt *h, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    if (!j || !text || !h) return wgi_json_fehler(f, WG_E_ARGUMENT, "", "json, text oder haushalt ist NULL");
    return lesen(j, text, len, NULL, h, f, false);
}

wg_status wg_json_teilhaushalt_lesen(wg_json *j, const char *text, size_t len, wg_haushalt *h, const wg_unbekannt **u,
                                     size_t *anzahl, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    if (!j || !text || !h || !u || !anzahl)
        return wgi_json_fehler(f, WG_E_ARGUMENT, "", "json, text, haushalt, unbekannte oder anzahl ist NULL");
    return teil_lesen(j, text, len, NULL, h, u, anzahl, f);
}

/* ---- for the case reader (fall_json.c; io/lesen.h) ---- */

/* The optional letter head of a record (docs/records.md "empfaenger"; docs/bescheide.md): an object
 * of texts name, aktenzeichen and anschrift (a list of lines). The computation does not read it. */
wg_status wgi_json_empfaenger(const j_wert *w, wg_fehler *f)
{
    if (w->typ != J_OBJEKT) return wgi_json_fehler(f, WG_E_TYP_FALSCH, WG_F_EMPFAENGER, "Objekt erwartet");
    for (const j_wert *k = w->erstes; k; k = k->naechstes) {
        char feld[64];
        snprintf(feld, sizeof feld, WG_F_EMPFAENGER ".%.*s", (int)(k->schluessel_len > 40 ? 40 : k->schluessel_len), k->schluessel);
        if (k->typ == J_NULL) continue;
        if (j_schluessel_ist(k, "name") || j_schluessel_ist(k, "aktenzeichen")) {
            if (k->typ != J_TEXT) return wgi_json_fehler(f, WG_E_TYP_FALSCH, feld, "Text erwartet");
            if (k->len > 200) return wgi_json_fehler(f, WG_E_GRENZE, feld, "höchstens 200 Bytes");
        } else if (j_schluessel_ist(k, "anschrift")) {
            if (k->typ != J_LISTE || k->anzahl < 1 || k->anzahl > 6)
                return wgi_json_fehler(f, WG_E_TYP_FALSCH, feld, "Liste von 1 bis 6 Zeilen erwartet");
            for (const j_wert *z = k->erstes; z; z = z->naechstes)
                if (z->typ != J_TEXT || z->len > 200) return wgi_json_fehler(f, WG_E_TYP_FALSCH, feld, "Zeilen als Text (höchstens 200 Bytes) erwartet");
        } else {
            return wgi_json_fehler(f, WG_E_FELD_UNBEKANNT, feld, "unbekanntes Feld (records.md definiert es nicht)");
        }
    }
    return WG_OK;
}

j_leser *wgi_json_leser(wg_json *j) { return j->leser; }

wg_status wgi_json_haushalt_objekt(wg_json *j, const j_wert *o, const char *pfad_text_, wg_haushalt *h, wg_fehler *f)
{
    ctx cc = {j, f, false, false}, *c = &cc;
    const pfad *basis = P(pfad_text_);
    wg_haushalt_init(h);
    if (typ(c, o, J_OBJEKT, basis)) return c->f->code;
    bool stichtag = false, zeitraum = false, mitglieder = false;
    if (haushalt_felder(c, o, basis, h, &stichtag, &zeitraum, &mitglieder)) return c->f->code;
    if (stichtag || zeitraum)
        return fehl(c, WG_E_FELD_KONFLIKT, FELD(stichtag ? WG_F_STICHTAG : WG_F_ZEITRAUM),
                    "im laufenden Fall ergibt der Bewilligungszeitraum die Monate (docs/laufende-faelle.md)");
    if (!mitglieder) return fehl(c, WG_E_FELD_FEHLT, FELD(WG_F_MITGLIEDER), "Haushaltsmitglieder fehlen");
    return WG_OK;
}

wg_status wgi_json_mitglied_objekt(wg_json *j, const j_wert *o, const char *pfad_text_, wg_mitglied *m, wg_fehler *f)
{
    ctx cc = {j, f, false, false};
    return mitglied_lesen(&cc, o, P(pfad_text_), m);
}

wg_status wgi_json_datum(wg_json *j, const j_wert *w, const char *pfad_text_, wg_datum *d, wg_fehler *f)
{
    ctx cc = {j, f, false, false};
    return datum(&cc, w, P(pfad_text_), d);
}

wg_status wgi_json_monat(wg_json *j, const j_wert *w, const char *pfad_text_, int *jahr, int *monat, wg_fehler *f)
{
    ctx cc = {j, f, false, false};
    return monat_lesen(&cc, w, P(pfad_text_), jahr, monat);
}

wg_status wgi_json_text(wg_json *j, const j_wert *w, const char *pfad_text_, const char **out, wg_fehler *f)
{
    ctx cc = {j, f, false, false};
    return text(&cc, w, P(pfad_text_), out);
}

wg_status wgi_json_wahr(wg_json *j, const j_wert *w, const char *pfad_text_, bool *out, wg_fehler *f)
{
    ctx cc = {j, f, false, false};
    return wahr(&cc, w, P(pfad_text_), out);
}

wg_status wgi_json_fehler(wg_fehler *f, wg_status code, const char *pfad_text_, const char *fmt, ...)
{
    f->code = code;
    snprintf(f->feld, sizeof f->feld, "%s", pfad_text_);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->meldung, sizeof f->meldung, fmt, ap);
    va_end(ap);
    wgi_utf8_ende_reparieren(f->meldung);
    wgi_utf8_ende_reparieren(f->feld);
    return code;
}
