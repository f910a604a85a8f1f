package dev.crossmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Zoom and pan as a user feels them: the point under the cursor stays put, zoom stops at its bounds. */
class ViewportTest {
    private static final double EPS = 1e-9;

    @Test
    void aNewViewShowsTheCentreInTheMiddleAtZoomOne() {
        Viewport v = Viewport.of(1600, 1000);
        assertEquals(new Rect(-800, -500, 1600, 1000), v.visibleWorld());
        assertEquals(new Point(800, 500), v.toScreen(0, 0));
    }

    @Test
    void zoomingInTwiceAroundTheCursorHalvesTheVisibleAreaAndKeepsThePointUnderTheCursor() {
        Viewport v = Viewport.of(1600, 1000).zoomAround(1200, 250, 2);
        assertEquals(2, v.scale(), EPS);
        // The world point (400, -250) was under (1200, 250) and still is.
        assertEquals(new Point(1200, 250), v.toScreen(400, -250));
        assertEquals(new Rect(-200, -375, 800, 500), v.visibleWorld());
    }

    @Test
    void zoomStopsAtItsBounds() {
        Viewport v = Viewport.of(800, 600);
        assertEquals(8, v.zoomAround(0, 0, 1000).scale(), EPS);
        assertEquals(0.02, v.zoomAround(0, 0, 1e-6).scale(), EPS);
        assertEquals(0.5, v.withZoomBounds(0.1, 0.5).scale(), EPS);
        assertThrows(IllegalArgumentException.class, () -> new Viewport(1, 0, 0, 10, 10, 0, 1));
    }

    @Test
    void zoomToFitShowsTheWholeRectangleCentredWithItsMargin() {
        Viewport v = Viewport.of(1600, 1000).fit(new Rect(1000, 0, 4000, 1000), 50);
        // Width decides: (1600 - 100) / 4000.
        assertEquals(0.375, v.scale(), EPS);
        assertEquals(new Point(50, 312.5), v.toScreen(1000, 0));
        assertEquals(new Point(1550, 687.5), v.toScreen(5000, 1000));
    }

    @Test
    void draggingMovesTheMapWithTheMouseAndResizingKeepsTheMiddle() {
        Viewport v = Viewport.of(1600, 1000).panBy(100, -40);
        assertEquals(new Point(900, 460), v.toScreen(0, 0));
        Viewport bigger = v.resize(2000, 1200);
        assertEquals(v.toWorld(800, 500), bigger.toWorld(1000, 600));
        Viewport centred = v.zoomAround(0, 0, 3).centreOn(10, 20);
        assertEquals(new Point(800, 500), centred.toScreen(10, 20));
    }

    @Property
    void theWorldPointUnderTheCursorStaysPutWhileTheZoomIsWithinBounds(
            @ForAll @DoubleRange(min = 0, max = 1600) double sx, @ForAll @DoubleRange(min = 0, max = 1000) double sy,
            @ForAll @DoubleRange(min = 0.05, max = 4) double start, @ForAll @DoubleRange(min = 0.1, max = 10) double factor) {
        Viewport v = Viewport.of(1600, 1000).zoomTo(start, 300, 200);
        Point before = v.toWorld(sx, sy);
        Viewport z = v.zoomAround(sx, sy, factor);
        Point after = z.toWorld(sx, sy);
        assertEquals(before.x(), after.x(), 1e-6 * (1 + Math.abs(before.x())));
        assertEquals(before.y(), after.y(), 1e-6 * (1 + Math.abs(before.y())));
        assertTrue(z.scale() >= z.minScale() && z.scale() <= z.maxScale());
        Rect seen = z.visibleWorld();
        assertTrue(seen.inflate(1e-6 * (1 + Math.abs(after.x()) + Math.abs(after.y()))).contains(after.x(), after.y()));
    }
}
