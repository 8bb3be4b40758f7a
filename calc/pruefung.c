/*
 * pruefung.c — checks a household record before anything is computed (rechenweg.md § 7:
 * errors in the record come first). Every rejection names the field by its record path
 * ("mitglieder[1].einkommen[0].betrag_monat") and says in German what is wrong; nothing is
 * rounded or clamped silently. Excluded members are checked too (rechenweg.md § 2: "their items
 * are still validated"), and so are the income items when gesamteinkommen_monat is given (§ 6).
 */
#include "intern.h"

#include <stdio.h>

/* The field path of an error is built only for the error (this runs for every item of every
 * record). */
static wg_status betrag_fehler(wg_rechnung *c, int64_t cent, const char *feld)
{
    if (cent > WG_MAX_BETRAG_CENT || cent < -WG_MAX_BETRAG_CENT)
        return wg_fehler_setzen(c->r, WG_E_BETRAG_UNGUELTIG, feld, "Betrag über 1 000 000 000 Euro ist nicht plausibel");
    return wg_fehler_setzen(c->r, WG_E_BETRAG_NEGATIV, feld, "Betrag darf nicht negativ sein");
}

static wg_status betrag(wg_rechnung *c, int64_t cent, bool negativ_erlaubt, const char *feld)
{
    return wg_betrag_ok(cent, negativ_erlaubt) ? WG_OK : betrag_fehler(c, cent, feld);
}

static wg_status mitglied_pruefen(wg_rechnung *c, const wg_mitglied *m, size_t i)
{
    char feld[128];
    if (m->alter < -1 || m->alter > 150) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].alter", i);
        return wg_fehler_setzen(c->r, WG_E_WERT_UNGUELTIG, feld, "Alter muss zwischen 0 und 150 Jahren liegen");
    }
    if (m->hat_geburtsdatum) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].geburtsdatum", i);
        if (!wg_datum_gueltig(&m->geburtsdatum))
            return wg_fehler_setzen(c->r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
        if (wg_alter(c, m) < 0)
            return wg_fehler_setzen(c->r, WG_E_WERT_UNGUELTIG, feld, "Geburtsdatum liegt nach dem Stichtag %04d-%02d-%02d",
                                    c->stichtag.jahr, c->stichtag.monat, c->stichtag.tag);
    }
    if (m->hat_jahreseinkommen && !wg_betrag_ok(m->jahreseinkommen_cent, false)) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].jahreseinkommen", i);
        return betrag_fehler(c, m->jahreseinkommen_cent, feld);
    }
    if (m->anzahl_einkommen > WG_MAX_EINKOMMEN) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].einkommen", i);
        return wg_fehler_setzen(c->r, WG_E_GRENZE, feld, "mehr als %d Einkommensangaben je Mitglied", WG_MAX_EINKOMMEN);
    }
    if (m->anzahl_einkommen > 0 && !m->einkommen) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].einkommen", i);
        return wg_fehler_setzen(c->r, WG_E_ARGUMENT, feld, "einkommen ist NULL");
    }
    for (size_t j = 0; j < m->anzahl_einkommen; j++) {
        const wg_einkommen *e = &m->einkommen[j];
        if ((unsigned)e->art >= WG_ART_ANZAHL) {
            snprintf(feld, sizeof feld, "mitglieder[%zu].einkommen[%zu].art", i, j);
            return wg_fehler_setzen(c->r, WG_E_ART_UNBEKANNT, feld, "unbekannte Einkommensart");
        }
        if (!wg_betrag_ok(e->betrag_cent, wg_negativ_moeglich(e->art))) {
            snprintf(feld, sizeof feld, "mitglieder[%zu].einkommen[%zu].%s", i, j, e->jaehrlich ? "betrag_jahr" : "betrag_monat");
            return betrag_fehler(c, e->betrag_cent, feld);
        }
        if (e->hat_werbungskosten && !wg_betrag_ok(e->werbungskosten_jahr_cent, false)) {
            snprintf(feld, sizeof feld, "mitglieder[%zu].einkommen[%zu].werbungskosten_jahr", i, j);
            return betrag_fehler(c, e->werbungskosten_jahr_cent, feld);
        }
    }
    if (m->anzahl_unterhalt > WG_MAX_UNTERHALT) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].unterhalt_gezahlt", i);
        return wg_fehler_setzen(c->r, WG_E_GRENZE, feld, "mehr als %d Unterhaltszahlungen je Mitglied", WG_MAX_UNTERHALT);
    }
    if (m->anzahl_unterhalt > 0 && !m->unterhalt) {
        snprintf(feld, sizeof feld, "mitglieder[%zu].unterhalt_gezahlt", i);
        return wg_fehler_setzen(c->r, WG_E_ARGUMENT, feld, "unterhalt ist NULL");
    }
    for (size_t j = 0; j < m->anzahl_unterhalt; j++) {
        const wg_unterhalt *u = &m->unterhalt[j];
        if ((unsigned)u->empfaenger >= WG_UNTERHALT_ANZAHL) {
            snprintf(feld, sizeof feld, "mitglieder[%zu].unterhalt_gezahlt[%zu].empfaenger", i, j);
            return wg_fehler_setzen(c->r, WG_E_ART_UNBEKANNT, feld, "unbekannter Unterhaltsempfänger");
        }
        if (!wg_betrag_ok(u->betrag_cent, false)) {
            snprintf(feld, sizeof feld, "mitglieder[%zu].unterhalt_gezahlt[%zu].%s", i, j,
                     u->jaehrlich ? "betrag_jahr" : "betrag_monat");
            return betrag_fehler(c, u->betrag_cent, feld);
        }
    }
    return WG_OK;
}

wg_status wg_pruefen(wg_rechnung *c)
{
    const wg_haushalt *h = c->h;
    wg_status s;
    if (!wg_datum_gueltig(&h->stichtag))
        return wg_fehler_setzen(c->r, WG_E_DATUM_UNGUELTIG, "stichtag", "kein gültiges Kalenderdatum");
    if (h->mietenstufe == 0 && !h->gemeinde)
        return wg_fehler_setzen(c->r, WG_E_FELD_FEHLT, "mietenstufe", "Mietenstufe oder Gemeinde fehlt");
    if (h->mietenstufe != 0 && (h->mietenstufe < 1 || h->mietenstufe > WG_MAX_STUFEN))
        return wg_fehler_setzen(c->r, WG_E_MIETENSTUFE_UNGUELTIG, "mietenstufe",
                                "Mietenstufe muss zwischen 1 und 7 liegen (§ 12 Abs. 5 WoGG)");
    if (!h->hat_wohnkosten && !h->heimbewohner)
        return wg_fehler_setzen(c->r, WG_E_FELD_FEHLT, "wohnkosten",
                                "Miete oder Belastung fehlt (nur bei Heimbewohnern entbehrlich, § 9 Abs. 3 WoGG)");
    if (h->hat_wohnkosten) {
        if ((unsigned)h->wohnkosten_art > WG_BELASTUNG)
            return wg_fehler_setzen(c->r, WG_E_ART_UNBEKANNT, "wohnkosten.art", "Art muss miete oder belastung sein");
        if ((s = betrag(c, h->wohnkosten_cent, false, "wohnkosten.betrag_monat"))) return s;
        if ((s = betrag(c, h->abzuege_cent, false, "wohnkosten.abzuege_monat"))) return s;
        if (h->pauschalen.heizung &&
            (h->pauschalen.heizung_qm_hundertstel < 0 || h->pauschalen.heizung_qm_hundertstel > 10000000))
            return wg_fehler_setzen(c->r, WG_E_WERT_UNGUELTIG, "wohnkosten.pauschalen.heizung_qm",
                                    "Wohnfläche muss zwischen 0 und 100 000 m² liegen");
    }
    if (h->hat_vermoegen && (s = betrag(c, h->vermoegen_cent, false, "vermoegen"))) return s;
    if (h->hat_gesamteinkommen && (s = betrag(c, h->gesamteinkommen_monat_cent, false, "gesamteinkommen_monat")))
        return s;
    if ((unsigned)h->auslegung.zwischenrundung > WG_RUNDUNG_ABSCHNEIDEN)
        return wg_fehler_setzen(c->r, WG_E_WERT_UNGUELTIG, "auslegung.zwischenrundung", "unbekannter Wert");
    if ((unsigned)h->auslegung.ueber_12_mitglieder > WG_UEBER12_TATSAECHLICHE_ZAHL)
        return wg_fehler_setzen(c->r, WG_E_WERT_UNGUELTIG, "auslegung.ueber_12_mitglieder", "unbekannter Wert");
    if (h->anzahl_mitglieder == 0)
        return wg_fehler_setzen(c->r, WG_E_WERT_UNGUELTIG, "mitglieder",
                                "der Haushalt braucht mindestens ein Mitglied (§ 5 WoGG)");
    if (h->anzahl_mitglieder > WG_MAX_MITGLIEDER)
        return wg_fehler_setzen(c->r, WG_E_GRENZE, "mitglieder", "mehr als %d Haushaltsmitglieder", WG_MAX_MITGLIEDER);
    if (!h->mitglieder) return wg_fehler_setzen(c->r, WG_E_ARGUMENT, "mitglieder", "mitglieder ist NULL");
    for (size_t i = 0; i < h->anzahl_mitglieder; i++)
        if ((s = mitglied_pruefen(c, &h->mitglieder[i], i))) return s;
    return WG_OK;
}
