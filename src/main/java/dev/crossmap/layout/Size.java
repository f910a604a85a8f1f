package dev.crossmap.layout;

/**
 * The width and height of something drawn, in world units (pixels at zoom 1).
 *
 * @param w width, never negative
 * @param h height, never negative
 */
public record Size(double w, double h) {
    public Size {
        if (!(w >= 0) || !(h >= 0) || Double.isInfinite(w) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("a size needs finite, non-negative sides: " + w + " x " + h);
        }
    }
}
