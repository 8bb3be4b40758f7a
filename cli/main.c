/*
 * main.c — the command-line program `wohngeld`.
 *
 *   wohngeld berechnen [--pretty] [FILE…]   household records (JSON Lines) → results, in order
 *   wohngeld verify FILE…                   golden files: compute and compare (records.md)
 *   wohngeld --version | --help
 *
 * Exit codes: 0 all records assessed (with or without a claim) / all golden cases passed;
 * 1 some records invalid / some cases failed; 2 usage or I/O error.
 */
#include "fehlertext.h"
#include "befehle.h"
#include "verify.h"
#include "zeilen.h"
#include "wohngeld.h"
#include "wohngeld_json.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char hilfe[] =
    "wohngeld — berechnet Wohngeld nach dem Wohngeldgesetz (WoGG), 2016 bis heute\n"
    "\n"
    "Aufruf:\n"
    "  wohngeld berechnen [--pretty] [--bedarf-anteil PROZENT] [DATEI…]\n"
    "      Liest Haushalte als JSON Lines (eine Zeile je Haushalt, Format: docs/records.md;\n"
    "      ohne DATEI von der Standardeingabe) und schreibt je Haushalt eine Ergebniszeile\n"
    "      mit vollständiger Herleitung, in derselben Reihenfolge. --pretty rückt jedes\n"
    "      Ergebnis lesbar ein. Teildatensätze (Intervalle, \"unbekannt\") ergeben die exakte\n"
    "      Spanne mit Zeugen und Schwellen (Vorprüfung, docs/vorpruefung.md).\n"
    "  wohngeld schwellen [--feld PFAD] [DATEI]\n"
    "      Je Haushalt: Miete ab der ein Anspruch besteht, Miete ab der mehr Miete nichts\n"
    "      ändert, höchstes Gesamteinkommen mit Anspruch (und eines Postens PFAD), mit Zeugen.\n"
    "  wohngeld fall [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert]\n"
    "                [--herleitung JJJJ-MM] [--pretty] [DATEI]\n"
    "      laufende Fälle (wohngeld-fall/1): Monate, Entscheidungen nach §§ 27, 28, 42a–44, Überzahlung\n"
    "  wohngeld bericht --aus ZUSAMMENFASSUNG.json [--aus …] --html BERICHT.html\n"
    "      ein HTML-Bericht mit Grafiken aus den Zusammenfassungen von batch und vergleich\n"
    "  wohngeld grenzen --stichtag JJJJ-MM-TT [--rechtsstand ID] [--format text|csv|json]\n"
    "      Einkommensgrenzen: höchstes Gesamteinkommen mit Anspruch je Haushaltsgröße 1–12\n"
    "      und Mietenstufe, dazu das höchste Brutto einer verdienenden Person (Arbeitslohn\n"
    "      bei 10/20/30 % Abzug, Rente bei 10 %), gefunden durch die Schwellensuche.\n"
    "  wohngeld verify [--json] [--tabellen VERZ] DATEI…\n"
    "      Rechnet jede Zeile einer Golden-Datei ({\"eingabe\",\"erwartet\",\"quelle\"}) und\n"
    "      vergleicht die erwarteten Felder exakt; je Abweichung Feld, Soll, Ist und der erste\n"
    "      Schritt der Herleitung, an dem sie auseinandergehen. Schluss: \"N passed, M failed\".\n"
    "  wohngeld tabellen [--rechtsstand ID] [--format text|json] [--tabellen VERZ]\n"
    "      Die Rechtstabellen eines Rechtsstands mit Quellen und die Prüfsumme aller Tabellen.\n"
    "  wohngeld erklaeren [DATEI]\n"
    "      Einen Haushalt als lesbare deutsche Begründung (nummerierte Schritte mit §).\n"
    "  wohngeld mietenstufe AGS [--stichtag JJJJ-MM-TT] [--rechtsstand ID]\n"
    "      Mietenstufe einer Gemeinde nach der WoGV-Liste, mit der Zeile, die sie ergibt.\n"
    "  wohngeld mietenstufe --suche NAME [--stichtag JJJJ-MM-TT]\n"
    "      Gemeinden und Kreise, deren Name NAME enthält, jeweils mit Gemeindeschlüssel.\n"
    "  wohngeld vergleich --rechtsstand A --rechtsstand B [DATEI…]\n"
    "      Jeden Haushalt nach zwei Rechtsständen berechnen (z. B. 2025 und 2027-entwurf):\n"
    "      je Haushalt beide Beträge und die Kategorie, zuletzt eine Zusammenfassung.\n"
    "  wohngeld batch --eingabe DATEI --ausgabe DATEI [--fehler DATEI] [--threads N]\n"
    "                [--format jsonl|csv] [--ausgabe-umfang kurz|voll] [--fortsetzen] [--leise]\n"
    "      Massenberechnung (docs/batch.md): mehrere Kerne, Ausgabe in Eingabereihenfolge,\n"
    "      abgelehnte Datensätze in die Fehlerdatei, Wiederaufnahme nach Abbruch.\n"
    "  wohngeld nach-csv [DATEI]\n"
    "      Haushalte aus JSON Lines als CSV (docs/csv.md) schreiben.\n"
    "  wohngeld --version    Version und Prüfsumme der Rechtstabellen\n"
    "  wohngeld --help       diese Hilfe\n"
    "\n"
    "Exit-Status: 0 alles berechnet bzw. bestanden; 1 ungültige Datensätze bzw.\n"
    "Abweichungen; 2 Aufruf- oder Ein-/Ausgabefehler.\n";

static int berechnen_datei(const wg_engine *e, wg_json *j, wg_ergebnis *r, wg_vorpruefung *v, FILE *f, const char *name,
                           bool pretty, int *ungueltig, size_t *anzahl)
{
    wgi_zeilen z = {f, NULL, 0, 0};
    const char *zeile;
    size_t len;
    bool zu_lang;
    int st;
    while ((st = wgi_zeile_lesen(&z, &zeile, &len, &zu_lang)) > 0) {
        size_t k = 0;
        while (k < len && (zeile[k] == ' ' || zeile[k] == '\t')) k++;
        if (k == len && !zu_lang) continue; /* empty lines separate nothing; they are not records */
        (*anzahl)++;
        wg_haushalt h;
        wg_fehler fe = {0};
        const char *aus;
        size_t aus_len;
        const wg_unbekannt *u = NULL;
        size_t anzahl_u = 0;
        if (zu_lang) {
            wgi_zeile_zu_lang(&fe, z.nummer);
            aus = wg_json_fehler_schreiben(j, e, NULL, &fe, &aus_len);
            (*ungueltig)++;
        } else if (wg_json_teilhaushalt_lesen(j, zeile, len, &h, &u, &anzahl_u, &fe) != WG_OK) {
            if (fe.code == WG_E_SPEICHER) { /* not the record's fault: stop, do not mark it invalid */
                fprintf(stderr, "wohngeld: %s: nicht genug Speicher\n", name);
                wgi_zeilen_frei(&z);
                return 2;
            }
            aus = wg_json_fehler_schreiben(j, e, h.id, &fe, &aus_len);
            (*ungueltig)++;
        } else if (anzahl_u > 0) {
            /* a partial record: the screening (docs/vorpruefung.md) */
            wg_status s = wg_vorpruefen(e, &h, u, anzahl_u, v);
            if (s == WG_E_SPEICHER) {
                fprintf(stderr, "wohngeld: %s: nicht genug Speicher\n", name);
                wgi_zeilen_frei(&z);
                return 2;
            }
            if (s != WG_OK) {
                (*ungueltig)++;
                aus = wg_json_fehler_schreiben(j, e, h.id, wg_vorpruefung_fehler(v), &aus_len);
            } else {
                aus = wg_json_spanne_schreiben(j, e, h.id, wg_vorpruefung_spanne(v), true, &aus_len);
            }
        } else {
            wg_status s = wg_berechnen(e, &h, r, 0);
            if (s == WG_E_SPEICHER) {
                fprintf(stderr, "wohngeld: %s: nicht genug Speicher\n", name);
                wgi_zeilen_frei(&z);
                return 2;
            }
            if (s != WG_OK) (*ungueltig)++;
            aus = wg_json_ergebnis_schreiben(j, e, r, &aus_len);
        }
        if (aus && pretty) aus = wg_json_einruecken(j, aus, aus_len, &aus_len);
        if (!aus) {
            fprintf(stderr, "wohngeld: nicht genug Speicher\n");
            wgi_zeilen_frei(&z);
            return 2;
        }
        if (fwrite(aus, 1, aus_len, stdout) != aus_len || putchar('\n') == EOF) {
            fprintf(stderr, "wohngeld: Schreibfehler: %s\n", wgi_fehlertext(errno));
            wgi_zeilen_frei(&z);
            return 2;
        }
    }
    wgi_zeilen_frei(&z);
    if (st < 0) {
        fprintf(stderr, "wohngeld: %s: Lesefehler: %s\n", name, wgi_fehlertext(errno));
        return 2;
    }
    return 0;
}

static int befehl_berechnen(int argc, char **argv)
{
    bool pretty = false;
    int erste_datei = argc, anteil = 100;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--pretty") == 0) pretty = true;
        else if (strcmp(argv[i], "--bedarf-anteil") == 0 && i + 1 < argc) {
            char *ende;
            long v = strtol(argv[++i], &ende, 10);
            if (*ende || v < 1 || v > 1000) {
                fprintf(stderr, "wohngeld berechnen: --bedarf-anteil: ganze Zahl von 1 bis 1000 (Prozent)\n");
                return 2;
            }
            anteil = (int)v;
        } else if (strcmp(argv[i], "--") == 0) { erste_datei = i + 1; break; }
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "wohngeld berechnen: unbekannte Option %s (siehe wohngeld --help)\n", argv[i]);
            return 2;
        } else { erste_datei = i; break; }
    }
    wg_engine *e = wgi_cli_oeffnen(NULL);
    if (!e) return 2;
    wg_engine_bedarfsanteil_setzen(e, anteil);
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    wg_vorpruefung *v = wg_vorpruefung_neu();
    int rc = 0, ungueltig = 0;
    size_t anzahl = 0;
    if (!j || !r || !v) {
        fprintf(stderr, "wohngeld: nicht genug Speicher\n");
        rc = 2;
    } else if (erste_datei >= argc) {
        rc = berechnen_datei(e, j, r, v, stdin, "-", pretty, &ungueltig, &anzahl);
    } else {
        for (int i = erste_datei; i < argc && rc == 0; i++) {
            if (strcmp(argv[i], "--pretty") == 0) { pretty = true; continue; }
            FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
            if (!f) {
                fprintf(stderr, "wohngeld: %s: %s\n", argv[i], wgi_fehlertext(errno));
                rc = 2;
                break;
            }
            rc = berechnen_datei(e, j, r, v, f, argv[i], pretty, &ungueltig, &anzahl);
            if (f != stdin) fclose(f);
        }
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "wohngeld: Schreibfehler: %s\n", wgi_fehlertext(errno));
        rc = 2;
    }
    if (rc == 0 && anzahl == 0) wgi_keine_eingabe("berechnen");
    wg_vorpruefung_frei(v);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    wg_engine_schliessen(e);
    if (rc) return rc;
    return ungueltig ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(hilfe, stderr);
        return 2;
    }
    const char *b = argv[1];
    if (strcmp(b, "--help") == 0 || strcmp(b, "-h") == 0 || strcmp(b, "hilfe") == 0) {
        fputs(hilfe, stdout);
        return 0;
    }
    if (strcmp(b, "--version") == 0) {
        wg_engine *e = wgi_cli_oeffnen(NULL);
        if (!e) return 2;
        printf("wohngeld %s\ntabellen %s\n", wg_version(), wg_engine_tabellen_pruefsumme(e));
        wg_engine_schliessen(e);
        return 0;
    }
    if (strcmp(b, "berechnen") == 0) {
        for (int i = 2; i < argc; i++)
            if (strcmp(argv[i], "--help") == 0) { fputs(hilfe, stdout); return 0; }
        return befehl_berechnen(argc - 2, argv + 2);
    }
    if (strcmp(b, "verify") == 0) return wgi_verify(argc - 2, argv + 2);
    if (strcmp(b, "mietenstufe") == 0) return wgi_befehl_mietenstufe(argc - 2, argv + 2);
    if (strcmp(b, "vergleich") == 0) return wgi_befehl_vergleich(argc - 2, argv + 2);
    if (strcmp(b, "batch") == 0) return wgi_befehl_batch(argc - 2, argv + 2);
    if (strcmp(b, "nach-csv") == 0) return wgi_befehl_nach_csv(argc - 2, argv + 2);
    if (strcmp(b, "tabellen") == 0) return wgi_befehl_tabellen(argc - 2, argv + 2);
    if (strcmp(b, "erklaeren") == 0) return wgi_befehl_erklaeren(argc - 2, argv + 2);
    if (strcmp(b, "schwellen") == 0) return wgi_befehl_schwellen(argc - 2, argv + 2);
    if (strcmp(b, "grenzen") == 0) return wgi_befehl_grenzen(argc - 2, argv + 2);
    if (strcmp(b, "fall") == 0) return wgi_befehl_fall(argc - 2, argv + 2);
    if (strcmp(b, "bericht") == 0) return wgi_befehl_bericht(argc - 2, argv + 2);
    fprintf(stderr, "wohngeld: unbekannter Befehl \"%s\" (siehe wohngeld --help)\n", b);
    return 2;
}
