package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OverlapsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void jsonListsIdempotencyWithItsFiveOccurrencesAndTheirPaths() throws Exception {
        assertEquals(0, cli.run(new String[] {"overlaps", "--json"}).exitCode(), err.toString(StandardCharsets.UTF_8));
        JsonNode concepts = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("concepts");
        JsonNode idempotency = null;
        int previous = Integer.MAX_VALUE;
        for (JsonNode c : concepts) {
            int size = c.get("members").size();
            assertTrue(size >= 2 && size <= previous, "largest first, two or more places");
            previous = size;
            if (c.get("label").asText().equals("idempotency")) {
                idempotency = c;
            }
        }
        assertTrue(idempotency != null);
        assertEquals(5, idempotency.get("members").size());
        JsonNode first = idempotency.get("members").get(0);
        assertEquals("senior-backend-study-path.md", first.get("roadmap").asText());
        assertEquals(100, first.get("line").asInt());
        assertEquals("Idempotency", first.get("label").asText());
        assertEquals("[\"Phase 4: Concurrency and Async\",\"Safety and correctness\"]", first.get("path").toString());
        assertTrue(idempotency.get("related").toString().contains("idempotency keys"));
    }

    @Test
    void textModeIsAReadableList() {
        assertEquals(0, cli.run(new String[] {"overlaps"}).exitCode());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("idempotency (5 places)"), text);
        assertTrue(text.contains("senior-backend-study-path.md:100  Idempotency"), text);
    }

    @Test
    void aMissingFileIsReportedWithoutAStackTrace() {
        assertEquals(1, cli.run(new String[] {"overlaps", "nope.md"}).exitCode());
        assertEquals("nope.md: no such file", err.toString(StandardCharsets.UTF_8).strip());
    }
}
