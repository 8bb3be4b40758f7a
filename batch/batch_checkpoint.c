/*
 * batch_checkpoint.c — writing and reading the checkpoint (batch_checkpoint.h). The file is
 * text, one "key value" line each, the last line the SHA-256 of all lines before it:
 *
 *   wohngeld-checkpoint/7
 *   offset 123456
 *   …
 *   pruefsumme 3f…
 */
#include "batch_checkpoint.h"
#include "batch_dateien.h"
#include "batch_pruefsumme.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KOPF "wohngeld-checkpoint/7\n"
#define MAX_GROESSE 65536

/* "key n n n …\n" */
static void zahlen(wgi_puffer *p, const char *schluessel, const uint64_t *v, size_t n)
{
    char b[32];
    wgi_puffer_cstr(p, schluessel);
    for (size_t i = 0; i < n; i++) {
        snprintf(b, sizeof b, " %" PRIu64, v[i]);
        wgi_puffer_cstr(p, b);
    }
    wgi_puffer_zeichen(p, '\n');
}

/* "key code=n code=n …\n" */
static void codes(wgi_puffer *p, const char *schluessel, const char (*code)[BATCH_HINWEISCODE_LEN], const uint64_t *anzahl,
                  size_t n)
{
    char b[BATCH_HINWEISCODE_LEN + 32];
    wgi_puffer_cstr(p, schluessel);
    for (size_t i = 0; i < n; i++) {
        snprintf(b, sizeof b, " %s=%" PRIu64, code[i], anzahl[i]);
        wgi_puffer_cstr(p, b);
    }
    wgi_puffer_zeichen(p, '\n');
}

static void zeile(wgi_puffer *p, const char *schluessel, const char *wert)
{
    wgi_puffer_cstr(p, schluessel);
    wgi_puffer_zeichen(p, ' ');
    wgi_puffer_cstr(p, wert);
    wgi_puffer_zeichen(p, '\n');
}

static void zahl(wgi_puffer *p, const char *schluessel, uint64_t v)
{
    char b[32];
    snprintf(b, sizeof b, "%" PRIu64, v);
    zeile(p, schluessel, b);
}

/* makes the rename durable; a file system that cannot sync directories (EINVAL) is no error */
static int verzeichnis_sync(const char *pfad)
{
    char verz[4096];
    batch_verzeichnis(pfad, verz, sizeof verz);
    int fd = open(verz, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    int rc = fsync(fd) == 0 || errno == EINVAL ? 0 : -1;
    close(fd);
    return rc;
}

int batch_checkpoint_schreiben(const char *pfad, const batch_checkpoint *c, const batch_summe *s)
{
    wgi_puffer p = {0};
    char b[256];
    wgi_puffer_cstr(&p, KOPF);
    zahl(&p, "offset", c->offset);
    zahl(&p, "zeile", c->zeile);
    zahl(&p, "aus_bytes", c->aus_bytes);
    zeile(&p, "aus_sha256", c->aus_sha256);
    zahl(&p, "fehler_bytes", c->fehler_bytes);
    zeile(&p, "fehler_sha256", c->fehler_sha256);
    zahl(&p, "eingabe_groesse", c->eingabe_groesse);
    snprintf(b, sizeof b, "%" PRId64, c->eingabe_mtime);
    zeile(&p, "eingabe_mtime", b);
    zeile(&p, "eingabe_sha256", c->eingabe_sha256);
    zeile(&p, "optionen", c->optionen);
    zeile(&p, "erster_beginn", c->erster_beginn);
    zahl(&p, "fortsetzungen", c->fortsetzungen);
    zahl(&p, "bloecke", c->bloecke);
    /* the counters (batch_summe.h), one line of numbers each, and the counts by code */
    uint64_t z[4 + BATCH_GRUENDE + WG_STATUS_ANZAHL + 1] = {s->gelesen, s->berechnet, s->abgelehnt, s->mit_anspruch};
    memcpy(z + 4, s->ohne, sizeof s->ohne);
    memcpy(z + 4 + BATCH_GRUENDE, s->nach_code, sizeof s->nach_code);
    z[4 + BATCH_GRUENDE + WG_STATUS_ANZAHL] = s->zeitraum;
    zahlen(&p, "zaehler", z, sizeof z / sizeof z[0]);
    codes(&p, "hinweise", s->hinweis_code, s->hinweis_anzahl, s->anzahl_hinweise);
    uint64_t vp[1 + 3 + 8 * 3 + 14 * 3] = {s->teil};
    memcpy(vp + 1, s->einstufung, sizeof s->einstufung);
    memcpy(vp + 4, s->stufe_einstufung, sizeof s->stufe_einstufung);
    memcpy(vp + 4 + 24, s->groesse_einstufung, sizeof s->groesse_einstufung);
    zahlen(&p, "vorpruefung", vp, sizeof vp / sizeof vp[0]);
    codes(&p, "fehlt", s->fehlt_feld, s->fehlt_anzahl, s->anzahl_fehlt);
    codes(&p, "zeugenhinweise", s->zeugenhinweis_code, s->zeugenhinweis_anzahl, s->anzahl_zeugenhinweise);
    const uint64_t fz[4] = {s->faelle, s->faelle_ueberzahlung, s->faelle_nachzahlung, s->faelle_ausgesteuert};
    zahlen(&p, "faelle", fz, 4);
    uint64_t bz[1 + WG_BESCHEID_ANZAHL] = {s->brief_fehler};
    memcpy(bz + 1, s->brief_art, sizeof s->brief_art);
    zahlen(&p, "bescheide", bz, 1 + WG_BESCHEID_ANZAHL);
    codes(&p, "regeln", s->regel, s->regel_anzahl, s->anzahl_regeln);
    codes(&p, "aussteuerungen", s->aussteuerung_code, s->aussteuerung_anzahl, s->anzahl_aussteuerungen);
    zahlen(&p, "verteilung", s->verteilung, BATCH_KLASSEN);
    zahlen(&p, "auslegung", s->auslegung, BATCH_AUSLEGUNGEN);
    zahlen(&p, "tabelle_anzahl", &s->tabelle_anzahl[0][0], (size_t)14 * 8);
    zahlen(&p, "tabelle_summe", &s->tabelle_summe[0][0], (size_t)14 * 8);
    codes(&p, "rechtsstaende", s->rechtsstand, s->rechtsstand_anzahl, s->anzahl_rechtsstaende);
    char *m = mpz_get_str(NULL, 10, s->monat), *t = mpz_get_str(NULL, 10, s->zeitraum_summe);
    char *mn = mpz_get_str(NULL, 10, s->summe_min), *mx = mpz_get_str(NULL, 10, s->summe_max);
    zeile(&p, "summe_monat", m ? m : "?");
    zeile(&p, "summe_zeitraum", t ? t : "?");
    zeile(&p, "summe_min", mn ? mn : "?");
    zeile(&p, "summe_max", mx ? mx : "?");
    char *ue = mpz_get_str(NULL, 10, s->ueberzahlung), *na = mpz_get_str(NULL, 10, s->nachzahlung),
         *er = mpz_get_str(NULL, 10, s->erstattung);
    zeile(&p, "summe_ueberzahlung", ue ? ue : "?");
    zeile(&p, "summe_nachzahlung", na ? na : "?");
    zeile(&p, "summe_erstattung", er ? er : "?");
    bool ok = m && t && mn && mx && ue && na && er && !p.fehler;
    free(ue);
    free(na);
    free(er);
    free(m);
    free(t);
    free(mn);
    free(mx);
    char hex[65] = "";
    batch_sha256 *h = ok ? batch_sha256_neu() : NULL;
    if (h) {
        batch_sha256_daten(h, p.daten, p.len);
        batch_sha256_ende(h, hex);
        batch_sha256_frei(h);
        zeile(&p, "pruefsumme", hex);
    }
    ok = ok && h && hex[0] && !p.fehler;
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", pfad);
    FILE *f = ok ? batch_neu_anlegen(tmp) : NULL;
    if (!f) {
        wgi_puffer_frei(&p);
        if (!ok) errno = ENOMEM;
        return -1;
    }
    ok = fwrite(p.daten, 1, p.len, f) == p.len && fflush(f) == 0 && fsync(fileno(f)) == 0;
    wgi_puffer_frei(&p);
    if (fclose(f) != 0 || !ok || rename(tmp, pfad) != 0) {
        int e = errno;
        (void)unlink(tmp);
        errno = e;
        return -1;
    }
    return verzeichnis_sync(pfad);
}

/* the value of "schluessel" in text (lines "key value"), NUL-terminated in wert */
static bool wert_von(const char *text, const char *schluessel, char *wert, size_t n)
{
    size_t k = strlen(schluessel);
    for (const char *z = text; z && *z; z = strchr(z, '\n'), z = z ? z + 1 : NULL) {
        if (strncmp(z, schluessel, k) == 0 && z[k] == ' ') {
            const char *e = strchr(z + k + 1, '\n');
            size_t l = e ? (size_t)(e - (z + k + 1)) : strlen(z + k + 1);
            if (l >= n) return false;
            memcpy(wert, z + k + 1, l);
            wert[l] = '\0';
            return true;
        }
    }
    return false;
}

static bool zahl_von(const char *text, const char *schluessel, uint64_t *v)
{
    char w[32], *ende;
    if (!wert_von(text, schluessel, w, sizeof w) || w[0] < '0' || w[0] > '9') return false;
    errno = 0;
    unsigned long long x = strtoull(w, &ende, 10);
    if (errno || *ende || x > (1ULL << 62)) return false;
    *v = x;
    return true;
}

static bool hex_von(const char *text, const char *schluessel, char hex[65])
{
    if (!wert_von(text, schluessel, hex, 65) || strlen(hex) != 64) return false;
    for (int i = 0; i < 64; i++)
        if (!strchr("0123456789abcdef", hex[i])) return false;
    return true;
}

/* The line "key n n n …" into v[0 … anzahl − 1]: exactly anzahl numbers, each at most 2^62. */
static bool zahlen_von(const char *text, const char *schluessel, uint64_t *v, size_t anzahl)
{
    char w[16384];
    if (!wert_von(text, schluessel, w, sizeof w)) return false;
    const char *p = w;
    for (size_t i = 0; i < anzahl; i++) {
        char *e;
        if (*p < '0' || *p > '9') return false;
        errno = 0;
        v[i] = strtoull(p, &e, 10);
        if (errno || v[i] > (1ULL << 62)) return false;
        p = e;
        if (*p == ' ') p++;
    }
    return *p == '\0';
}

static bool zaehler_von(const char *text, batch_summe *s)
{
    uint64_t v[4 + BATCH_GRUENDE + WG_STATUS_ANZAHL + 1];
    if (!zahlen_von(text, "zaehler", v, sizeof v / sizeof v[0])) return false;
    s->gelesen = v[0];
    s->berechnet = v[1];
    s->abgelehnt = v[2];
    s->mit_anspruch = v[3];
    memcpy(s->ohne, v + 4, sizeof s->ohne);
    memcpy(s->nach_code, v + 4 + BATCH_GRUENDE, sizeof s->nach_code);
    s->zeitraum = v[4 + BATCH_GRUENDE + WG_STATUS_ANZAHL];
    return true;
}

static bool vorpruefung_von(const char *text, batch_summe *s)
{
    uint64_t v[1 + 3 + 8 * 3 + 14 * 3];
    if (!zahlen_von(text, "vorpruefung", v, sizeof v / sizeof v[0])) return false;
    s->teil = v[0];
    memcpy(s->einstufung, v + 1, sizeof s->einstufung);
    memcpy(s->stufe_einstufung, v + 4, sizeof s->stufe_einstufung);
    memcpy(s->groesse_einstufung, v + 4 + 24, sizeof s->groesse_einstufung);
    return true;
}

/* The line "key code=n code=n …" (a code may not hold "=" or a space; a line without codes is
 * just "key") into codes and anzahl, at most BATCH_MAX_HINWEISCODES. */
static bool codes_von(const char *text, const char *schluessel, char (*codes)[BATCH_HINWEISCODE_LEN], uint64_t *anzahl,
                      size_t *n_codes)
{
    char w[4096], leer[64];
    if (!wert_von(text, schluessel, w, sizeof w)) {
        /* a line without value has no space after the key */
        snprintf(leer, sizeof leer, "\n%s\n", schluessel);
        if (!strstr(text, leer)) return false;
        w[0] = '\0';
    }
    *n_codes = 0;
    char *rest = NULL;
    for (char *t = strtok_r(w, " ", &rest); t; t = strtok_r(NULL, " ", &rest)) {
        char *gl = strchr(t, '='), *e;
        if (!gl || gl == t || (size_t)(gl - t) >= BATCH_HINWEISCODE_LEN || *n_codes == BATCH_MAX_HINWEISCODES) return false;
        errno = 0;
        unsigned long long n = strtoull(gl + 1, &e, 10);
        if (errno || *e || gl[1] < '0' || gl[1] > '9') return false;
        memcpy(codes[*n_codes], t, (size_t)(gl - t));
        codes[*n_codes][gl - t] = '\0';
        anzahl[(*n_codes)++] = n;
    }
    return true;
}

int batch_checkpoint_lesen(const char *pfad, batch_checkpoint *c, batch_summe *s)
{
    int fd = open(pfad, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT ? -1 : -2;
    char *text = malloc(MAX_GROESSE + 1);
    ssize_t n = text ? read(fd, text, MAX_GROESSE + 1) : -1;
    close(fd);
    if (n <= 0 || n > MAX_GROESSE) {
        free(text);
        return -2;
    }
    text[n] = '\0';
    int rc = -2;
    memset(c, 0, sizeof *c);
    /* the checksum line covers everything before it */
    char *pz = strstr(text, "\npruefsumme ");
    char hex[65], soll[65];
    if (strncmp(text, KOPF, strlen(KOPF)) != 0 || !pz || strlen(pz + 12) != 65 || pz[12 + 64] != '\n') goto ende;
    memcpy(soll, pz + 12, 64);
    soll[64] = '\0';
    batch_sha256 *h = batch_sha256_neu();
    if (!h) goto ende;
    batch_sha256_daten(h, text, (size_t)(pz + 1 - text));
    batch_sha256_ende(h, hex);
    batch_sha256_frei(h);
    if (strcmp(hex, soll) != 0) goto ende;
    pz[1] = '\0';
    uint64_t fort = 0;
    char mt[32], gross_m[128], gross_z[128], gross_min[128], gross_max[128], gross_ue[128], gross_na[128], gross_er[128];
    uint64_t fz[4], bz[1 + WG_BESCHEID_ANZAHL];
    if (!zahl_von(text, "offset", &c->offset) || !zahl_von(text, "zeile", &c->zeile) ||
        !zahl_von(text, "aus_bytes", &c->aus_bytes) || !hex_von(text, "aus_sha256", c->aus_sha256) ||
        !zahl_von(text, "fehler_bytes", &c->fehler_bytes) || !hex_von(text, "fehler_sha256", c->fehler_sha256) ||
        !zahl_von(text, "eingabe_groesse", &c->eingabe_groesse) || !wert_von(text, "eingabe_mtime", mt, sizeof mt) ||
        !hex_von(text, "eingabe_sha256", c->eingabe_sha256) ||
        !wert_von(text, "optionen", c->optionen, sizeof c->optionen) ||
        !wert_von(text, "erster_beginn", c->erster_beginn, sizeof c->erster_beginn) ||
        !zahl_von(text, "fortsetzungen", &fort) || !zahl_von(text, "bloecke", &c->bloecke) || !zaehler_von(text, s) ||
        !codes_von(text, "hinweise", s->hinweis_code, s->hinweis_anzahl, &s->anzahl_hinweise) ||
        !wert_von(text, "summe_monat", gross_m, sizeof gross_m) || !wert_von(text, "summe_zeitraum", gross_z, sizeof gross_z) ||
        !vorpruefung_von(text, s) || !codes_von(text, "fehlt", s->fehlt_feld, s->fehlt_anzahl, &s->anzahl_fehlt) ||
        !codes_von(text, "zeugenhinweise", s->zeugenhinweis_code, s->zeugenhinweis_anzahl, &s->anzahl_zeugenhinweise) || !wert_von(text, "summe_min", gross_min, sizeof gross_min) ||
        !wert_von(text, "summe_max", gross_max, sizeof gross_max) || !zahlen_von(text, "faelle", fz, 4) ||
        !zahlen_von(text, "bescheide", bz, 1 + WG_BESCHEID_ANZAHL) ||
        !codes_von(text, "regeln", s->regel, s->regel_anzahl, &s->anzahl_regeln) ||
        !codes_von(text, "aussteuerungen", s->aussteuerung_code, s->aussteuerung_anzahl, &s->anzahl_aussteuerungen) ||
        !zahlen_von(text, "verteilung", s->verteilung, BATCH_KLASSEN) ||
        !zahlen_von(text, "auslegung", s->auslegung, BATCH_AUSLEGUNGEN) ||
        !zahlen_von(text, "tabelle_anzahl", &s->tabelle_anzahl[0][0], (size_t)14 * 8) ||
        !zahlen_von(text, "tabelle_summe", &s->tabelle_summe[0][0], (size_t)14 * 8) ||
        !codes_von(text, "rechtsstaende", s->rechtsstand, s->rechtsstand_anzahl, &s->anzahl_rechtsstaende) ||
        !wert_von(text, "summe_ueberzahlung", gross_ue, sizeof gross_ue) ||
        !wert_von(text, "summe_nachzahlung", gross_na, sizeof gross_na) ||
        !wert_von(text, "summe_erstattung", gross_er, sizeof gross_er))
        goto ende;
    s->faelle = fz[0];
    s->faelle_ueberzahlung = fz[1];
    s->faelle_nachzahlung = fz[2];
    s->faelle_ausgesteuert = fz[3];
    s->brief_fehler = bz[0];
    memcpy(s->brief_art, bz + 1, sizeof s->brief_art);
    char *e;
    errno = 0;
    long long m = strtoll(mt, &e, 10);
    if (errno || *e || !mt[0]) goto ende;
    c->eingabe_mtime = m;
    c->fortsetzungen = (unsigned)fort;
    if (mpz_set_str(s->monat, gross_m, 10) != 0 || mpz_set_str(s->zeitraum_summe, gross_z, 10) != 0 ||
        mpz_set_str(s->summe_min, gross_min, 10) != 0 || mpz_set_str(s->summe_max, gross_max, 10) != 0 ||
        mpz_set_str(s->ueberzahlung, gross_ue, 10) != 0 || mpz_set_str(s->nachzahlung, gross_na, 10) != 0 ||
        mpz_set_str(s->erstattung, gross_er, 10) != 0)
        goto ende;
    if (!batch_summe_stimmig(s) || c->offset > c->eingabe_groesse) goto ende;
    rc = 0;
ende:
    free(text);
    return rc;
}
