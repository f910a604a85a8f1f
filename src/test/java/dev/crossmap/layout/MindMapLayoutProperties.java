package dev.crossmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.TopicId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The layout's promises over random shapes, label sizes and fold sets. */
class MindMapLayoutProperties {
    private static final Spacing GAPS = new Spacing(24, 6, 8, 4);

    @Provide
    Arbitrary<RandomMap> maps() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 7),
                Arbitraries.integers().between(0, 999).list().ofMaxSize(120),
                Arbitraries.integers().between(0, 75).list().ofMinSize(1).ofMaxSize(25),
                Arbitraries.integers().between(0, 130).set().ofMaxSize(12)).as(RandomMap::new);
    }

    private static MapGeometry layOut(RandomMap m) {
        return new MindMapLayout(m.tree(), new FakeMeasure(), GAPS).layout(m.folded());
    }

    @Property(tries = 300)
    void noTwoBoxesComeCloserThanTheGaps(@ForAll("maps") RandomMap m) {
        assertEquals(List.of(), LayoutChecks.overlaps(layOut(m)));
    }

    @Property(tries = 300)
    void everyChildIsOnItsParentsSideOneLevelGapBeyondIt(@ForAll("maps") RandomMap m) {
        assertEquals(List.of(), LayoutChecks.childrenBesideParents(layOut(m)));
    }

    @Property(tries = 300)
    void everyParentIsCentredOnItsChildrensSpan(@ForAll("maps") RandomMap m) {
        assertEquals(List.of(), LayoutChecks.parentsCentred(layOut(m)));
    }

    @Property(tries = 300)
    void siblingsKeepTheirOrderTopToBottom(@ForAll("maps") RandomMap m) {
        assertEquals(List.of(), LayoutChecks.siblingOrder(layOut(m)));
    }

    @Property(tries = 300)
    void theSidesAreBalancedWithinOneRoadmap(@ForAll("maps") RandomMap m) {
        assertEquals(List.of(), LayoutChecks.balance(layOut(m)));
    }

    @Property(tries = 200)
    void theSameInputGivesTheSameLayout(@ForAll("maps") RandomMap m) {
        assertEquals(RandomMap.picture(layOut(m)), RandomMap.picture(layOut(m)));
    }

    @Property(tries = 300)
    void aFoldedTopicHidesExactlyItsSubtreeAndCountsIt(@ForAll("maps") RandomMap m) {
        MapGeometry g = layOut(m);
        MapTree t = g.tree();
        Set<TopicId> folded = m.folded();
        for (int v = 0; v < t.size(); v++) {
            boolean underFold = false;
            for (int a = t.parent(v); a >= 0; a = t.parent(a)) {
                underFold |= folded.contains(t.id(a)) && a != 0;
            }
            assertEquals(!underFold, g.isVisible(v), t.id(v) + " visible");
            boolean foldedHere = folded.contains(t.id(v)) && v != 0;
            assertEquals(foldedHere && !underFold ? t.subtreeSize(v) - 1 : 0, g.hiddenCount(v), t.id(v) + " hides");
        }
    }

    @Property(tries = 200)
    void foldingStepByStepGivesExactlyTheLayoutOfAFreshStart(@ForAll("maps") RandomMap m,
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 130) Integer> toggles) {
        MapTree tree = m.tree();
        MindMapLayout incremental = new MindMapLayout(tree, new FakeMeasure(), GAPS);
        incremental.layout(m.folded());
        Set<TopicId> now = new HashSet<>(m.folded());
        for (int pick : toggles) {
            if (pick >= m.nodes()) {
                continue;
            }
            TopicId id = m.id(pick);
            boolean fold = !now.contains(id);
            if (fold) {
                now.add(id);
            } else {
                now.remove(id);
            }
            MapGeometry step = incremental.setFolded(id, fold);
            MapGeometry fresh = new MindMapLayout(tree, new FakeMeasure(), GAPS).layout(now);
            assertEquals(RandomMap.picture(fresh), RandomMap.picture(step), "after toggling " + id);
        }
    }

    @Property(tries = 100)
    void changingManyFoldsAtOnceGivesTheLayoutOfAFreshStart(@ForAll("maps") RandomMap m,
            @ForAll @Size(max = 20) Set<@IntRange(min = 0, max = 130) Integer> next) {
        MapTree tree = m.tree();
        MindMapLayout incremental = new MindMapLayout(tree, new FakeMeasure(), GAPS);
        incremental.layout(m.folded());
        MapGeometry step = incremental.setFolded(m.ids(next));
        MapGeometry fresh = new MindMapLayout(tree, new FakeMeasure(), GAPS).layout(m.ids(next));
        assertEquals(RandomMap.picture(fresh), RandomMap.picture(step));
        assertEquals(List.of(), LayoutChecks.all(step));
    }

    @Property(tries = 200)
    void theIndexFindsExactlyTheBoxesInAnArea(@ForAll("maps") RandomMap m,
            @ForAll @DoubleRange(min = -0.2, max = 1.2) double fx, @ForAll @DoubleRange(min = -0.2, max = 1.2) double fy,
            @ForAll @DoubleRange(min = 0, max = 0.8) double fw, @ForAll @DoubleRange(min = 0, max = 0.8) double fh) {
        MapGeometry g = layOut(m);
        Rect b = g.bounds();
        Rect area = new Rect(b.x() + fx * b.w(), b.y() + fy * b.h(), fw * b.w(), fh * b.h());
        List<Integer> expected = new ArrayList<>();
        for (int v : g.visibleNodes()) {
            if (area.intersects(g.box(v).orElseThrow())) {
                expected.add(v);
            }
        }
        int[] found = g.nodesIn(area);
        Arrays.sort(found);
        assertEquals(expected, Arrays.stream(found).boxed().toList());
        for (int v : g.visibleNodes()) {
            Rect box = g.box(v).orElseThrow();
            assertEquals(v, g.nodeAt(box.centre().x(), box.centre().y()).orElseThrow(), "hit test in the middle of a box");
        }
    }

    @Property(tries = 100)
    void everyBranchCrossingAnAreaBelongsToANodeTheIndexOffersForDrawing(@ForAll("maps") RandomMap m,
            @ForAll @DoubleRange(min = 0, max = 1) double fx, @ForAll @DoubleRange(min = 0, max = 1) double fy) {
        MapGeometry g = layOut(m);
        Rect b = g.bounds();
        Rect area = new Rect(b.x() + fx * b.w(), b.y() + fy * b.h(), 100, 60);
        Set<Integer> drawn = new HashSet<>();
        g.forEachDrawnIn(area, drawn::add);
        for (int v : g.visibleNodes()) {
            boolean boxShows = area.intersects(g.box(v).orElseThrow());
            boolean branchShows = g.branchTo(v).map(br -> area.intersects(br.bounds())).orElse(false);
            if (boxShows) {
                assertTrue(drawn.contains(v), "box of " + v);
            }
            if (branchShows) {
                assertTrue(drawn.contains(g.tree().parent(v)), "branch into " + v + " is drawn with its parent");
            }
        }
    }

    @Property(tries = 150)
    void theFarZoomOverviewOffersTheShallowNodesWhoseSubtreesMeetTheArea(@ForAll("maps") RandomMap m,
            @ForAll @DoubleRange(min = 0, max = 1) double fx, @ForAll @DoubleRange(min = 0, max = 1) double fy) {
        MapGeometry g = layOut(m);
        Rect b = g.bounds();
        Rect area = new Rect(b.x() + fx * b.w(), b.y() + fy * b.h(), b.w() / 5, b.h() / 5);
        Set<Integer> offered = new HashSet<>();
        g.forEachOverviewIn(area, offered::add);
        Set<Integer> expected = new HashSet<>();
        MapTree t = g.tree();
        for (int v : g.visibleNodes()) {
            Rect sub = g.subtreeBounds(v).orElseThrow();
            for (int c = g.isFolded(v) ? -1 : t.firstChild(v); c >= 0; c = t.nextSibling(c)) {
                Rect inner = g.subtreeBounds(c).orElseThrow();
                assertTrue(sub.x() <= inner.x() && sub.y() <= inner.y() && sub.right() >= inner.right()
                        && sub.bottom() >= inner.bottom(), "a subtree's bounds hold its children's");
            }
            if (t.depth(v) <= MapGeometry.OVERVIEW_DEPTH && area.intersects(sub)) {
                expected.add(v);
            }
        }
        assertEquals(expected, offered);
    }
}
