/*
 * teilhaushalt.c — a partial household: its copy, its unknowns resolved to fields, sides and
 * places in a Satz (teilhaushalt.h). The search over the box is vorpruefung.c's.
 *
 * Which fields may be unknown is docs/vorpruefung.md § 1 (the contract): money values, the
 * flags of a member and of the household, the age. Everything that selects the law or the
 * table (members and their number, Stichtag or zeitraum, Mietenstufe or Gemeinde, the kind of
 * housing costs and of income) must be known: unbekannt_unzulaessig names the field.
 */
#include "wohngeld_felder.h"
#include "teilhaushalt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "satz.h"

void wgi_kopie_frei(wgi_kopie *k)
{
    free(k->m);
    free(k->e);
    free(k->u);
    memset(k, 0, sizeof *k);
}

static bool platz(void **p, size_t *kap, size_t n, size_t groesse)
{
    if (n <= *kap) return true;
    void *neu = realloc(*p, n * groesse);
    if (!neu) return false;
    *p = neu;
    *kap = n;
    return true;
}

bool wgi_kopie_von(wgi_kopie *k, const wg_haushalt *h)
{
    size_t ne = 0, nu = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        ne += h->mitglieder[i].anzahl_einkommen;
        nu += h->mitglieder[i].anzahl_unterhalt;
    }
    if (!platz((void **)&k->m, &k->km, h->anzahl_mitglieder + 1, sizeof *k->m) ||
        !platz((void **)&k->e, &k->ke, ne + 1, sizeof *k->e) || !platz((void **)&k->u, &k->ku, nu + 1, sizeof *k->u))
        return false;
    k->h = *h;
    size_t ie = 0, iu = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        const wg_mitglied *m = &h->mitglieder[i];
        k->m[i] = *m;
        if (m->anzahl_einkommen) memcpy(&k->e[ie], m->einkommen, m->anzahl_einkommen * sizeof *k->e);
        if (m->anzahl_unterhalt) memcpy(&k->u[iu], m->unterhalt, m->anzahl_unterhalt * sizeof *k->u);
        k->m[i].einkommen = &k->e[ie];
        k->m[i].unterhalt = &k->u[iu];
        ie += m->anzahl_einkommen;
        iu += m->anzahl_unterhalt;
    }
    k->h.mitglieder = k->m;
    return true;
}

/* ---- the fields an unknown may name ---- */

typedef struct merkmal_name { const char *name; unsigned bit; } merkmal_name;
static const merkmal_name MERKMALE[] = {
    {WG_F_KIND_EINES_MITGLIEDS, WGI_SM_KIND},
    {WG_F_ABZUG_STEUERN, WGI_SM_STEUERN},
    {WG_F_ABZUG_KRANKEN_PFLEGE, WGI_SM_KRANKEN_PFLEGE},
    {WG_F_ABZUG_RENTE, WGI_SM_RENTE},
    {WG_F_SCHWERBEHINDERT_PFLEGE, WGI_SM_SCHWERBEHINDERT},
    {WG_F_NS_VERFOLGT, WGI_SM_NS_VERFOLGT},
    {WG_F_GRUNDRENTENZEITEN_33_JAHRE, WGI_SM_GRUNDRENTE},
    {WG_F_AUSBILDUNGSFOERDERUNG_DEM_GRUNDE_NACH, WGI_SM_FOERDERUNG},
};

static bool *merkmal_feld(wg_mitglied *m, unsigned bit)
{
    switch (bit) {
    case WGI_SM_KIND: return &m->kind_eines_mitglieds;
    case WGI_SM_STEUERN: return &m->abzug_steuern;
    case WGI_SM_KRANKEN_PFLEGE: return &m->abzug_kranken_pflege;
    case WGI_SM_RENTE: return &m->abzug_rente;
    case WGI_SM_SCHWERBEHINDERT: return &m->schwerbehindert_pflege;
    case WGI_SM_NS_VERFOLGT: return &m->ns_verfolgt;
    case WGI_SM_GRUNDRENTE: return &m->grundrentenzeiten_33_jahre;
    default: return &m->ausbildungsfoerderung_dem_grunde_nach;
    }
}

/* "name[12]" at *s: the index, and *s past "]"; -1 when not there */
static long index_lesen(const char **s, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(*s, name, n) != 0 || (*s)[n] != '[') return -1;
    const char *z = *s + n + 1;
    long v = 0;
    if (*z < '0' || *z > '9') return -1;
    while (*z >= '0' && *z <= '9' && v < 1000000) v = v * 10 + (*z++ - '0');
    if (*z != ']') return -1;
    *s = z + 1;
    return v;
}

static wg_status nicht_zulaessig(wg_fehler *f, const char *feld, const char *warum)
{
    f->code = WG_E_UNBEKANNT_UNZULAESSIG;
    snprintf(f->feld, sizeof f->feld, "%s", feld);
    snprintf(f->meldung, sizeof f->meldung, "%s", warum);
    return f->code;
}

/* strcmp(a, b) == 0, the first byte compared inline: a member's path ("mitglieder[…") is checked
 * against every household-level name first, and the screening resolves its unknowns for every
 * record and threshold search (issue 26). */
static inline bool gleich(const char *a, const char *b) { return a[0] == b[0] && strcmp(a, b) == 0; }

/* The field of path s in k: its place (o, i, j, merkmal) and kind; false when no unknown may
 * stand there. */
static bool ort_finden(const wgi_kopie *k, const char *s, wgi_unbekannt *u, wg_unbekannt_art *art)
{
    const wg_haushalt *h = &k->h;
    u->i = u->j = -1;
    u->merkmal = 0;
    *art = WG_UNBEKANNT_BETRAG;
    static const struct { const char *pfad; wgi_feldort o; wg_unbekannt_art a; } KOPF[] = {
        {WG_F_WOHNKOSTEN "." WG_F_BETRAG_MONAT, WGI_FO_WOHNKOSTEN, WG_UNBEKANNT_BETRAG},
        {WG_F_WOHNKOSTEN "." WG_F_ABZUEGE_MONAT, WGI_FO_ABZUEGE, WG_UNBEKANNT_BETRAG},
        {WG_F_VERMOEGEN, WGI_FO_VERMOEGEN, WG_UNBEKANNT_BETRAG},
        {WG_F_GESAMTEINKOMMEN_MONAT, WGI_FO_GESAMTEINKOMMEN, WG_UNBEKANNT_BETRAG},
        {WG_F_HEIMBEWOHNER, WGI_FO_HEIM, WG_UNBEKANNT_SCHALTER},
        {WG_F_ALLEINERZIEHEND, WGI_FO_ALLEIN, WG_UNBEKANNT_SCHALTER},
        {WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_WARMWASSER, WGI_FO_WARMWASSER, WG_UNBEKANNT_SCHALTER},
        {WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_HAUSHALTSENERGIE, WGI_FO_HAUSHALTSENERGIE, WG_UNBEKANNT_SCHALTER},
        {WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_GARAGE, WGI_FO_GARAGE, WG_UNBEKANNT_SCHALTER},
        {WG_F_WOHNKOSTEN "." WG_F_PAUSCHALEN "." WG_F_STELLPLATZ, WGI_FO_STELLPLATZ, WG_UNBEKANNT_SCHALTER},
    };
    for (size_t x = 0; x < sizeof KOPF / sizeof KOPF[0]; x++)
        if (gleich(s, KOPF[x].pfad)) {
            u->ort = KOPF[x].o;
            *art = KOPF[x].a;
            if (u->ort == WGI_FO_WOHNKOSTEN || u->ort == WGI_FO_ABZUEGE || u->ort >= WGI_FO_WARMWASSER) return h->hat_wohnkosten;
            if (u->ort == WGI_FO_VERMOEGEN) return h->hat_vermoegen;
            if (u->ort == WGI_FO_GESAMTEINKOMMEN) return h->hat_gesamteinkommen;
            return true;
        }
    const char *z = s;
    long i = index_lesen(&z, WG_F_MITGLIEDER);
    if (i < 0 || (size_t)i >= h->anzahl_mitglieder || *z != '.') return false;
    z++;
    const wg_mitglied *m = &h->mitglieder[i];
    u->i = (int)i;
    for (size_t x = 0; x < sizeof MERKMALE / sizeof MERKMALE[0]; x++)
        if (gleich(z, MERKMALE[x].name)) {
            u->ort = WGI_FO_MERKMAL;
            u->merkmal = MERKMALE[x].bit;
            *art = WG_UNBEKANNT_SCHALTER;
            return true;
        }
    if (gleich(z, WG_F_ALTER)) {
        u->ort = WGI_FO_ALTER;
        *art = WG_UNBEKANNT_ALTER;
        return !m->hat_geburtsdatum;
    }
    if (gleich(z, WG_F_JAHRESEINKOMMEN)) {
        u->ort = WGI_FO_JAHRESEINKOMMEN;
        return m->hat_jahreseinkommen;
    }
    long j = index_lesen(&z, WG_F_EINKOMMEN);
    if (j >= 0) {
        if ((size_t)j >= m->anzahl_einkommen) return false;
        u->j = (int)j;
        const wg_einkommen *e = &m->einkommen[j];
        if (strcmp(z, e->jaehrlich ? "." WG_F_BETRAG_JAHR : "." WG_F_BETRAG_MONAT) == 0) {
            u->ort = WGI_FO_POSTEN;
            return true;
        }
        u->ort = WGI_FO_WERBUNGSKOSTEN;
        return strcmp(z, "." WG_F_WERBUNGSKOSTEN_JAHR) == 0 && e->hat_werbungskosten;
    }
    j = index_lesen(&z, WG_F_UNTERHALT_GEZAHLT);
    if (j >= 0 && (size_t)j < m->anzahl_unterhalt) {
        u->j = (int)j;
        u->ort = WGI_FO_UNTERHALT;
        return strcmp(z, m->unterhalt[j].jaehrlich ? "." WG_F_BETRAG_JAHR : "." WG_F_BETRAG_MONAT) == 0;
    }
    return false;
}

/* The side of a money unknown (wgi_seite) and its annual factor. */
static void seite_bestimmen(const wgi_kopie *k, wgi_unbekannt *u, const wgi_unbekannt *alle, size_t anzahl)
{
    const wg_haushalt *h = &k->h;
    const wg_mitglied *m = u->i >= 0 ? &h->mitglieder[u->i] : NULL;
    /* rechenweg.md §§ 1, 2: what no rule reads */
    const bool einkommen_zaehlt = m && m->zu_beruecksichtigen && !h->hat_gesamteinkommen;
    u->faktor = 12;
    if (!m && u->ort >= WGI_FO_JAHRESEINKOMMEN) { /* a member's field: ort_finden set i */
        u->seite = WGI_S_KEINE;
        return;
    }
    switch (u->ort) {
    case WGI_FO_WOHNKOSTEN: u->seite = WGI_S_M_AUF; return;
    case WGI_FO_ABZUEGE: u->seite = WGI_S_M_AB; return;
    case WGI_FO_VERMOEGEN: u->seite = WGI_S_V; return;
    case WGI_FO_GESAMTEINKOMMEN: u->seite = WGI_S_Y_AUF; return;
    case WGI_FO_JAHRESEINKOMMEN:
        u->faktor = 1;
        u->seite = einkommen_zaehlt ? WGI_S_Y_AUF : WGI_S_KEINE;
        return;
    case WGI_FO_POSTEN: {
        const wg_einkommen *e = &m->einkommen[u->j];
        u->faktor = e->jaehrlich ? 1 : 12;
        u->seite = einkommen_zaehlt && !m->hat_jahreseinkommen ? WGI_S_Y_AUF : WGI_S_KEINE;
        /* § 17a: the Freibetrag grows with the pension, so Y does not (docs/vorpruefung.md) */
        bool grundrente = m->grundrentenzeiten_33_jahre;
        for (size_t x = 0; x < anzahl; x++)
            if (alle[x].ort == WGI_FO_MERKMAL && alle[x].i == u->i && alle[x].merkmal == WGI_SM_GRUNDRENTE) grundrente = true;
        if (u->seite == WGI_S_Y_AUF && e->art == WG_ART_RENTE && grundrente) u->seite = WGI_S_Y_17A;
        return;
    }
    case WGI_FO_WERBUNGSKOSTEN:
        u->faktor = 1;
        u->seite = einkommen_zaehlt && !m->hat_jahreseinkommen ? WGI_S_Y_AB : WGI_S_KEINE;
        return;
    case WGI_FO_UNTERHALT:
        u->faktor = m->unterhalt[u->j].jaehrlich ? 1 : 12;
        u->seite = einkommen_zaehlt ? WGI_S_Y_AB : WGI_S_KEINE;
        return;
    default: u->seite = WGI_S_KEINE; return;
    }
}

/* Flags and ages: the classes of values the rules tell apart. A flag no rule reads for this
 * household (a member not counted, except § 20 Abs. 2; income flags when Y is given) has one. */
static void klassen_bestimmen(const wgi_kopie *k, wgi_unbekannt *u, const int *grenzen)
{
    u->anzahl_klassen = 0;
    if (u->pub.art == WG_UNBEKANNT_ALTER) {
        /* § 17 Nr. 4 reads an age only as "under the limit": von, and each limit inside */
        u->klasse[u->anzahl_klassen++] = u->pub.von;
        for (const int *g = grenzen; *g && u->anzahl_klassen < 3; g++)
            if (u->pub.von < *g && *g <= u->pub.bis) u->klasse[u->anzahl_klassen++] = *g;
        return;
    }
    const wg_haushalt *h = &k->h;
    bool liest = true;
    if (u->ort == WGI_FO_MERKMAL) {
        const wg_mitglied *m = &h->mitglieder[u->i];
        if (u->merkmal != WGI_SM_FOERDERUNG && (!m->zu_beruecksichtigen || h->hat_gesamteinkommen)) liest = false;
    }
    if (u->ort == WGI_FO_ALLEIN && h->hat_gesamteinkommen) liest = false;
    u->klasse[u->anzahl_klassen++] = 0;
    if (liest) u->klasse[u->anzahl_klassen++] = 1;
}

wg_status wgi_unbekannte_aufloesen(const wgi_kopie *k, const wg_unbekannt *u, size_t anzahl, const int *grenzen,
                                  wgi_unbekannt *out, wg_fehler *f)
{
    memset(f, 0, sizeof *f);
    if (anzahl > WG_VP_MAX_UNBEKANNTE) {
        f->code = WG_E_ZU_VIELE_UNBEKANNTE;
        snprintf(f->meldung, sizeof f->meldung, "mehr als %d unbekannte Werte (docs/grenzen.md)", WG_VP_MAX_UNBEKANNTE);
        return f->code;
    }
    for (size_t x = 0; x < anzahl; x++) {
        wgi_unbekannt *o = &out[x];
        memset(o, 0, sizeof *o);
        o->pub = u[x];
        o->satz_ort = SIZE_MAX;
        const char *feld = u[x].feld ? u[x].feld : "";
        wg_unbekannt_art art;
        if (!ort_finden(k, feld, o, &art))
            return nicht_zulaessig(f, feld, "dieses Feld muss bekannt sein oder fehlt im Datensatz (docs/vorpruefung.md § 1)");
        if (art != u[x].art)
            return nicht_zulaessig(f, feld, art == WG_UNBEKANNT_BETRAG ? "hier ist nur ein Geldbetrag-Intervall zulässig"
                                            : art == WG_UNBEKANNT_ALTER ? "hier ist nur ein Altersintervall zulässig"
                                                                       : "hier ist nur \"unbekannt\" zulässig");
        for (size_t y = 0; y < x; y++)
            if (gleich(out[y].pub.feld, feld)) {
                f->code = WG_E_FELD_KONFLIKT;
                snprintf(f->feld, sizeof f->feld, "%s", feld);
                snprintf(f->meldung, sizeof f->meldung, "dasselbe Feld zweimal unbekannt");
                return f->code;
            }
        const int64_t grenze = art == WG_UNBEKANNT_ALTER ? 150 : art == WG_UNBEKANNT_SCHALTER ? 1 : WG_MAX_BETRAG_CENT;
        const int64_t unten = art == WG_UNBEKANNT_BETRAG ? -WG_MAX_BETRAG_CENT : 0;
        if (u[x].von > u[x].bis || u[x].von < unten || u[x].bis > grenze) {
            f->code = WG_E_INTERVALL_UNGUELTIG;
            snprintf(f->feld, sizeof f->feld, "%s", feld);
            snprintf(f->meldung, sizeof f->meldung, u[x].von > u[x].bis ? "von liegt über bis" : "Intervall außerhalb des zulässigen Bereichs");
            return f->code;
        }
    }
    for (size_t x = 0; x < anzahl; x++) {
        if (out[x].pub.art == WG_UNBEKANNT_BETRAG) seite_bestimmen(k, &out[x], out, anzahl);
        else klassen_bestimmen(k, &out[x], grenzen);
    }
    return WG_OK;
}

void wgi_altersklassen(wgi_unbekannt *u, size_t anzahl, const int *grenzen)
{
    for (size_t x = 0; x < anzahl; x++)
        if (u[x].pub.art == WG_UNBEKANNT_ALTER) klassen_bestimmen(NULL, &u[x], grenzen);
}

void wgi_kopie_werte(wgi_kopie *k, const wgi_unbekannt *u, size_t anzahl, const int64_t *werte)
{
    wg_haushalt *h = &k->h;
    for (size_t x = 0; x < anzahl; x++) {
        const int64_t w = werte[x];
        wg_mitglied *m = u[x].i >= 0 ? &k->m[u[x].i] : NULL;
        if (!m && u[x].ort >= WGI_FO_JAHRESEINKOMMEN) continue; /* never: a member's field has i */
        switch (u[x].ort) {
        case WGI_FO_WOHNKOSTEN: h->wohnkosten_cent = w; break;
        case WGI_FO_ABZUEGE: h->abzuege_cent = w; break;
        case WGI_FO_VERMOEGEN: h->vermoegen_cent = w; break;
        case WGI_FO_GESAMTEINKOMMEN: h->gesamteinkommen_monat_cent = w; break;
        case WGI_FO_HEIM: h->heimbewohner = w; break;
        case WGI_FO_ALLEIN: h->alleinerziehend = w; break;
        case WGI_FO_WARMWASSER: h->pauschalen.warmwasser = w; break;
        case WGI_FO_HAUSHALTSENERGIE: h->pauschalen.haushaltsenergie = w; break;
        case WGI_FO_GARAGE: h->pauschalen.garage = w; break;
        case WGI_FO_STELLPLATZ: h->pauschalen.stellplatz = w; break;
        case WGI_FO_JAHRESEINKOMMEN: m->jahreseinkommen_cent = w; break;
        case WGI_FO_ALTER: m->alter = (int)w; break;
        case WGI_FO_MERKMAL: *merkmal_feld(m, u[x].merkmal) = w; break;
        case WGI_FO_POSTEN: k->e[(size_t)(m->einkommen - k->e) + (size_t)u[x].j].betrag_cent = w; break;
        case WGI_FO_WERBUNGSKOSTEN: k->e[(size_t)(m->einkommen - k->e) + (size_t)u[x].j].werbungskosten_jahr_cent = w; break;
        case WGI_FO_UNTERHALT: k->u[(size_t)(m->unterhalt - k->u) + (size_t)u[x].j].betrag_cent = w; break;
        }
    }
}

