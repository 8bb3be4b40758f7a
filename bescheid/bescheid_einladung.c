/*
 * bescheid_einladung.c — the invitation after screening a partial household (docs/bescheide.md
 * § 5): not a decision (no Tenor, no Belehrung, nothing that reads as a Zusicherung, §§ 31, 34
 * SGB X), the range of Wohngeld and the thresholds from wg_vorpruefen, what is missing, the
 * Bürgergeld hint, and the data-protection notice of Art. 14 DSGVO from behoerde.json.
 *
 * Exports (bescheid_intern.h): bs_einladung.
 */
#include "bescheid_intern.h"

#include <stdio.h>
#include <string.h>

/* "mitglieder[1].einkommen[0].betrag_monat" → "mitglieder[].einkommen[].betrag_monat" */
static void allgemein(const char *feld, char *aus, size_t n)
{
    size_t o = 0;
    for (const char *p = feld; *p && o + 1 < n; p++) {
        aus[o++] = *p;
        if (*p == '[') {
            while (p[1] && p[1] != ']') p++;
        }
    }
    aus[o] = '\0';
}

static const char *unterlage(wg_bescheide *b, bs_brief *x, const char *feld)
{
    char pfad[200], allg[160];
    snprintf(pfad, sizeof pfad, "einladung.unterlagen.%s", feld);
    const j_wert *m = bs_k_wert(b->k, "einladung.unterlagen");
    if (m) {
        allgemein(feld, allg, sizeof allg);
        for (const j_wert *k = m->erstes; k; k = k->naechstes) {
            if (k->typ != J_TEXT) continue;
            if ((k->schluessel_len == strlen(feld) && memcmp(k->schluessel, feld, k->schluessel_len) == 0) ||
                (k->schluessel_len == strlen(allg) && memcmp(k->schluessel, allg, k->schluessel_len) == 0)) {
                bs_k_kann(b, x, "einladung.unterlagen");
                return k->s;
            }
        }
    }
    char worte[200];
    wg_feld_in_worten(feld, worte, sizeof worte);
    return bs_text(b, "Nachweis: %s", worte);
}

wg_status bs_einladung(wg_bescheide *b, const wg_engine *e, const wg_haushalt *h, const wg_unbekannt *u, size_t n,
                       wg_datum datum)
{
    char e1[40], e2[40], d1[16];
    const wg_status st = wg_vorpruefen(e, h, u, n, b->v);
    if (st != WG_OK) {
        const wg_fehler *vf = wg_vorpruefung_fehler(b->v);
        if (vf) b->fehler = *vf;
        b->fehler.code = st;
        return st;
    }
    const wg_spanne *s = wg_vorpruefung_spanne(b->v);
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(s->ergebnis_max);
    /* only where a claim is possible: the engine's amounts already apply § 21 Nr. 1 (below its
     * minimum an amount is 0), so a positive maximum is worth the letter */
    if (s->einstufung == WG_KEIN_ANSPRUCH_SICHER || s->wohngeld_max <= 0 || (rs && rs->szenario)) {
        bs_brief *x = bs_brief_neu(b, WG_BESCHEID_KEINER);
        if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        x->datum = datum;
        bs_absatz(b, x, "Keine Einladung", "§ 21 Nr. 1 WoGG",
                  rs && rs->szenario ? "Der Datensatz wurde nach einem Entwurf berechnet, nicht nach geltendem Recht."
                  : s->einstufung == WG_KEIN_ANSPRUCH_SICHER ? "Nach den vorliegenden Angaben besteht in keinem möglichen Fall ein Anspruch."
                                                             : "Nach den vorliegenden Angaben ergibt sich in keinem Fall Wohngeld (§ 21 Nr. 1 WoGG).");
        bs_gemeinsam(b, x);
        return WG_OK;
    }
    bs_brief *x = bs_brief_neu(b, WG_BESCHEID_EINLADUNG);
    if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    x->datum = datum;
    x->einladung = true;
    x->wohngeld_min = s->wohngeld_min;
    x->wohngeld_max = s->wohngeld_max;
    x->betreff = "Sie haben möglicherweise Anspruch auf Wohngeld";
    bs_absatz(b, x, "Kein Bescheid", "§§ 31, 34 SGB X",
              "Dieses Schreiben ist kein Bescheid und keine Zusage. Es beruht auf Angaben, die uns bereits vorliegen. Ob und "
              "in welcher Höhe Ihnen Wohngeld zusteht, entscheiden wir erst, wenn Sie es beantragen.");
    if (s->wohngeld_min == s->wohngeld_max)
        bs_absatz(b, x, "Was Sie erwarten können", "", "Nach diesen Angaben könnte Ihr Haushalt Wohngeld von etwa %s Euro im Monat erhalten.",
                  bs_euro_ganz(e1, s->wohngeld_max));
    else if (s->wohngeld_min == 0)
        bs_absatz(b, x, "Was Sie erwarten können", "", "Nach diesen Angaben könnte Ihr Haushalt Wohngeld von bis zu %s Euro im Monat erhalten; "
                  "ob ein Anspruch besteht, hängt von Angaben ab, die uns fehlen.", bs_euro_ganz(e1, s->wohngeld_max));
    else
        bs_absatz(b, x, "Was Sie erwarten können", "", "Nach diesen Angaben könnte Ihr Haushalt Wohngeld zwischen %s und %s Euro im Monat erhalten.",
                  bs_euro_ganz(e1, s->wohngeld_min), bs_euro_ganz(e2, s->wohngeld_max));
    /* the thresholds: from which rent, up to which income */
    x->schwellen = bs_neu(b, (s->anzahl_schwellen + 1) * sizeof *x->schwellen);
    if (!x->schwellen) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    for (size_t i = 0; i < s->anzahl_schwellen; i++) {
        const wg_schwelle *w = &s->schwellen[i];
        if (!w->gesetzt) continue;
        char worte[200];
        wg_feld_in_worten(w->feld, worte, sizeof worte);
        const bool monat = strstr(w->feld, "betrag_monat") != NULL;
        const char *text;
        if (strcmp(w->feld, "wohnkosten.betrag_monat") == 0)
            text = bs_text(b, "Beträgt Ihre %s mindestens %s Euro im Monat, besteht nach diesen Angaben ein Anspruch.",
                           b->leistung_belastung ? "monatliche Belastung" : "Bruttokaltmiete (Miete mit Nebenkosten, ohne Heizung)",
                           bs_euro(e1, w->cent));
        else
            text = bs_text(b, "%s %s %s Euro%s, besteht nach diesen Angaben ein Anspruch (%s).", w->ab ? "Beträgt" : "Beträgt höchstens",
                           worte, bs_euro(e1, w->cent), monat ? " im Monat" : "", w->ab ? "mindestens" : "höchstens");
        x->schwellen[x->anzahl_schwellen++] = (bs_schwelle){bs_kopie(b, w->feld), text, w->ab, w->cent};
    }
    if (s->hat_einkommen_bis)
        x->schwellen[x->anzahl_schwellen++] = (bs_schwelle){
            "einkommen_bis", /* the screening's einkommen_bis: the largest monthly Gesamteinkommen with a claim */
            bs_text(b, "Solange das monatliche Gesamteinkommen Ihres Haushalts %s Euro nicht übersteigt, besteht nach diesen "
                       "Angaben ein Anspruch.", bs_euro(e1, s->einkommen_bis_cent)),
            false, s->einkommen_bis_cent};
    for (size_t i = 0; i < x->anzahl_schwellen; i++) bs_absatz(b, x, i ? "" : "Ab wann sich ein Antrag lohnt", "", "%s", x->schwellen[i].text);
    const long wochen = bs_k_zahl_vorgabe(b, x, "einladung.frist_wochen", 0);
    if (wochen > 0)
        bs_absatz(b, x, "So beantragen Sie Wohngeld", "§ 22 Abs. 1, § 25 Abs. 2 WoGG, § 16 SGB I",
                  "Wohngeld wird nur auf Antrag gezahlt, frühestens ab dem Monat, in dem der Antrag bei uns eingeht. Stellen Sie "
                  "ihn deshalb bald, möglichst bis zum %s; ein formloser Antrag genügt zunächst, die Unterlagen können Sie "
                  "nachreichen.", bs_datum_text(d1, bs_tage_plus(datum, (int)wochen * 7)));
    else
        bs_absatz(b, x, "So beantragen Sie Wohngeld", "§ 22 Abs. 1, § 25 Abs. 2 WoGG, § 16 SGB I",
                  "Wohngeld wird nur auf Antrag gezahlt, frühestens ab dem Monat, in dem der Antrag bei uns eingeht. Stellen Sie "
                  "ihn deshalb bald; ein formloser Antrag genügt zunächst, die Unterlagen können Sie nachreichen.");
    x->fehlt = bs_neu(b, (s->anzahl_fehlt + 1) * sizeof *x->fehlt);
    if (!x->fehlt) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    for (size_t i = 0; i < s->anzahl_fehlt; i++)
        x->fehlt[x->anzahl_fehlt++] = (bs_fehlt){bs_kopie(b, s->fehlt[i]), unterlage(b, x, s->fehlt[i])};
    if (x->anzahl_fehlt) {
        char liste[2048] = "";
        for (size_t i = 0; i < x->anzahl_fehlt; i++) {
            const size_t l = strlen(liste);
            snprintf(liste + l, sizeof liste - l, "%s%s", i ? "; " : "", x->fehlt[i].unterlage);
        }
        bs_absatz(b, x, "Welche Angaben uns fehlen", "§ 60 SGB I", "Bitte fügen Sie dem Antrag bei: %s.", liste);
    }
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(s->ergebnis_max); i++)
        if (strcmp(wg_ergebnis_hinweis_code(s->ergebnis_max, i), "einkommen_unter_bedarf") == 0)
            bs_absatz(b, x, "Bürgergeld oder Grundsicherung", "§§ 14, 15 SGB I, §§ 7, 8 WoGG",
                      "Nach unseren Angaben könnte das Einkommen Ihres Haushalts auch mit Wohngeld unter dem Bedarf liegen. Dann "
                      "kann Bürgergeld oder Grundsicherung günstiger sein; beides schließt Wohngeld aus. Wir beraten Sie gern.");
    /* Art. 14 DSGVO: data not collected from the person */
    const j_wert *q = bs_k_wert(b->k, "einladung.quellen");
    char quellen[2048] = "";
    if (q)
        for (const j_wert *z = q->erstes; z; z = z->naechstes) {
            const j_wert *name = j_feld(z, "name"), *grund = j_feld(z, "grundlage");
            const size_t l = strlen(quellen);
            snprintf(quellen + l, sizeof quellen - l, "%s%s (%s)", l ? ", " : "", name && name->typ == J_TEXT ? name->s : "?",
                     grund && grund->typ == J_TEXT ? grund->s : "?");
        }
    bs_k_benutzt(x, "einladung.quellen");
    if ((!q || !quellen[0]) && !b->k_fehlt) b->k_fehlt = "einladung.quellen";
    const char *dauer = bs_k_muss(b, x, "einladung.speicherdauer");
    const char *dsb = bs_k_muss(b, x, "einladung.datenschutzbeauftragter");
    const char *aufsicht = bs_k_muss(b, x, "einladung.aufsichtsbehoerde");
    bs_absatz(b, x, "Ihre Daten", "Art. 14 DSGVO, § 82a SGB X",
              "Für dieses Schreiben haben wir Angaben aus folgenden Quellen verwendet: %s. Verantwortlich ist %s. %s Sie haben das "
              "Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Widerspruch. Unseren "
              "Datenschutzbeauftragten erreichen Sie: %s. Beschweren können Sie sich bei: %s.",
              quellen, wg_behoerde_name(b->k), dauer, dsb, aufsicht);
    bs_gemeinsam(b, x);
    return WG_OK;
}
