/*
 * bericht.c — `wohngeld bericht --aus ZUSAMMENFASSUNG.json [--aus …] --html BERICHT.html`: one
 * self-contained HTML page (inline CSS and SVG, no script, no external resource, A4 print) from
 * the summaries of night runs (`batch`, also with partial records and running cases) and of
 * reform comparisons (`vergleich --zusammenfassung`), for the people who decide and the auditors
 * who check (docs/bericht.md).
 *
 * Every summary is checked before anything is written: its format and version, every field the
 * report reads, and that all of them come from the same engine and tables. An error names the
 * file; the page is written atomically (batch_atomar_schreiben): never half a page under its name.
 * Exports wgi_befehl_bericht.
 */
#include "fehlertext.h"
#include "batch_dateien.h"
#include "befehle.h"
#include "bericht_svg.h"
#include "json.h"
#include "puffer.h"
#include "text.h"
#include "wohngeld.h"

#include <errno.h>
#include <gmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_QUELLEN 16
#define MAX_GROESSE (16u << 20)

enum { BATCH = 0, VERGLEICH = 1 };

typedef struct quelle {
    const char *datei;
    char *text;
    j_leser *l;
    const j_wert *w;
    int art;
} quelle;

typedef struct bericht {
    quelle q[MAX_QUELLEN];
    int n;
    quelle vorher;             /* --vorher: the last run's summary, for the change of each key figure */
    bool hat_vorher;
    char vorher_warnung[300];  /* another engine or other tables: compared, with this warning */
    char fehler[768];
    wgi_puffer p;
} bericht;

/* ---- reading and checking ---- */

static const j_wert *feld(const j_wert *o, const char *pfad)
{
    /* "a.b.c" through nested objects */
    char teil[64];
    const char *s = pfad;
    while (o && *s) {
        size_t n = strcspn(s, ".");
        if (n >= sizeof teil) return NULL;
        memcpy(teil, s, n);
        teil[n] = '\0';
        o = o->typ == J_OBJEKT ? j_feld(o, teil) : NULL;
        s += n + (s[n] == '.');
    }
    return o;
}

/* Every count and amount a summary may carry: at most 2^40 (about 10^12, far beyond Germany's
 * households or its Wohngeld in euros a month), so that no sum the report forms can overflow —
 * not even over the 100 000 elements a JSON list may have (10^17 < 2^63). */
#define MAX_ZAHL ((int64_t)1 << 40)

static bool ganz_von(const j_wert *w, int64_t *v)
{
    if (!w || (w->typ != J_ZAHL && w->typ != J_TEXT)) return false;
    char b[32];
    if (w->len == 0 || w->len >= sizeof b) return false;
    memcpy(b, w->s, w->len);
    b[w->len] = '\0';
    char *e;
    errno = 0;
    long long x = strtoll(b, &e, 10);
    if (errno || *e || x > MAX_ZAHL || x < -MAX_ZAHL) return false;
    *v = x;
    return true;
}

static int64_t zahl(const j_wert *o, const char *pfad)
{
    int64_t v = 0;
    return ganz_von(feld(o, pfad), &v) ? v : 0;
}

static const char *text_von(const j_wert *o, const char *pfad)
{
    const j_wert *w = feld(o, pfad);
    return w && w->typ == J_TEXT ? w->s : NULL;
}

/* A big integer field (a GMP string, or a number) as its digits, or NULL. */
static const char *ziffern(const j_wert *o, const char *pfad, char *buf, size_t n)
{
    const j_wert *w = feld(o, pfad);
    if (!w || (w->typ != J_TEXT && w->typ != J_ZAHL) || w->len == 0 || w->len >= n) return NULL;
    for (size_t i = 0; i < w->len; i++)
        if (!((w->s[i] >= '0' && w->s[i] <= '9') || (i == 0 && w->s[i] == '-'))) return NULL;
    memcpy(buf, w->s, w->len);
    buf[w->len] = '\0';
    return buf;
}

/* The sum of the counts in an object or a list (a table: lists of lists, as pruefen checked
 * them) — each at most MAX_ZAHL; -1 when one is not a count. */
static int64_t summe_von(const j_wert *o)
{
    int64_t s = 0, v;
    for (const j_wert *k = o ? o->erstes : NULL; k; k = k->naechstes) {
        if (k->typ == J_LISTE) v = summe_von(k);
        else if (!ganz_von(k, &v)) return -1;
        if (v < 0) return -1;
        s += v;
    }
    return s;
}

/* Compares two non-negative big integers given as digits (GMP sums): <0, 0, >0. */
static int gross_vergleich(const j_wert *o, const char *a, const char *b)
{
    char x[64], y[64];
    const char *p = ziffern(o, a, x, sizeof x), *q = ziffern(o, b, y, sizeof y);
    if (!p || !q) return 1;
    while (*p == '0' && p[1]) p++;
    while (*q == '0' && q[1]) q++;
    const size_t lp = strlen(p), lq = strlen(q);
    if (lp != lq) return lp < lq ? -1 : 1;
    return strcmp(p, q);
}

static bool fehlt(bericht *b, const quelle *q, const char *pfad, const char *was)
{
    snprintf(b->fehler, sizeof b->fehler, "%s: Feld \"%s\" fehlt oder ist %s — die Zusammenfassung ist beschädigt oder unvollständig",
             q->datei, pfad, was);
    return false;
}

static bool pruefen(bericht *b, const quelle *q)
{
    static const char *const zahlen_batch[] = {"gelesen", "berechnet", "abgelehnt", "mit_anspruch", "zeitraum_datensaetze",
                                               "vorpruefung.datensaetze", "faelle.datensaetze", "faelle.mit_ueberzahlung",
                                               "faelle.mit_nachzahlung", "lauf.eingabe.groesse", "lauf.einstellungen.threads",
                                               "auslegung_abweichend.zwischenrundung_abschneiden", "auslegung_abweichend.deckelung_auf_miete",
                                               "auslegung_abweichend.ueber_12_tatsaechliche_zahl",
                                               "auslegung_abweichend.mindestmiete_vor_entlastung"};
    static const char *const gross_batch[] = {"summe_wohngeld_monat", "summe_wohngeld_zeitraum", "vorpruefung.summe_wohngeld_min",
                                              "vorpruefung.summe_wohngeld_max", "faelle.summe_ueberzahlung",
                                              "faelle.summe_nachzahlung", "faelle.summe_erstattung"};
    static const char *const objekte_batch[] = {"ohne_anspruch", "abgelehnt_nach_code", "hinweise_nach_code", "nach_rechtsstand",
                                                "vorpruefung.einstufung", "vorpruefung.fehlt_nach_feld",
                                                "faelle.entscheidungen_nach_regel", "verteilung_wohngeld_monat",
                                                "mit_anspruch_nach_mitgliedern_und_mietenstufe", "lauf.einstellungen"};
    static const char *const zahlen_vergleich[] = {"haushalte", "fehler", "gewinnt", "verliert", "faellt_weg", "neu", "gleich",
                                                   "ohne_anspruch", "summe_a", "summe_b", "differenz", "zeitraum_haushalte",
                                                   "monat_a", "monat_b", "monat_differenz"};
    static const char *const texte[] = {"lauf.engine.version", "lauf.engine.tabellen"};
    char buf[64];
    int64_t v;
    if (q->art == BATCH) {
        for (size_t i = 0; i < sizeof zahlen_batch / sizeof *zahlen_batch; i++)
            if (!ganz_von(feld(q->w, zahlen_batch[i]), &v) || v < 0) return fehlt(b, q, zahlen_batch[i], "keine Zahl");
        for (size_t i = 0; i < sizeof gross_batch / sizeof *gross_batch; i++)
            if (!ziffern(q->w, gross_batch[i], buf, sizeof buf)) return fehlt(b, q, gross_batch[i], "keine ganze Zahl");
        for (size_t i = 0; i < sizeof objekte_batch / sizeof *objekte_batch; i++) {
            const j_wert *w = feld(q->w, objekte_batch[i]);
            if (!w || w->typ != J_OBJEKT) return fehlt(b, q, objekte_batch[i], "kein Objekt");
        }
        const j_wert *vt = feld(q->w, "verteilung_wohngeld_monat.anzahl");
        const j_wert *ta = feld(q->w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.anzahl");
        const j_wert *ts = feld(q->w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.summe_wohngeld_monat");
        if (!vt || vt->typ != J_LISTE || vt->anzahl > 1000) return fehlt(b, q, "verteilung_wohngeld_monat.anzahl", "keine Liste");
        for (const j_wert *k = vt->erstes; k; k = k->naechstes)
            if (!ganz_von(k, &v) || v < 0) return fehlt(b, q, "verteilung_wohngeld_monat.anzahl", "keine Liste von Zahlen");
        const j_wert *tab[2] = {ta, ts};
        for (int t = 0; t < 2; t++) {
            if (!tab[t] || tab[t]->typ != J_LISTE || tab[t]->anzahl != 13)
                return fehlt(b, q, "mit_anspruch_nach_mitgliedern_und_mietenstufe", "keine Tabelle 13 × 7");
            for (const j_wert *z = tab[t]->erstes; z; z = z->naechstes) {
                if (z->typ != J_LISTE || z->anzahl != 7) return fehlt(b, q, "mit_anspruch_nach_mitgliedern_und_mietenstufe", "keine Tabelle 13 × 7");
                for (const j_wert *k = z->erstes; k; k = k->naechstes)
                    if (!ganz_von(k, &v) || v < 0) return fehlt(b, q, "mit_anspruch_nach_mitgliedern_und_mietenstufe", "keine Tabelle von Zahlen");
            }
        }
        /* the objects of counts: each member a count */
        static const char *const zaehl_objekte[] = {"ohne_anspruch", "abgelehnt_nach_code", "hinweise_nach_code", "nach_rechtsstand",
                                                    "vorpruefung.einstufung", "vorpruefung.fehlt_nach_feld",
                                                    "faelle.entscheidungen_nach_regel"};
        for (size_t i = 0; i < sizeof zaehl_objekte / sizeof *zaehl_objekte; i++)
            for (const j_wert *k = feld(q->w, zaehl_objekte[i])->erstes; k; k = k->naechstes)
                if (!ganz_von(k, &v) || v < 0) return fehlt(b, q, zaehl_objekte[i], "kein Objekt von Anzahlen");
        /* since 1.3, optional: the screening's hints that hold only at a witness */
        const j_wert *zh = feld(q->w, "vorpruefung.hinweise_nur_bei_zeuge");
        if (zh && zh->typ != J_OBJEKT) return fehlt(b, q, "vorpruefung.hinweise_nur_bei_zeuge", "kein Objekt");
        for (const j_wert *k = zh ? zh->erstes : NULL; k; k = k->naechstes)
            if (!ganz_von(k, &v) || v < 0) return fehlt(b, q, "vorpruefung.hinweise_nur_bei_zeuge", "kein Objekt von Anzahlen");
        /* since 2.0, optional: the running cases a person must decide (§ 31a SGB X), per reason */
        const j_wert *an = feld(q->w, "faelle.aussteuerung_nach_code");
        if (an) {
            if (an->typ != J_OBJEKT) return fehlt(b, q, "faelle.aussteuerung_nach_code", "kein Objekt");
            int64_t ma, au;
            if (!ganz_von(feld(q->w, "faelle.maschinell"), &ma) || ma < 0) return fehlt(b, q, "faelle.maschinell", "keine Zahl");
            if (!ganz_von(feld(q->w, "faelle.ausgesteuert"), &au) || au < 0) return fehlt(b, q, "faelle.ausgesteuert", "keine Zahl");
            for (const j_wert *k = an->erstes; k; k = k->naechstes)
                if (!ganz_von(k, &v) || v < 0 || v > au) return fehlt(b, q, "faelle.aussteuerung_nach_code", "Anzahl fehlt oder über ausgesteuert");
            if (ma + au != zahl(q->w, "faelle.datensaetze")) {
                snprintf(b->fehler, sizeof b->fehler, "%s: maschinell + ausgesteuert ≠ Fälle — die Zusammenfassung ist nicht stimmig", q->datei);
                return false;
            }
        }
        /* since 2.1, optional: the letters of --bescheide (docs/bescheide.md § 5) */
        const j_wert *bs = feld(q->w, "bescheide");
        if (bs) {
            static const char *const bz[] = {"bescheide.briefe", "bescheide.ausgesteuert", "bescheide.kein_bescheid", "bescheide.fehler"};
            for (size_t i = 0; i < sizeof bz / sizeof *bz; i++)
                if (!ganz_von(feld(q->w, bz[i]), &v) || v < 0) return fehlt(b, q, bz[i], "keine Zahl");
            const j_wert *na = feld(q->w, "bescheide.nach_art");
            if (!na || na->typ != J_OBJEKT) return fehlt(b, q, "bescheide.nach_art", "kein Objekt");
            int64_t summe = 0;
            for (const j_wert *k = na->erstes; k; k = k->naechstes) {
                if (!ganz_von(k, &v) || v < 0) return fehlt(b, q, "bescheide.nach_art", "kein Objekt von Anzahlen");
                summe += v;
            }
            if (summe != zahl(q->w, "bescheide.briefe")) {
                snprintf(b->fehler, sizeof b->fehler, "%s: Briefe je Art ≠ Briefe — die Zusammenfassung ist nicht stimmig", q->datei);
                return false;
            }
        }
        for (size_t i = 0; i < sizeof gross_batch / sizeof *gross_batch; i++)
            if (ziffern(q->w, gross_batch[i], buf, sizeof buf)[0] == '-') return fehlt(b, q, gross_batch[i], "negativ");
        /* every balance of the accounting must hold, or the file was edited or damaged */
        const int64_t berechnet = zahl(q->w, "berechnet"), mit = zahl(q->w, "mit_anspruch");
        const int64_t teil = zahl(q->w, "vorpruefung.datensaetze"), faelle = zahl(q->w, "faelle.datensaetze");
        const struct { bool gilt; const char *was; } bilanz[] = {
            {zahl(q->w, "gelesen") == berechnet + zahl(q->w, "abgelehnt"), "gelesen ≠ berechnet + abgelehnt"},
            {summe_von(feld(q->w, "abgelehnt_nach_code")) == zahl(q->w, "abgelehnt"), "Σ abgelehnt nach Code ≠ abgelehnt"},
            {berechnet == mit + summe_von(feld(q->w, "ohne_anspruch")) + teil + faelle,
             "berechnet ≠ mit Anspruch + ohne Anspruch + Teildatensätze + Fälle"},
            {summe_von(feld(q->w, "nach_rechtsstand")) == berechnet - teil - faelle, "Σ nach Rechtsstand ≠ vollständige berechnete Datensätze"},
            {summe_von(feld(q->w, "vorpruefung.einstufung")) == teil, "Σ Einstufungen ≠ Teildatensätze"},
            {summe_von(feld(q->w, "verteilung_wohngeld_monat.anzahl")) == mit, "Σ Verteilung ≠ mit Anspruch"},
            {summe_von(ta) == mit, "Σ Mitglieder × Mietenstufe ≠ mit Anspruch"},
            {zahl(q->w, "zeitraum_datensaetze") <= berechnet, "Zeitraum-Datensätze > berechnet"},
            {zahl(q->w, "faelle.mit_ueberzahlung") <= faelle && zahl(q->w, "faelle.mit_nachzahlung") <= faelle,
             "Fälle mit Über- oder Nachzahlung > Fälle"},
            {gross_vergleich(q->w, "vorpruefung.summe_wohngeld_min", "vorpruefung.summe_wohngeld_max") <= 0,
             "Σ Mindestbetrag > Σ Höchstbetrag"},
            {gross_vergleich(q->w, "faelle.summe_erstattung", "faelle.summe_ueberzahlung") <= 0, "Σ Erstattung > Σ Überzahlung"},
        };
        for (size_t i = 0; i < sizeof bilanz / sizeof *bilanz; i++)
            if (!bilanz[i].gilt) {
                snprintf(b->fehler, sizeof b->fehler, "%s: %s — die Zusammenfassung ist nicht stimmig", q->datei, bilanz[i].was);
                return false;
            }
    } else {
        for (size_t i = 0; i < sizeof zahlen_vergleich / sizeof *zahlen_vergleich; i++)
            if (!ganz_von(feld(q->w, zahlen_vergleich[i]), &v)) return fehlt(b, q, zahlen_vergleich[i], "keine Zahl");
        const j_wert *vt = feld(q->w, "verteilung_differenz.anzahl");
        if (!vt || vt->typ != J_LISTE || vt->anzahl != 102) return fehlt(b, q, "verteilung_differenz.anzahl", "keine Liste von 102 Klassen");
        for (const j_wert *k = vt->erstes; k; k = k->naechstes)
            if (!ganz_von(k, &v) || v < 0) return fehlt(b, q, "verteilung_differenz.anzahl", "keine Liste von Zahlen");
        if (!text_von(q->w, "a") || !text_von(q->w, "b")) return fehlt(b, q, "a", "kein Text");
        for (size_t i = 0; i < 8; i++) /* the counts (the amounts after them may be negative) */
            if (zahl(q->w, zahlen_vergleich[i]) < 0) return fehlt(b, q, zahlen_vergleich[i], "negativ");
        const int64_t geaendert = zahl(q->w, "gewinnt") + zahl(q->w, "verliert") + zahl(q->w, "faellt_weg") + zahl(q->w, "neu") +
                                  zahl(q->w, "gleich");
        const struct { bool gilt; const char *was; } bilanz[] = {
            {zahl(q->w, "haushalte") == zahl(q->w, "fehler") + geaendert + zahl(q->w, "ohne_anspruch"),
             "haushalte ≠ fehler + gewinnt + verliert + fällt weg + neu + gleich + ohne Anspruch"},
            {zahl(q->w, "differenz") == zahl(q->w, "summe_b") - zahl(q->w, "summe_a"), "differenz ≠ summe_b − summe_a"},
            {zahl(q->w, "monat_differenz") == zahl(q->w, "monat_b") - zahl(q->w, "monat_a"), "monat_differenz ≠ monat_b − monat_a"},
            {summe_von(vt) == geaendert, "Σ Verteilung der Differenz ≠ Haushalte mit Anspruch in A oder B"},
            {zahl(q->w, "zeitraum_haushalte") <= zahl(q->w, "haushalte"), "zeitraum_haushalte > haushalte"},
        };
        for (size_t i = 0; i < sizeof bilanz / sizeof *bilanz; i++)
            if (!bilanz[i].gilt) {
                snprintf(b->fehler, sizeof b->fehler, "%s: %s — die Zusammenfassung ist nicht stimmig", q->datei, bilanz[i].was);
                return false;
            }
    }
    for (size_t i = 0; i < 2; i++)
        if (!text_von(q->w, texte[i])) return fehlt(b, q, texte[i], "kein Text");
    return true;
}

static bool lesen(bericht *b, quelle *q)
{
    FILE *f = fopen(q->datei, "rb");
    if (!f) {
        snprintf(b->fehler, sizeof b->fehler, "%s: %s", q->datei, wgi_fehlertext(errno));
        return false;
    }
    q->text = malloc(MAX_GROESSE + 1);
    size_t n = q->text ? fread(q->text, 1, MAX_GROESSE + 1, f) : 0;
    const bool lesefehler = ferror(f);
    fclose(f);
    if (!q->text || lesefehler) {
        snprintf(b->fehler, sizeof b->fehler, "%s: %s", q->datei, q->text ? "Lesefehler" : "nicht genug Speicher");
        return false;
    }
    if (n > MAX_GROESSE) {
        snprintf(b->fehler, sizeof b->fehler, "%s: größer als 16 MiB — keine Zusammenfassung", q->datei);
        return false;
    }
    while (n > 0 && (q->text[n - 1] == '\n' || q->text[n - 1] == '\r')) n--;
    q->l = j_leser_neu();
    const char *meldung = "nicht genug Speicher";
    q->w = q->l ? j_lesen(q->l, q->text, n, &meldung) : NULL;
    if (!q->w || q->w->typ != J_OBJEKT) {
        snprintf(b->fehler, sizeof b->fehler, "%s: keine gültige JSON-Zusammenfassung (%s) — abgeschnitten oder keine Datei von "
                 "wohngeld batch/vergleich?", q->datei, q->w ? "kein Objekt" : meldung);
        return false;
    }
    const char *format = text_von(q->w, "format");
    if (format && !strcmp(format, "wohngeld-batch-zusammenfassung/3")) q->art = BATCH;
    else if (format && !strcmp(format, "wohngeld-vergleich-zusammenfassung/1")) q->art = VERGLEICH;
    else {
        snprintf(b->fehler, sizeof b->fehler, "%s: Format \"%.80s\" wird nicht unterstützt (erwartet wohngeld-batch-zusammenfassung/3 "
                 "oder wohngeld-vergleich-zusammenfassung/1%s)", q->datei, format ? format : "(keines)",
                 format && !strncmp(format, "wohngeld-batch-zusammenfassung/", 31)
                     ? "; eine Zusammenfassung einer anderen Version — den Lauf mit dieser Version wiederholen"
                     : "");
        return false;
    }
    return pruefen(b, q);
}

/* all summaries of one report from the same engine and tables */
static bool vertraeglich(bericht *b)
{
    for (int i = 1; i < b->n; i++) {
        const char *v0 = text_von(b->q[0].w, "lauf.engine.version"), *t0 = text_von(b->q[0].w, "lauf.engine.tabellen");
        const char *v = text_von(b->q[i].w, "lauf.engine.version"), *t = text_von(b->q[i].w, "lauf.engine.tabellen");
        if (strcmp(v0, v) != 0 || strcmp(t0, t) != 0) {
            snprintf(b->fehler, sizeof b->fehler, "%s: erstellt mit wohngeld %s und Tabellen %.20s…, %s mit %s und %.20s… — ein "
                     "Bericht fasst nur Läufe derselben Engine und Tabellen zusammen", b->q[i].datei, v, t, b->q[0].datei, v0, t0);
            return false;
        }
    }
    return true;
}

/* ---- writing ---- */

static void abschnitt(wgi_puffer *p, const char *id, int nr, const char *titel)
{
    char b[160];
    snprintf(b, sizeof b, "<section id=\"%s-%d\" class=\"%s\">\n<h2>", id, nr, id);
    wgi_puffer_cstr(p, b);
    bericht_html(p, titel);
    wgi_puffer_cstr(p, "</h2>\n");
}

static void zeile_zahl(wgi_puffer *p, const char *name, int64_t v)
{
    char z[48], w[32];
    bericht_zahl(z, sizeof z, v);
    snprintf(w, sizeof w, "%lld", (long long)v);
    bericht_zeile(p, name, z, w, 0);
}

static void zeile_gross(wgi_puffer *p, const char *name, const char *ziffern_, const char *einheit)
{
    char z[96];
    bericht_gross(z, sizeof z, ziffern_);
    if (einheit) {
        strncat(z, " ", sizeof z - strlen(z) - 1);
        strncat(z, einheit, sizeof z - strlen(z) - 1);
    }
    bericht_zeile(p, name, z, ziffern_, 0);
}

static void zeile_text(wgi_puffer *p, const char *name, const char *t, int lauf)
{
    bericht_zeile(p, name, t ? t : "–", t ? t : "", lauf);
}

static void tabelle_auf(wgi_puffer *p, const char *titel)
{
    wgi_puffer_cstr(p, "<table class=\"zahlen fakten\"><caption>");
    bericht_html(p, titel);
    wgi_puffer_cstr(p, "</caption><tbody>\n");
}

/* "12345" × f as digits (exact) */
static void mal(const char *ziffern_, int f, char *aus, size_t n)
{
    mpz_t z;
    mpz_init_set_str(z, ziffern_, 10);
    mpz_mul_si(z, z, f);
    if (mpz_sizeinbase(z, 10) + 2 <= n) mpz_get_str(aus, 10, z);
    else snprintf(aus, n, "0");
    mpz_clear(z);
}

/* value / count with two places, German ("243,17") */
static void schnitt(char *aus, size_t n, const char *summe, int64_t anzahl)
{
    if (anzahl <= 0) {
        snprintf(aus, n, "–");
        return;
    }
    mpz_t z;
    mpz_init_set_str(z, summe, 10);
    mpz_mul_ui(z, z, 100);
    mpz_add_ui(z, z, (unsigned long)anzahl / 2);
    mpz_fdiv_q_ui(z, z, (unsigned long)anzahl);
    const long cent = (long)mpz_fdiv_ui(z, 100);
    mpz_fdiv_q_ui(z, z, 100);
    char g[64], e[64];
    if (mpz_sizeinbase(z, 10) + 2 > sizeof g) snprintf(g, sizeof g, "0");
    else mpz_get_str(g, 10, z);
    bericht_gross(e, sizeof e, g);
    snprintf(aus, n, "%s,%02ld", e, cent);
    mpz_clear(z);
}

/* the members of a JSON object as labels and counts, sorted by count (largest first) */
typedef struct posten {
    char name[160];
    int64_t wert;
} posten;

static size_t posten_von(const j_wert *o, posten *aus, size_t max)
{
    size_t n = 0;
    for (const j_wert *k = o ? o->erstes : NULL; k && n < max; k = k->naechstes) {
        int64_t v;
        if (!ganz_von(k, &v)) continue;
        /* cut at a character boundary, never inside a UTF-8 sequence */
        const int laenge = k->schluessel_len > 150 ? wgi_utf8_kurz(k->schluessel, 150) : (int)k->schluessel_len;
        snprintf(aus[n].name, sizeof aus[n].name, "%.*s", laenge, k->schluessel);
        aus[n++].wert = v;
    }
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && aus[j].wert > aus[j - 1].wert; j--) {
            posten t = aus[j];
            aus[j] = aus[j - 1];
            aus[j - 1] = t;
        }
    return n;
}

static void balken_posten(wgi_puffer *p, const char *id, const char *titel, const char *beschreibung, const char *einheit,
                          posten *ps, size_t n)
{
    const char *namen[64];
    int64_t werte[64];
    if (n > 64) n = 64;
    for (size_t i = 0; i < n; i++) {
        namen[i] = ps[i].name;
        werte[i] = ps[i].wert;
    }
    if (n) bericht_balken(p, id, titel, beschreibung, einheit, namen, werte, n);
    else {
        wgi_puffer_cstr(p, "<p class=\"leer\">");
        bericht_html(p, titel);
        wgi_puffer_cstr(p, ": keine.</p>\n");
    }
}

static const char *status_text(const char *code)
{
    for (int s = 0; s < WG_STATUS_ANZAHL; s++)
        if (!strcmp(wg_status_code((wg_status)s), code)) return wg_status_text((wg_status)s);
    return "";
}

/* the German meaning of a hint code (docs/vorpruefung.md § 5, docs/laufende-faelle.md) */
static const char *hinweis_bedeutung(const char *code)
{
    static const char *const t[][2] = {
        {"einkommen_unter_bedarf", "Einkommen und Wohngeld unter dem Bedarf auf Bürgergeld-Niveau"},
        {"miete_null", "Miete 0 EUR"},
        {"miete_ungewoehnlich_hoch", "Miete über dem Dreifachen des Höchstbetrags"},
        {"kind_ohne_alter", "Kind mit Erwerbseinkommen ohne Alter (§ 17 Nr. 4 nicht angewandt)"},
        {"einkommen_fehlt", "für kein Mitglied Einkommen angegeben"},
        {"rechtsstand_ungesichert", "kein verabschiedetes Recht für den Tag: letzter bekannter Rechtsstand"},
        {"erhoehung_moeglich", "Erhöhung auf Antrag möglich (§ 27 Abs. 1)"},
        {"meldepflicht", "Mitteilungspflicht des Haushalts (§ 27 Abs. 3)"},
        {"voruebergehend_ignoriert", "nur vorübergehende Änderung, keine Entscheidung"},
        {"bescheid_abweichung", "bewilligter Betrag weicht von der Berechnung ab"},
        {"frist_abgelaufen", "Jahresfrist abgelaufen (§ 27 Abs. 2 Satz 6)"},
        {"neuantrag_moeglich", "Neuantrag der übrigen Mitglieder möglich (§ 28 Abs. 3)"},
        {"bagatelle_30a", "keine Erstattung bis zur Bagatellgrenze (§ 30a, je Aufhebung)"},
        {"verlauf_nach_bwz", "Eintrag nach dem Bewilligungszeitraum, außer Betracht"}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(t[i][0], code)) return t[i][1];
    return NULL;
}

/* the German meaning of a reason for a person (docs/laufende-faelle.md § 7) */
static const char *aussteuerung_bedeutung(const char *code)
{
    static const char *const t[][2] = {
        {"ruecknahme_45_sgb_x", "Tatsache schon beim Bescheid: § 45 SGB X, Ermessen"},
        {"bescheid_abweichung", "bewilligter Betrag weicht von der Berechnung ab (§§ 44, 45 SGB X)"},
        {"frist_abgelaufen", "Jahresfrist abgelaufen (§ 27 Abs. 2 Satz 6)"},
        {"frist_nahe", "Entscheidungsfrist läuft bald ab"},
        {"bwz_abgelaufen", "Bewilligungszeitraum schon beendet"},
        {"bestandsschutz_42d", "höherer Betrag nach Rechtsänderung behalten"},
        {"daten_veraltet", "Angabe älter als erlaubt (WoGV § 20)"},
        {"datenabgleich_anhoerung", "Treffer des Datenabgleichs: erst anhören"},
        {"quellen_widerspruch", "zwei Quellen, verschiedene Verhältnisse"},
        {"erstattung_50_2", "Erstattung ohne Bescheid: § 50 Abs. 2 SGB X"},
        {"erstattung_grenze", "Erstattung über der Grenze"},
        {"schuldner_auswahl", "mehrere Gesamtschuldner (§ 29 Abs. 1): Ermessen"},
        {"auslegung_voruebergehend", "„nur vorübergehend“ nach der Einstellung"},
        {"antragsteller_verstorben", "letztes Mitglied gestorben: Erben"}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(t[i][0], code)) return t[i][1];
    return NULL;
}

/* each label "code — meaning" */
static void mit_bedeutung(posten *ps, size_t n, const char *(*bedeutung)(const char *))
{
    for (size_t i = 0; i < n; i++) {
        const char *t = bedeutung(ps[i].name);
        if (!t || !t[0]) continue;
        char neu[sizeof ps[i].name];
        snprintf(neu, sizeof neu, "%s — %.100s", ps[i].name, t);
        memcpy(ps[i].name, neu, sizeof neu);
    }
}

static int nach_name(const void *a, const void *b) { return strcmp(((const posten *)a)->name, ((const posten *)b)->name); }

static void lauf_abschnitt(bericht *b, const quelle *q, int nr)
{
    wgi_puffer *p = &b->p;
    const j_wert *w = q->w;
    char z[160];
    abschnitt(p, "lauf", nr, q->art == BATCH ? "Der Lauf" : "Der Vergleich: Lauf");
    tabelle_auf(p, "Eingabe, Zeit, Engine und Einstellungen");
    zeile_text(p, "Zusammenfassung", q->datei, 1);
    if (q->art == BATCH) {
        zeile_text(p, "Eingabedatei", text_von(w, "lauf.eingabe.datei"), 1);
        zeile_zahl(p, "Größe der Eingabe (Bytes)", zahl(w, "lauf.eingabe.groesse"));
        zeile_text(p, "SHA-256 der Eingabe", text_von(w, "lauf.eingabe.sha256"), 0);
        zeile_text(p, "Ausgabe", text_von(w, "lauf.einstellungen.ausgabe"), 1);
        zeile_text(p, "Fehlerdatei", text_von(w, "lauf.einstellungen.fehler"), 1);
        zeile_text(p, "erster Beginn (UTC)", text_von(w, "lauf.erster_beginn"), 1);
    } else {
        const j_wert *e = feld(w, "lauf.eingabe");
        for (const j_wert *k = e && e->typ == J_LISTE ? e->erstes : NULL; k; k = k->naechstes) {
            zeile_text(p, "Eingabedatei", text_von(k, "datei"), 1);
            zeile_zahl(p, "Größe (Bytes)", zahl(k, "groesse"));
        }
    }
    zeile_text(p, "Beginn (UTC)", text_von(w, "lauf.beginn"), 1);
    zeile_text(p, "Ende (UTC)", text_von(w, "lauf.ende"), 1);
    const j_wert *d = feld(w, "lauf.dauer_sekunden");
    snprintf(z, sizeof z, "%.*s s", d ? (int)d->len : 1, d ? d->s : "?");
    for (char *c = z; *c; c++)
        if (*c == '.') *c = ',';
    bericht_zeile(p, "Dauer", z, d ? d->s : "", 1);
    bericht_zahl(z, sizeof z, zahl(w, "lauf.datensaetze_je_sekunde"));
    bericht_zeile(p, "Datensätze je Sekunde", z, "", 1);
    zeile_text(p, "Engine", text_von(w, "lauf.engine.version"), 0);
    zeile_text(p, "Tabellen (Prüfsumme)", text_von(w, "lauf.engine.tabellen"), 0);
    if (q->art == BATCH) {
        zeile_text(p, "Art der Datensätze", text_von(w, "lauf.einstellungen.art"), 0);
        zeile_text(p, "Format", text_von(w, "lauf.einstellungen.format"), 0);
        zeile_text(p, "Ausgabeumfang", text_von(w, "lauf.einstellungen.ausgabe_umfang"), 0);
        if (feld(w, "lauf.einstellungen.fall")) {
            zeile_zahl(p, "laufende Fälle: vorübergehend bis (Monate)", zahl(w, "lauf.einstellungen.fall.voruebergehend_bis_monate"));
            zeile_text(p, "laufende Fälle: verglichenes Einkommen", text_von(w, "lauf.einstellungen.fall.vergleich_y"), 0);
        }
        zeile_zahl(p, "Threads", zahl(w, "lauf.einstellungen.threads"));
        zeile_zahl(p, "Blockgröße (Datensätze)", zahl(w, "lauf.einstellungen.block"));
        zeile_zahl(p, "Fortsetzungen nach Abbruch", zahl(w, "lauf.fortsetzungen"));
        const j_wert *ab = feld(w, "lauf.abgebrochen");
        zeile_text(p, "abgebrochen", ab && ab->typ == J_BOOL && ab->b ? "ja (mit --fortsetzen fortsetzen)" : "nein", 0);
    } else {
        zeile_text(p, "Rechtsstand A", text_von(w, "a"), 0);
        zeile_text(p, "Rechtsstand B", text_von(w, "b"), 0);
    }
    if (q->art == BATCH) {
        /* the interpretation switches are set per record: how many records left a default */
        static const char *const schalter[4][2] = {
            {"auslegung_abweichend.zwischenrundung_abschneiden", "Auslegung: Zwischenrundung abschneiden"},
            {"auslegung_abweichend.deckelung_auf_miete", "Auslegung: Deckelung auf die Miete"},
            {"auslegung_abweichend.ueber_12_tatsaechliche_zahl", "Auslegung: über 12 Mitglieder tatsächliche Zahl"},
            {"auslegung_abweichend.mindestmiete_vor_entlastung", "Auslegung: Mindestmiete vor der Entlastung"}};
        for (int k = 0; k < 4; k++) zeile_zahl(p, schalter[k][1], zahl(w, schalter[k][0]));
    }
    wgi_puffer_cstr(p, "</tbody></table>\n<p class=\"anmerkung\">Die Auslegungsschalter (docs/auslegung.md) gelten je Datensatz; die "
                       "Zeilen „Auslegung: …“ zählen die berechneten vollständigen Datensätze, die einen Schalter abweichend vom "
                       "Standard setzen (alle übrigen rechnen mit den Standardwerten).</p>\n</section>\n");
}

static void batch_abschnitte(bericht *b, const quelle *q, int nr)
{
    wgi_puffer *p = &b->p;
    const j_wert *w = q->w;
    char id[64], z[96], g[96];
    posten ps[64];
    const int64_t gelesen = zahl(w, "gelesen"), berechnet = zahl(w, "berechnet"), abgelehnt = zahl(w, "abgelehnt");
    const int64_t mit = zahl(w, "mit_anspruch"), teil = zahl(w, "vorpruefung.datensaetze"), faelle = zahl(w, "faelle.datensaetze");
    int64_t ohne = 0;
    for (const j_wert *k = feld(w, "ohne_anspruch")->erstes; k; k = k->naechstes) {
        int64_t v;
        if (ganz_von(k, &v)) ohne += v;
    }

    /* accounting */
    abschnitt(p, "bilanz", nr, "Bilanz: jeder Datensatz genau einmal");
    tabelle_auf(p, "Gelesen = berechnet + abgelehnt");
    zeile_zahl(p, "gelesen", gelesen);
    zeile_zahl(p, "berechnet", berechnet);
    zeile_zahl(p, "abgelehnt", abgelehnt);
    zeile_zahl(p, "mit Anspruch", mit);
    zeile_zahl(p, "ohne Anspruch", ohne);
    if (teil) zeile_zahl(p, "Teildatensätze (Vorprüfung)", teil);
    if (faelle) zeile_zahl(p, "laufende Fälle", faelle);
    zeile_zahl(p, "Hinweis rechtsstand_ungesichert", zahl(w, "hinweise_nach_code.rechtsstand_ungesichert"));
    wgi_puffer_cstr(p, "</tbody></table>\n");
    snprintf(z, sizeof z, "%s", gelesen == berechnet + abgelehnt ? "stimmt" : "stimmt NICHT");
    wgi_puffer_cstr(p, "<p class=\"pruefung\">Prüfung: gelesen = berechnet + abgelehnt — <strong>");
    wgi_puffer_cstr(p, z);
    wgi_puffer_cstr(p, "</strong>.</p>\n");
    size_t n = 0;
    snprintf(ps[n].name, sizeof ps[n].name, "mit Anspruch");
    ps[n++].wert = mit;
    for (const j_wert *k = feld(w, "ohne_anspruch")->erstes; k && n < 60; k = k->naechstes) {
        int64_t v;
        if (!ganz_von(k, &v)) continue;
        char code[64];
        snprintf(code, sizeof code, "%.*s", (int)(k->schluessel_len > 60 ? 60 : k->schluessel_len), k->schluessel);
        /* short: the rule; the whole German text of the reason: docs/records.md */
        static const char *const kurz[][2] = {{"unter_mindestbetrag", "unter dem Mindestbetrag (§ 21 Nr. 1)"},
                                              {"alle_ausgeschlossen", "alle ausgeschlossen (§ 21 Nr. 2)"},
                                              {"vermoegen", "erhebliches Vermögen (§ 21 Nr. 3)"},
                                              {"ausbildungsfoerderung", "Ausbildungsförderung (§ 20 Abs. 2)"}};
        const char *t = code;
        for (size_t g2 = 0; g2 < sizeof kurz / sizeof kurz[0]; g2++)
            if (!strcmp(kurz[g2][0], code)) t = kurz[g2][1];
        snprintf(ps[n].name, sizeof ps[n].name, "ohne Anspruch: %s", t);
        ps[n++].wert = v;
    }
    if (teil) {
        snprintf(ps[n].name, sizeof ps[n].name, "Teildatensätze (Vorprüfung)");
        ps[n++].wert = teil;
    }
    if (faelle) {
        snprintf(ps[n].name, sizeof ps[n].name, "laufende Fälle");
        ps[n++].wert = faelle;
    }
    snprintf(ps[n].name, sizeof ps[n].name, "abgelehnt");
    ps[n++].wert = abgelehnt;
    snprintf(id, sizeof id, "ergebnisse-%d", nr);
    balken_posten(p, id, "Ergebnis je Datensatz", "Datensätze nach Ergebnis: mit Anspruch, ohne Anspruch nach Grund, abgelehnt",
                  "Datensätze", ps, n);
    n = posten_von(feld(w, "abgelehnt_nach_code"), ps, 64);
    mit_bedeutung(ps, n, status_text);
    snprintf(id, sizeof id, "abgelehnt-%d", nr);
    balken_posten(p, id, "Abgelehnt nach Fehlercode", "abgelehnte Datensätze je Fehlercode mit seiner Bedeutung", "Datensätze", ps, n);
    n = posten_von(feld(w, "nach_rechtsstand"), ps, 64);
    qsort(ps, n, sizeof ps[0], nach_name); /* the ids are years: in date order */
    snprintf(id, sizeof id, "rechtsstand-%d", nr);
    balken_posten(p, id, "Berechnet nach Rechtsstand", "berechnete vollständige Datensätze je Rechtsstand, in zeitlicher Folge",
                  "Datensätze", ps, n);
    n = posten_von(feld(w, "hinweise_nach_code"), ps, 64);
    mit_bedeutung(ps, n, hinweis_bedeutung);
    snprintf(id, sizeof id, "hinweise-%d", nr);
    balken_posten(p, id, "Hinweise nach Code",
                  "Zahl der Hinweise je Code mit seiner Bedeutung (ein Datensatz kann mehrere Hinweise tragen; gezählt sind Hinweise, "
                  "nicht Datensätze)", "Hinweise", ps, n);
    wgi_puffer_cstr(p, "</section>\n");

    /* amounts */
    if (berechnet > teil + faelle) {
        abschnitt(p, "betraege", nr, "Höhe des Wohngelds");
        char monat[64], jahr[80], zr[64];
        ziffern(w, "summe_wohngeld_monat", monat, sizeof monat);
        ziffern(w, "summe_wohngeld_zeitraum", zr, sizeof zr);
        mal(monat, 12, jahr, sizeof jahr);
        tabelle_auf(p, "Summen (exakt, in Euro)");
        zeile_gross(p, "Wohngeld im Monat (Stichtag-Datensätze)", monat, "EUR");
        zeile_gross(p, "… im Jahr (× 12)", jahr, "EUR");
        /* the average over the cells of members × Mietenstufe: every record with a claim, the
         * first month of a zeitraum */
        int64_t t_anz = 0, t_sum = 0, v;
        for (const j_wert *zl = feld(w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.anzahl")->erstes; zl; zl = zl->naechstes)
            for (const j_wert *e = zl->erstes; e; e = e->naechstes) t_anz += ganz_von(e, &v) ? v : 0;
        for (const j_wert *zl = feld(w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.summe_wohngeld_monat")->erstes; zl; zl = zl->naechstes)
            for (const j_wert *e = zl->erstes; e; e = e->naechstes) t_sum += ganz_von(e, &v) ? v : 0;
        char summe_text[32];
        snprintf(summe_text, sizeof summe_text, "%lld", (long long)t_sum);
        schnitt(g, sizeof g, summe_text, t_anz);
        snprintf(z, sizeof z, "%s EUR", g);
        bericht_zeile(p, "Durchschnitt je Haushalt mit Anspruch (Monat)", z, NULL, 0);
        if (zahl(w, "zeitraum_datensaetze")) {
            zeile_zahl(p, "Datensätze mit Bewilligungszeitraum", zahl(w, "zeitraum_datensaetze"));
            zeile_gross(p, "Wohngeld über deren Zeiträume", zr, "EUR");
        }
        wgi_puffer_cstr(p, "</tbody></table>\n");
        if (feld(w, "nach_rechtsstand")->anzahl > 1)
            wgi_puffer_cstr(p, "<p class=\"anmerkung\">Vorsicht beim Lesen der Summe: sie addiert die Monatsbeträge von Datensätzen "
                               "verschiedener Stichtage und Rechtsstände (siehe „Berechnet nach Rechtsstand“) — sie ist nicht das "
                               "Wohngeld eines bestimmten Monats, und „× 12“ ist eine Hochrechnung, keine Jahressumme.</p>\n");
        /* the distribution in classes of 50 EUR, from the summary's classes of 10 EUR */
        const j_wert *vt = feld(w, "verteilung_wohngeld_monat.anzahl");
        const int64_t breite10 = zahl(w, "verteilung_wohngeld_monat.klassenbreite_eur");
        const int64_t faktor = breite10 > 0 && 50 % breite10 == 0 ? 50 / breite10 : 1;
        int64_t *kl = calloc(vt->anzahl ? vt->anzahl : 1, sizeof *kl);
        size_t k = 0;
        for (const j_wert *e = vt->erstes; e && kl; e = e->naechstes) {
            int64_t anz = 0;
            ganz_von(e, &anz);
            kl[k / (size_t)faktor] += anz;
            k++;
        }
        const size_t k50 = (k + (size_t)faktor - 1) / (size_t)faktor;
        const j_wert *offen = feld(w, "verteilung_wohngeld_monat.letzte_klasse_offen");
        snprintf(id, sizeof id, "verteilung-%d", nr);
        if (kl && k50)
            bericht_histogramm(p, id, "Verteilung des monatlichen Wohngelds",
                               "Haushalte mit Anspruch je Klasse von 50 Euro des monatlichen Wohngelds (bei einem Zeitraum: erster Monat)",
                               "Wohngeld im Monat (EUR)", kl, k50, 0, breite10 * faktor, 0, offen && offen->typ == J_BOOL && offen->b);
        free(kl);
        wgi_puffer_cstr(p, "</section>\n");

        abschnitt(p, "tabelle", nr, "Haushalte mit Anspruch nach Größe und Mietenstufe");
        int64_t anz[13 * 7], sum[13 * 7];
        const j_wert *ta = feld(w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.anzahl");
        const j_wert *ts = feld(w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.summe_wohngeld_monat");
        size_t i = 0;
        for (const j_wert *zl = ta->erstes; zl; zl = zl->naechstes)
            for (const j_wert *e = zl->erstes; e; e = e->naechstes) ganz_von(e, &anz[i++]);
        i = 0;
        for (const j_wert *zl = ts->erstes; zl; zl = zl->naechstes)
            for (const j_wert *e = zl->erstes; e; e = e->naechstes) ganz_von(e, &sum[i++]);
        static const char *const zeilen[13] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13 und mehr"};
        static const char *const spalten[7] = {"I", "II", "III", "IV", "V", "VI", "VII"};
        snprintf(id, sizeof id, "groesse-mietenstufe-%d", nr);
        bericht_waerme(p, id, "Haushalte mit Anspruch: Mitglieder × Mietenstufe",
                       "Zahl der Haushalte mit Anspruch und ihr durchschnittliches Wohngeld im Monat je zu berücksichtigender "
                       "Mitgliederzahl (Zeilen) und Mietenstufe (Spalten); dunkler = mehr Haushalte",
                       zeilen, 13, spalten, 7, anz, sum);
        wgi_puffer_cstr(p, "</section>\n");
    }

    /* screening */
    if (teil) {
        abschnitt(p, "vorpruefung", nr, "Vorprüfung ohne Antrag");
        char mn[64], mx[64];
        ziffern(w, "vorpruefung.summe_wohngeld_min", mn, sizeof mn);
        ziffern(w, "vorpruefung.summe_wohngeld_max", mx, sizeof mx);
        tabelle_auf(p, "Einstufung und Spanne (exakt, Euro im Monat)");
        zeile_zahl(p, "Teildatensätze", teil);
        zeile_gross(p, "Summe der Mindestbeträge Σ min", mn, "EUR");
        zeile_gross(p, "Summe der Höchstbeträge Σ max", mx, "EUR");
        wgi_puffer_cstr(p, "</tbody></table>\n");
        static const char *const stufen[3] = {"anspruch_sicher", "kein_anspruch_sicher", "offen"};
        static const char *const stufen_text[3] = {"Anspruch sicher", "kein Anspruch sicher", "offen"};
        int64_t ew[3];
        for (int s = 0; s < 3; s++) {
            char pf[64];
            snprintf(pf, sizeof pf, "vorpruefung.einstufung.%s", stufen[s]);
            ew[s] = zahl(w, pf);
        }
        snprintf(id, sizeof id, "einstufung-%d", nr);
        bericht_balken(p, id, "Haushalte je Einstufung", "Teildatensätze nach Einstufung der Vorprüfung", "Haushalte", stufen_text, ew, 3);
        n = posten_von(feld(w, "vorpruefung.fehlt_nach_feld"), ps, 64);
        if (n > 12) n = 12;
        snprintf(id, sizeof id, "fehlt-%d", nr);
        balken_posten(p, id, "Was am häufigsten entscheidet", "die Felder, die einen offenen Fall am häufigsten entscheiden (die zwölf häufigsten)",
                      "Haushalte", ps, n);
        n = posten_von(feld(w, "vorpruefung.hinweise_nur_bei_zeuge"), ps, 64);
        if (n > 0) {
            tabelle_auf(p, "Hinweise, die nur am Zeugen des Höchstbetrags gelten — sie lesen einen Wert, den der Datensatz offenlässt, "
                           "und sind darum nicht als Hinweise der Haushalte gezählt (Anzahl der Teildatensätze)");
            for (size_t i = 0; i < n; i++) zeile_zahl(p, ps[i].name, ps[i].wert);
            wgi_puffer_cstr(p, "</tbody></table>\n");
        }
        wgi_puffer_cstr(p, "</section>\n");
    }

    /* the letters of --bescheide (docs/bescheide.md § 5) */
    if (feld(w, "bescheide")) {
        abschnitt(p, "bescheide", nr, "Schreiben (Bescheide, Anhörungen, Einladungen)");
        tabelle_auf(p, "Schreiben des Laufs");
        zeile_zahl(p, "Schreiben an Haushalte", zahl(w, "bescheide.briefe"));
        zeile_zahl(p, "Vorlagen an einen Menschen (§ 31a SGB X)", zahl(w, "bescheide.ausgesteuert"));
        zeile_zahl(p, "ohne Schreiben (nichts zu bescheiden)", zahl(w, "bescheide.kein_bescheid"));
        zeile_zahl(p, "ohne Schreiben wegen eines Fehlers (fehler.jsonl)", zahl(w, "bescheide.fehler"));
        wgi_puffer_cstr(p, "</tbody></table>\n");
        n = posten_von(feld(w, "bescheide.nach_art"), ps, 64);
        snprintf(id, sizeof id, "bescheide-%d", nr);
        balken_posten(p, id, "Schreiben je Art", "Schreiben des Laufs je Art", "Schreiben", ps, n);
    }

    /* running cases */
    if (faelle) {
        abschnitt(p, "faelle", nr, "Laufende Fälle");
        char ue[64], na[64], er[64];
        ziffern(w, "faelle.summe_ueberzahlung", ue, sizeof ue);
        ziffern(w, "faelle.summe_nachzahlung", na, sizeof na);
        ziffern(w, "faelle.summe_erstattung", er, sizeof er);
        tabelle_auf(p, "Fälle und Geld (exakt, in Euro)");
        zeile_zahl(p, "Fälle", faelle);
        zeile_zahl(p, "mit Überzahlung", zahl(w, "faelle.mit_ueberzahlung"));
        zeile_zahl(p, "mit Nachzahlung", zahl(w, "faelle.mit_nachzahlung"));
        zeile_gross(p, "Überzahlung", ue, "EUR");
        zeile_gross(p, "Erstattung (nach § 30a)", er, "EUR");
        zeile_gross(p, "Nachzahlung", na, "EUR");
        wgi_puffer_cstr(p, "</tbody></table>\n");
        n = posten_von(feld(w, "faelle.entscheidungen_nach_regel"), ps, 64);
        snprintf(id, sizeof id, "entscheidungen-%d", nr);
        balken_posten(p, id, "Entscheidungen je Regel", "Entscheidungen der laufenden Fälle je Vorschrift", "Entscheidungen", ps, n);
        if (feld(w, "faelle.aussteuerung_nach_code")) {
            /* § 31a SGB X: what the machine may decide, what goes to a person and why */
            tabelle_auf(p, "Wer entscheidet (§ 31a SGB X)");
            zeile_zahl(p, "von der Maschine entscheidbar", zahl(w, "faelle.maschinell"));
            zeile_zahl(p, "einem Menschen vorzulegen", zahl(w, "faelle.ausgesteuert"));
            wgi_puffer_cstr(p, "</tbody></table>\n");
            n = posten_von(feld(w, "faelle.aussteuerung_nach_code"), ps, 64);
            mit_bedeutung(ps, n, aussteuerung_bedeutung);
            snprintf(id, sizeof id, "aussteuerung-%d", nr);
            balken_posten(p, id, "Aussteuerung je Grund",
                          "Fälle, die ein Mensch entscheiden muss, je Grund (ein Fall kann mehrere Gründe haben)", "Fälle", ps, n);
        }
        wgi_puffer_cstr(p, "</section>\n");
    }
}

static void vergleich_abschnitt(bericht *b, const quelle *q, int nr)
{
    wgi_puffer *p = &b->p;
    const j_wert *w = q->w;
    char id[64], titel[160], jahr[64], md[32];
    snprintf(titel, sizeof titel, "Reformvergleich: Rechtsstand %s → %s", text_von(w, "a"), text_von(w, "b"));
    abschnitt(p, "vergleich", nr, titel);
    snprintf(md, sizeof md, "%lld", (long long)zahl(w, "monat_differenz"));
    mal(md, 12, jahr, sizeof jahr);
    tabelle_auf(p, "Haushalte und Kosten (exakt, in Euro)");
    zeile_zahl(p, "Haushalte", zahl(w, "haushalte"));
    zeile_zahl(p, "fehlerhaft", zahl(w, "fehler"));
    zeile_zahl(p, "Wohngeld im Monat nach A", zahl(w, "monat_a"));
    zeile_zahl(p, "Wohngeld im Monat nach B", zahl(w, "monat_b"));
    zeile_gross(p, "Kostenunterschied im Monat (B − A)", md, "EUR");
    zeile_gross(p, "Kostenunterschied im Jahr (× 12)", jahr, "EUR");
    if (zahl(w, "zeitraum_haushalte")) zeile_zahl(p, "Datensätze mit Zeitraum (Summen ihrer Monate, oben nicht enthalten)", zahl(w, "zeitraum_haushalte"));
    wgi_puffer_cstr(p, "</tbody></table>\n");
    static const char *const namen[6] = {"gewinnen", "verlieren", "neu berechtigt", "nicht mehr berechtigt", "unverändert", "ohne Anspruch"};
    static const char *const keys[6] = {"gewinnt", "verliert", "neu", "faellt_weg", "gleich", "ohne_anspruch"};
    int64_t v[6];
    for (int i = 0; i < 6; i++) v[i] = zahl(w, keys[i]);
    snprintf(id, sizeof id, "kategorien-%d", nr);
    bericht_balken(p, id, "Gewinner und Verlierer", "Haushalte je Kategorie des Vergleichs", "Haushalte", namen, v, 6);
    const j_wert *vt = feld(w, "verteilung_differenz.anzahl");
    int64_t kl[102];
    size_t k = 0;
    for (const j_wert *e = vt->erstes; e && k < 102; e = e->naechstes) ganz_von(e, &kl[k++]);
    snprintf(id, sizeof id, "differenz-%d", nr);
    bericht_histogramm(p, id, "Änderung je Haushalt", "Haushalte mit Anspruch nach A oder B je Klasse von 10 Euro der Änderung B − A im Monat",
                       "Änderung des Wohngelds im Monat (EUR)", kl, k, -510, 10, 1, 1);
    wgi_puffer_cstr(p, "</section>\n");
}

/* ---- the key figures: the page's first section, for the person who decides ---- */

/* the median class of the 10-EUR distribution: "150 bis 159 EUR" */
static void median_klasse(const j_wert *w, char *aus, size_t n)
{
    const j_wert *vt = feld(w, "verteilung_wohngeld_monat.anzahl");
    const int64_t breite = zahl(w, "verteilung_wohngeld_monat.klassenbreite_eur");
    int64_t gesamt = summe_von(vt), kumuliert = 0, k = 0, v;
    snprintf(aus, n, "–");
    if (gesamt <= 0 || breite <= 0) return;
    for (const j_wert *e = vt->erstes; e; e = e->naechstes, k++) {
        kumuliert += ganz_von(e, &v) ? v : 0;
        if (2 * kumuliert >= gesamt) {
            const j_wert *offen = feld(w, "verteilung_wohngeld_monat.letzte_klasse_offen");
            const long long von = (long long)k * (long long)breite;
            if (!e->naechstes && offen && offen->typ == J_BOOL && offen->b) snprintf(aus, n, "ab %lld EUR", von);
            else snprintf(aus, n, "%lld bis %lld EUR", von, von + (long long)breite - 1);
            return;
        }
    }
}

/* a row "name | today | before | change" (before and change only with --vorher) */
static void zeile_vergleich(wgi_puffer *p, const char *name, const char *heute, const char *vorher, const char *einheit, bool mit_vorher)
{
    char z[96], d[96];
    bericht_gross(z, sizeof z, heute);
    if (einheit) snprintf(z + strlen(z), sizeof z - strlen(z), " %s", einheit);
    wgi_puffer_cstr(p, "<tr><th scope=\"row\">");
    bericht_html(p, name);
    wgi_puffer_cstr(p, "</th><td data-wert=\"");
    bericht_html(p, heute);
    wgi_puffer_cstr(p, "\">");
    bericht_html(p, z);
    wgi_puffer_cstr(p, "</td>");
    if (mit_vorher) {
        mpz_t a, b2;
        mpz_init_set_str(a, heute, 10);
        mpz_init_set_str(b2, vorher ? vorher : "0", 10);
        mpz_sub(a, a, b2);
        char diff[64] = "0";
        if (mpz_sizeinbase(a, 10) + 2 < sizeof diff) mpz_get_str(diff, 10, a);
        bericht_gross(d, sizeof d, vorher ? vorher : "0");
        wgi_puffer_cstr(p, "<td data-vorher=\"");
        bericht_html(p, vorher ? vorher : "");
        wgi_puffer_cstr(p, "\">");
        bericht_html(p, vorher ? d : "–");
        wgi_puffer_cstr(p, "</td><td data-aenderung=\"");
        bericht_html(p, diff);
        wgi_puffer_cstr(p, "\">");
        bericht_gross(d, sizeof d, diff);
        if (diff[0] != '-' && strcmp(diff, "0") != 0) wgi_puffer_zeichen(p, '+');
        bericht_html(p, vorher ? d : "–");
        wgi_puffer_cstr(p, "</td>");
        mpz_clear(a);
        mpz_clear(b2);
    }
    wgi_puffer_cstr(p, "</tr>\n");
}

static void kennzahlen(bericht *b)
{
    wgi_puffer *p = &b->p;
    wgi_puffer_cstr(p, "<section id=\"kennzahlen\">\n<h2>Kennzahlen</h2>\n");
    if (b->vorher_warnung[0]) {
        wgi_puffer_cstr(p, "<p class=\"warnung\">");
        bericht_html(p, b->vorher_warnung);
        wgi_puffer_cstr(p, "</p>\n");
    }
    bool vorher_gezeigt = false;
    for (int i = 0; i < b->n; i++) {
        const quelle *q = &b->q[i];
        const j_wert *w = q->w;
        char h[64], v[64], z[96];
        if (q->art == BATCH) {
            const bool mv = b->hat_vorher && !vorher_gezeigt;
            const j_wert *wv = mv ? b->vorher.w : NULL;
            vorher_gezeigt |= mv;
            const int64_t mit = zahl(w, "mit_anspruch"), teil = zahl(w, "vorpruefung.datensaetze"), faelle = zahl(w, "faelle.datensaetze");
            const int64_t ohne = summe_von(feld(w, "ohne_anspruch"));
            wgi_puffer_cstr(p, "<table class=\"zahlen kennzahlen\"><caption>");
            bericht_html(p, faelle && !mit ? "Laufende Fälle" : teil && !mit ? "Vorprüfung" : "Nachtlauf");
            wgi_puffer_cstr(p, mv ? "</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\">dieser Lauf</th><th scope=\"col\">"
                                    "letzter Lauf</th><th scope=\"col\">Änderung</th></tr></thead><tbody>\n"
                                  : "</caption><tbody>\n");
            static const char *const basis[][3] = {{"gelesen", "Datensätze gelesen", NULL}, {"mit_anspruch", "mit Anspruch", NULL},
                                                   {"summe_wohngeld_monat", "Wohngeld im Monat", "EUR"},
                                                   {"abgelehnt", "abgelehnt", NULL}};
            for (size_t k = 0; k < sizeof basis / sizeof basis[0]; k++) {
                if (k == 1 && !mit && (teil || faelle)) continue;
                if (k == 2 && !mit && (teil || faelle)) continue;
                if (!ziffern(w, basis[k][0], h, sizeof h)) snprintf(h, sizeof h, "%lld", (long long)zahl(w, basis[k][0]));
                const char *vv = NULL;
                if (wv) {
                    if (!ziffern(wv, basis[k][0], v, sizeof v)) snprintf(v, sizeof v, "%lld", (long long)zahl(wv, basis[k][0]));
                    vv = v;
                }
                zeile_vergleich(p, basis[k][1], h, vv, basis[k][2], mv);
                if (k == 1 && mit + ohne > 0) {
                    /* the share of the complete records assessed, with one decimal */
                    const int64_t promille = (mit * 1000 + (mit + ohne) / 2) / (mit + ohne);
                    snprintf(z, sizeof z, "%lld,%lld %%", (long long)(promille / 10), (long long)(promille % 10));
                    snprintf(v, sizeof v, "%lld", (long long)promille);
                    bericht_zeile(p, "Anteil mit Anspruch (an den berechneten vollständigen Datensätzen)", z, NULL, 0);
                }
                if (k == 2 && mit > 0) {
                    char jahr[80];
                    mal(h, 12, jahr, sizeof jahr);
                    zeile_vergleich(p, "Wohngeld im Jahr (× 12, Hochrechnung)", jahr, NULL, "EUR", false);
                    int64_t t_sum = 0;
                    for (const j_wert *zl = feld(w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.summe_wohngeld_monat")->erstes; zl;
                         zl = zl->naechstes)
                        t_sum += summe_von(zl);
                    char st[32];
                    snprintf(st, sizeof st, "%lld", (long long)t_sum);
                    schnitt(z, sizeof z, st, summe_von(feld(w, "mit_anspruch_nach_mitgliedern_und_mietenstufe.anzahl")));
                    strncat(z, " EUR", sizeof z - strlen(z) - 1);
                    bericht_zeile(p, "Durchschnitt je Haushalt mit Anspruch (Monat)", z, NULL, 0);
                    median_klasse(w, z, sizeof z);
                    bericht_zeile(p, "Median (Klasse von 10 EUR)", z, NULL, 0);
                }
            }
            if (teil) {
                static const char *const e3[][2] = {{"vorpruefung.einstufung.anspruch_sicher", "Vorprüfung: Anspruch sicher"},
                                                    {"vorpruefung.einstufung.offen", "Vorprüfung: offen (einladen)"},
                                                    {"vorpruefung.einstufung.kein_anspruch_sicher", "Vorprüfung: kein Anspruch"}};
                zeile_zahl(p, "Teildatensätze (Vorprüfung)", teil);
                for (int k = 0; k < 3; k++) zeile_zahl(p, e3[k][1], zahl(w, e3[k][0]));
            }
            if (faelle) {
                char er[64];
                zeile_zahl(p, "laufende Fälle", faelle);
                zeile_zahl(p, "Fälle mit Überzahlung", zahl(w, "faelle.mit_ueberzahlung"));
                ziffern(w, "faelle.summe_erstattung", er, sizeof er);
                zeile_gross(p, "zu erstatten (nach § 30a)", er, "EUR");
                /* who decides: the cases a person must see (§ 31a SGB X), since 2.0 */
                if (feld(w, "faelle.aussteuerung_nach_code"))
                    zeile_zahl(p, "Fälle für einen Menschen (§ 31a SGB X)", zahl(w, "faelle.ausgesteuert"));
            }
            /* the letters of the run (--bescheide), since 2.1 */
            if (feld(w, "bescheide")) {
                zeile_zahl(p, "Schreiben erstellt (--bescheide)", zahl(w, "bescheide.briefe"));
                zeile_zahl(p, "Datensätze für einen Menschen (Vorlagen)", zahl(w, "bescheide.ausgesteuert"));
            }
            wgi_puffer_cstr(p, "</tbody></table>\n");
        } else {
            char md[32], jahr[64];
            snprintf(z, sizeof z, "Reformvergleich %s → %s", text_von(w, "a"), text_von(w, "b"));
            wgi_puffer_cstr(p, "<table class=\"zahlen kennzahlen\"><caption>");
            bericht_html(p, z);
            wgi_puffer_cstr(p, "</caption><tbody>\n");
            zeile_zahl(p, "Haushalte", zahl(w, "haushalte"));
            zeile_zahl(p, "gewinnen", zahl(w, "gewinnt"));
            zeile_zahl(p, "verlieren", zahl(w, "verliert"));
            zeile_zahl(p, "neu berechtigt", zahl(w, "neu"));
            zeile_zahl(p, "nicht mehr berechtigt", zahl(w, "faellt_weg"));
            snprintf(md, sizeof md, "%lld", (long long)zahl(w, "monat_differenz"));
            mal(md, 12, jahr, sizeof jahr);
            zeile_gross(p, "Mehrkosten im Monat (B − A)", md, "EUR");
            zeile_gross(p, "Mehrkosten im Jahr (× 12)", jahr, "EUR");
            wgi_puffer_cstr(p, "</tbody></table>\n");
        }
    }
    wgi_puffer_cstr(p, "<p class=\"anmerkung\">Die Angaben zum Lauf selbst (Dateien, Prüfsummen, Threads, Zeiten) stehen am Ende "
                       "des Berichts.</p>\n</section>\n");
}

static const char STIL[] =
    "@page{size:A4;margin:14mm 12mm}"
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#111;max-width:186mm;margin:0 auto;padding:8px;line-height:1.35}"
    "h1{font-size:17pt;margin:0 0 .2em}h2{font-size:13.5pt;border-bottom:1px solid #444;margin-top:1.6em;break-after:avoid}"
    "header p{margin:.2em 0;color:#333}nav ol{columns:2;font-size:9.5pt}"
    "figure{margin:1em 0;break-inside:avoid}svg{width:100%;height:auto;display:block}"
    "svg text{font-size:12px;fill:#111}svg .hell{fill:#fff}svg .achsentitel{font-weight:bold}"
    "svg .balken{fill:#555}svg .achse{stroke:#222;stroke-width:1}svg .gitter{stroke:#bbb;stroke-width:.5}svg .zelle{stroke:#fff}"
    "table.zahlen{border-collapse:collapse;font-size:9pt;margin:.4em 0 .8em;break-inside:avoid}"
    "table.zahlen caption{text-align:left;font-weight:bold;padding:.2em 0}"
    "table.zahlen th,table.zahlen td{border-bottom:1px solid #ddd;padding:2px 8px;text-align:right;vertical-align:top}"
    "table.zahlen th[scope=row]{text-align:left;font-weight:normal}table.fakten td{text-align:left;word-break:break-all}"
    ".anmerkung,.pruefung{font-size:9pt;color:#333}.warnung{border:1px solid #111;padding:4px 8px;font-weight:bold}"
    "table.kennzahlen{font-size:10.5pt;min-width:60%}table.kennzahlen td{font-weight:bold;white-space:nowrap}"
    "table.kennzahlen caption{font-size:11pt}"
    "@media print{nav{display:none}a{color:inherit;text-decoration:none}}";

static void seite(bericht *b)
{
    wgi_puffer *p = &b->p;
    char jetzt[40];
    time_t t = time(NULL);
    struct tm tm;
    if (gmtime_r(&t, &tm)) strftime(jetzt, sizeof jetzt, "%Y-%m-%d %H:%M UTC", &tm);
    else snprintf(jetzt, sizeof jetzt, "?");
    wgi_puffer_cstr(p, "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Wohngeld – Bericht</title>\n<style>");
    wgi_puffer_cstr(p, STIL);
    wgi_puffer_cstr(p, "</style>\n</head>\n<body>\n<header>\n<h1>Wohngeld – Bericht</h1>\n<p>");
    for (int i = 0; i < b->n; i++) {
        if (i) wgi_puffer_cstr(p, ", ");
        bericht_html(p, b->q[i].art == BATCH ? (zahl(b->q[i].w, "faelle.datensaetze") ? "Lauf laufender Fälle" : "Nachtlauf") : "Reformvergleich");
    }
    wgi_puffer_cstr(p, " — erstellt <span data-lauf=\"erstellt\">");
    bericht_html(p, jetzt);
    wgi_puffer_cstr(p, "</span> mit wohngeld ");
    bericht_html(p, wg_version());
    wgi_puffer_cstr(p, ".</p>\n<p>Alle Beträge sind exakt (ganze Euro, ohne Rundung); Tausender mit Punkt. Jede Grafik hat ihre Zahlen "
                       "als Tabelle darunter.</p>\n</header>\n");
    kennzahlen(b);
    wgi_puffer_cstr(p, "<nav><ol>\n");
    wgi_puffer_cstr(p, "<li><a href=\"#kennzahlen\">Kennzahlen</a></li>\n");
    static const char *const kap[][2] = {{"bilanz", "Bilanz"}, {"betraege", "Höhe des Wohngelds"},
                                         {"tabelle", "Größe × Mietenstufe"}, {"vorpruefung", "Vorprüfung"},
                                         {"faelle", "Laufende Fälle"}, {"vergleich", "Reformvergleich"}, {"lauf", "Der Lauf"}};
    /* the chapters of every source, then the runs' metadata (the last chapter) of every source */
    for (int runde = 0; runde < 2; runde++)
    for (int i = 0; i < b->n; i++) {
        const quelle *q = &b->q[i];
        for (size_t k = 0; k < sizeof kap / sizeof kap[0]; k++) {
            const char *c = kap[k][0];
            if ((runde == 0) == !strcmp(c, "lauf")) continue;
            bool da = !strcmp(c, "lauf") || (q->art == BATCH && !strcmp(c, "bilanz")) || (q->art == VERGLEICH && !strcmp(c, "vergleich"));
            if (q->art == BATCH) {
                const int64_t komplett = zahl(q->w, "berechnet") - zahl(q->w, "vorpruefung.datensaetze") - zahl(q->w, "faelle.datensaetze");
                da |= (!strcmp(c, "betraege") || !strcmp(c, "tabelle")) && komplett > 0;
                da |= !strcmp(c, "vorpruefung") && zahl(q->w, "vorpruefung.datensaetze") > 0;
                da |= !strcmp(c, "faelle") && zahl(q->w, "faelle.datensaetze") > 0;
            }
            if (!da) continue;
            char l[160];
            snprintf(l, sizeof l, "<li><a href=\"#%s-%d\">", c, i + 1);
            wgi_puffer_cstr(p, l);
            bericht_html(p, kap[k][1]);
            snprintf(l, sizeof l, " (%d)</a></li>\n", i + 1);
            wgi_puffer_cstr(p, l);
        }
    }
    wgi_puffer_cstr(p, "</ol></nav>\n<main>\n");
    for (int i = 0; i < b->n; i++) {
        if (b->q[i].art == BATCH) batch_abschnitte(b, &b->q[i], i + 1);
        else vergleich_abschnitt(b, &b->q[i], i + 1);
    }
    /* the run's metadata last: for the auditor, not the first thing a reader sees */
    for (int i = 0; i < b->n; i++) lauf_abschnitt(b, &b->q[i], i + 1);
    wgi_puffer_cstr(p, "</main>\n<footer><p class=\"anmerkung\">Erstellt von <code>wohngeld bericht</code> aus den Zusammenfassungen "
                       "der Läufe; die Zahlen sind die der Zusammenfassungen (docs/bericht.md).</p></footer>\n</body>\n</html>\n");
}

int wgi_befehl_bericht(int argc, char **argv)
{
    static const char aufruf[] = "Aufruf: wohngeld bericht --aus ZUSAMMENFASSUNG.json [--aus …] [--vorher ZUSAMMENFASSUNG.json] "
                                 "--html BERICHT.html\n";
    bericht *b = calloc(1, sizeof *b);
    if (!b) return 2;
    const char *html = NULL;
    int rc = 0;
    for (int i = 0; i < argc && rc == 0; i++) {
        if (!strcmp(argv[i], "--aus") && i + 1 < argc) {
            if (b->n == MAX_QUELLEN) {
                fprintf(stderr, "wohngeld bericht: höchstens %d Zusammenfassungen\n", MAX_QUELLEN);
                rc = 2;
            } else {
                b->q[b->n++].datei = argv[++i];
            }
        } else if (!strcmp(argv[i], "--html") && i + 1 < argc) {
            html = argv[++i];
        } else if (!strcmp(argv[i], "--vorher") && i + 1 < argc && !b->hat_vorher) {
            b->vorher.datei = argv[++i];
            b->hat_vorher = true;
        } else {
            fputs(aufruf, stderr);
            rc = 2;
        }
    }
    if (rc == 0 && (!html || b->n == 0)) {
        fputs(aufruf, stderr);
        rc = 2;
    }
    /* the page must not replace a summary it reads */
    for (int i = 0; rc == 0 && i < b->n; i++)
        if (batch_gleiche_datei(b->q[i].datei, html)) {
            fprintf(stderr, "wohngeld bericht: --html %s ist die Zusammenfassung --aus %s: sie würde überschrieben; nichts wurde geschrieben\n",
                    html, b->q[i].datei);
            rc = 2;
        }
    if (rc == 0 && b->hat_vorher && html && batch_gleiche_datei(b->vorher.datei, html)) {
        fprintf(stderr, "wohngeld bericht: --html %s ist die Zusammenfassung --vorher: sie würde überschrieben; nichts wurde geschrieben\n", html);
        rc = 2;
    }
    for (int i = 0; rc == 0 && i < b->n; i++)
        if (!lesen(b, &b->q[i])) rc = 2;
    if (rc == 0 && !vertraeglich(b)) rc = 2;
    /* the last run: a night-run summary, checked like every other; another engine or other
     * tables are compared all the same, with a warning on the page and on stderr */
    if (rc == 0 && b->hat_vorher) {
        if (!lesen(b, &b->vorher)) rc = 2;
        else if (b->vorher.art != BATCH) {
            snprintf(b->fehler, sizeof b->fehler, "--vorher %s: eine Zusammenfassung von batch erwartet (kein Reformvergleich)", b->vorher.datei);
            rc = 2;
        } else {
            const quelle *heute = NULL;
            for (int i = 0; i < b->n && !heute; i++)
                if (b->q[i].art == BATCH) heute = &b->q[i];
            const char *ev = text_von(b->vorher.w, "lauf.engine.version"), *tv = text_von(b->vorher.w, "lauf.engine.tabellen");
            if (heute && (strcmp(ev, text_von(heute->w, "lauf.engine.version")) != 0 ||
                          strcmp(tv, text_von(heute->w, "lauf.engine.tabellen")) != 0)) {
                snprintf(b->vorher_warnung, sizeof b->vorher_warnung,
                         "Achtung: der letzte Lauf (%.60s) wurde mit einer anderen Engine oder anderen Rechtstabellen gerechnet "
                         "(wohngeld %.20s); Änderungen können auch daher rühren.", b->vorher.datei, ev);
                fprintf(stderr, "wohngeld bericht: Warnung: %s\n", b->vorher_warnung);
            }
            if (!heute) {
                snprintf(b->fehler, sizeof b->fehler, "--vorher braucht eine Zusammenfassung von batch unter den --aus-Dateien");
                rc = 2;
            }
        }
    }
    if (rc == 0) {
        seite(b);
        char meldung[600];
        if (b->p.fehler) {
            snprintf(b->fehler, sizeof b->fehler, "nicht genug Speicher");
            rc = 2;
        } else if (batch_atomar_schreiben(html, b->p.daten, b->p.len, meldung, sizeof meldung) != 0) {
            snprintf(b->fehler, sizeof b->fehler, "%s", meldung);
            rc = 2;
        }
    }
    if (rc == 2 && b->fehler[0]) fprintf(stderr, "wohngeld bericht: %s\n", b->fehler);
    else if (rc == 0) fprintf(stderr, "wohngeld bericht: %s geschrieben (%zu Bytes)\n", html, b->p.len);
    for (int i = 0; i < b->n; i++) {
        free(b->q[i].text);
        j_leser_frei(b->q[i].l);
    }
    free(b->vorher.text);
    j_leser_frei(b->vorher.l);
    wgi_puffer_frei(&b->p);
    free(b);
    return rc;
}
