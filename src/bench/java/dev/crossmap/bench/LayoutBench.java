package dev.crossmap.bench;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Size;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.TextMeasure;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code src/bench/run layout}: the mind-map layout over a generated map of {@code size} topics in five
 * roadmaps: the first layout, folding and unfolding a subtree of about 10,000 topics, and the visible-node
 * query a 1600x1000 window makes each frame at several zooms.
 */
final class LayoutBench implements Benchmark {
    private static final String[] WORDS = {"Python", "async", "event loop", "indexes", "B-tree", "transactions",
        "isolation levels", "caching", "Redis", "queues", "Kafka", "HTTP/2", "REST", "gRPC", "auth", "OAuth 2",
        "JWT", "testing", "pytest", "fixtures", "profiling", "memory", "GIL", "threads", "processes", "Docker",
        "Kubernetes", "observability", "tracing", "SQL", "joins", "query plans", "sharding", "replication"};

    /** A fixed-width font: 7 units a character, lines wrapped at 40 characters, 16 units a line. */
    static final TextMeasure FIXED_WIDTH = (label, depth) -> {
        int lines = 1 + Math.max(0, label.length() - 1) / 40;
        return new Size(7.0 * Math.min(label.length(), 40), 16.0 * lines);
    };

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public String summary() {
        return "mind-map layout of SIZE topics (targets: first layout < 300 ms, fold/unfold of a 10,000-topic"
                + " subtree < 50 ms, visible-node query << 16 ms)";
    }

    /** A map of {@code size} topics in five roadmaps, filled breadth first with outline-like fan-out. */
    static MapTree generate(int size, long seed) {
        Random rnd = new Random(seed);
        MapTree.Builder b = MapTree.builder("Crossmap");
        int[] depth = new int[size + 6];
        int[] builderNo = new int[size + 6];
        int nodes = 0;
        for (int r = 0; r < 5; r++) {
            builderNo[nodes] = b.add(0, "Roadmap " + (r + 1) + ": " + label(rnd), new TopicId("roadmap:" + r));
            depth[nodes++] = 1;
        }
        int topics = 0;
        for (int i = 0; topics < size; i++) {
            int d = depth[i];
            int fan = d == 1 ? 2 + rnd.nextInt(2) : d <= 3 ? 5 + rnd.nextInt(8) : rnd.nextInt(7);
            for (int k = 0; k < fan && topics < size; k++) {
                builderNo[nodes] = b.add(builderNo[i], label(rnd), new TopicId("t" + topics));
                depth[nodes++] = d + 1;
                topics++;
            }
        }
        return b.build();
    }

    /** The node at depth 2 or more whose subtree is nearest {@code topics} in size: the one the fold figures fold. */
    static int subtreeNear(MapTree tree, int topics) {
        int target = 1;
        for (int v = 1; v < tree.size(); v++) {
            if (tree.depth(v) >= 2 && Math.abs(tree.subtreeSize(v) - topics) < Math.abs(tree.subtreeSize(target) - topics)) {
                target = v;
            }
        }
        return target;
    }

    private static String label(Random rnd) {
        StringBuilder sb = new StringBuilder(WORDS[rnd.nextInt(WORDS.length)]);
        for (int w = rnd.nextInt(6); w > 0; w--) {
            sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    @Override
    public void run(int size, int rounds, PrintStream out) {
        MapTree tree = generate(size, 42);
        int maxDepth = 0;
        for (int v = 1; v < tree.size(); v++) {
            maxDepth = Math.max(maxDepth, tree.depth(v));
        }
        int target = subtreeNear(tree, 10_000);
        TopicId folded = tree.id(target);
        out.printf("map: %,d nodes (5 roadmaps), depth %d, widest fan-out %d; folding '%s' (%,d topics below it)%n",
                tree.size(), maxDepth, tree.maxChildren(), tree.label(target), tree.subtreeSize(target) - 1);

        double[] first = Bench.time(3, rounds, () ->
                new MindMapLayout(tree, FIXED_WIDTH, Spacing.DEFAULT).layout(Set.of()).visibleCount());
        out.println("first layout (measure, tidy tree, coordinates, index): " + Bench.describe(first));

        MindMapLayout layout = new MindMapLayout(tree, FIXED_WIDTH, Spacing.DEFAULT);
        MapGeometry all = layout.layout(Set.of());
        int foldRounds = Math.max(rounds, 10);
        double[] fold = new double[foldRounds];
        double[] unfold = new double[foldRounds];
        long sink = 0;
        for (int i = -5; i < foldRounds; i++) {
            long t0 = System.nanoTime();
            sink += layout.setFolded(folded, true).visibleCount();
            long t1 = System.nanoTime();
            sink += layout.setFolded(folded, false).visibleCount();
            long t2 = System.nanoTime();
            if (i >= 0) {
                fold[i] = (t1 - t0) / 1e6;
                unfold[i] = (t2 - t1) / 1e6;
            }
        }
        Arrays.sort(fold);
        Arrays.sort(unfold);
        out.println("fold the subtree (incremental): " + Bench.describe(fold));
        out.println("unfold the subtree (incremental): " + Bench.describe(unfold));
        double[] full = Bench.time(3, rounds, () -> layout.layout(List.of(folded)).visibleCount());
        out.println("same fold laid out from scratch, for comparison: " + Bench.describe(full));
        layout.layout(Set.of());

        Rect bounds = all.bounds();
        Viewport fit = Viewport.of(1600, 1000).withZoomBounds(1e-4, 8).fit(bounds, 20);
        out.printf("map bounds %.0f x %.0f world units; zoom to fit = %.5f%n", bounds.w(), bounds.h(), fit.scale());
        Random rnd = new Random(7);
        for (double zoom : new double[] {1, 0.5, 0.25, 0.1, fit.scale()}) {
            int queries = 2000;
            double[] us = new double[queries];
            long found = 0;
            for (int q = -200; q < queries; q++) {
                int v = all.visibleNode(rnd.nextInt(all.visibleCount()));
                Viewport view = fit.zoomTo(zoom, 800, 500).centreOn(all.x(v), all.y(v));
                int[] count = {0};
                long t0 = System.nanoTime();
                all.forEachDrawnIn(view.visibleWorld(), n -> count[0]++);
                long t1 = System.nanoTime();
                if (q >= 0) {
                    us[q] = (t1 - t0) / 1e3;
                    found += count[0];
                }
            }
            Arrays.sort(us);
            out.printf("visible nodes at zoom %.4f: median %.1f us, 99th pct %.1f us, max %.1f us"
                            + " (%d queries, %,d nodes on screen on average)%n",
                    zoom, us[queries / 2], us[queries * 99 / 100], us[queries - 1], queries, found / queries);
        }
        double[] build = new double[20];
        double[] overview = new double[20];
        int[] shown = {0};
        for (int q = -5; q < build.length; q++) {
            MapGeometry fresh = layout.setFolded(List.of());
            shown[0] = 0;
            long t0 = System.nanoTime();
            fresh.forEachOverviewIn(fit.visibleWorld(), n -> shown[0]++);
            long t1 = System.nanoTime();
            fresh.forEachOverviewIn(fit.visibleWorld(), n -> shown[0]++);
            long t2 = System.nanoTime();
            if (q >= 0) {
                build[q] = (t1 - t0) / 1e6;
                overview[q] = (t2 - t1) / 1e3;
            }
        }
        Arrays.sort(build);
        Arrays.sort(overview);
        out.printf("far-zoom overview of the whole map (%,d nodes at most %d deep): first query on a new result"
                + " %.1f ms (builds subtree bounds), later queries %.1f us (medians)%n", shown[0] / 2,
                MapGeometry.OVERVIEW_DEPTH, build[build.length / 2], overview[overview.length / 2]);
        out.printf("heap in use with the layout and one result held: %d MB%n", Bench.usedHeapMb() + (sink & 0));
        out.println(all.visibleCount() == tree.size() ? "" : "unexpected: not everything visible");
    }
}
