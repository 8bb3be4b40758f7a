/*
 * haushalt_json_schreiben.c — a wg_haushalt as a household record (records.md), the inverse of
 * haushalt_json.c: every field that differs from its default is written, money as exact decimal
 * strings. Used to store households built in code and by the round-trip tests (reading what is
 * written gives the same household, so the same result).
 */
#include "ausgabe.h"
#include "puffer.h"
#include "vokabular.h"
#include "wohngeld_json.h"

#include <stdio.h>
#include <string.h>


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

/* Appends h as a record to p (also for the witnesses of wg_json_spanne_schreiben). */
void wgi_json_haushalt_anhaengen(wgi_puffer *p, const wg_haushalt *h);
void wgi_json_haushalt_anhaengen(wgi_puffer *p, const wg_haushalt *h)
{
    char b[96];
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-haushalt/1\"");
    text(p, WG_F_ID, h->id);
    if (h->hat_zeitraum) {
        int n = snprintf(b, sizeof b, ",\"" WG_F_ZEITRAUM "\":{\"" WG_F_VON "\":\"%04d-%02d\",\"" WG_F_BIS "\":\"%04d-%02d\"}", h->von_jahr,
                         h->von_monat, h->bis_jahr, h->bis_monat);
        wgi_puffer_text(p, b, (size_t)n);
    } else {
        datum(p, WG_F_STICHTAG, &h->stichtag);
    }
    text(p, WG_F_RECHTSSTAND, h->rechtsstand);
    if (h->mietenstufe) {
        int n = snprintf(b, sizeof b, ",\"" WG_F_MIETENSTUFE "\":%d", h->mietenstufe);
        wgi_puffer_text(p, b, (size_t)n);
    }
    text(p, WG_F_GEMEINDE, h->gemeinde);
    if (h->hat_wohnkosten) {
        wgi_puffer_cstr(p, ",\"" WG_F_WOHNKOSTEN "\":{\"" WG_F_ART "\":");
        wgi_puffer_zeichen(p, '"');
        wgi_puffer_cstr(p, wgi_wohnkosten_art_namen[h->wohnkosten_art == WG_BELASTUNG]);
        wgi_puffer_zeichen(p, '"');
        geld(p, WG_F_BETRAG_MONAT, h->wohnkosten_cent);
        if (h->abzuege_cent) geld(p, WG_F_ABZUEGE_MONAT, h->abzuege_cent);
        const wg_pauschalen *pa = &h->pauschalen;
        if (pa->heizung || pa->warmwasser || pa->haushaltsenergie || pa->garage || pa->stellplatz) {
            wgi_puffer_cstr(p, pa->warmwasser ? ",\"" WG_F_PAUSCHALEN "\":{\"" WG_F_WARMWASSER "\":true" : ",\"" WG_F_PAUSCHALEN "\":{\"" WG_F_WARMWASSER "\":false");
            if (pa->heizung) geld(p, WG_F_HEIZUNG_QM, pa->heizung_qm_hundertstel);
            wahr(p, WG_F_HAUSHALTSENERGIE, pa->haushaltsenergie, false);
            wahr(p, WG_F_GARAGE, pa->garage, false);
            wahr(p, WG_F_STELLPLATZ, pa->stellplatz, false);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_zeichen(p, '}');
    }
    wahr(p, WG_F_HEIMBEWOHNER, h->heimbewohner, false);
    if (h->hat_vermoegen) geld(p, WG_F_VERMOEGEN, h->vermoegen_cent);
    wahr(p, WG_F_ALLEINERZIEHEND, h->alleinerziehend, false);
    if (h->hat_gesamteinkommen) geld(p, WG_F_GESAMTEINKOMMEN_MONAT, h->gesamteinkommen_monat_cent);
    const wg_auslegung *a = &h->auslegung;
    wgi_puffer_cstr(p, ",\"" WG_F_AUSLEGUNG "\":{\"" WG_F_ZWISCHENRUNDUNG "\":");
    wgi_puffer_zeichen(p, '"');
    wgi_puffer_cstr(p, wgi_zwischenrundung_namen[a->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN]);
    wgi_puffer_zeichen(p, '"');
    wahr(p, WG_F_DECKELUNG_AUF_MIETE, a->deckelung_auf_miete, !a->deckelung_auf_miete);
    wgi_puffer_cstr(p, ",\"" WG_F_UEBER_12_MITGLIEDER "\":");
    wgi_puffer_zeichen(p, '"');
    wgi_puffer_cstr(p, wgi_ueber12_namen[a->ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL]);
    wgi_puffer_zeichen(p, '"');
    wahr(p, WG_F_MINDESTMIETE_NACH_ENTLASTUNG, a->mindestmiete_nach_entlastung, !a->mindestmiete_nach_entlastung);
    wgi_puffer_cstr(p, "},\"" WG_F_MITGLIEDER "\":[");
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        wgi_puffer_cstr(p, i ? ",{" : "{");
        wgi_puffer_cstr(p, m->zu_beruecksichtigen ? "\"" WG_F_ZU_BERUECKSICHTIGEN "\":true" : "\"" WG_F_ZU_BERUECKSICHTIGEN "\":false");
        text(p, WG_F_ID, m->id);
        text(p, WG_F_AUSSCHLUSSGRUND, m->ausschlussgrund);
        if (m->alter >= 0) {
            int n = snprintf(b, sizeof b, ",\"" WG_F_ALTER "\":%d", m->alter);
            wgi_puffer_text(p, b, (size_t)n);
        }
        if (m->hat_geburtsdatum) datum(p, WG_F_GEBURTSDATUM, &m->geburtsdatum);
        wahr(p, WG_F_KIND_EINES_MITGLIEDS, m->kind_eines_mitglieds, false);
        wahr(p, WG_F_ABZUG_STEUERN, m->abzug_steuern, false);
        wahr(p, WG_F_ABZUG_KRANKEN_PFLEGE, m->abzug_kranken_pflege, false);
        wahr(p, WG_F_ABZUG_RENTE, m->abzug_rente, false);
        wahr(p, WG_F_SCHWERBEHINDERT_PFLEGE, m->schwerbehindert_pflege, false);
        wahr(p, WG_F_NS_VERFOLGT, m->ns_verfolgt, false);
        wahr(p, WG_F_GRUNDRENTENZEITEN_33_JAHRE, m->grundrentenzeiten_33_jahre, false);
        wahr(p, WG_F_AUSBILDUNGSFOERDERUNG_DEM_GRUNDE_NACH, m->ausbildungsfoerderung_dem_grunde_nach, false);
        if (m->hat_jahreseinkommen) geld(p, WG_F_JAHRESEINKOMMEN, m->jahreseinkommen_cent);
        wgi_puffer_cstr(p, ",\"" WG_F_EINKOMMEN "\":[");
        for (size_t k = 0; k < m->anzahl_einkommen; k++) {
            const wg_einkommen *e = &m->einkommen[k];
            wgi_puffer_cstr(p, k ? ",{\"" WG_F_ART "\":" : "{\"" WG_F_ART "\":");
            const char *art = wg_einkommensart_name(e->art);
            wgi_puffer_json_text(p, art, strlen(art));
            geld(p, e->jaehrlich ? WG_F_BETRAG_JAHR : WG_F_BETRAG_MONAT, e->betrag_cent);
            if (e->hat_werbungskosten) geld(p, WG_F_WERBUNGSKOSTEN_JAHR, e->werbungskosten_jahr_cent);
            wahr(p, WG_F_PLUS, e->plus, false);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "],\"" WG_F_UNTERHALT_GEZAHLT "\":[");
        for (size_t k = 0; k < m->anzahl_unterhalt; k++) {
            const wg_unterhalt *u = &m->unterhalt[k];
            wgi_puffer_cstr(p, k ? ",{\"" WG_F_EMPFAENGER "\":" : "{\"" WG_F_EMPFAENGER "\":");
            const char *em = wg_unterhalt_empfaenger_name(u->empfaenger);
            wgi_puffer_json_text(p, em, strlen(em));
            geld(p, u->jaehrlich ? WG_F_BETRAG_JAHR : WG_F_BETRAG_MONAT, u->betrag_cent);
            wahr(p, WG_F_TITULIERT, u->tituliert, false);
            wgi_puffer_zeichen(p, '}');
        }
        wgi_puffer_cstr(p, "]}");
    }
    wgi_puffer_cstr(p, "]}");
}

const char *wg_json_haushalt_schreiben(wg_json *j, const wg_haushalt *h, size_t *len)
{
    if (!j || !h || !wgi_haushalt_listen_da(h)) return NULL;
    wgi_puffer *p = wgi_json_ausgabe(j);
    wgi_puffer_leeren(p);
    wgi_json_haushalt_anhaengen(p, h);
    return wgi_json_fertig(p, len);
}
