package dev.crossmap.ui;

import dev.crossmap.layout.Branch;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.TopicId;
import dev.crossmap.paint.MapPainter;
import dev.crossmap.paint.MapStyle;
import dev.crossmap.paint.Marking;
import dev.crossmap.paint.TopicMarks;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;

/**
 * Draws a {@link MindMapView} on one canvas with the map painter every export uses ({@link MapPainter}),
 * only what the window shows, in the view's {@link MapStyle}; plays a fold's in-between frames and the
 * links between a concept's occurrences on top. Redraws at most once a pulse.
 */
final class MindMapSkin extends SkinBase<MindMapView> {
    /** How long a fold's animation lasts. */
    static final double FOLD_MILLIS = 180;
    private final Canvas canvas = new Canvas();
    private final FxCanvas surface;
    private final MindMapBehavior behavior;
    private MapPainter painter;
    private final javafx.beans.property.ReadOnlyIntegerWrapper frames = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** The fold being animated, or null; and how far along it is (0 to 1). */
    private FoldTransition transition;
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty();
    private javafx.animation.Timeline timeline;
    private final double[] place = new double[5];
    private final double[] parentPlace = new double[5];
    private long lastFrameNanos;
    private boolean dirty = true;

    MindMapSkin(MindMapView view) {
        super(view);
        getChildren().add(canvas);
        canvas.setManaged(false);
        surface = new FxCanvas(canvas.getGraphicsContext2D(), view.textMeasure().family());
        painter = new MapPainter(view.getMapStyle(), view.textMeasure());
        behavior = new MindMapBehavior(view);
        view.mapStyleProperty().addListener((o, was, now) -> {
            painter = new MapPainter(now, view.textMeasure());
            markDirty();
        });
        view.viewportProperty().addListener((o, was, now) -> markDirty());
        view.geometryProperty().addListener((o, was, now) -> markDirty());
        view.selectedTopicProperty().addListener((o, was, now) -> markDirty());
        view.marksProperty().addListener((o, was, now) -> markDirty());
        view.linkedProperty().addListener((o, was, now) -> markDirty());
        view.highlightedProperty().addListener((o, was, now) -> markDirty());
        view.foundProperty().addListener((o, was, now) -> markDirty());
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
        return painter.boxesDrawn();
    }

    /** Each box the last frame drew, by topic, in screen pixels (for tests). */
    java.util.Map<TopicId, Rect> drawnBoxes() {
        java.util.Map<TopicId, Rect> out = new java.util.HashMap<>();
        MapTree tree = getSkinnable().getGeometry().tree();
        for (int i = 0; i < painter.boxesDrawn(); i++) {
            out.put(tree.id(painter.boxNode(i)), painter.boxPlace(i));
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
        return painter.overviewDrawn();
    }

    /** Nanoseconds the last frame's drawing calls took (not the pixels' rasterising). */
    long lastFrameNanos() {
        return lastFrameNanos;
    }

    private void draw() {
        long t0 = System.nanoTime();
        MindMapView view = getSkinnable();
        MapGeometry g = view.getGeometry();
        Viewport v = view.getViewport();
        if (transition != null && (transition.target() != g || transition.viewport() != v || painter.isOverview(v))) {
            // The map or the view moved on (another fold, a pan, a zoom): show where things are now.
            animate(null);
        }
        if (transition != null) {
            drawTransition(transition, v);
        } else {
            painter.paint(surface, g, v, marking(g),
                    () -> OverlapLinks.draw(canvas.getGraphicsContext2D(), view, g, v, v.visibleWorld()));
        }
        lastFrameNanos = System.nanoTime() - t0;
        frames.set(frames.get() + 1);
    }

    /** What a frame marks on its boxes: the selection, search matches and each topic's marks. */
    private Marking marking(MapGeometry g) {
        MindMapView view = getSkinnable();
        MapTree tree = g.tree();
        java.util.function.Function<TopicId, NodeMarks> marks = view.marksProperty().get();
        return new Marking(view.getSelectedTopic().map(id -> tree.node(id).orElse(-1)).orElse(-1),
                view.highlightedProperty().get(), n -> {
                    NodeMarks m = marks.apply(tree.id(n));
                    return m == NodeMarks.NONE ? TopicMarks.NONE
                            : new TopicMarks(m.places(), m.progress(), m.note(), m.done(), m.total());
                }, view.foundProperty().get());
    }

    /** An in-between frame of a fold: the listed topics and their branches where the transition has them now. */
    private void drawTransition(FoldTransition t, Viewport v) {
        double u = progress.get();
        MapTree tree = t.target().tree();
        Rect world = v.visibleWorld();
        double s = v.scale();
        double width = painter.branchWidth(s);
        surface.fillRect(0, 0, v.width(), v.height(), painter.style().palette().background());
        painter.startFrame();
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
                surface.beginPath();
                painter.ribbon(surface, v, b, width);
                surface.fillPath(painter.branchColour(tree, p, n, place[4]));
            }
        }
        Marking marking = marking(t.target());
        for (int i = 0; i < t.count(); i++) {
            int n = t.node(i);
            t.place(n, u, place);
            if (place[4] > 0.02 && world.intersects(place[0], place[1], place[2], place[3])) {
                surface.opacity(t.changes(i) ? place[4] : 1);
                Point at = v.toScreen(place[0], place[1]);
                painter.box(surface, t.lookOf(n), n, at.x(), at.y(), s * place[4], marking);
                painter.extras(surface, t.lookOf(n), n, at.x(), at.y(), s * place[4], marking);
            }
        }
        surface.opacity(1);
    }
}
