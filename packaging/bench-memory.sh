#!/usr/bin/env bash
# Where Crossmap's memory goes with a big generated map (issue 14): opens a SIZE-topic .mm (the tree of
# bench-vs-freeplane.sh) under Xvfb, waits until the CPU is quiet, prints VmHWM / VmRSS, the heap and the
# top of the class histogram (jcmd, which does a full GC first: read after VmHWM), then Unfold All (Ctrl+E)
# and VmHWM again. Env: SIZE (100000), LAUNCHER (target/image/bin/crossmap), TOP (25), UNFOLD (1),
# JDK_JAVA_OPTIONS passes JVM options through, DUMP (a file for a heap dump), BENCH_DISPLAY (97).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${LAUNCHER:-target/image/bin/crossmap}
display=:${BENCH_DISPLAY:-97}
work=$(mktemp -d)
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
# The generator of bench-vs-freeplane.sh, so both scripts measure the same tree.
sed -n "/^def write_map/,/^        f.write/p" packaging/bench-vs-freeplane.sh > "$work/gen.py"
DISPLAY="$display" WORK="$work" LAUNCHER="$launcher" python3 - <<'PY'
import os, random, subprocess, time
from xml.sax.saxutils import quoteattr
SIZE, TOP, WORK = int(os.environ.get("SIZE", "100000")), int(os.environ.get("TOP", "25")), os.environ["WORK"]
src = open("packaging/bench-vs-freeplane.sh").read()
exec(src[src.index("WORDS = ("):src.index("def write_map")])
exec(open(os.path.join(WORK, "gen.py")).read())
path = os.path.join(WORK, "generated.mm")
write_map(path, SIZE, 14)
HZ = os.sysconf("SC_CLK_TCK")
def status(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
def ticks(pid):
    s = open(f"/proc/{pid}/stat").read(); f = s[s.rindex(")") + 2:].split(); return int(f[11]) + int(f[12])
def quiet(pid, seconds, limit=300):
    t0, last, calm = time.monotonic(), ticks(pid), 0
    while calm < seconds and time.monotonic() - t0 < limit:
        time.sleep(1); now = ticks(pid); calm = calm + 1 if now - last < 0.1 * HZ else 0; last = now
    return time.monotonic() - t0
cfg = os.path.join(WORK, "cfg"); os.makedirs(cfg)
env = dict(os.environ, XDG_CONFIG_HOME=cfg)
log = open(os.path.join(WORK, "app.log"), "w")
t0 = time.monotonic()
p = subprocess.Popen([os.path.abspath(os.environ["LAUNCHER"]), path], env=env, stdout=log, stderr=log,
                     start_new_session=True)
time.sleep(2)
java = next(int(d) for d in os.listdir("/proc") if d.isdigit() and open(f"/proc/{d}/comm").read().strip() == "java"
            and os.getsid(int(d)) == p.pid)
quiet(java, 3)
print(f"{SIZE:,} topics, JDK_JAVA_OPTIONS={os.environ.get('JDK_JAVA_OPTIONS', '')!r}")
print(f"settled after {time.monotonic() - t0:.1f} s: VmHWM {status(java, 'VmHWM')} MiB, VmRSS {status(java, 'VmRSS')} MiB")
if os.environ.get("UNFOLD", "1") == "1":
    win = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Crossmap$"], capture_output=True,
                         text=True).stdout.split()
    if win:
        subprocess.run(["xdotool", "windowfocus", "--sync", win[-1]]); time.sleep(0.3)
        subprocess.run(["xdotool", "key", "ctrl+e"]); quiet(java, 2)
        print(f"unfolded: VmHWM {status(java, 'VmHWM')} MiB, VmRSS {status(java, 'VmRSS')} MiB")
jcmd = lambda *a: subprocess.run(["jcmd", str(java), *a], capture_output=True, text=True).stdout
hist = jcmd("GC.class_histogram").splitlines()
if os.environ.get("DUMP"):  # a heap dump for a closer look (e.g. with a profiler)
    jcmd("GC.heap_dump", os.path.abspath(os.environ["DUMP"]))
print("\n".join(jcmd("GC.heap_info").splitlines()[1:]))
print("\n".join(hist[1:TOP + 3]), "\n", hist[-1])
if "NativeMemoryTracking" in os.environ.get("JDK_JAVA_OPTIONS", ""):
    print("\n".join(l for l in jcmd("VM.native_memory", "summary").splitlines() if "committed=" in l and l.startswith(("-", "Total"))))
p.terminate(); p.wait(10)
log.close(); tail = open(os.path.join(WORK, "app.log")).read().strip().splitlines()[-5:]
if p.returncode not in (0, -15, 143) or tail:
    print("app log tail:", *tail, sep="\n  ")
PY
