#!/usr/bin/env bash
# Builds the Linux app-image and the .deb from a clean checkout:
#   installer/linux/build-deb.sh
# Output: target/installer/linux/b12consult/ (the app-image: bin/b12consult runs it in place) and
# target/installer/linux/b12consult_<version>_amd64.deb. Needs a JDK 17 with jpackage (JAVA_HOME or
# the javac on PATH), Maven, dpkg-deb and fakeroot.
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

LINUX_OUT=$OUT/linux
build_app_jars
build_runtime
# The package's install step makes the archive of the app's classes with these (see resources/postinst).
cp "$ROOT/installer/linux/startup-classes.txt" "$ROOT/installer/linux/make-startup-archive.sh" "$OUT/input/"

rm -rf "$LINUX_OUT"
mkdir -p "$LINUX_OUT"
# The archive of the app's classes (the top layer) exists only once postinst has made it at the installed
# path. Naming the runtime's own archive as the base keeps that one in use while the top is missing (an
# app-image run in place, a failed training); naming the top alone would turn sharing off altogether.
"$JDK/bin/jpackage" --type app-image \
  --name "$APP_PACKAGE" \
  --app-version "$APP_VERSION" \
  --description "Decision support for clinics that give vitamin B12 injections" \
  --vendor "B12 Consult" \
  --icon "$ROOT/icons/png/b12consult-256.png" \
  --input "$OUT/input" \
  --main-jar b12consult.jar \
  --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/classes.jsa:$APPDIR/b12consult.jsa' \
  --java-options '-Xshare:auto' \
  $(printf -- '--java-options %s ' "${FAST_START_OPTIONS[@]}") \
  --dest "$LINUX_OUT"
image=$LINUX_OUT/$APP_PACKAGE
classpath=$(sed -n 's/^app\.classpath=\$APPDIR/$app/p' "$image/lib/app/$APP_PACKAGE.cfg" | paste -sd: -)
sed -e "s|@CLASSPATH@|$classpath|" -e "s|@JAVA_OPTIONS@|${FAST_START_OPTIONS[*]}|" "$ROOT/installer/linux/launcher.sh" >"$image/bin/$APP_PACKAGE"
chmod 755 "$image/bin/$APP_PACKAGE"
# Only jpackage's native launcher loads it.
rm "$image/lib/libapplauncher.so"

"$JDK/bin/jpackage" --type deb \
  --name "$APP_PACKAGE" \
  --app-version "$APP_VERSION" \
  --description "Decision support for clinics that give vitamin B12 injections" \
  --vendor "B12 Consult" \
  --icon "$ROOT/icons/png/b12consult-256.png" \
  --app-image "$LINUX_OUT/$APP_PACKAGE" \
  --resource-dir "$ROOT/installer/linux/resources" \
  --install-dir /opt \
  --linux-package-name "$APP_PACKAGE" \
  --linux-deb-maintainer "clinic-it@b12consult.invalid" \
  --linux-menu-group "Office;MedicalSoftware;" \
  --linux-app-category science \
  --linux-package-deps "libgtk-3-0, fonts-noto-core" \
  --linux-shortcut \
  --dest "$LINUX_OUT"

deb=$(ls "$LINUX_OUT"/*.deb)
echo "built $deb ($(du -m "$deb" | cut -f1) MB) and the app-image $LINUX_OUT/$APP_PACKAGE"
