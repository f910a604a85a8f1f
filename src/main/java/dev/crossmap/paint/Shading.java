package dev.crossmap.paint;

/**
 * How a style derives its box colours from a roadmap's colour (JavaFX's {@code deriveColor} factors, then a
 * mix towards the palette's paper). A light map tints its boxes pale; a dark one sinks them into the paper.
 *
 * @param tintSaturation  saturation factor of a topic box's tint
 * @param tintBrightness  brightness factor of a topic box's tint
 * @param topicMix        how far a first-level topic's box goes from its tint towards the paper (0 to 1)
 * @param deeperMix       the same for deeper topics
 * @param blockSaturation saturation factor of a box too small for an outline
 * @param blockBrightness brightness factor of such a block
 * @param blockMix        how far such a block goes towards the paper
 * @param edgeBrightness  brightness factor of a box's outline (its opacity is 0.9)
 */
public record Shading(double tintSaturation, double tintBrightness, double topicMix, double deeperMix,
                      double blockSaturation, double blockBrightness, double blockMix, double edgeBrightness) {
    /** Pale tints on white, outlines a little darker than the roadmap: the look the map has always had. */
    public static final Shading LIGHT = new Shading(0.35, 1.9, 0.55, 0.8, 0.6, 1.4, 0.45, 0.9);
    /** Deep tints of the roadmap on the dark paper, outlines in the roadmap's own (bright) colour. */
    public static final Shading DARK = new Shading(0.9, 0.8, 0.74, 0.82, 0.9, 0.9, 0.5, 0.95);
}
