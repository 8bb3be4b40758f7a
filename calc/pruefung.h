/*
 * pruefung.h — the one check of a household record, before anything is computed (rechenweg.md
 * § 7: errors in the record come first), and the checks of single values it is made of. Every
 * path takes it: wg_berechnen reports the first error with its field path
 * ("mitglieder[1].einkommen[0].betrag_monat") and a German message; wg_satz_packen asks
 * silently (r NULL: only whether the record passes; inlined there, the message code vanishes, so
 * the bulk path pays for the checks alone); wgi_satz_gueltig checks the items of a Satz handed in
 * with the same item check; zeitraum.c the months of a Bewilligungszeitraum. Nothing is rounded
 * or clamped silently. Excluded members are checked too (rechenweg.md § 2: "their items are
 * still validated"), and so are the income items when gesamteinkommen_monat is given (§ 6).
 * docs/grenzen.md lists the limits. Header-only (static inline) for the reason above.
 *
 * Exports: wgi_haushalt_pruefen, wgi_haushalt_felder_pruefen, wgi_mitglied_pruefen,
 * wgi_einkommen_pruefen, and inline
 * wgi_monat_gueltig, wgi_datum_gueltig, wgi_betrag_ok, wgi_negativ_moeglich, wgi_alter_am.
 */
#ifndef WGI_PRUEFUNG_H
#define WGI_PRUEFUNG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "wohngeld_felder.h"
#include "datum.h"
#include "tabellen.h"
#include "wohngeld.h"

/* living space of WoGV § 6 Abs. 2 Nr. 1 in 1/100 m²: at most 100 000 m² */
#define WGI_MAX_QM_HUNDERTSTEL 10000000

/* A month of the years the engine takes (docs/grenzen.md): 1900–2999. */
static inline bool wgi_monat_gueltig(int jahr, int monat) { return jahr >= 1900 && jahr <= 2999 && monat >= 1 && monat <= 12; }
/* A calendar date of those years. */
static inline bool wgi_datum_gueltig(const wg_datum *d)
{
    return wgi_monat_gueltig(d->jahr, d->monat) && wgi_kalendertag(d->jahr, d->monat, d->tag);
}
/* A money value: magnitude at most 10^9 EUR (records.md "Numbers"), sign as allowed. */
static inline bool wgi_betrag_ok(int64_t cent, bool negativ_erlaubt)
{
    /* one unsigned comparison for the magnitude (−10^11 … 10^11 cents) */
    return (uint64_t)cent + (uint64_t)WG_MAX_BETRAG_CENT <= 2 * (uint64_t)WG_MAX_BETRAG_CENT && (cent >= 0 || negativ_erlaubt);
}
/* Negative amounts only for Einkünfte whose losses exist (rechenweg.md § 2 step 2). */
static inline bool wgi_negativ_moeglich(wg_einkommensart a)
{
    const unsigned verlust = 1u << WG_ART_SELBSTAENDIG | 1u << WG_ART_GEWERBE | 1u << WG_ART_LAND_FORST |
                             1u << WG_ART_VERMIETUNG | 1u << WG_ART_KAPITAL;
    return (unsigned)a < 32u && (verlust >> (unsigned)a & 1u);
}
/* An income item (also of a packed Satz): a known art, its amount with the sign its art allows,
 * Werbungskosten within the limits. Inline: the bulk path asks it for every item. */
static inline bool wgi_einkommen_art_ok(const wg_einkommen *e) { return (unsigned)e->art < WG_ART_ANZAHL; }
static inline bool wgi_einkommen_betrag_ok(const wg_einkommen *e)
{
    return wgi_betrag_ok(e->betrag_cent, wgi_negativ_moeglich(e->art));
}
static inline bool wgi_einkommen_wk_ok(const wg_einkommen *e)
{
    return !e->hat_werbungskosten || wgi_betrag_ok(e->werbungskosten_jahr_cent, false);
}
static inline bool wgi_einkommen_ok(const wg_einkommen *e)
{
    return wgi_einkommen_art_ok(e) && wgi_einkommen_betrag_ok(e) && wgi_einkommen_wk_ok(e);
}
/* Age at a day from a birth date (full years). */
static inline int wgi_alter_am(const wg_datum *geburt, const wg_datum *tag)
{
    int a = tag->jahr - geburt->jahr;
    if (tag->monat < geburt->monat || (tag->monat == geburt->monat && tag->tag < geburt->tag)) a--;
    return a;
}

/* ---- the record ---- */
/* The functions below take r: with r the first error goes into it (code, field path, German
 * message, through wgi_fehler_setzen of the result object) and is returned; with r NULL only its
 * code is returned. */
wg_status wgi_fehler_setzen(wg_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The error of an amount: too large in magnitude, or negative where it may not be. Only called
 * with a result: the field path is built only for an error (this runs for every item of every
 * record). */
static inline wg_status wgi_betrag_fehler_(wg_ergebnis *r, int64_t cent, const char *feld)
{
    if (cent > WG_MAX_BETRAG_CENT || cent < -WG_MAX_BETRAG_CENT)
        return wgi_fehler_setzen(r, WG_E_BETRAG_UNGUELTIG, feld, "Betrag über 1 000 000 000 Euro ist nicht plausibel");
    return wgi_fehler_setzen(r, WG_E_BETRAG_NEGATIV, feld, "Betrag darf nicht negativ sein");
}

/* the code an amount's error has, for the silent check */
static inline wg_status wgi_betrag_code_(int64_t cent)
{
    return cent > WG_MAX_BETRAG_CENT || cent < -WG_MAX_BETRAG_CENT ? WG_E_BETRAG_UNGUELTIG : WG_E_BETRAG_NEGATIV;
}

static inline wg_status wgi_einkommen_pruefen(const wg_einkommen *e, wg_ergebnis *r, size_t i, size_t j)
{
    char feld[128];
    if (!wgi_einkommen_art_ok(e)) {
        if (!r) return WG_E_ART_UNBEKANNT;
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_EINKOMMEN "[%zu]." WG_F_ART, i, j);
        return wgi_fehler_setzen(r, WG_E_ART_UNBEKANNT, feld, "unbekannte Einkommensart");
    }
    if (!wgi_einkommen_betrag_ok(e)) {
        if (!r) return wgi_betrag_code_(e->betrag_cent);
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_EINKOMMEN "[%zu].%s", i, j, e->jaehrlich ? WG_F_BETRAG_JAHR : WG_F_BETRAG_MONAT);
        return wgi_betrag_fehler_(r, e->betrag_cent, feld);
    }
    if (!wgi_einkommen_wk_ok(e)) {
        if (!r) return wgi_betrag_code_(e->werbungskosten_jahr_cent);
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_EINKOMMEN "[%zu]." WG_F_WERBUNGSKOSTEN_JAHR, i, j);
        return wgi_betrag_fehler_(r, e->werbungskosten_jahr_cent, feld);
    }
    return WG_OK;
}

/* Member i at the Stichtag; its income items too unless ohne_posten (a caller that walks the
 * items itself checks each with wgi_einkommen_ok: wg_satz_packen). */
static inline wg_status wgi_mitglied_pruefen(const wg_mitglied *m, const wg_datum *stichtag, wg_ergebnis *r, size_t i,
                                             bool ohne_posten)
{
    char feld[128];
    if (m->alter < -1 || m->alter > 150) {
        if (!r) return WG_E_WERT_UNGUELTIG;
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_ALTER, i);
        return wgi_fehler_setzen(r, WG_E_WERT_UNGUELTIG, feld, "Alter muss zwischen 0 und 150 Jahren liegen");
    }
    if (m->hat_geburtsdatum) {
        if (!wgi_datum_gueltig(&m->geburtsdatum)) {
            if (!r) return WG_E_DATUM_UNGUELTIG;
            snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_GEBURTSDATUM, i);
            return wgi_fehler_setzen(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
        }
        if (wgi_alter_am(&m->geburtsdatum, stichtag) < 0) {
            if (!r) return WG_E_WERT_UNGUELTIG;
            snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_GEBURTSDATUM, i);
            return wgi_fehler_setzen(r, WG_E_WERT_UNGUELTIG, feld, "Geburtsdatum liegt nach dem Stichtag %04d-%02d-%02d",
                                    stichtag->jahr, stichtag->monat, stichtag->tag);
        }
    }
    if (m->hat_jahreseinkommen && !wgi_betrag_ok(m->jahreseinkommen_cent, false)) {
        if (!r) return wgi_betrag_code_(m->jahreseinkommen_cent);
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_JAHRESEINKOMMEN, i);
        return wgi_betrag_fehler_(r, m->jahreseinkommen_cent, feld);
    }
    if (m->anzahl_einkommen > WG_MAX_EINKOMMEN) {
        if (!r) return WG_E_GRENZE;
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_EINKOMMEN, i);
        return wgi_fehler_setzen(r, WG_E_GRENZE, feld, "mehr als %d Einkommensangaben je Mitglied", WG_MAX_EINKOMMEN);
    }
    if (m->anzahl_einkommen > 0 && !m->einkommen) {
        if (!r) return WG_E_ARGUMENT;
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_EINKOMMEN, i);
        return wgi_fehler_setzen(r, WG_E_ARGUMENT, feld, "einkommen ist NULL");
    }
    for (size_t j = 0; !ohne_posten && j < m->anzahl_einkommen; j++)
        if (!wgi_einkommen_ok(&m->einkommen[j])) return wgi_einkommen_pruefen(&m->einkommen[j], r, i, j);
    if (m->anzahl_unterhalt > WG_MAX_UNTERHALT) {
        if (!r) return WG_E_GRENZE;
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_UNTERHALT_GEZAHLT, i);
        return wgi_fehler_setzen(r, WG_E_GRENZE, feld, "mehr als %d Unterhaltszahlungen je Mitglied", WG_MAX_UNTERHALT);
    }
    if (m->anzahl_unterhalt > 0 && !m->unterhalt) {
        if (!r) return WG_E_ARGUMENT;
        snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_UNTERHALT_GEZAHLT, i);
        return wgi_fehler_setzen(r, WG_E_ARGUMENT, feld, "unterhalt ist NULL");
    }
    for (size_t j = 0; j < m->anzahl_unterhalt; j++) {
        const wg_unterhalt *u = &m->unterhalt[j];
        if ((unsigned)u->empfaenger >= WG_UNTERHALT_ANZAHL) {
            if (!r) return WG_E_ART_UNBEKANNT;
            snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_UNTERHALT_GEZAHLT "[%zu]." WG_F_EMPFAENGER, i, j);
            return wgi_fehler_setzen(r, WG_E_ART_UNBEKANNT, feld, "unbekannter Unterhaltsempfänger");
        }
        if (!wgi_betrag_ok(u->betrag_cent, false)) {
            if (!r) return wgi_betrag_code_(u->betrag_cent);
            snprintf(feld, sizeof feld, WG_F_MITGLIEDER "[%zu]." WG_F_UNTERHALT_GEZAHLT "[%zu].%s", i, j,
                     u->jaehrlich ? WG_F_BETRAG_JAHR : WG_F_BETRAG_MONAT);
            return wgi_betrag_fehler_(r, u->betrag_cent, feld);
        }
    }
    return WG_OK;
}

/* an error of the household's own fields: the code alone when silent */
#define WGI_PRUEF_FEHLER(code, feld, ...) return r ? wgi_fehler_setzen(r, (code), (feld), __VA_ARGS__) : (code)

static inline wg_status wgi_betrag_pruefen_(wg_ergebnis *r, int64_t cent, const char *feld)
{
    if (wgi_betrag_ok(cent, false)) return WG_OK;
    return r ? wgi_betrag_fehler_(r, cent, feld) : wgi_betrag_code_(cent);
}

static inline wg_status wgi_haushalt_felder_pruefen(const wg_haushalt *h, wg_ergebnis *r)
{
    wg_status s;
    if (!wgi_datum_gueltig(&h->stichtag)) WGI_PRUEF_FEHLER(WG_E_DATUM_UNGUELTIG, WG_F_STICHTAG, "kein gültiges Kalenderdatum");
    if (h->mietenstufe == 0 && !h->gemeinde) WGI_PRUEF_FEHLER(WG_E_FELD_FEHLT, WG_F_MIETENSTUFE, "Mietenstufe oder Gemeinde fehlt");
    if (h->mietenstufe != 0 && (h->mietenstufe < 1 || h->mietenstufe > WGI_MAX_STUFEN))
        WGI_PRUEF_FEHLER(WG_E_MIETENSTUFE_UNGUELTIG, WG_F_MIETENSTUFE, "Mietenstufe muss zwischen 1 und 7 liegen (§ 12 Abs. 5 WoGG)");
    if (!h->hat_wohnkosten && !h->heimbewohner)
        WGI_PRUEF_FEHLER(WG_E_FELD_FEHLT, WG_F_WOHNKOSTEN, "Miete oder Belastung fehlt (nur bei Heimbewohnern entbehrlich, § 9 Abs. 3 WoGG)");
    if (h->hat_wohnkosten) {
        if ((unsigned)h->wohnkosten_art > WG_BELASTUNG)
            WGI_PRUEF_FEHLER(WG_E_ART_UNBEKANNT, WG_F_WOHNKOSTEN "." WG_F_ART, "Art muss miete oder belastung sein");
        if ((s = wgi_betrag_pruefen_(r, h->wohnkosten_cent, WG_F_WOHNKOSTEN "." WG_F_BETRAG_MONAT))) return s;
        if ((s = wgi_betrag_pruefen_(r, h->abzuege_cent, WG_F_WOHNKOSTEN "." WG_F_ABZUEGE_MONAT))) return s;
        if (h->pauschalen.heizung &&
            (h->pauschalen.heizung_qm_hundertstel < 0 || h->pauschalen.heizung_qm_hundertstel > WGI_MAX_QM_HUNDERTSTEL))
            WGI_PRUEF_FEHLER(WG_E_WERT_UNGUELTIG, WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_HEIZUNG_QM, "Wohnfläche muss zwischen 0 und 100 000 m² liegen");
    }
    if (h->hat_vermoegen && (s = wgi_betrag_pruefen_(r, h->vermoegen_cent, WG_F_VERMOEGEN))) return s;
    if (h->hat_gesamteinkommen && (s = wgi_betrag_pruefen_(r, h->gesamteinkommen_monat_cent, WG_F_GESAMTEINKOMMEN_MONAT))) return s;
    if ((unsigned)h->auslegung.zwischenrundung > WG_RUNDUNG_ABSCHNEIDEN)
        WGI_PRUEF_FEHLER(WG_E_WERT_UNGUELTIG, WG_F_AUSLEGUNG "." WG_F_ZWISCHENRUNDUNG, "unbekannter Wert");
    if ((unsigned)h->auslegung.ueber_12_mitglieder > WG_UEBER12_TATSAECHLICHE_ZAHL)
        WGI_PRUEF_FEHLER(WG_E_WERT_UNGUELTIG, WG_F_AUSLEGUNG "." WG_F_UEBER_12_MITGLIEDER, "unbekannter Wert");
    if (h->anzahl_mitglieder == 0)
        WGI_PRUEF_FEHLER(WG_E_WERT_UNGUELTIG, WG_F_MITGLIEDER, "der Haushalt braucht mindestens ein Mitglied (§ 5 WoGG)");
    if (h->anzahl_mitglieder > WG_MAX_MITGLIEDER)
        WGI_PRUEF_FEHLER(WG_E_GRENZE, WG_F_MITGLIEDER, "mehr als %d Haushaltsmitglieder", WG_MAX_MITGLIEDER);
    if (!h->mitglieder) WGI_PRUEF_FEHLER(WG_E_ARGUMENT, WG_F_MITGLIEDER, "mitglieder ist NULL");
    return WG_OK;
}

static inline wg_status wgi_haushalt_pruefen(const wg_haushalt *h, wg_ergebnis *r)
{
    wg_status s = wgi_haushalt_felder_pruefen(h, r);
    for (size_t i = 0; s == WG_OK && i < h->anzahl_mitglieder; i++) s = wgi_mitglied_pruefen(&h->mitglieder[i], &h->stichtag, r, i, false);
    return s;
}

#endif
