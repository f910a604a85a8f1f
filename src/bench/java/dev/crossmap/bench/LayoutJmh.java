package dev.crossmap.bench;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the mind-map layout of {@link LayoutBench}'s generated map (100,000 topics in five roadmaps, the fixed-width
 * text measure): the first layout, folding and unfolding the subtree nearest 10,000 topics incrementally, and the
 * same fold laid out from scratch, and the far-zoom overview query. Run: {@code src/bench/run jmh LayoutJmh}.
 * Targets: first layout &lt; 300 ms, fold and unfold &lt; 50 ms, overview far under a 16 ms frame.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LayoutJmh {
    /** The generated map and the subtree the fold figures fold. */
    @State(Scope.Benchmark)
    public static class GeneratedMap {
        @Param("100000")
        public int size;
        MapTree tree;
        TopicId folded;

        @Setup(Level.Trial)
        public void generate() {
            tree = LayoutBench.generate(size, 42);
            folded = tree.id(LayoutBench.subtreeNear(tree, 10_000));
        }
    }

    /** A laid-out map whose subtree is unfolded before each timed fold. */
    @State(Scope.Thread)
    public static class Unfolded {
        MindMapLayout layout;

        @Setup(Level.Trial)
        public void layOut(GeneratedMap map) {
            layout = new MindMapLayout(map.tree, LayoutBench.FIXED_WIDTH, Spacing.DEFAULT);
            layout.layout(Set.of());
        }

        @Setup(Level.Invocation)
        public void unfold(GeneratedMap map) {
            layout.setFolded(map.folded, false);
        }
    }

    /** A laid-out map whose subtree is folded before each timed unfold. */
    @State(Scope.Thread)
    public static class Folded {
        MindMapLayout layout;

        @Setup(Level.Trial)
        public void layOut(GeneratedMap map) {
            layout = new MindMapLayout(map.tree, LayoutBench.FIXED_WIDTH, Spacing.DEFAULT);
            layout.layout(Set.of());
        }

        @Setup(Level.Invocation)
        public void fold(GeneratedMap map) {
            layout.setFolded(map.folded, true);
        }
    }

    /** The whole map laid out, with the far-zoom overview's subtree bounds already built by a first query. */
    @State(Scope.Benchmark)
    public static class Overview {
        MapGeometry all;
        Rect world;

        @Setup(Level.Trial)
        public void layOut(GeneratedMap map) {
            all = new MindMapLayout(map.tree, LayoutBench.FIXED_WIDTH, Spacing.DEFAULT).layout(Set.of());
            world = Viewport.of(1600, 1000).withZoomBounds(1e-4, 8).fit(all.bounds(), 20).visibleWorld();
            all.forEachOverviewIn(world, n -> { });
        }
    }

    /** Measure every label, tidy tree, coordinates, spatial index. */
    @Benchmark
    public MapGeometry firstLayout(GeneratedMap map) {
        return new MindMapLayout(map.tree, LayoutBench.FIXED_WIDTH, Spacing.DEFAULT).layout(Set.of());
    }

    /** Fold the ~10,000-topic subtree (incremental). */
    @Benchmark
    public MapGeometry foldSubtree(GeneratedMap map, Unfolded state) {
        return state.layout.setFolded(map.folded, true);
    }

    /** Unfold it again (incremental). */
    @Benchmark
    public MapGeometry unfoldSubtree(GeneratedMap map, Folded state) {
        return state.layout.setFolded(map.folded, false);
    }

    /** The same fold laid out from scratch, for comparison. */
    @Benchmark
    public MapGeometry foldFromScratch(GeneratedMap map, Unfolded state) {
        return state.layout.layout(List.of(map.folded));
    }

    /** The far-zoom overview of the whole map (the nodes a few levels deep a window at zoom to fit draws), later queries. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int overview(Overview state) {
        int[] count = {0};
        state.all.forEachOverviewIn(state.world, n -> count[0]++);
        return count[0];
    }
}
