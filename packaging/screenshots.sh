#!/usr/bin/env bash
# Remakes the README's pictures: the app on the bundled roadmaps in the light and the dark theme, under Xvfb.
# One command on a fresh Debian/Ubuntu machine: packaging/screenshots.sh  (installs xvfb, imagemagick, xdotool)
# Writes docs/images/map-light.png, docs/images/map-dark.png and docs/images/topic-dark.png (the Preview button is
# clicked at its place in a 1600x1000 window).
set -euo pipefail
cd "$(dirname "$0")/.."
need=""
command -v Xvfb >/dev/null || need="$need xvfb"
command -v import >/dev/null || need="$need imagemagick"
command -v xdotool >/dev/null || need="$need xdotool"
ldconfig -p | grep -q libgtk-3.so.0 || need="$need libgtk-3-0"
if [ -n "$need" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -q && $sudo apt-get install -y -q $need
fi
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
display=:${SHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

# shot THEME OUT [ACTION]: starts the app with fresh settings in THEME, waits for the overlaps, then ACTION.
shot() {
  local theme=$1 out=$2 action=${3:-}
  local cfg; cfg=$(mktemp -d)
  printf '{"theme":"%s","window":{"x":0,"y":0,"width":1600,"height":1000,"maximized":false},"hintSeen":true}\n' \
    "$theme" > "$cfg/settings.json"
  java -Dprism.order=sw -Dcrossmap.config.dir="$cfg" \
    --add-exports javafx.base/com.sun.javafx.event=org.controlsfx.controls \
    -p "target/classes:$(cat target/classpath.txt)" -m dev.crossmap/dev.crossmap.Main >/dev/null 2>&1 &
  local pid=$!
  sleep "${SHOT_WAIT:-10}"
  if [ -n "$action" ]; then eval "$action"; sleep 2; fi
  import -window root "$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$cfg"
}

# Search selects and reveals "Idempotency"; L marks it learning (on all five places), Enter opens its note, which
# gets a table, a nested list and task items; Preview renders it.
topic_with_note='xdotool key ctrl+f; sleep 0.5; xdotool type --delay 40 -- "idempotency"; xdotool key Return; sleep 1
  xdotool key Escape; sleep 0.3; xdotool key l; sleep 0.3; xdotool key Return; sleep 0.3
  for line in "# Idempotency" "" "| verb | safe to retry |" "|---|---|" "| PUT | yes |" "| POST | ~~no~~, unless keyed |" "" \
      "- keys" "  - one per request" "" "- [ ] read RFC 9110 (https://www.rfc-editor.org/rfc/rfc9110)" \
      "- [x] the \`Idempotency-Key\` header"; do
    xdotool type --delay 5 -- "$line"; xdotool key Return
  done
  sleep 0.5; xdotool mousemove 1548 713 click 1; sleep 1'
shot light docs/images/map-light.png
shot dark docs/images/map-dark.png
shot dark docs/images/topic-dark.png "$topic_with_note"
echo "wrote docs/images/map-light.png docs/images/map-dark.png docs/images/topic-dark.png"
