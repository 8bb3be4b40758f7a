/*
 * zusammenfassen.c — `wohngeld zusammenfassen`: the summaries of the shards of one run (batch
 * --shard K/N) merged into the summary of the whole run (docs/skalierung.md).
 *
 *   wohngeld zusammenfassen --aus S1.json --aus S2.json … --ausgabe S.json
 *
 * Exact: counts add as integers, the money sums (decimal strings) with GMP, lists element by
 * element (the shorter padded with zeros: the distribution of amounts ends at its last class with
 * a household), maps key by key; constants (format, class width) must agree. Refused, exit 2,
 * naming the file and the field: summaries of different engines or tables, of different inputs
 * (size and SHA-256), of different settings (all but the output files, the threads, the checkpoint
 * interval and the shard),
 * not all of the form K/N with the same N, a shard missing or given twice, a run that stopped.
 * The merged `lauf` says which shards it holds; its duration is the longest shard's (the wall time
 * when they run side by side). Exports wgi_befehl_zusammenfassen.
 */
#include "batch_dateien.h"
#include "befehle.h"
#include "json.h"
#include "puffer.h"

#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TEILE 4096

typedef struct mischen {
    const char *const *datei;
    size_t n;
    char fehler[512];
} mischen;

static bool fehl(mischen *m, size_t i, const char *pfad, const char *was)
{
    if (!m->fehler[0])
        snprintf(m->fehler, sizeof m->fehler, "%s: %s: %s", i < m->n ? m->datei[i] : "", pfad[0] ? pfad : "(Wurzel)", was);
    return false;
}

static const j_wert *kind(const j_wert *o, const char *k, size_t n)
{
    if (!o || o->typ != J_OBJEKT) return NULL;
    for (const j_wert *c = o->erstes; c; c = c->naechstes)
        if (c->schluessel_len == n && memcmp(c->schluessel, k, n) == 0) return c->typ == J_NULL ? NULL : c;
    return NULL;
}

static bool ganzzahl_text(const char *s)
{
    if (*s == '-') s++;
    if (!*s) return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9') return false;
    return true;
}

static bool gleich(const j_wert *a, const j_wert *b)
{
    if (!a || !b) return a == b;
    return a->typ == b->typ && a->roh_len == b->roh_len && memcmp(a->roh, b->roh, a->roh_len) == 0;
}

static void json_text(wgi_puffer *p, const char *s, size_t n) { wgi_puffer_json_text(p, s, n); }

/* a JSON number that is not a whole number (the reader keeps the raw text, not terminated) */
static bool bruch(const j_wert *w) { return memchr(w->s, '.', w->len) || memchr(w->s, 'e', w->len) || memchr(w->s, 'E', w->len); }

static long long ganz(const j_wert *w)
{
    char b[32];
    snprintf(b, sizeof b, "%.*s", (int)(w->len < 31 ? w->len : 31), w->s);
    return strtoll(b, NULL, 10);
}

/* merges the values w[0..n) (NULL: absent in that shard) at path pfad into p */
static bool wert_mischen(mischen *m, wgi_puffer *p, const j_wert *const *w, size_t n, const char *pfad)
{
    const j_wert *erst = NULL;
    size_t ie = 0;
    for (size_t i = 0; i < n && !erst; i++)
        if (w[i]) erst = w[i], ie = i;
    if (!erst) {
        wgi_puffer_cstr(p, "null");
        return true;
    }
    for (size_t i = 0; i < n; i++)
        if (w[i] && w[i]->typ != erst->typ) return fehl(m, i, pfad, "anderer Typ als in der ersten Zusammenfassung");
    const char *letzter = strrchr(pfad, '.');
    letzter = letzter ? letzter + 1 : pfad;
    switch (erst->typ) {
    case J_OBJEKT: {
        wgi_puffer_zeichen(p, '{');
        bool zuerst = true;
        /* keys in the order they first appear */
        for (size_t i = 0; i < n; i++) {
            if (!w[i]) continue;
            for (const j_wert *c = w[i]->erstes; c; c = c->naechstes) {
                bool schon = false;
                for (size_t j = 0; j < i && !schon; j++) schon = w[j] && kind(w[j], c->schluessel, c->schluessel_len) != NULL;
                if (schon || c->typ == J_NULL) continue;
                const j_wert **sub = malloc(n * sizeof(const j_wert *));
                if (!sub) return fehl(m, i, pfad, "nicht genug Speicher");
                for (size_t j = 0; j < n; j++) sub[j] = kind(w[j], c->schluessel, c->schluessel_len);
                char unterpfad[512];
                snprintf(unterpfad, sizeof unterpfad, "%s%s%.*s", pfad, pfad[0] ? "." : "", (int)c->schluessel_len, c->schluessel);
                if (!zuerst) wgi_puffer_zeichen(p, ',');
                zuerst = false;
                json_text(p, c->schluessel, c->schluessel_len);
                wgi_puffer_zeichen(p, ':');
                const bool ok = wert_mischen(m, p, sub, n, unterpfad);
                free(sub);
                if (!ok) return false;
            }
        }
        wgi_puffer_zeichen(p, '}');
        return true;
    }
    case J_LISTE: {
        size_t laenge = 0;
        for (size_t i = 0; i < n; i++)
            if (w[i] && w[i]->anzahl > laenge) laenge = w[i]->anzahl;
        const j_wert **sub = malloc(n * sizeof(const j_wert *)), **pos = malloc(n * sizeof(const j_wert *));
        if (!sub || !pos) {
            free(sub);
            free(pos);
            return fehl(m, ie, pfad, "nicht genug Speicher");
        }
        for (size_t i = 0; i < n; i++) pos[i] = w[i] ? w[i]->erstes : NULL;
        wgi_puffer_zeichen(p, '[');
        bool ok = true;
        for (size_t k = 0; k < laenge && ok; k++) {
            for (size_t i = 0; i < n; i++) {
                sub[i] = pos[i];
                if (pos[i]) pos[i] = pos[i]->naechstes;
            }
            char unterpfad[512];
            snprintf(unterpfad, sizeof unterpfad, "%s[%zu]", pfad, k);
            if (k) wgi_puffer_zeichen(p, ',');
            ok = wert_mischen(m, p, sub, n, unterpfad);
        }
        wgi_puffer_zeichen(p, ']');
        free(sub);
        free(pos);
        return ok;
    }
    case J_ZAHL: {
        /* a count adds up; a constant (the class width) must agree */
        const bool konstant = strcmp(letzter, "klassenbreite_eur") == 0;
        __int128 summe = 0;
        for (size_t i = 0; i < n; i++) {
            if (!w[i]) continue;
            if (konstant || bruch(w[i])) {
                if (!gleich(w[i], erst)) return fehl(m, i, pfad, "muss in allen Teilen gleich sein");
                continue;
            }
            summe += ganz(w[i]);
        }
        if (konstant || bruch(erst)) {
            wgi_puffer_text(p, erst->s, erst->len);
        } else {
            if (summe > INT64_MAX || summe < INT64_MIN) return fehl(m, ie, pfad, "Summe zu groß");
            wgi_puffer_ganz(p, (int64_t)summe);
        }
        return true;
    }
    case J_TEXT: {
        bool zahl = true;
        for (size_t i = 0; i < n; i++)
            if (w[i] && !ganzzahl_text(w[i]->s)) zahl = false;
        if (!zahl) {
            for (size_t i = 0; i < n; i++)
                if (w[i] && !gleich(w[i], erst)) return fehl(m, i, pfad, "muss in allen Teilen gleich sein");
            json_text(p, erst->s, erst->len);
            return true;
        }
        /* an exact sum of euros (GMP) */
        mpz_t s, t;
        mpz_init(s);
        mpz_init(t);
        for (size_t i = 0; i < n; i++)
            if (w[i]) {
                mpz_set_str(t, w[i]->s, 10);
                mpz_add(s, s, t);
            }
        char *z = mpz_get_str(NULL, 10, s);
        mpz_clear(s);
        mpz_clear(t);
        if (!z) return fehl(m, ie, pfad, "nicht genug Speicher");
        json_text(p, z, strlen(z));
        free(z);
        return true;
    }
    case J_BOOL: {
        /* the open last class of the distribution: open when a shard has a household in it */
        if (strcmp(letzter, "letzte_klasse_offen") == 0) {
            bool oder = false;
            for (size_t i = 0; i < n; i++) oder |= w[i] && w[i]->b;
            wgi_puffer_cstr(p, oder ? "true" : "false");
            return true;
        }
        for (size_t i = 0; i < n; i++)
            if (w[i] && w[i]->b != erst->b) return fehl(m, i, pfad, "muss in allen Teilen gleich sein");
        wgi_puffer_cstr(p, erst->b ? "true" : "false");
        return true;
    }
    case J_NULL:
        break;
    }
    wgi_puffer_cstr(p, "null");
    return true;
}

static const j_wert *feld(const j_wert *o, const char *pfad)
{
    const j_wert *w = o;
    while (w && *pfad) {
        const char *punkt = strchr(pfad, '.');
        const size_t n = punkt ? (size_t)(punkt - pfad) : strlen(pfad);
        w = kind(w, pfad, n);
        pfad += n + (punkt ? 1 : 0);
    }
    return w;
}

/* lauf: the shards of one run — same engine, input and settings; every K of N exactly once */
static bool lauf_mischen(mischen *m, wgi_puffer *p, const j_wert *const *w, size_t n)
{
    static const char *const gleich_pfade[] = {"lauf.engine", "lauf.eingabe.groesse", "lauf.eingabe.sha256", "lauf.einstellungen.format",
                                               "lauf.einstellungen.ausgabe_umfang", "lauf.einstellungen.art",
                                               "lauf.einstellungen.fall", "lauf.einstellungen.trennzeichen",
                                               "lauf.einstellungen.block", "format"};
    for (size_t g = 0; g < sizeof gleich_pfade / sizeof *gleich_pfade; g++)
        for (size_t i = 1; i < n; i++)
            if (!gleich(feld(w[i], gleich_pfade[g]), feld(w[0], gleich_pfade[g])))
                return fehl(m, i, gleich_pfade[g], "weicht von der ersten Zusammenfassung ab — nicht derselbe Lauf");
    if (!feld(w[0], "lauf.eingabe.sha256")) return fehl(m, 0, "lauf.eingabe.sha256", "fehlt (die Eingabe wurde nicht ganz gelesen)");
    long anzahl = -1;
    unsigned char *da = NULL;
    for (size_t i = 0; i < n; i++) {
        const j_wert *k = feld(w[i], "lauf.einstellungen.shard.k"), *nn = feld(w[i], "lauf.einstellungen.shard.n");
        const j_wert *ab = feld(w[i], "lauf.abgebrochen");
        if (ab && ab->typ == J_BOOL && ab->b) return fehl(m, i, "lauf.abgebrochen", "der Teil wurde angehalten — erst fortsetzen");
        if (!k || !nn || k->typ != J_ZAHL || nn->typ != J_ZAHL) return fehl(m, i, "lauf.einstellungen.shard", "kein Teil eines Laufs mit --shard K/N");
        const long kk = (long)ganz(k), nv = (long)ganz(nn);
        if (anzahl < 0) {
            anzahl = nv;
            if (anzahl < 1 || anzahl > 100000 || (size_t)anzahl != n) {
                free(da);
                return fehl(m, i, "lauf.einstellungen.shard.n", (size_t)anzahl > n ? "es fehlen Teile" : "mehr Zusammenfassungen als Teile");
            }
            da = calloc((size_t)anzahl + 1, 1);
            if (!da) return fehl(m, i, "", "nicht genug Speicher");
        }
        if (nv != anzahl) {
            free(da);
            return fehl(m, i, "lauf.einstellungen.shard.n", "anderes N als die erste Zusammenfassung");
        }
        if (kk < 1 || kk > anzahl || da[kk]++) {
            free(da);
            return fehl(m, i, "lauf.einstellungen.shard.k", "Teil doppelt oder außerhalb von 1 … N");
        }
    }
    free(da);
    /* the merged lauf: the first shard's, with the shards' times and counts */
    const j_wert *l0 = feld(w[0], "lauf");
    double dauer = 0;
    unsigned long long saetze = 0, fort = 0;
    const char *beginn = NULL, *ende = NULL, *erster = NULL;
    size_t lb = 0, le = 0, lr = 0;
    for (size_t i = 0; i < n; i++) {
        const j_wert *d = feld(w[i], "lauf.dauer_sekunden"), *s = feld(w[i], "lauf.datensaetze_in_diesem_lauf"),
                     *f = feld(w[i], "lauf.fortsetzungen"), *b = feld(w[i], "lauf.beginn"), *e = feld(w[i], "lauf.ende"),
                     *r = feld(w[i], "lauf.erster_beginn");
        if (d && d->typ == J_ZAHL) {
            char z[32];
            snprintf(z, sizeof z, "%.*s", (int)(d->len < 31 ? d->len : 31), d->s);
            if (strtod(z, NULL) > dauer) dauer = strtod(z, NULL);
        }
        if (s && s->typ == J_ZAHL) saetze += (unsigned long long)ganz(s);
        if (f && f->typ == J_ZAHL) fort += (unsigned long long)ganz(f);
        if (b && b->typ == J_TEXT && (!beginn || strcmp(b->s, beginn) < 0)) beginn = b->s, lb = b->len;
        if (r && r->typ == J_TEXT && (!erster || strcmp(r->s, erster) < 0)) erster = r->s, lr = r->len;
        if (e && e->typ == J_TEXT && (!ende || strcmp(e->s, ende) > 0)) ende = e->s, le = e->len;
    }
    char b[256];
    wgi_puffer_cstr(p, ",\"lauf\":{\"engine\":");
    wgi_puffer_text(p, feld(l0, "engine")->roh, feld(l0, "engine")->roh_len);
    wgi_puffer_cstr(p, ",\"eingabe\":");
    wgi_puffer_text(p, feld(l0, "eingabe")->roh, feld(l0, "eingabe")->roh_len);
    wgi_puffer_cstr(p, ",\"einstellungen\":{");
    const j_wert *ein = feld(l0, "einstellungen");
    bool zuerst = true;
    unsigned long long threads = 0;
    for (size_t i = 0; i < n; i++) {
        const j_wert *t = feld(w[i], "lauf.einstellungen.threads");
        if (t && t->typ == J_ZAHL) threads += (unsigned long long)ganz(t);
    }
    for (const j_wert *c = ein ? ein->erstes : NULL; c; c = c->naechstes) {
        if (!zuerst) wgi_puffer_zeichen(p, ',');
        zuerst = false;
        json_text(p, c->schluessel, c->schluessel_len);
        wgi_puffer_zeichen(p, ':');
        if (j_schluessel_ist(c, "ausgabe") || j_schluessel_ist(c, "fehler")) wgi_puffer_cstr(p, "null");
        else if (j_schluessel_ist(c, "threads")) wgi_puffer_ganz(p, (int64_t)threads);
        else if (j_schluessel_ist(c, "shard")) {
            snprintf(b, sizeof b, "{\"k\":null,\"n\":%ld}", anzahl);
            wgi_puffer_cstr(p, b);
        } else wgi_puffer_text(p, c->roh, c->roh_len);
    }
    wgi_puffer_cstr(p, "},\"erster_beginn\":");
    if (erster) json_text(p, erster, lr);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"beginn\":");
    if (beginn) json_text(p, beginn, lb);
    else wgi_puffer_cstr(p, "null");
    wgi_puffer_cstr(p, ",\"ende\":");
    if (ende) json_text(p, ende, le);
    else wgi_puffer_cstr(p, "null");
    snprintf(b, sizeof b, ",\"dauer_sekunden\":%.3f,\"datensaetze_in_diesem_lauf\":%llu,\"datensaetze_je_sekunde\":%.0f,"
                          "\"fortsetzungen\":%llu,\"abgebrochen\":false,\"teile\":%ld}",
             dauer, saetze, dauer > 0 ? (double)saetze / dauer : 0.0, fort, anzahl);
    wgi_puffer_cstr(p, b);
    return true;
}

int wgi_befehl_zusammenfassen(int argc, char **argv)
{
    const char *aus[MAX_TEILE], *ziel = NULL;
    size_t n = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--aus") == 0 && i + 1 < argc && n < MAX_TEILE) aus[n++] = argv[++i];
        else if (strcmp(argv[i], "--ausgabe") == 0 && i + 1 < argc) ziel = argv[++i];
        else {
            fputs("Aufruf: wohngeld zusammenfassen --aus TEIL1.json --aus TEIL2.json … --ausgabe GESAMT.json\n", stderr);
            return 2;
        }
    }
    if (n == 0 || !ziel) {
        fputs("Aufruf: wohngeld zusammenfassen --aus TEIL1.json --aus TEIL2.json … --ausgabe GESAMT.json\n", stderr);
        return 2;
    }
    for (size_t i = 0; i < n; i++)
        if (batch_gleiche_datei(aus[i], ziel)) {
            fprintf(stderr, "wohngeld zusammenfassen: --ausgabe %s ist eine der Eingaben\n", ziel);
            return 2;
        }
    int rc = 2;
    char **texte = calloc(n, sizeof(char *));
    j_leser **leser = calloc(n, sizeof(j_leser *));
    const j_wert **w = calloc(n, sizeof(const j_wert *));
    wgi_puffer p = {0};
    mischen m = {aus, n, ""};
    if (!texte || !leser || !w) goto ende;
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        const char *meldung = NULL;
        texte[i] = wgi_datei_ganz_lesen(aus[i], &len);
        leser[i] = j_leser_neu();
        if (!texte[i] || !leser[i]) {
            fprintf(stderr, "wohngeld zusammenfassen: %s: nicht lesbar\n", aus[i]);
            goto ende;
        }
        w[i] = j_lesen(leser[i], texte[i], len, &meldung);
        if (!w[i] || w[i]->typ != J_OBJEKT) {
            fprintf(stderr, "wohngeld zusammenfassen: %s: kein JSON-Objekt (%s)\n", aus[i], meldung ? meldung : "");
            goto ende;
        }
        const j_wert *f = kind(w[i], "format", 6);
        if (!f || f->typ != J_TEXT || strcmp(f->s, "wohngeld-batch-zusammenfassung/3") != 0) {
            fprintf(stderr, "wohngeld zusammenfassen: %s: keine Zusammenfassung von wohngeld batch (format)\n", aus[i]);
            goto ende;
        }
    }
    /* everything but lauf, merged; then lauf */
    wgi_puffer_zeichen(&p, '{');
    bool zuerst = true, ok = true;
    const j_wert **sub = calloc(n, sizeof(const j_wert *));
    if (!sub) goto ende;
    for (const j_wert *c = w[0]->erstes; c && ok; c = c->naechstes) {
        if (j_schluessel_ist(c, "lauf")) continue;
        for (size_t i = 0; i < n; i++) sub[i] = kind(w[i], c->schluessel, c->schluessel_len);
        char pfad[128];
        snprintf(pfad, sizeof pfad, "%.*s", (int)c->schluessel_len, c->schluessel);
        if (!zuerst) wgi_puffer_zeichen(&p, ',');
        zuerst = false;
        json_text(&p, c->schluessel, c->schluessel_len);
        wgi_puffer_zeichen(&p, ':');
        ok = wert_mischen(&m, &p, sub, n, pfad);
    }
    /* a key a later shard has and the first has not (a block in one shard only) */
    for (size_t i = 1; i < n && ok; i++)
        for (const j_wert *c = w[i]->erstes; c && ok; c = c->naechstes) {
            if (kind(w[0], c->schluessel, c->schluessel_len) || j_schluessel_ist(c, "lauf")) continue;
            bool schon = false;
            for (size_t j = 1; j < i && !schon; j++) schon = kind(w[j], c->schluessel, c->schluessel_len) != NULL;
            if (schon) continue;
            for (size_t j = 0; j < n; j++) sub[j] = kind(w[j], c->schluessel, c->schluessel_len);
            char pfad[128];
            snprintf(pfad, sizeof pfad, "%.*s", (int)c->schluessel_len, c->schluessel);
            wgi_puffer_zeichen(&p, ',');
            json_text(&p, c->schluessel, c->schluessel_len);
            wgi_puffer_zeichen(&p, ':');
            ok = wert_mischen(&m, &p, sub, n, pfad);
        }
    free(sub);
    if (ok) ok = lauf_mischen(&m, &p, w, n);
    wgi_puffer_cstr(&p, "}\n");
    if (!ok) {
        fprintf(stderr, "wohngeld zusammenfassen: %s\n", m.fehler);
        goto ende;
    }
    if (p.fehler) {
        fprintf(stderr, "wohngeld zusammenfassen: nicht genug Speicher\n");
        goto ende;
    }
    char meldung[512];
    if (batch_atomar_schreiben(ziel, p.daten, p.len, meldung, sizeof meldung) != 0) {
        fprintf(stderr, "wohngeld zusammenfassen: %s\n", meldung);
        goto ende;
    }
    fprintf(stderr, "wohngeld zusammenfassen: %zu Teile → %s\n", n, ziel);
    rc = 0;
ende:
    for (size_t i = 0; texte && i < n; i++) free(texte[i]);
    for (size_t i = 0; leser && i < n; i++) j_leser_frei(leser[i]);
    free(texte);
    free(leser);
    free(w);
    wgi_puffer_frei(&p);
    return rc;
}
