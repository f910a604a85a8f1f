package dev.crossmap.layout;

/**
 * The window onto the map: how far it is zoomed and panned, and how big it is. Screen coordinates are
 * {@code world * scale + pan}. Every change returns a new viewport; the scale always stays within
 * {@code [minScale, maxScale]}.
 *
 * @param scale    screen pixels per world unit
 * @param panX     screen x of the world origin
 * @param panY     screen y of the world origin
 * @param width    the window's width in screen pixels
 * @param height   the window's height in screen pixels
 * @param minScale the farthest zoom out
 * @param maxScale the closest zoom in
 */
public record Viewport(double scale, double panX, double panY, double width, double height, double minScale,
                       double maxScale) {
    public Viewport {
        if (!(minScale > 0) || !(maxScale >= minScale) || Double.isInfinite(maxScale)) {
            throw new IllegalArgumentException("zoom bounds must satisfy 0 < min <= max: " + minScale + ", " + maxScale);
        }
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("a window cannot have a negative size");
        }
        scale = clamp(Double.isNaN(scale) ? 1 : scale, minScale, maxScale);
    }

    /** A window of this size at zoom 1 with the world origin in its middle; zoom from 1/50 to 8. */
    public static Viewport of(double width, double height) {
        return new Viewport(1, width / 2, height / 2, width, height, 0.02, 8);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Where a world point appears on screen. */
    public Point toScreen(double worldX, double worldY) {
        return new Point(worldX * scale + panX, worldY * scale + panY);
    }

    /** Which world point is under a screen point. */
    public Point toWorld(double screenX, double screenY) {
        return new Point((screenX - panX) / scale, (screenY - panY) / scale);
    }

    /** The part of the world the window shows. */
    public Rect visibleWorld() {
        return new Rect(-panX / scale, -panY / scale, width / scale, height / scale);
    }

    /**
     * Zooms by {@code factor} (2 = twice as close), keeping the world point under the screen point
     * ({@code screenX}, {@code screenY}) where it is; the zoom stops at its bounds.
     */
    public Viewport zoomAround(double screenX, double screenY, double factor) {
        return zoomTo(scale * factor, screenX, screenY);
    }

    /** Sets the zoom to {@code newScale} (within bounds), keeping the world point under the screen point still. */
    public Viewport zoomTo(double newScale, double screenX, double screenY) {
        double s = clamp(newScale, minScale, maxScale);
        double wx = (screenX - panX) / scale;
        double wy = (screenY - panY) / scale;
        return new Viewport(s, screenX - wx * s, screenY - wy * s, width, height, minScale, maxScale);
    }

    /** Moves the picture by this many screen pixels (a drag to the right moves the map right). */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, panX + dx, panY + dy, width, height, minScale, maxScale);
    }

    /** Keeps the zoom and puts this world point in the middle of the window. */
    public Viewport centreOn(double worldX, double worldY) {
        return new Viewport(scale, width / 2 - worldX * scale, height / 2 - worldY * scale, width, height, minScale,
                maxScale);
    }

    /**
     * Zooms so the world rectangle fills the window with {@code margin} screen pixels around it (as far as
     * the zoom bounds allow), centred.
     */
    public Viewport fit(Rect world, double margin) {
        double availW = Math.max(1, width - 2 * margin);
        double availH = Math.max(1, height - 2 * margin);
        double s = Math.min(availW / Math.max(world.w(), 1e-9), availH / Math.max(world.h(), 1e-9));
        s = clamp(s, minScale, maxScale);
        Point c = world.centre();
        return new Viewport(s, width / 2 - c.x() * s, height / 2 - c.y() * s, width, height, minScale, maxScale);
    }

    /**
     * A view part way ({@code t} from 0 to 1) from {@code a} to {@code b}: the centre moves in a straight line
     * and the zoom changes evenly in log scale, so a glide looks steady. Takes {@code b}'s window and bounds.
     */
    public static Viewport between(Viewport a, Viewport b, double t) {
        double u = clamp(t, 0, 1);
        Point ca = a.toWorld(a.width / 2, a.height / 2);
        Point cb = b.toWorld(b.width / 2, b.height / 2);
        double s = Math.exp(Math.log(a.scale) + (Math.log(b.scale) - Math.log(a.scale)) * u);
        double cx = ca.x() + (cb.x() - ca.x()) * u;
        double cy = ca.y() + (cb.y() - ca.y()) * u;
        return new Viewport(s, b.width / 2 - cx * s, b.height / 2 - cy * s, b.width, b.height, b.minScale, b.maxScale);
    }

    /** The same view in a window of a new size, keeping the world point at the window's middle there. */
    public Viewport resize(double newWidth, double newHeight) {
        Point c = toWorld(width / 2, height / 2);
        return new Viewport(scale, newWidth / 2 - c.x() * scale, newHeight / 2 - c.y() * scale, newWidth, newHeight,
                minScale, maxScale);
    }

    /** The same view with other zoom bounds (the current zoom is pulled inside them around the window's middle). */
    public Viewport withZoomBounds(double newMin, double newMax) {
        Point c = toWorld(width / 2, height / 2);
        double s = clamp(scale, newMin, newMax);
        return new Viewport(s, width / 2 - c.x() * s, height / 2 - c.y() * s, width, height, newMin, newMax);
    }
}
