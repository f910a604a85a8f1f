package dev.crossmap.paint;

/**
 * When the map's details give way as it zooms out, in screen pixels, and the sizes of what does not zoom.
 *
 * @param minTextPixels   line height below which a topic's label becomes grey bars (smaller text is specks,
 *                        and costs the most to rasterise)
 * @param titleTextPixels the same for the centre and the roadmaps, which stay words longer: they are how one
 *                        finds one's way
 * @param barTextPixels   line height below which not even bars are drawn
 * @param smallPixels     box height below which a box is a plain block (outlines and handles would be specks)
 * @param overviewPixels  typical box height below which the overview replaces single boxes
 * @param markPixels      box height below which badges and marks are left out (they would hide the map)
 * @param handleRadius    a fold handle's radius at zoom 1 (it shrinks with the map, never grows)
 * @param overviewFont    the size of the roadmaps' titles in the overview
 * @param heatDarkest     the count at which a heat-map cell is at its darkest
 */
public record Sizes(double minTextPixels, double titleTextPixels, double barTextPixels, double smallPixels,
                    double overviewPixels, double markPixels, double handleRadius, double overviewFont,
                    int heatDarkest) {
    /** The sizes the window has always used. */
    public static final Sizes STANDARD = new Sizes(7, 4, 1.5, 6, 2.5, 13, 7, 12, 4);
}
