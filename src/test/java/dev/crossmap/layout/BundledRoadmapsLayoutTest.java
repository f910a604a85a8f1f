package dev.crossmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.Roadmap;
import dev.crossmap.model.Topic;
import dev.crossmap.outline.ImportResult;
import dev.crossmap.outline.Importer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five roadmaps a user sees on first start, laid out as one mind map. */
class BundledRoadmapsLayoutTest {
    private static List<Roadmap> roadmaps;
    private static MapTree tree;

    @BeforeAll
    static void importTheBundledRoadmaps() throws Exception {
        roadmaps = new Importer().importBundled().stream().map(ImportResult::roadmap).toList();
        tree = MapTree.of("Crossmap", roadmaps);
    }

    private static Topic topic(String roadmapName, String label) {
        Roadmap r = roadmaps.stream().filter(x -> x.name().equals(roadmapName)).findFirst().orElseThrow();
        return r.topics().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theTreeHoldsTheCentreEveryRoadmapAndEveryTopicInSourceOrder() {
        int topics = roadmaps.stream().mapToInt(Roadmap::size).sum();
        assertEquals(1 + roadmaps.size() + topics, tree.size());
        assertEquals(5, tree.roadmapCount());
        int first = tree.firstChild(0);
        assertEquals(roadmaps.get(0).title(), tree.label(first));
        assertEquals(MapTree.roadmapId(roadmaps.get(0)), tree.id(first));
        // senior-backend-study-path.md line 3 is "## Phase 1", line 4 its first child "### Python execution model".
        Topic phase1 = topic("senior-backend-study-path.md", "Phase 1: Python Language Mastery");
        int node = tree.node(phase1.id()).orElseThrow();
        assertEquals("Python execution model", tree.label(tree.firstChild(node)));
        assertEquals(0, tree.roadmapIndex(node));
    }

    @Test
    void theWholeMapKeepsEveryLayoutPromise() {
        MapGeometry g = new MindMapLayout(tree, new FakeMeasure(), Spacing.DEFAULT).layout(Set.of());
        assertEquals(tree.size(), g.visibleCount());
        assertEquals(List.of(), LayoutChecks.all(g));
        long right = g.tree().size() == 0 ? 0 : java.util.stream.IntStream.range(0, tree.size())
                .filter(v -> g.side(v) == Side.RIGHT).count();
        assertTrue(right > 0 && right < tree.size() - 1, "both sides of the centre are used: " + right);
    }

    @Test
    void foldingPhaseOneHidesItsTopicsAndTheRestStillFits() {
        Topic phase1 = topic("senior-backend-study-path.md", "Phase 1: Python Language Mastery");
        MindMapLayout layout = new MindMapLayout(tree, new FakeMeasure(), Spacing.DEFAULT);
        layout.layout(Set.of());
        MapGeometry g = layout.setFolded(phase1.id(), true);
        int node = tree.node(phase1.id()).orElseThrow();
        int hidden = tree.subtreeSize(node) - 1;
        assertTrue(hidden > 10, "phase 1 has many topics: " + hidden);
        assertEquals(hidden, g.hiddenCount(node));
        assertEquals(tree.size() - hidden, g.visibleCount());
        assertEquals(List.of(), LayoutChecks.all(g));
    }
}
