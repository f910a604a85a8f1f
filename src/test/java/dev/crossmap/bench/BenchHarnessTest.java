package dev.crossmap.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapTree;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark of {@code src/bench/run} runs end to end on a tiny input and prints its figures in the form
 * docs/benchmarks.md quotes (no timing is checked: that is the benchmarks' job, not a test's).
 */
class BenchHarnessTest {
    /** "median 12.3 ms (min 10.1, max 15.0, 2 runs)". */
    private static final String TIMED = "median \\d+\\.\\d ms \\(min \\d+\\.\\d, max \\d+\\.\\d, \\d+ runs\\)";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String bench(String... args) {
        int code = new Bench().run(java.util.List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        hasLine(text, "machine: \\d+ cores, max heap \\d+ MB, Java .+");
        return text;
    }

    private static void hasLine(String text, String regex) {
        assertTrue(Pattern.compile("(?m)^" + regex + "$").matcher(text).find(), regex + " in:\n" + text);
    }

    @Test
    void importTimesEachFormatOnAnOutlineOfTheAskedSize() {
        // The benchmark fails (exit 1) if a generated file imports to a different number of topics.
        String text = bench("import", "--size", "3000", "--rounds", "2");
        for (String format : new String[] {"markdown", "opml    ", "roadmap.sh", "xmind   "}) {
            hasLine(text, Pattern.quote(format) + " 3,000 topics, \\d+\\.\\d MB: " + TIMED + ", [\\d,]+ topics/s");
        }
        hasLine(text, "heap: \\d+ MB in use holding the three imported roadmaps \\(\\d+ MB before; 3000 \\+ 3000 \\+ 3000 topics\\)");
    }

    @Test
    void matchTimesTheGeneratedAtlasAndTheBundledFive() {
        String text = bench("match", "--size", "4000", "--rounds", "1");
        hasLine(text, "generated: 4,000 topics in 2 roadmaps, [\\d,]+ concepts, [\\d,]+ links: " + TIMED);
        hasLine(text, "generated: heap in use \\d+ MB with the roadmaps, \\d+ MB with the matched atlas too");
        hasLine(text, "bundled: 5 roadmaps, \\d+ concepts in two or more places: " + TIMED);
    }

    @Test
    void workspaceTimesSaveAndLoadWithNotesOnATenth() {
        String text = bench("workspace", "--size", "2000", "--rounds", "1");
        hasLine(text, "save: " + TIMED + "; file \\d+\\.\\d MB, 2,000 topics, 200 with notes");
        hasLine(text, "load: " + TIMED + " \\(parse \\+ re-import of the stored roadmap \\+ re-attach notes\\)");
    }

    @Test
    void layoutReportsEveryFigureForASmallMap() {
        String text = bench("layout", "--size", "3000", "--rounds", "1");
        hasLine(text, "map: 3,006 nodes \\(5 roadmaps\\), depth \\d+, widest fan-out \\d+; folding '.+' \\([\\d,]+ topics below it\\)");
        for (String figure : new String[] {"first layout \\(measure, tidy tree, coordinates, index\\)",
            "fold the subtree \\(incremental\\)", "unfold the subtree \\(incremental\\)"}) {
            hasLine(text, figure + ": " + TIMED);
        }
        hasLine(text, "visible nodes at zoom 1\\.0000: median \\d+\\.\\d us, 99th pct \\d+\\.\\d us, max \\d+\\.\\d us"
                + " \\(2000 queries, [\\d,]+ nodes on screen on average\\)");
        hasLine(text, "far-zoom overview of the whole map .*: first query on a new result \\d+\\.\\d ms .*, later queries \\d+\\.\\d us \\(medians\\)");
        hasLine(text, "heap in use with the layout and one result held: \\d+ MB");
    }

    @Test
    void theLayoutsGeneratedMapHasTheAskedSizeAndOutlineDepth() {
        MapTree tree = LayoutBench.generate(100_000, 42);
        assertEquals(100_000 + 5 + 1, tree.size());
        int deepest = 0;
        for (int v = 0; v < tree.size(); v++) {
            deepest = Math.max(deepest, tree.depth(v));
        }
        assertTrue(deepest >= 6 && deepest <= 12, "an outline a few levels deep: " + deepest);
        int folded = LayoutBench.subtreeNear(tree, 10_000);
        assertTrue(Math.abs(tree.subtreeSize(folded) - 10_000) < 2_000, "fold target of " + tree.subtreeSize(folded));
    }

    @Test
    void exploreReportsEveryFigureOnASmallAtlas() {
        // The benchmark fails (exit 1) if the generated atlas has no overlaps or merging leaves it as large.
        String text = bench("explore", "--size", "4000", "--rounds", "1");
        hasLine(text, "atlas: 4,000 topics in 2 roadmaps, [\\d,]+ concepts \\(matched in \\d+ ms, not part of the figures\\)");
        for (String figure : new String[] {"coverage matrix \\(open the concepts panel\\)", "sort the concept list by spread",
            "filter as you type \"retry\" \\(\\d+ rows\\)", "merged curriculum \\(switch to the merged map\\)",
            "a fresh atlas: graph and its concepts", "unique topics per roadmap"}) {
            hasLine(text, figure + ": " + TIMED);
        }
    }

    @Test
    void exportDrawsEncodesAndWritesEachFrame() {
        String text = bench("export", "--size", "2000", "--rounds", "1");
        hasLine(text, "generated map of [\\d,]+ topics: layout with the AWT text measure " + TIMED);
        hasLine(text, "bundled roadmaps \\([\\d,]+ topics\\), 4000 x \\d+ px at zoom \\d\\.\\d{3}");
        hasLine(text, "  PNG encode " + TIMED + "; [\\d,]+ bytes");
        hasLine(text, "  SVG " + TIMED + "; [\\d,]+ bytes");
    }

    @Test
    void qualityScoresTheLabelledRoadmapsPerFold() {
        String text = bench("quality");
        hasLine(text, "labels: src/test/resources/labels — \\d+ files, \\d+ labelled lines, \\d+ distinct concepts");
        hasLine(text, "trained on B: same threshold \\d\\.\\d\\d, mentions .+");
        // fold, role, group, pairs, found, right, threshold, precision, recall, F1
        hasLine(text, "A +held out all +\\d+ +\\d+ +\\d+ +\\d\\.\\d\\d +[01]\\.\\d{3} +[01]\\.\\d{3} +[01]\\.\\d{3} .*");
        hasLine(text, "bundled +app +all +\\d+ +\\d+ +\\d+ +\\d\\.\\d\\d +[01]\\.\\d{3} +[01]\\.\\d{3} +[01]\\.\\d{3} .*");
    }

    @Test
    void anUnknownBenchmarkIsAUsageErrorNamingTheOnesThereAre() {
        int code = new Bench().run(java.util.List.of("imprt"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("no benchmark called imprt (there are: import, match, workspace, layout, explore, export, quality)"), text);
        assertTrue(text.contains("usage: src/bench/run NAME|all"), text);
    }

    @Test
    void jmhFindsEveryMicroBenchmarkTheBuildGenerated() throws Exception {
        // JMH runs what its annotation processor listed at compile time; a benchmark missing here cannot be run.
        try (InputStream list = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            String text = new String(list.readAllBytes(), StandardCharsets.UTF_8);
            for (String method : new String[] {"LayoutJmh.firstLayout", "LayoutJmh.foldSubtree", "LayoutJmh.unfoldSubtree",
                "LayoutJmh.foldFromScratch", "LayoutJmh.overview", "VisibleNodesJmh.visibleNodes",
                "MatchJmh.matchTheBundledFive"}) {
                assertTrue(text.contains("dev.crossmap.bench.jmh_generated." + method.replace('.', '_') + "_jmhTest"), method);
            }
        }
    }
}
