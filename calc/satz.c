/*
 * satz.c — wg_satz_packen: a household checked once and written in compact form (satz.h) for
 * bulk runs; wg_satz_berechnen (nur_betrag.c) computes it.
 *
 * Packing is the edge of the bulk path: it accepts exactly the households the derivation path
 * would assess without error — pruefung.c's check, asked silently — and that the bulk path
 * decides itself (no zeitraum, no forced rechtsstand, a
 * Rechtsstand enacted for the Stichtag, a Mietenstufe in the engine's list). Everything else
 * returns 0 and belongs to wg_berechnen, which reports the error with its field and message.
 * tests/test_nur_betrag.c holds 29 kinds of invalid input that must never be packed.
 */
#include "satz.h"
#include "satz_format.h"

#include <string.h>

#include "engine.h"
#include "pruefung.h"
#include "regeln.h"
#include "mietenstufen.h"
#include "teilhaushalt.h"

/* What a rule reads of member m (rechenweg.md §§ 1, 2): its ne income items and nu payments —
 * none of a member not counted, no items when its Jahreseinkommen or the household's Y is
 * given. Returns the bytes of the member in the Satz. */
static size_t mitglied_umfang(const wg_haushalt *h, const wg_mitglied *m, size_t *ne, size_t *nu)
{
    const bool zaehlt = m->zu_beruecksichtigen && !h->hat_gesamteinkommen;
    *ne = zaehlt && !m->hat_jahreseinkommen ? m->anzahl_einkommen : 0;
    *nu = zaehlt ? m->anzahl_unterhalt : 0;
    return sizeof(satz_mitglied) + *ne * sizeof(satz_posten) + *nu * sizeof(satz_unterhalt);
}

_Static_assert(WG_MAX_EINKOMMEN == 50, "wie_gegeben below lists 0 … WG_MAX_EINKOMMEN − 1");

/* One member with the ne income items and nu payments a rule reads, at z; false when an income
 * item fails wgi_einkommen_ok (the member's other fields are checked by the caller). A member
 * without rare items (WGI_SM_SELTEN) gets its items in the order of their Einkunftsart
 * (stable), the last of each art marked WGI_SP_ENDE. */
static bool mitglied_schreiben(unsigned char *z, const wg_mitglied *m, size_t ne, size_t nu, unsigned allgemein)
{
    /* whether the member is selten, and whether its items already come grouped by art (no art
     * occurs again after another one) */
    unsigned selten = m->grundrentenzeiten_33_jahre | (allgemein >> 1 & 1u), gesehen = 0, vorher = WG_ART_ANZAHL;
    bool gruppiert = true;
    for (size_t j = 0; j < m->anzahl_einkommen; j++) {
        const wg_einkommen *e1 = &m->einkommen[j];
        if (!wgi_einkommen_ok(e1)) return false;
        const unsigned art = (unsigned)e1->art;
        selten |= e1->hat_werbungskosten | (WGI_ARTEN_SONDER >> art & 1u);
        if (art != vorher) {
            gruppiert &= !(gesehen >> art & 1u);
            gesehen |= 1u << art;
            vorher = art;
        }
    }
    /* the order to write them in: as given, or (rare: an art split by another) sorted by art,
     * stably */
    static const unsigned char wie_gegeben[WG_MAX_EINKOMMEN] = {
        0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49};
    unsigned char sortiert[WG_MAX_EINKOMMEN];
    const unsigned char *folge = wie_gegeben;
    /* items in their places asked for (allgemein bit 0): not grouped means the general way */
    if (!gruppiert && (allgemein & 1u)) selten = 1;
    if (!gruppiert && !selten) {
        for (size_t j = 0; j < ne; j++) {
            size_t k = j;
            while (k > 0 && m->einkommen[sortiert[k - 1]].art > m->einkommen[j].art) {
                sortiert[k] = sortiert[k - 1];
                k--;
            }
            sortiert[k] = (unsigned char)j;
        }
        folge = sortiert;
    }
    *(satz_mitglied *)(void *)z = (satz_mitglied){
        .jahreseinkommen_cent = m->hat_jahreseinkommen ? m->jahreseinkommen_cent : 0,
        .merkmale = (uint16_t)(m->zu_beruecksichtigen * WGI_SM_ZAEHLT | m->kind_eines_mitglieds * WGI_SM_KIND |
                               m->abzug_steuern * WGI_SM_STEUERN | m->abzug_kranken_pflege * WGI_SM_KRANKEN_PFLEGE |
                               m->abzug_rente * WGI_SM_RENTE | m->schwerbehindert_pflege * WGI_SM_SCHWERBEHINDERT |
                               m->ns_verfolgt * WGI_SM_NS_VERFOLGT | m->grundrentenzeiten_33_jahre * WGI_SM_GRUNDRENTE |
                               m->ausbildungsfoerderung_dem_grunde_nach * WGI_SM_FOERDERUNG |
                               m->hat_jahreseinkommen * WGI_SM_JAHRESEINKOMMEN |
                               m->hat_geburtsdatum * WGI_SM_GEBURTSDATUM | selten * WGI_SM_SELTEN),
        .alter = (int16_t)m->alter,
        .anzahl_einkommen = (uint8_t)ne,
        .anzahl_unterhalt = (uint8_t)nu,
        .geb_jahr = (int16_t)(m->hat_geburtsdatum ? m->geburtsdatum.jahr : 0),
        .geb_monat = (uint8_t)(m->hat_geburtsdatum ? m->geburtsdatum.monat : 0),
        .geb_tag = (uint8_t)(m->hat_geburtsdatum ? m->geburtsdatum.tag : 0),
    };
    z += sizeof(satz_mitglied);
    satz_posten *sp = (satz_posten *)(void *)z;
    for (size_t j = 0; j < ne; j++) {
        const wg_einkommen *e1 = &m->einkommen[folge[j]];
        const bool ende = !selten && (j + 1 == ne || m->einkommen[folge[j + 1]].art != e1->art);
        sp[j] = (satz_posten){
            .betrag_cent = e1->betrag_cent,
            .werbungskosten_jahr_cent = e1->hat_werbungskosten ? e1->werbungskosten_jahr_cent : 0,
            .art = (uint8_t)e1->art,
            .merkmale = (uint8_t)(ende * WGI_SP_ENDE | e1->jaehrlich * WGI_SP_JAEHRLICH |
                                  e1->hat_werbungskosten * WGI_SP_WERBUNGSKOSTEN | e1->plus * WGI_SP_PLUS),
        };
    }
    satz_unterhalt *su = (satz_unterhalt *)(void *)(sp + ne);
    for (size_t j = 0; j < nu; j++) {
        const wg_unterhalt *u = &m->unterhalt[j];
        su[j] = (satz_unterhalt){
            .betrag_cent = u->betrag_cent,
            .empfaenger = (uint8_t)u->empfaenger,
            .jaehrlich = u->jaehrlich,
            .tituliert = u->tituliert,
        };
    }
    return true;
}

size_t wg_satz_packen(const wg_engine *e, const wg_haushalt *h, void *puffer, size_t kap)
{
    return wgi_satz_packen(e, h, puffer, kap, NULL);
}

size_t wgi_satz_packen(const wg_engine *e, const wg_haushalt *h, void *puffer, size_t kap, const unsigned char *allgemein)
{
    if (!e || !h || h->hat_zeitraum || h->rechtsstand || wgi_haushalt_felder_pruefen(h, NULL) != WG_OK) return 0;
    if ((uintptr_t)puffer % 8 != 0) return 0;

    /* rechenweg.md § 0: a Rechtsstand and a Mietenstufe for the Stichtag must exist */
    const int tag = wgi_datum_tag(&h->stichtag);
    if (tag < e->erster_tag) return 0;
    const wgi_periode *p = wgi_periode_zum_stichtag(e, &h->stichtag);
    if (!p) return 0;
    uint64_t gemeinde = 0;
    int stufe = h->mietenstufe;
    if (stufe != 0 && h->gemeinde) return 0; /* both given: wg_berechnen checks that they agree */
    if (stufe == 0) {
        if (!wgi_ags_gueltig(h->gemeinde)) return 0;
        gemeinde = wgi_ags_schluessel(h->gemeinde);
        stufe = wgi_mietenstufe_schluessel(&e->tabellen, gemeinde, tag);
        if (stufe == 0) return 0;
    }
    if (stufe > p->anzahl_stufen) return 0;

    /* the length (what a rule reads of the members: rechenweg.md §§ 1, 2) first, unless the
     * buffer holds the largest Satz of this many members; then the members checked (silently,
     * pruefung.c) and, when the Satz fits, written in the same pass */
    const size_t hoechstens = sizeof(satz_mitglied) + WG_MAX_EINKOMMEN * sizeof(satz_posten) +
                              WG_MAX_UNTERHALT * sizeof(satz_unterhalt);
    size_t laenge = sizeof(satz_kopf);
    const bool passt_sicher = puffer && kap >= sizeof(satz_kopf) + h->anzahl_mitglieder * hoechstens;
    size_t ne, nu;
    if (!passt_sicher)
        for (size_t i = 0; i < h->anzahl_mitglieder; i++) laenge += mitglied_umfang(h, &h->mitglieder[i], &ne, &nu);
    unsigned char *const anfang = puffer;
    const bool schreiben = passt_sicher || (anfang != NULL && laenge <= kap);
    unsigned char *z = schreiben ? anfang + sizeof(satz_kopf) : NULL;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        if (wgi_mitglied_pruefen(m, &h->stichtag, NULL, i, true) != WG_OK) return 0;
        if (!schreiben) {
            for (size_t j = 0; j < m->anzahl_einkommen; j++)
                if (!wgi_einkommen_ok(&m->einkommen[j])) return 0;
            continue;
        }
        const size_t umfang = mitglied_umfang(h, m, &ne, &nu);
        if (!mitglied_schreiben(z, m, ne, nu, allgemein ? allgemein[i] : 0u)) return 0;
        z += umfang;
    }
    if (passt_sicher) laenge = (size_t)(z - anfang);
    if (!schreiben) return laenge;

    const wg_pauschalen *pa = &h->pauschalen;
    const bool wohnkosten = h->hat_wohnkosten;
    *(satz_kopf *)(void *)anfang = (satz_kopf){
        .laenge = (uint32_t)laenge,
        .schalter = h->heimbewohner * WGI_SATZ_HEIM | h->alleinerziehend * WGI_SATZ_ALLEINERZIEHEND |
                    h->hat_vermoegen * WGI_SATZ_VERMOEGEN | h->hat_gesamteinkommen * WGI_SATZ_GESAMTEINKOMMEN |
                    h->auslegung.deckelung_auf_miete * WGI_SATZ_DECKELUNG |
                    h->auslegung.mindestmiete_nach_entlastung * WGI_SATZ_NACH_ENTLASTUNG |
                    (h->auslegung.zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN) * WGI_SATZ_ABSCHNEIDEN |
                    (h->auslegung.ueber_12_mitglieder == WG_UEBER12_TATSAECHLICHE_ZAHL) * WGI_SATZ_UEBER12_TATSAECHLICH |
                    (wohnkosten && pa->heizung) * WGI_SATZ_HEIZUNG | (wohnkosten && pa->warmwasser) * WGI_SATZ_WARMWASSER |
                    (wohnkosten && pa->haushaltsenergie) * WGI_SATZ_HAUSHALTSENERGIE |
                    (wohnkosten && pa->garage) * WGI_SATZ_GARAGE | (wohnkosten && pa->stellplatz) * WGI_SATZ_STELLPLATZ,
        .jahr = (int16_t)h->stichtag.jahr,
        .monat = (uint8_t)h->stichtag.monat,
        .tag = (uint8_t)h->stichtag.tag,
        .mietenstufe = (uint8_t)h->mietenstufe,
        .anzahl_mitglieder = (uint8_t)h->anzahl_mitglieder,
        .gemeinde = gemeinde,
        .wohnkosten_cent = wohnkosten ? h->wohnkosten_cent : 0,
        .abzuege_cent = wohnkosten ? h->abzuege_cent : 0,
        .heizung_qm_hundertstel = wohnkosten && pa->heizung ? pa->heizung_qm_hundertstel : 0,
        .vermoegen_cent = h->hat_vermoegen ? h->vermoegen_cent : 0,
        .gesamteinkommen_monat_cent = h->hat_gesamteinkommen ? h->gesamteinkommen_monat_cent : 0,
    };
    return laenge;
}

/* ---- checking a Satz that comes from outside (wg_satz_berechnen) ---- */

enum {
    SATZ_SCHALTER = (WGI_SATZ_STELLPLATZ << 1) - 1,
    SM_MERKMALE = (WGI_SM_SELTEN << 1) - 1,
    SP_MERKMALE = (WGI_SP_PLUS << 1) - 1,
};

/* one member's items: each as pruefung.c checks an item of a record; without WGI_SM_SELTEN
 * grouped by art, the last of each group (and only it) WGI_SP_ENDE, no rare item */
static bool posten_gueltig_gepackt(const satz_posten *po, size_t ne, unsigned merkmale)
{
    unsigned gesehen = 0;
    for (size_t j = 0; j < ne; j++) {
        if (po[j].merkmale & ~(unsigned)SP_MERKMALE) return false;
        const wg_einkommen e = {.art = (wg_einkommensart)po[j].art,
                                .betrag_cent = po[j].betrag_cent,
                                .hat_werbungskosten = (po[j].merkmale & WGI_SP_WERBUNGSKOSTEN) != 0,
                                .werbungskosten_jahr_cent = po[j].werbungskosten_jahr_cent};
        if (!wgi_einkommen_ok(&e)) return false;
        if (merkmale & WGI_SM_SELTEN) continue;
        /* grouped (satz.h): one run per art, its last item and only it WGI_SP_ENDE, no rare item */
        const unsigned art = po[j].art;
        const bool ende = j + 1 == ne || po[j + 1].art != art;
        if ((po[j].merkmale & WGI_SP_WERBUNGSKOSTEN) || (WGI_ARTEN_SONDER >> art & 1u) || (gesehen >> art & 1u) ||
            ende != ((po[j].merkmale & WGI_SP_ENDE) != 0))
            return false;
        if (ende) gesehen |= 1u << art;
    }
    return true;
}

bool wgi_satz_gueltig(const void *satz, size_t laenge)
{
    if (!satz || (uintptr_t)satz % 8 != 0 || laenge < sizeof(satz_kopf)) return false;
    const satz_kopf *k = satz;
    const wg_datum stichtag = {k->jahr, k->monat, k->tag};
    /* the length first: every pointer below stays between the header's end and k->laenge */
    if (k->laenge > laenge || k->laenge < sizeof(satz_kopf) || k->laenge % 8 != 0 ||
        (k->schalter & ~(unsigned)SATZ_SCHALTER) || k->reserviert || !wgi_datum_gueltig(&stichtag) ||
        k->mietenstufe > WGI_MAX_STUFEN || (k->mietenstufe == 0) == (k->gemeinde == 0) || k->anzahl_mitglieder < 1 ||
        k->anzahl_mitglieder > WG_MAX_MITGLIEDER || !wgi_betrag_ok(k->wohnkosten_cent, false) ||
        !wgi_betrag_ok(k->abzuege_cent, false) || k->heizung_qm_hundertstel < 0 || k->heizung_qm_hundertstel > 10000000 ||
        !wgi_betrag_ok(k->vermoegen_cent, false) || !wgi_betrag_ok(k->gesamteinkommen_monat_cent, false))
        return false;
    const unsigned char *z = (const unsigned char *)(k + 1), *ende = (const unsigned char *)satz + k->laenge;
    for (unsigned i = 0; i < k->anzahl_mitglieder; i++) {
        if ((size_t)(ende - z) < sizeof(satz_mitglied)) return false;
        const satz_mitglied *m = (const satz_mitglied *)(const void *)z;
        if (m->anzahl_einkommen > WG_MAX_EINKOMMEN || m->anzahl_unterhalt > WG_MAX_UNTERHALT ||
            (m->merkmale & ~(unsigned)SM_MERKMALE) || m->alter < -1 || m->alter > 150 ||
            !wgi_betrag_ok(m->jahreseinkommen_cent, false))
            return false;
        if (m->merkmale & WGI_SM_GEBURTSDATUM) {
            const wg_datum geburt = {m->geb_jahr, m->geb_monat, m->geb_tag};
            if (!wgi_datum_gueltig(&geburt) || wgi_alter_am(&geburt, &stichtag) < 0) return false;
        }
        const size_t umfang =
            sizeof(satz_mitglied) + m->anzahl_einkommen * sizeof(satz_posten) + m->anzahl_unterhalt * sizeof(satz_unterhalt);
        if ((size_t)(ende - z) < umfang) return false;
        const satz_posten *po = (const satz_posten *)(m + 1);
        if (!posten_gueltig_gepackt(po, m->anzahl_einkommen, m->merkmale)) return false;
        const satz_unterhalt *uh = (const satz_unterhalt *)(po + m->anzahl_einkommen);
        for (unsigned j = 0; j < m->anzahl_unterhalt; j++)
            if (uh[j].empfaenger >= WG_UNTERHALT_ANZAHL || uh[j].jaehrlich > 1 || uh[j].tituliert > 1 ||
                !wgi_betrag_ok(uh[j].betrag_cent, false))
                return false;
        z += umfang;
    }
    return z == ende;
}

size_t wg_satz_laenge(const void *satz)
{
    uint32_t laenge = 0;
    if (satz) memcpy(&laenge, satz, sizeof laenge); /* satz_kopf.laenge, the first member; any alignment */
    return laenge;
}

size_t wg_satz_laenge_in(const void *puffer, size_t verfuegbar)
{
    if (!puffer || verfuegbar < sizeof(satz_kopf)) return 0;
    const size_t laenge = wg_satz_laenge(puffer);
    return laenge < sizeof(satz_kopf) || laenge > verfuegbar ? 0 : laenge;
}

/* ---- reading and changing a packed Satz (satz.h, teilhaushalt.h) ---- */

void wgi_satz_orte(const void *satz, wgi_unbekannt *u, size_t anzahl)
{
    const satz_kopf *kopf = satz;
    size_t mitglied_ort[WG_MAX_MITGLIEDER] = {0};
    size_t z = sizeof(satz_kopf);
    for (int i = 0; i < kopf->anzahl_mitglieder; i++) {
        const satz_mitglied *m = (const satz_mitglied *)(const void *)((const unsigned char *)satz + z);
        mitglied_ort[i] = z;
        z += sizeof(satz_mitglied) + m->anzahl_einkommen * sizeof(satz_posten) + m->anzahl_unterhalt * sizeof(satz_unterhalt);
    }
    for (size_t x = 0; x < anzahl; x++) {
        const int i = u[x].i;
        const satz_mitglied *m = i >= 0 ? (const satz_mitglied *)(const void *)((const unsigned char *)satz + mitglied_ort[i]) : NULL;
        const size_t posten = i >= 0 ? mitglied_ort[i] + sizeof(satz_mitglied) : 0;
        size_t o = SIZE_MAX;
        if (!m && u[x].ort >= WGI_FO_JAHRESEINKOMMEN) { /* never: a member's field has i */
            u[x].satz_ort = o;
            continue;
        }
        switch (u[x].ort) {
        case WGI_FO_WOHNKOSTEN: o = offsetof(satz_kopf, wohnkosten_cent); break;
        case WGI_FO_ABZUEGE: o = offsetof(satz_kopf, abzuege_cent); break;
        case WGI_FO_VERMOEGEN: o = offsetof(satz_kopf, vermoegen_cent); break;
        case WGI_FO_GESAMTEINKOMMEN: o = offsetof(satz_kopf, gesamteinkommen_monat_cent); break;
        case WGI_FO_HEIM: case WGI_FO_ALLEIN: case WGI_FO_WARMWASSER: case WGI_FO_HAUSHALTSENERGIE: case WGI_FO_GARAGE:
        case WGI_FO_STELLPLATZ: o = offsetof(satz_kopf, schalter); break;
        case WGI_FO_JAHRESEINKOMMEN: o = mitglied_ort[i] + offsetof(satz_mitglied, jahreseinkommen_cent); break;
        case WGI_FO_ALTER: o = mitglied_ort[i] + offsetof(satz_mitglied, alter); break;
        case WGI_FO_MERKMAL: o = mitglied_ort[i] + offsetof(satz_mitglied, merkmale); break;
        case WGI_FO_POSTEN:
            if (u[x].j < m->anzahl_einkommen) o = posten + (size_t)u[x].j * sizeof(satz_posten) + offsetof(satz_posten, betrag_cent);
            break;
        case WGI_FO_WERBUNGSKOSTEN:
            if (u[x].j < m->anzahl_einkommen)
                o = posten + (size_t)u[x].j * sizeof(satz_posten) + offsetof(satz_posten, werbungskosten_jahr_cent);
            break;
        case WGI_FO_UNTERHALT:
            if (u[x].j < m->anzahl_unterhalt)
                o = posten + m->anzahl_einkommen * sizeof(satz_posten) + (size_t)u[x].j * sizeof(satz_unterhalt) +
                    offsetof(satz_unterhalt, betrag_cent);
            break;
        }
        u[x].satz_ort = o;
    }
}

/* the schalter bit of a household flag (satz.h) */
static uint32_t schalter_bit(wgi_feldort o)
{
    switch (o) {
    case WGI_FO_HEIM: return WGI_SATZ_HEIM;
    case WGI_FO_ALLEIN: return WGI_SATZ_ALLEINERZIEHEND;
    case WGI_FO_WARMWASSER: return WGI_SATZ_WARMWASSER;
    case WGI_FO_HAUSHALTSENERGIE: return WGI_SATZ_HAUSHALTSENERGIE;
    case WGI_FO_GARAGE: return WGI_SATZ_GARAGE;
    default: return WGI_SATZ_STELLPLATZ;
    }
}

void wgi_satz_werte(void *satz, const wgi_unbekannt *u, size_t anzahl, const int64_t *werte)
{
    unsigned char *s = satz;
    for (size_t x = 0; x < anzahl; x++) {
        const size_t o = u[x].satz_ort;
        if (o == SIZE_MAX) continue;
        const int64_t w = werte[x];
        switch (u[x].ort) {
        case WGI_FO_HEIM: case WGI_FO_ALLEIN: case WGI_FO_WARMWASSER: case WGI_FO_HAUSHALTSENERGIE: case WGI_FO_GARAGE:
        case WGI_FO_STELLPLATZ: {
            uint32_t *sch = (uint32_t *)(void *)(s + o);
            const uint32_t bit = schalter_bit(u[x].ort);
            *sch = w ? *sch | bit : *sch & ~bit;
            break;
        }
        case WGI_FO_MERKMAL: {
            uint16_t *mm = (uint16_t *)(void *)(s + o);
            *mm = (uint16_t)(w ? *mm | u[x].merkmal : *mm & ~u[x].merkmal);
            break;
        }
        case WGI_FO_ALTER: *(int16_t *)(void *)(s + o) = (int16_t)w; break;
        default: *(int64_t *)(void *)(s + o) = w; break;
        }
    }
}

void wgi_satz_stichtag_setzen(void *satz, int jahr, int monat, int tag)
{
    satz_kopf *kopf = satz;
    kopf->jahr = (int16_t)jahr;
    kopf->monat = (uint8_t)monat;
    kopf->tag = (uint8_t)tag;
}

int wgi_satz_mietenstufe(const void *satz) { return ((const satz_kopf *)satz)->mietenstufe; }
void wgi_satz_mietenstufe_setzen(void *satz, int stufe) { ((satz_kopf *)satz)->mietenstufe = (uint8_t)stufe; }
uint64_t wgi_satz_gemeinde(const void *satz) { return ((const satz_kopf *)satz)->gemeinde; }
