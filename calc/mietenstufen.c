/*
 * mietenstufen.c — Mietenstufen lists as data, and the lookup of a Gemeinde's Mietenstufe.
 *
 * Enacted lists carry the AGS (tables/mietenstufen-2023.tab): an 8-digit AGS matches a gemeinde
 * or insel row exactly, else the kreis row of its first five digits ("Soweit die zu einem Kreis
 * gehörenden Gemeinden in den Tabellen nicht gesondert aufgeführt sind, gilt die Mietenstufe des
 * Kreises", Anlage zu § 1 Abs. 3 WoGV; § 12 Abs. 3 WoGG), else there is no Stufe — an error,
 * never a default.
 *
 * The 2027 draft list has names only. For the scenario an AGS is first looked up in the enacted
 * list; its row's Land and name are then matched to the draft: exactly, else by the name before
 * the first comma (the draft writes "Ingolstadt, Stadt" where the 2023 list has "Ingolstadt").
 * A Gemeinde listed individually in 2023 that cannot be matched to exactly one draft row is an
 * error (docs/mietenstufen.md lists them); a Gemeinde not listed individually takes the draft
 * value of its Kreis.
 */
#include "mietenstufen.h"
#include "engine.h"
#include "text.h"

#include <ctype.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- lookup ---- */

/* The row of a key (wgi_ags_schluessel) in a list sorted by AGS, or NULL: the last row whose key
 * is <= schluessel, found by halving without a branch on the data (the bulk path looks up
 * Gemeinden in random order). */
static const wgi_ort *per_schluessel(const wgi_mietenstufenliste *m, uint64_t schluessel)
{
    const wgi_ort *basis = m->orte;
    size_t n = m->anzahl;
    if (n == 0) return NULL;
    while (n > 1) {
        size_t halb = n / 2;
        basis = basis[halb].schluessel <= schluessel ? basis + halb : basis;
        n -= halb;
    }
    return basis->schluessel == schluessel ? basis : NULL;
}

/* The key of the Kreis of an 8-digit AGS: its first five digits, NUL-padded. */
static uint64_t kreis_schluessel(uint64_t schluessel) { return schluessel & ~(uint64_t)0xFFFFFF; }

bool wgi_ags_gueltig(const char *ags)
{
    for (int i = 0; i < 8; i++)
        if (ags[i] < '0' || ags[i] > '9') return false;
    return ags[8] == '\0';
}

/* The enacted list with AGS valid on the day, or NULL. */
static const wgi_mietenstufenliste *liste_am(const wgi_tabellen *t, int tag)
{
    const wgi_mietenstufenliste *best = NULL;
    for (int i = 0; i < t->anzahl_listen; i++) {
        const wgi_mietenstufenliste *m = &t->liste[i];
        if (m->szenario[0] || !m->mit_ags) continue;
        if (m->ab <= tag && (m->bis == 0 || tag <= m->bis)) best = m;
    }
    return best;
}

int wgi_mietenstufe_schluessel(const wgi_tabellen *t, uint64_t schluessel, int tag)
{
    const wgi_mietenstufenliste *m = liste_am(t, tag);
    if (!m) return 0;
    const wgi_ort *o = per_schluessel(m, schluessel);
    if (!o) o = per_schluessel(m, kreis_schluessel(schluessel));
    return o ? o->stufe : 0;
}

static size_t kern_laenge(const char *name)
{
    const char *k = strchr(name, ',');
    return k ? (size_t)(k - name) : strlen(name);
}

/* One word of a name, for matching the draft by name (docs/mietenstufen.md): the name before
 * its first comma split at spaces, dots, slashes, hyphens and parentheses; a word followed by a
 * dot is an abbreviation. */
typedef struct wort {
    const char *s;
    size_t n;
    bool abk;
} wort;
#define MAX_WOERTER 16

static bool trenner(char c) { return c == ' ' || c == '.' || c == '/' || c == '-' || c == '(' || c == ')'; }

/* the words of name; 0 when there are more than MAX_WOERTER */
static size_t woerter(const char *name, wort *w)
{
    const char *ende = name + kern_laenge(name), *p = name;
    size_t n = 0;
    for (;;) {
        while (p < ende && trenner(*p)) p++;
        if (p >= ende) return n;
        if (n == MAX_WOERTER) return 0;
        const char *a = p;
        while (p < ende && !trenner(*p)) p++;
        w[n++] = (wort){a, (size_t)(p - a), p < ende && *p == '.'};
    }
}

static char klein(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* a.n bytes equal b (ASCII letters without regard to case) */
static bool gleich(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n) return false;
    for (size_t i = 0; i < n; i++)
        if (klein(a[i]) != klein(b[i])) return false;
    return true;
}

/* an abbreviation k stands for the word v: the abbreviations of the two lists ("a." am/an,
 * "a.d." an der, "b." bei, "i." im/in, "i.d." in der, "St." Sankt), else v begins with k
 * ("OPf." Oberpfalz is not needed: both lists abbreviate it) */
static bool steht_fuer(const wort *k, const wort *v)
{
    static const char *const abk[][3] = {{"a", "am", "an"}, {"b", "bei", NULL}, {"d", "der", NULL},
                                         {"i", "im", "in"}, {"st", "sankt", NULL}};
    for (size_t i = 0; i < sizeof abk / sizeof abk[0]; i++)
        if (gleich(k->s, k->n, abk[i][0])) return gleich(v->s, v->n, abk[i][1]) || (abk[i][2] && gleich(v->s, v->n, abk[i][2]));
    if (v->n <= k->n) return false;
    for (size_t i = 0; i < k->n; i++)
        if (klein(k->s[i]) != klein(v->s[i])) return false;
    return true;
}

/* Two names alike after normalising spaces, punctuation and the abbreviations of the lists:
 * "Murnau a.Staffelsee, M" ~ "Murnau a. Staffelsee, Markt", "Dillingen a.d.Donau" ~ "Dillingen
 * an der Donau", "St. Wendel" ~ "Sankt Wendel", "Lauenburg/ Elbe" ~ "Lauenburg/Elbe" (the part
 * after the first comma — St/Stadt, M/Markt, GKSt — is not compared). */
static bool namen_gleich(const char *a, const char *b)
{
    wort x[MAX_WOERTER], y[MAX_WOERTER];
    const size_t nx = woerter(a, x), ny = woerter(b, y);
    if (nx == 0 || nx != ny) return false;
    for (size_t i = 0; i < nx; i++) {
        if (x[i].abk == y[i].abk && x[i].n == y[i].n && !memcmp(x[i].s, y[i].s, x[i].n)) continue;
        if (x[i].abk && !y[i].abk && steht_fuer(&x[i], &y[i])) continue;
        if (y[i].abk && !x[i].abk && steht_fuer(&y[i], &x[i])) continue;
        return false;
    }
    return true;
}

/* Draft row for a row of the enacted list: exact Land+name+art, else by the name before the
 * first comma, else by that name normalised (namen_gleich); NULL when none or several match. */
static const wgi_ort *im_entwurf(const wgi_mietenstufenliste *e, const wgi_ort *o)
{
    const wgi_ort *treffer = NULL;
    int anzahl = 0;
    for (size_t i = 0; i < e->anzahl; i++) {
        const wgi_ort *d = &e->orte[i];
        if (d->art == o->art && !strcmp(d->land, o->land) && !strcmp(d->name, o->name)) { treffer = d; anzahl++; }
    }
    if (anzahl == 1) return treffer;
    if (anzahl > 1) return NULL;
    size_t kl = kern_laenge(o->name);
    for (size_t i = 0; i < e->anzahl; i++) {
        const wgi_ort *d = &e->orte[i];
        if (d->art == o->art && !strcmp(d->land, o->land) && kern_laenge(d->name) == kl && !strncmp(d->name, o->name, kl)) {
            treffer = d;
            anzahl++;
        }
    }
    if (anzahl == 1) return treffer;
    if (anzahl > 1) return NULL;
    for (size_t i = 0; i < e->anzahl; i++) {
        const wgi_ort *d = &e->orte[i];
        if (d->art == o->art && !strcmp(d->land, o->land) && namen_gleich(o->name, d->name)) {
            treffer = d;
            anzahl++;
        }
    }
    return anzahl == 1 ? treffer : NULL;
}

static wg_status fehler(wg_fehler *f, wg_status code, const char *fmt, const char *a, const char *b)
{
    f->code = code;
    snprintf(f->feld, sizeof f->feld, "gemeinde");
    snprintf(f->meldung, sizeof f->meldung, fmt, a, b);
    wgi_utf8_ende_reparieren(f->meldung);
    return code;
}

wg_status wgi_mietenstufe_finden(const wgi_tabellen *t, const char *ags, int stichtag, const wgi_periode *p,
                                wgi_ort_treffer *tr, wg_fehler *f)
{
    memset(tr, 0, sizeof *tr);
    size_t len = strlen(ags);
    if (!wgi_ags_gueltig(ags))
        return fehler(f, WG_E_GEMEINDE_UNGUELTIG, "\"%s\" ist kein Amtlicher Gemeindeschlüssel (8 Ziffern)%s", len > 20 ? "…" : ags, "");
    const wgi_mietenstufenliste *entwurf = NULL;
    if (p && p->szenario)
        for (int i = 0; i < t->anzahl_listen; i++)
            if (!strcmp(t->liste[i].szenario, p->id) || !strcmp(t->liste[i].szenario, p->basis)) entwurf = &t->liste[i];
    /* the enacted list: the one valid on the day; for a scenario the newest enacted list */
    const wgi_mietenstufenliste *m = liste_am(t, entwurf ? entwurf->ab - 1 : stichtag);
    if (!m && entwurf) m = liste_am(t, stichtag);
    if (!m)
        return fehler(f, WG_E_GEMEINDE_OHNE_LISTE,
                      "für diesen Stichtag ist keine Mietenstufenliste mit Gemeindeschlüsseln hinterlegt (erst ab "
                      "2023); bitte mietenstufe angeben%s%s", "", "");
    char kreis[6];
    memcpy(kreis, ags, 5);
    kreis[5] = '\0';
    const uint64_t schluessel = wgi_ags_schluessel(ags);
    const wgi_ort *g = per_schluessel(m, schluessel);
    const wgi_ort *k = g ? NULL : per_schluessel(m, kreis_schluessel(schluessel));
    if (!g && !k)
        return fehler(f, WG_E_GEMEINDE_UNBEKANNT,
                      "Gemeindeschlüssel %s weder als Gemeinde noch als Kreis %s in der Mietenstufenliste", ags, kreis);
    tr->liste = m;
    tr->ort = g ? g : k;
    tr->stufe = tr->ort->stufe;
    tr->wie = g ? (g->art == WGI_ORT_INSEL ? "Insel ohne Festlandanschluss (§ 12 Abs. 4a WoGG)" : "Gemeinde gesondert aufgeführt")
                : "Gemeinde nicht gesondert aufgeführt: Mietenstufe des Kreises";
    if (!entwurf) return WG_OK;

    const wgi_ort *d = NULL;
    tr->liste = entwurf;
    if (g && g->art == WGI_ORT_INSEL) {
        for (size_t i = 0; i < entwurf->anzahl; i++)
            if (entwurf->orte[i].art == WGI_ORT_INSEL) d = &entwurf->orte[i];
        tr->wie = "Entwurf: Inseln ohne Festlandanschluss";
    } else if (g) {
        d = im_entwurf(entwurf, g);
        if (!d)
            return fehler(f, WG_E_GEMEINDE_UNBEKANNT,
                          "Gemeinde \"%s\" (%s) ist in der Entwurfsliste 2027 nicht eindeutig zuzuordnen "
                          "(Namensabgleich ohne Gemeindeschlüssel, docs/mietenstufen.md)", g->name, ags);
        tr->wie = "Entwurf: Gemeinde per Name und Land zugeordnet";
    } else {
        d = im_entwurf(entwurf, k);
        if (!d)
            return fehler(f, WG_E_GEMEINDE_UNBEKANNT,
                          "Kreis \"%s\" (%s) ist in der Entwurfsliste 2027 nicht eindeutig zuzuordnen "
                          "(Namensabgleich ohne Gemeindeschlüssel, docs/mietenstufen.md)", k->name, kreis);
        tr->wie = "Entwurf: Mietenstufe des Kreises (ob die Gemeinde im Entwurf gesondert aufgeführt ist, "
                  "ist ohne Gemeindeschlüssel nicht prüfbar)";
    }
    if (!d) return fehler(f, WG_E_GEMEINDE_UNBEKANNT, "keine Inselzeile in der Entwurfsliste%s%s", "", "");
    tr->ort = d;
    tr->stufe = d->stufe;
    return WG_OK;
}

/* ---- public API ---- */

static const char *art_name(unsigned char art)
{
    return art == WGI_ORT_KREIS ? "kreis" : art == WGI_ORT_INSEL ? "insel" : "gemeinde";
}

static void info_fuellen(wg_ort_info *info, const wgi_ort *o, const wgi_mietenstufenliste *m, const char *wie)
{
    info->ags = o->ags;
    info->name = o->name;
    info->land = o->land;
    info->art = art_name(o->art);
    info->mietenstufe = o->stufe;
    info->liste = m->id;
    info->quelle = m->quelle;
    info->wie = wie;
}

wg_status wg_mietenstufe_nachschlagen(const wg_engine *e, const char *ags, wg_datum stichtag, const char *rechtsstand,
                                      wg_ort_info *info, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    memset(f, 0, sizeof *f);
    if (!e || !ags || !info) {
        f->code = WG_E_ARGUMENT;
        snprintf(f->meldung, sizeof f->meldung, "%s", wg_status_text(WG_E_ARGUMENT));
        return WG_E_ARGUMENT;
    }
    const wgi_periode *p = NULL;
    if (rechtsstand) {
        p = wgi_tabellen_periode(&e->tabellen, rechtsstand);
        if (!p) {
            f->code = WG_E_RECHTSSTAND_UNBEKANNT;
            snprintf(f->feld, sizeof f->feld, "rechtsstand");
            snprintf(f->meldung, sizeof f->meldung, "unbekannter Rechtsstand \"%.*s\"", wgi_utf8_kurz(rechtsstand, 40), rechtsstand);
            return f->code;
        }
    }
    wgi_ort_treffer t;
    int tag = wgi_datum_tag(&stichtag);
    wg_status s = wgi_mietenstufe_finden(&e->tabellen, ags, tag, p, &t, f);
    if (s != WG_OK) return s;
    info_fuellen(info, t.ort, t.liste, t.wie);
    info->mietenstufe = t.stufe;
    return WG_OK;
}

/* A name folded for searching: ASCII letters lower case, ä ö ü (and capitals) as ae oe ue, ß as
 * ss — so "muenchen", "München" and "MÜNCHEN" find the same Gemeinde. */
static void falten(const char *in, char *aus, size_t kap)
{
    size_t o = 0;
    const unsigned char *u = (const unsigned char *)in;
    for (size_t i = 0; u[i] && o + 3 < kap; i++) {
        const char *ersatz = NULL;
        if (u[i] == 0xC3 && u[i + 1]) {
            switch (u[i + 1]) {
            case 0xA4: case 0x84: ersatz = "ae"; break; /* ä Ä */
            case 0xB6: case 0x96: ersatz = "oe"; break; /* ö Ö */
            case 0xBC: case 0x9C: ersatz = "ue"; break; /* ü Ü */
            case 0x9F: ersatz = "ss"; break;            /* ß */
            default: break;
            }
        }
        if (ersatz) {
            aus[o++] = ersatz[0];
            aus[o++] = ersatz[1];
            i++;
        } else {
            aus[o++] = (char)tolower(u[i]);
        }
    }
    aus[o] = '\0';
}

static bool enthaelt(const char *name, const char *teil_gefaltet)
{
    char n[512];
    falten(name, n, sizeof n);
    return strstr(n, teil_gefaltet) != NULL;
}

size_t wg_orte_suchen(const wg_engine *e, const char *teil, wg_datum stichtag, void (*fn)(const wg_ort_info *, void *),
                      void *kontext)
{
    if (!e || !teil) return 0;
    const wgi_mietenstufenliste *m = liste_am(&e->tabellen, wgi_datum_tag(&stichtag));
    if (!m) return 0;
    size_t anzahl = 0;
    char gesucht[512];
    falten(teil, gesucht, sizeof gesucht);
    for (size_t i = 0; i < m->anzahl; i++) {
        if (!enthaelt(m->orte[i].name, gesucht)) continue;
        anzahl++;
        if (fn) {
            wg_ort_info info;
            info_fuellen(&info, &m->orte[i], m, m->orte[i].art == WGI_ORT_KREIS ? "Kreis" : "Gemeinde");
            fn(&info, kontext);
        }
    }
    return anzahl;
}
