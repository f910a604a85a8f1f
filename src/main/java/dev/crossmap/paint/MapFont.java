package dev.crossmap.paint;

/**
 * A font as the painter asks for it: a weight and a size in pixels. Each backend picks its own family
 * (the window's default font, Java2D's and SVG's generic sans-serif).
 *
 * @param weight how heavy
 * @param size   the size in pixels, already zoomed
 */
public record MapFont(Weight weight, double size) {
    /** How heavy a font is. */
    public enum Weight { NORMAL, SEMI_BOLD, BOLD }

    /** The label font of a text level (see {@link LabelMeasure#level}): bold titles, semi-bold first topics. */
    public static MapFont label(int level, double size) {
        return new MapFont(level <= 1 ? Weight.BOLD : level == 2 ? Weight.SEMI_BOLD : Weight.NORMAL, size);
    }

    /** A plain font of this size. */
    public static MapFont plain(double size) {
        return new MapFont(Weight.NORMAL, size);
    }

    /** A bold font of this size. */
    public static MapFont bold(double size) {
        return new MapFont(Weight.BOLD, size);
    }
}
