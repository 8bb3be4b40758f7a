/* verify.h — `wohngeld verify`: golden files against the engine (records.md "Golden files"). */
#ifndef WGI_VERIFY_H
#define WGI_VERIFY_H
int wgi_verify(int argc, char **argv);
#endif
