package dev.crossmap.paint;

import java.util.List;

/**
 * The map's colours (ARGB ints, see {@link Argb}): one per roadmap, the centre, the inks, the marks, and
 * the heat map's two ends. A dark look is another value of this record.
 *
 * @param background the map's background
 * @param centre     the centre node's fill
 * @param roadmaps   one colour per roadmap, reused in turn when there are more roadmaps
 * @param titleInk   label ink on the centre and roadmap boxes (filled with their colour)
 * @param topicInk   label ink on topic boxes (pale tints)
 * @param paper      what deeper boxes fade towards (white on a light map)
 * @param highlight  the glow around search matches
 * @param selection  the outline of the selected topic
 * @param overlap    the ×N badge and the links between occurrences of a concept
 * @param done       a done mark and the done part of a branch's bar
 * @param learning   a learning mark
 * @param skipped    a skipped mark
 * @param track      the rest of a branch's done bar
 * @param pencil     the note mark
 * @param heatCold   a heat-map cell of one place
 * @param heatHot    a heat-map cell of the most places
 * @param heatStripe every other row of the heat map
 */
public record Palette(int background, int centre, List<Integer> roadmaps, int titleInk, int topicInk, int paper,
                      int highlight, int selection, int overlap, int done, int learning, int skipped, int track,
                      int pencil, int heatCold, int heatHot, int heatStripe) {
    /**
     * The light look the app has always had; the orange, green and lime roadmaps and the badge a shade darker
     * than they were, so white titles on them reach WCAG's 4.5:1, and the selection a deep amber (was #ffb000,
     * 1.8:1 on the background) so its outline reaches 3:1 on the background and on every topic box.
     */
    public static final Palette LIGHT = new Palette(0xfffbfbfd, 0xff2b2f3a,
            List.of(0xff2f6fde, 0xffc9420e, 0xff2a8039, 0xff862e9c, 0xffc2255c, 0xff0b7285, 0xffb35c00, 0xff4b790b),
            Argb.WHITE, 0xff1f2330, Argb.WHITE, 0xfffcc419, 0xffb06a00, 0xffc94a0a, 0xff2b8a3e, 0xfff08c00,
            0xff868e96, 0xffdee2e6, 0xff495057, 0xffdbeafe, 0xff1e40af, 0xfff6f7f9);

    /**
     * The dark look, on AtlantaFX PrimerDark's background: the light roadmaps' hues made bright (so branches
     * and titles show on near-black) with near-black titles on them, and light ink on deep topic boxes.
     */
    public static final Palette DARK = new Palette(0xff0d1117, 0xffe6edf3,
            List.of(0xff6ea8fe, 0xffff8a5c, 0xff56c26a, 0xffc88ee0, 0xfff0709e, 0xff3cc1d6, 0xfff2a93b, 0xff9fcf45),
            0xff0d1117, 0xffe6edf3, 0xff161b22, 0xffffd33d, 0xffffc940, 0xffff9b5e, 0xff3fb950, 0xffd29922,
            0xff8b949e, 0xff30363d, 0xffc9d1d9, 0xff132c4a, 0xffa8d8ff, 0xff161b22);

    public Palette {
        roadmaps = List.copyOf(roadmaps);
        if (roadmaps.isEmpty()) {
            throw new IllegalArgumentException("a palette needs at least one roadmap colour");
        }
    }
}
