/*
 * bescheid_html.c — one decision as a self-contained German HTML page for print on A4
 * (docs/bescheide.md § 4): letterhead, the address window of DIN 5008 (form B: 45 mm from the
 * top, 20 mm from the left, 85 × 45 mm), the information block, Betreff, Tenor, reasons and
 * notices each with its norm, the Erstattung per month, page numbers in the page margin, and
 * the calculation annex on its own page. Without an `empfaenger` block the address window is a
 * clearly marked field for the case system, never an invented address.
 *
 * Exports (bescheid_intern.h): bs_html.
 */
#include "bescheid_intern.h"

#include <stdio.h>
#include <string.h>

static void esc(wgi_puffer *p, const char *s)
{
    if (!s) return;
    for (; *s; s++) {
        switch (*s) {
        case '&': wgi_puffer_cstr(p, "&amp;"); break;
        case '<': wgi_puffer_cstr(p, "&lt;"); break;
        case '>': wgi_puffer_cstr(p, "&gt;"); break;
        case '"': wgi_puffer_cstr(p, "&quot;"); break;
        default: wgi_puffer_zeichen(p, *s);
        }
    }
}

/* a derivation step's text with the decimal comma: a point between two digits ("880.00 × 12" →
 * "880,00 × 12"; "BGBl. 2024", "Abs. 1" and dates unchanged) */
static void esc_dezimal(wgi_puffer *p, const char *s)
{
    char puffer[1024];
    size_t n = strlen(s);
    if (n >= sizeof puffer) {
        esc(p, s);
        return;
    }
    memcpy(puffer, s, n + 1);
    for (size_t i = 1; i + 1 < n; i++)
        if (puffer[i] == '.' && puffer[i - 1] >= '0' && puffer[i - 1] <= '9' && puffer[i + 1] >= '0' && puffer[i + 1] <= '9')
            puffer[i] = ',';
    esc(p, puffer);
}

/* a derivation value with the decimal comma ("1397.50" → "1397,50"; "2/3" and text unchanged) */
static void wert(wgi_puffer *p, const char *s)
{
    bool zahl = s && *s;
    for (const char *q = s; zahl && *q; q++) zahl = (*q >= '0' && *q <= '9') || *q == '.' || *q == '-';
    if (!zahl) {
        esc(p, s);
        return;
    }
    for (; *s; s++) wgi_puffer_zeichen(p, *s == '.' ? ',' : *s);
}

static const char stil[] =
    "<style>"
    "@page{size:A4;margin:17mm 20mm 22mm 25mm;"
    "@bottom-right{content:\"Seite \" counter(page) \" von \" counter(pages);font:8pt sans-serif;color:#444}"
    "@bottom-left{content:var(--fuss);font:8pt sans-serif;color:#444}}"
    "html{font:10.5pt/1.4 \"DejaVu Sans\",Arial,sans-serif;color:#000}"
    "body{margin:0}"
    ".blatt{position:relative;min-height:100mm}"
    ".kopf{text-align:right;font-size:9pt;margin-left:95mm;min-height:28mm}"
    ".kopf b{font-size:11pt}"
    ".fenster{position:absolute;top:28mm;left:-5mm;width:85mm;height:45mm;box-sizing:border-box;padding:0 5mm;overflow:hidden}"
    ".fenster .ruecksende{font-size:7pt;border-bottom:0.3pt solid #000;margin-bottom:2mm;height:5mm;line-height:5mm;white-space:nowrap;overflow:hidden}"
    ".fenster .leer{border:1.5pt dashed #c00;color:#c00;padding:2mm;font-size:9pt}"
    ".info{position:absolute;top:28mm;left:100mm;width:70mm;font-size:9pt}"
    ".info td{padding:0 2mm 0 0;vertical-align:top}"
    ".text{padding-top:75mm}"
    "h1{font-size:11.5pt;margin:0 0 4mm}"
    "h2{font-size:10.5pt;margin:5mm 0 1mm;break-after:avoid;page-break-after:avoid}"
    ".norm{color:#555;font-size:8.5pt}"
    ".tenor{border:0.6pt solid #000;padding:3mm;margin:3mm 0}"
    ".entwurf{border:1.5pt solid #c00;color:#c00;padding:2mm;margin:0 0 3mm;font-weight:bold}"
    "table.z{border-collapse:collapse;margin:2mm 0;width:100%}"
    "table.z th,table.z td{border-bottom:0.4pt solid #999;padding:0.8mm 1.5mm;text-align:left;vertical-align:top}"
    "table.z td.b,table.z th.b{text-align:right;white-space:nowrap}"
    ".anlage{break-before:page}"
    ".anlage table.z{font-size:8.5pt}"
    "p{margin:1mm 0 2mm}"
    "</style>";

static void tabelle_tenor(wgi_puffer *p, const wg_tenor_zeile *t, size_t n)
{
    char d1[16], d2[16], e1[40];
    wgi_puffer_cstr(p, "<table class=\"z\"><tr><th>von</th><th>bis</th><th class=\"b\">Wohngeld monatlich</th></tr>");
    for (size_t i = 0; i < n; i++) {
        wgi_puffer_cstr(p, "<tr><td>");
        wgi_puffer_cstr(p, bs_datum_text(d1, t[i].von));
        wgi_puffer_cstr(p, "</td><td>");
        wgi_puffer_cstr(p, bs_datum_text(d2, t[i].bis));
        wgi_puffer_cstr(p, "</td><td class=\"b\">");
        wgi_puffer_cstr(p, bs_euro_ganz(e1, t[i].wohngeld_monat));
        wgi_puffer_cstr(p, " Euro</td></tr>");
    }
    wgi_puffer_cstr(p, "</table>");
}

const char *bs_html(wg_bescheide *b, const bs_brief *x, size_t *len)
{
    char d1[16], e1[40];
    wgi_puffer *p = &b->aus;
    wgi_puffer_leeren(p);
    const wg_behoerde *k = b->k;
    wgi_puffer_cstr(p, "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>");
    esc(p, x->betreff ? x->betreff : wg_bescheid_art_name(x->info.art));
    wgi_puffer_cstr(p, "</title>");
    wgi_puffer_cstr(p, stil);
    wgi_puffer_cstr(p, "<style>:root{--fuss:\"");
    esc(p, wg_behoerde_name(k));
    wgi_puffer_cstr(p, "\"}</style></head><body><div class=\"blatt\"><div class=\"kopf\"><b>");
    esc(p, wg_behoerde_name(k));
    wgi_puffer_cstr(p, "</b>");
    const j_wert *an = bs_k_wert(k, "anschrift");
    if (an)
        for (const j_wert *z = an->erstes; z; z = z->naechstes) {
            wgi_puffer_cstr(p, "<br>");
            esc(p, z->s);
        }
    wgi_puffer_cstr(p, "</div><div class=\"fenster\"><div class=\"ruecksende\">");
    esc(p, bs_k_text(k, "ruecksendeangabe"));
    wgi_puffer_cstr(p, "</div>");
    if (b->empf_name || b->empf_zeilen) {
        esc(p, b->empf_name);
        for (size_t i = 0; i < b->empf_zeilen; i++) {
            wgi_puffer_cstr(p, "<br>");
            esc(p, b->empf_anschrift[i]);
        }
    } else {
        wgi_puffer_cstr(p, "<div class=\"leer\">Anschriftfeld – vom Fachverfahren einzusetzen (der Datensatz enthält keinen "
                           "Block „empfaenger“)</div>");
    }
    wgi_puffer_cstr(p, "</div><div class=\"info\"><table>");
    wgi_puffer_cstr(p, "<tr><td>Aktenzeichen</td><td>");
    const char *praefix = bs_k_text(k, "aktenzeichen.praefix");
    if (b->empf_aktenzeichen) esc(p, b->empf_aktenzeichen);
    else {
        esc(p, praefix);
        esc(p, x->info.id);
    }
    wgi_puffer_cstr(p, "</td></tr><tr><td>Datum</td><td>");
    wgi_puffer_cstr(p, bs_datum_text(d1, x->datum));
    wgi_puffer_cstr(p, "</td></tr>");
    const char *tel = bs_k_text(k, "kontakt.telefon"), *mail = bs_k_text(k, "kontakt.email"), *zeit = bs_k_text(k, "kontakt.sprechzeiten");
    if (tel) { wgi_puffer_cstr(p, "<tr><td>Telefon</td><td>"); esc(p, tel); wgi_puffer_cstr(p, "</td></tr>"); }
    if (mail) { wgi_puffer_cstr(p, "<tr><td>E-Mail</td><td>"); esc(p, mail); wgi_puffer_cstr(p, "</td></tr>"); }
    if (zeit) { wgi_puffer_cstr(p, "<tr><td>Sprechzeiten</td><td>"); esc(p, zeit); wgi_puffer_cstr(p, "</td></tr>"); }
    wgi_puffer_cstr(p, "</table></div><div class=\"text\">");
    if (x->info.nach_anhoerung)
        wgi_puffer_cstr(p, "<div class=\"entwurf\">Entscheidung nach Anhörung – erst nach Ablauf der Anhörungsfrist und Prüfung der "
                           "Äußerung abzusenden.</div>");
    if (x->info.art == WG_BESCHEID_AUSSTEUERUNG)
        wgi_puffer_cstr(p, "<div class=\"entwurf\">Vorlage an die Sachbearbeitung (§ 31a SGB X) – kein Schreiben an den Haushalt.</div>");
    if (x->info.art == WG_BESCHEID_KEINER)
        wgi_puffer_cstr(p, "<div class=\"entwurf\">Kein Schreiben an den Haushalt – Aktenvermerk.</div>");
    wgi_puffer_cstr(p, "<h1>");
    esc(p, x->betreff ? x->betreff
                      : x->info.art == WG_BESCHEID_AUSSTEUERUNG ? "Entscheidung durch die Sachbearbeitung"
                                                                : "Kein Bescheid");
    wgi_puffer_cstr(p, "</h1>");
    if (x->info.art != WG_BESCHEID_AUSSTEUERUNG && x->info.art != WG_BESCHEID_KEINER)
        wgi_puffer_cstr(p, "<p>Guten Tag,</p>");
    if (x->tenor_text) {
        wgi_puffer_cstr(p, "<div class=\"tenor\"><p>");
        esc(p, x->tenor_text);
        wgi_puffer_cstr(p, "</p>");
        if (x->info.anzahl_tenor) tabelle_tenor(p, x->tenor, x->info.anzahl_tenor);
        wgi_puffer_cstr(p, "</div>");
    } else if (x->info.art == WG_BESCHEID_ANHOERUNG && x->info.anzahl_tenor) {
        wgi_puffer_cstr(p, "<p>Beabsichtigte Beträge:</p>");
        tabelle_tenor(p, x->tenor, x->info.anzahl_tenor);
    }
    for (size_t i = 0; i < x->anzahl_absaetze; i++) {
        const bs_absatz_t *a = &x->absatz[i];
        if (a->titel[0]) {
            wgi_puffer_cstr(p, "<h2>");
            esc(p, a->titel);
            wgi_puffer_cstr(p, "</h2>");
        }
        wgi_puffer_cstr(p, "<p>");
        esc(p, a->text);
        if (a->norm[0]) {
            wgi_puffer_cstr(p, " <span class=\"norm\">(");
            esc(p, a->norm);
            wgi_puffer_cstr(p, ")</span>");
        }
        wgi_puffer_cstr(p, "</p>");
        /* the Erstattung per month right after its paragraph */
        if (x->anzahl_monate && strstr(a->titel, "Erstattung") != NULL) {
            wgi_puffer_cstr(p, "<table class=\"z\"><tr><th>Monat</th><th class=\"b\">gezahlt</th><th class=\"b\">zustehend</th>"
                               "<th class=\"b\">zu viel gezahlt</th></tr>");
            for (size_t m = 0; m < x->anzahl_monate; m++) {
                char mo[16], e2[40], e3[40];
                snprintf(mo, sizeof mo, "%02d/%04d", x->monate[m].monat % 100, x->monate[m].jahr % 10000);
                wgi_puffer_cstr(p, "<tr><td>");
                wgi_puffer_cstr(p, mo);
                wgi_puffer_cstr(p, "</td><td class=\"b\">");
                wgi_puffer_cstr(p, bs_euro_ganz(e1, x->monate[m].gezahlt));
                wgi_puffer_cstr(p, " Euro</td><td class=\"b\">");
                wgi_puffer_cstr(p, bs_euro_ganz(e2, x->monate[m].zusteht));
                wgi_puffer_cstr(p, " Euro</td><td class=\"b\">");
                wgi_puffer_cstr(p, bs_euro_ganz(e3, x->monate[m].differenz));
                wgi_puffer_cstr(p, " Euro</td></tr>");
            }
            wgi_puffer_cstr(p, "<tr><th>Summe</th><th></th><th></th><th class=\"b\">");
            wgi_puffer_cstr(p, bs_euro_ganz(e1, x->ueberzahlung));
            wgi_puffer_cstr(p, " Euro</th></tr></table>");
        }
    }
    if (x->anzahl_gruende) {
        wgi_puffer_cstr(p, "<h2>Gründe für die Vorlage</h2><table class=\"z\"><tr><th>Code</th><th>Norm</th><th>Grund</th></tr>");
        for (size_t i = 0; i < x->anzahl_gruende; i++) {
            wgi_puffer_cstr(p, "<tr><td>");
            esc(p, x->gruende[i].code);
            wgi_puffer_cstr(p, "</td><td>");
            esc(p, x->gruende[i].norm);
            wgi_puffer_cstr(p, "</td><td>");
            esc(p, x->gruende[i].text);
            wgi_puffer_cstr(p, "</td></tr>");
        }
        wgi_puffer_cstr(p, "</table>");
    }
    if (x->info.art != WG_BESCHEID_AUSSTEUERUNG && x->info.art != WG_BESCHEID_KEINER) {
        wgi_puffer_cstr(p, "<p>Mit freundlichen Grüßen<br>");
        esc(p, wg_behoerde_name(k));
        wgi_puffer_cstr(p, "</p>");
    }
    wgi_puffer_cstr(p, "</div></div>");
    for (size_t i = 0; i < x->anzahl_anlagen; i++) {
        const bs_anlage *a = &x->anlage[i];
        wgi_puffer_cstr(p, "<div class=\"anlage\"><h1>Anlage ");
        wgi_puffer_ganz(p, (int64_t)i + 1);
        wgi_puffer_cstr(p, ": ");
        esc(p, a->titel);
        wgi_puffer_cstr(p, "</h1><p>Rechtsstand: ");
        esc(p, a->rechtsstand);
        wgi_puffer_cstr(p, " (");
        esc(p, a->rechtsstand_quelle);
        wgi_puffer_cstr(p, "). Ergebnis: ");
        wgi_puffer_cstr(p, bs_euro_ganz(e1, a->wohngeld_monat));
        wgi_puffer_cstr(p, " Euro monatlich. Diese Berechnung ist Teil der Begründung (§ 35 Abs. 1 SGB X).</p>"
                           "<table class=\"z\"><tr><th>Vorschrift</th><th>Schritt</th><th class=\"b\">Wert</th></tr>");
        for (size_t s = 0; s < a->anzahl; s++) {
            wgi_puffer_cstr(p, "<tr><td>");
            esc(p, a->schritte[s].paragraph);
            wgi_puffer_cstr(p, "</td><td>");
            esc_dezimal(p, a->schritte[s].text);
            wgi_puffer_cstr(p, "</td><td class=\"b\">");
            wert(p, a->schritte[s].wert);
            wgi_puffer_cstr(p, "</td></tr>");
        }
        wgi_puffer_cstr(p, "</table></div>");
    }
    wgi_puffer_cstr(p, "</body></html>\n");
    if (p->fehler) return NULL;
    if (len) *len = p->len;
    wgi_puffer_zeichen(p, '\0');
    p->len--;
    return p->daten;
}
