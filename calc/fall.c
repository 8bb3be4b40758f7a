/*
 * fall.c — a running award through its Bewilligungszeitraum (docs/laufende-faelle.md):
 * granted and due amount per month, the decisions of §§ 27, 28 and of the law-change rules
 * (§§ 41–44), the hints, the overpayment.
 *
 * Every amount is one computation of the engine's rules (nur_betrag.c on a Satz, the same rule
 * functions as wg_berechnen) for a month's circumstances (fall_zustand.c) under the award's law
 * (rechtsaenderung.c); this file holds only the rules of the procedure, each once:
 *   § 22 Abs. 4   antrag_gilt            § 25 Abs. 1   bwz_pruefen
 *   § 27 Abs. 1/2 ausloeser              "nicht nur vorübergehend"  voruebergehend
 *   § 27 Abs. 3   meldepflicht           § 28 Abs. 1/3, § 27 Abs. 2 fall_rechnen (the decisions)
 *   §§ 41–44      betrag_im_monat        § 50 SGB X, § 30a  summen
 *
 * Exports (public, wohngeld_fall.h): wg_fall_init, wg_fall_einstellungen_init,
 * wg_vergleich_y_name, wg_ereignis_name, wg_fall_ergebnis_neu/_frei, wg_fall_rechnen, the
 * wg_fall_ergebnis_* readers, wg_fall_monat_herleitung.
 */
#include "wohngeld_fall.h"

#include "engine.h"
#include "fall_zustand.h"
#include "mietenstufen.h"
#include "pruefung.h"
#include "rechnung.h"
#include "rechtsaenderung.h"
#include "regeln.h"
#include "satz.h"
#include "zahl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the record's defaults and names ---- */

void wg_fall_init(wg_fall *f)
{
    if (!f) return;
    memset(f, 0, sizeof *f);
    wg_haushalt_init(&f->haushalt);
}

void wg_fall_einstellungen_init(wg_fall_einstellungen *s)
{
    if (!s) return;
    s->voruebergehend_bis_monate = 2;
    s->vergleich_y = WG_VERGLEICH_Y_GESAMTEINKOMMEN;
    s->daten_max_alter_monate = 3;
    s->erstattung_grenze = 1000;
    s->frist_warnung_tage = 30;
}

const char *wg_vergleich_y_name(wg_vergleich_y v) { return v == WG_VERGLEICH_Y_FORMELWERT ? "formelwert" : "gesamteinkommen"; }

const char *wg_ereignis_name(wg_ereignis_art a)
{
    static const char *const namen[WG_EREIGNIS_ANZAHL] = {"auszug", "einzug", "tod", "transferleistung", "nutzungsaufgabe",
                                                         "antrag_erhoehung"};
    return (unsigned)a < WG_EREIGNIS_ANZAHL ? namen[a] : "";
}

/* ---- the result ---- */

#define TEXT_LEN 48
#define SATZ_LEN 640
#define MAX_BEWERTUNGEN 48

/* The law of an award in a month: a period (an enacted one, or one combined by law-change rules
 * and owned by the result) and the day whose Mietenstufen list applies. */
typedef struct gesetz {
    const wgi_periode *p;
    int stufe_tag;
} gesetz;

typedef struct fall_monat_intern {
    wg_fall_monat pub;
    int zustand;                /* index of the circumstances (-1: the Bescheid's) */
    int prognose;               /* YYYYMMDD: the Stichtag of the amount's computation */
    gesetz g;                   /* the law of the amount due (p NULL: no Bescheid, § 28) */
    bool bestandsschutz;        /* a law-change rule kept the higher granted amount */
} fall_monat_intern;

typedef struct entscheidung_intern {
    wg_fall_entscheidung pub;
    char texte[6][TEXT_LEN];
    char satz[SATZ_LEN];
    bool nachteilig;            /* § 27 Abs. 2, § 28: an Eingriff (Anhörung, § 45 SGB X, § 50) */
    bool erstattung_50_2;       /* § 28: reclaimed without a VA (§ 50 Abs. 2 SGB X) */
    int datum_grund;            /* YYYYMMDD the fact was learned (data age), 0 none */
} entscheidung_intern;

typedef struct hinweis_intern {
    wg_fall_hinweis pub;
    char satz[SATZ_LEN];
    int zustand, prognose;      /* erhoehung_moeglich: the circumstances and Stichtag … */
    gesetz g;                   /* … and the law of the amount it names */
} hinweis_intern;

typedef struct aussteuerung_intern {
    wg_fall_aussteuerung pub;
    char satz[SATZ_LEN];
} aussteuerung_intern;

/* An award's period combined by law-change rules (rechtsaenderung.c). */
typedef struct recht {
    const wgi_periode *basis;   /* the award's own period */
    int bis_aenderung;          /* rules applied: those of the table up to this index */
    wgi_periode p;
} recht;

/* One computation of a month's circumstances under a law. */
typedef struct bewertung {
    int zustand, prognose;
    const wgi_periode *p;
    int stufe_tag;
    wg_status status;
    wg_kurz kurz;
    wgi_satz_teile teile;
} bewertung;

struct wg_fall_ergebnis {
    wg_status status;
    wg_fehler fehler;
    const char *id;
    const wg_fall *fall;        /* the case computed (its sources, for the hints) */
    wg_fall_einstellungen einst;
    wg_datum antrag_gilt, stand;
    int64_t berechnet;
    fall_monat_intern *monate;
    size_t anzahl_monate, kap_monate;
    entscheidung_intern *ent;
    size_t anzahl_ent, kap_ent;
    hinweis_intern *hin;
    size_t anzahl_hin, kap_hin;
    aussteuerung_intern *aus;
    size_t anzahl_aus, kap_aus;
    const char **schuldner;
    size_t anzahl_schuldner, kap_schuldner;
    int64_t ueberzahlung, nachzahlung, erstattung;
    int entscheidung_am;        /* YYYYMMDD: the day of the decision (entscheidung_am, else stand) */
    bool entscheidung_bekannt;  /* given in the record (entscheidung_am or stand) */
    wgi_zustaende zs;
    wg_haushalt bescheid;       /* the Bescheid's household with the BWZ's first day */
    recht **rechte;             /* the laws of this case; each allocated once and kept for reuse */
    size_t anzahl_rechte, kap_rechte, belegt_rechte;
    wg_ergebnis *pruef;         /* for the message of circumstances the checks refuse */
    wg_fehler pruef_fehler;
    bewertung bew[MAX_BEWERTUNGEN];
    size_t anzahl_bew, naechste_bew;
    unsigned char *satz;
    size_t satz_kap;
};

wg_fall_ergebnis *wg_fall_ergebnis_neu(void) { return calloc(1, sizeof(wg_fall_ergebnis)); }

void wg_fall_ergebnis_frei(wg_fall_ergebnis *r)
{
    if (!r) return;
    free(r->monate);
    free(r->ent);
    free(r->hin);
    free(r->aus);
    free(r->schuldner);
    for (size_t i = 0; i < r->belegt_rechte; i++) free(r->rechte[i]);
    free(r->rechte);
    free(r->satz);
    wg_ergebnis_frei(r->pruef);
    wgi_zustaende_frei(&r->zs);
    free(r);
}

static wg_status fehl(wg_fall_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static wg_status fehl(wg_fall_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
{
    r->status = r->fehler.code = code;
    snprintf(r->fehler.feld, sizeof r->fehler.feld, "%s", feld);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->fehler.meldung, sizeof r->fehler.meldung, fmt, ap);
    va_end(ap);
    return code;
}

static bool wachsen(void **p, size_t *kap, size_t noetig, size_t groesse)
{
    if (noetig <= *kap) return true;
    size_t k = *kap ? *kap * 2 : 16;
    while (k < noetig) k *= 2;
    void *neu = realloc(*p, k * groesse);
    if (!neu) return false;
    *p = neu;
    *kap = k;
    return true;
}

/* ---- money and percentages as text ---- */

/* a b4 amount in EUR, exact: "1234.5" → "1234.50" (at least two places) */
static void euro_text(char *buf, wgi_b4 v) { wgi_dezimal_schreiben_kurz(buf, v, 4, 2); }

/* (neu − alt) / alt in percent, two places, half away from zero; "" when alt is 0 */
static void prozent_text(char *buf, wgi_b4 alt, wgi_b4 neu)
{
    if (alt == 0) { buf[0] = '\0'; return; }
    wgi_z10 z = wgi_div_runden((wgi_z10)(neu - alt) * 10000, alt, WG_RUNDEN_HALB_WEG_VON_NULL);
    wgi_dezimal_schreiben(buf, z, 2);
}

/* ---- one computation ---- */

/* The amount and the compared values of circumstances `zustand` (−1 the Bescheid's) with the
 * Stichtag `prognose` under law p, the Mietenstufe from the list of day stufe_tag. Cached: a
 * case computes the same circumstances under the same law for many months. */
static const bewertung *bewerten(const wg_engine *e, wg_fall_ergebnis *r, int zustand, int prognose, const wgi_periode *p,
                                 int stufe_tag)
{
    for (size_t i = 0; i < r->anzahl_bew; i++) {
        const bewertung *b = &r->bew[i];
        if (b->zustand == zustand && b->prognose == prognose && b->p == p && b->stufe_tag == stufe_tag) return b;
    }
    bewertung *b = &r->bew[r->naechste_bew];
    r->naechste_bew = (r->naechste_bew + 1) % MAX_BEWERTUNGEN;
    if (r->anzahl_bew < MAX_BEWERTUNGEN) r->anzahl_bew++;
    memset(b, 0, sizeof *b);
    b->zustand = zustand;
    b->prognose = prognose;
    b->p = p;
    b->stufe_tag = stufe_tag;
    wg_haushalt h = zustand < 0 ? r->bescheid : r->zs.z[zustand].h;
    h.stichtag = wgi_tag_datum(prognose);
    h.hat_zeitraum = false;
    h.rechtsstand = NULL;
    /* a buffer too small is left untouched and the length needed returned: grow once, pack again */
    size_t n = wgi_satz_packen(e, &h, r->satz, r->satz_kap, NULL);
    if (n > r->satz_kap) {
        if (!wachsen((void **)&r->satz, &r->satz_kap, n, 1)) {
            b->status = WG_E_SPEICHER;
            r->pruef_fehler.feld[0] = '\0';
            snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "%s", wg_status_text(WG_E_SPEICHER));
            return b;
        }
        n = wgi_satz_packen(e, &h, r->satz, r->satz_kap, NULL);
    }
    if (n == 0) {
        /* refused by the checks: the derivation path names the field */
        if (!r->pruef) r->pruef = wg_ergebnis_neu();
        b->status = r->pruef ? wg_berechnen(e, &h, r->pruef, WG_NUR_BETRAG) : WG_E_SPEICHER;
        if (b->status == WG_OK) b->status = WG_E_WERT_UNGUELTIG;
        const wg_fehler *fe = r->pruef ? wg_ergebnis_fehler(r->pruef) : NULL;
        if (fe) r->pruef_fehler = *fe;
        else {
            r->pruef_fehler.feld[0] = '\0';
            snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "%s", wg_status_text(b->status));
        }
        return b;
    }
    satz_kopf *kopf = (satz_kopf *)(void *)r->satz;
    if (kopf->mietenstufe == 0) {
        int stufe = wgi_mietenstufe_schluessel(&e->tabellen, kopf->gemeinde, stufe_tag);
        if (stufe == 0) {
            b->status = WG_E_GEMEINDE_UNBEKANNT;
            snprintf(r->pruef_fehler.feld, sizeof r->pruef_fehler.feld, "gemeinde");
            snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "keine Mietenstufe für die Gemeinde am %04d-%02d-%02d",
                     stufe_tag / 10000, stufe_tag / 100 % 100, stufe_tag % 100);
            return b;
        }
        kopf->mietenstufe = (uint8_t)stufe;
    }
    b->status = wgi_satz_teile_rechnen(e, r->satz, p, &b->kurz, &b->teile);
    if (b->status != WG_OK) {
        snprintf(r->pruef_fehler.feld, sizeof r->pruef_fehler.feld, "%s", "");
        snprintf(r->pruef_fehler.meldung, sizeof r->pruef_fehler.meldung, "%s", wg_status_text(b->status));
    }
    return b;
}

/* The compared values of § 27: the "zu berücksichtigende Miete oder Belastung" — R after § 11,
 * capped at H + K, without the heating relief (teile.miete and teile.grenze exclude it), and as
 * the counted members' share of § 11 Abs. 3 (n of n_gesamt; a member excluded by § 7 moving in
 * or out changes it) — and the income per the setting. The share is kept as a fraction so that
 * "mehr als 15 Prozent" is decided exactly; r_vergleich rounds it for the texts. */
typedef struct anteil {
    __int128 zaehler;
    int64_t nenner;
} anteil;
static anteil r_anteil(const bewertung *b)
{
    if (!b->teile.formel) return (anteil){0, 1};
    const int ng = b->kurz.n_gesamt > 0 ? b->kurz.n_gesamt : 1;
    return (anteil){(__int128)wgi_miete_gekappt(b->teile.miete, b->teile.grenze) * b->kurz.n, ng};
}
static wgi_b4 r_vergleich(const bewertung *b)
{
    const anteil a = r_anteil(b);
    return (wgi_b4)((a.zaehler + a.nenner / 2) / a.nenner);
}
/* x · 100 < y · p (or > with gt) for the shares x, y: cross-multiplied, exact */
static bool anteil_vergleich(anteil x, anteil y, int64_t p, bool gt)
{
    const __int128 l = x.zaehler * y.nenner * 100, rr = y.zaehler * x.nenner * p;
    return gt ? l > rr : l < rr;
}
static wgi_b4 y_vergleich(const wg_fall_ergebnis *r, const bewertung *b)
{
    if (!b->teile.formel) return b->teile.gesamteinkommen;
    /* formelwert: Y' of Anlage 3 Nr. 1 per month (z10) as b4 per year, so both settings read
     * in the same unit */
    return r->einst.vergleich_y == WG_VERGLEICH_Y_FORMELWERT ? (wgi_b4)(b->teile.y_formel / 1000000 * 12)
                                                              : b->teile.gesamteinkommen;
}

/* ---- §§ 41–44: the law of an award in a month ---- */

/* The law of an award that began on day `beginn`, in the month beginning on `tag`: the period
 * of `beginn`, combined by every law-change rule of a day in (beginn, tag], the rules counted
 * up to index bis_regel of the table. An award no rule has reached keeps its period as it is
 * (no copy); a combined period is made once per case and kept in the result. False: no period,
 * or a period begins inside without a rule in tables/rechtsaenderungen.tab. */
static bool recht_im_monat(const wg_engine *e, wg_fall_ergebnis *r, int beginn, int tag, int bis_regel, gesetz *g)
{
    const wgi_tabellen *t = &e->tabellen;
    const wg_datum d = wgi_tag_datum(beginn);
    const wgi_periode *basis = beginn < e->erster_tag ? NULL : wgi_periode_zum_stichtag(e, &d);
    if (!basis) return false;
    int letzte = -1;
    g->stufe_tag = beginn;
    for (int i = 0; i < t->anzahl_aenderungen && i <= bis_regel; i++)
        if (t->aenderung[i].tag > beginn && t->aenderung[i].tag <= tag) {
            letzte = i;
            if (t->aenderung[i].neu_mietenstufen) g->stufe_tag = t->aenderung[i].tag;
        }
    /* a period that begins inside (beginn, tag] without a rule: refuse rather than guess */
    if (tag > beginn) {
        const wg_datum dt = wgi_tag_datum(tag);
        const wgi_periode *jetzt = wgi_periode_zum_stichtag(e, &dt);
        if (!jetzt) return false;
        if (jetzt->ab > beginn && (letzte < 0 || t->aenderung[letzte].tag < jetzt->ab)) return false;
    }
    if (letzte < 0) {
        g->p = basis;
        return true;
    }
    for (size_t i = 0; i < r->anzahl_rechte; i++) {
        const recht *x = r->rechte[i];
        if (x->basis == basis && x->bis_aenderung == letzte) {
            g->p = &x->p;
            return true;
        }
    }
    if (r->anzahl_rechte == r->belegt_rechte) {
        if (!wachsen((void **)&r->rechte, &r->kap_rechte, r->belegt_rechte + 1, sizeof(recht *))) return false;
        if (!(r->rechte[r->belegt_rechte] = malloc(sizeof(recht)))) return false;
        r->belegt_rechte++;
    }
    recht *x = r->rechte[r->anzahl_rechte++];
    x->basis = basis;
    x->bis_aenderung = letzte;
    x->p = *basis;
    for (int i = 0; i <= letzte; i++) {
        const wgi_rechtsaenderung *a = &t->aenderung[i];
        if (a->tag <= beginn) continue;
        const wg_datum da = wgi_tag_datum(a->tag);
        const wgi_periode *neu = wgi_periode_zum_stichtag(e, &da);
        if (!neu) return false;
        wgi_recht_ueberlagern(&x->p, neu, a);
    }
    g->p = &x->p;
    return true;
}

/* The amount of an award in the month beginning on `tag`: circumstances `zustand` with the
 * Stichtag `prognose`, the award begun on `beginn` with the amount `betrag_beginn` (the granted
 * amount of the Bescheid, or −1: as computed). Law-change rules without `minderung` keep the
 * higher amount (§ 42a Satz 2, § 42b, § 42d). Returns false when the month cannot be computed
 * (the error in r). */
typedef struct betrag {
    int64_t betrag;
    const char *regel;          /* the law-change rule this month's amount follows, or NULL */
    gesetz g;                   /* the law the amount is computed under (p NULL: none, § 28) */
    const bewertung *b;
    bool behalten;              /* a rule without minderung kept the higher amount (§ 42d …) */
} betrag;

/* The error of circumstances the rules refuse, with the field of the record: "haushalt.…" or
 * "verlauf[i].haushalt.…" (the last entry the circumstances include). */
static void verhaeltnisse_fehler(wg_fall_ergebnis *r, wg_status st, int zustand)
{
    char feld[160];
    const int i = zustand < 0 ? -1 : r->zs.z[zustand].letzte;
    const char *unter = r->pruef_fehler.feld;
    if (i < 0) snprintf(feld, sizeof feld, "haushalt%s%s", unter[0] ? "." : "", unter);
    else snprintf(feld, sizeof feld, "verlauf[%d]%s%s", i, unter[0] ? ".haushalt." : "", unter);
    fehl(r, st, feld, "%s", r->pruef_fehler.meldung);
}

static bool betrag_im_monat(const wg_engine *e, wg_fall_ergebnis *r, int zustand, int prognose, int beginn,
                            int64_t betrag_beginn, int tag, betrag *aus)
{
    const wgi_tabellen *t = &e->tabellen;
    gesetz x0;
    if (!recht_im_monat(e, r, beginn, beginn, -1, &x0)) {
        fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "bewilligung", "für den %04d-%02d ist kein Recht hinterlegt (oder ein "
             "Rechtsstand beginnt ohne Eintrag in tables/rechtsaenderungen.tab)", tag / 10000, tag / 100 % 100);
        return false;
    }
    const bewertung *b = bewerten(e, r, zustand, prognose, x0.p, x0.stufe_tag);
    if (b->status != WG_OK) {
        verhaeltnisse_fehler(r, b->status, zustand);
        return false;
    }
    aus->betrag = betrag_beginn >= 0 ? betrag_beginn : b->kurz.wohngeld_monat;
    aus->regel = NULL;
    aus->g = x0;
    aus->b = b;
    aus->behalten = false;
    for (int i = 0; i < t->anzahl_aenderungen; i++) {
        const wgi_rechtsaenderung *a = &t->aenderung[i];
        if (a->tag <= beginn || a->tag > tag) continue;
        gesetz x;
        if (!recht_im_monat(e, r, beginn, a->tag, i, &x)) {
            fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "bewilligung", "Rechtsänderung am %s: kein Recht hinterlegt", a->datum);
            return false;
        }
        const bewertung *bn = bewerten(e, r, zustand, prognose, x.p, x.stufe_tag);
        if (bn->status != WG_OK) {
            verhaeltnisse_fehler(r, bn->status, zustand);
            return false;
        }
        const int64_t neu = bn->kurz.wohngeld_monat;
        if (a->minderung || neu > aus->betrag) {
            aus->betrag = neu;
            aus->g = x;
            aus->b = bn;
            aus->behalten = false;
        } else if (neu < aus->betrag) {
            aus->behalten = true;
        }
        aus->regel = a->regel;
    }
    return true;
}

/* ---- § 27: what changed, against the circumstances the Bescheid rests on ---- */

enum { NR1 = 1, NR2 = 2, NR3 = 4 };

/* § 27 Abs. 2 Nr. 1–3 (ab: down, the Wohngeld may fall) or Abs. 1 Nr. 1–3 (up): the numbers
 * of the rule met, as bits. pct: the period's threshold ("mehr als … Prozent", strict). */
static unsigned ausloeser(const wg_fall_ergebnis *r, const bewertung *alt, const bewertung *neu, bool ab, int64_t pct)
{
    const anteil ra = r_anteil(alt), rn = r_anteil(neu);
    const wgi_b4 ya = y_vergleich(r, alt), yn = y_vergleich(r, neu);
    const int na = alt->kurz.n, nn = neu->kurz.n;
    unsigned m = 0;
    if (ab) {
        if (nn < na && nn >= 1) m |= NR1;
        if (anteil_vergleich(rn, ra, 100 - pct, false)) m |= NR2;
        if ((__int128)yn * 100 > (__int128)ya * (100 + pct)) m |= NR3;
    } else {
        if (nn > na) m |= NR1;
        if (anteil_vergleich(rn, ra, 100 + pct, true)) m |= NR2;
        if ((__int128)yn * 100 < (__int128)ya * (100 - pct)) m |= NR3;
    }
    return m;
}

/* § 27 Abs. 3 Satz 1: what the household had to report (against the Bescheid's values: members,
 * excluded members, the § 9 rent / § 10 Belastung, the sum of positive Einkünfte and Einnahmen). */
static unsigned melde_ausloeser(const wg_fall_ergebnis *r, int basis, int zustand, const bewertung *alt,
                                const bewertung *neu, int64_t pct)
{
    const wg_haushalt *ha = basis < 0 ? &r->bescheid : &r->zs.z[basis].h, *hn = &r->zs.z[zustand].h;
    const int xa = basis < 0 ? 0 : r->zs.z[basis].ausgeschlossen, xn = r->zs.z[zustand].ausgeschlossen;
    int xb = 0;
    if (basis < 0)
        for (size_t i = 0; i < ha->anzahl_mitglieder; i++) xb += !ha->mitglieder[i].zu_beruecksichtigen;
    unsigned m = 0;
    if (neu->kurz.n < alt->kurz.n || xn > (basis < 0 ? xb : xa)) m |= NR1;
    if (ha->hat_wohnkosten && hn->hat_wohnkosten && (__int128)hn->wohnkosten_cent * 100 < (__int128)ha->wohnkosten_cent * (100 - pct))
        m |= NR2;
    if ((__int128)neu->teile.einkuenfte * 100 > (__int128)alt->teile.einkuenfte * (100 + pct)) m |= NR3;
    return m;
}

/* ---- decisions and hints ---- */

static entscheidung_intern *entscheidung_neu(wg_fall_ergebnis *r, const char *regel, int verlauf)
{
    if (!wachsen((void **)&r->ent, &r->kap_ent, r->anzahl_ent + 1, sizeof *r->ent)) return NULL;
    entscheidung_intern *x = &r->ent[r->anzahl_ent++];
    memset(x, 0, sizeof *x);
    x->pub.regel = regel;
    x->pub.verlauf = verlauf;
    x->pub.gebunden = true;
    return x;
}

static hinweis_intern *hinweis(wg_fall_ergebnis *r, const char *code, const char *regel, int verlauf, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static hinweis_intern *hinweis(wg_fall_ergebnis *r, const char *code, const char *regel, int verlauf, const char *fmt, ...)
{
    if (!wachsen((void **)&r->hin, &r->kap_hin, r->anzahl_hin + 1, sizeof *r->hin)) return NULL;
    hinweis_intern *x = &r->hin[r->anzahl_hin++];
    memset(x, 0, sizeof *x);
    x->pub.code = code;
    x->pub.regel = regel;
    x->pub.verlauf = verlauf;
    x->pub.quelle = verlauf >= 0 && r->fall ? r->fall->verlauf[verlauf].quelle : NULL;
    x->zustand = -3;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->satz, sizeof x->satz, fmt, ap);
    va_end(ap);
    return x;
}

/* A reason a person must decide (§ 31a SGB X), once per code and entry. */
static void aussteuern(wg_fall_ergebnis *r, const char *code, const char *norm, int verlauf, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void aussteuern(wg_fall_ergebnis *r, const char *code, const char *norm, int verlauf, const char *fmt, ...)
{
    for (size_t i = 0; i < r->anzahl_aus; i++)
        if (strcmp(r->aus[i].pub.code, code) == 0 && r->aus[i].pub.verlauf == verlauf) return;
    if (!wachsen((void **)&r->aus, &r->kap_aus, r->anzahl_aus + 1, sizeof *r->aus)) {
        r->status = WG_E_SPEICHER;
        return;
    }
    aussteuerung_intern *x = &r->aus[r->anzahl_aus++];
    memset(x, 0, sizeof *x);
    x->pub.code = code;
    x->pub.norm = norm;
    x->pub.verlauf = verlauf;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x->satz, sizeof x->satz, fmt, ap);
    va_end(ap);
}

static void vergleich_setzen(entscheidung_intern *x, const wg_fall_ergebnis *r, const bewertung *alt, const bewertung *neu)
{
    x->pub.mitglieder_alt = alt->kurz.n;
    x->pub.mitglieder_neu = neu->kurz.n;
    euro_text(x->texte[0], r_vergleich(alt));
    euro_text(x->texte[1], r_vergleich(neu));
    prozent_text(x->texte[2], r_vergleich(alt), r_vergleich(neu));
    euro_text(x->texte[3], y_vergleich(r, alt));
    euro_text(x->texte[4], y_vergleich(r, neu));
    prozent_text(x->texte[5], y_vergleich(r, alt), y_vergleich(r, neu));
    x->pub.miete.gesetzt = x->pub.einkommen.gesetzt = true;
}

static const char *const regel_ab[8] = {NULL, "§ 27 Abs. 2 Nr. 1", "§ 27 Abs. 2 Nr. 2", "§ 27 Abs. 2 Nr. 1, 2",
                                        "§ 27 Abs. 2 Nr. 3", "§ 27 Abs. 2 Nr. 1, 3", "§ 27 Abs. 2 Nr. 2, 3",
                                        "§ 27 Abs. 2 Nr. 1–3"};
static const char *const regel_auf[8] = {NULL, "§ 27 Abs. 1 Nr. 1", "§ 27 Abs. 1 Nr. 2", "§ 27 Abs. 1 Nr. 1, 2",
                                         "§ 27 Abs. 1 Nr. 3", "§ 27 Abs. 1 Nr. 1, 3", "§ 27 Abs. 1 Nr. 2, 3",
                                         "§ 27 Abs. 1 Nr. 1–3"};

/* ---- the case ---- */

/* An award in force from month index `ab` (a decision, or the Bescheid). */
typedef struct bescheid {
    int ab;                     /* month index of the BWZ (0 = first month) */
    int zustand, prognose, beginn;
    int64_t betrag_beginn;      /* the granted amount (Bescheid) or −1 */
    bool null;                  /* § 28: ineffective */
    const char *regel;
    int ent;                    /* its decision (index in the result's list before sorting), -1 */
} bescheid;

#define MAX_BESCHEIDE (2 * WG_FALL_MAX_VERLAUF + 4)

typedef struct lauf {
    const wg_engine *e;
    const wg_fall *f;
    wg_fall_ergebnis *r;
    int v;                      /* YYYYMMDD of the BWZ's first day */
    int mi0, monate, extra;     /* month index of the first month; months of the BWZ; more months looked at */
    int stand;                  /* YYYYMMDD */
    int ende;                   /* YYYYMMDD: the first day after the BWZ */
    bescheid b[MAX_BESCHEIDE];
    int anzahl_b;
} lauf;

static int zeile_tag(const lauf *l, int k) { return wgi_monatserster(l->mi0 + k); }

/* The amount of the award in force at month k (no decision after it). */
static bool award_betrag(lauf *l, const bescheid *b, int k, betrag *aus)
{
    if (b->null) {
        memset(aus, 0, sizeof *aus);
        aus->g = (gesetz){NULL, 0};
        return true;
    }
    return betrag_im_monat(l->e, l->r, b->zustand, b->prognose, b->beginn, b->betrag_beginn, zeile_tag(l, k), aus);
}

/* The circumstances at month k compared with the award b under the award's law at k. */
static bool vergleichen(lauf *l, const bescheid *b, int k, const bewertung **alt, const bewertung **neu)
{
    betrag x;
    if (!award_betrag(l, b, k, &x)) return false;
    const wgi_periode *p = x.g.p;
    const int stufe = x.g.stufe_tag;
    *alt = bewerten(l->e, l->r, b->zustand, b->prognose, p, stufe);
    *neu = bewerten(l->e, l->r, k, zeile_tag(l, k), p, stufe);
    if ((*alt)->status != WG_OK) {
        bewerten(l->e, l->r, b->zustand, b->prognose, p, stufe); /* its message again */
        verhaeltnisse_fehler(l->r, (*alt)->status, b->zustand);
        return false;
    }
    if ((*neu)->status != WG_OK) {
        verhaeltnisse_fehler(l->r, (*neu)->status, k);
        return false;
    }
    return true;
}

/* "nicht nur vorübergehend": the trigger met at month k keeps being met (against award b)
 * for longer than the setting's months; beyond the BWZ the months of `extra` are looked at, and
 * a change still in force at their end is not temporary. Returns true when temporary. */
static bool voruebergehend(lauf *l, const bescheid *b, int k, bool ab, int64_t pct, bool melde, int *ende_tag)
{
    const int n = l->r->einst.voruebergehend_bis_monate;
    const int beginn = l->r->zs.z[k].wechsel;
    for (int j = k + 1; j < l->monate + l->extra; j++) {
        /* from a month in which the award ends by § 28 (nobody counted uses the dwelling, or a
         * Transferleistung) there is nothing to compare: the change lasted as long as the award,
         * it did not end — not temporary (a household of nobody cannot even be assessed) */
        if (!l->r->zs.z[j].genutzt || l->r->zs.z[j].transfer >= 0) return false;
        const bewertung *alt, *neu;
        if (!vergleichen(l, b, j, &alt, &neu)) return false; /* the error is in r->status */
        unsigned m = melde ? melde_ausloeser(l->r, b->zustand, j, alt, neu, pct) : ausloeser(l->r, alt, neu, ab, pct);
        if (!m) {
            *ende_tag = l->r->zs.z[j].wechsel;
            return *ende_tag <= wgi_monate_plus(beginn, n);
        }
    }
    return false;
}

/* § 22 Abs. 4: a Weiterleistungsantrag filed earlier than two months before the end of the
 * running BWZ counts as filed on the 1st of the second month before that end. */
static int antrag_gilt(int antrag, int v)
{
    const int frueh = wgi_monatserster(wgi_monatsindex(v) - 2);
    return antrag < frueh ? frueh : antrag;
}

/* § 25 Abs. 3–5: "vor Ablauf des Kalendermonats …, der auf die Kenntnis … folgt" — the last day
 * of the month after the month of day t */
static int antrag_frist(int t) { return wgi_tag_davor(wgi_monatserster(wgi_monatsindex(t) + 2)); }

static wg_status eingabe_pruefen(lauf *l, int antrag)
{
    const wg_fall *f = l->f;
    wg_fall_ergebnis *r = l->r;
    if (!wgi_datum_gueltig(&f->antrag)) return fehl(r, WG_E_DATUM_UNGUELTIG, "antrag", "kein gültiges Kalenderdatum");
    if (!wgi_monat_gueltig(f->von_jahr, f->von_monat)) return fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.von", "Monat JJJJ-MM erwartet");
    if (!wgi_monat_gueltig(f->bis_jahr, f->bis_monat)) return fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.bis", "Monat JJJJ-MM erwartet");
    if (f->hat_stand && !wgi_datum_gueltig(&f->stand)) return fehl(r, WG_E_DATUM_UNGUELTIG, "stand", "kein gültiges Kalenderdatum");
    /* the evaluation (decision) date cannot lie before the application it decides on */
    if (f->hat_stand && wgi_tag(&f->stand) < wgi_tag(&f->antrag))
        return fehl(r, WG_E_WERT_UNGUELTIG, "stand", "%04d-%02d-%02d liegt vor dem Antrag (%04d-%02d-%02d)", f->stand.jahr,
                    f->stand.monat, f->stand.tag, f->antrag.jahr, f->antrag.monat, f->antrag.tag);
    if (f->hat_entscheidung_am) {
        if (!wgi_datum_gueltig(&f->entscheidung_am)) return fehl(r, WG_E_DATUM_UNGUELTIG, "entscheidung_am", "kein gültiges Kalenderdatum");
        if (wgi_tag(&f->entscheidung_am) < wgi_tag(&f->antrag))
            return fehl(r, WG_E_WERT_UNGUELTIG, "entscheidung_am", "liegt vor dem Antrag: die Behörde kann nicht entscheiden, bevor beantragt ist");
    }
    if (f->hat_bescheid_am) {
        if (!wgi_datum_gueltig(&f->bescheid_am)) return fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.bescheid_am", "kein gültiges Kalenderdatum");
        if (wgi_tag(&f->bescheid_am) < wgi_tag(&f->antrag))
            return fehl(r, WG_E_WERT_UNGUELTIG, "bewilligung.bescheid_am", "liegt vor dem Antrag");
        if (f->hat_entscheidung_am && wgi_tag(&f->entscheidung_am) < wgi_tag(&f->bescheid_am))
            return fehl(r, WG_E_WERT_UNGUELTIG, "entscheidung_am", "liegt vor dem Bescheid (bewilligung.bescheid_am)");
    }
    if (l->monate < 1) return fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.bis", "bis liegt vor von");
    /* § 25 Abs. 2: the BWZ begins with the month of the application (a Weiterleistungsantrag:
     * later) — before it only by § 25 Abs. 3, 4, applied for by the end of the month after the
     * household learned of the refusal or of the ineffectiveness */
    if (f->beginn != WG_BEGINN_ANTRAGSMONAT) {
        if (f->beginn != WG_BEGINN_25_3 && f->beginn != WG_BEGINN_25_4)
            return fehl(r, WG_E_WERT_UNGUELTIG, "bewilligung.beginn", "\"§ 25 Abs. 3\" oder \"§ 25 Abs. 4\" erwartet");
        if (!f->hat_beginn_kenntnis)
            return fehl(r, WG_E_FELD_FEHLT, "bewilligung.kenntnis", "ein vorgezogener Beginn (§ 25 Abs. 3, 4 WoGG) braucht den Tag der Kenntnis");
        if (!wgi_datum_gueltig(&f->beginn_kenntnis)) return fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.kenntnis", "kein gültiges Kalenderdatum");
        const int frist = antrag_frist(wgi_tag(&f->beginn_kenntnis));
        if (wgi_tag(&f->antrag) > frist)
            return fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.beginn",
                        "der Antrag (%04d-%02d-%02d) kam nach dem Ende des Monats, der auf die Kenntnis folgt (%04d-%02d-%02d): "
                        "der Bewilligungszeitraum beginnt im Antragsmonat (§ 25 Abs. 2 WoGG)",
                        f->antrag.jahr, f->antrag.monat, f->antrag.tag, frist / 10000, frist / 100 % 100, frist % 100);
    } else if (wgi_monatsindex(wgi_tag(&f->antrag)) > l->mi0) {
        return fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.von", "der Bewilligungszeitraum beginnt vor dem Monat des Antrags (%04d-%02d-%02d; § 25 Abs. 2 WoGG)",
                    f->antrag.jahr, f->antrag.monat, f->antrag.tag);
    }
    const wg_datum dv = wgi_tag_datum(l->v);
    const wgi_periode *p = l->v >= l->e->erster_tag ? wgi_periode_zum_stichtag(l->e, &dv) : NULL;
    if (!p) return fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "bewilligung.von", "für diesen Monat ist kein Rechtsstand hinterlegt");
    /* § 25 Abs. 1: at most 12 months, from 2023 at most 24 */
    if (l->monate > p->skalar[WG_S_BWZ_HOECHSTENS])
        return fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.bis", "%d Monate; nach § 25 Abs. 1 WoGG (Rechtsstand %s) höchstens %lld",
                    l->monate, p->id, (long long)p->skalar[WG_S_BWZ_HOECHSTENS]);
    if (f->hat_wohngeld_monat && (f->wohngeld_monat < 0 || f->wohngeld_monat > 1000000))
        return fehl(r, WG_E_BETRAG_UNGUELTIG, "bewilligung.wohngeld_monat", "ganze Euro von 0 bis 1 000 000 erwartet");
    if (f->anzahl_verlauf > WG_FALL_MAX_VERLAUF)
        return fehl(r, WG_E_GRENZE, "verlauf", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_VERLAUF);
    /* every member of the Bescheid has an id, each once (changes are matched by it) */
    const wg_haushalt *h = &f->haushalt;
    /* a caller's lists are there for their counts (docs/api.md "Arguments") */
    if (h->anzahl_mitglieder && !h->mitglieder) return fehl(r, WG_E_ARGUMENT, "haushalt.mitglieder", "mitglieder ist NULL");
    if (f->anzahl_verlauf && !f->verlauf) return fehl(r, WG_E_ARGUMENT, "verlauf", "verlauf ist NULL");
    for (size_t i = 0; i < f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &f->verlauf[i];
        char feld[64];
        if (a->anzahl_ereignisse && !a->ereignisse) {
            snprintf(feld, sizeof feld, "verlauf[%zu].ereignisse", i);
            return fehl(r, WG_E_ARGUMENT, feld, "ereignisse ist NULL");
        }
        if (a->haushalt && a->haushalt->anzahl_mitglieder && !a->haushalt->mitglieder) {
            snprintf(feld, sizeof feld, "verlauf[%zu].haushalt.mitglieder", i);
            return fehl(r, WG_E_ARGUMENT, feld, "mitglieder ist NULL");
        }
    }
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        if (!h->mitglieder[i].id) return fehl(r, WG_E_FELD_FEHLT, "haushalt.mitglieder", "Mitglied %zu ohne id (ein laufender Fall ordnet Änderungen über die id zu)", i);
        for (size_t j = 0; j < i; j++)
            if (strcmp(h->mitglieder[i].id, h->mitglieder[j].id) == 0)
                return fehl(r, WG_E_FELD_KONFLIKT, "haushalt.mitglieder", "id \"%.60s\" doppelt", h->mitglieder[i].id);
    }
    /* a BWZ begun before the application (§ 25 Abs. 3, 4) rests on the circumstances of its
     * first day */
    const int unten = f->beginn != WG_BEGINN_ANTRAGSMONAT && l->v < antrag ? l->v : antrag;
    for (size_t i = 0; i < f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &f->verlauf[i];
        char feld[64];
        snprintf(feld, sizeof feld, "verlauf[%zu].ab", i);
        if (!wgi_datum_gueltig(&a->ab)) return fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
        const int ab = wgi_tag(&a->ab);
        if (ab < unten)
            return fehl(r, WG_E_VERLAUF_DATUM, feld, "%04d-%02d-%02d liegt vor dem Antrag (%04d-%02d-%02d%s): die Verhältnisse "
                        "dieses Tages gehören in den Haushalt des Bescheids",
                        a->ab.jahr, a->ab.monat, a->ab.tag, unten / 10000, unten / 100 % 100, unten % 100,
                        unten != wgi_tag(&f->antrag) ? (unten == l->v ? ", Beginn nach § 25 Abs. 3, 4 WoGG" : ", nach § 22 Abs. 4 WoGG") : "");
        /* an entry after the BWZ (register data arrive late) is left out with a hint, not a
         * reason to refuse the case (fall_rechnen) */
        if (a->hat_bis) {
            snprintf(feld, sizeof feld, "verlauf[%zu].bis", i);
            if (!wgi_datum_gueltig(&a->bis)) return fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
            if (wgi_tag(&a->bis) < ab) return fehl(r, WG_E_VERLAUF_DATUM, feld, "bis liegt vor ab");
        }
        if (a->hat_bekannt) {
            snprintf(feld, sizeof feld, "verlauf[%zu].bekannt", i);
            if (!wgi_datum_gueltig(&a->bekannt)) return fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
            if (wgi_tag(&a->bekannt) < unten) return fehl(r, WG_E_VERLAUF_DATUM, feld, "die Behörde kann es nicht vor dem Antrag erfahren haben");
        }
        if (a->hat_kenntnis_haushalt && !wgi_datum_gueltig(&a->kenntnis_haushalt)) {
            snprintf(feld, sizeof feld, "verlauf[%zu].kenntnis_haushalt", i);
            return fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
        }
        if (a->anzahl_ereignisse > WG_FALL_MAX_EREIGNISSE) {
            snprintf(feld, sizeof feld, "verlauf[%zu].ereignisse", i);
            return fehl(r, WG_E_GRENZE, feld, "mehr als %d Ereignisse (docs/grenzen.md)", WG_FALL_MAX_EREIGNISSE);
        }
        if (!a->haushalt && a->anzahl_ereignisse == 0) {
            snprintf(feld, sizeof feld, "verlauf[%zu]", i);
            return fehl(r, WG_E_FELD_FEHLT, feld, "haushalt oder ereignisse erwartet");
        }
        if (a->haushalt)
            for (size_t m = 0; m < a->haushalt->anzahl_mitglieder; m++)
                if (!a->haushalt->mitglieder[m].id) {
                    snprintf(feld, sizeof feld, "verlauf[%zu].haushalt.mitglieder", i);
                    return fehl(r, WG_E_FELD_FEHLT, feld, "Mitglied %zu ohne id", m);
                }
        for (size_t j = 0; j < a->anzahl_ereignisse; j++) {
            const wg_ereignis *ev = &a->ereignisse[j];
            if (ev->art == WG_EREIGNIS_ANTRAG_ERHOEHUNG && ev->hat_datum) {
                snprintf(feld, sizeof feld, "verlauf[%zu].ereignisse[%zu].datum", i, j);
                if (!wgi_datum_gueltig(&ev->datum)) return fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
                if (wgi_tag(&ev->datum) < ab) return fehl(r, WG_E_VERLAUF_DATUM, feld, "der Antrag liegt vor ab");
            }
        }
    }
    /* what was paid: months of the BWZ, each once, whole euros */
    if (f->anzahl_zahlungen && !f->zahlungen) return fehl(r, WG_E_ARGUMENT, "zahlungen", "zahlungen ist NULL");
    if (f->anzahl_zahlungen > WG_FALL_MAX_ZAHLUNGEN)
        return fehl(r, WG_E_GRENZE, "zahlungen", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_ZAHLUNGEN);
    for (size_t i = 0; i < f->anzahl_zahlungen; i++) {
        const wg_zahlung *z = &f->zahlungen[i];
        char feld[48];
        snprintf(feld, sizeof feld, "zahlungen[%zu].monat", i);
        if (!wgi_monat_gueltig(z->jahr, z->monat)) return fehl(r, WG_E_DATUM_UNGUELTIG, feld, "Monat JJJJ-MM erwartet");
        const int k = z->jahr * 12 + z->monat - 1 - l->mi0;
        if (k < 0 || k >= l->monate) return fehl(r, WG_E_WERT_UNGUELTIG, feld, "kein Monat des Bewilligungszeitraums");
        for (size_t j = 0; j < i; j++)
            if (f->zahlungen[j].jahr == z->jahr && f->zahlungen[j].monat == z->monat)
                return fehl(r, WG_E_FELD_KONFLIKT, feld, "Monat %04d-%02d doppelt", z->jahr, z->monat);
        if (z->betrag < 0 || z->betrag > 1000000) {
            snprintf(feld, sizeof feld, "zahlungen[%zu].betrag", i);
            return fehl(r, WG_E_BETRAG_UNGUELTIG, feld, "ganze Euro von 0 bis 1 000 000 erwartet");
        }
    }
    return WG_OK;
}

/* The day an application for an increase (§ 27 Abs. 1) was filed: its `datum`, else the entry's ab. */
static int antrag_tag(const wg_aenderung *a, const wg_ereignis *ev) { return ev->hat_datum ? wgi_tag(&ev->datum) : wgi_tag(&a->ab); }

/* An application for an increase filed in month k of the BWZ (entries after the BWZ left out). */
static bool antrag_im_monat(const lauf *l, int k, int *verlauf)
{
    for (size_t i = 0; i < l->f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &l->f->verlauf[i];
        if (wgi_tag(&a->ab) >= l->ende) continue;
        for (size_t j = 0; j < a->anzahl_ereignisse; j++) {
            const wg_ereignis *ev = &a->ereignisse[j];
            if (ev->art != WG_EREIGNIS_ANTRAG_ERHOEHUNG) continue;
            if (wgi_monatsindex(antrag_tag(a, ev)) - l->mi0 == k) {
                *verlauf = (int)i;
                return true;
            }
        }
    }
    return false;
}

/* The first application that reaches a change of day `wechsel` (§ 27 Abs. 1 with § 25 Abs. 2):
 * filed from the month of the change on (an application in that month is never lost — before
 * the change it works from the month after, on or after it from its own month), in a month
 * before `bis` (while the circumstances last). Returns its day, 0 none. */
static int antrag_suchen(const lauf *l, int wechsel, int bis, int *verlauf)
{
    int best = 0;
    const int von = wgi_monatsindex(wechsel) - l->mi0;
    for (size_t i = 0; i < l->f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &l->f->verlauf[i];
        if (wgi_tag(&a->ab) >= l->ende) continue;
        for (size_t j = 0; j < a->anzahl_ereignisse; j++) {
            const wg_ereignis *ev = &a->ereignisse[j];
            if (ev->art != WG_EREIGNIS_ANTRAG_ERHOEHUNG) continue;
            const int t = antrag_tag(a, ev), m = wgi_monatsindex(t) - l->mi0;
            if (m < von || m >= bis || (best && t >= best)) continue;
            best = t;
            *verlauf = (int)i;
        }
    }
    return best;
}

/* The day the household learned of entry a (kenntnis_haushalt, else bekannt, else ab). */
static int kenntnis_haushalt(const wg_aenderung *a)
{
    return a->hat_kenntnis_haushalt ? wgi_tag(&a->kenntnis_haushalt) : a->hat_bekannt ? wgi_tag(&a->bekannt) : wgi_tag(&a->ab);
}

/* The month index (in the BWZ) from which a retroactive rent increase counts (§ 27 Abs. 1 Satz 2:
 * from the month the higher rent is owed, not before the BWZ), or k — only when the application
 * (day t_antrag) came by the end of the month after the household learned of it (§ 25 Abs. 5).
 * *verfristet: a retroactive increase the application came too late for. */
static int rueckwirkend_ab(const lauf *l, int k, unsigned nr, int t_antrag, bool *verfristet)
{
    *verfristet = false;
    if (!(nr & NR2)) return k;
    int fruehestens = k;
    for (size_t i = 0; i < l->f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &l->f->verlauf[i];
        if (!a->rueckwirkend || !a->haushalt || wgi_tag(&a->ab) > zeile_tag(l, k) || wgi_tag(&a->ab) >= l->ende) continue;
        if (t_antrag > antrag_frist(kenntnis_haushalt(a))) {
            *verfristet = true;
            continue;
        }
        int m = wgi_monatsindex(wgi_tag(&a->ab)) - l->mi0;
        if (m < 0) m = 0;
        if (m < fruehestens) fruehestens = m;
    }
    return fruehestens;
}

static const char *wann(char *buf, int t)
{
    snprintf(buf, 11, "%04d-%02d-%02d", t / 10000 % 10000, t / 100 % 100, t % 100);
    return buf;
}

/* The legal path of an adverse decision: a fact already true when the Bescheid was issued is
 * § 45 SGB X (BVerwG 5 C 2.18: §§ 27 Abs. 2, 28 Abs. 3 presuppose a Bescheid issued before the
 * change) — discretion, never automatic. */
static bool vor_bescheid(const lauf *l, int wechsel) { return l->f->hat_bescheid_am && wechsel <= wgi_tag(&l->f->bescheid_am); }

static void bekannt_setzen(entscheidung_intern *x, const wg_aenderung *a, int bekannt)
{
    x->pub.hat_bekannt = a != NULL;
    x->pub.bekannt = wgi_tag_datum(bekannt);
    x->pub.quelle = a ? a->quelle : NULL;
    x->datum_grund = a ? bekannt : 0;
}

static wg_status entscheiden(lauf *l)
{
    wg_fall_ergebnis *r = l->r;
    const wg_fall *f = l->f;
    char d1[12], d2[12], d3[12];
    int akt_i = 0;              /* the award in force: index in l->b */
    int zuletzt = -1;           /* the circumstances last looked at */
    if (!r->zs.z) return fehl(r, WG_E_SPEICHER, "", "Speicher"); /* wgi_zustaende_bilden made them */
    for (int k = 0; k < l->monate; k++) {
        const bescheid *akt = &l->b[akt_i];
        int antrag_verlauf = -1;
        const bool antrag = antrag_im_monat(l, k, &antrag_verlauf);
        const wgi_zustand *z = &r->zs.z[k], *zl = &r->zs.z[zuletzt >= 0 ? zuletzt : k];
        const bool neu = zuletzt >= 0 ? z->angewandt != zl->angewandt || z->tote != zl->tote || z->tod_wirksam != zl->tod_wirksam
                                      : z->angewandt != 0 || z->tote != 0 || z->tod_wirksam != 0;
        zuletzt = k;
        if (akt->null || (!neu && !antrag)) continue;
        const int tag = zeile_tag(l, k);
        const int wechsel = z->wechsel;
        const int verlauf = z->letzte;
        const int transfer = z->transfer;
        const bool genutzt = z->genutzt;
        const wg_aenderung *a = verlauf >= 0 ? &f->verlauf[verlauf] : NULL;
        const int bekannt = a ? (a->hat_bekannt ? wgi_tag(&a->bekannt) : wgi_tag(&a->ab)) : l->v;
        const wg_datum dw = wgi_tag_datum(wechsel < l->e->erster_tag ? tag : wechsel);
        const wgi_periode *pw = wgi_periode_zum_stichtag(l->e, &dw);
        if (!pw) return fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "verlauf", "kein Rechtsstand für %s", wann(d1, wechsel));
        betrag alt_b;
        if (!award_betrag(l, akt, k, &alt_b)) return r->status;
        if (l->anzahl_b + 1 >= MAX_BESCHEIDE) return fehl(r, WG_E_GRENZE, "verlauf", "zu viele Entscheidungen in einem Fall");

        /* § 28 Abs. 1: nobody counted uses the dwelling; § 28 Abs. 3: a counted member is
         * excluded by a Transferleistung — the Bescheid is ineffective from the 1st of the month
         * (the change on a 1st) or of the next month; z is the first day of month k already */
        if (!genutzt || transfer >= 0) {
            const bool abs1 = !genutzt;
            bescheid *nb = &l->b[l->anzahl_b];
            *nb = (bescheid){k, k, tag, tag, 0, true, abs1 ? "§ 28 Abs. 1" : "§ 28 Abs. 3", (int)r->anzahl_ent};
            entscheidung_intern *x = entscheidung_neu(r, nb->regel, abs1 ? verlauf : transfer);
            if (!x) return fehl(r, WG_E_SPEICHER, "", "Speicher");
            akt_i = l->anzahl_b++;
            x->pub.aenderung = wgi_tag_datum(wechsel);
            x->pub.wirksam = wgi_tag_datum(tag);
            x->pub.alt = alt_b.betrag;
            x->pub.neu = 0;
            x->nachteilig = true;
            x->erstattung_50_2 = true;
            const wg_aenderung *ta = abs1 ? a : &f->verlauf[transfer];
            const int tb = ta ? (ta->hat_bekannt ? wgi_tag(&ta->bekannt) : wgi_tag(&ta->ab)) : bekannt;
            bekannt_setzen(x, ta, tb);
            const bool v45 = vor_bescheid(l, wechsel);
            if (abs1 && a)
                for (size_t j = 0; j < a->anzahl_ereignisse; j++)
                    if (a->ereignisse[j].art == WG_EREIGNIS_TOD)
                        aussteuern(r, "antragsteller_verstorben", "§§ 56–59 SGB I, § 50 SGB X", verlauf,
                                   "Das letzte zu berücksichtigende Mitglied ist gestorben: gegen wen sich eine Erstattung richtet "
                                   "(Erben, Sonderrechtsnachfolge), entscheidet ein Mensch.");
            x->pub.rechtsweg = v45 ? "§ 45 SGB X (die Tatsache bestand schon beim Erlass des Bescheids), Erstattung § 50 Abs. 1 SGB X"
                               : abs1 ? "§ 28 Abs. 1 WoGG (unwirksam kraft Gesetzes, Feststellung nach § 28 Abs. 5 WoGG), Erstattung § 50 Abs. 2 SGB X"
                                      : "§ 28 Abs. 3 WoGG (unwirksam kraft Gesetzes, Feststellung nach § 28 Abs. 5 WoGG), Erstattung § 50 Abs. 2 SGB X";
            x->pub.gebunden = !v45;
            snprintf(x->satz, sizeof x->satz,
                     abs1 ? "Die Wohnung wird seit %s von keinem zu berücksichtigenden Haushaltsmitglied mehr genutzt: "
                            "der Bewilligungsbescheid ist ab %s unwirksam (§ 28 Abs. 1 WoGG)."
                          : "Ein zu berücksichtigendes Haushaltsmitglied erhält ab %s eine Transferleistung und ist nach § 7 "
                            "WoGG ausgeschlossen: der Bewilligungsbescheid ist ab %s unwirksam (§ 28 Abs. 3 WoGG).",
                     wann(d1, wechsel), wann(d2, tag));
            if (!abs1) {
                /* § 25 Abs. 4 Satz 1 Nr. 2: a new BWZ for the others from the month of the
                 * ineffectiveness, applied for by the end of the month after the household learned
                 * of it (kenntnis_haushalt, else bekannt) */
                const int frist = antrag_frist(ta ? kenntnis_haushalt(ta) : bekannt);
                hinweis_intern *h = hinweis(r, "neuantrag_moeglich", "§ 28 Abs. 3, § 25 Abs. 4", transfer,
                                            "Für die übrigen Haushaltsmitglieder kann ein neuer Antrag gestellt werden (Mischhaushalt): "
                                            "gestellt bis %s, beginnt der neue Bewilligungszeitraum am %s (§ 25 Abs. 4 Satz 1 Nr. 2 WoGG), "
                                            "später im Monat des Antrags.", wann(d1, frist), wann(d2, tag));
                if (h) { h->pub.hat_datum = true; h->pub.datum = wgi_tag_datum(frist); }
            }
            continue;
        }

        const bewertung *alt_z, *neu_z;
        if (!vergleichen(l, akt, k, &alt_z, &neu_z)) return r->status;
        /* copies: the cache may reuse its slots while this month is decided */
        const bewertung alt_kopie = *alt_z, neu_kopie = *neu_z, *alt = &alt_kopie, *neu_b = &neu_kopie;
        /* the amount of a new decision from this month: the month's circumstances, the law of
         * the month — a § 27 decision taking effect on or after a law-change date follows the
         * new law in full (§§ 42b–42d Abs. 3, § 44 Abs. 3) */
        betrag neu_betrag;
        if (!betrag_im_monat(l->e, r, k, tag, tag, -1, tag, &neu_betrag)) return r->status;
        const int64_t pct2 = pw->skalar[WG_S_AENDERUNG_27_2_PROZENT], pct1 = pw->skalar[WG_S_AENDERUNG_27_1_PROZENT];
        const unsigned ab = ausloeser(r, alt, neu_b, true, pct2), auf = ausloeser(r, alt, neu_b, false, pct1);
        const unsigned melde = melde_ausloeser(r, akt->zustand, k, alt, neu_b, pct2);
        int ende = 0;

        /* § 27 Abs. 3: the duty to report (not only temporary) */
        const bool melde_dauer = melde && neu && !voruebergehend(l, akt, k, true, pct2, true, &ende);
        if (r->status != WG_OK) return r->status;
        if (melde_dauer) {
            /* each reason with its own numbers (issue 23 § 4) */
            char teile[520] = "", a_txt[40], n_txt[40];
            size_t len = 0;
            if (melde & NR1) {
                if (neu_b->kurz.n < alt->kurz.n)
                    len += (size_t)snprintf(teile + len, sizeof teile - len, "%d statt %d zu berücksichtigende Mitglieder (Nr. 1); ",
                                            neu_b->kurz.n, alt->kurz.n);
                else
                    len += (size_t)snprintf(teile + len, sizeof teile - len, "ein weiteres Mitglied vom Wohngeld ausgeschlossen (Nr. 1); ");
            }
            if ((melde & NR2) && len < sizeof teile) {
                const wg_haushalt *ha = akt->zustand < 0 ? &r->bescheid : &r->zs.z[akt->zustand].h, *hn = &r->zs.z[k].h;
                euro_text(a_txt, ha->wohnkosten_cent * WG_B4_CENT);
                euro_text(n_txt, hn->wohnkosten_cent * WG_B4_CENT);
                len += (size_t)snprintf(teile + len, sizeof teile - len,
                                        "Miete oder Belastung %s → %s EUR monatlich, um mehr als %lld %% gesunken (Nr. 2); ", a_txt,
                                        n_txt, (long long)pct2);
            }
            if ((melde & NR3) && len < sizeof teile) {
                euro_text(a_txt, alt->teile.einkuenfte);
                euro_text(n_txt, neu_b->teile.einkuenfte);
                len += (size_t)snprintf(teile + len, sizeof teile - len,
                                        "Summe der positiven Einkünfte %s → %s EUR jährlich, um mehr als %lld %% gestiegen (Nr. 3); ",
                                        a_txt, n_txt, (long long)pct2);
            }
            if (len >= sizeof teile) len = sizeof teile - 1;
            if (len >= 2) teile[len - 2] = '\0';
            hinweis_intern *h = hinweis(r, "meldepflicht", "§ 27 Abs. 3", verlauf, "Mitteilungspflicht ab %s: %s.", wann(d1, wechsel), teile);
            if (h) {
                h->pub.hat_datum = true;
                h->pub.datum = wgi_tag_datum(wechsel);
            }
        }

        if (ab && neu_betrag.betrag < alt_b.betrag) {
            /* § 27 Abs. 2: a decrease ex officio, if not only temporary and decided in time */
            const bool kurz = voruebergehend(l, akt, k, true, pct2, false, &ende);
            if (r->status != WG_OK) return r->status;
            if (kurz) {
                hinweis_intern *h = hinweis(r, "voruebergehend_ignoriert", "§ 27 Abs. 2", verlauf,
                                            "Die Änderung ab %s gilt nur bis %s und dauert nicht länger als %d Monate: nur "
                                            "vorübergehend, keine neue Entscheidung (§ 27 Abs. 2 WoGG).",
                                            wann(d1, wechsel), wann(d2, wgi_tag_davor(ende)), r->einst.voruebergehend_bis_monate);
                if (h) { h->pub.hat_datum = true; h->pub.datum = wgi_tag_datum(wechsel); }
                continue;
            }
            /* § 27 Abs. 2 Satz 6: one year from the knowledge of the change — and a change is
             * not known before it happens (an announced rent cut, the end of the § 6 Abs. 2 year) */
            const int kenntnis = bekannt > wechsel ? bekannt : wechsel;
            const int frist = wgi_monate_plus(kenntnis, 12);
            if (r->entscheidung_bekannt && r->entscheidung_am > frist) {
                hinweis_intern *h = hinweis(r, "frist_abgelaufen", "§ 27 Abs. 2 Satz 6", verlauf,
                                            "Die Behörde kennt die Änderung seit %s; über sie war bis %s zu entscheiden, entschieden wird "
                                            "am %s — die Frist ist abgelaufen, der Bescheid bleibt.", wann(d1, kenntnis), wann(d2, frist),
                                            wann(d3, r->entscheidung_am));
                if (h) { h->pub.hat_datum = true; h->pub.datum = wgi_tag_datum(frist); }
                continue;
            }
            bescheid *nb = &l->b[l->anzahl_b];
            *nb = (bescheid){k, k, tag, tag, -1, false, regel_ab[ab], (int)r->anzahl_ent};
            entscheidung_intern *x = entscheidung_neu(r, nb->regel, verlauf);
            if (!x) return fehl(r, WG_E_SPEICHER, "", "Speicher");
            akt_i = l->anzahl_b++;
            x->pub.aenderung = wgi_tag_datum(wechsel);
            x->pub.wirksam = wgi_tag_datum(tag);
            x->pub.hat_frist = true;
            x->pub.frist = wgi_tag_datum(frist);
            bekannt_setzen(x, a, bekannt);
            x->pub.alt = alt_b.betrag;
            x->pub.neu = neu_betrag.betrag;
            x->nachteilig = true;
            const bool v45 = vor_bescheid(l, wechsel);
            x->pub.rechtsweg = v45 ? "§ 45 SGB X (die Tatsache bestand schon beim Erlass des Bescheids), Erstattung § 50 Abs. 1 SGB X"
                                   : "§ 27 Abs. 2 WoGG (Aufhebung von Amts wegen), Erstattung § 50 Abs. 1 SGB X";
            x->pub.gebunden = !v45;
            vergleich_setzen(x, r, alt, neu_b);
            snprintf(x->satz, sizeof x->satz,
                     "Die Verhältnisse haben sich ab %s nicht nur vorübergehend geändert (%s WoGG, Schwelle mehr als %lld %%): "
                     "neue Entscheidung ab %s, %lld statt %lld EUR monatlich; zu entscheiden bis %s.",
                     wann(d1, wechsel), nb->regel, (long long)pct2, wann(d2, tag), (long long)neu_betrag.betrag,
                     (long long)alt_b.betrag, wann(d3, frist));
            continue;
        }

        if (auf && neu_betrag.betrag > alt_b.betrag) {
            /* § 27 Abs. 1: an increase, only on application — "nicht nur vorübergehend" is not
             * a condition there; a temporary change is named, not ignored */
            const bool kurz = voruebergehend(l, akt, k, false, pct1, false, &ende);
            if (r->status != WG_OK) return r->status;
            char dauer[96] = "";
            if (kurz)
                snprintf(dauer, sizeof dauer, " Die Änderung gilt nur bis %s (§ 27 Abs. 1 verlangt keine Dauer).",
                         wann(d3, wgi_tag_davor(ende)));
            /* while the circumstances last: the months up to the next change */
            int bis = k + 1;
            while (bis < l->monate && r->zs.z[bis].angewandt == r->zs.z[k].angewandt && r->zs.z[bis].tote == r->zs.z[k].tote &&
                   r->zs.z[bis].tod_wirksam == r->zs.z[k].tod_wirksam)
                bis++;
            int av = -1;
            int t_antrag = antrag_suchen(l, wechsel, bis, &av);
            if (!t_antrag) {
                hinweis_intern *h = hinweis(r, "erhoehung_moeglich", regel_auf[auf], verlauf,
                                            "Ab %s ergäben sich %lld statt %lld EUR monatlich (%s WoGG, Schwelle mehr als %lld %%); "
                                            "die Erhöhung gibt es nur auf Antrag, ab dem Monat des Antrags.%s%s",
                                            wann(d1, tag), (long long)neu_betrag.betrag, (long long)alt_b.betrag, regel_auf[auf],
                                            (long long)pct1, dauer,
                                            a && a->quelle && strncmp(a->quelle, "datenabgleich", 13) == 0
                                                ? " Die Änderung stammt aus dem Datenabgleich: nach § 33 Abs. 2, 3 WoGG nur zur Prüfung "
                                                  "zu verwenden, nicht als Anlass einer Einladung zum Antrag."
                                                : "");
                if (h) {
                    h->pub.hat_datum = true;
                    h->pub.datum = wgi_tag_datum(tag);
                    h->pub.hat_betrag = true;
                    h->pub.betrag = neu_betrag.betrag;
                    h->zustand = k;
                    h->prognose = tag;
                    h->g = neu_betrag.g;
                }
                continue;
            }
            /* the award from the application's month (§ 25 Abs. 2), judged by the circumstances
             * at the application when it came in the month of a change not on a 1st and after
             * it; an application before the change in that month works from the month after */
            int ka = wgi_monatsindex(t_antrag) - l->mi0;
            int zustand = ka > k ? ka : k, prognose = zeile_tag(l, zustand);
            if (ka < k) {
                if (t_antrag >= wechsel) {
                    const int zi = wgi_zustand_am(&r->zs, f, t_antrag, &r->fehler);
                    if (zi < 0) {
                        r->status = r->fehler.code;
                        return r->status;
                    }
                    zustand = zi;
                    prognose = t_antrag;
                } else {
                    ka = k;
                }
            }
            bool verfristet;
            const int kw0 = rueckwirkend_ab(l, ka, auf, t_antrag, &verfristet);
            const int kw = kw0 < ka ? kw0 : ka;
            const int tw = zeile_tag(l, kw);
            bescheid *nb = &l->b[l->anzahl_b];
            *nb = (bescheid){kw, zustand, prognose, tw, -1, false, regel_auf[auf], (int)r->anzahl_ent};
            entscheidung_intern *x = entscheidung_neu(r, nb->regel, av >= 0 ? av : verlauf);
            if (!x) return fehl(r, WG_E_SPEICHER, "", "Speicher");
            akt_i = l->anzahl_b++;
            betrag nb_betrag;
            if (!award_betrag(l, nb, kw > k ? kw : k, &nb_betrag)) return r->status;
            x->pub.aenderung = wgi_tag_datum(wechsel);
            x->pub.wirksam = wgi_tag_datum(tw);
            bekannt_setzen(x, a, bekannt);
            x->pub.alt = alt_b.betrag;
            x->pub.neu = nb_betrag.betrag;
            x->pub.rechtsweg = "§ 27 Abs. 1 WoGG (Bewilligung auf Antrag)";
            x->pub.gebunden = true;
            vergleich_setzen(x, r, alt, neu_b);
            snprintf(x->satz, sizeof x->satz,
                     "Auf den Antrag vom %s ist neu zu entscheiden (%s WoGG, Schwelle mehr als %lld %%): %lld statt %lld EUR "
                     "monatlich ab %s%s.%s",
                     wann(d1, t_antrag), nb->regel, (long long)pct1, (long long)nb_betrag.betrag, (long long)alt_b.betrag,
                     wann(d2, tw),
                     kw < ka ? " (rückwirkende Mieterhöhung, § 27 Abs. 1 Satz 2 WoGG)"
                     : verfristet ? " (die rückwirkende Mieterhöhung wirkt nicht zurück: der Antrag kam nach dem Ende des Monats, "
                                    "der auf die Kenntnis folgt, § 25 Abs. 5 WoGG)"
                                  : "",
                     dauer);
            continue;
        }
    }
    return WG_OK;
}

/* The law-change decisions: for each rule of a day inside the BWZ, the award in force then is
 * recomputed (§§ 42a–44); listed with its amounts before and from the day. */
static wg_status rechtsaenderungen(lauf *l)
{
    const wgi_tabellen *t = &l->e->tabellen;
    wg_fall_ergebnis *r = l->r;
    for (int i = 0; i < t->anzahl_aenderungen; i++) {
        const wgi_rechtsaenderung *a = &t->aenderung[i];
        const int k = wgi_monatsindex(a->tag) - l->mi0;
        if (k <= 0 || k >= l->monate) continue;
        const fall_monat_intern *vor = &r->monate[k - 1], *ab = &r->monate[k];
        entscheidung_intern *x = entscheidung_neu(r, a->regel, -1);
        if (!x) return fehl(r, WG_E_SPEICHER, "", "Speicher");
        x->pub.aenderung = x->pub.wirksam = wgi_tag_datum(a->tag);
        x->pub.alt = vor->pub.bewilligt;
        x->pub.neu = ab->pub.bewilligt;
        x->pub.rechtsweg = a->regel;  /* the transitional rule itself: recomputed ex officio, bound */
        x->pub.gebunden = true;
        if (ab->bestandsschutz) {
            x->nachteilig = false;
            aussteuern(r, "bestandsschutz_42d", a->regel, -1,
                       "Rechtsänderung am %s: neu berechnet ergäbe sich weniger; der höhere Betrag bleibt (%s WoGG) — "
                       "bitte prüfen, ob der Bestandsschutz richtig angewandt ist.", a->datum, a->regel);
        }
        snprintf(x->satz, sizeof x->satz,
                 "Rechtsänderung am %s: der Bescheid wird von Amts wegen mit den bisherigen Verhältnissen neu berechnet, neu "
                 "sind %s (%s WoGG); %s.",
                 a->datum, a->teile, a->regel,
                 a->minderung ? "der neue Betrag gilt" : "ist der neue Betrag niedriger, bleibt der höhere");
    }
    return WG_OK;
}

/* ---- § 31a SGB X: when a person must decide (docs/laufende-faelle.md § 7) ---- */

/* days since 0000-03-01 of a YYYYMMDD day (differences only) */
static long tage(int t)
{
    long y = t / 10000, m = t / 100 % 100, d = t % 100;
    if (m <= 2) { y--; m += 12; }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

static bool ist_datenabgleich(const char *q) { return q && strncmp(q, "datenabgleich", 13) == 0; }

static void aussteuerung_sammeln(const lauf *l, bool erstattung_50_2)
{
    wg_fall_ergebnis *r = l->r;
    const wg_fall *f = l->f;
    const wg_fall_einstellungen *s = &r->einst;
    char d1[12], d2[12];
    bool bwz_entscheidung = false;
    for (size_t i = 0; i < r->anzahl_ent; i++) {
        const entscheidung_intern *x = &r->ent[i];
        if (x->pub.verlauf < 0) continue;  /* a law change: nothing learned from data */
        bwz_entscheidung = true;
        const int v = x->pub.verlauf;
        if (!x->pub.gebunden)
            aussteuern(r, "ruecknahme_45_sgb_x", "§ 45 SGB X", v,
                       "Die Änderung ab %s bestand schon, als der Bescheid am %s erlassen wurde: keine Aufhebung nach §§ 27, 28 "
                       "WoGG, sondern Rücknahme nach § 45 SGB X (Vertrauensschutz, Ermessen; BVerwG 5 C 2.18).",
                       wann(d1, wgi_tag(&x->pub.aenderung)), wann(d2, wgi_tag(&f->bescheid_am)));
        if (x->pub.hat_frist && r->entscheidung_bekannt) {
            const long rest = tage(wgi_tag(&x->pub.frist)) - tage(r->entscheidung_am);
            if (rest >= 0 && rest <= s->frist_warnung_tage)
                aussteuern(r, "frist_nahe", "§ 27 Abs. 2 Satz 6", v,
                           "Über die Änderung ist bis %s zu entscheiden — noch %ld Tage (Anhörung und Bekanntgabe brauchen Zeit).",
                           wann(d1, wgi_tag(&x->pub.frist)), rest);
        }
        if (!x->nachteilig) continue;
        if (x->datum_grund && r->entscheidung_bekannt && r->entscheidung_am > wgi_monate_plus(x->datum_grund, s->daten_max_alter_monate))
            aussteuern(r, "daten_veraltet", "WoGV § 20", v,
                       "Die Angabe, auf der die Entscheidung beruht, ist vom %s und am Entscheidungstag %s älter als %d Monate: "
                       "bitte neu erheben.", wann(d1, x->datum_grund), wann(d2, r->entscheidung_am), s->daten_max_alter_monate);
        if (ist_datenabgleich(x->pub.quelle))
            aussteuern(r, "datenabgleich_anhoerung", "§ 33 WoGG, WoGV § 20, § 24 SGB X", v,
                       "Die Entscheidung beruht auf einem Treffer des Datenabgleichs (%s): erst anhören und den Treffer aufklären.",
                       x->pub.quelle);
    }
    for (size_t i = 0; i < r->anzahl_hin; i++) {
        const hinweis_intern *h = &r->hin[i];
        if (strcmp(h->pub.code, "frist_abgelaufen") == 0)
            aussteuern(r, "frist_abgelaufen", "§ 27 Abs. 2 Satz 6", h->pub.verlauf,
                       "Die Jahresfrist für die Entscheidung ist abgelaufen (%s): ob noch nach § 45 SGB X zurückgenommen werden kann, "
                       "entscheidet ein Mensch.", wann(d1, wgi_tag(&h->pub.datum)));
        else if (strcmp(h->pub.code, "voruebergehend_ignoriert") == 0)
            aussteuern(r, "auslegung_voruebergehend", "§ 27 Abs. 2", h->pub.verlauf,
                       "Die Änderung galt nach der Einstellung voruebergehend_bis_monate = %d als nur vorübergehend — eine "
                       "Auslegung, die das Gesetz nicht beziffert.", s->voruebergehend_bis_monate);
    }
    if (bwz_entscheidung && r->entscheidung_bekannt && r->entscheidung_am >= l->ende)
        aussteuern(r, "bwz_abgelaufen", "§ 27 Abs. 2, § 45 Abs. 4 SGB X", -1,
                   "Der Bewilligungszeitraum endete am %s; entschieden wird am %s.", wann(d1, wgi_tag_davor(l->ende)),
                   wann(d2, r->entscheidung_am));
    /* sources conflict: two complete circumstances of the same day from different sources */
    for (size_t i = 0; i < f->anzahl_verlauf; i++)
        for (size_t j = 0; j < i; j++) {
            const wg_aenderung *a = &f->verlauf[i], *b = &f->verlauf[j];
            if (wgi_tag(&a->ab) >= l->ende || !a->haushalt || !b->haushalt || wgi_tag(&a->ab) != wgi_tag(&b->ab)) continue;
            if (a->quelle && b->quelle && strcmp(a->quelle, b->quelle) != 0)
                aussteuern(r, "quellen_widerspruch", "WoGV § 20, § 20 SGB X", (int)i,
                           "Für den %s liegen Verhältnisse aus zwei Quellen vor (%s, %s): welche gilt, klärt ein Mensch.",
                           wann(d1, wgi_tag(&a->ab)), b->quelle, a->quelle);
        }
    if (erstattung_50_2 && r->erstattung > 0)
        aussteuern(r, "erstattung_50_2", "§ 50 Abs. 2 SGB X", -1,
                   "Überzahlt wurde ohne wirksamen Bescheid (nach § 28 WoGG oder über den Bescheid hinaus): die Erstattung "
                   "richtet sich nach § 50 Abs. 2 SGB X, §§ 45, 48 SGB X gelten entsprechend.");
    if (s->erstattung_grenze > 0 && r->erstattung >= s->erstattung_grenze)
        aussteuern(r, "erstattung_grenze", "§ 50 SGB X", -1, "Zu erstatten sind %lld EUR, die Grenze ist %lld EUR.",
                   (long long)r->erstattung, (long long)s->erstattung_grenze);
    if (r->erstattung > 0 && r->anzahl_schuldner > 1)
        aussteuern(r, "schuldner_auswahl", "§ 29 Abs. 1 WoGG", -1,
                   "%zu volljährige zu berücksichtigende Mitglieder haften gesamtschuldnerisch: wer in Anspruch genommen wird, "
                   "ist Ermessen.", r->anzahl_schuldner);
}

static void sortieren_entscheidungen(wg_fall_ergebnis *r)
{
    for (size_t i = 1; i < r->anzahl_ent; i++) {
        entscheidung_intern x = r->ent[i];
        size_t j = i;
        while (j > 0 && wgi_tag(&r->ent[j - 1].pub.wirksam) > wgi_tag(&x.pub.wirksam)) {
            r->ent[j] = r->ent[j - 1];
            j--;
        }
        r->ent[j] = x;
    }
}

/* Pointers into the result's own arrays, set once they no longer move. */
static void zeiger_setzen(wg_fall_ergebnis *r)
{
    for (size_t i = 0; i < r->anzahl_ent; i++) {
        entscheidung_intern *x = &r->ent[i];
        x->pub.text = x->satz;
        x->pub.miete.alt = x->texte[0];
        x->pub.miete.neu = x->texte[1];
        x->pub.miete.prozent = x->texte[2][0] ? x->texte[2] : NULL;
        x->pub.einkommen.alt = x->texte[3];
        x->pub.einkommen.neu = x->texte[4];
        x->pub.einkommen.prozent = x->texte[5][0] ? x->texte[5] : NULL;
    }
    for (size_t i = 0; i < r->anzahl_hin; i++) r->hin[i].pub.text = r->hin[i].satz;
    for (size_t i = 0; i < r->anzahl_aus; i++) r->aus[i].pub.text = r->aus[i].satz;
}

wg_status wg_fall_rechnen(const wg_engine *e, const wg_fall *f, const wg_fall_einstellungen *s, wg_fall_ergebnis *r)
{
    if (!r) return WG_E_ARGUMENT;
    r->status = WG_OK;
    memset(&r->fehler, 0, sizeof r->fehler);
    r->id = f ? f->id : NULL;
    r->anzahl_monate = r->anzahl_ent = r->anzahl_hin = r->anzahl_aus = r->anzahl_schuldner = 0;
    r->fall = f;
    r->anzahl_bew = r->naechste_bew = r->anzahl_rechte = 0;
    r->ueberzahlung = r->nachzahlung = r->erstattung = r->berechnet = 0;
    wg_fall_einstellungen_init(&r->einst);
    if (s) r->einst = *s;
    if (!e || !f) return fehl(r, WG_E_ARGUMENT, "", "engine oder fall ist NULL");
    if (r->einst.voruebergehend_bis_monate < 0 || r->einst.voruebergehend_bis_monate > 24)
        return fehl(r, WG_E_ARGUMENT, "voruebergehend_bis_monate", "0 bis 24 Monate erwartet");
    if (r->einst.daten_max_alter_monate < 0 || r->einst.daten_max_alter_monate > 120)
        return fehl(r, WG_E_ARGUMENT, "daten_max_alter_monate", "0 bis 120 Monate erwartet");
    if (r->einst.erstattung_grenze < 0 || r->einst.erstattung_grenze > 1000000000)
        return fehl(r, WG_E_ARGUMENT, "erstattung_grenze", "0 bis 1 000 000 000 Euro erwartet");
    if (r->einst.frist_warnung_tage < 0 || r->einst.frist_warnung_tage > 366)
        return fehl(r, WG_E_ARGUMENT, "frist_warnung_tage", "0 bis 366 Tage erwartet");

    lauf l;
    memset(&l, 0, sizeof l);
    l.e = e;
    l.f = f;
    l.r = r;
    /* the months checked before any arithmetic on them (a year of INT_MAX from the C API);
     * eingabe_pruefen names the field */
    const bool monate_ok = wgi_monat_gueltig(f->von_jahr, f->von_monat) && wgi_monat_gueltig(f->bis_jahr, f->bis_monat);
    l.mi0 = monate_ok ? f->von_jahr * 12 + f->von_monat - 1 : 0;
    l.monate = monate_ok ? (f->bis_jahr * 12 + f->bis_monat - 1) - l.mi0 + 1 : 0;
    l.v = monate_ok ? wgi_monatserster(l.mi0) : 0;
    l.extra = r->einst.voruebergehend_bis_monate + 1;
    const int antrag = wgi_datum_gueltig(&f->antrag) ? antrag_gilt(wgi_tag(&f->antrag), l.v) : 0;
    r->antrag_gilt = wgi_tag_datum(antrag);
    l.ende = wgi_monatserster(l.mi0 + l.monate);
    if (eingabe_pruefen(&l, antrag) != WG_OK) return r->status;
    /* the evaluation date: default the last day of the BWZ; the decision date: entscheidung_am,
     * else stand (the deadline and § 30a are judged on it) */
    l.stand = f->hat_stand ? wgi_tag(&f->stand) : wgi_tag_davor(l.ende);
    r->stand = wgi_tag_datum(l.stand);
    r->entscheidung_am = f->hat_entscheidung_am ? wgi_tag(&f->entscheidung_am) : l.stand;
    r->entscheidung_bekannt = f->hat_entscheidung_am || f->hat_stand;

    if (wgi_zustaende_bilden(&r->zs, f, l.mi0, l.monate + l.extra, l.ende, &r->fehler) != WG_OK) {
        r->status = r->fehler.code;
        return r->status;
    }
    r->bescheid = f->haushalt;
    r->bescheid.stichtag = wgi_tag_datum(l.v);
    r->bescheid.hat_zeitraum = false;
    for (size_t i = 0; i < f->anzahl_verlauf; i++)
        if (wgi_tag(&f->verlauf[i].ab) >= l.ende)
            hinweis(r, "verlauf_nach_bwz", NULL, (int)i,
                    "Der Eintrag ab %s liegt nach dem Ende des Bewilligungszeitraums und bleibt für diesen Bescheid außer Betracht "
                    "(er gehört zu einem Weiterleistungsantrag).", wann((char[12]){0}, wgi_tag(&f->verlauf[i].ab)));

    /* the Bescheid: its amount as computed, and as granted */
    betrag b0;
    l.b[0] = (bescheid){0, -1, l.v, l.v, -1, false, NULL, -1};
    if (!betrag_im_monat(e, r, -1, l.v, l.v, -1, l.v, &b0)) return r->status;
    r->berechnet = b0.betrag;
    if (f->hat_wohngeld_monat) {
        l.b[0].betrag_beginn = f->wohngeld_monat;
        if (f->wohngeld_monat != b0.betrag) {
            hinweis(r, "bescheid_abweichung", NULL, -1,
                    "Aus dem Haushalt des Bescheids ergeben sich %lld EUR monatlich, bewilligt sind %lld EUR: der Bescheid wird "
                    "so weitergeführt, wie er erlassen ist; bitte prüfen.",
                    (long long)b0.betrag, (long long)f->wohngeld_monat);
            aussteuern(r, "bescheid_abweichung", f->wohngeld_monat < b0.betrag ? "§ 44 SGB X, § 31 WoGG" : "§ 45 SGB X", -1,
                       "Bewilligt sind %lld EUR, die Rechnung ergibt %lld EUR: %s", (long long)f->wohngeld_monat,
                       (long long)b0.betrag,
                       f->wohngeld_monat < b0.betrag
                           ? "war es ein Rechenfehler, ist der Bescheid nach § 44 SGB X zurückzunehmen und für höchstens zwei Jahre "
                             "vor der Rücknahme nachzuzahlen (§ 31 WoGG)."
                           : "ein zu hoher Bescheid kann nur nach § 45 SGB X (Vertrauensschutz, Ermessen) zurückgenommen werden.");
        }
    }
    l.anzahl_b = 1;
    if (entscheiden(&l) != WG_OK) return r->status;

    /* month by month: granted (the Bescheid after §§ 42a–44), due (the award in force), paid
     * (`zahlungen`, else what was granted, for the months settled) */
    if (!wachsen((void **)&r->monate, &r->kap_monate, (size_t)l.monate, sizeof *r->monate))
        return fehl(r, WG_E_SPEICHER, "", "Speicher");
    int64_t ohne_bescheid = 0;  /* paid beyond the Bescheid in months no decision governs */
    for (int k = 0; k < l.monate; k++) {
        const int tag = zeile_tag(&l, k);
        fall_monat_intern *m = &r->monate[r->anzahl_monate++];
        memset(m, 0, sizeof *m);
        m->pub.jahr = tag / 10000;
        m->pub.monat = tag / 100 % 100;
        betrag bw, zs;
        if (!award_betrag(&l, &l.b[0], k, &bw)) return r->status;
        const bescheid *akt = &l.b[0];
        for (int i = 1; i < l.anzahl_b; i++)
            if (l.b[i].ab <= k) akt = &l.b[i];
        if (!award_betrag(&l, akt, k, &zs)) return r->status;
        m->pub.bewilligt = bw.betrag;
        m->pub.zusteht = zs.betrag;
        m->pub.differenz = zs.betrag - bw.betrag;
        m->pub.regel = akt != &l.b[0] ? akt->regel : bw.regel;
        m->pub.grundlage = akt->null ? -1 : akt->zustand < 0 ? -1 : r->zs.z[akt->zustand].letzte;
        m->bestandsschutz = bw.behalten;
        const wg_zahlung *zg = NULL;
        for (size_t i = 0; i < f->anzahl_zahlungen; i++)
            if (f->zahlungen[i].jahr == m->pub.jahr && f->zahlungen[i].monat == m->pub.monat) zg = &f->zahlungen[i];
        m->pub.gezahlt = zg || tag <= l.stand;
        m->pub.ausgezahlt = zg ? zg->betrag : m->pub.gezahlt ? bw.betrag : 0;
        m->zustand = akt->null ? -2 : akt->zustand;
        m->prognose = akt->prognose;
        m->g = zs.g;
        m->pub.rechtsstand = zs.g.p ? zs.g.p->id : NULL;
        if (m->pub.gezahlt) {
            const int64_t d = zs.betrag - m->pub.ausgezahlt;
            if (d < 0) {
                r->ueberzahlung -= d;
                /* the overpayment of the Aufhebung that governs the month (§ 30a per decision);
                 * paid beyond the Bescheid without one: § 50 Abs. 2 SGB X */
                const int64_t ueber_bescheid = m->pub.ausgezahlt > bw.betrag ? m->pub.ausgezahlt - bw.betrag : 0;
                if (akt->ent >= 0) {
                    r->ent[akt->ent].pub.ueberzahlung += -d - (ueber_bescheid < -d ? ueber_bescheid : -d);
                    ohne_bescheid += ueber_bescheid < -d ? ueber_bescheid : -d;
                } else {
                    ohne_bescheid += -d;
                }
            } else {
                r->nachzahlung += d;
            }
        }
    }
    if (rechtsaenderungen(&l) != WG_OK) return r->status;

    /* § 50 SGB X: what was overpaid is reclaimed, per Aufhebung — § 30a: not when the
     * overpayment of that decision stays within the amount of the period of the decision day */
    const wg_datum dd = wgi_tag_datum(r->entscheidung_am);
    const wgi_periode *pd = r->entscheidung_am >= e->erster_tag ? wgi_periode_zum_stichtag(e, &dd) : NULL;
    const int64_t bagatelle = pd ? pd->skalar[WG_S_BAGATELLE_30A] : 0;
    bool ueber_50_2 = ohne_bescheid > 0;
    r->erstattung = ohne_bescheid;
    for (size_t i = 0; i < r->anzahl_ent; i++) {
        entscheidung_intern *x = &r->ent[i];
        if (x->pub.ueberzahlung <= 0) continue;
        x->pub.erstattung = x->pub.ueberzahlung;
        if (x->erstattung_50_2) ueber_50_2 = true;
        if (bagatelle > 0 && x->pub.ueberzahlung * WG_B4_EUR <= bagatelle) {
            x->pub.erstattung = 0;
            char g[40];
            euro_text(g, bagatelle);
            hinweis(r, "bagatelle_30a", "§ 30a", x->pub.verlauf,
                    "Überzahlt sind nach der Entscheidung %s ab %s %lld EUR; bei einer Entscheidung am %s wird bis %s EUR von der "
                    "Erstattung abgesehen (§ 30a WoGG, je Aufhebung).",
                    x->pub.regel, wann((char[12]){0}, wgi_tag(&x->pub.wirksam)), (long long)x->pub.ueberzahlung,
                    wann((char[12]){0}, r->entscheidung_am), g);
        }
        r->erstattung += x->pub.erstattung;
    }
    sortieren_entscheidungen(r);

    /* § 29 Abs. 1: the adult counted members of the Bescheid's household are joint debtors */
    r->anzahl_schuldner = 0;
    if (r->erstattung > 0)
        for (size_t i = 0; i < r->bescheid.anzahl_mitglieder; i++) {
            const wg_mitglied *mg = &r->bescheid.mitglieder[i];
            int alter = mg->alter;
            if (mg->hat_geburtsdatum) {
                const int gb = wgi_tag(&mg->geburtsdatum);
                alter = (l.v - gb) / 10000;
            }
            if (!mg->zu_beruecksichtigen || alter < 18 || !mg->id) continue;
            /* a member who died is no debtor (heirs: antragsteller_verstorben, a person decides) */
            bool tot = false;
            for (size_t v = 0; v < f->anzahl_verlauf && !tot; v++)
                for (size_t j = 0; j < f->verlauf[v].anzahl_ereignisse; j++)
                    if (f->verlauf[v].ereignisse[j].art == WG_EREIGNIS_TOD && f->verlauf[v].ereignisse[j].mitglied &&
                        strcmp(f->verlauf[v].ereignisse[j].mitglied, mg->id) == 0 && wgi_tag(&f->verlauf[v].ab) < l.ende)
                        tot = true;
            if (tot) continue;
            if (!wachsen((void **)&r->schuldner, &r->kap_schuldner, r->anzahl_schuldner + 1, sizeof *r->schuldner))
                return fehl(r, WG_E_SPEICHER, "", "Speicher");
            r->schuldner[r->anzahl_schuldner++] = mg->id;
        }

    aussteuerung_sammeln(&l, ueber_50_2);
    zeiger_setzen(r);
    /* the status returned is the result's: an error recorded on the way is never reported as
     * a computed case (tests/fall.sh, batch --art fall counts it as rejected) */
    return r->status;
}

/* ---- readers ---- */

wg_status wg_fall_ergebnis_status(const wg_fall_ergebnis *r) { return r ? r->status : WG_E_ARGUMENT; }
const wg_fehler *wg_fall_ergebnis_fehler(const wg_fall_ergebnis *r) { return r && r->status != WG_OK ? &r->fehler : NULL; }
const char *wg_fall_ergebnis_id(const wg_fall_ergebnis *r) { return r && r->id ? r->id : ""; }
const wg_fall_einstellungen *wg_fall_ergebnis_einstellungen(const wg_fall_ergebnis *r) { return r ? &r->einst : NULL; }
wg_datum wg_fall_ergebnis_antrag_gilt(const wg_fall_ergebnis *r) { return r ? r->antrag_gilt : (wg_datum){0, 0, 0}; }
wg_datum wg_fall_ergebnis_stand(const wg_fall_ergebnis *r) { return r ? r->stand : (wg_datum){0, 0, 0}; }
wg_datum wg_fall_ergebnis_entscheidung_am(const wg_fall_ergebnis *r)
{
    return r ? wgi_tag_datum(r->entscheidung_am) : (wg_datum){0, 0, 0};
}
int64_t wg_fall_ergebnis_berechnet(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->berechnet : 0; }
size_t wg_fall_ergebnis_anzahl_monate(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_monate : 0; }
const wg_fall_monat *wg_fall_ergebnis_monat(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_monate(r) ? &r->monate[i].pub : NULL;
}
size_t wg_fall_ergebnis_anzahl_entscheidungen(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_ent : 0; }
const wg_fall_entscheidung *wg_fall_ergebnis_entscheidung(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_entscheidungen(r) ? &r->ent[i].pub : NULL;
}
size_t wg_fall_ergebnis_anzahl_hinweise(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_hin : 0; }
const wg_fall_hinweis *wg_fall_ergebnis_hinweis(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_hinweise(r) ? &r->hin[i].pub : NULL;
}
int64_t wg_fall_ergebnis_ueberzahlung(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->ueberzahlung : 0; }
int64_t wg_fall_ergebnis_nachzahlung(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->nachzahlung : 0; }
int64_t wg_fall_ergebnis_erstattung(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->erstattung : 0; }
size_t wg_fall_ergebnis_anzahl_aussteuerungen(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_aus : 0; }
const wg_fall_aussteuerung *wg_fall_ergebnis_aussteuerung(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_aussteuerungen(r) ? &r->aus[i].pub : NULL;
}
size_t wg_fall_ergebnis_anzahl_schuldner(const wg_fall_ergebnis *r) { return r && r->status == WG_OK ? r->anzahl_schuldner : 0; }
const char *wg_fall_ergebnis_schuldner(const wg_fall_ergebnis *r, size_t i)
{
    return i < wg_fall_ergebnis_anzahl_schuldner(r) ? r->schuldner[i] : NULL;
}

wg_status wg_fall_hinweis_herleitung(const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t i, wg_ergebnis *r)
{
    if (!e || !f || !fr || !r || i >= wg_fall_ergebnis_anzahl_hinweise(fr)) return WG_E_ARGUMENT;
    const hinweis_intern *h = &fr->hin[i];
    if (h->zustand < -1 || !h->g.p || strcmp(h->pub.code, "erhoehung_moeglich") != 0) return WG_E_ARGUMENT;
    wg_haushalt hh = fr->zs.z[h->zustand].h;
    hh.stichtag = wgi_tag_datum(h->prognose);
    hh.hat_zeitraum = false;
    hh.rechtsstand = NULL;
    if (!hh.id) hh.id = f->id;
    return wgi_berechnen_recht(e, &hh, h->g.p, h->g.stufe_tag, r, 0);
}

wg_status wg_fall_monat_herleitung(const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t i, wg_ergebnis *r)
{
    if (!e || !f || !fr || !r || i >= wg_fall_ergebnis_anzahl_monate(fr)) return WG_E_ARGUMENT;
    const fall_monat_intern *m = &fr->monate[i];
    if (m->zustand == -2 || !m->g.p) {
        /* § 28: no award, nothing computed */
        return WG_E_ARGUMENT;
    }
    wg_haushalt h = m->zustand < 0 ? fr->bescheid : fr->zs.z[m->zustand].h;
    h.stichtag = wgi_tag_datum(m->prognose);
    h.hat_zeitraum = false;
    h.rechtsstand = NULL;
    if (!h.id) h.id = f->id;
    return wgi_berechnen_recht(e, &h, m->g.p, m->g.stufe_tag, r, 0);
}
