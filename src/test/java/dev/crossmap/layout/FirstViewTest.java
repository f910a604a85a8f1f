package dev.crossmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.model.TopicId;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** A map opens readable: as many levels as fit with legible first-level topics, never a picture of bars. */
class FirstViewTest {
    /** The window's font sizes by depth (centre, roadmap, first level, deeper). */
    private static final IntToDoubleFunction FONT = d -> d == 0 ? 20 : d == 1 ? 16 : d == 2 ? 14 : 13;
    private static final double W = 1200;
    private static final double H = 800;

    /** {@code roadmaps} roadmaps, each with {@code first} topics of {@code second} children of {@code third}. */
    private static MindMapLayout map(int roadmaps, int first, int second, int third) {
        MapTree.Builder b = MapTree.builder("Crossmap");
        for (int r = 0; r < roadmaps; r++) {
            int road = b.add(0, "Roadmap " + r, new TopicId("r" + r));
            for (int i = 0; i < first; i++) {
                int t = b.add(road, "Topic " + r + "." + i, new TopicId("t" + r + "." + i));
                for (int j = 0; j < second; j++) {
                    int s = b.add(t, "Subtopic " + j, new TopicId("s" + r + "." + i + "." + j));
                    for (int k = 0; k < third; k++) {
                        b.add(s, "Detail " + k, new TopicId("d" + r + "." + i + "." + j + "." + k));
                    }
                }
            }
        }
        return new MindMapLayout(b.build(), new FakeMeasure(), Spacing.DEFAULT);
    }

    private static double firstLevelTextPx(Viewport v) {
        return v.scale() * FONT.applyAsDouble(2);
    }

    private static boolean onScreen(MapGeometry g, Viewport v, String topic) {
        Rect box = g.box(g.node(new TopicId(topic)).orElseThrow()).orElseThrow();
        Rect seen = v.visibleWorld();
        return box.x() >= seen.x() && box.y() >= seen.y() && box.x() + box.w() <= seen.x() + seen.w()
                && box.y() + box.h() <= seen.y() + seen.h();
    }

    @Test
    void aSmallMapOpensWhollyUnfoldedAndReadable() {
        MindMapLayout layout = map(2, 4, 2, 0);
        FirstView v = FirstView.opening(layout, W, H, 24, FONT);
        assertTrue(v.whole());
        assertEquals(0, v.folded(), "nothing needs folding");
        assertTrue(firstLevelTextPx(v.view()) >= FirstView.MIN_TEXT_PX);
    }

    @Test
    void aMediumMapFoldsDeeperLevelsUntilTheFirstLevelIsReadable() {
        MindMapLayout layout = map(5, 6, 8, 6);
        FirstView v = FirstView.opening(layout, W, H, 24, FONT);
        MapGeometry whole = new MindMapLayout(layout.tree(), new FakeMeasure(), Spacing.DEFAULT).layout(Set.of());
        assertTrue(firstLevelTextPx(Viewport.of(W, H).fit(whole.bounds(), 24)) < FirstView.MIN_TEXT_PX,
                "fitted whole, this map is unreadable (the case the first view exists for)");
        assertTrue(v.whole(), "the folded map fits the window");
        assertTrue(v.level() < FirstView.MAX_LEVEL && v.folded() > 0);
        assertTrue(firstLevelTextPx(v.view()) >= FirstView.MIN_TEXT_PX, "first-level labels are at least 11 px");
        assertEquals(v.folds(), layout.tree().foldsForLevel(v.level()));
    }

    @Test
    void aHugeMapShowsItsTopLevelReadableAroundTheCentre() {
        MindMapLayout layout = map(3, 400, 3, 0);
        FirstView v = FirstView.opening(layout, W, H, 24, FONT);
        assertEquals(1, v.level());
        assertFalse(v.whole(), "400 topics a roadmap cannot all be read at once");
        assertEquals(3 * 400 * 3, v.folded());
        assertEquals(FirstView.MIN_TEXT_PX, firstLevelTextPx(v.view()), 1e-9);
        MapGeometry g = layout.setFolded(v.folds());
        Rect centre = g.box(0).orElseThrow();
        assertTrue(v.view().visibleWorld().contains(centre.centre().x(), centre.centre().y()), "the centre is in view");
    }

    @Test
    void unfoldingAllOfABigMapStaysReadableAroundTheSelection() {
        MindMapLayout layout = map(4, 30, 10, 0);
        MapGeometry all = layout.setFolded(Set.of());
        Viewport window = Viewport.of(W, H);
        FirstView v = FirstView.refit(all, Set.of(), 9, window, 24, FONT, Optional.of(new TopicId("s2.17.4")));
        assertFalse(v.whole());
        assertTrue(firstLevelTextPx(v.view()) >= FirstView.MIN_TEXT_PX);
        assertTrue(onScreen(all, v.view(), "s2.17.4"), "the selected topic stays in view");
        FirstView small = FirstView.refit(map(1, 3, 2, 0).setFolded(Set.of()), Set.of(), 9, window, 24, FONT,
                Optional.empty());
        assertTrue(small.whole(), "a map that fits readably is shown whole");
    }
}
