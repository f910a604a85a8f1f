package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Connector;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeplaneReaderTest {
    private static ImportResult guide() throws ImportException {
        return new Importer().importFile(Corpus.file("freeplane-user-guide.mm"));
    }

    private static ImportResult mm(String xml) throws ImportException {
        return new Importer().importBytes("test.mm", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Topic at(Roadmap map, int line) {
        return map.topics().stream().filter(t -> t.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no topic at line " + line));
    }

    @Test
    void theUserGuideImportsEveryNodeWithTheRootAsTopicAndTitle() throws Exception {
        Roadmap map = guide().roadmap();
        assertEquals("freeplane", map.format());
        // 1,460 nodes; the 55 without text (Freeplane's summary-group nodes, blank bubbles) only group: their
        // children hang from their parent instead, so a user never sees an empty topic
        assertEquals(1405, map.size());
        assertTrue(map.topics().stream().noneMatch(t -> t.label().isBlank()));
        // The root's text is rich HTML: <p><b>Tutorial </b></p><p><b>Freeplane 1.7</b></p>.
        Topic root = at(map, 7);
        assertEquals("Tutorial Freeplane 1.7", root.label());
        assertEquals("Tutorial Freeplane 1.7", map.title());
        assertEquals(List.of(root), map.roots());
        assertEquals("Introduction", at(map, 172).label());
        assertEquals(root.id(), at(map, 172).parent());
    }

    @Test
    void richNodeTextIsReducedToCleanText() throws Exception {
        Topic t = at(guide().roadmap(), 173);
        assertTrue(t.label().startsWith("Basically, you just start typing to write text into a node, and end with an ENTER."),
                t.label());
        assertFalse(t.label().contains("<") || t.label().contains("\n") || t.label().contains("\u00A0"), t.label());
    }

    @Test
    void detailsBecomeTheNoteAndFoldingIsKept() throws Exception {
        Roadmap map = guide().roadmap();
        Topic background = at(map, 331);
        // TEXT="Background&#xa;context menu": the line break becomes a space in the label.
        assertEquals("Background context menu", background.label());
        assertEquals("Right-click in free place of background", background.note());
        assertTrue(background.folded());
        assertTrue(at(map, 172).folded(), "Introduction is FOLDED=\"true\"");
        assertFalse(at(map, 7).folded(), "the root is FOLDED=\"false\"");
        assertFalse(at(map, 173).folded(), "no FOLDED attribute");
        assertEquals(654, map.topics().stream().filter(Topic::folded).count(), "659 folded nodes, 5 of them without text");
    }

    @Test
    void arrowLinksBecomeConnectorsBetweenTheRightTopics() throws Exception {
        ImportResult r = guide();
        Roadmap map = r.roadmap();
        // 13 arrowlinks, one of them in the map's style definitions rather than on a node.
        assertEquals(12, map.connectors().size());
        Topic parent = at(map, 442);
        Connector descendancy = map.connectors().stream().filter(c -> c.from().equals(parent.id()))
                .findFirst().orElseThrow();
        assertEquals(at(map, 444).id(), descendancy.to());
        assertEquals("descendancy", descendancy.label());
        Connector withoutBegin = map.connectors().stream().filter(c -> c.from().equals(at(map, 3724).id()))
                .findFirst().orElseThrow();
        assertEquals("connector without begin", withoutBegin.label());
        assertTrue(r.warnings().stream().noneMatch(w -> w.message().contains("connector")), r.warnings().toString());
    }

    @Test
    void aConnectorToAMissingNodeIsAWarningAndAForwardOneResolves() throws Exception {
        ImportResult r = mm("<map version=\"freeplane 1.12.1\">\n<node TEXT=\"Root\" ID=\"ID_1\">\n"
                + "<node TEXT=\"A\" ID=\"ID_2\">\n<arrowlink DESTINATION=\"ID_3\"/>\n<arrowlink DESTINATION=\"ID_404\"/>\n"
                + "</node>\n<node TEXT=\"B\" ID=\"ID_3\"/>\n</node>\n</map>\n");
        Roadmap map = r.roadmap();
        assertEquals(List.of(new Connector(at(map, 3).id(), at(map, 7).id(), "")), map.connectors());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertEquals(5, r.warnings().get(0).line());
        assertTrue(r.warnings().get(0).message().contains("ID_404"));
    }

    @Test
    void aNoteAndPlainTextNodeFromFreeMind() throws Exception {
        Roadmap map = mm("<?xml version=\"1.0\"?>\n<map version=\"1.0.1\">\n<node TEXT=\"Root\">\n"
                + "<node FOLDED=\"true\">\n<richcontent TYPE=\"NODE\"><html><head><style>p {}</style></head>"
                + "<body><p>SQL &amp; <i>indexes</i></p></body></html></richcontent>\n"
                + "<richcontent TYPE=\"NOTE\"><html><body><p>First.</p><p>Second&#160;line.</p></body></html></richcontent>\n"
                + "<node TEXT=\"child\"/>\n</node>\n</node>\n</map>\n").roadmap();
        Topic sql = at(map, 4);
        assertEquals("SQL & indexes", sql.label());
        assertEquals("First.\nSecond line.", sql.note());
        assertTrue(sql.folded());
        assertEquals(sql.id(), at(map, 7).parent());
        assertEquals("Root", map.title());
    }
}
