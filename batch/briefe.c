/*
 * briefe.c — the letters directory (briefe.h): files written whole, never over another.
 */
#define _GNU_SOURCE /* NOLINT(bugprone-reserved-identifier): syncfs, O_TMPFILE (Linux) */
#include "briefe.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int batch_briefe_oeffnen(batch_briefe *a, const char *verz, bool leer, bool ersetzen, char *meldung, size_t mlen)
{
    a->dirfd = -1;
    a->ersetzen = ersetzen;
    if (mkdir(verz, 0777) != 0 && errno != EEXIST) {
        snprintf(meldung, mlen, "%s: Verzeichnis kann nicht angelegt werden: %s", verz, strerror(errno));
        return -1;
    }
    a->dirfd = open(verz, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (a->dirfd < 0) {
        snprintf(meldung, mlen, "%s: kein Verzeichnis (%s)", verz, strerror(errno));
        return -1;
    }
    if (leer) {
        const int fd = dup(a->dirfd);
        DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
        if (!d) {
            snprintf(meldung, mlen, "%s: %s", verz, strerror(errno));
            return -1;
        }
        const struct dirent *e;
        bool voll = false;
        while ((e = readdir(d)) != NULL) voll |= strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
        closedir(d);
        if (voll) {
            snprintf(meldung, mlen, "%s: das Verzeichnis ist nicht leer — Briefe werden nie überschrieben", verz);
            close(a->dirfd);
            a->dirfd = -1;
            return -1;
        }
    }
    return 0;
}

void batch_brief_name(char *aus, size_t n, uint64_t zeile, const char *id, int nummer, const char *art, const char *endung)
{
    char sicher[65];
    size_t k = 0;
    for (const char *p = id ? id : ""; *p && k < 64; p++) {
        const char c = *p;
        sicher[k++] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ? c : '_';
    }
    sicher[k] = '\0';
    snprintf(aus, n, "%09llu-%s-%d-%s%s", (unsigned long long)zeile, k ? sicher : "ohne_id", nummer, art, endung);
}

static int ganz_schreiben(int fd, const char *d, size_t n)
{
    while (n) {
        const ssize_t w = write(fd, d, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        d += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Linux: an unnamed file in the directory, named only when complete (one directory change instead
 * of three); 1 done, 0 not supported here (the caller takes the named temporary), -1 error. */
static int ohne_namen_ablegen(const batch_briefe *a, const char *name, const char *daten, size_t len)
{
#ifdef O_TMPFILE
    const int fd = openat(a->dirfd, ".", O_WRONLY | O_TMPFILE | O_CLOEXEC, 0666);
    if (fd < 0) return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL ? 0 : -1;
    if (ganz_schreiben(fd, daten, len) != 0) {
        const int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    char pfad[64];
    snprintf(pfad, sizeof pfad, "/proc/self/fd/%d", fd);
    /* a link fails on an existing name: nothing is written over */
    int rc = linkat(AT_FDCWD, pfad, a->dirfd, name, AT_SYMLINK_FOLLOW);
    if (rc != 0 && errno == EEXIST && a->ersetzen && unlinkat(a->dirfd, name, 0) == 0)
        rc = linkat(AT_FDCWD, pfad, a->dirfd, name, AT_SYMLINK_FOLLOW);
    if (rc != 0 && errno == ENOENT) { /* no /proc: the named way */
        close(fd);
        return 0;
    }
    const int e = errno;
    if (close(fd) != 0 && rc == 0) return -1;
    errno = e;
    return rc == 0 ? 1 : -1;
#else
    (void)a; (void)name; (void)daten; (void)len;
    return 0;
#endif
}

int batch_brief_ablegen(const batch_briefe *a, const char *name, const char *daten, size_t len)
{
    const int r = ohne_namen_ablegen(a, name, daten, len);
    if (r != 0) return r > 0 ? 0 : -1;
    char tmp[300];
    snprintf(tmp, sizeof tmp, ".%s.teil", name);
    (void)unlinkat(a->dirfd, tmp, 0); /* a stale part of a killed run, never followed */
    const int fd = openat(a->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) return -1;
    if (ganz_schreiben(fd, daten, len) != 0) {
        const int e = errno;
        close(fd);
        unlinkat(a->dirfd, tmp, 0);
        errno = e;
        return -1;
    }
    if (close(fd) != 0) {
        unlinkat(a->dirfd, tmp, 0);
        return -1;
    }
    /* into place without overwriting: a link fails on an existing name */
    int rc = linkat(a->dirfd, tmp, a->dirfd, name, 0);
    if (rc != 0 && errno == EEXIST && a->ersetzen) rc = renameat(a->dirfd, tmp, a->dirfd, name);
    const int e = errno;
    unlinkat(a->dirfd, tmp, 0);
    errno = e;
    return rc;
}

static int namen_vergleich(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

long batch_briefe_liste(const batch_briefe *a, const char *endung, const char *ziel, char *meldung, size_t mlen)
{
    const int fd = dup(a->dirfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        snprintf(meldung, mlen, "Briefverzeichnis: %s", strerror(errno));
        return -1;
    }
    rewinddir(d);
    char **namen = NULL;
    size_t n = 0, kap = 0;
    const size_t el = strlen(endung);
    const struct dirent *e;
    long rc = 0;
    while ((e = readdir(d)) != NULL) {
        const size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || l <= el || strcmp(e->d_name + l - el, endung) != 0) continue;
        if (n == kap) {
            kap = kap ? kap * 2 : 256;
            char **neu = realloc(namen, kap * sizeof *neu);
            if (!neu) { rc = -1; break; }
            namen = neu;
        }
        namen[n] = strdup(e->d_name);
        if (!namen[n]) { rc = -1; break; }
        n++;
    }
    closedir(d);
    if (rc == 0 && n > 1) qsort(namen, n, sizeof *namen, namen_vergleich);
    char tmp[300];
    snprintf(tmp, sizeof tmp, ".%s.teil", ziel);
    unlinkat(a->dirfd, tmp, 0);
    const int out = rc == 0 ? openat(a->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666) : -1;
    if (out < 0) rc = -1;
    char *puffer = NULL;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const int f = openat(a->dirfd, namen[i], O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        struct stat st;
        if (f < 0 || fstat(f, &st) != 0) { rc = -1; if (f >= 0) close(f); break; }
        char *neu = realloc(puffer, (size_t)st.st_size + 1);
        if (!neu) { close(f); rc = -1; break; }
        puffer = neu;
        const ssize_t r = read(f, puffer, (size_t)st.st_size);
        close(f);
        if (r != st.st_size) { rc = -1; break; }
        size_t len = (size_t)r;
        if (len == 0 || puffer[len - 1] != '\n') puffer[len++] = '\n';
        if (ganz_schreiben(out, puffer, len) != 0) rc = -1;
    }
    free(puffer);
    if (out >= 0) {
        if (rc == 0 && fsync(out) != 0) rc = -1;
        close(out);
        if (rc == 0 && renameat(a->dirfd, tmp, a->dirfd, ziel) != 0) rc = -1;
        if (rc != 0) unlinkat(a->dirfd, tmp, 0);
    }
    for (size_t i = 0; i < n; i++) free(namen[i]);
    free(namen);
    if (rc != 0) {
        snprintf(meldung, mlen, "%s: %s", ziel, strerror(errno));
        return -1;
    }
    return (long)n;
}

int batch_briefe_schliessen(batch_briefe *a)
{
    if (a->dirfd < 0) return 0;
    const int rc = syncfs(a->dirfd);
    close(a->dirfd);
    a->dirfd = -1;
    return rc;
}
