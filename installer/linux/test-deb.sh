#!/usr/bin/env bash
# The .deb's acceptance test, headless (no display needed):
#   installer/linux/test-deb.sh            build the .deb from this checkout, then test it
#   installer/linux/test-deb.sh --no-build test the .deb already in target/installer/linux
# Unpacks the package with dpkg -x, checks its size, control data, menu entry and icon, makes the
# start-up archive as postinst does (at the unpacked path), and runs the packaged launcher's evaluate
# on the project's fixture: the report must be the one the plain jar prints, and the archive must serve.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MAX_BYTES=$((65 * 1000 * 1000))
FIXTURE=$ROOT/src/test/resources/com/b12consult/cli/rich-consultation.json

if [[ ${1:-} != --no-build ]]; then
  # jpackage builds the .deb with dpkg-deb under fakeroot.
  if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fakeroot dpkg >/dev/null
  fi
  "$ROOT/installer/linux/build-deb.sh"
fi
deb=$(ls "$ROOT"/target/installer/linux/b12consult_*_amd64.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; passes=$((passes + 1)); }

size=$(stat -c %s "$deb")
((size <= MAX_BYTES)) && pass "size $((size / 1000000)) MB (at most 65 MB)" || fail "the .deb is $size bytes, over $MAX_BYTES"

depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends == *libgtk-3-0* ]] && pass "depends on libgtk-3-0" || fail "Depends lacks libgtk-3-0: $depends"
# the names of patients in Devanagari, Arabic, Hebrew, Thai... are boxes on a desktop with DejaVu alone
[[ $depends == *fonts-noto-core* ]] && pass "depends on fonts-noto-core" || fail "Depends lacks fonts-noto-core: $depends"
dpkg-deb -e "$deb" "$work/DEBIAN"
grep -q 'make-startup-archive.sh' "$work/DEBIAN/postinst" && pass "postinst makes the start-up archive" \
  || fail "postinst does not make the start-up archive"
grep -q 'b12consult.jsa' "$work/DEBIAN/prerm" && pass "prerm removes the start-up archive" \
  || fail "prerm leaves the start-up archive behind"

dpkg -x "$deb" "$work/root"
app=$work/root/opt/b12consult
desktop=$app/lib/b12consult-b12consult.desktop
if [[ -f $desktop ]] && grep -qx 'Name=B12 Consult' "$desktop" && grep -qx 'Exec=/opt/b12consult/bin/b12consult' "$desktop" \
  && grep -qx 'Icon=/opt/b12consult/lib/b12consult.png' "$desktop" && grep -qx 'StartupWMClass=com.b12consult.App' "$desktop"; then
  pass "menu entry names the app, its launcher and its icon"
else
  fail "menu entry missing or wrong: $(cat "$desktop" 2>/dev/null)"
fi
# A PNG's width and height are the big-endian words at bytes 16 and 20.
icon_size=$(od -An -tu1 -j16 -N8 "$app/lib/b12consult.png" 2>/dev/null | awk '{print $3*256+$4 "x" $7*256+$8}')
[[ $icon_size == 256x256 ]] && pass "256 px menu icon" || fail "menu icon missing or not 256 px: ${icon_size:-none}"
[[ -f $app/lib/runtime/lib/libglassgtk3.so && -f $app/lib/runtime/lib/libprism_es2.so ]] \
  && pass "JavaFX natives in the runtime (nothing extracted into the user's home)" || fail "JavaFX natives missing from the runtime"
if ls "$app"/lib/app/lib/javafx-* >/dev/null 2>&1; then fail "JavaFX jars on the class path as well as in the runtime"; fi

# As postinst does, but at the unpacked path (the archive only works where it was made).
if sh "$app/lib/app/make-startup-archive.sh" >/dev/null && [[ -s $app/lib/app/b12consult.jsa ]]; then
  pass "start-up archive made"
else
  fail "make-startup-archive.sh made no archive"
fi

expected=$("$ROOT/target/installer/runtime/bin/java" -jar "$ROOT/target/b12consult.jar" evaluate "$FIXTURE")
status=0
report=$(env -u DISPLAY -u WAYLAND_DISPLAY JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" \
  "$app/bin/b12consult" evaluate "$FIXTURE" 2>"$work/evaluate.err") || status=$?
if ((status == 0)) && [[ $report == "$expected" ]] && [[ $report == *'"status" : "proceed_with_care"'* ]]; then
  pass "packaged evaluate prints the fixture's report (proceed_with_care), the same as the jar"
else
  fail "packaged evaluate: exit $status; $(cat "$work/evaluate.err"); report differs from the jar's:
$(diff <(echo "$expected") <(echo "$report") | head -20)"
fi
shared=$(grep -c 'source: shared objects file (top)' "$work/classes.log" || true)
((shared > 100)) && pass "$shared classes came from the app's start-up archive" \
  || fail "only $shared classes came from the start-up archive: it was not used"

status=0
echo '{"schemaVersion": 1, "context": "pre_injection"}' >"$work/bad.json"
"$app/bin/b12consult" evaluate "$work/bad.json" >/dev/null 2>"$work/bad.err" || status=$?
((status == 2)) && [[ -s $work/bad.err ]] && pass "an invalid assessment exits 2 with its problems on standard error" \
  || fail "an invalid assessment: exit $status, stderr: $(cat "$work/bad.err")"

# The plain closing line CI reads in any language.
echo "deb: $passes passed, $failures failed"
if ((failures)); then
  echo "$failures check(s) of $deb failed" >&2
  exit 1
fi
