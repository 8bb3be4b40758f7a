/*
 * batch_dateien.h — the files of a night run, handled so that nothing is destroyed
 * (docs/batch.md "Files"): no output path may name the input (compared by device and inode, so
 * another spelling, a symlink or a hard link is caught); temporary files are created new with
 * O_CREAT|O_EXCL|O_NOFOLLOW, never through a link planted at their name; one run at a time holds
 * the lock file beside the output.
 *
 * Exports: batch_verzeichnis, batch_pfad_normal, batch_gleiche_datei, batch_ist_standardeingabe, batch_pfad_pruefen, batch_neu_anlegen, batch_vorhandene_oeffnen,
 * batch_atomar_schreiben, batch_sperre_nehmen, batch_sperre_freigeben, batch_rueckschreiben_anstossen.
 */
#ifndef WGI_BATCH_DATEIEN_H
#define WGI_BATCH_DATEIEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The directory part of pfad ("." when it has none, "/" for a file in the root) into verz. */
void batch_verzeichnis(const char *pfad, char *verz, size_t n);
/* pfad with its directory resolved (realpath) and its name as given; pfad itself when the
 * directory cannot be resolved. */
void batch_pfad_normal(const char *pfad, char *aus, size_t n);

/* True when a and b name the same file: the same device and inode when both exist, else the
 * same directory (resolved) and name. */
bool batch_gleiche_datei(const char *a, const char *b);

/* True when standard input is a regular file and pfad names it (device and inode): a
 * command reading `< e.jsonl` must not write e.jsonl. */
bool batch_ist_standardeingabe(const char *pfad);
/* Checks that an output file can be created at pfad before anything is computed: its directory
 * exists, is a directory and writable; pfad itself is not a directory. 0, or -1 with a German
 * message. */
int batch_pfad_pruefen(const char *pfad, char *meldung, size_t mlen);

/* Creates pfad as a new, empty regular file for writing, never following a symlink: a stale
 * regular file or link of that name (left by a killed run) is removed first — the link itself,
 * not what it points to — then created with O_CREAT|O_EXCL|O_NOFOLLOW. NULL with errno set. */
FILE *batch_neu_anlegen(const char *pfad);

/* Opens an existing regular file for appending (a resume), never through a symlink. */
FILE *batch_vorhandene_oeffnen(const char *pfad);

/* Writes a whole small file (a summary, a report) so that nobody ever sees half of it: into
 * "pfad.teil" (created new, never through a link), flushed and fsync'ed, then renamed to pfad and
 * the directory synced. 0, or -1 with a German message naming the file; a failed write leaves
 * pfad as it was. */
int batch_atomar_schreiben(const char *pfad, const char *daten, size_t len, char *meldung, size_t mlen);

/* Takes the exclusive lock on pfad (created if missing, never through a symlink) for the whole
 * run. Returns the descriptor, -1 with a German message (another run holds it, or an error). */
int batch_sperre_nehmen(const char *pfad, char *meldung, size_t mlen);
/* Removes the lock file and releases the lock. */
void batch_sperre_freigeben(int fd, const char *pfad);

/* Asks the kernel to start writing f's written pages to disk now, without waiting (Linux
 * sync_file_range; nothing elsewhere). It promises nothing — the fsync of a checkpoint and of the
 * end still does —, but the run's output then goes to disk while the run computes instead of all
 * at the final fsync, which would otherwise wait for the whole file (issue 26). */
void batch_rueckschreiben_anstossen(FILE *f);

#endif
