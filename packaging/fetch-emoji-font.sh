#!/usr/bin/env bash
# Fetches the monochrome Noto Emoji font (SIL OFL 1.1) at build time, so emoji in roadmap titles draw as
# glyphs instead of empty boxes; the repository holds no font file. It comes from the npm package
# @expo-google-fonts/noto-emoji (MIT wrapper, OFL font), fetched with npm itself and checked against a pinned
# SHA-256. Called by Maven (generate-resources) with the output folder; does nothing when the font is there.
set -euo pipefail

out=${1:?usage: fetch-emoji-font.sh OUTPUT_DIR}
package="@expo-google-fonts/noto-emoji@0.4.7"
member="package/400Regular/NotoEmoji_400Regular.ttf"
sha256="24aaa2a20c9c06ffe9bf04284bfd1f14376a329d10122f902abe2770817eb504"
font="$out/dev/crossmap/ui/NotoEmoji-Regular.ttf"
licence="$out/dev/crossmap/ui/NotoEmoji-OFL.txt"

if [ -f "$font" ] && echo "$sha256  $font" | sha256sum -c --status; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-emoji-font: npm is needed to fetch the emoji font ($package): apt-get install npm" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# npm's own cache makes a repeated build work offline.
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "$member" package/LICENSE_FONT
if ! echo "$sha256  $work/$member" | sha256sum -c --status; then
  echo "fetch-emoji-font: $package holds a different font than the pinned one (SHA-256 mismatch)" >&2
  exit 1
fi
mkdir -p "$(dirname "$font")"
cp "$work/$member" "$font"
cp "$work/package/LICENSE_FONT" "$licence"
