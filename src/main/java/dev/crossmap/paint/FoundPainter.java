package dev.crossmap.paint;

/**
 * Marks a search's text inside a drawn label: a highlighter stroke over the matched characters, with the
 * characters drawn again on it in an ink that reads on the stroke (a light theme's dark ink, a dark theme's
 * background). The match the user stepped to is full strength and outlined; the others are paler.
 */
final class FoundPainter {
    /** How far the stroke reaches past the text on each side, in font sizes. */
    private static final double PAD = 0.12;
    /** How much of the box's fill the other matches' stroke takes (more leaves a dark map's stroke a mid-tone no ink reads on). */
    static final double OTHER_FADE = 0.35;
    private final Palette palette;

    FoundPainter(Palette palette) {
        this.palette = palette;
    }

    /**
     * Marks {@code ranges} (label offsets) of a label drawn as {@code lines} from ({@code x}, {@code baseline}),
     * each line {@code lineHeight} below the last, on a box filled {@code boxFill}.
     */
    void mark(MapCanvas c, String label, String[] lines, int[] ranges, boolean current, double x, double baseline,
            double lineHeight, double ascent, MapFont font, int boxFill) {
        int stroke = current ? palette.highlight() : Argb.mix(palette.highlight(), boxFill, OTHER_FADE);
        int edge = current ? Argb.derive(palette.highlight(), 1, 0.7, 1) : Argb.NONE;
        int ink = inkOn(stroke);
        double pad = font.size() * PAD;
        for (LineRanges.LineRange r : LineRanges.of(label, lines, ranges)) {
            String line = lines[r.line()];
            String text = line.substring(r.start(), r.end());
            double left = x + c.textWidth(line.substring(0, r.start()), font);
            double width = c.textWidth(text, font);
            double base = baseline + r.line() * lineHeight;
            c.roundRect(left - pad, base - ascent, width + 2 * pad, lineHeight, 2 * pad, stroke, edge, current ? 1 : 0);
            c.label(new String[] {text}, left, base, lineHeight, font, ink);
        }
    }

    /** The palette's ink, paper or background that contrasts most with {@code back}. */
    private int inkOn(int back) {
        return mostContrasting(back, palette.topicInk(), palette.titleInk(), palette.background(), palette.paper());
    }

    /** The candidate that contrasts most with {@code back}. */
    static int mostContrasting(int back, int... candidates) {
        int best = candidates[0];
        for (int candidate : candidates) {
            if (contrast(candidate, back) > contrast(best, back)) {
                best = candidate;
            }
        }
        return best;
    }

    /** WCAG's contrast ratio of two opaque colours (1 to 21). */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int c) {
        return 0.2126 * linear(Argb.red(c)) + 0.7152 * linear(Argb.green(c)) + 0.0722 * linear(Argb.blue(c));
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
