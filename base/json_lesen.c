/*
 * json_lesen.c — the strict JSON reader of json.h. Iterative where depth matters: containers are
 * parsed with an explicit stack of at most J_MAX_TIEFE levels.
 */
#include "json.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct block { struct block *vor; size_t len, kap; char daten[]; } block;

struct j_leser {
    block *bloecke;
    char meldung[160];
    bool speicher_fehlt;   /* the last j_lesen failed for lack of memory, not for bad JSON */
    bool grenze;           /* … at a documented limit (depth, keys, elements: docs/grenzen.md) */
};

bool j_speicher_fehlt(const j_leser *l) { return l->speicher_fehlt; }
bool j_grenze_ueberschritten(const j_leser *l) { return l->grenze; }

j_leser *j_leser_neu(void) { return calloc(1, sizeof(j_leser)); }

static void bloecke_frei(block *b)
{
    while (b) {
        block *v = b->vor;
        free(b);
        b = v;
    }
}

void j_leser_frei(j_leser *l)
{
    if (!l) return;
    bloecke_frei(l->bloecke);
    free(l);
}

void *j_arena(j_leser *l, size_t groesse)
{
    groesse = (groesse + 15) & ~(size_t)15;
    block *b = l->bloecke;
    if (!b || b->len + groesse > b->kap) {
        size_t kap = groesse > 65536 ? groesse : 65536;
        block *neu = malloc(sizeof(block) + kap);
        if (!neu) return NULL;
        neu->vor = b;
        neu->len = 0;
        neu->kap = kap;
        l->bloecke = neu;
        b = neu;
    }
    void *p = b->daten + b->len;
    b->len += groesse;
    return p;
}

/* Keeps the newest block only (the largest in use), so a reader reused per line settles. */
void j_arena_leeren(j_leser *l)
{
    if (!l->bloecke) return;
    bloecke_frei(l->bloecke->vor);
    l->bloecke->vor = NULL;
    l->bloecke->len = 0;
}

typedef struct zustand {
    j_leser *l;
    const unsigned char *p, *ende;
    const unsigned char *anfang;
    const char *fehler;
} zustand;

static const j_wert *fehler(zustand *z, const char *text)
{
    snprintf(z->l->meldung, sizeof z->l->meldung, "%s (Zeichen %zu)", text, (size_t)(z->p - z->anfang) + 1);
    z->fehler = z->l->meldung;
    return NULL;
}

static void leerraum(zustand *z)
{
    if (z->p < z->ende && *z->p > ' ') return; /* records are mostly written without spaces */
    while (z->p < z->ende && (*z->p == ' ' || *z->p == '\t' || *z->p == '\n' || *z->p == '\r')) z->p++;
}

static int hex4(const unsigned char *p, uint32_t *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i];
        *v <<= 4;
        if (c >= '0' && c <= '9') *v |= c - '0';
        else if (c >= 'a' && c <= 'f') *v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') *v |= c - 'A' + 10;
        else return -1;
    }
    return 0;
}

static char *utf8_schreiben(char *o, uint32_t cp)
{
    if (cp < 0x80) *o++ = (char)cp;
    else if (cp < 0x800) { *o++ = (char)(0xC0 | (cp >> 6)); *o++ = (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}


/* The whole string syntax, from z->p just after the opening quote (see text_lesen). */
__attribute__((noinline)) static bool text_langsam(zustand *z, const char **out, size_t *out_len, bool kopie)
{
    const unsigned char *s = z->p;
    const unsigned char *q = s + wgi_json_schlicht((const char *)s, (size_t)(z->ende - s));
    bool einfach = true; /* plain printable ASCII without escapes: copied as it is */
    while (q < z->ende && *q != '"') {
        if (*q == '\\') {
            einfach = false;
            q++;
        } else if (*q < 0x20 || *q >= 0x80) {
            einfach = false;
        }
        q++;
    }
    if (q >= z->ende) { fehler(z, "Zeichenkette nicht abgeschlossen"); return false; }
    if (einfach && !kopie) {
        z->p = q + 1;
        *out = (const char *)s;
        *out_len = (size_t)(q - s);
        return true;
    }
    char *buf = j_arena(z->l, (size_t)(q - s) + 1);
    if (buf && einfach) {
        size_t n = (size_t)(q - s);
        memcpy(buf, s, n);
        buf[n] = '\0';
        z->p = q + 1;
        *out = buf;
        *out_len = n;
        return true;
    }
    if (!buf) {
        z->l->speicher_fehlt = true;
        fehler(z, "nicht genug Speicher");
        return false;
    }
    char *o = buf;
    while (z->p < z->ende && *z->p != '"') {
        unsigned c = *z->p;
        if (c < 0x20) { fehler(z, "Steuerzeichen in Zeichenkette"); return false; }
        if (c == '\\') {
            z->p++;
            if (z->p >= z->ende) { fehler(z, "Zeichenkette nicht abgeschlossen"); return false; }
            switch (*z->p) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '/': *o++ = '/'; break;
            case 'b': *o++ = '\b'; break;
            case 'f': *o++ = '\f'; break;
            case 'n': *o++ = '\n'; break;
            case 'r': *o++ = '\r'; break;
            case 't': *o++ = '\t'; break;
            case 'u': {
                uint32_t cp, lo;
                if (z->ende - z->p < 5 || hex4(z->p + 1, &cp)) { fehler(z, "ungültige \\u-Folge"); return false; }
                z->p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (z->ende - z->p < 7 || z->p[1] != '\\' || z->p[2] != 'u' || hex4(z->p + 3, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF) {
                        fehler(z, "ungültiges UTF-16-Ersatzzeichenpaar");
                        return false;
                    }
                    z->p += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fehler(z, "ungültiges UTF-16-Ersatzzeichen");
                    return false;
                }
                if (cp == 0) { fehler(z, "NUL-Zeichen in Zeichenkette"); return false; }
                o = utf8_schreiben(o, cp);
                break;
            }
            default:
                fehler(z, "ungültige Escape-Folge");
                return false;
            }
            z->p++;
        } else {
            int n = wgi_utf8_folge(z->p, z->ende);
            if (n == 0) { fehler(z, "ungültiges UTF-8"); return false; }
            memcpy(o, z->p, (size_t)n);
            o += n;
            z->p += n;
        }
    }
    z->p++; /* closing quote */
    *o = '\0';
    *out = buf;
    *out_len = (size_t)(o - buf);
    return true;
}

/* Parses a string at z->p (on the opening quote). The decoded text is never longer than the raw.
 * With kopie false a string without escapes is not copied: *out points into the input and is
 * not NUL-terminated (object keys, always compared with their length). The common case — plain
 * ASCII up to the closing quote — is found by text.h's wgi_json_schlicht; anything else (escapes,
 * UTF-8, control characters, no end) goes to text_langsam, which reads it again from the start. */
static inline bool text_lesen(zustand *z, const char **out, size_t *out_len, bool kopie)
{
    const unsigned char *s = ++z->p;
    const unsigned char *q = s + wgi_json_schlicht((const char *)s, (size_t)(z->ende - s));
    if (q < z->ende && *q == '"') {
        size_t n = (size_t)(q - s);
        if (!kopie) {
            *out = (const char *)s;
        } else {
            char *buf = j_arena(z->l, n + 1);
            if (!buf) return text_langsam(z, out, out_len, kopie); /* reports the lack of memory */
            memcpy(buf, s, n);
            buf[n] = '\0';
            *out = buf;
        }
        z->p = q + 1;
        *out_len = n;
        return true;
    }
    return text_langsam(z, out, out_len, kopie);
}

static bool ziffer(unsigned c) { return c >= '0' && c <= '9'; }

static bool zahl_lesen(zustand *z, j_wert *w)
{
    const unsigned char *s = z->p;
    if (z->p < z->ende && *z->p == '-') z->p++;
    if (z->p >= z->ende || !ziffer(*z->p)) { fehler(z, "ungültige Zahl"); return false; }
    if (*z->p == '0') z->p++;
    else while (z->p < z->ende && ziffer(*z->p)) z->p++;
    if (z->p < z->ende && *z->p == '.') {
        z->p++;
        if (z->p >= z->ende || !ziffer(*z->p)) { fehler(z, "ungültige Zahl"); return false; }
        while (z->p < z->ende && ziffer(*z->p)) z->p++;
    }
    if (z->p < z->ende && (*z->p == 'e' || *z->p == 'E')) {
        z->p++;
        if (z->p < z->ende && (*z->p == '+' || *z->p == '-')) z->p++;
        if (z->p >= z->ende || !ziffer(*z->p)) { fehler(z, "ungültige Zahl"); return false; }
        while (z->p < z->ende && ziffer(*z->p)) z->p++;
    }
    w->typ = J_ZAHL;
    w->s = (const char *)s;
    w->len = (size_t)(z->p - s);
    return true;
}

static bool wort(zustand *z, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(z->ende - z->p) < n || memcmp(z->p, w, n) != 0) return false;
    z->p += n;
    return true;
}

typedef struct ebene { j_wert *container, *letztes; } ebene;

/* A node from the arena: the common case inline (room in the newest block). */
static inline j_wert *knoten_neu(j_leser *l)
{
    enum { G = (sizeof(j_wert) + 15) & ~(size_t)15 };
    block *b = l->bloecke;
    if (b && b->len + G <= b->kap) {
        j_wert *w = (j_wert *)(void *)(b->daten + b->len);
        b->len += G;
        return w;
    }
    return j_arena(l, sizeof(j_wert));
}

const j_wert *j_lesen(j_leser *l, const char *text, size_t len, const char **fehler_out)
{
    j_arena_leeren(l);
    l->speicher_fehlt = false;
    l->grenze = false;
    zustand z = {l, (const unsigned char *)text, (const unsigned char *)text + len, (const unsigned char *)text, NULL};
    ebene stapel[J_MAX_TIEFE];
    int tiefe = 0;
    /* the innermost open container (stapel[tiefe - 1]) and whether it is an object, kept at hand */
    ebene *e = NULL;
    bool objekt = false;
    j_wert *wurzel = NULL;
    const j_wert *r = NULL;
    for (;;) {
        leerraum(&z);
        /* Expecting a value; inside an object first a key. */
        const char *schluessel = NULL;
        size_t schluessel_len = 0;
        if (objekt) {
            if (z.p >= z.ende || *z.p != '"') { r = fehler(&z, "Schlüssel erwartet"); goto aus; }
            if (!text_lesen(&z, &schluessel, &schluessel_len, false)) goto aus;
            const j_wert *c = e->container;
            if (c->anzahl >= J_MAX_SCHLUESSEL) { l->grenze = true; r = fehler(&z, "mehr als 256 Schlüssel in einem Objekt"); goto aus; }
            /* duplicates: the length and the first byte rule out nearly every earlier key */
            for (const j_wert *k = c->erstes; k; k = k->naechstes)
                if (k->schluessel_len == schluessel_len &&
                    (schluessel_len == 0 || (k->schluessel[0] == schluessel[0] && memcmp(k->schluessel, schluessel, schluessel_len) == 0))) {
                    r = fehler(&z, "Schlüssel doppelt");
                    goto aus;
                }
            leerraum(&z);
            if (z.p >= z.ende || *z.p != ':') { r = fehler(&z, "':' erwartet"); goto aus; }
            z.p++;
            leerraum(&z);
        }
        j_wert *w = knoten_neu(l);
        if (!w) {
            l->speicher_fehlt = true;
            r = fehler(&z, "nicht genug Speicher");
            goto aus;
        }
        memset(w, 0, sizeof *w);
        w->schluessel = schluessel;
        w->schluessel_len = schluessel_len;
        if (e) {
            if (!objekt && e->container->anzahl >= J_MAX_ELEMENTE) {
                l->grenze = true;
                r = fehler(&z, "mehr als 100000 Elemente in einer Liste");
                goto aus;
            }
            if (e->letztes) e->letztes->naechstes = w;
            else e->container->erstes = w;
            e->letztes = w;
            e->container->anzahl++;
        } else {
            wurzel = w;
        }
        if (z.p >= z.ende) { r = fehler(&z, "Wert erwartet, Ende der Eingabe"); goto aus; }
        w->roh = (const char *)z.p;
        unsigned c = *z.p;
        bool offen = false;
        if (c == '"') {
            w->typ = J_TEXT;
            if (!text_lesen(&z, &w->s, &w->len, true)) goto aus;
        } else if (c == '{' || c == '[') {
            if (tiefe == J_MAX_TIEFE) { l->grenze = true; r = fehler(&z, "tiefer als 32 Ebenen verschachtelt"); goto aus; }
            w->typ = c == '{' ? J_OBJEKT : J_LISTE;
            z.p++;
            leerraum(&z);
            if (z.p < z.ende && *z.p == (c == '{' ? '}' : ']')) {
                z.p++;
                w->roh_len = (size_t)((const char *)z.p - w->roh);
            } else {
                stapel[tiefe++] = (ebene){w, NULL};
                e = &stapel[tiefe - 1];
                objekt = c == '{';
                offen = true;
            }
        } else if (c == 't' || c == 'f') {
            w->typ = J_BOOL;
            w->b = c == 't';
            if (!wort(&z, c == 't' ? "true" : "false")) { r = fehler(&z, "ungültiger Wert"); goto aus; }
        } else if (c == 'n') {
            w->typ = J_NULL;
            if (!wort(&z, "null")) { r = fehler(&z, "ungültiger Wert"); goto aus; }
        } else if (c == '-' || ziffer(c)) {
            if (!zahl_lesen(&z, w)) goto aus;
        } else {
            r = fehler(&z, "ungültiger Wert");
            goto aus;
        }
        if (offen) continue;
        if (w->typ != J_OBJEKT && w->typ != J_LISTE) w->roh_len = (size_t)((const char *)z.p - w->roh);
        /* After a value: ',' for the next one, or close containers. */
        for (;;) {
            leerraum(&z);
            if (tiefe == 0) {
                if (z.p != z.ende) { r = fehler(&z, "Zeichen nach dem Ende des JSON-Werts"); goto aus; }
                return wurzel;
            }
            if (z.p >= z.ende) { r = fehler(&z, "unerwartetes Ende der Eingabe"); goto aus; }
            const unsigned char schluss = objekt ? '}' : ']';
            if (*z.p == ',') { z.p++; break; }
            if (*z.p == schluss) {
                z.p++;
                j_wert *zu = e->container;
                zu->roh_len = (size_t)((const char *)z.p - zu->roh);
                tiefe--;
                e = tiefe ? &stapel[tiefe - 1] : NULL;
                objekt = e && e->container->typ == J_OBJEKT;
                continue;
            }
            r = fehler(&z, schluss == '}' ? "',' oder '}' erwartet" : "',' oder ']' erwartet");
            goto aus;
        }
    }
aus:
    (void)r;
    *fehler_out = z.fehler ? z.fehler : "ungültiges JSON";
    return NULL;
}


const j_wert *j_feld(const j_wert *objekt, const char *schluessel)
{
    if (!objekt || objekt->typ != J_OBJEKT) return NULL;
    for (const j_wert *k = objekt->erstes; k; k = k->naechstes)
        if (j_schluessel_ist(k, schluessel)) return k;
    return NULL;
}
