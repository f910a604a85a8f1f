package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossmap.outline.XmindFiles;
import dev.crossmap.outline.XmindFiles.Sheet;
import dev.crossmap.outline.XmindFiles.T;
import dev.crossmap.outline.XmindReaderTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossmap outline plan.xmind}: every sheet of the file is a roadmap on the command line too. */
class OutlineXmindTest extends CliHarness {
    @Test
    void everySheetIsPrintedAsItsOwnRoadmap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.xmind");
        Files.write(file, XmindFiles.zen(XmindFiles.json(XmindReaderTest.plan(),
                new Sheet("Frontend", new T("Web", new T("HTML"), new T("CSS").markers("task-done"))))));
        assertEquals(0, run("outline", "--json", file.toString()), err.toString(StandardCharsets.UTF_8));
        JsonNode maps = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("roadmaps");
        assertEquals(2, maps.size());
        assertEquals("plan.xmind [Frontend]", maps.get(1).get("roadmap").asText());
        assertEquals("Web", maps.get(1).get("title").asText());
        assertEquals(3, maps.get(1).get("topics").size());
        assertEquals(10, maps.get(0).get("topics").size());
    }

    @Test
    void aZipBombIsReportedAndNothingElseHappens(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bomb.xmind");
        Files.write(file, XmindFiles.zip(java.util.Map.of("content.json", new byte[20 << 20])));
        assertEquals(1, run("outline", file.toString()));
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.contains("bomb.xmind: \"content.json\" inflates more than 200 times its size (a zip bomb?); refused"), error);
    }
}
