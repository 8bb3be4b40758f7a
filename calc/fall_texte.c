/*
 * fall_texte.c — the German sentences of a running case's decisions and hints, with their numbers (as hinweistexte.c for the hints of a computation).
 *
 * Exports (fall_intern.h): wgi_fall_vergleich_setzen.
 */
#include "fall_intern.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wgi_fall_vergleich_setzen(entscheidung_intern *x, const wg_fall_ergebnis *r, const bewertung *alt, const bewertung *neu)
{
    x->pub.mitglieder_alt = alt->kurz.n;
    x->pub.mitglieder_neu = neu->kurz.n;
    wgi_fall_euro_text(x->texte[0], wgi_fall_r_vergleich(alt));
    wgi_fall_euro_text(x->texte[1], wgi_fall_r_vergleich(neu));
    wgi_fall_prozent_text(x->texte[2], wgi_fall_r_vergleich(alt), wgi_fall_r_vergleich(neu));
    wgi_fall_euro_text(x->texte[3], wgi_fall_y_vergleich(r, alt));
    wgi_fall_euro_text(x->texte[4], wgi_fall_y_vergleich(r, neu));
    wgi_fall_prozent_text(x->texte[5], wgi_fall_y_vergleich(r, alt), wgi_fall_y_vergleich(r, neu));
    x->pub.miete.gesetzt = x->pub.einkommen.gesetzt = true;
}

/* ---- the legal paths (docs/laufende-faelle.md § 7) ---- */

const char *wgi_fall_rechtsweg(wgi_fall_weg w)
{
    switch (w) {
    case WGI_WEG_27_1: return "§ 27 Abs. 1 WoGG (Bewilligung auf Antrag)";
    case WGI_WEG_27_2: return "§ 27 Abs. 2 WoGG (Aufhebung von Amts wegen), Erstattung § 50 Abs. 1 SGB X";
    case WGI_WEG_28_1:
        return "§ 28 Abs. 1 WoGG (unwirksam kraft Gesetzes, Feststellung nach § 28 Abs. 5 WoGG), Erstattung § 50 Abs. 2 SGB X";
    case WGI_WEG_28_3:
        return "§ 28 Abs. 3 WoGG (unwirksam kraft Gesetzes, Feststellung nach § 28 Abs. 5 WoGG), Erstattung § 50 Abs. 2 SGB X";
    case WGI_WEG_45: return "§ 45 SGB X (die Tatsache bestand schon beim Erlass des Bescheids), Erstattung § 50 Abs. 1 SGB X";
    }
    return "";
}

/* ---- § 28 ---- */

void wgi_fall_text_28(entscheidung_intern *x, bool abs1, int wechsel, int tag)
{
    char d1[12], d2[12];
    snprintf(x->wortlaut, sizeof x->wortlaut,
             abs1 ? "Die Wohnung wird seit %s von keinem zu berücksichtigenden Haushaltsmitglied mehr genutzt: "
                    "der Bewilligungsbescheid ist ab %s unwirksam (§ 28 Abs. 1 WoGG)."
                  : "Ein zu berücksichtigendes Haushaltsmitglied erhält ab %s eine Transferleistung und ist nach § 7 "
                    "WoGG ausgeschlossen: der Bewilligungsbescheid ist ab %s unwirksam (§ 28 Abs. 3 WoGG).",
             wgi_fall_wann(d1, wechsel), wgi_fall_wann(d2, tag));
}

void wgi_fall_text_verstorben(wg_fall_ergebnis *r, int verlauf)
{
    wgi_fall_aussteuern(r, "antragsteller_verstorben", "§§ 56–59 SGB I, § 50 SGB X", verlauf,
                        "Das letzte zu berücksichtigende Mitglied ist gestorben: gegen wen sich eine Erstattung richtet "
                        "(Erben, Sonderrechtsnachfolge), entscheidet ein Mensch.");
}

void wgi_fall_text_neuantrag(wg_fall_ergebnis *r, int transfer, int frist, int tag)
{
    char d1[12], d2[12];
    hinweis_intern *h = wgi_fall_hinweis(r, "neuantrag_moeglich", "§ 28 Abs. 3, § 25 Abs. 4", transfer,
                                         "Für die übrigen Haushaltsmitglieder kann ein neuer Antrag gestellt werden (Mischhaushalt): "
                                         "gestellt bis %s, beginnt der neue Bewilligungszeitraum am %s (§ 25 Abs. 4 Satz 1 Nr. 2 "
                                         "WoGG), später im Monat des Antrags.",
                                         wgi_fall_wann(d1, frist), wgi_fall_wann(d2, tag));
    if (h) {
        h->pub.hat_datum = true;
        h->pub.datum = wgi_tag_datum(frist);
    }
}

/* ---- § 27 Abs. 3 ---- */

void wgi_fall_text_meldepflicht(wg_fall_ergebnis *r, unsigned melde, const bewertung *alt, const bewertung *neu,
                                const wg_haushalt *ha, const wg_haushalt *hn, int64_t pct, int verlauf, int wechsel)
{
    /* each reason with its own numbers */
    char teile[520] = "", a_txt[40], n_txt[40], d1[12];
    size_t len = 0;
    if (melde & NR1) {
        if (neu->kurz.n < alt->kurz.n)
            len += (size_t)snprintf(teile + len, sizeof teile - len, "%d statt %d zu berücksichtigende Mitglieder (Nr. 1); ",
                                    neu->kurz.n, alt->kurz.n);
        else
            len += (size_t)snprintf(teile + len, sizeof teile - len, "ein weiteres Mitglied vom Wohngeld ausgeschlossen (Nr. 1); ");
    }
    if ((melde & NR2) && len < sizeof teile) {
        wgi_fall_euro_text(a_txt, ha->wohnkosten_cent * WGI_B4_CENT);
        wgi_fall_euro_text(n_txt, hn->wohnkosten_cent * WGI_B4_CENT);
        len += (size_t)snprintf(teile + len, sizeof teile - len,
                                "Miete oder Belastung %s → %s EUR monatlich, um mehr als %lld %% gesunken (Nr. 2); ", a_txt, n_txt,
                                (long long)pct);
    }
    if ((melde & NR3) && len < sizeof teile) {
        wgi_fall_euro_text(a_txt, alt->teile.einkuenfte);
        wgi_fall_euro_text(n_txt, neu->teile.einkuenfte);
        len += (size_t)snprintf(teile + len, sizeof teile - len,
                                "Summe der positiven Einkünfte %s → %s EUR jährlich, um mehr als %lld %% gestiegen (Nr. 3); ", a_txt,
                                n_txt, (long long)pct);
    }
    if (len >= sizeof teile) len = sizeof teile - 1;
    if (len >= 2) teile[len - 2] = '\0';
    hinweis_intern *h =
        wgi_fall_hinweis(r, "meldepflicht", "§ 27 Abs. 3", verlauf, "Mitteilungspflicht ab %s: %s.", wgi_fall_wann(d1, wechsel), teile);
    if (h) {
        h->pub.hat_datum = true;
        h->pub.datum = wgi_tag_datum(wechsel);
    }
}

/* ---- § 27 Abs. 2 ---- */

void wgi_fall_text_voruebergehend(wg_fall_ergebnis *r, int verlauf, int wechsel, int ende)
{
    char d1[12], d2[12];
    hinweis_intern *h = wgi_fall_hinweis(r, "voruebergehend_ignoriert", "§ 27 Abs. 2", verlauf,
                                         "Die Änderung ab %s gilt nur bis %s und dauert nicht länger als %d Monate: nur "
                                         "vorübergehend, keine neue Entscheidung (§ 27 Abs. 2 WoGG).",
                                         wgi_fall_wann(d1, wechsel), wgi_fall_wann(d2, wgi_tag_davor(ende)),
                                         r->einst.voruebergehend_bis_monate);
    if (h) {
        h->pub.hat_datum = true;
        h->pub.datum = wgi_tag_datum(wechsel);
    }
}

void wgi_fall_text_frist_abgelaufen(wg_fall_ergebnis *r, int verlauf, int kenntnis, int frist)
{
    char d1[12], d2[12], d3[12];
    hinweis_intern *h = wgi_fall_hinweis(r, "frist_abgelaufen", "§ 27 Abs. 2 Satz 6", verlauf,
                                         "Die Behörde kennt die Änderung seit %s; über sie war bis %s zu entscheiden, entschieden wird "
                                         "am %s — die Frist ist abgelaufen, der Bescheid bleibt.",
                                         wgi_fall_wann(d1, kenntnis), wgi_fall_wann(d2, frist), wgi_fall_wann(d3, r->entscheidung_am));
    if (h) {
        h->pub.hat_datum = true;
        h->pub.datum = wgi_tag_datum(frist);
    }
}

void wgi_fall_text_27_2(entscheidung_intern *x, int wechsel, int64_t pct, int tag, int frist)
{
    char d1[12], d2[12], d3[12];
    snprintf(x->wortlaut, sizeof x->wortlaut,
             "Die Verhältnisse haben sich ab %s nicht nur vorübergehend geändert (%s WoGG, Schwelle mehr als %lld %%): "
             "neue Entscheidung ab %s, %lld statt %lld EUR monatlich; zu entscheiden bis %s.",
             wgi_fall_wann(d1, wechsel), x->pub.regel, (long long)pct, wgi_fall_wann(d2, tag), (long long)x->pub.neu,
             (long long)x->pub.alt, wgi_fall_wann(d3, frist));
}

/* ---- § 27 Abs. 1 ---- */

void wgi_fall_text_dauer(char *dauer, size_t n, int ende)
{
    char d[12];
    snprintf(dauer, n, " Die Änderung gilt nur bis %s (§ 27 Abs. 1 verlangt keine Dauer).", wgi_fall_wann(d, wgi_tag_davor(ende)));
}

hinweis_intern *wgi_fall_text_erhoehung(wg_fall_ergebnis *r, const char *regel, int verlauf, int tag, int64_t neu, int64_t alt,
                                        int64_t pct, const char *dauer, bool datenabgleich)
{
    char d1[12];
    return wgi_fall_hinweis(r, "erhoehung_moeglich", regel, verlauf,
                            "Ab %s ergäben sich %lld statt %lld EUR monatlich (%s WoGG, Schwelle mehr als %lld %%); "
                            "die Erhöhung gibt es nur auf Antrag, ab dem Monat des Antrags.%s%s",
                            wgi_fall_wann(d1, tag), (long long)neu, (long long)alt, regel, (long long)pct, dauer,
                            datenabgleich ? " Die Änderung stammt aus dem Datenabgleich: nach § 33 Abs. 2, 3 WoGG nur zur Prüfung "
                                            "zu verwenden, nicht als Anlass einer Einladung zum Antrag."
                                          : "");
}

void wgi_fall_text_27_1(entscheidung_intern *x, int t_antrag, int64_t pct, int tw, bool rueckwirkend, bool verfristet,
                        const char *dauer)
{
    char d1[12], d2[12];
    snprintf(x->wortlaut, sizeof x->wortlaut,
             "Auf den Antrag vom %s ist neu zu entscheiden (%s WoGG, Schwelle mehr als %lld %%): %lld statt %lld EUR "
             "monatlich ab %s%s.%s",
             wgi_fall_wann(d1, t_antrag), x->pub.regel, (long long)pct, (long long)x->pub.neu, (long long)x->pub.alt,
             wgi_fall_wann(d2, tw),
             rueckwirkend ? " (rückwirkende Mieterhöhung, § 27 Abs. 1 Satz 2 WoGG)"
             : verfristet ? " (die rückwirkende Mieterhöhung wirkt nicht zurück: der Antrag kam nach dem Ende des Monats, "
                            "der auf die Kenntnis folgt, § 25 Abs. 5 WoGG)"
                          : "",
             dauer);
}

/* ---- money, law changes, the record ---- */

void wgi_fall_text_bagatelle(wg_fall_ergebnis *r, const entscheidung_intern *x, int64_t bagatelle)
{
    char g[40], d1[12], d2[12];
    wgi_fall_euro_text(g, bagatelle);
    wgi_fall_hinweis(r, "bagatelle_30a", "§ 30a", x->pub.verlauf,
                     "Überzahlt sind nach der Entscheidung %s ab %s %lld EUR; bei einer Entscheidung am %s wird bis %s EUR von der "
                     "Erstattung abgesehen (§ 30a WoGG, je Aufhebung).",
                     x->pub.regel, wgi_fall_wann(d1, wgi_datum_tag(&x->pub.wirksam)), (long long)x->pub.ueberzahlung,
                     wgi_fall_wann(d2, r->entscheidung_am), g);
}

void wgi_fall_text_rechtsaenderung(entscheidung_intern *x, const wgi_rechtsaenderung *a)
{
    snprintf(x->wortlaut, sizeof x->wortlaut,
             "Rechtsänderung am %s: der Bescheid wird von Amts wegen mit den bisherigen Verhältnissen neu berechnet, neu "
             "sind %s (%s WoGG); %s.",
             a->datum, a->teile, a->regel, a->minderung ? "der neue Betrag gilt" : "ist der neue Betrag niedriger, bleibt der höhere");
}

void wgi_fall_text_bestandsschutz(wg_fall_ergebnis *r, const wgi_rechtsaenderung *a)
{
    wgi_fall_aussteuern(r, "bestandsschutz_42d", a->regel, -1,
                        "Rechtsänderung am %s: neu berechnet ergäbe sich weniger; der höhere Betrag bleibt (%s WoGG) — "
                        "bitte prüfen, ob der Bestandsschutz richtig angewandt ist.",
                        a->datum, a->regel);
}

void wgi_fall_text_nach_bwz(wg_fall_ergebnis *r, int verlauf, int ab)
{
    char d1[12];
    wgi_fall_hinweis(r, "verlauf_nach_bwz", NULL, verlauf,
                     "Der Eintrag ab %s liegt nach dem Ende des Bewilligungszeitraums und bleibt für diesen Bescheid außer Betracht "
                     "(er gehört zu einem Weiterleistungsantrag).",
                     wgi_fall_wann(d1, ab));
}

void wgi_fall_text_abweichung(wg_fall_ergebnis *r, int64_t berechnet, int64_t bewilligt)
{
    wgi_fall_hinweis(r, "bescheid_abweichung", NULL, -1,
                     "Aus dem Haushalt des Bescheids ergeben sich %lld EUR monatlich, bewilligt sind %lld EUR: der Bescheid wird "
                     "so weitergeführt, wie er erlassen ist; bitte prüfen.",
                     (long long)berechnet, (long long)bewilligt);
    wgi_fall_aussteuern(r, "bescheid_abweichung", bewilligt < berechnet ? "§ 44 SGB X, § 31 WoGG" : "§ 45 SGB X", -1,
                        "Bewilligt sind %lld EUR, die Rechnung ergibt %lld EUR: %s", (long long)bewilligt, (long long)berechnet,
                        bewilligt < berechnet
                            ? "war es ein Rechenfehler, ist der Bescheid nach § 44 SGB X zurückzunehmen und für höchstens zwei "
                              "Jahre vor der Rücknahme nachzuzahlen (§ 31 WoGG)."
                            : "ein zu hoher Bescheid kann nur nach § 45 SGB X (Vertrauensschutz, Ermessen) zurückgenommen werden.");
}
