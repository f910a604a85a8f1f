package dev.crossmap.layout;

/**
 * An axis-aligned rectangle: a topic's box, the visible part of the map, a search area.
 *
 * @param x left edge
 * @param y top edge (y grows downwards)
 * @param w width, never negative
 * @param h height, never negative
 */
public record Rect(double x, double y, double w, double h) {
    public Rect {
        if (!(w >= 0) || !(h >= 0)) {
            throw new IllegalArgumentException("a rectangle needs non-negative sides: " + w + " x " + h);
        }
    }

    /** The rectangle spanning two corners given in any order. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public Point centre() {
        return new Point(x + w / 2, y + h / 2);
    }

    /** Whether the two share any area or edge. */
    public boolean intersects(Rect o) {
        return intersects(o.x, o.y, o.w, o.h);
    }

    /** Whether this rectangle shares any area or edge with the one given by its parts. */
    public boolean intersects(double ox, double oy, double ow, double oh) {
        return ox <= x + w && x <= ox + ow && oy <= y + h && y <= oy + oh;
    }

    /** Whether the point lies inside or on the edge. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        double l = Math.min(x, o.x);
        double t = Math.min(y, o.y);
        return new Rect(l, t, Math.max(right(), o.right()) - l, Math.max(bottom(), o.bottom()) - t);
    }

    /** This rectangle grown by {@code d} on every side (shrunk when negative, never below zero size). */
    public Rect inflate(double d) {
        double nw = Math.max(0, w + 2 * d);
        double nh = Math.max(0, h + 2 * d);
        return new Rect(x + (w - nw) / 2, y + (h - nh) / 2, nw, nh);
    }
}
