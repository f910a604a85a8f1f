#!/usr/bin/env bash
# Crossmap beside Freeplane on the same maps, under Xvfb, interleaved runs, medians (issue 14).
# Prints per figure both apps and the ratio Crossmap/Freeplane:
#   window   launch -> a visible top-level window (xdotool polled every 20 ms)
#   map      launch -> the frame that shows the roadmaps (Crossmap only: it prints when, -Dcrossmap.startupTrace)
#   settled  launch -> start of the first 3 s in which every 1 s has java + Xvfb under 10% of one core
#   peak RSS VmHWM of the java process once settled (and again after Unfold All)
#   unfold   Unfold All key (Crossmap Ctrl+E, Freeplane Alt+End after a click on the map) -> start of the
#            first 1 s with java + Xvfb under 10% of one core
# Maps: the bundled five (Crossmap, no file) against a 10-node .mm (Freeplane), and one generated
# SIZE-topic tree written as .mm and opened by both (Crossmap reads .mm; FOLDED="true" below level 2).
# Before the timed runs each app starts once, untimed (GTK's OpenGL probe is once per X display, see below).
# Each run gets a fresh settings folder (XDG_CONFIG_HOME: both apps keep their settings under it); Freeplane's
# holds one auto.properties line, or its first start would open its documentation map beside ours.
# Env: RUNS (default 3), SIZE (100000), LAUNCHER (target/image/bin/crossmap), APPS ("crossmap freeplane"),
#      VARIANTS ("name=JVM options|name2=…": extra Crossmap runs with options given via JDK_JAVA_OPTIONS;
#      "name=@/other/bin/crossmap options" runs another build, e.g. the one before a change),
#      UNFOLD (1; 0 skips Unfold All), BENCH_DISPLAY (96).
# One command on a fresh Debian/Ubuntu machine: packaging/bench-vs-freeplane.sh (builds the image first when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${LAUNCHER:-target/image/bin/crossmap}
display=:${BENCH_DISPLAY:-96}
if [ ! -x "$launcher" ] && [ -z "${LAUNCHER:-}" ]; then
  echo "no $launcher yet: building it (mvn -B -q package -DskipTests)" >&2
  mvn -B -q package -DskipTests
fi
[ -x "$launcher" ] || { echo "no $launcher: build it with mvn -B package -DskipTests" >&2; exit 1; }

need=""
command -v freeplane >/dev/null || need="$need freeplane"
command -v Xvfb >/dev/null || need="$need xvfb"
command -v xdotool >/dev/null || need="$need xdotool"
command -v python3 >/dev/null || need="$need python3"
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || ldconfig -p | grep -q libgtk-3.so.0 || need="$need libgtk-3-0"
if [ -n "$need" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -q && $sudo apt-get install -y -q $need
fi

work=$(mktemp -d)
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1

DISPLAY="$display" XVFB_PID=$xvfb WORK="$work" LAUNCHER="$launcher" python3 - <<'PY'
import bisect, os, random, statistics, subprocess, tempfile, time, shutil
from xml.sax.saxutils import quoteattr

RUNS = int(os.environ.get("RUNS", "3"))
SIZE = int(os.environ.get("SIZE", "100000"))
UNFOLD = os.environ.get("UNFOLD", "1") == "1"
WORK, LAUNCHER, XVFB = os.environ["WORK"], os.path.abspath(os.environ["LAUNCHER"]), int(os.environ["XVFB_PID"])
HZ = os.sysconf("SC_CLK_TCK")
STEP = 0.05

WORDS = ("data structures algorithms graph tree heap hash table sorting search dynamic programming recursion "
         "network http tcp dns caching cache invalidation load balancing database sql index transaction "
         "replication sharding queue stream kafka docker kubernetes container testing unit integration "
         "security authentication oauth jwt encryption tls api rest grpc graphql design patterns observer "
         "factory singleton concurrency threads locks async promises memory management garbage collection "
         "compiler parser lexer types generics interfaces modules packages git branching merging ci cd "
         "deployment monitoring logging metrics tracing linux shell processes files permissions python java "
         "javascript typescript rust go react state hooks components css layout flexbox grid accessibility "
         "performance profiling optimization binary trees linked lists arrays strings big o notation").split()

def write_map(path, n, seed):
    """The same tree for both apps: fan-out 5, 20, 10, 10, … filled breadth first to n topics."""
    rnd = random.Random(seed)
    fan = [5, 20, 10, 10, 10, 10, 10]
    children, depth, frontier, count = {0: []}, {0: 0}, [0], 0
    while count < n and frontier:
        nxt = []
        for parent in frontier:
            for _ in range(fan[min(depth[parent], len(fan) - 1)]):
                if count >= n:
                    break
                count += 1
                children[parent].append(count); children[count] = []; depth[count] = depth[parent] + 1
                nxt.append(count)
        frontier = nxt
    label = lambda i: " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3))).capitalize()
    out = ['<map version="freeplane 1.7.0">\n']
    stack = [(0, False)]  # iterative: 100,000 nodes, no recursion per level
    while stack:
        node, closing = stack.pop()
        if closing:
            out.append("</node>\n"); continue
        text = "Generated map" if node == 0 else label(node)
        fold = ' FOLDED="true"' if depth[node] >= 2 and children[node] else ""
        out.append(f'<node TEXT={quoteattr(text)} ID="ID_{node}"{fold}>\n')
        stack.append((node, True))
        stack.extend((c, False) for c in reversed(children[node]))
    out.append("</map>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))

big, small = os.path.join(WORK, "generated.mm"), os.path.join(WORK, "ten.mm")
write_map(big, SIZE, 14)
write_map(small, 10, 10)

def stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        s = f.read()
    fields = s[s.rindex(")") + 2:].split()
    return fields  # fields[2] = pgrp, [11] utime, [12] stime

def ticks(pid):
    try:
        f = stat(pid); return int(f[11]) + int(f[12])
    except (FileNotFoundError, ProcessLookupError):
        return None

def java_in(pgrp):
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/comm") as f:
                    if f.read().strip() != "java":
                        continue
                if int(stat(d)[2]) == pgrp:
                    return int(d)
            except (FileNotFoundError, ProcessLookupError, ValueError):
                pass
    return None

def hwm(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")

def xdo(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout.split()

def quiet_from(samples, start, seconds):
    """First t >= start such that each of `seconds` consecutive 1 s windows from t uses < 0.1 s of CPU."""
    times = [t for t, _ in samples]
    def at(t):  # CPU ticks at the first sample at or after t
        return samples[min(bisect.bisect_left(times, t), len(times) - 1)][1]
    for t in times[bisect.bisect_left(times, start):]:
        if t + seconds > times[-1]:
            return None
        if all((at(t + k + 1) - at(t + k)) < 0.1 * HZ for k in range(seconds)):
            return t
    return None

def run(app, opts, mapfile, title):
    cfg = tempfile.mkdtemp(dir=WORK)
    env = dict(os.environ, XDG_CONFIG_HOME=cfg)
    env.pop("JDK_JAVA_OPTIONS", None)
    if app == "freeplane":
        # A settings file makes it a second start: on its first Freeplane opens its documentation map too.
        os.makedirs(os.path.join(cfg, "freeplane", "1.7.x"))
        with open(os.path.join(cfg, "freeplane", "1.7.x", "auto.properties"), "w") as f:
            f.write("load_last_maps=false\n")
        cmd = ["freeplane", mapfile]
    else:
        launcher = LAUNCHER
        if opts and opts.startswith("@"):
            launcher, _, opts = opts[1:].partition(" ")
        cmd = [launcher] + ([mapfile] if mapfile else [])
        env["JDK_JAVA_OPTIONS"] = ("-Dcrossmap.startupTrace=true " + (opts or "")).strip()
    trace = os.path.join(cfg, "stderr.txt")
    x0 = ticks(XVFB)
    t0, wall0 = time.monotonic(), time.time()
    with open(trace, "w") as err:
        p = subprocess.Popen(cmd, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=err)
    java, window, samples, res = None, None, [], {}
    def sample():
        jt = ticks(java) if java else 0
        samples.append((time.monotonic() - t0, (jt or 0) + ticks(XVFB) - x0))
    try:
        while time.monotonic() - t0 < 120:
            if java is None:
                java = java_in(p.pid)
            sample()
            if window is None:
                ids = xdo("search", "--onlyvisible", "--name", title)
                if ids:
                    window, res["window"] = ids[-1], time.monotonic() - t0
            if p.poll() is not None:
                with open(trace, errors="replace") as err:
                    tail = err.read()[-2000:]
                raise RuntimeError(f"{app} exited early with {p.returncode}; its last output:\n{tail}")
            if window and len(samples) % 5 == 0:
                s = quiet_from(samples, res["window"], 3)
                if s is not None:
                    res["settled"] = s
                    break
            time.sleep(STEP if window else 0.02)
        if "settled" not in res:
            raise RuntimeError(f"{app}: no window or never settled")
        res["rss"] = hwm(java)
        if UNFOLD and mapfile and mapfile.endswith("generated.mm"):
            geo = dict(l.split("=") for l in subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                       capture_output=True, text=True).stdout.split())
            xdo("windowfocus", "--sync", window)
            xdo("mousemove", "--window", window, str(int(geo["WIDTH"]) * 2 // 3), str(int(geo["HEIGHT"]) * 2 // 3),
                "click", "1")
            time.sleep(0.5)
            tk = time.monotonic() - t0
            sample()
            xdo("key", "ctrl+e" if app != "freeplane" else "alt+End")
            while time.monotonic() - t0 < tk + 60:
                time.sleep(STEP); sample()
                q = quiet_from(samples, tk, 1)
                if q is not None:
                    res["unfold"] = q - tk
                    res["unfold_cpu"] = (samples[-1][1] - [v for t, v in samples if t >= tk][0]) / HZ
                    break
            res["rss_unfolded"] = hwm(java)
    finally:
        try:
            os.killpg(p.pid, 15)
        except ProcessLookupError:
            pass
        p.wait()
        while xdo("search", "--onlyvisible", "--name", title):
            time.sleep(0.05)
        with open(trace) as f:
            for line in f:
                if line.startswith("crossmap-trace map "):
                    res["map"] = int(line.split()[2]) / 1000 - wall0
        shutil.rmtree(cfg, ignore_errors=True)
    return res

apps = os.environ.get("APPS", "crossmap freeplane").split()
entries = [(a, a, None) for a in apps]
for v in filter(None, os.environ.get("VARIANTS", "").split("|")):
    name, opts = v.split("=", 1)
    entries.append((f"crossmap[{name}]", "crossmap", opts))
scenarios = [("bundled five / 10-node map", None, small), (f"{SIZE:,}-topic .mm", big, big)]
results = {}
# One untimed start of each app first, on the small map. On a desktop, the first GTK program of the X session has
# already probed OpenGL (GTK 3 leaves the visuals it chose in the root window's GDK_VISUALS property, and every
# later GTK program reads them from there); on this fresh Xvfb, Crossmap's first start would do that probe itself
# (Mesa loaded: +50 MiB, +0.1 s) and the later ones not. Warm-up also puts both apps' files in the page cache.
for name, app, opts in entries:
    run(app, opts, small if app == "freeplane" else None, "Freeplane" if app == "freeplane" else "Crossmap$")
with open("/proc/loadavg") as f:
    load_before = f.read().split()[:3]
for r in range(RUNS):
    order = entries if r % 2 == 0 else list(reversed(entries))
    for scen, cmap, fmap in scenarios:
        for name, app, opts in order:
            title = "Freeplane" if app == "freeplane" else "Crossmap$"
            res = run(app, opts, fmap if app == "freeplane" else cmap, title)
            results.setdefault((scen, name), []).append(res)
            print(f"run {r + 1} {scen:28} {name:22} " + " ".join(
                f"{k}={v:.2f}" for k, v in res.items()), flush=True)
with open("/proc/loadavg") as f:
    load_after = f.read().split()[:3]

def med(scen, name, key):
    vals = [x[key] for x in results.get((scen, name), []) if key in x]
    return statistics.median(vals) if vals else None

figures = [("launch -> window (s)", "window", "{:.2f}"), ("launch -> map painted (s)", "map", "{:.2f}"),
           ("launch -> CPU settled (s)", "settled", "{:.2f}"),
           ("peak RSS as opened (MiB)", "rss", "{:.0f}"), ("Unfold All -> settled (s)", "unfold", "{:.2f}"),
           ("peak RSS all unfolded (MiB)", "rss_unfolded", "{:.0f}")]
names = [e[0] for e in entries]
print(f"\nmedians of {RUNS} interleaved runs; load average before {' '.join(load_before)}, after {' '.join(load_after)}")
print("Freeplane's launcher caps its heap at 512 MiB (-Xmx512m); Crossmap opens the bundled five, Freeplane a 10-node map")
head = "| map | figure | " + " | ".join(names) + (" | Crossmap/Freeplane |" if "freeplane" in names and "crossmap" in names else " |")
print(head); print("|" + "---|" * (head.count("|") - 1))
for scen, _, _ in scenarios:
    for label, key, fmt in figures:
        vals = [med(scen, n, key) for n in names]
        if all(v is None for v in vals):
            continue
        cells = [fmt.format(v) if v is not None else "–" for v in vals]
        line = f"| {scen} | {label} | " + " | ".join(cells)
        if "freeplane" in names and "crossmap" in names:
            c, fp = med(scen, "crossmap", key), med(scen, "freeplane", key)
            line += " | " + (f"{c / fp:.2f}" if c and fp else "–")
        print(line + " |")
PY
