/*
 * csv.c — CSV households and results (docs/csv.md).
 *
 * Exports: the functions of include/wohngeld_csv.h.
 */
#include "csv.h"
#include "wohngeld_csv.h"

#include "ausgabe.h"
#include "json.h"
#include "lesen.h"
#include "puffer.h"
#include "text.h"
#include "vokabular.h"

#include <ctype.h>
#include <stdint.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


typedef enum typ { T_TEXT, T_GELD, T_GANZ, T_WAHR } typ;

typedef struct spalte_def { const char *name; const char *pfad; typ t; } spalte_def;

/* Household columns: name = JSON path with '_' for '.', except where noted. */
static const spalte_def HAUSHALT[] = {
    {"id", WG_F_ID, T_TEXT},
    {"format", WG_F_FORMAT, T_TEXT},
    {"stichtag", WG_F_STICHTAG, T_TEXT},
    {"zeitraum_von", WG_F_ZEITRAUM "." WG_F_VON, T_TEXT},
    {"zeitraum_bis", WG_F_ZEITRAUM "." WG_F_BIS, T_TEXT},
    {"rechtsstand", WG_F_RECHTSSTAND, T_TEXT},
    {"mietenstufe", WG_F_MIETENSTUFE, T_GANZ},
    {"gemeinde", WG_F_GEMEINDE, T_TEXT},
    {"wohnkosten_art", WG_F_WOHNKOSTEN "." WG_F_ART, T_TEXT},
    {"wohnkosten_betrag_monat", WG_F_WOHNKOSTEN "." WG_F_BETRAG_MONAT, T_GELD},
    {"wohnkosten_abzuege_monat", WG_F_WOHNKOSTEN "." WG_F_ABZUEGE_MONAT, T_GELD},
    {"pauschalen_heizung_qm", WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_HEIZUNG_QM, T_GELD},
    {"pauschalen_warmwasser", WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_WARMWASSER, T_WAHR},
    {"pauschalen_haushaltsenergie", WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_HAUSHALTSENERGIE, T_WAHR},
    {"pauschalen_garage", WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_GARAGE, T_WAHR},
    {"pauschalen_stellplatz", WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_STELLPLATZ, T_WAHR},
    {"heimbewohner", WG_F_HEIMBEWOHNER, T_WAHR},
    {"vermoegen", WG_F_VERMOEGEN, T_GELD},
    {"alleinerziehend", WG_F_ALLEINERZIEHEND, T_WAHR},
    {"gesamteinkommen_monat", WG_F_GESAMTEINKOMMEN_MONAT, T_GELD},
    {"auslegung_zwischenrundung", WG_F_AUSLEGUNG "." WG_F_ZWISCHENRUNDUNG, T_TEXT},
    {"auslegung_deckelung_auf_miete", WG_F_AUSLEGUNG "." WG_F_DECKELUNG_AUF_MIETE, T_WAHR},
    {"auslegung_ueber_12_mitglieder", WG_F_AUSLEGUNG "." WG_F_UEBER_12_MITGLIEDER, T_TEXT},
    {"auslegung_mindestmiete_nach_entlastung", WG_F_AUSLEGUNG "." WG_F_MINDESTMIETE_NACH_ENTLASTUNG, T_WAHR},
};
#define N_HAUSHALT (sizeof HAUSHALT / sizeof HAUSHALT[0])

static const spalte_def MITGLIED[] = {
    {"mitglied_id", WG_F_ID, T_TEXT},
    {"zu_beruecksichtigen", WG_F_ZU_BERUECKSICHTIGEN, T_WAHR},
    {"ausschlussgrund", WG_F_AUSSCHLUSSGRUND, T_TEXT},
    {"alter", WG_F_ALTER, T_GANZ},
    {"geburtsdatum", WG_F_GEBURTSDATUM, T_TEXT},
    {"kind_eines_mitglieds", WG_F_KIND_EINES_MITGLIEDS, T_WAHR},
    {"abzug_steuern", WG_F_ABZUG_STEUERN, T_WAHR},
    {"abzug_kranken_pflege", WG_F_ABZUG_KRANKEN_PFLEGE, T_WAHR},
    {"abzug_rente", WG_F_ABZUG_RENTE, T_WAHR},
    {"schwerbehindert_pflege", WG_F_SCHWERBEHINDERT_PFLEGE, T_WAHR},
    {"ns_verfolgt", WG_F_NS_VERFOLGT, T_WAHR},
    {"grundrentenzeiten_33_jahre", WG_F_GRUNDRENTENZEITEN_33_JAHRE, T_WAHR},
    {"ausbildungsfoerderung_dem_grunde_nach", WG_F_AUSBILDUNGSFOERDERUNG_DEM_GRUNDE_NACH, T_WAHR},
    {"jahreseinkommen", WG_F_JAHRESEINKOMMEN, T_GELD},
};
#define N_MITGLIED (sizeof MITGLIED / sizeof MITGLIED[0])

static const spalte_def EINKOMMEN[] = {
    {"art", WG_F_ART, T_TEXT}, {"betrag_monat", WG_F_BETRAG_MONAT, T_GELD}, {"betrag_jahr", WG_F_BETRAG_JAHR, T_GELD},
    {"werbungskosten_jahr", WG_F_WERBUNGSKOSTEN_JAHR, T_GELD}, {"plus", WG_F_PLUS, T_WAHR}};
static const spalte_def UNTERHALT[] = {
    {"empfaenger", WG_F_EMPFAENGER, T_TEXT}, {"betrag_monat", WG_F_BETRAG_MONAT, T_GELD},
    {"betrag_jahr", WG_F_BETRAG_JAHR, T_GELD}, {"tituliert", WG_F_TITULIERT, T_WAHR}};
#define N_EINKOMMEN 5
#define N_UNTERHALT 4
#define MAX_GRUPPEN 50

struct wg_csv_kopf {
    int haushalt[N_HAUSHALT];                /* column index or -1 (X, or X_von of an interval) */
    int mitglied[N_MITGLIED];
    int einkommen[MAX_GRUPPEN][N_EINKOMMEN];
    int unterhalt[MAX_GRUPPEN][N_UNTERHALT];
    /* the X_bis column of an interval (docs/vorpruefung.md § 6), or -1 */
    int haushalt_bis[N_HAUSHALT];
    int mitglied_bis[N_MITGLIED];
    int einkommen_bis[MAX_GRUPPEN][N_EINKOMMEN];
    int unterhalt_bis[MAX_GRUPPEN][N_UNTERHALT];
    int n_einkommen, n_unterhalt;             /* highest group number */
    int spalten;
    /* where each household column goes in the record (EBENE_*), found from its path once */
    unsigned char ebene[N_HAUSHALT];
};

/* the objects of a household record that take household columns */
enum { EBENE_OBEN, EBENE_ZEITRAUM, EBENE_AUSLEGUNG, EBENE_WOHNKOSTEN, EBENE_PAUSCHALEN, EBENE_ANZAHL };
static const char *const EBENE_PRAEFIX[EBENE_ANZAHL] = {"", WG_F_ZEITRAUM ".", WG_F_AUSLEGUNG ".", WG_F_WOHNKOSTEN ".",
                                                        WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "."};

int wg_csv_spalten(const wg_csv_kopf *k) { return k ? k->spalten : -1; }

/* A cell that a spreadsheet would take for a formula (OWASP "CSV injection"): it begins with
 * '=', '+', '-', '@', TAB or CR — or with the apostrophe that neutralises such a cell, so that
 * neutralising can always be undone (docs/csv.md). */
static bool gefaehrlich(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] == '\'') i++;
    if (i >= n) return false;
    return s[i] != '\0' && strchr("=+-@\t\r", s[i]) != NULL;
}

/* A neutralised formula ('\'' before a cell gefaehrlich would flag) loses its apostrophe, in
 * place: the cell's new length. */
static size_t apostroph_weg(char *s, size_t n)
{
    if (n >= 2 && s[0] == '\'' && gefaehrlich(s + 1, n - 1)) {
        memmove(s, s + 1, n - 1);
        n--;
    }
    return n;
}

/* … and the shortened cell NUL-terminated */
static size_t entschaerfung_aufheben(char *s, size_t n)
{
    const size_t m = apostroph_weg(s, n);
    if (m < n) s[m] = '\0';
    return m;
}

#ifdef __SSE2__
/* the cell from *start to the separator at p as the next of felder/laengen; false when there
 * are already max */
static inline bool zelle_bis(char *text, size_t p, size_t *start, int *n, int max, char **felder, size_t *laengen)
{
    if (*n == max) return false;
    felder[*n] = text + *start;
    laengen[*n] = p - *start;
    (*n)++;
    *start = p + 1;
    return true;
}

/* The common row: plain ASCII without NUL and without a quote, so no cell is quoted and every
 * separator ends a cell. Checked whole before anything is written (-3: not such a row, the
 * general way below reads it); then split as the general way splits it, sixteen bytes at a time —
 * with too many cells (-2) the first max written as the general way has written them. */
static int felder_schlicht(char *text, size_t len, char trenn, char **felder, size_t *laengen, int max)
{
    const __m128i t = _mm_set1_epi8(trenn), q = _mm_set1_epi8('"'), nul = _mm_setzero_si128(), apo = _mm_set1_epi8('\'');
    int n = 0;
    bool zu_viele = false;
    unsigned apostroph = 0;
    size_t start = 0, i = 0;
    for (; i + 16 <= len; i += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
        /* a quote, a NUL, or (as a signed byte below 0) a byte ≥ 0x80 */
        const __m128i schlecht = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, nul)), _mm_cmplt_epi8(x, nul));
        if (_mm_movemask_epi8(schlecht)) return -3;
        apostroph |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, apo));
        unsigned trennungen = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, t));
        while (trennungen && !zu_viele) {
            zu_viele = !zelle_bis(text, i + (size_t)__builtin_ctz(trennungen), &start, &n, max, felder, laengen);
            trennungen &= trennungen - 1;
        }
    }
    for (; i < len; i++) {
        const unsigned char c = (unsigned char)text[i];
        if (c == '"' || c == 0 || c >= 0x80) return -3;
        apostroph |= c == '\'';
        if (c == (unsigned char)trenn && !zu_viele) zu_viele = !zelle_bis(text, i, &start, &n, max, felder, laengen);
    }
    if (!zu_viele && n == max) zu_viele = true; /* the last cell would be one too many */
    if (!zu_viele) {
        felder[n] = text + start;
        laengen[n] = len - start;
        n++;
    }
    /* now the writing, as the general way does it: every cell followed by a separator ends with
     * a NUL; without an apostrophe in the row no cell is a neutralised formula */
    if (!apostroph) {
        const int mit_trenner = zu_viele ? n : n - 1;
        for (int k = 0; k < mit_trenner; k++) felder[k][laengen[k]] = '\0';
        return zu_viele ? -2 : n;
    }
    /* … else a neutralised formula also loses its apostrophe */
    for (int k = 0; k < n; k++) {
        const size_t fl = laengen[k] = apostroph_weg(felder[k], laengen[k]);
        if (k + 1 < n || zu_viele) felder[k][fl] = '\0';
    }
    return zu_viele ? -2 : n;
}
#endif

int wg_csv_felder(char *text, size_t len, char trenn, char **felder, size_t *laengen, int max)
{
    if (!text || !felder || !laengen || max < 1) return -1;
#ifdef __SSE2__
    if (trenn != '"' && trenn != '\0') {
        const int n = felder_schlicht(text, len, trenn, felder, laengen, max);
        if (n != -3) return n;
    }
#endif
    /* the whole record must be valid UTF-8 without NUL bytes: nothing is replaced silently */
    if (!wgi_puffer_utf8_gueltig(text, len)) return -1;
    size_t i = 0;
    int n = 0;
    for (;;) {
        if (n == max) return -2;
        char *start = text + i;
        size_t fl;
        const int w = wgi_csv_feld(text, len, &i, trenn, false, true, start, len, &fl);
        if (w < 0) return -1;
        const size_t gelesen = fl;
        felder[n] = start;
        fl = apostroph_weg(start, fl);
        laengen[n] = fl;
        n++;
        if (w == 0) {
            if (start + gelesen < text + len) start[fl] = '\0';
            return n;
        }
        start[fl] = '\0';
    }
}

static int gruppe(const char *name, size_t len, const char *praefix, int *nr, const char **rest)
{
    size_t p = strlen(praefix);
    if (len <= p || strncmp(name, praefix, p) != 0 || !isdigit((unsigned char)name[p])) return 0;
    size_t i = p;
    int v = 0;
    while (i < len && isdigit((unsigned char)name[i])) {
        v = v * 10 + (name[i] - '0');
        if (v > MAX_GRUPPEN) return -1;
        i++;
    }
    if (i >= len || name[i] != '_' || v < 1) return -1;
    *nr = v;
    *rest = name + i + 1;
    return 1;
}

/* the object a household column's path puts it in: the longest prefix that ends before its name */
static unsigned char ebene_von(const char *pfad)
{
    unsigned char e = strchr(pfad, '.') ? EBENE_ANZAHL : EBENE_OBEN; /* EBENE_ANZAHL: none (never) */
    for (int i = 1; i < EBENE_ANZAHL; i++) {
        const size_t pl = strlen(EBENE_PRAEFIX[i]);
        if (!strncmp(pfad, EBENE_PRAEFIX[i], pl) && !strchr(pfad + pl, '.')) e = (unsigned char)i;
    }
    return e;
}

wg_csv_kopf *wg_csv_kopf_lesen(const char *zeile, size_t len, char trenn, char *meldung, size_t mlen)
{
    char eigene[256];
    if (!meldung || mlen == 0) {
        meldung = eigene;
        mlen = sizeof eigene;
    }
    if (!zeile) {
        snprintf(meldung, mlen, "keine Kopfzeile (NULL)");
        return NULL;
    }
    char *kopie = malloc(len + 1);
    char **felder = malloc(WG_CSV_MAX_SPALTEN * sizeof *felder);
    size_t *laengen = malloc(WG_CSV_MAX_SPALTEN * sizeof *laengen);
    wg_csv_kopf *k = calloc(1, sizeof *k);
    if (k)
        for (size_t i = 0; i < N_HAUSHALT; i++) k->ebene[i] = ebene_von(HAUSHALT[i].pfad);
    if (!kopie || !felder || !laengen || !k) {
        snprintf(meldung, mlen, "nicht genug Speicher");
        goto fehler;
    }
    memcpy(kopie, zeile, len);
    kopie[len] = '\0';
    memset(k->haushalt, -1, sizeof k->haushalt);
    memset(k->mitglied, -1, sizeof k->mitglied);
    memset(k->einkommen, -1, sizeof k->einkommen);
    memset(k->unterhalt, -1, sizeof k->unterhalt);
    memset(k->haushalt_bis, -1, sizeof k->haushalt_bis);
    memset(k->mitglied_bis, -1, sizeof k->mitglied_bis);
    memset(k->einkommen_bis, -1, sizeof k->einkommen_bis);
    memset(k->unterhalt_bis, -1, sizeof k->unterhalt_bis);
    int n = wg_csv_felder(kopie, len, trenn, felder, laengen, WG_CSV_MAX_SPALTEN);
    if (n <= 0) {
        snprintf(meldung, mlen, "Kopfzeile ist kein gültiges CSV (höchstens %d Spalten)", WG_CSV_MAX_SPALTEN);
        goto fehler;
    }
    k->spalten = n;
    for (int s = 0; s < n; s++) {
        felder[s][laengen[s]] = '\0';
        /* X, or X_von and X_bis: the two ends of an interval of a money column or of alter */
        char name[256];
        int *ziel = NULL, *ziel_bis = NULL, nr, ende = 0; /* ende 1: _von, 2: _bis */
        typ t = T_TEXT;
        for (int versuch = 0; versuch < 2 && !ziel; versuch++) {
            snprintf(name, sizeof name, "%s", felder[s]);
            size_t nl = strlen(name);
            if (versuch == 1) {
                if (nl > 4 && !strcmp(name + nl - 4, "_von")) ende = 1;
                else if (nl > 4 && !strcmp(name + nl - 4, "_bis")) ende = 2;
                else break;
                name[nl -= 4] = '\0';
            }
            const char *rest;
            for (size_t i = 0; i < N_HAUSHALT && !ziel; i++)
                if (!strcmp(name, HAUSHALT[i].name)) ziel = &k->haushalt[i], ziel_bis = &k->haushalt_bis[i], t = HAUSHALT[i].t;
            for (size_t i = 0; i < N_MITGLIED && !ziel; i++)
                if (!strcmp(name, MITGLIED[i].name)) ziel = &k->mitglied[i], ziel_bis = &k->mitglied_bis[i], t = MITGLIED[i].t;
            int g = ziel ? 0 : gruppe(name, nl, "einkommen", &nr, &rest);
            if (g == 1) {
                for (int i = 0; i < N_EINKOMMEN && !ziel; i++)
                    if (!strcmp(rest, EINKOMMEN[i].name))
                        ziel = &k->einkommen[nr - 1][i], ziel_bis = &k->einkommen_bis[nr - 1][i], t = EINKOMMEN[i].t;
                if (nr > k->n_einkommen) k->n_einkommen = nr;
            } else if (g == 0 && !ziel && gruppe(name, nl, "unterhalt", &nr, &rest) == 1) {
                for (int i = 0; i < N_UNTERHALT && !ziel; i++)
                    if (!strcmp(rest, UNTERHALT[i].name))
                        ziel = &k->unterhalt[nr - 1][i], ziel_bis = &k->unterhalt_bis[nr - 1][i], t = UNTERHALT[i].t;
                if (nr > k->n_unterhalt) k->n_unterhalt = nr;
            }
        }
        if (ziel && ende && t != T_GELD && strcmp(name, "alter") != 0) ziel = NULL;
        if (!ziel) {
            snprintf(meldung, mlen, "unbekannte Spalte \"%.60s\" (docs/csv.md)", felder[s]);
            goto fehler;
        }
        if (ende == 2) ziel = ziel_bis;
        if (*ziel >= 0) {
            snprintf(meldung, mlen, "Spalte \"%.60s\" doppelt", felder[s]);
            goto fehler;
        }
        *ziel = s;
    }
    if (k->haushalt[0] < 0) {
        snprintf(meldung, mlen, "Spalte \"id\" fehlt: sie ordnet die Zeilen den Haushalten zu");
        goto fehler;
    }
    free(kopie);
    free(felder);
    free(laengen);
    return k;
fehler:
    free(kopie);
    free(felder);
    free(laengen);
    free(k);
    return NULL;
}

void wg_csv_kopf_frei(wg_csv_kopf *k) { free(k); }

static bool ist_ganz(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == '-') i++;
    if (i == n) return false;
    for (; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    return n < 19;
}

static int wahrheit(const char *s, size_t n)
{
    /* what nach-csv writes first, then every spelling in any case */
    if (n == 5 && !memcmp(s, "false", 5)) return 0;
    if (n == 4 && !memcmp(s, "true", 4)) return 1;
    static const char *const ja[] = {"true", "ja", "1", "wahr"};
    static const char *const nein[] = {"false", "nein", "0", "falsch"};
    for (int i = 0; i < 4; i++) {
        if (strlen(ja[i]) == n && !strncasecmp(s, ja[i], n)) return 1;
        if (strlen(nein[i]) == n && !strncasecmp(s, nein[i], n)) return 0;
    }
    return -1;
}

/* ---- a household's rows as its record: one walk over the columns, two forms ----
 * haushalt_gehen decides which column becomes which field of the record, its type and its
 * interval (docs/csv.md); a ziel writes what it decides either as the record's JSON text
 * (wg_csv_haushalt_lesen: the letters, the API) or as the JSON reader's tree of that text
 * (wg_csv_teilhaushalt_lesen: a night run reads a CSV household without writing JSON and reading
 * it again — issue 26). The tree is the one j_lesen builds from the text: the same members in the
 * same order, the same types and values. */

#define ZIEL_TIEFE 8

typedef struct ziel {
    wgi_puffer *p;                  /* the JSON text; NULL: the tree */
    j_leser *l;                     /* the tree's arena */
    j_wert *wurzel;
    j_wert *offen[ZIEL_TIEFE];      /* the open containers (tree) */
    j_wert *letztes[ZIEL_TIEFE];
    bool leer[ZIEL_TIEFE];          /* nothing in the container yet (text: no comma) */
    bool liste[ZIEL_TIEFE];
    int tiefe;
    bool ohne_speicher;             /* tree: the arena failed */
    bool kein_utf8;                 /* tree: a text that is not valid UTF-8 (or holds NUL): the JSON
                                       text replaces such bytes, so the caller writes the text */
} ziel;

/* A new member of the open container (or the root) with key schluessel (NULL in a list). */
static inline j_wert *knoten(ziel *z, const char *schluessel, j_typ t)
{
    j_wert *w = j_arena(z->l, sizeof *w);
    if (!w) {
        z->ohne_speicher = true;
        return NULL;
    }
    memset(w, 0, sizeof *w);
    w->typ = t;
    if (schluessel) {
        w->schluessel = schluessel;
        w->schluessel_len = strlen(schluessel);
    }
    if (z->tiefe == 0) {
        z->wurzel = w;
    } else {
        j_wert *c = z->offen[z->tiefe - 1];
        if (z->letztes[z->tiefe - 1]) z->letztes[z->tiefe - 1]->naechstes = w;
        else c->erstes = w;
        z->letztes[z->tiefe - 1] = w;
        c->anzahl++;
    }
    return w;
}

/* text: the comma before a member and its key ("key": — the record format's names, plain ASCII) */
static void vorspann(ziel *z, const char *schluessel)
{
    if (z->tiefe > 0) {
        if (!z->leer[z->tiefe - 1]) wgi_puffer_zeichen(z->p, ',');
        z->leer[z->tiefe - 1] = false;
    }
    if (schluessel) {
        wgi_puffer_zeichen(z->p, '"');
        wgi_puffer_cstr(z->p, schluessel);
        wgi_puffer_text(z->p, "\":", 2);
    }
}

/* opens an object or a list */
static void auf(ziel *z, const char *schluessel, bool liste)
{
    if (z->tiefe == ZIEL_TIEFE) { /* the walk nests four deep: never */
        z->ohne_speicher = true;
        return;
    }
    if (z->p) {
        vorspann(z, schluessel);
        wgi_puffer_zeichen(z->p, liste ? '[' : '{');
    } else {
        j_wert *w = knoten(z, schluessel, liste ? J_LISTE : J_OBJEKT);
        if (!w) return;
        z->offen[z->tiefe] = w;
        z->letztes[z->tiefe] = NULL;
    }
    z->leer[z->tiefe] = true;
    z->liste[z->tiefe] = liste;
    z->tiefe++;
}

static void zu(ziel *z)
{
    if (z->tiefe == 0) return;
    z->tiefe--;
    if (z->p) wgi_puffer_zeichen(z->p, z->liste[z->tiefe] ? ']' : '}');
}

/* s[0, n) in the tree's arena, with vorn ('\0': nothing) before it and a NUL after it */
static const char *arena_kopie(ziel *z, char vorn, const char *s, size_t n)
{
    const size_t v = vorn ? 1 : 0;
    char *k = j_arena(z->l, v + n + 1);
    if (!k) {
        z->ohne_speicher = true;
        return NULL;
    }
    if (v) k[0] = vorn;
    memcpy(k + v, s, n);
    k[v + n] = '\0';
    return k;
}

/* a text value (a JSON string) */
static void blatt_text(ziel *z, const char *schluessel, const char *s, size_t n)
{
    if (z->p) {
        vorspann(z, schluessel);
        wgi_puffer_json_text(z->p, s, n);
        return;
    }
    if (!wgi_puffer_utf8_gueltig(s, n)) {
        z->kein_utf8 = true;
        return;
    }
    j_wert *w = knoten(z, schluessel, J_TEXT);
    if (!w) return;
    /* a cell is NUL-terminated but for the last one of a row without room */
    if (s[n] != '\0' && !(s = arena_kopie(z, '\0', s, n))) return;
    w->s = s;
    w->len = n;
}

/* a whole number, '-' (minus) before its digits */
static void blatt_zahl(ziel *z, const char *schluessel, bool minus, const char *ziffern, size_t n)
{
    if (z->p) {
        vorspann(z, schluessel);
        if (minus) wgi_puffer_zeichen(z->p, '-');
        wgi_puffer_text(z->p, ziffern, n);
        return;
    }
    j_wert *w = knoten(z, schluessel, J_ZAHL);
    if (!w) return;
    if (minus) { /* the number's text as JSON has it: '-' and the digits without leading zeros */
        if (!(ziffern = arena_kopie(z, '-', ziffern, n))) return;
        n++;
    }
    w->s = ziffern;
    w->len = n;
}

static void blatt_wahr(ziel *z, const char *schluessel, bool b)
{
    if (z->p) {
        vorspann(z, schluessel);
        wgi_puffer_cstr(z->p, b ? "true" : "false");
        return;
    }
    j_wert *w = knoten(z, schluessel, J_BOOL);
    if (w) w->b = b;
}

/* one "key":value pair; a cell that does not fit its type goes in as text, so the record reader
 * rejects it with the same code as in JSON */
static void wert(ziel *z, const char *schluessel, typ t, const char *s, size_t n)
{
    int w;
    if (t == T_GANZ && ist_ganz(s, n)) {
        /* "07" is 7: JSON forbids leading zeros, the value is unambiguous */
        size_t k = s[0] == '-' ? 1 : 0;
        const bool minus = k == 1;
        while (k + 1 < n && s[k] == '0') k++;
        blatt_zahl(z, schluessel, minus, s + k, n - k);
    } else if (t == T_WAHR && (w = wahrheit(s, n)) >= 0) {
        blatt_wahr(z, schluessel, w != 0);
    } else {
        blatt_text(z, schluessel, s, n);
    }
}

/* A value that may be an interval (docs/vorpruefung.md § 6): with an X_bis cell (sb) the pair
 * X_von/X_bis — "unbekannt" in X_bis with X_von empty is "unbekannt", "offen" has no upper end
 * — else the plain cell. False when neither cell holds anything. */
static bool wert_oder_intervall(ziel *z, const char *schluessel, typ t, char **zl, size_t *l, int s, int sb)
{
    const bool von = s >= 0 && l[s] > 0, hat_bis = sb >= 0 && l[sb] > 0;
    if (!hat_bis) {
        if (von) wert(z, schluessel, t, zl[s], l[s]);
        return von;
    }
    if (!von && l[sb] == 9 && !memcmp(zl[sb], "unbekannt", 9)) {
        blatt_text(z, schluessel, "unbekannt", 9);
        return true;
    }
    auf(z, schluessel, false);
    if (von) wert(z, WG_F_VON, t, zl[s], l[s]);
    if (!(l[sb] == 5 && !memcmp(zl[sb], "offen", 5))) wert(z, WG_F_BIS, t, zl[sb], l[sb]);
    zu(z);
    return true;
}

/* the household columns of one object (EBENE_*) */
static void objekt(ziel *z, const wg_csv_kopf *k, char **zl, size_t *l, int ebene)
{
    const size_t pl = strlen(EBENE_PRAEFIX[ebene]);
    for (size_t i = 0; i < N_HAUSHALT; i++) {
        int s = k->haushalt[i], sb = k->haushalt_bis[i];
        if ((s < 0 || l[s] == 0) && (sb < 0 || l[sb] == 0)) continue;
        if (k->ebene[i] != ebene) continue;
        wert_oder_intervall(z, HAUSHALT[i].pfad + pl, HAUSHALT[i].t, zl, l, s, sb);
    }
}

/* whether a column of the objects von … bis holds something */
static bool hat_ebene(const wg_csv_kopf *k, size_t *l, int von, int bis)
{
    for (size_t i = 0; i < N_HAUSHALT; i++) {
        int s = k->haushalt[i], sb = k->haushalt_bis[i];
        if (((s >= 0 && l[s] > 0) || (sb >= 0 && l[sb] > 0)) && k->ebene[i] >= von && k->ebene[i] <= bis) return true;
    }
    return false;
}

/* The walk: the record of the rows of one household into z. */
static wg_status haushalt_gehen(const wg_csv_kopf *k, char ***zeilen, size_t **laengen, size_t anzahl, ziel *z, wg_fehler *f)
{
    char **z0 = zeilen[0];
    size_t *l0 = laengen[0];
    /* the household columns must agree on every row */
    for (size_t r = 1; r < anzahl; r++)
        for (size_t i = 0; i < 2 * N_HAUSHALT; i++) {
            int s = i < N_HAUSHALT ? k->haushalt[i] : k->haushalt_bis[i - N_HAUSHALT];
            if (s < 0) continue;
            if (laengen[r][s] != l0[s] || memcmp(zeilen[r][s], z0[s], l0[s]) != 0) {
                i %= N_HAUSHALT;
                f->code = WG_E_FELD_KONFLIKT;
                snprintf(f->feld, sizeof f->feld, "%s", HAUSHALT[i].pfad);
                snprintf(f->meldung, sizeof f->meldung,
                         "Spalte %s: Zeile %zu des Haushalts weicht von der ersten ab (Haushaltsspalten müssen gleich sein)",
                         HAUSHALT[i].name, r + 1);
                return WG_E_FELD_KONFLIKT;
            }
        }
    auf(z, NULL, false);
    objekt(z, k, z0, l0, EBENE_OBEN);
    const char *const objekte[] = {WG_F_ZEITRAUM, WG_F_AUSLEGUNG, WG_F_WOHNKOSTEN};
    const int ebenen[] = {EBENE_ZEITRAUM, EBENE_AUSLEGUNG, EBENE_WOHNKOSTEN};
    for (int o = 0; o < 3; o++) {
        const int e = ebenen[o], bis = e == EBENE_WOHNKOSTEN ? EBENE_PAUSCHALEN : e;
        if (!hat_ebene(k, l0, e, bis)) continue;
        auf(z, objekte[o], false);
        objekt(z, k, z0, l0, e);
        if (e == EBENE_WOHNKOSTEN && hat_ebene(k, l0, EBENE_PAUSCHALEN, EBENE_PAUSCHALEN)) {
            auf(z, WG_F_PAUSCHALEN, false);
            objekt(z, k, z0, l0, EBENE_PAUSCHALEN);
            zu(z);
        }
        zu(z);
    }
    auf(z, WG_F_MITGLIEDER, true);
    for (size_t r = 0; r < anzahl; r++) {
        char **zl = zeilen[r];
        size_t *l = laengen[r];
        auf(z, NULL, false);
        for (size_t i = 0; i < N_MITGLIED; i++)
            wert_oder_intervall(z, MITGLIED[i].pfad, MITGLIED[i].t, zl, l, k->mitglied[i], k->mitglied_bis[i]);
        for (int art = 0; art < 2; art++) {
            int gruppen = art == 0 ? k->n_einkommen : k->n_unterhalt;
            int felder = art == 0 ? N_EINKOMMEN : N_UNTERHALT;
            bool liste = false;
            for (int g = 0; g < gruppen; g++) {
                const int *sp = art == 0 ? k->einkommen[g] : k->unterhalt[g];
                const int *spb = art == 0 ? k->einkommen_bis[g] : k->unterhalt_bis[g];
                bool belegt = false;
                for (int i = 0; i < felder; i++) belegt |= (sp[i] >= 0 && l[sp[i]] > 0) || (spb[i] >= 0 && l[spb[i]] > 0);
                if (!belegt) continue;
                if (!liste) {
                    auf(z, art == 0 ? WG_F_EINKOMMEN : WG_F_UNTERHALT_GEZAHLT, true);
                    liste = true;
                }
                auf(z, NULL, false);
                const spalte_def *def = art == 0 ? EINKOMMEN : UNTERHALT;
                for (int i = 0; i < felder; i++) wert_oder_intervall(z, def[i].pfad, def[i].t, zl, l, sp[i], spb[i]);
                zu(z);
            }
            if (liste) zu(z);
        }
        zu(z);
    }
    zu(z);
    zu(z);
    if ((z->p && z->p->fehler) || z->ohne_speicher) {
        f->code = WG_E_SPEICHER;
        snprintf(f->meldung, sizeof f->meldung, "nicht genug Speicher");
        return WG_E_SPEICHER;
    }
    return WG_OK;
}

/* ---- results ---- */

/* One text cell: quoted when it holds the separator, a quote or a line break; a cell a
 * spreadsheet would run as a formula gets a leading apostrophe inside quotes (docs/csv.md). */
static void zelle(wgi_puffer *p, const char *s, char trenn)
{
    size_t n = strlen(s);
    bool formel = gefaehrlich(s, n);
    bool zitat = formel || strpbrk(s, "\"\n\r") != NULL || strchr(s, trenn) != NULL;
    if (!zitat) {
        wgi_puffer_text(p, s, n);
        return;
    }
    wgi_puffer_zeichen(p, '"');
    if (formel) wgi_puffer_zeichen(p, '\'');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') wgi_puffer_zeichen(p, '"');
        wgi_puffer_zeichen(p, s[i]);
    }
    wgi_puffer_zeichen(p, '"');
}

static void namen(wgi_puffer *p, const char *const *n, size_t anzahl, char trenn)
{
    for (size_t i = 0; i < anzahl; i++) {
        wgi_puffer_zeichen(p, trenn);
        wgi_puffer_cstr(p, n[i]);
    }
}

static const char *const GRUND_SPALTEN[] = {"id", "status", "anspruch", "wohngeld_monat", "grund", "rechtsstand",
                                            "fehler_code", "fehler_feld", "fehler_meldung"};
static const char *const VOLL_SPALTEN[] = {"n", "n_gesamt", "n_tab", "n_kap", "mietenstufe"};
static const char *const ENDE_SPALTEN[] = {"summe", "hinweise", "abschnitte", "einstufung", "wohngeld_min", "wohngeld_max", "fehlt",
                                            "miete_ab", "einkommen_bis", "fehlt_text"};
#define N_ENDE 10

static void kopf_text(wgi_puffer *p, bool voll, char trenn)
{
    wgi_puffer_cstr(p, GRUND_SPALTEN[0]);
    namen(p, GRUND_SPALTEN + 1, 8, trenn);
    if (voll) {
        namen(p, VOLL_SPALTEN, 5, trenn);
        for (int w = 0; w < WG_W_ANZAHL; w++) {
            wgi_puffer_zeichen(p, trenn);
            wgi_puffer_cstr(p, wg_wert_name((wg_wert)w));
        }
    }
    namen(p, ENDE_SPALTEN, N_ENDE, trenn);
    wgi_puffer_zeichen(p, '\n');
}

static void leere(wgi_puffer *p, int n, char trenn)
{
    for (int i = 0; i < n; i++) wgi_puffer_zeichen(p, trenn);
}

static void fehler_text(wgi_puffer *p, const char *id, const wg_fehler *f, bool voll, char trenn)
{
    zelle(p, id ? id : "", trenn);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_cstr(p, "fehler");
    leere(p, 5, trenn);
    zelle(p, wg_status_code(f->code), trenn);
    wgi_puffer_zeichen(p, trenn);
    zelle(p, f->feld, trenn);
    wgi_puffer_zeichen(p, trenn);
    zelle(p, f->meldung, trenn);
    leere(p, (voll ? 5 + WG_W_ANZAHL : 0) + N_ENDE, trenn);
    wgi_puffer_zeichen(p, '\n');
}

static void monat(wgi_puffer *p, int jahr, int m)
{
    char b[16];
    snprintf(b, sizeof b, "%04d-%02d", jahr, m);
    wgi_puffer_cstr(p, b);
}

/* the columns n, n_gesamt, n_tab, n_kap, mietenstufe of a full row (empty where not reached) */
static void groessen(wgi_puffer *p, const wg_ergebnis *r, char trenn)
{
    const int zahlen[5] = {wg_ergebnis_n(r), wg_ergebnis_n_gesamt(r), wg_ergebnis_n_tab(r), wg_ergebnis_n_kap(r),
                           wg_ergebnis_mietenstufe(r)};
    for (int i = 0; i < 5; i++) {
        wgi_puffer_zeichen(p, trenn);
        if (zahlen[i] >= 0) wgi_puffer_ganz(p, zahlen[i]);
    }
}

static void ergebnis_text(wgi_puffer *p, const wg_ergebnis *r, bool voll, char trenn)
{
    if (wg_ergebnis_status(r) != WG_OK) {
        fehler_text(p, wg_ergebnis_id(r), wg_ergebnis_fehler(r), voll, trenn);
        return;
    }
    zelle(p, wg_ergebnis_id(r), trenn);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_cstr(p, "ok");
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_cstr(p, wg_ergebnis_anspruch(r) ? "true" : "false");
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_ganz(p, wg_ergebnis_wohngeld_monat(r));
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_cstr(p, wg_grund_code(wg_ergebnis_grund(r)));
    wgi_puffer_zeichen(p, trenn);
    zelle(p, wg_ergebnis_rechtsstand(r)->id, trenn);
    leere(p, 3, trenn);
    if (voll) {
        groessen(p, r, trenn);
        for (int w = 0; w < WG_W_ANZAHL; w++) {
            wgi_puffer_zeichen(p, trenn);
            const char *v = wg_ergebnis_wert(r, (wg_wert)w);
            if (v) zelle(p, v, trenn);
        }
    }
    /* summe, hinweise (codes separated by spaces), abschnitte ("VON/BIS/RECHTSSTAND/BETRAG"
     * separated by spaces: each section of a zeitraum with its own law) */
    wgi_puffer_zeichen(p, trenn);
    if (wg_ergebnis_hat_zeitraum(r)) wgi_puffer_ganz(p, wg_ergebnis_summe(r));
    wgi_puffer_zeichen(p, trenn);
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        if (i) wgi_puffer_zeichen(p, ' ');
        wgi_puffer_cstr(p, wg_ergebnis_hinweis_code(r, i));
    }
    wgi_puffer_zeichen(p, trenn);
    if (wg_ergebnis_hat_zeitraum(r)) {
        wgi_puffer q = {0};
        for (size_t i = 0; i < wg_ergebnis_anzahl_abschnitte(r); i++) {
            const wg_abschnitt *a = wg_ergebnis_abschnitt(r, i);
            if (i) wgi_puffer_zeichen(&q, ' ');
            monat(&q, a->von_jahr, a->von_monat);
            wgi_puffer_zeichen(&q, '/');
            monat(&q, a->bis_jahr, a->bis_monat);
            wgi_puffer_zeichen(&q, '/');
            wgi_puffer_cstr(&q, a->rechtsstand);
            wgi_puffer_zeichen(&q, '/');
            wgi_puffer_ganz(&q, a->wohngeld_monat);
        }
        wgi_puffer_zeichen(&q, '\0');
        if (q.fehler) p->fehler = true;
        else zelle(p, q.daten, trenn);
        wgi_puffer_frei(&q);
    }
    leere(p, N_ENDE - 3, trenn); /* einstufung … fehlt_text: partial records only */
    wgi_puffer_zeichen(p, '\n');
}

/* A partial record's result (docs/vorpruefung.md § 6): wohngeld_monat and grund empty, anspruch
 * only when certain, the range in the last four columns. */
static void spanne_text(wgi_puffer *p, const char *id, const wg_spanne *s, bool voll, char trenn)
{
    const wg_ergebnis *r = s->ergebnis_max;
    zelle(p, id ? id : "", trenn);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_cstr(p, "ok");
    wgi_puffer_zeichen(p, trenn);
    if (s->einstufung != WG_OFFEN) wgi_puffer_cstr(p, s->einstufung == WG_ANSPRUCH_SICHER ? "true" : "false");
    leere(p, 3, trenn);
    zelle(p, wg_ergebnis_rechtsstand(r)->id, trenn);
    leere(p, 3, trenn);
    if (voll) {
        groessen(p, r, trenn);
        leere(p, WG_W_ANZAHL, trenn);
    }
    wgi_puffer_zeichen(p, trenn);
    if (s->zeitraum) {
        wgi_puffer_ganz(p, s->summe_min);
        wgi_puffer_zeichen(p, '-');
        wgi_puffer_ganz(p, s->summe_max);
    }
    wgi_puffer_zeichen(p, trenn);
    /* a hint that holds only at the maximum's witness (it reads an open value) carries the mark
     * "(nur_bei_zeuge)" — docs/vorpruefung.md § 5 */
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        if (i) wgi_puffer_zeichen(p, ' ');
        wgi_puffer_cstr(p, wg_ergebnis_hinweis_code(r, i));
        if (s->hinweis_nur_bei_zeuge && s->hinweis_nur_bei_zeuge[i]) wgi_puffer_cstr(p, "(nur_bei_zeuge)");
    }
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_cstr(p, wg_einstufung_code(s->einstufung));
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_ganz(p, s->wohngeld_min);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_ganz(p, s->wohngeld_max);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer q = {0};
    for (size_t i = 0; i < s->anzahl_fehlt; i++) {
        if (i) wgi_puffer_zeichen(&q, ' ');
        wgi_puffer_cstr(&q, s->fehlt[i]);
    }
    wgi_puffer_zeichen(&q, '\0');
    if (q.fehler) p->fehler = true;
    else zelle(p, q.daten, trenn);
    /* for the invitation letter: the rent from which a claim exists, the Gesamteinkommen up to
     * which one exists (euros, empty where not applicable), what is missing in words — or why
     * an open record has nothing that decides alone */
    wgi_puffer_zeichen(p, trenn);
    for (size_t i = 0; i < s->anzahl_schwellen; i++) {
        const wg_schwelle *sw = &s->schwellen[i];
        if (sw->gesetzt && sw->ab && !strcmp(sw->feld, "wohnkosten.betrag_monat")) wgi_puffer_cent(p, sw->cent);
    }
    wgi_puffer_zeichen(p, trenn);
    if (s->hat_einkommen_bis) wgi_puffer_cent(p, s->einkommen_bis_cent);
    wgi_puffer_zeichen(p, trenn);
    wgi_puffer_leeren(&q);
    for (size_t i = 0; i < s->anzahl_fehlt; i++) {
        char w[200];
        wgi_feld_in_worten(s->fehlt[i], w, sizeof w);
        if (i) wgi_puffer_cstr(&q, "; ");
        wgi_puffer_cstr(&q, w);
    }
    if (s->offen_grund) wgi_puffer_cstr(&q, s->offen_grund);
    wgi_puffer_zeichen(&q, '\0');
    if (q.fehler) p->fehler = true;
    else zelle(p, q.daten, trenn);
    wgi_puffer_frei(&q);
    wgi_puffer_zeichen(p, '\n');
}

/* ---- households as CSV (inverse of wg_csv_haushalt_lesen) ---- */

static void geld(wgi_puffer *p, bool gesetzt, int64_t cent, char t)
{
    wgi_puffer_zeichen(p, t);
    if (gesetzt) wgi_puffer_cent(p, cent);
}

static void wahr(wgi_puffer *p, bool v, char t)
{
    wgi_puffer_zeichen(p, t);
    wgi_puffer_cstr(p, v ? "true" : "false");
}
static void txt(wgi_puffer *p, const char *s, char t)
{
    wgi_puffer_zeichen(p, t);
    if (s) zelle(p, s, t);
}

static void haushalt_text(wgi_puffer *p, const wg_haushalt *h, bool kopf, char t)
{
    if (kopf) {
        /* a fixed header wide enough for any household written with it: 5 items, 2 payments */
        wgi_puffer_cstr(p, "id");
        for (size_t i = 2; i < N_HAUSHALT; i++) { /* without format */
            wgi_puffer_zeichen(p, t);
            wgi_puffer_cstr(p, HAUSHALT[i].name);
        }
        for (size_t i = 0; i < N_MITGLIED; i++) {
            wgi_puffer_zeichen(p, t);
            wgi_puffer_cstr(p, MITGLIED[i].name);
        }
        char b[64];
        for (int g = 1; g <= 5; g++)
            for (int i = 0; i < N_EINKOMMEN; i++) {
                snprintf(b, sizeof b, "%ceinkommen%d_%s", t, g, EINKOMMEN[i].name);
                wgi_puffer_cstr(p, b);
            }
        for (int g = 1; g <= 2; g++)
            for (int i = 0; i < N_UNTERHALT; i++) {
                snprintf(b, sizeof b, "%cunterhalt%d_%s", t, g, UNTERHALT[i].name);
                wgi_puffer_cstr(p, b);
            }
        wgi_puffer_zeichen(p, '\n');
    }
    char b[64];
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        zelle(p, h->id ? h->id : "", t);
        if (h->hat_zeitraum) {
            wgi_puffer_zeichen(p, t);
            snprintf(b, sizeof b, "%04d-%02d%c%04d-%02d", h->von_jahr, h->von_monat, t, h->bis_jahr, h->bis_monat);
            wgi_puffer_zeichen(p, t);
            wgi_puffer_cstr(p, b);
        } else {
            snprintf(b, sizeof b, "%c%04d-%02d-%02d%c%c", t, h->stichtag.jahr, h->stichtag.monat, h->stichtag.tag, t, t);
            wgi_puffer_cstr(p, b);
        }
        txt(p, h->rechtsstand, t);
        wgi_puffer_zeichen(p, t);
        if (h->mietenstufe) wgi_puffer_ganz(p, h->mietenstufe);
        txt(p, h->gemeinde, t);
        txt(p, h->hat_wohnkosten ? wgi_wohnkosten_art_namen[h->wohnkosten_art == WG_BELASTUNG] : NULL, t);
        geld(p, h->hat_wohnkosten, h->wohnkosten_cent, t);
        geld(p, h->hat_wohnkosten && h->abzuege_cent, h->abzuege_cent, t);
        geld(p, h->pauschalen.heizung, h->pauschalen.heizung_qm_hundertstel, t);
        /* flat amounts only when set: an empty wohnkosten group stays empty (Heimbewohner) */
        wgi_puffer_zeichen(p, t);
        if (h->pauschalen.warmwasser) wgi_puffer_cstr(p, "true");
        wgi_puffer_zeichen(p, t);
        if (h->pauschalen.haushaltsenergie) wgi_puffer_cstr(p, "true");
        wgi_puffer_zeichen(p, t);
        if (h->pauschalen.garage) wgi_puffer_cstr(p, "true");
        wgi_puffer_zeichen(p, t);
        if (h->pauschalen.stellplatz) wgi_puffer_cstr(p, "true");
        wahr(p, h->heimbewohner, t);
        geld(p, h->hat_vermoegen, h->vermoegen_cent, t);
        wahr(p, h->alleinerziehend, t);
        geld(p, h->hat_gesamteinkommen, h->gesamteinkommen_monat_cent, t);
        txt(p, wgi_zwischenrundung_namen[h->auslegung.zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN], t);
        wahr(p, h->auslegung.deckelung_auf_miete, t);
        txt(p, wgi_ueber12_namen[h->auslegung.ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL], t);
        wahr(p, h->auslegung.mindestmiete_nach_entlastung, t);
        txt(p, m->id, t);
        wahr(p, m->zu_beruecksichtigen, t);
        txt(p, m->ausschlussgrund, t);
        wgi_puffer_zeichen(p, t);
        if (m->alter >= 0) wgi_puffer_ganz(p, m->alter);
        wgi_puffer_zeichen(p, t);
        if (m->hat_geburtsdatum) {
            snprintf(b, sizeof b, "%04d-%02d-%02d", m->geburtsdatum.jahr, m->geburtsdatum.monat, m->geburtsdatum.tag);
            wgi_puffer_cstr(p, b);
        }
        wahr(p, m->kind_eines_mitglieds, t);
        wahr(p, m->abzug_steuern, t);
        wahr(p, m->abzug_kranken_pflege, t);
        wahr(p, m->abzug_rente, t);
        wahr(p, m->schwerbehindert_pflege, t);
        wahr(p, m->ns_verfolgt, t);
        wahr(p, m->grundrentenzeiten_33_jahre, t);
        wahr(p, m->ausbildungsfoerderung_dem_grunde_nach, t);
        geld(p, m->hat_jahreseinkommen, m->jahreseinkommen_cent, t);
        for (size_t g = 0; g < 5; g++) {
            const wg_einkommen *e = g < m->anzahl_einkommen ? &m->einkommen[g] : NULL;
            txt(p, e ? wg_einkommensart_name(e->art) : NULL, t);
            geld(p, e && !e->jaehrlich, e ? e->betrag_cent : 0, t);
            geld(p, e && e->jaehrlich, e ? e->betrag_cent : 0, t);
            geld(p, e && e->hat_werbungskosten, e ? e->werbungskosten_jahr_cent : 0, t);
            wgi_puffer_zeichen(p, t);
            if (e && e->plus) wgi_puffer_cstr(p, "true");
        }
        for (size_t g = 0; g < 2; g++) {
            const wg_unterhalt *u = g < m->anzahl_unterhalt ? &m->unterhalt[g] : NULL;
            txt(p, u ? wg_unterhalt_empfaenger_name(u->empfaenger) : NULL, t);
            geld(p, u && !u->jaehrlich, u ? u->betrag_cent : 0, t);
            geld(p, u && u->jaehrlich, u ? u->betrag_cent : 0, t);
            wgi_puffer_zeichen(p, t);
            if (u && u->tituliert) wgi_puffer_cstr(p, "true");
        }
        wgi_puffer_zeichen(p, '\n');
    }
}

/* ---- the public functions (wohngeld_csv.h) ---- */


const char *wg_csv_kopf_schreiben(wg_json *j, bool voll, char trenn, size_t *len)
{
    if (!j) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    kopf_text(p, voll, trenn);
    return wgi_json_fertig(p, len);
}

const char *wg_csv_ergebnis_schreiben(wg_json *j, const wg_ergebnis *r, bool voll, char trenn, size_t *len)
{
    if (!j || !r) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    ergebnis_text(p, r, voll, trenn);
    return wgi_json_fertig(p, len);
}

const char *wg_csv_spanne_schreiben(wg_json *j, const char *id, const wg_spanne *s, bool voll, char trenn, size_t *len)
{
    if (!j || !s) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    spanne_text(p, id, s, voll, trenn);
    return wgi_json_fertig(p, len);
}

const char *wg_csv_fehler_schreiben(wg_json *j, const char *id, const wg_fehler *f, bool voll, char trenn, size_t *len)
{
    if (!j || !f) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    fehler_text(p, id, f, voll, trenn);
    return wgi_json_fertig(p, len);
}

const char *wg_csv_haushalt_schreiben(wg_json *j, const wg_haushalt *h, bool kopf, char trenn, size_t *len)
{
    if (!j || !h || !wgi_haushalt_listen_da(h)) return NULL;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++)
        if (h->mitglieder[i].anzahl_einkommen > 5 || h->mitglieder[i].anzahl_unterhalt > 2) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    haushalt_text(p, h, kopf, trenn);
    return wgi_json_fertig(p, len);
}

const char *wg_csv_haushalt_lesen(wg_json *j, const wg_csv_kopf *k, char ***zeilen, size_t **laengen, size_t anzahl,
                                  size_t *len, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    if (!j || !k || !zeilen || !laengen) {
        wgi_json_fehler(f, WG_E_ARGUMENT, "", "json, kopf, zeilen oder laengen ist NULL");
        return NULL;
    }
    for (size_t z = 0; z < anzahl; z++)
        if (!zeilen[z] || !laengen[z]) {
            wgi_json_fehler(f, WG_E_ARGUMENT, "", "zeilen[%zu] oder laengen[%zu] ist NULL", z, z);
            return NULL;
        }
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    ziel z = {.p = p};
    if (haushalt_gehen(k, zeilen, laengen, anzahl, &z, f) != WG_OK) return NULL;
    return wgi_json_fertig(p, len);
}

wg_status wg_csv_teilhaushalt_lesen(wg_json *j, const wg_csv_kopf *k, char ***zeilen, size_t **laengen, size_t anzahl,
                                    wg_haushalt *h, const wg_unbekannt **u, size_t *anzahl_u, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    if (!j || !k || !zeilen || !laengen || !h || !u || !anzahl_u)
        return wgi_json_fehler(f, WG_E_ARGUMENT, "", "json, kopf, zeilen, laengen, haushalt, unbekannte oder anzahl ist NULL");
    for (size_t r = 0; r < anzahl; r++)
        if (!zeilen[r] || !laengen[r]) return wgi_json_fehler(f, WG_E_ARGUMENT, "", "zeilen[%zu] oder laengen[%zu] ist NULL", r, r);
    *u = NULL;
    *anzahl_u = 0;
    wg_haushalt_init(h);
    j_leser *l = wgi_json_leser(j);
    j_arena_leeren(l);
    ziel z = {.l = l};
    f->code = WG_OK;
    f->feld[0] = f->meldung[0] = '\0';
    if (haushalt_gehen(k, zeilen, laengen, anzahl, &z, f) != WG_OK) return f->code;
    if (z.kein_utf8) {
        /* a cell that is not valid UTF-8 (only from a caller that did not split with
         * wg_csv_zeile_pruefen): the text form says what becomes of it */
        size_t n = 0;
        const char *t = wg_csv_haushalt_lesen(j, k, zeilen, laengen, anzahl, &n, f);
        if (!t) return f->code;
        return wg_json_teilhaushalt_lesen(j, t, n, h, u, anzahl_u, f);
    }
    return wgi_json_teilhaushalt_baum(j, z.wurzel, h, u, anzahl_u, f);
}

bool wg_csv_zeile_id(const wg_csv_kopf *k, const char *t, size_t n, char trenn, char *id, size_t kap, size_t *id_len)
{
    if (!k || !t || !id || !id_len) return false;
    const int id_spalte = k->haushalt[0];
    size_t i = 0, o = 0;
    for (int spalte = 0;; spalte++) {
        const int w = wgi_csv_feld(t, n, &i, trenn, false, false, spalte == id_spalte ? id : NULL, kap, &o);
        if (w < 0) return false;
        if (spalte == id_spalte) break;
        if (w == 0) return false;
    }
    if (o < kap) id[o] = '\0';
    o = entschaerfung_aufheben(id, o);
    *id_len = o;
    return o > 0;
}

wg_status wg_csv_zeile_pruefen(const wg_csv_kopf *k, char *text, size_t len, char trenn, unsigned long long nr,
                               char **felder, size_t *laengen, wg_fehler *f)
{
    wg_fehler dummy;
    if (!f) f = &dummy;
    if (!k || !text || !felder || !laengen) return wgi_json_fehler(f, WG_E_ARGUMENT, "", "kopf, text, felder oder laengen ist NULL");
    const int nf = wg_csv_felder(text, len, trenn, felder, laengen, k->spalten + 1);
    if (nf == -1) {
        f->code = WG_E_JSON_UNGUELTIG;
        snprintf(f->meldung, sizeof f->meldung,
                 "Zeile %llu ist kein gültiges CSV (Anführungszeichen, NUL-Byte oder ungültiges UTF-8)", nr);
    } else if (nf < 0 || nf > k->spalten) {
        f->code = WG_E_FELD_UNBEKANNT;
        snprintf(f->meldung, sizeof f->meldung, "Zeile %llu hat mehr Spalten als die Kopfzeile (%d)", nr, k->spalten);
    } else if (nf < k->spalten) {
        f->code = WG_E_FELD_FEHLT;
        snprintf(f->meldung, sizeof f->meldung, "Zeile %llu hat %d statt %d Spalten", nr, nf, k->spalten);
    } else {
        return WG_OK;
    }
    return f->code;
}
