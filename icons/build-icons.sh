#!/usr/bin/env bash
# Regenerates every icon file from the SVG sources in this folder:
#   png/b12consult-<size>.png (16 24 32 48 64 128 256 512), b12consult.ico, b12consult.icns,
#   and the window icons under src/main/resources/com/b12consult/icons/.
# The outputs are committed, so building the app never needs these tools; run this only after
# changing an SVG. Needs rsvg-convert, ImageMagick and png2icns; installs them with apt-get
# (Debian/Ubuntu, as root) when they are missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
png_dir="$here/png"
res_dir="$repo/src/main/resources/com/b12consult/icons"

have_imagemagick() {
    command -v magick >/dev/null 2>&1 && return 0
    # Some machines have a stand-in script called convert; only the real one prints its name.
    convert -version 2>/dev/null | grep -q ImageMagick
}

missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
have_imagemagick || missing+=(imagemagick)
command -v png2icns >/dev/null 2>&1 || missing+=(icnsutils)
if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        echo "build-icons.sh: missing ${missing[*]}; install them (Debian/Ubuntu: apt-get install ${missing[*]})" >&2
        exit 1
    fi
    echo "build-icons.sh: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if command -v magick >/dev/null 2>&1; then im=(magick); else im=(convert); fi

# The small sizes each have their own SVG drawn on that size's pixel grid: scaling the detailed
# icon down to them turns "B12" into a smudge and blurs every edge.
source_for() {
    case "$1" in
        16) echo "$here/b12consult-16.svg" ;;
        24) echo "$here/b12consult-24.svg" ;;
        32) echo "$here/b12consult-32.svg" ;;
        *)  echo "$here/b12consult.svg" ;;
    esac
}

mkdir -p "$png_dir" "$res_dir"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$png_dir/b12consult-$size.png" "$(source_for "$size")"
done

ico_sizes=(16 24 32 48 64 256)
ico_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$png_dir/b12consult-$size.png"); done
"${im[@]}" "${ico_inputs[@]}" "$here/b12consult.ico"

# png2icns knows 16, 32, 48, 128, 256, 512 and 1024 px; 24 and 64 have no icns slot.
png2icns "$here/b12consult.icns" \
    "$png_dir"/b12consult-{16,32,48,128,256,512}.png >/dev/null

for size in 16 24 32 48 64 128 256; do
    cp "$png_dir/b12consult-$size.png" "$res_dir/b12consult-$size.png"
done

echo "build-icons.sh: wrote $(ls "$png_dir" | wc -l) PNGs, b12consult.ico, b12consult.icns and the window icons"
