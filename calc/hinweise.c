/*
 * hinweise.c — the plausibility and priority hints of docs/vorpruefung.md § 5, on every result
 * (derivation path and bulk path alike; a partial record carries those of its max witness).
 * Hints never change an amount and are never errors: where no caseworker is watching they say
 * what a caseworker would have noticed.
 *
 *   einkommen_unter_bedarf    Gesamteinkommen + Wohngeld below the need at Bürgergeld level
 *                             (Regelbedarfe by age, Anlage zu § 28 SGB XII, tables/jahreswerte.tab,
 *                             plus the housing costs R up to H + K), times the engine's share (default 100 %):
 *                             Bürgergeld or Grundsicherung probably serves the household better,
 *                             and Wohngeld is excluded while a Transferleistung is paid (§§ 7, 8).
 *                             Administrative practice under § 15 WoGG, not a statutory rule.
 *   miete_null                rent 0 with art miete
 *   miete_ungewoehnlich_hoch  rent above 3 × the Höchstbetrag (§ 12 Abs. 1)
 *   kind_ohne_alter           a child of a member with earnings and no age: § 17 Nr. 4 not applied
 *   einkommen_fehlt           no income at all for any member
 *
 * Exports: wgi_plausibilitaet, wgi_hinweis_offen (teilhaushalt.h).
 */
#include "rechnung.h"
#include "satz.h"
#include "teilhaushalt.h"

#include <string.h>

/* The Regelbedarfsstufe (1–6) of a member for the plausibility check (docs/vorpruefung.md § 5):
 * by age — 0–5: 6, 6–13: 5, 14–17: 4; an adult child of a member under 25: 3; of the other
 * adults the first two are partners (2 each) or a single adult is alone (1), further adults 3.
 * Without an age a child counts as Stufe 6 and anyone else as an adult: the lowest need, so that
 * the hint errs on the side of silence. */
static int stufe_von(const wgi_periode *p, int alter, bool kind, int *erwachsene_vorher, int erwachsene)
{
    const int64_t a5 = p->skalar[WGI_S_RBS_ALTER_STUFE_5], a4 = p->skalar[WGI_S_RBS_ALTER_STUFE_4];
    const int64_t a18 = p->skalar[WGI_S_RBS_ALTER_ERWACHSEN], a3 = p->skalar[WGI_S_RBS_ALTER_STUFE_3_BIS];
    if (alter >= 0 && alter < a5) return 6;
    if (alter >= a5 && alter < a4) return 5;
    if (alter >= a4 && alter < a18) return 4;
    if (kind && alter < 0) return 6;
    if (kind && alter < a3) return 3;
    const int nr = (*erwachsene_vorher)++;
    if (erwachsene == 1) return 1;
    return nr < 2 ? 2 : 3;
}

/* Regelbedarfsstufe s (1–6) of the calendar year, monthly, from the engine's year index */
static wgi_b4 regelbedarf(const wg_engine *e, int s, int jahr)
{
    const unsigned i = (unsigned)(jahr - WGI_INDEX_AB);
    if (i < WGI_INDEX_JAHRE) return e->regelbedarf[s - 1][i];
    const wgi_jahrestabelle *jt = e->tabellen.rbs[s - 1].anzahl ? &e->tabellen.rbs[s - 1] : &e->tabellen.rbs[0];
    return wgi_jahreswert(jt, jahr, NULL);
}

void wgi_plausibilitaet(const wg_engine *e, const wg_haushalt *h, const wgi_satz_teile *t, const wg_kurz *k, wg_ergebnis *r)
{
    const wgi_periode *p = t->p;
    const int stufe = k->mietenstufe, n_kap = k->n_kap;
    const bool formel = t->formel;
    const wgi_b4 gesamteinkommen_jahr = t->gesamteinkommen, miete = t->miete;
    const int64_t wohngeld = k->wohngeld_monat;
    const wgi_tabellen *tab = &e->tabellen;
    /* income of any member at all */
    bool einkommen = h->hat_gesamteinkommen;
    for (size_t i = 0; i < h->anzahl_mitglieder && !einkommen; i++)
        einkommen = h->mitglieder[i].anzahl_einkommen > 0 || h->mitglieder[i].hat_jahreseinkommen;
    if (!einkommen)
        wgi_hinweis_fest(r, "einkommen_fehlt", "Für kein Haushaltsmitglied ist Einkommen angegeben; ohne Einkommen ist zu prüfen, "
                                      "wovon der Haushalt lebt (vorrangige Leistungen, §§ 7, 8 WoGG).");
    if (h->hat_wohnkosten && !h->heimbewohner && h->wohnkosten_art == WG_MIETE && h->wohnkosten_cent == 0)
        wgi_hinweis_fest(r, "miete_null", "Die Miete ist 0.00 EUR: bitte prüfen (Bruttokaltmiete, § 9 WoGG).");
    if (h->hat_wohnkosten && !h->heimbewohner && p && stufe >= 1 && stufe <= p->anzahl_stufen && n_kap > 0) {
        const wgi_b4 hb = wgi_hoechstbetrag(p, stufe, n_kap);
        if (h->wohnkosten_cent * WGI_B4_CENT > 3 * hb) {
            const int64_t z[2] = {h->wohnkosten_cent * WGI_B4_CENT, hb};
            wgi_hinweis_zahlen(r, "miete_ungewoehnlich_hoch", WGI_H_MIETE_HOCH, z, 2);
        }
    }
    int erwachsene = 0;
    const int jahr = h->hat_zeitraum ? h->von_jahr : h->stichtag.jahr;
    const wg_datum stichtag = h->hat_zeitraum ? (wg_datum){h->von_jahr, h->von_monat, 1} : h->stichtag;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (!m->zu_beruecksichtigen) continue;
        const int alter = m->hat_geburtsdatum ? wgi_alter_am(&m->geburtsdatum, &stichtag) : m->alter;
        erwachsene += !(alter >= 0 && alter < p->skalar[WGI_S_RBS_ALTER_ERWACHSEN]) && !(m->kind_eines_mitglieds && alter < p->skalar[WGI_S_RBS_ALTER_STUFE_3_BIS]);
        if (m->kind_eines_mitglieds && alter < 0 && !m->hat_jahreseinkommen) {
            bool erwerb = false;
            for (size_t j = 0; j < m->anzahl_einkommen; j++)
                erwerb |= (WGI_ARTEN_ERWERB >> m->einkommen[j].art & 1u) && m->einkommen[j].betrag_cent > 0;
            if (erwerb) {
                const int64_t z[1] = {(int64_t)i + 1};
                wgi_hinweis_zahlen(r, "kind_ohne_alter", WGI_H_KIND_OHNE_ALTER, z, 1);
            }
        }
    }
    /* the need at Bürgergeld level: only where an amount was computed (not after § 21 Nr. 2,
     * § 20 Abs. 2, § 21 Nr. 3), not for a Heim (its costs are not a rent) */
    if (!formel || h->heimbewohner || tab->rbs[0].anzahl == 0) return;
    wgi_b4 regel = 0;
    int vorher = 0, n = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (!m->zu_beruecksichtigen) continue;
        n++;
        const int alter = m->hat_geburtsdatum ? wgi_alter_am(&m->geburtsdatum, &stichtag) : m->alter;
        const int s = stufe_von(p, alter, m->kind_eines_mitglieds, &vorher, erwachsene);
        regel += regelbedarf(e, s, jahr);
    }
    /* housing costs as far as they are reasonable: the rent up to the Höchstbetrag with the
     * Klimakomponente (§ 12), the counted members' share (§ 11 Abs. 3) — a stand-in for the
     * "angemessene" costs of § 22 SGB II (docs/vorpruefung.md § 5) */
    const int ng = (int)h->anzahl_mitglieder;
    wgi_b4 anerkannt = miete;
    if (p && stufe >= 1 && stufe <= p->anzahl_stufen && n_kap > 0)
        anerkannt = wgi_miete_gekappt(miete, wgi_hoechstbetrag(p, stufe, n_kap) + wgi_klimakomponente(p, n_kap));
    const wgi_b4 unterkunft = ng > 0 ? anerkannt * n / ng : 0;
    const wgi_b4 bedarf = regel + unterkunft;
    const wgi_b4 mittel = gesamteinkommen_jahr / 12 + (wgi_b4)wohngeld * WGI_B4_EUR;
    const int anteil = e->bedarf_prozent;
    if (mittel * 100 < bedarf * anteil) {
        const int64_t z[6] = {gesamteinkommen_jahr / 12, wohngeld, anteil, bedarf, regel, unterkunft};
        wgi_hinweis_zahlen(r, "einkommen_unter_bedarf", WGI_H_UNTER_BEDARF, z, 6);
    }
}

bool wgi_hinweis_offen(const char *code, const wgi_unbekannt *u, size_t anzahl)
{
    if (!strcmp(code, "einkommen_fehlt") || !strcmp(code, "rechtsstand_ungesichert")) return false;
    const bool miete = !strcmp(code, "miete_null") || !strcmp(code, "miete_ungewoehnlich_hoch");
    const bool kind = !strcmp(code, "kind_ohne_alter");
    for (size_t x = 0; x < anzahl; x++) {
        if (u[x].pub.von == u[x].pub.bis) continue; /* an interval of one value is known */
        const wgi_feldort o = u[x].ort;
        if (miete) {
            if (o == WGI_FO_WOHNKOSTEN || o == WGI_FO_HEIM) return true;
        } else if (kind) {
            if (o == WGI_FO_ALTER || o == WGI_FO_POSTEN || o == WGI_FO_JAHRESEINKOMMEN ||
                (o == WGI_FO_MERKMAL && (u[x].merkmal & WGI_SM_KIND)))
                return true;
        } else {
            return true; /* the need and any other hint: whatever is open may change it */
        }
    }
    return false;
}
