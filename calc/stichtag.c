/*
 * stichtag.c — one household at one Stichtag with the whole derivation, in the order of
 * docs/rechenweg.md: check the record (errors first, pruefung.h), choose the Rechtsstand (§ 0,
 * rechtsstand.c), household size and the no-claim reasons that need no amount (§ 21 Nr. 2,
 * § 20 Abs. 2, § 21 Nr. 3; haushalt.c), income (§§ 13–18, 17a; einkommen.c), rent (§§ 9–12;
 * miete.c), the formula and § 21 Nr. 1 (§ 19, Anlage 3; wohngeld.c).
 *
 * Exports: wgi_berechnen_stichtag (rechnung.h).
 */
#include "rechnung.h"

#include <string.h>

static void abschliessen(wg_ergebnis *r)
{
    for (size_t i = 0; i < r->anzahl_schritte; i++) {
        r->schritte[i].paragraph = r->schritte_i[i].paragraph;
        r->schritte[i].text = r->arena + r->schritte_i[i].text;
        r->schritte[i].wert = r->arena + r->schritte_i[i].wert;
    }
}

static wg_status rechnen(const wg_engine *e, const wg_haushalt *h, const wgi_periode *fest, int stufe_tag,
                         wg_ergebnis *r, unsigned optionen);

wg_status wgi_berechnen_stichtag(const wg_engine *e, const wg_haushalt *h, wg_ergebnis *r, unsigned optionen)
{
    return rechnen(e, h, NULL, 0, r, optionen);
}

wg_status wgi_berechnen_recht(const wg_engine *e, const wg_haushalt *h, const wgi_periode *p, int stufe_tag,
                              wg_ergebnis *r, unsigned optionen)
{
    return rechnen(e, h, p, stufe_tag, r, optionen);
}

static wg_status rechnen(const wg_engine *e, const wg_haushalt *h, const wgi_periode *fest, int stufe_tag,
                         wg_ergebnis *r, unsigned optionen)
{
    wgi_ergebnis_zuruecksetzen(r);
    if (!e || !h) return wgi_fehler_setzen(r, WG_E_ARGUMENT, "", "engine oder haushalt ist NULL");
    if (h->id) r->id = wgi_arena_text(r, h->id, strlen(h->id));
    r->auslegung = h->auslegung;

    wgi_rechnung c;
    memset(&c, 0, sizeof c);
    c.e = e;
    c.h = h;
    c.r = r;
    c.schritte = !(optionen & WG_OHNE_SCHRITTE);
    c.rundung = h->auslegung.zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? WGI_RUNDEN_ABSCHNEIDEN
                                                                      : WGI_RUNDEN_HALB_WEG_VON_NULL;
    c.stichtag = h->stichtag;
    c.fest = fest;
    c.stufe_tag = stufe_tag;

    wg_status s = wgi_haushalt_pruefen(h, r);
    if (s == WG_OK) s = wgi_rechtsstand_waehlen(&c);
    bool formel = false;
    if (s == WG_OK && wgi_haushalt_groesse(&c) && wgi_vermoegen_pruefen(&c)) {
        wgi_einkommen_berechnen(&c);
        wgi_miete_berechnen(&c);
        wgi_wohngeld_berechnen(&c);
        formel = true;
    }
    if (s == WG_OK && r->status == WG_OK) {
        /* the same parts the bulk walk hands the hints (wgi_satz_teile, wg_kurz) */
        const wgi_satz_teile t = {.p = c.p, .formel = formel, .gesamteinkommen = c.gesamteinkommen_jahr, .miete = c.miete};
        const wg_kurz k = {.mietenstufe = c.mietenstufe, .n_kap = c.n_kap, .wohngeld_monat = r->wohngeld};
        wgi_plausibilitaet(e, h, &t, &k, r);
    }
    if (r->speicher_fehlt) {
        r->anzahl_schritte = 0;
        r->arena_len = 0;
        r->id = 0;
        r->anspruch = false;
        r->wohngeld = 0;
        return wgi_fehler_setzen(r, WG_E_SPEICHER, "", "%s", wg_status_text(WG_E_SPEICHER));
    }
    if (r->status != WG_OK) {
        r->anspruch = false;
        r->wohngeld = 0;
        r->grund = WG_GRUND_KEINER;
    }
    abschliessen(r);
    return r->status;
}
