#!/usr/bin/env bash
# Start-up time of the packaged app against a bare JavaFX window, under a virtual display (Xvfb):
#   installer/measure-startup.sh [RUNS]      (default 9; build the app-image first: linux/build-deb.sh)
# Two figures of the app, from process start (--startup-probe): its first laid-out frame, and ready: the
# Patients list of a 2,000-patient sample clinic shown after the probe signed in (--probe-sign-in). One of
# the bare window: its first frame. Both run on the app-image's own runtime, each with a class-data-sharing
# archive of its own classes on top of the runtime's: the app's made as the package's postinst makes it, the
# bare window's from a real training run. Runs alternate (app, bare, app, ...) so a busy machine slows both
# alike. Prints each run, the medians, the spread, and the ratios to the bare window's first frame; the
# targets are first frame at most 1.3 and ready at most 1.5.
# The sample clinic (b12consult demo, some 25 s to make) is kept in target/ under a name that changes with
# the demo's and the migrations' sources; every app run gets a fresh copy, so each is the first start of
# the day on that file (the daily backup is due) and none sees another's writes. B12_STARTUP_SAMPLE names
# another sample file; B12_STARTUP_IMAGE another app-image (an older build, to compare).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS=${1:-9}
IMAGE=${B12_STARTUP_IMAGE:-$ROOT/target/installer/linux/b12consult}
RUNTIME=$IMAGE/lib/runtime
PATIENTS=2000
[[ -x $IMAGE/bin/b12consult ]] || { echo "build the app-image first: installer/linux/build-deb.sh" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb)" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# The sample clinic, made once for these sources.
key=$(cd "$ROOT" && cat src/main/java/com/b12consult/demo/*.java src/main/resources/com/b12consult/db/sqlite/* \
  | sha1sum | cut -c1-12)
sample=${B12_STARTUP_SAMPLE:-$ROOT/target/startup-sample-$PATIENTS-$key.db}
if [[ ! -s $sample ]]; then
  echo "making the $PATIENTS-patient sample clinic $sample (once)" >&2
  mkdir -p "$work/sample"
  "$IMAGE/bin/b12consult" demo --patients "$PATIENTS" --db "$work/sample/clinic.db" >/dev/null
  mv "$work/sample/clinic.db" "$sample"
fi

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
# A fresh copy of the sample for each run (copied before the process starts, so not timed).
app() {
  rm -rf "$work/run" && mkdir "$work/run" && cp "$sample" "$work/run/clinic.db"
  timeout 180 "$IMAGE/bin/b12consult" --startup-probe --probe-sign-in PR --db "$work/run/clinic.db"
}
bare() { "$RUNTIME/bin/java" "${fast[@]}" -XX:SharedArchiveFile="$base:$work/bare.jsa" -cp "$work/bare.jar" BareWindow; }
# The probe's lines: "first-frame-ms: N" then "ready-ms: N" (StartupProbe); "-" when one is missing.
figure() { local v; v=$(sed -n "s/^$1-ms: //p" <<<"$2" | tail -1); echo "${v:--}"; }

app >/dev/null 2>&1; bare >/dev/null 2>&1   # warm the page cache for both
frames=() readies=() bares=()
for i in $(seq 1 "$RUNS"); do
  out=$(app 2>"$work/app.err") || true
  frames+=("$(figure first-frame "$out")")
  readies+=("$(figure ready "$out")")
  [[ ${readies[-1]} != - ]] || { echo "run $i: no ready figure; the app said:" >&2; cat "$work/app.err" >&2; }
  bares+=("$(figure first-frame "$(bare 2>/dev/null)")")
done
median() { printf '%s\n' "$@" | grep -v '^-$' | sort -n | awk '{v[NR]=$1} END {if (!NR) print "-"; else print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
spread() { printf '%s\n' "$@" | grep -v '^-$' | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "-" hi}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b}'; }
frame_median=$(median "${frames[@]}")
ready_median=$(median "${readies[@]}")
bare_median=$(median "${bares[@]}")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $RUNS runs each"
echo "app first frame (ms): ${frames[*]}"
echo "app ready       (ms): ${readies[*]}"
echo "bare window     (ms): ${bares[*]}"
echo "median first frame ${frame_median} ms (spread $(spread "${frames[@]}")), ready ${ready_median} ms (spread $(spread "${readies[@]}")), bare window ${bare_median} ms (spread $(spread "${bares[@]}"))"
echo "first frame / bare $(ratio "$frame_median" "$bare_median") (target at most 1.30); ready / bare $(ratio "$ready_median" "$bare_median") (target at most 1.50)"
