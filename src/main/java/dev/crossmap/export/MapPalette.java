package dev.crossmap.export;

import dev.crossmap.layout.MapTree;
import java.awt.Color;

/**
 * The mind map's colours, the same as the window's map ({@code ui.MindMapSkin}): one colour per roadmap,
 * a dark centre, boxes paler the deeper they sit, branches half transparent.
 */
public final class MapPalette {
    /** The map's background. */
    public static final Color BACKGROUND = new Color(0xfb, 0xfb, 0xfd);
    /** The centre node's fill. */
    public static final Color CENTRE = new Color(0x2b, 0x2f, 0x3a);
    /** Label ink on pale boxes (topics). */
    public static final Color INK = new Color(0x1f, 0x23, 0x30);
    /** "Nothing": no fill or no outline. */
    public static final Color NONE = new Color(0, 0, 0, 0);
    /** A topic written in several places (the ×N badge). */
    public static final Color OVERLAP = new Color(0xe8, 0x59, 0x0c);
    /** Progress marks: done (and the done part of a branch's bar), learning, skipped. */
    public static final Color DONE = new Color(0x2b, 0x8a, 0x3e);
    public static final Color LEARNING = new Color(0xf0, 0x8c, 0x00);
    public static final Color SKIPPED = new Color(0x86, 0x8e, 0x96);
    /** The rest of a branch's done bar. */
    public static final Color TRACK = new Color(0xde, 0xe2, 0xe6);
    /** The note mark (a pencil). */
    public static final Color PENCIL = new Color(0x49, 0x50, 0x57);
    private static final Color[] ROADMAPS = {
        new Color(0x2f, 0x6f, 0xde), new Color(0xd9, 0x48, 0x0f), new Color(0x2b, 0x8a, 0x3e),
        new Color(0x86, 0x2e, 0x9c), new Color(0xc2, 0x25, 0x5c), new Color(0x0b, 0x72, 0x85),
        new Color(0xe6, 0x77, 0x00), new Color(0x5c, 0x94, 0x0d)};

    private MapPalette() {
    }

    /** The colour of the roadmap a node belongs to (the centre's own colour for the centre). */
    public static Color of(MapTree tree, int node) {
        int r = tree.roadmapIndex(node);
        return r < 0 ? CENTRE : ROADMAPS[r % ROADMAPS.length];
    }

    /** The colour of the {@code index}-th roadmap. */
    public static Color roadmap(int index) {
        return ROADMAPS[Math.floorMod(index, ROADMAPS.length)];
    }

    /** A box's fill: the roadmap colour for the centre and roadmaps, paler tints below them. */
    public static Color boxFill(Color c, int depth) {
        if (depth <= 1) {
            return c;
        }
        // JavaFX's c.deriveColor(0, 0.35, 1.9, 1).interpolate(WHITE, t), as the window draws it.
        return mix(derive(c, 0.35, 1.9, 1), Color.WHITE, depth == 2 ? 0.55 : 0.8);
    }

    /** A box's outline: the roadmap colour slightly darker and a little transparent. */
    public static Color boxEdge(Color c) {
        return derive(c, 1, 0.9, 0.9);
    }

    /** A colour at this opacity (0 to 1). */
    public static Color withAlpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), clampByte(opacity * 255));
    }

    /** Scales saturation, brightness and opacity in HSB, as JavaFX's {@code Color.deriveColor} does. */
    static Color derive(Color c, double saturation, double brightness, double opacity) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        int rgb = Color.HSBtoRGB(hsb[0], (float) clamp01(hsb[1] * saturation), (float) clamp01(hsb[2] * brightness));
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, clampByte(c.getAlpha() * opacity));
    }

    /** The colour {@code t} of the way from {@code a} to {@code b}. */
    static Color mix(Color a, Color b, double t) {
        return new Color(clampByte(a.getRed() + (b.getRed() - a.getRed()) * t),
                clampByte(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                clampByte(a.getBlue() + (b.getBlue() - a.getBlue()) * t),
                clampByte(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * t));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int clampByte(double v) {
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }
}
