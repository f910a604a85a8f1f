package dev.crossmap.outline;

/**
 * Where a drawn element sits on a roadmap canvas (roadmap.sh's editor and mockup formats): absolute
 * position and size in canvas pixels, y growing downwards.
 */
record CanvasBox(double x, double y, double w, double h) {
    CanvasBox {
        // Hostile sizes (NaN, negative, huge) must not break distance arithmetic.
        x = finite(x);
        y = finite(y);
        w = Math.max(0, finite(w));
        h = Math.max(0, finite(h));
    }

    double centerX() {
        return x + w / 2;
    }

    double centerY() {
        return y + h / 2;
    }

    /** Whether the other box's centre lies inside this box. */
    boolean holds(CanvasBox o) {
        double cx = o.centerX();
        double cy = o.centerY();
        return cx >= x && cx <= x + w && cy >= y && cy <= y + h;
    }

    /** The empty space between the two boxes (0 when they touch or overlap). */
    double gap(CanvasBox o) {
        double dx = Math.max(0, Math.max(o.x - (x + w), x - (o.x + o.w)));
        double dy = Math.max(0, Math.max(o.y - (y + h), y - (o.y + o.h)));
        return Math.hypot(dx, dy);
    }

    double area() {
        return w * h;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? Math.max(-1e9, Math.min(1e9, v)) : 0;
    }
}
