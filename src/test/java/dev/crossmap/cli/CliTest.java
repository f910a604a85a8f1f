package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossmap.Version;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheBuiltVersionWithoutOpeningAWindow() {
        Cli.Outcome o = cli.run(new String[] {"--version"});
        assertEquals(0, o.exitCode());
        assertFalse(o.openWindow());
        assertEquals("crossmap " + Version.get(), out().strip());
        assertFalse(Version.get().contains("${"), "the version must be filled in by the build");
    }

    @Test
    void helpNamesEveryCommandAndTheExitCodes() {
        assertEquals(0, cli.run(new String[] {"--help"}).exitCode());
        assertTrue(out().contains("crossmap outline [--json]"), out());
        assertTrue(out().contains("Exit codes"), out());
    }

    @Test
    void benchmarksAreNotACommandOfTheApp() {
        assertEquals(0, cli.run(new String[] {"--help"}).exitCode());
        assertFalse(out().contains("bench"), "the help offers no benchmarks: " + out());
        for (String[] args : List.of(new String[] {"bench"}, new String[] {"bench", "import"},
                new String[] {"bench", "all", "--size", "1000"})) {
            err.reset();
            Cli.Outcome o = cli.run(args);
            assertEquals(2, o.exitCode(), String.join(" ", args));
            assertFalse(o.openWindow(), String.join(" ", args));
            assertTrue(err().contains("unknown command or file: bench"),
                    err());
        }
    }

    @Test
    void noArgumentsOpensTheWindowOnTheBundledRoadmaps() {
        Cli.Outcome o = cli.run(new String[0]);
        assertTrue(o.openWindow());
        assertTrue(o.files().isEmpty());
    }

    @Test
    void filesAloneOpenTheWindowOnThoseFiles(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "# A\n- x\n");
        Path b = Files.writeString(dir.resolve("b.opml"), "<opml version=\"2.0\"><body/></opml>");
        Cli.Outcome o = cli.run(new String[] {a.toString(), b.toString()});
        assertTrue(o.openWindow());
        assertEquals(List.of(a, b), o.files());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, cli.run(new String[] {"--frobnicate"}).exitCode());
        assertTrue(err().contains("unknown option --frobnicate"), err());
        Cli.Outcome typo = cli.run(new String[] {"frobnicate"});
        assertEquals(2, typo.exitCode(), "a mistyped command opens no window");
        assertFalse(typo.openWindow());
        assertTrue(err().contains("unknown command or file: frobnicate"), err());
        assertEquals(2, cli.run(new String[] {"outline", "--nope"}).exitCode());
        assertTrue(err().contains("usage: outline"), err());
    }

    @Test
    void outlineOfAMissingFileFailsWithTheFileNameAndNoStackTrace() {
        Cli.Outcome o = cli.run(new String[] {"outline", "does-not-exist.md"});
        assertEquals(1, o.exitCode());
        assertEquals("does-not-exist.md: no such file", err().strip());
    }

    @Test
    void outlineOfABinaryFileSaysSoWithALine(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("image.md");
        Files.write(bin, new byte[] {'#', ' ', 'a', '\n', 'b', 0, 1, 2});
        assertEquals(1, cli.run(new String[] {"outline", bin.toString()}).exitCode());
        assertTrue(err().startsWith("image.md:2: not a text file"), err());
    }

    @Test
    void outlineJsonListsTheFiveBundledRoadmapsWithTopicsInSourceOrder() throws Exception {
        assertEquals(0, cli.run(new String[] {"outline", "--json"}).exitCode(), err());
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode maps = root.get("roadmaps");
        assertEquals(5, maps.size());
        assertEquals("senior-backend-study-path.md", maps.get(0).get("roadmap").asText());
        JsonNode topics = maps.get(0).get("topics");
        assertTrue(topics.size() > 100);
        int last = 0;
        for (JsonNode t : topics) {
            assertTrue(t.get("line").asInt() >= last, "topics come in source order");
            last = t.get("line").asInt();
            assertTrue(t.has("id") && t.has("parent") && t.has("label") && t.has("meta"));
        }
    }

    @Test
    void outlineTextIndentsChildrenUnderTheirParents() {
        assertEquals(0, cli.run(new String[] {"outline"}).exitCode(), err());
        String text = out();
        assertTrue(text.contains("\n    Phase 1: Python Language Mastery\n"), "a ## heading under the # title");
        assertTrue(text.contains("\n      Python execution model\n"));
        assertTrue(text.contains("\n        How Python executes code\n"));
    }
}
