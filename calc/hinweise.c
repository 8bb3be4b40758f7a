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
 * Exports: wgi_plausibilitaet.
 */
#include "rechnung.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* The Regelbedarfsstufe (1–6) of a member for the plausibility check (docs/vorpruefung.md § 5):
 * by age — 0–5: 6, 6–13: 5, 14–17: 4; an adult child of a member under 25: 3; of the other
 * adults the first two are partners (2 each) or a single adult is alone (1), further adults 3.
 * Without an age a child counts as Stufe 6 and anyone else as an adult: the lowest need, so that
 * the hint errs on the side of silence. */
static int stufe_von(int alter, bool kind, int *erwachsene_vorher, int erwachsene)
{
    if (alter >= 0 && alter < 6) return 6;
    if (alter >= 6 && alter < 14) return 5;
    if (alter >= 14 && alter < 18) return 4;
    if (kind && alter < 0) return 6;
    if (kind && alter < 25) return 3;
    const int nr = (*erwachsene_vorher)++;
    if (erwachsene == 1) return 1;
    return nr < 2 ? 2 : 3;
}

static void hinweis(wg_ergebnis *r, const char *code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void hinweis(wg_ergebnis *r, const char *code, const char *fmt, ...)
{
    char text[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    wgi_hinweis_neu(r, code, text);
}

static void euro(char *b, size_t n, wgi_b4 v) { snprintf(b, n, "%lld.%02lld", (long long)(v / WG_B4_EUR), (long long)(v % WG_B4_EUR / WG_B4_CENT)); }

void wgi_plausibilitaet(const wg_engine *e, const wg_haushalt *h, const wgi_periode *p, int stufe, int n_kap, bool formel,
                        wgi_b4 gesamteinkommen_jahr, wgi_b4 miete, int64_t wohngeld, wg_ergebnis *r)
{
    const wgi_tabellen *t = &e->tabellen;
    char a[32], b[32], c[32];
    /* income of any member at all */
    bool einkommen = h->hat_gesamteinkommen;
    for (size_t i = 0; i < h->anzahl_mitglieder && !einkommen; i++)
        einkommen = h->mitglieder[i].anzahl_einkommen > 0 || h->mitglieder[i].hat_jahreseinkommen;
    if (!einkommen)
        hinweis(r, "einkommen_fehlt", "Für kein Haushaltsmitglied ist Einkommen angegeben; ohne Einkommen ist zu prüfen, "
                                      "wovon der Haushalt lebt (vorrangige Leistungen, §§ 7, 8 WoGG).");
    if (h->hat_wohnkosten && !h->heimbewohner && h->wohnkosten_art == WG_MIETE && h->wohnkosten_cent == 0)
        hinweis(r, "miete_null", "Die Miete ist 0.00 EUR: bitte prüfen (Bruttokaltmiete, § 9 WoGG).");
    if (h->hat_wohnkosten && !h->heimbewohner && p && stufe >= 1 && stufe <= p->anzahl_stufen && n_kap > 0) {
        const wgi_b4 hb = wgi_hoechstbetrag(p, stufe, n_kap);
        if (h->wohnkosten_cent * WG_B4_CENT > 3 * hb) {
            euro(a, sizeof a, h->wohnkosten_cent * WG_B4_CENT);
            euro(b, sizeof b, hb);
            hinweis(r, "miete_ungewoehnlich_hoch",
                    "Die Wohnkosten von %s EUR liegen über dem Dreifachen des Höchstbetrags von %s EUR (§ 12 Abs. 1 WoGG): "
                    "bitte prüfen.", a, b);
        }
    }
    int erwachsene = 0;
    const int jahr = h->hat_zeitraum ? h->von_jahr : h->stichtag.jahr;
    const wg_datum stichtag = h->hat_zeitraum ? (wg_datum){h->von_jahr, h->von_monat, 1} : h->stichtag;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (!m->zu_beruecksichtigen) continue;
        const int alter = m->hat_geburtsdatum ? wgi_alter_am(&m->geburtsdatum, &stichtag) : m->alter;
        erwachsene += !(alter >= 0 && alter < 18) && !(m->kind_eines_mitglieds && (alter < 0 || alter < 25));
        if (m->kind_eines_mitglieds && alter < 0 && !m->hat_jahreseinkommen) {
            bool erwerb = false;
            for (size_t j = 0; j < m->anzahl_einkommen; j++)
                erwerb |= (WG_ARTEN_ERWERB >> m->einkommen[j].art & 1u) && m->einkommen[j].betrag_cent > 0;
            if (erwerb)
                hinweis(r, "kind_ohne_alter",
                        "Mitglied %zu ist Kind eines Mitglieds und hat Erwerbseinkommen, aber kein Alter: der Freibetrag "
                        "nach § 17 Nr. 4 WoGG (unter 25 Jahren) konnte nicht angewandt werden.", i + 1);
        }
    }
    /* the need at Bürgergeld level: only where an amount was computed (not after § 21 Nr. 2,
     * § 20 Abs. 2, § 21 Nr. 3), not for a Heim (its costs are not a rent) */
    if (!formel || h->heimbewohner || t->rbs[0].anzahl == 0) return;
    wgi_b4 regel = 0;
    int vorher = 0, n = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (!m->zu_beruecksichtigen) continue;
        n++;
        const int alter = m->hat_geburtsdatum ? wgi_alter_am(&m->geburtsdatum, &stichtag) : m->alter;
        const int s = stufe_von(alter, m->kind_eines_mitglieds, &vorher, erwachsene);
        const wgi_jahrestabelle *jt = t->rbs[s - 1].anzahl ? &t->rbs[s - 1] : &t->rbs[0];
        regel += wgi_jahreswert(jt, jahr, NULL);
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
    const wgi_b4 mittel = gesamteinkommen_jahr / 12 + (wgi_b4)wohngeld * WG_B4_EUR;
    const int anteil = e->bedarf_prozent;
    if (mittel * 100 < bedarf * anteil) {
        char d[32];
        euro(a, sizeof a, gesamteinkommen_jahr / 12);
        euro(b, sizeof b, bedarf);
        euro(c, sizeof c, regel);
        euro(d, sizeof d, unterkunft);
        hinweis(r, "einkommen_unter_bedarf",
                "Gesamteinkommen %s EUR und Wohngeld %lld EUR monatlich liegen unter %d %% des Bedarfs auf Bürgergeld-Niveau "
                "von %s EUR (Regelbedarfe %s EUR, Unterkunft %s EUR): vorrangig Bürgergeld oder Grundsicherung prüfen; "
                "während einer Transferleistung ist Wohngeld ausgeschlossen (§§ 7, 8 WoGG).",
                a, (long long)wohngeld, anteil, b, c, d);
    }
}
