package dev.crossmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Annotation;
import dev.crossmap.model.Atlas;
import dev.crossmap.model.Progress;
import dev.crossmap.model.Roadmap;
import dev.crossmap.outline.Importer;
import dev.crossmap.overlap.Atlases;
import dev.crossmap.overlap.CurriculumItem;
import dev.crossmap.overlap.MergedCurriculum;
import dev.crossmap.document.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The merged curriculum as nested Markdown bullets. */
class CurriculumMarkdownTest {
    @Test
    void eachItemSaysWhichRoadmapsTeachIt() throws Exception {
        Atlas atlas = Atlases.bundled();
        MergedCurriculum m = MergedCurriculum.of(atlas);
        String md = CurriculumMarkdown.of(m, Optional.empty(), "Merged curriculum");
        assertTrue(md.startsWith("# Merged curriculum\n\n- "), md.substring(0, 80));
        assertTrue(md.contains("- Idempotency _(5 places: senior-backend-study-path.md ×2, python-backend-master-tree.md ×2, "
                + "backend-engineering-mastery.md)_\n"), md);
        assertTrue(md.contains("- Stack frames _(senior-backend-study-path.md)_\n"), "a lone topic names its roadmap");
        assertEquals(m.size(), md.lines().filter(l -> l.stripLeading().startsWith("- ")).count());
    }

    @Test
    void theBulletsNestAsTheCurriculumDoes() throws Exception {
        MergedCurriculum m = MergedCurriculum.of(Atlases.bundled());
        String md = CurriculumMarkdown.of(m, Optional.empty(), "Merged curriculum");
        Roadmap back = new Importer().importBytes("merged.md", md.getBytes(StandardCharsets.UTF_8)).roadmap();
        List<MergedCurriculum.Line> lines = m.lines();
        assertEquals(lines.size() + 1, back.size(), "the items and the title");
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i).depth() + 1, back.topics().get(i + 1).depth(), back.topics().get(i + 1).label());
            CurriculumItem item = lines.get(i).item();
            String sources = (item.places() > 1 ? item.places() + " places: " : "") + CurriculumMarkdown.sources(item);
            assertEquals(item.label() + " (" + sources + ")", back.topics().get(i + 1).label(),
                    "the reader undoes the escaping: labels come back as written");
        }
    }

    @Test
    void markupInALabelIsEscapedSoItShowsAsWritten() {
        assertEquals("\\*args and \\*\\*kwargs", CurriculumMarkdown.escape("*args and **kwargs"));
        assertEquals("1\\. Intro", CurriculumMarkdown.escape("1. Intro"));
        assertEquals("\\# not a heading", CurriculumMarkdown.escape("# not a heading"));
        assertEquals("\\- dash", CurriculumMarkdown.escape("- dash"));
        assertEquals("snake\\_case \\[link\\](x) \\<b\\> Q\\&A \\`code\\`", CurriculumMarkdown.escape("snake_case [link](x) <b> Q&A `code`"));
        assertEquals("HTTP/2 vs HTTP/3", CurriculumMarkdown.escape("HTTP/2 vs HTTP/3"));
    }

    @Test
    void withAWorkspaceProgressFollowsAndNotesAreQuotedUnderTheItem() throws Exception {
        Atlas atlas = Atlases.bundled();
        MergedCurriculum m = MergedCurriculum.of(atlas);
        Workspace ws = new Workspace(atlas.roadmaps());
        CurriculumItem idem = m.itemOf(Atlases.concept(atlas, "idempotency").members().get(0).vertex()).orElseThrow();
        ws.setAnnotation(idem.topics().get(4), new Annotation("Use keys.\n\nStore responses.", Progress.LEARNING, new TreeSet<>()));
        String md = CurriculumMarkdown.of(m, Optional.of(ws), "Plan");
        int depth = m.lines().stream().filter(l -> l.item() == idem).findFirst().orElseThrow().depth();
        String pad = "  ".repeat(depth);
        assertTrue(md.contains(pad + "- Idempotency _(5 places: senior-backend-study-path.md ×2, python-backend-master-tree.md ×2, "
                + "backend-engineering-mastery.md)_ · learning\n"
                + pad + "  > Use keys.\n" + pad + "  >\n" + pad + "  > Store responses.\n"
                + pad + "  > — _backend-engineering-mastery.md_\n"), md);
    }
}
