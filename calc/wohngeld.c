/*
 * wohngeld.c — from M and Y to the monthly amount (rechenweg.md § 4):
 *   Anlage 3 Nr. 1   minima of M and Y for n_tab members;
 *   Anlage 3 Nr. 2   z1–z4 at ten decimals (formel.c);
 *   Anlage 3 Nr. 3   rounding to whole euros, from 0,50 up;
 *   cap at M         only with the switch deckelung_auf_miete (recht.md A2);
 *   § 19 Abs. 3      X EUR for the 13th and each further member, at most up to M;
 *   § 21 Nr. 1       no claim under the Mindestbetrag (10 EUR).
 * M is the § 11 value kept as the exact fraction (R_gekappt + E) × n / n_gesamt; it is brought
 * to ten decimals only here, with the zwischenrundung mode. The rules are in regeln.h; this
 * file narrates them as steps.
 */
#include "formel.h"
#include "rechnung.h"

#include <stdio.h>

void wgi_wohngeld_berechnen(wgi_rechnung *c)
{
    const wg_haushalt *h = c->h;
    const wgi_periode *p = c->p;
    wg_ergebnis *r = c->r;
    char b1[48], b2[48];
    const int n = c->n, ng = c->n_gesamt, t = c->n_tab - 1;

    /* M of § 11 (exact fraction over n_gesamt, on the b4 scale) */
    wgi_z10 m = wgi_zu_z10(wgi_m_zaehler(c->miete_gekappt, c->entlastung, n), ng, c->rundung);
    wgi_wert_dezimal(r, WG_W_M, m, 10);
    wgi_schritt_neu(c, "§ 11 Abs. 1, 3 WoGG", wgi_wert_text(r, WG_W_M),
                   "zu berücksichtigende Miete oder Belastung M = (min(R, H + K) + E) × %d/%d", n, ng);

    /* Anlage 3 Nr. 1: values below the table are replaced by it. */
    wgi_b4 m_min = p->m_min[t], y_min = p->y_min[t];
    wgi_wert_betrag(r, WG_W_M_MIN, m_min);
    wgi_wert_betrag(r, WG_W_Y_MIN, y_min);
    const bool nach_entlastung = h->auslegung.mindestmiete_nach_entlastung;
    wgi_z10 m_formel = wgi_m_formel(c->miete_gekappt, c->entlastung, n, ng, m_min, nach_entlastung, c->rundung);
    wgi_z10 y = c->y; /* Y of § 13 Abs. 2, brought to ten decimals in einkommen.c */
    wgi_z10 y_formel = wgi_y_formel(y, y_min);
    wgi_wert_dezimal(r, WG_W_M_FORMEL, m_formel, 10);
    wgi_wert_dezimal(r, WG_W_Y_FORMEL, y_formel, 10);
    wgi_schritt_neu(c, "Anlage 3 Nr. 1 WoGG", wgi_wert_text(r, WG_W_M_FORMEL),
                   m_formel != m ? "M liegt unter dem Mindestwert %s für %d Mitglieder und wird ersetzt%s"
                                 : "M (Mindestwert %s für %d Mitglieder%s)",
                   wgi_betrag_text(b1, m_min), c->n_tab,
                   nach_entlastung ? "" : "; Auslegung: Mindestwert vor dem Entlastungsbetrag");
    wgi_schritt_neu(c, "Anlage 3 Nr. 1 WoGG", wgi_wert_text(r, WG_W_Y_FORMEL),
                   y_formel != y ? "Y liegt unter dem Mindestwert %s für %d Mitglieder und wird ersetzt"
                                 : "Y (Mindestwert %s für %d Mitglieder)",
                   wgi_betrag_text(b1, y_min), c->n_tab);

    /* § 19 Abs. 1 with Anlage 2 (a, b, c) and Anlage 3 Nr. 2 */
    wgi_formel f = {p->a[t], p->b[t], p->c[t], p->skalar[WGI_S_FAKTOR], m_formel, y_formel, c->rundung};
    wgi_wert_koeffizient(r, WG_W_A, f.a);
    wgi_wert_koeffizient(r, WG_W_B, f.b);
    wgi_wert_koeffizient(r, WG_W_C, f.c);
    wgi_schritt_neu(c, p->quelle_tabelle[WGI_T_ABC], wgi_wert_text(r, WG_W_A), "a für %d Mitglieder; b = %s; c = %s", c->n_tab,
                   wgi_wert_text(r, WG_W_B), wgi_wert_text(r, WG_W_C));
    wgi_formel_ergebnis z;
    bool ueberlauf;
    wgi_formel_rechnen(&f, &z, &ueberlauf);
    if (ueberlauf) {
        wgi_fehler_setzen(r, WG_E_GRENZE, "", "Zwischenwert der Formel außerhalb des Rechenbereichs");
        return;
    }
    const char *modus = c->rundung == WGI_RUNDEN_ABSCHNEIDEN ? "abgeschnitten" : "kaufmännisch gerundet";
    wgi_wert_dezimal(r, WG_W_Z1, z.z1, 10);
    wgi_wert_dezimal(r, WG_W_Z2, z.z2, 10);
    wgi_wert_dezimal(r, WG_W_Z3, z.z3, 10);
    wgi_wert_dezimal(r, WG_W_Z4, z.z4, 10);
    wgi_schritt_neu(c, "Anlage 3 Nr. 2 WoGG", wgi_wert_text(r, WG_W_Z1), "z1 = a + b·M + c·Y, auf zehn Nachkommastellen %s", modus);
    wgi_schritt_neu(c, "Anlage 3 Nr. 2 WoGG", wgi_wert_text(r, WG_W_Z2), "z2 = z1·Y, auf zehn Nachkommastellen %s", modus);
    wgi_schritt_neu(c, "Anlage 3 Nr. 2 WoGG", wgi_wert_text(r, WG_W_Z3), "z3 = M − z2");
    wgi_schritt_neu(c, "Anlage 3 Nr. 2 WoGG", wgi_wert_text(r, WG_W_Z4), "z4 = %s·z3, auf zehn Nachkommastellen %s",
                   wgi_dezimal_schreiben_kurz(b1, f.faktor, 10, 0) ? b1 : "", modus);

    /* Anlage 3 Nr. 3, the cap at ⌊M⌋ (rechenweg.md § 4 step 4), § 19 Abs. 3: computed once by the
     * rule of the bulk walk (regeln.h wgi_betrag_nach_formel_spur), narrated from its trace */
    const wgi_z10 m_euro = wgi_m_euro(c->miete_gekappt, c->entlastung, n, ng);
    wgi_nach_formel s = {0};
    wgi_z10 w = wgi_betrag_nach_formel_spur(p, z.z4, m_euro, n, h->auslegung.deckelung_auf_miete, &s);
    wgi_wert_dezimal(r, WG_W_WOHNGELD_GERUNDET, s.gerundet, 0);
    wgi_schritt_neu(c, "Anlage 3 Nr. 3 WoGG", wgi_wert_text(r, WG_W_WOHNGELD_GERUNDET),
                   "auf volle Euro gerundet (ab 0,50 aufgerundet)");
    if (s.gedeckelt) {
        wgi_wert_dezimal(r, WG_W_WOHNGELD_GEDECKELT, s.nach_deckelung, 0);
        wgi_schritt_neu(c, wgi_deckelung_gesetzlich(p) ? p->quelle_skalar[WGI_S_DECKELUNG] : "Auslegung deckelung_auf_miete",
                       wgi_wert_text(r, WG_W_WOHNGELD_GEDECKELT),
                       "Wohngeld höchstens bis zur Höhe der zu berücksichtigenden Miete oder Belastung M");
    }
    if (s.ueber > 0) {
        /* § 19 Abs. 3: for the 13th and each further zu berücksichtigende member */
        wgi_wert_betrag(r, WG_W_ZUSCHLAG_UEBER_12, s.zuschlag);
        wgi_schritt_neu(c, "§ 19 Abs. 3 WoGG", wgi_betrag_text(b1, s.zuschlag), "Erhöhung um %d × %s für das 13. und jedes "
                       "weitere zu berücksichtigende Haushaltsmitglied", s.ueber,
                       wgi_betrag_text(b2, p->skalar[WGI_S_ZUSCHLAG_UEBER_12]));
        if (s.zuschlag_gedeckelt) {
            wgi_wert_dezimal(r, WG_W_WOHNGELD_GEDECKELT, w, 0);
            wgi_schritt_neu(c, "§ 19 Abs. 3 WoGG", wgi_wert_text(r, WG_W_WOHNGELD_GEDECKELT),
                           "höchstens bis zur Höhe der zu berücksichtigenden Miete oder Belastung M");
        }
    }

    /* § 21 Nr. 1 */
    wgi_b4 schwelle = p->skalar[WGI_S_MINDESTBETRAG];
    wgi_wert_betrag(r, WG_W_SCHWELLE, schwelle);
    if (wgi_unter_mindestbetrag(p, w)) {
        wgi_kein_anspruch(r, WG_GRUND_UNTER_MINDESTBETRAG);
        wgi_dezimal_schreiben(b2, w, 0);
        wgi_schritt_neu(c, "§ 21 Nr. 1 WoGG", "0", "Wohngeld %s Euro läge unter %s Euro: kein Anspruch", b2,
                       wgi_betrag_text(b1, schwelle));
        return;
    }
    r->anspruch = true;
    r->wohngeld = (int64_t)w;
    if (c->schritte) {
        wgi_dezimal_schreiben(b2, w, 0);
        wgi_schritt_neu(c, "§ 19 WoGG", b2, "monatliches Wohngeld");
    }
}
