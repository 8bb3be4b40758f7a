/*
 * berechnen.c — wg_berechnen: one household from record to monthly amount, in the order of
 * rechenweg.md: check the record (errors first), choose the Rechtsstand (§ 0), household size
 * and the no-claim reasons that need no amount (§ 21 Nr. 2, § 20 Abs. 2, § 21 Nr. 3), income
 * (§§ 13–18, 17a), rent (§§ 9–12), the formula and § 21 Nr. 1 (§ 19, Anlage 3).
 * Also the defaults of the household structs and the names of the enums.
 */
#include "intern.h"

#include <string.h>

static const char *const art_namen[WG_ART_ANZAHL] = {
    [WG_ART_ARBEITSLOHN] = "arbeitslohn",
    [WG_ART_MINIJOB_PAUSCHAL] = "minijob_pauschal",
    [WG_ART_RENTE] = "rente",
    [WG_ART_VERSORGUNGSBEZUG] = "versorgungsbezug",
    [WG_ART_SELBSTAENDIG] = "selbstaendig",
    [WG_ART_GEWERBE] = "gewerbe",
    [WG_ART_LAND_FORST] = "land_forst",
    [WG_ART_VERMIETUNG] = "vermietung",
    [WG_ART_KAPITAL] = "kapital",
    [WG_ART_LOHNERSATZ] = "lohnersatz",
    [WG_ART_ELTERNGELD] = "elterngeld",
    [WG_ART_UNTERHALTSVORSCHUSS] = "unterhaltsvorschuss",
    [WG_ART_UNTERHALT_ERHALTEN] = "unterhalt_erhalten",
    [WG_ART_BAFOEG_ZUSCHUSS] = "bafoeg_zuschuss",
    [WG_ART_KINDERGELD] = "kindergeld",
    [WG_ART_SONSTIGES_ANRECHENBAR] = "sonstiges_anrechenbar",
};

const char *wg_einkommensart_name(wg_einkommensart a)
{
    return (unsigned)a < WG_ART_ANZAHL ? art_namen[a] : "";
}

int wg_einkommensart_aus_name(const char *name)
{
    /* every record item passes here: compare the first character before the whole name */
    for (int i = 0; i < WG_ART_ANZAHL; i++)
        if (art_namen[i][0] == name[0] && strcmp(art_namen[i], name) == 0) return i;
    return -1;
}

static const char *const empfaenger_namen[WG_UNTERHALT_ANZAHL] = {
    [WG_UNTERHALT_AUSWAERTS_AUSBILDUNG] = "auswaerts_ausbildung",
    [WG_UNTERHALT_KIND_WECHSELMODELL] = "kind_wechselmodell",
    [WG_UNTERHALT_EHEGATTE_GETRENNT] = "ehegatte_getrennt",
    [WG_UNTERHALT_SONSTIGE] = "sonstige",
};

const char *wg_unterhalt_empfaenger_name(wg_unterhalt_empfaenger e)
{
    return (unsigned)e < WG_UNTERHALT_ANZAHL ? empfaenger_namen[e] : "";
}

void wg_auslegung_init(wg_auslegung *a)
{
    /* Defaults of records.md, "Interpretation switches"; reasons in docs/auslegung.md. */
    a->zwischenrundung = WG_RUNDUNG_KAUFMAENNISCH;
    a->deckelung_auf_miete = false;
    a->ueber_12_mitglieder = WG_UEBER12_WERTE_FUER_12;
    a->mindestmiete_nach_entlastung = true;
}

void wg_haushalt_init(wg_haushalt *h)
{
    memset(h, 0, sizeof *h);
    h->wohnkosten_art = WG_MIETE;
    wg_auslegung_init(&h->auslegung);
}

void wg_mitglied_init(wg_mitglied *m)
{
    memset(m, 0, sizeof *m);
    m->zu_beruecksichtigen = true;
    m->alter = -1;
}

void wg_einkommen_init(wg_einkommen *e) { memset(e, 0, sizeof *e); }

static void abschliessen(wg_ergebnis *r)
{
    for (size_t i = 0; i < r->anzahl_schritte; i++) {
        r->schritte[i].paragraph = r->schritte_i[i].paragraph;
        r->schritte[i].text = r->arena + r->schritte_i[i].text;
        r->schritte[i].wert = r->arena + r->schritte_i[i].wert;
    }
}

int wg_alter(const wg_rechnung *c, const wg_mitglied *m)
{
    return m->hat_geburtsdatum ? wg_alter_am(&m->geburtsdatum, &c->stichtag) : m->alter;
}

wg_status wg_berechnen(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen)
{
    if (!r) return WG_E_ARGUMENT;
    r->hat_zeitraum = false;
    r->anzahl_monate = r->anzahl_abschnitte = 0;
    r->summe = 0;
    if (optionen & WG_NUR_BETRAG) {
        if (wg_nur_betrag(e, h, r)) return WG_OK;
        /* everything nur_betrag.c hands over (errors above all): the derivation path, whose
         * values are then not offered, as the option promises */
        optionen |= WG_OHNE_SCHRITTE;
        wg_status s = e && h && h->hat_zeitraum ? wg_berechnen_zeitraum(e, h, r, optionen)
                                                : wg_berechnen_stichtag(e, h, r, optionen);
        r->gesetzt = 0;
        return s;
    }
    if (e && h && h->hat_zeitraum) return wg_berechnen_zeitraum(e, h, r, optionen);
    return wg_berechnen_stichtag(e, h, r, optionen);
}

wg_status wg_berechnen_stichtag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen)
{
    wg_ergebnis_zuruecksetzen(r);
    if (!e || !h) return wg_fehler_setzen(r, WG_E_ARGUMENT, "", "engine oder haushalt ist NULL");
    if (h->id) r->id = wg_arena_text(r, h->id, strlen(h->id));
    r->auslegung = h->auslegung;

    wg_rechnung c;
    memset(&c, 0, sizeof c);
    c.e = e;
    c.h = h;
    c.r = r;
    c.schritte = !(optionen & WG_OHNE_SCHRITTE);
    c.rundung = h->auslegung.zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? WG_RUNDEN_ABSCHNEIDEN
                                                                      : WG_RUNDEN_HALB_WEG_VON_NULL;
    c.stichtag = h->stichtag;

    wg_status s = wg_haushalt_pruefen(h, r);
    if (s == WG_OK) s = wg_rechtsstand_waehlen(&c);
    if (s == WG_OK && wg_haushalt_groesse(&c) && wg_vermoegen_pruefen(&c)) {
        wg_einkommen_berechnen(&c);
        wg_miete_berechnen(&c);
        wg_wohngeld_berechnen(&c);
    }
    if (r->speicher_fehlt) {
        r->anzahl_schritte = 0;
        r->arena_len = 0;
        r->id = 0;
        r->anspruch = false;
        r->wohngeld = 0;
        return wg_fehler_setzen(r, WG_E_SPEICHER, "", "%s", wg_status_text(WG_E_SPEICHER));
    }
    if (r->status != WG_OK) {
        r->anspruch = false;
        r->wohngeld = 0;
        r->grund = WG_GRUND_KEINER;
    }
    abschliessen(r);
    return r->status;
}
