/*
 * einkommen.c — the income side: §§ 13–18 and 17a WoGG (rechenweg.md § 2).
 *
 * Per zu berücksichtigendes member: every item annualised (betrag_monat × 12); per Einkunftsart
 * the items summed and the deductions of § 14 WoGG with § 9a EStG applied; the sum S reduced by
 * 10 % for each § 16 criterion (0, 10, 20 or 30 % of S, not compounded). Then the Gesamteinkommen
 * (§ 13 Abs. 1) = Σ Jahreseinkommen − Freibeträge (§§ 17, 17a) − Unterhalt (§ 18), never below 0;
 * Y = Gesamteinkommen / 12 (§ 13 Abs. 2). Excluded members count for nothing (their items were
 * checked in pruefung.c). With gesamteinkommen_monat the rules are skipped.
 *
 * All amounts are wgi_b4 (1/10 000 EUR): inputs are cents, and every percentage of the law here
 * (10 %, 30 %, 50 %) of a cent amount is a whole number of b4 units, so nothing is rounded.
 */
#include "rechnung.h"
#include "text.h"

#include <stdio.h>


static const char *mitglied_name(char *buf, size_t n, const wg_mitglied *m, size_t i)
{
    if (m->id) snprintf(buf, n, "Mitglied %zu (%.*s)", i + 1, wgi_utf8_kurz(m->id, 40), m->id);
    else snprintf(buf, n, "Mitglied %zu", i + 1);
    return buf;
}


/* One member's items per Einkunftsart (regeln.h wgi_arten, the bulk walk's too) and what each
 * art counts, with the part of § 17 Nr. 4's Erwerbseinkünfte. */
typedef struct mitglied_einkommen {
    wgi_arten arten;
    wgi_art_anrechnung je_art[WG_ART_ANZAHL];
    wgi_b4 erwerb;
} mitglied_einkommen;

static void posten_lesen(wgi_rechnung *c, const wg_mitglied *m, const char *wer, mitglied_einkommen *me)
{
    const wgi_periode *p = c->p;
    char b1[48], b2[48];
    for (size_t j = 0; j < m->anzahl_einkommen; j++) {
        const wg_einkommen *e = &m->einkommen[j];
        wgi_b4 jahr = wgi_jahresbetrag(e->betrag_cent, e->jaehrlich);
        const wgi_b4 elterngeld = wgi_arten_posten(p, &me->arten, (unsigned)e->art, jahr, e->hat_werbungskosten,
                                                   e->hat_werbungskosten ? e->werbungskosten_jahr_cent * WGI_B4_CENT : 0, e->plus);
        if (e->jaehrlich)
            wgi_schritt_neu(c, "§ 14 Abs. 1 WoGG", wgi_betrag_text(b1, jahr), "%s: %s, Jahresbetrag", wer,
                           wg_einkommensart_name(e->art));
        else
            wgi_schritt_neu(c, "§ 14 Abs. 1 WoGG", wgi_betrag_text(b1, jahr), "%s: %s %s × 12", wer,
                           wg_einkommensart_name(e->art), wgi_betrag_text(b2, e->betrag_cent * WGI_B4_CENT));
        if (e->art == WG_ART_ELTERNGELD) {
            /* § 14 Abs. 2 Nr. 6 WoGG with § 10 BEEG: a monthly amount stays free, per item. */
            wgi_b4 frei = 12 * p->skalar[e->plus ? WGI_S_ELTERNGELD_PLUS_FREI : WGI_S_ELTERNGELD_FREI]; /* for the text */
            wgi_schritt_neu(c, "§ 14 Abs. 2 Nr. 6 WoGG, § 10 BEEG", wgi_betrag_text(b1, elterngeld),
                           "%s: Elterngeld%s abzüglich des freien Betrags von %s jährlich", wer, e->plus ? "Plus" : "",
                           wgi_betrag_text(b2, frei));
        }
    }
}

/* Deductions per Einkunftsart (rechenweg.md § 2 step 2): the rule of each art from regeln.h
 * (wgi_pauschbetrag, wgi_werbungskosten_abzug, wgi_art_angerechnet), narrated. */
static wgi_b4 arten_anrechnen(wgi_rechnung *c, const char *wer, mitglied_einkommen *me)
{
    const wgi_periode *p = c->p;
    char b1[48], b2[48];
    wgi_b4 s = 0;
    int jahr_tabelle = c->jahr;
    const wgi_b4 an_pausch = wgi_arbeitnehmer_pauschbetrag(p, wgi_jahreswert(&c->e->tabellen.an_pauschbetrag, c->jahr, &jahr_tabelle));
    /* where the amount comes from: the table's year, or the Rechtsstand that fixes its own */
    char herkunft[48];
    if (p->skalar_gesetzt[WGI_S_AN_PAUSCHBETRAG]) snprintf(herkunft, sizeof herkunft, "Rechtsstand %s", p->id);
    else snprintf(herkunft, sizeof herkunft, "%d", jahr_tabelle);
    /* computed once by the rules (the bulk walk's wgi_arten_anrechnen), narrated per art */
    s = wgi_arten_anrechnen(p, &me->arten, an_pausch, &me->erwerb, me->je_art);
    for (int a = 0; a < WG_ART_ANZAHL; a++) {
        if (!(me->arten.hat >> a & 1u)) continue;
        const wgi_b4 summe = me->arten.summe[a];
        const wgi_b4 pausch = me->je_art[a].pausch, abzug = me->je_art[a].abzug, zaehlt = me->je_art[a].zaehlt;
        const bool tatsaechlich = abzug != pausch;
        const char *par;
        switch ((wg_einkommensart)a) {
        case WG_ART_ARBEITSLOHN:
            par = "§ 14 Abs. 1 WoGG, § 9a Satz 1 Nr. 1 Buchst. a EStG";
            wgi_schritt_neu(c, par, wgi_betrag_text(b1, zaehlt), "%s: arbeitslohn abzüglich %s %s (%s), höchstens bis 0",
                           wer, tatsaechlich ? "Werbungskosten" : "Arbeitnehmer-Pauschbetrag", wgi_betrag_text(b2, abzug),
                           herkunft);
            break;
        case WG_ART_RENTE:
        case WG_ART_VERSORGUNGSBEZUG:
            par = a == WG_ART_RENTE ? "§ 14 Abs. 1, Abs. 2 Nr. 3 WoGG, § 9a Satz 1 Nr. 3 EStG"
                                    : "§ 14 Abs. 1 WoGG, § 9a Satz 1 Nr. 1 Buchst. b EStG";
            wgi_schritt_neu(c, par, wgi_betrag_text(b1, zaehlt), "%s: %s abzüglich %s %s, höchstens bis 0", wer,
                           wg_einkommensart_name((wg_einkommensart)a), tatsaechlich ? "Werbungskosten" : "Pauschbetrag",
                           wgi_betrag_text(b2, abzug));
            break;
        case WG_ART_MINIJOB_PAUSCHAL:
            wgi_schritt_neu(c, "§ 14 WoGG (pauschal besteuerter Arbeitslohn nach § 40a EStG)", wgi_betrag_text(b1, zaehlt),
                           "%s: pauschal besteuerter Arbeitslohn abzüglich tatsächlicher Aufwendungen %s, kein Pauschbetrag",
                           wer, wgi_betrag_text(b2, me->arten.wk[a]));
            break;
        case WG_ART_SELBSTAENDIG:
        case WG_ART_GEWERBE:
        case WG_ART_LAND_FORST:
        case WG_ART_VERMIETUNG:
            wgi_schritt_neu(c, "§ 14 Abs. 1 WoGG", wgi_betrag_text(b1, zaehlt), "%s: Einkünfte %s%s", wer,
                           wg_einkommensart_name((wg_einkommensart)a),
                           summe < 0 ? " (negativ: nur positive Einkünfte zählen, kein Verlustausgleich)" : "");
            break;
        case WG_ART_KAPITAL:
            wgi_schritt_neu(c, "§ 14 Abs. 2 Nr. 15 WoGG", wgi_betrag_text(b1, zaehlt),
                           "%s: Kapitalerträge, soweit sie %s übersteigen", wer, wgi_betrag_text(b2, pausch));
            break;
        case WG_ART_ELTERNGELD:
            break;
        case WG_ART_BAFOEG_ZUSCHUSS:
            wgi_schritt_neu(c, "§ 14 Abs. 2 Nr. 27 WoGG", wgi_betrag_text(b1, zaehlt), "%s: Ausbildungsförderung zur Hälfte",
                           wer);
            break;
        case WG_ART_KINDERGELD:
            wgi_schritt_neu(c, "§ 14 Abs. 2 WoGG", "0.00",
                           "%s: Kindergeld/Kinderzuschlag ist nicht im abschließenden Katalog des § 14 Abs. 2 und zählt nicht",
                           wer);
            break;
        case WG_ART_UNTERHALTSVORSCHUSS:
            wgi_schritt_neu(c, "§ 14 Abs. 2 Nr. 21 WoGG", wgi_betrag_text(b1, zaehlt),
                           "%s: Leistungen nach dem Unterhaltsvorschussgesetz in voller Höhe", wer);
            break;
        case WG_ART_LOHNERSATZ:
            wgi_schritt_neu(c, "§ 14 Abs. 2 Nr. 6 WoGG", wgi_betrag_text(b1, zaehlt),
                           "%s: Lohn- und Einkommensersatzleistungen in voller Höhe, kein Pauschbetrag", wer);
            break;
        case WG_ART_UNTERHALT_ERHALTEN:
            wgi_schritt_neu(c, "§ 14 Abs. 2 Nr. 19, 20 WoGG", wgi_betrag_text(b1, zaehlt),
                           "%s: erhaltene Unterhaltsleistungen (anrechenbarer Teil)", wer);
            break;
        case WG_ART_SONSTIGES_ANRECHENBAR:
        case WG_ART_ANZAHL:
            wgi_schritt_neu(c, "§ 14 Abs. 2 WoGG", wgi_betrag_text(b1, zaehlt), "%s: sonstige anrechenbare Einnahmen", wer);
            break;
        }
    }
    return s;
}

void wgi_einkommen_berechnen(wgi_rechnung *c)
{
    const wg_haushalt *h = c->h;
    const wgi_periode *p = c->p;
    wg_ergebnis *r = c->r;
    char b1[48], b2[48], b3[48], wer[80];
    wgi_b4 g;
    /* § 24 Abs. 3 Satz 1: the Bescheid states the sum of positive Einkünfte and Einnahmen of the
     * counted members before § 16 — known only where the items were given */
    wgi_b4 einkuenfte = 0;
    bool einkuenfte_bekannt = !h->hat_gesamteinkommen;

    if (h->hat_gesamteinkommen) {
        g = wgi_jahresbetrag(h->gesamteinkommen_monat_cent, false);
        wgi_schritt_neu(c, "§ 13 WoGG", wgi_betrag_text(b1, g),
                       "Gesamteinkommen vorgegeben (gesamteinkommen_monat %s × 12); Einkommensregeln nicht angewandt",
                       wgi_betrag_text(b2, h->gesamteinkommen_monat_cent * WGI_B4_CENT));
    } else {
        wgi_b4 summe_je = 0, freibetraege = 0, unterhalt = 0;
        for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
            const wg_mitglied *m = &h->mitglieder[i];
            if (!m->zu_beruecksichtigen) continue;
            mitglied_name(wer, sizeof wer, m, i);
            const int k = wgi_abzuege_16((unsigned)m->abzug_steuern | (unsigned)m->abzug_kranken_pflege << 1 | (unsigned)m->abzug_rente << 2);
            wgi_b4 je;
            if (m->hat_jahreseinkommen) {
                einkuenfte_bekannt = false;
                je = m->jahreseinkommen_cent * WGI_B4_CENT;
                wgi_schritt_neu(c, "§ 14 WoGG", wgi_betrag_text(b1, je),
                               "%s: Jahreseinkommen vorgegeben (nach § 16); § 17 Nr. 4 und § 17a entfallen", wer);
            } else {
                mitglied_einkommen me = {0};
                posten_lesen(c, m, wer, &me);
                wgi_b4 s = arten_anrechnen(c, wer, &me);
                einkuenfte += s;
                wgi_b4 abzug;
                je = wgi_jahreseinkommen_16(p, s, k, &abzug);
                wgi_schritt_neu(c, "§ 14 Abs. 1 WoGG", wgi_betrag_text(b1, s), "%s: Summe der anzurechnenden Beträge", wer);
                wgi_schritt_neu(c, "§ 16 Abs. 1 WoGG", wgi_betrag_text(b1, abzug),
                               "%s: pauschaler Abzug %d × %lld %% (Steuern: %s, Kranken-/Pflegeversicherung: %s, "
                               "Rentenversicherung: %s)",
                               wer, k, (long long)p->skalar[WGI_S_ABZUG_16_PROZENT], m->abzug_steuern ? "ja" : "nein",
                               m->abzug_kranken_pflege ? "ja" : "nein", m->abzug_rente ? "ja" : "nein");
                wgi_schritt_neu(c, "§ 14 Abs. 1 WoGG", wgi_betrag_text(b1, je), "%s: Jahreseinkommen", wer);

                /* § 17 Nr. 4: eigene Einnahmen aus Erwerbstätigkeit of a child under 25, measured
                 * on the counted amount after § 16 (recht.md A6), at most 1 200 EUR. */
                const wgi_b4 fb4 = wgi_freibetrag_17_4(p, me.erwerb, k, m->kind_eines_mitglieds, wgi_alter(c, m));
                if (fb4 > 0) {
                    freibetraege += fb4;
                    wgi_schritt_neu(c, "§ 17 Nr. 4 WoGG", wgi_betrag_text(b1, fb4),
                                   "%s: Freibetrag für eigene Einnahmen aus Erwerbstätigkeit eines Kindes unter %lld "
                                   "Jahren (nach § 16), höchstens %s",
                                   wer, (long long)p->skalar[WGI_S_KIND_ALTERSGRENZE], wgi_betrag_text(b2, p->skalar[WGI_S_FB_17_4]));
                }
                /* § 17a: Grundrenten-Freibetrag on the gross annual pension (recht.md 7, "§ 17a base"). */
                int jahr_benutzt;
                const wgi_b4 rbs = wgi_jahreswert(&c->e->tabellen.rbs[0], c->jahr, &jahr_benutzt);
                const wgi_b4 fb17a = wgi_freibetrag_17a(p, m->grundrentenzeiten_33_jahre, me.arten.summe[WG_ART_RENTE], rbs);
                if (fb17a > 0) {
                    const wgi_b4 roh = wgi_freibetrag_17a_vor_kappe(p, me.arten.summe[WG_ART_RENTE]);
                    wgi_schritt_neu(c, "§ 17a Abs. 1 WoGG", wgi_betrag_text(b1, roh),
                                   "%s: Grundrenten-Freibetrag min(Rente, %s) + %lld %% des übersteigenden Betrags", wer,
                                   wgi_betrag_text(b2, p->skalar[WGI_S_FB_17A_SOCKEL]), (long long)p->skalar[WGI_S_FB_17A_PROZENT]);
                    if (fb17a < roh)
                        wgi_schritt_neu(c, "§ 17a Abs. 1 WoGG, Anlage zu § 28 SGB XII", wgi_betrag_text(b1, fb17a),
                                       "%s: höchstens 12 × %lld %% der Regelbedarfsstufe 1 (%s, %d)", wer,
                                       (long long)p->skalar[WGI_S_FB_17A_RBS_PROZENT], wgi_betrag_text(b2, rbs),
                                       jahr_benutzt);
                    freibetraege += fb17a;
                }
            }
            summe_je += je;
            freibetraege += wgi_freibetraege_17_1_2(p, m->schwerbehindert_pflege, m->ns_verfolgt);
            if (m->schwerbehindert_pflege)
                wgi_schritt_neu(c, "§ 17 Nr. 1 WoGG", wgi_betrag_text(b1, p->skalar[WGI_S_FB_17_1]),
                               "%s: Freibetrag für schwerbehinderte Menschen", wer);
            if (m->ns_verfolgt)
                wgi_schritt_neu(c, "§ 17 Nr. 2 WoGG", wgi_betrag_text(b1, p->skalar[WGI_S_FB_17_2]),
                               "%s: Freibetrag für Verfolgte des Nationalsozialismus", wer);
            /* § 18: Abzugsbeträge für Unterhaltsleistungen, capped per payment unless fixed by a
             * title, a notarial agreement or a decision (§ 18 Satz 2). */
            for (size_t j = 0; j < m->anzahl_unterhalt; j++) {
                const wg_unterhalt *u = &m->unterhalt[j];
                static const int nr[WG_UNTERHALT_ANZAHL] = {1, 2, 3, 4};
                wgi_b4 betrag = wgi_jahresbetrag(u->betrag_cent, u->jaehrlich);
                wgi_b4 abzug = wgi_unterhalt_abzug(p, u->empfaenger, betrag, u->tituliert);
                unterhalt += abzug;
                if (u->tituliert)
                    wgi_schritt_neu(c, "§ 18 Satz 2 WoGG", wgi_betrag_text(b1, abzug),
                                   "%s: Unterhalt (%s) laut Titel/Vereinbarung/Bescheid in voller Höhe", wer,
                                   wg_unterhalt_empfaenger_name(u->empfaenger));
                else
                    wgi_schritt_neu(c, "§ 18 Satz 1 WoGG", wgi_betrag_text(b1, abzug),
                                   "%s: Unterhalt (%s, Nr. %d) %s, höchstens %s", wer,
                                   wg_unterhalt_empfaenger_name(u->empfaenger), nr[u->empfaenger],
                                   wgi_betrag_text(b2, betrag), wgi_betrag_text(b3, wgi_unterhalt_18_kappe(p, u->empfaenger)));
            }
        }
        freibetraege += wgi_freibetrag_17_3(p, h->alleinerziehend);
        if (h->alleinerziehend)
            wgi_schritt_neu(c, "§ 17 Nr. 3 WoGG", wgi_betrag_text(b1, p->skalar[WGI_S_FB_17_3]),
                           "Freibetrag für Alleinerziehende (einmal je Haushalt)");
        g = wgi_gesamteinkommen(summe_je, freibetraege, unterhalt);
        wgi_schritt_neu(c, "§ 13 Abs. 1 WoGG", wgi_betrag_text(b1, g),
                       "Gesamteinkommen = Summe der Jahreseinkommen %s − Freibeträge %s − Unterhalt %s, nicht unter 0",
                       wgi_betrag_text(b2, summe_je), wgi_betrag_text(b3, freibetraege), wgi_betrag_text(wer, unterhalt));
    }
    c->gesamteinkommen_jahr = g;
    wgi_wert_betrag(r, WG_W_GESAMTEINKOMMEN_JAHR, g);
    r->bezug_gesetzt = true;
    r->bezug_miete = h->hat_wohnkosten;
    r->bezug_miete_cent = h->wohnkosten_cent;
    r->bezug_einkuenfte = einkuenfte_bekannt;
    r->bezug_einkuenfte_jahr = einkuenfte;
    r->bezug_prozent = (int)p->skalar[WGI_S_MELDEPFLICHT_27_3_PROZENT];
    /* § 13 Abs. 2: Y is a twelfth of the Gesamteinkommen; exact here, brought to ten decimals
     * with the zwischenrundung mode for the formula (and for the printed Y). */
    c->y = wgi_y(g, c->rundung);
    wgi_wert_dezimal(r, WG_W_Y, c->y, 10);
    wgi_schritt_neu(c, "§ 13 Abs. 2 WoGG", wgi_wert_text(r, WG_W_Y), "monatliches Gesamteinkommen Y = Gesamteinkommen / 12");
}
