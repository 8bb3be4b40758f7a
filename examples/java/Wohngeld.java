/*
 * Wohngeld.java — calling the engine from Java through JNI (examples/java/wohngeld_jni.c).
 *
 * The engine handle is opened once and shared by all threads; each call reads one household
 * record (JSON, records.md) and returns the result JSON. A case system on Java would wrap this
 * class; Java 17's Foreign Function API is still incubating, so JNI is the stable choice.
 *
 *   javac -h . Wohngeld.java && cc -shared -fPIC wohngeld_jni.c -I$JAVA_HOME/include \
 *       -I$JAVA_HOME/include/linux $(pkg-config --cflags --libs wohngeld) -o libwohngeld_jni.so
 *   java -Djava.library.path=. Wohngeld
 */
public final class Wohngeld implements AutoCloseable {
    static { System.loadLibrary("wohngeld_jni"); }

    private static native long oeffnen();
    private static native String berechnen(long engine, String haushaltJson);
    private static native void schliessen(long engine);
    private static native String version();

    private long engine;

    public Wohngeld() {
        engine = oeffnen();
        if (engine == 0) throw new IllegalStateException("Wohngeld-Engine konnte nicht geöffnet werden");
    }

    /** One household record as JSON in, the result as JSON out (status "ok" or "fehler"). */
    public String berechne(String haushaltJson) {
        if (engine == 0) throw new IllegalStateException("geschlossen");
        return berechnen(engine, haushaltJson);
    }

    @Override
    public void close() {
        if (engine != 0) schliessen(engine);
        engine = 0;
    }

    public static void main(String[] args) {
        String haushalt = "{\"id\":\"beispiel-10\",\"stichtag\":\"2025-01-01\",\"mietenstufe\":4,"
                + "\"wohnkosten\":{\"art\":\"miete\",\"betrag_monat\":\"570.00\"},"
                + "\"mitglieder\":[{\"id\":\"vater\",\"abzug_kranken_pflege\":true,"
                + "\"einkommen\":[{\"art\":\"rente\",\"betrag_monat\":\"880.00\"}]},"
                + "{\"id\":\"sohn\",\"zu_beruecksichtigen\":false}]}";
        try (Wohngeld w = new Wohngeld()) {
            System.out.println("Version: " + version());
            String ergebnis = w.berechne(haushalt);
            int i = ergebnis.indexOf("\"wohngeld_monat\":");
            System.out.println("Wohngeld: " + ergebnis.substring(i + 17, ergebnis.indexOf(',', i)) + " Euro");
            System.out.println(ergebnis.substring(0, Math.min(ergebnis.length(), 400)) + " …");
        }
    }
}
