#!/usr/bin/env bash
# Builds the macOS disk image, target/installer/macos/B12 Consult-<version>.dmg. Run it ON A MAC
# (jpackage makes installers only for the system it runs on), in a clean checkout:
#   installer/macos/build-dmg.sh
# Needs: a JDK 17 for the Mac's processor (JAVA_HOME), Maven and the Xcode command-line tools.
# Maven fetches the JavaFX jars for this Mac (classifier "mac" or "mac-aarch64") by itself.
# To sign for distribution, set B12_SIGNING_IDENTITY to the "Developer ID Application: ..." name.
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

build_app_jars
build_runtime   # JavaFX's .dylib files go into the runtime's lib folder
rm -rf "$OUT/macos"

# macOS refuses a bundle version whose first number is 0, so 0.x.y ships as 1.x.y until 1.0 is out.
version=$APP_VERSION
[[ $version == 0.* ]] && version=1.${version#0.}
sign=()
if [[ -n ${B12_SIGNING_IDENTITY:-} ]]; then
  sign=(--mac-sign --mac-signing-key-user-name "$B12_SIGNING_IDENTITY")
fi
# No archive of the app's own classes here: a .dmg is copied, not installed, so nothing runs Java at
# the path the app ends up in; the runtime's own archive (jlink --generate-cds-archive) still serves
# the JDK's and JavaFX's classes.
"$JDK/bin/jpackage" --type dmg \
  --name "$APP_NAME" \
  --app-version "$version" \
  --description "Decision support for clinics that give vitamin B12 injections" \
  --vendor "B12 Consult" \
  --icon "$ROOT/icons/b12consult.icns" \
  --input "$OUT/input" \
  --main-jar b12consult.jar \
  --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" \
  $(printf -- '--java-options %s ' "${FAST_START_OPTIONS[@]}") \
  --mac-package-identifier com.b12consult \
  --mac-package-name "$APP_NAME" \
  ${sign[@]+"${sign[@]}"} \
  --dest "$OUT/macos"
ls "$OUT"/macos/*.dmg
