/* befehle.h — the subcommands of the `wohngeld` program besides berechnen. */
#ifndef WGI_BEFEHLE_H
#define WGI_BEFEHLE_H
int wgi_befehl_berechnen(int argc, char **argv);
int wgi_befehl_mietenstufe(int argc, char **argv);
int wgi_befehl_vergleich(int argc, char **argv);
int wgi_befehl_batch(int argc, char **argv);
int wgi_befehl_nach_csv(int argc, char **argv);
int wgi_befehl_tabellen(int argc, char **argv);
int wgi_befehl_erklaeren(int argc, char **argv);
int wgi_befehl_schwellen(int argc, char **argv);
int wgi_befehl_grenzen(int argc, char **argv);
int wgi_befehl_fall(int argc, char **argv);
int wgi_befehl_bericht(int argc, char **argv);
int wgi_befehl_erzeugen(int argc, char **argv);
int wgi_befehl_bescheid(int argc, char **argv);
int wgi_befehl_zusammenfassen(int argc, char **argv);
/* The authority's file (behoerde.json) of --behoerde, read and checked; NULL with the reason on
 * stderr. And a date JJJJ-MM-TT. (behoerde_datei.c) */
#include "wohngeld_bescheid.h"
#include <stdbool.h>
wg_behoerde *wgi_behoerde_oeffnen(const char *pfad, const char *befehl);
bool wgi_datum_lesen(const char *w, wg_datum *d);
/* A whole small file (at most 16 MiB) into memory (malloc, the caller frees); NULL when it cannot. */
char *wgi_datei_ganz_lesen(const char *pfad, size_t *len);
/* The settings of running cases from the command line (--voruebergehend-bis-monate N,
 * --vergleich-y W) at argv[*i]: 1 taken (i advanced), 0 not one of them, -1 invalid (said). */
struct wg_fall_einstellungen;
int wgi_fall_option(int argc, char **argv, int *i, struct wg_fall_einstellungen *s);

#include "motor.h" /* the engine opened for a command (batch/motor.h) */
#endif
