/*
 * vorpruefung.c — screening on partial data (docs/vorpruefung.md): the public API of the handle
 * and wg_vorpruefen — the order of its steps (check, months, Satz, search, witnesses, thresholds,
 * the fields that decide) and the answer. The search is vorpruefung_suche.c, its points
 * vorpruefung_punkt.c, the thresholds vorpruefung_schwellen.c.
 *
 * Exports (public, wohngeld_vorpruefung.h): the readers, wg_einstufung_code, wg_vorpruefen. The
 * files build on one another: vorpruefung_punkt.c (the handle, preparation, points) ←
 * vorpruefung_suche.c ← vorpruefung_schwellen.c ← this file.
 */
#include "wohngeld_felder.h"
#include "vorpruefung_intern.h"




const wg_spanne *wg_vorpruefung_spanne(const wg_vorpruefung *v) { return v && v->hat_spanne ? &v->spanne : NULL; }

const wg_fehler *wg_vorpruefung_fehler(const wg_vorpruefung *v) { return v && v->hat_fehler ? &v->fehler : NULL; }

const wg_schwellen_info *wg_vorpruefung_schwellen(const wg_vorpruefung *v)
{
    return v && v->hat_schwellen ? &v->info : NULL;
}

const char *wg_einstufung_code(wg_einstufung e)
{
    switch (e) {
    case WG_ANSPRUCH_SICHER: return "anspruch_sicher";
    case WG_KEIN_ANSPRUCH_SICHER: return "kein_anspruch_sicher";
    case WG_OFFEN: return "offen";
    }
    return "";
}



/* ---- preparing: the ordinary check, the months, the Satz ---- */




/* A witness of a maximum often has the rent at the upper end of its interval — 10^9 EUR for
 * "unbekannt". Every rent from the point where R reaches H + K gives the same M' and ⌊M⌋
 * (§ 11 Abs. 1), so the witness takes the smallest such rent of its interval: the same amount
 * (checked), a household a person can read. */
static void zeuge_kappen(wg_vorpruefung *v, int z)
{
    int64_t *punkt = v->best[z].punkt;
    for (size_t g = 0; g < v->anzahl_geld; g++) {
        const size_t x = v->geld[g];
        if (v->u[x].seite != WGI_S_M_AUF || v->u[x].pub.art != WG_UNBEKANNT_BETRAG || punkt[x] <= v->u[x].pub.von) continue;
        wgi_vp_punkt_rechnen(v, punkt, 0);
        if (v->abbruch) return;
        int64_t neu = v->u[x].pub.von;
        bool geht = true;
        for (size_t j = 0; j < v->anzahl_monate && geht; j++) {
            const wgi_satz_teile *t = &v->teile[0][j];
            if (!t->formel || t->miete < t->grenze) geht = false;
            else if (punkt[x] - (t->miete - t->grenze) / WGI_B4_CENT > neu) neu = punkt[x] - (t->miete - t->grenze) / WGI_B4_CENT;
        }
        if (!geht || neu >= punkt[x]) continue;
        const int64_t alt = punkt[x];
        punkt[x] = neu;
        wgi_vp_punkt_rechnen(v, punkt, 1);
        bool gleich = !v->abbruch;
        for (size_t j = 0; j < v->anzahl_monate && gleich; j++) gleich = v->betrag[1][j] == v->betrag[0][j];
        if (!gleich) punkt[x] = alt;
        v->abbruch = false;
    }
}

/* The witness of objective z as a household. */
static bool zeuge_bilden(wg_vorpruefung *v, int z)
{
    if (!wgi_kopie_von(&v->zeuge[z], &v->basis.h)) return false;
    wgi_kopie_werte(&v->zeuge[z], v->u, v->anzahl, v->best[z].punkt);
    return true;
}

wg_status wg_vorpruefen(const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u, size_t anzahl, wg_vorpruefung *v)
{
    if (!v) return WG_E_ARGUMENT;
    if (!e || !h || (anzahl && !u)) return wgi_vp_fehler(v, WG_E_ARGUMENT, "", "Argument fehlt");
    for (size_t x = 0; x < anzahl; x++)
        if (!u[x].feld) return wgi_vp_fehler(v, WG_E_ARGUMENT, "", "eine Unbekannte ohne Feld (feld ist NULL)");
    wg_status st = wgi_vp_vorbereiten(v, e, h, u, anzahl);
    if (st != WG_OK) return st;
    wgi_vp_best_zuruecksetzen(v);
    const bool alle[Z_ANZAHL] = {true, true, true, true};
    wgi_vp_box_suchen(v, alle);
    if (v->abbruch) return wgi_vp_abbruch(v);
    wg_spanne *s = &v->spanne;
    memset(s, 0, sizeof *s);
    zeuge_kappen(v, Z_MON_MAX);
    if (v->zeitraum) zeuge_kappen(v, Z_SUM_MAX);
    if (v->abbruch) return wgi_vp_abbruch(v);
    for (int z = 0; z < (v->zeitraum ? Z_ANZAHL : 2); z++)
        if (!zeuge_bilden(v, z)) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    s->wohngeld_min = v->best[Z_MON_MIN].wert;
    s->wohngeld_max = v->best[Z_MON_MAX].wert;
    s->min_bei = &v->zeuge[Z_MON_MIN].h;
    s->max_bei = &v->zeuge[Z_MON_MAX].h;
    s->zeitraum = v->zeitraum;
    const int zmin = v->zeitraum ? Z_SUM_MIN : Z_MON_MIN, zmax = v->zeitraum ? Z_SUM_MAX : Z_MON_MAX;
    if (v->zeitraum) {
        s->summe_min = v->best[Z_SUM_MIN].wert;
        s->summe_max = v->best[Z_SUM_MAX].wert;
        s->summe_min_bei = &v->zeuge[Z_SUM_MIN].h;
        s->summe_max_bei = &v->zeuge[Z_SUM_MAX].h;
    }
    const int64_t mn = v->best[zmin].wert, mx = v->best[zmax].wert;
    int64_t schranke[Z_ANZAHL];
    for (int z = 0; z < Z_ANZAHL; z++) schranke[z] = v->best[z].wert;
    /* the minima's witnesses, kept: the thresholds' searches below reuse v->best */
    int64_t min_punkt[2][MAX_U];
    memcpy(min_punkt[0], v->best[Z_MON_MIN].punkt, v->anzahl * sizeof min_punkt[0][0]);
    memcpy(min_punkt[1], v->best[Z_SUM_MIN].punkt, v->anzahl * sizeof min_punkt[0][0]);
    s->einstufung = mn > 0 ? WG_ANSPRUCH_SICHER : mx <= 0 ? WG_KEIN_ANSPRUCH_SICHER : WG_OFFEN;

    /* thresholds and deciding fields, at the witness of the maximum */
    int64_t punkt[MAX_U];
    memcpy(punkt, v->best[zmax].punkt, v->anzahl * sizeof *punkt);
    size_t ns = 0, nf = 0;
    for (size_t x = 0; x < v->anzahl; x++) {
        const wgi_unbekannt *ux = &v->u[x];
        if (ux->pub.art != WG_UNBEKANNT_BETRAG) continue;
        wg_schwelle *sw = &v->schwellen[ns++];
        memset(sw, 0, sizeof *sw);
        sw->feld = ux->pub.feld;
        sw->ab = ux->seite == WGI_S_KEINE ? true : wgi_vp_schwelle_ab(ux->seite);
        if (ux->seite != WGI_S_KEINE && ux->pub.von < ux->pub.bis)
            sw->gesetzt = wgi_vp_schwelle_finden(v, punkt, x, ux->pub.von, ux->pub.bis, sw->ab, &sw->cent);
        if (v->abbruch) return wgi_vp_abbruch(v);
        if (sw->gesetzt && s->einstufung == WG_OFFEN) v->fehlt[nf++] = ux->pub.feld;
    }
    if (s->einstufung == WG_OFFEN) {
        wgi_vp_punkt_rechnen(v, punkt, 0);
        const bool hat = (v->zeitraum ? wgi_vp_summe(v, 0) : v->betrag[0][0]) > 0;
        for (size_t g = 0; g < v->anzahl_geld; g++) {
            const size_t x = v->geld[g];
            if (v->u[x].pub.art != WG_UNBEKANNT_SCHALTER) continue;
            if (wgi_vp_anspruch_bei(v, punkt, x, 1 - punkt[x]) != hat) v->fehlt[nf++] = v->u[x].pub.feld;
        }
        for (size_t w = 0; w < v->anzahl_wahl; w++) {
            const size_t x = v->wahl[w];
            bool entscheidet = false;
            for (int k = 0; k < v->u[x].anzahl_klassen && !entscheidet; k++)
                if (v->u[x].klasse[k] != punkt[x]) entscheidet = wgi_vp_anspruch_bei(v, punkt, x, v->u[x].klasse[k]) != hat;
            if (entscheidet) v->fehlt[nf++] = v->u[x].pub.feld;
        }
        if (v->abbruch) return wgi_vp_abbruch(v);
    }
    /* the minimum's witness: an income or Vermögen "unbekannt" sits at 10^9 EUR there; where the
     * value one cent beyond its threshold gives the same minimum, the witness takes that (a
     * household a person can read; the amount is checked) */
    for (int i = 0; i < (v->zeitraum ? 2 : 1); i++) {
        const int z = i ? Z_SUM_MIN : Z_MON_MIN;
        int64_t *pz = min_punkt[i];
        bool geaendert = false;
        for (size_t k = 0, x = 0; k < ns; k++, x++) {
            while (v->u[x].pub.art != WG_UNBEKANNT_BETRAG) x++;
            const wg_schwelle *sw = &v->schwellen[k];
            if (!sw->gesetzt || sw->ab || sw->cent + 1 > v->u[x].pub.bis || pz[x] <= sw->cent + 1) continue;
            const int64_t alt = pz[x];
            pz[x] = sw->cent + 1;
            wgi_vp_punkt_rechnen(v, pz, 0);
            if (v->abbruch) return wgi_vp_abbruch(v);
            if ((v->zeitraum && z == Z_SUM_MIN ? wgi_vp_summe(v, 0) : v->betrag[0][0]) == schranke[z]) geaendert = true;
            else pz[x] = alt;
        }
        if (geaendert) {
            memcpy(v->best[z].punkt, pz, v->anzahl * sizeof *pz);
            if (!zeuge_bilden(v, z)) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
        }
    }
    s->schwellen = v->schwellen;
    s->anzahl_schwellen = ns;
    s->fehlt = v->fehlt;
    s->anzahl_fehlt = nf;
    s->auswertungen = v->auswertungen;

    /* the witnesses, computed the ordinary way: each must give its bound (a check of the
     * search itself, never expected to fail), and the maximum's result carries the hints */
    static const int folge[2][4] = {{Z_MON_MIN, Z_MON_MAX}, {Z_MON_MIN, Z_MON_MAX, Z_SUM_MIN, Z_SUM_MAX}};
    for (int i = 0; i < (v->zeitraum ? Z_ANZAHL : 2); i++) {
        const int z = folge[v->zeitraum][i];
        if (z == Z_MON_MIN && !v->zeitraum) {
            /* the minimum's witness of a Stichtag record as the bulk path packs and computes it
             * (the public wg_satz_packen and wg_satz_berechnen: the same amounts, less work) */
            wg_kurz k;
            const size_t laenge = wg_satz_packen(e, &v->zeuge[z].h, v->satz, SATZ_KAP);
            if (laenge > 0 && laenge <= SATZ_KAP && wg_satz_berechnen(e, v->satz, laenge, &k) == WG_OK) {
                if (k.wohngeld_monat != schranke[z])
                    return wgi_vp_fehler(v, WG_E_GRENZE, "", "Vorprüfung: ein Zeuge ergibt nicht seine Schranke (interner Fehler)");
                continue;
            }
        }
        if (wg_berechnen(e, &v->zeuge[z].h, v->r, WG_NUR_BETRAG) != WG_OK)
            return wgi_vp_fehler(v, WG_E_GRENZE, "", "Vorprüfung: ein Zeuge ist nicht berechenbar (interner Fehler)");
        const int64_t ist = z >= Z_SUM_MIN ? wg_ergebnis_summe(v->r) : wg_ergebnis_wohngeld_monat(v->r);
        if (ist != schranke[z])
            return wgi_vp_fehler(v, WG_E_GRENZE, "", "Vorprüfung: ein Zeuge ergibt nicht seine Schranke (interner Fehler)");
    }
    /* the last one computed is zmax's: its result stays in v->r */
    s->ergebnis_max = v->r;
    const size_t nh = wg_ergebnis_anzahl_hinweise(v->r);
    for (size_t i = 0; i < nh && i < sizeof v->nur_zeuge / sizeof v->nur_zeuge[0]; i++)
        v->nur_zeuge[i] = wgi_hinweis_offen(wg_ergebnis_hinweis_code(v->r, i), v->u, v->anzahl);
    s->hinweis_nur_bei_zeuge = v->nur_zeuge;
    /* the Gesamteinkommen up to which a claim exists, where an income is open (the letter's
     * "bis zu einem Einkommen von …"): the threshold of the maximum's witness, found by the same
     * search as wg_schwellen's einkommen_bis, on a handle of its own */
    bool einkommen_offen = false;
    for (size_t x = 0; x < v->anzahl; x++) {
        const wgi_feldort o = v->u[x].ort;
        einkommen_offen |= v->u[x].pub.von < v->u[x].pub.bis &&
                           (o == WGI_FO_POSTEN || o == WGI_FO_JAHRESEINKOMMEN || o == WGI_FO_GESAMTEINKOMMEN ||
                            o == WGI_FO_WERBUNGSKOSTEN || o == WGI_FO_UNTERHALT);
    }
    if (s->einstufung == WG_OFFEN && !v->zeitraum && einkommen_offen) {
        if (!v->neben) v->neben = wg_vorpruefung_neu();
        if (!v->neben) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
        v->neben->halt = v->halt;
        v->neben->halt_ctx = v->halt_ctx;
        wg_haushalt g = v->zeuge[Z_MON_MAX].h;
        g.hat_gesamteinkommen = true;
        g.gesamteinkommen_monat_cent = 0;
        wg_schwelle sw;
        if (wgi_vp_schwelle_fuer(v->neben, e, &g, WG_F_GESAMTEINKOMMEN_MONAT, 0, WG_MAX_BETRAG_CENT, &sw, &v->neben->schwellen_zeuge[2]) != WG_OK)
            return wgi_vp_fehler_von(v, &v->neben->fehler);
        s->hat_einkommen_bis = sw.gesetzt;
        s->einkommen_bis_cent = sw.gesetzt ? sw.cent : 0;
    }
    if (s->einstufung == WG_OFFEN && nf == 0)
        s->offen_grund = "Kein unbekannter Wert entscheidet allein: der Anspruch hängt vom Zusammenspiel mehrerer offener "
                         "Angaben ab — alle offenen Angaben erheben.";
    v->hat_spanne = true;
    return WG_OK;
}

/* ---- thresholds of complete households, Einkommensgrenzen ---- */
