/*
 * fall_entscheiden.c — the decisions of a running case month by month: § 28 Abs. 1, 3 (ineffective), § 27 Abs. 2 (decrease ex officio, "nicht nur vorübergehend", the year of Satz 6), § 27 Abs. 1 (increase on application, §§ 25 Abs. 2, 5), § 27 Abs. 3 (the duty to report), § 45 SGB X for a fact older than the Bescheid; the sentences come from fall_texte.c.
 *
 * Exports (fall_intern.h): wgi_fall_award_betrag, wgi_fall_entscheiden.
 */
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The amount of the award in force at month k (no decision after it). */
bool wgi_fall_award_betrag(lauf *l, const bescheid *b, int k, betrag *aus)
{
    if (b->null) {
        memset(aus, 0, sizeof *aus);
        aus->g = (gesetz){NULL, 0};
        return true;
    }
    return wgi_fall_betrag_im_monat(l->e, l->r, b->zustand, b->prognose, b->beginn, b->betrag_beginn, wgi_fall_zeile_tag(l, k), aus);
}

/* The circumstances at month k compared with the award b under the award's law at k. */
static bool vergleichen(lauf *l, const bescheid *b, int k, const bewertung **alt, const bewertung **neu)
{
    betrag x;
    if (!wgi_fall_award_betrag(l, b, k, &x)) return false;
    const wgi_periode *p = x.g.p;
    const int stufe = x.g.stufe_tag;
    *alt = wgi_fall_bewerten(l->e, l->r, b->zustand, b->prognose, p, stufe);
    *neu = wgi_fall_bewerten(l->e, l->r, k, wgi_fall_zeile_tag(l, k), p, stufe);
    if ((*alt)->status != WG_OK) {
        wgi_fall_bewerten(l->e, l->r, b->zustand, b->prognose, p, stufe); /* its message again */
        wgi_fall_verhaeltnisse_fehler(l->r, (*alt)->status, b->zustand);
        return false;
    }
    if ((*neu)->status != WG_OK) {
        wgi_fall_verhaeltnisse_fehler(l->r, (*neu)->status, k);
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
        unsigned m = melde ? wgi_fall_melde_ausloeser(l->r, b->zustand, j, alt, neu, pct) : wgi_fall_ausloeser(l->r, alt, neu, ab, pct);
        if (!m) {
            *ende_tag = l->r->zs.z[j].wechsel;
            return *ende_tag <= wgi_monate_plus(beginn, n);
        }
    }
    return false;
}

/* The day an application for an increase (§ 27 Abs. 1) was filed: its `datum`, else the entry's ab. */
static int antrag_tag(const wg_aenderung *a, const wg_ereignis *ev) { return ev->hat_datum ? wgi_datum_tag(&ev->datum) : wgi_datum_tag(&a->ab); }

/* The first application for an increase (§ 27 Abs. 1) filed in the months [von, bis) of the BWZ
 * (entries after the BWZ left out): its day, 0 none; *verlauf its entry. */
static int erster_antrag(const lauf *l, int von, int bis, int *verlauf)
{
    int best = 0;
    for (size_t i = 0; i < l->f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &l->f->verlauf[i];
        if (wgi_datum_tag(&a->ab) >= l->ende) continue;
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

/* An application filed in month k. */
static bool antrag_im_monat(const lauf *l, int k)
{
    int verlauf;
    return erster_antrag(l, k, k + 1, &verlauf) != 0;
}

/* The first application that reaches a change of day `wechsel` (§ 27 Abs. 1 with § 25 Abs. 2):
 * filed from the month of the change on (an application in that month is never lost — before
 * the change it works from the month after, on or after it from its own month), in a month
 * before `bis` (while the circumstances last). Returns its day, 0 none. */
static int antrag_suchen(const lauf *l, int wechsel, int bis, int *verlauf)
{
    return erster_antrag(l, wgi_monatsindex(wechsel) - l->mi0, bis, verlauf);
}

/* The day the authority learned of entry a (bekannt, else ab). */
static int bekannt_tag(const wg_aenderung *a) { return a->hat_bekannt ? wgi_datum_tag(&a->bekannt) : wgi_datum_tag(&a->ab); }

/* The day the household learned of entry a (kenntnis_haushalt, else bekannt, else ab). */
static int kenntnis_haushalt(const wg_aenderung *a)
{
    return a->hat_kenntnis_haushalt ? wgi_datum_tag(&a->kenntnis_haushalt) : bekannt_tag(a);
}

/* Whether two months have the same circumstances: the same entries applied, the same deaths
 * still counted and in effect. */
static bool gleiche_verhaeltnisse(const wgi_zustand *x, const wgi_zustand *y)
{
    return x->angewandt == y->angewandt && x->tote == y->tote && x->tod_wirksam == y->tod_wirksam;
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
        if (!a->rueckwirkend || !a->haushalt || wgi_datum_tag(&a->ab) > wgi_fall_zeile_tag(l, k) || wgi_datum_tag(&a->ab) >= l->ende) continue;
        if (t_antrag > wgi_fall_antrag_frist(kenntnis_haushalt(a))) {
            *verfristet = true;
            continue;
        }
        int m = wgi_monatsindex(wgi_datum_tag(&a->ab)) - l->mi0;
        if (m < 0) m = 0;
        if (m < fruehestens) fruehestens = m;
    }
    return fruehestens;
}

/* The legal path of an adverse decision: a fact already true when the Bescheid was issued is
 * § 45 SGB X (BVerwG 5 C 2.18: §§ 27 Abs. 2, 28 Abs. 3 presuppose a Bescheid issued before the
 * change) — discretion, never automatic. */
static bool vor_bescheid(const lauf *l, int wechsel) { return l->f->hat_bescheid_am && wechsel <= wgi_datum_tag(&l->f->bescheid_am); }

static void bekannt_setzen(entscheidung_intern *x, const wg_aenderung *a, int bekannt)
{
    x->pub.hat_bekannt = a != NULL;
    x->pub.bekannt = wgi_tag_datum(bekannt);
    x->pub.quelle = a ? a->quelle : NULL;
    x->datum_grund = a ? bekannt : 0;
}

static const char *const regel_ab[8] = {NULL, "§ 27 Abs. 2 Nr. 1", "§ 27 Abs. 2 Nr. 2", "§ 27 Abs. 2 Nr. 1, 2",
                                        "§ 27 Abs. 2 Nr. 3", "§ 27 Abs. 2 Nr. 1, 3", "§ 27 Abs. 2 Nr. 2, 3",
                                        "§ 27 Abs. 2 Nr. 1–3"};

static const char *const regel_auf[8] = {NULL, "§ 27 Abs. 1 Nr. 1", "§ 27 Abs. 1 Nr. 2", "§ 27 Abs. 1 Nr. 1, 2",
                                         "§ 27 Abs. 1 Nr. 3", "§ 27 Abs. 1 Nr. 1, 3", "§ 27 Abs. 1 Nr. 2, 3",
                                         "§ 27 Abs. 1 Nr. 1–3"};

/* ---- the case ---- */

wg_status wgi_fall_entscheiden(lauf *l)
{
    wg_fall_ergebnis *r = l->r;
    const wg_fall *f = l->f;
    char d1[12];
    int akt_i = 0;              /* the award in force: index in l->b */
    int zuletzt = -1;           /* the circumstances last looked at */
    if (!r->zs.z) return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher"); /* wgi_zustaende_bilden made them */
    for (int k = 0; k < l->monate; k++) {
        const bescheid *akt = &l->b[akt_i];
        const bool antrag = antrag_im_monat(l, k);
        const wgi_zustand *z = &r->zs.z[k], *zl = &r->zs.z[zuletzt >= 0 ? zuletzt : k];
        const bool neu = zuletzt >= 0 ? !gleiche_verhaeltnisse(z, zl) : z->angewandt != 0 || z->tote != 0 || z->tod_wirksam != 0;
        zuletzt = k;
        if (akt->null || (!neu && !antrag)) continue;
        const int tag = wgi_fall_zeile_tag(l, k);
        const int wechsel = z->wechsel;
        const int verlauf = z->letzte;
        const int transfer = z->transfer;
        const bool genutzt = z->genutzt;
        const wg_aenderung *a = verlauf >= 0 ? &f->verlauf[verlauf] : NULL;
        const int bekannt = a ? bekannt_tag(a) : l->v;
        const wg_datum dw = wgi_tag_datum(wechsel < l->e->erster_tag ? tag : wechsel);
        const wgi_periode *pw = wgi_periode_zum_stichtag(l->e, &dw);
        if (!pw) return wgi_fall_fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "verlauf", "kein Rechtsstand für %s", wgi_fall_wann(d1, wechsel));
        betrag alt_b;
        if (!wgi_fall_award_betrag(l, akt, k, &alt_b)) return r->status;
        if (l->anzahl_b + 1 >= MAX_BESCHEIDE) return wgi_fall_fehl(r, WG_E_GRENZE, "verlauf", "zu viele Entscheidungen in einem Fall");

        /* § 28 Abs. 1: nobody counted uses the dwelling; § 28 Abs. 3: a counted member is
         * excluded by a Transferleistung — the Bescheid is ineffective from the 1st of the month
         * (the change on a 1st) or of the next month; z is the first day of month k already */
        if (!genutzt || transfer >= 0) {
            const bool abs1 = !genutzt;
            bescheid *nb = &l->b[l->anzahl_b];
            *nb = (bescheid){k, k, tag, tag, 0, true, abs1 ? "§ 28 Abs. 1" : "§ 28 Abs. 3", (int)r->anzahl_ent};
            entscheidung_intern *x = wgi_fall_entscheidung_neu(r, nb->regel, abs1 ? verlauf : transfer);
            if (!x) return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher");
            akt_i = l->anzahl_b++;
            x->pub.aenderung = wgi_tag_datum(wechsel);
            x->pub.wirksam = wgi_tag_datum(tag);
            x->pub.alt = alt_b.betrag;
            x->pub.neu = 0;
            x->nachteilig = true;
            x->erstattung_50_2 = true;
            const wg_aenderung *ta = abs1 ? a : &f->verlauf[transfer];
            const int tb = ta ? bekannt_tag(ta) : bekannt;
            bekannt_setzen(x, ta, tb);
            const bool v45 = vor_bescheid(l, wechsel);
            /* the last member died: whom an Erstattung is addressed to is a person's question */
            if (abs1 && a)
                for (size_t j = 0; j < a->anzahl_ereignisse; j++)
                    if (a->ereignisse[j].art == WG_EREIGNIS_TOD) wgi_fall_text_verstorben(r, verlauf);
            x->pub.rechtsweg = wgi_fall_rechtsweg(v45 ? WGI_WEG_45 : abs1 ? WGI_WEG_28_1 : WGI_WEG_28_3);
            x->pub.gebunden = !v45;
            wgi_fall_text_28(x, abs1, wechsel, tag);
            /* § 25 Abs. 4 Satz 1 Nr. 2: a new BWZ for the others from the month of the
             * ineffectiveness, applied for by the end of the month after the household learned of
             * it (kenntnis_haushalt, else bekannt) */
            if (!abs1) wgi_fall_text_neuantrag(r, transfer, wgi_fall_antrag_frist(ta ? kenntnis_haushalt(ta) : bekannt), tag);
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
        if (!wgi_fall_betrag_im_monat(l->e, r, k, tag, tag, -1, tag, &neu_betrag)) return r->status;
        const int64_t pct2 = pw->skalar[WGI_S_AENDERUNG_27_2_PROZENT], pct1 = pw->skalar[WGI_S_AENDERUNG_27_1_PROZENT];
        const unsigned ab = wgi_fall_ausloeser(r, alt, neu_b, true, pct2), auf = wgi_fall_ausloeser(r, alt, neu_b, false, pct1);
        const unsigned melde = wgi_fall_melde_ausloeser(r, akt->zustand, k, alt, neu_b, pw->skalar[WGI_S_MELDEPFLICHT_27_3_PROZENT]);
        int ende = 0;

        /* § 27 Abs. 3: the duty to report (not only temporary) */
        const bool melde_dauer = melde && neu && !voruebergehend(l, akt, k, true, pw->skalar[WGI_S_MELDEPFLICHT_27_3_PROZENT], true, &ende);
        if (r->status != WG_OK) return r->status;
        if (melde_dauer)
            wgi_fall_text_meldepflicht(r, melde, alt, neu_b, akt->zustand < 0 ? &r->bescheid : &r->zs.z[akt->zustand].h,
                                       &r->zs.z[k].h, pw->skalar[WGI_S_MELDEPFLICHT_27_3_PROZENT], verlauf, wechsel);

        if (ab && neu_betrag.betrag < alt_b.betrag) {
            /* § 27 Abs. 2: a decrease ex officio, if not only temporary and decided in time */
            const bool kurz = voruebergehend(l, akt, k, true, pct2, false, &ende);
            if (r->status != WG_OK) return r->status;
            if (kurz) {
                wgi_fall_text_voruebergehend(r, verlauf, wechsel, ende);
                continue;
            }
            /* § 27 Abs. 2 Satz 6: one year from the knowledge of the change — and a change is
             * not known before it happens (an announced rent cut, the end of the § 6 Abs. 2 year) */
            const int kenntnis = bekannt > wechsel ? bekannt : wechsel;
            const int frist = wgi_monate_plus(kenntnis, (int)pw->skalar[WGI_S_FRIST_27_2_MONATE]);
            if (r->entscheidung_bekannt && r->entscheidung_am > frist) {
                wgi_fall_text_frist_abgelaufen(r, verlauf, kenntnis, frist);
                continue;
            }
            bescheid *nb = &l->b[l->anzahl_b];
            *nb = (bescheid){k, k, tag, tag, -1, false, regel_ab[ab], (int)r->anzahl_ent};
            entscheidung_intern *x = wgi_fall_entscheidung_neu(r, nb->regel, verlauf);
            if (!x) return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher");
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
            x->pub.rechtsweg = wgi_fall_rechtsweg(v45 ? WGI_WEG_45 : WGI_WEG_27_2);
            x->pub.gebunden = !v45;
            wgi_fall_vergleich_setzen(x, r, alt, neu_b);
            wgi_fall_text_27_2(x, wechsel, pct2, tag, frist);
            continue;
        }

        if (auf && neu_betrag.betrag > alt_b.betrag) {
            /* § 27 Abs. 1: an increase, only on application — "nicht nur vorübergehend" is not
             * a condition there; a temporary change is named, not ignored */
            const bool kurz = voruebergehend(l, akt, k, false, pct1, false, &ende);
            if (r->status != WG_OK) return r->status;
            char dauer[96] = "";
            if (kurz) wgi_fall_text_dauer(dauer, sizeof dauer, ende);
            /* while the circumstances last: the months up to the next change */
            int bis = k + 1;
            while (bis < l->monate && gleiche_verhaeltnisse(&r->zs.z[bis], &r->zs.z[k])) bis++;
            int av = -1;
            int t_antrag = antrag_suchen(l, wechsel, bis, &av);
            if (!t_antrag) {
                hinweis_intern *h = wgi_fall_text_erhoehung(r, regel_auf[auf], verlauf, tag, neu_betrag.betrag, alt_b.betrag, pct1,
                                                            dauer, a && wgi_fall_ist_datenabgleich(a->quelle));
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
            int zustand = ka > k ? ka : k, prognose = wgi_fall_zeile_tag(l, zustand);
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
            const int tw = wgi_fall_zeile_tag(l, kw);
            bescheid *nb = &l->b[l->anzahl_b];
            *nb = (bescheid){kw, zustand, prognose, tw, -1, false, regel_auf[auf], (int)r->anzahl_ent};
            entscheidung_intern *x = wgi_fall_entscheidung_neu(r, nb->regel, av >= 0 ? av : verlauf);
            if (!x) return wgi_fall_fehl(r, WG_E_SPEICHER, "", "Speicher");
            akt_i = l->anzahl_b++;
            betrag nb_betrag;
            if (!wgi_fall_award_betrag(l, nb, kw > k ? kw : k, &nb_betrag)) return r->status;
            x->pub.aenderung = wgi_tag_datum(wechsel);
            x->pub.wirksam = wgi_tag_datum(tw);
            bekannt_setzen(x, a, bekannt);
            x->pub.alt = alt_b.betrag;
            x->pub.neu = nb_betrag.betrag;
            x->pub.rechtsweg = wgi_fall_rechtsweg(WGI_WEG_27_1);
            x->pub.gebunden = true;
            wgi_fall_vergleich_setzen(x, r, alt, neu_b);
            wgi_fall_text_27_1(x, t_antrag, pct1, tw, kw < ka, verfristet, dauer);
            continue;
        }
    }
    return WG_OK;
}
