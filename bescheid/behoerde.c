/*
 * behoerde.c — the authority's file (behoerde.json, "wohngeld-behoerde/1"; docs/bescheide.md § 7):
 * its name, addresses, Rechtsbehelf, Bekanntgabe, automation, Anhörung, payment and invitation
 * data. The file is read once and kept as a tree; a letter asks for each value by path when it
 * needs it, so a missing value stops exactly the letters that need it (behoerde_unvollstaendig).
 *
 * Exports: wg_behoerde_lesen, wg_behoerde_frei, wg_behoerde_name, wg_behoerde_fall_einstellungen (public);
 * bs_k_* (bescheid_intern.h).
 */
#include "bescheid_intern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct wg_behoerde {
    j_leser *leser;
    char *text;              /* the file's text: the tree points into it */
    const j_wert *wurzel;
    const char *name;
};

static wg_behoerde *fehl(wg_behoerde *k, wg_fehler *f, wg_status code, const char *feld, const char *meldung)
{
    if (f) {
        f->code = code;
        snprintf(f->feld, sizeof f->feld, "%s", feld);
        snprintf(f->meldung, sizeof f->meldung, "%s", meldung);
    }
    wg_behoerde_frei(k);
    return NULL;
}

/* Checks the types of the known fields; unknown keys are refused, so a misspelt field cannot
 * silently fall back to a default. */
typedef struct k_feld { const char *pfad; j_typ typ; } k_feld;
static const k_feld felder[] = {
    {"format", J_TEXT}, {"name", J_TEXT}, {"stand", J_TEXT}, {"freigabe", J_OBJEKT}, {"freigabe.von", J_TEXT},
    {"freigabe.am", J_TEXT}, {"land", J_TEXT}, {"anschrift", J_LISTE}, {"ruecksendeangabe", J_TEXT},
    {"kontakt", J_OBJEKT}, {"kontakt.telefon", J_TEXT}, {"kontakt.email", J_TEXT}, {"kontakt.internet", J_TEXT},
    {"kontakt.sprechzeiten", J_TEXT}, {"feiertage", J_LISTE}, {"aktenzeichen", J_OBJEKT},
    {"aktenzeichen.praefix", J_TEXT}, {"rechtsbehelf", J_OBJEKT}, {"rechtsbehelf.art", J_TEXT},
    {"rechtsbehelf.stelle", J_TEXT}, {"rechtsbehelf.anschrift", J_TEXT}, {"rechtsbehelf.frist", J_TEXT},
    {"rechtsbehelf.form", J_TEXT}, {"bekanntgabe", J_OBJEKT}, {"bekanntgabe.weg", J_TEXT},
    {"bekanntgabe.zustellung", J_BOOL}, {"automation", J_OBJEKT}, {"automation.hinweis", J_TEXT},
    {"automation.ansprechpartner", J_TEXT}, {"automation.vollautomatisch", J_OBJEKT},
    {"automation.vollautomatisch.bewilligung", J_BOOL}, {"automation.vollautomatisch.ablehnung", J_BOOL},
    {"automation.vollautomatisch.aenderung", J_BOOL}, {"automation.vollautomatisch.aufhebung", J_BOOL},
    {"automation.vollautomatisch.anhoerung", J_BOOL}, {"automation.vollautomatisch.einladung", J_BOOL},
    {"anhoerung", J_OBJEKT}, {"anhoerung.tage", J_ZAHL}, {"anhoerung.ausnahmen", J_LISTE},
    {"voruebergehend_bis_monate", J_ZAHL}, {"bewilligungszeitraum", J_OBJEKT},
    {"bewilligungszeitraum.monate", J_ZAHL}, {"bewilligungszeitraum.erlaubt", J_LISTE}, {"auflage_24_4", J_BOOL},
    {"zahlung", J_OBJEKT}, {"zahlung.kasse", J_TEXT}, {"zahlung.iban", J_TEXT}, {"zahlung.bic", J_TEXT},
    {"zahlung.faellig_tage", J_ZAHL}, {"erstattung", J_OBJEKT}, {"erstattung.grenze", J_ZAHL},
    {"erstattung.gesamtschuldner", J_TEXT}, {"daten_max_alter_monate", J_ZAHL}, {"frist_warnung_tage", J_ZAHL},
    {"einladung", J_OBJEKT}, {"einladung.quellen", J_LISTE}, {"einladung.speicherdauer", J_TEXT},
    {"einladung.datenschutzbeauftragter", J_TEXT}, {"einladung.aufsichtsbehoerde", J_TEXT},
    {"einladung.unterlagen", J_OBJEKT}, {"einladung.frist_wochen", J_ZAHL},
};

static const j_wert *suchen(const j_wert *o, const char *pfad)
{
    const j_wert *w = o;
    for (;;) {
        const char *punkt = strchr(pfad, '.');
        const size_t n = punkt ? (size_t)(punkt - pfad) : strlen(pfad);
        if (!w || w->typ != J_OBJEKT) return NULL;
        const j_wert *k = w->erstes;
        while (k && !(k->schluessel_len == n && memcmp(k->schluessel, pfad, n) == 0)) k = k->naechstes;
        if (!k) return NULL;
        if (!punkt) return k->typ != J_NULL ? k : NULL;
        w = k;
        pfad = punkt + 1;
    }
}

static bool pruefen(const j_wert *o, const char *basis, wg_fehler *f)
{
    for (const j_wert *k = o->erstes; k; k = k->naechstes) {
        char pfad[128];
        snprintf(pfad, sizeof pfad, "%s%s%.*s", basis, *basis ? "." : "", (int)(k->schluessel_len > 60 ? 60 : k->schluessel_len),
                 k->schluessel);
        const k_feld *d = NULL;
        for (size_t i = 0; i < sizeof felder / sizeof felder[0]; i++)
            if (strcmp(felder[i].pfad, pfad) == 0) d = &felder[i];
        /* the maps below hold free keys: einladung.unterlagen (field → document) */
        if (!d) {
            if (f) {
                f->code = WG_E_FELD_UNBEKANNT;
                snprintf(f->feld, sizeof f->feld, "%s", pfad);
                snprintf(f->meldung, sizeof f->meldung, "unbekanntes Feld der Behördendatei (docs/bescheide.md § 7)");
            }
            return false;
        }
        if (k->typ != J_NULL && k->typ != d->typ) {
            if (f) {
                f->code = WG_E_TYP_FALSCH;
                snprintf(f->feld, sizeof f->feld, "%s", pfad);
                snprintf(f->meldung, sizeof f->meldung, "%s erwartet",
                         d->typ == J_TEXT ? "Text" : d->typ == J_ZAHL ? "Zahl" : d->typ == J_BOOL ? "true/false"
                                                   : d->typ == J_LISTE ? "Liste" : "Objekt");
            }
            return false;
        }
        if (k->typ == J_OBJEKT && strcmp(pfad, "einladung.unterlagen") != 0 && !pruefen(k, pfad, f)) return false;
        if (k->typ == J_LISTE)
            for (const j_wert *z = k->erstes; z; z = z->naechstes) {
                const bool ok = strcmp(pfad, "bewilligungszeitraum.erlaubt") == 0 ? z->typ == J_ZAHL
                              : strcmp(pfad, "einladung.quellen") == 0 ? z->typ == J_OBJEKT
                              : z->typ == J_TEXT;
                if (!ok) {
                    if (f) {
                        f->code = WG_E_TYP_FALSCH;
                        snprintf(f->feld, sizeof f->feld, "%s", pfad);
                        snprintf(f->meldung, sizeof f->meldung, "ein Element der Liste hat den falschen Typ");
                    }
                    return false;
                }
            }
    }
    return true;
}

wg_behoerde *wg_behoerde_lesen(const char *text, size_t len, wg_fehler *f)
{
    if (f) memset(f, 0, sizeof *f);
    if (!text) return fehl(NULL, f, WG_E_ARGUMENT, "", "text ist NULL");
    wg_behoerde *k = calloc(1, sizeof *k);
    if (!k) return fehl(NULL, f, WG_E_SPEICHER, "", "Speicher");
    k->leser = j_leser_neu();
    k->text = malloc(len + 1);
    if (!k->leser || !k->text) return fehl(k, f, WG_E_SPEICHER, "", "Speicher");
    memcpy(k->text, text, len);
    k->text[len] = '\0';
    const char *meldung = NULL;
    k->wurzel = j_lesen(k->leser, k->text, len, &meldung);
    if (!k->wurzel)
        return fehl(k, f, j_speicher_fehlt(k->leser) ? WG_E_SPEICHER : j_grenze_ueberschritten(k->leser) ? WG_E_GRENZE : WG_E_JSON_UNGUELTIG,
                    "", meldung ? meldung : "kein JSON");
    if (k->wurzel->typ != J_OBJEKT) return fehl(k, f, WG_E_JSON_UNGUELTIG, "", "ein JSON-Objekt erwartet");
    const j_wert *fw = suchen(k->wurzel, "format");
    if (!fw || fw->typ != J_TEXT || strcmp(fw->s, "wohngeld-behoerde/1") != 0)
        return fehl(k, f, WG_E_FORMAT_UNBEKANNT, "format", "\"format\":\"wohngeld-behoerde/1\" erwartet");
    if (!pruefen(k->wurzel, "", f)) {
        wg_behoerde_frei(k);
        return NULL;
    }
    const j_wert *nw = suchen(k->wurzel, "name");
    if (!nw || nw->len == 0) return fehl(k, f, WG_E_FELD_FEHLT, "name", "der Name der Behörde fehlt");
    k->name = nw->s;
    /* numbers the letters compute with: within their sense */
    static const struct { const char *pfad; long min, max; } zahlen[] = {
        {"anhoerung.tage", 1, 60}, {"voruebergehend_bis_monate", 0, 24}, {"bewilligungszeitraum.monate", 1, 24},
        {"zahlung.faellig_tage", 0, 365}, {"erstattung.grenze", 0, 1000000000}, {"daten_max_alter_monate", 1, 120},
        {"frist_warnung_tage", 0, 365}, {"einladung.frist_wochen", 1, 52}};
    for (size_t i = 0; i < sizeof zahlen / sizeof zahlen[0]; i++) {
        const j_wert *w = suchen(k->wurzel, zahlen[i].pfad);
        if (!w) continue;
        char *ende;
        long v = strtol(w->s, &ende, 10);
        if (ende != w->s + w->len || v < zahlen[i].min || v > zahlen[i].max)
            return fehl(k, f, WG_E_WERT_UNGUELTIG, zahlen[i].pfad, "ganze Zahl außerhalb des zulässigen Bereichs");
    }
    const j_wert *fe = suchen(k->wurzel, "feiertage");
    if (fe)
        for (const j_wert *z = fe->erstes; z; z = z->naechstes) {
            int j, m, t;
            char rest;
            if (sscanf(z->s, "%4d-%2d-%2d%c", &j, &m, &t, &rest) != 3 || z->len != 10)
                return fehl(k, f, WG_E_DATUM_UNGUELTIG, "feiertage", "Datum JJJJ-MM-TT erwartet");
        }
    const j_wert *gs = suchen(k->wurzel, "erstattung.gesamtschuldner");
    if (gs && strcmp(gs->s, "alle") != 0 && strcmp(gs->s, "einzelfall") != 0)
        return fehl(k, f, WG_E_WERT_UNGUELTIG, "erstattung.gesamtschuldner", "\"alle\" oder \"einzelfall\" erwartet");
    const j_wert *ra = suchen(k->wurzel, "rechtsbehelf.art");
    if (ra && strcmp(ra->s, "widerspruch") != 0 && strcmp(ra->s, "klage") != 0)
        return fehl(k, f, WG_E_WERT_UNGUELTIG, "rechtsbehelf.art", "\"widerspruch\" oder \"klage\" erwartet");
    return k;
}

void wg_behoerde_frei(wg_behoerde *k)
{
    if (!k) return;
    j_leser_frei(k->leser);
    free(k->text);
    free(k);
}

const char *wg_behoerde_name(const wg_behoerde *k) { return k ? k->name : NULL; }

const j_wert *bs_k_wert(const wg_behoerde *k, const char *pfad) { return k ? suchen(k->wurzel, pfad) : NULL; }

const char *bs_k_text(const wg_behoerde *k, const char *pfad)
{
    const j_wert *w = bs_k_wert(k, pfad);
    return w && w->typ == J_TEXT && w->len > 0 ? w->s : NULL;
}

bool bs_k_zahl(const wg_behoerde *k, const char *pfad, long *aus)
{
    const j_wert *w = bs_k_wert(k, pfad);
    if (!w || w->typ != J_ZAHL) return false;
    *aus = strtol(w->s, NULL, 10);
    return true;
}

bool bs_k_wahr(const wg_behoerde *k, const char *pfad, bool vorgabe)
{
    const j_wert *w = bs_k_wert(k, pfad);
    return w && w->typ == J_BOOL ? w->b : vorgabe;
}

void bs_k_benutzt(bs_brief *x, const char *pfad)
{
    for (size_t i = 0; i < x->anzahl_konfig; i++)
        if (strcmp(x->konfig[i], pfad) == 0) return;
    if (x->anzahl_konfig < BS_MAX_KONFIG) x->konfig[x->anzahl_konfig++] = pfad;
}

const char *bs_k_muss(wg_bescheide *b, bs_brief *x, const char *pfad)
{
    bs_k_benutzt(x, pfad);
    const char *s = bs_k_text(b->k, pfad);
    if (!s && !b->k_fehlt) b->k_fehlt = pfad;
    return s ? s : "";
}

const char *bs_k_kann(wg_bescheide *b, bs_brief *x, const char *pfad)
{
    const char *s = bs_k_text(b->k, pfad);
    if (s) bs_k_benutzt(x, pfad);
    return s;
}

long bs_k_zahl_vorgabe(wg_bescheide *b, bs_brief *x, const char *pfad, long vorgabe)
{
    long v;
    if (!bs_k_zahl(b->k, pfad, &v)) return vorgabe;
    bs_k_benutzt(x, pfad);
    return v;
}

bool bs_k_feiertag(const wg_behoerde *k, wg_datum d)
{
    const j_wert *fe = bs_k_wert(k, "feiertage");
    if (!fe) return false;
    char iso[16];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.jahr, d.monat, d.tag);
    for (const j_wert *z = fe->erstes; z; z = z->naechstes)
        if (strcmp(z->s, iso) == 0) return true;
    return false;
}

void wg_behoerde_fall_einstellungen(const wg_behoerde *k, wg_fall_einstellungen *s)
{
    long v;
    if (!k || !s) return;
    if (bs_k_zahl(k, "voruebergehend_bis_monate", &v)) s->voruebergehend_bis_monate = (int)v;
    if (bs_k_zahl(k, "erstattung.grenze", &v)) s->erstattung_grenze = v;
    if (bs_k_zahl(k, "daten_max_alter_monate", &v)) s->daten_max_alter_monate = (int)v;
    if (bs_k_zahl(k, "frist_warnung_tage", &v)) s->frist_warnung_tage = (int)v;
}
