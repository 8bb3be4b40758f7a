/*
 * fall.c — a running award through its Bewilligungszeitraum (docs/laufende-faelle.md): the
 * public API of running cases and the order of the steps of wg_fall_rechnen. The rules live in
 * the files fall_intern.h lists, each once:
 *   § 22 Abs. 4, § 25 Abs. 2–5      fall_eingabe.c      §§ 41–44        fall_recht.c
 *   § 27 (what is compared)        fall_vergleich.c    §§ 27, 28, 6 Abs. 2 fall_entscheiden.c
 *   § 50 SGB X, §§ 29, 30a         fall_geld.c         § 31a SGB X     fall_aussteuerung.c
 *
 * Exports (public, wohngeld_fall.h): wg_fall_init, wg_fall_einstellungen_init,
 * wg_vergleich_y_name, wg_ereignis_name, wg_fall_ergebnis_neu/_frei, wg_fall_rechnen, the
 * wg_fall_ergebnis_* readers, wg_fall_monat_herleitung, wg_fall_hinweis_herleitung.
 */
#include "datum.h"
#include "fall_intern.h"

#include <stdlib.h>
#include <string.h>

/* ---- the record's defaults and names ---- */

void wg_fall_init(wg_fall *f)
{
    if (!f) return;
    memset(f, 0, sizeof *f);
    wg_haushalt_init(&f->haushalt);
}

void wg_fall_einstellungen_init(wg_fall_einstellungen *s)
{
    if (!s) return;
    s->voruebergehend_bis_monate = 2;
    s->vergleich_y = WG_VERGLEICH_Y_GESAMTEINKOMMEN;
    s->daten_max_alter_monate = 3;
    s->erstattung_grenze = 1000;
    s->frist_warnung_tage = 30;
}

const char *wg_vergleich_y_name(wg_vergleich_y v) { return v == WG_VERGLEICH_Y_FORMELWERT ? "formelwert" : "gesamteinkommen"; }

const char *wg_ereignis_name(wg_ereignis_art a)
{
    static const char *const namen[WG_EREIGNIS_ANZAHL] = {"auszug", "einzug", "tod", "transferleistung", "nutzungsaufgabe",
                                                         "antrag_erhoehung"};
    return (unsigned)a < WG_EREIGNIS_ANZAHL ? namen[a] : "";
}

/* ---- the result ---- */

wg_fall_ergebnis *wg_fall_ergebnis_neu(void) { return calloc(1, sizeof(wg_fall_ergebnis)); }

void wg_fall_ergebnis_frei(wg_fall_ergebnis *r)
{
    if (!r) return;
    free(r->monate);
    free(r->ent);
    free(r->hin);
    free(r->aus);
    free(r->schuldner);
    for (size_t i = 0; i < r->belegt_rechte; i++) free(r->rechte[i]);
    free(r->rechte);
    free(r->satz);
    wg_ergebnis_frei(r->pruef);
    wgi_zustaende_frei(&r->zs);
    free(r);
}

wg_status wg_fall_rechnen(const wg_engine *e, const wg_fall *f, const wg_fall_einstellungen *s, wg_fall_ergebnis *r)
{
    if (!r) return WG_E_ARGUMENT;
    r->status = WG_OK;
    memset(&r->fehler, 0, sizeof r->fehler);
    r->id = f ? f->id : NULL;
    r->anzahl_monate = r->anzahl_ent = r->anzahl_hin = r->anzahl_aus = r->anzahl_schuldner = 0;
    r->fall = f;
    r->anzahl_bew = r->naechste_bew = r->anzahl_rechte = 0;
    r->ueberzahlung = r->nachzahlung = r->erstattung = r->berechnet = 0;
    wg_fall_einstellungen_init(&r->einst);
    if (s) r->einst = *s;
    if (!e || !f) return wgi_fall_fehl(r, WG_E_ARGUMENT, "", "engine oder fall ist NULL");
    if (r->einst.voruebergehend_bis_monate < 0 || r->einst.voruebergehend_bis_monate > 24)
        return wgi_fall_fehl(r, WG_E_ARGUMENT, "voruebergehend_bis_monate", "0 bis 24 Monate erwartet");
    if (r->einst.daten_max_alter_monate < 0 || r->einst.daten_max_alter_monate > 120)
        return wgi_fall_fehl(r, WG_E_ARGUMENT, "daten_max_alter_monate", "0 bis 120 Monate erwartet");
    if (r->einst.erstattung_grenze < 0 || r->einst.erstattung_grenze > 1000000000)
        return wgi_fall_fehl(r, WG_E_ARGUMENT, "erstattung_grenze", "0 bis 1 000 000 000 Euro erwartet");
    if (r->einst.frist_warnung_tage < 0 || r->einst.frist_warnung_tage > 366)
        return wgi_fall_fehl(r, WG_E_ARGUMENT, "frist_warnung_tage", "0 bis 366 Tage erwartet");

    lauf l;
    memset(&l, 0, sizeof l);
    l.e = e;
    l.f = f;
    l.r = r;
    /* the months checked before any arithmetic on them (a year of INT_MAX from the C API);
     * eingabe_pruefen names the field */
    const bool monate_ok = wgi_monat_gueltig(f->von_jahr, f->von_monat) && wgi_monat_gueltig(f->bis_jahr, f->bis_monat);
    l.mi0 = monate_ok ? wgi_monatsindex_von(f->von_jahr, f->von_monat) : 0;
    l.monate = monate_ok ? wgi_monatsindex_von(f->bis_jahr, f->bis_monat) - l.mi0 + 1 : 0;
    l.v = monate_ok ? wgi_monatserster(l.mi0) : 0;
    l.extra = r->einst.voruebergehend_bis_monate + 1;
    const int antrag = wgi_datum_gueltig(&f->antrag) ? wgi_fall_antrag_gilt(wgi_datum_tag(&f->antrag), l.v) : 0;
    r->antrag_gilt = wgi_tag_datum(antrag);
    l.ende = wgi_monatserster(l.mi0 + l.monate);
    if (wgi_fall_eingabe_pruefen(&l, antrag) != WG_OK) return r->status;
    /* the evaluation date: default the last day of the BWZ; the decision date: entscheidung_am,
     * else stand (the deadline and § 30a are judged on it) */
    l.stand = f->hat_stand ? wgi_datum_tag(&f->stand) : wgi_tag_davor(l.ende);
    r->stand = wgi_tag_datum(l.stand);
    r->entscheidung_am = f->hat_entscheidung_am ? wgi_datum_tag(&f->entscheidung_am) : l.stand;
    r->entscheidung_bekannt = f->hat_entscheidung_am || f->hat_stand;

    if (wgi_zustaende_bilden(&r->zs, f, l.mi0, l.monate + l.extra, l.ende, &r->fehler) != WG_OK) {
        r->status = r->fehler.code;
        return r->status;
    }
    r->bescheid = f->haushalt;
    r->bescheid.stichtag = wgi_tag_datum(l.v);
    r->bescheid.hat_zeitraum = false;
    for (size_t i = 0; i < f->anzahl_verlauf; i++)
        if (wgi_datum_tag(&f->verlauf[i].ab) >= l.ende)
            wgi_fall_text_nach_bwz(r, (int)i, wgi_datum_tag(&f->verlauf[i].ab));

    /* the Bescheid: its amount as computed, and as granted */
    betrag b0;
    l.b[0] = (bescheid){0, -1, l.v, l.v, -1, false, NULL, -1};
    if (!wgi_fall_betrag_im_monat(e, r, -1, l.v, l.v, -1, l.v, &b0)) return r->status;
    r->berechnet = b0.betrag;
    if (f->hat_wohngeld_monat) {
        l.b[0].betrag_beginn = f->wohngeld_monat;
        if (f->wohngeld_monat != b0.betrag) wgi_fall_text_abweichung(r, b0.betrag, f->wohngeld_monat);
    }
    l.anzahl_b = 1;
    if (wgi_fall_entscheiden(&l) != WG_OK) return r->status;

    /* month by month: granted, due, paid (fall_geld.c); the law-change decisions; § 30a per
     * Aufhebung; the joint debtors; the reasons for a person */
    if (wgi_fall_monate_rechnen(&l) != WG_OK) return r->status;
    if (wgi_fall_rechtsaenderungen(&l) != WG_OK) return r->status;
    wgi_fall_erstattung_rechnen(&l);
    wgi_fall_entscheidungen_sortieren(r);
    if (!wgi_fall_schuldner_finden(&l)) return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher");
    wgi_fall_aussteuerung_sammeln(&l, l.erstattung_50_2);
    wgi_fall_zeiger_setzen(r);
    /* the status returned is the result's: an error recorded on the way is never reported as
     * a computed case (tests/fall.sh, batch --art fall counts it as rejected) */
    return r->status;
}

/* ---- readers ---- */

wg_status wg_fall_ergebnis_status(const wg_fall_ergebnis *r) { return r ? r->status : WG_E_ARGUMENT; }
const wg_fehler *wg_fall_ergebnis_fehler(const wg_fall_ergebnis *r) { return r && r->status != WG_OK ? &r->fehler : NULL; }
const char *wg_fall_ergebnis_id(const wg_fall_ergebnis *r) { return r && r->id ? r->id : ""; }
const wg_fall_einstellungen *wg_fall_ergebnis_einstellungen(const wg_fall_ergebnis *r) { return r ? &r->einst : NULL; }
wg_datum wg_fall_ergebnis_antrag_gilt(const wg_fall_ergebnis *r) { return r ? r->antrag_gilt : (wg_datum){0, 0, 0}; }
wg_datum wg_fall_ergebnis_stand(const wg_fall_ergebnis *r) { return r ? r->stand : (wg_datum){0, 0, 0}; }
wg_datum wg_fall_ergebnis_entscheidung_am(const wg_fall_ergebnis *r)
{
    return r ? wgi_tag_datum(r->entscheidung_am) : (wg_datum){0, 0, 0};
}
int64_t wg_fall_ergebnis_berechnet(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->berechnet : 0; }
size_t wg_fall_ergebnis_anzahl_monate(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_monate : 0; }
const wg_fall_monat *wg_fall_ergebnis_monat(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_monate(r) ? &r->monate[i].pub : NULL;
}
size_t wg_fall_ergebnis_anzahl_entscheidungen(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_ent : 0; }
const wg_fall_entscheidung *wg_fall_ergebnis_entscheidung(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_entscheidungen(r) ? &r->ent[i].pub : NULL;
}
size_t wg_fall_ergebnis_anzahl_hinweise(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_hin : 0; }
const wg_fall_hinweis *wg_fall_ergebnis_hinweis(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_hinweise(r) ? &r->hin[i].pub : NULL;
}
int64_t wg_fall_ergebnis_ueberzahlung(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->ueberzahlung : 0; }
int64_t wg_fall_ergebnis_nachzahlung(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->nachzahlung : 0; }
int64_t wg_fall_ergebnis_erstattung(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->erstattung : 0; }
size_t wg_fall_ergebnis_anzahl_aussteuerungen(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_aus : 0; }
const wg_fall_aussteuerung *wg_fall_ergebnis_aussteuerung(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_aussteuerungen(r) ? &r->aus[i].pub : NULL;
}
size_t wg_fall_ergebnis_anzahl_schuldner(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_schuldner : 0; }
const char *wg_fall_ergebnis_schuldner(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_schuldner(r) ? r->schuldner[i] : NULL;
}

wg_status wg_fall_hinweis_herleitung(const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t i, wg_ergebnis *r)
{
    if (!e || !f || !fr || !r || i >= wg_fall_ergebnis_anzahl_hinweise(fr)) return WG_E_ARGUMENT;
    const hinweis_intern *h = &fr->hin[i];
    if (h->zustand < -1 || !h->g.p || strcmp(h->pub.code, "erhoehung_moeglich") != 0) return WG_E_ARGUMENT;
    wg_haushalt hh = wgi_fall_haushalt(fr, h->zustand, h->prognose);
    if (!hh.id) hh.id = f->id;
    return wgi_berechnen_recht(e, &hh, h->g.p, h->g.stufe_tag, r, 0);
}

wg_status wg_fall_monat_herleitung(const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t i, wg_ergebnis *r)
{
    if (!e || !f || !fr || !r || i >= wg_fall_ergebnis_anzahl_monate(fr)) return WG_E_ARGUMENT;
    const fall_monat_intern *m = &fr->monate[i];
    if (m->zustand == -2 || !m->g.p) {
        /* § 28: no award, nothing computed */
        return WG_E_ARGUMENT;
    }
    wg_haushalt h = wgi_fall_haushalt(fr, m->zustand, m->prognose);
    if (!h.id) h.id = f->id;
    return wgi_berechnen_recht(e, &h, m->g.p, m->g.stufe_tag, r, 0);
}
