/*
 * bescheid.c — the decisions of one record (wohngeld_bescheid.h): reading the record, choosing
 * its builder (a household, a partial household, a running case), the parts every letter shares
 * (dates, automation line, Rechtsbehelfsbelehrung, the calculation annex), and the arena that
 * holds one record's letters.
 *
 * Exports: wg_bescheide_* and wg_bescheid_* (public); bs_neu, bs_kopie, bs_text, bs_arena_*,
 * bs_brief_neu, bs_absatz, bs_anlage_aus_ergebnis, bs_gemeinsam, bs_fehl (bescheid_intern.h).
 */
#include "bescheid_intern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- arena ---- */

struct bs_block {
    bs_block *naechster;
    size_t kap, belegt;
    _Alignas(16) unsigned char daten[];
};

void *bs_neu(wg_bescheide *b, size_t groesse)
{
    groesse = (groesse + 15) & ~(size_t)15;
    for (;;) {
        bs_block *k = b->aktuell;
        if (k && k->belegt + groesse <= k->kap) {
            void *p = k->daten + k->belegt;
            k->belegt += groesse;
            memset(p, 0, groesse);
            return p;
        }
        if (k && k->naechster) {
            b->aktuell = k->naechster;
            b->aktuell->belegt = 0;
            continue;
        }
        const size_t kap = groesse > 65536 ? groesse : 65536;
        bs_block *neu = malloc(sizeof *neu + kap);
        if (!neu) {
            b->speicher_fehlt = true;
            return NULL;
        }
        neu->naechster = NULL;
        neu->kap = kap;
        neu->belegt = 0;
        if (k) k->naechster = neu;
        else b->bloecke = neu;
        b->aktuell = neu;
    }
}

void bs_arena_leeren(wg_bescheide *b)
{
    b->aktuell = b->bloecke;
    if (b->aktuell) b->aktuell->belegt = 0;
}

void bs_arena_frei(wg_bescheide *b)
{
    for (bs_block *k = b->bloecke, *n; k; k = n) {
        n = k->naechster;
        free(k);
    }
    b->bloecke = b->aktuell = NULL;
}

const char *bs_kopie(wg_bescheide *b, const char *s)
{
    if (!s) return NULL;
    const size_t n = strlen(s);
    char *p = bs_neu(b, n + 1);
    if (!p) return "";
    memcpy(p, s, n + 1);
    return p;
}

const char *bs_text(wg_bescheide *b, const char *format, ...)
{
    char kurz[512];
    va_list ap;
    va_start(ap, format);
    const int n = vsnprintf(kurz, sizeof kurz, format, ap);
    va_end(ap);
    if (n < 0) return "";
    if ((size_t)n < sizeof kurz) return bs_kopie(b, kurz);
    char *p = bs_neu(b, (size_t)n + 1);
    if (!p) return "";
    va_start(ap, format);
    vsnprintf(p, (size_t)n + 1, format, ap);
    va_end(ap);
    return p;
}

/* ---- the record ---- */

wg_bescheide *wg_bescheide_neu(void)
{
    wg_bescheide *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->j = wg_json_neu();
    b->leser = j_leser_neu();
    b->r = wg_ergebnis_neu();
    b->r2 = wg_ergebnis_neu();
    b->v = wg_vorpruefung_neu();
    b->fr = wg_fall_ergebnis_neu();
    if (!b->j || !b->leser || !b->r || !b->r2 || !b->v || !b->fr) {
        wg_bescheide_frei(b);
        return NULL;
    }
    return b;
}

void wg_bescheide_frei(wg_bescheide *b)
{
    if (!b) return;
    wg_json_frei(b->j);
    j_leser_frei(b->leser);
    wg_ergebnis_frei(b->r);
    wg_ergebnis_frei(b->r2);
    wg_vorpruefung_frei(b->v);
    wg_fall_ergebnis_frei(b->fr);
    bs_arena_frei(b);
    wgi_puffer_frei(&b->aus);
    free(b);
}

wg_status bs_fehl(wg_bescheide *b, wg_status code, const char *feld, const char *format, ...)
{
    b->fehler.code = code;
    snprintf(b->fehler.feld, sizeof b->fehler.feld, "%s", feld ? feld : "");
    va_list ap;
    va_start(ap, format);
    vsnprintf(b->fehler.meldung, sizeof b->fehler.meldung, format, ap);
    va_end(ap);
    b->anzahl = 0;
    return code;
}

bs_brief *bs_brief_neu(wg_bescheide *b, wg_bescheid_art art)
{
    if (b->anzahl >= BS_MAX_BRIEFE) return NULL;
    bs_brief *x = &b->brief[b->anzahl++];
    memset(x, 0, sizeof *x);
    x->info.art = art;
    x->info.id = b->id;
    x->nummer = (int)b->anzahl;
    bs_k_muss(b, x, "name");
    return x;
}

void bs_absatz(wg_bescheide *b, bs_brief *x, const char *titel, const char *norm, const char *format, ...)
{
    if (x->anzahl_absaetze >= BS_MAX_ABSAETZE) return;
    char kurz[2048];
    va_list ap;
    va_start(ap, format);
    vsnprintf(kurz, sizeof kurz, format, ap);
    va_end(ap);
    x->absatz[x->anzahl_absaetze++] = (bs_absatz_t){titel ? titel : "", bs_kopie(b, kurz), norm ? norm : ""};
}

/* The calculation of one section as the engine derived it (§ 35 Abs. 1 SGB X): every step with
 * its norm and value, copied (r is reused by the next computation). */
void bs_anlage_aus_ergebnis(wg_bescheide *b, bs_brief *x, const char *titel, const wg_ergebnis *r)
{
    if (x->anzahl_anlagen >= BS_MAX_ANLAGEN) return;
    bs_anlage *a = &x->anlage[x->anzahl_anlagen++];
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(r);
    a->titel = bs_kopie(b, titel);
    a->rechtsstand = rs ? bs_kopie(b, rs->id) : "";
    a->rechtsstand_quelle = rs ? bs_kopie(b, rs->quelle) : "";
    a->wohngeld_monat = wg_ergebnis_wohngeld_monat(r);
    const size_t n = wg_ergebnis_anzahl_schritte(r);
    bs_schritt *s = bs_neu(b, (n ? n : 1) * sizeof *s);
    if (!s) return;
    for (size_t i = 0; i < n; i++) {
        const wg_schritt *q = wg_ergebnis_schritt(r, i);
        s[i] = (bs_schritt){bs_kopie(b, q->paragraph), bs_kopie(b, q->text), bs_kopie(b, q->wert)};
    }
    a->schritte = s;
    a->anzahl = n;
}

static const char *const art_namen[WG_BESCHEID_ANZAHL] = {
    "bewilligung", "ablehnung", "aenderung", "aufhebung", "anhoerung", "einladung", "aussteuerung", "kein_bescheid"};

const char *wg_bescheid_art_name(wg_bescheid_art a) { return (unsigned)a < WG_BESCHEID_ANZAHL ? art_namen[a] : ""; }

/* What every letter carries besides its own content: the dates, the automation line (§§ 31a,
 * 33 Abs. 5 SGB X) and, for a decision, the Rechtsbehelfsbelehrung (§ 36 SGB X, §§ 58, 68–70 VwGO). */
void bs_gemeinsam(wg_bescheide *b, bs_brief *x)
{
    x->bekanntgabe = bs_bekanntgabe(b->k, x->datum);
    const wg_bescheid_art a = x->info.art;
    if (a == WG_BESCHEID_AUSSTEUERUNG || a == WG_BESCHEID_KEINER) return;
    char pfad[64];
    snprintf(pfad, sizeof pfad, "automation.vollautomatisch.%s", art_namen[a]);
    /* § 31a SGB X: off until the authority enables it (docs/bescheide.md § 8) */
    x->info.vollautomatisch = bs_k_wahr(b->k, pfad, false);
    const char *hinweis = bs_k_kann(b, x, "automation.hinweis");
    if (x->info.vollautomatisch) {
        const char *mensch = bs_k_muss(b, x, "automation.ansprechpartner");
        bs_absatz(b, x, "Automatisierte Entscheidung", "§ 31a SGB X, § 33 Abs. 5 SGB X",
                  "Dieses Schreiben wurde vollautomatisch erstellt und erlassen (§ 31a SGB X); es ist ohne Unterschrift "
                  "gültig (§ 33 Abs. 5 SGB X).%s%s Wenn Sie mit einem Menschen sprechen möchten: %s.",
                  hinweis ? " " : "", hinweis ? hinweis : "", mensch);
    } else {
        bs_absatz(b, x, "Automatisierte Erstellung", "§ 33 Abs. 5 SGB X",
                  "Dieses Schreiben wurde mit einer Datenverarbeitungsanlage erstellt und ist ohne Unterschrift gültig "
                  "(§ 33 Abs. 5 SGB X).%s%s",
                  hinweis ? " " : "", hinweis ? hinweis : "");
    }
    if (!x->belehrung) return;
    const char *art = bs_k_muss(b, x, "rechtsbehelf.art");
    const char *stelle = bs_k_muss(b, x, "rechtsbehelf.stelle");
    const char *anschrift = bs_k_muss(b, x, "rechtsbehelf.anschrift");
    const char *frist = bs_k_kann(b, x, "rechtsbehelf.frist");
    const char *form = bs_k_kann(b, x, "rechtsbehelf.form");
    if (!frist) frist = "eines Monats";
    if (strcmp(art, "klage") == 0)
        bs_absatz(b, x, "Rechtsbehelfsbelehrung", "§ 36 SGB X, §§ 58, 74, 81 VwGO",
                  "Gegen diesen Bescheid kann innerhalb %s nach seiner Bekanntgabe Klage beim %s, %s, erhoben werden. %s",
                  frist, stelle, anschrift,
                  form ? form : "Die Klage ist schriftlich, zur Niederschrift des Urkundsbeamten der Geschäftsstelle oder "
                                "als elektronisches Dokument nach § 55a VwGO zu erheben.");
    else
        bs_absatz(b, x, "Rechtsbehelfsbelehrung", "§ 36 SGB X, §§ 58, 68–70 VwGO",
                  "Gegen diesen Bescheid kann innerhalb %s nach seiner Bekanntgabe Widerspruch erhoben werden. Der "
                  "Widerspruch ist bei der %s, %s, einzulegen. %s",
                  frist, stelle, anschrift,
                  form ? form : "Er kann schriftlich, zur Niederschrift oder in elektronischer Form nach § 36a Abs. 2 SGB I "
                                "eingelegt werden.");
}

static void empfaenger_lesen(wg_bescheide *b, const j_wert *o)
{
    const j_wert *e = j_feld(o, "empfaenger");
    if (!e || e->typ != J_OBJEKT) return;
    const j_wert *n = j_feld(e, "name"), *az = j_feld(e, "aktenzeichen"), *an = j_feld(e, "anschrift");
    if (n && n->typ == J_TEXT) b->empf_name = bs_kopie(b, n->s);
    if (az && az->typ == J_TEXT) b->empf_aktenzeichen = bs_kopie(b, az->s);
    if (an && an->typ == J_LISTE)
        for (const j_wert *z = an->erstes; z && b->empf_zeilen < 6; z = z->naechstes)
            if (z->typ == J_TEXT) b->empf_anschrift[b->empf_zeilen++] = bs_kopie(b, z->s);
}

wg_status wg_bescheide_erstellen(wg_bescheide *b, const wg_engine *e, const wg_behoerde *k, const char *zeile, size_t len,
                                 wg_datum datum)
{
    if (!b) return WG_E_ARGUMENT;
    bs_arena_leeren(b);
    b->anzahl = 0;
    memset(&b->fehler, 0, sizeof b->fehler);
    b->id = "";
    b->empf_name = b->empf_aktenzeichen = NULL;
    b->empf_zeilen = 0;
    b->k = k;
    b->k_fehlt = NULL;
    b->speicher_fehlt = false;
    b->leistung_belastung = false;
    if (!e || !k || !zeile) return bs_fehl(b, WG_E_ARGUMENT, "", "engine, behoerde oder zeile ist NULL");
    const char *meldung = NULL;
    const j_wert *o = j_lesen(b->leser, zeile, len, &meldung);
    if (!o && j_speicher_fehlt(b->leser)) return bs_fehl(b, WG_E_SPEICHER, "", "Speicher");
    bool fall = false;
    if (o && o->typ == J_OBJEKT) {
        const j_wert *idw = j_feld(o, "id");
        if (idw && idw->typ == J_TEXT) b->id = bs_kopie(b, idw->s);
        const j_wert *fw = j_feld(o, "format");
        fall = fw && fw->typ == J_TEXT && strcmp(fw->s, "wohngeld-fall/1") == 0;
        empfaenger_lesen(b, o);
    }
    wg_status st;
    if (fall) {
        st = bs_fall(b, e, zeile, len, datum);
    } else {
        wg_haushalt h;
        const wg_unbekannt *u = NULL;
        size_t n = 0;
        wg_fehler f = {0};
        st = wg_json_teilhaushalt_lesen(b->j, zeile, len, &h, &u, &n, &f);
        if (st != WG_OK) {
            if (h.id && !b->id[0]) b->id = bs_kopie(b, h.id);
            b->fehler = f;
            b->anzahl = 0;
            return st;
        }
        if (datum.jahr == 0) {
            /* the letters are dated today (a case: its decision day, bescheid_fall.c) */
            const time_t t = time(NULL);
            struct tm tm;
            localtime_r(&t, &tm);
            datum = (wg_datum){tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
        }
        st = n > 0 ? bs_einladung(b, e, &h, u, n, datum) : bs_haushalt(b, e, &h, datum);
    }
    if (st != WG_OK) {
        b->anzahl = 0;
        return st;
    }
    if (b->speicher_fehlt) return bs_fehl(b, WG_E_SPEICHER, "", "nicht genug Speicher für die Schreiben");
    if (b->k_fehlt)
        return bs_fehl(b, WG_E_BEHOERDE_UNVOLLSTAENDIG, b->k_fehlt,
                       "Die Behördendatei enthält \"%s\" nicht; dieser Bescheid braucht die Angabe (docs/bescheide.md § 7).",
                       b->k_fehlt);
    for (size_t i = 0; i < b->anzahl; i++) {
        b->brief[i].info.anzahl_aussteuerung = b->brief[i].anzahl_gruende;
        b->brief[i].info.tenor = b->brief[i].tenor;
    }
    return WG_OK;
}

const wg_fehler *wg_bescheide_fehler(const wg_bescheide *b) { return b && b->fehler.code != WG_OK ? &b->fehler : NULL; }
const char *wg_bescheide_id(const wg_bescheide *b) { return b ? b->id : ""; }
size_t wg_bescheide_anzahl(const wg_bescheide *b) { return b ? b->anzahl : 0; }
const wg_bescheid_info *wg_bescheid(const wg_bescheide *b, size_t i) { return b && i < b->anzahl ? &b->brief[i].info : NULL; }

const char *wg_bescheid_json(wg_bescheide *b, size_t i, size_t *len)
{
    if (!b || i >= b->anzahl) return NULL;
    return bs_json(b, &b->brief[i], len);
}

const char *wg_bescheid_html(wg_bescheide *b, size_t i, size_t *len)
{
    if (!b || i >= b->anzahl) return NULL;
    return bs_html(b, &b->brief[i], len);
}
