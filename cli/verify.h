/* verify.h — `wohngeld verify`: golden files against the engine (records.md "Golden files"). */
#ifndef WG_VERIFY_H
#define WG_VERIFY_H
int wgi_verify(int argc, char **argv);
#endif
