/*
 * tabellen.c — reads the statutory table files (tables/ *.tab) into wgi_tabellen (tabellen.h).
 *
 * The files are the law as data (tables/README.md): statements one per line, `#` comments,
 * quoted sources. This reader is deliberately strict — an unknown name, a value with more
 * decimals than its scale, a missing or repeated row is an error with file and line — because a
 * silently misread table would silently change every result. The same reader serves the tables
 * compiled into the library and override files given at run time, so it must never crash on any
 * input (fuzz/ covers it).
 */
#include "tabellen.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const wgi_skalar_def wgi_skalar_defs[WGI_S_ANZAHL] = {
    [WGI_S_FAKTOR] = {"faktor", 10, true},
    [WGI_S_ZUSCHLAG_UEBER_12] = {"zuschlag_ueber_12", 4, true},
    [WGI_S_MINDESTBETRAG] = {"mindestbetrag", 4, true},
    [WGI_S_FB_17_1] = {"freibetrag_17_1_jahr", 4, true},
    [WGI_S_FB_17_2] = {"freibetrag_17_2_jahr", 4, true},
    [WGI_S_FB_17_3] = {"freibetrag_17_3_jahr", 4, true},
    [WGI_S_FB_17_4] = {"freibetrag_17_4_jahr", 4, true},
    [WGI_S_FB_17A_SOCKEL] = {"freibetrag_17a_sockel_jahr", 4, false},
    [WGI_S_FB_17A_PROZENT] = {"freibetrag_17a_prozent", 0, false},
    [WGI_S_FB_17A_RBS_PROZENT] = {"freibetrag_17a_rbs_prozent", 0, false},
    [WGI_S_UH_18_1] = {"unterhalt_18_1_jahr", 4, true},
    [WGI_S_UH_18_2] = {"unterhalt_18_2_jahr", 4, true},
    [WGI_S_UH_18_3] = {"unterhalt_18_3_jahr", 4, true},
    [WGI_S_UH_18_4] = {"unterhalt_18_4_jahr", 4, true},
    [WGI_S_ABZUG_16_PROZENT] = {"abzug_16_prozent", 0, true},
    [WGI_S_PAUSCH_RENTE] = {"pauschbetrag_rente_jahr", 4, true},
    [WGI_S_KAPITAL_FREI] = {"kapital_frei_jahr", 4, true},
    [WGI_S_ELTERNGELD_FREI] = {"elterngeld_frei", 4, true},
    [WGI_S_ELTERNGELD_PLUS_FREI] = {"elterngeld_plus_frei", 4, true},
    [WGI_S_BAFOEG_PROZENT] = {"bafoeg_anteil_prozent", 0, true},
    [WGI_S_VERMOEGEN_ERSTES] = {"vermoegen_erstes", 4, true},
    [WGI_S_VERMOEGEN_WEITERES] = {"vermoegen_weiteres", 4, true},
    [WGI_S_WOGV6_HEIZUNG_QM] = {"wogv6_heizung_qm", 4, true},
    [WGI_S_WOGV6_WW_1] = {"wogv6_warmwasser_1", 4, true},
    [WGI_S_WOGV6_WW_2] = {"wogv6_warmwasser_2", 4, true},
    [WGI_S_WOGV6_WW_WEITERE] = {"wogv6_warmwasser_weitere", 4, true},
    [WGI_S_WOGV6_EN_1] = {"wogv6_energie_1", 4, true},
    [WGI_S_WOGV6_EN_2] = {"wogv6_energie_2", 4, true},
    [WGI_S_WOGV6_EN_WEITERE] = {"wogv6_energie_weitere", 4, true},
    [WGI_S_WOGV6_GARAGE] = {"wogv6_garage", 4, true},
    [WGI_S_WOGV6_STELLPLATZ] = {"wogv6_stellplatz", 4, true},
    [WGI_S_DECKELUNG] = {"deckelung_auf_miete", 0, false},
    [WGI_S_VERMOEGEN_HOECHSTENS] = {"vermoegen_hoechstens", 4, false},
    [WGI_S_NUR_PAUSCHBETRAG] = {"nur_pauschbetrag", 0, false},
    [WGI_S_AN_PAUSCHBETRAG] = {"arbeitnehmer_pauschbetrag_jahr", 4, false},
    [WGI_S_TABELLE_MITGLIEDER] = {"tabelle_mitglieder", 0, true},
    [WGI_S_KIND_ALTERSGRENZE] = {"kind_altersgrenze_jahre", 0, true},
    [WGI_S_AENDERUNG_27_1_PROZENT] = {"aenderung_27_1_prozent", 0, true},
    [WGI_S_AENDERUNG_27_2_PROZENT] = {"aenderung_27_2_prozent", 0, true},
    [WGI_S_BWZ_HOECHSTENS] = {"bewilligungszeitraum_hoechstens_monate", 0, true},
    [WGI_S_BAGATELLE_30A] = {"bagatellgrenze_30a", 4, false},
    [WGI_S_FRIST_27_2_MONATE] = {"frist_27_2_monate", 0, true},
    [WGI_S_MELDEPFLICHT_27_3_PROZENT] = {"meldepflicht_27_3_prozent", 0, true},
    [WGI_S_RBS_ALTER_STUFE_5] = {"regelbedarf_alter_stufe_5", 0, true},
    [WGI_S_RBS_ALTER_STUFE_4] = {"regelbedarf_alter_stufe_4", 0, true},
    [WGI_S_RBS_ALTER_ERWACHSEN] = {"regelbedarf_alter_erwachsen", 0, true},
    [WGI_S_RBS_ALTER_STUFE_3_BIS] = {"regelbedarf_alter_stufe_3_bis", 0, true},
};

const char *const wgi_tabelle_namen[WGI_T_ANZAHL] = {
    [WGI_T_ABC] = "abc",
    [WGI_T_MINIMA] = "minima",
    [WGI_T_HOECHSTBETRAEGE] = "hoechstbetraege",
    [WGI_T_HEIZKOSTEN] = "heizkosten",
    [WGI_T_KLIMAKOMPONENTE] = "klimakomponente",
};

/* ---- lexer: one line at a time, tokens are words or "quoted strings" ---- */

#define MAX_TOKEN 16

typedef struct token { const char *s; size_t len; bool zitat; } token;

typedef struct leser {
    const char *text;
    size_t len, pos;
    int zeile;
    const char *name;
    wg_fehler *f;
} leser;

static wg_status fehler(leser *l, const char *meldung, const token *t)
{
    if (l->f) {
        l->f->code = WG_E_TABELLE;
        snprintf(l->f->feld, sizeof l->f->feld, "%s:%d", l->name, l->zeile);
        if (!l->text) { /* checks after reading: the whole file, not a line */
            snprintf(l->f->meldung, sizeof l->f->meldung, "%s: %s", l->name, meldung);
            return WG_E_TABELLE;
        }
        if (t) {
            size_t n = t->len > 60 ? 60 : t->len;
            while (n > 0 && n < t->len && ((unsigned char)t->s[n] & 0xC0) == 0x80) n--; /* not inside a character */
            snprintf(l->f->meldung, sizeof l->f->meldung, "%s:%d: %s: \"%.*s\"", l->name, l->zeile, meldung, (int)n,
                     t->s);
        } else {
            snprintf(l->f->meldung, sizeof l->f->meldung, "%s:%d: %s", l->name, l->zeile, meldung);
        }
        wgi_utf8_ende_reparieren(l->f->meldung);
    }
    return WG_E_TABELLE;
}

/* Reads the next non-empty line into tokens. Returns the count, 0 at the end, -1 on error. */
static int zeile_lesen(leser *l, token *tok)
{
    while (l->pos < l->len) {
        l->zeile++;
        size_t ende = l->pos;
        while (ende < l->len && l->text[ende] != '\n') ende++;
        size_t i = l->pos;
        l->pos = ende < l->len ? ende + 1 : ende;
        int n = 0;
        while (i < ende) {
            char ch = l->text[i];
            if (ch == ' ' || ch == '\t' || ch == '\r') { i++; continue; }
            if (ch == '#') break;
            if (ch == '\0') { fehler(l, "NUL-Zeichen in der Tabelle", NULL); return -1; }
            if (n == MAX_TOKEN) { fehler(l, "zu viele Angaben in einer Zeile", NULL); return -1; }
            if (ch == '"') {
                size_t s = ++i;
                while (i < ende && l->text[i] != '"') i++;
                if (i >= ende) { fehler(l, "Anführungszeichen nicht geschlossen", NULL); return -1; }
                tok[n++] = (token){l->text + s, i - s, true};
                i++;
            } else {
                size_t s = i;
                while (i < ende && l->text[i] != ' ' && l->text[i] != '\t' && l->text[i] != '\r' &&
                       l->text[i] != '#' && l->text[i] != '"')
                    i++;
                tok[n++] = (token){l->text + s, i - s, false};
            }
        }
        if (n > 0) return n;
    }
    return 0;
}

static bool ist(const token *t, const char *w)
{
    return !t->zitat && strlen(w) == t->len && memcmp(t->s, w, t->len) == 0;
}

static wg_status kopieren(leser *l, char *ziel, size_t groesse, const token *t)
{
    if (t->len + 1 > groesse) return fehler(l, "Text zu lang", t);
    memcpy(ziel, t->s, t->len);
    ziel[t->len] = '\0';
    return WG_OK;
}

static wg_status zahl(leser *l, const token *t, int stellen, int64_t *out)
{
    *out = 0;
    if (t->zitat) return fehler(l, "Zahl erwartet", t);
    int r = wgi_dezimal_lesen(t->s, t->len, stellen, out);
    if (r == -2) return fehler(l, "mehr Nachkommastellen als die Skala des Werts", t);
    if (r != 0) return fehler(l, "keine gültige Zahl", t);
    return WG_OK;
}

/* "YYYY-MM-DD" → YYYYMMDD */
static wg_status datum(leser *l, const token *t, char out[11], int *wert)
{
    if (t->len != 10 || t->s[4] != '-' || t->s[7] != '-') return fehler(l, "Datum JJJJ-MM-TT erwartet", t);
    int v = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) continue;
        if (t->s[i] < '0' || t->s[i] > '9') return fehler(l, "Datum JJJJ-MM-TT erwartet", t);
        v = v * 10 + (t->s[i] - '0');
    }
    int m = v / 100 % 100, d = v % 100;
    if (m < 1 || m > 12 || d < 1 || d > 31) return fehler(l, "Datum JJJJ-MM-TT erwartet", t);
    memcpy(out, t->s, 10);
    out[10] = '\0';
    *wert = v;
    return WG_OK;
}

/* ---- tables with rows ---- */

static wg_status staffel_zeile(leser *l, const token *tok, int n, wgi_staffel *s)
{
    if (n != 7) return fehler(l, "6 Werte erwartet (1 bis 5 Mitglieder und Mehrbetrag)", &tok[0]);
    for (int i = 0; i < 6; i++) {
        int64_t v;
        if (zahl(l, &tok[i + 1], 4, &v)) return WG_E_TABELLE;
        if (v < 0) return fehler(l, "Betrag darf nicht negativ sein", &tok[i + 1]);
        s->wert[i] = v;
    }
    return WG_OK;
}

static wg_status tabelle_lesen(leser *l, wgi_periode *p, wgi_tabelle_id id)
{
    token tok[MAX_TOKEN];
    bool gesehen[16] = {0};
    int stufen = -1;
    if (id == WGI_T_HEIZKOSTEN) { p->hat_co2 = false; p->hat_dauerhaft = false; }
    if (id == WGI_T_KLIMAKOMPONENTE) p->hat_klima = false;
    for (;;) {
        int n = zeile_lesen(l, tok);
        if (n < 0) return WG_E_TABELLE;
        if (n == 0) return fehler(l, "Tabelle ohne 'ende'", NULL);
        if (n == 1 && ist(&tok[0], "ende")) break;
        switch (id) {
        case WGI_T_ABC: {
            int64_t nr;
            if (n != 4) return fehler(l, "Zeile 'n a b c' erwartet", &tok[0]);
            if (zahl(l, &tok[0], 0, &nr) || nr < 1 || nr > 12)
                return fehler(l, "Haushaltsgröße 1 bis 12 erwartet", &tok[0]);
            if (gesehen[nr]) return fehler(l, "Zeile doppelt", &tok[0]);
            gesehen[nr] = true;
            if (zahl(l, &tok[1], 10, &p->a[nr - 1]) || zahl(l, &tok[2], 10, &p->b[nr - 1]) ||
                zahl(l, &tok[3], 10, &p->c[nr - 1]))
                return WG_E_TABELLE;
            break;
        }
        case WGI_T_MINIMA: {
            wgi_b4 *ziel;
            int idx;
            if (ist(&tok[0], "M_min")) { ziel = p->m_min; idx = 0; }
            else if (ist(&tok[0], "Y_min")) { ziel = p->y_min; idx = 1; }
            else return fehler(l, "M_min oder Y_min erwartet", &tok[0]);
            if (gesehen[idx]) return fehler(l, "Zeile doppelt", &tok[0]);
            gesehen[idx] = true;
            if (n != 13) return fehler(l, "12 Werte erwartet", &tok[0]);
            for (int i = 0; i < 12; i++) {
                if (zahl(l, &tok[i + 1], 4, &ziel[i])) return WG_E_TABELLE;
                if (ziel[i] < 0) return fehler(l, "Betrag darf nicht negativ sein", &tok[i + 1]);
            }
            break;
        }
        case WGI_T_HOECHSTBETRAEGE: {
            int zeile;
            int64_t nr;
            if (ist(&tok[0], "mehr")) zeile = 5;
            else if (zahl(l, &tok[0], 0, &nr) == WG_OK && nr >= 1 && nr <= 5) zeile = (int)nr - 1;
            else return fehler(l, "Zeile 1 bis 5 oder 'mehr' erwartet", &tok[0]);
            if (gesehen[zeile]) return fehler(l, "Zeile doppelt", &tok[0]);
            gesehen[zeile] = true;
            if (n - 1 < 1 || n - 1 > WGI_MAX_STUFEN) return fehler(l, "1 bis 7 Mietenstufen erwartet", &tok[0]);
            if (stufen >= 0 && n - 1 != stufen) return fehler(l, "ungleiche Zahl von Mietenstufen", &tok[0]);
            stufen = n - 1;
            for (int s = 0; s < stufen; s++) {
                int64_t v;
                if (zahl(l, &tok[s + 1], 4, &v)) return WG_E_TABELLE;
                if (v < 0) return fehler(l, "Betrag darf nicht negativ sein", &tok[s + 1]);
                p->hoechstbetrag[s].wert[zeile] = v;
            }
            break;
        }
        case WGI_T_HEIZKOSTEN:
            if (ist(&tok[0], "co2")) {
                if (p->hat_co2) return fehler(l, "Zeile doppelt", &tok[0]);
                if (staffel_zeile(l, tok, n, &p->co2)) return WG_E_TABELLE;
                p->hat_co2 = true;
            } else if (ist(&tok[0], "dauerhaft")) {
                if (p->hat_dauerhaft) return fehler(l, "Zeile doppelt", &tok[0]);
                if (staffel_zeile(l, tok, n, &p->dauerhaft)) return WG_E_TABELLE;
                p->hat_dauerhaft = true;
            } else {
                return fehler(l, "co2 oder dauerhaft erwartet", &tok[0]);
            }
            break;
        case WGI_T_KLIMAKOMPONENTE:
            if (!ist(&tok[0], "k")) return fehler(l, "Zeile 'k' erwartet", &tok[0]);
            if (p->hat_klima) return fehler(l, "Zeile doppelt", &tok[0]);
            if (staffel_zeile(l, tok, n, &p->klima)) return WG_E_TABELLE;
            p->hat_klima = true;
            break;
        case WGI_T_ANZAHL:
            break;
        }
    }
    switch (id) {
    case WGI_T_ABC:
        for (int i = 1; i <= 12; i++)
            if (!gesehen[i]) return fehler(l, "Tabelle abc: nicht alle Haushaltsgrößen 1 bis 12", NULL);
        break;
    case WGI_T_MINIMA:
        if (!gesehen[0] || !gesehen[1]) return fehler(l, "Tabelle minima: M_min und Y_min erwartet", NULL);
        break;
    case WGI_T_HOECHSTBETRAEGE:
        for (int i = 0; i < 6; i++)
            if (!gesehen[i]) return fehler(l, "Tabelle hoechstbetraege: Zeilen 1 bis 5 und 'mehr' erwartet", NULL);
        p->anzahl_stufen = stufen;
        break;
    case WGI_T_HEIZKOSTEN:
        if (!p->hat_co2) return fehler(l, "Tabelle heizkosten: Zeile co2 erwartet", NULL);
        break;
    default:
        break;
    }
    return WG_OK;
}

static wg_status jahres_tabelle_lesen(leser *l, wgi_jahrestabelle *j)
{
    token tok[MAX_TOKEN];
    j->anzahl = 0;
    for (;;) {
        int n = zeile_lesen(l, tok);
        if (n < 0) return WG_E_TABELLE;
        if (n == 0) return fehler(l, "Tabelle ohne 'ende'", NULL);
        if (n == 1 && ist(&tok[0], "ende")) break;
        int64_t jahr, wert;
        if (n != 2) return fehler(l, "Zeile 'Jahr Wert' erwartet", &tok[0]);
        if (zahl(l, &tok[0], 0, &jahr) || jahr < 1900 || jahr > 2999) return fehler(l, "Jahr erwartet", &tok[0]);
        if (zahl(l, &tok[1], 4, &wert)) return WG_E_TABELLE;
        if (wert < 0) return fehler(l, "Betrag darf nicht negativ sein", &tok[1]);
        if (j->anzahl > 0 && jahr <= j->eintrag[j->anzahl - 1].jahr)
            return fehler(l, "Jahre müssen aufsteigend sein", &tok[0]);
        if (j->anzahl == WGI_MAX_JAHRE) return fehler(l, "zu viele Jahre", &tok[0]);
        j->eintrag[j->anzahl++] = (wgi_jahreseintrag){(int)jahr, wert};
    }
    if (j->anzahl == 0) return fehler(l, "leere Tabelle", NULL);
    return WG_OK;
}

const wgi_periode *wgi_tabellen_periode(const wgi_tabellen *t, const char *id)
{
    for (int i = 0; i < t->anzahl_perioden; i++)
        if (strcmp(t->periode[i].id, id) == 0) return &t->periode[i];
    return NULL;
}

/* A Mietenstufen list file: header statements, then `daten` and the CSV (mietenstufen.c). */
static wg_status liste_lesen(leser *l, wgi_tabellen *t, const token *idtok)
{
    token tok[MAX_TOKEN];
    if (t->anzahl_listen == WGI_MAX_LISTEN) return fehler(l, "zu viele Mietenstufenlisten", idtok);
    wgi_mietenstufenliste *m = &t->liste[t->anzahl_listen];
    memset(m, 0, sizeof *m);
    if (kopieren(l, m->id, sizeof m->id, idtok)) return WG_E_TABELLE;
    snprintf(m->datei, sizeof m->datei, "%s", l->name);
    int n;
    while ((n = zeile_lesen(l, tok)) > 0) {
        const token *k = &tok[0];
        if (ist(k, "daten") && n == 1) {
            if (!m->ab) return fehler(l, "gilt_ab fehlt", k);
            t->anzahl_listen++; /* from here on wgi_tabellen_frei owns the list's memory */
            return wgi_liste_daten_lesen(m, l->text + l->pos, l->len - l->pos, l->f);
        }
        if (ist(k, "gilt_ab")) {
            if (n != 2 || datum(l, &tok[1], m->gilt_ab, &m->ab)) return fehler(l, "gilt_ab JJJJ-MM-TT erwartet", k);
        } else if (ist(k, "gilt_bis")) {
            if (n == 2 && ist(&tok[1], "offen")) m->bis = 0;
            else if (n != 2 || datum(l, &tok[1], m->gilt_bis, &m->bis)) return fehler(l, "gilt_bis erwartet", k);
        } else if (ist(k, "szenario")) {
            if (n != 2 || kopieren(l, m->szenario, sizeof m->szenario, &tok[1])) return fehler(l, "szenario ID erwartet", k);
        } else if (ist(k, "quelle")) {
            if (n != 2 || !tok[1].zitat || kopieren(l, m->quelle, sizeof m->quelle, &tok[1]))
                return fehler(l, "quelle \"…\" erwartet", k);
        } else {
            return fehler(l, "unbekannte Angabe in einer Mietenstufenliste", k);
        }
    }
    if (n < 0) return WG_E_TABELLE;
    return fehler(l, "'daten' fehlt", NULL);
}

/* The law changes inside running awards (tables/rechtsaenderungen.tab): blocks
 *   aenderung JJJJ-MM-TT "Regel"  quelle "…"  minderung ja|nein  neu NAME …  ende
 * where each NAME is a value or table of the period files, or `mietenstufen`. */
static wg_status aenderungen_lesen(leser *l, wgi_tabellen *t)
{
    token tok[MAX_TOKEN];
    wgi_rechtsaenderung *a = NULL;
    bool minderung_gesetzt = false;
    int n;
    while ((n = zeile_lesen(l, tok)) > 0) {
        const token *k = &tok[0];
        if (!a) {
            if (!ist(k, "aenderung") || n != 3 || !tok[2].zitat) return fehler(l, "aenderung JJJJ-MM-TT \"Regel\" erwartet", k);
            if (t->anzahl_aenderungen == WGI_MAX_AENDERUNGEN) return fehler(l, "zu viele Rechtsänderungen", k);
            a = &t->aenderung[t->anzahl_aenderungen];
            memset(a, 0, sizeof *a);
            if (datum(l, &tok[1], a->datum, &a->tag)) return fehler(l, "Datum JJJJ-MM-TT erwartet", &tok[1]);
            if (t->anzahl_aenderungen > 0 && a->tag <= t->aenderung[t->anzahl_aenderungen - 1].tag)
                return fehler(l, "Rechtsänderungen müssen aufsteigend und verschieden datiert sein", &tok[1]);
            if (kopieren(l, a->regel, sizeof a->regel, &tok[2])) return WG_E_TABELLE;
            minderung_gesetzt = false;
            continue;
        }
        if (ist(k, "ende") && n == 1) {
            if (!minderung_gesetzt || !a->quelle[0] || !a->teile[0])
                return fehler(l, "Rechtsänderung braucht quelle, minderung und neu", k);
            t->anzahl_aenderungen++;
            a = NULL;
        } else if (ist(k, "quelle")) {
            if (n != 2 || !tok[1].zitat || kopieren(l, a->quelle, sizeof a->quelle, &tok[1]))
                return fehler(l, "quelle \"…\" erwartet", k);
        } else if (ist(k, "minderung")) {
            if (n == 2 && (ist(&tok[1], "ja") || ist(&tok[1], "nein"))) a->minderung = ist(&tok[1], "ja");
            else return fehler(l, "minderung ja|nein erwartet", k);
            minderung_gesetzt = true;
        } else if (ist(k, "neu")) {
            if (n < 2) return fehler(l, "neu NAME … erwartet", k);
            for (int i = 1; i < n; i++) {
                bool gefunden = false;
                if (ist(&tok[i], "mietenstufen")) a->neu_mietenstufen = gefunden = true;
                for (int s = 0; s < WGI_S_ANZAHL && !gefunden; s++)
                    if (ist(&tok[i], wgi_skalar_defs[s].name)) a->neu_skalar[s] = gefunden = true;
                for (int s = 0; s < WGI_T_ANZAHL && !gefunden; s++)
                    if (ist(&tok[i], wgi_tabelle_namen[s])) a->neu_tabelle[s] = gefunden = true;
                if (!gefunden) return fehler(l, "unbekannter Teil des Rechts (Wert, Tabelle oder mietenstufen)", &tok[i]);
                size_t len = strlen(a->teile);
                if (len + tok[i].len + 2 >= sizeof a->teile) return fehler(l, "zu viele Teile", &tok[i]);
                if (len) a->teile[len++] = ' ';
                memcpy(a->teile + len, tok[i].s, tok[i].len);
                a->teile[len + tok[i].len] = '\0';
            }
        } else {
            return fehler(l, "unbekannte Angabe in einer Rechtsänderung", k);
        }
    }
    if (n < 0) return WG_E_TABELLE;
    if (a) return fehler(l, "Rechtsänderung ohne 'ende'", NULL);
    return WG_OK;
}

void wgi_tabellen_frei(wgi_tabellen *t)
{
    for (int i = 0; i < t->anzahl_listen; i++) {
        free(t->liste[i].orte);
        free(t->liste[i].pool);
        t->liste[i].orte = NULL;
        t->liste[i].pool = NULL;
    }
    t->anzahl_listen = 0;
}

wg_status wgi_tabellen_lesen(wgi_tabellen *t, const char *text, size_t len, const char *name, wg_fehler *f)
{
    leser l = {text, len, 0, 0, name, f};
    token tok[MAX_TOKEN];
    wgi_periode *p = NULL;
    bool jahreswerte = false;
    int n;
    while ((n = zeile_lesen(&l, tok)) > 0) {
        const token *k = &tok[0];
        if (ist(k, "mietenstufenliste")) {
            if (p || jahreswerte || n != 2) return fehler(&l, "'mietenstufenliste ID' nur allein am Dateianfang", k);
            return liste_lesen(&l, t, &tok[1]);
        }
        if (ist(k, "rechtsaenderungen")) {
            if (p || jahreswerte || n != 1) return fehler(&l, "'rechtsaenderungen' nur allein am Dateianfang", k);
            if (t->anzahl_aenderungen) return fehler(&l, "Rechtsänderungen doppelt geladen", k);
            return aenderungen_lesen(&l, t);
        }
        if (ist(k, "rechtsstand")) {
            if (p || jahreswerte) return fehler(&l, "nur ein Rechtsstand je Datei", k);
            if (n != 2) return fehler(&l, "rechtsstand ID erwartet", k);
            if (t->anzahl_perioden == WGI_MAX_PERIODEN) return fehler(&l, "zu viele Rechtsstände", k);
            char id[24];
            if (kopieren(&l, id, sizeof id, &tok[1])) return WG_E_TABELLE;
            if (wgi_tabellen_periode(t, id)) return fehler(&l, "Rechtsstand doppelt", &tok[1]);
            p = &t->periode[t->anzahl_perioden++];
            memset(p, 0, sizeof *p);
            memcpy(p->id, id, sizeof id);
            snprintf(p->datei, sizeof p->datei, "%s", name);
            continue;
        }
        if (ist(k, "jahreswerte")) {
            if (p || jahreswerte || n != 1) return fehler(&l, "'jahreswerte' nur allein am Dateianfang", k);
            jahreswerte = true;
            continue;
        }
        if (jahreswerte) {
            if (!ist(k, "tabelle") || n != 3 || !tok[2].zitat)
                return fehler(&l, "tabelle NAME \"Quelle\" erwartet", k);
            wgi_jahrestabelle *j;
            if (ist(&tok[1], "arbeitnehmer_pauschbetrag_jahr")) j = &t->an_pauschbetrag;
            else {
                /* regelbedarfsstufe_1 … regelbedarfsstufe_6 */
                j = NULL;
                for (int s = 0; s < 6 && !j; s++) {
                    char tabname[24];
                    snprintf(tabname, sizeof tabname, "regelbedarfsstufe_%d", s + 1);
                    if (ist(&tok[1], tabname)) j = &t->rbs[s];
                }
                if (!j) return fehler(&l, "unbekannte Jahrestabelle", &tok[1]);
            }
            if (kopieren(&l, j->quelle, sizeof j->quelle, &tok[2])) return WG_E_TABELLE;
            if (jahres_tabelle_lesen(&l, j)) return WG_E_TABELLE;
            continue;
        }
        if (!p) return fehler(&l, "Datei muss mit 'rechtsstand' oder 'jahreswerte' beginnen", k);
        if (ist(k, "basis")) {
            if (n != 2) return fehler(&l, "basis ID erwartet", k);
            char id[24];
            if (kopieren(&l, id, sizeof id, &tok[1])) return WG_E_TABELLE;
            const wgi_periode *b = wgi_tabellen_periode(t, id);
            if (!b || b == p) return fehler(&l, "Basis-Rechtsstand unbekannt (muss vorher gelesen sein)", &tok[1]);
            char eigene[24], datei[64];
            memcpy(eigene, p->id, sizeof eigene);
            memcpy(datei, p->datei, sizeof datei);
            *p = *b;
            memcpy(p->id, eigene, sizeof eigene);
            memcpy(p->datei, datei, sizeof datei);
            memcpy(p->basis, id, sizeof id);
            p->name[0] = p->quelle[0] = p->gilt_ab[0] = p->gilt_bis[0] = '\0';
            p->ab = p->bis = p->gesichert = 0;
            p->gesichert_bis[0] = '\0';
            p->szenario = false;
        } else if (ist(k, "name") || ist(k, "quelle")) {
            if (n != 2 || !tok[1].zitat) return fehler(&l, "Text in Anführungszeichen erwartet", k);
            if (ist(k, "name") ? kopieren(&l, p->name, sizeof p->name, &tok[1])
                               : kopieren(&l, p->quelle, sizeof p->quelle, &tok[1]))
                return WG_E_TABELLE;
        } else if (ist(k, "gilt_ab")) {
            if (n != 2 || datum(&l, &tok[1], p->gilt_ab, &p->ab)) return fehler(&l, "gilt_ab JJJJ-MM-TT erwartet", k);
        } else if (ist(k, "gilt_bis")) {
            if (n == 2 && ist(&tok[1], "offen")) { p->gilt_bis[0] = '\0'; p->bis = 0; }
            else if (n != 2 || datum(&l, &tok[1], p->gilt_bis, &p->bis)) return fehler(&l, "gilt_bis JJJJ-MM-TT oder 'offen' erwartet", k);
        } else if (ist(k, "gesichert_bis")) {
            if (n != 2 || datum(&l, &tok[1], p->gesichert_bis, &p->gesichert)) return fehler(&l, "gesichert_bis JJJJ-MM-TT erwartet", k);
        } else if (ist(k, "szenario")) {
            if (n == 2 && ist(&tok[1], "ja")) p->szenario = true;
            else if (n == 2 && ist(&tok[1], "nein")) p->szenario = false;
            else return fehler(&l, "szenario ja|nein erwartet", k);
        } else if (ist(k, "wert")) {
            if (n != 4 || !tok[3].zitat) return fehler(&l, "wert NAME ZAHL \"Quelle\" erwartet", k);
            int s = -1;
            for (int i = 0; i < WGI_S_ANZAHL; i++)
                if (ist(&tok[1], wgi_skalar_defs[i].name)) s = i;
            if (s < 0) return fehler(&l, "unbekannter Wert", &tok[1]);
            int64_t v;
            if (zahl(&l, &tok[2], wgi_skalar_defs[s].stellen, &v)) return WG_E_TABELLE;
            if (v < 0) return fehler(&l, "Wert darf nicht negativ sein", &tok[2]);
            p->skalar[s] = v;
            p->skalar_gesetzt[s] = true;
            if (kopieren(&l, p->quelle_skalar[s], WGI_QUELLE_LEN, &tok[3])) return WG_E_TABELLE;
        } else if (ist(k, "tabelle")) {
            if (n != 3 || !tok[2].zitat) return fehler(&l, "tabelle NAME \"Quelle\" erwartet", k);
            int id = -1;
            for (int i = 0; i < WGI_T_ANZAHL; i++)
                if (ist(&tok[1], wgi_tabelle_namen[i])) id = i;
            if (id < 0) return fehler(&l, "unbekannte Tabelle", &tok[1]);
            if (kopieren(&l, p->quelle_tabelle[id], WGI_QUELLE_LEN, &tok[2])) return WG_E_TABELLE;
            if (tabelle_lesen(&l, p, (wgi_tabelle_id)id)) return WG_E_TABELLE;
            p->tabelle_gesetzt[id] = true;
        } else {
            return fehler(&l, "unbekannte Angabe", k);
        }
    }
    if (n < 0) return WG_E_TABELLE;
    if (!p && !jahreswerte) return fehler(&l, "leere Tabellendatei", NULL);
    if (p) p->hat_17a = p->skalar_gesetzt[WGI_S_FB_17A_SOCKEL];
    return WG_OK;
}

wg_status wgi_tabellen_pruefen(const wgi_tabellen *t, wg_fehler *f)
{
    leser l = {NULL, 0, 0, 0, "tabellen", f};
    if (t->anzahl_perioden == 0) return fehler(&l, "kein Rechtsstand geladen", NULL);
    for (int i = 0; i < t->anzahl_perioden; i++) {
        const wgi_periode *p = &t->periode[i];
        char m[200];
        l.name = p->datei;
        if (!p->ab) return fehler(&l, "gilt_ab fehlt", NULL);
        if (p->bis && p->bis < p->ab) return fehler(&l, "gilt_bis liegt vor gilt_ab", NULL);
        for (int s = 0; s < WGI_S_ANZAHL; s++) {
            if (wgi_skalar_defs[s].pflicht && !p->skalar_gesetzt[s]) {
                snprintf(m, sizeof m, "Wert %s fehlt", wgi_skalar_defs[s].name);
                return fehler(&l, m, NULL);
            }
        }
        if (p->hat_17a && (!p->skalar_gesetzt[WGI_S_FB_17A_PROZENT] || !p->skalar_gesetzt[WGI_S_FB_17A_RBS_PROZENT] ||
                           t->rbs[0].anzahl == 0))
            return fehler(&l, "§ 17a unvollständig (Prozentsätze oder Regelbedarfsstufe 1 fehlen)", NULL);
        for (int id = 0; id < WGI_T_ANZAHL; id++) {
            bool noetig = id == WGI_T_ABC || id == WGI_T_MINIMA || id == WGI_T_HOECHSTBETRAEGE;
            if (noetig && !p->tabelle_gesetzt[id]) {
                snprintf(m, sizeof m, "Tabelle %s fehlt", wgi_tabelle_namen[id]);
                return fehler(&l, m, NULL);
            }
        }
        if (p->hat_dauerhaft && !p->hat_co2) return fehler(&l, "dauerhafte Heizkostenkomponente ohne CO2-Betrag", NULL);
        if (p->skalar[WGI_S_TABELLE_MITGLIEDER] < 1 || p->skalar[WGI_S_TABELLE_MITGLIEDER] > WGI_MAX_TAB)
            return fehler(&l, "tabelle_mitglieder muss zwischen 1 und 12 liegen (die Zeilen der Tabellen abc und minima)", NULL);
        if (p->skalar[WGI_S_KIND_ALTERSGRENZE] < 1 || p->skalar[WGI_S_KIND_ALTERSGRENZE] > 150)
            return fehler(&l, "kind_altersgrenze_jahre muss zwischen 1 und 150 liegen", NULL);
        /* Plausible ranges, so that no table (an override file included) can drive the integer
         * arithmetic out of its proven range (docs/grenzen.md): amounts up to 10^7 EUR,
         * percentages up to 100, coefficients below 1 in magnitude, factor from 1 to below 10. */
        const wgi_b4 max_betrag = (wgi_b4)10000000 * WGI_B4_EUR;
        for (int k = 0; k < WGI_S_ANZAHL; k++) {
            int64_t v = p->skalar[k], max = wgi_skalar_defs[k].stellen == 4 ? max_betrag : 100;
            if (k == WGI_S_FAKTOR) {
                if (v < 10000000000LL || v >= 100000000000LL) return fehler(&l, "faktor muss zwischen 1 und 10 liegen", NULL);
            } else if (v > max) {
                snprintf(m, sizeof m, "Wert %s außerhalb des plausiblen Bereichs", wgi_skalar_defs[k].name);
                return fehler(&l, m, NULL);
            }
        }
        for (int k = 0; k < 12; k++) {
            if (p->a[k] <= -10000000000LL || p->a[k] >= 10000000000LL || p->b[k] >= 10000000000LL || p->b[k] <= -10000000000LL ||
                p->c[k] >= 10000000000LL || p->c[k] <= -10000000000LL)
                return fehler(&l, "a, b, c müssen betragsmäßig kleiner als 1 sein", NULL);
            if (p->m_min[k] > max_betrag || p->y_min[k] > max_betrag) return fehler(&l, "Mindestwert außerhalb des plausiblen Bereichs", NULL);
        }
        const wgi_staffel *st[3] = {&p->co2, &p->dauerhaft, &p->klima};
        for (int k = 0; k < 3; k++)
            for (int spalte = 0; spalte < 6; spalte++)
                if (st[k]->wert[spalte] > max_betrag) return fehler(&l, "Heizkosten- oder Klimabetrag außerhalb des plausiblen Bereichs", NULL);
        for (int stufe = 0; stufe < p->anzahl_stufen; stufe++)
            for (int spalte = 0; spalte < 6; spalte++)
                if (p->hoechstbetrag[stufe].wert[spalte] > max_betrag) return fehler(&l, "Höchstbetrag außerhalb des plausiblen Bereichs", NULL);
        /* Ordering: enacted periods chosen by date must not overlap. */
        for (int j = 0; j < i; j++) {
            const wgi_periode *q = &t->periode[j];
            if (p->szenario || q->szenario) continue;
            bool getrennt = (q->bis && q->bis < p->ab) || (p->bis && p->bis < q->ab);
            if (!getrennt) {
                snprintf(m, sizeof m, "Geltungszeitraum überschneidet sich mit Rechtsstand %s", q->id);
                return fehler(&l, m, NULL);
            }
        }
    }
    l.name = "tabellen";
    if (t->an_pauschbetrag.anzahl == 0) return fehler(&l, "Arbeitnehmer-Pauschbetrag fehlt (jahreswerte)", NULL);
    const wgi_jahrestabelle *jt[7] = {&t->an_pauschbetrag, &t->rbs[0], &t->rbs[1], &t->rbs[2], &t->rbs[3], &t->rbs[4], &t->rbs[5]};
    for (int k = 0; k < 7; k++)
        for (int i = 0; i < jt[k]->anzahl; i++)
            if (jt[k]->eintrag[i].wert > (wgi_b4)10000000 * WGI_B4_EUR) return fehler(&l, "Jahreswert außerhalb des plausiblen Bereichs", NULL);
    return WG_OK;
}

wgi_b4 wgi_jahreswert(const wgi_jahrestabelle *j, int jahr, int *jahr_benutzt)
{
    int i = 0;
    while (i + 1 < j->anzahl && j->eintrag[i].jahr < jahr) i++;
    /* i is the first year >= jahr, or the last year; nearest listed year outside the range */
    if (j->eintrag[i].jahr > jahr && i > 0) i--;
    if (jahr_benutzt) *jahr_benutzt = j->eintrag[i].jahr;
    return j->eintrag[i].wert;
}

