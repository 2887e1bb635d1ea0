# Shared by the installer scripts (sourced, not run): builds the app's jars and a trimmed Java runtime
# with JavaFX inside it. Works with bash on Linux, macOS and Git Bash on Windows.
#   build_app_jars            mvn package, then target/installer/input: the app jar and its libraries
#   build_runtime             target/installer/runtime: jlink of the JDK modules + JavaFX, natives in place
# Set JAVA_HOME to a JDK 17 with jlink and jpackage; without it the java on PATH decides.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/target/installer
APP_NAME="B12 Consult"
APP_PACKAGE=b12consult
MAIN_CLASS=com.b12consult.Launcher
# jpackage wants a plain dotted version; the Maven version may end in -SNAPSHOT.
APP_VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1 | sed 's/-.*//')

# The JDK modules the app uses, as jdeps --print-module-deps finds them: java.desktop for PDFBox's AWT
# imaging, java.sql for sqlite-jdbc and Flyway (java.logging comes with it); jdk.unsupported and jdk.jfr
# are named by JavaFX's module descriptors (sun.misc.Unsafe; its optional pulse events). Flyway reads its
# migrations out of the app jar through the class loader, so no zip file system. Rerun jdeps when a
# library is added.
JDK_MODULES=java.base,java.desktop,java.sql,java.logging,jdk.jfr,jdk.unsupported
FX_MODULES=javafx.base,javafx.graphics,javafx.controls
# C1 alone and the serial collector: on a two-core desktop, C2 and G1's threads competed with the window
# for the CPU (measure-startup.sh: first frame 25-30% sooner without them); a forms app never needs C2.
FAST_START_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

if [[ -n ${JAVA_HOME:-} ]]; then
  JDK=$JAVA_HOME
else
  JDK=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
for tool in jlink jpackage jdeps; do
  [[ -x $JDK/bin/$tool || -x $JDK/bin/$tool.exe ]] || { echo "$JDK has no $tool: set JAVA_HOME to a full JDK 17" >&2; exit 1; }
done
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) PATH_SEP=';' ;;
  *) PATH_SEP=':' ;;
esac

# A path as the JDK's tools want it: Windows form under Git Bash, which does not convert paths inside
# a ';'-separated list.
native_path() {
  if [[ $PATH_SEP == ';' ]] && command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi
}

build_app_jars() {
  (cd "$ROOT" && mvn -q -DskipTests package)
  rm -rf "$OUT/input"
  mkdir -p "$OUT/input/lib"
  cp "$ROOT/target/b12consult.jar" "$OUT/input/"
  local jar
  for jar in "$ROOT"/target/lib/*.jar; do
    # JavaFX goes into the runtime as modules; a second copy on the class path would only cost space.
    case "$(basename "$jar")" in javafx-*) continue ;; esac
    cp "$jar" "$OUT/input/lib/"
  done
}

# The JavaFX jars for this platform: Maven fetches the ones with this machine's classifier (linux,
# win, mac, mac-aarch64); the jars without a classifier are empty placeholders.
javafx_module_path() {
  local path="" jar
  for jar in "$ROOT"/target/lib/javafx-*-*-*.jar; do
    path+="${path:+$PATH_SEP}$(native_path "$jar")"
  done
  [[ -n $path ]] || { echo "no platform JavaFX jars in target/lib: run mvn package first" >&2; exit 1; }
  echo "$path"
}

build_runtime() {
  rm -rf "$OUT/runtime"
  "$JDK/bin/jlink" \
    --module-path "$(native_path "$JDK/jmods")$PATH_SEP$(javafx_module_path)" \
    --add-modules "$JDK_MODULES,$FX_MODULES" \
    --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive \
    --output "$OUT/runtime"
  # The archive for heaps over 32 GB: a clinic desktop never starts one, and it is 10 MB.
  rm -f "$OUT"/runtime/lib/server/classes_nocoops.jsa "$OUT"/runtime/bin/server/classes_nocoops.jsa
  # JavaFX finds its native libraries in the runtime's own library folder first; otherwise it
  # extracts them from the jar into ~/.openjfx/cache at the first start of every user.
  local graphics native_dir
  graphics=$(ls "$ROOT"/target/lib/javafx-graphics-*-*.jar)
  case "$PATH_SEP" in ';') native_dir=$OUT/runtime/bin ;; *) native_dir=$OUT/runtime/lib ;; esac
  (cd "$native_dir" && "$JDK/bin/jar" xf "$graphics" $("$JDK/bin/jar" tf "$graphics" | grep -E '\.(so|dylib|dll)$'))
}
