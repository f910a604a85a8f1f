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
    /**
     * Below this many screen pixels of line height (a font of about 5.5 points), labels give way to grey
     * bars where their lines are: smaller text is unreadable specks, and costs the most to rasterise.
     */
    static final double MIN_TEXT_PIXELS = 7;
    /** The same for the centre and the roadmap titles. */
    static final double TITLE_TEXT_PIXELS = 4;
    /** Below this many screen pixels of box height, a box is a plain block: outlines and handles would be specks. */
    static final double SMALL_PIXELS = 6;
    /** Below this many screen pixels of typical box height, the overview replaces single boxes. */
    static final double OVERVIEW_PIXELS = 2.5;
    /** Below this many screen pixels of box height, badges and marks are left out: they would hide the map. */
    static final double MARK_PIXELS = 13;
    /** How long a fold's animation lasts. */
    static final double FOLD_MILLIS = 180;
    private static final Color BACKGROUND = Color.web("#fbfbfd");
    private static final Color CENTRE = Color.web("#2b2f3a");
    private static final Color HIGHLIGHT = Color.web("#fcc419");
    private static final Color[] PALETTE = {
        Color.web("#2f6fde"), Color.web("#d9480f"), Color.web("#2b8a3e"), Color.web("#862e9c"),
        Color.web("#c2255c"), Color.web("#0b7285"), Color.web("#e67700"), Color.web("#5c940d")};
    private final Canvas canvas = new Canvas();
    private final MindMapBehavior behavior;
    private int[] drawn = new int[256];
    private int drawnCount;
    private int boxesDrawn;
    private int[] boxNodes = new int[256];
    private double[] boxPlaces = new double[1024];
    private final javafx.beans.property.ReadOnlyIntegerWrapper frames = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** The fold being animated, or null; and how far along it is (0 to 1). */
    private FoldTransition transition;
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty();
    private javafx.animation.Timeline timeline;
    private final double[] place = new double[5];
    private final double[] parentPlace = new double[5];
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
        view.foldTransitionProperty().addListener((o, was, now) -> animate(now));
        progress.addListener((o, was, now) -> markDirty());
    }

    /** Plays a fold's in-between frames for {@link #FOLD_MILLIS}; the last frame is the new map, drawn as usual. */
    private void animate(FoldTransition t) {
        if (timeline != null) {
            timeline.stop();
        }
        transition = t;
        if (t == null) {
            return;
        }
        progress.set(0);
        timeline = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.millis(FOLD_MILLIS),
                new javafx.animation.KeyValue(progress, 1, javafx.animation.Interpolator.EASE_OUT)));
        timeline.setOnFinished(e -> {
            transition = null;
            markDirty();
        });
        timeline.play();
        markDirty();
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

    /** Each box the last frame drew, by topic, in screen pixels (for tests). */
    java.util.Map<dev.crossmap.model.TopicId, Rect> drawnBoxes() {
        java.util.Map<dev.crossmap.model.TopicId, Rect> out = new java.util.HashMap<>();
        MapTree tree = getSkinnable().getGeometry().tree();
        for (int i = 0; i < boxesDrawn; i++) {
            out.put(tree.id(boxNodes[i]), new Rect(boxPlaces[4 * i], boxPlaces[4 * i + 1], boxPlaces[4 * i + 2],
                    boxPlaces[4 * i + 3]));
        }
        return out;
    }

    /** Counts the frames drawn, so a test can look at each one. */
    javafx.beans.property.ReadOnlyIntegerProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    /** Whether the last frame was an in-between frame of a fold. */
    boolean animating() {
        return transition != null;
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
        if (transition != null && (transition.target() != g || transition.viewport() != v || overviewDrawn)) {
            // The map or the view moved on (another fold, a pan, a zoom): show where things are now.
            animate(null);
        }
        if (overviewDrawn) {
            g.forEachOverviewIn(world, this::collect);
            drawOverview(gc, g, v);
        } else if (transition != null) {
            drawTransition(gc, transition, v, world);
        } else {
            g.forEachDrawnIn(world, this::collect);
            drawBranches(gc, g, v, world);
            OverlapLinks.draw(gc, view, g, v, world);
            drawBoxes(gc, g, v, world);
        }
        lastFrameNanos = System.nanoTime() - t0;
        frames.set(frames.get() + 1);
    }

    private void collect(int node) {
        if (drawnCount == drawn.length) {
            drawn = Arrays.copyOf(drawn, drawnCount * 2);
        }
        drawn[drawnCount++] = node;
    }

    /**
     * The branches on screen as filled ribbons, one path per roadmap: the software pipeline's stroker is
     * the costliest part of a frame (measured: stroked curves took ~6 of 18 ms of a 240-box frame), while
     * filling a ribbon is a plain fill, rasterised once per colour.
     */
    private void drawBranches(GraphicsContext gc, MapGeometry g, Viewport v, Rect world) {
        MapTree tree = g.tree();
        double width = Math.max(0.75, Math.min(2.5, 1.6 * v.scale()));
        for (int r = 0; r < tree.roadmapCount(); r++) {
            boolean any = false;
            gc.beginPath();
            for (int i = 0; i < drawnCount; i++) {
                int p = drawn[i];
                if (g.isFolded(p) || tree.firstChild(p) < 0 || (p != 0 && tree.roadmapIndex(p) != r)) {
                    continue;
                }
                for (int c = tree.firstChild(p); c >= 0; c = tree.nextSibling(c)) {
                    Branch b = g.branchTo(c).orElseThrow();
                    if ((p != 0 || tree.roadmapIndex(c) == r) && world.intersects(b.bounds())) {
                        addRibbon(gc, v, b, width);
                        any = true;
                    }
                }
            }
            if (any) {
                gc.setFill(colour(tree, tree.roadmapNode(r)).deriveColor(0, 1, 1, 0.55));
                gc.fill();
            }
        }
    }

    /**
     * Adds a branch's S-curve, {@code width} pixels thick (a little thicker at the parent), to the current
     * path as a closed ribbon: the two edges are the curve with its ends moved up and down and its control
     * points moved so that the middle, where a long branch runs steeply, is offset along the curve's normal.
     */
    private static void addRibbon(GraphicsContext gc, Viewport v, Branch b, double width) {
        Point from = v.toScreen(b.fromX(), b.fromY());
        Point to = v.toScreen(b.toX(), b.toY());
        double mid = (from.x() + to.x()) / 2;
        double a = width * 0.65;
        double e = width * 0.5;
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        // The tangent halfway along is (dx, 2 dy); its normal, turned to point down.
        double len = Math.hypot(dx, 2 * dy);
        double nx = len == 0 ? 0 : -2 * dy / len * Math.signum(dx == 0 ? 1 : dx);
        double ny = len == 0 ? 1 : Math.abs(dx) / len;
        // A cubic's middle is 1/8 of each end plus 3/8 of each control point.
        double half = (a + e) / 2;
        double cx = half * nx / 0.75;
        double cy = (half * ny - (a + e) / 8) / 0.75;
        gc.moveTo(from.x(), from.y() - a);
        gc.bezierCurveTo(mid - cx, from.y() - cy, mid - cx, to.y() - cy, to.x(), to.y() - e);
        gc.lineTo(to.x(), to.y() + e);
        gc.bezierCurveTo(mid + cx, to.y() + cy, mid + cx, from.y() + cy, from.x(), from.y() + a);
        gc.closePath();
    }

    private static void curve(GraphicsContext gc, Viewport v, Branch b) {
        gc.beginPath();
        addCurve(gc, v, b);
        gc.stroke();
    }

    /** Adds a branch's S-curve to the current path. */
    private static void addCurve(GraphicsContext gc, Viewport v, Branch b) {
        Point from = v.toScreen(b.fromX(), b.fromY());
        Point to = v.toScreen(b.toX(), b.toY());
        double mid = (from.x() + to.x()) / 2;
        gc.moveTo(from.x(), from.y());
        gc.bezierCurveTo(mid, from.y(), mid, to.y(), to.x(), to.y());
    }

    /** An in-between frame of a fold: the listed topics and their branches where the transition has them now. */
    private void drawTransition(GraphicsContext gc, FoldTransition t, Viewport v, Rect world) {
        double u = progress.get();
        MapTree tree = t.target().tree();
        double s = v.scale();
        double width = Math.max(0.75, Math.min(2.5, 1.6 * s));
        for (int i = 0; i < t.count(); i++) {
            int n = t.node(i);
            if (n == 0) {
                continue;
            }
            int p = tree.parent(n);
            t.place(n, u, place);
            t.place(p, u, parentPlace);
            boolean right = t.lookOf(n).side(n) == Side.RIGHT;
            Branch b = new Branch(right ? parentPlace[0] + parentPlace[2] : parentPlace[0],
                    parentPlace[1] + parentPlace[3] / 2, right ? place[0] : place[0] + place[2], place[1] + place[3] / 2);
            if (world.intersects(b.bounds())) {
                gc.setFill(colour(tree, p == 0 ? n : p).deriveColor(0, 1, 1, 0.55 * place[4]));
                gc.beginPath();
                addRibbon(gc, v, b, width);
                gc.fill();
            }
        }
        Marking marking = marking(t.target());
        for (int i = 0; i < t.count(); i++) {
            int n = t.node(i);
            t.place(n, u, place);
            if (place[4] > 0.02 && world.intersects(place[0], place[1], place[2], place[3])) {
                gc.setGlobalAlpha(t.changes(i) ? place[4] : 1);
                drawBox(gc, t.lookOf(n), n, v.toScreen(place[0], place[1]), s * place[4], marking);
            }
        }
        gc.setGlobalAlpha(1);
    }

    private void drawBoxes(GraphicsContext gc, MapGeometry g, Viewport v, Rect world) {
        Marking marking = marking(g);
        for (int i = 0; i < drawnCount; i++) {
            int n = drawn[i];
            if (world.intersects(g.x(n), g.y(n), g.width(n), g.height(n))) {
                drawBox(gc, g, n, v.toScreen(g.x(n), g.y(n)), v.scale(), marking);
            }
        }
    }

    /** What a frame marks on its boxes: the selection, search matches and each topic's marks. */
    private record Marking(int selected, java.util.Set<dev.crossmap.model.TopicId> highlighted,
                           java.util.function.Function<dev.crossmap.model.TopicId, NodeMarks> marks) {
    }

    private Marking marking(MapGeometry g) {
        MindMapView view = getSkinnable();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        return new Marking(view.getSelectedTopic().map(id -> g.tree().node(id).orElse(-1)).orElse(-1),
                view.highlightedProperty().get(), view.marksProperty().get());
    }

    /** One topic's box at screen point {@code p}, drawn at {@code s} screen pixels per world unit. */
    private void drawBox(GraphicsContext gc, MapGeometry g, int n, Point p, double s, Marking marking) {
        MapTree tree = g.tree();
        MapTextMeasure measure = getSkinnable().textMeasure();
        double w = g.width(n) * s;
        double h = g.height(n) * s;
        record(n, p, w, h);
        double arc = Math.min(h, 14 * s);
        Color c = colour(tree, n);
        int depth = tree.depth(n);
        dev.crossmap.model.TopicId id = tree.id(n);
        if (marking.highlighted().contains(id)) {
            gc.setFill(HIGHLIGHT.deriveColor(0, 1, 1, 0.55));
            gc.fillRoundRect(p.x() - 4, p.y() - 4, w + 8, h + 8, arc + 8, arc + 8);
        }
        if (h < SMALL_PIXELS) {
            // A box a few pixels high: a plain tinted block (a folded one with its dot), no outline or text.
            gc.setFill(depth <= 1 ? c : c.deriveColor(0, 0.6, 1.4, 1).interpolate(Color.WHITE, 0.45));
            gc.fillRect(p.x(), p.y(), w, h);
            if (g.isFolded(n)) {
                gc.setFill(c);
                double r = Math.max(1.5, h / 2);
                gc.fillOval((g.side(n) == Side.LEFT ? p.x() - 2 * r - 1 : p.x() + w + 1), p.y() + h / 2 - r, 2 * r, 2 * r);
            }
            return;
        }
        gc.setFill(depth <= 1 ? c : c.deriveColor(0, 0.35, 1.9, 1).interpolate(Color.WHITE, depth == 2 ? 0.55 : 0.8));
        gc.fillRoundRect(p.x(), p.y(), w, h, arc, arc);
        boolean selected = n == marking.selected();
        gc.setStroke(selected ? Color.web("#ffb000") : c.deriveColor(0, 1, 0.9, 0.9));
        gc.setLineWidth(selected ? 3 : Math.max(0.5, Math.min(1.5, s)));
        gc.strokeRoundRect(p.x(), p.y(), w, h, arc, arc);
        Color ink = depth <= 1 ? Color.WHITE : Color.web("#1f2330");
        // Roadmap titles stay words longer than topics: there are few of them and they are how one finds one's way.
        if (measure.lineHeight(depth) * s >= (depth <= 1 ? TITLE_TEXT_PIXELS : MIN_TEXT_PIXELS)) {
            drawLabel(gc, measure, tree, n, p, g.spacing().padX() * s, g.spacing().padY() * s, s, ink);
        } else if (measure.lineHeight(depth) * s >= 1.5) {
            drawLabelBars(gc, measure, tree, n, p, w - 2 * g.spacing().padX() * s, g.spacing().padX() * s,
                    g.spacing().padY() * s, s, ink);
        }
        if (tree.hasChildren(n) && n != 0) {
            drawFoldHandle(gc, g, n, p, w, h, c, s);
        }
        if (n != 0 && h >= MARK_PIXELS) {
            MapMarks.draw(gc, marking.marks().apply(id), g.isFolded(n) || depth == 1, p, w, h, s);
        }
    }

    /** Remembers where a box went in this frame, for tests that check what the user saw. */
    private void record(int n, Point p, double w, double h) {
        if (boxesDrawn == boxNodes.length) {
            boxNodes = Arrays.copyOf(boxNodes, boxesDrawn * 2);
            boxPlaces = Arrays.copyOf(boxPlaces, boxesDrawn * 8);
        }
        boxNodes[boxesDrawn] = n;
        boxPlaces[4 * boxesDrawn] = p.x();
        boxPlaces[4 * boxesDrawn + 1] = p.y();
        boxPlaces[4 * boxesDrawn + 2] = w;
        boxPlaces[4 * boxesDrawn + 3] = h;
        boxesDrawn++;
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
            EmojiText.fill(gc, lines[i], p.x() + padX, base + i * lh);
        }
    }

    /** A label too small to read: one bar per line, as long as the line, in the label's colour, faded. */
    private static void drawLabelBars(GraphicsContext gc, MapTextMeasure measure, MapTree tree, int n, Point p,
                                      double width, double padX, double padY, double s, Color ink) {
        int depth = tree.depth(n);
        String[] lines = measure.lines(tree.label(n), depth);
        int longest = 1;
        for (String l : lines) {
            longest = Math.max(longest, l.length());
        }
        double lh = measure.lineHeight(depth) * s;
        gc.setFill(ink.deriveColor(0, 1, 1, 0.3));
        for (int i = 0; i < lines.length; i++) {
            gc.fillRect(p.x() + padX, p.y() + padY + (i + 0.3) * lh, width * lines[i].length() / longest, lh * 0.45);
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
                EmojiText.fill(gc, tree.label(n), c.x(), c.y(), 150);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }
}
