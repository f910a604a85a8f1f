package dev.crossmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code crossmap outline --json} on the corpus mind map: nodes, folding and connectors come out. */
class OutlineXmlTest {
    @Test
    void theFreeplaneGuidePrintsItsNodesFoldingAndConnectors() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Path guide = Path.of(System.getProperty("crossmap.shared.dir"), "corpus", "freeplane-user-guide.mm");
        assertEquals(0, cli.run(new String[] {"outline", "--json", guide.toString()}).exitCode(),
                err.toString(StandardCharsets.UTF_8));
        JsonNode map = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("roadmaps").get(0);
        assertEquals("freeplane", map.get("format").asText());
        assertEquals("Tutorial Freeplane 1.7", map.get("title").asText());
        JsonNode topics = map.get("topics");
        assertEquals(1405, topics.size(), "1,460 nodes, 55 of them without text or picture fold into their parent");
        JsonNode intro = topics.get(1);
        assertEquals("Introduction", intro.get("label").asText());
        assertEquals(172, intro.get("line").asInt());
        assertEquals(true, intro.path("folded").asBoolean());
        JsonNode descendancy = null;
        for (JsonNode c : map.get("connectors")) {
            if (c.get("label").asText().equals("descendancy")) {
                descendancy = c;
            }
        }
        assertEquals(12, map.get("connectors").size());
        JsonNode from = find(topics, descendancy.get("from").asText());
        JsonNode to = find(topics, descendancy.get("to").asText());
        assertEquals("(relative) parent", from.get("label").asText());
        assertEquals(444, to.get("line").asInt());
    }

    @Test
    void jsonShowsTheAuthorsTagsLinksAndTimestampsAndWarningsSayWhatWasReadHow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Path plan = Path.of("src", "test", "resources", "dev", "crossmap", "outline", "styles", "explanations.md");
        assertEquals(0, cli.run(new String[] {"outline", "--json", "--warnings", plan.toString()}).exitCode());
        JsonNode topics = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("roadmaps").get(0).get("topics");
        JsonNode git = null;
        JsonNode lesson = null;
        for (JsonNode t : topics) {
            git = t.get("label").asText().equals("Pro Git Book") ? t : git;
            lesson = t.get("label").asText().equals("Lecci\u00F3n 3 - Variables") ? t : lesson;
        }
        assertEquals("FREE", git.get("meta").get("tags").get(0).asText());
        assertEquals("https://git-scm.com/book", git.get("meta").get("links").get(0).get("url").asText());
        assertEquals("48:58", lesson.get("meta").get("timestamp").asText());
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertEquals(true, warnings.contains("warning: explanations.md:14: 5 trailing tags moved out of labels (first at line 14)"),
                warnings);
        assertEquals(1, warnings.lines().filter(l -> l.contains("trailing tags")).count(), "one line per kind, not one per tag");
    }

    private static JsonNode find(JsonNode topics, String id) {
        for (JsonNode t : topics) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no topic " + id);
    }
}
