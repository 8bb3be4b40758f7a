/*
 * ausgabe.h — internal to io/: the output buffers of a wg_json that every writer of a result,
 * a range, a case or a CSV row fills, and the one way a writer hands its text out.
 */
#ifndef WGI_IO_AUSGABE_H
#define WGI_IO_AUSGABE_H

#include "puffer.h"
#include "wohngeld_json.h"

wgi_puffer *wgi_json_ausgabe(wg_json *j);
wgi_puffer *wgi_json_schoen(wg_json *j);
/* The text of p, its length into *len when len is not NULL; NULL when memory ran out. */
const char *wgi_json_fertig(const wgi_puffer *p, size_t *len);

#endif
