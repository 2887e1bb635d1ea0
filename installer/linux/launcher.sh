#!/bin/sh
# B12 Consult's launcher, in place of jpackage's native one: on Linux that one asks rpm and dpkg which
# package owns it at every start, which cost 200-350 ms before the JVM even began (measured here with
# strace), more than the whole window takes to draw. The options and class path are those of
# lib/app/b12consult.cfg, copied in by build-deb.sh; make-startup-archive.sh reads the same file.
app=$(dirname "$(dirname "$(readlink -f "$0")")")/lib/app
exec "$app/../runtime/bin/java" \
  -XX:SharedArchiveFile="$app/../runtime/lib/server/classes.jsa:$app/b12consult.jsa" -Xshare:auto \
  @JAVA_OPTIONS@ \
  -cp "@CLASSPATH@" com.b12consult.Launcher "$@"
