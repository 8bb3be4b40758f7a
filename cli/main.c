/*
 * main.c — the command-line program `wohngeld`: the table of its commands {name, function, help}
 * and the dispatch; every command lives in its own file (berechnen.c, verify.c, batch.c, …).
 *
 *   wohngeld BEFEHL [OPTIONEN]   wohngeld --version | --help | BEFEHL --help
 *
 * Exit codes: 0 all records assessed (with or without a claim) / all golden cases passed;
 * 1 some records invalid / some cases failed; 2 usage or I/O error.
 */
#include "befehle.h"
#include "verify.h"
#include "wohngeld.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the commands: name, function, help (the README and docs/ say more) ---- */

typedef struct befehl {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *kurz;  /* one line for the overview */
    const char *hilfe; /* usage and every option with its meaning */
} befehl;

static const befehl BEFEHLE[] = {
    {"berechnen", wgi_befehl_berechnen, "Haushalte (JSON Lines) berechnen, mit Herleitung; Teildatensätze vorprüfen",
     "Aufruf: wohngeld berechnen [--pretty] [--bedarf-anteil PROZENT] [DATEI…]\n"
     "Liest Haushalte als JSON Lines (eine Zeile je Haushalt, docs/records.md; ohne DATEI von der\n"
     "Standardeingabe) und schreibt je Haushalt eine Ergebniszeile mit vollständiger Herleitung, in\n"
     "derselben Reihenfolge. Teildatensätze (Intervalle, \"unbekannt\") ergeben die exakte Spanne mit\n"
     "Zeugen und Schwellen (docs/vorpruefung.md).\n"
     "  --pretty                jedes Ergebnis lesbar eingerückt\n"
     "  --bedarf-anteil PROZENT Schwelle des Hinweises einkommen_unter_bedarf (1–1000, Vorgabe 100)\n"},
    {"erklaeren", wgi_befehl_erklaeren, "Haushalt, Teildatensatz oder laufenden Fall als deutsche Begründung",
     "Aufruf: wohngeld erklaeren [DATEI]\n"
     "Erklärt jeden Datensatz in deutschen Sätzen mit §: einen Haushalt mit nummerierter Herleitung\n"
     "(einen Bewilligungszeitraum Abschnitt für Abschnitt), einen Teildatensatz mit Spanne, Schwellen\n"
     "und dem, was fehlt, einen laufenden Fall (wohngeld-fall/1) mit jeder Entscheidung.\n"},
    {"schwellen", wgi_befehl_schwellen, "Schwellen vollständiger Haushalte: Miete ab, Einkommen bis",
     "Aufruf: wohngeld schwellen [--feld PFAD] [--pretty] [DATEI]\n"
     "Je Haushalt: die Miete, ab der ein Anspruch besteht, die Miete, ab der mehr Miete nichts ändert,\n"
     "das höchste Gesamteinkommen mit Anspruch, jeweils mit einem Zeugen (docs/vorpruefung.md § 3).\n"
     "  --feld PFAD  zusätzlich die Schwelle dieses Geldfelds (z. B. mitglieder[0].einkommen[0].betrag_monat)\n"
     "  --pretty     jedes Ergebnis lesbar eingerückt\n"},
    {"grenzen", wgi_befehl_grenzen, "Einkommensgrenzen 1–12 Personen × Mietenstufen, mit Bruttogrenzen",
     "Aufruf: wohngeld grenzen --stichtag JJJJ-MM-TT [--rechtsstand ID] [--format text|csv|json]\n"
     "                        [--trennzeichen ,|;] [--pretty]\n"
     "Höchstes monatliches Gesamteinkommen mit Anspruch je Haushaltsgröße und Mietenstufe, dazu das\n"
     "höchste Brutto einer verdienenden Person (Arbeitslohn bei 10/20/30 % Abzug, Rente bei 10 %),\n"
     "gefunden durch die Schwellensuche der Engine (docs/vorpruefung.md § 7).\n"
     "  --stichtag D       der Tag, dessen Recht gilt (Pflicht)\n"
     "  --rechtsstand ID   ein bestimmter Rechtsstand oder Entwurf (z. B. 2027-entwurf)\n"
     "  --format F         text (Vorgabe), csv oder json\n"
     "  --trennzeichen C   Spaltentrenner für csv: , (Vorgabe) oder ;\n"
     "  --pretty           json lesbar eingerückt\n"},
    {"bescheid", wgi_befehl_bescheid, "Bescheide, Anhörungen, Einladungen aus jedem Datensatz (docs/bescheide.md)",
     "Aufruf: wohngeld bescheid --behoerde behoerde.json [--datum JJJJ-MM-TT] [--html VERZ] [--json] [DATEI]\n"
     "Schreibt für jeden Datensatz (Haushalt, Teildatensatz, laufender Fall) die Entscheidungen, zu denen er führt:\n"
     "Bewilligung, Ablehnung, Änderung, Aufhebung mit Erstattung, Anhörung, Einladung — oder warum ein Mensch\n"
     "entscheiden muss (§ 31a SGB X).\n"
     "  --behoerde DATEI   die Angaben und Entscheidungen der Behörde (Pflicht; Beispiel examples/behoerde.json)\n"
     "  --datum D          Datum der Schreiben (Vorgabe: heute; ein Fall ohne --datum: sein entscheidung_am)\n"
     "  --html VERZ        je Schreiben eine HTML-Seite (A4) in VERZ (neu oder leer)\n"
     "  --json             je Entscheidung ein Datensatz wohngeld-bescheid/1 (Vorgabe ohne --html)\n"},
    {"zusammenfassen", wgi_befehl_zusammenfassen, "die Zusammenfassungen der Teile eines Laufs (batch --shard) zu einer",
     "Aufruf: wohngeld zusammenfassen --aus TEIL1.json --aus TEIL2.json … --ausgabe GESAMT.json\n"
     "Fügt die Zusammenfassungen der Teile eines Nachtlaufs (batch --shard K/N) exakt zu der des ganzen Laufs\n"
     "zusammen (docs/skalierung.md); verweigert Teile verschiedener Engines, Tabellen, Eingaben oder Einstellungen\n"
     "und einen fehlenden oder doppelten Teil.\n"},
    {"fall", wgi_befehl_fall, "laufende Fälle: Monate, Entscheidungen nach §§ 27, 28, 42a–44, Überzahlung",
     "Aufruf: wohngeld fall [--voruebergehend-bis-monate N] [--vergleich-y gesamteinkommen|formelwert]\n"
     "                     [--daten-max-alter-monate N] [--erstattung-grenze EUR] [--frist-warnung-tage N]\n"
     "                     [--herleitung JJJJ-MM [--erhoehung]] [--pretty] [DATEI]\n"
     "Rechnet laufende Bewilligungen (wohngeld-fall/1, docs/laufende-faelle.md).\n"
     "  --voruebergehend-bis-monate N  eine Änderung bis N Monate gilt als vorübergehend (0–24, Vorgabe 2)\n"
     "  --vergleich-y W                was § 27 als Einkommen vergleicht (Vorgabe gesamteinkommen)\n"
     "  --daten-max-alter-monate N     ältere Angaben steuern zu einem Menschen aus (Vorgabe 3)\n"
     "  --erstattung-grenze EUR        eine Erstattung ab diesem Betrag entscheidet ein Mensch (Vorgabe 1000, 0: keine)\n"
     "  --frist-warnung-tage N         eine Entscheidungsfrist in N Tagen steuert aus (Vorgabe 30)\n"
     "  --herleitung JJJJ-MM           die volle Herleitung des Betrags dieses Monats\n"
     "  --erhoehung                    mit --herleitung: der Betrag hinter erhoehung_moeglich dieses Monats\n"
     "  --pretty                       lesbar eingerückt\n"},
    {"batch", wgi_befehl_batch, "Nachtlauf: viele Datensätze auf allen Kernen, sicher fortsetzbar",
     "Aufruf: wohngeld batch --eingabe DATEI --ausgabe DATEI [--fehler DATEI] [--threads N] [--block N]\n"
     "                      [--format jsonl|csv] [--trennzeichen ,|;] [--ausgabe-umfang kurz|voll]\n"
     "                      [--art haushalt|fall] [--fortsetzen] [--checkpoint-sekunden S]\n"
     "                      [--protokoll DATEI] [--bedarf-anteil P] [--leise]\n"
     "Massenberechnung (docs/batch.md): Ausgabe in Eingabereihenfolge, abgelehnte Datensätze in die\n"
     "Fehlerdatei, Wiederaufnahme nach Abbruch, eine Zusammenfassung als JSON neben der Ausgabe.\n"
     "  --eingabe, --ausgabe     Dateien; - für Standardein-/ausgabe\n"
     "  --fehler DATEI           abgelehnte Datensätze mit Zeilennummern und Originaltext\n"
     "  --threads N, --block N   Rechenkerne (Vorgabe: alle) und Datensätze je Block\n"
     "  --format, --trennzeichen JSON Lines oder CSV (docs/csv.md) und dessen Trenner\n"
     "  --ausgabe-umfang         kurz (nur der Betrag, Vorgabe) oder voll (mit Herleitung)\n"
     "  --art fall               laufende Fälle statt Haushalte\n"
     "  --fortsetzen             nach Abbruch ab dem Checkpoint weiter\n"
     "  --checkpoint-sekunden S  höchstens so lange Arbeit kann ein Absturz kosten (Vorgabe 1)\n"
     "  --protokoll DATEI        Ereignisprotokoll für cron\n"
     "  --leise                  keine Zusammenfassung auf stderr\n"},
    {"bericht", wgi_befehl_bericht, "HTML-Bericht mit Kennzahlen und Grafiken aus Zusammenfassungen",
     "Aufruf: wohngeld bericht --aus ZUSAMMENFASSUNG.json [--aus …] [--vorher ZUSAMMENFASSUNG.json]\n"
     "                        --html BERICHT.html\n"
     "Eine HTML-Seite (docs/bericht.md) aus den Zusammenfassungen von batch und vergleich.\n"
     "  --aus DATEI     eine Zusammenfassung (mehrere möglich)\n"
     "  --vorher DATEI  die Zusammenfassung des letzten Laufs: jede Kennzahl mit ihrer Änderung\n"
     "  --html DATEI    die Seite (atomar geschrieben)\n"},
    {"vergleich", wgi_befehl_vergleich, "jeden Haushalt nach zwei Rechtsständen berechnen (Reform)",
     "Aufruf: wohngeld vergleich --rechtsstand A --rechtsstand B [--zusammenfassung DATEI] [--pretty] [DATEI…]\n"
     "Je Haushalt beide Beträge und die Kategorie (gewinnt, verliert, fällt weg, neu, gleich), zuletzt\n"
     "eine Summenzeile.\n"
     "  --zusammenfassung DATEI  die Zusammenfassung für wohngeld bericht\n"
     "  --pretty                 jede Zeile lesbar eingerückt\n"},
    {"verify", wgi_verify, "Golden-Dateien rechnen und vergleichen",
     "Aufruf: wohngeld verify [--json] [--tabellen VERZ] DATEI…\n"
     "Rechnet jede Zeile einer Golden-Datei ({\"eingabe\",\"erwartet\",\"quelle\"}) und vergleicht die\n"
     "erwarteten Felder exakt; zuletzt die Zahl der bestandenen und der abweichenden Fälle.\n"
     "  --json          ein maschinenlesbarer Bericht, je Abweichung der erste abweichende Schritt\n"
     "  --tabellen VERZ Tabellendateien aus VERZ statt der eingebauten\n"},
    {"tabellen", wgi_befehl_tabellen, "die Rechtstabellen eines Rechtsstands mit Quellen",
     "Aufruf: wohngeld tabellen [--stichtag JJJJ-MM-TT | --rechtsstand ID] [--format text|json] [--pretty]\n"
     "                         [--tabellen VERZ]\n"
     "Die Werte des Rechtsstands, der am Stichtag gilt (Vorgabe: heute), mit Quellen und Prüfsumme.\n"},
    {"mietenstufe", wgi_befehl_mietenstufe, "Mietenstufe einer Gemeinde; Gemeinden nach Namen suchen",
     "Aufruf: wohngeld mietenstufe AGS [--stichtag JJJJ-MM-TT] [--rechtsstand ID]\n"
     "        wohngeld mietenstufe --suche NAME [--stichtag JJJJ-MM-TT]\n"
     "Die Mietenstufe nach der WoGV-Liste mit der Zeile, die sie ergibt; oder Gemeinden und Kreise,\n"
     "deren Name NAME enthält, mit Gemeindeschlüssel.\n"},
    {"nach-csv", wgi_befehl_nach_csv, "Haushalte aus JSON Lines als CSV schreiben",
     "Aufruf: wohngeld nach-csv [--trennzeichen ,|;] [DATEI]\n"
     "Schreibt Haushalte als CSV (docs/csv.md), eine Zeile je Mitglied.\n"},
    {"erzeugen", wgi_befehl_erzeugen, "Probedaten erzeugen: Haushalte, Teildatensätze, laufende Fälle",
     "Aufruf: wohngeld erzeugen ANZAHL [--saat S] [--fehlerquote P] [--teil 1] [--faelle 1]\n"
     "Schreibt ANZAHL synthetische Datensätze als JSON Lines auf die Standardausgabe — für einen\n"
     "Probelauf des Nachtlaufs (docs/batch.md \"Probeläufe\"). Dieselbe Saat ergibt dieselbe Datei.\n"
     "  --saat S         Startwert des Zufallsgenerators (Vorgabe fest)\n"
     "  --fehlerquote P  etwa P Prozent fehlerhafte Zeilen (0–100), um die Ablehnung zu üben\n"
     "  --teil 1         Teildatensätze für die Vorprüfung (Miete unbekannt, ein Einkommen ± 100 EUR)\n"
     "  --faelle 1       laufende Fälle (wohngeld-fall/1) mit drei Änderungen\n"},
};
#define N_BEFEHLE (sizeof BEFEHLE / sizeof BEFEHLE[0])

static void uebersicht(FILE *f)
{
    fputs("wohngeld — berechnet Wohngeld nach dem Wohngeldgesetz (WoGG), 2016 bis heute\n\nBefehle:\n", f);
    for (size_t i = 0; i < N_BEFEHLE; i++) fprintf(f, "  %-12s %s\n", BEFEHLE[i].name, BEFEHLE[i].kurz);
    fputs("\n  wohngeld BEFEHL --help   Aufruf und Optionen eines Befehls\n"
          "  wohngeld --version       Version und Prüfsumme der Rechtstabellen\n"
          "\nExit-Status: 0 alles berechnet bzw. bestanden; 1 ungültige Datensätze bzw. Abweichungen;\n"
          "2 Aufruf- oder Ein-/Ausgabefehler; 3 (batch) durch ein Signal angehalten.\n", f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        uebersicht(stderr);
        return 2;
    }
    const char *b = argv[1];
    if (strcmp(b, "--help") == 0 || strcmp(b, "-h") == 0 || strcmp(b, "hilfe") == 0) {
        uebersicht(stdout);
        return 0;
    }
    if (strcmp(b, "--version") == 0) {
        wg_engine *e = wgi_cli_oeffnen(NULL);
        if (!e) return 2;
        printf("wohngeld %s\ntabellen %s\n", wg_version(), wg_engine_tabellen_pruefsumme(e));
        wg_engine_schliessen(e);
        return 0;
    }
    for (size_t k = 0; k < N_BEFEHLE; k++) {
        if (strcmp(b, BEFEHLE[k].name) != 0) continue;
        for (int i = 2; i < argc; i++)
            if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
                fputs(BEFEHLE[k].hilfe, stdout);
                return 0;
            }
        return BEFEHLE[k].fn(argc - 2, argv + 2);
    }
    fprintf(stderr, "wohngeld: unbekannter Befehl \"%s\" (siehe wohngeld --help)\n", b);
    return 2;
}
