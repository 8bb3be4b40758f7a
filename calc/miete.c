/*
 * miete.c — the rent side: §§ 9–12 WoGG and § 6 WoGV (rechenweg.md § 3).
 *
 *   R = Miete (§ 9) or Belastung (§ 10) − § 11 Abs. 2 deductions − WoGV § 6 Abs. 2 flat amounts,
 *       never below 0; for a Heimbewohner (§ 9 Abs. 3) R = H + K.
 *   H = Höchstbetrag (§ 12 Abs. 1, Anlage 1) for the Mietenstufe and n_kap members;
 *   K = Klimakomponente (§ 12 Abs. 7, from P2023), raises the cap;
 *   E = Heizkosten amount (§ 12 Abs. 6): the CO2 amount from P2021, plus the dauerhafte
 *       Heizkostenkomponente from P2023, added to M outside the cap.
 *   M = min(R × anteil, (H + K) × anteil) + E × anteil       (§ 11 Abs. 1, Abs. 3)
 * Six or more members: value(5) + (N − 5) × Mehrbetrag (wgi_staffel_wert, recht.md 3.5).
 * M is kept as an exact fraction (numerator × n / n_gesamt) until the formula brings it to ten
 * decimals (wohngeld.c). The rules are in regeln.h; this file narrates them as steps.
 */
#include "rechnung.h"

#include <stdio.h>


/* A share "× n / n_gesamt" of a b4 amount, for display: exact when it has at most four
 * decimals, else at ten decimals rounded with the zwischenrundung mode. */
static void anteil_wert(wgi_rechnung *c, wg_wert w, wgi_b4 v)
{
    wgi_z10 z = (wgi_z10)v * c->n;
    if (z % c->n_gesamt == 0) {
        wgi_wert_betrag(c->r, w, (wgi_b4)(z / c->n_gesamt));
    } else {
        wgi_wert_dezimal(c->r, w, wgi_div_runden(z * 1000000, c->n_gesamt, c->rundung), 10);
    }
}

void wgi_miete_berechnen(wgi_rechnung *c)
{
    const wg_haushalt *h = c->h;
    const wgi_periode *p = c->p;
    wg_ergebnis *r = c->r;
    char b1[48], b2[48], b3[48];
    int stufe = c->mietenstufe;

    /* § 12 Abs. 1 with Anlage 1: the Höchstbetrag for the Mietenstufe and household size. */
    c->hoechstbetrag = wgi_hoechstbetrag(p, stufe, c->n_kap);
    wgi_wert_betrag(r, WG_W_HOECHSTBETRAG_TABELLE, c->hoechstbetrag);
    wgi_schritt_neu(c, "§ 12 Abs. 1 WoGG", wgi_betrag_text(b1, c->hoechstbetrag),
                   "Höchstbetrag H für Mietenstufe %d und %d Haushaltsmitglieder (%s)", stufe, c->n_kap,
                   p->quelle_tabelle[WGI_T_HOECHSTBETRAEGE]);
    c->klima = wgi_klimakomponente(p, c->n_kap);
    if (p->hat_klima)
        wgi_schritt_neu(c, "§ 12 Abs. 7 WoGG", wgi_betrag_text(b1, c->klima), "Klimakomponente K für %d Haushaltsmitglieder",
                       c->n_kap);
    c->entlastung = wgi_heizkosten_entlastung(p, c->n_kap);
    if (p->hat_co2) {
        wgi_b4 co2 = wgi_co2_betrag(p, c->n_kap);
        if (p->hat_dauerhaft) {
            wgi_b4 dauerhaft = wgi_dauerhafte_heizkostenkomponente(p, c->n_kap);
            wgi_schritt_neu(c, "§ 12 Abs. 6 WoGG", wgi_betrag_text(b1, c->entlastung),
                           "Gesamtbetrag zur Entlastung bei den Heizkosten E = CO2-Betrag %s + dauerhafte "
                           "Heizkostenkomponente %s",
                           wgi_betrag_text(b2, co2), wgi_betrag_text(b3, dauerhaft));
        } else {
            wgi_schritt_neu(c, "§ 12 Abs. 6 WoGG", wgi_betrag_text(b1, c->entlastung),
                           "Betrag zur Entlastung bei den Heizkosten E (CO2-Bepreisung) für %d Haushaltsmitglieder",
                           c->n_kap);
        }
    }

    const wgi_b4 grenze = wgi_kappungsgrenze(c->hoechstbetrag, c->klima);
    if (h->heimbewohner) {
        /* § 9 Abs. 3 Satz 2: for a Heim the Miete is the Höchstbetrag (from P2023 plus K). */
        c->miete = wgi_heim_miete(grenze);
        wgi_schritt_neu(c, "§ 9 Abs. 3 WoGG", wgi_betrag_text(b1, c->miete),
                       "Heimbewohner: als Miete gilt der Höchstbetrag%s", p->hat_klima ? " zuzüglich Klimakomponente" : "");
    } else {
        wgi_b4 betrag = h->wohnkosten_cent * WGI_B4_CENT;
        const wgi_b4 abzuege = h->abzuege_cent * WGI_B4_CENT;
        wgi_schritt_neu(c, h->wohnkosten_art == WG_MIETE ? "§ 9 WoGG" : "§ 10 WoGG", wgi_betrag_text(b1, betrag),
                       h->wohnkosten_art == WG_MIETE ? "Miete (Bruttokaltmiete) monatlich" : "Belastung monatlich");
        if (h->abzuege_cent) {
            wgi_schritt_neu(c, "§ 11 Abs. 2 WoGG", wgi_betrag_text(b1, h->abzuege_cent * WGI_B4_CENT),
                           "abzusetzende Beträge");
        }
        /* WoGV § 6 Abs. 2: the deductions computed once, in the rule's order (regeln.h), and narrated */
        const wg_pauschalen *pa = &h->pauschalen;
        const wgi_wogv6_welche welche = {pa->heizung, pa->warmwasser, pa->haushaltsenergie, pa->garage, pa->stellplatz,
                                         pa->heizung_qm_hundertstel};
        wgi_b4 v[5];
        const wgi_b4 pauschalen = wgi_wogv6_abzuege(p, &welche, c->n_gesamt, v);
        if (pa->heizung)
            wgi_schritt_neu(c, "§ 6 Abs. 2 Nr. 1 WoGV", wgi_betrag_text(b1, v[0]), "Pauschbetrag Heizung %s je m² × %s m²",
                           wgi_betrag_text(b2, p->skalar[WGI_S_WOGV6_HEIZUNG_QM]),
                           wgi_betrag_text(b3, pa->heizung_qm_hundertstel * WGI_B4_CENT));
        if (pa->warmwasser)
            wgi_schritt_neu(c, "§ 6 Abs. 2 Nr. 2 WoGV", wgi_betrag_text(b1, v[1]), "Pauschbetrag Warmwasser für %d Bewohner",
                           c->n_gesamt);
        if (pa->haushaltsenergie)
            wgi_schritt_neu(c, "§ 6 Abs. 2 Nr. 3 WoGV", wgi_betrag_text(b1, v[2]),
                           "Pauschbetrag Haushaltsenergie für %d Bewohner", c->n_gesamt);
        if (pa->garage) wgi_schritt_neu(c, "§ 6 Abs. 2 Nr. 4 WoGV", wgi_betrag_text(b1, v[3]), "Pauschbetrag Garage");
        if (pa->stellplatz) wgi_schritt_neu(c, "§ 6 Abs. 2 Nr. 4 WoGV", wgi_betrag_text(b1, v[4]), "Pauschbetrag Stellplatz");
        c->miete = wgi_miete_nach_abzuegen(betrag, abzuege, pauschalen);
        if (c->miete != betrag)
            wgi_schritt_neu(c, "§ 11 Abs. 1, 2 WoGG", wgi_betrag_text(b1, c->miete),
                           "zu berücksichtigende Miete oder Belastung R nach Abzügen, nicht unter 0");
    }
    wgi_wert_betrag(r, WG_W_MIETE, c->miete);

    /* § 11 Abs. 1: the rent counts only up to H + K. */
    c->miete_gekappt = wgi_miete_gekappt(c->miete, grenze);
    wgi_schritt_neu(c, "§ 11 Abs. 1 WoGG", wgi_betrag_text(b1, c->miete_gekappt), "R, höchstens H%s = %s",
                   p->hat_klima ? " + K" : "", wgi_betrag_text(b2, grenze));
    anteil_wert(c, WG_W_HOECHSTBETRAG, grenze);
    anteil_wert(c, WG_W_KLIMAKOMPONENTE, c->klima);
    anteil_wert(c, WG_W_HEIZKOSTEN_ENTLASTUNG, c->entlastung);
    if (c->n != c->n_gesamt)
        wgi_schritt_neu(c, "§ 11 Abs. 3 WoGG", wgi_wert_text(r, WG_W_ANTEIL),
                       "Mischhaushalt: Miete, Höchstbetrag, Klimakomponente und Entlastungsbetrag zählen nur mit dem "
                       "Anteil n/n_gesamt");
}
