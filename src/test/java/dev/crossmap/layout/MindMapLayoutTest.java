package dev.crossmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small maps built by hand, with coordinates worked out on paper. */
class MindMapLayoutTest {
    /** Boxes of exactly the sizes named here; no padding, level gap 10, sibling gap 6. */
    private static final Spacing GAPS = new Spacing(10, 6, 0, 0);
    private static final Map<String, Size> SIZES = Map.of(
            "C", new Size(40, 20), "A", new Size(30, 20), "B", new Size(30, 20),
            "a1", new Size(20, 10), "a2", new Size(20, 10), "b1", new Size(50, 30));
    private static final TextMeasure BY_NAME = (label, depth) -> SIZES.getOrDefault(label, new Size(20, 10));

    private static TopicId id(String s) {
        return new TopicId(s);
    }

    private static Rect box(MapGeometry g, String topic) {
        return g.box(g.tree().node(id(topic)).orElseThrow()).orElseThrow();
    }

    /** C - A - {a1, a2}; optionally C - B - b1. */
    private static MapTree sample(boolean withB) {
        MapTree.Builder b = MapTree.builder("C");
        int a = b.add(0, "A", id("A"));
        b.add(a, "a1", id("a1"));
        b.add(a, "a2", id("a2"));
        if (withB) {
            int bb = b.add(0, "B", id("B"));
            b.add(bb, "b1", id("b1"));
        }
        return b.build();
    }

    @Test
    void aRoadmapWithTwoTopicsSitsRightOfTheCentreWithItsTopicsStackedAndCentredOnIt() {
        MapGeometry g = new MindMapLayout(sample(false), BY_NAME, GAPS).layout(Set.of());
        assertEquals(new Rect(-20, -10, 40, 20), g.box(0).orElseThrow());
        // A: one level gap right of the centre, level with it.
        assertEquals(new Rect(30, -10, 30, 20), box(g, "A"));
        // a1 above a2, a sibling gap apart (a1 bottom -3, a2 top 3), both centred on A's middle (y = 0).
        assertEquals(new Rect(70, -13, 20, 10), box(g, "a1"));
        assertEquals(new Rect(70, 3, 20, 10), box(g, "a2"));
        assertEquals(Side.RIGHT, g.side(g.tree().node(id("a2")).orElseThrow()));
        assertEquals(List.of(), LayoutChecks.all(g));
    }

    @Test
    void aSecondRoadmapOfTheSameWeightGoesLeftAndGrowsLeftwards() {
        MapGeometry g = new MindMapLayout(sample(true), BY_NAME, GAPS).layout(Set.of());
        assertEquals(new Rect(30, -10, 30, 20), box(g, "A"));
        // B ends a level gap left of the centre's left edge (-20); b1 a level gap left of B.
        assertEquals(new Rect(-60, -10, 30, 20), box(g, "B"));
        assertEquals(new Rect(-120, -15, 50, 30), box(g, "b1"));
        assertEquals(Side.LEFT, g.side(g.tree().node(id("b1")).orElseThrow()));
        assertEquals(List.of(), LayoutChecks.all(g));
    }

    @Test
    void theBranchLeavesTheParentsFacingEdgeAndEntersTheChildsFacingEdgeAtTheirMiddles() {
        MapGeometry g = new MindMapLayout(sample(true), BY_NAME, GAPS).layout(Set.of());
        Branch toA1 = g.branchTo(g.tree().node(id("a1")).orElseThrow()).orElseThrow();
        assertEquals(new Branch(60, 0, 70, -8), toA1);
        assertEquals(new Point(65, 0), toA1.control1());
        assertEquals(new Point(65, -8), toA1.control2());
        Branch toB = g.branchTo(g.tree().node(id("B")).orElseThrow()).orElseThrow();
        assertEquals(new Branch(-20, 0, -30, 0), toB);
        assertTrue(g.branchTo(0).isEmpty(), "the centre has no branch into it");
    }

    @Test
    void foldingATopicHidesItsSubtreeAndSaysHowManyTopicsItHides() {
        MindMapLayout layout = new MindMapLayout(sample(true), BY_NAME, GAPS);
        layout.layout(Set.of());
        MapGeometry g = layout.setFolded(id("A"), true);
        int a = g.tree().node(id("A")).orElseThrow();
        assertTrue(g.isFolded(a));
        assertEquals(2, g.hiddenCount(a));
        assertTrue(g.box(g.tree().node(id("a1")).orElseThrow()).isEmpty());
        assertTrue(g.node(id("a2")).isEmpty());
        assertEquals(6 - 2, g.visibleCount());
        // Folded, A is a leaf: level with the centre again.
        assertEquals(new Rect(30, -10, 30, 20), box(g, "A"));
        assertEquals(List.of(), LayoutChecks.all(g));
        MapGeometry back = layout.setFolded(id("A"), false);
        assertEquals(new Rect(70, -13, 20, 10), box(back, "a1"));
        assertEquals(0, back.hiddenCount(a));
    }

    @Test
    void theCentreCannotBeFoldedAndUnknownTopicsAreIgnored() {
        MindMapLayout layout = new MindMapLayout(sample(false), BY_NAME, GAPS);
        MapGeometry g = layout.layout(Set.of(MapTree.CENTRE_ID, id("no such topic")));
        assertEquals(4, g.visibleCount());
        assertFalse(g.isFolded(0));
    }

    @Test
    void aHundredThousandDeepChainIsLaidOutWithoutRecursionInAStraightLine() {
        int depth = 100_000;
        MapTree.Builder b = MapTree.builder("C");
        int prev = 0;
        for (int i = 0; i < depth; i++) {
            prev = b.add(prev, "n" + i, id("n" + i));
        }
        MapTree tree = b.build();
        MindMapLayout layout = new MindMapLayout(tree, BY_NAME, GAPS);
        MapGeometry g = layout.layout(Set.of());
        assertEquals(depth + 1, g.visibleCount());
        int deepest = tree.node(id("n" + (depth - 1))).orElseThrow();
        // Every box is 20 x 10 (the default) and each is a level gap beyond the last: 30 units a step.
        assertEquals(new Rect(20 + 10 + 30.0 * (depth - 1), -5, 20, 10), g.box(deepest).orElseThrow());
        MapGeometry folded = layout.setFolded(id("n50000"), true);
        assertEquals(depth - 50_000 - 1, folded.hiddenCount(tree.node(id("n50000")).orElseThrow()));
    }

    @Test
    void tenThousandSiblingsStackOneSiblingGapApartAroundTheirParent() {
        MapTree.Builder b = MapTree.builder("C");
        int r = b.add(0, "R", id("R"));
        for (int i = 0; i < 10_000; i++) {
            b.add(r, "k" + i, id("k" + i));
        }
        MapGeometry g = new MindMapLayout(b.build(), BY_NAME, GAPS).layout(Set.of());
        Rect first = box(g, "k0");
        Rect last = box(g, "k9999");
        assertEquals(9_999 * 16.0, last.y() - first.y(), 1e-6);
        assertEquals(0, (first.y() + last.bottom()) / 2, 1e-6, "centred on the roadmap, which is level with the centre");
        assertEquals(List.of(), LayoutChecks.parentsCentred(g));
        assertEquals(List.of(), LayoutChecks.siblingOrder(g));
    }

    @Test
    void aSmallSubtreeBetweenTwoTallOnesIsSpacedEvenlyNotPressedAgainstTheFirst() {
        // R - {x - {x1..x6}, y, z - {z1..z6}}: y sits between two wide fans; van der Ploeg spreads it.
        MapTree.Builder b = MapTree.builder("C");
        int r = b.add(0, "R", id("R"));
        int x = b.add(r, "x", id("x"));
        for (int i = 0; i < 6; i++) {
            b.add(x, "x" + i, id("x" + i));
        }
        b.add(r, "y", id("y"));
        int z = b.add(r, "z", id("z"));
        for (int i = 0; i < 6; i++) {
            b.add(z, "z" + i, id("z" + i));
        }
        MapGeometry g = new MindMapLayout(b.build(), BY_NAME, GAPS).layout(Set.of());
        double above = box(g, "y").y() - box(g, "x").bottom();
        double below = box(g, "z").y() - box(g, "y").bottom();
        assertEquals(above, below, 1e-6, "the middle sibling is as far from the one above as from the one below");
        assertTrue(above > GAPS.siblingGap(), "and the fans pushed them apart: " + above);
        assertEquals(List.of(), LayoutChecks.all(g));
    }

    @Test
    void onALargeMapTheIndexFindsExactlyWhatAFullScanFinds() {
        // 20,000 topics: enough that the grid has to coarsen its cells (the small property-test maps never do).
        java.util.Random rnd = new java.util.Random(5);
        MapTree.Builder b = MapTree.builder("C");
        int nodes = 1;
        for (int i = 0; i < 20_000; i++) {
            // Half the topics continue a chain: a deep, sparse map, far wider than a grid of box-sized cells allows.
            int parent = i < 4 ? 0 : rnd.nextBoolean() ? nodes - 1 : 1 + rnd.nextInt(nodes - 1);
            b.add(parent, "t" + i + " " + "x".repeat(rnd.nextInt(50)), id("t" + i));
            nodes++;
        }
        MapGeometry g = new MindMapLayout(b.build(), new FakeMeasure(), Spacing.DEFAULT).layout(Set.of());
        Rect all = g.bounds();
        for (int q = 0; q < 40; q++) {
            Rect area = new Rect(all.x() + rnd.nextDouble() * all.w(), all.y() + rnd.nextDouble() * all.h(),
                    rnd.nextDouble() * 3000, rnd.nextDouble() * 3000);
            java.util.List<Integer> scan = new java.util.ArrayList<>();
            for (int v : g.visibleNodes()) {
                if (area.intersects(g.box(v).orElseThrow())) {
                    scan.add(v);
                }
            }
            int[] found = g.nodesIn(area);
            java.util.Arrays.sort(found);
            assertEquals(scan, java.util.Arrays.stream(found).boxed().toList(), "area " + area);
        }
        int[] everything = g.nodesIn(all);
        assertEquals(g.visibleCount(), everything.length);
    }
}
