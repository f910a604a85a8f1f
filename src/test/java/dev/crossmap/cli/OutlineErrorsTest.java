package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossmap outline} on input it cannot read: exit 1 and one {@code file:line: problem} line, no trace. */
class OutlineErrorsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String outlineOf(String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        assertEquals(1, cli.run(new String[] {"outline", f.toString()}).exitCode());
        String e = err.toString(StandardCharsets.UTF_8);
        assertFalse(e.contains("\tat ") || e.contains("Exception"), "no stack trace: " + e);
        assertEquals(1, e.strip().lines().count(), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        return e.strip();
    }

    @Test
    void malformedXmlNamesTheFileAndLine() throws Exception {
        String e = outlineOf("plan.opml", "<opml>\n<body>\n<outline text=\"a\">\n</body>\n</opml>\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("plan.opml:4: malformed XML: The element type \"outline\" must be terminated by the matching "
                + "end-tag \"</outline>\".", e);
    }

    @Test
    void aDtdIsRefused() throws Exception {
        String e = outlineOf("map.mm", "<?xml version=\"1.0\"?>\n<!DOCTYPE map [<!ENTITY a \"b\">]>\n<map/>\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("map.mm:2: DTDs and external entities are not allowed", e);
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String e = outlineOf("picture.opml", png);
        assertEquals("picture.opml:3: not a text file (binary data at byte 8)", e);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path missing = dir.resolve("nowhere.mm");
        assertEquals(1, cli.run(new String[] {"outline", missing.toString()}).exitCode());
        assertEquals(missing + ": no such file", err.toString(StandardCharsets.UTF_8).strip());
    }
}
