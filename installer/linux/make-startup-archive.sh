#!/bin/sh
# Makes the class-data-sharing archive of the app's classes, b12consult.jsa, next to this script, in the
# installed app folder (lib/app). An archive works only at the path it was made for, so this runs where
# the app is installed: the .deb's postinst runs it, and so can an admin after moving the app.
# The launcher names the archive (see b12consult.cfg); while it is missing, the JVM uses the runtime's own.
set -e
app=$(cd "$(dirname "$0")" && pwd)
runtime=$(cd "$app/../runtime" && pwd)
# The class path exactly as the launcher builds it, in the same order: the archive checks it.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/b12consult.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
rm -f "$app/b12consult.jsa"
# The base archive is named as b12consult.cfg names it, so the two agree on which one this is built on.
# The launcher's own JVM options too (the archive is made for one set of them).
options=$(sed -n 's/^java-options=//p' "$app/b12consult.cfg" | grep -v -e SharedArchiveFile -e '^-D' | paste -sd' ' -)
# shellcheck disable=SC2086 # the options are single words
"$runtime/bin/java" $options -XX:-UsePerfData \
  -XX:SharedArchiveFile="$app/../runtime/lib/server/classes.jsa" \
  -XX:ArchiveClassesAtExit="$app/b12consult.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$classpath" com.b12consult.StartupTraining "$app/startup-classes.txt"
chmod 644 "$app/b12consult.jsa"
