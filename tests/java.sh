#!/bin/sh
# Builds and runs the Java example (examples/java) against the built shared library when a JDK
# is present; otherwise says so and exits 77, which ctest reports as skipped.
# Usage: java.sh SOURCE_DIR BUILD_DIR
set -u
SRC="$1"
BUILD="$2"
if ! command -v javac > /dev/null 2>&1 || ! command -v java > /dev/null 2>&1; then
    echo "übersprungen: kein JDK (javac) gefunden — Debian-Paket openjdk-17-jdk installieren"
    exit 77
fi
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
if [ ! -f "$JAVA_HOME/include/jni.h" ]; then
    echo "übersprungen: jni.h nicht gefunden unter $JAVA_HOME/include"
    exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp "$SRC/examples/java/Wohngeld.java" "$SRC/examples/java/wohngeld_jni.c" "$T/"
cd "$T" || exit 1
javac -h . Wohngeld.java || exit 1
cc -Wall -Wextra -Werror -shared -fPIC wohngeld_jni.c -I. -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" \
    -I"$SRC/include" -L"$BUILD" -lwohngeld -Wl,-rpath,"$BUILD" -o libwohngeld_jni.so || exit 1
java -Djava.library.path=. Wohngeld > aus.txt 2>&1
cat aus.txt
if grep -q "^Wohngeld: 191 Euro" aus.txt; then echo "1 passed, 0 failed"; exit 0; fi
echo "0 passed, 1 failed"
exit 1
