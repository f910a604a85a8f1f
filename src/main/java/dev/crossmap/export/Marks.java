package dev.crossmap.export;

import dev.crossmap.layout.BranchProgress;
import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;

/**
 * The small things drawn on a topic's box, as the window's map draws them: the fold handle (with the
 * hidden count when folded), the ×N badge of a topic written in several places, the progress mark (done ✓,
 * learning ◐, skipped ●), the note mark, and the done bar under folded branches and roadmaps.
 */
final class Marks {
    /** Below this many pixels of box height, badges and marks are left out (as in the window). */
    static final double MARK_PIXELS = 13;
    private final Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    private final Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 1);

    /**
     * The circle beside a topic with children, on its outer side. Folded, it is filled and holds how many
     * topics hide behind it, growing into a pill when the count needs the room.
     */
    void foldHandle(MapCanvas canvas, MapGeometry g, Viewport v, int n) {
        double s = v.scale();
        // As in the window: the handle shrinks with the map but never grows past its own size.
        double r = Math.max(2.5, Math.min(MapPainter.HANDLE_RADIUS, MapPainter.HANDLE_RADIUS * s));
        double x = g.x(n) * s + v.panX();
        double y = g.y(n) * s + v.panY();
        boolean left = g.side(n) == Side.LEFT;
        double cy = y + g.height(n) * s / 2;
        Color c = MapPalette.of(g.tree(), n);
        int hidden = g.hiddenCount(n);
        // A picture cannot be clicked open, so the count shows on smaller handles than the window's.
        if (hidden == 0 || r < 5) {
            double cx = left ? x - r - 1 : x + g.width(n) * s + r + 1;
            canvas.circle(cx, cy, r, hidden > 0 ? c : Color.WHITE, c, 1.2);
            return;
        }
        String count = hidden > 999 ? (hidden / 1000) + "k" : Integer.toString(hidden);
        Font f = plain.deriveFont(9f);
        double w = Math.max(2 * r, f.getStringBounds(count, AwtTextMeasure.CONTEXT).getWidth() + 5);
        double px = left ? x - w - 1 : x + g.width(n) * s + 1;
        canvas.roundRect(px, cy - r, w, 2 * r, 2 * r, c, c, 1.2);
        canvas.centredText(count, px + w / 2, cy + 3.2, f, Color.WHITE);
    }

    /**
     * As the window draws them: the ×N badge on the top edge at the right end, the note mark left of it,
     * the progress mark on the left edge, and under a folded branch or a roadmap a bar of how much of it is
     * done. Left out when the box is under {@link #MARK_PIXELS} high: they would hide the map.
     */
    void decorate(MapCanvas canvas, MapGeometry g, Viewport v, int n, Decorations d, BranchProgress branches) {
        double s = v.scale();
        double h = g.height(n) * s;
        if (n == 0 || h < MARK_PIXELS) {
            return;
        }
        TopicId id = g.tree().id(n);
        double x = g.x(n) * s + v.panX();
        double y = g.y(n) * s + v.panY();
        double w = g.width(n) * s;
        double r = Math.max(4, Math.min(8, 6 * s));
        double right = x + w;
        int places = d.occurrences(id);
        if (places > 1) {
            String text = "\u00d7" + places;
            Font f = bold.deriveFont((float) Math.max(8, Math.min(12, 10 * s)));
            double bw = r * 2 + text.length() * Math.max(4, Math.min(7, 5.5 * s));
            canvas.roundRect(right - bw + r, y - r, bw, 2 * r, 2 * r, MapPalette.OVERLAP, MapPalette.NONE, 0);
            canvas.centredText(text, right - bw / 2 + r, y + f.getSize2D() * 0.36, f, Color.WHITE);
            right -= bw + 2;
        }
        if (d.hasNote(id)) {
            pencil(canvas, right - r + (places > 1 ? 0 : r), y, Math.max(8, Math.min(13, 11 * s)));
        }
        Progress p = d.progress(id);
        if (p != Progress.NOT_STARTED) {
            progress(canvas, p, x, y + h / 2, r);
        }
        int total = g.tree().subtreeSize(n) - 1;
        if ((g.isFolded(n) || g.tree().depth(n) == 1) && total > 0) {
            double bh = Math.max(2, Math.min(4, 3 * s));
            double top = y + h + bh;
            canvas.roundRect(x + 4, top, w - 8, bh, bh, MapPalette.TRACK, MapPalette.NONE, 0);
            int done = branches.done(n);
            if (done > 0) {
                canvas.roundRect(x + 4, top, (w - 8) * done / total, bh, bh, MapPalette.DONE, MapPalette.NONE, 0);
            }
        }
    }

    /** A filled circle (done: with a white tick), half filled for learning. */
    private static void progress(MapCanvas canvas, Progress p, double cx, double cy, double r) {
        Color c = p == Progress.DONE ? MapPalette.DONE : p == Progress.LEARNING ? MapPalette.LEARNING : MapPalette.SKIPPED;
        if (p == Progress.LEARNING) {
            canvas.circle(cx, cy, r, Color.WHITE, c, 1);
            Path2D half = new Path2D.Double(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90, 180, Arc2D.PIE));
            canvas.path(half, c, MapPalette.NONE, 0);
            return;
        }
        canvas.circle(cx, cy, r, c, c, 1);
        if (p == Progress.DONE) {
            Path2D tick = new Path2D.Double();
            tick.moveTo(cx - 0.45 * r, cy);
            tick.lineTo(cx - 0.1 * r, cy + 0.4 * r);
            tick.lineTo(cx + 0.5 * r, cy - 0.4 * r);
            canvas.path(tick, MapPalette.NONE, Color.WHITE, Math.max(1, r / 3));
        }
    }

    /** The note mark: a small pencil (the window's ✎), drawn as a shape so every viewer shows it. */
    private static void pencil(MapCanvas canvas, double cx, double cy, double size) {
        double len = 0.95 * size;
        double half = 0.14 * size;
        double tip = 0.3 * size;
        Path2D shape = new Path2D.Double();
        shape.moveTo(-len / 2, 0);
        shape.lineTo(-len / 2 + tip, -half);
        shape.lineTo(len / 2, -half);
        shape.lineTo(len / 2, half);
        shape.lineTo(-len / 2 + tip, half);
        shape.closePath();
        AffineTransform place = AffineTransform.getTranslateInstance(cx, cy);
        place.rotate(-Math.PI / 4);
        canvas.path(new Path2D.Double(shape, place), MapPalette.PENCIL, MapPalette.NONE, 0);
    }

    /** The text cut to {@code maxWidth} pixels with an ellipsis, when it is wider. */
    static String shortened(String text, Font font, double maxWidth) {
        if (font.getStringBounds(text, AwtTextMeasure.CONTEXT).getWidth() <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && font.getStringBounds(text.substring(0, end) + "\u2026", AwtTextMeasure.CONTEXT).getWidth()
                > maxWidth) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 2 ? end - 2 : end - 1;
        }
        return text.substring(0, end).strip() + "\u2026";
    }
}
