/*
 * katalog.c — the names, texts and defaults of the public types: the stable codes and German
 * texts of wg_status and wg_grund, the names of derivation values, Einkunftsarten and
 * Unterhaltsempfänger (the spellings of docs/records.md), and the defaults of the record structs
 * (records.md "Interpretation switches"; reasons in docs/auslegung.md).
 *
 * Exports (public, wohngeld.h): wg_status_code, wg_status_text, wg_grund_code, wg_grund_text,
 * wg_wert_name, wg_einkommensart_name, wg_einkommensart_aus_name, wg_unterhalt_empfaenger_name,
 * wg_auslegung_init, wg_haushalt_init, wg_mitglied_init, wg_einkommen_init.
 */
#include "wohngeld.h"

#include <string.h>

static const char *const status_codes[WG_STATUS_ANZAHL] = {
    [WG_OK] = "ok",
    [WG_E_JSON_UNGUELTIG] = "json_ungueltig",
    [WG_E_FORMAT_UNBEKANNT] = "format_unbekannt",
    [WG_E_FELD_FEHLT] = "feld_fehlt",
    [WG_E_TYP_FALSCH] = "typ_falsch",
    [WG_E_BETRAG_UNGUELTIG] = "betrag_ungueltig",
    [WG_E_BETRAG_NEGATIV] = "betrag_negativ",
    [WG_E_DATUM_UNGUELTIG] = "datum_ungueltig",
    [WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT] = "rechtsstand_nicht_unterstuetzt",
    [WG_E_RECHTSSTAND_UNBEKANNT] = "rechtsstand_unbekannt",
    [WG_E_MIETENSTUFE_UNGUELTIG] = "mietenstufe_ungueltig",
    [WG_E_GEMEINDE_UNBEKANNT] = "gemeinde_unbekannt",
    [WG_E_GEMEINDE_OHNE_LISTE] = "gemeinde_ohne_liste",
    [WG_E_ART_UNBEKANNT] = "art_unbekannt",
    [WG_E_WERT_UNGUELTIG] = "wert_ungueltig",
    [WG_E_FELD_KONFLIKT] = "feld_konflikt",
    [WG_E_FELD_UNBEKANNT] = "feld_unbekannt",
    [WG_E_GRENZE] = "grenze_ueberschritten",
    [WG_E_SPEICHER] = "speicher",
    [WG_E_TABELLE] = "tabelle_ungueltig",
    [WG_E_ARGUMENT] = "argument_ungueltig",
    [WG_E_EA] = "ein_ausgabe",
    [WG_E_GEMEINDE_UNGUELTIG] = "gemeinde_ungueltig",
    [WG_E_SATZ_UNGUELTIG] = "satz_ungueltig",
    [WG_E_INTERVALL_UNGUELTIG] = "intervall_ungueltig",
    [WG_E_UNBEKANNT_UNZULAESSIG] = "unbekannt_unzulaessig",
    [WG_E_ZU_VIELE_UNBEKANNTE] = "zu_viele_unbekannte",
    [WG_E_MITGLIED_UNBEKANNT] = "mitglied_unbekannt",
    [WG_E_VERLAUF_DATUM] = "verlauf_datum",
    [WG_E_BEWILLIGUNGSZEITRAUM] = "bewilligungszeitraum_unzulaessig",
    [WG_E_ABGEBROCHEN] = "abgebrochen",
    [WG_E_BEHOERDE_UNVOLLSTAENDIG] = "behoerde_unvollstaendig",
};

static const char *const status_texte[WG_STATUS_ANZAHL] = {
    [WG_OK] = "in Ordnung",
    [WG_E_JSON_UNGUELTIG] = "Der Datensatz ist kein gültiges JSON.",
    [WG_E_FORMAT_UNBEKANNT] = "Unbekannte Formatversion.",
    [WG_E_FELD_FEHLT] = "Ein Pflichtfeld fehlt.",
    [WG_E_TYP_FALSCH] = "Ein Feld hat den falschen Typ.",
    [WG_E_BETRAG_UNGUELTIG] = "Ein Geldbetrag ist ungültig.",
    [WG_E_BETRAG_NEGATIV] = "Ein Geldbetrag darf nicht negativ sein.",
    [WG_E_DATUM_UNGUELTIG] = "Ein Datum ist ungültig.",
    [WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT] = "Für diesen Zeitpunkt ist kein Rechtsstand hinterlegt (ab 2016).",
    [WG_E_RECHTSSTAND_UNBEKANNT] = "Unbekannter Rechtsstand.",
    [WG_E_MIETENSTUFE_UNGUELTIG] = "Ungültige Mietenstufe.",
    [WG_E_GEMEINDE_UNBEKANNT] = "Gemeinde nicht in der Mietenstufenliste.",
    [WG_E_GEMEINDE_OHNE_LISTE] = "Für diesen Zeitpunkt ist keine Mietenstufenliste hinterlegt.",
    [WG_E_ART_UNBEKANNT] = "Unbekannte Art.",
    [WG_E_WERT_UNGUELTIG] = "Ein Wert liegt außerhalb des zulässigen Bereichs.",
    [WG_E_FELD_KONFLIKT] = "Felder widersprechen sich.",
    [WG_E_FELD_UNBEKANNT] = "Unbekanntes Feld.",
    [WG_E_GRENZE] = "Eine Verarbeitungsgrenze ist überschritten.",
    [WG_E_SPEICHER] = "Nicht genug Arbeitsspeicher.",
    [WG_E_TABELLE] = "Eine Tabellendatei ist ungültig.",
    [WG_E_ARGUMENT] = "Ungültiges Argument.",
    [WG_E_EA] = "Ein- oder Ausgabefehler.",
    [WG_E_GEMEINDE_UNGUELTIG] = "Kein gültiger Amtlicher Gemeindeschlüssel.",
    [WG_E_SATZ_UNGUELTIG] = "Ein Satz ist beschädigt oder nicht von wg_satz_packen geschrieben.",
    [WG_E_INTERVALL_UNGUELTIG] = "Ein Intervall ist ungültig (von über bis).",
    [WG_E_UNBEKANNT_UNZULAESSIG] = "Dieser Wert muss bekannt sein (kein Intervall, nicht \"unbekannt\").",
    [WG_E_ZU_VIELE_UNBEKANNTE] = "Zu viele unbekannte Werte für eine exakte Vorprüfung.",
    [WG_E_MITGLIED_UNBEKANNT] = "Das Ereignis nennt ein Haushaltsmitglied, das es an diesem Tag nicht gibt.",
    [WG_E_VERLAUF_DATUM] = "Ein Datum des Verlaufs liegt vor dem Antrag, nach dem Bewilligungszeitraum oder in falscher Reihenfolge.",
    [WG_E_BEWILLIGUNGSZEITRAUM] = "Der Bewilligungszeitraum ist nach dem Recht seines Zeitraums nicht zulässig.",
    [WG_E_ABGEBROCHEN] = "Die Berechnung wurde auf Anforderung des Aufrufers abgebrochen.",
    [WG_E_BEHOERDE_UNVOLLSTAENDIG] = "Der Behördendatei (behoerde.json) fehlt eine Angabe, die dieser Bescheid braucht.",
};

const char *wg_status_code(wg_status s)
{
    return (unsigned)s < WG_STATUS_ANZAHL ? status_codes[s] : "unbekannt";
}

const char *wg_status_text(wg_status s)
{
    return (unsigned)s < WG_STATUS_ANZAHL ? status_texte[s] : "unbekannter Fehler";
}

static const char *const grund_codes[] = {
    [WG_GRUND_KEINER] = "",
    [WG_GRUND_UNTER_MINDESTBETRAG] = "unter_mindestbetrag",
    [WG_GRUND_ALLE_AUSGESCHLOSSEN] = "alle_ausgeschlossen",
    [WG_GRUND_VERMOEGEN] = "vermoegen",
    [WG_GRUND_AUSBILDUNGSFOERDERUNG] = "ausbildungsfoerderung",
};

static const char *const grund_texte[] = {
    [WG_GRUND_KEINER] = "",
    [WG_GRUND_UNTER_MINDESTBETRAG] =
        "Kein Wohngeldanspruch: das Wohngeld würde weniger als den Mindestbetrag monatlich betragen (§ 21 Nr. 1 WoGG).",
    [WG_GRUND_ALLE_AUSGESCHLOSSEN] =
        "Kein Wohngeldanspruch: alle Haushaltsmitglieder sind nach den §§ 7 und 8 WoGG vom Wohngeld ausgeschlossen (§ 21 Nr. 2 WoGG).",
    [WG_GRUND_VERMOEGEN] =
        "Kein Wohngeldanspruch: die Inanspruchnahme wäre wegen erheblichen Vermögens missbräuchlich (§ 21 Nr. 3 WoGG, WoGVwV Nr. 21.37).",
    [WG_GRUND_AUSBILDUNGSFOERDERUNG] =
        "Kein Wohngeldanspruch: alle Haushaltsmitglieder haben dem Grunde nach Anspruch auf Ausbildungsförderung (§ 20 Abs. 2 WoGG).",
};

const char *wg_grund_code(wg_grund g) { return (unsigned)g <= WG_GRUND_AUSBILDUNGSFOERDERUNG ? grund_codes[g] : ""; }
const char *wg_grund_text(wg_grund g) { return (unsigned)g <= WG_GRUND_AUSBILDUNGSFOERDERUNG ? grund_texte[g] : ""; }

static const char *const wert_namen[WG_W_ANZAHL] = {
    [WG_W_ANTEIL] = "anteil",
    [WG_W_HOECHSTBETRAG] = "hoechstbetrag",
    [WG_W_HOECHSTBETRAG_TABELLE] = "hoechstbetrag_tabelle",
    [WG_W_KLIMAKOMPONENTE] = "klimakomponente",
    [WG_W_HEIZKOSTEN_ENTLASTUNG] = "heizkosten_entlastung",
    [WG_W_MIETE] = "miete",
    [WG_W_M] = "M", [WG_W_Y] = "Y", [WG_W_M_MIN] = "M_min", [WG_W_Y_MIN] = "Y_min",
    [WG_W_M_FORMEL] = "M_formel", [WG_W_Y_FORMEL] = "Y_formel",
    [WG_W_A] = "a", [WG_W_B] = "b", [WG_W_C] = "c",
    [WG_W_Z1] = "z1", [WG_W_Z2] = "z2", [WG_W_Z3] = "z3", [WG_W_Z4] = "z4",
    [WG_W_WOHNGELD_GERUNDET] = "wohngeld_gerundet",
    [WG_W_WOHNGELD_GEDECKELT] = "wohngeld_gedeckelt",
    [WG_W_ZUSCHLAG_UEBER_12] = "zuschlag_ueber_12",
    [WG_W_SCHWELLE] = "schwelle",
    [WG_W_GESAMTEINKOMMEN_JAHR] = "gesamteinkommen_jahr",
    [WG_W_VERMOEGENSGRENZE] = "vermoegensgrenze",
    [WG_W_GEMEINDE] = "gemeinde",
    [WG_W_GEMEINDE_ZEILE] = "gemeinde_zeile",
    [WG_W_GEMEINDE_NAME] = "gemeinde_name",
    [WG_W_MIETENSTUFENLISTE] = "mietenstufenliste",
};

const char *wg_wert_name(wg_wert w) { return (unsigned)w < WG_W_ANZAHL ? wert_namen[w] : ""; }

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
    if (!name) return -1;
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
    if (!a) return;
    a->zwischenrundung = WG_RUNDUNG_KAUFMAENNISCH;
    a->deckelung_auf_miete = false;
    a->ueber_12_mitglieder = WG_UEBER12_WERTE_FUER_12;
    a->mindestmiete_nach_entlastung = true;
}

void wg_haushalt_init(wg_haushalt *h)
{
    if (!h) return;
    memset(h, 0, sizeof *h);
    h->wohnkosten_art = WG_MIETE;
    wg_auslegung_init(&h->auslegung);
}

void wg_mitglied_init(wg_mitglied *m)
{
    if (!m) return;
    memset(m, 0, sizeof *m);
    m->zu_beruecksichtigen = true;
    m->alter = -1;
}

void wg_einkommen_init(wg_einkommen *e)
{
    if (e) memset(e, 0, sizeof *e);
}

