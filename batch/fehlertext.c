/*
 * fehlertext.c — errno in German (fehlertext.h).
 */
#include "fehlertext.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

const char *wgi_fehlertext(int fehler)
{
    switch (fehler) {
    case 0: return "kein Fehler";
    case ENOENT: return "Datei oder Verzeichnis nicht gefunden";
    case EACCES: return "keine Berechtigung";
    case EPERM: return "Vorgang nicht erlaubt";
    case ENOSPC: return "kein Platz mehr auf dem Datenträger";
    case EDQUOT: return "Speicherkontingent überschritten";
    case EISDIR: return "ist ein Verzeichnis";
    case ENOTDIR: return "ein Teil des Pfads ist kein Verzeichnis";
    case EROFS: return "Dateisystem nur lesbar";
    case EEXIST: return "Datei existiert bereits";
    case EINVAL: return "ungültiges Argument";
    case ENAMETOOLONG: return "Dateiname zu lang";
    case EIO: return "Ein-/Ausgabefehler";
    case ENOMEM: return "nicht genug Speicher";
    case EMFILE: case ENFILE: return "zu viele offene Dateien";
    case EPIPE: return "Leitung unterbrochen (Empfänger beendet)";
    case ELOOP: return "zu viele symbolische Verknüpfungen";
    case EBUSY: return "Gerät oder Ressource belegt";
    case EAGAIN: return "Ressource vorübergehend nicht verfügbar";
    case ESPIPE: return "Suchen nicht möglich (Pipe oder Gerät)";
    case EFBIG: return "Datei zu groß";
    case EXDEV: return "Umbenennen über Dateisysteme hinweg nicht möglich";
    case EBADF: return "ungültiger Dateideskriptor";
    case EINTR: return "durch ein Signal unterbrochen";
    case ENXIO: return "Gerät oder Adresse nicht vorhanden";
    case ETXTBSY: return "Programmdatei in Benutzung";
    case EOVERFLOW: return "Wert zu groß für den Datentyp";
    default: break;
    }
    static _Thread_local char text[40];
    snprintf(text, sizeof text, "Systemfehler %d", fehler);
    return text;
}

void wgi_datei_fehler(const char *befehl, const char *datei)
{
    const int e = errno;
    fprintf(stderr, "wohngeld %s: %s: %s\n", befehl, datei ? datei : "-", wgi_fehlertext(e));
}
