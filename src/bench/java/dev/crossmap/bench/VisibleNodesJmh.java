package dev.crossmap.bench;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import java.util.Random;
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
 * JMH: the query a 1600x1000 window makes each frame on {@link LayoutBench}'s 100,000-topic map: the nodes drawn
 * in the view at zoom 1, 0.5, 0.25, 0.1 and zoom to fit ("fit"), centred on 2,000 random topics in turn
 * ({@link LayoutJmh#overview} is the far-zoom overview). Sampled, so JMH prints the median and
 * the 99th percentile. Run: {@code src/bench/run jmh VisibleNodesJmh}. Target: far under a 16 ms frame.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class VisibleNodesJmh {
    @Param("100000")
    public int size;
    @Param({"1", "0.5", "0.25", "0.1", "fit"})
    public String zoom;
    private MapGeometry all;
    private Rect[] views;
    private int next;

    @Setup(Level.Trial)
    public void layOut() {
        MapTree tree = LayoutBench.generate(size, 42);
        all = new MindMapLayout(tree, LayoutBench.FIXED_WIDTH, Spacing.DEFAULT).layout(Set.of());
        Viewport fit = Viewport.of(1600, 1000).withZoomBounds(1e-4, 8).fit(all.bounds(), 20);
        double scale = zoom.equals("fit") ? fit.scale() : Double.parseDouble(zoom);
        Random rnd = new Random(7);
        views = new Rect[2000];
        for (int i = 0; i < views.length; i++) {
            int v = all.visibleNode(rnd.nextInt(all.visibleCount()));
            views[i] = fit.zoomTo(scale, 800, 500).centreOn(all.x(v), all.y(v)).visibleWorld();
        }
    }

    /** The nodes a frame draws: the spatial index's answer for one view. */
    @Benchmark
    public int visibleNodes() {
        int[] count = {0};
        all.forEachDrawnIn(views[next++ % views.length], n -> count[0]++);
        return count[0];
    }

}
