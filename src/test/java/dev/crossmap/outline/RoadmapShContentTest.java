package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.WebLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Content files as roadmap.sh writes them, and the content embedded in the JSON without moving its lines. */
class RoadmapShContentTest {
    @Test
    void embeddingKeepsEveryLineOfTheFileWhereItWas() throws Exception {
        String json = "{\n \"nodes\": [],\n \"edges\": []\n}\n";
        String embedded = RoadmapShContent.embed(json, Map.of("a@n1.md", "# A\n\"quoted\"\n"));
        assertTrue(embedded.startsWith("{\n \"nodes\": [],\n \"edges\": []"), embedded);
        RoadmapShJson parsed = RoadmapShJson.parse(new SourceText("x.json", embedded, List.of()), (n, l) -> { },
                (n, l) -> { }, (n, l) -> { });
        assertEquals(Map.of("a@n1.md", "# A\n\"quoted\"\n"), parsed.content());
        RoadmapShJson empty = RoadmapShJson.parse(new SourceText("x.json", RoadmapShContent.embed("{ }", Map.of("k", "v")),
                List.of()), (n, l) -> { }, (n, l) -> { }, (n, l) -> { });
        assertEquals(Map.of("k", "v"), empty.content());
    }

    @Test
    void contentFilesNameTheirNodeOrTheirTopicPath() {
        assertEquals("t-internet", RoadmapShContent.nodeId("internet@t-internet.md"));
        assertEquals("", RoadmapShContent.nodeId("100-basics/index.md"));
        assertEquals("basics", RoadmapShContent.topicPath("100-basics/index.md"));
        assertEquals("basics/what-is-x", RoadmapShContent.topicPath("100-basics/101-what-is-x.md"));
    }

    @Test
    void resourceLinesBecomeLinksAndTheRestTheNote() {
        RoadmapShContent.TopicContent c = RoadmapShContent.parse("""
                # Caching

                Caching keeps answers close,
                wrapped as authors write.

                - first point
                - second point

                Visit the following resources to learn more:

                - [@article@What is caching?](https://example.org/a)
                - [@video@Caching in 5 minutes](https://example.org/v)
                - [Plain link](https://example.org/p)
                <BadgeLink badgeText='Watch' href='https://example.org/b'>A badge</BadgeLink>
                """);
        assertEquals("Caching keeps answers close, wrapped as authors write.\n\n- first point\n- second point", c.note());
        assertEquals(List.of(new WebLink("What is caching?", "https://example.org/a"),
                new WebLink("Caching in 5 minutes", "https://example.org/v"),
                new WebLink("Plain link", "https://example.org/p"), new WebLink("A badge", "https://example.org/b")),
                c.links());
    }
}
