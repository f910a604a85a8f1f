package dev.crossmap.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlReaderTest {
    private final Importer importer = new Importer();

    private Roadmap corpus(String name) throws ImportException {
        return importer.importFile(Corpus.file(name)).roadmap();
    }

    private static Roadmap opml(String xml) throws ImportException {
        return new Importer().importBytes("test.opml", xml.getBytes(StandardCharsets.UTF_8)).roadmap();
    }

    private static Topic at(Roadmap map, int line) {
        return map.topics().stream().filter(t -> t.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no topic at line " + line));
    }

    @Test
    void statesImportsEveryOutlineWithItsTitleAndNesting() throws Exception {
        Roadmap map = corpus("states.opml");
        assertEquals("opml", map.format());
        assertEquals(59, map.size());
        assertEquals("States", map.title());
        Topic us = at(map, 18);
        assertEquals("United States", us.label());
        assertEquals(List.of(us), map.roots());
        Topic farWest = at(map, 19);
        assertEquals("Far West", farWest.label());
        assertEquals(us.id(), farWest.parent());
        Topic alaska = at(map, 20);
        assertEquals("Alaska", alaska.label());
        assertEquals(List.of("United States", "Far West"), map.path(alaska.id()));
        assertEquals(2, alaska.depth());
    }

    @Test
    void opmlPackageSourceImportsAllOutlinesWithLinesAcrossMixedLineEnds() throws Exception {
        Roadmap map = corpus("opml-package-source.opml");
        // 1,329 outlines; the 55 empty ones (blank lines of the outlined source code) fold into their parent
        assertEquals(1274, map.size());
        assertTrue(map.topics().stream().noneMatch(t -> t.label().isBlank()));
        assertEquals("nodeEditor: opmlPackage", map.title());
        // Lines 3-14 end in LF, the rest in CRLF: line numbers still name the <outline lines.
        assertEquals("/scripting.com/code/opmlpackage/", at(map, 30).label());
        assertEquals("nodeEditorSuite.utilities.buildOpmlPackage ();", at(map, 1772).label());
    }

    @Test
    void htmlInTextIsReducedToWhatTheOutlinerShows() throws Exception {
        Roadmap map = corpus("opml-package-source.opml");
        // <a href="…">visitAll</a> in both client and server versions had a serious bug.
        assertEquals("visitAll in both client and server versions had a serious bug.", at(map, 33).label());
        assertEquals("if ((x != \"subs\") && (x != \"text\")) {", at(map, 442).label());
        // An e-mail address in angle brackets is text, not a tag.
        assertEquals("\"author\": \"Dave Winer <dave@scripting.com>\",", at(map, 83).label());
        assertTrue(at(map, 33).sourceText().startsWith("<a href=\"https://github.com/scripting/opmlPackage"));
    }

    @Test
    void noteAttributeBecomesTheNoteAndEntitiesAreDecoded() throws Exception {
        Roadmap map = opml("<?xml version=\"1.0\"?>\n<opml version=\"2.0\">\n<head><title>Backend &amp; more</title></head>\n"
                + "<body>\n  <outline text=\"Databases &amp;amp; &lt;b&gt;SQL&lt;/b&gt;\" _note=\"Read the manual.\">\n"
                + "    <outline text=\"Indexing&amp;nbsp;(B-Tree)\"/>\n  </outline>\n</body>\n</opml>\n");
        assertEquals("Backend & more", map.title());
        Topic db = at(map, 5);
        assertEquals("Databases & SQL", db.label());
        assertEquals("Read the manual.", db.note());
        Topic idx = at(map, 6);
        assertEquals("Indexing (B-Tree)", idx.label());
        assertEquals(db.id(), idx.parent());
    }

    @Test
    void anOutlineStartTagSpreadOverLinesIsPlacedOnTheLineWhereItStarts() throws Exception {
        Roadmap map = opml("<opml version=\"2.0\"><body>\n<outline\n   text=\"Caching\"\n   _note=\"x\">\n"
                + "<outline text=\"Redis\"/></outline></body></opml>");
        assertEquals(2, at(map, 2).line());
        assertEquals("Caching", at(map, 2).label());
        assertEquals("Redis", at(map, 5).label());
    }

    @Test
    void contentNotTheExtensionChoosesTheReader() throws Exception {
        String opml = "\uFEFF<?xml version=\"1.0\"?>\n<!-- exported -->\n<opml version=\"2.0\"><body>"
                + "<outline text=\"A\"/></body></opml>";
        ImportResult asMd = importer.importBytes("notes.md", opml.getBytes(StandardCharsets.UTF_8));
        assertEquals("opml", asMd.roadmap().format());
        assertEquals("A", asMd.roadmap().topics().get(0).label());
        ImportResult markdownNamedOpml = importer.importBytes("list.opml",
                "# Title\n- item\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("markdown", markdownNamedOpml.roadmap().format());
    }
}
