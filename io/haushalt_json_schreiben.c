/*
 * haushalt_json_schreiben.c — a wg_haushalt as a household record (records.md), the inverse of
 * haushalt_json.c: every field that differs from its default is written, money as exact decimal
 * strings. Used to store households built in code and by the round-trip tests (reading what is
 * written gives the same household, so the same result).
 */
#include "puffer.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <string.h>

wgi_puffer *wgi_json_ausgabe(wg_json *j);

static void geld(wgi_puffer *p, const char *name, int64_t cent)
{
    wgi_puffer_cstr(p, ",\"");
    wgi_puffer_cstr(p, name);
    wgi_puffer_cstr(p, "\":\"");
    wgi_puffer_cent(p, cent);
    wgi_puffer_zeichen(p, '"');
}

static void wahr(wgi_puffer *p, const char *name, bool v, bool standard)
{
    if (v == standard) return;
    wgi_puffer_cstr(p, ",\"");
    wgi_puffer_cstr(p, name);
    wgi_puffer_cstr(p, v ? "\":true" : "\":false");
}

static void text(wgi_puffer *p, const char *name, const char *v)
{
    if (!v) return;
    wgi_puffer_cstr(p, ",\"");
    wgi_puffer_cstr(p, name);
    wgi_puffer_cstr(p, "\":");
    wgi_puffer_json_text(p, v, strlen(v));
}

static void datum(wgi_puffer *p, const char *name, const wg_datum *d)
{
    char b[64];
    int n = snprintf(b, sizeof b, ",\"%s\":\"%04d-%02d-%02d\"", name, d->jahr, d->monat, d->tag);
    wgi_puffer_text(p, b, (size_t)n);
}

const char *wg_json_haushalt_schreiben(wg_json *j, const wg_haushalt *h, size_t *len)
{
    wgi_puffer *p = wgi_json_ausgabe(j);
    char b[96];
    wgi_puffer_leeren(p);
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-haushalt/1\"");
    text(p, "id", h->id);
    if (h->hat_zeitraum) {
        int n = snprintf(b, sizeof b, ",\"zeitraum\":{\"von\":\"%04d-%02d\",\"bis\":\"%04d-%02d\"}", h->von_jahr,
                         h->von_monat, h->bis_jahr, h->bis_monat);
        wgi_puffer_text(p, b, (size_t)n);
    } else {
        datum(p, "stichtag", &h->stichtag);
    }
    text(p, "rechtsstand", h->rechtsstand);
    if (h->mietenstufe) {
        int n = snprintf(b, sizeof b, ",\"mietenstufe\":%d", h->mietenstufe);
        wgi_puffer_text(p, b, (size_t)n);
    }
    text(p, "gemeinde", h->gemeinde);
    if (h->hat_wohnkosten) {
        wgi_puffer_cstr(p, ",\"wohnkosten\":{\"art\":");
        wgi_puffer_cstr(p, h->wohnkosten_art == WG_BELASTUNG ? "\"belastung\"" : "\"miete\"");
        geld(p, "betrag_monat", h->wohnkosten_cent);
        if (h->abzuege_cent) geld(p, "abzuege_monat", h->abzuege_cent);
        const wg_pauschalen *pa = &h->pauschalen;
        if (pa->heizung || pa->warmwasser || pa->haushaltsenergie || pa->garage || pa->stellplatz) {
            wgi_puffer_cstr(p, pa->warmwasser ? ",\"pauschalen\":{\"warmwasser\":true" : ",\"pauschalen\":{\"warmwasser\":false");
            if (pa->heizung) geld(p, "heizung_qm", pa->heizung_qm_hundertstel);
            wahr(p, "haushaltsenergie", pa->haushaltsenergie, false);
            wahr(p, "garage", pa->garage, false);
            wahr(p, "stellplatz", pa->stellplatz, false);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_zeichen(p, '}');
    }
    wahr(p, "heimbewohner", h->heimbewohner, false);
    if (h->hat_vermoegen) geld(p, "vermoegen", h->vermoegen_cent);
    wahr(p, "alleinerziehend", h->alleinerziehend, false);
    if (h->hat_gesamteinkommen) geld(p, "gesamteinkommen_monat", h->gesamteinkommen_monat_cent);
    const wg_auslegung *a = &h->auslegung;
    wgi_puffer_cstr(p, ",\"auslegung\":{\"zwischenrundung\":");
    wgi_puffer_cstr(p, a->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? "\"abschneiden\"" : "\"kaufmaennisch\"");
    wahr(p, "deckelung_auf_miete", a->deckelung_auf_miete, !a->deckelung_auf_miete);
    wgi_puffer_cstr(p, ",\"ueber_12_mitglieder\":");
    wgi_puffer_cstr(p, a->ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL ? "\"tatsaechliche_zahl\"" : "\"werte_fuer_12\"");
    wahr(p, "mindestmiete_nach_entlastung", a->mindestmiete_nach_entlastung, !a->mindestmiete_nach_entlastung);
    wgi_puffer_cstr(p, "},\"mitglieder\":[");
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        wgi_puffer_cstr(p, i ? ",{" : "{");
        wgi_puffer_cstr(p, m->zu_beruecksichtigen ? "\"zu_beruecksichtigen\":true" : "\"zu_beruecksichtigen\":false");
        text(p, "id", m->id);
        text(p, "ausschlussgrund", m->ausschlussgrund);
        if (m->alter >= 0) {
            int n = snprintf(b, sizeof b, ",\"alter\":%d", m->alter);
            wgi_puffer_text(p, b, (size_t)n);
        }
        if (m->hat_geburtsdatum) datum(p, "geburtsdatum", &m->geburtsdatum);
        wahr(p, "kind_eines_mitglieds", m->kind_eines_mitglieds, false);
        wahr(p, "abzug_steuern", m->abzug_steuern, false);
        wahr(p, "abzug_kranken_pflege", m->abzug_kranken_pflege, false);
        wahr(p, "abzug_rente", m->abzug_rente, false);
        wahr(p, "schwerbehindert_pflege", m->schwerbehindert_pflege, false);
        wahr(p, "ns_verfolgt", m->ns_verfolgt, false);
        wahr(p, "grundrentenzeiten_33_jahre", m->grundrentenzeiten_33_jahre, false);
        wahr(p, "ausbildungsfoerderung_dem_grunde_nach", m->ausbildungsfoerderung_dem_grunde_nach, false);
        if (m->hat_jahreseinkommen) geld(p, "jahreseinkommen", m->jahreseinkommen_cent);
        wgi_puffer_cstr(p, ",\"einkommen\":[");
        for (size_t k = 0; k < m->anzahl_einkommen; k++) {
            const wg_einkommen *e = &m->einkommen[k];
            wgi_puffer_cstr(p, k ? ",{\"art\":" : "{\"art\":");
            const char *art = wg_einkommensart_name(e->art);
            wgi_puffer_json_text(p, art, strlen(art));
            geld(p, e->jaehrlich ? "betrag_jahr" : "betrag_monat", e->betrag_cent);
            if (e->hat_werbungskosten) geld(p, "werbungskosten_jahr", e->werbungskosten_jahr_cent);
            wahr(p, "plus", e->plus, false);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "],\"unterhalt_gezahlt\":[");
        for (size_t k = 0; k < m->anzahl_unterhalt; k++) {
            const wg_unterhalt *u = &m->unterhalt[k];
            wgi_puffer_cstr(p, k ? ",{\"empfaenger\":" : "{\"empfaenger\":");
            const char *em = wg_unterhalt_empfaenger_name(u->empfaenger);
            wgi_puffer_json_text(p, em, strlen(em));
            geld(p, u->jaehrlich ? "betrag_jahr" : "betrag_monat", u->betrag_cent);
            wahr(p, "tituliert", u->tituliert, false);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "]}");
    }
    wgi_puffer_cstr(p, "]}");
    if (p->fehler) return NULL;
    *len = p->len;
    return p->daten;
}
