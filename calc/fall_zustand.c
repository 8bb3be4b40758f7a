/*
 * fall_zustand.c — the circumstances of a running case on the first day of every month: the
 * Bescheid's household with the history applied in date order (docs/laufende-faelle.md § 2).
 *
 * A complete `haushalt` replaces the circumstances (members matched by id: a missing id moved
 * out, a new id moved in); the events change them: auszug removes a member, einzug adds one,
 * transferleistung excludes one (§ 7 Abs. 1), nutzungsaufgabe ends the use of the dwelling, tod
 * removes the member but — § 6 Abs. 2 WoGG — keeps them counted (without income) for the
 * twelve months after the month of death while the number of members stays below its level
 * before the death. An entry with `bis` applies up to and including that day.
 *
 * Exports (fall_zustand.h): wgi_zustaende_bilden, wgi_zustand_am, wgi_zustaende_frei.
 */
#include "fall_zustand.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static wg_status fehler(wg_fehler *f, wg_status code, const char *feld, const char *fmt, const char *arg)
{
    f->code = code;
    snprintf(f->feld, sizeof f->feld, "%s", feld);
    snprintf(f->meldung, sizeof f->meldung, fmt, arg);
    return code;
}

/* A death (§ 6 Abs. 2). */
typedef struct tod {
    const char *id;
    int bis_tag;               /* first day it no longer counts: the 1st of the 13th month after */
    int vorher;                /* counted members before the death */
    wg_mitglied platzhalter;   /* the member without income */
} tod;

typedef struct lauf {
    wg_mitglied *m;
    size_t n, kap;
} lauf;

static bool platz(lauf *l, size_t n)
{
    if (n <= l->kap) return true;
    size_t k = l->kap ? l->kap * 2 : 16;
    while (k < n) k *= 2;
    wg_mitglied *neu = realloc(l->m, k * sizeof *neu);
    if (!neu) return false;
    l->m = neu;
    l->kap = k;
    return true;
}

static long suchen(const lauf *l, const char *id)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->m[i].id && id && strcmp(l->m[i].id, id) == 0) return (long)i;
    return -1;
}

static int gezaehlt(const lauf *l)
{
    int n = 0;
    for (size_t i = 0; i < l->n; i++) n += l->m[i].zu_beruecksichtigen;
    return n;
}

/* The circumstances on day `tag`, into z (members in l). */
static wg_status falten(const wg_fall *f, const int *ordnung, size_t anzahl_ordnung, int tag, lauf *l, tod *tote,
                        int *anzahl_tote, wgi_zustand *z, wg_fehler *fe)
{
    char feld[96];
    z->h = f->haushalt;
    z->genutzt = true;
    z->transfer = -1;
    z->letzte = -1;
    z->angewandt = 0;
    z->tote = 0;
    z->tod_wirksam = 0;
    z->wechsel = 0;
    *anzahl_tote = 0;
    if (!platz(l, f->haushalt.anzahl_mitglieder)) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
    l->n = f->haushalt.anzahl_mitglieder;
    if (l->n) memcpy(l->m, f->haushalt.mitglieder, l->n * sizeof *l->m);
    bool nutzung = true;
    for (size_t k = 0; k < anzahl_ordnung; k++) {
        const int i = ordnung[k];
        const wg_aenderung *a = &f->verlauf[i];
        const int ab = wgi_datum_tag(&a->ab);
        if (ab > tag) break;
        if (a->hat_bis && tag > wgi_datum_tag(&a->bis)) continue;
        z->angewandt |= 1ull << k;
        z->letzte = i;
        if (a->haushalt) {
            const wg_haushalt *h = a->haushalt;
            z->h = *h;
            if (!platz(l, h->anzahl_mitglieder)) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
            l->n = h->anzahl_mitglieder;
            if (l->n) memcpy(l->m, h->mitglieder, l->n * sizeof *l->m);
        }
        for (size_t j = 0; j < a->anzahl_ereignisse; j++) {
            const wg_ereignis *ev = &a->ereignisse[j];
            long w = -1;
            if (ev->art == WG_EREIGNIS_AUSZUG || ev->art == WG_EREIGNIS_TOD || ev->art == WG_EREIGNIS_TRANSFERLEISTUNG) {
                w = suchen(l, ev->mitglied);
                if (w < 0 && snprintf(feld, sizeof feld, "verlauf[%d].ereignisse[%zu].mitglied", i, j) > 0)
                    return fehler(fe, WG_E_MITGLIED_UNBEKANNT, feld,
                                  "kein Haushaltsmitglied mit der id \"%.60s\" an diesem Tag", ev->mitglied ? ev->mitglied : "");
            }
            switch (ev->art) {
            case WG_EREIGNIS_AUSZUG:
                memmove(&l->m[w], &l->m[w + 1], (l->n - (size_t)w - 1) * sizeof *l->m);
                l->n--;
                break;
            case WG_EREIGNIS_TOD: {
                /* the day of death is a day of use (§ 28 Abs. 1, § 27 Abs. 2 Satz 2 "Tag nach dem
                 * Auszug"): the member leaves from the next day — seen on a 1st only when they
                 * died on the day before */
                if (tag <= ab) break;
                z->tod_wirksam |= 1ull << k;
                if (*anzahl_tote < (int)WG_FALL_MAX_EREIGNISSE) {
                    tod *t = &tote[(*anzahl_tote)++];
                    t->id = l->m[w].id;
                    t->bis_tag = wgi_monatserster(wgi_monatsindex(ab) + 13);
                    t->vorher = gezaehlt(l);
                    wg_mitglied_init(&t->platzhalter);
                    t->platzhalter.id = l->m[w].id;
                    t->platzhalter.alter = l->m[w].alter;
                    t->platzhalter.hat_geburtsdatum = l->m[w].hat_geburtsdatum;
                    t->platzhalter.geburtsdatum = l->m[w].geburtsdatum;
                    t->platzhalter.zu_beruecksichtigen = l->m[w].zu_beruecksichtigen;
                }
                memmove(&l->m[w], &l->m[w + 1], (l->n - (size_t)w - 1) * sizeof *l->m);
                l->n--;
                break;
            }
            case WG_EREIGNIS_TRANSFERLEISTUNG:
                if (l->m[w].zu_beruecksichtigen) z->transfer = i;
                l->m[w].zu_beruecksichtigen = false;
                l->m[w].ausschlussgrund = "transferleistung";
                break;
            case WG_EREIGNIS_EINZUG:
                if (!ev->mitglied_neu || !ev->mitglied_neu->id || suchen(l, ev->mitglied_neu->id) >= 0)
                    snprintf(feld, sizeof feld, "verlauf[%d].ereignisse[%zu].mitglied.id", i, j);
                if (!ev->mitglied_neu || !ev->mitglied_neu->id)
                    return fehler(fe, WG_E_FELD_FEHLT, feld, "%s", "ein einziehendes Mitglied braucht eine id");
                if (suchen(l, ev->mitglied_neu->id) >= 0)
                    return fehler(fe, WG_E_FELD_KONFLIKT, feld, "\"%.60s\" gehört an diesem Tag schon zum Haushalt",
                                  ev->mitglied_neu->id);
                if (!platz(l, l->n + 1)) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
                l->m[l->n++] = *ev->mitglied_neu;
                break;
            case WG_EREIGNIS_NUTZUNGSAUFGABE: nutzung = false; break;
            case WG_EREIGNIS_ANTRAG_ERHOEHUNG:
            case WG_EREIGNIS_ANZAHL: break;
            }
        }
    }
    z->lebende = gezaehlt(l);
    /* § 6 Abs. 2: the deceased still counts for the twelve months after the month of death,
     * while the number has not returned to its level before and the dwelling is still used */
    for (int j = 0; j < *anzahl_tote; j++) {
        const tod *t = &tote[j];
        if (tag >= t->bis_tag || !nutzung || z->lebende == 0 || gezaehlt(l) >= t->vorher || suchen(l, t->id) >= 0) continue;
        if (!platz(l, l->n + 1)) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
        l->m[l->n++] = t->platzhalter;
        z->tote |= 1ull << j;
    }
    z->ausgeschlossen = 0;
    for (size_t i = 0; i < l->n; i++) z->ausgeschlossen += !l->m[i].zu_beruecksichtigen;
    z->genutzt = nutzung && z->lebende > 0;
    return WG_OK;
}

/* An entry that only files an application (§ 27 Abs. 1) changes no circumstances. */
static bool nur_antrag(const wg_aenderung *a)
{
    if (a->haushalt || a->anzahl_ereignisse == 0) return false;
    for (size_t j = 0; j < a->anzahl_ereignisse; j++)
        if (a->ereignisse[j].art != WG_EREIGNIS_ANTRAG_ERHOEHUNG) return false;
    return true;
}

/* the last day in (vorher, tag] on which the circumstances changed: an entry's ab, the day
 * after its bis, the day after a death (0: none) */
static int wechsel_tag(const wgi_zustaende *zs, const wg_fall *f, int vorher, int tag)
{
    int w = 0;
    for (size_t k = 0; k < zs->anzahl_ordnung; k++) {
        const wg_aenderung *a = &f->verlauf[zs->ordnung[k]];
        if (nur_antrag(a)) continue;
        const int ab = wgi_datum_tag(&a->ab);
        if (ab <= tag && ab > vorher && ab > w) w = ab;
        if (a->hat_bis) {
            const int nach = wgi_tag_danach(wgi_datum_tag(&a->bis));
            if (nach <= tag && nach > vorher && nach > w) w = nach;
        }
        for (size_t j = 0; j < a->anzahl_ereignisse; j++)
            if (a->ereignisse[j].art == WG_EREIGNIS_TOD) {
                const int nach = wgi_tag_danach(ab);
                if (nach <= tag && nach > vorher && nach > w) w = nach;
            }
    }
    return w;
}

/* the members of every state point into the pool (set again after it moved) */
static void zeiger_setzen(wgi_zustaende *zs)
{
    for (size_t k = 0; k < zs->anzahl; k++) {
        zs->z[k].h.mitglieder = zs->pool + zs->z[k].erstes;
        zs->z[k].h.anzahl_mitglieder = zs->z[k].anzahl;
    }
}

static bool pool_platz(wgi_zustaende *zs, size_t n)
{
    if (zs->pool_anzahl + n <= zs->pool_kap) return true;
    size_t kap = zs->pool_kap ? zs->pool_kap * 2 : 64;
    while (kap < zs->pool_anzahl + n) kap *= 2;
    wg_mitglied *p = realloc(zs->pool, kap * sizeof *p);
    if (!p) return false;
    zs->pool = p;
    zs->pool_kap = kap;
    return true;
}

/* The circumstances on day `tag` folded into z and appended to the pool (members in l, reused
 * across calls); the change day in (vorher, tag] (the day itself when nothing changed). */
static wg_status zustand_anhaengen(wgi_zustaende *zs, const wg_fall *f, int tag, int vorher, lauf *l, wgi_zustand *z,
                                   wg_fehler *fe)
{
    tod tote[WG_FALL_MAX_EREIGNISSE];
    int anzahl_tote;
    const wg_status st = falten(f, zs->ordnung, zs->anzahl_ordnung, tag, l, tote, &anzahl_tote, z, fe);
    if (st != WG_OK) return st;
    if (!pool_platz(zs, l->n)) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
    z->tag = tag;
    z->wechsel = wechsel_tag(zs, f, vorher, tag);
    if (z->wechsel == 0) z->wechsel = tag;
    z->erstes = zs->pool_anzahl;
    z->anzahl = l->n;
    if (l->n) memcpy(zs->pool + zs->pool_anzahl, l->m, l->n * sizeof *l->m);
    zs->pool_anzahl += l->n;
    zs->anzahl++;
    return WG_OK;
}

wg_status wgi_zustaende_bilden(wgi_zustaende *zs, const wg_fall *f, int mi0, int monate, int ende, wg_fehler *fe)
{
    memset(fe, 0, sizeof *fe);
    if (zs->kap_ordnung < f->anzahl_verlauf + 1) {
        int *o = realloc(zs->ordnung, (f->anzahl_verlauf + 1) * sizeof *o);
        if (!o) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
        zs->ordnung = o;
        zs->kap_ordnung = f->anzahl_verlauf + 1;
    }
    /* date order, stable: entries of the same day apply in the order given; an entry from the
     * end of the BWZ on is left out (fall.c gives a hint) */
    zs->anzahl_ordnung = 0;
    for (size_t i = 0; i < f->anzahl_verlauf; i++) {
        const int ab = wgi_datum_tag(&f->verlauf[i].ab);
        if (ab >= ende) continue;
        size_t k = zs->anzahl_ordnung++;
        while (k > 0 && wgi_datum_tag(&f->verlauf[zs->ordnung[k - 1]].ab) > ab) {
            zs->ordnung[k] = zs->ordnung[k - 1];
            k--;
        }
        zs->ordnung[k] = (int)i;
    }
    if (zs->kap < (size_t)monate) {
        wgi_zustand *z = realloc(zs->z, (size_t)monate * sizeof *z);
        if (!z) return fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher");
        zs->z = z;
        zs->kap = (size_t)monate;
    }
    zs->anzahl = 0;
    zs->pool_anzahl = 0;
    lauf l = {NULL, 0, 0};
    wg_status st = WG_OK;
    int vorher = 0;
    for (int k = 0; k < monate && st == WG_OK; k++) {
        wgi_zustand *z = &zs->z[k];
        const int tag = wgi_monatserster(mi0 + k);
        st = zustand_anhaengen(zs, f, tag, vorher, &l, z, fe);
        vorher = tag;
    }
    free(l.m);
    if (st != WG_OK) return st;
    zeiger_setzen(zs);
    return WG_OK;
}

int wgi_zustand_am(wgi_zustaende *zs, const wg_fall *f, int tag, wg_fehler *fe)
{
    if (zs->anzahl == zs->kap) {
        const size_t kap = zs->kap ? zs->kap * 2 : 16;
        wgi_zustand *z = realloc(zs->z, kap * sizeof *z);
        if (!z) { fehler(fe, WG_E_SPEICHER, "", "%s", "Speicher"); return -1; }
        zs->z = z;
        zs->kap = kap;
    }
    lauf l = {NULL, 0, 0};
    const wg_status st = zustand_anhaengen(zs, f, tag, 0, &l, &zs->z[zs->anzahl], fe);
    free(l.m);
    if (st != WG_OK) return -1;
    zeiger_setzen(zs);
    return (int)zs->anzahl - 1;
}

void wgi_zustaende_frei(wgi_zustaende *zs)
{
    free(zs->z);
    free(zs->pool);
    free(zs->ordnung);
    memset(zs, 0, sizeof *zs);
}
