/*
 * verify.c — `wohngeld verify FILE…`.
 *
 * Each line of a golden file is {"eingabe": record, "erwartet": subset of the result,
 * "quelle": source}. The record is computed exactly as `berechnen` would (same reader, same
 * writer), the result is read back, and every field present in `erwartet` is compared:
 * decimals as numbers ("356.30" = "356.3"), everything else exactly; objects recursively, lists
 * element by element. Prints each mismatch (case, field, expected, actual) and closes with
 * "N passed, M failed". Exit 0 when all passed, 1 on any mismatch, 2 on usage or I/O errors.
 */
#include "fehlertext.h"
#include "verify.h"
#include "befehle.h"
#include "puffer.h"
#include "zeilen.h"
#include "json.h"
#include "wohngeld.h"
#include "wohngeld_json.h"
#include "wohngeld_fall.h"
#include <stdlib.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Canonical decimal: sign, integer digits without leading zeros, fraction without trailing
 * zeros. Returns false when s is not a plain decimal. */
static bool dezimal_normal(const char *s, size_t n, char *out, size_t kap)
{
    size_t i = 0, o = 0;
    bool neg = false;
    if (i < n && s[i] == '-') { neg = true; i++; }
    size_t a = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == a) return false;
    size_t int_ende = i, frac_a = i, frac_e = i;
    if (i < n && s[i] == '.') {
        i++;
        frac_a = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == frac_a) return false;
        frac_e = i;
    }
    if (i != n) return false;
    while (a + 1 < int_ende && s[a] == '0') a++;
    while (frac_e > frac_a && s[frac_e - 1] == '0') frac_e--;
    bool null = int_ende - a == 1 && s[a] == '0' && frac_e == frac_a;
    if (int_ende - a + (frac_e - frac_a) + 3 > kap) return false;
    if (neg && !null) out[o++] = '-';
    memcpy(out + o, s + a, int_ende - a);
    o += int_ende - a;
    if (frac_e > frac_a) {
        out[o++] = '.';
        memcpy(out + o, s + frac_a, frac_e - frac_a);
        o += frac_e - frac_a;
    }
    out[o] = '\0';
    return true;
}

static bool skalar_gleich(const j_wert *soll, const j_wert *ist)
{
    bool soll_zahl = soll->typ == J_ZAHL || soll->typ == J_TEXT;
    bool ist_zahl = ist->typ == J_ZAHL || ist->typ == J_TEXT;
    if (soll_zahl && ist_zahl) {
        char a[128], b[128];
        if (dezimal_normal(soll->s, soll->len, a, sizeof a) && dezimal_normal(ist->s, ist->len, b, sizeof b))
            return strcmp(a, b) == 0;
        return soll->typ == ist->typ && soll->len == ist->len && memcmp(soll->s, ist->s, soll->len) == 0;
    }
    if (soll->typ != ist->typ) return false;
    if (soll->typ == J_BOOL) return soll->b == ist->b;
    return soll->typ == J_NULL;
}

typedef struct vergleich {
    const char *fall;
    int abweichungen;
    bool json;
    wgi_puffer *bericht;        /* --json: the case's mismatches */
    char erstes_feld[64];      /* the derivation field that parts first (see ORDNUNG) */
    int erster_rang;
} vergleich;

/* The order in which the derivation produces its values: the first mismatching one in this
 * order is where the computation parts from the expectation. */
static const char *const ORDNUNG[] = {"rechtsstand", "n", "n_gesamt", "n_tab", "n_kap", "mietenstufe",
                                      "gesamteinkommen_jahr", "Y", "miete", "hoechstbetrag_tabelle",
                                      "klimakomponente", "heizkosten_entlastung", "hoechstbetrag", "M", "M_min",
                                      "Y_min", "M_formel", "Y_formel", "a", "b", "c", "z1", "z2", "z3", "z4",
                                      "wohngeld_gerundet", "wohngeld_gedeckelt", "zuschlag_ueber_12", "schwelle",
                                      "wohngeld_monat", "anspruch", "grund", "summe", "abschnitte", "status"};

static void json_text(wgi_puffer *p, const char *s, size_t n) { wgi_puffer_json_text(p, s, n); }

static void abweichung(vergleich *v, const char *pfad, const j_wert *soll, const j_wert *ist)
{
    v->abweichungen++;
    const char *blatt = strrchr(pfad, '.');
    blatt = blatt ? blatt + 1 : pfad;
    for (int i = 0; i < (int)(sizeof ORDNUNG / sizeof ORDNUNG[0]); i++)
        if (!strcmp(blatt, ORDNUNG[i]) && i < v->erster_rang) {
            v->erster_rang = i;
            snprintf(v->erstes_feld, sizeof v->erstes_feld, "%s", blatt);
        }
    if (v->json) {
        wgi_puffer *p = v->bericht;
        if (v->abweichungen > 1) wgi_puffer_zeichen(p, ',');
        wgi_puffer_cstr(p, "{\"feld\":");
        json_text(p, pfad, strlen(pfad));
        wgi_puffer_cstr(p, ",\"erwartet\":");
        wgi_puffer_text(p, soll->roh, soll->roh_len);
        wgi_puffer_cstr(p, ",\"berechnet\":");
        if (ist) wgi_puffer_text(p, ist->roh, ist->roh_len);
        else wgi_puffer_cstr(p, "null");
        wgi_puffer_zeichen(p, '}');
        return;
    }
    printf("ABWEICHUNG %s: %s: erwartet %.*s, berechnet %.*s\n", v->fall, pfad, (int)soll->roh_len, soll->roh,
           ist ? (int)ist->roh_len : 7, ist ? ist->roh : "(fehlt)");
}

/* The step of the derivation that produced the first mismatching value: the first step whose
 * value equals the computed value of that field (for the amount: the rounding step). */
static const j_wert *schritt_suchen(const j_wert *ist, const char *feld, size_t *nr)
{
    const j_wert *h = j_feld(ist, "herleitung");
    const j_wert *schritte = h ? j_feld(h, "schritte") : NULL;
    if (!schritte) return NULL;
    const j_wert *wert = j_feld(h, feld);
    if (!wert && !strcmp(feld, "wohngeld_monat")) wert = j_feld(h, "wohngeld_gerundet");
    char a[128], b[128];
    if (!wert || !dezimal_normal(wert->s, wert->len, a, sizeof a)) return NULL;
    size_t i = 0;
    for (const j_wert *s = schritte->erstes; s; s = s->naechstes, i++) {
        const j_wert *w = j_feld(s, "wert");
        if (w && w->typ == J_TEXT && dezimal_normal(w->s, w->len, b, sizeof b) && !strcmp(a, b)) {
            *nr = i + 1;
            return s;
        }
    }
    return NULL;
}

static void vergleichen(vergleich *v, const char *pfad, const j_wert *soll, const j_wert *ist)
{
    if (!ist) { abweichung(v, pfad, soll, NULL); return; }
    if (soll->typ == J_OBJEKT) {
        if (ist->typ != J_OBJEKT) { abweichung(v, pfad, soll, ist); return; }
        for (const j_wert *k = soll->erstes; k; k = k->naechstes) {
            char unter[256];
            snprintf(unter, sizeof unter, "%s%s%.*s", pfad, pfad[0] ? "." : "", (int)k->schluessel_len, k->schluessel);
            const j_wert *gegen = NULL;
            for (const j_wert *q = ist->erstes; q; q = q->naechstes)
                if (q->schluessel_len == k->schluessel_len && memcmp(q->schluessel, k->schluessel, k->schluessel_len) == 0)
                    gegen = q;
            vergleichen(v, unter, k, gegen);
        }
        return;
    }
    if (soll->typ == J_LISTE) {
        if (ist->typ != J_LISTE || ist->anzahl != soll->anzahl) { abweichung(v, pfad, soll, ist); return; }
        size_t i = 0;
        for (const j_wert *a = soll->erstes, *b = ist->erstes; a && b; a = a->naechstes, b = b->naechstes, i++) {
            char unter[256];
            snprintf(unter, sizeof unter, "%s[%zu]", pfad, i);
            vergleichen(v, unter, a, b);
        }
        return;
    }
    if (!skalar_gleich(soll, ist)) abweichung(v, pfad, soll, ist);
}

static int datei_pruefen(const wg_engine *e, const char *name, int *bestanden, int *durchgefallen, bool json,
                         wgi_puffer *gesamt)
{
    FILE *f = fopen(name, "rb");
    if (!f) {
        fprintf(stderr, "wohngeld verify: %s: %s\n", name, wgi_fehlertext(errno));
        return 2;
    }
    wgi_zeilen z = {f, NULL, 0, 0};
    j_leser *golden = j_leser_neu(), *ergebnis = j_leser_neu();
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    wg_vorpruefung *vp = wg_vorpruefung_neu();
    wg_fall_ergebnis *fr = wg_fall_ergebnis_neu();
    int rc = 0;
    if (!golden || !ergebnis || !j || !r || !vp || !fr) { fprintf(stderr, "wohngeld verify: nicht genug Speicher\n"); rc = 2; }
    const char *zeile;
    size_t len;
    bool zu_lang;
    int st = 0;
    while (rc == 0 && (st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 && !zu_lang) continue;
        char fall[200];
        const char *meldung = "Zeile zu lang";
        const j_wert *g = zu_lang ? NULL : j_lesen(golden, zeile, len, &meldung);
        const j_wert *eingabe = g ? j_feld(g, "eingabe") : NULL, *erwartet = g ? j_feld(g, "erwartet") : NULL;
        if (!g || !eingabe || !erwartet || erwartet->typ != J_OBJEKT) {
            if (!json)
                printf("FEHLER %s:%zu: keine Golden-Zeile {\"eingabe\",\"erwartet\"}: %s\n", name, z.nummer,
                       g ? "Feld fehlt" : meldung);
            (*durchgefallen)++;
            continue;
        }
        const j_wert *idw = eingabe->typ == J_OBJEKT ? j_feld(eingabe, "id") : NULL;
        snprintf(fall, sizeof fall, "%s:%zu (%.*s)", name, z.nummer, idw && idw->typ == J_TEXT ? (int)idw->len : 1,
                 idw && idw->typ == J_TEXT ? idw->s : "-");
        wg_haushalt h;
        wg_fehler fe = {0};
        const char *aus;
        size_t aus_len;
        const wg_unbekannt *u = NULL;
        size_t anzahl_u = 0;
        const j_wert *format = eingabe->typ == J_OBJEKT ? j_feld(eingabe, "format") : NULL;
        if (format && format->typ == J_TEXT && strcmp(format->s, "wohngeld-fall/1") == 0) {
            /* a running case (docs/laufende-faelle.md), with the settings of the golden line */
            wg_fall_einstellungen s;
            wg_fall_einstellungen_init(&s);
            const j_wert *ew = j_feld(g, "einstellungen");
            const j_wert *vm = ew ? j_feld(ew, "voruebergehend_bis_monate") : NULL, *vy = ew ? j_feld(ew, "vergleich_y") : NULL;
            if (vm && vm->typ == J_ZAHL) s.voruebergehend_bis_monate = atoi(vm->s);
            if (vy && vy->typ == J_TEXT && strcmp(vy->s, "formelwert") == 0) s.vergleich_y = WG_VERGLEICH_Y_FORMELWERT;
            wg_fall fall_ein;
            if (wg_json_fall_lesen(j, eingabe->roh, eingabe->roh_len, &fall_ein, &fe) != WG_OK) {
                aus = wg_json_fall_fehler_schreiben(j, e, fall_ein.id, &fe, &aus_len);
            } else {
                wg_fall_rechnen(e, &fall_ein, &s, fr);
                aus = wg_json_fall_ergebnis_schreiben(j, e, fr, &aus_len);
            }
        } else if (wg_json_teilhaushalt_lesen(j, eingabe->roh, eingabe->roh_len, &h, &u, &anzahl_u, &fe) != WG_OK) {
            aus = wg_json_fehler_schreiben(j, e, h.id, &fe, &aus_len);
        } else if (anzahl_u > 0) {
            /* a partial record: its range (docs/vorpruefung.md), as berechnen writes it */
            if (wg_vorpruefen(e, &h, u, anzahl_u, vp) == WG_OK)
                aus = wg_json_spanne_schreiben(j, e, h.id, wg_vorpruefung_spanne(vp), true, &aus_len);
            else
                aus = wg_json_fehler_schreiben(j, e, h.id, wg_vorpruefung_fehler(vp), &aus_len);
        } else {
            wg_berechnen(e, &h, r, 0);
            aus = wg_json_ergebnis_schreiben(j, e, r, &aus_len);
        }
        const j_wert *ist = aus ? j_lesen(ergebnis, aus, aus_len, &meldung) : NULL;
        if (!ist) {
            printf("FEHLER %s: Ergebnis nicht lesbar: %s\n", fall, aus ? meldung : "nicht genug Speicher");
            (*durchgefallen)++;
            continue;
        }
        wgi_puffer bericht = {0};
        vergleich v = {fall, 0, json, &bericht, "", 1000};
        vergleichen(&v, "", erwartet, ist);
        size_t nr = 0;
        const j_wert *schritt = v.abweichungen && v.erstes_feld[0] ? schritt_suchen(ist, v.erstes_feld, &nr) : NULL;
        const j_wert *fw = j_feld(ist, "fehler");
        if (json) {
            if (gesamt->len > 1) wgi_puffer_zeichen(gesamt, ',');
            wgi_puffer_cstr(gesamt, "{\"fall\":");
            json_text(gesamt, fall, strlen(fall));
            const j_wert *q = j_feld(g, "quelle");
            wgi_puffer_cstr(gesamt, ",\"quelle\":");
            if (q && q->typ == J_TEXT) json_text(gesamt, q->s, q->len);
            else wgi_puffer_cstr(gesamt, "null");
            wgi_puffer_cstr(gesamt, v.abweichungen ? ",\"bestanden\":false,\"abweichungen\":[" : ",\"bestanden\":true,\"abweichungen\":[");
            if (bericht.daten) wgi_puffer_text(gesamt, bericht.daten, bericht.len);
            wgi_puffer_cstr(gesamt, "],\"erste_abweichung\":");
            if (v.erstes_feld[0]) json_text(gesamt, v.erstes_feld, strlen(v.erstes_feld));
            else wgi_puffer_cstr(gesamt, "null");
            wgi_puffer_cstr(gesamt, ",\"schritt\":");
            if (schritt) wgi_puffer_text(gesamt, schritt->roh, schritt->roh_len);
            else wgi_puffer_cstr(gesamt, "null");
            wgi_puffer_cstr(gesamt, ",\"fehler\":");
            if (fw) wgi_puffer_text(gesamt, fw->roh, fw->roh_len);
            else wgi_puffer_cstr(gesamt, "null");
            wgi_puffer_zeichen(gesamt, '}');
        } else if (v.abweichungen) {
            if (v.erstes_feld[0]) {
                printf("  erste Abweichung in der Herleitung: %s", v.erstes_feld);
                if (schritt) {
                    const j_wert *par = j_feld(schritt, "paragraph"), *txt = j_feld(schritt, "text");
                    printf(" — Schritt %zu: %.*s: %.*s", nr, par ? (int)par->len : 0, par ? par->s : "",
                           txt ? (int)txt->len : 0, txt ? txt->s : "");
                }
                printf("\n");
            }
            if (fw) printf("  (Ergebnis: %.*s)\n", (int)fw->roh_len, fw->roh);
        }
        wgi_puffer_frei(&bericht);
        if (v.abweichungen) (*durchgefallen)++;
        else (*bestanden)++;
    }
    if (st < 0) { fprintf(stderr, "wohngeld verify: %s: Lesefehler\n", name); rc = 2; }
    wgi_zeilen_frei(&z);
    j_leser_frei(golden);
    j_leser_frei(ergebnis);
    wg_json_frei(j);
    wg_ergebnis_frei(r);
    wg_vorpruefung_frei(vp);
    wg_fall_ergebnis_frei(fr);
    fclose(f);
    return rc;
}

int wgi_verify(int argc, char **argv)
{
    bool json = false;
    const char *verz = NULL;
    int erste = 0;
    bool falsch = false;
    while (erste < argc && argv[erste][0] == '-' && argv[erste][1] != '\0') {
        if (!strcmp(argv[erste], "--json")) json = true;
        else if (!strcmp(argv[erste], "--tabellen") && erste + 1 < argc) verz = argv[++erste];
        else if (!strcmp(argv[erste], "--")) {
            erste++;
            break;
        } else {
            /* --help and unknown options are options, never file names */
            falsch = strcmp(argv[erste], "--help") != 0 && strcmp(argv[erste], "-h") != 0;
            if (falsch) fprintf(stderr, "wohngeld verify: unbekannte Option \"%s\"\n", argv[erste]);
            fprintf(stderr, "Aufruf: wohngeld verify [--json] [--tabellen VERZ] DATEI…\n");
            return falsch ? 2 : 0;
        }
        erste++;
    }
    if (erste >= argc) {
        fprintf(stderr, "Aufruf: wohngeld verify [--json] [--tabellen VERZ] DATEI…\n");
        return 2;
    }
    wg_engine *e = wgi_cli_oeffnen(verz);
    if (!e) return 2;
    int bestanden = 0, durchgefallen = 0, rc = 0;
    wgi_puffer gesamt = {0};
    wgi_puffer_cstr(&gesamt, "[");
    for (int i = erste; i < argc && rc == 0; i++) rc = datei_pruefen(e, argv[i], &bestanden, &durchgefallen, json, &gesamt);
    if (json && rc == 0) {
        printf("{\"format\":\"wohngeld-verify/1\",\"tabellen\":\"%s\",\"bestanden\":%d,\"durchgefallen\":%d,\"faelle\":%s]}\n",
               wg_engine_tabellen_pruefsumme(e), bestanden, durchgefallen, gesamt.daten ? gesamt.daten : "[");
    } else if (!json) {
        printf("%d passed, %d failed\n", bestanden, durchgefallen);
    }
    wgi_puffer_frei(&gesamt);
    wg_engine_schliessen(e);
    if (rc) return rc;
    return durchgefallen ? 1 : 0;
}
