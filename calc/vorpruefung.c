/*
 * vorpruefung.c — screening on partial data (docs/vorpruefung.md): the public API of the handle
 * and wg_vorpruefen — the order of its steps (check, months, Satz, search, witnesses, thresholds,
 * the fields that decide) and the answer. The search is vorpruefung_suche.c, its points
 * vorpruefung_punkt.c, the thresholds vorpruefung_schwellen.c.
 *
 * Exports (public, wohngeld_vorpruefung.h): wg_vorpruefung_neu/_frei/_halt_setzen, the readers,
 * wg_einstufung_code, wg_vorpruefen; (vorpruefung_intern.h) wgi_vp_fehler, wgi_vp_fehler_von,
 * wgi_vp_vorbereiten, wgi_vp_abbruch.
 */
#include "wohngeld_felder.h"
#include "vorpruefung_intern.h"

wg_vorpruefung *wg_vorpruefung_neu(void)
{
    wg_vorpruefung *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    v->satz = aligned_alloc(8, SATZ_KAP);
    v->r = wg_ergebnis_neu();
    if (!v->satz || !v->r) {
        wg_vorpruefung_frei(v);
        return NULL;
    }
    return v;
}

void wg_vorpruefung_frei(wg_vorpruefung *v)
{
    if (!v) return;
    wgi_kopie_frei(&v->basis);
    for (int z = 0; z < Z_ANZAHL; z++) wgi_kopie_frei(&v->zeuge[z]);
    for (int z = 0; z < 4; z++) wgi_kopie_frei(&v->schwellen_zeuge[z]);
    wg_vorpruefung_frei(v->neben);
    free(v->satz);
    free(v->stapel);
    wg_ergebnis_frei(v->r);
    free(v);
}

void wg_vorpruefung_halt_setzen(wg_vorpruefung *v, int (*halt)(void *ctx), void *ctx)
{
    if (!v) return;
    v->halt = halt;
    v->halt_ctx = ctx;
}

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

wg_status wgi_vp_fehler(wg_vorpruefung *v, wg_status code, const char *feld, const char *meldung)
{
    v->hat_fehler = true;
    v->fehler.code = code;
    snprintf(v->fehler.feld, sizeof v->fehler.feld, "%s", feld);
    snprintf(v->fehler.meldung, sizeof v->fehler.meldung, "%s", meldung);
    return code;
}

wg_status wgi_vp_fehler_von(wg_vorpruefung *v, const wg_fehler *f)
{
    v->hat_fehler = true;
    v->fehler = *f;
    return f->code;
}

/* ---- preparing: the ordinary check, the months, the Satz ---- */

/* A flag that moves the amount one way only through M' or Y' is a dimension of the box like a
 * money value (0 … 1), not a combination to enumerate (docs/vorpruefung.md "Warum exakt"):
 * the § 16 criteria and the Freibeträge of § 17 Nr. 1 to 4 only lower Y (true: Y_AB), a Heim
 * only raises R to H + K (§ 9 Abs. 3: M_AUF), a WoGV § 6 Pauschale only lowers R (M_AB). The
 * § 17a flag (the pension's valley depends on it) and § 20 Abs. 2 (no amount at all) are
 * enumerated. */
static wgi_seite schalter_seite(const wgi_unbekannt *u)
{
    switch (u->ort) {
    case WGI_FO_MERKMAL:
        return u->merkmal & (WG_SM_STEUERN | WG_SM_KRANKEN_PFLEGE | WG_SM_RENTE | WG_SM_SCHWERBEHINDERT | WG_SM_NS_VERFOLGT |
                             WG_SM_KIND)
                   ? WGI_S_Y_AB
                   : WGI_S_KEINE;
    case WGI_FO_ALLEIN: return WGI_S_Y_AB;
    case WGI_FO_HEIM: return WGI_S_M_AUF;
    case WGI_FO_WARMWASSER: case WGI_FO_HAUSHALTSENERGIE: case WGI_FO_GARAGE: case WGI_FO_STELLPLATZ: return WGI_S_M_AB;
    default: return WGI_S_KEINE;
    }
}

wg_status wgi_vp_vorbereiten(wg_vorpruefung *v, const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u,
                             size_t anzahl)
{
    v->e = e;
    v->hat_fehler = v->hat_spanne = v->hat_schwellen = false;
    v->abbruch = false;
    v->auswertungen = 0;
    v->monatsrechnungen = 0;
    v->gewicht = 1;
    memset(v->cache_gueltig, 0, sizeof v->cache_gueltig);
    memset(&v->fehler, 0, sizeof v->fehler);
    if (!wgi_kopie_von(&v->basis, h)) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    /* the unknowns resolved (their fields), their lower ends written into the household (the
     * caller's h may hold other values there), the household checked as an ordinary record,
     * then the age classes from the limits of the months' periods */
    wg_fehler f;
    const int keine[1] = {0};
    if (wgi_unbekannte_aufloesen(&v->basis, u, anzahl, keine, v->u, &f) != WG_OK) return wgi_vp_fehler_von(v, &f);
    v->anzahl = anzahl;
    for (size_t x = 0; x < anzahl; x++) v->punkt[x] = u[x].von;
    wgi_kopie_werte(&v->basis, v->u, anzahl, v->punkt);
    /* the ordinary check, silently where it can be (a Stichtag record that passes it needs no
     * computation to say so); otherwise computed, for the error with its field and message */
    const wg_haushalt *hb = &v->basis.h;
    const bool still = !hb->hat_zeitraum && wgi_haushalt_pruefen(hb, NULL) == WG_OK &&
                       wgi_datum_tag(&hb->stichtag) >= e->erster_tag && !(hb->mietenstufe && hb->gemeinde) &&
                       (!hb->rechtsstand || wgi_tabellen_periode(&e->tabellen, hb->rechtsstand));
    wg_status st = still ? WG_OK : wgi_vp_pruefen(v);
    if (st != WG_OK) return st;
    st = wgi_vp_monate_bilden(v);
    if (st != WG_OK) return st;
    int grenzen[WG_MAX_MONATE + 1];
    wgi_vp_altersgrenzen(v, grenzen, WG_MAX_MONATE + 1);
    wgi_altersklassen(v->u, anzahl, grenzen);
    wgi_vp_talpunkte(v);
    v->anzahl_geld = v->anzahl_wahl = 0;
    uint64_t kombinationen = 1;
    for (size_t x = 0; x < anzahl; x++) {
        if (v->u[x].pub.art == WG_UNBEKANNT_SCHALTER && v->u[x].anzahl_klassen > 1) v->u[x].seite = schalter_seite(&v->u[x]);
        if (v->u[x].pub.art == WG_UNBEKANNT_BETRAG || (v->u[x].pub.art == WG_UNBEKANNT_SCHALTER && v->u[x].seite != WGI_S_KEINE)) {
            if (v->u[x].seite != WGI_S_KEINE && v->u[x].pub.von < v->u[x].pub.bis) v->geld[v->anzahl_geld++] = x;
        } else if (v->u[x].anzahl_klassen > 1) {
            v->wahl[v->anzahl_wahl++] = x;
            kombinationen *= (uint64_t)v->u[x].anzahl_klassen;
            if (kombinationen > WG_VP_MAX_KOMBINATIONEN)
                return wgi_vp_fehler(v, WG_E_ZU_VIELE_UNBEKANNTE, v->u[x].pub.feld,
                              "mehr als 65 536 Kombinationen unbekannter Merkmale und Altersklassen (docs/grenzen.md)");
        }
    }
    /* the bound of the formula needs 0 < Faktor < 10 (every period: 1.15); a table override
     * without it cannot be screened exactly */
    for (size_t j = 0; j < v->anzahl_monate; j++) {
        const vp_monat *m = &v->monate[j];
        const wg_datum d = {m->jahr, m->monat, m->tag};
        const wgi_periode *p = m->fest ? m->fest : wgi_periode_zum_stichtag(e, &d);
        if (p && (p->skalar[WG_S_FAKTOR] <= 0 || p->skalar[WG_S_FAKTOR] >= 10 * (int64_t)WG_Z10_EINS))
            return wgi_vp_fehler(v, WG_E_GRENZE, WG_F_RECHTSSTAND, "Vorprüfung setzt einen Faktor zwischen 0 und 10 voraus (docs/vorpruefung.md)");
    }
    return wgi_vp_satz_bilden(v);
}

wg_status wgi_vp_abbruch(wg_vorpruefung *v)
{
    if (v->abbruch_status == WG_E_GRENZE)
    {
        char m[256];
        snprintf(m, sizeof m,
                 "Vorprüfung: Budget von %lu Monatsberechnungen je Datensatz überschritten (%zu Haushalte × %zu Monate "
                 "× Gewicht %zu; WG_VP_MAX_MONATSRECHNUNGEN, docs/grenzen.md)",
                 (unsigned long)WGI_VP_GRENZE, v->auswertungen, v->anzahl_monate, v->gewicht);
        return wgi_vp_fehler(v, WG_E_GRENZE, v->zeitraum ? WG_F_ZEITRAUM : "", m);
    }
    if (v->abbruch_status == WG_E_ABGEBROCHEN)
        return wgi_vp_fehler(v, WG_E_ABGEBROCHEN, "", "Vorprüfung auf Anforderung des Aufrufers abgebrochen (wg_vorpruefung_halt_setzen)");
    if (v->abbruch_status == WG_E_SPEICHER) return wgi_vp_fehler(v, WG_E_SPEICHER, "", "nicht genug Speicher");
    return wgi_vp_fehler(v, v->abbruch_status, "", "Vorprüfung: ein Haushalt der Spanne ist nicht berechenbar");
}

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
            else if (punkt[x] - (t->miete - t->grenze) / WG_B4_CENT > neu) neu = punkt[x] - (t->miete - t->grenze) / WG_B4_CENT;
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
