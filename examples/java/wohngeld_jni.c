/*
 * wohngeld_jni.c — the JNI glue for examples/java/Wohngeld.java. The engine handle travels as a
 * Java long; every call has its own reader and result, so calls from many Java threads are
 * safe (the engine is immutable).
 */
#include <jni.h>
#include <string.h>
#include <wohngeld.h>
#include <wohngeld_json.h>

JNIEXPORT jlong JNICALL Java_Wohngeld_oeffnen(JNIEnv *env, jclass k)
{
    (void)env;
    (void)k;
    wg_fehler f;
    return (jlong)(intptr_t)wg_engine_oeffnen(&f);
}

JNIEXPORT void JNICALL Java_Wohngeld_schliessen(JNIEnv *env, jclass k, jlong e)
{
    (void)env;
    (void)k;
    wg_engine_schliessen((wg_engine *)(intptr_t)e);
}

JNIEXPORT jstring JNICALL Java_Wohngeld_version(JNIEnv *env, jclass k)
{
    (void)k;
    return (*env)->NewStringUTF(env, wg_version());
}

JNIEXPORT jstring JNICALL Java_Wohngeld_berechnen(JNIEnv *env, jclass k, jlong e, jstring json)
{
    (void)k;
    const wg_engine *engine = (const wg_engine *)(intptr_t)e;
    const char *text = (*env)->GetStringUTFChars(env, json, NULL);
    if (!text) return NULL;
    wg_json *j = wg_json_neu();
    wg_ergebnis *r = wg_ergebnis_neu();
    jstring aus = NULL;
    if (j && r) {
        wg_haushalt h;
        wg_fehler f;
        size_t len;
        const char *t;
        if (wg_json_haushalt_lesen(j, text, strlen(text), &h, &f) != WG_OK) {
            t = wg_json_fehler_schreiben(j, engine, h.id, &f, &len);
        } else {
            wg_berechnen(engine, &h, r, 0);
            t = wg_json_ergebnis_schreiben(j, engine, r, &len);
        }
        if (t) aus = (*env)->NewStringUTF(env, t);
    }
    (*env)->ReleaseStringUTFChars(env, json, text);
    wg_ergebnis_frei(r);
    wg_json_frei(j);
    return aus;
}
