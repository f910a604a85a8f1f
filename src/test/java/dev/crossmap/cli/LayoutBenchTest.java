package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code crossmap bench layout} runs end to end on a small map and reports every figure (no timing checks). */
class LayoutBenchTest {
    @Test
    void theLayoutBenchmarkReportsEachFigureForASmallMap() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Cli.Outcome o = cli.run(new String[] {"bench", "layout", "--size", "3000", "--rounds", "1"});
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, o.exitCode(), err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("map: 3,006 nodes (5 roadmaps)"), text);
        for (String figure : new String[] {"first layout", "fold the subtree", "unfold the subtree",
            "visible nodes at zoom 1.0000", "far-zoom overview"}) {
            assertTrue(text.contains(figure), figure + " missing from:\n" + text);
        }
    }

    @Test
    void theGeneratedMapHasTheAskedSizeAndOutlineDepth() {
        MapTree tree = LayoutBench.generate(100_000, 42);
        assertEquals(100_000 + 5 + 1, tree.size());
        int deepest = 0;
        for (int v = 0; v < tree.size(); v++) {
            deepest = Math.max(deepest, tree.depth(v));
        }
        assertTrue(deepest >= 6 && deepest <= 12, "an outline a few levels deep: " + deepest);
    }
}
