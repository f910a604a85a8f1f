package dev.crossmap.ui;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.Point;
import dev.crossmap.layout.Rect;
import dev.crossmap.layout.Viewport;
import dev.crossmap.paint.Argb;
import javafx.scene.canvas.GraphicsContext;

/** Draws the links between occurrences of one concept across the mind map. */
final class OverlapLinks {
    private OverlapLinks() {
    }

    /** Faded curved links between occurrences of a concept: the selection's, or all of them when asked. */
    static void draw(GraphicsContext gc, MindMapView view, MapGeometry g, Viewport v, Rect world) {
        int overlap = view.getMapStyle().palette().overlap();
        gc.setLineDashes(6, 5);
        gc.setLineWidth(Math.max(1, Math.min(2.2, 1.6 * v.scale())));
        gc.setStroke(colour(overlap, 0.22));
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
            gc.setStroke(colour(overlap, 0.6));
            for (dev.crossmap.model.TopicId id : view.linkedProperty().get()) {
                int to = visibleAncestor(g, id);
                if (to > 0 && to != from) {
                    overlapCurve(gc, g, v, world, from, to);
                }
            }
        }
        gc.setLineDashes((double[]) null);
    }

    private static javafx.scene.paint.Color colour(int argb, double opacity) {
        return javafx.scene.paint.Color.rgb(Argb.red(argb), Argb.green(argb), Argb.blue(argb), Argb.opacity(argb) * opacity);
    }

    /** The node drawn for a topic: itself, or the folded branch that hides it; -1 if it is not on the map. */
    private static int visibleAncestor(MapGeometry g, dev.crossmap.model.TopicId id) {
        java.util.OptionalInt shown = g.node(id);
        if (shown.isPresent()) {
            return shown.getAsInt();
        }
        dev.crossmap.layout.MapTree tree = g.tree();
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
}
