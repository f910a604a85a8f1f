package dev.crossmap.export;

import dev.crossmap.paint.LabelMeasure;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * Measures mind-map labels with Java2D's generic sans-serif font (emoji in the bundled emoji font), for laying out and drawing a map without
 * a window (export, the command line): the same sizes per depth and the same wrapping as the window's
 * measure ({@link LabelMeasure}), so a map laid out here looks like the app's. Needs no display. One thread
 * at a time.
 */
public final class AwtTextMeasure extends LabelMeasure {
    /** Antialiased, fractional metrics: what the Java2D canvas draws with. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private final Font[] fonts = new Font[LEVELS];

    public AwtTextMeasure() {
        for (int level = 0; level < LEVELS; level++) {
            fonts[level] = new Font(Font.SANS_SERIF, level <= 1 ? Font.BOLD : Font.PLAIN, 1)
                    .deriveFont((float) baseSize(level));
            LineMetrics m = fonts[level].getLineMetrics("Ag", CONTEXT);
            metrics(level, Math.ceil(m.getAscent() + m.getDescent()), m.getAscent());
        }
    }

    /** The font of labels at this depth, at zoom 1. */
    public Font font(int depth) {
        return fonts[level(depth)];
    }

    @Override
    protected double textWidth(String s, int level) {
        return AwtEmoji.width(s, fonts[level], CONTEXT);
    }

    @Override
    protected boolean measuresWhole(String s, int from, int to) {
        return AwtEmoji.hasEmoji(s, from, to); // emoji runs are measured in the emoji font
    }
}
