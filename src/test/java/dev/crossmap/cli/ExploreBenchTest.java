package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExploreBenchTest {
    @Test
    void benchExploreReportsEveryFigureOnASmallAtlas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        // The benchmark fails (exit 1) if the generated atlas has no overlaps or merging leaves it as large.
        assertEquals(0, cli.run(new String[] {"bench", "explore", "--size", "4000", "--rounds", "1"}).exitCode(),
                err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("atlas: 4,000 topics in 2 roadmaps"), text);
        for (String figure : new String[] {"coverage matrix (open the concepts panel): median",
            "sort the concept list by spread: median", "filter as you type \"retry\"",
            "merged curriculum (switch to the merged map): median"}) {
            assertTrue(text.contains(figure), figure + " in " + text);
        }
    }
}
