package dev.crossmap.paint;

import dev.crossmap.model.Progress;

/**
 * The small things drawn on and beside a topic's box: the fold handle (with the hidden count when
 * folded), the ×N badge of a topic written in several places, the progress mark (done ✓, learning ◐,
 * skipped ●), the note mark, and the done bar under folded branches and roadmaps.
 */
final class MarkPainter {
    /** A quarter circle as a cubic Bézier: control points this far along the tangents, times the radius. */
    private static final double KAPPA = 0.5522847498;
    private static final MapFont COUNT_FONT = MapFont.plain(9);
    private static final MapFont FOUND_FONT = MapFont.bold(9);
    private final Palette palette;
    private final Sizes sizes;

    MarkPainter(MapStyle style) {
        this.palette = style.palette();
        this.sizes = style.sizes();
    }

    /**
     * The circle beside a topic with children, on its outer side ({@code outerX}: the box's outer edge,
     * {@code left}: which side). Folded, it is filled and holds how many topics hide behind it, growing
     * into a pill when the count needs the room.
     */
    void foldHandle(MapCanvas c, double outerX, boolean left, double cy, double s, int colour, int hidden) {
        double r = handleRadius(s);
        if (hidden == 0 || r < 6) {
            c.circle(left ? outerX - r - 1 : outerX + r + 1, cy, r, hidden > 0 ? colour : palette.paper(), colour, 1.2);
            return;
        }
        double w = handleWidth(c, s, hidden);
        double px = left ? outerX - w - 1 : outerX + 1;
        c.roundRect(px, cy - r, w, 2 * r, 2 * r, colour, colour, 1.2);
        c.centredText(hiddenText(hidden), px + w / 2, cy + 9 * 0.36, COUNT_FONT, palette.titleInk());
    }

    /** The handle's radius at zoom {@code s}: it shrinks with the map so it never outweighs the boxes. */
    private double handleRadius(double s) {
        return Math.max(2.5, Math.min(sizes.handleRadius(), sizes.handleRadius() * s));
    }

    /** How wide the handle is drawn, a pill when it holds the hidden count (which shows when it fits). */
    private double handleWidth(MapCanvas c, double s, int hidden) {
        double r = handleRadius(s);
        return hidden == 0 || r < 6 ? 2 * r : Math.max(2 * r, c.textWidth(hiddenText(hidden), COUNT_FONT) + 5);
    }

    private static String hiddenText(int hidden) {
        return hidden > 999 ? (hidden / 1000) + "k" : Integer.toString(hidden);
    }

    /**
     * Under a folded handle that hides search matches: a glow in the highlight colour, the same as around a
     * match on the map. Drawn before the handle.
     */
    void matchGlow(MapCanvas c, double outerX, boolean left, double cy, double s, int hidden) {
        double r = handleRadius(s);
        double w = handleWidth(c, s, hidden);
        double px = left ? outerX - w - 1 : outerX + 1;
        double g = Math.max(2, r * 0.5);
        c.roundRect(px - g, cy - r - g, w + 2 * g, 2 * (r + g), 2 * (r + g), palette.highlight(), matchEdge(), 1);
    }

    /** The highlight a shade darker, so a yellow mark has an edge on a light map. */
    private int matchEdge() {
        return Argb.derive(palette.highlight(), 1, 0.7, 1);
    }

    /**
     * Beyond a folded handle, how many matches it hides: a small pill in the highlight colour (the colour that
     * marks found text in labels), with the ink that reads on it.
     */
    void matchCount(MapCanvas c, double outerX, boolean left, double cy, double s, int hidden, int found) {
        // Shown even when the handle is too small for its own count: it is what tells the user where to look.
        double r = Math.max(6.5, handleRadius(s));
        double glow = Math.max(2, handleRadius(s) * 0.5);
        double w = matchPillWidth(c, r, found);
        double from = handleWidth(c, s, hidden) + 1 + glow + 2;
        matchPill(c, left ? outerX - from - w : outerX + from, cy, r, found);
    }

    /** How wide the pill counting {@code found} matches is, {@code r} half its height. */
    double matchPillWidth(MapCanvas c, double r, int found) {
        return Math.max(2 * r, c.textWidth(matchText(found), FOUND_FONT) + 6);
    }

    /** The pill counting matches, from {@code px} rightwards, centred on {@code cy}, {@code r} half its height. */
    void matchPill(MapCanvas c, double px, double cy, double r, int found) {
        double w = matchPillWidth(c, r, found);
        int ink = FoundPainter.mostContrasting(palette.highlight(), palette.topicInk(), palette.titleInk(),
                palette.background(), palette.paper());
        c.roundRect(px, cy - r, w, 2 * r, 2 * r, palette.highlight(), matchEdge(), 1);
        c.centredText(matchText(found), px + w / 2, cy + FOUND_FONT.size() * 0.36, FOUND_FONT, ink);
    }

    private static String matchText(int found) {
        return found > 999 ? (found / 1000) + "k" : Integer.toString(found);
    }

    /** Around a far zoom's silhouette that holds matches: an outline in the highlight colour. */
    void matchOutline(MapCanvas c, double x, double y, double w, double h) {
        c.roundRect(x - 2, y - 2, w + 4, h + 4, 6, Argb.NONE, matchEdge(), 2);
    }

    /**
     * The ×N badge on the top edge at the right end, the note mark left of it, the progress mark on the
     * left edge, and under a folded branch or a roadmap ({@code branchBar}) a bar of how much of it is done.
     */
    void marks(MapCanvas c, TopicMarks m, boolean branchBar, double x, double y, double w, double h, double s) {
        double r = Math.max(4, Math.min(8, 6 * s));
        double right = x + w;
        if (m.places() > 1) {
            String text = "\u00d7" + m.places();
            MapFont f = MapFont.bold(Math.max(8, Math.min(12, 10 * s)));
            double bw = r * 2 + text.length() * Math.max(4, Math.min(7, 5.5 * s));
            c.roundRect(right - bw + r, y - r, bw, 2 * r, 2 * r, palette.overlap(), Argb.NONE, 0);
            c.centredText(text, right - bw / 2 + r, y + f.size() * 0.36, f, palette.titleInk());
            right -= bw + 2;
        }
        if (m.note()) {
            pencil(c, right - r + (m.places() > 1 ? 0 : r), y, Math.max(8, Math.min(13, 11 * s)));
        }
        if (m.progress() != Progress.NOT_STARTED) {
            progress(c, m.progress(), x, y + h / 2, r);
        }
        if (branchBar && m.total() > 0) {
            double bh = Math.max(2, Math.min(4, 3 * s));
            double top = y + h + bh;
            c.roundRect(x + 4, top, w - 8, bh, bh, palette.track(), Argb.NONE, 0);
            if (m.done() > 0) {
                c.roundRect(x + 4, top, (w - 8) * m.done() / m.total(), bh, bh, palette.done(), Argb.NONE, 0);
            }
        }
    }

    /** A filled circle (done: with a tick), half filled for learning. */
    private void progress(MapCanvas c, Progress p, double cx, double cy, double r) {
        int colour = p == Progress.DONE ? palette.done() : p == Progress.LEARNING ? palette.learning() : palette.skipped();
        if (p == Progress.LEARNING) {
            c.circle(cx, cy, r, palette.paper(), colour, 1);
            // The left half, as a pie: centre, top, round by the left to the bottom.
            double k = KAPPA * r;
            c.beginPath();
            c.moveTo(cx, cy);
            c.lineTo(cx, cy - r);
            c.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
            c.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
            c.closePath();
            c.fillPath(colour);
            return;
        }
        c.circle(cx, cy, r, colour, colour, 1);
        if (p == Progress.DONE) {
            c.beginPath();
            c.moveTo(cx - 0.45 * r, cy);
            c.lineTo(cx - 0.1 * r, cy + 0.4 * r);
            c.lineTo(cx + 0.5 * r, cy - 0.4 * r);
            c.strokePath(palette.titleInk(), Math.max(1, r / 3));
        }
    }

    /** The note mark: a small pencil (✎), drawn as a shape so every viewer and font shows it. */
    private void pencil(MapCanvas c, double cx, double cy, double size) {
        double len = 0.95 * size;
        double half = 0.14 * size;
        double tip = 0.3 * size;
        double[][] outline = {{-len / 2, 0}, {-len / 2 + tip, -half}, {len / 2, -half}, {len / 2, half},
            {-len / 2 + tip, half}};
        // Turned 45° so the tip points down-left, as the glyph's does.
        double cos = Math.cos(-Math.PI / 4);
        double sin = Math.sin(-Math.PI / 4);
        c.beginPath();
        for (int i = 0; i < outline.length; i++) {
            double x = cx + outline[i][0] * cos - outline[i][1] * sin;
            double y = cy + outline[i][0] * sin + outline[i][1] * cos;
            if (i == 0) {
                c.moveTo(x, y);
            } else {
                c.lineTo(x, y);
            }
        }
        c.closePath();
        c.fillPath(palette.pencil());
    }
}
