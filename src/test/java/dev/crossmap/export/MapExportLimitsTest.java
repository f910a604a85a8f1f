package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exports of inputs at the edges: a 100,000-deep outline (OPML and .mm; Markdown nests by indentation, so its
 * size grows with the square of the depth, as any Markdown outline's does), labels and notes with control
 * characters (dropped or written as spaces: XML cannot carry them, and in Markdown a line break would end the item).
 */
class MapExportLimitsTest {
    private static Roadmap chain(int depth) {
        List<Topic> topics = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            topics.add(new Topic(new TopicId("d" + i), i == 0 ? null : new TopicId("d" + (i - 1)), "level " + i,
                    null, i + 1, i, null, Optional.empty(), "", false));
        }
        return new Roadmap("deep.md", "level 0", "markdown", topics, "");
    }

    @Test
    void aHundredThousandDeepOutlineGoesOutAndComesBackAsOPMLAndMindMap() {
        MapOutline outline = MapOutline.of("Crossmap", List.of(chain(100_000)), Optional.empty());
        List<Topic> opml = MapExportRoundTripProperties.readBack("deep.opml", MapOpml.of(outline), false);
        List<Topic> mm = MapExportRoundTripProperties.readBack("deep.mm", MapFreeplane.of(outline), true);
        for (List<Topic> back : List.of(opml, mm)) {
            assertEquals(100_000, back.size());
            assertEquals(99_999, back.get(99_999).depth());
            assertEquals("level 99999", back.get(99_999).label());
        }
    }

    @Test
    void controlCharactersNeitherBreakTheOutlineNorLoseText() {
        Topic a = new Topic(new TopicId("a"), null, "tab\there\u0001and\u0007bell", null, 1, 0, null, Optional.empty(),
                "line\u000Bone", false);
        Topic b = new Topic(new TopicId("b"), new TopicId("a"), "child\u001Bescape", null, 2, 1, null, Optional.empty(), "", false);
        MapOutline outline = MapOutline.of("Crossmap", List.of(new Roadmap("c.md", "Controls", "markdown", List.of(a, b), "")),
                Optional.empty());
        for (String name : List.of("c.md", "c.opml", "c.mm")) {
            String text = MapText.byExtension(name.substring(2)).orElseThrow().text(outline);
            List<Topic> back = MapExportRoundTripProperties.readBack(name, text, !name.endsWith("opml"));
            assertEquals(3, back.size(), name + "\n" + text);
            assertEquals(2, back.get(2).depth(), name);
            assertEquals("child", back.get(2).label().substring(0, 5), name);
            assertEquals("tabhereandbell", back.get(1).label().replaceAll("[^a-z]", ""), name);
            assertEquals("lineone", back.get(1).note().replaceAll("[^a-z]", ""), name);
        }
    }
}
