package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the first word is wrong, and how every importing command reports import notes. */
class CliErrorsTest extends CliHarness {
    /** A roadmap the importer reads with two notes: an explanation moved to the note, a checkbox read as progress. */
    private static final String NOTED = "# Plan\n\n- Caching: keep answers close to the reader\n- [x] Indexes\n";

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(String stderr) {
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "no stack trace: " + stderr);
    }

    @Test
    void aWordThatIsNeitherACommandNorAFileIsAUsageErrorWithTheUsageLine() {
        assertEquals(2, run("frobnicate"));
        List<String> lines = errText().lines().toList();
        assertEquals("crossmap: unknown command or file: frobnicate", lines.get(0));
        assertTrue(lines.get(1).startsWith("usage: crossmap [FILE...] | crossmap COMMAND"), errText());
        assertTrue(lines.get(1).contains("outline, overlaps, merge, save, export"), errText());
        assertEquals(2, lines.size(), errText());
        assertNoStackTrace(errText());
        assertEquals(2, run("frobnicate", "a.md"), "a wrong first word is wrong whatever follows");
        assertTrue(errText().startsWith("crossmap: unknown command or file: frobnicate"), errText());
    }

    @Test
    void aFileThatDoesNotExistIsNamedAndOpensNoWindow(@TempDir Path dir) throws Exception {
        Path there = Files.writeString(dir.resolve("there.md"), "# There\n- a\n");
        Path missing = dir.resolve("missing.md");
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Cli.Outcome o = cli.run(new String[] {there.toString(), missing.toString()});
        assertEquals(1, o.exitCode(), "input that cannot be read, as the commands say for a missing file");
        assertFalse(o.openWindow());
        assertEquals(missing + ": no such file", errText().strip());
        assertEquals(1, run("missing.md"));
        assertEquals("missing.md: no such file", errText().strip());
    }

    @Test
    void aWordThatIsAnExistingFileOpensTheWindow(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("frobnicate"), "# Plan\n- a\n");
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Cli.Outcome o = cli.run(new String[] {plain.toString()});
        assertTrue(o.openWindow());
        assertEquals(List.of(plain), o.files());
    }

    @Test
    void noWindowNamesTheReasonAndTheCommandsThatNeedNoDisplayInOneLine() {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String line = cli.noWindow("no display (DISPLAY and WAYLAND_DISPLAY are not set)");
        assertEquals("crossmap: cannot open the window: no display (DISPLAY and WAYLAND_DISPLAY are not set);"
                + " without one, use crossmap outline, overlaps, merge, save or export (crossmap --help)", line);
        assertEquals(1, line.lines().count());
    }

    @Test
    void everyImportingCommandSummarisesImportNotesInOneLineAndListsThemWithWarnings(@TempDir Path dir)
            throws Exception {
        Path md = Files.writeString(dir.resolve("plan.md"), NOTED);
        String ws = dir.resolve("out.crossmap.json").toString();
        String outline = dir.resolve("out.opml").toString();
        List<List<String>> commands = List.of(
                List.of("outline"), List.of("overlaps"), List.of("merge"), List.of("save", "-o", ws),
                List.of("export", "--opml", outline));
        for (List<String> command : commands) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(md.toString()))
                    .toArray(String[]::new);
            assertEquals(0, run(args), command + ": " + errText());
            assertEquals("2 import notes in 1 file; --warnings lists them", errText().strip(), command.toString());

            String[] listed = java.util.stream.Stream.concat(java.util.stream.Stream.of(args), java.util.stream.Stream.of("--warnings"))
                    .toArray(String[]::new);
            assertEquals(0, run(listed), command + " --warnings: " + errText());
            List<String> lines = errText().lines().toList();
            assertEquals(2, lines.size(), command + ": " + errText());
            assertTrue(lines.get(0).startsWith("warning: plan.md:3: "), lines.get(0));
            assertTrue(lines.get(1).startsWith("warning: plan.md:4: checkbox"), lines.get(1));
        }
    }

    @Test
    void aRoadmapWithNothingToNotePrintsNothingOnStderr(@TempDir Path dir) throws Exception {
        Path md = Files.writeString(dir.resolve("clean.md"), "# Clean\n- Caching\n- Indexes\n");
        assertEquals(0, run("outline", md.toString()));
        assertEquals("", errText());
    }

    @Test
    void summaryCountsNotesAndFilesInWords() {
        assertEquals("1 import note in 1 file; --warnings lists them", ImportNotes.summary(1, 1));
        assertEquals("27 import notes in 5 files; --warnings lists them", ImportNotes.summary(27, 5));
    }

    @Test
    void aRoadmapTooBigForTheMemoryIsSaidInOneLineWithTheLimitAndTheAdvice(@TempDir Path dir) throws Exception {
        StringBuilder md = new StringBuilder("# Big\n");
        for (int i = 0; i < 60_000; i++) {
            md.append("- Topic ").append(i).append('\n');
        }
        Path big = dir.resolve("big.md");
        Files.writeString(big, md);
        System.gc();
        dev.crossmap.io.HeapGuard.setLimit(dev.crossmap.io.HeapGuard.used() + (1 << 20)); // a heap all but full
        try {
            assertEquals(1, run("outline", big.toString()));
        } finally {
            dev.crossmap.io.HeapGuard.setLimit(0);
        }
        String said = errText();
        assertTrue(said.startsWith("crossmap outline: the roadmaps are too big for the memory Crossmap may use"), said);
        assertTrue(said.contains("the reading stopped at") && said.contains("JDK_JAVA_OPTIONS=-Xmx4g"), said);
        assertNoStackTrace(said);
        assertEquals(0, run("outline", big.toString()), "with its memory back the same file reads");
    }
}
