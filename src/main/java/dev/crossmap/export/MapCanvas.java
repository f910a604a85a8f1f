package dev.crossmap.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;

/**
 * What the map painter draws on, in image pixels: a raster ({@link Java2dCanvas}) or vector SVG
 * ({@link SvgCanvas}), so both formats show the same drawing. A colour with zero alpha
 * ({@link MapPalette#NONE}) means "no fill" or "no outline".
 */
interface MapCanvas {
    /** A rectangle with rounded corners ({@code arc}: the corner's diameter), filled and outlined. */
    void roundRect(double x, double y, double w, double h, double arc, Color fill, Color edge, double edgeWidth);

    /** A circle, filled and outlined. */
    void circle(double cx, double cy, double r, Color fill, Color edge, double edgeWidth);

    /** A branch: a cubic curve leaving and entering horizontally, control points halfway across. */
    void branch(double x0, double y0, double x1, double y1, Color colour, double width);

    /** Any other outline (check marks, half discs), filled and stroked with round joins. */
    void path(Path2D path, Color fill, Color edge, double edgeWidth);

    /**
     * A label's lines, left-aligned at {@code x}, the first baseline at {@code baseline} and each next one
     * {@code lineHeight} lower. {@code font} is already at the drawn size.
     */
    void label(String[] lines, double x, double baseline, double lineHeight, Font font, Color ink);

    /** One short line centred on {@code cx} (badges, counts, far-zoom titles). */
    void centredText(String text, double cx, double baseline, Font font, Color ink);
}
