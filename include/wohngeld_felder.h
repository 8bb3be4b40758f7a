/*
 * wohngeld_felder.h — the words of the record format (docs/records.md) as constants: the field
 * names of a household record. They are public contract — error field paths
 * (wg_fehler.feld: "mitglieder[1].einkommen[0].betrag_monat") and the paths of unknowns
 * (wg_unbekannt.feld) are made of them — and the one table the library's checks (calc/), its
 * partial records and its JSON and CSV edge (io/) spell them from. String literals, so that
 * "a" WG_F_B concatenates at compile time.
 */
#ifndef WOHNGELD_FELDER_H
#define WOHNGELD_FELDER_H

#define WG_F_FORMAT "format"
#define WG_F_ID "id"
#define WG_F_EMPFAENGER "empfaenger" /* the letter head (docs/bescheide.md), read by bescheid/ only */
#define WG_F_STICHTAG "stichtag"
#define WG_F_ZEITRAUM "zeitraum"
#define WG_F_VON "von"
#define WG_F_BIS "bis"
#define WG_F_RECHTSSTAND "rechtsstand"
#define WG_F_MIETENSTUFE "mietenstufe"
#define WG_F_GEMEINDE "gemeinde"
#define WG_F_WOHNKOSTEN "wohnkosten"
#define WG_F_ART "art"
#define WG_F_BETRAG_MONAT "betrag_monat"
#define WG_F_BETRAG_JAHR "betrag_jahr"
#define WG_F_ABZUEGE_MONAT "abzuege_monat"
#define WG_F_PAUSCHALEN "pauschalen"
#define WG_F_HEIZUNG_QM "heizung_qm"
#define WG_F_WARMWASSER "warmwasser"
#define WG_F_HAUSHALTSENERGIE "haushaltsenergie"
#define WG_F_GARAGE "garage"
#define WG_F_STELLPLATZ "stellplatz"
#define WG_F_HEIMBEWOHNER "heimbewohner"
#define WG_F_VERMOEGEN "vermoegen"
#define WG_F_ALLEINERZIEHEND "alleinerziehend"
#define WG_F_GESAMTEINKOMMEN_MONAT "gesamteinkommen_monat"
#define WG_F_AUSLEGUNG "auslegung"
#define WG_F_ZWISCHENRUNDUNG "zwischenrundung"
#define WG_F_DECKELUNG_AUF_MIETE "deckelung_auf_miete"
#define WG_F_UEBER_12_MITGLIEDER "ueber_12_mitglieder"
#define WG_F_MINDESTMIETE_NACH_ENTLASTUNG "mindestmiete_nach_entlastung"
#define WG_F_MITGLIEDER "mitglieder"
#define WG_F_ZU_BERUECKSICHTIGEN "zu_beruecksichtigen"
#define WG_F_AUSSCHLUSSGRUND "ausschlussgrund"
#define WG_F_ALTER "alter"
#define WG_F_GEBURTSDATUM "geburtsdatum"
#define WG_F_KIND_EINES_MITGLIEDS "kind_eines_mitglieds"
#define WG_F_ABZUG_STEUERN "abzug_steuern"
#define WG_F_ABZUG_KRANKEN_PFLEGE "abzug_kranken_pflege"
#define WG_F_ABZUG_RENTE "abzug_rente"
#define WG_F_SCHWERBEHINDERT_PFLEGE "schwerbehindert_pflege"
#define WG_F_NS_VERFOLGT "ns_verfolgt"
#define WG_F_GRUNDRENTENZEITEN_33_JAHRE "grundrentenzeiten_33_jahre"
#define WG_F_AUSBILDUNGSFOERDERUNG_DEM_GRUNDE_NACH "ausbildungsfoerderung_dem_grunde_nach"
#define WG_F_JAHRESEINKOMMEN "jahreseinkommen"
#define WG_F_EINKOMMEN "einkommen"
#define WG_F_WERBUNGSKOSTEN_JAHR "werbungskosten_jahr"
#define WG_F_PLUS "plus"
#define WG_F_UNTERHALT_GEZAHLT "unterhalt_gezahlt"
#define WG_F_EMPFAENGER "empfaenger"
#define WG_F_TITULIERT "tituliert"

#endif
