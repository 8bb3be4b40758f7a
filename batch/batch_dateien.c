/*
 * batch_dateien.c — safe files for the night run (batch_dateien.h).
 */
#define _GNU_SOURCE /* NOLINT(bugprone-reserved-identifier): sync_file_range (Linux) */
#include "fehlertext.h"
#include "batch_dateien.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

void batch_rueckschreiben_anstossen(FILE *f)
{
#ifdef SYNC_FILE_RANGE_WRITE
    /* the whole file, but only the pages not yet on their way; no waiting. Errors (a pipe, a
     * file system without it) change nothing: the fsync at the checkpoint still decides. */
    (void)sync_file_range(fileno(f), 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    (void)f;
#endif
}

void batch_verzeichnis(const char *pfad, char *verz, size_t n)
{
    const char *s = strrchr(pfad, '/');
    if (!s) snprintf(verz, n, ".");
    else if (s == pfad) snprintf(verz, n, "/");
    else snprintf(verz, n, "%.*s", (int)(s - pfad), pfad);
}

void batch_pfad_normal(const char *pfad, char *aus, size_t n)
{
    char verz[PATH_MAX], echt[PATH_MAX];
    batch_verzeichnis(pfad, verz, sizeof verz);
    const char *name = strrchr(pfad, '/');
    name = name ? name + 1 : pfad;
    if (realpath(verz, echt)) snprintf(aus, n, "%s/%s", echt, name);
    else snprintf(aus, n, "%s", pfad);
}

bool batch_gleiche_datei(const char *a, const char *b)
{
    struct stat sa, sb;
    if (stat(a, &sa) == 0 && stat(b, &sb) == 0) return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    char na[PATH_MAX + 256], nb[PATH_MAX + 256];
    batch_pfad_normal(a, na, sizeof na);
    batch_pfad_normal(b, nb, sizeof nb);
    return strcmp(na, nb) == 0;
}

bool batch_ist_standardeingabe(const char *pfad)
{
    struct stat s0, sp;
    return fstat(0, &s0) == 0 && S_ISREG(s0.st_mode) && stat(pfad, &sp) == 0 && s0.st_dev == sp.st_dev && s0.st_ino == sp.st_ino;
}

int batch_pfad_pruefen(const char *pfad, char *meldung, size_t mlen)
{
    char verz[PATH_MAX];
    struct stat st;
    batch_verzeichnis(pfad, verz, sizeof verz);
    if (stat(verz, &st) != 0) {
        snprintf(meldung, mlen, "Verzeichnis %s: %s", verz, wgi_fehlertext(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        snprintf(meldung, mlen, "%s ist kein Verzeichnis", verz);
        return -1;
    }
    if (access(verz, W_OK | X_OK) != 0) {
        snprintf(meldung, mlen, "Verzeichnis %s ist nicht beschreibbar: %s", verz, wgi_fehlertext(errno));
        return -1;
    }
    if (stat(pfad, &st) == 0 && S_ISDIR(st.st_mode)) {
        snprintf(meldung, mlen, "%s ist ein Verzeichnis", pfad);
        return -1;
    }
    return 0;
}

/* a stream on an open descriptor (closed again when that fails, errno kept) */
static FILE *datei(int fd, const char *modus)
{
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, modus);
    if (!f) {
        int e = errno;
        close(fd);
        errno = e;
    }
    return f;
}

FILE *batch_neu_anlegen(const char *pfad)
{
    struct stat st;
    if (lstat(pfad, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            return NULL;
        }
        if (unlink(pfad) != 0) return NULL;
    }
    return datei(open(pfad, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666), "wb");
}

FILE *batch_vorhandene_oeffnen(const char *pfad)
{
    int fd = open(pfad, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        errno = EINVAL;
        return NULL;
    }
    return datei(fd, "ab");
}

int batch_sperre_nehmen(const char *pfad, char *meldung, size_t mlen)
{
    for (int versuch = 0; versuch < 100; versuch++) {
        int fd = open(pfad, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            snprintf(meldung, mlen, "Sperrdatei %s: %s", pfad, wgi_fehlertext(errno));
            return -1;
        }
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int e = errno;
            close(fd);
            if (e == EWOULDBLOCK)
                snprintf(meldung, mlen, "ein anderer Lauf schreibt gerade dieselbe Datei (Sperrdatei %s)", pfad);
            else
                snprintf(meldung, mlen, "Sperrdatei %s: %s", pfad, wgi_fehlertext(e));
            return -1;
        }
        /* the file may have been removed by the run that held it just before: then the lock
         * is on a name nobody sees; take the lock of the file that is there now */
        struct stat a, b;
        if (fstat(fd, &a) == 0 && stat(pfad, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) return fd;
        close(fd);
    }
    snprintf(meldung, mlen, "Sperrdatei %s: wechselt ständig", pfad);
    return -1;
}

void batch_sperre_freigeben(int fd, const char *pfad)
{
    if (fd < 0) return;
    (void)unlink(pfad);
    close(fd);
}

int batch_atomar_schreiben(const char *pfad, const char *daten, size_t len, char *meldung, size_t mlen)
{
    char teil[4096 + 8];
    if (snprintf(teil, sizeof teil, "%s.teil", pfad) >= (int)sizeof teil) {
        snprintf(meldung, mlen, "%s: Pfad zu lang", pfad);
        return -1;
    }
    FILE *f = batch_neu_anlegen(teil);
    if (!f) {
        snprintf(meldung, mlen, "%s: %s", teil, wgi_fehlertext(errno));
        return -1;
    }
    bool ok = fwrite(daten, 1, len, f) == len && fflush(f) == 0 && fsync(fileno(f)) == 0;
    const int fehler = errno;
    if (fclose(f) != 0) ok = false;
    if (!ok || rename(teil, pfad) != 0) {
        snprintf(meldung, mlen, "%s: %s", ok ? pfad : teil, wgi_fehlertext(ok ? errno : fehler));
        unlink(teil);
        return -1;
    }
    char verz[4096];
    batch_verzeichnis(pfad, verz, sizeof verz);
    int fd = open(verz, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
    return 0;
}
