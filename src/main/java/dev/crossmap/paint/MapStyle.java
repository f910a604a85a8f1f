package dev.crossmap.paint;

import dev.crossmap.layout.MapTree;

/**
 * How the mind map looks, in the window and in every exported picture alike: its colours and when its
 * details give way as it zooms out. A value: a dark look is another instance passed to the same painter.
 *
 * @param palette the colours
 * @param sizes   the thresholds and sizes
 */
public record MapStyle(Palette palette, Sizes sizes) {
    /** The light look. */
    public static final MapStyle LIGHT = new MapStyle(Palette.LIGHT, Sizes.STANDARD);

    /** The colour of the {@code index}-th roadmap. */
    public int roadmap(int index) {
        return palette.roadmaps().get(Math.floorMod(index, palette.roadmaps().size()));
    }

    /** The colour of the roadmap a node belongs to (the centre's own colour for the centre). */
    public int colourOf(MapTree tree, int node) {
        int r = tree.roadmapIndex(node);
        return r < 0 ? palette.centre() : roadmap(r);
    }

    /** A box's fill at this depth: the roadmap colour for the centre and roadmaps, paler tints below them. */
    public int boxFill(int colour, int depth) {
        return depth <= 1 ? colour
                : Argb.mix(Argb.derive(colour, 0.35, 1.9, 1), palette.paper(), depth == 2 ? 0.55 : 0.8);
    }

    /** A box too small for an outline: a plain block, a little stronger than a box's tint so it shows. */
    public int blockFill(int colour, int depth) {
        return depth <= 1 ? colour : Argb.mix(Argb.derive(colour, 0.6, 1.4, 1), palette.paper(), 0.45);
    }

    /** A box's outline: the roadmap colour slightly darker and a little transparent. */
    public int boxEdge(int colour) {
        return Argb.derive(colour, 1, 0.9, 0.9);
    }

    /** A heat-map cell of a concept written {@code count} times in one roadmap: darker for more; none for 0. */
    public int heat(int count) {
        if (count <= 0) {
            return Argb.NONE;
        }
        return Argb.mix(palette.heatCold(), palette.heatHot(), Math.min(count, sizes.heatDarkest())
                / (double) sizes.heatDarkest());
    }

    /** The ink of a heat-map cell's count: light on the darker half. */
    public int heatInk(int count) {
        return count >= sizes.heatDarkest() / 2 ? palette.titleInk() : palette.topicInk();
    }
}
