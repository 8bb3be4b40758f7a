/*
 * vorpruefung.c — the screening commands (docs/vorpruefung.md):
 *
 *   wohngeld schwellen [--feld PFAD] [DATEI]     thresholds of complete households (§ 3)
 *   wohngeld grenzen --stichtag D [--rechtsstand ID] [--format text|csv|json]
 *                                                the Einkommensgrenzen table (§ 4)
 *
 * Partial records themselves go through `wohngeld berechnen` and `wohngeld batch`. Public API
 * only. Exports wgi_befehl_schwellen, wgi_befehl_grenzen.
 */
#include "fehlertext.h"
#include "befehle.h"
#include "puffer.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct schwellen_lauf {
    wg_engine *e;
    wg_json *j;
    wg_vorpruefung *v;
    const char *feld;
    bool pretty;
} schwellen_lauf;

/* one household: its thresholds, or its error record */
static const char *schwelle_zeile(void *kontext, const char *zeile, size_t len, const wg_fehler *zu_lang, size_t *aus_len,
                                  bool *abgelehnt)
{
    schwellen_lauf *k = kontext;
    wg_haushalt h;
    wg_fehler fe = {0};
    *abgelehnt = true;
    if (zu_lang) return wg_json_fehler_schreiben(k->j, k->e, NULL, zu_lang, aus_len);
    if (wg_json_haushalt_lesen(k->j, zeile, len, &h, &fe) != WG_OK) return wg_json_fehler_schreiben(k->j, k->e, h.id, &fe, aus_len);
    if (wg_schwellen(k->e, &h, k->feld, k->v) != WG_OK)
        return wg_json_fehler_schreiben(k->j, k->e, h.id, wg_vorpruefung_fehler(k->v), aus_len);
    *abgelehnt = false;
    const char *aus = wg_json_schwellen_schreiben(k->j, k->e, h.id, wg_vorpruefung_schwellen(k->v), aus_len);
    return aus && k->pretty ? wg_json_einruecken(k->j, aus, *aus_len, aus_len) : aus;
}

int wgi_befehl_schwellen(int argc, char **argv)
{
    const char *feld = NULL, *datei = NULL;
    bool pretty = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--feld") == 0 && i + 1 < argc) feld = argv[++i];
        else if (strcmp(argv[i], "--pretty") == 0) pretty = true;
        else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "Aufruf: wohngeld schwellen [--feld PFAD] [--pretty] [DATEI]\n");
            return 2;
        } else if (!datei) datei = argv[i];
        else {
            fprintf(stderr, "wohngeld schwellen: nur eine Datei\n");
            return 2;
        }
    }
    FILE *f = datei && strcmp(datei, "-") != 0 ? fopen(datei, "rb") : stdin;
    if (!f) {
        wgi_datei_fehler("schwellen", datei);
        return 2;
    }
    schwellen_lauf k = {wgi_cli_oeffnen(NULL), wg_json_neu(), wg_vorpruefung_neu(), feld, pretty};
    const int rc = k.e && k.j && k.v ? wgi_zeilen_je(f, "schwellen", schwelle_zeile, &k) : 2;
    wg_vorpruefung_frei(k.v);
    wg_json_frei(k.j);
    wg_engine_schliessen(k.e);
    if (f != stdin) fclose(f);
    return rc;
}

static const char *const STUFEN[] = {"I", "II", "III", "IV", "V", "VI", "VII"};

static void euro(char *b, size_t n, int64_t cent) { snprintf(b, n, "%lld.%02lld", (long long)(cent / 100), (long long)(cent % 100)); }

/* The gross columns (docs/vorpruefung.md § 4): the largest monthly gross income of one earner with
 * which the household still has a claim — every other member without income, the rent at the
 * Höchstbetrag with every component (as for the Gesamteinkommen column), the earner with the § 16
 * deductions of the column. Found by the engine's own threshold search on the income item
 * (wg_schwellen): a claim at the amount and none a cent above — the Werbungskosten-Pauschbetrag,
 * the § 16 percentages and every rounding are the engine's, not a formula here. */
typedef struct brutto_spalte {
    const char *name;
    wg_einkommensart art;
    bool kranken_pflege, rente, steuern; /* § 16 Abs. 1 Nr. 2, 3, 1: 10 % each */
} brutto_spalte;
static const brutto_spalte SPALTEN[] = {
    {"brutto_arbeitslohn_10", WG_ART_ARBEITSLOHN, true, false, false},
    {"brutto_arbeitslohn_20", WG_ART_ARBEITSLOHN, true, true, false},
    {"brutto_arbeitslohn_30", WG_ART_ARBEITSLOHN, true, true, true},
    {"brutto_rente_10", WG_ART_RENTE, true, false, false},
};
#define N_SPALTEN (sizeof SPALTEN / sizeof SPALTEN[0])

/* cent of the column for n members in Mietenstufe stufe; -1 when there is no claim even without
 * income; WG_E_… on error */
static wg_status brutto_grenze(const wg_engine *e, wg_vorpruefung *v, wg_datum d, const char *rechtsstand, int n, int stufe,
                               const brutto_spalte *sp, int64_t *cent)
{
    wg_mitglied m[12];
    for (int i = 0; i < n; i++) wg_mitglied_init(&m[i]);
    wg_einkommen ek;
    wg_einkommen_init(&ek);
    ek.art = sp->art;
    m[0].einkommen = &ek;
    m[0].anzahl_einkommen = 1;
    m[0].abzug_kranken_pflege = sp->kranken_pflege;
    m[0].abzug_rente = sp->rente;
    m[0].abzug_steuern = sp->steuern;
    wg_haushalt h;
    wg_haushalt_init(&h);
    h.stichtag = d;
    h.rechtsstand = rechtsstand;
    h.mietenstufe = stufe;
    h.mitglieder = m;
    h.anzahl_mitglieder = (size_t)n;
    h.hat_wohnkosten = true;
    h.wohnkosten_cent = WG_MAX_BETRAG_CENT;
    const wg_status st = wg_schwellen(e, &h, "mitglieder[0].einkommen[0].betrag_monat", v);
    if (st != WG_OK) return st;
    const wg_schwelle *s = &wg_vorpruefung_schwellen(v)->feld;
    /* not set: the claim does not depend on the wage in [0, 10^9 EUR] — there is none at all */
    *cent = s->gesetzt ? s->cent : -1;
    return WG_OK;
}

static bool ungesichert(const wg_ergebnis *r)
{
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++)
        if (!strcmp(wg_ergebnis_hinweis_code(r, i), "rechtsstand_ungesichert")) return true;
    return false;
}

int wgi_befehl_grenzen(int argc, char **argv)
{
    const char *stichtag = NULL, *rechtsstand = NULL, *format = "text";
    char trenn = ',';
    bool pretty = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--stichtag") == 0 && i + 1 < argc) stichtag = argv[++i];
        else if (strcmp(argv[i], "--rechtsstand") == 0 && i + 1 < argc) rechtsstand = argv[++i];
        else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) format = argv[++i];
        else if (strcmp(argv[i], "--pretty") == 0) pretty = true;
        else if (strcmp(argv[i], "--trennzeichen") == 0 && i + 1 < argc && (!strcmp(argv[i + 1], ",") || !strcmp(argv[i + 1], ";")))
            trenn = argv[++i][0];
        else {
            fprintf(stderr, "Aufruf: wohngeld grenzen --stichtag JJJJ-MM-TT [--rechtsstand ID] [--format text|csv|json] "
                            "[--trennzeichen ,|;] [--pretty] (wohngeld grenzen --help)\n");
            return 2;
        }
    }
    wg_datum d;
    if (!stichtag || sscanf(stichtag, "%4d-%2d-%2d", &d.jahr, &d.monat, &d.tag) != 3 || strlen(stichtag) != 10) {
        fprintf(stderr, "wohngeld grenzen: --stichtag JJJJ-MM-TT fehlt oder ist ungültig\n");
        return 2;
    }
    const bool text = strcmp(format, "text") == 0, csv = strcmp(format, "csv") == 0, json = strcmp(format, "json") == 0;
    if (!text && !csv && !json) {
        fprintf(stderr, "wohngeld grenzen: --format text, csv oder json\n");
        return 2;
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    if (!e) return 2;
    wg_vorpruefung *v = wg_vorpruefung_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    wg_json *j = wg_json_neu();
    if (!v || !r || !j) {
        fprintf(stderr, "wohngeld grenzen: nicht genug Speicher\n");
        wg_vorpruefung_frei(v);
        wg_ergebnis_frei(r);
        wg_json_frei(j);
        wg_engine_schliessen(e);
        return 2;
    }
    /* the Rechtsstand of the day, and the number of its Mietenstufen */
    int64_t grenze[12][7], brutto[12][7][N_SPALTEN];
    int stufen = 7;
    wg_fehler f;
    int rc = 0;
    for (int n = 1; n <= 12 && !rc; n++)
        for (int s = 1; s <= 7 && !rc; s++) {
            grenze[n - 1][s - 1] = -2;
            if (s > stufen) continue;
            wg_status st = wg_einkommensgrenze(e, d, rechtsstand, n, s, &grenze[n - 1][s - 1], &f);
            if (st == WG_E_MIETENSTUFE_UNGUELTIG) {
                stufen = s - 1;
                continue;
            }
            for (size_t k = 0; k < N_SPALTEN && st == WG_OK; k++) {
                st = brutto_grenze(e, v, d, rechtsstand, n, s, &SPALTEN[k], &brutto[n - 1][s - 1][k]);
                if (st != WG_OK) f = *wg_vorpruefung_fehler(v);
            }
            if (st != WG_OK) {
                fprintf(stderr, "wohngeld grenzen: %s (%s)\n", f.meldung, wg_status_code(st));
                rc = 2;
            }
        }
    if (rc) {
        wg_vorpruefung_frei(v);
        wg_ergebnis_frei(r);
        wg_json_frei(j);
        wg_engine_schliessen(e);
        return rc;
    }
    /* the Rechtsstand used, for the heading, and whether it is enacted law for the day */
    wg_mitglied m;
    wg_mitglied_init(&m);
    wg_haushalt h;
    wg_haushalt_init(&h);
    h.stichtag = d;
    h.rechtsstand = rechtsstand;
    h.mietenstufe = 1;
    h.heimbewohner = true;
    h.mitglieder = &m;
    h.anzahl_mitglieder = 1;
    const wg_rechtsstand_info *rs = wg_berechnen(e, &h, r, WG_NUR_BETRAG) == WG_OK ? wg_ergebnis_rechtsstand(r) : NULL;
    const bool unsicher = ungesichert(r);
    if (unsicher)
        fprintf(stderr, "wohngeld grenzen: Warnung: für %s ist kein verabschiedetes Recht bekannt; angewandt ist der letzte bekannte "
                        "Rechtsstand %s (Hinweis rechtsstand_ungesichert)\n", stichtag, rs ? rs->id : "?");
    char b[32];
    wgi_puffer p = {0};
    char t[2] = {trenn, '\0'};
    if (text) {
        printf("Einkommensgrenzen für Wohngeld am %s, Rechtsstand %s (%s)%s\n", stichtag, rs ? rs->id : "?", rs ? rs->quelle : "",
               unsicher ? " — kein verabschiedetes Recht für diesen Tag: der letzte bekannte Rechtsstand" : "");
        printf("Höchstes monatliches Gesamteinkommen (§ 13 WoGG) mit Anspruch, Miete mindestens in Höhe des\n"
               "Höchstbetrags (§ 12 WoGG, mit Klimakomponente und Heizkostenentlastung), in Euro:\n\n");
        printf("Mitglieder");
        for (int s = 0; s < stufen; s++) printf(" %10s", STUFEN[s]);
        printf("\n");
        for (int n = 1; n <= 12; n++) {
            printf("%10d", n);
            for (int s = 0; s < stufen; s++) {
                euro(b, sizeof b, grenze[n - 1][s]);
                printf(" %10s", grenze[n - 1][s] < 0 ? "-" : b);
            }
            printf("\n");
        }
        static const char *const titel[N_SPALTEN] = {
            "Arbeitslohn einer Person, Abzug nach § 16 WoGG 10 % (eines von Steuern, Kranken-/Pflege-, Rentenversicherung)",
            "Arbeitslohn einer Person, Abzug 20 % (zwei davon)", "Arbeitslohn einer Person, Abzug 30 % (Steuern und beide Versicherungen)",
            "Rente einer Person, kranken- und pflegeversichert (Abzug 10 %)"};
        printf("\nHöchstes monatliches Brutto mit Anspruch — eine Person mit Einkommen, alle anderen ohne; die\n"
               "Engine rechnet Werbungskosten-Pauschbetrag und Abzug selbst (Schwellensuche, docs/vorpruefung.md § 4):\n");
        for (size_t k = 0; k < N_SPALTEN; k++) {
            printf("\n%s:\n", titel[k]);
            for (int n = 1; n <= 12; n++) {
                printf("%10d", n);
                for (int s = 0; s < stufen; s++) {
                    euro(b, sizeof b, brutto[n - 1][s][k]);
                    printf(" %10s", brutto[n - 1][s][k] < 0 ? "-" : b);
                }
                printf("\n");
            }
        }
        printf("\nMehr als zwölf Mitglieder: Wohngeld steigt je weiteres Mitglied um den Betrag nach § 19 Abs. 3 WoGG;\n"
               "die Grenze eines solchen Haushalts gibt `wohngeld schwellen` (einkommen_bis).\n");
    } else if (csv) {
        printf("rechtsstand%sstichtag%smitglieder%smietenstufe%sgesamteinkommen_cent%sgesamteinkommen_euro", t, t, t, t, t);
        for (size_t k = 0; k < N_SPALTEN; k++) printf("%s%s", t, SPALTEN[k].name);
        printf("\n");
        for (int n = 1; n <= 12; n++)
            for (int s = 0; s < stufen; s++) {
                const int64_t y = grenze[n - 1][s];
                printf("%s%s%s%s%d%s%d", rs ? rs->id : "", t, stichtag, t, n, t, s + 1);
                if (y < 0) printf("%s%s", t, t);
                else printf("%s%lld%s%lld", t, (long long)y, t, (long long)(y / 100));
                for (size_t k = 0; k < N_SPALTEN; k++) {
                    euro(b, sizeof b, brutto[n - 1][s][k]);
                    printf("%s%s", t, brutto[n - 1][s][k] < 0 ? "" : b);
                }
                printf("\n");
            }
    } else {
        char z[256];
        snprintf(z, sizeof z, "{\"format\":\"wohngeld-grenzen/2\",\"stichtag\":\"%s\",\"rechtsstand\":\"%s\",\"rechtsstand_ungesichert\":%s,\"zeilen\":[",
                 stichtag, rs ? rs->id : "", unsicher ? "true" : "false");
        wgi_puffer_cstr(&p, z);
        for (int n = 1; n <= 12; n++)
            for (int s = 0; s < stufen; s++) {
                const int64_t y = grenze[n - 1][s];
                snprintf(z, sizeof z, "%s{\"mitglieder\":%d,\"mietenstufe\":%d,", n == 1 && s == 0 ? "" : ",", n, s + 1);
                wgi_puffer_cstr(&p, z);
                if (y < 0) snprintf(z, sizeof z, "\"gesamteinkommen_cent\":null,\"gesamteinkommen_euro\":null");
                else snprintf(z, sizeof z, "\"gesamteinkommen_cent\":%lld,\"gesamteinkommen_euro\":%lld", (long long)y, (long long)(y / 100));
                wgi_puffer_cstr(&p, z);
                for (size_t k = 0; k < N_SPALTEN; k++) {
                    euro(b, sizeof b, brutto[n - 1][s][k]);
                    snprintf(z, sizeof z, ",\"%s\":%s%s%s", SPALTEN[k].name, brutto[n - 1][s][k] < 0 ? "" : "\"",
                             brutto[n - 1][s][k] < 0 ? "null" : b, brutto[n - 1][s][k] < 0 ? "" : "\"");
                    wgi_puffer_cstr(&p, z);
                }
                wgi_puffer_zeichen(&p, '}');
            }
        wgi_puffer_cstr(&p, "]}");
        size_t len = p.len;
        const char *aus = p.fehler ? NULL : pretty ? wg_json_einruecken(j, p.daten, p.len, &len) : p.daten;
        if (!aus || fwrite(aus, 1, len, stdout) != len || putchar('\n') == EOF) rc = 2;
    }
    wgi_puffer_frei(&p);
    wg_vorpruefung_frei(v);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    return fflush(stdout) == 0 && rc == 0 ? 0 : 2;
}
