/*
 * erklaeren.c — `wohngeld erklaeren [DATEI]`: household records (JSON Lines from DATEI or stdin)
 * explained in German for a Bescheid appendix or a caseworker, each in turn: the decision, then
 * the derivation as numbered sentences, each with the § it applies, then the interpretation
 * switches and hints. Several records are separated by a line of dashes; each is explained,
 * none is passed over. Exit 0 all explained, 1 some could not be computed, 2 no record.
 */
#include "befehle.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <string.h>

/* one record: 0 explained, 1 not computable */
static int erklaere(const wg_engine *e, wg_json *j, wg_ergebnis *r, const char *zeile, size_t len, size_t nr)
{
    wg_haushalt h;
    wg_fehler fe = {0};
    if (wg_json_haushalt_lesen(j, zeile, len, &h, &fe) != WG_OK || wg_berechnen(e, &h, r, 0) != WG_OK) {
        const wg_fehler *x = fe.code != WG_OK ? &fe : wg_ergebnis_fehler(r);
        printf("Der Datensatz in Zeile %zu kann nicht berechnet werden: %s (Feld %s, Fehler %s).\n", nr, x->meldung,
               x->feld[0] ? x->feld : "-", wg_status_code(x->code));
        return 1;
    }
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(r);
    printf("Wohngeldberechnung%s%s\n\n", wg_ergebnis_id(r)[0] ? " für " : "", wg_ergebnis_id(r));
    if (wg_ergebnis_anspruch(r))
        printf("Ergebnis: Es besteht ein Anspruch auf Wohngeld in Höhe von %lld Euro monatlich.\n",
               (long long)wg_ergebnis_wohngeld_monat(r));
    else
        printf("Ergebnis: %s\n", wg_grund_text(wg_ergebnis_grund(r)));
    printf("Angewandt wurde das Wohngeldgesetz in der Fassung \"%s\" (%s, gültig ab %s).\n", rs->name, rs->quelle,
           rs->gilt_ab);
    if (wg_ergebnis_hat_zeitraum(r))
        printf("Für den Bewilligungszeitraum ergeben sich insgesamt %lld Euro; die Herleitung zeigt den ersten Monat.\n",
               (long long)wg_ergebnis_summe(r));
    printf("\nHerleitung\n\n");
    for (size_t i = 0; i < wg_ergebnis_anzahl_schritte(r); i++) {
        const wg_schritt *s = wg_ergebnis_schritt(r, i);
        if (s->wert[0])
            printf("%2zu. %s: %s (%s).\n", i + 1, s->text, s->wert, s->paragraph);
        else
            printf("%2zu. %s (%s).\n", i + 1, s->text, s->paragraph);
    }
    const wg_auslegung *a = wg_ergebnis_auslegung(r);
    printf("\nAuslegung, wo das Gesetz eine Einzelheit offenlässt (docs/auslegung.md): Zwischenergebnisse "
           "%s auf zehn Nachkommastellen; Wohngeld %s auf die Miete begrenzt; bei mehr als zwölf Mitgliedern "
           "%s; Mindestmiete %s des Heizkostenbetrags.\n",
           a->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? "abgeschnitten" : "kaufmännisch gerundet",
           a->deckelung_auf_miete ? "" : "nicht", a->ueber_12_mitglieder == WG_UEBER12_WERTE_FUER_12
                                                      ? "Werte für zwölf Mitglieder"
                                                      : "Werte für die tatsächliche Zahl",
           a->mindestmiete_nach_entlastung ? "einschließlich" : "vor Hinzurechnung");
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) printf("Hinweis: %s\n", wg_ergebnis_hinweis(r, i)->text);
    printf("\nRechtstabellen: %s\n", wg_engine_tabellen_pruefsumme(e));
    return 0;
}

int wgi_befehl_erklaeren(int argc, char **argv)
{
    if (argc > 1 || (argc == 1 && argv[0][0] == '-' && argv[0][1] != '\0')) {
        fprintf(stderr, "Aufruf: wohngeld erklaeren [DATEI]\n");
        return 2;
    }
    FILE *f = argc > 0 && strcmp(argv[0], "-") != 0 ? fopen(argv[0], "rb") : stdin;
    if (!f) {
        perror(argv[0]);
        return 2;
    }
    wgi_zeilen z = {f, NULL, 0, 0};
    wg_fehler fe = {0};
    wg_engine *e = wg_engine_oeffnen(&fe);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    int rc = 0, st = 0;
    size_t anzahl = 0;
    if (!e || !j || !r) rc = 2;
    const char *zeile;
    size_t len;
    bool zu_lang;
    while (rc != 2 && (st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        if (len == 0 && !zu_lang) continue;
        if (anzahl++) printf("\n----------------------------------------------------------------------\n\n");
        if (zu_lang) {
            printf("Der Datensatz in Zeile %zu ist länger als %u Bytes und wird nicht gelesen.\n", z.nummer, WG_MAX_ZEILE);
            rc = 1;
        } else if (erklaere(e, j, r, zeile, len, z.nummer) != 0) {
            rc = 1;
        }
    }
    if (st < 0) {
        fprintf(stderr, "wohngeld erklaeren: Lesefehler\n");
        rc = 2;
    } else if (rc != 2 && anzahl == 0) {
        fprintf(stderr, "wohngeld erklaeren: kein Datensatz\n");
        rc = 2;
    }
    wgi_zeilen_frei(&z);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    if (f != stdin) fclose(f);
    return rc;
}
