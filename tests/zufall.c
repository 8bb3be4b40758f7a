/* zufall.c — random households for the property tests; see zufall.h. */
#include "zufall.h"

static uint64_t zustand;
void zufall_saat(uint64_t saat) { zustand = saat; }
uint64_t zufall(void)
{
    zustand ^= zustand >> 12;
    zustand ^= zustand << 25;
    zustand ^= zustand >> 27;
    return zustand * 2685821657736338717ULL;
}
int64_t bis(int64_t n) { return (int64_t)(zufall() % (uint64_t)n); }
bool ab_und_zu(int prozent) { return bis(100) < prozent; }

static const char *const orte[] = {"04011000", "04012000", "14729150", "09162000", "01054005", "03403000", "14713000"};

void zufallshaushalt(speicher *s, int jahr_von, int jahr_bis)
{
    wg_haushalt *h = &s->h;
    wg_haushalt_init(h);
    h->id = "zufall";
    h->stichtag = (wg_datum){(int)(jahr_von + bis(jahr_bis - jahr_von + 1)), (int)(1 + bis(12)), (int)(1 + bis(28))};
    h->mietenstufe = (int)(1 + bis(jahr_bis < 2020 ? 6 : 7));
    if (h->stichtag.jahr >= 2023 && ab_und_zu(20)) {
        h->mietenstufe = 0;
        h->gemeinde = orte[bis(sizeof orte / sizeof orte[0])];
    }
    if (ab_und_zu(5)) {
        h->heimbewohner = true;
    } else {
        h->hat_wohnkosten = true;
        h->wohnkosten_art = ab_und_zu(20) ? WG_BELASTUNG : WG_MIETE;
        h->wohnkosten_cent = bis(200000);
        if (ab_und_zu(10)) h->abzuege_cent = bis(10000);
        if (ab_und_zu(10)) {
            h->pauschalen.heizung = true;
            h->pauschalen.heizung_qm_hundertstel = bis(15000);
            h->pauschalen.warmwasser = ab_und_zu(50);
            h->pauschalen.haushaltsenergie = ab_und_zu(50);
            h->pauschalen.garage = ab_und_zu(30);
        }
    }
    if (ab_und_zu(10)) { h->hat_vermoegen = true; h->vermoegen_cent = bis(20000000); }
    h->alleinerziehend = ab_und_zu(10);
    h->auslegung.zwischenrundung = ab_und_zu(20) ? WG_RUNDUNG_ABSCHNEIDEN : WG_RUNDUNG_KAUFMAENNISCH;
    h->auslegung.deckelung_auf_miete = ab_und_zu(20);
    h->auslegung.ueber_12_mitglieder = ab_und_zu(20) ? WG_UEBER12_TATSAECHLICHE_ZAHL : WG_UEBER12_WERTE_FUER_12;
    h->auslegung.mindestmiete_nach_entlastung = !ab_und_zu(20);
    if (ab_und_zu(5) && h->stichtag.jahr >= 2027) h->rechtsstand = "2027-entwurf";
    int n = ab_und_zu(90) ? (int)(1 + bis(5)) : (int)(6 + bis(10));
    if (ab_und_zu(10)) { h->hat_gesamteinkommen = true; h->gesamteinkommen_monat_cent = bis(600000); }
    for (int i = 0; i < n; i++) {
        wg_mitglied *m = &s->m[i];
        wg_mitglied_init(m);
        m->zu_beruecksichtigen = !ab_und_zu(8);
        m->alter = ab_und_zu(80) ? (int)bis(90) : -1;
        m->kind_eines_mitglieds = i > 0 && ab_und_zu(50);
        m->abzug_steuern = ab_und_zu(40);
        m->abzug_kranken_pflege = ab_und_zu(60);
        m->abzug_rente = ab_und_zu(40);
        m->schwerbehindert_pflege = ab_und_zu(5);
        m->ns_verfolgt = ab_und_zu(2);
        m->grundrentenzeiten_33_jahre = ab_und_zu(10);
        m->ausbildungsfoerderung_dem_grunde_nach = ab_und_zu(5);
        if (ab_und_zu(5)) { m->hat_jahreseinkommen = true; m->jahreseinkommen_cent = bis(4000000); }
        if (ab_und_zu(10)) {
            /* a birth date up to 90 years before the Stichtag, never after it */
            m->hat_geburtsdatum = true;
            m->geburtsdatum = (wg_datum){h->stichtag.jahr - 1 - (int)bis(90), (int)(1 + bis(12)), (int)(1 + bis(28))};
        }
        int k = (int)bis(4);
        for (int j = 0; j < k; j++) {
            wg_einkommen *e = &s->e[i][j];
            wg_einkommen_init(e);
            e->art = (wg_einkommensart)bis(WG_ART_ANZAHL);
            e->jaehrlich = ab_und_zu(20);
            e->betrag_cent = bis(e->jaehrlich ? 5000000 : 400000);
            bool verlust = e->art == WG_ART_SELBSTAENDIG || e->art == WG_ART_GEWERBE || e->art == WG_ART_KAPITAL ||
                           e->art == WG_ART_LAND_FORST || e->art == WG_ART_VERMIETUNG;
            if (verlust && ab_und_zu(20)) e->betrag_cent = -e->betrag_cent;
            if (ab_und_zu(10)) { e->hat_werbungskosten = true; e->werbungskosten_jahr_cent = bis(300000); }
            e->plus = ab_und_zu(30);
        }
        m->einkommen = s->e[i];
        m->anzahl_einkommen = (size_t)k;
        if (ab_und_zu(5)) {
            wg_unterhalt *u = &s->u[i][0];
            u->empfaenger = (wg_unterhalt_empfaenger)bis(WG_UNTERHALT_ANZAHL);
            u->betrag_cent = bis(100000);
            u->jaehrlich = ab_und_zu(30);
            if (u->jaehrlich) u->betrag_cent *= 12;
            u->tituliert = ab_und_zu(30);
            m->unterhalt = s->u[i];
            m->anzahl_unterhalt = 1;
        }
    }
    h->mitglieder = s->m;
    h->anzahl_mitglieder = (size_t)n;
    if (ab_und_zu(5)) {
        h->hat_zeitraum = true;
        h->von_jahr = h->stichtag.jahr;
        h->von_monat = h->stichtag.monat;
        int dauer = (int)bis(12);
        h->bis_jahr = h->von_jahr + (h->von_monat + dauer - 1) / 12;
        h->bis_monat = (h->von_monat + dauer - 1) % 12 + 1;
    }
}

