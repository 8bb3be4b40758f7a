/*
 * motor.h — opening the engine for the programs (the night run and the commands): the built-in
 * tables, or override table files from a directory (`--tabellen VERZ`).
 *
 * Exports: wgi_cli_engine, wgi_cli_oeffnen (motor.c).
 */
#ifndef WGI_MOTOR_H
#define WGI_MOTOR_H

#include "wohngeld.h"

/* The engine with the built-in tables, or with override files from a directory (NULL = built-in). */
wg_engine *wgi_cli_engine(const char *verz, wg_fehler *f);
/* The same, printing the reason on stderr when the tables cannot be loaded. */
wg_engine *wgi_cli_oeffnen(const char *verz);

#endif
