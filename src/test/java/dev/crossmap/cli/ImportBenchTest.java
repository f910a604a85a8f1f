package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportBenchTest {
    @Test
    void benchImportMeasuresBothFormatsOnAnOutlineOfTheRequestedSize() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        // The benchmark fails (exit 1) if either generated file imports to a different number of topics.
        assertEquals(0, cli.run(new String[] {"bench", "import", "--size", "3000", "--rounds", "1"}).exitCode(),
                err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("markdown 3,000 topics"), text);
        assertTrue(text.contains("opml     3,000 topics"), text);
        assertTrue(text.contains("xmind    3,000 topics"), text);
        assertTrue(text.contains("topics/s"), text);
    }
}
