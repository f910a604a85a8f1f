package dev.crossmap.export;

import dev.crossmap.layout.MapGeometry;
import dev.crossmap.layout.MapTree;
import dev.crossmap.layout.Side;
import dev.crossmap.layout.Viewport;
import dev.crossmap.model.Progress;
import dev.crossmap.model.TopicId;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;

/**
 * The small things drawn on a topic's box: the fold handle (with the hidden count when folded), the ×N
 * badge of a topic written in several places, the progress mark (done ✓, learning ◐, skipped –) and
 * the note mark. Sizes are in world units, scaled with the map.
 */
final class Marks {
    /** Below this scale marks would be noise: the boxes alone are drawn. */
    private static final double MIN_SCALE = 0.3;
    private static final double MARK_RADIUS = 6;
    private final Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 1);
    static boolean skipped(Decorations d, TopicId topic) {
        return d.progress(topic) == Progress.SKIPPED;
    }

    /**
     * The circle beside a topic with children, on its outer side. Folded, it is filled and holds how many
     * topics hide behind it, growing into a pill when the count needs the room.
     */
    void foldHandle(MapCanvas canvas, MapGeometry g, Viewport v, int n) {
        double s = v.scale();
        double r = MapPainter.HANDLE_RADIUS * s;
        double x = g.x(n) * s + v.panX();
        double y = g.y(n) * s + v.panY();
        boolean left = g.side(n) == Side.LEFT;
        double cy = y + g.height(n) * s / 2;
        Color c = MapPalette.of(g.tree(), n);
        double edge = Math.max(0.5, 1.2 * Math.min(s, 2));
        int hidden = g.hiddenCount(n);
        if (hidden == 0 || r < 3) {
            double cx = left ? x - r - s : x + g.width(n) * s + r + s;
            canvas.circle(cx, cy, r, hidden > 0 ? c : Color.WHITE, c, edge);
            return;
        }
        String count = hidden > 9999 ? (hidden / 1000) + "k" : Integer.toString(hidden);
        Font f = bold.deriveFont((float) (9 * s));
        double w = Math.max(2 * r, f.getStringBounds(count, AwtTextMeasure.CONTEXT).getWidth() + 6 * s);
        double px = left ? x - w - s : x + g.width(n) * s + s;
        canvas.roundRect(px, cy - r, w, 2 * r, 2 * r, c, c, edge);
        canvas.centredText(count, px + w / 2, cy + 3.2 * s, f, Color.WHITE);
    }

    /** The ×N badge (top right), the progress mark (top left) and the note mark (bottom right). */
    void decorate(MapCanvas canvas, MapGeometry g, Viewport v, int n, Decorations d) {
        double s = v.scale();
        MapTree tree = g.tree();
        if (s < MIN_SCALE || tree.depth(n) < 2) {
            return;
        }
        TopicId id = tree.id(n);
        double x = g.x(n) * s + v.panX();
        double y = g.y(n) * s + v.panY();
        double w = g.width(n) * s;
        double h = g.height(n) * s;
        int times = d.occurrences(id);
        if (times > 1) {
            badge(canvas, "\u00d7" + times, x + w, y, s);
        }
        Progress p = d.progress(id);
        if (p != Progress.NOT_STARTED) {
            progress(canvas, p, x + 1.5 * s, y + 1.5 * s, MARK_RADIUS * s);
        }
        if (d.hasNote(id)) {
            note(canvas, x + w - 1 * s, y + h - 1 * s, s);
        }
    }

    /** A dark pill on the box's top edge, near its right end. */
    private void badge(MapCanvas canvas, String text, double right, double top, double s) {
        Font f = bold.deriveFont((float) (9.5 * s));
        double tw = f.getStringBounds(text, AwtTextMeasure.CONTEXT).getWidth();
        double h = 13 * s;
        double w = tw + 8 * s;
        // Ends short of the box's corner, so it never touches the fold handle beside the box.
        double x = right - w - 2 * s;
        canvas.roundRect(x, top - h / 2, w, h, h, MapPalette.OVERLAP, Color.WHITE, Math.max(0.5, s));
        canvas.centredText(text, x + w / 2, top + 3.4 * s, f, Color.WHITE);
    }

    private static void progress(MapCanvas canvas, Progress p, double cx, double cy, double r) {
        double line = Math.max(0.8, 0.3 * r);
        switch (p) {
            case DONE -> {
                canvas.circle(cx, cy, r, MapPalette.DONE, Color.WHITE, r / 6);
                Path2D tick = new Path2D.Double();
                tick.moveTo(cx - 0.45 * r, cy + 0.02 * r);
                tick.lineTo(cx - 0.12 * r, cy + 0.35 * r);
                tick.lineTo(cx + 0.45 * r, cy - 0.32 * r);
                canvas.path(tick, MapPalette.NONE, Color.WHITE, line);
            }
            case LEARNING -> {
                canvas.circle(cx, cy, r, Color.WHITE, MapPalette.LEARNING, r / 4);
                Path2D half = new Path2D.Double(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, -90, 180, Arc2D.CHORD));
                canvas.path(half, MapPalette.LEARNING, MapPalette.NONE, 0);
            }
            default -> {
                canvas.circle(cx, cy, r, MapPalette.SKIPPED, Color.WHITE, r / 6);
                Path2D dash = new Path2D.Double();
                dash.moveTo(cx - 0.45 * r, cy);
                dash.lineTo(cx + 0.45 * r, cy);
                canvas.path(dash, MapPalette.NONE, Color.WHITE, line);
            }
        }
    }

    /** A small yellow sheet with a folded corner and two lines of "writing". */
    private static void note(MapCanvas canvas, double cx, double cy, double s) {
        double w = 9 * s;
        double h = 11 * s;
        double x = cx - w / 2;
        double y = cy - h / 2;
        double fold = 3 * s;
        Path2D sheet = new Path2D.Double();
        sheet.moveTo(x, y);
        sheet.lineTo(x + w - fold, y);
        sheet.lineTo(x + w, y + fold);
        sheet.lineTo(x + w, y + h);
        sheet.lineTo(x, y + h);
        sheet.closePath();
        canvas.path(sheet, MapPalette.NOTE, MapPalette.NOTE_EDGE, Math.max(0.5, 0.9 * s));
        Path2D writing = new Path2D.Double();
        writing.moveTo(x + 2 * s, y + 5 * s);
        writing.lineTo(x + w - 2 * s, y + 5 * s);
        writing.moveTo(x + 2 * s, y + 7.8 * s);
        writing.lineTo(x + w - 3 * s, y + 7.8 * s);
        canvas.path(writing, MapPalette.NONE, MapPalette.NOTE_EDGE, Math.max(0.4, 0.8 * s));
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
