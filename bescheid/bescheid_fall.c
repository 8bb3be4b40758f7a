/*
 * bescheid_fall.c — the letters of a running case (docs/bescheide.md §§ 3, 4, 6): for each
 * decision of wg_fall_rechnen an Änderung, Aufhebung (§ 27 Abs. 2, § 28) or Bewilligung (§ 27 Abs. 1)
 * with its months, amounts and Erstattung per month (§ 50 SGB X), one Anhörung (§ 24 SGB X) before
 * the adverse ones — which then follow as nach_anhoerung — or, where the case has reasons for a
 * person (§ 31a SGB X), the Aussteuerung. Every number is the case result's.
 *
 * Exports (bescheid_intern.h): bs_fall.
 */
#include "bescheid_intern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int mi(int j, int m) { return j * 12 + m - 1; }

static bool ist_regel(const char *regel, const char *anfang) { return strncmp(regel, anfang, strlen(anfang)) == 0; }

static wg_bescheid_art art_von(const wg_fall_entscheidung *x)
{
    if (ist_regel(x->regel, "§ 27 Abs. 1")) return WG_BESCHEID_BEWILLIGUNG;
    if (ist_regel(x->regel, "§ 28") || x->neu == 0) return WG_BESCHEID_AUFHEBUNG;
    return WG_BESCHEID_AENDERUNG;
}

static bool nachteilig(const wg_fall_entscheidung *x) { return x->neu < x->alt || x->ueberzahlung > 0; }

/* A recomputation on a law change (§§ 42a–44) that brings no higher amount keeps the old one
 * (§§ 42b–42d Abs. 2): no Bescheid, a note in the file (docs/bescheide.md § 8). */
static bool ohne_brief(const wg_fall_entscheidung *x) { return x->verlauf < 0 && x->neu <= x->alt; }

/* the months a decision governs: from its effect to the next decision's (or the BWZ end) */
static void bereich(const wg_fall_ergebnis *fr, size_t i, size_t *von, size_t *bis)
{
    const wg_fall_entscheidung *x = wg_fall_ergebnis_entscheidung(fr, i);
    const int a = mi(x->wirksam.jahr, x->wirksam.monat);
    int ende = 1 << 30;
    for (size_t k = 0; k < wg_fall_ergebnis_anzahl_entscheidungen(fr); k++) {
        const wg_fall_entscheidung *y = wg_fall_ergebnis_entscheidung(fr, k);
        const int w = mi(y->wirksam.jahr, y->wirksam.monat);
        if (k != i && w > a && w < ende) ende = w;
    }
    *von = *bis = 0;
    const size_t n = wg_fall_ergebnis_anzahl_monate(fr);
    bool start = false;
    for (size_t k = 0; k < n; k++) {
        const wg_fall_monat *m = wg_fall_ergebnis_monat(fr, k);
        const int t = mi(m->jahr, m->monat);
        if (t >= a && t < ende) {
            if (!start) *von = k;
            start = true;
            *bis = k + 1;
        }
    }
}

static const char *vergleich_text(wg_bescheide *b, const char *was, const wg_fall_vergleich *v)
{
    if (!v->gesetzt) return "";
    char alt[48], neu[48];
    snprintf(alt, sizeof alt, "%s", v->alt);
    snprintf(neu, sizeof neu, "%s", v->neu);
    bs_dezimalkomma(alt);
    bs_dezimalkomma(neu);
    if (v->prozent) {
        char pr[24];
        snprintf(pr, sizeof pr, "%s", v->prozent);
        return bs_text(b, " %s: bisher %s Euro, jetzt %s Euro (%s %%).", was, alt, neu, bs_dezimalkomma(pr));
    }
    return bs_text(b, " %s: bisher %s Euro, jetzt %s Euro.", was, alt, neu);
}

/* One decision's letter: Tenor, reasons, Erstattung per month, annex. */
static wg_status entscheidung_brief(wg_bescheide *b, const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, size_t i,
                                    bs_brief *x, bool nach_anhoerung)
{
    char d1[16], d2[16], d3[16], e1[40], e2[40];
    const wg_fall_entscheidung *ent = wg_fall_ergebnis_entscheidung(fr, i);
    const char *leistung = b->leistung_belastung ? "Lastenzuschuss" : "Mietzuschuss";
    x->info.nach_anhoerung = nach_anhoerung;
    x->belehrung = true;
    x->hat_wirksam = true;
    x->wirksam = ent->wirksam;
    x->rechtsweg = bs_kopie(b, ent->rechtsweg);
    size_t k0, k1;
    bereich(fr, i, &k0, &k1);
    x->tenor = bs_neu(b, (k1 - k0 + 1) * sizeof *x->tenor);
    if (!x->tenor) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    for (size_t k = k0; k < k1; k++) {
        const wg_fall_monat *m = wg_fall_ergebnis_monat(fr, k);
        const wg_datum von = {m->jahr, m->monat, 1}, bis = bs_monatsende(m->jahr, m->monat);
        wg_tenor_zeile *t = x->info.anzahl_tenor ? &x->tenor[x->info.anzahl_tenor - 1] : NULL;
        if (t && t->wohngeld_monat == m->zusteht && strcmp(t->rechtsstand, m->rechtsstand ? m->rechtsstand : "") == 0)
            t->bis = bis;
        else
            x->tenor[x->info.anzahl_tenor++] = (wg_tenor_zeile){von, bis, m->zusteht, bs_kopie(b, m->rechtsstand ? m->rechtsstand : "")};
    }
    /* the first line begins on the day the decision takes effect */
    if (x->info.anzahl_tenor) x->tenor[0].von = ent->wirksam;
    const char *zeilen = bs_tenor_zeilen(b, x->tenor, x->info.anzahl_tenor);
    const wg_datum bwz_von = {f->von_jahr, f->von_monat, 1}, bwz_bis = bs_monatsende(f->bis_jahr, f->bis_monat);
    const char *bescheid = f->hat_bescheid_am ? bs_text(b, "vom %s", bs_datum_text(d3, f->bescheid_am)) : "";
    const char *bezug = bs_text(b, "Der Bescheid %s%süber Wohngeld (%s) für die Zeit vom %s bis %s", bescheid, bescheid[0] ? " " : "",
                                leistung, bs_datum_text(d1, bwz_von), bs_datum_text(d2, bwz_bis));
    switch (x->info.art) {
    case WG_BESCHEID_BEWILLIGUNG:
        x->betreff = bs_text(b, "Bewilligung eines höheren Wohngeldes (%s)", leistung);
        x->tenor_text = bs_text(b, "Auf Ihren Antrag wird Ihnen ab dem %s ein höheres Wohngeld bewilligt (%s WoGG):%s",
                                bs_datum_text(d1, ent->wirksam), ent->regel, zeilen);
        break;
    case WG_BESCHEID_AUFHEBUNG:
        if (ist_regel(ent->regel, "§ 28")) {
            x->betreff = "Feststellung: Ihre Wohngeldbewilligung ist unwirksam geworden";
            x->tenor_text = bs_text(b, "%s ist ab dem %s unwirksam geworden (%s WoGG); dies wird hiermit festgestellt.", bezug,
                                    bs_datum_text(d3, ent->wirksam), ent->regel);
        } else {
            x->betreff = "Aufhebung Ihrer Wohngeldbewilligung";
            x->tenor_text = bs_text(b, "%s wird mit Wirkung vom %s aufgehoben (%s WoGG).", bezug, bs_datum_text(d3, ent->wirksam), ent->regel);
        }
        break;
    default:
        x->betreff = "Änderung Ihres Wohngeldes";
        if (ent->neu < ent->alt)
            x->tenor_text = bs_text(b, "%s wird mit Wirkung vom %s aufgehoben, soweit er mehr als %s Euro monatlich bewilligt (%s WoGG). "
                                       "Ihr Wohngeld beträgt:%s",
                                    bezug, bs_datum_text(d3, ent->wirksam), bs_euro_ganz(e1, ent->neu), ent->regel, zeilen);
        else
            x->tenor_text = bs_text(b, "%s wird mit Wirkung vom %s geändert (%s WoGG). Ihr Wohngeld beträgt:%s", bezug,
                                    bs_datum_text(d3, ent->wirksam), ent->regel, zeilen);
    }
    /* reasons: what changed, when we learned of it, the numbers compared, the rule */
    const char *quelle = ent->quelle ? bs_text(b, " Quelle: %s.", ent->quelle) : "";
    const char *bekannt = ent->hat_bekannt ? bs_text(b, " Uns bekannt seit dem %s.", bs_datum_text(d1, ent->bekannt)) : "";
    const char *mitglieder = ent->mitglieder_alt != ent->mitglieder_neu
                                 ? bs_text(b, " Zu berücksichtigende Haushaltsmitglieder: bisher %d, jetzt %d.", ent->mitglieder_alt, ent->mitglieder_neu)
                                 : "";
    bs_absatz(b, x, "Gründe", ent->regel, "%s Die Änderung trat am %s ein.%s%s%s%s%s Monatliches Wohngeld bisher %s Euro, ab dem %s %s Euro.",
              ent->text, bs_datum_text(d2, ent->aenderung), quelle, bekannt, mitglieder,
              vergleich_text(b, "Miete nach § 11 WoGG (monatlich)", &ent->miete),
              vergleich_text(b, "Gesamteinkommen (jährlich)", &ent->einkommen), bs_euro_ganz(e1, ent->alt),
              bs_datum_text(d3, ent->wirksam), bs_euro_ganz(e2, ent->neu));
    bs_absatz(b, x, "Rechtsgrundlage", ent->rechtsweg, "Rechtsgrundlage dieser Entscheidung: %s.", ent->rechtsweg);
    if (ent->hat_frist)
        bs_absatz(b, x, "", "§ 27 Abs. 2 Satz 6 WoGG", "Die Entscheidung ergeht innerhalb eines Jahres, nachdem uns die Änderung bekannt "
                  "wurde (bis %s).", bs_datum_text(d1, ent->frist));
    /* the Erstattung of the months it governs (§ 50 Abs. 1, 3 SGB X) */
    if (ent->ueberzahlung > 0) {
        x->erstattung = true;
        x->ueberzahlung = ent->ueberzahlung;
        x->info.erstattung = ent->erstattung;
        x->monate = bs_neu(b, (k1 - k0 + 1) * sizeof *x->monate);
        if (!x->monate) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        int64_t summe = 0;
        for (size_t k = k0; k < k1; k++) {
            const wg_fall_monat *m = wg_fall_ergebnis_monat(fr, k);
            if (!m->gezahlt || m->ausgezahlt <= m->zusteht) continue;
            x->monate[x->anzahl_monate++] = (bs_monat_geld){m->jahr, m->monat, m->ausgezahlt, m->zusteht, m->ausgezahlt - m->zusteht};
            summe += m->ausgezahlt - m->zusteht;
        }
        if (summe != ent->ueberzahlung)
            return bs_fehl(b, WG_E_ARGUMENT, "", "die Monate der Entscheidung %zu ergeben %lld EUR statt %lld EUR Überzahlung", i + 1,
                           (long long)summe, (long long)ent->ueberzahlung);
        const size_t ns = wg_fall_ergebnis_anzahl_schuldner(fr);
        const char **s = bs_neu(b, (ns + 1) * sizeof *s);
        if (!s) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        for (size_t k = 0; k < ns; k++) s[k] = bs_kopie(b, wg_fall_ergebnis_schuldner(fr, k));
        x->schuldner = s;
        x->anzahl_schuldner = ns;
        if (ent->erstattung > 0) {
            char namen[512];
            bs_aufzaehlung(namen, sizeof namen, s, ns);
            const long tage = bs_k_zahl_vorgabe(b, x, "zahlung.faellig_tage", 30);
            const char *kasse = bs_k_muss(b, x, "zahlung.kasse"), *iban = bs_k_muss(b, x, "zahlung.iban");
            x->bekanntgabe = bs_bekanntgabe(b->k, x->datum);
            x->faellig = bs_naechster_werktag(b->k, bs_tage_plus(x->bekanntgabe, (int)tage));
            x->tenor_text = bs_text(b, "%s Das zu viel gezahlte Wohngeld von %s Euro ist zu erstatten (§ 50 Abs. 1 SGB X)%s.", x->tenor_text,
                                    bs_euro_ganz(e1, ent->erstattung),
                                    ns > 1 ? bs_text(b, "; %s haften als Gesamtschuldner (§ 29 Abs. 1 WoGG)", namen) : "");
            bs_absatz(b, x, "Erstattung", "§ 50 Abs. 1, 3 SGB X, § 29 Abs. 1 WoGG",
                      "Für die Monate in der Aufstellung wurde mehr gezahlt, als Ihnen zusteht; zusammen %s Euro. Bitte überweisen Sie "
                      "%s Euro bis zum %s an %s, IBAN %s, mit dem Aktenzeichen als Verwendungszweck.%s",
                      bs_euro_ganz(e1, ent->ueberzahlung), bs_euro_ganz(e2, ent->erstattung), bs_datum_text(d1, x->faellig), kasse,
                      iban, ns > 1 ? bs_text(b, " Erstattungspflichtig sind %s als Gesamtschuldner.", namen) : "");
        } else {
            bs_absatz(b, x, "Keine Erstattung", "§ 30a WoGG",
                      "Zu viel gezahlt wurden %s Euro. Von der Erstattung wird abgesehen, weil der Betrag die Bagatellgrenze des § 30a "
                      "WoGG nicht übersteigt.",
                      bs_euro_ganz(e1, ent->ueberzahlung));
        }
    }
    /* the calculation of the new amount (§ 35 Abs. 1 SGB X) */
    if (ent->neu > 0)
        for (size_t k = 0; k < wg_fall_ergebnis_anzahl_monate(fr); k++) {
            const wg_fall_monat *m = wg_fall_ergebnis_monat(fr, k);
            if (m->jahr != ent->wirksam.jahr || m->monat != ent->wirksam.monat) continue;
            const wg_status hs = wg_fall_monat_herleitung(e, f, fr, k, b->r2);
            if (hs == WG_E_SPEICHER) return bs_fehl(b, hs, "", "Speicher");
            if (hs == WG_OK) {
                if (wg_ergebnis_wohngeld_monat(b->r2) != m->zusteht)
                    return bs_fehl(b, WG_E_ARGUMENT, "", "die Herleitung des Monats weicht vom Betrag ab");
                bs_anlage_aus_ergebnis(b, x, bs_text(b, "Berechnung des Wohngeldes ab %s", bs_datum_text(d1, ent->wirksam)), b->r2);
                if (x->info.art == WG_BESCHEID_BEWILLIGUNG) bs_pflichten(b, x, b->r2, &f->haushalt);
            }
            break;
        }
    return WG_OK;
}

/* What decides the letters of a case: its reasons for a person (without the debtor choice the
 * authority's file settles), its adverse decisions, and whether a new award under § 27 Abs. 1
 * lacks the basis § 24 Abs. 3 wants printed. */
typedef struct zaehlung {
    size_t gruende, nachteilige, briefe;
    bool anhoeren_dann_mensch;   /* the only reason: a Datenabgleich hit — hear first, then a person */
    bool bezug_unbekannt;
} zaehlung;

static bool zaehlen(wg_bescheide *b, const wg_engine *e, const wg_fall *f, const wg_fall_ergebnis *fr, bool alle, zaehlung *z)
{
    memset(z, 0, sizeof *z);
    size_t nur_anhoerung = 0;
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_aussteuerungen(fr); i++) {
        const wg_fall_aussteuerung *a = wg_fall_ergebnis_aussteuerung(fr, i);
        if (alle && strcmp(a->code, "schuldner_auswahl") == 0) continue;
        z->gruende++;
        nur_anhoerung += strcmp(a->code, "datenabgleich_anhoerung") == 0;
    }
    for (size_t i = 0; i < wg_fall_ergebnis_anzahl_entscheidungen(fr); i++) {
        const wg_fall_entscheidung *x = wg_fall_ergebnis_entscheidung(fr, i);
        if (ohne_brief(x)) continue;
        z->briefe++;
        z->nachteilige += nachteilig(x);
        if (art_von(x) != WG_BESCHEID_BEWILLIGUNG) continue;
        for (size_t k = 0; k < wg_fall_ergebnis_anzahl_monate(fr); k++) {
            const wg_fall_monat *m = wg_fall_ergebnis_monat(fr, k);
            if (m->jahr != x->wirksam.jahr || m->monat != x->wirksam.monat) continue;
            wg_bezug bz;
            const wg_status hs = wg_fall_monat_herleitung(e, f, fr, k, b->r2);
            if (hs == WG_E_SPEICHER) {
                bs_fehl(b, hs, "", "Speicher");
                return false;
            }
            if (hs != WG_OK || wg_ergebnis_bezug(b->r2, &bz) != WG_OK || !bz.miete_gesetzt || !bz.einkuenfte_gesetzt)
                z->bezug_unbekannt = true;
            break;
        }
    }
    if (z->bezug_unbekannt) z->gruende++;
    z->anhoeren_dann_mensch = z->gruende > 0 && z->gruende == nur_anhoerung && z->nachteilige > 0;
    return true;
}

wg_status bs_fall(wg_bescheide *b, const wg_engine *e, const char *zeile, size_t len, wg_datum datum)
{
    char d1[16], e1[40], d2buf[40];
    wg_fall f;
    wg_fehler fe = {0};
    const wg_status gelesen = wg_json_fall_lesen(b->j, zeile, len, &f, &fe);
    if (gelesen != WG_OK) {
        b->fehler = fe;
        b->fehler.code = gelesen;
        return gelesen;
    }
    if (f.id) b->id = bs_kopie(b, f.id);
    b->leistung_belastung = f.haushalt.hat_wohnkosten && f.haushalt.wohnkosten_art == WG_BELASTUNG;
    wg_fall_einstellungen s;
    wg_fall_einstellungen_init(&s);
    wg_behoerde_fall_einstellungen(b->k, &s);
    wg_fall_ergebnis *fr = b->fr;
    const wg_status gerechnet = wg_fall_rechnen(e, &f, &s, fr);
    if (gerechnet != WG_OK) {
        const wg_fehler *rf = wg_fall_ergebnis_fehler(fr);
        if (rf) b->fehler = *rf;
        b->fehler.code = gerechnet;
        return gerechnet;
    }
    if (datum.jahr == 0) datum = wg_fall_ergebnis_entscheidung_am(fr);
    /* the reasons for a person; the debtor choice is the authority's where its file decides it
     * for all cases (§ 29 Abs. 1 WoGG: every adult counted member, as joint debtors) */
    const char *gs = bs_k_text(b->k, "erstattung.gesamtschuldner");
    const bool alle = gs && strcmp(gs, "alle") == 0;
    zaehlung z;
    if (!zaehlen(b, e, &f, fr, alle, &z)) return b->fehler.code;
    /* an adverse decision follows its hearing: it is taken on the first working day after the
     * hearing's deadline, and the case is decided as on that day — the deadline of § 27 Abs. 2
     * Satz 6, § 30a and the age of the data are judged then (the evaluation date stays) */
    bs_brief *an = NULL;
    wg_datum frist = {0}, danach = {0};
    long tage = 14;
    (void)bs_k_zahl(b->k, "anhoerung.tage", &tage);
    const int frist_tage = (int)tage;
    if (z.nachteilige > 0 && (z.gruende == 0 || z.anhoeren_dann_mensch)) {
        frist = bs_naechster_werktag(b->k, bs_tage_plus(bs_bekanntgabe(b->k, datum), frist_tage));
        danach = bs_naechster_werktag(b->k, bs_tage_plus(frist, 1));
        wg_fall f2 = f;
        f2.hat_stand = true;
        f2.stand = wg_fall_ergebnis_stand(fr);
        f2.hat_entscheidung_am = true;
        f2.entscheidung_am = danach;
        const wg_status neu = wg_fall_rechnen(e, &f2, &s, fr);
        if (neu != WG_OK) {
            const wg_fehler *rf = wg_fall_ergebnis_fehler(fr);
            if (rf) b->fehler = *rf;
            b->fehler.code = neu;
            return neu;
        }
        f = f2;
        if (!zaehlen(b, e, &f, fr, alle, &z)) return b->fehler.code;
    }
    const size_t ne = wg_fall_ergebnis_anzahl_entscheidungen(fr);
    const size_t gruende = z.gruende;
    const bool anhoeren_dann_mensch = z.anhoeren_dann_mensch;
    if (z.nachteilige > 0 && (gruende == 0 || anhoeren_dann_mensch)) {
        an = bs_brief_neu(b, WG_BESCHEID_ANHOERUNG);
        if (!an) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        an->datum = datum;
        an->hat_frist = true;
        an->frist_tage = (int)bs_k_zahl_vorgabe(b, an, "anhoerung.tage", 14);
        an->bekanntgabe = bs_bekanntgabe(b->k, datum);
        an->frist = frist;
    }
    if (gruende > 0) {
        bs_brief *x = bs_brief_neu(b, WG_BESCHEID_AUSSTEUERUNG);
        if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        x->datum = datum;
        x->gruende = bs_neu(b, gruende * sizeof *x->gruende);
        if (!x->gruende) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        for (size_t i = 0; i < wg_fall_ergebnis_anzahl_aussteuerungen(fr); i++) {
            const wg_fall_aussteuerung *a = wg_fall_ergebnis_aussteuerung(fr, i);
            if (alle && strcmp(a->code, "schuldner_auswahl") == 0) continue;
            x->gruende[x->anzahl_gruende++] = (bs_grund){bs_kopie(b, a->code), bs_kopie(b, a->norm), bs_kopie(b, a->text)};
        }
        if (z.bezug_unbekannt)
            x->gruende[x->anzahl_gruende++] = (bs_grund){
                "bezug_unbekannt", "§ 24 Abs. 3 WoGG",
                "Die neue Bewilligung (§ 27 Abs. 1 WoGG) muss die Summe der positiven Einkünfte und Einnahmen vor § 16 WoGG "
                "nennen; der Fall gibt nur ein fertiges Jahres- oder Gesamteinkommen."};
        char liste[2048] = "";
        for (size_t i = 0; i < ne; i++) {
            const wg_fall_entscheidung *y = wg_fall_ergebnis_entscheidung(fr, i);
            const size_t l = strlen(liste);
            snprintf(liste + l, sizeof liste - l, "%s%s ab %s: %s Euro", i ? "; " : "", y->regel, bs_datum_text(d1, y->wirksam),
                     bs_euro_ganz(e1, y->neu));
        }
        bs_absatz(b, x, "Entscheidung durch einen Menschen", "§ 31a SGB X",
                  "%s Vorgesehene Entscheidungen: %s.",
                  anhoeren_dann_mensch ? "Die Anhörung kann maschinell ergehen; über die Entscheidung danach entscheidet ein Mensch."
                                       : "Der Fall ist nicht vollautomatisch zu entscheiden; die Gründe stehen unter \"aussteuerung\".",
                  ne ? liste : "keine");
        bs_gemeinsam(b, x);
        if (!an) return WG_OK;
    }
    if (z.briefe == 0) {
        bs_brief *x = bs_brief_neu(b, WG_BESCHEID_KEINER);
        if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        x->datum = datum;
        bs_absatz(b, x, "Kein Bescheid", "§§ 27, 28 WoGG", "Aus dem Verlauf folgt keine Entscheidung, die zu bescheiden ist.");
        for (size_t i = 0; i < ne; i++) {
            const wg_fall_entscheidung *y = wg_fall_ergebnis_entscheidung(fr, i);
            bs_absatz(b, x, "Aktenvermerk", y->regel,
                      "Neuberechnung ab %s nach der Rechtsänderung: %s statt %s Euro — kein höherer Betrag, es bleibt beim "
                      "bisherigen; kein Bescheid.", bs_datum_text(d1, y->wirksam), bs_euro_ganz(e1, y->neu), bs_euro_ganz(d2buf, y->alt));
        }
        for (size_t i = 0; i < wg_fall_ergebnis_anzahl_hinweise(fr); i++) {
            const wg_fall_hinweis *h = wg_fall_ergebnis_hinweis(fr, i);
            bs_absatz(b, x, h->code, h->regel ? h->regel : "", "%s", h->text);
        }
        bs_gemeinsam(b, x);
        return WG_OK;
    }
    /* the decisions: after their hearing, or — where a person decides after it — not at all */
    bs_brief *vorhaben[BS_MAX_BRIEFE];
    size_t anzahl_vorhaben = 0;
    for (size_t i = 0; i < ne; i++) {
        const wg_fall_entscheidung *y = wg_fall_ergebnis_entscheidung(fr, i);
        const bool nt = nachteilig(y);
        if (ohne_brief(y) || (anhoeren_dann_mensch && !nt)) continue;
        bs_brief *x = bs_brief_neu(b, art_von(y));
        if (!x) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        /* a decision after its hearing is dated the first working day after the deadline */
        x->datum = nt && an ? danach : datum;
        wg_status st = entscheidung_brief(b, e, &f, fr, i, x, nt);
        if (st != WG_OK) return st;
        if (nt && anzahl_vorhaben < BS_MAX_BRIEFE) vorhaben[anzahl_vorhaben++] = x;
    }
    if (an) {
        char e2[40];
        an->betreff = "Anhörung vor einer Entscheidung über Ihr Wohngeld";
        bs_absatz(b, an, "Anhörung", "§ 24 Abs. 1 SGB X",
                  "Bevor wir entscheiden, geben wir Ihnen Gelegenheit, sich zu den für die Entscheidung erheblichen Tatsachen zu "
                  "äußern. Dieses Schreiben ist noch keine Entscheidung.");
        an->tenor = bs_neu(b, 64 * sizeof *an->tenor);
        if (!an->tenor) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
        for (size_t k = 0; k < anzahl_vorhaben; k++) {
            const bs_brief *y = vorhaben[k];
            for (size_t t = 0; t < y->info.anzahl_tenor && an->info.anzahl_tenor < 64; t++)
                an->tenor[an->info.anzahl_tenor++] = y->tenor[t];
            bs_absatz(b, an, k ? "" : "Was wir beabsichtigen", "", "%s", y->tenor_text);
            for (size_t a = 0; a < y->anzahl_absaetze; a++)
                if (strcmp(y->absatz[a].titel, "Gründe") == 0)
                    bs_absatz(b, an, "", y->absatz[a].norm, "Wir stützen uns auf: %s", y->absatz[a].text);
            if (y->erstattung) {
                an->erstattung = true;
                an->ueberzahlung += y->ueberzahlung;
                an->schuldner = y->schuldner;
                an->anzahl_schuldner = y->anzahl_schuldner;
                /* the months of every intended Erstattung, so the hearing states them (§ 24 Abs. 1 SGB X) */
                bs_monat_geld *mg = bs_neu(b, (an->anzahl_monate + y->anzahl_monate + 1) * sizeof *mg);
                if (!mg) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
                if (an->anzahl_monate) memcpy(mg, an->monate, an->anzahl_monate * sizeof *mg);
                memcpy(mg + an->anzahl_monate, y->monate, y->anzahl_monate * sizeof *mg);
                an->monate = mg;
                an->anzahl_monate += y->anzahl_monate;
            }
            if (y->info.erstattung > 0) {
                an->info.erstattung += y->info.erstattung;
                bs_absatz(b, an, "Beabsichtigte Erstattung", "§ 50 SGB X", "Wir beabsichtigen, %s Euro zurückzufordern (Aufstellung "
                          "der Monate unten).", bs_euro_ganz(e2, y->info.erstattung));
            }
        }
        bs_absatz(b, an, "Ihre Frist", "§§ 24, 25, 26 SGB X",
                  "Sie können sich bis zum %s schriftlich oder mündlich äußern und dabei Nachweise vorlegen. Sie können bei uns "
                  "Einsicht in die Akten nehmen (§ 25 SGB X). Geht bis dahin keine Äußerung ein, entscheiden wir auf Grundlage der "
                  "uns bekannten Tatsachen.",
                  bs_datum_text(d1, an->frist));
        bs_gemeinsam(b, an);
    }
    for (size_t i = 0; i < b->anzahl; i++) {
        bs_brief *x = &b->brief[i];
        if (x->info.art == WG_BESCHEID_ANHOERUNG || x->info.art == WG_BESCHEID_AUSSTEUERUNG) continue;
        bs_gemeinsam(b, x);
    }
    return WG_OK;
}
