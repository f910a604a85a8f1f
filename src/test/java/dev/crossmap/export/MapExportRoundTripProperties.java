package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.model.TopicMeta;
import dev.crossmap.model.WebLink;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever atlas a user has, Crossmap reads its own Markdown, OPML and .mm exports back to the same roadmaps:
 * the same labels (however awkward), the same tree, the same notes and progress, and hours and spans.
 * In OPML and .mm, tags and links come back exactly too; Markdown keeps the tag words after the label and
 * every link's address or title.
 */
class MapExportRoundTripProperties {
    private static final String TITLE = "Crossmap";

    @Property(tries = 150)
    void markdownComesBackAsTheSameOutline(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int roadmaps) {
        List<Roadmap> atlas = new GeneratedAtlas(seed).roadmaps(roadmaps, 25, false, false);
        String md = MapMarkdown.of(MapOutline.of(TITLE, atlas, Optional.empty()));
        assertSameOutline(atlas, readBack("export.md", md, true), false, md);
    }

    @Property(tries = 150)
    void opmlComesBackAsTheSameOutline(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int roadmaps) {
        List<Roadmap> atlas = new GeneratedAtlas(seed).roadmaps(roadmaps, 25, true, true);
        String opml = MapOpml.of(MapOutline.of(TITLE, atlas, Optional.empty()));
        List<Topic> back = readBack("export.opml", opml, false);
        assertSameOutline(atlas, back, true, opml);
        assertSameTagsAndLinks(atlas, back, opml);
    }

    @Property(tries = 150)
    void freeplaneComesBackAsTheSameOutline(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int roadmaps) {
        List<Roadmap> atlas = new GeneratedAtlas(seed).roadmaps(roadmaps, 25, true, true);
        String mm = MapFreeplane.of(MapOutline.of(TITLE, atlas, Optional.empty()));
        List<Topic> back = readBack("export.mm", mm, true);
        assertSameOutline(atlas, back, true, mm);
        assertSameTagsAndLinks(atlas, back, mm);
    }

    @Property(tries = 100)
    void markdownKeepsTagWordsAndLinksWithoutDisturbingTheOutline(@ForAll long seed) {
        List<Roadmap> atlas = new GeneratedAtlas(seed).roadmaps(2, 20, false, true);
        String md = MapMarkdown.of(MapOutline.of(TITLE, atlas, Optional.empty()));
        List<Topic> back = readBack("export.md", md, true);
        List<Expected> expected = expected(atlas);
        assertEquals(expected.size(), back.size(), md);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Topic t = back.get(i);
            // A reader that knows trailing **Tag** gives tags; one that does not keeps the words after the label.
            assertEquals(withTags(e.label(), e.meta().tags()), withTags(t.label(), t.meta().tags()), md);
            assertTrue(t.note().startsWith(e.note()), () -> "note of " + e.label() + " in\n" + md);
            for (WebLink l : e.meta().links()) {
                boolean kept = t.meta().links().stream().anyMatch(x -> x.url().equals(l.url()))
                        || !l.title().isEmpty() && t.note().contains(l.title())
                        || l.title().isEmpty() && t.label().startsWith(e.label());
                assertTrue(kept, () -> "link " + l + " of " + e.label() + " lost in\n" + md);
            }
        }
    }

    /** What a topic of the export should read back as, by the rules of the mind map (not of the writer). */
    private record Expected(int depth, String label, String note, Optional<Progress> progress, TopicMeta meta) {
    }

    private static List<Expected> expected(List<Roadmap> atlas) {
        List<Expected> out = new ArrayList<>();
        for (Roadmap r : atlas) {
            boolean titled = r.roots().size() == 1 && r.roots().get(0).label().equals(r.title());
            if (!titled) {
                out.add(new Expected(0, r.title(), "", Optional.empty(), TopicMeta.NONE));
            }
            for (Topic t : r.topics()) {
                out.add(new Expected(t.depth() + (titled ? 0 : 1), t.label(), t.note(), t.checked(), t.meta()));
            }
        }
        return out;
    }

    private static void assertSameOutline(List<Roadmap> atlas, List<Topic> back, boolean everyStatus, String text) {
        List<Expected> expected = expected(atlas);
        assertEquals(expected.size(), back.size(), () -> "topics read back from\n" + text);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Topic t = back.get(i);
            String where = "topic " + i + " '" + e.label() + "' read back from\n" + text;
            assertEquals(e.label(), t.label(), where);
            assertEquals(e.depth(), t.depth(), where);
            assertEquals(e.note(), t.note(), where);
            Optional<Progress> progress = everyStatus ? e.progress()
                    : e.progress().map(p -> p == Progress.DONE ? p : Progress.NOT_STARTED);
            assertEquals(progress, t.checked(), where);
            assertEquals(e.meta().hoursText(), t.meta().hoursText(), where);
            assertEquals(e.meta().span().map(TopicMeta.Span::text), t.meta().span().map(TopicMeta.Span::text), where);
        }
    }

    private static void assertSameTagsAndLinks(List<Roadmap> atlas, List<Topic> back, String text) {
        List<Expected> expected = expected(atlas);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).meta().tags(), back.get(i).meta().tags(), text);
            assertEquals(expected.get(i).meta().links(), back.get(i).meta().links(), text);
        }
    }

    private static String withTags(String label, List<String> tags) {
        return tags.isEmpty() ? label : label + " " + String.join(" ", tags);
    }

    /**
     * The topics of the export as Crossmap reads it, in order, with depths counted from the roadmaps'
     * branches ({@code centre}: the format has the title as a topic above them).
     */
    static List<Topic> readBack(String name, String text, boolean centre) {
        ImportResult r;
        try {
            r = new Importer().importBytes(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("the export does not read back: " + e.getMessage() + "\n" + text, e);
        }
        Roadmap map = r.roadmap();
        assertEquals(TITLE, map.title());
        List<Topic> out = new ArrayList<>();
        for (Topic t : map.topics()) {
            if (centre && t.depth() == 0) {
                assertEquals(TITLE, t.label());
                continue;
            }
            out.add(new Topic(t.id(), t.parent(), t.label(), t.sourceText(), t.line(), t.depth() - (centre ? 1 : 0),
                    t.meta(), t.checked(), t.note(), t.folded()));
        }
        return out;
    }
}
