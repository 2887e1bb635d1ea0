#!/usr/bin/env bash
# Builds the Windows installer, target/installer/windows/B12 Consult-<version>.msi. Run it ON WINDOWS
# (jpackage makes installers only for the system it runs on), from Git Bash, in a clean checkout:
#   installer/windows/build-msi.sh
# Needs: a JDK 17 (JAVA_HOME, e.g. C:/Program Files/Eclipse Adoptium/jdk-17...), Maven, and the WiX
# Toolset 3.x (candle.exe and light.exe on PATH; jpackage uses it to write the .msi). Maven fetches the
# JavaFX jars for Windows (classifier "win") by itself.
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

build_app_jars
build_runtime   # JavaFX's .dll files go into the runtime's bin folder, where Windows looks for them
rm -rf "$OUT/windows"

# The upgrade code stays the same for every version, so a new .msi replaces the old one in place.
# No archive of the app's own classes here: an .msi has no install step that runs Java, and an archive
# works only at the folder it was made for; the runtime's own archive (jlink --generate-cds-archive)
# still serves the JDK's and JavaFX's classes.
"$JDK/bin/jpackage" --type msi \
  --name "$APP_NAME" \
  --app-version "$APP_VERSION" \
  --description "Decision support for clinics that give vitamin B12 injections" \
  --vendor "B12 Consult" \
  --icon "$ROOT/icons/b12consult.ico" \
  --input "$OUT/input" \
  --main-jar b12consult.jar \
  --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" \
  $(printf -- '--java-options %s ' "${FAST_START_OPTIONS[@]}") \
  --win-menu --win-menu-group "$APP_NAME" \
  --win-shortcut \
  --win-dir-chooser \
  --win-upgrade-uuid 6f1d4c0e-3a0b-4b9e-9a55-b12c0a5b1201 \
  --dest "$OUT/windows"
ls "$OUT"/windows/*.msi
