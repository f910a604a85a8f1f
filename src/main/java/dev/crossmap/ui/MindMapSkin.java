package dev.crossmap.ui;

import dev.crossmap.layout.Branch;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link MindMapView} on one canvas, only what the window shows: branches as curves, topics as
 * rounded boxes coloured by roadmap with their labels drawn at the zoomed font size (crisp at every zoom).
 * When boxes would be specks, it draws the overview instead: the big branches and the silhouettes of
 * what hangs below them. Redraws at most once a pulse.
 */
final class MindMapSkin extends SkinBase<MindMapView> {
    /** Below this many screen pixels of box height, labels give way to plain shapes. */
    static final double MIN_TEXT_PIXELS = 5;
    /** Below this many screen pixels of typical box height, the overview replaces single boxes. */
    static final double OVERVIEW_PIXELS = 2.5;
    /** Below this many screen pixels of box height, badges and marks are left out: they would hide the map. */
    static final double MARK_PIXELS = 13;
    private static final Color BACKGROUND = Color.web("#fbfbfd");
    private static final Color CENTRE = Color.web("#2b2f3a");
    private static final Color OVERLAP = Color.web("#e8590c");
    private static final Color HIGHLIGHT = Color.web("#fcc419");
    private static final Color DONE = Color.web("#2b8a3e");
    private static final Color LEARNING = Color.web("#f08c00");
    private static final Color SKIPPED = Color.web("#868e96");
    private static final Color[] PALETTE = {
        Color.web("#2f6fde"), Color.web("#d9480f"), Color.web("#2b8a3e"), Color.web("#862e9c"),
        Color.web("#c2255c"), Color.web("#0b7285"), Color.web("#e67700"), Color.web("#5c940d")};
    private final Canvas canvas = new Canvas();
    private final MindMapBehavior behavior;
    private int[] drawn = new int[256];
    private int drawnCount;
    private int boxesDrawn;
    private boolean overviewDrawn;
    private long lastFrameNanos;
    private boolean dirty = true;

    MindMapSkin(MindMapView view) {
        super(view);
        getChildren().add(canvas);
        canvas.setManaged(false);
        behavior = new MindMapBehavior(view);
        view.viewportProperty().addListener((o, was, now) -> markDirty());
        view.geometryProperty().addListener((o, was, now) -> markDirty());
        view.selectedTopicProperty().addListener((o, was, now) -> markDirty());
        view.marksProperty().addListener((o, was, now) -> markDirty());
        view.linkedProperty().addListener((o, was, now) -> markDirty());
        view.highlightedProperty().addListener((o, was, now) -> markDirty());
        view.allOverlapsProperty().addListener((o, was, now) -> markDirty());
        view.redrawsProperty().addListener((o, was, now) -> markDirty());
    }

    private void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    public void dispose() {
        behavior.dispose();
        super.dispose();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        MindMapView view = getSkinnable();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.relocate(x, y);
            dirty = true;
        }
        view.resizeViewport(w, h);
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /** Boxes drawn in the last frame (for tests and the frame-time benchmark). */
    int boxesDrawn() {
        return boxesDrawn;
    }

    /** Whether the last frame was the far-zoom overview. */
    boolean overviewDrawn() {
        return overviewDrawn;
    }

    /** Nanoseconds the last frame's drawing calls took (not the pixels' rasterising). */
    long lastFrameNanos() {
        return lastFrameNanos;
    }

    private static Color colour(MapTree tree, int node) {
        int r = tree.roadmapIndex(node);
        return r < 0 ? CENTRE : PALETTE[r % PALETTE.length];
    }

    private void draw() {
        long t0 = System.nanoTime();
        MindMapView view = getSkinnable();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        MapGeometry g = view.getGeometry();
        Viewport v = view.getViewport();
        Rect world = v.visibleWorld();
        double typical = 24 * v.scale();
        overviewDrawn = typical < OVERVIEW_PIXELS;
        drawnCount = 0;
        boxesDrawn = 0;
        if (overviewDrawn) {
            g.forEachOverviewIn(world, this::collect);
            drawOverview(gc, g, v);
        } else {
            g.forEachDrawnIn(world, this::collect);
            drawBranches(gc, g, v, world);
            drawOverlapLinks(gc, g, v, world);
            drawBoxes(gc, g, v, world);
        }
        lastFrameNanos = System.nanoTime() - t0;
    }

    private void collect(int node) {
        if (drawnCount == drawn.length) {
            drawn = Arrays.copyOf(drawn, drawnCount * 2);
        }
        drawn[drawnCount++] = node;
    }

    private void drawBranches(GraphicsContext gc, MapGeometry g, Viewport v, Rect world) {
        MapTree tree = g.tree();
        gc.setLineWidth(Math.max(0.75, Math.min(2.5, 1.6 * v.scale())));
        for (int i = 0; i < drawnCount; i++) {
            int p = drawn[i];
            if (g.isFolded(p) || tree.firstChild(p) < 0) {
                continue;
            }
            gc.setStroke(colour(tree, p == 0 ? tree.firstChild(0) : p).deriveColor(0, 1, 1, 0.55));
            for (int c = tree.firstChild(p); c >= 0; c = tree.nextSibling(c)) {
                Branch b = g.branchTo(c).orElseThrow();
                if (!world.intersects(b.bounds())) {
                    continue;
                }
                if (p == 0) {
                    gc.setStroke(colour(tree, c).deriveColor(0, 1, 1, 0.55));
                }
                curve(gc, v, b);
            }
        }
    }

    /** Faded curved links between occurrences of a concept: the selection's, or all of them when asked. */
    private void drawOverlapLinks(GraphicsContext gc, MapGeometry g, Viewport v, Rect world) {
        MindMapView view = getSkinnable();
        gc.setLineDashes(6, 5);
        gc.setLineWidth(Math.max(1, Math.min(2.2, 1.6 * v.scale())));
        gc.setStroke(OVERLAP.deriveColor(0, 1, 1, 0.22));
        for (java.util.List<dev.crossmap.model.TopicId> group : view.allOverlapsProperty().get()) {
            int prev = -1;
            for (dev.crossmap.model.TopicId id : group) {
                int n = g.node(id).orElse(-1);
                if (n >= 0 && prev >= 0) {
                    overlapCurve(gc, g, v, world, prev, n);
                }
                prev = n >= 0 ? n : prev;
            }
        }
        int from = view.getSelectedTopic().map(id -> g.node(id).orElse(-1)).orElse(-1);
        if (from >= 0) {
            gc.setStroke(OVERLAP.deriveColor(0, 1, 1, 0.6));
            for (dev.crossmap.model.TopicId id : view.linkedProperty().get()) {
                int to = visibleAncestor(g, id);
                if (to > 0 && to != from) {
                    overlapCurve(gc, g, v, world, from, to);
                }
            }
        }
        gc.setLineDashes((double[]) null);
    }

    /** The node drawn for a topic: itself, or the folded branch that hides it; -1 if it is not on the map. */
    private static int visibleAncestor(MapGeometry g, dev.crossmap.model.TopicId id) {
        java.util.OptionalInt shown = g.node(id);
        if (shown.isPresent()) {
            return shown.getAsInt();
        }
        MapTree tree = g.tree();
        java.util.OptionalInt n = tree.node(id);
        if (n.isEmpty()) {
            return -1;
        }
        for (int p = tree.parent(n.getAsInt()); p >= 0; p = p == 0 ? -1 : tree.parent(p)) {
            java.util.OptionalInt visible = g.node(tree.id(p));
            if (visible.isPresent()) {
                return visible.getAsInt();
            }
        }
        return -1;
    }

    private static void overlapCurve(GraphicsContext gc, MapGeometry g, Viewport v, Rect world, int a, int b) {
        double ax = g.x(a) + g.width(a) / 2;
        double ay = g.y(a) + g.height(a) / 2;
        double bx = g.x(b) + g.width(b) / 2;
        double by = g.y(b) + g.height(b) / 2;
        double minX = Math.min(ax, bx);
        double minY = Math.min(ay, by) - Math.abs(bx - ax) * 0.25;
        if (!world.intersects(minX, minY, Math.abs(bx - ax) + 1, Math.abs(by - ay) + Math.abs(bx - ax) * 0.25 + 1)) {
            return;
        }
        Point p = v.toScreen(ax, ay);
        Point q = v.toScreen(bx, by);
        // Bow the curve upwards so links stand apart from the straight-ish outline branches.
        double lift = Math.abs(q.x() - p.x()) * 0.25 + 30;
        gc.beginPath();
        gc.moveTo(p.x(), p.y());
        gc.bezierCurveTo(p.x() + (q.x() - p.x()) * 0.25, p.y() - lift, p.x() + (q.x() - p.x()) * 0.75, q.y() - lift, q.x(), q.y());
        gc.stroke();
    }

    private static void curve(GraphicsContext gc, Viewport v, Branch b) {
        Point from = v.toScreen(b.fromX(), b.fromY());
        Point to = v.toScreen(b.toX(), b.toY());
        double mid = (from.x() + to.x()) / 2;
        gc.beginPath();
        gc.moveTo(from.x(), from.y());
        gc.bezierCurveTo(mid, from.y(), mid, to.y(), to.x(), to.y());
        gc.stroke();
    }

    private void drawBoxes(GraphicsContext gc, MapGeometry g, Viewport v, Rect world) {
        MapTree tree = g.tree();
        MindMapView view = getSkinnable();
        MapTextMeasure measure = view.textMeasure();
        double s = v.scale();
        int selected = view.getSelectedTopic().map(id -> g.node(id).orElse(-1)).orElse(-1);
        java.util.Set<dev.crossmap.model.TopicId> highlighted = view.highlightedProperty().get();
        java.util.function.Function<dev.crossmap.model.TopicId, NodeMarks> marks = view.marksProperty().get();
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        double padX = g.spacing().padX() * s;
        double padY = g.spacing().padY() * s;
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (!world.intersects(g.x(n), g.y(n), g.width(n), g.height(n))) {
                continue;
            }
            boxesDrawn++;
            Point p = v.toScreen(g.x(n), g.y(n));
            double w = g.width(n) * s;
            double h = g.height(n) * s;
            double arc = Math.min(h, 14 * s);
            Color c = colour(tree, n);
            int depth = tree.depth(n);
            dev.crossmap.model.TopicId id = tree.id(n);
            if (highlighted.contains(id)) {
                gc.setFill(HIGHLIGHT.deriveColor(0, 1, 1, 0.55));
                gc.fillRoundRect(p.x() - 4, p.y() - 4, w + 8, h + 8, arc + 8, arc + 8);
            }
            gc.setFill(depth <= 1 ? c : c.deriveColor(0, 0.35, 1.9, 1).interpolate(Color.WHITE, depth == 2 ? 0.55 : 0.8));
            gc.fillRoundRect(p.x(), p.y(), w, h, arc, arc);
            gc.setStroke(n == selected ? Color.web("#ffb000") : c.deriveColor(0, 1, 0.9, 0.9));
            gc.setLineWidth(n == selected ? 3 : Math.max(0.5, Math.min(1.5, s)));
            gc.strokeRoundRect(p.x(), p.y(), w, h, arc, arc);
            if (h >= MIN_TEXT_PIXELS * measure.lines(tree.label(n), depth).length) {
                drawLabel(gc, measure, tree, n, p, padX, padY, s, depth <= 1 ? Color.WHITE : Color.web("#1f2330"));
            }
            if (tree.hasChildren(n) && n != 0) {
                drawFoldHandle(gc, g, n, p, w, h, c, s);
            }
            if (n != 0 && h >= MARK_PIXELS) {
                drawMarks(gc, marks.apply(id), g.isFolded(n) || depth == 1, p, w, h, s);
            }
        }
    }

    /** The ×N overlap badge, progress and note marks, and a progress bar under folded branches and roadmaps. */
    private static void drawMarks(GraphicsContext gc, NodeMarks m, boolean branchProgress, Point p, double w, double h,
                                  double s) {
        double r = Math.max(4, Math.min(8, 6 * s));
        double x = p.x() + w;
        if (m.places() > 1) {
            String text = "\u00d7" + m.places();
            gc.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.max(8, Math.min(12, 10 * s))));
            double bw = r * 2 + text.length() * Math.max(4, Math.min(7, 5.5 * s));
            gc.setFill(OVERLAP);
            gc.fillRoundRect(x - bw + r, p.y() - r, bw, 2 * r, 2 * r, 2 * r);
            gc.setFill(Color.WHITE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(text, x - bw / 2 + r, p.y());
            x -= bw + 2;
        }
        if (m.note()) {
            gc.setFill(Color.web("#495057"));
            gc.setFont(Font.font(Math.max(8, Math.min(13, 11 * s))));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("\u270e", x - r + (m.places() > 1 ? 0 : r), p.y());
        }
        if (m.progress() != dev.crossmap.model.Progress.NOT_STARTED) {
            double cx = p.x();
            double cy = p.y() + h / 2;
            Color col = switch (m.progress()) {
                case DONE -> DONE;
                case LEARNING -> LEARNING;
                default -> SKIPPED;
            };
            gc.setFill(Color.WHITE);
            gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            gc.setFill(col);
            if (m.progress() == dev.crossmap.model.Progress.LEARNING) {
                gc.fillArc(cx - r, cy - r, 2 * r, 2 * r, 90, 180, javafx.scene.shape.ArcType.ROUND);
            } else {
                gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            }
            gc.setStroke(col);
            gc.setLineWidth(1);
            gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            if (m.progress() == dev.crossmap.model.Progress.DONE) {
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(Math.max(1, r / 3));
                gc.strokeLine(cx - r * 0.45, cy, cx - r * 0.1, cy + r * 0.4);
                gc.strokeLine(cx - r * 0.1, cy + r * 0.4, cx + r * 0.5, cy - r * 0.4);
            }
        }
        if (branchProgress && m.total() > 0) {
            double bh = Math.max(2, Math.min(4, 3 * s));
            double y = p.y() + h + bh;
            gc.setFill(Color.web("#dee2e6"));
            gc.fillRoundRect(p.x() + 4, y, w - 8, bh, bh, bh);
            gc.setFill(DONE);
            gc.fillRoundRect(p.x() + 4, y, (w - 8) * m.done() / m.total(), bh, bh, bh);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }

    private static void drawLabel(GraphicsContext gc, MapTextMeasure measure, MapTree tree, int n, Point p,
                                  double padX, double padY, double s, Color ink) {
        int depth = tree.depth(n);
        Font f = measure.font(depth, MapTextMeasure.baseSize(MapTextMeasure.level(depth)) * s);
        gc.setFont(f);
        gc.setFill(ink);
        String[] lines = measure.lines(tree.label(n), depth);
        double lh = measure.lineHeight(depth) * s;
        double base = p.y() + padY + measure.ascent(depth) * s;
        for (int i = 0; i < lines.length; i++) {
            gc.fillText(lines[i], p.x() + padX, base + i * lh);
        }
    }

    private static void drawFoldHandle(GraphicsContext gc, MapGeometry g, int n, Point p, double w, double h, Color c,
                                       double s) {
        // The handle shrinks with the map so it never outweighs the boxes; the hidden count shows when it fits.
        double r = Math.max(2.5, Math.min(MindMapBehavior.HANDLE_RADIUS, MindMapBehavior.HANDLE_RADIUS * s));
        double cx = g.side(n) == Side.LEFT ? p.x() - r - 1 : p.x() + w + r + 1;
        double cy = p.y() + h / 2;
        int hidden = g.hiddenCount(n);
        gc.setFill(hidden > 0 ? c : Color.WHITE);
        gc.setStroke(c);
        gc.setLineWidth(1.2);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        if (hidden > 0 && r >= 6) {
            String count = hidden > 999 ? (hidden / 1000) + "k" : Integer.toString(hidden);
            gc.setFont(Font.font(9));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.setFill(Color.WHITE);
            gc.fillText(count, cx, cy, 2 * r - 2);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BASELINE);
        }
    }

    private void drawOverview(GraphicsContext gc, MapGeometry g, Viewport v) {
        MapTree tree = g.tree();
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (n == 0) {
                continue;
            }
            Rect sub = g.subtreeBounds(n).orElseThrow();
            Point a = v.toScreen(sub.x(), sub.y());
            Color c = colour(tree, n);
            if (tree.depth(n) == MapGeometry.OVERVIEW_DEPTH || g.isFolded(n) || !tree.hasChildren(n)) {
                // The silhouette of everything hanging below: one calm shape instead of thousands of specks.
                gc.setFill(c.deriveColor(0, 1, 1, 0.28));
                gc.fillRoundRect(a.x(), a.y(), Math.max(2, sub.w() * v.scale()), Math.max(2, sub.h() * v.scale()), 4, 4);
            }
            Branch b = g.branchTo(n).orElseThrow();
            gc.setStroke(c.deriveColor(0, 1, 1, 0.7));
            gc.setLineWidth(1.2);
            curve(gc, v, b);
        }
        // The centre and the roadmaps stay readable at any zoom: labels at a fixed screen size.
        gc.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12));
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (tree.depth(n) <= 1) {
                Point c = v.toScreen(g.x(n) + g.width(n) / 2, g.y(n) + g.height(n) / 2);
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.85));
                gc.fillRoundRect(c.x() - 80, c.y() - 10, 160, 20, 10, 10);
                gc.setFill(colour(tree, n));
                gc.fillText(tree.label(n), c.x(), c.y(), 150);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
