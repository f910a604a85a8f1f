package dev.crossmap.bench;

import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: matching the five bundled roadmaps (what the window does at start-up and after each re-match), from the
 * imported roadmaps to an atlas with its concepts. Run: {@code src/bench/run jmh MatchJmh}. Target: &lt; 100 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class MatchJmh {
    private List<Roadmap> bundled;

    @Setup(Level.Trial)
    public void importBundled() throws Exception {
        bundled = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
    }

    /** Match the five and list their concepts. */
    @Benchmark
    public int matchTheBundledFive() {
        Atlas atlas = new Matcher().match(bundled);
        return atlas.concepts().size();
    }
}
