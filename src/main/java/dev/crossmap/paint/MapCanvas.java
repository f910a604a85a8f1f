package dev.crossmap.paint;

/**
 * What the map painter draws on, in screen (or image) pixels: the window's canvas, a Java2D image or an
 * SVG document, so all of them show the same drawing. Colours are ARGB ints ({@link Argb}); a colour
 * with zero alpha means "no fill" or "no outline". Paths are batched: many sub-paths go into one path
 * that is filled or stroked once (the window's software renderer fills one path per roadmap far faster
 * than hundreds of curves).
 */
public interface MapCanvas {
    /** A plain rectangle. */
    void fillRect(double x, double y, double w, double h, int fill);

    /** A rectangle with rounded corners ({@code arc}: the corner's diameter), filled and outlined. */
    void roundRect(double x, double y, double w, double h, double arc, int fill, int edge, double edgeWidth);

    /** A circle, filled and outlined. */
    void circle(double cx, double cy, double r, int fill, int edge, double edgeWidth);

    /** Starts a new, empty path. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** A cubic Bézier segment from the current point. */
    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    void closePath();

    /** Fills the path built since {@link #beginPath} (non-zero winding). */
    void fillPath(int fill);

    /** Strokes the path built since {@link #beginPath}, with round caps and joins. */
    void strokePath(int edge, double width);

    /**
     * A label's lines, left-aligned at {@code x}, the first baseline at {@code baseline} and each next one
     * {@code lineHeight} lower.
     */
    void label(String[] lines, double x, double baseline, double lineHeight, MapFont font, int ink);

    /** One short line centred on {@code cx} (badges, counts, overview titles). */
    void centredText(String text, double cx, double baseline, MapFont font, int ink);

    /** How wide {@code text} is drawn in this font, in pixels. */
    double textWidth(String text, MapFont font);

    /** Opacity applied to everything drawn from now on (1: none), for the in-between frames of a fold. */
    void opacity(double opacity);
}
