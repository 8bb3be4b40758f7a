/*
 * batch_summe.c — counting a night run and writing its summary (batch_summe.h).
 */
#include "batch_summe.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

void batch_summe_init(batch_summe *s)
{
    memset(s, 0, sizeof *s);
    mpz_init(s->monat);
    mpz_init(s->zeitraum_summe);
    mpz_init(s->summe_min);
    mpz_init(s->summe_max);
    mpz_init(s->ueberzahlung);
    mpz_init(s->nachzahlung);
    mpz_init(s->erstattung);
}

void batch_summe_frei(batch_summe *s)
{
    mpz_clear(s->ueberzahlung);
    mpz_clear(s->nachzahlung);
    mpz_clear(s->erstattung);
    mpz_clear(s->monat);
    mpz_clear(s->zeitraum_summe);
    mpz_clear(s->summe_min);
    mpz_clear(s->summe_max);
}

void batch_summe_leeren(batch_summe *s)
{
    /* every counter back to zero: the same as a new summary, so no counter can be forgotten */
    batch_summe_frei(s);
    batch_summe_init(s);
}

/* Counts code (n bytes) in a list kept sorted by code, so the summary is the same whatever
 * order the codes came in. */
static void zaehlen(char (*codes)[BATCH_HINWEISCODE_LEN], uint64_t *anzahl, size_t *n_codes, const char *code, size_t n)
{
    if (n == 0 || n >= BATCH_HINWEISCODE_LEN) return;
    char c[BATCH_HINWEISCODE_LEN];
    memcpy(c, code, n);
    c[n] = '\0';
    size_t k = 0, hi = *n_codes; /* binary search: the first code not before c */
    while (k < hi) {
        const size_t mitte = k + (hi - k) / 2;
        const int v = strcmp(codes[mitte], c);
        if (v == 0) {
            anzahl[mitte]++;
            return;
        }
        if (v < 0) k = mitte + 1;
        else hi = mitte;
    }
    if (*n_codes == BATCH_MAX_HINWEISCODES) return;
    memmove(codes[k + 1], codes[k], (*n_codes - k) * sizeof codes[0]);
    memmove(&anzahl[k + 1], &anzahl[k], (*n_codes - k) * sizeof anzahl[0]);
    memcpy(codes[k], c, n + 1);
    anzahl[k] = 1;
    (*n_codes)++;
}

void batch_summe_fehlt(batch_summe *s, const char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != ' ') j++;
        /* the path without indices */
        char b[BATCH_HINWEISCODE_LEN];
        size_t n = 0;
        bool in_klammer = false;
        for (size_t k = i; k < j && n + 1 < sizeof b; k++) {
            if (text[k] == ']') in_klammer = false;
            if (!in_klammer) b[n++] = text[k];
            if (text[k] == '[') in_klammer = true;
        }
        zaehlen(s->fehlt_feld, s->fehlt_anzahl, &s->anzahl_fehlt, b, n);
        i = j + 1;
    }
}

void batch_summe_bericht(batch_summe *s, const char *rechtsstand, unsigned auslegung, bool anspruch, int64_t wohngeld,
                         int groesse, int stufe)
{
    for (int k = 0; k < BATCH_AUSLEGUNGEN; k++) s->auslegung[k] += auslegung >> k & 1u;
    if (rechtsstand) zaehlen(s->rechtsstand, s->rechtsstand_anzahl, &s->anzahl_rechtsstaende, rechtsstand, strlen(rechtsstand));
    if (!anspruch) return;
    const int64_t k = wohngeld < 0 ? 0 : wohngeld / BATCH_KLASSENBREITE;
    s->verteilung[k < BATCH_KLASSEN - 1 ? k : BATCH_KLASSEN - 1]++;
    const int g = groesse < 1 ? 0 : groesse > 12 ? 13 : groesse, m = stufe >= 1 && stufe <= 7 ? stufe : 0;
    s->tabelle_anzahl[g][m]++;
    s->tabelle_summe[g][m] += (uint64_t)(wohngeld > 0 ? wohngeld : 0);
}

/* each space-separated code of text counted in one list */
static void codes_zaehlen(char (*codes)[BATCH_HINWEISCODE_LEN], uint64_t *anzahl, size_t *n_codes, const char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != ' ') j++;
        zaehlen(codes, anzahl, n_codes, text + i, j - i);
        i = j + 1;
    }
}

void batch_summe_aussteuerung(batch_summe *s, const char *text, size_t len)
{
    s->faelle_ausgesteuert++;
    codes_zaehlen(s->aussteuerung_code, s->aussteuerung_anzahl, &s->anzahl_aussteuerungen, text, len);
}

void batch_summe_regeln(batch_summe *s, const char *text, size_t len)
{
    codes_zaehlen(s->regel, s->regel_anzahl, &s->anzahl_regeln, text, len);
}

void batch_summe_hinweise(batch_summe *s, const char *text, size_t len)
{
    codes_zaehlen(s->hinweis_code, s->hinweis_anzahl, &s->anzahl_hinweise, text, len);
}

void batch_summe_zeugenhinweise(batch_summe *s, const char *text, size_t len)
{
    codes_zaehlen(s->zeugenhinweis_code, s->zeugenhinweis_anzahl, &s->anzahl_zeugenhinweise, text, len);
}

void batch_summe_addieren(mpz_t summe, int64_t eur)
{
    if (eur >= 0) mpz_add_ui(summe, summe, (unsigned long)eur);
    else mpz_sub_ui(summe, summe, (unsigned long)-eur);
}

bool batch_summe_stimmig(const batch_summe *s)
{
    uint64_t ohne = 0, codes = 0;
    for (int g = 0; g < BATCH_GRUENDE; g++) ohne += s->ohne[g];
    for (int c = 0; c < WG_STATUS_ANZAHL; c++) codes += s->nach_code[c];
    const uint64_t teil = s->einstufung[0] + s->einstufung[1] + s->einstufung[2];
    return s->gelesen == s->berechnet + s->abgelehnt && s->berechnet == s->mit_anspruch + ohne + s->teil + s->faelle &&
           teil == s->teil && s->faelle_ueberzahlung <= s->faelle && s->faelle_nachzahlung <= s->faelle &&
           s->faelle_ausgesteuert <= s->faelle &&
           mpz_sgn(s->ueberzahlung) >= 0 && mpz_sgn(s->nachzahlung) >= 0 && mpz_cmp(s->erstattung, s->ueberzahlung) <= 0 &&
           mpz_sgn(s->summe_min) >= 0 && mpz_cmp(s->summe_min, s->summe_max) <= 0 &&
           s->abgelehnt == codes && s->zeitraum <= s->berechnet && mpz_sgn(s->monat) >= 0 &&
           mpz_sgn(s->zeitraum_summe) >= 0;
}

/* one member "KEY":n of an object whose keys are data (hint codes, field paths, Rechtsstand ids,
 * rules — some of them read back from a checkpoint): the key escaped as a JSON string */
static void posten(wgi_puffer *p, bool erstes, const char *schluessel, uint64_t v)
{
    char b[32];
    if (!erstes) wgi_puffer_zeichen(p, ',');
    wgi_puffer_json_text(p, schluessel, strlen(schluessel));
    snprintf(b, sizeof b, ":%llu", (unsigned long long)v);
    wgi_puffer_cstr(p, b);
}

static void zahl(wgi_puffer *p, const char *schluessel, uint64_t v)
{
    char b[96];
    snprintf(b, sizeof b, ",\"%s\":%llu", schluessel, (unsigned long long)v);
    wgi_puffer_cstr(p, b);
}

static void gross(wgi_puffer *p, const char *schluessel, const mpz_t v)
{
    char *t = mpz_get_str(NULL, 10, v);
    wgi_puffer_cstr(p, ",\"");
    wgi_puffer_cstr(p, schluessel);
    wgi_puffer_cstr(p, "\":\"");
    wgi_puffer_cstr(p, t ? t : "?");
    wgi_puffer_zeichen(p, '"');
    if (!t) p->fehler = true;
    free(t);
}

static void text(wgi_puffer *p, const char *schluessel, const char *v)
{
    wgi_puffer_cstr(p, ",\"");
    wgi_puffer_cstr(p, schluessel);
    wgi_puffer_cstr(p, "\":");
    if (v) wgi_puffer_json_text(p, v, strlen(v));
    else wgi_puffer_cstr(p, "null");
}

static void lauf_json(wgi_puffer *p, const batch_lauf *l)
{
    char b[256];
    wgi_puffer_cstr(p, ",\"lauf\":{\"engine\":{\"version\":");
    wgi_puffer_json_text(p, l->version, strlen(l->version));
    text(p, "tabellen", l->tabellen);
    wgi_puffer_cstr(p, "},\"eingabe\":{\"datei\":");
    wgi_puffer_json_text(p, l->eingabe, strlen(l->eingabe));
    zahl(p, "groesse", l->eingabe_groesse);
    text(p, "sha256", l->eingabe_sha256[0] ? l->eingabe_sha256 : NULL);
    wgi_puffer_cstr(p, "},\"einstellungen\":{\"format\":");
    wgi_puffer_json_text(p, l->format, strlen(l->format));
    text(p, "ausgabe_umfang", l->umfang);
    text(p, "art", l->art ? l->art : "haushalt");
    if (l->fall) {
        snprintf(b, sizeof b,
                 ",\"fall\":{\"voruebergehend_bis_monate\":%d,\"vergleich_y\":\"%s\",\"daten_max_alter_monate\":%d,"
                 "\"erstattung_grenze\":%lld,\"frist_warnung_tage\":%d}",
                 l->fall->voruebergehend_bis_monate, wg_vergleich_y_name(l->fall->vergleich_y), l->fall->daten_max_alter_monate,
                 (long long)l->fall->erstattung_grenze, l->fall->frist_warnung_tage);
        wgi_puffer_cstr(p, b);
    }
    char t[2] = {l->trennzeichen, '\0'};
    text(p, "trennzeichen", t);
    text(p, "ausgabe", l->ausgabe);
    text(p, "fehler", l->fehler);
    zahl(p, "threads", (uint64_t)l->threads);
    zahl(p, "block", l->block);
    if (l->shard_n > 0) {
        snprintf(b, sizeof b, ",\"shard\":{\"k\":%d,\"n\":%d}", l->shard_k, l->shard_n);
        wgi_puffer_cstr(p, b);
    }
    snprintf(b, sizeof b, ",\"checkpoint_sekunden\":%.3f}", l->checkpoint_sekunden);
    wgi_puffer_cstr(p, b);
    text(p, "erster_beginn", l->erster_beginn);
    text(p, "beginn", l->beginn);
    text(p, "ende", l->ende);
    snprintf(b, sizeof b, ",\"dauer_sekunden\":%.3f", l->dauer_sekunden);
    wgi_puffer_cstr(p, b);
    zahl(p, "datensaetze_in_diesem_lauf", l->in_diesem_lauf);
    snprintf(b, sizeof b, ",\"datensaetze_je_sekunde\":%.0f",
             l->dauer_sekunden > 0 ? (double)l->in_diesem_lauf / l->dauer_sekunden : 0.0);
    wgi_puffer_cstr(p, b);
    zahl(p, "fortsetzungen", l->fortsetzungen);
    wgi_puffer_cstr(p, l->abgebrochen ? ",\"abgebrochen\":true}" : ",\"abgebrochen\":false}");
}

/* rows 1–13 (members) × columns 1–7 (Mietenstufe) as a JSON list of lists */
static void tabelle_json(wgi_puffer *p, const uint64_t t[14][8])
{
    char b[32];
    for (int g = 1; g < 14; g++) {
        wgi_puffer_cstr(p, g > 1 ? ",[" : "[[");
        for (int m = 1; m < 8; m++) {
            snprintf(b, sizeof b, "%s%llu", m > 1 ? "," : "", (unsigned long long)t[g][m]);
            wgi_puffer_cstr(p, b);
        }
        wgi_puffer_zeichen(p, ']');
    }
    wgi_puffer_zeichen(p, ']');
}

/* {"anspruch_sicher":…,"kein_anspruch_sicher":…,"offen":…} */
static void einstufung_json(wgi_puffer *p, const uint64_t *e)
{
    char b[160];
    snprintf(b, sizeof b, "{\"anspruch_sicher\":%llu,\"kein_anspruch_sicher\":%llu,\"offen\":%llu}", (unsigned long long)e[0],
             (unsigned long long)e[1], (unsigned long long)e[2]);
    wgi_puffer_cstr(p, b);
}

void batch_summe_json(wgi_puffer *p, const batch_summe *s, const batch_lauf *lauf)
{
    wgi_puffer_cstr(p, "{\"format\":\"wohngeld-batch-zusammenfassung/3\"");
    zahl(p, "gelesen", s->gelesen);
    zahl(p, "berechnet", s->berechnet);
    zahl(p, "abgelehnt", s->abgelehnt);
    zahl(p, "mit_anspruch", s->mit_anspruch);
    wgi_puffer_cstr(p, ",\"ohne_anspruch\":{");
    for (int g = 1; g < BATCH_GRUENDE; g++) {
        char b[96];
        snprintf(b, sizeof b, "%s\"%s\":%llu", g > 1 ? "," : "", wg_grund_code((wg_grund)g), (unsigned long long)s->ohne[g]);
        wgi_puffer_cstr(p, b);
    }
    wgi_puffer_cstr(p, "},\"abgelehnt_nach_code\":{");
    bool erstes = true;
    for (int c = 1; c < WG_STATUS_ANZAHL; c++) {
        if (!s->nach_code[c]) continue;
        char b[96];
        snprintf(b, sizeof b, "%s\"%s\":%llu", erstes ? "" : ",", wg_status_code((wg_status)c), (unsigned long long)s->nach_code[c]);
        wgi_puffer_cstr(p, b);
        erstes = false;
    }
    wgi_puffer_cstr(p, "},\"hinweise_nach_code\":{");
    for (size_t i = 0; i < s->anzahl_hinweise; i++) posten(p, i == 0, s->hinweis_code[i], s->hinweis_anzahl[i]);
    wgi_puffer_zeichen(p, '}');
    zahl(p, "zeitraum_datensaetze", s->zeitraum);
    gross(p, "summe_wohngeld_monat", s->monat);
    gross(p, "summe_wohngeld_zeitraum", s->zeitraum_summe);
    /* the screening of partial records */
    wgi_puffer_cstr(p, ",\"vorpruefung\":{");
    char b[160];
    snprintf(b, sizeof b, "\"datensaetze\":%llu,\"einstufung\":", (unsigned long long)s->teil);
    wgi_puffer_cstr(p, b);
    einstufung_json(p, s->einstufung);
    wgi_puffer_cstr(p, ",\"nach_mietenstufe\":{");
    erstes = true;
    for (int i = 1; i < 8; i++) {
        const uint64_t *e = s->stufe_einstufung[i];
        if (!e[0] && !e[1] && !e[2]) continue;
        snprintf(b, sizeof b, "%s\"%d\":", erstes ? "" : ",", i);
        wgi_puffer_cstr(p, b);
        einstufung_json(p, e);
        erstes = false;
    }
    wgi_puffer_cstr(p, "},\"nach_mitgliedern\":{");
    erstes = true;
    for (int i = 1; i < 14; i++) {
        const uint64_t *e = s->groesse_einstufung[i];
        if (!e[0] && !e[1] && !e[2]) continue;
        if (i == 13) snprintf(b, sizeof b, "%s\"mehr_als_12\":", erstes ? "" : ",");
        else snprintf(b, sizeof b, "%s\"%d\":", erstes ? "" : ",", i);
        wgi_puffer_cstr(p, b);
        einstufung_json(p, e);
        erstes = false;
    }
    wgi_puffer_zeichen(p, '}');
    gross(p, "summe_wohngeld_min", s->summe_min);
    gross(p, "summe_wohngeld_max", s->summe_max);
    wgi_puffer_cstr(p, ",\"fehlt_nach_feld\":{");
    for (size_t i = 0; i < s->anzahl_fehlt; i++) posten(p, i == 0, s->fehlt_feld[i], s->fehlt_anzahl[i]);
    wgi_puffer_cstr(p, "},\"hinweise_nur_bei_zeuge\":{");
    for (size_t i = 0; i < s->anzahl_zeugenhinweise; i++) posten(p, i == 0, s->zeugenhinweis_code[i], s->zeugenhinweis_anzahl[i]);
    wgi_puffer_cstr(p, "}}");
    /* for the report: the distribution of the amount, members × Mietenstufe, Rechtsstand */
    int letzte = -1;
    for (int k = 0; k < BATCH_KLASSEN; k++)
        if (s->verteilung[k]) letzte = k;
    snprintf(b, sizeof b, ",\"verteilung_wohngeld_monat\":{\"klassenbreite_eur\":%d,\"letzte_klasse_offen\":%s,\"anzahl\":[",
             BATCH_KLASSENBREITE, letzte == BATCH_KLASSEN - 1 ? "true" : "false");
    wgi_puffer_cstr(p, b);
    for (int k = 0; k <= letzte; k++) {
        snprintf(b, sizeof b, "%s%llu", k ? "," : "", (unsigned long long)s->verteilung[k]);
        wgi_puffer_cstr(p, b);
    }
    wgi_puffer_cstr(p, "]},\"mit_anspruch_nach_mitgliedern_und_mietenstufe\":{\"anzahl\":");
    tabelle_json(p, s->tabelle_anzahl);
    wgi_puffer_cstr(p, ",\"summe_wohngeld_monat\":");
    tabelle_json(p, s->tabelle_summe);
    snprintf(b, sizeof b, "},\"auslegung_abweichend\":{\"zwischenrundung_abschneiden\":%llu,\"deckelung_auf_miete\":%llu,"
             "\"ueber_12_tatsaechliche_zahl\":%llu,\"mindestmiete_vor_entlastung\":%llu",
             (unsigned long long)s->auslegung[0], (unsigned long long)s->auslegung[1], (unsigned long long)s->auslegung[2],
             (unsigned long long)s->auslegung[3]);
    wgi_puffer_cstr(p, b);
    wgi_puffer_cstr(p, "},\"nach_rechtsstand\":{");
    for (size_t i = 0; i < s->anzahl_rechtsstaende; i++) posten(p, i == 0, s->rechtsstand[i], s->rechtsstand_anzahl[i]);
    wgi_puffer_zeichen(p, '}');
    /* running cases */
    snprintf(b, sizeof b, ",\"faelle\":{\"datensaetze\":%llu,\"mit_ueberzahlung\":%llu,\"mit_nachzahlung\":%llu",
             (unsigned long long)s->faelle, (unsigned long long)s->faelle_ueberzahlung, (unsigned long long)s->faelle_nachzahlung);
    wgi_puffer_cstr(p, b);
    gross(p, "summe_ueberzahlung", s->ueberzahlung);
    gross(p, "summe_nachzahlung", s->nachzahlung);
    gross(p, "summe_erstattung", s->erstattung);
    wgi_puffer_cstr(p, ",\"entscheidungen_nach_regel\":{");
    for (size_t i = 0; i < s->anzahl_regeln; i++) {
        char r[BATCH_HINWEISCODE_LEN];
        snprintf(r, sizeof r, "%s", s->regel[i]);
        for (char *q = r; *q; q++)
            if (*q == '_') *q = ' ';
        posten(p, i == 0, r, s->regel_anzahl[i]);
    }
    /* § 31a SGB X: the cases a person must decide, per reason (docs/laufende-faelle.md § 7) */
    snprintf(b, sizeof b, "},\"maschinell\":%llu,\"ausgesteuert\":%llu,\"aussteuerung_nach_code\":{",
             (unsigned long long)(s->faelle - s->faelle_ausgesteuert), (unsigned long long)s->faelle_ausgesteuert);
    wgi_puffer_cstr(p, b);
    for (size_t i = 0; i < s->anzahl_aussteuerungen; i++) posten(p, i == 0, s->aussteuerung_code[i], s->aussteuerung_anzahl[i]);
    wgi_puffer_cstr(p, "}}");
    /* the letters of --bescheide (docs/bescheide.md § 5): sent letters by kind, the records routed
     * to a person, those with nothing to send, those whose letters could not be made */
    if (s->bescheide) {
        uint64_t briefe = 0;
        for (int a = 0; a < WG_BESCHEID_ANZAHL; a++)
            if (a != WG_BESCHEID_AUSSTEUERUNG && a != WG_BESCHEID_KEINER) briefe += s->brief_art[a];
        snprintf(b, sizeof b, ",\"bescheide\":{\"briefe\":%llu,\"nach_art\":{", (unsigned long long)briefe);
        wgi_puffer_cstr(p, b);
        bool zuerst = true;
        for (int a = 0; a < WG_BESCHEID_ANZAHL; a++) {
            if (a == WG_BESCHEID_AUSSTEUERUNG || a == WG_BESCHEID_KEINER) continue;
            posten(p, zuerst, wg_bescheid_art_name((wg_bescheid_art)a), s->brief_art[a]);
            zuerst = false;
        }
        snprintf(b, sizeof b, "},\"ausgesteuert\":%llu,\"kein_bescheid\":%llu,\"fehler\":%llu}",
                 (unsigned long long)s->brief_art[WG_BESCHEID_AUSSTEUERUNG], (unsigned long long)s->brief_art[WG_BESCHEID_KEINER],
                 (unsigned long long)s->brief_fehler);
        wgi_puffer_cstr(p, b);
    }
    if (lauf) lauf_json(p, lauf);
    wgi_puffer_cstr(p, "}\n");
}

void batch_zeit_jetzt(char aus[32])
{
    time_t t = time(NULL);
    struct tm tm;
    if (gmtime_r(&t, &tm)) strftime(aus, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
    else snprintf(aus, 32, "?");
}
