/*
 * batch_protokoll.c — the event log (batch_protokoll.h).
 */
#include "batch_protokoll.h"
#include "batch_summe.h"

#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

int batch_protokoll_oeffnen(batch_protokoll *p, const char *pfad, bool auf_stderr)
{
    p->f = NULL;
    p->eigen = false;
    if (pfad) {
        int fd = open(pfad, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) return -1;
        p->f = fdopen(fd, "a");
        if (!p->f) {
            close(fd);
            return -1;
        }
        p->eigen = true;
    } else if (auf_stderr) {
        p->f = stderr;
    }
    return 0;
}

void batch_ereignis(batch_protokoll *p, const char *ereignis, const char *format, ...)
{
    if (!p->f) return;
    char zeit[32], text[2048];
    batch_zeit_jetzt(zeit);
    va_list a;
    va_start(a, format);
    vsnprintf(text, sizeof text, format, a);
    va_end(a);
    /* one line, one write: lines of several runs appending to the same log do not mix */
    char zeile[2200];
    int n = snprintf(zeile, sizeof zeile, "%s %s %s\n", zeit, ereignis, text);
    if (n > (int)sizeof zeile - 1) n = (int)sizeof zeile - 1, zeile[n - 1] = '\n';
    fflush(p->f);
    (void)!write(fileno(p->f), zeile, (size_t)n);
}

void batch_protokoll_schliessen(batch_protokoll *p)
{
    if (p->eigen && p->f) fclose(p->f);
    p->f = NULL;
    p->eigen = false;
}
