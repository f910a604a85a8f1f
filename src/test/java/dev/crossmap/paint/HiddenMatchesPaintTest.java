package dev.crossmap.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.MindMapLayout;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Spacing;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Before the user steps to them, search matches inside folded branches show where they are: the fold handle
 * that hides them glows in the highlight colour and a pill beside it counts them, in the light and dark look.
 */
class HiddenMatchesPaintTest {
    private static final TopicId FOLDED = new TopicId("python");

    /** One roadmap with a folded branch "Python" (closures deep inside) and an open branch "Go". */
    private static MapGeometry map() {
        MapTree.Builder b = MapTree.builder("Crossmap");
        int road = b.add(0, "Backend", new TopicId("road"));
        int python = b.add(road, "Python", FOLDED);
        int functions = b.add(python, "Functions", new TopicId("functions"));
        b.add(functions, "Closures", new TopicId("closures"));
        b.add(functions, "Why closures work", new TopicId("why"));
        b.add(python, "Decorators", new TopicId("decorators"));
        int go = b.add(road, "Go", new TopicId("go"));
        b.add(go, "Closures in Go", new TopicId("goClosures"));
        return new MindMapLayout(b.build(), new RecordingCanvas.Mono(), Spacing.DEFAULT).layout(Set.of(FOLDED));
    }

    private static RecordingCanvas paint(MapStyle style, MapGeometry g, Set<TopicId> lit) {
        Viewport v = Viewport.of(1200, 800).fit(g.bounds(), 24);
        v = v.zoomTo(1, 600, 400);
        RecordingCanvas c = new RecordingCanvas();
        new MapPainter(style, new RecordingCanvas.Mono()).paint(c, g, v, new Marking(-1, lit, n -> TopicMarks.NONE), () -> { });
        return c;
    }

    /** The screen point just beyond the folded branch's box, where its handle is. */
    private static Point handleOf(MapGeometry g, TopicId id) {
        Viewport v = Viewport.of(1200, 800).fit(g.bounds(), 24).zoomTo(1, 600, 400);
        int n = g.node(id).orElseThrow();
        return v.toScreen(g.x(n) + g.width(n), g.y(n) + g.height(n) / 2);
    }

    private static void hiddenMatchesAreShownAtTheirFold(MapStyle style) {
        MapGeometry g = map();
        int highlight = style.palette().highlight();
        // Three matches: two hidden in the folded Python branch, one shown in Go.
        Set<TopicId> lit = Set.of(new TopicId("closures"), new TopicId("why"), new TopicId("goClosures"));
        RecordingCanvas c = paint(style, g, lit);
        Point handle = handleOf(g, FOLDED);
        List<RecordingCanvas.Shape> glows = c.shapes.stream().filter(s -> s.fill() == highlight
                && s.x() <= handle.x() + 2 && s.x() + s.w() > handle.x() + 4 && s.y() < handle.y() && s.y() + s.h() > handle.y())
                .toList();
        assertTrue(glows.size() >= 1, "the fold handle hiding matches glows in the highlight colour: " + c.shapes);
        List<RecordingCanvas.Text> counts = c.texts.stream().filter(t -> t.text().equals("2") && t.cx() > handle.x()).toList();
        assertEquals(1, counts.size(), "beside the handle, the two hidden matches are counted: " + c.texts);
        double ratio = Argb.contrast(counts.get(0).ink(), highlight);
        assertTrue(ratio >= 4.5, "the count reads on the highlight: " + ratio);

        RecordingCanvas none = paint(style, g, Set.of());
        assertTrue(none.shapes.stream().noneMatch(s -> s.fill() == highlight), "no search, no glow");
        assertTrue(none.texts.stream().noneMatch(t -> t.text().equals("2") && t.ink() == counts.get(0).ink()
                && Math.abs(t.cx() - counts.get(0).cx()) < 1), "and no count");

        RecordingCanvas shown = paint(style, g, Set.of(new TopicId("goClosures")));
        assertTrue(shown.shapes.stream().noneMatch(s -> s.fill() == highlight && s.x() <= handle.x() + 2
                && s.x() + s.w() > handle.x() + 4 && s.y() < handle.y() && s.y() + s.h() > handle.y()),
                "a fold that hides no match is not lit: the match in the open Go branch glows where it is");
    }

    @Test
    void zoomedFarOutTheSilhouettesHoldingMatchesAreOutlinedAndCounted() {
        MapGeometry g = map();
        for (MapStyle style : new MapStyle[] {MapStyle.LIGHT, MapStyle.DARK}) {
            MapPainter painter = new MapPainter(style, new RecordingCanvas.Mono());
            Viewport v = Viewport.of(1200, 800).fit(g.bounds(), 24);
            while (!painter.isOverview(v)) {
                v = v.zoomTo(v.scale() / 2, 600, 400);
            }
            Set<TopicId> lit = Set.of(new TopicId("closures"), new TopicId("why"), new TopicId("goClosures"));
            RecordingCanvas c = new RecordingCanvas();
            painter.paint(c, g, v, new Marking(-1, lit, n -> TopicMarks.NONE), () -> { });
            int highlight = style.palette().highlight();
            // Python (folded) holds two matches, Go's "Closures in Go" one
            assertEquals(List.of("1", "2"), c.texts.stream().filter(t -> c.shapes.stream().anyMatch(s -> s.fill() == highlight
                    && Math.abs(s.x() + s.w() / 2 - t.cx()) < 1)).map(RecordingCanvas.Text::text).sorted().toList(),
                    "each silhouette with matches counts them on a highlight pill: " + c.texts);
            assertEquals(2, c.shapes.stream().filter(s -> s.fill() == Argb.NONE && s.edge() != Argb.NONE).count(),
                    "and is outlined: " + c.shapes);
            RecordingCanvas none = new RecordingCanvas();
            painter.paint(none, g, v, Marking.NONE, () -> { });
            assertTrue(none.shapes.stream().noneMatch(s -> s.fill() == highlight), "no search, no marks");
        }
    }

    @Test
    void aFoldedBranchHidingMatchesGlowsAndCountsThemOnTheLightMap() {
        hiddenMatchesAreShownAtTheirFold(MapStyle.LIGHT);
    }

    @Test
    void aFoldedBranchHidingMatchesGlowsAndCountsThemOnTheDarkMap() {
        hiddenMatchesAreShownAtTheirFold(MapStyle.DARK);
    }
}
