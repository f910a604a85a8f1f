package dev.crossmap.ui;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import java.util.Arrays;
import java.util.Optional;

/**
 * The in-between frames of a fold or unfold: where each topic is drawn part way from the old map to the new
 * one. Topics on both maps slide from their old screen place to their new one; topics that appear grow out
 * of the edge of their nearest ancestor on both maps (the folded topic, for a single fold) and topics that
 * disappear shrink into it. Places are in the new map's world, drawn through the new viewport: the old
 * map is shifted by the pan the fold made, so a topic the fold kept still on screen (the clicked one) stays
 * exactly still throughout. Only topics that can cross the window during the transition are listed, found
 * once when it starts, so each frame costs what it draws.
 */
final class FoldTransition {
    /** More appearing or disappearing topics than this are not animated: the change is shown at once. */
    static final int MAX_CHANGED = 2_000;
    /** More topics than this crossing the window are not animated either: frames would be slow. */
    static final int MAX_DRAWN = 1_500;
    private final MapGeometry from;
    private final MapGeometry to;
    private final Viewport viewport;
    private final double shiftX;
    private final double shiftY;
    private final int[] drawn;
    private final int moving;

    private FoldTransition(MapGeometry from, MapGeometry to, Viewport viewport, double shiftX, double shiftY,
                           int[] drawn, int moving) {
        this.from = from;
        this.to = to;
        this.viewport = viewport;
        this.shiftX = shiftX;
        this.shiftY = shiftY;
        this.drawn = drawn;
        this.moving = moving;
    }

    /**
     * The transition from one map and view to the next, or empty when it is not worth animating: nothing
     * changed, the zoom changed, or too many topics would move (see {@link #MAX_CHANGED}, {@link #MAX_DRAWN}).
     */
    static Optional<FoldTransition> between(MapGeometry from, Viewport fromView, MapGeometry to, Viewport toView) {
        if (from == to || from.tree() != to.tree() || fromView.scale() != toView.scale()
                || Math.abs(from.visibleCount() - to.visibleCount()) > MAX_CHANGED) {
            return Optional.empty();
        }
        double s = toView.scale();
        FoldTransition t = new FoldTransition(from, to, toView, (fromView.panX() - toView.panX()) / s,
                (fromView.panY() - toView.panY()) / s, new int[0], 0);
        return t.listDrawn();
    }

    /** The map this transition ends in. */
    MapGeometry target() {
        return to;
    }

    /** The view it is drawn through (the new one). */
    Viewport viewport() {
        return viewport;
    }

    /** Topics that may show during the transition: first the appearing and disappearing ones, then the rest. */
    int count() {
        return drawn.length;
    }

    int node(int i) {
        return drawn[i];
    }

    /** Whether the {@code i}-th listed topic appears or disappears (rather than sliding). */
    boolean changes(int i) {
        return i < moving;
    }

    /** The map that tells how a topic looks during the transition: the new one, or the old one if it is leaving. */
    MapGeometry lookOf(int node) {
        return to.isVisible(node) ? to : from;
    }

    /**
     * Writes where {@code node} is drawn at {@code u} (0 = old map, 1 = new map): world x, y, width, height of
     * its box and how much of it shows (1 whole; less while growing or shrinking, also its opacity).
     */
    void place(int node, double u, double[] out) {
        boolean before = from.isVisible(node);
        boolean after = to.isVisible(node);
        if (before && after) {
            lerp(from.x(node) + shiftX, from.y(node) + shiftY, from.width(node), from.height(node),
                    to.x(node), to.y(node), to.width(node), to.height(node), u, out);
            out[4] = 1;
            return;
        }
        MapGeometry g = after ? to : from;
        int anchor = anchor(node);
        place(anchor, u, out);
        // The point the topic grows out of: the middle of the anchor's edge that faces the topic's side.
        double px = g.side(node) == Side.LEFT ? out[0] : out[0] + out[2];
        double py = out[1] + out[3] / 2;
        double x = g.x(node) + (after ? 0 : shiftX);
        double y = g.y(node) + (after ? 0 : shiftY);
        double w = g.width(node);
        double h = g.height(node);
        double k = after ? u : 1 - u;
        lerp(g.side(node) == Side.LEFT ? px - w : px, py - h / 2, w, h, x, y, w, h, k, out);
        // Shrink about the moving full-size box's inner edge (the one facing the anchor) and its middle.
        out[2] = w * k;
        out[3] = h * k;
        if (g.side(node) == Side.LEFT) {
            out[0] += w - out[2];
        }
        out[1] += (h - out[3]) / 2;
        out[4] = k;
    }

    /** The nearest ancestor shown on both maps (the centre always is). */
    private int anchor(int node) {
        MapTree tree = to.tree();
        int a = tree.parent(node);
        while (a > 0 && !(from.isVisible(a) && to.isVisible(a))) {
            a = tree.parent(a);
        }
        return Math.max(a, 0);
    }

    private static void lerp(double x0, double y0, double w0, double h0, double x1, double y1, double w1, double h1,
                             double u, double[] out) {
        out[0] = x0 + (x1 - x0) * u;
        out[1] = y0 + (y1 - y0) * u;
        out[2] = w0 + (w1 - w0) * u;
        out[3] = h0 + (h1 - h0) * u;
    }

    /**
     * Lists the topics whose box, or branch from their parent, can meet the window at some point of the
     * transition: a box moves in a straight line, so it stays within the hull of its start and end boxes.
     */
    private Optional<FoldTransition> listDrawn() {
        Rect window = viewport.visibleWorld();
        int[] changed = new int[64];
        int[] slide = new int[256];
        int changedCount = 0;
        int slideCount = 0;
        double[] a = new double[5];
        double[] b = new double[5];
        for (int pass = 0; pass < 2; pass++) {
            MapGeometry g = pass == 0 ? to : from;
            for (int i = 0; i < g.visibleCount(); i++) {
                int n = g.visibleNode(i);
                boolean both = from.isVisible(n) && to.isVisible(n);
                if (pass == 1 && both) {
                    continue;
                }
                if (!both && changedCount >= MAX_CHANGED) {
                    return Optional.empty();
                }
                if (!sweepMeets(n, window, a, b)) {
                    continue;
                }
                if (changedCount + slideCount >= MAX_DRAWN) {
                    return Optional.empty();
                }
                if (both) {
                    slide = grow(slide, slideCount);
                    slide[slideCount++] = n;
                } else {
                    changed = grow(changed, changedCount);
                    changed[changedCount++] = n;
                }
            }
        }
        if (changedCount == 0 && slideCount == 0) {
            return Optional.empty();
        }
        int[] all = Arrays.copyOf(changed, changedCount + slideCount);
        System.arraycopy(slide, 0, all, changedCount, slideCount);
        return Optional.of(new FoldTransition(from, to, viewport, shiftX, shiftY, all, changedCount));
    }

    private static int[] grow(int[] a, int used) {
        return used < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** Whether the hull of the node's start and end boxes, and of its parent's, meets the window. */
    private boolean sweepMeets(int n, Rect window, double[] a, double[] b) {
        place(n, 0, a);
        place(n, 1, b);
        double x0 = Math.min(a[0], b[0]);
        double y0 = Math.min(a[1], b[1]);
        double x1 = Math.max(a[0] + a[2], b[0] + b[2]);
        double y1 = Math.max(a[1] + a[3], b[1] + b[3]);
        if (n != 0) {
            int p = to.tree().parent(n);
            place(p, 0, a);
            place(p, 1, b);
            x0 = Math.min(x0, Math.min(a[0], b[0]));
            y0 = Math.min(y0, Math.min(a[1], b[1]));
            x1 = Math.max(x1, Math.max(a[0] + a[2], b[0] + b[2]));
            y1 = Math.max(y1, Math.max(a[1] + a[3], b[1] + b[3]));
        }
        return window.intersects(x0, y0, x1 - x0, y1 - y0);
    }
}
