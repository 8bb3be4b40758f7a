/*
 * haushalt_im_code.c — embedding the engine without JSON: a household built in code (BMWSB
 * Beispiel 10: a pensioner in Lübeck, Mietenstufe IV, with a son excluded under § 7 WoGG),
 * computed, and the amount and every derivation step printed.
 *
 * Build against an installed library:
 *     cc haushalt_im_code.c $(pkg-config --cflags --libs wohngeld) -o haushalt_im_code
 */
#include <stdio.h>
#include <wohngeld.h>

int main(void)
{
    wg_fehler f;
    wg_engine *engine = wg_engine_oeffnen(&f);
    if (!engine) {
        fprintf(stderr, "Tabellen: %s\n", f.meldung);
        return 1;
    }

    wg_einkommen rente;
    wg_einkommen_init(&rente);
    rente.art = WG_ART_RENTE;
    rente.betrag_cent = 88000; /* 880.00 EUR per month */

    wg_mitglied mitglieder[2];
    wg_mitglied_init(&mitglieder[0]);
    mitglieder[0].id = "vater";
    mitglieder[0].abzug_kranken_pflege = true; /* § 16 Abs. 1 Nr. 2 */
    mitglieder[0].einkommen = &rente;
    mitglieder[0].anzahl_einkommen = 1;
    wg_mitglied_init(&mitglieder[1]);
    mitglieder[1].id = "sohn";
    mitglieder[1].zu_beruecksichtigen = false; /* Bürgergeld with KdU, § 7 Abs. 1 */

    wg_haushalt h;
    wg_haushalt_init(&h);
    h.id = "beispiel-10";
    h.stichtag = (wg_datum){2025, 1, 1};
    h.mietenstufe = 4;
    h.hat_wohnkosten = true;
    h.wohnkosten_art = WG_MIETE;
    h.wohnkosten_cent = 57000; /* 570.00 EUR Bruttokaltmiete */
    h.mitglieder = mitglieder;
    h.anzahl_mitglieder = 2;

    wg_ergebnis *r = wg_ergebnis_neu();
    if (!r || wg_berechnen(engine, &h, r, 0) != WG_OK) {
        const wg_fehler *fe = r ? wg_ergebnis_fehler(r) : NULL;
        fprintf(stderr, "Fehler: %s\n", fe ? fe->meldung : "kein Speicher");
        wg_ergebnis_frei(r);
        wg_engine_schliessen(engine);
        return 1;
    }
    printf("Wohngeld: %lld Euro monatlich (Rechtsstand %s)\n", (long long)wg_ergebnis_wohngeld_monat(r),
           wg_ergebnis_rechtsstand(r)->id);
    printf("M = %s, Y = %s\n", wg_ergebnis_wert(r, WG_W_M), wg_ergebnis_wert(r, WG_W_Y));
    for (size_t i = 0; i < wg_ergebnis_anzahl_schritte(r); i++) {
        const wg_schritt *s = wg_ergebnis_schritt(r, i);
        printf("%2zu. %-40s %s = %s\n", i + 1, s->paragraph, s->text, s->wert);
    }
    printf("Tabellen: %s, Version %s\n", wg_engine_tabellen_pruefsumme(engine), wg_version());
    wg_ergebnis_frei(r);
    wg_engine_schliessen(engine);
    return 0;
}
