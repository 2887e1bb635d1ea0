#!/usr/bin/env bash
# Start-up time of the packaged app against a bare JavaFX window, under a virtual display (Xvfb):
#   installer/measure-startup.sh [RUNS]      (default 9; build the app-image first: linux/build-deb.sh)
# Both run on the app-image's own runtime, each with a class-data-sharing archive of its own classes
# on top of the runtime's: the app's made as the package's postinst makes it, the bare window's from a
# real training run. Runs alternate (app, bare, app, ...) so a busy machine slows both alike; each
# prints the milliseconds from process start to its first laid-out frame (--startup-probe). Prints the
# medians and their ratio; the target is at most 1.3.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${1:-9}
IMAGE=$ROOT/target/installer/linux/b12consult
RUNTIME=$IMAGE/lib/runtime
[[ -x $IMAGE/bin/b12consult ]] || { echo "build the app-image first: installer/linux/build-deb.sh" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb)" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

sh "$IMAGE/lib/app/make-startup-archive.sh" >/dev/null

mkdir -p "$work/bare"
javafx=$(ls "$ROOT"/target/lib/javafx-*-*-*.jar | paste -sd: -)
"$JDK/bin/javac" --release 17 -cp "$javafx" -d "$work/bare" "$ROOT/installer/bare-window/BareWindow.java"
# Class-data sharing takes classes from jars only, never from a folder.
"$JDK/bin/jar" --create --file "$work/bare.jar" -C "$work/bare" .

for n in $(seq 150 199); do [[ -e /tmp/.X$n-lock ]] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$disp
# Wait for the display to take clients (xwininfo comes with x11-utils; without it, a fixed pause).
if command -v xwininfo >/dev/null; then
  for _ in $(seq 1 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
else
  sleep 2
fi

base=$RUNTIME/lib/server/classes.jsa
# The JVM options of the app's launcher, so the two differ only in what they show.
fast=("${FAST_START_OPTIONS[@]}")
"$RUNTIME/bin/java" "${fast[@]}" -XX:SharedArchiveFile="$base" -XX:ArchiveClassesAtExit="$work/bare.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$work/bare.jar" BareWindow >/dev/null
app() { "$IMAGE/bin/b12consult" --startup-probe --db "$work/probe.db"; }
bare() { "$RUNTIME/bin/java" "${fast[@]}" -XX:SharedArchiveFile="$base:$work/bare.jsa" -cp "$work/bare.jar" BareWindow; }
figure() { sed -n 's/^first-frame-ms: //p' | tail -1; }

app >/dev/null 2>&1; bare >/dev/null 2>&1   # warm the page cache for both
apps=() bares=()
for i in $(seq 1 "$RUNS"); do
  apps+=("$(app 2>/dev/null | figure)")
  bares+=("$(bare 2>/dev/null | figure)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
app_median=$(median "${apps[@]}")
bare_median=$(median "${bares[@]}")
echo "app        (ms): ${apps[*]}"
echo "bare window(ms): ${bares[*]}"
echo "median app ${app_median} ms, bare window ${bare_median} ms, ratio $(awk -v a="$app_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}') (target at most 1.30)"
