#!/usr/bin/env bash
# Renders icons/binhxet.svg into the PNG, ICO and ICNS files of the app icon.
# Run from any directory: bash icons/make-icons.sh
#
# Needs (Debian package names):
#   rsvg-convert  librsvg2-bin   (required: renders the SVG)
#   convert       imagemagick    (optional: builds binhxet.ico; icotool is used otherwise)
#   icotool       icoutils       (optional: builds binhxet.ico if ImageMagick is missing)
#   png2icns      icnsutils      (optional: builds binhxet.icns)
set -euo pipefail

ICONS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$ICONS_DIR/.." && pwd)"
SVG="$ICONS_DIR/binhxet.svg"
# Pixel-grid version drawn for 16 px, where the full design blurs.
SVG_SMALL="$ICONS_DIR/binhxet-small.svg"
SMALL_SIZES=(16)
PNG_DIR="$ICONS_DIR/png"
RES_DIR="$ROOT_DIR/src/main/resources/vn/binhxet/ui/common/icons"

ALL_SIZES=(16 24 32 48 64 128 256 512 1024)
RES_SIZES=(16 32 48 64 128 256)
ICO_SIZES=(16 24 32 48 64 128 256)
# png2icns only accepts the sizes of the classic icns types.
ICNS_SIZES=(16 32 48 128 256 512 1024)

have() { command -v "$1" >/dev/null 2>&1; }

if ! have rsvg-convert; then
    echo "error: rsvg-convert not found." >&2
    echo "       Install the Debian package librsvg2-bin:" >&2
    echo "       apt-get update && apt-get install -y --no-install-recommends librsvg2-bin" >&2
    exit 1
fi
for f in "$SVG" "$SVG_SMALL"; do
    [[ -f "$f" ]] || { echo "error: $f not found" >&2; exit 1; }
done

mkdir -p "$PNG_DIR" "$RES_DIR"

for n in "${ALL_SIZES[@]}"; do
    src="$SVG"
    for s in "${SMALL_SIZES[@]}"; do
        if [[ "$n" == "$s" ]]; then src="$SVG_SMALL"; fi
    done
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio \
        --output "$PNG_DIR/binhxet-$n.png" "$src"
done
echo "PNG:  ${ALL_SIZES[*]} px -> ${PNG_DIR#"$ROOT_DIR"/}/"

for n in "${RES_SIZES[@]}"; do
    cp "$PNG_DIR/binhxet-$n.png" "$RES_DIR/binhxet-$n.png"
done
echo "app:  ${RES_SIZES[*]} px -> ${RES_DIR#"$ROOT_DIR"/}/"

ico_inputs=()
for n in "${ICO_SIZES[@]}"; do ico_inputs+=("$PNG_DIR/binhxet-$n.png"); done

# /usr/local/bin/convert may be a stand-in that is not ImageMagick: check what it says it is.
IM_CONVERT=""
for c in /usr/bin/convert "$(command -v convert || true)"; do
    if [[ -n "$c" && -x "$c" ]] && "$c" -version 2>/dev/null | grep -q ImageMagick; then
        IM_CONVERT="$c"
        break
    fi
done

if [[ -n "$IM_CONVERT" ]]; then
    "$IM_CONVERT" "${ico_inputs[@]}" "$ICONS_DIR/binhxet.ico"
    echo "ICO:  ${ICO_SIZES[*]} px -> icons/binhxet.ico (ImageMagick)"
elif have icotool; then
    # 256 px is stored as PNG inside the ICO, as Windows expects.
    icotool --create --output "$ICONS_DIR/binhxet.ico" \
        "${ico_inputs[@]:0:${#ico_inputs[@]}-1}" --raw="${ico_inputs[-1]}"
    echo "ICO:  ${ICO_SIZES[*]} px -> icons/binhxet.ico (icotool)"
else
    echo "skip: icons/binhxet.ico - neither ImageMagick (Debian package imagemagick)" \
         "nor icotool (Debian package icoutils) is installed" >&2
fi

if have png2icns; then
    icns_inputs=()
    for n in "${ICNS_SIZES[@]}"; do icns_inputs+=("$PNG_DIR/binhxet-$n.png"); done
    png2icns "$ICONS_DIR/binhxet.icns" "${icns_inputs[@]}" >/dev/null
    echo "ICNS: ${ICNS_SIZES[*]} px -> icons/binhxet.icns (png2icns)"
else
    echo "skip: icons/binhxet.icns - png2icns is not installed (Debian package icnsutils)" >&2
fi
