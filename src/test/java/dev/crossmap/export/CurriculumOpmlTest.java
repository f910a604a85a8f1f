package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import dev.crossmap.outline.OutlineBuilder;
import dev.crossmap.outline.SourceText;
import dev.crossmap.overlap.Atlases;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.document.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The merged curriculum as OPML 2.0, read back by Crossmap's own OPML reader. */
class CurriculumOpmlTest {
    private static Roadmap reimport(String opml) throws Exception {
        ImportResult r = new Importer().importBytes("merged.opml", opml.getBytes(StandardCharsets.UTF_8));
        assertEquals("opml", r.roadmap().format());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        return r.roadmap();
    }

    /** Reads back to the same tree: the same labels at the same depths, in the same order. */
    private static void assertSameTree(MergedCurriculum m, Roadmap back) {
        List<MergedCurriculum.Line> lines = m.lines();
        assertEquals(lines.size(), back.size());
        for (int i = 0; i < lines.size(); i++) {
            Topic t = back.topics().get(i);
            assertEquals(lines.get(i).item().label(), t.label(), "line " + i);
            assertEquals(lines.get(i).depth(), t.depth(), t.label());
        }
    }

    @Test
    void theBundledCurriculumRoundTripsThroughTheOpmlReader() throws Exception {
        MergedCurriculum m = MergedCurriculum.of(Atlases.bundled());
        String opml = CurriculumOpml.of(m, Optional.empty(), "Merged curriculum");
        assertTrue(opml.contains("<outline text=\"Idempotency\" roadmaps=\"senior-backend-study-path.md ×2, "
                + "python-backend-master-tree.md ×2, backend-engineering-mastery.md\" places=\"5\""), opml);
        Roadmap back = reimport(opml);
        assertEquals("Merged curriculum", back.title());
        assertSameTree(m, back);
    }

    @Test
    void notesAndProgressGoIntoTheOutline() throws Exception {
        Atlas atlas = Atlases.bundled();
        MergedCurriculum m = MergedCurriculum.of(atlas);
        Workspace ws = new Workspace(atlas.roadmaps());
        CurriculumItem idem = m.itemOf(Atlases.concept(atlas, "idempotency").members().get(0).vertex()).orElseThrow();
        ws.setAnnotation(idem.topics().get(0), new Annotation("Keys & \"retries\"\n<b>safe</b>", Progress.DONE, new TreeSet<>()));
        ws.setAnnotation(idem.topics().get(3), new Annotation("PUT\tDELETE", Progress.NOT_STARTED, new TreeSet<>()));
        String opml = CurriculumOpml.of(m, Optional.of(ws), "Plan");
        assertTrue(opml.contains("progress=\"done\""), opml);
        Roadmap back = reimport(opml);
        assertSameTree(m, back);
        Topic idemBack = back.topics().stream().filter(t -> t.label().equals("Idempotency")).findFirst().orElseThrow();
        assertEquals("senior-backend-study-path.md: Keys & \"retries\"\n<b>safe</b>\n\n"
                + "python-backend-master-tree.md: PUT\tDELETE", idemBack.note());
    }

    @Property(tries = 300)
    void anyLabelReadsBackAsWritten(@ForAll("labels") List<String> labels) throws Exception {
        OutlineBuilder b = new OutlineBuilder("odd.md");
        int parent = OutlineBuilder.ROOT;
        for (int i = 0; i < labels.size(); i++) {
            int t = b.add(parent, labels.get(i), labels.get(i), i + 1);
            parent = i % 3 == 2 ? OutlineBuilder.ROOT : t;
        }
        Roadmap r = b.build("odd.md", "markdown", new SourceText("odd.md", "", List.of())).roadmap();
        MergedCurriculum m = MergedCurriculum.of(Atlas.of(List.of(r)));
        Roadmap back = reimport(CurriculumOpml.of(m, Optional.empty(), "odd <&> \"title\""));
        assertEquals("odd <&> \"title\"", back.title());
        List<MergedCurriculum.Line> lines = m.lines();
        assertEquals(lines.size(), back.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(readable(lines.get(i).item().label()), back.topics().get(i).label());
        }
    }

    /** What XML can carry of a label, on one line: characters XML 1.0 forbids are dropped, spaces collapsed. */
    private static String readable(String label) {
        StringBuilder sb = new StringBuilder();
        label.codePoints().filter(c -> c == 9 || c == 10 || c == 13 || c >= 0x20 && c < 0xD800
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000).forEach(sb::appendCodePoint);
        return sb.toString().replaceAll("[\\s\u00A0]+", " ").strip();
    }

    @Provide
    Arbitrary<List<String>> labels() {
        Arbitrary<String> label = Arbitraries.oneOf(
                Arbitraries.strings().withChars("<>&;#x\"'ab /!\u0001\u00e9\t").ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("a <b> c", "AT&T;", "&amp;", "&lt;i&gt;", "<!-- no -->", "Q&A", "x < y", "<br/>",
                        "&#65;", "emoji \uD83D\uDE80", "lone \uD800 surrogate"));
        return label.filter(s -> !readable(s).isEmpty()).list().ofMinSize(1).ofMaxSize(6);
    }
}
