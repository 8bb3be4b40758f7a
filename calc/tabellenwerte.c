/*
 * tabellenwerte.c — the statutory tables as a list of values for people and auditors
 * (wohngeld.h "the tables as values"): every single value and every table cell of every
 * Rechtsstand with its unit, scale, row and source, and the year values of other laws. Built
 * once when the engine is opened (wgi_tabellenwerte_bilden), read-only afterwards, freed with the
 * engine. `wohngeld tabellen` prints them; nothing computes with them.
 *
 * Exports: wgi_tabellenwerte_bilden, wgi_tabellenwerte_frei (engine.h); the public
 * wg_rechtsstand_werte, wg_jahreswerte, wg_engine_anzahl_listen, wg_engine_liste,
 * wg_eingebaute_tabelle.
 */
#include "engine.h"
#include "zahl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the unit of a single value, by its name in the table file (tables/README.md: money per month
 * unless the name ends in _jahr) */
static const char *einheit(const char *name, int stellen)
{
    size_t n = strlen(name);
    if (stellen == 10) return strcmp(name, "faktor") == 0 ? "Faktor" : "Koeffizient";
    if (strstr(name, "prozent")) return "Prozent";
    if (strstr(name, "jahre")) return "Jahre";
    if (strcmp(name, "tabelle_mitglieder") == 0) return "Mitglieder";
    if (stellen == 0) return "Schalter";
    if (strcmp(name, "wogv6_heizung_qm") == 0) return "EUR je m² monatlich";
    if (n > 5 && strcmp(name + n - 5, "_jahr") == 0) return "EUR jährlich";
    if (strncmp(name, "vermoegen", 9) == 0) return "EUR";
    return "EUR monatlich";
}

/* a growing list of values with their texts in one pool of strings (offsets until the end) */
typedef struct liste {
    wg_tabellenwert *w;
    size_t n, kap;
    char *pool;
    size_t pool_len, pool_kap;
    bool fehler;
} liste;

static size_t text(liste *l, const char *s)
{
    size_t n = strlen(s) + 1;
    if (l->pool_len + n > l->pool_kap) {
        size_t kap = l->pool_kap ? l->pool_kap * 2 : 16384;
        while (kap < l->pool_len + n) kap *= 2;
        char *neu = realloc(l->pool, kap);
        if (!neu) {
            l->fehler = true;
            return 0;
        }
        l->pool = neu;
        l->pool_kap = kap;
    }
    memcpy(l->pool + l->pool_len, s, n);
    size_t o = l->pool_len;
    l->pool_len += n;
    return o;
}

/* one value; the string fields hold pool offsets (+1, 0 = "") until fertig() turns them into
 * pointers, as the pool may still move */
static void wert(liste *l, const char *name, const char *tabelle, const char *zeile, int64_t v, int stellen,
                 const char *einh, const char *quelle)
{
    if (l->n == l->kap) {
        size_t kap = l->kap ? l->kap * 2 : 256;
        wg_tabellenwert *neu = realloc(l->w, kap * sizeof *neu);
        if (!neu) {
            l->fehler = true;
            return;
        }
        l->w = neu;
        l->kap = kap;
    }
    char b[64];
    wgi_dezimal_schreiben_kurz(b, v, stellen, stellen == 4 ? 2 : 0);
    const char *teile[6] = {name, tabelle, zeile, b, einh, quelle};
    const char **ziele[6] = {&l->w[l->n].name, &l->w[l->n].tabelle, &l->w[l->n].zeile, &l->w[l->n].wert,
                             &l->w[l->n].einheit, &l->w[l->n].quelle};
    for (int i = 0; i < 6; i++) *ziele[i] = (const char *)(uintptr_t)(text(l, teile[i]) + 1);
    l->w[l->n].stellen = stellen;
    l->n++;
}

static void fertig(liste *l, wg_tabellenwert **w, size_t *n, char **pool)
{
    for (size_t i = 0; i < l->n; i++) {
        const char **f[6] = {&l->w[i].name, &l->w[i].tabelle, &l->w[i].zeile, &l->w[i].wert, &l->w[i].einheit,
                             &l->w[i].quelle};
        for (int k = 0; k < 6; k++) *f[k] = l->pool + ((uintptr_t)*f[k] - 1);
    }
    *w = l->w;
    *n = l->n;
    *pool = l->pool;
}

static void staffel(liste *l, const char *name, const char *tabelle, const char *vor, const wgi_staffel *s,
                    const char *quelle)
{
    char z[64];
    for (int i = 0; i < 6; i++) {
        if (i < 5) snprintf(z, sizeof z, "%s%d Mitglied%s", vor, i + 1, i ? "er" : "");
        else snprintf(z, sizeof z, "%sMehrbetrag je weiteres Mitglied", vor);
        wert(l, name, tabelle, z, s->wert[i], 4, "EUR monatlich", quelle);
    }
}

static void periode_werte(liste *l, const wgi_periode *p)
{
    for (int s = 0; s < WGI_S_ANZAHL; s++) {
        if (!p->skalar_gesetzt[s]) continue;
        const wgi_skalar_def *d = &wgi_skalar_defs[s];
        wert(l, d->name, "", "", p->skalar[s], d->stellen, einheit(d->name, d->stellen), p->quelle_skalar[s]);
    }
    char z[64];
    for (int n = 0; n < WGI_MAX_TAB; n++) {
        snprintf(z, sizeof z, "n=%d", n + 1);
        wert(l, "a", "abc", z, p->a[n], 10, "Koeffizient", p->quelle_tabelle[WGI_T_ABC]);
        wert(l, "b", "abc", z, p->b[n], 10, "Koeffizient", p->quelle_tabelle[WGI_T_ABC]);
        wert(l, "c", "abc", z, p->c[n], 10, "Koeffizient", p->quelle_tabelle[WGI_T_ABC]);
    }
    for (int n = 0; n < WGI_MAX_TAB; n++) {
        snprintf(z, sizeof z, "n=%d", n + 1);
        wert(l, "M_min", "minima", z, p->m_min[n], 4, "EUR monatlich", p->quelle_tabelle[WGI_T_MINIMA]);
        wert(l, "Y_min", "minima", z, p->y_min[n], 4, "EUR monatlich", p->quelle_tabelle[WGI_T_MINIMA]);
    }
    static const char *const roem[WGI_MAX_STUFEN] = {"I", "II", "III", "IV", "V", "VI", "VII"};
    for (int s = 0; s < p->anzahl_stufen; s++) {
        char vor[32];
        snprintf(vor, sizeof vor, "Mietenstufe %s, ", roem[s]);
        staffel(l, "hoechstbetrag", "hoechstbetraege", vor, &p->hoechstbetrag[s], p->quelle_tabelle[WGI_T_HOECHSTBETRAEGE]);
    }
    if (p->hat_co2) staffel(l, "co2", "heizkosten", "", &p->co2, p->quelle_tabelle[WGI_T_HEIZKOSTEN]);
    if (p->hat_dauerhaft) staffel(l, "dauerhaft", "heizkosten", "", &p->dauerhaft, p->quelle_tabelle[WGI_T_HEIZKOSTEN]);
    if (p->hat_klima) staffel(l, "k", "klimakomponente", "", &p->klima, p->quelle_tabelle[WGI_T_KLIMAKOMPONENTE]);
}

static void jahre(liste *l, const char *name, const wgi_jahrestabelle *j, const char *einh)
{
    char z[16];
    for (int i = 0; i < j->anzahl; i++) {
        snprintf(z, sizeof z, "%d", j->eintrag[i].jahr);
        wert(l, name, name, z, j->eintrag[i].wert, 4, einh, j->quelle);
    }
}

bool wgi_tabellenwerte_bilden(wg_engine *e)
{
    const wgi_tabellen *t = &e->tabellen;
    for (int i = 0; i < t->anzahl_perioden; i++) {
        liste l = {0};
        periode_werte(&l, &t->periode[i]);
        fertig(&l, &e->werte[i], &e->anzahl_werte[i], &e->werte_pool[i]);
        if (l.fehler) return false;
    }
    liste l = {0};
    jahre(&l, "arbeitnehmer_pauschbetrag_jahr", &t->an_pauschbetrag, "EUR jährlich");
    for (int s = 0; s < 6; s++) {
        static const char *const namen[6] = {"regelbedarfsstufe_1", "regelbedarfsstufe_2", "regelbedarfsstufe_3",
                                             "regelbedarfsstufe_4", "regelbedarfsstufe_5", "regelbedarfsstufe_6"};
        if (t->rbs[s].anzahl) jahre(&l, namen[s], &t->rbs[s], "EUR monatlich");
    }
    fertig(&l, &e->jahreswerte, &e->anzahl_jahreswerte, &e->jahreswerte_pool);
    if (l.fehler) return false;
    for (int i = 0; i < t->anzahl_listen; i++) {
        const wgi_mietenstufenliste *m = &t->liste[i];
        e->listen[i] = (wg_liste_info){m->id, m->gilt_ab, m->gilt_bis, m->szenario, m->quelle, m->anzahl};
    }
    return true;
}

void wgi_tabellenwerte_frei(wg_engine *e)
{
    for (int i = 0; i < WGI_MAX_PERIODEN; i++) {
        free(e->werte[i]);
        free(e->werte_pool[i]);
    }
    free(e->jahreswerte);
    free(e->jahreswerte_pool);
}

size_t wg_rechtsstand_werte(const wg_engine *e, const char *id, const wg_tabellenwert **werte)
{
    if (werte) *werte = NULL;
    if (!e || !id || !werte) return 0;
    for (int i = 0; i < e->tabellen.anzahl_perioden; i++)
        if (strcmp(e->tabellen.periode[i].id, id) == 0) {
            *werte = e->werte[i];
            return e->anzahl_werte[i];
        }
    return 0;
}

size_t wg_jahreswerte(const wg_engine *e, const wg_tabellenwert **werte)
{
    if (werte) *werte = e ? e->jahreswerte : NULL;
    return e && werte ? e->anzahl_jahreswerte : 0;
}

size_t wg_engine_anzahl_listen(const wg_engine *e) { return e ? (size_t)e->tabellen.anzahl_listen : 0; }

const wg_liste_info *wg_engine_liste(const wg_engine *e, size_t i)
{
    return e && i < (size_t)e->tabellen.anzahl_listen ? &e->listen[i] : NULL;
}

const char *wg_eingebaute_tabelle(size_t i)
{
    return i < wgi_eingebaute_tabellen_anzahl ? wgi_eingebaute_tabellen_namen[i] : NULL;
}
