#!/usr/bin/env bash
# Measures the time from launching target/image/bin/crossmap to a visible window titled "…Crossmap"
# showing the bundled roadmaps, under Xvfb; prints each run and the median of RUNS (default 5).
# Needs: xvfb, xdotool (apt-get install -y xvfb xdotool libgtk-3-0) and a built image (mvn -B package).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
launcher=${LAUNCHER:-target/image/bin/crossmap}
display=:${BENCH_DISPLAY:-97}
[ -x "$launcher" ] || { echo "no $launcher: run mvn -B package first" >&2; exit 1; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
config=$(mktemp -d)
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  # its own process group, so the java process under the launcher script is stopped with it
  XDG_CONFIG_HOME="$config" DISPLAY="$display" setsid "$launcher" >/dev/null 2>&1 &
  app=$!
  until DISPLAY="$display" xdotool search --onlyvisible --name 'Crossmap$' >/dev/null 2>&1; do
    sleep 0.02
    if ! kill -0 "$app" 2>/dev/null; then echo "the app exited before showing a window" >&2; exit 1; fi
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
  kill -- -"$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  while DISPLAY="$display" xdotool search --onlyvisible --name 'Crossmap$' >/dev/null 2>&1; do sleep 0.05; done
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "median of $runs: ${median} ms"
rm -rf "$config"
