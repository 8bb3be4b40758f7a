/*
 * haushalt.c — rechenweg.md § 1: the household sizes, and the reasons for no claim that are
 * decided before any amount is computed (rechenweg.md § 7 order):
 *   § 21 Nr. 2 WoGG  all members excluded under §§ 7, 8;
 *   § 20 Abs. 2 WoGG every member entitled in principle to Ausbildungsförderung;
 *   § 21 Nr. 3 WoGG  erhebliches Vermögen (WoGVwV Nr. 21.37).
 *
 *   n_gesamt  all Haushaltsmitglieder (§ 5)
 *   n         zu berücksichtigende members (§ 6)
 *   n_tab     min(n, 12): selects a, b, c and the Anlage 3 minima (wgi_n_tab)
 *   n_kap     the size for Höchstbetrag, Klimakomponente and Heizkosten amount (wgi_n_kap)
 * The rules themselves are in regeln.h; this file narrates them as steps.
 */
#include "rechnung.h"

#include <stdio.h>

bool wgi_haushalt_groesse(wgi_rechnung *c)
{
    const wg_haushalt *h = c->h;
    wg_ergebnis *r = c->r;
    int n = 0, foerderung = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (m->zu_beruecksichtigen) n++;
        else
            wgi_schritt_neu(c, "§§ 6 bis 8 WoGG", "0", "Mitglied %zu%s%s%s ist vom Wohngeld ausgeschlossen%s%s", i + 1,
                           m->id ? " (" : "", m->id ? m->id : "", m->id ? ")" : "",
                           m->ausschlussgrund ? ": " : "", m->ausschlussgrund ? m->ausschlussgrund : "");
        if (m->ausbildungsfoerderung_dem_grunde_nach) foerderung++;
    }
    c->n_gesamt = (int)h->anzahl_mitglieder;
    c->n = n;
    c->n_tab = wgi_n_tab(c->p, n);
    c->n_kap = wgi_n_kap(c->p, c->n_gesamt, h->auslegung.ueber_12_mitglieder == WG_UEBER12_WERTE_FUER_12);
    r->n = c->n;
    r->n_gesamt = c->n_gesamt;
    r->n_tab = c->n_tab;
    r->n_kap = c->n_kap;
    char buf[48];
    if (c->schritte) {
        snprintf(buf, sizeof buf, "%d", c->n_gesamt);
        wgi_schritt_neu(c, "§ 5 WoGG", buf, "Zahl der Haushaltsmitglieder n_gesamt");
        snprintf(buf, sizeof buf, "%d", c->n);
        wgi_schritt_neu(c, "§ 6 WoGG", buf, "Zahl der zu berücksichtigenden Haushaltsmitglieder n");
    }

    const wg_grund vorab = wgi_grund_vorab(n, c->n_gesamt, foerderung);
    if (vorab == WG_GRUND_ALLE_AUSGESCHLOSSEN) {
        wgi_schritt_neu(c, "§ 21 Nr. 2 WoGG", "0", "alle Haushaltsmitglieder sind ausgeschlossen: kein Anspruch");
        wgi_kein_anspruch(c->r, WG_GRUND_ALLE_AUSGESCHLOSSEN);
        return false;
    }
    /* § 20 Abs. 2 looks at every entry of mitglieder, excluded members included (rechenweg.md § 6). */
    if (vorab == WG_GRUND_AUSBILDUNGSFOERDERUNG) {
        wgi_schritt_neu(c, "§ 20 Abs. 2 WoGG", "0",
                       "alle Haushaltsmitglieder haben dem Grunde nach Anspruch auf Ausbildungsförderung: kein Anspruch");
        wgi_kein_anspruch(c->r, WG_GRUND_AUSBILDUNGSFOERDERUNG);
        return false;
    }
    if (c->schritte) {
        snprintf(buf, sizeof buf, "%d", c->n_tab);
        wgi_schritt_neu(c, "§ 19 Abs. 1 WoGG, Anlage 3", buf,
                       "Haushaltsgröße für a, b, c und die Mindestwerte n_tab = min(n, 12)");
        snprintf(buf, sizeof buf, "%d", c->n_kap);
    }
    wgi_schritt_neu(c, "§ 11 Abs. 3, § 12 WoGG", buf,
                   c->n_kap == c->n_gesamt ? "Haushaltsgröße für Höchstbetrag und Entlastungsbeträge n_kap = n_gesamt"
                                           : "Haushaltsgröße für Höchstbetrag und Entlastungsbeträge n_kap = 12 "
                                             "(Auslegung ueber_12_mitglieder = werte_fuer_12)");
    /* "n/n_gesamt" without printf (hot path of bulk runs) */
    char *a = r->wert[WG_W_ANTEIL];
    a += wgi_dezimal_schreiben(a, c->n, 0);
    *a++ = '/';
    wgi_dezimal_schreiben(a, c->n_gesamt, 0);
    r->art[WG_W_ANTEIL] = WGI_ART_TEXT;
    r->gesetzt |= 1u << WG_W_ANTEIL;
    return true;
}

bool wgi_vermoegen_pruefen(wgi_rechnung *c)
{
    const wg_haushalt *h = c->h;
    if (!h->hat_vermoegen) return true;
    const wgi_periode *p = c->p;
    const wgi_b4 grenze = wgi_vermoegensgrenze(p, c->n);
    wgi_b4 vermoegen = h->vermoegen_cent * WGI_B4_CENT;
    char b1[48], b2[48], b3[48];
    wgi_wert_betrag(c->r, WG_W_VERMOEGENSGRENZE, grenze);
    wgi_schritt_neu(c, "§ 21 Nr. 3 WoGG, WoGVwV Nr. 21.37", wgi_betrag_text(b1, grenze),
                   "Vermögensgrenze %s + (%d − 1) × %s", wgi_betrag_text(b2, p->skalar[WGI_S_VERMOEGEN_ERSTES]), c->n,
                   wgi_betrag_text(b3, p->skalar[WGI_S_VERMOEGEN_WEITERES]));
    if (vermoegen > grenze) {
        wgi_schritt_neu(c, "§ 21 Nr. 3 WoGG", wgi_betrag_text(b1, vermoegen),
                       "verwertbares Vermögen übersteigt die Grenze: kein Anspruch");
        wgi_kein_anspruch(c->r, WG_GRUND_VERMOEGEN);
        return false;
    }
    wgi_schritt_neu(c, "§ 21 Nr. 3 WoGG", wgi_betrag_text(b1, vermoegen), "verwertbares Vermögen übersteigt die Grenze nicht");
    return true;
}
