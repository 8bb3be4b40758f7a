/*
 * bescheid_haushalt.c — the decision on an application from a complete household record: a
 * Bewilligung (a Tenor line per section where the amount or the law changes, months refused
 * "im Übrigen"), an Ablehnung with its reason, or the reasons a person must decide (§ 31a SGB X).
 * Every number comes from wg_berechnen: the Bewilligungszeitraum month by month, the derivation of
 * each section, the basis of § 24 Abs. 3 and the reporting limits (wg_ergebnis_bezug).
 *
 * Exports (bescheid_intern.h): bs_haushalt, bs_pflichten (also for § 27 Abs. 1 awards of a case).
 */
#include "bescheid_intern.h"
#include "wohngeld_fall.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *mitglied_name(wg_bescheide *b, const wg_mitglied *m, size_t i)
{
    return m->id && m->id[0] ? bs_kopie(b, m->id) : bs_text(b, "Mitglied %zu", i + 1);
}

/* The counted members by name, "a, b und c". */
static const char *gezaehlte(wg_bescheide *b, const wg_haushalt *h)
{
    char buf[1024];
    const char **namen = bs_neu(b, (h->anzahl_mitglieder + 1) * sizeof *namen);
    if (!namen) return "";
    size_t n = 0;
    for (size_t i = 0; i < h->anzahl_mitglieder; i++)
        if (h->mitglieder[i].zu_beruecksichtigen) namen[n++] = mitglied_name(b, &h->mitglieder[i], i);
    return bs_kopie(b, bs_aufzaehlung(buf, sizeof buf, namen, n));
}

/* The basis (§ 24 Abs. 3 Satz 1) and the duties to report (§ 27 Abs. 3, 4, § 28 Abs. 1 Satz 2,
 * Abs. 4) in the numbers of the printed basis. r: a full result of the Bescheid's household. */
void bs_pflichten(wg_bescheide *b, bs_brief *x, const wg_ergebnis *r, const wg_haushalt *h)
{
    wg_bezug z;
    if (wg_ergebnis_bezug(r, &z) != WG_OK) return;
    char e1[40], e2[40], e3[40], e4[40];
    const bool last = h->hat_wohnkosten && h->wohnkosten_art == WG_BELASTUNG;
    x->bezug = true;
    x->miete_gesetzt = z.miete_gesetzt;
    x->einkuenfte_gesetzt = z.einkuenfte_gesetzt;
    x->miete_monat = z.miete_monat_cent;
    x->miete_unter = z.miete_unter_cent;
    x->einkuenfte_monat = z.einkuenfte_monat_cent;
    x->einkuenfte_ueber = z.einkuenfte_ueber_cent;
    x->prozent = z.prozent;
    bs_absatz(b, x, "Grundlagen der Bewilligung", "§ 24 Abs. 3 Satz 1 WoGG",
              "Dieser Bewilligung liegen zugrunde: %s von monatlich %s Euro und eine Summe der monatlichen positiven "
              "Einkünfte und Einnahmen der zu berücksichtigenden Haushaltsmitglieder (%s) von %s Euro.",
              last ? "eine Belastung" : "eine Miete", bs_euro(e1, z.miete_monat_cent), gezaehlte(b, h),
              bs_euro(e2, z.einkuenfte_monat_cent));
    const long vb = bs_k_zahl_vorgabe(b, x, "voruebergehend_bis_monate", 2);
    bs_absatz(b, x, "Ihre Pflicht, Änderungen mitzuteilen", "§ 27 Abs. 3 WoGG",
              "Teilen Sie uns unverzüglich mit, wenn während des Bewilligungszeitraums nicht nur vorübergehend "
              "(1) die Zahl der zu berücksichtigenden Haushaltsmitglieder sinkt oder ein ausgeschlossenes Mitglied "
              "hinzukommt, (2) %s auf %s Euro oder weniger sinkt (mehr als %d %% unter %s Euro) oder (3) die Summe "
              "der monatlichen positiven Einkünfte und Einnahmen auf %s Euro oder mehr steigt (mehr als %d %% über %s "
              "Euro). Als nur vorübergehend sehen wir eine Änderung an, die nicht länger als %ld Monate dauert.",
              last ? "die monatliche Belastung" : "die monatliche Miete", bs_euro(e3, z.miete_unter_cent), z.prozent,
              bs_euro(e1, z.miete_monat_cent), bs_euro(e4, z.einkuenfte_ueber_cent), z.prozent,
              bs_euro(e2, z.einkuenfte_monat_cent), vb);
    bs_absatz(b, x, "", "§ 27 Abs. 4, § 28 Abs. 1 Satz 2, Abs. 4 WoGG",
              "Teilen Sie uns außerdem unverzüglich mit, wenn die Wohnung von keinem zu berücksichtigenden "
              "Haushaltsmitglied mehr genutzt wird, und wenn ein Haushaltsmitglied Bürgergeld, Sozialhilfe oder eine "
              "andere Leistung nach § 7 Abs. 1 WoGG beantragt oder erhält. Die Haushaltsmitglieder müssen Ihnen die "
              "Änderungen mitteilen, die sie betreffen.");
}

/* the notices every award carries */
static void hinweise_bewilligung(wg_bescheide *b, bs_brief *x, wg_datum ende, bool rechtsaenderung, wg_datum aenderung_ab,
                                 const char *quelle)
{
    char d1[16], d2[16];
    /* § 22 Abs. 4: an application earlier than two months before the end counts as filed on
     * the 1st of the second month before it */
    const wg_datum neu = bs_tage_plus(ende, 1);       /* the next BWZ begins the day after */
    const wg_datum frueh = wg_weiterleistungsantrag_gilt((wg_datum){1, 1, 1}, neu.jahr, neu.monat);
    bs_absatz(b, x, "Weiterleistung", "§ 22 Abs. 4, § 24 Abs. 3 Satz 2 WoGG",
              "Für die Zeit nach dem %s wird Wohngeld nur auf einen neuen Antrag gezahlt. Ein Antrag, der früher als zwei "
              "Monate vor diesem Tag gestellt wird, gilt als am %s gestellt.",
              bs_datum_text(d1, ende), bs_datum_text(d2, frueh));
    bs_absatz(b, x, "Änderung ohne Ihr Zutun", "§§ 27, 28 WoGG",
              "Das Wohngeld kann sich auch ohne eine Verletzung Ihrer Mitteilungspflichten ändern oder wegfallen, wenn sich "
              "die Verhältnisse ändern, auf denen diese Bewilligung beruht.");
    if (rechtsaenderung)
        bs_absatz(b, x, "Rechtsänderung", "§ 42a Abs. 1 Satz 7, §§ 42b–42d Abs. 4, § 44 Abs. 4 WoGG",
                  "Ab dem %s ist das Wohngeld nach dem dann geltenden Recht (%s) berechnet. Führt eine Rechtsänderung zu einer "
                  "Neuberechnung, können Entscheidungen nach §§ 27 und 28 WoGG auch für einen früheren Zeitpunkt folgen.",
                  bs_datum_text(d1, aenderung_ab), quelle);
    bs_absatz(b, x, "Datenabgleich und Statistik", "§§ 33, 34, 35 WoGG",
              "Ihre Angaben können regelmäßig im automatisierten Datenabgleich mit anderen Stellen überprüft werden "
              "(§ 33 WoGG). Für die Wohngeldstatistik werden Angaben aus diesem Verfahren ohne Namen verwendet (§§ 34, 35 WoGG).");
    bs_absatz(b, x, "Bußgeld", "§ 37 WoGG",
              "Wer eine Änderung vorsätzlich oder leichtfertig nicht, nicht richtig, nicht vollständig oder nicht rechtzeitig "
              "mitteilt, handelt ordnungswidrig; die Ordnungswidrigkeit kann mit einer Geldbuße geahndet werden.");
}

static void aussteuern(wg_bescheide *b, bs_brief **x, const char *code, const char *norm, const char *text)
{
    if (!*x) *x = bs_brief_neu(b, WG_BESCHEID_AUSSTEUERUNG);
    if (!*x) return;
    if (!(*x)->gruende) (*x)->gruende = bs_neu(b, 32 * sizeof *(*x)->gruende);
    if (!(*x)->gruende || (*x)->anzahl_gruende >= 32) return;
    for (size_t i = 0; i < (*x)->anzahl_gruende; i++)
        if (strcmp((*x)->gruende[i].code, code) == 0) return;
    (*x)->gruende[(*x)->anzahl_gruende++] = (bs_grund){bs_kopie(b, code), bs_kopie(b, norm), bs_kopie(b, text)};
}

/* The norm of a household hint that a person must look at before a decision (§ 31a Satz 1 SGB X). */
static const char *hinweis_norm(const char *code)
{
    static const struct { const char *code, *norm; } t[] = {
        {"einkommen_unter_bedarf", "§ 15 WoGG, §§ 7, 8 WoGG"}, {"miete_null", "§ 9 WoGG"},
        {"miete_ungewoehnlich_hoch", "§ 9 WoGG"}, {"kind_ohne_alter", "§ 17 Nr. 4 WoGG"}, {"einkommen_fehlt", "§§ 14, 15 WoGG"},
        {"rechtsstand_ungesichert", "§ 31a SGB X"}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(t[i].code, code) == 0) return t[i].norm;
    return NULL;
}

static wg_datum monat_anfang(int j, int m) { return (wg_datum){j, m, 1}; }

static const char *grund_norm(wg_grund g)
{
    switch (g) {
    case WG_GRUND_UNTER_MINDESTBETRAG: return "§ 21 Nr. 1 WoGG";
    case WG_GRUND_ALLE_AUSGESCHLOSSEN: return "§ 21 Nr. 2, §§ 7, 8 Abs. 1 WoGG";
    case WG_GRUND_VERMOEGEN: return "§ 21 Nr. 3 WoGG";
    case WG_GRUND_AUSBILDUNGSFOERDERUNG: return "§ 20 Abs. 2 WoGG";
    case WG_GRUND_KEINER: break;
    }
    return "";
}

/* The reasons of a refusal, stated with the numbers of the month's result r (§ 35 SGB X). */
static void ablehnungsgruende(wg_bescheide *b, bs_brief *x, const wg_haushalt *h, const wg_ergebnis *r, wg_datum ab)
{
    char d1[16];
    const wg_grund g = wg_ergebnis_grund(r);
    if (g == WG_GRUND_UNTER_MINDESTBETRAG) {
        const char *w = wg_ergebnis_wert(r, WG_W_WOHNGELD_GERUNDET), *s = wg_ergebnis_wert(r, WG_W_SCHWELLE);
        char wt[48], st[48];
        snprintf(wt, sizeof wt, "%s", w ? w : "0");
        snprintf(st, sizeof st, "%s", s ? s : "10");
        /* whole euros without decimals, as the law writes them ("10 Euro") */
        for (char *t = wt, *q; t; t = t == wt ? st : NULL)
            if ((q = strchr(t, '.')) != NULL && strspn(q + 1, "0") == strlen(q + 1)) *q = '\0';
        bs_dezimalkomma(wt);
        bs_dezimalkomma(st);
        bs_absatz(b, x, "Gründe", "§ 21 Nr. 1 WoGG",
                  "Ab dem %s ergibt die Berechnung (Anlage) ein Wohngeld von %s Euro monatlich. Wohngeld wird nicht "
                  "geleistet, wenn es weniger als %s Euro monatlich betragen würde.",
                  bs_datum_text(d1, ab), wt, st);
    } else if (g == WG_GRUND_ALLE_AUSGESCHLOSSEN) {
        char liste[1024] = "";
        for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
            const wg_mitglied *m = &h->mitglieder[i];
            if (m->zu_beruecksichtigen) continue;
            const size_t l = strlen(liste);
            snprintf(liste + l, sizeof liste - l, "%s%s (%s)", l ? "; " : "", mitglied_name(b, m, i),
                     m->ausschlussgrund ? m->ausschlussgrund : "");
        }
        bs_absatz(b, x, "Gründe", "§ 21 Nr. 2, §§ 7, 8 Abs. 1 WoGG",
                  "Ab dem %s sind alle Haushaltsmitglieder vom Wohngeld ausgeschlossen, weil sie eine Leistung nach § 7 "
                  "Abs. 1 WoGG erhalten oder bei ihr berücksichtigt werden: %s. Ein Anspruch besteht deshalb nicht.",
                  bs_datum_text(d1, ab), liste);
        bs_absatz(b, x, "Hinweis", "§ 25 Abs. 3 WoGG",
                  "Wird die genannte Leistung abgelehnt oder entzogen, kann Wohngeld auch rückwirkend ab dem Monat bewilligt "
                  "werden, von dem an sie nicht mehr gezahlt wird, wenn der Wohngeldantrag bis zum Ende des Monats nach dem "
                  "Monat gestellt wird, in dem Sie davon erfahren haben.");
    } else if (g == WG_GRUND_AUSBILDUNGSFOERDERUNG) {
        char liste[1024] = "";
        for (size_t i = 0; i < h->anzahl_mitglieder; i++) {
            const wg_mitglied *m = &h->mitglieder[i];
            if (!m->ausbildungsfoerderung_dem_grunde_nach) continue;
            const size_t l = strlen(liste);
            snprintf(liste + l, sizeof liste - l, "%s%s", l ? ", " : "", mitglied_name(b, m, i));
        }
        bs_absatz(b, x, "Gründe", "§ 20 Abs. 2 WoGG",
                  "Ab dem %s haben alle Haushaltsmitglieder dem Grunde nach Anspruch auf Leistungen der Ausbildungsförderung "
                  "(BAföG oder Berufsausbildungsbeihilfe): %s. Wohngeld ist in diesem Fall ausgeschlossen.",
                  bs_datum_text(d1, ab), liste);
    }
}

/* The derivation of one section: the household on the section's first day (into b->r2). */
static wg_status abschnitt_rechnen(wg_bescheide *b, const wg_engine *e, const wg_haushalt *h, wg_datum von)
{
    wg_haushalt hs = *h;
    hs.hat_zeitraum = false;
    hs.stichtag = von;
    const wg_status st = wg_berechnen(e, &hs, b->r2, 0);
    return st == WG_OK ? WG_OK : bs_fehl(b, st, "", "Herleitung eines Abschnitts: %s", wg_status_text(st));
}

/* The refused runs: their reasons with the month's numbers and their calculation as annex. */
static wg_status abgelehnte_abschnitte(wg_bescheide *b, const wg_engine *e, bs_brief *x, const wg_haushalt *h, bool im_uebrigen)
{
    char d1[16];
    for (size_t i = 0; i < x->anzahl_abgelehnt; i++) {
        const wg_status st = abschnitt_rechnen(b, e, h, x->abgelehnt[i].von);
        if (st != WG_OK) return st;
        ablehnungsgruende(b, x, h, b->r2, x->abgelehnt[i].von);
        bs_anlage_aus_ergebnis(b, x, bs_text(b, "Berechnung ab %s%s", bs_datum_text(d1, x->abgelehnt[i].von), im_uebrigen ? " (abgelehnt)" : ""),
                               b->r2);
    }
    return WG_OK;
}

wg_status bs_haushalt(wg_bescheide *b, const wg_engine *e, const wg_haushalt *h_in, wg_datum datum)
{
    char d1[16], d2[16];
    wg_haushalt h = *h_in;
    b->leistung_belastung = h.hat_wohnkosten && h.wohnkosten_art == WG_BELASTUNG;
    const char *leistung = b->leistung_belastung ? "Lastenzuschuss" : "Mietzuschuss";
    bs_brief *aus = NULL; /* the Aussteuerung, when a reason appears */
    /* the Bewilligungszeitraum: the record's zeitraum, else from the Stichtag's month for the
     * authority's usual length (§ 25 Abs. 1: usually 12 months) */
    long bwz = 12;
    const bool bwz_k = bs_k_zahl(b->k, "bewilligungszeitraum.monate", &bwz);
    if (!h.hat_zeitraum) {
        h.hat_zeitraum = true;
        h.von_jahr = h.stichtag.jahr;
        h.von_monat = h.stichtag.monat;
        const int ende = h.von_jahr * 12 + h.von_monat - 1 + (int)bwz - 1;
        h.bis_jahr = ende / 12;
        h.bis_monat = ende % 12 + 1;
    }
    const int monate = (h.bis_jahr * 12 + h.bis_monat) - (h.von_jahr * 12 + h.von_monat) + 1;
    const wg_status gerechnet = wg_berechnen(e, &h, b->r, 0);
    if (gerechnet != WG_OK) {
        const wg_fehler *rf = wg_ergebnis_fehler(b->r);
        if (rf) b->fehler = *rf;
        b->fehler.code = gerechnet;
        return gerechnet;
    }
    const wg_ergebnis *r = b->r;
    /* a draft law is never decided on */
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(r); i++) {
        const wg_rechtsstand_info *rs = wg_engine_rechtsstand(e, wg_ergebnis_monat(r, i)->rechtsstand);
        if (rs && rs->szenario) {
            bs_brief *x = bs_brief_neu(b, WG_BESCHEID_KEINER);
            if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
            x->datum = datum;
            bs_absatz(b, x, "Kein Bescheid", "Art. 20 Abs. 3 GG",
                      "Der Datensatz wurde nach dem Entwurf %s berechnet, der nicht geltendes Recht ist; darauf ergeht kein "
                      "Bescheid.", rs->id);
            bs_gemeinsam(b, x);
            return WG_OK;
        }
    }
    /* the reasons a person must decide (§ 31a SGB X; docs/bescheide.md § 6): the plausibility
     * hints — except for a refusal by law alone (§ 20 Abs. 2, § 21 Nr. 2 in every month), which
     * reads neither income nor rent */
    bool nur_ausschluss = true;
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(r); i++) {
        const wg_monat *m = wg_ergebnis_monat(r, i);
        nur_ausschluss &= !m->anspruch && (m->grund == WG_GRUND_ALLE_AUSGESCHLOSSEN || m->grund == WG_GRUND_AUSBILDUNGSFOERDERUNG);
    }
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++) {
        const wg_hinweis *hw = wg_ergebnis_hinweis(r, i);
        const char *norm = hinweis_norm(hw->code);
        if (norm && (!nur_ausschluss || strcmp(hw->code, "rechtsstand_ungesichert") == 0)) aussteuern(b, &aus, hw->code, norm, hw->text);
    }
    bool anspruch = false;
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(r); i++) {
        const wg_monat *m = wg_ergebnis_monat(r, i);
        anspruch |= m->anspruch;
        if (m->grund == WG_GRUND_VERMOEGEN)
            aussteuern(b, &aus, "vermoegen", "§ 21 Nr. 3 WoGG",
                       "Ob die Inanspruchnahme wegen erheblichen Vermögens missbräuchlich wäre, ist eine Wertung im Einzelfall.");
        if (m->grund == WG_GRUND_ALLE_AUSGESCHLOSSEN)
            for (size_t k = 0; k < h.anzahl_mitglieder; k++)
                if (!h.mitglieder[k].zu_beruecksichtigen && !(h.mitglieder[k].ausschlussgrund && h.mitglieder[k].ausschlussgrund[0]))
                    aussteuern(b, &aus, "ausschluss_unbelegt", "§§ 7, 8 WoGG",
                               "Ein ausgeschlossenes Mitglied hat keinen Ausschlussgrund; die Ablehnung muss die Leistung nennen.");
    }
    {
        bool erlaubt = monate == (int)bwz;
        const j_wert *liste = bs_k_wert(b->k, "bewilligungszeitraum.erlaubt");
        if (liste)
            for (const j_wert *z = liste->erstes; z; z = z->naechstes) erlaubt |= atoi(z->s) == monate;
        if (anspruch && !erlaubt)
            aussteuern(b, &aus, "bwz_laenge", "§ 25 Abs. 1 WoGG",
                       bs_text(b, "Ein Bewilligungszeitraum von %d Monaten weicht von der Regel ab (Ermessen).", monate));
    }
    wg_bezug z;
    if (anspruch && (wg_ergebnis_bezug(r, &z) != WG_OK || !z.einkuenfte_gesetzt || !z.miete_gesetzt))
        aussteuern(b, &aus, "bezug_unbekannt", "§ 24 Abs. 3 WoGG",
                   "Der Bescheid muss die Summe der positiven Einkünfte und Einnahmen vor § 16 WoGG nennen; der Datensatz gibt "
                   "nur ein fertiges Jahres- oder Gesamteinkommen.");
    if (aus) {
        aus->datum = datum;
        bs_absatz(b, aus, "Entscheidung durch einen Menschen", "§ 31a SGB X",
                  "Der Antrag (%s, %s bis %s) ist nicht vollautomatisch zu entscheiden; die Gründe stehen unter "
                  "\"aussteuerung\".", leistung, bs_datum_text(d1, monat_anfang(h.von_jahr, h.von_monat)),
                  bs_datum_text(d2, bs_monatsende(h.bis_jahr, h.bis_monat)));
        bs_gemeinsam(b, aus);
        return WG_OK;
    }

    const size_t na = wg_ergebnis_anzahl_monate(r);
    bs_brief *x = bs_brief_neu(b, anspruch ? WG_BESCHEID_BEWILLIGUNG : WG_BESCHEID_ABLEHNUNG);
    if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    x->datum = datum;
    x->belehrung = true;
    if (bwz_k && !h_in->hat_zeitraum) bs_k_benutzt(x, "bewilligungszeitraum.monate");
    /* at most one Tenor line and one refused run per month */
    x->tenor = bs_neu(b, (na ? na : 1) * sizeof *x->tenor);
    x->abgelehnt = bs_neu(b, (na ? na : 1) * sizeof *x->abgelehnt);
    if (!x->tenor || !x->abgelehnt) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    /* a Tenor line per run of equal amount and law with a claim: the result's abschnitte (an
     * amount is positive exactly when the month has a claim) */
    for (size_t i = 0; i < wg_ergebnis_anzahl_abschnitte(r); i++) {
        const wg_abschnitt *a = wg_ergebnis_abschnitt(r, i);
        if (a->wohngeld_monat > 0)
            x->tenor[x->info.anzahl_tenor++] = (wg_tenor_zeile){monat_anfang(a->von_jahr, a->von_monat),
                                                                 bs_monatsende(a->bis_jahr, a->bis_monat), a->wohngeld_monat,
                                                                 bs_kopie(b, a->rechtsstand)};
    }
    /* a refused run per run of equal reason */
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(r); i++) {
        const wg_monat *m = wg_ergebnis_monat(r, i);
        const wg_datum von = monat_anfang(m->jahr, m->monat), bis = bs_monatsende(m->jahr, m->monat);
        if (!m->anspruch) {
            bs_abgelehnt *a = x->anzahl_abgelehnt ? &x->abgelehnt[x->anzahl_abgelehnt - 1] : NULL;
            const char *g = wg_grund_code(m->grund);
            if (a && strcmp(a->grund, g) == 0 && bs_datum_vergleich(bs_tage_plus(a->bis, 1), von) == 0) {
                a->bis = bis;
            } else {
                x->abgelehnt[x->anzahl_abgelehnt++] = (bs_abgelehnt){von, bis, g, grund_norm(m->grund)};
            }
        }
    }
    const wg_datum beginn = monat_anfang(h.von_jahr, h.von_monat), ende = bs_monatsende(h.bis_jahr, h.bis_monat);
    if (anspruch) {
        x->betreff = bs_text(b, "Bewilligung von Wohngeld (%s)", leistung);
        x->tenor_text = bs_text(b, "Ihnen wird auf Ihren Antrag Wohngeld als %s bewilligt (§§ 24, 25 WoGG):%s", leistung,
                                bs_tenor_zeilen(b, x->tenor, x->info.anzahl_tenor));
        if (x->anzahl_abgelehnt) {
            char monate_txt[2048] = "";
            for (size_t i = 0; i < x->anzahl_abgelehnt; i++) {
                const size_t l = strlen(monate_txt);
                snprintf(monate_txt + l, sizeof monate_txt - l, "%s%s bis %s (%s)", i ? "; " : "",
                         bs_datum_text(d1, x->abgelehnt[i].von), bs_datum_text(d2, x->abgelehnt[i].bis), x->abgelehnt[i].norm);
            }
            x->tenor_text = bs_text(b, "%s Im Übrigen wird der Antrag abgelehnt: %s.", x->tenor_text, monate_txt);
        }
        /* the calculation of each section (§ 35 Abs. 1 SGB X), each checked against its Tenor line */
        for (size_t i = 0; i < x->info.anzahl_tenor; i++) {
            const wg_status st = abschnitt_rechnen(b, e, &h, x->tenor[i].von);
            if (st != WG_OK) return st;
            if (wg_ergebnis_wohngeld_monat(b->r2) != x->tenor[i].wohngeld_monat)
                return bs_fehl(b, WG_E_ARGUMENT, "", "die Herleitung eines Abschnitts weicht von seinem Betrag ab");
            bs_anlage_aus_ergebnis(b, x, bs_text(b, "Berechnung des Wohngeldes ab %s", bs_datum_text(d1, x->tenor[i].von)), b->r2);
        }
        const wg_status st = abgelehnte_abschnitte(b, e, x, &h, true);
        if (st != WG_OK) return st;
        bs_absatz(b, x, "Zahlung", "§ 26 Abs. 1 WoGG",
                  "Das Wohngeld wird monatlich im Voraus an Sie als wohngeldberechtigte Person gezahlt.");
        /* § 24 Abs. 4: the self-employed's tax assessments, where the authority asks for them */
        bool selbst = false;
        for (size_t i = 0; i < h.anzahl_mitglieder; i++)
            for (size_t j = 0; h.mitglieder[i].zu_beruecksichtigen && j < h.mitglieder[i].anzahl_einkommen; j++) {
                const wg_einkommensart a = h.mitglieder[i].einkommen[j].art;
                selbst |= a == WG_ART_SELBSTAENDIG || a == WG_ART_GEWERBE || a == WG_ART_LAND_FORST;
            }
        if (selbst && bs_k_wahr(b->k, "auflage_24_4", false)) {
            bs_k_benutzt(x, "auflage_24_4");
            bs_absatz(b, x, "Auflage", "§ 24 Abs. 4 WoGG",
                      "Das Einkommen aus selbständiger Tätigkeit, Gewerbebetrieb oder Land- und Forstwirtschaft ist geschätzt. "
                      "Legen Sie uns die Steuerbescheide für die Jahre des Bewilligungszeitraums vor, sobald Sie sie erhalten.");
        }
        bs_pflichten(b, x, r, &h);
        bool aenderung = false;
        wg_datum ab = beginn;
        const char *quelle = "";
        for (size_t i = 1; i < x->info.anzahl_tenor && !aenderung; i++)
            if (strcmp(x->tenor[i].rechtsstand, x->tenor[i - 1].rechtsstand) != 0) {
                aenderung = true;
                ab = x->tenor[i].von;
                const wg_rechtsstand_info *rs = wg_engine_rechtsstand(e, x->tenor[i].rechtsstand);
                quelle = rs ? bs_text(b, "%s, %s", rs->name, rs->quelle) : x->tenor[i].rechtsstand;
            }
        hinweise_bewilligung(b, x, ende, aenderung, ab, quelle);
    } else {
        x->betreff = bs_text(b, "Ablehnung Ihres Antrags auf Wohngeld (%s)", leistung);
        x->tenor_text = bs_text(b, "Ihr Antrag auf Wohngeld als %s für die Zeit vom %s bis %s wird abgelehnt.", leistung,
                                bs_datum_text(d1, beginn), bs_datum_text(d2, ende));
        const wg_status st = abgelehnte_abschnitte(b, e, x, &h, false);
        if (st != WG_OK) return st;
    }
    bs_gemeinsam(b, x);
    return WG_OK;
}
