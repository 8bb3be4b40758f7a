/*
 * herleitung.c — the result object: the derivation values, the steps (herleitung.schritte),
 * hints and errors, and the public accessors that read them.
 *
 * All text of one result lives in one growing arena that is reused by the next computation
 * with the same result object, so a bulk run allocates only until the largest household has
 * been seen. An allocation failure is remembered (speicher_fehlt) and turned into WG_E_SPEICHER
 * by wg_berechnen; nothing here aborts.
 */
#include "intern.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_codes[WG_STATUS_ANZAHL] = {
    [WG_OK] = "ok",
    [WG_E_JSON_UNGUELTIG] = "json_ungueltig",
    [WG_E_FORMAT_UNBEKANNT] = "format_unbekannt",
    [WG_E_FELD_FEHLT] = "feld_fehlt",
    [WG_E_TYP_FALSCH] = "typ_falsch",
    [WG_E_BETRAG_UNGUELTIG] = "betrag_ungueltig",
    [WG_E_BETRAG_NEGATIV] = "betrag_negativ",
    [WG_E_DATUM_UNGUELTIG] = "datum_ungueltig",
    [WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT] = "rechtsstand_nicht_unterstuetzt",
    [WG_E_RECHTSSTAND_UNBEKANNT] = "rechtsstand_unbekannt",
    [WG_E_MIETENSTUFE_UNGUELTIG] = "mietenstufe_ungueltig",
    [WG_E_GEMEINDE_UNBEKANNT] = "gemeinde_unbekannt",
    [WG_E_GEMEINDE_OHNE_LISTE] = "gemeinde_ohne_liste",
    [WG_E_ART_UNBEKANNT] = "art_unbekannt",
    [WG_E_WERT_UNGUELTIG] = "wert_ungueltig",
    [WG_E_FELD_KONFLIKT] = "feld_konflikt",
    [WG_E_FELD_UNBEKANNT] = "feld_unbekannt",
    [WG_E_GRENZE] = "grenze_ueberschritten",
    [WG_E_SPEICHER] = "speicher",
    [WG_E_TABELLE] = "tabelle_ungueltig",
    [WG_E_ARGUMENT] = "argument_ungueltig",
    [WG_E_EA] = "ein_ausgabe",
    [WG_E_GEMEINDE_UNGUELTIG] = "gemeinde_ungueltig",
    [WG_E_SATZ_UNGUELTIG] = "satz_ungueltig",
};

static const char *const status_texte[WG_STATUS_ANZAHL] = {
    [WG_OK] = "in Ordnung",
    [WG_E_JSON_UNGUELTIG] = "Der Datensatz ist kein gültiges JSON.",
    [WG_E_FORMAT_UNBEKANNT] = "Unbekannte Formatversion.",
    [WG_E_FELD_FEHLT] = "Ein Pflichtfeld fehlt.",
    [WG_E_TYP_FALSCH] = "Ein Feld hat den falschen Typ.",
    [WG_E_BETRAG_UNGUELTIG] = "Ein Geldbetrag ist ungültig.",
    [WG_E_BETRAG_NEGATIV] = "Ein Geldbetrag darf nicht negativ sein.",
    [WG_E_DATUM_UNGUELTIG] = "Ein Datum ist ungültig.",
    [WG_E_RECHTSSTAND_NICHT_UNTERSTUETZT] = "Für diesen Zeitpunkt ist kein Rechtsstand hinterlegt (ab 2016).",
    [WG_E_RECHTSSTAND_UNBEKANNT] = "Unbekannter Rechtsstand.",
    [WG_E_MIETENSTUFE_UNGUELTIG] = "Ungültige Mietenstufe.",
    [WG_E_GEMEINDE_UNBEKANNT] = "Gemeinde nicht in der Mietenstufenliste.",
    [WG_E_GEMEINDE_OHNE_LISTE] = "Für diesen Zeitpunkt ist keine Mietenstufenliste hinterlegt.",
    [WG_E_ART_UNBEKANNT] = "Unbekannte Art.",
    [WG_E_WERT_UNGUELTIG] = "Ein Wert liegt außerhalb des zulässigen Bereichs.",
    [WG_E_FELD_KONFLIKT] = "Felder widersprechen sich.",
    [WG_E_FELD_UNBEKANNT] = "Unbekanntes Feld.",
    [WG_E_GRENZE] = "Eine Verarbeitungsgrenze ist überschritten.",
    [WG_E_SPEICHER] = "Nicht genug Arbeitsspeicher.",
    [WG_E_TABELLE] = "Eine Tabellendatei ist ungültig.",
    [WG_E_ARGUMENT] = "Ungültiges Argument.",
    [WG_E_EA] = "Ein- oder Ausgabefehler.",
    [WG_E_GEMEINDE_UNGUELTIG] = "Kein gültiger Amtlicher Gemeindeschlüssel.",
    [WG_E_SATZ_UNGUELTIG] = "Ein Satz ist beschädigt oder nicht von wg_satz_packen geschrieben.",
};

const char *wg_status_code(wg_status s)
{
    return (unsigned)s < WG_STATUS_ANZAHL ? status_codes[s] : "unbekannt";
}

const char *wg_status_text(wg_status s)
{
    return (unsigned)s < WG_STATUS_ANZAHL ? status_texte[s] : "unbekannter Fehler";
}

static const char *const grund_codes[] = {
    [WG_GRUND_KEINER] = "",
    [WG_GRUND_UNTER_MINDESTBETRAG] = "unter_mindestbetrag",
    [WG_GRUND_ALLE_AUSGESCHLOSSEN] = "alle_ausgeschlossen",
    [WG_GRUND_VERMOEGEN] = "vermoegen",
    [WG_GRUND_AUSBILDUNGSFOERDERUNG] = "ausbildungsfoerderung",
};

static const char *const grund_texte[] = {
    [WG_GRUND_KEINER] = "",
    [WG_GRUND_UNTER_MINDESTBETRAG] =
        "Kein Wohngeldanspruch: das Wohngeld würde weniger als den Mindestbetrag monatlich betragen (§ 21 Nr. 1 WoGG).",
    [WG_GRUND_ALLE_AUSGESCHLOSSEN] =
        "Kein Wohngeldanspruch: alle Haushaltsmitglieder sind nach den §§ 7 und 8 WoGG vom Wohngeld ausgeschlossen (§ 21 Nr. 2 WoGG).",
    [WG_GRUND_VERMOEGEN] =
        "Kein Wohngeldanspruch: die Inanspruchnahme wäre wegen erheblichen Vermögens missbräuchlich (§ 21 Nr. 3 WoGG, WoGVwV Nr. 21.37).",
    [WG_GRUND_AUSBILDUNGSFOERDERUNG] =
        "Kein Wohngeldanspruch: alle Haushaltsmitglieder haben dem Grunde nach Anspruch auf Ausbildungsförderung (§ 20 Abs. 2 WoGG).",
};

const char *wg_grund_code(wg_grund g) { return (unsigned)g <= WG_GRUND_AUSBILDUNGSFOERDERUNG ? grund_codes[g] : ""; }
const char *wg_grund_text(wg_grund g) { return (unsigned)g <= WG_GRUND_AUSBILDUNGSFOERDERUNG ? grund_texte[g] : ""; }

static const char *const wert_namen[WG_W_ANZAHL] = {
    [WG_W_ANTEIL] = "anteil",
    [WG_W_HOECHSTBETRAG] = "hoechstbetrag",
    [WG_W_HOECHSTBETRAG_TABELLE] = "hoechstbetrag_tabelle",
    [WG_W_KLIMAKOMPONENTE] = "klimakomponente",
    [WG_W_HEIZKOSTEN_ENTLASTUNG] = "heizkosten_entlastung",
    [WG_W_MIETE] = "miete",
    [WG_W_M] = "M", [WG_W_Y] = "Y", [WG_W_M_MIN] = "M_min", [WG_W_Y_MIN] = "Y_min",
    [WG_W_M_FORMEL] = "M_formel", [WG_W_Y_FORMEL] = "Y_formel",
    [WG_W_A] = "a", [WG_W_B] = "b", [WG_W_C] = "c",
    [WG_W_Z1] = "z1", [WG_W_Z2] = "z2", [WG_W_Z3] = "z3", [WG_W_Z4] = "z4",
    [WG_W_WOHNGELD_GERUNDET] = "wohngeld_gerundet",
    [WG_W_WOHNGELD_GEDECKELT] = "wohngeld_gedeckelt",
    [WG_W_ZUSCHLAG_UEBER_12] = "zuschlag_ueber_12",
    [WG_W_SCHWELLE] = "schwelle",
    [WG_W_GESAMTEINKOMMEN_JAHR] = "gesamteinkommen_jahr",
    [WG_W_VERMOEGENSGRENZE] = "vermoegensgrenze",
    [WG_W_GEMEINDE] = "gemeinde",
    [WG_W_GEMEINDE_ZEILE] = "gemeinde_zeile",
    [WG_W_GEMEINDE_NAME] = "gemeinde_name",
    [WG_W_MIETENSTUFENLISTE] = "mietenstufenliste",
};

const char *wg_wert_name(wg_wert w) { return (unsigned)w < WG_W_ANZAHL ? wert_namen[w] : ""; }

/* ---- building a result ---- */

void wg_ergebnis_zuruecksetzen(wg_ergebnis *r)
{
    r->status = WG_OK;
    memset(&r->fehler, 0, sizeof r->fehler);
    r->anspruch = false;
    r->wohngeld = 0;
    r->grund = WG_GRUND_KEINER;
    r->rechtsstand = NULL;
    r->n = r->n_gesamt = r->n_tab = r->n_kap = r->mietenstufe = -1;
    r->gesetzt = 0;
    r->anzahl_hinweise = 0;
    r->anzahl_schritte = 0;
    r->arena_len = 0;
    r->speicher_fehlt = false;
    r->id = wg_arena_text(r, "", 0);
}

size_t wg_arena_text(wg_ergebnis *r, const char *s, size_t len)
{
    if (r->arena_len + len + 1 > r->arena_kap) {
        size_t kap = r->arena_kap ? r->arena_kap : 4096;
        while (r->arena_len + len + 1 > kap) kap *= 2;
        char *neu = realloc(r->arena, kap);
        if (!neu) { r->speicher_fehlt = true; return 0; }
        r->arena = neu;
        r->arena_kap = kap;
    }
    size_t off = r->arena_len;
    if (len) memcpy(r->arena + off, s, len);
    r->arena[off + len] = '\0';
    r->arena_len += len + 1;
    return off;
}

const char *wg_wert_text(wg_ergebnis *r, wg_wert w)
{
    if (!(r->gesetzt >> w & 1u)) return "";
    switch (r->art[w]) {
    case WG_ART_FEST: wg_dezimal_schreiben(r->wert[w], r->zahl[w], r->stellen[w]); break;
    case WG_ART_BETRAG: wg_dezimal_schreiben_kurz(r->wert[w], r->zahl[w], 4, 2); break;
    case WG_ART_KOEFF: wg_dezimal_schreiben_kurz(r->wert[w], r->zahl[w], 10, 0); break;
    default: return r->wert[w];
    }
    r->art[w] = WG_ART_TEXT;
    return r->wert[w];
}

void wg_wert_koeffizient(wg_ergebnis *r, wg_wert w, wg_z10 v)
{
    r->zahl[w] = v;
    r->art[w] = WG_ART_KOEFF;
    r->gesetzt |= 1u << w;
}

void wg_wert_setzen(wg_ergebnis *r, wg_wert w, const char *s)
{
    r->art[w] = WG_ART_TEXT;
    size_t n = strlen(s);
    if (n >= sizeof r->wert[w]) n = sizeof r->wert[w] - 1;
    memcpy(r->wert[w], s, n);
    r->wert[w][n] = '\0';
    wg_utf8_ende_reparieren(r->wert[w]);
    r->gesetzt |= 1u << w;
}

void wg_wert_dezimal(wg_ergebnis *r, wg_wert w, wg_z10 v, int stellen)
{
    r->zahl[w] = v;
    r->stellen[w] = (unsigned char)stellen;
    r->art[w] = WG_ART_FEST;
    r->gesetzt |= 1u << w;
}

const char *wg_betrag_text(char *buf, wg_b4 v)
{
    wg_dezimal_schreiben_kurz(buf, v, 4, 2);
    return buf;
}

const char *wg_z10_text(char *buf, wg_z10 v)
{
    wg_dezimal_schreiben(buf, v, 10);
    return buf;
}

void wg_wert_betrag(wg_ergebnis *r, wg_wert w, wg_b4 v)
{
    r->zahl[w] = v;
    r->art[w] = WG_ART_BETRAG;
    r->gesetzt |= 1u << w;
}

void wg_schritt_anhaengen(wg_rechnung *c, const char *paragraph, const char *wert, const char *fmt, ...)
{
    wg_ergebnis *r = c->r;
    if (r->anzahl_schritte == r->kap_schritte) {
        size_t kap = r->kap_schritte ? r->kap_schritte * 2 : 64;
        schritt_intern *neu = realloc(r->schritte_i, kap * sizeof *neu);
        if (!neu) { r->speicher_fehlt = true; return; }
        r->schritte_i = neu;
        wg_schritt *neu2 = realloc(r->schritte, kap * sizeof *neu2);
        if (!neu2) { r->speicher_fehlt = true; return; }
        r->schritte = neu2;
        r->kap_schritte = kap;
    }
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof text) {
        wg_utf8_ende_reparieren(text);
        n = (int)strlen(text);
    }
    schritt_intern *s = &r->schritte_i[r->anzahl_schritte];
    s->paragraph = paragraph;
    s->text = wg_arena_text(r, text, (size_t)n);
    s->wert = wg_arena_text(r, wert ? wert : "", wert ? strlen(wert) : 0);
    if (!r->speicher_fehlt) r->anzahl_schritte++;
}

void wg_hinweis_neu(wg_ergebnis *r, const char *code, const char *text)
{
    if (r->anzahl_hinweise < sizeof r->hinweis / sizeof r->hinweis[0])
        r->hinweis[r->anzahl_hinweise++] = (wg_hinweis){code, text};
}

wg_status wg_fehler_setzen(wg_ergebnis *r, wg_status code, const char *feld, const char *fmt, ...)
{
    r->status = code;
    r->fehler.code = code;
    snprintf(r->fehler.feld, sizeof r->fehler.feld, "%s", feld ? feld : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->fehler.meldung, sizeof r->fehler.meldung, fmt, ap);
    va_end(ap);
    wg_utf8_ende_reparieren(r->fehler.meldung);
    wg_utf8_ende_reparieren(r->fehler.feld);
    return code;
}

/* ---- public accessors ---- */

wg_ergebnis *wg_ergebnis_neu(void)
{
    wg_ergebnis *r = calloc(1, sizeof *r);
    if (r) wg_ergebnis_zuruecksetzen(r);
    return r;
}

void wg_ergebnis_frei(wg_ergebnis *r)
{
    if (!r) return;
    free(r->arena);
    free(r->schritte_i);
    free(r->schritte);
    free(r->monate);
    free(r);
}

wg_status wg_ergebnis_status(const wg_ergebnis *r) { return r->status; }
const wg_fehler *wg_ergebnis_fehler(const wg_ergebnis *r) { return r->status == WG_OK ? NULL : &r->fehler; }
const char *wg_ergebnis_id(const wg_ergebnis *r) { return r->arena ? r->arena + r->id : ""; }
bool wg_ergebnis_anspruch(const wg_ergebnis *r) { return r->anspruch; }
int64_t wg_ergebnis_wohngeld_monat(const wg_ergebnis *r) { return r->wohngeld; }
wg_grund wg_ergebnis_grund(const wg_ergebnis *r) { return r->grund; }
const wg_rechtsstand_info *wg_ergebnis_rechtsstand(const wg_ergebnis *r)
{
    return r->rechtsstand;
}
const wg_auslegung *wg_ergebnis_auslegung(const wg_ergebnis *r) { return &r->auslegung; }
const char *wg_ergebnis_wert(const wg_ergebnis *r, wg_wert w)
{
    /* formatting on first access writes into the result: a result belongs to one thread */
    return (unsigned)w < WG_W_ANZAHL && (r->gesetzt >> w & 1u) ? wg_wert_text((wg_ergebnis *)r, w) : NULL;
}
int wg_ergebnis_n(const wg_ergebnis *r) { return r->n; }
int wg_ergebnis_n_gesamt(const wg_ergebnis *r) { return r->n_gesamt; }
int wg_ergebnis_n_tab(const wg_ergebnis *r) { return r->n_tab; }
int wg_ergebnis_n_kap(const wg_ergebnis *r) { return r->n_kap; }
int wg_ergebnis_mietenstufe(const wg_ergebnis *r) { return r->mietenstufe; }
size_t wg_ergebnis_anzahl_schritte(const wg_ergebnis *r) { return r->anzahl_schritte; }
const wg_schritt *wg_ergebnis_schritt(const wg_ergebnis *r, size_t i)
{
    return i < r->anzahl_schritte ? &r->schritte[i] : NULL;
}
size_t wg_ergebnis_anzahl_hinweise(const wg_ergebnis *r) { return r->anzahl_hinweise; }
const wg_hinweis *wg_ergebnis_hinweis(const wg_ergebnis *r, size_t i)
{
    return i < r->anzahl_hinweise ? &r->hinweis[i] : NULL;
}
