/* eigenschaften.c — see eigenschaften.h. */
#include "eigenschaften.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formel.h"
#include "rechnung.h"
#include "zahl.h"

struct wgi_pruefer {
    const wg_engine *e;
    wg_ergebnis *r, *r2;
    wg_json *j, *j2;
    char meldung[512];
    char json[1 << 16];
};

wgi_pruefer *wgi_pruefer_neu(const wg_engine *e)
{
    wgi_pruefer *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->e = e;
    p->r = wg_ergebnis_neu();
    p->r2 = wg_ergebnis_neu();
    p->j = wg_json_neu();
    p->j2 = wg_json_neu();
    return p;
}

void wgi_pruefer_frei(wgi_pruefer *p)
{
    if (!p) return;
    wg_ergebnis_frei(p->r);
    wg_ergebnis_frei(p->r2);
    wg_json_frei(p->j);
    wg_json_frei(p->j2);
    free(p);
}

static const char *verletzt(wgi_pruefer *p, const char *was)
{
    snprintf(p->meldung, sizeof p->meldung, "%s (id %s)", was, wg_ergebnis_id(p->r));
    return p->meldung;
}

/* total amount: the month, or the period's sum */
static int64_t betrag(const wg_ergebnis *r)
{
    return wg_ergebnis_hat_zeitraum(r) ? wg_ergebnis_summe(r) : wg_ergebnis_wohngeld_monat(r);
}

static bool z10(const char *s, wgi_z10 *v)
{
    int64_t x;
    if (!s || wgi_dezimal_lesen(s, strlen(s), 10, &x) != 0) return false;
    *v = x;
    return true;
}

static const char *formel_pruefen(wgi_pruefer *p)
{
    const wg_ergebnis *r = p->r;
    wgi_formel f;
    wgi_z10 z[4];
    if (!z10(wg_ergebnis_wert(r, WG_W_M_FORMEL), &f.m) || !z10(wg_ergebnis_wert(r, WG_W_Y_FORMEL), &f.y)) return NULL;
    if (!z10(wg_ergebnis_wert(r, WG_W_A), &f.a) || !z10(wg_ergebnis_wert(r, WG_W_B), &f.b) ||
        !z10(wg_ergebnis_wert(r, WG_W_C), &f.c))
        return NULL;
    if (!z10(wg_ergebnis_wert(r, WG_W_Z1), &z[0]) || !z10(wg_ergebnis_wert(r, WG_W_Z2), &z[1]) ||
        !z10(wg_ergebnis_wert(r, WG_W_Z3), &z[2]) || !z10(wg_ergebnis_wert(r, WG_W_Z4), &z[3]))
        return NULL; /* beyond int64 text range: the GMP path was used, nothing to compare */
    f.faktor = 11500000000LL;
    f.rundung = wg_ergebnis_auslegung(r)->zwischenrundung == WG_RUNDUNG_ABSCHNEIDEN ? WGI_RUNDEN_ABSCHNEIDEN
                                                                                    : WGI_RUNDEN_HALB_WEG_VON_NULL;
    wgi_formel_ergebnis a, b;
    if (!wgi_formel_gmp(&f, &b)) return verletzt(p, "GMP-Referenz ohne Ergebnis");
    if (b.z1 != z[0] || b.z2 != z[1] || b.z3 != z[2] || b.z4 != z[3]) return verletzt(p, "z1–z4 weichen von der GMP-Referenz ab");
    if (wgi_formel_schnell(&f, &a) && (a.z1 != b.z1 || a.z2 != b.z2 || a.z3 != b.z3 || a.z4 != b.z4))
        return verletzt(p, "128-Bit-Pfad weicht von GMP ab");
    return NULL;
}

/* WG_NUR_BETRAG (calc/nur_betrag.c) gives what a bulk run reads exactly as the full
 * computation: the same error (code, field, message), or the same amount, claim, grund,
 * Rechtsstand, sizes, Mietenstufe, hints and months. */
const char *wgi_nur_betrag_vergleichen(const wg_ergebnis *a, const wg_ergebnis *b)
{
    if (wg_ergebnis_status(a) != wg_ergebnis_status(b)) return "Status";
    if (strcmp(wg_ergebnis_id(a), wg_ergebnis_id(b))) return "id";
    if (wg_ergebnis_status(a) != WG_OK) {
        const wg_fehler *fa = wg_ergebnis_fehler(a), *fb = wg_ergebnis_fehler(b);
        if (fa->code != fb->code || strcmp(fa->feld, fb->feld) || strcmp(fa->meldung, fb->meldung)) return "Fehler";
        return NULL;
    }
    if (wg_ergebnis_anspruch(a) != wg_ergebnis_anspruch(b)) return "anspruch";
    if (wg_ergebnis_wohngeld_monat(a) != wg_ergebnis_wohngeld_monat(b)) return "wohngeld_monat";
    if (wg_ergebnis_grund(a) != wg_ergebnis_grund(b)) return "grund";
    const wg_rechtsstand_info *ra = wg_ergebnis_rechtsstand(a), *rb = wg_ergebnis_rechtsstand(b);
    if (!ra || !rb || strcmp(ra->id, rb->id) || strcmp(ra->quelle, rb->quelle)) return "rechtsstand";
    if (wg_ergebnis_n(a) != wg_ergebnis_n(b) || wg_ergebnis_n_gesamt(a) != wg_ergebnis_n_gesamt(b) ||
        wg_ergebnis_n_tab(a) != wg_ergebnis_n_tab(b) || wg_ergebnis_n_kap(a) != wg_ergebnis_n_kap(b))
        return "Haushaltsgröße";
    if (wg_ergebnis_mietenstufe(a) != wg_ergebnis_mietenstufe(b)) return "mietenstufe";
    if (wg_ergebnis_anzahl_hinweise(a) != wg_ergebnis_anzahl_hinweise(b)) return "Zahl der Hinweise";
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(a); i++)
        if (strcmp(wg_ergebnis_hinweis(a, i)->code, wg_ergebnis_hinweis(b, i)->code) ||
            strcmp(wg_ergebnis_hinweis(a, i)->text, wg_ergebnis_hinweis(b, i)->text))
            return "Hinweis";
    if (wg_ergebnis_hat_zeitraum(a) != wg_ergebnis_hat_zeitraum(b) || wg_ergebnis_summe(a) != wg_ergebnis_summe(b) ||
        wg_ergebnis_anzahl_monate(a) != wg_ergebnis_anzahl_monate(b))
        return "zeitraum";
    for (size_t i = 0; i < wg_ergebnis_anzahl_monate(a); i++)
        if (wg_ergebnis_monat(a, i)->wohngeld_monat != wg_ergebnis_monat(b, i)->wohngeld_monat) return "Monat";
    for (int w = 0; w < WG_W_ANZAHL; w++)
        if (wg_ergebnis_wert(b, (wg_wert)w)) return "Herleitungswert trotz WG_NUR_BETRAG";
    if (wg_ergebnis_anzahl_schritte(b)) return "Schritte trotz WG_NUR_BETRAG";
    return NULL;
}

const char *wgi_satz_vergleichen(const wg_engine *e, const wg_haushalt *h, const wg_ergebnis *voll, long *selbst)
{
    enum { KAP = 1 << 15 };
    static _Thread_local uint64_t puffer[KAP / 8], kopie[KAP / 8];
    const size_t laenge = wg_satz_packen(e, h, NULL, 0);
    if (laenge == 0) return NULL; /* for wg_berechnen: checked by wgi_nur_betrag_vergleichen */
    if (wg_ergebnis_status(voll) != WG_OK) return "Satz aus einem Haushalt, den die Rechnung ablehnt";
    if (laenge % 8 != 0 || laenge < 64) return "Satzlänge";
    if (laenge > KAP) return NULL; /* larger than this check's buffer (beyond the fuzzer's records) */
    /* a buffer one record too small stays untouched, and the size is still told */
    memset(puffer, 0xA5, laenge);
    if (wg_satz_packen(e, h, puffer, laenge - 8) != laenge) return "Größenabfrage mit zu kleinem Puffer";
    for (size_t i = 0; i < laenge; i++)
        if (((const unsigned char *)puffer)[i] != 0xA5) return "zu kleiner Puffer beschrieben";
    if (wg_satz_packen(e, h, puffer, KAP) != laenge || wg_satz_laenge(puffer) != laenge) return "Satzlänge geschrieben";
    /* the Satz stands alone: a copy elsewhere computes the same */
    memcpy(kopie, puffer, laenge);
    memset(puffer, 0x5A, laenge);
    wg_kurz k;
    if (wg_satz_berechnen(e, kopie, laenge, &k) != WG_OK || k.status != WG_OK) return "Satz nicht berechnet";
    if (selbst) (*selbst)++;
    if (k.anspruch != wg_ergebnis_anspruch(voll)) return "Satz: anspruch";
    if (k.wohngeld_monat != wg_ergebnis_wohngeld_monat(voll)) return "Satz: wohngeld_monat";
    if (k.grund != wg_ergebnis_grund(voll)) return "Satz: grund";
    const wg_rechtsstand_info *rs = wg_ergebnis_rechtsstand(voll);
    if (!rs || !k.rechtsstand || strcmp(rs->id, k.rechtsstand->id)) return "Satz: rechtsstand";
    if (k.n != wg_ergebnis_n(voll) || k.n_gesamt != wg_ergebnis_n_gesamt(voll) || k.n_tab != wg_ergebnis_n_tab(voll) ||
        k.n_kap != wg_ergebnis_n_kap(voll))
        return "Satz: Haushaltsgröße";
    if (k.mietenstufe != wg_ergebnis_mietenstufe(voll)) return "Satz: mietenstufe";
    bool ungesichert = false;
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(voll); i++)
        ungesichert |= strcmp(wg_ergebnis_hinweis(voll, i)->code, "rechtsstand_ungesichert") == 0;
    if (k.rechtsstand_ungesichert != ungesichert) return "Satz: rechtsstand_ungesichert";
    return NULL;
}

const char *wgi_eigenschaften_pruefen(wgi_pruefer *p, const wg_haushalt *h)
{
    wg_ergebnis *r = p->r;
    wg_status s = wg_berechnen(p->e, h, r, 0);
    if (s == WG_E_SPEICHER) return NULL;
    if (wg_berechnen(p->e, h, p->r2, WG_NUR_BETRAG) != WG_E_SPEICHER) {
        const char *was = wgi_nur_betrag_vergleichen(r, p->r2);
        if (was) {
            snprintf(p->meldung, sizeof p->meldung, "WG_NUR_BETRAG weicht ab: %s (id %s)", was, wg_ergebnis_id(r));
            return p->meldung;
        }
    }
    const char *satz = wgi_satz_vergleichen(p->e, h, r, NULL);
    if (satz) {
        snprintf(p->meldung, sizeof p->meldung, "Satz weicht ab: %s (id %s)", satz, wg_ergebnis_id(r));
        return p->meldung;
    }
    if (s != WG_OK) {
        const wg_fehler *f = wg_ergebnis_fehler(r);
        if (!f || f->code != s || !f->meldung[0]) return verletzt(p, "Fehler ohne Code oder Meldung");
        return NULL;
    }
    int64_t w = wg_ergebnis_wohngeld_monat(r);
    if (w < 0) return verletzt(p, "negatives Wohngeld");
    if (wg_ergebnis_anspruch(r) != (w > 0)) return verletzt(p, "anspruch passt nicht zum Betrag");
    if (wg_ergebnis_anspruch(r) && wg_ergebnis_grund(r) != WG_GRUND_KEINER) return verletzt(p, "Anspruch mit Grund");
    if (!wg_ergebnis_anspruch(r) && wg_ergebnis_grund(r) == WG_GRUND_KEINER) return verletzt(p, "kein Anspruch ohne Grund");
    const char *schwelle = wg_ergebnis_wert(r, WG_W_SCHWELLE);
    if (w > 0 && schwelle && w < atoll(schwelle)) return verletzt(p, "Betrag unter der Schwelle");

    /* the cap at M */
    const char *m = wg_ergebnis_wert(r, WG_W_M);
    bool szenario = false;
    for (size_t i = 0; i < wg_ergebnis_anzahl_hinweise(r); i++)
        szenario |= !strcmp(wg_ergebnis_hinweis(r, i)->code, "szenario_entwurf");
    if (m && (h->auslegung.deckelung_auf_miete || szenario || wg_ergebnis_n(r) > 12) && w > atoll(m))
        return verletzt(p, "Betrag über M trotz Deckelung");

    const char *v = formel_pruefen(p);
    if (v) return v;

    int64_t basis = betrag(r);
    char m_text[48] = "", y_text[48] = "";
    if (m) snprintf(m_text, sizeof m_text, "%s", m);
    if (wg_ergebnis_wert(r, WG_W_Y)) snprintf(y_text, sizeof y_text, "%s", wg_ergebnis_wert(r, WG_W_Y));

    /* the order of the members does not matter */
    wg_mitglied umgekehrt[WG_MAX_MITGLIEDER];
    size_t n = h->anzahl_mitglieder;
    for (size_t i = 0; i < n; i++) umgekehrt[i] = h->mitglieder[n - 1 - i];
    wg_haushalt h2 = *h;
    h2.mitglieder = umgekehrt;
    if (wg_berechnen(p->e, &h2, p->r2, WG_OHNE_SCHRITTE) != WG_OK) return verletzt(p, "umgekehrte Reihenfolge: Fehler");
    if (betrag(p->r2) != basis) return verletzt(p, "Betrag hängt von der Reihenfolge der Mitglieder ab");
    const char *m2 = wg_ergebnis_wert(p->r2, WG_W_M);
    if ((m2 == NULL) != (m == NULL) || (m && strcmp(m2, m_text))) return verletzt(p, "M hängt von der Reihenfolge ab");

    /* more income never gives more Wohngeld: +100 EUR a month */
    h2 = *h;
    wg_mitglied mehr[WG_MAX_MITGLIEDER];
    wg_einkommen posten[WG_MAX_EINKOMMEN];
    bool geaendert = false;
    if (h->hat_gesamteinkommen) {
        if (h->gesamteinkommen_monat_cent + 10000 <= WG_MAX_BETRAG_CENT) {
            h2.gesamteinkommen_monat_cent += 10000;
            geaendert = true;
        }
    } else {
        for (size_t i = 0; i < n && !geaendert; i++) {
            const wg_mitglied *mg = &h->mitglieder[i];
            if (!mg->zu_beruecksichtigen || mg->hat_jahreseinkommen || mg->anzahl_einkommen >= WG_MAX_EINKOMMEN) continue;
            memcpy(mehr, h->mitglieder, n * sizeof *mehr);
            if (mg->anzahl_einkommen) memcpy(posten, mg->einkommen, mg->anzahl_einkommen * sizeof *posten);
            wg_einkommen_init(&posten[mg->anzahl_einkommen]);
            posten[mg->anzahl_einkommen].art = WG_ART_LOHNERSATZ;
            posten[mg->anzahl_einkommen].betrag_cent = 10000;
            mehr[i].einkommen = posten;
            mehr[i].anzahl_einkommen = mg->anzahl_einkommen + 1;
            h2.mitglieder = mehr;
            geaendert = true;
        }
    }
    if (geaendert) {
        if (wg_berechnen(p->e, &h2, p->r2, WG_OHNE_SCHRITTE) != WG_OK) return verletzt(p, "mehr Einkommen: Fehler");
        if (betrag(p->r2) > basis) return verletzt(p, "mehr Einkommen ergibt mehr Wohngeld");
    }

    /* more rent never gives less Wohngeld: +10 EUR a month */
    if (h->hat_wohnkosten && !h->heimbewohner && h->wohnkosten_cent + 1000 <= WG_MAX_BETRAG_CENT) {
        h2 = *h;
        h2.wohnkosten_cent += 1000;
        if (wg_berechnen(p->e, &h2, p->r2, WG_OHNE_SCHRITTE) != WG_OK) return verletzt(p, "mehr Miete: Fehler");
        if (betrag(p->r2) < basis) return verletzt(p, "mehr Miete ergibt weniger Wohngeld");
    }

    /* JSON round trip: write, read, compute — the same result bytes */
    size_t len;
    const char *t = wg_json_ergebnis_schreiben(p->j, p->e, r, &len);
    if (!t || len >= sizeof p->json) return NULL;
    memcpy(p->json, t, len + 1);
    const char *rec = wg_json_haushalt_schreiben(p->j2, h, &len);
    if (!rec) return NULL;
    char *kopie = malloc(len + 1);
    if (!kopie) return NULL;
    memcpy(kopie, rec, len + 1);
    wg_haushalt h3;
    wg_fehler fe;
    const char *ergebnis = NULL;
    if (wg_json_haushalt_lesen(p->j2, kopie, len, &h3, &fe) != WG_OK) {
        free(kopie);
        snprintf(p->meldung, sizeof p->meldung, "geschriebener Haushalt nicht lesbar: %s %s", fe.feld, fe.meldung);
        return p->meldung;
    }
    if (wg_berechnen(p->e, &h3, p->r2, 0) == WG_OK) ergebnis = wg_json_ergebnis_schreiben(p->j, p->e, p->r2, &len);
    free(kopie);
    if (!ergebnis || strcmp(ergebnis, p->json) != 0) return verletzt(p, "JSON-Rundreise ändert das Ergebnis");
    return NULL;
}
