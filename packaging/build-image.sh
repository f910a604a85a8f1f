#!/usr/bin/env bash
# Builds the installable app from what Maven packaged: a jlink runtime image (target/image, launcher
# bin/crossmap), a jpackage app-image and a .deb (target/dist). Called by `mvn package` (exec plugin);
# set CROSSMAP_SKIP_DEB=1 to skip the .deb (e.g. on a machine without dpkg-deb and fakeroot).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
target=${CROSSMAP_TARGET:?}
version=${CROSSMAP_VERSION:?}
fxversion=${CROSSMAP_JAVAFX_VERSION:?}
jar=${CROSSMAP_JAR:?}
java_home=${JAVA_HOME:?}
mods="$target/modules"
image="$target/image"
dist="$target/dist"

if [ ! -d "$java_home/jmods" ]; then
  echo "build-image: $java_home has no jmods/ (jlink needs a full JDK 17)" >&2
  exit 1
fi

cp "$jar" "$mods/"
# JavaFX's Maven artifacts come in pairs: an empty jar (automatic module "javafx.xxxEmpty") and the real
# one with the platform classifier. Only the real ones may go to jlink.
rm -f "$mods"/javafx-*-"$fxversion".jar

# Chosen by packaging/bench-vs-freeplane.sh (docs/benchmarks.md, issue 14): the serial collector halves peak
# RSS with 100,000 topics (1,124 -> 577 MiB) at no cost in time; a 64 MiB initial heap keeps the small map
# at ~250 MiB instead of filling a young generation sized from the machine's memory. No -Xmx: the heap
# still grows to what the map needs (the JVM's default, a quarter of RAM).
# Third session (packaging/bench-memory.sh): a fixed 48 MiB young generation (the default grows it to ~200 MiB,
# all of it touched between collections), an old generation kept within 20-40% of the live data (default 40-70;
# 10-20 saved ~20 MiB more but tripled Unfold All and made a 500,000-topic map settle 12 s later, in full GCs),
# and the client compiler only (C2's arenas and code: ~100 MiB at 500,000 topics, no faster here).
# Fourth session: the young generation starts at 16 MiB and grows with the heap up to those 48 MiB (the serial
# collector sizes it from the old generation): the bundled five 248 -> 217 MiB, 100,000 topics unchanged
# (a fixed 16 MiB made them settle ~1 s later). Then free ratios 30-50, not 20-40: with less live data the
# collection during Unfold All had turned full (0.31 -> 0.04 s at 100,000 topics, settled 7.08 -> 6.20 s,
# peak RSS the same on both maps: APPS=crossmap RUNS=2 VARIANTS=... bench-vs-freeplane.sh).
# Fifth session: the parallel collector instead of the serial one: its young collections use both cores, so
# matching in the background pauses the window less (frames-matching: longest gap 200 / 221 ms against 205 / 279,
# 2 / 2 gaps over 50 ms against 4 / 2) and 100,000 topics settle ~0.3-0.5 s sooner; peak RSS within noise.
# Sixth session: free ratios 70-90 instead of 30-50. A collection that finds the old generation too small to take
# what the next young one would promote is a full one (120-220 ms at 100,000 topics, every gap over 50 ms while
# matching was one); with more room left after each, the heap grows in fewer, larger steps. frames-matching (two
# runs each, alternated): gaps over 50 ms 2 + 2 -> 1 + 0 (longest 214-217 -> 117-154 ms), matches 2.9 / 2.5 ->
# 2.7 / 2.3 s; side by side (RUNS=3, VARIANTS): 100,000 topics settle 0.3 s sooner, peak RSS +8 MiB opened and
# +17 MiB unfolded (364 / 389), the bundled five unchanged (no full collection there). 80-95 cost 40 MiB more.
jvm_options="-XX:+UseParallelGC -Xms64m -XX:NewSize=16m -XX:MaxNewSize=48m -XX:MinHeapFreeRatio=70 -XX:MaxHeapFreeRatio=90 -XX:TieredStopAtLevel=1"

rm -rf "$image" "$dist"
"$java_home/bin/jlink" \
  --module-path "$mods:$java_home/jmods" \
  --add-modules dev.crossmap,jdk.charsets \
  --launcher crossmap=dev.crossmap/dev.crossmap.Main \
  --output "$image" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --add-options " --add-exports=javafx.base/com.sun.javafx.event=org.controlsfx.controls $jvm_options"

# JavaFX would unpack its native libraries into ~/.openjfx/cache at every first start; ship them instead.
fxjar=$(ls "$mods"/javafx-graphics-"$fxversion"-*.jar | head -n 1)
unzip -q -j -o "$fxjar" '*.so' -d "$image/lib"

"$image/bin/crossmap" --version >/dev/null

# Class-data sharing (docs/benchmarks.md, issue 14): jlink's --generate-cds-archive above archives the JDK's
# usual start-up classes; a training run that opens the bundled roadmaps headless (Monocle) lists the ~6,000
# classes a real start loads (JavaFX, ours, Jackson…), and the image's default archive is made from that list:
# window 1.06 -> 0.73 s, no launcher option (the JVM finds lib/server/classes.jsa, and ignores it when it does
# not match the image). Any failure here keeps jlink's archive: the build never fails for it.
train_cds() {
  local work="$target/cds" list archive
  list="$work/crossmap.classlist"
  archive="$work/classes.jsa"
  rm -rf "$work"
  mkdir -p "$work/config"
  [ -f "${CROSSMAP_MONOCLE_JAR:-}" ] || { echo "no Monocle jar for the training run"; return 1; }
  # shellcheck disable=SC2086 # the Monocle exports are several words
  timeout 120 "$image/bin/java" -XX:DumpLoadedClassList="$list" -cp "$CROSSMAP_MONOCLE_JAR" ${CROSSMAP_MONOCLE_ARGS:-} \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -Dcrossmap.config.dir="$work/config" -Dcrossmap.training=true -m dev.crossmap/dev.crossmap.Main \
    >"$work/training.log" 2>&1 || { echo "training run failed (target/cds/training.log)"; return 1; }
  # A real start uses the GTK window toolkit and Prism's OpenGL or software pipeline, not Monocle (not in the
  # image): list those instead.
  grep -v '^com/sun/glass/ui/monocle/' "$list" >"$list.run" || return 1
  mv "$list.run" "$list"
  "$java_home/bin/jimage" list "$image/lib/modules" \
    | sed -n 's#^ *\(com/sun/\(glass/ui/gtk\|prism/es2\|prism/sw\)/[^ ]*\)\.class$#\1#p' >>"$list"
  "$image/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" \
    >"$work/dump.log" 2>&1 || { echo "archive dump failed (target/cds/dump.log)"; return 1; }
  "$image/bin/java" -XX:SharedArchiveFile="$archive" -Xshare:on -version >/dev/null 2>&1 \
    || { echo "the archive does not map"; return 1; }
  rm -f "$image/lib/server/classes.jsa"
  cp "$archive" "$image/lib/server/classes.jsa"
}
if ! why=$(train_cds); then
  echo "build-image: class-data sharing from jlink only, no training run: $why" >&2
fi

mkdir -p "$dist"
"$java_home/bin/jpackage" --type app-image \
  --runtime-image "$image" --module dev.crossmap/dev.crossmap.Main \
  --name crossmap --app-version "$version" --vendor "Crossmap" \
  --description "Merge learning roadmaps into one mind map and see where they overlap" \
  --icon "$root/assets/crossmap.png" --dest "$dist"

missing=""
for tool in fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ] && [ "${CROSSMAP_SKIP_DEB:-0}" != "1" ]; then
  # The image and app-image are complete without it; say what would build the .deb too.
  echo "build-image: no .deb: jpackage needs$missing (apt-get install fakeroot dpkg)" >&2
  CROSSMAP_SKIP_DEB=1
fi
if [ "${CROSSMAP_SKIP_DEB:-0}" != "1" ]; then
  "$java_home/bin/jpackage" --type deb \
    --runtime-image "$image" --module dev.crossmap/dev.crossmap.Main \
    --name crossmap --app-version "$version" --vendor "Crossmap" \
    --description "Merge learning roadmaps into one mind map and see where they overlap" \
    --icon "$root/assets/crossmap.png" \
    --resource-dir "$here/linux" \
    --linux-package-name crossmap --linux-deb-maintainer "crossmap@localhost" \
    --linux-menu-group "Education" --linux-app-category education --linux-shortcut \
    --linux-package-deps "libgtk-3-0" \
    --dest "$dist"
fi
echo "build-image: $(du -sh "$image" | cut -f1) image, $(ls "$dist")"
