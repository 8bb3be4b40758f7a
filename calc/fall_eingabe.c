/*
 * fall_eingabe.c — the checks of a running case before anything is computed (every error with its field path) and the dates of the application: § 22 Abs. 4 (an early Weiterleistungsantrag), § 25 Abs. 2–5 (the BWZ and the deadline "bis zum Ablauf des Kalendermonats, der auf die Kenntnis folgt").
 *
 * Exports (fall_intern.h): wgi_fall_antrag_gilt, wgi_fall_antrag_frist, wgi_fall_eingabe_pruefen.
 */
#include "datum.h"
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* § 22 Abs. 4: a Weiterleistungsantrag filed earlier than two months before the end of the
 * running BWZ counts as filed on the 1st of the second month before that end. */
int wgi_fall_antrag_gilt(int antrag, int v)
{
    const int frueh = wgi_monatserster(wgi_monatsindex(v) - 2);
    return antrag < frueh ? frueh : antrag;
}

wg_datum wg_weiterleistungsantrag_gilt(wg_datum antrag, int von_jahr, int von_monat)
{
    return wgi_tag_datum(wgi_fall_antrag_gilt(wgi_datum_tag(&antrag), wgi_monatserster(wgi_monatsindex_von(von_jahr, von_monat))));
}

/* § 25 Abs. 3–5: "vor Ablauf des Kalendermonats …, der auf die Kenntnis … folgt" — the last day
 * of the month after the month of day t */
int wgi_fall_antrag_frist(int t) { return wgi_tag_davor(wgi_monatserster(wgi_monatsindex(t) + 2)); }

wg_status wgi_fall_eingabe_pruefen(lauf *l, int antrag)
{
    const wg_fall *f = l->f;
    wg_fall_ergebnis *r = l->r;
    if (!wgi_datum_gueltig(&f->antrag)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "antrag", "kein gültiges Kalenderdatum");
    if (!wgi_monat_gueltig(f->von_jahr, f->von_monat)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.von", "Monat JJJJ-MM erwartet");
    if (!wgi_monat_gueltig(f->bis_jahr, f->bis_monat)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.bis", "Monat JJJJ-MM erwartet");
    if (f->hat_stand && !wgi_datum_gueltig(&f->stand)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "stand", "kein gültiges Kalenderdatum");
    /* the evaluation (decision) date cannot lie before the application it decides on */
    if (f->hat_stand && wgi_datum_tag(&f->stand) < wgi_datum_tag(&f->antrag))
        return wgi_fall_fehl(r, WG_E_WERT_UNGUELTIG, "stand", "%04d-%02d-%02d liegt vor dem Antrag (%04d-%02d-%02d)", f->stand.jahr,
                    f->stand.monat, f->stand.tag, f->antrag.jahr, f->antrag.monat, f->antrag.tag);
    if (f->hat_entscheidung_am) {
        if (!wgi_datum_gueltig(&f->entscheidung_am)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "entscheidung_am", "kein gültiges Kalenderdatum");
        if (wgi_datum_tag(&f->entscheidung_am) < wgi_datum_tag(&f->antrag))
            return wgi_fall_fehl(r, WG_E_WERT_UNGUELTIG, "entscheidung_am", "liegt vor dem Antrag: die Behörde kann nicht entscheiden, bevor beantragt ist");
    }
    if (f->hat_bescheid_am) {
        if (!wgi_datum_gueltig(&f->bescheid_am)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.bescheid_am", "kein gültiges Kalenderdatum");
        if (wgi_datum_tag(&f->bescheid_am) < wgi_datum_tag(&f->antrag))
            return wgi_fall_fehl(r, WG_E_WERT_UNGUELTIG, "bewilligung.bescheid_am", "liegt vor dem Antrag");
        if (f->hat_entscheidung_am && wgi_datum_tag(&f->entscheidung_am) < wgi_datum_tag(&f->bescheid_am))
            return wgi_fall_fehl(r, WG_E_WERT_UNGUELTIG, "entscheidung_am", "liegt vor dem Bescheid (bewilligung.bescheid_am)");
    }
    if (l->monate < 1) return wgi_fall_fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.bis", "bis liegt vor von");
    /* § 25 Abs. 2: the BWZ begins with the month of the application (a Weiterleistungsantrag:
     * later) — before it only by § 25 Abs. 3, 4, applied for by the end of the month after the
     * household learned of the refusal or of the ineffectiveness */
    if (f->beginn != WG_BEGINN_ANTRAGSMONAT) {
        if (f->beginn != WG_BEGINN_25_3 && f->beginn != WG_BEGINN_25_4)
            return wgi_fall_fehl(r, WG_E_WERT_UNGUELTIG, "bewilligung.beginn", "\"§ 25 Abs. 3\" oder \"§ 25 Abs. 4\" erwartet");
        if (!f->hat_beginn_kenntnis)
            return wgi_fall_fehl(r, WG_E_FELD_FEHLT, "bewilligung.kenntnis", "ein vorgezogener Beginn (§ 25 Abs. 3, 4 WoGG) braucht den Tag der Kenntnis");
        if (!wgi_datum_gueltig(&f->beginn_kenntnis)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, "bewilligung.kenntnis", "kein gültiges Kalenderdatum");
        const int frist = wgi_fall_antrag_frist(wgi_datum_tag(&f->beginn_kenntnis));
        if (wgi_datum_tag(&f->antrag) > frist)
            return wgi_fall_fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.beginn",
                        "der Antrag (%04d-%02d-%02d) kam nach dem Ende des Monats, der auf die Kenntnis folgt (%04d-%02d-%02d): "
                        "der Bewilligungszeitraum beginnt im Antragsmonat (§ 25 Abs. 2 WoGG)",
                        f->antrag.jahr, f->antrag.monat, f->antrag.tag, frist / 10000, frist / 100 % 100, frist % 100);
    } else if (wgi_monatsindex(wgi_datum_tag(&f->antrag)) > l->mi0) {
        return wgi_fall_fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.von", "der Bewilligungszeitraum beginnt vor dem Monat des Antrags (%04d-%02d-%02d; § 25 Abs. 2 WoGG)",
                    f->antrag.jahr, f->antrag.monat, f->antrag.tag);
    }
    const wg_datum dv = wgi_tag_datum(l->v);
    const wgi_periode *p = l->v >= l->e->erster_tag ? wgi_periode_zum_stichtag(l->e, &dv) : NULL;
    if (!p) return wgi_fall_fehl(r, WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT, "bewilligung.von", "für diesen Monat ist kein Rechtsstand hinterlegt");
    /* § 25 Abs. 1: at most 12 months, from 2023 at most 24 */
    if (l->monate > p->skalar[WGI_S_BWZ_HOECHSTENS])
        return wgi_fall_fehl(r, WG_E_BEWILLIGUNGSZEITRAUM, "bewilligung.bis", "%d Monate; nach § 25 Abs. 1 WoGG (Rechtsstand %s) höchstens %lld",
                    l->monate, p->id, (long long)p->skalar[WGI_S_BWZ_HOECHSTENS]);
    if (f->hat_wohngeld_monat && (f->wohngeld_monat < 0 || f->wohngeld_monat > 1000000))
        return wgi_fall_fehl(r, WG_E_BETRAG_UNGUELTIG, "bewilligung.wohngeld_monat", "ganze Euro von 0 bis 1 000 000 erwartet");
    if (f->anzahl_verlauf > WG_FALL_MAX_VERLAUF)
        return wgi_fall_fehl(r, WG_E_GRENZE, "verlauf", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_VERLAUF);
    /* every member of the Bescheid has an id, each once (changes are matched by it) */
    const wg_haushalt *h = &f->haushalt;
    /* a caller's lists are there for their counts (docs/api.md "Arguments") */
    if (h->anzahl_mitglieder && !h->mitglieder) return wgi_fall_fehl(r, WG_E_ARGUMENT, "haushalt.mitglieder", "mitglieder ist NULL");
    if (f->anzahl_verlauf && !f->verlauf) return wgi_fall_fehl(r, WG_E_ARGUMENT, "verlauf", "verlauf ist NULL");
    for (size_t i = 0; i < f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &f->verlauf[i];
        char feld[64];
        if (a->anzahl_ereignisse && !a->ereignisse) {
            snprintf(feld, sizeof feld, "verlauf[%zu].ereignisse", i);
            return wgi_fall_fehl(r, WG_E_ARGUMENT, feld, "ereignisse ist NULL");
        }
        if (a->haushalt && a->haushalt->anzahl_mitglieder && !a->haushalt->mitglieder) {
            snprintf(feld, sizeof feld, "verlauf[%zu].haushalt.mitglieder", i);
            return wgi_fall_fehl(r, WG_E_ARGUMENT, feld, "mitglieder ist NULL");
        }
    }
    for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
        if (!h->mitglieder[i].id) return wgi_fall_fehl(r, WG_E_FELD_FEHLT, "haushalt.mitglieder", "Mitglied %zu ohne id (ein laufender Fall ordnet Änderungen über die id zu)", i);
        for (size_t j = 0; j < i; j++)
            if (strcmp(h->mitglieder[i].id, h->mitglieder[j].id) == 0)
                return wgi_fall_fehl(r, WG_E_FELD_KONFLIKT, "haushalt.mitglieder", "id \"%.60s\" doppelt", h->mitglieder[i].id);
    }
    /* a BWZ begun before the application (§ 25 Abs. 3, 4) rests on the circumstances of its
     * first day */
    const int unten = f->beginn != WG_BEGINN_ANTRAGSMONAT && l->v < antrag ? l->v : antrag;
    for (size_t i = 0; i < f->anzahl_verlauf; i++) {
        const wg_aenderung *a = &f->verlauf[i];
        char feld[64];
        const bool ab_gueltig = wgi_datum_gueltig(&a->ab);
        const int ab = ab_gueltig ? wgi_datum_tag(&a->ab) : 0;
        /* the path is formatted only for an error (snprintf cost more than the checks) */
        if (!ab_gueltig || ab < unten) snprintf(feld, sizeof feld, "verlauf[%zu].ab", i);
        if (!ab_gueltig) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
        if (ab < unten)
            return wgi_fall_fehl(r, WG_E_VERLAUF_DATUM, feld, "%04d-%02d-%02d liegt vor dem Antrag (%04d-%02d-%02d%s): die Verhältnisse "
                        "dieses Tages gehören in den Haushalt des Bescheids",
                        a->ab.jahr, a->ab.monat, a->ab.tag, unten / 10000, unten / 100 % 100, unten % 100,
                        unten != wgi_datum_tag(&f->antrag) ? (unten == l->v ? ", Beginn nach § 25 Abs. 3, 4 WoGG" : ", nach § 22 Abs. 4 WoGG") : "");
        /* an entry after the BWZ (register data arrive late) is left out with a hint, not a
         * reason to refuse the case (fall_rechnen) */
        if (a->hat_bis) {
            snprintf(feld, sizeof feld, "verlauf[%zu].bis", i);
            if (!wgi_datum_gueltig(&a->bis)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
            if (wgi_datum_tag(&a->bis) < ab) return wgi_fall_fehl(r, WG_E_VERLAUF_DATUM, feld, "bis liegt vor ab");
        }
        if (a->hat_bekannt) {
            snprintf(feld, sizeof feld, "verlauf[%zu].bekannt", i);
            if (!wgi_datum_gueltig(&a->bekannt)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
            if (wgi_datum_tag(&a->bekannt) < unten) return wgi_fall_fehl(r, WG_E_VERLAUF_DATUM, feld, "die Behörde kann es nicht vor dem Antrag erfahren haben");
        }
        if (a->hat_kenntnis_haushalt && !wgi_datum_gueltig(&a->kenntnis_haushalt)) {
            snprintf(feld, sizeof feld, "verlauf[%zu].kenntnis_haushalt", i);
            return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
        }
        if (a->anzahl_ereignisse > WG_FALL_MAX_EREIGNISSE) {
            snprintf(feld, sizeof feld, "verlauf[%zu].ereignisse", i);
            return wgi_fall_fehl(r, WG_E_GRENZE, feld, "mehr als %d Ereignisse (docs/grenzen.md)", WG_FALL_MAX_EREIGNISSE);
        }
        if (!a->haushalt && a->anzahl_ereignisse == 0) {
            snprintf(feld, sizeof feld, "verlauf[%zu]", i);
            return wgi_fall_fehl(r, WG_E_FELD_FEHLT, feld, "haushalt oder ereignisse erwartet");
        }
        if (a->haushalt)
            for (size_t m = 0; m < a->haushalt->anzahl_mitglieder; m++)
                if (!a->haushalt->mitglieder[m].id) {
                    snprintf(feld, sizeof feld, "verlauf[%zu].haushalt.mitglieder", i);
                    return wgi_fall_fehl(r, WG_E_FELD_FEHLT, feld, "Mitglied %zu ohne id", m);
                }
        for (size_t j = 0; j < a->anzahl_ereignisse; j++) {
            const wg_ereignis *ev = &a->ereignisse[j];
            if (ev->art == WG_EREIGNIS_ANTRAG_ERHOEHUNG && ev->hat_datum) {
                snprintf(feld, sizeof feld, "verlauf[%zu].ereignisse[%zu].datum", i, j);
                if (!wgi_datum_gueltig(&ev->datum)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, feld, "kein gültiges Kalenderdatum");
                if (wgi_datum_tag(&ev->datum) < ab) return wgi_fall_fehl(r, WG_E_VERLAUF_DATUM, feld, "der Antrag liegt vor ab");
            }
        }
    }
    /* what was paid: months of the BWZ, each once, whole euros */
    if (f->anzahl_zahlungen && !f->zahlungen) return wgi_fall_fehl(r, WG_E_ARGUMENT, "zahlungen", "zahlungen ist NULL");
    if (f->anzahl_zahlungen > WG_FALL_MAX_ZAHLUNGEN)
        return wgi_fall_fehl(r, WG_E_GRENZE, "zahlungen", "mehr als %d Einträge (docs/grenzen.md)", WG_FALL_MAX_ZAHLUNGEN);
    for (size_t i = 0; i < f->anzahl_zahlungen; i++) {
        const wg_zahlung *z = &f->zahlungen[i];
        char feld[48];
        snprintf(feld, sizeof feld, "zahlungen[%zu].monat", i);
        if (!wgi_monat_gueltig(z->jahr, z->monat)) return wgi_fall_fehl(r, WG_E_DATUM_UNGUELTIG, feld, "Monat JJJJ-MM erwartet");
        const int k = wgi_monatsindex_von(z->jahr, z->monat) - l->mi0;
        if (k < 0 || k >= l->monate) return wgi_fall_fehl(r, WG_E_WERT_UNGUELTIG, feld, "kein Monat des Bewilligungszeitraums");
        for (size_t j = 0; j < i; j++)
            if (f->zahlungen[j].jahr == z->jahr && f->zahlungen[j].monat == z->monat)
                return wgi_fall_fehl(r, WG_E_FELD_KONFLIKT, feld, "Monat %04d-%02d doppelt", z->jahr, z->monat);
        if (z->betrag < 0 || z->betrag > 1000000) {
            snprintf(feld, sizeof feld, "zahlungen[%zu].betrag", i);
            return wgi_fall_fehl(r, WG_E_BETRAG_UNGUELTIG, feld, "ganze Euro von 0 bis 1 000 000 erwartet");
        }
    }
    return WG_OK;
}
