package dev.crossmap.bench;

import dev.crossmap.export.CoverageCsv;
import dev.crossmap.export.CurriculumMarkdown;
import dev.crossmap.matching.Matcher;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Roadmap;
import dev.crossmap.overlap.CoverageMatrix;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.overlap.UniqueTopics;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * {@code src/bench/run explore}: exploring the overlaps of a generated atlas of N topics (the match
 * benchmark's roadmaps, matched once, untimed). Targets: building the coverage matrix and sorting or
 * filtering the concept list under 100 ms each; building the merged curriculum well under the 300 ms a
 * switch to the merged map may take.
 */
final class ExploreBench implements Benchmark {
    private static final String[] TYPED = {"r", "re", "ret", "retr", "retry"};

    @Override
    public String name() {
        return "explore";
    }

    @Override
    public String summary() {
        return "coverage matrix, sorting and filtering the concepts (target < 100 ms each), merged curriculum "
                + "(target: map switch < 300 ms) on a generated atlas";
    }

    @Override
    public void run(int size, int rounds, PrintStream out) throws Exception {
        List<Roadmap> generated = MatchBench.generate(size, new Random(42));
        long t0 = System.nanoTime();
        Matcher matcher = new Matcher();
        Atlas atlas = matcher.match(generated);
        int concepts = atlas.concepts().size();
        out.printf("atlas: %,d topics in %d roadmaps, %,d concepts (matched in %.0f ms, not part of the figures)%n",
                size, generated.size(), concepts, (System.nanoTime() - t0) / 1e6);

        // After a curation step the atlas is rebuilt and its concepts computed again before the panel can show them.
        report(out, "a fresh atlas: graph only", Bench.time(1, rounds,
                () -> new Atlas(atlas.roadmaps(), atlas.facets(), atlas.links(), atlas.decisions()).links().size()));
        report(out, "a fresh atlas: graph and its concepts", Bench.time(1, rounds,
                () -> new Atlas(atlas.roadmaps(), atlas.facets(), atlas.links(), atlas.decisions()).concepts().size()));
        report(out, "coverage matrix (open the concepts panel)", Bench.time(3, rounds,
                () -> CoverageMatrix.of(atlas).rows().size()));
        CoverageMatrix matrix = CoverageMatrix.of(atlas);
        for (CoverageMatrix.Order order : CoverageMatrix.Order.values()) {
            report(out, "sort the concept list by " + order.name().toLowerCase(java.util.Locale.ROOT),
                    Bench.time(3, rounds, () -> matrix.sorted(order).size()));
        }
        for (String typed : TYPED) {
            report(out, "filter as you type \"" + typed + "\" (" + matrix.matching(typed).size() + " rows)",
                    Bench.time(3, rounds, () -> matrix.matching(typed).size()));
        }
        report(out, "coverage matrix as CSV", Bench.time(3, rounds, () -> CoverageCsv.of(matrix).length()));
        report(out, "unique topics per roadmap", Bench.time(1, rounds,
                () -> UniqueTopics.of(atlas, matrix, matcher).byRoadmap().size()));
        report(out, "merged curriculum (switch to the merged map)", Bench.time(3, rounds,
                () -> MergedCurriculum.of(atlas).size()));
        MergedCurriculum merged = MergedCurriculum.of(atlas);
        report(out, "merged curriculum read top to bottom (" + String.format("%,d", merged.size()) + " items)",
                Bench.time(3, rounds, () -> merged.lines().size()));
        report(out, "merged curriculum as Markdown", Bench.time(1, rounds,
                () -> CurriculumMarkdown.of(merged, Optional.empty(), "Merged").length()));
        if (concepts == 0 || merged.size() >= size) {
            throw new IllegalStateException("the generated atlas has no overlaps to explore");
        }
    }

    private static void report(PrintStream out, String what, double[] ms) {
        out.printf("%s: %s%n", what, Bench.describe(ms));
        // Collect the garbage of this figure now, so that the next one does not pay for it.
        Bench.usedHeapMb();
    }
}
