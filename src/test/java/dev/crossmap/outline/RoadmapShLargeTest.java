package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Big roadmap.sh files generated here: every awkward placement at scale, and nesting far deeper than any real file. */
class RoadmapShLargeTest {
    private final Importer importer = new Importer();

    /**
     * {@code blocks} path topics, each with: two subtopics by dashed edge, two touching the second of them, a
     * section box (with an edge) holding a heading and three subtopics, and one subtopic with no tie at all,
     * far to the right. Labels say where each belongs ("B12 …" under "Topic 12").
     */
    static String editor(int blocks) {
        StringBuilder n = new StringBuilder("{\"nodes\":[\n");
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < blocks; i++) {
            int y = i * 1000;
            node(n, "t" + i, "topic", "Topic " + i, 1000, y + 300, 200, 50);
            if (i > 0) {
                edge(e, "t" + (i - 1), "t" + i, "0");
            }
            for (int k = 0; k < 4; k++) {
                node(n, "s" + i + "-" + k, "subtopic", "B" + i + " edge-or-touch " + k, 1400, y + k * 50, 240, 46);
            }
            edge(e, "t" + i, "s" + i + "-0", "0.8 8");
            edge(e, "t" + i, "s" + i + "-1", "0.8 8");
            node(n, "box" + i, "section", "", 300, y + 200, 320, 300);
            node(n, "h" + i, "label", "B" + i + " heading", 320, y + 210, 200, 30);
            for (int k = 0; k < 3; k++) {
                node(n, "m" + i + "-" + k, "subtopic", "B" + i + " in box " + k, 320, y + 260 + k * 60, 240, 46);
            }
            edge(e, "t" + i, "box" + i, "0.8 8");
            node(n, "o" + i, "subtopic", "B" + i + " orphan", 2400, y + 300, 200, 46);
        }
        n.setLength(n.length() - 2);
        e.setLength(Math.max(0, e.length() - 2));
        return n + "\n],\n\"edges\":[\n" + e + "\n]}\n";
    }

    private static void node(StringBuilder sb, String id, String type, String label, int x, int y, int w, int h) {
        sb.append("{\"id\":\"").append(id).append("\",\"type\":\"").append(type).append("\",\"position\":{\"x\":")
                .append(x).append(",\"y\":").append(y).append("},\"data\":{\"label\":\"").append(label)
                .append("\"},\"width\":").append(w).append(",\"height\":").append(h).append("},\n");
    }

    private static void edge(StringBuilder sb, String from, String to, String dash) {
        sb.append("{\"id\":\"").append(from).append('-').append(to).append("\",\"source\":\"").append(from)
                .append("\",\"target\":\"").append(to).append("\",\"style\":{\"strokeDasharray\":\"").append(dash)
                .append("\"}},\n");
    }

    @Test
    void everySubtopicOfTwoThousandBlocksLandsUnderItsOwnTopic() throws Exception {
        int blocks = 2000;
        ImportResult result = importer.importBytes("big.json", editor(blocks).getBytes(StandardCharsets.UTF_8));
        Roadmap r = result.roadmap();
        assertEquals(blocks * 10, r.size());
        assertEquals(blocks, r.roots().size());
        for (int i = 0; i < blocks; i++) {
            assertEquals("Topic " + i, r.roots().get(i).label(), "path order");
        }
        Map<TopicId, Topic> byId = new HashMap<>();
        r.topics().forEach(t -> byId.put(t.id(), t));
        for (Topic t : r.topics()) {
            if (t.label().startsWith("B")) {
                String block = t.label().substring(1, t.label().indexOf(' '));
                Topic p = byId.get(t.parent());
                if (t.label().contains(" in box ")) {
                    assertEquals("B" + block + " heading", p.label());
                    p = byId.get(p.parent());
                }
                assertEquals("Topic " + block, p.label(), t.label());
            }
        }
        List<ImportWarning> orphans = result.warnings().stream().filter(w -> w.message().contains("orphan")).toList();
        assertEquals(blocks, orphans.size(), "one warning, with a line, for each untied subtopic");
        assertTrue(orphans.stream().allMatch(w -> w.line() > 0));
    }

    @Test
    void aMockupNestedTwoThousandDeepIsReadWithoutRecursion() throws Exception {
        int depth = 2000;
        StringBuilder sb = new StringBuilder("{\"mockup\":{\"controls\":{\"control\":[\n");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            path.append(i == 0 ? "" : ":").append("p").append(i);
            sb.append(i == 0 ? "" : ",\n").append("{\"typeID\":\"__group__\",\"x\":\"0\",\"y\":\"").append(i)
                    .append("\",\"properties\":{\"controlName\":\"100-").append(path)
                    .append("\"},\"children\":{\"controls\":{\"control\":[{\"typeID\":\"Label\",\"properties\":{\"text\":\"Level ")
                    .append(i).append("\"}}]}}}");
        }
        sb.append("\n]}}}\n");
        Roadmap r = importer.importBytes("deep.json", sb.toString().getBytes(StandardCharsets.UTF_8)).roadmap();
        assertEquals(depth, r.size());
        assertEquals(depth - 1, r.topics().get(depth - 1).depth());
        assertEquals("Level 1999", r.topics().get(depth - 1).label());
    }
}
