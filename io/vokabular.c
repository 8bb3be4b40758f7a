/*
 * vokabular.c — the spellings of the record format's enum values (vokabular.h).
 */
#include "vokabular.h"

#include <stdio.h>
#include <string.h>

#include "wohngeld.h"
#include "wohngeld_json.h"

const char *const wgi_wohnkosten_art_namen[2] = {[WG_MIETE] = "miete", [WG_BELASTUNG] = "belastung"};
const char *const wgi_zwischenrundung_namen[2] = {[WG_RUNDUNG_KAUFMAENNISCH] = "kaufmaennisch",
                                                  [WG_RUNDUNG_ABSCHNEIDEN] = "abschneiden"};
const char *const wgi_ueber12_namen[2] = {[WG_UEBER12_WERTE_FUER_12] = "werte_fuer_12",
                                          [WG_UEBER12_TATSAECHLICHE_ZAHL] = "tatsaechliche_zahl"};

int wgi_wort_finden(const char *const *namen, size_t anzahl, const char *s)
{
    for (size_t i = 0; i < anzahl; i++)
        if (strcmp(namen[i], s) == 0) return (int)i;
    return -1;
}

bool wgi_haushalt_listen_da(const wg_haushalt *h)
{
    if (h->anzahl_mitglieder && !h->mitglieder) return false;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if ((m->anzahl_einkommen && !m->einkommen) || (m->anzahl_unterhalt && !m->unterhalt)) return false;
    }
    return true;
}

void wg_feld_in_worten(const char *pfad, char *aus, size_t n)
{
    if (!aus || n == 0) return;
    if (!pfad) {
        aus[0] = '\0';
        return;
    }
    wgi_feld_in_worten(pfad, aus, n);
}

void wgi_feld_in_worten(const char *pfad, char *aus, size_t n)
{
    static const struct { const char *feld, *worte; } haushalt[] = {
        {"wohnkosten.betrag_monat", "Miete oder Belastung"}, {"wohnkosten.abzuege_monat", "Abzüge von der Miete"},
        {"vermoegen", "Vermögen"}, {"gesamteinkommen_monat", "Gesamteinkommen"}, {"heimbewohner", "Wohnen im Heim"},
        {"alleinerziehend", "alleinerziehend (§ 17 Nr. 3 WoGG)"},
        {"wohnkosten.pauschalen.warmwasser", "Warmwasser in der Miete"},
        {"wohnkosten.pauschalen.haushaltsenergie", "Haushaltsenergie in der Miete"},
        {"wohnkosten.pauschalen.garage", "Garage in der Miete"}, {"wohnkosten.pauschalen.stellplatz", "Stellplatz in der Miete"}};
    static const struct { const char *feld, *worte; } mitglied[] = {
        {"alter", "Alter"}, {"jahreseinkommen", "Jahreseinkommen"},
        {"abzug_steuern", "Steuern vom Einkommen (§ 16 WoGG)"},
        {"abzug_kranken_pflege", "Kranken- und Pflegeversicherung (§ 16 WoGG)"},
        {"abzug_rente", "Rentenversicherung (§ 16 WoGG)"},
        {"schwerbehindert_pflege", "Schwerbehinderung oder Pflegebedürftigkeit (§ 17 Nr. 1 WoGG)"},
        {"ns_verfolgt", "NS-Verfolgung (§ 17 Nr. 2 WoGG)"}, {"kind_eines_mitglieds", "Kind eines Mitglieds (§ 17 Nr. 4 WoGG)"},
        {"grundrentenzeiten_33_jahre", "33 Jahre Grundrentenzeiten (§ 17a WoGG)"},
        {"ausbildungsfoerderung_dem_grunde_nach", "Ausbildungsförderung dem Grunde nach (§ 20 Abs. 2 WoGG)"}};
    for (size_t k = 0; k < sizeof haushalt / sizeof haushalt[0]; k++)
        if (!strcmp(pfad, haushalt[k].feld)) {
            snprintf(aus, n, "%s", haushalt[k].worte);
            return;
        }
    int i = -1, j = -1, gelesen = 0;
    if (sscanf(pfad, "mitglieder[%d].%n", &i, &gelesen) == 1 && gelesen > 0 && i >= 0) {
        const char *rest = pfad + gelesen;
        for (size_t k = 0; k < sizeof mitglied / sizeof mitglied[0]; k++)
            if (!strcmp(rest, mitglied[k].feld)) {
                snprintf(aus, n, "%s von Mitglied %d", mitglied[k].worte, i + 1);
                return;
            }
        int g2 = 0;
        if (sscanf(rest, "einkommen[%d].%n", &j, &g2) == 1 && g2 > 0 && j >= 0) {
            snprintf(aus, n, "%s (Posten %d) von Mitglied %d", !strcmp(rest + g2, "werbungskosten_jahr") ? "Werbungskosten" : "Einkommen",
                     j + 1, i + 1);
            return;
        }
        if (sscanf(rest, "unterhalt_gezahlt[%d].%n", &j, &g2) == 1 && g2 > 0 && j >= 0) {
            snprintf(aus, n, "gezahlter Unterhalt (Zahlung %d) von Mitglied %d", j + 1, i + 1);
            return;
        }
    }
    snprintf(aus, n, "%s", pfad);
}
