package dev.crossmap.paint;

import dev.crossmap.layout.MapTree;

/**
 * How the mind map looks, in the window and in every exported picture alike: its colours and when its
 * details give way as it zooms out. A value: a dark look is another instance passed to the same painter.
 *
 * @param palette the colours
 * @param sizes   the thresholds and sizes
 * @param shading how box colours derive from a roadmap's colour
 */
public record MapStyle(Palette palette, Sizes sizes, Shading shading) {
    /** The light look: dark ink on pale boxes on white (every export's unless asked otherwise). */
    public static final MapStyle LIGHT = new MapStyle(Palette.LIGHT, Sizes.STANDARD, Shading.LIGHT);
    /** The dark look: bright roadmaps and light ink on deep boxes on a near-black background. */
    public static final MapStyle DARK = new MapStyle(Palette.DARK, Sizes.STANDARD, Shading.DARK);

    /** A style of these colours with the light look's shading. */
    public MapStyle(Palette palette, Sizes sizes) {
        this(palette, sizes, Shading.LIGHT);
    }

    /** The dark or the light look. */
    public static MapStyle of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The look named "light" or "dark" (as the command line says it), if it names one. */
    public static java.util.Optional<MapStyle> named(String name) {
        return switch (name) {
            case "light" -> java.util.Optional.of(LIGHT);
            case "dark" -> java.util.Optional.of(DARK);
            default -> java.util.Optional.empty();
        };
    }

    /** The colour of the {@code index}-th roadmap. */
    public int roadmap(int index) {
        return palette.roadmaps().get(Math.floorMod(index, palette.roadmaps().size()));
    }

    /** The colour of the roadmap a node belongs to (the centre's own colour for the centre). */
    public int colourOf(MapTree tree, int node) {
        int r = tree.roadmapIndex(node);
        return r < 0 ? palette.centre() : roadmap(r);
    }

    /** A box's fill at this depth: the roadmap colour for the centre and roadmaps, tints nearer the paper below them. */
    public int boxFill(int colour, int depth) {
        return depth <= 1 ? colour : Argb.mix(Argb.derive(colour, shading.tintSaturation(), shading.tintBrightness(), 1),
                palette.paper(), depth == 2 ? shading.topicMix() : shading.deeperMix());
    }

    /** A box too small for an outline: a plain block, a little stronger than a box's tint so it shows. */
    public int blockFill(int colour, int depth) {
        return depth <= 1 ? colour : Argb.mix(Argb.derive(colour, shading.blockSaturation(), shading.blockBrightness(), 1),
                palette.paper(), shading.blockMix());
    }

    /** A box's outline: the roadmap colour, a little darker, a little transparent. */
    public int boxEdge(int colour) {
        return Argb.derive(colour, 1, shading.edgeBrightness(), 0.9);
    }

    /** The ink of a label on a box of this depth: the title ink on the centre and roadmaps, the topic ink below. */
    public int labelInk(int depth) {
        return depth <= 1 ? palette.titleInk() : palette.topicInk();
    }

    /** A heat-map cell of a concept written {@code count} times in one roadmap: stronger for more; none for 0. */
    public int heat(int count) {
        if (count <= 0) {
            return Argb.NONE;
        }
        return Argb.mix(palette.heatCold(), palette.heatHot(), Math.min(count, sizes.heatDarkest())
                / (double) sizes.heatDarkest());
    }

    /** The ink of a heat-map cell's count: of the two inks, the one that stands out more from the cell. */
    public int heatInk(int count) {
        int cell = heat(Math.max(count, 1));
        return Argb.contrast(palette.titleInk(), cell) > Argb.contrast(palette.topicInk(), cell)
                ? palette.titleInk() : palette.topicInk();
    }
}
