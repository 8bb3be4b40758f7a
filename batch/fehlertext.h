/*
 * fehlertext.h — the program's messages are German throughout, also where the operating system
 * reports an error: wgi_fehlertext(errno) is strerror in German (the C library's texts depend on
 * a locale that a night-run machine rarely has). Exports wgi_fehlertext, wgi_datei_fehler.
 */
#ifndef WGI_CLI_FEHLERTEXT_H
#define WGI_CLI_FEHLERTEXT_H

/* The German text of an errno value; unknown values as "Systemfehler N". */
const char *wgi_fehlertext(int fehler);
/* "wohngeld BEFEHL: DATEI: text of errno" on stderr. */
void wgi_datei_fehler(const char *befehl, const char *datei);

#endif
