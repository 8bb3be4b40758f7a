/*
 * erklaeren.c — `wohngeld erklaeren [DATEI]`: records (JSON Lines from DATEI or stdin) explained
 * in German for a Bescheid appendix, an invitation or a caseworker, each in turn:
 *
 *   - a household: the decision, then the derivation as numbered sentences, each with the § it
 *     applies, then the interpretation switches and hints; a Bewilligungszeitraum: every section
 *     (Abschnitt) with its months, its law and its amount, each with the derivation of its first
 *     month — so that the total is explained by what it is made of;
 *   - a partial record (screening, docs/vorpruefung.md): the range, the Einstufung, the thresholds
 *     as sentences of an invitation letter, what is missing (or why the case is open), the hints;
 *   - a running case (wohngeld-fall/1, docs/laufende-faelle.md): the award, every decision with
 *     its § and its sentence, the months that differ, overpayment and back payment, the hints.
 *
 * German prose writes numbers the German way (1.900,00; 0,2839626850). Several records are
 * separated by a line of dashes; each is explained, none is passed over. Exit 0 all explained,
 * 1 some could not be computed, 2 no record or an I/O error. Exports wgi_befehl_erklaeren.
 */
#include "datum.h"
#include "befehle.h"
#include "fehlertext.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

#include <stdio.h>
#include <string.h>

typedef struct erklaerer {
    wg_engine *e;
    wg_json *j;
    wg_ergebnis *r, *r2;
    wg_vorpruefung *v;
    wg_fall_ergebnis *fr;
} erklaerer;

/* ---- numbers the German way ---- */

static bool ziffer(char c) { return c >= '0' && c <= '9'; }

/* A decimal number written from s (digits, at most one '.', an optional leading '-') into out
 * the German way: thousands grouped by '.', the decimal separator ','. Returns the characters
 * of s it used (0: no number there). Only a '.' followed by a digit is a decimal point. */
static size_t zahl_deutsch(const char *s, char *out, size_t n, size_t *geschrieben)
{
    size_t i = 0, ganz = 0, o = 0;
    if (s[0] == '-') i = 1;
    while (ziffer(s[i + ganz])) ganz++;
    if (ganz == 0) return 0;
    size_t nach = 0;
    const bool punkt = s[i + ganz] == '.' && ziffer(s[i + ganz + 1]);
    if (punkt)
        while (ziffer(s[i + ganz + 1 + nach])) nach++;
    if (s[0] == '-' && o + 1 < n) out[o++] = '-';
    for (size_t k = 0; k < ganz && o + 2 < n; k++) {
        if (k > 0 && (ganz - k) % 3 == 0 && punkt) out[o++] = '.'; /* 1.900,00; whole numbers (years, counts) stay */
        out[o++] = s[i + k];
    }
    if (punkt && o + 1 < n) {
        out[o++] = ',';
        for (size_t k = 0; k < nach && o + 1 < n; k++) out[o++] = s[i + ganz + 1 + k];
    }
    out[o] = '\0';
    *geschrieben = o;
    return i + ganz + (punkt ? 1 + nach : 0);
}

/* prose with decimal numbers ("0.00 EUR", "1509.39") rewritten the German way; dates
 * (2025-03-01), paragraphs and whole numbers stay as they are */
static void deutsch(const char *s, char *out, size_t n)
{
    size_t o = 0;
    while (*s && o + 1 < n) {
        size_t w = 0;
        /* a number that has a decimal point: not inside a date or an identifier */
        const char *p = s;
        while (ziffer(*p)) p++;
        if (ziffer(*s) && *p == '.' && ziffer(p[1])) {
            char z[64];
            size_t g = zahl_deutsch(s, z, sizeof z, &w);
            if (g > 0 && o + w + 1 < n) {
                memcpy(out + o, z, w);
                o += w;
                s += g;
                continue;
            }
        }
        /* copy a run of digits whole, so that the next number starts at a non-digit */
        if (ziffer(*s)) {
            while (ziffer(*s) && o + 1 < n) out[o++] = *s++;
            continue;
        }
        out[o++] = *s++;
    }
    out[o] = '\0';
}

static void euro_deutsch(int64_t cent, char *out, size_t n)
{
    char b[40];
    snprintf(b, sizeof b, "%s%lld.%02lld", cent < 0 ? "-" : "", (long long)((cent < 0 ? -cent : cent) / 100),
             (long long)((cent < 0 ? -cent : cent) % 100));
    size_t w = 0;
    if (zahl_deutsch(b, out, n, &w) == 0) snprintf(out, n, "%s", b);
}

static void satz(const char *text)
{
    char b[1024];
    deutsch(text, b, sizeof b);
    fputs(b, stdout);
}

/* ---- a complete household ---- */

static void herleitung(const wg_ergebnis *r)
{
    for (size_t i = 0; i < wg_ergebnis_anzahl_schritte(r); i++) {
        const wg_schritt *s = wg_ergebnis_schritt(r, i);
        char w[160];
        size_t g = 0;
        if (!s->wert[0] || zahl_deutsch(s->wert, w, sizeof w, &g) != strlen(s->wert)) deutsch(s->wert, w, sizeof w);
        char t[512];
        deutsch(s->text, t, sizeof t);
        if (s->wert[0]) printf("%2zu. %s: %s (%s).\n", i + 1, t, w, s->paragraph);
        else printf("%2zu. %s (%s).\n", i + 1, t, s->paragraph);
    }
}

static void auslegung_und_hinweise(const wg_ergebnis *r)
{
    const wg_auslegung *a = wg_ergebnis_auslegung(r);
    printf("\nAuslegung, wo das Gesetz eine Einzelheit offenlässt (docs/auslegung.md): Zwischenergebnisse "
           "%s auf zehn Nachkommastellen; Wohngeld %s auf die Miete begrenzt; bei mehr als zwölf Mitgliedern "
           "%s; Mindestmiete %s des Heizkostenbetrags.\n",
           a->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? "abgeschnitten" : "kaufmännisch gerundet",
           a->deckelung_auf_miete ? "" : "nicht", a->ueber_12_mitglieder == WG_UEBER12_WERTE_FUER_12
                                                      ? "Werte für zwölf Mitglieder"
                                                      : "Werte für die tatsächliche Zahl",
           a->mindestmiete_nach_entlastung ? "einschließlich" : "vor Hinzurechnung");
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        printf("Hinweis: ");
        satz(wg_ergebnis_hinweis(r, i)->text);
        printf("\n");
    }
}

static void ergebnis_satz(const wg_ergebnis *r)
{
    if (wg_ergebnis_anspruch(r))
        printf("Es besteht ein Anspruch auf Wohngeld in Höhe von %lld Euro monatlich.\n", (long long)wg_ergebnis_wohngeld_monat(r));
    else
        printf("%s\n", wg_grund_text(wg_ergebnis_grund(r)));
}

static int haushalt(erklaerer *x, const wg_haushalt *h)
{
    wg_ergebnis *r = x->r;
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(r);
    printf("Wohngeldberechnung%s%s\n\n", wg_ergebnis_id(r)[0] ? " für " : "", wg_ergebnis_id(r));
    if (!wg_ergebnis_hat_zeitraum(r)) {
        printf("Ergebnis: ");
        ergebnis_satz(r);
        printf("Angewandt wurde das Wohngeldgesetz in der Fassung \"%s\" (%s, gültig ab %s).\n", rs->name, rs->quelle, rs->gilt_ab);
        printf("\nHerleitung\n\n");
        herleitung(r);
        auslegung_und_hinweise(r);
        return 0;
    }
    const size_t na = wg_ergebnis_anzahl_abschnitte(r);
    printf("Ergebnis: Für den Bewilligungszeitraum ergeben sich insgesamt %lld Euro Wohngeld, in %zu Abschnitt%s:\n\n",
           (long long)wg_ergebnis_summe(r), na, na == 1 ? "" : "en");
    for (size_t i = 0; i < na; i++) {
        const wg_abschnitt *a = wg_ergebnis_abschnitt(r, i);
        const int monate = wgi_monatsindex_von(a->bis_jahr, a->bis_monat) - wgi_monatsindex_von(a->von_jahr, a->von_monat) + 1;
        printf("  %zu. %04d-%02d bis %04d-%02d (%d Monat%s), Rechtsstand %s: %lld Euro monatlich, zusammen %lld Euro\n", i + 1,
               a->von_jahr, a->von_monat, a->bis_jahr, a->bis_monat, monate, monate == 1 ? "" : "e", a->rechtsstand,
               (long long)a->wohngeld_monat, (long long)a->wohngeld_monat * monate);
    }
    /* each section explained by the derivation of its first month: the household as of that day */
    for (size_t i = 0; i < na; i++) {
        const wg_abschnitt *a = wg_ergebnis_abschnitt(r, i);
        wg_haushalt m = *h;
        m.hat_zeitraum = false;
        m.stichtag = (wg_datum){a->von_jahr, a->von_monat, 1};
        printf("\nAbschnitt %zu: %04d-%02d bis %04d-%02d\n\n", i + 1, a->von_jahr, a->von_monat, a->bis_jahr, a->bis_monat);
        if (wg_berechnen(x->e, &m, x->r2, 0) != WG_OK) {
            printf("Der erste Monat des Abschnitts lässt sich nicht einzeln herleiten: %s\n", wg_ergebnis_fehler(x->r2)->meldung);
            continue;
        }
        const wg_rechtsstand_info *ra = wg_ergebnis_rechtsstand(x->r2);
        printf("Angewandt wurde das Wohngeldgesetz in der Fassung \"%s\" (%s, gültig ab %s). ", ra->name, ra->quelle, ra->gilt_ab);
        ergebnis_satz(x->r2);
        if (wg_ergebnis_wohngeld_monat(x->r2) != a->wohngeld_monat)
            printf("(Der Abschnitt nennt %lld Euro; die Monate des Abschnitts sind einzeln gerechnet.)\n", (long long)a->wohngeld_monat);
        printf("\n");
        herleitung(x->r2);
    }
    auslegung_und_hinweise(r);
    return 0;
}

/* ---- a partial record ---- */

static void schwelle_satz(const wg_schwelle *s)
{
    char w[200], b[48];
    if (!s->gesetzt) return;
    euro_deutsch(s->cent, b, sizeof b);
    wg_feld_in_worten(s->feld, w, sizeof w);
    printf("- Ein Anspruch besteht, wenn %s %s %s EUR beträgt (%s).\n", w, s->ab ? "mindestens" : "höchstens", b, s->feld);
}

static int teil(erklaerer *x, const wg_haushalt *h, const wg_unbekannt *u, size_t n, size_t nr)
{
    if (wg_vorpruefen(x->e, h, u, n, x->v) != WG_OK) {
        const wg_fehler *f = wg_vorpruefung_fehler(x->v);
        printf("Der Teildatensatz in Zeile %zu kann nicht vorgeprüft werden: %s (Feld %s, Fehler %s).\n", nr, f->meldung,
               f->feld[0] ? f->feld : "-", wg_status_code(f->code));
        return 1;
    }
    const wg_spanne *s = wg_vorpruefung_spanne(x->v);
    printf("Vorprüfung ohne Antrag%s%s (Teildatensatz, %zu unbekannte Angabe%s)\n\n", h->id ? " für " : "", h->id ? h->id : "", n,
           n == 1 ? "" : "n");
    static const char *const einstufung[] = {"Jeder Haushalt, den die bekannten Angaben zulassen, hat Anspruch",
                                             "Kein Haushalt, den die bekannten Angaben zulassen, hat Anspruch",
                                             "Ob ein Anspruch besteht, hängt von den unbekannten Angaben ab"};
    printf("Ergebnis: %s (%s). Das Wohngeld liegt zwischen %lld und %lld Euro monatlich%s.\n", einstufung[s->einstufung],
           wg_einstufung_code(s->einstufung), (long long)s->wohngeld_min, (long long)s->wohngeld_max,
           s->zeitraum ? " (erster Monat des Zeitraums)" : "");
    if (s->zeitraum)
        printf("Über den ganzen Zeitraum: zwischen %lld und %lld Euro.\n", (long long)s->summe_min, (long long)s->summe_max);
    printf("Beide Grenzen sind exakt, nicht geschätzt: für jede gibt es einen vollständigen Haushalt (Zeugen), der genau sie "
           "ergibt (docs/vorpruefung.md).\n");
    bool schwelle = false;
    for (size_t i = 0; i < s->anzahl_schwellen; i++) schwelle |= s->schwellen[i].gesetzt;
    if (schwelle) {
        printf("\nSchwellen (jeweils mit allen übrigen Angaben so günstig, wie sie sein können):\n");
        for (size_t i = 0; i < s->anzahl_schwellen; i++) schwelle_satz(&s->schwellen[i]);
    }
    if (s->hat_einkommen_bis) {
        char b[48];
        euro_deutsch(s->einkommen_bis_cent, b, sizeof b);
        printf("- Ein Anspruch besteht bis zu einem Gesamteinkommen von %s EUR monatlich (§ 13 WoGG).\n", b);
    }
    if (s->anzahl_fehlt > 0) {
        printf("\nDen Fall entscheiden würden:\n");
        for (size_t i = 0; i < s->anzahl_fehlt; i++) {
            char w[200];
            wg_feld_in_worten(s->fehlt[i], w, sizeof w);
            printf("- %s (%s)\n", w, s->fehlt[i]);
        }
    } else if (s->offen_grund) {
        printf("\n%s\n", s->offen_grund);
    }
    const wg_ergebnis *r = s->ergebnis_max;
    for (size_t i = 0; r && i < wg_ergebnis_anzahl_hinweise(r); i++) {
        printf("Hinweis%s: ", s->hinweis_nur_bei_zeuge && s->hinweis_nur_bei_zeuge[i] ? " (gilt nur für den Zeugen des Höchstbetrags)" : "");
        satz(wg_ergebnis_hinweis(r, i)->text);
        printf("\n");
    }
    return 0;
}

/* ---- a running case ---- */

static int fall(erklaerer *x, const char *zeile, size_t len, size_t nr)
{
    wg_fall f;
    wg_fehler fe = {0};
    if (wg_json_fall_lesen(x->j, zeile, len, &f, &fe) != WG_OK || wg_fall_rechnen(x->e, &f, NULL, x->fr) != WG_OK) {
        const wg_fehler *e = fe.code != WG_OK ? &fe : wg_fall_ergebnis_fehler(x->fr);
        printf("Der Fall in Zeile %zu kann nicht gerechnet werden: %s (Feld %s, Fehler %s).\n", nr, e->meldung,
               e->feld[0] ? e->feld : "-", wg_status_code(e->code));
        return 1;
    }
    const wg_fall_ergebnis *r = x->fr;
    const wg_datum ag = wg_fall_ergebnis_antrag_gilt(r), st = wg_fall_ergebnis_stand(r);
    printf("Laufender Fall%s%s\n\n", f.id ? " " : "", f.id ? f.id : "");
    printf("Bewilligt für %04d-%02d bis %04d-%02d auf den Antrag vom %04d-%02d-%02d; aus dem Haushalt des Bescheids ergeben sich %lld "
           "Euro monatlich. Ausgewertet bis %04d-%02d-%02d.\n",
           f.von_jahr, f.von_monat, f.bis_jahr, f.bis_monat, ag.jahr, ag.monat, ag.tag, (long long)wg_fall_ergebnis_berechnet(r),
           st.jahr, st.monat, st.tag);
    const size_t ne = wg_fall_ergebnis_anzahl_entscheidungen(r);
    if (ne == 0) printf("\nKeine Entscheidung: die Änderungen berühren den Bescheid nicht.\n");
    else printf("\nEntscheidungen\n\n");
    for (size_t i = 0; i < ne; i++) {
        const wg_fall_entscheidung *d = wg_fall_ergebnis_entscheidung(r, i);
        printf("%zu. %s WoGG, wirksam ab %04d-%02d-%02d: %lld → %lld Euro monatlich.\n   ", i + 1, d->regel, d->wirksam.jahr,
               d->wirksam.monat, d->wirksam.tag, (long long)d->alt, (long long)d->neu);
        satz(d->text);
        printf("\n   Rechtsweg: %s — %s.", d->rechtsweg ? d->rechtsweg : "-",
               d->gebunden ? "gebundene Entscheidung" : "Ermessen, entscheidet ein Mensch");
        if (d->ueberzahlung > 0)
            printf(" Überzahlt unter dieser Entscheidung %lld Euro, zu erstatten %lld Euro.", (long long)d->ueberzahlung,
                   (long long)d->erstattung);
        printf("\n");
    }
    printf("\nMonate, die vom Bescheid abweichen:\n");
    size_t abweichend = 0;
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_monate(r); i++) {
        const wg_fall_monat *m = wg_fall_ergebnis_monat(r, i);
        if (m->differenz == 0) continue;
        abweichend++;
        printf("- %04d-%02d: bewilligt %lld, zusteht %lld Euro (%s)%s\n", m->jahr, m->monat, (long long)m->bewilligt,
               (long long)m->zusteht, m->regel ? m->regel : "-", m->gezahlt ? "" : ", noch nicht gezahlt");
    }
    if (!abweichend) printf("- keine\n");
    printf("\nÜberzahlt %lld Euro, davon zu erstatten %lld Euro; nachzuzahlen %lld Euro.\n", (long long)wg_fall_ergebnis_ueberzahlung(r),
           (long long)wg_fall_ergebnis_erstattung(r), (long long)wg_fall_ergebnis_nachzahlung(r));
    const size_t ns = wg_fall_ergebnis_anzahl_schuldner(r);
    if (ns) {
        printf("Gesamtschuldner (§ 29 Abs. 1 WoGG):");
        for (size_t i = 0; i < ns; i++) printf("%s %s", i ? "," : "", wg_fall_ergebnis_schuldner(r, i));
        printf(".\n");
    }
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_hinweise(r); i++) {
        const wg_fall_hinweis *h = wg_fall_ergebnis_hinweis(r, i);
        printf("Hinweis (%s%s%s): ", h->code, h->regel ? ", " : "", h->regel ? h->regel : "");
        satz(h->text);
        printf("\n");
    }
    const size_t na = wg_fall_ergebnis_anzahl_aussteuerungen(r);
    if (!na) printf("\nDer Fall kann maschinell entschieden werden: kein Grund, ihn einem Menschen vorzulegen.\n");
    else printf("\nEin Mensch muss entscheiden (§ 31a SGB X):\n");
    for (size_t i = 0; i < na; i++) {
        const wg_fall_aussteuerung *a = wg_fall_ergebnis_aussteuerung(r, i);
        printf("- %s (%s): ", a->code, a->norm);
        satz(a->text);
        printf("\n");
    }
    return 0;
}

/* one record: 0 explained, 1 not computable */
static int erklaere(erklaerer *x, const char *zeile, size_t len, size_t nr)
{
    /* a running case says so in its format */
    const char *fall_format = "\"wohngeld-fall/1\"";
    for (size_t i = 0; i + strlen(fall_format) <= len && i < 4096; i++)
        if (!memcmp(zeile + i, fall_format, strlen(fall_format))) return fall(x, zeile, len, nr);
    wg_haushalt h;
    wg_fehler fe = {0};
    const wg_unbekannt *u = NULL;
    size_t n = 0;
    if (wg_json_teilhaushalt_lesen(x->j, zeile, len, &h, &u, &n, &fe) != WG_OK) {
        printf("Der Datensatz in Zeile %zu kann nicht berechnet werden: %s (Feld %s, Fehler %s).\n", nr, fe.meldung,
               fe.feld[0] ? fe.feld : "-", wg_status_code(fe.code));
        return 1;
    }
    if (n > 0) return teil(x, &h, u, n, nr);
    if (wg_berechnen(x->e, &h, x->r, 0) != WG_OK) {
        const wg_fehler *f = wg_ergebnis_fehler(x->r);
        printf("Der Datensatz in Zeile %zu kann nicht berechnet werden: %s (Feld %s, Fehler %s).\n", nr, f->meldung,
               f->feld[0] ? f->feld : "-", wg_status_code(f->code));
        return 1;
    }
    const int rc = haushalt(x, &h);
    printf("\nRechtstabellen: %s\n", wg_engine_tabellen_pruefsumme(x->e));
    return rc;
}

int wgi_befehl_erklaeren(int argc, char **argv)
{
    if (argc > 1 || (argc == 1 && argv[0][0] == '-' && argv[0][1] != '\0')) {
        fprintf(stderr, "Aufruf: wohngeld erklaeren [DATEI]\n");
        return 2;
    }
    FILE *f = argc > 0 && strcmp(argv[0], "-") != 0 ? fopen(argv[0], "rb") : stdin;
    if (!f) {
        wgi_datei_fehler("erklaeren", argv[0]);
        return 2;
    }
    wgi_zeilen z = {f, NULL, 0, 0};
    erklaerer x = {wgi_cli_oeffnen(NULL), wg_json_neu(), wg_ergebnis_neu(), wg_ergebnis_neu(), wg_vorpruefung_neu(),
                   wg_fall_ergebnis_neu()};
    int rc = 0, st = 0;
    size_t anzahl = 0;
    if (!x.e || !x.j || !x.r || !x.r2 || !x.v || !x.fr) rc = 2;
    const char *zeile;
    size_t len;
    bool zu_lang;
    while (rc != 2 && (st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 && !zu_lang) continue;
        if (anzahl++) printf("\n----------------------------------------------------------------------\n\n");
        if (zu_lang) {
            printf("Der Datensatz in Zeile %zu ist länger als %u Bytes und wird nicht gelesen.\n", z.nummer, WGI_MAX_ZEILE);
            rc = 1;
        } else if (erklaere(&x, zeile, len, z.nummer) != 0) {
            rc = 1;
        }
    }
    if (st < 0) {
        fprintf(stderr, "wohngeld erklaeren: Lesefehler\n");
        rc = 2;
    } else if (rc != 2 && anzahl == 0) {
        fprintf(stderr, "wohngeld erklaeren: keine Eingabe — kein Datensatz gelesen\n");
        rc = 2;
    }
    wgi_zeilen_frei(&z);
    wg_fall_ergebnis_frei(x.fr);
    wg_vorpruefung_frei(x.v);
    wg_ergebnis_frei(x.r2);
    wg_ergebnis_frei(x.r);
    wg_json_frei(x.j);
    wg_engine_schliessen(x.e);
    if (f != stdin) fclose(f);
    return rc;
}
