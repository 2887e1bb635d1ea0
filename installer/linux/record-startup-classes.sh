#!/usr/bin/env bash
# Records the classes a real start of the app loads, into installer/linux/startup-classes.txt, the list
# the package's install step loads to make the class-data-sharing archive (postinst has no display, so
# it cannot open the window itself). Run it after build-deb.sh when the start-up path has changed
# (new screens, new libraries on the way to the first window); a stale list only archives fewer classes.
# Needs Xvfb.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
IMAGE=$ROOT/target/installer/linux/b12consult
[[ -x $IMAGE/bin/b12consult ]] || { echo "build the app-image first: installer/linux/build-deb.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
for n in $(seq 150 199); do [[ -e /tmp/.X$n-lock ]] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
if command -v xwininfo >/dev/null; then
  for _ in $(seq 1 50); do DISPLAY=$disp xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
else
  sleep 2
fi
# The window until its first frame, then the headless evaluate path, which the same archive serves.
DISPLAY=$disp JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/window.log" \
  "$IMAGE/bin/b12consult" --startup-probe --db "$work/probe.db" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/evaluate.log" \
  "$IMAGE/bin/b12consult" evaluate "$ROOT/src/test/resources/com/b12consult/cli/rich-consultation.json" >/dev/null 2>&1
{
  echo "# Classes loaded on the way to the first window and by evaluate; made by record-startup-classes.sh."
  # Classes from the runtime's own archive are there already; generated classes (lambdas, proxies)
  # cannot be loaded by name.
  cat "$work/window.log" "$work/evaluate.log" \
    | sed -n 's/^.*\[class,load\] \([^ ]*\) source: \(jrt:\/.*\|file:.*\)$/\1/p' \
    | grep -v -e '\$\$Lambda' -e '/0x' | sort -u
} >"$ROOT/installer/linux/startup-classes.txt"
echo "recorded $(($(wc -l <"$ROOT/installer/linux/startup-classes.txt") - 1)) classes in installer/linux/startup-classes.txt"
