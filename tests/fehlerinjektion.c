/*
 * fehlerinjektion.c — fault injection (cmocka), in the manner of SQLite's malloc tests: the
 * whole path of a record — opening the engine, reading JSON, computing (a zeitraum, to reach
 * every allocation), writing the result — is run again and again, and in run N the N-th
 * allocation of the library fails. Every run must end either with the reference result or with
 * a clean error (WG_E_SPEICHER, a NULL handle), and must leave no block allocated: malloc,
 * calloc, realloc and free are wrapped (-Wl,--wrap) and counted. The loop ends with the first
 * run in which no allocation was refused. aligned_alloc is wrapped too (the screening's Satz).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "wohngeld.h"
#include "wohngeld_bescheid.h"
#include "wohngeld_json.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void *__real_aligned_alloc(size_t a, size_t n);
void *__wrap_aligned_alloc(size_t a, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);

static long bis_zum_fehler = -1; /* -1: never fail */
static long verweigert;          /* allocations refused in this run */
static long lebend;              /* blocks allocated and not freed */

static bool jetzt_scheitern(void)
{
    if (bis_zum_fehler < 0) return false;
    if (bis_zum_fehler-- == 0) {
        verweigert++;
        return true;
    }
    return false;
}

void *__wrap_malloc(size_t n)
{
    if (jetzt_scheitern()) return NULL;
    void *p = __real_malloc(n);
    if (p) lebend++;
    return p;
}
void *__wrap_calloc(size_t n, size_t m)
{
    if (jetzt_scheitern()) return NULL;
    void *p = __real_calloc(n, m);
    if (p) lebend++;
    return p;
}
void *__wrap_aligned_alloc(size_t a, size_t n)
{
    if (jetzt_scheitern()) return NULL;
    void *p = __real_aligned_alloc(a, n);
    if (p) lebend++;
    return p;
}
void *__wrap_realloc(void *p, size_t n)
{
    if (jetzt_scheitern()) return NULL;
    void *q = __real_realloc(p, n);
    if (q && !p) lebend++;
    return q;
}
void __wrap_free(void *p)
{
    if (p) lebend--;
    __real_free(p);
}

static const char *RECORD =
    "{\"id\":\"fi\",\"zeitraum\":{\"von\":\"2024-11\",\"bis\":\"2025-02\"},\"gemeinde\":\"04011000\","
    "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"500.00\"},"
    "\"mitglieder\":[{\"id\":\"a\",\"abzug_kranken_pflege\":true,\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1100.00\"},"
    "{\"art\":\"arbeitslohn\",\"betrag_monat\":\"300.00\"}]},{\"id\":\"b\",\"alter\":12,\"kind_eines_mitglieds\":true}]}";

/* the bulk path (WG_NUR_BETRAG) on a fresh result: its first id copy allocates the arena */
static const char *KURZ =
    "{\"id\":\"fi-kurz\",\"stichtag\":\"2025-03-01\",\"gemeinde\":\"04011000\","
    "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"500.00\"},"
    "\"mitglieder\":[{\"id\":\"a\",\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1100.00\"}]}]}";

/* One whole run; returns the result text (caller frees) or NULL after a clean failure. */
static char *lauf(void)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    if (!e) {
        if (f.code != WG_E_SPEICHER) print_message("engine: %d %s\n", f.code, f.meldung);
        assert_int_equal(f.code, WG_E_SPEICHER);
        return NULL;
    }
    char *aus = NULL;
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu(), *r2 = wg_ergebnis_neu();
    if (j && r && r2) {
        wg_haushalt h;
        wg_status s = wg_json_haushalt_lesen(j, RECORD, strlen(RECORD), &h, &f);
        if (s == WG_OK) {
            s = wg_berechnen(e, &h, r, 0);
            assert_true(s == WG_OK || s == WG_E_SPEICHER);
            wg_haushalt h2;
            wg_status s2 = s == WG_OK ? wg_json_haushalt_lesen(j, KURZ, strlen(KURZ), &h2, &f) : s;
            if (s2 == WG_OK) {
                s2 = wg_berechnen(e, &h2, r2, WG_NUR_BETRAG);
                assert_true(s2 == WG_OK || s2 == WG_E_SPEICHER);
            }
            if (s == WG_OK && s2 == WG_OK) {
                size_t len;
                const char *t = wg_json_ergebnis_schreiben(j, e, r, &len);
                if (t) {
                    aus = __real_malloc(len + 64); /* not counted: the caller's copy */
                    memcpy(aus, t, len + 1);
                    snprintf(aus + len, 64, "|%s %lld", wg_ergebnis_id(r2), (long long)wg_ergebnis_wohngeld_monat(r2));
                }
            }
        } else {
            assert_int_equal(s, WG_E_SPEICHER);
        }
    }
    wg_ergebnis_frei(r);
    wg_ergebnis_frei(r2);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    return aus;
}

/* The letters (docs/bescheide.md): the authority's file, a Bewilligung across a law change and a
 * case with Anhörung and Erstattung, each letter as JSON and HTML. */
static const char *BEHOERDE =
    "{\"format\":\"wohngeld-behoerde/1\",\"name\":\"Stadt Fi\",\"anschrift\":[\"Platz 1\"],\"feiertage\":[\"2026-01-01\"],"
    "\"rechtsbehelf\":{\"art\":\"widerspruch\",\"stelle\":\"Stadt Fi\",\"anschrift\":\"Platz 1, 12345 Fi\"},"
    "\"automation\":{\"ansprechpartner\":\"Telefon 1\",\"vollautomatisch\":{\"bewilligung\":true}},"
    "\"zahlung\":{\"kasse\":\"Stadtkasse\",\"iban\":\"DE00\"},\"erstattung\":{\"gesamtschuldner\":\"alle\"}}";
static const char *FALL =
    "{\"format\":\"wohngeld-fall/1\",\"id\":\"fi-fall\",\"antrag\":\"2025-03-10\",\"stand\":\"2026-01-20\","
    "\"entscheidung_am\":\"2026-01-20\",\"bewilligung\":{\"von\":\"2025-03\",\"bis\":\"2026-02\"},\"haushalt\":{\"mietenstufe\":1,"
    "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"450.00\"},\"gesamteinkommen_monat\":\"1500.00\",\"mitglieder\":["
    "{\"id\":\"m\",\"alter\":40},{\"id\":\"s\",\"alter\":40}]},\"verlauf\":[{\"ab\":\"2025-11-16\",\"bekannt\":\"2025-11-20\","
    "\"haushalt\":{\"mietenstufe\":1,\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"450.00\"},"
    "\"gesamteinkommen_monat\":\"1300.00\",\"mitglieder\":[{\"id\":\"m\",\"alter\":40}]}}]}";

static const char *HAUSHALT_BWZ =
    "{\"id\":\"fi-bwz\",\"zeitraum\":{\"von\":\"2024-07\",\"bis\":\"2025-06\"},\"gemeinde\":\"04011000\","
    "\"empfaenger\":{\"name\":\"A\",\"anschrift\":[\"Weg 1\"]},"
    "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"500.00\"},"
    "\"mitglieder\":[{\"id\":\"p\",\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"1100.00\"}]}]}";

static char *brief_lauf(void)
{
    wg_fehler f;
    wg_engine *e = wg_engine_oeffnen(&f);
    if (!e) {
        assert_int_equal(f.code, WG_E_SPEICHER);
        return NULL;
    }
    char *aus = NULL;
    wg_behoerde *k = wg_behoerde_lesen(BEHOERDE, strlen(BEHOERDE), &f);
    if (!k) assert_int_equal(f.code, WG_E_SPEICHER);
    wg_bescheide *b = k ? wg_bescheide_neu() : NULL;
    if (b) {
        const char *saetze[2] = {HAUSHALT_BWZ, FALL};
        size_t gesamt = 0;
        bool ok = true;
        char *puffer = __real_malloc(1 << 20); /* not counted: the caller's copy */
        for (int i = 0; i < 2 && ok; i++) {
            wg_status s = wg_bescheide_erstellen(b, e, k, saetze[i], strlen(saetze[i]), (wg_datum){2025, 3, 10});
            if (s != WG_OK) {
                if (s != WG_E_SPEICHER) print_message("bescheid: %d %s\n", s, wg_bescheide_fehler(b)->meldung);
                assert_int_equal(s, WG_E_SPEICHER);
                assert_int_equal(wg_bescheide_anzahl(b), 0);
                ok = false;
                break;
            }
            for (size_t n = 0; n < wg_bescheide_anzahl(b) && ok; n++) {
                size_t l1 = 0, l2 = 0;
                const char *j = wg_bescheid_json(b, n, &l1);
                if (!j) { ok = false; break; }
                memcpy(puffer + gesamt, j, l1);
                gesamt += l1;
                const char *h = wg_bescheid_html(b, n, &l2);
                if (!h) { ok = false; break; }
                memcpy(puffer + gesamt, h, l2);
                gesamt += l2;
            }
        }
        puffer[gesamt] = '\0';
        if (ok) aus = puffer;
        else __real_free(puffer);
    }
    wg_bescheide_frei(b);
    wg_behoerde_frei(k);
    wg_engine_schliessen(e);
    return aus;
}

static void briefe_jede_allokation_scheitert_einmal(void **state)
{
    (void)state;
    bis_zum_fehler = -1;
    lebend = 0;
    char *referenz = brief_lauf();
    assert_non_null(referenz);
    assert_int_equal(lebend, 0);
    assert_non_null(strstr(referenz, "\"art\":\"anhoerung\""));
    assert_non_null(strstr(referenz, "\"art\":\"bewilligung\""));
    long runde;
    for (runde = 0;; runde++) {
        bis_zum_fehler = runde;
        verweigert = 0;
        lebend = 0;
        char *aus = brief_lauf();
        bis_zum_fehler = -1;
        assert_int_equal(lebend, 0);
        if (aus) {
            assert_string_equal(aus, referenz); /* a letter made is exact: never one with a gap */
            __real_free(aus);
        }
        if (verweigert == 0) break;
        assert_true(runde < 200000);
    }
    print_message("Schreiben: %ld Allokationen, jede einmal verweigert\n", runde);
    __real_free(referenz);
}

static void jede_allokation_scheitert_einmal(void **state)
{
    (void)state;
    bis_zum_fehler = -1;
    lebend = 0;
    char *referenz = lauf();
    assert_non_null(referenz);
    assert_int_equal(lebend, 0);
    long runde;
    for (runde = 0;; runde++) {
        bis_zum_fehler = runde;
        verweigert = 0;
        lebend = 0;
        char *aus = lauf();
        bis_zum_fehler = -1;
        assert_int_equal(lebend, 0); /* no leak after a refused allocation */
        if (aus) {
            assert_string_equal(aus, referenz); /* a run that succeeds is exact */
            __real_free(aus);
        }
        if (verweigert == 0) break; /* every allocation point has failed once */
        assert_true(runde < 100000);
    }
    print_message("%ld Allokationen, jede einmal verweigert\n", runde);
    assert_true(runde > 10);
    __real_free(referenz);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(jede_allokation_scheitert_einmal),
                                       cmocka_unit_test(briefe_jede_allokation_scheitert_einmal)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
