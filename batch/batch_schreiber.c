/*
 * batch_schreiber.c — the two output formats of the night run (batch_schreiber.h): JSON Lines
 * (kurz or voll) and CSV, each a table of the public writers of wohngeld_json.h and
 * wohngeld_csv.h.
 *
 * Exports: batch_schreiber_von.
 */
#include "batch_schreiber.h"

#include "wohngeld_csv.h"

/* ---- JSON Lines ---- */

static const char *json_ergebnis(const batch_schreib *w, const wg_ergebnis *r, size_t *len)
{
    return w->voll ? wg_json_ergebnis_schreiben(w->j, w->e, r, len) : wg_json_kurz_schreiben(w->j, r, len);
}
static const char *json_fehler(const batch_schreib *w, const char *id, const wg_fehler *f, size_t *len)
{
    return w->voll ? wg_json_fehler_schreiben(w->j, w->e, id, f, len) : wg_json_kurz_fehler_schreiben(w->j, id, f, len);
}
static const char *json_spanne(const batch_schreib *w, const char *id, const wg_spanne *sp, size_t *len)
{
    return wg_json_spanne_schreiben(w->j, w->e, id, sp, w->voll, len);
}
static const char *json_fall(const batch_schreib *w, const wg_fall_ergebnis *r, size_t *len)
{
    return wg_json_fall_ergebnis_schreiben(w->j, w->e, r, len);
}
static const char *json_fall_fehler(const batch_schreib *w, const char *id, const wg_fehler *f, size_t *len)
{
    return wg_json_fall_fehler_schreiben(w->j, w->e, id, f, len);
}

static const batch_schreiber JSONL = {"jsonl", true, NULL, json_ergebnis, json_fehler, json_spanne, json_fall, json_fall_fehler};

/* ---- CSV ---- */

static const char *csv_kopf(const batch_schreib *w, size_t *len) { return wg_csv_kopf_schreiben(w->j, w->voll, w->trenn, len); }
static const char *csv_ergebnis(const batch_schreib *w, const wg_ergebnis *r, size_t *len)
{
    return wg_csv_ergebnis_schreiben(w->j, r, w->voll, w->trenn, len);
}
static const char *csv_fehler(const batch_schreib *w, const char *id, const wg_fehler *f, size_t *len)
{
    return wg_csv_fehler_schreiben(w->j, id, f, w->voll, w->trenn, len);
}
static const char *csv_spanne(const batch_schreib *w, const char *id, const wg_spanne *sp, size_t *len)
{
    return wg_csv_spanne_schreiben(w->j, id, sp, w->voll, w->trenn, len);
}

static const batch_schreiber CSV = {"csv", false, csv_kopf, csv_ergebnis, csv_fehler, csv_spanne, NULL, NULL};

const batch_schreiber *batch_schreiber_von(bool csv) { return csv ? &CSV : &JSONL; }
