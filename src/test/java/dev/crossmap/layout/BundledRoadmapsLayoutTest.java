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
        // Four roadmaps have one "# Title" heading holding everything: it becomes the roadmap's node.
        long titledByTheirHeading = roadmaps.stream().filter(r -> r.roots().size() == 1).count();
        assertEquals(4, titledByTheirHeading);
        assertEquals(1 + roadmaps.size() + topics - titledByTheirHeading, tree.size());
        assertEquals(5, tree.roadmapCount());
        int first = tree.roadmapNode(0);
        assertEquals("GPT Roadmap: Senior Backend Developer Study Path", tree.label(first));
        assertEquals(roadmaps.get(0).roots().get(0).id(), tree.id(first));
        // python-backend-developer-roadmap.md has two top-level topics, so its node is the roadmap's own.
        int index = Importer.BUNDLED.indexOf("python-backend-developer-roadmap.md");
        int own = tree.roadmapNode(index);
        assertEquals(MapTree.roadmapId(roadmaps.get(index)), tree.id(own));
        assertEquals("Backend Developer Roadmap", tree.label(own));
        assertEquals(2, java.util.stream.IntStream.range(0, tree.size()).filter(v -> tree.parent(v) == own).count());
        assertEquals(-1, tree.roadmapNode(5));
        // senior-backend-study-path.md line 3 is "## Phase 1", line 4 its first child "### Python execution model".
        Topic phase1 = topic("senior-backend-study-path.md", "Phase 1: Python Language Mastery");
        int node = tree.node(phase1.id()).orElseThrow();
        assertEquals("Python execution model", tree.label(tree.firstChild(node)));
        assertEquals(0, tree.roadmapIndex(node));
        assertEquals(first, tree.parent(node));
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

    @Test
    void unfoldingToLevelOneShowsTheRoadmapsAndTheirTopLevelTopicsOnly() {
        MapGeometry g = new MindMapLayout(tree, new FakeMeasure(), Spacing.DEFAULT).layout(tree.foldsForLevel(1));
        int expected = 1;
        for (int v = 1; v < tree.size(); v++) {
            expected += tree.depth(v) <= 2 ? 1 : 0;
        }
        assertEquals(expected, g.visibleCount());
        Topic phase1 = topic("senior-backend-study-path.md", "Phase 1: Python Language Mastery");
        int node = tree.node(phase1.id()).orElseThrow();
        assertTrue(g.isVisible(node) && g.isFolded(node));
        assertEquals(tree.subtreeSize(node) - 1, g.hiddenCount(node));
        assertEquals(List.of(), LayoutChecks.all(g));
        MapGeometry two = new MindMapLayout(tree, new FakeMeasure(), Spacing.DEFAULT).layout(tree.foldsForLevel(2));
        assertTrue(two.isVisible(tree.firstChild(node)) && two.isFolded(tree.firstChild(node)),
                "level 2 shows phase 1's sections, folded");
    }
}
