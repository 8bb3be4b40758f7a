/*
 * untergrenze.c — how fast could the computation be at best on this machine? A measurement, not
 * a Wohngeld computation: a stripped kernel that handles only the most common kind of household
 * and nothing else — no checks, no result object, no rare rule.
 *
 * It takes the households of the file for which the stripped rules are the whole law:
 *   - a Stichtag with an enacted period up to the last day of known law, a given mietenstufe;
 *   - every member counted, none with a § 17 or § 17a feature, § 18 payment, given
 *     Jahreseinkommen, birth date or Werbungskosten, and not more than 12 members;
 *   - incomes only of kinds whose rule is "sum less a flat deduction, not below 0";
 *   - a rent without deductions or flat amounts, no Heim, no Vermögen, the default switches.
 * For each of them it checks that its amount equals wg_berechnen's (else it stops), then times
 * the kernel and the bulk path (WG_NUR_BETRAG) over them: about a third of the generated
 * households, and the cheapest.
 *
 * Then it times the same kernel over all valid households of the file — for its cost only: for
 * the households with rules it leaves out its amounts are wrong and are not used (a household
 * given by Gemeinde is taken as Mietenstufe III). No correct computation of those households can
 * cost less than this, so the figure is an upper bound for any bulk path on the whole mix.
 *
 *   untergrenze DATEI   → households/s: kernel and bulk path on the simple households, kernel
 *                         on all (one line each: name, number of households, rate)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "formel.h"
#include "rechnung.h"
#include "kopie.h"
#include "wohngeld_json.h"

static double jetzt(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

enum {
    EINFACH = 1u << WG_ART_ARBEITSLOHN | 1u << WG_ART_RENTE | 1u << WG_ART_VERSORGUNGSBEZUG | 1u << WG_ART_KAPITAL |
              1u << WG_ART_LOHNERSATZ | 1u << WG_ART_UNTERHALTSVORSCHUSS | 1u << WG_ART_UNTERHALT_ERHALTEN |
              1u << WG_ART_SONSTIGES_ANRECHENBAR | 1u << WG_ART_SELBSTAENDIG | 1u << WG_ART_GEWERBE
};

static bool passt(const wg_engine *e, const wg_haushalt *h)
{
    int tag = h->stichtag.jahr * 10000 + h->stichtag.monat * 100 + h->stichtag.tag;
    unsigned mi = (unsigned)(h->stichtag.jahr - WGI_INDEX_AB) * 12u + (unsigned)(h->stichtag.monat - 1);
    if (h->hat_zeitraum || h->rechtsstand || mi >= WGI_INDEX_JAHRE * 12u || !e->monat_periode[mi]) return false;
    if ((e->bekannt_bis && tag > e->bekannt_bis) || h->mietenstufe == 0) return false;
    if (!h->hat_wohnkosten || h->heimbewohner || h->abzuege_cent || h->pauschalen.heizung || h->pauschalen.warmwasser ||
        h->pauschalen.haushaltsenergie || h->pauschalen.garage || h->pauschalen.stellplatz)
        return false;
    if (h->hat_vermoegen || h->hat_gesamteinkommen || h->alleinerziehend || h->anzahl_mitglieder > 12) return false;
    wg_auslegung standard;
    wg_auslegung_init(&standard);
    const wg_auslegung *a = &h->auslegung;
    if (a->zwischenrundung != standard.zwischenrundung || a->deckelung_auf_miete != standard.deckelung_auf_miete ||
        a->ueber_12_mitglieder != standard.ueber_12_mitglieder ||
        a->mindestmiete_nach_entlastung != standard.mindestmiete_nach_entlastung)
        return false;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (!m->zu_beruecksichtigen || m->kind_eines_mitglieds || m->schwerbehindert_pflege || m->ns_verfolgt ||
            m->grundrentenzeiten_33_jahre || m->ausbildungsfoerderung_dem_grunde_nach || m->hat_jahreseinkommen ||
            m->hat_geburtsdatum || m->anzahl_unterhalt)
            return false;
        for (size_t j = 0; j < m->anzahl_einkommen; j++)
            if (!(EINFACH >> m->einkommen[j].art & 1u) || m->einkommen[j].hat_werbungskosten ||
                m->einkommen[j].betrag_cent < 0)
                return false;
    }
    return true;
}

/* the stripped kernel: §§ 14, 16, 11, 12, Anlage 3, § 21 Nr. 1 for those households only */
__attribute__((noinline)) static int64_t kern(const wg_engine *e, const wg_haushalt *h)
{
    const wgi_periode *p = e->monat_periode[(h->stichtag.jahr - WGI_INDEX_AB) * 12 + h->stichtag.monat - 1];
    int stufe = h->mietenstufe ? h->mietenstufe : 3;
    wgi_b4 an = p->skalar_gesetzt[WGI_S_AN_PAUSCHBETRAG] ? p->skalar[WGI_S_AN_PAUSCHBETRAG]
                                                       : e->an_pauschbetrag[h->stichtag.jahr - WGI_INDEX_AB];
    int n = (int)h->anzahl_mitglieder;
    wgi_b4 g = 0;
    for (int i = 0; i < n; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        wgi_b4 summe[WG_ART_ANZAHL];
        unsigned hat = 0;
        for (size_t j = 0; j < m->anzahl_einkommen; j++) {
            const wg_einkommen *x = &m->einkommen[j];
            unsigned bit = 1u << x->art;
            wgi_b4 jahr = x->betrag_cent * (x->jaehrlich ? 100 : 1200);
            summe[x->art] = (hat & bit) ? summe[x->art] + jahr : jahr;
            hat |= bit;
        }
        wgi_b4 s = 0;
        for (unsigned r = hat; r; r &= r - 1) {
            int a = __builtin_ctz(r);
            wgi_b4 z = summe[a] - (a == WG_ART_ARBEITSLOHN ? an : p->abzug_art[a]);
            s += z > 0 ? z : 0;
        }
        int k = m->abzug_steuern + m->abzug_kranken_pflege + m->abzug_rente;
        g += s - s * k * p->skalar[WGI_S_ABZUG_16_PROZENT] / 100;
    }
    int t = (n < 12 ? n : 12) - 1;
    wgi_b4 grenze = wgi_staffel_wert(&p->hoechstbetrag[stufe - 1], n) + (p->hat_klima ? wgi_staffel_wert(&p->klima, n) : 0);
    wgi_b4 entlastung = p->hat_co2 ? wgi_staffel_wert(&p->co2, n) + (p->hat_dauerhaft ? wgi_staffel_wert(&p->dauerhaft, n) : 0) : 0;
    wgi_b4 miete = h->wohnkosten_cent * WGI_B4_CENT;
    if (miete > grenze) miete = grenze;
    wgi_b4 m = miete + entlastung;
    wgi_b4 m_formel = m > p->m_min[t] ? m : p->m_min[t];
    int64_t y = (g * 1000000 + 6) / 12, y_min = p->y_min[t] * 1000000;
    wgi_formel_ergebnis z;
    if (!wgi_formel_64(p->a[t], p->b[t], p->c[t], p->skalar[WGI_S_FAKTOR], m_formel * 1000000, y > y_min ? y : y_min,
                      WGI_RUNDEN_HALB_WEG_VON_NULL, &z))
        return -1;
    wgi_z10 w = wgi_durch_skala(z.z4 + WGI_Z10_EINS / 2, WGI_RUNDEN_ABRUNDEN);
    return w * WGI_B4_EUR < p->skalar[WGI_S_MINDESTBETRAG] ? 0 : (int64_t)w;
}

int main(int argc, char **argv)
{
    if (argc < 2) return 2;
    FILE *f = fopen(argv[1], "rb");
    if (!f) return 2;
    wg_fehler fe;
    wg_engine *e = wg_engine_oeffnen(&fe);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    size_t n = 0, n_alle = 0, gelesen = 0, kap = 1 << 16, kap_alle = 1 << 16;
    wg_haushalt *hh = malloc(kap * sizeof *hh), *alle = malloc(kap_alle * sizeof *alle), h;
    haushalt_datei d = {f, j, NULL, 0};
    while (naechster_haushalt(&d, &h)) {
        gelesen++;
        if (wg_berechnen(e, &h, r, WG_NUR_BETRAG) != WG_OK || h.hat_zeitraum || h.rechtsstand) continue;
        unsigned mi = (unsigned)(h.stichtag.jahr - WGI_INDEX_AB) * 12u + (unsigned)(h.stichtag.monat - 1);
        if (mi >= WGI_INDEX_JAHRE * 12u || !e->monat_periode[mi]) continue;
        bool einfach = passt(e, &h);
        if (einfach && kern(e, &h) != wg_ergebnis_wohngeld_monat(r)) {
            fprintf(stderr, "untergrenze: Haushalt %s: %lld statt %lld\n", h.id ? h.id : "?", (long long)kern(e, &h),
                    (long long)wg_ergebnis_wohngeld_monat(r));
            return 1;
        }
        /* separate copies for the two sets, each allocated in its own order, so that neither
         * walks through memory of the other (the figures depend on it) */
        if (n_alle == kap_alle) alle = realloc(alle, (kap_alle *= 2) * sizeof *alle);
        haushalt_kopieren(&alle[n_alle++], &h);
        if (einfach) {
            if (n == kap) hh = realloc(hh, (kap *= 2) * sizeof *hh);
            hh[n++] = alle[n_alle - 1]; /* copied again below, after the whole set */
        }
    }
    for (size_t i = 0; i < n; i++) haushalt_kopieren(&hh[i], &hh[i]);
    fclose(f);
    double best_kern = 0, best_pfad = 0, best_alle = 0;
    long long summe = 0, egal = 0;
    for (int runde = 0; runde < 5; runde++) {
        double t0 = jetzt();
        for (size_t i = 0; i < n; i++) summe += kern(e, &hh[i]);
        double rate = (double)n / (jetzt() - t0);
        if (rate > best_kern) best_kern = rate;
        t0 = jetzt();
        for (size_t i = 0; i < n; i++) {
            wg_berechnen(e, &hh[i], r, WG_NUR_BETRAG);
            summe -= wg_ergebnis_wohngeld_monat(r);
        }
        rate = (double)n / (jetzt() - t0);
        if (rate > best_pfad) best_pfad = rate;
        t0 = jetzt();
        for (size_t i = 0; i < n_alle; i++) egal += kern(e, &alle[i]);
        rate = (double)n_alle / (jetzt() - t0);
        if (rate > best_alle) best_alle = rate;
    }
    if (summe != 0) {
        fprintf(stderr, "untergrenze: Summen weichen ab\n");
        return 1;
    }
    printf("untergrenze_einfache %zu %.0f\n", n, best_kern);
    printf("nur_betrag_einfache %zu %.0f\n", n, best_pfad);
    printf("untergrenze_alle %zu %.0f\n", n_alle, best_alle);
    fprintf(stderr, "(%zu von %zu Haushalten einfach; Prüfwert %lld)\n", n, gelesen, egal);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    return 0;
}
