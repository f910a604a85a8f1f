package dev.crossmap.ui;

import dev.crossmap.paint.EmojiRuns;
import dev.crossmap.paint.LabelMeasure;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures mind-map labels with the window's real font (see {@link LabelMeasure} for the wrapping and the
 * summed advances). FX thread only (it reuses one {@link Text}).
 */
final class MapTextMeasure extends LabelMeasure {
    private final Text probe = new Text();
    private final Font[] fonts = new Font[LEVELS];
    private final String family;

    MapTextMeasure() {
        this(Font.getDefault().getFamily());
    }

    MapTextMeasure(String family) {
        this.family = family;
        for (int level = 0; level < LEVELS; level++) {
            fonts[level] = font(level, baseSize(level));
            probe.setFont(fonts[level]);
            probe.setText("Ag");
            metrics(level, Math.ceil(probe.getLayoutBounds().getHeight()), -probe.getLayoutBounds().getMinY());
        }
    }

    /** The font family labels are set in. */
    String family() {
        return family;
    }

    /** The font of this depth at {@code size} points (the view scales it with the zoom to keep text crisp). */
    Font font(int depth, double size) {
        int level = level(depth);
        return Font.font(family, level <= 1 ? FontWeight.BOLD : level == 2 ? FontWeight.SEMI_BOLD : FontWeight.NORMAL,
                size);
    }

    @Override
    protected boolean measuresWhole(String s, int from, int to) {
        return EmojiRuns.hasEmoji(s, from, to); // emoji runs are measured in the emoji font
    }

    @Override
    protected double textWidth(String s, int level) {
        if (EmojiRuns.hasEmoji(s)) {
            return EmojiText.width(s, fonts[level]);
        }
        if (probe.getFont() != fonts[level]) {
            probe.setFont(fonts[level]);
        }
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
