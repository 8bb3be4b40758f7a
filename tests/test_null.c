/*
 * NULL and too-small arguments at the public API (docs/api.md "Arguments"): every public function
 * is called with NULL for each of its pointers, one at a time, the others valid — it must not
 * crash, and it answers as documented: WG_E_ARGUMENT where it returns a status (with the
 * error in its wg_fehler, result or handle where it has one), NULL where it returns a pointer,
 * 0, false, −1 or "" where it returns a count, a flag, a number or a text. Criterion runs each
 * test in a process of its own, so a crash fails the test that made it; the suite also runs
 * under AddressSanitizer (tools/test.sh). A NULL array with a non-zero count inside a household
 * or a case (mitglieder, einkommen, unterhalt, verlauf, ereignisse) is an argument error too.
 */
#include <criterion/criterion.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "wohngeld.h"
#include "wohngeld_csv.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"
#include "wohngeld_vorpruefung.h"

static wg_engine *e;
static wg_ergebnis *r;
static wg_json *j;
static wg_fehler f;
static wg_haushalt h;
static wg_mitglied m;
static const char *const REC = "{\"id\":\"n\",\"stichtag\":\"2025-03-01\",\"mietenstufe\":3,"
                               "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"500.00\"},\"mitglieder\":[{\"id\":\"a\"}]}";

static void auf(void)
{
    e = wg_engine_oeffnen(&f);
    cr_assert_not_null(e);
    r = wg_ergebnis_neu();
    j = wg_json_neu();
    wg_haushalt_init(&h);
    wg_mitglied_init(&m);
    m.id = "a";
    h.stichtag = (wg_datum){2025, 3, 1};
    h.mietenstufe = 3;
    h.hat_wohnkosten = true;
    h.wohnkosten_cent = 50000;
    h.mitglieder = &m;
    h.anzahl_mitglieder = 1;
    cr_assert_eq(wg_berechnen(e, &h, r, 0), WG_OK);
}

static void ab(void)
{
    wg_json_frei(j);
    wg_ergebnis_frei(r);
    wg_engine_schliessen(e);
}

TestSuite(null, .init = auf, .fini = ab);

/* a case on the test household: BWZ 2025-03 … 2025-12, application 2025-03-10 */
static void fall_fuellen(wg_fall *fa)
{
    wg_fall_init(fa);
    fa->id = "f";
    fa->antrag = (wg_datum){2025, 3, 10};
    fa->von_jahr = fa->bis_jahr = 2025;
    fa->von_monat = 3;
    fa->bis_monat = 12;
    fa->haushalt = h;
    fa->haushalt.stichtag = (wg_datum){0, 0, 0};
}

Test(null, kern)
{
    cr_assert_eq(wg_einkommensart_aus_name(NULL), -1);
    wg_haushalt_init(NULL);
    wg_mitglied_init(NULL);
    wg_einkommen_init(NULL);
    wg_auslegung_init(NULL);
    wg_engine *ohne_fehler = wg_engine_oeffnen(NULL); /* f is optional */
    cr_assert_not_null(ohne_fehler);
    wg_engine_schliessen(ohne_fehler);
    cr_assert_null(wg_engine_oeffnen_texte(NULL, NULL, 3, &f));
    cr_assert_eq(f.code, WG_E_ARGUMENT);
    cr_assert_null(wg_engine_oeffnen_texte(NULL, NULL, 1, NULL));
    wg_engine_schliessen(NULL);
    cr_assert_eq(wg_engine_bedarfsanteil_setzen(NULL, 100), WG_E_ARGUMENT);
    cr_assert_str_eq(wg_engine_tabellen_pruefsumme(NULL), "");
    wg_ort_info oi;
    const wg_datum d = {2025, 3, 1};
    cr_assert_eq(wg_mietenstufe_nachschlagen(NULL, "04011000", d, NULL, &oi, &f), WG_E_ARGUMENT);
    cr_assert_eq(f.code, WG_E_ARGUMENT);
    cr_assert_eq(wg_mietenstufe_nachschlagen(e, NULL, d, NULL, &oi, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_mietenstufe_nachschlagen(e, "04011000", d, NULL, NULL, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_mietenstufe_nachschlagen(e, "04011000", d, NULL, &oi, NULL), WG_OK);
    cr_assert_eq(wg_orte_suchen(NULL, "Bremen", d, NULL, NULL), 0);
    cr_assert_eq(wg_orte_suchen(e, NULL, d, NULL, NULL), 0);
    cr_assert_gt(wg_orte_suchen(e, "Bremen", d, NULL, NULL), 0); /* no function: only counted */
    wg_ergebnis_frei(NULL);
    cr_assert_eq(wg_berechnen(NULL, &h, r, 0), WG_E_ARGUMENT);
    cr_assert_eq(wg_ergebnis_status(r), WG_E_ARGUMENT);
    cr_assert_eq(wg_berechnen(e, NULL, r, 0), WG_E_ARGUMENT);
    cr_assert_eq(wg_berechnen(e, &h, NULL, 0), WG_E_ARGUMENT);
    cr_assert_eq(wg_engine_anzahl_rechtsstaende(NULL), 0);
    cr_assert_null(wg_engine_rechtsstand_nr(NULL, 0));
    cr_assert_null(wg_engine_rechtsstand(NULL, "2025"));
    cr_assert_null(wg_engine_rechtsstand(e, NULL));
    const wg_tabellenwert *w = (const wg_tabellenwert *)&w;
    cr_assert_eq(wg_rechtsstand_werte(NULL, "2025", &w), 0);
    cr_assert_eq(wg_rechtsstand_werte(e, NULL, &w), 0);
    cr_assert_eq(wg_rechtsstand_werte(e, "2025", NULL), 0);
    cr_assert_eq(wg_jahreswerte(NULL, &w), 0);
    cr_assert_eq(wg_jahreswerte(e, NULL), 0);
    cr_assert_eq(wg_engine_anzahl_listen(NULL), 0);
    cr_assert_null(wg_engine_liste(NULL, 0));
}

Test(null, ergebnis)
{
    cr_assert_eq(wg_ergebnis_status(NULL), WG_E_ARGUMENT);
    cr_assert_null(wg_ergebnis_fehler(NULL));
    cr_assert_str_eq(wg_ergebnis_id(NULL), "");
    cr_assert_eq(wg_ergebnis_anspruch(NULL), false);
    cr_assert_eq(wg_ergebnis_wohngeld_monat(NULL), 0);
    cr_assert_eq(wg_ergebnis_grund(NULL), WG_GRUND_KEINER);
    cr_assert_null(wg_ergebnis_rechtsstand(NULL));
    cr_assert_null(wg_ergebnis_auslegung(NULL));
    cr_assert_null(wg_ergebnis_wert(NULL, WG_W_M));
    cr_assert_eq(wg_ergebnis_n(NULL), -1);
    cr_assert_eq(wg_ergebnis_n_gesamt(NULL), -1);
    cr_assert_eq(wg_ergebnis_n_tab(NULL), -1);
    cr_assert_eq(wg_ergebnis_n_kap(NULL), -1);
    cr_assert_eq(wg_ergebnis_mietenstufe(NULL), -1);
    cr_assert_eq(wg_ergebnis_anzahl_schritte(NULL), 0);
    cr_assert_null(wg_ergebnis_schritt(NULL, 0));
    cr_assert_eq(wg_ergebnis_hat_zeitraum(NULL), false);
    cr_assert_eq(wg_ergebnis_anzahl_monate(NULL), 0);
    cr_assert_null(wg_ergebnis_monat(NULL, 0));
    cr_assert_eq(wg_ergebnis_anzahl_abschnitte(NULL), 0);
    cr_assert_null(wg_ergebnis_abschnitt(NULL, 0));
    cr_assert_eq(wg_ergebnis_summe(NULL), 0);
    cr_assert_eq(wg_ergebnis_anzahl_hinweise(NULL), 0);
    cr_assert_null(wg_ergebnis_hinweis(NULL, 0));
    cr_assert_null(wg_ergebnis_hinweis_code(NULL, 0));
    /* an index past the end is NULL too */
    cr_assert_null(wg_ergebnis_schritt(r, 100000));
    cr_assert_null(wg_ergebnis_hinweis(r, 100000));
    cr_assert_null(wg_ergebnis_hinweis_code(r, 100000));
}

Test(null, saetze)
{
    unsigned char klein[2] = {0xff, 0xff};
    cr_assert_eq(wg_satz_packen(NULL, &h, NULL, 0), 0);
    cr_assert_eq(wg_satz_packen(e, NULL, NULL, 0), 0);
    const size_t n = wg_satz_packen(e, &h, NULL, 0);
    cr_assert_gt(n, 0);
    cr_assert_eq(wg_satz_packen(e, &h, NULL, n), n); /* no buffer: the size, nothing written */
    cr_assert_eq(wg_satz_laenge(NULL), 0);
    cr_assert_eq(wg_satz_laenge_in(klein, sizeof klein), 0); /* shorter than a Satz's head */
    cr_assert_eq(wg_satz_laenge_in(NULL, 100), 0);
    void *p = aligned_alloc(8, (n + 7) / 8 * 8);
    cr_assert_eq(wg_satz_packen(e, &h, p, n), n);
    cr_assert_eq(wg_satz_laenge_in(p, n), n);
    cr_assert_eq(wg_satz_laenge_in(p, n - 1), 0); /* longer than what is there */
    wg_kurz k;
    cr_assert_eq(wg_satz_berechnen(NULL, p, n, &k), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_berechnen(e, NULL, n, &k), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_berechnen(e, p, n, NULL), WG_E_ARGUMENT);
    uint64_t ausgerichtet[1] = {~0ull};
    cr_assert_eq(wg_satz_berechnen(e, ausgerichtet, 2, &k), WG_E_SATZ_UNGUELTIG); /* 2 bytes: no Satz */
    free(p);
}

Test(null, json)
{
    size_t len = 99;
    wg_json_frei(NULL);
    wg_haushalt hh;
    cr_assert_eq(wg_json_haushalt_lesen(NULL, REC, strlen(REC), &hh, &f), WG_E_ARGUMENT);
    cr_assert_eq(f.code, WG_E_ARGUMENT);
    cr_assert_eq(wg_json_haushalt_lesen(j, NULL, 10, &hh, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_haushalt_lesen(j, REC, strlen(REC), NULL, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_haushalt_lesen(j, REC, strlen(REC), &hh, NULL), WG_OK);
    const wg_unbekannt *u;
    size_t nu;
    cr_assert_eq(wg_json_teilhaushalt_lesen(NULL, REC, strlen(REC), &hh, &u, &nu, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_teilhaushalt_lesen(j, NULL, 5, &hh, &u, &nu, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_teilhaushalt_lesen(j, REC, strlen(REC), NULL, &u, &nu, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_teilhaushalt_lesen(j, REC, strlen(REC), &hh, NULL, &nu, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_teilhaushalt_lesen(j, REC, strlen(REC), &hh, &u, NULL, &f), WG_E_ARGUMENT);
    cr_assert_null(wg_json_ergebnis_schreiben(NULL, e, r, &len));
    cr_assert_null(wg_json_ergebnis_schreiben(j, e, NULL, &len));
    cr_assert_not_null(wg_json_ergebnis_schreiben(j, NULL, r, &len)); /* no engine: no engine block */
    cr_assert_not_null(wg_json_ergebnis_schreiben(j, e, r, NULL));    /* length not wanted */
    cr_assert_null(wg_json_kurz_schreiben(NULL, r, &len));
    cr_assert_null(wg_json_kurz_schreiben(j, NULL, &len));
    cr_assert_not_null(wg_json_kurz_schreiben(j, r, NULL));
    wg_fehler fe = {WG_E_TYP_FALSCH, "id", "x"};
    cr_assert_null(wg_json_kurz_fehler_schreiben(NULL, "x", &fe, &len));
    cr_assert_null(wg_json_kurz_fehler_schreiben(j, "x", NULL, &len));
    cr_assert_not_null(wg_json_kurz_fehler_schreiben(j, NULL, &fe, NULL));
    cr_assert_null(wg_json_fehler_schreiben(NULL, e, "x", &fe, &len));
    cr_assert_null(wg_json_fehler_schreiben(j, e, "x", NULL, &len));
    cr_assert_not_null(wg_json_fehler_schreiben(j, NULL, NULL, &fe, NULL));
    cr_assert_null(wg_json_haushalt_schreiben(NULL, &h, &len));
    cr_assert_null(wg_json_haushalt_schreiben(j, NULL, &len));
    cr_assert_not_null(wg_json_haushalt_schreiben(j, &h, NULL));
    cr_assert_null(wg_json_spanne_schreiben(NULL, e, "x", NULL, false, &len));
    cr_assert_null(wg_json_spanne_schreiben(j, e, "x", NULL, false, &len));
    cr_assert_null(wg_json_schwellen_schreiben(NULL, e, "x", NULL, &len));
    cr_assert_null(wg_json_schwellen_schreiben(j, e, "x", NULL, &len));
    cr_assert_null(wg_json_einruecken(NULL, "{}", 2, &len));
    cr_assert_null(wg_json_einruecken(j, NULL, 2, &len));
    cr_assert_not_null(wg_json_einruecken(j, "{}", 2, NULL));
    wg_fall fa;
    cr_assert_eq(wg_json_fall_lesen(NULL, REC, strlen(REC), &fa, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_fall_lesen(j, NULL, 3, &fa, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_json_fall_lesen(j, REC, strlen(REC), NULL, &f), WG_E_ARGUMENT);
    cr_assert_neq(wg_json_fall_lesen(j, REC, strlen(REC), &fa, NULL), WG_OK); /* not a case: an error, no crash */
    cr_assert_null(wg_json_fall_ergebnis_schreiben(NULL, e, NULL, &len));
    cr_assert_null(wg_json_fall_ergebnis_schreiben(j, e, NULL, &len));
    cr_assert_null(wg_json_fall_fehler_schreiben(NULL, e, "x", &fe, &len));
    cr_assert_null(wg_json_fall_fehler_schreiben(j, e, "x", NULL, &len));
    cr_assert_not_null(wg_json_fall_fehler_schreiben(j, NULL, NULL, &fe, NULL));
}

Test(null, csv)
{
    char meldung[100];
    size_t len;
    static const char kopf_text[] = "id,stichtag,mietenstufe,wohnkosten_art,wohnkosten_betrag_monat,mitglied_id";
    cr_assert_null(wg_csv_kopf_lesen(NULL, 5, ',', meldung, sizeof meldung));
    wg_csv_kopf *k = wg_csv_kopf_lesen(kopf_text, strlen(kopf_text), ',', NULL, 0);
    cr_assert_not_null(k);
    wg_csv_kopf_frei(NULL);
    cr_assert_eq(wg_csv_spalten(NULL), -1);
    char zeile[] = "a,2025-03-01,3,miete,500.00,m";
    char *felder[8];
    size_t laengen[8];
    cr_assert_eq(wg_csv_felder(NULL, 5, ',', felder, laengen, 8), -1);
    cr_assert_eq(wg_csv_felder(zeile, strlen(zeile), ',', NULL, laengen, 8), -1);
    cr_assert_eq(wg_csv_felder(zeile, strlen(zeile), ',', felder, NULL, 8), -1);
    char id[16];
    size_t id_len;
    cr_assert_eq(wg_csv_zeile_id(NULL, zeile, strlen(zeile), ',', id, sizeof id, &id_len), false);
    cr_assert_eq(wg_csv_zeile_id(k, NULL, 5, ',', id, sizeof id, &id_len), false);
    cr_assert_eq(wg_csv_zeile_id(k, zeile, strlen(zeile), ',', NULL, sizeof id, &id_len), false);
    cr_assert_eq(wg_csv_zeile_id(k, zeile, strlen(zeile), ',', id, sizeof id, NULL), false);
    cr_assert_eq(wg_csv_zeile_pruefen(NULL, zeile, strlen(zeile), ',', 2, felder, laengen, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_csv_zeile_pruefen(k, NULL, 5, ',', 2, felder, laengen, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_csv_zeile_pruefen(k, zeile, strlen(zeile), ',', 2, NULL, laengen, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_csv_zeile_pruefen(k, zeile, strlen(zeile), ',', 2, felder, NULL, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_csv_zeile_pruefen(k, zeile, strlen(zeile), ',', 2, felder, laengen, NULL), WG_OK); /* f is optional */
    char **zz[1] = {felder};
    size_t *ll[1] = {laengen};
    cr_assert_null(wg_csv_haushalt_lesen(NULL, k, zz, ll, 1, &len, &f));
    cr_assert_null(wg_csv_haushalt_lesen(j, NULL, zz, ll, 1, &len, &f));
    cr_assert_null(wg_csv_haushalt_lesen(j, k, NULL, ll, 1, &len, &f));
    cr_assert_null(wg_csv_haushalt_lesen(j, k, zz, NULL, 1, &len, &f));
    cr_assert_not_null(wg_csv_haushalt_lesen(j, k, zz, ll, 1, NULL, NULL)); /* len and f are optional */
    char **ohne_zeile[1] = {NULL};
    cr_assert_null(wg_csv_haushalt_lesen(j, k, ohne_zeile, ll, 1, &len, &f));
    cr_assert_eq(f.code, WG_E_ARGUMENT);
    {
        wg_haushalt hh;
        const wg_unbekannt *uu;
        size_t nu;
        cr_assert_eq(wg_csv_teilhaushalt_lesen(NULL, k, zz, ll, 1, &hh, &uu, &nu, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, NULL, zz, ll, 1, &hh, &uu, &nu, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, k, NULL, ll, 1, &hh, &uu, &nu, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, k, zz, NULL, 1, &hh, &uu, &nu, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, k, zz, ll, 1, NULL, &uu, &nu, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, k, zz, ll, 1, &hh, NULL, &nu, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, k, zz, ll, 1, &hh, &uu, NULL, &f), WG_E_ARGUMENT);
        cr_assert_eq(wg_csv_teilhaushalt_lesen(j, k, ohne_zeile, ll, 1, &hh, &uu, &nu, &f), WG_E_ARGUMENT);
        cr_assert_neq(wg_csv_teilhaushalt_lesen(j, k, zz, ll, 1, &hh, &uu, &nu, NULL), WG_E_ARGUMENT); /* f is optional */
    }
    cr_assert_null(wg_csv_kopf_schreiben(NULL, false, ',', &len));
    cr_assert_not_null(wg_csv_kopf_schreiben(j, false, ',', NULL));
    cr_assert_null(wg_csv_ergebnis_schreiben(NULL, r, false, ',', &len));
    cr_assert_null(wg_csv_ergebnis_schreiben(j, NULL, false, ',', &len));
    cr_assert_not_null(wg_csv_ergebnis_schreiben(j, r, false, ',', NULL));
    cr_assert_null(wg_csv_spanne_schreiben(NULL, "x", NULL, false, ',', &len));
    cr_assert_null(wg_csv_spanne_schreiben(j, "x", NULL, false, ',', &len));
    wg_fehler fe = {WG_E_TYP_FALSCH, "id", "x"};
    cr_assert_null(wg_csv_fehler_schreiben(NULL, "x", &fe, false, ',', &len));
    cr_assert_null(wg_csv_fehler_schreiben(j, "x", NULL, false, ',', &len));
    cr_assert_not_null(wg_csv_fehler_schreiben(j, NULL, &fe, false, ',', NULL));
    cr_assert_null(wg_csv_haushalt_schreiben(NULL, &h, true, ',', &len));
    cr_assert_null(wg_csv_haushalt_schreiben(j, NULL, true, ',', &len));
    cr_assert_not_null(wg_csv_haushalt_schreiben(j, &h, true, ',', NULL));
    wg_csv_kopf_frei(k);
}

Test(null, vorpruefung)
{
    wg_vorpruefung *v = wg_vorpruefung_neu();
    wg_vorpruefung_frei(NULL);
    const wg_unbekannt u = {"wohnkosten.betrag_monat", WG_UNBEKANNT_BETRAG, 0, 100000};
    cr_assert_eq(wg_vorpruefen(NULL, &h, &u, 1, v), WG_E_ARGUMENT);
    cr_assert_eq(wg_vorpruefung_fehler(v)->code, WG_E_ARGUMENT);
    cr_assert_eq(wg_vorpruefen(e, NULL, &u, 1, v), WG_E_ARGUMENT);
    cr_assert_eq(wg_vorpruefen(e, &h, NULL, 1, v), WG_E_ARGUMENT);
    cr_assert_eq(wg_vorpruefen(e, &h, &u, 1, NULL), WG_E_ARGUMENT);
    const wg_unbekannt ohne_feld = {NULL, WG_UNBEKANNT_BETRAG, 0, 100000};
    cr_assert_eq(wg_vorpruefen(e, &h, &ohne_feld, 1, v), WG_E_ARGUMENT);
    cr_assert_null(wg_vorpruefung_spanne(NULL));
    cr_assert_null(wg_vorpruefung_fehler(NULL));
    cr_assert_null(wg_vorpruefung_schwellen(NULL));
    wg_vorpruefung_halt_setzen(NULL, NULL, NULL);
    cr_assert_eq(wg_schwellen(NULL, &h, NULL, v), WG_E_ARGUMENT);
    cr_assert_eq(wg_schwellen(e, NULL, NULL, v), WG_E_ARGUMENT);
    cr_assert_eq(wg_schwellen(e, &h, NULL, NULL), WG_E_ARGUMENT);
    int64_t cent;
    const wg_datum d = {2025, 3, 1};
    cr_assert_eq(wg_einkommensgrenze(NULL, d, NULL, 1, 3, &cent, &f), WG_E_ARGUMENT);
    cr_assert_eq(f.code, WG_E_ARGUMENT);
    cr_assert_eq(wg_einkommensgrenze(e, d, NULL, 1, 3, NULL, &f), WG_E_ARGUMENT);
    cr_assert_eq(wg_einkommensgrenze(e, d, NULL, 1, 3, &cent, NULL), WG_OK);
    cr_assert_gt(cent, 0);
    wg_vorpruefung_frei(v);
}

Test(null, fall)
{
    wg_fall_ergebnis *fr = wg_fall_ergebnis_neu();
    wg_fall fa;
    wg_fall_init(NULL);
    wg_fall_einstellungen_init(NULL);
    fall_fuellen(&fa);
    cr_assert_eq(wg_fall_rechnen(NULL, &fa, NULL, fr), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_ergebnis_status(fr), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_rechnen(e, NULL, NULL, fr), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, NULL), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_OK);
    /* NULL arrays with a count */
    wg_fall x = fa;
    x.anzahl_verlauf = 2;
    cr_assert_eq(wg_fall_rechnen(e, &x, NULL, fr), WG_E_ARGUMENT);
    cr_assert_str_eq(wg_fall_ergebnis_fehler(fr)->feld, "verlauf");
    x = fa;
    x.anzahl_zahlungen = 1;
    cr_assert_eq(wg_fall_rechnen(e, &x, NULL, fr), WG_E_ARGUMENT);
    cr_assert_str_eq(wg_fall_ergebnis_fehler(fr)->feld, "zahlungen");
    x = fa;
    x.haushalt.mitglieder = NULL;
    cr_assert_eq(wg_fall_rechnen(e, &x, NULL, fr), WG_E_ARGUMENT);
    wg_aenderung a = {.ab = {2025, 6, 1}, .anzahl_ereignisse = 3};
    x = fa;
    x.verlauf = &a;
    x.anzahl_verlauf = 1;
    cr_assert_eq(wg_fall_rechnen(e, &x, NULL, fr), WG_E_ARGUMENT);
    wg_mitglied mm = m;
    mm.anzahl_einkommen = 2;
    wg_haushalt hv = fa.haushalt;
    hv.mitglieder = &mm;
    wg_aenderung a2 = {.ab = {2025, 6, 1}, .haushalt = &hv};
    x.verlauf = &a2;
    cr_assert_eq(wg_fall_rechnen(e, &x, NULL, fr), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_ergebnis_status(NULL), WG_E_ARGUMENT);
    cr_assert_null(wg_fall_ergebnis_fehler(NULL));
    cr_assert_str_eq(wg_fall_ergebnis_id(NULL), "");
    cr_assert_null(wg_fall_ergebnis_einstellungen(NULL));
    cr_assert_eq(wg_fall_ergebnis_antrag_gilt(NULL).jahr, 0);
    cr_assert_eq(wg_fall_ergebnis_stand(NULL).jahr, 0);
    cr_assert_eq(wg_fall_ergebnis_berechnet(NULL), 0);
    cr_assert_eq(wg_fall_ergebnis_anzahl_monate(NULL), 0);
    cr_assert_null(wg_fall_ergebnis_monat(NULL, 0));
    cr_assert_eq(wg_fall_ergebnis_anzahl_entscheidungen(NULL), 0);
    cr_assert_null(wg_fall_ergebnis_entscheidung(NULL, 0));
    cr_assert_eq(wg_fall_ergebnis_ueberzahlung(NULL), 0);
    cr_assert_eq(wg_fall_ergebnis_nachzahlung(NULL), 0);
    cr_assert_eq(wg_fall_ergebnis_erstattung(NULL), 0);
    cr_assert_eq(wg_fall_ergebnis_anzahl_hinweise(NULL), 0);
    cr_assert_null(wg_fall_ergebnis_hinweis(NULL, 0));
    cr_assert_eq(wg_fall_ergebnis_entscheidung_am(NULL).jahr, 0);
    cr_assert_eq(wg_fall_ergebnis_anzahl_aussteuerungen(NULL), 0);
    cr_assert_null(wg_fall_ergebnis_aussteuerung(NULL, 0));
    cr_assert_eq(wg_fall_ergebnis_anzahl_schuldner(NULL), 0);
    cr_assert_null(wg_fall_ergebnis_schuldner(NULL, 0));
    cr_assert_eq(wg_fall_hinweis_herleitung(e, &fa, NULL, 0, r), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_OK);
    cr_assert_eq(wg_fall_hinweis_herleitung(NULL, &fa, fr, 0, r), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_hinweis_herleitung(e, NULL, fr, 0, r), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_hinweis_herleitung(e, &fa, fr, 0, NULL), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_hinweis_herleitung(e, &fa, fr, 99, r), WG_E_ARGUMENT);
    cr_assert_null(wg_fall_ergebnis_aussteuerung(fr, 99));
    cr_assert_null(wg_fall_ergebnis_schuldner(fr, 99));
    cr_assert_eq(wg_fall_monat_herleitung(NULL, &fa, fr, 0, r), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_monat_herleitung(e, NULL, fr, 0, r), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_monat_herleitung(e, &fa, NULL, 0, r), WG_E_ARGUMENT);
    cr_assert_eq(wg_fall_monat_herleitung(e, &fa, fr, 0, NULL), WG_E_ARGUMENT);
    wg_fall_ergebnis_frei(NULL);
    wg_fall_ergebnis_frei(fr);
}

/* a household with a NULL array and a count: an argument error naming the array, no crash */
Test(null, haushalt_felder)
{
    wg_haushalt x = h;
    x.mitglieder = NULL;
    cr_assert_eq(wg_berechnen(e, &x, r, 0), WG_E_ARGUMENT);
    cr_assert_str_eq(wg_ergebnis_fehler(r)->feld, "mitglieder");
    wg_mitglied mm = m;
    mm.anzahl_einkommen = 1;
    x.mitglieder = &mm;
    cr_assert_eq(wg_berechnen(e, &x, r, 0), WG_E_ARGUMENT);
    cr_assert_str_eq(wg_ergebnis_fehler(r)->feld, "mitglieder[0].einkommen");
    mm.anzahl_einkommen = 0;
    mm.anzahl_unterhalt = 1;
    cr_assert_eq(wg_berechnen(e, &x, r, WG_NUR_BETRAG), WG_E_ARGUMENT);
    cr_assert_eq(wg_satz_packen(e, &x, NULL, 0), 0);
}

/* extreme values from the C API: years of INT_MAX/INT_MIN are refused with their field, no
 * arithmetic overflows before the check (UBSan in the sanitizer build) */
Test(null, extreme_jahre)
{
    const int jahre[] = {INT_MAX, INT_MIN, -1, 0, 99999};
    for (size_t i = 0; i < sizeof jahre / sizeof jahre[0]; i++) {
        wg_haushalt x = h;
        x.stichtag = (wg_datum){jahre[i], 12, 31};
        cr_assert_eq(wg_berechnen(e, &x, r, 0), WG_E_DATUM_UNGUELTIG);
        x.hat_zeitraum = true;
        x.von_jahr = 2025;
        x.von_monat = 1;
        x.bis_jahr = jahre[i];
        x.bis_monat = 12;
        cr_assert_eq(wg_berechnen(e, &x, r, WG_NUR_BETRAG), WG_E_DATUM_UNGUELTIG);
        cr_assert_str_eq(wg_ergebnis_fehler(r)->feld, "zeitraum.bis");
        x.von_jahr = jahre[i];
        x.bis_jahr = 2025;
        cr_assert_eq(wg_berechnen(e, &x, r, 0), WG_E_DATUM_UNGUELTIG);
        wg_fall_ergebnis *fr = wg_fall_ergebnis_neu();
        wg_fall fa;
        fall_fuellen(&fa);
        fa.von_jahr = jahre[i];
        cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_E_DATUM_UNGUELTIG);
        fa.von_jahr = 2025;
        fa.bis_jahr = jahre[i];
        cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_E_DATUM_UNGUELTIG);
        cr_assert_str_eq(wg_fall_ergebnis_fehler(fr)->feld, "bewilligung.bis");
        fa.bis_jahr = 2025;
        fa.antrag.jahr = jahre[i];
        cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_E_DATUM_UNGUELTIG);
        fa.antrag.jahr = 2025;
        fa.hat_stand = true;
        fa.stand = (wg_datum){jahre[i], 1, 1};
        cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_E_DATUM_UNGUELTIG);
        wg_fall_ergebnis_frei(fr);
    }
}

/* a case's evaluation date before its application is refused (issue 21) */
Test(null, stand_vor_antrag)
{
    wg_fall_ergebnis *fr = wg_fall_ergebnis_neu();
    wg_fall fa;
    fall_fuellen(&fa);
    fa.hat_stand = true;
    fa.stand = (wg_datum){2025, 3, 9};
    cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_E_WERT_UNGUELTIG);
    cr_assert_str_eq(wg_fall_ergebnis_fehler(fr)->feld, "stand");
    fa.stand = (wg_datum){2025, 3, 10};
    cr_assert_eq(wg_fall_rechnen(e, &fa, NULL, fr), WG_OK);
    wg_fall_ergebnis_frei(fr);
}
