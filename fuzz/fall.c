/*
 * fall.c — libFuzzer harness: arbitrary bytes as a running-case record (docs/laufende-faelle.md)
 * through the case reader and wg_fall_rechnen. Every refusal names its reason; for every
 * computed case the overpayment and back payment are the sums of the monthly differences of
 * the paid months, no decision takes effect before its change, every month's amounts are
 * whole euros ≥ 0, and the result is valid JSON; the derivation of every month with a Bescheid
 * gives exactly its amount due.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "wohngeld.h"
#include "wohngeld_fall.h"
#include "wohngeld_json.h"

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse);

static void pruefe(bool ok, const char *was)
{
    if (ok) return;
    fprintf(stderr, "Laufender Fall: %s\n", was);
    abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *daten, size_t groesse)
{
    static wg_engine *e;
    static wg_json *j;
    static wg_fall_ergebnis *r;
    static wg_ergebnis *er;
    static j_leser *l;
    if (!e) {
        wg_fehler f;
        e = wg_engine_oeffnen(&f);
        j = wg_json_neu();
        r = wg_fall_ergebnis_neu();
        er = wg_ergebnis_neu();
        l = j_leser_neu();
        if (!e || !j || !r || !er || !l) abort();
    }
    wg_fall fall;
    wg_fehler f;
    if (wg_json_fall_lesen(j, (const char *)daten, groesse, &fall, &f) != WG_OK) {
        pruefe(f.code != WG_OK && f.meldung[0], "Ablehnung ohne Grund");
        return 0;
    }
    wg_fall_einstellungen s;
    wg_fall_einstellungen_init(&s);
    s.voruebergehend_bis_monate = (int)(groesse % 5);
    const wg_status st = wg_fall_rechnen(e, &fall, &s, r);
    /* what is returned is the result's status: an error is never reported as computed */
    pruefe(wg_fall_ergebnis_status(r) == st, "Rückgabe und Status des Ergebnisses verschieden");
    size_t len;
    const char *aus = wg_json_fall_ergebnis_schreiben(j, e, r, &len);
    pruefe(aus != NULL, "kein Ergebnis");
    const char *meldung;
    pruefe(j_lesen(l, aus, len, &meldung) != NULL, "Ergebnis ist kein gültiges JSON");
    if (st != WG_OK) {
        const wg_fehler *fe = wg_fall_ergebnis_fehler(r);
        pruefe(fe && fe->code == st && fe->meldung[0], "Fehler ohne Meldung");
        return 0;
    }
    bool abweichung = false; /* a granted amount other than the computed one stands as granted */
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_hinweise(r); i++)
        abweichung |= strcmp(wg_fall_ergebnis_hinweis(r, i)->code, "bescheid_abweichung") == 0;
    int64_t ueber = 0, nach = 0;
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_monate(r); i++) {
        const wg_fall_monat *m = wg_fall_ergebnis_monat(r, i);
        pruefe(m->bewilligt >= 0 && m->zusteht >= 0 && m->differenz == m->zusteht - m->bewilligt, "Monatsbeträge");
        pruefe(m->ausgezahlt >= 0 && (m->gezahlt || m->ausgezahlt == 0), "ausgezahlt");
        if (m->gezahlt) {
            /* money is settled against what was paid (`zahlungen`, else what was granted) */
            const int64_t d = m->zusteht - m->ausgezahlt;
            if (d < 0) ueber -= d;
            else nach += d;
        }
        /* the derivation of the month gives its amount due */
        if (i < 3 && !abweichung && wg_fall_monat_herleitung(e, &fall, r, i, er) == WG_OK)
            pruefe(wg_ergebnis_wohngeld_monat(er) == m->zusteht, "Herleitung ≠ Betrag");
    }
    pruefe(ueber == wg_fall_ergebnis_ueberzahlung(r) && nach == wg_fall_ergebnis_nachzahlung(r), "Summen");
    pruefe(wg_fall_ergebnis_erstattung(r) <= ueber, "Erstattung über der Überzahlung");
    /* § 30a per Aufhebung: the decisions' reclaims are part of the case's, never more than their
     * overpayments; the overpayments of the decisions are part of the case's */
    int64_t ent_ueber = 0, ent_erst = 0;
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_entscheidungen(r); i++) {
        const wg_fall_entscheidung *x = wg_fall_ergebnis_entscheidung(r, i);
        pruefe(x->erstattung >= 0 && x->erstattung <= x->ueberzahlung && x->rechtsweg, "Entscheidung: Geld oder Rechtsweg");
        ent_ueber += x->ueberzahlung;
        ent_erst += x->erstattung;
    }
    pruefe(ent_ueber <= ueber && ent_erst <= wg_fall_ergebnis_erstattung(r), "Summen der Entscheidungen");
    /* § 31a SGB X: every reason has a code, a norm and a text; debtors only when reclaimed */
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_aussteuerungen(r); i++) {
        const wg_fall_aussteuerung *a = wg_fall_ergebnis_aussteuerung(r, i);
        pruefe(a->code && a->code[0] && a->norm && a->norm[0] && a->text && a->text[0], "Aussteuerung ohne Code, Norm oder Text");
    }
    pruefe(wg_fall_ergebnis_anzahl_schuldner(r) == 0 || wg_fall_ergebnis_erstattung(r) > 0, "Schuldner ohne Erstattung");
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_entscheidungen(r); i++) {
        const wg_fall_entscheidung *x = wg_fall_ergebnis_entscheidung(r, i);
        const int w = x->wirksam.jahr * 100 + x->wirksam.monat, c = x->aenderung.jahr * 100 + x->aenderung.monat;
        pruefe(w >= c || (x->regel && strstr(x->regel, "Abs. 1")), "Entscheidung vor ihrer Änderung");
    }
    return 0;
}
