/*
 * fall_aussteuerung.c — § 31a SGB X: the reasons a person must decide a running case (docs/laufende-faelle.md § 7), collected once the decisions, hints and money are known.
 *
 * Exports (fall_intern.h): wgi_fall_ist_datenabgleich, wgi_fall_aussteuerung_sammeln.
 */
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool wgi_fall_ist_datenabgleich(const char *q) { return q && strncmp(q, "datenabgleich", 13) == 0; }

void wgi_fall_aussteuerung_sammeln(const lauf *l, bool erstattung_50_2)
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
            wgi_fall_aussteuern(r, "ruecknahme_45_sgb_x", "§ 45 SGB X", v,
                       "Die Änderung ab %s bestand schon, als der Bescheid am %s erlassen wurde: keine Aufhebung nach §§ 27, 28 "
                       "WoGG, sondern Rücknahme nach § 45 SGB X (Vertrauensschutz, Ermessen; BVerwG 5 C 2.18).",
                       wgi_fall_wann(d1, wgi_datum_tag(&x->pub.aenderung)), wgi_fall_wann(d2, wgi_datum_tag(&f->bescheid_am)));
        if (x->pub.hat_frist && r->entscheidung_bekannt) {
            const long rest = wgi_tagesnummer(wgi_datum_tag(&x->pub.frist)) - wgi_tagesnummer(r->entscheidung_am);
            if (rest >= 0 && rest <= s->frist_warnung_tage)
                wgi_fall_aussteuern(r, "frist_nahe", "§ 27 Abs. 2 Satz 6", v,
                           "Über die Änderung ist bis %s zu entscheiden — noch %ld Tage (Anhörung und Bekanntgabe brauchen Zeit).",
                           wgi_fall_wann(d1, wgi_datum_tag(&x->pub.frist)), rest);
        }
        if (!x->nachteilig) continue;
        if (x->datum_grund && r->entscheidung_bekannt && r->entscheidung_am > wgi_monate_plus(x->datum_grund, s->daten_max_alter_monate))
            wgi_fall_aussteuern(r, "daten_veraltet", "WoGV § 20", v,
                       "Die Angabe, auf der die Entscheidung beruht, ist vom %s und am Entscheidungstag %s älter als %d Monate: "
                       "bitte neu erheben.", wgi_fall_wann(d1, x->datum_grund), wgi_fall_wann(d2, r->entscheidung_am), s->daten_max_alter_monate);
        if (wgi_fall_ist_datenabgleich(x->pub.quelle))
            wgi_fall_aussteuern(r, "datenabgleich_anhoerung", "§ 33 WoGG, WoGV § 20, § 24 SGB X", v,
                       "Die Entscheidung beruht auf einem Treffer des Datenabgleichs (%s): erst anhören und den Treffer aufklären.",
                       x->pub.quelle);
    }
    for (size_t i = 0; i < r->anzahl_hin; i++) {
        const hinweis_intern *h = &r->hin[i];
        if (strcmp(h->pub.code, "frist_abgelaufen") == 0)
            wgi_fall_aussteuern(r, "frist_abgelaufen", "§ 27 Abs. 2 Satz 6", h->pub.verlauf,
                       "Die Jahresfrist für die Entscheidung ist abgelaufen (%s): ob noch nach § 45 SGB X zurückgenommen werden kann, "
                       "entscheidet ein Mensch.", wgi_fall_wann(d1, wgi_datum_tag(&h->pub.datum)));
        else if (strcmp(h->pub.code, "voruebergehend_ignoriert") == 0)
            wgi_fall_aussteuern(r, "auslegung_voruebergehend", "§ 27 Abs. 2", h->pub.verlauf,
                       "Die Änderung galt nach der Einstellung voruebergehend_bis_monate = %d als nur vorübergehend — eine "
                       "Auslegung, die das Gesetz nicht beziffert.", s->voruebergehend_bis_monate);
    }
    if (bwz_entscheidung && r->entscheidung_bekannt && r->entscheidung_am >= l->ende)
        wgi_fall_aussteuern(r, "bwz_abgelaufen", "§ 27 Abs. 2, § 45 Abs. 4 SGB X", -1,
                   "Der Bewilligungszeitraum endete am %s; entschieden wird am %s.", wgi_fall_wann(d1, wgi_tag_davor(l->ende)),
                   wgi_fall_wann(d2, r->entscheidung_am));
    /* sources conflict: two complete circumstances of the same day from different sources */
    for (size_t i = 0; i < f->anzahl_verlauf; i++)
        for (size_t j = 0; j < i; j++) {
            const wg_aenderung *a = &f->verlauf[i], *b = &f->verlauf[j];
            if (wgi_datum_tag(&a->ab) >= l->ende || !a->haushalt || !b->haushalt || wgi_datum_tag(&a->ab) != wgi_datum_tag(&b->ab)) continue;
            if (a->quelle && b->quelle && strcmp(a->quelle, b->quelle) != 0)
                wgi_fall_aussteuern(r, "quellen_widerspruch", "WoGV § 20, § 20 SGB X", (int)i,
                           "Für den %s liegen Verhältnisse aus zwei Quellen vor (%s, %s): welche gilt, klärt ein Mensch.",
                           wgi_fall_wann(d1, wgi_datum_tag(&a->ab)), b->quelle, a->quelle);
        }
    if (erstattung_50_2 && r->erstattung > 0)
        wgi_fall_aussteuern(r, "erstattung_50_2", "§ 50 Abs. 2 SGB X", -1,
                   "Überzahlt wurde ohne wirksamen Bescheid (nach § 28 WoGG oder über den Bescheid hinaus): die Erstattung "
                   "richtet sich nach § 50 Abs. 2 SGB X, §§ 45, 48 SGB X gelten entsprechend.");
    if (s->erstattung_grenze > 0 && r->erstattung >= s->erstattung_grenze)
        wgi_fall_aussteuern(r, "erstattung_grenze", "§ 50 SGB X", -1, "Zu erstatten sind %lld EUR, die Grenze ist %lld EUR.",
                   (long long)r->erstattung, (long long)s->erstattung_grenze);
    if (r->erstattung > 0 && r->anzahl_schuldner > 1)
        wgi_fall_aussteuern(r, "schuldner_auswahl", "§ 29 Abs. 1 WoGG", -1,
                   "%zu volljährige zu berücksichtigende Mitglieder haften gesamtschuldnerisch: wer in Anspruch genommen wird, "
                   "ist Ermessen.", r->anzahl_schuldner);
}
