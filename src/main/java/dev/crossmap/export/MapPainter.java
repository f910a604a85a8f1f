package dev.crossmap.export;

import dev.crossmap.layout.BranchProgress;
import dev.crossmap.layout.Branch;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Viewport;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;

/**
 * Draws a laid-out mind map as the window does: curved branches in the roadmaps' colours, rounded boxes
 * paler the deeper they sit, labels, fold handles (a folded topic's handle holds how many topics it
 * hides), and the {@link Decorations}: ×N badges, progress marks and note marks. Only what the viewport
 * shows is drawn; when boxes would be specks it draws the overview (big branches and the silhouettes of
 * what hangs below them) as the window does at far zoom.
 */
final class MapPainter {
    /** Below this many pixels of box height per line, labels give way to plain boxes. */
    static final double MIN_TEXT_PIXELS = 5;
    /** Below this many pixels of typical box height, the overview replaces single boxes. */
    static final double OVERVIEW_PIXELS = 2.5;
    /** Radius of a fold handle at zoom 1 (the window's handle). */
    static final double HANDLE_RADIUS = 7;
    private final AwtTextMeasure measure;
    private final Marks marks;
    private int[] drawn = new int[256];
    private int drawnCount;

    MapPainter(AwtTextMeasure measure) {
        this.measure = measure;
        this.marks = new Marks();
    }

    /** Paints the part of the map the viewport shows onto a canvas of the viewport's size. */
    void paint(MapCanvas canvas, MapGeometry g, Viewport v, Decorations decorations) {
        canvas.roundRect(0, 0, v.width(), v.height(), 0, MapPalette.BACKGROUND, MapPalette.NONE, 0);
        Rect world = v.visibleWorld();
        drawnCount = 0;
        if (24 * v.scale() < OVERVIEW_PIXELS) {
            g.forEachOverviewIn(world, this::collect);
            Arrays.sort(drawn, 0, drawnCount);
            drawOverview(canvas, g, v);
            return;
        }
        g.forEachDrawnIn(world, this::collect);
        // Pre-order: parents before children, so the drawing (and the SVG's element order) is deterministic.
        Arrays.sort(drawn, 0, drawnCount);
        drawBranches(canvas, g, v, world);
        drawBoxes(canvas, g, v, world);
        BranchProgress branches = new BranchProgress(g.tree(), decorations::progress);
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (world.intersects(g.x(n), g.y(n), g.width(n), g.height(n))) {
                // Handles and marks stick out of their boxes: drawn last so no neighbour covers them.
                if (n != 0 && g.tree().hasChildren(n)) {
                    marks.foldHandle(canvas, g, v, n);
                }
                marks.decorate(canvas, g, v, n, decorations, branches);
            }
        }
    }

    private void collect(int node) {
        if (drawnCount == drawn.length) {
            drawn = Arrays.copyOf(drawn, drawnCount * 2);
        }
        drawn[drawnCount++] = node;
    }

    private void drawBranches(MapCanvas canvas, MapGeometry g, Viewport v, Rect world) {
        MapTree tree = g.tree();
        double s = v.scale();
        for (int i = 0; i < drawnCount; i++) {
            int p = drawn[i];
            if (g.isFolded(p)) {
                continue;
            }
            // Branches taper from the centre outwards, as a hand-drawn mind map's do.
            int depth = tree.depth(p);
            double width = Math.max(0.6, (depth == 0 ? 3.2 : depth == 1 ? 2.2 : 1.6) * Math.min(s, 2.5));
            for (int c = tree.firstChild(p); c >= 0; c = tree.nextSibling(c)) {
                Branch b = g.branchTo(c).orElseThrow();
                if (!world.intersects(b.bounds())) {
                    continue;
                }
                Color colour = MapPalette.withAlpha(MapPalette.of(tree, p == 0 ? c : p), 0.55);
                canvas.branch(b.fromX() * s + v.panX(), b.fromY() * s + v.panY(), b.toX() * s + v.panX(),
                        b.toY() * s + v.panY(), colour, width);
            }
        }
    }

    private void drawBoxes(MapCanvas canvas, MapGeometry g, Viewport v, Rect world) {
        MapTree tree = g.tree();
        double s = v.scale();
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (!world.intersects(g.x(n), g.y(n), g.width(n), g.height(n))) {
                continue;
            }
            double x = g.x(n) * s + v.panX();
            double y = g.y(n) * s + v.panY();
            double w = g.width(n) * s;
            double h = g.height(n) * s;
            Color c = MapPalette.of(tree, n);
            int depth = tree.depth(n);
            canvas.roundRect(x, y, w, h, Math.min(h, 14 * s), MapPalette.boxFill(c, depth), MapPalette.boxEdge(c),
                    Math.max(0.5, Math.min(1.5, s)));
            String[] lines = measure.lines(tree.label(n), depth);
            if (h >= MIN_TEXT_PIXELS * lines.length) {
                drawLabel(canvas, g, n, lines, x, y, s, depth <= 1 ? Color.WHITE : MapPalette.INK);
            }
        }
    }

    /**
     * The label inside its box, shrunk if the box was measured with another font (the window's) and the
     * text would not fit; centred vertically.
     */
    private void drawLabel(MapCanvas canvas, MapGeometry g, int n, String[] lines, double x, double y, double s,
                           Color ink) {
        int depth = g.tree().depth(n);
        double widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, measure.lineWidth(l, depth));
        }
        double padX = g.spacing().padX();
        double padY = g.spacing().padY();
        double innerW = g.width(n) - 2 * padX;
        double innerH = g.height(n) - 2 * padY;
        double lh = measure.lineHeight(depth);
        double fit = Math.min(1, Math.min(innerW / Math.max(widest, 1e-9), innerH / (lh * lines.length)));
        fit = Math.max(fit, 0.1);
        Font font = measure.font(depth).deriveFont((float) (measure.font(depth).getSize2D() * s * fit));
        double top = y + (padY + (innerH - lh * lines.length * fit) / 2) * s;
        canvas.label(lines, x + padX * s, top + measure.ascent(depth) * fit * s, lh * fit * s, font, ink);
    }

    private void drawOverview(MapCanvas canvas, MapGeometry g, Viewport v) {
        MapTree tree = g.tree();
        double s = v.scale();
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (n == 0) {
                continue;
            }
            Rect sub = g.subtreeBounds(n).orElseThrow();
            Color c = MapPalette.of(tree, n);
            if (tree.depth(n) == MapGeometry.OVERVIEW_DEPTH || g.isFolded(n) || !tree.hasChildren(n)) {
                // The silhouette of everything hanging below: one calm shape instead of thousands of specks.
                canvas.roundRect(sub.x() * s + v.panX(), sub.y() * s + v.panY(), Math.max(2, sub.w() * s),
                        Math.max(2, sub.h() * s), 4, MapPalette.withAlpha(c, 0.28), MapPalette.NONE, 0);
            }
            Branch b = g.branchTo(n).orElseThrow();
            canvas.branch(b.fromX() * s + v.panX(), b.fromY() * s + v.panY(), b.toX() * s + v.panX(),
                    b.toY() * s + v.panY(), MapPalette.withAlpha(c, 0.7), tree.depth(n) == 1 ? 2.4 : 1.2);
        }
        // The centre and the roadmaps stay readable at any zoom: labels at a fixed size on a pale pill.
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(13f);
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (tree.depth(n) <= 1) {
                String text = Marks.shortened(tree.label(n), font, 320);
                double w = font.getStringBounds(text, AwtTextMeasure.CONTEXT).getWidth();
                double cx = (g.x(n) + g.width(n) / 2) * s + v.panX();
                double cy = (g.y(n) + g.height(n) / 2) * s + v.panY();
                Color c = MapPalette.of(tree, n);
                canvas.roundRect(cx - w / 2 - 8, cy - 11, w + 16, 22, 22, MapPalette.withAlpha(Color.WHITE, 0.9),
                        MapPalette.withAlpha(c, 0.8), 1.2);
                canvas.centredText(text, cx, cy + 4.5, font, c);
            }
        }
    }
}
