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
    /** The light look the app has always had. */
    public static final Palette LIGHT = new Palette(0xfffbfbfd, 0xff2b2f3a,
            List.of(0xff2f6fde, 0xffd9480f, 0xff2b8a3e, 0xff862e9c, 0xffc2255c, 0xff0b7285, 0xffe67700, 0xff5c940d),
            Argb.WHITE, 0xff1f2330, Argb.WHITE, 0xfffcc419, 0xffffb000, 0xffe8590c, 0xff2b8a3e, 0xfff08c00,
            0xff868e96, 0xffdee2e6, 0xff495057, 0xffdbeafe, 0xff1e40af, 0xfff6f7f9);

    public Palette {
        roadmaps = List.copyOf(roadmaps);
        if (roadmaps.isEmpty()) {
            throw new IllegalArgumentException("a palette needs at least one roadmap colour");
        }
    }
}
